// A ceremony's or press conference's roles over the speech ("发布人:市医疗保障局二级调研员 许朝阳" /
// "市医疗保障局基金监督处处长 邹文斌" / "主持人:…"): a role names several people, one byline to a line,
// the first after the label. The bylines that go on the list are the role line's (meta), never the
// speech's: a speaker's own byline stands under the title, not under a role. Pure.
import { isByline } from './title';
import type { LineNoise as Noise } from './types';

const ROLES_RULE = 'meta.ceremony-roles';
/** How many more people a role lists, at most, a line each. */
const MAX_LISTED = 6;

/** `lines`: as the rules read them (folded); `noise`: the first pass's whole-line verdicts. */
export function markRoleListContinuations(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const role = noise.get(nonBlank[k]!);
    if (role?.rule !== ROLES_RULE) continue;
    for (let n = k + 1; n < nonBlank.length && n <= k + MAX_LISTED; n++) {
      const i = nonBlank[n]!;
      if (noise.has(i) || !isByline(lines[i]!)) break;
      noise.set(i, role);
    }
  }
}
