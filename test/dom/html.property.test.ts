// No HTML throws: arbitrary, broken and hostile markup goes through the whole HTML pipeline
// (parse → article → blocks → analysis) without an exception, and what comes out is still a
// subsequence of the page's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';

const TAGS = ['div', 'p', 'span', 'font', 'br', 'table', 'tr', 'td', 'li', 'ul', 'h1', 'h2', 'style', 'script', 'a', 'b', 'blockquote', 'section', 'article', 'nav', 'footer'];
const ATTRS = ['', ' class="content"', ' style="display:none"', ' style="font-size:0"', ' class="jammer"', ' id="postmessage_1"', ' style="color:#fff;background:#fff"', ' hidden', ' aria-hidden="true"', ' style="position:absolute;left:-9999px"'];
const TEXT = fc.constantFrom('同志们：', '一、提高认识。', '公文汇 www.gongwenhui.com', '要压实责任，确保万无一失。', '×', '&nbsp;', '&#x4e00;', '<', '>', '&', '\u200b', 'www.', '一是', '。', '');

const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, TEXT, tie('element') as fc.Arbitrary<string>),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 5 }), fc.boolean())
    // sometimes leave the tag unclosed: malformed pages are the norm
    .map(([tag, attrs, children, close]) => `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`),
})).node;

const bare = (s: string) => s.replace(/\s+/g, '');

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

describe('the HTML pipeline on arbitrary markup', () => {
  it('never throws, and keeps only text the page had', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), fc.string({ maxLength: 60 }), (parts, noise) => {
        const html = `<html><head><title>讲话</title></head><body>${parts.join('')}${noise}</body></html>`;
        const doc = parseHtmlDocument(html);
        const { result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) });
        const pageText = bare(doc.documentElement?.textContent ?? '');
        const out = bare(result.analysis.paragraphs.join(''));
        expect(isSubsequence(out, pageText)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with pathological nesting and raw binary-looking text', () => {
    const deep = '<div>'.repeat(3000) + '同志们：要压实责任。' + '</div>'.repeat(3000);
    const junk = String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 0xffff));
    for (const html of [deep, junk, '<', '</p></p></div>', '<!DOCTYPE html><html><body>', '']) {
      const doc = parseHtmlDocument(html);
      expect(() => analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) })).not.toThrow();
    }
  });
});
