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
 * the path went past (a block's start read on into the next sibling) is read beside it, leaving
 * it for the reading to go on along; an element asked about out of order otherwise has its path
 * rebuilt from where it parts from the one held. Selectors
 * are matched on the path too: an element's ancestors are the states below it.
 */
export function createStaticIsHidden(doc: Document): IsHidden {
  const rules = new StyleRules(doc, (d) => {
    for (const p of d.keys()) if (RELEVANT.has(p)) return true;
    return false;
  });
  /** path[i + 1] is a child of path[i]; path[0] is the root */
  const path: ElementState[] = [];
  // An element read beside the path (see stateOf) stands at index BESIDE, its parent at besideParent.
  let beside: ElementState | undefined;
  let besideParent = 0;
  const at = (i: number): ElementState => (i === BESIDE ? beside! : path[i]!);
  const onPath: SelectorSubject<number> = {
    parentOf: (i) => (i === BESIDE ? besideParent : i > 0 ? i - 1 : null),
    tagOf: (i) => at(i).tag,
    idOf: (i) => at(i).id,
    classesOf: (i) => at(i).classes,
  };

  /** Reads `element`, a child of the top of the path, and pushes its state. */
  const push = (element: Element): ElementState => {
    const parent = path.length > 0 ? path[path.length - 1]! : PAGE;
    const state = stateWithin(element, parent);
    path.push(state);
    return read(state, parent, path.length - 1);
  };

  /** The answers read beside the path lately, and where their parents stood on it. */
  const besides: ElementState[] = [];
  const besideParents: number[] = [];
  let nextBeside = 0;

  /** Reads `element`, a child of path[k], without changing the path. */
  const readBeside = (element: Element, k: number): ElementState => {
    for (let i = 0; i < besides.length; i++) if (besides[i]!.element === element) return besides[i]!;
    const state = stateWithin(element, path[k]!);
    beside = state;
    besideParent = k;
    read(state, path[k]!, BESIDE);
    besides[nextBeside] = state;
    besideParents[nextBeside] = k;
    nextBeside = (nextBeside + 1) % BESIDES_KEPT;
    return state;
  };

  /** What `element`'s own attributes and the matching rules add to its state (`index`: where it stands for selectors). */
  const read = (state: ElementState, parent: Pick<ElementState, 'color' | 'background'>, index: number): ElementState => {
    const { element, tag } = state;
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
    if (matching) for (const rule of matching) if (matchesSelector(index, rule.selector, onPath)) for (const [p, v] of rule.declarations) d.set(p, v);
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
        // a reading ahead (a block's start read on into the next sibling's subtree) went past the
        // element: it is read beside the path, which stays for the reading to go on along (10,000
        // nested <div>s: cutting it made every level's reading push the next seven levels again)
        if (k + 1 < path.length && comesJustBefore(element, path[k + 1]!.element)) return readBeside(element, k);
        path.length = k + 1;
        return push(element);
      }
    }
    // inside an element read beside the path: that one goes on the path first
    for (let i = 0; i < besides.length; i++) {
      const held = besides[i]!;
      const k = besideParents[i]!;
      if (held.element === parent && k < path.length && path[k]!.element === parent.parentElement) {
        path.length = k + 1;
        path.push(held);
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

const BESIDE = -1;
const BESIDES_KEPT = 8;
/** How far the next sibling on the path may be for an element to be read beside it (white space between). */
const SIBLINGS_APART = 2;

/** A state with what `element` inherits from its parent's. */
function stateWithin(element: Element, parent: Pick<ElementState, 'color' | 'background'>): ElementState {
  return { element, tag: tagOf(element), id: null, classes: NO_CLASSES, color: parent.color, background: parent.background, hidden: false };
}

/** Whether `later` is one of the next few siblings after `element`. */
function comesJustBefore(element: Element, later: Element): boolean {
  let node: Node | null = element.nextSibling;
  for (let i = 0; node && i < SIBLINGS_APART; i++, node = node.nextSibling) if (node === later) return true;
  return false;
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
