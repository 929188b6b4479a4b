// Reads the article container into blocks, in document order. A block is the text of one
// block element (p, li, h1–h6, td, a div's own text …); <br> splits it; inline elements
// (span, font, a, b …) join their text to the block as is, with nothing added, so a sentence
// cut into a hundred spans reads as one. Each block keeps its text nodes (segments), so the
// core's cut offsets can be applied back to the page.
import { isVisible } from '../core/normalize';
import { BLOCK_KIND, isElement, isHeadingTag, isText, kindOfTag, LINE_BREAK, SKIPPED, tagOf } from './element-kinds';
import type { ChromeCheck } from './site-chrome';
import { linesOf } from './text-content';
import type { IsHidden, PageBlock, SetAside, TextSegment } from './types';
import { NODES_PER_STEP, runToEnd, type Resumable } from './resumable';
import { nextInside } from './walk';

export interface CollectedBlocks {
  blocks: PageBlock[];
  hidden: SetAside[];
  chrome: SetAside[];
  notices: SetAside[];
}

export function collectBlocks(container: Element, isHidden: IsHidden, chromeCheck: ChromeCheck): CollectedBlocks {
  return runToEnd(collectBlocksSteps(container, isHidden, chromeCheck));
}

/** `collectBlocks` as steps that can be paused (resumable.ts). */
export function* collectBlocksSteps(container: Element, isHidden: IsHidden, chromeCheck: ChromeCheck): Resumable<CollectedBlocks> {
  const blocks: PageBlock[] = [];
  const hidden: SetAside[] = [];
  const chrome: SetAside[] = [];
  const notices: SetAside[] = [];
  let open: { element: Element; segments: TextSegment[]; text: string } | undefined;

  const close = (): void => {
    if (open && isVisible(open.text)) {
      const block: PageBlock = { text: open.text, segments: open.segments, element: open.element };
      if (isHeadingTag(open.element)) block.heading = true;
      blocks.push(block);
      chromeCheck.noteBlock(open.text);
    }
    open = undefined;
  };

  // hidden junk is reported whole; chrome without the junk hidden inside it
  const setAside = (list: SetAside[], element: Element, textIsHidden?: IsHidden): void => {
    const text = linesOf(element, textIsHidden);
    if (text) list.push({ element, text });
  };

  // An iterative walk (pages nest deeper than the call stack allows). Per open element, by
  // depth: the block its text joins, whether it ends that block when left, and whether its
  // children are in a 相关推荐 link box.
  const owners: Element[] = [container];
  const closesBlock: boolean[] = [false];
  const inLinkBox: boolean[] = [false];
  let depth = 0;
  const enter = (owner: Element, block: boolean): void => {
    depth++;
    owners[depth] = owner;
    closesBlock[depth] = block;
    inLinkBox[depth] = false;
  };
  const leave = (): void => {
    if (closesBlock[depth]) close();
    depth--;
  };

  let untilPause = NODES_PER_STEP;
  for (let node = container.firstChild; node; ) {
    if (--untilPause === 0) {
      untilPause = NODES_PER_STEP;
      yield;
    }
    const child = node;
    let descend = false;
    let kind: number;
    if (isText(child)) {
      if (!open) open = { element: owners[depth]!, segments: [], text: '' };
      const start = open.text.length;
      open.text += child.data;
      open.segments.push({ node: child, start, end: open.text.length });
    } else if (isElement(child) && !((kind = kindOfTag(tagOf(child))) & SKIPPED)) {
      // hidden junk and printed-in notices sit mid-sentence: they must not split their block
      if (!chromeCheck.readInto(child) && isHidden(child)) setAside(hidden, child);
      else if (kind & LINE_BREAK) close();
      else if (!(kind & BLOCK_KIND)) {
        if (chromeCheck.isGluedNotice(child)) setAside(notices, child, isHidden);
        else {
          enter(owners[depth]!, false);
          descend = true;
        }
      } else {
        close();
        const furniture = chromeCheck.furnitureOf(child, inLinkBox[depth]!);
        if (furniture) {
          setAside(chrome, child, isHidden);
          inLinkBox[depth] ||= furniture === 'link-box';
        } else {
          inLinkBox[depth] = false;
          enter(child, true);
          descend = true;
        }
      }
    }
    node = nextInside(child, container, descend, leave);
  }
  close();
  return { blocks, hidden, chrome, notices };
}
