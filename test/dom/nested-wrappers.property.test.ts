// Pages that wrap each paragraph in boxes of their own (issue 12, item 5): a paragraph that
// holds most of the text is still one paragraph, never the whole article, and no sentence of
// the speech is lost or hidden.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { fuzzRuns, fuzzTimeout } from '../fuzz/runs';
import { isSubsequence, lostSentences, nestedWrapperPage, squash } from '../fuzz/speech';

function analyzeHtml(html: string) {
  const doc = parseHtmlDocument(html);
  const { result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) });
  return { doc, analysis: result.analysis };
}

describe('paragraphs in wrappers of their own (property)', () => {
  it('no sentence of the speech is lost, and only page text comes out', () => {
    fc.assert(
      fc.property(nestedWrapperPage, ({ html, speech }) => {
        const { doc, analysis } = analyzeHtml(html);
        expect(lostSentences(speech.paragraphs, analysis)).toEqual([]);
        expect(isSubsequence(squash(analysis.paragraphs.join('')), squash(doc.documentElement?.textContent ?? ''))).toBe(true);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(40));
});
