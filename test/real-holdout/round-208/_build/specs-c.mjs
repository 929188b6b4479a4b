// Gold specs for holdout round 208, part C (cases 13–18): companies' internal meetings (月度经营分析会, 销售誓师/早会,
// 质量管理推进会/质量月, 项目部例会, 新春开工动员 — their 讲话 and their look-alikes). No speech on a new host turned up (see
// "Looked for and not found" below), so, as round 204's part C and round 110's 15–18 did, the part is six written look-alikes
// of the theme: three company news reports of quality meetings (one plain, two on traditional-script converter mirrors with
// pinyin annotations), two web-novel chapters set at a company meeting, and a coal group's rules for its 经济运行分析会.
// What each page is: a machine-tool trade portal's report (m.jc35.com, "/news/detail/<id>.html") of a company's 2023 质量管理
// 工作会议: the headline, a meta line "- 2023-03-06 10:11:125257" whose time runs into the view count, a bracketed column tag
// "【机床商务网栏目 机床会议】" glued before the lead, the vice-president's 报告 and the general manager's 讲话 named by their
// titles ("以《…》为题作了讲话"), and a "会议强调,要…。要…" summary — 393 characters, the whole stored page; a group
// company's report of its 质量年中暨管理评审会议 on a traditional converter mirror (m.duendelicous.com, "/info/<col>/<id>.htm"):
// three lines of table pipes before the text ("|", "|||", "|"), pinyin after 質/結/經/現/產/執/發/調, a mis-encoded run where the
// chairman's name and the comma after it stood ("斯?jié)煞颍笨偨?jīng)理", "斯?jié)煞驈娬{(diào)"), a doubled full stop
// ("講話。。 "), spaces left between the original paragraphs, "三問" reported as "一是…么?二是…么?三是…", then the chairman's
// points "一要…。二要…。三要…" inline after full stops, the general manager's "要“干”…。要“檢”…。要“管”…", a stray "針"
// ("韓志遠針強調"), cut mid-word ("會上,汽"); a construction group's report of its 质量月 launch on a traditional converter
// mirror (hnbangou.com, "/news_view_<a>_<b>.html"): no headline in the capture (it opens "活動由…主持。"), pinyin after
// 團/術/質/經/關/發/進/創/優/內/強/務/學/習/訓/標/結/應, "首先李晗解讀了…" (首先 without a comma), a 報告 named by its title, the
// party secretary's "三點要求:一是…;二是…;三是…" after a colon and semicolons, the chairman's "…要求…:一要…,二要…" after a colon
// and a comma, cut after a comma; a web-novel chapter (www.hzwggzy.com, "/novel/<x>/<y>.shtml") under a crumb
// "红掌文学网>竞技小说>同风起,九万里 > 第一百九十九章 我们要当全国第一": a sales office's morning meeting, the new
// branch head's talk quoted line by line ("“谢谢大家赏脸,…”夏信笑着说。"), the listeners' asides, paragraphs indented by four
// spaces, cut after an opening quotation mark; a web-novel chapter (www.maxxparts.com, "/xiaoshuo/<a>/<b>/") "第288章 新年第一次
// 会议(1 / 6)" with its page count: the first working day's 动员大会 of a company, the director's talk summarised in the third
// person ("把去年的任务完成率,…公布完之后,着重总结了…"), a bystander's quoted remark, and the reader's "举报本章错误( 无需登录 )"
// tail — 374 characters, the whole stored page; a coal group's rules (wangzhixuan.com, "/html/<y>/<m>/<d>/<id>.shtml")
// "煤矿定期召开经济运行分析会制度", its title twice, a preamble, clean 一、 / (一) / 1、 headings with "包括:…" items, and the
// rules on time and participants.
// Judgement calls: all six are written genres, so isSpeech false, an empty outline, empty paragraphs and noise, and the
// title "" (informational, as round 184 cases 05, 06, 17 and 18). 13 is a report though it names a 讲话 by its title and
// closes on "会议强调,要…。要…" (as round 184 case 05's headline naming a 国旗下讲话 and shared case 15). 14 is a report though
// its "一要…。二要…。三要…" stand inline after full stops and would be a run of inline points by the letter of the outline
// rules: the chairman's points are reported ("斯…強調,一要…"), so no outline (as shared case 45's 一是…二是…三是… and round 184
// case 17's "一、…;二、…" in a report); the pipe lines are the capture's table chrome (as round 54 case 05's pipes) and the
// mis-encoded run is kept as found. 15 is a report with no headline in the capture (as round 184 case 06): its "首先李晗…",
// "一是…;二是…;三是…" and "一要…,二要" summarise what the speakers said (as shared case 18 and round 4 case 15). 16 and 17 are
// novels (as shared cases 09 and 23 and round 187 case 06): 16 quotes the talk with its narrator's tags and asides, 17 only
// tells of it. 18 is a 规章制度: numbered 一、/(一)/1、 headings of rules, not of a speech (as shared cases 43, 74 and 75).
// Names of private people (the company managers in 13–15) were replaced by fictional ones; the mis-encoded run in 14 was
// left as found; the novels' characters keep their names; all prose was rewritten.
// Looked for and not found on a new host: the session's look-up budget ran out after seven searches of the stored pages
// (the eighth and later were refused), so the theme could not be searched further. What the searches found as speeches
// stands on used hosts: dxkbw.com's "领导新年开工吉日讲话" (round 11 case 15), 89p.cn's 五一 大会 董事长致辞 with "一是…,二是…"
// after a comma (round 22 case 10), 1mishu.com's and xiaomilidoc.com's 总经理 项目开工仪式 致辞 (rounds 100/104/127; shared case
// 63), caiyes.cn's 经济形势分析会 讲话 "下面,我讲四点意见:" (shared case 04). Found on new hosts but not taken (a seventh
// look-alike): company news of 质量月 or 经营分析 meetings (shytips.com, 365888vip8.com, voippuzzle.com, lipstickfashionmascara.com
// and njdcsyxx.com (the last two with casino brands in the text), yunqiele.com, kelapona.com, hcry.com.cn, mamostore.com,
// jianpian.cn, wfstcnc.com, jcc-bj.com.cn, starseedcomic.com, 6bur.cscec.com; www.ctesi.com.cn is named by round 200 and
// cpm.com.cn is used by round 15), web-novel chapters (m.dq54.com, hbcjlp.com, lwcvm.com, wandouwx.com, hljcre.com, cn.bg3.co,
// fantinovels.com; ipude.com, schxtf.com and m.biqugedu.com are used), a book page on 月度经营例会 (182.92.173.175) and a
// rules page on 项目工程例会 (m.777doc.com, used).
// Template twins considered: www.27txt.org's novel chapter (a 半年 经营 meeting with the chairman's "同志们,…" quoted) carries
// the "请安装我们的客户端 / 更新超快的免费小说APP / 添加到主屏幕" app chrome of round 48 case 12's 77txt.net → dropped after it
// was claimed (the claim stays). The pipe lines of 14 ("|", "|||") also occur in round 54 case 05, round 60 case 07 and round
// 127 case 04, as the capture's rendering of layout tables, not a site's own line. 14's "/info/<col>/<id>.htm" is the generic
// path of a common CMS (round 184 case 06's d077.xyz has it too, with other chrome and no pinyin). maxxparts.com was named by
// round 110 among the novel answers, not used. twin.mjs finds no shared noise line in any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-news-jc35-zhiliang-guanli-gongzuo-huiyi-glued-time-views-bracket-column-baogao-jianghua-titles-not-speech': {
    source: 'https://m.jc35.com/news/detail/83979.html',
    kind: 'non-speech: news report (a machine-tool company\'s 2023 质量管理工作会议; trade portal)',
    tests: 'the headline; a meta line "- 2023-03-06 10:11:125257" (time run into the view count); a bracketed column tag "【机床商务网栏目 机床会议】" glued before the lead; a 报告 and a 讲话 named by their titles ("以《…》为题作了讲话"); "会议强调,要…。要…" — a report, not a speech; 393 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '14-news-duendelicous-big5-pinyin-zhiliang-nianzhong-pingshen-bar-chrome-mojibake-sanwen-yishi-inline-yiyao-not-speech': {
    source: 'http://m.duendelicous.com/info/1391/37031.htm',
    kind: 'non-speech: news report (a group company\'s 质量年中暨管理评审会议; traditional-script converter mirror)',
    tests: 'a blank first line and table pipes "|" / "|||" / "|"; pinyin after 質/結/經/現/產/執/發/調; a mis-encoded run where a name stood ("斯?jié)煞颍笨偨?jīng)理"); "講話。。 "; "一是…么?二是…么?三是…" after a comma and question marks; the chairman\'s "一要…。二要…。三要…" inline after full stops, reported ("斯…強調,一要…"); "要“干”…。要“檢”…。要“管”…"; a stray "針"; cut mid-word ("會上,汽") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '15-news-hnbangou-big5-pinyin-zhiliangyue-no-headline-shouxian-nocomma-yishi-colon-yiyao-comma-not-speech': {
    source: 'http://hnbangou.com/news_view_1661_106.html',
    kind: 'non-speech: news report (a construction group\'s 质量月 launch; traditional-script converter mirror)',
    tests: 'no headline in the capture; pinyin after 團/術/質/經/關/發/進/創/優/內/強/務/學/習/訓/標/結/應 in nearly every line; "首先李晗解讀了…" (no comma); a 報告 named by its title; "三點要求:一是…;二是…;三是…" after a colon and semicolons; "要求…:一要…,二要…" after a colon and a comma; cut after a comma — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-novel-hzwggzy-xiaoshou-zaohui-yingyebu-crumb-chapter-title-quoted-talk-cut-open-quote-not-speech': {
    source: 'http://www.hzwggzy.com/novel/AQDQQP/SJSOODDJ.shtml',
    kind: 'non-speech: novel (a sales office\'s morning meeting and the branch head\'s talk; web-novel site)',
    tests: 'a crumb "红掌文学网>竞技小说>同风起,九万里 > 第一百九十九章 我们要当全国第一" with the chapter title; paragraphs indented by four spaces; the talk quoted with narrator\'s tags ("“谢谢大家赏脸,…”夏信笑着说。") and listeners\' asides; cut after an opening quotation mark — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-novel-maxxparts-xinnian-kaigong-dongyuan-dahui-chapter-page-count-jubao-tail-not-speech': {
    source: 'http://www.maxxparts.com/xiaoshuo/216_216836/1120261/',
    kind: 'non-speech: novel (a company\'s first-working-day 动员大会; web-novel site)',
    tests: 'the chapter heading "第288章 新年第一次会议(1 / 6)" with a page count; the director\'s talk told in the third person (results, lessons, plans, "宣布散会"); a quoted bystander\'s remark; the "举报本章错误( 无需登录 )" tail — a novel, not a speech; 374 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-zhidu-wangzhixuan-meikuang-jingji-yunxing-fenxihui-title-twice-yi-paren-arabic-headings-not-speech': {
    source: 'https://wangzhixuan.com/html/2012/07/19/141493.shtml',
    kind: 'non-speech: 规章制度 (a coal group\'s rules for its 经济运行分析会)',
    tests: 'the title twice; a preamble; clean 一、/(一)/1、 headings with "包括:…" items; 二、召开时间 and 三、参加人员 rules — a written genre, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
