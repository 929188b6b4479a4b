// Every change in-page cleaning makes goes through this journal as an exact inverse step, so
// undo puts the very same nodes back where they were. Snapshotting and restoring innerHTML
// would look the same but would replace every node and drop the page's own listeners.
// Each inverse first checks that what it would revert is still as we left it: a text node, an
// attribute, a handler or a node's place that the page itself changed after us is the page's
// newer state, and undo leaves it alone instead of writing our stale copy over it.

type EventHandlerHolder = object & Record<string, unknown>;

export class DomJournal {
  private readonly inverses: (() => void)[] = [];

  get size(): number {
    return this.inverses.length;
  }

  /** Takes a node out of the document. */
  remove(node: Node): void {
    const parent = node.parentNode;
    if (!parent) return;
    const nextSibling = node.nextSibling;
    parent.removeChild(node);
    this.inverses.push(() => {
      // the page put it somewhere itself meanwhile: that place is the page's choice
      if (node.parentNode) return;
      // The page may have dropped the old neighbour meanwhile; the parent's end is the best guess left.
      parent.insertBefore(node, nextSibling && nextSibling.parentNode === parent ? nextSibling : null);
    });
  }

  /** Adds a node of our own (a style element); undo takes it out again. */
  insert(node: Node, parent: Node, before: Node | null = null): void {
    parent.insertBefore(node, before);
    this.inverses.push(() => node.parentNode?.removeChild(node));
  }

  setText(node: Text | CharacterData, data: string): void {
    const before = node.data;
    if (before === data) return;
    node.data = data;
    this.inverses.push(() => {
      if (node.data === data) node.data = before;
    });
  }

  setAttribute(element: Element, name: string, value: string): void {
    const before = element.getAttribute(name);
    if (before === value) return;
    element.setAttribute(name, value);
    this.inverses.push(() => {
      if (element.getAttribute(name) !== value) return;
      if (before === null) element.removeAttribute(name);
      else element.setAttribute(name, before);
    });
  }

  removeAttribute(element: Element, name: string): void {
    const before = element.getAttribute(name);
    if (before === null) return;
    const names = element.getAttributeNames();
    const followers = names.slice(names.indexOf(name) + 1);
    element.removeAttribute(name);
    this.inverses.push(() => {
      if (element.hasAttribute(name)) return;
      // setAttribute appends; moving the attributes that came after it keeps the original
      // order, so the serialized page is byte-identical after undo
      element.setAttribute(name, before);
      for (const follower of followers) {
        const value = element.getAttribute(follower);
        if (value === null) continue;
        element.removeAttribute(follower);
        element.setAttribute(follower, value);
      }
    });
  }

  /** Clears an event-handler property (`document.oncopy = fn`) set by script, not by attribute. */
  clearHandlerProperty(target: EventHandlerHolder, name: `on${string}`): void {
    const before = target[name];
    if (typeof before !== 'function') return;
    target[name] = null;
    this.inverses.push(() => {
      if (target[name] === null) target[name] = before;
    });
  }

  /** Runs any teardown (a listener, an observer) as part of undo, in order with the DOM steps. */
  onUndo(teardown: () => void): void {
    this.inverses.push(teardown);
  }

  /** Reverts everything recorded, newest first, and empties the journal. */
  undo(): void {
    while (this.inverses.length) this.inverses.pop()!();
  }
}
