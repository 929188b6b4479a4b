// What scripts/dump-analyses.mjs bundles: every document the engine is judged on → its full
// output as JSON (the Analysis, the per-block verdicts and, for HTML, what the DOM shell read
// and set aside), so a speed change can be checked to change no answer anywhere.
import { analyzeText } from '../src/core/index';
import { parseHtmlDocument } from '../src/cli/parse-html';
import { analyzeDocument } from '../src/dom/analyze-document';
import { decodeHtmlBytes, decodeTextBytes } from '../src/dom/decode';
import { createStaticIsHidden } from '../src/dom/hidden-static';

/** An element's place in its document: child indexes from the root, e.g. "0/1/3". */
function pathOf(element: Element | null): string | null {
  if (!element) return null;
  const steps: number[] = [];
  for (let e: Element = element; e.parentElement; e = e.parentElement) {
    steps.push(Array.prototype.indexOf.call(e.parentElement.children, e));
  }
  return steps.reverse().join('/');
}

export function dumpHtml(bytes: Uint8Array, host: string | undefined): unknown {
  const doc = parseHtmlDocument(decodeHtmlBytes(bytes));
  const { page, result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc), host });
  const aside = (list: { element: Element; text: string }[]) => list.map(({ element, text }) => ({ at: pathOf(element), text }));
  return {
    page: {
      container: pathOf(page.container),
      pageTitle: page.pageTitle,
      blocks: page.blocks.map((b) => ({ at: pathOf(b.element), heading: b.heading ?? false, text: b.text, segments: b.segments.map((s) => [s.start, s.end]) })),
      hidden: aside(page.hidden),
      chrome: aside(page.chrome),
      notices: aside(page.notices),
    },
    result,
  };
}

export function dumpText(bytes: Uint8Array, host: string | undefined): unknown {
  return analyzeText(decodeTextBytes(bytes), host ? { host } : {});
}
