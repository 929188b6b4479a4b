// The plans' tables are written as runs and gaps (code-unit-runs.ts): read back, they
// must give every code unit its number, and 0 to every other.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { runsOf, setSlotGaps, slotsOfGaps, tableOfRuns } from '../../src/core/rules/code-unit-runs';

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);

it('reads back what it wrote, on scattered code units and ranges', () => {
  const entry = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x4e00, max: 0x4e40 })), fc.integer({ min: 1, max: 3 }));
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
      const numberOf = new Map(entries);
      const table = tableOfRuns(runsOf(numberOf));
      for (const [code, number] of numberOf) expect(table[code]).toBe(number);
      expect(table.reduce((n, v) => n + (v ? 1 : 0), 0)).toBe(numberOf.size);
    }),
    { numRuns: RUNS * 3 },
  );
});

it('writes neighbours with one number as one run, and gaps from the run before', () => {
  const numberOf = new Map([[10, 1], [11, 1], [12, 2], [20, 2], [0xffff, 1]]);
  expect(runsOf(numberOf)).toEqual([10, 2, 1, 0, 1, 2, 7, 1, 2, 0xffff - 21, 1, 1]);
});

it('reads back the set slots of a table of 0s and 1s from their gaps', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }), (set) => {
      const slots = new Uint8Array(0x10000);
      for (const slot of set) slots[slot] = 1;
      const read = slotsOfGaps(setSlotGaps(slots), 0x10000);
      const setIn = (table: Uint8Array) => table.reduce<number[]>((found, v, slot) => (v ? [...found, slot] : found), []);
      expect(setIn(read)).toEqual([...set].sort((a, b) => a - b));
    }),
    { numRuns: RUNS },
  );
});
