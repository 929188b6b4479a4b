// Notices glued into a paragraph that also holds speech, wherever they stand: before the
// speech ("客服微信：gwyoo2024 各级各部门要…"), between two of its sentences ("一、提高认识。
// 客服微信：… 各级各部门要…") or after it ("…确保万无一失。内容仅供学习,如需复制请赞助VIP会员").
// The paragraph is read in segments — its sentences, and an ASCII id set apart from the Chinese
// text after it — and each segment the line rules call noise is cut; the others stay.
import { matchMarker } from './markers';
import { SALUTATION_LINE } from './rules/speech-cues';
import { isRegExpSpaceCode } from './normalize';
import { hasSentenceEnd } from './stops';
import type { Span } from './watermark';

export interface Segment extends Span {
  /** the segment without the spaces around it, as the line rules read it */
  text: string;
}

/** A sentence end, and the closing quotes and brackets that belong to it (ASCII ! and ? only
 * when no URL or id goes on after them); an ASCII id set apart from the Chinese text after it.
 * Sticky: tried only where a match can begin (segmentEndsOf). */
export const SEGMENT_END = /[。！？]+[”’」』）)]*|[!?]+(?![A-Za-z0-9=&%/_-])[”’」』）)]*|(?<=[A-Za-z0-9_-]{5})\s+(?=[\u4e00-\u9fff（(【\[])/y;
/** Five ASCII id characters ([A-Za-z0-9_-]) stand right before `at`: white space there may end a segment. */
function followsId(text: string, at: number): boolean {
  if (at < 5) return false;
  for (let i = at - 5; i < at; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d)) return false;
  }
  return true;
}

/** An aside in brackets opening a segment ("（老笔头原创解析,仅供会员学习）要提高…"), not a marker
 * ("（一）"): a segment of its own. */
const OPENING_ASIDE = /\s*[（(【\[][^（()）【】\[\]]{6,40}[）)】\]]/y;
/** Every segment boundary needs one of these: a sentence end, a space, an opening bracket (or a
 * comma before a closing salutation: salutationClosing). */
const MAY_SPLIT = /[。！？!?\s（(【\[]/;
/** A finished sentence of speech: some text, then a sentence end. */
export const FINISHED_SENTENCE = /[\u4e00-\u9fff][^。！？!?]{6,}[。！？!?]/;

/** Words, then the site's ellipsis: what stands before a notice that a site appended to a
 * sentence of speech it cut off ("…我们必须 ……(未完,全文共6267字…"). */
function appendedToSpeech(lead: string): boolean {
  const dots = lead.indexOf('...');
  const ellipsis = lead.indexOf('…');
  const at = dots === -1 ? ellipsis : ellipsis === -1 ? dots : Math.min(dots, ellipsis);
  return at > 3 && /[\u4e00-\u9fff]/.test(lead.slice(0, at - 3));
}

// The last paragraph segmented, and its segments: a long paragraph with glued notices is
// segmented by the peeler, then again as the text its cuts leave (the residue check), which is
// the text the re-read peeled a moment before.
let lastText: string | undefined;
let lastSegments: readonly Segment[] = [];

/** The segments of a paragraph, in order; together they cover it. */
export function segmentsOf(text: string): readonly Segment[] {
  if (text !== lastText) {
    lastSegments = findSegments(text);
    lastText = text;
  }
  return lastSegments;
}

function findSegments(text: string): Segment[] {
  const out: Segment[] = [];
  // nothing that ends a segment or opens an aside: one segment (most short lines), or two when
  // a salutation closes it
  if (!MAY_SPLIT.test(text)) {
    push(out, text, 0, text.length);
    return out;
  }
  let start = 0;
  for (const end of segmentEndsOf(text)) {
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/**
 * Where the matches of SEGMENT_END end, as its global scan finds them. A match begins with a
 * sentence end or white space (the look-behind reads no character of its own), so the pattern is
 * tried at those positions only: a long paragraph is not read by all of it at every character.
 */
export function segmentEndsOf(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || (isRegExpSpaceCode(c) && followsId(text, i)))) continue;
    SEGMENT_END.lastIndex = i;
    const m = SEGMENT_END.exec(text);
    if (!m) continue;
    i = m.index + m[0].length;
    ends.push(i);
    i--; // the loop steps on to the match's end
  }
  return ends;
}

function push(out: Segment[], text: string, start: number, end: number): void {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  const salutation = salutationClosing(text, start, last);
  if (salutation !== -1) {
    push(out, text, start, salutation);
    pushPiece(out, text, salutation, end);
    return;
  }
  for (;;) {
    OPENING_ASIDE.lastIndex = start;
    const aside = OPENING_ASIDE.exec(text);
    const cut = aside ? start + aside[0].length : end;
    if (cut >= last) break;
    pushPiece(out, text, start, cut);
    start = cut;
  }
  pushPiece(out, text, start, end);
}

/**
 * Where a salutation closing a segment after a comma begins ("下面是本站网友给大家分享的“…”,老师、
 * 同学们:"), or -1: the speech's opening, glued after a site's words, is a segment of its own, so a
 * rule that takes the words does not take it with them.
 */
function salutationClosing(text: string, start: number, last: number): number {
  const end = text.charCodeAt(last - 1);
  if (end !== 0x3a && end !== 0xff1a) return -1;
  if (SALUTATION_LINE.test(text.slice(start, last).trim())) return -1;
  // a salutation is a line's length at most: only the commas near the end are tried
  for (let i = Math.max(start, last - SALUTATION_REACH); i < last; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2c || c === 0xff0c) && SALUTATION_LINE.test(text.slice(i + 1, last).trim())) return i + 1;
  }
  return -1;
}

/** How far before a segment's end a salutation closing it may begin. */
const SALUTATION_REACH = 120;

function pushPiece(out: Segment[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end);
  const trimmed = piece.trim();
  if (trimmed) out.push({ start, end, text: trimmed });
  else if (out.length) out[out.length - 1]!.end = end;
}

/** An outline point opening a segment ("首先，", "第一，", "一是"): the speech's, not a notice's. */
function isPoint(text: string): boolean {
  const family = matchMarker(text)?.family;
  return family?.kind === 'point' && family.id !== 'dash';
}

/** A few words of text: what a segment before a notice holds when it is speech, not a label. */
const WORDS = /[\u4e00-\u9fff](?:[^\u4e00-\u9fff]{0,2}[\u4e00-\u9fff]){3}/;

/**
 * Whether a whole-line rule whose match starts at `at` may take the whole line: no speech
 * stands beside the notice it matched — no outline heading or point and no words that are not
 * a notice in a segment before it ("一、提高认识。客服微信：…", "要加强防汛工作 ……(未完…)"), no outline
 * point or words it was appended to in its own segment ("二是…我们必须 ……(未完…"), and after
 * it no finished sentence that is not a notice too ("…VIP会员。各级各部门要压实责任。").
 */
export function lineIsAllNotice(line: string, at: number, isHeading: (text: string) => boolean, isNotice: (segment: string) => boolean): boolean {
  const segments = segmentsOf(line);
  const k = segments.findIndex((s) => at < s.end);
  if (k === -1) return true;
  const own = segments[k]!;
  // an outline point before it stays the speech's even when a notice follows it in its own
  // segment ("第一，QQ：206157060 本站原创，…"): the peeler cuts the notices around it
  if (segments.slice(0, k).some((s) => isHeading(s.text) || isPoint(s.text) || (WORDS.test(s.text) && !isNotice(s.text)))) return false;
  const lead = line.slice(own.start, at).trimStart();
  if (lead && (isHeading(own.text) || isPoint(own.text) || appendedToSpeech(lead))) return false;
  // a heading or the salutation after the notice ("客服微信：gwyoo2024 一、提高认识")
  if (segments.slice(k + 1).some((s) => isHeading(s.text) || SALUTATION_LINE.test(s.text))) return false;
  // An aside in brackets after the notice goes on with it.
  return !segments.slice(k + 1).some((s) => !/^[（(【\[]/.test(s.text) && FINISHED_SENTENCE.test(s.text) && !isNotice(s.text));
}

/** Where a bracket that opens at `from` (white space aside) closes, when it closes before `to`. */
function leadingBracketEnd(text: string, from: number, to: number): number | undefined {
  let i = from;
  while (i < to && isRegExpSpaceCode(text.charCodeAt(i))) i++;
  const close = CLOSING_OF[text[i]!];
  if (!close) return undefined;
  const end = text.indexOf(close, i + 1);
  return end !== -1 && end + 1 < to && end - i <= MAX_BRACKETED_NOTICE ? end + 1 : undefined;
}
const CLOSING_OF: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']' };
/** The longest bracketed notice read apart from what follows it. */
const MAX_BRACKETED_NOTICE = 80;

/** How many segments are read from the end of a paragraph in which no rule's words occur
 * (a rule anchored at a line's start may still match a segment that closes it). */
const TAIL_SEGMENTS = 3;

type Classify<N> = (segment: string) => N | undefined;
type NoiseSpan<N> = Span & { noise: N };

/** Where a notice segment opened by an outline point starts after it ("首先，客服微信：gwyoo2024"). */
function afterPoint(text: string, segment: Segment): number | undefined {
  const marker = matchMarker(segment.text);
  if (!marker || !isPoint(segment.text)) return undefined;
  return text.indexOf(marker.marker, segment.start) + marker.marker.length;
}

/**
 * The noise segments of a paragraph, each with what the rules called it. `all` tells whether
 * every segment is noise (the paragraph is then the site's, whole). `anywhere` says whether a
 * rule's words occur in the paragraph at all: when not, only its last few segments are read
 * (the notices glued after the speech), which keeps long clean paragraphs cheap. A point marker
 * opening a notice segment stays ("首先，客服微信：…"). `joinTails`: a notice's last words that a
 * split set apart go with it.
 */
export function peelNotices<N>(
  text: string,
  classify: Classify<N>,
  anywhere = true,
  joinTails = false,
): { spans: NoiseSpan<N>[]; all: boolean } {
  const segments = segmentsOf(text);
  const spans: NoiseSpan<N>[] = [];
  // One segment is the whole line: the whole-line rules have read it already.
  if (segments.length < 2) return { spans, all: false };
  if (!anywhere) {
    for (let k = segments.length - 1; k >= Math.max(0, segments.length - TAIL_SEGMENTS); k--) {
      const s = segments[k]!;
      const noise = classify(s.text);
      if (noise === undefined) {
        // the speech's salutation closing the paragraph: the notices glued before it are read on
        if (k === segments.length - 1 && SALUTATION_LINE.test(s.text)) continue;
        break;
      }
      spans.push({ start: s.start, end: s.end, noise });
    }
    return { spans: spans.reverse(), all: false };
  }
  let whole = 0;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    let noise = classify(s.text);
    let start = s.start;
    if (noise === undefined) {
      // a point, then a notice: the notice goes, the point stays
      const at = afterPoint(text, s);
      if (at === undefined) continue;
      noise = classify(text.slice(at, s.end).trim());
      if (noise === undefined) continue;
      start = at;
    } else whole++;
    // a bracketed notice the split left a sentence of the speech behind in its segment ("（…仅供会员学习,
    // 未经许可严禁外传）谢谢大家！"): only the bracket goes
    const bracketEnd = leadingBracketEnd(text, start, s.end);
    if (bracketEnd !== undefined) {
      const rest = text.slice(bracketEnd, s.end).trim();
      if (rest && classify(rest) === undefined && classify(text.slice(start, bracketEnd).trim()) !== undefined) {
        if (start === s.start) whole--;
        spans.push({ start, end: bracketEnd, noise });
        continue;
      }
    }
    // the words a split took off the end of a notice that closes the paragraph ("加V：bgz_cailiao
    // 领取全套"), when the rules read the two as one notice (left behind, they read as a wrapped line);
    // never the speech's salutation
    const next = segments[k + 1];
    if (joinTails && next && k + 2 === segments.length && !hasSentenceEnd(next.text) && !SALUTATION_LINE.test(next.text) && classify(next.text) === undefined && classify(text.slice(start, next.end).trim()) !== undefined) {
      spans.push({ start, end: next.end, noise });
      if (start === s.start) whole++;
      k++;
    } else spans.push({ start, end: s.end, noise });
  }
  return { spans, all: whole === segments.length };
}
