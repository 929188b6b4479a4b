// Where the time goes: V8's sampling profiler (node:inspector, in-process) around the timed calls
// only, self time summed per function. Printed next to a missed target, it says what to fix.
import { Session } from 'node:inspector/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, table } from './format';
import { collectGarbage } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
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

/** Finds the source file of a position in the bench bundle (run.mjs writes source maps). */
export type SourceLocator = (bundleFile: string, line: number, column: number) => string | undefined;

interface TraceMapModule {
  TraceMap: new (map: string) => object;
  originalPositionFor(map: object, position: { line: number; column: number }): { source: string | null };
}

/** A locator over the bundle's .map files; undefined when the source-map reader is missing. */
export async function bundleSourceLocator(root: string): Promise<SourceLocator | undefined> {
  // @jridgewell/trace-mapping comes with Vite's toolchain, not as a dependency of ours: optional
  const module = (await import('@jridgewell/trace-mapping').catch(() => undefined)) as TraceMapModule | undefined;
  if (!module) return undefined;
  const maps = new Map<string, object | null>();
  return (bundleFile, line, column) => {
    let map = maps.get(bundleFile);
    if (map === undefined) {
      const mapFile = `${bundleFile}.map`;
      map = existsSync(mapFile) ? new module.TraceMap(readFileSync(mapFile, 'utf8')) : null;
      maps.set(bundleFile, map);
    }
    if (!map) return undefined;
    const source = module.originalPositionFor(map, { line: line + 1, column }).source;
    if (!source) return undefined;
    const path = relative(root, resolve(dirname(bundleFile), source));
    // from the repo's own folders on, even when the bundle sits behind a symlinked node_modules
    return /(?:^|\/)((?:src|bench)\/.*)$/.exec(path)?.[1] ?? path;
  };
}

function location(frame: ProfileNode['callFrame'], root: string, locate: SourceLocator | undefined): string {
  const url = frame.url;
  if (!url) return '(native)';
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (path.includes('.cache/qinggao-bench')) return locate?.(path, frame.lineNumber, frame.columnNumber ?? 0) ?? 'ours';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(path);
  if (packageMatch) return packageMatch[1]!;
  return relative(root, path);
}

/** Self time per function over every profile, largest first. */
export function aggregateSelfTime(profiles: readonly CpuProfile[], root: string, locate?: SourceLocator): HotSpot[] {
  const totals = new Map<string, HotSpot>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      // (idle), and the inspector serialising the profile at Profiler.stop, are not the work's
      if (!frame || frame.functionName === '(idle)' || (frame.functionName === 'dispatch' && !frame.url)) return;
      if (frame.url.startsWith('node:inspector')) return;
      const name = frame.functionName || '(anonymous)';
      const where = location(frame, root, locate);
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

  /** Profiles `work` alone; `prepare` (e.g. the parse) and its garbage are done with first. */
  async profile<T>(prepare: () => T, work: (input: T) => unknown): Promise<void> {
    const input = prepare();
    collectGarbage();
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

  /** The busiest functions, then the busiest files (source files of ours, packages, native). */
  async table(root: string, top = 10): Promise<string> {
    const spots = aggregateSelfTime(this.profiles, root, await bundleSourceLocator(root));
    const total = spots.reduce((sum, s) => sum + s.selfMs, 0);
    const share = (value: number) => `${((100 * value) / total).toFixed(1)}%`;
    const byFile = new Map<string, number>();
    for (const spot of spots) byFile.set(spot.where, (byFile.get(spot.where) ?? 0) + spot.selfMs);
    const files = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top);
    return [
      table(['function', 'in', 'self time', 'share'], spots.slice(0, top).map((s) => [s.name, s.where, ms(s.selfMs), share(s.selfMs)])),
      '',
      table(['file', 'self time', 'share'], files.map(([file, value]) => [file, ms(value), share(value)])),
    ].join('\n');
  }
}
