// Gold specs for holdout round 149, part A (cases 01–06): steel and metallurgy (钢铁 企业, 冶金 行业 and its schools, 炼钢/
// 轧钢 plants — their 讲话 and 致辞, and their look-alikes: news reports of their ceremonies and a workshop's 年终总结).
// Three spoken pieces (the 中国钢铁工业协会 party secretary's 讲话 at the steel industry's 劳动模范 award meeting on a
// traditional-script converter mirror of the 中国冶金报 site (www.cnkyw.cn, "/xwzx/jrrd/<yyyymm>/t<date>_<id>.html"):
// a crumb "首頁(yè)>新聞中心>今日熱點(diǎn)" with pinyin after 頁/點, a CMS headline "何文波:<title>" with the speaker's name
// before a colon, a bare "2019-07-30 10:33:00" line, then the document's own title, a "——在…表彰大會(huì )上的講話(huà)"
// subtitle, the byline "中國鋼鐵工業(yè)協(xié)會(huì )黨委書(shū)記、 常務(wù)副會(huì )長(cháng)、秘書(shū)長(cháng)何文波" (a stray space after 、),
// lines of spaces between all of them, converter pinyin after 業/時/動/進/會/話/協/書/務/長/經/開/個/領/發/過 — "(huì )" with a
// space inside the bracket —, no salutation, cut mid-sentence; a materials professor's 致辞 at 北京科技大学's (the former
// 北京钢铁学院) 2020 graduate entrance ceremony reposted on a corrosion-science society's site (www.ecorr.org.cn, a
// column path "…/kepuqikan/<date>/<id>.html"): the headline with the column glued before it by a bar ("热点咨询 | 一流专家
// 至善境界——李晓刚教授在…入学典礼上的致辞"), a meta line "<date time> 作者:… 来源:《腐蚀与防护之友》 分享至:" with a
// share button's label, the salutation "各位同学、各位家长、各位老师、各位领导:", paragraphs set apart by two blank lines,
// "我想谈三个问题:" then a block "第1个问题,为什么要读研究生?" (an ordinal written with an arabic digit), cut mid-word; the
// president of 武汉科技大学 (the former 武汉钢铁学院) opening the 2019 graduate year on a casino mirror of the school's site
// (mnnlkj.com, "/info/1591/<id>.html", VSB CMS): a column label "校园生活", a crumb "首页 / 校园生活 / 正文", the CMS
// headline "倪红卫校长在…上的讲话:<title>", a "发布者: 编辑:新闻中心 发布时间:2019-09-12 浏览次数:" line with an empty count,
// the document's own title, a "——js33333线路登录校长倪红卫在…上的讲话" subtitle, a date-and-place line "(2019年9月6日上午9:00,
// 青山校区碧园会堂)", a line holding one space, the salutation, "大家好!", indented paragraphs, and the casino brand
// "js33333线路登录" standing everywhere the school's name stood (seven times, the subtitle included); a courtesy "首先," inline after a full stop)
// and three written look-alikes (a metallurgy news portal's report (yejinzb.com, "/news/show-<id>.html") of the hot trial of
// 中天钢铁's 八号精棒 rolling line, in which the vice-president's 致辞 is summed up as "要求全体员工切实抓好三项任务:" and three
// block lines "一、…不松劲,…" "二、…" "三、…" — a report, not a speech; a document farm's collection page (99xueshu.com,
// "/w/file<id>.html") of 轧钢车间年终工作总结: the page title, a bare date, the collection title "(精选13篇)", the piece
// heading "… 第1篇", the piece's own title "20**年轧钢车间工作总结", heading lines "一、生产情况分析汇总" and "二、加强管理、严格
// 考核", items "1、" "2、", placeholders "20**" and "xx" — a written year-end summary, not a speech; a traditional-script
// junk mirror (www.hongyuanlei.com, "/content/<n>/95/<id>.html") of a news report on the 全球婁商大會, where the city
// secretary's and 漣鋼's general manager's 致辭 are reported ("他指出,…希望廣大婁商…", "…在致辭中表示,…"): converter pinyin
// after 鄉/發/內/經/戰/領/結/創/現/續/業/產/應/執/務/標, two-character simplified junk words glued before nearly every
// punctuation mark ("隆重舉行…绵患。", "匯聚一堂撼由,", "黨委書記拳沙、執(zhí)行董事爽附、"), two mis-encoded runs
// ("全國上下?lián)屜葯C鞍靴", "造福當(dāng)?shù)亍⒎床讣亦l(xiāng)俊卤") — a report, not a speech).
// Judgement calls: 01's title is the document's own title line (pinyin cut); the CMS headline "何文波:<title>" above the
// date is a decorated repeat and noise (listed as printed and by its verbatim head "何文波:傳承勞模精神", as round 4 case 07
// listed pinyin-laden meta lines by verbatim parts; the crumb likewise by ">新聞中心>"), following round 139's 03 (the
// document's own heading under a headline naming the speaker or occasion); the "——在…上的講話" subtitle is a body paragraph
// and an optional "——" item (as round 3 case 08); the byline carries a position and stays (shared corpus convention, as
// round 5's 04/09); the bare date line is page meta. 02: the column label "热点咨询 |" is a site tag glued before the title
// and is dropped from it (as round 3 case 14's "[学生简笔画]"); the rest of the headline, with its "——李晓刚教授在…上的致辞"
// tail, is the page's only title and is kept whole (a subtitle after a dash, as a subtitle after a colon is kept); the meta
// line with "分享至:" is noise; "第1个问题," opens a paragraph but is an ordinal not in the rule table (arabic digit plus
// noun) → optional level 1, its text the first sentence "为什么要读研究生" (as round 14's "第一个问题," and round 3 case
// 11's "第一层意思,"); the inline "首先向各位同学道一声祝贺。" has no separator and no run → no item. 03: the document's own
// title "创新是使命担当、是耐力长跑、是自我超越" is the title and the headline that names the speaker and occasion before a
// colon is noise (as round 2 case 08: a site headline that differs from the document's title); the casino brand stands
// where the school's name stood and is cut everywhere with an empty replacement, so the subtitle reads "——校长倪红卫在…
// 的讲话" and the body "对同学们成为大家庭的一员" (as round 134 case 13's "开云kaiyun体育官方网站"); the subtitle is a body
// paragraph and an optional "——" item; the date-and-place line is the speech's own date line and stays; "首先," inline after
// "的到来。" is a lone courtesy word (no 其次) → no item. 04–06 are written, not speeches: 04's and 06's leaders' words are
// reported in the third person ("要求…", "他指出,…", "在致辭中表示,…"), so 04's block 一、二、三、 lines are no outline
// (as round 134 case 05's "提出三点希望:一是…"); 05 is a 总结 with 一、/1、 headings (as round 3's 工作总结). 03 is a
// neighbouring theme (a steel-founded university's opening ceremony; its captured part names no steel), taken because
// no further steel speech turned up on a fresh host. Names of private people (06's officials and 漣鋼's manager, 04's
// company executives) were replaced by fictional ones; public national figures (何文波, 陈祎, 李晓刚, 倪红卫) stay; the
// prose was rewritten (01 and 06 drafted in simplified characters, converted with OpenCC (t), and the mirrors' quirks put
// back on the same characters: pinyin after the same characters, 奮斗, 为→為, 后/才/愿 left simplified, as the pages do).
// Looked for and not found on a new host: a 冶金工作会议 讲话 or a 钢铁企业 年会/职代会 讲话 with 一、/（一）/一是 points (the
// corpus answers with news reports of 宝武/鞍钢/太钢/沙钢 meetings on converter mirrors, novels set in 轧钢厂, and journal
// abstracts on ppdoc.com/soolun.net, used hosts); a 炼钢/高炉 投产仪式 致辞 (only news reports — yejinzb.com, wgxgrqb.com —
// and novel chapters on cn-cnooc.com, novelyun.com, shumidu); a 表态发言 from a steel plant (none); 范文-site steel speeches
// (钢铁公司…演讲稿 on 360docs.net, 建廠五十周年演講稿 on 9000bbs.cn, 全国钢铁行业职业技能竞赛闭幕式讲话 on wdocx.com,
// 宋健's 首发式 讲话 on i520i.com, 本钢 五四 主持词 on szftgk.com / 010zaixian.com, 宝钢 史话 on dxf5.com, 宝武's letter on
// i.xpaper.net: all used hosts); a 钢铁 安全生产 制度 on a fresh host (renrendoc.com, wenku.docs.qq.com, max.book118.com,
// 004km.cn are used); 吴溪淳's 建党百年 座谈会 发言稿 (with 一是/二是) turned up without an address.
// Template twins considered: www.cnkyw.cn serves the same 中国冶金报 mirror template ("/xwzx/<col>/<yyyymm>/t<date>_<id>.html",
// "中國冶金報 中國鋼鐵新聞網" bylines) as companya.cn, qzsjwl.cn, m.jsshyy.com and wxjf6.com — candidates among themselves,
// so only cnkyw.cn was taken; no used page carries its crumb "新聞中心>今日熱點" or that byline. ecorr.org.cn's meta line
// ends in "分享至:" as round 148 case 15's "发布日期:… 来源: 分享至:" and round 115 case 04's lone "分享至:" do, but its
// column bar "热点咨询 |", its "作者:… 来源:《…》" fields and its date with seconds match neither page, so it was kept as a
// share widget's label, not a template. mnnlkj.com's "发布者: 编辑:新闻中心" line and "首页 / 校园生活 / 正文" crumb stand on
// no used page. 99xueshu.com's "(精选13篇)" count stands on round 20's 10 (jjfwb.com), whose template differs (a site name
// and a "位置:首页 > …" crumb, "… 篇1" headings), so it was kept. The junk words and mis-encoded runs of hongyuanlei.com
// stand on no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Titles, noise and outlines are written by hand here.

const PINYIN_SP = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)';

const CN_CRUMB = '首頁(yè)>新聞中心>今日熱點(diǎn)';
const CN_HEADLINE = '何文波:傳承勞模精神 奮斗鑄就偉業(yè) 奏響新時(shí)代鋼鐵工業(yè)最強音';
const CN_DATE = '2019-07-30 10:33:00';
const CN_TITLE = '傳承勞模精神 奮斗鑄就偉業 奏響新時代鋼鐵工業最強音';

const EC_LINE = '热点咨询 | 一流专家 至善境界——李晓刚教授在2020年北京科技大学研究生入学典礼上的致辞';
const EC_COLUMN = '热点咨询 |';
const EC_TITLE = '一流专家 至善境界——李晓刚教授在2020年北京科技大学研究生入学典礼上的致辞';
const EC_META = '2020-12-07 10:27:13 作者:李晓刚 来源:《腐蚀与防护之友》 分享至:';

const MN_COLUMN = '校园生活';
const MN_CRUMB = '首页 / 校园生活 / 正文';
const MN_HEADLINE = '倪红卫校长在2019级研究生开学典礼上的讲话:创新是使命担当、是耐力长跑、是自我超越';
const MN_META = '发布者: 编辑:新闻中心 发布时间:2019-09-12 浏览次数:';
const MN_TITLE = '创新是使命担当、是耐力长跑、是自我超越';
const MN_BRAND = 'js33333线路登录';

export const specs = {
  '01-jianghua-cnkyw-big5-pinyin-laomo-biaozhang-crumb-headline-byline-dash-subtitle': {
    source: 'http://www.cnkyw.cn/xwzx/jrrd/201907/t20190730_14509.html',
    kind: 'speech: 讲话 (the 中国钢铁工业协会 party secretary at the steel industry\'s 劳动模范 award meeting; traditional converter mirror)',
    tests: 'a crumb "首頁(yè)>新聞中心>今日熱點(diǎn)" with pinyin; a CMS headline "何文波:<title>" (speaker and colon before the title); a bare date-time line; the document\'s own title line between lines of spaces; a "——在勞動(dòng)模範和先進(jìn)工作者表彰大會(huì )上的講話(huà)" subtitle (optional "——" item); a byline with the position and a stray space after 、; converter pinyin after 業/時/動/進/會/話/協/書/務/長/經/開/個/領/發/過, "(huì )" with a space inside the bracket; "(7月29日)" and "(擴大)" brackets that are text; no salutation; cut mid-sentence ("10年中,先后")',
    isSpeech: true,
    title: CN_TITLE,
    noise: [CN_CRUMB, '>新聞中心>', CN_HEADLINE, '何文波:傳承勞模精神', CN_DATE],
    regexCut: [PINYIN_SP],
    dropLines: ['首頁>新聞中心>今日熱點', '何文波:傳承勞模精神 奮斗鑄就偉業 奏響新時代鋼鐵工業最強音', CN_DATE, CN_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在勞動模範和先進工作者表彰大會上的講話', optional: true },
    ],
  },
  '02-zhici-ecorr-beike-yanjiusheng-ruxue-column-bar-meta-fenxiangzhi-di1ge-wenti': {
    source: 'http://www.ecorr.org.cn/dhTJDAOHANG/xinxiziyuan/kepuqikan/2020-12-07/3663.html',
    kind: 'speech: 致辞 (a materials professor at 北京科技大学\'s 2020 graduate entrance ceremony; reposted on a corrosion society\'s site)',
    tests: 'the column glued before the headline by a bar ("热点咨询 | 一流专家 至善境界——…的致辞"); a meta line "<date time> 作者:… 来源:《腐蚀与防护之友》 分享至:" with a share label; the salutation "各位同学、各位家长、各位老师、各位领导:"; paragraphs set apart by two blank lines; "我想谈三个问题:" then a block "第1个问题,为什么要读研究生?" (an ordinal with an arabic digit: optional); an inline "首先向…" with no separator (no item); quoted "“一流专家、至善境界”"; cut mid-word ("在阿拉")',
    isSpeech: true,
    title: EC_TITLE,
    noise: [EC_COLUMN, EC_META, '分享至:'],
    dropLines: [EC_LINE, EC_META],
    outline: [
      { level: 1, marker: '第1个问题,', text: '为什么要读研究生', optional: true },
    ],
  },
  '03-jianghua-mnnlkj-wust-kaixue-casino-brand-school-name-headline-dash-subtitle-dateline': {
    source: 'https://mnnlkj.com/info/1591/370371.html',
    kind: 'speech: 讲话 (the president of 武汉科技大学 at the 2019 graduate opening ceremony; casino mirror of the school\'s site)',
    tests: 'a column label "校园生活" and a crumb "首页 / 校园生活 / 正文"; a CMS headline "倪红卫校长在…上的讲话:<title>"; a "发布者: 编辑:新闻中心 发布时间:2019-09-12 浏览次数:" line with an empty count; the document\'s own title line; a "——js33333线路登录校长倪红卫在…上的讲话" subtitle (optional "——" item once the brand is cut); a date-and-place line "(2019年9月6日上午9:00,青山校区碧园会堂)"; a line holding one space; salutation and "大家好!"; four-space indents; the casino brand "js33333线路登录" standing seven times (the subtitle included) where the school\'s name stood, inside sentences; a lone courtesy "首先," inline after a full stop (no item); cut mid-phrase ("位列湖北省属高校第一")',
    isSpeech: true,
    title: MN_TITLE,
    noise: [MN_COLUMN, MN_CRUMB, MN_HEADLINE, '倪红卫校长在2019级研究生开学典礼上的讲话:', MN_META, MN_BRAND],
    replace: [[MN_BRAND, '']],
    dropLines: [MN_COLUMN, MN_CRUMB, MN_HEADLINE, MN_META, MN_TITLE],
    outline: [
      { level: 1, marker: '——', text: '校长倪红卫在2019级研究生开学典礼上的讲话', optional: true },
    ],
  },
  '04-news-yejinzb-zhongtian-jingbang-reshi-zhici-yi-er-san-block-not-speech': {
    source: 'http://yejinzb.com/news/show-66285.html',
    kind: 'non-speech: news report (the hot trial of a steel group\'s 精棒 rolling line; metallurgy news portal)',
    tests: 'no headline in the capture, the report opens "当天,…"; a vice-president "到场并致辞", his 致辞 summed up as "要求全体员工切实抓好三项任务:" and three block lines "一、安全生产不松劲,…" "二、环保治理不放松,…" "三、疫情防控不大意,…" — reported requirements in a third-person report, not a speech; a quoted slogan list in brackets; dates of the blast furnace and converter start-ups; cut mid-word ("中天好钢材的品")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-zongjie-99xueshu-zhagang-chejian-nianzhong-collection-di1pian-yi-er-1-2-not-speech': {
    source: 'https://99xueshu.com/w/file0k41zlbv.html',
    kind: 'non-speech: 年终工作总结 (a rolling-mill workshop\'s year-end summary; document farm collection page)',
    tests: 'the page title, a bare "2024-08-12", the collection title "轧钢车间年终工作总结(精选13篇)", a piece heading "轧钢车间年终工作总结 第1篇" and the piece\'s own title "20**年轧钢车间工作总结"; heading lines "一、生产情况分析汇总", "二、加强管理、严格考核"; items "1、…" "2、…"; placeholders "20**" and "xx"; quality targets chained by semicolons — a written summary, not a speech; cut mid-word ("仍有不小差")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-hongyuanlei-big5-pinyin-loushang-dahui-lianggang-zhici-junk-words-mojibake-not-speech': {
    source: 'http://www.hongyuanlei.com/content/646748/95/13200505.html',
    kind: 'non-speech: news report (the opening of the 全球婁商大會 with a city secretary\'s and 漣鋼\'s manager\'s 致辭; traditional junk mirror)',
    tests: 'traditional script with converter pinyin after 鄉/發/內/經/戰/領/結/創/現/續/業/產/應/執/務/標; two-character simplified junk words glued before nearly every punctuation mark ("盛大開幕绵患。", "齊聚一堂撼由,", "黨委書記拳沙、執(zhí)行董事爽附、"); two mis-encoded runs ("全國上下?lián)屜葯C鞍靴", "造福當(dāng)?shù)亍⒎床讣亦l(xiāng)俊卤"); the leaders\' words reported ("他指出,…希望廣大婁商…;希望…", "在致辭中表示,…") — a report, not a speech; no headline in the capture; cut mid-sentence ("漣鋼將")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
