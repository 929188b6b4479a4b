// Hard line wraps: a line that a PDF export, a document viewer or a copy broke in the middle of
// a sentence, and its continuation on the next line. Joined only on strong evidence, because
// merging two real paragraphs is worse than leaving a wrap:
//  - fixed width: most lines of the text share one width (a PDF's column), and a line at that
//    width that does not finish its sentence goes on in the next line — so does one a little
//    short of it that stops mid-word (text taken from a PDF loses its justification);
//  - a lone character after a comma ("…重大意义,着" / "力营造…"): no clause is one character long;
//  - a remnant: the next line is one to three characters and a sentence end ("…干" / "杯!");
//  - an odd line out: in prose whose paragraphs end with punctuation, a long prose line that
//    stops on an ideograph is followed by the rest of its sentence ("…有着更" / "高的要求,…").
//  - a double-spaced column: a blank line after every line of a column is its spacing, not a
//    paragraph break; the column's lines are read without it.
// Otherwise a blank line always separates; headings, salutations, speaking parts and noise lines never
// continue a sentence.
import { mapChanged } from '../map-changed';
import { charLength, compareKey, hasCompareKey } from '../normalize';
import { removeSpans } from '../remove-spans';
import { someLineRuleMatches } from '../rules/any-line-rule';
import { LINE_RULES } from '../rules/line-rules';
import { foldScript } from '../script/fold';
import { findPinyinSpans } from '../script/pinyin';
import { hasSentenceEnd } from '../stops';
import { SITE_BRANDS } from '../watermark';
import {
  displayWidth,
  endsOpen,
  endsSentence,
  HAS_CLAUSE_MARK,
  isSalutationLine,
  SPEAKER_LABEL,
  startsWithMarker,
  STARTS_IDEOGRAPH,
} from './text-shape';

/** Lines narrower than this say nothing about a column width; a column is at least this wide. */
const MIN_COLUMN_WIDTH = 40;
/** No page column holds more characters than this. */
const MAX_COLUMN_CHARS = 120;
/** How many lines must share the column width, at least, and as a share of the wide lines. */
const MIN_FULL_LINES = 5;
const MIN_FULL_SHARE = 0.4;
/** A prose line that may be an odd line out: at least this many characters. */
const ODD_LINE_MIN = 40;
/** In prose where more than this share of long lines stops mid-clause, stopping is the style. */
const ODD_LINE_MAX_SHARE = 0.34;
/** Lines this long with clause marks are prose for the style count. */
const PROSE_LINE_MIN = 12;

/** "…重大意义,着": a comma, then one ideograph ends the line (/[，,][\u3400-\u9fff]$/ by code). */
function endsWithLoneCharacterClause(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  const before = line.charCodeAt(line.length - 2);
  return last >= 0x3400 && last <= 0x9fff && (before === 0xff0c || before === 0x2c);
}
const REMNANT = /^[\u3400-\u9fff]{1,3}[。！？!?]/;
const ENDS_WITH_COLON = /[:：;；]$/;
/** A brand, domain or site slogan glued after a paragraph's last sentence is no wrap. */
const BRANDISH = /(?:网|汇|之家|文库|范文|文秘|帮|吧|站|在线|大全|频道|社区|论坛|家园|图书馆|智库)$|[A-Za-z]{3}|\.(?:com|cn|net)/i;
const LAST_SENTENCE_END = /[。！？!?][^。！？!?]*$/;
/** A line that opens with an acronym run into Chinese ("…并联合潍柴" / "BRT快速公交客车。"): a word of the sentence, read as an ideograph is. */
const STARTS_ACRONYM = /^[A-Z]{2,6}[\u3400-\u9fff]/;
const SITE_BRAND_SET = new Set(SITE_BRANDS);

/** The line as it reads without a converter's pinyin readings (大運(yùn)會 stops on 會). */
function withoutPinyin(line: string): string {
  const spans = findPinyinSpans(line);
  return spans.length ? removeSpans(line, spans) : line;
}

/** The width of a PDF's column, when most lines of the text share one. */
export function columnWidth(lines: readonly string[], widths: LineWidths = new LineWidths(lines)): number | undefined {
  // a line far wider than any column is not measured: it only counts as wider
  // (a character is at most two columns wide: a short line is not measured either)
  const measuredWidths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (2 * lines[i]!.length < MIN_COLUMN_WIDTH) continue;
    const w = widths.of(i);
    if (w >= MIN_COLUMN_WIDTH) measuredWidths.push(w);
  }
  if (measuredWidths.length < MIN_FULL_LINES) return undefined;
  const measured = measuredWidths.filter((w) => w !== Infinity);
  // how many lines are at most w wide, for every w (one pass, not one per candidate width)
  const widest = measured.reduce((a, b) => Math.max(a, b), 0);
  const atMost = countsUpTo(widest + 2);
  for (const w of measured) atMost[w + 1]!++;
  for (let w = 1; w <= widest + 1; w++) atMost[w]! += atMost[w - 1]!;
  for (let w = widest; w >= MIN_COLUMN_WIDTH; w--) {
    // a line over the width by up to twice its tolerance is a full line whose punctuation the
    // typesetting narrowed (it holds a character or two more), not a wider one
    const wider = measuredWidths.length - atMost[Math.min(w + 2 * columnTolerance(w), widest) + 1]!;
    if (wider > Math.max(1, 0.1 * measuredWidths.length)) return undefined;
    if (atMost[w + 1] === atMost[w]) continue; // no line this wide
    const full = atMost[w + 1]! - atMost[Math.max(0, w - columnTolerance(w))]!;
    if (full < Math.max(MIN_FULL_LINES, MIN_FULL_SHARE * measuredWidths.length)) continue;
    // In a column most full lines stop mid-sentence; web paragraphs of equal length all end in 。
    let fullLines = 0;
    let open = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!widths.isFull(i, w)) continue;
      fullLines++;
      if (!endsSentence(lines[i]!)) open++;
    }
    return open * 2 >= fullLines ? w : undefined;
  }
  return undefined;
}

/** A measured line is at most MAX_COLUMN_CHARS characters of two columns each: one table, zeroed
 * up to `size` for each text, serves every count (a typed array made per call cost more than the
 * count itself). Entries past `size` are left as they are: nothing reads them. */
const WIDTH_COUNTS = new Int32Array(2 * MAX_COLUMN_CHARS + 2);

function countsUpTo(size: number): Int32Array {
  if (size > WIDTH_COUNTS.length) return new Int32Array(size);
  WIDTH_COUNTS.fill(0, 0, size);
  return WIDTH_COUNTS;
}

/** A stored width that stands for Infinity (a line wider than any column). */
const TOO_WIDE = 0x7fffffff;

/**
 * The display width of each line, measured once (the column's width and every line's fullness
 * are read from it); a line wider than any column counts as Infinity.
 */
class LineWidths {
  /** width + 1 by line (0: not measured yet; TOO_WIDE: wider than any column), made on first use */
  private widths: Int32Array | undefined;

  constructor(private readonly lines: readonly string[]) {}

  of(i: number): number {
    // short lines are never measured: a text of them makes no list at all
    const widths = (this.widths ??= new Int32Array(this.lines.length));
    let stored = widths[i]!;
    if (stored === 0) {
      const line = this.lines[i]!;
      widths[i] = stored = line.length > MAX_COLUMN_CHARS ? TOO_WIDE : displayWidth(line) + 1;
    }
    return stored === TOO_WIDE ? Infinity : stored - 1;
  }

  /** A line as wide as the column, give or take its tolerance. */
  isFull(i: number, column: number): boolean {
    return this.reaches(i, column - columnTolerance(column));
  }

  /** A line short of the column by up to twice its tolerance: a PDF justifies its lines, but
   * text taken from it loses the spacing (a line of narrow punctuation comes out shorter). */
  isNearlyFull(i: number, column: number): boolean {
    return this.reaches(i, column - 2 * columnTolerance(column));
  }

  /** A line of a column (not wider than any) at least `width` wide. */
  private reaches(i: number, width: number): boolean {
    return this.lines[i]!.length <= MAX_COLUMN_CHARS && this.of(i) >= width;
  }
}

/** Justified lines of a column differ by a character or two (an ideograph is two columns wide). */
function columnTolerance(width: number): number {
  return Math.max(3, Math.round(width * 0.06));
}

/** A transcript turn's opening: a name or a name with a title, and a colon. */
const TURN_LABEL = /^[\u4e00-\u9fff]{2,5}[:：]/;

/** A line that is nothing but a sentence's end. */
const LONE_STOP = /^[。！？!?]{1,3}$/;
/** A host's label on a line of its own in a two-host script: 男, 女, 合, 甲, 乙, A, B, 一起, 主持人… */
const HOST_LABEL_ALONE = /^(?:男|女|合|甲|乙|[AB]|男女|一起|齐|主持人[甲乙AB12]?)$/;

/** Never the continuation of a sentence: a heading, a salutation, a speaking part, a noise line. */
function startsAnew(line: string): boolean {
  return startsWithMarker(line) || isSalutationLine(line) || SPEAKER_LABEL.test(line) || someLineRuleMatches(line);
}



/** Notices glued after a paragraph's last sentence (a paywall, a contact, a promo such as
 * "仅供学习 禁止外传", a site's watermark); a short tail that a meta rule takes (a poster's
 * name: "孙中山") may well be the start of a sentence a column wrapped. */
const GLUED_NOTICE_REASONS: ReadonlySet<string> = new Set(['paywall', 'contact', 'promo', 'watermark']);
const GLUED_NOTICE_RULES = LINE_RULES.filter((r) => GLUED_NOTICE_REASONS.has(r.reason));

/** A notice or a known site's name glued after the line's last sentence ("…指正。公务员之家"). */
function endsWithGluedNotice(line: string): boolean {
  if (!hasSentenceEnd(line)) return false;
  const tail = tailOf(foldScript(line));
  return SITE_BRAND_SET.has(tail) || someLineRuleMatches(tail, GLUED_NOTICE_RULES);
}

/** What follows the last sentence end of a line. */
function tailOf(line: string): string {
  const m = LAST_SENTENCE_END.exec(line);
  return (m ? line.slice(m.index + 1) : line).trim();
}

/** What follows the last sentence end of a line stopping mid-clause: a glued brand or notice? */
function tailIsNoise(line: string): boolean {
  const tail = tailOf(line);
  if (!tail) return false;
  // words set apart by spaces ("记者 刘晨 张扬 摄") are a credit or a label, not a clause
  const spacedWords = /\s/.test(tail) && !HAS_CLAUSE_MARK.test(tail);
  return spacedWords || BRANDISH.test(tail) || SITE_BRAND_SET.has(tail) || someLineRuleMatches(tail);
}

/** For each line, whether it goes on in the next one (wrapsOf, as a list for every document). */
export function findWraps(text: readonly string[]): boolean[] {
  return wrapsOf(text) ?? new Array<boolean>(text.length).fill(false);
}

/**
 * For each line, whether it goes on in the next one. `text` holds the lines in order, trimmed
 * ('' is a blank line); what a decision reads in detail is folded to simplified script first.
 * Undefined when no line goes on (most documents: no list is made).
 */
export function wrapsOf(text: readonly string[]): boolean[] | undefined {
  // read as the page reads once converter pinyin is gone: "…大運(yùn)會(huì)" stops on an ideograph
  const lines = mapChanged(text, withoutPinyin);
  // made at the first line that goes on: most documents have none
  let joins: boolean[] | undefined;
  const goesOn = (i: number): void => {
    (joins ??= new Array<boolean>(lines.length).fill(false))[i] = true;
  };
  // blank lines ('') are never measured: no need to copy the others out
  const widths = new LineWidths(lines);
  const column = columnWidth(lines, widths);
  // a column printed double-spaced is read as the column it is, its blank lines aside
  const spaced = column === undefined ? undefined : doubleSpacedLines(lines);
  if (spaced) return wrapsAcrossSpacing(text, spaced);
  let style: LineStyle | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a || !b || endsSentence(a)) continue;
    // a title or heading printed twice (a page's title over the document's own: "…讲话" / "…讲 话") is two lines
    if (!HAS_CLAUSE_MARK.test(a) && isRepeat(a, b)) continue;
    // the sentence's own full stop wrapped onto a line of its own ("…讲几点意见" / "。")
    if (b.length <= 3 && LONE_STOP.test(b)) {
      goesOn(i);
      continue;
    }
    // a host's label broken from its colon ("男" / ":在我们共同见证…")
    if (a.length <= 4 && HOST_LABEL_ALONE.test(a) && (b.startsWith(':') || b.startsWith('：'))) {
      goesOn(i);
      continue;
    }
    if (column !== undefined && widths.isFull(i, column)) {
      // a colon or semicolon before a numbered point ends the line's business; a notice glued
      // after the line's last sentence ("…参考。展开剩余78%") ends its paragraph, however wide
      if (!(ENDS_WITH_COLON.test(a) && startsWithMarker(b)) && !endsWithGluedNotice(a)) goesOn(i);
      continue;
    }
    if (column !== undefined && widths.isNearlyFull(i, column) && endsOpen(a) && continuesNearlyFull(a, b)) {
      goesOn(i);
      continue;
    }
    if (!endsOpen(a) || !(STARTS_IDEOGRAPH.test(b) || STARTS_ACRONYM.test(b))) continue;
    // a short line that carries on a wrapped line and stops mid-clause: the column broke early
    // there (a board's wrap at a phrase), the paragraph goes on ("…由弱到强不断壮" / "大,取得了…")
    if (column !== undefined && joins?.[i - 1] && widths.isFull(i - 1, column) && HAS_CLAUSE_MARK.test(a) && !startsAnew(foldScript(b))) {
      goesOn(i);
      continue;
    }
    // Folding keeps punctuation and keeps an ideograph an ideograph, so the shapes the three
    // tests below need are read on the lines as they are: most pairs of lines fold for nothing.
    if (!(endsWithLoneCharacterClause(a) || REMNANT.test(b) || charLength(a) >= ODD_LINE_MIN)) continue;
    const [fa, fb] = [foldScript(a), foldScript(b)];
    if (SPEAKER_LABEL.test(fa)) continue;
    // a transcript's turns, each opened by its speaker's name ("江教授:…" / "许若溪:…"): a turn ends where the next begins
    if (TURN_LABEL.test(fa) && TURN_LABEL.test(fb)) continue;
    const wrapped =
      (endsWithLoneCharacterClause(fa) && charLength(fa) >= 8) ||
      (REMNANT.test(fb) && HAS_CLAUSE_MARK.test(fa) && charLength(fa) >= 15 && !tailIsNoise(fa)) ||
      (isOddLineOut(fa, fb) && (style ??= new LineStyle(lines)).oddLinesAreRare(i));
    if (wrapped && !startsAnew(fb)) goesOn(i);
  }
  return joins;
}

/** How many lines a double-spaced column holds, at least, and the share of them a blank line follows. */
const MIN_SPACED_LINES = 2 * MIN_FULL_LINES;
const MIN_SPACED_SHARE = 0.8;

/**
 * The lines with text of a column printed double-spaced — a blank line after each, as a viewer or
 * a copy of a PDF spaces them ("…南下的时候" / "" / "大家已经学过…") — or undefined when the text
 * is not. A page that sets its paragraphs apart with blank lines is no column: its lines do not
 * share a width (columnWidth is asked first).
 */
function doubleSpacedLines(lines: readonly string[]): number[] | undefined {
  const filled: number[] = [];
  let spaced = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    filled.push(i);
    if (lines[i + 1] === '' && lines[i + 2]) spaced++;
  }
  return filled.length >= MIN_SPACED_LINES && spaced >= MIN_SPACED_SHARE * (filled.length - 1) ? filled : undefined;
}

/** The wraps of a double-spaced column: read without its blank lines, each join across one (the layout drops the blank). */
function wrapsAcrossSpacing(text: readonly string[], filled: readonly number[]): boolean[] | undefined {
  const inner = wrapsOf(filled.map((i) => text[i]!));
  if (!inner) return undefined;
  const joins = new Array<boolean>(text.length).fill(false);
  for (let k = 0; k + 1 < filled.length; k++) if (inner[k] && filled[k + 1] === filled[k]! + 2) joins[filled[k]!] = true;
  return joins;
}

/** Whether `b` is `a` again, spaces aside. Asked of every pair of lines without a clause mark: the
 * same string and the lengths are compared first, and a key is made only for two lines that may
 * differ in spaces alone (a document of 100,000 identical lines makes none). */
function isRepeat(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.abs(a.length - b.length) <= REPEAT_SPACES && a.charCodeAt(0) === b.charCodeAt(0) && hasCompareKey(b, compareKey(a));
}
/** How many more spaces a repeat may hold. */
const REPEAT_SPACES = 4;

/** The rest of a sentence that a nearly full column line stopping mid-word broke off: prose that
 * does not start anew — and under a numbered heading line, only the heading's remnant ("报》;",
 * "意义": a heading need not end with a mark), never the paragraph below it. */
function continuesNearlyFull(a: string, b: string): boolean {
  const fb = foldScript(b);
  if (startsAnew(fb)) return false;
  return !startsWithMarker(a) || (charLength(b) <= HEADING_REMNANT && (CLAUSE_END.test(b) || (charLength(b) <= BARE_REMNANT && !HAS_CLAUSE_MARK.test(b))));
}
const HEADING_REMNANT = 8;
/** A heading's remnant with no mark at all is a word or two. */
const BARE_REMNANT = 4;
const CLAUSE_END = /[。！？!?；;，,]$/;

/** A long prose line that stops mid-clause, and the rest of its sentence. */
function isOddLineOut(a: string, b: string): boolean {
  if (charLength(a) < ODD_LINE_MIN || !HAS_CLAUSE_MARK.test(a) || !HAS_CLAUSE_MARK.test(b)) return false;
  // a numbered heading stops without punctuation; a numbered paragraph has finished a sentence
  if (startsWithMarker(a) && !hasSentenceEnd(a)) return false;
  // a paragraph may close on a phrase set off by a dash, with no mark after it ("…我心中最可爱的人——物业人")
  if (CLOSING_DASH_PHRASE.test(a)) return false;
  return !tailIsNoise(a);
}
const CLOSING_DASH_PHRASE = /——[^，,。！？!?；;、—]{1,12}$/;

/**
 * How the text's prose lines end. In verse, captions or a site that drops final punctuation,
 * lines stopping on an ideograph are the style, not wraps.
 */
class LineStyle {
  private readonly counted: boolean[];
  private readonly open: boolean[];
  private readonly totalCounted: number;
  private readonly totalOpen: number;

  constructor(lines: readonly string[]) {
    const last = lines.findLastIndex(Boolean);
    // prose lines; not the text's last line (often cut off), headings or noise lines
    this.counted = lines.map((l, i) => i !== last && l.length >= PROSE_LINE_MIN && HAS_CLAUSE_MARK.test(l) && !(startsWithMarker(l) && !hasSentenceEnd(l)));
    // a noise line stopping on an ideograph says nothing about the prose's style
    this.open = lines.map((l, i) => this.counted[i]! && endsOpen(l) && !someLineRuleMatches(foldScript(l)));
    this.totalCounted = this.counted.filter(Boolean).length;
    this.totalOpen = this.open.filter(Boolean).length;
  }

  /** Apart from line `i` itself, few prose lines stop mid-clause. */
  oddLinesAreRare(i: number): boolean {
    const counted = this.totalCounted - (this.counted[i] ? 1 : 0);
    const open = this.totalOpen - (this.open[i] ? 1 : 0);
    return open <= ODD_LINE_MAX_SHARE * counted;
  }
}
