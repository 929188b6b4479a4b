// The Chromium checks: every saved template page (auto-clean, noise, body, copying, popup
// outline and its copy, undo by message and from the in-page notice), a page on a host that is
// not a template site (cleaned only through the popup), the largest corpus pages (left alone),
// and the README screenshots in both languages.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionCopyWithHostAccess, extensionCopyWithoutLocale, launchChromium, readManifest } from './browsers.mjs';
import { openControl, openTrackedTab, watchExtensionErrors } from './chromium-extension.mjs';
import {
  checkCopiedText,
  checkTextAfterAutoRun,
  expectedOutlineText,
  firstDifference,
  missingParagraphs,
  noiseDetail,
  outlineDifference,
  survivingNoise,
  withoutOptionalLines,
  zeroWidthLeft,
} from './expectations.mjs';
import { hardeningChecks } from './chromium-hardening.mjs';
import { deskChecks, deskScreenshot } from './chromium-desk.mjs';
import { collectionChecks } from './chromium-collection.mjs';
import { mergeScreenshots, paginationChecks } from './chromium-pagination.mjs';
import { NON_TEMPLATE_HOST } from './fixtures.mjs';
import { endAmpBoilerplate, focusIsInNotice, focusLastBeforeNotice, readOutlineRows, readPage, readStatus, selectBetween } from './page-probes.mjs';
import { assert } from './report.mjs';

const LOAD_TIMEOUT_MS = 30_000;
const STATUS_TIMEOUT_MS = 10_000;
/** well past document idle: a content script that was going to run has run */
const SETTLE_MS = 1500;
const SENTINEL = 'qinggao-e2e: clipboard not written';
const MAX_TABS_TO_NOTICE = 5;

/**
 * @param {{
 *   report: ReturnType<import('./report.mjs').createReport>,
 *   port: number,
 *   pages: import('./fixtures.mjs').TemplatePage[],
 *   nonTemplatePages: import('./fixtures.mjs').TemplatePage[],
 *   corpus: import('./fixtures.mjs').CorpusPage[],
 *   hardeningPages?: { slug: string, url: string }[],
 *   extensionDir: string,
 *   screenshotsDir: string,
 *   screenshotSlug: string,
 *   mergeScreenshotPage?: string,
 * }} options
 */
export async function runChromiumSuite(options) {
  const popupPath = readManifest(options.extensionDir).action?.default_popup;
  await options.report.check('chromium', 'built manifest names the popup page', () => {
    assert(typeof popupPath === 'string' && popupPath.endsWith('.html'), `action.default_popup is ${JSON.stringify(popupPath)}`);
  });
  if (!popupPath) return;
  mkdirSync(options.screenshotsDir, { recursive: true });
  const locales = {
    zh_CN: readJson(join(options.extensionDir, '_locales/zh_CN/messages.json')),
    en: readJson(join(options.extensionDir, '_locales/en/messages.json')),
  };
  /** @type {Set<string>} locales whose popup screenshot is taken */
  const screenshots = new Set();

  await withBrowser(options, locales, 'chromium', options.extensionDir, 'zh-CN', async (session) => {
    await templatePageChecks(session, options, screenshots);
    await deskChecks(session, options);
    await collectionChecks(session, options);
    await hardeningChecks(session, options.hardeningPages ?? []);
    await paginationChecks(session, options.pagination);
    if (session.locale === 'zh_CN' && options.mergeScreenshotPage) await mergeScreenshots(session, options.mergeScreenshotPage, options.screenshotsDir);
  });

  // Host access for *.test stands in for the activeTab grant of a toolbar click (see browsers.mjs).
  const granted = extensionCopyWithHostAccess(options.extensionDir, ['*://*.test/*']);
  try {
    await withBrowser(options, locales, 'chromium/non-template', granted.dir, 'zh-CN', async (session) => {
      await nonTemplateChecks(session, options);
      await corpusChecks(session, options);
    });
  } finally {
    granted.remove();
  }

  // The popup in the language the main run did not show. Debian's chromium ships only the
  // en-US UI locale (zh-CN comes with the chromium-l10n package); without it, a copy of the
  // build without _locales/en shows what a Chinese browser shows: the default locale, zh_CN.
  for (const locale of /** @type {const} */ (['zh_CN', 'en'])) {
    if (screenshots.has(locale)) continue;
    const zhOnly = locale === 'zh_CN' ? extensionCopyWithoutLocale(options.extensionDir, 'en') : undefined;
    try {
      await withBrowser(options, locales, `chromium/${locale}`, zhOnly?.dir ?? options.extensionDir, locale === 'en' ? 'en' : 'zh-CN', (session) =>
        popupScreenshotCheck(session, options, screenshots),
      );
    } finally {
      zhOnly?.remove();
    }
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Launches Chromium, opens the control and the site tab, runs `body`, and always closes it. */
async function withBrowser(options, locales, suite, extensionDir, language, body) {
  const { report } = options;
  let browser;
  try {
    browser = await launchChromium({ extensionDir, port: options.port, language });
  } catch (error) {
    await report.check(suite, 'Chromium starts with the extension loaded', () => {
      throw error;
    });
    return;
  }
  try {
    const { context, extensionId } = browser;
    const errors = watchExtensionErrors(context, extensionId);
    const popupPath = readManifest(extensionDir).action.default_popup;
    const control = await openControl(context, extensionId, popupPath);
    // the language the extension's pages actually speak in this browser
    const label = await control.page.evaluate(() => chrome.i18n.getMessage('popupCopyOutline'));
    const locale = Object.keys(locales).find((key) => locales[key].popupCopyOutline.message === label);
    if (!locale) throw new Error(`the popup speaks no known language (popupCopyOutline = ${JSON.stringify(label)})`);
    report.note(`${suite}: extension UI language ${locale}`);
    const site = await openTrackedTab(context, control);
    /** @type {string[]} */
    const dialogs = [];
    site.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    await body({ suite, context, extensionId, control, site, errors, dialogs, report, locale, messages: locales[locale] });
  } catch (error) {
    await report.check(suite, 'suite ran to the end', () => {
      throw error;
    });
  } finally {
    await browser.close();
  }
}

async function load(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.evaluate(endAmpBoilerplate);
}

async function waitForStatus(page, expected, timeout = STATUS_TIMEOUT_MS) {
  try {
    await page.waitForFunction((value) => document.documentElement.getAttribute('data-qinggao') === value, expected, { timeout, polling: 100 });
  } catch {
    const actual = await page.evaluate(readStatus).catch(() => '(page gone)');
    assert(false, `<html data-qinggao> is ${JSON.stringify(actual)} after ${timeout} ms, expected ${JSON.stringify(expected)}`);
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Describes noise left on the page, telling apart what is inside the cleaned article. */
async function templatePageChecks(session, options, screenshots) {
  const { report, suite, control, site, errors, dialogs, messages, locale } = session;
  for (const page of options.pages) {
    const { gold, slug } = page;
    const name = (what) => `${slug}: ${what}`;
    const errorMark = errors.mark();

    // 1. The page as it is, with auto-clean switched off in the settings (the content script still analyzes).
    let before;
    const readBefore = await report.check(suite, name('loads with auto-clean off, untouched ("analyzed")'), async () => {
      await control.setSettings({ autoClean: false });
      await load(site.page, page.url);
      await waitForStatus(site.page, 'analyzed');
      before = await site.page.evaluate(readPage);
    });
    await control.setSettings({ autoClean: true });
    if (!readBefore) continue;

    // 2. Auto-clean.
    const expectedStatus = gold.isSpeech ? 'cleaned' : 'analyzed';
    const cleaned = await report.check(suite, name(`auto-run marks the page "${expectedStatus}"`), async () => {
      await load(site.page, page.url);
      await waitForStatus(site.page, expectedStatus);
    });
    const after = await site.page.evaluate(readPage);
    await checkTextAfterAutoRun(report, suite, name, gold, before, after, assert);

    // 3. Copying a selection of the article (speech pages: the copy blockers are lifted).
    if (gold.isSpeech && cleaned) {
      await report.check(suite, name('Ctrl+C on the selected article copies clean text'), () =>
        checkSelectionCopy(site.page, control, gold, dialogs),
      );
    }

    // 4. The popup in a tab (?tabId=N): outline, verdict, copy outline.
    await report.check(suite, name('popup shows the verdict and the gold outline'), () =>
      checkPopupOutline(session, page),
    );
    if (gold.outline.some((item) => !item.optional)) {
      await report.check(suite, name('popup "copy outline" puts the gold outline on the clipboard'), () =>
        checkPopupCopyOutline(session, page),
      );
    }
    if (gold.isSpeech && cleaned && slug === options.screenshotSlug) {
      await report.check(suite, name('popup "下载 Word" downloads the whole text as a .docx named from the title'), () =>
        checkPopupDownloadWord(session, page),
      );
    }
    if (gold.isSpeech && cleaned && slug === options.screenshotSlug) {
      await report.check(suite, name(`screenshot of the popup (${locale})`), async () => {
        await screenshotPopup(session, join(options.screenshotsDir, `popup-${locale}.png`), messages);
        screenshots.add(locale);
      });
    }

    // 5. Undo through the public message: the page reads exactly as before.
    if (gold.isSpeech && cleaned) {
      await report.check(suite, name('undo message brings innerText back exactly'), async () => {
        const analysis = await control.send(site.tabId, 'qinggao:undo');
        assert(analysis && Array.isArray(analysis.paragraphs), `undo answered ${JSON.stringify(analysis)?.slice(0, 100)}`);
        await waitForStatus(site.page, 'analyzed');
        const undone = await site.page.evaluate(readPage);
        const difference = firstDifference(before.text, undone.text);
        assert(!difference, `innerText after undo ${difference}`);
      });
      await report.check(suite, name('undo message restores the document (outerHTML identical)'), async () => {
        const undone = await site.page.evaluate(readPage);
        const difference = firstDifference(before.html, undone.html);
        assert(!difference, `outerHTML after undo ${difference}`);
      });

      // 6. Undo as a keyboard user does it: Tab into the notice, Enter on its first button (Undo).
      await report.check(suite, name('undo from the in-page notice (keyboard) brings innerText back'), async () => {
        await load(site.page, page.url);
        await waitForStatus(site.page, 'cleaned');
        // the README's picture of a cleaned page shows the notice in Chinese
        if (slug === options.screenshotSlug && locale === 'zh_CN') {
          await screenshotCleanedPage(site.page, join(options.screenshotsDir, 'page-cleaned.png'));
          screenshots.add('page');
        }
        await undoFromNotice(site.page);
        const undone = await site.page.evaluate(readPage);
        const difference = firstDifference(before.text, undone.text);
        assert(!difference, `innerText after undo ${difference}`);
      });
    }

    await report.check(suite, name('no console errors from the extension'), () => {
      const seen = errors.since(errorMark);
      assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
    });
  }
}

async function checkSelectionCopy(page, control, gold, dialogs) {
  const expected = gold.paragraphs.join('\n');
  await control.writeClipboard(SENTINEL);
  await page.bringToFront();
  const selection = await page.evaluate(selectBetween, { first: gold.paragraphs[0], last: gold.paragraphs.at(-1) });
  assert(selection.ok, `could not select the article: ${selection.why}`);
  const dialogMark = dialogs.length;
  await page.keyboard.press('Control+C');
  await pause(300);
  const copied = await control.readClipboard();
  await page.bringToFront();
  assert(dialogs.length === dialogMark, `the page's copy blocker ran: alert ${JSON.stringify(dialogs.at(-1))}`);
  assert(copied !== SENTINEL, 'nothing was copied (the clipboard still holds the sentinel: the copy was blocked)');
  checkCopiedText(copied, expected, gold, selection.imageTexts, assert);
}

async function openPopup(session, tabId) {
  const popup = await session.context.newPage();
  await popup.goto(session.control.popupUrl(tabId), { timeout: LOAD_TIMEOUT_MS });
  await popup.locator('main.analysis, .problem').first().waitFor({ timeout: STATUS_TIMEOUT_MS });
  return popup;
}

async function checkPopupOutline(session, page) {
  const { messages } = session;
  const popup = await openPopup(session, session.site.tabId);
  try {
    if (!(await popup.locator('main.analysis').count())) {
      assert(false, `popup shows a problem: ${await popup.locator('.problem').innerText({ timeout: 1000 }).catch(() => '?')}`);
    }
    const verdict = (await popup.locator('.verdict').innerText()).trim();
    const expectedVerdict = page.gold.isSpeech ? messages.popupIsSpeech.message : messages.popupNotSpeech.message;
    assert(verdict === expectedVerdict, `verdict ${JSON.stringify(verdict)}, expected ${JSON.stringify(expectedVerdict)}`);
    const rows = await popup.evaluate(readOutlineRows);
    const difference = outlineDifference(rows, page.gold.outline);
    assert(!difference, difference);
    if (rows.length === 0) {
      assert(await popup.locator('.outline-section .empty').count(), 'no outline and no "no outline" message');
    }
    // a cleaned page is said to be cleaned ("已净化 N 处"), not offered for cleaning again
    const clean = await popup.locator('.page-actions button.primary').count();
    const state = await popup.locator('.page-actions .cleaned-state').count();
    if (page.gold.isSpeech) {
      const said = state ? (await popup.locator('.page-actions .cleaned-state').innerText()).trim() : '';
      const pattern = new RegExp(`^${messages.popupCleanedState.message.replace('$COUNT$', '\\d+')}$`);
      assert(pattern.test(said) && clean === 0, `popup on the cleaned page shows ${JSON.stringify(said)} and ${clean} clean button(s)`);
    } else {
      assert(state === 0 && clean === 1, `popup on the page as served shows ${state} cleaned state(s) and ${clean} clean button(s)`);
    }
  } finally {
    await popup.close();
  }
}

async function checkPopupCopyOutline(session, page) {
  const popup = await openPopup(session, session.site.tabId);
  try {
    await popup.bringToFront();
    await popup.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
    await popup.locator('.outline-section button.copy.primary').click({ timeout: STATUS_TIMEOUT_MS });
    await popup.locator('.status-bar.shown').waitFor({ timeout: STATUS_TIMEOUT_MS });
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    assert(copied !== SENTINEL, `nothing copied; status: ${await popup.locator('.status-bar').innerText()}`);
    const expected = expectedOutlineText(page.gold.outline);
    const difference = firstDifference(expected, withoutOptionalLines(copied, page.gold.outline));
    assert(!difference, `copied outline ${difference}`);
    // the rich flavour as Chromium put it on the clipboard — what Word and WPS read: headings with
    // their outline level and the 公文 style sheet. Read unsanitized: a plain read() strips the
    // <style> on the way out, while the write keeps it
    const rich = await popup.evaluate(async () => {
      const item = (await navigator.clipboard.read({ unsanitized: ['text/html'] })).find((i) => i.types.includes('text/html'));
      if (!item) return undefined;
      const doc = new DOMParser().parseFromString(await (await item.getType('text/html')).text(), 'text/html');
      return {
        styleSheet: doc.querySelector('style')?.textContent ?? '',
        headings: [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ tag: h.tagName, style: h.getAttribute('style') ?? '' })),
        text: doc.body.textContent ?? '',
      };
    });
    assert(rich, 'no text/html flavour on the clipboard after copying the outline');
    assert(rich.styleSheet.includes('mso-font-alt'), `the 公文 style sheet is missing from the HTML flavour: ${JSON.stringify(rich.styleSheet.slice(0, 80))}`);
    const wrongLevel = rich.headings.find((h) => !h.style.includes(`mso-outline-level:${h.tag.slice(1)}`));
    assert(!wrongLevel, `a ${wrongLevel?.tag} without its mso-outline-level: ${wrongLevel?.style}`);
    const topHeadings = page.gold.outline.filter((item) => item.level === 1 && /^(第.{1,3}部分|[一二三四五六七八九十]{1,3}、)/.test(item.marker));
    assert(rich.headings.filter((h) => h.tag === 'H1').length >= topHeadings.filter((i) => !i.optional).length, 'fewer <h1> than level-1 headings in the gold outline');
    const squeeze = (text) => text.replace(/\s+/g, '');
    const lost = page.gold.outline.find((item) => !item.optional && !squeeze(rich.text).includes(squeeze(item.marker + item.text)));
    assert(!lost, `outline item missing from the HTML flavour: ${lost?.marker}${lost?.text}`);
  } finally {
    await popup.close();
  }
}

/**
 * 下载 Word in a real browser: the docx chunk loads on the click (dynamic import from the
 * extension's own files), the document is made, and an <a download> hands Chromium a .docx
 * named from the title. Its content is checked by the unit and LibreOffice tests; here: a zip
 * holding word/document.xml, of a plausible size.
 */
async function checkPopupDownloadWord(session, page) {
  const popup = await openPopup(session, session.site.tabId);
  try {
    await popup.bringToFront();
    // the name the popup gives the link: Chromium on a machine without the zh_CN.UTF-8 locale
    // (its file names are then ASCII) saves a Chinese name as "download", so it is read here
    await popup.evaluate(() => {
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        window.__qinggaoDownloadName = this.download;
        return click.call(this);
      };
    });
    const downloading = popup.waitForEvent('download', { timeout: STATUS_TIMEOUT_MS * 3 });
    await popup.locator('.text-section button.download').click({ timeout: STATUS_TIMEOUT_MS });
    const download = await downloading;
    const name = await popup.evaluate(() => window.__qinggaoDownloadName);
    assert(name === `${page.gold.title}.docx`, `file name ${JSON.stringify(name)}, expected the title ${JSON.stringify(page.gold.title)} + .docx`);
    const saved = download.suggestedFilename();
    assert(saved === name || saved === 'download', `Chromium saves it as ${JSON.stringify(saved)}`);
    const path = await download.path();
    assert(path, `download failed: ${await download.failure()}`);
    const bytes = readFileSync(path);
    assert(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'the download is not a zip file');
    assert(bytes.includes(Buffer.from('word/document.xml')), 'the zip holds no word/document.xml');
    assert(bytes.length > 5000, `only ${bytes.length} bytes`);
    await popup.locator('.status-bar.shown').waitFor({ timeout: STATUS_TIMEOUT_MS });
    const status = await popup.locator('.status-bar').innerText();
    assert(status.includes(name), `status says ${JSON.stringify(status)}`);
  } finally {
    await popup.close();
  }
}

/**
 * The toolbar popup as a reader sees it: opened in a background tab without ?tabId it works on
 * the active tab (the cleaned page) with its toolbar width; the image is clipped to it.
 */
async function screenshotPopup(session, path, messages) {
  const { context, control } = session;
  await session.site.page.bringToFront();
  const opened = context.waitForEvent('page', { timeout: STATUS_TIMEOUT_MS });
  await control.page.evaluate((url) => chrome.tabs.create({ url, active: false }), control.popupUrl());
  const popup = await opened;
  try {
    await popup.waitForLoadState('load', { timeout: LOAD_TIMEOUT_MS });
    await popup.locator('main.analysis').waitFor({ timeout: STATUS_TIMEOUT_MS });
    await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await popup.setViewportSize({ width: 800, height: 600 });
    const label = (await popup.locator('.outline-section button.copy.primary').innerText()).trim();
    assert(label === messages.popupCopyOutline.message, `button reads ${JSON.stringify(label)}, expected ${JSON.stringify(messages.popupCopyOutline.message)}`);
    const box = await popup.locator('body').boundingBox();
    assert(box && box.width >= 300 && box.width <= 480, `popup body is ${box?.width}px wide`);
    await popup.screenshot({ path, clip: { x: 0, y: 0, width: Math.ceil(box.width), height: 600 } });
  } finally {
    await popup.close();
  }
}

/** Taken while the notice is up (it hides itself after a few seconds); not on a page whose DOM is compared later. */
async function screenshotCleanedPage(page, path) {
  assert(await page.locator('[data-qinggao="notice"]').count(), 'no in-page notice after cleaning');
  await page.screenshot({ path });
}

async function undoFromNotice(page) {
  await page.bringToFront();
  const focused = await page.evaluate(focusLastBeforeNotice);
  assert(focused.ok, `cannot reach the notice by keyboard: ${focused.why}`);
  // one Tab from the last link; a few more when cleaning hid everything focusable
  for (let presses = 0; presses < MAX_TABS_TO_NOTICE && !(await page.evaluate(focusIsInNotice)); presses++) {
    await page.keyboard.press('Tab');
  }
  assert(await page.evaluate(focusIsInNotice), `${MAX_TABS_TO_NOTICE} Tab presses do not reach the notice`);
  await page.keyboard.press('Enter');
  await waitForStatus(page, 'analyzed');
}

async function nonTemplateChecks(session, options) {
  const { report, suite, context, site, control } = session;
  for (const page of options.nonTemplatePages) {
    const name = (what) => `${page.slug} on ${NON_TEMPLATE_HOST}: ${what}`;
    let before;
    const loaded = await report.check(suite, name('not auto-cleaned (no data-qinggao)'), async () => {
      await load(site.page, page.url);
      await pause(SETTLE_MS);
      before = await site.page.evaluate(readPage);
      const status = await site.page.evaluate(readStatus);
      assert(status === null, `<html data-qinggao> is ${JSON.stringify(status)}`);
    });
    if (!loaded) continue;

    const popup = await context.newPage();
    try {
      const cleaned = await report.check(suite, name('popup: "analyze this page" injects, "clean" cleans'), async () => {
        await popup.goto(control.popupUrl(site.tabId), { timeout: LOAD_TIMEOUT_MS });
        const inject = popup.locator('.problem button.primary');
        await inject.waitFor({ timeout: STATUS_TIMEOUT_MS });
        await inject.click();
        await popup.locator('main.analysis').waitFor({ timeout: STATUS_TIMEOUT_MS });
        await waitForStatus(site.page, 'analyzed');
        await popup.locator('.page-actions button.primary').click({ timeout: STATUS_TIMEOUT_MS });
        await waitForStatus(site.page, 'cleaned');
      });
      if (!cleaned) continue;
      const after = await site.page.evaluate(readPage);
      await report.check(suite, name('gold noise gone from the article'), () => {
        const left = survivingNoise(after.articleText, page.gold.noise);
        assert(left.length === 0, () => `left inside the article: ${left.map((n) => JSON.stringify(n)).join('; ')}`);
      });
      await report.check(suite, name('gold noise gone from the page (body.innerText)'), () => {
        const detail = noiseDetail(after, page.gold.noise);
        assert(!detail, detail);
      });
      await report.check(suite, name('every gold paragraph kept, visible (body.innerText)'), () => {
        const missing = missingParagraphs(after.text, page.gold.paragraphs);
        assert(missing.length === 0, () => `${missing.length} missing, first: ${JSON.stringify(missing[0])}`);
      });
      await report.check(suite, name('no zero-width character in body.innerText'), () => {
        const left = zeroWidthLeft(after.text);
        assert(!left, left);
      });
      await report.check(suite, name('popup "undo" brings innerText back exactly'), async () => {
        await popup.locator('.page-actions button:not(.primary):not(.quiet)').first().click({ timeout: STATUS_TIMEOUT_MS });
        await waitForStatus(site.page, 'analyzed');
        const undone = await site.page.evaluate(readPage);
        const difference = firstDifference(before.text, undone.text);
        assert(!difference, `innerText after undo ${difference}`);
      });
    } finally {
      await popup.close();
    }
  }
}

async function corpusChecks(session, options) {
  const { report, site, control, errors } = session;
  const suite = 'chromium/corpus';
  for (const page of options.corpus) {
    const name = (what) => `${page.slug} (${Math.round(page.bytes / 1024)} KB) on ${page.host}: ${what}`;
    const errorMark = errors.mark();
    const loaded = await report.check(suite, name('loads, not auto-cleaned (no data-qinggao)'), async () => {
      await load(site.page, page.url);
      await pause(SETTLE_MS);
      const status = await site.page.evaluate(readStatus);
      assert(status === null, `<html data-qinggao> is ${JSON.stringify(status)}`);
    });
    if (!loaded) continue;
    const before = await site.page.evaluate(readPage);
    let analysis;
    await report.check(suite, name('injected like the popup and analyzed: not a speech'), async () => {
      await control.inject(site.tabId);
      analysis = await control.sendWhenReady(site.tabId, 'qinggao:analyze');
      assert(analysis && typeof analysis.isSpeech === 'boolean', `analyze answered ${JSON.stringify(analysis)?.slice(0, 120)}`);
      assert(analysis.isSpeech === false, `isSpeech true (confidence ${analysis.confidence}, title ${JSON.stringify(analysis.title)})`);
      await waitForStatus(site.page, 'analyzed');
    });
    await report.check(suite, name('analysis leaves the page text unchanged'), async () => {
      const after = await site.page.evaluate(readPage);
      const difference = firstDifference(before.text, after.text);
      assert(!difference, `innerText changed: ${difference}`);
    });
    await report.check(suite, name('no console errors from the extension'), () => {
      const seen = errors.since(errorMark);
      assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
    });
  }
}

async function popupScreenshotCheck(session, options, screenshots) {
  const page = options.pages.find((p) => p.slug === options.screenshotSlug);
  if (!page) return;
  await session.report.check(session.suite, `${page.slug}: screenshots of the popup (${session.locale})${session.locale === 'zh_CN' ? ' and the cleaned page' : ''}`, async () => {
    await load(session.site.page, page.url);
    await waitForStatus(session.site.page, 'cleaned');
    if (session.locale === 'zh_CN' && !screenshots.has('page')) {
      await screenshotCleanedPage(session.site.page, join(options.screenshotsDir, 'page-cleaned.png'));
      screenshots.add('page');
    }
    await screenshotPopup(session, join(options.screenshotsDir, `popup-${session.locale}.png`), session.messages);
    screenshots.add(session.locale);
  });
  await session.report.check(session.suite, `清稿台: screenshot (${session.locale})`, () =>
    deskScreenshot(session, join(options.screenshotsDir, `desk-${session.locale}.png`)),
  );
  if (session.locale === 'zh_CN' && options.mergeScreenshotPage) await mergeScreenshots(session, options.mergeScreenshotPage, options.screenshotsDir);
}
