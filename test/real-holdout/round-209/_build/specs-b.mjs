// Gold specs for holdout round 209, part B (cases 07–12): censuses and statistics (人口普查 动员/宣传 会议 讲话, 经济普查 动员
// 部署会, 统计 工作会议 and 统计法 宣传 — their 讲话, and look-alikes of the theme). About forty queries found almost every census or
// statistics speech of the theme on a used host (rounds 105 and 161 took the theme; see "Looked for and not found" below), so this
// part holds one speech of the theme itself (07), three graduation 致辞 of statistics' neighbours (a mathematics school, a data-science
// school, a university of finance and economics; 08–10) and two written look-alikes of the theme (11, 12).
// Four spoken pieces (a provincial census office director's 讲话 at the province's publicity meeting for the sixth census, on a district
// government site (www.haishu.gov.cn, "/art/<y>/<m>/<d>/art_<col>_<id>.html") as part of a 印发 notice: the notice's addressee line
// "各市、县(市、区)党委宣传部,人口普查领导小组办公室,省级主要新闻单位:", the notice body ("现将…的讲话印发给你们,…"), the notice's date
// in Chinese numerals "二〇一〇年八月十一日", then the speech's title broken over two lines ("黄振宇同志在全省第六次全国人口普查" /
// "宣传工作会议上的讲话"), the speech's own date line "(2010年7月29日)", "同志们:", an opening ending "下面,我讲四点意见。", the block
// heading line "一、全省第六次人口普查前期宣传工作的简要回顾", a short paragraph, then "(一)统筹谋划,上下联动。为…,我们主要做了以下工作:
// 一是…;二是召开由省、市两级普" cut by the capture; a graduation 致辞 of a university's mathematics school on a hijacked domain
// (larinnai.com, "/xsyd/yyjh/<y>/<id>.html") whose school name was replaced by a betting brand in Latin letters and Chinese
// ("首先我代表365bet体育官网,并以我个人的名义,…"): no title, the salutation "同学们,老师们,朋友们:" on its own line, "大家下午好!" glued to
// the first sentence, "首先我代表" after a comma, "首先能依靠的是…" inside a sentence, famous alumni and faculty named, cut mid-sentence
// ("…教授都是"); a data-science school dean's graduation 致辞 on a college site (www.kmcc.edu.cn, ThinkPHP "/index.php/Home/<col>/content/
// id/<id>.html"): a "发布日期:2024-06-23 点击量:191" line first, no title, the salutation and the greeting on one line ("尊敬的李校长、老师们、
// 2024届毕业生,大家下午好!"), joke-laden paragraphs, stray spaces after commas and semicolons (", 就接不住…; 你的脚太大, 就…") and after a
// dash ("光屁股看天—— 有眼无珠"), cut mid-phrase ("而你就是井里的"); a university president's graduation 致辞 on a mirror domain
// (zsjxzs.com, "/news/info/<col>/<id>"): no page noise at all, "亲爱的同学们:" and "上午好!" on two lines, a paragraph ending "但我相信:" and
// two parallel paragraphs opening "在这里,…" (no markers), ellipses "……" inside paragraphs, cut mid-phrase ("唯有与时")) and two written
// look-alikes (a statistics research institute's 综述 of a seminar on official statistics' data quality (csr.stats.gov.cn,
// "/kydt/kykx/<ym>/t<date>_<id>.html"): a lead naming the chief statistician who "出席会议并讲话", "现就其中的主要观点综述如下。", two blank
// lines, heading lines "一、统计数据质量的内涵" and "二、对影响统计数据质量原因的认识更加深入具体", the chief statistician quoted in the
// third person, cut mid-word ("主") — a written review, not a speech; a district government's item on a 第五次全国经济普查 动员部署会
// (www.bjchy.gov.cn, "/slh/jcdt/<32-hex id>.html"): the meeting and its attendants told in the third person, a stray space before a
// quotation mark ("并介绍 “五经普”…"), "并强调三点意见:" followed by three block paragraphs "一、…。" / "二、…。" / "三、…。" retelling the
// secretary's points — a news report, not a speech).
// Judgement calls: 07 is a speech page: the notice only forwards the speech, which fills the rest of the capture; as round 54's 01 (a
// 煤矿安全生产 讲话 under its 印发 notice), the notice's addressee line, body and date are noise and the speech's title is the title; the
// title printed over two lines is one title (as round 5 case 02's "共青团莲花镇第十二次代表大会" / "开  幕  词"), taken as printed with the
// speaker's name ("黄振宇同志在…上的讲话"), and both its lines are dropped; "(2010年7月29日)" is the speech's own date line and stays (as
// round 54's 01 and the shared corpus's `(二○一八年…)`); "一、…简要回顾" is a required level-1 heading (whole line); "(一)统筹谋划,上下联动。"
// opens a paragraph: a required level-2 item with its first sentence as text; "一是" follows a colon and "二是" a semicolon, so both are
// optional level-3 items (points after a colon or a semicolon, as round 4 case 11 and round 1 case 05), 一是's text cut at its first comma
// (its "sentence" runs past 50 characters to the cut), 二是's text what the capture leaves ("召开由省、市两级普", as round 184 B's 07's
// "贫困户产品的竞"). 08: the betting brand stands where the school's name stood ("首先我代表…,并以我个人的名义") and is cut from the sentence,
// listed as noise (as round 181's 10, a casino brand cut where a word stood); the page shows no title, so the title is "" (as round 6 case
// 07); "首先我代表" follows a comma and "首先能依靠的" sits inside a sentence, so no 首先 item (round 4 case 11: points after a comma are prose).
// 09: the "发布日期:… 点击量:191" line is page meta (listed whole and as "点击量:191"); the salutation and "大家下午好!" share one line and stay
// one paragraph (no break is invented); the stray spaces stay (whitespace is not scored); the page has no title line (the school's name is
// inside the first sentence), so the title is "". 10: a clean page with no title and no noise (a do-no-harm case, as the shared corpus's 48);
// "但我相信:" followed by "在这里,…" paragraphs is prose, not a list. 11 and 12 are written: 11 a 综述 whose 一、/二、 are a review's section
// headings (a speech is only reported: "出席会议并讲话", "指出"), 12 a report whose block 一、二、三、 retell a speaker's "三点意见" in a
// third-person frame (as round 184 B's 12's "第一張名片:" lines and round 161's 02). Names: the private or local people (07's provincial
// office director and propaganda deputy head, 08's faculty, 09's president, 11's scholars, 12's three local cadres) were replaced by
// fictional ones; public and historical figures (08's 王选 and 张益唐, 11's chief statistician 鲜祖德) were kept; the prose was rewritten.
// Looked for and not found on a new host: a 人口普查 动员大会 讲话 (m.wenke99.com, wmjy.cn, m.kt250.com, teniu.cc, www.uv63h8.cn (gwyoo's
// traditional 時間/導語 template), m.bkw8.com, linzhi.gov.cn, www.e5515c-test.cn are used); an 经济普查 工作会议 讲话 (m.7rdy.cn,
// www.xiaomilidoc.com, chinanews.com.cn, m.wenke99.com are used; the rest are reports: sxakhidz.gov.cn, news.shaoyangnews.net,
// www.szmaolu.com (used), regpowell.com, www.xiaoyi.gov.cn); a 统计工作会议 讲话 (m.wenke99.com, 222.240.193.190, wentop.com's 文鼎文库,
// ceshi.taolaoshi.top, gongwk.com are used; fuzhou.baogaosu.com's 统计开放日 transcript is on the used baogaosu family); a 农业普查 培训会
// 讲话 (only reports: 222.240.193.190 (used), m.010zaixian.com (used), www.yuanling.gov.cn; linzhi.gov.cn's 康义 讲话 is used); a 统计法
// 宣传 讲话 (only reports and signed articles: tjj.zj.gov.cn, dawenge.com, heze.cn (used), zjzd.stats.gov.cn); a 统计 演讲稿
// (m.shenghuoriji.com, www.tmdps.cn, tj211.com are used); a 污染源/自然灾害/地名 普查 讲话 (huaboedu.com and big5.www.gov.cn are used;
// the rest are reports); a 数据局 or 审计/档案 会议 讲话 (biganzicankao.cn and the jxxfw/soolun journal viewers are used); so only 07 carries
// numbered points.
// Template twins considered: www.yuanjingfilm.com's 污染源普查 方案 and www.uv63h8.cn carry gwyoo's "時間:…/導語:…一文來源于網友上傳" lines
// (used), not taken; www.kmcc.edu.cn's ThinkPHP path "/index.php/Home/<col>/content/id/<id>.html" differs from used szbank.org.cn,
// m.farrahmd.com and m.longdusp.com ("/Home/Mb/xwcontent?id=", "/Home/List/show/id/") and shares no line with them; larinnai.com and
// zsjxzs.com are hijacked or mirror domains of university sites with no line of site chrome in their captures; csr.stats.gov.cn is the
// statistics institute's own site, a sibling of no used stats.gov.cn host in its path; node /work/notes/twin.mjs found no shared noise
// line on any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HS_TO = '各市、县(市、区)党委宣传部,人口普查领导小组办公室,省级主要新闻单位:';
const HS_NOTICE = '现将省第六次人口普查领导小组办公室主任、省统计局副局长黄振宇,省第六次人口普查领导小组成员、省委宣传部副部长龚书岚在全省第六次全国人口普查宣传工作会议上所作的讲话印发给你们,请各地结合实际,认真组织学习,抓好贯彻落实。';
const HS_DATE = '二〇一〇年八月十一日';
const HS_T1 = '黄振宇同志在全省第六次全国人口普查';
const HS_T2 = '宣传工作会议上的讲话';

const KM_META = '发布日期:2024-06-23 点击量:191';

export const specs = {
  '07-jianghua-haishu-renkou-pucha-xuanchuan-yinfa-tongzhi-two-line-title-dateline-yi-heading-paren-yishi-after-colon': {
    source: 'https://www.haishu.gov.cn/art/2010/8/11/art_1229100637_48496422.html',
    kind: 'speech: 讲话 (a provincial census office director at the province\'s publicity meeting for the sixth census, forwarded by a 印发 notice; district government site)',
    tests: 'a 印发 notice before the speech: addressee line ending in a colon, notice body "现将…的讲话印发给你们,…", a date in Chinese numerals (all noise); the speech\'s title broken over two lines with the speaker\'s name; the speech\'s own date line "(2010年7月29日)"; "同志们:"; "下面,我讲四点意见。"; a block heading line "一、…简要回顾"; "(一)统筹谋划,上下联动。" opening a paragraph; "…以下工作:一是…;二是召开由省、市两级普" (一是 after a colon, 二是 after a semicolon: optional) cut by the capture',
    isSpeech: true,
    title: HS_T1 + HS_T2,
    noise: [HS_TO, HS_NOTICE, HS_DATE],
    dropLines: [HS_TO, HS_NOTICE, HS_DATE, HS_T1, HS_T2],
    outline: [
      { level: 1, marker: '一、', text: '全省第六次人口普查前期宣传工作的简要回顾' },
      { level: 2, marker: '(一)', text: '统筹谋划,上下联动' },
      { level: 3, marker: '一是', text: '省委宣传部、省第六次人口普查领导小组多次会商研究', optional: true },
      { level: 3, marker: '二是', text: '召开由省、市两级普', optional: true },
    ],
  },
  '08-zhici-larinnai-hijacked-shuxue-xueyuan-biye-glued-spam-brand-no-title': {
    source: 'https://larinnai.com/xsyd/yyjh/2021/130579.html',
    kind: 'speech: 致辞 (a mathematics school dean\'s graduation address; university page on a hijacked domain)',
    tests: 'no title; the salutation "同学们,老师们,朋友们:" on its own line; "大家下午好!" glued to the first sentence; a betting brand in Latin letters and Chinese standing where the school\'s name stood ("首先我代表365bet体育官网,并以我个人的名义"); "首先" after a comma and inside a sentence (no item); alumni and faculty named; cut mid-sentence ("…教授都是")',
    isSpeech: true,
    title: '',
    noise: ['365bet体育官网'],
    replace: [['365bet体育官网', '']],
    outline: [],
  },
  '09-zhici-kmcc-shuju-kexue-biye-meta-dianjiliang-glued-greeting-stray-spaces-no-title': {
    source: 'https://www.kmcc.edu.cn/index.php/Home/Sjkxygcxy/content/id/40207.html',
    kind: 'speech: 致辞 (a data-science school dean\'s humorous graduation address; college site)',
    tests: 'a "发布日期:2024-06-23 点击量:191" line first; no title; salutation and greeting on one line ("尊敬的李校长、老师们、2024届毕业生,大家下午好!"); joke-laden short paragraphs ("为什么?因为…"); stray spaces after commas, semicolons and a dash ("你的反应太慢, 就…; 你的脚太大, 就…", "—— 有眼无珠"); cut mid-phrase ("而你就是井里的")',
    isSpeech: true,
    title: '',
    noise: [KM_META, '点击量:191'],
    dropLines: [KM_META],
    outline: [],
  },
  '10-zhici-zsjxzs-caijing-daxue-biye-clean-salutation-greeting-lines-colon-leadins-no-title': {
    source: 'https://zsjxzs.com/news/info/1076/8629',
    kind: 'speech: 致辞 (a university president\'s graduation address at a university of finance and economics; mirror domain)',
    tests: 'clean page with no title and no site noise (do no harm); "亲爱的同学们:" and "上午好!" on two lines; a paragraph ending "但我相信:" followed by two parallel paragraphs opening "在这里,…" (no markers); ellipses "……" inside paragraphs; cut mid-phrase ("唯有与时")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '11-zongshu-csr-stats-shuju-zhiliang-yantaohui-reported-jianghua-yi-er-headings-not-speech': {
    source: 'http://csr.stats.gov.cn/kydt/kykx/201008/t20100811_1483.html',
    kind: 'non-speech: 综述 (a statistics research institute\'s review of a seminar on the data quality of official statistics)',
    tests: 'a lead naming the chief statistician who "出席会议并讲话"; "现就其中的主要观点综述如下。"; two blank lines; heading lines "一、统计数据质量的内涵" and "二、对影响统计数据质量原因的认识更加深入具体"; the chief statistician quoted in the third person ("…指出,…"); cut mid-word ("主") — a written review, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-bjchy-wujingpu-dongyuan-bushuhui-sandian-yijian-yi-er-san-blocks-not-speech': {
    source: 'http://www.bjchy.gov.cn/slh/jcdt/4028805a89f476660189fda5a73504dd.html',
    kind: 'non-speech: news report (a district area\'s mobilisation meeting for the fifth economic census; district government site)',
    tests: 'the meeting and its attendants told in the third person; a stray space before a quotation mark ("并介绍 “五经普”…"); "…并强调三点意见:" followed by block paragraphs "一、…。" / "二、…。" / "三、…。" retelling the secretary\'s points — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
