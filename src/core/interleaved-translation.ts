// A document printed in two languages, paragraph by paragraph: a bank's bilingual 新年贺词, a
// consulate's speech with its English version under each Chinese paragraph. Its English paragraphs
// are the document's own, not a database's machine translation of the text glued under it
// (site-chrome.english-translation, which takes one English block after the Chinese).
import { cjkRatio } from './normalize';

/** A Chinese paragraph followed by an English one this many times makes an interleaved document. */
const MIN_PAIRS = 2;
const MIN_CHINESE = 0.5;
/** An English paragraph: letters, no CJK, at least this long. */
const MIN_ENGLISH_LENGTH = 20;

/** Whether Chinese and English paragraphs take turns (blank lines between them aside, and lines of a
 * flattened table's bars: "|", "| |"). */
export function isInterleavedTranslation(lines: readonly string[], nonBlank: readonly number[]): boolean {
  let pairs = 0;
  let previous: string | undefined;
  // a Chinese line is read no further than its first ideograph, and whole only when English follows it
  for (const i of nonBlank) {
    const line = lines[i]!;
    if (BARS_ONLY.test(line)) continue;
    const english = line.length >= MIN_ENGLISH_LENGTH && !IDEOGRAPH.test(line) && /[A-Za-z]{3}/.test(line);
    if (english && previous !== undefined && cjkRatio(previous) >= MIN_CHINESE && ++pairs >= MIN_PAIRS) return true;
    previous = line;
  }
  return false;
}
/** A line of a table's bars and nothing else. */
const BARS_ONLY = /^[\s|｜]*$/;
/** What cjkRatio counts as Chinese: a line with none is English or nothing. */
const IDEOGRAPH = /[\u3400-\u9fff]/;
