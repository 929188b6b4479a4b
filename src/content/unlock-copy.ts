// Undoes the page's copy blockers, narrowly: selection and copying inside the article, and
// nothing else. Ctrl+F, Ctrl+V and every other shortcut stay the page's business, and the
// page's handlers keep running everywhere else (see "Known complaints" in docs/noise.md).
import type { DomJournal } from './dom-journal';
import { attributeOnlyReturnsFalse, functionOnlyReturnsFalse } from './refusing-handler';

export const UNLOCKED_ATTRIBUTE = 'data-qinggao-unlocked';

/** Events whose page handlers only ever serve to block the reader; stopped before they run. */
const BLOCKED_EVENTS = ['copy', 'selectstart', 'contextmenu'] as const;
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

  const inArticle = (event: Event): boolean => {
    if (event.type === 'copy') return selectionTouches(win, container);
    return event.target instanceof win.Node && container.contains(event.target);
  };
  // Capture phase at window runs before any handler on document, body or the text itself.
  const stopBlockers = (event: Event): void => {
    if (!isOwnEvent(event) && inArticle(event)) event.stopImmediatePropagation();
  };
  const letCopyKeysThrough = (event: KeyboardEvent): void => {
    if (isCopyOrSelectAll(event) && !isEditable(event.target)) event.stopImmediatePropagation();
  };
  for (const type of BLOCKED_EVENTS) win.addEventListener(type, stopBlockers, true);
  win.addEventListener('keydown', letCopyKeysThrough, true);
  journal.onUndo(() => {
    for (const type of BLOCKED_EVENTS) win.removeEventListener(type, stopBlockers, true);
    win.removeEventListener('keydown', letCopyKeysThrough, true);
  });
}

function clearIfReturnsFalse(target: Record<string, unknown>, journal: DomJournal): void {
  const handler = target.onmousedown;
  if (typeof handler === 'function' && functionOnlyReturnsFalse(Function.prototype.toString.call(handler))) {
    journal.clearHandlerProperty(target, 'onmousedown');
  }
}

/** Ctrl+C / Ctrl+A (Cmd on macOS), exactly: no Shift, no Alt. */
export function isCopyOrSelectAll(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  const key = event.key.toLowerCase();
  return key === 'c' || key === 'a';
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as (Element & { isContentEditable?: boolean }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
}

function selectionTouches(win: Window, container: Element): boolean {
  const selection = win.getSelection();
  if (!selection) return false;
  for (let i = 0; i < selection.rangeCount; i++) {
    if (selection.getRangeAt(i).intersectsNode(container)) return true;
  }
  return false;
}
