// The head of another piece on the page: a collection or a programme prints a second speech
// under its own heading ("「五四」演讲比赛结束语" / "发言人:韩立谦" / "各位老师、各位同学:"). The
// piece's text stays in the body; its heading goes, like a numbered piece heading ("篇2"), and
// so does a bare speaker's label under it. Pure.
import { isSalutation } from './detect';
import { matchMarker } from './markers';
import { charLength } from './normalize';
import { FRAME_RULES } from './rules/frame-rules';
import { hasSentenceEnd, hasStop } from './stops';
import { isByline } from './title';
import type { LineNoise as Noise } from './types';


/** Longest piece heading, in characters: a title, not a sentence. */
const MAX_HEADING = 40;
/** Lines a piece may print between its heading and its salutation (a speaker, a date). */
const MAX_BYLINES = 2;
/** A paragraph's least length, in characters. */
const MIN_PROSE = 40;
const BARE_NAME = FRAME_RULES.find((r) => r.id === 'meta.poster')!;

/**
 * `lines`: as the rules read them; `noise`: the lines found so far; `firstSalutation`: the
 * document's own first salutation (its head is the title search's). Every later salutation on a
 * line of its own with a heading over it opens another piece.
 */
export function markNextPieceHeads(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, firstSalutation: number): void {
  if (firstSalutation === -1) return;
  const kept = nonBlank.filter((i) => i > firstSalutation && !noise.has(i));
  for (let k = 0; k < kept.length; k++) {
    if (!isSalutation(lines[kept[k]!]!)) continue;
    // over the salutation: a speaker or a date, maybe; over them, the heading
    let top = k - 1;
    while (top >= 0 && k - top <= MAX_BYLINES && isBylineOrDate(lines[kept[top]!]!)) top--;
    if (top < 0 || !isHeading(lines[kept[top]!]!)) continue;
    // a piece before it has been read out: prose stands between the first salutation and the heading
    // (a head line that held a glued salutation is no piece: the title's lines follow it)
    if (!kept.slice(0, top).some((i) => isProse(lines[i]!))) continue;
    noise.set(kept[top]!, { reason: 'site-chrome', rule: 'site-chrome.piece-heading' });
    for (let b = top + 1; b < k; b++) {
      if (isBareName(lines[kept[b]!]!.trim())) noise.set(kept[b]!, { reason: BARE_NAME.reason, rule: BARE_NAME.id });
    }
  }
}

/** A paragraph of the speech: long enough, with a sentence in it. */
function isProse(line: string): boolean {
  return charLength(line) >= MIN_PROSE && hasSentenceEnd(line);
}

function isShortLine(line: string): boolean {
  return charLength(line) <= MAX_HEADING && !hasStop(line);
}

/** A line a piece prints between its heading and its salutation: who speaks, or when. */
function isBylineOrDate(line: string): boolean {
  const text = line.trim();
  return isShortLine(text) && (isBareName(text) || isByline(text) || /^[（(][^（()）]*[)）]$/.test(text));
}

function isBareName(line: string): boolean {
  return charLength(line) <= BARE_NAME.maxLength && BARE_NAME.pattern.test(line);
}

/** A title's shape: short, no sentence, no outline marker, not a label ending in a colon. */
function isHeading(line: string): boolean {
  const text = line.trim();
  return isShortLine(text) && !/[:：]$/.test(text) && !isSalutation(text) && !matchMarker(text) && !isBylineOrDate(text);
}
