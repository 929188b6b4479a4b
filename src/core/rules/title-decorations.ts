// What template sites add to a speech's title, as data: collection tags, piece numbering, file
// suffixes, SEO alternatives, labels. The title keeps every other word as printed (范文, 最新,
// 稿, placeholders, a subtitle after a colon). Each decoration has titles it must strip and
// clean titles it must leave alone in title-decorations.examples.ts, tested by
// test/core/title.test.ts (which also rejects nested unbounded quantifiers).
//
// A decoration sits at the start or the end of the title (`at`); stripping repeats until none
// matches, so "致辞稿8篇(读书节开幕式新颖致辞)" loses its SEO bracket, then its count. A pattern
// with a `keep` group strips only what lies outside the group ("【篇一:…】" keeps "…").

import { PERSON_NAME } from './surnames';
import { foldScript } from '../script/fold';

export type DecorationKind = 'collection-tag' | 'piece-number' | 'word-count' | 'file-suffix' | 'seo-bracket' | 'label';

export interface TitleDecoration {
  id: string;
  kind: DecorationKind;
  at: 'start' | 'end';
  pattern: RegExp;
  /** an extra condition on the match (the SEO bracket must echo the title it follows) */
  accept?: (match: RegExpExecArray, title: string) => boolean;
}

/** A count or a piece number: 1–3 digits (ASCII or full-width) or Chinese numerals. */
const N = '[0-9０-９一二三四五六七八九十百两兩]';
/** Words a site puts before a count: (通用3篇), (精选19篇), 汇总16篇. Both scripts. */
const COUNT_WORD = '(?:通用|精选|精選|优秀|優秀|热门|熱門|最新|推荐|推薦|汇总|匯總|合集|实用|實用|经典|經典|必备|必備|优质|優質|热|熱|荐|薦|共)';
const OPEN = '[(（【\\[〔]';
const CLOSE = '[)）】\\]〕]';
/** Bracketed site tags that are no part of any document's name (a forum's "[复制链接]" button too). */
const SITE_TAG =
  '(?:复制链接|複製鏈接|完整文档|完整文檔|完整版|word版|可编辑|可編輯|可复制|可複製|精选推荐|精選推薦|热门推荐|熱門推薦|推荐|推薦|精选|精選|精品|范文推荐|範文推薦|通用版|最新版|优选|優選|必备|必備|热门|熱門|原创|原創|独家|獨家|珍藏版|收藏版|定制版|收藏备用|收藏備用|免费|免費|通用)';

/**
 * The characters a decoration can begin (at the start) or end (at the end) with: a title whose
 * edges hold none of them has no decoration, and is not read rule by rule (speed: every short
 * line of a document is checked for a piece number). Kept in step with the list below by the
 * tests (every example's edges match, or mayHoldDecoration below lets it through).
 */
export const DECORATION_EDGE = /^[•·【《\[〔〖❶-❿➊-➓○●◎◇◆□■☆★※♦第篇范範例样樣标標题題文免付附V<0-9０-９:：?？�]|[)）】\]〕篇字作页頁报印藏班库庫0-9０-９一二三四五六七八九十百两兩a-zA-Z|｜_\-–—>.．:：*＊]$/;
/** A count tag inside the title, before more of it: "…(通用27篇)…" (looked for only when 篇 is there). */
const INNER_COUNT_TAG = /[0-9０-９一二三四五六七八九十]篇[)）】\]〕](?=[\u4e00-\u9fff])/;


/** The kinds of institution a site files speeches under: "…讲话(高校)" (title.institution-tag). */
const INSTITUTION = '高校|大学|大學|高中|初中|中学|中學|小学|小學|幼儿园|幼兒園|学校|學校|企业|企業|公司|机关|機關|医院|醫院|社区|社區|乡镇|鄉鎮';
/** What a bracket after a title says of the text or its institution, never whose it is: "(全文)", "(摘要)", "(高校)". */
const NOT_A_NAME = `(?:全文|摘要|节选|提纲|要点|定稿|初稿|草稿|修订|讨论|实录|整理|范文|简版|原文|全稿|讲稿|${INSTITUTION})[)）]`;
/** A bracketed speaker's name alone with its closing bracket, in simplified script (title.speaker-name-spaced): no note on the
 * text, its institution or a grade ("(高一)"). */
const SPACED_SPEAKER = /* @__PURE__ */ new RegExp(`^(?!${NOT_A_NAME}|高[一二三])(?:${PERSON_NAME})[)）]$`);

/** A site's label after a hyphen or two, closing a title that ends in its genre ("…讲话稿-化工",
 * "…的悼词--实体花圈店"); a title's own part after a dash names the genre ("草原之旅--歡迎詞") or is a phrase, not a
 * label ("四要演讲稿--不做败兵的烟草人"). */
const LABEL_AFTER_GENRE_DASH = /(?<=(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|主持词|主持詞|开幕词|開幕詞|闭幕词|閉幕詞|党课|黨課|悼词|悼詞|贺词|賀詞|演讲|演講|欢迎词|歡迎詞|答谢词|答謝詞)稿?)\s?-{1,2}\s?(?![^-]*(?:讲|講|辞|辭|词|詞|稿|言|的))[\u4e00-\u9fffA-Za-z0-9]{2,10}$/;

/** A gambling brand after a hyphen at a title's end ("…论坛-凯发旗舰", title.spam-brand-suffix). */
const SPAM_BRAND_SUFFIX = /(?<=[\u4e00-\u9fff”」》)）])\s?[-_|｜]\s?[\u4e00-\u9fffA-Za-z0-9]{2,6}(?:旗舰|旗艦|旗舰店|官网|官網|官方网站|官方網站|网站|網站|娱乐|娛樂|体育|體育)$/;

/** A short word after a space at the end: a speaker's name after the title ("…上的讲话 阎振邦"). */
const SPACED_NAME_END = /\s[\u4e00-\u9fff]{2,3}$/;

/** The words that close a search phrase in front of a title, a space after them (title.search-phrase). */
const SEARCH_PHRASE_END = /(?:的句子|的说说|的說說|的文案|的语录|的語錄|的祝福语|的祝福語|怎么写|怎麼寫)\s/;

/** An editor's note in brackets before a name (title.note-before): "(现场实录)…", "(全文)…". */
const NOTE_BEFORE = /^[（(](?:现场实录|实录|全文|摘要|节选|摘编|视频|图文|原文)[)）]\s{0,2}/;
/** A genre word at a title's end (title.broken-repeat-start). */
const GENRE_AT_END = /(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|稿|词|詞|辞|辭)$/;
/** A spoken genre named anywhere in a title (folded). */
const SPOKEN_GENRE = /讲话|致辞|致词|发言|演讲|演说|讲稿|主持|开幕词|闭幕词|贺词|欢迎词|欢送词|答谢词|党课|寄语|倡议|串词|[词辞]$/;
const HAN_START = /^[\u4e00-\u9fff]/;
/** An SEO title's keyword, then the keyword again with a word for the page's text after a comma (title.keyword-repeat). */
const KEYWORD_REPEAT = /(?<=^(?<keyword>[^,，]{4,30}))[,，]\s{0,2}\k<keyword>(?:内容|全文|范文|大全|原文|稿)?$/;
/** The longest a title KEYWORD_REPEAT can match runs: lines longer than it are not read for a comma. */
const KEYWORD_REPEAT_LENGTH = 70;

/**
 * Whether a title may hold a decoration: its edges, a count tag inside it, a site's name after "_", a name after
 * a space, its opening words again further on, a search phrase in front, a note in brackets before it (asked only at a bracket, so the many short
 * lines opening with "（一）" are not read rule by rule), a keyword repeated after a comma.
 */
/** A bar within a title's first words (title.tag-bar, title.keyword-bar). */
const TAG_BAR_NEAR_START = /^[^|｜丨]{2,16}[|｜丨]/;

/** title.lesson-unit's pattern, looked for by mayHoldDecoration when the title holds a colon. */
const LESSON_UNIT = /^[^:：]{2,40}?(?:Unit|Lesson)\s{0,2}\d{1,3}(?:-\d{1,3})?\s{0,2}[:：]\s{0,2}(?=\S{4})/;
/** title.category-colon's pattern, looked for by mayHoldDecoration when the title holds a colon. */
const CATEGORY_COLON = /^(?:[\u4e00-\u9fff]{0,8}(?:作文|范文|美文|资料|素材)|(?:中英|英汉|汉英)?双语|(?:中英|英汉|汉英)对照|特稿|专稿|独家|(?:原创|转载)(?:写作|文章|作品|范文)?|推荐)\s{0,2}[:：]\s{0,2}(?=[^:：]{4,60}(?:讲话|致辞|致词|发言|演讲|主持词|贺词|讲稿)稿?$)/;

export function mayHoldDecoration(title: string): boolean {
  return (
    DECORATION_EDGE.test(title) ||
    title.includes(' ') ||
    (title.includes('篇') && INNER_COUNT_TAG.test(title)) ||
    title.includes('_') ||
    title.includes('---') ||
    (title.includes('-') && (LABEL_AFTER_GENRE_DASH.test(title) || SPAM_BRAND_SUFFIX.test(title))) ||
    TAG_BAR_NEAR_START.test(title) ||
    // its first words printed again further on (title.page-title-before-piece)
    (title.length >= 10 && title.indexOf(title.slice(0, 4), 4) !== -1) ||
    SPACED_NAME_END.test(title) ||
    SEARCH_PHRASE_END.test(title) ||
    ((title.charCodeAt(0) === 0x28 || title.charCodeAt(0) === 0xff08) && NOTE_BEFORE.test(title)) ||
    (title.length <= KEYWORD_REPEAT_LENGTH && (title.includes(',') || title.includes('，')) && KEYWORD_REPEAT.test(title)) ||
    ((title.includes(':') || title.includes('：')) && (CATEGORY_COLON.test(title) || LESSON_UNIT.test(title)))
  );
}

export const TITLE_DECORATIONS: readonly TitleDecoration[] = [
  // ── collection tags: how many pieces the page holds, and the site's own badges ──────────
  {
    id: 'title.collection-count-bracket',
    kind: 'collection-tag',
    at: 'end',
    pattern: new RegExp(`${OPEN}\\s*${COUNT_WORD}?\\s*${N}{1,3}\\s*篇\\s*(?:范文|範文)?\\s*${CLOSE}$`),
  },
  {
    id: 'title.site-tag-bracket',
    kind: 'collection-tag',
    at: 'end',
    pattern: new RegExp(`${OPEN}\\s*${SITE_TAG}\\s*${CLOSE}$`, 'i'),
  },
  {
    // "致辞稿8篇", "开幕词优秀范例12篇", "演讲稿精选5篇" (never "一篇": "写好一篇" is prose)
    id: 'title.collection-count',
    kind: 'collection-tag',
    at: 'end',
    pattern: new RegExp(`(?<=[\\u4e00-\\u9fff])(?<!第\\s*)(?:大全|集锦|集錦)?${COUNT_WORD}?(?:[0-9０-９]{1,3}|[两兩二三四五六七八九十]{1,2})篇$`),
  },
  {
    // "秋季运动会闭幕词(通用27篇)秋季运动会闭幕词", "中秋活動領導演講稿3篇中秋活動領導演講稿", "植树节领导讲话稿大学 植树节领导讲话稿"
    // (a search keyword in place of the count): the collection's name and count run into the
    // first piece's title (a glued line "…(通用27篇)… 篇1 尊敬的…"); the piece's title is the one
    // after the count, and it repeats the collection's name
    id: 'title.collection-name-before-piece',
    kind: 'collection-tag',
    at: 'start',
    pattern: new RegExp(
      `^(?<name>[^()（）【】\\[\\]〔〕\\s][^()（）【】\\[\\]〔〕]{1,39}?)\\s?(?:${OPEN}\\s?${COUNT_WORD}?\\s?${N}{1,3}\\s?篇\\s?(?:范文|範文)?\\s?${CLOSE}|${COUNT_WORD}?${N}{1,3}篇|[\\u4e00-\\u9fff]{1,4}\\s(?=\\k<name>$))\\s?(?=\\k<name>)`,
    ),
  },
  {
    // "青年节座谈会发言稿青年节座谈会演讲稿通用一": the page's title, ending in the genre's name, run
    // into the piece's own title that opens with the same words; the piece's title is the one after
    id: 'title.page-title-before-piece',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^(?<opening>[\u4e00-\u9fff]{4,20}?)[\u4e00-\u9fff]{0,8}?(?:发言稿|讲话稿|演讲稿|致辞稿?|致词|讲话|发言|主持词)\s?(?=\k<opening>)/,
  },
  {
    // "…演讲稿通用一", "…致辞通用2": a collection's piece marked as one for general use, by its number
    id: 'title.general-use-piece',
    kind: 'piece-number',
    at: 'end',
    pattern: /(?<=[稿词辞话言])\s?通用\s?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})$/,
  },
  {
    // "【讲话致辞】在…上的致辞", "[学生简笔画]小学生…国旗下讲话稿": a short category badge in front
    id: 'title.category-badge',
    kind: 'collection-tag',
    at: 'start',
    // (not a piece's number: "【篇1】…" is title.piece-number-start's; nor a novel's chapter: "[第一百三十四节] 竞选演讲")
    pattern: new RegExp(`^[【\\[〔](?!\\s?(?:第\\s*${N}{1,3}\\s*篇|篇\\s*${N}{1,3})\\s?[】\\]〕])(?!第[\\d一二三四五六七八九十百千零两]{1,6}[章回节])[^【】\\[\\]〔〕:：]{1,8}[】\\]〕]\\s*`),
  },
  {
    // "[2011年秋季第10周国旗下讲话]诚信": a school site's badge of the series and week, naming the genre, glued
    // before the talk's own title
    id: 'title.genre-badge',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^[【\[〔][^【】\[\]〔〕:：。，,]{0,16}(?:国旗下讲话|國旗下講話|讲话稿?|講話稿?|演讲稿?|演講稿?|发言稿?|發言稿?|致辞|致辭)[】\]〕]\s*/,
  },
  {
    // "免费2024组织部长在…上的讲话": a document site's price label, with the year it files the
    // document under glued to it (a year the title says is "2024年…")
    id: 'title.price-label',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^(?:免费|付费|VIP专享|VIP|会员专享)\s?(?:20\d{2}(?![年\d]))?\s?(?=[\u4e00-\u9fff])/,
  },
  {
    // "…上的讲话(24年12月)": the month a site files the document under, its year in two digits
    id: 'title.month-tag',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff])\s?[(（]\d{2}年\d{1,2}月[)）]$/,
  },
  {
    // "[疫情发言致辞范例2020] 2020党员疫情发言": a site's tag in brackets before the title, naming
    // its samples (范例, 范文, 模板, 大全, 精选) — longer than a category badge
    id: 'title.sample-tag-start',
    kind: 'seo-bracket',
    at: 'start',
    pattern: /^[【\[〔][^【】\[\]〔〕:：]{1,20}(?:范例|範例|范文|範文|模板|大全|精选|精選)[^【】\[\]〔〕:：]{0,8}[】\]〕]\s*(?=\S)/,
  },
  {
    // "建校五十周年的句子 建校50周年賀詞": a search phrase a site put in front of the title, set
    // apart by a space — sentences, captions or wishes about the occasion, never a speech's name
    id: 'title.search-phrase',
    kind: 'seo-bracket',
    at: 'start',
    pattern: new RegExp(`^[^\\s，,。：:]{2,24}${SEARCH_PHRASE_END.source}\\s*(?=\\S)`),
  },
  {
    // "○ “重阳节”文艺演出会上的致辞 ○": the same ornament on both sides of the title (read on a
    // normalized line: a run of white space is one space)
    id: 'title.ornament-pair',
    kind: 'label',
    at: 'start',
    pattern: /^(?<mark>[○●◎◇◆□■☆★※♦]) ?(?<keep>[^○●◎◇◆□■☆★※♦\s][^○●◎◇◆□■☆★※♦]{0,78}[^○●◎◇◆□■☆★※♦\s]) ?\k<mark>$/,
  },
  {
    // "?在县委议军会上的讲话": a character the page lost to a wrong encoding before the title
    id: 'title.lost-character',
    kind: 'label',
    at: 'start',
    pattern: /^[?？�]{1,3}\s{0,2}(?=[\u4e00-\u9fff])/,
  },
  {
    // "----林思齐同学在…启动仪式上的发言": a subtitle's dashes the page kept when it printed no main title
    id: 'title.leading-dash',
    kind: 'label',
    at: 'start',
    pattern: /^-{3,6}\s{0,2}(?=[\u4e00-\u9fff])/,
  },
  {
    // ":运动会欢迎词": a mobile page's header keeps the colon of the column label it dropped
    id: 'title.leading-colon',
    kind: 'label',
    at: 'start',
    pattern: /^[:：]\s?/,
  },
  {
    // "❶ 欢送老同志退休的祝词": a Q&A page's numbered item
    id: 'title.circled-number',
    kind: 'label',
    at: 'start',
    pattern: /^[❶-❿➊-➓]\s*/,
  },
  // ── piece numbering on a collection page ────────────────────────────────────────────────
  {
    // "…讲话稿 篇1", "…致辞篇一", "…范文第1篇", "…讲话稿【第一篇】"
    id: 'title.piece-number-end',
    kind: 'piece-number',
    at: 'end',
    pattern: new RegExp(`\\s*(?:篇\\s*${N}{1,3}|第\\s*${N}{1,3}\\s*篇|${OPEN}\\s?(?:篇\\s*${N}{1,3}|第\\s*${N}{1,3}\\s*篇)\\s?${CLOSE})$`),
  },
  {
    // "…內閣總辭致詞全文 + 歷來語錄對照": a blog's rider after a plus, what else the post prints with the text
    id: 'title.plus-rider',
    kind: 'seo-bracket',
    at: 'end',
    pattern: /(?<=\S)\s{1,2}[+＋]\s{0,2}[\u4e00-\u9fff]{2,12}$/,
  },
  {
    // "2017小学生红领巾心向党优秀演讲稿【一】": a collection's piece number alone in brackets after the genre
    id: 'title.piece-number-bracket',
    kind: 'piece-number',
    at: 'end',
    pattern: new RegExp(`(?<=(?:稿|词|辞|讲话|发言|致辞|演讲))\\s{0,2}[【\\[〔]\\s?${N}{1,2}\\s?[】\\]〕]$`),
  },
  {
    // "幼儿园大班幼小衔接家长会致辞稿之三": a collection's piece number after the genre, with 之
    id: 'title.piece-number-zhi',
    kind: 'piece-number',
    at: 'end',
    pattern: /(?<=(?:词|詞|辞|辭|稿|讲话|講話|发言|發言|演讲|演講))之[一二三四五六七八九十]{1,3}$/,
  },
  {
    // "建军节演讲稿范文(一)", "…发言稿（2）", "…动员大会讲话( 二 )", "縣長的離任演說(1):" (the piece's heading, its colon after)
    id: 'title.piece-number-paren',
    kind: 'piece-number',
    at: 'end',
    pattern: new RegExp(`(?<=[\\u4e00-\\u9fff])\\s*[(（]\\s?${N}{1,2}\\s?[)）](?:\\s?[:：])?$`),
  },
  {
    // "午餐饗宴(廣播稿Ⅰ)", "安全伴我行(演讲稿二)": the script's genre with its number in the series, in brackets
    id: 'title.genre-part-bracket',
    kind: 'piece-number',
    at: 'end',
    pattern: new RegExp(`(?<=[\\u4e00-\\u9fff])\\s*[(（]\\s?(?:广播稿|廣播稿|演讲稿|演講稿|讲话稿|講話稿|发言稿|發言稿|主持词|主持詞)\\s?(?:${N}{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3})\\s?[)）]$`),
  },
  {
    // "…开幕词优秀范例1", "…发言稿简短1", "…演讲稿1": a bare number after the name, or after the
    // collection's count ("…发言稿范文(通用7篇)1": the first piece of the collection)
    id: 'title.piece-number-digit',
    kind: 'piece-number',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff]|篇[)）】])\s?[1-9][0-9]?$/,
  },
  {
    // "(现场实录)习近平…时的讲话", "(全文)在…上的讲话": an editor's note in brackets before the name
    id: 'title.note-before',
    kind: 'label',
    at: 'start',
    pattern: NOTE_BEFORE,
  },
  {
    // "…表彰大会讲话投诉举报", "…的致辞打印": a page's button glued after the title's genre; a forum's print view's
    // bracketed button after any title ("标题: …咔嚓了吧 [打印本页]")
    id: 'title.page-button',
    kind: 'label',
    at: 'end',
    pattern: /(?<=讲话|講話|致辞|致辭|发言|發言|演讲|演講|稿|词|詞|辞|辭)\s{0,2}(?:投诉举报|举报|打印|收藏)$|(?<=[\u4e00-\u9fff”」》])\s{1,3}二维码$|\s{1,3}[\[【](?:打印本页|打印本頁|打印此文|打印)[\]】]$/,
  },
  {
    // "森林消防重要讲话,森林消防重要讲话内容": an SEO page title, its keyword then the keyword again
    // with a word for the page's text after a comma
    id: 'title.keyword-repeat',
    kind: 'seo-bracket',
    at: 'end',
    pattern: KEYWORD_REPEAT,
  },
  {
    // "在庆祝“三·八”节中外妇女联欢会上的致辞    在庆祝“三·八”节": the title, then after a gap the
    // first half of the title again, which the page printed broken over two lines (its second half below)
    id: 'title.broken-repeat-start',
    kind: 'seo-bracket',
    at: 'end',
    pattern: /(?<=\S)\s{1,8}\S{4,40}$/,
    accept: (m, title) => {
      const start = m[0].trim();
      const head = title.slice(0, m.index).trim();
      // (a half broken off names no genre yet: "植树节领导讲话稿大学 植树节领导讲话稿" is a page title and a keyword)
      // (and a Chinese title's: "…Even Though I’m Not on Facebook" ends with a word of its own)
      return start.length < head.length && head.startsWith(start) && !GENRE_AT_END.test(start) && HAN_START.test(start);
    },
  },
  {
    // "…讲话第3页", "…致辞 第2页": a paginated article's page number after its title (a page line)
    id: 'title.page-number',
    kind: 'piece-number',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff）)])\s?[（(]?第\s?[0-9０-９]{1,3}\s?[页頁][)）]?$/,
  },
  {
    // "第1篇:…", "第一篇：…", "篇一:…", "范文1:…", "第1篇 …", "【篇1】…"; a collection's bare number glued
    // to a piece's genre heading ("1食品安全演讲稿"; not a count, "3位老师的发言稿", nor a date)
    id: 'title.piece-number-start',
    kind: 'piece-number',
    at: 'start',
    pattern: new RegExp(
      `^(?:第\\s*${N}{1,3}\\s*篇|篇\\s*${N}{1,3}|(?:范文|範文|例文|样文|樣文)\\s*${N}{1,2})(?:\\s*[:：、.．]\\s*|\\s+(?=[\\u4e00-\\u9fff]))|^[【\\[〔]\\s?(?:第\\s*${N}{1,3}\\s*篇|篇\\s*${N}{1,3})\\s?[】\\]〕]\\s*(?=[\\u4e00-\\u9fff0-9０-９])|^〖\\s?${N}{1,3}\\s?〗\\s*(?=[\\u4e00-\\u9fff])|^[1-9][0-9]?(?=(?![年月日号時时分秒周个個次届屆岁歲位名人天期点點])[\\u4e00-\\u9fff][^。！？!?，,]{1,30}(?:演讲稿|演講稿|讲话稿|講話稿|发言稿|發言稿|致辞稿?|致辭稿?|主持词|主持詞|开幕词|開幕詞|闭幕词|閉幕詞)$)`,
    ),
  },
  {
    // "【篇一:大学生竞选学习委员演讲稿】" keeps what the brackets hold
    id: 'title.piece-number-wrapped',
    kind: 'piece-number',
    at: 'start',
    pattern: new RegExp(`^[【\\[〔]\\s*(?:第\\s*)?篇?\\s*${N}{1,3}\\s*篇?\\s*[:：、]\\s*(?<keep>[^【】\\[\\]〔〕]{2,80})[】\\]〕]$`),
  },
  {
    // "小学生关于卫生主题稿【国旗下讲话稿之第八周国旗下的演讲:讲卫生,爱健康】": a search phrase, then the page's
    // own title in brackets naming the speech; the bracketed title is kept
    id: 'title.phrase-before-bracketed-title',
    kind: 'seo-bracket',
    at: 'start',
    pattern: /^[^【】\s]{2,24}【(?<keep>[^【】]{0,40}(?:讲话|演讲|致辞|发言|讲稿|主持词)[^【】]{0,40})】$/,
  },
  {
    // "【中秋节晚会主持词】" glued before the salutation: the whole title in brackets keeps what
    // they hold (a short badge in front of more title is title.category-badge)
    id: 'title.bracket-wrapped',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^[【〔](?<keep>[^【】〔〕\s][^【】〔〕]{1,79})[】〕]$/,
  },
  {
    // "《民族团结演讲稿优秀范文》", "《在全县工作会议上的讲话》": a title naming its spoken genre, wrapped whole in
    // book-title marks, keeps what they hold (a slogan title in them, "《创文明城市 做文明师生》", names no genre)
    id: 'title.book-marks-wrapped',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^《(?<keep>[^《》\s][^《》]{1,60}(?:讲话|演讲|致辞|发言|讲稿|主持词|开幕词|闭幕词|贺词)[^《》]{0,12})》$/,
  },
  {
    // the same in a forum's ASCII or single angle marks: "<<格温的毕业演讲>>", "‹‹…››"
    id: 'title.ascii-book-marks-wrapped',
    kind: 'collection-tag',
    at: 'start',
    pattern: /^(?:<<|[<‹]‹)(?<keep>[^<>‹›\s][^<>‹›]{1,60}(?:讲话|演讲|致辞|发言|讲稿|主持词|开幕词|闭幕词|贺词)[^<>‹›]{0,12})(?:>>|››)$/,
  },
  // ── length notes, file names, labels ────────────────────────────────────────────────────
  {
    // "(全文5463字)", "全文共3200字", "…致辞范文1000字", "…讲话(2549字)"
    id: 'title.word-count',
    kind: 'word-count',
    at: 'end',
    pattern: new RegExp(`(?:\\s*${OPEN}?\\s*全文\\s*(?:共|约|約)?|\\s*${OPEN}|(?<=[\\u4e00-\\u9fff]))\\s*[0-9０-９]{2,6}\\s*字\\s*${CLOSE}?$`),
  },
  {
    // "…开幕式上的致辞(全文)": a note that the page prints the whole text (a title that says 全文
    // without brackets, "…致辭全文", keeps it: the page's own name of the text); a forum poster's
    // "(全文,未删节):" leading into the post says so too, and so does a note naming the kind of text ("(年度演讲全文)")
    id: 'title.full-text-note',
    kind: 'word-count',
    at: 'end',
    pattern: /\s{0,4}[（(【]\s{0,2}(?:[\u4e00-\u9fff]{0,4}(?:演讲|讲话|致辞|发言|报告))?全文(?:\s{0,2}[,，、]\s{0,2}(?:未删节|未刪節|无删节|無刪節|完整版))?\s{0,2}[)）】](?:\s{0,2}[:：])?$/,
  },
  {
    // "…毕业典礼」致辞全文(只有中文)", "…致辭全文(中文譯本)": a government press office's note of the languages it prints the text in
    id: 'title.language-note',
    kind: 'word-count',
    at: 'end',
    pattern: /\s{0,4}[（(]\s{0,2}(?:(?:只有|僅有|仅有|只提供)(?:中文|英文|中文版|英文版)|(?:中文|中)?(?:譯本|译本))\s{0,2}[)）]$|\s{0,4}[（(]\s{0,2}(?:Chinese|English) only\s{0,2}[)）]$/i,
  },
  {
    // "…頒獎典禮」之致辭全文(附圖)", "…(附短片)": a government press office's note of the pictures or video it prints
    // with the text
    id: 'title.media-note',
    kind: 'word-count',
    at: 'end',
    pattern: /\s{0,4}[（(]\s{0,2}附(?:[圖图]片?|短片|影片|視頻|视频)(?:及(?:[圖图]片?|短片|影片|視頻|视频))?\s{0,2}[)）]$/,
  },
  {
    id: 'title.file-suffix',
    kind: 'file-suffix',
    at: 'end',
    // "….docx", "….pdfVIP" (a viewer's badge glued to the file name)
    pattern: /\s*\.(?:docx?|pdf|wps|pptx?|txt|rtf)(?:VIP)?$/i,
  },
  {
    // "在…上的讲话 阎振邦", "在…上的讲话(贺长岭)": the speaker's bare name printed after the genre
    // (a byline with a position stands on a line of its own and stays)
    id: 'title.speaker-name',
    kind: 'label',
    at: 'end',
    pattern: new RegExp(
      `(?<=(?:讲话|致辞|致词|发言|讲稿|演讲|主持词|开幕词|闭幕词|贺词|党课)稿?)(?:\\s+(?:${PERSON_NAME})|\\s{0,2}[(（](?!${NOT_A_NAME})(?:${PERSON_NAME})[)）])$`,
    ),
  },
  {
    // "…休會待續議案:網絡安全 (梁君彥)": an archive's speaker, his name in brackets set off by a space after any title
    // (read in simplified script: "(陳家偉)")
    id: 'title.speaker-name-spaced',
    kind: 'label',
    at: 'end',
    pattern: /(?<=\S)\s+[(（]([\u4e00-\u9fff]{2,4}[)）])$/,
    accept: (m) => SPACED_SPEAKER.test(foldScript(m[1]!)),
  },
  {
    // "写在老乡会上的领导讲话,呵呵 作者/野鹤": a blog's author field printed after the headline
    id: 'title.author-field',
    kind: 'label',
    at: 'end',
    pattern: /\s{1,3}作者\s{0,2}[/／:：]\s{0,2}[\u4e00-\u9fffA-Za-z]{1,8}$/,
  },
  {
    // "…运动会开幕词 (五年级师生演讲稿)", "…会上讲话 【演讲稿】": the site's category in brackets, a genre sites file under
    // (a subtitle in brackets names a meeting: "(在全市…会议上的讲话)" stays; so does the author's own word for a title
    // that names no spoken genre before it, "编程与设计(演讲稿)": the only word saying what the text is)
    id: 'title.category-bracket',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》])\s{0,2}(?:[(（][^（()）在的]{0,8}(?:演讲稿|范文|作文)[)）]|【[^【】在的]{0,8}(?:演讲稿|范文|作文)】)$/,
    accept: (m, title) => !/演讲稿/.test(m[0]) || SPOKEN_GENRE.test(foldScript(title.slice(0, m.index))),
  },
  {
    // "国旗下讲话:《小小石榴籽,粒粒民族情》22级工科升学班": a school site's presenting class glued
    // after the quoted title (a title names its class inside the quotes: "《我爱我们班》")
    id: 'title.class-after-quote',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[》”」])\s{0,2}(?:\d{2,4}级|高[一二三]|初[一二三]|[一二三四五六七八九]年级)[\u4e00-\u9fff0-9()（）]{0,12}班$/,
  },
  {
    // "在…会议上的讲话经济工作": the site's column glued after the genre (no title names a kind of
    // work after its genre: "在全市经济工作会议上的讲话" ends in the genre)
    id: 'title.column-after-genre',
    kind: 'label',
    at: 'end',
    pattern: /(?<=(?:讲话|致辞|致词|发言|讲稿|主持词|开幕词|闭幕词|党课)稿?)[\u4e00-\u9fff]{2,4}工作$/,
  },
  {
    // "在…茶話會上的講話(2023年12月習近平發表的講話)": an encyclopedia's note telling one entry of the
    // name from another (a subtitle names its meeting: "(在全省…会议上发表的讲话)" stays)
    id: 'title.encyclopedia-sense',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》])\s{0,2}[(（](?![在于於])[^（()）]{0,20}(?:发表|發表)的(?:讲话|講話|演讲|演講|致辞|致辭|贺词|賀詞)[)）]$/,
  },
  {
    // "附件在全市教育工作座谈会上的讲话", "附件2:在…会上的讲话", "附錄:核時代的文學…": a document's attachment
    // or a book's appendix label before the speech's name
    id: 'title.attachment-label',
    kind: 'label',
    at: 'start',
    pattern: /^附(?:件|录|錄)\s{0,2}(?:[0-9０-９一二三四五六七八九十]{1,2}\s{0,2}[:：]?|[:：])\s{0,2}(?=[\u4e00-\u9fff“《])|^附件(?=在)|^附\s{1,2}(?=[^\s]{4,60}(?:致辞|致辭|讲话|講話|发言|發言)$)/,
  },
  {
    // "从四十七个开始******": a run of stars a mirror glued after the title (a masked name inside
    // a title is one to three: "**园区")
    id: 'title.star-run',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》])\s{0,2}[*＊]{4,}$/,
  },
  {
    // "温暖重温|毕业生代表…的发言", "顾远征丨如何做新时代的大记者", "EMBA丨…执行院长在…开学典礼上的讲话", "委员感悟|陈媛委员:如何做好一名政协委员": a column's series tag or the speaker's name
    // set before the title with a bar (an occasion there is the title's: "閉幕典禮|邱澤安代理縣長致詞")
    id: 'title.tag-bar',
    kind: 'label',
    at: 'start',
    pattern: /^(?![^|｜丨]{0,6}(?:典礼|典禮|大会|大會|会议|會議|仪式|儀式|开幕|開幕|闭幕|閉幕|晚会|晚會|座谈|座談|论坛|論壇))(?:[\u4e00-\u9fff]{2,6}|[A-Z]{2,6})\s{0,2}[|｜丨]\s{0,2}(?=[\u4e00-\u9fff“《]{6}|[\u4e00-\u9fff]{2,8}[:：][\u4e00-\u9fff“《]{4})/,
  },
  {
    // "医院职工大会讲话|创人民满意医院动员大会讲话": a search keyword naming the genre set before the
    // title with a bar, the title naming one too
    id: 'title.keyword-bar',
    kind: 'label',
    at: 'start',
    pattern: /^[\u4e00-\u9fff]{2,12}(?:讲话|讲话稿|致辞|发言|发言稿|演讲稿|主持词)\s{0,2}[|｜]\s{0,2}(?=[^|｜]{4,60}(?:讲话|致辞|致词|发言|稿|词)$)/,
  },
  {
    // "…跨年演讲(中)": one part of a text the site split in three
    id: 'title.part-mark',
    kind: 'piece-number',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》])\s*[(（][上中下][)）]$/,
  },
  {
    // "…跨年演讲_风闻": the site's or column's name after an underscore (the page title's template)
    id: 'title.site-suffix',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》)）])\s?_\s?[\u4e00-\u9fffA-Za-z0-9]{1,10}$/,
  },
  {
    // "…祭扫革命烈士墓仪式上的讲话_革命,烈士陵园,烈士,工程,规划": the page's keywords after an underscore, three or
    // more words parted by commas (the page title's template; a title lists no words so)
    id: 'title.keyword-suffix',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff”」》)）])\s?_\s?(?:[\u4e00-\u9fffA-Za-z0-9]{1,10}[,，、]){2,8}[\u4e00-\u9fffA-Za-z0-9]{1,10}$/,
  },
  {
    // "茶艺表演解说词文库": a document site's SEO title, the genre glued to the site's word for its library (a
    // document's own name ends in its genre)
    id: 'title.library-suffix',
    kind: 'label',
    at: 'end',
    pattern: /(?<=(?:词|詞|辞|辭|稿|讲话|講話|发言|發言|演讲|演講|党课|黨課))\s?(?:文库|文庫)$/,
  },
  {
    // "福建局扩大食品农产品出口工作视频会议(doc 16页)": a document site's note of the file's format and pages
    id: 'title.file-info',
    kind: 'label',
    at: 'end',
    pattern: /\s?[(（]\s{0,2}(?:docx?|pdf|pptx?|wps|txt|xlsx?)\s{0,2}\d{1,4}\s{0,2}页\s{0,2}[)）]$/i,
  },
  {
    // "第十六届中国质量高层论坛-凯发旗舰", "…首发式在…隆重举行-凯发网站": a hijacked page's brand after a hyphen, a
    // gambling site's "flagship" or "site" (a subtitle after "——" is the title's own)
    id: 'title.spam-brand-suffix',
    kind: 'label',
    at: 'end',
    pattern: SPAM_BRAND_SUFFIX,
  },
  {
    // "…讲话 |", "…致辞 -": a separator the site's title template left at the end
    id: 'title.separator',
    kind: 'label',
    at: 'end',
    pattern: /\s*[|｜_\-–—]\s*$/,
  },
  {
    // "…全体会议主持词.": a stray ASCII or full-width full stop after the name (a sentence ends in 。)
    id: 'title.stray-stop',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff])[.．]$/,
  },
  {
    // "<h3> …", "…</h3>": markup leaked into the text
    id: 'title.html-tag',
    kind: 'label',
    at: 'start',
    pattern: /^<\/?[a-z][a-z0-9]{0,9}(?:\s[^<>]{0,80})?>\s*/i,
  },
  {
    // "[color=red]新年贺词[/color]": a forum's BBCode leaked around the title
    id: 'title.bbcode',
    kind: 'label',
    at: 'start',
    pattern: /^\[(?:color|size|font|b|i|u|align|url)(?:=[^\[\]]{1,24})?\]\s*/i,
  },
  {
    id: 'title.bbcode-end',
    kind: 'label',
    at: 'end',
    pattern: /\s{0,4}\[\/(?:color|size|font|b|i|u|align|url)\]$/i,
  },
  {
    id: 'title.html-tag-end',
    kind: 'label',
    at: 'end',
    pattern: /\s*<\/?[a-z][a-z0-9]{0,9}\s*>$/i,
  },
  {
    // "…主持词201X/X/XX", "…讲话 2023-05-06", "…致辞 | 2024-04-26 04:41:06", "…讲话(贺长岭)2017.4.18":
    // a file's or a post's date (and time) glued after the name
    id: 'title.date-suffix',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff)）])\s*(?:[|｜]\s*)?(?:20[0-9Xx]{2})\s*[-/.]\s*[0-9Xx]{1,2}\s*[-/.]\s*[0-9Xx]{1,2}(?:\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?$/,
  },
  {
    // "校园是我家,卫生靠大家-----2014.9.15升国旗仪式": a school site's date and occasion after a run of
    // hyphens (a title's own dash is "——")
    id: 'title.date-occasion-suffix',
    kind: 'label',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff)）])\s*[-_]{3,}\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*[\u4e00-\u9fff]{0,12}$/,
  },
  {
    // "• 在…上的讲话": a list's bullet left before a title printed as a list item
    id: 'title.bullet',
    kind: 'label',
    at: 'start',
    pattern: /^[•·]\s{0,2}/,
  },
  {
    // "标题:…", "標題：…", "题目:…", a library record's "文献题名 …"
    id: 'title.label',
    kind: 'label',
    at: 'start',
    pattern: /^(?:文章)?(?:标题|標題|题目|題目)\s*[:：]\s*|^文献题名\s{1,4}/,
  },
  {
    // "2022-04-03 …", "2023.05.01…", "2019年1月14日(星期一) …": a posting date in front (a year alone is the title's own;
    // a date written out is a prefix only with a space after it)
    id: 'title.date-prefix',
    kind: 'label',
    at: 'start',
    pattern: /^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*(?=[\u4e00-\u9fff【“"《])|^\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:[（(]\s?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s?[)）])?\s+(?=[\u4e00-\u9fff\d【“"《])/,
  },
  {
    // "党课讲稿 党课讲稿:中国共产党的精神力量": a site's keyword printed before the title that opens with it
    id: 'title.doubled-keyword',
    kind: 'label',
    at: 'start',
    pattern: /^([\u4e00-\u9fff]{2,8})\s{1,2}(?=\1)/,
  },
  {
    // "评先评优工作汇报_社联评优工作汇报发言稿": a search keyword before an underscore, the document's name after it
    id: 'title.keyword-underscore',
    kind: 'label',
    at: 'start',
    pattern: /^[\u4e00-\u9fff]{2,20}_(?=[^_]{4,60}(?:讲话|致辞|发言|演讲|主持词|讲稿)稿?$)/,
  },
  {
    // "云开体育大学习|邓启明同志在…座谈会上的讲话(11月25日)": a column's name before a full meeting title
    // (a news page's "闭幕典礼|…县长致词" names the occasion the bare genre lacks, and stays)
    id: 'title.column-prefix',
    kind: 'label',
    at: 'start',
    pattern: /^[^|｜在]{2,12}\s{0,2}[|｜]\s{0,2}(?=[^|｜]{0,20}在[^|｜]{2,50}(?:会|会议|仪式|典礼|座谈会|论坛|活动|大会)上的(?:讲话|致辞|发言))/,
  },
  {
    // "翻译硕士MTI《商务口译》教材(MP3+文本)Unit14-3:…研讨会上的演讲": a textbook's unit before the text it prints
    id: 'title.lesson-unit',
    kind: 'label',
    at: 'start',
    pattern: LESSON_UNIT,
  },
  {
    // "优秀稿件选登——高扬使命 青春无悔": a column that presents chosen pieces, its name before a dash (a subtitle's
    // dash follows the title, never a column's name)
    id: 'title.column-dash-prefix',
    kind: 'label',
    at: 'start',
    pattern: /^[\u4e00-\u9fff]{2,8}(?:选登|选编|选粹|展播|专栏|荟萃|集锦|精选|选刊)\s{0,2}(?:——|－－|--)\s{0,2}(?=\S{4})/,
  },
  {
    // "中秋节作文:在全市各界代表中秋节酒会上的致词": the site's category of writing (or a press column:
    // "特稿:…上的发言", a bilingual site's "中英双语:…上的讲话") before the colon and a
    // speech's name (a genre before the colon is the title's own: "国旗下讲话：我爱美丽的校园")
    id: 'title.category-colon',
    kind: 'label',
    at: 'start',
    pattern: CATEGORY_COLON,
  },
  {
    // "20617 总经理…讲话稿": a post's id before the page's title (a year is four digits and goes on with 年)
    id: 'title.post-id-prefix',
    kind: 'label',
    at: 'start',
    pattern: /^[0-9]{5,9}\s{1,3}(?=[\u4e00-\u9fff])(?!年)/,
  },
  {
    id: 'title.label-after-genre-dash',
    kind: 'label',
    at: 'end',
    pattern: LABEL_AFTER_GENRE_DASH,
  },
  {
    // "1、县工商联…主持词": a document viewer's page or item number glued in front
    id: 'title.number-prefix',
    kind: 'label',
    at: 'start',
    pattern: /^[0-9]{1,3}\s*[、.．]\s*(?=[\u4e00-\u9fff])/,
  },
  {
    // "第25章 在父母70寿辰庆典上的讲话": a book of speeches numbers its chapters; the chapter's
    // name is a speech's formal name ("在…上的讲话"), which a novel's chapter ("第74章 发言") never is
    id: 'title.book-chapter',
    kind: 'label',
    at: 'start',
    pattern: /^第[0-9一二三四五六七八九十百零〇两]{1,6}[章节節]\s*(?=在[^。，,\s]{2,40}上的(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|贺词|賀詞|祝酒词|祝酒詞)$)/,
  },
  // ── SEO: the title, then another wording of it in brackets ──────────────────────────────
  {
    // "校长在本科新生开学典礼上的讲话(高校)": the site's category of the speaker's institution
    // after the genre word, never a part of the speech's name
    id: 'title.institution-tag',
    kind: 'collection-tag',
    at: 'end',
    pattern: new RegExp(`(?<=讲话|講話|致辞|致辭|发言|發言|演讲|演講|稿|词|詞|辞|辭)\\s?[(（【\\[](?:${INSTITUTION})[)）】\\]]$`),
  },
  {
    id: 'title.seo-bracket',
    kind: 'seo-bracket',
    at: 'end',
    pattern: /[(（](?<alt>[^()（）]{6,40})[)）]$/,
    accept: (m, title) => isSeoAlternative(m.groups!.alt!, title.slice(0, m.index)),
  },
];

/** A bracketed wording that echoes the title's words (keyword salad), not a subtitle, date or
 * note of its own: "（在全市…会议上的讲话）", "（2023年4月18日）", "（摘要）" stay. */
function isSeoAlternative(alt: string, title: string): boolean {
  if (/^(?:在|于|於|——|--|－－)/.test(alt) || /\d{4}\s*年|上的/.test(alt)) return false;
  const han = alt.replace(/[^\u4e00-\u9fff]/g, '');
  if (han.length < 6 || han.length < alt.length * 0.8) return false;
  let shared = 0;
  for (let i = 0; i + 1 < han.length; i++) if (title.includes(han.slice(i, i + 2))) shared++;
  return shared >= 3;
}

/**
 * Lines that are never a speech's title though they look like one: a site's header or bar
 * ("皮皮范文网优秀作文演讲稿内容页", "讲话稿 文案下载手机站"), the "当前位置" label of a breadcrumb,
 * the label of a site-made table of contents ("目录/提纲:……"), an editor's note alone in brackets ("(預擬致詞稿)"),
 * a portal's name after its section's ("人人通空间-宁夏教育资源公共服务平台").
 */
const SITE_LINE =
  /内容页|详情页|手机站|手机版|移动版|当前位置|當前位置|当前路径|您的位置|你的位置|所在位置|现在的位置|网站首页|網站首頁|文案下载|(?:范文|範文|作文|文库|文庫|公文|文秘|资料|資料|美文|文档|文檔)[网網](?!络|絡|格|上|民|友)|^(?:目\s?录|目\s?錄|提\s?纲|提\s?綱)\s*(?:[\/／:：]|$)|^[（(][^（()）]{1,12}[)）]$/;

/** A portal's name after its section's ("人人通空间-宁夏教育资源公共服务平台"), or alone ("中国共产党新闻网", "祁门人大网",
 * "南京家庭教育网"): the page's owner. */
export const PORTAL_NAME = /[-–—_|｜]\s{0,2}[^-–—_|｜\s]{2,20}(?:服务平台|资源平台|门户网站|门户|官方网站|官网)$|^[\u4e00-\u9fff]{2,12}(?:新闻|新聞|资讯|資訊|门户|門戶|人大|政协|政協|党建|黨建|文明|政府|教育|教研|科普|法治|健康)[网網]$/;
/** A news column's bare name over the headline ("新闻资讯", "媒体报道", "行业要闻", "新闻中心", "名家專欄"): the site's section. */
const NEWS_COLUMN = /^[\u4e00-\u9fff]{0,4}(?:新闻|新聞|资讯|資訊|报道|報道|要闻|要聞|动态|動態|公告|专栏|專欄|栏目|欄目)(?:中心)?$/;
/** A contest's label over an entry with its author ("“五四演讲比赛”特等奖作品 骨科 葛明远副主任医师"): the entry's byline. */
const CONTEST_ENTRY = /(?:[特一二三四五六七八九十]等奖|优秀奖|優秀獎|获奖|獲獎|参赛|參賽)作品/;
/** A series' tag in brackets over the piece ("[小学期教学改革系列报道之五]"): the column's, not the piece's name. */
const SERIES_TAG = /^[\[【［][^\]】］]{2,30}(?:系列报道|系列|专题报道|专题)之?[一二三四五六七八九十\d]{0,3}[\]】］]$/;
/** A script's part in brackets ("【儀式部分】", "【文艺演出部分】", "[开场白]"): a section of the text under no title. */
const SCRIPT_PART = /^[\[【［]\s?(?:[^\]】］]{1,8}(?:部分|環節|环节)|开场白|開場白|结束语|結束語)\s?[\]】］]$/;
/** A site's name with its tagline of sections ("财新网-财经资讯、金融新闻、股票行情"): the header's, naming no text. */
export const SITE_TAGLINE = /^(?![^。！？]{0,70}(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講))[\u4e00-\u9fff]{1,10}[网網]\s{0,2}[-–—_|｜]\s{0,2}[^-–—_|｜。！？]{2,16}、[^。！？]{2,40}$/;
/** A site's category with the count of its items ("文化演讲(22)", "讲话稿(125)"): a menu's link (a speech's part number is one digit). */
const CATEGORY_COUNT = /^[\u4e00-\u9fff]{2,10}\s{0,2}[（(](?!(?:19|20)\d\d[)）])\d{2,5}[)）]$/;
/** An editor's label alone in brackets over a lead ("【小D導讀】", "【导读】", "[编者按]"): the page's. */
export const EDITOR_LABEL = /^[【\[]\s?[\u4e00-\u9fffA-Za-z]{0,4}(?:导读|導讀|导语|導語|编者按|編者按)\s?[】\]]$/;
export const NOT_A_TITLE = /* @__PURE__ */ new RegExp(`${SITE_LINE.source}|${PORTAL_NAME.source}|${NEWS_COLUMN.source}|${CONTEST_ENTRY.source}|${SERIES_TAG.source}|${SCRIPT_PART.source}|${SITE_TAGLINE.source}|${CATEGORY_COUNT.source}|${EDITOR_LABEL.source}`);
