// Document → what the core needs: the article's blocks (tied to their text nodes), the hidden
// junk and site chrome set aside inside the article, and the page's title. Reads only: the
// document is never changed.
import { collectBlocks } from './collect-blocks';
import { findArticleContainer } from './container';
import { pageTitleOf } from './page-title';
import { createChromeCheck } from './site-chrome';
import type { ExtractedPage, IsHidden } from './types';

export type { ExtractedPage, IsHidden, PageBlock, SetAside, TextSegment } from './types';

export interface ExtractOptions {
  isHidden: IsHidden;
  /** the page's host, when known: its name is dropped from document.title ("… - The Verge") */
  host?: string;
}

export function extractPage(doc: Document, options: ExtractOptions): ExtractedPage {
  const { isHidden, host } = options;
  const container = findArticleContainer(doc);
  const pageTitle = pageTitleOf(doc, container, isHidden, host);
  if (!container) return { container, blocks: [], hidden: [], chrome: [], notices: [], pageTitle };
  return { container, pageTitle, ...collectBlocks(container, isHidden, createChromeCheck(container, isHidden)) };
}
