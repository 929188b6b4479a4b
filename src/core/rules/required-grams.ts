// What text a regular expression cannot match without. For each alternative of a rule: a few
// "grams" (one or two characters side by side) of which every match holds at least one, or, for
// an alternative anchored at both ends (^…$), the longest line it can match. A line that holds
// none of an alternative's grams, or is longer than it can match, is no match for it; a line no
// alternative of a rule can match needs that rule's regex not run at all (any-line-rule.ts).
//
// Read from the pattern's source (the syntax without the u flag) and always on the safe side:
// what the reader does not know (a negated or wide class, `.`, `\s`, a look-around, a back
// reference) gives no gram and parts nothing that it stands between; syntax it does not know at
// all makes it give up on the pattern (the rule then runs on every line, as it did before).
// Grams are case-folded (see `foldCase`), because the rules are asked case-insensitively.

/** Sets of chars wider than this give no grams (a set of grams that wide would pass most lines). */
const WIDEST_SET = 64;
const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));

/**
 * How a case-insensitive regex (no u flag) sees a character, for the characters grams may hold:
 * ASCII and full-width letters read as their capitals. Other cased letters (Greek, Cyrillic…)
 * have case partners this does not know: `isFoldable` keeps them out of grams.
 */
export function foldCase(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x20;
  if (code >= 0xff41 && code <= 0xff5a) return code - 0x20;
  return code;
}

function isFoldable(code: number): boolean {
  if (code < 0x80 || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return true;
  const char = String.fromCharCode(code);
  return char.toUpperCase() === char && char.toLowerCase() === char;
}

/** A gram as a number: one char `c`, or two `a b` as a·65536 + b + 65536 (never a single char's value). */
export function gramOf(first: number, second?: number): number {
  return second === undefined ? first : (first + 1) * 0x10000 + second;
}

/** Grams, any one of which every match holds; `undefined`: none known. */
type Factor = Set<number> | undefined;

interface Atom {
  /** the chars it matches, one at a time (folded), when it is a single char or a small class */
  chars?: number[];
  /** grams one of which each match of the atom holds */
  factor: Factor;
  /** the fewest times it must occur (0: it may be skipped, or is zero-width) */
  min: number;
  /** the most chars (UTF-16 code units) a match of it takes */
  width: number;
  /** an unquantified ^ or $ */
  anchor?: '^' | '$';
}

/** What one alternative of a pattern cannot match without. */
export interface Gate {
  /** grams (see `gramOf`, case-folded) one of which each of its matches holds; `undefined`: none known */
  grams: number[] | undefined;
  /** the longest line it can match (`Infinity` unless it is anchored at both ends and bounded) */
  longestLine: number;
}

interface Sequence {
  factor: Factor;
  width: number;
  anchored: boolean;
}

class Unknown extends Error {}

const isCjk = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** A guess at how often a line holds the gram: two Chinese characters side by side are rare. */
function gramCost(gram: number): number {
  if (gram < 0x10000) return isCjk(gram) ? 30 : 100;
  const first = Math.floor(gram / 0x10000) - 1;
  return isCjk(first) && isCjk(gram % 0x10000) ? 1 : 4;
}

function costOf(factor: Set<number>): number {
  let cost = 0;
  for (const gram of factor) cost += gramCost(gram);
  return cost;
}

function cheaper(a: Factor, b: Factor): Factor {
  if (!a || a.size === 0) return b;
  if (!b || b.size === 0) return a;
  return costOf(b) < costOf(a) ? b : a;
}

class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** The gates of the pattern's alternatives. */
  read(): Gate[] {
    const gates: Gate[] = [];
    for (;;) {
      const { factor, width, anchored } = this.sequence();
      gates.push({ grams: factor && factor.size ? [...factor] : undefined, longestLine: anchored ? width : Infinity });
      if (this.peek() !== '|') break;
      this.at++;
    }
    if (this.at !== this.source.length) throw new Unknown();
    return gates;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** Alternatives up to a `)`: a gram of any alternative's set; the widest alternative's width. */
  private alternation(): { factor: Factor; width: number } {
    const all = new Set<number>();
    let known = true;
    let width = 0;
    for (;;) {
      const sequence = this.sequence();
      if (sequence.factor && sequence.factor.size) for (const g of sequence.factor) all.add(g);
      else known = false;
      width = Math.max(width, sequence.width);
      if (this.peek() !== '|') break;
      this.at++;
    }
    return { factor: known ? all : undefined, width };
  }

  /**
   * Atoms side by side: the cheapest of their own grams and of the pairs of single chars that
   * must touch; their widths added; whether it opens with ^ and closes with $.
   */
  private sequence(): Sequence {
    let best: Factor;
    let width = 0;
    let first: Atom | undefined;
    let previous: Atom | undefined;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.quantified(this.atom());
      first ??= atom;
      width += atom.width;
      if (atom.min >= 1) best = cheaper(best, atom.factor);
      if (previous?.chars && atom.chars && previous.min >= 1 && atom.min >= 1 && previous.chars.length * atom.chars.length <= WIDEST_SET) {
        const pairs = new Set<number>();
        for (const a of previous.chars) for (const b of atom.chars) pairs.add(gramOf(a, b));
        best = cheaper(best, pairs);
      }
      previous = atom;
    }
    return { factor: best, width, anchored: first?.anchor === '^' && previous?.anchor === '$' };
  }

  private quantified(atom: Atom): Atom {
    const q = this.source.slice(this.at);
    let min: number;
    let max: number;
    let length: number;
    if (q[0] === '*') [min, max, length] = [0, Infinity, 1];
    else if (q[0] === '?') [min, max, length] = [0, 1, 1];
    else if (q[0] === '+') [min, max, length] = [1, Infinity, 1];
    else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(q);
      if (!braces) return atom;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
      length = braces[0].length;
    }
    this.at += length;
    if (this.peek() === '?') this.at++;
    // a quantified anchor anchors nothing; a zero-width atom repeated is still zero-width (min 0)
    const quantified: Atom = { chars: atom.chars, factor: atom.factor, min: min >= 1 ? atom.min : 0, width: atom.width === 0 ? 0 : atom.width * max };
    return quantified;
  }

  private atom(): Atom {
    const c = this.source[this.at++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return { factor: undefined, min: 0, width: 0, anchor: c };
      case '.':
        return { factor: undefined, min: 1, width: 1 };
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unknown();
      default:
        return single([c.charCodeAt(0)]);
    }
  }

  private group(): Atom {
    const rest = this.source.slice(this.at);
    const opening = /^\?(?:[:=!]|<[=!])/.exec(rest);
    if (rest.startsWith('?') && !opening) throw new Unknown(); // named groups and anything newer
    this.at += opening ? opening[0].length : 0;
    const { factor, width } = this.alternation();
    if (this.source[this.at++] !== ')') throw new Unknown();
    // a look-around matches no text of its own
    const lookAround = opening !== null && opening[0] !== '?:';
    return lookAround ? { factor: undefined, min: 0, width: 0 } : { factor, min: 1, width };
  }

  private charClass(): Atom {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const codes: number[] = [];
    let known = !negated;
    // ("[]" matches nothing and "[^]" anything: a "]" first closes the class, as in JS)
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Unknown();
      const from = this.classMember();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const to = this.classMember();
        if (from === undefined || to === undefined || from.length !== 1 || to.length !== 1 || to[0]! < from[0]!) throw new Unknown();
        if (to[0]! - from[0]! >= WIDEST_SET) known = false;
        else for (let code = from[0]!; code <= to[0]!; code++) codes.push(code);
      } else if (from === undefined) known = false;
      else codes.push(...from);
    }
    this.at++;
    return known ? single(codes) : { factor: undefined, min: 1, width: 1 };
  }

  /** One member of a class: its chars, or `undefined` for a set this reader does not list (\s, \w…). */
  private classMember(): number[] | undefined {
    const c = this.source[this.at++]!;
    if (c !== '\\') return [c.charCodeAt(0)];
    const e = this.source[this.at++];
    if (e === 'd') return DIGITS;
    if (e === 'b') throw new Unknown(); // a backspace in a class: nothing a rule means
    if (e !== undefined && 'DsSwW'.includes(e)) return undefined;
    return [this.escapedChar(e)];
  }

  private escape(): Atom {
    const e = this.source[this.at++];
    if (e === 'd') return single(DIGITS);
    if (e === 'b' || e === 'B') return { factor: undefined, min: 0, width: 0 };
    if (e !== undefined && 'DsSwW'.includes(e)) return { factor: undefined, min: 1, width: 1 };
    if (e !== undefined && /[1-9]/.test(e)) throw new Unknown(); // a back reference
    return single([this.escapedChar(e)]);
  }

  /** The char an escape stands for: \uXXXX, \xXX, \n, \t…, or a non-letter escaped. */
  private escapedChar(e: string | undefined): number {
    if (e === 'u' || e === 'x') {
      const digits = e === 'u' ? 4 : 2;
      const hex = this.source.slice(this.at, this.at + digits);
      if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw new Unknown();
      this.at += digits;
      return parseInt(hex, 16);
    }
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    if (e !== undefined && e in controls) return controls[e]!;
    if (e === undefined || /[A-Za-z0-9]/.test(e)) throw new Unknown();
    return e.charCodeAt(0);
  }
}

/** An atom matching one char of `codes`: those chars are its grams, when there are few and they fold safely. */
function single(codes: readonly number[]): Atom {
  if (codes.length > WIDEST_SET || !codes.every(isFoldable)) return { factor: undefined, min: 1, width: 1 };
  const chars = [...new Set(codes.map(foldCase))];
  return { chars, factor: new Set(chars), min: 1, width: 1 };
}

/**
 * What each alternative of a pattern (source without the u flag, no m flag) cannot match
 * without, whatever its other flags; `undefined` when the reader does not know the syntax.
 */
export function lineGates(source: string): Gate[] | undefined {
  try {
    return new PatternReader(source).read();
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}
