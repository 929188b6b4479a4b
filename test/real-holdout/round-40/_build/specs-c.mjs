// Gold specs for holdout round 40, part c (cases 13–18): the genres less often seen so far — 动员讲话 at a 誓师/百日
// 动员大会, a graduate's 发言 at a 毕业典礼, a class teacher's 致辞 at a graduation, a 开场白 — and two look-alikes (a
// 写作指导 on 答谢辞, a news report of a new party secretary's 任职发言).
// Four spoken pieces: a headmaster's 讲话 at a 高考百日动员大会, printed as chapter 80 of a book of speeches on a novel
// site (007jk), whose only title is the breadcrumb's last crumb "… > 八十、在“高三百日动员大会”上的讲话" (chapter numeral
// 八十、 + the speech's name), then the salutation and paragraphs all indented by four spaces, "首先我代表学校…" after a comma,
// a paragraph of four "这一百天,…;" clauses that ends with no stop, cut after a comma; a graduating student's 发言 (摘登)
// on a private college's site (shengda.edu.cn) with no site chrome and no title line: the capture opens with the dash
// subtitle "——2011届毕业生代表…的发言(摘登)", then the salutation, "大家上午好!首先,请允许我…" glued, a block
// "最后,衷心祝愿…" paragraph, "谢谢大家!" and the speech's own date line "2011年6月15日"; a class teacher's words at a
// vocational high school's graduation on a Taiwanese Blogger blog (hatcher-lin), genuine traditional script: the blog's
// date header "2008年6月10日 星期二", the post title "淚灑畢業典禮", a salutation with no closing mark ("…各位同學,大家好"),
// "導師 ," with a space before the comma, runs of blank lines, and the comment tail "1 則留言:" / "<handle> 提到..." / three
// comment lines; a 开场白 for a school singing contest on a template site (boxuejun): the title, the site's lead "关于…怎么写
// 最能呼应主题呢?大家可以参考下面这段话。", the title again, then the whole piece on one line with two sentences set off by
// a space, a "……" placeholder in "新的一届……歌唱比赛" and an anti-copy apostrophe glued mid-phrase ("们的'爱是").
// Two written look-alikes: a 公文 site's 写作指导 on 答谢辞 (apluntan) — 一、篇幅 / 二、开头 / 1.标题 2.称呼 3.其他内容 /
// 三、主体 / "第一,…" headings, quoted salutations (“尊敬的ⅹX先生”), the site's lost 一 ("答谢辞般包括", "这一部分般单独成段")
// and stray ASCII quotes kept; a university news post on a hijacked domain (equatoialhotel) whose institution names were
// replaced by a casino brand ("必赢中国官方网站副校长…"), reporting in the third person a new secretary's 任职发言 and a vice
// president's requirements as inline "一是要…。二是要…。三是要…" after full stops — a report, not a speech.
// Judgement calls: 13's title is "" — the page shows the speech's name only as the breadcrumb's last crumb, and no title
// is taken from a breadcrumb (shared README); the whole crumb line is noise, and "八十、" (a chapter numeral that starts
// no run) is no outline item; "首先我代表…" follows a comma (prose). 14's title is "" (the capture has no title line); the
// dash subtitle is kept as a body line and is an optional level-1 dash point (shared README: a subtitle that opens with
// ——); "首先," after "大家上午好!" is a lone inline marker with no 其次 (no item, as round 34's 14); the block "最后,衷心祝愿…"
// paragraph is a courtesy closing (optional, as shared case 89); the date line stays. 15's title is the blog post's title,
// the only name the page gives the piece; the date header, the comment count, the commenter line and the three comment
// lines are noise; the salutation without a closing mark stays as printed. 16's lead is a promo (noise), the repeated
// title is dropped (not listed), the apostrophe is noise and removed; no paragraph break is invented at the spaces. 17 is a
// guide and 18 a news report: not speeches. The school, college, teachers, students and officials are fictional (the
// school in 15 is 嵐港工商, the college in 14 青岚); the casino brand in 18 is the hijacked site's and stays.
// Looked for and not found on a new host: a 颁奖典礼 致辞 or 表彰大会 讲话 with 一、/(一) headings (wenku.docs.qq.com,
// xiaomilidoc, m.zixin, wmjy, 6dgww, m.5728338 are used); a 就职演说 with 一是/二是 (goodzuowen, m.51xueba, xuexila are
// used); a 述职 发言 delivered to a meeting (only guides: caiyes, 365docx, p719, kanqi — used or guides); a 颁奖词
// collection of award citations (duanjuwu and meidekan are used); a leader's 婚礼 or 寿宴 致辞 with numbered wishes
// (m.99guiyi, m.010zaixian, guanlizhe, letgol, m.yrrf are used; the meipian pages are used); a 誓师大会 讲话 with 一、
// headings (78911, m.wenke99, p719, 9000bbs, dawenge are used; the only free one, haitangxiaoshuo, is a novel chapter).
// Template twins set aside: npbww.com (a traditional mirror whose converter leaves 壹/麽/裏, with the
// "/<column>/<10 letters>.html" URLs of round 25's glnlw); refanwen.com ("首页 > … 正文" / 时间 / "(通用3篇)" / "… 篇1", the
// jifanwen template); nmwxb.com, fhfwb.com and jjfwb.com ("位置:首頁 > … / <column><n>W" counts, the qqjlz/jlmbg family);
// renwen.rcj99.com, www.ycwblaw.com, bbs.ugtv8.com, renwen.czt.cc, renwen.jjcmw.cn and www.cusdn.org.cn (the
// "/jxfw/<yyyymm>/" and "/jxuzs/<yyyymm>/" 【title】-lead farm); m.jizihe.com ("/page/<yyyy>/<mmdd>/", the handmsg twin);
// regraff.com (a pinyin mirror printing xuexila's "學習啦>" breadcrumb). boxuejun's "/<column>/<6 chars>.html" URL is
// shaped like alatiku's and jianligu's, but its page prints none of their furniture (no breadcrumb, count, "篇N" or 小编
// promo), so it was kept.
// 15 and 16 are shorter than most captures (525 and 276 characters): that is all the stored pages deliver.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JK_CRUMB = '零零七小说网>网游竞技>鼠年说鼠人运气1972 > 八十、在“高三百日动员大会”上的讲话';
const JK_SITE = '零零七小说网';

const HL_TITLE = '淚灑畢業典禮';
const HL_DATE = '2008年6月10日 星期二';
const HL_COUNT = '1 則留言:';
const HL_BY = '綜藝咖㊣琳兄 提到...';
const HL_C1 = '愛哭死了 愛哭鬼';
const HL_C2 = '最捨不得的應該是你那些最疼愛的資訊吧!!';
const HL_C3 = '我們會很想你的 想你的笨 哈哈哈';

const BX_TITLE = '歌唱比赛演讲稿开场白';
const BX_LEAD = '关于歌唱比赛类主题的演讲稿开场白,怎么写最能呼应主题呢?大家可以参考下面这段话。';

export const specs = {
  '13-jianghua-007jk-gaosan-bairi-dongyuan-book-crumb-title-only-in-crumb': {
    source: 'http://007jk.com/book/DDoUDy/ollDylpO.html',
    kind: 'speech: 动员讲话 (a headmaster at his school\'s 高考百日动员大会; chapter 80 of a book of speeches on a novel site)',
    tests: 'a novel site\'s breadcrumb "零零七小说网>网游竞技>鼠年说鼠人运气1972 > 八十、在“高三百日动员大会”上的讲话" whose last crumb is the chapter\'s name with a chapter numeral "八十、" (not an outline marker: it starts no run) and the only place the speech\'s name appears; every line indented by four spaces; the salutation "各位老师、同学们:"; "首先我代表学校…" after a comma (prose); a paragraph of four "这一百天,…;" clauses with no closing stop; "2010届"; cut after a comma ("查漏补缺,")',
    isSpeech: true,
    title: '',
    noise: [JK_CRUMB, JK_SITE],
    dropLines: [JK_CRUMB],
    outline: [],
  },
  '14-fayan-shengda-biye-daibiao-dash-subtitle-date-no-title': {
    source: 'https://www.shengda.edu.cn/xks/info/1129/9270.htm',
    kind: 'speech: 发言 (a graduating student speaking for the class of 2011 at a private college\'s graduation ceremony; excerpt printed on the college\'s site)',
    tests: 'no site chrome and no title line: the capture opens with the dash subtitle "——2011届毕业生代表会计系同学宋嘉禾的发言(摘登)" (a body line; optional dash point); a salutation naming the founder; "大家上午好!首先,请允许我…" glued, a lone inline 首先 with no 其次; a paragraph of five "感谢您…;" clauses; a quoted verse opening a paragraph; a courtesy block "最后,衷心祝愿…" paragraph (optional); "谢谢大家!" and the speech\'s own date line "2011年6月15日" at the end',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '——', text: '2011届毕业生代表会计系同学宋嘉禾的发言(摘登)', optional: true },
      { level: 1, marker: '最后,', text: '衷心祝愿我们尊敬的创办人身体健康', optional: true },
    ],
  },
  '15-zhici-hatcherlin-big5-blog-biye-daoshi-date-header-comment-tail': {
    source: 'http://hatcher-lin.blogspot.com/2008/06/blog-post_10.html',
    kind: 'speech: 致辞 (a class teacher\'s words at a vocational high school\'s graduation ceremony; a Taiwanese Blogger post, traditional script)',
    tests: 'genuine traditional script (not a converted mirror) on a Blogger blog: the date header "2008年6月10日 星期二" above the post title "淚灑畢業典禮", blank lines between all lines and runs of two to four blank lines; a salutation naming six groups and ending "…大家好" with no mark; "導師 ," with a space before the comma; the comment tail "1 則留言:" / "綜藝咖㊣琳兄 提到..." / three short comment lines with spaces and "!!" after the speech\'s closing wishes; no outline',
    isSpeech: true,
    title: HL_TITLE,
    noise: [HL_DATE, HL_COUNT, HL_BY, HL_C1, HL_C2, HL_C3],
    dropLines: [HL_DATE, HL_TITLE, HL_COUNT, HL_BY, HL_C1, HL_C2, HL_C3],
    outline: [],
  },
  '16-kaichangbai-boxuejun-gechang-bisai-lead-title-twice-apostrophe': {
    source: 'https://www.boxuejun.com/yanjianggaokaichangbai/nj6y92.html',
    kind: 'speech: 开场白 (a teacher\'s opening words at a school singing contest; template site)',
    tests: 'the title "歌唱比赛演讲稿开场白" (a 开场白 of a 演讲稿), the site\'s lead "关于…怎么写最能呼应主题呢?大家可以参考下面这段话。", the title again; then the whole piece on one line, two sentences set off by a space ("…感慨良多。 在新的一届里…"); no salutation; "新的一届……歌唱比赛" with the site\'s "……" placeholder; an anti-copy apostrophe glued mid-phrase ("对你们的\'爱是"); a short capture (276 characters)',
    isSpeech: true,
    title: BX_TITLE,
    noise: [BX_LEAD, "们的'爱"],
    replace: [["们的'爱", '们的爱']],
    dropLines: [BX_TITLE, BX_LEAD],
    outline: [],
  },
  '17-guide-apluntan-daxieci-xiezuo-yi-er-san-diyi-not-speech': {
    source: 'https://apluntan.com/gongwen/11123.html',
    kind: 'non-speech: writing guide (how to write a 答谢辞; a 公文 section of a forum site)',
    tests: 'a guide titled by the genre alone ("答谢辞"), its parts as speech-like headings "一、篇幅" / "二、开头" / "1.标题" / "2.称呼" / "3.其他内容" / "三、主体" and a "第一,…" paragraph; quoted salutations and sample sentences (“尊敬的ⅹX先生”, “…受到了你们的盛情接待,对此表示由衷的感谢”); the site\'s dropped 一 ("答谢辞般包括", "这一部分般单独成段"), stray ASCII quotes and unclosed quotes kept; lines ending with no stop; cut mid-sentence — written about the genre, not a speech',
    isSpeech: false,
    title: '答谢辞',
  },
  '18-news-equatoialhotel-renzhi-fayan-casino-brand-yishiyao-not-speech': {
    source: 'https://equatoialhotel.com/info/3761/287481.html',
    kind: 'non-speech: news report (a college\'s staff meeting announcing its new party secretary; a university news post on a hijacked domain)',
    tests: 'a university news post whose institution names were replaced by a casino brand ("必赢中国官方网站副校长…", "…任必赢中国官方网站党委书记的决定"); the new secretary\'s 任职发言 and the outgoing one\'s thanks told in the third person ("他表示…;他将…;他欢迎…"); the vice president\'s requirements as inline "一是要精诚团结,…。二是要抓住机遇,…。三是要同心同德,…" after full stops (a speech\'s outline by shape, inside a report); no title in the capture; cut mid-sentence — a report, not a speech',
    isSpeech: false,
    title: '',
  },
};
