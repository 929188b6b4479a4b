// A reader of regular-expression sources, for the subset the line rules are written in: literal
// characters, classes, the escapes \d \s \w \D \S \W \b \B \t \n \r \v \f \uXXXX \xXX and escaped
// punctuation, `.`, groups (capturing or not), look-ahead and look-behind, ^ and $, and the
// quantifiers ? * + {n} {n,} {n,m} (greedy or lazy). It reads a source as the engine does without
// the `u` flag (one UTF-16 code unit per character). Anything else — back-references, named
// groups, \p, \c, \0, a `{` that is not a quantifier, Annex B's identity escapes of letters — is
// not read: `readRegexSource` answers undefined, and whoever asked keeps the pattern whole.
//
// It runs once per page load over every line rule, so it reads by code unit and keeps a run of
// literal characters as one node ("全文预览已结束"), not a node per character.
import { type CharSet, charSet, complement, union } from './char-set';

export type RegexNode =
  /** literal characters, one after the other (no quantifier on the run) */
  | { kind: 'text'; text: string }
  /** one character of a set: a class, an escape, `.`, a quantified literal */
  | { kind: 'chars'; set: CharSet }
  | { kind: 'start' | 'end' | 'boundary' }
  /** a look-ahead or look-behind, positive or negative: it reads nothing */
  | { kind: 'look'; body: Alternation }
  | { kind: 'group'; body: Alternation }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number };

export type Sequence = readonly RegexNode[];

export interface Alternation {
  alternatives: readonly Sequence[];
  /** where each alternative stands in the source: [start, end) */
  spans: readonly (readonly [number, number])[];
}

const DIGIT = charSet([[0x30, 0x39]]);
const WORD = charSet([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
/** WhiteSpace and LineTerminator, as `\s` reads them */
const SPACE = charSet([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
const ANY_BUT_LINE_END = complement(charSet([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]));
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT, D: complement(DIGIT), s: SPACE, S: complement(SPACE), w: WORD, W: complement(WORD),
};
const CONTROL_ESCAPES: Record<string, number> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
/** what stands for itself after a backslash: a syntax character, `/` or `-` */
const PUNCTUATION = '^$\\.*+?()[]{}|/-';
/** characters with a meaning of their own outside a class (`]` and `}` alone are literal) */
const SYNTAX = '^$\\.*+?()[{|';
const HEX = /^[0-9A-Fa-f]+$/;

class Unreadable extends Error {}

/** The source read into a tree, or undefined when it uses more than the subset above. */
export function readRegexSource(source: string): Alternation | undefined {
  try {
    const reader = new Reader(source);
    const tree = reader.alternation();
    return reader.done() ? tree : undefined; // else an unmatched `)`
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

function isQuantifier(c: string | undefined): boolean {
  return c === '*' || c === '+' || c === '?' || c === '{';
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  private peek(offset = 0): string | undefined {
    return this.source.charAt(this.at + offset) || undefined;
  }

  alternation(): Alternation {
    const alternatives: Sequence[] = [];
    const spans: [number, number][] = [];
    for (;;) {
      const start = this.at;
      alternatives.push(this.sequence());
      spans.push([start, this.at]);
      if (this.peek() !== '|') return { alternatives, spans };
      this.at++;
    }
  }

  private sequence(): RegexNode[] {
    const nodes: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const run = this.literalRun();
      if (run) {
        nodes.push({ kind: 'text', text: run });
        continue;
      }
      const atom = this.atom();
      const repeat = this.quantifier();
      if (!repeat) nodes.push(atom);
      else if (atom.kind === 'chars' || atom.kind === 'group') nodes.push({ kind: 'repeat', body: atom, ...repeat });
      else throw new Unreadable(); // a quantified assertion
    }
    return nodes;
  }

  /** Literal characters up to the next syntax character; the last is left to a quantifier after it. */
  private literalRun(): string | undefined {
    const { source } = this;
    const start = this.at;
    let end = start;
    while (end < source.length) {
      // by code: only ASCII can be syntax (and an ASCII one-character string costs nothing)
      if (source.charCodeAt(end) < 0x80 && SYNTAX.includes(source[end]!)) break;
      end++;
    }
    if (isQuantifier(source[end])) end--;
    if (end <= start) return undefined;
    this.at = end;
    return this.source.slice(start, end);
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    let bounds: { min: number; max: number };
    if (c === '*') bounds = { min: 0, max: Infinity };
    else if (c === '+') bounds = { min: 1, max: Infinity };
    else if (c === '?') bounds = { min: 0, max: 1 };
    else if (c === '{') {
      this.at++;
      const min = this.number();
      let max = min;
      if (this.peek() === ',') {
        this.at++;
        max = this.peek() === '}' ? Infinity : this.number();
      }
      if (this.peek() !== '}' || max < min) throw new Unreadable(); // Annex B's literal `{`
      bounds = { min, max };
    } else return undefined;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same language
    return bounds;
  }

  /** Decimal digits (at least one). */
  private number(): number {
    const start = this.at;
    while (this.at < this.source.length && this.source.charCodeAt(this.at) >= 0x30 && this.source.charCodeAt(this.at) <= 0x39) this.at++;
    if (this.at === start) throw new Unreadable();
    return Number(this.source.slice(start, this.at));
  }

  private atom(): RegexNode {
    const c = this.source.charAt(this.at++);
    switch (c) {
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '.':
        return { kind: 'chars', set: ANY_BUT_LINE_END };
      case '[':
        return { kind: 'chars', set: this.characterClass() };
      case '(':
        return this.group();
      case '\\':
        if (this.peek() === 'b' || this.peek() === 'B') {
          this.at++;
          return { kind: 'boundary' };
        }
        return { kind: 'chars', set: this.escapedChars() };
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unreadable(); // a quantifier with nothing before it, or Annex B's literal `{`
      default:
        return { kind: 'chars', set: single(c.charCodeAt(0)) }; // a literal a quantifier follows
    }
  }

  private group(): RegexNode {
    let kind: 'group' | 'look' = 'group';
    if (this.peek() === '?') {
      const mark = this.peek(1);
      if (mark === ':') this.at += 2;
      else if (mark === '=' || mark === '!') (kind = 'look'), (this.at += 2);
      else if (mark === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) (kind = 'look'), (this.at += 3);
      else throw new Unreadable(); // a named group, or a modifier
    }
    const body = this.alternation();
    if (this.peek() !== ')') throw new Unreadable();
    this.at++;
    return { kind, body };
  }

  /** The characters an escape stands for, its backslash read (in a class or out of one). */
  private escapedChars(): CharSet {
    const c = this.source.charAt(this.at++);
    const classEscape = CLASS_ESCAPES[c];
    if (classEscape) return classEscape;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return single(control);
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2;
      const hex = this.source.slice(this.at, this.at + digits);
      if (hex.length !== digits || !HEX.test(hex)) throw new Unreadable();
      this.at += digits;
      return single(parseInt(hex, 16));
    }
    if (c !== '' && (PUNCTUATION.includes(c) || !/[0-9A-Za-z_]/.test(c))) return single(c.charCodeAt(0));
    throw new Unreadable(); // the end, back-references, \0, \c, \k, \p, identity escapes of letters
  }

  private characterClass(): CharSet {
    let negated = false;
    if (this.peek() === '^') (negated = true), this.at++;
    const ranges: [number, number][] = [];
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      if (this.done()) throw new Unreadable();
      const low = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at++;
        const high = this.classAtom();
        if (typeof low !== 'number' || typeof high !== 'number' || high < low) throw new Unreadable(); // Annex B's `\d-x`
        ranges.push([low, high]);
      } else if (typeof low === 'number') ranges.push([low, low]);
      else parts.push(low);
    }
    this.at++;
    const set = union(charSet(ranges), ...parts);
    return negated ? complement(set) : set;
  }

  /** One character of a class (its code), or a class escape (its set). */
  private classAtom(): number | CharSet {
    const c = this.source.charAt(this.at++);
    if (c !== '\\') return c.charCodeAt(0);
    const next = this.peek();
    if (next === 'b' || next === '-') {
      this.at++;
      return next === 'b' ? 0x08 : 0x2d; // \b in a class is a backspace
    }
    if (next !== undefined && CLASS_ESCAPES[next]) return this.escapedChars();
    return this.escapedChars()[0]![0];
  }
}

function single(code: number): CharSet {
  return [[code, code]];
}
