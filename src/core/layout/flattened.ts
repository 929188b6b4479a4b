// Documents flattened onto one line by a viewer or a copy: the title, sometimes the file's own
// title and the speaker's byline, then the salutation and the body, all in one block
// ("…会议上的讲话文稿同志们,今天我们…", "美术馆开馆仪式市领导致辞 尊敬的各位领导…:").
// The title is split off where the evidence is plain: it ends in the name of a spoken genre and
// a salutation (or, with no salutation, a space and prose) follows. Nothing else is split: the
// salutation stays glued to the body, as the page has it.
import { compareKey } from '../normalize';
import { compiledPattern } from '../rules/machine-code';
import { SPEAKER_ROLE_LABEL } from '../rules/speech-cues';
import { NOT_A_TITLE } from '../rules/title-decorations';
import { hasStop } from '../stops';
import { isSummaryBox } from '../teaser';

/** The name of a spoken genre ending a title, with the site's suffixes ("讲话文稿", "致辞范文",
 * "党课 讲稿", "致辞篇1") and a date glued after it ("主持词201X/X/XX"). */
const GENRE_END = new RegExp(
  '(?:讲话|致辞|致词|主持词|主持稿|发言|演讲|讲稿|党课|开幕词|闭幕词|闭幕辞|欢迎词|欢送词|贺词|答谢词|祝酒词|串词|开场白)' +
    '(?:\\s{0,2}(?:稿|文稿|讲稿|材料|提纲|范文|全文))?' +
    '(?:\\s{0,2}篇\\s{0,2}[0-9一二三四五六七八九十]{1,2})?' +
    '(?:\\s{0,2}(?:20[0-9XxＸ]{2}|20XX)\\s{0,2}[/年.-]\\s{0,2}[0-9XxＸ]{1,2}\\s{0,2}[/月.-]\\s{0,2}[0-9XxＸ]{1,2}日?)?',
  'g',
);
/** Where a salutation may open, and the salutation itself (to its colon, or to "大家好!"). */
const SALUTATION_OPENER = /尊敬的|尊重的|敬爱的|亲爱的|各位|同志们|老师们|同学们|朋友们|女士们|来宾们|大家/g;
/** …or the room greeted at once ("…主题演讲稿大家好!"). */
const INLINE_SALUTATION = /^(?:(?:尊敬的|尊重的|敬爱的|亲爱的|各位)[^。！？!?；;]{1,60}?(?:[:：]|大家(?:上午|下午|晚上)?好[!！,，。])|(?:同志们|老师们|同学们|朋友们|女士们|来宾们)[,，!！:：]|大家(?:早上|上午|中午|下午|晚上)?好[!！,，。])/;
/** A title run holds no sentence: no 。！？；. */
/** How far into a block a salutation is looked for. */
const HEAD = 160;
/** How much of a line is read for its title pieces: the salutation opens within HEAD, and a
 * title run with no clause mark in this many characters is no title (a document of 8,000
 * paragraphs joined into one line is not read whole to find out). */
export const FLATTENED_READ = 1000;
/** The speaker and date between the titles and the salutation ("县委常委、县政府负责人xxx(二○一八年…)"); a bracket
 * of a converter's pinyin ("發(fā)言材料") is none. */
const BYLINE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年|[（(](?=[^()（）]{0,19}[\u4e00-\u9fff\d])[^()（）]{2,20}[)）]|书记|县长|市长|省长|主任|局长|负责人|常委|主席|校长|院长|部长|厅长|处长|经理|董事长/;
const MAX_BYLINE = 40;
/** What may follow a title inside a longer title: not a split point. */
const CONTINUES_TITLE = /^[:：,，、—\-（(《“]/;
/** A genre's name inside a word for a person ("演讲者:", "发言人"): a byline's label, no title's end. */
const NAMES_A_PERSON = /^[者人]/;
/** Prose: a run of text with a finished sentence. */
const PROSE = /[\u3400-\u9fff][^。！？!?]{6,}[。！？!?]/;
const MIN_TITLE = 4;

/**
 * Offsets (into `text`, normalized and folded to simplified script) where a flattened
 * document's title pieces end, in order; empty when the line is no flattened document.
 */
export function findFlattenedSplits(text: string): number[] {
  const head = text.length > FLATTENED_READ ? text.slice(0, FLATTENED_READ) : text;
  const splits = splitsBeforeSalutation(head) ?? splitsBySpaces(head);
  // a site's words that name the document ("下面是好好范文网小编收集整理的…发言 在…上的讲话,仅供参考…")
  // open no title: the line is the site's, whole
  // (nor does a site's summary box, labelled and cut off with dots: "摘要 …并发表致辞尊敬的…:大家上午好!…的机...")
  return splits.length && (SITE_WORDS.test(head.slice(0, splits[0])) || isSummaryBox(text)) ? [] : splits;
}
const SITE_WORDS = new RegExp(`^(?:下面|以下)(?:是|为)|小编|${NOT_A_TITLE.source}`);

function splitsBeforeSalutation(text: string): number[] | undefined {
  const head = text.slice(0, HEAD);
  SALUTATION_OPENER.lastIndex = 0;
  for (let m = SALUTATION_OPENER.exec(head); m; m = SALUTATION_OPENER.exec(head)) {
    const at = m.index;
    if (at < MIN_TITLE) continue;
    if (!INLINE_SALUTATION.test(text.slice(at))) continue;
    const prefix = text.slice(0, at);
    if (hasStop(prefix)) return undefined;
    // "各位" inside the title ("在欢迎各位专家座谈会上的讲话各位专家:") is not yet the salutation
    const ends = genreEnds(prefix);
    if (!ends.length) {
      const speaker = speakerLabelAt(prefix);
      if (speaker !== undefined) return [speaker];
      continue;
    }
    const byline = prefix.slice(ends[ends.length - 1]!).trim();
    if (byline && (byline.length > MAX_BYLINE || !BYLINE.test(byline))) continue;
    return titlePieces(prefix, ends, true);
  }
  return undefined;
}

/**
 * Where a speaker's label opens the byline before the salutation ("铭记历史 珍惜当下 演讲者:团委副书记
 * 程语桐 尊敬的老师,…"): a title that names no genre ends there. Undefined when no label stands
 * there, a title's length after the line's start, with a byline's length after it.
 */
function speakerLabelAt(prefix: string): number | undefined {
  const label = SPEAKER_LABEL.exec(prefix);
  if (!label || label.index < MIN_TITLE || label.index > MAX_TITLE) return undefined;
  return prefix.length - label.index - label[0].length <= MAX_BYLINE ? label.index : undefined;
}
const SPEAKER_LABEL = new RegExp(SPEAKER_ROLE_LABEL);
const MAX_TITLE = 80;

/** No salutation: titles separated from the prose by spaces ("…致辞范文 …致辞篇1 农历五月…"). */
function splitsBySpaces(text: string): number[] {
  const clause = /[，,。：:；;！？!?]/.exec(text);
  const head = text.slice(0, clause ? clause.index : text.length);
  const ends = genreEnds(head).filter((end) => /^\s/.test(text.slice(end)));
  if (!ends.length) return [];
  const rest = text.slice(ends[ends.length - 1]!);
  if (!PROSE.test(rest.slice(0, 200))) return [];
  return titlePieces(head, ends, false);
}

/** Ends of genre names in a title run that close a title (not "讲话精神…", "讲话:"). */
function genreEnds(run: string): number[] {
  const ends: number[] = [];
  const genreEnd = compiledPattern(GENRE_END); // run on every document's opening (machine-code.ts)
  genreEnd.lastIndex = 0;
  for (let m = genreEnd.exec(run); m; m = genreEnd.exec(run)) {
    const end = m.index + m[0].length;
    const after = run.slice(end);
    if (!CONTINUES_TITLE.test(after) && !NAMES_A_PERSON.test(after)) ends.push(end);
  }
  return ends;
}

/**
 * The split points among the genre ends: the last one (the body follows), and an earlier one
 * only where a second title plainly starts — after a glued date, at a space, or where the next
 * piece repeats the title.
 */
function titlePieces(run: string, ends: readonly number[], lastCloses: boolean): number[] {
  const splits: number[] = [];
  let from = 0;
  ends.forEach((end, k) => {
    const isLast = k === ends.length - 1;
    const piece = run.slice(from, end).trim();
    if (piece.length < MIN_TITLE) return;
    const next = run.slice(end, ends[k + 1] ?? run.length);
    const datedOrSpaced = /\d|[XxＸ]$|日$/.test(run.slice(end - 2, end)) || /^\s/.test(next);
    const nextKey = compareKey(next);
    const repeats = !isLast && nextKey.length >= MIN_TITLE && (compareKey(piece).includes(nextKey) || nextKey.includes(compareKey(piece)));
    if ((isLast && lastCloses) || datedOrSpaced || repeats) {
      splits.push(end);
      from = end;
    }
  });
  return splits;
}
