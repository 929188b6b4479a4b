// An editor's note in brackets that opens on one line and closes on a later one ("【導語:2018年10月27-28日,…年会…召开,…" /
// "近日,我們將陸續推出年會精彩發言,…今日推送精彩發言的第四篇,…】"): every line of it is the editor's, not the
// speaker's. Only at the head of the page, over the text. Pure.
import type { LineNoise as Noise } from './types';

/** The note's opening: its bracket and label ("【导语:", "【编者按】" is one line and a line rule's). */
const NOTE_OPENS = /^[【\[]\s{0,2}(?:导语|导读|编者按|编者的话|编辑按)\s{0,2}[:：]/;
/** How far down the page the note may open, and how many lines it may run. */
const HEAD_LINES = 8;
const MAX_NOTE_LINES = 4;
const NOTE: Noise = { reason: 'meta', rule: 'meta.editor-note' };

/** Marks a bracketed note opened in the head and closed by "】" within a few lines, with every line between. */
export function markBracketedNote(folded: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k < Math.min(HEAD_LINES, nonBlank.length); k++) {
    const open = nonBlank[k]!;
    if (noise.has(open) || !NOTE_OPENS.test(folded[open]!.trim()) || folded[open]!.includes('】')) continue;
    const end = nonBlank.slice(k + 1, k + MAX_NOTE_LINES).findIndex((i) => folded[i]!.trimEnd().endsWith('】'));
    if (end === -1) return;
    for (const i of nonBlank.slice(k, k + end + 2)) noise.set(i, NOTE);
    return;
  }
}
