// Gold specs for holdout round 81, part C (cases 13–18): social science federations and think tanks (社科联 代表大会,
// 社科普及周, 哲学社会科学 工作座谈会, 智库论坛 — 讲话, 致辞, 发言, and their look-alikes).
// Four spoken pieces (a provincial 社科联 leader's 讲话 at a training class for the secretaries-general of its learned
// societies, on the federation's own site (fjskl.org.cn): the headline "<name>:在2012年学会秘书长培训班讲话" naming the
// speaker, a "来源: 福建省社科联 发布时间:2012-06-08" meta line, the speaker's bare name and the speech's date line, each
// between blank lines, "同志们:" / "大家好!", a long opening, a standalone "一、…" heading and a paragraph whose
// "一是…" follows a colon and "二是…" a semicolon, cut mid-phrase ("经过11年"); the CASS president's 讲话 at the academy's
// 2011 工作会议 on a CASS site (chinaps.cass.cn): the 中国社会科学网 bar "社科网首页|论坛|…|邮箱 中国社会科学网", "阅读文章",
// the headline "陈奎元重要讲话:关于…的意见" printed twice around an "作者:陈奎元    文章来源:  " line with an empty source,
// an indented "——在…讲话(2011年3月23日)" subtitle, the byline with his posts, an opening whose "一是…,二是…" follow a
// comma, and a standalone "  一、…" heading, cut mid-word ("数"); a county deputy head's 讲话 at the county's 社会科学普及
// 宣传周 (chinavalue.com.cn): a clean page whose title runs over two lines, the second letter-spaced ("…活动仪式上的" /
// "讲 话"), a byline with the county and the name blanked ("**县人民政府副县长 ***"), the date in brackets, a three-part
// salutation, "**" placeholders in the body, no numbered point; a think-tank chairman's 致辞 at a welcome dinner before a
// forum, on a WeChat-article aggregator (51haodu.com): the headline "…理事长在欢迎晚宴上致辞", a press lead of four lines
// (the forum's organisers over three wrapped lines, one of them an English name in brackets, then "…理事长在欢迎晚宴致辞。")
// over the salutation "各位尊敬的贵宾:", a 徐志摩 quotation, no numbered point) and two written look-alikes (a provincial
// academy of social sciences' news item on its 智库论坛 总结会 (gass.gx.cn): a "日期: … 来源:" line with an empty source and
// no headline in the capture, the meeting told in the third person, a discipline inspector's "提出三点建议:一要…;二要…;
// 三要…。" and the president's "取得了重大成效。一是政治意义大。…二是社会反响强。" — a report, not a speech; a provincial
// 社科联's 通知 issuing its council's 工作报告 (zjskw.gov.cn): a 发布时间 / "|" / 来源 / 浏览 run, a document number, an
// addressee line ending in ":" (looks like a salutation), the issuing body and date, the report's three-line title with its
// "——…工作报告" subtitle, "大会的主要任务是:" and a "一、" heading — a written document, not a speech).
// Judgement calls: 13's title is the headline (the page names the address no other way, as round 38's 02 and 03); the
// meta line is noise; the speaker's bare name under it is dropped as a bare poster/speaker name, but it cannot be listed
// as a noise string (it is a part of the title); the date line stays as the speech's own; "一、…" is a required level-1
// heading; "一是" after a colon and "二是" after a semicolon are optional level-2 points (README: points after a colon or a
// semicolon), their "sentences" run past the cut with no 。, so each text is cut at its first comma. 14's title is the
// headline as printed, "陈奎元重要讲话:" included (the page prints no title without it, as round 41's 13); its second copy
// under the meta line is a repeat (dropped, not listed); the bar, "阅读文章" and the meta line are noise; the "——在…讲话
// (date)" subtitle is a body paragraph and an optional level-1 dash item (whole line, no sentence end); the byline with
// posts stays; the opening's "一是…,二是…" after a comma are prose; "一、放眼世界大局,…" is a required level-1 heading.
// 15's title is both lines as one ("…活动仪式上的讲话", as round 5's 02 and round 38's 01); the byline with its blanked
// names and the bracketed date stay; the page has no noise in the capture. 16's title is the headline; the four-line
// press lead is noise (round 46's 10, round 42's 16), each line listed whole; the quotation with its "……" stays.
// 17 and 18 are written, not speeches.
// Names: living people who are not national public figures were replaced by fictional ones (13's speaker, vice-chairman
// and department head; 16's think-tank chairman; 17's academy leaders and inspectors); 14 keeps 陈奎元 and 王伟光, national
// public figures, as printed; 16 keeps the poet 徐志摩. The prose was rewritten (16's press lead, noise, is kept but for the
// name).
// Looked for and not found on a new host: a 社科联 代表大会 讲话 with 一、 headings on a 范文 site (fswk, xiexiebang and
// chengdu.baogaosu are used; reader8.net is a twin, below); a 社科普及周 启动仪式 致辞 or 讲话 with numbered points (the
// corpus answers with news reports on 社科联 and portal sites; the one speech, 15, has none in its capture); a 哲学社会科学
// 工作座谈会 发言稿 on a 范文 site (fanwenhai is used); a 智库论坛 致辞 with "第一点看法," points (a traditional-script copy
// of a think-tank forum's 致辞 came back with no address); a traditional mirror or a 文库 viewer page on the theme. The
// search budget ran out after ten look-ups, so only 13 carries two or more numbered points; 14 carries one heading and
// an optional dash subtitle.
// Template twins set aside: reader8.net (a 市社科联工作会议讲话稿 with 一、 headings: round 34's reader8.com, the same
// "/data/<yyyymmdd>/<id>.html" site, as round 37's notes say), hamasdt.com (a traditional-script "習(xí)" pinyin mirror under
// "/cn/<col>/…/t<date>_<id>.html", the same mirror as the used 7baotech.com), sspress.cssn.cn (a 致辞 at a journal's
// anniversary: 中国社会科学网 is CASS's, a sister site of 14's chinaps.cass.cn), m.djt5.com, riulidt.cn and jinshusy.com
// (traditional pinyin mirrors of news reports, of the used handmsg/zgkjsz kind).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FJ_TITLE = '谭立诚:在2012年学会秘书长培训班讲话';
const FJ_META = '来源: 福建省社科联 发布时间:2012-06-08';
const FJ_NAME = '谭立诚';

const CASS_BAR = '社科网首页|论坛|人文社区|客户端|官方微博|报刊投稿|邮箱 中国社会科学网';
const CASS_READ = '阅读文章';
const CASS_TITLE = '陈奎元重要讲话:关于当前科研工作的任务和实施创新工程的意见';
const CASS_META = '作者:陈奎元    文章来源:';

const CV_TITLE_1 = '在全县社会科学普及宣传周暨“三下乡”活动仪式上的';
const CV_TITLE_2 = '讲 话';

const HD_TITLE = '贺远舟理事长在欢迎晚宴上致辞';
const HD_LEAD = [
  '6月21-22日,由盘古智库联合北京大学国际关系学院、尼扎米·甘伽维国际中心',
  '(Nizami Ganjavi International Center,以下简称NGIC)',
  '共同主办的“中国在国际关系中的作用:‘一带一路’倡议”论坛在北京举办。',
  '6月20日晚,来自十六个国家,近六十位前政要、外交使节、学者齐聚盘古智库香山总部举行欢迎晚宴。贺远舟理事长在欢迎晚宴致辞。',
];

export const specs = {
  '13-jianghua-fjskl-xuehui-mishuzhang-headline-name-meta-yi-yishi-colon': {
    source: 'https://fjskl.org.cn/contents/602/2741.html',
    kind: 'speech: 讲话 (a provincial 社科联 leader at a training class for the secretaries-general of its learned societies; the federation\'s site)',
    tests: 'the headline naming the speaker ("谭立诚:在2012年学会秘书长培训班讲话") as the title; a "来源: 福建省社科联 发布时间:2012-06-08" meta line; the speaker\'s bare name and the date line "2012年5月31日" on their own lines, all between blank lines; "同志们:" and "大家好!"; a long opening ending "下面我就…讲几点意见,供大家参考。"; a standalone "一、充分肯定…成绩和经验" heading; in the next paragraph "一是…" after a colon and "二是…" after a semicolon, both running past the cut with no full stop; cut mid-phrase ("经过11年")',
    isSpeech: true,
    title: FJ_TITLE,
    noise: [FJ_META, '来源: 福建省社科联'],
    dropLines: [FJ_TITLE, FJ_META, FJ_NAME],
    outline: [
      { level: 1, marker: '一、', text: '充分肯定我省学术社团工作的成绩和经验' },
      { level: 2, marker: '一是', text: '我省从2001年起在所属学术社团中开展创建“标准化学会”活动', optional: true },
      { level: 2, marker: '二是', text: '我省从2002年起在所属学术社团中开展组建党的工作联络小组工作', optional: true },
    ],
  },
  '14-jianghua-cass-gongzuo-huiyi-sitebar-title-twice-dash-subtitle-yi': {
    source: 'http://chinaps.cass.cn/tbgzh/201506/t20150618_2360824.shtml',
    kind: 'speech: 讲话 (the CASS president at the academy\'s 2011 work meeting; a CASS site under the 中国社会科学网 bar)',
    tests: 'a site bar "社科网首页|论坛|人文社区|客户端|官方微博|报刊投稿|邮箱 中国社会科学网" and a "阅读文章" label; the headline "陈奎元重要讲话:关于…的意见" printed twice around an "作者:陈奎元    文章来源:  " line with an empty source and trailing spaces; an indented "——在中国社会科学院2011年度工作会议上的讲话(2011年3月23日)" subtitle; the byline "全国政协副主席、…院长 陈奎元"; two blank lines; no salutation; an opening whose "一是…,二是…" follow a comma (prose); an indented standalone "一、放眼世界大局,…" heading; "——帝国主义阶段" inside a sentence (no dash point); cut mid-word ("数")',
    isSpeech: true,
    title: CASS_TITLE,
    noise: [CASS_BAR, CASS_READ, CASS_META, '文章来源:'],
    dropLines: [CASS_BAR, CASS_READ, CASS_TITLE, CASS_META],
    outline: [
      { level: 1, marker: '——', text: '在中国社会科学院2011年度工作会议上的讲话(2011年3月23日)', optional: true },
      { level: 1, marker: '一、', text: '放眼世界大局,研究正在发生的世界大变动' },
    ],
  },
  '15-jianghua-chinavalue-sheke-puji-zhou-twoline-spaced-title-stars': {
    source: 'https://www.chinavalue.com.cn/article/2012/9/13/929951.html',
    kind: 'speech: 讲话 (a county deputy head at the county\'s 社会科学普及宣传周 and "三下乡" launch; a business-community blog site)',
    tests: 'a clean page: the title over two lines, the second letter-spaced ("在全县社会科学普及宣传周暨“三下乡”活动仪式上的" / "讲 话"); a byline with the county and the speaker blanked ("**县人民政府副县长 ***"); the date in brackets "(2012年9月14日)"; a three-part salutation "各位市民朋友、各位父老乡亲、同志们:" and "大家好!"; "**" placeholders inside the body ("**镇党委", "中共**县委", "构建和谐**"); no numbered point; ends with a full sentence; do-no-harm case',
    isSpeech: true,
    title: '在全县社会科学普及宣传周暨“三下乡”活动仪式上的讲话',
    noise: [],
    dropLines: [CV_TITLE_1, CV_TITLE_2],
    outline: [],
  },
  '16-zhici-51haodu-zhiku-wanyan-headline-press-lead-wrapped': {
    source: 'http://51haodu.com/t/Q0RqTGpLaURISg==',
    kind: 'speech: 致辞 (a think-tank chairman at the welcome dinner before a Belt and Road forum; a WeChat-article aggregator)',
    tests: 'the headline "贺远舟理事长在欢迎晚宴上致辞" as the title; a press lead of four lines above the salutation — the forum\'s organisers wrapped over three lines (one an English name in brackets, "(Nizami Ganjavi International Center,以下简称NGIC)"), then "6月20日晚,…贺远舟理事长在欢迎晚宴致辞。" repeating the headline in the third person; "各位尊敬的贵宾:" / "大家晚上好!"; a 徐志摩 quotation ending "……”"; a "——" inside a sentence (no dash point); no numbered point; ends with the forum\'s theme in quotes',
    isSpeech: true,
    title: HD_TITLE,
    noise: [...HD_LEAD],
    dropLines: [HD_TITLE, ...HD_LEAD],
    outline: [],
  },
  '17-news-gass-zhiku-luntan-zongjiehui-yiyao-yishi-not-speech': {
    source: 'http://www.gass.gx.cn/html/2022/skynews_0107/4624.html',
    kind: 'non-speech: news report (a provincial academy of social sciences on the 总结会 of its China–ASEAN think-tank forum)',
    tests: 'a "日期: 2022-01-07 17:35:19 来源:" line with an empty source and no headline in the capture; "我院召开…总结会", the president "主持会议并作总结讲话" told in the third person; a list of working groups; an inspector "提出三点建议:一要…;二要…;三要…。" after a colon and semicolons; the president\'s "…取得了重大成效。一是政治意义大。…二是社会反响强。" after full stops — a report summarising speeches, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-tongzhi-zjskw-lishihui-gongzuo-baogao-yi-not-speech': {
    source: 'https://www.zjskw.gov.cn/art/2025/11/21/art_1229516287_65912.html',
    kind: 'non-speech: 通知 (a provincial 社科联 issuing its council\'s 工作报告 to its ninth congress; the federation\'s government site)',
    tests: 'the notice\'s title; "发布时间:2025-11-21", a lone "|", "来源:办公室" and an empty "浏览:" each between blank lines; an indented document number "浙社科联发(2025)77号"; an addressee line ending in ":" (looks like a salutation); lines holding a lone space; the issuing body and the date; the report\'s title over three lines and its "——…第八届理事会工作报告" subtitle; "大会的主要任务是:…!"; a "一、过去五年工作回顾和经验启示" heading — a written document (a notice and a 工作报告), not a speech; cut mid-phrase ("全国社科工作办")',
    isSpeech: false,
    title: '关于印发《浙江省社会科学界联合会第八届理事会工作报告》的通知',
    noise: [],
    outline: [],
  },
};
