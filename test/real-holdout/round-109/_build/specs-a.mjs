// Gold specs for holdout round 109, part A (cases 01–06): banks and insurers (开门红 启动会, 支行 年度工作会议, 保险 早会
// 主持词, 业绩表彰大会 — and their look-alikes).
// No speech on a fresh host turned up for this theme, so all six pages are look-alikes (four news reports, one 观影心得,
// one novel chapter), each of them close to a speech in some way:
// 01 (sd.news.163.com) a provincial paper's report of an ICBC branch's red-song gala: no headline in the capture, a
// dateline "淄博6月20日讯", then the branch president's 致辞 told in paraphrase without quotation marks ("百年风雨兼程,初心历久
// 弥坚。…只要…就一定能…") and "秦立川要求,全行要…" — third person and a reporter's byline at the end, so a report, not a
// speech (as round 3 case 17); a quoted song line opens a paragraph.
// 02 (szbank.org.cn) a banking association's member news: "您所在的位置: 行业动态 > 会员信息", the headline, a
// "时间 2018年12月10日 来源 : 江西银行苏州分行" line, a paragraph opening "首先," and its "以下三方面要求:一是…;二是…;三是…"
// after a colon, "接着,…" — a report of a branch meeting, not a speech; cut mid-word ("坚").
// 03 (alabook.tw) a Taiwanese bank's anniversary as news, traditional script under Japanese site chrome ("最新のニュース",
// "ニュースメディア 2020-05-23"): the chairman's 致詞 reported ("致詞時,首先感謝…", "進一步表示,…") — third person, a report;
// cut mid-sentence ("全力以赴").
// 04 (ylptlb.cn) a traditional-script copy of a bank branch's 黨史學習教育 news: no headline, the branch president "提出了四點
// 要求。一是按照綱領學,…;二是帶著感情學,…;三是…;四是…" — an 一是 run after a full stop with its siblings after semicolons,
// inside a report: no outline; cut mid-sentence ("引導").
// 05 (hezejr.cn) a rural commercial bank employee's 观影心得 on 《长津湖》: first person ("我有幸…", "我想,…"), a quoted film
// line opening a paragraph, the reader addressed rhetorically ("不正是…吗?") — a written reflection, not addressed to an
// audience, so not a speech; no headline in the capture; cut mid-phrase ("在科技化").
// 06 (qzr.cn) a chapter of an insurance-trade novel on an insurance portal: the portal's name, a numbered breadcrumb
// "1. 首页 / 2. 保险小说 / 3. 保险先生 / 4. 正文" (arabic "1." lines that are no outline), "第十九章", bullet meta lines with an
// empty 来源/作者; a 支公司's Mid-Autumn gala told by a narrator — a novel; cut mid-word ("撕").
// Looked for and not found on a new host: a 开门红 启动会 讲话 (the corpus answers with bank novels and news); a 支行/分行
// 年度工作会议 行长讲话 (only novel chapters on cread.tw, blxs.tw, lwxs17.com where a 行长 speaks, and cs0799.com, used); a
// 保险 早会/晨会 主持词 (none at all; 365docx.com's 表彰大会主持词 and 78911.com.cn's 劳模表彰 主持词 are used hosts); a 业绩
// 表彰大会 发言 (soolun.net's 财政系统 表彰大会 speech is used); a bank 演讲稿 (mingyanjiaju.org, used); a 开业 致辞 (info.gov.hk's
// 東亞銀行 致辭, used); a 营销方案 (renrendoc.com, m.boteman.cn, cornels-photography.com, dy1993.cn, jingyanben.com, msguai.com
// are used). So this part holds no speech and no numbered speech points.
// Template twins set aside: lyhuizu.com (a 建设银行 演讲稿 on the "/shiyongwen/yanjianggao/<id>.html" path of round 28's 90doc;
// round 58 set it aside already), thekankakeeriver.com (a 学习啦 mirror: "学习啦 > 实用范文 > …", "时间: … 分享", "学习啦小编" —
// xuexila's template, used many times).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-163-gonghang-zibo-hongge-huiyan-hangzhang-zhici-no-headline-not-speech': {
    source: 'https://sd.news.163.com/21/0620/15/GCUOVKHJ04378EQJ.html',
    kind: 'non-speech: news report (a provincial paper\'s report of an ICBC city branch\'s red-song gala for the Party\'s centenary; 163 regional channel)',
    tests: 'no headline in the capture; a dateline "淄博6月20日讯" glued before the lead; the branch president\'s 致辞 paraphrased without quotation marks ("百年风雨兼程,初心历久弥坚。…只要毫不动摇地听党话、跟党走,就…") and "秦立川要求,全行要…" — reads like a speech in places but is told in the third person; a quoted song line "“唱支山歌给党听,…”" opening a paragraph; the reporter\'s byline "大众日报淄博融媒体中心记者 韩子墨" last — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '02-news-szbank-jiangxi-yinhang-xuexi-crumb-meta-shouxian-yishi-after-colon-not-speech': {
    source: 'http://www.szbank.org.cn/index.php/Home/Mb/xwcontent?id=1142',
    kind: 'non-speech: news report (a bank branch\'s Party branch studying model Party members; a city banking association\'s member news)',
    tests: 'a breadcrumb "您所在的位置: 行业动态 > 会员信息"; the headline; a "时间 2018年12月10日 来源 : 江西银行苏州分行" line; a paragraph opening "首先," (the 周书记 relays a notice whose long title is quoted) with "以下三方面要求:一是…;二是…;三是…" after a colon; "接着," opening the next paragraph — the meeting told in the third person, a report, not a speech; cut mid-word ("坚")',
    isSpeech: false,
    title: '江西银行苏州分行开展学习优秀共产党员事迹',
    noise: [],
    outline: [],
  },
  '03-news-alabook-big5-taiyin-hangqing-japanese-chrome-zhici-shouxian-not-speech': {
    source: 'https://alabook.tw/jp/news/content/E47F8983023606D72CCF3476DA0F354E',
    kind: 'non-speech: news report (Bank of Taiwan\'s 121st anniversary, traditional script, on a Japanese-language news page)',
    tests: 'Japanese site chrome "最新のニュース" and "ニュースメディア 2020-05-23" around a traditional-script headline; the chairman\'s 致詞 reported ("台銀董事長呂桔誠致詞時,首先感謝…", "呂桔誠也特別感謝,…", "呂桔誠接著表示,…") with 「」 quotes of a slogan — a report, not a speech; the courtesy 首先 inside a reported sentence; cut mid-sentence ("全力以赴")',
    isSpeech: false,
    title: '2020台灣銀行行慶服務創新價值驅動',
    noise: [],
    outline: [],
  },
  '04-news-ylptlb-big5-ningbo-yinhang-dangshi-dongyuan-yishi-after-stop-not-speech': {
    source: 'http://ylptlb.cn/article/429117.html',
    kind: 'non-speech: news report (a bank branch\'s Party-history education rally; traditional-script copy)',
    tests: 'traditional script with a few simplified forms kept ("關于", "什么"); no headline; the branch president "提出了四點要求。一是按照綱領學,…;二是帶著感情學,…;三是帶著問題學,…;四是跟著計劃學,…" — an 一是 run after a full stop inside a report, with its siblings after semicolons (no outline: not a speech); quoted activity names "“紅帆牽領,金融匯智”"; cut mid-sentence ("引導")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-xinde-hezejr-nongshang-yinhang-changjinhu-guanying-first-person-not-speech': {
    source: 'http://hezejr.cn/index.php/yinhelanghua/4544.html',
    kind: 'non-speech: 心得体会 (a rural commercial bank employee\'s reflection after watching 《长津湖》; bank staff-writing column)',
    tests: 'no headline in the capture; first person throughout ("我有幸作为其中一员…", "我想,这就是信念的力量"), a quoted film line opening the second paragraph, rhetorical questions to the reader ("不正是…最需要的力量吗?") and calls on "我们农商银行" — written reflection, not addressed to an audience, so not a speech; cut mid-phrase ("在科技化")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-novel-qzr-baoxian-xiansheng-crumb-meta-bullets-zhongqiu-wanhui-not-speech': {
    source: 'http://qzr.cn/sys/26768.html',
    kind: 'non-speech: novel (a chapter of an insurance-trade novel on an insurance industry portal)',
    tests: 'the portal\'s name "保险行业资源门户网站"; a numbered breadcrumb "1. 首页 / 2. 保险小说 / 3. 保险先生 / 4. 正文" (indented arabic "1." lines that open no outline); the chapter heading "第十九章"; bullet meta lines "• 2020年04月18日 / • 16:10 / • 来源: / • 作者:" with empty fields; indented paragraphs narrating an insurance 支公司\'s Mid-Autumn gala (主管, 准考证, 入场券) — a novel; cut mid-word ("撕")',
    isSpeech: false,
    title: '第十九章',
    noise: [],
    outline: [],
  },
};
