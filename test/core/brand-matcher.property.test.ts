// BrandMatcher looks a brand up where its first character stands instead of running one
// alternation of every brand (longest first) over the text. Its answers must be the
// alternation's: the same occurrences, the same replaced text, on brands that share first
// characters, contain one another, hold regex syntax or surrogate pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BrandMatcher, SITE_BRANDS } from '../../src/core/watermark';

/** The alternation the matcher replaced: every brand escaped, longest first. */
function alternation(brands: readonly string[]): { brands: string[]; pattern: RegExp | null } {
  const sorted = [...new Set(brands)].filter(Boolean).sort((a, b) => b.length - a.length);
  const escaped = sorted.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { brands: sorted, pattern: escaped.length ? new RegExp(escaped.join('|'), 'g') : null };
}

function occurrencesByRegex(pattern: RegExp | null, text: string): { at: number; brand: string }[] {
  if (!pattern) return [];
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => ({ at: m.index, brand: m[0] }));
}

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);
/** Few characters, so that brands overlap, share openings and occur in the text often. */
const piece = fc.constantFrom('公', '文', '汇', '网', '范', '之家', '.', '*', '(', 'w', 'W', ' ', '𠀀', '\ud840', '学习', '公文汇', '公文');
const word = fc.array(piece, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));

describe('BrandMatcher', () => {
  it('finds what the alternation of its brands finds, and replaces the same', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(piece, { maxLength: 30 }), (brands, parts) => {
        const text = parts.join('');
        const matcher = new BrandMatcher(brands);
        const reference = alternation(brands);
        expect(matcher.brands).toEqual(reference.brands);
        const expected = occurrencesByRegex(reference.pattern, text);
        expect(matcher.occurrences(text)).toEqual(expected);
        expect(matcher.replaceAll(text, ' ')).toEqual({ text: reference.pattern ? text.replace(reference.pattern, ' ') : text, found: expected.length > 0 });
        // the quick look never says no where a brand occurs
        if (expected.length) expect(matcher.mayOccurIn(text)).toBe(true);
        // the brand a text ends with: the first of the longest, as a search of the list finds it
        for (let end = 0; end <= text.length; end++) {
          expect(matcher.brandEnding(text.slice(0, end))).toBe(reference.brands.find((b) => text.slice(0, end).endsWith(b)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the known sites\' brands as the alternation does', () => {
    const matcher = new BrandMatcher(SITE_BRANDS);
    const reference = alternation(SITE_BRANDS);
    const text = `${SITE_BRANDS.join('，正文')} 公文汇 www.gongwenhui.com。${SITE_BRANDS.slice(0, 5).join('')}`;
    expect(matcher.occurrences(text)).toEqual(occurrencesByRegex(reference.pattern, text));
    expect(matcher.occurrences(text).length).toBeGreaterThanOrEqual(SITE_BRANDS.length);
  });
});
