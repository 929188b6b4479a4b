// The collection in (an in-memory stand-in for) browser.storage.local: it survives a new store
// (a restart reads the same key), tells other pages of a change, refuses duplicates and a full
// collection without writing, and reports a write the browser refused.
import { describe, expect, it } from 'vitest';
import { COLLECTION_KEY, createCollectionStore } from '../../src/collection/collection-store';
import { MAX_COLLECTED_SPEECHES } from '../../src/core/collection';
import { memoryStorage } from '../options/fakes';
import { analyzed, collected, repost, seedText, subscriptionText } from '../core/collection/speeches';

const seed = analyzed(seedText('003_3bff632dc2e1cae2.txt'));
const dangke = analyzed(subscriptionText('dangke-sanbufen'));

describe('the collection store', () => {
  it('keeps what was added under its key, for the next store to read (a browser restart)', async () => {
    const storage = memoryStorage();
    const first = collected(seed);
    expect((await createCollectionStore(storage).add(first)).kind).toBe('added');
    expect(await createCollectionStore(storage).load()).toEqual([first]);
    expect(storage.data[COLLECTION_KEY]).toEqual([first]);
  });

  it('refuses a repost from another site as a duplicate, naming the speech it repeats, and writes nothing', async () => {
    const storage = memoryStorage();
    const store = createCollectionStore(storage);
    const first = collected(seed);
    await store.add(first);
    const copy = analyzed(repost(seed, { watermark: '第一范文网 www.diyifanwen.com', title: (t) => t + '（精选）', head: [], foot: ['更多范文请访问第一范文网'] }));
    const outcome = await store.add(collected(copy, 'www.diyifanwen.com'));
    expect(outcome.kind === 'duplicate' && outcome.of.title).toBe(first.title);
    expect(storage.data[COLLECTION_KEY]).toEqual([first]);
  });

  it('tells an open page of every change, and removes and moves by id', async () => {
    const storage = memoryStorage();
    const store = createCollectionStore(storage);
    const seen: string[][] = [];
    const stop = store.onChange((items) => seen.push(items.map((i) => i.title)));
    const a = collected(seed);
    const b = collected(dangke);
    await store.add(a);
    await store.add(b);
    await store.move(b.id, 0);
    await store.remove(a.id);
    stop();
    await store.remove(b.id);
    expect(seen).toEqual([[a.title], [a.title, b.title], [b.title, a.title], [b.title]]);
  });

  it('refuses speech 201 without writing', async () => {
    const full = Array.from({ length: MAX_COLLECTED_SPEECHES }, (_, i) => ({ ...collected(seed), id: `s${i}`, paragraphs: [`第${i}篇讲话的正文，内容各不相同：${'甲乙丙丁戊己庚辛壬癸'.repeat(2)}${i * 7919}`] }));
    const storage = memoryStorage({ [COLLECTION_KEY]: full });
    const outcome = await createCollectionStore(storage).add(collected(dangke));
    expect(outcome).toEqual({ kind: 'full', limit: 'count', max: MAX_COLLECTED_SPEECHES });
    expect((storage.data[COLLECTION_KEY] as unknown[]).length).toBe(MAX_COLLECTED_SPEECHES);
  });

  it('reports a write the browser refused (its quota) instead of claiming it was added', async () => {
    const storage = memoryStorage();
    storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    expect(await createCollectionStore(storage).add(collected(seed))).toEqual({ kind: 'not-saved', detail: 'QUOTA_BYTES quota exceeded' });
  });
});
