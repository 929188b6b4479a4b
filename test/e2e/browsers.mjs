// Starting the two browsers with the built extension and with every request sent to the local
// page server. Chromium maps every host name to the server (--host-resolver-rules); Firefox
// uses it as its HTTP(S) proxy. Either way nothing is resolved or fetched off the machine.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { withTimeout } from './report.mjs';
import { GECKO_ID } from '../../scripts/extension-manifest.mjs';

/** The moz-extension:// host of the build in Firefox: fixed at launch, so the desk page has a known address. */
export const EXTENSION_UUID = '5b2f6b1e-3c3a-4c53-9d7a-1e2f3a4b5c6d';

export const CHROMIUM_PATH = process.env.QINGGAO_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.QINGGAO_FIREFOX ?? '/usr/bin/firefox-esr';

const LAUNCH_TIMEOUT_MS = 60_000;

// Profiles and extension copies live in the system temp directory; whatever a stopped run
// (the runner's deadline) left behind is removed when the process exits.
const temporaryDirs = new Set();
process.on('exit', () => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});
function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirs.add(dir);
  return dir;
}

/** What a run needs before a browser can start; each missing piece as a sentence. */
export function missingFor(browserPath, extensionDir) {
  const missing = [];
  if (!existsSync(browserPath)) missing.push(`browser ${browserPath} is not installed`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) missing.push(`${extensionDir}/manifest.json is missing (run npm run build)`);
  return missing;
}

export function readManifest(extensionDir) {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
}

/**
 * A throw-away copy of the built extension that also holds host access to `hostPatterns`.
 * A real user grants that by clicking the toolbar button (activeTab) or accepting the
 * optional all-sites permission; neither can be clicked in a headless browser, and this
 * stands in for it. Nothing else in the copy differs from the build.
 */
export function extensionCopyWithHostAccess(extensionDir, hostPatterns) {
  const dir = temporaryDir('qinggao-e2e-ext-');
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = readManifest(dir);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hostPatterns];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throw-away copy of the built extension without one UI language (the browser falls back to the default locale). */
export function extensionCopyWithoutLocale(extensionDir, locale) {
  const dir = temporaryDir('qinggao-e2e-ext-');
  cpSync(extensionDir, dir, { recursive: true });
  rmSync(join(dir, '_locales', locale), { recursive: true, force: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * @param {{ extensionDir: string, port: number, language: 'zh-CN' | 'en' }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, close(): Promise<void> }>}
 */
export async function launchChromium({ extensionDir, port, language }) {
  const userDataDir = temporaryDir('qinggao-e2e-chromium-');
  const posixLocale = language === 'en' ? 'en_US' : 'zh_CN';
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      viewport: { width: 800, height: 600 },
      colorScheme: 'light',
      locale: language,
      // chrome.i18n follows the browser's UI language, which Chromium on Linux takes from these
      env: { ...process.env, LANGUAGE: posixLocale, LANG: `${posixLocale}.UTF-8`, LC_ALL: `${posixLocale}.UTF-8` },
      args: [
        '--headless=new',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--lang=${language}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--no-first-run',
        '--no-default-browser-check',
        '--metrics-recording-only',
      ],
    });
    context.setDefaultTimeout(10_000); // every Playwright wait is bounded, short
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      async close() {
        await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Firefox ESR over WebDriver BiDi; the extension is installed later (installFirefoxExtension)
 * so the same browser can first read the pages as they are without it.
 * @param {{ port: number }} options
 */
export async function launchFirefox({ port }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    timeout: LAUNCH_TIMEOUT_MS,
    defaultViewport: { width: 800, height: 600 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // HTTPS-First would try https:// for each page first; the proxy refuses the tunnel and
      // the navigation intermittently fails ("Address rejected") instead of falling back
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.trr.mode': 5,
      'services.settings.server': `http://127.0.0.1:${port}/remote-settings-off`,
      'xpinstall.signatures.required': false,
      // the build's moz-extension:// UUID (Firefox draws one at random per profile otherwise)
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.experiments.enabled': true,
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN, zh',
      'ui.systemUsesDarkTheme': 0,
      'focusmanager.testmode': true,
    },
  });
  return {
    browser,
    async close() {
      await withTimeout(browser.close(), 20_000, 'closing Firefox').catch(() => {
        browser.process()?.kill('SIGKILL');
      });
    },
  };
}
