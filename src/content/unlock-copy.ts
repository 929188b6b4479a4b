// Undoes the page's copy blockers, narrowly: selection and copying inside the article, and
// nothing else. Ctrl+F, Ctrl+V and every other shortcut stay the page's business, and the
// page's handlers keep running everywhere else (see "Known complaints" in docs/noise.md).
import { copyGuardsOf } from './copy-guards';
import type { DomJournal } from './dom-journal';
import { attributeOnlyReturnsFalse, functionOnlyReturnsFalse } from './refusing-handler';

export const UNLOCKED_ATTRIBUTE = 'data-qinggao-unlocked';

/** on* attributes/properties that only block (onmousedown separately: it has honest uses). */
const BLOCKING_HANDLERS = ['oncopy', 'oncut', 'onselectstart', 'oncontextmenu', 'ondragstart'] as const;

const UNLOCK_CSS = `
[${UNLOCKED_ATTRIBUTE}], [${UNLOCKED_ATTRIBUTE}] * {
  -webkit-user-select: text !important;
  user-select: text !important;
}
[${UNLOCKED_ATTRIBUTE}]::selection, [${UNLOCKED_ATTRIBUTE}] *::selection {
  background-color: Highlight !important;
  color: HighlightText !important;
}`;

export interface UnlockOptions {
  /** events Qinggao dispatches itself (its own copy) and must not stop */
  isOwnEvent?: (event: Event) => boolean;
}

export function unlockCopy(
  doc: Document,
  win: Window & typeof globalThis,
  container: Element,
  journal: DomJournal,
  options: UnlockOptions = {},
): void {
  const isOwnEvent = options.isOwnEvent ?? (() => false);

  journal.setAttribute(container, UNLOCKED_ATTRIBUTE, '');
  const style = doc.createElement('style');
  style.setAttribute('data-qinggao', 'unlock');
  style.textContent = UNLOCK_CSS;
  journal.insert(style, doc.head ?? doc.documentElement);

  const holders = new Set<Element>([doc.documentElement, container]);
  if (doc.body) holders.add(doc.body);
  container.querySelectorAll(BLOCKING_HANDLERS.map((name) => `[${name}]`).join(',') + ',[onmousedown]').forEach((e) => holders.add(e));
  for (const element of holders) {
    for (const name of BLOCKING_HANDLERS) {
      journal.removeAttribute(element, name);
      journal.clearHandlerProperty(element as unknown as Record<string, unknown>, name);
    }
    const onmousedown = element.getAttribute('onmousedown');
    if (onmousedown !== null && attributeOnlyReturnsFalse(onmousedown)) journal.removeAttribute(element, 'onmousedown');
    clearIfReturnsFalse(element as unknown as Record<string, unknown>, journal);
  }
  for (const name of BLOCKING_HANDLERS) journal.clearHandlerProperty(doc as unknown as Record<string, unknown>, name);
  clearIfReturnsFalse(doc as unknown as Record<string, unknown>, journal);

  // the window capture guards, installed at document start on template sites, now let the
  // reader through inside the article
  const guards = copyGuardsOf(win);
  guards.activate({ container, isOwnEvent });
  journal.onUndo(() => guards.deactivate());
}

function clearIfReturnsFalse(target: Record<string, unknown>, journal: DomJournal): void {
  const handler = target.onmousedown;
  if (typeof handler === 'function' && functionOnlyReturnsFalse(Function.prototype.toString.call(handler))) {
    journal.clearHandlerProperty(target, 'onmousedown');
  }
}
