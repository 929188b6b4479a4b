// The background entry wired to a fake browser: what each browser event leads to.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../../src/shared/settings';
import { EVERYWHERE_SCRIPT_ID } from '../../src/background/everywhere-script';
import { analyzeBlocks } from '../../src/core/index';
import { ANALYSIS_PORT, analyzeOverPort } from '../../src/shared/analysis-port';
import { SPEECH_LINES } from '../content/snippets';
import { portPair } from '../shared/port-pair';
import { settle, type FakeBrowser } from './fake-browser';

const fake: FakeBrowser = vi.hoisted(() => ({}) as FakeBrowser);

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser: create } = await import('./fake-browser');
  Object.assign(fake, create({ contentScript: ['src/content/first-stage.js'] }));
  return { browser: fake };
});

const stateMessage = {
  type: 'qinggao:state',
  url: 'https://www.gongwenhui.com/a/1.html',
  status: 'cleaned',
  isSpeech: true,
  title: '讲话',
  topLevelItems: 3,
  removedCount: 5,
};

beforeAll(async () => {
  await import('../../src/background/index');
});

describe('background', () => {
  it('registers its listeners at load, synchronously', () => {
    expect(fake.runtime.onMessage.listeners).toHaveLength(1);
    expect(fake.contextMenus.onClicked.listeners).toHaveLength(1);
    expect(fake.commands.onCommand.listeners).toHaveLength(1);
    expect(fake.tabs.onUpdated.listeners).toHaveLength(1);
    expect(fake.tabs.onRemoved.listeners).toHaveLength(1);
  });

  it('creates the menus on install', async () => {
    fake.runtime.onInstalled.fire({ reason: 'install' });
    await settle();
    expect(fake.calls.menus.map((m) => m.id)).toEqual(['qinggao-clean', 'qinggao-copy-outline', 'qinggao-copy-text', 'qinggao-open-desk']);
  });

  it('opens the 清稿台 in a new tab from the menu, with no page to act on (the toolbar button\'s menu)', async () => {
    fake.calls.executeScript.length = 0;
    fake.contextMenus.onClicked.fire({ menuItemId: 'qinggao-open-desk' }, undefined);
    await settle();
    expect(fake.calls.createdTabs).toEqual([{ url: 'chrome-extension://qinggao-test/src/desk/index.html' }]);
    expect(fake.calls.executeScript).toEqual([]);
  });

  it('stores a tab\'s state and shows its badge; forgets it when the tab navigates or closes', async () => {
    const [listener] = fake.runtime.onMessage.listeners;
    await listener!(stateMessage, { id: fake.runtime.id, tab: { id: 9 }, frameId: 0 });
    const { type: _type, ...state } = stateMessage;
    expect((await fake.storage.session!.get('qinggao.tab.9'))['qinggao.tab.9']).toStrictEqual({ ...state, tabId: 9 });
    expect(fake.calls.badgeText.at(-1)).toEqual({ tabId: 9, text: '3' });

    fake.tabs.onUpdated.fire(9, { status: 'loading' });
    await settle();
    expect(fake.storage.session!.data.has('qinggao.tab.9')).toBe(false);
    expect(fake.calls.badgeText.at(-1)).toEqual({ tabId: 9, text: '' });

    await listener!(stateMessage, { id: fake.runtime.id, tab: { id: 9 }, frameId: 0 });
    fake.tabs.onRemoved.fire(9, {});
    await settle();
    expect(fake.storage.session!.data.has('qinggao.tab.9')).toBe(false);
  });

  it("analyzes a page's blocks sent over the analysis port by its own content script only", async () => {
    const [listener] = fake.runtime.onConnect.listeners;
    const blocks = SPEECH_LINES.map((text) => ({ text }));
    const options = { host: 'www.gongwenhui.com', pageTitle: '在全县安全生产工作会议上的讲话' };
    const [page, background] = portPair(ANALYSIS_PORT, { id: fake.runtime.id });
    listener!(background);
    expect(await analyzeOverPort(() => page, { blocks, options })).toEqual(analyzeBlocks(structuredClone(blocks), structuredClone(options)));

    for (const [name, sender] of [[ANALYSIS_PORT, { id: 'someone-else' }], ['other-port', { id: fake.runtime.id }]] as const) {
      const [asking, answering] = portPair(name, sender);
      listener!(answering);
      await expect(analyzeOverPort(() => asking, { blocks, options })).rejects.toThrow(/closed/);
      expect(answering.posted).toEqual([]);
    }
  });

  it('ignores state from a subframe or from another extension', async () => {
    const [listener] = fake.runtime.onMessage.listeners;
    await listener!(stateMessage, { id: fake.runtime.id, tab: { id: 11 }, frameId: 2 });
    expect(listener!(stateMessage, { id: 'someone-else', tab: { id: 11 }, frameId: 0 })).toBeUndefined();
    expect(fake.storage.session!.data.has('qinggao.tab.11')).toBe(false);
  });

  it('injects the engine, or RE2, into the frame whose content script asks', async () => {
    fake.calls.executeScript.length = 0;
    const [listener] = fake.runtime.onMessage.listeners;
    expect(await listener!({ type: 'qinggao:load-engine' }, { id: fake.runtime.id, tab: { id: 12 }, frameId: 0 })).toBe(true);
    expect(await listener!({ type: 'qinggao:load-re2' }, { id: fake.runtime.id, tab: { id: 12 }, frameId: 0 })).toBe(true);
    expect(listener!({ type: 'qinggao:load-engine' }, { id: 'someone-else', tab: { id: 12 }, frameId: 0 })).toBeUndefined();
    expect(fake.calls.executeScript).toEqual([
      { target: { tabId: 12, frameIds: [0] }, files: ['src/content/engine.js'] },
      { target: { tabId: 12, frameIds: [0] }, files: ['src/content/re2-chunk.js'] },
    ]);
  });

  it('runs "clean this page" from the shortcut on the tab it came from', async () => {
    fake.calls.executeScript.length = 0;
    fake.calls.sentToTabs.length = 0;
    fake.commands.onCommand.fire('clean-page', { id: 4 });
    await settle();
    expect(fake.calls.executeScript.map((i) => i.target.tabId)).toEqual([4]);
    expect(fake.calls.sentToTabs).toEqual([{ tabId: 4, message: { type: 'qinggao:clean' }, options: { frameId: 0 } }]);
  });

  it('copies the full text from the context menu through the page', async () => {
    fake.calls.executeScript.length = 0;
    fake.contextMenus.onClicked.fire({ menuItemId: 'qinggao-copy-text' }, { id: 6 });
    await settle();
    expect(fake.calls.executeScript.map((i) => i.args ?? i.files)).toEqual([['src/content/engine.js'], ['text']]);
  });

  it('registers the all-sites script when the user turns detection on with the permission granted', async () => {
    fake.permissions.grant('<all_urls>');
    await fake.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, detectEverywhere: true } });
    await settle();
    expect(fake.registered.map((s) => s.id)).toEqual([EVERYWHERE_SCRIPT_ID]);
    // the first stage, as on the template sites: the engine comes only where it may be needed
    expect(fake.registered[0]!.js).toEqual(['src/content/first-stage.js']);

    fake.permissions.revoke('<all_urls>');
    fake.permissions.onRemoved.fire({ origins: ['<all_urls>'] });
    await settle();
    expect(fake.registered).toEqual([]);
  });
});
