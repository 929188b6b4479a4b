// A spam mirror plants runs of emoji among a page's words, glued to them ("亲爱的同学们🐀:",
// "秋高气爽🏌🏻‍♂️、稻谷飘香", "一🔠、走出过去"): a jammer of the copy, never the speech's. A page
// is read as jammed when several runs stand inside its text, each between two of its characters;
// then every run of pictographs is cut (rule 'watermark.emoji-jammer', as the bracketed ones a
// pinyin mirror plants: script/pinyin.ts). A page with an emoji or two at a line's end ("新年快乐🎉")
// keeps them. Pure.
import type { DebrisSpan } from './glued-debris';
import { allMatches } from './rules/all-matches';

/** A run of pictographs outside the basic plane, with their skin tones, joiners, gender signs and variation selectors
 * (a joiner the normalization took out leaves the sign: "🏌🏻♂️"). */
const RUN = '[\\uD83C-\\uD83E][\\uDC00-\\uDFFF](?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u200D\\uFE0F\\u2640\\u2642\\u2695\\u2696\\u2708\\u2764])*';
const EMOJI_RUN = new RegExp(RUN, 'g');
/** A character of the text: a word's or a mark's. */
const TEXT_CHAR = '[\\u4e00-\\u9fff，。、：；！？,.:;!?“”（）()]';
/** A run inside the text: a character of it before and after. */
const INSIDE_TEXT = new RegExp(`${TEXT_CHAR}${RUN}(?=${TEXT_CHAR})`, 'g');
/** How many runs inside the text make the page a jammed one. */
const MIN_RUNS = 3;
/** A surrogate pair's first half: most lines hold none, and are passed over. */
const HIGH_SURROGATE = /[\uD83C-\uD83E]/;

/** Whether enough of `lines` hold emoji planted inside their text to read every run as a jammer's. */
export function hasEmojiJammer(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) {
    if (!HIGH_SURROGATE.test(line)) continue;
    count += line.match(INSIDE_TEXT)?.length ?? 0;
    if (count >= MIN_RUNS) return true;
  }
  return false;
}

/** The emoji runs of a line on a jammed page. */
export function findEmojiJammer(text: string): DebrisSpan[] {
  if (!HIGH_SURROGATE.test(text)) return [];
  return allMatches(EMOJI_RUN, text).map((m) => ({ start: m.index, end: m.index + m[0].length, reason: 'watermark', rule: 'watermark.emoji-jammer' }));
}
