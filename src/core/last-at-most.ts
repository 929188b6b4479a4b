// Halving search in an ascending list of offsets: the run or piece an offset falls in (the offset
// maps of normalized text and of the text a paragraph's cuts leave hold one entry per edit).

/** The index of the last entry of `ascending` not above `value`; 0 when there is none. */
export function lastAtMost(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (ascending[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
