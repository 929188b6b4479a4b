// Gold specs for holdout round 134, part C (cases 13–18): returned overseas scholars' associations (欧美同学会, 留学人员
// 联谊会, 留学人员创业 — welcome addresses, press-conference remarks, student talks, and their look-alikes: a news report
// of a 留联会 branch's first congress and a list of 留学人员 创业 policy clauses).
// Four spoken pieces (a 共青团中央 leader's welcome 致辞 at the opening of the "2007海外学人回国创业周" in the Great Hall,
// on a traditional-script mirror (jingaoyuanzdp.com) whose converter glued toneless pinyin after some characters with a
// space after the bracket ("創業(ye) 、", "大會(hui) 堂", "朋友們(men) ", "黨(dang) "), and whose casino brand
// "开云kaiyun体育官方网站" stands twice where the organisation's name stood ("我謹代表开云kaiyun体育官方网站、全國青聯…",
// "近年來,开云kaiyun体育官方网站、青聯組織…"); a lone "|" table-border line first; no title and no salutation in the
// capture; the converter's "同誌"/"一係列" kept; inline "一是…。二是…。三是…" after full stops, cut inside 三是; the
// remarks of an organiser at the press conference of the fifth "春晖杯" 中国留学人员创新创业大赛 (cscss.com.cn): no site
// noise in the capture at all — salutation, "大家上午好!", three paragraphs, "驻外教育处(组)" brackets, cut mid-word
// ("社团组"); a returnee's 演讲 from a TV speech show on a 范文-style reading site (52xx.cn, 我爱学习网): a site bar
// "我爱学习网 52xx.cn我爱学习网菜单按钮", "  • 搜索", a breadcrumb "当前位置:首页 > 阅读 > 留学", the site headline
// "留学新闻", a "发布时间:… 栏目:阅读 投稿:知性的音响" meta line with a generated poster name, a lead line ending in the
// promo "下面我爱学习网来说说耶鲁大学MBA女生演讲稿火遍朋友圈。", seven more lead paragraphs about the speaker in the third
// person (one a bare question "为什么回国?", one a quote "她说:“…”"), the label "演讲全文:", then the speech's first
// three paragraphs, cut mid-sentence ("我根本就"); a pupil's 演讲 about going abroad to study on a school's news page
// (jishiedu.cn): a "发布时间:2018-09-09 来源:基石中学" line, then the whole talk on one line — the title
// "今天的我们,谈留学到底要谈什么?" glued before the salutation with a space, paragraphs separated by single spaces, and a
// photo caption "陈语桐在当年的致辞" left inside the line; cut mid-sentence ("甚至")) and two written look-alikes (a local
// news report (wzsql.com) of the first congress of a town branch of a 留学人员和家属联谊会: a "核心提示:" label, a third-
// person lead, then a paragraph in the town's own first person ("我镇…", "我们…") with the site's garbled sentence
// ("…的效果发挥…假设搭建…"), and "会上,市侨联主席…提出了三点要求:一要…;二要…;三要…。" — requirements after a colon and
// semicolons inside a report, not a speech; a list of policy clauses for returned students' start-ups on a traditional
// mirror (tengyi66.com, "plus/view.php?aid="): converter pinyin after many characters ("學(xué)", "創(chuàng)業(yè)", "關(guān)"),
// the lead "…制訂了相關(guān)的性條文…" with a word missing, clauses "1. " to "4. " opening lines, a mis-encoded run
// "??顚α魧W(xué)" inside clause 3, cut inside clause 4 — a written policy text, not a speech).
// Judgement calls: 13's title is "" (the capture holds no title line; the page begins with "|" and the first sentence);
// the brand is cut out of both sentences (replace, listed as noise), the pinyin by one regexCut (hits listed as noise);
// "一是…。二是…。三是…" follow full stops in a paragraph that opens with no marker and the speech has no heading, so they
// are a required inline run at level 1; each sentence is longer than 50 characters, so each text runs to its first ","
// (三是's sentence is cut by the capture and still runs past 50). 14 is a speech with a title of "" and no noise (a
// do-no-harm case); "(组)" is a bracketed word, no marker. 15 is a speech page by the case law of round 72's 08 (a press
// lead, then "全文如下:" and the speech): the site bar, search line, breadcrumb, the headline "留学新闻" (a column name used
// as a headline, not the speech's title), the meta line, the lead with its promo, the six further lead paragraphs and the
// "演讲全文:" label are noise (dropped lines; the promo sentence and the poster name are listed again as shorter parts);
// the speech's own title is not printed, so the title is ""; the speech's paragraphs are the three after the label.
// 16's title is the headline glued at the start of the body line ("今天的我们,谈留学到底要谈什么? "), cut off the line as a
// glued title (not listed as noise: it equals the title); the caption is cut from inside the line (replace, listed as
// noise); the meta line is noise; the rest stays one paragraph (no break is invented at the spaces), salutation glued.
// 17 and 18 are written, not speeches. Living people's names that are not public figures (the speaker on the TV show, the
// pupil in the caption, the town and city officials) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 欧美同学会 年会 致辞 or a 留学人员创业园 揭牌 讲话 printed as a speech (the corpus
// answers with news reports on wrsa.net, chinanews/sina copies and 中新网 mirrors; the two speech pages found — the Dalian
// mayor's 海创周 致辞 and the 科技部 official's "第一,…" remarks at the 海创周 press conference — are on finance.sina.com.cn,
// whose base domain sina.com.cn is used); an 归国留学人员座谈会 讲话 with 一、 headings (only reports: cernet.edu.cn,
// nadianposhi.com, jyzj.ghlearning.com); a 留学生联谊会 成立 致辞 by an ambassador or consul (the Khabarovsk consul's
// 新年联欢会 致辞 sits on a china-consulate.gov.cn sister site, the ambassador's 全英学联 春节 致辞 on www.gov.cn and its used
// mirror nakedoat.com); a 文库/docx copy of any of them; so only 13 carries numbered points. The "在全国青联留学人员联谊会
// 会员会议上的讲话" on yuanjingfilm.com is gwyoo's traditional 時間/導語 template (set aside as in round 72).
// Template twins set aside: huiyingmeng.com (a traditional cnr.cn mirror with the same converter pinyin and 央廣網 furniture
// as round 53's tuburidinbeton.com), frankfurt.chineseconsulate.org (the consulates' CMS, sister of the used
// china-consulate.gov.cn/.org); used hosts skipped: ptzyk.com, xieliaobaba.com, 5728338.com, focat.org.tw, 0514f.cn,
// m.fraudsandswindlers.com, gongwk.com, big5.china.com.cn.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KY_BAR = '|';
const KY_BRAND = '开云kaiyun体育官方网站';

const XX_SITEBAR = '我爱学习网 52xx.cn我爱学习网菜单按钮';
const XX_SEARCH = '• 搜索';
const XX_CRUMB = '当前位置:首页 > 阅读 > 留学';
const XX_HEADLINE = '留学新闻';
const XX_META = '发布时间:2021-02-03 栏目:阅读 投稿:知性的音响';
const XX_PROMO = '下面我爱学习网来说说耶鲁大学MBA女生演讲稿火遍朋友圈。';
const XX_LEAD1 = '不久前,《我是演说家》的舞台上,耶鲁大学研究生沈悦一段直率的演讲在朋友圈刷了屏。' + XX_PROMO;
const XX_LEAD2 = '沈悦,从小就是个不按常理出牌的人,从国内一所211、985名校退学,转而申请了美国莱斯大学,努力适应在美国的学习生活,毕业后又考进耶鲁大学,一路读到了耶鲁MBA硕士。';
const XX_LEAD3 = '就在大家都以为她会在美国顺风顺水地发展下去时,她却坚定地选择了回国。';
const XX_LEAD4 = '为什么回国?';
const XX_LEAD5 = '她说:“在美国我找不到归属感,因为我是中国人,我的根扎在中国。”';
const XX_LEAD6 = '这些年,选择回国发展的海外留学生越来越多。《2017海外人才就业分析报告》显示,2017年归国人数有望超过60万,这一数字将明显高于当年出国留学的总人数。';
const XX_LEAD7 = '近两年,出国人数每年的增幅大体保持在10%上下,总体涨幅不大,而同期归国人数的增幅却接近80%。';
const XX_LEAD8 = '除了国内经济势头好、机会多,更多优秀留学生放不下的是对祖国的那份深深眷恋,在国外总觉得找不到归属,于是选择了回国发展。';
const XX_LABEL = '演讲全文:';

const JS_META = '发布时间:2018-09-09 来源:基石中学';
const JS_TITLE = '今天的我们,谈留学到底要谈什么?';
const JS_CAPTION = '陈语桐在当年的致辞';

export const specs = {
  '13-zhici-jingaoyuanzdp-big5-pinyin-haiwai-xueren-chuangyezhou-casino-brand-yishi': {
    source: 'https://www.jingaoyuanzdp.com/documents/ccylspeech/200801/t20080117_58115.htm',
    kind: 'speech: 致辞 (a 共青团中央 leader welcoming returnees at the opening of the 2007 海外学人回国创业周; traditional mirror)',
    tests: 'a lone "|" line first; traditional script with converter pinyin glued after some characters and a space after the bracket ("創業(ye) 、", "大會(hui) 堂", "朋友們(men) ", "黨(dang) ", "舉(ju) 辦"); a casino brand "开云kaiyun体育官方网站" standing twice where the organisation\'s name stood, inside sentences; the converter\'s "同誌" and "一係列"; no title and no salutation in the capture; inline "一是…。二是…。三是…" after full stops in a paragraph with no marker, each sentence longer than 50 characters (text to the first ","); cut inside 三是 ("創業(ye) 基地")',
    isSpeech: true,
    title: '',
    noise: [KY_BAR, KY_BRAND],
    replace: [[KY_BRAND, '']],
    regexCut: ['\\([a-z]+\\) ?'],
    dropLines: [KY_BAR],
    outline: [
      { level: 1, marker: '一是', text: '連續舉辦6屆“海外學人回國創業周”活動' },
      { level: 1, marker: '二是', text: '舉辦中國青年創新論壇、中國泰達生物論壇、中國百名IT青年精英論壇、海外留學人員回國創業論壇' },
      { level: 1, marker: '三是', text: '成立全國青聯留學人員聯誼會' },
    ],
  },
  '14-zhici-cscss-chunhuibei-fabuhui-clean-no-title-cut-midword': {
    source: 'https://www.cscss.com.cn/news/Focus/85275.html',
    kind: 'speech: 致辞 (the organiser\'s remarks at the press conference of the 5th 春晖杯 中国留学人员创新创业大赛)',
    tests: 'no site noise and no title in the capture: the salutation "尊敬的各位来宾,各位新闻媒体界的朋友们:", "大家上午好!", three paragraphs of thanks and background; bracketed "驻外教育处(组)" (no marker); "在此,我谨代表…" and "同时,…" (no sequence markers); cut mid-word ("社团组") — do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-yanjiang-52xx-haigui-huiguo-sitebar-crumb-meta-promo-long-lead-quanwen-label': {
    source: 'https://52xx.cn/yuedu/614/811485.html',
    kind: 'speech: 演讲稿 (a returnee\'s talk on a TV speech show, after a long site lead; 范文-style reading site)',
    tests: 'a site bar "我爱学习网 52xx.cn我爱学习网菜单按钮", an indented "• 搜索" line, a breadcrumb "当前位置:首页 > 阅读 > 留学", the headline "留学新闻" (a column name, not the speech\'s title), a "发布时间:2021-02-03 栏目:阅读 投稿:知性的音响" meta line with a generated poster name; a lead line ending in the promo "下面我爱学习网来说说耶鲁大学MBA女生演讲稿火遍朋友圈。"; seven more lead paragraphs about the speaker in the third person (a bare "为什么回国?", a quote "她说:“…”", figures with %); the label "演讲全文:"; then the speech in the first person, three paragraphs, no salutation, cut mid-sentence ("我根本就")',
    isSpeech: true,
    title: '',
    noise: [XX_SITEBAR, XX_SEARCH, XX_CRUMB, XX_HEADLINE, XX_META, XX_LEAD1, XX_LEAD2, XX_LEAD3, XX_LEAD4, XX_LEAD5, XX_LEAD6, XX_LEAD7, XX_LEAD8, XX_LABEL, XX_PROMO, '投稿:知性的音响'],
    dropLines: [XX_SITEBAR, XX_SEARCH, XX_CRUMB, XX_HEADLINE, XX_META, XX_LEAD1, XX_LEAD2, XX_LEAD3, XX_LEAD4, XX_LEAD5, XX_LEAD6, XX_LEAD7, XX_LEAD8, XX_LABEL],
    outline: [],
  },
  '16-yanjiang-jishiedu-liuxue-school-meta-oneline-title-glued-photo-caption': {
    source: 'http://jishiedu.cn/xiaoyuanxinwen/507.html',
    kind: 'speech: 演讲 (a pupil\'s talk to teachers and classmates about going abroad to study; school news page)',
    tests: 'a "发布时间:2018-09-09 来源:基石中学" line; the whole talk on one line: the title "今天的我们,谈留学到底要谈什么?" glued before the salutation "各位老师们,同学们,大家早上好!" with a space; paragraphs separated by single spaces; a photo caption "陈语桐在当年的致辞" left inside the line after "文稿:"; dates "2014年11月10日", "1984年", "1999年" (no markers); repeated "也许…,也许…" and "不管…" clauses (no markers); cut mid-sentence ("甚至")',
    isSpeech: true,
    title: JS_TITLE,
    noise: [JS_META, JS_CAPTION],
    replace: [[JS_TITLE + ' ', ''], [' ' + JS_CAPTION, '']],
    dropLines: [JS_META],
    outline: [],
  },
  '17-news-wzsql-liulianhui-fenhui-hexin-tishi-first-person-yiyao-after-colon-not-speech': {
    source: 'http://wzsql.com/system/2010/10/08/010519864.shtml',
    kind: 'non-speech: news report (first congress of a town branch of a 留学人员和家属联谊会; local news site)',
    tests: 'a "核心提示:" label line; a third-person lead (the meeting, the leaders who "分别讲话", 50余人); a long paragraph in the town\'s own first person ("我镇…", "我们依托…") with the site\'s garbled sentence ("…的效果发挥留学人员…假设搭建…"); "会上,市侨联主席…提出了三点要求:一要…;二要…;三要…。" after a colon and semicolons; cut mid-list ("名誉会长、") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-zhengce-tengyi66-big5-pinyin-liuxue-chuangye-tiaowen-numbered-mojibake-not-speech': {
    source: 'http://tengyi66.com/plus/view.php?aid=1440873',
    kind: 'non-speech: policy clauses (measures for returned overseas students\' start-ups; traditional mirror)',
    tests: 'traditional script with converter pinyin after many characters ("學(xué)", "創(chuàng)業(yè)", "關(guān)", "機(jī)", "經(jīng)"); a lead with a missing word ("相關(guān)的性條文") ending "這些條文主要有:"; clauses "1. " to "4. " opening lines, long and with inner full stops; a mis-encoded run "??顚α魧W(xué)" inside clause 3; no headline; cut inside clause 4 ("知識產(chǎn)權(quán)") — a written policy text, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
