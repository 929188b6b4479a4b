// The title printed again, and the page's lines that repeat or number it: a repeat of the title
// (decorations aside, shortened, or without a 作文 site's word) at the top of the body or among the
// last lines, a page line printed again under the title, the site's category under it and a
// collection's piece headings. The title search itself is title.ts. Pure.
import { charLength, compareKey } from './normalize';
import { matchMarker } from './markers';
import { hasStop } from './stops';
import { ABOVE_TITLE_LINE, CATEGORY_LABEL, isBulletedCategory, isByline, isTitleLike, PIECE_LINE, TITLE_WINDOW, titleKey, unstarred } from './title';
import { readPieceHeading } from './title-decor';
import { TITLE_DECORATIONS } from './rules/title-decorations';
import { ENGLISH_SPEECH_LABEL, isEnglishSpeechLabelUnder } from './english-speech-label';
import type { LineNoise as Noise } from './types';

/**
 * A page line printed again below the title (a viewer's collection header over the summary box
 * and over the text: "…致辞范文 / …致辞篇1 / 农历…" twice) is the page's there too.
 */
export function markRepeatedPageLines(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number, bodyStart: number): void {
  const above = new Map<string, Noise>();
  for (const i of nonBlank) {
    if (i >= titleIndex) break;
    const hit = noise.get(i);
    // a site's table of contents names the speech's own headings: those come again in the body
    if (hit && hit.rule !== 'site-chrome.toc' && !matchMarker(lines[i]!) && charLength(lines[i]!) <= ABOVE_TITLE_LINE) above.set(compareKey(lines[i]!), hit);
  }
  if (!above.size) return;
  const limit = nonBlank.find((i) => i >= bodyStart) ?? lines.length;
  for (const i of nonBlank) {
    if (i <= titleIndex || noise.has(i)) continue;
    if (i > limit + 3) break;
    const hit = above.get(compareKey(lines[i]!));
    if (hit) noise.set(i, hit);
  }
}

/** The last lines where a site prints the title again, over its download or share box. */
const TAIL_REPEAT_WINDOW = 8;
/** A title this short may be a heading's words: only a longer one is dropped when repeated at the end. */
const MIN_TAIL_REPEAT = 6;

/**
 * Repeats of the title at the top of the body go: the same words (decorations aside, so
 * "…讲话(完整文档)" repeats "…讲话"), and above the body also a shortened wording of it
 * ("安全生产月…讲话" under "在“安全生产月”…讲话"). So do the same words among the last lines,
 * where a site prints the title again over its download box.
 */
export function markDuplicateTitles(
  lines: readonly string[],
  nonBlank: readonly number[],
  noise: Map<number, Noise>,
  titleIndex: number | undefined,
  bodyStart: number,
  title: string,
): void {
  const key = titleKey(title);
  // the document's own name, without the word a 作文 or 范文 site adds to its headline
  const ownKey = withoutSiteWord(key);
  // the title line as printed, decorations and all: a heading of its full text may repeat them ("…会议(doc 16页)内容简介")
  const printedKey = compareKey(title);
  // The repeat sits at the top of the body: above it, or within its first few blocks.
  const limit = nonBlank.find((i) => i >= bodyStart) ?? lines.length;
  const window = nonBlank.filter((i) => i <= limit + 3 || i < bodyStart).slice(0, TITLE_WINDOW + 4);
  // each line's key, read once for both checks below
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => {
    let k = keys.get(i);
    if (k === undefined) keys.set(i, (k = titleKey(lines[i]!)));
    return k;
  };
  for (const i of window) {
    if (i === titleIndex || noise.has(i) || charLength(lines[i]!) > 2 * charLength(title) + 20) continue;
    const lineKey = keyOf(i);
    const variant = i < bodyStart && i > (titleIndex ?? -1) && (isShortenedWording(lineKey, key) || isTitleTail(lineKey, key) || (isCategoryBeforeWording(lineKey, key) && !isByline(lines[i]!)) || isStarredCopy(lineKey, key) || isTitleAfterSpacedLabel(lines[i]!, key)) && isTitleLike(lines[i]!);
    // (or the title again as a label closed by a colon, or as the heading of its full text: "…岁末广播全文", "毛笔大赛颁奖典礼介绍", or as the first entry of the
    // site's list of the pieces on the page: "1. 【在国家扶贫日系列活动上的讲话】", or as the name of a
    // picture it put there: "…大會上的講話插圖")
    if (lineKey === key || lineKey === ownKey || isTitleWithMarkAfter(lineKey, key) || isFullTextHeading(lineKey, key) || (printedKey !== key && isFullTextHeading(compareKey(lines[i]!), printedKey)) || variant || isFirstListEntry(lines[i]!, key) || isPictureName(lineKey, key)) noise.set(i, { reason: 'duplicate-title', rule: 'duplicate-title' });
  }
  markTitleRepeatedOverLines(window, noise, titleIndex, bodyStart, key, keyOf);
  if ([...key].length < MIN_TAIL_REPEAT) return;
  // a repeat holds the title's last character, whatever decorations it carries: most lines do not
  const last = key.charAt(key.length - 1);
  for (const i of nonBlank.slice(-TAIL_REPEAT_WINDOW)) {
    if (i <= limit || i === titleIndex || noise.has(i) || lines[i]!.length > 2 * title.length + 20 || !lines[i]!.includes(last)) continue;
    if (keyOf(i) === key) noise.set(i, { reason: 'duplicate-title', rule: 'duplicate-title' });
    else if (isTrailToTitle(lines[i]!, key)) noise.set(i, { reason: 'breadcrumb', rule: 'breadcrumb.trail-to-title' });
  }
}

/** The title printed again with one mark after it: a colon, as a label over the text ("…换届大会上的讲话:" over the salutation),
 * or a question mark, as a Q&A site's headline asks for the text ("毕业30年同学聚会感言?" over "毕业30年同学聚会感言"). */
function isTitleWithMarkAfter(lineKey: string, key: string): boolean {
  return lineKey.length === key.length + 1 && lineKey.startsWith(key) && MARK_AFTER_TITLE.test(lineKey.charAt(key.length));
}
/** The marks isTitleWithMarkAfter reads (keys fold a colon to its full width). */
const MARK_AFTER_TITLE = /[：?？]/;

/** What a site appends to the title to head the text under it: "全文", or a few words and "介绍" ("…典礼介绍"). */
const FULL_TEXT_WORD = /^(?:全文|[\u4e00-\u9fff]{0,4}(?:介绍|简介|介紹|簡介))$/;
function isFullTextHeading(lineKey: string, key: string): boolean {
  return lineKey.length > key.length && lineKey.startsWith(key) && FULL_TEXT_WORD.test(lineKey.slice(key.length));
}

/** What a site appends to the title to name a picture it set beside the text. */
const PICTURE_WORD = /^(?:插图|插圖|配图|配圖|图片|圖片|图|圖)\d{0,2}$/;
function isPictureName(lineKey: string, key: string): boolean {
  return lineKey.length > key.length && lineKey.startsWith(key) && PICTURE_WORD.test(lineKey.slice(key.length));
}

/** The number of a list's first entry ("1. ", "1、"). */
const FIRST_ENTRY = /^1\s{0,2}[.．、]\s{0,2}(?=\S)/;
function isFirstListEntry(line: string, key: string): boolean {
  const entry = FIRST_ENTRY.exec(line);
  return entry !== null && titleKey(line.slice(entry[0].length)) === key;
}

/** The most characters a label before the title's repeat holds (a product's name: "港澳台祭奠花篮一对A26"). */
const MAX_SPACED_LABEL = 20;

/** The title printed again after a label and a space, as a shop's product line carries it under the
 * title ("港澳台祭奠花篮一对A26 母亲追悼会的悼词_花圈代送网" under "母亲追悼会的悼词"): what follows the last
 * space is the title, its decorations aside. */
function isTitleAfterSpacedLabel(line: string, key: string): boolean {
  const space = line.trimEnd().search(/\s\S*$/);
  if (space <= 0 || charLength(line.slice(0, space).trim()) > MAX_SPACED_LABEL) return false;
  return titleKey(line.slice(space + 1)) === key;
}

/** The title printed again with a place in it starred out ("**园区项目…的讲话" under "园区项目…的讲话"). */
function isStarredCopy(lineKey: string, key: string): boolean {
  return lineKey !== key && (lineKey.includes('*') || lineKey.includes('＊')) && unstarred(lineKey) === key;
}

/** The most lines a title is printed over again (a meeting's name, "暨…", the genre letter-spaced). */
const MAX_REPEAT_LINES = 4;

/**
 * The title printed again under it over several lines ("…颁奖大会" / "暨…研讨会" / "開 幕 辭" under
 * "…颁奖大会暨…研讨会开幕辞"): consecutive lines above the body whose keys, run together, are the title's.
 */
function markTitleRepeatedOverLines(window: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined, bodyStart: number, key: string, keyOf: (i: number) => string): void {
  if (titleIndex === undefined) return;
  const open = window.filter((i) => i > titleIndex && i < bodyStart && !noise.has(i));
  for (let start = 0; start < open.length; start++) {
    let joined = '';
    for (let k = start; k < open.length && k - start < MAX_REPEAT_LINES; k++) {
      joined += keyOf(open[k]!);
      if (!key.startsWith(joined)) break;
      if (joined === key && k > start) {
        for (const i of open.slice(start, k + 1)) noise.set(i, { reason: 'duplicate-title', rule: 'duplicate-title' });
        return;
      }
    }
  }
}

/** The separators of a breadcrumb trail. */
const TRAIL_STEP = /\s{0,3}[>›»＞]\s{0,3}/;
/** A trail's category is a few words, not a sentence. */
const TRAIL_CATEGORY = /^[^\s。！？!?，,：:]{1,12}$/;

/** A breadcrumb trail printed again at the foot, ending with the title: "讲话致辞 >在2024年…讲话". */
function isTrailToTitle(line: string, key: string): boolean {
  const steps = line.trim().split(TRAIL_STEP);
  if (steps.length < 2 || titleKey(steps[steps.length - 1]!) !== key) return false;
  return steps.slice(0, -1).every((step) => TRAIL_CATEGORY.test(step));
}

/** What a 作文 or 范文 site puts after a headline: "…的演讲作文" heads "…的演讲". */
const SITE_WORD_END = /(?:作文|范文)$/;
/** A name this short without the site's word could be any line. */
const MIN_OWN_KEY = 6;

/** The title's key without the site's word after it; undefined when it has none. */
function withoutSiteWord(key: string): string | undefined {
  const own = key.replace(SITE_WORD_END, '');
  return own !== key && charLength(own) >= MIN_OWN_KEY ? own : undefined;
}

/** A viewer's page number glued before a line: "1会议上的讲话". */
const PAGE_NUMBER_FIRST = /^[0-9]{1,3}(?=[\u4e00-\u9fff])/;
/** A title's tail this short could be any heading's words. */
const MIN_TITLE_TAIL = 5;

/**
 * The last words of a title a viewer wrapped, its page number glued in front ("1会议上的讲话"
 * under "…联席会议上的讲话"). Without the number, the title's last words on a line of their own
 * are the document's short title ("教师代表发言稿" under "在…大会上的教师代表发言稿"): it stays.
 */
function isTitleTail(lineKey: string, key: string): boolean {
  const number = PAGE_NUMBER_FIRST.exec(lineKey);
  if (!number) return false;
  const tail = lineKey.slice(number[0].length);
  return charLength(tail) >= MIN_TITLE_TAIL && tail.length < key.length && key.endsWith(tail);
}

/** At least three quarters of the title's characters, in its order, and nothing else. */
function isShortenedWording(lineKey: string, key: string): boolean {
  const line = [...lineKey];
  const full = [...key].length;
  if (line.length < 6 || line.length >= full) return false;
  // three quarters of the title's words, or, closed by the title's own last two (its genre: "…罗纳的欢迎致辞"
  // under "2019年…开幕式…罗纳先生的欢迎致辞"), two fifths of them
  const closesAlike = line.length >= MIN_CLOSING_ALIKE && lineKey.slice(-2) === key.slice(-2);
  if (line.length * 4 < full * 3 && !(closesAlike && line.length * 5 >= full * 2)) return false;
  return readsInOrder(line, key);
}
/** The shortest wording read as the title's when it only closes as the title does. */
const MIN_CLOSING_ALIKE = 10;

/** Whether every character of `chars` is in `key`, in its order. */
function readsInOrder(chars: readonly string[], key: string): boolean {
  let at = 0;
  for (const ch of key) if (ch === chars[at]) at++;
  return at === chars.length;
}

/** The most characters a site's category glued before the title's wording holds. */
const MAX_GLUED_CATEGORY = 6;
const IDEOGRAPHS = /^[\u4e00-\u9fff]+$/;

/**
 * The site's category glued before the title's wording ("党建工作党建工作推进会上的讲话" under
 * "在党建工作推进会(理论研讨会)上的讲话"): a word the title holds, then at least half the title's
 * characters in its order and nothing else.
 */
function isCategoryBeforeWording(lineKey: string, key: string): boolean {
  for (let cut = 2; cut <= MAX_GLUED_CATEGORY && cut < lineKey.length; cut++) {
    const rest = [...lineKey.slice(cut)];
    const category = lineKey.slice(0, cut);
    if (!IDEOGRAPHS.test(category) || !key.includes(category) || rest.length < 6 || rest.length >= [...key].length || rest.length * 2 < [...key].length) continue;
    if (readsInOrder(rest, key)) return true;
  }
  return false;
}

/** How far under the title the category may stand. */
const CATEGORY_REACH = 2;

/**
 * The site's category printed under the title, above the speech ("競職演講稿:…" / "競聘演講稿" /
 * "2012/3/21"): a genre's bare name, of the genre the title names, is the page's, not the speech's.
 * A script's own section label of another genre ("开幕词" under "…主持词") stays.
 */
export function markCategoryUnderTitle(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number, title: string): void {
  const at = nonBlank.indexOf(titleIndex);
  for (const i of nonBlank.slice(at + 1, at + 1 + CATEGORY_REACH)) {
    if (noise.has(i)) continue;
    const genre = CATEGORY_LABEL.exec(lines[i]!)?.groups?.genre;
    // (a list's item naming the genre, "• 演辞" over "• 2013.08.26", is the page's field whatever the title names)
    // (an English headline's "Speech by Ms …, Minister for … at …" under it is the site's label of what the page holds)
    if (isEnglishSpeechLabelUnder(title, lines[i]!)) {
      noise.set(i, ENGLISH_SPEECH_LABEL);
      return;
    }
    if ((genre !== undefined && title.includes(genre) && lines[i] !== title) || isBulletedCategory(lines[i]!)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.category-label' });
    return;
  }
}

/** A collection's number for its piece after the title: "澄大校长毕业典礼讲话(一):" (the title decoration's own pattern). */
const BRACKETED_PIECE_NUMBER = TITLE_DECORATIONS.find((d) => d.id === 'title.piece-number-paren')!.pattern;

/** The title with a collection's number after it: "…简短2", "…讲话(一):". */
function isNumberedTitle(line: string, key: string): boolean {
  if (/\d$/.test(line) && titleKey(line) === key) return true;
  const bare = line.replace(BRACKETED_PIECE_NUMBER, '');
  return bare !== line && titleKey(bare) === key;
}

/**
 * Piece headings of a collection page ("…讲话稿 篇2", "第二篇:", a lone "二", "…简短2" under a
 * title "…简短") are the page's numbering, not the speech: out of the body, wherever they stand.
 */
export function markPieceHeadings(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined, title: string): void {
  const key = titleKey(title);
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (i === titleIndex || noise.has(i)) continue;
    const line = lines[i]!;
    if (line.length > PIECE_LINE || hasStop(line)) continue;
    const piece = readPieceHeading(line);
    const numbered = piece ?? (key && isNumberedTitle(line, key) ? { title: key } : undefined);
    if (!numbered) continue;
    const same = numbered.title !== '' && compareKey(numbered.title) === key;
    noise.set(i, same ? { reason: 'duplicate-title', rule: 'duplicate-title' } : { reason: 'site-chrome', rule: 'site-chrome.piece-heading' });
  }
}
