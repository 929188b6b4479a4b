// Readers' comments under the text: a blog's or a news page's box that counts them ("1 則留言:",
// "3条评论", "网友评论(12)"), then each reader's name line ("綜藝咖琳兄 提到...") and remarks. Below
// that heading nothing is the speech's. Only under the text: the heading must follow paragraphs of
// prose, so a counter in the page's header ("评论 3") never takes the article. Pure.
import { compiledPattern } from './rules/machine-code';
import { tailHeadingBelowProse } from './below-prose';
import type { LineNoise as Noise } from './types';

/** A heading that counts the comments, or names the box with its count. */
const COMMENTS_HEADING =
  /^(?:\d{1,5}\s{0,2}(?:则|条|个)?\s{0,2}(?:留言|评论|回复|回应)|(?:网友|全部|最新|热门|精彩|用户|读者)(?:评论|留言)\s{0,2}[(（]\d{1,5}[)）])\s{0,2}[:：]?$/;
/** The longest heading: a count and a word or two (most lines are paragraphs, never tried). */
const MAX_HEADING = 20;
const THREAD: Noise = { reason: 'site-chrome', rule: 'site-chrome.comment-thread' };

/** `lines`: as the rules read them (folded); marks the heading and every line under it. */
export function markCommentThread(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  const k = tailHeadingBelowProse(lines, nonBlank, noise, bodyStart, (_, line) => line.length <= MAX_HEADING && compiledPattern(COMMENTS_HEADING).test(line));
  if (k !== -1) for (const j of nonBlank.slice(k)) if (!noise.has(j)) noise.set(j, THREAD);
}
