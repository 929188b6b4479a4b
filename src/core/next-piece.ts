// The head of another piece on the page: a collection or a programme prints a second speech
// under its own heading ("「五四」演讲比赛结束语" / "发言人:韩立谦" / "各位老师、各位同学:"). The
// piece's text stays in the body; its heading goes, like a numbered piece heading ("篇2"), and
// so does a bare speaker's label under it. Pure.
import { isSalutation } from './detect';
import { isBareName, isBylineOrDate, isHeadingShaped } from './heading-shape';
import { charLength } from './normalize';
import { hasSentenceEnd } from './stops';
import type { LineNoise as Noise } from './types';

/** Lines a piece may print between its heading and its salutation (a speaker, a date). */
const MAX_BYLINES = 2;
/** A paragraph's least length, in characters. */
const MIN_PROSE = 40;

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
    if (top < 0 || !isHeadingShaped(lines[kept[top]!]!)) continue;
    // a piece before it has been read out: prose stands between the first salutation and the heading
    // (a head line that held a glued salutation is no piece: the title's lines follow it)
    if (!kept.slice(0, top).some((i) => readsAsParagraph(lines[i]!))) continue;
    noise.set(kept[top]!, { reason: 'site-chrome', rule: 'site-chrome.piece-heading' });
    for (let b = top + 1; b < k; b++) {
      if (isBareName(lines[kept[b]!]!.trim())) noise.set(kept[b]!, { reason: 'meta', rule: 'meta.poster' });
    }
  }
}

/** A paragraph of the speech: long enough, with a sentence in it. */
function readsAsParagraph(line: string): boolean {
  return charLength(line) >= MIN_PROSE && hasSentenceEnd(line);
}
