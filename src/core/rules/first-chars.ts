// The first two characters a regex match can begin with, read from the pattern's source once at
// load time. A scanner that tries the pattern (sticky) only where such a pair stands finds the
// same matches as a full scan; `^` alternatives begin only at position 0, which the scanner always
// tries. What this reader does not understand makes every position a possible start, so it can
// only make the scan slower, never miss a match. Every set here may hold more than the pattern
// can really begin with, never less.

/** Inclusive ranges of UTF-16 code units (a class such as [\u4e00-\u9fff] stays one range). */
type Range = readonly [number, number];
/** UTF-16 code units, as ranges (not merged: reading stays cheap); `all`: any unit. */
type Units = readonly Range[] | 'all';
/** Every unit of `firsts` followed by any unit of `seconds` (`any`: whatever follows, or the match may end). */
interface Rectangle {
  firsts: readonly Range[];
  seconds: readonly Range[] | 'any';
}
/** The first two units of matches, as rectangles; `all`: any pair. */
type Pairs = readonly Rectangle[] | 'all';

interface Reading {
  /** units a match of the piece can begin with (away from position 0) */
  start: Units;
  /** units the piece can match as its whole match (one unit long) */
  single: Units;
  /** the first two units of its matches two or more units long */
  pairs: Pairs;
  /** the piece can match the empty string */
  empty: boolean;
  /** the piece can match only at position 0 (it begins with `^`) */
  anchored: boolean;
}

/** A rectangle this large is not worth spelling out: its first units take any second. */
const LARGEST_PRODUCT = 50_000;

const zeroWidth = (): Reading => ({ start: [], single: [], pairs: [], empty: true, anchored: false });
const anchoredStart = (): Reading => ({ start: [], single: [], pairs: [], empty: false, anchored: true });
const oneOf = (units: Units): Reading => ({ start: units, single: units, pairs: [], empty: false, anchored: false });
const unknown = (): Reading => ({ start: 'all', single: 'all', pairs: 'all', empty: true, anchored: false });

function unitsUnion(a: Units, b: Units): Units {
  if (a === 'all' || b === 'all') return 'all';
  return !b.length ? a : !a.length ? b : [...a, ...b];
}

function pairsUnion(a: Pairs, b: Pairs): Pairs {
  if (a === 'all' || b === 'all') return 'all';
  return !b.length ? a : !a.length ? b : [...a, ...b];
}

function product(firsts: Units, seconds: Units): Pairs {
  if (firsts === 'all') return 'all';
  if (!firsts.length) return [];
  return [{ firsts, seconds: seconds === 'all' ? 'any' : seconds }];
}

/** `then` read right after `first`. */
function concat(first: Reading, then: Reading): Reading {
  return {
    start: first.empty ? unitsUnion(first.start, then.start) : first.start,
    pairs: pairsUnion(pairsUnion(first.pairs, product(first.single, then.start)), first.empty ? then.pairs : []),
    single: unitsUnion(then.empty ? first.single : [], first.empty ? then.single : []),
    empty: first.empty && then.empty,
    anchored: false,
  };
}

/** Any one of `readings` (gathered in one pass: a union of hundreds of rules stays linear). */
function eitherOf(readings: readonly Reading[]): Reading {
  const units = (pick: (r: Reading) => Units): Units => {
    const out: Range[] = [];
    for (const r of readings) {
      const u = pick(r);
      if (u === 'all') return 'all';
      for (const range of u) out.push(range);
    }
    return out;
  };
  const pairs: Rectangle[] = [];
  for (const r of readings) {
    if (r.pairs === 'all') return unknown();
    for (const rectangle of r.pairs) pairs.push(rectangle);
  }
  return {
    start: units((r) => r.start),
    single: units((r) => r.single),
    pairs,
    empty: readings.some((r) => r.empty),
    anchored: readings.every((r) => r.anchored),
  };
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Reads the whole source; any construct it cannot read makes every position a start. */
  read(): Reading {
    try {
      const reading = this.alternatives();
      if (this.at !== this.source.length) throw new Error('unread');
      return reading;
    } catch {
      return unknown();
    }
  }

  private alternatives(): Reading {
    const readings = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      readings.push(this.sequence());
    }
    return readings.length === 1 ? readings[0]! : eitherOf(readings);
  }

  private sequence(): Reading {
    let reading = zeroWidth();
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.quantified();
      // `^` with nothing (or only what may be empty) before it: the sequence starts at position 0
      // only, and adds nothing away from it. A `^` further on cannot hold away from 0 either.
      if (piece.anchored && reading.empty) {
        while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') this.quantified();
        return anchoredStart();
      }
      reading = concat(reading, piece.anchored ? zeroWidth() : piece);
    }
    return reading;
  }

  private quantified(): Reading {
    const atom = this.atom();
    if (!QUANTIFIER_START.has(this.source[this.at]!)) return atom;
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.at, this.at + 16));
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
    const max = q[1] === '?' ? 1 : q[1] || (q[3] && !q[4]) ? Infinity : q[3] ? Number(q[4]) : Number(q[2]);
    // An optional anchored piece is skipped away from position 0.
    if (atom.anchored) return min === 0 ? zeroWidth() : atom;
    if (max === 0) return zeroWidth();
    const repeated = max >= 2 ? concat({ ...atom, empty: true }, atom) : atom;
    return { ...repeated, start: atom.start, single: atom.single, empty: atom.empty || min === 0 };
  }

  private atom(): Reading {
    const c = this.source[this.at]!;
    if (c === '^') {
      this.at++;
      return anchoredStart();
    }
    if (c === '$') {
      this.at++;
      return zeroWidth();
    }
    if (c === '(') return this.group();
    if (c === '[') return oneOf(this.charClass());
    if (c === '.') {
      this.at++;
      return oneOf('all');
    }
    if (c === '\\') return this.escapeAtom();
    if ('*+?{})|'.includes(c)) throw new Error(`unexpected ${c}`);
    this.at++;
    return oneOf([unit(c.charCodeAt(0))]);
  }

  private group(): Reading {
    const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<\w+>)?/.exec(this.source.slice(this.at, this.at + 40))![0];
    this.at += head.length;
    const inner = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround consumes nothing: the start is whatever follows it.
    return LOOKAROUNDS.has(head) ? zeroWidth() : inner;
  }

  private escapeAtom(): Reading {
    const e = this.source[this.at + 1];
    if (e === 'b' || e === 'B') {
      this.at += 2;
      return zeroWidth();
    }
    return oneOf(this.escape());
  }

  /** A class escape or an escaped character (`\S`, `\W`, `\D`, back references: all). */
  private escape(): Units {
    const rest = this.source.slice(this.at, this.at + 6);
    const hex = /^\\u([0-9a-fA-F]{4})/.exec(rest) ?? /^\\x([0-9a-fA-F]{2})/.exec(rest);
    if (hex) {
      this.at += hex[0].length;
      return [unit(parseInt(hex[1]!, 16))];
    }
    const e = rest[1];
    if (e === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (e === 'd') return [[0x30, 0x39]];
    if (e === 'w') return [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], unit(0x5f)];
    if (e === 's') return WHITE_SPACE;
    if (e === 't') return [unit(9)];
    if (e === 'n') return [unit(10)];
    if (e === 'r') return [unit(13)];
    if (/[A-Za-z0-9]/.test(e)) return 'all';
    return [unit(e.charCodeAt(0))];
  }

  private charClass(): Units {
    this.at++;
    if (this.source[this.at] === '^') return this.skipClass(); // any unit but a few: all
    const units: Range[] = [];
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const from = this.classUnit();
      if (from === 'all') return this.skipClass();
      if (from.length !== 1 || from[0]![0] !== from[0]![1] || this.source[this.at] !== '-' || this.source[this.at + 1] === ']') {
        units.push(...from);
        continue;
      }
      this.at++;
      const to = this.classUnit();
      if (to === 'all' || to.length !== 1 || to[0]![0] !== to[0]![1]) throw new Error('odd range');
      units.push([from[0]![0], to[0]![0]]);
    }
    this.at++;
    return units;
  }

  private skipClass(): 'all' {
    while (this.source[this.at] !== ']') {
      if (this.source[this.at] === '\\') this.at++;
      this.at++;
      if (this.at >= this.source.length) throw new Error('unclosed class');
    }
    this.at++;
    return 'all';
  }

  /** One member of a class: a unit, a class escape's units, or `all`. */
  private classUnit(): Units {
    if (this.source[this.at] !== '\\') return [unit(this.source.charCodeAt(this.at++))];
    return this.escape();
  }
}

const QUANTIFIER_START = new Set(['?', '*', '+', '{']);
const LOOKAROUNDS = new Set(['(?=', '(?!', '(?<=', '(?<!']);

const unit = (u: number): Range => [u, u];

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
const WHITE_SPACE: readonly Range[] = [[9, 13], unit(32), unit(0xa0), unit(0x1680), [0x2000, 0x200a], [0x2028, 0x2029], unit(0x202f), unit(0x205f), unit(0x3000), unit(0xfeff)];

const sizeOf = (units: readonly Range[]) => units.reduce((n, [from, to]) => n + to - from + 1, 0);

/** Calls `each` with every unit of the ranges, and under `ignoreCase` with every unit the flag
 * lets match it: an ASCII letter's other case, a full-width Latin letter's other case. Other
 * cased letters (Greek, Cyrillic, Latin with accents…) fold in groups of their own (µ, μ and Μ);
 * none is expected in the rules, so meeting one gives up on the table. */
function forEachUnit(units: readonly Range[], ignoreCase: boolean, each: (unit: number) => void): void {
  for (const [from, to] of units) {
    for (let u = from; u <= to; u++) {
      each(u);
      if (!ignoreCase || (u >= UNCASED_FROM && u <= UNCASED_TO)) continue;
      if ((u >= 0x41 && u <= 0x5a) || (u >= 0xff21 && u <= 0xff3a)) each(u + 0x20);
      else if ((u >= 0x61 && u <= 0x7a) || (u >= 0xff41 && u <= 0xff5a)) each(u - 0x20);
      else if (u >= 0x80 && isCased(u)) throw new Error('a cased letter beyond ASCII and full-width Latin');
    }
  }
}

/** CJK and its symbols have no case: the bulk of the rules' units skip the case check. */
const UNCASED_FROM = 0x3000;
const UNCASED_TO = 0x9fff;

function isCased(unit: number): boolean {
  const c = String.fromCharCode(unit);
  return c.toUpperCase() !== c || c.toLowerCase() !== c;
}

/**
 * Where a match may begin, as tables a scanner reads: `first[u]` is 0 when no match begins with
 * unit u, 2 when one may begin with it whatever follows, 1 when the next unit decides:
 * `pairs` holds `u * 0x10000 + next`.
 */
export interface StartTable {
  first: Uint8Array;
  pairs: Set<number>;
}

/** The start table of a pattern (`source`, `flags`) away from position 0; `undefined`: any position. */
export function startTableOf(source: string, flags: string): StartTable | undefined {
  if (/[muvs]/.test(flags)) return undefined;
  const reading = new Reader(source).read();
  if (reading.empty) return undefined; // an empty match may stand anywhere
  // A one-unit match may end anywhere: its unit begins a match whatever follows.
  const pairs = pairsUnion(reading.pairs, product(reading.single, 'all'));
  if (pairs === 'all') return undefined;
  const ignoreCase = flags.includes('i');
  const table: StartTable = { first: new Uint8Array(0x10000), pairs: new Set() };
  const { first, pairs: table2 } = table;
  try {
    for (const { firsts, seconds } of new Set(pairs)) {
      if (seconds === 'any' || sizeOf(firsts) * sizeOf(seconds) > LARGEST_PRODUCT) {
        forEachUnit(firsts, ignoreCase, (u) => (first[u] = 2));
        continue;
      }
      forEachUnit(firsts, ignoreCase, (u) => {
        if (first[u] === 2) return;
        first[u] = 1;
        forEachUnit(seconds, ignoreCase, (next) => table2.add(u * 0x10000 + next));
      });
    }
  } catch {
    return undefined; // a unit whose case folding the table does not follow: every position
  }
  return table;
}

/** Whether a match may begin at `i` (> 0) of `line`, by the table. */
export function mayStartAt(table: StartTable, line: string, i: number): boolean {
  const unit = line.charCodeAt(i);
  const kind = table.first[unit];
  return kind === 2 || (kind === 1 && i + 1 < line.length && table.pairs.has(unit * 0x10000 + line.charCodeAt(i + 1)));
}
