// The core gives the outline flat, in document order, with levels; the popup shows it as a tree.
import type { OutlineItem } from '../core/types';

export interface OutlineNode {
  item: OutlineItem;
  /** position in the flat outline: a stable id for collapse state within one analysis */
  index: number;
  children: OutlineNode[];
}

/**
 * Nests each item under the nearest earlier item of a lower level. A skipped level (一、 then 1.)
 * nests directly; an item with no lower-level item before it is a root, so nothing is dropped.
 */
export function buildOutlineTree(outline: readonly OutlineItem[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = []; // the chain from a root to the last node, levels strictly rising
  outline.forEach((item, index) => {
    const node: OutlineNode = { item, index, children: [] };
    while (open.length && open[open.length - 1]!.item.level >= item.level) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(node);
    open.push(node);
  });
  return roots;
}

/**
 * The deepest choice (4) means "everything": the core nests points below a fourth heading
 * level (①, 一是 under （1）), and a copy at the deepest setting must not silently drop them.
 */
export const DEEPEST_DEPTH_CHOICE = 4;

export function depthLimit(depth: number): number {
  return depth >= DEEPEST_DEPTH_CHOICE ? Infinity : depth;
}

/** Items shown and copied at `maxDepth` (levels 1…maxDepth). */
export function countWithinDepth(outline: readonly OutlineItem[], maxDepth: number): number {
  return outline.filter((item) => item.level <= maxDepth).length;
}
