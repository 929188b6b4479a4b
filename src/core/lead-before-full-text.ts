// A press page's lead above its "以下为致辞实录:" label ("由商务部批准,…于10月30日举行启动仪式。 上图为…"):
// the label says the speech starts below it, so the prose above it is the page's telling of the
// occasion, not the speech. When the speech's own title stands right under the label ("在…开幕式上
// 的致辞"), that is the title, and the page's headline above the label is the page's too. Pure.
import { hasSentenceEnd } from './stops';
import type { LineNoise as Noise } from './types';

/** How far down the page the label may stand for the lines over it to be a lead. */
const LABEL_REACH = 8;
const LABEL_RULE = 'promo.full-text-lead';
const LEAD: Noise = { reason: 'meta', rule: 'meta.lead-before-full-text' };

/** The label's place in `nonBlank`, or -1. */
function labelAt(nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): number {
  return nonBlank.slice(0, LABEL_REACH).findIndex((i) => noise.get(i)?.rule === LABEL_RULE);
}

/**
 * The speech's own title right under the label, among the lines no rule took (`isTitle` says which
 * line is one): its index, else undefined.
 */
export function titleUnderFullTextLabel(nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, isTitle: (i: number) => boolean): number | undefined {
  const at = labelAt(nonBlank, noise);
  if (at < 0) return undefined;
  const next = nonBlank.slice(at + 1).find((i) => !noise.has(i));
  return next !== undefined && isTitle(next) ? next : undefined;
}

/** Marks the lead over the label: its prose, and every line over it when the title stands under it. */
export function markLeadBeforeFullText(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined): void {
  const at = labelAt(nonBlank, noise);
  if (at <= 0) return;
  const label = nonBlank[at]!;
  const titleBelow = titleIndex !== undefined && titleIndex > label;
  for (const i of nonBlank.slice(0, at)) {
    if (i !== titleIndex && !noise.has(i) && (titleBelow || hasSentenceEnd(lines[i]!))) noise.set(i, LEAD);
  }
}
