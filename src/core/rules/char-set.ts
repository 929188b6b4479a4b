// Sets of UTF-16 code units as sorted, disjoint, non-adjacent ranges [low, high] (both included):
// what a regex reads at one position, as regex-source.ts and first-chars.ts compute it.

export type CharSet = readonly (readonly [number, number])[];

const MAX_CODE_UNIT = 0xffff;

/** The ranges sorted and merged. */
export function charSet(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

export function union(...sets: CharSet[]): CharSet {
  return sets.reduce(merge, NONE);
}

const NONE: CharSet = [];

/** Two sets merged in one pass (each is sorted already). */
function merge(a: CharSet, b: CharSet): CharSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last && next[0] <= last[1] + 1) last[1] = Math.max(last[1], next[1]);
    else out.push([next[0], next[1]]);
  }
  return out;
}

/** Every code unit not in `set`. */
export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) out.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_UNIT) out.push([next, MAX_CODE_UNIT]);
  return out;
}

/** How many code units the set holds. */
export function sizeOf(set: CharSet): number {
  return set.reduce((n, [low, high]) => n + high - low + 1, 0);
}

/** Each code unit of the set, in order. */
export function* codeUnits(set: CharSet): Generator<number> {
  for (const [low, high] of set) for (let c = low; c <= high; c++) yield c;
}

/** Code units with no other case: CJK symbols, kana, CJK ideographs (the rules' own characters). */
const CASELESS: readonly [number, number] = [0x3000, 0x9fff];

/**
 * The set with every code unit a case-insensitive regex (the `i` flag, no `u`) matches in its
 * place, when that is cheap to know: ASCII letters get their other case; any other code unit
 * must have no case (CJK, punctuation, digits). A set with another cased letter ("Ｖ", "Σ", whose
 * fellows under the engine's folding are not always its upper and lower case: "ς") is undefined,
 * and the caller does without it. A test compares with the engine over all code units.
 */
export function withOtherCases(set: CharSet): CharSet | undefined {
  const extra: [number, number][] = [];
  for (const [low, high] of set) {
    for (let code = low; code <= high; code++) {
      if (code >= CASELESS[0] && code <= CASELESS[1]) {
        code = CASELESS[1];
        continue;
      }
      if (code < 0x80) {
        if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) extra.push([code ^ 0x20, code ^ 0x20]);
        continue;
      }
      if (hasOtherCase(code)) return undefined;
    }
  }
  return extra.length ? union(set, charSet(extra)) : set;
}

/** Whether a code unit has another case, or is one (its upper or lower case is not itself). */
export function hasOtherCase(code: number): boolean {
  const c = String.fromCharCode(code);
  return c.toUpperCase() !== c || c.toLowerCase() !== c;
}
