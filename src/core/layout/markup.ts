// HTML a site leaked into its text ("<p class="ql-block">同学们:</p><p class="ql-block"> 秋风…"):
// the tags go, and the block-level ones still say where the paragraphs break.
import type { RemovedReason } from '../types';
import type { Span } from '../watermark';

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,300})?\s?\/?>/g;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'tr', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'video', 'audio', 'figure', 'center', 'form', 'fieldset', 'nav', 'header', 'footer', 'aside', 'main', 'iframe', 'object', 'canvas', 'menu', 'dir', 'pre', 'xmp', 'listing']);
// media and empty elements too: hijacked pages print runs of "<source id="rvwsq"></source>" as text, of any
// element a kit picks ("<rp id="b40sa"><menu id="b40sa"></menu></rp>", "<progress id="b40sa"></progress>")
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'u', 'font', 'a', 'img', 'sup', 'sub', 'small', 'label', 'td', 'tbody', 'thead', 'th', 'source', 'track', 'wbr', 'ins', 'del', 'abbr', 'cite', 'dfn', 'kbd', 'var', 'mark', 'code', 's', 'big', 'tt', 'q', 'bdo', 'address', 'acronym', 'legend', 'input', 'button', 'select', 'option', 'textarea', 'embed', 'param', 'time', 'rp', 'rt', 'ruby', 'progress', 'meter', 'output', 'strike', 'nobr', 'optgroup', 'datalist', 'map', 'area', 'samp']);
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
  if (tags.length < MIN_TAGS) return [];
  // A list's number before tags that hold nothing ("1. <wbr id="rvwsq"></wbr>") is the list's, not a point.
  const number = LIST_NUMBER.exec(text.slice(0, tags[0]!.start));
  if (number && !VISIBLE_TEXT.test(textBetween(text, tags))) tags.unshift({ start: number.index + number[0].search(/\S/), end: tags[0]!.start, block: false });
  return tags;
}
const LIST_NUMBER = /^\s*[0-9]{1,3}[.、]\s*$/;
const VISIBLE_TEXT = /[^\s]/;

/** The text after the first tag that no tag covers. */
function textBetween(text: string, tags: readonly MarkupTag[]): string {
  let out = '';
  for (let i = 0; i < tags.length; i++) out += text.slice(tags[i]!.end, i + 1 < tags.length ? tags[i + 1]!.start : text.length);
  return out;
}
