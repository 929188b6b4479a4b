// A news page that prints a speech in full under its own report: the page's headline, its dated lead
// ("2021年10月25日,…年会在成都举行,…等到会并先后讲话。"), then the speech's own header — its title, the
// speaker's byline, the line naming the occasion and the genre ("在…年会上的讲话"), a date — and the
// salutation. No label says "以下为讲话全文" (lead-before-full-text.ts reads those); the header does: a
// report does not go on with a speech's title block and an address to the room. The lead above it and
// the headline over the lead are the page's; the speech's own title heads the text. Pure.
import { classifyTitle, isSalutation } from './detect';
import { charLength } from './normalize';
import { hasSentenceEnd } from './stops';
import { isByline } from './title';
import type { LineNoise as Noise } from './types';

/** How far down the kept lines the salutation may stand. */
const SALUTATION_REACH = 16;
/** Lines from the one naming the speech to the salutation at most: a date, the salutation's own first lines. */
const MAX_BELOW_NAME = 6;
/** Lines over the one naming the speech in its header: its title, the speaker's byline. */
const MAX_ABOVE_NAME = 2;
/** A header line: a title, a byline, a date, never a sentence. */
const MAX_HEADER_LINE = 60;
/** A lead is prose: a paragraph this long with a sentence end. */
const MIN_LEAD = 30;
const isLeadProse = (line: string) => hasSentenceEnd(line) && charLength(line) >= MIN_LEAD;
/** A press lead: the day, and what was held or said ("2021年10月25日,…年会在成都举行,…等到会并先后讲话。"). */
const PRESS_LEAD = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[^。！？]{0,120}(?:举行|召开|举办|开幕|闭幕|出席|讲话|致辞|发言)/;
/** The speech's own title, naming its occasion and genre ("…在…颁奖典礼上的致辞"). */
const OWN_SPEECH_TITLE = /在[^。！？]{2,60}上的(?:讲话|致辞|致词|发言|演讲|开幕词|闭幕词)/;

export const LEAD_BEFORE_OWN_HEADER: Noise = { reason: 'meta', rule: 'meta.lead-before-own-header' };

export interface OwnHeaderBelowLead {
  /** the speech's own title: the first line of its header */
  title: number;
  /** the lead's lines, above the header and below the page's title line */
  lead: number[];
}

/**
 * The speech's own header under a press lead, among the lines no rule took below `titleIndex` (the
 * page's headline, when one was found): its first line and the lead's lines, or undefined.
 */
export function findOwnHeaderBelowLead(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, titleIndex: number | undefined): OwnHeaderBelowLead | undefined {
  const kept = nonBlank.filter((i) => !noise.has(i) && (titleIndex === undefined || i > titleIndex)).slice(0, SALUTATION_REACH);
  const salutation = kept.findIndex((i) => isSalutation(lines[i]!.trim()));
  if (salutation < 2) return undefined;
  // up from the salutation to the line naming the speech (a date, the salutation's first lines between),
  // then its title and byline over it, at most
  const isHeaderLine = (k: number) => {
    const line = lines[kept[k]!]!.trim();
    return !hasSentenceEnd(line) && !/[:：]$/.test(line) && charLength(line) <= MAX_HEADER_LINE;
  };
  let names = salutation - 1;
  while (names >= 0 && salutation - names <= MAX_BELOW_NAME && isHeaderLine(names) && classifyTitle(lines[kept[names]!]!.trim()) !== 'speech') names--;
  if (names < 1 || salutation - names > MAX_BELOW_NAME || !isHeaderLine(names)) return undefined;
  let top = names;
  while (top > 0 && names - top < MAX_ABOVE_NAME && isHeaderLine(top - 1)) top--;
  if (top === 0) return undefined;
  // right above the header, the lead's prose, a press lead telling of the day (its meta lines above it are the rules')
  const leadLine = lines[kept[top - 1]!]!;
  if (!isLeadProse(leadLine) || !PRESS_LEAD.test(leadLine)) return undefined;
  // the header opens with a title, not a label ("全文如下:") nor a byline
  const first = lines[kept[top]!]!.trim();
  if (/[:：]$/.test(first) || isByline(first)) return undefined;
  // a title already found that is the speech's own ("…在…典礼上的致辞") stays
  if (titleIndex !== undefined && OWN_SPEECH_TITLE.test(lines[titleIndex]!)) return undefined;
  return { title: kept[top]!, lead: kept.slice(0, top).filter((i) => isLeadProse(lines[i]!)) };
}
