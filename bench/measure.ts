// Timing helpers shared by every section: a median of N after a warm-up, with a full GC before
// each timed call when the runner exposed one (bench/run.mjs does).

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type GcFunction = (options?: { type: 'major' | 'minor' }) => void;

/** A full GC (or a minor one: the young generation only, a few ms) when the runner exposed gc. */
export function collectGarbage(type: 'major' | 'minor' = 'major'): void {
  const gc = (globalThis as { gc?: GcFunction }).gc;
  if (gc) gc({ type });
}

/** Milliseconds taken by `work()`; `prepare()` (untimed) builds its input, e.g. a fresh parse. */
export function timeOnce<T>(work: (input: T) => unknown, prepare: () => T): number {
  const input = prepare();
  collectGarbage();
  const start = performance.now();
  work(input);
  return performance.now() - start;
}

export interface Timing {
  median: number;
  runs: number[];
}

/** One untimed warm-up, then the median of `runs` timed calls. */
export function timeMedian<T>(runs: number, work: (input: T) => unknown, prepare: () => T): Timing {
  timeOnce(work, prepare);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(work, prepare));
  return { median: median(times), runs: times };
}

export const MB = 1024 * 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
