// Gold specs for holdout round 30, part b (cases 07–12): transport, housing and construction, urban management, water
// and agriculture offices. Four spoken pieces (a water minister's 全国防汛抗旱工作会议 讲话 on a provincial water
// association's site (qzslhx), under its nav lines "添加收藏/设为首页/联系方式" and an arrow breadcrumb, with the site
// headline "<name>在…会议上的讲话", the document's own two-line slogan title, a "—在…上的讲话" subtitle with a single
// dash, a byline and a date, then 一、 as a block heading; a 开发区 leader's 道路交通安全联席会议 讲话 in a document viewer
// (gwg365) whose file title carries the speaker's name and a date, whose preview line opens with a page number glued to
// the tail of the wrapped document title ("1会议上的讲话同志们:"), runs the whole text on one line with a lone inline 一、
// after a colon and ends in the site's "...", over the upload date, a "12KB 5 页 100" info line and "99+"; a district
// 总河长会议 讲话 on a 文稿 site (wengaopai) with the title twice and PDF hard wraps every ~27 characters, the 一、 heading
// itself wrapped before its last word ("…的重大\n意义") and a "**" placeholder; a city 城乡建设工作会议 讲话, first piece
// of a "…讲话4篇" collection (jnthsl) whose intro is an unrelated 党课 passage run into "以下是为大家整理的…4篇, 欢迎…!",
// with a "…讲话篇1" heading and indented, blank-line separated paragraphs, no marker) and two written look-alikes (a 城管局
// 局长's 工作报告 to the bureau's annual 工作会议 on the city bureau's own site (yueyang), opening "同志们:" and "下面,从四个
// 方面向大会报告工作。" with 一、 and （一） headings under a 来源/浏览量 bar; a traditional-script news item (tivimate)
// retelling a 农业农村部 official's answer at a press conference, "對此,…表示,…要著重抓好以下幾個方面的工作:" then four
// paragraphs 第一,…第四, with an inline 一是 — a report of an answer, not a speech).
// Looked for and did not find on an unused host: a 表态发言 by a 交通运输局, 住建局 or 城管局 head (51gongwen, fanwenq,
// jinrimiaobi, beiweimall are used; the 51gongwen "交通提速战役" 表态发言 was the best fit); a 文库 viewer page with VIP lines
// for a transport or agriculture speech (book118, bdocx, taowenge, wenku.docs.qq, gongwenbang, xiaomilidoc, wnwk are used;
// docsj.com, 35331.cn and 32336.cn are unused but the corpus held only 公文-format or essay pages for them; chaoshi.m.zjtcn
// is used); a 农业农村工作会议 or 三夏 讲话 on a new host (7rdy, gwyoo, xiaomilidoc used). gwg365 and wengaopai stand in for
// the document viewers; msgz.vip (same CMS and bar as the used wmjy.cn), laobiganer.com (next to the used laobiganzi.top),
// jey722.cn (a 新文秘网 mirror) and aiweibaby.com (same promo template as the used p719.cn) were left as possible mirrors.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
//
// Judgement calls:
// - 07: the site headline "<name>在全国防汛抗旱工作会议上的讲话" is the title (the speech's name in the 在…讲话 form,
//   printed once); the document's own slogan title over two lines, the "—在…讲话" subtitle, the byline and the date are
//   the document's lines and stay (as round 21's 02). The subtitle opens with a single "—", not the "——" of the dash
//   family, so it is optional. The nav lines and the breadcrumb are noise.
// - 08: the viewer's file title "<title>(<name>)2017.4.18" is noise (the title is the document's 在…讲话 without the
//   speaker and date); "1会议上的讲话" glued before "同志们:" is the page number plus the second line of the document's
//   wrapped title, noise, cut by `replace`. The lone inline "一、" follows a colon, not a sentence end, and no 二、 follows
//   in the capture, so it is optional; its first sentence runs past 50 characters, so its text stops at the first comma.
//   The site's "..." at the cut stays in the paragraph (round 3's 05).
// - 09: the title printed twice is dropped, not listed (round 2's 04). The wrapped lines are joined: the opening through
//   "下面,我讲三点意见。" (the line before it is full width), the 一、 heading with its wrapped "意义", and the paragraph
//   under it to the cut.
// - 10: the unrelated 党课 intro and the "以下是为大家整理的…" sentence share one line: the whole line is noise. "4篇" is a
//   collection tag, off the title.
// - 11: a bureau head's 工作报告 "向大会报告工作" is a report to the meeting, not a speech (round 15's 17, round 24's 18),
//   though it opens "同志们:".
// - 12: the official's words come after "對此,…表示," in a reported frame: a news item, not a speech.

const QZ_NAV = ['添加收藏', '设为首页', '联系方式'];
const QZ_CRUMB = '泉州市水利水电协会行业信息 → 行业信息';
const QZ_TITLE = '沈允泽在全国防汛抗旱工作会议上的讲话';

const GW_FILE_TITLE = '在2017年开发区第一次道路交通安全联席会议上的讲话(贺长岭)2017.4.18';
const GW_INFO = ['2023-09-08', '12KB 5 页 100', '99+'];

const WG_TITLE = '在全区总河长会议上的讲话';

const JN_PAGE_TITLE = '在全市城乡建设工作会议上的讲话4篇';
const JN_INTRO =
  '党课辅导:当好新时代青年很高兴在新学期伊始,来到这里和青年朋友们一起交流,看到大家朝气蓬勃的英俊年少的脸庞,仿佛我也年轻了几岁,' +
  '也更加感慨你们正是拼劲十足,年少有为的黄金期,所以更要积极融入新时代,踏上新征程,展现新作为。习近平总书记在党的二十大报告中指出:' +
  '“广大青年要坚定不移听党话、跟党走,怀抱梦想又脚踏实地,敢想敢为又善作善成,立志做有理想、敢担当、能吃苦、肯奋斗的新时代好青年,' +
  '让青春在全面建设社会主义现代化国家的火热实践中绽放绚丽之花。”“敢想敢为又善作善成”这一重要论断对于指明当代中国青年的未来发展方向' +
  '具有重要意义。在全面建设社会主义现代化国家新征程中,新时代青年要提升境界、练就本领、锻造意志,在敢想敢为又善作善成中绽放青春之花。' +
  ' 以下是为大家整理的关于在全市城乡建设工作会议上的讲话的文章4篇, 欢迎大家前来参考查阅!';
const JN_PIECE = '在全市城乡建设工作会议上的讲话篇1';

export const specs = {
  '07-jianghua-qzslhx-fangxun-kanghan-nav-crumb-slogan-title-dash-subtitle-byline-yi': {
    source: 'http://qzslhx.com/list.asp?Unid=4557',
    kind: 'speech: 讲话 (a water minister at the national 防汛抗旱 work meeting; provincial water association\'s news page)',
    tests: 'an association site\'s chrome: "添加收藏", " 设为首页", " 联系方式" (leading spaces), a blank line, an indented breadcrumb with an arrow "泉州市水利水电协会行业信息 → 行业信息", the headline "<name>在全国防汛抗旱工作会议上的讲话"; then the document\'s own heading block: a slogan title of three phrases separated by spaces and a second slogan line, a subtitle opening with a single "—" ("—在2010年全国防汛抗旱工作会议上的讲话"), a byline "<offices>  <name>" with two spaces, a date in ASCII parentheses; "同志们:" and paragraphs indented with two spaces; an opening that lists the meeting\'s earlier items and names five officials, "下面,我讲几点意见。"; the block heading "一、…" indented like the prose; cut mid-sentence ("防汛抗旱和减灾救灾")',
    isSpeech: true,
    title: QZ_TITLE,
    noise: [...QZ_NAV, QZ_CRUMB],
    dropLines: [...QZ_NAV, QZ_CRUMB, QZ_TITLE],
    outline: [
      { level: 1, marker: '—', text: '在2010年全国防汛抗旱工作会议上的讲话', optional: true },
      { level: 1, marker: '一、', text: '认真落实中央领导重要批示,全面加强各项防汛抗旱工作' },
    ],
  },
  '08-jianghua-gwg365-jiaotong-anquan-docviewer-filetitle-pagenum-fileinfo-inline-yi': {
    source: 'https://www.gwg365.cn/docs/c79-vp1/p/309.html',
    kind: 'speech: 讲话 (a development-zone leader at the quarterly road-traffic-safety joint meeting; document viewer preview)',
    tests: 'a document viewer\'s preview: the file title with the speaker\'s name in ASCII parentheses and a dotted date glued after it ("…讲话(贺长岭)2017.4.18"); then one line that opens with the page number "1" glued to the second half of the document\'s wrapped title ("1会议上的讲话") and runs on without a break into "同志们:", the opening, "我再讲几点意见:" and an inline "一、" heading glued to its body (after a colon, a run of one, so optional), to the site\'s "..." at the cut; the upload date, a "12KB 5 页 100" info line and "99+" on lines of their own below',
    isSpeech: true,
    title: '在2017年开发区第一次道路交通安全联席会议上的讲话',
    noise: [GW_FILE_TITLE, '1会议上的讲话', ...GW_INFO],
    replace: [['1会议上的讲话同志们:', '同志们:']],
    dropLines: [GW_FILE_TITLE, ...GW_INFO],
    outline: [{ level: 1, marker: '一、', text: '看清形势', optional: true }],
  },
  '09-jianghua-wengaopai-zonghezhang-title-twice-pdf-wraps-yi-heading-wrap': {
    source: 'https://www.wengaopai.com/doc/32075.html',
    kind: 'speech: 讲话 (a district leader at the 总河长 meeting; 文稿 site with PDF text)',
    tests: 'the title twice (a blank line between), "同志们:", then PDF text hard-wrapped every 25–29 characters with no blank lines: the opening wraps across six lines and "下面,我讲三点意见。" sits on a short line of its own but continues a full-width line; the block heading "一、…的重大" wraps its last word "意义" onto a line of its own; the paragraph under it wraps inside words ("省\\n委", "抓\\n手") and carries a "**" placeholder for a place; "河(湖)长制" with ASCII parentheses; cut at a line end mid-sentence ("统筹抓好各项工作,")',
    isSpeech: true,
    title: WG_TITLE,
    noise: [],
    join: [
      ['今天,我们在这里召开', '下面,我讲三点意见。'],
      ['一、提高思想认识', '意义'],
      ['全面推行河(湖)长制是', '田湖草一体治理'],
    ],
    dropLines: [WG_TITLE],
    outline: [{ level: 1, marker: '一、', text: '提高思想认识,深刻把握全面推行河长制工作的重大意义' }],
  },
  '10-jianghua-jnthsl-chengxiang-jianshe-collection-wrong-intro-pian1': {
    source: 'http://m.jnthsl.com/fayanjianghua/2023/1226/183624.html',
    kind: 'speech: 讲话 (a city leader opening the 城乡建设工作会议; first piece of a 范文 collection)',
    tests: 'a collection page: the page title "<title>4篇" twice with blank lines, then an intro line that is an unrelated 党课 passage ("党课辅导:当好新时代青年…绽放青春之花。") run on into " 以下是为大家整理的关于<title>的文章4篇, 欢迎大家前来参考查阅!" (a space before 以下 and after the comma); the piece heading "<title>篇1"; "同志们:" and the paragraph indented with two spaces, blank lines between; document names in 《》 with commas inside; a quoted "十四五"; no marker; cut mid-title inside 《》 ("《市建委关于加快小城镇建设的")',
    isSpeech: true,
    title: '在全市城乡建设工作会议上的讲话',
    noise: [JN_PAGE_TITLE, JN_INTRO, JN_PIECE],
    dropLines: [JN_PAGE_TITLE, JN_INTRO, JN_PIECE],
    outline: [],
  },
  '11-baogao-yueyang-chengguan-gongzuo-baogao-meta-yi-paren-not-speech': {
    source: 'http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html',
    kind: 'non-speech: 工作报告 (a city 城管局 head\'s annual work report to the bureau\'s work meeting; the bureau\'s own site)',
    tests: 'a government bureau page: a four-slogan headline separated by spaces, a "来源:市城管局   <date time>" line and a "浏览量:1 | | | |" bar; "<year>城市管理和综合执法工作报告" glued to the byline "市城管局党组书记、局长  葛  川" (spaces inside the name), a date line; then "同志们:", an opening that sets out the meeting\'s tasks and ends "下面,从四个方面向大会报告工作。", a block "一、回顾2021年,…" heading and an inline "(一)…。" heading — a work report delivered to the meeting, which by round 15\'s 17 and round 24\'s 18 is no speech; cut mid-list ("非法营运")',
    isSpeech: false,
    title: '立足更高定位 彰显更大作为 推动城市管理和综合执法事业高质量发展 以优异成绩迎接党的二十大胜利召开',
  },
  '12-news-tivimate-big5-nongye-qiangguo-fabuhui-diyi-disi-not-speech': {
    source: 'http://tivimate.cn/news/show-7061.html',
    kind: 'non-speech: news report (an agriculture ministry official\'s answer at a press conference; traditional-script mirror)',
    tests: 'a traditional-script news item with simplified leftovers (發布會, 什么, 今后): the date and the press conference, a reporter\'s question with a quoted slogan, then "對此,…司長<name>表示,…要著重抓好以下幾個方面的工作:" and four paragraphs opening "第一,…" to "第四,…" (block ordinal points as in a speech), an inline "一是加快。" with "另一個是規劃。" in place of 二是; the whole answer framed by "表示," in the third person — a report of what was said, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
};
