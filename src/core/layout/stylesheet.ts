// A page's stylesheet leaked into its text, as document pages converted from Word print it:
// "l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in } p { color: #000000; … }
// p.cjk { font-family: "宋体" } 市长在…的讲话 同志们: …". No speaker writes a CSS rule; the run of
// rules goes, with the scrap of markup before it when it opens the line, and the text after it
// starts a paragraph of its own.
import type { MarkupTag } from './markup';

/** A selector (or an at-rule) and its braces; neither nests, both are bounded. */
const RULE = /(@?[A-Za-z.#*][\w.#*:>\s,-]{0,80})?\{([^{}]{0,800})\}/g;
const DECLARATION = /(?:^|;)\s*[a-z-]{2,30}\s*:\s*[^;:]{1,200}/g;
const CSS_PROPERTY = /(?:^|;)\s*(?:font|color|margin|padding|line-height|text-|size|background|border|width|height|display|direction|orphans|widows|so-language|mso-)/;
/** What may stand before the stylesheet at the line's head: a short scrap, no sentence. */
const HEAD_SCRAP_MAX = 20;
const SENTENCE_MARK = /[。！？!?，,；;]/;

function declarations(body: string): number {
  if (!CSS_PROPERTY.test(body)) return 0;
  DECLARATION.lastIndex = 0;
  let n = 0;
  while (DECLARATION.exec(body)) n++;
  return n;
}

/** The leaked stylesheets of a line, each as one cut that ends a paragraph. */
export function findLeakedStylesheet(text: string): MarkupTag[] {
  if (!text.includes('{')) return [];
  const runs: { start: number; end: number; rules: number; declarations: number }[] = [];
  RULE.lastIndex = 0;
  for (let m = RULE.exec(text); m; m = RULE.exec(text)) {
    const n = declarations(m[2]!);
    if (n === 0) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const last = runs[runs.length - 1];
    if (last && !text.slice(last.end, start).trim()) {
      last.end = m.index + m[0].length;
      last.rules++;
      last.declarations += n;
    } else runs.push({ start, end: m.index + m[0].length, rules: 1, declarations: n });
  }
  const cuts: MarkupTag[] = [];
  for (const run of runs) {
    if (run.rules < 2 && run.declarations < 2) continue;
    const head = text.slice(0, run.start);
    const start = cuts.length === 0 && head.trim().length <= HEAD_SCRAP_MAX && !SENTENCE_MARK.test(head) ? 0 : run.start;
    cuts.push({ start, end: run.end, block: true, rule: 'site-chrome.stylesheet' });
  }
  return cuts;
}
