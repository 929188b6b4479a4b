// What a context-menu item or a keyboard shortcut does to a tab. The content script is
// injected first: on a template site it is usually there already (the script guards against
// starting twice), elsewhere the gesture's activeTab grant is what allows the injection.
import type { Browser } from 'webextension-polyfill';
import { copyThroughContentScript, type CopyFormat } from '../content/content-api';
import { sendToTab } from '../shared/messaging';

export type PageActionApi = Pick<Browser, 'tabs' | 'scripting' | 'runtime'>;

/** The built content script's file(s): crxjs hashes names, so the manifest is the only record. */
export function contentScriptFiles(runtime: Pick<Browser['runtime'], 'getManifest'>): string[] {
  return runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

export async function ensureContentScript(api: PageActionApi, tabId: number): Promise<void> {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: contentScriptFiles(api.runtime) });
}

export async function cleanTab(api: PageActionApi, tabId: number): Promise<void> {
  await ensureContentScript(api, tabId);
  await sendToTab(api, tabId, { type: 'qinggao:clean' });
}

export async function copyFromTab(api: PageActionApi, tabId: number, format: CopyFormat): Promise<boolean> {
  await ensureContentScript(api, tabId);
  const [result] = await api.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: copyThroughContentScript,
    args: [format],
  });
  return result?.result === true;
}
