// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.gongwenhui.com/a/1.html"}
// The content script entry as the browser runs it: globals, the real messaging, a fake runtime.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle, type FakeBrowser } from '../background/fake-browser';
import { blockedSpeechPage, loadPage } from './snippets';

const fake: FakeBrowser = vi.hoisted(() => ({}) as FakeBrowser);
vi.mock('../../src/shared/browser', () => ({ browser: fake }));

const sent: unknown[] = [];

beforeEach(() => {
  Object.assign(fake, createFakeBrowser());
  fake.runtime.sendMessage = async (message: unknown) => void sent.push(message);
  sent.length = 0;
  globalThis.__qinggaoContent = undefined;
  loadPage(blockedSpeechPage());
  vi.resetModules();
});

const start = async () => {
  await import('../../src/content/index');
  await settle();
};

describe('content script entry', () => {
  it('on a template site: auto-cleans, reports its state and answers the public messages', async () => {
    await start();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned');
    expect(sent).toEqual([expect.objectContaining({ type: 'qinggao:state', status: 'cleaned', isSpeech: true, topLevelItems: 3 })]);

    const [listener] = fake.runtime.onMessage.listeners;
    const undone = await listener!({ type: 'qinggao:undo' }, { id: fake.runtime.id });
    expect(undone).toMatchObject({ isSpeech: true });
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(listener!({ type: 'qinggao:clean' }, { id: 'another-extension' })).toBeUndefined();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
  });

  it('starts once when injected twice', async () => {
    await start();
    vi.resetModules();
    await start();
    expect(fake.runtime.onMessage.listeners).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('takes over from a script whose extension was reloaded', async () => {
    globalThis.__qinggaoContent = { copy: async () => false, request: () => Promise.reject(new Error('orphan')), isAlive: () => false };
    await start();
    expect(fake.runtime.onMessage.listeners).toHaveLength(1);
    expect(globalThis.__qinggaoContent?.isAlive()).toBe(true);
  });
});
