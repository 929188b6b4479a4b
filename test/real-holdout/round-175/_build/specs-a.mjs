// Gold specs for holdout round 175, part A (cases 01–06): farming and rural revitalisation (春耕 生产 动员, 农民丰收节,
// 乡村振兴 推进会, 高标准农田 建设 — their 讲话/致辞/表态发言, and their look-alikes: news reports, a 农业 article, a novel).
// One spoken piece and five written look-alikes (the search budget ran out after some forty queries, and every speech
// on the theme that the searches brought up stood on a used host; see below). The speech: a county leader's 动员讲话
// launching the 土地利用综合改革 (the "三块地": town construction land, farmland and its reserves, village collective
// land) on a traditional-script converter mirror (newdaypress.com, "/content/<id>.html"): the headline on one line with
// the genre letter-spaced ("…動(dòng)员會(huì)上的 講 話"), a "發(fā)布時(shí)間:2018-11-30" meta line, the title again split over two
// lines ("…動(dòng)員會(huì)上的" / "講 話"), the speech's own date line "(2018年1月18日)", "同志們:", converter pinyin after
// most words ("會(huì)", "規(guī)劃區(qū)", "簡(jiǎn)稱"), "我講四點(diǎn)意見(jiàn)。", a standalone "一、…" heading, a standalone "(一)…"
// heading under it, and the capture cut inside a pinyin bracket ("哪里來(lá"). The look-alikes: a traditional mirror's
// story (huigemao.com, "/xwzx/gsdt/<id>.html") of a 高标准农田 project's groundbreaking in Shanghai, with the
// converter's doubled commas (",,", ",。", ",、"), pinyin, a mis-encoded "當?shù)剞r(nóng)" and paragraphs opening "首先,,",
// "接著,", "隨后,,", reporting the 致辞 and 講話 in the third person; a web-novel chapter (m.83zw.net, 全职农夫) with
// the reader chrome ("最新网址:…", crumb, "(1/2)", "目录", "好书推荐: …"), a village road's 竣工仪式, a township head's
// quoted 发言 and a narrated list "比如:第一,…。第二全体起立…。第三,…。第四,…。第五,…。最后,…"; a bank-side
// article on financing 高标准农田 (hnxuanyu.cn, "nd.jsp?fromMid=…&id=…") whose mirror puts toneless pinyin after
// characters, repeated once per occurrence in the word ("高(gao)(gao)", "田(tian)(tian)(tian)"), with a "一、…" heading; a
// university news item reposted on a hijacked site (jnlty.com, "/info/<col>/<id>.htm") where a betting app's name
// stands for 北京 and for the leader's name ("好用的足球竞彩app"), with "发布时间: … / 点击数:" and a 揭牌仪式 whose 致辞
// are reported ("…在致辞中首先对北航表示感谢"); a writer's 乡村振兴宣言 on a portal (hea.china.com) under a photo
// caption and his byline, speaking for "我们".
// Judgement calls: 01: the one-line headline is the title (its letter-spacing is no word); the two lines under the
// meta line repeat it and are dropped, not listed as noise (equal to the title; as round 5 case 02 joined a two-line
// title, here the joined lines only repeat the headline); "(2018年1月18日)" is the speech's own date line and stays (as
// round 117 case 02); the meta line is noise with its date as a distinctive part; every whole "(pinyin)" goes by the
// regular expression, the "(lá" the capture cut off stays at the end of the last paragraph (real-text README: pinyin
// fragments cut off by the end of the capture stay); "一、…" is a required level-1 heading and "(一)…" a required
// level-2 heading; "我講四點意見" announces points but is no marker; the capture ends before any 一是. 02 is a report
// (the 致辞 and the 講話 are told in the third person, "他指出,,…", "他認為,,…"), so its 首先/接著/隨后 paragraphs are no
// outline (as round 5 case 15). 03 is a novel: the 发言 is quoted inside the narration and the 第一…第五 list describes
// how such ceremonies usually run; no speech (as real-text 09 and 88). 04 is a written article ("本文…逐一分析"), its
// "一、" heading is an article's (as real-text 16 and 34, guides with headings). 05 is a news report ("北航新闻网…电
// (通讯员 …)", "…分别致辞", "…在致辞中首先…"), not a speech, though 致辞 and 首先 recur. 06: a 宣言 is a written
// declaration (real-text README: pages of a written genre are not speeches even when they speak as "我们"); no
// salutation, no audience addressed. Names of private people (the correspondent, the township and university
// officials, the writer and the three descendants named in the caption) were replaced by fictional ones; the prose was
// rewritten; place names, the novel's fictional names and quoted slogans of public documents were kept.
// Looked for and not found on a new host: a 春耕/春季农业生产 动员讲话 (creditsailing.com and its mirror 5728338.com,
// huaboedu.com, docx.baby, xiaomilidoc.com, wenku365.com, gongwen.com.cn, gwyoo.com: all used); a 农民丰收节 致辞 or
// 主持词 (e.wenmi.ren, farmer.com.cn used; the rest are reports of the festival, poems and a novel); a 乡村振兴 推进会
// 讲话 or 表态发言 with 一是/第一 points (gongwk.com, bgzvip.com.cn, dangkexuexi.com, m.wenke99.com, yunko.cn,
// bimoxiezuo.com, gongwenz.com, cinyz.com: all used); a 高标准农田 推进会 讲话 (wenmizhiyou.com, wm114.cn, alatiku.com
// used); neighbouring speeches on 烤烟, 三夏, 土地流转, 合作社 and 农博会 (hunwen.com, xiexiaoyi.com, youxiua.com,
// longcen.com, 6dgww.com, shenghuoriji.com, mingyanjiaju.org, m.bsmz.net: used). So only one speech, with two numbered
// headings; no 文库 viewer and no 致辞 on a new host.
// Template twins considered: m.83zw.net's reader chrome ("目录", "好书推荐: …", "(1/2)") is the common novel CMS of
// rounds 75's 12 (pfwxw) and 142's 12 (sm666), but no line of six characters or more is shared ("好书推荐:" and
// "最新网址:" alone are generic labels), so it was kept; hnxuanyu.cn's toneless "(nong)" pinyin is the converter of round
// 69's 01 (studiorouge), with no shared noise line and without that page's spam header; huigemao.com's doubled commas
// are the converter artifact of rounds 100's 09, 103's 07 and 142's 03 (24 used pages carry ",,"), no line shared;
// newdaypress.com's "發(fā)布時(shí)間:" label is the converter's generic label (eight used pages), no other line shared.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?: ?/ ?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*\\)';

const ND_TITLE = '在全面推進土地利用綜合改革動員會上的講話';
const ND_META = '發(fā)布時(shí)間:2018-11-30';

export const specs = {
  '01-jianghua-newdaypress-big5-pinyin-tudi-gaige-dongyuanhui-spaced-title-twice-meta-date-pinyin-cut': {
    source: 'http://newdaypress.com/content/13364.html',
    kind: 'speech: 讲话 (a county leader\'s 动员讲话 launching the 土地利用综合改革 of the "三块地"; traditional-script converter mirror)',
    tests: 'the headline with the genre letter-spaced ("…動(dòng)員會(huì)上的 講 話"); a "發(fā)布時(shí)間:2018-11-30" meta line; the title again over two lines ("…動(dòng)員會(huì)上的" / "講 話"); the speech\'s own date line "(2018年1月18日)"; "同志們:"; converter pinyin after most words, inside brackets of the text ("(以下簡(jiǎn)稱“三塊地”)"); "我講四點(diǎn)意見(jiàn)。"; a standalone "一、…" heading and a standalone "(一)…" heading; the capture cut inside a pinyin bracket ("哪里來(lá")',
    isSpeech: true,
    title: ND_TITLE,
    noise: [ND_META, '2018-11-30'],
    regexCut: [PINYIN],
    dropLines: ['在全面推進土地利用綜合改革動員會上的 講 話', '發布時間:2018-11-30', '在全面推進土地利用綜合改革動員會上的', '講 話'],
    outline: [
      { level: 1, marker: '一、', text: '準確把握土地利用綜合改革的內容和重大意義' },
      { level: 2, marker: '(一)', text: '弄清土地利用綜合改革的具體內容' },
    ],
  },
  '02-news-huigemao-big5-pinyin-nongtian-kaigong-qingdian-double-commas-shouxian-zhici-reported-not-speech': {
    source: 'https://www.huigemao.com/xwzx/gsdt/16069.html',
    kind: 'non-speech: news report (the groundbreaking of a 高标准农田 project in Shanghai; traditional-script converter mirror)',
    tests: 'no title line; converter doubled commas (",,", ",。", ",、") and pinyin ("農(nóng)田", "發(fā)表"); a mis-encoded "當?shù)剞r(nóng)"; paragraphs opening "首先,,", "接著,", "隨后,,"; the 致辞 and the 講話 reported in the third person ("政府領導發(fā)表了熱情洋溢的致辭。他指出,,…") — a report, not a speech; cut after a doubled comma',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-novel-83zw-quanzhi-nongfu-jungong-yishi-zhenzhang-fayan-diyi-diwu-list-not-speech': {
    source: 'https://m.83zw.net/book/106/106576/43833719.html',
    kind: 'non-speech: novel (a web-novel chapter: a village road\'s 竣工仪式 with a township head\'s 发言)',
    tests: 'reader chrome: "最新网址:www.83zws.com", a crumb "首页 > 玄幻魔法 > 全职农夫 > 第三百九十三章 过年前夕", the chapter title with "(1/2)", "目录", a "好书推荐: …" list; a quoted 发言 closed by "杨镇长发言。"; a narrated list "比如:第一,…。第二全体起立…。第三,…。第四,…。第五,…。最后,…" (the second without a comma); the 镇长 speaking again in quotes, cut mid-sentence ("放在第一位,") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-article-hnxuanyu-toneless-pinyin-repeated-gaobiaozhun-nongtian-jinrong-yi-heading-not-speech': {
    source: 'http://hnxuanyu.cn/nd.jsp?fromMid=533&id=117',
    kind: 'non-speech: article (financing 高标准农田 construction: policy background and bank credit; mirror with toneless pinyin)',
    tests: 'toneless pinyin after characters, repeated once per occurrence in the word ("高(gao)(gao)標準(zhun)", "田(tian)(tian)(tian)", "糧(liang)(liang)"); quoted slogans and the party report; "本文…" announcing the article\'s parts; a standalone "一、…" question heading; cut inside a pinyin bracket ("配套(t") — a written article, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-jnlty-casino-brand-xiangcun-zhenxing-jidi-jiepai-zhici-reported-not-speech': {
    source: 'http://jnlty.com/info/1004/59372.htm',
    kind: 'non-speech: news report (a university\'s 乡村振兴 research base unveiled in a Weihai township; reposted on a hijacked site)',
    tests: 'a betting app\'s name "好用的足球竞彩app" alone on the first line and planted where 北京 and the leader\'s name stood ("好用的足球竞彩app航空航天大学", "好用的足球竞彩app总书记"); the headline; "发布时间: 2023-06-26 / 点击数:" with an empty count; a "北航新闻网…电(通讯员 …)" lead; the 致辞 reported ("…分别致辞", "…在致辞中首先对北航表示感谢。他说,…") — a report, not a speech; cut mid-word ("助")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-xuanyan-china-xiangcun-zhenxing-xuanyan-caption-byline-first-person-plural-not-speech': {
    source: 'https://hea.china.com/article/20211010/102021_893272.html',
    kind: 'non-speech: 宣言 (a writer\'s 乡村振兴宣言 on a news portal)',
    tests: 'a long photo caption naming the author and his companions; the title "乡村振兴宣言" and the bare byline under it; a slogan line; a declaration in the first person plural ("我们理应当仁不让,…") with a quoted "民族要复兴,乡村必振兴"; no salutation and no audience addressed; "第一个一百年" at the cut — a written declaration, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
