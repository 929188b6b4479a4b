// What a pager's links say. An article's own pager labels its links with page numbers, "next
// page" words or a "read the whole text" link; a list of other articles says 上一篇/下一篇 (篇, an
// article, not 页, a page) or gives titles, and never counts here.
import type { PageNumber } from './page-url';

export type PagerLabel =
  /** "2", "[2]", "第2页", "第二页" — names its page */
  | { kind: 'number'; page: number }
  /** 下一页, 上一页, 尾页, 首页, », › … — a step along the pager */
  | { kind: 'step' }
  /** 全文阅读, 阅读全文, 查看全文 … — the whole article on one page */
  | { kind: 'whole' };

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 二 → 2, 十二 → 12, 二十 → 20, 二十三 → 23; undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  if (text.length === 1) return CHINESE_DIGITS[text];
  const ten = text.indexOf('十');
  if (ten < 0 || text.length > 3) return undefined;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[text[0]!];
  const ones = ten === text.length - 1 ? 0 : CHINESE_DIGITS[text[text.length - 1]!];
  if (tens === undefined || ones === undefined || (ten !== 0 && ten !== 1)) return undefined;
  return tens * 10 + ones;
}

const NUMBER_LABEL = /^[[【(（]?\s{0,2}(\d{1,2})\s{0,2}[\]】)）]?$/;
const NTH_PAGE = /^第\s{0,2}(\d{1,2}|[一二两三四五六七八九十]{1,3})\s{0,2}[页頁]$/;
const STEP_LABEL =
  /^(?:[<>«»‹›←→]{1,2}\s{0,2})?(?:下一?[页頁]|上一?[页頁]|前一?[页頁]|后一?[页頁]|後一?[页頁]|首[页頁]|尾[页頁]|末[页頁]|最后一?[页頁]|第一[页頁]|next(?:\s{1,2}page)?|prev(?:ious)?(?:\s{1,2}page)?|first|last|[<>«»‹›←→]{1,2})(?:\s{0,2}[<>«»‹›←→]{1,2})?$/i;
const WHOLE_LABEL = /^(?:[<>«»›【[(（]\s{0,2})?(?:全文|全文阅读|阅读全文|查看全文|显示全文|展开全文|余下全文|浏览全文|全文浏览|全文显示|单页阅读|单页显示|单页浏览|不分页阅读|不分页显示|显示全部|阅读全部|在本页阅读全文|本文全文)(?:\s{0,2}[>»›】\])）]{1,2})?$/;

/** What a link's text says as a pager label, or undefined when it is no pager label. */
export function pagerLabelOf(text: string): PagerLabel | undefined {
  const label = text.replace(/\s+/g, ' ').trim();
  if (label.length === 0 || label.length > 16) return undefined;
  const number = NUMBER_LABEL.exec(label);
  if (number) return { kind: 'number', page: Number(number[1]) };
  const nth = NTH_PAGE.exec(label);
  if (nth) {
    const page = /^\d+$/.test(nth[1]!) ? Number(nth[1]) : chineseNumber(nth[1]!);
    return page === undefined ? undefined : { kind: 'number', page };
  }
  if (STEP_LABEL.test(label)) return { kind: 'step' };
  if (WHOLE_LABEL.test(label)) return { kind: 'whole' };
  return undefined;
}

/** The page count a pager line states: "共3页", "第1页 共3页", "1/3页", "共 3 页". */
export function statedPageCount(text: string): number | undefined {
  const total = /共\s{0,2}(\d{1,3})\s{0,2}[页頁]/.exec(text) ?? /\d{1,2}\s{0,2}[/／]\s{0,2}(\d{1,2})\s{0,2}[页頁]/.exec(text);
  if (!total) return undefined;
  const n = Number(total[1]);
  return n >= 1 ? n : undefined;
}

/** Whether a label and the page its address names agree ("3" must lead to page 3). */
export function labelAgrees(label: PagerLabel, page: PageNumber): boolean {
  if (label.kind === 'number') return label.page === page;
  if (label.kind === 'whole') return true;
  return page !== 'all';
}
