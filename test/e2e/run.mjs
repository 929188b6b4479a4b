// npm run test:e2e — the built extension in real browsers (Chromium, Firefox ESR) on the saved
// template pages and the largest corpus pages, all served locally. One line per check, then
// "N passed, M failed" alone on the last line; exit 1 on any failure.
// With CI=true a missing browser or build is a failure; locally it is skipped, loudly.
// QINGGAO_E2E_ONLY=chromium|firefox runs one browser, QINGGAO_E2E_PAGES=slug,… some pages.
// The popup and page screenshots are always taken (they check what a reader sees) but go to a
// temporary folder: a test run changes no tracked file. `--screenshots` (npm run screenshots)
// writes them to docs/screenshots for the README, running Chromium on the screenshot page only
// unless QINGGAO_E2E_ONLY / QINGGAO_E2E_PAGES say otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH, missingFor } from './browsers.mjs';
import { runChromiumSuite } from './chromium-suite.mjs';
import { largestCorpusPages, onNonTemplateHost, REPO_ROOT, templatePages } from './fixtures.mjs';
import { runFirefoxSuite } from './firefox-suite.mjs';
import { writeHardeningPages } from './hardening-pages.mjs';
import { writePaginationPages } from './pagination-pages.mjs';
import { createReport } from './report.mjs';
import { startPageServer } from './server.mjs';

const SCREENSHOT_SLUG = 'gongwenhui-anquan-shengchan';
const CORPUS_PAGE_COUNT = 5;
/** the whole run must end well inside CI's 10 minutes, whatever hangs */
const RUN_DEADLINE_MS = 9 * 60_000;

const ci = process.env.CI === 'true';
const forReadme = process.argv.includes('--screenshots');
const only = process.env.QINGGAO_E2E_ONLY ?? (forReadme ? 'chromium' : undefined);
const screenshotsDir = forReadme ? join(REPO_ROOT, 'docs/screenshots') : mkdtempSync(join(tmpdir(), 'qinggao-e2e-screenshots-'));
const started = Date.now();
const report = createReport();

// QINGGAO_E2E_PAGES=slug,slug limits the template pages (for working on one page)
const pageFilter = process.env.QINGGAO_E2E_PAGES?.split(',').filter(Boolean) ?? (forReadme ? [SCREENSHOT_SLUG] : undefined);
const pages = templatePages().filter((page) => !pageFilter || pageFilter.includes(page.slug));
const corpus = largestCorpusPages(CORPUS_PAGE_COUNT);
const nonTemplatePages = pages.filter((page) => page.slug === SCREENSHOT_SLUG).map(onNonTemplateHost);

const deadline = setTimeout(() => {
  console.log(`FAIL [run] finished within ${RUN_DEADLINE_MS / 60_000} minutes — stopped by the deadline`);
  console.log(`${report.counts.passed} passed, ${report.counts.failed + 1} failed`);
  if (!forReadme) rmSync(screenshotsDir, { recursive: true, force: true });
  process.exit(1);
}, RUN_DEADLINE_MS);
deadline.unref();

await report.check('setup', `saved template pages found (${pages.length})`, () => {
  if (pages.length === 0) throw new Error('no test/pages/<slug>/page.html + gold.json');
});
await report.check('setup', `corpus pages found (${corpus.length} of ${CORPUS_PAGE_COUNT})`, () => {
  if (corpus.length < CORPUS_PAGE_COUNT) throw new Error('../shared/corpus/web-pages is missing or short');
});

// generated pages whose own scripts fight the cleaning (issue 12, items 9–12)
const hardening = writeHardeningPages();
// paginated speeches for 合并全部 N 页 (issue 10 §2)
const pagination = writePaginationPages();
const server = await startPageServer([...pages, ...nonTemplatePages, ...corpus, ...hardening.pages, ...pagination.pages]);
try {
  const browsers = [
    {
      suite: 'chromium',
      path: CHROMIUM_PATH,
      extensionDir: join(REPO_ROOT, 'dist/chrome'),
      run: (extensionDir) =>
        runChromiumSuite({
          report,
          port: server.port,
          pages,
          nonTemplatePages,
          corpus,
          hardeningPages: forReadme ? [] : hardening.pages,
          pagination: forReadme ? undefined : { ...pagination, server },
          extensionDir,
          screenshotsDir,
          screenshotSlug: SCREENSHOT_SLUG,
          // page 1 of the served 3-page speech, for the pictures of 合并全部 N 页
          mergeScreenshotPage: pagination.threePage,
        }),
    },
    {
      suite: 'firefox',
      path: FIREFOX_PATH,
      extensionDir: join(REPO_ROOT, 'dist/firefox'),
      run: (extensionDir) =>
        runFirefoxSuite({ report, port: server.port, pages, corpus, extensionDir, pagination: forReadme ? undefined : { ...pagination, server } }),
    },
  ];
  for (const browser of browsers) {
    if (only && only !== browser.suite) continue;
    const missing = missingFor(browser.path, browser.extensionDir);
    if (missing.length) {
      const reason = `${missing.join('; ')}${ci ? '' : ' — NOT TESTED (set CI=true to make this a failure)'}`;
      report.skip(browser.suite, 'browser and build available', reason, ci);
      if (!ci) console.error(`\n!!! ${browser.suite.toUpperCase()} NOT TESTED: ${missing.join('; ')} !!!\n`);
      continue;
    }
    const suiteStarted = Date.now();
    await browser.run(browser.extensionDir);
    report.note(`${browser.suite}: ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
  }
  // Every request the browsers made reached this server (nothing is resolved or proxied
  // elsewhere); what it refused is listed for the record.
  const refused = server.requests.filter((request) => !request.served);
  const hosts = [...new Set(refused.map((request) => request.host))];
  report.note(
    `server: ${server.requests.length} requests, ${refused.length} answered empty (hosts: ${hosts.slice(0, 8).join(', ')}${hosts.length > 8 ? ', …' : ''})`,
  );
} finally {
  await server.close();
  if (!forReadme) rmSync(screenshotsDir, { recursive: true, force: true });
  hardening.remove();
  pagination.remove();
}

for (const [suite, counts] of report.bySuite) {
  report.note(`${suite}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}
if (forReadme) report.note(`screenshots written to docs/screenshots`);
report.note(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(report.totalsLine());
clearTimeout(deadline);
process.exit(report.counts.failed > 0 ? 1 : 0);
