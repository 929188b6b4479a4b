// A ceremony's roster printed under the speech given at it: a heading naming the list ("升旗仪式人员名单(九一班)",
// "本周升旗仪式人员安排") and its lines of a role and the people in it ("主持:赵芮", "旗手:孙启航、贺景澄",
// "宣读:" left empty). Names, never sentences: the school's programme, not the speaker's words. Pure.
import { tailHeadingBelowProse } from './below-prose';
import type { LineNoise as Noise } from './types';

/** A heading of the people a ceremony lists, the class or week after it in brackets. */
const ROSTER_HEADING = /^[\u4e00-\u9fff]{0,12}(?:人员名单|人员安排|人员分工|工作人员名单)(?:[（(][^()（）]{1,12}[)）])?\s{0,2}[:：]?$/;
/** A role and the names in it, or none yet. */
const ROLE_LINE = /^[\u4e00-\u9fff]{1,6}\s{0,2}[:：]\s{0,2}(?:[\u4e00-\u9fff·]{2,4}(?:\s{0,2}[、，, ]\s{0,2}[\u4e00-\u9fff·]{2,4}){0,6})?$/;
/** Role lines the heading must stand over to be a roster. */
const MIN_ROLES = 2;
const ROSTER: Noise = { reason: 'meta', rule: 'meta.ceremony-roster' };

/** `lines`: as the rules read them (folded); marks the heading and the role lines under it. */
export function markRosterTail(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  const rolesUnder = (k: number): number => {
    let end = k + 1;
    while (end < nonBlank.length && ROLE_LINE.test(lines[nonBlank[end]!]!.trim())) end++;
    return end - k - 1;
  };
  const k = tailHeadingBelowProse(lines, nonBlank, noise, bodyStart, (at, line) => ROSTER_HEADING.test(line) && rolesUnder(at) >= MIN_ROLES);
  if (k === -1) return;
  for (const j of nonBlank.slice(k, k + 1 + rolesUnder(k))) if (!noise.has(j)) noise.set(j, ROSTER);
}
