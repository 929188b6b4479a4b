// One call from a Document to the core's verdicts: extract, then analyze the blocks with
// the hidden junk, site chrome and printed-in notices already set aside (reasons 'hidden',
// 'site-chrome' and 'watermark').
import { analyzeBlocks } from '../core/index';
import type { AnalyzeOptions, BlockAnalysis, Removed, SourceBlock, UserRule } from '../core/types';
import { extractPage } from './extract';
import type { ExtractedPage, IsHidden } from './types';

export interface AnalyzeDocumentOptions {
  isHidden: IsHidden;
  host?: string;
  userRules?: UserRule[];
}

export interface DocumentAnalysis {
  page: ExtractedPage;
  result: BlockAnalysis;
}

export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions): DocumentAnalysis {
  const page = extractPage(doc, { isHidden: options.isHidden, host: options.host });
  const request = coreRequestOf(page, options);
  return { page, result: analyzeBlocks(request.blocks, request.options) };
}

/** What the core is asked about an extracted page: plain data, so it can be analyzed elsewhere. */
export function coreRequestOf(
  page: ExtractedPage,
  options: Pick<AnalyzeDocumentOptions, 'host' | 'userRules'>,
): { blocks: SourceBlock[]; options: AnalyzeOptions } {
  const preRemoved: Removed[] = [
    ...page.hidden.map(({ text }) => ({ text, reason: 'hidden' as const })),
    ...page.chrome.map(({ text }) => ({ text, reason: 'site-chrome' as const })),
    ...page.notices.map(({ text }) => ({ text, reason: 'watermark' as const, rule: 'watermark.printed-notice' })),
  ];
  // plain blocks: the core needs no DOM nodes (and may copy what it is given)
  const blocks = page.blocks.map(({ text, heading }) => (heading ? { text, heading } : { text }));
  return { blocks, options: { host: options.host, pageTitle: page.pageTitle, userRules: options.userRules, preRemoved } };
}
