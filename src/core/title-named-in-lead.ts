// A press page's lead that names the speech it presents ("…葉蘊在會上以《不忘初心 矢志篤行 盡心盡責走好
// “為民履職路”》為題作交流發言。", or an editor's "…重温蓝博士上市感言——《感恩风雨》,一起了解…") over the
// speech's own title, printed whole or broken over two lines: the lead is the page's, the lines it
// names are the title. Pure.
import { compiledPattern } from './rules/machine-code';
import { compareKey } from './normalize';
import { foldScript } from './script/fold';
import { endsWithStop } from './stops';
import type { LineNoise as Noise, Removed } from './types';

/** The lead's last sentence: the title in 《》 and what the speaker did with it. */
const NAMES_TITLE = /以《([^《》]{4,60})》为题(?:(?:作|做|进行|发表)了?)?([\u4e00-\u9fff]{0,4}(?:发言|讲话|演讲|报告|致辞|宣讲))(?:[，,][^。！!？?]{0,30})?[。！!]?\s*$/d;
/** Or the kind of text, then its title in 《》 ("…上市感言——《感恩风雨》,…"): one title, not a list
 * ("…的演讲稿:《我心中的祖国》、《读…》" in a textbook's exercise). */
const KIND_THEN_TITLE = /(发言|讲话|演讲|致辞|贺词|感言|宣讲)(?:稿|全文)?\s{0,2}(?:——|—|[:：])?\s{0,2}《([^《》]{4,60})》(?!\s{0,2}[、，,和与及]\s{0,2}《)/d;

/** The title a lead names (its span in the line) and the kind of text it calls it. */
function namedIn(lead: string): { span: readonly [number, number]; kind: string } | undefined {
  const asTopic = compiledPattern(NAMES_TITLE).exec(lead);
  if (asTopic) return { span: asTopic.indices![1]!, kind: asTopic[2]! };
  const afterKind = compiledPattern(KIND_THEN_TITLE).exec(lead);
  return afterKind ? { span: afterKind.indices![2]!, kind: afterKind[1]! } : undefined;
}
export const LEAD_NAMING_TITLE: Noise = { reason: 'promo', rule: 'promo.lead-naming-title' };
/** How far down the page the lead may stand. */
const LEAD_REACH = 6;
/** How many lines over the lead the headline that opens with the name may stand (its date line between). */
const HEADLINE_REACH = 3;
/** What follows the name in such a headline: a dash or a colon setting off who speaks, or nothing. */
const SET_OFF_AFTER_NAME = /^(?:$|[—–\-:：|｜])/;

/** Whether a headline opens with the name, spaces aside, and sets it off from what follows. */
function opensWithName(line: string, name: string): boolean {
  const [headline, squeezed] = [line.replace(/\s+/g, ''), name.replace(/\s+/g, '')];
  return headline.startsWith(squeezed) && SET_OFF_AFTER_NAME.test(headline.slice(squeezed.length));
}
/** An editor's note's label alone on its line ("纳小妹的编辑手记:", "编者按:"): the note runs from it to the lead. */
const NOTE_LABEL = /^[^。！？!?，,]{0,12}(?:编辑手记|编者按|编者的话|编辑按|编者注|按语|导读|导语)\s{0,2}[:：]$/;

export interface TitleNamedInLead {
  /** the lead's line */
  lead: number;
  /** the title's (first) line */
  heading: number;
  /** the title as the lead prints it, which the title's lines join to */
  named: string;
  /** the lines of an editor's note the lead closes, its label included (none when no label stands over the lead) */
  note: number[];
}

/** `lines`: as the rules read them (folded); `printed`: as the page prints them. */
export function findTitleNamedInLead(lines: readonly string[], printed: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): TitleNamedInLead | undefined {
  for (let k = 0; k < Math.min(LEAD_REACH, nonBlank.length - 1); k++) {
    const lead = nonBlank[k]!;
    if (noise.has(lead)) continue;
    const named = namedIn(lines[lead]!);
    if (!named) continue;
    const [start, end] = named.span;
    const key = compareKey(lines[lead]!.slice(start, end));
    const heading = nonBlank[k + 1]!;
    const first = compareKey(lines[heading]!);
    const second = nonBlank[k + 2] === undefined ? '' : compareKey(lines[nonBlank[k + 2]!]!);
    if (first === key || (first.length < key.length && first + second === key)) return { lead, heading, named: printed[lead]!.slice(start, end), note: noteClosedBy(k, lines, nonBlank) };
    // or the page's headline over the lead, which opens with the name and goes on to say whose speech it is
    // ("空桑偶得 品物咸亨——宋书玉理事长贺…开幕" over "…以《空桑偶得 品物咸亨》为题致辞,祝贺博览会隆重开幕。")
    const name = lines[lead]!.slice(start, end);
    const above = nonBlank.slice(Math.max(0, k - HEADLINE_REACH), k).find((i) => !noise.has(i) && opensWithName(lines[i]!, name));
    if (above !== undefined) return { lead, heading: above, named: printed[above]!.trim(), note: [] };
  }
  return titleUnderEditorNote(lines, printed, nonBlank, noise);
}

/** An editor's note's opening paragraph, its label first ("编者按: 今年9月迎来…"). */
const NOTE_OPENING = /^(?:编者按|编者的话|编辑按|编者注|按语)\s{0,2}[:：]\s{0,2}\S/;
/** Paragraphs an editor's note runs to at most. */
const MAX_NOTE_PARAGRAPHS = 3;
/** The note's last sentence telling the speech it presents ("…董事长为集团“质量月”活动所作的致辞。"): its genre. */
const NOTE_TELLS_SPEECH = /(?:所作|所做|发表|作|做)的[^。！？]{0,10}?(讲话|致辞|致词|发言|演讲|贺词|献词)[。！]?\s*$/;
/** A title line: short, no stop at its end. */
const MAX_TITLE_LINE = 40;

/**
 * An editor's note under the page's headline ("编者按: …今天刊出…董事长…所作的致辞。") over the speech's own title, which
 * the headline opens with and then says whose speech it is ("實施精細化管理 實現高質量發展——鄭遠航2020年“質量月”致辭" /
 * … / "實施精細化管理 實現高質量發展"): the note is the page's, the line the headline names the title.
 */
function titleUnderEditorNote(lines: readonly string[], printed: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): TitleNamedInLead | undefined {
  const kept = nonBlank.filter((i) => !noise.has(i));
  const opening = kept.slice(0, LEAD_REACH).findIndex((i) => NOTE_OPENING.test(lines[i]!.trim()));
  if (opening < 1) return undefined;
  let end = opening;
  while (end + 1 < kept.length && end - opening < MAX_NOTE_PARAGRAPHS && endsWithStop(lines[kept[end + 1]!]!)) end++;
  const heading = kept[end + 1];
  if (heading === undefined || endsWithStop(lines[heading]!) || lines[heading]!.trim().length > MAX_TITLE_LINE) return undefined;
  const note = kept.slice(opening, end + 1);
  if (!NOTE_TELLS_SPEECH.test(lines[note[note.length - 1]!]!)) return undefined;
  const name = lines[heading]!.trim();
  const headline = kept.slice(Math.max(0, opening - HEADLINE_REACH), opening).find((i) => opensWithName(lines[i]!, name) && lines[i]!.replace(/\s+/g, '').length > name.replace(/\s+/g, '').length);
  if (headline === undefined) return undefined;
  return { lead: note[note.length - 1]!, heading, named: printed[heading]!.trim(), note: note.slice(0, -1) };
}

/** The lines from an editor's note's label down to the lead at `k` (of `nonBlank`), if the label stands within reach. */
function noteClosedBy(k: number, lines: readonly string[], nonBlank: readonly number[]): number[] {
  for (let j = k - 1; j >= 0; j--) if (NOTE_LABEL.test(lines[nonBlank[j]!]!.trim())) return nonBlank.slice(j, k);
  return [];
}

/** What a removed lead calls the text it presents ("交流发言"), as a column's name tells a text's kind. */
export function kindTheLeadNames(removed: readonly Removed[]): string | undefined {
  // (the note the lead closes goes under the same rule, above it)
  for (const r of removed) {
    if (r.rule !== LEAD_NAMING_TITLE.rule) continue;
    const text = foldScript(r.text);
    const named = namedIn(text);
    if (named) return named.kind;
    // (or an editor's note's last sentence, "…所作的致辞。")
    const told = NOTE_TELLS_SPEECH.exec(text);
    if (told) return told[1];
  }
  return undefined;
}
