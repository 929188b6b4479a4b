// Where the 清稿台 lives in the built extension (vite.config.ts builds it as an extra page), and
// opening it in a new tab from the popup, the options page or the context menu.
import type { Browser } from 'webextension-polyfill';

export const DESK_PAGE = 'src/desk/index.html';

export function deskUrl(runtime: Pick<Browser['runtime'], 'getURL'>): string {
  return runtime.getURL(DESK_PAGE);
}

export async function openDesk(api: Pick<Browser, 'tabs' | 'runtime'>): Promise<void> {
  await api.tabs.create({ url: deskUrl(api.runtime) });
}
