// Driving the extension in Chromium the way its own pages do: a "control" tab showing one of
// the extension's pages (a chrome-extension:// origin, so it has chrome.tabs, chrome.scripting,
// chrome.storage and a secure-context clipboard) sends the public runtime messages
// (contract.md), injects the content script like the popup, writes settings like the options
// page, and reads the clipboard back.
import { withTimeout } from './report.mjs';

export const SETTINGS_KEY = 'qinggao.settings';
export const DEFAULT_SETTINGS = { autoClean: true, disabledSites: [], userRules: [], detectEverywhere: false, outlineDepth: 4 };

const STEP_TIMEOUT_MS = 15_000;

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {string} popupPath from the built manifest's action.default_popup
 */
export async function openControl(context, extensionId, popupPath) {
  const origin = `chrome-extension://${extensionId}`;
  // CDP cannot grant to a chrome-extension:// origin by name; unscoped grants cover it
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  // tabId 0 never exists: the popup shows its quiet "no tab" view and does nothing else
  await page.goto(`${origin}/${popupPath}?tabId=0`, { timeout: STEP_TIMEOUT_MS });

  const run = (label, fn, arg) => withTimeout(page.evaluate(fn, arg), STEP_TIMEOUT_MS, label);

  const control = {
    page,
    origin,
    popupUrl: (tabId) => `${origin}/${popupPath}${tabId === undefined ? '' : `?tabId=${tabId}`}`,

    setSettings: (settings) =>
      run('storage.local.set', ([key, value]) => chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, { ...DEFAULT_SETTINGS, ...settings }]),

    tabIds: () => run('tabs.query', () => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))),

    /** One of the public messages to the content script of the tab's top frame; resolves to its answer. */
    send: (tabId, type) =>
      run(`tabs.sendMessage ${type}`, ([id, messageType]) => chrome.tabs.sendMessage(id, { type: messageType }, { frameId: 0 }), [tabId, type]),

    /**
     * Injects the first stage named in the built manifest, as "detect everywhere" registers it:
     * the message that follows has it bring the engine in (the background injects it) and answer.
     * (The popup injects the engine itself; the nonTemplate checks go through the popup.)
     */
    inject: (tabId) =>
      run(
        'scripting.executeScript',
        (id) =>
          chrome.scripting
            .executeScript({ target: { tabId: id }, files: chrome.runtime.getManifest().content_scripts[0].js })
            .then(() => 'ok'),
        tabId,
      ),

    /** Sends `type` until the content script answers (after an injection it starts asynchronously). */
    async sendWhenReady(tabId, type, attempts = 20) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await control.send(tabId, type);
        } catch (error) {
          if (attempt >= attempts || !/receiving end does not exist|could not establish connection/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },

    async writeClipboard(text) {
      await page.bringToFront();
      await run('clipboard.writeText', (value) => navigator.clipboard.writeText(value), text);
    },

    async readClipboard() {
      await page.bringToFront();
      return run('clipboard.readText', () => navigator.clipboard.readText());
    },
  };
  return control;
}

/**
 * Opens a tab for test pages and learns its tab id (the id the extension's APIs use) by
 * comparing the extension's view of the tabs before and after.
 */
export async function openTrackedTab(context, control) {
  const before = new Set(await control.tabIds());
  const page = await context.newPage();
  for (let waited = 0; waited < 5000; waited += 100) {
    const fresh = (await control.tabIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) return { page, tabId: fresh[0] };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('could not find the new tab among chrome.tabs');
}

/** Collects console errors and uncaught errors that come from the extension's own code. */
export function watchExtensionErrors(context, extensionId) {
  const origin = `chrome-extension://${extensionId}`;
  /** @type {string[]} */
  const errors = [];
  const fromExtension = (text, url) => String(url ?? '').startsWith(origin) || String(text).includes(origin);
  const attach = (page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      if (fromExtension(message.text(), url) || page.url().startsWith(origin)) errors.push(`${message.text()} (${url || page.url()})`);
    });
    page.on('pageerror', (error) => {
      if (fromExtension(error.stack ?? error.message, '') || page.url().startsWith(origin)) errors.push(`uncaught: ${error.message}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  for (const worker of context.serviceWorkers()) {
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
    });
  }
  return {
    /** errors seen since the given mark */
    since: (mark) => errors.slice(mark),
    mark: () => errors.length,
  };
}
