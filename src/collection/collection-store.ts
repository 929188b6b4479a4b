// The collection's storage: browser.storage.local, one key holding the list. Chosen over
// IndexedDB because it is the storage the settings already use: the same API in the popup, the
// 清稿台 page and Firefox, it survives restarts and updates, its onChanged event tells an open
// 清稿台 at once when the popup adds a speech, and the settings' in-memory fake tests it. Not
// storage.sync: its 100 KB quota (8 KB an item) holds a few speeches at most, and speeches
// gathered on one computer need not travel. Its limits are in core/collection/collection-limits.ts.
// The storage namespace is passed in (`browser.storage` in an entry point, a fake in tests).
import { addSpeech, collectionFromStored, moveSpeech, removeSpeech, type AddOutcome, type CollectedSpeech } from '../core/collection';
import type { SettingsStorage } from '../shared/settings-store';

export const COLLECTION_KEY = 'qinggao.collection';

export type CollectionStorage = SettingsStorage;

/** What adding did; `not-saved` when the browser refused the write (its quota, a full disk). */
export type StoreAddOutcome = AddOutcome | { kind: 'not-saved'; detail: string };

export interface CollectionStore {
  load(): Promise<CollectedSpeech[]>;
  add(speech: CollectedSpeech): Promise<StoreAddOutcome>;
  remove(id: string): Promise<CollectedSpeech[]>;
  move(id: string, to: number): Promise<CollectedSpeech[]>;
  /** the whole list at once (a settings import, already checked) */
  replace(items: readonly CollectedSpeech[]): Promise<void>;
  /** calls `listener` with the list whenever any page changes it; returns the unsubscribe */
  onChange(listener: (items: CollectedSpeech[]) => void): () => void;
}

export function createCollectionStore(storage: CollectionStorage): CollectionStore {
  const load = async () => collectionFromStored((await storage.local.get(COLLECTION_KEY))[COLLECTION_KEY]);
  const save = (items: readonly CollectedSpeech[]) => storage.local.set({ [COLLECTION_KEY]: items });
  const edit = async (change: (items: CollectedSpeech[]) => CollectedSpeech[]) => {
    const next = change(await load());
    await save(next);
    return next;
  };
  return {
    load,
    async add(speech) {
      const outcome = addSpeech(await load(), speech);
      if (outcome.kind !== 'added') return outcome;
      try {
        await save(outcome.items);
      } catch (error) {
        return { kind: 'not-saved', detail: error instanceof Error ? error.message : String(error) };
      }
      return outcome;
    },
    remove: (id) => edit((items) => removeSpeech(items, id)),
    move: (id, to) => edit((items) => moveSpeech(items, id, to)),
    replace: (items) => save(items),
    onChange(listener) {
      const onChanged: Parameters<CollectionStorage['onChanged']['addListener']>[0] = (changes, areaName) => {
        const change = changes[COLLECTION_KEY];
        if (areaName === 'local' && change) listener(collectionFromStored(change.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
