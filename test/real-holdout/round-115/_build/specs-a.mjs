// Gold specs for holdout round 115, part A (cases 01–06): audit and state-owned assets (审计 work meetings, 内部审计,
// 国资委/国资监管 work meetings, 经济责任审计 进点会 — and their look-alikes).
// No speech: every speech the `pages` corpus returned on this theme stands on a used host or a template twin (see
// below), so all six pages are written look-alikes, each carrying the theme's speech vocabulary:
// 01 (www.raisesky.cn) an enterprise group's news item on its internal-audit summary meeting: a breadcrumb
// "当前位置:…门户网站 -> 企业动态 -> 集团动态", the headline, a "来源:     时间:2017-03-24     点击率:     字体显示:" meta
// line with empty fields, a chair named in the third person, and the chairman's "四点意见:一要…。…;二要…;三要…;四要…"
// reported after a colon and semicolons, indented with ASCII spaces — a report, not a speech; 513 characters, all the
// store holds.
// 02 (epaper.zqcn.com.cn) an e-paper 侧记 of the national 国有资产监督管理工作会议: the headline with a "———" join, a
// 来源/作者 line, the headline again, a periodical link, three one-word photo captions and a photographer's credit,
// then feature prose with hard wraps mid-sentence ("…这\n“三新”…") and the 国资委 head's 讲话 described in the third
// person — a news feature, not a speech; cut mid-sentence.
// 03 (m.yuzhousk.com) a novel chapter (官途) in a mobile reader: "字:" / "关灯 护眼" chrome, a breadcrumb with the
// chapter, the chapter heading twice (once with "(第3/3页)"), an audit team's 进点 meeting told in narration, a chair's
// quoted "下面请审计组组长…讲话" and the opening of the team leader's quoted speech ("感谢…县委、县政府对审计工作的
// 重视和支持,…") — a novel, not a speech.
// 04 (jianhunews.com) a signed article by a county audit chief in a county news app: "分享至:", a byline with the
// position ("县审计局党组书记、局长 …", the form the house keeps as a speech's byline), a lead announcing "四念" and
// run-in 学史明理,/学史增信,/学史崇德, paragraphs — a written 署名文章 on 党史学习教育, not a speech (as round 41's signed
// article); cut mid-sentence.
// 05 (dzb.jmrb.com) an e-paper report of a city's 经济责任审计 联席会议: "江门日报讯 (记者/… 通讯员/…)" lead,
// 会议指出/会议强调/会议要求 paragraphs, and inline "一是…。…二是…。" points right after full stops (markers by the letter
// of outline-rules.md) summarising the meeting's demands in the third person — a report, not a speech; cut mid-word
// ("担当作").
// 06 (sjt.sc.gov.cn) a provincial audit office's page carrying a district audit bureau's poem 我眼里的审计人: the site's
// welcome/tool bar, the title twice, a "来源: … 发布时间: …" line, then short lines separated by blank lines, in the
// first person ("我看到…") and speaking to "你们" — a poem, not a speech.
// Looked for and not found on a new host (18 queries, over the planned 12): a 审计工作会议 讲话 with 一、/（一） (allw.cn,
// 413yy.cn and lw33.cn hold three, all used); a 国资 work-meeting 讲话 (the corpus answers with 国资委 news on
// used or casino-branded mirrors; the 同志们 speeches sit on jxxfw.com / ppdoc.com's "论文部分内容阅读" template, used);
// an 经济责任审计 进点会 讲话 or 表态发言 (only third-person news: zljnews.cn, ribao.xyxww.com.cn, pmrh.cn are used);
// a 内部审计 座谈会 发言, an audit 主持词, 党课 or 演讲稿 (only news items, poems and novels); a traditional mirror of an
// audit speech (handmsg.com / m.jizihe.com hold an audit worker's essay, both used; 218.28.6.71's 上海国资 abstract is
// used); an 审计报告 (gdcy.gov.cn's 审计工作报告 is used; boteman.cn and bubsandbeans.com's 审计局 会议制度 viewers are used).
// Template twins set aside: jxxfw.com/soolun.net pages (ppdoc's "论文部分内容阅读" periodical template), wap.sanmani.com,
// jcurcio.com and topbestnft.com (traditional mirrors of audit.gov.cn's "oldweb/n4/…/content.html" pages — one CMS;
// none of them used yet, but none carries a speech either), mayaimage.com / lnbds.com / rht360.com / m.yahdsy.com
// (one "listing/newsshow.php?id=" mirror template of 国资 news), m.xiaoshuoge.info and westside-books.com (the same
// audit novel as each other; 03 was taken from another novel).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-raisesky-neibu-shenji-zongjie-crumb-meta-yiyao-colon-not-speech': {
    source: 'http://www.raisesky.cn/article-510396225772210004_510366870116950000.html',
    kind: 'non-speech: news report (an enterprise group\'s internal-audit summary meeting, on its portal)',
    tests: 'a breadcrumb "当前位置:漳州市交通发展集团有限公司门户网站 -> 企业动态 -> 集团动态"; the headline; a "来源:     时间:2017-03-24     点击率:     字体显示:" meta line with empty fields; a lead naming the participants and the chair; the chairman\'s "四点意见:一要…。…;二要…;三要…;四要…" after a colon and semicolons, the paragraph indented with ASCII spaces — reported in the third person, a report, not a speech; 513 characters, all the store holds',
    isSpeech: false,
    title: '集团公司召开2016年度内部审计工作总结会议',
    noise: [],
    outline: [],
  },
  '02-news-zqcn-guozi-jianguan-huiyi-ceji-photo-captions-hardwrap-not-speech': {
    source: 'http://epaper.zqcn.com.cn/content/2013-01/08/content_12580.htm',
    kind: 'non-speech: news feature (侧记 of the national 国有资产监督管理工作会议, newspaper e-paper)',
    tests: 'the headline "鼓足精气神迈开新步伐———全国国有资产监督管理工作会议侧记" (a triple-dash join) twice around a "来源:中国企业报 作者:本报记者…" line; a periodical link "翻阅《中国国资报道》"; one-word photo captions "喜悦"/"专注"/"交流" and a photographer\'s credit; short rhetorical openers; hard wraps mid-sentence ("…这\\n“三新”…", lines breaking inside a list of quoted keywords); the 国资委 head\'s 讲话 described in the third person — a feature, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '鼓足精气神迈开新步伐———全国国有资产监督管理工作会议侧记',
    noise: [],
    outline: [],
  },
  '03-novel-yuzhousk-guantu-shenjizu-jindian-huiyi-reader-chrome-not-speech': {
    source: 'http://m.yuzhousk.com/yd/70/70903/44794829_3.html',
    kind: 'non-speech: novel (an officialdom novel\'s chapter: a county audit team\'s entry meeting; mobile reader)',
    tests: 'reader chrome "字:" and "关灯 护眼"; a breadcrumb "优秀小说 > 官途:权力巅峰 > 第2581章 真正主角"; the chapter heading twice, once with "(第3/3页)"; page 3 opening mid-sentence; paragraphs indented with four ASCII spaces; a quoted report closing "我的汇报就到这里,审计组各位领导同志,…"; a chair\'s quoted "下面请审计组组长、市审计局副局长…同志讲话"; the team leader\'s quoted speech opening "感谢安兴县委、县政府对审计工作的重视和支持,…" and ending in "……”" — a novel, not a speech',
    isSpeech: false,
    title: '第2581章 真正主角',
    noise: [],
    outline: [],
  },
  '04-article-jianhunews-shenjiju-dangshi-xuexi-byline-position-not-speech': {
    source: 'http://jianhunews.com/article/lists-content.html?key=61677e2b043c11f1658b456c&parentkey=5bf273102dd4284f048b458b',
    kind: 'non-speech: signed article (a county audit chief on 党史学习教育, county news app)',
    tests: 'a "分享至:" share label; no headline in the capture; a byline with the position "县审计局党组书记、局长 邵启帆" (the form kept as a speech\'s byline); a lead announcing the "四念"; run-in heads "学史明理,…" / "学史增信,…" / "学史崇德,…" opening paragraphs; first-person plural "我们" — a written 署名文章, not a speech (as round 41\'s signed article); cut mid-sentence ("同时,审计")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-jmrb-jingze-shenji-lianxi-huiyi-yishi-after-fullstop-not-speech': {
    source: 'http://dzb.jmrb.com:8080/jmrb/html/2024-01/12/content_692265.htm',
    kind: 'non-speech: news report (a city\'s 经济责任审计 联席会议, newspaper e-paper)',
    tests: 'no headline in the capture; a "江门日报讯 (记者/… 通讯员/鹤审计)" lead; "会议指出,…" / "会议强调,…" / "会议要求,…" paragraphs; inline "一是提高政治站位,…。…二是紧扣规范权力运行,…。" right after full stops (a run of two by the letter of outline-rules.md) summarising the meeting\'s demands in the third person — a report, not a speech; cut mid-word ("担当作")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-poem-scgov-sjt-wo-yanli-de-shenjiren-gov-header-title-twice-not-speech': {
    source: 'http://sjt.sc.gov.cn/scssjt/sjfc/2021/2/20/d35688cce9684c1ca94329d712d9fb93.shtml',
    kind: 'non-speech: poem (a district audit bureau\'s poem on a provincial audit office\'s site)',
    tests: 'a government site bar "欢迎访问四川省审计厅门户网站! 设为首页| 智能问答 |登录|注册| 繁体切换| 无障碍| 适老化"; the title twice; a "来源: 宜宾市南溪区审计局 发布时间: 2021年02月20日" line; short unpunctuated lines separated by blank lines; the first person ("我看到…") and "你们" addressed near the end — a poem, not a speech; ends with the poem\'s last line',
    isSpeech: false,
    title: '我眼里的审计人',
    noise: [],
    outline: [],
  },
};
