// The article's own pager, read purely from its address and links (see find-pager.ts), and what
// a merge can do with it (merge-plan.ts).
export { findArticlePager, MAX_MERGED_PAGES, type ArticlePage, type ArticlePager, type PagerLink } from './find-pager';
export { mergesByPages, planMerge, speechTextLength, wholeTextSuffices, type MergePlan } from './merge-plan';
export { pagerLabelOf, statedPageCount, type PagerLabel } from './pager-labels';
export { isListAddress, pageReadingsOf, type PageNumber, type PageReading } from './page-url';
