// Whether the `i` flag changes what a regex source matches. Most of the line rules' alternatives are
// CJK words and classes, and on its first run V8 closes every class of a case-insensitive regex
// over case through ICU — the CJK ranges too, code unit by code unit — which is most of what
// compiling such a regex costs on a page load. An alternation with no letter of another case is
// compiled without the flag (union-dispatch.ts): the same matches, for less.
import { type CharSet, hasOtherCase } from './char-set';
import { type Alternation, readRegexSource, type RegexNode } from './regex-source';

/** Non-ASCII code units with another case (or taking part in one), sorted: under the engine's
 * folding they may match another. Made on first use: only the build's planning asks. */
let casedBeyondAscii: number[] | undefined;
function casedCodeUnitsBeyondAscii(): readonly number[] {
  if (!casedBeyondAscii) {
    casedBeyondAscii = [];
    for (let code = 0x80; code <= 0xffff; code++) if (hasOtherCase(code)) casedBeyondAscii.push(code);
  }
  return casedBeyondAscii;
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isCased = (code: number) => isAsciiLetter(code) || (code >= 0x80 && binarySearch(casedCodeUnitsBeyondAscii(), code));
const inSet = (code: number, set: CharSet) => set.some(([low, high]) => code >= low && code <= high);

/**
 * True when `source` matches the same texts with and without the `i` flag (no `u`): every literal
 * character has no other case, and every class holds either both cases of each ASCII letter and
 * all the other cased code units, or none of them ([^。] and \w are alike in every case; [a-z] and
 * "VIP" are not). A source the reader does not read (regex-source.ts) is not known to be.
 */
export function isCaseFree(source: string): boolean {
  const tree = readRegexSource(source);
  return tree !== undefined && alternationIsCaseFree(tree);
}

function alternationIsCaseFree(alternation: Alternation): boolean {
  return alternation.alternatives.every((sequence) => sequence.every(nodeIsCaseFree));
}

function nodeIsCaseFree(node: RegexNode): boolean {
  switch (node.kind) {
    case 'text':
      for (let i = 0; i < node.text.length; i++) if (isCased(node.text.charCodeAt(i))) return false;
      return true;
    case 'chars':
      return isClosedUnderCase(node.set);
    case 'look':
    case 'group':
      return alternationIsCaseFree(node.body);
    case 'repeat':
      return nodeIsCaseFree(node.body);
    default:
      return true;
  }
}

function isClosedUnderCase(set: CharSet): boolean {
  for (let upper = 0x41; upper <= 0x5a; upper++) {
    if (inSet(upper, set) !== inSet(upper | 0x20, set)) return false;
  }
  const cased = casedCodeUnitsBeyondAscii();
  const count = holdsCount(set, cased);
  return count === 0 || count === cased.length;
}

/** How many of the sorted code units `codes` the set holds. */
function holdsCount(set: CharSet, codes: readonly number[]): number {
  let count = 0;
  let i = 0;
  for (const [low, high] of set) {
    while (i < codes.length && codes[i]! < low) i++;
    while (i < codes.length && codes[i]! <= high) i++, count++;
  }
  return count;
}

function binarySearch(sorted: readonly number[], code: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === code) return true;
    if (sorted[mid]! < code) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
