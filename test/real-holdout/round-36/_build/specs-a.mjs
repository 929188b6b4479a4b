// Gold specs for holdout round 36, part a (cases 01–06): ethnic, religious, overseas-Chinese, Taiwan and foreign affairs.
// Four spoken pieces (a county leader's 讲话 at a 台胞台属 中秋节茶话会 on a 范文 site (nx899): the site's headline
// "县领导在…的讲话" twice, a "12-20 17:06:22  浏览次数:546次  栏目:庆典致辞" meta line, then the document's own heading
// "在地区…的讲话", the salutation, ×/×× placeholders, "下面,我代表县委讲三点意见。" and a standalone "一、…" heading, cut
// mid-sentence; the state vice-president's 致辞 at the 中国国际友好城市大会 on a news portal (news.sina.com.cn): the portal's
// "跳转到路径导航栏"/"跳转到正文内容" lines, the news headline, a URL/date/source line, an agency lead ending "全文如下:",
// then the speech's own name, a "——在…上的致辞" subtitle, a date line, the speaker with his post and the salutation, all
// indented; a 祝词 at the 第八次全国归侨侨眷代表大会 on the NPC's site (npc.gov.cn): a "当前位置:首页 >  权威发布 > 讲话论述"
// breadcrumb, the title, a "——在…上的祝词" subtitle, the speaker's bare name, a "浏览字号: 来源: 人民日报 <date time>" meta
// line, the date line and the salutation; the opening 致辞 of the 第十二届全国少数民族传统体育运动会 on a traditional-script
// mirror (7baotech) with converter pinyin after a fixed set of characters (統(tǒng), 戰(zhàn), 長(zhǎng), 國(guó), 數(shù),
// 運(yùn), 動(dòng), 會(huì), 團(tuán), 臺(tái), 習(xí), 項(xiàng), 個(gè), 內(nèi), 術(shù)…), the date line mis-encoded as
// "?。?024年11月22日)" and "為籌" as "?yàn)榛I", a speaker line with post, a two-line salutation, no blank lines, no outline)
// and two written look-alikes (the 外事讲话 entry of a 文书 handbook on a book site (baikeshiji): breadcrumb, 出处 line,
// 【简介】, (一)…(四) parts of the genre and a 【范例】 whose specimen speech opens "同志们,朋友们:" and "首先," — a
// guide; a Buddhist site's copy (fojiaonet) of a TV news item on the 中国宗教界和平委员会, breadcrumb and 时间/来源/作者
// line, in which the leader's "三点要求" are reported as inline "第一,…。第二,…。第三,…。" after full stops, the site's
// brand line glued to the last paragraph and repeated, cut — a third-person report, not a speech).
// Judgement calls: 01's headline "县领导在台胞台属中秋节茶话会上的讲话" (twice) is the site's and differs from the document's
// own heading "在地区台胞台属中秋节茶话会上的讲话": the heading is the title (as the shared corpus's case 92), the headline and
// the meta line are noise; "××"/"×", "某地区" and the fictional place "琅台" stay; the standalone "一、肯定成绩,…" line is a
// required level-1 heading (whole line). 02's headline, URL/date line, nav lines and the agency lead ending "全文如下:" are
// noise (as the shared corpus's case 14's editor lead); the title is the speech's own name; the "——在…上的致辞" subtitle
// stays as a paragraph and is an optional level-1 dash point; the date line and "中华人民共和国副主席 习近平" (a byline with
// a post) stay; the inline "首先," after a full stop is a run of one: no item. 03: the breadcrumb, the bare speaker name
// "王兆国" (no post) and the meta line are noise; the subtitle stays (optional dash point); the date line stays. 04: pinyin
// is cut by regexCut; the mis-encoded date line and "?yàn)榛I" stay (unrepairable runs, README); the title line has no
// pinyin and is dropped as the title. 05 is a guide (its (一)…(四) and the specimen's salutation are the handbook's), 06 a
// news report: both written, not speeches.
// Looked for and not found on a new host: a 范文-site 民族宗教/统战 speech with (一)/一是 points (biganzizhijia, alatiku,
// laobiganzi, laowenmi, tp2008, 777doc, m.7rdy, zhiyuanku, wenkuhub, agnbn are used), a 侨界 茶话会 发言 (jianligu is used; a
// viewer copy turned up without an address), a 友好城市/外宾 welcome speech on a 范文 site (huaboedu, wenshudu, m.xjwk, wmjy,
// focat.org.tw are used), a 民族团结 心得体会 or 总结 on an unused host (agnbn and 100ky are used). Set aside as template
// twins: renwuwiki.com (the same "经典书库 > 中国文书大典" book site as baikeshiji; one was taken), yuanjingfilm.com (the
// gwyoo "導語:…不代表本站觀點" family), m.howvc.com ("/jxfw/<yyyymm>/" as jjcmw), cailiaogo.com
// ("/index/article/detail/detail_id/" as xiebiwenku/gwzjk), m.zgkjsz.com ("/page/<yyyy>/<mmdd>/" as handmsg), 100ky.cn (the
// xiexiebang "XX文库小编为你整理了这篇" promo).
// Names of private people (the agency reporter in 02) and the small place in 01 were replaced by fictional ones.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const NX_HEADLINE = '县领导在台胞台属中秋节茶话会上的讲话';
const NX_META = '12-20 17:06:22  浏览次数:546次  栏目:庆典致辞';
const NX_TITLE = '在地区台胞台属中秋节茶话会上的讲话';

const SN_NAV1 = '跳转到路径导航栏';
const SN_NAV2 = '跳转到正文内容';
const SN_HEADLINE = '习近平在中国国际友好城市大会开幕式上致辞';
const SN_META = 'http://www.sina.com.cn  2008年11月10日14:28  新华网';
const SN_LEAD = '新华网北京11月8日电(记者柯雨涵)中国国家副主席习近平8日出席在京举行的中国国际友好城市大会开幕式,并发表了题为“加强国际友城交流合作 增进世界各国人民友谊”的致辞,全文如下:';
const SN_TITLE = '加强国际友城交流合作 增进世界各国人民友谊';

const NPC_CRUMB = '当前位置:首页 >  权威发布 > 讲话论述';
const NPC_SPEAKER = '王兆国';
const NPC_META = '浏览字号: 来源: 人民日报 2009年07月15日 08:46:56';
const NPC_TITLE = '在实现中华民族伟大复兴中充分发挥广大归侨侨眷和海外侨胞的重要作用';

const QB_TITLE = '共同唱響“中華民族一家親”的華彩樂章';

export const specs = {
  '01-jianghua-nx899-taibao-zhongqiu-chahuahui-title-twice-meta-yi': {
    source: 'http://nx899.com/yanjiang/001241/12437476.html',
    kind: 'speech: 讲话 (a county leader at the Mid-Autumn tea party for Taiwan compatriots and their relatives)',
    tests: 'the site\'s headline "县领导在台胞台属中秋节茶话会上的讲话" twice, a "12-20 17:06:22  浏览次数:546次  栏目:庆典致辞" meta line, then the document\'s own differing heading "在地区台胞台属中秋节茶话会上的讲话" (the title); salutation "同志们,台胞台属朋友们:"; ×/×× placeholders and "某地区"; "下面,我代表县委讲三点意见。" then a standalone heading "一、肯定成绩,认清形势,…紧迫感" (required, whole line); cut mid-sentence ("两地人员")',
    isSpeech: true,
    title: NX_TITLE,
    noise: [NX_HEADLINE, NX_META],
    dropLines: [NX_HEADLINE, NX_META, NX_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '肯定成绩,认清形势,进一步增强做好新形势下台湾工作的历史责任感和时代紧迫感' },
    ],
  },
  '02-zhici-sina-youhao-chengshi-dahui-nav-lead-dash-subtitle': {
    source: 'http://news.sina.com.cn/c/2008-11-10/142816624073.shtml',
    kind: 'speech: 致辞 (the state vice-president opening the China International Friendship Cities Conference; news portal)',
    tests: 'portal lines "跳转到路径导航栏"/"跳转到正文内容", the news headline "习近平在…开幕式上致辞", a "http://www.sina.com.cn  <date time>  新华网" line and an agency lead ending "全文如下:" (all noise) before the speech; the speech\'s own name (title), a "——在中国国际友好城市大会开幕式上的致辞" subtitle (optional dash point), a date line "(2008年11月8日)" and "中华人民共和国副主席 习近平" (kept); salutation "女士们,先生们,朋友们:"; an inline "首先," after a full stop (a run of one, no item); lines indented with spaces; cut mid-word ("改革开")',
    isSpeech: true,
    title: SN_TITLE,
    noise: [SN_NAV1, SN_NAV2, SN_HEADLINE, SN_META, SN_LEAD],
    dropLines: [SN_NAV1, SN_NAV2, SN_HEADLINE, SN_META, SN_LEAD, SN_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在中国国际友好城市大会开幕式上的致辞', optional: true },
    ],
  },
  '03-zhuci-npc-qiaodaihui-crumb-bare-speaker-meta-date': {
    source: 'http://www.npc.gov.cn/zgrdw/npc/xinwen/2009-07/15/content_1538537.htm',
    kind: 'speech: 祝词 (a state leader\'s congratulatory address to the national congress of returned overseas Chinese and their relatives)',
    tests: 'a "当前位置:首页 >  权威发布 > 讲话论述" breadcrumb; the title; a "——在第八次全国归侨侨眷代表大会上的祝词" subtitle (kept, optional dash point); the speaker\'s bare name "王兆国" (no post: noise) and a "浏览字号: 来源: 人民日报 <date time>" meta line between the subtitle and the date line "(2009年7月14日)" (kept); salutation "各位代表、朋友们、同志们:"; indented paragraphs; no numbered points; cut mid-word ("北京奥")',
    isSpeech: true,
    title: NPC_TITLE,
    noise: [NPC_CRUMB, NPC_SPEAKER, NPC_META],
    dropLines: [NPC_CRUMB, NPC_SPEAKER, NPC_META, NPC_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在第八次全国归侨侨眷代表大会上的祝词', optional: true },
    ],
  },
  '04-zhici-7baotech-big5-pinyin-minyunhui-mojibake-date': {
    source: 'http://7baotech.com/cn/jszg/202411/t20241126_7719905.html',
    kind: 'speech: 致辞 (the head of the ethnic affairs commission opening the national traditional sports games of ethnic minorities; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (統(tǒng), 國(guó), 數(shù), 運(yùn), 動(dòng), 會(huì), 團(tuán), 臺(tái), 習(xí), 項(xiàng), 術(shù)…), also in the speaker line and the salutation; the title first with no pinyin; the date line mis-encoded "?。?024年11月22日)" and "為籌" mis-encoded as "?yàn)榛I" (kept); the speaker line "中央統戰部副部長、國家民委主任 潘岳" (kept); a salutation over two lines; no blank lines; no numbered points; cut mid-word ("少")',
    isSpeech: true,
    title: QB_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [QB_TITLE],
    outline: [],
  },
  '05-guide-baikeshiji-waishi-jianghua-wenshu-dadian-not-speech': {
    source: 'https://baikeshiji.com/book/17781/281750.html',
    kind: 'non-speech: writing guide (the 外事讲话 entry of a handbook of official documents)',
    tests: 'a book site\'s "当前位置:首页 > 经典书库 > 中国文书大典" breadcrumb, the entry title "外事讲话", a 出处 line, 【简介】 and (一)标题/(二)时间/(三)正文/(四)结语 parts of the genre, then 【范例】 with a specimen title "江泽民在苏联中央电视台发表讲话", its salutation "同志们,朋友们:" and an inline "首先," — a handbook entry about the genre, not a speech; cut mid-phrase',
    isSpeech: false,
    title: '外事讲话',
  },
  '06-news-fojiaonet-zhongzonghe-inline-diyi-not-speech': {
    source: 'http://fojiaonet.com/fa-jie-zi-xun/4072.shtml',
    kind: 'non-speech: news report (a state leader meets the China Committee on Religion and Peace; Buddhist site\'s copy)',
    tests: 'a "首页 > 法界资讯" breadcrumb, a headline "…贾庆林接见与会委员并讲话", an empty 时间/来源/作者 line, a TV-news lead, the leader\'s "三点要求" reported as inline "第一,…。第二,…。第三,…。" after full stops inside a third-person paragraph, the site\'s brand line glued to the last paragraph and repeated cut — a report, not a speech',
    isSpeech: false,
    title: '中国宗教界和平委员会三届一次会议在京举行 贾庆林接见与会委员并讲话',
  },
};
