// A press page's lead above its "以下为致辞实录:" label ("由商务部批准,…于10月30日举行启动仪式。 上图为…"):
// the label says the speech starts below it, so the prose above it is the page's telling of the
// occasion, not the speech. When the speech's own title stands right under the label ("在…开幕式上
// 的致辞"), that is the title, and the page's headline above the label is the page's too. A section
// label naming the genre's text ("讲话内容", "國旗下講話內容") says the same: what stands between the
// title and it (an encyclopedia entry's lead and fact box, a ceremony's roles) is the page's. Pure.
import { compiledPattern } from './rules/machine-code';
import { GLUED_SALUTATION, NOT_SPEECH_TITLES, SALUTATION_LINE } from './rules/speech-cues';
import { PERSON_NAME } from './rules/surnames';
import { compareKey } from './normalize';
import { foldScript } from './script/fold';
import { hasSentenceEnd } from './stops';
import { isByline } from './title';
import { SUBTITLE_DASH } from './title-split';
import type { LineNoise as Noise, Removed } from './types';

/** How far down the page the label may stand for the lines over it to be a lead. */
const LABEL_REACH = 20;
const LABEL_RULE = 'promo.full-text-lead';
/** The rules whose line says the speech's text starts below it. */
const LABEL_RULES: ReadonlySet<string> = new Set([LABEL_RULE, 'site-chrome.genre-content-label']);
const LEAD: Noise = { reason: 'meta', rule: 'meta.lead-before-full-text' };

/** The spoken genres a press label announces, and the part of the text it says follows. */
const ANNOUNCED_GENRES = '讲话|致辞|致词|发言|演讲|演说|演辞|演词|讲词|贺词|献词|感言|欢迎词|欢迎辞|欢送词|答谢词';
const ANNOUNCED_GENRE = `(?:${ANNOUNCED_GENRES})`;
/** What a label may say follows: a spoken genre, or a report read out at the meeting ("以下为苏正衡的报告全文:"),
 * whose lead is the page's as well (a report names no speech: it announces none, below). */
const LABELLED_TEXT = `(?:${ANNOUNCED_GENRES}|报告)`;
/** Another kind of text announced with the speech ("…上的致辞和感言:"). */
const OTHER_PART = '(?:[和与及][\\u4e00-\\u9fff]{1,4})?';
const TEXT_PART = '(?:全文|摘要|要点|实录|原文|摘登|文章|内容)';
/** What may follow the genre before a "以下是全文" label ("致辞发言,"), and the label itself. */
const GENRE_TAIL = '[\\u4e00-\\u9fff]{0,2}[，,]\\s{0,2}';
const FULL_TEXT_BELOW = '以下(?:是|为)(?:全文|原文|实录)';
/** A label closing the paragraph of a lead ("…梳理了二十年的奋斗历程。以下为郑嘉林董事长致辞摘要:",
 * "…何建中副部长在…论坛上发表了重要讲话,内容如下:", "…会议中公司总经理韩立德致辞发言,以下是全文:",
 * "…一起“再出发”吧!以下为演讲全文,与你分享。", "…副部长麦振林致辞,以下为致辞全文:", "…并致辞。讲话全文如下:",
 * "…向大会致贺词。贺词内容摘要如下:", "…以中英双语致词。演讲内容转录如下:"). */
const LABEL_AT_END = new RegExp(`[。！？!?，,]\\s{0,2}(?:以下(?:是|为)[^。！？]{0,80}${LABELLED_TEXT}${OTHER_PART}${TEXT_PART}?(?:[，,]\\s{0,2}(?:与|和|跟)(?:你|您|大家)(?:分享|共享|共勉)\\s{0,2}。$)?|(?:(?:讲话|致辞|贺词|献词|演讲)?(?:全文|原文)|(?:讲话|致辞|贺词|献词)(?:(?:主要)?内容)?(?:摘要|要点)?|(?:讲话|致辞|致词|演讲|发言)(?:内容)?(?:转录|记录|整理))如下|(?<=${ANNOUNCED_GENRE}[，,]\\s{0,2})(?:(?:主要)?内容|摘要|要点)如下|(?<=${ANNOUNCED_GENRE}${GENRE_TAIL})${FULL_TEXT_BELOW})\\s{0,2}[:：。]?$`);
/** What a label says follows: "以下為鄭嘉林董事長致辭摘要:" (folded) → "郑嘉林董事长致辞". */
const ANNOUNCED = new RegExp(`以下(?:是|为)([^。！？:：]{0,80}?${ANNOUNCED_GENRE})${OTHER_PART}${TEXT_PART}?\\s{0,2}[:：。，,(（]`);

/** A lead closing by passing on the speech below ("…35个赛区的204名选手进入决赛。现将本次开幕式中,…副巡视员陈伟的精彩演讲分享给大家。"). */
const SHARED_BELOW = new RegExp(`[。！？]\\s{0,2}现(?:将|把)[^。！？]{0,80}?(${ANNOUNCED_GENRE})(?:全文|实录|原文)?(?:分享|奉献|呈现|推送)给(?:大家|各位|读者|您)[。！!]?$`);

/** The speech a press page's label announces, in simplified script ("郑嘉林董事长致辞"), when the cleaning removed one. */
export function announcedSpeech(removed: readonly Removed[]): string | undefined {
  const at = removed.findIndex((r) => r.rule === LABEL_RULE);
  if (at < 0) return undefined;
  const label = removed[at]!;
  const text = foldScript(label.text);
  for (const reader of SPEECH_READERS) {
    const m = reader.exec(text);
    if (m) return m[1];
  }
  // a bare "全文如下:": the genre the lead's last sentence tells was given ("…出席开幕式并讲话。")
  if (!BARE_FULL_TEXT_LABEL.test(text.trim())) return undefined;
  for (let k = at - 1; k >= 0; k--) {
    if (removed[k]!.rule === LEAD.rule) return SPEECH_TOLD.exec(foldScript(removed[k]!.text).trim())?.[1];
  }
  return undefined;
}
/** "…总经理韩立德致辞发言,以下是全文:" → "致辞". */
const GENRE_THEN_FULL_TEXT = new RegExp(`(${ANNOUNCED_GENRE})${GENRE_TAIL}${FULL_TEXT_BELOW}\\s{0,2}[:：]?$`);
/** "…向大会致贺词。贺词内容摘要如下:" → "贺词": the genre opening the label's own sentence. */
const GENRE_PART_AS_FOLLOWS = new RegExp(`[。！？!?]\\s{0,2}(${ANNOUNCED_GENRE})(?:(?:主要)?内容)?(?:摘要|要点|全文|原文)?如下\\s{0,2}[:：]$`);
/** "-籌備會主席柯詩民在15周年庆典上致词全文:" (folded) → "致词". */
const FULL_TEXT_OF = new RegExp(`(?:在[^。！？:：]{2,40}|^[^。！？:：]{2,60}?)(${ANNOUNCED_GENRE})(?:全文|实录|原文)\\s{0,2}[:：]?$`);
/** An editor's lead inviting the reader to what follows ("…在此次年会召开之际,让我们一同重温钱学森讲话中的相关内容→"):
 * a speaker says 让我们 to his audience, never of his own talk set below an arrow or a colon. */
const INVITES_TO_READ = new RegExp(`(?:让我们|我们|一起|一同)[^。！？]{0,6}(?:重温|学习|聆听|回顾|来看|阅读|品读)[^。！？]{0,40}(${ANNOUNCED_GENRE})[^。！？]{0,12}[→↓:：]$`);

/** A press line telling who gave the speech where, its colon setting the text below ("中国出版协会理事长邬书林在启动仪式上作主旨发言:"):
 * a speaker names no occasion of his own so, nor himself. */
const GAVE_SPEECH_AS_FOLLOWS = new RegExp(`^(?!.*我)[^。！？:：，,]{2,40}在[^。！？:：，,]{2,40}上(?:作|做|发表)了?[^。！？:：，,]{0,6}(${ANNOUNCED_GENRE})\\s{0,2}[:：]$`);

/** A caption-like lead naming the occasion, then who speaks, its colon setting the text below ("2016全民互联网嘉年华大会现场,
 * 国家互联网信息办公室副主任庄荣文致辞:"), right over the salutation: a host calls the speaker up with 请 or 欢迎, a speaker
 * never names himself so. */
const SPEAKER_AT_OCCASION = new RegExp(`^(?![^。！？]*[我咱请])[^。！？:：，,]{2,40}(?:现场|会上|仪式上|大会上|开幕式上|典礼上|论坛上)[，,]\\s{0,2}[^。！？:：，,]{2,40}(${ANNOUNCED_GENRE})\\s{0,2}[:：]$`);
function speakerAtOccasionAbove(line: string, next: string | undefined): boolean {
  return next !== undefined && compiledPattern(SPEAKER_AT_OCCASION).test(line) && (SALUTATION_LINE.test(next.trim()) || GLUED_SALUTATION.test(next.trimStart().slice(0, GLUED_OPENING)));
}
/** How far into the line under the lead its salutation, glued to the greeting, is looked for ("各位来宾、…先生们大家上午好。很高兴…"). */
const GLUED_OPENING = 80;

/** The label left open ("中国国务院副总理刘延东在首个…启动仪式上的讲话全文") right over the speech's own
 * "在…上的致辞": a title never calls its speech a full text. */
const FULL_TEXT_OF_UNCLOSED = new RegExp(`在[^。！？:：，,]{2,40}${ANNOUNCED_GENRE}全文$`);
const OWN_TITLE = new RegExp(`^在[^。！？:：，,]{2,50}[上中]的${ANNOUNCED_GENRE}$`);
function fullTextOverOwnTitle(line: string, next: string | undefined): boolean {
  return next !== undefined && FULL_TEXT_OF_UNCLOSED.test(line.trim()) && OWN_TITLE.test(next.trim());
}
/** "…廖承志在…座谈会上的讲话,摘要如下:" → "讲话"; "…特别公开张忠谋的典礼演讲稿,全文如下:" → "演讲". */
const GENRE_THEN_PART_AS_FOLLOWS = new RegExp(`(${ANNOUNCED_GENRE})稿?[，,]\\s{0,2}(?:(?:主要)?内容|摘要|要点|全文|原文)如下\\s{0,2}[:：]$`);
/** A press page's label on a line of its own naming who spoke and saying his words follow ("總統致詞內容為:",
 * "市长讲话内容如下:") → "总统致词": a speaker never labels his own talk so, nor names himself. */
const SPEAKER_LABEL_LINE = new RegExp(`^(?![^。！？]*[我咱])([^。！？:：，,“”]{1,20}?${ANNOUNCED_GENRE})的?(?:内容|全文|原文|实录|摘要|要点)(?:如下|为|是)\\s{0,2}[:：]$`);
/** A line of its own saying what follows is the speech ("以下是车间员工开早会时关于安全生产的讲话内容:"): the page's, however
 * short its lead (a speaker never labels his own talk so). */
const BELOW_IS_LINE = new RegExp(`^(?![^。！？]*[我咱])以下(?:是|为)[^。！？:：]{0,60}?${ANNOUNCED_GENRE}稿?的?(?:内容|全文|原文|实录|摘要|要点)?\\s{0,2}[:：]$`);
/** A school news item's line telling who gave the talk printed below, its name in 《》 after the genre ("226班 田嘉禾发表了国旗下的讲话《感恩教师》"):
 * a speaker never tells his own talk so. */
const GAVE_NAMED_TALK = new RegExp(`^(?![^。！？]*[我咱])[^。！？:：]{2,40}(?:发表了?|作了|做了)[^。！？:：《》]{0,12}?(${ANNOUNCED_GENRE})\\s{0,2}《(?<talk>[^《》]{2,40})》$`);
/** Whether a caption names the talk in 《》 (GAVE_NAMED_TALK) and the title line found is not that name. */
function namesTalkNotPrinted(label: string, title: string): boolean {
  const name = GAVE_NAMED_TALK.exec(label)?.groups?.talk;
  return name !== undefined && compareKey(name) !== compareKey(title);
}
/** A line saying the text below is taken from someone's speech ("-----以下節選自前省長…午餐會的演講稿"): the page's, a speaker
 * never excerpts himself. */
const EXCERPTED_FROM = new RegExp(`^[-—–=_*]{0,8}\\s{0,2}(?![^。！？]*[我咱])以下(?:是|为)?(?:节选|摘选|摘录|选|摘|录)自[^。！？]{2,60}?(${ANNOUNCED_GENRE})稿?\\s{0,2}[:：。]?$`);
/** A lead closing by saying the speeches it names are excerpted below ("…多位講者不約而同在演辭內就市民意見作出回應,現節錄如下:",
 * folded): a speaker never excerpts his own words. */
const EXCERPTS_AS_FOLLOWS = new RegExp(`(${ANNOUNCED_GENRE})[^。！？:：]{0,40}[，,]\\s{0,2}现(?:节录|摘录|摘编|节选|摘登)(?:如下|于后)\\s{0,2}[:：]$`);
/** A press lead closing by telling that the speeches were given or issued ("…四家運營商董事長紛紛發出新春致辭。"), right over
 * a heading naming the speaker and his talk's title ("中國電信董事長柯瑞文:全面深化改革開放 全面推進高質量發展"): the lead is
 * the page's, the heading the first speech's title. A speaker never tells his own talk so. */
const TELLS_SPEECHES_ISSUED = new RegExp(`^(?![^。！？]*[我咱])[^。！？]{10,160}(?:发出|发表|发布)了?[^。！？]{0,6}?(${ANNOUNCED_GENRE})[。！]$`);
const SPEAKER_HEADING = /^[^。！？!?:：，,“”]{4,30}[:：]\s{0,2}[^。！？!?:：“”]{4,40}$/;
function leadOverSpeakerHeading(line: string, next: string | undefined): boolean {
  return next !== undefined && TELLS_SPEECHES_ISSUED.test(line) && SPEAKER_HEADING.test(next.trim());
}
/** "林佳文致辞全文如下:" → "林佳文致辞". */
const ANNOUNCED_AS_FOLLOWS = new RegExp(`^([^。！？:：]{2,30}?${ANNOUNCED_GENRE})${TEXT_PART}?如下\\s{0,2}[:：]$`);
const LEAD_WITH_LABEL: Noise = { reason: 'promo', rule: LABEL_RULE };

/**
 * A lead paragraph that ends with the label is the label's as a whole: the page's telling of the
 * occasion, then what follows. Read over the folded lines before the title search, so the label
 * counts below as if it stood on a line of its own.
 */
export function markLeadEndingInLabel(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k < Math.min(LABEL_REACH, nonBlank.length); k++) {
    const i = nonBlank[k]!;
    if (noise.has(i)) continue;
    const line = lines[i]!;
    const above = k > 0 ? lines[nonBlank[k - 1]!]! : undefined;
    const next = lines[nonBlank[k + 1]!];
    if (labelsTextBelow(line, next) || (above !== undefined && (bareLabelUnderSpeechTold(line, above, next) || fullTextHeadingUnderLead(line, above, next)))) {
      noise.set(i, LEAD_WITH_LABEL);
    } else if (compiledPattern(COVER_NOTICE).test(line)) {
      noise.set(i, LEAD_WITH_LABEL);
      // the notice's addressee over it, its issuer, date and the attachment's label ("附:") under it are the notice's too
      const above = nonBlank[k - 1];
      if (above !== undefined && !noise.has(above) && NOTICE_ADDRESSEE.test(lines[above]!.trim())) noise.set(above, LEAD);
      // (in that order, each one there or not)
      let after = k + 1;
      for (const part of [NOTICE_ISSUER, NOTICE_DATE, ATTACHMENT_LABEL]) {
        const j = nonBlank[after];
        if (j === undefined || !part.test(lines[j]!.trim())) continue;
        noise.set(j, LEAD);
        after++;
      }
    }
  }
}
/** A bare "全文如下:" on its own line, right under a lead whose last sentence tells that someone spoke ("…副总干事
 * 王彬颖出席开幕式并讲话。"), right over the speech's first sentence: the label of the speech's text, as if the lead
 * had closed with it (over the speech's own title, the title search reads the page as it stands). */
const BARE_FULL_TEXT_LABEL = /^(?:全文|原文|全文实录|实录)如下\s{0,2}[:：]$/;
const SPEECH_TOLD = new RegExp(`(?:并|作|做|发表了?|致)[^。！？]{0,8}(${ANNOUNCED_GENRE})[。.]$`);
function bareLabelUnderSpeechTold(line: string, above: string, next: string | undefined): boolean {
  return BARE_FULL_TEXT_LABEL.test(line.trim()) && SPEECH_TOLD.test(above.trim()) && next !== undefined && hasSentenceEnd(next) && next.length >= MIN_SPEECH_OPENING;
}
/** The speech's first paragraph under the label: prose, longer than a title. */
const MIN_SPEECH_OPENING = 40;

/** A paragraph of prose pauses (a title runs on): the speech's first may end at a colon before its points. */
const PROSE_PAUSE = /[。！？!?，,；;]/;
/** A press page's heading naming the full text, with no colon ("賴清德致詞全文"), under a lead that tells of the same genre
 * ("…發言人…轉述黨主席賴清德的致詞表示,…。") and over the speech's prose: the label of the text below, as if the lead
 * closed with it. A title never follows the page's own telling of the speech. */
const FULL_TEXT_HEADING = new RegExp(`^[^。！？!?:：，,]{2,30}?(${ANNOUNCED_GENRE})(?:全文|实录|原文)$`);
function fullTextHeadingUnderLead(line: string, above: string, next: string | undefined): boolean {
  const heading = FULL_TEXT_HEADING.exec(line.trim());
  return (
    heading !== null &&
    above.length >= MIN_SPEECH_OPENING &&
    hasSentenceEnd(above) &&
    above.includes(heading[1]!) &&
    next !== undefined &&
    next.length >= MIN_SPEECH_OPENING &&
    PROSE_PAUSE.test(next)
  );
}

/** Whether a lead line (over `next`) says the text below it is the speech or a text read out: each form
 * is looked for only when the line holds the words it needs (speed). */
function labelsTextBelow(line: string, next: string | undefined): boolean {
  const colon = line.endsWith(':') || line.endsWith('：');
  return (
    ((colon || line.endsWith('享。') || line.endsWith('全文。')) && compiledPattern(LABEL_AT_END).test(line)) ||
    WORDS_SET_DOWN_BELOW.test(line) ||
    (line.includes('系列') && SERIES_BELOW.test(line)) ||
    ((line.includes('现将') || line.includes('现把')) && SHARED_BELOW.test(line)) ||
    (line.includes('本文') && THIS_TEXT_IS_THE_SPEECH.test(line)) ||
    ((line.includes('以下') || line.includes('读者')) && TRANSCRIPT_BELOW.test(line)) ||
    (line.includes('《') && publishesSpeechAbove(line, next)) ||
    (line.endsWith('。') && tellsSpeechAbove(line, next)) ||
    (line.endsWith('文') && fullTextOverOwnTitle(line, next)) ||
    INVITES_TO_READ.test(line) ||
    (colon && compiledPattern(GAVE_SPEECH_AS_FOLLOWS).test(line)) ||
    (colon && speakerAtOccasionAbove(line, next)) ||
    (colon && POSTED_BELOW.test(line)) ||
    (colon && SPEAKER_LABEL_LINE.test(line)) ||
    (colon && line.startsWith('以下') && BELOW_IS_LINE.test(line)) ||
    (line.endsWith('》') && GAVE_NAMED_TALK.test(line)) ||
    (line.includes('自') && EXCERPTED_FROM.test(line)) ||
    (colon && line.includes('现') && EXCERPTS_AS_FOLLOWS.test(line)) ||
    (line.endsWith('。') && leadOverSpeakerHeading(line, next))
  );
}
/** A poster's line setting down a speech below ("贴上来静远老师在父亲百岁寿诞宴会上的祝词:", "转发一篇…的讲话:"): a speaker never
 * posts his own words. */
const POSTED_BELOW = /^(?:贴上来|贴出来?|转贴|转发|分享|附上|奉上|送上)[^。！？:：]{2,60}(讲话|致辞|致词|发言|演讲|贺词|献词|感言|祝词|祝酒词|答谢词)[^。！？:：]{0,6}[:：]$/;

/** A press lead closing with the live transcript it sets below, and its note on the transcript ("…为题发表演讲,以下是
 * 现场速递。(声明:本稿件来源为现场速记,可能有笔误和别字,仅供参考)"), or with the editors' offer of the talk ("…作了精彩演讲,
 * 现特将内容整理出来,以飨读者。", or the editors' line alone over the speeches they compiled, "现予整理,敬献读者。"): a speech never calls
 * itself a transcript, nor offers itself to readers. */
const TRANSCRIPT_BELOW = /[。！？!?，,]\s{0,2}以下(?:是|为)(?:现场|会议|演讲|讲话|发言|全程)?(?:速递|速记|文字实录|实录)(?:[，,]\s{0,2}以飨读者)?\s{0,2}[。:：]?\s{0,2}(?:[(（][^()（）]{2,60}[)）])?$|[，,]\s{0,2}现(?:特)?(?:将|把)[^。！？!?]{0,12}(?:整理|刊发|刊登|发布)(?:出来|如下)?[，,]\s{0,2}以飨读者[。.]?$|^现予(?:整理|刊发|刊登|编发)[，,]\s{0,2}(?:敬献|奉献|献给|以飨)读者[。.]?$/;

/** An account's lead naming the speech it publishes ("本公众号推出第二篇《国务院副总理…在…会议上的讲话》,意在回望历史,…。"),
 * right over the speech's salutation: a speaker never names his own talk so. */
const PUBLISHES_SPEECH = /(?:推出|刊发|刊登|推送|转发|编发|发布|分享)[^。！？]{0,12}《([^《》]{4,80}(?:讲话|致辞|致词|发言|演讲|贺词|献词))》/;
function publishesSpeechAbove(line: string, next: string | undefined): boolean {
  return next !== undefined && PUBLISHES_SPEECH.test(line) && SALUTATION_LINE.test(next.trim());
}

/** A press lead closing by telling that someone gave the speech ("…仪式隆重举行。校长杨丹发表了《奋楫新征程,扬帆新时代》为题的
 * 致辞寄语毕业生。"), right over the speech's salutation: a speaker never tells his own talk so (nor says 我 in that sentence). */
const TELLS_SPEECH_GIVEN = /(?:^|[。！？])(?![^。！？]*[我咱])[^。！？]{2,60}(?:发表了?|作了|做了)[^。！？]{0,40}(?:讲话|致辞|致词|演讲)[^。！？]{0,12}。$/;
function tellsSpeechAbove(line: string, next: string | undefined): boolean {
  return next !== undefined && SALUTATION_LINE.test(next.trim()) && TELLS_SPEECH_GIVEN.test(line);
}

/** The label forms that name the speech (announcedSpeech), its name or genre their first group, read in this order. */
const SPEECH_READERS: readonly RegExp[] = [ANNOUNCED, ANNOUNCED_AS_FOLLOWS, PUBLISHES_SPEECH, GENRE_THEN_FULL_TEXT, GENRE_THEN_PART_AS_FOLLOWS, FULL_TEXT_OF, INVITES_TO_READ, GAVE_SPEECH_AS_FOLLOWS, POSTED_BELOW, SHARED_BELOW, SPEAKER_LABEL_LINE, GENRE_PART_AS_FOLLOWS, GAVE_NAMED_TALK, EXCERPTED_FROM, EXCERPTS_AS_FOLLOWS, TELLS_SPEECHES_ISSUED];

/** An editor's lead closing with what the text below is ("…在复旦大学举行本文为…院长张维为教授在仪式现场的致辞。】"): a speech
 * never calls itself 本文. */
const THIS_TEXT_IS_THE_SPEECH = /本文(?:为|是|系)[^。！？]{2,80}(?:讲话|致辞|致词|发言|演讲)(?:全文|实录|摘要|稿)?[。.]?\s{0,2}[】\]]?$/;

/** A writer's lead closing with the words he sets down below ("…现把当时随口说出的几句话,稍作整理记在这里。", or
 * shares with his readers: "…下面把我的讲稿择要梳理一下,同读者朋友们分享。"):
 * the spoken words are the object, so a speech's own "现将有关情况通报如下" is none. */
const WORDS_SET_DOWN_BELOW =
  /[。！？]\s{0,2}(?:现|特|谨)(?:把|将)[^。！？]{0,20}(?:几句话|那些话|讲话|致辞|发言|祝词|贺词)[^。！？]{0,10}(?:整理|记|录|附)[^。！？]{0,6}(?:如下|在这里|于此|在此|在下面|于后)[。:：]?$|[。！？]\s{0,2}(?:下面|以下|现)(?:把|将)[^。！？]{0,12}(?:讲稿|讲话|发言|演讲稿|致辞|党课)[^。！？]{0,16}(?:读者|网友)[^。！？]{0,8}(?:分享|共享|交流)[。.!！]?$/;

/** An editor's lead to a series of the talks given at an occasion, closing by announcing it ("…特邀了行业老领导…。" /
 * "自3月4日起,系列报道陆续推出。一段段记忆,是致敬,更是启程。"): the talk below is one of the series. */
const SERIES_BELOW = /(?:^|[。！？])\s{0,2}[^。！？]{0,12}系列(?:报道|文章|访谈|专题|发言)[^。！？]{0,4}(?:陆续|将陆续|将|正式)(?:推出|刊发|发布|刊登|上线)[^。！？]{0,4}[。！!]/;

/** An office's cover notice that sends the speech out ("…现将秦立新副市长的讲话印发给你们,请…贯彻落实。",
 * "…尚春明同志在会上作了讲话,现予印发,请…"):
 * the notice, its number, addressee and date stand over the speech's own title. */
const COVER_NOTICE = /(?:^|[。！？])\s{0,2}现(?:将|把)[^。！？]{0,40}(?:讲话|致辞|发言|报告)(?:稿|全文)?[^。！？]{0,10}(?:印发|转发|印送|发)给你们|(?:作了|发表了|作)[^。！？，,]{0,6}(?:讲话|致辞)[，,]\s{0,2}现予(?:印发|转发)/;

/** The label of the attachment a notice sends: "附:", "附件:", "附件1". */
const ATTACHMENT_LABEL = /^附(?:件)?\s{0,2}[0-9０-９一二三四五六七八九十]{0,2}\s{0,2}[:：]?$/;
/** A notice's addressee over it: bodies listed, a colon closing them ("各省、自治区、直辖市少工委:", "各县、区人民政府,市政府各部门:"). */
const NOTICE_ADDRESSEE = /^各[^。！？!?:：]{1,60}[:：]$/;
/** A notice's issuer under it, alone on its line: "全国少工委", "峪川市人民政府办公厅". */
const NOTICE_ISSUER = /^[\u4e00-\u9fff]{2,20}(?:委|委员会|会|局|厅|司|办公室|政府|部|院|处|中心)$/;

/** A notice's date under it ("二○○六年十一月三日", "2006年11月3日"): no title, and the notice's. */
const NOTICE_DATE = /^(?:[〇○零一二三四五六七八九]{4}|\d{4})\s{0,2}年[〇○零一二三四五六七八九十\d]{1,2}\s{0,2}月[〇○零一二三四五六七八九十\d]{1,3}\s{0,2}日$/;

/** A news headline quoting the speaker, his name and a colon first ("骆振峰:08年电子商务交易突破3万亿"). */
const QUOTE_HEADLINE = new RegExp(`^(?:${PERSON_NAME})\\s{0,2}[:：]\\s{0,2}[^:：]{4,60}$`);

/**
 * A press page's headline right over its label that quotes the speaker ("骆振峰:08年电子商务交易突破3万亿
 * 同比增长超40%" / "…以下为…骆振峰发言实录:"): the page's, not the speech's title (`namesSpeech`
 * keeps a headline that names the speech: "柏晓春:…推介会开幕词").
 */
export function markQuoteHeadlineOverLabel(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, namesSpeech: (line: string) => boolean): void {
  const at = labelAt(lines, nonBlank, noise);
  if (at <= 0) return;
  const above = nonBlank[at - 1]!;
  if (!noise.has(above) && QUOTE_HEADLINE.test(lines[above]!) && !namesSpeech(lines[above]!)) noise.set(above, LEAD);
}

/** An editor's bracketed note over the text that says the whole of it follows ("【講話實錄】", "(全文)"), not a part of it. */
const BRACKET_NOTE_RULE = 'site-chrome.bracket-note';
const WHOLE_TEXT_NOTE = /全文|实录|實錄|原文/;

/** The label's place in `nonBlank`, or -1. */
function labelAt(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): number {
  return nonBlank.slice(0, LABEL_REACH).findIndex((i) => {
    const rule = noise.get(i)?.rule ?? '';
    return LABEL_RULES.has(rule) || (rule === BRACKET_NOTE_RULE && WHOLE_TEXT_NOTE.test(lines[i]!));
  });
}

/** A news headline's telling of a speech ("…出席…开幕式暨主论坛并发表致辞"): the detector's news title cue. */
const NEWS_HEADLINE = NOT_SPEECH_TITLES.find((cue) => cue.id === 'news.title')!.pattern;
export const PRESS_HEADLINE: Noise = { reason: 'meta', rule: 'meta.press-headline' };
/** A headline telling who attended or visited the occasion ("驻瑞士大使耿文兵出席首届…图片展", "總統春節視導暨勗勉陸軍機步269旅"),
 * naming no speech: over a label that says the speech follows, a report's headline too. */
const ATTENDED_HEADLINE = /^[^。！？!?:：]{2,30}(?:出席|视导|视察|慰问|看望|走访)[^。！？!?]{2,60}$/;
const SPEECH_NAMED = new RegExp(ANNOUNCED_GENRE);
/** (`line` is read folded, as every line given to this file's finders.) */
function isPressHeadline(line: string): boolean {
  return NEWS_HEADLINE.test(line) || (ATTENDED_HEADLINE.test(line) && !SPEECH_NAMED.test(line));
}

/**
 * A press headline telling of the speech over the label that says its full text follows
 * ("郑栅洁出席…论坛开幕式并发表致辞" / "以下是致辞全文:"): the page's, like its lead (a headline quoting its
 * speaker, "方立群:从诗词感悟…", may be the speech's own name). It is the title
 * found (`titleIndex`), or, when none was, the page's <title> (`pageHeadlineOf()`, cleaned of the site's
 * name, read only then) printed again over the label. Its line's index (undefined when the page's <title> is printed
 * nowhere), else false.
 */
export function pressHeadlineOverLabel(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, titleIndex: number | undefined, pageHeadlineOf: () => string | undefined): number | undefined | false {
  const at = labelAt(lines, nonBlank, noise);
  if (at < 0 || noise.get(nonBlank[at]!)!.rule !== LABEL_RULE) return false;
  // (a caption naming the talk in 《》 tells it has no title line: the line found over it is the page's, "团支部园地")
  if (titleIndex !== undefined) return titleIndex < nonBlank[at]! && (isPressHeadline(lines[titleIndex]!) || namesTalkNotPrinted(lines[nonBlank[at]!]!, lines[titleIndex]!)) ? titleIndex : false;
  const pageHeadline = pageHeadlineOf();
  if (!pageHeadline || !NEWS_HEADLINE.test(foldScript(pageHeadline))) return false;
  const key = compareKey(foldScript(pageHeadline));
  return nonBlank.slice(0, at).find((i) => compareKey(lines[i]!) === key);
}

/** How many lines over a press caption its page's headline may stand (the date line and the lead between). */
const HEADLINE_REACH = 4;

/**
 * The page's headline naming the speech over the press caption taken as the page's ("国际食品法典委员会主席…致辞全文" /
 * "日期:…" / "11月6日,…论坛…举行。…" / "…主席在论坛开幕式上视频致辞" / "…主席)致辞全文:"): the nearest line over the caption
 * shaped as a title (meta lines and the lead's prose are not), when it names a speech; else undefined.
 */
export function speechHeadlineAboveCaption(lines: readonly string[], nonBlank: readonly number[], caption: number, isSpeechTitle: (line: string) => boolean, isTitleShaped: (line: string) => boolean): number | undefined {
  const at = nonBlank.indexOf(caption);
  for (let k = at - 1; k >= 0 && k >= at - HEADLINE_REACH; k--) {
    const line = lines[nonBlank[k]!]!;
    if (!isTitleShaped(line)) continue;
    return isSpeechTitle(line) && !NEWS_HEADLINE.test(line) ? nonBlank[k] : undefined;
  }
  return undefined;
}

/**
 * The speech's own title right under the label, among the lines no rule took (`isTitle` says which
 * line is one, told whether the label announces excerpts): its index, else undefined.
 */
export function titleUnderFullTextLabel(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, isTitle: (i: number, excerpt: boolean) => boolean): number | undefined {
  const at = labelAt(lines, nonBlank, noise);
  if (at < 0) return undefined;
  const next = nonBlank.slice(at + 1).find((i) => !noise.has(i));
  return next !== undefined && isTitle(next, EXCERPT_LABEL.test(lines[nonBlank[at]!]!)) ? next : undefined;
}
/** A label announcing parts of the speech ("…讲话中的相关内容→", "…讲话摘要如下:"): the line under it may be an excerpt's subhead. */
const EXCERPT_LABEL = /相关内容|摘要|节选|摘登|要点|片段/;

/** Marks the lead over the label: its prose, every line between the title and it but the speech's
 * subtitle and byline, and every line over it when the title stands under it. */
export function markLeadBeforeFullText(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined): void {
  const at = labelAt(lines, nonBlank, noise);
  if (at < 0) return;
  // a transcript's speaker tag right under the label ("龙永图:", "…研究院副部长麦振林:"): the page's
  const next = nonBlank.slice(at + 1).find((i) => !noise.has(i));
  if (next !== undefined && next !== titleIndex && SPEAKER_TAG.test(lines[next]!.trim())) noise.set(next, SPEAKER_TAG_NOISE);
  if (at === 0) return;
  const label = nonBlank[at]!;
  const titleBelow = titleIndex !== undefined && titleIndex > label;
  // a section label is no press page's: the prose over it counts only under the title
  const proseCounts = noise.get(label)!.rule === LABEL_RULE;
  for (const i of nonBlank.slice(0, at)) {
    const belowTitle = titleIndex !== undefined && i > titleIndex;
    if (i !== titleIndex && !noise.has(i) && !isOwnSubtitleOrByline(lines[i]!) && (titleBelow || belowTitle || (proseCounts && hasSentenceEnd(lines[i]!)))) noise.set(i, LEAD);
  }
}

/** A transcript's tag naming who speaks, his posts before the name: "龙永图:", "…研究院轻纺部副部长麦振林:" (a salutation
 * names a post last: "王书记:"). */
const SPEAKER_TAG = new RegExp(`^[^。！？!?:：，,]{0,30}?(?:${PERSON_NAME})(?<!书记|主任|县长|市长|局长|校长|老师|同志|部长|院长|主席|经理|总裁|董事长|委员)\\s{0,2}[:：]$`);
const SPEAKER_TAG_NOISE: Noise = { reason: 'meta', rule: 'meta.speaker-tag' };

/** The speech's own front matter under its title ("——在…高峰论坛上的讲话", "国务院总理 温家宝"): never the page's lead. */
function isOwnSubtitleOrByline(line: string): boolean {
  return SUBTITLE_DASH.test(line.trim()) || isByline(line);
}
