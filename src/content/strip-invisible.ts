// Zero-width characters (U+200B–U+200F, U+2060, U+FEFF, soft hyphen) are sprinkled into a
// template page's text to fingerprint copies. The core drops them from what it reads; this
// drops them from the page's own text nodes too, so that select-all + copy on the cleaned page
// gives clean text. Each change goes through the journal: undo gives every node its old data.
import { isElement, isSkippedTag, isText } from '../dom/element-kinds';
import { nextInside } from '../dom/walk';
import type { DomJournal } from './dom-journal';

const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/;
const INVISIBLE_ALL = /[\u200B-\u200F\u2060\uFEFF\u00AD]+/g;

/** Removes zero-width characters from the text nodes in `root` (itself a text node, or an
 * element whose scripts, styles and form fields are left alone); returns how many nodes changed. */
export function stripInvisibleText(root: Node, journal: DomJournal): number {
  let changed = 0;
  const strip = (node: Text): void => {
    if (!INVISIBLE.test(node.data)) return;
    journal.setText(node, node.data.replace(INVISIBLE_ALL, ''));
    changed++;
  };
  if (isText(root)) {
    const parent = root.parentElement;
    if (!parent || !isSkippedTag(parent)) strip(root);
    return changed;
  }
  if (!isElement(root) || isSkippedTag(root)) return changed;
  for (let node = root.firstChild; node; ) {
    if (isText(node)) strip(node);
    node = nextInside(node, root, isElement(node) && !isSkippedTag(node));
  }
  return changed;
}
