// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.gongwenhui.com/a/1.html"}
// The two stages as the browser runs them: the first stage with the browser's own runtime API
// (no polyfill), and the background's injection of the engine played by importing it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, settle, type FakeBrowser } from '../background/fake-browser';
import { blockedSpeechPage, loadPage } from './snippets';

const fake: FakeBrowser = vi.hoisted(() => ({}) as FakeBrowser);
vi.mock('../../src/shared/browser', () => ({ browser: fake }));

const sent: { type: string }[] = [];

beforeEach(() => {
  Object.assign(fake, createFakeBrowser());
  sent.length = 0;
  fake.runtime.sendMessage = async (message: unknown) => {
    sent.push(message as { type: string });
    // the background injects the engine into the page that asked
    if ((message as { type: string }).type === 'qinggao:load-engine') await import('../../src/content/engine');
    return true;
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime: fake.runtime };
  globalThis.__qinggaoContent = undefined;
  globalThis.__qinggaoFirstStage = undefined;
  vi.resetModules();
});

const startFirstStage = async () => {
  await import('../../src/content/first-stage');
  await settle();
};

/** Sends a public message the way the browser delivers it: to every listener, answered once. */
async function deliver(type: string, senderId = fake.runtime.id): Promise<unknown> {
  const answers: Promise<unknown>[] = [];
  for (const listener of [...fake.runtime.onMessage.listeners]) {
    let respond!: (value: unknown) => void;
    const answered = new Promise((resolve) => (respond = resolve));
    const result = listener({ type }, { id: senderId }, respond);
    if (result === true) answers.push(answered);
    else if (result instanceof Promise) answers.push(result);
  }
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0];
}

const ENGLISH_PAGE = `<!DOCTYPE html><html><head><title>Markets close higher</title></head>
<body><h1>Markets close higher</h1><p>Stocks rose on Tuesday as investors weighed new data.</p></body></html>`;

describe('content script, first stage', () => {
  it('on a page that may hold a speech: has the engine injected, which cleans it', async () => {
    loadPage(blockedSpeechPage());
    await startFirstStage();
    await vi.waitFor(() => expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned'), { timeout: 10_000 });
    expect(sent.map((m) => m.type)).toEqual(['qinggao:load-engine', 'qinggao:state']);
    // from now on the engine answers the public messages itself
    const undone = (await deliver('qinggao:undo')) as { isSpeech: boolean; status: string };
    expect(undone).toMatchObject({ isSpeech: true, status: 'analyzed' });
  });

  it('on a page with no sign of a speech: marks it analyzed and loads, builds and sends nothing', async () => {
    loadPage(ENGLISH_PAGE);
    await startFirstStage();
    expect(sent).toEqual([]);
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(globalThis.__qinggaoContent).toBeUndefined();
    expect(document.querySelector('[data-qinggao="notice"]')).toBeNull();
  });

  it('answers a public message there by having the engine injected first', async () => {
    loadPage(ENGLISH_PAGE);
    await startFirstStage();
    const analysis = (await deliver('qinggao:analyze')) as { isSpeech: boolean; title: string };
    expect(sent[0]).toEqual({ type: 'qinggao:load-engine' });
    expect(analysis).toMatchObject({ isSpeech: false, title: 'Markets close higher' });
    // the engine's own listener answers the next one
    expect(await deliver('qinggao:analyze')).toMatchObject({ isSpeech: false });
    expect(sent.filter((m) => m.type === 'qinggao:load-engine')).toHaveLength(1);
  });

  it('ignores messages from anyone else', async () => {
    loadPage(ENGLISH_PAGE);
    await startFirstStage();
    const [listener] = fake.runtime.onMessage.listeners;
    expect(listener!({ type: 'qinggao:analyze' }, { id: 'another-extension' }, () => undefined)).toBe(false);
    expect(listener!({ type: 'qinggao:state' }, { id: fake.runtime.id }, () => undefined)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('starts once when injected twice', async () => {
    loadPage(ENGLISH_PAGE);
    await startFirstStage();
    vi.resetModules();
    await startFirstStage();
    expect(fake.runtime.onMessage.listeners).toHaveLength(1);
  });
});
