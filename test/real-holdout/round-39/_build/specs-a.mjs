// Gold specs for holdout round 39, part a (cases 01–06): company, industry and association sites that publish their
// chairmen's and managers' speeches. Four spoken pieces (a motor group's 2020 新春贺辞 reprinted on an industry-news site
// (kqbev) under a "切换" toggle and a "当前位置: 首页  >  行业动态  >  热点" breadcrumb, its title printed twice around the
// source line "东风官网" and a bare "989   0" view/comment count, salutation "同志们:", paragraphs opening with the year
// ("2019年,是…" / "2019年,也是…") that are prose, cut mid-word; a machinery maker's chairman's 20th-anniversary 致辞 on a
// traditional-script mirror of the company's news page (edufabricareview) with no pinyin, whose only line of site text is
// the press lead — opened by a mis-encoded indent "??????? ", carrying a stock-quote glue "(000157,股吧)" and ending
// "以下為…董事長致辭摘要:" — above the speech; the mirror's half-converted 后/于/里, the page's slip "當合" and a clause the
// page prints twice ("正是領導們真誠的幫助,讓我們有了前行的勇氣和底氣," repeated) are kept; six "我們感恩…" paragraphs with no
// markers, cut after a comma; a rail-equipment subsidiary's 新春致辞 on the group's own site (crrcgc) with a headline line
// "传承浩然之气 倍增前行信心" and a second headline line "在公司“强起来”新征程上团结奋斗", salutation "亲爱的员工朋友们:", three
// paragraphs opening "2022年,我们…" (parallel prose, no markers), cut mid-word; a container group's 新年致辞 to its staff
// on a traditional pinyin mirror of the company-news column (vx68, "/a/company-news/") that opens straight with
// "各位同事:" — no title, no site text, converter pinyin after a fixed set of characters (過(guò), 經(jīng), 國(guó), 團(tuán),
// 業(yè), 務(wù), 發(fā), 會(huì), 長(zhǎng), 擴(kuò)…) and the capture cut inside an annotation "擴(ku") and two written look-alikes (a
// chamber of commerce's news post on its rotating-presidents handover (tfjjxsh.windstars.net): a "首先," paragraph ending in
// a colon, then block lines "一是参加…;" / "二是走访…" listing the month's work, and the presidents' remarks told in the third
// person ("…会长说," / "…表示,") — a report, not a speech; a company-news page (uually) under "公司新闻" / "company news"
// headers with the headline of a commendation meeting and New Year party, quoting the party secretary's citation and a
// prize-winner's thanks in “…” after "他说:" — a report, not a speech).
// Judgement calls: 01's title drops nothing; its two printings are dropped, not listed; "切换", the breadcrumb, "东风官网"
// and "989   0" are noise. 02 has no title in the capture (the headline is not in the page text); the press lead line is
// noise as a whole (round 34's convention: a press page's lead above "以下为…的致辞" is the page's) and the speech starts
// with "秋實累累的時節,…"; the repeated clause is the page's text and stays. 03's first line is the title (a headline of
// the site's, the message's own name) and is dropped; the second headline line is a subtitle and stays as the first body
// line (as the "——" subtitles of rounds 8 and 28), since it is not joined to the title by a colon or a dash; a New Year
// message addressed to the staff with "亲爱的员工朋友们:" and spoken in the first person ("我代表…") is a 致辞, a speech. 04
// has no title; the pinyin is cut by regexCut and the cut-off "(ku" at the end stays (as in earlier rounds). 05 and 06
// are written reports: "首先," and the block 一是/二是 in 05 are a reporter's list, and 06's quotations are not the page's
// document. Names of living people were replaced by fictional ones (the chairman in 02, the presidents in 05, the
// officers and the prize-winner in 06); company names and the title lines are the pages' own.
// Looked for and not found on a new host: a company or association speech with numbered points (一、/（一）, 一是/二是,
// 第一,/第二,) inside the captured text — the corpus answers company-site queries with news reports that summarise the
// chairman's speech in the third person, with novel chapters about company meetings, or with 范文 farms; a 述职报告, a
// 工作总结 or a 倡议书 on a company or chamber site (only news posts mentioning them); a 商会 speech page on an unused host
// (sdxzsh.com, cdsnsh.com, group.shanghuiwangluo.com and the agnbn.com 会长 中秋 speech with 一、/二、/三、 are used); a
// company 新年致辞 page on an unused host (hkfinance.com.cn, ahzhl.cn, cpm.com.cn are used; the cpaffc mirror chatlady-b.com
// is used). Pages too short for a case (under 600 characters in the stored text): it214.net (a chairman's party-committee
// speech under a freight-spam title, ~520), hyqqx.com (a youth entrepreneurs' association report with block 一、/二、/三、,
// ~490), hkldyy.com (a traditional company news post with inline 一、…;二、…, ~470). Left as template twins:
// qiantimeigw.com (a group chairman's 4S-store opening speech under the "/HeCiZhuFuYu/" CamelCase path of the
// gxscse/szftgk/78911 template, named as used in round 34), m.cqtzb.org.cn (a 开工 致辞 with block 第一,/第二,/第三, under
// the "/jxfw/<yyyymm>/" path of the jjcmw/czt template), m.runthegoodtimes.com (a 职代会 闭幕词 on a "/gongwen/<column>/"
// pinyin mirror with a backtick anti-copy mark, the ruiwen-family template), www.ahsrst.cn (a 项目开工领导致辞 collection
// with the "时间: … 讲话稿 我要投稿" meta line and 小编 promo of the gaozihui/haikao template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const KQ_TOGGLE = '切换';
const KQ_CRUMB = '当前位置: 首页  >  行业动态  >  热点';
const KQ_SOURCE = '东风官网';
const KQ_COUNTS = '989   0';
const KQ_TITLE = '东风汽车集团有限公司2020年新春贺辞';

const EF_LEAD = '??????? 9月28日,中聯重科(000157,股吧)成立20周年慶典在中聯重科麓谷工業園盛大舉辦。各界領導、嘉賓與中聯員工一道見證了這一時刻。鄭嘉林董事長率先致辭,以六個感恩梳理了中聯二十年的奮鬥歷程。以下為鄭嘉林董事長致辭摘要:';
const EF_LABEL = '以下為鄭嘉林董事長致辭摘要:';

const CR_TITLE = '传承浩然之气 倍增前行信心';

export const specs = {
  '01-heci-kqbev-dongfeng-xinchun-crumb-title-twice-source-counts': {
    source: 'https://www.kqbev.com/newsDetail/01041726378.html',
    kind: 'speech: 贺辞 (a motor group\'s 2020 Spring Festival message to its staff, reprinted on an industry-news site)',
    tests: 'a "切换" toggle and a "当前位置: 首页  >  行业动态  >  热点" breadcrumb with double spaces; the title printed twice around a source line "东风官网" and a bare "989   0" view/comment count; blank lines between all lines; salutation "同志们:"; paragraphs opening "2019年,是…" / "2019年,也是…" / "这一年,…" (prose, no markers); quoted slogans; cut mid-word ("市场下")',
    isSpeech: true,
    title: KQ_TITLE,
    noise: [KQ_TOGGLE, KQ_CRUMB, KQ_SOURCE, KQ_COUNTS],
    dropLines: [KQ_TOGGLE, KQ_CRUMB, KQ_SOURCE, KQ_COUNTS, KQ_TITLE],
    outline: [],
  },
  '02-zhici-edufabricareview-big5-zhounian-qmarks-press-lead-no-title': {
    source: 'http://www.edufabricareview.com/news/128.html',
    kind: 'speech: 致辞 (a machinery maker\'s chairman at the company\'s 20th-anniversary celebration; traditional-script mirror of a company news page)',
    tests: 'traditional script without pinyin, the mirror\'s 后/于/里 left unconverted; no title in the capture; the first line is a press lead opened by a mis-encoded indent "??????? ", with a stock-quote glue "(000157,股吧)" and ending "以下為…董事長致辭摘要:" (noise as a whole); the page\'s slip "當合" and a clause printed twice kept; six "我們感恩…" paragraphs (parallel prose, no markers); no salutation in the excerpt; cut after a comma',
    isSpeech: true,
    title: '',
    noise: [EF_LEAD, EF_LABEL],
    dropLines: [EF_LEAD],
    outline: [],
  },
  '03-zhici-crrcgc-xinchun-two-line-headline-parallel-years': {
    source: 'https://crrcgc.cc/sd/2023-02/09/article_EBB99A1BB06C4735B13ADD26D2D7E1EF.html',
    kind: 'speech: 致辞 (a rail-equipment subsidiary\'s Spring Festival message to its staff, on the group\'s site)',
    tests: 'no site text; a headline "传承浩然之气 倍增前行信心" (the title, with a space inside) and a second headline line "在公司“强起来”新征程上团结奋斗" (a subtitle kept as body); salutation "亲爱的员工朋友们:"; book titles in 《》; three paragraphs opening "2022年,我们…" (parallel prose, no markers); an index name "双T3"; cut mid-word ("治理主")',
    isSpeech: true,
    title: CR_TITLE,
    noise: [],
    dropLines: [CR_TITLE],
    outline: [],
  },
  '04-zhici-vx68-big5-pinyin-xinnian-salutation-first-no-title': {
    source: 'http://vx68.cn/a/company-news/zqbx.html',
    kind: 'speech: 致辞 (a container group\'s New Year message to its staff; traditional-script pinyin mirror of the company-news column)',
    tests: 'traditional mirror with converter pinyin after a fixed set of characters (過(guò), 經(jīng), 濟(jì), 國(guó), 團(tuán), 業(yè), 務(wù), 發(fā), 會(huì), 長(zhǎng), 動(dòng), 擴(kuò)…); no title and no site text: the capture opens with the salutation "各位同事:" and "大家好!" on the next line; quoted strategy names; the capture cut inside an annotation ("擴(ku"), which stays',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '05-news-windstars-shanghui-lunzhi-jiaojie-shouxian-block-yishi-not-speech': {
    source: 'http://tfjjxsh.windstars.net/cms/shanghuixinwen/1454.html',
    kind: 'non-speech: news report (a provincial chamber of commerce\'s rotating-presidents handover, on the chamber\'s news column)',
    tests: 'a chamber\'s news post with no title in the capture: a "首先," paragraph ending in a colon, then block lines "一是参加…;" / "二是走访…" listing the month\'s work, the presidents\' remarks told in the third person ("…会长说,", "…表示,"), a quoted slogan and a rule book in 《》 — a report with list-like points, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '06-news-uually-biaozhang-dahui-company-news-quotes-not-speech': {
    source: 'https://uually.com/gongsixinwen/472.html',
    kind: 'non-speech: news report (a company\'s commendation meeting and New Year party, on its company-news column)',
    tests: '"公司新闻" / "company news" headers and the headline "辽宁东方测控集团隆重举行2008年度先进表彰大会暨2009新年联欢会"; a report quoting the party secretary\'s citation and a prize-winner\'s thanks in “…” after "他说:", the page\'s doubled "员工员工" kept, a quoted banner and couplet — not a speech; cut after one character ("在")',
    isSpeech: false,
    title: '辽宁东方测控集团隆重举行2008年度先进表彰大会暨2009新年联欢会',
  },
};
