// The text's opening printed again as its last line, from the title on and cut off where the page
// ends: a reader's copy of the page glued under it ("**象棋比赛发言稿****简介** 尊敬的各位领导…"). Every
// word of it stands above already, so the line is the page's. Pure.
import type { LineNoise as Noise } from './types';

const REPEATED_OPENING: Noise = { reason: 'site-chrome', rule: 'site-chrome.repeated-opening' };
/** What the copy must hold past the title to be told from a closing that names the title again. */
const MIN_COPIED = 20;
const MIN_TITLE = 4;
/** Markdown's marks and white space: the copy's formatting, not its words. */
const FORMATTING = /[\s*#_>`]+/g;

const compact = (text: string): string => text.replace(FORMATTING, '');

/** Marks the last line that stays when it is the title and the opening run together, or the start of them. */
export function markRepeatedOpening(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined, title: string): void {
  if (titleIndex === undefined) return;
  const name = compact(title);
  if (name.length < MIN_TITLE) return;
  let last: number | undefined;
  for (let k = nonBlank.length - 1; k >= 0 && last === undefined; k--) if (!noise.has(nonBlank[k]!)) last = nonBlank[k];
  if (last === undefined || last <= titleIndex) return;
  const copy = compact(lines[last]!);
  if (!copy.startsWith(name) || copy.length - name.length < MIN_COPIED) return;
  const copied = copy.slice(name.length);
  // the lines under the title that stay, run together as far as the copy reaches
  let opening = '';
  for (const i of nonBlank) {
    if (i <= titleIndex || noise.has(i)) continue;
    if (i >= last || opening.length >= copied.length) break;
    opening += compact(lines[i]!);
  }
  if (opening.startsWith(copied)) noise.set(last, REPEATED_OPENING);
}
