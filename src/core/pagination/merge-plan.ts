// What 合并全部 N 页 can do from the page the reader is on, purely from its pager: load the
// article's one-page full text (全文阅读, 单页阅读 …) when the pager offers one, else — or when
// that page turns out unusable — fetch the other pages one by one. From page k the pages
// before it go before its text and the pages after it after; that needs every page 1..k-1's
// address from this page's pager (a gap at the start would make a speech without its opening).
import { MAX_MERGED_PAGES, type ArticlePage, type ArticlePager } from './find-pager';

export interface MergePlan {
  /** the page shown (1 for the first) */
  current: number;
  /** how many pages the pager shows */
  total: number;
  /** the article's one-page full text, tried first */
  whole?: string;
  /** pages 1..current-1, in order — all of them, or none when page by page is not possible */
  before: ArticlePage[];
  /** the pages after the current one known now, in order (a fetched page's pager may show more) */
  after: ArticlePage[];
}

/** The merge this pager allows, or undefined when it allows none. */
export function planMerge(pager: ArticlePager): MergePlan | undefined {
  const before = pager.pages.filter((p) => p.page < pager.current);
  const after = pager.pages.filter((p) => p.page > pager.current);
  // pages hold one address per page number: pages 1..k-1 are all known when there are k-1 of them
  // (and at most MAX_MERGED_PAGES in all: from page 25 the opening pages alone are too many)
  const startKnown = before.length === pager.current - 1 && pager.current <= MAX_MERGED_PAGES;
  const byPages = startKnown && before.length + after.length > 0;
  if (!byPages && pager.whole === undefined) return undefined;
  return {
    current: pager.current,
    total: pager.total,
    ...(pager.whole !== undefined ? { whole: pager.whole } : {}),
    before: byPages ? before : [],
    after: byPages ? after : [],
  };
}

/** Whether the plan can fall back to fetching page by page. */
export function mergesByPages(plan: MergePlan): boolean {
  return plan.before.length + plan.after.length > 0;
}

/** The text a reading of a page counts as speech: its paragraphs, whitespace aside. */
export function speechTextLength(paragraphs: readonly string[]): number {
  let length = 0;
  for (const paragraph of paragraphs) {
    for (const char of paragraph) if (char.trim() !== '') length++;
  }
  return length;
}

/**
 * Whether the one-page full text can stand in for the page shown: it reads as a speech and
 * holds more of it than this page does. A "full text" link may lead to a preview cut short by
 * a paywall, to this page again, or to a page of something else; each of these fails here and
 * the merge goes page by page instead.
 */
export function wholeTextSuffices(page: { paragraphs: readonly string[] }, whole: { isSpeech: boolean; paragraphs: readonly string[] }): boolean {
  return whole.isSpeech && speechTextLength(whole.paragraphs) > speechTextLength(page.paragraphs);
}
