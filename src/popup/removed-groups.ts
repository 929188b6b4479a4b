// "What was taken out", grouped by reason so a user can check at a glance that none of the
// speech went: twenty copies of one watermark read as one line with ×20.
import { REMOVED_REASONS, type Removed, type RemovedReason } from '../core/types';

export interface RemovedEntry {
  text: string;
  count: number;
}

export interface RemovedGroup {
  reason: RemovedReason;
  /** every removed item of this reason, repeats included */
  total: number;
  /** distinct texts, in first-seen order */
  entries: RemovedEntry[];
}

export function groupRemoved(removed: readonly Removed[]): RemovedGroup[] {
  const byReason = new Map<RemovedReason, Map<string, RemovedEntry>>();
  for (const item of removed) {
    let entries = byReason.get(item.reason);
    if (!entries) byReason.set(item.reason, (entries = new Map()));
    const text = item.text.trim();
    const entry = entries.get(text);
    if (entry) entry.count++;
    else entries.set(text, { text, count: 1 });
  }
  // the documented reason order, then anything newer the core may add
  const order = [...REMOVED_REASONS, ...[...byReason.keys()].filter((r) => !REMOVED_REASONS.includes(r))];
  return order.flatMap((reason) => {
    const entries = byReason.get(reason);
    if (!entries) return [];
    const list = [...entries.values()];
    return [{ reason, total: list.reduce((sum, e) => sum + e.count, 0), entries: list }];
  });
}
