// What a regex alternative can begin with and what it cannot do without, read from its tree
// (regex-source.ts): the code units its first and second characters can be, whether it can
// match the empty string or a single character, whether it matches only at the start of the
// text, and a set of characters every match holds one of. Zero-width parts (look-arounds, \b,
// ^ and $) are passed over, so each set may hold more than the alternative ever reads there,
// never less: a text without them cannot match.
import { type CharSet, sizeOf, union } from './char-set';
import type { Alternation, RegexNode, Sequence } from './regex-source';

export interface Start {
  /** every code unit a match can begin with (case as written) */
  first: CharSet;
  /** every code unit the second character of a match can be */
  second: CharSet;
  /** it may match the empty string: then no character tells where it matches */
  empty: boolean;
  /** it may match a single character: then no second character is needed */
  single: boolean;
}

const NONE: CharSet = [];
const ZERO_WIDTH: Start = { first: NONE, second: NONE, empty: true, single: false };

/** How the matches of a sequence begin: its parts read one after the other. */
export function startOf(sequence: Sequence): Start {
  let start = ZERO_WIDTH;
  for (const node of sequence) {
    if (!start.empty && !start.single) break; // two characters read: the rest cannot change the start
    const next = startOfNode(node);
    start = {
      first: start.empty ? union(start.first, next.first) : start.first,
      second: union(start.second, start.single ? next.first : NONE, start.empty ? next.second : NONE),
      empty: start.empty && next.empty,
      single: (start.single && next.empty) || (start.empty && next.single),
    };
  }
  return start;
}

function startOfAlternation(alternation: Alternation): Start {
  let first = NONE;
  let second = NONE;
  let empty = false;
  let single = false;
  for (const alternative of alternation.alternatives) {
    const start = startOf(alternative);
    first = union(first, start.first);
    second = union(second, start.second);
    empty ||= start.empty;
    single ||= start.single;
  }
  return { first, second, empty, single };
}

function startOfNode(node: RegexNode): Start {
  switch (node.kind) {
    case 'text':
      return {
        first: [[node.text.charCodeAt(0), node.text.charCodeAt(0)]],
        second: node.text.length > 1 ? [[node.text.charCodeAt(1), node.text.charCodeAt(1)]] : NONE,
        empty: false,
        single: node.text.length === 1,
      };
    case 'chars':
      return { first: node.set, second: NONE, empty: false, single: true };
    case 'group':
      return startOfAlternation(node.body);
    case 'repeat': {
      if (node.max === 0) return ZERO_WIDTH;
      const body = startOfNode(node.body);
      return {
        first: body.first,
        // the second character is the body's own, or the next repeat's first after a one-character body
        second: union(body.second, body.single && node.max >= 2 ? body.first : NONE),
        empty: body.empty || node.min === 0,
        single: body.single && (node.min <= 1 || body.empty),
      };
    }
    default:
      return ZERO_WIDTH; // an assertion reads no character
  }
}

/** Whether every match of the sequence starts at the start of the text (a `^` before anything is read). */
export function isAnchoredAtStart(sequence: Sequence): boolean {
  for (const node of sequence) {
    if (node.kind === 'start') return true;
    if (node.kind === 'group') return node.body.alternatives.every(isAnchoredAtStart);
    if (node.kind !== 'look' && node.kind !== 'boundary' && node.kind !== 'end') return false;
  }
  return false;
}

/** A set of characters every match of the sequence holds at least one of (the smallest found), if any. */
export function requiredOf(sequence: Sequence): CharSet | undefined {
  let best: CharSet | undefined;
  for (const node of sequence) {
    const set = requiredOfNode(node);
    if (set && (!best || sizeOf(set) < sizeOf(best))) best = set;
  }
  return best;
}

function requiredOfNode(node: RegexNode): CharSet | undefined {
  switch (node.kind) {
    case 'text':
      return [[node.text.charCodeAt(0), node.text.charCodeAt(0)]];
    case 'chars':
      return node.set;
    case 'group': {
      const sets = node.body.alternatives.map(requiredOf);
      return sets.every((s) => s !== undefined) ? union(...(sets as CharSet[])) : undefined;
    }
    case 'repeat':
      return node.min >= 1 ? requiredOfNode(node.body) : undefined;
    default:
      return undefined; // an assertion (a look-ahead's characters lie outside the match)
  }
}

/** Two characters read one after the other: one of `first`, then one of `second`. */
export type CharPair = readonly [first: CharSet, second: CharSet];

/**
 * Pairs of adjacent characters every match of the sequence holds one of (the fewest found), if
 * any: a character every match reads as one (a `chars` node, or a group of single characters)
 * right before a part that must read one ("\.(?:docx?|pdf)": "." then d or p).
 */
export function requiredPairsOf(sequence: Sequence): CharPair[] | undefined {
  let best: CharPair[] | undefined;
  const consider = (pairs: CharPair[] | undefined) => {
    if (pairs && (!best || pairCount(pairs) < pairCount(best))) best = pairs;
  };
  sequence.forEach((node, k) => {
    if (node.kind === 'text' && node.text.length > 1) {
      const [a, b] = [node.text.charCodeAt(0), node.text.charCodeAt(1)];
      consider([[[[a, a]], [[b, b]]]]);
    }
    const here = singleCharOf(node);
    const next = sequence[k + 1];
    if (here && next) {
      const after = startOfNode(next);
      if (!after.empty) consider([[here, after.first]]);
    }
    if (node.kind === 'group') {
      const inner = node.body.alternatives.map(requiredPairsOf);
      if (inner.every((p) => p !== undefined)) consider((inner as CharPair[][]).flat());
    }
  });
  return best;
}

/** How many pairs of code units the pairs stand for. */
export function pairCount(pairs: readonly CharPair[]): number {
  return pairs.reduce((n, [a, b]) => n + sizeOf(a) * sizeOf(b), 0);
}

/** The characters a node reads when it always reads exactly one. */
function singleCharOf(node: RegexNode): CharSet | undefined {
  if (node.kind === 'chars') return node.set;
  if (node.kind === 'text') return node.text.length === 1 ? [[node.text.charCodeAt(0), node.text.charCodeAt(0)]] : undefined;
  if (node.kind !== 'group') return undefined;
  const sets = node.body.alternatives.map((a) => (a.length === 1 ? singleCharOf(a[0]!) : undefined));
  return sets.every((s) => s !== undefined) ? union(...(sets as CharSet[])) : undefined;
}
