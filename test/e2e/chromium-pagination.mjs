// 合并全部 N 页 in Chromium (issue 10 §2): a served 3-page speech merged from the popup's button
// and undone; the same speech through its one-page full text (全文阅读), and merged from its
// page 2; a 2-page GBK speech merged by message and undone. Only the article's own pages are
// asked for, after the click and not before. And the README's screenshots of the merge.
import { GBK_PARTS, THREE_PAGE_PARTS } from './pagination-pages.mjs';
import { join } from 'node:path';
import { firstDifference } from './expectations.mjs';
import { readPage, readStatus } from './page-probes.mjs';
import { assert } from './report.mjs';

const squash = (text) => text.replace(/\s+/g, '');

async function waitForStatus(page, expected, timeout = 10_000) {
  try {
    await page.waitForFunction((value) => document.documentElement.getAttribute('data-qinggao') === value, expected, { timeout, polling: 100 });
  } catch {
    assert(false, `<html data-qinggao> is ${JSON.stringify(await page.evaluate(readStatus))}, expected ${JSON.stringify(expected)}`);
  }
}

/** What the server was asked for under /e2e-pagination/ since `mark`. */
const pagesAsked = (server, mark) =>
  server.requests.slice(mark).filter((request) => request.path.startsWith('/e2e-pagination/')).map((request) => request.path.slice('/e2e-pagination/'.length));

function checkMerged(analysis, parts, { repeatedTitle = true } = {}) {
  assert(analysis?.pages?.merged === parts.length, `pages after the merge: ${JSON.stringify(analysis?.pages)}`);
  const expected = parts.flat().map(squash);
  const got = (analysis.paragraphs ?? []).map(squash);
  const difference = firstDifference(expected.join('\n'), got.join('\n'));
  assert(!difference, `merged paragraphs ${difference}`);
  const top = analysis.outline.filter((item) => item.level === 1).map((item) => item.marker);
  assert(top.join('') === '一、二、三、', `top-level outline ${JSON.stringify(top)}`);
  if (repeatedTitle) assert(analysis.removed.some((item) => item.reason === 'duplicate-title'), 'the repeated title is not listed as removed');
}

/**
 * @param {{ report: any, suite: string, context: any, control: any, site: { page: any, tabId: number } }} session
 * @param {{ threePage: string, gbk: string, server: { requests: { path: string }[] } }} pagination
 */
export async function paginationChecks(session, pagination) {
  if (!pagination) return;
  const { report, control, site, context } = session;
  const suite = `${session.suite}/pagination`;
  const { server } = pagination;

  await control.setSettings({ autoClean: false });
  let before;
  const offered = await report.check(suite, '3-page speech: the popup offers 合并全部 3 页, and nothing is fetched before the click', async () => {
    await site.page.goto(pagination.threePage, { waitUntil: 'load' });
    await waitForStatus(site.page, 'analyzed');
    before = await site.page.evaluate(readPage);
    const cleaned = await control.send(site.tabId, 'qinggao:clean');
    assert(cleaned?.pages?.total === 3 && cleaned.pages.merged === 1, `pages before the merge: ${JSON.stringify(cleaned?.pages)}`);
    const asked = pagesAsked(server, 0).filter((path) => path !== '123.html');
    assert(asked.length === 0, `fetched before the click: ${asked.join(', ')}`);
  });
  if (offered) {
    await report.check(suite, "3-page speech: the popup's 合并全部 3 页 appends pages 2 and 3 in place; one speech, outline runs on", async () => {
      const popup = await context.newPage();
      try {
        await popup.goto(control.popupUrl(site.tabId));
        const mark = server.requests.length;
        const button = popup.locator('button.merge-pages');
        await button.waitFor({ timeout: 10_000 });
        await button.click();
        await site.page.waitForFunction(() => document.querySelector('[data-qinggao-page="3"]'), null, { timeout: 15_000 });
        const asked = pagesAsked(server, mark);
        assert(asked.join(' ') === '123_2.html 123_3.html', `asked for ${asked.join(', ')}`);
      } finally {
        await popup.close();
      }
      checkMerged(await control.send(site.tabId, 'qinggao:analyze'), THREE_PAGE_PARTS);
      const text = squash(await site.page.evaluate(() => document.getElementById('content').innerText));
      assert(text.includes(squash(THREE_PAGE_PARTS[2].at(-1))), 'page 3 is not in the page');
      assert(!text.includes('（第2页）') && !text.includes('共3页'), 'a page header or pager line is still shown');
    });
    await report.check(suite, '3-page speech: undo restores the page exactly (outerHTML identical)', async () => {
      const undone = await control.send(site.tabId, 'qinggao:undo');
      assert(undone?.pages?.merged === 1, `pages after undo: ${JSON.stringify(undone?.pages)}`);
      await waitForStatus(site.page, 'analyzed');
      const after = await site.page.evaluate(readPage);
      const difference = firstDifference(before.html, after.html);
      assert(!difference, `outerHTML after undo ${difference}`);
    });
  }

  await report.check(suite, '3-page speech with a 全文阅读 link: only the full text is fetched, in place of page 1\'s text; undo exact', async () => {
    await site.page.goto(pagination.withWholeText, { waitUntil: 'load' });
    await waitForStatus(site.page, 'analyzed');
    const wholeBefore = await site.page.evaluate(readPage);
    const cleaned = await control.send(site.tabId, 'qinggao:clean');
    assert(cleaned?.pages?.whole === 'offered' && cleaned.pages.total === 3, `pages before the merge: ${JSON.stringify(cleaned?.pages)}`);
    const mark = server.requests.length;
    const merged = await control.send(site.tabId, 'qinggao:merge-pages');
    const asked = pagesAsked(server, mark);
    assert(asked.join(' ') === '456_all.html', `asked for ${asked.join(', ')}`);
    assert(merged?.pages?.whole === 'loaded', `pages after the merge: ${JSON.stringify(merged?.pages)}`);
    checkMerged(merged, THREE_PAGE_PARTS, { repeatedTitle: false });
    const boxes = await site.page.evaluate(() => [...document.querySelectorAll('[data-qinggao-page]')].map((box) => box.getAttribute('data-qinggao-page')));
    assert(boxes.join(' ') === 'all', `merged boxes ${JSON.stringify(boxes)}`);
    await control.send(site.tabId, 'qinggao:undo');
    await waitForStatus(site.page, 'analyzed');
    const after = await site.page.evaluate(readPage);
    const difference = firstDifference(wholeBefore.html, after.html);
    assert(!difference, `outerHTML after undo ${difference}`);
  });

  await report.check(suite, '3-page speech started on page 2: page 1 goes before its text, page 3 after; undo exact', async () => {
    await site.page.goto(pagination.secondPage, { waitUntil: 'load' });
    await waitForStatus(site.page, 'analyzed');
    const secondBefore = await site.page.evaluate(readPage);
    const cleaned = await control.send(site.tabId, 'qinggao:clean');
    assert(cleaned?.pages?.total === 3 && cleaned.pages.merged === 1, `pages before the merge: ${JSON.stringify(cleaned?.pages)}`);
    const mark = server.requests.length;
    const merged = await control.send(site.tabId, 'qinggao:merge-pages');
    const asked = pagesAsked(server, mark);
    assert(asked.join(' ') === '123.html 123_3.html', `asked for ${asked.join(', ')}`);
    checkMerged(merged, THREE_PAGE_PARTS);
    await control.send(site.tabId, 'qinggao:undo');
    await waitForStatus(site.page, 'analyzed');
    const after = await site.page.evaluate(readPage);
    const difference = firstDifference(secondBefore.html, after.html);
    assert(!difference, `outerHTML after undo ${difference}`);
  });

  await report.check(suite, '2-page GBK speech: merged by its declared charset, then undone exactly', async () => {
    await site.page.goto(pagination.gbk, { waitUntil: 'load' });
    await waitForStatus(site.page, 'analyzed');
    const gbkBefore = await site.page.evaluate(readPage);
    await control.send(site.tabId, 'qinggao:clean');
    const merged = await control.send(site.tabId, 'qinggao:merge-pages');
    assert(merged?.pages?.merged === 2, `pages after the merge: ${JSON.stringify(merged?.pages)}`);
    const expected = GBK_PARTS.flat().map(squash).join('\n');
    const difference = firstDifference(expected, merged.paragraphs.map(squash).join('\n'));
    assert(!difference, `merged paragraphs ${difference}`);
    await control.send(site.tabId, 'qinggao:undo');
    await waitForStatus(site.page, 'analyzed');
    const after = await site.page.evaluate(readPage);
    const htmlDifference = firstDifference(gbkBefore.html, after.html);
    assert(!htmlDifference, `outerHTML after undo ${htmlDifference}`);
  });
  await control.setSettings({ autoClean: true });
}

/**
 * The README's pictures of the merge (zh_CN): the auto-cleaned first page with the in-page
 * notice offering 合并全部 3 页, then the page after the merge with its notice. Taken while the
 * notice is up (it hides itself after a few seconds).
 * @param {{ report: any, suite: string, control: any, site: { page: any, tabId: number } }} session
 */
export async function mergeScreenshots(session, url, dir) {
  const { report, control, site } = session;
  await report.check(session.suite, '合并全部 N 页: screenshots of the in-page offer and of the merged page', async () => {
    await site.page.bringToFront();
    await site.page.goto(url, { waitUntil: 'load' });
    await waitForStatus(site.page, 'cleaned');
    await site.page.waitForSelector('[data-qinggao="notice"]', { timeout: 5_000 });
    await site.page.screenshot({ path: join(dir, 'merge-offer.png') });
    const analysis = await control.send(site.tabId, 'qinggao:analyze');
    assert(analysis?.pages?.total === 3 && analysis.pages.merged === 1, `pages offered: ${JSON.stringify(analysis?.pages)}`);
    const merged = await control.send(site.tabId, 'qinggao:merge-pages');
    checkMerged(merged, THREE_PAGE_PARTS);
    await site.page.waitForSelector('[data-qinggao="notice"]', { timeout: 5_000 });
    await site.page.screenshot({ path: join(dir, 'merge-done.png') });
    await control.send(site.tabId, 'qinggao:undo');
  });
}
