// A hijacked page plants a betting site's brand again and again where its words stood ("E星体育大家好!",
// "…总金额达565.61亿元。其中E星体育,大数据…", "…就会走进现实E星体育,造福人类"): Latin letters, at most one
// character, then 体育/娱乐/彩票/电竞. Named that way three times or more on one page, the brand is the
// planter's, and every time it stands is cut (rule 'watermark.planted-brand'), mid-clause too: a brand
// glued between two words is no word of the sentence. A speaker's "CCTV体育频道", "PE体育课" or "NBA" names
// a channel, a lesson or a league and is left; so is a brand named once or twice. Pure.
import type { DebrisSpan } from './glued-debris';
import { allMatches } from './rules/all-matches';

/** A betting brand's shape (the words a real name goes on with excluded). */
const BRAND = '(?<![A-Za-z0-9])[A-Za-z]{1,5}[\\u4e00-\\u9fff]?(?:体育|娱乐|彩票|电竞)(?!频道|节目|新闻|中心|总局|局|馆|场|课|老师|用品|产业|赛事|比赛|运动)';
const BRAND_ANYWHERE = new RegExp(BRAND, 'g');
/** How many times one brand must stand on a page to be read as planted. */
const MIN_PLANTED = 3;
/** The words every brand ends with: most lines hold none, and are passed over. */
const BRAND_WORD = /体育|娱乐|彩票|电竞/;

/** The brands `lines` (folded) name often enough to be planted ones, as one pattern, or undefined. */
export function plantedBrandsOf(lines: readonly string[]): RegExp | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!BRAND_WORD.test(line)) continue;
    for (const m of allMatches(BRAND_ANYWHERE, line)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  // (a brand is letters and ideographs only: nothing in it to escape)
  const planted = [...counts].filter(([, n]) => n >= MIN_PLANTED).map(([brand]) => brand);
  return planted.length ? new RegExp(`(?<![A-Za-z0-9])(?:${planted.join('|')})`, 'g') : undefined;
}

/** Where a planted brand stands in a line (folded). */
export function findPlantedBrands(text: string, planted: RegExp): DebrisSpan[] {
  if (!BRAND_WORD.test(text)) return [];
  return allMatches(planted, text).map((m) => ({ start: m.index, end: m.index + m[0].length, reason: 'watermark', rule: 'watermark.planted-brand' }));
}
