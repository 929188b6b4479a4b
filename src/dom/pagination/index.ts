// Reading pagers and fetched pages in the DOM (pure reading; fetching and appending is the
// content script's: src/content/pagination).
export { pagerLinksOf, readArticlePager, type PagerInDocument } from './read-pager';
export { decodeFetchedPage, headerCharset } from './decode-page';
export { isLoginPage, readFetchedPage, type FetchedArticlePage, type PageRefusal } from './fetched-page';
