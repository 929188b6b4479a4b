// In the page (issue 12, item 5): cleaning a page whose paragraphs sit in boxes of their own
// hides none of the speech, and everything it hides is named in the 已移除 list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../fuzz/runs';
import { nestedWrapperPage, squash } from '../fuzz/speech';
import { harness } from './app-harness';
import { openPage } from './page-window';

const HIDDEN_BY_US = 'display: none !important';

/** The page's text a reader still sees: without the elements cleaning hid. */
function visibleText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const element of Array.from(clone.querySelectorAll('[style]'))) {
    if (element.getAttribute('style')!.includes(HIDDEN_BY_US)) element.remove();
  }
  return clone.textContent ?? '';
}

describe('cleaning pages whose paragraphs have boxes of their own (property)', () => {
  it('hides no sentence of the speech, and lists everything it hides', async () => {
    // a real page in happy-dom per run: a twentieth of the runs of the pure properties
    await fc.assert(
      fc.asyncProperty(nestedWrapperPage, async ({ html, speech }) => {
        const { window, document } = openPage(html);
        const { app } = harness(window);
        const analysis = await app.clean();
        const seen = squash(visibleText(document.body));
        const sentences = speech.paragraphs.flatMap((p) => p.speech).map(squash);
        expect(sentences.filter((s) => !seen.includes(s))).toEqual([]);
        const listed = squash(analysis.removed.map((r) => r.text).join('\n'));
        const hidden = Array.from(document.body.querySelectorAll('[style]')).filter((e) => e.getAttribute('style')!.includes(HIDDEN_BY_US));
        expect(hidden.map((e) => squash(e.textContent ?? '')).filter((t) => t && !listed.includes(t))).toEqual([]);
        window.close();
      }),
      { numRuns: fuzzRuns(0.05) },
    );
  }, fuzzTimeout(40));
});
