// The article's own pager, read purely from its address and links (see find-pager.ts).
export { findArticlePager, MAX_MERGED_PAGES, type ArticlePage, type ArticlePager, type PagerLink } from './find-pager';
export { pagerLabelOf, statedPageCount, type PagerLabel } from './pager-labels';
export { isListAddress, pageReadingsOf, type PageNumber, type PageReading } from './page-url';
