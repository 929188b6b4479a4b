// Gold specs for holdout round 33, part a (cases 01–06): public security, courts, procuratorates, prisons and fire rescue.
// Four spoken pieces (a city public-security bureau leader's impromptu 讲话 at a district branch's 先进典型事迹报告会 on a
// 公安文秘网 page (wenyg) with a "• 您当前位置:… >> 浏览公安" breadcrumb, the title on a bulleted line of its own, a
// "时间:… 来源:其他 点击:收藏此文 字体:" meta line with empty labels, "**" placeholders kept from the template, cut
// mid-word; a court bailiff's contest 演讲 on 法务网 (fww), page 5 of a newspaper's "…演讲摘登(5)" — a breadcrumb ending in
// ">", the headline with its page number, a glued date/来源/浏览 meta line, lines holding only a space between paragraphs,
// the piece in full from mid-way, then the next piece's heading "一片丹心护法威" and the start of its speaker's byline;
// a fire-fighter's 演讲稿 on a traditional-script mirror (yushengwang888) with converter pinyin after a fixed set of
// characters (內(nèi) 當(dāng) 個(gè) 時(shí) 對(duì) 點(diǎn) 學(xué) 發(fā) …), two site lines "站內(nèi)公告:" / "聯(lián)系我們CONTACT" over it,
// no title, no salutation, cut mid-sentence; the first piece of a "关于消防演讲稿(范文9篇)" collection on an application-letter
// 范文 site (sq158) with the site name, a breadcrumb of the wrong column, the page title, a 发表时间 line, a 入党申请书 promo
// that does not fit the page, the "关于消防演讲稿 篇1" heading, and a word the site starred out ("**撼") that stays) and two
// written look-alikes (a city paper's report of a 公安工作会议 whose secretary's points run "一是要…。二是要…。三是要…。四是要…。"
// after full stops inside one paragraph, with a "…日报讯" dateline and a trailing " |"; a legal-culture site's report of a
// 检察官宪法宣誓仪式 whose chief prosecutor's "三点殷切期望:" stand as block paragraphs 一要/二要/三要, under a "今天是:"
// line, a breadcrumb, a 时间/来源/作者 line, a byline, and over an editor line and the site footer).
// Judgement calls: 01's bulleted title line is the document's own title — dropped, not listed as noise (its "•" goes with
// it). 02's title is the headline without its page number "(5)" (the piece's own heading is on an earlier page); the
// next piece's heading and the start of its byline are noise; the lines that hold only a space are blank. 03 has no title.
// 04's title is the piece heading's name without "篇1"; the page title "(范文9篇)" and the mismatched promo are noise; the
// starred "**撼" is the site's filter and stays in the text (as round 22's 15). None of the four speeches carries an
// outline marker in the captured text, so all four outlines are empty ("不!" and "——" inside 02 are prose).
// Looked for and did not find on an unused host: a 公安/法院/检察院 work-meeting 讲话 with 一、/（一） headings (the corpus answers
// with used hosts: huaboedu, 7rdy, gwyoo, wydbw, wenku.docs.qq, wenku.baigecn, yunko, wenke99, caiyes, or with novel
// chapters), a 警衔晋升/授旗 ceremony speech (only news reports and novel chapters), a 文库/doc viewer on a new host (bdocx,
// book118, renrendoc, xiaomilidoc, wenke99 are used), a 判决书 excerpt. Left as template twins: be000.com (a court 讲话 with
// 一、/（一） and the "预览结束…免费获取全文…请点击 … 联系老师" paywall of round 11's sanweiyuan and round 25's 8686), dwlqq.com
// (a 政法队伍教育整顿 发言稿 on the "/zhuantifanwen/<column>/<id>.html" farm used in rounds 4, 13, 14, 25, 27, 29 and 31),
// xcxzfy.ahcourt.gov.cn (a court head's 新春致辞 on the court-site template of round 27's shanxify). ksrykj.com (a
// traditional mirror's report of a 消防 授旗 ceremony) was claimed and then not needed.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const WY_CRUMB = '• 您当前位置:公安文秘网 >> 领导讲话 >> 会议讲话 >> 浏览公安';
const WY_TITLE_LINE = '• 在公安分局先进典型事迹报告会上的即席讲话';
const WY_META = '时间:2011年06月24日 来源:其他 点击:收藏此文 字体:';

const FW_CRUMB = '当前位置: 法务网 > 政法工作 > 人民法院 >';
const FW_HEADLINE = '“做合格司法警察”主题演讲汇报会演讲摘登(5)';
const FW_META = '2017-07-30 13:15来源:人民法院报浏览:手机版';
const FW_NEXT = '一片丹心护法威';
const FW_NEXT_BYLINE = '福建省福州市中级人民';

const YS_NOTICE = '站內(nèi)公告:';
const YS_CONTACT = '聯(lián)系我們CONTACT';

const SQ_SITE = '申请书范文网';
const SQ_CRUMB = '申请书 > 入党申请书 > 导航';
const SQ_PAGE_TITLE = '关于消防演讲稿(范文9篇)';
const SQ_META = '发表时间:2024-02-07';
const SQ_PROMO =
  '入党申请书,又称入党申请报告,递交入党申请书是入党的第一程序。新时代有理想有追求的年青人,加入中国共产党是我们毕生的追求。' +
  '有没有优秀的入党申请书范文可资借鉴呢?也许下面的“关于消防演讲稿(范文9篇)”正合你意!相信你能从本文中找到需要的内容。';
const SQ_HEADING = '关于消防演讲稿 篇1';

export const specs = {
  '01-jianghua-wenyg-gongan-fenju-jixi-crumb-meta-bullet-title': {
    source: 'http://ga.wenyg.com/thread-24331-804.html',
    kind: 'speech: 讲话 (a city public-security bureau leader\'s impromptu remarks at a district branch\'s report meeting on its model officers; 公安文秘网 page)',
    tests: 'a breadcrumb opening with a bullet and ">>" separators ("• 您当前位置:公安文秘网 >> 领导讲话 >> 会议讲话 >> 浏览公安", its last crumb a site action); the title on a bulleted, indented line of its own ("  • 在…报告会上的即席讲话", genre word 即席讲话); an indented meta line whose labels are empty or actions ("时间:… 来源:其他 点击:收藏此文 字体:"); indented salutation and paragraphs with blank lines between; "**" and "*市" placeholders left by the template (they stay); no outline; cut mid-word ("…更加管用的举措分")',
    isSpeech: true,
    title: '在公安分局先进典型事迹报告会上的即席讲话',
    noise: [WY_CRUMB, WY_META],
    dropLines: [WY_CRUMB, WY_TITLE_LINE, WY_META],
    outline: [],
  },
  '02-yanjianggao-fww-fajing-zhaideng-crumb-meta-next-heading': {
    source: 'http://fww.org.cn/2017/0730/24098_5.html',
    kind: 'speech: 演讲 (a court bailiff\'s speech at a "做合格司法警察" contest, reprinted by a legal news site as page 5 of a 摘登 of several speeches)',
    tests: 'a breadcrumb ending in ">" ("当前位置: 法务网 > 政法工作 > 人民法院 >"); the headline with its page number "(5)"; a meta line with labels glued to values ("2017-07-30 13:15来源:人民法院报浏览:手机版"); lines holding a lone space between every paragraph; the piece starts mid-way (its own heading and speaker are on page 4), with exclamations, a quoted shout, a "——" after "我想说" and two parallel "我是青岚人," paragraphs, none of them outline; the next piece\'s heading "一片丹心护法威" and the first words of its speaker\'s court ("福建省福州市中级人民") follow the speech and are noise',
    isSpeech: true,
    title: '“做合格司法警察”主题演讲汇报会演讲摘登',
    noise: [FW_CRUMB, FW_META, FW_NEXT, FW_NEXT_BYLINE],
    dropLines: [FW_CRUMB, FW_HEADLINE, FW_META, FW_NEXT, FW_NEXT_BYLINE],
    outline: [],
  },
  '03-yanjianggao-yushengwang888-big5-pinyin-xiaofang-gonggao-contact': {
    source: 'http://yushengwang888.cn/newsView.Asp?ID=132',
    kind: 'speech: 演讲稿 (a fire-fighter\'s speech on the fire service; traditional-script mirror with converter pinyin)',
    tests: 'a traditional-script mirror whose converter puts pinyin after a fixed set of characters (內(nèi), 聯(lián), 當(dāng), 個(gè), 時(shí), 對(duì), 點(diǎn), 護(hù), 隊(duì), 請(qǐng), 獎(jiǎng), 學(xué), 發(fā)), in the two site lines "站內(nèi)公告:" and "聯(lián)系我們CONTACT" over the text too; no title and no salutation: the speech opens with four "當(dāng)我…" clauses; simplified leftovers (什么, 里, 怎么) as printed; two anecdotes and a rhetorical "他是什么身份?"; no outline; cut mid-sentence ("本不當(dāng)值的丈夫")',
    isSpeech: true,
    title: '',
    noise: [YS_NOTICE, YS_CONTACT],
    regexCut: [PINYIN],
    dropLines: [YS_NOTICE, YS_CONTACT].map(unpin),
    outline: [],
  },
  '04-yanjianggao-sq158-xiaofang-collection-crumb-mismatched-promo-pian1-starred-word': {
    source: 'http://www.sq158.com/a/5174825.html',
    kind: 'speech: 演讲稿 (first piece of a collection of fire-service speeches on an application-letter 范文 site)',
    tests: 'the site name on a line of its own ("申请书范文网"); a breadcrumb of the wrong column ending in "导航" ("申请书 > 入党申请书 > 导航"); the page title "关于消防演讲稿(范文9篇)"; a "发表时间:" line; a promo about 入党申请书 that does not fit the page but quotes its title; the piece heading "关于消防演讲稿 篇1" (space before 篇1); a word starred out by the site ("**撼") inside the text, kept; an ASCII "! " inside a paragraph and "一点一点滴" as printed; parallel ";"-clauses; no salutation, no outline; cut mid-sentence ("人生,只要")',
    isSpeech: true,
    title: '关于消防演讲稿',
    noise: [SQ_SITE, SQ_CRUMB, SQ_PAGE_TITLE, SQ_META, SQ_PROMO, SQ_HEADING],
    dropLines: [SQ_SITE, SQ_CRUMB, SQ_PAGE_TITLE, SQ_META, SQ_PROMO, SQ_HEADING],
    outline: [],
  },
  '05-news-wzljl-gongan-gongzuohuiyi-inline-yishiyao-not-speech': {
    source: 'http://www.wzljl.cn/content/2019-01/10/content_321860.htm',
    kind: 'non-speech: news report (a city paper\'s report of the city public-security work meeting)',
    tests: 'a news report that opens with a "…零距离网-…日报讯 1月8日," dateline and tells of the meeting in the third person ("市委书记林嘉禾出席会议并讲话", "他指出", "林嘉禾强调"); the secretary\'s four points run inline right after full stops ("一是要旗帜鲜明讲政治,…。二是要…。三是要…。四是要…。") as in a speech, inside one paragraph whose parts are separated by a space; statistics, attendees and the reporter\'s name in brackets at the end, then " |" — a report, not a speech',
    isSpeech: false,
    title: '',
  },
  '06-news-cslai-jianchaguan-xuanshi-yiyao-blocks-footer-not-speech': {
    source: 'http://fzwh.cslai.org/fazhizixun/4348.html',
    kind: 'non-speech: news report (a procuratorate\'s constitutional oath ceremony for prosecutors; legal-culture web site)',
    tests: 'a news page: an empty "今天是:" line, a breadcrumb, the headline, a "时间:… 来源:… 作者:" line with an empty label, the byline "本网讯 … 通讯员 …"; the report tells who chaired, supervised and led the oath, then "程启明检察长发表讲话,对全体宣誓人提出三点殷切期望:" and three block paragraphs opening "一要…" / "二要…" / "三要…" that look like a speech\'s points; an editor line and the site footer ("本网概况 | 通知公告 | …", "… 版权所有", a cut line) — a report, not a speech',
    isSpeech: false,
    title: '临川市检察院举行检察官宪法宣誓仪式',
  },
};
