// What a context-menu item or a keyboard shortcut does to a tab, and the injections the content
// scripts ask for. A gesture injects the engine directly: on a template site it may be running
// already (it guards against starting twice), elsewhere the gesture's activeTab grant is what
// allows the injection.
import type { Browser, Runtime } from 'webextension-polyfill';
import { copyThroughContentScript, type CopyFormat } from '../content/content-api';
import { ENGINE_FILES } from '../shared/engine-files';
import { sendToTab } from '../shared/messaging';

export type PageActionApi = Pick<Browser, 'tabs' | 'scripting' | 'runtime'>;

/**
 * The first stage's built file(s), as the manifest declares them for the template sites (crxjs
 * may rename files, so the built manifest is the record): "detect everywhere" registers the same.
 */
export function contentScriptFiles(runtime: Pick<Browser['runtime'], 'getManifest'>): string[] {
  return runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

export async function ensureContentScript(api: Pick<Browser, 'scripting'>, tabId: number): Promise<void> {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [...ENGINE_FILES] });
}

/** Injects `files` into the frame a content script's message came from; true once they ran. */
export async function injectInto(api: Pick<Browser, 'scripting'>, sender: Runtime.MessageSender, files: readonly string[]): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await api.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [...files] });
  return true;
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
