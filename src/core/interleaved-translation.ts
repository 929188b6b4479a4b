// A document printed in two languages, paragraph by paragraph: a bank's bilingual 新年贺词, a
// consulate's speech with its English version under each Chinese paragraph. Its English paragraphs
// are the document's own, not a database's machine translation of the text glued under it
// (site-chrome.english-translation, which takes one English block after the Chinese).
import { cjkRatio } from './normalize';

/** A Chinese paragraph followed by an English one this many times makes an interleaved document. */
const MIN_PAIRS = 3;
const MIN_CHINESE = 0.5;
/** An English paragraph: letters, no CJK, at least this long. */
const MIN_ENGLISH_LENGTH = 20;

/** Whether Chinese and English paragraphs take turns (blank lines between them aside). */
export function isInterleavedTranslation(lines: readonly string[], nonBlank: readonly number[]): boolean {
  let pairs = 0;
  // a Chinese line is read no further than its first ideograph, and whole only when English follows it
  for (let k = 1; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k]!]!;
    const english = line.length >= MIN_ENGLISH_LENGTH && !IDEOGRAPH.test(line) && /[A-Za-z]{3}/.test(line);
    if (english && cjkRatio(lines[nonBlank[k - 1]!]!) >= MIN_CHINESE && ++pairs >= MIN_PAIRS) return true;
  }
  return false;
}
/** What cjkRatio counts as Chinese: a line with none is English or nothing. */
const IDEOGRAPH = /[\u3400-\u9fff]/;
