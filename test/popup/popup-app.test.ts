// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import type { PageAnalysis } from '../../src/shared/messages';
import { PageUnavailable, type PageClient, type PageProblem, type PageRequest } from '../../src/popup/page-client';
import { PopupApp } from '../../src/popup/PopupApp';
import { choose, click, installI18n, mount, settle } from './ui-harness';
import { recordingClipboard, speechAnalysis } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

/** A page whose answers are scripted per request; `problem` makes analyze fail until injected. */
function fakePage(answers: Partial<Record<PageRequest, PageAnalysis>>, problem?: PageProblem) {
  const calls: string[] = [];
  let injected = false;
  const page: PageClient = {
    tab: { id: 1 },
    async request(type) {
      calls.push(type);
      if (problem && !injected) throw new PageUnavailable(problem);
      return answers[type] ?? speechAnalysis();
    },
    async injectAndAnalyze() {
      calls.push('inject');
      injected = true;
      return answers['qinggao:analyze'] ?? speechAnalysis();
    },
  };
  return { page, calls };
}

function popup(
  page: PageClient | undefined,
  extra: { saved?: number[]; savedIndents?: string[]; clipboard?: ReturnType<typeof recordingClipboard> } = {},
) {
  return h(PopupApp, {
    page,
    clipboard: extra.clipboard ?? recordingClipboard(),
    initialDepth: 4,
    saveDepth: (d: number) => extra.saved?.push(d),
    initialIndent: '  ',
    saveIndent: (indent: string) => extra.savedIndents?.push(indent),
    onOpenInTab: () => undefined,
    onOpenOptions: () => undefined,
  });
}

describe('<PopupApp>', () => {
  it('shows the speech: title, meta, verdict, outline and removed items', async () => {
    const { page } = fakePage({});
    const view = await mount(popup(page));
    await settle();
    expect(view.find('.page-title').textContent).toBe('在2024年度全市安全生产工作会议上的讲话');
    expect(view.find('.page-meta').textContent).toBe('讲话稿可信度 93%2024-03-12www.gongwenhui.com');
    expect(view.findAll('.outline-row')).toHaveLength(8);
    expect(view.button('净化本页')).toBeTruthy();
    expect(view.button('在标签页中打开')).toBeTruthy();
    view.unmount();
  });

  it('on a non-speech page says so and still offers cleaning and copying the text', async () => {
    const { page } = fakePage({ 'qinggao:analyze': speechAnalysis({ isSpeech: false, confidence: 0.8, outline: [] }) });
    const view = await mount(popup(page));
    await settle();
    expect(view.find('.verdict').textContent).toBe('非讲话稿');
    expect(view.find('.notice').textContent).toBe('这页看起来不是讲话稿，可能没有提纲。仍然可以净化页面、复制正文。');
    expect(view.button('净化本页').disabled).toBe(false);
    expect(view.button('复制全文')).toBeTruthy();
    view.unmount();
  });

  it('offers 合并全部 N 页 when the pager shows more pages, with 取消 while they are read', async () => {
    let finish: (analysis: PageAnalysis) => void = () => undefined;
    const calls: string[] = [];
    const page: PageClient = {
      tab: { id: 1 },
      async request(type) {
        calls.push(type);
        if (type === 'qinggao:merge-pages') return new Promise<PageAnalysis>((resolve) => (finish = resolve));
        return speechAnalysis({ status: 'cleaned', pages: { total: 3, merged: 1 } });
      },
      async injectAndAnalyze() {
        throw new Error('not used');
      },
      async cancelMerge() {
        calls.push('cancel');
      },
    };
    const view = await mount(popup(page));
    await settle();
    await click(view.button('合并全部 3 页'));
    expect(view.find('.status-bar').textContent).toBe('正在合并分页…');
    await click(view.button('取消'));
    expect(calls).toEqual(['qinggao:analyze', 'qinggao:merge-pages', 'cancel']);
    finish(speechAnalysis({ status: 'cleaned', pages: { total: 3, merged: 3 } }));
    await settle();
    expect(view.find('.status-bar').textContent).toBe('已合并 3 页');
    expect(view.findAll('button').some((b) => b.textContent?.startsWith('合并全部'))).toBe(false);
    view.unmount();
  });

  it('offers 载入全文 when the pager links only the one-page full text, and says when it is loaded', async () => {
    const { page, calls } = fakePage({
      'qinggao:analyze': speechAnalysis({ status: 'cleaned', pages: { total: 1, merged: 1, whole: 'offered' } }),
      'qinggao:merge-pages': speechAnalysis({ status: 'cleaned', pages: { total: 1, merged: 1, whole: 'loaded' } }),
    });
    const view = await mount(popup(page));
    await settle();
    expect(view.findAll('button').some((b) => b.textContent?.startsWith('合并全部'))).toBe(false);
    await click(view.button('载入全文'));
    await settle();
    expect(calls).toEqual(['qinggao:analyze', 'qinggao:merge-pages']);
    expect(view.find('.status-bar').textContent).toBe('已载入全文');
    expect(view.findAll('button').some((b) => b.textContent === '载入全文')).toBe(false);
    view.unmount();
  });

  it('offers no merge on a page without a pager', async () => {
    const { page } = fakePage({});
    const view = await mount(popup(page));
    await settle();
    expect(view.findAll('button').some((b) => b.textContent?.startsWith('合并全部'))).toBe(false);
    view.unmount();
  });

  it('cleans and undoes on click and says what happened', async () => {
    const cleaned = speechAnalysis();
    const { page, calls } = fakePage({ 'qinggao:clean': cleaned, 'qinggao:undo': speechAnalysis({ removed: [] }) });
    const view = await mount(popup(page));
    await settle();
    await click(view.button('净化本页'));
    expect(view.find('.status-bar').textContent).toBe(`已净化，移除 ${cleaned.removed.length} 处`);
    await click(view.button('撤销'));
    expect(view.find('.status-bar').textContent).toBe('已撤销，页面已恢复原样');
    expect(calls).toEqual(['qinggao:analyze', 'qinggao:clean', 'qinggao:undo']);
    view.unmount();
  });

  it('on a page cleaned already says so ("已净化 N 处") instead of offering to clean it, and offers undo', async () => {
    const cleaned = speechAnalysis({ status: 'cleaned' });
    const { page } = fakePage({ 'qinggao:analyze': cleaned });
    const view = await mount(popup(page));
    await settle();
    expect(view.find('.page-actions .cleaned-state').textContent).toBe(`已净化 ${cleaned.removed.length} 处`);
    expect(view.findAll('.page-actions button').map((b) => b.textContent)).toEqual(['撤销', '在标签页中打开']);
    view.unmount();
  });

  it('on a page as the site served it offers cleaning, not undo; after the click it shows the cleaned state', async () => {
    const { page, calls } = fakePage({
      'qinggao:analyze': speechAnalysis({ status: 'analyzed' }),
      'qinggao:clean': speechAnalysis({ status: 'cleaned' }),
      'qinggao:undo': speechAnalysis({ status: 'analyzed' }),
    });
    const view = await mount(popup(page));
    await settle();
    expect(view.findAll('.page-actions button').map((b) => b.textContent)).toEqual(['净化本页', '在标签页中打开']);
    await click(view.button('净化本页'));
    expect(view.find('.cleaned-state').textContent).toBe('已净化 7 处');
    await click(view.button('撤销'));
    expect(view.button('净化本页')).toBeTruthy();
    expect(view.findAll('.cleaned-state')).toHaveLength(0);
    expect(calls).toEqual(['qinggao:analyze', 'qinggao:clean', 'qinggao:undo']);
    view.unmount();
  });

  it('offers to analyze a page the content script is not in, and shows the result after injecting', async () => {
    const { page, calls } = fakePage({}, { kind: 'no-content-script' });
    const view = await mount(popup(page));
    await settle();
    expect(view.text()).toContain('这个网站不在清稿的范文网站列表里');
    await click(view.button('分析本页'));
    expect(calls).toEqual(['qinggao:analyze', 'inject']);
    expect(view.find('.page-title').textContent).toBe('在2024年度全市安全生产工作会议上的讲话');
    view.unmount();
  });

  it('explains pages no extension may read, with nothing to click', async () => {
    const { page } = fakePage({}, { kind: 'restricted', restriction: 'pdf' });
    const view = await mount(popup(page));
    await settle();
    expect(view.find('.problem').textContent).toBe('这是 PDF 文件，浏览器的 PDF 阅读器不允许扩展读取其中的文字。');
    expect(view.findAll('.problem button')).toHaveLength(0);
    view.unmount();
  });

  it('says when there is no tab', async () => {
    const view = await mount(popup(undefined));
    expect(view.find('.problem').textContent).toBe('没有找到要处理的标签页，它可能已经关闭。');
    view.unmount();
  });

  it('changes the depth shown and saves it', async () => {
    const saved: number[] = [];
    const { page } = fakePage({});
    const view = await mount(popup(page, { saved }));
    await settle();
    await choose(view.find<HTMLInputElement>('input[name="outline-depth"][value="1"]'), true);
    expect(saved).toEqual([1]);
    expect(view.findAll('.outline-row').filter((r) => !r.closest('[hidden]'))).toHaveLength(3);
    expect(view.find('#outline-heading').textContent).toBe('提纲3 条');
    view.unmount();
  });

  it('changes the indent of copied outline text, saves it, and copies with it', async () => {
    const savedIndents: string[] = [];
    const clipboard = recordingClipboard({ rich: false });
    const { page } = fakePage({});
    const view = await mount(popup(page, { savedIndents, clipboard }));
    await settle();
    await choose(view.find<HTMLSelectElement>('.indent-chooser select'), '1'); // full-width spaces
    expect(savedIndents).toEqual(['\u3000\u3000']);
    await click(view.button('复制提纲'));
    const lines = clipboard.writes.at(-1)!.plain!.split('\n');
    expect(lines.some((line) => line.startsWith('\u3000\u3000（一）'))).toBe(true);
    expect(lines.some((line) => line.startsWith('  '))).toBe(false);
    view.unmount();
  });
});
