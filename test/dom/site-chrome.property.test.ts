// The design rule of site-chrome decisions, as a property over generated template pages: a
// paragraph that carries speech sentences or an outline marker in sequence is never set aside
// as site chrome, whatever watermark is hidden or printed into it (white <font>, a class a
// <style> rule hides, font-size:0, Discuz jammer, a visible <font>xx.com版权所有</font>); the
// watermark goes, the paragraph stays with its outline item. And the rule is no excuse to keep
// furniture: pager lines, tag lines, 相关推荐 boxes and footer lines still go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { parse, templatePage } from './html';

const squeeze = (s: string) => s.replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/g, '');

const SENTENCES = [
  '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。',
  '各级各部门要始终把安全生产摆在突出位置，坚持人民至上、生命至上。',
  '企业是安全生产的责任主体，必须把安全责任落实到每个岗位、每名职工。',
  '要聚焦道路交通、建筑施工、危险化学品等重点领域，全面开展拉网式排查。',
  '去年全县共排查整治隐患1260处，整改率达到98.5%。',
  '刚才，几位同志作了很好的发言，我完全同意。',
  '各乡镇要落实“党政同责、一岗双责、齐抓共管、失职追责”的要求！',
  '我们要问一问自己：责任到底落实了没有？',
  '要坚持标本兼治、综合治理，把问题解决在萌芽状态；',
  '对发现的问题，要建立台账，明确时限，逐项销号。',
];
const HEADINGS = [
  '提高政治站位，切实增强做好安全生产工作的责任感',
  '突出重点领域，扎实开展隐患排查整治',
  '压实各方责任，确保各项措施落到实处',
  '强化组织领导',
  '压实企业主体责任',
  '加强部门协同监管',
  '严格考核问责',
];
const CN = ['一', '二', '三', '四', '五'];

/** Text a site plants into paragraphs. Hidden, anything goes; printed visibly, a notice. */
const HIDDEN_TEXTS = ['xx.com版权所有，禁止复制', '本文来自第一范文网 www.diyifanwen.com', '公文汇', 'gwyoo.com', '版权所有 侵权必究', 'a8Kz3Q'];
const PRINTED_NOTICES = ['xx.com版权所有，禁止复制', 'gongwenhui.com版权所有', '版权所有 侵权必究', '公文汇 禁止转载', '本站原创，严禁复制'];

interface Plant {
  html: string;
  text: string;
  /** glued into the text itself, not an element: the reader sees it, the DOM cannot cut it */
  glued?: boolean;
}
const plant: fc.Arbitrary<Plant> = fc.oneof(
  fc.constantFrom(...HIDDEN_TEXTS).chain((text) =>
    fc.constantFrom(
      { html: `<font color="#FFFFFF">${text}</font>`, text },
      { html: `<span class="wm-x">${text}</span>`, text },
      { html: `<span class="tiny">${text}</span>`, text },
      { html: `<font class="jammer">${text}</font>`, text },
      { html: `<span style="display:none">${text}</span>`, text },
      { html: `<span style="color:#fff;background:#fff">${text}</span>`, text },
    ),
  ),
  fc.constantFrom(...PRINTED_NOTICES).chain((text) =>
    fc.constantFrom(
      { html: `<font>${text}</font>`, text },
      { html: `<font color="#999999">${text}</font>`, text },
      { html: `<span class="sy">${text}</span>`, text },
      { html: text, text, glued: true },
    ),
  ),
);
const STYLE = '<style>.wm-x{display:none} .tiny{font-size:0} .sy{color:#888}</style>';

/** A paragraph of the speech: its words, its HTML with a plant somewhere in it, its block's text. */
interface Para {
  words: string;
  html: string;
  block: string;
  marker?: string;
}

/** Puts a plant at a place in `words` (before, after, between sentences or mid-sentence): the
 * page's HTML, and what the paragraph's block reads once hidden and printed-in notices are cut. */
function withPlant(words: string, p: Plant | null, at: number): { html: string; block: string } {
  if (!p) return { html: words, block: words };
  const chars = [...words];
  const i = Math.min(chars.length, Math.floor(at * (chars.length + 1)));
  const [before, after] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
  return { html: before + p.html + after, block: p.glued ? before + p.text + after : words };
}

const maybePlant = fc.tuple(fc.option(plant, { freq: 2 }), fc.double({ min: 0, max: 1, noNaN: true }));
const tag = fc.constantFrom('p', 'p', 'div', 'h3');
const sentences = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));

const paragraph: fc.Arbitrary<Para> = fc.tuple(sentences, maybePlant, fc.constantFrom('p', 'div')).map(([words, [p, at], t]) => {
  const planted = withPlant(words, p, at);
  return { words, html: `<${t}>${planted.html}</${t}>`, block: planted.block };
});

/** A heading line: marker, heading words, sometimes sentences after it ("（一）压实…。企业是…。"). */
function headingOf(marker: string): fc.Arbitrary<Para> {
  return fc
    .tuple(fc.constantFrom(...HEADINGS), fc.option(sentences, { nil: '' }), fc.boolean(), maybePlant, tag)
    .map(([heading, rest, stop, [p, at], t]) => {
      const words = marker + heading + (rest ? `。${rest}` : stop ? '。' : '');
      // a glued notice before the marker would hide it from any reader: planted after it
      const planted = withPlant(words, p, p?.glued ? Math.max(at, 0.5) : at);
      return { words, marker, html: `<${t}>${planted.html}</${t}>`, block: planted.block };
    });
}

const section = (n: number): fc.Arbitrary<Para[]> =>
  fc
    .tuple(
      headingOf(`${CN[n]}、`),
      fc.array(paragraph, { maxLength: 2 }),
      fc.integer({ min: 0, max: 3 }).chain((subs) =>
        subs === 0
          ? fc.constant([] as Para[][])
          : fc.tuple(...Array.from({ length: subs }, (_, i) => fc.tuple(headingOf(`（${CN[i]}）`), fc.array(paragraph, { maxLength: 2 })).map(([h, ps]) => [h, ...ps]))),
      ),
    )
    .map(([head, lead, subs]) => [head, ...lead, ...subs.flat()]);

const speech: fc.Arbitrary<Para[]> = fc
  .integer({ min: 1, max: 4 })
  .chain((sections) => fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 2 }), ...Array.from({ length: sections }, (_, i) => section(i))))
  .map(([opening, ...sections]) => [{ words: '同志们：', html: '<p>同志们：</p>', block: '同志们：' }, ...opening, ...sections.flat()]);

/** Furniture planted in the article box, each kind recognised today. */
const FURNITURE = [
  { html: '<p class="pager">上一篇：<a href="/a/9.html">在全县森林防火工作会议上的讲话</a></p>', text: '上一篇：在全县森林防火工作会议上的讲话' },
  { html: '<p>标签：<a href="/tag/1">安全生产</a> <a href="/tag/2">讲话稿</a></p>', text: '标签：安全生产 讲话稿' },
  { html: '<div class="share">分享到：微信 微博 QQ空间</div>', text: '分享到：微信 微博 QQ空间' },
  { html: '<p>Copyright © 2016-2024 xx.com 版权所有</p>', text: 'Copyright © 2016-2024 xx.com 版权所有' },
  { html: '<p>公文汇 版权所有 苏ICP备12345678号</p>', text: '公文汇 版权所有 苏ICP备12345678号' },
  { html: '<h3>相关推荐</h3>', text: '相关推荐' },
];
const furniture = fc.subarray(FURNITURE);

function build(paras: Para[], extras: typeof FURNITURE): string {
  const article = paras.map((p) => p.html).join('\n') + extras.map((f) => f.html).join('\n');
  return templatePage(article, { head: STYLE });
}

describe('site chrome never takes a paragraph of the speech', () => {
  it('keeps every speech paragraph and numbered heading whole, cuts the planted watermarks, still sets furniture aside', () => {
    fc.assert(
      fc.property(speech, furniture, (paras, extras) => {
        const doc = parse(build(paras, extras));
        const { page, result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc), host: 'www.gongwenhui.com' });
        const blocks = page.blocks.map((b) => squeeze(b.text));
        // every paragraph of the speech is a block of its own, reading exactly its words (and a
        // notice glued into the text itself, which is the core's to cut)
        expect(paras.map((p) => squeeze(p.block)).filter((block) => !blocks.includes(block))).toEqual([]);
        // none of it was set aside
        const chrome = page.chrome.map((c) => squeeze(c.text));
        expect(chrome.filter((text) => paras.some((p) => text.includes(squeeze(p.words))))).toEqual([]);
        // the furniture was
        expect(extras.map((f) => squeeze(f.text)).filter((text) => !chrome.includes(text))).toEqual([]);
        // and the outline has every numbered heading, in order (whether a two-line page is a
        // speech, and a notice glued into the text itself, are the core's: not this property's)
        if (result.analysis.isSpeech && paras.every((p) => p.block === p.words)) {
          expect(result.analysis.outline.map((item) => item.marker)).toEqual(paras.flatMap((p) => (p.marker ? [p.marker] : [])));
        }
      }),
      { numRuns: 200 },
    );
  });
});
