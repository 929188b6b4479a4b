// 合并全部 N 页: fetches the article's other pages one at a time (same origin, addresses from the
// article's own pager only, at most 20 pages in all), and appends each page's body in place after
// the first page's body — before the pager — through the journal, so undo takes every appended
// node out again and the page is exactly as it was. Pages are fetched in order and the merge
// stops at the first page it cannot use: a gap would splice the speech wrongly.
import { findArticlePager, MAX_MERGED_PAGES, type ArticlePage } from '../../core/pagination/index';
import { decodeFetchedPage, readFetchedPage, type PagerInDocument, type PageRefusal } from '../../dom/pagination/index';
import type { DomJournal } from '../dom-journal';
import { PageFetchError, type FetchPage } from './page-fetch';

export const PAGE_ATTRIBUTE = 'data-qinggao-page';

export interface MergeProgress {
  /** the page being fetched now */
  page: number;
  /** the pages known so far (it may grow: a later page's pager can show more) */
  total: number;
}

export type MergeStop =
  | { kind: 'refused'; page: number; reason: PageRefusal | PageFetchError['reason'] }
  | { kind: 'cancelled'; page: number };

export interface FetchedPages {
  /** the bodies of the pages after the first, in page order, not yet in the document */
  bodies: { page: number; body: DocumentFragment }[];
  /** the title as later pages repeated it, taken out of their bodies (duplicate titles) */
  repeatedTitles: string[];
  /** why it ended before the last page, if it did */
  stopped?: MergeStop;
}

export interface CollectOptions {
  /** the live page's document (the bodies are made for it) */
  doc: Document;
  /** the first page's address (the tab's) */
  pageUrl: string;
  pager: PagerInDocument;
  /** the article's title on the first page (a later page's repeat of it is taken out) */
  title: string;
  fetchPage: FetchPage;
  parseHtml: (html: string) => Document;
  signal: AbortSignal;
  onProgress?: (progress: MergeProgress) => void;
}

/**
 * Where page 2 goes: before the pager when the pager sits in the article (the block holding it
 * that comes after the first page's text), else at the article's end.
 */
export function insertionPointOf(container: Element, pagerLinks: readonly Element[]): { parent: Element; before: Node | null } {
  const link = pagerLinks.find((element) => container.contains(element));
  if (!link) return { parent: container, before: null };
  let block: Element = link;
  while (block.parentElement && block.parentElement !== container) {
    const parent: Element = block.parentElement;
    if (isBlock(parent) && hasTextBefore(parent)) return { parent: parent.parentElement!, before: parent };
    block = parent;
  }
  return { parent: container, before: block };
}

// a pager's own pieces: the block that holds the whole pager is above them
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'LI', 'U', 'SMALL', 'LABEL']);
const isBlock = (element: Element): boolean => !INLINE.has(element.tagName);

function hasTextBefore(element: Element): boolean {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if ((node.textContent ?? '').trim()) return true;
  }
  return false;
}

/**
 * Fetches the pages after the current one, one at a time, each address from a pager of the
 * article (the first page's, or a fetched page's, read as the first page's); the document is
 * not touched, so a cancel leaves nothing to undo.
 */
export async function fetchArticlePages(options: CollectOptions): Promise<FetchedPages> {
  const { doc, pageUrl, pager, title, fetchPage, parseHtml, signal, onProgress } = options;
  const known = new Map<number, string>();
  const learn = (pages: readonly ArticlePage[]): void => {
    for (const { page, url } of pages) if (page > pager.current && !known.has(page)) known.set(page, url);
  };
  learn(pager.pages);
  let total = Math.max(pager.total, ...known.keys());
  const bodies: FetchedPages['bodies'] = [];
  const repeatedTitles: string[] = [];
  const last = pager.current + MAX_MERGED_PAGES - 1;
  const cancelled = (page: number): FetchedPages => ({ bodies, repeatedTitles, stopped: { kind: 'cancelled', page } });

  for (let next = pager.current + 1; next <= Math.min(total, last); next++) {
    const url = known.get(next);
    if (url === undefined) break; // no pager shows this page's address: the merge ends here
    if (signal.aborted) return cancelled(next);
    onProgress?.({ page: next, total: Math.min(total, last) });
    let html: string;
    let finalUrl: string;
    try {
      const fetched = await fetchPage(url, signal);
      html = decodeFetchedPage(fetched.bytes, fetched.contentType);
      finalUrl = fetched.url;
    } catch (error) {
      if (signal.aborted) return cancelled(next);
      const reason = error instanceof PageFetchError ? error.reason : 'network';
      return { bodies, repeatedTitles, stopped: { kind: 'refused', page: next, reason } };
    }
    if (signal.aborted) return cancelled(next);
    const parsed = parseHtml(html);
    const page = readFetchedPage(parsed, finalUrl, doc, [title]);
    if (!page.ok) return { bodies, repeatedTitles, stopped: { kind: 'refused', page: next, reason: page.reason } };
    repeatedTitles.push(...page.repeatedTitles);
    const more = findArticlePager(pageUrl, page.links);
    if (more) {
      learn(more.pages);
      total = Math.max(total, more.total, ...known.keys());
    }
    bodies.push({ page: next, body: page.body });
  }
  return { bodies, repeatedTitles };
}

/** Puts the fetched bodies in place after the first page's body, each in its own marked box, through the journal. */
export function appendArticlePages(
  container: Element,
  pagerLinks: readonly Element[],
  bodies: FetchedPages['bodies'],
  journal: DomJournal,
): void {
  const { parent, before } = insertionPointOf(container, pagerLinks);
  const doc = container.ownerDocument;
  for (const { page, body } of bodies) {
    const box = doc.createElement('div');
    box.setAttribute(PAGE_ATTRIBUTE, String(page));
    box.append(body);
    journal.insert(box, parent, before);
  }
}
