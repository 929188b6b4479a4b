// Traditional-script mirrors of template sites (講話, 同誌們, 來源:…, 小編) are read by the same
// rules as simplified pages: each line is folded once to simplified characters and the rules
// match the folded copy. Folding maps one UTF-16 unit to one, so an offset found in the folded
// line holds in the original, and what the engine outputs keeps the page's own script.
//
// The table is small on purpose (it ships in the content script): the traditional forms of the
// characters the rules' words use, plus the commonest characters of speech prose. It is for
// matching, not a converter: 著 stays 著 (著作权), and words outside the rules may stay mixed.
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

/** Reused between calls: folding a line allocates only the string it returns. */
let scratch = new Uint16Array(1024);
const CHUNK = 8192;

/**
 * The text with every traditional character the table knows replaced by its simplified form;
 * same length, same offsets. A text with nothing to fold comes back as the same string.
 */
export function foldScript(text: string): string {
  const map = foldTable();
  const n = text.length;
  let first = 0;
  for (; first < n; first++) {
    const at = text.charCodeAt(first) - FIRST;
    if (at >= 0 && at <= LAST - FIRST && map[at] !== 0) break;
  }
  if (first === n) return text;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const at = c - FIRST;
    scratch[i] = (at >= 0 && at <= LAST - FIRST && map[at]) || c;
  }
  let out = text.slice(0, first);
  for (let i = first; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, scratch.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
