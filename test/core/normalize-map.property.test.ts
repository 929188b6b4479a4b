// normalizeWithMap keeps its offset map as runs, one per edit: every normalized character must
// still lead back to the raw character it came from, on any mix of spaces, line breaks,
// invisibles and ideographs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../src/core/normalize';

const PIECES = ['中', '文', '。', 'a', 'b', '.', ',', '?', '“', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\u2028'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

const BLANK_RUN = /[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/g;
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2014\u2026]/;
/** What only Chinese text holds (curly quotes stand in English too). */
const CHINESE_ONLY = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** The rule as the docs state it, by regex: each blank run is one space, or nothing at the
 * edges, across a line break between two CJK characters or after a half-width clause mark
 * before an ideograph, or when it holds no white space. */
function reference(raw: string): string {
  return raw.replace(BLANK_RUN, (run, at: number) => {
    const before = raw[at - 1];
    const after = raw[at + run.length];
    if (before === undefined || after === undefined) return '';
    // white space as /\s/ has it, the BOM aside (it is an invisible)
    if (!/\s/.test(run.replace(/\uFEFF/g, ''))) return '';
    if (/[\n\r]/.test(run) && ((CJK.test(before) && CJK.test(after)) || (/[,;:!?]/.test(before) && CHINESE_ONLY.test(after)))) return '';
    return ' ';
  });
}

describe('normalizeWithMap', () => {
  it('normalizes as the rule says, and every character leads back to its raw place, in order', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const n = normalizeWithMap(raw);
        expect(n.text).toBe(reference(raw));
        let previous = -1;
        for (let k = 0; k < n.text.length; k++) {
          const at = n.rawIndexOf(k);
          expect(at).toBeGreaterThan(previous);
          // a space stands for its whole blank run, and leads back to the run's first character
          if (n.text[k] === ' ') expect(raw[at]).toMatch(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]/);
          else expect(raw[at]).toBe(n.text[k]);
          previous = at;
        }
        expect(n.rawIndexOf(n.text.length)).toBe(raw.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('joins a wrap after a half-width clause mark in Chinese prose, and keeps the space in English', () => {
    expect(normalizeWithMap('取得了积极进展,\n但对照要求').text).toBe('取得了积极进展,但对照要求');
    expect(normalizeWithMap('other than “HEAD”,\n“GET” or “POST”').text).toBe('other than “HEAD”, “GET” or “POST”');
    expect(normalizeWithMap('Hello,\nworld').text).toBe('Hello, world');
  });

  it('a long line with an edit in every paragraph maps each paragraph back (a document joined into one line)', () => {
    const paragraph = '同志们，今天召开会议\u200b。公文汇 www.gongwenhui.com\n';
    const raw = paragraph.repeat(500);
    const n = normalizeWithMap(raw);
    const at = n.text.lastIndexOf('同志们');
    expect(raw.slice(n.rawIndexOf(at), n.rawIndexOf(at) + 3)).toBe('同志们');
    expect(n.rawIndexOf(at)).toBe(raw.lastIndexOf('同志们'));
  });
});
