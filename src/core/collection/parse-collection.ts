// A collection read from outside: the settings file's "collection" (checked whole: any problem
// and the import changes nothing), or storage (read item by item: one damaged speech does not
// cost the others). Problems are named by their path in the file, in English like the
// settings' (src/shared/settings.ts); the options page says them in the user's language.
import type { OutlineItem } from '../types';
import type { CollectedSpeech } from './collected-speech';
import { collectionBytes, MAX_COLLECTED_SPEECHES, MAX_COLLECTION_BYTES } from './collection-limits';

export const COLLECTION_PROBLEM = {
  notList: 'must be a list',
  tooMany: 'more speeches than the collection holds',
  tooLarge: 'larger than the collection holds',
  shape: 'needs id, title, site, url, date and addedAt (text), outline and paragraphs (lists)',
  outlineItem: 'needs level (1 to 9), marker and text',
  addedAt: 'addedAt must be a date',
  repeatedId: 'the same id twice',
} as const;

export interface CollectionProblem {
  path: string;
  message: string;
}

const TEXT_FIELDS = ['id', 'title', 'site', 'url', 'date', 'addedAt'] as const;
const MAX_OUTLINE_LEVEL = 9;

function isOutlineItem(value: unknown): value is OutlineItem {
  const v = value as Partial<OutlineItem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.level === 'number' &&
    Number.isInteger(v.level) &&
    v.level >= 1 &&
    v.level <= MAX_OUTLINE_LEVEL &&
    typeof v.marker === 'string' &&
    typeof v.text === 'string'
  );
}

/** One speech, or the problems that make it unusable (`path` is where it sits: "collection[2]"). */
export function parseCollectedSpeech(value: unknown, path: string): { speech: CollectedSpeech } | { problems: CollectionProblem[] } {
  const v = value as Record<string, unknown> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    Array.isArray(v) ||
    !TEXT_FIELDS.every((field) => typeof v[field] === 'string') ||
    !Array.isArray(v.outline) ||
    !Array.isArray(v.paragraphs) ||
    !v.paragraphs.every((p) => typeof p === 'string') ||
    (v.id as string) === ''
  ) {
    return { problems: [{ path, message: COLLECTION_PROBLEM.shape }] };
  }
  const problems: CollectionProblem[] = [];
  if (Number.isNaN(Date.parse(v.addedAt as string))) problems.push({ path: `${path}.addedAt`, message: COLLECTION_PROBLEM.addedAt });
  (v.outline as unknown[]).forEach((item, i) => {
    if (!isOutlineItem(item)) problems.push({ path: `${path}.outline[${i}]`, message: COLLECTION_PROBLEM.outlineItem });
  });
  if (problems.length) return { problems };
  return {
    speech: {
      id: v.id as string,
      title: v.title as string,
      site: v.site as string,
      url: v.url as string,
      date: v.date as string,
      outline: (v.outline as OutlineItem[]).map(({ level, marker, text }) => ({ level, marker, text })),
      paragraphs: [...(v.paragraphs as string[])],
      addedAt: v.addedAt as string,
    },
  };
}

/** An imported collection, checked whole against the same limits as adding one by one. */
export function parseCollection(value: unknown, path = 'collection'): { items: CollectedSpeech[] } | { problems: CollectionProblem[] } {
  if (!Array.isArray(value)) return { problems: [{ path, message: COLLECTION_PROBLEM.notList }] };
  // counted before any speech is read: a file of 100,000 entries is refused at once
  if (value.length > MAX_COLLECTED_SPEECHES) return { problems: [{ path, message: COLLECTION_PROBLEM.tooMany }] };
  const problems: CollectionProblem[] = [];
  const items: CollectedSpeech[] = [];
  const ids = new Set<string>();
  value.forEach((entry, i) => {
    const read = parseCollectedSpeech(entry, `${path}[${i}]`);
    if ('problems' in read) return void problems.push(...read.problems);
    if (ids.has(read.speech.id)) return void problems.push({ path: `${path}[${i}].id`, message: COLLECTION_PROBLEM.repeatedId });
    ids.add(read.speech.id);
    items.push(read.speech);
  });
  if (!problems.length && collectionBytes(items) > MAX_COLLECTION_BYTES) problems.push({ path, message: COLLECTION_PROBLEM.tooLarge });
  return problems.length ? { problems } : { items };
}

/** What storage holds, speech by speech: a damaged entry (an older version, a hand-edited profile) is left out, the rest kept. */
export function collectionFromStored(value: unknown): CollectedSpeech[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<string>();
  const items: CollectedSpeech[] = [];
  value.forEach((entry, i) => {
    const read = parseCollectedSpeech(entry, `[${i}]`);
    if ('speech' in read && !ids.has(read.speech.id)) {
      ids.add(read.speech.id);
      items.push(read.speech);
    }
  });
  return items;
}
