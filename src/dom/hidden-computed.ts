// Tells hidden elements apart in the browser, from the computed style and layout, so every
// way a page can hide text counts, however its CSS is written. Same tricks as
// hidden-static.ts: display/visibility, font-size under 1px, opacity 0, zero-size clipping,
// off-screen positioning, text painted in its background colour.
import { isTransparent, over, paintedBackground, parseColor, sameColor, type Rgba } from './css-color';
import type { IsHidden } from './types';

const OFFSCREEN_PX = -500;

export function createComputedIsHidden(win: Window): IsHidden {
  const memo = new Map<Element, boolean>();
  const styleOf = (element: Element) => win.getComputedStyle(element);

  const layerMemo = new Map<Element, Rgba | 'image' | undefined>();
  const backgroundLayerOf = (element: Element): Rgba | 'image' | undefined => {
    if (layerMemo.has(element)) return layerMemo.get(element);
    const style = styleOf(element);
    const layer = /url\(|gradient\(/.test(style.backgroundImage ?? '') ? ('image' as const) : parseColor(style.backgroundColor);
    layerMemo.set(element, layer);
    return layer;
  };

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
    return rect.right + scrollX <= 0 && rect.left + scrollX <= OFFSCREEN_PX
      || rect.bottom + scrollY <= 0 && rect.top + scrollY <= OFFSCREEN_PX;
  };

  const clippedAway = (style: CSSStyleDeclaration): boolean =>
    (style.position === 'absolute' || style.position === 'fixed') &&
      /^rect\(\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px,?\s*(0|1)px\s*\)$/.test(style.clip ?? '') ||
    /^inset\(\s*(50|100)%\s*\)$/.test(style.clipPath ?? '');

  const hidesItself = (element: Element): boolean => {
    if (element.getAttribute('aria-hidden') === 'true' || element.classList.contains('jammer')) return true;
    const style = styleOf(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (parseFloat(style.fontSize) < 1) return true;
    if (parseFloat(style.opacity) < 0.05) return true;
    if (clippedAway(style) || offscreen(element, style)) return true;
    if (parseFloat(style.textIndent) <= OFFSCREEN_PX) return true;
    if (style.overflow === 'hidden' && (parseFloat(style.width) === 0 || parseFloat(style.height) === 0)) return true;
    const color = parseColor(style.color);
    if (!color) return false;
    if (isTransparent(color)) return true;
    const bg = paintedBackground(backgroundLayers(element));
    return bg !== undefined && sameColor(over(color, bg), bg);
  };

  return (element) => {
    let hidden = memo.get(element);
    if (hidden === undefined) {
      hidden = hidesItself(element);
      memo.set(element, hidden);
    }
    return hidden;
  };
}
