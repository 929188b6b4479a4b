// Gold specs for holdout round 32, part b (cases 07–12): regulatory and economic offices (statistics, commerce, quality
// supervision, 工商). Four spoken pieces (a national statistics chief's 2008 元旦献词 on an e-government portal (e-gov.org.cn),
// under a headline "<name> <slogan> <slogan>", a "来源:中国信息报 更新时间:…" line, the subtitle "———2008年元旦献词" and the
// byline "国家统计局局长  <name>" (two spaces), paragraphs indented with four spaces, cut mid-sentence; a 商务部 vice
// minister's 致辞 at the launch of a "全球商品采购季" on a trade-news site (webtex), under a one-line news lead with a photo
// caption glued after it ("…举行启动仪式。 上图为…。"), an editor's "以下为致辞实录:" and the speaker's name glued before the
// salutation ("<name>:尊敬的…"), with "女士们、先生们," alone on a line, cut mid-word; a 劳动厅 head's address at a provincial
// statistics bureau's 50th anniversary, on the bureau's own old site reached by a bare IP (222.240.193.190), with no site
// noise at all and two paragraphs run together on one line after a space; a 国家技术监督局 leader's 致辞 at the founding of a
// quality-journalists' association, shown as a journal abstract (a 维普-style /Qikan/ page on 218.28.6.71:81): a bare
// "摘要" label, then the whole speech on one line with its paragraphs joined by a double or single space) and two written
// look-alikes (a provincial 工商局 head's "在全省工商行政管理工作会议上的报告" in a document viewer (35410.com), with
// "• 44.50 KB"/"• … 发布" lines, the headline, "• 16页", a numbered list of the viewer's terms "1. 1、本文档共5页…" with a
// phone number, then the report flattened into one line opening with a stray "'", title--meeting, date and name glued to
// "同志们:", headings "一、…" and "(一)…。" / "(二)…。" glued inline — a work report, which by rounds 15/24/30 is no speech;
// a district news item (zynews) on a 统计工作会议: a "来源:… 更新时间:… 作者:… 责任编辑:" line, a third-person lead, the
// district head's five demands reported as "…在以下五个方面下功夫:一要…;二要…;三要…;四要…;五要…。" after a colon, and two
// photo captions "<name>作讲话" / "与会人员认真听讲" at the end — a report of a speech).
// Looked for and did not find on an unused host: an 审计工作会议 or 审计整改 讲话 with 一、/（一） on a 范文 site (the corpus answers
// with audit papers, news items and the used allw/gongwenbao; gdcy.gov.cn holds an 审计工作报告 to a 人大常委会, a report
// submitted for deliberation, not taken as a second 报告); a 税务 or 统计 表态发言 by a department head (none found: novels,
// press answers, essays); a 营商环境 or 招商引资 讲话 with numbered headings on a new 范文/文库 host (bimoxiezuo, dawenge,
// gwxzwenku, bgzsck, wtabcd, laobiganzi, gongwensou, taowenge, laowenmi, sanweiyuan, 6dgww, gaozihui, gongwenbang, wm114,
// yiqiwanjituan, fanwenq, xiebitongdao, wenke99, 7rdy, xiaomilidoc, wenku.docs.qq are used; sdfengxin.cn is a traditional
// twin of the used 0312yh/gwyoo/wugjj template ("前言:本站為你精心整理了…范文") and was left). So none of the four speeches
// carries a numbered outline inside its capture; the numbered structure of this part sits in the two look-alikes.
// Not taken: mpmpc.cn (a 淄博 food-safety news item with "一是" and "要提高认识" on separate lines) and 037q.com (a spun news
// item with 一是/二是/三是 after full stops), both unclaimed and left for a later round.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
//
// Judgement calls:
// - 07: a 元旦献词 from the head of an office to his staff, in the first person with greetings and thanks, is of the 贺词
//   family (round 15's 16: a greeting in the first person is a speech), though it was printed in a newspaper. The headline
//   line "<name> <slogans>" is the portal's header (the speaker's name glued before the title), noise, like round 31's 10;
//   the title is the two slogans as printed, with the space between them. The subtitle "———2008年元旦献词" and the byline
//   "国家统计局局长  <name>" are the document's own title block: dropped, not listed (round 20's 14, round 31's 10).
// - 08: the news lead with the glued photo caption is the site's, one noise line; "以下为致辞实录:" is the editor's, noise.
//   The speaker's name glued before the salutation is the document's label and stays (as speaker labels in earlier
//   rounds); no title is in the capture, so the title is "". The caption's name was renamed with the speaker's.
// - 09: no noise and no title; the two paragraphs that the page runs together on one line after a space stay one line.
// - 10: "摘要" is the abstract page's label, noise; no title in the capture; the one-line speech is one paragraph.
// - 11: a 工作报告 delivered to a work meeting is no speech (rounds 15's 17, 24's 18, 30's 11), even with "同志们:" and
//   "下面我讲三点意见".
// - 12: a news item is a report, even where it lists the speaker's 一要…五要 demands.
// - Names: people, places and companies in the prose were replaced by fictional ones; site meta lines were kept exactly
//   (12's "作者:" name and "昭阳信息网" included), but a speaker's name in a caption (08, 12) follows the renamed body.

const EG_HEADLINE = '柯望川 全面贯彻党的十七大精神 奋力谱写统计事业新篇章';
const EG_META = '来源:中国信息报 更新时间:2012-04-14';
const EG_SUBTITLE = '———2008年元旦献词';
const EG_BYLINE = '国家统计局局长  柯望川';

const WT_LEAD =
  '由商务部批准,由中国国际贸易学会国际品牌管理中心主办的“2012-2013全球商品采购季”于10月30日举行启动仪式。 上图为商务部副部长韩立舟。';
const WT_SHILU = '以下为致辞实录:';

export const specs = {
  '07-xianci-egov-tongjiju-yuandan-headline-source-subtitle-byline': {
    source: 'http://e-gov.org.cn/article-82007.html',
    kind: 'speech: 献词 (a national statistics chief\'s New Year address to statistics staff; e-government portal reprint of a newspaper page)',
    tests: 'a headline that glues the speaker\'s name before the two-slogan title ("<name> <slogan> <slogan>"), a "来源:中国信息报 更新时间:2012-04-14" line, a blank line, the subtitle "———2008年元旦献词" with a triple dash, the byline "国家统计局局长  <name>" with two spaces, then paragraphs indented by four spaces; no salutation (the greeting sits in the first paragraph: "我代表国家统计局,也以我本人的名义,向…送上节日的问候"); the genre word 献词 is not 致辞/讲话; no numbered points; cut mid-sentence ("对推动各")',
    isSpeech: true,
    title: '全面贯彻党的十七大精神 奋力谱写统计事业新篇章',
    noise: [EG_HEADLINE, EG_META],
    dropLines: [EG_HEADLINE, EG_META, EG_SUBTITLE, EG_BYLINE],
    outline: [],
  },
  '08-zhici-webtex-shangwubu-caigouji-lead-shilu-speaker-prefix': {
    source: 'http://quota.webtex.cn/info/info_view.asp?Infoid=540306',
    kind: 'speech: 致辞 (a 商务部 vice minister at the launch of a global purchasing season; trade-news site)',
    tests: 'no headline in the capture: a one-line news lead in the third person with a photo caption glued after a space ("…举行启动仪式。 上图为商务部副部长<name>。"), an editor\'s line "以下为致辞实录:", then the speaker\'s name glued before the salutation ("<name>:尊敬的…大使阁下,…大家下午好!"); trade figures with %, 亿美元 and a stray space in "2012 年"; a bare "女士们、先生们," line in mid-speech (a second salutation); no numbered points; cut mid-word ("提供更")',
    isSpeech: true,
    title: '',
    noise: [WT_LEAD, WT_SHILU],
    dropLines: [WT_LEAD, WT_SHILU],
    outline: [],
  },
  '09-jianghua-hntj-tongji-jigou-50zhounian-no-noise': {
    source: 'http://222.240.193.190/zhuanlan/50year/ldjh_04.htm',
    kind: 'speech: 讲话 (a provincial 劳动厅 head congratulating the statistics bureau on its 50th anniversary; the bureau\'s own special-topic page on a bare IP host)',
    tests: 'no title and no site noise at all: salutation "同志们,朋友们:" on its own line, then three paragraphs, the third running a new paragraph on after a space ("…表示衷心的感谢。 随着经济全球化…") as the page prints it; quoted "热点""难点" side by side; "50年来," opening a paragraph (a number, no marker); a host that is a bare IP address; cut mid-word ("取得重")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-zhici-qikan-jishu-jiandu-zhiliang-xinwen-xiehui-abstract': {
    source: 'http://218.28.6.71:81/Qikan/Article/Detail?id=1005094078',
    kind: 'speech: 致辞 (a 国家技术监督局 leader at the founding of a quality-journalists\' association; journal abstract page on a bare IP host with a port)',
    tests: 'a journal-abstract page: a bare "摘要" label line, then the whole speech on one line — salutation "各位领导、各位来宾、新闻界的同志们:" followed by a space and the first paragraph, the later paragraphs joined by single spaces; a quoted five-part slogan "抓住机遇、深化改革、…" ; no title, no closing, no numbered points; a short capture (about 300 characters) ending at a full stop; a host with a port ("218.28.6.71:81")',
    isSpeech: true,
    title: '',
    noise: ['摘要'],
    dropLines: ['摘要'],
    outline: [],
  },
  '11-baogao-35410-docviewer-gongshang-gongzuohuiyi-not-speech': {
    source: 'https://35410.com/guifan/85889.html',
    kind: 'non-speech: 工作报告 (a provincial 工商局 head\'s report to the province\'s 工商 work meeting; document viewer)',
    tests: 'a document-viewer page: "• 44.50 KB" and "• <date time> 发布" bullet lines, the headline, "• 16页" against "本文档共5页", the viewer\'s terms as a numbered list "1. 1、…" to "4. 文档侵权举报电话:…", then the document flattened into one line that opens with a stray "\'" and glues "<slogans>--在全省工商行政管理工作会议上的报告(2013年1月10日)<name>同志们:"; the report announces "下面我讲三点意见:" and glues "一、2012年的回顾和体会2012年是…", "(一)服务民营经济全力以赴。" and "(二)…顺利起步 。" (a space before the full stop) inline — a work report delivered to a meeting, no speech by rounds 15/24/30; cut mid-word',
    isSpeech: false,
    title: '凝心聚力 勇于担当 为发展和民生扛起新责任',
  },
  '12-news-zynews-tongji-gongzuohuiyi-yiyao-not-speech': {
    source: 'http://zynews.com.cn/article/show-109739.html',
    kind: 'non-speech: news report (a district\'s 统计工作会议 and the district head\'s demands; local news site)',
    tests: 'no headline in the capture: a "来源:昭阳信息网 更新时间:2007-10-16 18:02 作者:… 责任编辑:" line with an empty last field, a third-person lead ("…在会上要求…"), who chaired and attended, department heads "分别从部门的角度…", then "他强调,…在以下五个方面下功夫:一要…;二要…;三要…;四要…;五要…。" (a 一要 run after a colon, semicolon-separated) and two photo captions on their own lines at the end ("<name>作讲话", "与会人员认真听讲") — a report of a speech, not the speech',
    isSpeech: false,
    title: '',
  },
};
