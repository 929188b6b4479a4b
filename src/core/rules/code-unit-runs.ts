// A table from UTF-16 code units to small numbers, written out as data (rule-plans.ts):
// neighbouring code units with the same number are one run, [first code unit, length, number].
// The rules' characters come in ranges (a word's characters, [\u4e00-\u9fff]), so runs keep
// the written plan small and its reading at load one `fill` per run.

/** The runs of `numberOf` (code unit → number, never 0), in code-unit order. */
export function runsOf(numberOf: ReadonlyMap<number, number>): number[] {
  const runs: number[] = [];
  for (const code of [...numberOf.keys()].sort((a, b) => a - b)) {
    const number = numberOf.get(code)!;
    const last = runs.length - 3;
    if (last >= 0 && runs[last + 2] === number && runs[last]! + runs[last + 1]! === code) runs[last + 1]! += 1;
    else runs.push(code, 1, number);
  }
  return runs;
}

/** The table the runs describe: a number for each of the 65,536 code units, 0 for none. */
export function tableOfRuns(runs: readonly number[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let r = 0; r < runs.length; r += 3) table.fill(runs[r + 2]!, runs[r]!, runs[r]! + runs[r + 1]!);
  return table;
}
