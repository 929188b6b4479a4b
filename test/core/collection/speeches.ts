// Real speeches for the collection's tests: the shared seeds and real-text corpus, the
// subscription texts, each read by the engine as a shell would, and reposts of them made the
// way template sites repost each other.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../../src/core/analyze';
import { collectSpeech, type CollectedSpeech } from '../../../src/core/collection';
import type { Analysis } from '../../../src/core/types';
import { SHARED } from '../seeds';

const TEXTS = join(dirname(fileURLToPath(import.meta.url)), '../../texts');
export const REAL_TEXT = join(SHARED, 'corpus/real-text');

export const seedText = (name: string) => readFileSync(join(SHARED, 'seeds', name), 'utf8');
export const corpusText = (name: string) => readFileSync(join(REAL_TEXT, name, 'page.txt'), 'utf8');
export const subscriptionText = (slug: string) => readFileSync(join(TEXTS, slug + '.txt'), 'utf8');
export const corpusNames = () => readdirSync(REAL_TEXT).filter((name) => /^\d/.test(name)).sort();

let counter = 0;
export function collected(analysis: Analysis, site = 'www.gongwenhui.com', url = `http://${site}/a/${++counter}.html`): CollectedSpeech {
  return collectSpeech(analysis, { id: `speech-${++counter}`, site, url, addedAt: new Date(Date.UTC(2026, 11, 1, 20, counter % 60)) });
}

export interface RepostOptions {
  /** the other site's brand, glued into every third paragraph */
  watermark: string;
  /** the title as the other site decorates it */
  title: (title: string) => string;
  /** lines the other site prints above and below the speech */
  head: string[];
  foot: string[];
  /** paragraphs (by index) the reposter rewrote */
  rewrite?: Record<number, string>;
  /** the last paragraphs the reposter left out */
  dropLast?: number;
}

/** The speech as another template site would publish it: its own title decoration, watermark, furniture; a few lines changed. */
export function repost(original: Analysis, options: RepostOptions): string {
  const kept = original.paragraphs.slice(0, original.paragraphs.length - (options.dropLast ?? 0));
  const body = kept.map((paragraph, i) => {
    const text = options.rewrite?.[i] ?? paragraph;
    if (i % 3 !== 1) return text;
    const middle = text.indexOf('，', Math.floor(text.length / 2));
    return middle > 0 ? text.slice(0, middle + 1) + options.watermark + text.slice(middle + 1) : text + options.watermark;
  });
  return [...options.head, options.title(original.title), '', ...body.flatMap((p) => [p, '']), ...options.foot].join('\n');
}

export const analyzed = (text: string) => analyzeText(text);
