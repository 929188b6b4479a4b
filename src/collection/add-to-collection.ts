// "加入汇编": one analysed speech into the collection kept in browser.storage.local. Shells load
// this file on the click (the popup's first paint does not carry the duplicate check).
import { collectSpeech } from '../core/collection';
import type { Analysis } from '../core/types';
import { createCollectionStore, type CollectionStorage, type StoreAddOutcome } from './collection-store';

export interface CollectSource {
  /** the page's address; "" for a pasted text or a file */
  url: string;
  /** a file's name for a 清稿台 document; a page's host is read from `url` */
  site?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function addToCollection(
  storage: CollectionStorage,
  analysis: Pick<Analysis, 'title' | 'meta' | 'outline' | 'paragraphs'>,
  source: CollectSource,
  now: Date = new Date(),
): Promise<StoreAddOutcome> {
  const speech = collectSpeech(analysis, { id: crypto.randomUUID(), site: source.site || hostOf(source.url), url: source.url, addedAt: now });
  return createCollectionStore(storage).add(speech);
}
