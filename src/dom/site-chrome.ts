// Site furniture that sits inside the article box on template sites: 上一篇/下一篇 links,
// a 相关推荐 heading and its list of links, share bars, tag lines, the ICP/版权 footer.
// Recognised by tag (nav, aside, footer), by class/id words, or by the words it starts with —
// always by what a reader sees (hidden junk inside an element says nothing about it). And one
// rule over all of these (speech-evidence.ts): a paragraph that carries the speech is never
// furniture, whatever is glued or hidden in it; the notice is cut, the paragraph stays.
import { hasArticleName, hasChromeName, isForumPost } from './class-hints';
import { classAttributeOf, isBlockTag, isChromeTag, isElement, isSkippedTag, isText, tagOf } from './element-kinds';
import { createOpeningReader } from './opening-reader';
import { carriesSpeech, holdsSpeechSentence, OutlineSequence } from './speech-evidence';
import { firstVisibleCode, holdsNoCjk, squeezeSpaces, textOf, textWeightOf, textWeightReader } from './text-content';
import { codesOf } from '../core/layout/text-shape';
import { isRegExpSpaceCode } from '../core/normalize';
import { foldScript, unfoldedForms } from '../core/script/fold';
import { removePinyinReadings } from '../core/script/pinyin';
import type { IsHidden } from './types';
import { nextInside } from './walk';

/** Headings of link boxes and pager lines; matched at the start of a short element. */
export const CHROME_OPENERS =
  /^[【\[〖]?\s*(上一篇|下一篇|上一页|下一页|上篇|下篇|相关推荐|相关范文|相关文章|相关阅读|相关内容|相关搜索|相关链接|热门文章|热门推荐|热门范文|热门标签|推荐阅读|推荐文章|猜你喜欢|你可能还喜欢|延伸阅读|精彩推荐|精选推荐|最新文章|最新范文|最新更新|本文标签|文章标签|标签[:：]|返回(首页|列表|顶部|目录)|分享到)/;

/** Footer lines: copyright and disclaimer notices that open the line … */
export const FOOTER_OPENER = /^\s*(Copyright\b|©|\(c\)\s*\d{4}|免责声明|版权声明|版权说明)/i;
/** … and ICP licence numbers and 版权所有 anywhere in a line (of one paragraph: a box of several
 * is read line by line instead). */
export const FOOTER_ANYWHERE = /ICP[备证]|公网安备|版权所有/;

/** A site notice printed into a paragraph as an element of its own: "…<font>xx.com版权所有，禁止
 * 复制</font>…". Strong words alone, or a copy ban that names a site (a speech may well say
 * 严禁抄袭 in bold, never with a site's name). 版权所有者/人/权 is the speech's own word. A bare
 * "© …" is left alone: on other pages it is a photo credit inside the article. */
const NOTICE_STRONG = /版权所有(?![者人权])|侵权必究|ICP[备证]\s*\d|公网安备/;
const NOTICE_COPY_BAN = /(?:禁止|严禁|谢绝|请勿|不得)(?:复制|转载|抄袭|采集|盗用)/;
/** A site named in a notice: 本站, a domain, or a name ending like a template site's (公文汇 …). */
const NOTICE_SITE = /本站|本网|本文|网站|原创|[a-z0-9-]\.(?:com|cn|net|org)\b|(?:网|汇|之家|文库|范文|文秘|帮|吧)(?![\u4e00-\u9fff])/i;
const MAX_NOTICE_LENGTH = 40;
/** A character every notice above holds (either script): most inline tags are let go at once. */
const NOTICE_HINT = /[版侵禁勿]|ICP|安[备備]|不得|[谢謝][绝絕]/;
/** A printed notice is a tag or two around a line of text; a bigger subtree is read no further. */
const MAX_NOTICE_NODES = 32;

/** Siblings after a 相关推荐 heading at least this full of links are its list. */
const LINK_BOX_DENSITY = 0.5;
/** How much of a paragraph's own text is read for the speech's evidence (its first sentences),
 * and through how many nodes at most (empty inline tags nested by the thousand cost no more). */
const MAX_EVIDENCE_LENGTH = 600;
const MAX_EVIDENCE_NODES = 2000;

/** Chrome is always small next to the article; a box holding this share of it is not chrome. */
const MAX_SHARE = 0.3;
const MAX_OPENER_LENGTH = 200;

/** What the words of CHROME_OPENERS and FOOTER_OPENER begin with (simplified script; the Latin
 * openers in either case), after the bracket a link box's heading may open with … */
const OPENER_FIRSTS = '上下相热推猜你延精最本文标返分免版©(Cc';
const OPENING_BRACKETS = '【[〖';
/** … and what every word of FOOTER_ANYWHERE holds but ICP: 版权所有, 公网安备. */
const FOOTER_WORD_CHARS = '版安';
let chromeHint: { firsts: ReadonlySet<number>; anywhere: RegExp } | undefined;

/**
 * Whether an opening may hold what CHROME_OPENERS, FOOTER_OPENER or FOOTER_ANYWHERE match once it
 * is squeezed and folded: their first characters, in either script, where the line starts (past
 * white space and a bracket), or a footer word's characters anywhere. Read on the opening as it
 * is: most paragraphs hold none, and are neither squeezed, folded nor matched.
 */
export function mayHoldChromeWords(opening: string): boolean {
  const hint = (chromeHint ??= { firsts: codesOf(unfoldedForms(OPENER_FIRSTS)), anywhere: new RegExp(`[${unfoldedForms(FOOTER_WORD_CHARS)}]|ICP`) });
  let at = skipSpaces(opening, 0);
  if (OPENING_BRACKETS.includes(opening.charAt(at))) at = skipSpaces(opening, at + 1);
  return hint.firsts.has(opening.charCodeAt(at)) || hint.anywhere.test(opening);
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isRegExpSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

export type Furniture = 'chrome' | 'link-box';

export interface ChromeCheck {
  /**
   * What a block element of the article box is: furniture ('chrome'), the heading of a box of
   * links whose link-list siblings are furniture too ('link-box'), or neither (undefined).
   * `inLinkBox`: the element follows such a heading.
   */
  furnitureOf(element: Element, inLinkBox: boolean): Furniture | undefined;
  /** Tells the check about a block the walk kept, in document order (the outline so far). */
  noteBlock(text: string): void;
  /** An inline element that is a site notice printed into a paragraph (cut, the paragraph kept). */
  isGluedNotice(element: Element): boolean;
  /**
   * Whether the check read into `element` already (a block's opening read ahead): it is then
   * neither hidden nor skipped, and the walk need not ask the hidden check about it again.
   */
  readInto(element: Element): boolean;
}

/**
 * A forum reply quoting the post it answers (Discuz `div.quote > blockquote`): the quoted
 * request is the thread's, not the reply's content. Only inside a forum post — in an article,
 * a blockquote may well hold the speech's own words.
 */
function isQuoteInForumPost(element: Element): boolean {
  const quote = tagOf(element) === 'blockquote' || /(^|\s)quote(\s|$)/.test(classAttributeOf(element) ?? '');
  if (!quote) return false;
  for (let e: Element | null = element; e; e = e.parentElement) if (isForumPost(e)) return true;
  return false;
}

export function linkDensity(element: Element): number {
  const all = squeezeSpaces(textOf(element)).length;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of Array.from(element.getElementsByTagName('a'))) linked += squeezeSpaces(textOf(a)).length;
  return Math.min(1, linked / all);
}

/** What a line must open with for FOOTER_OPENER's words that hold no CJK (Copyright, ©, (c) 2024). */
const isLatinFooterStart = (code: number): boolean => (code | 0x20) === 0x63 /* C c */ || code === 0xa9 /* © */ || code === 0x28; /* ( */

/** `containerHoldsNoCjk`: `holdsNoCjk(container)`, when the caller knows it already (container.ts). */
export function createChromeCheck(container: Element, isHidden: IsHidden, containerHoldsNoCjk = () => holdsNoCjk(container)): ChromeCheck {
  // read only as far as needed: many pages have no furniture to weigh, and a small box is told
  // small once the part of the article read so far outweighs it enough (the sums only grow)
  const containerWeight = textWeightReader(container);
  // An article box with no CJK anywhere in its text (most foreign pages) cannot hold a Chinese
  // opener, footer or notice word: only the Latin footer openers are left to look for, and only
  // a line that starts like one needs reading. Same answers, without reading every block's start.
  let cjkFree: boolean | undefined;
  const noCjk = () => (cjkFree ??= containerHoldsNoCjk());
  const small = (element: Element) => {
    const weight = textWeightOf(element);
    return weight < containerWeight((sum) => weight < sum * MAX_SHARE) * MAX_SHARE;
  };
  const outline = new OutlineSequence();

  // blocks are asked about in document order: a wrapper's opening read serves the blocks inside it
  const openings = createOpeningReader(MAX_OPENER_LENGTH * 4, MAX_OPENER_LENGTH, isHidden);
  /** The opening as the chrome rules read it (white space squeezed, folded, readings out) when it
   * may hold their words (mayHoldChromeWords) and is short enough to be a chrome line; else undefined. */
  const shortText = (element: Element): string | undefined => {
    const start = openings.openingOf(element);
    if (start === undefined || !mayHoldChromeWords(start)) return undefined;
    // read as the rules read it: a mirror's 相關(guān)推薦 / 版權所有 is the same chrome
    const text = foldScript(removePinyinReadings(squeezeSpaces(start)));
    return text.length <= MAX_OPENER_LENGTH ? text : undefined;
  };

  /** The visible text of a small inline element, squeezed; undefined when too long or too big. */
  const noticeText = (element: Element): string | undefined => {
    let text = '';
    let budget = MAX_NOTICE_NODES;
    for (let node = element.firstChild; node; ) {
      if (--budget < 0) return undefined;
      if (isText(node)) {
        text += node.data;
        if (text.length > MAX_NOTICE_LENGTH * 4) return undefined;
      }
      node = nextInside(node, element, isElement(node) && !isSkippedTag(node) && !isHidden(node));
    }
    if (!NOTICE_HINT.test(text)) return undefined;
    const squeezed = squeezeSpaces(text);
    return squeezed.length <= MAX_NOTICE_LENGTH ? foldScript(squeezed) : undefined;
  };

  const isGluedNotice = (element: Element): boolean => {
    // every notice word holds CJK (版权所有, ICP备, 禁止…)
    if (noCjk()) return false;
    const text = noticeText(element);
    if (!text || holdsSpeechSentence(text)) return false;
    return NOTICE_STRONG.test(text) || (NOTICE_COPY_BAN.test(text) && NOTICE_SITE.test(text));
  };

  /**
   * A paragraph's own words as a reader sees them, without its links (a list of link titles is
   * no prose); undefined for a box that holds paragraphs of its own (they are judged one by one).
   */
  let wordsOf: Element | undefined;
  let words: string | undefined;
  // asked twice about one element (is it a line? does it carry speech?): read once
  const ownWords = (element: Element): string | undefined => {
    if (element !== wordsOf) [wordsOf, words] = [element, readOwnWords(element)];
    return words;
  };
  const readOwnWords = (element: Element): string | undefined => {
    let text = '';
    let links = 0;
    let budget = MAX_EVIDENCE_NODES;
    const leave = (node: Node) => {
      if (tagOf(node as Element) === 'a') links--;
    };
    for (let node = element.firstChild; node && text.length < MAX_EVIDENCE_LENGTH && budget-- > 0; ) {
      let descend = false;
      if (isText(node)) {
        if (links === 0) text += node.data;
      } else if (isElement(node) && !isSkippedTag(node) && !isHidden(node)) {
        if (isBlockTag(node)) return undefined;
        // a notice printed in as an element of its own is cut before the core reads the line
        if (!isGluedNotice(node)) {
          if (tagOf(node) === 'a') links++;
          descend = true;
        }
      }
      node = nextInside(node, element, descend, leave);
    }
    return text;
  };

  /** The design rule: a paragraph that carries the speech is never furniture. */
  const holdsSpeech = (element: Element): boolean => {
    // a quoted post is someone else's words, whatever they say
    if (isQuoteInForumPost(element)) return false;
    const words = ownWords(element);
    return words !== undefined && carriesSpeech(foldScript(words), outline);
  };

  const isChrome = (element: Element, text: string | undefined): boolean => {
    if (isChromeTag(element) || isQuoteInForumPost(element)) return small(element);
    if (hasChromeName(element) && !hasArticleName(element) && small(element)) return true;
    if (tagOf(element) === 'a' || text === undefined) return false;
    return FOOTER_OPENER.test(text) || (FOOTER_ANYWHERE.test(text) && ownWords(element) !== undefined);
  };

  const looksLikeFurniture = (element: Element, inLinkBox: boolean): Furniture | undefined => {
    if (element === container) return undefined;
    // without CJK, a text that cannot open with a Latin footer word matches no pattern below
    const text = noCjk() && !isLatinFooterStart(firstVisibleCode(element, isHidden)) ? undefined : shortText(element);
    // a box of paragraphs is named by its first line only while it is small: a wrapper holding
    // the 上一篇 line and the whole short speech below it is read paragraph by paragraph
    if (text !== undefined && CHROME_OPENERS.test(text) && (ownWords(element) !== undefined || small(element))) return 'link-box';
    return isChrome(element, text) || (inLinkBox && linkDensity(element) >= LINK_BOX_DENSITY) ? 'chrome' : undefined;
  };

  return {
    furnitureOf(element, inLinkBox) {
      const furniture = looksLikeFurniture(element, inLinkBox);
      return furniture && !holdsSpeech(element) ? furniture : undefined;
    },
    noteBlock(text) {
      outline.note(text);
    },
    isGluedNotice,
    readInto: openings.wentInto,
  };
}
