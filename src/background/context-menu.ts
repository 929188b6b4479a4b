// Right-click menu: 净化本页 / 复制提纲 / 复制全文 (the browser groups them under the extension).
import type { Browser } from 'webextension-polyfill';
import type { MessageKey } from '../shared/i18n';
import type { CopyFormat } from '../content/content-api';

export type MenuAction = { kind: 'clean' } | { kind: 'copy'; format: CopyFormat };

export const MENU_ITEMS: readonly { id: string; title: MessageKey; action: MenuAction }[] = [
  { id: 'qinggao-clean', title: 'menuCleanPage', action: { kind: 'clean' } },
  { id: 'qinggao-copy-outline', title: 'menuCopyOutline', action: { kind: 'copy', format: 'outline' } },
  { id: 'qinggao-copy-text', title: 'menuCopyText', action: { kind: 'copy', format: 'text' } },
];

/** (Re)creates the items; menus persist in the browser, so this runs on install and startup. */
export async function createMenus(
  menus: Pick<Browser['contextMenus'], 'removeAll' | 'create'>,
  title: (key: MessageKey) => string,
): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) {
    menus.create({ id: item.id, title: title(item.title), contexts: ['page', 'selection'] });
  }
}

export function menuActionOf(menuItemId: string | number): MenuAction | undefined {
  return MENU_ITEMS.find((item) => item.id === menuItemId)?.action;
}
