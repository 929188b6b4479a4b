// Document → what the core needs: the article's blocks (tied to their text nodes), the hidden
// junk and site chrome set aside inside the article, and the page's title. Reads only: the
// document is never changed. In one go (extractPage), or as steps the content script runs in
// slices on a large page (extractPageSteps, resumable.ts): the same walks either way.
import { collectBlocksSteps } from './collect-blocks';
import { findArticleBoxSteps } from './container';
import { pageTitleOf } from './page-title';
import { runToEnd, type Resumable } from './resumable';
import { createChromeCheck } from './site-chrome';
import type { ExtractedPage, IsHidden } from './types';

export type { ExtractedPage, IsHidden, PageBlock, SetAside, TextSegment } from './types';

export interface ExtractOptions {
  isHidden: IsHidden;
  /** the page's host, when known: its name is dropped from document.title ("… - The Verge") */
  host?: string;
}

export function extractPage(doc: Document, options: ExtractOptions): ExtractedPage {
  return runToEnd(extractPageSteps(doc, options));
}

export function* extractPageSteps(doc: Document, options: ExtractOptions): Resumable<ExtractedPage> {
  const { isHidden, host } = options;
  const { container, holdsNoCjk } = yield* findArticleBoxSteps(doc);
  const pageTitle = pageTitleOf(doc, container, isHidden, host);
  if (!container) return { container, blocks: [], hidden: [], chrome: [], notices: [], pageTitle };
  const collected = yield* collectBlocksSteps(container, isHidden, createChromeCheck(container, isHidden, holdsNoCjk));
  return { container, pageTitle, ...collected };
}
