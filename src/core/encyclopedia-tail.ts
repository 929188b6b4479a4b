// An SEO page's encyclopedia entry appended under the text, opened by its label ("詳細介紹:元旦,即公歷的1月1日,
// …" after a 元旦 host script): from the label down, the page's text explains a keyword and is no part of the
// speech. Pure.
import type { LineNoise as Noise } from './types';

/** The entry's label opening its first paragraph (read on folded lines). */
const ENTRY_LABEL = /^\s{0,4}(?:详细介绍|百科介绍|百科释义|词条介绍|百度百科)\s{0,2}[:：]/;
const TAIL: Noise = { reason: 'site-chrome', rule: 'site-chrome.encyclopedia-tail' };

/** Marks the entry and every line that stays under it. */
export function markEncyclopediaTail(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  const at = nonBlank.findIndex((i) => i > bodyStart && !noise.has(i) && ENTRY_LABEL.test(lines[i]!));
  if (at === -1) return;
  for (const i of nonBlank.slice(at)) if (!noise.has(i)) noise.set(i, TAIL);
}
