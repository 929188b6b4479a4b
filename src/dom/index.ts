// The DOM shell's public surface, shared by the content script and the CLI.
export type { ExtractedPage, IsHidden, PageBlock, SetAside, TextSegment } from './types';
export { extractPage, extractPageSteps, type ExtractOptions } from './extract';
export { analyzeDocument, coreRequestOf, type AnalyzeDocumentOptions, type DocumentAnalysis } from './analyze-document';
export { createStaticIsHidden } from './hidden-static';
export { createComputedIsHidden } from './hidden-computed';
export { decodeHtmlBytes, decodeTextBytes, UndecodableError } from './decode';
export { pageHostOf } from './page-host';
export { stripSiteSuffix } from './page-title';
