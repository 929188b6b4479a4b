// Zero-width characters sprinkled into the page's text (copy fingerprints) leave the page's own
// text nodes when it is cleaned, so select-all + copy gives clean text; undo puts them back.
import { describe, expect, it } from 'vitest';
import { DomJournal } from '../../src/content/dom-journal';
import { stripInvisibleText } from '../../src/content/strip-invisible';
import { harness } from './app-harness';
import { FakeClock, settle } from './fake-clock';
import { openPage, readableText } from './page-window';
import { blockedSpeechPage } from './snippets';

const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\u00AD]/;

describe('stripInvisibleText', () => {
  it('drops every zero-width kind from text nodes, leaves scripts, styles and fields alone, and undoes exactly', () => {
    const { document } = openPage(
      '<div id="a"><p>安\u200b全\u200c生\u200d产\u200e事\u200f关\u2060人\ufeff民\u00ad群众</p>' +
        '<script>var s = "\u200b";</script><style>.x::after { content: "\u200b" }</style><textarea>草\u200b稿</textarea></div>',
    );
    const a = document.querySelector('#a')!;
    const before = a.innerHTML;
    const journal = new DomJournal();
    expect(stripInvisibleText(a, journal)).toBe(1);
    expect(a.querySelector('p')!.textContent).toBe('安全生产事关人民群众');
    expect(a.querySelector('script')!.textContent).toBe('var s = "\u200b";');
    expect(a.querySelector('textarea')!.textContent).toBe('草\u200b稿');
    journal.undo();
    expect(a.innerHTML).toBe(before);
  });
});

describe('cleaning a page sprinkled with zero-width characters', () => {
  const sprinkle = (html: string) => html.replace(/(<p>[^<]{3})/g, '$1\u200b').replace(/(要)/g, '\u200d$1\ufeff');

  it('leaves none in the page text, title included, and undo brings every one back', async () => {
    const html = sprinkle(blockedSpeechPage()).replace('<h2 class="title">在全县', '<h2 class="title">在\u200b全县');
    const { window, document } = openPage(html);
    expect(ZERO_WIDTH.test(readableText(document.body))).toBe(true);
    const original = document.body.innerHTML;
    const { app } = harness(window);
    await app.clean();
    expect(ZERO_WIDTH.test(readableText(document.body))).toBe(false);
    await app.undo();
    expect(document.body.innerHTML).toBe(original);
  });

  it('strips them from text the page adds back after cleaning', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const clock = new FakeClock();
    const { app } = harness(window, { watchOptions: { scheduler: clock, delayMs: 400 } });
    await app.clean();
    const container = document.querySelector('#content')!;
    const p = document.createElement('p');
    p.textContent = '要压实\u200b责任，确保万无一失。';
    container.append(p);
    await settle();
    clock.advance(400);
    await settle();
    expect(p.textContent).toBe('要压实责任，确保万无一失。');
  });
});
