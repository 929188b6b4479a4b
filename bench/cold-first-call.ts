// Section 1's cold row: the warm medians flatter whatever is costly on a first call, and a page load
// or a one-file CLI call is exactly one first call (its regexes compiled, its functions run by the
// interpreter). Each page, each engine, in a fresh process (cold-worker.ts), the two engines
// alternating; the median of the runs per page, summed over the group.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ColdEngine } from './cold-worker';
import type { BenchDocument } from './documents';
import { median } from './measure';

export interface ColdTiming {
  name: string;
  /** CPU time (user + system) of the one call, median of the runs */
  ours: number;
  readability: number;
}

function firstCall(bundleDir: string, engine: ColdEngine, doc: BenchDocument): number {
  const run = spawnSync(process.execPath, [join(bundleDir, 'cold-worker.mjs'), engine, doc.file, doc.host ?? ''], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold ${engine} on ${doc.name}: ${run.stderr.trim().split('\n').pop()}`);
  return (JSON.parse(run.stdout) as { cpu: number }).cpu;
}

export function timeColdFirstCalls(bundleDir: string, docs: readonly BenchDocument[], runs: number, log: (line: string) => void): ColdTiming[] {
  return docs.map((doc, i) => {
    if (i % 20 === 0) log(`   cold ${i}/${docs.length} ${doc.name}`);
    const ours: number[] = [];
    const readability: number[] = [];
    for (let r = 0; r < runs; r++) {
      ours.push(firstCall(bundleDir, 'ours', doc));
      readability.push(firstCall(bundleDir, 'readability', doc));
    }
    return { name: doc.name, ours: median(ours), readability: median(readability) };
  });
}
