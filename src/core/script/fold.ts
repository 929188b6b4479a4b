// Traditional-script mirrors of template sites (講話, 同誌們, 來源:…, 小編) are read by the same
// rules as simplified pages: each line is folded once to simplified characters and the rules
// match the folded copy. Folding maps one UTF-16 unit to one, so an offset found in the folded
// line holds in the original, and what the engine outputs keeps the page's own script.
//
// The table is small on purpose (it ships in the content script): the traditional forms of the
// characters the rules' words use, plus the commonest characters of speech prose. It is for
// matching, not a converter: 著 stays 著 (著作权), and words outside the rules may stay mixed.
import { mapChanged } from '../map-changed';
import { FOLD_PAIRS } from './fold-table';

const FIRST = 0x3400;
const LAST = 0x9fff;
let table: Uint16Array | undefined;

/** simplified code unit by traditional code unit (0: no change), built on first use */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(LAST - FIRST + 1);
  for (let i = 0; i + 1 < FOLD_PAIRS.length; i += 2) table[FOLD_PAIRS.charCodeAt(i) - FIRST] = FOLD_PAIRS.charCodeAt(i + 1);
  return table;
}

/** Past this length a line is folded through a reused code-unit buffer rather than by pieces. */
const LONG_LINE = 4096;
let scratch = new Uint16Array(LONG_LINE);

/**
 * The text with every traditional character the table knows replaced by its simplified form;
 * same length, same offsets. A text with nothing to fold comes back as the same string.
 */
export function foldScript(text: string): string {
  const map = foldTable();
  const n = text.length;
  let out = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const at = text.charCodeAt(i) - FIRST;
    if (at < 0 || at > LAST - FIRST) continue;
    const to = map[at]!;
    if (to === 0) continue;
    if (n > LONG_LINE) return foldLong(text, i, map);
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Every line folded; the same list when no line has anything to fold (most documents). */
export function foldLines(lines: readonly string[]): readonly string[] {
  return mapChanged(lines, foldScript);
}

/** A long line (a document flattened onto one line): one buffer, no string per character. */
function foldLong(text: string, first: number, map: Uint16Array): string {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(n);
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const at = c - FIRST;
    scratch[i] = (at >= 0 && at <= LAST - FIRST && map[at]) || c;
  }
  let out = text.slice(0, first);
  for (let i = first; i < n; i += LONG_LINE) {
    out += String.fromCharCode.apply(null, scratch.subarray(i, Math.min(n, i + LONG_LINE)) as unknown as number[]);
  }
  return out;
}

/**
 * `chars` and every character the table folds to one of them: what a hint read before folding
 * must look for (熱 as well as 热).
 */
export function unfoldedForms(chars: string): string {
  let forms = chars;
  // read from the pairs, not the table: a few hundred steps on a page's first call
  for (let i = 0; i + 1 < FOLD_PAIRS.length; i += 2) if (chars.includes(FOLD_PAIRS[i + 1]!)) forms += FOLD_PAIRS[i]!;
  return forms;
}
