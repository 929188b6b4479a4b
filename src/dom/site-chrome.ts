// Site furniture that sits inside the article box on template sites: 上一篇/下一篇 links,
// a 相关推荐 heading and its list of links, share bars, tag lines, the ICP/版权 footer.
// Recognised by tag (nav, aside, footer), by class/id words, or by the words it starts with.
import { hasArticleName, hasChromeName } from './class-hints';
import { isChromeTag, tagOf } from './element-kinds';
import { shortTextStart, squeezeSpaces, textOf, textWeightOf } from './text-content';
import { foldScript } from '../core/script/fold';
import { removePinyinReadings } from '../core/script/pinyin';

/** Headings of link boxes and pager lines; matched at the start of a short element. */
const CHROME_OPENERS =
  /^[【\[〖]?\s*(上一篇|下一篇|上一页|下一页|上篇|下篇|相关推荐|相关范文|相关文章|相关阅读|相关内容|相关搜索|相关链接|热门文章|热门推荐|热门范文|热门标签|推荐阅读|推荐文章|猜你喜欢|你可能还喜欢|延伸阅读|精彩推荐|精选推荐|最新文章|最新范文|最新更新|本文标签|文章标签|标签[:：]|返回(首页|列表|顶部|目录)|分享到)/;

/** Footer lines: ICP licence numbers, copyright and disclaimer notices. */
const FOOTER_LINE = /ICP[备证]|公网安备|版权所有|^\s*(Copyright\b|©|\(c\)\s*\d{4}|免责声明|版权声明|版权说明)/i;

/** Chrome is always small next to the article; a box holding this share of it is not chrome. */
const MAX_SHARE = 0.3;
const MAX_OPENER_LENGTH = 200;

export interface ChromeCheck {
  /** the element is furniture */
  isChrome(element: Element): boolean;
  /** the element opens a box of links (相关推荐 …): its link-list siblings are furniture too */
  opensLinkBox(element: Element): boolean;
}

/**
 * A forum reply quoting the post it answers (Discuz `div.quote > blockquote`): the quoted
 * request is the thread's, not the reply's content. Only inside a forum post — in an article,
 * a blockquote may well hold the speech's own words.
 */
function isQuoteInForumPost(element: Element): boolean {
  const quote = tagOf(element) === 'blockquote' || /(^|\s)quote(\s|$)/.test(element.getAttribute('class') ?? '');
  return quote && element.closest('[id^="postmessage_"], .t_f') !== null;
}

export function linkDensity(element: Element): number {
  const all = squeezeSpaces(textOf(element)).length;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of Array.from(element.querySelectorAll('a'))) linked += squeezeSpaces(textOf(a)).length;
  return Math.min(1, linked / all);
}

export function createChromeCheck(container: Element): ChromeCheck {
  // read only when first needed: many pages have no furniture to weigh
  let containerWeight: number | undefined;
  const small = (element: Element) => textWeightOf(element) < (containerWeight ??= textWeightOf(container)) * MAX_SHARE;

  // opensLinkBox and isChrome are asked about the same element one after the other
  let lastElement: Element | undefined;
  let lastShortText: string | undefined;
  /** whitespace-squeezed text when it is short enough to be a chrome line, else undefined */
  const shortText = (element: Element): string | undefined => {
    if (element !== lastElement) {
      const start = shortTextStart(element, MAX_OPENER_LENGTH * 4, MAX_OPENER_LENGTH);
      // read as the rules read it: a mirror's 相關(guān)推薦 / 版權所有 is the same chrome
      const text = start === undefined ? undefined : foldScript(removePinyinReadings(squeezeSpaces(start)));
      lastElement = element;
      lastShortText = text !== undefined && text.length <= MAX_OPENER_LENGTH ? text : undefined;
    }
    return lastShortText;
  };

  const opensLinkBox = (element: Element): boolean => {
    const text = shortText(element);
    return text !== undefined && CHROME_OPENERS.test(text);
  };

  const isChrome = (element: Element): boolean => {
    if (element === container) return false;
    if (isChromeTag(element)) return small(element);
    if (isQuoteInForumPost(element)) return small(element);
    if (hasChromeName(element) && !hasArticleName(element) && small(element)) return true;
    if (tagOf(element) === 'a') return false;
    const text = shortText(element);
    return text !== undefined && (CHROME_OPENERS.test(text) || FOOTER_LINE.test(text));
  };

  return { isChrome, opensLinkBox };
}
