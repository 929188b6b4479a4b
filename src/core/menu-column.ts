// A site's menu printed an item to a line, next to the page's other chrome: "網站首頁 學校概況 新聞公告" /
// "黨建工作" / "教學教研" / "政教工作" / … / "你現在的位置是: 本站首頁 › 政教工作". Each item is a short
// name with no sentence in it; a run of them that touches a line the rules already took (the
// breadcrumb, the nav bar) is the menu, not the text. Pure.
import { lineRuns } from './line-runs';
import type { LineNoise as Noise } from './types';

/** A menu item: two to six ideographs, nothing else; after a list's bullet, a cut name or a Latin word too ("• 工作总结",
 * "• 小说/有", "• qq空间"). */
const ITEM = /^(?:[\u4e00-\u9fff]{2,6}|[•·●▪]\s{0,2}[\u4e00-\u9fffA-Za-z0-9/]{2,8})$/;
const BULLETED = /^[•·●▪]/;
/** How many items in a row make a menu; bulleted, three ("• 产品与服务矩阵" / "• 资源中心" / "• 关于我们"). */
const MIN_ITEMS = 4;
const MIN_BULLETED_ITEMS = 3;
/** How far down the page a menu stands: the head, above the text (a template site's category list runs to 50 lines). */
const HEAD_LINES = 80;
const CHROME: Noise = { reason: 'site-chrome', rule: 'site-chrome.menu-column' };

/** Marks each run of MIN_ITEMS or more item lines in the head that has a line already taken right above or below it,
 * or, bulleted, opens the page. */
export function markMenuColumn(folded: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  const head = nonBlank.slice(0, HEAD_LINES);
  for (const [start, end] of lineRuns(head, (i) => !noise.has(i) && ITEM.test(folded[i]!.trim()))) {
    const bulleted = head.slice(start, end).every((i) => BULLETED.test(folded[i]!.trim()));
    // (a bulleted run may open the page: a text's own short lines carry no bullets there)
    const touchesChrome = (start > 0 && noise.has(head[start - 1]!)) || (end < head.length && noise.has(head[end]!)) || (bulleted && start === 0);
    if (end - start >= (bulleted ? MIN_BULLETED_ITEMS : MIN_ITEMS) && touchesChrome) for (let k = start; k < end; k++) noise.set(head[k]!, CHROME);
  }
}
