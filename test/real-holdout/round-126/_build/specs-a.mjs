// Gold specs for holdout round 126, part A (cases 01–06): teachers' ethics and conduct (师德师风 建设, 师德 报告会, 教师
// 宣誓, 师德 标兵 发言, 教师节 表彰 — speeches and their look-alikes).
// Four spoken pieces (a school leader's 讲话 at his school's 第三十个教师节 庆祝暨表彰大会 on a provincial exam-news site
// (m.ynksw.com.cn): the title, the speech's own date line "(2014年9月10日)", the speaker's bare name on its own line, a
// three-part salutation and "下午好!", no site noise at all in the capture, "9日(昨天)上午" (a date, not a marker), cut
// mid-sentence ("我校的"); a university president's 教师节 致辞 on a college site (zs.gxzfxy.cn) with no title line in the
// capture: salutation first, the year's theme “立德树人,同心共筑中国梦” and the school motto in quotes, a stray space before
// “中国梦” left by the site, 师德师风 twice, cut mid-sentence ("要办好"); page 6 of a paginated traditional-script 講話 at
// a city's 教師節暨教育工作會議 (www.gossipdays.com): the title with the page number "(6)" glued, then a line that opens
// with the salutation "各位老師、家長,同志們," glued to the middle of a quotation whose opening mark is on page 5
// ("…受人尊敬的職業”。"), a dropped place name ("真正把的教育事業辦好"), the simplified "最后" inside traditional text, a
// closing "最后," paragraph and "謝謝大家!" — the store holds only this page (402 characters, under the floor); a
// collection of 平凡教师演讲稿 on a contract-template site (m.jht868.com): a stray ")" line, the site's category "合同范本",
// the page title, the collection title "平凡教师演讲稿(范本十篇)。" with a full stop, a promo ("…合同范本网编辑为了您的满意
// 不遗余力地打造了“平凡教师演讲稿”,我们会持续更新我们的网站…"), the piece heading "平凡教师演讲稿(篇1)", blank lines
// between paragraphs, cut mid-word ("奉献着自")) and two written look-alikes (a teacher's 師德學習心得 on a school site
// in traditional script (roietti.com): "圖片新聞" and "|" lines, the headline glued to "作者:…瀏覽數(shù):4次" with the
// converter's pinyin, the body on one line with spaces for paragraph breaks and pinyin after 統、戰、業、發、優、執、養 —
// first person, 學習心得, not a speech; a college news item (www.ganxidx.com) on a 师德师风 报告会: a blank first line, the
// meeting told in the third person, "…首先阐明…", a paragraph opening "其次" without a comma and one opening "最后,", a
// quoted passage of the report, "新闻中心" as the last line — a news report, not a speech; store holds 402 characters).
// Judgement calls: 01's bare name under the date line is the speaker's own byline (kept, as the "bare name under a dash
// subtitle" of earlier rounds and round 21's 02); the title line is dropped as the title, nothing is noise. 02 has no
// title line, so the title is "". 03's title is the page title without the page number "(6)" (noise); the salutation
// glued to the mid-quotation text stays glued (no break is invented); the lone closing "最后," paragraph (no 首先 run, the
// earlier pages are not in the capture) is an optional level-1 item, as rounds 4–6 decided. 04 is a speech page (its
// genre is 演讲稿 and the first piece is one); the title is the piece's own title "平凡教师演讲稿" without "(篇1)"; its
// repeat as the page title is dropped, not listed; the ")" line is dropped but not listed (one character, not specific);
// "合同范本", the collection title, the promo and the piece heading are noise. 05 and 06 are written genres; 06's
// 首先/其次/最后 are the reporter's summary of a report, so no outline. Names of private people (the speaker of 01, the
// teacher of 05, the college officials of 06) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 师德师风 建设大会 / 警示教育大会 / 专项整治 讲话 with 一、/一是/第一 points (the
// corpus answers with school news reports, journal articles and pages on used hosts: haowensou's 师德建设主题教育月 动员大会
// 讲话, gwyoo's 师德 collection, xinmengxiang's 教师节 讲话 with 一要/二要/三要, jcsycorp's 新教師會議講話 with 一、/二、); a
// 师德 报告会 or 教师节 表彰 主持词 (siliu, m.nayishi, caihuazhai, m.23xiu, m.tcm999, m.taowenge, xiaomilidoc, qq94, lgfwz
// are used); a 教师宣誓仪式 讲话 (only third-person news of 宣誓 on school and county sites); a 师德标兵 代表 发言 (m.bimoxiezuo,
// nuehua, pinggu are used; huatuo9 and ourseo are twins, below); a 师德承诺书 on a fresh host (qikantianxia and onlinecha are
// used; wodebaobaowang/wodeyuanxiao hold English machine translations). So no speech of this part carries a required
// numbered point; 03's closing "最后," is the only (optional) item.
// Template twins set aside: yohu22.com (a 专题党课讲稿 "立德树人铸师魂,不忘初心正师风" with 一是/二是/三是 after a colon and
// a (一) heading, under a casino brand — but its "当前位置: … > 党课下载 >" crumb, "/dangkexiazai/<id>.html" address and
// "下面是小编为大家整理的…,供大家参考。" promo are the "/zhuantifanwen/<col>/<id>.html" farm's, as fashionfield.cn in round
// 14); blingdoc.com (the same 党课, used, on haowensou's "/index/article/detail/detail_id/" template); tizhiren.com (a
// 党课讲稿【2篇文】 viewer, set aside as a gongwenbang twin in round 93); caihuajun.com (a 师德演讲稿(通用5篇) under
// "当前位置:才华君>演讲稿>演讲稿范文>" and "阅读(1.28W)" — the simplified sister of the used caihuazhai.com); huatuo9.cn (a
// 师德师风发言稿 on the "/wenku/<col>/<id>" viewer of the used huatuo3/huatuo0 with the 因篇幅问题 tail); www.ourseo.net (a
// 教师节 优秀教师 发言 on the "/jxfw/<yyyymm>/" farm set aside in round 123); pay38.cn (used; ukktv's "范文大全 > 致辞稿 >"
// template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YN_TITLE = '在学校第三十个教师节庆祝大会暨表彰大会上的讲话';

const GD_TITLE = '在教師節暨教育工作會議上的講話';
const GD_TITLE_LINE = '在教師節暨教育工作會議上的講話(6)';

const JH_PAREN = ')';
const JH_CAT = '合同范本';
const JH_TITLE = '平凡教师演讲稿';
const JH_COLL = '平凡教师演讲稿(范本十篇)。';
const JH_PROMO = '如何写出高大上的主题演讲稿呢?未有不立志之人,便能做得事业,在我们每次准备上台演讲之前。演讲稿是一种实用性较强的文稿,旨在为演讲做准备,合同范本网编辑为了您的满意不遗余力地打造了“平凡教师演讲稿”,我们会持续更新我们的网站欢迎您收藏它并随时了解最新情报!';
const JH_PIECE = '平凡教师演讲稿(篇1)';

export const specs = {
  '01-jianghua-ynksw-jiaoshijie-biaozhang-date-line-bare-byline-no-noise': {
    source: 'http://m.ynksw.com.cn/edu/yngx/ynzyxy/9709.html',
    kind: 'speech: 讲话 (a school leader at the school\'s 第三十个教师节 庆祝暨表彰大会; exam-news site)',
    tests: 'no site noise in the capture: the title "在学校第三十个教师节庆祝大会暨表彰大会上的讲话", the speech\'s own date line "(2014年9月10日)", the speaker\'s bare name on its own line (kept as the byline), the salutation "各位老师、同学们、同志们:" and "下午好!"; paragraphs on 师德高尚 and 四有好老师; "9日(昨天)上午" is a date, not a marker; no numbered points; cut mid-sentence ("我校的")',
    isSpeech: true,
    title: YN_TITLE,
    noise: [],
    dropLines: [YN_TITLE],
    outline: [],
  },
  '02-zhici-gxzfxy-jiaoshijie-no-title-shide-shifeng-motto-quotes': {
    source: 'http://zs.gxzfxy.cn/info/1013/1213.htm',
    kind: 'speech: 致辞 (a university leader at the 第29个教师节 celebration; college site)',
    tests: 'no title and no site noise: the salutation "尊敬的各位老师、亲爱的同学们:" first, "大家下午好!"; the year\'s theme and the school motto in quotes (“立德树人,同心共筑中国梦”, “经国纬政、法治天下”,“经世济民、福泽万邦”); a stray space the site left before “中国梦”; 师德师风 named twice; "所谓…所谓…" without a run of markers; a quoted saying opening the last paragraph (“教育大计,教师为本。”); cut mid-sentence ("要办好") — do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-jianghua-gossipdays-big5-jiaoshijie-page6-title-pagenum-glued-salutation-midquote': {
    source: 'http://www.gossipdays.com/fayan/jianghua/14461_6.html',
    kind: 'speech: 講話 (a city leader at the 教師節暨教育工作會議; traditional script, page 6 of a paginated article)',
    tests: 'traditional script; the page title with the page number glued "在教師節暨教育工作會議上的講話(6)"; the first body line opens with the salutation "各位老師、家長,同志們," glued to the middle of a quotation whose opening mark is on an earlier page ("…受人尊敬的職業”。"); a dropped place name ("真正把的教育事業辦好"); the simplified "最后" in traditional text; a lone closing "最后," paragraph; "謝謝大家!"; the whole stored page is 402 characters',
    isSpeech: true,
    title: GD_TITLE,
    noise: ['(6)'],
    dropLines: [GD_TITLE_LINE],
    outline: [
      { level: 1, marker: '最后,', text: '再次祝全市廣大教師和教育工作者節日快樂', optional: true },
    ],
  },
  '04-yanjianggao-jht868-pingfan-jiaoshi-collection-stray-paren-hetong-fanben-promo-pian1': {
    source: 'http://m.jht868.com/a/5379438.html',
    kind: 'speech: 演讲稿 (collection of 平凡教师 speeches; contract-template site)',
    tests: 'a stray ")" line first; the site\'s category "合同范本"; the page title "平凡教师演讲稿"; the collection title "平凡教师演讲稿(范本十篇)。" ending in a full stop; a promo paragraph ("如何写出高大上的主题演讲稿呢?…合同范本网编辑为了您的满意不遗余力地打造了“平凡教师演讲稿”,我们会持续更新我们的网站欢迎您收藏它…"); the piece heading "平凡教师演讲稿(篇1)"; blank lines between paragraphs; no salutation; sayings in one paragraph split by full stops ("教师是人类灵魂的工程师。教师是太阳底下最光辉的职业。"); cut mid-word ("奉献着自")',
    isSpeech: true,
    title: JH_TITLE,
    noise: [JH_CAT, JH_COLL, JH_PROMO, JH_PIECE],
    dropLines: [JH_PAREN, JH_CAT, JH_TITLE, JH_COLL, JH_PROMO, JH_PIECE],
    outline: [],
  },
  '05-xinde-roietti-big5-shide-xuexi-pinyin-glued-author-views-not-speech': {
    source: 'http://roietti.com/h-nd-1624.html',
    kind: 'non-speech: 心得体会 (a teacher\'s 師德學習心得; school site, traditional script)',
    tests: '"圖片新聞" and "|" lines; the headline "師德學習心得——宋曉嵐" glued to "作者:宋曉嵐瀏覽數(shù):4次" with the converter\'s pinyin; the body on one line with spaces for paragraph breaks and pinyin after 統/戰/業/發/優/執/養; first person ("我對師德的內涵…"), a 學習心得 — written, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '師德學習心得——宋曉嵐',
    noise: [],
    outline: [],
  },
  '06-news-ganxidx-shide-baogaohui-shouxian-qici-zuihou-third-person-not-speech': {
    source: 'http://www.ganxidx.com/view18-2021.html',
    kind: 'non-speech: news report (a college\'s 师德师风 教育主题报告会; college site)',
    tests: 'a blank first line and no headline in the capture; the meeting told in the third person ("报告会由…主持,…作主题报告", "程国栋同志首先阐明…"); a quoted passage of the report ending "......”。"; a paragraph opening "其次" without a comma and one opening "最后," (the reporter\'s summary, not points); “四个坚持” after a colon; "新闻中心" as the last line; the whole stored page is 402 characters — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
