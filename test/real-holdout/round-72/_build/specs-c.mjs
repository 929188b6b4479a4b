// Gold specs for holdout round 72, part C (cases 13–18): cyberspace, informatisation and digital government (网信, 信息化,
// 数字政府, 网络安全宣传周). Three spoken pieces (a deputy head of a provincial education department speaking at the
// province's 电化教育 (education-informatisation) work conference, on a gambling-branded mirror of an education site: the
// breadcrumb "当前位置: 首页 >> 教育信息化 >>教育信息化 >>正文", the headline naming speaker, occasion and genre, a meta line
// "2018年03月28日 来源:bet55365  点击: 1250 次" whose source field carries the mirror's casino brand, a lone-space line,
// the speech's own slogan heading printed on two lines ("迎接新挑战  展现新作为" / "努力开创全省电教工作新局面"), the
// salutation, the site's typo "经验文流" kept, a block "一、" heading, a "(一)" heading with ASCII brackets and a paragraph
// opening with a block "一是" whose "二是"/"三是" follow full stops, cut mid-phrase ("河南历史地理"); a speech at the
// 2003 "中国企业信息化500强" release and award ceremony on an EmpireCMS site: the title, the empty-field meta line
// "来源:  投稿人:宋玲   浏览次数:", a six-group salutation, "大家下午好!" on its own line after two indent spaces, lines
// indented with two spaces or none, a quoted plenum sentence, no numbered points, cut mid-word ("注"); a city party
// secretary's 致辞 opening the 2018 中国网络媒体论坛, on a news portal: a press lead paragraph, a photo caption, the label
// "以下是致辞全文:", then the salutation — no title of the speech's own in the capture, no numbered points, cut mid-word
// ("宣传思想工")) and three written look-alikes (a spy novel's chapter on a reading site in which a vice-minister briefs a
// meeting on a cyber-attack and an agent answers "我下面分四点…。第一是…": the chapter heading "第264章 严峻形势(2/3)", the
// book line "作品:《谍战佣兵樵夫" with its lost closing bracket, the text starting mid-word ("害单位"), a site watermark
// "新八一首发" glued after a closing quotation mark, the site's 下面→正面 slip twice, "a国"; a company's news post on a
// 网络舆情 training session on a gambling-branded, word-spun copy: the company name replaced by "人生就是博(中国区)官方网站",
// a mis-encoded run where the session's speakers were listed, spun words (生长, 目今, 事情现真相形, 聚会, 加入, 步伐, 步队),
// then the discipline secretary's requirements as block paragraphs "一要…"/"二要…"/"三要…" in the third person — a report,
// not a speech; a financial news site's report of a county's 网络安全宣传周 launch: the outlet's "市场星报、安徽财经网
// (www.ahcaijing.com)讯:" lead, the county secretary's speech reported as "…指出:" / "…要求:要…。要…。要…。要…。" /
// "…希望:" and the county head's remarks "在主持启动仪式时指出:" — speech verbs and sentence-initial 要 runs, third person).
// Judgement calls: 13's title is the site headline that names the genre (讲话), as round 34's 10 ("the '在…讲话' line is the
// title"); the two slogan lines are the speech's own heading and stay as two body lines (no marker, no outline item); the
// breadcrumb and the meta line are noise, the headline line is the title (dropped, not listed); the block "一是" opens its
// paragraph and "二是"/"三是" follow full stops, so all three are required level-3 items under "(一)" (as round 50's 02, one
// run). 14's first line is the title; the meta line is noise (with its poster name as a shorter string). 15 has no title
// of its own: the press lead, the caption and the "以下是致辞全文:" label are noise (as the shared convention for a press
// page's lead), the speech starts at the salutation; the city secretary is a public office holder and stays. 16–18 are not
// speeches; 16's "第一是" sits inside a character's quoted remarks in a novel. Names of private people in 13 (a school), 16
// (novel characters), 17 (company staff) and 18 (county officials, the county and its square) were replaced by fictional ones.
// Only one of the three speeches carries numbered points; the corpus held no other theme speech with points on a new host.
// Looked for and not found on a new host: a 网信工作会议 / 网络安全和信息化委员会 讲话 on a template site (bimoxiezuo,
// laowenmi, xiezuomuban, 39ysw, shituxiezuo, kuaichafanwen, 92read, xiezuozhinan, biganzicankao, cngongwen, wm114, mswk,
// gongwk, 6dgww are used); a 网络安全宣传周 启动仪式 讲话/致辞 or 主持词 as a document (the corpus answers with news reports
// only); a 数字政府/政务服务 speech (gongwk, laobiganzi, be000, mswk, wm114 used); a traditional-script mirror of a 信息化
// speech (tmdps, zh056, yishupeixun, regraff, 023dbbdf used). Template twins set aside: huatuo3.com ("您的当前位置:首页正文 /
// 来源:X网" of round 10's yrrf and the shared corpus's huatuo3.cn), kkjlw.com ("<site> / 位置:首頁 > 實用文 > … / 發言稿8.68K",
// the lgfwz/bowengu template of rounds 15 and 26), 9x1x.cn ("<spam>:<title> / 来源:百度文库 编辑:…新闻 时间:", round 31's okb,
// already named by round 58), guangzhou./changsha./nanjing.baogaosu.com (subdomains of the used baogaosu family),
// 114.115.135.121 (an IP mirror of the used e-gov.org.cn, same "来源:… 更新时间:" head), tech.sina.com.cn (sina's CMS,
// sister subdomains used), www.china.com.cn (big5.china.com.cn used). anctzx.com shares only the generic CMS breadcrumb
// "当前位置: 首页 >> … >> 正文" with round 44's caztc and round 47's starwayservice (different meta lines and source sites),
// so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AN_CRUMB = '当前位置: 首页 >> 教育信息化 >>教育信息化 >>正文';
const AN_TITLE = '省教育厅副厅长刁玉华在2018年全省电化教育工作会议上的讲话';
const AN_META = '2018年03月28日 来源:bet55365  点击: 1250 次';

const QY_TITLE = '在“中国企业信息化500强”发布会暨颁奖典礼上的讲话';
const QY_META = '来源:  投稿人:宋玲   浏览次数:';

const CH_LEAD = '央视网讯 2018中国网络媒体论坛9月6日在浙江宁波举行,浙江省委副书记、宁波市委书记郑栅洁出席开幕式暨主论坛并发表致辞。郑栅洁在致辞中指出,要不断创新机制和模式,进一步壮大主流思想舆论,让正能量更加充沛、主旋律更加高昂。';
const CH_CAPTION = '郑栅洁出席2018中国网络媒体论坛开幕式暨主论坛并发表致辞';
const CH_LABEL = '以下是致辞全文:';

export const specs = {
  '13-jianghua-anctzx-dianhua-jiaoyu-crumb-meta-slogan-title-yi-paren-yishi': {
    source: 'https://anctzx.com/html/ShowNews.aspxid12000.html',
    kind: 'speech: 讲话 (a deputy head of the provincial education department at the province\'s 电化教育 / education-informatisation work conference; gambling-branded mirror of an education site)',
    tests: 'a "当前位置: 首页 >> 教育信息化 >>教育信息化 >>正文" breadcrumb; the headline naming speaker, occasion and genre; a meta line "2018年03月28日 来源:bet55365  点击: 1250 次" with the mirror\'s casino brand as the source; a lone-space line; the speech\'s own slogan heading on two lines ("迎接新挑战  展现新作为" / "努力开创全省电教工作新局面", kept as body lines); "同志们:"; the typo "经验文流" kept; a block "一、" heading, an ASCII "(一)" heading, then a paragraph opening with a block "一是" and continuing with "二是"/"三是" after full stops (one run, level 3); a quoted document title with "(试行)"; cut mid-phrase ("河南历史地理")',
    isSpeech: true,
    title: AN_TITLE,
    noise: [AN_CRUMB, AN_META],
    dropLines: [AN_CRUMB, AN_TITLE, AN_META],
    outline: [
      { level: 1, marker: '一、', text: '肯定成绩,正视不足,回顾总结电化教育工作' },
      { level: 2, marker: '(一)', text: '基础教育资源公共服务平台建设迈出新步伐' },
      { level: 3, marker: '一是', text: '“三通两平台”建设迈出新步伐' },
      { level: 3, marker: '二是', text: '数字教材建设迈出新步伐' },
      { level: 3, marker: '三是', text: '资源建设迈出新步伐' },
    ],
  },
  '14-jianghua-59180-qiye-xinxihua-500qiang-tougaoren-meta': {
    source: 'http://59180.com/e/action/ShowInfo.php?classid=29&id=3166',
    kind: 'speech: 讲话 (an organiser at the 2003 "中国企业信息化500强" release and award ceremony; EmpireCMS article page)',
    tests: 'the title on the first line (with full-width quotation marks around the event name); an empty-field meta line "来源:  投稿人:宋玲   浏览次数:" (poster name between blank source and view-count fields); a salutation naming six groups; "大家下午好!" on its own line after two indent spaces, the next paragraph with no indent; quoted party-congress formulas, a date "2002年10月9日", a plenum sentence after a colon; no numbered points ("第一套", "第一次" are prose); cut mid-word ("注")',
    isSpeech: true,
    title: QY_TITLE,
    noise: [QY_META, '投稿人:宋玲'],
    dropLines: [QY_TITLE, QY_META],
    outline: [],
  },
  '15-zhici-cnhan-wangluo-meiti-luntan-press-lead-no-title': {
    source: 'http://news.cnhan.com/html/guonei/20180906/986144.htm',
    kind: 'speech: 致辞 (a city party secretary opening the 2018 中国网络媒体论坛; news-portal reprint)',
    tests: 'a press lead paragraph in the third person ("央视网讯 …出席开幕式暨主论坛并发表致辞。…在致辞中指出…"), a photo caption line, the label "以下是致辞全文:", then the speech from its salutation — no title of the speech\'s own; "大家上午好!" glued to the welcome sentence; one long paragraph of figures (万亿元, 9.4%, 第1位和第4位) and quoted slogans; no numbered points; cut mid-word ("宣传思想工")',
    isSpeech: true,
    title: '',
    noise: [CH_LEAD, CH_CAPTION, CH_LABEL],
    dropLines: [CH_LEAD, CH_CAPTION, CH_LABEL],
    outline: [],
  },
  '16-novel-88gp-wangluo-anquan-huiyi-diyishi-watermark-not-speech': {
    source: 'https://88gp.org/47/47615/264_2.html',
    kind: 'non-speech: novel (a spy novel\'s chapter: a vice-minister briefs a meeting on a cyber-attack, an agent answers in points)',
    tests: 'a reading-site page of a novel: the chapter heading "第264章 严峻形势(2/3)", the book line "作品:《谍战佣兵樵夫" with its closing bracket lost, the text starting mid-word ("害单位"); quoted briefing speech with figures on 网民; a site watermark "新八一首发" glued after a closing quotation mark; the site\'s slip 正面 for 下面 twice; a character\'s quoted reply opening "尊敬的各位首长!" and "我下面分四点…。第一是…" — speech inside narration, not a speech page',
    isSpeech: false,
    title: '第264章 严峻形势(2/3)',
  },
  '17-news-jxczxtl-yuqing-peixun-spun-mojibake-yiyao-not-speech': {
    source: 'https://m.jxczxtl.com/gsxw/1150.html',
    kind: 'non-speech: news report (a company\'s 网络舆情 training session; gambling-branded, word-spun copy)',
    tests: 'a company news post whose name was replaced by "人生就是博(中国区)官方网站"; a mis-encoded run with U+FFFD where the speakers were listed; spun synonyms throughout (生长, 目今, 事情现真相形, 聚会, 加入, 步伐, 步队, 惩罚); the discipline secretary "主持聚会并讲话" in the third person, then his requirements as block paragraphs "一要…" / "二要…" / "三要…" (cut after "三要严酷落实网络舆情的应对") — a report summarising a speech, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '18-news-ahcaijing-wangan-zhou-qidong-yao-not-speech': {
    source: 'http://www.ahcaijing.com/html/2020/suzhou_0914/197682.html',
    kind: 'non-speech: news report (a county\'s 2020 网络安全宣传周 launch ceremony; financial news site)',
    tests: 'the outlet lead "市场星报、安徽财经网(www.ahcaijing.com)讯:" glued to the first sentence; a list of attending officials; the county secretary\'s speech reported paragraph by paragraph as "…在讲话中指出:" / "…要求:…要…。要…。要…。要…。" / "…希望:…" and the county head\'s remarks "在主持启动仪式时指出:" — sentence-initial 要 runs and speech verbs in the third person, not a speech; no title in the capture; cut mid-phrase ("网络安全宣传")',
    isSpeech: false,
    title: '',
  },
};
