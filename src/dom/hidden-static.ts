// Tells hidden elements apart without a layout engine (Node: linkedom in the CLI and the
// tests). It reads what a page *declares*: inline styles, presentational attributes
// (<font color>, bgcolor) and simple <style> rules (cascaded by specificity and source
// order, !important ignored), and knows the tricks template sites use to plant anti-copy junk in the text:
// display:none, visibility:hidden, font-size:0, opacity:0, off-screen positioning, zero-size
// clipping, text coloured like its background, the `hidden` attribute, aria-hidden text and
// Discuz's <font class="jammer">. In the browser use hidden-computed.ts instead.
import { BLACK, isTransparent, over, parseColor, sameColor, WHITE, type Rgba } from './css-color';
import { lengthInPixels, parseDeclarations, type Declarations } from './css-declarations';
import { classAttributeOf, tagOf } from './element-kinds';
import { CLIP_PATH_TO_NOTHING, CLIPPED_TO_NOTHING, MIN_OPACITY, OFFSCREEN_PX } from './hiding-limits';
import { classesOf, matchesSelector, type SelectorSubject } from './simple-selector';
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

/** What an element is (for selectors) and paints, and whether it hides itself. */
interface ElementState {
  element: Element;
  tag: string;
  id: string | null;
  classes: readonly string[];
  /** the colour its text is painted in (declared on it or inherited) */
  color: Rgba;
  /** the opaque colour painted behind it; undefined over an image */
  background: Rgba | undefined;
  hidden: boolean;
}

/** Above the root: black text on a white page. */
const PAGE: Pick<ElementState, 'color' | 'background'> = { color: BLACK, background: WHITE };
const NO_CLASSES: readonly string[] = [];

/**
 * One top-down reading: each element's state comes from its parent's (the colour it inherits,
 * the background painted behind it), so no element walks its ancestors and nothing is kept per
 * element. The check holds the states of one path, from the root down to the element it was
 * last asked about: the block walk and the reads it makes of a block's subtree ask in document
 * order, so the parent is near the top of the path (or the element itself still is); an element
 * asked about out of order has its path rebuilt from where it parts from the one held. Selectors
 * are matched on the path too: an element's ancestors are the states below it.
 */
export function createStaticIsHidden(doc: Document): IsHidden {
  const rules = new StyleRules(doc, (d) => {
    for (const p of d.keys()) if (RELEVANT.has(p)) return true;
    return false;
  });
  /** path[i + 1] is a child of path[i]; path[0] is the root */
  const path: ElementState[] = [];
  const onPath: SelectorSubject<number> = {
    parentOf: (i) => (i > 0 ? i - 1 : null),
    tagOf: (i) => path[i]!.tag,
    idOf: (i) => path[i]!.id,
    classesOf: (i) => path[i]!.classes,
  };

  /** Reads `element`, a child of the top of the path, and pushes its state. */
  const push = (element: Element): ElementState => {
    const parent = path.length > 0 ? path[path.length - 1]! : PAGE;
    const tag = tagOf(element);
    const state: ElementState = { element, tag, id: null, classes: NO_CLASSES, color: parent.color, background: parent.background, hidden: false };
    path.push(state);
    if (rules.empty && !element.hasAttributes()) return state;
    let fontColor: string | null = null;
    let bgcolor: string | null = null;
    let style: string | null = null;
    if (element.hasAttributes()) {
      if (classAttributeOf(element)) state.classes = classesOf(element);
      state.id = element.getAttribute('id');
      state.hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || state.classes.includes('jammer');
      fontColor = tag === 'font' ? element.getAttribute('color') : null;
      bgcolor = element.getAttribute('bgcolor');
      style = element.getAttribute('style');
    }
    // most elements declare nothing: their state is their parent's
    const matching = rules.empty ? undefined : rules.candidatesFor(tag, state.classes, state.id);
    if (!fontColor && !bgcolor && !style && !matching) return state;
    // presentational attributes, then matching rules in cascade order, then the style attribute
    const d: Declarations = new Map();
    if (fontColor) d.set('color', fontColor.toLowerCase());
    if (bgcolor) d.set('background-color', bgcolor.toLowerCase());
    if (matching) for (const rule of matching) if (matchesSelector(path.length - 1, rule.selector, onPath)) for (const [p, v] of rule.declarations) d.set(p, v);
    if (style) for (const [p, v] of parseDeclarations(style)) d.set(p, v);
    if (d.size === 0) return state;
    const own = d.get('color');
    const color = (own === undefined ? undefined : parseColor(own)) ?? parent.color;
    const layer = backgroundOf(d);
    state.color = color;
    state.background = paintedOver(layer, parent.background);
    // only an element that sets a colour or a background itself can newly vanish; otherwise its parent would
    state.hidden ||= hidesByDeclarations(d) || ((own !== undefined || layer !== undefined) && paintedInvisible(color, state.background));
    return state;
  };

  const stateOf = (element: Element): ElementState => {
    const parent = element.parentElement;
    // in document order the element, or its parent, is near the top of the path
    for (let k = path.length - 1; k >= 0; k--) {
      const on = path[k]!.element;
      if (on === element) return path[k]!;
      if (on === parent) {
        path.length = k + 1;
        return push(element);
      }
    }
    // elsewhere: the path from the root, read again below where it parts from the one held
    const chain: Element[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) chain.push(e);
    chain.reverse();
    let shared = 0;
    while (shared < path.length && shared < chain.length && path[shared]!.element === chain[shared]) shared++;
    path.length = shared;
    for (let i = shared; i < chain.length; i++) push(chain[i]!);
    return path[path.length - 1]!;
  };

  return (element) => stateOf(element).hidden;
}

/** The opaque colour behind an element that paints `layer` over what is behind its parent. */
function paintedOver(layer: Background, below: Rgba | undefined): Rgba | undefined {
  if (layer === 'image') return undefined;
  if (layer === undefined || isTransparent(layer)) return below;
  if (layer.a >= 1) return layer;
  return below === undefined ? undefined : over(layer, below);
}

/** Text painted so that it cannot be told from what is behind it. */
function paintedInvisible(color: Rgba, background: Rgba | undefined): boolean {
  if (isTransparent(color)) return true;
  return background !== undefined && sameColor(over(color, background), background);
}
