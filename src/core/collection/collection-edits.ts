// What the user does to the collection: add (refused for a duplicate or when full), remove,
// move. Each returns a new list; the stores write it.
import type { CollectedSpeech } from './collected-speech';
import { collectionBytes, MAX_COLLECTED_SPEECHES, MAX_COLLECTION_BYTES } from './collection-limits';
import { findDuplicate, type DuplicateMatch } from './duplicate';

export type AddOutcome =
  | { kind: 'added'; items: CollectedSpeech[]; speech: CollectedSpeech }
  | { kind: 'duplicate'; of: CollectedSpeech; overlap: DuplicateMatch['overlap'] }
  /** no cleaned text: nothing to collect or to compare */
  | { kind: 'empty' }
  | { kind: 'full'; limit: 'count'; max: number }
  | { kind: 'full'; limit: 'size'; maxBytes: number; usedBytes: number; speechBytes: number };

export function addSpeech(items: readonly CollectedSpeech[], speech: CollectedSpeech): AddOutcome {
  if (!speech.paragraphs.some((p) => p.trim() !== '')) return { kind: 'empty' };
  const duplicate = findDuplicate(items, speech.paragraphs);
  if (duplicate) return { kind: 'duplicate', of: duplicate.item, overlap: duplicate.overlap };
  if (items.length >= MAX_COLLECTED_SPEECHES) return { kind: 'full', limit: 'count', max: MAX_COLLECTED_SPEECHES };
  const next = [...items, speech];
  const bytes = collectionBytes(next);
  if (bytes > MAX_COLLECTION_BYTES) {
    const usedBytes = collectionBytes(items);
    return { kind: 'full', limit: 'size', maxBytes: MAX_COLLECTION_BYTES, usedBytes, speechBytes: bytes - usedBytes };
  }
  return { kind: 'added', items: next, speech };
}

export function removeSpeech(items: readonly CollectedSpeech[], id: string): CollectedSpeech[] {
  return items.filter((item) => item.id !== id);
}

/** Moves the speech `id` to position `to` (clamped to the list); an unknown id changes nothing. */
export function moveSpeech(items: readonly CollectedSpeech[], id: string, to: number): CollectedSpeech[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, Math.round(to))), 0, moved!);
  return next;
}
