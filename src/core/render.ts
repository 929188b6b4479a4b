// What users copy: the outline as plain text (pastes cleanly into Word/WPS), as Markdown, and
// the full text. The clipboard's rich flavour for Word/WPS is in word/clipboard-html.ts.
import { hasSentenceEnd } from './stops';
import type { Analysis, OutlineItem } from './types';

export interface OutlineTextOptions {
  /** one level of indentation: two spaces (default) or a tab */
  indent?: string;
  /** leave out items deeper than this level */
  maxDepth?: number;
}

function visible(outline: readonly OutlineItem[], maxDepth = Infinity): OutlineItem[] {
  return outline.filter((item) => item.level <= maxDepth);
}

/** "一、关于…\n  一是推动…": markers as written, indentation by level. */
export function renderOutlineText(outline: readonly OutlineItem[], options: OutlineTextOptions = {}): string {
  const indent = options.indent ?? '  ';
  return visible(outline, options.maxDepth)
    .map((item) => indent.repeat(item.level - 1) + item.marker + item.text)
    .join('\n');
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|]/g;

/** Escapes text so Markdown shows it literally (a leading "1." must not start a list). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => '\\' + c).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])(\s)/, '\\$1$2');
}

/** The outline as a nested Markdown list, markers kept. */
export function renderOutlineMarkdown(outline: readonly OutlineItem[], options: OutlineTextOptions = {}): string {
  return visible(outline, options.maxDepth)
    .map((item) => '  '.repeat(item.level - 1) + '- ' + escapeMarkdown(item.marker + item.text))
    .join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The whole cleaned speech as Markdown: the title as "#", standalone headings by level. */
export function renderMarkdown(analysis: Analysis): string {
  const headings = new Map(analysis.outline.map((item) => [item.marker + item.text, item.level]));
  const out: string[] = [];
  if (analysis.title) out.push('# ' + escapeMarkdown(analysis.title));
  for (const paragraph of analysis.paragraphs) {
    const level = headings.get(paragraph.trim());
    const isStandaloneHeading = level !== undefined && !hasSentenceEnd(paragraph);
    out.push(isStandaloneHeading ? '#'.repeat(Math.min(6, level + 1)) + ' ' + escapeMarkdown(paragraph) : escapeMarkdown(paragraph));
  }
  return out.join('\n\n');
}

/** The whole cleaned speech as plain text: the title, a blank line, one paragraph per line. */
export function renderCleanText(analysis: Analysis): string {
  const body = analysis.paragraphs.join('\n');
  return analysis.title ? `${analysis.title}\n\n${body}` : body;
}
