// Gold specs for holdout round 130, part A (cases 01–06): social credit and integrity (诚信建设, 信用体系, 诚信教育 —
// a speech on 诚信 at an awards forum, 国旗下讲话 and a 演讲稿 on 诚信, and their look-alikes).
// Four spoken pieces (a 讲话 by a vice-chairman of the NPC's financial and economic committee at the 最受尊敬企业年会, on a
// hijacked DedeCMS site (cai7.net) that carries a fake "财新网-财经资讯、金融新闻、股票行情" brand line: the headline
// "最受尊敬企业年会|全国人大财经委员会副主任委员贺铿:…" as the only title, a "时间:… 来源: 作者:admin 点击: 11 次" meta line
// with an empty source, an editor's pull-quote lead in the speaker's words (his closing lines, placed before the
// salutation), the salutation "尊敬的各位企业家,女士们,先生们,媒体朋友们,大家下午好。", "第一是诚信," after a comma (prose) and
// a paragraph opening "第二要…" whose 第一 is no marker, cut mid-sentence ("要有"); a student's 国旗下讲话 "诚信" on a school CMS
// (melodylaila.com): the headline "[2011年秋季第10周国旗下讲话]诚信" with a bracketed series label, a
// "作者/来源: 高一(6)班 … 发表: … 浏览: 7416 次" meta line, indents of two and four spaces, the site's typo "坐以待弊"; a
// student's 国旗下讲话 on a school site (ycsz.szns.edu.cn): a "下拉菜单:ycsz.edu.cn" line, a breadcrumb ending in 国旗下讲话,
// the headline "国旗下讲话:育才三中学生特质之良好的诚信品质", a "信息来源:… 来源: 日期:… 【字体: 视力保护色:" bar, a salutation
// without a colon, the title repeated inside "今天我演讲的题目是:…。", a mid-paragraph "——诚信!" (no dash point), an ASCII
// "." after a closing quote; a 演讲稿 (ppzuowen.com) headlined "演讲稿:以“诚”建“信”" with no site noise, the speech's own name
// in 《》 inside its first sentence) and two written look-alikes (a traditional-script mirror's 大学生诚信考试倡议书 (ahxkjx.com):
// pinyin annotations (學(xué), 風(fēng), 紀(jì)), mis-encoded runs ("我?硷L(fēng)學(xué)風(fēng)", "考場?紙雠鋫鋻扃姷,"), an addressee
// line "同學(xué)們:" that looks like a salutation and six "一、 "… items with a space after the separator — an 倡议书, written,
// not a speech; a news report (aaa315gov.net) "我国将从三个方面加快社会信用体系建设" with a "… 访问人次:313" line, a vice-minister's
// forum remarks told in the third person ("表示", "他说,") and a "将从三方面…:" list of block 一是/二是/三是 lines — a report,
// not a speech).
// Judgement calls: 01's title is the headline as printed (the "最受尊敬企业年会|" event label and the speaker's position are part
// of the only title the page has, as "国旗下讲话:" stays in round 125's case); the brand line, the meta line and the pull-quote
// lead are the site's (noise; "点击: 11 次" listed again as a shorter part); "第一是诚信," follows a comma (prose), so the block
// "第二要…" paragraph continues no run: a reader takes it for point two → optional level 1, marker "第二" (as round 4 case 10's
// "第三我有…"), text its first sentence (49 characters). 02's "[2011年秋季第10周国旗下讲话]" is a bracketed series label (noise,
// like round 125's "【思政】"); the title is "诚信". 03's title keeps its genre prefix (as round 125's "国旗下讲话:…"); the
// speaker's self-introduction with the class is body. 04's title keeps "演讲稿:" for the same reason; the 《…》 name stays inside
// its sentence. 02–04 have no numbered points. 05–06 are written, not speeches. Private people's names (the students) were
// replaced by fictional ones; public officials' names stay; the prose was rewritten.
// Looked for and not found on a new host: a 诚信建设/信用体系建设 工作会议 or 推进会 讲话 with 一、/一是/第一 points (the corpus
// answers with news reports: zccredit.org.cn, shcafe.org, lyd.com.cn, sdcxql.com; and signed articles: china.huanqiu.com,
// zhongtushe.com); a 诚信 宣誓仪式 讲话 (none: the corpus answers with 国旗下讲话 and 演讲稿 pages); a 诚信 主持词 or 致辞 (none on
// theme); a numbered 国旗下讲话: jtyz.jtjyfw.net's "在此,我想向同学们提出三点期望: 第一,…第二,…" stands on jtjyfw.net, whose
// hsxcfx school is used (one county's school sites on one CMS); m.runthegoodtimes.com's traditional 論壇演講稿 with 首先/其次/
// 再次 paragraphs is on a used host; so only 01 carries a (one, optional) numbered point.
// Template twins set aside: qljtwhfgs.com ("關(guān)于講誠信演講稿" with the 小編…僅供參考 promo and "…演講稿1" headings, the ruiwen
// family's traditional mirror), meiwen.anslib.com ("时间:… 倡议书 我要投稿 • 相关推荐", ruiwen's meta, and a used host);
// jtyz.jtjyfw.net (see above). Used hosts passed over: wenke99, wnwk, big5.baiyunpiaopiao, diyifanwen.cc, goodzuowen, i520i,
// yiwangbao, yybnet, bowenba, ejlkj, czsz.czedu.cn.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CX_BRAND = '财新网-财经资讯、金融新闻、股票行情';
const CX_TITLE = '最受尊敬企业年会|全国人大财经委员会副主任委员贺铿:最受尊敬的企业要做到名副其实';
const CX_META = '时间:2024-08-02 08:03来源: 作者:admin 点击: 11 次';
const CX_LEAD = '“最受尊敬的企业”这个称号,这份荣誉,在我看来分量是很重的,可以说一诺千金,希望获得称号的企业要做到名实相符,要珍视这份荣誉,守好这份荣誉,祝愿大家在2018年,赢得更高的荣誉。';

const ML_LABEL = '[2011年秋季第10周国旗下讲话]';
const ML_META = '作者/来源: 高一(6)班 韦思琪    发表: 2011-10-31 10:10:59    浏览: 7416 次';

const YC_MENU = '下拉菜单:ycsz.edu.cn';
const YC_CRUMB = '当前位置:首页 > 德育视野 > 国旗下讲话';
const YC_TITLE = '国旗下讲话:育才三中学生特质之良好的诚信品质';
const YC_META = '信息来源:育才三中 来源: 日期:2018-03-13 【字体: 视力保护色:';

const PP_TITLE = '演讲稿:以“诚”建“信”';

export const specs = {
  '01-jianghua-cai7-chengxin-qiye-nianhui-fake-brand-meta-lead-dier-yao': {
    source: 'http://cai7.net/jn/661.html',
    kind: 'speech: 讲话 (an NPC committee vice-chairman on 诚信 at an enterprise awards forum; hijacked DedeCMS site)',
    tests: 'a fake brand line "财新网-财经资讯、金融新闻、股票行情"; the headline "最受尊敬企业年会|全国人大财经委员会副主任委员贺铿:最受尊敬的企业要做到名副其实" as the only title (event label and speaker kept); a "时间:2024-08-02 08:03来源: 作者:admin 点击: 11 次" meta line with an empty source; an editor\'s pull-quote lead in the speaker\'s own words before the salutation (noise); the salutation "尊敬的各位企业家,女士们,先生们,媒体朋友们,大家下午好。" ending in 。; "(应有的)" inserted in a quote; "第一是诚信," after a comma (prose); a paragraph opening "第二要…" that continues no run (optional); the speaker\'s slip "一项主张"; cut mid-sentence ("要有")',
    isSpeech: true,
    title: CX_TITLE,
    noise: [CX_BRAND, CX_META, CX_LEAD, '点击: 11 次'],
    dropLines: [CX_BRAND, CX_TITLE, CX_META, CX_LEAD],
    outline: [
      { level: 1, marker: '第二', text: '要沉下心来做好自己的主业,最好是更多地投身实体经济,在产品质量上下苦功,努力打造中华民族自己的品牌', optional: true },
    ],
  },
  '02-guoqixia-melodylaila-chengxin-bracket-label-meta-indent': {
    source: 'https://melodylaila.com/PrintArticle/6133',
    kind: 'speech: 国旗下讲话 (a senior-one student on 诚信; school CMS print view)',
    tests: 'the headline "[2011年秋季第10周国旗下讲话]诚信": a bracketed series label (noise) glued before the title "诚信"; a "作者/来源: 高一(6)班 … 发表: 2011-10-31 10:10:59    浏览: 7416 次" meta line with runs of spaces; the salutation "亲爱的老师们,同学们:" then "大家好!" on an indented line; paragraphs indented by four spaces with blank lines between; the speaker\'s self-introduction with her class; a question-and-answer opening "什么是诚信?诚信就是…"; the site\'s typo "坐以待弊"; no numbered points; cut mid-sentence ("客户,")',
    isSpeech: true,
    title: '诚信',
    noise: [ML_LABEL, ML_META, '浏览: 7416 次'],
    replace: [[ML_LABEL, '']],
    dropLines: ['诚信', ML_META],
    outline: [],
  },
  '03-guoqixia-szns-chengxin-pinzhi-menu-crumb-meta': {
    source: 'https://ycsz.szns.edu.cn/dysy/gqjh/201803/t20180313_14168.html',
    kind: 'speech: 国旗下讲话 (a junior-one student on 诚信; a district school\'s site)',
    tests: 'a "下拉菜单:ycsz.edu.cn" line left by the site\'s menu; a breadcrumb "当前位置:首页 > 德育视野 > 国旗下讲话"; the headline with its genre prefix "国旗下讲话:育才三中学生特质之良好的诚信品质" (title, prefix kept); a bar "信息来源:育才三中 来源: 日期:2018-03-13 【字体: 视力保护色:" with empty fields; a salutation without a colon; the title repeated inside "今天我演讲的题目是:…。" (body); "那就是——诚信! " with a trailing space (a mid-paragraph dash: no point); unindented paragraphs after indented ones; an ASCII "." after a closing quote ("“无人售报摊”.摆在…"); no numbered points; cut mid-sentence',
    isSpeech: true,
    title: YC_TITLE,
    noise: [YC_MENU, YC_CRUMB, YC_META],
    dropLines: [YC_MENU, YC_CRUMB, YC_TITLE, YC_META],
    outline: [],
  },
  '04-yanjianggao-ppzuowen-yicheng-jianxin-genre-prefix-title': {
    source: 'https://www.ppzuowen.com/6/yanjianggao/401818.html',
    kind: 'speech: 演讲稿 (a student\'s speech on 诚信; 作文 site)',
    tests: 'no site noise in the capture; the headline "演讲稿:以“诚”建“信”" with its genre prefix (title, kept); the salutation "老师同学们:"; "大家好!" glued to the first sentence, which names the speech in 《》 (stays in the body); blank lines between paragraphs; rhetorical questions "…还能有什么呢?" in a series; no numbered points; cut mid-sentence ("坦诚相待,")',
    isSpeech: true,
    title: PP_TITLE,
    noise: [],
    dropLines: [PP_TITLE],
    outline: [],
  },
  '05-changyishu-ahxkjx-big5-chengxin-kaoshi-yi-items-not-speech': {
    source: 'http://ahxkjx.com/article/1728015.htm',
    kind: 'non-speech: 倡议书 (a university\'s 诚信考试 proposal to CET candidates; traditional-script mirror)',
    tests: 'traditional mirror with pinyin annotations after the same characters (學(xué), 風(fēng), 紀(jì), 發(fā), 進(jìn)); the title "大學(xué)生誠信考試倡議書范文"; an addressee line "同學(xué)們:" that looks like a salutation; mis-encoded runs "我?硷L(fēng)學(xué)風(fēng)" and "考場?紙雠鋫鋻扃姷," kept; six items "一、 "…"六、 " with a space after the separator — an 倡议书 (a written proposal), not a speech; cut mid-sentence',
    isSpeech: false,
    title: '大學(xué)生誠信考試倡議書范文',
    noise: [],
    outline: [],
  },
  '06-news-aaa315gov-xinyong-tixi-sange-fangmian-yishi-not-speech': {
    source: 'https://aaa315gov.net/xingyedongtai/2021-03-12/132.html',
    kind: 'non-speech: news report (a vice-minister\'s remarks on the social credit system at a forum)',
    tests: 'the headline "我国将从三个方面加快社会信用体系建设"; a "2021-03-12 18:04:02 访问人次:313" line; a reporter\'s lead ("记者今天从…了解到,…表示,") and "他说," — the remarks told in the third person; "张志刚说将从三方面…:" then block 一是/二是/三是 lines — a report, not a speech, so no outline; ends with a full sentence',
    isSpeech: false,
    title: '我国将从三个方面加快社会信用体系建设',
    noise: [],
    outline: [],
  },
};
