// A press page's lead above its "以下为致辞实录:" label ("由商务部批准,…于10月30日举行启动仪式。 上图为…"):
// the label says the speech starts below it, so the prose above it is the page's telling of the
// occasion, not the speech. Pure.
import { hasSentenceEnd } from './stops';
import type { LineNoise as Noise } from './types';

/** How far down the page the label may stand for the lines over it to be a lead. */
const LABEL_REACH = 4;
const LABEL_RULE = 'promo.full-text-lead';

export function markLeadBeforeFullText(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined): void {
  const at = nonBlank.slice(0, LABEL_REACH).findIndex((i) => noise.get(i)?.rule === LABEL_RULE);
  if (at <= 0) return;
  for (const i of nonBlank.slice(0, at)) {
    if (i !== titleIndex && !noise.has(i) && hasSentenceEnd(lines[i]!)) noise.set(i, { reason: 'meta', rule: 'meta.lead-before-full-text' });
  }
}
