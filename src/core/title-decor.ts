// A title without what template sites add to it (rules/title-decorations.ts), and the piece
// headings of collection pages ("…讲话稿 篇1", "【篇一:…】", a lone "一"). Pure.
import { compiledPattern } from './rules/machine-code';
import { hasStop } from './stops';
import { mayHoldDecoration, TITLE_DECORATIONS, type DecorationKind } from './rules/title-decorations';

export interface Decoration {
  /** offsets into the title as given */
  start: number;
  end: number;
  rule: string;
  kind: DecorationKind;
}

export interface StrippedTitle {
  text: string;
  /** where `text` lies in the title as given */
  start: number;
  end: number;
  decorations: Decoration[];
}

/** Rounds of stripping: each round strips at most one decoration per rule. */
const MAX_ROUNDS = 6;
/** What must stay of a title for a decoration to be taken off it. */
const MIN_TITLE = 2;

/**
 * Strips decorations from both ends until none matches. The text in between is returned
 * trimmed; the decorations are listed in the order they were found, with offsets into `title`.
 */
export function stripTitleDecorations(title: string): StrippedTitle {
  let lo = 0;
  let hi = title.length;
  const decorations: Decoration[] = [];
  const trim = () => {
    while (lo < hi && /\s/.test(title[lo]!)) lo++;
    while (hi > lo && /\s/.test(title[hi - 1]!)) hi--;
  };
  trim();
  if (!mayHoldDecoration(title.slice(lo, hi))) return { text: title.slice(lo, hi), start: lo, end: hi, decorations };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const d of TITLE_DECORATIONS) {
      const current = title.slice(lo, hi);
      const m = compiledPattern(d.pattern).exec(current);
      if (!m || !m[0] || (d.accept && !d.accept(m, current))) continue;
      const start = lo + m.index;
      const end = start + m[0].length;
      const keep = m.groups?.keep;
      if (keep !== undefined) {
        const keepStart = start + m[0].indexOf(keep);
        const keepEnd = keepStart + keep.length;
        if (keep.trim().length < MIN_TITLE) continue;
        if (keepStart > start) decorations.push({ start, end: keepStart, rule: d.id, kind: d.kind });
        if (end > keepEnd) decorations.push({ start: keepEnd, end, rule: d.id, kind: d.kind });
        lo = keepStart;
        hi = keepEnd;
      } else {
        const rest = d.at === 'start' ? title.slice(end, hi) : title.slice(lo, start);
        if (rest.trim().length < MIN_TITLE) continue;
        decorations.push({ start, end, rule: d.id, kind: d.kind });
        if (d.at === 'start') lo = end;
        else hi = start;
      }
      trim();
      changed = true;
    }
    if (!changed) break;
  }
  return { text: title.slice(lo, hi), start: lo, end: hi, decorations };
}

/** A piece's number on a line of its own: "一", "二:", "篇一", "第二篇", "（三）", "講稿一". */
const LONE_PIECE_NUMBER = /^(?:第\s*)?(?:(?:篇|讲稿|講稿|范文|範文)\s*)?[一二三四五六七八九十]{1,3}\s*篇?\s*[:：]?$|^第\s*[0-9０-９]{1,2}\s*篇\s*[:：]?$|^篇\s*[0-9０-９]{1,2}$/;
/** How the name of a collection's piece ends: its genre, or the site's word for a sample. */
const COLLECTION_NAME = /(?:讲话|講話|致辞|致辭|致词|发言|發言|演讲|演講|演说|演說|稿|词|詞|辞|辭|范文|範文|范例|範例|简短|簡短|大全|精选|精選|模板|例文|党课|黨課)$/;
/** What every piece number holds: 篇, a number after the name at the end, or a 范文N label in front. */
const MAYBE_PIECE = /篇|[\u4e00-\u9fff]\s?[0-9]{1,2}\s*$|[\u4e00-\u9fff]\s*[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]\s?[:：]?\s*$|^\s*(?:范文|範文|例文|样文|樣文)/;
/** A name, then the first piece's number with its colon, glued: "…主持词篇一:", "…讲话第1篇:". */
const GLUED_FIRST_PIECE = /^([^。！？!?；;:：]{4,50}?)(?=(?:篇\s*[一1１]|第\s*[一1１]\s*篇)\s*[:：])/;
/** Longest line read as a piece heading. */
const PIECE_HEADING_LENGTH = 80;

export interface PieceHeading {
  /** the piece's own title the heading carries ("" for a lone number) */
  title: string;
  /** the piece number alone is "1"/"一" or absent: the heading opens the first piece */
  first: boolean;
}

/**
 * Reads a line as a collection page's piece heading: the piece's name with a piece number
 * ("援藏教师欢送会发言稿 篇1", "在技能节开幕式上的讲话篇一", "…范文第1篇", "【篇一:…】", "第1篇:…")
 * or the number alone. A bare trailing number ("…优秀范例1") only counts when it is 1: elsewhere it
 * may be the title's own.
 */
export function readPieceHeading(line: string): PieceHeading | undefined {
  if (line.length > SHORT_LINE) return readPiece(line);
  // Short lines (a lone number, a bare marker) come again and again down a document and every
  // one is read: their answers are remembered (bounded; the answers are never written to).
  let answer = shortAnswers.get(line);
  if (answer === undefined) {
    if (shortAnswers.size >= REMEMBERED) shortAnswers.clear();
    shortAnswers.set(line, (answer = readPiece(line) ?? null));
  }
  return answer ?? undefined;
}
const SHORT_LINE = 12;
const UNCLOSED_PIECE_BRACKET = /^[【\[〔]\s?(?=篇\s?[一二三四五六七八九十\d]{1,3}$)/;
const REMEMBERED = 4096;
const shortAnswers = new Map<string, PieceHeading | null>();

function readPiece(line: string): PieceHeading | undefined {
  if (line.length > PIECE_HEADING_LENGTH || hasStop(line)) return undefined;
  // The page's title glued before the first piece's heading: "…会议主持词篇一:述职述廉大会主持词".
  const glued = GLUED_FIRST_PIECE.exec(line);
  if (glued && COLLECTION_NAME.test(glued[1]!)) {
    const piece = readPieceHeading(line.slice(glued[1]!.length));
    if (piece?.first && piece.title) return piece;
  }
  // a lone number may stand in brackets: "【篇一】", "[第2篇]" — or behind one the site left open ("【篇1")
  const bare = line.trim().replace(/^[【\[〔]\s?([^【】\[\]〔〕]{1,8}?)\s?[】\]〕]$/, '$1').replace(UNCLOSED_PIECE_BRACKET, '');
  const lone = compiledPattern(LONE_PIECE_NUMBER).exec(bare);
  if (lone) return { title: '', first: /^(?:第\s*)?(?:(?:篇|讲稿|講稿|范文|範文)\s*)?(?:一|1|１)\s*篇?\s*[:：]?$/.test(bare) };
  if (!MAYBE_PIECE.test(line)) return undefined;
  const stripped = stripTitleDecorations(line);
  const pieces = stripped.decorations.filter((d) => d.kind === 'piece-number');
  if (!pieces.length) return undefined;
  const numbers = pieces.map((d) => line.slice(d.start, d.end).replace(/[^0-9０-９一二三四五六七八九十百两兩]/g, '')).filter(Boolean);
  const first = numbers.every((n) => n === '1' || n === '１' || n === '一');
  // A bare or bracketed number needs a name that reads as a collection's ("附件1" is no piece).
  const loose = pieces.every((d) => d.rule === 'title.piece-number-digit' || d.rule === 'title.piece-number-paren');
  if (loose && (!first || !COLLECTION_NAME.test(stripped.text))) return undefined;
  return { title: stripped.text, first };
}
