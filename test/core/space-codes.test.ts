// The code-unit tests of white space stand in for /\s/ in hot loops (watermark words, style
// rules, visible text): they must agree with the regex on every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { cjkRatio, compareKey, hasCompareKey, isBlankCode, isRegExpSpaceCode, isVisible, stripInvisible } from '../../src/core/normalize';

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

  it('isVisible answers whether anything is left once invisibles are stripped and the text trimmed, for every code unit', () => {
    const disagreeing = ALL_CODE_UNITS.filter((c) => {
      const text = ` \u200b${String.fromCharCode(c)}\u3000`;
      return isVisible(text) !== (stripInvisible(text).trim() !== '');
    });
    expect(disagreeing).toEqual([]);
    expect(isVisible('')).toBe(false);
  });

  it('cjkRatio does not count white space or the BOM', () => {
    expect(cjkRatio('同志们\u3000\ufeff ab')).toBeCloseTo(3 / 5);
  });
});

describe('hasCompareKey (a title compared with lines that may be a whole document)', () => {
  // text built from characters of every kind the key treats differently
  const PIECES = ['讲', '话', '同志们', ' ', '  ', '\u3000', '\n', '\t', '\u200b', '\ufeff', '\u00ad', '\u00a0', '(', ',', ':', '！', 'a', '1', '；'];
  const randomText = (seed: number): string => {
    let text = '';
    let state = seed;
    const length = (seed % 12) + 1;
    for (let k = 0; k < length; k++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      text += PIECES[state % PIECES.length];
    }
    return text;
  };

  it('answers what comparing the two keys answers, on 20,000 pairs of texts', () => {
    const disagreeing: [string, string][] = [];
    for (let seed = 1; seed <= 20000; seed++) {
      const text = randomText(seed);
      // keys of a related text (often equal) and of an unrelated one
      for (const other of [randomText(seed * 7 + 3), text.replace(/\s/g, ''), `${text} `]) {
        const key = compareKey(other);
        if (hasCompareKey(text, key) !== (compareKey(text) === key)) disagreeing.push([text, key]);
      }
    }
    expect(disagreeing).toEqual([]);
  });

  it('a long line never has a title\'s key; white space and invisibles do not count', () => {
    const key = compareKey('在全县工作会议上的讲话');
    expect(hasCompareKey(`${'各级各部门要抓好落实。'.repeat(50000)}`, key)).toBe(false);
    expect(hasCompareKey(' 在全县 工作会议上的讲话\u200b ', key)).toBe(true);
  });
});
