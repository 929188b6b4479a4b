// The capture listeners that keep a page's copy blockers from running inside the cleaned
// article. Listeners on the same target and phase run in the order they were added, so a page
// that adds its own `window` capture listener before ours (copy tails, an eaten Ctrl+C) wins
// unless ours came first: on template sites a tiny script installs these at document start,
// before any page script, and they stay idle until cleaning activates them. Elsewhere
// (injected on a click) they are installed when cleaning needs them. They live on the content
// script's `window`, which only the extension's own scripts see, so the document-start script
// and the main one share them.

export interface CopyGuardScope {
  /** the cleaned article: copies, selections and context menus in it are let through */
  container: Element;
  /** events Qinggao dispatches itself (its own copy) and must not stop */
  isOwnEvent: (event: Event) => boolean;
}

export interface CopyGuards {
  activate(scope: CopyGuardScope): void;
  deactivate(): void;
  readonly active: boolean;
}

/** Events whose page handlers only ever serve to block the reader; stopped before they run. */
const BLOCKED_EVENTS = ['copy', 'selectstart', 'contextmenu'] as const;
const GUARDS_KEY = '__qinggaoCopyGuards';

type GuardedWindow = Window & typeof globalThis & { [GUARDS_KEY]?: CopyGuards };

/** The window's guards, installed now if the document-start script did not. */
export function copyGuardsOf(win: Window & typeof globalThis): CopyGuards {
  const guarded = win as GuardedWindow;
  return (guarded[GUARDS_KEY] ??= installCopyGuards(win));
}

/** Adds the listeners (idle until activated). Call once per window: `copyGuardsOf` does. */
export function installCopyGuards(win: Window & typeof globalThis): CopyGuards {
  let scope: CopyGuardScope | null = null;

  const inArticle = (event: Event, container: Element): boolean => {
    if (event.type === 'copy') return selectionTouches(win, container);
    return event.target instanceof win.Node && container.contains(event.target);
  };
  // Capture phase at window runs before any handler on document, body or the text itself.
  const stopBlockers = (event: Event): void => {
    if (scope && !scope.isOwnEvent(event) && inArticle(event, scope.container)) event.stopImmediatePropagation();
  };
  const letCopyKeysThrough = (event: KeyboardEvent): void => {
    if (scope && isCopyOrSelectAll(event) && !isEditable(event.target)) event.stopImmediatePropagation();
  };
  for (const type of BLOCKED_EVENTS) win.addEventListener(type, stopBlockers, true);
  win.addEventListener('keydown', letCopyKeysThrough, true);

  return {
    activate(next) {
      scope = next;
    },
    deactivate() {
      scope = null;
    },
    get active() {
      return scope !== null;
    },
  };
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
