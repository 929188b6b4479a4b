// In-page hardening checks in Chromium (issue 12, items 9–12 and the notice of 18), on generated template pages
// (hardening-pages.mjs) whose own scripts do what template sites do after load.
import { cpus, loadavg } from 'node:os';
import { CHUNKS, COPY_TAIL, EDITED_TEXT, WATERMARK } from './hardening-pages.mjs';
import { endAmpBoilerplate, readStatus, selectBetween } from './page-probes.mjs';
import { traceExtensionTasks } from './extension-tasks.mjs';
import { assert } from './report.mjs';

const LOAD_TIMEOUT_MS = 60_000;
const SENTINEL = 'qinggao-e2e: clipboard not written';
/**
 * Issue 12 item 12: no task of ours over ~100 ms. Judged on the main-thread tasks in which the
 * extension's code ran (a trace, extension-tasks.mjs): their whole length, the style and layout
 * our code forces and the message it answers included. 150 ms leaves room for a loaded 2-core
 * CI machine: the work comes in ~30 ms slices, 64K-character message pieces and answer batches
 * parsed one at a time, and the notice is placed from an IntersectionObserver's report instead
 * of forcing a layout of the whole page (that layout alone was a 70–200 ms task of ours). On an
 * idle machine the longest task of ours is 35–50 ms; the one-task extraction and the single 5 MB
 * message it replaces ran 160–360 ms. The page's own tasks — parsing, its scripts,
 * the browser's layout of 5 MB of text (200–400 ms on a busy machine, with or without us) — are
 * reported (long-task observer, heartbeat) and fail only on a freeze (FREEZE_MS; the old
 * one-task cleaning was 5.5 s).
 */
export const LONGEST_TASK_MS = 150;
const FREEZE_MS = 1000;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadCleaned(page, url, timeout = 15_000) {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.evaluate(endAmpBoilerplate);
  try {
    await page.waitForFunction(() => document.documentElement.getAttribute('data-qinggao') === 'cleaned', null, { timeout, polling: 100 });
  } catch {
    assert(false, `<html data-qinggao> is ${JSON.stringify(await page.evaluate(readStatus))}, expected "cleaned"`);
  }
}

/**
 * @param {{ report: any, suite: string, control: any, site: { page: import('playwright-core').Page, tabId: number } }} session
 * @param {{ slug: string, url: string }[]} pages
 */
export async function hardeningChecks(session, pages) {
  if (pages.length === 0) return;
  const { report, control, site } = session;
  const suite = `${session.suite}/hardening`;
  const url = (slug) => pages.find((page) => page.slug === slug)?.url;
  const text = () => site.page.evaluate(() => document.getElementById('content').innerText);

  await control.setSettings({ autoClean: true });

  // Item 9: the old watch gave up after 5 rounds and starved while a ticker changed the article.
  await report.check(suite, `infinite scroll: all ${CHUNKS} chunks cleaned as they arrive, beside a 100 ms ticker`, async () => {
    await loadCleaned(site.page, url('scroll-ticker'));
    await site.page.waitForFunction((count) => document.querySelectorAll('#content .chunk').length >= count, CHUNKS, { timeout: 20_000 });
    await pause(1500);
    const chunks = await site.page.evaluate(() => Array.from(document.querySelectorAll('#content .chunk'), (box) => box.innerText));
    const dirty = chunks.map((chunk, i) => (chunk.includes('公文汇 www') ? i + 1 : 0)).filter(Boolean);
    assert(dirty.length === 0, `chunks still holding the watermark: ${dirty.join(', ')}`);
    const kept = chunks.filter((chunk) => chunk.includes('部分：')).length;
    assert(kept === CHUNKS, `${kept} of ${CHUNKS} chunks kept their speech paragraph`);
    const ticks = await site.page.evaluate(() => document.getElementById('ticker')?.textContent ?? '');
    assert(/本文阅读量 \d+/.test(ticks), `the page's ticker reads ${JSON.stringify(ticks)}`);
  });

  // Item 18: the in-page notice covers none of the article's text (800×600: the article spans the width).
  await report.check(suite, "the in-page notice covers none of the article's text", async () => {
    await loadCleaned(site.page, url('copy-tail'));
    const boxes = await site.page.evaluate(() => {
      const notice = document.querySelector('[data-qinggao="notice"]');
      const rect = (element) => {
        const r = element.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      // the article's text: the boxes of its lines, clipped to the viewport
      const lines = [];
      const walker = document.createTreeWalker(document.getElementById('content'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.bottom > 0 && r.top < innerHeight) lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      return { notice: notice && rect(notice), lines };
    });
    assert(boxes.notice, 'no in-page notice after cleaning');
    const covered = boxes.lines.filter((line) => line.left < boxes.notice.right && boxes.notice.left < line.right && line.top < boxes.notice.bottom && boxes.notice.top < line.bottom);
    assert(covered.length === 0, `the notice at ${JSON.stringify(boxes.notice)} covers ${covered.length} line box(es) of the article, first ${JSON.stringify(covered[0])}`);
  });

  // Item 10: window capture listeners added in <head>, before any content script.
  await report.check(suite, "Ctrl+C copies the article without the page's copy tail (window capture listeners added first)", async () => {
    await loadCleaned(site.page, url('copy-tail'));
    await control.writeClipboard(SENTINEL);
    await site.page.bringToFront();
    const selection = await site.page.evaluate(selectBetween, { first: '同志们：', last: '行业主管部门要管行业必须管安全。' });
    assert(selection.ok, `could not select the article: ${selection.why}`);
    await site.page.keyboard.press('Control+C');
    await pause(300);
    const copied = await control.readClipboard();
    await site.page.bringToFront();
    assert(copied !== SENTINEL, 'nothing was copied: the page ate Ctrl+C');
    assert(!copied.includes(COPY_TAIL), `the page's copy tail was appended: …${JSON.stringify(copied.slice(-40))}`);
    assert(copied.includes('一、要提高认识') && !copied.includes(WATERMARK), `copied ${JSON.stringify(copied.slice(0, 80))}…`);
  });

  // Item 11: undo must not write stale text over the page's own later edit.
  await report.check(suite, "undo keeps the page's own later edit of a text node Qinggao cut", async () => {
    await loadCleaned(site.page, url('page-edits'));
    await site.page.waitForFunction(() => document.documentElement.hasAttribute('data-page-edited'), null, { timeout: 5000 });
    await pause(800); // the watch looks at the edit (nothing in it to clean)
    await control.send(site.tabId, 'qinggao:undo');
    await site.page.waitForFunction(() => document.documentElement.getAttribute('data-qinggao') === 'analyzed', null, { timeout: 5000 });
    const edited = await site.page.evaluate(() => document.getElementById('edited').textContent);
    assert(edited === EDITED_TEXT, `after undo the paragraph reads ${JSON.stringify(edited)}`);
    const restored = await text();
    assert(restored.includes(WATERMARK), 'undo did not bring back the rest of the page');
  });

  // Item 12: a 5 MB speech page is cleaned without a long task.
  const name = `5 MB speech page: cleaned with no main-thread task over ${FREEZE_MS} ms after the page loaded`;
  const oursName = `5 MB speech page: no main-thread task running Qinggao's code over ${LONGEST_TASK_MS} ms`;
  let seen;
  let ours = [];
  const cleaned = await report.check(suite, '5 MB speech page: cleaned, watermarks gone', async () => {
    const trace = await traceExtensionTasks(site.page);
    try {
      await loadCleaned(site.page, url('big-speech'), 60_000);
      await pause(1500); // the rendering that follows the last step
    } finally {
      ours = await trace.stop(url('big-speech'));
    }
    seen = await site.page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        from: navigation.domContentLoadedEventEnd,
        longTasks: window.__longTasks,
        lateBeats: window.__lateBeats,
        left: document.getElementById('content').innerText.includes('公文汇 www'),
        size: document.documentElement.outerHTML.length,
      };
    });
    assert(seen.longTasks !== null, 'this Chromium has no long-task observer');
    assert(ours.length > 0, "the trace shows no task running Qinggao's code in the page");
    assert(!seen.left, 'the watermarks are still in the article');
  });
  if (!cleaned) return;
  const after = (list) => list.filter((task) => task.start >= seen.from).sort((a, b) => b.duration - a.duration);
  const tasks = after(seen.longTasks);
  const beats = after(seen.lateBeats);
  const worst = Math.max(tasks[0]?.duration ?? 0, beats[0]?.duration ?? 0);
  const oursWorst = ours[0]?.duration ?? 0;
  const list = (entries) => entries.slice(0, 4).map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)}`).join(', ') || 'none';
  const detail = `long tasks after the page loaded: ${list(tasks)}; heartbeat gaps: ${list(beats)}`;
  const longest = ours.slice(0, 4).map((t) => `${Math.round(t.duration)} ms`).join(', ') || 'none';
  const oursDetail = `tasks that ran Qinggao's code: ${ours.length}, the longest ${longest}${ours[0] ? ` (its most sampled functions: ${ours[0].hot})` : ''}`;
  report.note(`${suite}: 5 MB page (${(seen.size / 1e6).toFixed(1)} M characters): ${oursDetail}; ${detail}`);
  // Task lengths mean nothing on a machine running several times more work than it has cores
  // (other test runs): there the check says so instead of failing on someone else's load.
  const [load] = loadavg();
  const cores = cpus().length;
  const overloaded = load > cores * 2 && process.env.CI !== 'true';
  const judge = async (checkName, bound, value, message) => {
    if (value > bound && overloaded) report.skip(suite, checkName, `not judged: load average ${load.toFixed(1)} on ${cores} cores (${message})`);
    else await report.check(suite, checkName, () => assert(value <= bound, message));
  };
  await judge(oursName, LONGEST_TASK_MS, oursWorst, oursDetail);
  await judge(name, FREEZE_MS, worst, detail);
}
