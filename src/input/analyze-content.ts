// A document's content → Analysis: text straight to the core, an HTML page through the DOM
// shell (article extraction, hidden junk, site chrome) with the static hidden check, a Word
// file's paragraphs as blocks (its headings and Title marked, as a page's <h1>–<h6> are).
import { analyzeBlocks, analyzeText } from '../core/analyze';
import type { Analysis, AnalyzeOptions, SourceBlock, UserRule } from '../core/types';
import { analyzeDocument } from '../dom/analyze-document';
import { createStaticIsHidden } from '../dom/hidden-static';
import { pageHostOf } from '../dom/page-host';
import type { DocxParagraph } from './docx-paragraphs';
import type { DocumentContent } from './document-content';

export interface AnalyzeContentOptions {
  /** HTML → Document: linkedom in the command line, DOMParser in the extension */
  parseHtml(html: string): Document;
  host?: string;
  /** the user's own noise rules (the options page), as on web pages */
  userRules?: UserRule[];
}

export function docxBlocks(paragraphs: readonly DocxParagraph[]): SourceBlock[] {
  return paragraphs.map(({ text, outlineLevel, title }) => (outlineLevel !== undefined || title ? { text, heading: true } : { text }));
}

export function analyzeContent(content: DocumentContent, options: AnalyzeContentOptions): Analysis {
  const { host, userRules } = options;
  const common: AnalyzeOptions = { ...(host ? { host } : {}), ...(userRules?.length ? { userRules } : {}) };
  switch (content.kind) {
    case 'text':
      return analyzeText(content.text, common);
    case 'html': {
      const doc = options.parseHtml(content.html);
      return analyzeDocument(doc, { isHidden: createStaticIsHidden(doc), host: host ?? pageHostOf(doc), userRules: common.userRules }).result.analysis;
    }
    case 'docx': {
      const pageTitle = content.paragraphs.find((p) => p.title)?.text;
      return analyzeBlocks(docxBlocks(content.paragraphs), { ...common, ...(pageTitle ? { pageTitle } : {}) }).analysis;
    }
  }
}
