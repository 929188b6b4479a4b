// The core's public surface: everything a shell may import from `src/core`.
export * from './types';
export { analyzeBlocks, analyzeText, splitTextIntoBlocks } from './analyze';
export {
  renderOutlineText,
  renderOutlineMarkdown,
  renderMarkdown,
  renderCleanText,
  escapeHtml,
  escapeMarkdown,
  type OutlineTextOptions,
} from './render';
export { renderOutlineClipboardHtml, renderTextClipboardHtml, type ClipboardHtmlOptions } from './word/clipboard-html';
export { stripInvisible, INVISIBLE_CHARS } from './normalize';
export { compileUserRules, type CompiledUserRule } from './user-rules';
export { TEMPLATE_SITES, templateSiteOf, templateSiteMatchPatterns, type TemplateSite } from './rules/sites';
