// Tells hidden elements apart without a layout engine (Node: linkedom in the CLI and the
// tests). It reads what a page *declares*: inline styles, presentational attributes
// (<font color>, bgcolor) and simple <style> rules (cascaded by specificity and source
// order, !important ignored), and knows the tricks template sites use to plant anti-copy junk in the text:
// display:none, visibility:hidden, font-size:0, opacity:0, off-screen positioning, zero-size
// clipping, text coloured like its background, the `hidden` attribute, aria-hidden text and
// Discuz's <font class="jammer">. In the browser use hidden-computed.ts instead.
import { BLACK, isTransparent, over, paintedBackground, parseColor, sameColor, type Rgba } from './css-color';
import { lengthInPixels, parseDeclarations, type Declarations } from './css-declarations';
import { tagOf } from './element-kinds';
import { CLIP_PATH_TO_NOTHING, CLIPPED_TO_NOTHING, MIN_OPACITY, OFFSCREEN_PX } from './hiding-limits';
import { memoizeByElement } from './memoize';
import { classesOf, matchesSimpleSelector } from './simple-selector';
import { StyleRules } from './style-rules';
import type { IsHidden } from './types';

/** Properties that can hide text, alone or together (colour against background). */
const RELEVANT = new Set([
  'display', 'visibility', 'font-size', 'font', 'opacity', 'position', 'left', 'top',
  'text-indent', 'clip', 'clip-path', 'width', 'height', 'max-height', 'overflow',
  'color', 'background', 'background-color', 'background-image',
]);

function hidesByDeclarations(d: Declarations): boolean {
  if (d.get('display') === 'none') return true;
  const visibility = d.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  if (tooSmallToRead(d.get('font-size'))) return true;
  if (/(^|\s)0(\.0+)?(px|pt|em|rem|%)?\s*(\/|\s|$)/.test(d.get('font') ?? '')) return true;
  const opacity = d.get('opacity');
  if (opacity !== undefined && parseFloat(opacity) < MIN_OPACITY) return true;
  const position = d.get('position');
  if (position === 'absolute' || position === 'fixed') {
    if (['left', 'top'].some((side) => (lengthInPixels(d.get(side)) ?? 0) <= OFFSCREEN_PX)) return true;
    if (CLIPPED_TO_NOTHING.test(d.get('clip') ?? '')) return true;
  }
  if ((lengthInPixels(d.get('text-indent')) ?? 0) <= OFFSCREEN_PX) return true;
  if (CLIP_PATH_TO_NOTHING.test(d.get('clip-path') ?? '')) return true;
  if (d.get('overflow') === 'hidden' && ['width', 'height', 'max-height'].some((p) => lengthInPixels(d.get(p)) === 0)) return true;
  return false;
}

function tooSmallToRead(fontSize: string | undefined): boolean {
  if (fontSize === undefined) return false;
  const m = fontSize.match(/^(\d+(?:\.\d+)?|\.\d+)(px|pt|em|rem|%)?$/); // not \d*\.?\d+: quadratic on 50 KB of digits
  if (!m) return false;
  const n = parseFloat(m[1]!);
  if (n === 0) return true;
  return m[2] === 'em' || m[2] === 'rem' ? n < 0.1 : m[2] === '%' ? n < 10 : n < 1;
}

type Background = Rgba | 'image' | undefined;

function backgroundOf(d: Declarations): Background {
  if (/url\(|gradient\(/.test(d.get('background-image') ?? '')) return 'image';
  const color = d.get('background-color');
  if (color) return parseColor(color);
  const shorthand = d.get('background');
  if (!shorthand) return undefined;
  if (/url\(|gradient\(/.test(shorthand)) return 'image';
  for (const token of shorthand.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b|[a-z]+/g) ?? []) {
    const c = parseColor(token);
    if (c) return c;
  }
  return undefined;
}

const NOTHING_DECLARED: Declarations = new Map();

export function createStaticIsHidden(doc: Document): IsHidden {
  const rules = new StyleRules(doc, (d) => {
    for (const p of d.keys()) if (RELEVANT.has(p)) return true;
    return false;
  });
  const cachedClassesOf = memoizeByElement(classesOf);

  /** Presentational attributes, then matching rules in cascade order, then the style attribute. */
  const declared = memoizeByElement((element: Element): Declarations => {
    const tag = tagOf(element);
    const fontColor = tag === 'font' ? element.getAttribute('color') : null;
    const bgcolor = element.getAttribute('bgcolor');
    const style = element.getAttribute('style');
    const id = element.getAttribute('id');
    const matching = rules.empty ? undefined : rules.candidatesFor(tag, cachedClassesOf(element), id);
    // most elements declare nothing: they share one empty answer (never written to)
    if (!fontColor && !bgcolor && !style && !matching) return NOTHING_DECLARED;
    const d: Declarations = new Map();
    if (fontColor) d.set('color', fontColor.toLowerCase());
    if (bgcolor) d.set('background-color', bgcolor.toLowerCase());
    if (matching) for (const rule of matching) if (matchesSimpleSelector(element, rule.selector, cachedClassesOf)) for (const [p, v] of rule.declarations) d.set(p, v);
    if (style) for (const [p, v] of parseDeclarations(style)) d.set(p, v);
    return d;
  });

  // read once per element: every element that sets a colour walks all its ancestors
  const ownColor = memoizeByElement((element: Element): Rgba | null => {
    const color = declared(element).get('color');
    return (color === undefined ? undefined : parseColor(color)) ?? null;
  });
  const ownBackground = memoizeByElement((element: Element): Background | null => backgroundOf(declared(element)) ?? null);

  const textColor = (element: Element): Rgba => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const parsed = ownColor(e);
      if (parsed) return parsed;
    }
    return BLACK;
  };

  /** The backgrounds painted behind an element, nearest first. */
  function* backgroundLayers(element: Element) {
    for (let e: Element | null = element; e; e = e.parentElement) yield ownBackground(e) ?? undefined;
  }

  const paintedInvisible = (element: Element): boolean => {
    const d = declared(element);
    // only an element that sets a colour itself can newly vanish; otherwise its parent would
    if (!d.has('color') && ownBackground(element) === null) return false;
    const color = textColor(element);
    if (isTransparent(color)) return true;
    const bg = paintedBackground(backgroundLayers(element));
    return bg !== undefined && sameColor(over(color, bg), bg);
  };

  const hidesByStyle = (element: Element): boolean => {
    const d = declared(element);
    return d !== NOTHING_DECLARED && (hidesByDeclarations(d) || paintedInvisible(element));
  };

  return memoizeByElement(
    (element: Element): boolean =>
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true' ||
      cachedClassesOf(element).includes('jammer') ||
      hidesByStyle(element),
  );
}
