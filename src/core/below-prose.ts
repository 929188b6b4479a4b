// Where a heading stands under the text's prose: the site's tails (a comment thread, generated questions, a
// ceremony's roster) open with a heading below paragraphs of prose, so a line like it in the page's header takes
// nothing. Pure.
import { hasSentenceEnd } from './stops';
import type { LineNoise as Noise } from './types';

/** Paragraphs of prose a tail's heading must stand below, and what makes one. */
const PROSE_ABOVE = 2;
const PROSE_LENGTH = 30;

/**
 * The first place k in `nonBlank` (lines of the body, at or past `bodyStart`) below enough prose at which
 * `opensTail(k, line)` holds, or -1. `line` is trimmed; prose is counted on lines no rule took.
 */
export function tailHeadingBelowProse(
  lines: readonly string[],
  nonBlank: readonly number[],
  noise: ReadonlyMap<number, Noise>,
  bodyStart: number,
  opensTail: (k: number, line: string) => boolean,
): number {
  let prose = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (i < bodyStart) continue;
    const line = lines[i]!.trim();
    if (prose >= PROSE_ABOVE && opensTail(k, line)) return k;
    if (!noise.has(i) && line.length >= PROSE_LENGTH && hasSentenceEnd(line)) prose++;
  }
  return -1;
}
