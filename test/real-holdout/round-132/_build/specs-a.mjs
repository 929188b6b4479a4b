// Gold specs for holdout round 132, part A (cases 01–06): anti-pornography campaigns and cultural market regulation
// (扫黄打非, 文化市场 综合执法 and 百日整治, 护苗/绿书签 进校园, 出版物市场 整治 — speeches and their look-alikes).
// Two spoken pieces and four written look-alikes: a county leader's 讲话 at the county's 文化市场“百日整治集中行动”
// work meeting on a county government's 信息公开 page (baoying.gov.cn:8081, "领导讲话" column): a "您现在的位置:" /
// "首页" / " > 信息公开  > 领导讲话" breadcrumb over three lines, the title, a "2006/6/4 来源:中国宝应网浏览次数:6645次字号:【"
// meta line with a cut font-size widget, blank lines, the speech's own indented date line "(2006年6月2日)", "同志们:",
// an agenda paragraph ending "我再强调三点意见:", a standalone "一、…的重要性" heading and its body, cut mid-word ("非");
// a school head's 国旗下的讲话 for 植树节 on a vocational school's site (xxwszz.com.cn) — off the theme, taken because
// the theme had no second fresh speech: the page headline is the title, then the same title printed again split over
// two lines ("绿色校园,我们共同守护" / "植树节校长在国旗下的讲话"), a line holding a lone space, a mixed salutation
// "各位党员同志们,亲爱的共青团员的同学们:", straight ASCII quotes beside curly ones, numbers the site lost
// ("五年、年或者二后"), cut mid-sentence ("学习的"); a novel chapter (m.paozww.com, a biquge mirror) in which a county
// secretary speaks at a 扫黄打非 meeting in quoted first person with no chapter heading in the capture; a provincial
// culture magazine's web copy of a report on a 农村文化市场监管 现场会 (zjcnt.net): "站内搜索" and space-only lines,
// "您的位置:首页文化市场《浙江文化市场》2008年第11期 → 详细信息", the headline, an "作者: … 2009-01-09 16:23:36" line,
// the vice-director's "四点意见。一是…。二是…。三是…。四是…。" reported in the third person, "相关链接 / 无相关链接";
// a district government's report of its 扫黄打非 专题会议 (fzyzymy.com, a mirror of the 五通桥区 portal): breadcrumb
// with ">>", a slogan headline, a "日期:… 来源:本站原创  录入: …  字体: 繁体中文 特大    颜色: 绿" meta line, the
// minister's demands in the third person, "分享到:" and a bare "  次" counter; and a city culture bureau's report of a
// 扫黄打非 推进会 (baishougangtie.com, a mirror of a government 信息公开 path) that starts with the body (no headline in the
// capture) and ends with "他指出,一要…。二要…。三要…。四要…" — inline points after full stops inside a report.
// What they test: 01 a government speech page (crumb over three lines, meta line, date line kept, a required level-1
// 一、 heading); 02 a title printed once as the headline and again split over two lines (the split repeat goes, not as
// noise), no outline; 03–06 pages that must be left alone although they quote a speech at length (03) or carry
// 一是…四是 / 一要…四要 runs after full stops (04, 06) or a 讲话 headline register (05).
// 04 and 05 are shorter than 610 characters because the stored page ends there (the whole page is captured).
// Looked for and not found on a new host: a 扫黄打非 工作会议 讲话 with numbered points (the corpus answers with news
// reports: ribao.xyxww, epaper.neamco, ischool.net.cn, 66wc and its 文成新闻网 mirrors are used; luan.gov.cn,
// ycwmsj.cbg.cn, thnews.gov.cn, qingfengw, 029miaosen, lcbyokzvsr are reports); a 文化市场 综合执法 动员 讲话 (gwyoo,
// m.fanwen51, m.jinchutou, 9000bbs, 98523 all hold one but are used; wenku.docs.qq.com and 004km are used); a 护苗/绿书签
// 进校园 讲话 or 国旗下讲话 (only reports: dingqianjf, 66wc used; bujutsu, sxqnb, coscoledu, gusuedu, new.qq.com are
// reports); a 出版物市场 整治 推进会 讲话 (nothing: zhetiaohe title fragments, zgkjsz used); a 净化文化市场 致辞 (wnwk.com
// used); a 扫黄 表态发言 (soulun.net, a used "论文部分内容阅读" periodical farm). So only 01 is on the theme and carries a
// numbered point; 02 is an off-theme school speech (植树节), and the part has two speeches, not four.
// Template twins set aside: afcuspharma.com and 360xyt.com (traditional mirrors of 文成新闻网, the used 66wc.com
// template), bpzww.com (the same novel as 03 on another biquge mirror), jxxfw.com and ppdoc.com (the "论文部分内容阅读"
// periodical farm), scgct.cn and wumasheying.com (traditional news mirrors of a used kind; scgct is used).
// Living people's names that are not public figures (the county and district officials, the reporter, the editor,
// the novel's characters and its fictional towns) were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BY_HERE = '您现在的位置:';
const BY_HOME = '首页';
const BY_CRUMB = '> 信息公开  > 领导讲话';
const BY_TITLE = '周业成同志在全县文化市场“百日整治集中行动”工作会议上的讲话';
const BY_META = '2006/6/4 来源:中国宝应网浏览次数:6645次字号:【';

const XX_TITLE = '"绿色校园,我们共同守护"植树节校长在国旗下的讲话';

export const specs = {
  '01-jianghua-baoying-wenhua-shichang-bairi-zhengzhi-gov-crumb-meta-yi': {
    source: 'http://baoying.gov.cn:8081/zwpd/showzwk.asp?id=5540',
    kind: 'speech: 讲话 (a county leader at the county\'s 文化市场“百日整治集中行动” work meeting; county government 领导讲话 column)',
    tests: 'a breadcrumb over three lines ("您现在的位置:" / "首页" / " > 信息公开  > 领导讲话"); the title; a "2006/6/4 来源:中国宝应网浏览次数:6645次字号:【" meta line with a cut font-size widget; blank lines; the speech\'s own indented date line "(2006年6月2日)" kept; "同志们:"; an agenda paragraph ("刚才,…宣读了《…工作方案》,…下面,…我再强调三点意见:"); a standalone "一、要充分认识…的重要性" heading; a long body paragraph listing problems after "主要存在:" with semicolons; cut mid-word ("非")',
    isSpeech: true,
    title: BY_TITLE,
    noise: [BY_HERE, BY_HOME, BY_CRUMB, BY_META, '浏览次数:6645次', '来源:中国宝应网'],
    dropLines: [BY_HERE, BY_HOME, BY_CRUMB, BY_TITLE, BY_META],
    outline: [
      { level: 1, marker: '一、', text: '要充分认识开展文化市场“百日整治集中行动”的重要性' },
    ],
  },
  '02-jianghua-xxwszz-zhishujie-guoqixia-split-title-repeat': {
    source: 'https://xxwszz.com.cn/newsinfo/6923702.html',
    kind: 'speech: 国旗下的讲话 (a school head launching a 植树节 activity; vocational school site; off the round\'s theme)',
    tests: 'the page headline (straight ASCII quotes) is the title; the same title printed again split over two lines ("\\"绿色校园,我们共同守护\\"" / "植树节校长在国旗下的讲话") — a repeat, dropped, not noise; a line holding a lone space; the salutation "各位党员同志们,亲爱的共青团员的同学们:"; straight and curly quotes mixed; a full-width "! " with a space before the next sentence on one line; numbers lost by the site ("五年、年或者二后") kept — "五年、" is no marker; no numbered points; cut mid-sentence ("学习的")',
    isSpeech: true,
    title: XX_TITLE,
    noise: [],
    dropLines: [XX_TITLE, '"绿色校园,我们共同守护"', '植树节校长在国旗下的讲话'],
    outline: [],
  },
  '03-novel-paozww-saohuang-dafei-shuji-speaks-not-speech': {
    source: 'https://m.paozww.com/biquge/361230/94380700_2.html',
    kind: 'non-speech: novel (a chapter page in which a county party secretary speaks at a 扫黄打非 meeting; biquge mirror)',
    tests: 'a novel page with no chapter heading in the capture (second page of a chapter); the narrator introduces "唐书记最后讲话" and the secretary speaks at length in quoted first person ("今天在座的都是自己人,我就不念稿子了,…") about 扫黄打非 with "说到底,还是我们的工作方法问题" — a story, not a speech; cut mid-word ("领")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-zjcnt-nongcun-wenhua-shichang-xianchanghui-yishi-not-speech': {
    source: 'http://zjcnt.net/article/2009-04-10/133456.html',
    kind: 'non-speech: news report (a province\'s 农村文化市场监管工作现场会; culture magazine\'s web copy)',
    tests: '"站内搜索" and lines of spaces; "您的位置:首页文化市场《浙江文化市场》2008年第11期 → 详细信息" with crumbs run together; the headline; an "作者: …  2009-01-09 16:23:36" line; a vice-director who "到会并讲话" and "提出四点意见。一是…。二是…。三是…。四是…。" — inline points after full stops, but reported in the third person: a report, not a speech; "相关链接" / "无相关链接" footer; the whole page (473 characters)',
    isSpeech: false,
    title: '省文化厅召开农村文化市场监管工作现场会',
    noise: [],
    outline: [],
  },
  '05-news-fzyzymy-wutongqiao-saohuang-dafei-huiyi-crumb-meta-not-speech': {
    source: 'https://fzyzymy.com/html/htmlxwpdhy70426.html',
    kind: 'non-speech: news report (a district\'s 扫黄打非 工作专题会议; mirror of a district government portal)',
    tests: 'a "您当前位置:…人民政府 >> 信息公开 >> 政府会议 >> 浏览文章" breadcrumb; a slogan headline ("突出重点 狠抓落实 确保我区“扫黄打非”工作走在全市前列") that reads like a speech title; a "日期:… 来源:本站原创  录入: …  字体: 繁体中文 特大    颜色: 绿" meta line; "6 月1日" with a stray space; the minister who "出席会议并讲话" and "强调,…要…。要…。要…" in the third person — a report; "分享到:" and a bare "  次" counter; the whole page (531 characters)',
    isSpeech: false,
    title: '突出重点 狠抓落实 确保我区“扫黄打非”工作走在全市前列',
    noise: [],
    outline: [],
  },
  '06-news-baishougangtie-saohuang-dafei-tuijinhui-yiyao-not-speech': {
    source: 'https://baishougangtie.com/xxgk/whj/fdzdgknr/gzdt/rcgzdt/201706/t20170619_132971',
    kind: 'non-speech: news report (a city\'s 扫黄打非 工作推进会; mirror of a culture bureau\'s 信息公开 page)',
    tests: 'no headline or furniture in the capture: the report starts with its date; "会议要求,…" and the director\'s speech "在讲话中强调,…" then "他指出,一要…。二要…。三要…。四要…" — a 一要 after a comma and 二要…四要 after full stops, inside a third-person report: no speech, no outline; cut mid-sentence ("各战线")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
