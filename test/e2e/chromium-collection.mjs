// The 提纲汇编 in Chromium (issue 10 §3): three tabs — a saved speech page, a repost of it on
// another template site (its watermark, a decorated title, a promotion line, the last paragraph
// cut) and another speech — each added with the popup's 加入汇编; the repost is named a
// duplicate and not added. The 清稿台's 提纲汇编 tab lists the two speeches, exports them as one
// .docx, and LibreOffice (when installed) reads it back: each title at outline level 1, each
// outline item in order, heading-rank items a level below their own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTrackedTab } from './chromium-extension.mjs';
import { REPO_ROOT } from './fixtures.mjs';
import { assert } from './report.mjs';

const STEP_TIMEOUT_MS = 20_000;
const DESK_PAGE = 'src/desk/index.html';
const COLLECTION_KEY = 'qinggao.collection';
const SOFFICE = process.env.QINGGAO_SOFFICE ?? '/usr/bin/soffice';

const savedPage = (slug) => readFileSync(join(REPO_ROOT, 'test/pages', slug, 'page.html'), 'utf8');

/** The speech as another template site reposts it. */
function repostOf(html) {
  const paragraphs = [...html.matchAll(/<p>[^<]{60,}<\/p>/g)];
  const last = paragraphs[paragraphs.length - 1];
  let page = last ? html.slice(0, last.index) + html.slice(last.index + last[0].length) : html;
  page = page.replaceAll('公文汇 www.gongwenhui.com', '稿子汇 www.gaozihui.com').replaceAll('公文汇', '稿子汇');
  return page.replace(/<h1 class="article-title">([^<]+)<\/h1>/, '<h1 class="article-title">【精选】$1（通用版）</h1>\n<p>更多精彩范文请关注微信公众号：笔杆子文库</p>');
}

const TABS = [
  { what: 'a saved speech page', url: 'http://www.gongwenhui.com/jianghua/20230506.html', html: () => savedPage('gongwenhui-anquan-shengchan'), outcome: 'added' },
  { what: 'its repost on another site', url: 'http://www.gaozihui.com/jianghua/repost-20230506.html', html: () => repostOf(savedPage('gongwenhui-anquan-shengchan')), outcome: 'duplicate' },
  { what: 'another speech', url: 'http://www.gwyoo.com/dangjian/collection-e2e.html', html: () => savedPage('gwyoo-dangjian-table'), outcome: 'added' },
];

const squeeze = (text) => text.replace(/\s+/g, '');

/** Paragraphs of a flat ODF document (LibreOffice's .fodt): text, and the outline level of a heading. */
function fodtParagraphs(xml) {
  const body = xml.slice(xml.indexOf('<office:body>'));
  const entity = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
  return [...body.matchAll(/<text:(h|p)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/text:\1>)/g)]
    .map((m) => ({
      level: m[1] === 'h' ? Number(/text:outline-level="(\d+)"/.exec(m[2])?.[1] ?? 0) : 0,
      text: (m[3] ?? '')
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
        .replace(/<[^>]+>/g, '')
        .replace(/&(lt|gt|amp|quot|apos);/g, (e) => entity[e]),
    }))
    .filter((p) => p.text.trim() !== '');
}

export async function collectionChecks(session, options) {
  const { report, suite, context, control, messages, locale } = session;
  const name = (what) => `提纲汇编: ${what}`;
  for (const tab of TABS) {
    const html = tab.html();
    await context.route(tab.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  }
  await control.page.evaluate((key) => chrome.storage.local.remove(key), COLLECTION_KEY);
  const opened = [];
  try {
    let firstTitle = '';
    for (const [index, tab] of TABS.entries()) {
      await report.check(suite, name(`加入汇编 in the popup on ${tab.what}: ${tab.outcome}`), async () => {
        const site = await openTrackedTab(context, control);
        opened.push(site.page);
        await site.page.goto(tab.url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
        await site.page.waitForFunction(() => document.documentElement.getAttribute('data-qinggao') === 'cleaned', undefined, { timeout: STEP_TIMEOUT_MS });
        const popup = await context.newPage();
        try {
          await popup.goto(control.popupUrl(site.tabId), { timeout: STEP_TIMEOUT_MS });
          await popup.locator('main.analysis button.collect').click({ timeout: STEP_TIMEOUT_MS });
          await popup.locator('.status-bar.shown').waitFor({ timeout: STEP_TIMEOUT_MS });
          const status = (await popup.locator('.status-bar').innerText()).trim();
          const title = (await popup.locator('.page-title').innerText()).trim();
          if (index === 0) firstTitle = title;
          const expected =
            tab.outcome === 'added'
              ? messages.collectionAdded.message.replace('$COUNT$', String(index === 0 ? 1 : 2))
              : messages.collectionDuplicate.message.replace('$TITLE$', firstTitle);
          assert(status === expected, `status ${JSON.stringify(status)}, expected ${JSON.stringify(expected)}`);
          const label = (await popup.locator('button.collect').innerText()).trim();
          const wanted = tab.outcome === 'added' ? messages.collectionInAfterAdd.message : messages.collectionInAlready.message;
          assert(label === wanted, `the button reads ${JSON.stringify(label)}`);
        } finally {
          await popup.close();
        }
      });
    }

    const stored = await control.page.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? [], COLLECTION_KEY);
    await report.check(suite, name('storage.local holds the two speeches, with site, address and outline'), () => {
      assert(stored.length === 2, `${stored.length} speeches stored`);
      assert(stored[0].site === 'www.gongwenhui.com' && stored[0].url === TABS[0].url, `first: ${stored[0].site} ${stored[0].url}`);
      assert(stored[1].site === 'www.gwyoo.com' && stored[1].outline.length > 0, `second: ${stored[1].site}, ${stored[1].outline.length} outline items`);
    });

    const desk = await context.newPage();
    opened.push(desk);
    let bytes;
    await report.check(suite, name('the 清稿台 lists them in its 提纲汇编 tab and exports them as one .docx'), async () => {
      await desk.goto(`${control.origin}/${DESK_PAGE}`, { timeout: STEP_TIMEOUT_MS });
      await desk.getByRole('tab', { name: messages.deskCollectionTab.message }).click({ timeout: STEP_TIMEOUT_MS });
      await desk.locator('.collected-title').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      const titles = (await desk.locator('.collected-title').allInnerTexts()).map((t) => t.trim());
      assert(JSON.stringify(titles) === JSON.stringify(stored.map((s) => s.title)), `listed ${JSON.stringify(titles)}`);
      await desk.evaluate(() => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          window.__qinggaoDownloadName = this.download;
          return click.call(this);
        };
      });
      const downloading = desk.waitForEvent('download', { timeout: STEP_TIMEOUT_MS * 2 });
      await desk.locator('.collection-exports button').first().click();
      const download = await downloading;
      const fileName = await desk.evaluate(() => window.__qinggaoDownloadName);
      assert(/^提纲汇编-\d{4}-\d\d-\d\d\.docx$/.test(fileName), `file name ${JSON.stringify(fileName)}`);
      const path = await download.path();
      assert(path, `download failed: ${await download.failure()}`);
      bytes = readFileSync(path);
      assert(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && bytes.includes(Buffer.from('word/document.xml')), 'the download is no .docx');
      if (options.screenshotsDir) {
        await desk.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
        await desk.setViewportSize({ width: 1000, height: 720 });
        await desk.locator('.collected-outline summary').first().click();
        await desk.screenshot({ path: join(options.screenshotsDir, `collection-${locale}.png`) });
      }
    });

    if (!bytes) return;
    if (!existsSync(SOFFICE)) {
      report.skip(suite, name('the exported .docx read through LibreOffice'), `${SOFFICE} not found`, false);
      return;
    }
    await report.check(suite, name('the exported .docx through LibreOffice: titles at level 1, every outline item in order, heading-rank items a level below'), () => {
      const dir = mkdtempSync(join(tmpdir(), 'qinggao-e2e-collection-'));
      try {
        writeFileSync(join(dir, 'collection.docx'), bytes);
        execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, join(dir, 'collection.docx')], { stdio: 'ignore', timeout: 180_000 });
        const paragraphs = fodtParagraphs(readFileSync(join(dir, 'collection.fodt'), 'utf8'));
        const expected = ['提纲汇编'];
        for (const speech of stored) {
          expected.push(speech.title, '来源：' + [speech.site, speech.url, speech.date].filter(Boolean).join('　'));
          for (const item of speech.outline) expected.push(item.marker + item.text);
        }
        const texts = paragraphs.map((p) => squeeze(p.text));
        assert(JSON.stringify(texts) === JSON.stringify(expected.map(squeeze)), () => {
          const at = expected.findIndex((text, i) => squeeze(text) !== texts[i]);
          return `paragraph ${at + 1} is ${JSON.stringify(paragraphs[at]?.text)}, expected ${JSON.stringify(expected[at])} (${texts.length} read, ${expected.length} expected)`;
        });
        let at = 1;
        for (const speech of stored) {
          assert(paragraphs[at].level === 1, `the title ${speech.title} is at outline level ${paragraphs[at].level}`);
          at += 2;
          for (const item of speech.outline) {
            const level = paragraphs[at++].level;
            assert(level === 0 || level === item.level + 1, `${item.marker}${item.text}: outline level ${level}, its level is ${item.level}`);
          }
        }
        const levels = new Set(paragraphs.map((p) => p.level).filter((l) => l > 1));
        assert(levels.size >= 2, `outline items at levels ${JSON.stringify([...levels])} only`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  } finally {
    for (const tab of TABS) await context.unroute(tab.url);
    for (const page of opened) await page.close().catch(() => undefined);
  }
}
