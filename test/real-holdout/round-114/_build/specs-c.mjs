// Gold specs for holdout round 114, part C (cases 13–18): disability federations and Helping the Disabled Day (残联
// 工作会议, 全国助残日 活动, 残疾人运动会 开幕, 康复中心 揭牌 — and their look-alikes: a 慰问信 or 倡议书, news reports).
// One spoken piece and five written look-alikes. 13 is the only speech the theme offered on a fresh host: a book-info page
// (m.chenjiamin.chinavalue.net, "BookInfo.aspx") whose whole stored text is the label "内容简介" over one paragraph
// that is a leader's speech at a 自强模范暨助残先进 表彰大会 ("今天受到表彰的自强模范…刚才,几位…代表作了发言,我和在座各位一样
// …"), with no title line, no salutation and no numbered point; it tests whether a first-person speech excerpt under a
// book page's label is read as a speech with an empty title (the label is the site's). It runs under the 610-character
// floor because the store holds no more. 14 (ztdvr.cn) is a traditional-script news report of the 自治區首屆殘特奧運動會
// opening on a hijacked government page: a spam keyword line at the top, a breadcrumb "當前位置:首頁 > 專題專欄 > … > 要聞",
// the headline, a sub-headline naming who "致辭", a "2023-09-09 來源:中衛(wèi)日報" line, "字號: | 打印 |", a QR-share box
// ("用微信掃描二維碼 / 分享至好友和朋友圈 / ×"), the mis-encoded runs of the mirror ("區(qū)", "殘?zhí)貖W", "聯(lián)") and
// three officials' 致辭 reported in the third person ("趙素京在致辭中表示,…") — a report, not a speech; cut mid-word
// ("全區(q"). 15 (noblecenter.com.cn) is a news item about the 中国残联 meeting that relayed the 二十大 spirit: a museum's
// nav line ("上海诺宝新征程 诺宝艺术馆 特奥纪念馆 生命阳光馆"), "[关闭]", bullet meta lines "  • 文章来源: 中国残联" and
// "  • 发布时间:2022.10.25", then "张海迪在讲话中强调,…要…要…" — the 讲话 told in the third person; cut mid-sentence.
// 16 (khwz.net) is a 助残日 倡议书 (the theme's 慰问信 kind: a letter to the public): an addressee line "尊敬的社会各界爱心人士:"
// that looks like a salutation, first-person-plural appeals, "行动吧!" and three lines opening "——您可以…" that a speech
// would make dash points — a written letter, not a speech, so no outline; no headline in the capture, so the title is "";
// cut mid-sentence ("更加文明"). 17 (indianrestaurantgz.com) is a county news item about officials visiting three poor
// disabled children, followed by the paper's own "在此倡议:" with lines "一、从我做起,…" "二、…" "三、…", a slogan paragraph,
// the two issuing units, "联合出品" and "赞赏" — a report plus an appeal, not a speech (its 一、二、三、 are no outline); the
// site's missing figure "约占万左右" kept; no headline in the capture; 602 characters, all the store holds. 18 (bdpf.org.cn)
// is a news report of the 残联系统人大代表、政协委员座谈会: a breadcrumb "所在位置 首页  >  资讯信息  >  中国残联", the
// headline, "  发表时间:2011-03-23 【字体:" cut at the font switch, indented paragraphs, a photo caption "图为…讲话" and the
// leaders' words reported ("她在讲话中说,…", "王新宪书记在讲话中指出,") — a report, not a speech; cut mid-sentence.
// Living people who are not public figures (17's officials and the three children) got fictional names; national leaders
// and the officials named in the 14/15/18 reports are public figures and keep theirs. The prose was rewritten throughout.
// Looked for and not found on a fresh host (about twenty queries): a 残联 工作会议 讲话 with 一、/一是 points (fxcl.fuxin.gov.cn,
// xiaomilidoc, xiezuofangchengshi, m.bimoxiezuo, m.kaoyanmiji/kaoyanmiji, zgxlcd, m.7rdy, www.gov.cn (its big5 mirror is used)
// are used); a 助残日 致辞 (shaipic, m.010zaixian, regraff, 16fw, taowenge, xlzxsw, 3du.tw, gongwensou are used); a 残疾人
// 运动会 开幕词 (only news reports of openings came back, most on used hosts: jiuxingjy, baogaosu, big5.www.gov.cn, cctv);
// a 康复中心 揭牌 致辞 (gytoday, m.henancjr, m.wnwk/wnwk are used; 78911.com.cn's 主持词 is used); a traditional-script mirror
// of a speech on this theme (regraff, 416w, qiantimeigw are used); a 慰问信 proper (the corpus answered with news of
// 慰问 visits, so 16's 倡议书 stands in for it). No page of this part carries a numbered point of a speech.
// Template twins set aside: m.rqylqx.com (the "/article/<col>/<sub>/YYYYMM/<id>.html" farm with "前言:本站為你精心整理了…
// 我們的客服老師可以幫助你…" — as m.wugjj, 0312yh, uv63h8, m.ushengzhilian), shcdff.com and m.emrowgh.com (the ruiwen family:
// "- 相關推薦" over the title, "時間:… 我要投稿"), m.abook.qq.com (the same book reader as the used novel.qq.com, one
// organisation's site, same book id), jsjstd.com (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo);
// gzjmsqm.com and feifmx.com (fresh hosts, but the doubled-punctuation ",," mirror kind already used as pfn6i0.com) were
// left for news pages with more furniture.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CV_LABEL = '内容简介';

export const specs = {
  '13-jianghua-chinavalue-zigiang-biaozhang-book-blurb-no-title': {
    source: 'http://m.chenjiamin.chinavalue.net/bookinfo/BookInfo.aspx?BookID=785700',
    kind: 'speech: 讲话 (a leader at a 自强模范暨助残先进 表彰大会, printed as a book\'s 内容简介 on a book-info page)',
    tests: 'a book-info page whose whole stored text is the label "内容简介" over one long paragraph; the paragraph is a first-person speech excerpt ("今天受到表彰的自强模范…", "刚才,几位自强模范和助残先进代表作了发言,我和在座各位一样,…", "大家知道,…") with no title line, no salutation, no closing and no numbered point; the label is the site\'s; under the 610-character floor (the store holds no more)',
    isSpeech: true,
    title: '',
    noise: [CV_LABEL],
    dropLines: [CV_LABEL],
    outline: [],
  },
  '14-news-ztdvr-can-teao-yundonghui-kaimu-trad-spam-crumb-not-speech': {
    source: 'http://ztdvr.cn/ztzl/zzqdsljydhjsjctaydh/yw/202309/t20230911_4258768.html',
    kind: 'non-speech: news report (the opening of the region\'s first games for the disabled and Special Olympics; traditional-script mirror of a government page)',
    tests: 'a spam keyword line at the top; a breadcrumb "當前位置:首頁 > 專題專欄 > 自治區(qū)第十六屆運動會暨首屆殘?zhí)貖W運動會 > 要聞"; the headline and a sub-headline "劉軍宣布開幕 趙素京馬如林張利致辭 馬洪海主持" naming who spoke; a "2023-09-09 來源:中衛(wèi)日報" line, "字號: | 打印 |", a QR-share box ending in a lone "×"; mis-encoded runs ("區(qū)", "殘?zhí)貖W", "聯(lián)", "事業(yè)"); three 致辭 reported in the third person ("趙素京在致辭中表示,…", "馬如林在致辭中表示,…") — a report, not a speech; cut mid-word ("全區(q")',
    isSpeech: false,
    title: '自治區(qū)首屆殘?zhí)貖W運動會開幕',
    noise: [],
    outline: [],
  },
  '15-news-noblecenter-canlian-ershida-nav-bullets-not-speech': {
    source: 'https://noblecenter.com.cn/ershidazhuanti/3303.html',
    kind: 'non-speech: news report (the 中国残联 meeting that relayed the 二十大 spirit, reposted on a museum\'s site)',
    tests: 'a nav line "上海诺宝新征程 诺宝艺术馆 特奥纪念馆 生命阳光馆" and "[关闭]"; the headline; bullet meta lines "  • 文章来源: 中国残联" and "  • 发布时间:2022.10.25"; the meeting told in the third person; "张海迪在讲话中强调,…要…。要…。要…" — a reported 讲话 whose 要 sentences look like points; quoted report phrases; cut mid-sentence ("残疾人的")',
    isSpeech: false,
    title: '中国残联传达学习党的二十大精神',
    noise: [],
    outline: [],
  },
  '16-changyishu-khwz-zhucanri-dash-lines-not-speech': {
    source: 'https://www.khwz.net/news/naM18g671K.html',
    kind: 'non-speech: 倡议书 (an appeal to the public for the 35th 全国助残日; a written letter like a 慰问信)',
    tests: 'no headline in the capture; an addressee line "尊敬的社会各界爱心人士:" that looks like a salutation; first-person-plural appeals ("我们真诚发出倡议", "让我们…"); a lone "行动吧!" line; three lines opening "——您可以…" that a speech would make dash points; a quoted slogan; cut mid-sentence ("更加文明") — a written letter, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-indianrestaurantgz-weiwen-changyi-yi-er-san-not-speech': {
    source: 'http://www.indianrestaurantgz.com/cjetjy/2710.html',
    kind: 'non-speech: news report with an appended 倡议 (officials visiting poor disabled children; a county political-legal committee and a paper\'s joint item)',
    tests: 'no headline in the capture; a 日前 lead told in the third person; the site\'s missing figure "约占万左右"; "在此倡议:" then lines "一、从我做起,…。…;" "二、从我做起,…;" "三、从我做起,…。" — numbered appeals of a written item, no outline; a quoted slogan paragraph; the two issuing units, "联合出品" and "赞赏" at the end; 602 characters, all the store holds',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-bdpf-canlian-zuotanhui-crumb-caption-not-speech': {
    source: 'http://www.bdpf.org.cn/n1544/n1546/c58471/content.html',
    kind: 'non-speech: news report (a 残联 symposium of NPC deputies and CPPCC members from the 残联 system)',
    tests: 'a breadcrumb "所在位置 首页  >  资讯信息  >  中国残联" with doubled spaces; the headline; "  发表时间:2011-03-23 【字体:" cut at the font switch; indented paragraphs; the leaders\' words reported ("她在讲话中说,…", "王新宪书记在讲话中指出, …"), with a quoted leader\'s speech inside the report; a photo caption "图为中国残联党组书记、理事长王新宪讲话"; cut mid-sentence ("我们要认真") — a report, not a speech',
    isSpeech: false,
    title: '残联系统人大代表、政协委员座谈会召开',
    noise: [],
    outline: [],
  },
};
