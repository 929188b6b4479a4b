// How much the collection may hold. It lives in browser.storage.local, whose quota in Chrome is
// 5 MB before Chrome 114 (the manifest allows 110) and 10 MB after, counted as the JSON of every
// key; the settings and the per-tab state share it. 3 MB is 100 long speeches (10,000 characters
// each) or 300 ordinary ones — far more than the five to ten a writer gathers for one speech —
// and leaves the rest of the quota free. The count limit keeps the list and the export usable.

export const MAX_COLLECTED_SPEECHES = 200;
export const MAX_COLLECTION_BYTES = 3 * 1024 * 1024;

const encoder = new TextEncoder();

/** Bytes the collection takes as stored: its JSON in UTF-8 (a Chinese character is 3). */
export function collectionBytes(items: readonly unknown[]): number {
  return encoder.encode(JSON.stringify(items)).length;
}
