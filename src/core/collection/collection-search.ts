// Search in the collection's titles and outlines (not the full text: the panel is for finding
// a speech by what it is about and how it is built). Spaces and script are ignored on both
// sides, so 安全 生产 finds 安全生产 and 講話 finds 讲话.
import { foldScript } from '../script/fold';
import type { CollectedSpeech } from './collected-speech';

const SPACE = /\s+/gu;
const searchable = (text: string) => foldScript(text.normalize('NFKC')).toLowerCase().replace(SPACE, '');

export interface SearchHit {
  item: CollectedSpeech;
  /** the title holds the query */
  inTitle: boolean;
  /** the outline items (marker + text) that hold it */
  outlineItems: number[];
}

/** The speeches whose title or outline holds `query`, in collection order; all of them for an empty query. */
export function searchCollection(items: readonly CollectedSpeech[], query: string): SearchHit[] {
  const needle = searchable(query);
  if (needle === '') return items.map((item) => ({ item, inTitle: false, outlineItems: [] }));
  const hits: SearchHit[] = [];
  for (const item of items) {
    const inTitle = searchable(item.title).includes(needle);
    const outlineItems: number[] = [];
    item.outline.forEach((entry, index) => {
      if (searchable(entry.marker + entry.text).includes(needle)) outlineItems.push(index);
    });
    if (inTitle || outlineItems.length) hits.push({ item, inTitle, outlineItems });
  }
  return hits;
}
