// isChineseText reads its sample in one pass; it must answer what its definition says, written
// here as plainly as it was: ideographs a fifth of the non-space code units, kana under 5% of
// the ideographs, over the first CHINESE_SAMPLE code units.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CHINESE_SAMPLE, isChineseText } from '../../src/core/normalize';

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);

function byDefinition(text: string): boolean {
  const sample = text.slice(0, CHINESE_SAMPLE);
  const ideographs = (sample.match(/[\u3400-\u9fff]/g) ?? []).length;
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const units = sample.replace(/\s/g, '').length;
  return units > 0 && ideographs / units >= 0.2 && kana < ideographs * 0.05;
}

it('answers as its definition on texts of ideographs, kana, Latin letters and white space', () => {
  const unit = fc.constantFrom('讲', '话', '同', '志', 'の', 'カ', 'a', 'Z', '1', ' ', '\u3000', '\n', '\u00a0', '，', '。', '\ufeff');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
      expect(isChineseText(text)).toBe(byDefinition(text));
    }),
    { numRuns: RUNS * 30 },
  );
  expect(isChineseText('同志们：今天我们召开会议。')).toBe(true);
  expect(isChineseText('これは日本語の文章です。会議')).toBe(false);
  expect(isChineseText('   ')).toBe(false);
});

it('reads only the opening sample', () => {
  expect(isChineseText('a'.repeat(CHINESE_SAMPLE) + '讲话'.repeat(CHINESE_SAMPLE))).toBe(false);
  expect(isChineseText('讲话'.repeat(CHINESE_SAMPLE) + 'の'.repeat(CHINESE_SAMPLE))).toBe(true);
});
