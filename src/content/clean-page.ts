// Applies the core's verdicts to the live page, recording every change in the journal:
// whole noise blocks lose their element (when it holds nothing else), glued fragments are cut
// out of their text nodes, hidden junk, site chrome and printed-in notices inside the article
// are taken out.
import type { BlockVerdict } from '../core/types';
import type { ExtractedPage, PageBlock } from '../dom/types';
import type { DomJournal } from './dom-journal';

export interface CleaningTally {
  /** elements taken out: noise blocks, hidden junk, site chrome */
  removedElements: number;
  /** fragments cut out of text nodes */
  cutFragments: number;
}

export interface CleanPageOptions {
  /** limits cleaning to what this accepts (re-cleaning only what the page just re-inserted) */
  includes?: (node: Node) => boolean;
}

// An element holding any of these is more than a line of noise: cut its text, keep the element.
const KEEP_ELEMENT_HOLDING = 'img, picture, video, audio, iframe, canvas, svg, object, embed, table, form';

export function cleanPage(
  page: ExtractedPage,
  verdicts: readonly BlockVerdict[],
  journal: DomJournal,
  options: CleanPageOptions = {},
): CleaningTally {
  const steps = cleaningSteps(page, verdicts, journal, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * cleanPage an element or a block at a time: it yields after each, so a caller cleaning a
 * large page can give the page its event loop back between any two (task-slicer.ts).
 */
export function* cleaningSteps(
  page: ExtractedPage,
  verdicts: readonly BlockVerdict[],
  journal: DomJournal,
  options: CleanPageOptions = {},
): Generator<void, CleaningTally> {
  const includes = options.includes ?? (() => true);
  const tally: CleaningTally = { removedElements: 0, cutFragments: 0 };

  // Set-aside elements first: a noise line is "nothing but its block" once the junk inside it is gone.
  for (const { element } of [...page.hidden, ...page.chrome, ...page.notices]) {
    if (includes(element) && isRemovable(element, page.container)) {
      journal.remove(element);
      tally.removedElements++;
    }
    yield;
  }

  const emptied = new Set<Element>();
  for (let index = 0; index < page.blocks.length; index++) {
    yield;
    const block = page.blocks[index]!;
    const verdict = verdicts[index];
    if (!verdict || !includes(block.element)) continue;
    if (verdict.role === 'noise') {
      if (holdsOnly(block) && isRemovable(block.element, page.container)) {
        if (block.element.parentElement) emptied.add(block.element.parentElement);
        journal.remove(block.element);
        tally.removedElements++;
      } else {
        tally.cutFragments += cutBlockText(block, [{ start: 0, end: block.text.length }], journal);
      }
    } else if (verdict.cuts.length) {
      tally.cutFragments += cutBlockText(block, verdict.cuts, journal);
    }
  }
  // A box whose noise lines are gone and that holds nothing but a QR code ("扫一扫关注…") goes too.
  for (const box of emptied) {
    if (isRemovable(box, page.container) && isLeftoverQrBox(box)) {
      journal.remove(box);
      tally.removedElements++;
    }
    yield;
  }
  return tally;
}

const QR_IMAGE = /qr|ewm|erweima|wechat|weixin|二维码|扫一扫|扫码|关注/i;

function isLeftoverQrBox(box: Element): boolean {
  const images = Array.from(box.querySelectorAll('img'));
  return (
    squash(box.textContent ?? '') === '' &&
    images.length > 0 &&
    images.every((img) => QR_IMAGE.test(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''}`)) &&
    !box.querySelector('video, iframe, canvas, table, form')
  );
}

function isRemovable(element: Element, container: Element | null): boolean {
  const doc = element.ownerDocument;
  return (
    element.isConnected &&
    element !== container &&
    element !== doc.body &&
    element !== doc.documentElement &&
    element !== doc.head
  );
}

const squash = (text: string): string => text.replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/g, '');

/** The block's element carries this block's text and nothing else worth keeping. */
function holdsOnly(block: PageBlock): boolean {
  const element = block.element;
  return squash(element.textContent ?? '') === squash(block.text) && !element.querySelector(KEEP_ELEMENT_HOLDING);
}

/**
 * Removes [start, end) ranges of the block's text from the text nodes holding them. Offsets
 * index the block text, which is its segments' node data laid end to end. Returns the number
 * of fragments cut.
 */
export function cutBlockText(block: PageBlock, cuts: readonly { start: number; end: number }[], journal: DomJournal): number {
  let fragments = 0;
  for (const segment of block.segments) {
    const local = cuts
      .map((cut) => ({
        start: Math.max(cut.start, segment.start) - segment.start,
        end: Math.min(cut.end, segment.end) - segment.start,
      }))
      .filter((range) => range.end > range.start)
      .sort((a, b) => a.start - b.start);
    if (!local.length || !segment.node.isConnected) continue;
    const data = segment.node.data;
    // the page rewrote the node since it was read (cleaning a large page takes several tasks):
    // the offsets no longer point at the noise; the watch re-cleans the node as it is now
    if (data !== block.text.slice(segment.start, segment.end)) continue;
    let kept = '';
    let position = 0;
    for (const range of local) {
      if (range.start > position) kept += data.slice(position, range.start);
      position = Math.max(position, range.end);
    }
    kept += data.slice(position);
    journal.setText(segment.node, kept);
    fragments += local.length;
  }
  return fragments;
}
