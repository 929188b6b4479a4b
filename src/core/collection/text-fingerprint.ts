// A speech's cleaned text as a set of hashed character shingles, for telling "the same speech"
// apart from "another speech on the same topic". Template sites repost each other's speeches
// under their own watermarks, with a decorated title, a line of promotion left in, a paragraph
// cut by a paywall, or in traditional characters: exact comparison misses all of these. Five
// characters in a row, taken over the letters and digits only (punctuation, spaces and
// full/half width differences are dropped first), are rare enough that two different speeches
// on one topic share few of them — stock phrases such as 深入学习贯彻 are a small part of any
// speech — while a changed line only costs the shingles it touches.
import { foldScript } from '../script/fold';

/** characters per shingle */
export const SHINGLE_LENGTH = 5;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Letters (CJK included) and digits only, simplified script, lower case, NFKC (full-width → half-width). */
export function comparableText(paragraphs: readonly string[]): string {
  return foldScript(paragraphs.join('\n').normalize('NFKC')).toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** FNV-1a over the UTF-16 code units of text[start, end): 32 bits are plenty for a few thousand shingles. */
function hashSlice(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The distinct shingles of the text, sorted (a typed array: a full collection is a million shingles, and sets of numbers are slow to fill); a text shorter than one shingle is one shingle of itself. */
export function textFingerprint(paragraphs: readonly string[]): Uint32Array {
  const text = comparableText(paragraphs);
  if (text.length === 0) return new Uint32Array(0);
  if (text.length <= SHINGLE_LENGTH) return Uint32Array.of(hashSlice(text, 0, text.length));
  const all = new Uint32Array(text.length - SHINGLE_LENGTH + 1);
  for (let i = 0; i < all.length; i++) all[i] = hashSlice(text, i, i + SHINGLE_LENGTH);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[distinct - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}

export interface Overlap {
  /** shared shingles over the smaller text's shingles: 1 when one text holds the other whole */
  containment: number;
  /** the smaller text's shingle count over the larger's */
  sizeRatio: number;
}

/** Compares two fingerprints by walking both sorted lists once. */
export function fingerprintOverlap(a: Uint32Array, b: Uint32Array): Overlap {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return { containment: 0, sizeRatio: large.length === 0 ? 1 : 0 };
  let shared = 0;
  for (let i = 0, j = 0; i < small.length && j < large.length; ) {
    if (small[i] === large[j]) {
      shared++;
      i++;
      j++;
    } else if (small[i]! < large[j]!) i++;
    else j++;
  }
  return { containment: shared / small.length, sizeRatio: small.length / large.length };
}
