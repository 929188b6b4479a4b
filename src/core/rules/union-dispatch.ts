// One alternation of many patterns — `new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags)` —
// answered without trying every alternative at every position. The engine tries each of a long
// alternation's alternatives at each position of the text; here each alternative is read once
// (regex-source.ts, first-chars.ts) for the characters it can begin with, and a text is scanned
// once, code unit by code unit, in a table of those characters:
// - an alternative anchored at the start (`^…`) is tried once, when the text begins with one of
//   its first characters; those with the same first characters are one sticky regex;
// - any other is tried only where one of its first characters stands, followed by one of its
//   second characters: the alternatives a character may begin are one sticky regex, tried there;
// - one that can begin with too many characters (`[^。]`, `[\u4e00-\u9fff]`) is tried on the whole
//   text, and only when the text holds one of the characters every match of it holds;
// - what is left (an alternative that can match the empty string, one with no such characters, a
//   source the reader does not read) is one alternation tried on the whole text, as before.
// Every set holds more than the alternative reads, never less, so the answer is the
// alternation's own (a property test compares the two on every line we have and on fuzzed lines).
import { isCaseFree } from './case-free';
import { type CharSet, codeUnits, sizeOf, withOtherCases } from './char-set';
import { runsOf, setSlotGaps, slotsOfGaps, tableOfRuns } from './code-unit-runs';
import { type CharPair, isAnchoredAtStart, pairCount, requiredOf, requiredPairsOf, startOf, type Start } from './first-chars';
import { compiledPattern } from './machine-code';
import { readRegexSource } from './regex-source';

/** More first characters than this, and the alternative is not tried by its first character. */
const MOST_FIRST_CHARS = 256;
/** More first characters than this (digits, letters, white space), and a floating alternative is
 * tried by a character it needs instead, when it needs fewer kinds ("[A-Za-z]{5}…联系老师": 联). */
const FEW_FIRST_CHARS = 8;
/** More (first, second) pairs than this, and an alternative's first characters are tried whatever follows. */
const MOST_PAIRS = 8192;
/** The pair table's size (a bit per pair, hashed: a pair that shares a slot is tried for nothing, never missed). */
const PAIR_SLOTS = 1 << 16;
/** Kinds of characters the wide alternatives need, one bit each in a scan: three words of 30 bits (small
 * integers to V8; the line rules have some 70 such groups). */
const WORD_BITS = 30;
const MOST_NEEDS = 3 * WORD_BITS;

/** Regexes compiled on first use: a text asks only for the few its characters lead to. */
class LazyRegex {
  private regex: RegExp | undefined;
  constructor(
    readonly source: string,
    private readonly flags: string,
  ) {}

  /** Whether it matches `text`, at `at` when sticky. */
  test(text: string, at = 0): boolean {
    let regex = this.regex;
    if (!regex) {
      const dispatchedAlternation = new RegExp(this.source, this.flags);
      // each is run again and again: straight to machine code (machine-code.ts)
      this.regex = regex = compiledPattern(dispatchedAlternation);
    }
    regex.lastIndex = at;
    return regex.test(text);
  }
}

/**
 * A union's dispatch as plain data: what the scan needs, read off the sources once. A build step
 * writes the line rules' plan out ahead of time (rule-plans.ts), so a page load reads data
 * instead of reading 94 regex sources in code that has not been compiled yet.
 */
export interface UnionPlan {
  /** alternations tried at a position (sticky): the anchored groups and the floating ones */
  sticky: PlannedRegex[];
  /** alternations tried on the whole text: the wide ones (one bit each), in bit order */
  wide: PlannedRegex[];
  /** the alternation tried on every text, if any */
  rest: PlannedRegex | null;
  /** the alternation of wide groups held to the text's start that the scan had no bits for, tried at its start only */
  atStart: PlannedRegex | null;
  /** per entry: [floating sticky index or -1, byPairs (0/1), needs, needsBefore, needsHigh, needsBeforeHigh, needsTop,
   * needsBeforeTop, ...anchored sticky indices] */
  entries: number[][];
  /** code units that lead somewhere, as runs of one entry number (1-based): code-unit-runs.ts */
  table: number[];
  /** the pair table's set slots, as gaps from the one before (code-unit-runs.ts) */
  pairs: number[];
}

/**
 * An alternation and its flags: a union that ignores case compiles each alternation the `i` flag
 * changes nothing in without it (case-free.ts), so V8 need not close its classes over case.
 */
export interface PlannedRegex {
  source: string;
  flags: '' | 'i';
}

/** What a code unit of the text leads to in the scan. */
interface Entry {
  /** the sticky alternation of the floating alternatives that can begin with it */
  floating: LazyRegex | undefined;
  /** try `floating` only when the next code unit may be second in one of them (the pair table) */
  byPairs: boolean;
  /** the anchored alternatives that can begin with it, when it is the text's first code unit */
  anchored: readonly LazyRegex[];
  /** the bits of the wide alternatives that need it (the first word, the second, the third) */
  needs: number;
  needsHigh: number;
  needsTop: number;
  /** the bits of the wide alternatives that need it before a code unit of theirs (the pair table) */
  needsBefore: number;
  needsBeforeHigh: number;
  needsBeforeTop: number;
}

interface Alternative {
  source: string;
  start: Start;
  /** first code units, other cases added for a case-insensitive union */
  first: CharSet;
}

/** Alternatives tried on the whole text when it holds what each of them needs. */
interface Wide {
  /** a code unit every match holds one of */
  needs?: CharSet;
  /** or two in a row */
  pairs?: CharPair[];
  sources: string[];
}

/** The alternatives, by how the scan tries them. */
interface Sorted {
  anchored: Alternative[];
  floating: Alternative[];
  wide: Wide[];
  /** tried on every text, as one alternation: they match the empty string, or the reader left them whole */
  rest: string[];
  /** tried at every text's start, as one alternation: wide groups held to the start, past the scan's bits */
  atStart: string[];
}

export type Tester = (text: string) => boolean;

/** A tester answering what `new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags).test(text)` answers. */
export function unionTester(sources: readonly string[], flags: '' | 'i'): Tester {
  return testerOf(planUnion(sources, flags));
}

/** Reads the sources for the characters each alternative can begin with or needs: the scan's plan. */
export function planUnion(sources: readonly string[], flags: '' | 'i'): UnionPlan {
  // a set the table can hold: not too wide, with its other cases when the union ignores case
  const folded = (set: CharSet) => (sizeOf(set) > MOST_FIRST_CHARS ? undefined : flags === 'i' ? withOtherCases(set) : set);
  const sorted = sortAlternatives(sources, folded);
  const pairs = new Uint8Array(PAIR_SLOTS);
  const planned = (source: string): PlannedRegex => ({ source, flags: flags === 'i' && !isCaseFree(source) ? 'i' : '' });
  const sticky: PlannedRegex[] = [];
  const stickyIndex = new Map<string, number>();
  const stickyOf = (source: string) => stickyIndex.get(source) ?? stickyIndex.set(source, sticky.push(planned(source)) - 1).get(source)!;

  // floating: the alternatives each code unit may begin, and whether the pair table rules them out
  const floatingOf = new Map<number, Alternative[]>();
  for (const a of sorted.floating) for (const c of codeUnits(a.first)) (floatingOf.get(c) ?? floatingOf.set(c, []).get(c)!).push(a);
  const pairable = new Set<Alternative>();
  for (const a of sorted.floating) {
    const second = folded(a.start.second);
    if (a.start.single || !second || sizeOf(a.first) * sizeOf(second) > MOST_PAIRS) continue;
    pairable.add(a);
    markPairs(pairs, a.first, second);
  }

  // anchored: those with the same first code units are one regex
  const byFirst = new Map<string, Alternative[]>();
  for (const a of sorted.anchored) byFirst.set(a.first.join(), [...(byFirst.get(a.first.join()) ?? []), a]);
  const anchoredOf = new Map<number, number[]>();
  for (const group of byFirst.values()) {
    const regex = stickyOf(alternation(group.map((a) => a.source)));
    for (const c of codeUnits(group[0]!.first)) (anchoredOf.get(c) ?? anchoredOf.set(c, []).get(c)!).push(regex);
  }

  // wide: one bit each, in three words ([low, high, top] per code unit)
  const needsOf = new Map<number, number[]>();
  const needsBeforeOf = new Map<number, number[]>();
  const setBit = (words: Map<number, number[]>, c: number, bit: number) => {
    const all = words.get(c) ?? words.set(c, [0, 0, 0]).get(c)!;
    all[Math.floor(bit / WORD_BITS)]! |= 1 << bit % WORD_BITS;
  };
  sorted.wide.forEach((w, bit) => {
    for (const c of codeUnits(w.needs ?? [])) setBit(needsOf, c, bit);
    for (const [first, second] of w.pairs ?? []) {
      markPairs(pairs, first, second);
      for (const c of codeUnits(first)) setBit(needsBeforeOf, c, bit);
    }
  });

  // the table: code unit → entry, one entry per distinct combination
  const entries: number[][] = [];
  const entryIds = new Map<string, number>();
  const idOf = new Map<number, number>();
  const numberOf = new Map<object, number>();
  const numbers = (things: readonly object[]) => things.map((t) => numberOf.get(t) ?? numberOf.set(t, numberOf.size).get(t)!).join();
  for (const c of new Set([...floatingOf.keys(), ...anchoredOf.keys(), ...needsOf.keys(), ...needsBeforeOf.keys()])) {
    const starts = floatingOf.get(c) ?? [];
    const floating = starts.length ? stickyOf(alternation(starts.map((a) => a.source))) : -1;
    const [needs, needsHigh, needsTop] = needsOf.get(c) ?? [0, 0, 0];
    const [needsBefore, needsBeforeHigh, needsBeforeTop] = needsBeforeOf.get(c) ?? [0, 0, 0];
    const entry = [floating, starts.length > 0 && starts.every((a) => pairable.has(a)) ? 1 : 0, needs!, needsBefore!, needsHigh!, needsBeforeHigh!, needsTop!, needsBeforeTop!, ...(anchoredOf.get(c) ?? [])];
    const key = `${numbers(starts)}/${entry.slice(1).join()}`;
    let id = entryIds.get(key);
    if (id === undefined) {
      id = entries.length + 1; // 0: nothing here
      // more kinds of code units than the table holds: the alternation, tried whole
      if (id > 0xffff) return { sticky: [], wide: [], rest: planned(alternation(sources)), atStart: null, entries: [], table: [], pairs: [] };
      entries.push(entry);
      entryIds.set(key, id);
    }
    idOf.set(c, id);
  }

  const rest = sorted.rest.length ? planned(alternation(sorted.rest)) : null;
  const atStart = sorted.atStart.length ? planned(alternation(sorted.atStart)) : null;
  const wide = sorted.wide.map((w) => planned(alternation(w.sources)));
  return { sticky, wide, rest, atStart, entries, table: runsOf(idOf), pairs: setSlotGaps(pairs) };
}

/** The scan a plan describes. */
export function testerOf(plan: UnionPlan): Tester {
  const sticky = plan.sticky.map(({ source, flags }) => new LazyRegex(source, `${flags}y`));
  const wideRegexes = plan.wide.map(({ source, flags }) => new LazyRegex(source, flags));
  const rest = plan.rest === null ? undefined : new LazyRegex(plan.rest.source, plan.rest.flags);
  const atStart = plan.atStart === null ? undefined : new LazyRegex(plan.atStart.source, `${plan.atStart.flags}y`);
  const entries: Entry[] = plan.entries.map(([floating, byPairs, needs, needsBefore, needsHigh, needsBeforeHigh, needsTop, needsBeforeTop, ...anchored]) => ({
    floating: floating! >= 0 ? sticky[floating!] : undefined,
    byPairs: byPairs === 1,
    anchored: anchored.map((i) => sticky[i]!),
    needs: needs!,
    needsHigh: needsHigh!,
    needsTop: needsTop!,
    needsBefore: needsBefore!,
    needsBeforeHigh: needsBeforeHigh!,
    needsBeforeTop: needsBeforeTop!,
  }));
  const table = tableOfRuns(plan.table);
  const pairs = slotsOfGaps(plan.pairs, PAIR_SLOTS);

  return (text: string): boolean => {
    const length = text.length;
    let needs = 0;
    let needsHigh = 0;
    let needsTop = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const id = table[code]!;
      if (id === 0) continue;
      const entry = entries[id - 1]!;
      if (i === 0) for (const regex of entry.anchored) if (regex.test(text, 0)) return true;
      const followedBy = i + 1 < length && pairs[pairSlot(code, text.charCodeAt(i + 1))] === 1;
      needs |= entry.needs | (followedBy ? entry.needsBefore : 0);
      needsHigh |= entry.needsHigh | (followedBy ? entry.needsBeforeHigh : 0);
      needsTop |= entry.needsTop | (followedBy ? entry.needsBeforeTop : 0);
      const regex = entry.floating;
      if (regex && (followedBy || !entry.byPairs) && regex.test(text, i)) return true;
    }
    for (let bit = 0; needs !== 0; bit++, needs >>>= 1) if (needs & 1 && wideRegexes[bit]!.test(text)) return true;
    for (let bit = WORD_BITS; needsHigh !== 0; bit++, needsHigh >>>= 1) if (needsHigh & 1 && wideRegexes[bit]!.test(text)) return true;
    for (let bit = 2 * WORD_BITS; needsTop !== 0; bit++, needsTop >>>= 1) if (needsTop & 1 && wideRegexes[bit]!.test(text)) return true;
    return (atStart !== undefined && atStart.test(text, 0)) || (rest !== undefined && rest.test(text));
  };
}

/** Each alternative of each source, by how the scan tries it. */
function sortAlternatives(sources: readonly string[], folded: (set: CharSet) => CharSet | undefined): Sorted {
  const sorted: Sorted = { anchored: [], floating: [], wide: [], rest: [], atStart: [] };
  const wide = new Map<string, Wide>();
  const addWide = (key: string, make: () => Wide, source: string) => {
    const w = wide.get(key) ?? make();
    w.sources.push(source);
    wide.set(key, w);
  };
  for (const source of sources) {
    const tree = readRegexSource(source);
    if (!tree) {
      sorted.rest.push(source);
      continue;
    }
    tree.alternatives.forEach((sequence, k) => {
      const alternative = source.slice(...tree.spans[k]!);
      const start = startOf(sequence);
      if (start.empty) return void sorted.rest.push(alternative);
      const first = folded(start.first);
      const firstCount = first ? sizeOf(first) : Infinity;
      const isAnchored = isAnchoredAtStart(sequence);
      const byStart = (first: CharSet) => void (isAnchored ? sorted.anchored : sorted.floating).push({ source: alternative, start, first });
      // where it may begin: once per text when anchored, else where few kinds of code units lead to it
      if (first && firstCount <= (isAnchored ? MOST_FIRST_CHARS : FEW_FIRST_CHARS)) return byStart(first);
      // else on the whole text, when the text holds what it needs (and that is rarer than its start)
      const pairs = requiredPairsOf(sequence)?.map(([a, b]) => [folded(a), folded(b)] as const);
      if (pairs?.every((p): p is CharPair => p[0] !== undefined && p[1] !== undefined)) {
        const count = pairCount(pairs);
        if (count <= MOST_PAIRS && count < firstCount) {
          return addWide(`pairs ${pairs.map(([a, b]) => `${a.join()}>${b.join()}`).join(';')}`, () => ({ pairs, sources: [] }), alternative);
        }
      }
      const required = requiredOf(sequence);
      const needs = required && folded(required);
      if (needs && sizeOf(needs) < firstCount) return addWide(`needs ${needs.join()}`, () => ({ needs, sources: [] }), alternative);
      if (first) return byStart(first);
      sorted.rest.push(alternative);
    });
  }
  sorted.wide = [...wide.values()];
  // Past the bits a scan has, the last groups whose alternatives all hold to the text's start are tried there alone
  // (one test a text), then the last ones go to the rest, tried on the whole text.
  while (sorted.wide.length > MOST_NEEDS) {
    const anchored = sorted.wide.findLastIndex((w) => w.sources.every((source) => source.startsWith('^')));
    if (anchored === -1) sorted.rest.push(...sorted.wide.pop()!.sources);
    else sorted.atStart.push(...sorted.wide.splice(anchored, 1)[0]!.sources);
  }
  return sorted;
}

function alternation(parts: readonly string[]): string {
  return parts.map((p) => `(?:${p})`).join('|');
}

function markPairs(pairs: Uint8Array, first: CharSet, second: CharSet): void {
  const seconds = [...codeUnits(second)];
  for (const c of codeUnits(first)) for (const d of seconds) pairs[pairSlot(c, d)] = 1;
}

function pairSlot(first: number, second: number): number {
  return ((Math.imul(first, 0x9e3779b1) >>> 16) ^ second) & (PAIR_SLOTS - 1);
}
