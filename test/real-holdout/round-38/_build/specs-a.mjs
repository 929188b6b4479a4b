// Gold specs for holdout round 38, part a (cases 01–06): government portals — county, city and special-administrative-
// region government sites (and one mirror of a county portal) that publish their leaders' addresses, with their
// breadcrumbs, portal/date/来源 lines, press leads, feedback widgets and footers. Four spoken pieces (a county head's 新年贺词
// on the county government portal (neixiangxian.gov.cn) under a "首页 > 图片新闻" breadcrumb, the portal's news headline
// "…县长杨曙光发表二〇二一年新年贺词", a "内乡县人民政府门户网站  www…  <date time>   来源:…" line and a press lead ending
// "全文如下:" (all noise), then lines holding only a space, the speech's own name printed with spaces "新 年 贺 词", the
// indented byline "内乡县人民政府县长  杨曙光" (kept: it carries the post), the salutation and three "这一年,…" paragraphs, cut
// mid-phrase ("为骨干的"); the Macao chief executive's 丙戌年新春献辞 on the SAR government portal (gov.mo, simplified
// edition) with the accessibility link "跳过导航" above the title, the whole address flattened onto one line with a single
// space between its paragraphs and the salutation glued to the first sentence, and the portal's feedback widget
// "此页面有问题吗?" / "帮助我们改进GOV.MO" / "* 必填项" / "提交" below it; the Macao chief executive's 乙巳蛇年新春賀辭 on
// the Government Information Bureau's site (cdn.gcs.gov.mo), genuine traditional script, under a "Loading" line, the
// headline, the deck "共譜輝煌篇章 同創美好未來", the issuing office "行政長官辦公室", a date-time line, a photo-caption bullet
// repeating the headline, a "未能播放Youtube視頻" video placeholder and the headline again behind "【新聞局】", then the
// salutation, "大家新年好!" and paragraphs, cut mid-word ("廉"); a county party committee's and government's 新春致辞 on a
// traditional-script mirror of the county portal's 聚焦 column (eda-rhinos), with the mirror's quirks kept ("并", "實干",
// "建筑業", ASCII double quotes around slogans "十四五"/"六穩"/"六保"/"四區一花園"), no title and no page noise at all, cut
// mid-sentence ("主流媒體")) and two written look-alikes (a 镇 government's 政府工作报告 on the county's open-government
// platform (yishui.gov.cn): the page title, the 索引号/主题词/公开方式/文号/发布机构/发布日期/浏览次数/有效性/成文日期/标题
// grid in "|" cells, the report's spaced title "政 府 工 作 报 告", a "——…在…人民代表大会" subtitle wrapped over two lines,
// the 镇长's byline, "各位代表:" and "现在,我代表镇政府向大会报告工作,请予审议" — a report submitted for deliberation,
// not a speech; a municipal health commission's report of its annual work meeting (wjw.pds.gov.cn) with the welcome bar
// "欢迎来到…!", a "当前位置:首页 > 工作动态 > 重要会议" breadcrumb, a "发布日期:… 添加者: 浏览量:" line with empty
// fields, image file names "1.jpg"/"2.jpg" as lines, a vice-mayor's 批示 and the director's 工作报告 told in the third person
// ("他指出", "会议强调") and the site's copyright/address/ICP footer).
// Judgement calls: 01's news headline, portal line and press lead are noise (as round 36's 02); the speech's own name under
// the lead is the title ("新 年 贺 词", kept with its spaces, dropped from the body, not noise); the space-only lines are blank;
// the byline with the post stays; "我首先代表" is no marker (mid-sentence) and the "这一年," paragraphs are no ordinals: no
// outline. 02 is a speech: a 献辞 is the chief executive's new-year address, opening "各位亲爱的市民:" and speaking in the
// first person; its title is the page's headline as printed (speaker included) and is not repeated; "跳过导航" and the four
// feedback-widget lines are noise; the body is one paragraph with the salutation glued (no break is invented); the inline
// "最后," after a full stop is a run of one (no 首先 after a sentence end): no outline. 03's title is the headline (the page
// names the address only so; its repeat after "【新聞局】" and in the caption bullet are dropped — the bullet line and the
// "【新聞局】" tag are listed); the deck "共譜輝煌篇章 同創美好未來" is the bureau's news deck, not a subtitle of the spoken text,
// so noise; "Loading", the office line, the date line and the video placeholder are noise; "大家新年好!" is a body line;
// "溫故而知新,鑑往以知來。" is a quotation, not a heading: no outline. 04's title is "" (the capture opens with the
// salutation; no title is taken from the URL); the mirror's conversion slips and ASCII quotes stay; "一年來,…" paragraphs are
// no points: no outline. 05 (政府工作报告, round 15's 17 and round 27's rulings) and 06 (a meeting report) are not speeches.
// Looked for and not found on a new host: a leader's 讲话 with numbered points (一、/（一）, 一是/二是, 第一,) published on a
// government portal itself — the corpus answers a government-portal query with the portal's meeting reports ("出席会议并
// 讲话", "会议强调"), novel chapters, or the 讲话 on 范文 and 文库 hosts already used (m.nepao.com, xiezuofangchengshi, m.wenke99,
// gongwen.com.cn, dawenge, fanwenq, wenku.docs.qq.com, bdocx, gwg365, m.777doc, esk365, m.huaboedu, huangminedu) or on the
// twins below, so none of this part's four speeches carries an outline; a 主持词 on a government site; a 通知 on an unused
// government host with 一、 items (zwgkw.thx.gov.cn holds a 通知 印发 a 工作规则, set aside for 05's 工作报告 to keep one
// look-alike per genre; pingjiang.gov.cn, which prints a similar 通知 page, is used).
// Left as template twins: m.allw.cn (the mobile "笔杆子素材库 首页 / 10-28 笔杆子素材库" edition of allw.cn, the same
// "<mm-dd> <site>素材网" meta shape as m.7rdy.cn's "德育素材网" in the shared corpus's 86); jey722.cn (prints the wm114 新文秘网
// paywall "……(新文秘网http://…省略N字,正式會員可完整閱讀)……"); uv63h8.cn, m.wugjj.com and m.ushengzhilian.com (the gwyoo
// "導語:…一文來源于網友上傳,不代表本站觀點" template, used). Also passed over: njlzh.com (a company site's "领导讲话" column
// holding a news report, not a government portal), meta.librarydata.cn (used).
// Names of township officials and of the health-commission officials in 05 and 06 were replaced by fictional ones; the
// county head, the Macao chief executives and the national leaders named in the pages are public figures and stay, as the
// page noise that names them must stay as found.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const NX_CRUMB = '首页 > 图片新闻';
const NX_HEADLINE = '内乡县人民政府县长杨曙光发表二〇二一年新年贺词';
const NX_META = '内乡县人民政府门户网站  www.neixiangxian.gov.cn   2021-02-11 19:40:01   来源:内乡县政府网站';
const NX_LEAD = '新年前夕,内乡县人民政府县长杨曙光通过互联网和内乡县广播电视台,发表了二O二一年新年贺词。全文如下:';
const NX_TITLE = '新 年 贺 词';

const MO_SKIP = '跳过导航';
const MO_TITLE = '澳门特别行政区行政长官何厚铧丙戌年新春献辞';
const MO_FB1 = '此页面有问题吗?';
const MO_FB2 = '帮助我们改进GOV.MO';
const MO_FB3 = '* 必填项';
const MO_FB4 = '提交';

const GC_LOADING = 'Loading';
const GC_TITLE = '行政長官岑浩輝發表乙巳蛇年新春賀辭';
const GC_DECK = '共譜輝煌篇章 同創美好未來';
const GC_OFFICE = '行政長官辦公室';
const GC_DATE = '2025-01-28 12:30';
const GC_BULLET = '• ' + GC_TITLE;
const GC_VIDEO = '未能播放Youtube視頻';
const GC_TAG = '【新聞局】';

export const specs = {
  '01-heci-neixiangxian-gov-xinnian-crumb-portal-lead-spaced-title': {
    source: 'http://www.neixiangxian.gov.cn/2021/0211/44470.html',
    kind: 'speech: 贺词 (a county head\'s new-year address; the county government portal)',
    tests: 'a "首页 > 图片新闻" breadcrumb, the portal\'s news headline "内乡县人民政府县长杨曙光发表二〇二一年新年贺词", a "内乡县人民政府门户网站  www.neixiangxian.gov.cn   <date time>   来源:内乡县政府网站" line and a press lead ending "全文如下:" (all noise); lines holding a single space; the speech\'s own name printed with spaces "新 年 贺 词" (title); the indented byline "内乡县人民政府县长  杨曙光" (kept); salutation "内乡的父老乡亲们,同志们、朋友们:"; "我首先代表" mid-sentence and three "这一年,…" paragraphs (no points); a figure glued to its unit ("3900多个小时"); cut mid-phrase ("为骨干的")',
    isSpeech: true,
    title: NX_TITLE,
    noise: [NX_CRUMB, NX_HEADLINE, NX_META, NX_LEAD, 'www.neixiangxian.gov.cn', '全文如下:'],
    dropLines: [NX_CRUMB, NX_HEADLINE, NX_META, NX_LEAD, NX_TITLE],
    outline: [],
  },
  '02-xianci-govmo-xinchun-skipnav-oneline-feedback': {
    source: 'https://gov.mo/zh-hans/?p=34559',
    kind: 'speech: 献辞 (the Macao chief executive\'s lunar-new-year address; the SAR government portal, simplified edition)',
    tests: 'the accessibility link "跳过导航" above the title; the title "澳门特别行政区行政长官何厚铧丙戌年新春献辞" (speaker in it, kept whole); the whole address on one line with one space between paragraphs and the salutation "各位亲爱的市民:" glued to the first sentence (one paragraph, no break invented); "我首先代表" mid-sentence and a lone inline "最后," after a full stop (no run, no item); closing "恭喜,恭喜。"; the portal\'s feedback widget "此页面有问题吗?" / "帮助我们改进GOV.MO" / "* 必填项" / "提交" after blank lines (noise)',
    isSpeech: true,
    title: MO_TITLE,
    noise: [MO_SKIP, MO_FB1, MO_FB2, MO_FB3, MO_FB4],
    dropLines: [MO_SKIP, MO_TITLE, MO_FB1, MO_FB2, MO_FB3, MO_FB4],
    outline: [],
  },
  '03-heci-gcsgovmo-big5-xinchun-loading-deck-bullet-bureau': {
    source: 'https://cdn.gcs.gov.mo/detail/zh-hant/N25AalwFF2',
    kind: 'speech: 賀辭 (the Macao chief executive\'s lunar-new-year address; the Government Information Bureau\'s site, traditional script)',
    tests: 'genuine traditional script (着, 裏); a "Loading" line, the headline (title), the deck "共譜輝煌篇章 同創美好未來", the office "行政長官辦公室", a "2025-01-28 12:30" line, an indented caption bullet "• <headline>", a "未能播放Youtube視頻" placeholder and the headline again behind "【新聞局】" (all noise or dropped repeats); salutation "各位澳門市民、各位朋友:" and the greeting line "大家新年好!"; a quotation "溫故而知新,鑑往以知來。" opening a paragraph and a list after a colon in clauses ending ";" (no markers); curly quotes around "新家園" and "一國兩制"; cut mid-word ("廉")',
    isSpeech: true,
    title: GC_TITLE,
    noise: [GC_LOADING, GC_DECK, GC_OFFICE, GC_DATE, GC_BULLET, GC_VIDEO, GC_TAG],
    dropLines: [GC_LOADING, GC_TITLE, GC_DECK, GC_OFFICE, GC_DATE, GC_BULLET, GC_VIDEO, GC_TAG + GC_TITLE],
    outline: [],
  },
  '04-zhici-edarhinos-big5-xinchun-mirror-no-title': {
    source: 'http://eda-rhinos.com/news/jujiao/2022/0207/102401.html',
    kind: 'speech: 新春致辞 (a county party committee\'s and government\'s spring-festival address; traditional-script mirror of the county portal)',
    tests: 'no title and no page noise: the capture opens with the salutation "各位父老鄉親,同志們、朋友們:" and holds only the address, so nothing may be cut; first person plural ("我們謹代表中共衡南縣委、衡南縣人民政府"); the mirror\'s conversion slips "并駕齊驅", "真抓實干", "建筑業" and ASCII double quotes around "十四五", "六穩", "六保", "四區一花園", "一主一特雙總部", "三無" kept; "一年來,…" paragraphs (no points); cut mid-sentence ("主流媒體")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-baogao-yishui-gov-zhen-zhengfu-gongzuo-baogao-grid-not-speech': {
    source: 'http://yishui.gov.cn/info/37828/275387.htm',
    kind: 'non-speech: 政府工作报告 (a township government\'s work report to the township people\'s congress; the county\'s open-government platform)',
    tests: 'the page title, an open-government metadata grid in "|" cells (索 引 号 / 主 题 词 / 公开方式 / 文 号 / 发布机构 / 发布日期 / 浏览次数 / 有 效 性 / 成文日期 / 标 题), the spaced title "政 府 工 作 报 告", a "——2021年2月27日在沙沟镇第十六届人民代表大会" subtitle wrapped before "第六次会议上", the 镇长\'s byline, "各位代表:" and "现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。" — a report submitted for deliberation, not a speech; a section line "2020年工作回顾" with no marker; "这一年,…" and "全员动员,…。广泛宣传,…。" run-ins; cut inside a quoted document name ("《致全县人民的一")',
    isSpeech: false,
    title: '沙沟镇2021年政府工作报告',
  },
  '06-news-pdswjw-gov-weijian-huiyi-welcome-crumb-footer-not-speech': {
    source: 'http://wjw.pds.gov.cn/contents/10101/307279.html',
    kind: 'non-speech: news report (a municipal health commission\'s annual work meeting; the commission\'s own site)',
    tests: 'a welcome bar "欢迎来到平顶山市卫生健康委员会!", a "当前位置:首页 > 工作动态 > 重要会议" breadcrumb, the headline "2020年全市卫生健康工作会议召开", a "发布日期:2020-06-01 添加者: 浏览量:" line with empty fields, image file names "1.jpg" / "2.jpg" as lines, a vice-mayor\'s 批示 and the director\'s 工作报告 reported in the third person ("她要求", "他指出", "会议强调") — a report of a meeting, not a speech; the site\'s footer (版权所有 / 技术支持 / 地址 / 电话 / ICP and 公网安备 numbers)',
    isSpeech: false,
    title: '2020年全市卫生健康工作会议召开',
  },
};
