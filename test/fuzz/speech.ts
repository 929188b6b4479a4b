// Generators for the fuzz properties (issue 12, items 5–8): speeches whose paragraphs mix
// sentences of speech with the noise kinds the rules know (brand + domain watermarks, paywall
// lines, contact lines, site notices) placed at the start, middle and end of a paragraph, and
// pages that wrap each paragraph in boxes of their own. Every generated value says which
// sentences are speech, so a property can check that none of them is lost.
import fc from 'fast-check';
import { CLEAN_SPEECH_SAMPLES } from '../../src/core/rules/line-rules.examples';

/** Sentences of speech that no noise rule may match (the rules' own clean samples, plus a few). */
export const SPEECH_SENTENCES: readonly string[] = [
  ...CLEAN_SPEECH_SAMPLES.filter((s) => /[。！？]$/.test(s)),
  '要提高政治站位，切实增强责任感和使命感。',
  '一方面要完善制度，另一方面要加强监督。',
  '主要有三点，一是学习，二是落实，三是作风。',
];

export const HEADINGS: readonly string[] = ['一、提高认识。', '二、压实责任。', '（一）加强领导。', '（二）强化保障。', '1.加强领导。', '一是', '第一，', '首先，'];

/** Noise fragments by kind, each one a rule is written for. */
export const NOISE: Readonly<Record<string, readonly string[]>> = {
  watermark: ['公文汇 www.gongwenhui.com', ' 稿子汇,范文学习文库', '公务员之家', '【本文来源：无忧考网 www.51test.net】', '\u200b'],
  paywall: ['内容仅供学习,如需复制请赞助VIP会员。', '下载本文需开通VIP会员。', '……(未完,全文共6606字,当前仅显示2320字,请阅读下面提示信息。)', ' 当前隐藏内容免费查看', '展开剩余78%'],
  contact: ['客服微信：gwyoo2024 ', 'QQ：206157060 ', '酷乐文行整理，咨询QQ206157060', '加V：bgz_cailiao 领取全套'],
  notice: ['本文共4811字,仅供站内会员学习参考。', '（老笔头原创解析,仅供会员学习,未经许可严禁外传）', '本站原创，未经授权禁止转载。', '本文来源于网络，如有侵权请联系删除。', '仅供学习 禁止外传'],
};
export const NOISE_FRAGMENTS: readonly string[] = Object.values(NOISE).flat();

/** Whole lines of site furniture around a speech. */
export const NOISE_LINES: readonly string[] = [
  '当前位置：首页 > 讲话稿',
  '时间:2021-04-23 致辞讲话 我要投稿',
  '赞助会员请点击:开通会员',
  '×',
  '酷乐文行整理，咨询QQ206157060',
  '公文汇 www.gongwenhui.com',
  '上一篇：在全市安全生产工作会议上的讲话',
];

export interface GeneratedParagraph {
  text: string;
  /** the speech in it (its heading and sentences), each of which must survive */
  speech: string[];
}

const sentence = fc.constantFrom(...SPEECH_SENTENCES);
/** What ends a notice so that the segment reader sets it apart from a sentence after it. */
const GLUED_BREAK = /[。！？）)】]$|[A-Za-z0-9_-]{5}\s$/;
const noise = fc.constantFrom(...NOISE_FRAGMENTS);

/** A paragraph of speech sentences under an optional heading, `noise` fragments at its start,
 * middle or end. */
const paragraphWith = (noises: fc.Arbitrary<[string, number][]>): fc.Arbitrary<GeneratedParagraph> => fc
  .tuple(
    fc.option(fc.constantFrom(...HEADINGS), { nil: '' }),
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    // each noise fragment goes before the sentence at its index (the last index: at the end)
    noises,
  )
  .map(([heading, sentences, noises]) => {
    const slots: string[][] = sentences.map(() => []);
    const tail: string[] = [];
    for (const [fragment, at] of noises) {
      const index = at % (sentences.length + 1);
      // a notice glued straight before a sentence, with no sentence end or space between them,
      // takes the sentence with it (a known limit: the rules read a segment as one notice)
      const ambiguous = index < sentences.length && !(GLUED_BREAK.test(fragment) && /^[\u4e00-\u9fff]/.test(sentences[index]!));
      (index === sentences.length || ambiguous ? tail : slots[index]!).push(fragment);
    }
    // a number glued to a number cannot be told apart ("QQ206157060" + "2023年…"): a space between
    const glue = (before: string, after: string) => before + (/\d$/.test(before) && /^\d/.test(after) ? ' ' : '') + after;
    const text = [heading, ...sentences.flatMap((s, i) => [...slots[i]!, s]), ...tail].reduce(glue, '');
    return { text, speech: [heading, ...sentences].filter(Boolean) };
  });

export const noisyParagraph = paragraphWith(fc.array(fc.tuple(noise, fc.nat()), { maxLength: 2 }));
export const cleanParagraph = paragraphWith(fc.constant([]));

export interface GeneratedSpeech {
  title: string;
  /** the speech's paragraphs in order, salutation and closing included */
  paragraphs: GeneratedParagraph[];
  /** furniture lines above and below the speech */
  head: string[];
  tail: string[];
}

const TITLES = ['在全县工作会议上的讲话', '在全县防汛工作会议上的讲话', '在2024年全市安全生产工作会议上的讲话'];
const plain = (text: string): GeneratedParagraph => ({ text, speech: [text] });

const speechOf = (paragraph: fc.Arbitrary<GeneratedParagraph>): fc.Arbitrary<GeneratedSpeech> => fc
  .record({
    title: fc.constantFrom(...TITLES),
    // no two paragraphs alike: a paragraph printed twice at the top is a site's summary box
    body: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8, selector: (p) => p.speech.join('') }),
    // a line may come more than once (a site prints its 上一篇 line or brand twice or three times)
    head: fc.array(fc.constantFrom(...NOISE_LINES), { maxLength: 3 }),
    tail: fc.array(fc.constantFrom(...NOISE_LINES), { maxLength: 3 }),
  })
  .map(({ title, body, head, tail }) => ({
    title,
    paragraphs: [plain('同志们：'), ...body, plain('谢谢大家！')],
    head,
    tail,
  }));

/** A speech whose paragraphs carry noise glued anywhere, furniture lines around it. */
export const noisySpeech = speechOf(noisyParagraph);
/** A speech with furniture lines around it, none glued into its paragraphs. */
export const cleanSpeech = speechOf(cleanParagraph);

/** The speech as one text: furniture, title, a blank line, paragraphs, furniture. */
export function speechText(speech: GeneratedSpeech): string {
  return [...speech.head, speech.title, '', ...speech.paragraphs.map((p) => p.text), ...speech.tail].join('\n');
}

/** Text without white space or zero-width characters, for comparing what survived. */
export const squash = (text: string): string => text.replace(/[\s\u200b-\u200f\u2060\ufeff]+/g, '');

/** The speech sentences of `speech` that `cleaned` (title and paragraphs) no longer holds. */
export function lostSentences(speech: readonly GeneratedParagraph[], cleaned: { title: string; paragraphs: readonly string[] }): string[] {
  const out = squash([cleaned.title, ...cleaned.paragraphs].join('\n'));
  return speech.flatMap((p) => p.speech).filter((s) => !out.includes(squash(s)));
}

/** Whether `needle` can be read out of `haystack` by dropping characters. */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at === -1) return false;
    at += ch.length;
  }
  return true;
}

/** How a page wraps one paragraph: in two boxes, one, a box around a <p>, a bare <p>… */
export const WRAPPERS: readonly ((inner: string) => string)[] = [
  (x) => `<div><div>${x}</div></div>`,
  (x) => `<div>${x}</div>`,
  (x) => `<div><p>${x}</p></div>`,
  (x) => `<p>${x}</p>`,
  (x) => `<section><div>${x}</div></section>`,
  (x) => `<div><span>${x}</span></div>`,
  (x) => `<div><div><div>${x}</div></div></div>`,
];

export interface GeneratedPage {
  html: string;
  speech: GeneratedSpeech;
}

const escapeHtml = (text: string): string => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * A speech page whose paragraphs sit in wrappers of their own (one shape for the whole page,
 * or one per paragraph), with one long paragraph among them that may hold most of the text,
 * the title in an <h1> or in a wrapper like the paragraphs, and furniture around it.
 */
export const nestedWrapperPage: fc.Arbitrary<GeneratedPage> = fc
  .record({
    speech: cleanSpeech,
    long: fc.array(sentence, { minLength: 4, maxLength: 16 }),
    longAt: fc.nat(),
    shapes: fc.array(fc.nat({ max: WRAPPERS.length - 1 }), { minLength: 1, maxLength: 3 }),
    titleInHeading: fc.boolean(),
    outerBox: fc.constantFrom('', '<div>', '<div class="content">', '<article>'),
  })
  .map(({ speech, long, longAt, shapes, titleInHeading, outerBox }) => {
    const paragraphs = [...speech.paragraphs];
    paragraphs.splice(1 + (longAt % (paragraphs.length - 1)), 0, { text: long.join(''), speech: long });
    const full: GeneratedSpeech = { ...speech, paragraphs };
    const wrap = (text: string, i: number) => WRAPPERS[shapes[i % shapes.length]!]!(escapeHtml(text));
    const title = titleInHeading ? `<h1>${escapeHtml(speech.title)}</h1>` : wrap(speech.title, 0);
    const body = paragraphs.map((p, i) => wrap(p.text, i + 1)).join('\n');
    const close = outerBox ? `</${outerBox.slice(1).split(/[ >]/)[0]}>` : '';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(speech.title)}_讲话稿</title></head><body>
${speech.head.map((line) => wrap(line, 0)).join('\n')}
${title}
${outerBox}${body}${close}
${speech.tail.map((line) => wrap(line, 0)).join('\n')}
</body></html>`;
    return { html, speech: full };
  });
