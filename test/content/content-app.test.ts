// The content script's flows: the automatic run on template sites, the notice's buttons,
// the public messages' answers, and copying from a menu or shortcut.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/index';
import { renderOutlineText } from '../../src/core/index';
import type { ClipboardPayload, PageClipboard } from '../../src/content/page-clipboard';
import { createPageNotice } from '../../src/content/page-notice';
import { harness } from './app-harness';
import { openPage } from './page-window';
import { blockedSpeechPage, WATERMARK } from './snippets';

const NOT_A_SPEECH = `<!DOCTYPE html><html><head><title>家用路由器怎么设置_电脑知识</title></head><body>
<div class="content">
<p>路由器买回来以后，先用网线把光猫的网口和路由器的WAN口连起来，再给路由器接上电源。</p>
<p>打开手机的无线网络设置，连接路由器背面标签上写的默认无线网络名称，密码也在标签上。</p>
<p>连上以后浏览器会自动打开设置页面，按提示选择上网方式，一般选自动获取就可以了。</p>
<p>最后给无线网络起一个新名字，设置一个不容易被猜到的密码，保存以后路由器会自动重启。</p>
</div></body></html>`;

function recordingClipboard(): PageClipboard & { written: ClipboardPayload[] } {
  const written: ClipboardPayload[] = [];
  return { written, write: async (payload) => (written.push(payload), true), isOwnEvent: () => false };
}

const noticeText = (document: Document): string => {
  const host = document.documentElement.querySelector(':scope > [data-qinggao="notice"]');
  return host ? 'shown' : 'none';
};


describe('automatic run on a template site', () => {
  it('cleans a speech, marks <html>, reports the state and shows the notice outside the body', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const { app, states } = harness(window);
    await app.autoRun();

    expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned');
    expect(document.body.textContent).not.toContain(WATERMARK);
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ url: 'https://www.gongwenhui.com/a/1.html', status: 'cleaned', isSpeech: true, topLevelItems: 3 });
    expect(states[0]!.removedCount).toBeGreaterThan(0);
    expect(noticeText(document)).toBe('shown');
    expect(document.body.querySelector('[data-qinggao]')).toBeNull();
  });

  it('only analyzes when auto-clean is off', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const before = document.body.innerHTML;
    const { app, states } = harness(window, { settings: { autoClean: false } });
    await app.autoRun();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(document.body.innerHTML).toBe(before);
    expect(states[0]).toMatchObject({ status: 'analyzed', isSpeech: true });
    expect(noticeText(document)).toBe('none');
  });

  it('only analyzes on a site the user switched off (a listed domain covers www.)', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const before = document.body.innerHTML;
    const { app } = harness(window, { settings: { disabledSites: ['gongwenhui.com'] } });
    await app.autoRun();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves a page that is not a speech untouched', async () => {
    const { window, document } = openPage(NOT_A_SPEECH);
    const before = document.body.innerHTML;
    const { app, states } = harness(window);
    await app.autoRun();
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(document.body.innerHTML).toBe(before);
    expect(states[0]).toMatchObject({ isSpeech: false, topLevelItems: 0 });
  });
});

describe('a page that shows no Chinese', () => {
  const ENGLISH = `<!DOCTYPE html><html lang="en"><head><title>Markets rally as rates hold</title></head><body>
<h1>Markets rally as rates hold</h1><div class="story">${'<p>Stocks rose on Tuesday after the central bank held rates steady, traders said.</p>'.repeat(40)}</div></body></html>`;

  it('is not read at all by the automatic run, yet a click still analyzes it', async () => {
    const { window, document } = openPage(ENGLISH);
    let reads = 0;
    const { app, states } = harness(window, {
      analyzeDocument: (doc, options) => {
        reads++;
        return analyzeDocument(doc, options);
      },
    });
    await app.autoRun();
    expect(reads).toBe(0);
    expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(states[0]).toMatchObject({ isSpeech: false });
    const analysis = await app.analyze();
    expect(reads).toBe(1);
    expect(analysis.isSpeech).toBe(false);
  });
});

describe('the notice after auto-clean', () => {
  function autoCleanedPage() {
    const page = openPage(blockedSpeechPage());
    const notice = createPageNotice(page.document, { notice: 'noticeLabel', close: 'noticeClose' });
    const h = harness(page.window, { notice });
    const body = page.document.body;
    const snapshot = () => ({ html: body.innerHTML, attributes: body.getAttributeNames().map((n) => `${n}=${body.getAttribute(n)}`) });
    const button = (label: string) => [...notice.root!.querySelectorAll('button')].find((b) => b.textContent === label)!;
    return { ...page, ...h, notice, snapshot, button };
  }
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('says how many items were removed and offers undo and "never on this site"', async () => {
    const page = autoCleanedPage();
    await page.app.autoRun();
    const analysis = await page.app.analyze();
    expect(page.notice.root!.textContent).toContain(`noticeCleaned(${analysis.removed.length})`);
    expect([...page.notice.root!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['noticeUndo', 'noticeNeverOnSite', '×']);
    page.notice.hide();
  });

  it('its undo button restores the body and its attributes exactly', async () => {
    const page = autoCleanedPage();
    const original = page.snapshot();
    await page.app.autoRun();
    expect(page.snapshot()).not.toEqual(original);
    page.button('noticeUndo').click();
    await settle();
    expect(page.snapshot()).toEqual(original);
    expect(page.document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
    expect(page.notice.root!.textContent).toContain('noticeUndone');
    page.notice.hide();
  });

  it('"never on this site" undoes the cleaning and switches the site off', async () => {
    const page = autoCleanedPage();
    const original = page.snapshot();
    await page.app.autoRun();
    page.button('noticeNeverOnSite').click();
    await settle();
    expect(page.settings.current.disabledSites).toEqual(['gongwenhui.com']);
    expect(page.snapshot()).toEqual(original);
    expect(page.app.cleaned).toBe(false);
    expect(page.notice.root!.textContent).toContain('noticeSiteDisabled');
    page.notice.hide();
  });
});

describe('answers to the public messages', () => {
  it('analyze, clean and undo each answer with the same Analysis, saying whether the page is cleaned', async () => {
    const { window } = openPage(blockedSpeechPage());
    const { app } = harness(window);
    const analyzed = await app.analyze();
    const cleaned = await app.clean();
    const analyzedWhileCleaned = await app.analyze();
    const undone = await app.undo();
    expect(analyzed.status).toBe('analyzed');
    expect(cleaned.status).toBe('cleaned');
    expect(analyzedWhileCleaned).toEqual(cleaned);
    expect(undone).toEqual(analyzed);
    const { removed: removedOnPage, status: _cleaned, ...speech } = cleaned;
    const { removed, status: _analyzed, ...sameSpeech } = analyzed;
    expect(speech).toEqual(sameSpeech);
    // the cleaned page also names the site it hid around the article, with its text
    expect(removedOnPage.slice(0, removed.length)).toEqual(removed);
    expect(removedOnPage.slice(removed.length)).toEqual([
      { text: '公文汇 致辞讲话', reason: 'site-chrome', rule: 'focus.around-article' },
      { text: 'Copyright © 公文汇 苏ICP备12345678号', reason: 'site-chrome', rule: 'focus.around-article' },
    ]);
    expect(analyzed.isSpeech).toBe(true);
    expect(analyzed.removed.map((r) => r.text)).toContain(WATERMARK);
  });

  it('undo on a page that was never cleaned just analyzes', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const before = document.body.innerHTML;
    const { app } = harness(window);
    const analysis = await app.undo();
    expect(analysis.isSpeech).toBe(true);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('copy from a menu item or shortcut', () => {
  it('copies the outline to the configured depth, plain and rich', async () => {
    const { window } = openPage(blockedSpeechPage());
    const clipboard = recordingClipboard();
    const { app } = harness(window, { clipboard, settings: { outlineDepth: 1 } });
    expect(await app.copy('outline')).toBe(true);
    const analysis = await app.analyze();
    expect(clipboard.written).toHaveLength(1);
    expect(clipboard.written[0]!.text).toBe(renderOutlineText(analysis.outline, { maxDepth: 1 }));
    expect(clipboard.written[0]!.text.split('\n')).toHaveLength(3);
    expect(clipboard.written[0]!.html).toContain('提高政治站位');
  });

  it('copies the cleaned full text without the watermark', async () => {
    const { window } = openPage(blockedSpeechPage());
    const clipboard = recordingClipboard();
    const { app } = harness(window, { clipboard });
    expect(await app.copy('text')).toBe(true);
    expect(clipboard.written[0]!.text).toContain('同志们：');
    expect(clipboard.written[0]!.text).not.toContain('gongwenhui');
  });

  it('says so and copies nothing when the page has no outline', async () => {
    const { window } = openPage(`<!DOCTYPE html><html><body><div class="content"><p>同志们：</p>
      <p>今天我们召开这个会议，主要是总结上半年的工作，安排下半年的任务，希望大家认真抓好落实。</p>
      <p>希望大家认真履职尽责，以饱满的精神状态投入各项工作，确保全年目标任务圆满完成。谢谢大家！</p></div></body></html>`);
    const clipboard = recordingClipboard();
    const messages: string[] = [];
    const { app } = harness(window, {
      clipboard,
      notice: { show: (c) => void messages.push(c.message), hide: () => undefined, host: null, root: null, keepClearOf: () => undefined },
    });
    expect(await app.copy('outline')).toBe(false);
    expect(clipboard.written).toEqual([]);
    expect(messages).toEqual(['noticeNoOutline']);
  });
});
