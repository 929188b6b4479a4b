// Gold specs for holdout round 132, part C (cases 13–18): ice and snow festivals and winter tourism (冰雪节, 滑雪节,
// 冰雪旅游, 冬季运动会 — openings, mobilisation meetings, activity plans, and their look-alikes).
// One spoken piece and five written look-alikes; the theme's fresh speeches ran out (see below).
// 13 (www.badongedu.com): a school's 冬季运动会 opening 致辞 with no title and no site noise in the capture — the salutation
// "尊敬的各位来宾、运动员们,亲爱的同学们:", "大家好!", a courtesy "首先,请允许我代表学校…" inline after a full stop, a closing
// "最后,我希望…" paragraph, "预祝…圆满成功!" and "谢谢大家!"; a do-no-harm case that tests an untitled speech and courtesy
// sequence words. 14 (kjj.sz-dsf.com, a city government's 旅游 column on a hijacked domain): a report of a district's 雾凇冰雪节
// 动员会议 where the city's name was replaced by a gambling brand ("第22届中国·申慱亚洲官方网:国际雾凇冰雪节", three times);
// "首先由…宣读《…》;二是由区长…作动员讲话。", then "刘振军强调:第一,精心筹备,…" and a block "第二,迅速启动,…" line, inline
// "一要…。二要…。三要…。" and "一要…。二要…。三要…。四是…。" runs, in the first person plural ("我们要…") — a news report of a
// meeting that prints the speech's points, not a speech; cut mid-word ("冷资"). 15 (zqqhxs.com): a 范文 collection page
// "青少年冰雪活动方案范文(精选11篇)" with the site's generic lead about 方案 and a 小编 promo, the piece heading glued to the
// first piece ("…(精选11篇)1为了…"), a campus snow-clearing plan with "一、指导思想" / "二、清雪范围" / "1.…;" / "三、…" /
// "1.清冰雪时限" lines, then a "……此处隐藏8050个字……" fold glued to a later piece on a city 冰雪节 — an activity plan, not
// a speech. 16 (heilongjiang.dbw.cn): a news site's report of the 国际滑雪节 opening whose photos left "![]() |" Markdown
// image lines with "<caption> |" lines under them, a "东北网12月5日电(记者 …)" lead, officials who "分别致辞" in the third person,
// and a "责任编辑:…" tail — a report, not a speech. 17 (jgxy.dqsy.net): a college's news item on a city 雪地温泉节 opening
// (致辞 named only in the third person, the college's own closing paragraph on school–enterprise cooperation) ending in a
// `<image>data:image/…` line and a second one cut off — a report, not a speech. 18 (cvppdbzx.com, an ASP news page on an
// unrelated domain): "当前位置:首页>新闻追踪", a poetic headline with a "——首届…开幕" tail, a "发布日期:… 发布者:  浏览:80292"
// line with an empty poster, bare "1.jpg" … "4.jpg" lines and a photo caption repeating the vice-mayor's announcement; the
// speakers are reported ("他表示,…") — a report, not a speech; cut mid-word ("融").
// Judgement calls: 13 has no title line in the page, so the title is "" (the theme of the speech is not invented from the
// URL); the courtesy "首先," after a full stop is a run of one by the letter of outline-rules.md and the closing "最后,"
// paragraph a lone sequence word — as round 4's case 06 ("a courtesy 首先, inline after a full stop and a closing 最后,
// paragraph → both optional"), both are optional level-1 items; the 最后 sentence is longer than 50 characters and is cut at
// its first comma. 14 is a report although its middle reads like the speech: the meeting is told in the third person and
// the points hang on "刘振军强调:" (as round 72's 05 and the house's 一是…二是… report summaries), so no outline. 15's title
// is the collection name without its count. 16 and 17 print no headline inside the capture, so their titles are "".
// Looked for and not found on a new host: a 冰雪节 开幕式 致辞 on a 范文 or government site (every hit was a news report:
// hkcd, big5.cri.cn, chinadaily, ttnews.xyz are used); a 冰雪旅游 推介会 讲话 (reports only); a 滑雪场 开业/开板 致辞 (reports
// only); a 冬季运动会 开幕 讲话 with numbered points (m.qiqiwenku.com's 文库 "冰雪运动会 开幕词", m.howto234.com's wenku
// 开幕词, littlestuffedanimals.com, yunyanqing.com and letgol.com are used); a 冰雪节 筹备会议 讲话 with 一、/（一） headings
// (only reports on pinyin mirrors turned up); a traditional-script speech of the theme; a 主持词 of a 冰雪节 opening. So only
// one speech stands here, and it carries no numbered point beyond its courtesy sequence words.
// Template twins set aside: zixun.ccvote.com (a 冬季运动会开幕式致辞 on the "/jxfw/<yyyymm>/<id>.html" farm with the
// 【title】 glued before the salutation, as the used bbs.shfzb.com, zixun.tlmhxx.com, zixun.aivote.com …); cfcp-wto.org
// (the "本篇文章N字,读完约N分钟" reading-time chrome of the used cq828.cn); www.easyfundingllc.com (a 中國西藏網 copy on a
// hijacked domain with converter pinyin, the "/cn/<col>/<yyyymm>/t<date>_<id>.html" template of the used 7baotech.com;
// www.njpanjin.com and m.ihouhe.com the same); wuxianxs.cc (a novel farm's "/read/<book>/<chapter>_2.html" "(2/2)" page, as
// the used hxzhai.com); sw.sz-dsf.com (the same base domain as case 14).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-zhici-badongedu-dongji-yundonghui-untitled-shouxian-zuihou': {
    source: 'https://www.badongedu.com/shengh/202504/1039125.html',
    kind: 'speech: 致辞 (a school leader opening the school\'s 冬季运动会; untitled, no site noise in the capture)',
    tests: 'no title line and no site noise: the capture opens with the salutation "尊敬的各位来宾、运动员们,亲爱的同学们:" and "大家好!"; a courtesy "首先,请允许我代表学校…表示真诚的谢意!" inline after a full stop; paragraphs on winter sports, the school\'s record and the events (滑雪、滑冰、雪地拔河); a closing "最后,我希望全体参赛选手能够赛出风格、赛出水平,…" paragraph with a semicolon; "预祝本届冬季运动会圆满成功!" and "谢谢大家!" as the last lines (the whole speech is in the capture)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表学校向所有为本次运动会辛勤筹备的老师和同学表示真诚的谢意', optional: true },
      { level: 1, marker: '最后,', text: '我希望全体参赛选手能够赛出风格、赛出水平', optional: true },
    ],
  },
  '14-news-szdsf-wusong-bingxuejie-dongyuan-hijack-brand-diyi-yiyao-not-speech': {
    source: 'http://kjj.sz-dsf.com/zt/sjjq/zgjlgjwsbxj/22thgjbxj/201706/t20170621_176141.html',
    kind: 'non-speech: news report (a district\'s 雾凇冰雪节 mobilisation meeting; a city government page on a hijacked domain)',
    tests: 'no headline in the capture; the city\'s name replaced by a gambling brand inside the festival\'s name ("第22届中国·申慱亚洲官方网:国际雾凇冰雪节", also in a 《…活动方案(草案)》 title); the meeting told in the third person with "首先由…宣读…;二是由区长…作动员讲话。"; then "刘振军强调:第一,精心筹备,…确保冰雪节任务落到实处。", a block "第二,迅速启动,…" line, inline "一要确保活动精彩。二要…。三要…。" and "一要突出项目建设,…。二要…。三要…。四是…。" runs in the first person plural — the speech\'s points as printed by a report, not a speech; cut mid-word ("冷资")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '15-fangan-zqqhxs-qingshaonian-bingxue-huodong-jingxuan-promo-fold-not-speech': {
    source: 'https://zqqhxs.com/fwxz/czbg/80178.html',
    kind: 'non-speech: 活动方案 (a 范文 collection of youth ice-and-snow activity plans)',
    tests: 'the collection title "青少年冰雪活动方案范文(精选11篇)"; the site\'s generic lead on what a 方案 is and a "下面是小编精心整理的…(精选11篇),希望对大家有所帮助。" promo; the piece heading glued to the first piece ("…(精选11篇)1为了…特制定本方案。"); heading lines "一、指导思想", "二、清雪范围", "三、清雪时限及标准", "1.清冰雪时限" and area lines "1.…万平方米;" to "4.…" — a written plan about clearing snow on campus; a "……此处隐藏8050个字……" fold glued to a later piece about a city 冰雪节\'s international programme; cut mid-word ("国")',
    isSpeech: false,
    title: '青少年冰雪活动方案范文',
    noise: [],
    outline: [],
  },
  '16-news-dbw-guoji-huaxuejie-kaimu-image-markdown-captions-not-speech': {
    source: 'https://heilongjiang.dbw.cn/system/2006/12/05/050628814.shtml',
    kind: 'non-speech: news report (the opening of a province\'s 国际滑雪节; a regional news site)',
    tests: 'photos left as Markdown image lines "![]() |" with caption lines "开场舞《五洲畅想》 |" etc. under them (six pairs), the first pair above the lead; no headline in the capture; a "东北网12月5日电(记者 林蕾)" lead with a slogan ("酷省龙江,滑雪天堂。"); officials who "宣布…开幕" and "分别致辞" in the third person; a history paragraph with "2005-2006雪季" figures; a "责任编辑:杜晓" tail — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-dqsy-xuedi-wenquanjie-college-news-dataimage-not-speech': {
    source: 'https://jgxy.dqsy.net/info/1048/1388.htm',
    kind: 'non-speech: news report (a college\'s item on a city 雪地温泉节 opening and 冬季旅游 推介会)',
    tests: 'no headline in the capture; a descriptive opening on the "冰火两重天" of snow and hot springs; the festival\'s opening with its organisers and the city leaders present; a run of ceremony events ("其间,…牵手仪式…;…签约仪式;此外,…8名旅游达人…进行了致辞。最后,…共同启动了开幕式。") — 致辞 only reported; the 推介会; the college\'s own closing paragraph on school–enterprise cooperation; a "<image>data:image/…</image>" line and a second one cut off — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-cvppdbzx-lianhuashan-huaxuejie-kaimu-crumb-meta-jpg-lines-not-speech': {
    source: 'http://cvppdbzx.com/zhuanti_xx.asp?News_ID=675&News_SmallClass_ID=64',
    kind: 'non-speech: news report (the opening of a 滑雪节 and a new ski resort; an ASP news page on an unrelated domain)',
    tests: 'a breadcrumb "当前位置:首页>新闻追踪"; a poetic headline "诗情动地舞翩迁 冰雪盛宴喜空前——首届…开幕"; a "发布日期:2019/12/2  发布者:  浏览:80292" meta line with an empty poster; bare image file names "1.jpg" … "4.jpg" on their own lines and a caption line repeating the vice-mayor\'s announcement; the festival told in the third person, the first speaker reported ("他表示,…") — a report, not a speech; cut mid-word ("融")',
    isSpeech: false,
    title: '诗情动地舞翩迁 冰雪盛宴喜空前——首届长春莲花山滑雪节暨天定山滑雪场开幕',
    noise: [],
    outline: [],
  },
};
