// The small notice Qinggao shows in the page ("已净化 12 处 · 撤销 · 本站不再自动净化").
// It lives in a closed shadow root hung on <html>, not <body>: page CSS cannot restyle or hide
// its inside, page scripts cannot reach into it, and the page's body stays exactly as undo
// left it. Text only (textContent), never markup.
import { CORNER, placeNotice, type Box, type Placement } from './notice-placement';
import type { Scheduler } from './reinsertion-watch';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticeContent {
  message: string;
  actions?: NoticeAction[];
}

export interface NoticeLabels {
  /** accessible name of the notice */
  notice: string;
  close: string;
}

export interface PageNotice {
  show(content: NoticeContent): void;
  hide(): void;
  /** the notice's host element while shown (tests and the undo comparison look for it) */
  readonly host: Element | null;
  /** the closed shadow root while shown: only Qinggao's own code holds it */
  readonly root: ShadowRoot | null;
  /** the article whose text the notice must never cover (placed clear of it, kept so on scroll) */
  keepClearOf(element: Element | null): void;
}

export const NOTICE_HIDE_AFTER_MS = 6000;

const NOTICE_CSS = `
:host { all: initial; }
.notice {
  display: flex; align-items: center; gap: 10px; max-width: 420px;
  padding: 8px 10px 8px 14px; border-radius: 8px;
  background: #2b2b2b; color: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.message { flex: 1 1 auto; }
button {
  all: unset; cursor: pointer; padding: 2px 6px; border-radius: 4px;
  color: #ffd7a8; text-decoration: underline; text-underline-offset: 2px;
}
button:hover { background: rgba(255,255,255,.12); }
button:focus-visible { outline: 2px solid #ffd7a8; outline-offset: 1px; }
.close { color: #ccc; text-decoration: none; font-size: 15px; line-height: 1; }
@media (prefers-reduced-motion: no-preference) {
  .notice { animation: qinggao-in .15s ease-out; }
  @keyframes qinggao-in { from { opacity: 0; transform: translateY(6px); } }
}`;

// Host placement via CSSOM with !important: wins over page rules aimed at "html > div",
// and CSSOM writes are not blocked by a page's style-src policy the way <style> can be.
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];
/** the notice's size before the browser has laid it out (and in a test DOM without layout) */
const ESTIMATED_SIZE = { width: 420, height: 40 };

export function createPageNotice(
  doc: Document,
  labels: NoticeLabels,
  scheduler: Pick<Scheduler, 'setTimeout' | 'clearTimeout'> = {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): PageNotice {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let timer: unknown;
  let held = false; // pointer over it or focus inside: the reader is using it, do not vanish
  let article: Element | null = null;
  let box: HTMLElement | null = null;
  const view = doc.defaultView;

  /** Puts the notice where it covers none of the article's text (notice-placement.ts). */
  const placeWith = (viewport: { width: number; height: number }, measured: Box | undefined, articleBox: Box | null): void => {
    if (!host) return;
    const width = measured ? measured.right - measured.left : 0;
    const size = measured && width > 0 ? { width, height: measured.bottom - measured.top } : ESTIMATED_SIZE;
    pin(placeNotice(viewport, size, articleBox));
  };
  const pin = (placement: Placement): void => {
    if (!host) return;
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      const value = placement[side];
      host.style.setProperty(side, value === undefined ? 'auto' : `${Math.round(value)}px`, 'important');
    }
    box?.style.setProperty('max-width', placement.maxWidth === undefined ? '' : `${Math.floor(placement.maxWidth)}px`);
  };
  /** Measures now: on scroll and resize, when the page is already laid out. */
  const place = (): void => {
    if (!host || !view) return;
    placeWith({ width: view.innerWidth, height: view.innerHeight }, box?.getBoundingClientRect(), article?.isConnected ? article.getBoundingClientRect() : null);
  };
  /**
   * Measures after the browser's own next layout instead of forcing one: right after a cleaning
   * the page is not laid out yet, and on a 5 MB page a getBoundingClientRect here lays out all
   * of it inside our task (70–200 ms). An IntersectionObserver's first report carries the
   * boxes the rendering already computed. Until then the notice sits in its corner.
   */
  let observer: IntersectionObserver | null = null;
  const placeAfterLayout = (): void => {
    observer?.disconnect();
    observer = null;
    const Observer = typeof IntersectionObserver === 'function' ? IntersectionObserver : undefined;
    if (!Observer || !view) {
      place(); // a DOM without rendering: nothing to wait for
      return;
    }
    pin(CORNER);
    const watched = article?.isConnected ? article : null;
    observer = new Observer((entries) => {
      observer?.disconnect();
      observer = null;
      let measured: Box | undefined;
      let articleBox: Box | null = null;
      let viewport: { width: number; height: number } | null = null;
      for (const entry of entries) {
        if (entry.target === box) measured = entry.boundingClientRect;
        else if (entry.target === watched) articleBox = entry.boundingClientRect;
        if (entry.rootBounds) viewport = { width: entry.rootBounds.width, height: entry.rootBounds.height };
      }
      placeWith(viewport ?? { width: view.innerWidth, height: view.innerHeight }, measured, articleBox);
    });
    if (box) observer.observe(box);
    if (watched) observer.observe(watched);
  };
  let placing = false;
  const onViewportChange = (): void => {
    if (placing || !view) return;
    placing = true;
    view.requestAnimationFrame(() => {
      placing = false;
      place();
    });
  };

  const clearTimer = (): void => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };
  const startTimer = (): void => {
    clearTimer();
    if (!held) timer = scheduler.setTimeout(() => notice.hide(), NOTICE_HIDE_AFTER_MS);
  };

  const notice: PageNotice = {
    show(content) {
      notice.hide();
      host = doc.createElement('div');
      host.setAttribute('data-qinggao', 'notice');
      for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
      root = host.attachShadow({ mode: 'closed' });
      addStyles(doc, root);

      box = doc.createElement('div');
      box.className = 'notice';
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      box.setAttribute('aria-label', labels.notice);
      const message = doc.createElement('span');
      message.className = 'message';
      message.textContent = content.message;
      box.append(message);
      for (const action of content.actions ?? []) {
        box.append(button(doc, action.label, () => {
          notice.hide();
          action.run();
        }));
      }
      const close = button(doc, '×', () => notice.hide());
      close.className = 'close';
      close.setAttribute('aria-label', labels.close);
      close.title = labels.close;
      box.append(close);

      box.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') notice.hide();
      });
      const hold = (): void => {
        held = true;
        clearTimer();
      };
      const release = (): void => {
        held = false;
        startTimer();
      };
      box.addEventListener('pointerenter', hold);
      box.addEventListener('pointerleave', release);
      box.addEventListener('focusin', hold);
      box.addEventListener('focusout', release);
      root.append(box);
      doc.documentElement.append(host);
      placeAfterLayout();
      view?.addEventListener('scroll', onViewportChange, { passive: true });
      view?.addEventListener('resize', onViewportChange, { passive: true });
      held = false;
      startTimer();
    },
    hide() {
      clearTimer();
      observer?.disconnect();
      observer = null;
      view?.removeEventListener('scroll', onViewportChange);
      view?.removeEventListener('resize', onViewportChange);
      host?.remove();
      host = null;
      root = null;
      box = null;
    },
    keepClearOf(element) {
      article = element;
      placeAfterLayout();
    },
    get host() {
      return host;
    },
    get root() {
      return root;
    },
  };
  return notice;
}

function button(doc: Document, label: string, onClick: () => void): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function addStyles(doc: Document, root: ShadowRoot): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    // constructed sheets: CSSOM, so allowed even where the page's CSP forbids <style>
    const sheet = new view!.CSSStyleSheet();
    sheet.replaceSync(NOTICE_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // older engines, or a sheet that cannot be adopted across the content-script boundary
  }
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  root.append(style);
}
