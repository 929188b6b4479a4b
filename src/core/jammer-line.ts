// A line of random characters a site plants among the paragraphs to spoil copies ("擦局又徒半太遵粒
// 貌正乡销仅师族…", 190 characters): no writer types 80 Chinese characters without a mark, and
// prose that long holds the little words (的, 了, 是…) every few characters. Only on a page whose
// other paragraphs are punctuated: a page that lost its punctuation keeps every line. Pure.
import type { LineNoise as Noise } from './types';

/** Shortest run read as planted. */
const MIN_RUN = 80;
/** A line with anything but Chinese characters in it is someone's text. */
const BARE_RUN = /^[\u4e00-\u9fff]+$/;
/** Words that Chinese prose cannot do without: at least one per this many characters. */
const FUNCTION_WORDS = /[的了是在和有我不这们也就要]/g;
const CHARACTERS_PER_FUNCTION_WORD = 40;
/** Punctuated paragraphs the page must hold besides. */
const MIN_PUNCTUATED = 2;
const PUNCTUATED = /[，,。！？!?；;]/;
const JAMMER: Noise = { reason: 'watermark', rule: 'watermark.jammer-line' };

/** `lines`: as the rules read them (folded); `noise`: the first pass's whole-line verdicts. */
export function markJammerLines(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  const planted = nonBlank.filter((i) => !noise.has(i) && isJammer(lines[i]!.trim()));
  if (!planted.length) return;
  let punctuated = 0;
  for (const i of nonBlank) if (PUNCTUATED.test(lines[i]!)) punctuated++;
  if (punctuated < MIN_PUNCTUATED) return;
  for (const i of planted) noise.set(i, JAMMER);
}

function isJammer(line: string): boolean {
  if (line.length < MIN_RUN || !BARE_RUN.test(line)) return false;
  const words = line.match(FUNCTION_WORDS)?.length ?? 0;
  return words * CHARACTERS_PER_FUNCTION_WORD < line.length;
}
