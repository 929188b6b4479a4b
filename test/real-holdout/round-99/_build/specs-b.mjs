// Gold specs for holdout round 99, part B (cases 07–12): courts, procuratorates and legal aid (法院, 检察, 法律援助,
// 国家宪法日 — leaders' remarks, a 宪法日 演讲 and 国旗下讲话, and their written look-alikes).
// Three spoken pieces (a court leader's 讲话 at the groundbreaking of a county court's new 审判大楼 on a 范文 site
// (gou999): a breadcrumb that opens "1. 首页 > 讲话稿 > 奠基仪式主持词 > …正文" (an arabic "1." that is no point), the title
// twice, an "更新时间:" line, a stray category label "奠基仪式主持词", a "以下是为您推荐的《…》,希望能对您的工作、学习、生活有
// 帮助,欢迎阅读参考!" promo, a salutation with trailing spaces, placeholders "某县"/"平安某某", no numbered points in the
// capture, cut mid-word; a pupil's untitled 宪法 演讲 on a bare page (hnyeqi): a whitespace-only first line, the greeting
// with a colon, a self-introduction naming the speech's topic in 《》, paragraphs opening "宪法——…" (a dash inside the line,
// not at its start), "看!/瞧!/听!" paragraphs, the closing "我的演讲到此结束,谢谢大家!" — no site noise at all; a teacher's
// 国旗下讲话 for 国家宪法日 on a middle school's ceremony page (xtzx.shfxjy.cn): two leftover Adobe Flash lines, a "校园新闻"
// column label, the headline "【主题教育】<theme> ——<school>国家宪法日主题升旗仪式", a 发布日期/发布人 line, the school's intro
// paragraph, a 主持人 line, the ceremony's program items "一、本周升旗手" (two name lines and a profile paragraph of the
// flag-raisers) and "二、国旗下讲话", a lead sentence naming the teacher and the theme, then the speech, cut mid-sentence)
// and three written look-alikes (a traditional-script mirror (wxchl) of a city procuratorate's news report on its 刑事检察
// work meeting: converter pinyin after every occurrence of the characters the page annotates
// (會, 強, 務, 發, 關, 機…; 檢 and 議 bare), a mis-encoded run "奮勇?tīng)?zhēng)先", the chief procurator reported in the third person (指出/強調), and his
// "四点要求, 一要…。二要…。三要…。四要…。" — 一要 after a comma and a space, 二要…四要 after full stops — a report, not a
// speech; a banner's government-affairs page (swgk.naimanyun.cn) digesting a court president's 党课: a third-person framing
// line "<name>院长党课内容主要围绕…两个方面展开。", "(一)…"/"(二)…" heading lines, block "一是…/二是…/三是…" lines and a
// second block "一是…/二是…" run under 三是 — a summary of a lecture without title, salutation or address, not a speech;
// a traditional mirror (spics.org.cn) of a Xinhua report on the 最高检's 检察开放日: toneless pinyin glued after many
// characters, some doubled ("日(ri)(ri)", "檢(jian)(jian)"), a simplified leftover "心里"/"承前啟后", the chief procurator's
// words reported with 表示/指出 and "一方面…;另一方面…" — a report, not a speech).
// Judgement calls: 07's title is the document's own title (the line under the breadcrumb, printed twice; the second copy
// equals it and is dropped, not listed); the breadcrumb, the 更新时间 line, the category label and the promo are noise; the
// breadcrumb's "1." is a list number of the site's navigation, not an outline item; outline empty. 08 has no title line
// (the topic stays inside its sentence, as round 6 case 07), no noise and no outline. 09 is a speech page as round 9's
// ceremony page (case 05): the Flash lines, the column label, the meta line, the school's intro paragraph, the 主持人 line,
// the program items "一、本周升旗手"/"二、国旗下讲话" with the name lines and the flag-raisers' profile, and the lead sentence
// "…以“…”为题作国旗下讲话。" are the site's (noise, as the press lead of round 72 case 02); the headline's "【主题教育】" tag
// and its "——…主题升旗仪式" tail name the column and the ceremony, so the title is the theme "宪法之光,照亮成长之路" (the
// speech's own name, printed in the headline and quoted in its first sentence); "一、"/"二、" are the ceremony page's
// items, not the speech's, so the outline is empty. 10–12 are written, not speeches (isSpeech false, no outline; their
// captures show no headline, so title ""). Names of living people who are not public figures (the officials of 庆阳, the
// court president, the reporter, the pupils, the teachers, the host) were replaced by fictional ones; 张军 (the 最高检's
// chief procurator) stays; the prose was rewritten; the children's names in 09's noise lines were replaced too (the lines
// are otherwise as printed).
// Looked for and not found on a new host: a 法院/检察 工作会议 讲话 with 一、/(一) or 一是 points (the hits were news reports
// of meetings, court sites on one CMS, novels, 工作报告 to the people's congress (rdgb.gsrdw, qxxrkj, yestaryl mirror), or on
// used hosts: wenku.docs.qq.com, gongwk, renrendoc, m.wenke99, 010zaixian, laobiganzi); a 法律援助 座谈会 发言 or 致辞 (56brand,
// m.huaboedu with 一、/一是, m.zixin with 首先/其次/第三/最后 are used; the rest were news); a 宪法日 讲话 with numbered points
// (syjzedu with 一、二、三、, ttzyw with inline 1、2、3、, zwsy.czedu with 第一;第二;第三, fanwenbaba, doudoujiedu, book118 are
// used); a 判决书 (the corpus returned only guides to writing one and articles about judgments); an 通报. So none of the
// three speeches carries numbered points inside its capture, and the part has three look-alikes instead of two.
// Template twins set aside: yueliangs.com (a 政法工作会议 讲话 with "一、" — the "/fanwen/address/<col>/<id>.html" farm of the used
// yndrh.com); shanhaijingshui.cn, 56y.cn and snfmxh.com (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo);
// m.hlpnr.cn (the "在日常学习、工作或生活中,大家总少不了接触作文或者范文吧…(优质8篇)" collection template, used before);
// agnbn.com (used; its "下面是小编为大家整理的…(精选文档),供大家参考。" head too); cdfy.scssfw.gov.cn,
// jlsyzy.e-court.gov.cn, hnyyzy.hunancourt.gov.cn, glzy.gxcourt.gov.cn, lfacqfy.hebeicourt.gov.cn (the courts' shared
// "/article/detail/<yyyy>/<mm>/id/<n>.shtml" CMS with "当前位置… / 分享到: / 发布时间:… 打印 字号:", as the used
// sxtyzy.shanxify.gov.cn and hebeicourt.gov.cn); ppdoc.com and jxxfw.com ("论文部分内容阅读" journal pages, soolun's template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GO_CRUMB = '1. 首页 > 讲话稿 > 奠基仪式主持词 > 法院新审判大楼奠基仪式领导讲话正文';
const GO_TITLE = '法院新审判大楼奠基仪式领导讲话';
const GO_META = '更新时间:2020-11-13 10:11:21';
const GO_CAT = '奠基仪式主持词';
const GO_PROMO = '以下是为您推荐的《法院新审判大楼奠基仪式领导讲话》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!';

const XT_FLASH = '此页面上的内容需要较新版本的 Adobe Flash Player。';
const XT_FLASH2 = '获取 Adobe Flash Player';
const XT_COL = '校园新闻';
const XT_HEAD = '【主题教育】宪法之光,照亮成长之路 ——肖塘中学国家宪法日主题升旗仪式';
const XT_TAG = '【主题教育】';
const XT_SUB = '——肖塘中学国家宪法日主题升旗仪式';
const XT_META = '发布日期:2024-12-02   发布人:肖塘中学';
const XT_INTRO = '今年的12月4日是我国第十一个国家宪法日。宪法是一个国家的根本法,是治国安邦的总章程,是党和人民意志的集中体现。国家宪法日是为了增强全社会的宪法意识、弘扬宪法精神、加强宪法实施、全面推进依法治国。';
const XT_HOST = '本周升旗仪式主持人:六(3)中队 思远';
const XT_ITEM1 = '一、本周升旗手';
const XT_NAME1 = '六(3)中队 钱子墨';
const XT_NAME2 = '六(3)中队 陆可欣';
const XT_PROFILE = '本周升旗手是来自六(3)甘草中队的钱子墨与陆可欣。钱子墨是中队的副中队长和数学课代表。他性格活泼开朗,兴趣爱好广泛,有篮球、书法、写作等。陆可欣担任中队长一职,她乐观向上,品学兼优,积极参加学校组织的活动,在队员中起到了带头作用。她坚持练习古筝、中国舞等兴趣爱好,努力成长为一个全面发展的好队员。';
const XT_ITEM2 = '二、国旗下讲话';
const XT_LEAD = '道德与法治老师沈立平以“宪法之光,照亮成长之路”为题作国旗下讲话。';
const XT_NOISE = [XT_FLASH, XT_FLASH2, XT_COL, XT_TAG, XT_SUB, XT_META, XT_INTRO, XT_HOST, XT_ITEM1, XT_NAME1, XT_NAME2, XT_PROFILE, XT_ITEM2, XT_LEAD];

export const specs = {
  '07-jianghua-gou999-fayuan-dianji-crumb-title-twice-promo': {
    source: 'http://www.gou999.com/jianghuagao/41392.html',
    kind: 'speech: 讲话 (a county court leader at the groundbreaking of the court\'s new 审判大楼; 范文 site)',
    tests: 'a breadcrumb opening with a list number "1. 首页 > 讲话稿 > 奠基仪式主持词 > <title>正文" (an arabic "1." that is navigation, not a point); the title twice with a blank line between; an "更新时间:2020-11-13 10:11:21" line; a stray category label "奠基仪式主持词" on its own line; a "以下是为您推荐的《<title>》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!" promo; the salutation "尊敬的各位领导、各位来宾、同志们、朋友们:" and "大家上午好!" with trailing spaces; welcome and thanks, the court\'s record and the need for the building, with placeholders "某县", "平安某某"; no numbered points; cut mid-word ("律")',
    isSpeech: true,
    title: GO_TITLE,
    noise: [GO_CRUMB, GO_META, GO_CAT, GO_PROMO, '以下是为您推荐的'],
    dropLines: [GO_CRUMB, GO_TITLE, GO_META, GO_CAT, GO_PROMO],
    outline: [],
  },
  '08-yanjiang-hnyeqi-xianfa-student-untitled-bare': {
    source: 'http://hnyeqi.com/html/article904143.html',
    kind: 'speech: 演讲 (a middle-school pupil on the 宪法; bare article page)',
    tests: 'a whitespace-only first line; no title line, no site noise; the greeting "老师们、同学们,大家好:" with a colon; a self-introduction naming the school and the topic in 《》 inside its sentence; three paragraphs opening "宪法——…" (a dash after a word, not a dash point); a quoted objection; exclamations; "看!…", "瞧!…", "听!…" paragraphs (no markers); the closing "我的演讲到此结束,谢谢大家!"; the whole piece in the capture',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '09-guoqixia-shfxjy-xianfari-ceremony-page-flash-yi-er-items': {
    source: 'http://www.xtzx.shfxjy.cn/jwxw/183384.htm',
    kind: 'speech: 国旗下讲话 (a 道德与法治 teacher on 国家宪法日; a middle school\'s ceremony page)',
    tests: 'two leftover Adobe Flash lines; a "校园新闻" column label; the headline "【主题教育】宪法之光,照亮成长之路 ——肖塘中学国家宪法日主题升旗仪式" (column tag, the speech\'s theme, the ceremony after a space and "——"); a "发布日期:… 发布人:…" line with runs of spaces; the school\'s intro paragraph on 宪法日; a 主持人 line; the ceremony\'s program items "一、本周升旗手" (two "六(3)中队 <name>" lines and a profile paragraph of the flag-raisers) and "二、国旗下讲话" — page items, not the speech\'s outline; a lead sentence "…老师<name>以“<theme>”为题作国旗下讲话。"; then the speech: salutation, "大家好!今天,我国旗下讲话的主题是:“<theme>”。", two paragraphs; cut mid-sentence ("法治")',
    isSpeech: true,
    title: '宪法之光,照亮成长之路',
    noise: XT_NOISE,
    dropLines: [XT_FLASH, XT_FLASH2, XT_COL, XT_HEAD, XT_META, XT_INTRO, XT_HOST, XT_ITEM1, XT_NAME1, XT_NAME2, XT_PROFILE, XT_ITEM2, XT_LEAD],
    outline: [],
  },
  '10-news-wxchl-qingyang-xingshi-jiancha-big5-pinyin-yiyao-not-speech': {
    source: 'http://wxchl.com/info/1002/25083.htm',
    kind: 'non-speech: news report (a city procuratorate\'s 刑事检察 work meeting and awards; traditional-script mirror)',
    tests: 'traditional script with converter pinyin after every occurrence of some characters ("會(huì)", "檢察長(zhǎng)", "強(qiáng)調(diào)" with the converter\'s diào); a mis-encoded run "奮勇?tīng)?zhēng)先"; a space before a quote ("重要 “窗口”"); no headline in the capture; the chief procurator reported in the third person (出席會議并講話, 指出, 強調); "提出了四點要求, 一要…。二要…。三要…。四要…。" — 一要 after a comma and a space, 二要–四要 after full stops — a report, not a speech; a simplified leftover "隨后"; cut mid-word ("作了交")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-naimanyun-fayuan-dangke-digest-paren-yishi-not-speech': {
    source: 'https://swgk.naimanyun.cn/front/information/16128',
    kind: 'non-speech: digest of a court president\'s 党课 (a banner\'s government-affairs page)',
    tests: 'no headline in the capture; a third-person framing line "<name>院长党课内容主要围绕…两个方面展开。"; heading lines "(一)兑现党员承诺,争当合格法官" and "(二)牢记初心使命,全面提升自我"; a space after a full stop mid-paragraph; block "一是…。"/"二是…。"/"三是…。" lines under (二), then a second block run "一是…"/"二是…" under 三是 — a summary of the lecture\'s content with no title, salutation or address, not a speech; cut mid-word ("法")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-spics-jiancha-kaifangri-big5-pinyin-every-char-yifangmian-not-speech': {
    source: 'http://spics.org.cn/politics/2018-05/30/c_1122914349.htm',
    kind: 'non-speech: news report (Xinhua on the 最高检\'s 检察开放日 for minors; traditional-script mirror)',
    tests: 'traditional script with toneless pinyin glued after many characters, some doubled ("日(ri)(ri)", "檢(jian)(jian)", "關(guan)(guan)", "國(guo)(guo)"), the annotated set changing between the two paragraphs; a "新華社北京…電(記者…)" dateline; simplified leftovers ("心里", "承前啟后"); the chief procurator\'s words reported with 表示/指出 and "一方面…;另一方面…" (never a marker) — a report, not a speech; ends with the article',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
