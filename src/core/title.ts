// The speech's title: which line of the text it is, the page's own title as a fallback, and the
// lines around it that go with it (the page's lines above it, its repeats at the top of the body).
// Pure: no DOM, no browser API.
import { classifyTitle, isSalutation, SPEECH_TITLE } from './detect';
import { hasSentenceEnd, hasStop } from './stops';
import { matchMarker } from './markers';
import { charLength, cjkRatio, compareKey, hasCompareKey, normalizeText } from './normalize';
import { allMatches } from './rules/all-matches';
import { LINE_RULES } from './rules/line-rules';
import { someLineRuleMatches } from './rules/any-line-rule';
import { compiledPattern } from './rules/machine-code';
import { foldScript } from './script/fold';
import { GENRE_AS_ACTIVITY, SALUTATION_LINE, SALUTATION_PART, SPEAKER_ROLE_LABEL, SPEECH_EXCERPTS, SPEECH_GENRE, SPEECH_TITLE_END } from './rules/speech-cues';
import { anyOf, OFFICES } from './rules/offices';
import { englishHeadlineOverSpeechLine } from './english-speech-label';
import { PERSON_NAME, SURNAMES } from './rules/surnames';
import { NOT_A_TITLE, PORTAL_NAME, SITE_TAGLINE } from './rules/title-decorations';
import { QUOTED_NAME } from './site-section';
import { readPieceHeading, stripTitleDecorations } from './title-decor';
import { continuesMeetingTitle, endsWithConjunction, isOccasionOverGenre, SUBTITLE_DASH } from './title-split';
import type { LineNoise as Noise, SourceBlock } from './types';
import { pieceNamedByHeadline } from './pieces-headline';
import { titleNamedByTopic } from './topic-title';
import { removeSpans } from './remove-spans';
import { findWatermarkFragments, type BrandMatcher } from './watermark';


/** How far into the document a title is looked for. */
export const TITLE_WINDOW = 25;

/** Where a breadcrumb's steps part. */
const CRUMB_SEPARATOR = /\s{0,3}(?:>>|>|›|»|＞|→|[|｜/])\s{0,3}/;
/** A breadcrumb's steps: parted by marks, or by spaces alone in a trail that has none ("当前位置:首页  德育园地"). */
function crumbSteps(line: string): string[] {
  const steps = line.trim().split(CRUMB_SEPARATOR);
  return steps.length > 1 ? steps : line.trim().split(/\s+/);
}
/**
 * A column's name printed over the breadcrumb that runs through it ("少先队天地" / "当前位置: 首页| 少先队天地",
 * "德育之窗" / "当前位置:首页 >德育之窗 >国旗下讲话"), or under it: the page's section header, never the title
 * (which stands under the breadcrumb).
 */
export function columnOverBreadcrumb(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): number | undefined {
  for (let k = 0; k < Math.min(nonBlank.length, TITLE_WINDOW); k++) {
    const crumb = nonBlank[k]!;
    if (noise.get(crumb)?.rule !== 'breadcrumb.location') continue;
    const steps = crumbSteps(lines[crumb]!);
    if (steps.length < 2) continue;
    const above = k > 0 ? compareKey(lines[nonBlank[k - 1]!]!) : '';
    if (above && steps.some((step) => step && compareKey(step) === above)) return nonBlank[k - 1]!;
    // (or printed under it, the page's own step left out of a trail that ends with its separator:
    // "首页> 2022网络大拜年 > 党政机关拜年 >" / "党政机关拜年"; a trail's last step is the title under it)
    const below = nonBlank[k + 1];
    if (below === undefined || noise.has(below) || steps[steps.length - 1] !== '') continue;
    const column = compareKey(lines[below]!);
    if (column && steps.some((step) => step && compareKey(step) === column)) return below;
  }
  return undefined;
}

/**
 * A step of the breadcrumb printed again on its own line between the title and the text ("1. 首页 > 讲话稿 >
 * 奠基仪式主持词 > …" / … / "奠基仪式主持词" / "以下是为您推荐的《…》"): the column's name, the page's.
 * The title's own line, and a step that is the title, stay.
 */
export function crumbStepsUnderTitle(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, titleIndex: number, bodyStart: number): number[] {
  const crumb = nonBlank.slice(0, TITLE_WINDOW).find((i) => i < titleIndex && noise.get(i)?.rule === 'breadcrumb.location');
  if (crumb === undefined) return [];
  const title = compareKey(lines[titleIndex]!);
  // (a step that holds the title or is held by it is the title printed again: title-repeats.ts's)
  const steps = new Set(lines[crumb]!.trim().split(CRUMB_SEPARATOR).slice(1).map(compareKey).filter((k) => k.length >= 2 && !k.includes(title) && !title.includes(k)));
  return nonBlank.filter((j) => j > titleIndex && j < bodyStart && !noise.has(j) && steps.has(compareKey(lines[j]!)));
}

export function isTitleLike(line: string): boolean {
  // a code point is one or two UTF-16 units: longer than this, it is over 80 characters
  // without counting them (a 1 MB heading was counted once per candidate)
  if (line.length > 2 * 80) return false;
  const n = charLength(line);
  return (
    n >= 4 &&
    n <= 80 &&
    !/[。；;]/.test(line) &&
    !/[：:，,！!？?、]$/.test(line) &&
    // a clause closed by an ASCII full stop after a comma ("今天我们聚在这里,送别林骁."): a sentence
    !ASCII_STOPPED_CLAUSE.test(line) &&
    !isSalutation(line) &&
    // a salutation's first line of several ("尊敬的各位领导、各位嘉宾" / "媒体朋友们," / "女士们、先生们:")
    !line.startsWith('尊敬的') &&
    // the speaker giving his topic ("今天我演讲的题目是《…》"): the speech's first sentence, which names the title
    !(line.includes('我') && compiledPattern(GIVES_OWN_TOPIC).test(foldScript(line))) &&
    (!matchMarker(line) || isMarkedTitle(line)) &&
    (cjkRatio(withoutMarkup(line)) >= 0.5 || ENGLISH_SPEECH_HEADLINE.test(line) || GENRE_AFTER_ENGLISH_NAME.test(foldScript(line)))
  );
}

/** A line with a comma that closes on an ASCII full stop after an ideograph. */
const ASCII_STOPPED_CLAUSE = /[，,][^，,]*[\u4e00-\u9fff]\.$/;

/** The speaker giving the topic of his talk, at its start: "今天我演讲的题目是…", "我今天发言的主题是…", "下面,我要讲话的题目叫…". */
const GIVES_OWN_TOPIC = /^(?:(?:今天|下面|这次|此次)[，,]?\s{0,2})?我(?:今天)?(?:要|想)?(?:演讲|讲话|发言|演说|交流|讲课|授课)的(?:题目|话题|主题)(?:是|叫)/;

/** An English headline naming a speech ("Speech by the Chairman of URA at the spring reception with media"),
 * as a bilingual body's site prints over the Chinese text: a title, though it holds no Chinese. */
const ENGLISH_SPEECH_HEADLINE = /^(?:(?:Opening|Closing|Welcome|Welcoming|Keynote|Inaugural) )?(?:Speech|Remarks|Address|Message|Toast) (?:by|of|at|on|delivered) [A-Za-z][^.!?。！？]{4,100}$/;

/** An event's English name with the speech's genre after a dash ("Sing for Love:Christmas Singing Show - 校長致詞"): a
 * title, though most of it is English. */
const GENRE_AFTER_ENGLISH_NAME = new RegExp(`^[A-Za-z][^。！？\\u4e00-\\u9fff]{3,60}\\s[-–—|]\\s{0,2}[\\u4e00-\\u9fff]{0,8}${SPEECH_GENRE}$`);

/** Markup a page leaked around a title ("[color=red]新年贺词[/color]", "<h3>…"): not read as the title's words. */
const LEAKED_MARKUP = /<\/?[a-z][a-z0-9]{0,9}(?:\s[^<>]{0,80})?>|\[\/?(?:color|size|font|b|i|u|align|url)(?:=[^[\]]{1,24})?\]/gi;
function withoutMarkup(line: string): string {
  return line.includes('[') || line.includes('<') ? line.replace(LEAKED_MARKUP, '') : line;
}

/** A viewer's first page number glued to the file's title ("1、高三毕业典礼校长讲话稿"): a title whose
 * "1、" is the viewer's (title.number-prefix), not a heading's (a heading names no genre at its end). */
const FIRST_PAGE_NUMBER = /^1\s{0,2}[、.．]\s{0,2}/;
function isNumberedFileTitle(line: string): boolean {
  const number = FIRST_PAGE_NUMBER.exec(line);
  return number !== null && compiledPattern(SPEECH_TITLE_END).test(line.slice(number[0].length));
}
/** A campaign's name that reads as a word marker, run on by the genre ("四要演讲稿--不做败兵的烟草人"): a point
 * says what is to be done after its 四要, never "演讲稿". */
const GENRE_AFTER_WORD_MARKER = /^[一二三四五六七八九十两]{1,3}(?:要|是|抓|个|有)(?:演讲|讲话|发言|致辞|讲稿|主持词|演講|講話|發言|致辭|講稿|主持詞)/;
/** A title that opens the way an outline item does: a viewer's page number, or a campaign's name. */
function isMarkedTitle(line: string): boolean {
  return isNumberedFileTitle(line) || GENRE_AFTER_WORD_MARKER.test(line);
}

/**
 * The speech's own title: on a collection page the first piece's; else the page's heading when
 * it is in the text, else the first title-like line that names a speech or meeting (the
 * article's own heading when the page's title, meta and promo lines stand above it), else the
 * first title-like line right above a salutation.
 */
export function findTitleIndex(
  blocks: readonly SourceBlock[],
  lines: readonly string[],
  nonBlank: readonly number[],
  noise: ReadonlyMap<number, Noise>,
  pageTitle: string | undefined,
  /** a line the preamble rules (meta, promo…) read as the page's, not the speech's */
  isPageLine: (i: number) => boolean = () => false,
): number | undefined {
  const window = underColumnBlurb(firstKept(nonBlank, noise, TITLE_WINDOW), lines, noise);
  const toc = tableOfContents(lines, window);
  // A Q&A page's question about writing one ("㈠ 教育局长在…评审会上的讲话稿如何写") or about what it said
  // ("…校长的离职演说内容是什么?") over a speech that answers it under its own title: the question is the page's.
  const asksAboutIt = (i: number) => asksAboutTheSpeech(lines[i]!);
  const answered = window.some(asksAboutIt) && window.some((i) => isSalutation(lines[i]!));
  const isQuestion = (i: number) => answered && asksAboutIt(i);
  const firstProse = window.find((i) => !toc.has(i) && !isQuestion(i) && isProse(lines[i]!) && !isExclaimedHeadline(i, lines, nonBlank));
  const beforeProse = (i: number) => firstProse === undefined || i < firstProse;
  const column = columnOverBreadcrumb(lines, nonBlank, noise);
  const candidates = window.filter((i) => i !== column && beforeProse(i) && !toc.has(i) && (isTitleLike(lines[i]!) || isNamingHeadline(i, lines, nonBlank)) && !NOT_A_TITLE.test(lines[i]!) && !ISSUING_BODY.test(lines[i]!) && !isByline(lines[i]!) && !isMetaLine(lines[i]!) && !isBulletedCategory(lines[i]!) && !isQuestion(i) && !isSiteNameInHeader(i, lines, nonBlank) && !isBadgeOfNext(i, window, lines));
  const piece = findFirstPiece(lines, window.filter((i) => !isQuestion(i)), beforeProse);
  if (piece !== undefined) return piece;
  const firstSpeaker = firstSpeechUnderCollection(candidates, window, lines);
  if (firstSpeaker !== undefined) return firstSpeaker;
  const namedPiece = pieceNamedByHeadline(candidates, window, lines);
  if (namedPiece !== undefined) return namedPiece;
  const topic = titleNamedByTopic(candidates, window, lines);
  if (topic !== undefined) return topic;
  const promoted = titleNamedByPromo(lines, nonBlank, noise, window);
  if (promoted !== undefined) return promoted;
  if (pageTitle) {
    const key = compareKey(pageTitle);
    const same = window.find((i) => hasCompareKey(lines[i]!, key));
    if (same !== undefined) return same;
  }
  // an English headline over a government site's "Speech by …" line over the Chinese text: the page's name of the speech
  const englishHeadline = englishHeadlineOverSpeechLine(window, lines);
  if (englishHeadline !== undefined) return englishHeadline;
  // a line the page labels as the title ("标题: 董明珠放狠话:…"), under the forum's name: the page says which line it is
  const labelled = window.find((i) => TITLE_LABEL.test(lines[i]!) && isTitleLike(stripTitleDecorations(lines[i]!).text));
  if (labelled !== undefined) return labelled;
  const heading = candidates.find((i) => blocks[i]!.heading);
  if (heading !== undefined) return heading;
  const underJoined = headingUnderJoinedTitle(candidates, window, lines);
  if (underJoined !== undefined) return underJoined;
  const overByline = ownTitleOverByline(candidates, window, lines);
  if (overByline !== undefined) return overByline;
  const overMeta = headlineOverMeta(candidates, lines, nonBlank);
  if (overMeta !== undefined) return overMeta;
  // A reseller's banner may name speeches too ("青鸢文稿｜领导讲话专辑", "更新：领导讲话、党课讲稿");
  // the speech's own name reads "在…会上的讲话".
  const named = candidates.filter((i) => !isBannerTitle(stripTitleDecorations(lines[i]!).text));
  // (a main title over its subtitle is one whatever separator it holds: "一線天·二十年后再相會")
  const subtitled = overSubtitle(candidates, window, lines);
  if (subtitled !== undefined) return headlineOverOwnHeading(subtitled, named, window, lines, nonBlank, noise);
  const classic = named.find((i) => CLASSIC_TITLE.test(lines[i]!));
  if (classic !== undefined) return repeatUnderPressLead(firstLineOfTwo(firstPieceUnderCount(documentHeading(articleHeading(classic, named, lines, nonBlank, isPageLine), named, lines), named, lines), window, lines), window, lines, firstProse);
  const speechWord = pastPracticeLabel(pastCategoryLabel(named.find((i) => namesSpeech(lines[i]!)), named, lines), named, lines);
  if (speechWord !== undefined) return ownTitleUnderNewsHeadline(speechWord, window, lines, nonBlank) ?? quoteHeadlineOverCaption(repeatUnderPressLead(firstLineOfTwo(ownTitleAboveSalutation(ownTitleUnderLabel(firstPieceUnderCount(documentHeading(articleHeading(speechWord, named, lines, nonBlank, isPageLine), named, lines), named, lines), window, lines), window, lines), window, lines), window, lines, firstProse), candidates, lines);
  if (pageTitle) return undefined;
  // (a title under the lead may be printed over two lines, as one over no lead: "黄…同志在全省…普查" / "宣传工作会议上的讲话")
  const underLead = firstLineOfTwo(titleUnderLead(window, lines, firstProse), window, lines);
  if (underLead !== undefined) return underLead;
  // The title sits above the salutation, with at most a subtitle ("——在…上的讲话"), the
  // speaker and the date between them.
  const aboveSalutation = candidates.find((i) => {
    const between = window.filter((j) => j > i);
    const salutation = between.findIndex((j) => isSalutation(lines[j]!) || SALUTATION_AND_GREETING.test(lines[j]!));
    return salutation !== -1 && salutation <= FRONT_MATTER_LINES && between.slice(0, salutation).every((j) => isFrontMatter(lines[j]!));
  });
  if (aboveSalutation !== undefined) return ownHeadingUnderMeta(aboveSalutation, candidates, window, lines, nonBlank, noise);
  // A text that opens with a short line set apart by a blank line, or standing over a meta line
  // or a date: its title. A blog's date header above it ("2008年6月10日 星期二") is the page's.
  // (a portal's or school's name above it is no line of the text, nor a column's over the breadcrumb)
  // In a text that sets no line apart by a blank one (a paragraph to a line), a short line right
  // over the first paragraph of prose is set apart as well as it can be; so is one over its genre
  // word alone, a title printed over two lines ("…麻将比赛" / "闭幕词").
  // (nor a bilingual site's English name of the column over it, "News", "Principal's Message", nor a column's "名家專欄")
  const first = window.find((i) => i !== column && !isMetaLine(lines[i]!) && !PORTAL_NAME.test(lines[i]!) && !SITE_TAGLINE.test(lines[i]!) && !ISSUING_BODY.test(lines[i]!) && !ENGLISH_COLUMN_NAME.test(lines[i]!) && !COLUMN_SHELF.test(lines[i]!));
  if (first === undefined || first !== candidates[0]) return undefined;
  const next = nonBlank.find((j) => j > first);
  const setApart =
    lines[first + 1] === '' ||
    (next !== undefined && (isMetaLine(lines[next]!) || DATE_LINE.test(lines[next]!) || isOccasionOverGenre(lines[first]!, lines[next]!) || (next === firstProse && !setsLinesApart(lines, window) && mayHeadProse(lines[first]!) && !WRAP_GOES_ON.test(lines[next]!))));
  return setApart ? first : undefined;
}

/**
 * A site's headline over its meta line, the article under it opening with a heading of its own right over the
 * salutation ("水灾新闻发布会新闻稿(…范文)" / "admin 2024-10-04 21:46:09" / "关于近期水灾情况的新闻发布会" / "尊敬的…:"),
 * nothing but the page's lines between them: the article's heading is the title. A repeat of the headline is no other one.
 */
function ownHeadingUnderMeta(chosen: number, candidates: readonly number[], window: readonly number[], lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): number {
  const own = candidates.find((i) => i > chosen);
  if (own === undefined) return chosen;
  const after = window[window.indexOf(own) + 1];
  if (after === undefined || !(isSalutation(lines[after]!) || SALUTATION_AND_GREETING.test(lines[after]!))) return chosen;
  const printedBetween = nonBlank.filter((j) => j > chosen && j < own);
  if (!printedBetween.every((j) => noise.has(j) || isMetaLine(lines[j]!)) || !printedBetween.some((j) => isMetaLine(lines[j]!))) return chosen;
  return titleKey(lines[own]!) === titleKey(lines[chosen]!) ? chosen : own;
}

/** A line the first one's sentence goes on into ("…不過大家總還是有些共通" / "的感受,歸納起來大約有三點。"): a
 * hard wrap, not a title over its text (no word opens with this 的 but 的确 and 的士). */
const WRAP_GOES_ON = /^的(?![确士])/;
/** A site's column of named writers or talks over the headline ("名家專欄", "校长专栏"): the page's shelf, no line of the text. */
const COLUMN_SHELF = /^[\u4e00-\u9fff]{2,6}(?:专栏|專欄|栏目|欄目)$/;
/** A column's English name alone on a line, in words (a school's "News", "Principal's Message"): no Chinese
 * text's title. (Not an acronym: a feed's "RSS" or a language switch's "EN" says nothing of what is under it.) */
const ENGLISH_COLUMN_NAME = /^[A-Z][a-z]{1,15}(?:['’]s)?(?: [A-Z]?[a-z]{1,15}(?:['’]s)?){0,2}$/;

/** A diary's day ("1月11日 周六"), or a line the page's encoding garbled (U+FFFD), heads no text as its title. */
const DAY_HEADER = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s{0,2}(?:星期|周|礼拜)[一二三四五六日天]$/;
function mayHeadProse(line: string): boolean {
  return !DAY_HEADER.test(line) && !line.includes('\uFFFD');
}

/** Whether the text sets its opening lines apart with blank lines (most pages do, or print none). */
function setsLinesApart(lines: readonly string[], window: readonly number[]): boolean {
  const last = window[window.length - 1];
  if (last === undefined) return false;
  for (let i = window[0]!; i < last; i++) if (!lines[i]) return true;
  return false;
}

/**
 * A page title printed with its spaces encoded as "+" ("…宗旨+忠心耿耿为民", from the address or a
 * form) over the title as the document prints it ("…宗旨 忠心耿耿为民"): the printed one is the title.
 * Only a following line that reads the same with each "+" a space counts, so "互联网+政务服务" stays.
 */
export function printedTitleUnderEncoded(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined || !lines[titleIndex]!.includes('+')) return titleIndex;
  const spelled = lines[titleIndex]!.replace(/\+/g, ' ');
  const at = nonBlank.indexOf(titleIndex);
  const next = nonBlank.slice(at + 1, at + 3).find((j) => lines[j] === spelled);
  return next ?? titleIndex;
}

/**
 * A page's title line over the document's own shorter heading that it ends with, meta lines between
 * ("在9月10日…表彰大会上的教师代表发言稿" / "时间:… 点击:545次" / "教师代表发言稿"): the fuller line,
 * which says where the speech was given ("在…上的", "…的", a bare 在), is the title; the heading stays as the
 * document printed it. A prefix that is not such a qualifier (a site's name) does not count.
 */
export function fullerTitleAbove(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, unknown>): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const key = compareKey(lines[titleIndex]!);
  if (key.length < MIN_FULLER_KEY) return titleIndex;
  for (let k = nonBlank.indexOf(titleIndex) - 1, seen = 0; k >= 0 && seen < FULLER_TITLE_REACH; k--, seen++) {
    const j = nonBlank[k]!;
    const above = lines[j]!;
    const aboveKey = compareKey(above);
    if (aboveKey.length > key.length && aboveKey.endsWith(key) && QUALIFIER_END.test(aboveKey.slice(0, -key.length)) && isTitleLike(above) && namesSpeech(above)) return j;
    if (!noise.has(j)) break;
  }
  return titleIndex;
}
const MIN_FULLER_KEY = 4;
/** What the fuller title adds before the heading: a qualifier closed by 的, or the 在 of "在…上的". */
const QUALIFIER_END = /的$|^在$/;
const FULLER_TITLE_REACH = 3;

/**
 * The page's <title> over the document's heading, the same words with the site's or school's name after a
 * separator ("国旗下讲话---《关注食品安全…》-保定市女子职业中专" / "国旗下讲话---《关注食品安全…》"): the
 * heading is the title, and the line above is the page's (markAboveTitle). A dash subtitle ("——在…上的讲话") is
 * the title's own words, not a name after a separator.
 */
export function headingUnderSuffixedTitle(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const next = nonBlank[nonBlank.indexOf(titleIndex) + 1];
  if (next === undefined) return titleIndex;
  const line = lines[titleIndex]!.trim();
  const heading = lines[next]!.trim();
  if (heading.length < MIN_FULLER_KEY || !line.startsWith(heading) || !isTitleLike(heading)) return titleIndex;
  const suffix = line.slice(heading.length);
  return SITE_NAME_SUFFIX.test(suffix) && !namesSpeech(suffix) ? next : titleIndex;
}
/** A separator of a page's <title> and the name after it: "-保定市女子职业中专", " _ 某某范文网", "|县教育局". */
const SITE_NAME_SUFFIX = /^\s{0,2}[-_|｜]\s{0,2}[^\s。！？!?，,：:、《》“”()（）-]{2,24}$/;

/**
 * A column's label naming the genre alone, perhaps after the school's department ("小学部国旗下讲话"), over the
 * speech's own headline in book marks ("《科技追梦 强国有我》"): the headline is the title, the label the page's
 * (markAboveTitle).
 */
export function headlineUnderGenreLabel(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined || !GENRE_LABEL.test(lines[titleIndex]!.trim())) return titleIndex;
  const next = nonBlank[nonBlank.indexOf(titleIndex) + 1];
  return next !== undefined && BOOK_MARKED_HEADLINE.test(lines[next]!.trim()) && isTitleLike(lines[next]!) ? next : titleIndex;
}
const GENRE_LABEL = /^[\u4e00-\u9fff]{0,8}?(?:国旗下的?(?:讲话|演讲|发言)(?:稿)?|讲话稿|演讲稿|发言稿|广播稿)$/;
const BOOK_MARKED_HEADLINE = /^《[^《》]{2,40}》$/;

/**
 * A title printed whole above and again broken over two lines, the break's second half taken for
 * the title ("…为党尽责的合格党员" / "…为党" / "尽责的合格党员"): the first half is where the title starts
 * (analyze.ts joins the second to it, as the copy above shows).
 */
export function brokenTitleStart(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const k = nonBlank.indexOf(titleIndex);
  if (k < 2) return titleIndex;
  const first = nonBlank[k - 1]!;
  // each half a whole title: two titles joined (articleHeading), not one broken
  if (isWholeSpeechTitle(lines[first]!) && isWholeSpeechTitle(lines[titleIndex]!)) return titleIndex;
  const joined = compareKey(lines[first]!) + compareKey(lines[titleIndex]!);
  if (joined.length > 2 * TITLE_LINE_MAX_KEY) return titleIndex;
  const whole = nonBlank.slice(Math.max(0, k - 1 - BROKEN_TITLE_REACH), k - 1).some((j) => compareKey(lines[j]!) === joined);
  return whole ? first : titleIndex;
}
const BROKEN_TITLE_REACH = 4;

/**
 * A title broken after a conjunction, its second half taken for the title ("讲团结、讲奉献,以饱满的
 * 工作激情和" / "必胜的信心,迎评“三甲”"): no title ends with 和, so the first half is where it starts
 * (analyze.ts joins the second to it: secondLineOfTitle).
 */
export function titleStartBeforeConjunction(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const above = nonBlank[nonBlank.indexOf(titleIndex) - 1];
  return above !== undefined && above === titleIndex - 1 && isTitleLike(lines[above]!) && endsWithConjunction(lines[above]!) && !hasStop(lines[titleIndex]!) ? above : titleIndex;
}
const TITLE_LINE_MAX_KEY = 80;

/**
 * A site's page title joins the article's heading and the site's names with "_" ("图片 警钟常鸣_某某网_
 * 官网登录下载~", "十八届共青团代表大会_共青团莲花镇第十二次代表大会"); when one of its parts is printed
 * again on a line of its own below it, that line is the article's heading. A short label before the
 * part ("图片 ") is the page's too.
 */
function headingUnderJoinedTitle(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  for (const i of window) {
    const line = lines[i]!;
    if (!line.includes('_') || line.length > JOINED_TITLE_LINE) continue;
    const parts = line.split('_').map(compareKey).filter((p) => p.length >= MIN_JOINED_PART);
    if (parts.length < 2) continue;
    const named = (j: number) => {
      const key = compareKey(lines[j]!);
      return key.length >= MIN_JOINED_PART && parts.some((p) => p.endsWith(key) && p.length - key.length <= JOINED_LABEL);
    };
    const hit = candidates.find((j) => j > i && !lines[j]!.includes('_') && named(j));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
const JOINED_TITLE_LINE = 160;
const MIN_JOINED_PART = 4;
const JOINED_LABEL = 3;

/**
 * A page whose first line is its <title> in a site's "a_b_c" form (an SEO or spam string: "附近一百元三个
 * 小时_附近一百元约_…") and whose article heading stands right over its date line ("清水之声" /
 * "发布日期:2021-02-08 浏览次数:"): the heading is the title.
 */
function headlineOverMeta(candidates: readonly number[], lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  const first = candidates[0];
  if (first === undefined || (lines[first]!.match(/_/g)?.length ?? 0) < 2) return undefined;
  return candidates.find((i) => {
    if (i <= first || lines[i]!.includes('_')) return false;
    const next = nonBlank[nonBlank.indexOf(i) + 1];
    return next !== undefined && isMetaLine(lines[next]!);
  });
}

/** A site's name alone on a line ("一品知识网"), or printed twice over (its logo's text and its name). */
const SITE_NAME_ALONE = /^([\u4e00-\u9fff]{2,8}[网網])\1?$/;
/** A site's name alone that opens another line of the page's head too ("一品知识网" over "一品知识网-文学创作服务平台"),
 * or the name printed twice ("一品知识网一品知识网"): its logo and header, not a title. */
function isSiteNameInHeader(i: number, lines: readonly string[], nonBlank: readonly number[]): boolean {
  const line = lines[i]!.trim();
  const name = SITE_NAME_ALONE.exec(line)?.[1];
  return name !== undefined && nonBlank.slice(0, TITLE_WINDOW).some((j) => j !== i && lines[j]!.trim().startsWith(name));
}

/** A column's name over the headline that wears it as a badge ("每日学习" over "【每日学习】宋庆龄:向孩子们祝贺“六一”"):
 * the column's, not a title. */
function isBadgeOfNext(i: number, window: readonly number[], lines: readonly string[]): boolean {
  const next = window[window.indexOf(i) + 1];
  if (next === undefined) return false;
  const name = lines[i]!.trim();
  const below = lines[next]!.trimStart();
  // (a headline after the badge: the title in brackets alone is the title again)
  return (below.startsWith(`【${name}】`) || below.startsWith(`[${name}]`)) && below.trimEnd().length > name.length + 2;
}

/** A question about how to write the text ("…的讲话稿如何写", "…致辞怎么写?"). */
const WRITING_QUESTION = /(?:如何|怎么|怎样)写(?:好|作)?\s{0,2}[?？]?$/;
/** A question about what a speech said ("…的离职演说内容是什么?", "…讲话的全文有哪些?"). */
const SPEECH_QUESTION = /(?:讲话|講話|致辞|致辭|演说|演說|演讲|演講|发言|發言)(?:稿|的)?(?:内容|內容|全文|原文|要点|要點)?(?:是什么|是什麼|有哪些|是哪些)\s{0,2}[?？]$/;
/** A Q&A page's question about the speech: how to write one, or what it said. */
function asksAboutTheSpeech(line: string): boolean {
  return compiledPattern(WRITING_QUESTION).test(line) || compiledPattern(SPEECH_QUESTION).test(line);
}

/** Any spoken genre's name (祝词, 感言, 串词 as well as 讲话). */
const SPOKEN_GENRE = new RegExp(SPEECH_GENRE);

export function namesSpeech(line: string): boolean {
  return SPEECH_TITLE.test(line) || SPOKEN_GENRE.test(line) || /在[^。]{2,40}上的/.test(line) || MEETING_TRANSCRIPT.test(line);
}
/** A meeting's transcript, named as such ("…小麦跨区机收工作视频会议实录"): what was said there. */
const MEETING_TRANSCRIPT = /(?:会议|座谈会|论坛|讲座|报告会)(?:文字)?实录$/;

/**
 * A news headline that reports the speech ("…表彰大会隆重举行 习近平发表重要讲话") over the speech's own title further
 * down, past the page's lead and dateline, right over its date, speaker and salutation ("在…表彰大会上的讲话" /
 * "(2025年4月28日)" / "习近平" / "同志们,朋友们:"): the own title is the title. Undefined when there is none.
 */
function ownTitleUnderNewsHeadline(chosen: number, window: readonly number[], lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (classifyTitle(foldScript(lines[chosen]!.trim())) !== 'news') return undefined;
  return window.find((i) => i > chosen && CLASSIC_TITLE.test(foldScript(lines[i]!)) && isTitleLike(lines[i]!) && standsOverSalutation(lines, nonBlank, i));
}

/**
 * A photo's caption naming who speaks ("中小企業協會會長李子彬講話") under the headline that quotes him, his name
 * and a colon before his words ("中國中小企業協會會長李子彬:以創新促進成長"): the headline is the title.
 */
function quoteHeadlineOverCaption(chosen: number | undefined, candidates: readonly number[], lines: readonly string[]): number | undefined {
  if (chosen === undefined) return undefined;
  const caption = foldScript(lines[chosen]!.trim());
  if (!SPEAKER_CAPTION.test(caption)) return chosen;
  const headline = candidates.find((i) => i < chosen && captionNamesQuotedSpeaker(caption, foldScript(lines[i]!.trim())));
  // or a report's headline over it ("省住建厅举行迎新春茶话会" over "卢天锡厅长致辞"): the caption is its photo's
  return headline ?? candidates.find((i) => i < chosen && classifyTitle(foldScript(lines[i]!.trim())) === 'news') ?? chosen;
}
/** The caption under a quote headline that names its speaker ("…会长李子彬讲话" under "…会长李子彬:以创新促进成长"), if one stands within a few lines. */
export function speakerCaptionUnder(titleIndex: number, lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, unknown>): number | undefined {
  const headline = lines[titleIndex]!.trim();
  if (!SPEAKER_BEFORE_COLON.test(headline)) return undefined;
  const at = nonBlank.indexOf(titleIndex);
  return nonBlank.slice(at + 1, at + 1 + CAPTION_REACH).find((i) => !noise.has(i) && captionNamesQuotedSpeaker(lines[i]!.trim(), headline));
}
/** Whether a caption ("…会长李子彬讲话") names the speaker a quote headline puts before its colon ("…会长李子彬:以创新促进成长"). */
function captionNamesQuotedSpeaker(caption: string, headline: string): boolean {
  const speaker = SPEAKER_BEFORE_COLON.exec(headline)?.[1];
  return speaker !== undefined && SPEAKER_CAPTION.test(caption) && caption.includes(speaker);
}

/** A label of who speaks right under the title that names him ("林晓岚老师发言" under "林晓岚老师在…的发言"). */
export function speakerLabelUnder(titleIndex: number, lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, unknown>): number | undefined {
  const next = nonBlank[nonBlank.indexOf(titleIndex) + 1];
  // (the title printed again is its repeat, not a label)
  return next !== undefined && !noise.has(next) && titleKey(lines[next]!) !== titleKey(lines[titleIndex]!) && labelsSpeakerOf(lines[next]!, lines[titleIndex]!) ? next : undefined;
}
/** A photo's caption under the title, over the salutation, telling who read the speech out for its author
 * ("…秘书长攀洛·泰阿利先生宣读“世佛联”主席潘·瓦纳密提的书面致辞"): no line of the speech says so of it. */
export function readOutCaptionUnder(titleIndex: number, lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, unknown>): number | undefined {
  const at = nonBlank.indexOf(titleIndex);
  for (const i of nonBlank.slice(at + 1, at + 1 + READ_OUT_REACH)) {
    const line = lines[i]!.trim();
    if (isSalutation(line) || hasStop(line)) return undefined;
    if (!noise.has(i) && READ_OUT_BY.test(line) && namesSpeech(line)) return i;
  }
  return undefined;
}
/** How many lines under the title a read-out caption may stand (place, date, byline and the photo's file between). */
const READ_OUT_REACH = 6;
/** The title's English rendering on the line right under it ("新春贺词" / "Chinese New Year Message", "…开班仪式上的讲话" / "Remarks by
 * Ambassador … at Opening Ceremony of Training Course on …"): words in capitals,
 * no sentence; the page's twin of the title (a bilingual speech's own English lines below stay). */
const ENGLISH_TITLE = /^[A-Z][A-Za-z'’&-]*(?: (?:[A-Z][A-Za-z'’&-]*|of|and|the|for|to|on|in|at|by|with|a|an)){1,19}$/;
export function markEnglishTitleTwin(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number): void {
  const next = nonBlank[nonBlank.indexOf(titleIndex) + 1];
  if (next !== undefined && !noise.has(next) && ENGLISH_TITLE.test(lines[next]!.trim())) noise.set(next, { reason: 'site-chrome', rule: 'title.english-twin' });
}

/** How many lines under the headline its caption may stand (a date line between). */
const CAPTION_REACH = 3;
/** A caption: a post and a name, then the genre, no meeting named ("…会长李子彬讲话"). */
const SPEAKER_CAPTION = /^[^在。，,:：]{4,30}(?:讲话|致辞|发言)$/;
/** A quote headline's speaker: the name before the colon ("…会长李子彬:以创新促进成长"). */
const SPEAKER_BEFORE_COLON = /([\u4e00-\u9fff]{2,3})[:：]\s{0,2}\S{4,}/;

/**
 * A headline tagged with its column before a bar ("新年寄語|2018,看看長春高新區的“新藍圖”") over the
 * speech's own title, which its byline follows ("轉型升級 創新發展 …新城區" / "…党工委書記、管委會主任 趙旭"):
 * the headline is the page's, the line over the byline the speech's.
 */
function ownTitleOverByline(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  const first = candidates[0];
  if (first === undefined || !TAGGED_HEADLINE.test(lines[first]!)) return undefined;
  return candidates.find((i) => {
    if (i <= first) return false;
    const next = window.find((j) => j > i);
    return next !== undefined && isByline(lines[next]!);
  });
}
/** A column's tag before a bar at a headline's start. */
const TAGGED_HEADLINE = /^[^|｜]{2,8}[|｜][^|｜]{4,}$/;

/** A page that prints several speakers' speeches, each under its own title and byline: "…座谈会发言摘编",
 * "…现场会典型发言摘要", "…交流发言摘登" (one speech's excerpt, "…上的讲话摘要", names no collection). */
export const SPEECHES_COLLECTION = new RegExp(`${SPEECH_EXCERPTS.source}|(?:典型|交流|代表|大会)(发言)(?:摘要|摘编|摘登|选登)?$`);

/**
 * The first speech under a collection's headline: the title-like line after it that a byline
 * follows (a speaker's post and name, "人民日报社社长 杨振武", or the body that spoke, "山东省人民政府"),
 * or that a speaker's label precedes, the text's prose under it ("陕西 石国栋家庭" / "我的“小家”和“大家”").
 */
function firstSpeechUnderCollection(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  const headline = candidates.find((i) => SPEECHES_COLLECTION.test(foldScript(lines[i]!.trim())));
  if (headline === undefined) return undefined;
  // (the editors' note between them is prose: the speech's title stands under it)
  for (const i of window) {
    if (i <= headline || !isTitleLike(lines[i]!) || NOT_A_TITLE.test(lines[i]!)) continue;
    const next = window.find((j) => j > i);
    const byline = next === undefined ? '' : lines[next]!.trim();
    if (isByline(byline) || ISSUING_BODY.test(byline)) return i;
    const label = window[window.indexOf(i) - 1]!;
    if (label > headline && PIECE_SPEAKER_LABEL.test(lines[label]!.trim()) && isProse(byline)) return i;
  }
  // no piece's title under the label: it is the series line under one piece's own title ("走進生活深處" over
  // "中國作協…培訓研討班發言摘登"), which stands right over it
  if (!SPEECH_EXCERPTS.test(foldScript(lines[headline]!.trim()))) return undefined;
  const above = window[window.indexOf(headline) - 1];
  return above !== undefined && candidates.includes(above) ? above : undefined;
}
/** A collection's label over a speaker's piece: a place or a body, a space, a name ("陕西 石国栋家庭"). */
const PIECE_SPEAKER_LABEL = /^[\u4e00-\u9fff]{2,8}\s{1,3}[\u4e00-\u9fff]{2,10}$/;

/**
 * A collection page numbers its pieces ("…讲话稿 篇1", "【篇一:…】", "第1篇:…", a lone "一"); the
 * title is the first piece's own: a line under the number that names a speech ("…范文第1篇" over
 * "…发言稿材料"; "第一篇:…原文" over a news lead and "在…上的致辞"), else the name the number
 * line carries. A numbered name opens the first piece even under the site's intro paragraph;
 * a lone number leaves the choice to the other rules (the page's title above it).
 */
function findFirstPiece(lines: readonly string[], window: readonly number[], beforeProse: (i: number) => boolean): number | undefined {
  const at = window.findIndex((i) => {
    const piece = readPieceHeading(lines[i]!);
    return piece !== undefined && (beforeProse(i) || (piece.first && piece.title !== ''));
  });
  if (at === -1) return undefined;
  const piece = window[at]!;
  const following = window.slice(at + 1);
  const underColumn = CATEGORY_LABEL.test(readPieceHeading(lines[piece]!)!.title);
  for (const [k, next] of following.entries()) {
    const line = lines[next]!;
    if (isProse(line)) break;
    if (!isTitleLike(line) || NOT_A_TITLE.test(line) || readPieceHeading(line) || /^[—－-]/.test(line)) continue;
    // (under a column's numbered name, "2021年国旗下的讲话(一)", a title over its dash subtitle that names the speech:
    // "知史爱党 知史爱国 永远跟党走" / "——党史学习教育国旗下讲话")
    const subtitle = following[k + 1];
    if (namesSpeech(line) || (underColumn && subtitle !== undefined && /^[—－]/.test(lines[subtitle]!) && namesSpeech(lines[subtitle]!))) return next;
  }
  const own = readPieceHeading(lines[piece]!)!.title;
  return own && isTitleLike(own) ? piece : undefined;
}

/**
 * A main title over its subtitle ("尊崇党章 做合格党员 / ——在…专题党课上的讲话") is the speech's
 * own heading, whatever the page printed above it.
 */
function overSubtitle(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  const isSubtitle = (line: string) => (SUBTITLE_DASH.test(line) || BRACKETED_SUBTITLE.test(line)) && namesSpeech(line);
  const overOne = (i: number) => {
    const next = window[window.indexOf(i) + 1];
    return next !== undefined && isSubtitle(lines[next]!) && !SUBTITLE_DASH.test(lines[i]!);
  };
  // a main title may ask a question or exclaim ("核時代的文學——我們為什麼寫作?" over "<在…筆會的發言>",
  // "愿复旦的未来更为美好!" over "——在离任复旦大学校长时的讲话")
  return candidates.find(overOne) ?? window.find((i) => (isQuestionTitle(lines[i]!) || isExclaimedTitle(lines[i]!)) && overOne(i));
}
/** A subtitle in brackets that names the occasion or the genre: "<在四十七屆國際筆會的發言>", "（在…会上的讲话）",
 * "(一線天文學社第九屆社員大會發言稿)". */
const BRACKETED_SUBTITLE = /^[<〈《（(]\s?(?:在[^<>〈〉《》()（）]{2,60}|[^<>〈〉《》()（）]{2,60}(?:讲话|发言|致辞|演讲)稿?)\s?[>〉》）)]$/;
/** A title that asks a question: title-like but for its question mark. */
function isQuestionTitle(line: string): boolean {
  return /[?？]$/.test(line) && isTitleLike(line.slice(0, -1));
}
/** A title that exclaims: title-like but for its exclamation mark, and one clause (a stage direction or a blurb
 * that exclaims runs on over commas: "下面,让我们以热烈的掌声有请…,大家欢迎!"). */
function isExclaimedTitle(line: string): boolean {
  return /[!！]$/.test(line) && !/[，,]/.test(line) && isTitleLike(line.slice(0, -1));
}

/**
 * The page's headline over its meta lines, then the document's own heading: a slogan over a dash
 * subtitle that repeats the headline ("税务工作者五四演讲稿" / "来源:… 发布时间:…" / "青春无悔的税月" /
 * "——***地税税务工作者五四演讲稿"): the headline is the title, the slogan and subtitle the body's.
 */
function headlineOverOwnHeading(slogan: number, named: readonly number[], window: readonly number[], lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, unknown>): number {
  const headline = named[0];
  if (headline === undefined || headline >= slogan || !namesSpeech(lines[headline]!)) return slogan;
  // a slogan printed on two lines ("守护一湖清水" / "共建候鸟家园") starts at its first
  let top = slogan;
  for (let k = nonBlank.indexOf(slogan) - 1; k >= 0 && top - nonBlank[k]! <= 2 && nonBlank[k]! > headline; k--) {
    const above = nonBlank[k]!;
    if (noise.has(above) || charLength(lines[above]!) > SLOGAN_LINE || !isTitleLike(lines[above]!)) break;
    top = above;
  }
  const between = nonBlank.filter((j) => j > headline && j < top);
  if (!between.length || !between.every((j) => noise.has(j))) return slogan;
  const subtitle = window[window.indexOf(slogan) + 1]!;
  const key = titleKey(lines[headline]!);
  const subtitleKey = titleKey(lines[subtitle]!).replace(LEADING_DASH, '');
  // the subtitle repeats the headline, or the headline is the subtitle after the speaker's name
  // ("宋建川在第三届…论坛开幕式上的致辞(全文)" / "——在第三届…论坛开幕式上的致辞")
  const repeats = key.length >= MIN_HEADING && subtitleKey.endsWith(key);
  const namesSpeaker = subtitleKey.length >= MIN_HEADING && key.endsWith(subtitleKey) && key.length - subtitleKey.length <= SPEAKER_NAME;
  return repeats || namesSpeaker ? headline : slogan;
}
const LEADING_DASH = /^[—-]+/;
/** The longest line of a slogan printed on two lines. */
const SLOGAN_LINE = 16;
/** The longest speaker's name a headline puts before the subtitle's words. */
const SPEAKER_NAME = 4;

/**
 * A collection's name with its count ("幼儿园运动会校长开幕词经典20篇") over the first piece's own
 * title ("幼儿园亲子运动会开幕式园长发言稿", under the page's counters): the piece's title is the
 * speech's.
 */
function firstPieceUnderCount(chosen: number, candidates: readonly number[], lines: readonly string[]): number {
  if (!isCollectionName(lines[chosen]!)) return chosen;
  const key = titleKey(lines[chosen]!);
  const piece = candidates.find((i) => i > chosen && namesSpeech(lines[i]!) && !isCollectionName(lines[i]!) && !readPieceHeading(lines[i]!) && titleKey(lines[i]!) !== key);
  return piece ?? chosen;
}

/**
 * A site's column named by a genre ("重要讲话", "领导致辞", "国旗下讲话") over the speech's own title, which
 * names a speech too ("骆承宇主席关于答谢…代表的致辞") or is printed twice: the speech's line is the title.
 */
function pastCategoryLabel(chosen: number | undefined, named: readonly number[], lines: readonly string[]): number | undefined {
  if (chosen === undefined || !isCategoryLabel(lines[chosen]!)) return chosen;
  const speech = named.find((i) => i > chosen && namesSpeech(lines[i]!) && !isCategoryLabel(lines[i]!));
  if (speech !== undefined) return speech;
  // a headline printed twice right under the column's name ("爱护环境 善待地球(柏秋芸)" / "爱护环境 善待地球"): the
  // page's headline and the document's own, the speech's title though it names no genre (the one without the
  // speaker's name, when one carries it)
  const at = named.findIndex((i) => i > chosen);
  const [first, second] = at === -1 ? [] : [named[at], named[at + 1]];
  if (first === undefined || second === undefined) return chosen;
  const [a, b] = [titleKey(lines[first]!), titleKey(lines[second]!)];
  return a === b ? first : isNamedHeadline(a, b) ? second : chosen;
}

/** A short bracket after a headline: the speaker's name or a note ("(柏秋芸)"). */
const BRACKETED_NOTE = /^[(（][\u4e00-\u9fff]{2,6}[)）]$/;

/** The headline with a bracketed name after it, over the headline alone: the second is the document's own. */
function isNamedHeadline(first: string, second: string): boolean {
  return first.startsWith(second) && BRACKETED_NOTE.test(first.slice(second.length));
}

/**
 * A column that names the practice ("支部书记讲党课", "领导干部上党课") over the lecture's own title,
 * which need not name its genre ("恪守党员标准,做“四讲四有”合格党员"): the next title line is the title.
 */
function pastPracticeLabel(chosen: number | undefined, named: readonly number[], lines: readonly string[]): number | undefined {
  if (chosen === undefined || !GENRE_AS_ACTIVITY.test(lines[chosen]!.trim())) return chosen;
  const next = named.find((i) => i > chosen);
  return next !== undefined && !SUBTITLE_DASH.test(lines[next]!) ? next : chosen;
}

/** A pupil's or student's byline, the class or major and year before the name ("初二12 林雨航", "高一(3)班 李明",
 * "汉语言文学2007级:柯雨桐"). */
const CLASS_BYLINE = /^(?:(?:初|高)[一二三123](?:\d{1,2}|[（(]\d{1,2}[)）])班?|[\u4e00-\u9fff]{2,10}\d{2,4}级(?:\d{1,2}班)?)\s{0,2}[:：]?\s{0,2}[\u4e00-\u9fff]{2,4}$/;
/**
 * The line under the chosen one in the title window, a candidate for the document's own title, and the line
 * after that which may hold the salutation: the page's meta lines under the own title ("日期:2019-04-22访问量:")
 * are passed over.
 */
function ownTitleAndLineAfter(chosen: number, window: readonly number[], lines: readonly string[]): { next: number | undefined; after: number | undefined } {
  const at = window.indexOf(chosen);
  return { next: window[at + 1], after: window.slice(at + 2).find((i) => !isMetaLine(lines[i]!) && !CLASS_BYLINE.test(lines[i]!.trim())) };
}

/**
 * A ceremony page labels who speaks ("闻校长国旗下讲话") over the speech's own title ("最好的礼物"),
 * which stands right above the salutation: that line is the title.
 */
function ownTitleUnderLabel(chosen: number, window: readonly number[], lines: readonly string[]): number {
  if (charLength(lines[chosen]!) > SPEAKER_LABEL_LINE || !SPEAKER_LABEL.test(lines[chosen]!)) return chosen;
  const { next, after } = ownTitleAndLineAfter(chosen, window, lines);
  if (next === undefined || after === undefined) return chosen;
  const own = lines[next]!;
  return isTitleLike(own) && !namesSpeech(own) && !isMetaLine(own) && isSalutation(lines[after]!) ? next : chosen;
}
/** A title of two short phrases parted by a comma ("文明乘车,共筑安全校园"): under a bare genre label, the speech's own. */
const PAIRED_PHRASES = /^[\u4e00-\u9fff]{2,8}[，,][\u4e00-\u9fff]{2,8}$/;
/** A host's turn that opens a 主持词's salutation, after the host's tag ("周:尊敬的各位来宾" / "韩:亲爱的乡亲们" / "合:大家 下午好!"). */
const HOSTED_SALUTATION = /^[\u4e00-\u9fffA-Za-z]{1,3}[:：]\s{0,2}(?:尊敬的|敬爱的|亲爱的|各位)[^。！？!?:：]{1,40}$/;
/**
 * A site's article title over the document's own, which names a speech too and stands right above
 * the salutation ("传达与部署工作会议主持词" / "市政府第四次全体会议主持词." / "同志们:"): the document's
 * own line is the title.
 */
function ownTitleAboveSalutation(chosen: number, window: readonly number[], lines: readonly string[]): number {
  const { next, after } = ownTitleAndLineAfter(chosen, window, lines);
  if (next === undefined || after === undefined || !(isSalutation(lines[after]!) || SALUTATION_PART.test(lines[after]!.trim()) || HOSTED_SALUTATION.test(lines[after]!.trim()))) return chosen;
  const own = lines[next]!;
  // (under a bare genre label, "法官竞聘演讲稿", the own title need not name one: "争做人民满意好法官")
  const underLabel = CATEGORY_LABEL.test(lines[chosen]!.trim());
  // (nor is a bare genre label under the chosen title, "競聘演講稿", a title of its own)
  // (nor the speaker's byline with his post under a bare genre label: "国资委新闻中心主任 韩一舟")
  if (!isTitleLike(own) || CATEGORY_LABEL.test(own.trim()) || CLASS_BYLINE.test(own.trim()) || (underLabel && isByline(own)) || /^[—－\-（(【\[《]/.test(own) || (/[，,]/.test(own) && !(underLabel && PAIRED_PHRASES.test(own.trim()))) || (!namesSpeech(own) && !underLabel) || isMetaLine(own) || readPieceHeading(own) || isCollectionName(own)) return chosen;
  // (nor is a label of who speaks that the chosen title names: "林晓岚老师发言" under "林晓岚老师在…的发言"; nor a
  // photo's caption of who read it out: "…秘书长攀洛·泰阿利先生宣读“世佛联”主席…的书面致辞")
  if (labelsSpeakerOf(own, lines[chosen]!) || READ_OUT_BY.test(own)) return chosen;
  // a repeat of the chosen title, shortened or not, is no other title
  const han = (line: string) => titleKey(line).replace(NOT_HAN, '');
  const a = han(lines[chosen]!);
  const b = han(own);
  return a.includes(b) || b.includes(a) ? chosen : next;
}
/** Someone named by a post or courtesy reading the text out for its author, as a caption tells it ("…秘书长攀洛·泰阿利
 * 先生宣读…"): no title of the text's own says so. */
const READ_OUT_BY = /(?:先生|女士|同志|主席|书记|秘书长|会长|部长|市长|县长|校长|主任|代表)[\u4e00-\u9fff·]{0,8}(?:代为)?宣读/;
const SPEAKER_POST = '(?:校长|书记|主任|局长|县长|市长|区长|镇长|乡长|主席|院长|部长|厅长|处长|经理|董事长|园长|所长|老师|教师)';
const SPEAKER_LABEL = new RegExp(`^[\\u4e00-\\u9fff×X＊*]{1,4}${SPEAKER_POST}[^，,。：:]{0,6}(?:讲话|致辞|发言)$`);
/** The name and post a speaker's label opens with ("林晓岚老师"). */
const SPEAKER_OF_LABEL = new RegExp(`^[\\u4e00-\\u9fff×X＊*]{1,4}${SPEAKER_POST}`);

/** Whether `line` is a short label of who speaks ("林晓岚老师发言") whose speaker `title` names. */
export function labelsSpeakerOf(line: string, title: string): boolean {
  const label = line.trim();
  if (charLength(label) > SPEAKER_LABEL_LINE || !SPEAKER_LABEL.test(label)) return false;
  return title.includes(SPEAKER_OF_LABEL.exec(label)![0]);
}
const SPEAKER_LABEL_LINE = 16;

function isCollectionName(line: string): boolean {
  return stripTitleDecorations(line).decorations.some((d) => d.rule.startsWith('title.collection-count'));
}

/**
 * The page's title may carry more than the document's heading under it: the speaker before it
 * ("县委常委、县政府负责人全县…会议上的主持词" over "全县…会议上的主持词"). The document's own,
 * shorter heading is the title.
 */
function documentHeading(chosen: number, candidates: readonly number[], lines: readonly string[]): number {
  const key = titleKey(lines[chosen]!);
  const quoted = QUOTED_NAME_AT_END.exec(key)?.[1]?.replace(NOT_HAN, '');
  const shorter = candidates.find((i) => {
    if (i <= chosen) return false;
    const other = titleKey(lines[i]!);
    return other.length >= MIN_HEADING && other.length < key.length && (key.endsWith(other) || namesOccasionAfterDash(key, other) || other.replace(NOT_HAN, '') === quoted);
  });
  return shorter ?? chosen;
}
/** A headline that closes by quoting the speech's name ("…第六周国旗下讲话:《 清明追思 缅怀先烈》"), read over the
 * document's own heading that prints the name with its own marks ("清明追思,缅怀先烈"). */
const QUOTED_NAME_AT_END = /《([^《》]{2,40})》$/;
const NOT_HAN = /[^\u4e00-\u9fff]/g;

/** Whether a headline names the speech's occasion after a dash, as the document's own heading names it
 * ("…在第七届全国民宿大会——民宿女主人论坛上的致辞" over "在民宿女主人论坛上的致辞"). */
function namesOccasionAfterDash(headlineKey: string, headingKey: string): boolean {
  return headingKey.startsWith('在') && headlineKey.endsWith(`——${headingKey.slice(1)}`);
}

/**
 * Pages print their own title, then meta and promo lines, then the article's heading: when a
 * line naming a speech follows the last such page line, it is the speech's title ("艺术节开幕式
 * 的讲话稿 / 时间:… / 以下是小编… / 艺术节开幕式讲话稿").
 */
const SITE_AFTER_UNDERSCORE = /_[\u4e00-\u9fffA-Za-z0-9]{2,12}$/;
function articleHeading(chosen: number, named: readonly number[], lines: readonly string[], nonBlank: readonly number[], isPageLine: (i: number) => boolean): number {
  const last = named[named.length - 1]!;
  let pageLine = -1;
  for (const i of nonBlank) {
    if (i > last) break;
    if (i > chosen && isPageLine(i)) pageLine = i;
  }
  if (pageLine === -1) return chosen;
  const later = named.find((i) => i > pageLine);
  // (a photo's caption of who read the speech out names it too: "…秘书长…先生宣读“世佛联”主席…的书面致辞")
  if (later === undefined || /^[—－-]/.test(lines[later]!) || !namesSpeech(lines[later]!) || READ_OUT_BY.test(lines[later]!)) return chosen;
  if (titleKey(lines[later]!) === titleKey(lines[chosen]!)) return chosen;
  // a page's <title> printed again ("港澳台祭奠花篮一对A26 母亲追悼会的悼词_花圈代送网"), the site's name after
  // its underscore, holding the chosen title's words: the page's, not the article's heading
  if (SITE_AFTER_UNDERSCORE.test(lines[later]!.trim()) && titleKey(lines[later]!).includes(titleKey(lines[chosen]!))) return chosen;
  // the headline over the page lines printed again with a place starred out ("园区项目…的讲话" /
  // "编辑:…" / "**园区项目…的讲话"): the copy under the meta line is no other heading
  const starredCopyOf = unstarred(titleKey(lines[later]!));
  const headline = named.find((i) => i >= chosen && i < pageLine && unstarred(titleKey(lines[i]!)) === starredCopyOf);
  if (headline !== undefined && starredCopyOf !== titleKey(lines[later]!)) return headline;
  // The page's title joined two titles, each printed again on its line ("退伍老兵返乡座谈会发言 在退伍
  // 军人返乡欢迎大会上的讲话" over "退伍老兵返乡座谈会发言" / "在…上的讲话"): a keyword title, then the
  // document's own, the one nearer the body.
  const next = named.find((i) => i > later);
  const joinsTwo = next !== undefined && compareKey(lines[chosen]!) === compareKey(lines[later]!) + compareKey(lines[next]!);
  return joinsTwo && isWholeSpeechTitle(lines[later]!) && namesSpeech(lines[next]!) ? next : later;
}

/** A key with the stars that mask a name taken out ("**园区" → "园区"). */
export function unstarred(key: string): string {
  return key.replace(/[*＊]+/g, '');
}

/** A line that ends with a spoken genre's name, as a whole title does ("退伍老兵返乡座谈会发言"): brokenTitleStart and
 * articleHeading tell two titles printed apart from one title broken in two by it. */
function isWholeSpeechTitle(line: string): boolean {
  return SPEECH_TITLE_END.test(foldScript(line.trim()));
}

/** The key two wordings of one title share: decorations off, spaces and punctuation width folded. */
export function titleKey(line: string): string {
  return compareKey(stripTitleDecorations(line).text);
}

/** A table of contents a site made: three or more numbered headings in a row, no prose between. */
function tableOfContents(lines: readonly string[], window: readonly number[]): Set<number> {
  const toc = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_TOC_LINES) for (const i of run) toc.add(i);
    run = [];
  };
  for (const i of window) {
    const line = lines[i]!;
    if (matchMarker(line) && charLength(line) <= TOC_LINE && !hasStop(line)) run.push(i);
    else flush();
  }
  flush();
  return toc;
}

const FRONT_MATTER_LINES = 4;
/** A salutation and the greeting on one line ("尊敬的老师、亲爱的同学们:大家好!", a byline may follow),
 * or opening a document flattened onto one line, after the speaker's label ("演讲者:团委副书记 程语桐
 * 尊敬的老师,亲爱的同学们: 大家好,我是…"). */
const SALUTATION_AND_GREETING = new RegExp(
  `^(?:${SPEAKER_ROLE_LABEL}[^。！？!?:：]{1,40}?\\s)?(?:尊敬的|敬爱的|亲爱的|各位|同志们|老师们|同学们|女士们|先生们|朋友们|全体)[^。！？!?]{0,60}[:：]\\s*(?:大家|各位|你们)(?:早上|上午|中午|下午|晚上)?好[!！。,，]`,
);
const MIN_TOC_LINES = 3;
const TOC_LINE = 40;
/** Longest line read as a piece heading. */
export const PIECE_LINE = 80;
/** A full date in figures or in Chinese numerals ("2014年2月25日", "一九五○年四月二十九日"). */
const FULL_DATE = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日';
/** A date glued to the title line, with a masked speaker before it and a note after it in the
 * bracket ("…上的讲话 ** (2014年2月25日 根据录音整理)"), or the speaker's bare name after it ("…招待会上的讲话
 * (一九九九年十二月二十日) 朱镕基"): front matter, not the name. */
export const TITLE_WITH_DATE = new RegExp(`^(.{4,}?)\\s*((?:(?:\\*|＊|×|Ｘ|X){2,3}\\s*)?[（(]\\s*${FULL_DATE}[^（()）]{0,12}[）)](?:\\s{1,3}(?:${PERSON_NAME}))?)$`, 'd');
/** …or after the genre and a space, bare, with the place after a comma ("…招待会上的致辞 2011年6月21日,英国伦敦亚洲之家"). */
export const TITLE_WITH_BARE_DATE = new RegExp(`^(.{4,}?(?:讲话|致辞|致词|发言|演讲|贺词|讲稿))\\s+(${FULL_DATE}(?:[，,][^。！？!?（()）]{2,20})?)$`, 'd');
/** …or the speaker's byline, a post and a name, after the genre on the title line, with an excerpt's tag
 * before it and the date after it ("在…大会上的讲话 (摘要) 省慈善总会会长 钱立衡 (2009年4月30日)"): the byline
 * and the date are the speech's front matter, a line of their own; the tag is the site's. */
export const TITLE_WITH_BYLINE = new RegExp(
  `^(.{4,}?(?:讲话|致辞|致词|发言|演讲|贺词|讲稿))\\s*([（(](?:摘要|摘登|节选|全文)[）)])?\\s+([\\u4e00-\\u9fff]{0,14}${anyOf(OFFICES)}\\s{1,2}(?:${PERSON_NAME})(?:\\s*[（(]\\s*${FULL_DATE}[）)])?)$`,
  'd',
);
/** …or the dash subtitle after the main title on its line ("认真贯彻…精神 努力开创…新局面 ——在2014年…会议上的讲话"):
 * the subtitle is the body's line under the title, as when it stands on a line of its own. */
export const TITLE_WITH_SUBTITLE = /^(\S.{2,}?\S)\s+(——\s?在[^—]{4,80}(?:讲话|致辞|致词|发言|演讲|讲稿|报告))$/d;
/** "在全市…工作会议上的讲话": a meeting, then what was said there. */
const CLASSIC_TITLE = /在[^。]{2,40}(?:会|仪式|典礼|座谈|活动|论坛|培训班|开班式|启动式|年会|大会)[^。]{0,6}的(?:讲话|致辞|致词|发言|报告|讲稿|主持词|演讲|动员讲话|总结讲话)/;
/** Banner and column lines of resellers: separators, lists of kinds, collection words. */
const BANNER_TITLE =
  /专辑|合集|精选|(?:每日|每天|实时|持续|无休|不断)更新|更新\s*[:：]|会员(?:专享|免费|群|交流|续费|下载)|(?:VIP|开通|加入|赠送)会员|专享|订阅|(?:讲话|讲稿|报告|致辞|发言|材料|范文|心得|总结|方案|党课)、[^、]{1,8}(?:讲话|讲稿|报告|致辞|发言|材料|范文|心得|总结|方案|党课)(?:、|$)/;
/** A separator a reseller's banner joins its names with ("青鸢文稿｜领导讲话专辑")... */
const BANNER_SEPARATOR = /[·｜|◆★]/;
/** ...where a news page joins a category and the speech's name ("闭幕典礼|某代理县长致词"). */
const NAME_AFTER_SEPARATOR = new RegExp(`[·｜|]\\s*[^·｜|◆★]{2,40}${SPEECH_GENRE}稿?$`);

/** A quoted name, whose separators are its own ("在“我和我的祖国·书香湘潭”…读书分享会上的交流内容"). */
const NAME_IN_QUOTES = /“[^“”]{1,30}”|《[^《》]{1,30}》|「[^「」]{1,30}」/g;

/** A reseller's banner or column line, not a document's title. */
function isBannerTitle(line: string): boolean {
  return BANNER_TITLE.test(line) || (BANNER_SEPARATOR.test(line) && BANNER_SEPARATOR.test(line.replace(NAME_IN_QUOTES, '')) && !NAME_AFTER_SEPARATOR.test(line));
}

/** The shortest document heading read under a longer page title. */
const MIN_HEADING = 6;
/** How long a line above the title may be and still be the page's, not the speech's. */
export const ABOVE_TITLE_LINE = 60;
/** A site's category, a genre's bare name: "竞聘演讲稿", "讲话稿", "国旗下讲话", "重要致詞", a press office's "重要演辭"; a school's week of it
 * ("2024秋第14周国旗下讲话"), or its year's column, numbered ("2021年国旗下的讲话(一)"). */
export const CATEGORY_LABEL = /^(?:(?:\d{4}(?:年|学年)?)?[春秋]?(?:季|学期)?第[一二三四五六七八九十\d]{1,3}周|\d{4}年)?[\u4e00-\u9fff]{0,4}?(?<genre>讲话|演讲|发言|致辞|致词|演辞|演词|讲词|讲稿|主持词|开幕词|闭幕词|欢迎词|贺词|寄语)稿?(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?$/;
/** A category label as a list's item ("• 演辞" over "• 2013.08.26"): the page's field saying what the text is, never its title. */
const LIST_BULLET = /^\s*[•·●▪◦]\s*/;
export function isBulletedCategory(line: string): boolean {
  const bullet = LIST_BULLET.exec(line);
  return bullet !== null && isCategoryLabel(line.slice(bullet[0].length));
}
/** The label a page prints before its title ("标题:", "標題："). */
const TITLE_LABEL = /^\s*(?:文章)?(?:标题|標題)\s*[:：]\s*\S/;
/** A line that is a category label in either script ("重要演辭"). */
function isCategoryLabel(line: string): boolean {
  return CATEGORY_LABEL.test(foldScript(line.trim()));
}
/** "2024年5月20日", "（2023年9月15日）", "2024-05-20" alone on a line. */
export const DATE_LINE = /^[（(]?\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})[）)]?$/;

const META_RULES = LINE_RULES.filter((r) => r.reason === 'meta');

/** A line some meta rule reads as the site's publishing details, wherever it stands. */
function isMetaLine(line: string): boolean {
  // most title candidates are not compiled against or run through any meta rule (a page load's first call)
  return someLineRuleMatches(line, META_RULES);
}

/** Positions a speaker's byline names before the name ("团市委书记、市青联主席 林晓岚"). */
const BYLINE_POSITION = anyOf([...OFFICES, '组长', '经理', '委员', '常委', '代表', '教授', '巡视员', '调研员', '法官', '检察长', '署长', '议员']);
/** An office one person holds: a byline may name it alone, under the date ("武进区区长"). */
const OFFICE = anyOf(OFFICES);
/**
 * A speaker's byline: a position, the name, maybe the date ("机关工委书记周文涛 2012年8月28日",
 * "县委书记 ×××"), or the office alone under the date ("武进区区长"). It belongs to the speech, under its title or instead of one, and is never
 * the title itself.
 */
const BYLINE = new RegExp(
  `^(?:[^。！？!?，,：:；;]{0,24}${BYLINE_POSITION}\\s*(?:[\\u4e00-\\u9fff]{2,4}|[×XＸx*＊]{2,4})|(?![致给向对])[^。！？!?，,：:；;]{2,24}${OFFICE})(?:\\s*(?:同志|先生|女士))?(?:\\s*[（(]?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日[）)]?)?$`,
);

/** A school's name and the teacher who speaks, the name's two characters spaced as a typesetter sets them ("大同小学 林 雯"). */
const SCHOOL_BYLINE = new RegExp(`^[\\u4e00-\\u9fff]{2,16}(?:小学|中学|学校|幼儿园|大学|学院|完小|附小)\\s{1,4}[${SURNAMES}](?:\\s{0,2}[\\u4e00-\\u9fff]){1,2}$`);
/** A name, then the position, then what he was, in brackets ("林耀宗 教授 (前附设医院院长 医科第一届)"). */
const NAME_THEN_POSITION = new RegExp(`^(?:${PERSON_NAME})\\s{1,2}${BYLINE_POSITION}\\s{0,2}[（(][^（()）]{2,40}[)）]$`);

export function isByline(line: string): boolean {
  const folded = foldScript(line.trim());
  return (charLength(folded) <= 40 && BYLINE.test(folded) && !namesSpeech(folded) && !/上的|会议|大会|典礼|仪式/.test(folded)) || NAME_THEN_POSITION.test(folded) || SCHOOL_BYLINE.test(folded);
}


/**
 * The line a site's promo names as the document ("以下是为您推荐的《小学奠基仪式实施方案》,希望…"
 * under "小学奠基仪式实施方案" and a category line "奠基仪式主持词"): the site says which line is
 * the document's title.
 */
function titleNamedByPromo(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, window: readonly number[]): number | undefined {
  for (const i of nonBlank.slice(0, TITLE_WINDOW)) {
    if (noise.get(i)?.reason !== 'promo' || !lines[i]!.includes('《')) continue;
    for (const m of allMatches(QUOTED_NAME, lines[i]!)) {
      const key = compareKey(m[1]!);
      const named = window.find((j) => isTitleLike(lines[j]!) && compareKey(lines[j]!) === key);
      if (named !== undefined) return named;
    }
  }
  return undefined;
}

/** Longest qualifier the page's title puts before the document's own ("2016"). */
const TITLE_QUALIFIER = 4;

/** Whether `below` is the title line `above` with at most a short qualifier less, both title-like. */
function repeatsBelow(above: string, below: string): boolean {
  if (!isTitleLike(above) || !isTitleLike(below)) return false;
  const upper = titleKey(above);
  const lower = titleKey(below);
  return lower.length >= MIN_HEADING && upper.endsWith(lower) && upper.length - lower.length <= TITLE_QUALIFIER;
}

/** Whether the title line opens the speech beyond doubt: right over the salutation (front matter
 * between at most), under the page's title that names it again, or as a collection's heading of
 * its first piece ("第一篇: …"). */
function titleConfirmed(lines: readonly string[], nonBlank: readonly number[], titleIndex: number): boolean {
  const at = nonBlank.indexOf(titleIndex);
  const above = nonBlank[at - 1];
  return (
    (above !== undefined && repeatsBelow(lines[above]!, lines[titleIndex]!)) ||
    readPieceHeading(lines[titleIndex]!)?.first === true ||
    standsOverSalutation(lines, nonBlank, titleIndex)
  );
}

/**
 * Between the title and the salutation that follows it a few lines down, a paragraph of prose is
 * the page's (a site's background note on the occasion): the speech opens with its salutation.
 * So is the bare name of the institution the title opens with, the page's source line without
 * its label ("東方科學院大學" under "東方科學院大學校長…的講話"). Any other short line there is front
 * matter (a subtitle, the speaker, the date) and stays.
 */
export function markLeadUnderTitle(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number): void {
  let titleKey: string | undefined;
  // the lines of a lead the page wrapped, each with a comma and none ending its sentence, go with the line that does
  let wrapped: number[] = [];
  for (const i of linesOverSalutation(lines, nonBlank, titleIndex, LEAD_LOOKAHEAD) ?? []) {
    if (noise.has(i)) continue;
    const line = lines[i]!;
    const leadAlone = charLength(line) > ABOVE_TITLE_LINE && hasSentenceEnd(line);
    if (!leadAlone && isWrappedLeadLine(line)) {
      wrapped.push(i);
      continue;
    }
    const lead = [...wrapped, i];
    wrapped = [];
    if (leadAlone || (lead.length > 1 && hasSentenceEnd(line) && charLength(lead.map((j) => lines[j]!).join('')) > ABOVE_TITLE_LINE)) {
      for (const j of lead) noise.set(j, { reason: 'promo', rule: 'promo.lead-under-title' });
    } else if (INSTITUTION_END.test(line) && opensTitle(compareKey(line), (titleKey ??= compareKey(lines[titleIndex]!)))) {
      noise.set(i, { reason: 'meta', rule: 'meta.source-name' });
    }
  }
}

/** A line of a wrapped lead: prose with a comma that its line break cut before the sentence ended
 * ("6月21-22日,由盘古智库联合北京大学国际关系学院、尼扎米·甘伽维国际中心"); a subtitle, a byline or a
 * date has no comma. */
function isWrappedLeadLine(line: string): boolean {
  const text = line.trim();
  return charLength(text) >= MIN_WRAPPED_LEAD && /[，,]/.test(text) && !/[。！？!?:：]$/.test(text) && !text.startsWith('—');
}
const MIN_WRAPPED_LEAD = 20;

/** What an institution's name ends with. */
const INSTITUTION_END = /(?:大学|学院|学校|中学|小学|党校|委员会|政府|集团|公司|协会|商会|研究院|医院)$/;
const MIN_INSTITUTION = 4;

/** Whether a key is the title's opening words, and not all of it. */
function opensTitle(key: string, title: string): boolean {
  return key.length >= MIN_INSTITUTION && key.length < title.length && title.startsWith(key);
}

/** Whether the salutation follows the title line, with at most front matter between. */
function standsOverSalutation(lines: readonly string[], nonBlank: readonly number[], titleIndex: number): boolean {
  return linesOverSalutation(lines, nonBlank, titleIndex, FRONT_MATTER_LINES)?.every((j) => isFrontMatter(lines[j]!)) ?? false;
}

/**
 * The lines (of `order`, in order) between `from` and a salutation line at most `within` + 1
 * lines below it; undefined when no salutation stands there.
 */
function linesOverSalutation(lines: readonly string[], order: readonly number[], from: number, within: number, isSalutationStart: (line: string) => boolean = isSalutationLine): number[] | undefined {
  const at = order.indexOf(from);
  const below = order.slice(at + 1, at + 2 + within);
  const salutation = below.findIndex((j) => isSalutationStart(lines[j]!));
  return salutation === -1 ? undefined : below.slice(0, salutation);
}

/** A title printed over two lines whose second names the speech: the title starts on the first
 * ("…同志在县委班子" over "专题民主生活会上点评时的讲话"; analyze.ts joins them). */
function firstLineOfTwo(titleIndex: number | undefined, window: readonly number[], lines: readonly string[]): number | undefined {
  if (titleIndex === undefined) return undefined;
  const above = window[window.indexOf(titleIndex) - 1];
  return above !== undefined && isTitleLike(lines[above]!) && continuesMeetingTitle(lines[above]!, lines[titleIndex]!) ? above : titleIndex;
}

/** How many lines under a page's lead paragraph the speech's title may stand. */
const LEAD_LOOKAHEAD = 4;

/**
 * A page's lead paragraph above the speech (a book's or site's introduction to the genre): the
 * line under it that names a speech and stands over the salutation, with at most front matter
 * between them, is the title. Not under a paragraph that is itself a speech's opening, nor
 * under one with a salutation above it (a collection's first piece, where the next title is
 * the second piece's).
 */
function titleUnderLead(window: readonly number[], lines: readonly string[], firstProse: number | undefined): number | undefined {
  if (firstProse === undefined) return undefined;
  const at = window.indexOf(firstProse);
  if (window.slice(0, at + 1).some((j) => isSalutationLine(lines[j]!))) return undefined;
  const after = window.slice(at + 1, at + 2 + LEAD_LOOKAHEAD);
  // the page's title over the document's own, the same name but for a qualifier ("2016世界教師日聯合致辭"
  // over "世界教師日聯合致辭"): the second is the title
  const repeated = after.findIndex((j, k) => k > 0 && namesSpeech(lines[j]!) && repeatsBelow(lines[after[k - 1]!]!, lines[j]!));
  if (repeated !== -1) return after[repeated];
  // the title nearest the salutation: an entry heading may name the speech above it ("▲国庆演词(冯玉祥)")
  const between = linesOverSalutation(lines, window, firstProse, LEAD_LOOKAHEAD) ?? [];
  for (let k = between.length - 1; k >= 0; k--) {
    const line = lines[between[k]!]!;
    if (isTitleLike(line) && namesSpeech(line)) return between[k];
    if (!isFrontMatter(line)) return undefined;
  }
  return undefined;
}

/**
 * A press page's headline over its lead or caption, then the speech's own title under them, right
 * over its date, speaker and salutation ("蒲承遠:在…閉幕會上的講話" / "3月14日,…新華社記者 攝" / "在…閉幕會上的講話"
 * / "(2016年3月14日)" / "蒲承遠" / "各位委員,同志們:"): the headline's wording ends with it, and the one the
 * speech prints over itself is the title.
 */
function repeatUnderPressLead(chosen: number | undefined, window: readonly number[], lines: readonly string[], firstProse: number | undefined): number | undefined {
  if (chosen === undefined || firstProse === undefined || chosen > firstProse) return chosen;
  // no salutation between: the speech has not started above its own title
  if (window.some((j) => j > chosen && j <= firstProse && isSalutationLine(lines[j]!))) return chosen;
  const key = titleKey(lines[chosen]!);
  const between = linesOverSalutation(lines, window, firstProse, LEAD_LOOKAHEAD, opensSalutation) ?? [];
  // the headline says more than the speech's own title (its speaker, a kicker), which it ends with;
  // the own title may be printed over two lines ("在第十四届…台湾周" / "开幕式上的致辞")
  const endsHeadline = (own: string) => key.length > titleKey(own).length && key.endsWith(titleKey(own));
  for (let k = 0; k < between.length; k++) {
    const line = lines[between[k]!]!;
    // the headline's words are the speech's dash subtitle ("——在…工作会议上的讲话"): the main title over it is the title
    if (k > 0 && SUBTITLE_DASH.test(line.trim()) && namesSpeech(line) && endsHeadline(line.trim().replace(SUBTITLE_DASH, '')) && isTitleLike(lines[between[k - 1]!]!)) {
      return between.slice(k + 1).every((j) => isFrontMatter(lines[j]!)) ? between[k - 1] : chosen;
    }
    if (!isTitleLike(line)) continue;
    const next = between[k + 1];
    const two = next !== undefined && continuesMeetingTitle(line, lines[next]!);
    const own = two ? line.trim() + lines[next]!.trim() : line;
    if (!(two || namesSpeech(line)) || !endsHeadline(own)) continue;
    return between.slice(k + (two ? 2 : 1)).every((j) => isFrontMatter(lines[j]!)) ? between[k] : chosen;
  }
  return chosen;
}

/** A salutation's first line of several, not closed yet ("尊敬的贺明远书记、钟岳省长" / "尊敬的…女士" / "各位嘉宾、朋友们:"). */
const SALUTATION_FIRST_LINE = /^(?:尊敬的|敬爱的)[^。！？!?]{1,40}$/;
function opensSalutation(line: string): boolean {
  return isSalutationLine(line) || SALUTATION_FIRST_LINE.test(line.trim());
}

/** A salutation on its own line, officers first too ("主席,各位女士,各位先生:"), or with its greeting after the colon ("…朋友们:大家晚上好!"). */
function isSalutationLine(line: string): boolean {
  return isSalutation(line) || compiledPattern(SALUTATION_LINE).test(line.trim()) || SALUTATION_AND_GREETING.test(line.trim());
}

/** A subtitle, speaker or date line between a title and the salutation. */
function isFrontMatter(line: string): boolean {
  return charLength(line) <= 60 && !hasStop(line) && !isSalutation(line);
}

/** A news headline that exclaims, over its date line ("防御台风“烟花”!宁波…等地市长上电视紧急动员!" /
 * "2021-07-25 06:56:34 上观新闻", "新春贺词!…市长的新春祝福来了……"): no full stop, so no prose, though it
 * holds stops; commas only between a few short phrases, as a clickbait headline strings them ("一位正国级领导的离任感言,
 * 发自肺腑,感人至深!"), never a salutation's ("同志们,大家好!"). */
function isExclaimedHeadline(i: number, lines: readonly string[], nonBlank: readonly number[]): boolean {
  const line = lines[i]!;
  if (charLength(line) > EXCLAIMED_HEADLINE || !endsExclaiming(line) || /[。；;]/.test(line)) return false;
  if (/[，,]/.test(line) && (!phrasesAreShort(line) || isSalutation(line))) return false;
  const next = nonBlank[nonBlank.indexOf(i) + 1];
  return next !== undefined && isMetaLine(lines[next]!);
}
const EXCLAIMED_HEADLINE = 40;
/** A headline's phrases between commas: at most three, none longer than a short clause. */
const MOST_HEADLINE_PHRASES = 3;
const LONGEST_HEADLINE_PHRASE = 12;
function phrasesAreShort(line: string): boolean {
  const phrases = line.split(/[，,]/);
  return phrases.length <= MOST_HEADLINE_PHRASES && phrases.every((p) => charLength(withoutClosingMarks(p)) <= LONGEST_HEADLINE_PHRASE);
}
/** The phrase without the exclamations, questions and ellipses that close it (counted, not matched: see endsExclaiming). */
function withoutClosingMarks(phrase: string): string {
  let end = phrase.length;
  while (end > 0 && (EXCLAIMS.includes(phrase.charAt(end - 1)) || phrase.charCodeAt(end - 1) === ELLIPSIS)) end--;
  return phrase.slice(0, end);
}
/** Ends with an exclamation or a question mark, or with one and at most 30 characters before a trailing ellipsis
 * ("…的新春祝福来了……"). Counted, not matched: a pattern with a bounded run before "…+$" reads a long ellipsis
 * again from each place the run may end. */
function endsExclaiming(line: string): boolean {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === ELLIPSIS) end--;
  if (end === line.length) return EXCLAIMS.includes(line.charAt(end - 1));
  let at = end - 1;
  while (at >= 0 && end - at - 1 <= TRAILING_CLAUSE && !EXCLAIMS.includes(line.charAt(at))) at--;
  return at >= 0 && end - at - 1 <= TRAILING_CLAUSE && EXCLAIMS.includes(line.charAt(at));
}
const ELLIPSIS = 0x2026;
const EXCLAIMS = '!！?？';
const TRAILING_CLAUSE = 30;
/** …which may be the title when it asks or names a speech ("…三大运营商董事长电信日致辞!", "谁是最可爱的人?银行员工!"; the genre
 * closing one of its phrases: "一位正国级领导的离任感言,发自肺腑,感人至深!");
 * a press headline that only exclaims ("防御台风“烟花”!…紧急动员!") stands over the speech's own title. */
function isNamingHeadline(i: number, lines: readonly string[], nonBlank: readonly number[]): boolean {
  return isExclaimedHeadline(i, lines, nonBlank) && (/[?？]/.test(lines[i]!) || GENRE_EXCLAIMED.test(foldScript(lines[i]!)));
}
const GENRE_EXCLAIMED = /(?:讲话|致辞|致词|发言|演讲|贺词|主持词|讲稿|感言)稿?(?:[!！]+$|[，,])/;

export function isProse(line: string): boolean {
  return isSalutation(line) || (hasStop(line) && charLength(line) >= 12 && !isSloganTitle(line)) || (matchMarker(line) !== undefined && !isMarkedTitle(line));
}

/** A slogan over its dash subtitle that names the speech ("最好的你们,可好?!——在…典礼上的讲话"), or a
 * title that asks a question and ends with its genre ("“生意谈:中国如何和世界谈生意?”庞志远演讲实录"), or
 * a column named by the genre before a slogan ("国旗下的讲话——光荣啊!少先队"):
 * the ?! are the slogan's, and the line is a title, not prose. */
function isSloganTitle(line: string): boolean {
  if (charLength(line) > 80 || /[。；;]/.test(line)) return false;
  const dash = line.lastIndexOf('——');
  return (dash > 0 && (namesSpeech(line.slice(dash + 2)) || GENRE_BEFORE_DASH.test(line.slice(0, dash)))) || GENRE_AFTER_QUESTION.test(line);
}
const HAS_IDEOGRAPH = /[\u3400-\u9fff]/;
/** A column named by the genre before the dash ("国旗下的讲话——光荣啊!少先队"). */
const GENRE_BEFORE_DASH = /^[\u4e00-\u9fff]{0,6}(?:讲话|致辞|演讲|发言|讲稿|演讲稿)$/;
/** A question mark, then the text's kind closing the line ("…谈生意?”庞志远演讲实录"). */
const GENRE_AFTER_QUESTION = /[?？!！][”」’]?[^?？!！]{0,20}(?:讲话|致辞|致词|发言|演讲|讲稿|主持词|开幕词|闭幕词|贺词|党课)稿?(?:实录|全文)?$/;

/**
 * Above the speech's own title nothing of the speech stands: short lines there that no rule
 * named (a forum poster's "楼主参考着改改：", a pack's reference number) are the page's.
 * Prose above a title is left alone — the title may have been misread — unless the title is
 * confirmed (titleConfirmed).
 */
export function markAboveTitle(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number): void {
  let titleKeyOnce: string | undefined;
  let confirmed: boolean | undefined;
  let pageHeadAbove = false;
  // the last breadcrumb over the title: a column's blurb over it is the page's (underColumnBlurb)
  const crumb = breadcrumbLines(noise).findLast((i) => i < titleIndex) ?? -1;
  for (const i of nonBlank) {
    if (i >= titleIndex) break;
    const line = lines[i]!;
    if (noise.has(i)) continue;
    if (i < crumb && COLUMN_BLURB.test(line.trim())) {
      noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.column-blurb' });
      continue;
    }
    const short = charLength(line) <= ABOVE_TITLE_LINE;
    // (a slogan title's ?! end no sentence: "国旗下的讲话——光荣啊!少先队"; a line with no Chinese in it,
    // a foreign site's banner or English headline, is no sentence of a Chinese speech above its title)
    if ((short && (!hasSentenceEnd(line) || isSloganTitle(line))) || !HAS_IDEOGRAPH.test(line)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.above-title' });
    // the page's title once more, closed with a full stop ("…稿件(实用十一篇)。"): no sentence of a speech
    else if (short && line.endsWith('。') && !hasSentenceEnd(line.slice(0, -1)) && titleKey(line.slice(0, -1)) === (titleKeyOnce ??= titleKey(lines[titleIndex]!))) {
      noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.above-title' });
    }
    // a news page's exclaiming headline over its date line; a Q&A page's question about the speech
    else if (isExclaimedHeadline(i, lines, nonBlank) || (short && asksAboutTheSpeech(line))) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.above-title' });
    // A paragraph above a title that opens the speech beyond doubt (over its salutation, under
    // the page's title) is the page's lead: a book's introduction to the genre, a site's summary;
    // a short sentence under such a lead, or under the page's headline naming the speech, is a
    // photo's caption ("…众议员米勒出席招待会。"); one with neither above it is left alone.
    else if (!short && (confirmed ??= titleConfirmed(lines, nonBlank, titleIndex)) && !isSalutationLine(line)) {
      noise.set(i, { reason: 'promo', rule: 'promo.lead-above-title' });
    } else if (short && isEpigraph(lines, nonBlank, i, titleIndex) && (confirmed ??= titleConfirmed(lines, nonBlank, titleIndex))) {
      noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.epigraph' });
    } else if (short && pageHeadAbove && !isSalutationLine(line)) {
      // under a press page's headline or lead taken above, a short sentence is a photo's caption
      noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.caption-above-title' });
    }
    if (noise.has(i) && (noise.get(i)!.rule === 'promo.lead-above-title' || namesSpeech(line))) pageHeadAbove = true;
  }
}

/**
 * A quotation over the name of whom it quotes, right above the title (a column's motto box:
 * "要树立大抓基层的鲜明导向,…。" / "习近平"): an epigraph the page set over the speech. A short
 * sentence above a title is otherwise left alone.
 */
function isEpigraph(lines: readonly string[], nonBlank: readonly number[], i: number, titleIndex: number): boolean {
  const at = nonBlank.indexOf(i);
  const name = nonBlank[at + 1];
  return name !== undefined && nonBlank[at + 2] === titleIndex && hasSentenceEnd(lines[i]!) && ATTRIBUTION.test(lines[name]!.trim());
}
/** A bare name, perhaps after a dash: "习近平", "——鲁迅". */
const ATTRIBUTION = /^(?:[—–-]{1,2}\s?)?[\u4e00-\u9fff]{2,4}$/;

export function cleanPageTitle(pageTitle: string, brands: BrandMatcher): string {
  const text = normalizeText(pageTitle);
  // the brands are held folded (analyze.ts): look for them in the folded title, same offsets
  const spans = findWatermarkFragments(foldScript(text), brands);
  return normalizeText(removeSpans(text, spans));
}

/** A line that is only the name of the body issuing the page ("保定市政府新闻办", "县人民政府办公室", a
 * school's "银川市第一幼儿园"): it stands over a press page's headline, and names no text. */
const ISSUING_BODY = /^[\u4e00-\u9fff]{2,14}(?:新闻办|新闻办公室|人民政府|政府办公室|办公室|宣传部|委员会|委办|政府办|幼儿园|小学|中学|学校|学院|大学)$/;

/** The first `count` lines no rule has taken: a panel of page chrome does not push the title out of reach. */
/**
 * A column's header with its blurb over the breadcrumb ("少先队专题" / "少先队是…本专题提供了丰富的…资源。" /
 * "›› 淘知小学 ›› … ›› 文章正文"): a paragraph of prose among the few lines over a breadcrumb is the column's,
 * and the text starts under it. (`window`: the kept lines the title is looked for in.)
 */
function underColumnBlurb(window: readonly number[], lines: readonly string[], noise: ReadonlyMap<number, Noise>): number[] {
  const crumb = breadcrumbLines(noise)[0];
  if (crumb === undefined) return [...window];
  const over = window.filter((i) => i < crumb);
  const under = window.filter((i) => i > crumb);
  return over.length <= COLUMN_HEADER_LINES && under.length > 0 && over.some((i) => COLUMN_BLURB.test(lines[i]!.trim())) ? under : [...window];
}
/** The lines a column's header holds over its breadcrumb: its name, its blurb, a label. */
const COLUMN_HEADER_LINES = 3;
/** A blurb: sentences of Chinese prose, closed by a full stop. */
const COLUMN_BLURB = /^[\u4e00-\u9fff][^<>]{18,}。$/;

/** The lines the rules read as the page's breadcrumb, top to bottom. */
function breadcrumbLines(noise: ReadonlyMap<number, Noise>): number[] {
  const crumbs: number[] = [];
  for (const [i, n] of noise) if (n.rule === 'breadcrumb.location') crumbs.push(i);
  return crumbs.sort((a, b) => a - b);
}

function firstKept(nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, count: number): number[] {
  const kept: number[] = [];
  for (const i of nonBlank) {
    if (kept.length === count) break;
    if (!noise.has(i)) kept.push(i);
  }
  return kept;
}
