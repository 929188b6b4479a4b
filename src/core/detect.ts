// Is this a speech? A document written to be spoken to an audience: its title names a spoken
// genre (讲话, 致辞, 发言, 主持词, 党课, 开幕词, 演讲稿…), or its text turns to the audience —
// a salutation, first-person address ("我代表…", "下面我讲三点"), a host's procedure, greetings
// and thanks. Weighed against the marks of the documents that look like one: writing guides about
// a genre, novels in which an official speaks, news reports of a meeting, written genres
// (通知, 总结, 心得体会, 规章制度). The cues are data (rules/speech-cues.ts); every one that
// counted is named in `signals`.
import { matchMarker } from './markers';
import { cjkRatio } from './normalize';
import {
  BODY_CUES,
  GLUED_GENRE_BEFORE_SALUTATION,
  GLUED_MEETING_TITLE,
  GLUED_SALUTATION,
  ANNOUNCED_POINTS,
  PARTY_LECTURE_OPENING,
  TAKES_THE_FLOOR,
  WELCOMES_ON_BEHALF,
  SPEECH_EXCERPTS,
  SPEAKER_ROLE_LABEL,
  HOST_LABEL,
  MEETING_TITLE,
  NEWS_TITLE_WORDS,
  NOT_SPEECH_TITLES,
  SALUTATION_LINE,
  SALUTATION_PART,
  SALUTATION_TO_OFFICERS,
  GENRE_AS_ACTIVITY,
  SPEECH_TITLE_COLON,
  SPEECH_TITLE_END,
  HEADS_WORDS_COLUMN,
  TITLE_DECORATION,
  TRANSCRIPT_NOTE,
  ENGLISH_SPEECH_LINE,
  SPEECH_SOURCE_NOTE,
  VOCATIVE_OPENING,
  VOCATIVE_LINE,
  VOCATIVE_PARAGRAPH,
  WRITTEN_GENRE_KICKER,
  WRITTEN_TITLE_END,
  WISH_POINT,
  type BodyCueKind,
} from './rules/speech-cues';
import { compiledPattern } from './rules/machine-code';
import { hasRule, type RuleBits, ruleNeedsOf } from './rules/rule-needs';
import { BODY_CUE_NEEDS } from './rules/speech-cue-plan';
import { PINYIN_LETTERS } from './script/pinyin';
import { hasSentenceEnd, hasStop } from './stops';

/** Speech words in a line, for the title search (analyze.ts): wider than a title's genre. */
export const SPEECH_TITLE = /讲话|致辞|致词|发言|讲稿|讲词|讲辞|答词|演讲|演词|演辞|贺词|开幕词|闭幕词|主持词|解说词|入场词|表态|动员|祝酒词|答谢词|欢迎词|述职|党课|寄语/;

/** The characters a salutation with no colon opens with ("同志们！", "朋友们", "大家好！", "各位晚上好"). */
const COLONLESS_OPENERS = new Set([...'同朋大各'].map((c) => c.charCodeAt(0)));
/** ...and those that may close with a comma ("尊敬的主席女士,", as a translated address puts it). */
const COMMA_OPENERS = new Set([...'尊敬亲'].map((c) => c.charCodeAt(0)));

/**
 * SALUTATION_LINE.test, with a look at the line's ends first: several passes ask it of every
 * line, and a salutation either ends with a colon or a greeting, or opens one of the few that need none.
 */
export function isSalutation(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  const first = line.charCodeAt(0);
  const comma = (last === 0xff0c || last === 0x2c) && COMMA_OPENERS.has(first);
  return (last === 0xff1a || last === 0x3a || comma || COLONLESS_OPENERS.has(first) || ENDS_WITH_GREETING.test(line)) && compiledPattern(SALUTATION_LINE).test(line);
}
/** A salutation closed by its greeting instead of a colon ("尊敬的各位来宾,大家好!"). */
const ENDS_WITH_GREETING = /好[!！。]?$/;

export interface DetectionInput {
  title: string;
  /** the page's own <title>, read when the title found in the text names no genre */
  pageTitle?: string;
  /** the site's section the page sits in (a breadcrumb's last step), read when neither title names a genre */
  section?: string;
  paragraphs: readonly string[];
  outlineItems: number;
  knownHost: boolean;
}

export interface Detection {
  isSpeech: boolean;
  confidence: number;
  /** why, for tests and the popup's tooltip */
  signals: string[];
}

/** How much each kind of evidence weighs; a speech needs 0.5 and evidence of its own. */
const WEIGHT = {
  titleSpeech: 0.6,
  titleMeeting: 0.45,
  openingTitle: 0.5,
  salutation: 0.4,
  salutationToOfficers: 0.5,
  vocativeParagraph: 0.3,
  /** less than a title: a lecture's notice prints "主讲人:" over its time and place */
  speakerLabel: 0.3,
  vocativeLine: 0.4,
  spokenEach: 0.12,
  /** what enough spoken phrases to be evidence (SPOKEN_EVIDENCE) weigh: a speech on their own */
  spokenEvidence: 0.5,
  hostDialogue: 0.45,
  announcedPoints: 0.5,
  wishPoints: 0.4,
  outline: 0.05,
  templateSite: 0.1,
  titleWritten: -0.6,
  titleNotSpeech: -0.8,
  titleNews: -0.5,
} as const;
const COUNTER_WEIGHT: Record<Exclude<BodyCueKind, 'spoken'>, { each: number; max: number }> = {
  guide: { each: -0.3, max: -0.9 },
  novel: { each: -0.35, max: -0.9 },
  news: { each: -0.35, max: -0.7 },
  written: { each: -0.4, max: -0.8 },
  essay: { each: -0.3, max: -0.3 },
};
const THRESHOLD = 0.5;
/** The share of ideographs a body must hold to be read as Chinese prose; under a title that names a speech, a bilingual text's. */
const MIN_CHINESE = 0.3;
const MIN_CHINESE_BILINGUAL = 0.15;
/** Numbered wishes to the audience that stand in for a salutation. */
const MIN_WISH_POINTS = 2;
/** Spoken phrases that make a speech with no title, opening or salutation to go on: a novel's
 * narrator may report two or three of them. */
const SPOKEN_EVIDENCE = 4;
/** How many such lines in a row make a salutation. */
const SALUTATION_PARTS = 2;

/** Whether the opening holds a salutation printed over several lines, each closed by a comma. */
function salutationOverLines(paragraphs: readonly string[]): boolean {
  let run = 0;
  for (const p of paragraphs.slice(0, OPENING_MAX_PARAGRAPHS)) {
    run = SALUTATION_PART.test(p.trim()) ? run + 1 : 0;
    if (run >= SALUTATION_PARTS) return true;
  }
  return false;
}

/** A genre said at an occasion or written about it, at a title's end. */
const WRITTEN_OR_SAID = /感言(?:稿|范文)?$/;
/** A head's message under the post alone, as a company's or school's "about us" pages head it ("总经理致辞",
 * "校長致辭"): written to the site's readers as often as said; a speech names its occasion ("年会总经理致辞"). */
const HEADS_MESSAGE = /^(?:董事长|董事長|总经理|總經理|总裁|總裁|校长|校長|院长|院長|行长|行長|社长|社長|馆长|館長|园长|園長)(?:的)?(?:致辞|致辭|致词|致詞)$/;
/** Whether a title or a site's section is a column of its head's words ("校長的話": HEADS_WORDS_COLUMN, read folded). */
function isHeadsColumn(text: string): boolean {
  return HEADS_WORDS_COLUMN.test(prepare(text).trim());
}
/** Spoken phrases that make a 感言 a speech. */
const SAID_EVIDENCE = 2;
/** The spoken phrases of a meeting speech's turn to its own points, and how many phrases make it evidence. */
const MEETING_TURN = ['spoken.just-now', 'spoken.i-will-speak'];
const TURN_EVIDENCE = 3;

/** A site's column of writing tips: what it files are guides. */
const GUIDE_COLUMN = /^(?:写作|寫作)(?:技巧|方法|指导|指導|指南|知识|知識|要领|要領)$/;
/** A headline's literary kicker ("【詩歌】夢逐新航"): a poem or an essay, though its subtitle dedicates it as a 献辞. (A
 * trail's step "小说" is not one: a junk site files speeches there.) */
const LITERARY_KICKER = /^【(?:诗歌|詩歌|诗词|詩詞|现代诗|現代詩|散文|随笔|隨筆|杂文|雜文|小说|小說)】$/;

/** "讲话稿_领导讲话_某某范文网", "在…上的讲话 - 某某网": the page's own name comes first. */
const PAGE_TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+/;

/** Characters of body a document needs to be read at all; under a speech's title, fewer. */
const MIN_BODY = 40;
const SHORT_EXCERPT = 12;

/** How much of a long body the cues read: its head and its closing. */
const BODY_HEAD = 8000;
const BODY_TAIL = 2000;
/** A body read to its end that is longer than this is read as its head and closing too. */
const MAX_WHOLE_BODY = 2 * (BODY_HEAD + BODY_TAIL);
/** Paragraphs at the top where a glued title or salutation is looked for. */
const OPENING_PARAGRAPHS = 3;
/** The last paragraphs an editor's note on the speech's source may stand in. */
const SOURCE_NOTE_REACH = 3;
const OPENING_MAX_PARAGRAPHS = 10;
/** A title line may sit under a few lines of a viewer's or site's furniture. */
const TITLE_LINE_PARAGRAPHS = 6;
const OPENING_CHARS = 200;
/** Paragraphs in which a salutation line may stand (a table of contents may come first). */
const SALUTATION_WINDOW = 30;
const TITLE_LINE_MAX = 80;
const MAX_DECORATIONS = 6;

// Converter artefacts: pinyin in brackets after a character, "戰(zhàn)", "會(hui)".
const PINYIN = new RegExp(`(?<=[\\u3400-\\u9fff])\\([${PINYIN_LETTERS}]{1,6} ?\\)`, 'g');
// Quoted passages: a novel's dialogue (a speech in it may run over several paragraphs), a
// guide's examples.
const QUOTED = /“[^”]{0,2000}”|「[^」]{0,2000}」/g;

/** Which body cues a text may match, by the characters each needs (rule-needs.ts). */
let bodyCueNeeds: ((text: string) => RuleBits) | undefined;

/** The text the cues read: pinyin annotations out. */
function prepare(text: string): string {
  return text.includes('(') ? text.replace(PINYIN, '') : text;
}

/** Whether a paragraph stands in a quotation the one before it opened and left open ("“尊敬的各位领导、…同学们:" /
 * "大家好!"): a character's speech a novel tells, not the page's. */
function insideOpenQuotation(paragraphs: readonly string[], i: number): boolean {
  const before = paragraphs[i - 1]?.trimStart();
  return before !== undefined && (before.startsWith('“') || before.startsWith('「')) && !before.includes('”') && !before.includes('」');
}

/** The speaker's name before the salutation, as a press transcript prints it ("邵明远:各位农民朋友,…上午好!"). */
const SPEAKER_NAME_BEFORE_SALUTATION = /^[\u4e00-\u9fff·]{2,4}[:：]\s?(?=尊敬的|敬爱的|亲爱的|各位|同志们|老师们|同学们|朋友们|女士们)/;

/** A paragraph without the speaker's name that opens it before the salutation. */
function withoutSpeakerLabel(text: string): string {
  const label = SPEAKER_NAME_BEFORE_SALUTATION.exec(text);
  return label ? text.slice(label[0].length) : text;
}

/** A title printed letter-spaced, a space after each character ("新 春 致 辭"), read as its word. */
const LETTER_SPACED = /^(?:[\u4e00-\u9fff][ \u3000]{1,3}){2,11}[\u4e00-\u9fff]$/;
function withoutLetterSpacing(title: string): string {
  return LETTER_SPACED.test(title) ? title.replace(/[ \u3000]+/g, '') : title;
}

export type TitleKind = 'speech' | 'meeting' | 'written' | 'novel' | 'guide' | 'essay' | 'news' | 'none';

/** What a title says the document is. */
export function classifyTitle(rawTitle: string): TitleKind {
  const title = withoutLetterSpacing(prepare(rawTitle).trim());
  if (!title) return 'none';
  // Each pattern here reads every title and candidate title line: compiled to machine code on
  // its first use (machine-code.ts).
  const named = namedGenre(title);
  for (const cue of NOT_SPEECH_TITLES) {
    if (cue.id === 'guide.title' && compiledPattern(MEETING_TITLE).test(title)) continue;
    // a speech about a speech: "…七一重要讲话精神宣讲稿", "在学习贯彻…讲话精神会议上的讲话"
    if (cue.id === 'essay.about-a-speech' && named === 'speech') continue;
    if (compiledPattern(cue.pattern).test(title)) return cue.id.slice(0, cue.id.indexOf('.')) as TitleKind;
  }
  if (named) return named;
  if (HEADS_WORDS_COLUMN.test(title)) return 'speech';
  if (SPEECH_TITLE_COLON.test(title)) return 'speech';
  // a meeting's title cut off before its genre ("…——在河北省书协…组织宣传会议上的"): what is said there
  if (MEETING_TITLE_CUT_BEFORE_GENRE.test(title)) return 'speech';
  if (NEWS_TITLE_WORDS.test(title)) return 'news';
  return MEETING_TITLE.test(title) ? 'meeting' : 'none';
}

/** "在…会议上的" at a title's end: the classic title of a speech, its genre word cut off by the page. */
const MEETING_TITLE_CUT_BEFORE_GENRE = /在[^。，,！!？?]{2,60}(?:会|会议|大会|仪式|典礼|座谈会|活动|论坛|培训班)[上中]的$/;

/** The genre a title ends with, its decorations ("范文八篇", "(通用3篇)") taken off one by one. */
function namedGenre(title: string): 'speech' | 'written' | undefined {
  // (a headline's kicker after a spaced bar names nothing: "全城停水通知 | 将于7月12日晚上10点开始")
  const bar = SPACED_BAR.exec(title);
  let name = bar && bar.index >= MIN_NAMED ? title.slice(0, bar.index) : title;
  for (let i = 0; i <= MAX_DECORATIONS && name; i++) {
    if (GENRE_AS_ACTIVITY.test(name)) break;
    if (compiledPattern(SPEECH_TITLE_END).test(name)) return 'speech';
    if (compiledPattern(WRITTEN_TITLE_END).test(name)) return 'written';
    const bare = name.replace(compiledPattern(TITLE_DECORATION), '');
    if (bare === name) break;
    name = bare;
  }
  return undefined;
}

const SPACED_BAR = /\s[|｜]\s/;
/** The shortest name of a document before such a bar. */
const MIN_NAMED = 4;

/** Whether a first paragraph (prepared, the speaker's label off) opens with a salutation, on its own line or glued to the first sentence. */
function opensWithSalutation(first: string | undefined): boolean {
  const text = first?.trim() ?? '';
  return text !== '' && (compiledPattern(SALUTATION_LINE).test(text) || compiledPattern(GLUED_SALUTATION).test(text.slice(0, OPENING_CHARS)));
}

/** A letter's addressee, "致" first ("致无锡马拉松组委会各成员单位和广大市民朋友们:"): written to its readers, not said to a room. */
const LETTER_ADDRESS = /^致[^。！？!?]{2,60}[:：]$/;

const LEADS_INTO = /[，,][^，,]*[:：]$/;
/** "主讲人:焦洪昌", "演讲者：团委书记 程语桐": the label, then a name or a post. */
const SPEAKER_BYLINE = new RegExp(`^${SPEAKER_ROLE_LABEL}\\s{0,2}[\\u4e00-\\u9fff·]{2,20}$`);

function isTitleLine(line: string): boolean {
  // a numbered heading names a section, not the document ("2、证婚词" in a guide to the role); a clause
  // closed by a colon leads into what follows ("为落实…要求,…,特制定本活动方案:"), a name with one does not
  // ("致百合种植者的新年贺词:")
  const trimmed = line.trim();
  return line.length <= TITLE_LINE_MAX && !hasStop(line) && !LEADS_INTO.test(trimmed) && matchMarker(trimmed)?.family.kind !== 'heading';
}

/** The head and the closing of the body, joined by line breaks; a long body is not joined whole. */
function bodyText(paragraphs: readonly string[]): string {
  let head = 0;
  let length = 0;
  while (head < paragraphs.length && length < BODY_HEAD + BODY_TAIL) length += paragraphs[head++]!.length + 1;
  if (head === paragraphs.length && length <= MAX_WHOLE_BODY) return prepare(paragraphs.join('\n'));
  // The closing: the paragraphs after those the head read — or, when the last paragraph ran far
  // past the head (a document whose wrapped lines were joined into one), that paragraph's end.
  const floor = head === paragraphs.length ? head - 1 : head;
  let tail = paragraphs.length;
  length = 0;
  while (tail > floor && length < BODY_TAIL) length += paragraphs[--tail]!.length + 1;
  return prepare(`${headOf(paragraphs, BODY_HEAD)}\n${paragraphs.slice(tail).join('\n').slice(-BODY_TAIL)}`);
}

/** The first `size` characters of the paragraphs joined by line breaks (only those read are joined). */
function headOf(paragraphs: readonly string[], size: number): string {
  let text = '';
  for (let i = 0; i < paragraphs.length && text.length < size; i++) text += (i ? '\n' : '') + paragraphs[i]!.slice(0, size - text.length);
  return text.slice(0, size);
}

export function detectSpeech(input: DetectionInput): Detection {
  const signals: string[] = [];
  const body = bodyText(input.paragraphs);
  // A short excerpt is enough under a title that names a speech (a page 3 with one closing line).
  const ownTitleKind = classifyTitle(input.title);
  const minLength = isSpeechKind(ownTitleKind) ? SHORT_EXCERPT : MIN_BODY;
  // (a bilingual page under a Chinese title naming a speech prints as much English as Chinese — or under a title
  // that names none, a translation set under each paragraph from the salutation on: "敬爱的老师…:" / "Dear teachers…")
  const bilingualSpeech = isSpeechKind(ownTitleKind) || salutedInOpening(input.paragraphs);
  const minChinese = bilingualSpeech ? MIN_CHINESE_BILINGUAL : MIN_CHINESE;
  const head = body.slice(0, 4000);
  if (body.length < minLength || (cjkRatio(head) < minChinese && !(bilingualSpeech && isParallelTranslation(head)))) {
    return { isSpeech: false, confidence: 0.98, signals: ['not Chinese prose'] };
  }
  let score = 0;
  let evidence = false;
  const add = (weight: number, signal: string, isEvidence = false) => {
    score += weight;
    signals.push(signal);
    if (isEvidence) evidence = true;
  };

  // The title; the page's <title> when the text's title names no genre (or none was found).
  let titleKind = ownTitleKind;
  /** the site's section named the kind */
  let kindFromSection = false;
  if (titleKind === 'none' && input.pageTitle) {
    titleKind = classifyTitle(input.pageTitle.split(PAGE_TITLE_SEPARATOR)[0]!);
    if (titleKind !== 'none') signals.push('page title');
  }
  // A template site files a speech under its genre ("… > 演讲稿 > 安全演讲稿"): only a spoken genre counts.
  if (titleKind === 'none' && input.section && classifyTitle(input.section) === 'speech') {
    titleKind = 'speech';
    kindFromSection = true;
    signals.push('site section');
  }
  // A writing-tips column ("首页 > 写作技巧 > …") files guides about a genre or an occasion, whatever their titles say.
  if (input.section && GUIDE_COLUMN.test(input.section)) add(COUNTER_WEIGHT.guide.each, 'site section: writing guides');
  if (input.section && LITERARY_KICKER.test(input.section)) add(WEIGHT.titleWritten, 'headline kicker: literature');
  // A 感言 may be said or written (a blog's "聚会感言", a graduate's "毕业感言"), and so may a head's message under
  // his post alone ("总经理致辞"), or a column of his words ("校長的話", as a title or the site's section): its title is evidence
  // only with spoken phrases in the body (counted below).
  const mayBeWritten = titleKind === 'speech' && (WRITTEN_OR_SAID.test(input.title.trim()) || HEADS_MESSAGE.test(input.title.trim()) || isHeadsColumn(kindFromSection ? input.section! : input.title));
  // The paragraphs the opening is read in (the title's kind reads the first too).
  const paragraphs = input.paragraphs.slice(0, SALUTATION_WINDOW).map((p) => withoutSpeakerLabel(prepare(p)));
  if (mayBeWritten) add(WEIGHT.titleSpeech, 'title names a genre said or written');
  else if (titleKind === 'speech') add(WEIGHT.titleSpeech, 'title names a speech', true);
  else if (titleKind === 'meeting') add(WEIGHT.titleMeeting, 'title names a meeting', true);
  else if (titleKind === 'written' || titleKind === 'essay') add(WEIGHT.titleWritten, `title names a written document (${titleKind})`);
  else if (titleKind === 'novel' || titleKind === 'guide') add(WEIGHT.titleNotSpeech, `title reads as a ${titleKind}`);
  // (a press headline over the speech itself, "…副主任在闭幕式作总结发言" / "尊敬的各位来宾、…:…": a report
  // never opens with the room's salutation)
  else if (titleKind === 'news' && !opensWithSalutation(paragraphs[0])) add(WEIGHT.titleNews, 'title reads as news');
  else if (titleKind === 'news') signals.push('a press headline over the speech itself');
  const titleSettled = titleKind !== 'none';

  // The opening: a title line the title search missed, or a title glued to the first sentence.
  // The opening runs to the first paragraph of prose: a document viewer's size and page-count
  // lines may stand above it. Quoted passages out: a guide's examples and a novel's dialogue
  // open with salutations too (a quotation left open runs on: the paragraph is dropped; couplets quoted before
  // the speaker's own words are not, "“灵蛇辞岁留余韵…”。…感慨良多。亲爱的战友们:").
  const firstProse = paragraphs.findIndex((p) => p.length >= 40 && hasSentenceEnd(p));
  const openingEnd = Math.max(OPENING_PARAGRAPHS, Math.min(firstProse + 1, OPENING_MAX_PARAGRAPHS));
  const opening = paragraphs
    .slice(0, openingEnd)
    .map((p) => p.slice(0, OPENING_CHARS).replace(QUOTED, ''))
    .filter((p) => !p.startsWith('“'));
  if (!titleSettled) {
    const salutationAt = paragraphs.findIndex((p) => compiledPattern(SALUTATION_LINE).test(p.trim()));
    // A title stands over the prose: a line naming a speech below the first paragraph of prose
    // is a section's label ("榮休領導發言" in a news post on a farewell), not the document's name.
    const titleLine = paragraphs.find(
      (p, i) =>
        (i < Math.max(openingEnd, TITLE_LINE_PARAGRAPHS) || (salutationAt > i && salutationAt - i <= 3)) &&
        (firstProse < 0 || i <= firstProse) &&
        isTitleLine(p) &&
        // (or the series line under the title of one of the speeches it prints: "…培训研讨班发言摘登"; as a
        // page's own title such a line may head a digest of remarks)
        (isSpeechKind(classifyTitle(p)) || SPEECH_EXCERPTS.test(prepare(p).trim())),
    );
    const glued = opening.some((p) => GLUED_MEETING_TITLE.test(firstClause(p)) || GLUED_GENRE_BEFORE_SALUTATION.test(firstClause(p)));
    // A title line the title search missed may name a written genre ("…学习心得范文" above
    // notes that quote "…座谈会上的讲话"): it says what the document is before any glued name.
    // (a section's heading under the speech's first prose, "回顧與總結", names no document)
    const writtenLine =
      titleLine === undefined &&
      paragraphs.slice(0, OPENING_PARAGRAPHS).some((p, i) => (firstProse < 0 || i <= firstProse) && ((isTitleLine(p) && isWrittenKind(classifyTitle(p))) || WRITTEN_GENRE_KICKER.test(p.trim())));
    if (titleLine !== undefined) add(WEIGHT.openingTitle, 'a line names a speech', true);
    else if (writtenLine) add(WEIGHT.titleWritten, 'a line names a written document');
    else if (glued) add(WEIGHT.openingTitle, 'opening names a speech', true);
    else if (opening.some((p) => TRANSCRIPT_NOTE.test(p))) add(WEIGHT.openingTitle, 'a note says the text was taken down from a speech', true);
    // (a government site's English label over the Chinese text: "Speech by Ms …, Minister for … at …")
    else if (opening.some((p) => ENGLISH_SPEECH_LINE.test(p.trim()))) add(WEIGHT.openingTitle, 'an English line names the speech', true);
    // (an editor's note on which speech the text is stands over it or under its last paragraph)
    else if ([...opening, ...input.paragraphs.slice(-SOURCE_NOTE_REACH)].some((p) => SPEECH_SOURCE_NOTE.test(p.trim()))) add(WEIGHT.openingTitle, 'a note says which speech the text is', true);
    // a byline's label naming who gives the talk ("主讲人:焦洪昌"): a talk, though a lecture's notice prints one too
    else if (opening.some((p) => SPEAKER_BYLINE.test(p.trim()))) add(WEIGHT.speakerLabel, 'a byline names who gives the talk', true);
  }

  // Cues in the body: spoken ones with quotations taken out.
  const unquoted = body.replace(QUOTED, '');

  // The salutation: on its own line (after a table of contents, too), glued to the title, or
  // the first words turning to the audience.
  // (not one a narrator's line hands the floor to: "董事长说:" / "尊敬的韩教授,…,下午好!" is a report quoting him)
  const lineSalutation = paragraphs.find((p, i) => (i < 4 || firstProse === -1 || i <= firstProse) && compiledPattern(SALUTATION_LINE).test(p.trim()) && !insideOpenQuotation(paragraphs, i) && !LETTER_ADDRESS.test(p.trim()) && !(i > 0 && REPORTED_SAYING.test(paragraphs[i - 1]!.trim())));
  if (lineSalutation !== undefined) {
    if (compiledPattern(SALUTATION_TO_OFFICERS).test(lineSalutation.trim())) add(WEIGHT.salutationToOfficers, 'salutation to the officers in the chair', true);
    else add(WEIGHT.salutation, 'salutation', true);
  }
  else if (opening.some((p) => !LETTER_ADDRESS.test(p.trim()) && (compiledPattern(GLUED_SALUTATION).test(p) || VOCATIVE_OPENING.test(p)))) add(WEIGHT.salutation, 'salutation in the opening', true);
  // A salutation over several lines, each closed by a comma ("親愛的畢業同學們," / "敬愛的老師們," / "尊敬的…校長,").
  else if (salutationOverLines(paragraphs)) add(WEIGHT.salutation, 'salutation over several lines', true);
  // Further down, a paragraph that turns to the audience ("同志们，巡视整改是…"): a speech
  // that opens with a story still closes by addressing the room.
  else if (input.paragraphs.some((p) => VOCATIVE_LINE.test(p))) add(WEIGHT.vocativeLine, 'a paragraph is the address alone', true);
  else if (input.paragraphs.some((p) => VOCATIVE_PARAGRAPH.test(p))) add(WEIGHT.vocativeParagraph, 'paragraph addresses the audience', true);

  // Numbered points that turn to the audience with a wish ("二、希望你们…三、希望你们…").
  else if (body.split(WISH_POINT).length > MIN_WISH_POINTS) add(WEIGHT.wishPoints, 'points address the audience', true);
  // The speaker welcoming the guests on his body's behalf, where a capture cut the salutation.
  else if (compiledPattern(WELCOMES_ON_BEHALF).test(unquoted.slice(0, BODY_HEAD))) add(WEIGHT.salutation, 'welcomes the guests in the first person', true);

  // A host's script in dialogue form: "A：… B：… 合：".
  const labels = body.slice(0, BODY_HEAD).match(HOST_LABEL) ?? [];
  if (labels.length >= 3 && new Set(labels.map((l) => l.slice(0, -1))).size >= 2) {
    add(WEIGHT.hostDialogue, 'host dialogue', true);
  }

  // The speaker announcing the points to come ("下面,我讲三个问题。").
  if (compiledPattern(ANNOUNCED_POINTS).test(unquoted.slice(0, BODY_HEAD))) add(WEIGHT.announcedPoints, 'announces its points', true);
  else if (compiledPattern(PARTY_LECTURE_OPENING).test(unquoted.slice(0, BODY_HEAD))) add(WEIGHT.announcedPoints, 'opens its Party lecture', true);
  else if (compiledPattern(TAKES_THE_FLOOR).test(unquoted.slice(0, BODY_HEAD))) add(WEIGHT.announcedPoints, 'takes the floor', true);
  const counts: Partial<Record<BodyCueKind, string[]>> = {};
  // a cue whose characters the body lacks is not run (the unquoted body holds no more of them)
  const mayHold = (bodyCueNeeds ??= ruleNeedsOf(BODY_CUE_NEEDS))(body);
  for (let k = 0; k < BODY_CUES.length; k++) {
    const cue = BODY_CUES[k]!;
    if (!hasRule(mayHold, k)) continue;
    const text = cue.kind === 'spoken' ? unquoted : body;
    const pattern = compiledPattern(cue.pattern);
    if (cue.minCount ? (text.match(pattern)?.length ?? 0) < cue.minCount : !pattern.test(text)) continue;
    (counts[cue.kind] ??= []).push(cue.id);
  }
  const spoken = counts.spoken?.length ?? 0;
  // A meeting speech turns from what was just said to its own points ("刚才区卫健局通报了…" / "下面,我再
  // 强调几点意见"): with one more spoken phrase, that turn is evidence enough.
  const turnsToItsPoints = spoken >= TURN_EVIDENCE && MEETING_TURN.every((id) => counts.spoken!.includes(id));
  const spokenEvidence = spoken >= SPOKEN_EVIDENCE || turnsToItsPoints;
  if (mayBeWritten && spoken >= SAID_EVIDENCE) evidence = true;
  if (spoken) add(spokenEvidence ? WEIGHT.spokenEvidence : spoken * WEIGHT.spokenEach, `${spoken} spoken phrases`, spokenEvidence);
  for (const kind of Object.keys(COUNTER_WEIGHT) as (keyof typeof COUNTER_WEIGHT)[]) {
    const ids = counts[kind];
    if (!ids) continue;
    const { each, max } = COUNTER_WEIGHT[kind];
    add(Math.max(max, ids.length * each), `${kind}: ${ids.join(', ')}`);
  }
  if (input.outlineItems >= 2) add(WEIGHT.outline, 'outline');
  if (input.knownHost) add(WEIGHT.templateSite, 'template site');

  const isSpeech = evidence && score >= THRESHOLD;
  const p = Math.max(0, Math.min(1, score));
  const confidence = Math.round((isSpeech ? 0.5 + p / 2 : 1 - p / 2) * 100) / 100;
  return { isSpeech, confidence, signals };
}

/** A narrator's line handing the floor to someone the report names ("董事长说:", "他在讲话中说道:"): the salutation under it is quoted. */
const REPORTED_SAYING = /^[^。！？!?:：]{1,30}(?:说|说道|讲道|表示)[:：]$/;

/** How far down a bilingual text its salutation may stand (the title and its English line over it). */
const BILINGUAL_OPENING = 4;
function salutedInOpening(paragraphs: readonly string[]): boolean {
  return paragraphs.slice(0, BILINGUAL_OPENING).some((p) => compiledPattern(SALUTATION_LINE).test(p.trim()));
}

/** A bilingual page that prints each paragraph twice, the English line then its Chinese ("Drugs lie
 * behind…" / "毒品是…"): English runs longer than its Chinese, so the share of ideographs falls under
 * any bar while the Chinese lines, read alone, are Chinese prose. */
function isParallelTranslation(text: string): boolean {
  const lines = text.split('\n');
  const chinese = lines.filter((line) => cjkRatio(line) >= MIN_CHINESE);
  return chinese.length >= MIN_PARALLEL_LINES && chinese.length * 3 >= lines.length;
}
/** Chinese lines a parallel translation prints at least. */
const MIN_PARALLEL_LINES = 2;

function isWrittenKind(kind: TitleKind): boolean {
  return kind === 'written' || kind === 'essay';
}

function isSpeechKind(kind: TitleKind): boolean {
  return kind === 'speech' || kind === 'meeting';
}

/** Up to the first comma or sentence end: where a glued title can be. */
function firstClause(text: string): string {
  const end = text.search(/[，,。！？!?；;]/);
  return end === -1 ? text : text.slice(0, end);
}
