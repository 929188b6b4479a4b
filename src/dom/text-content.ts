// Text of an element as a reader could see it: skipped tags (script, style …) and, when a
// predicate is given, hidden elements contribute nothing.
import { isBlockTag, isElement, isSkippedTag, isText, tagOf } from './element-kinds';
import type { IsHidden } from './types';

export function textOf(element: Element, isHidden?: IsHidden): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) parts.push(child.data);
      else if (isElement(child) && !isSkippedTag(child) && !isHidden?.(child)) visit(child);
    }
  };
  visit(element);
  return parts.join('');
}

/** Text for review: one line per block (and per <br>), whitespace squeezed within lines. */
export function linesOf(element: Element, isHidden?: IsHidden): string {
  const lines: string[] = [''];
  const breakLine = () => void lines.push('');
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) lines[lines.length - 1] += child.data;
      else if (!isElement(child) || isSkippedTag(child) || isHidden?.(child)) continue;
      else if (tagOf(child) === 'br') breakLine();
      else if (isBlockTag(child)) {
        breakLine();
        visit(child);
        breakLine();
      } else visit(child);
    }
  };
  visit(element);
  return lines.map(squeezeSpaces).filter(Boolean).join('\n');
}

/** Collapses runs of whitespace (full-width spaces included) for display and comparison. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** The first `max` characters or so of `textOf` (cheap on big elements). */
export function textStart(element: Element, max: number): string {
  let text = '';
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) text += child.data;
      else if (isElement(child) && !isSkippedTag(child)) visit(child);
      if (text.length > max) return true;
    }
    return false;
  };
  visit(element);
  return text;
}
