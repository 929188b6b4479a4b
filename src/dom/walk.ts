// Document-order walks without recursion: pages can nest elements 10,000 deep, and a
// recursive walk would overflow the call stack (about 1 MB on a browser's main thread).

/**
 * The node after `node` in document order inside `root`, going into `node`'s children only
 * when `descend` is true; null once the walk leaves `root`. `onLeave` is told every element
 * the walk went into and has now finished (never `root` itself).
 */
export function nextInside(node: ChildNode, root: Node, descend: boolean, onLeave?: (node: Node) => void): ChildNode | null {
  if (descend) {
    const first = node.firstChild;
    if (first) return first;
    onLeave?.(node);
  }
  for (let current: Node = node; ; ) {
    const sibling = current.nextSibling;
    if (sibling) return sibling;
    const parent = current.parentNode;
    if (!parent || parent === root) return null;
    onLeave?.(parent);
    current = parent;
  }
}
