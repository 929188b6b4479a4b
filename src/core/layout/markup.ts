// HTML a site leaked into its text ("<p class="ql-block">同学们:</p><p class="ql-block"> 秋风…"):
// the tags go, and the block-level ones still say where the paragraphs break.
import type { RemovedReason } from '../types';
import type { Span } from '../watermark';

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,300})?\s?\/?>/g;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'tr', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'u', 'font', 'a', 'img', 'sup', 'sub', 'small', 'label', 'td', 'tbody', 'thead', 'th']);
/** One stray "<b>" is no leak; a leak repeats. */
const MIN_TAGS = 2;

export interface MarkupTag extends Span {
  /** a paragraph breaks here */
  block: boolean;
  /** the rule that names it in `removed` (leaked HTML when not given) */
  rule?: string;
  /** why it goes (site chrome when not given) */
  reason?: RemovedReason;
}

/** The leaked tags of a line, or nothing when the line holds no markup to speak of. */
export function findLeakedTags(text: string): MarkupTag[] {
  if (!text.includes('<')) return [];
  const tags: MarkupTag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = m[1]!.toLowerCase();
    if (BLOCK_TAGS.has(name) || INLINE_TAGS.has(name)) tags.push({ start: m.index, end: m.index + m[0].length, block: BLOCK_TAGS.has(name) });
  }
  return tags.length >= MIN_TAGS ? tags : [];
}
