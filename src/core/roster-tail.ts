// A ceremony's roster printed under the speech given at it: a heading naming the list ("升旗仪式人员名单(九一班)",
// "本周升旗仪式人员安排") and its lines of a role and the people in it ("主持:赵芮", "旗手:孙启航、贺景澄",
// "宣读:" left empty). Names, never sentences: the school's programme, not the speaker's words. Pure.
import { hasSentenceEnd } from './stops';
import type { LineNoise as Noise } from './types';

/** A heading of the people a ceremony lists, the class or week after it in brackets. */
const ROSTER_HEADING = /^[\u4e00-\u9fff]{0,12}(?:人员名单|人员安排|人员分工|工作人员名单)(?:[（(][^()（）]{1,12}[)）])?\s{0,2}[:：]?$/;
/** A role and the names in it, or none yet. */
const ROLE_LINE = /^[\u4e00-\u9fff]{1,6}\s{0,2}[:：]\s{0,2}(?:[\u4e00-\u9fff·]{2,4}(?:\s{0,2}[、，, ]\s{0,2}[\u4e00-\u9fff·]{2,4}){0,6})?$/;
/** Role lines the heading must stand over to be a roster. */
const MIN_ROLES = 2;
/** Paragraphs of prose the heading must stand below, and what makes one. */
const PROSE_ABOVE = 2;
const PROSE_LENGTH = 30;
const ROSTER: Noise = { reason: 'meta', rule: 'meta.ceremony-roster' };

/** `lines`: as the rules read them (folded); marks the heading and the role lines under it. */
export function markRosterTail(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  let prose = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (i < bodyStart) continue;
    const line = lines[i]!.trim();
    if (prose >= PROSE_ABOVE && ROSTER_HEADING.test(line)) {
      let end = k + 1;
      while (end < nonBlank.length && ROLE_LINE.test(lines[nonBlank[end]!]!.trim())) end++;
      if (end - k - 1 >= MIN_ROLES) {
        for (const j of nonBlank.slice(k, end)) if (!noise.has(j)) noise.set(j, ROSTER);
        k = end - 1;
        continue;
      }
    }
    if (!noise.has(i) && line.length >= PROSE_LENGTH && hasSentenceEnd(line)) prose++;
  }
}
