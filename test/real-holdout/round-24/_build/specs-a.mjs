// Gold specs for holdout round 24, part a (cases 01–06): party work — 党课, 七一 宣讲, 主题教育 动员 — and two written
// look-alikes of it. Four spoken pieces (a 党课 on 全面从严治党 on a 党建 范文 site, under the site's banner
// "SUCAI198.COM —— 专注党建行政公文写作范文", the page's title line without the genre, an "admin 分享 时间: 加入收藏
// 共计…个字,预计阅读时长…分钟。" meta line, then the document's own title "党课讲稿:…" wrapped over two lines with a blank line
// between, blank lines between all paragraphs, one 一、 heading line, cut mid-phrase; the first piece of a "…宣讲稿范文八篇"
// collection on a 范文 site, with the collection title, a breadcrumb glued to a date, a site intro ending "…欢迎品鉴!", the
// piece heading "第一篇: <title>", ideographic-space indents, an opening that announces "我讲三个问题。" and previews them as
// inline 一是/二是/三是 after full stops, then the 一、 heading line repeating the first; a 民盟 leader's 动员讲话 at a 政治交接
// 主题教育 meeting on a 范文 site whose title line is cut by the site ("…动员会上的讲"), a "时间:" line printed twice, no
// salutation, 一、/二、 heading lines and a block "一是…" cut mid-heading; a 党课 on 理想信念 on a 文秘 site, under the site
// name and a "首页 > 心得体会 > 读后感 / 正文" breadcrumb, the title once as page title, a date-time line, then twice more
// (once whole, once wrapped over two lines), "同志们:", "一个,…;再一个,…;第三,…" reasons, and the part heading "第一,…"
// flattened into the opening paragraph after "…三个方面的问题: " (a colon and a space)) and two written look-alikes (a
// township leader's 民主生活会 个人对照检查材料 on a 文库 site — "现将个人对照检查情况报告如下。", 一、/(一)/一是 headings, stray
// spaces after 一是/二是 and inside "第 一时间" — a report to be read, not a speech; a 民主党派 cadre's 学习体会 on a month at a
// 社会主义学院, on a traditional-script mirror with converter pinyin and a GBK-garbled quote — reflections, not a speech).
// Judgement calls:
// - 01: the document's own title line "党课讲稿:…赶考之路" (with the genre, as round 21's 01 kept "党课讲稿---") is the title;
//   its two wrapped halves are joined by a `replace` and dropped, not listed. The page-title line above the meta line (the
//   same topic without "党课讲稿:") is the site's copy of the title: dropped, not listed (it is inside the title, so it
//   cannot be a noise string; round 21's 03 dropped its title copies the same way). The meta line's word count is the page's.
//   Historical facts (蔡和森's 1920 letter to 毛泽东, "三座大山") and the quoted 二十大 report sentence are kept.
// - 02: the collection title, the breadcrumb-and-date line, the site's intro and the piece heading "第一篇: <title>" are noise
//   (round 20's 09, round 23's 08/10); the title is the piece's own name. The inline 一是/二是/三是 after "我讲三个问题。"
//   are a preview of the parts (round 13's 10 made such a preview list optional): optional, level 1; the 一、 heading line
//   that follows is required, level 1. "首都" of the original became the fictional 云州.
// - 03: the site cut the title line ("…动员会上的讲"); the gold title is the line as printed (no "话" invented). It is the
//   title, so it is dropped, not listed; "时间:2025-04-27" (twice) is noise. No salutation, yet the piece speaks to an
//   audience ("希望大家务必…") at a 动员会: a speech. The block "一是强化理论武装,深入学习" at the cut is a heading point,
//   level 2 under 二、 (a block opening needs no second number). 中共二十大, 民盟中央 and the named campaigns are kept.
// - 04: the title keeps "2019年党课讲稿----" (the page's own title line, as round 21's 01); all three copies are dropped (the
//   wrapped one joined first by a `replace`), none listed (round 21's 03 dropped its two copies). "第一,深刻理解…一理想信念
//   是什么?" stands after a colon inside the opening paragraph, the part heading flattened into it with a lost "一、" of its
//   first sub-point glued on; it is no point by the rules (not after a sentence end, no 第二 in the capture), so it is
//   optional, level 1, text up to the ASCII "?". "一个,…;再一个,…;第三,…" are prose. The "XX"/"XXX" blanks, the
//   mismatched quotes around "idea” and the spaces in "1952 年" and "150 英里" are the document as printed. Florence
//   Chadwick's swim (费罗伦丝) is kept as a fact; the original's "郭徐" (named officials) became "错误思想".
// - 05: a 对照检查材料 is read out at the meeting but written as a report ("现将…报告如下。"): not a speech; no title in the
//   capture, so the title is "". 06: a 学习体会 is written reflection; its title is the headline with the pinyin off.
// Names of people, places and institutions were replaced by fictional ones (云州; 岑 越, 冯启明, 云岭省社会主义学院; the
// township's "智慧乡村"/康养 project) and the prose rewritten in new words; every noise string is the page's own text.
// The traditional page (06) was drafted in simplified characters, converted with OpenCC (cn→t), then the mirror's forms put
// back (为→為 not 爲, 干部, 心里, 聯系, 收獲, 扎實) and pinyin added after the characters the page annotates (遠 學 習 聯 結
// 應 經 業 礎 統 戰 轉 風 導 現 達), every occurrence; its garbled "?!案褂性姇鴼庾匀A”" (for 。“腹有詩書氣自華”) is the page's.
// Looked for and not found on a new host: a 文库/doc viewer (page labels, "第1页/共N页", chunk numbers) holding a 党课, 廉政 or
// 巡察 讲话 (those seen are on used hosts: wenke99, wnwk, gongwk, gongwenbang, 51gongwen, yunko, 61taotao, wenku.baigecn),
// a traditional-script mirror of a party speech (the mirrors found hold journal articles on 从严治党/民主生活会, not speeches),
// a 民主生活会 点评讲话 or 巡察反馈 讲话 on an unused host (laobiganzi, huaboedu, partyworker, xiezuofangchengshi, jinrimiaobi,
// gongwenku1 are used), and a 学习心得 on one particular 党课 (those found are on used hosts or are news reports).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SC_BANNER = 'SUCAI198.COM —— 专注党建行政公文写作范文';
const SC_HEADER = '坚持全面从严治党,走好新的赶考之路';
const SC_META = 'admin 分享 时间: 加入收藏 共计4141个字,预计阅读时长14分钟。';
const SC_TITLE = '党课讲稿:坚持全面从严治党,走好新的赶考之路';

const GX_COLL = '关于2021年七一重要讲话精神宣讲稿范文八篇';
const GX_CRUMB = '首页 > 热门资讯 > 正文 2022-06-27';
const GX_INTRO =
  '“不忘初心、牢记使命”贯穿党的革命、建设、改革全过程,是中国共产党人继承和发扬优良传统,向着美好未来和最高理想前进的' +
  '永恒主题和力量源泉,要时刻坚守共产党人的这一精神家园。以下是为大家整理的关于2021年七一重要讲话精神宣讲稿范文八篇,欢迎品鉴!';
const GX_TITLE = '关于2021年七一重要讲话精神宣讲稿';
const GX_PIECE = '第一篇: ' + GX_TITLE;

const XK_TITLE = '党员干部在2023年政治交接主题教育动员会上的讲';
const XK_DATE = '时间:2025-04-27';

const ZC_SITE = '职场文秘网';
const ZC_CRUMB = '首页 > 心得体会 > 读后感 / 正文';
const ZC_DATE = '2020-06-05 13:45:55';
const ZC_TITLE = '2019年党课讲稿----坚定理想信念做对党忠诚为党尽责的合格党员';

export const specs = {
  '01-dangke-sucai198-congyan-zhidang-admin-meta-wrapped-title': {
    source: 'https://sucai198.com/dangkepeixun/2023/01/45572.html',
    kind: 'speech: 党课 (a lecture to party members on 全面从严治党 and the "赶考" of the new era; 党建 范文 site)',
    tests: 'the site banner "SUCAI198.COM —— 专注党建行政公文写作范文"; the page-title line (the topic without the genre); an "admin 分享 时间: 加入收藏 共计4141个字,预计阅读时长14分钟。" meta line (a user name, empty 时间:, a bookmark label, a word count and reading time); the document\'s own title "党课讲稿:坚持全面从严治党,走好新的" / "赶考之路" wrapped over two lines with a blank line between; blank lines between all lines; "同志们:"; ASCII double quotes around a quoted report sentence and a letter with ASCII single quotes inside; a block 一、 heading line; historical dates (1920年9月16日); cut mid-phrase ("新中国")',
    isSpeech: true,
    title: SC_TITLE,
    noise: [SC_BANNER, SC_META],
    replace: [['走好新的\n\n赶考之路', '走好新的赶考之路']],
    dropLines: [SC_BANNER, SC_HEADER, SC_META, SC_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '全面从严治党这条必由之路是一条由胜利迈向新胜利的成功之路' },
    ],
  },
  '02-xuanjianggao-gxhmny-qiyi-collection-crumb-intro-inline-yishi': {
    source: 'https://m.gxhmny.com/content/70383.html',
    kind: 'speech: 宣讲稿 (a talk explaining the 2021 七一 speech to cadres; first piece of a "范文八篇" collection on a 范文 site)',
    tests: 'the collection title "…宣讲稿范文八篇"; a breadcrumb glued to a date ("首页 > 热门资讯 > 正文 2022-06-27"); the site\'s intro paragraph ending "…范文八篇,欢迎品鉴!"; the piece heading "第一篇: <title>" with a space after the colon; ideographic-space indents and blank lines; an opening paragraph that says "我讲三个问题。" and then previews the parts as inline 一是…。二是…。三是…。 after full stops (each under 50 characters); the 一、 heading line repeating the first preview point with "和" added; the national leader and the speech named throughout; cut mid-sentence ("是")',
    isSpeech: true,
    title: GX_TITLE,
    noise: [GX_COLL, GX_CRUMB, GX_INTRO, GX_PIECE],
    dropLines: [GX_COLL, GX_CRUMB, GX_INTRO, GX_PIECE],
    outline: [
      { level: 1, marker: '一是', text: '深刻认识习近平总书记“七一”重要讲话的重大意义,始终坚定续写历史新伟业的信仰、信念、信心', optional: true },
      { level: 1, marker: '二是', text: '准确领会习近平总书记“七一”重要讲话的丰富内涵,持续汲取奋进新征程的智慧和力量', optional: true },
      { level: 1, marker: '三是', text: '扎实落实习近平总书记“七一”重要讲话的实践要求,勇挑新时代云州新发展的使命责任', optional: true },
      { level: 1, marker: '一、', text: '深刻认识习近平总书记“七一”重要讲话的重大意义,始终坚定续写历史新伟业的信仰、信念和信心' },
    ],
  },
  '03-jianghua-xueke-zhuti-jiaoyu-truncated-title-date-twice': {
    source: 'https://m.xueke.org/fanwen/97908.html',
    kind: 'speech: 讲话 (a 民盟 provincial leader at the mobilisation meeting of the 2022 政治交接 主题教育; 范文 site)',
    tests: 'a title line cut by the site before its last character ("…动员会上的讲", the genre word incomplete); the same "时间:2025-04-27" line twice; no salutation: the text opens on the heading line "一、深刻认识…重要意义"; a second heading line 二、; a block "一是强化理论武装,深入学习" at the cut (a lone 一是 opening its paragraph, under 二、); quoted campaign names and formula phrases ("两个确立", "四个意识"); a regulation title in 《》; no line breaks but single ones',
    isSpeech: true,
    title: XK_TITLE,
    noise: [XK_DATE],
    dropLines: [XK_TITLE, XK_DATE],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识开展政治交接主题教育的重要意义' },
      { level: 1, marker: '二、', text: '准确把握政治交接主题教育的内涵要求' },
      { level: 2, marker: '一是', text: '强化理论武装,深入学习' },
    ],
  },
  '04-dangke-xlzxsw-lixiang-xinnian-crumb-title-thrice-diyi': {
    source: 'https://www.xlzxsw.com/show-53-115050-1.html',
    kind: 'speech: 党课 (a unit party leader\'s lecture on firm ideals and loyalty to the party; 文秘 范文 site)',
    tests: 'the site name "职场文秘网"; a breadcrumb "首页 > 心得体会 > 读后感 / 正文" naming a wrong column; the title "2019年党课讲稿----<topic>" (four ASCII hyphens) as page title, then a date-time line, then the title twice more under ideographic-space indents — once whole, once wrapped over two lines ("…为党" / "尽责的合格党员"); "同志们:" on its own line; "XX党委"/"XXX" blanks; reasons given as "一个,…;再一个,…;第三,…" after a full stop and semicolons (no markers); the part heading "第一,深刻理解…重要意义一理想信念是什么?" flattened into the opening after "…三个方面的问题: " (a colon and a space), with a sub-point\'s lost "一、" glued on; mismatched quotes ("idea”); spaces inside "1952 年" and "150 英里"; cut mid-quote ("她说:“真")',
    isSpeech: true,
    title: ZC_TITLE,
    noise: [ZC_SITE, ZC_CRUMB, ZC_DATE],
    replace: [['为党\n\n　　尽责的合格党员', '为党尽责的合格党员']],
    dropLines: [ZC_SITE, ZC_CRUMB, ZC_DATE, ZC_TITLE],
    outline: [
      { level: 1, marker: '第一,', text: '深刻理解坚定理想信念的重要意义一理想信念是什么', optional: true },
    ],
  },
  '05-duizhao-jiancha-wenkuhub-minzhu-shenghuohui-not-speech': {
    source: 'https://www.wenkuhub.com/?p=133460',
    kind: 'non-speech: 个人对照检查材料 (a township leader\'s self-examination for the 2025 民主生活会; 文库 site)',
    tests: 'no title or chrome in the capture; a first-person opening on the preparations (study, 谈心, "意见建议 19 条") ending "现将个人对照检查情况报告如下。"; a 一、 heading line, a "(一)在带头…方面" line with ASCII parentheses, paragraphs opening "一是 …"/"二是 …" with a space after the marker; spaces around numbers ("2025 年", "4 个") and inside "第 一时间"; a space after a full stop before "2025 年上半年"; cut mid-word ("在运") — a report to be read at the meeting, not a speech',
    isSpeech: false,
    title: '',
  },
  '06-xinde-vinanysoft-big5-pinyin-shehuizhuyi-xueyuan-not-speech': {
    source: 'http://www.vinanysoft.com/ztzgrmzzxshyzqsbsqwyh/zxyy/content_410386',
    kind: 'non-speech: 学习体会 (a 民主党派 cadre\'s reflections on a month at a 社会主义学院; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after 遠 學 習 聯 結 應 經 業 礎 統 戰 轉 風 導 現 達 (every occurrence, in the headline too: "揚帆遠(yuǎn)航"); the headline, then the author\'s name with a space ("岑 越"); a GBK-garbled run "?!案褂性姇鴼庾匀A”" where a full stop and a quoted line were; an unnumbered subheading "學(xué)習(xí)是終生的事業(yè)"; the mirror\'s 干部/心里/聯系 kept; lessons, reports and a 導讀課 named — written reflections on study and lectures, not a speech; cut inside a quotation ("“學(xué)而時")',
    isSpeech: false,
    title: '凝聚共識 揚帆遠航',
  },
};
