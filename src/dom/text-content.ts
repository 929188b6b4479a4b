// Text of an element as a reader could see it: skipped tags (script, style …) and, when a
// predicate is given, hidden elements contribute nothing. Walks are iterative (walk.ts).
import { isRegExpSpaceCode } from '../core/normalize';
import { isBlockTag, isElement, isSkippedTag, isText, tagOf } from './element-kinds';
import { textWeight } from './text-weight';
import type { IsHidden } from './types';
import { nextInside } from './walk';

const readable = (node: Node, isHidden: IsHidden | undefined): boolean =>
  isElement(node) && !isSkippedTag(node) && !isHidden?.(node);

export function textOf(element: Element, isHidden?: IsHidden): string {
  let text = '';
  for (let node = element.firstChild; node; ) {
    if (isText(node)) text += node.data;
    node = nextInside(node, element, readable(node, isHidden));
  }
  return text;
}

/** `textWeight(textOf(element))`, without building the text (same sum, same order). */
export function textWeightOf(element: Element): number {
  let weight = 0;
  for (let node = element.firstChild; node; ) {
    if (isText(node)) weight = textWeight(node.data, weight);
    node = nextInside(node, element, readable(node, undefined));
  }
  return weight;
}

/**
 * `textWeightOf(element)` read only as far as a question needs: `reach(enough)` reads on (in the
 * same order, so each sum along the way is one `textWeightOf` passes through) until `enough` says
 * the sum so far will do, or to the end; it returns the sum read. Never reads a node twice.
 */
export function textWeightReader(element: Element): (enough: (weight: number) => boolean) => number {
  let node: ChildNode | null = element.firstChild;
  let weight = 0;
  return (enough) => {
    while (node && !enough(weight)) {
      if (isText(node)) weight = textWeight(node.data, weight);
      node = nextInside(node, element, readable(node, undefined));
    }
    return weight;
  };
}

/** Text for review: one line per block (and per <br>), whitespace squeezed within lines. */
export function linesOf(element: Element, isHidden?: IsHidden): string {
  const lines: string[] = [''];
  const breakLine = () => void lines.push('');
  const leave = (node: Node) => {
    if (isBlockTag(node as Element)) breakLine();
  };
  for (let node = element.firstChild; node; ) {
    let descend = false;
    if (isText(node)) lines[lines.length - 1] += node.data;
    else if (!readable(node, isHidden)) {
      // nothing to read inside
    } else if (tagOf(node as Element) === 'br') breakLine();
    else {
      if (isBlockTag(node as Element)) breakLine();
      descend = true;
    }
    node = nextInside(node, element, descend, leave);
  }
  return lines.map(squeezeSpaces).filter(Boolean).join('\n');
}

const SPACES = /[\s\u3000]+/g;

/** Collapses runs of whitespace (full-width spaces included) for display and comparison. */
export function squeezeSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** How many characters of `text` are not white space (what `squeezeSpaces` keeps as is), counted up to `cap`. */
export function visibleLength(text: string, cap: number): number {
  let visible = 0;
  for (let i = 0; i < text.length && visible < cap; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) visible++;
  return visible;
}

/**
 * The first character of `element`'s visible text that is not white space (as `squeezeSpaces`
 * has it), as a code unit; -1 when there is none. Reads only up to that character.
 */
export function firstVisibleCode(element: Element, isHidden: IsHidden): number {
  for (let node = element.firstChild; node; ) {
    if (isText(node)) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (!isRegExpSpaceCode(code)) return code;
      }
    }
    node = nextInside(node, element, readable(node, isHidden));
  }
  return -1;
}

/** From here on a code unit may be CJK (ideographs, CJK punctuation, full-width forms, surrogates). */
const FIRST_CJK_CODE = 0x2e80;

/** Whether `text` holds a character from U+2E80 up (what `holdsNoCjk` looks for). */
export function holdsCjkCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_CJK_CODE) return true;
  return false;
}

/**
 * Whether no text node inside `element` (hidden ones included; not script or style) holds a
 * character from U+2E80 up: no CJK word can then be read anywhere in it. Stops at the first one.
 */
export function holdsNoCjk(element: Element): boolean {
  for (let node = element.firstChild; node; ) {
    if (isText(node) && holdsCjkCode(node.data)) return false;
    node = nextInside(node, element, isElement(node) && !isSkippedTag(node));
  }
  return true;
}
