// Gold specs for holdout round 33, part b (cases 07–12): youth, women and workers — 共青团, 妇联 and 工会 occasions.
// Four spoken pieces (a 团代会 closing speech at a vocational college, first piece of a "(通用18篇)" collection page on a
// 书法思考网 template site with a "• 欢迎访问…注册用户可以投稿!" banner, the bare title, the collection title and the
// "… 篇1" heading; a county party leader's speech opening a 团干部培训班, the whole body flattened onto one line under its
// title, salutation glued to the text and the lone point "一、争做…带头人" glued to its paragraph after a colon; a 致公党
// 市委 vice-chair's 三八 茶话会 speech on a 政协 gov.cn site with a "当前位置:" crumb, a bulleted date, a "内容导航:" label,
// digits run together where 年/月 were lost ("190338日", "每年的38日") and a "打印 关闭" bar over a three-line footer; a
// 民政局 section chief's 致辞 opening a trade association's 职工运动会 on a traditional-script mirror with converter pinyin,
// a byline line (post + name) over the salutation and a mis-encoded run "請(qǐng)?jiān)试S" kept) and two written look-alikes
// (a county news report of a 巾帼十佳 表彰大会 on a traditional Discuz forum with anti-scrape jammer strings glued into
// the title and between paragraphs, the leader's 讲话 reported in the third person "他指出,…要…;…要…;…要…"; a college
// 团委's 五四 倡议书 with a salutation "亲爱的同学们 :" and 一、/二、/三、 heading lines — an appeal on paper, not a speech).
// Looked for and not found on a new host: a 团代会 工作报告 or 讲话 with 一、/(一) headings on a 范文 or 文库 page (the
// pages corpus answers with 团史 essays and news), a 工会 职代会 讲话 with an outline (abg.baidu/35331 give titles only,
// wm114/wmjy/msgz and fck3179 are used or share used hosts' furniture), a 劳模表彰 讲话 with 一、 headings (wenku.docs.qq,
// wenku365, xiaomilidoc used), a 三八 表彰 主持词 with an agenda (szftgk, sxksjs used; executivefront.com has szftgk's
// CamelCase-category URL scheme, so it was left as a twin). caizhika/wencuigu (才智咖/文萃谷 "人氣"/"來源:… 2.1W" meta)
// and pay38 ("时间:… 来源:以智范文网" under a "当前位置:" crumb, as 99999z) were left as template twins of used hosts;
// canxun.cc (a 职工运动会开幕词 with "THE END / 分享 / 二维码 / 上一篇 下一篇") was left because jxyuer (round 19) shows the
// same theme's "THE END" tail. yixinbuy.com (an 入团仪式 report with toneless "(tuan)" pinyin) was left as the same
// SEO-injection template as round 1's and round 8's pages.
// Judgement calls: 07 keeps the year in the title ("2022团代会闭幕式讲话", as the page's own title and piece heading print
// it); the bare title line is the title (dropped, not noise), the "(通用18篇)" line and the "篇1" heading are noise. 08's
// lone 一、 after a colon ("提三点希望:一、…") is optional (not after a sentence end, no 二、 in the capture). 09's title keeps
// the organisation, post and (fictional) name as printed; the lost-年/月 digit runs stay in the text. 10 has no title in
// the capture (title ""); the byline "…科科長 葛雲舟" is the document's own line and stays a paragraph; the mis-encoded
// run stays as "請?jiān)试S" once the "(qǐng)" before it is cut (its bare "jiān" is no annotation).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SF_BANNER = '• 欢迎访问书法思考网,注册用户可以投稿!';
const SF_TITLE = '2022团代会闭幕式讲话';
const SF_COLL = '2022团代会闭幕式讲话(通用18篇)';
const SF_PIECE = '2022团代会闭幕式讲话 篇1';

const AD_TITLE = '在全县团干部培训班开班仪式上的讲话';

const LZ_CRUMB = '当前位置:致公党柳州市委';
const LZ_TITLE = '致公党柳州市委副主委钟婉宁在三八妇女节茶话会上的讲话';
const LZ_DATE = '• 2011-03-07';
const LZ_NAV = '内容导航:';
const LZ_TOOLS = '打印 关闭';
const LZ_FOOT = [
  '中国人民政治协商会议柳州市委员会主办                     中国人民政治协商会议柳州市委员会办公室维护管理',
  'E-mail:lzzx@liuzhou.gov.cn                             电话:0772-2660369',
  '版权所有:(C)2015 中国人民政治协商会议柳州市委员会                      技术支持:柳州市网络管理中心',
];

export const specs = {
  '07-jianghua-shufasikao-tuandaihui-bimushi-collection-banner-pian1': {
    source: 'https://yuedu.shufasikao.cn/fanwen/zhici/kaibimuci/389317.html',
    kind: 'speech: 讲话 (closing speech of a vocational college\'s 团代会; first piece of a "(通用18篇)" collection on a 范文 template site)',
    tests: 'a site banner "• 欢迎访问书法思考网,注册用户可以投稿!" (bullet, site name, invitation) over the bare title "2022团代会闭幕式讲话", the collection title "…(通用18篇)" and the piece heading "2022团代会闭幕式讲话 篇1" with a space before 篇; blank lines between all lines and a two-space indent on every line of the piece; the salutation "各位代表、各位领导:" on its own line; xx placeholders ("共青团xx职业技术学院", "党的“xx大”") and the writer\'s "卓有成效的工作" (的 for 地); an idiom ("众人拾柴火焰高") between commas; no closing, cut mid-sentence ("…主席团,向"); no outline',
    isSpeech: true,
    title: SF_TITLE,
    noise: [SF_BANNER, SF_COLL, SF_PIECE],
    dropLines: [SF_BANNER, SF_TITLE, SF_COLL, SF_PIECE],
    outline: [],
  },
  '08-jianghua-aidaidai-tuanganbu-peixunban-oneline-yi-after-colon': {
    source: 'https://m.aidaidai.com/yanjiang/jianghuazhici/204870.html',
    kind: 'speech: 讲话 (a county party leader opening the county\'s 团干部培训班; 讲话致辞 page)',
    tests: 'the title on its own line, then the whole body flattened onto one line: the salutation "同志们:" glued to "今天,…", the welcome, the praise of the county 团委 and the three hopes announced as "…提三点希望:一、争做勤学善思的带头人当今知识更新加速,…" — the point\'s heading words run straight into its paragraph with no stop and the lone 一、 stands after a colon, not a sentence end, with no 二、 in the capture (optional); quoted sayings after colons ("革命前辈曾经说过:青年的首要任务是学习。"); "2005年" and "对此,县委是肯定的。"; no site noise in the capture; cut mid-sentence without a stop ("…作为人生的头等大事")',
    isSpeech: true,
    title: AD_TITLE,
    noise: [],
    dropLines: [AD_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '争做勤学善思的带头人当今知识更新加速,学习已成为走向成功的阶梯', optional: true },
    ],
  },
  '09-jianghua-liuzhou-zhigongdang-sanba-chahuahui-crumb-date-print-close': {
    source: 'http://lzzx.liuzhou.gov.cn/dpgsl/zgdlzsw/201103/t20110307_444272.html',
    kind: 'speech: 讲话 (a 致公党 city committee vice-chair at a 三八 women\'s-day tea party; city 政协 gov.cn site)',
    tests: 'a one-crumb breadcrumb "当前位置:致公党柳州市委" (the column, a party name), the title naming organisation, post and speaker, a bulleted date line with padding ("  • 2011-03-07    "), a bare "内容导航:" label, blank lines between paragraphs; "大家早上好。" with a full stop; dates whose 年/月 were lost by the page ("190338日", "每年的38日") and stay; a long paragraph of semicolon-separated duties after "我们…要…"; a line holding one space, then a "打印 关闭" bar and a three-line footer (organiser and maintainer, e-mail and telephone, copyright and technical support) with runs of spaces inside; no closing thanks; no outline',
    isSpeech: true,
    title: LZ_TITLE,
    noise: [LZ_CRUMB, LZ_DATE, LZ_NAV, LZ_TOOLS, ...LZ_FOOT],
    dropLines: [LZ_CRUMB, LZ_TITLE, LZ_DATE, LZ_NAV, LZ_TOOLS, ...LZ_FOOT],
    outline: [],
  },
  '10-zhici-weihelp-big5-pinyin-zhigong-yundonghui-byline': {
    source: 'http://www.wei-help.com/Article/ShowArticle.asp?ArticleID=173',
    kind: 'speech: 致辞 (a city 民政局 section chief opening a trade association\'s first 职工运动会; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (會(huì), 運(yùn), 動(dòng), 業(yè), 協(xié), 領(lǐng), 導(dǎo), 質(zhì), 經(jīng), 個(gè), 鎮(zhèn), 堅(jiān), 強(qiáng), 風(fēng), 對(duì)…) while others of the same kind stay bare (組, 職, 體, 藝, 員); no title in the capture: it opens with a byline line (post + name, a space between) over the salutation; a mis-encoded run "請(qǐng)?jiān)试S我代表" that stays (its bare "jiān" is no annotation, only "(qǐng)" is cut); a half-width comma and space before the association\'s name ("籌備, 清溪市…"); semicolon-chained 希望 clauses (no markers); cut mid-word ("展現(xiàn)出良"); no outline',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '11-news-junkejituan-big5-discuz-jammer-jinguo-shijia-biaozhang-not-speech': {
    source: 'http://www.junkejituan.com/thread-8234-1-1.html',
    kind: 'non-speech: news report (a county\'s 巾帼十佳 and 三八红旗手 表彰大会; traditional-script Discuz forum)',
    tests: 'a forum post in traditional script with converter pinyin and simplified leftovers (干部, 并), Discuz anti-scrape jammer strings glued to the end of both title lines, on a line of their own and at the start of a paragraph ("# E) R2 P* c9 T2 u9 g1 S周志航在會上作重要講話"); a reporter\'s account: who attended, who chaired, then the leader\'s 讲话 in the third person ("他強調,廣大女領導干部要…;各級婦女組織…要…;廣大婦女要…"); two mis-encoded runs ("推動?jì)D女", "慶?!叭恕眿D女節"); a trailing " |" — a report about a meeting, not a speech',
    isSpeech: false,
    title: '溪源縣舉行慶百年“三八”暨“電力杯”第三屆“巾幗十佳”表彰大會',
  },
  '12-changyishu-cidp-wusi-qingnianjie-salutation-yi-er-san-not-speech': {
    source: 'https://tw.cidp.edu.cn/info/1018/1635.htm',
    kind: 'non-speech: 倡议书 (a college 团委\'s appeal to students for the 五四 youth day; college 团委 site)',
    tests: 'a written appeal that looks like a speech: title with a stray space inside the quote ("“ 五四”青年节活动倡议书"), a "发布日期:" line, a salutation with a space before its colon ("亲爱的同学们 :"), an opening in parallel phrases, "院团委特向全院同学发出如下倡议:" then heading lines "一、坚定信念,争做 “四有”青年", "二、…。", "三、…。" each over one paragraph, a rallying close "让我们…", trailing spaces and a last line of spaces — it announces "倡议", is signed by the 团委 and is read, not delivered',
    isSpeech: false,
    title: '“ 五四”青年节活动倡议书',
  },
};
