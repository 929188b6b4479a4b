// An article block the page printed twice in a row: the text, then the same lines again (a
// second template slot, the copy under a "正文复制" button). The second copy goes; nothing of the
// speech is lost, its first copy stays. Pure.
import { charLength } from './normalize';

/** Fewest lines a repeated block holds (a single repeated line is the repeated lead's business). */
const MIN_BLOCK_LINES = 2;
/** Fewest characters it holds: a short refrain sung twice ("(掌声)" / "下面请…讲话。") is the speech's own. */
const MIN_BLOCK_CHARS = 60;
/** Longest block compared, in lines. */
const MAX_BLOCK_LINES = 400;

/**
 * `lines`: the text of the lines that stay, in order. Returns the positions (into `lines`) of
 * every line that, with its neighbours, repeats line for line the block right before it.
 */
export function findRepeatedBlocks(lines: readonly string[]): number[] {
  const nextSame = nextOccurrences(lines);
  // A block's length is one subtraction of running totals: first in UTF-16 units (never fewer
  // than its characters, and free to read), then, for a block long enough in units, in
  // characters (counted once, and only when some block gets that far).
  let unitsBefore: Int32Array | undefined;
  let charsBefore: Int32Array | undefined;
  const repeats: number[] = [];
  for (let at = 0; at < lines.length; ) {
    const copy = nextSame[at]!;
    const size = copy - at;
    if (copy > 0 && size >= MIN_BLOCK_LINES && size <= MAX_BLOCK_LINES && copy + size <= lines.length) {
      unitsBefore ??= runningTotals(lines, unitLength);
      if (unitsBefore[copy]! - unitsBefore[at]! >= MIN_BLOCK_CHARS) {
        charsBefore ??= runningTotals(lines, charLength);
        if (charsBefore[copy]! - charsBefore[at]! >= MIN_BLOCK_CHARS && sameRun(lines, at, copy, size)) {
          for (let k = copy; k < copy + size; k++) repeats.push(k);
          at = copy + size;
          continue;
        }
      }
    }
    at++;
  }
  return repeats;
}

/** Where each line comes again (-1: never), found from the end in one pass. */
function nextOccurrences(lines: readonly string[]): Int32Array {
  const nextSame = new Int32Array(lines.length).fill(-1);
  const seen = new Map<string, number>();
  for (let at = lines.length - 1; at >= 0; at--) {
    nextSame[at] = seen.get(lines[at]!) ?? -1;
    seen.set(lines[at]!, at);
  }
  return nextSame;
}

const unitLength = (line: string): number => line.length;

/** totals[k]: the length of the lines before line k. */
function runningTotals(lines: readonly string[], length: (line: string) => number): Int32Array {
  // 32 bits hold the length of any text the engine is given (inputs are capped far below 2 GB)
  const totals = new Int32Array(lines.length + 1);
  for (let at = 0; at < lines.length; at++) totals[at + 1] = totals[at]! + length(lines[at]!);
  return totals;
}

function sameRun(lines: readonly string[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) if (lines[a + k] !== lines[b + k]) return false;
  return true;
}

