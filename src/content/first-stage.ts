// Content script, first stage: declared for the template sites (document idle), registered for
// every site under "detect everywhere". It stays small (≤ 5 KB gzip, no polyfill, no engine):
// it looks whether the page may hold a speech (page-sniff.ts) and only then asks the background
// to inject the engine (index.ts), which analyzes and cleans as before. A page that shows no
// sign of a speech is marked analyzed and left alone: nothing built, looked up or sent. The
// public messages (contract.md) are answered on every page: when one arrives before the engine
// runs, the engine is injected and answers it.
import type { ContentRequest } from './content-api';
import { STATUS_ATTRIBUTE } from './status-attribute';
import { pageMayHoldSpeech } from './page-sniff';

interface MessageSender {
  id?: string;
}
/** The slice of the extension API the first stage uses: Firefox's `browser` or Chrome's `chrome`. */
interface RuntimeApi {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => boolean): void;
  };
}

const REQUESTS: readonly ContentRequest[] = ['qinggao:analyze', 'qinggao:clean', 'qinggao:undo'];

function runtimeApi(): RuntimeApi {
  const scope = globalThis as unknown as { browser?: { runtime: RuntimeApi }; chrome?: { runtime: RuntimeApi } };
  return (scope.browser ?? scope.chrome)!.runtime;
}

/** false once the extension that started this script was reloaded, updated or removed */
function isAlive(runtime: RuntimeApi): boolean {
  try {
    return Boolean(runtime.id);
  } catch {
    return false;
  }
}

function engineRunning(): boolean {
  return globalThis.__qinggaoContent?.isAlive() === true;
}

function start(): void {
  const runtime = runtimeApi();
  let engine: Promise<unknown> | undefined;
  const loadEngine = (): Promise<unknown> => {
    engine ??= runtime.sendMessage({ type: 'qinggao:load-engine' }).catch((error: unknown) => {
      engine = undefined; // the background was restarting: the next message tries again
      throw error;
    });
    return engine;
  };
  globalThis.__qinggaoFirstStage = { isAlive: () => isAlive(runtime) };

  runtime.onMessage.addListener((message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type as ContentRequest;
    // once the engine runs, its own listener answers
    if (sender.id !== runtime.id || !REQUESTS.includes(type) || engineRunning()) return false;
    loadEngine()
      .then(() => globalThis.__qinggaoContent!.request(type))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  if (engineRunning()) return;
  if (pageMayHoldSpeech(document)) void loadEngine().catch(() => undefined);
  else document.documentElement.setAttribute(STATUS_ATTRIBUTE, 'analyzed');
}

if (!globalThis.__qinggaoFirstStage?.isAlive()) start();
