// Talks to the content script in one tab: the three public messages (contract.md), and, on the
// user's click, injecting the content engine into a page that is not a known template site.
// The browser API is passed in (`browser` from webextension-polyfill in main.tsx, a fake in tests).
import type { Analysis } from '../core/types';
import type { Message, PageAnalysis, ResponseOf } from '../shared/messages';
import { templateSiteOf } from '../core/rules/sites';
import { ENGINE_FILES } from '../shared/engine-files';
import { restrictionFromError, restrictionOf, type Restriction } from './restricted-page';

export type PageRequest = 'qinggao:analyze' | 'qinggao:clean' | 'qinggao:undo' | 'qinggao:merge-pages';

/** The slice of `browser` the client uses. */
export interface PageApi {
  tabs: {
    sendMessage(tabId: number, message: Message, options?: { frameId?: number }): Promise<unknown>;
  };
  scripting?: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
}

export interface TabInfo {
  id: number;
  /** missing when the extension may not see it (no host access, not the activeTab) */
  url?: string;
}

export type PageProblem =
  /** nothing answers in the tab: not a known site, or opened before the extension loaded */
  | { kind: 'no-content-script' }
  | { kind: 'restricted'; restriction: Restriction }
  | { kind: 'failed'; detail: string };

export class PageUnavailable extends Error {
  constructor(readonly problem: PageProblem) {
    super(problem.kind === 'failed' ? problem.detail : problem.kind);
  }
}

export interface PageClient {
  readonly tab: TabInfo;
  request(type: PageRequest): Promise<PageAnalysis>;
  /** injects the content engine, then analyzes */
  injectAndAnalyze(): Promise<PageAnalysis>;
  /** stops a 合并全部 N 页 under way (its own request then answers with the page as it was) */
  cancelMerge?(): Promise<void>;
}

export interface PageClientOptions {
  /** waits between attempts while a content script is still starting */
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_DELAY_MS = 250;
/** a known template site's content script starts at document idle: ~5 s of patience */
const TEMPLATE_SITE_ATTEMPTS = 20;
/** the engine answers once it ran (executeScript resolves then); a few tries for a slow page */
const AFTER_INJECT_ATTEMPTS = 12;

export function createPageClient(api: PageApi, tab: TabInfo, options: PageClientOptions = {}): PageClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const sendOnce = async (type: PageRequest): Promise<PageAnalysis> => {
    let response: unknown;
    try {
      // frameId 0: only the top document answers, not a content script in an iframe
      response = await api.tabs.sendMessage(tab.id, { type } as Message, { frameId: 0 });
    } catch (error) {
      const message = errorMessage(error);
      if (isNoReceiver(message)) throw new PageUnavailable({ kind: 'no-content-script' });
      throw new PageUnavailable({ kind: 'failed', detail: message });
    }
    if (!isAnalysis(response)) throw new PageUnavailable({ kind: 'failed', detail: 'unexpected answer from the page' });
    return response;
  };

  const sendWithPatience = async (type: PageRequest, attempts: number): Promise<PageAnalysis> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendOnce(type);
      } catch (error) {
        const waiting = error instanceof PageUnavailable && error.problem.kind === 'no-content-script';
        if (!waiting || attempt >= attempts) throw error;
        await sleep(RETRY_DELAY_MS);
      }
    }
  };

  const restriction = restrictionOf(tab.url);
  const host = hostOf(tab.url);

  return {
    tab,
    request(type) {
      if (restriction) return Promise.reject(new PageUnavailable({ kind: 'restricted', restriction }));
      return sendWithPatience(type, templateSiteOf(host) ? TEMPLATE_SITE_ATTEMPTS : 1);
    },
    async cancelMerge() {
      await api.tabs.sendMessage(tab.id, { type: 'qinggao:cancel-merge' }, { frameId: 0 }).catch(() => undefined);
    },
    async injectAndAnalyze() {
      if (restriction) throw new PageUnavailable({ kind: 'restricted', restriction });
      if (!api.scripting) throw new PageUnavailable({ kind: 'failed', detail: 'no scripting API' });
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files: [...ENGINE_FILES] });
      } catch (error) {
        const message = errorMessage(error);
        const found = restrictionFromError(message);
        throw new PageUnavailable(found ? { kind: 'restricted', restriction: found } : { kind: 'failed', detail: message });
      }
      return sendWithPatience('qinggao:analyze', AFTER_INJECT_ATTEMPTS);
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Chrome and Firefox word it the same: "Could not establish connection. Receiving end does not exist."
function isNoReceiver(message: string): boolean {
  return /receiving end does not exist|could not establish connection/i.test(message);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A light shape check: the answer crosses a process boundary, and a wrong one must not crash the view. */
function isAnalysis(value: unknown): value is ResponseOf<PageRequest> {
  const v = value as Partial<Analysis> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.isSpeech === 'boolean' &&
    typeof v.title === 'string' &&
    Array.isArray(v.paragraphs) &&
    Array.isArray(v.outline) &&
    Array.isArray(v.removed)
  );
}
