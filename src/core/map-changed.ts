// A list mapped item by item, copied only when some item changes. Most documents' lines come
// through a step (folding, trimming, pinyin removal) unchanged: a document of 200,000 lines is
// then not given one more list of them, and a fresh list that size is costly to allocate.

/** `items` mapped by `f`; `items` itself when `f` returns every item as it was. */
export function mapChanged<T>(items: readonly T[], f: (item: T) => T): readonly T[] {
  for (let i = 0; i < items.length; i++) {
    const first = f(items[i]!);
    if (first === items[i]) continue;
    const out = items.slice();
    out[i] = first;
    for (let k = i + 1; k < out.length; k++) out[k] = f(out[k]!);
    return out;
  }
  return items;
}
