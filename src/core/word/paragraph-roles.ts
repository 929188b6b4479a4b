// Which paragraphs of the cleaned speech open with a heading-rank item, for writers that give
// headings a Word outline level (the .docx export). The outline is read in document order next
// to the paragraphs: each paragraph takes the items written in it, and it is a heading when the
// first of them stands at its very start and is heading-rank. A heading sentence with body text
// run in after it ("（一）抓基层、打基础。抓好党的基层组织建设……") stays one paragraph, as written:
// the writer sets the heading part in the heading's font and the rest in the body's.
import type { Analysis, OutlineItem } from '../types';
import { isHeadingItem } from './item-kind';

export interface SpeechParagraph {
  /** the paragraph exactly as cleaned */
  text: string;
  /** the heading-rank item that opens it, if any */
  heading?: {
    item: OutlineItem;
    /** characters of `text` the heading takes: marker, space, its words and the punctuation closing them */
    length: number;
  };
}

/** Punctuation that closes a heading sentence and belongs to it. */
const HEADING_CLOSE = /^[。．.！!？?；;：:]/;
const SPACE = /\s/;

/** Where `item` (marker, optional spaces, text) is written in `paragraph` at or after `from`: [start, end] or undefined. */
function findItem(paragraph: string, item: OutlineItem, from: number): [number, number] | undefined {
  for (let at = paragraph.indexOf(item.marker, from); at >= 0; at = paragraph.indexOf(item.marker, at + 1)) {
    let textStart = at + item.marker.length;
    while (textStart < paragraph.length && SPACE.test(paragraph[textStart]!)) textStart++;
    if (paragraph.startsWith(item.text, textStart)) return [at, textStart + item.text.length];
  }
  return undefined;
}

/** Leading white space of a paragraph: a heading may still "open" it. */
function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/**
 * The speech's paragraphs in order, each marked with the heading-rank item that opens it.
 * An item the walk cannot place in the paragraph at hand is looked for in the next ones; one
 * found nowhere is skipped, so a single odd item never hides the headings after it.
 */
export function speechParagraphs(analysis: Pick<Analysis, 'paragraphs' | 'outline'>): SpeechParagraph[] {
  const { paragraphs, outline } = analysis;
  const placed = placeItems(paragraphs, outline);
  return paragraphs.map((text, index) => {
    const first = placed[index];
    if (!first || first.start !== leadingSpace(text) || !isHeadingItem(first.item)) return { text };
    let length = first.end;
    if (HEADING_CLOSE.test(text.slice(length))) length++;
    return { text, heading: { item: first.item, length } };
  });
}

interface Placement {
  item: OutlineItem;
  start: number;
  end: number;
}

/** For each paragraph, the first outline item written in it (if any), walking both lists once. */
function placeItems(paragraphs: readonly string[], outline: readonly OutlineItem[]): (Placement | undefined)[] {
  const firsts: (Placement | undefined)[] = paragraphs.map(() => undefined);
  let paragraph = 0;
  let offset = 0;
  for (const item of outline) {
    // look in the current paragraph from where the last item ended, then in the following ones
    let found: [number, number] | undefined;
    let at = paragraph;
    for (let from = offset; at < paragraphs.length; at++, from = 0) {
      found = findItem(paragraphs[at]!, item, from);
      if (found) break;
    }
    if (!found) continue; // not written in any later paragraph: skipped, the walk stays where it was
    paragraph = at;
    offset = found[1];
    firsts[at] ??= { item, start: found[0], end: found[1] };
  }
  return firsts;
}
