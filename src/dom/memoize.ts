// Per-element answers are asked for again and again (every ancestor's background, every
// block's class); a predicate reads one state of the page, so it may keep them.
export function memoizeByElement<T>(compute: (element: Element) => T): (element: Element) => T {
  const cache = new Map<Element, T>();
  return (element) => {
    if (cache.has(element)) return cache.get(element) as T;
    const value = compute(element);
    cache.set(element, value);
    return value;
  };
}
