// Gold specs for holdout round 173, part A (cases 01–06): fire safety and emergency drills (消防 安全 工作会议, 应急 疏散
// 演练, 119 消防宣传日, 防灾减灾日 — their 讲话/致辞/国旗下讲话, and look-alikes: a novel chapter, a 总结, two news reports).
// Two spoken pieces (a collection page of 幼儿园消防知识国旗下的讲话稿 on a 范文 site (xuewenshe.com, 学问社,
// "/fanwenfanben/yanjianggao/<id>.html"): a breadcrumb "首页 > 范文范本 > 演讲稿 > …(精选12篇)", the collection title with its
// count, an indented "来源:学问社    阅读: 1.81W 次" meta line, a bare "字号:" label, a QR line "用手机扫描二维码 在手机上继续观看"
// and "手机查看", a generic 小编 promo about 讲话稿, the collection title again, a " 篇1" piece heading that carries the piece's
// title, then a pupil-style 国旗下 speech ("各位老师,各位同学:", "今天我要讲的题目是《安全在我心中》"), a mid-line space before
// a sentence, a "——" run inside a paragraph, cut mid-word ("宿"); a city leader's 致辞 at a regional 学校消防安全标准化管理现场会
// on a traditional-script converter mirror (akmlife.com, "/gaokao/<id>.html"): the title with converter pinyin "(qū)", "(xiàn)"
// and the site word "選集", a promo line opening with a safety jingle and a "下面是范文頻道小編為您推薦…" sentence that repeats
// the title, the salutation "各位領導、同志們:", pinyin after every 區/現/統/發, the city blanked as "??" at the head of a
// paragraph, a mis-encoded sentence end "?,F(xiàn)有" (GBK "。現" broken, the pinyin still after it), quoted slogans and two
// documents in 《》, cut mid-word ("財")) and four written look-alikes (a web-novel chapter (51souyue.com, "/so/<a>/<b>/<id>_2.html",
// page 2 of a chapter) in which a municipal meeting on fire safety runs: a county secretary's quoted report opening "大家好,"
// over three lines, the vice-mayor's and the other secretaries' remarks told in the third person, the chair's quoted request,
// cut at an opening quote — a novel, not a speech; a Q&A page (izhixiu.com, "/a/<id>.html") whose question "消防演习总结范文
// 是怎么写的" is answered with a sample 总结 in three block paragraphs "1.…", "2.…", "3.…" under a bare timestamp, with an "xx"
// placeholder — a written report, not a speech; a county news report (fzsdzk.com, 法治快讯网, a DedeCMS-like
// "/guonei/fazhi/<col>/<date>/<id>.html" page) of a 消防运动会 opening: the summary printed above a lone "|" and again as the
// dated lead "法治山东网莒县讯(记者… 通讯员…)", a random-token brand "Upm法治快讯网" glued to paragraph ends and on lines of its
// own, the 开幕辞 only named ("代表县政府致开幕辞"), the contests reported, cut mid-sentence ("为") — a report, not a speech; a
// fire-news portal's repost (yantai119.com, "/news/<id>.html") of a 消防站 groundbreaking: the headline, a bare poster name
// "admin", a timestamp, "原标题:" repeating the headline, the officials' congratulations reported in the third person, a
// stray space inside "消防 站", "来源:太原消防", "相关内容", "热门资讯" and two truncated teasers ending "..." — a report, not
// a speech; 516 characters, the whole stored excerpt).
// Judgement calls:
// 01: a collection page whose first piece is a speech → a speech; the title is the first piece's own title from its heading
//   "幼儿园消防知识国旗下的讲话稿 篇1" without the piece number (as round 17 case 04 and round 170 case 01); the page title
//   "…讲话稿范文(精选12篇)" (printed twice), the breadcrumb, the meta line, "字号:", the QR lines, the promo and the piece heading
//   are noise; the talk's own topic "《安全在我心中》" stays inside its sentence (no title line of its own, as round 6 case 07);
//   the "——电线老化、…" run sits inside a paragraph, so it is no dash item; no numbered points.
// 02: the title is the page's first line without pinyin, "選集" kept as a site-flavoured word of the title (as round 172 case
//   04 kept "集合"); the promo line (a jingle and a 小編 sentence that repeats the title) is noise as a whole (as round 6 case
//   07's teaser), with its two sentences also listed as shorter parts; only whole "(pinyin)" annotations go (one regexCut, as
//   round 1's 09/10), so the broken sentence end "?,F" stays in the body (as round 4 case 08 kept "因?yàn)檫@些"), and "??" at the
//   head of a paragraph is the blanked city name and stays (a placeholder, as "**" and "xx" do); the leaders' names and the
//   documents' titles are quotations and stay; no numbered points in the capture.
// 03: a novel: the quoted "大家好,…" report and the chair's requests are characters' lines inside narration (as round 1 case
//   13 and shared case 09) → not a speech.
// 04: the page answers how a 消防演习总结 is written with a sample 总结 (third-person account of a drill, "通过这次演练,全体职工…")
//   → a written report, not a speech; its block "1." "2." "3." paragraphs are no outline (non-speech).
// 05: a news report: the 开幕辞 is only named and the contests are told in the third person (as round 134 case 05) → not a
//   speech.
// 06: a news report of a ceremony: the two officials' congratulations are reported ("…表示热烈祝贺", "…致以问候和敬意"), no
//   word of either speech is quoted → not a speech.
// Names of private people (the hotel clerk in 01's example, the novel's characters, the reporters, the county and district
//   officials in 05/06, the speech-contest winner) were replaced by fictional ones; the prose was rewritten (02 drafted and
//   written in traditional characters with the mirror's quirks put back: pinyin after every 區/現/統/發, 关于 written 關于,
//   重于/高于 with 于, 余 in "400余萬", 先后).
// Looked for and not found on a new host: a 消防工作会议 讲话 with 一、/（一）/一是 (every hit stood on a used host: dawenge,
// xiezuofangchengshi, zuowen.red, m.wydbw, mswk, e.wenmi.ren, 98523, sanweiyuan, wm114, m.bimoxiezuo, m.8686.com.cn, m.7rdy,
// popartistsnft, plammmp, androidx86, cailiaogo, wuwu123, cha116); a 疏散演练 总结讲话 with 首先/其次 (xiezuogongyuan,
// bbs.hbezg, chaojikaoba, m.sarr, m.xuefen, m.001doc, lovfp, jihtu, xuexila — all used); a 消防演练 主持词 (bookm, hgxm,
// xiexiebang, jdfwg, m.zixin.com.cn — used); a 防灾减灾日 国旗下讲话 with numbered points (xiaomilidoc, yyfangchan, bestzhufu,
// m.010zaixian, hbylzx — used; m.91mayou.com's traditional 防災減災日 page with 1.–4. is round 59's 15, the same page); a
// 消防宣传月 启动仪式 致辞 (cailiaogo, miekuo, wuwu123, m.ruiwen — ruiwen.com is used by its base domain); a 森林防火 讲话
// (p719, cornels-photography, kj-cy, sc-bjx, m.wnwk — used); neighbouring themes (防汛 演练, 燃气 整治, 应急管理 工作会议,
// 奠基 致辞) answered with used hosts too (xchen, allw, m.wydbw, yunko, gongwk, gongwenku1, 1mishu, fanwen120, yndrh,
// m.qebk). So the part holds two speeches, neither with a numbered point; a 倡议书 opening "亲爱的老师、同学们:" with 一、二、三、
// (51haodu.com) and a fire-brigade novel (chivitchivaspa.com) were seen but 51haodu is used and the novel slot went to 03.
// Template twins considered: www.awee.cn (a 119 国旗下讲话 run through a synonym spinner, "德律风", ending "因篇幅问题不能全部显示,
// 请点此查看更多更全内容": the used m.sarr.cn/lovfp template of shared case 84, as round 158 set it aside); jingyuhuahui.com
// (a 防空警报 疏散演练 report with a betting brand in place of 福建省, the same article on the same "/shishi/news/2835821.html"
// path as the used www.ghqlgyb.cn: a twin); www.wolidingzhi.com (a traditional mirror of a 危化品 drill report with junk
// symbols inside the pinyin brackets, "(y♦↔♠✘ǒu)": the converter of round 74's 10 and 11, set aside); m.shadafang.com (a
// 消防主题班会 教案 "( 四 )" with " , " spaced commas: the paging template of the used wenrenren.com); cnatv.com.cn (a 比武 report
// ending with a glued "jpS中国通讯社": the same random-token scraper family as 05's "Upm法治快讯网", so only one was taken).
// The twin grep found only generic labels for the chosen pages ("热门资讯" in round 24's 02 and round 38's 09, "相关内容" in
// five used pages); no used page carries "用手机扫描二维码", "来源:学问社", "范文頻道小編", "安全警句千條", "Upm法治快讯网" or
// "匠人教育".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const XW_CRUMB = '首页 > 范文范本 > 演讲稿 > 幼儿园消防知识国旗下的讲话稿范文(精选12篇)';
const XW_PAGE_TITLE = '幼儿园消防知识国旗下的讲话稿范文(精选12篇)';
const XW_META = '来源:学问社    阅读: 1.81W 次';
const XW_FONT = '字号:';
const XW_QR = '用手机扫描二维码 在手机上继续观看';
const XW_MOBILE = '手机查看';
const XW_PROMO = '在不断进步的时代,需要使用讲话稿的场合越来越多,讲话稿是指把在一定场合下所要讲的话事先用文字有条理的写出来的文稿。如何写一份恰当的讲话稿呢?下面是小编为大家整理的幼儿园消防知识国旗下的讲话稿范文,希望对大家有所帮助。';
const XW_PIECE = '幼儿园消防知识国旗下的讲话稿 篇1';
const XW_TITLE = '幼儿园消防知识国旗下的讲话稿';

const AK_TITLE = '在全區學校消防安全標準化管理現場會上的致辭選集';
const AK_PROMO_PAGE = '安全警句千條萬條,安全生產第一條。千計萬計,安全教育第一計。下面是范文頻道小編為您推薦在全區(qū)學校消防安全標準化管理現(xiàn)場會上的致辭選集。';
const AK_PROMO_LINE = '安全警句千條萬條,安全生產第一條。千計萬計,安全教育第一計。下面是范文頻道小編為您推薦在全區學校消防安全標準化管理現場會上的致辭選集。';

export const specs = {
  '01-guoqixia-xuewenshe-youeryuan-xiaofang-jingxuan12-crumb-meta-qrcode-promo-pian1': {
    source: 'https://www.xuewenshe.com/fanwenfanben/yanjianggao/9385v5.html',
    kind: 'speech: 国旗下讲话 (collection page of 幼儿园消防知识国旗下的讲话稿; 范文 site 学问社)',
    tests: 'a breadcrumb "首页 > 范文范本 > 演讲稿 > …(精选12篇)"; the collection title with its count, printed twice; an indented "来源:学问社    阅读: 1.81W 次" meta line; a bare "字号:" label; QR lines "用手机扫描二维码 在手机上继续观看" and "手机查看"; a generic 小编 promo about 讲话稿; a " 篇1" piece heading carrying the title (title: "幼儿园消防知识国旗下的讲话稿"); the salutation "各位老师,各位同学:"; the talk\'s topic in 《》 inside a sentence; a space before a sentence mid-line; a "——" run inside a paragraph (no item); dated incidents as their own paragraphs; cut mid-word ("宿")',
    isSpeech: true,
    title: XW_TITLE,
    noise: [XW_CRUMB, XW_PAGE_TITLE, XW_META, XW_FONT, XW_QR, XW_MOBILE, XW_PROMO, XW_PIECE, '来源:学问社'],
    dropLines: [XW_CRUMB, XW_PAGE_TITLE, XW_META, XW_FONT, XW_QR, XW_MOBILE, XW_PROMO, XW_PIECE],
    outline: [],
  },
  '02-zhici-akmlife-big5-pinyin-xiaofang-biaozhunhua-xianchanghui-xuanji-promo-qmark-placeholder-mojibake': {
    source: 'http://akmlife.com/gaokao/1450513.html',
    kind: 'speech: 致辞 (traditional converter mirror; a city leader at a regional 学校消防安全标准化管理现场会)',
    tests: 'the title line with converter pinyin and the site word "選集" (title without pinyin, "選集" kept); a promo line opening with a safety jingle "安全警句千條萬條,…" and "下面是范文頻道小編為您推薦<title>。" (noise); the salutation "各位領導、同志們:"; toned pinyin after every 區/現/統/發 (one regexCut); the city blanked as "??" at the head of a paragraph (kept); a mis-encoded sentence end "?,F(xiàn)有" (the pinyin goes, "?,F" stays); quoted slogans ("紅線意識", "安全第一") and two documents in 《》; simplified leftovers 关于→關于, 重于, 余; no numbered points; cut mid-word ("財")',
    isSpeech: true,
    title: AK_TITLE,
    noise: [AK_PROMO_PAGE, '安全警句千條萬條,安全生產第一條。千計萬計,安全教育第一計。', '下面是范文頻道小編為您推薦'],
    regexCut: [PINYIN],
    dropLines: [AK_TITLE, AK_PROMO_LINE],
    outline: [],
  },
  '03-novel-51souyue-xiaofang-anquan-huiyi-quoted-huibao-dajiahao-not-speech': {
    source: 'http://51souyue.com/so/13/13959/4621428_2.html',
    kind: 'non-speech: novel (page 2 of a web-novel chapter: a municipal fire-safety meeting)',
    tests: 'a chapter page with no site chrome: the chair\'s quoted call on a county secretary; the secretary\'s quoted report opening "“大家好,…" and running over three lines; the vice-mayor\'s and the other secretaries\' remarks told in the third person; the chair\'s quoted request; the author\'s slip between two spellings of one name; cut at an opening quote ("强调道:“") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-zongjie-izhixiu-xiaofang-yanxi-zongjie-qa-date-1-2-3-not-speech': {
    source: 'https://izhixiu.com/a/2195497.html',
    kind: 'non-speech: 总结 (a Q&A page answering how a 消防演习总结 is written, with a sample in numbered paragraphs)',
    tests: 'a question title "消防演习总结范文 是怎么写的" with a space; a bare timestamp line; a sample 总结 in three block paragraphs "1.…", "2.…", "3.…" (a drill told in the third person, "通过这次演练,全体职工…"); an "xx分局" placeholder; quoted "防患于未然" — a written report, not a speech; the whole stored excerpt',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-fzsdzk-xiaofang-yundonghui-kaimuci-reported-lead-twice-glued-token-brand-not-speech': {
    source: 'http://fzsdzk.com/guonei/fazhi/jiaotonganquan/2017-11-10/33173.html',
    kind: 'non-speech: news report (a county 消防运动会 and 消防宣传月 opening; a legal-news portal)',
    tests: 'the summary printed above a lone "|" and again as the dated lead "法治山东网莒县讯(记者… 通讯员…)"; a random-token brand "Upm法治快讯网" glued to paragraph ends and on lines of its own; the 开幕辞 only named ("代表县政府致开幕辞"); contest names in pairs ("十万火急、快速穿戴战斗服,…"); a speech contest and its winner reported; cut mid-sentence ("为") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-yantai119-xiaofangzhan-dianji-admin-yuanbiaoti-hot-teasers-not-speech': {
    source: 'http://www.yantai119.com/news/130762.html',
    kind: 'non-speech: news report (a district 消防站 groundbreaking; a fire-news portal repost)',
    tests: 'the headline; a bare poster name "admin" and a timestamp; "原标题:" repeating the headline; the officials\' congratulations reported in the third person ("…表示热烈祝贺", "…致以问候和敬意"); a stray space inside "消防 站"; "来源:太原消防"; "相关内容" and "热门资讯" labels; two unrelated teasers cut with "..." — a report, not a speech; 516 characters, the whole stored excerpt',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
