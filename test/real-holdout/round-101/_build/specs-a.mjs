// Gold specs for holdout round 101, part A (cases 01–06): civil affairs, funeral reform and marriage (民政, 殡葬改革, 集体婚礼,
// 养老服务 — work meetings, openings and their look-alikes).
// Two spoken pieces (a vice-premier's 1981 讲话 at the first national 殡葬 work meeting, reprinted by a funeral-service
// company's site (bfbinzang.cn) under its WeChat account's lead: three lead paragraphs in the third person (the meeting, the
// 方针 in quotes, its place in history with the site's typo "签名信导", and "本公众号推出第二篇《国务院副总理杨静仁在全国殡葬改革
// 工作会议上的讲话》,…"), then "同志们:", the first paragraph of the speech and a second salutation "同志们!" glued to the
// next paragraph, cut mid-word ("政府工"); a county leader's 致辞 at the completion of a 老年活动中心 on an AI-writing site
// (cangjie.cn) whose text leaked its Markdown: no title line, the salutation, an opening paragraph whose full stops the site
// dropped ("…竣工首先,请允许我…"), three "### 一、/二、/三、" headings, the brand watermark in traditional script glued after the
// second heading ("### 二、项目基本情况 本攵來自於權威的倉頡寫作網站,…拓展自己的寫作視野。"), body lines without final
// full stops, and two "1. **绿色低碳**:…" / "2. **智慧助老**:…" points with bold marks, cut mid-phrase ("以及")) and four
// written look-alikes (a 冬至文明祭祀倡议书 on a news-aggregator (yyweixin.cn): the title, a "来源:消费保  时间:… 作者:张某某"
// line, the addressee "广大市民朋友们:", indented "一、…。" / "二、…。" / "三、…。" points, two issuing offices and a date, a
// stray user name "笋岗临时工", a run of empty lines, the "【免责声明】:YY维新网…" disclaimer and "推荐文章" — written, not
// spoken; a community-care company's report (nxyaj.com) of a 老年日间照料中心 project launch and birthday party: the headline
// broken over three lines ("香格里拉老年日间照料中心" / "举行服务" / "项目启动仪式暨老年人生日会"), the officials' wishes in
// quotes, a double comma ",,", an old man's words in quotes and a closing verse — a report, not a speech; an association
// site's copy (caswss.org.cn) of the news of the 13th national 民政 meeting: "申请入会 中文/ EN" / "线上申请 线下申请" /
// "行业快讯" / "Notification announcement", "当前位置: 首页 > 国内要讯", the headline "回良玉:…", a 发布时间 line, three
// subheads (the lead "回良玉在第十三次全国民政会议上强调" and the two-line thematic headline), then the vice-premier's words
// reported in the third person ("回良玉在会上强调,…", "回良玉说,…") — a report; a photo agency's news page (heiguang.com) on a
// city's collective wedding that opens with the mayor's blessing in quotes ("“祝 你们…;祝你们…。”蒋宏坤代表南京市民…") and
// quotes couples and guests — a report, not a 证婚 致辞; no headline in the capture).
// Judgement calls: 01's three lead paragraphs are the site's (as round 72's 求是 lead): cut whole as noise, with the distinctive
// "本公众号推出第二篇" listed again; the speech's name appears only inside the lead's sentence, so the title is "" (no title line
// of the speech is printed); "同志们!" glued to its paragraph stays (a salutation is body); no numbered points inside the
// capture. 02 is a speech (salutation, first person, "请允许我代表县委、县政府…"); its title is "" (the capture opens with the
// salutation). The "### " hashes are cut (regexCut, as round 48's aixzzs case) and the "**…**" bold marks are removed with
// their words listed as noise; the glued watermark is cut with the space before it. "竣工首先," has no sentence end before
// 首先 (the site dropped it), so it is prose, not a marker. 一、/二、/三、 are level-1 headings (whole lines); 1. and 2. open
// their lines under 三、 (level 2, a run of two, required) and, having no sentence end, give their whole lines as text
// (round 58's "1、…" precedent), 2.'s cut by the capture. 03–06 are written, not speeches; 06's title is "" (no headline).
// Living people's names that are not public figures (the couples, the guests, the staff, the old man) were replaced by
// fictional ones; the prose was rewritten. Public figures (杨静仁, 程子华, 张邦英, 李金德, 赵紫阳, 回良玉, 蒋宏坤) are kept.
// Looked for and not found on a new host: a 殡葬改革 动员/推进 讲话 with numbered points (wm114, lianshan, wtabcd, 004km are
// used); a 民政工作会议 讲话 in a 文库 or viewer (365docx, xiaomilidoc, m.wenke99, gongwen.com.cn, 1mishu are used; the rest are
// twins, below); a 集体婚礼 证婚 致辞 or 主持词 (only 010zaixian (used), novel chapters and news reports answered); a
// 养老服务推进会 讲话 (only news: m.pouringspot is used, taihe100.com's report is 499 characters in all, too short, and was
// released; ssyule.net is shorter still); a 婚姻登记 颁证 致辞 (news only); a traditional-script mirror of a 民政 or 殡葬 讲话
// (m.bjhyfc.net, m.jiamaocode.com, m.emrowgh.com, wencuigu.com are used). k392.com (a garbled traditional report of a 殡葬改革
// 座谈会 with "一要…;二要…;三要…") was claimed and released: its page is about 400 characters. So only two speeches, and only
// 02 carries numbered points.
// Template twins set aside: m.wendangku.net ("文档库 最新最全的文档下载 / 当前位置:文档库 › …", the docsj.com viewer template of
// round 37, as round 49 noted); xinyuwenchuang.cn (xiezuofangchengshi's "/doc/N.html" one-line preview, as round 33 noted);
// xsjgww.com (a traditional mirror of a meipian page carrying meipian's leaked '<p class="ql-block">' markup, the template
// of the shared corpus's case 59 on the used meipian.cn).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BF_LEAD1 = '1981年12月18日至28日,民政部在北京召开了第一次全国殡葬工作会议,回顾新中国推行殡葬改革以来正反两方面的经验,商讨今后做好殡葬工作的方针和政策。国务院副总理杨静仁出席会议并讲话。民政部部长程子华在开幕时讲话,民政部副部长张邦英作了题为《进一步加强殡葬改革工作,为建设社会主义精神文明而努力》的工作报告,民政部副部长李金德在闭幕时作总结讲话。会议确定了殡葬改革的方针:“坚决依靠群众,积极推行火葬,改革土葬,破除旧的丧葬习俗,要节俭办丧事,建设社会主义精神文明”,对统一思想、明确方向起了重要作用。全国29个省、自治区、直辖市民政厅(局)的负责同志、殡葬业务处长以及殡葬管理、火化设备研究单位的代表出席了会议。';
const BF_LEAD2 = '这次会议在殡葬改革的历程中有着里程碑式的意义。自1956年毛泽东等老一辈无产阶级革命家签名信导实行火化、不留遗体、不建坟墓,推行殡葬改革以来,这是召开的第一次全国殡葬工作会议。会议召开于“文革”结束、民政部刚刚恢复设立之时,起到了拨乱反正的作用,提出了殡葬改革的新目标、新举措,有力地推动了殡葬改革事业。';
const BF_LEAD3 = '本公众号推出第二篇《国务院副总理杨静仁在全国殡葬改革工作会议上的讲话》,意在回望历史,借鉴经验,以更加坚实的步伐推进新时代殡葬改革事业。';

const CJ_MARK = '本攵來自於權威的倉頡寫作網站,建議您在百度搜索倉頡寫作,拓展自己的寫作視野。';

export const specs = {
  '01-jianghua-bfbinzang-binzang-gaige-1981-wechat-lead-no-title': {
    source: 'http://www.bfbinzang.cn/news/show-3256.html',
    kind: 'speech: 讲话 (a vice-premier at the first national 殡葬 work meeting in 1981; reprinted under a WeChat account\'s lead on a funeral-service site)',
    tests: 'no page title in the capture; three lead paragraphs in the third person (the meeting\'s dates and speakers, a report title in 《》, the 方针 in quotes, its place in history with the site\'s typo "签名信导", and "本公众号推出第二篇《国务院副总理杨静仁在全国殡葬改革工作会议上的讲话》,…") — the site\'s lead, not the speech; the speech\'s name only inside that sentence (title ""); then "同志们:", the first paragraph in the first person ("我翻阅了几期会议简报"), and a second salutation "同志们!" glued to the next paragraph; no numbered points; cut mid-word ("政府工")',
    isSpeech: true,
    title: '',
    noise: [BF_LEAD1, BF_LEAD2, BF_LEAD3, '本公众号推出第二篇'],
    dropLines: [BF_LEAD1, BF_LEAD2, BF_LEAD3],
    outline: [],
  },
  '02-zhici-cangjie-laonian-huodong-zhongxin-markdown-glued-watermark-yi-arabic': {
    source: 'https://cangjie.cn/list/255254.html',
    kind: 'speech: 致辞 (a county leader at the completion of the county compound\'s 老年活动中心; AI-writing site)',
    tests: 'no title line: the capture opens with the salutation "尊敬的各位领导、来宾,亲爱的老年朋友们:"; the site dropped full stops, so "…圆满竣工首先,请允许我代表…" glues a courtesy 首先, to the previous sentence with no sentence end (prose, no marker) and body lines end without "。"; leaked Markdown: headings "### 一、…" / "### 二、…" / "### 三、…" and points "1. **绿色低碳**:…" / "2. **智慧助老**:…" with bold marks; the brand watermark in traditional script glued after the second heading ("### 二、项目基本情况 本攵來自於權威的倉頡寫作網站,建議您在百度搜索倉頡寫作,拓展自己的寫作視野。"); figures ("3000平方米", "500余万元"); cut mid-phrase ("以及")',
    isSpeech: true,
    title: '',
    noise: [CJ_MARK, '倉頡寫作', '**绿色低碳**', '**智慧助老**'],
    replace: [[' ' + CJ_MARK, ''], ['**绿色低碳**', '绿色低碳'], ['**智慧助老**', '智慧助老']],
    regexCut: ['### '],
    outline: [
      { level: 1, marker: '一、', text: '建设背景与意义' },
      { level: 1, marker: '二、', text: '项目基本情况' },
      { level: 1, marker: '三、', text: '建设中的亮点与创新' },
      { level: 2, marker: '1.', text: '绿色低碳:在设计和施工过程中,我们始终贯彻绿色环保理念,选用了节能材料,建设了雨水收集系统和太阳能光伏发电设施,有效降低了运营成本,也为老年人营造了更加健康舒适的环境' },
      { level: 2, marker: '2.', text: '智慧助老:活动中心引入了智能化管理系统,包括健康监测设备、紧急呼叫系统以及' },
    ],
  },
  '03-changyishu-yyweixin-dongzhi-wenming-jisi-meta-yi-not-speech': {
    source: 'http://www.yyweixin.cn/a/n6B4PKCT87963912.html',
    kind: 'non-speech: 倡议书 (a city\'s civilisation office and civil affairs bureau on civilised 冬至 rites; news-aggregator page)',
    tests: 'the title "冬至文明祭祀倡议书"; a "来源:消费保  时间:2019年02月22日 作者:张某某 " meta line; the addressee "广大市民朋友们:" (looks like a salutation); indented "一、厚养薄葬,丧事从简。…" / "二、…" / "三、…" points, each a first sentence glued to its body; the two issuing offices and the date on lines of their own; a stray user name "笋岗临时工"; a run of empty lines; the "【免责声明】:YY维新网…" disclaimer, "推荐文章" and a cut promo line — a written appeal, not a speech',
    isSpeech: false,
    title: '冬至文明祭祀倡议书',
    noise: [],
    outline: [],
  },
  '04-news-nxyaj-rijian-zhaoliao-zhongxin-shengrihui-split-headline-not-speech': {
    source: 'http://nxyaj.com/ylpx/37123170.htm',
    kind: 'non-speech: news report (a 老年日间照料中心 project launch and collective birthday party; a care company\'s page)',
    tests: 'the headline broken over three lines ("香格里拉老年日间照料中心" / "举行服务" / "项目启动仪式暨老年人生日会"); a long lead sentence naming the programme, the place and the guests (科长, 总经理); wishes in quotes ("“祝老寿星们生日快乐,福寿安康……”,…分别代表…送上生日祝福"); a double comma ",,"; an old man\'s words in quotes ending "”。"; a closing verse — a report in the third person, not a speech; the whole page',
    isSpeech: false,
    title: '香格里拉老年日间照料中心举行服务项目启动仪式暨老年人生日会',
    noise: [],
    outline: [],
  },
  '05-news-caswss-minzheng-huiyi-huiliangyu-crumb-subheads-not-speech': {
    source: 'https://caswss.org.cn/guoneiyaoxun/10797.html',
    kind: 'non-speech: news report (the 13th national 民政 meeting and a vice-premier\'s remarks; an association site\'s copy)',
    tests: 'an association site\'s bars "申请入会 中文/ EN" / "线上申请 线下申请" / "行业快讯" / "Notification announcement", a breadcrumb "当前位置: 首页 > 国内要讯"; the headline "回良玉:加强制度建设 推进民政事业又好又快发展" (a speaker and a quote, like a speech title), a 发布时间 line; three subheads (the lead "回良玉在第十三次全国民政会议上强调" and a two-line thematic headline); the award ceremony and the vice-premier\'s words reported in the third person ("回良玉在会上强调,…", "回良玉说,…", "回良玉指出,…") — a report, not a speech; cut mid-word ("决策部")',
    isSpeech: false,
    title: '回良玉:加强制度建设 推进民政事业又好又快发展',
    noise: [],
    outline: [],
  },
  '06-news-heiguang-jituan-hunli-zhenghun-quote-lead-not-speech': {
    source: 'http://heiguang.com/news/hydt/20060927/2084.html',
    kind: 'non-speech: news report (a city\'s collective wedding of a hundred couples with the mayor as witness; a photo site\'s news page)',
    tests: 'no headline in the capture; the page opens with the mayor\'s blessing in quotes, a stray space inside it ("“祝 你们…;祝你们…。”蒋宏坤代表南京市民…送上祝福") — it reads like a 证婚 致辞 for one sentence; then the event, couples, relatives and a bystander quoted in the third person ("…说:“…”", a space before one opening quote) — a report, not a speech; the whole page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
