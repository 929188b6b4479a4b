// PLACEHOLDER until the real renderers land.
import type { Analysis, OutlineItem } from './types';

export interface OutlineTextOptions {
  indent?: string;
  maxDepth?: number;
}
export function renderOutlineText(outline: OutlineItem[], options: OutlineTextOptions = {}): string {
  const indent = options.indent ?? '  ';
  return outline
    .filter((i) => i.level <= (options.maxDepth ?? Infinity))
    .map((i) => indent.repeat(i.level - 1) + i.marker + i.text)
    .join('\n');
}
export function renderOutlineMarkdown(outline: OutlineItem[], options: OutlineTextOptions = {}): string {
  return renderOutlineText(outline, options);
}
export function renderOutlineHtml(outline: OutlineItem[], options: OutlineTextOptions = {}): string {
  return renderOutlineText(outline, options);
}
export function renderMarkdown(analysis: Analysis): string {
  return analysis.paragraphs.join('\n\n');
}
export function renderCleanText(analysis: Analysis): string {
  return [analysis.title, ...analysis.paragraphs].filter(Boolean).join('\n');
}
