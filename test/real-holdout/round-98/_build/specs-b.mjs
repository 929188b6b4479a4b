// Gold specs for holdout round 98, part B (cases 07–12): the Red Cross, blood donation and charity (红十字会 会员代表大会,
// 无偿献血 表彰, 慈善 晚会/捐赠 仪式, 博爱一日捐 — speeches, and their look-alikes: a 倡议书, news reports, a letter).
// Two spoken pieces and four written look-alikes. 07 is a 讲话 by 许嘉璐 at a 青爱工程 (youth AIDS-education charity) photo
// exhibition on the charity's own site (apepcy.org): the headline "许嘉璐委员长在青爱工程图片展上的讲话(4月28日)" with the
// speech's date glued after the title, a "返回列表加入收藏 来源:青爱 发布日期:2014-10-14 |" bar (list link, bookmark link,
// source, date and a trailing "|"), no salutation (the speech opens by thanking the chair), a courtesy "首先要感谢…" inside a
// sentence after a comma (no separator: prose, no marker), cut mid-word ("汇总起"). It tests a headline with a glued date, a
// one-line bar of chrome and a speech with no outline at all. 08 is a pupil-facing 国旗下讲话 for 世界红十字日 on a primary-school
// resource site (xx.taozhi.cn, 淘知小学): a "少先队专题" column label, the column's own blurb paragraph, a "国旗下讲话" column
// label, an indented "›› 淘知小学 ›› … ›› 文章正文" breadcrumb, the title "献给世人的爱——学会爱的奉献" (a slogan joined by
// "——" to its subtitle, one title), a run-together "责任编辑:… 发表时间:… 浏览次数:996 内容转自:www.lbx777.com" meta line and
// a serial-number line "No.A50066"; the address "同学们," glued to the first sentence; blank lines between paragraphs; cut
// mid-sentence ("来纪念这"). It tests a column blurb that reads like prose above the title and a title with a dash inside it.
// 09–12 are written, not speeches: 09 an 无偿献血 倡议书 (a model 倡议书 "…范文" served through a web proxy,
// proxy.nowhereincoming.net, whose address wraps an iask.sina.com.cn page): a salutation line "各位朋友、各界爱心人士:",
// "你们好!", an anti-copy apostrophe glued before "应变", "联合倡议:朋友们,让我们…" and the closing "倡议人:" / "20xx年xx月xx日"
// placeholders — a written call, not a speech; 10 a blood station's letter to donors on 世界献血者日 (ycblood.org.cn, 盐城市中心
// 血站): no headline in the capture, the salutation "尊敬的无偿献血者:", "今天是第14个…", a run of "感谢你们…;" clauses,
// "谨祝…!" and the sender and date lines — a 慰问信, shaped like a 致辞 but written to be read; 11 a press story about the
// "蓝天下的至爱" charity day (scf.org.cn, 上海市慈善基金会): a bare "稿件" label, the city leader's 电视讲话 named in the lead
// and reported in the third person ("韩正说,…"), the story's own gap "…也来到节目现场,一一。" kept, cut mid-phrase
// ("构建社会") — a news report, not a speech; 12 a blood station's story of a donors' get-together (csbt.org.cn, 台州市中心血站):
// an official's remarks and a donor's 感言 quoted whole inside “…” after "…说道:" and "…谈献血感言:" ("无偿献血者朋友们,…",
// "很荣幸作为献血者代表发言。…"), cut mid-quotation ("携手") — a news report, not a speech.
// Judgement calls: 07's title drops the glued date "(4月28日)" (as round 12's 03 dropped "(2008年2月5日)" from its title line);
// the date and the bar are noise; "首先要感谢" follows a comma and has no separator, so it is no marker, and the speech has
// no outline. 08's title keeps its "——" subtitle (printed on the title line); "少先队专题", the blurb, "国旗下讲话", the
// breadcrumb, the meta line and "No.A50066" are the site's; the speech has no numbered points inside the capture.
// Names of people who are not public figures (the exhibition's host, a newspaper manager, an official, the donors, the
// officials quoted in 12) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a numbered 讲话 at a 红十字会 会员代表大会 or 工作会议 (hszyj, redcross-sha,
// santinaque, 98523, wap.baiyunpiaopiao, cs0573 and 108sky are used; the rest were news reports), an 无偿献血 表彰 讲话 or
// 发言 (bbxzwk, m.ardmore-hotel, m.zuowendang, meizhang and m.xueke are used), a 慈善一日捐 / 博爱一日捐 动员 讲话 (wnwk,
// 2875.com.cn, taowenge and m.docduoduo are used), a 捐赠仪式 致辞 (m.wenke99, m.010zaixian, xytest, zuowendang and
// m.shenghuoriji are used), a traditional-script Red Cross or 捐血 speech (president.gov.tw, weilaioem and santinaque are used;
// the Taiwan and Hong Kong hits were press stories), a 慈善晚会 主持词 (only novels, used hosts and unrelated galas turned up),
// a 文库/docx viewer page of a speech on an unused host. So neither speech carries a numbered point, and the part holds four
// look-alikes. Round 78 already took this theme's Red Cross pages.
// Template twins set aside: gkfww.com (捐赠仪式发言稿 with its title printed again between the salutation and "下午好": the
// template of ggfwb.com, round 12), wenfanwang.com (文範網, a traditional 國旗下講話稿 collection under "當前位置:… >" with the
// title three times and a 小編 promo: the template of the used wjfww.com / nmwxb.com family), finance.cctv.cn (a 2007 charity
// broadcast transcript under the "央视国际 www.cctv.com" header of the used news.cctv.com), gb.china-embassy.gov.cn and
// cn.chinagate.cn (used organisations). 08's page credits its text "内容转自:www.lbx777.com" (lbx777.net is used, round 82), but
// the page, its host and its furniture are 淘知小学's own.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const QA_TITLE_LINE = '许嘉璐委员长在青爱工程图片展上的讲话(4月28日)';
const QA_BAR = '返回列表加入收藏 来源:青爱 发布日期:2014-10-14 |';

const TZ_COLUMN = '少先队专题';
const TZ_BLURB = '少先队是共产主义接班人茁壮成长的摇篮,少先队员在少先队组织的活动和工作当中培养组织纪律性,和社会主义情操。本专题提供了丰富的少先队常识、活动及工作资源。';
const TZ_LABEL = '国旗下讲话';
const TZ_CRUMB = '›› 淘知小学 ›› 小学资源专题中心 ›› 综合类专题 ›› 少先队专题 ›› 国旗下讲话 ›› 文章正文';
const TZ_TITLE = '献给世人的爱——学会爱的奉献';
const TZ_META = '责任编辑:小西瓜 发表时间:2014年09月10日 14:24 浏览次数:996 内容转自:www.lbx777.com';
const TZ_SERIAL = 'No.A50066';

export const specs = {
  '07-jianghua-apepcy-qingai-tupianzhan-title-date-meta-bar-no-salutation': {
    source: 'http://apepcy.org/Products/xjlwyzzqag.html',
    kind: 'speech: 讲话 (许嘉璐 at a 青爱工程 charity photo exhibition; the charity\'s own site)',
    tests: 'the headline "许嘉璐委员长在青爱工程图片展上的讲话(4月28日)" with the speech\'s date glued after the title; a bar "返回列表加入收藏 来源:青爱 发布日期:2014-10-14 |" with a trailing "|"; no salutation, the speech opening with thanks to the chair; a courtesy "首先要感谢…" after a comma with no separator (prose, no marker); long paragraphs with no outline; cut mid-word ("汇总起")',
    isSpeech: true,
    title: '许嘉璐委员长在青爱工程图片展上的讲话',
    noise: ['(4月28日)', QA_BAR, '返回列表加入收藏', '发布日期:2014-10-14'],
    dropLines: [QA_TITLE_LINE, QA_BAR],
    outline: [],
  },
  '08-guoqixia-taozhi-hongshiziri-column-intro-crumb-meta-serial-glued-salutation': {
    source: 'http://xx.taozhi.cn/a/50066.htm',
    kind: 'speech: 国旗下讲话 (世界红十字日, to pupils; a primary-school resource site)',
    tests: 'a "少先队专题" column label, the column\'s blurb paragraph ("少先队是…本专题提供了丰富的少先队常识、活动及工作资源。") that reads like prose, a "国旗下讲话" column label and an indented breadcrumb "›› 淘知小学 ›› … ›› 文章正文" above the title; the title "献给世人的爱——学会爱的奉献" (slogan and subtitle joined by "——" on one line); a run-together "责任编辑:小西瓜 发表时间:… 浏览次数:996 内容转自:www.lbx777.com" meta line; a serial-number line "No.A50066"; blank lines between lines; "同学们," glued to the first sentence; no numbered points; cut mid-sentence ("来纪念这")',
    isSpeech: true,
    title: TZ_TITLE,
    noise: [TZ_COLUMN, TZ_BLURB, TZ_LABEL, TZ_CRUMB, TZ_META, TZ_SERIAL, '内容转自:www.lbx777.com', '浏览次数:996'],
    dropLines: [TZ_COLUMN, TZ_BLURB, TZ_LABEL, TZ_CRUMB, TZ_TITLE, TZ_META, TZ_SERIAL],
    outline: [],
  },
  '09-changyishu-nowhereincoming-wuchang-xianxue-proxy-apostrophe-placeholder-date-not-speech': {
    source: 'http://proxy.nowhereincoming.net/index.php?q=aHR0cHM6Ly9pYXNrLnNpbmEuY29tLmNuL2IvZnc1N0ltMkpnU2t0eS5odG1s',
    kind: 'non-speech: 倡议书 (a model 无偿献血 call to donate blood, served through a web proxy)',
    tests: 'the headline "无偿献血倡议书范文"; a salutation-like line "各位朋友、各界爱心人士:" and "你们好!"; an anti-copy apostrophe glued before "应变"; "…联合倡议:朋友们,让我们携起手来,…"; the closing "倡议人:" and a "20xx年xx月xx日" placeholder date — a written 倡议书, not a speech',
    isSpeech: false,
    title: '无偿献血倡议书范文',
    noise: [],
    outline: [],
  },
  '10-weiwenxin-ycblood-xianxuezhe-ri-salutation-signature-date-not-speech': {
    source: 'https://www.ycblood.org.cn/zxxw/4007.html',
    kind: 'non-speech: 慰问信 (a city blood station\'s letter to blood donors on 世界献血者日)',
    tests: 'no headline in the capture; the salutation "尊敬的无偿献血者:" first; "今天是第14个“世界献血者日”,…"; a run of "感谢你们…;" clauses; the theme and slogan after colons; "谨祝所有的无偿献血者…!" and the sender "盐城市中心血站" and the date on lines of their own — a letter written to be read, shaped like a 致辞; no markers',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-scf-lantianxia-zhiai-dianshi-jianghua-label-reported-speech-not-speech': {
    source: 'https://scf.org.cn/csjjh/n2768/n2773/n2776/n2987/n3088/u1ai118003.html',
    kind: 'non-speech: news report (the "蓝天下的至爱" charity day and the city leader\'s televised charity speech; a charity foundation\'s site)',
    tests: 'a bare "稿件" label and no headline; a lead naming the leader\'s "以慈善为主题的电视讲话"; the day\'s events told in the third person; the story\'s own gap "…也来到节目现场,一一。"; the speech reported ("在电视讲话中,韩正代表…表示…", "韩正说,慈善,是…") — a news report, not a speech; cut mid-phrase ("构建社会")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-csbt-xianxuezhe-lianyi-quoted-zhici-ganyan-not-speech': {
    source: 'https://www.csbt.org.cn/plus/view.php?aid=125180',
    kind: 'non-speech: news report (a blood station\'s donors\' get-together on 世界献血者日; the station\'s site)',
    tests: 'no headline in the capture; a lead and a paragraph on who came; then an official\'s whole greeting quoted inside “…” after "…满怀感激地说道:" ("无偿献血者朋友们,今天我们相聚在这里,…我代表…致以…问候和崇高的敬意!…") and a donor\'s 感言 quoted after "…谈献血感言:" ("很荣幸作为献血者代表发言。…") — speech inside a report, not a speech; cut mid-quotation ("携手")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
