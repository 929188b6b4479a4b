// HTML text → a DOM Document in Node, with linkedom (the fastest of the three DOM libraries
// measured in bench/dom-libraries.mjs). linkedom builds no <html>/<body> around a bare
// fragment, so one is added when the text has no <html> of its own.
import { parseHTML } from 'linkedom';

export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document;
}
