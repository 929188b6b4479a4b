// The collection as one Markdown or plain-text document: each speech's title, the line saying
// where it came from, and its outline with the markers as written. The .docx of the same
// content is src/export/docx/collection-blocks.ts.
import { escapeMarkdown, renderOutlineMarkdown, renderOutlineText } from '../render';
import type { CollectedSpeech } from './collected-speech';

export interface CollectionLabels {
  /** the document's heading */
  heading: string;
  /** before the source facts: "来源：" */
  source: string;
  /** a speech with no title */
  untitled: string;
  /** a speech whose outline is empty */
  noOutline: string;
}

/** The exported document is Chinese whatever the browser's language: so are the speeches. */
export const CHINESE_COLLECTION_LABELS: CollectionLabels = {
  heading: '提纲汇编',
  source: '来源：',
  untitled: '（无标题）',
  noOutline: '（未识别出提纲）',
};

/** "来源：www.gongwenhui.com　http://…/1.html　2023-04-18": what is known, in that order. */
export function sourceLine(item: CollectedSpeech, labels: CollectionLabels = CHINESE_COLLECTION_LABELS): string {
  const facts = [item.site, item.url, item.date].filter((fact) => fact.trim() !== '');
  return labels.source + facts.join('　');
}

export const speechTitle = (item: CollectedSpeech, labels: CollectionLabels = CHINESE_COLLECTION_LABELS) => item.title || labels.untitled;

/** "# 提纲汇编", then per speech "## title", the source line and the outline as a nested list. */
export function renderCollectionMarkdown(items: readonly CollectedSpeech[], labels: CollectionLabels = CHINESE_COLLECTION_LABELS): string {
  const parts = ['# ' + escapeMarkdown(labels.heading)];
  for (const item of items) {
    parts.push('## ' + escapeMarkdown(speechTitle(item, labels)));
    parts.push(escapeMarkdown(sourceLine(item, labels)));
    parts.push(item.outline.length ? renderOutlineMarkdown(item.outline) : escapeMarkdown(labels.noOutline));
  }
  return parts.join('\n\n') + '\n';
}

/** The heading, then per speech its title, the source line and the outline indented two spaces a level. */
export function renderCollectionText(items: readonly CollectedSpeech[], labels: CollectionLabels = CHINESE_COLLECTION_LABELS): string {
  const parts = [labels.heading];
  for (const item of items) {
    const outline = item.outline.length ? renderOutlineText(item.outline) : labels.noOutline;
    parts.push([speechTitle(item, labels), sourceLine(item, labels), outline].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
