// Finds the article's own pager among a page's links, purely: the page's address and its links
// (address resolved, text, and the text of the line they sit in) in, the article's other pages
// out. A link counts when it leads to another page of this very article (same origin, the same
// address but for the page slot: page-url.ts) and its text is a pager label (pager-labels.ts).
// A site's list of other articles, 上一篇/下一篇, a list page's pager, another host or a login
// link fail one of the two.
import { labelAgrees, pagerLabelOf, statedPageCount } from './pager-labels';
import { isListAddress, MAX_PAGE_NUMBER, pageReadingsOf, type PageNumber, type PageReading } from './page-url';

export interface PagerLink {
  /** the link's address, resolved against the page */
  href: string;
  /** the link's visible text */
  text: string;
  /** the text of the block the link sits in ("第1页 共3页 上一页 1 2 3 下一页"), for a stated count */
  lineText?: string;
}

export interface ArticlePage {
  page: number;
  url: string;
}

export interface ArticlePager {
  /** the page this address is (1 for the first) */
  current: number;
  /** how many pages the pager shows: the largest page linked or stated (共N页) */
  total: number;
  /** the other pages' addresses found, in page order (the current one left out) */
  pages: ArticlePage[];
  /** a one-page full text of the article (全文阅读), when the pager offers one */
  whole?: string;
}

/** The most pages one merge fetches (the first page is the one shown). */
export const MAX_MERGED_PAGES = 20;

function parse(href: string, base?: URL): URL | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The page `link` is of the article at `current`, read through one of its readings. */
function pageOfArticle(current: PageReading[], link: URL): { reading: PageReading; page: PageNumber } | undefined {
  for (const mine of current) {
    for (const theirs of pageReadingsOf(link)) {
      if (theirs.key === mine.key) return { reading: mine, page: theirs.page };
    }
  }
  return undefined;
}

/**
 * The article's pager when `links` hold one: at least one other page of the same article behind
 * a pager label. Undefined for a page without one, and for a list page (index_2.html pages
 * through other articles).
 */
export function findArticlePager(pageUrl: string, links: readonly PagerLink[]): ArticlePager | undefined {
  const here = parse(pageUrl);
  if (!here || isListAddress(here)) return undefined;
  here.hash = '';
  const readings = pageReadingsOf(here);
  const found = new Map<number, string>();
  let whole: string | undefined;
  let stated = 0;
  let current: number | undefined;

  for (const link of links) {
    const label = pagerLabelOf(link.text);
    if (!label) continue;
    const url = parse(link.href, here);
    if (!url || url.origin !== here.origin) continue;
    url.hash = '';
    const match = pageOfArticle(readings, url);
    if (!match || !labelAgrees(label, match.page)) continue;
    const myPage = match.reading.page;
    if (myPage === 'all') return undefined; // this address is the full text already
    if (match.page === myPage) continue; // this page itself ("1", 上一页 on page 1)
    if (match.page === 'all') whole ??= url.href;
    else if (!found.has(match.page)) found.set(match.page, url.href);
    current ??= myPage;
    if (link.lineText) stated = Math.max(stated, Math.min(statedPageCount(link.lineText) ?? 0, MAX_PAGE_NUMBER));
  }

  if (found.size === 0 && whole === undefined) return undefined;
  const pages = [...found].sort(([a], [b]) => a - b).map(([page, url]) => ({ page, url }));
  const linked = pages.reduce((max, { page }) => Math.max(max, page), current ?? 1);
  return { current: current ?? 1, total: Math.max(linked, stated), pages, ...(whole ? { whole } : {}) };
}
