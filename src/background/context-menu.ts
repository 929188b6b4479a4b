// Right-click menu: 净化本页 / 复制提纲 / 复制全文 on a page, and 打开清稿台 on a page and on the
// toolbar button's own menu, so the desk opens with no web page open (the browser groups them
// under the extension).
import type { Browser } from 'webextension-polyfill';
import type { MessageKey } from '../shared/i18n';
import type { CopyFormat } from '../content/content-api';

export type MenuAction = { kind: 'clean' } | { kind: 'copy'; format: CopyFormat } | { kind: 'open-desk' };

type MenuContext = 'page' | 'selection' | 'action';
const PAGE_CONTEXTS: readonly MenuContext[] = ['page', 'selection'];

export const MENU_ITEMS: readonly { id: string; title: MessageKey; action: MenuAction; contexts?: readonly MenuContext[] }[] = [
  { id: 'qinggao-clean', title: 'menuCleanPage', action: { kind: 'clean' } },
  { id: 'qinggao-copy-outline', title: 'menuCopyOutline', action: { kind: 'copy', format: 'outline' } },
  { id: 'qinggao-copy-text', title: 'menuCopyText', action: { kind: 'copy', format: 'text' } },
  { id: 'qinggao-open-desk', title: 'menuOpenDesk', action: { kind: 'open-desk' }, contexts: [...PAGE_CONTEXTS, 'action'] },
];

/** (Re)creates the items; menus persist in the browser, so this runs on install and startup. */
export async function createMenus(
  menus: Pick<Browser['contextMenus'], 'removeAll' | 'create'>,
  title: (key: MessageKey) => string,
): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) {
    menus.create({ id: item.id, title: title(item.title), contexts: [...(item.contexts ?? PAGE_CONTEXTS)] });
  }
}

export function menuActionOf(menuItemId: string | number): MenuAction | undefined {
  return MENU_ITEMS.find((item) => item.id === menuItemId)?.action;
}
