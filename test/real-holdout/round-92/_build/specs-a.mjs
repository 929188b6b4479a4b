// Gold specs for holdout round 92, part A (cases 01–06): government services (政务服务/行政审批, 政务服务中心 启用, 放管服,
// 12345 热线, 窗口 服务) — speeches and look-alikes. The mainland template sites that answer for this theme are all used or
// twins (see below), so both speeches come from Hong Kong pages in traditional script, on public service and its efficiency.
// Two spoken pieces (a Legislative Council member's speech in the debate on a member's motion about civil-service pay,
// government efficiency and innovation, on the member's own site (ronickchanchunying.hk): the post headline with its label
// "立法會會議 議員議案:改善公務員待遇提升施政效率及推動創意與創新", the motion's name again on its own line, the Hansard-style
// speaker line "陳振英議員:", then "主席," glued to the first sentence, an English quotation between ”…”。 (a closing curly
// quote at both ends), blanks left inside words by the source ("公 務員", "明白 到") and around figures ("5 月 29 日",
// "48%受訪者"), a visit to 杭州市民中心's one-stop hall, cut mid-sentence ("市民"); a community site's repost (e123.hk, 長青網, a
// Drupal page) of the Chief Executive's 致辭 at the opening of 「欣賞香港‧服務香港日」: "跳到主要內容", the post title glued
// to the site's label "齊心再創佳績長青網文章", a bare date, "檢視個人資料", "Submitted by 長青人 on 2016年03月20日 12:00", the
// date and time again, "新聞類別" / "港聞" / "詳情#", the source label "【香港政府新聞網】", the byline "行政長官梁振英", a
// salutation naming two charity chairs with their posts in ASCII parentheses, paragraphs separated by lines holding a lone
// space, a spoken aside between box-drawing dashes ("健康有「營」──「營」是營養的「營」──健康有「營」"), an English phrase in
// ASCII double quotes, cut mid-sentence ("團長又特別")) and four written look-alikes (the Chief Executive's blog on his office's
// site (ceo.gov.hk): the site name, a glued tool bar "English简体列印預設字體大小較大的字體最大的字體", eleven navigation items,
// banner names between lone-space lines ("特首網誌", "禮賓府", "香港政府一站通", "香港品牌", an accessibility statement, "無障礙網頁
// 嘉許計劃"), the post title 「二零一五年公務員優質服務獎勵計劃」頒獎典禮, then first-person paragraphs congratulating the award
// winners and "達到三個目的,一是…、二是…" after a comma — a 網誌 (written for readers, no address to an audience), not a speech;
// a 12345 hotline office's news item (hzxf12345.gov.cn) on its yearly work meeting: the headline, a "2025-03-25 14:37:08 字号:"
// line, the meeting told in the third person ("他强调,…重点做好四方面工作:一是…。二是…。三是…。", 二是/三是 after full
// stops) — a news report, not a speech; a novel chapter on a pirate book site (ewxs.net) in which a city's 政务服务中心 head reads
// a report to an inspection team: "第559章559(2/2)", "作者:佚名", the book title glued to the chapter label, every paragraph
// ending in a leaked "</p>", a quoted report with the source's slips ("阿紫省委省政府", "既爱心") and "......”  。", a closing
// "关闭" — a novel, not a speech; a Hong Kong paper's report (hkcd.com, 香港商報) on the civil-service service-quality awards:
// a photo caption in simplified script over a body in traditional script with simplified leftovers ("网訊", "赞揚", "并"),
// two cross-heads, the Chief Executive's words reported ("林鄭致辭時赞揚…", "首先赞揚渠務署…", "她第二個點名赞揚的部門是…")
// — a news report, not a speech; its capture holds no headline, so the title is "").
// Judgement calls: 01 is a speech (a member speaking in the chamber, in the first person, to "主席,"). Its title is the
// motion's name on its own line; the headline above it is the same name behind the post's label "立法會會議 議員議案:" — a
// decorated repeat, so it is noise (with the label listed again as a short distinctive part). "陳振英議員:" is the speaker
// line with the speaker's office (like a "主讲人:…" byline) and stays as the first paragraph; "主席," stays glued to the body.
// The English quotation and the blanks inside words stay as printed. No outline. 02 is a speech page (the post's body is the
// speech); its title is "齊心再創佳績", the post title the repost gives the speech (the only title the page shows), with the
// glued label "長青網文章" cut (the whole line and the label are noise); "跳到主要內容", the dates, the profile link, the
// "Submitted by" line, the category lines and "【香港政府新聞網】" are the site's (noise); "行政長官梁振英" is the speaker's
// byline with his office and stays; the lone-space lines are no paragraphs. No outline (no marker opens a paragraph or
// follows a sentence end). 03–06 are written, not speeches. Private people's names (the charity chairs of 02, the officials
// and characters of 04 and 05, the reporter of 06) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 政务服务/行政审批 工作会议 讲话 with 一、 headings (bimoxiezuo/m.bimoxiezuo, mswk,
// m.sanweiyuan, xuexila, dawenge, wtabcd, gwxzwenku, gongwensou, laobiganzi, xiaomilidoc, taowenge and p719 hold them, all
// used); a 政务服务中心 启用/揭牌 致辞 or 讲话 (word.be000, jsjstd, esk365, m.wnwk, m.xuewenya, m.jxyuer and 120pk are used; two
// more stored captures had no address); a 放管服/营商环境 推进会 讲话 (the same used hosts); a 12345 热线 讲话 or 话务员 发言
// (the corpus answers with news reports only: zhoukou.gov.cn, qjwz.net, tsgxq.gov.cn, xiongan.gov.cn); a 窗口 人员 表态发言 or
// 演讲稿 (m.hafencaoymj is used); a 政务服务 主持词 or 党课 (none); a 政务服务 方案 (renrendoc, boteman used); a Taiwan or Macau
// speech on public service (president.gov.tw, ey.gov.tw, gov.mo and gcs.gov.mo are used; sayit transcripts are too short).
// So neither speech carries a numbered point, and four of the six pages are look-alikes.
// Template twins set aside: m.howvc.com (a 乡镇便民服务中心 发言 with block 首先,/其次,/最后, on the "/jxfw/<yyyymm>/" farm of
// round 16's czt and round 20's jjcmw, with its "希望这篇内容…" AI trailer), fw.chazidian.com (a 行政服务中心 节后上班 讲话 with
// 第一句/第三句; the base domain of the used fanwen.chazidian.com), m.bingdoc.com (a 政务总结会 讲话 docx viewer with the
// "上传人:… 文档编号:… 格式:DOCX 页数:…" chrome of 31doc/jinchutou/zhuangpeitu), m.jiamaocode.com (a 效能局 窗口 演讲稿 under
// the "前言:本站為你精心整理了…" head of the "/article/yjzc/…" mirrors ushengzhilian/sdfengxin/wugjj), fhxhlc.com (a
// traditional "12篇行政審批局宣傳" collection under fabiao.com's "/haowen/<id>.html" head: 時間 line and a 開篇 小編 promo, as
// round 76 noted), tsbyh.com (a 政务公开 发言 collection on the "/zhuantifanwen/<col>/" farm), bibiwenku.com (the
// "/index/article/detail/detail_id/" template of bgzsck/gwzjk). gytoday.cn (a 行政服务中心 news item with 一要;二要;三要) was
// left out because its whole text is shorter than 610 characters.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LC_HEAD = '立法會會議 議員議案:改善公務員待遇提升施政效率及推動創意與創新';
const LC_LABEL = '立法會會議 議員議案:';
const LC_TITLE = '改善公務員待遇提升施政效率及推動創意與創新';

const EQ_SKIP = '跳到主要內容';
const EQ_HEAD = '齊心再創佳績長青網文章';
const EQ_LABEL = '長青網文章';
const EQ_DATE = '2016年03月20日';
const EQ_PROFILE = '檢視個人資料';
const EQ_SUBMITTED = 'Submitted by 長青人 on 2016年03月20日 12:00';
const EQ_DATETIME = '2016年03月20日 12:00';
const EQ_CAT = '新聞類別';
const EQ_CAT_VALUE = '港聞';
const EQ_DETAIL = '詳情#';
const EQ_SOURCE = '【香港政府新聞網】';

export const specs = {
  '01-fayan-ronickchanchunying-legco-yian-gongwuyuan-xiaolv-title-twice-speaker-line-big5': {
    source: 'http://www.ronickchanchunying.hk/zh/%e7%ab%8b%e6%b3%95%e6%9c%83%e6%9c%83%e8%ad%b0-%e8%ad%b0%e5%93%a1%e8%ad%b0%e6%a1%88%ef%bc%9a%e6%94%b9%e5%96%84%e5%85%ac%e5%8b%99%e5%93%a1%e5%be%85%e9%81%87-%e6%8f%90%e5%8d%87%e6%96%bd%e6%94%bf%e6%95%88/',
    kind: 'speech: 發言 (a Legislative Council member in a motion debate on civil-service pay and government efficiency; the member\'s own site, traditional script)',
    tests: 'traditional script; the post headline "立法會會議 議員議案:<motion>" over the motion\'s name on its own line (a decorated repeat: noise; the bare name is the title); the Hansard-style speaker line "陳振英議員:" kept as the first paragraph; "主席," glued to the first sentence; an English quotation between ”…”。; blanks inside words ("公 務員", "明白 到") and around figures ("5 月 29 日", "140 多個"); no numbered point; cut mid-sentence ("市民")',
    isSpeech: true,
    title: LC_TITLE,
    noise: [LC_HEAD, LC_LABEL],
    dropLines: [LC_HEAD, LC_TITLE],
    outline: [],
  },
  '02-zhici-e123-fuwu-xianggang-ri-drupal-chrome-submitted-by-byline-blank-lines-big5': {
    source: 'https://www.e123.hk/zh-hant/news/323974',
    kind: 'speech: 致辭 (the Chief Executive at the opening of 「欣賞香港‧服務香港日」; a community site\'s repost, traditional script)',
    tests: 'Drupal chrome: "跳到主要內容", the post title glued to the label ("齊心再創佳績長青網文章"), a bare date, "檢視個人資料", "Submitted by 長青人 on 2016年03月20日 12:00", the date and time again, "新聞類別" / "港聞" / "詳情#", the source label "【香港政府新聞網】"; the byline "行政長官梁振英" kept; a salutation naming two chairs with their posts in ASCII parentheses; paragraphs separated by lone-space lines; a spoken aside between "──" dashes; an English phrase in ASCII double quotes; no numbered point; cut mid-sentence ("團長又特別")',
    isSpeech: true,
    title: '齊心再創佳績',
    noise: [EQ_SKIP, EQ_HEAD, EQ_LABEL, EQ_DATE, EQ_PROFILE, EQ_SUBMITTED, EQ_DATETIME, EQ_CAT, EQ_CAT_VALUE, EQ_DETAIL, EQ_SOURCE],
    dropLines: [EQ_SKIP, EQ_HEAD, EQ_DATE, EQ_PROFILE, EQ_SUBMITTED, EQ_DATETIME, EQ_CAT, EQ_CAT_VALUE, EQ_DETAIL, EQ_SOURCE],
    outline: [],
  },
  '03-blog-ceo-gov-hk-youzhi-fuwu-jiangli-banjiang-nav-chrome-yishi-after-comma-not-speech': {
    source: 'http://www.ceo.gov.hk/archive/2017/chi/blog/blog20150904.html',
    kind: 'non-speech: 網誌 (the Chief Executive\'s blog post on the civil-service service-quality awards; his office\'s site)',
    tests: 'the site name, a glued tool bar "English简体列印預設字體大小較大的字體最大的字體", eleven navigation items, banner names between lone-space lines and an accessibility statement; the post title; first-person paragraphs congratulating award winners ("在此衷心恭賀…") with no address to an audience; "達到三個目的,一是…、二是…" after a comma; cut mid-sentence — a blog post, not a speech',
    isSpeech: false,
    title: '「二零一五年公務員優質服務獎勵計劃」頒獎典禮',
    noise: [],
    outline: [],
  },
  '04-news-hzxf12345-shizhang-gongkai-dianhua-gongzuo-huiyi-yishi-after-fullstop-not-speech': {
    source: 'https://hzxf12345.gov.cn/12345/content/2025-03/18/8a7fbb8295b81b620195cc04e9ea11f9.html',
    kind: 'non-speech: news report (a city 12345 hotline office\'s yearly work meeting; the hotline\'s own site)',
    tests: 'a headline naming the meeting; a "2025-03-25 14:37:08 字号:" line; the meeting and an official\'s speech told in the third person ("参加会议并讲话", "指出…", "他强调,…重点做好四方面工作:一是…。…二是…。…三是…。", 二是/三是 after full stops) — a news report, not a speech; ends after the third point',
    isSpeech: false,
    title: '杭州市“12345”市长公开电话召开工作会议',
    noise: [],
    outline: [],
  },
  '05-novel-ewxs-guanchang-zhengwu-fuwu-zhongxin-zhuanti-baogao-leaked-p-tags-not-speech': {
    source: 'http://ewxs.net/book/36761/17041380_2.html',
    kind: 'non-speech: novel (an officialdom novel\'s chapter: a 政务服务中心 head reports to an inspection team; pirate book site)',
    tests: '"第559章559(2/2)", "作者:佚名", the book title glued to the chapter label; every paragraph ending in a leaked "</p>"; narration of seating and a meeting, then a quoted 汇报 on the 政务服务中心 with the source\'s slips ("阿紫省委省政府", "既爱心") ending "......”  。"; a closing "关闭" — a novel, not a speech',
    isSpeech: false,
    title: '第559章559(2/2)',
    noise: [],
    outline: [],
  },
  '06-news-hkcd-youzhi-fuwu-banjiangli-caption-mixed-script-shouxian-dier-not-speech': {
    source: 'http://hkcd.com/content/2017-09/08/content_1064047.html',
    kind: 'non-speech: news report (a Hong Kong paper on the civil-service service-quality award ceremony)',
    tests: 'no headline in the capture: a photo caption in simplified script first, then "【香港商報网訊】記者…報道:" and a body in traditional script with simplified leftovers ("网訊", "赞揚", "并"); two cross-heads ("赞消防現泱泱風範", "赞渠務署大減風災水禍"); the Chief Executive\'s 致辭 reported in the third person with "首先赞揚…" and "她第二個點名赞揚的部門是…" — a news report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
