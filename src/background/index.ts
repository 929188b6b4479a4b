// Background (Chrome service worker / Firefox event page). Every listener is registered at the
// top level, synchronously, so a restarted worker hears the event that woke it.
import '../core/re2-bundled'; // a large page's analysis reads the user's regex rules here
import { analyzeBlocks } from '../core/analyze';
import { browser, type Tabs } from '../shared/browser';
import { t } from '../shared/i18n';
import { ANALYSIS_PORT, answerOverPort } from '../shared/analysis-port';
import { handleMessages } from '../shared/messaging';
import { createSettingsStore } from '../shared/settings-store';
import { openDesk } from '../shared/desk-page';
import { showBadge } from './badge';
import { COMMAND_ACTIONS } from './commands';
import { createMenus, menuActionOf, type MenuAction } from './context-menu';
import { syncEverywhereScript } from './everywhere-script';
import { cleanTab, contentScriptFiles, copyFromTab, injectInto } from './page-actions';
import { ENGINE_FILES, RE2_FILES } from '../shared/engine-files';
import { createTabStateStore } from './tab-state-store';

const tabStates = createTabStateStore(browser.storage.session);
const settings = createSettingsStore(browser.storage);

const syncEverywhere = (): Promise<unknown> =>
  settings
    .load()
    .then((current) => syncEverywhereScript(browser, current, contentScriptFiles(browser.runtime)))
    .catch((error: unknown) => console.warn('qinggao: could not update the all-sites content script', error));

async function run(action: MenuAction, tab: Tabs.Tab | undefined): Promise<void> {
  if (action.kind === 'open-desk') return openDesk(browser);
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId === browser.tabs.TAB_ID_NONE) return;
  try {
    if (action.kind === 'clean') await cleanTab(browser, tabId);
    else await copyFromTab(browser, tabId, action.format);
  } catch (error) {
    // browser pages, the stores, PDFs: no extension may run there; nothing to show but the log
    console.warn('qinggao: the page refused the action', error);
  }
}

const setUp = (): void => {
  void createMenus(browser.contextMenus, t);
  void syncEverywhere();
};
browser.runtime.onInstalled.addListener(setUp);
browser.runtime.onStartup.addListener(setUp);

browser.contextMenus.onClicked.addListener((info, tab) => {
  const action = menuActionOf(info.menuItemId);
  if (action) void run(action, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  const action = COMMAND_ACTIONS[command];
  if (action) void run(action, tab);
});

// a large page's analysis, off its main thread (the content script falls back to its own)
browser.runtime.onConnect.addListener((port) => {
  if (port.name === ANALYSIS_PORT && port.sender?.id === browser.runtime.id) answerOverPort(port, ({ blocks, options }) => analyzeBlocks(blocks, options));
  else port.disconnect(); // not ours to answer: the other end is not left waiting
});

handleMessages(browser, {
  // the first stage saw a page that may hold a speech, or got a message the engine must answer
  'qinggao:load-engine': (_message, sender) => injectInto(browser, sender, ENGINE_FILES),
  // the engine reads a regex rule: RE2 comes as a file of its own
  'qinggao:load-re2': (_message, sender) => injectInto(browser, sender, RE2_FILES),
  'qinggao:state': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    const { type: _type, ...state } = message;
    const tabState = { ...state, tabId };
    await tabStates.set(tabState);
    await showBadge(browser.action, tabId, tabState);
  },
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void tabStates.remove(tabId);
  void showBadge(browser.action, tabId, undefined).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => void tabStates.remove(tabId));

settings.onChange(() => void syncEverywhere());
browser.permissions.onAdded.addListener(() => void syncEverywhere());
browser.permissions.onRemoved.addListener(() => void syncEverywhere());
