// Tells hidden elements apart in the browser, from the computed style and layout, so every
// way a page can hide text counts, however its CSS is written. Same tricks as
// hidden-static.ts: display/visibility, font-size under 1px, opacity 0, zero-size clipping,
// off-screen positioning, text painted in its background colour.
import { isTransparent, over, paintedBackground, parseColor, sameColor, type Rgba } from './css-color';
import { CLIP_PATH_TO_NOTHING, CLIPPED_TO_NOTHING, MIN_OPACITY, OFFSCREEN_PX } from './hiding-limits';
import { memoizeByElement } from './memoize';
import type { IsHidden } from './types';

export function createComputedIsHidden(win: Window): IsHidden {
  const styleOf = (element: Element) => win.getComputedStyle(element);
  const backgroundLayerOf = memoizeByElement((element: Element): Rgba | 'image' | undefined => {
    const style = styleOf(element);
    return /url\(|gradient\(/.test(style.backgroundImage ?? '') ? 'image' : parseColor(style.backgroundColor);
  });

  /** The backgrounds painted behind an element, nearest first. */
  function* backgroundLayers(element: Element) {
    for (let e: Element | null = element; e; e = e.parentElement) yield backgroundLayerOf(e);
  }

  const offscreen = (element: Element, style: CSSStyleDeclaration): boolean => {
    if (style.position !== 'absolute' && style.position !== 'fixed') return false;
    if (parseFloat(style.left) <= OFFSCREEN_PX || parseFloat(style.top) <= OFFSCREEN_PX) return true;
    const rect = element.getBoundingClientRect();
    const scrollX = win.scrollX ?? 0;
    const scrollY = win.scrollY ?? 0;
    return (
      (rect.right + scrollX <= 0 && rect.left + scrollX <= OFFSCREEN_PX) ||
      (rect.bottom + scrollY <= 0 && rect.top + scrollY <= OFFSCREEN_PX)
    );
  };

  const clippedAway = (style: CSSStyleDeclaration): boolean =>
    ((style.position === 'absolute' || style.position === 'fixed') && CLIPPED_TO_NOTHING.test(style.clip ?? '')) ||
    CLIP_PATH_TO_NOTHING.test(style.clipPath ?? '');

  const hidesItself = (element: Element): boolean => {
    if (element.getAttribute('aria-hidden') === 'true' || element.classList.contains('jammer')) return true;
    const style = styleOf(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (parseFloat(style.fontSize) < 1) return true;
    if (parseFloat(style.opacity) < MIN_OPACITY) return true;
    if (clippedAway(style) || offscreen(element, style)) return true;
    if (parseFloat(style.textIndent) <= OFFSCREEN_PX) return true;
    if (style.overflow === 'hidden' && (parseFloat(style.width) === 0 || parseFloat(style.height) === 0)) return true;
    const color = parseColor(style.color);
    if (!color) return false;
    if (isTransparent(color)) return true;
    const bg = paintedBackground(backgroundLayers(element));
    return bg !== undefined && sameColor(over(color, bg), bg);
  };

  return memoizeByElement(hidesItself);
}
