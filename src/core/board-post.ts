// A bulletin-board post's subject line ("标  题: 校友讲话"), printed between the board's header
// lines (发信人 above it, 发信站 below: the line rule site-chrome.bbs-header). It names the post;
// the document's own heading comes under the header. Elsewhere "标题:" labels a page's title
// (title.ts reads it), so only a subject line beside the board's header goes. Pure.
import type { LineNoise as Noise } from './types';

const SUBJECT = /^标\s{0,3}题\s{0,2}[:：]/;
const BOARD_HEADER = 'site-chrome.bbs-header';

/** `lines`: as the rules read them (folded); `noise`: the first pass's whole-line verdicts. */
export function markBoardPostSubject(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  const isBoardHeader = (k: number) => k >= 0 && k < nonBlank.length && noise.get(nonBlank[k]!)?.rule === BOARD_HEADER;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (noise.has(i) || !SUBJECT.test(lines[i]!)) continue;
    if (isBoardHeader(k - 1) || isBoardHeader(k + 1)) noise.set(i, { reason: 'site-chrome', rule: BOARD_HEADER });
  }
}
