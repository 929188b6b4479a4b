// The Firefox ESR checks, over WebDriver BiDi. Firefox refuses automation on moz-extension://
// pages, so the popup and the runtime messages cannot be driven here; everything is done in
// the page, as a reader does it: auto-clean, noise and body, undo with a mouse click on the
// in-page notice, and copying a selection (Ctrl+C, then Ctrl+V into a field the test adds).
// The pages are first read with no extension installed, then the extension is installed
// into the same browser, so "before" and "after" come from one engine.
import { launchFirefox } from './browsers.mjs';
import { firefoxDeskChecks } from './firefox-desk.mjs';
import { checkCopiedText, checkTextAfterAutoRun, firstDifference } from './expectations.mjs';
import { endAmpBoilerplate, readPage, readStatus, selectBetween } from './page-probes.mjs';
import { assert, withTimeout } from './report.mjs';

const SUITE = 'firefox';
const LOAD_TIMEOUT_MS = 30_000;
const STATUS_TIMEOUT_MS = 10_000;
const SETTLE_MS = 1500;
/** the notice's buttons are ~40 px wide; a smaller step cannot jump over "undo" */
const NOTICE_SCAN_STEP_PX = 8;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{
 *   report: ReturnType<import('./report.mjs').createReport>,
 *   port: number,
 *   pages: import('./fixtures.mjs').TemplatePage[],
 *   corpus: import('./fixtures.mjs').CorpusPage[],
 *   extensionDir: string,
 * }} options
 */
export async function runFirefoxSuite(options) {
  const { report } = options;
  let firefox;
  try {
    firefox = await launchFirefox({ port: options.port });
  } catch (error) {
    await report.check(SUITE, 'Firefox starts', () => {
      throw error;
    });
    return;
  }
  try {
    const { browser } = firefox;
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    page.setDefaultTimeout(STATUS_TIMEOUT_MS);
    await setViewport(page, { width: 800, height: 600 });
    const watch = watchPage(page);

    // 1. Every page as it reads without Qinggao.
    /** @type {Map<string, { text: string }>} */
    const before = new Map();
    const paginated = options.pagination ? [{ slug: 'paginated 3-page speech', url: options.pagination.threePage }] : [];
    for (const target of [...options.pages, ...options.corpus, ...paginated]) {
      await report.check(SUITE, `${target.slug}: reads without the extension (no data-qinggao)`, async () => {
        await load(page, target.url);
        assert((await page.evaluate(readStatus)) === null, 'data-qinggao set with no extension installed');
        before.set(target.url, await page.evaluate(readPage));
      });
    }

    // 2. Install the build.
    const installed = await report.check(SUITE, 'dist/firefox installs (temporary add-on over BiDi)', async () => {
      const id = await withTimeout(browser.installExtension(options.extensionDir), 30_000, 'installExtension');
      assert(typeof id === 'string' && id.length > 0, `installExtension returned ${JSON.stringify(id)}`);
    });
    if (!installed) return;

    for (const target of options.pages) {
      if (before.has(target.url)) await templatePageChecks(report, page, watch, target, before.get(target.url));
    }
    // before the corpus pages: a few seconds, and a loaded machine's run deadline falls in the corpus
    await firefoxDeskChecks(report, page, watch);
    for (const target of paginated) {
      if (before.has(target.url)) await paginationCheck(report, page, options.pagination, before.get(target.url));
    }
    for (const target of options.corpus) {
      if (before.has(target.url)) await corpusChecks(report, page, watch, target, before.get(target.url));
    }
  } catch (error) {
    await report.check(SUITE, 'suite ran to the end', () => {
      throw error;
    });
  } finally {
    await firefox.close();
  }
}

function watchPage(page) {
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const dialogs = [];
  const fromExtension = (text) => /moz-extension:\/\//.test(String(text));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    if (fromExtension(where) || fromExtension(message.text())) errors.push(`${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => {
    if (fromExtension(error?.stack ?? error?.message ?? error)) errors.push(`uncaught: ${error?.message ?? error}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  return { errors, dialogs };
}

/**
 * Loads `url` from a blank page. Pages with iframes (the corpus's news pages) make Firefox's
 * BiDi navigate fail now and then with "Address rejected": an iframe whose https address the
 * proxy refuses shows an error page, and that is taken for the top page's. The top page goes
 * on loading regardless, so a failed navigate is followed by waiting for the page itself.
 */
async function load(page, url) {
  await page.goto('about:blank', { timeout: LOAD_TIMEOUT_MS });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.evaluate(endAmpBoilerplate);
    return;
  } catch (error) {
    if (!/Address rejected/.test(String(error))) throw error;
  }
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
    if (state[0] === url && state[1] === 'complete') {
      await page.evaluate(endAmpBoilerplate);
      return;
    }
    await pause(100);
  }
  throw new Error(`${url} did not finish loading within ${LOAD_TIMEOUT_MS} ms`);
}

async function waitForStatus(page, expected, timeout = STATUS_TIMEOUT_MS) {
  try {
    await page.waitForFunction((value) => document.documentElement.getAttribute('data-qinggao') === value, { timeout, polling: 100 }, expected);
  } catch {
    const actual = await page.evaluate(readStatus).catch(() => '(page gone)');
    assert(false, `<html data-qinggao> is ${JSON.stringify(actual)} after ${timeout} ms, expected ${JSON.stringify(expected)}`);
  }
}

async function templatePageChecks(report, page, watch, target, before) {
  const { gold, slug } = target;
  const name = (what) => `${slug}: ${what}`;
  const errorMark = watch.errors.length;
  const expectedStatus = gold.isSpeech ? 'cleaned' : 'analyzed';

  const cleaned = await report.check(SUITE, name(`auto-run marks the page "${expectedStatus}"`), async () => {
    await load(page, target.url);
    await waitForStatus(page, expectedStatus);
  });
  const after = await page.evaluate(readPage);
  await checkTextAfterAutoRun(report, SUITE, name, gold, before, after, assert);

  if (gold.isSpeech && cleaned) {
    await report.check(SUITE, name('undo by clicking the in-page notice brings innerText back'), async () => {
      await clickNoticeUndo(page);
      const undone = await page.evaluate(readPage);
      const difference = firstDifference(before.text, undone.text);
      assert(!difference, `innerText after undo ${difference}`);
    });
    await report.check(SUITE, name('Ctrl+C on the selected article copies clean text'), async () => {
      await load(page, target.url);
      await waitForStatus(page, 'cleaned');
      await checkSelectionCopy(page, gold, watch.dialogs);
    });
  }

  await report.check(SUITE, name('no errors from the extension in the page console'), () => {
    const seen = watch.errors.slice(errorMark);
    assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
  });
}

/**
 * The notice's box once it has stopped moving: it shows in a corner and moves clear of the
 * article when the browser reports the boxes of its first layout (page-notice.ts), so a box read
 * at once may be left before the clicks land. Read until two frames apart agree.
 */
function settledNoticeBox(page) {
  return page.evaluate(async () => {
    const read = () => {
      const host = document.querySelector('[data-qinggao="notice"]');
      if (!host) return null;
      const rect = host.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    let last = read();
    for (let tries = 0; tries < 30; tries++) {
      await frame();
      await frame();
      const now = read();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
    return last;
  });
}

/**
 * Clicks "undo" on the notice with the mouse. The notice sits in a closed shadow root, so its
 * buttons cannot be located; its layout is known though — message, then undo, then "never on
 * this site", then close — so clicks walk from its left edge along its middle and stop at the
 * first one that changes the page, which is undo. (Firefox over BiDi does not activate a
 * focused button on Enter, so the keyboard route used in Chromium is not available.)
 */
async function clickNoticeUndo(page) {
  const box = await settledNoticeBox(page);
  assert(box && box.width > 0, 'no in-page notice after cleaning');
  for (let x = box.x + 4; x < box.x + box.width; x += NOTICE_SCAN_STEP_PX) {
    await page.mouse.click(x, box.y + box.height / 2);
    if ((await page.evaluate(readStatus)) !== 'cleaned') break;
  }
  await waitForStatus(page, 'analyzed', 2000);
}

async function checkSelectionCopy(page, gold, dialogs) {
  const expected = gold.paragraphs.join('\n');
  const selection = await page.evaluate(selectBetween, { first: gold.paragraphs[0], last: gold.paragraphs.at(-1) });
  assert(selection.ok, `could not select the article: ${selection.why}`);
  const dialogMark = dialogs.length;
  await pressWithControl(page, 'c');
  await pause(300);
  assert(dialogs.length === dialogMark, `the page's copy blocker ran: alert ${JSON.stringify(dialogs.at(-1))}`);
  // Reading the clipboard back: paste into a field added after the article (outside <body>,
  // so nothing the page or Qinggao looks at is disturbed).
  const focused = await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'qinggao-e2e-paste';
    document.documentElement.append(field);
    field.focus();
    return document.activeElement === field;
  });
  assert(focused, 'could not focus the paste field');
  await pressWithControl(page, 'v');
  await pause(300);
  const copied = await page.evaluate(() => document.getElementById('qinggao-e2e-paste').value);
  assert(copied !== '', 'nothing was copied (the paste field stayed empty: the copy was blocked)');
  checkCopiedText(copied, expected, gold, selection.imageTexts, assert);
}

async function pressWithControl(page, key) {
  await page.keyboard.down('Control');
  try {
    await page.keyboard.press(key);
  } finally {
    await page.keyboard.up('Control');
  }
}

async function corpusChecks(report, page, watch, target, before) {
  const suite = `${SUITE}/corpus`;
  const name = (what) => `${target.slug} (${Math.round(target.bytes / 1024)} KB) on ${target.host}: ${what}`;
  const errorMark = watch.errors.length;
  await report.check(suite, name('not a template host: untouched (no data-qinggao, same innerText)'), async () => {
    await load(page, target.url);
    await pause(SETTLE_MS);
    const status = await page.evaluate(readStatus);
    assert(status === null, `<html data-qinggao> is ${JSON.stringify(status)}`);
    const after = await page.evaluate(readPage);
    const difference = firstDifference(before.text, after.text);
    assert(!difference, `innerText changed: ${difference}`);
  });
  await report.check(suite, name('no errors from the extension in the page console'), () => {
    const seen = watch.errors.slice(errorMark);
    assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
  });
}

/**
 * page.setViewport, where Firefox ESR lacks the screen-orientation override puppeteer sends with
 * the viewport (emulation.setScreenOrientationOverride: ESR 140 answers "unknown command"). The
 * viewport itself is set by the command sent beside it; only that refusal is tolerated.
 */
async function setViewport(page, viewport) {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!/setScreenOrientationOverride/.test(String(error?.message))) throw error;
  }
}

/**
 * 合并全部 N 页 from the in-page notice (the first of its buttons), then undo from the notice. A
 * click on the merge button replaces the notice (progress, then "已合并 3 页"), which is how the
 * scan knows to stop: it must not go on to click the new notice's buttons.
 */
async function paginationCheck(report, page, pagination, before) {
  await report.check(SUITE, 'paginated 3-page speech: 合并全部 3 页 from the in-page notice merges pages 2 and 3, undo restores innerText', async () => {
    const mark = pagination.server.requests.length;
    await load(page, pagination.threePage);
    await waitForStatus(page, 'cleaned');
    await page.evaluate(() => {
      window.__qinggaoE2eNotice = document.querySelector('[data-qinggao="notice"]');
    });
    const box = await settledNoticeBox(page);
    assert(box && box.width > 0, 'no in-page notice after cleaning');
    for (let x = box.x + 4; x < box.x + box.width; x += NOTICE_SCAN_STEP_PX) {
      await page.mouse.click(x, box.y + box.height / 2);
      await pause(50);
      if (await page.evaluate(() => document.querySelector('[data-qinggao="notice"]') !== window.__qinggaoE2eNotice)) break;
    }
    await page.waitForFunction(() => document.querySelector('[data-qinggao-page="3"]'), { timeout: 15_000, polling: 100 });
    await waitForStatus(page, 'cleaned');
    const asked = pagination.server.requests.slice(mark).map((request) => request.path).filter((path) => path.startsWith('/e2e-pagination/'));
    assert(asked.join(' ') === '/e2e-pagination/123.html /e2e-pagination/123_2.html /e2e-pagination/123_3.html', `asked for ${asked.join(', ')}`);
    const text = (await page.evaluate(() => document.getElementById('content').innerText)).replace(/\s+/g, '');
    assert(text.includes('三、压实各方责任') && text.includes('（二）抓好危险化学品安全'), 'pages 2 and 3 are not in the page');
    assert(!text.includes('（第2页）') && !text.includes('共3页'), 'a page header or pager line is still shown');
    await pause(300);
    await clickNoticeUndo(page);
    const undone = await page.evaluate(readPage);
    const difference = firstDifference(before.text, undone.text);
    assert(!difference, `innerText after undo ${difference}`);
  });
}
