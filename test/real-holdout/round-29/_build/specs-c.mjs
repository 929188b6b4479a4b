// Gold specs for holdout round 29, part c (cases 13–18): party building and discipline. Four spoken pieces (a development
// zone secretary's 廉政集体谈话 before the Spring Festival on a traditional-script mirror: no title or site noise in the
// capture, 「雙節」 corner quotes, two stray spaces inside sentences kept, a paragraph ending in "?" where a full stop
// belongs, cut at the bare first heading "一、「一把手」要"; a district secretary's 讲话 at the mobilisation meeting for
// rectifying an inspection tour's findings on a 文库 site: "*" placeholders for bodies and names, "一、" heading and a
// block "第一," point with a space after its full stop, cut mid-word; a 党课 on cadres' work style as the first piece of a
// "5篇" collection on a 范文 site: page title printed twice, a "时间:… 浏览量:" line with an empty count, a 小编 promo, the
// "…5篇" line, "【篇1】…" heading, the piece's own title and a "文章标题:" label repeating it, then 同志们 and a "一、"
// heading; an official's 讲话 at a publishers' 座谈会 on studying a speech collection, with no title, salutation or site
// noise, opening "前不久,…" and cut mid-word) and two written look-alikes (a county news item on an inspection group's
// "回头看" feedback meeting, reporting a town secretary's 表态发言 as "作表态发言,一是…。二是…" — the points open after a
// comma and a full stop inside reported speech; a traditional-script newspaper commentary on template wording in
// 民主生活会 reports, with a title line, an indented "時間:… 來源:…" line and a bold-lead paragraph ending in a space).
// Looked for and not found on a new host: a 民主生活会 表态发言 or 对照检查材料 page (all on used hosts: gongwenku1, wenke99,
// gongwk, laobiganzi, huaboedu, 61taotao), a 警示教育大会 讲话 with numbered headings (wenmizhiyou, haowensou, bimoxiezuo,
// xiezuofangchengshi — used), a secretary's 七一党课 on a company or school site (whlksw.com and gjxy.huas.edu.cn carry the
// same 为民务实清廉 党课 with good noise, both used), a WeChat reprint, and a forum post. The 党课 here (15) is on a 范文
// collection page; 16 is only loosely on theme (the study of a speech collection), taken because no fourth new-host speech
// on discipline turned up in the time.
// Written from page.txt alone, before any engine ran on it. Names of people and places in the prose were replaced by
// fictional ones (沈立川, 顾怀远; 云溪镇, 桃园社区, 东湾村, 柳洲村, 邹晓岚, 蒋立诚, 陆一帆, 邵青山), the prose was rewritten in
// new words, and national leaders are not named in it (the originals name them in 14, 15, 16 and 18: rewritten as
// "总书记", "中央领导同志", "用中央的话说"); official names of meetings, campaigns and slogans stay (十七届四中全会,
// “两个维护”, “弘扬新风正气,为民务实清廉”, “四风”, 《北京青年报》).
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies them:
// `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines
// and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are written by
// hand here.
//
// Judgement calls:
// - 13: no headline was captured, so the title is "". The capture ends at "一、「一把手」要": a block heading with no sentence
//   end, so its text is the whole rest of the line; required, level 1, though its words are cut. The "?" ending a
//   paragraph is the page's typo and stays; so do the two stray spaces ("規定 得到", "制度 的").
// - 14: the "*" placeholders are the document's own (a template with blanks), not noise. "第一," opens a block paragraph
//   under 一、: level 2, its text the first sentence up to 。 (the space after it is not part of the text).
// - 15: the page title (twice), the meta line, the promo, the "…5篇" line, the "【篇1】…" heading and the "文章标题:" label
//   line are noise; the title is the first piece's own ("干部作风建设党课讲稿:为民务实清廉"), whose line is dropped but is
//   not noise (round 20's 09). The promo contains the page title; it is listed once, whole.
// - 16: a speech with no title and no salutation; "今天召开这次出版界座谈会" marks it as spoken. No outline.
// - 17: a news report of a feedback meeting is written; its inline "一是…。二是…" are the reporter's summary of another
//   person's 表态发言. No headline captured: title "".
// - 18: a newspaper commentary about 民主生活会 reports is written; its title is the headline line.

const TP_PAGE_TITLE = '作风建设年党课讲稿:作风建设党课讲稿';
const TP_META = '时间:2022-05-25 14:00:08 浏览量:';
const TP_PROMO = '下面是小编为大家整理的作风建设年党课讲稿:作风建设党课讲稿,供大家参考。希望对大家写作有帮助!';
const TP_COLLECTION = '作风建设年党课讲稿:作风建设党课讲稿5篇';
const TP_PIAN1 = '【篇1】作风建设年党课讲稿:作风建设党课讲稿';
const TP_TITLE = '干部作风建设党课讲稿:为民务实清廉';
const TP_LABEL = '文章标题:干部作风建设党课讲稿:为民务实清廉';

export const specs = {
  '13-jianghua-lcget-big5-lianzheng-jiti-tanhua-chunjie-yi-heading-cut': {
    source: 'https://cht-d.lcget.com/i/4006006.html',
    kind: 'speech: 讲话 (a development zone\'s party secretary holding the collective clean-government talk before the Spring Festival; traditional-script mirror)',
    tests: 'traditional script with no title and no site noise in the capture: "同志們:" then three paragraphs and a bare heading; 「雙節」 in corner quotes, "十七屆四中全會" and "12月31日" in prose; two stray spaces inside sentences ("規定 得到", "制度 的"); a long paragraph ending in "?" instead of 。; "談幾點意見" style lead-in "講幾點意見,同大家共勉。"; cut right after the first heading "一、「一把手」要" (a heading line that opens with a corner quote)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '「一把手」要' },
    ],
  },
  '14-jianghua-deepwenku-xunshi-zhenggai-dongyuan-yi-diyi-placeholders': {
    source: 'https://www.deepwenku.com/124191.html',
    kind: 'speech: 讲话 (a district party secretary at the mobilisation meeting for rectifying a provincial inspection tour\'s findings; 文库 site)',
    tests: 'no title or site noise in the capture; "*" placeholders standing for the party committee, the inspection group\'s number and officials\' names, also inside 《…》; "下面,我讲三点意见。" then a standalone "一、…" heading line, a paragraph, and a block "第一,…“试金石”。 巡视是…" point with a space after the full stop; quoted slogans and a quoted saying with commas inside; cut mid-word ("全盘接")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '提高政治站位,以强烈的政治自觉深刻把握巡视整改的重大意义' },
      { level: 2, marker: '第一,', text: '抓好巡视整改是践行“两个维护”的“试金石”' },
    ],
  },
  '15-dangke-tp2008-zuofeng-collection-meta-promo-pian1-wenzhang-biaoti': {
    source: 'https://www.tp2008.com/zhuantifanwen/dangkexiazai/917.html',
    kind: 'speech: 党课 (a district leader\'s 党课 on cadres\' work style opening a study campaign; first piece of a 范文 collection)',
    tests: 'a 范文 collection page, blank lines between all lines: the page title "作风建设年党课讲稿:作风建设党课讲稿" printed twice, a "时间:… 浏览量:" line with an empty count, a 小编 promo that repeats the page title, a "…5篇" line, a "【篇1】…" piece heading, the piece\'s own title "干部作风建设党课讲稿:为民务实清廉" and a "文章标题:" label line repeating it; then "同志们:", a long opening paragraph with a quoted campaign slogan containing a comma, a standalone "一、…" heading; cut mid-sentence ("直接")',
    isSpeech: true,
    title: TP_TITLE,
    noise: [TP_PAGE_TITLE, TP_META, TP_PROMO, TP_COLLECTION, TP_PIAN1, TP_LABEL],
    dropLines: [TP_PAGE_TITLE, TP_META, TP_PROMO, TP_COLLECTION, TP_PIAN1, TP_TITLE, TP_LABEL],
    outline: [
      { level: 1, marker: '一、', text: '加强领导干部作风建设是我们党一项长期的历史课题和重大战略任务' },
    ],
  },
  '16-jianghua-bkpcn-chubanjie-zuotanhui-duben-no-salutation': {
    source: 'http://www.bkpcn.com/web/ArticleShow.aspx?artid=120739&cateid=A02',
    kind: 'speech: 讲话 (an administration official at a publishers\' 座谈会 on studying and distributing a collection of speeches; a publishing-industry site)',
    tests: 'no title, no salutation and no site noise: the capture opens "前不久,…正式出版。" and the only sign of speech is "今天召开这次出版界座谈会"; book titles in 《…》 ("《读本》" repeated), four-character parallel phrases, "党的十八大" in prose; no numbered point; cut mid-word ("涵盖经")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-nllz-xuncha-huitoukan-fankui-biaotai-yishi-not-speech': {
    source: 'http://www.nllz.gov.cn/html/wenzhang_734864.html',
    kind: 'non-speech: news report (a county inspection group\'s "回头看" feedback meeting in a town, with the town secretary\'s 表态发言 summarised; a county clean-government site)',
    tests: 'a third-person news item without its headline: date-and-place lead listing who chaired, who fed back, who spoke and who made the 表态发言; "会上,…组长指出,…" and "巡察组要求,…" reported speech with quoted slogans; "随后,…作表态发言,一是…。…。二是…" — numbered points opening after a comma and continuing after a full stop, inside a report; cut mid-phrase',
    isSpeech: false,
    title: '',
  },
  '18-pinglun-ncdzx-big5-minzhu-shenghuohui-baogao-meta-not-speech': {
    source: 'http://www.ncdzx.com/plzhx/dlgc/201311/t20131118_5222328.htm',
    kind: 'non-speech: newspaper commentary (why 民主生活会 reports should avoid "有同志认为"; traditional-script reprint)',
    tests: 'a traditional-script commentary: headline with a quoted phrase, an indented "時間:… 來源:新華每日電訊" line, a lead paragraph ending in a space, paragraphs indented with eight spaces, a cited newspaper in (…《北京青年報》), counts ("259個單位", "28個機關單位"), quoted slogans of 民主生活会 ("紅紅臉、出出汗"); it discusses meetings and their wording but is a written opinion piece; cut inside a quote',
    isSpeech: false,
    title: '民主生活會報告應少用“有同志認為”',
  },
};
