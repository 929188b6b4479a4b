// Gold specs for holdout round 22, part b (cases 07–12): enterprises and the economy. Four spoken pieces (a county head's
// 招商引资工作会议 讲话 on a 文库-style page: title line, a bracketed date line, "同志们:", a block 一、 heading, then a
// "……此处隐藏10243个字……" fold glued mid-line with spaces, after which the text resumes at "是拓宽宣传渠道" (its 一 hidden)
// and runs to an inline "二是…" after a full stop, with a hard wrap and two stray wrap spaces inside the paragraph; a city
// leader's 开工剪彩 讲话 for a leather company on a traditional-script converter mirror with pinyin after a fixed set of
// characters, "**" placeholders, a mis-encoded "出?" twice and a space before several full stops; a coal group's
// 安全生产月 动员大会 讲话 whose title is glued to the first paragraph with a space, on a page whose filter dropped 共/年/第
// and digits from the prose ("中中央宣传部", "每的月份", "安全一", "齐抓管"), with a stray "?" after a full stop, a censored
// "xx*“xxxx”" and one block 一、 heading; a chairman's 致辞 at his power-equipment plant's 五一 award meeting on a 范文 page
// with a "微信扫码分享" line and a "0范文库 分享 时间:" meta line, blank lines between paragraphs, and "我的目标,一是…,二是…"
// after a comma (prose, no outline)) and two written look-alikes (a traditional-script county news item on a 招商引资 meeting
// whose leader's requirements run "一要…。二要…。三要…。四要…" after full stops, with "???" line openings and an author line;
// a company's traditional-script news post, with converter pinyin, about its 年会暨春节晚会: the chairman's 致辞 reported in
// the third person ("他指出…"), the programme and the lucky draw).
// Judgement calls: 07's 二是 is optional (its 一是 is hidden by the fold, so by the rules it continues no run), level 2
// under 一、; the fold is replaced by a line break as in rounds 8 and 14, and the wrap "对外形象 / 塑造得好了" is joined,
// while the wrap spaces ("推介工 作", "外、境外, 借助") stay in the paragraph as printed. 07's date line is the document's
// own. 08's "出?" runs and the spaces before "。" stay (they cannot be restored). 09's filter gaps stay; the lone "?" after
// "条件。" is noise, as round 21's 07. 10's 一是/二是 follow a comma and are prose; "第一个目标"/"第二个目标" are no markers.
// Looked for and not found on a new host: a 职代会 讲话 with numbered points, a 签约仪式 or 揭牌仪式 致辞 on a 范文 site
// (the pages corpus answers these with novel chapters), a 年会 致辞 with 一、/（一） headings, a 安全生产 讲话 with block
// 一要/二要 paragraphs (the new-host ones found carry 一、 headings only), and a 安全生产 管理制度 with 第一条.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CE_TITLE = '全县招商引资工作会议讲话';
const CE_HIDDEN = '……此处隐藏10243个字……';

const RF_TITLE = '在公司開工剪彩儀式上的講話';

const ZY_TITLE = '在“安全生产月”活动动员大会上的讲话';

const P8_SHARE = '微信扫码分享';
const P8_TITLE = '发电厂庆祝五一劳动节大会董事长致辞';
const P8_META = '0范文库 分享 时间:';

export const specs = {
  '07-jianghua-cedoc-zhaoshang': {
    source: 'http://cedoc.cn/info/link/117879.html',
    kind: 'speech: 讲话 (a county leader at the county 招商引资工作会议; document page with a length fold)',
    tests: 'the title line "全县招商引资工作会议讲话", a bracketed date line "(2007年2月11日)" (the document\'s own), "同志们:" alone, an opening paragraph with a stray space after a comma ("刚才, 立明同志"), a standalone 一、 heading line, then a "……此处隐藏10243个字……" fold glued mid-line between spaces ("使得全县招商 ……此处隐藏10243个字…… 是拓宽宣传渠道。"): the text after it is a later point whose "一" went into the fold, and it runs on to an inline "二是突出宣传重点。" after a full stop (a run that starts at 二, so optional); a hard wrap mid-sentence ("对外形象" / "塑造得好了") and wrap spaces inside the paragraph ("推介工 作", "境外, 借助"); place and people renamed; cut mid-sentence ("有节奏地")',
    isSpeech: true,
    title: CE_TITLE,
    noise: [CE_HIDDEN],
    replace: [['招商 ' + CE_HIDDEN + ' 是拓宽', '招商\n是拓宽']],
    join: [['是拓宽宣传渠道', '塑造得好了']],
    dropLines: [CE_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '看清形势,统一思想,切实增强抓好招商引资工作的责任感、紧迫感、使命感' },
      { level: 2, marker: '二是', text: '突出宣传重点', optional: true },
    ],
  },
  '08-jianghua-runfargroup-kaigong-jiancai': {
    source: 'http://runfargroup.com/fanwen/162065.html',
    kind: 'speech: 讲话 (a city leader at a leather company\'s 开工剪彩 ceremony; traditional-script converter mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (開(kāi), 來(lái), 對(duì), 國(guó), 業(yè), 過(guò), 說(shuō), 歷(lì), 實(shí), 現(xiàn), 沒(méi), 區(qū), 經(jīng), 優(yōu), 勢(shì) …), also in the title line "在公司開(kāi)工剪彩儀式上的講話"; the mirror\'s simplified leftovers (并, 由于, 什么, 灘涂, 落后); the salutation "各位朋友、各位來(lái)賓,同志們:"; "**" and "****" placeholders for the city and the company; a mis-encoded "出?" twice (stays); a space before four full stops ("之事 。"); no outline; cut at a sentence without its full stop ("有利的條件")',
    isSpeech: true,
    title: RF_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [RF_TITLE],
    outline: [],
  },
  '09-jianghua-zhiyuanku-anquan-shengchanyue': {
    source: 'http://m.zhiyuanku.com/xuexi/fayan/283333.html',
    kind: 'speech: 讲话 (a coal group leader at the 安全生产月 mobilisation meeting; 范文 site)',
    tests: 'the title glued to the first paragraph with a space ("…动员大会上的讲话 按照…"), no salutation; the site\'s filter dropped 共, 年, 第 and digits from the prose ("中中央宣传部", "青团中央", "每月举办", "每的月份", "今月是全国一个", "多来", "安全一", "齐抓管") — they stay; a stray "?" after the opening paragraph\'s full stop (noise); a censored "xx*“xxxx”"; one standalone 一、 heading line with quoted words; the company renamed; cut mid-word ("安全与效")',
    isSpeech: true,
    title: ZY_TITLE,
    noise: ['?'],
    replace: [[ZY_TITLE + ' ', ''], ['条件。?', '条件。']],
    outline: [
      { level: 1, marker: '一、', text: '明确“安全生产月”活动的意义、目的和指导思想,迅速兴起“安全生产月”活动的热潮' },
    ],
  },
  '10-zhici-89p-dongshizhang-banjiang': {
    source: 'http://89p.cn/jieriyanjiang/116681.html',
    kind: 'speech: 致辞 (a power-equipment plant\'s chairman at its 五一 award meeting; 范文 site)',
    tests: 'a share line "微信扫码分享" over the title, a meta line "0范文库 分享 时间:" with an empty date, blank lines between all lines; "同志们:" alone; the chairman\'s review of awards, market and plans, with "12年初", the company and town renamed; "我的目标,一是把恒通建成…,二是把恒通建成…。" — 一是/二是 after a comma are prose, and "第一个目标"/"第二个目标" are ordinals with a noun, so no outline; cut mid-sentence ("努力能")',
    isSpeech: true,
    title: P8_TITLE,
    noise: [P8_SHARE, P8_META],
    dropLines: [P8_SHARE, P8_TITLE, P8_META],
    outline: [],
  },
  '11-news-nxhuan-zhaoshang-yiyao': {
    source: 'http://m.nxhuan.com/xjsz/p/497572.html',
    kind: 'non-speech: news report (a county 招商引资 meeting; traditional-script news page)',
    tests: 'a traditional-script news item with "???" where the site lost the paragraph indent: the leader "就當前招商引資工作提出明確要求," then "一要觀念再更新。…二要擔子再壓實。…三要節奏更加快。…四要舉措更有效。…" — a full 一要…四要 run after full stops with imperative "要…" sentences, as a speech would have — then "…主持會議,…通報了…情況。" and an author line "(作者:…)"; no title in the capture — a report about a meeting, not a speech',
    isSpeech: false,
    title: '',
  },
  '12-news-tianlangart-nianhui': {
    source: 'https://www.tianlangart.com/read.asp?id=32',
    kind: 'non-speech: company news (the company\'s 年会暨春节晚会; traditional-script page with converter pinyin)',
    tests: 'a company news post in traditional script with converter pinyin after a fixed set of characters (年會(huì), 節(jié), 現(xiàn)場(chǎng), 董事長(zhǎng) …): the date in Gregorian and ganzhi form, the chairman\'s 致辞 reported in the third person ("由鄭光遠董事長(zhǎng)作了熱情致辭,他指出2012年我們必須…"), the programme (三句半, 手語, 合唱, 詩朗誦) and a lucky draw with "一、二、三等獎(jiǎng)" inside a sentence (no outline), two blank lines before the last paragraph; no title in the capture; cut mid-sentence ("生日的她,") — a news report of the party, not a speech',
    isSpeech: false,
    title: '',
  },
};
