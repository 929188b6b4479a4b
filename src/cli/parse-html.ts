// HTML text → a DOM Document in Node, with linkedom (the fastest of the three DOM libraries
// measured in bench/dom-libraries.mjs). linkedom builds no <html>/<body> around a bare
// fragment, so one is added when the text has no <html> of its own — and when what looked
// like one was not (an "<html>" inside a comment left linkedom with no root, or with the first
// <p> as the root and the text outside any <body>).
import { parseHTML } from 'linkedom';

const wrapped = (html: string) => `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;

export function parseHtmlDocument(html: string): Document {
  if (/<html[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement?.tagName === 'HTML') return document;
  }
  return parseHTML(wrapped(html)).document;
}
