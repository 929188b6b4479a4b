// Gold specs for holdout round 166, part A (cases 01–06): greening and ecological civilisation (植树节 义务植树, 生态文明
// 建设, 河长制/林长制 工作会议 — their 讲话, 致辞, 表态发言 — and their look-alikes: a 实施方案 and a novel chapter). The
// theme's speeches in the store stand almost all on used hosts (below), so two of the four spoken pieces come from
// neighbouring themes (Yangtze protection, soil and water conservation, lake protection).
// Four spoken pieces (a county 河(湖)长制 推进会 speech on a paid 范文 shop (vip.2028s.com, "/<id>"): the title line
// "县河湖长制工作推进会讲话范文" with the site word 范文, "同志们:", a preview sentence "我主要讲两点意见。", the heading line
// "一、突出重点,确保措施落到实处", block points "一是建档立案务必到位。…" and "二是水污染治理务必到位。…", "x" placeholders for
// rivers and towns, cut mid-phrase ("加快推进其余"), then the shop's paywall block: "点击下载全文(可编辑word版本)",
// "此资源购买后30天内可下载。", three lines led by ➊➋➌ (recharge, membership, a customer-service WeChat id) and a line on
// paying by Alipay; the General Secretary's speech at the 2018 Wuhan symposium on the Yangtze economic belt ("共抓大保护")
// reposted in a "資料中心" column of a company site in converter traditional script (m.sunny77.cn, "zlzx1.asp?lm=&newsid="):
// the column name twice, "便民服務", a line holding one space, a crumb "當前位置:首頁 > 資料中心", the headline with the
// speaker's name and a colon before the speech's title, a "發布者:綜合辦公室  發布時間:2019/9/9  瀏覽次數:8967" line, the
// title again, the date line "(2018年4月26日)", the bare name "習近平", paragraphs indented by four spaces, "我就3個問題講
// 點意見。", the part heading "第一個問題:全面把握…" indented by five spaces, converter leftovers (關系, 奮斗, 先后, 匯報), cut
// mid-phrase ("把修復長江生態"); a vice-minister's speech at the 2014 national soil-and-water-conservation video conference
// on a mirror of the conservation portal in converter traditional with toned pinyin (www.aymzpjg.cn, "/ztbd/2014gzhy/gd3/
// <date>/<id>.html"): a press headline "劉寧副部長出席會(huì)議并作重要講話", a meta line "來源: 水土保持生態(tài)環(huán)境建設(shè)網(wǎng)
// 上傳日期:2014-02-26 打印本文章 【字體】 大 中 小", one line holding the speech's two-part title (halves parted by a space),
// its "——在…上的講話" subtitle, the byline "水利部副部長 劉寧" and the date, then the whole body flattened onto one line with
// spaces where paragraphs were: the preview "下面,我講三點(diǎn)意見。", the heading "一、2013年水土保持工作取得明顯成效" between
// spaces, "第一,…" after it and "第二,…" after a full stop; pinyin after 會/態/環/設/網/認/創/發/結/進/當/務/點/續/區/達/農/
// 業/項/動/個/擴/經/產/規/臺/級/護/強/實; a mis-encoded run at the cut ("頒布實(shí)施?!端"); a city official's 致辞 at the
// opening of the first international lakes congress on a repurposed surname site (www.baijiaxingchina.com, "/pc/news/
// newsdefault.html?id="): no title, no site noise, the salutation "尊敬的各位领导、各位嘉宾,女士们、先生们:" as the first line,
// "我代表500万九江人民", four paragraphs on lakes, the 鄱阳湖 and 共青城, no numbering, cut mid-phrase ("国内外名湖")) and two
// written look-alikes (a town's 全面实行河长制工作实施方案 on a local water portal (shuiyw.cc, "/bencandy-<a>-<b>-1.htm"): the
// title twice, a preamble citing four documents with 〔2017〕 numbers and a half-width "< 山东省…>" inside 《》, "一、总体要求",
// "(一)指导思想", "(二)基本原则", "——坚持…。" principle paragraphs — a written plan, not a speech; cut mid-word ("形成一");
// a chapter of a web novel (www.74txts.com, "/book/<a>/<b>/<c>.html"): the chapter title "第588章 发言", a reader-mode
// notice "如遇到章节错误,请关闭浏览器的阅读/畅读/小说模式…", a plant director's press-conference 致辞 quoted line by line
// ("各位领导、各位媒体朋友、各位钓友们,大家上午好!", "“首先,我代表镇污水处理厂,…") between narration, the site's scattered
// traditional characters (內容, 恢復, 瀏覽, 達標, 生態, 手錶, 隨著, 財力, 指標, 標准) — a novel, not a speech; cut mid-word).
// Judgement calls: 01's title is the line as printed, "县河湖长制工作推进会讲话范文": 范文 is a site-flavoured word of the title
// and is kept (README, Title); the six lines from "点击下载全文(可编辑word版本)" down are the shop's paywall and contact block
// (noise, each line whole); "一、突出重点,确保措施落到实处" is a required level-1 heading (whole line), and "一是建档立案务必到位。"
// and "二是水污染治理务必到位。" open their paragraphs, so they are required level-2 block points with their first sentences as
// text (as the shared corpus's case 86 reads 一是/二是 under 一、). 02: the speech's title is its own title line
// "在深入推動長江經濟帶發展座談會上的講話"; the headline "習近平:在…上的講話" differs from it (speaker prefix) and is noise, as
// round 2 case 08's site title was; its repeat under the meta equals the title and is dropped unlisted; "資料中心" (twice),
// "便民服務", the crumb and the 發布者/發布時間/瀏覽次數 line are site noise; the bare name "習近平" under the date is a byline
// without a position and is noise (as round 69 case 01 ruled for the same name, after round 34); the date line
// "(2018年4月26日)" is the speech's own and stays (README, Paragraphs); "第一個問題:" is an ordinal not in the rule table
// (like 第一件事 in the shared corpus's case 27 and round 3 case 11's 第一层意思) → optional, level 1, text the whole
// heading line; "我就3個問題講點意見。" is a preview and no marker. 03: the press headline names the event, not the speech's
// own title, so it is noise (as 02's headline); the meta line is listed with its pinyin, as printed,
// plus its pinyin-free tail "上傳日期:2014-02-26 打印本文章 【字體】 大 中 小"; the title is the document's own two-part title
// "認真貫徹十八屆三中全會精神 努力開創水土保持改革發展新局面" with pinyin removed and its inner space kept (as round 69 case 01
// kept an inner space), split off the front of its line (the replace only breaks the line after it, so the regexCut
// still sees its pinyin); the rest of that line — subtitle, byline with the speaker's post and the
// date — stays as one paragraph (no break is invented), and its opening "——" makes it an optional dash point (README: a
// subtitle that opens with ——; as round 3 case 08); the body stays one paragraph; "一、" after "意見。 " is a run of one inline
// heading → optional, level 1, text up to the space the flattening left before its body (as round 3 cases 06 and 10);
// "第一," has no sentence end before it (a space only) and "第二," follows a full stop: by the letter neither makes a run,
// but a reader takes both for the points under 一、 → optional, level 2, each text its first sentence; pinyin goes by one
// regexCut; the mis-encoded "?!端" at the cut stays (README: unrepairable runs). 04: a speech by its genre and address
// ("尊敬的…女士们、先生们:", "我代表…表示热烈的祝贺") with no title line in the page, so the title is "" and nothing is noise
// (as round 163 case 14). 05 is a written 实施方案 (preamble, 一、/(一)/—— sections), 06 a novel whose character reads a
// 致辞 (as the shared corpus's cases 09 and 33); their markers are no outline. Names of private people (the novel's
// characters, its fictional lake) were replaced by fictional ones; the public officials' names in headlines and bylines,
// place names and cited document titles were kept; the prose was rewritten; the traditional pages were rewritten
// directly in traditional characters, with the mirrors' quirks put back on the same characters (03's pinyin after
// every occurrence of the listed characters, the simplified 并 in its headline; 02's 關系/奮斗/先后/匯報).
// Looked for and not found on a new host: a 植树节 or 义务植树 讲话 with points (yiwangbao, 1mishu, xuekejiayuan,
// xinyuwenchuang, 6dgww, wmjy, sdfengxin, m.douchai are used; the school 国旗下讲话/演讲稿 collections stand on hunwen, syfww,
// gaofenw, gz-shine, jcsycorp, liuxuequn, duzhishi, hbxiaoran, renrendoc, 92read, 360docs); a 河长制/林长制 讲话 with 一、/一是
// on a fresh host other than 01 (laobiganzi, m.wenke99, m.7rdy, bijianjiayuan, huaboedu, m.sanweiyuan, sanweiyuan,
// gongwenbang, 51gongwen, gaozipu, wengaopai, qiantuxiezuo, xiezuofangchengshi, msgz.vip, wm114, 120pk, caiyes are used);
// a 林长制 or 造林绿化 表态发言 (e.wenmi.ren, renrendoc, emrowgh are used); a 生态文明 党课 (gongwenbang, gongwenwuyou,
// laobiganzi, 61taotao are used); a 植树/河长制 主持词 (wedding-day, lsjse, letgol, m.hnptc, 360docs, gongwk are used);
// a 湿地日/环境日/地球日 致辞 (laobiganzi, weilaioem, yyfangchan, 023dbbdf, www897cc, m.jqnhouse are used; haoword.com's
// 世界地球日活动致辞 is a project host, test/pages holds two haoword pages, so it was dropped); a 倡议书 (yunko is used) and a
// news report of a 河长制 meeting on a host whose template no round has (the fresh ones found — longhui.gov.cn, qdxw.com.cn,
// vidw.cn, cern.ac.cn — are plain reports of the kind round 127 already holds, so the novel was taken instead).
// Template twins considered: lengleng.cc ("/book/<id>/<id>.html", a novel chapter with an official's park-opening speech)
// ends in the "Loading... 未加载完,尝试【刷新】…移动流量偶尔打不开" tail of round 131 case 03 (ziyungong.com, same path shape),
// so it was dropped after being claimed; gjczklv.com.cn (a converter mirror of a 总河长会议 speech) opens with "好筆桿子網小編
// 為你整理了多篇相關的《…》", the promo of round 17 case 15 and round 30 case 02, so it was dropped; swcc.org.cn serves the
// same 水土保持生态环境建设网 template as 03's aymzpjg.cn (its source site; "来源: … 上传日期 打印本文章 【字体】 大 中 小"), so
// only the mirror was taken; no used page carries the "点击下载全文(可编辑word版本)" / "此资源购买后30天内可下载。" block, the
// "便民服務" / "發布者:綜合辦公室" furniture, the "如遇到章节错误,请关闭浏览器的阅读/畅读/小说模式" notice or the 水土保持 portal's
// meta line; sunny77's "瀏覽次數:" also stands in round 69 case 01 but inside a different meta line ("發布時間:…瀏覽次數:6503次")
// on another template, so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Every regexCut match is added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const VS_TITLE = '县河湖长制工作推进会讲话范文';
const VS_PAY = [
  '点击下载全文(可编辑word版本)',
  '此资源购买后30天内可下载。',
  '➊登陆后充值阅读更便捷(强烈推荐)',
  '➋加入会员 全站资料 免费阅读',
  '➌如有疑问联系客服微信:ken435000',
  '如需用支付宝支付,请在浏览器中登陆本站完成支付后使用。',
];

const SY_COL = '資料中心';
const SY_BAR = '便民服務';
const SY_CRUMB = '當前位置:首頁 > 資料中心';
const SY_HEAD = '習近平:在深入推動長江經濟帶發展座談會上的講話';
const SY_META = '發布者:綜合辦公室  發布時間:2019/9/9  瀏覽次數:8967';
const SY_TITLE = '在深入推動長江經濟帶發展座談會上的講話';
const SY_NAME = '習近平';

const AY_HEAD_RAW = '劉寧副部長出席會(huì)議并作重要講話';
const AY_HEAD = '劉寧副部長出席會議并作重要講話';
const AY_META_RAW = '來源: 水土保持生態(tài)環(huán)境建設(shè)網(wǎng) 上傳日期:2014-02-26 打印本文章 【字體】 大 中 小';
const AY_META = '來源: 水土保持生態環境建設網 上傳日期:2014-02-26 打印本文章 【字體】 大 中 小';
const AY_TITLE_RAW = '認(rèn)真貫徹十八屆三中全會(huì)精神 努力開創(chuàng)水土保持改革發(fā)展新局面';
const AY_TITLE = '認真貫徹十八屆三中全會精神 努力開創水土保持改革發展新局面';

export const specs = {
  '01-jianghua-2028s-hehuzhang-tuijinhui-fanwen-title-yi-yishi-paywall-kefu-tail': {
    source: 'https://vip.2028s.com/58026',
    kind: 'speech: 讲话 (a county leader at a 河(湖)长制 推进会 on x江 and x水库; paid 范文 shop)',
    tests: 'the title line with the site word 范文 ("县河湖长制工作推进会讲话范文"); "同志们:"; a preview "我主要讲两点意见。"; the heading line "一、突出重点,确保措施落到实处"; block points "一是建档立案务必到位。…" and "二是水污染治理务必到位。…" under it; "x" placeholders and "河(湖)长制" with ASCII brackets; cut mid-phrase ("加快推进其余"); a six-line paywall and contact tail ("点击下载全文(可编辑word版本)", "此资源购买后30天内可下载。", ➊/➋/➌ lines with a customer-service WeChat id, an Alipay line)',
    isSpeech: true,
    title: VS_TITLE,
    noise: [...VS_PAY],
    dropLines: [VS_TITLE, ...VS_PAY],
    outline: [
      { level: 1, marker: '一、', text: '突出重点,确保措施落到实处' },
      { level: 2, marker: '一是', text: '建档立案务必到位' },
      { level: 2, marker: '二是', text: '水污染治理务必到位' },
    ],
  },
  '02-jianghua-sunny77-big5-changjiang-zuotanhui-ziliao-crumb-meta-headline-bare-name-diyige-wenti': {
    source: 'http://m.sunny77.cn/zlzx1.asp?lm=230&newsid=524',
    kind: 'speech: 讲话 (the General Secretary at the 2018 symposium on the Yangtze economic belt; reposted in a company site\'s 資料中心, converter traditional)',
    tests: 'a column name "資料中心" printed twice, "便民服務", a line holding one space, a crumb "當前位置:首頁 > 資料中心"; a headline "習近平:在…上的講話" (speaker prefix); a "發布者:綜合辦公室  發布時間:2019/9/9  瀏覽次數:8967" line with double spaces; the title again on its own line; the date line "(2018年4月26日)" (kept); the bare name "習近平" (noise); paragraphs indented by four spaces; a preview "我就3個問題講點意見。"; an indented part heading "第一個問題:全面把握長江經濟帶發展的形勢和任務" (ordinal not in the rule table: optional); converter leftovers (關系, 奮斗, 先后, 匯報); cut mid-phrase ("把修復長江生態")',
    isSpeech: true,
    title: SY_TITLE,
    noise: [SY_COL, SY_BAR, SY_CRUMB, SY_HEAD, SY_META, SY_NAME],
    dropLines: [SY_COL, SY_BAR, SY_CRUMB, SY_HEAD, SY_META, SY_TITLE, SY_NAME],
    outline: [
      { level: 1, marker: '第一個問題:', text: '全面把握長江經濟帶發展的形勢和任務', optional: true },
    ],
  },
  '03-jianghua-aymzpjg-big5-pinyin-shuitu-baochi-headline-meta-title-line-byline-oneline-yi-diyi-mojibake': {
    source: 'http://www.aymzpjg.cn/ztbd/2014gzhy/gd3/2014-02-26/59260.html',
    kind: 'speech: 讲话 (a vice-minister of water resources at the 2014 national soil-and-water-conservation video conference; mirror of the conservation portal, converter traditional with pinyin)',
    tests: 'a press headline "劉寧副部長出席會(huì)議并作重要講話" (noise); a meta line "來源: … 上傳日期:2014-02-26 打印本文章 【字體】 大 中 小"; one line holding the two-part title (parted by a space), the "——在…上的講話" subtitle, the byline "水利部副部長 劉寧" and the date; the whole body on one line with spaces for paragraph breaks; an inline heading "一、2013年水土保持工作取得明顯成效" between spaces (a run of one: optional); "第一," after the heading\'s space and "第二," after a full stop (optional, level 2); toned pinyin after 會/態/環/設/網/認/創/發/結/進/當/務/點/續/區/達/農/業/項/動/個/擴/經/產/規/臺/級/護/強/實 (one regexCut); a mis-encoded run at the cut ("頒布實(shí)施?!端", kept)',
    isSpeech: true,
    title: AY_TITLE,
    noise: [AY_HEAD_RAW, AY_META_RAW, '上傳日期:2014-02-26 打印本文章 【字體】 大 中 小'],
    replace: [[AY_TITLE_RAW + ' ', AY_TITLE_RAW + '\n']],
    regexCut: [PINYIN],
    dropLines: [AY_HEAD, AY_META, AY_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在2014年水土保持工作視頻會議上的講話 水利部副部長 劉寧 (2014年2月25日)', optional: true },
      { level: 1, marker: '一、', text: '2013年水土保持工作取得明顯成效', optional: true },
      { level: 2, marker: '第一,', text: '水土流失治理加快推進,持續改善地區生態環境', optional: true },
      { level: 2, marker: '第二,', text: '法規體系不斷完善,有效防控人為水土流失', optional: true },
    ],
  },
  '04-zhici-baijiaxingchina-minghu-dahui-no-title-salutation-first-clean': {
    source: 'https://www.baijiaxingchina.com/pc/news/newsdefault.html?id=1063',
    kind: 'speech: 致辞 (a 九江 city leader at the opening of the first international lakes congress; repurposed site)',
    tests: 'no title and no site noise: the salutation "尊敬的各位领导、各位嘉宾,女士们、先生们:" is the first line; "我代表500万九江人民" with two exclamations of welcome; four paragraphs on lakes, the 鄱阳湖 economic zone and 共青城, a date "2009年12月12日", no numbering; cut mid-phrase ("国内外名湖")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-fangan-shuiyw-hezhangzhi-shishi-title-twice-yi-paren-dash-not-speech': {
    source: 'http://shuiyw.cc/bencandy-99-29068-1.htm',
    kind: 'non-speech: 实施方案 (a town\'s plan for the river-chief system; local water portal)',
    tests: 'the plan\'s title twice; a preamble citing four documents with 〔2016〕/〔2017〕 numbers, a half-width "< 山东省…>" inside 《》; "一、总体要求", "(一)指导思想", "(二)基本原则" headings; "——坚持…。" principle paragraphs — a written plan, not a speech; cut mid-word ("形成一")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-novel-74txts-shengtai-diaoyu-fabuhui-zhici-quoted-shouxian-reader-mode-line-not-speech': {
    source: 'https://www.74txts.com/book/10340/10340697/58673231.html',
    kind: 'non-speech: novel (a chapter in which a sewage-plant director gives a 致辞 at a press conference on an ecological fishing contest)',
    tests: 'the chapter title "第588章 发言"; a reader-mode notice "如遇到章节错误,请关闭浏览器的阅读/畅读/小说模式并且关闭广告屏蔽过滤功能,稍后尝试刷新。"; dialogue about the 致辞 draft; the 致辞 quoted line by line ("各位领导、各位媒体朋友、各位钓友们,大家上午好!", "“首先,我代表镇污水处理厂,…") between narration; scattered traditional characters (內容, 恢復, 瀏覽, 達標, 生態, 手錶, 隨著, 財力, 指標, 標准) — a novel, not a speech; cut mid-word ("的条")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
