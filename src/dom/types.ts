// What the DOM shell reads out of a page: the article's blocks (mapped back to their text
// nodes, so in-page cleaning can cut exactly what the core decided) and what it set aside.
import type { SourceBlock } from '../core/types';

/** Tells whether an element hides itself and everything inside it. */
export type IsHidden = (element: Element) => boolean;

/** One text node of a block; `start`/`end` index the block's text and span the whole node. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * A block of the article. `text` is exactly the concatenation of its segments' node data,
 * untouched (whitespace included): the core's cut offsets map straight back to text nodes.
 */
export interface PageBlock extends SourceBlock {
  segments: TextSegment[];
  /** the block's own element (p, div, td, li, h2 …) */
  element: Element;
}

/** An element set aside before the core sees the text, with its text for review. */
export interface SetAside {
  element: Element;
  text: string;
}

export interface ExtractedPage {
  /** the article container found (null for a document without a body) */
  container: Element | null;
  /** in document order */
  blocks: PageBlock[];
  /** hidden junk inside the container (removed reason 'hidden') */
  hidden: SetAside[];
  /** site chrome inside the container: 相关推荐, 上一篇/下一篇 … (removed reason 'site-chrome') */
  chrome: SetAside[];
  /** site notices printed into a paragraph as elements of their own (removed reason 'watermark') */
  notices: SetAside[];
  /** the <h1> text, else document.title without the site suffix */
  pageTitle: string;
}
