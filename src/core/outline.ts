// Reads a speech's outline from its cleaned paragraphs (../shared/docs/outline-rules.md):
// block headings and points that open a paragraph, inline points after a sentence end, levels
// by heading rank, runs that must start at 一/1 and count up by one.
import { compiledPattern } from './rules/machine-code';
import { charLength } from './normalize';
import { hasSentenceEnd, sentenceEndAt } from './stops';
import { MARKER_FAMILIES, matchMarker, type MarkerFamily, type MarkerMatch } from './markers';
import type { OutlineItem } from './types';

const INLINE_FAMILIES = MARKER_FAMILIES.filter((f) => f.inline);
/** A sentence end, spaces, and the first character of an inline-capable marker. */
const INLINE_START = /[。！？!?]\s*(?=[一二三四五六七八九十第（(0-9０-９①-⑳首其再最])/g;
const MAX_SENTENCE_CHARS = 50;

/** An open heading: the parent of the points and deeper headings that follow it. */
interface OpenHeading {
  id: number;
  rank: number;
  number: number;
  level: number;
}

interface PendingItem extends OutlineItem {
  /** dash and 首先/其次 items count only in runs of two or more under one parent: a lone
   * "——摘自…" is an attribution, a lone "首先，我代表…" a greeting */
  loneGroup?: string;
  /** a point even when its group holds no other: a dash heading deep in the body */
  standsAlone?: boolean;
}

export function readOutline(paragraphs: readonly string[]): OutlineItem[] {
  const reader = new OutlineReader();
  for (let i = 0; i < paragraphs.length; i++) reader.read(paragraphs[i]!, i);
  return dropLoneItems(reader.items).map(({ level, marker, text }) => ({ level, marker, text }));
}

/** The outline read so far, one paragraph at a time (a method per paragraph, not a long loop body:
 * the per-paragraph work is compiled on its own, soon, in a long document). */
class OutlineReader {
  readonly items: PendingItem[] = [];
  private readonly stack: OpenHeading[] = [];
  private readonly pointRuns = new Map<string, number>();
  private nextId = 1;
  private lastBlockLevel = 0;
  private sequenceRuns = 0;
  private proseSeen = 0;

  read(paragraph: string, index: number): void {
    const { items, stack } = this;
    const text = paragraph.trim();
    const proseAbove = this.proseSeen;
    if (charLength(text) >= PROSE_PARAGRAPH && sentenceEndAt(text) !== -1) this.proseSeen++;
    const opener = matchMarker(text);
    let openerLevel: number | undefined;
    let openerFamily: MarkerFamily | undefined;
    let openerNumber = 0;

    if (opener) {
      const level =
        opener.family.kind === 'heading' ? openHeading(stack, opener, () => this.nextId++) : continuePoint(stack, this.pointRuns, opener);
      if (level !== undefined) {
        const parentId = stack[stack.length - 1]?.id ?? 0;
        items.push({
          level,
          marker: opener.marker,
          text: headingText(sentenceWindow(text, opener.marker.length)),
          ...(opener.family.id === 'dash' ? { loneGroup: `dash:${parentId}`, ...(isDashHeading(text, index, proseAbove) ? { standsAlone: true } : {}) } : {}),
          // 首先 runs are judged one run at a time: a greeting "首先，我代表…" stays prose even
          // when a real 首先/其次/最后 run follows under the same parent. A heading line
          // ("首先,我们弄清楚党员政治生日的含义") is structure on its own, and so is a point that
          // tells the audience what to do ("首先,要学…").
          // A heading or directive counts toward its run too, so a "首先,希望大家…" point is not left
          // alone by the "其次,要…" after it.
          ...(opener.family.id === 'sequence'
            ? {
                loneGroup: `sequence:${parentId}:${opener.number === 1 ? ++this.sequenceRuns : this.sequenceRuns}`,
                ...(isClauseHeading(text, opener.marker.length) || opensDirective(text, opener.marker.length) ? { standsAlone: true } : {}),
              }
            : {}),
        });
        openerLevel = level;
        openerFamily = opener.family;
        openerNumber = opener.number;
        this.lastBlockLevel = level;
      }
    }

    const inlineBase = openerLevel ?? this.lastBlockLevel;
    const points = inlinePoints(text, openerFamily, openerNumber);
    // "首先,…。其次,…。再次,…" in one paragraph: the opener's run goes on inline, so it is not alone
    if (points.some((p) => p.sibling) && openerLevel !== undefined) delete items[items.length - 1]!.loneGroup;
    for (const point of points) {
      items.push({
        level: point.sibling && openerLevel !== undefined ? openerLevel : inlineBase + (point.nested ? 2 : 1),
        marker: point.match.marker,
        text: point.text,
      });
    }
  }
}

/** Paragraphs above a lone dash line that make it part of the body: the title's subtitle
 * ("——在…上的讲话", "——致敬医者") stands right under the title or the salutation. */
const BODY_DEPTH = 3;
/** ...unless that many paragraphs of prose stand above it: the speech has begun ("70年栉风沐雨…。" /
 * "回顾70年的发展历程,大体可分为3个阶段。" / "——第一个阶段,…"). */
const BODY_PROSE = 2;
/** A paragraph of prose: this long, with a sentence end. */
const PROSE_PARAGRAPH = 12;
/** The shortest and longest a dash heading line runs, dash included. */
const MIN_DASH_HEADING = 10;
const MAX_DASH_HEADING = 60;
/** Whose words or where from: a quotation's attribution ("——摘自《…》", "——在…会上的讲话"). */
const ATTRIBUTION = /摘自|选自|引自|出自|节选|转自|来源|作者|记者|[讲講]话|致[辞辭]|[发發]言|[报報]告|》$/;

/** What a dash point's paragraph says after its first sentence, at least, when it goes on. */
const MIN_ELABORATION = 10;

/** A dash line deep in the body that is a heading of its own ("——回望三年拼搏历程,最值得珍惜的
 * 是…"): one line, no sentence end, no attribution — or a paragraph that opens with such a point's
 * sentence and goes on to explain it ("——新征程上,我们要始终保持昂扬奋进的精神状态。全面建设…"); a
 * point even when the capture holds no second one (outline-rules.md reads every dash at the start
 * of a paragraph as a point). A dash sentence alone ("——这是我们共同的心愿。") is a speaker's aside. */
function isDashHeading(text: string, index: number, proseAbove: number): boolean {
  if (index < BODY_DEPTH && proseAbove < BODY_PROSE) return false;
  const end = sentenceEndAt(text);
  const head = end === -1 ? text : text.slice(0, end + 1);
  const length = charLength(head);
  if (length < MIN_DASH_HEADING || length > MAX_DASH_HEADING || ATTRIBUTION.test(head)) return false;
  return end === -1 || charLength(text.slice(end + 1).trim()) >= MIN_ELABORATION;
}

/** The longest a one-clause heading line runs. */
const MAX_CLAUSE_HEADING = 40;

/** A heading line of one clause after its marker: no sentence end, no comma or semicolon, short,
 * and no courtesy ("首先，我代表市委向大家表示感谢" with its full stop lost is a greeting). */
function isClauseHeading(text: string, markerLength: number): boolean {
  if (charLength(text) > MAX_CLAUSE_HEADING) return false;
  const clause = text.slice(markerLength);
  return !CLAUSE_BREAK.test(clause) && !COURTESY.test(clause);
}
const CLAUSE_BREAK = /[。！？!?，,；;]/;
const COURTESY = /代表|感谢|谢意|欢迎|祝贺|问候|致以|敬意|祝愿|祝大家/;

/** What the first of a speaker's points opens with: what the audience is to do ("首先,要学…"),
 * or the first of the items the speaker lists ("首先,是我们的“海味长街”"). */
const DIRECTIVE = /^(?:要|必须|务必|一定要|应当|应该|是)/;
/** The first clause after the marker. */
const FIRST_CLAUSE = /^[^。！？!?，,；;]*/;

/** A point that tells the audience what to do, not a courtesy ("首先,要感谢…" is one): structure,
 * even when the capture ends before its 其次. */
function opensDirective(text: string, markerLength: number): boolean {
  const rest = text.slice(markerLength).trimStart();
  return DIRECTIVE.test(rest) && !COURTESY.test(FIRST_CLAUSE.exec(rest)![0]);
}

/** Places a heading in the stack; returns its level, or undefined when its number breaks the run. */
function openHeading(stack: OpenHeading[], m: MarkerMatch, newId: () => number): number | undefined {
  const rank = m.family.rank;
  const at = stack.findIndex((h) => h.rank === rank);
  if (at >= 0) {
    const open = stack[at]!;
    if (m.number !== 1 && m.number !== open.number + 1) return undefined;
    stack.length = at + 1;
    stack[at] = { id: newId(), rank, number: m.number, level: open.level };
    return open.level;
  }
  if (m.number !== 1) return undefined;
  while (stack.length && stack[stack.length - 1]!.rank > rank) stack.pop();
  const level = stack.length + 1;
  stack.push({ id: newId(), rank, number: 1, level });
  return level;
}

/** A paragraph point sits one level below the nearest heading; returns undefined off-run. */
function continuePoint(stack: OpenHeading[], runs: Map<string, number>, m: MarkerMatch): number | undefined {
  const parent = stack[stack.length - 1];
  const key = `${parent?.id ?? 0}:${m.family.id}`;
  if (m.family.id !== 'dash') {
    const last = runs.get(key);
    const continues = last !== undefined && (m.number === last + 1 || (m.number === Infinity && last >= 1));
    if (m.number !== 1 && !continues) return undefined;
    if (m.number === Infinity) runs.delete(key);
    else runs.set(key, m.number);
  }
  return (parent?.level ?? 0) + 1;
}

interface InlinePoint {
  match: MarkerMatch;
  /** where the marker starts in the paragraph */
  at: number;
  text: string;
  /** continues the run of the marker that opens the paragraph ("一是…。二是…" in one paragraph) */
  sibling: boolean;
  /** one level below the lone heading of a higher rank that stands before its run (nestedRuns) */
  nested?: boolean;
}

const NO_POINTS: readonly InlinePoint[] = Object.freeze([]);

/** Points right after a sentence end that form a run of two or more starting at 一/1. */
function inlinePoints(text: string, openerFamily: MarkerFamily | undefined, openerNumber: number): readonly InlinePoint[] {
  // an inline point stands after a sentence end: a paragraph without one has none (most short ones)
  if (!hasSentenceEnd(text)) return NO_POINTS;
  const candidates: { match: MarkerMatch; at: number }[] = [];
  // One pass finds the places where a marker could start right after a sentence end.
  const starts = compiledPattern(INLINE_START);
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index + m[0].length;
    const match = matchMarker(text.slice(at, at + 12), INLINE_FAMILIES);
    if (match) candidates.push({ match, at });
    starts.lastIndex = at;
  }
  if (!candidates.length) return NO_POINTS; // most paragraphs: nothing more to build
  const accepted: InlinePoint[] = [];
  const byFamily = new Map<string, { match: MarkerMatch; at: number }[]>();
  for (const c of candidates) {
    const list = byFamily.get(c.match.family.id);
    if (list) list.push(c);
    else byFamily.set(c.match.family.id, [c]);
  }
  for (const [familyId, list] of byFamily) {
    // The paragraph's own opener may start the run: "一是…。二是…。三是…" are siblings.
    let last = openerFamily?.id === familyId ? openerNumber : 0;
    let siblingRun = last > 0;
    let run: { match: MarkerMatch; at: number }[] = [];
    const flush = () => {
      if (run.length >= 2 || (siblingRun && run.length >= 1)) {
        for (const c of run) accepted.push({ match: c.match, at: c.at, text: headingText(sentenceWindow(text, c.at + c.match.marker.length)), sibling: siblingRun });
      }
      run = [];
    };
    for (const c of list) {
      // 最后 closes the run it ends ("…。首先,…。其次,…。最后,…"), and never starts one
      if (c.match.number === Infinity) {
        if (last !== Infinity && (run.length > 0 || siblingRun)) {
          run.push(c);
          last = Infinity;
        }
        continue;
      }
      if (c.match.number === last + 1 && (run.length > 0 || siblingRun || c.match.number === 1)) {
        run.push(c);
        last = c.match.number;
      } else if (c.match.number === 1) {
        flush();
        siblingRun = false;
        run = [c];
        last = 1;
      }
    }
    flush();
  }
  return nestedRuns(text, candidates, accepted).sort((a, b) => a.at - b.at);
}

/**
 * A document flattened onto one line keeps its headings inline ("…的思考。一、深刻理解…意义。…(一)守正
 * 创新是…灵魂。…(二)改革的…"): a lone "一、" of a higher rank right before a run of lower-rank headings
 * starting at 1 is their parent (its "二、" lies further on, often past the capture), and the run sits
 * under it.
 */
function nestedRuns(text: string, candidates: readonly { match: MarkerMatch; at: number }[], accepted: InlinePoint[]): InlinePoint[] {
  const first = accepted.find((p) => p.match.family.kind === 'heading' && p.match.number === 1 && !p.sibling);
  if (!first) return accepted;
  const parent = candidates.filter((c) => c.at < first.at && c.match.number === 1 && c.match.family.kind === 'heading' && c.match.family.rank < first.match.family.rank).pop();
  if (!parent || accepted.some((p) => p.at === parent.at)) return accepted;
  for (const p of accepted) if (p.match.family === first.match.family && p.at >= first.at) p.nested = true;
  return [...accepted, { match: parent.match, at: parent.at, text: headingText(sentenceWindow(text, parent.at + parent.match.marker.length)), sibling: false }];
}

/** A heading is one sentence: reading a bounded window keeps a 1 MB paragraph linear. */
const SENTENCE_WINDOW = 2000;
function sentenceWindow(text: string, from: number): string {
  return text.slice(from, from + SENTENCE_WINDOW);
}

/**
 * The heading text after a marker: a standalone line gives all of it; otherwise the first
 * sentence, cut at the first comma, semicolon or colon when longer than 50 characters.
 * A sentence end inside “quotes” or 《titles》 does not end the sentence, unless the text opens
 * with the quote.
 */
export function headingText(rest: string): string {
  const text = rest.trim();
  const end = firstSentenceEnd(text);
  if (end === -1) return text;
  let sentence = text.slice(0, end).trim();
  if (charLength(sentence) > MAX_SENTENCE_CHARS) {
    const cut = /[，,；;：:]/.exec(sentence);
    if (cut) sentence = sentence.slice(0, cut.index);
  }
  return sentence;
}

function firstSentenceEnd(text: string): number {
  // A heading that opens with a quoted question or call ("第三,“怎么走?”当然…") is that sentence.
  const quoteHidesEnds = !text.startsWith('“');
  let depth = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '《') depth++;
    else if ((ch === '”' || ch === '》') && depth > 0) depth--;
    else if (hasSentenceEnd(ch)) {
      if (first === -1) first = i;
      if (depth === 0 || !quoteHidesEnds) return i;
    }
  }
  // Unbalanced quotes: fall back to the first sentence end anywhere.
  return first;
}

function dropLoneItems(items: PendingItem[]): PendingItem[] {
  const counts = new Map<string, number>();
  for (const i of items) if (i.loneGroup !== undefined) counts.set(i.loneGroup, (counts.get(i.loneGroup) ?? 0) + 1);
  const kept: PendingItem[] = [];
  // the points read under a dropped item rise to its level: they were nested under a marker that is prose
  let dropped: number | undefined;
  for (const i of items) {
    if (dropped !== undefined && i.level <= dropped) dropped = undefined;
    if (i.loneGroup === undefined || i.standsAlone === true || (counts.get(i.loneGroup) ?? 0) >= 2) {
      kept.push(dropped === undefined ? i : { ...i, level: i.level - 1 });
    } else dropped ??= i.level;
  }
  return kept;
}
