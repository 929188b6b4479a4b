// Gold specs for holdout round 121, part C (cases 13–18): exam pledge rallies (高考/中考 百日誓师大会, 考前 动员会,
// 高三 成人礼 — the principal's 讲话, a teacher's 动员 讲话, 成人礼 致辞 and 发言稿, and news reports of the rallies).
// Four spoken pieces and two written look-alikes:
// 13 (test.ydyz.cn): a school site's news item on its 2007 开学典礼暨高考百日誓师大会: an "出处:本站原创 发布时间:… 您是第0位
//    浏览者" meta line, two report paragraphs in the third person (the principal "首先致词", the representatives, the oath),
//    then "附:" and the principal's speech itself under its own title line "…校长在…开学典礼暨高考百日誓师大会上的讲话",
//    salutation "老师们、同学们:", a "首先,我代表学校…" after a comma (prose, no marker), cut mid-sentence ("要"). Tests a
//    speech appended under a news lead (as round 72's 02: the lead is the site's framing and goes as noise).
// 14 (wuli.ht88.com): a teacher's 讲话 at a 高三 联考 动员会 on an old member-article site: the title, a blank line, an
//    "作者:…  时间:2006/1/20 20:32:35  来源:会员原创  人气:3834" meta line with double spaces, the greeting indented with six
//    spaces, paragraphs indented with two, allusions in quotes, cut mid-sentence ("绝不会"). No numbered points.
// 15 (m.91wenmi.com): a 文秘 collection page "成人礼上的校长致辞6篇": the page title printed twice, a "【篇一】" piece heading
//    without a title of its own, salutation, "大家好!", a principal's 成人礼 致辞, an "xx高级中学" placeholder, a "……" inside a
//    paragraph, cut mid-sentence ("光的速度"). The title is the page title without its count.
// 16 (zixun.aivote.com): a model exam essay written as a 发言稿 — "【2020威海市高三一轮考试作文:十八岁成人礼发言稿】" glued
//    before the salutation "尊敬的老师、亲爱的同学们:", then "大家好!" and parallel "十八岁,意味着…/也意味着…/更是…" paragraphs
//    (no markers), captured up to the end of a paragraph before the closing. A 发言稿 in form (titled so, addressed to an
//    audience, first person), so a speech; its only title line is the bracketed headline.
// 17 (theavantnetwork.com): not a speech — a traditional-script copy (converter pinyin glued after 學/聯/進/領/導/嚴/習/優/態/
//    發/創/續/強/標/遠/調/戰) of a school's report of its 高考百日沖刺 動員大會: a couplet in quotes opens it, the staff
//    named in the third person, "他指出:…", "他要求…", and the principal's four points reported with an inline "一、自信是…"
//    after a full stop, cut mid-sentence. A news report, so no outline.
// 18 (cqygyjs.com): not a speech — a hijacked page carrying a school's report of a 中考倒计时30天动员大会 with pinyin jammed
//    after many characters, some repeated ("校(xiao)(xiao)(xiao)", "次(ci)(ci)", "间(jian)(jian)"), an unbalanced quote run,
//    the year head's "三条建议:一是要…;二是要…;三是要…" reported in the third person ("她还为同学们…提出"), cut mid-word ("代").
// Judgement calls: 13 is a speech page: its document of interest is the appended speech, the two report lines, "附:" and the
//    meta line are the site's framing and are dropped and listed as noise (as round 72's 02 cut a press lead); the title is the
//    speech's own title line. 14's title is the line above the meta line; "人气:3834" is listed again as a shorter part. 15: the
//    page title with its count "6篇" is noise (both copies), the title is the page title without the count (the piece heading
//    "【篇一】" carries no title). 16: the bracketed headline is cut off the salutation line with its brackets (a glued title, not
//    listed as noise as it equals the title); the year and exam label stay in the title because the page has no other title line
//    (as round 6's 09 kept a year prefix); noise is empty — the page shows no other site noise in the capture. 17 and 18 are news
//    reports (third person, 他指出/她还…提出), so their 一、 and 一是要 are no outline; neither capture shows a headline, so their
//    title is ''. Names of living private people (the principals, teachers, students, the article's author) were replaced by
//    fictional ones; the prose was rewritten in new words; the noise, the line breaks, the indentation, the script and the
//    pinyin/jammer artifacts were kept as found.
// Looked for and not found on a new host: a 百日誓师 or 考前动员 speech with two or more numbered points inside the capture (the
//    hits with 一要/二要, 一、/（一）, 第一,/第二, or 首先/其次 were all on used hosts: alatiku, m.wuhaninfo (/dongshi/ farm),
//    m.zuowendang, gongxunwk, m.zixin, 004km, weilaioem, xiaomilidoc, m.wenke99; one with 一是要…二是要 headings had no address),
//    so none of the four speeches carries numbered points; a 家长代表 发言 (m.docduoduo, yrrd, m.stra are used); a traditional
//    mirror of a rally speech (dgahdf, 9000bbs, p719, mingyanjiaju, 5728338 are used); a 誓词 page on its own (the oath lines
//    only appear inside news reports and a novel); a 文库/docx viewer page of a rally speech on an unused host.
// Template twins set aside: fwsir.com and sundxs.com (the ruiwen family: "- 相关推荐" over the title, "时间:… 会议发言 我要投稿");
//    ywxkb.com (the "推荐人: 来源: 阅读: 1.72W 次" + "导语:" template of round 37/46's hosts); xzjiemi.com and hzjdb.com (the
//    "…发言稿15篇 / 小编…整理 / ……此处隐藏N个字……" template used some 29 times); m.fenyunshixun.cn (the "/dongshi/<x>/<id>" farm
//    of m.wuhaninfo, m.haog, m.bluu, kqyc); m.zaixiangufen's "(精选五篇)" + "…讲话稿1" kind is used as a host anyway.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YD_META = '出处:本站原创 发布时间:2007-02-28 09:15:50 您是第0位浏览者';
const YD_REPORT1 = '2007年2月27日上午,学校全体师生在操场举行2007年开学典礼暨高考百日誓师大会。上午十时细雨初停,伴着雄壮的国歌声大会开幕,校长吴承远首先致词,鼓励全校师生奋发向上再攀高峰,激励全体高三学子,不负重托,超越自我,再写2007年高考新篇。';
const YD_REPORT2 = '三载同奋斗,书山攀登望云天,百日共冲刺,学海扬帆逐巨浪。学生代表,教师代表,家长代表,高三年级主任先后登台倾诉心声,表达志向,立下誓言。最后全体高三学生举起右拳宣誓,在响亮的誓词声中大会圆满落幕。';
const YD_FU = '附:';
const YD_TITLE = '吴承远校长在2007年春季学期开学典礼暨高考百日誓师大会上的讲话';

const HT_TITLE = '在高三联考动员会上的讲话';
const HT_META = '作者:陈牧之  时间:2006/1/20 20:32:35  来源:会员原创  人气:3834';

const WM_PAGE = '成人礼上的校长致辞6篇';
const WM_PIECE = '【篇一】';

const AV_TITLE = '2020威海市高三一轮考试作文:十八岁成人礼发言稿';

export const specs = {
  '13-jianghua-ydyz-bairi-shishi-kaixue-news-lead-fu-meta': {
    source: 'http://test.ydyz.cn/index.php?a=shows&catid=11&id=305',
    kind: 'speech: 讲话 (a principal at the 开学典礼暨高考百日誓师大会, appended to the school site\'s news item)',
    tests: 'an "出处:本站原创 发布时间:2007-02-28 09:15:50 您是第0位浏览者" meta line; two report paragraphs in the third person (the principal "首先致词", representatives, the oath) — the site\'s framing; a "附:" line; the speech\'s own title line "…校长在2007年春季学期开学典礼暨高考百日誓师大会上的讲话"; salutation "老师们、同学们:"; "首先,我代表学校…" after a comma (prose); cut mid-sentence ("要")',
    isSpeech: true,
    title: YD_TITLE,
    noise: [YD_META, YD_REPORT1, YD_REPORT2, YD_FU, '您是第0位浏览者'],
    dropLines: [YD_META, YD_REPORT1, YD_REPORT2, YD_FU, YD_TITLE],
    outline: [],
  },
  '14-jianghua-ht88-gaosan-liankao-dongyuan-author-meta': {
    source: 'https://wuli.ht88.com/article/article_4851_1.html',
    kind: 'speech: 讲话 (a teacher at a 高三 联考 动员会; member-article site)',
    tests: 'the title line, a blank line, an "作者:…  时间:2006/1/20 20:32:35  来源:会员原创  人气:3834" meta line with double spaces; the greeting "同学们,下午好!" indented with six spaces; paragraphs indented with two; quoted allusions; no numbered points; cut mid-sentence ("绝不会")',
    isSpeech: true,
    title: HT_TITLE,
    noise: [HT_META, '人气:3834'],
    dropLines: [HT_TITLE, HT_META],
    outline: [],
  },
  '15-zhici-91wenmi-chengrenli-xiaozhang-collection-title-twice-pian1': {
    source: 'https://m.91wenmi.com/wenmi/yanjiang/qingdianzhici/384057.html',
    kind: 'speech: 致辞 (a principal at a 18岁成人礼; 文秘 collection page)',
    tests: 'the page title "成人礼上的校长致辞6篇" printed twice; a "【篇一】" piece heading with no title of its own; salutation and "大家好!"; an "xx高级中学" placeholder; a "……" inside a paragraph; cut mid-sentence ("光的速度")',
    isSpeech: true,
    title: '成人礼上的校长致辞',
    noise: [WM_PAGE, WM_PIECE],
    dropLines: [WM_PAGE, WM_PIECE],
    outline: [],
  },
  '16-fayan-aivote-chengrenli-zuowen-glued-bracket-title': {
    source: 'http://zixun.aivote.com/jxfw/202508/446921.html',
    kind: 'speech: 发言稿 (a student\'s 十八岁成人礼 发言稿 written as a model exam essay; content-farm subdomain)',
    tests: 'the bracketed headline "【2020威海市高三一轮考试作文:十八岁成人礼发言稿】" glued before the salutation "尊敬的老师、亲爱的同学们:"; "大家好!"; a "——十八岁。" dash inside a sentence; parallel "十八岁,意味着…/十八岁,也意味着…/十八岁,更是…" paragraph openings (no markers); no other site noise; captured to the end of a paragraph before the closing',
    isSpeech: true,
    title: AV_TITLE,
    noise: [],
    replace: [[`【${AV_TITLE}】`, '']],
    outline: [],
  },
  '17-news-theavantnetwork-bairi-chongci-dongyuan-big5-pinyin-inline-yi-not-speech': {
    source: 'http://theavantnetwork.com/index.aspx?Aid=1427',
    kind: 'non-speech: news report (a traditional-script copy of a school\'s report of its 高考百日沖刺 動員大會)',
    tests: 'traditional script with converter pinyin glued after characters ("學(xué)", "聯(lián)", "進(jìn)", "優(yōu)"); a quoted couplet as the opening; staff named in the third person; a stray "." between sentences; "他指出:…", "他要求…", "同時他還勉勵…"; the principal\'s four points reported with an inline "一、自信是…" after a full stop — a news report, not a speech; no headline in the capture; cut mid-sentence ("一定能")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-cqygyjs-zhongkao-daojishi-dongyuan-pinyin-jammer-yishiyao-not-speech': {
    source: 'http://cqygyjs.com/themeArticle/4-ee42d1e0601d4caabf8540a2e6a84d08',
    kind: 'non-speech: news report (a school\'s report of a 中考倒计时30天动员大会, on a hijacked page with pinyin jammed into the text)',
    tests: 'pinyin after many characters, some repeated ("校(xiao)(xiao)(xiao)", "次(ci)(ci)", "间(jian)(jian)"); an unbalanced quote run "“基(ji)础(chu)”“状态“目标”"; the year head\'s "三条建议:一是要…;二是要…;三是要…" after a colon and semicolons, reported ("她还为同学们…提出") — a news report, not a speech; no headline in the capture; cut mid-word ("代")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
