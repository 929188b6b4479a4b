import { describe, expect, it } from 'vitest';
import { createPageClient, PageUnavailable, type PageApi } from '../../src/popup/page-client';
import { restrictionFromError, restrictionOf } from '../../src/popup/restricted-page';
import { popupTabUrl, resolveTargetTab, tabIdFromSearch } from '../../src/popup/target-tab';
import type { Message } from '../../src/shared/messages';
import { speechAnalysis } from './fixtures';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/** A tab whose content script appears after `readyAfter` messages, or once injected. */
function fakeApi(options: { readyAfter?: number; injectError?: string; contentScripts?: string[] } = {}) {
  const sent: { tabId: number; message: Message; frameId?: number }[] = [];
  const injected: { tabId: number; files: string[] }[] = [];
  let injectedAt = -1;
  const api: PageApi = {
    tabs: {
      async sendMessage(tabId, message, opts) {
        sent.push({ tabId, message, frameId: opts?.frameId });
        const ready = (options.readyAfter !== undefined && sent.length > options.readyAfter) || (injectedAt >= 0 && sent.length > injectedAt + 1);
        if (!ready) throw new Error(NO_RECEIVER);
        return speechAnalysis({ title: message.type });
      },
    },
    scripting: {
      async executeScript(injection) {
        if (options.injectError) throw new Error(options.injectError);
        injected.push({ tabId: injection.target.tabId, files: injection.files });
        injectedAt = sent.length;
      },
    },
  };
  return { api, sent, injected };
}

const noSleep = () => Promise.resolve();

describe('createPageClient', () => {
  it('asks the top frame of the tab and returns its Analysis', async () => {
    const { api, sent } = fakeApi({ readyAfter: 0 });
    const client = createPageClient(api, { id: 7, url: 'https://example.org/a' }, { sleep: noSleep });
    const analysis = await client.request('qinggao:clean');
    expect(analysis.title).toBe('qinggao:clean');
    expect(sent).toEqual([{ tabId: 7, message: { type: 'qinggao:clean' }, frameId: 0 }]);
  });

  it('on a page without the content script, reports it at once (the user decides to inject)', async () => {
    const { api, sent } = fakeApi();
    const client = createPageClient(api, { id: 7, url: 'https://example.org/a' }, { sleep: noSleep });
    const error = await client.request('qinggao:analyze').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageUnavailable);
    expect((error as PageUnavailable).problem).toEqual({ kind: 'no-content-script' });
    expect(sent).toHaveLength(1);
  });

  it('on a known template site, waits for the content script still starting up', async () => {
    const { api, sent } = fakeApi({ readyAfter: 3 });
    const client = createPageClient(api, { id: 3, url: 'https://www.gongwenhui.com/jianghua/123.html' }, { sleep: noSleep });
    await expect(client.request('qinggao:analyze')).resolves.toMatchObject({ isSpeech: true });
    expect(sent).toHaveLength(4);
  });

  it('injects the content engine (not the first stage: the user asked for the analysis), then analyzes', async () => {
    const { api, injected } = fakeApi();
    const client = createPageClient(api, { id: 9, url: 'https://example.org/a' }, { sleep: noSleep });
    const analysis = await client.injectAndAnalyze();
    expect(injected).toEqual([{ tabId: 9, files: ['src/content/engine.js'] }]);
    expect(analysis.title).toBe('qinggao:analyze');
  });

  it('turns a scripting refusal into a restriction the popup can explain', async () => {
    const { api } = fakeApi({ injectError: 'The extensions gallery cannot be scripted.' });
    const client = createPageClient(api, { id: 9 }, { sleep: noSleep });
    const error = (await client.injectAndAnalyze().catch((e: unknown) => e)) as PageUnavailable;
    expect(error.problem).toEqual({ kind: 'restricted', restriction: 'store' });
  });

  it('does not even try on a restricted URL', async () => {
    const { api, sent, injected } = fakeApi({ readyAfter: 0 });
    const client = createPageClient(api, { id: 1, url: 'chrome://extensions/' }, { sleep: noSleep });
    await expect(client.request('qinggao:analyze')).rejects.toMatchObject({ problem: { kind: 'restricted', restriction: 'browser-page' } });
    await expect(client.injectAndAnalyze()).rejects.toBeInstanceOf(PageUnavailable);
    expect(sent).toHaveLength(0);
    expect(injected).toHaveLength(0);
  });

  it('refuses an answer that is not an Analysis', async () => {
    const { api } = fakeApi({ readyAfter: 0 });
    api.tabs.sendMessage = async () => undefined;
    const client = createPageClient(api, { id: 1 }, { sleep: noSleep });
    await expect(client.request('qinggao:analyze')).rejects.toMatchObject({ problem: { kind: 'failed' } });
  });
});

describe('restricted pages', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://newtab/', 'browser-page'],
    ['view-source:https://www.gwyoo.com/', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'store'],
    ['https://www.gov.cn/zhengce/2024/report.PDF', 'pdf'],
    ['file:///home/me/讲话.html', 'file'],
  ])('%s is %s', (url, restriction) => {
    expect(restrictionOf(url)).toBe(restriction);
  });

  it.each(['https://www.gongwenhui.com/a.html', 'http://example.org/pdf-guide.html', 'https://chrome.google.com/search', undefined])(
    '%s may be scripted',
    (url) => {
      expect(restrictionOf(url)).toBeUndefined();
    },
  );

  it('reads the browsers’ refusal messages', () => {
    expect(restrictionFromError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(restrictionFromError('Cannot access contents of url "file:///x.html". Extension manifest must request permission')).toBe('file');
    expect(restrictionFromError('Missing host permission for the tab')).toBe('no-access');
    expect(restrictionFromError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('no-access');
    expect(restrictionFromError('Frame with ID 0 was removed.')).toBeUndefined();
  });
});

describe('target tab', () => {
  const tabs = {
    get: async (id: number) => {
      if (id === 404) throw new Error('No tab with id: 404.');
      return { id, url: `https://www.gwyoo.com/${id}.html` };
    },
    query: async () => [{ id: 5 }],
  };

  it('reads ?tabId=N and ignores anything else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=4x')).toBeUndefined();
    expect(tabIdFromSearch('')).toBeUndefined();
  });

  it('works on tab N when asked, else on the active tab, and on nothing when N is gone', async () => {
    expect(await resolveTargetTab(tabs, '?tabId=12')).toEqual({ id: 12, url: 'https://www.gwyoo.com/12.html' });
    expect(await resolveTargetTab(tabs, '')).toEqual({ id: 5 });
    expect(await resolveTargetTab(tabs, '?tabId=404')).toBeUndefined();
  });

  it('builds the tab view URL from the manifest’s popup path', () => {
    const runtime = {
      getURL: (path: string) => `chrome-extension://abc/${path}`,
      getManifest: () => ({ action: { default_popup: 'src/popup/index.html' } }),
    };
    expect(popupTabUrl(runtime, 31)).toBe('chrome-extension://abc/src/popup/index.html?tabId=31');
  });
});
