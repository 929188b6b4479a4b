// The code-unit tests of white space stand in for /\s/ in hot loops (watermark words, style
// rules, visible text): they must agree with the regex on every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { cjkRatio, isBlankCode, isRegExpSpaceCode } from '../../src/core/normalize';

const ALL_CODE_UNITS = Array.from({ length: 0x10000 }, (_, c) => c);

describe('white space by code unit', () => {
  it('isRegExpSpaceCode answers what /\\s/ answers for every code unit', () => {
    const disagreeing = ALL_CODE_UNITS.filter((c) => isRegExpSpaceCode(c) !== /\s/.test(String.fromCharCode(c)));
    expect(disagreeing).toEqual([]);
  });

  it('a blank code is white space or an invisible character (zero-width, soft hyphen, BOM)', () => {
    for (const c of [0x20, 0x3000, 0xa0, 0x200b, 0x200d, 0x2060, 0xfeff, 0xad]) expect(isBlankCode(c)).toBe(true);
    for (const c of [0x4e00, 0x41, 0x3001]) expect(isBlankCode(c)).toBe(false);
  });

  it('cjkRatio does not count white space or the BOM', () => {
    expect(cjkRatio('同志们\u3000\ufeff ab')).toBeCloseTo(3 / 5);
  });
});
