// Gold specs for holdout round 72, part A (cases 01–06): human resources and employment (人社, 就业, 招聘会, 技能大赛,
// 农民工 — openings, award ceremonies, work meetings, and their look-alikes).
// Three spoken pieces (a city leader's 讲话 at the 全市再就业工作会议 on an old 范文 site (jiaoyu880, 教育帮范文网): a bare
// "全部" left by the search box, a breadcrumb "当前位置: 教育帮范文网职能部门劳动就业<title>" whose crumbs run together
// with the title, the title, a "05-04 17:01:27 | http://www.jiaoyu880.com | 劳动就业 | 人气:753" meta line, an SEO line
// "<title>,栏目:领导讲话稿,行政公文写作范文,政府公文写作范文 ,http://www.jiaoyu880.com 。", blank lines of ideographic
// spaces, no salutation, "下面,我讲三个问题:", a standalone "一、" heading and a block "一是实现和巩固了“两个确保”。" point
// under it, cut mid-word ("月人"); the 求是 print of a premier's 讲话 at a 就业工作座谈会 on a library mirror
// (lib.91hongyi.com, a DedeCMS "plus/view.php?aid=" page): the whole capture is one line whose paragraphs are separated by
// single spaces — a press lead (the issue, the five part names after "分别为:", "这包括三个方面。一是…;二是…;三是…",
// "他讲了三点,一是…;二是…;三是…") and then the label "《求是》文章原文如下: " glued before the speech's first sentence,
// cut mid-sentence ("和最"); a 讲话摘要 of a premier's remarks to students on employment, on a school's VSB-CMS page whose
// site name was replaced by a casino brand (dazichan.com, "太阳成集团(tyc122cc-VIP)官网-Sun Group"): the quote headline,
// a "信息来源:学院办公室   点击次数:  发布时间:2009-04-12" meta line with an empty count, the dated label
// "(2009年…讲话摘要)", then four excerpts each opening "————“" with indents that grow line by line) and three written
// look-alikes (a city paper's copy of a Xinhua report on the national 就业创业工作表彰大会 (qdn.cn): the headline
// "国务院召开全国就业创业工作表彰大会 温家宝讲话" names a 讲话, an "在线投稿 投稿信箱:… 投稿QQ:…" bar, a 时间/来源 line, a
// photo caption with the photographer's credit, then "温家宝指出,…" reported in the third person — a news report, not a
// speech; a newspaper archive record (jiubao.dongyingnews.cn) of a 1990 report on a 全市劳动就业工作会议: the database's
// navigation "返回概览 <<上一记录 下一记录>> 打印预览 下载记录", "【日期】= … 【正文】=" field lines, the headline three times,
// hard wraps every ~31 characters, the site's typo "集道" kept, and a vice-mayor who "在会上讲了话。他说,要…;…;…" — a
// report, not a speech; a city government's 通知 issuing an 创业就业 实施意见 on the 人社 system's site
// (szjgzx.jsszhrss.gov.cn): a "政策法规" column label, "您现在的位置:首页 > 政策法规 > 正文", a 发布时间/信息来源 line,
// the notice's title and number, an addressee line ending in ":", lines of a lone space, the issuing office and date,
// "(此件公开发布)", then the 意见 with "一、" and "(一)" headings — a written document, not a speech).
// Judgement calls: 01's title is the line under the breadcrumb; "全部", the breadcrumb, the meta line and the SEO line are
// the site's (noise, with "人气:753" and the 栏目 list listed again as shorter parts); "一、…位置" is a required level-1
// heading (whole line) and the block "一是实现和巩固了“两个确保”。" a required level-2 point though its 二是 lies past the
// cut. 02 is a speech page (the document is the speech; the press lead is the site's, as a "以下为…的讲话" lead is): the
// lead and the "《求是》文章原文如下: " label are cut off the single line (one regexCut, its hit listed as noise) and the
// title is "" (the speech's own title is not printed; the lead only names it); the "一是…;二是…;三是…" runs belong to the
// lead, so the outline is empty. 03 is a speech: the document is the excerpted speech itself (first person, addressed to
// "同学们"), and its headline, a quote of the last excerpt, is the page's title; the casino brand and the meta line are noise;
// the dated "(…讲话摘要)" label stays as the speech's own date line; the four "————" excerpt bullets are dash points by the
// letter of outline-rules.md (a dash opening a paragraph) but a reader takes them for excerpt separators, so all four are
// optional level-1 items (the second one's first sentence is longer than 50 characters and is cut at its first comma).
// 04–06 are written, not speeches. Living people's names that are not public figures (the reporter, the photographer, the
// city officials) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 技能大赛 颁奖 or 开幕 致辞 with numbered points (xiezuofangchengshi, wdocx,
// gwyoo, 010zaixian, m.lovfp, wenku.docs.qq.com, qikantianxia, wendang9, 31doc, shwhmap and xuefen are used; yuwenmi too); a
// 招聘会 启动仪式 讲话 or 主持词 on a template site (wtabcd is used; the corpus answers with news reports and novel chapters);
// a 农民工工资 清欠 讲话 (6dgww is used, and one capture had no address); a traditional-script mirror of a 人社 speech
// (regraff is used); a third speech with 一、/一是/第一 points on an unused host, so only 01 carries numbered points.
// Template twins set aside: yxfanwen.com (the ruiwen family: "- 相关推荐" over the title, "…仅供参考,希望能够帮助到大家",
// "…讲话稿1" headings, apostrophe marks — as the shared corpus's 70 and round 34's cooco/fck3179 notes), yuwen.net (ruiwen's
// "时间:… 作者 栏目 我要投稿" meta and "(精选14篇)"), nhs-transmission.com, haiguangfoju.com and fashionfield.cn (the
// "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo), yuanjingfilm.com (a traditional mirror of gwyoo's
// 时間/導語 template), business.sohu.com (a sister site of the used media.news.sohu.com: one organisation's CMS).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JY_ALL = '全部';
const JY_CRUMB = '当前位置: 教育帮范文网职能部门劳动就业在再就业工作会议上的讲话';
const JY_TITLE = '在再就业工作会议上的讲话';
const JY_META = '05-04 17:01:27 | http://www.jiaoyu880.com | 劳动就业 | 人气:753';
const JY_SEO = '在再就业工作会议上的讲话,栏目:领导讲话稿,行政公文写作范文,政府公文写作范文 ,http://www.jiaoyu880.com 。';

const QS_LABEL = '《求是》文章原文如下:';

const DZ_BRAND = '太阳成集团(tyc122cc-VIP)官网-Sun Group';
const DZ_TITLE = '温家宝:“同学们的就业,政府是记在心里的”';
const DZ_META = '信息来源:学院办公室   点击次数:  发布时间:2009-04-12';

export const specs = {
  '01-jianghua-jiaoyu880-zaijiuye-crumb-meta-seo-yi-yishi': {
    source: 'http://www.jiaoyu880.com/bumen/20630/46191.html',
    kind: 'speech: 讲话 (a city leader at the city\'s 再就业 work meeting; old 范文 site)',
    tests: 'a bare "全部" left by the site\'s search box; a breadcrumb whose crumbs run together with the title ("当前位置: 教育帮范文网职能部门劳动就业在再就业工作会议上的讲话"); the title; a "05-04 17:01:27 | http://www.jiaoyu880.com | 劳动就业 | 人气:753" meta line; an SEO line repeating the title with "栏目:领导讲话稿,行政公文写作范文,…,http://www.jiaoyu880.com 。"; lines of ideographic spaces; no salutation; "下面,我讲三个问题:"; a standalone heading "一、进一步认清形势,…更加突出的位置" and a block "一是实现和巩固了“两个确保”。" point under it (its 二是 past the cut); figures in 亿元 and "100%"; cut mid-word ("月人")',
    isSpeech: true,
    title: JY_TITLE,
    noise: [JY_ALL, JY_CRUMB, JY_META, JY_SEO, '人气:753', '栏目:领导讲话稿,行政公文写作范文,政府公文写作范文'],
    dropLines: [JY_ALL, JY_CRUMB, JY_TITLE, JY_META, JY_SEO],
    outline: [
      { level: 1, marker: '一、', text: '进一步认清形势,切实把就业和再就业工作摆在更加突出的位置' },
      { level: 2, marker: '一是', text: '实现和巩固了“两个确保”' },
    ],
  },
  '02-jianghua-91hongyi-qiushi-zuotanhui-press-lead-oneline-yishi-in-lead': {
    source: 'http://lib.91hongyi.com/plus/view.php?aid=57888',
    kind: 'speech: 讲话 (a premier at an employment symposium, as printed in 求是; press lead on a library mirror)',
    tests: 'the whole capture on one line, paragraphs separated by single spaces; a press lead first (the issue and the speech named in the third person, "李克强说,…", five part names listed after "依次是:", "这包括三个方面。一是…;二是…;三是…。" and "他讲了三点,一是…;二是…;三是…。") — the site\'s, not the speech; then the label "《求是》文章原文如下: " glued before the speech\'s first sentence "今天召开这个座谈会,…"; no title of the speech itself; cut mid-sentence ("和最")',
    isSpeech: true,
    title: '',
    noise: [QS_LABEL],
    regexCut: ['^[^\\n]*?《求是》文章原文如下: '],
    outline: [],
  },
  '03-jianghua-dazichan-jiuye-zhaiyao-casino-header-meta-dash-quotes': {
    source: 'https://dazichan.com/info/1095/9640.htm',
    kind: 'speech: 讲话摘要 (excerpts of a premier\'s remarks to university students on employment; school CMS page under a casino brand)',
    tests: 'a school site\'s name replaced by a casino brand "太阳成集团(tyc122cc-VIP)官网-Sun Group"; a quote headline "温家宝:“同学们的就业,政府是记在心里的”" as the title; a "信息来源:学院办公室   点击次数:  发布时间:2009-04-12" meta line with an empty count; the dated label "(2009年2月15日温家宝视察南开大学讲话摘要)" kept as the speech\'s own date line; four excerpts, each a line opening "————“" with growing indents, in the first person and addressed to "同学们"; no salutation line; ends with the full last excerpt',
    isSpeech: true,
    title: DZ_TITLE,
    noise: [DZ_BRAND, DZ_META],
    dropLines: [DZ_BRAND, DZ_TITLE, DZ_META],
    outline: [
      { level: 1, marker: '————', text: '“今天坐在这里的,可能有不少同学马上就要毕业了,有本科生,也有研究生', optional: true },
      { level: 1, marker: '————', text: '“我上大学读的是地质', optional: true },
      { level: 1, marker: '————', text: '“读完研究生,我本来有机会留在学校,可我还是去了西北', optional: true },
      { level: 1, marker: '————', text: '“同学们,到基层去是大有作为的', optional: true },
    ],
  },
  '04-news-qdn-jiuye-chuangye-biaozhang-dahui-headline-jianghua-not-speech': {
    source: 'http://www.qdn.cn/html/2012/cjkj_0718/59813.shtml',
    kind: 'non-speech: news report (Xinhua report of the national 就业创业工作表彰大会, on a city news site)',
    tests: 'a headline ending "温家宝讲话"; an "在线投稿 投稿信箱:… 新闻热线:… 投稿QQ:…" bar and a "时间:… 来源:新华网" line; lines of a lone space; a photo caption with the photographer\'s credit; a "新华网北京7月17日电" lead; the meeting, the awards and the premier\'s words all told in the third person ("他指出,…", "温家宝说,…") — a news report, not a speech; cut mid-sentence ("实现")',
    isSpeech: false,
    title: '国务院召开全国就业创业工作表彰大会 温家宝讲话',
    noise: [],
    outline: [],
  },
  '05-news-dongyingnews-jiubao-laodong-jiuye-huiyi-archive-fields-hardwrap-not-speech': {
    source: 'http://jiubao.dongyingnews.cn:80/detail?ChannelID=124109&randno=7700&record=179&resultid=14015',
    kind: 'non-speech: news report (a 1990 city-paper report on the city\'s 劳动就业 work meeting; newspaper archive record)',
    tests: 'an archive database record: "返回概览 <<上一记录 下一记录>> 打印预览 下载记录", field lines "【日期】= …" to "【正文】=" (some empty), the headline three times (once split over two indented lines), a byline with the date; the report hard-wrapped every ~31 characters with indented paragraph starts; the site\'s typo "集道"; the meeting\'s measures after "基本对策是:" separated by semicolons and a vice-mayor who "在会上讲了话。他说,要…;…;…" — a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '动员全社会力量 做好劳动就业工作  全市劳动就业工作会议部署今后任务',
    noise: [],
    outline: [],
  },
  '06-tongzhi-jsszhrss-chuangye-jiuye-shishi-yijian-gov-crumb-yi-paren-not-speech': {
    source: 'http://szjgzx.jsszhrss.gov.cn/zcfg/2412.html',
    kind: 'non-speech: 通知 (a city government issuing its 创业就业 implementation opinions; 人社 system site)',
    tests: 'a "政策法规" column label, "您现在的位置:首页 > 政策法规 > 正文", a "发布时间:… 信息来源:未知" line; the notice\'s title and number "苏府[2015]139号"; an addressee line ending in ":" (looks like a salutation); many lines holding a lone space; the issuing office, the date and "(此件公开发布)"; then the 意见\'s own title, a long preamble ending "现提出以下实施意见。", a heading "一、积极鼓励以创新创业带动就业" and an inline "(一)放宽市场准入条件。" item — a written document, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
    noise: [],
    outline: [],
  },
};
