// Where the time goes: V8's sampling profiler (node:inspector, in-process) around the timed calls
// only, self time summed per function. Printed next to a missed target, it says what to fix.
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, table } from './format';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotSpot {
  name: string;
  where: string;
  selfMs: number;
}

function location(url: string, root: string): string {
  if (!url) return '(native)';
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(path);
  if (packageMatch && !path.includes('.cache/qinggao-bench')) return packageMatch[1]!;
  if (path.includes('.cache/qinggao-bench')) return 'ours';
  return relative(root, path);
}

/** Self time per function over every profile, largest first. */
export function aggregateSelfTime(profiles: readonly CpuProfile[], root: string): HotSpot[] {
  const totals = new Map<string, HotSpot>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      // (idle), and the inspector serialising the profile at Profiler.stop, are not the work's
      if (!frame || frame.functionName === '(idle)' || (frame.functionName === 'dispatch' && !frame.url)) return;
      const name = frame.functionName || '(anonymous)';
      const where = location(frame.url, root);
      const key = `${name}\u0000${where}`;
      const spot = totals.get(key) ?? { name, where, selfMs: 0 };
      spot.selfMs += (deltas[i + 1] ?? 0) / 1000;
      totals.set(key, spot);
    });
  }
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
}

export class HotSpotProfiler {
  private readonly session = new Session();
  private readonly profiles: CpuProfile[] = [];

  async open(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 100 });
  }

  /** Profiles `work` alone; `prepare` (e.g. the parse) runs before the profiler starts. */
  async profile<T>(prepare: () => T, work: (input: T) => unknown): Promise<void> {
    const input = prepare();
    await this.session.post('Profiler.start');
    try {
      work(input);
    } finally {
      const { profile } = await this.session.post('Profiler.stop');
      this.profiles.push(profile as CpuProfile);
    }
  }

  close(): void {
    this.session.disconnect();
  }

  table(root: string, top = 10): string {
    const spots = aggregateSelfTime(this.profiles, root);
    const total = spots.reduce((sum, s) => sum + s.selfMs, 0);
    return table(
      ['function', 'in', 'self time', 'share'],
      spots.slice(0, top).map((s) => [s.name, s.where, ms(s.selfMs), `${((100 * s.selfMs) / total).toFixed(1)}%`]),
    );
  }
}
