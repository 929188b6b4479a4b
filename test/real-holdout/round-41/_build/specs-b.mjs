// Gold specs for holdout round 41, part b (cases 07–12): party-building and discipline-inspection sites, 机关党建 pages,
// 组织部/宣传部/纪委 sites and 党建 columns of enterprises and schools. Four spoken pieces (a city bureau leader's 微党课
// to the bureau's organ party members (shouyouha), its title with a colon subtitle on the first line and no other site
// noise, "x" placeholders for the party's figures, a lead paragraph whose "一是…;二是…;三是…" runs after a comma (prose),
// a standalone "一、…" heading, a "我讲四个问题,第一个问题是…;第二问题是…" enumeration after a comma (prose) and then a
// paragraph opening "第一个问题,…。" (an ordinal the rule table does not list), cut mid-phrase ("其中在"); a city
// organisation-department leader's 讲话 at a 机关党建 theory symposium (xiezuozhinan), the title line with "(理论研讨会)" in
// ASCII parentheses, then the site's category-plus-keyword line "党建工作党建工作推进会上的讲话", every paragraph indented
// by four spaces, no salutation, a "*" placeholder for the speakers' names, "下面,我就…讲三点意见。" and a standalone
// "一、…" heading, cut mid-word ("不断"); a district secretary's 主持讲话 at the first seminar of a discipline-study
// campaign (shituxiezuo), the title carrying the site's length tag "(2698字)", the site's "**" over the campaign's name
// (also inside the book title "《中国共产**律处分条例》") and "***" over the leader's name, the stage direction
// "…………(交流发言完毕)" on its own line, "我再讲三点意见。" and a standalone "一、…" heading, no blank lines, cut
// mid-sentence; a middle school's 第11周国旗下讲话 on the 19th Party Congress in the school site's 德育 column (bngz.exx.cn):
// "网站导航" and "栏目导航" lines, a "您现在的位置首页 >>德育纵横>>青春励志" breadcrumb, the title, a
// "发布时间:…   点击:   来源:原创   录入者:…" meta line with an empty 点击 field, the salutation "老师们,同学们:", the
// site's lost 年/月 in "20171018日" and "自20171月以来", the slip "等过" kept, cut mid-phrase) and two written look-alikes
// (a signed article in a 市直机关党建 site's "三级书记谈清廉" column (ldjgdj.gov.cn): the column headline
// "… | <article title>", an "浏览次数: 作者: … 发布时间:…" line, a 编者按, the article title again, the author's posts as a
// byline, then block "一是坚守道德底线。" / "二是…" / "三是…" paragraphs — a written 署名文章, not a speech; a university
// party-affairs site's news report of a "书记院长讲党课" event (dwgk.sues.edu.cn): "站内搜索:", the headline twice around a
// "发布时间: … 浏览次数: 147" line, a "来源:…;作者:…" line, the lost 月 in "528日", stray quotes "“三大纪律”““等", a run
// of six blank lines, and the lecturers' talks told in the third person ("蒋书记借助…", "指出") — a report, not a speech).
// Judgement calls: 07's first line is the document's own title, dropped and not listed (no site noise, as round 34's
// 39ysw page); the item text of "一、" is the whole heading line; "第一个问题," opens its paragraph and a reader takes it
// for the first of the announced four points, but the rule table has no "第一个问题" ordinal, so the item is optional
// (level 2, under 一、), its text the first sentence "新时代党的建设总要求是什么"; the comma-led 一是/二是/三是 and
// 第一个问题是/第二问题是 runs are prose. 08's title keeps "(理论研讨会)" (part of the meeting's name, not a site tag); the
// second line "党建工作党建工作推进会上的讲话" is the site's category "党建工作" glued to a keyword title, noise as a whole.
// 09's title drops the length tag "(2698字)" (noise; the tagged title line is listed whole, as round 1's wuxingwenku
// page) and keeps the site's "**"; the stage direction stays as the chair's script. 10's nav lines, breadcrumb and meta
// line are noise; its title "第11周国旗下讲话" is the page's own headline (the school's name for the weekly talk); no
// outline (nothing numbered in the capture). 11 and 12 are written, not speeches. All private people's names are
// fictional (10's 录入者, 11's author, 12's author and the three lecturers).
// Looked for and not found on a new host: a 警示教育大会 讲话 with 一、/(一) outside used template farms (wenmizhiyou,
// haowensou, gongwk, bimoxiezuo/m.bimoxiezuo, laobiganzi, 7rdy are used); a 专题组织生活会 个人对照检查发言 (the corpus answers
// with meeting reports and procedure pages: jidianku, 3dmxku, ggfwb, meipian); a 主题教育 动员部署会 讲话 in traditional
// script or in a 文库 viewer (wnwk/m.wnwk, wenke99, xiaomilidoc, gongwk are used); a 主题教育 实施方案 page (weilaioem's
// traditional 微党课展评 方案 is a used host, laobiganzi too); a company 党建 column printing a full 党课 (whlksw is used).
// Template twins set aside: guanshanwenku.com ("/dangkepeixun/<yyyy>/<mm>/<id>.html", header "文似观山不喜平 — —
// 观山文库◆…" and "admin 分享 时间: 加入收藏 共计…个字,预计阅读时长…分钟", the sucai198 template of round 24);
// hxatcapital.com (the "/zhuantifanwen/<col>/<yyyy>/<mmdd>/<id>.html" farm); biganziwuyou.com and cailiaogo.com
// ("/index/article/detail/detail_id/" twins of haowensou/xiebiwenku); m.07608.cn (used). Compared and kept: 09's
// "(2698字)" length tag is also printed by maok.cn (round 18) and the "(全文…字)" sites (wuxingwenku, xiegongwen), but
// shituxiezuo prints the title once, without blank lines, under a different URL scheme; 08's indented paragraphs recall
// kuaisuzugao/qingsongxiezuo, but those print the bare title twice, not a category-plus-keyword line.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SY_TITLE = '在市局机关党课上的讲话:深入学习贯彻习近平新时代中国特色社会主义思想';

const XZ_TITLE = '在党建工作推进会(理论研讨会)上的讲话';
const XZ_TAG = '党建工作党建工作推进会上的讲话';

const ST_TITLE = '区委书记在**学习教育专题研讨会上的主持讲话';
const ST_COUNT = '(2698字)';
const ST_LINE = ST_TITLE + ST_COUNT;

const BN_NAV1 = '网站导航';
const BN_NAV2 = '栏目导航';
const BN_CRUMB = '您现在的位置首页 >>德育纵横>>青春励志';
const BN_TITLE = '第11周国旗下讲话';
const BN_META = '发布时间:2017-12-11   点击:   来源:原创   录入者:岑立';

export const specs = {
  '07-dangke-shouyouha-jiguan-weidangke-yi-diyigewenti': {
    source: 'https://www.shouyouha.com/373847.html',
    kind: 'speech: 党课 (a 微党课 given by a city bureau\'s leader to the bureau\'s organ party members)',
    tests: 'the document\'s own title with a colon subtitle on the first line and no other site noise; "同志们:"; a lead paragraph whose "一是篇幅尽量压短…;二是…;三是…" runs after a comma (prose); a standalone "一、新时代…的内容" heading; "我讲四个问题,第一个问题是…;第二问题是…" after a comma (prose); a paragraph opening "第一个问题,新时代党的建设总要求是什么。" (an ordinal not in the rule table: optional level-2 point); "x" placeholders for counts; cut mid-phrase ("其中在")',
    isSpeech: true,
    title: SY_TITLE,
    noise: [],
    dropLines: [SY_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '新时代中国特色社会主义思想包含党建工作的内容' },
      { level: 2, marker: '第一个问题,', text: '新时代党的建设总要求是什么', optional: true },
    ],
  },
  '08-jianghua-xiezuozhinan-jiguan-dangjian-tag-line-indent-yi': {
    source: 'https://www.xiezuozhinan.com/203523.html',
    kind: 'speech: 讲话 (a city organisation-department leader at the 机关党建 theory symposium)',
    tests: 'the title line "在党建工作推进会(理论研讨会)上的讲话" with ASCII parentheses that belong to the name; the site\'s category-plus-keyword line "党建工作党建工作推进会上的讲话" under it (noise); every body line indented by four spaces; no salutation; a "*" placeholder for the speakers ("刚才*等4位同志"); "下面,我就…讲三点意见。" on its own line; a standalone "一、提高认识,…的重要性" heading; quoted campaign names; cut mid-word ("不断")',
    isSpeech: true,
    title: XZ_TITLE,
    noise: [XZ_TAG],
    dropLines: [XZ_TITLE, XZ_TAG],
    outline: [
      { level: 1, marker: '一、', text: '提高认识,认清做好机关党建工作的重要性' },
    ],
  },
  '09-zhuchi-shituxiezuo-xuexi-jiaoyu-yantao-zishu-stars-yi': {
    source: 'https://shituxiezuo.com/110971.html',
    kind: 'speech: 主持讲话 (a district party secretary chairing the first seminar of a discipline-study campaign)',
    tests: 'the title with the site\'s length tag glued after it ("…主持讲话(2698字)"); the site\'s "**" over the campaign\'s name, also inside a book title ("《中国共产**律处分条例》"), and "***总书记" (kept); "同志们:"; the stage direction "…………(交流发言完毕)" on its own line; "我再讲三点意见。" then a standalone "一、深刻认识…的极端重要性" heading; quoted phrases "最重要、最根本、最关键", "两个确立", "两个维护"; no blank lines; cut mid-sentence ("才不会")',
    isSpeech: true,
    title: ST_TITLE,
    noise: [ST_LINE, ST_COUNT],
    dropLines: [ST_LINE],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识政治纪律和组织纪律的极端重要性' },
    ],
  },
  '10-jianghua-bngz-guoqixia-shijiuda-nav-crumb-meta': {
    source: 'http://www.bngz.exx.cn/html/article730833.html',
    kind: 'speech: 国旗下讲话 (a middle school\'s weekly flag-raising talk on the 19th Party Congress, school site\'s 德育 column)',
    tests: 'school-site chrome: "网站导航" and "栏目导航" lines, a "您现在的位置首页 >>德育纵横>>青春励志" breadcrumb, the headline "第11周国旗下讲话", a "发布时间:…   点击:   来源:原创   录入者:…" meta line with an empty 点击 field; "老师们,同学们:"; the site\'s lost 年/月 in "20171018日上午9:00" and "自20171月以来" kept; quoted "高薪兼职"; no numbered points; cut mid-phrase ("借助科技")',
    isSpeech: true,
    title: BN_TITLE,
    noise: [BN_NAV1, BN_NAV2, BN_CRUMB, BN_META],
    dropLines: [BN_NAV1, BN_NAV2, BN_CRUMB, BN_TITLE, BN_META],
    outline: [],
  },
  '11-article-ldjgdj-sanji-shuji-tan-qinglian-yishi-not-speech': {
    source: 'http://ldjgdj.gov.cn/html/web/zhuantizhuanlan/qinglianjiguanjianshe/1682353543547539458.html',
    kind: 'non-speech: signed article (a 机关纪委书记\'s piece in a 市直机关党建 site\'s "三级书记谈清廉" column)',
    tests: 'a 机关党建 site\'s column headline "市直单位“三级书记”谈清廉 | <title>", an "浏览次数: 作者: … 发布时间:…" line, a 编者按 announcing a series of 署名文章, the article title again, the author\'s posts as a byline with two spaces, then block "一是坚守道德底线。" / "二是严守法律底线。" / "三是筑牢廉洁底线。" paragraphs and a quoted maxim — a written article with a numbered outline, not a speech (no audience, no first-person address); cut mid-word ("廉")',
    isSpeech: false,
    title: '筑牢思想底线 永葆清廉本色',
  },
  '12-news-sues-shuji-yuanzhang-jiang-dangke-not-speech': {
    source: 'https://dwgk.sues.edu.cn/jcjy/40/32/c21722a213042/page.htm',
    kind: 'non-speech: news report (a university party-affairs site on a "书记院长讲党课" event)',
    tests: 'a university 党务公开 page: "站内搜索:", the headline "数理外国语联合党委“书记院长讲党课”" twice around a "发布时间: … 浏览次数: 147" line, a "来源:…;作者:…" line; a lead listing the college\'s series of 党课 with stray quotes ("“三大纪律”““等"); the lost 月 in "528日"; a run of six blank lines where photos were; the secretary\'s and the dean\'s lectures told in the third person ("蒋书记借助…", "指出") — a report of a 党课, not the 党课 itself; cut mid-phrase',
    isSpeech: false,
    title: '数理外国语联合党委“书记院长讲党课”',
  },
};
