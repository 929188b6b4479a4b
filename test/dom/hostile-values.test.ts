// What a page writes, at its worst, read in linear time and read right: a 40 KB <h1> of "a."
// (the site-name check's domain pattern read to the end from every dot) and a 50 KB font-size
// value (`\d*\.?\d+` split the digits every way it could). Each used to block for seconds.
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../../src/cli/analyze-input';
import { lengthInPixels } from '../../src/dom/css-declarations';
import { looksLikeSiteName } from '../../src/dom/page-title';
import { SPEECH_PARAGRAPHS, templatePage } from './html';

const analyzePage = (html: string) => analyzeInput('page.html', new TextEncoder().encode(html));
const speech = SPEECH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('a 40 KB <h1> of "a."', () => {
  it('is no site name, so it is the page title, and the speech is kept whole', () => {
    const heading = 'a.'.repeat(20_000);
    const analysis = analyzePage(templatePage(`<h1>${heading}</h1>${speech}`));
    expect(analysis.title).toBe(heading);
    expect(analysis.isSpeech).toBe(true);
    expect(analysis.paragraphs).toEqual(SPEECH_PARAGRAPHS);
  });

  it('a short part naming a domain is a site name; 100 KB of labels is not, with a domain at its end or not', () => {
    expect(looksLikeSiteName('a.'.repeat(50_000))).toBe(false);
    expect(looksLikeSiteName(`${'a.'.repeat(50_000)}com`)).toBe(false);
    expect(looksLikeSiteName(`${'a.'.repeat(40)}com`)).toBe(true);
    expect(looksLikeSiteName('公文汇 www.gongwenhui.com')).toBe(true);
    expect(looksLikeSiteName(`${'a-'.repeat(50_000)}x`)).toBe(false);
    expect(looksLikeSiteName('www.gongwenhui.com')).toBe(true);
    expect(looksLikeSiteName('在全县安全生产工作会议上的讲话')).toBe(false);
  });
});

describe('a 50 KB font-size value', () => {
  it('50 KB of digits and a stray letter is no length: the text it styles is kept', () => {
    const analysis = analyzePage(templatePage(`<p>${SPEECH_PARAGRAPHS[0]}<span style="font-size:${'1'.repeat(50_000)}x">公文汇</span></p>${speech}`));
    expect(analysis.paragraphs[0]).toBe(`${SPEECH_PARAGRAPHS[0]}公文汇`);
  });

  it('a 50 KB zero is font-size 0: the text it hides is cut', () => {
    const analysis = analyzePage(templatePage(`<p>${SPEECH_PARAGRAPHS[0]}<span style="font-size:${'0'.repeat(50_000)}px">公文汇</span></p>${speech}`));
    expect(analysis.paragraphs[0]).toBe(SPEECH_PARAGRAPHS[0]);
  });

  it('lengthInPixels reads plain lengths and refuses 50 KB of digits with no unit it knows', () => {
    expect(lengthInPixels('-9999px')).toBe(-9999);
    expect(lengthInPixels('.5em')).toBe(8);
    expect(lengthInPixels('1.5pt')).toBe(2);
    expect(lengthInPixels('12')).toBe(12);
    expect(lengthInPixels('1.')).toBeUndefined();
    expect(lengthInPixels(`${'1'.repeat(50_000)}x`)).toBeUndefined();
    expect(lengthInPixels(`-${'9'.repeat(50_000)}.${'9'.repeat(50_000)}q`)).toBeUndefined();
    expect(lengthInPixels(`${'0'.repeat(50_000)}px`)).toBe(0);
  });
});
