// The 清稿台 in Firefox ESR: the page loads and analyses a speech pasted with Ctrl+V.
// Firefox runs scripts and key input on a moz-extension:// page under WebDriver BiDi, but never
// reports that the navigation to it finished (the navigate times out while the page is there),
// so the load is waited for by polling the page. Its address is known because the build's
// internal UUID is fixed by a preference at launch (browsers.mjs, EXTENSION_UUID). Firefox ESR
// 153 refuses that navigation from automation altogether: the check is then reported skipped,
// with Firefox's answer (the desk is checked in Chromium either way).
import { deskFiles } from './desk-files.mjs';
import { EXTENSION_UUID } from './browsers.mjs';
import { assert } from './report.mjs';

const SUITE = 'firefox';
const DESK_URL = `moz-extension://${EXTENSION_UUID}/src/desk/index.html`;
const STEP_TIMEOUT_MS = 15_000;
const PASTE_CHECK = '清稿台: loads and analyses a speech pasted with Ctrl+V as the CLI reads it';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function pressWithControl(page, key) {
  await page.keyboard.down('Control');
  try {
    await page.keyboard.press(key);
  } finally {
    await page.keyboard.up('Control');
  }
}

async function waitFor(page, fn, what) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await page.evaluate(fn).catch(() => undefined);
    if (value) return value;
    assert(Date.now() < deadline, `${what}: not within ${STEP_TIMEOUT_MS} ms`);
    await pause(200);
  }
}

/** What Firefox ESR 153 answers automation's navigation to a moz-extension:// page with. */
const REFUSED = 'is not allowed in this context';

export async function firefoxDeskChecks(report, page, watch) {
  // Firefox ESR 153 refuses the navigation outright, where earlier versions went there and never
  // reported the load: the desk's paste is then checked in Chromium only, and said so here.
  const refusal = await page.goto(DESK_URL, { timeout: 3000, waitUntil: 'domcontentloaded' }).then(
    () => undefined,
    (error) => String(error?.message ?? error),
  );
  if (refusal?.includes(REFUSED)) {
    report.skip(SUITE, PASTE_CHECK, `this Firefox refuses automation's navigation to moz-extension:// pages (${refusal.slice(0, 160)}); the desk's paste is checked in Chromium`);
    return;
  }
  const fixtures = await deskFiles();
  const errorsBefore = watch.errors.length;
  try {
    await report.check(SUITE, PASTE_CHECK, async () => {
      // the speech onto the clipboard the way a reader copies it: selected in a page, Ctrl+C
      await page.goto('about:blank');
      await page.evaluate((text) => {
        const source = document.createElement('textarea');
        source.value = text;
        document.body.append(source);
        source.focus();
        source.select();
      }, fixtures.pasted.text);
      await pressWithControl(page, 'KeyC');
      await page.goto(DESK_URL, { timeout: 3000, waitUntil: 'domcontentloaded' }).catch(() => undefined);
      await waitFor(page, () => location.href.startsWith('moz-extension:') && document.querySelector('.paste-area') !== null, 'the desk page');
      await page.evaluate(() => document.querySelector('.paste-area').focus());
      await pressWithControl(page, 'KeyV');
      const shown = await waitFor(
        page,
        () => {
          const title = document.querySelector('.desk-document .page-title')?.textContent;
          if (!title) return undefined;
          const rows = Array.from(document.querySelectorAll('li.outline-item'), (li) => li.querySelector(':scope > .outline-row .outline-text')?.textContent?.trim() ?? '');
          return { title, rows, documents: document.querySelectorAll('.document-item').length };
        },
        'the pasted speech analysed',
      );
      const expected = fixtures.pasted.analysis;
      assert(shown.title === expected.title, `title ${JSON.stringify(shown.title)}, the CLI reads ${JSON.stringify(expected.title)}`);
      const expectedRows = expected.outline.map((item) => item.text.trim());
      assert(JSON.stringify(shown.rows) === JSON.stringify(expectedRows), `outline ${JSON.stringify(shown.rows).slice(0, 200)}, the CLI reads ${JSON.stringify(expectedRows).slice(0, 200)}`);
      assert(shown.documents === 1, `${shown.documents} documents listed`);
    });
    await report.check(SUITE, '清稿台: no console errors from the extension', () => {
      const seen = watch.errors.slice(errorsBefore);
      assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
    });
  } finally {
    fixtures.remove();
    await page.goto('about:blank').catch(() => undefined);
  }
}
