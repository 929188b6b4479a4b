// The 清稿台 in Chromium (issue 10 §1): the extension page opened from the toolbar button's
// context menu entry's target, a speech pasted with Ctrl+V, a GBK .txt dropped on it, a .docx
// made by the tests and a file that is no .docx opened together — each read as the command
// line reads it (title and outline), the bad one with its message while the others are read.
import { join } from 'node:path';
import { deskFiles } from './desk-files.mjs';
import { readOutlineRows } from './page-probes.mjs';
import { assert } from './report.mjs';

const STEP_TIMEOUT_MS = 20_000;
/** A speech as a page selection puts it on the clipboard, with anti-copy junk hidden by an inline style
 * (characters no text rule would cut: only reading the HTML leaves them out). */
const HIDDEN_JUNK = '甲乙丙丁戊己庚辛';
const PASTED_HTML =
  '<meta charset="utf-8"><h1>在全市安全生产工作会议上的讲话</h1><p>同志们：</p>' +
  `<p>今天召开会议，主要任务是部署安全生产工作。<span style="display:none">${HIDDEN_JUNK}</span>下面，我讲三点意见。</p>` +
  '<p>一、提高思想认识</p><p>安全生产是发展的底线，必须时刻绷紧这根弦。</p><p>二、压实工作责任</p><p>各级各部门要把责任落到实处。</p>' +
  '<p>三、加强督促检查</p><p>要开展明查暗访，对问题隐患一查到底。</p><p>谢谢大家！</p>';
const DESK_PAGE = 'src/desk/index.html';

/** Title and outline of the document shown, against the command line's Analysis of the same input. */
async function checkShown(page, analysis, what) {
  await page.locator('.desk-document .page-title').waitFor({ timeout: STEP_TIMEOUT_MS });
  const title = (await page.locator('.desk-document .page-title').innerText()).trim();
  assert(title === analysis.title, `${what}: title ${JSON.stringify(title)}, the CLI reads ${JSON.stringify(analysis.title)}`);
  const rows = await page.evaluate(readOutlineRows);
  const expected = analysis.outline.map(({ level, marker, text }) => ({ level, marker, text }));
  assert(rows.length === expected.length, `${what}: ${rows.length} outline rows, the CLI reads ${expected.length}`);
  const differs = rows.findIndex((row, i) => row.level !== expected[i].level || row.marker !== expected[i].marker || row.text.trim() !== expected[i].text.trim());
  assert(differs < 0, () => `${what}: outline row ${differs + 1} is ${JSON.stringify(rows[differs])}, the CLI reads ${JSON.stringify(expected[differs])}`);
}

/** Drops files on the drop zone as a drag from the desktop does: a DataTransfer holding File objects. */
async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
    return data;
  }, files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.bytes] })));
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
  await transfer.dispose();
}

/** The README's picture: the desk at a laptop's width, light, showing the document selected. */
async function screenshotDesk(desk, path) {
  await desk.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await desk.setViewportSize({ width: 1100, height: 760 });
  await desk.evaluate(() => window.scrollTo(0, 0));
  await desk.screenshot({ path });
}

/** The desk in this session's language with the seed speech pasted, for the README (the language the main run did not show). */
export async function deskScreenshot(session, path) {
  const { context, control } = session;
  const fixtures = await deskFiles();
  const opened = context.waitForEvent('page', { timeout: STEP_TIMEOUT_MS });
  await control.page.evaluate((page) => chrome.tabs.create({ url: chrome.runtime.getURL(page) }), DESK_PAGE);
  const desk = await opened;
  try {
    await desk.waitForLoadState('load', { timeout: STEP_TIMEOUT_MS });
    await control.writeClipboard(fixtures.pasted.text);
    await desk.bringToFront();
    await desk.locator('.paste-area').click();
    await desk.keyboard.press('Control+V');
    await checkShown(desk, fixtures.pasted.analysis, 'pasted text');
    await desk.locator('input[type=file]').setInputFiles(fixtures.files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })));
    await desk.locator('.document-item').nth(3).waitFor({ timeout: STEP_TIMEOUT_MS });
    await desk.locator('.document-item').nth(0).locator('.document-open').click();
    await screenshotDesk(desk, path);
  } finally {
    fixtures.remove();
    await desk.close();
  }
}

export async function deskChecks(session, options) {
  const { report, suite, context, control, errors, messages, locale } = session;
  const name = (what) => `清稿台: ${what}`;
  const errorMark = errors.mark();
  const fixtures = await deskFiles();
  const deskUrl = `${control.origin}/${DESK_PAGE}`;
  let desk;
  try {
    await report.check(suite, name('the context menu item opens the desk in a new tab (tabs.create, as the background does)'), async () => {
      const opened = context.waitForEvent('page', { timeout: STEP_TIMEOUT_MS });
      // the background's openDesk, run in an extension page: the URL it builds must be the built page
      await control.page.evaluate((path) => chrome.tabs.create({ url: chrome.runtime.getURL(path) }), DESK_PAGE);
      desk = await opened;
      await desk.waitForLoadState('load', { timeout: STEP_TIMEOUT_MS });
      await desk.locator('.paste-area').waitFor({ timeout: STEP_TIMEOUT_MS });
      assert(desk.url() === deskUrl, `the tab shows ${desk.url()}`);
      const heading = (await desk.locator('.desk-header h1').innerText()).trim();
      assert(heading === messages.deskTitle.message, `the page is headed ${JSON.stringify(heading)}`);
    });
    if (!desk) return;

    await report.check(suite, name('a speech pasted with Ctrl+V is analysed as the CLI reads it'), async () => {
      await control.writeClipboard(fixtures.pasted.text);
      await desk.bringToFront();
      await desk.locator('.paste-area').click();
      await desk.keyboard.press('Control+V');
      await checkShown(desk, fixtures.pasted.analysis, 'pasted text');
      const names = await desk.locator('.document-name').allInnerTexts();
      assert(names.length === 1, `the list holds ${JSON.stringify(names)}`);
      // a document is no page: no 净化本页 / 撤销
      assert((await desk.locator('.desk-document .page-actions').count()) === 0, 'page actions shown for a pasted text');
    });

    await report.check(suite, name('a paste holding HTML is read by its paragraphs: the <h1> is the title, text hidden by a style is left out'), async () => {
      await desk.bringToFront();
      // a page's selection as the browser puts it on the clipboard: HTML and its plain text
      await desk.evaluate(async (html) => {
        const plain = new DOMParser().parseFromString(html, 'text/html').body.innerText;
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
        ]);
      }, PASTED_HTML);
      await desk.locator('.paste-area').click();
      await desk.keyboard.press('Control+V');
      await desk.locator('.document-item').nth(1).waitFor({ timeout: STEP_TIMEOUT_MS });
      const title = (await desk.locator('.desk-document .page-title').innerText()).trim();
      assert(title === '在全市安全生产工作会议上的讲话', `title ${JSON.stringify(title)}`);
      const rows = (await desk.evaluate(readOutlineRows)).map((row) => `${row.marker}${row.text}`.replace(/\s+/g, ''));
      assert(JSON.stringify(rows) === JSON.stringify(['一、提高思想认识', '二、压实工作责任', '三、加强督促检查']), `outline ${JSON.stringify(rows)}`);
      // the cleaned text, as its copy button puts it on the clipboard
      await desk.locator('.text-section button.copy').first().click();
      await desk.locator('.status-bar.shown').waitFor({ timeout: STEP_TIMEOUT_MS });
      const copied = await desk.evaluate(() => navigator.clipboard.readText());
      assert(copied.includes('今天召开会议，主要任务是部署安全生产工作。下面，我讲三点意见。'), `the copied text: ${JSON.stringify(copied.slice(0, 200))}`);
      assert(!copied.includes(HIDDEN_JUNK), 'the hidden junk was copied (the plain text was read, not the HTML)');
      // the list keeps it beside the plain-text paste; back to that one for the next checks
      await desk.locator('.document-item').nth(1).locator('.document-remove').click();
    });

    await report.check(suite, name('a dropped GBK .txt is decoded and analysed as the CLI reads it'), async () => {
      const gbk = fixtures.files[0];
      await dropFiles(desk, [gbk]);
      await desk.locator('.document-item').nth(1).waitFor({ timeout: STEP_TIMEOUT_MS });
      await checkShown(desk, gbk.analysis, gbk.name);
    });

    await report.check(suite, name('a .docx and a bad file opened together: the bad one says why, the .docx is read'), async () => {
      const [, docx, bad] = fixtures.files;
      await desk.locator('input[type=file]').setInputFiles([docx, bad].map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })));
      await desk.locator('.document-item').nth(3).waitFor({ timeout: STEP_TIMEOUT_MS });
      const states = await desk.locator('.document-item').evaluateAll((items) => items.map((li) => `${li.querySelector('.document-name')?.textContent}:${li.dataset.state}`));
      const pastedName = messages.deskPastedName.message.replace('$N$', '1');
      const expected = [`${pastedName}:ready`, `${fixtures.files[0].name}:ready`, `${docx.name}:ready`, `${bad.name}:failed`];
      assert(JSON.stringify(states) === JSON.stringify(expected), `the list reads ${JSON.stringify(states)}`);
      await checkShown(desk, docx.analysis, docx.name);
      await desk.locator('.document-item').nth(3).locator('.document-open').click();
      const problem = (await desk.locator('.file-problem').innerText({ timeout: STEP_TIMEOUT_MS })).trim();
      assert(problem.includes(messages[bad.problem].message), `the bad file shows ${JSON.stringify(problem)}`);
      // and the others are still there to switch back to
      await desk.locator('.document-item').nth(0).locator('.document-open').click();
      await checkShown(desk, fixtures.pasted.analysis, 'pasted text, switched back');
    });

    await report.check(suite, name(`screenshot (${locale})`), async () => {
      await desk.locator('.document-item').nth(0).locator('.document-open').click();
      await screenshotDesk(desk, join(options.screenshotsDir, `desk-${locale}.png`));
    });

    await report.check(suite, name('no console errors from the extension'), () => {
      const seen = errors.since(errorMark);
      assert(seen.length === 0, () => seen.slice(0, 3).join(' | '));
    });
  } finally {
    fixtures.remove();
    await desk?.close();
  }
}
