// The content engine's entry, injected with scripting.executeScript: by the background when the
// first stage (first-stage.ts; declared for the template sites, registered for every site under
// "detect everywhere") sees a page that may hold a speech or gets a message, and on a user
// gesture (popup, context menu, shortcut) anywhere. Injection can happen twice in one page; the
// global guard starts it once.
import { templateSiteOf } from '../core/rules/sites';
import { analyzeDocument, createComputedIsHidden } from '../dom/index';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { ANALYSIS_PORT, analyzeOverPort } from '../shared/analysis-port';
import { handleMessages, sendToExtension } from '../shared/messaging';
import { createSettingsStore } from '../shared/settings-store';
import { createContentApp } from './content-app';
import type { ContentRequest } from './content-api';
import { withRe2OnDemand } from './regex-rules';

function start(): void {
  const settings = withRe2OnDemand(createSettingsStore(browser.storage), () => sendToExtension(browser, { type: 'qinggao:load-re2' }));
  const app = createContentApp({
    document,
    window,
    hiddenTest: () => createComputedIsHidden(window),
    analyzeDocument,
    settings,
    t,
    // a large page's core analysis runs in the background, off the page's main thread
    analyzeElsewhere: (blocks, options) =>
      analyzeOverPort(() => browser.runtime.connect({ name: ANALYSIS_PORT }), { blocks, options }, () => new Promise((resolve) => setTimeout(resolve, 0))),
    reportState: (state) => {
      // the background may be restarting; the next change reports again
      sendToExtension(browser, { type: 'qinggao:state', ...state }).catch(() => undefined);
    },
  });
  const requests: Record<ContentRequest, () => ReturnType<typeof app.analyze>> = {
    'qinggao:analyze': () => app.analyze(),
    'qinggao:clean': () => app.clean(),
    'qinggao:undo': () => app.undo(),
  };
  globalThis.__qinggaoContent = {
    copy: (format) => app.copy(format),
    request: (type) => requests[type](),
    isAlive: () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false; // "Extension context invalidated"
      }
    },
  };

  handleMessages(browser, {
    ...requests,
    'qinggao:merge-pages': () => app.mergePages(),
    'qinggao:cancel-merge': () => app.cancelMerge(),
  });

  // New user rules saved in the options page apply to this page at once.
  settings.onChange((current) => void app.settingsChanged(current));

  // Back from the back/forward cache: the page kept its state, the background dropped it on
  // navigation; tell it again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void app.analyze();
  });

  void settings.load().then((current) => {
    // Template sites: detect, and clean a speech (unless switched off).
    if (templateSiteOf(location.hostname)) return app.autoRun();
    // "Detect on every site": detect only (the badge says 讲话稿); cleaning waits for a click.
    if (current.detectEverywhere) return app.autoRun({ clean: false });
    // Injected by a gesture on another site: wait for the command that follows.
    return undefined;
  });
}

if (!globalThis.__qinggaoContent?.isAlive()) start();
