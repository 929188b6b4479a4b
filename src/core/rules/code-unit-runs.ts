// Tables written out as data (rule-plans.ts). A table from UTF-16 code units to small numbers:
// neighbouring code units with the same number are one run, written as [gap, length, number],
// the gap counted from the end of the run before (from 0 for the first). The rules' characters
// come in ranges (a word's characters, [\u4e00-\u9fff]), so runs keep the written plan small,
// gaps keep its numbers short (it ships in the content script's engine), and its reading at load
// is one `fill` per run. A table of 0s and 1s (union-dispatch.ts's pair table): the gaps
// between its set slots.

/** The runs of `numberOf` (code unit → number, never 0), in code-unit order. */
export function runsOf(numberOf: ReadonlyMap<number, number>): number[] {
  const runs: number[] = [];
  let end = 0; // where the last run ends
  for (const code of [...numberOf.keys()].sort((a, b) => a - b)) {
    const number = numberOf.get(code)!;
    const last = runs.length - 3;
    if (last >= 0 && runs[last + 2] === number && end === code) runs[last + 1]! += 1;
    else runs.push(code - end, 1, number);
    end = code + 1;
  }
  return runs;
}

/** The set slots of a table of 0s and 1s, each as its distance from the set slot before (from 0). */
export function setSlotGaps(slots: Uint8Array): number[] {
  const gaps: number[] = [];
  for (let slot = 0, previous = 0; slot < slots.length; slot++) {
    if (slots[slot] !== 1) continue;
    gaps.push(slot - previous);
    previous = slot;
  }
  return gaps;
}

/** The table of `size` slots those gaps describe. */
export function slotsOfGaps(gaps: readonly number[], size: number): Uint8Array {
  const slots = new Uint8Array(size);
  for (let i = 0, slot = 0; i < gaps.length; i++) slots[(slot += gaps[i]!)] = 1;
  return slots;
}

/** The table the runs describe: a number for each of the 65,536 code units, 0 for none. */
export function tableOfRuns(runs: readonly number[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  let end = 0;
  for (let r = 0; r < runs.length; r += 3) {
    const start = end + runs[r]!;
    end = start + runs[r + 1]!;
    table.fill(runs[r + 2]!, start, end);
  }
  return table;
}
