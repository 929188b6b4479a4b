// @vitest-environment happy-dom
// "加入汇编" in the popup: the real collection code on an in-memory storage.local; a second tab
// showing a repost of the same speech is told it is in the collection already, under which title.
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { PopupApp } from '../../src/popup/PopupApp';
import type { PageClient } from '../../src/popup/page-client';
import type { PageAnalysis } from '../../src/shared/messages';
import { addToCollection } from '../../src/collection/add-to-collection';
import { COLLECTION_KEY } from '../../src/collection/collection-store';
import type { CollectedSpeech } from '../../src/core/collection';
import { memoryStorage } from '../options/fakes';
import { analyzed, repost, seedText, subscriptionText } from '../core/collection/speeches';
import { click, installI18n, mount, settle } from './ui-harness';
import { recordingClipboard } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

const seed = analyzed(seedText('003_3bff632dc2e1cae2.txt'));
const copy = analyzed(repost(seed, { watermark: '稿子汇 www.gaozihui.com', title: (t) => `${t}（精选3篇）`, head: ['首页 > 讲话稿'], foot: ['更多范文请关注公众号'] }));
const other = analyzed(subscriptionText('dangke-sanbufen'));

function popupFor(analysis: PageAnalysis, url: string, storage: ReturnType<typeof memoryStorage>) {
  const page: PageClient = { tab: { id: 1, url }, request: async () => analysis, injectAndAnalyze: async () => analysis };
  return h(PopupApp, {
    page,
    clipboard: recordingClipboard(),
    initialDepth: 4,
    saveDepth: () => undefined,
    initialIndent: '  ',
    saveIndent: () => undefined,
    collect: (shown: PageAnalysis) => addToCollection(storage, shown, { url }),
  });
}

async function addFrom(analysis: PageAnalysis, url: string, storage: ReturnType<typeof memoryStorage>) {
  const view = await mount(popupFor(analysis, url, storage));
  await settle();
  await click(view.button('加入汇编'));
  await settle();
  const result = { status: view.find('.status-bar').textContent, button: view.find<HTMLButtonElement>('button.collect') };
  const state = { status: result.status, label: result.button.textContent, disabled: result.button.disabled };
  view.unmount();
  return state;
}

describe('加入汇编 in the popup', () => {
  it('adds the speech with its site, address, date, outline and text; a repost elsewhere is a duplicate; another speech is added', async () => {
    const storage = memoryStorage();
    expect(await addFrom(seed, 'http://www.gongwenhui.com/a/3.html', storage)).toEqual({ status: '已加入提纲汇编（现有 1 篇）', label: '已加入汇编', disabled: true });
    const [saved] = storage.data[COLLECTION_KEY] as CollectedSpeech[];
    expect(saved).toMatchObject({ title: seed.title, site: 'www.gongwenhui.com', url: 'http://www.gongwenhui.com/a/3.html', date: '2021-04-23', outline: seed.outline, paragraphs: seed.paragraphs });
    expect(Date.parse(saved!.addedAt)).not.toBeNaN();

    expect(await addFrom(copy, 'http://www.gaozihui.com/b/77.html', storage)).toEqual({ status: `汇编里已有这篇讲话：“${seed.title}”，没有重复加入`, label: '汇编里已有', disabled: true });
    expect(storage.data[COLLECTION_KEY]).toHaveLength(1);

    expect((await addFrom(other, 'https://www.example.org/dangke.html', storage)).status).toBe('已加入提纲汇编（现有 2 篇）');
  });
});
