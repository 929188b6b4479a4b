// A reading site's control panel printed as text, one control to a line above the chapter:
// "返回 / 朗读 / 暂停 / +书签 / 视觉: / 关灯 / 护眼 / 字体: / 声音: / 男声 / 女声 / … / 语速: / 1x / 2x".
// Each line is a word or two; what makes the run a panel is that several of them name a reader's
// controls. The voices and speeds between them ("金风", "大叔", "3x") go with the run. Pure.
import { lineRuns } from './line-runs';
import type { LineNoise as Noise } from './types';

/** Words a reader's panel prints, each a line of its own (a colon after a setting's name); read
 * on lines folded to simplified script. */
const CONTROL = /^[+＋]?\s{0,2}(?:返回|朗读|暂停|书签|书架|视觉|关灯|开灯|护眼|夜间|日间|字体|字号|声音|男声|女声|语速|背景|目录|设置)\s{0,2}[:：]?$/;
/** A line short enough to be a control, a voice or a speed: no sentence in it. */
const SHORT_ITEM = /^[+＋]?\s{0,2}[\u4e00-\u9fffA-Za-z0-9.]{1,5}\s{0,2}[:：]?$/;
/** How many lines must name a control before the run is a panel. */
const MIN_CONTROLS = 4;
/** How far down the page the panel stands: above the chapter (a long document's body is not read). */
const HEAD_LINES = 80;
const CHROME: Noise = { reason: 'site-chrome', rule: 'site-chrome.reader-controls' };

/** Marks each run of short lines in the head in which at least MIN_CONTROLS name a reader's controls. */
export function markReaderControls(folded: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  const head = nonBlank.slice(0, HEAD_LINES);
  for (const [start, end] of lineRuns(head, (i) => SHORT_ITEM.test(folded[i]!.trim()))) {
    const run = head.slice(start, end);
    if (run.filter((i) => CONTROL.test(folded[i]!.trim())).length < MIN_CONTROLS) continue;
    for (const i of run) if (!noise.has(i)) noise.set(i, CHROME);
  }
}
