// The page's header between its headline and the title printed again, where the article's own
// heading block starts: a kicker ("十四届全国人大常委会履职学习专题讲座第二讲", a series or a column),
// the posting date, a photo's caption. The page's lines about the text, not lines of it. Pure.
import { isSalutation } from './detect';
import { isBylineOrDate, isHeadingShaped } from './heading-shape';
import { charLength } from './normalize';
import { DATE_LINE } from './title';
import type { LineNoise as Noise } from './types';

/** Shortest caption or lead between the title and its repeat: longer than a title line. */
const MIN_CAPTION = 60;

/**
 * `lines`: as the rules read them; `noise`: the lines found so far, the title's repeats among
 * them. Between the page's headline and the title printed again stands the page's header: the
 * kept lines there go (a kicker; a posting date or a photo's caption), but a speaker's byline or
 * the speech's own date in brackets, which belong to the speech.
 */
export function markPageHeader(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number, bodyStart: number): void {
  const repeat = nonBlank.find((i) => i > titleIndex && i < bodyStart && noise.get(i)?.rule === 'duplicate-title');
  if (repeat === undefined) return;
  for (const i of nonBlank) {
    if (i >= repeat) break;
    if (i <= titleIndex || noise.has(i)) continue;
    const line = lines[i]!.trim();
    // a bare date is the day the page was posted ("2015年12月15日"); the speech's own is in brackets
    if (DATE_LINE.test(line) && !/[（()）]/.test(line)) noise.set(i, { reason: 'meta', rule: 'meta.posting-date' });
    else if (isHeadingShaped(line)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.kicker' });
    // a caption or a lead, not a line a speaker says (a host's labelled salutation ends in a colon)
    else if (charLength(line) > MIN_CAPTION && !/[:：]$/.test(line) && !isBylineOrDate(line) && !isSalutation(line)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.page-header' });
  }
}
