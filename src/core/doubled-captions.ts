// A picture's alt text and its caption, both printed: the same short line twice in a row between a
// title and the speech ("蘇慧貞校長108級畢業典禮致詞勉勵畢業生" / the same again, over the next
// picture's pair). A speech does not say one line twice before its first sentence. Pure.
import { isSalutation } from './detect';
import { matchMarker } from './markers';
import { charLength, compareKey } from './normalize';
import { isProse } from './title';
import type { LineNoise as Noise } from './types';

/** The longest caption read as one (a sentence of prose is longer). */
const MAX_CAPTION = 60;
/** How many lines under the title the pairs are looked for. */
const CAPTION_REACH = 12;

/** Marks each pair of identical lines under the title, before the first salutation or prose, as the page's. */
export function markDoubledCaptions(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number): void {
  const at = nonBlank.indexOf(titleIndex);
  const below = nonBlank.slice(at + 1, at + 1 + CAPTION_REACH);
  for (let k = 0; k + 1 < below.length; k++) {
    const i = below[k]!;
    const line = lines[i]!.trim();
    if (isSalutation(line) || isProse(line)) return;
    if (noise.has(i) || charLength(line) > MAX_CAPTION || matchMarker(line)) continue;
    const next = below[k + 1]!;
    if (noise.has(next) || compareKey(lines[next]!) !== compareKey(line)) continue;
    noise.set(i, CAPTION);
    noise.set(next, CAPTION);
    k++;
  }
}

const CAPTION: Noise = { reason: 'site-chrome', rule: 'site-chrome.doubled-caption' };
