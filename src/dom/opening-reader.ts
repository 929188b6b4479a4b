// The openings of block elements, read in document order by one cursor. The chrome check asks
// for the start of every block's text (is it short enough to be a 上一篇 or 版权所有 line?), and
// a wrapper's start is the start of the blocks inside it: read afresh for each block, every
// level of nested wrappers read the same next levels again (10,000 nested <div>s: seven levels
// of walk and hidden checks for each level). Here the text nodes read are kept with running sums
// of their visible and raw lengths, so an element the cursor already went into answers from
// what is kept, and the cursor goes on only as far as a question needs: however deep the page
// nests, each node is read once.
import { isElement, isSkippedTag, isText } from './element-kinds';
import { visibleLength } from './text-content';
import type { IsHidden } from './types';
import { nextInside } from './walk';

export interface OpeningReader {
  /** The first `max` characters or so of the element's visible text, or undefined as soon as they
   * hold more than `maxVisible` non-space characters (a long element is told apart early). */
  openingOf(element: Element): string | undefined;
  /** Whether the reading went into `element` already: it is then neither skipped nor hidden. */
  wentInto(element: Element): boolean;
}

/**
 * Reads openings as reading each element afresh would (test/dom/reference/short-text-start.ts). Made for elements asked about in document order (each
 * inside or after the one before): asked about in another order, it reads more, same answers.
 * The document must not change while the reader is used (a sliced extraction starts over then).
 */
export function createOpeningReader(max: number, maxVisible: number, isHidden: IsHidden): OpeningReader {
  // The subtree being read and the next node in it to read (null once read to its end).
  let root: Element | undefined;
  let next: ChildNode | null = null;
  // The visible text nodes read, in document order; the sums of the visible and raw lengths of
  // the ones before each (one entry more). A node's visible length is counted up to
  // maxVisible + 1 only: any opening that holds such a node is too long there, capped or not.
  const texts: string[] = [];
  const visibleBefore: number[] = [0];
  const lengthBefore: number[] = [0];
  // The elements the cursor met, in document order: those it went into with the range of
  // `texts` each holds (end -1 while the cursor is still inside), the skipped and hidden ones it
  // passed by with start -1. `open` holds the indexes of those it is inside. Elements are asked
  // about in document order too, so the ones before `head` are not asked about again.
  const met: Element[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const open: number[] = [];
  let head = 0;
  // No text node from `settledFrom` up to (not including) `settled` ends the opening of the
  // element whose text starts at `settledFrom`, nor of any starting later (their sums are smaller).
  let settledFrom = 0;
  let settled = 0;

  const enter = (element: Element): void => {
    open.push(met.length);
    met.push(element);
    starts.push(texts.length);
    ends.push(-1);
  };
  const passBy = (element: Element): void => {
    met.push(element);
    starts.push(-1);
    ends.push(-1);
  };
  const leave = (): void => {
    ends[open.pop()!] = texts.length;
  };

  const restartAt = (element: Element): void => {
    root = element;
    next = element.firstChild;
    texts.length = 0;
    visibleBefore.length = 1;
    lengthBefore.length = 1;
    met.length = starts.length = ends.length = open.length = 0;
    head = settledFrom = settled = 0;
    enter(element);
    if (!next) leave();
  };

  /** Reads one node on (what `shortTextStart` reads: not into skipped or hidden elements). */
  const step = (): void => {
    const node = next!;
    let descend = false;
    if (isText(node)) {
      const data = node.data;
      const last = texts.length;
      texts.push(data);
      visibleBefore.push(visibleBefore[last]! + visibleLength(data, maxVisible + 1));
      lengthBefore.push(lengthBefore[last]! + data.length);
    } else if (isElement(node)) {
      if (!isSkippedTag(node) && !isHidden(node)) {
        enter(node);
        descend = true;
      } else passBy(node);
    }
    next = nextInside(node, root!, descend, leave);
    // the root is never left by the walk: it ends here
    if (!next) while (open.length > 0) leave();
  };

  /**
   * Where the cursor met `element` (-1: not met). Everything the cursor met before it is dropped;
   * so is everything when it was not met: the cursor has not got there yet (the walk asks about
   * no element inside a skipped or hidden one, which the cursor passes by whole).
   */
  const find = (element: Element): number => {
    for (; head < met.length; head++) if (met[head] === element) return head;
    return -1;
  };

  const openingOf = (element: Element): string | undefined => {
    // an element that holds one text node and nothing else (most paragraphs) is read as it is:
    // what the cursor would read, without moving it
    const only = element.firstChild;
    if (only !== null && only === element.lastChild && isText(only)) return visibleLength(only.data, maxVisible + 1) > maxVisible ? undefined : only.data;
    let at = find(element);
    if (at < 0 || starts[at]! < 0) {
      restartAt(element);
      at = 0;
    }
    const start = starts[at]!;
    // asked about out of order, it reads from its start (what is settled holds for later starts)
    const inOrder = start >= settledFrom;
    let i = inOrder ? Math.max(settled, start) : start;
    let opening: string | undefined;
    for (; ; i++) {
      while (i >= texts.length && ends[at]! < 0) step();
      const end = ends[at]!;
      if (end >= 0 && i >= end) {
        opening = joined(start, end);
        break;
      }
      // as shortTextStart reads node i: its visible characters counted first, then its length
      if (visibleBefore[i + 1]! - visibleBefore[start]! > maxVisible) break;
      if (lengthBefore[i + 1]! - lengthBefore[start]! > max) {
        opening = joined(start, i + 1);
        break;
      }
    }
    if (inOrder) {
      settledFrom = start;
      settled = i;
    }
    return opening;
  };

  const joined = (from: number, to: number): string => {
    let text = '';
    for (let k = from; k < to; k++) text += texts[k]!;
    return text;
  };

  return {
    openingOf,
    wentInto: (element) => {
      const at = find(element);
      return at >= 0 && starts[at]! >= 0;
    },
  };
}
