// Work over a whole page written once as a generator that pauses (yields nothing) every
// NODES_PER_STEP nodes: the CLI and Node run it to its end in one go; the content script
// drives it in slices, giving the page's event loop a turn between them (a 5 MB page's walk
// is hundreds of milliseconds of work: issue 12 item 12).

/** A walk that can stop between steps and go on later; its return value is the result. */
export type Resumable<T> = Generator<void, T, void>;

/** Nodes a walk visits between two points where it may be paused (a fraction of a millisecond). */
export const NODES_PER_STEP = 256;

/** The result of `work` in one go: the same steps, never paused. */
export function runToEnd<T>(work: Resumable<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
