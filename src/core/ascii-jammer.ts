// A forum's anti-collection jammer (Discuz's): runs of one- to three-character ASCII scraps planted
// on lines of their own and at the edges of the text's lines ("/ @7 K9 v5 C. ^ 首先,我代表…",
// "; s. I0 E; P+ j3 i3 v* z) T, T", "…口号:: d4 j6 [$ E4 K4 }"). No writer types five such scraps in a
// row, most of them holding a digit or a mark; a page is read as jammed when three of its lines hold
// a run, and then every run at a line's edge is cut (rule 'watermark.ascii-jammer') and a line that
// is one run goes whole. Read token by token, not by a regex over the line: a run is a list of short
// words, and a backtracking pattern over one would cost more than the line. Pure.
import type { DebrisSpan } from './glued-debris';
import type { LineNoise as Noise } from './types';

/** Scraps a run holds at least, and how many of them hold a digit or a mark. */
const MIN_SCRAPS = 5;
const MIN_MARKED = 3;
/** How many lines with a run make the page a jammed one. */
const MIN_LINES = 3;
const RULE = 'watermark.ascii-jammer';
const JAMMER_LINE: Noise = { reason: 'watermark', rule: RULE };

/** A printable ASCII character other than the space. */
function isScrapCode(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The scraps of a run read from `from` in `step` direction (+1 or -1): where it ends (exclusive, in reading order) and its counts. */
function readRun(text: string, from: number, step: 1 | -1): { end: number; scraps: number; marked: number } {
  let i = from;
  let scraps = 0;
  let marked = 0;
  let last = from;
  for (;;) {
    let length = 0;
    let hasMark = false;
    while (i >= 0 && i < text.length && isScrapCode(text.charCodeAt(i)) && length < 4) {
      if (!isLetterCode(text.charCodeAt(i))) hasMark = true;
      i += step;
      length++;
    }
    // a scrap is one to three characters, ended by one space (or the line's edge)
    const edge = i < 0 || i >= text.length;
    if (length === 0 || length > 3 || (!edge && text.charCodeAt(i) !== 0x20)) break;
    scraps++;
    if (hasMark) marked++;
    last = i;
    if (edge) break;
    i += step; // over the space
  }
  return { end: last, scraps, marked };
}

const isRun = (r: { scraps: number; marked: number }) => r.scraps >= MIN_SCRAPS && r.marked >= MIN_MARKED;

/** The jammer runs at the edges of a line: [start, end) spans, spaces included; the whole line when it is one run. */
function edgeRuns(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const head = readRun(text, 0, 1);
  if (isRun(head)) {
    if (head.end >= text.length) return [{ start: 0, end: text.length }];
    spans.push({ start: 0, end: head.end + 1 });
  }
  const tail = readRun(text, text.length - 1, -1);
  if (isRun(tail) && tail.end >= 0 && tail.end > (spans[0]?.end ?? 0)) spans.push({ start: tail.end, end: text.length });
  return spans;
}

/** Whether a run may stand at an edge of `text`: its first or last code tells, and most lines pass at once. */
function mayHoldEdgeRun(text: string): boolean {
  return text !== '' && (isScrapCode(text.charCodeAt(0)) || isScrapCode(text.charCodeAt(text.length - 1)));
}

/** Whether enough of `lines` hold a jammer run at an edge for every run to be read as one. */
export function hasAsciiJammer(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) {
    const text = line.trim();
    if (mayHoldEdgeRun(text) && edgeRuns(text).length && ++count >= MIN_LINES) return true;
  }
  return false;
}

/** Lines that are one run, on a jammed page: the jammer's. */
export function markAsciiJammerLines(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (const i of nonBlank) {
    const text = lines[i]!.trim();
    if (noise.has(i) || !isScrapCode(text.charCodeAt(0))) continue;
    const runs = edgeRuns(text);
    if (runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end === text.length) noise.set(i, JAMMER_LINE);
  }
}

/** The runs glued to a line's edges, on a jammed page. */
export function findAsciiJammer(text: string): DebrisSpan[] {
  return mayHoldEdgeRun(text) ? edgeRuns(text).map((s) => ({ ...s, reason: 'watermark', rule: RULE })) : [];
}
