// A site's generated questions and answers appended under the text: a heading that names them
// ("重阳节相关常见问答知识清单及解答", "常见问题解答") right over a numbered question ("1. 问:重阳节是哪一天?"),
// then answer after question to the end. Below that heading nothing is the speech's. Only under prose, and
// only a heading of common questions: a quiz host's "知识问答" round over its own questions stays. Pure.
import { tailHeadingBelowProse } from './below-prose';
import type { LineNoise as Noise } from './types';

/** A heading of the site's common questions, with the page's subject before it. */
const FAQ_HEADING = /^[^。！？!?，,：:]{0,24}(?:常见问答|常见问题|常见疑问|问答知识清单)[^。！？!?，,：:]{0,12}$/;
/** The longest heading tried (most lines are paragraphs, never tried). */
const MAX_HEADING = 40;
/** The first question under the heading, numbered or not. */
const QUESTION = /^(?:\d{1,2}\s{0,2}[.、．]\s{0,2})?(?:问|Q)\s{0,2}[:：]/;
const FAQ: Noise = { reason: 'site-chrome', rule: 'site-chrome.faq-tail' };

/** `lines`: as the rules read them (folded); marks the heading and every line under it. */
export function markFaqTail(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  const opensFaq = (k: number, line: string) =>
    k + 1 < nonBlank.length && line.length <= MAX_HEADING && FAQ_HEADING.test(line) && QUESTION.test(lines[nonBlank[k + 1]!]!.trim());
  const k = tailHeadingBelowProse(lines, nonBlank, noise, bodyStart, opensFaq);
  if (k !== -1) for (const j of nonBlank.slice(k)) if (!noise.has(j)) noise.set(j, FAQ);
}
