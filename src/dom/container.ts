// Finds the element that holds the article. Every text node's weight (textWeight) is credited
// to its nearest container-like ancestors, fading with distance (1, ½, ¼), so the box that
// directly holds most of the prose wins over the page wrappers around it. Link text counts
// against a box (menus and 相关推荐 lists are mostly links), and class/id words nudge the score.
// A box that holds a single paragraph is never the article when the box around it holds more
// prose: pages that wrap each paragraph in boxes of their own (<div><div>…</div></div>) would
// otherwise give the article to their longest paragraph.
import { isForumPost, nameFactor } from './class-hints';
import { BLOCK_KIND, CHROME, CONTAINER, isElement, isText, kindOfTag, LINE_BREAK, LINK, SKIPPED, tagOf } from './element-kinds';
import { holdsCjkCode, holdsNoCjk } from './text-content';
import { textWeight } from './text-weight';
import { NODES_PER_STEP, runToEnd, type Resumable } from './resumable';
import { nextInside } from './walk';

interface Tally {
  element: Element;
  /** weight credited with fading distance */
  credit: number;
  /** all text weight below, and the part of it inside links */
  total: number;
  linked: number;
  /** how many blocks of text (paragraphs) it holds, and the last one counted */
  blocks: number;
  lastBlock: number;
  /** whether a text node below (not inside nav/aside/footer, which the walk skips) holds CJK */
  cjk: boolean;
}

/** The article container, and whether no text inside it holds CJK (`holdsNoCjk`), known from the same walk. */
export interface ArticleBox {
  container: Element | null;
  holdsNoCjk: () => boolean;
}

const FADE = [1, 0.5, 0.25];
/** A wrapper whose score comes this close to its best child's is taken instead (split articles). */
const WRAPPER_RATIO = 0.8;
/** More than the most nameFactor × the forum bonus can multiply a score by (1.5 × 2), for rounding. */
const MAX_NAME_BONUS = 4;
/** Text beside a lone paragraph is prose when less than this share of it is links. */
const PROSE_LINK_SHARE = 0.5;

export function findArticleContainer(doc: Document): Element | null {
  return runToEnd(findArticleBoxSteps(doc)).container;
}

/** `findArticleContainer` as steps that can be paused (resumable.ts), with what the walk saw of its text. */
export function* findArticleBoxSteps(doc: Document): Resumable<ArticleBox> {
  // from the root, not doc.body: a lenient parser (linkedom) can leave text beside an empty
  // first <body> when a page has tags before its <head>
  const root = doc.documentElement;
  if (!root) return { container: null, holdsNoCjk: () => true };
  const tallies = new Map<Element, Tally>();
  /** the nav, aside and footer boxes the walk went past, in document order */
  const skippedChrome: Element[] = [];
  const stack: Tally[] = [];

  // An iterative walk (pages nest deeper than the call stack allows): `stack` holds the
  // tallies of the open container ancestors, `links` counts the open <a> ancestors.
  // `block` numbers the runs of text between block boundaries (a block tag's start or end, <br>).
  let links = 0;
  let block = 0;
  // the kind of each open element, so leaving one needs no second look at its tag
  const kinds: number[] = [];
  const enter = (element: Element, kind: number): void => {
    kinds.push(kind);
    if (kind & (LINE_BREAK | BLOCK_KIND)) block++;
    if (kind & CONTAINER) {
      const tally = { element, credit: 0, total: 0, linked: 0, blocks: 0, lastBlock: -1, cjk: false };
      tallies.set(element, tally);
      stack.push(tally);
    }
    if (kind & LINK) links++;
  };
  // a box's totals include its inner boxes': handed up when the inner box is left, so each
  // text node is added once (not to every ancestor: pages nest 10,000 deep)
  const leave = (): void => {
    const kind = kinds.pop()!;
    if (kind & BLOCK_KIND) block++;
    if (kind & CONTAINER) {
      const inner = stack.pop()!;
      const outer = stack[stack.length - 1];
      if (outer) {
        outer.total += inner.total;
        outer.linked += inner.linked;
        outer.blocks += inner.blocks;
        outer.cjk ||= inner.cjk;
      }
    }
    if (kind & LINK) links--;
  };
  enter(root, kindOfTag(tagOf(root)));
  let untilPause = NODES_PER_STEP;
  for (let node = root.firstChild; node; ) {
    if (--untilPause === 0) {
      untilPause = NODES_PER_STEP;
      yield;
    }
    let descend = false;
    if (isText(node)) {
      const nearest = stack[stack.length - 1];
      if (nearest && !nearest.cjk && holdsCjkCode(node.data)) nearest.cjk = true;
      const weight = textWeight(node.data);
      if (weight !== 0) {
        if (nearest) {
          nearest.total += weight;
          if (nearest.lastBlock !== block) {
            nearest.blocks++;
            nearest.lastBlock = block;
          }
          if (links > 0) nearest.linked += weight;
          else for (let i = stack.length - 1, depth = 0; i >= 0 && depth < FADE.length; i--, depth++) stack[i]!.credit += weight * FADE[depth]!;
        }
      }
    } else if (isElement(node)) {
      const kind = kindOfTag(tagOf(node));
      if (!(kind & (SKIPPED | CHROME))) {
        enter(node, kind);
        descend = true;
      } else if (kind & CHROME && !(kind & SKIPPED)) skippedChrome.push(node);
    }
    node = nextInside(node, root, descend, leave);
  }

  // the thread's own post (Discuz): sought among all the boxes only once a scored box is a post
  let firstPost: Element | undefined;
  let postSought = false;
  const isFirstPost = (element: Element): boolean => {
    if (!isForumPost(element)) return false;
    if (!postSought) [firstPost, postSought] = [[...tallies.keys()].find(isForumPost), true];
    return element === firstPost;
  };
  const score = (tally: Tally): number => {
    if (tally.total === 0) return 0;
    const linkDensity = tally.linked / tally.total;
    const forum = isFirstPost(tally.element) ? 2 : 1;
    return tally.credit * (1 - linkDensity) * nameFactor(tally.element) * forum;
  };

  // The box with the highest score, the first in document order among equals. Class/id words and
  // the forum bonus multiply a score by at most 3, so the boxes are tried by the most they could
  // score, best first: once one could not win even so, no box after it can, and their class and
  // id are never read (a template page has hundreds of boxes with text).
  const upTo = (tally: Tally): number => tally.credit * (1 - tally.linked / tally.total) * MAX_NAME_BONUS;
  const candidates: { tally: Tally; index: number; bound: number }[] = [];
  let index = 0;
  for (const tally of tallies.values()) {
    if (tally.total !== 0) {
      const bound = upTo(tally);
      if (bound > 0) candidates.push({ tally, index, bound });
    }
    index++;
  }
  candidates.sort((a, b) => b.bound - a.bound || a.index - b.index);
  let best: Tally | undefined;
  let bestScore = 0;
  let bestIndex = -1;
  for (const { tally, index, bound } of candidates) {
    if (bound <= bestScore) break;
    const s = score(tally);
    if (s > bestScore || (s === bestScore && best && index < bestIndex)) [best, bestScore, bestIndex] = [tally, s, index];
  }
  const box = (container: Element): ArticleBox => ({ container, holdsNoCjk: () => holdsNoCjkIn(container, tallies.get(container), skippedChrome) });
  if (!best) return box(doc.body ?? root);

  // One paragraph among sibling paragraphs: the nearest box that holds more prose is the article.
  if (best.blocks <= 1) {
    const paragraph = best;
    for (let parent = best.element.parentElement; parent; parent = parent.parentElement) {
      const tally = tallies.get(parent);
      if (!tally || tally.blocks <= paragraph.blocks) continue;
      if (holdsProseBeside(tally, paragraph)) [best, bestScore] = [tally, score(tally)];
      break;
    }
  }

  // An article split into sibling sections credits each section alone; take the wrapper.
  for (let parent = best.element.parentElement; parent; parent = parent.parentElement) {
    const tally = tallies.get(parent);
    if (!tally) continue;
    const s = score(tally);
    if (s < bestScore * WRAPPER_RATIO) break;
    [best, bestScore] = [tally, Math.max(s, bestScore)];
  }
  return box(best.element);
}

/** `holdsNoCjk(container)` from its tally, reading only the nav/aside/footer boxes inside it the walk went past. */
function holdsNoCjkIn(container: Element, tally: Tally | undefined, skippedChrome: readonly Element[]): boolean {
  if (!tally) return holdsNoCjk(container);
  return !tally.cjk && skippedChrome.every((box) => !container.contains(box) || holdsNoCjk(box));
}

/** Whether `outer` holds text besides `inner`'s, and that text is mostly not links. */
function holdsProseBeside(outer: Tally, inner: Tally): boolean {
  const beside = outer.total - inner.total;
  const linked = outer.linked - inner.linked;
  return beside > 0 && linked < beside * PROSE_LINK_SHARE;
}
