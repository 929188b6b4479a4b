// Height-limited boxes ("展开全文") and transparent overlays: the full text is already in the
// DOM, the page only hides it behind a fold or covers it so it cannot be selected. Qinggao
// lifts the fold and lets the pointer through the cover — on the article and its wrappers
// only, through the journal, so undo restores every style attribute as it was.
import type { DomJournal } from './dom-journal';
import { appendStyle } from './style-attribute';

/** How far up from the article a fold may sit (article → content box → main column). */
const WRAPPER_DEPTH = 4;

const UNFOLD = 'max-height: none !important; height: auto !important; overflow: visible !important;';
const LET_THROUGH = 'pointer-events: none !important;';

export function unfoldArticle(win: Window & typeof globalThis, container: Element, journal: DomJournal): void {
  const doc = container.ownerDocument;
  let element: Element | null = container;
  for (let depth = 0; element && element !== doc.body && depth <= WRAPPER_DEPTH; depth++, element = element.parentElement) {
    if (isFolded(win.getComputedStyle(element))) appendStyle(element, UNFOLD, journal);
  }
  for (const cover of coversOf(win, container)) appendStyle(cover, LET_THROUGH, journal);
}

/** A box cut to a height with its overflow hidden: the classic "展开全文" fold. */
function isFolded(style: CSSStyleDeclaration): boolean {
  const hides = style.overflow === 'hidden' || style.overflowY === 'hidden';
  const limited = (style.maxHeight !== '' && style.maxHeight !== 'none') || /^\d+(\.\d+)?px$/.test(style.height);
  return hides && limited;
}

/**
 * Empty absolutely positioned layers inside the article's parent that sit above the text:
 * no text of their own, positioned, and stretched over the box (inset 0 or 100% size).
 */
function coversOf(win: Window & typeof globalThis, container: Element): Element[] {
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll('div, span, i, a')].filter((element) => {
    if (element.contains(container) || (element.textContent ?? '').trim() !== '' || element.querySelector('img, svg, video, canvas')) return false;
    const style = win.getComputedStyle(element);
    if (style.position !== 'absolute' && style.position !== 'fixed') return false;
    const stretched =
      (style.top === '0px' && style.left === '0px' && (style.right === '0px' || style.width === '100%') && (style.bottom === '0px' || style.height === '100%')) ||
      (style.width === '100%' && style.height === '100%');
    return stretched;
  });
}
