// Analysis → the blocks of the two documents "下载 Word" offers: the whole cleaned speech, and
// its outline. Markers stay in the text as written (no Word numbering): the document reads like
// the speech, and the outline level comes from the heading style.
import type { Analysis } from '../../core/types';
import { isHeadingItem } from '../../core/word/item-kind';
import { speechParagraphs } from '../../core/word/paragraph-roles';
import type { WordBlock } from './word-blocks';

/** A salutation line ("同志们：", "各位领导、同志们："): short, ends with a colon, no sentence in it. */
const SALUTATION = /^[^。！？!?]{1,40}[：:]$/;

/** The title, then every paragraph in order, heading-rank items as headings with their level. */
export function speechBlocks(analysis: Pick<Analysis, 'title' | 'paragraphs' | 'outline'>): WordBlock[] {
  const blocks: WordBlock[] = analysis.title ? [{ kind: 'title', text: analysis.title }] : [];
  speechParagraphs(analysis).forEach((paragraph, index) => {
    if (paragraph.heading) {
      blocks.push({ kind: 'heading', level: paragraph.heading.item.level, text: paragraph.text, headingLength: paragraph.heading.length });
    } else {
      const flush = index === 0 && SALUTATION.test(paragraph.text.trim());
      blocks.push(flush ? { kind: 'body', text: paragraph.text, flush } : { kind: 'body', text: paragraph.text });
    }
  });
  return blocks;
}

export interface OutlineBlocksOptions {
  /** leave out items deeper than this level (the popup's depth chooser) */
  maxDepth?: number;
}

/** The title, then each outline item as its marker and words, indented by level; heading-rank items as headings. */
export function outlineBlocks(analysis: Pick<Analysis, 'title' | 'outline'>, options: OutlineBlocksOptions = {}): WordBlock[] {
  const maxDepth = options.maxDepth ?? Infinity;
  const blocks: WordBlock[] = analysis.title ? [{ kind: 'title', text: analysis.title }] : [];
  for (const item of analysis.outline) {
    if (item.level > maxDepth) continue;
    const text = item.marker + item.text;
    const indentLevels = item.level - 1;
    blocks.push(
      isHeadingItem(item)
        ? { kind: 'heading', level: item.level, text, headingLength: text.length, indentLevels }
        : { kind: 'body', text, indentLevels },
    );
  }
  return blocks;
}
