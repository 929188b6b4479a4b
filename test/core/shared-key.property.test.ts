// sharedKeyLength compares two texts' comparison keys unit by unit, without building them: it
// must answer what building them answers — equal keys (and the key's length in characters) or
// not — for any mix of white space, invisibles, ASCII and full-width punctuation, surrogate
// pairs and cuts, including cuts that overlap, touch or run past the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charLength, compareKey, sharedKeyLength } from '../../src/core/normalize';
import { removeSpans } from '../../src/core/remove-spans';

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);
const PIECES = ['中', '文', '。', 'a', '(', '（', ',', '，', ':', '：', '!', '?', '？', ' ', '\n', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2028', '𠀋', '\ud840'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const cuts = fc.array(fc.record({ start: fc.integer({ min: -2, max: 40 }), end: fc.integer({ min: -2, max: 40 }) }), { maxLength: 3 });
/** Sorted and apart, as the watermark finder gives them. */
const orderedCuts = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }).map((points) => {
  const sorted = [...new Set(points)].sort((x, y) => x - y);
  const spans = [];
  for (let k = 0; k + 1 < sorted.length; k += 2) spans.push({ start: sorted[k]!, end: sorted[k + 1]! });
  return spans;
});

/** The answer by building both keys. */
function byKeys(a: string, aCuts: { start: number; end: number }[], b: string, bCuts: { start: number; end: number }[]): number {
  const key = compareKey(removeSpans(a, aCuts));
  return key === compareKey(removeSpans(b, bCuts)) ? charLength(key) : -1;
}

describe('sharedKeyLength', () => {
  it('answers what comparing the built keys answers, on texts that differ and texts that match', () => {
    fc.assert(
      fc.property(text, text, fc.oneof(orderedCuts, cuts), fc.oneof(orderedCuts, cuts), (a, b, aCuts, bCuts) => {
        expect(sharedKeyLength(a, aCuts, b, bCuts)).toBe(byKeys(a, aCuts, b, bCuts));
        // the same text spaced, folded and cut differently: keys that match
        const spaced = a.replace(/，/g, ' ,').replace(/中/g, '\u200b中 ');
        expect(sharedKeyLength(a, [], spaced, [])).toBe(byKeys(a, [], spaced, []));
        expect(sharedKeyLength(a, aCuts, a, aCuts)).toBe(byKeys(a, aCuts, a, aCuts));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('tells a lead printed twice from two different paragraphs', () => {
    const lead = '今天我们召开全县安全生产工作会议，主要任务是总结上半年工作。';
    expect(sharedKeyLength(`${lead} 公文汇`, [{ start: lead.length, end: lead.length + 4 }], lead.replace('，', ','), [])).toBe(charLength(lead));
    expect(sharedKeyLength(lead, [], `${lead}谢谢`, [])).toBe(-1);
  });
});
