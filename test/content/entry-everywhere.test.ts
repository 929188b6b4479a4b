// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.example-news.com/2024/speech.html"}
// "在所有网站上检测" on a site that is no template site (issue 12 item 13): the switch says it
// detects, and it does exactly that — the page is read and the badge told it is a speech;
// cleaning waits for the reader's click.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle, type FakeBrowser } from '../background/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/shared/settings';
import { blockedSpeechPage, loadPage, WATERMARK } from './snippets';

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

describe('content script registered for every site', () => {
  it('detects a speech and reports it, but does not clean it', async () => {
    await fake.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, detectEverywhere: true } });
    await start();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(sent).toEqual([expect.objectContaining({ type: 'qinggao:state', status: 'analyzed', isSpeech: true })]);
    expect(document.body.textContent).toContain(WATERMARK);

    // the reader's click (popup, menu, shortcut) cleans it
    const [listener] = fake.runtime.onMessage.listeners;
    await listener!({ type: 'qinggao:clean' }, { id: fake.runtime.id });
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned');
    expect(document.querySelector('#content')!.textContent).not.toContain(WATERMARK);
  });

  it('waits for a click when detection everywhere is off (injected by a gesture)', async () => {
    await start();
    expect(document.documentElement.getAttribute('data-qinggao')).toBeNull();
    expect(sent).toEqual([]);
  });
});
