// 合并全部 N 页 in a happy-dom page, its other pages fetched from a real local HTTP server: the
// pages appended after the first page's body, the whole cleaned as one speech, undo restoring
// the page exactly; GBK pages decoded by their declared charset; refusals and cancel.
import { afterEach, describe, expect, it } from 'vitest';
import { createSameOriginFetch, type FetchPage } from '../../../src/content/pagination/page-fetch';
import { createPageNotice } from '../../../src/content/page-notice';
import { harness } from '../app-harness';
import { FakeClock } from '../fake-clock';
import { openPage } from '../page-window';
import { encodeGbk, PARTS, pagedSpeechPage, serve, TITLE, wholeSpeechPage, type Served } from './paged-speech';

const html = 'text/html; charset=utf-8';
let server: Served | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const squash = (s: string) => s.replace(/\s+/g, '');
const nodeFetch: FetchPage = (url, signal) => createSameOriginFetch(new URL(url).origin, fetch)(url, signal);

async function threePageSite(style: 'numbers' | 'next-only' = 'numbers'): Promise<Served> {
  const stem = '123';
  return serve({
    '/jianghua/123.html': { type: html, body: pagedSpeechPage(1, { stem, style }) },
    '/jianghua/123_2.html': { type: html, body: pagedSpeechPage(2, { stem, style }) },
    '/jianghua/123_3.html': { type: html, body: pagedSpeechPage(3, { stem, style }) },
  });
}

async function openFirstPage(site: Served, path = '/jianghua/123.html', body?: string) {
  const page = body ?? pagedSpeechPage(1, { stem: '123' });
  const { window, document } = openPage(page, site.origin + path);
  const notice = createPageNotice(document, { notice: 'noticeLabel', close: 'noticeClose' }, new FakeClock());
  const h = harness(window, { fetchPage: createSameOriginFetch(site.origin, fetch), notice });
  /** what the in-page notice says now, its buttons included */
  const noticeText = (): string => notice.root?.textContent ?? '';
  return { window, document, noticeText, ...h };
}

describe('合并全部 N 页', () => {
  it('offers the merge from the pager, fetches pages 2 and 3 in order, and reads the whole as one speech', async () => {
    server = await threePageSite();
    const { app, document } = await openFirstPage(server);
    const before = document.body.innerHTML;

    const first = await app.clean();
    expect(first.pages).toEqual({ total: 3, merged: 1 });
    expect(first.outline.filter((i) => i.level === 1).map((i) => i.marker)).toEqual(['一、']);
    expect(server.requests).toEqual([]); // nothing is fetched before the click

    const merged = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123_2.html', '/jianghua/123_3.html']);
    expect(merged.status).toBe('cleaned');
    expect(merged.pages).toEqual({ total: 3, merged: 3 });
    // the outline runs on across the pages
    expect(merged.outline.map((i) => `${i.level}${i.marker}`)).toEqual(['1一、', '1二、', '2（一）', '2（二）', '1三、']);
    // every paragraph of every page, in order, once
    expect(merged.paragraphs.map(squash)).toEqual(PARTS.flat().map(squash));
    expect(merged.title).toBe(TITLE);
    // the repeated titles, the page headers and the pager lines are noise, each with its reason
    const removed = merged.removed.map((r) => `${r.reason}:${squash(r.text)}`);
    expect(removed.filter((r) => r.includes(squash(TITLE)) && r.startsWith('duplicate-title')).length).toBeGreaterThanOrEqual(2);
    for (const page of [2, 3]) expect(removed.some((r) => r.endsWith(`（第${page}页）`)), `page header ${page}`).toBe(true);
    expect(merged.removed.some((r) => /上一页/.test(r.text))).toBe(true);

    // in the page: after the first page's text, before its pager
    const content = document.querySelector('#content')!;
    const boxes = [...content.querySelectorAll('[data-qinggao-page]')];
    expect(boxes.map((b) => b.getAttribute('data-qinggao-page'))).toEqual(['2', '3']);
    expect(boxes[0]!.previousElementSibling?.textContent).toBe(PARTS[0]!.at(-1));
    expect(boxes[1]!.nextElementSibling?.className).toBe('dede_pages');
    expect(content.querySelector('script, img, input')).toBeNull();

    // undo: the page exactly as it came, the merge offered again
    const undone = await app.undo();
    expect(document.body.innerHTML).toBe(before);
    expect(undone.pages).toEqual({ total: 3, merged: 1 });
  });

  it('learns page 3 from page 2\'s pager when the first shows only 第1页 共3页 下一页', async () => {
    server = await threePageSite('next-only');
    const { app, document } = await openFirstPage(server, '/jianghua/123.html', pagedSpeechPage(1, { stem: '123', style: 'next-only' }));
    expect((await app.analyze()).pages).toEqual({ total: 3, merged: 1 });
    const before = document.body.innerHTML;
    const merged = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123_2.html', '/jianghua/123_3.html']);
    expect(merged.outline.filter((i) => i.level === 1).map((i) => i.marker)).toEqual(['一、', '二、', '三、']);
    await app.undo();
    expect(document.body.innerHTML).toBe(before);
  });

  it('decodes a GBK page by the charset it declares', async () => {
    const parts = [PARTS[0]!, [...PARTS[1]!, ...PARTS[2]!]];
    const gbk = 'text/html; charset=gbk';
    server = await serve({
      '/gbk/55_2.html': { type: gbk, body: encodeGbk(pagedSpeechPage(2, { stem: '55', parts, charset: 'gbk' })) },
    });
    const { app, document } = await openFirstPage(server, '/gbk/55.html', pagedSpeechPage(1, { stem: '55', parts, charset: 'gbk' }));
    const before = document.body.innerHTML;
    const merged = await app.mergePages();
    expect(merged.pages).toEqual({ total: 2, merged: 2 });
    expect(merged.paragraphs.map(squash)).toEqual(parts.flat().map(squash));
    await app.undo();
    expect(document.body.innerHTML).toBe(before);
  });

  it('refuses a login page and a redirect to another origin, keeping the page as it was', async () => {
    server = await serve({
      '/a/7_2.html': { redirect: (origin) => `${origin}/member/login.php?gourl=/a/7_2.html` },
      '/member/login.php?gourl=/a/7_2.html': { type: html, body: '<html><body><form><input name="u"><input type="password" name="p"></form></body></html>' },
      '/b/8_2.html': { redirect: (origin) => origin.replace('127.0.0.1', 'localhost') + '/b/8_2.html' },
    });
    for (const [path, stem] of [['/a/7.html', '7'], ['/b/8.html', '8']] as const) {
      const { app, document } = await openFirstPage(server, path, pagedSpeechPage(1, { stem }));
      await app.clean();
      const cleaned = document.body.innerHTML;
      const result = await app.mergePages();
      expect(result.pages).toEqual({ total: 3, merged: 1 });
      expect(document.body.innerHTML).toBe(cleaned);
    }
    // the login page was reached by a same-origin redirect and refused; the other host never asked
    expect(server.requests).toEqual(['/a/7_2.html', '/member/login.php?gourl=/a/7_2.html', '/b/8_2.html']);
  });

  it('cancel stops the merge between pages and leaves the page untouched', async () => {
    server = await threePageSite();
    const { window, document } = openPage(pagedSpeechPage(1, { stem: '123' }), `${server.origin}/jianghua/123.html`);
    let cancel = (): void => undefined;
    const readerCancels: FetchPage = async (url, signal) => {
      const answer = await nodeFetch(url, signal);
      cancel(); // the reader clicks 取消 while page 2 is read
      return answer;
    };
    const { app } = harness(window, { fetchPage: readerCancels });
    cancel = () => app.cancelMerge();
    await app.clean();
    const cleaned = document.body.innerHTML;
    const result = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123_2.html']);
    expect(result.pages).toEqual({ total: 3, merged: 1 });
    expect(result.status).toBe('cleaned');
    expect(document.body.innerHTML).toBe(cleaned);
  });
});

describe('合并全部 N 页 through the one-page full text (全文阅读)', () => {
  async function siteWithWhole(whole: { type: string; body: string } | { redirect: (origin: string) => string } | undefined) {
    const stem = '123';
    return serve({
      '/jianghua/123.html': { type: html, body: pagedSpeechPage(1, { stem, whole: true }) },
      '/jianghua/123_2.html': { type: html, body: pagedSpeechPage(2, { stem, whole: true }) },
      '/jianghua/123_3.html': { type: html, body: pagedSpeechPage(3, { stem, whole: true }) },
      ...(whole ? { '/jianghua/123_all.html': whole } : {}),
    });
  }

  it('fetches only the full text and puts its body in place of the first page\'s; undo restores the page exactly', async () => {
    server = await siteWithWhole({ type: html, body: wholeSpeechPage() });
    const { app, document } = await openFirstPage(server, '/jianghua/123.html', pagedSpeechPage(1, { stem: '123', whole: true }));
    const before = document.body.innerHTML;
    const first = await app.clean();
    expect(first.pages).toEqual({ total: 3, merged: 1, whole: 'offered' });

    const merged = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123_all.html']);
    expect(merged.pages).toEqual({ total: 3, merged: 3, whole: 'loaded' });
    // every paragraph once, in order: the first page's own text is not left beside the full text
    expect(merged.paragraphs.map(squash)).toEqual(PARTS.flat().map(squash));
    expect(merged.outline.filter((i) => i.level === 1).map((i) => i.marker)).toEqual(['一、', '二、', '三、']);
    expect(merged.title).toBe(TITLE);
    const content = document.querySelector('#content')!;
    const box = content.querySelector('[data-qinggao-page]')!;
    expect(box.getAttribute('data-qinggao-page')).toBe('all');
    expect(box.nextElementSibling?.className).toBe('dede_pages');
    expect(content.querySelectorAll('p').length).toBe(PARTS.flat().length);
    // once loaded, nothing more is offered
    expect((await app.mergePages()).pages).toEqual({ total: 3, merged: 3, whole: 'loaded' });
    expect(server.requests).toHaveLength(1);

    const undone = await app.undo();
    expect(document.body.innerHTML).toBe(before);
    expect(undone.pages).toEqual({ total: 3, merged: 1, whole: 'offered' });
  });

  it('falls back to page by page when the full text fails, is a login page, or holds less than the first page', async () => {
    const preview = wholeSpeechPage({ parts: [PARTS[0]!.slice(0, 2)] }).replace('</div>\n</div>', '<p>全文预览已结束，开通VIP查看全文</p></div>\n</div>');
    const cases: [string, Parameters<typeof siteWithWhole>[0]][] = [
      ['missing (404)', undefined],
      ['a login page', { redirect: (origin) => `${origin}/member/login.php?gourl=/jianghua/123_all.html` }],
      ['a shorter preview', { type: html, body: preview }],
      ['not a speech', { type: html, body: '<html><head><title>出错了</title></head><body><p>页面不存在或已删除，3秒后返回首页。</p></body></html>' }],
    ];
    for (const [name, whole] of cases) {
      server = await siteWithWhole(whole);
      const { app, document } = await openFirstPage(server, '/jianghua/123.html', pagedSpeechPage(1, { stem: '123', whole: true }));
      const before = document.body.innerHTML;
      const merged = await app.mergePages();
      expect(server.requests.filter((r) => !r.startsWith('/member/')), name).toEqual(['/jianghua/123_all.html', '/jianghua/123_2.html', '/jianghua/123_3.html']);
      expect(merged.pages, name).toEqual({ total: 3, merged: 3 });
      expect(merged.paragraphs.map(squash), name).toEqual(PARTS.flat().map(squash));
      await app.undo();
      expect(document.body.innerHTML, name).toBe(before);
      await server.close();
      server = undefined;
    }
  });

  it('a page that links only its full text offers 载入全文, and says so when the full text cannot be used', async () => {
    server = await serve({ '/jianghua/9_all.html': { type: html, body: wholeSpeechPage() } });
    const onlyWhole = pagedSpeechPage(1, { stem: '9', style: 'whole-only', whole: true });
    const { app, document, noticeText } = await openFirstPage(server, '/jianghua/9.html', onlyWhole);
    const before = document.body.innerHTML;
    expect((await app.analyze()).pages).toEqual({ total: 1, merged: 1, whole: 'offered' });
    await app.clean();
    expect(noticeText()).toContain('noticeLoadWhole');
    expect(noticeText()).not.toContain('noticeMergePages');
    const merged = await app.mergePages();
    expect(merged.pages).toEqual({ total: 1, merged: 1, whole: 'loaded' });
    expect(merged.paragraphs.map(squash)).toEqual(PARTS.flat().map(squash));
    expect(noticeText()).toContain('noticeWholeLoaded');
    expect(noticeText()).not.toContain('noticeLoadWhole');
    await app.undo();
    expect(document.body.innerHTML).toBe(before);

    await server.close();
    server = await serve({});
    const second = await openFirstPage(server, '/jianghua/9.html', onlyWhole);
    await second.app.clean();
    const cleaned = second.document.body.innerHTML;
    const refused = await second.app.mergePages();
    expect(refused.pages).toEqual({ total: 1, merged: 1, whole: 'offered' });
    expect(second.document.body.innerHTML).toBe(cleaned);
    expect(second.noticeText()).toContain('noticeWholeRefused');
  });
});

describe('合并全部 N 页 started on a later page', () => {
  it('on page 2 of 3: page 1 goes before its text, page 3 after; undo restores the page exactly', async () => {
    server = await threePageSite();
    const { app, document } = await openFirstPage(server, '/jianghua/123_2.html', pagedSpeechPage(2, { stem: '123' }));
    const before = document.body.innerHTML;
    const first = await app.clean();
    expect(first.pages).toEqual({ total: 3, merged: 1 });

    const merged = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123.html', '/jianghua/123_3.html']);
    expect(merged.pages).toEqual({ total: 3, merged: 3 });
    expect(merged.paragraphs.map(squash)).toEqual(PARTS.flat().map(squash));
    expect(merged.outline.map((i) => `${i.level}${i.marker}`)).toEqual(['1一、', '1二、', '2（一）', '2（二）', '1三、']);
    expect(merged.title).toBe(TITLE);
    const boxes = [...document.querySelectorAll('#content [data-qinggao-page]')];
    expect(boxes.map((b) => b.getAttribute('data-qinggao-page'))).toEqual(['1', '3']);

    const undone = await app.undo();
    expect(document.body.innerHTML).toBe(before);
    expect(undone.pages).toEqual({ total: 3, merged: 1 });
  });

  it('on page 2 with only 第2页 共3页 下一页 (page 1 not linked): no merge is offered', async () => {
    server = await threePageSite('next-only');
    const { app } = await openFirstPage(server, '/jianghua/123_2.html', pagedSpeechPage(2, { stem: '123', style: 'next-only' }));
    const analysis = await app.clean();
    expect(analysis.pages).toBeUndefined();
    await app.mergePages();
    expect(server.requests).toEqual([]);
  });

  it('a page before the shown one that cannot be read merges nothing', async () => {
    server = await serve({ '/jianghua/123_3.html': { type: html, body: pagedSpeechPage(3, { stem: '123' }) } });
    const { app, document } = await openFirstPage(server, '/jianghua/123_2.html', pagedSpeechPage(2, { stem: '123' }));
    await app.clean();
    const cleaned = document.body.innerHTML;
    const result = await app.mergePages();
    expect(server.requests).toEqual(['/jianghua/123.html']);
    expect(result.pages).toEqual({ total: 3, merged: 1 });
    expect(document.body.innerHTML).toBe(cleaned);
  });
});
