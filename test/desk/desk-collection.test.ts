// @vitest-environment happy-dom
// The 提纲汇编 on the 清稿台 with the storage bound: 加入汇编 on a pasted document and on an opened
// file (known by its name), a second paste of the same speech refused as a duplicate, and the
// 提纲汇编 tab listing what was added.
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { DeskApp } from '../../src/desk/DeskApp';
import { readDeskFile } from '../../src/desk/read-file';
import { bindCollectionStorage } from '../../src/desk/collection/desk-collection';
import { COLLECTION_KEY } from '../../src/collection/collection-store';
import type { CollectedSpeech } from '../../src/core/collection';
import { memoryStorage } from '../options/fakes';
import { seedText, subscriptionText } from '../core/collection/speeches';
import { recordingClipboard } from '../popup/fixtures';
import { click, installI18n, mount, settle, typeInto } from '../popup/ui-harness';

beforeAll(() => installI18n('zh_CN'));
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('提纲汇编 on the 清稿台', () => {
  it('adds documents, refuses the same speech twice, and lists them in its tab', async () => {
    const storage = memoryStorage();
    bindCollectionStorage(storage);
    const ui = await mount(
      h(DeskApp, {
        clipboard: recordingClipboard(),
        readFile: (file: File) => readDeskFile(file, { parseHtml }),
        parseHtml,
        initialDepth: 4,
        saveDepth: () => undefined,
        initialIndent: '  ',
        saveIndent: () => undefined,
      }),
    );
    const paste = async (text: string) => {
      await typeInto(ui.find<HTMLTextAreaElement>('textarea'), text);
      await click(ui.button('清稿'));
    };
    await paste(seedText('003_3bff632dc2e1cae2.txt'));
    await click(ui.button('加入汇编'));
    await settle();
    expect(ui.find('.status-bar').textContent).toBe('已加入提纲汇编（现有 1 篇）');

    // the same speech pasted again, with another site's furniture around it
    await paste('稿子汇 www.gaozihui.com 首页 > 讲话稿\n' + seedText('003_3bff632dc2e1cae2.txt') + '\n更多范文请关注公众号：笔杆子文库');
    await click(ui.button('加入汇编'));
    await settle();
    expect(ui.find('.status-bar').textContent).toMatch(/^汇编里已有这篇讲话：“.+”，没有重复加入$/);

    // an opened file is known by its name
    const input = ui.find<HTMLInputElement>('input[type="file"]');
    const file = new File([subscriptionText('dangke-sanbufen')], '党课讲稿.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await settle(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    for (let i = 0; i < 50 && ui.findAll('.document-open').length < 3; i++) await settle();
    await click(ui.button('加入汇编'));
    await settle();
    const saved = storage.data[COLLECTION_KEY] as CollectedSpeech[];
    expect(saved.map((s) => [s.site, s.url])).toEqual([
      ['', ''],
      ['党课讲稿.txt', ''],
    ]);

    await click(ui.button('提纲汇编'));
    await settle();
    expect(ui.findAll('.collected-title').map((el) => el.textContent)).toEqual(saved.map((s) => s.title));
    ui.unmount();
  });
});
