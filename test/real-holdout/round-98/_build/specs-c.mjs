// Gold specs for holdout round 98, part C (cases 13–18): ethnic unity, the united front, religion and overseas Chinese
// (民族团结进步, 统战, 宗教, 侨联/侨务 — work-meeting speeches, openings, New Year messages, and their look-alikes).
// Four spoken pieces: a 1992 讲话 at the national 宗教局长会议 on a traditional-script Catholic links site (cathlinks.org):
// the title, the speech's own date line "(一九九二年二月二十一日)", the speaker's bare name indented on a line of its own,
// a line holding one space, "同志們:", the page's slips "若幹", "便今年…" and "我獻當前的宗教工作講幾點意見" kept, a
// standalone heading "一、正確分析當前宗教工作的形勢", a paragraph with "主要有這樣幾條:經過…;經過…" (no markers), cut
// mid-sentence; an excerpt of a 1983 开幕词 (邓颖超 at the CPPCC) reprinted on a church's site (zgaxr.com): a welcome bar
// "您好,欢迎来到基督复临安息日会官网", a "返回" button, the site's headline for the excerpt, an "作者:… | 发布时间:…" meta
// line, lines of a lone space, the date line, the speaker's bare name pushed right by 61 spaces, two first-person
// paragraphs (one with a stray space "和 共同进步" and the source's slip "宗教界人和"), the compiler's footnote
// "*这是邓颖超同志在…开幕词的一部分。", a "• 账号登录" footer; an untitled 2008 New Year 致辞 of the 国务院侨务办公室 on a
// traditional mirror with converter pinyin (jiuxingjy.com): the salutation "親愛(ài)的僑胞們、朋友們:" and the first
// paragraph on one line separated by a space, pinyin after every 愛 務 節 過 開 會 設 創 藍 進 學 觀 擴 經 濟 長 優 態 滿
// 來 聯 發 (會 always written "(huì )" with a space before the bracket), cut mid-sentence ("努力"); a students' 民族团结
// 演讲稿 on a 范文 site (m.80end.cn) whose page title "【《民族团结演讲稿优秀范文》】" is glued before the salutation,
// complete down to "谢谢大家!". And two look-alikes: a provincial 侨联's news item (zjsql.com.cn) whose headline
// "会领导在全国侨联联络工作会议上作典型发言" names a 发言, printed three times around a timestamp and a kicker/subhead
// pair, under a "点击进入侨情管理信息系统" link; the chairman's "四点意见:一要…;二要…;三要…;四是要…" reported after a
// colon and the province's 典型发言 told in the third person — a news report, not a speech; a web-novel chapter page
// (m.biquto.com, page 2 of 2) with reader chrome ("关灯 护眼 舒适 字体:", "上一页(2/2) 目录 下一章 繁体版", a 转码页面
// notice with the real address), opening mid-word ("会,一连…") and ending in the narrator's quoted pep talk
// "“…首先我想跟大家讲两点个人看法。第一“索玛歌会”…" — a novel, not a speech.
// Judgement calls: 13's bare name line "陳俊生" carries no position → noise (as round 10's 05 and 11); the date line stays;
// "一、…形勢" is a required level-1 heading (whole line); the slips stay as printed. 14 is a speech: the document is the
// excerpted 开幕词 itself, in the first person ("我们要…"); its headline is the page's title for it (as round 72's 03),
// and its opening sentence, which the headline repeats, stays in the body (it is the speaker's own sentence, not a
// repeat of the title); the welcome bar, "返回", the meta line and "• 账号登录" are noise; the bare name line is dropped
// from the paragraphs but not listed as noise, because the name recurs in the compiler's footnote, which stays as the
// document's own source note (as footnotes do); no outline. 15 has no title line (""), the glued salutation stays glued
// (no break is invented); the pinyin is cut by one regular expression and every hit is noise; no outline. 16's title is
// the page title without its 【《…》】 decoration (the words, 范文 included, kept); it is glued before the salutation and is
// cut off the first line by one replace; it equals the title, so it is not listed as noise; "比如," is prose; no outline;
// noise is empty. 17 and 18 are written, not speeches.
// Living people's names that are not public figures were replaced (17's provincial vice-chairman; 18's festival is
// renamed); the national 侨联 leaders, the former foreign minister and the 1980s–1990s state leaders are public figures.
// Looked for and not found on a new host: a 民族团结进步表彰大会 讲话 (biganzizhijia, plzso, studyofnet, m.studyofnet and
// mingyanjiaju carry them and are used; cailiaogo's 示范县推进会 讲话 with 一、 is used too); a 统战工作会议 讲话 with
// 一、/（一）/一是 (wentop's 文鼎文库 page with a 【提纲】 line and tzb.huaian.gov.cn's 统战 座谈会 讲话 with 一、/（一）/一是
// are used; wnwk and xiaomilidoc viewers are used; a "德育素材网" 县委统战工作会议 讲话 with 第一, came without an address);
// a 宗教界 座谈会 讲话 (every hit was a third-person news report: 92880, rmrb.online, fojiaonet, 93.gov.cn, 中評社);
// a 侨联代表大会 致辞 (focat.org.tw's 开幕典礼 致詞 and npc.gov.cn's 侨代会 祝词 are used; the rest were reports); a 决定 on
// the theme on a new host (the 国务院 表彰 决定 pages were on 218.28.6.71, zh.m.wikisource.org, one with no address, and
// ask.fsou.com, a twin of the used fymate.net's "/html/text/lar/" template) — so 17 is the news report and 18 a novel in
// the 决定's place. Only 13 carries a numbered point; a second speech with two or more numbered points on an unused host
// did not turn up.
// Template twins set aside: ask.fsou.com (fymate.net's "/html/text/lar/<n>/<n>.html" template), wulumuqi.baogaosu.com and
// haerbin.baogaosu.com (sister city sites of the used lanzhou.baogaosu.com), chinanews.com (the used chinanews.com.cn's
// organisation), www.chinaql.org/BIG5 (people.cn's CMS, as the used dangshi.people.com.cn), m.kaoyanmiji.com and
// cooco.net.cn (used; "小编" promo collection pages), nhlseattlekrackheads.com (a traditional "時間:… 作者:… 演講稿" page with
// a 范文社小编 promo and "…小學生1" piece headings — the ruiwen-style head), h-kakyokajin.com and liuliang163.com (a second
// 侨办 New Year message was left aside in favour of one).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CL_TITLE = '在全國宗教局長會議上的講話';
const CL_NAME = '陳俊生';

const AX_WELCOME = '您好,欢迎来到基督复临安息日会官网';
const AX_BACK = '返回';
const AX_TITLE = '宗教信仰自由是我国一项长期的政策';
const AX_META = '作者:邓颖超 | 发布时间:2011-04-20';
const AX_NAME = '邓颖超';
const AX_LOGIN = '• 账号登录';

const PINYIN = '\\([a-zàáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]+ ?\\)';

const BE_TITLE_GLUED = '【《民族团结演讲稿优秀范文》】';

export const specs = {
  '13-jianghua-cathlinks-zongjiao-juzhang-big5-date-barename-yi': {
    source: 'https://cathlinks.org/chn-7.htm',
    kind: 'speech: 讲话 (a state councillor at the 1992 national meeting of religious-affairs bureau heads; traditional script, links site)',
    tests: 'traditional script; the title; the speech\'s own date line "(一九九二年二月二十一日)"; the speaker\'s bare name "陳俊生" indented on its own line; a line holding one space; "同志們:"; blank lines between paragraphs; the source\'s slips kept ("若幹", "便今年的宗教工作…", "我獻當前的宗教工作講幾點意見"); a standalone heading "一、正確分析當前宗教工作的形勢"; a paragraph with "主要有這樣幾條:經過…;經過…;經過…" and no markers; cut mid-sentence ("政治覺悟")',
    isSpeech: true,
    title: CL_TITLE,
    noise: [CL_NAME],
    dropLines: [CL_TITLE, CL_NAME],
    outline: [
      { level: 1, marker: '一、', text: '正確分析當前宗教工作的形勢' },
    ],
  },
  '14-kaimuci-zgaxr-zongjiao-xinyang-excerpt-church-header-footnote': {
    source: 'http://www.zgaxr.com/item/418.aspx',
    kind: 'speech: 开幕词 (an excerpt of a 1983 CPPCC opening address on ethnic unity and religious freedom, reprinted on a church\'s site)',
    tests: 'a welcome bar "您好,欢迎来到基督复临安息日会官网" and a "返回" button; the site\'s headline for the excerpt (its own first sentence); an "作者:邓颖超 | 发布时间:2011-04-20" meta line; lines of a lone space; the date line "(一九八三年六月四日) " with a trailing space; the speaker\'s bare name pushed right by 61 spaces; two first-person paragraphs ("我们要…"), one with a stray space ("和 共同进步") and the slip "宗教界人和"; the compiler\'s footnote "*这是…开幕词的一部分。"; a "• 账号登录" footer; no salutation, no markers',
    isSpeech: true,
    title: AX_TITLE,
    noise: [AX_WELCOME, AX_BACK, AX_META, AX_LOGIN],
    dropLines: [AX_WELCOME, AX_BACK, AX_TITLE, AX_META, AX_NAME, AX_LOGIN],
    outline: [],
  },
  '15-zhici-jiuxingjy-qiaoban-xinchun-big5-pinyin-salutation-glued': {
    source: 'http://www.jiuxingjy.com/shipin/2008-02-05/news2828.html',
    kind: 'speech: 致辞 (the 国务院侨务办公室\'s 2008 New Year message to overseas Chinese; traditional mirror with converter pinyin)',
    tests: 'no title line; the salutation "親愛(ài)的僑胞們、朋友們:" and the first paragraph on one line separated by a space; converter pinyin after every 愛 務 節 過 開 會 設 創 藍 進 學 觀 擴 經 濟 長 優 態 滿 來 聯 發, "會(huì )" always with a space before the bracket; years in digits; "剛剛過去的2007年" opening two paragraphs; no markers; cut mid-sentence ("努力")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '16-yanjiang-80end-minzu-tuanjie-bracket-title-glued': {
    source: 'http://m.80end.cn/jxfw/202507/339037.html',
    kind: 'speech: 演讲稿 (a student\'s speech on ethnic unity on a 范文 site)',
    tests: 'the page title in 【《…》】 glued before the salutation "尊敬的老师、亲爱的同学们:" on the first line; no other site noise; "比如," twice as prose (not a marker); the complete speech down to "谢谢大家!"',
    isSpeech: true,
    title: '民族团结演讲稿优秀范文',
    noise: [],
    replace: [[BE_TITLE_GLUED, '']],
    outline: [],
  },
  '17-news-zjsql-qiaolian-lianluo-yiyao-not-speech': {
    source: 'http://www.zjsql.com.cn/index.php?m=content&c=index&a=show&catid=14&id=17406',
    kind: 'non-speech: news report (a provincial 侨联 site on the national 侨联 liaison-work meeting and its own 典型发言)',
    tests: 'a "点击进入侨情管理信息系统" link line; the headline "会领导在全国侨联联络工作会议上作典型发言" (names a 发言) printed three times, around a timestamp and a kicker/subhead pair; the meeting and its attendance in the third person; the chairman\'s "四点意见:一要…;二要…;三要…;四是要…" reported after a colon; the province\'s 典型发言 named by its 《…》 title and summarised in the third person — a news report, not a speech; cut mid-word ("联")',
    isSpeech: false,
    title: '会领导在全国侨联联络工作会议上作典型发言',
    noise: [],
    outline: [],
  },
  '18-novel-biquto-xianwei-shuji-shouxian-diyi-not-speech': {
    source: 'http://m.biquto.com/113746/252-2.html',
    kind: 'non-speech: novel (page 2 of a web-novel chapter in which a county party secretary rallies a preparatory meeting)',
    tests: 'a chapter line "94.92、风云突变  县委书记的官途:青云直上"; reader chrome "关灯 护眼 舒适     字体:" and "上一页(2/2) 目录 下一章 繁体版"; a 转码页面 notice with the real address; the page opens mid-word ("会,一连…"); first-person narration of an ethnic festival; the narrator\'s quoted pep talk "“…首先我想跟大家讲两点个人看法。第一“索玛歌会”…" (首先 and a bare 第一 inside quotes) — a novel, not a speech; cut mid-word ("各部")',
    isSpeech: false,
    title: '风云突变',
    noise: [],
    outline: [],
  },
};
