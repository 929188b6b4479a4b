// Logical paragraphs made of pieces of source blocks. The layout stage joins hard-wrapped lines
// and splits flattened ones; each logical paragraph remembers which stretch of which source
// block every one of its characters came from, so that what the analysis decides about it can
// be handed back to the source blocks with exact offsets.
import type { RemovedReason } from '../types';

/** [start, end) of the raw text of source block `block`. */
export interface Segment {
  block: number;
  start: number;
  end: number;
}

/** One logical paragraph: segments in reading order. */
export interface Unit {
  segments: Segment[];
  heading: boolean;
}

/** Something the layout stage takes out of a source block (a page number, a leaked tag). */
export interface LayoutCut extends Segment {
  reason: RemovedReason;
  rule: string;
}

/** Segments of different blocks are joined with a line break (layout, dropped between CJK
 * characters by normalization); pieces of one block are laid end to end. */
const JOINER = '\n';

export function unitText(unit: Unit, raw: readonly string[]): string {
  const only = unit.segments.length === 1 ? unit.segments[0]! : undefined;
  if (only && only.start === 0 && only.end === raw[only.block]!.length) return raw[only.block]!;
  // joined once, not added to piece by piece: a line of 8,000 blocks is one flat string, not a
  // rope of 16,000 nodes that its first reader copies out again
  const pieces: string[] = [];
  let last = -1;
  for (const s of unit.segments) {
    if (last !== -1 && s.block !== last) pieces.push(JOINER);
    pieces.push(raw[s.block]!.slice(s.start, s.end));
    last = s.block;
  }
  return pieces.join('');
}

/** Where each segment starts in the unit's text. */
export function segmentOffsets(unit: Unit): number[] {
  const at: number[] = [];
  let offset = 0;
  let last = -1;
  for (const s of unit.segments) {
    if (last !== -1 && s.block !== last) offset += JOINER.length;
    at.push(offset);
    offset += s.end - s.start;
    last = s.block;
  }
  return at;
}

/** The source stretches behind [from, to) of the unit's text (joiners map to nothing). */
export function sourceRanges(unit: Unit, from: number, to: number): Segment[] {
  const at = segmentOffsets(unit);
  const out: Segment[] = [];
  unit.segments.forEach((s, i) => {
    const a = Math.max(from, at[i]!);
    const b = Math.min(to, at[i]! + (s.end - s.start));
    if (b > a) out.push({ block: s.block, start: s.start + (a - at[i]!), end: s.start + (b - at[i]!) });
  });
  return out;
}

/** The part of the unit behind [from, to) of its text, as a unit of its own. */
export function sliceUnit(unit: Unit, from: number, to: number): Unit {
  return { segments: sourceRanges(unit, from, to), heading: unit.heading };
}

export function isEmptyUnit(unit: Unit): boolean {
  return unit.segments.every((s) => s.end <= s.start);
}
