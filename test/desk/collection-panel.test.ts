// @vitest-environment happy-dom
// The 提纲汇编 panel on an in-memory storage.local holding real speeches: list, search in titles
// and outlines, reorder, remove, a speech added elsewhere appearing, and the three exports.
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { CollectionPanelView } from '../../src/desk/collection/CollectionPanel';
import { COLLECTION_KEY, createCollectionStore } from '../../src/collection/collection-store';
import { collectionBytes, renderCollectionMarkdown, renderCollectionText, type CollectedSpeech } from '../../src/core/collection';
import { memoryStorage } from '../options/fakes';
import { analyzed, collected, corpusText, seedText, subscriptionText } from '../core/collection/speeches';
import { openDocx } from '../export/docx-xml';
import { click, installI18n, mount, settle, typeInto } from '../popup/ui-harness';

beforeAll(() => installI18n('zh_CN'));

const yingji = collected(analyzed(seedText('003_3bff632dc2e1cae2.txt')), 'www.gongwenhui.com', 'http://www.gongwenhui.com/a/3.html');
const fangxun = collected(analyzed(corpusText('01-anquan-glued-title')), 'www.xiezuofangchengshi.com', 'https://www.xiezuofangchengshi.com/doc/87342.html');
const dangke = collected(analyzed(subscriptionText('dangke-sanbufen')), '党课.docx', '');

async function panel(items: CollectedSpeech[]) {
  const storage = memoryStorage({ [COLLECTION_KEY]: items });
  const store = createCollectionStore(storage);
  const reports: string[] = [];
  const saved: { bytes: Uint8Array; name: string; type: string }[] = [];
  const view = await mount(
    h(CollectionPanelView, {
      store,
      onReport: (message: string) => reports.push(message),
      save: (bytes: Uint8Array, name: string, type: string) => saved.push({ bytes, name, type }),
      now: () => new Date(2026, 11, 1),
    }),
  );
  await settle();
  const titles = () => view.findAll('.collected-title').map((el) => el.textContent);
  return { view, storage, store, reports, saved, titles };
}

describe('the 提纲汇编 panel', () => {
  it('lists each speech with its source, date and outline, and the size used', async () => {
    const { view, titles } = await panel([yingji, fangxun, dangke]);
    expect(titles()).toEqual([yingji.title, fangxun.title, dangke.title]);
    expect(view.find('.collection-head .count').textContent).toBe(`3 篇 · 已用 ${Math.ceil(collectionBytes([yingji, fangxun, dangke]) / 1024)} KB / 3.0 MB`);
    const first = view.findAll('.collected-speech')[0]!;
    expect(first.querySelector('.collected-meta')!.textContent).toBe('www.gongwenhui.com2021-04-23http://www.gongwenhui.com/a/3.html加入于 ' + yingji.addedAt.slice(0, 10));
    expect([...first.querySelectorAll('.collected-outline li')].map((li) => li.textContent)).toEqual(yingji.outline.map((o) => o.marker + o.text));
    view.unmount();
  });

  it('searches titles and outlines, marking what matched', async () => {
    const { view, titles } = await panel([yingji, fangxun, dangke]);
    const search = view.find<HTMLInputElement>('input[type="search"]');
    await typeInto(search, '防汛');
    expect(titles()).toEqual([fangxun.title]);
    expect(view.find('.collected-title').className).toContain('hit');
    const item = yingji.outline.findIndex((o) => o.text.includes('预防为主'));
    await typeInto(search, '预防 为主');
    expect(titles()).toEqual([yingji.title]);
    expect(view.find<HTMLDetailsElement>('.collected-outline').open).toBe(true);
    expect(view.findAll('.collected-outline li.hit').map((li) => li.textContent)).toEqual([yingji.outline[item]!.marker + yingji.outline[item]!.text]);
    // reordering is for the whole list only
    expect(view.button('上移').disabled).toBe(true);
    await typeInto(search, '没有这个词');
    expect(view.text()).toContain('没有标题或提纲含有“没有这个词”的讲话');
    await typeInto(search, '');
    expect(titles()).toHaveLength(3);
    view.unmount();
  });

  it('moves and removes, and saves the order', async () => {
    const { view, storage, reports, titles } = await panel([yingji, fangxun, dangke]);
    await click(view.find(`button[aria-label="下移“${yingji.title}”"]`));
    expect(titles()).toEqual([fangxun.title, yingji.title, dangke.title]);
    await click(view.find(`button[aria-label="上移“${dangke.title}”"]`));
    expect(titles()).toEqual([fangxun.title, dangke.title, yingji.title]);
    await click(view.find(`button[aria-label="从汇编移除“${fangxun.title}”"]`));
    expect(titles()).toEqual([dangke.title, yingji.title]);
    expect((storage.data[COLLECTION_KEY] as CollectedSpeech[]).map((s) => s.id)).toEqual([dangke.id, yingji.id]);
    expect(reports).toEqual([`已从汇编移除“${fangxun.title}”`]);
    expect(view.find<HTMLButtonElement>(`button[aria-label="上移“${dangke.title}”"]`).disabled).toBe(true);
    expect(view.find<HTMLButtonElement>(`button[aria-label="下移“${yingji.title}”"]`).disabled).toBe(true);
    view.unmount();
  });

  it('shows a speech the popup added meanwhile', async () => {
    const { view, store, titles } = await panel([yingji]);
    await settle(() => store.add(dangke));
    expect(titles()).toEqual([yingji.title, dangke.title]);
    view.unmount();
  });

  it('exports all as .docx, Markdown and plain text, dated', async () => {
    const { view, saved, reports } = await panel([yingji, dangke]);
    const until = async (count: number) => {
      for (let i = 0; i < 200 && saved.length < count; i++) await settle(() => new Promise((resolve) => setTimeout(resolve, 20)));
    };
    await click(view.button('导出 Word'));
    await until(1); // the docx code is loaded on the click, and the buttons wait for it
    await click(view.button('导出 Markdown'));
    await until(2);
    await click(view.button('导出纯文本'));
    await until(3);
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      ['提纲汇编-2026-12-01.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['提纲汇编-2026-12-01.md', 'text/markdown;charset=utf-8'],
      ['提纲汇编-2026-12-01.txt', 'text/plain;charset=utf-8'],
    ]);
    const docx = openDocx(saved[0]!.bytes);
    expect(docx.paragraphs.filter((p) => p.outlineLevel === 0).map((p) => p.text)).toEqual([yingji.title, dangke.title]);
    expect(new TextDecoder().decode(saved[1]!.bytes)).toBe(renderCollectionMarkdown([yingji, dangke]));
    expect(new TextDecoder().decode(saved[2]!.bytes)).toBe(renderCollectionText([yingji, dangke]));
    expect(reports[0]).toBe('已导出 2 篇讲话的提纲：提纲汇编-2026-12-01.docx');
    view.unmount();
  });

  it('says how to fill an empty collection, with nothing to export', async () => {
    const { view } = await panel([]);
    expect(view.text()).toContain('提纲汇编还是空的');
    expect(view.button('导出 Word').disabled).toBe(true);
    view.unmount();
  });
});
