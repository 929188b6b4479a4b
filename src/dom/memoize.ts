// Per-element answers are asked for again and again (every ancestor's background, every
// block's class); a predicate reads one state of the page, so it may keep them.
export function memoizeByElement<T>(compute: (element: Element) => T): (element: Element) => T {
  const cache = new Map<Element, T>();
  return (element) => {
    const cached = cache.get(element);
    if (cached !== undefined || cache.has(element)) return cached as T;
    const value = compute(element);
    cache.set(element, value);
    return value;
  };
}
