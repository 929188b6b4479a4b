// A press page's lead that names the speech it presents ("…葉蘊在會上以《不忘初心 矢志篤行 盡心盡責走好
// “為民履職路”》為題作交流發言。") over the speech's own title, printed whole or broken over two lines:
// the lead is the page's, the lines it names are the title. Pure.
import { compareKey } from './normalize';
import { foldScript } from './script/fold';
import type { LineNoise as Noise, Removed } from './types';

/** The lead's last sentence: the title in 《》 and what the speaker did with it. */
const NAMES_TITLE = /以《([^《》]{4,60})》为题(?:作|做|进行|发表)了?([\u4e00-\u9fff]{0,4}(?:发言|讲话|演讲|报告|致辞|宣讲))[。！!]?\s*$/d;
export const LEAD_NAMING_TITLE: Noise = { reason: 'promo', rule: 'promo.lead-naming-title' };
/** How far down the page the lead may stand. */
const LEAD_REACH = 6;

export interface TitleNamedInLead {
  /** the lead's line */
  lead: number;
  /** the title's (first) line */
  heading: number;
  /** the title as the lead prints it, which the title's lines join to */
  named: string;
}

/** `lines`: as the rules read them (folded); `printed`: as the page prints them. */
export function findTitleNamedInLead(lines: readonly string[], printed: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): TitleNamedInLead | undefined {
  for (let k = 0; k < Math.min(LEAD_REACH, nonBlank.length - 1); k++) {
    const lead = nonBlank[k]!;
    if (noise.has(lead)) continue;
    const match = NAMES_TITLE.exec(lines[lead]!);
    if (!match) continue;
    const key = compareKey(match[1]!);
    const heading = nonBlank[k + 1]!;
    const first = compareKey(lines[heading]!);
    const second = nonBlank[k + 2] === undefined ? '' : compareKey(lines[nonBlank[k + 2]!]!);
    if (first === key || (first.length < key.length && first + second === key)) {
      const [start, end] = match.indices![1]!;
      return { lead, heading, named: printed[lead]!.slice(start, end) };
    }
  }
  return undefined;
}

/** What a removed lead calls the text it presents ("交流发言"), as a column's name tells a text's kind. */
export function kindTheLeadNames(removed: readonly Removed[]): string | undefined {
  const lead = removed.find((r) => r.rule === LEAD_NAMING_TITLE.rule);
  return lead && NAMES_TITLE.exec(foldScript(lead.text))?.[2];
}
