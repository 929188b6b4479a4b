// A site's rights statement printed as a bare label over numbered items ("版权声明:" / "1.大文斗范文网的资料来自互联网…" /
// "2.《街道举办篮球赛开幕式致辞》一文由…"), or a document viewer's download notice ("- 【下载声明】" / "1. 本站全部试题类文档…"): the items are the statement's, not the speech's points, however an item
// reads or where a capture cut it. Pure.
import type { LineNoise as Noise } from './types';

/** The statement's label alone on its line. */
const STATEMENT_LABEL = /^(?:[-•·]\s{0,2})?[【\[]?(?:版权声明|免责声明|版權聲明|免責聲明|郑重声明|鄭重聲明|下载声明|下載聲明)[】\]]?\s{0,2}[:：]?$/;
/** An item of it: a number and a stop ("1.", "2、", "(3)"). */
const STATEMENT_ITEM = /^(?:\d{1,2}\s{0,2}[.．、]|[（(]\d{1,2}[)）])/;
const ITEM: Noise = { reason: 'site-chrome', rule: 'site-chrome.statement-item' };

/** Marks the numbered lines right under a bare statement label the rules took, as far as they run. */
export function markStatementItems(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const label = nonBlank[k]!;
    if (!noise.has(label) || !STATEMENT_LABEL.test(lines[label]!.trim())) continue;
    for (let n = k + 1; n < nonBlank.length; n++) {
      const i = nonBlank[n]!;
      if (!STATEMENT_ITEM.test(lines[i]!.trim())) break;
      if (!noise.has(i)) noise.set(i, ITEM);
    }
  }
}
