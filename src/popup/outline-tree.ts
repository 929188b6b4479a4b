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

/** Items shown and copied at `maxDepth` (levels 1…maxDepth). */
export function countWithinDepth(outline: readonly OutlineItem[], maxDepth: number): number {
  return outline.filter((item) => item.level <= maxDepth).length;
}

/** Indexes of every node that has children within `maxDepth`: the ones a toggle can fold. */
export function foldableIndexes(nodes: readonly OutlineNode[], maxDepth: number): number[] {
  const out: number[] = [];
  const walk = (list: readonly OutlineNode[]) => {
    for (const node of list) {
      if (node.item.level >= maxDepth) continue;
      const visible = node.children.filter((c) => c.item.level <= maxDepth);
      if (visible.length) {
        out.push(node.index);
        walk(visible);
      }
    }
  };
  walk(nodes);
  return out;
}
