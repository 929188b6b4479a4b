// A content app wired to a happy-dom page the way index.ts wires it to the browser, with the
// static hidden check (happy-dom has no layout), in-memory settings and a recorded badge feed.
import { analyzeDocument, createStaticIsHidden } from '../../src/dom/index';
import { createContentApp, type ContentApp, type ContentEnvironment } from '../../src/content/content-app';
import type { TabState } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { createPageNotice } from '../../src/content/page-notice';
import { FakeClock } from './fake-clock';
import type { PageWindow } from './page-window';

export interface Harness {
  app: ContentApp;
  settings: { current: Settings };
  states: Omit<TabState, 'tabId'>[];
}

/** Message lookup stand-in: the key and its substitutions, so tests can see what was said. */
export const fakeT = (key: string, ...subs: (string | number)[]): string => (subs.length ? `${key}(${subs.join(',')})` : key);

export function harness(
  window: PageWindow,
  overrides: Partial<Omit<ContentEnvironment, 'settings'>> & { settings?: Partial<Settings> } = {},
): Harness {
  const { settings: settingsOverride, ...envOverrides } = overrides;
  const settings = { current: { ...DEFAULT_SETTINGS, ...settingsOverride } };
  const states: Omit<TabState, 'tabId'>[] = [];
  const app = createContentApp({
    document: window.document,
    window,
    hiddenTest: () => createStaticIsHidden(window.document),
    analyzeDocument,
    settings: {
      load: async () => structuredClone(settings.current),
      update: async (change) => (settings.current = change(structuredClone(settings.current))),
    },
    t: fakeT as ContentEnvironment['t'],
    reportState: (state) => states.push(state),
    // the real notice on a clock nobody advances: no timers left running after a test
    notice: createPageNotice(window.document, { notice: 'noticeLabel', close: 'noticeClose' }, new FakeClock()),
    ...envOverrides,
  });
  return { app, settings, states };
}
