// Properties of cleaning, over generated speeches with noise planted in them and over
// arbitrary text: it never throws, it only ever removes (the output is a subsequence of the
// input), and cleaning a cleaned speech changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText } from '../../src/core/analyze';
import { renderCleanText } from '../../src/core/render';
import { INVISIBLE_CHARS } from '../../src/core/normalize';

const bare = (s: string) => s.replace(INVISIBLE_CHARS, '').replace(/\s+/g, '');

function isSubsequence(needle: string, haystack: string): boolean {
  const h = [...haystack];
  let at = 0;
  for (const ch of needle) {
    while (at < h.length && h[at] !== ch) at++;
    if (at === h.length) return false;
    at++;
  }
  return true;
}

const sentence = fc.constantFrom(
  '要提高政治站位，切实增强责任感和使命感。',
  '各级各部门要压实责任，确保各项工作落到实处。',
  '刚才，几位同志作了很好的发言，我完全同意。',
  '全年实现地区生产总值1.5亿元，同比增长6.18%。',
  '第一时间发现，第一时间报告，第一时间处置。',
  '一方面要完善制度，另一方面要加强监督。',
  '主要有三点，一是学习，二是落实，三是作风。',
);
const heading = fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '2、', '一是', '二要', '第一，', '——', '首先，', '最后，');
const glue = fc.constantFrom('', ' 公文汇 www.gongwenhui.com', '公务员之家', ' 稿子汇,范文学习文库', '\u200b', '');
const noiseLine = fc.constantFrom('仅供学习 禁止外传', '当前位置：首页 > 讲话稿', '时间:2021-04-23 致辞讲话 我要投稿', '赞助会员请点击:开通会员', '×', '酷乐文行整理，咨询QQ206157060', '公文汇 www.gongwenhui.com', '');

const paragraph = fc
  .tuple(fc.option(heading, { nil: '' }), fc.array(sentence, { minLength: 1, maxLength: 3 }), glue)
  .map(([h, s, g]) => h + s.join('') + g);

const speech = fc
  .tuple(fc.array(noiseLine, { maxLength: 4 }), fc.array(paragraph, { minLength: 1, maxLength: 12 }), fc.array(noiseLine, { maxLength: 3 }))
  .map(([head, body, tail]) => [...head, '在全县工作会议上的讲话', '', '同志们：', ...body, '谢谢大家！', ...tail].join('\n'));

describe('cleaning properties', () => {
  it('the cleaned text is a subsequence of the input (generated speeches)', () => {
    fc.assert(
      fc.property(speech, (text) => {
        const a = analyzeText(text);
        return isSubsequence(bare(a.title + a.paragraphs.join('')), bare(text));
      }),
      { numRuns: 300 },
    );
  });

  it('cleaning a cleaned speech changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(speech, (text) => {
        const once = analyzeText(text);
        const twice = analyzeText(renderCleanText(once));
        expect(twice.title).toBe(once.title);
        expect(twice.paragraphs).toEqual(once.paragraphs);
        expect(twice.outline).toEqual(once.outline);
        expect(twice.removed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('no text throws, and the output is still a subsequence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = a + '\n' + b;
        const result = analyzeText(text);
        return isSubsequence(bare(result.title + result.paragraphs.join('')), bare(text));
      }),
      { numRuns: 500 },
    );
  });

  it('verdict cuts always lie inside their block and never overlap', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const { verdicts } = analyzeBlocks(paragraphs.map((text) => ({ text })));
        verdicts.forEach((v, i) => {
          let last = 0;
          for (const c of v.cuts) {
            expect(c.start).toBeGreaterThanOrEqual(last);
            expect(c.end).toBeGreaterThan(c.start);
            expect(c.end).toBeLessThanOrEqual(paragraphs[i]!.length);
            last = c.end;
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
