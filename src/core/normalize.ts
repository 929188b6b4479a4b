// Text normalization that remembers where every character came from, so that a cut found in
// normalized text can be applied to the raw text (and, in the page, to its text nodes).
import { lastAtMost } from './last-at-most';

/** Zero-width characters, BOM and soft hyphens: sprinkled into template text to fingerprint
 * copies; dropped everywhere, silently (contract.md). */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

/** An ideograph or a full-width form: what only Chinese text holds (curly quotes stand in English too). */
export function isChineseOnlyCode(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

// CJK ideographs, CJK punctuation and full-width forms: a line break between two of them is
// layout, not a word space (browsers drop it too). Those, with the vertical forms and the
// quotes, dash and ellipsis Chinese prose shares with English.
function isCjkCode(c: number): boolean {
  return (
    isChineseOnlyCode(c) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026
  );
}

/** A page's half-width clause marks in Chinese prose (, ; : ! ?): a line break after one, before
 * an ideograph, is a wrap in Chinese text ("…取得了积极进展,\n但对照…"), where no space stands. */
function isClauseMarkCode(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

export interface NormalizedText {
  text: string;
  /** the index in the raw string of text[i]; rawIndexOf(text.length) is the raw length */
  rawIndexOf(i: number): number;
}

// Anything normalization would change: white space (including U+00A0, U+3000) and invisibles.
const NEEDS_WORK = /[\s\u200B-\u200F\u2060\uFEFF\u00AD]/;

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}

/** The characters /\s/ matches (ECMAScript white space and line terminators), by code. */
export function isRegExpSpaceCode(c: number): boolean {
  return isSpaceCode(c) || c === 0xfeff;
}

function isInvisibleCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** White space (as /\s/ has it) or an invisible character: what a blank line holds only. */
export function isBlankCode(c: number): boolean {
  return isSpaceCode(c) || isInvisibleCode(c);
}

/** Not blank: anything but white space and invisible characters in it (by code: asked of every line and block). */
export function isVisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Drops invisible characters, trims, and collapses each run of white space (including
 * U+00A0 and the full-width space U+3000) into one ASCII space — or into nothing when the run
 * holds a line break between two CJK characters. Linear, and allocation-light: most blocks need
 * no change at all, and the rest are built from slices.
 */
const sameIndex = (i: number): number => i;

/** Only single ASCII spaces between other characters, no other white space or invisible: as
 * normalized already ("公文汇 www.gongwenhui.com", English prose). */
function isNormalSpacing(raw: string): boolean {
  const last = raw.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || raw.charCodeAt(i + 1) === 0x20) return false;
    } else if (isSpaceCode(c) || isInvisibleCode(c)) return false;
  }
  return true;
}

/** White space (as /\s/ has it) only as single ASCII spaces between other characters: collapsing
 * and trimming it leaves the text as it is ("公文汇 www.gongwenhui.com"). */
export function hasCollapsedSpaces(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (isRegExpSpaceCode(c)) return false;
  }
  return true;
}

/** Normalization would leave the text as it is (most lines: asked of every line, no object made). */
function isNormalized(raw: string): boolean {
  return !NEEDS_WORK.test(raw) || isNormalSpacing(raw);
}

export function normalizeWithMap(raw: string): NormalizedText {
  if (isNormalized(raw)) return { text: raw, rawIndexOf: sameIndex };
  const pieces: string[] = [];
  const offsets = new OffsetRuns();
  let length = 0;
  /** where the stretch copied as it is (not yet pushed) starts */
  let from = 0;
  let i = 0;
  /** the code of the last character kept (-1: none yet) */
  let lastCode = -1;
  const copyUpTo = (end: number): void => {
    if (end === from) return;
    offsets.add(length, from - length);
    pieces.push(raw.slice(from, end));
    length += end - from;
  };
  while (i < raw.length) {
    // a run of ordinary characters stays in the stretch being copied
    let j = ordinaryRunEnd(raw, i);
    if (j > i) {
      lastCode = raw.charCodeAt(j - 1);
      i = j;
      continue;
    }
    // a run of spaces and invisibles
    j = blankRunEnd(raw, i);
    const hasSpace = holdsSpace(raw, i, j);
    const lineBreak = hasSpace && holdsLineBreak(raw, i, j);
    const atEdge = lastCode === -1 || j === raw.length;
    const next = raw.charCodeAt(j);
    const space = hasSpace && !atEdge && !(lineBreak && ((isCjkCode(lastCode) && isCjkCode(next)) || (isClauseMarkCode(lastCode) && isChineseOnlyCode(next))));
    // one ASCII space between words is already as normalized: it stays in the copied stretch
    if (space && j === i + 1 && raw.charCodeAt(i) === 0x20) {
      lastCode = 0x20;
      i = j;
      continue;
    }
    copyUpTo(i);
    if (space) {
      offsets.add(length, i - length);
      pieces.push(' ');
      length++;
      lastCode = 0x20;
    }
    from = i = j;
  }
  copyUpTo(raw.length);
  const text = pieces.join('');
  return { text, rawIndexOf: (k) => (k >= text.length ? raw.length : k + offsets.shiftAt(k)) };
}

// The scans are small functions of their own: normalizeWithMap runs once per document, and a
// loop inside a function called once runs unoptimized until the engine swaps code mid-loop
// (and again after each of its deoptimizations); these are called for every run of characters.

/** Where the run of ordinary characters (neither white space nor invisible) from `i` ends. */
function ordinaryRunEnd(raw: string, i: number): number {
  while (i < raw.length && !isBlankCode(raw.charCodeAt(i))) i++;
  return i;
}

/** Where the run of white space and invisible characters from `i` ends. */
function blankRunEnd(raw: string, i: number): number {
  while (i < raw.length && isBlankCode(raw.charCodeAt(i))) i++;
  return i;
}

function holdsSpace(raw: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpaceCode(raw.charCodeAt(k))) return true;
  return false;
}

function holdsLineBreak(raw: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/**
 * Where normalized text came from, as runs: from normalized index `starts[r]` on, a character's
 * raw index is its own plus `shifts[r]`. A run begins only where something was dropped (a
 * space run squeezed, an invisible, a line break between ideographs), so the map is as long as
 * the edits, not the text (a 400,000-character line once needed 1.6 MB for it).
 */
class OffsetRuns {
  private readonly starts: number[] = [];
  private readonly shifts: number[] = [];

  add(start: number, shift: number): void {
    if (this.shifts.length && this.shifts[this.shifts.length - 1] === shift) return;
    this.starts.push(start);
    this.shifts.push(shift);
  }

  shiftAt(k: number): number {
    return this.shifts[lastAtMost(this.starts, k)] ?? 0;
  }
}

export function normalizeText(raw: string): string {
  return isNormalized(raw) ? raw : normalizeWithMap(raw).text;
}

/** A comparison key: no spaces, ASCII punctuation folded to its full-width form. */
export function compareKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[(),:;!?]/g, (c) => FULL_WIDTH[c] ?? c);
}

/**
 * Whether `text` has `key` as its comparison key. A key keeps every character but white space
 * and invisibles, one for one: a line holding more of them than the key cannot have it, and is
 * told apart after reading as many (a whole document joined into one line is not keyed to be
 * compared with a title).
 */
export function hasCompareKey(text: string, key: string): boolean {
  return text.length >= key.length && keepsExactly(text, key.length) && compareKey(text) === key;
}

/**
 * Whether `text` holds exactly `count` characters that are neither white space nor invisible
 * (what a comparison key keeps): read only until it holds more.
 */
function keepsExactly(text: string, count: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i)) && ++kept > count) return false;
  return kept === count;
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/** FULL_WIDTH by code unit: how sharedKeyLength reads a unit as compareKey folds it. */
const FULL_WIDTH_UNITS = new Map(Object.entries(FULL_WIDTH).map(([ascii, full]) => [ascii.charCodeAt(0), full.charCodeAt(0)]));

/** A code unit as a comparison key holds it: ASCII punctuation as its full-width form. */
function keyUnitOf(c: number): number {
  return FULL_WIDTH_UNITS.get(c) ?? c;
}

/**
 * What `compareKey(removeSpans(a, aCuts)) === compareKey(removeSpans(b, bCuts))` answers, and the
 * key's length in characters (`charLength`), or -1 when the keys differ. Read unit by unit: a
 * key is the text's units but white space and invisibles (isBlankCode, which holds all of \s),
 * punctuation folded, so two texts that differ (most pairs a document compares) are told apart
 * at their first differing unit, and no key is built.
 */
export function sharedKeyLength(a: string, aCuts: readonly { start: number; end: number }[], b: string, bCuts: readonly { start: number; end: number }[]): number {
  const aPieces = keptPieces(a, aCuts);
  const bPieces = keptPieces(b, bCuts);
  let pa = 0;
  let i = aPieces[0] ?? 0;
  let pb = 0;
  let j = bPieces[0] ?? 0;
  let units = 0;
  let highSurrogates = 0;
  for (;;) {
    // the next unit each key holds (at the end of its pieces: none)
    for (; pa < aPieces.length; pa += 2, i = aPieces[pa] ?? 0) {
      while (i < aPieces[pa + 1]! && isBlankCode(a.charCodeAt(i))) i++;
      if (i < aPieces[pa + 1]!) break;
    }
    for (; pb < bPieces.length; pb += 2, j = bPieces[pb] ?? 0) {
      while (j < bPieces[pb + 1]! && isBlankCode(b.charCodeAt(j))) j++;
      if (j < bPieces[pb + 1]!) break;
    }
    const aDone = pa >= aPieces.length;
    const bDone = pb >= bPieces.length;
    if (aDone || bDone) return aDone && bDone ? units - highSurrogates : -1;
    const unit = keyUnitOf(a.charCodeAt(i));
    if (unit !== keyUnitOf(b.charCodeAt(j))) return -1;
    units++;
    if (unit >= 0xd800 && unit <= 0xdbff) highSurrogates++;
    i++;
    j++;
  }
}

/** The [from, to) pieces `removeSpans(text, cuts)` keeps, as it slices them. */
function keptPieces(text: string, cuts: readonly { start: number; end: number }[]): number[] {
  const pieces: number[] = [];
  let at = 0;
  for (const cut of cuts) {
    pushSlice(pieces, text.length, at, cut.start);
    at = cut.end;
  }
  pushSlice(pieces, text.length, at, text.length);
  return pieces;
}

/** `text.slice(from, to)` as a piece (slice clamps to the text, and is empty when from ≥ to). */
function pushSlice(pieces: number[], length: number, from: number, to: number): void {
  const start = Math.min(Math.max(from < 0 ? length + from : from, 0), length);
  const end = Math.min(Math.max(to < 0 ? length + to : to, 0), length);
  if (start < end) pieces.push(start, end);
}

/** Counts code points, not UTF-16 units (the outline rules measure in characters). */
export function charLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

const isIdeographCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** Share of CJK ideographs among the non-space characters (UTF-16 units, spaces as /\s/ has
 * them). One pass over the codes: no match arrays, which made this a hot spot. */
export function cjkRatio(text: string): number {
  let units = 0;
  let ideographs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRegExpSpaceCode(c)) continue;
    units++;
    if (isIdeographCode(c)) ideographs++;
  }
  return units ? ideographs / units : 0;
}

/** How much of a text isChineseText reads: its opening. */
export const CHINESE_SAMPLE = 20000;

/** Chinese prose: ideographs make a fifth of the text, and it is not Japanese (no kana to speak of). */
export function isChineseText(text: string): boolean {
  // one pass over the opening: what cjkRatio counts, and the kana
  const end = Math.min(text.length, CHINESE_SAMPLE);
  let units = 0;
  let ideographs = 0;
  let kana = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isRegExpSpaceCode(c)) continue;
    units++;
    if (isIdeographCode(c)) ideographs++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
  }
  return units > 0 && ideographs / units >= 0.2 && kana < ideographs * 0.05;
}

/** Full-width ASCII forms (Ａ–ｚ, ０–９, ．…) folded to ASCII, one code unit for one, so offsets
 * found in the folded text hold in the original ("ｗｗｗ．ｘ．ｃｏｍ" is a domain too). */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// Letters, digits and the dot: what a domain needs. Full-width punctuation alone (，：！) is
// everywhere in Chinese text and never makes a domain, so it does not force a fold.
const FULL_WIDTH_DOMAIN_CHAR = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E]/;

export function foldFullWidthAscii(text: string): string {
  if (!FULL_WIDTH_DOMAIN_CHAR.test(text)) return text;
  return text.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
