import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastAtMost } from '../../src/core/last-at-most';

describe('lastAtMost', () => {
  it('finds what a walk from the end finds: the last entry not above the value, or the first', () => {
    const ascending = fc.array(fc.nat(200), { minLength: 1, maxLength: 40 }).map((list) => [...list].sort((a, b) => a - b));
    fc.assert(
      fc.property(ascending, fc.integer({ min: -5, max: 210 }), (list, value) => {
        let walked = list.length - 1;
        while (walked > 0 && list[walked]! > value) walked--;
        expect(lastAtMost(list, value)).toBe(walked);
      }),
      { numRuns: 2000 },
    );
  });
});
