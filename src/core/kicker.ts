// A kicker: the short line a page prints over the title where the article's own heading block
// starts again ("十四届全国人大常委会履职学习专题讲座第二讲" over the title printed a second time):
// a series or a column, the page's label for the text, not a line of it. Pure.
import { isHeadingShaped } from './heading-shape';
import type { LineNoise as Noise } from './types';

/**
 * `lines`: as the rules read them; `noise`: the lines found so far, the title's repeats among
 * them. The kept line right over the title's first repeat in the head, when it reads as a label.
 */
export function markKicker(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number, bodyStart: number): void {
  const repeat = nonBlank.find((i) => i > titleIndex && i < bodyStart && noise.get(i)?.rule === 'duplicate-title');
  if (repeat === undefined) return;
  const above = nonBlank.findLast((i) => i > titleIndex && i < repeat && !noise.has(i));
  if (above === undefined) return;
  // a label's shape; a byline ("县长 王强") or a date line there is the speech's own
  if (!isHeadingShaped(lines[above]!)) return;
  noise.set(above, { reason: 'site-chrome', rule: 'site-chrome.kicker' });
}
