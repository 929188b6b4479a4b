// Runs of consecutive lines that each pass a test: a menu printed an item to a line, a reader's
// control panel. Pure.

/** Each maximal run of consecutive `indices` whose lines pass `isItem`, as [start, end) positions in `indices`. */
export function lineRuns(indices: readonly number[], isItem: (line: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let k = 0; k <= indices.length; k++) {
    const inRun = k < indices.length && isItem(indices[k]!);
    if (inRun && start === -1) start = k;
    else if (!inRun && start !== -1) {
      runs.push([start, k]);
      start = -1;
    }
  }
  return runs;
}
