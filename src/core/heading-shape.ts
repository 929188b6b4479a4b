// The shape of a heading line a page prints around a text's own head — a kicker over the title,
// a piece's heading over its salutation — and of the byline or date that may stand under it.
// Shape only: where such a line stands decides what it is (page-header.ts, next-piece.ts). Pure.
import { isSalutation } from './detect';
import { matchMarker } from './markers';
import { charLength } from './normalize';
import { FRAME_RULES } from './rules/frame-rules';
import { hasStop } from './stops';
import { isByline } from './title';

/** Longest heading, in characters: a title or a label, not a sentence. */
const MAX_HEADING = 40;
const BARE_NAME = FRAME_RULES.find((r) => r.id === 'meta.poster')!;
/** A date line in brackets: "(2005年3月15日)". */
const DATE_LINE = /^[（(][^（()）]*[)）]$/;

/** A speaker's bare name or label with one ("韩立谦", "发言人:韩立谦"): the meta.poster rule's. */
export function isBareName(line: string): boolean {
  return charLength(line) <= BARE_NAME.maxLength && BARE_NAME.pattern.test(line);
}

/** Who speaks or when, on a line of its own: a bare name, a byline with a position, a date. */
export function isBylineOrDate(line: string): boolean {
  const text = line.trim();
  return isShortLine(text) && (isBareName(text) || isByline(text) || DATE_LINE.test(text));
}

/** A heading's shape: short, no sentence, no label's colon, no salutation, no outline marker, no byline or date. */
export function isHeadingShaped(line: string): boolean {
  const text = line.trim();
  return isShortLine(text) && !/[:：]$/.test(text) && !isSalutation(text) && !matchMarker(text) && !isBylineOrDate(text);
}

function isShortLine(line: string): boolean {
  return charLength(line) <= MAX_HEADING && !hasStop(line);
}
