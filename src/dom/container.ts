// Finds the element that holds the article. Every text node's weight (textWeight) is credited
// to its nearest container-like ancestors, fading with distance (1, ½, ¼), so the box that
// directly holds most of the prose wins over the page wrappers around it. Link text counts
// against a box (menus and 相关推荐 lists are mostly links), and class/id words nudge the score.
import { isForumPost, nameFactor } from './class-hints';
import { isChromeTag, isContainerTag, isElement, isSkippedTag, isText, tagOf } from './element-kinds';
import { textWeight } from './text-weight';

interface Tally {
  element: Element;
  /** weight credited with fading distance */
  credit: number;
  /** all text weight below, and the part of it inside links */
  total: number;
  linked: number;
}

const FADE = [1, 0.5, 0.25];
/** A wrapper whose score comes this close to its best child's is taken instead (split articles). */
const WRAPPER_RATIO = 0.8;

export function findArticleContainer(doc: Document): Element | null {
  // from the root, not doc.body: a lenient parser (linkedom) can leave text beside an empty
  // first <body> when a page has tags before its <head>
  const root = doc.documentElement;
  if (!root) return null;
  const tallies = new Map<Element, Tally>();
  const stack: Tally[] = [];

  const visit = (element: Element, inLink: boolean): void => {
    const candidate = isContainerTag(element);
    if (candidate) {
      const tally = { element, credit: 0, total: 0, linked: 0 };
      tallies.set(element, tally);
      stack.push(tally);
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (isText(child)) {
        const weight = textWeight(child.data);
        if (weight === 0) continue;
        for (let i = stack.length - 1, depth = 0; i >= 0; i--, depth++) {
          const tally = stack[i]!;
          tally.total += weight;
          if (inLink) tally.linked += weight;
          else if (depth < FADE.length) tally.credit += weight * FADE[depth]!;
        }
      } else if (isElement(child) && !isSkippedTag(child) && !isChromeTag(child)) {
        visit(child, inLink || tagOf(child) === 'a');
      }
    }
    if (candidate) stack.pop();
  };
  visit(root, false);

  const firstPost = [...tallies.keys()].find(isForumPost);
  const score = (tally: Tally): number => {
    if (tally.total === 0) return 0;
    const linkDensity = tally.linked / tally.total;
    const forum = tally.element === firstPost ? 2 : 1;
    return tally.credit * (1 - linkDensity) * nameFactor(tally.element) * forum;
  };

  let best: Tally | undefined;
  let bestScore = 0;
  for (const tally of tallies.values()) {
    const s = score(tally);
    if (s > bestScore) [best, bestScore] = [tally, s];
  }
  if (!best) return doc.body ?? root;

  // An article split into sibling sections credits each section alone; take the wrapper.
  for (let parent = best.element.parentElement; parent; parent = parent.parentElement) {
    const tally = tallies.get(parent);
    if (!tally) continue;
    const s = score(tally);
    if (s < bestScore * WRAPPER_RATIO) break;
    [best, bestScore] = [tally, Math.max(s, bestScore)];
  }
  return best.element;
}
