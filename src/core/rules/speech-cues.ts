// What tells a speech from the documents that look like one, as data. src/core/detect.ts weighs
// these cues; each has texts it must match and texts it must not in speech-cues.examples.ts
// (kept apart so the content script does not ship them), checked by test/core/speech-cues.test.ts.
//
// All patterns read simplified script with pinyin annotations removed: detect.ts prepares the
// text before matching, so 講話 and 讲(jiǎng)话 read as 讲话.

/** Spoken genres, as the name a title ends with ("…上的讲话", "…致辞稿", "表态发言", "党课讲稿"). */
export const SPEECH_GENRE =
  '(?:讲话|致辞|致词|发言|讲稿|讲词|讲辞|答词|答辞|演讲|讲演|演说|演词|演辞|贺词|贺辞|献词|献辞|祝词|祝辞|祝酒词|祝酒辞|开幕词|开幕辞|闭幕词|闭幕辞|主持词|主持辞|主持稿|串词|串联词|欢迎词|欢迎辞|欢送词|欢送辞|答谢词|答谢辞|感言|开场白|党课|寄语|证婚词|证婚辞|总结词|总结辞|解说词|解说辞|入场词|悼词|悼辞|发布词|发布辞|发布稿|讲座稿|讲课稿)';

/** A title that names a spoken genre as what it is: at its end, or before a colon or dash that
 * opens the subject ("国旗下讲话：我爱美丽的校园", "作风党课：深刻认识…"); a contest's label over an entry it
 * printed ("…演讲比赛获奖作品"). */
export const SPEECH_TITLE_END = /* @__PURE__ */ new RegExp(`${SPEECH_GENRE}(?:(?:比赛|大赛)(?:稿|范文|(?:获奖|参赛|优秀|[一二三]等奖)作品)|(?:稿|稿子|文稿)?(?:材料|提纲|摘要|要点|全文|原文|实录|内容)|稿|稿子|文稿)?$|[（(]${SPEECH_GENRE}(?:稿|提纲|稿子|文稿)?[)）]$`);
/** A title that names the practice, not the document: "领导干部讲党课" (who gives 党课), "上党课", "听党课". */
export const GENRE_AS_ACTIVITY = /[讲上听]党课$/;
/** A school's or company's column of its head's words ("校長的話", "院长的话"), in simplified script: his talks
 * and letters to the school, filed under the post alone; a spoken genre, said or written (detect.ts HEADS_MESSAGE). */
export const HEADS_WORDS_COLUMN = /^(?:董事长|总经理|校长|院长|园长)的话$/;
/** A speaker's label before the byline: "演讲者:", "发言人：", "主讲人:". */
export const SPEAKER_ROLE_LABEL = '(?:演讲|发言|讲话|主讲|致辞)(?:者|人)\\s{0,2}[:：]';
/** Who a speech is given to, named between its genre and the colon ("…校长董健康寄语研究生:转变与坚守"). */
const AUDIENCE_AFTER_GENRE = '(?:全体|全校|广大|各位)?(?:研究生|毕业生|本科生|新生|新同学|同学们?|学子们?|青年们?|师生|校友|员工|职工|考生|队员|党员|干部)';
/** A title that names its genre before a colon or dash ("…校长董健康寄语研究生:转变与坚守"), or a holiday message's
 * kicker that exclaims ("新春贺词!…市长的新春祝福来了……", "新年献词!…"). */
export const SPEECH_TITLE_COLON = /* @__PURE__ */ new RegExp(`^[^，,。“”《》]{0,40}${SPEECH_GENRE}(?:稿|文稿|${AUDIENCE_AFTER_GENRE})?\\s*(?:[:：]|——|－－|--)|^[^，,。“”《》!！]{0,8}(?:贺词|致辞|献词|祝词)[!！]`);

/** Written genres a title may end with: their documents are read, not delivered. A 述职报告 is
 * a report, whatever meeting it is read out at (the real-text corpus's convention); so is a 工作报告,
 * a 政府工作报告 to the 代表 or a 校长's to the 教代会 (the gold of four holdout rounds: 15, 24, 38, 40). An 意见
 * beside the speaker's thoughts ("…若干问题的思考和意见", a talk's subtitle) is his views, no document. */
export const WRITTEN_TITLE_END =
  /(?:通知|通报|总结|打算|心得|体会|感悟|方案|计划|(?<!(?:思考|看法|想法|认识|思路)[和与及、])意见|办法|规定|制度|条例|细则|守则|章程|简报|纪要|请示|批复|函|决定|公告|通告|工作报告|调研报告|自查报告|述职报告|述廉报告|述责报告|倡议书|建议书|申请书|承诺书|保证书|感谢信|表扬信|慰问信|公开信|一封信|报道|综述|侧记|纪实|花絮|快讯|简讯|会讯|会刊|校讯)$/;

/** A headline's kicker naming a written genre before a bar or colon ("感谢信 | “跨界全球·心芯相联”,让我们…再相会!"):
 * the page says what the text under it is, whatever the rest of the headline says. */
export const WRITTEN_GENRE_KICKER = /^(?:感谢信|表扬信|慰问信|公开信|倡议书|建议书|通知|通报|公告|通告|简报)\s{0,2}[|｜:：]\s{0,2}\S/;

/**
 * Decorations sites put after a title's own name: counts, collection words, piece numbers, file
 * suffixes and bracketed tags. Taken off one at a time until the name shows.
 */
export const TITLE_DECORATION =
  /(?:\s+|[（(【\[][^（()）【】\[\]]{0,16}[)）】\]]|\.(?:docx?|pdf|txt)|VIP|资料讲解|word版|精编版|第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十\d]{1,3}篇|\d{1,3}|\d{1,5}字|范文|范例|例文|範文|範例|样本|模板|大全|精选|精编|汇编|合集|集合|集锦|锦集|优秀|最新|简短|完整版|通用|稿)$/i;

/** "在全市…工作会议上的讲话": a meeting, then what was said there. */
export const MEETING_TITLE = /在[^。，,]{2,40}(?:会议?|仪式|典礼|座谈|活动|论坛|培训班|开班式|启动式|年会|晚会|节)(?:上|中)?的/;

/** Kinds of titles that are no speech whatever genre word they hold. */
export interface TitleCue {
  id: string;
  pattern: RegExp;
}

export const NOT_SPEECH_TITLES: readonly TitleCue[] = [
  // A novel's chapter: "第74章 发言(第1页)", "第三百回 表彰大会".
  { id: 'novel.chapter', pattern: /第[\d一二三四五六七八九十百千零两]{1,6}[章回节卷集]|[（(]第\d{1,3}页[)）]/ },
  // A guide to writing one: "致辞怎么写", "主持词的写法", "开幕词有哪些基本特点".
  {
    id: 'guide.title',
    // — or a textbook's unit over its lesson on the genre: "任务二 演讲稿", "项目三 致辞"
    pattern: /怎么写|怎样写|如何写|写法|写作(?:技巧|要点|方法|格式|指导|指南)|格式|技巧|注意事项|有哪些|是什么|基本特点|的特点|的结构|的概念|^(?:任务|项目|模块|单元|学习情境)[一二三四五六七八九十\d]{1,3}\s{0,2}[^\s。，,]{0,6}(?:演讲稿|讲话稿|发言稿|致辞|主持词|讲稿)$/,
  },
  // An essay about a speech: "学习…重要讲话精神心得体会".
  { id: 'essay.about-a-speech', pattern: /讲话精神|致辞精神|观后感|读后感|有感$|学习[^。]{0,30}(?:讲话|致辞|演讲)[^。]{0,8}(?:感悟|笔记|体会)/ },
  // News of a speech: "…出席会议并发表重要讲话", "…主持闭幕会并作重要讲话", "讲话侧记", "…持续热议…重要讲话",
  // "…在…座谈会上强调 …" (what was said, told), "…主席在论坛开幕式上视频致辞" (a caption: a speech's own title says 上的), "王宏通过…公众号向海洋工作者致以新春问候" (someone's greeting, told),
  // "省住建厅举行迎新春茶话会" (a body holding its meeting, told: a speech's title names it "在…上的讲话").
  {
    id: 'news.title',
    pattern: /(?:发表|(?<!工)作|做)了?(?:重要|专题|热情洋溢的|国旗下|动员|总结|表态)?(?:讲话|演讲|致辞|发言)|并(?:讲话|致辞|致词|致(?:开幕|闭幕|欢迎|欢送)[辞词])|综述|侧记|纪实|花絮|简讯|快讯|^我(?:省|市|县|区|镇|乡|校|院|局|委|厅)(?:召开|举行|举办)|(?:热议|热评|畅谈|解读|反响)[^。]{0,30}(?<!上的|时的)(?:讲话|致辞)$|在[^。，,！!？?]{2,50}(?:会|会议|仪式|典礼|活动|论坛|调研|考察)(?:上|时|期间)(?:强调|指出|要求|表示)|在[^。，,！!？?的]{2,50}上(?:视频|书面|线上|远程)(?:致辞|讲话|发言)$|^[^。，,向]{2,30}向[^。，,]{2,30}致以[^。，,]{0,6}(?:问候|祝福|慰问|敬意|谢意)$|^(?!在)[^。，,！!？?\s]{2,24}(?:召开|举行|举办)[^。，,！!？?的]{2,30}(?:会|仪式|典礼)$/,
  },
];

/** Headline words that make a title news only when it names no spoken genre: "习近平会见…" is
 * news, "在记者节座谈会上的讲话" and "在新闻媒体座谈会上的讲话" are speeches. */
export const NEWS_TITLE_WORDS = /会见|记者|报道|新闻|日电/;

/** Words that open an address to an audience. */
export const AUDIENCE =
  '(?:尊敬的|尊重的|敬爱的|亲爱的|亲爱(?=[^的])|各位|诸位|全体|在座的|同志们|老师们|同学们|女士们|先生们|朋友们|领导们|来宾们|嘉宾们|小朋友们|家长们|代表们|战友们|乡亲们|青年们|伙伴们|队员们|少先队员们|辅导员们|团员们|党员们|同事们|员工们|校友们|师生们|职工们|村民们|志愿者们|运动员们)';

/** A salutation on its own line: "同志们：", "尊敬的各位领导、各位来宾：", "同志们！", "尊敬的主席女士," — or a
 * greeting standing in for one ("大家晚上好!": no reader's text opens with a line that greets), or
 * closing it with no colon ("各位同仁大家好", "各位校长,各位来宾,大家好"). */
/** A greeting on a line of its own: "大家好！", "各位晚上好", "大家新年好。" */
const GREETING = '(?:大家|各位)(?:早上|上午|中午|下午|晚上|新年)?好[!！。]?';
/** A greeting alone on its line may leave out whom it greets ("早上好!" under "女士们、先生们,"). */
const GREETING_ALONE = '(?:(?:大家|各位)(?:早上|上午|中午|下午|晚上|新年)?|早上|上午|中午|下午|晚上)好[!！。]?';
export const GREETING_LINE = /* @__PURE__ */ new RegExp(`^${GREETING}$`);

/** The officers a salutation may name before the audience ("主任、副主任、各位代表:", "主席,各位女士,
 * 各位先生:", "陳嘉蕙主席(東華三院主席)、…各位朋友:", "…副主席、陳志遠先生、…各位老師、各位家長:"): titles, with a name before one and the body it
 * heads in brackets after it, each closed by a 、 or comma ("为此,全体党员要做到:" names none). Their
 * number is left open: a bound ({1,4}) made irregexp copy the group per count, and the salutation
 * patterns cost 3–6 ms to compile on a page's first call instead of 0.3–0.6 ms. */
const OFFICERS_FIRST = '(?:[\\u4e00-\\u9fff]{0,8}(?:主任|主席|书记|长|委员|理事|同志|老师|代表|领导|总裁|经理|伉俪|夫妇|先生|女士|博士|教授|议员)(?:[（(][^()（）]{1,16}[)）])?[、，,]\\s?)+';

export const SALUTATION_LINE = /* @__PURE__ */ new RegExp(
  `^(?:${OFFICERS_FIRST})?${AUDIENCE}(?:[^。！？!?（(]|[（(][^()（）。！？!?]{1,40}[)）]){0,60}[:：]$|^(?:尊敬的|敬爱的|亲爱的)[^。！？!?，,：:]{1,30}[，,]$|^(?:同志们|同学们|朋友们)[，,！!]?$|^${GREETING_ALONE}$|^(?:${OFFICERS_FIRST})?${AUDIENCE}[^。！？!?:：]{0,60}?[，,、]?\\s?(?:(?:大家|各位)(?:早上|上午|中午|下午|晚上)?(?:好|早安|午安|晚安)[、，,]\\s?)?${GREETING_ALONE}$`,
);
/** One line of a salutation printed a line or two to each party, closed by a comma or a pause
 * ("尊敬的潘云鹤院士、…张磊校友、" / "各位嘉宾、老师们、同学们:"). */
export const SALUTATION_PART = /^(?:尊敬的|敬爱的|亲爱的|各位)[^。！？!?:：]{1,80}[、，,]$/;
/** A salutation that names the officers in the chair first ("委员长、各位副委员长、秘书长、各位委员:"), or
 * addresses the chair ("尊敬的主席女士,", an international meeting's form):
 * said in the room; a letter or a notice addresses its readers, not the chair. */
export const SALUTATION_TO_OFFICERS = /* @__PURE__ */ new RegExp(`^${OFFICERS_FIRST}${AUDIENCE}[^。！？!?]{0,60}[:：]$|^(?:尊敬的)?主席(?:先生|女士|阁下)[、，,:：]`);

/** A sender's signature on a line of its own: a post and a name ("党委副书记、院长:邵谦"). */
const SIGNATURE_LINE = `\\n\\s{0,2}[^\\n。！？!?:：]{0,16}(?:书记|院长|校长|主任|局长|会长|主席|董事长|总经理|厂长|部长)[:：]\\s{0,2}[\\u4e00-\\u9fff]{2,4}`;
/** A letter's forms: its greeting to its reader, on the line under the address ("亲爱的工友:" / "您好!", "各位村民:" / "您们好!"),
 * or an address to the Party organisation ("敬爱的党组织:"), which an application or a report of one's
 * thinking opens with, or a letter's wish on a line of its own ("顺颂时祺,"), or the signatures of its senders on the
 * text's last two lines ("党委书记:林振华" / "党委副书记、院长:邵谦"); no one in a room is addressed so, and a speech has
 * one speaker. One cue for all: a letter counts once. */
export const LETTER_FORM = /* @__PURE__ */ new RegExp(
  `(?:^|\\n)[^\\n。！？!?]{1,30}[:：]\\s*\\n\\s{0,2}您们?好[!！。]?\\s*(?:\\n|$)|(?:^|\\n)\\s{0,2}(?:敬爱的|尊敬的|亲爱的)党(?:组织|支部)[:：]|(?:^|\\n)\\s{0,2}顺颂(?:时祺|商祺|台祺|近安)[，,。!！]?\\s*(?:\\n|$)|${SIGNATURE_LINE}${SIGNATURE_LINE}\\s*$`,
);

/** A colon after a verb of speaking opens what someone said, as a report tells it ("她代表全体学员表态:我们
 * 一定会…"), not a salutation; nor does a list's "如下:" ("…评委老师们公平、公正的评分,…(获奖名单如下):"). */
const NOT_AFTER_REPORTED_SPEECH = '(?<!表态|表示|发言|讲话|致辞|指出|强调|要求|宣布|宣读|说|道|提出|如下|如下[)）])';

/**
 * A salutation glued into the opening, after a title or a viewer's page number
 * ("…上的致辞 尊敬的各位领导、各位来宾：大家上午好！", "…演讲稿尊重的各位领导,亲爱的老师们,大家好!", the comma lost:
 * "各位来宾、女士们、先生们大家上午好。").
 * Not one inside quotation marks ("称呼要用尊称，如“尊敬的***部长”").
 */
export const GLUED_SALUTATION = /* @__PURE__ */ new RegExp(
  `(?:^|[^“‘「"'、，,的为对向让和与使给请跟把被是有])${AUDIENCE}[^、，,。！？!?“”‘’:：]{0,14}(?:[、，,][^、，,。！？!?“”‘’:：]{0,14}){0,5}(?:${NOT_AFTER_REPORTED_SPEECH}[:：]|[，,！!]\\s*(?:大家|你们|各位)(?:上午|下午|晚上|早上)?好|(?<=们)(?:大家|你们|各位)(?:上午|下午|晚上|早上)?好|[，,！!]\\s*(?:首先)?(?:向|给)(?:大家|你们|各位)(?:问好|拜年|致敬))`,
);

/** An opening that turns to the audience: "同志们，春节前我在…", "【正】同志们：从今天起…", "护士姐妹们: 你们好!",
 * a salutation run into the first sentence with a comma ("尊敬的于书记、唐省长,各位来宾、女士们、先生们、朋友们,很高兴…",
 * "尊敬的各位领导,亲爱的战友们,我叫…"). */
export const VOCATIVE_OPENING =
  /^(?:【[^】]{0,4}】)?(?:(?:同志们|同学们|老师们|朋友们|各位[^，,。：:]{1,10}|[\u4e00-\u9fff]{0,4}(?:姐妹们|兄弟们|战友们))[，,！!:：]|(?:同志们|同学们|老师们|朋友们)(?=今天|今年|现在|首先|下面|这次|刚才|大家))|^[\u4e00-\u9fff]{0,6}的?各位[\u4e00-\u9fff]{1,8}们?大家(?:上午|下午|中午|晚上|早上)?好|^(?:尊敬的|各位)[^。！？!?:：“”]{0,60}?(?:女士们|先生们|朋友们|同志们|来宾们|嘉宾们|战友们|同事们|同学们|老师们|代表们|乡亲们)[，,](?=[\u4e00-\u9fff])|^(?:代理)?主席[，,]\s?(?=[^。！？!?，,]{2})/;
// (the second form: a page that lost its punctuation, "同志们今天区政府在这里…"; the last: a legislature's member
// turning to the chair, "主席,有一位英國管理學者說過…")

/** A later paragraph turning to the audience: a speech's closing "同志们，巡视整改是…",
 * "同志们！让我们…", "同学们:青年兴则国家兴…". Quoted dialogue opens with “ and does not count. */
/** Whom a later paragraph turns to, one group or two ("同志们、朋友们", "女士们,先生们"). */
const ADDRESSED = '(?:同志们|同学们|老师们|朋友们|女士们|先生们)(?:[、和，,](?:同志们|同学们|老师们|朋友们|女士们|先生们))?';
export const VOCATIVE_PARAGRAPH = /* @__PURE__ */ new RegExp(`^${ADDRESSED}[，,！!:：]|^各位[，,！!](?=[\u4e00-\u9fff])`);
// (the second: the audience as "各位" alone, "各位,一起加油吧!"; never with a colon, a notice's "各位：请于…")
/** A later paragraph that is the address alone ("同志们、朋友们!"), the pause a speaker takes
 * before turning to the next part: no report or essay prints one unquoted. */
export const VOCATIVE_LINE = /* @__PURE__ */ new RegExp(`^${ADDRESSED}[！!]$`);

/** A numbered point that turns to the audience with a wish, as a speech to graduates or new staff
 * words its points ("二、希望你们坚守初心使命…三、希望你们实干成就未来…"): two make a speech. A
 * report's "他提出三点希望：一是希望…" is no numbered heading. */
export const WISH_POINT = /(?:^|[。！？!?\s])[一二三四五六七八九十]{1,2}[、.．]\s{0,2}希望(?:你们|大家|同志们|同学们|各位|老师们)/;

/** The speaker announcing the points to come, in the spoken 讲 or 谈 ("下面,我讲三个问题。", "…收获。我讲三个问题。",
 * "下面我重点就贯彻落实好会议精神,提出三点要求", "今天,我围绕…同大家一道交流。主要讲三个方面的问题。",
 * "下面,我结合市委会研究的精神,再谈几点意见",
 * "今天我主要谈两点意见"), or a lecture's topic ("今天我就全国人大常委会的监督工作这个题目,同大家作个交流"), also after a sentence's frame of topic or purpose ("关于开展存款竞赛,我简单讲几点意见",
 * "为抓好会议精神的落实,我再讲三点意见", "下面,围绕…的形势和任务,就…工作,我先谈几点意见", "借这个机会,我就…工作,
 * 谈几点意见"), or a turn's "轮到我表个态,就讲三句话", or "下面,我就…工作谈几点看法", or a lecture's "今天我要跟大家讲的题目是…" (a flag-raising talk's "今天我国旗下讲话的题目是《…》"): a speech's own way to open its body. A 心得's "谈三点体会"
 * announces what was learned, not what is to be done; a report's "他在会上说,我讲…" opens with its speaker. A
 * sentence may open with the announcement and no 我 ("下面講幾個方面的工作,…"). The lookaheads before the
 * lookbehinds change no answer: they let a position that holds no 我 (no 主要/重点/着重) fail before the
 * lookbehind reads back up to 60 characters (the whole pattern ran 2.6× longer without them). */
export const ANNOUNCED_POINTS =
  /(?:下面|接下来|借(?:此|这个)机会)[，,]?我[^。！？!?\n]{1,40}[，,]\s{0,2}(?:先|再|就|主要|着重|重点|简单|简要)?(?:讲|谈|提出?)[两三四五六七八九十几](?:个|点)(?:方面的)?(?:问题|意见|方面|要求|希望|看法)|(?:(?:下面|接下来|今天)[，,]{0,2}|(?=我)(?<=[。！？!?]\s{0,2})|(?=我)(?<=(?:^|[。！？!?\n])\s{0,2}(?:(?:下面|接下来)[，,]?)?(?:关于|为了?|围绕|结合|按照|根据|针对|对于|借(?:此|这个)机会)[^。！？!?\n]{0,60}[，,]\s{0,2}))我(?:先|再|就|主要|着重|重点|简单|简要|一共)?(?:讲|谈|说)(?:[两三四五六七八九十几]|一下)(?:(?:个|点)(?:方面的)?(?:问题|意见|方面|看法)|点(?=\s{0,2}[:：]))|(?=主要|重点|着重)(?<=(?:^|[。！？!?\n])\s{0,2}(?:今天|这次|此次|本次)[，,]?\s{0,2}我[^。！？!?\n]{1,60}[。！？!?]\s{0,2})(?:主要|重点|着重)(?:讲|谈)[两三四五六七八九十几](?:个|点)(?:方面的)?(?:问题|意见|内容)|(?:今天|下面|这次)[，,]?\s{0,2}我(?:就|想|围绕|结合)[^。！？!?\n]{2,40}(?:这个|这一)(?:题目|话题|主题)[，,]?\s{0,2}(?:同|和|与|跟)大家(?:一起|一道)?(?:作个|做个|进行|作|做)?(?:交流|探讨|分享)|(?:^|[。！？!?\n，,])\s{0,2}我?(?:就|只|简单)(?:讲|说)[两三四五几]句话|(?:今天|下面|这次)[，,]?\s{0,2}我(?:想|要)?(?:(?:跟|和|同|给)(?:大家|各位|同志们|同学们|朋友们))?(?:讲|谈|在?国旗下(?:讲话|演讲|发言))的(?:题目|话题|主题)(?:是|叫)|(?:下面|接下来|今天|借(?:此|这个)机会)[，,]?\s{0,2}我想?(?:就|结合|围绕|针对|联系)[^。！？!?\n，,]{2,40}(?:讲|谈|提)[两三四五六七八九十几](?:个|点)(?:方面的|个人的?)?(?:问题|意见|方面|看法|要求|建议|倡议|希望)|我先(?:简要|简单)?(?:传达|通报|回顾|汇报|介绍|说明|讲|谈)[^。！？!?\n]{2,60}[，,；;]\s{0,2}(?:再|然后)[^。！？!?\n]{0,100}?(?:讲|谈|提出?)[两三四五六七八九十几](?:个|点)(?:方面的)?(?:问题|意见|建议|要求|希望|看法)|(?:^|[。！？!?\n])\s{0,2}(?:下面|接下来)[，,]?\s{0,2}(?:再)?(?:讲|谈)[两三四五六七八九十几](?:个|点)方面的(?:工作|问题|意见)/;

/** A label of speeches printed together, at a line's end ("…座谈会发言摘编", "…研讨班发言摘登"), not a headline
 * telling of one ("…作典型发言"); the genre is captured (a collection page names what it prints). */
export const SPEECH_EXCERPTS = /(发言|讲话|致辞|演讲)(?:摘编|摘登|选登|选编|汇编)$/;

/** The speaker welcomes the guests in the first person on his body's behalf ("我谨代表…,向远道而来的朋友们致以热烈的
 * 欢迎"): a welcome is said to people in the room, so it stands for the salutation a capture cut (a letter of
 * congratulation says 祝贺, a report "他代表…表示欢迎", with no 我). The first stretch holds no 向/对, so the
 * pattern splits each sentence one way only. */
export const WELCOMES_ON_BEHALF = /我(?:谨|仅)?代表[^。！!？?向对]{2,60}[向对][^。！!？?]{2,40}(?:致以|表示)[^。！!？?]{0,8}欢迎/;

/** The lecturer opening a Party lecture: "今天,我们在这里上一堂…专题党课", "今天我给大家讲一次党课", a speech's own
 * way to open as much as announcing its points is (a report says 他). */
export const PARTY_LECTURE_OPENING = /(?:今天|这次|下面)[，,]?\s{0,2}(?:我们|我)[^。，,他她]{0,12}(?:上|讲)(?:一堂|一次|一节|一课)[^。！？!?]{0,30}党课/;

/** The speaker taking the floor before the audience: "今天由我来同大家作一次交流", "下面由我给同志们讲一讲…" (a report
 * says 由他). */
export const TAKES_THE_FLOOR = /(?:今天|这次|下面|接下来)[，,]?\s{0,2}由我(?:来)?(?:同|和|与|跟|给|为|向)(?:大家|各位|同志们|同学们|老师们)(?:作|做|上|讲|谈|进行|分享|交流)/;

/** An editor's note saying which speech the text is, above or under it: "*这是邓颖超同志在…第一次会议上开幕词的一部分。",
 * "(本文是作者在…座谈会上的讲话节选)" — or a lead that opens so and goes on to sum it up ("此文为…工作年会上,…司长
 * 滕知远先生的致辞。致辞中,…"). A report's "这是他在…上的讲话中提出的" goes on past the speech. */
export const SPEECH_SOURCE_NOTE =
  /^[*＊※（(]?\s{0,2}(?:这是|本文(?:是|系|为|选自|摘自|节选自)|此文(?:是|系|为))[^。！？!?]{2,60}在[^。！？!?]{2,60}(?:会议?|大会|典礼|仪式|座谈会|论坛|开幕式|闭幕式|活动)上(?:的|所作的|发表的)?(?:讲话|开幕词|闭幕词|致辞|发言|演讲)(?:稿|的一部分|的节选|节选|摘要|摘录|全文)?[。)）]?\s{0,2}[)）]?$|^(?:本文|此文)(?:是|系|为)[^。！？!?]{2,80}?(?:会议?|大会|年会|典礼|仪式|座谈会|研讨会|论坛|开幕式|闭幕式|活动)上[，,]\s{0,2}[^。！？!?]{2,60}?的(?:讲话|开幕词|闭幕词|致辞|发言|演讲)。/;

/** An editor's note that the text was taken down from a talk ("--根据邹明远同志在化纤公司上党课的资料和记录整理",
 * "(根据录音整理)"): what follows is the talk. A meeting's record ("根据会议记录整理") is no talk. */
/** An English press line naming the speech over its Chinese text ("Speech by Ms Grace Fu, Minister for Culture, … at …
 * Anniversary Dinner"): a government site's label, in a speech page's opening. */
export const ENGLISH_SPEECH_LINE = /^(?:(?:Opening|Closing|Welcome|Welcoming|Keynote|Inaugural) )?(?:Speech|Remarks|Address|Toast) (?:by|of|delivered by) (?:the )?[A-Z]/;
export const TRANSCRIPT_NOTE = /(?:根据|据)[^。！？]{0,40}(?:讲话|党课|报告|发言|演讲|讲座|讲课|授课)[^。！？]{0,12}(?:录音|记录|速记)[^。！？]{0,4}整理|根据(?:现场)?录音整理/;

/** A speech's name glued to its first sentence: "在全市防汛工作会议上的讲话主汛期即将来临，…"
 * (the body follows at once: not "…上的讲话精神", "…上的讲话中强调", "学习了…上的讲话，"). */
export const GLUED_MEETING_TITLE = /* @__PURE__ */ new RegExp(
  `在[^。，,“”《》]{2,40}(?:会议?|仪式|典礼|座谈|活动|论坛|培训班|开班式|启动式|年会|晚会|节)[上中]?的${SPEECH_GENRE}(?![精中时后里要和与])(?=[\\u4e00-\\u9fff\\s])`,
);
/** …or a meeting title closed by a full stop as a sentence of its own, the body after it
 * ("在全县招商引资大会上演讲。天时互相催,…"): a paragraph opens so only with its title, where a
 * news report names the speaker first ("县长在…大会上讲话。"). */
export const MEETING_TITLE_SENTENCE = /* @__PURE__ */ new RegExp(
  `^在[^。，,“”《》]{2,40}(?:会|会议|大会|仪式|典礼|座谈会|论坛|培训班|开班式|启动式|年会)[上中]的?${SPEECH_GENRE}。`,
);
/** …or a genre word and then straight away the salutation ("…主持词 各位代表：", "…讲话文稿同志们，"). */
export const GLUED_GENRE_BEFORE_SALUTATION = /* @__PURE__ */ new RegExp(
  `${SPEECH_GENRE}(?:稿|文稿|稿子)?(?:\\s*[（(][^（()）]{0,20}[)）])?\\s*${AUDIENCE}`,
);

/** Dialogue-style host scripts: "A：…B：…合：", "男：…女：…". */
export const HOST_LABEL = /(?<![^\s;；。！!？?，,”])(?:[AB甲乙男女合]|男女合|大家合|主持人[甲乙AB12一二]?)[:：]/g;

export type BodyCueKind = 'spoken' | 'guide' | 'novel' | 'news' | 'written' | 'essay';

export interface BodyCue {
  id: string;
  kind: BodyCueKind;
  pattern: RegExp;
  /** matches needed before the cue counts (a speech may tell one anecdote: "他问道：“…”") */
  minCount?: number;
}

/**
 * Cues in the body. `spoken`: a speaker turning to an audience in the first person; the others
 * are the marks of the look-alikes. Spoken cues are read with quoted passages taken out, so a
 * novel's “同志们，…” or a guide's “谢谢大家！” does not count.
 */
export const BODY_CUES: readonly BodyCue[] = [
  // ── spoken ──────────────────────────────────────────────────────────────────────────
  { id: 'spoken.comrades', kind: 'spoken', pattern: /同志们|同学们|老师们|朋友们|女士们|先生们/ },
  { id: 'spoken.greeting', kind: 'spoken', pattern: /(?:大家|各位|你们)(?:上午|中午|下午|晚上|早上|新年|节日)?好(?!好)/ },
  // "我代表…", or the formal "谨代表…" with its 我 dropped, opening a clause ("…即将到来之际,谨代表中共莒县县委…")
  // (or "我受…委托,代表全国妇联,…": the speaker standing in for the one who asked him)
  { id: 'spoken.on-behalf', kind: 'spoken', pattern: /我(?:谨|仅)?代表|(?:^|[，,。！!:：])\s{0,2}(?:最后[，,]?\s{0,2})?谨代表|我受[^。！!，,]{2,40}委托[，,]\s{0,2}(?:谨)?代表/ },
  {
    id: 'spoken.today-we-meet',
    kind: 'spoken',
    pattern: /今天[，,]?(?:我们|大家)?[^。，,]{0,8}(?:召开|举行|举办|在这里|在此|相聚|欢聚|相约|隆重|集会|坐到一起|坐在一起|聚到一起|聚在一起)|今天(?:的|这次)(?:会议|大会|活动)|今天(?:的|这次|这个)?(?:就职|开学|毕业|颁奖|开幕|闭幕|签约|揭牌|奠基|成人)(?:典礼|仪式)|这次会议(?:的)?主要(?:任务|目的)/,
  },
  // The speaker naming the theme of the speech he is giving ("今天我演讲的主题是《…》", "我今天发言的题目是…", a party
  // lesson's "我今天交流的题目是…")
  { id: 'spoken.own-theme', kind: 'spoken', pattern: /(?:今天|下面|这次)?我(?:今天)?(?:演讲|讲话|发言|交流|讲课|授课)的(?:题目|主题)(?:是|叫)/ },
  { id: 'spoken.just-now', kind: 'spoken', pattern: /(?:刚才|方才)[，,]?[^。]{0,16}(?:同志|讲|谈到|发言|通报|宣读|介绍|汇报|作了|部署|主持)/ },
  // Guests welcomed and thanked for coming, in the second person: "对你们的到来表示热烈的欢迎",
  // "欢迎…各位来宾在百忙中莅临", "感谢各位今天在百忙中拨冗莅临" (a report says "领导在百忙之中莅临").
  {
    id: 'spoken.welcome',
    kind: 'spoken',
    pattern: /(?:对|向)(?:你们|大家|各位)[^。！!]{0,20}(?:表示|致以)[^。！!]{0,6}欢迎|(?:各位|大家|你们|您)[^。！!，,]{0,10}百忙之?中[^。！!，,]{0,8}(?:莅临|光临|出席|参加|前来|来到)/,
  },
  {
    id: 'spoken.i-will-speak',
    kind: 'spoken',
    pattern: /(?:下面|接下来)[，,]?我(?:讲|再|就|简要|想|从|谈|结合)|我(?:讲|谈|提|说)(?:几|三|两|四|五)点|我(?:向|对|给)(?:大家|你们|同志们|同学们|各位)提出?(?:几|三|两|四|五)点|我(?:只|就|想|先|再|简单|主要)?(?:谈|讲)(?:一下)?[一两二三四五六七八九十几](?:个|点)(?:问题|意见|看法|建议)|我打算讲|我(?:想|要)讲的(?:主要|就|首先)?是|讲(?:一讲|讲)|(?:演讲|讲话)的题目|[和同与跟]大家(?:一起|一道)?(?:作个|做个|进行)?(?:谈|聊|交流|分享|学习|探讨)|(?:只|就|先|想|简单|简短地?)(?:讲|说)(?:上)?几(?:句|分钟的?)话/,
  },
  { id: 'spoken.thanks', kind: 'spoken', pattern: /谢谢大家|谢谢各位|谢谢[！!]|谢谢$/m },
  { id: 'spoken.close', kind: 'spoken', pattern: /散会|(?:会议|大会|活动)(?:到此)?(?:结束|圆满结束)|(?:现在|我)宣布[^。]{0,60}(?:开幕|闭幕|开始|结束)/ },
  {
    id: 'spoken.host',
    kind: 'spoken',
    pattern: /现在开会|下面[，,]?(?:请|进行|由|有请)|有请|掌声[^。]{0,4}(?:欢迎|有请)|请[^。]{0,8}举手|[（(]稍停[)）]/,
  },
  {
    id: 'spoken.wish',
    kind: 'spoken',
    pattern: /预祝[^。]{0,20}(?:圆满成功|取得成功|顺利)|祝愿?(?:大家|各位|同志们|老师们|同学们|你们|广大[^。，,！!]{1,8})[^。]{0,20}(?:愉快|快乐|顺利|健康|幸福|如意|安康)/,
  },
  // A formal request turned to the audience: "诚请各位朋友一如既往地关注…", "恳请大家…" (a letter asks
  // "请大家一起拿个主意" too: the plain form is no cue).
  { id: 'spoken.request', kind: 'spoken', pattern: /(?:诚|恳|敬)请(?:各位|大家|诸位|同志们|同学们|老师们)/ },
  { id: 'spoken.hope', kind: 'spoken', pattern: /希望(?:大家|同志们|同学们|各位|你们|(?:今天)?受到?表彰的(?:同志|集体|个人|先进))/ },
  // Salutes exclaimed one after another, as a speaker opens ("向…老工会工作者致以崇高敬意!向全市广大职工…
  // 致以诚挚问候!", "对论坛的召开…表示热烈祝贺!对…各位嘉宾和朋友们表示诚挚欢迎!"); a report tells them with a full stop.
  { id: 'spoken.salutes', kind: 'spoken', pattern: /[向对][^。！!]{2,60}(?:致以|表示)[^。！!，,]{0,12}(?:敬意|问候|祝福|祝贺|慰问|感谢|欢迎)[！!]/g, minCount: 2 },
  // The people in the room, named as such: "值得在座各位参考", "在座的各位村官".
  { id: 'spoken.in-the-room', kind: 'spoken', pattern: /在座(?!谈)(?:的)?[\u4e00-\u9fff]{0,4}?(?:各位|诸位|同志们|同学们|老师们|朋友们?|嘉宾们|同仁|同事|战友们?)/ },
  // A transcript's stage direction in brackets: "(鞠躬)", "(掌声)", "(全场鼓掌)".
  { id: 'spoken.stage-direction', kind: 'spoken', pattern: /[（(](?:鞠躬|掌声|笑声|停顿|全场鼓掌|热烈鼓掌|鼓掌|敬礼|众笑|笑)[)）]/ },
  // The speaker where he speaks: "今天坐在这里,我心里有三点感受", "今天我站在这里,…".
  { id: 'spoken.here-today', kind: 'spoken', pattern: /(?:^|[。！？!?，,：:\n])\s{0,2}(?:今天|此刻|此时)[，,]?\s{0,2}(?:我)?(?:坐|站)在这里[，,]/ },
  { id: 'spoken.let-us', kind: 'spoken', pattern: /让我们/ },
  // The speaker naming the talk's topic: "今天我演讲的主题是:…", "我演讲的题目是《青春无悔》" (a report says 他).
  { id: 'spoken.my-topic', kind: 'spoken', pattern: /(?:^|[。！？!?\n，,:：])\s{0,2}(?:(?:今天|下面|这次)[，,]?\s{0,2})?我(?:要|想)?(?:演讲|讲话|发言|演说)的(?:题目|话题|主题)(?:是|叫)/ },
  // A candidate before a panel: "竞争办公室主任这个岗位", "假如我能竞聘成功".
  { id: 'spoken.candidate', kind: 'spoken', pattern: /(?:竞聘|竞选|竞争)[^。，,]{0,12}(?:岗位|职位|职务|一职)|假如我|如果我(?:能|有幸)?(?:竞聘|当选|竞选)|我(?:竞聘|竞选)的(?:是|岗位)/ },
  { id: 'spoken.self', kind: 'spoken', pattern: /我叫[^，,。]{1,6}[，,](?:今年|现年|来自|现任|是|\d)|我是来自|(?:很|十分|非常|深感)(?:荣幸|高兴)[^。]{0,12}(?:和大家|与大家|同大家|在这里|参加|站在)/ },
  // ── the look-alikes ─────────────────────────────────────────────────────────────────
  // A writing guide explains the parts of a text and shows how to fill them.
  // Not a collection's blurb: "…开场白怎么写?下面我们…给大家精编的14篇…仅供参考".
  {
    id: 'guide.how-to',
    kind: 'guide',
    pattern: /(?:怎么写|怎样写|如何写)(?![^。\n]{0,20}(?:下面|以下|小编|整理|精编|精选|收集|为大家|给大家|供大家|参考))|的写法|写作(?:要点|技巧|方法|格式|要求|时[，,]?\s{0,2}(?:要|应|需|须|必须|一定|注意|首先)|注意事项)/,
  },
  { id: 'guide.parts', kind: 'guide', pattern: /(?:标题|称呼|称谓|正文|开头|结尾|落款|署名)[、和与及,，][^。]{0,12}(?:称呼|称谓|正文|结尾|落款|署名)|(?:一般|通常)(?:由|包括|分为)[^。]{0,24}(?:组成|构成|部分)/ },
  { id: 'guide.form', kind: 'guide', pattern: /(?:致辞|致词|讲话稿?|发言稿?|主持词|开幕词|闭幕词|欢迎词|欢送词|演讲稿|贺词|党课)的?(?:基本|一般|标准)?格式|文种|例\s?文|范例如下|如[:：]?[“《][^”》]{2,40}(?:上的|的)?(?:讲话|致辞|开幕词|闭幕词|主持词|发言)[”》]/ },
  // Worked samples, numbered: "(示例1)" … "(示例2)" between a guide's explanations (one may label a
  // collection's only piece).
  { id: 'guide.samples', kind: 'guide', pattern: /(?:^|\n)[ \t\u3000]{0,4}[（(【]\s?(?:示例|范例|样例|例文)\s?[0-9一二三四五六七八九十]{1,2}\s?[)）】]/g, minCount: 2 },
  {
    id: 'guide.definition',
    kind: 'guide',
    pattern: /* @__PURE__ */ new RegExp(`(?:^|\\n)[^。\\n]{0,8}${SPEECH_GENRE}稿?[，,]?(?:是|即|就是|指)[^。]{0,100}(?:讲话|文稿|应用文|言辞|文体)`),
  },
  // A novel: chapter headings, its site's furniture, dialogue told by a narrator.
  { id: 'novel.chapter', kind: 'novel', pattern: /(?:^|\n)\s*第[\d一二三四五六七八九十百千零两]{1,6}[章回](?!\s*[总附]则)(?:\s|$|[^\n。]{0,20}(?:\n|$))/ },
  { id: 'novel.site', kind: 'novel', pattern: /小说|书屋|追书|书网|(?:^|\n)[^\n]{1,12}\s作品(?:\n|$)|手机浏览器扫描二维码访问|加入书签|章节目录|上一章|下一章|本小?章还?未完(?:[,，。!！]|待续)|点击下一页继续阅读/ },
  {
    id: 'novel.narration',
    kind: 'novel',
    pattern: /说道|笑道|问道|答道|喊道|开口道|话音刚落|点了点头|摇了摇头|摆了摆手|清了清嗓子|皱了皱眉|叹了口气|心里暗|心中暗|接过话筒|(?:快步|大步)走(?:到|上)|扫了一眼|鸦雀无声|(?:他|她)接[着著]说[:：]“/g,
    minCount: 3,
  },
  // Dialogue told line by line: paragraphs that open with a quotation that ends a sentence
  // (“人都来齐了吗？”) or runs on into the next paragraph. A slogan (“科技是第一生产力”。) is not one.
  { id: 'novel.dialogue', kind: 'novel', pattern: /(?:^|\n)“(?:[^”\n]{0,300}[，。！？!?,…—~]”|[^”\n]{0,300}(?=\n|$))/g, minCount: 3 },
  // A news report: agency leads ("湖南教育新闻网讯(通讯员 …)"), reporters, an e-paper's navigation, the meeting told from outside.
  // (reporters who came to report, "…名记者到会报道", are no reporter's byline)
  // (an agency named as the speech's subject, "在中新社成立会上的讲话", is no dateline)
  { id: 'news.lead', kind: 'news', pattern: /本报讯|(?:^|\n)[\u4e00-\u9fff]{2,12}(?:网|报|台)讯[（(\s]|(?:新华社|中新社|中新网)(?:记者|[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日)|[（(]\s{0,2}(?:记者|通讯员)|记者\s?(?![到来赴在对们都也])[\u4e00-\u9fff]{2,3}\s?(?:报道|摄)|据[^。]{0,6}(?:报道|消息)|\d日电/ },
  // A report's dated lead: "5月6日上午,…升旗仪式在学校体育场庄严举行。", "六月五日,…在这里举行…启动仪式", told by no one present (after the
  // report's exclaimed kicker too: "非遗点亮新学期!2月28日上午,…举行…开学典礼"; a wire's "北京时间8月8日,东京奥运会于今天正式闭幕")
  // (a speaker says 今天 and 我们); a wire's day alone with its time ("3日上午,…在中央党校举行开班式").
  { id: 'news.dated-lead', kind: 'news', pattern: /(?:^|\n|^[^。！!\n]{2,24}[！!]\s{0,2})\s*(?:北京时间|当地时间)?(?:(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚上|晚间|早上|晚)?|\d{1,2}日(?:上午|下午|晚上|晚间|早上|晚))[，,][^。\n我们咱]{0,80}?(?:举行|召开|举办|开幕|闭幕)/ },
  { id: 'news.epaper', kind: 'news', pattern: /上一版|下一版|第[A-Z]?\d{1,2}版|PDF版/ },
  // ("传达落实省市有关会议要求", "上级指示和会议要求": the requirements as a speaker's object, not a report's subject;
  // "…代表我去了韩国出席会议,": where someone went, a speaker's errand, not the meeting reported)
  { id: 'news.meeting-told', kind: 'news', pattern: /(?<![实达彻关照据和的及])会议(?:指出|强调|要求|认为|号召|听取|审议通过)|会上[，,](?<=(?:^|[。！？\n])\s{0,4}会上[，,])|出席会议并|(?<![去到赴往][^。，,！？!?]{0,8})(?:主持|出席)(?:了)?(?:会议|开幕式|闭幕式)[。，,]/ },
  // Written documents: notices, reports, regulations.
  { id: 'written.notice', kind: 'written', pattern: /特此(?:通知|通报|公告)|现将[^。]{0,30}(?:通知|通报)如下|(?:^|\n)各有关单位[:：]/ },
  // A plan or rule set saying it was drawn up ("…结合我镇实际,特制定本方案如下:"): a document issued, not a talk.
  { id: 'written.drawn-up', kind: 'written', pattern: /(?:特|现)(?:制定|制订)本?(?:方案|办法|细则|预案|制度|规定|实施意见)|(?:特|现)(?:制定|制订)[^。！？\n]{0,20}(?:方案|办法|细则|预案|制度|规定)如下/ },
  // Appeals and letters open with a salutation too: "…向全体同学发出倡议：", "我们诚挚倡议:", "此致 敬礼".
  // (a speaker's own "在此,我向全体同学发出倡议:" is his speech's: one person turning to the room)
  { id: 'written.appeal', kind: 'written', pattern: /(?<!我向(?:全体|全校|全班|各位|大家|你们)?[\u4e00-\u9fff]{0,6})发出(?:如下|以下)?倡议|特此倡议|我们(?:诚挚|郑重|真诚)地?(?:发出)?倡议[:：]|倡议(?:人|单位)[:：]|此致\s{0,4}敬礼/ },
  // A press lead presenting a letter, whatever the headline calls it ("…在上市前夕写给全体员工的公开信中说,…"),
  // and its label over the letter ("以下为公开信全文:").
  { id: 'written.letter-lead', kind: 'written', pattern: /写给[^。！？!?\n]{2,30}的[\u4e00-\u9fff]{0,4}信(?:中|里)?[，,]?(?:说|写道|表示|指出)/ },
  { id: 'written.letter-full-text', kind: 'written', pattern: /以下(?:为|是)[^。！？!?\n]{0,20}信(?:件)?的?(?:全文|原文|内容)\s{0,2}[:：]/ },
  // A letter's forms: its greeting on its own line under the address ("亲爱的工友:" / "您好!"), one reader greeted
  // where a speaker greets the room ("大家好!"); an address to the Party organisation ("敬爱的党组织:").
  { id: 'written.letter-form', kind: 'written', pattern: LETTER_FORM },
  // A report laid before a congress's standing committee for review (the corpus's convention: a report,
  // whoever reads it out): "我受区人民政府的委托,向区人大常委会报告…,请予审议。"
  { id: 'written.report-for-review', kind: 'written', pattern: /请予审议|受[^。，,]{2,20}委托[，,]?\s{0,2}(?:现)?向[^。，,]{2,20}(?:人大常委会|人民代表大会|代表大会|常委会)(?:作)?报告/ },
  { id: 'written.articles', kind: 'written', pattern: /(?:^|\n)\s*第[一二三四五六七八九十]{1,3}条|第一章\s*总则/g, minCount: 2 },
  // Essays about a speech or a study session.
  { id: 'essay.reflection', kind: 'essay', pattern: /心得体会|读后感|观后感|通过(?:这次|此次|本次)?(?:学习|培训|参观)[，,]?(?:我|使我|让我)/ },
  // A writer telling of ghostwriting someone's speech ("…叫我替他写发言稿", "秘书…替领导写发言稿"): a speaker never tells who
  // wrote his words.
  { id: 'essay.ghostwriting', kind: 'essay', pattern: /(?:替|帮|给)(?:领导|他|她|老板|上司|[\u4e00-\u9fff]{1,3}(?:长|总|书记|主任))(?:们)?(?:起草|撰写|写)(?:一篇|一份)?(?:发言稿|讲话稿|演讲稿|讲稿|致辞稿?)/ },
];
