// Gold specs for holdout round 27, part c (cases 13–18): mass organisations and the groups they serve — 退役军人, 老干部,
// 侨联, 工会, 妇联 — on hosts the earlier rounds did not use. Four spoken pieces (a county official's 讲话 welcoming
// demobilised soldiers home, on a 范文 site whose page title glues an SEO keyword title to the real one, with a
// "来源 : … 投稿人 : admin" meta line, a 小编 promo repeating both, both titles again on lines of their own, a byline with a
// double space, then block "第一,“…”。" and the page's cut right after "第二,“"; a provincial organisation-department
// official's 讲话 at a 老干部 work meeting on a government site, breadcrumb, title, "发布人/发布时间/浏览次数" line, the
// speech's own "(…,根据录音整理)" line, a line holding one space and paragraphs indented with four and three spaces, no
// salutation, "所谓顾大局,…;所谓顺大势,…" prose, cut mid-word; a traditional-script 致詞 by a chairman opening a 僑聯 council
// meeting, on an association's blog, its headline "…致詞全文", two bare counters "0" / "589" and a line holding one space,
// every comma, enumeration comma, colon, semicolon and exclamation in small form (﹐﹑﹕﹔﹗), 「」 quotes and Minguo dates,
// closing "謝謝。"; a provincial 工会 leader's 讲话 at a work-scheduling meeting on a 工会 site whose capture opens with a
// blank line and the column's motto box — a leader's quotation and his name on the next line — then the title, a bracketed
// date line, the speaker's bare name, "同志们:", long paragraphs with no indentation, cut mid-word) and two written
// look-alikes (a provincial 妇联 倡议书 on a news portal, nav bar of "|"-separated channels, "您所在的位置:" breadcrumb,
// "作者: 来源:…  责任编辑:…   我来说两句" meta, addressed "全省广大妇女姐妹们:" with inline 一、/二、/三、 points — an appeal
// in writing, not a speech; a 工会 工作报告 shown as a journal abstract: "摘要", then "<正>各位代表:现在,我受…委托,向大会
// 报告…请予审议。" run together with "一、近三年工作回顾" and "一是…" — the brief names a 工会 工作报告 a look-alike).
// Looked for and not found on a new host: a 职代会 主持词 or 劳模 表彰 讲话 with 一、/(一) inside the stored excerpt (the
// ones found were on used hosts: 004km, wmjy, 51gongwen, xiaomilidoc), a forum post, WeChat reprint or paginated
// ("第N页") article carrying a 三八/重阳/助残日 speech (the pages corpus answers with poems, novel chapters — the 宦海无声
// "老干部座谈会" chapter on three hosts — and news items), a 残联 代表大会 讲话 (only news reports of the national
// congress), and a 心得体会 on a 劳模 or 三八 theme. A traditional mirror of a 范文 collection ("勞動模范表態的發言稿(通用
// 7篇)", pinyin written "(huì )" with a space) was left out as a likely mirror of an already-used family of sites.
// Written from page.txt alone, before any engine ran on it. Names of people and places in the prose were replaced by
// fictional ones (national leaders are not named in the rewritten prose; the motto box's attribution is site noise and
// stays); the prose was rewritten in new words; site noise is kept as found (the 发布人 and 责任编辑 names included).
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies them:
// `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines
// and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are written by
// hand here.
//
// Judgement calls:
// - 13: the first line glues the site's keyword title "退伍老兵返乡座谈会发言" to the document's title; the title is the
//   second part, "在退伍军人返乡欢迎大会上的讲话". The glued line, the keyword title on its own line, the meta line and the
//   promo are noise; the title's own line is dropped, not listed. The byline "县委常委、县政法委书记  <name>" is the
//   document's own line and stays (round 21's 02). Block "第一," opens a paragraph: required, level 1, its text the quoted
//   motto up to the full stop (quotes kept). The page ends on "第二,“" — the stored page's own cut, mid-heading: the marker
//   continues the run, but its words are lost, so it is optional with the text "“".
// - 14: the title keeps the speaker's name (it is how the page names the speech); "(2015年7月7日,根据录音整理)" is the
//   document's own line and stays (round 23's 01). "所谓顾大局,/所谓顺大势,/所谓成大事," and "比如" are prose; no outline.
// - 15: the headline "…致詞全文" is the only title and is kept whole: 全文 is the post's word, not a site decoration. The
//   bare "0" and "589" lines are the blog's counters (noise). The small-form punctuation stays as printed; the salutation
//   line ending "大家好﹕" and the closing "謝謝。" are body paragraphs.
// - 16: the motto box (a quotation and the line "习近平" under it) is the column's chrome: noise; the rewritten prose does
//   not name him, so the attribution does not recur in the body. The bracketed date and the speaker's bare name are the
//   document's own lines and stay (the name is not part of the title, unlike round 20's 14). No numbered point in the
//   capture.
// - 17: a 倡议书 addressed to "全省广大妇女姐妹们:" with "一、…。" points is a written appeal, not a speech; its title is the
//   headline.
// - 18: a 工会 工作报告 read to a congress ("各位代表:…向大会报告…请予审议") is a report, not a speech (the brief lists it
//   among the look-alikes); the abstract shows no title, so the title is "".

const HH_PAGE_TITLE = '退伍老兵返乡座谈会发言 在退伍军人返乡欢迎大会上的讲话';
const HH_META = '2023-06-23 16:49:00 来源 : haohaofanwen.com 投稿人 : admin';
const HH_PROMO = '下面是好好范文网小编收集整理的退伍老兵返乡座谈会发言 在退伍军人返乡欢迎大会上的讲话,仅供参考,欢迎大家阅读!';
const HH_KEYWORD = '退伍老兵返乡座谈会发言';
const HH_TITLE = '在退伍军人返乡欢迎大会上的讲话';

const HB_CRUMB = '您现在所在的位置:首页';
const HB_TITLE = '乔文远同志在全省老干部工作推进会上的讲话';
const HB_META = '发布人:宋建春 发布时间:2015-08-24 浏览次数:11560';

const FC_TITLE = '開幕典禮主席顏承澤致詞全文';

const HZ_MOTTO = '要树立大抓基层的鲜明导向,坚持眼睛向下,面向基层,把力量和资源向基层倾斜投放,把广大职工凝聚在党的周围。';
const HZ_MOTTO_BY = '习近平';
const HZ_TITLE = '在全省工会工作调度会议上的讲话';

export const specs = {
  '13-jianghua-haohaofanwen-tuiwu-fanxiang-meta-promo-title-pair-byline-diyi-dier': {
    source: 'http://haohaofanwen.com/xinjian/28308.html',
    kind: 'speech: 讲话 (a county standing-committee member welcoming demobilised soldiers home; 范文 site)',
    tests: 'a page title that glues the site\'s keyword title to the document\'s ("退伍老兵返乡座谈会发言 在退伍军人返乡欢迎大会上的讲话"), a "2023-06-23 16:49:00 来源 : haohaofanwen.com 投稿人 : admin" meta line with spaced colons, a 小编 promo repeating the glued pair, then the keyword title and the real title each on a line of its own; a byline "县委常委、县政法委书记  <name>" with a double space (kept); "各位领导,各位战友:"; "大家下午好," glued to the first sentence; "想和战友们说几句心里话:" then block "第一,“…”。" whose text is the quoted motto; quoted song lines and a quoted instruction after "强调:"; blank lines between all lines; the stored page cut right after "第二,“"',
    isSpeech: true,
    title: HH_TITLE,
    noise: [HH_PAGE_TITLE, HH_META, HH_PROMO, HH_KEYWORD],
    dropLines: [HH_PAGE_TITLE, HH_META, HH_PROMO, HH_KEYWORD, HH_TITLE],
    outline: [
      { level: 1, marker: '第一,', text: '“军旅最是青春色,军营一生不言悔”' },
      { level: 1, marker: '第二,', text: '“', optional: true },
    ],
  },
  '14-jianghua-hblgj-laoganbu-tuijinhui-breadcrumb-fabuan-luyin': {
    source: 'http://www.hblgj.gov.cn/view/933.html',
    kind: 'speech: 讲话 (a provincial official at a 老干部 work-promotion meeting after site visits; government site)',
    tests: 'a government page: breadcrumb "您现在所在的位置:首页", the title with the speaker\'s name, a "发布人:… 发布时间:… 浏览次数:11560" line, the document\'s own "(2015年7月7日,根据录音整理)" line (kept), a line holding a single space, paragraphs indented with four and three spaces; no salutation (the transcript opens "这次推进会是…"); a triad "顾大局、顺大势、成大事" unpacked as "所谓顾大局,…;所谓顺大势,…;所谓成大事,…" (prose, no marker); quoted work-method names ("五抓五促", "生态立市、产业强市"); cut mid-word ("推动了老干部工")',
    isSpeech: true,
    title: HB_TITLE,
    noise: [HB_CRUMB, HB_META],
    dropLines: [HB_CRUMB, HB_TITLE, HB_META],
    outline: [],
  },
  '15-zhici-focat-big5-qiaolian-kaimu-small-comma-counter': {
    source: 'http://www.focat.org.tw/blog/%E5%83%91%E8%A8%8A/%E5%83%91%E8%A8%8A%E7%AC%AC1293%E6%9C%9F/708/',
    kind: 'speech: 致詞 (the chairman opening an overseas-Chinese association\'s council meeting; traditional-script association blog)',
    tests: 'traditional script; the headline "開幕典禮主席<name>致詞全文", two bare counter lines "0" and "589" and a line holding one space; a salutation listing five addressees ending "大家好﹕"; every comma, enumeration comma, colon, semicolon and exclamation mark in small form (﹐ ﹑ ﹕ ﹔ ﹗) with ordinary 。; Minguo dates in Chinese numerals ("民國四十一年十月廿一日", "九十五年六月"), 「」 quotes around a forum name; one very long history paragraph; closing "…諸事順遂﹗謝謝。" inside the last paragraph; no outline',
    isSpeech: true,
    title: FC_TITLE,
    noise: ['0', '589'],
    dropLines: [FC_TITLE, '0', '589'],
    outline: [],
  },
  '16-jianghua-hebzgfw-gonghui-tiaodu-quote-box-date-speaker': {
    source: 'https://jiceng.hebzgfw.cn/pub/fwwcs/jcgh/ffdt/cst/ldjh/202007/t20200715_343788.html',
    kind: 'speech: 讲话 (a provincial trade-union leader at a mid-year work-scheduling meeting; a 工会 service site)',
    tests: 'the capture opens with a blank line and the column\'s motto box — a one-sentence quotation on grassroots work and the quoted leader\'s name on the next line — before the title; a bracketed date line "(2019年8月19日)" and the speaker\'s bare name on its own line (the document\'s own, kept); "同志们:" alone; long unindented paragraphs reporting a national meeting (quoted "一个总目标,两项重点任务") and the cities\' reports, with quoted slogans ("三三二三", "四个十"); no numbered point; cut mid-word ("推进工会改")',
    isSpeech: true,
    title: HZ_TITLE,
    noise: [HZ_MOTTO, HZ_MOTTO_BY],
    dropLines: [HZ_MOTTO, HZ_MOTTO_BY, HZ_TITLE],
    outline: [],
  },
  '17-changyishu-fjsen-funv-yiqing-nav-breadcrumb-not-speech': {
    source: 'http://fjnews.fjsen.com/2021-09/17/content_30839972.htm',
    kind: 'non-speech: 倡议书 (a provincial women\'s federation\'s appeal to women during an epidemic; news portal)',
    tests: 'a news portal\'s channel bar of "|"-separated names, a "您所在的位置:东南网 > 福建频道 > 民生 > 正文" breadcrumb, the headline, a "… 作者: 来源:福建日报  责任编辑:…   我来说两句" meta line; a salutation-like addressee "全省广大妇女姐妹们:", "为此,我们发出如下倡议:" and block "一、…。" / "二、…。" / "三、…" points, a line of respect to front-line workers ending "!" — a written appeal, not a speech; cut after "广大"',
    isSpeech: false,
    title: '致全省广大妇女的倡议书',
  },
  '18-baogao-scholarmate-gonghui-gongzuo-baogao-abstract-not-speech': {
    source: 'https://scholarmate.com/S/H1aTNe',
    kind: 'non-speech: 工会工作报告 (a bank system trade union\'s three-year work report, shown as a journal abstract)',
    tests: 'an academic database page: "摘要", then one run-on paragraph opening "<正>各位代表:现在,我受…委托,向大会报告…请予审议。" with the heading "一、近三年工作回顾" glued to the next sentence and an inline "一是…。", ASCII double quotes around a slogan, "××银行" placeholders; no title; cut mid-word ("始终关心工") — a work report to a congress, not a speech',
    isSpeech: false,
    title: '',
  },
};
