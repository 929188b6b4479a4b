// Which tab the popup works on: `?tabId=N` (the "open in a tab" view, contract.md) or the
// active tab of the popup's window.
import type { TabInfo } from './page-client';

export interface TabsApi {
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
}

export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export async function resolveTargetTab(tabs: TabsApi, search: string): Promise<TabInfo | undefined> {
  const requested = tabIdFromSearch(search);
  try {
    const tab = requested !== undefined ? await tabs.get(requested) : (await tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return undefined;
    return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
  } catch {
    return undefined; // the tab was closed
  }
}

export interface RuntimeApi {
  getURL(path: string): string;
  getManifest(): { action?: { default_popup?: string } };
}

/** The URL of this page as a tab working on `tabId`; the path comes from the built manifest. */
export function popupTabUrl(runtime: RuntimeApi, tabId: number): string {
  const page = runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
  return `${runtime.getURL(page)}?tabId=${tabId}`;
}
