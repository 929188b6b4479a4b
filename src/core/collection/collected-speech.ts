// One speech in the 提纲汇编 (issue 10 §3): what a writer gathering material on a topic keeps of
// it — where it came from and when, its outline, and its cleaned text (the text is what tells a
// repost of the same speech from another speech on the same topic).
import type { Analysis, OutlineItem } from '../types';

export interface CollectedSpeech {
  /** stable identity inside the collection (reorder, remove); made by the shell */
  id: string;
  title: string;
  /** where it came from: a host name ("www.gongwenhui.com"), or a file name for a 清稿台 document */
  site: string;
  /** the page's address; "" for a pasted text or a file */
  url: string;
  /** the speech's own date as the page gave it ("2023-04-18"), "" when none */
  date: string;
  outline: OutlineItem[];
  /** the cleaned paragraphs, in order */
  paragraphs: string[];
  /** when it was added, ISO 8601 */
  addedAt: string;
}

export interface SpeechSource {
  id: string;
  site: string;
  url: string;
  addedAt: Date;
}

/** The collected form of an analysis; outline items and paragraphs are copied, not shared. */
export function collectSpeech(analysis: Pick<Analysis, 'title' | 'meta' | 'outline' | 'paragraphs'>, source: SpeechSource): CollectedSpeech {
  return {
    id: source.id,
    title: analysis.title.trim(),
    site: source.site || analysis.meta.host || '',
    url: source.url,
    date: analysis.meta.date ?? '',
    outline: analysis.outline.map(({ level, marker, text }) => ({ level, marker, text })),
    paragraphs: [...analysis.paragraphs],
    addedAt: source.addedAt.toISOString(),
  };
}
