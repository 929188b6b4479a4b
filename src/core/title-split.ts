// A title glued to the body on one line: document viewers and copies flatten "title / salutation
// / body" into "在…会议上的讲话同志们：今天…" or "…致辞 尊敬的…". The title ends where its
// genre word does ("讲话", "致辞", "主持词", "演讲稿"…), and the body must start right there with
// a salutation, or, after a full "在…会上的讲话", with a sentence. Pure.
import { charLength, cjkRatio, compareKey } from './normalize';
import { foldScript } from './script/fold';
import { allMatches } from './rules/all-matches';
import { compiledPattern } from './rules/machine-code';
import { MEETING_TITLE_SENTENCE, SALUTATION_LINE } from './rules/speech-cues';
import { hasSentenceEnd, hasStop } from './stops';
import { SURNAMES } from './rules/surnames';

/** The genre word a speech title ends with, and what sites write after it ("讲话文稿", "演讲稿", "发言稿范文"). */
const GENRE_END =
  /(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|演讲|演講|主持词|主持詞|开幕词|開幕詞|开幕辞|闭幕词|閉幕詞|闭幕辞|贺词|賀詞|欢迎词|歡迎詞|欢送词|答谢词|答謝詞|祝酒词|党课|黨課|寄语|寄語|开场白|開場白|串词|串詞|主持稿|发布词|發布詞|发布稿|發布稿)(?:稿子|文稿|稿|材料|范文|範文|全文|提纲|提綱|要点|要點){0,2}/g;
/** The first words of a salutation, with the typo 尊重的 some copies carry. */
const SALUTATION_OPENING = /^(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的|尊重的|各位|诸位|諸位|同志们|同志們|同誌們|老师们|老師們|同学们|同學們|女士们|女士們|先生们|先生們|朋友们|朋友們|全体|全體)/;
/** Who a salutation addresses, when it opens with the audience's name ("县直各部门负责同志："). */
const AUDIENCE = /同志|同学|同學|老师|老師|朋友|来宾|來賓|嘉宾|嘉賓|领导|領導|代表|女士|先生|家长|家長|职工|職工|青年|委员|委員|校友|队员|隊員|辅导员|輔導員|团员|團員|党员|黨員|同事|员工|員工/;
/** A full meeting title: the body may follow it with any sentence ("…会议上的讲话主汛期即将来临,…"). */
const MEETING_TITLE = /在[^。，,]{2,50}(?:会|會|仪式|儀式|典礼|典禮|座谈|座談|活动|活動|论坛|論壇|开班式|開班式|启动式|啟動式|年会|年會)[^。，,]{0,8}的(?:讲话|講話|致辞|致辭|致词|发言|發言|讲稿|講稿|主持词|主持詞|演讲|演講|动员讲话|总结讲话)(?:稿|文稿)?$/;
/** What may continue a title after its genre word: "讲话精神…", "讲话要求…", "讲话的…", "发言人…", or a
 * question about it ("…的开场白怎么写?" opens a site's intro, not the speech). */
const CONTINUES_TITLE = /^(?:怎么|怎麼|怎样|怎樣|如何|是什么|有哪些|精神|要点|要點|摘要|提纲|要求|部署|指示|的|之|人|者|会|會|稿|词|詞|辞|辭|和|与|與|及|暨|[(（《“"'‘：:—-])/;
/** A sentence that opens by citing a speech ("按照…会议上的讲话要求,…", "根据…"): prose, no title. */
const CITES_SPEECH = /^(?:按照|根据|根據|依照|遵照|依据|依據|贯彻|貫徹|落实|落實|学习|學習|传达|傳達)/;
/** A comma after the title's words: they are the subject of a sentence that goes on. */
const CLAUSE_GOES_ON = /^[，,、]/;
/** A site's tag in brackets right after a title's genre word ("…致辞(收藏备用)辅导员们,…"). */
const TAG_AFTER_GENRE = /^\s{0,2}[（(][^（()）]{1,8}[)）]\s{0,2}/;
/** The speech's dated note opening the body after a full meeting title ("(2013年10月22日 根据录音整理)…"). */
const DATED_NOTE = /^[（(]\s{0,2}(?:\d{4}|[〇零一二三四五六七八九]{4})\s{0,2}年[^（()）]{0,30}[)）]/;
const MIN_TITLE = 4;
const MAX_TITLE = 80;
/** How far into the line the title may run. */
const HEAD = 120;

/**
 * Where the body starts in a paragraph that opens with its title, or undefined. The title is
 * the text before that index (trimmed); nothing is removed.
 */
export function findGluedTitleEnd(paragraph: string): number | undefined {
  const head = paragraph.slice(0, HEAD);
  const sentenceEnd = head.search(/[。！？!?；;]/);
  for (const m of allMatches(GENRE_END, head)) {
    if (sentenceEnd !== -1 && m.index! + m[0].length > sentenceEnd) break;
    let end = closedBracketsEnd(head, closingBracketEnd(head, m.index! + m[0].length));
    // a site's tag after the genre, before the salutation: part of the title line (its decorations are cut later)
    const tag = TAG_AFTER_GENRE.exec(paragraph.slice(end));
    if (tag && opensSalutation(paragraph.slice(end + tag[0].length))) end += tag[0].length;
    // …or the piece's number ("我的学校演讲稿 篇1尊敬的老师,…")
    const piece = PIECE_NUMBER_AFTER.exec(paragraph.slice(end));
    if (piece && /[0-9一二三四五六七八九十]/.test(piece[0]) && opensSalutation(paragraph.slice(end + piece[0].length))) end += piece[0].trimEnd().length;
    const title = head.slice(0, end).trim();
    const rest = paragraph.slice(end).trimStart();
    if (!isGluedTitle(title) || CITES_SPEECH.test(title) || rest.length < MIN_TITLE) continue;
    // a full meeting title, then the speech's dated note: the body starts with the note
    if (MEETING_TITLE.test(title) && DATED_NOTE.test(rest)) return paragraph.length - rest.length;
    if (CONTINUES_TITLE.test(rest)) continue;
    if (opensSalutation(rest) || (MEETING_TITLE.test(title) && /^[\u4e00-\u9fff]/.test(rest))) {
      return paragraph.length - rest.length;
    }
    // the title closed by a full stop, the body after it: the stop goes with the title
    if (rest.startsWith('。') && MEETING_TITLE_SENTENCE.test(foldScript(`${title}。`))) return paragraph.length - rest.length + 1;
  }
  return undefined;
}

/** A piece's number right after its name, before the piece's salutation. */
const PIECE_NUMBER = /^(?:[一二三四五六七八九十]{1,2}|[1-9])\s*[:：]?\s*/;

/** A piece's number and colon right after its name: "…国旗下讲话稿一:", "…致辞2：". */
const PIECE_NUMBER_COLON = /^(?:[一二三四五六七八九十]{1,2}|[1-9])\s*[:：]/;

/**
 * A piece's name and number glued before its text, as search and collection pages print each
 * piece ("XX年元旦国旗下讲话稿一:今天我讲话的题目是…"): where the name ends and where the text
 * starts, or undefined. The name is the title; the number and colon are the page's.
 */
export function findGluedPieceLabel(paragraph: string): { titleEnd: number; bodyStart: number } | undefined {
  const head = paragraph.slice(0, HEAD);
  const sentenceEnd = head.search(/[。！？!?；;]/);
  for (const m of allMatches(GENRE_END, head)) {
    const end = m.index! + m[0].length;
    if (sentenceEnd !== -1 && end > sentenceEnd) break;
    const number = PIECE_NUMBER_COLON.exec(paragraph.slice(end));
    if (!number) continue;
    const title = head.slice(0, end).trim();
    const bodyStart = end + number[0].length;
    if (isGluedTitle(title) && !/[，,]/.test(title) && charLength(paragraph.slice(bodyStart).trim()) >= MIN_TITLE) return { titleEnd: end, bodyStart };
  }
  return undefined;
}

/** A piece's number after its title: " 篇1 ", "第2篇", "3". */
const PIECE_NUMBER_AFTER = /^\s{0,2}(?:篇\s{0,2}[0-9一二三四五六七八九十]{1,3}|第\s{0,2}[0-9一二三四五六七八九十]{1,3}\s{0,2}篇|[0-9]{1,2})\s{0,2}/;
/** A headline that names no genre, a space, then the salutation, on a page printed on one line
 * ("今天的我们,谈留学到底要谈什么? 各位老师们,同学们,大家早上好!…"): the words before the space. A
 * headline is a phrase, or a question or an exclamation that ends there; a greeting ("大家好!") or a
 * sentence that goes on is not one. */
const HEADLINE_BEFORE_SPACE = /^([^\s。；;：:，,！!？?]{2,30}(?:[，,][^\s。；;：:，,！!？?]{2,30})?[！!？?]?)[ \t\u3000]{1,4}(?=\S)/;
const GREETING = /(?:大家|你们|您)(?:上午|中午|下午|晚上|早上|早)?好|谢谢/;
/** The salutation's own end within its first words: its colon or its greeting. */
const SALUTATION_END = /^[^。；;！!？?]{0,60}(?:[：:]|好[！!。])/;

/** Where the text starts after a genre-less headline glued to it with a space, or undefined. */
export function findHeadlineBeforeSalutation(paragraph: string): { titleEnd: number; bodyStart: number } | undefined {
  const m = HEADLINE_BEFORE_SPACE.exec(paragraph);
  if (!m) return undefined;
  const title = m[1]!;
  const rest = paragraph.slice(m[0].length);
  if (!isGluedTitle(title.replace(/[！!？?]$/, '')) || GREETING.test(title) || SALUTATION_OPENING.test(title) || SPEAKING_PART.test(title)) return undefined;
  if (!SALUTATION_OPENING.test(rest) || !SALUTATION_END.test(rest)) return undefined;
  return { titleEnd: title.length, bodyStart: m[0].length };
}

/** How far into a paragraph the site's intro may run before the first piece. */
const INTRO_REACH = 400;

/**
 * A collection page flattened onto one line: the site's intro, then the first piece's title and
 * number, then its salutation ("…不妨马上收藏本页。 小学元旦致辞范文 篇1 亲爱的同学们、…"): where
 * the piece's text starts, or undefined. The title must follow a sentence end and carry a piece
 * number, and the salutation must follow: what stands before is the site's, not the speech's.
 */
export function findPieceAfterIntro(paragraph: string, title: string): number | undefined {
  if (charLength(title) < MIN_TITLE) return undefined;
  const head = paragraph.slice(0, INTRO_REACH);
  for (let at = head.indexOf(title); at > 0; at = head.indexOf(title, at + 1)) {
    if (!/[。！？!?]\s{0,2}$/.test(head.slice(Math.max(0, at - 3), at))) continue;
    const number = PIECE_NUMBER_AFTER.exec(paragraph.slice(at + title.length));
    if (!number || !/\d|[一二三四五六七八九十]/.test(number[0])) continue;
    const bodyStart = at + title.length + number[0].length;
    if (opensSalutation(paragraph.slice(bodyStart))) return bodyStart;
  }
  return undefined;
}

/** A title wrapped in brackets ("【中秋节晚会主持词】尊敬的…") ends with its closing bracket. */
const CLOSING_OF: Record<string, string> = { '【': '】', '[': ']', '《': '》', '「': '」', '〖': '〗' };
function closingBracketEnd(head: string, end: number): number {
  const close = CLOSING_OF[head[0]!];
  return close !== undefined && head[end] === close && !head.slice(1, end).includes(close) ? end + 1 : end;
}

/** A title opened by brackets runs to where they close, words after its genre and all
 * ("【《民族团结演讲稿优秀范文》】尊敬的…"): the end of the closing run when `end` falls inside them. */
function closedBracketsEnd(head: string, end: number): number {
  let closers = '';
  for (let i = 0; i < head.length && CLOSING_OF[head[i]!] !== undefined; i++) closers = CLOSING_OF[head[i]!]! + closers;
  if (!closers || head.slice(end - closers.length, end) === closers) return end;
  const at = head.indexOf(closers, end);
  return at === -1 || /[。！？!?；;]/.test(head.slice(end, at)) ? end : at + closers.length;
}

function isGluedTitle(title: string): boolean {
  const n = charLength(title);
  // (a label's colon may stand inside a title the site bracketed: "【2020威海市高三一轮考试作文:十八岁成人礼发言稿】")
  const bracketed = CLOSING_OF[title[0]!] !== undefined && title.endsWith(CLOSING_OF[title[0]!]!);
  return n >= MIN_TITLE && n <= MAX_TITLE && !(bracketed ? /[。！？!?；;]/ : /[。！？!?；;：:]/).test(title) && cjkRatio(title) >= 0.5;
}

/** A host's speaking part before the salutation of a two-host script ("女:尊敬的各位领导,"). */
const SPEAKING_PART = /^(?:[男女甲乙合AB]|男女|主持人[甲乙AB12一二]?)\s{0,2}[:：]\s{0,2}/;

/** "尊敬的各位领导、…：", "各位园长、书记,同志们:", "县直各部门负责同志：" */
function opensSalutation(glued: string): boolean {
  const rest = glued.replace(SPEAKING_PART, '');
  if (SALUTATION_OPENING.test(rest)) return true;
  const clause = /^[^，,：:！!。]{1,24}[，,：:！!]/.exec(rest);
  // (the colon closing the salutation, no sentence ended before it: a guide's "…向员工表达谢意…。下面汇总了…要点:" is none)
  return clause !== null && AUDIENCE.test(clause[0]) && /^[^。！？!?]{0,59}[：:]/.test(rest);
}

/**
 * Where a paragraph's glued repeat of the title ends ("县委书记…上的讲话今天,我们…" under the
 * same title line), as an index into the paragraph, or undefined. Spaces inside the repeat are
 * allowed ("在镇 2025 年…党课 讲稿 同志们:"); a piece number after it goes with it.
 */
export function findGluedRepeat(paragraph: string, title: string): number | undefined {
  const chars = [...compareKey(title)];
  // (a viewer's first page number before it: "1、4月23日世界读书日开幕词各位老师、…", or a card's label)
  const page = compiledPattern(FIRST_PAGE_NUMBER).exec(paragraph)?.[0].length ?? 0;
  const found = repeatEnd(paragraph.slice(page), chars);
  if (found === undefined) return undefined;
  let end = page + found;
  // printed twice, a viewer's page head and the document's own ("…精彩发言 …精彩发言 各位领导、…")
  for (let again = repeatEnd(paragraph.slice(end), chars); again !== undefined; again = repeatEnd(paragraph.slice(end), chars)) end += again;
  // the piece heading glued whole: its number and colon go with it ("…讲话篇一: 同志们:")
  const piece = PIECE_AFTER_REPEAT.exec(paragraph.slice(end));
  if (piece) return end + piece[0].length;
  // the pupil's class and name glued after it, before the salutation ("争做实中文明人 高一七班 林悦 尊敬的老师,…")
  const pupil = PUPIL_BEFORE_SALUTATION.exec(paragraph.slice(end));
  if (pupil) return end + pupil[0].length;
  // the closing bracket of a title the site had bracketed, its opening lost ("…上的讲话】各位同仁、同志们:")
  const bracket = STRAY_CLOSING_BRACKET.exec(paragraph.slice(end));
  return bracket ? end + bracket[0].length : end;
}

/** A pupil's class and name between a title printed again and the salutation it is glued to ("高一七班 林悦 尊敬的老师…"). */
const PUPIL_BEFORE_SALUTATION = /^\s{0,3}(?:(?:初|高)[一二三123]|[一二三四五六七八九]年级)\s{0,2}(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(]\d{1,2}[)）])\s{0,2}班\s{1,3}[\u4e00-\u9fff]{2,4}\s{1,3}(?=尊敬|敬爱|亲爱|各位|同学们|老师们)/;

/** A document viewer's number of its first page, glued before the title it prints again, or a document card's label for
 * the text ("资源描述:…的致辞尊敬的…"). */
const FIRST_PAGE_NUMBER = /^\s{0,2}1\s{0,2}[、.．]\s{0,2}(?=\S)|^\s{0,2}(?:资源描述|文档描述|资源简介|文档简介)\s{0,2}[:：]\s{0,2}(?=\S)/;
/** A closing bracket right after a title repeated at a paragraph's start, which opens no bracket. */
const STRAY_CLOSING_BRACKET = /^\s{0,2}[】\]」』]/;

/** A piece's number after the title it heads, and its colon ("篇一:", "第2篇："). */
const PIECE_AFTER_REPEAT = /^\s{0,2}(?:篇\s{0,2}[0-9０-９一二三四五六七八九十]{1,3}|第\s{0,2}[0-9０-９一二三四五六七八九十]{1,3}\s{0,2}篇)\s{0,2}[:：]?/;

/**
 * A site's sentence about the document that opens with the document's name as its subject
 * ("…大会上的讲话是一二九演讲稿的经典,只要你仔细了解…"): a speech does not open by calling itself
 * "…上的讲话是…". Only a title that names its genre at the end; true when the paragraph is one.
 */
export function isTitleBlurb(paragraph: string, title: string): boolean {
  if (!TITLE_ENDS_WITH_GENRE.test(foldScript(title))) return false;
  const end = repeatEnd(paragraph, [...compareKey(title)]);
  return end !== undefined && /^\s*是/.test(paragraph.slice(end));
}

/** Longest qualifier a page title puts before the document's own ("学校" in "学校七一党课:…"). */
const MAX_QUALIFIER = 4;
/** What the document's own title must keep of the page title. */
const MIN_OWN_TITLE = 8;

/**
 * The document's own title glued before its first sentence, when it is the page's title without
 * a short qualifier in front ("七一党课:初心易得 始终难守按照市委…" under "学校七一党课:初心易得
 * 始终难守"): where it ends, or undefined. The repeat itself (findGluedRepeat) is not one.
 */
export function findGluedOwnTitle(paragraph: string, title: string): number | undefined {
  const chars = [...compareKey(title)];
  const first = compareKey(String.fromCodePoint(paragraph.codePointAt(0) ?? 32));
  for (let skip = 1; skip <= MAX_QUALIFIER && chars.length - skip >= MIN_OWN_TITLE; skip++) {
    if (chars[skip] !== first) continue;
    const end = repeatEnd(paragraph, chars.slice(skip));
    if (end !== undefined && hasSentenceEnd(paragraph.slice(end, end + HEAD))) return end;
  }
  return undefined;
}

function repeatEnd(paragraph: string, chars: readonly string[]): number | undefined {
  if (chars.length < MIN_TITLE) return undefined;
  let at = 0;
  let i = 0;
  while (at < chars.length && i < paragraph.length) {
    const ch = String.fromCodePoint(paragraph.codePointAt(i)!);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (compareKey(ch) !== chars[at]) return undefined;
    i += ch.length;
    at++;
  }
  if (at < chars.length) return undefined;
  let rest = paragraph.slice(i).trimStart();
  // the piece's number may follow the repeat on a collection page ("先进单位发言稿1尊敬的…")
  const number = PIECE_NUMBER.exec(rest);
  if (number && opensSalutation(rest.slice(number[0].length))) rest = rest.slice(number[0].length);
  // The repeat is glued to the speech: a salutation or a sentence, not more words of a name —
  // nor the subject of the paragraph's first sentence, which goes on after a comma
  // ("严立衡宣布…会议开幕,与会委员全体起立…": a report's lead under its headline).
  if (CLAUSE_GOES_ON.test(rest) && !opensSalutation(rest.slice(1).trimStart())) return undefined;
  const speech = opensSalutation(rest) || hasStop(rest);
  return rest.length >= MIN_TITLE && speech && !CONTINUES_TITLE.test(rest) ? paragraph.length - rest.length : undefined;
}

/** A dash subtitle naming the occasion: "——在…大会上的讲话". */
const OCCASION_SUBTITLE = /^\s*(?:——|－－|--)\s*在/;
/** The genre alone, the second line of a title printed over two ("开  幕  词" under "…代表大会"). */
const GENRE_LINE = /^(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|演讲稿|演講稿|主持词|主持詞|开幕词|開幕詞|开幕辞|開幕辭|闭幕词|閉幕詞|闭幕辞|閉幕辭|贺词|賀詞|欢迎词|歡迎詞|欢送词|歡送詞|答谢词|答謝詞|祝酒词|祝酒詞)$/;
const TITLE_ENDS_WITH_GENRE = new RegExp(`(?:${GENRE_END.source})$`);
const MAX_GENRE_LINE = 12;

/** A line that holds a speech's genre word alone, spaced out or not ("闭幕词", "开  幕  词"). */
function isGenreLine(line: string): boolean {
  return line.length <= MAX_GENRE_LINE && GENRE_LINE.test(line.replace(/\s+/g, ''));
}
/** The name of an occasion a speech is given at: how the first line of a title over its genre ends. */
const OCCASION_END = /(?:会|會|比赛|比賽|竞赛|競賽|大赛|大賽|典礼|典禮|仪式|儀式|活动|活動|论坛|論壇|节|節|展|展览|展覽|庆典|慶典|开幕式|開幕式|闭幕式|閉幕式|开班式|開班式|周年|週年)$/;

/** Whether `line` over `next` is a title printed over two lines, the occasion and then its genre
 * word alone ("安徽省首届老年人网络竞技麻将比赛" / "闭幕词"); a site's name over a genre label is not. */
export function isOccasionOverGenre(line: string, next: string): boolean {
  return isGenreLine(next) && OCCASION_END.test(line.trim()) && charLength(line.trim()) <= MAX_TITLE;
}

/**
 * The second line of a title printed over two, when `line` (the block right under the title)
 * is one: the genre alone, spaced out or not, under a title that names none yet; or the rest of
 * a meeting's name broken off after 在 ("…韩立成同志在县委班子" over "专题民主生活会上点评时的讲话");
 * or a dash subtitle when the page's headline above (`above`, the lines over the title) printed
 * the title and it on one line ("追风赶月莫停留 平芜尽处是春山 ---2023年新年致辞"). '' when the line
 * is the genre the title already ends with, letter-spaced under it. Else undefined.
 */
export function secondLineOfTitle(title: string, line: string, above: readonly string[] = []): string | undefined {
  if (continuesMeetingTitle(title, line)) return line.trim();
  if (endsWithConjunction(title) && charLength(line.trim()) <= MAX_CONTINUATION && !hasStop(line) && !/[:：，,、]$/.test(line.trim()) && !SALUTATION_OPENING.test(line.trim())) return line.trim();
  // (the occasion "——在…上的讲话" on its own line stays the body's subtitle, as such pages set it)
  if (above.length && !OCCASION_SUBTITLE.test(foldScript(line))) {
    const key = compareKey(foldScript(title + line));
    if (SUBTITLE_DASH.test(line.trim()) && above.some((a) => compareKey(foldScript(a)) === key)) return line.trim();
    // the title broken anywhere, its whole printed above as the page's headline, which ends with what
    // the break split ("坚持全面从严治党,走好新的赶考之路" over "党课讲稿:坚持全面从严治党,走好新的" / "赶考之路")
    if (charLength(line.trim()) <= MAX_CONTINUATION && !hasStop(line)) {
      const rest = compareKey(foldScript(line));
      if (above.some((a) => spansBreak(compareKey(foldScript(a)), key, rest))) return line.trim();
    }
  }
  if (!isGenreLine(line)) return undefined;
  const genre = line.replace(/\s+/g, '');
  // letter-spaced under a title that already ends with it ("…动员大会主持词" / "主 持 词"), it is the
  // document's own heading and adds nothing; set solid ("讲话"), it is a site's category label
  if (TITLE_ENDS_WITH_GENRE.test(title)) return /\s/.test(line.trim()) && foldScript(title).endsWith(foldScript(genre)) ? '' : undefined;
  return genre;
}

/** How long each line of a two-line slogan title runs. */
const PARALLEL_LINE = { min: 8, max: 30 } as const;
/** A slogan's line: ideographs alone, no mark, no space, no digit. */
const SLOGAN_LINE = /^[\u4e00-\u9fff]+$/;

/**
 * The second line of a slogan title printed over two parallel lines right above the salutation
 * ("积极创建优秀以校为本教研制度建设基地" / "丰富禅城区教育现代化示范区的内涵" / "各位尊敬的专家…:"): ideographs
 * alone, each line 8–30 of them, neither naming a speech (a "在…上的讲话" title keeps its thematic
 * subtitle as the body's). What the title gains: a space and the line; else undefined.
 */
export function parallelSecondLine(title: string, line: string, next: string | undefined): string | undefined {
  const [a, b] = [foldScript(title.trim()), foldScript(line.trim())];
  if (next === undefined || !SALUTATION_LINE.test(foldScript(next.trim()))) return undefined;
  const fits = (text: string) => SLOGAN_LINE.test(text) && text.length >= PARALLEL_LINE.min && text.length <= PARALLEL_LINE.max && !NAMES_GENRE.test(text);
  return fits(a) && fits(b) ? ` ${line.trim()}` : undefined;
}
/** A title line that is a quoted name alone ("“第五届…产业发展大会”"): it names an event, not yet a text. */
const QUOTED_NAME_ONLY = /^[“"][^“”"]{2,40}[”"]$/;
/** The text's kind finishing such a title on the line under it ("新闻发布会文字实录", "开幕式致辞"). */
const TEXT_KIND_LINE = new RegExp(`^[^。，,；;！？!?：:“”"]{0,16}(?:实录|${GENRE_END.source})$`);

/**
 * The second line of a title whose first is a quoted event name alone, when `line` names the
 * text's kind ("“第五届…大会”" / "新闻发布会文字实录"): the line, joined as printed; else undefined.
 */
export function kindUnderQuotedName(title: string, line: string): string | undefined {
  const [a, b] = [foldScript(title.trim()), foldScript(line.trim())];
  return QUOTED_NAME_ONLY.test(a) && charLength(b) <= MAX_CONTINUATION && TEXT_KIND_LINE.test(b) ? line.trim() : undefined;
}

/** A genre word anywhere: the line names the speech. */
const NAMES_GENRE = new RegExp(GENRE_END.source);

/** Longest second line of a title broken anywhere. */
const MAX_CONTINUATION = 20;
/** Whether the headline `headline` is the broken title `joined` or its end, across the break (more than the second line `rest`). */
function spansBreak(headline: string, joined: string, rest: string): boolean {
  return headline.length > rest.length + 1 && joined.endsWith(headline);
}

/** A title line broken after a conjunction ("…以饱满的工作激情和"): no title ends so; its next line goes on with it
 * (a word that ends in one, "参与", "祥和", "普及", is no break). */
const ENDS_WITH_CONJUNCTION = /(?<![参给赋授温平祥总共缓暖柔谦随调附应唱饱融])(?:和|与|與)$|(?<![涉普危惠波顾来])及$|以及$/;
export function endsWithConjunction(line: string): boolean {
  return ENDS_WITH_CONJUNCTION.test(line.trim());
}

/** The dash that opens a subtitle line: "——", "－－", "--", "---". */
export const SUBTITLE_DASH = /^(?:——|－－|--)/;

/** "在" and a place or body, then the line ends before the meeting is named ("…在县委班子"), the body's name
 * quoted or not ("唐燕副局长在“戴德梁行物业大讲堂”" / "培训班上的讲话"). */
const MEETING_BROKEN_OFF = /在(?:[^。，,；;！？!?“”《》的]|“[^。，,；;！？!?“”《》]{1,20}”){1,30}$/;
/** The meeting's name and the genre that finish it ("专题民主生活会上点评时的讲话"). */
const MEETING_FINISHED = new RegExp(`^[^。，,；;！？!?在]{0,30}(?:会|会议|仪式|典礼|座谈|活动|论坛|培训班|年会|大会|开幕式|闭幕式|开班式|启动式|揭牌式)[上中]?[^。，,；;！？!?]{0,8}的(?:${GENRE_END.source})$`);

/** An event's host and year, broken off before the event itself ("安邑初中2008年陽光體育" over
 * "冬季長跑運動會開幕式講話稿"): a year names a title's occasion; a site's name or column holds none. */
const YEAR_BROKEN_OFF = /^[^\s。，,；;！？!?:：的]{2,20}(?:19|20)\d{2}年[^\s。，,；;！？!?:：的]{0,12}$/;
/** The event and the genre that finish it ("冬季長跑運動會開幕式講話稿"). */
const EVENT_FINISHED = new RegExp(`^[^。，,；;！？!?在的]{0,24}(?:会|赛|节|典礼|仪式|开幕式|闭幕式)(?:上的)?(?:${GENRE_END.source})$`);

/** Whether `second` finishes the meeting title `first` broke off (both trimmed lines of at most 40 characters). */
export function continuesMeetingTitle(first: string, second: string): boolean {
  const a = foldScript(first.trim());
  const b = foldScript(second.trim());
  return charLength(a) <= 40 && charLength(b) <= 40 && ((MEETING_BROKEN_OFF.test(a) && MEETING_FINISHED.test(b)) || (YEAR_BROKEN_OFF.test(a) && EVENT_FINISHED.test(b)));
}

/** A person's name and a space before a headline ("柯望川 全面贯彻党的十七大精神 …"). */
const NAME_BEFORE_TITLE = new RegExp(`^([${SURNAMES}][\\u4e00-\\u9fff]{1,2})\\s{1,3}(?=\\S{6})`);
/** …or a name and a colon ("周晓岚:远离毒品,珍爱生命"), which a press headline quoting its speaker prints too. */
const NAME_COLON_BEFORE_TITLE = new RegExp(`^([${SURNAMES}][\\u4e00-\\u9fff]{1,2})[:：]\\s{0,2}(?=\\S{4})`);
/** The page's author field ("作者:周晓岚(文) 来源:"): a school site's CMS prints the author's name before the headline. */
const AUTHOR_FIELD = /(?:作者|撰稿|供稿)[:：]\s{0,2}([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])/;
/** The first paragraphs, where a byline stands under the title. */
const BYLINE_REACH = 3;
/** The longest a byline runs (an office and a name: "国家统计局局长  柯望川"). */
const MAX_BYLINE = 30;

/**
 * The speaker's name a news page puts before the headline, when the byline under it ends with the
 * same name ("柯望川 全面贯彻…新篇章" over "国家统计局局长  柯望川"), or the name and a colon when the
 * page's author field (a line it set aside) names the same person: the name and its space or colon, else ''.
 */
export function speakerBeforeTitle(title: string, paragraphs: readonly string[], setAside: readonly { readonly text: string }[] = []): string {
  // the colon form only when the page's author field names the same person: "龙永图:…" over a
  // press lead quotes its speaker, and that headline is the speech's own title
  const colon = NAME_COLON_BEFORE_TITLE.exec(title);
  if (colon && setAside.some((line) => AUTHOR_FIELD.exec(line.text)?.[1] === colon[1])) return colon[0];
  const m = NAME_BEFORE_TITLE.exec(title);
  if (!m) return '';
  const name = m[1]!;
  const byline = paragraphs.slice(0, BYLINE_REACH).some((p) => {
    const line = p.trim();
    // the office, a space, the name
    return line.length <= MAX_BYLINE && line.endsWith(name) && /\s/.test(line[line.length - name.length - 1] ?? '') && !hasSentenceEnd(line);
  });
  return byline ? m[0] : '';
}
