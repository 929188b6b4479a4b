// The background's parts, each on a fake API: tab state storage, badge, menus, page actions,
// the all-sites content script, and the typed message handler.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { badgeTextFor, showBadge } from '../../src/background/badge';
import { createMenus, menuActionOf, MENU_ITEMS } from '../../src/background/context-menu';
import { COMMAND_ACTIONS } from '../../src/background/commands';
import { EVERYWHERE_SCRIPT_ID, syncEverywhereScript } from '../../src/background/everywhere-script';
import { cleanTab, copyFromTab, ensureContentScript, injectInto } from '../../src/background/page-actions';
import { createTabStateStore } from '../../src/background/tab-state-store';
import { copyThroughContentScript } from '../../src/content/content-api';
import { templateSiteMatchPatterns } from '../../src/core/rules/sites';
import type { TabState } from '../../src/shared/messages';
import { handleMessages } from '../../src/shared/messaging';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createFakeBrowser, FakeStorageArea } from './fake-browser';

const asBrowser = (fake: unknown) => fake as Browser;

const STATE: TabState = {
  tabId: 3,
  url: 'https://www.gongwenhui.com/a/1.html',
  status: 'cleaned',
  isSpeech: true,
  title: '在全县安全生产工作会议上的讲话',
  topLevelItems: 4,
  removedCount: 6,
};

describe('tab state store', () => {
  it('keeps state per tab in session storage, where a restarted worker finds it', async () => {
    const session = new FakeStorageArea();
    await createTabStateStore(session).set(STATE);
    expect(await createTabStateStore(session).get(3)).toEqual(STATE);
    await createTabStateStore(session).remove(3);
    expect(await createTabStateStore(session).get(3)).toBeUndefined();
  });

  it('falls back to memory without session storage', async () => {
    const store = createTabStateStore(undefined);
    await store.set(STATE);
    expect(await store.get(3)).toEqual(STATE);
    expect(await store.get(4)).toBeUndefined();
  });

  it('ignores a stored value that is not a tab state', async () => {
    const session = new FakeStorageArea();
    await session.set({ 'qinggao.tab.3': 'garbage' });
    expect(await createTabStateStore(session).get(3)).toBeUndefined();
  });
});

describe('badge', () => {
  it('shows the number of top-level outline items on a speech page, and nothing otherwise', () => {
    expect(badgeTextFor(STATE)).toBe('4');
    expect(badgeTextFor({ ...STATE, topLevelItems: 120 })).toBe('99+');
    expect(badgeTextFor({ ...STATE, isSpeech: false })).toBe('');
    expect(badgeTextFor({ ...STATE, topLevelItems: 0 })).toBe('');
    expect(badgeTextFor(undefined)).toBe('');
  });

  it('sets text and colour for the tab only', async () => {
    const fake = createFakeBrowser();
    await showBadge(fake.action, 3, STATE);
    expect(fake.calls.badgeText).toEqual([{ tabId: 3, text: '4' }]);
    expect(fake.calls.badgeColor).toHaveLength(1);
    await showBadge(fake.action, 3, undefined);
    expect(fake.calls.badgeText.at(-1)).toEqual({ tabId: 3, text: '' });
  });
});

describe('context menu and commands', () => {
  it('creates 净化本页 / 复制提纲 / 复制全文 / 打开清稿台 afresh (menus outlive the worker)', async () => {
    const fake = createFakeBrowser();
    await createMenus(asBrowser(fake).contextMenus, (key) => `msg:${key}`);
    await createMenus(asBrowser(fake).contextMenus, (key) => `msg:${key}`);
    expect(fake.calls.menuRemoveAll).toBe(2);
    expect(fake.calls.menus.map((m) => [m.id, m.title])).toEqual([
      ['qinggao-clean', 'msg:menuCleanPage'],
      ['qinggao-copy-outline', 'msg:menuCopyOutline'],
      ['qinggao-copy-text', 'msg:menuCopyText'],
      ['qinggao-open-desk', 'msg:menuOpenDesk'],
    ]);
    // the page actions on a page; the desk also on the toolbar button's menu, where no page is needed
    expect(fake.calls.menus.map((m) => m.contexts.join())).toEqual(['page,selection', 'page,selection', 'page,selection', 'page,selection,action']);
  });

  it('maps menu ids and manifest commands to actions', async () => {
    expect(MENU_ITEMS.map((item) => menuActionOf(item.id))).toEqual([
      { kind: 'clean' },
      { kind: 'copy', format: 'outline' },
      { kind: 'copy', format: 'text' },
      { kind: 'open-desk' },
    ]);
    expect(menuActionOf('something-else')).toBeUndefined();
    const manifest = (await import('../../manifest.json', { with: { type: 'json' } })).default;
    expect(Object.keys(COMMAND_ACTIONS).sort()).toEqual(Object.keys(manifest.commands).filter((c) => c !== '_execute_action').sort());
  });
});

describe('page actions', () => {
  it('injects the built content engine (top frame) before anything else', async () => {
    const fake = createFakeBrowser({ contentScript: ['src/content/first-stage.js'] });
    await ensureContentScript(asBrowser(fake), 5);
    expect(fake.calls.executeScript).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['src/content/engine.js'] }]);
  });

  it('injects what a content script asks for into its own frame, and nothing without a tab', async () => {
    const fake = createFakeBrowser();
    expect(await injectInto(asBrowser(fake), { id: 'x', tab: { id: 4 } as never, frameId: 0 }, ['src/content/engine.js'])).toBe(true);
    expect(await injectInto(asBrowser(fake), { id: 'x', tab: { id: 4 } as never, frameId: 3 }, ['src/content/re2-chunk.js'])).toBe(true);
    expect(await injectInto(asBrowser(fake), { id: 'x' }, ['src/content/engine.js'])).toBe(false);
    expect(fake.calls.executeScript).toEqual([
      { target: { tabId: 4, frameIds: [0] }, files: ['src/content/engine.js'] },
      { target: { tabId: 4, frameIds: [3] }, files: ['src/content/re2-chunk.js'] },
    ]);
  });

  it('cleans by the public message, to the top frame', async () => {
    const fake = createFakeBrowser();
    await cleanTab(asBrowser(fake), 5);
    expect(fake.calls.executeScript).toHaveLength(1);
    expect(fake.calls.sentToTabs).toEqual([{ tabId: 5, message: { type: 'qinggao:clean' }, options: { frameId: 0 } }]);
  });

  it('copies through the content script in the page, with the format as the argument', async () => {
    const fake = createFakeBrowser();
    expect(await copyFromTab(asBrowser(fake), 5, 'outline')).toBe(true);
    const injection = fake.calls.executeScript[1]!;
    expect(injection.func).toBe(copyThroughContentScript);
    expect(injection.args).toEqual(['outline']);
  });

  it('the injected copy function calls the content script, or answers false without one', async () => {
    const calls: string[] = [];
    globalThis.__qinggaoContent = { copy: async (format) => (calls.push(format), true), request: () => Promise.reject(new Error('not asked')), isAlive: () => true };
    try {
      expect(await copyThroughContentScript('text')).toBe(true);
      expect(calls).toEqual(['text']);
    } finally {
      globalThis.__qinggaoContent = undefined;
    }
    expect(await copyThroughContentScript('text')).toBe(false);
  });
});

describe('content script on every site', () => {
  const on = { ...DEFAULT_SETTINGS, detectEverywhere: true };

  it('is registered only when switched on and <all_urls> is granted, and only once', async () => {
    const fake = createFakeBrowser();
    expect(await syncEverywhereScript(asBrowser(fake), on, ['src/content/first-stage.js'])).toBe(false);
    expect(fake.registered).toEqual([]);

    fake.permissions.grant('<all_urls>');
    expect(await syncEverywhereScript(asBrowser(fake), on, ['src/content/first-stage.js'])).toBe(true);
    await syncEverywhereScript(asBrowser(fake), on, ['src/content/first-stage.js']);
    expect(fake.registered).toEqual([
      {
        id: EVERYWHERE_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: templateSiteMatchPatterns(),
        js: ['src/content/first-stage.js'],
        runAt: 'document_idle',
      },
    ]);
  });

  it('is unregistered when the setting goes off or the permission is revoked', async () => {
    const fake = createFakeBrowser({ grantedOrigins: ['<all_urls>'] });
    await syncEverywhereScript(asBrowser(fake), on, ['a.js']);
    await syncEverywhereScript(asBrowser(fake), DEFAULT_SETTINGS, ['a.js']);
    expect(fake.registered).toEqual([]);

    await syncEverywhereScript(asBrowser(fake), on, ['a.js']);
    fake.permissions.revoke('<all_urls>');
    await syncEverywhereScript(asBrowser(fake), on, ['a.js']);
    expect(fake.registered).toEqual([]);
  });
});

describe('handleMessages', () => {
  it('answers our messages from our extension and ignores everything else', async () => {
    const fake = createFakeBrowser();
    const seen: unknown[] = [];
    const remove = handleMessages(asBrowser(fake), {
      'qinggao:state': (message, sender) => void seen.push([message.status, sender.tab?.id]),
    });
    const [listener] = fake.runtime.onMessage.listeners;
    const state = { type: 'qinggao:state', url: 'u', status: 'analyzed', isSpeech: false, title: '', topLevelItems: 0, removedCount: 0 };

    expect(listener!(state, { id: 'other-extension', tab: { id: 1 } })).toBeUndefined();
    expect(listener!({ type: 'evil' }, { id: fake.runtime.id })).toBeUndefined();
    expect(listener!({ type: 'qinggao:undo' }, { id: fake.runtime.id })).toBeUndefined(); // no handler here
    await listener!(state, { id: fake.runtime.id, tab: { id: 2 } });
    expect(seen).toEqual([['analyzed', 2]]);

    remove();
    expect(fake.runtime.onMessage.listeners).toHaveLength(0);
  });
});
