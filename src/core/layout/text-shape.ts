// Small facts about a line of text that the layout decisions share.
import { isSalutation } from '../detect';
import { matchMarker } from '../markers';

/** Sentence ends, and the closing quotes and brackets that may follow one (asked of every
 * line's last characters: by code, no one-character strings). */
const SENTENCE_END_CODES = codesOf('。！？!?…');
const CLOSER_CODES = codesOf('"”’」』)）');
/** The line stops in the middle of a clause: on an ideograph, a digit or letter, or an opening mark. */
const OPEN_END_MARK_CODES = codesOf('“‘「『《（(、');

/** The UTF-16 codes of `chars`, for checks asked of every character. */
export function codesOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** A sentence is finished: 。！？… possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && i >= line.length - 4 && CLOSER_CODES.has(line.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END_CODES.has(line.charCodeAt(i));
}

export function endsOpen(line: string): boolean {
  if (line.length === 0) return false;
  const c = line.charCodeAt(line.length - 1);
  return (
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || OPEN_END_MARK_CODES.has(c)
  );
}

/** A line that starts on an ideograph, or on a blanked name before one ("***区", "××县", "XX市"). */
export const STARTS_IDEOGRAPH = /^(?:[*＊×Xx_＿○]{1,6})?[\u3400-\u9fff]/;
/** Clause punctuation inside a line: it is prose, not a title or a label. */
export const HAS_CLAUSE_MARK = /[，,、；;。！？!?]/;
/** "A:" "男:" "甲：" — a speaking part in a 主持词 script opens a line of its own. */
export const SPEAKER_LABEL = /^(?:[A-ZＡ-Ｚ]|[甲乙丙丁男女合]|主持人|男女?合?)\s*[:：]/;

/**
 * Width as a page lays it out: ideographs and full-width forms take two columns. Sites fold
 * the full-width punctuation of Chinese text to ASCII (",:;!?()"), which the page printed two
 * columns wide, so it counts two as well; so do Chinese quotation marks.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    width += c >= 0x2e80 || FOLDED_PUNCTUATION[c] === 1 ? 2 : 1;
  }
  return width;
}

/** ASCII punctuation and curly quotes that folding left from full-width forms: two columns (by code, asked of every character). */
const FOLDED_PUNCTUATION = new Uint8Array(0x2e80);
for (const c of ',:;!?()“”‘’') FOLDED_PUNCTUATION[c.charCodeAt(0)] = 1;

export function startsWithMarker(text: string): boolean {
  return matchMarker(text) !== undefined;
}

export function isSalutationLine(text: string): boolean {
  return isSalutation(text);
}
