// Gold specs for holdout round 109, part B (cases 07–12): student unions and class meetings (学生会 换届/成立大会, 竞选
// 学生会主席, 主题班会, 新生代表发言 — and their look-alikes: an activity plan, a news report, a novel chapter).
// Three spoken pieces: a freshman's 发言 at a university's 2020 opening ceremony on a school VSB-CMS page whose site name
// was replaced by a casino brand (bzhcar.com, "维多利亚老品牌值得信赖(China)官方网站-Global Reputation"): the brand line, a
// headline with a "【迎新季】" column tag, a "作者:学工办时间:… 浏览:字体:" meta line with an empty count, an image file name
// line "微信图片_…_副本.jpg", lines of a lone space, and the brand glued once more inside the speaker's first sentence where
// the school's name stood ("来自维多利亚老品牌值得信赖官方网站英语专业"); a courtesy "首先," inline after a full stop (a run of
// one, no item); cut mid-sentence ("憧憬着"); a freshman's 发言 at another university's opening and military-training
// ceremony (jhun.edu.cn): a "当前位置:首页  江大要闻" breadcrumb, the title, a "时间:… 浏览:2357设置" meta line, the title
// again, the speaker's byline "教育学院 2015级教育学专业  <name>", no numbered points, cut mid-word ("开"); a 元旦主题班会
// 主持词 on a parenting portal (m.pcbaby.com.cn) with no title and no site noise in the capture: 女:/男:/合: turns one a
// line, years set off by spaces ("女: 2011 年"), then the block heading "1、泡泡糖" opening the first game and its rules.
// Three look-alikes: a secondary school's news report of its 学生会成立大会 (txgqt.org.cn), told in the third person, whose
// vice-principal "提出六点希望:一是…;二是…;…六是…。" after a colon and semicolons — a report, so no outline; a
// 毕业主题班会设计 filed under 策划书 on a 范文 site (ibg100.cn): "首页 > 文书 > 策划书 >", the title, a 发布时间 line, then
// 活动目标/活动准备/活动过程 with 1、2、3、 items, "第一板块——…" section lines and 主持人: lines — a written plan, not a
// speech; a novel chapter on a traditional-script mirror (jnwofajixie.com) that opens inside a student's quoted
// campaign speech for 学生会主席 ("“各位敬愛的老師、親愛的同學,…", block "首先,…" and "其次,…" lines, "最后……”") and
// goes on in the third person — a novel, not a speech.
// Judgement calls: 07's title is the headline without its "【迎新季】" tag (the tag is listed as noise); the brand glued into
// the first sentence is cut as a glued brand (one `replace`), leaving "我是来自英语专业的新生…"; the image file name line is
// page chrome (as round 6 case 01). 08's byline (unit, class and name) is the speaker's own header line and stays, as
// round 6 case 03; the second copy of the title is cut as a repeat and not listed. 09 is a speech (addressed to the
// audience, first person), title "" (the page prints none); "1、泡泡糖" opens a paragraph, so it is a block heading, required
// though no 2、 follows inside the capture (a block marker needs no run); level 1 since nothing ranks above it. 10–12 are
// written, not speeches, so their outlines are empty; 10 and 12 print no headline in the capture (title ""). Names of
// private people (the freshmen, the school officials and student officers, the novel's characters) were replaced; the
// prose was rewritten.
// Looked for and not found on a new host: a 学生会换届/成立大会 讲话 by a teacher or 团委书记 with 一、/一是/第一 points (the
// corpus answers with school news reports; one such 老生代表 speech with a "一、身在其位,自谋其政:" heading came without an
// address; jcsycorp.com's 學生代表大會開幕式上的講話 with "三、" is a used host); a 竞选学生会主席 演讲稿 with numbered
// points (caihuazhai.com's 第一,/第二,/第三, piece, mingyanjiaju.org, liuxuequn.com and yrrf.cn are used); a 主题班会
// 主持词 on a template site (xjdkctz.com, 023dbbdf.com, whdslt.com, meipian.cn and m.xiaozhentang.com are used); a
// 新生代表发言 with 第一题/第二题 points (news.wit.edu.cn is used); onlinecha.com, m.kfanwen.com, 413yy.cn and
// 39.103.169.235 (开学典礼 student speeches) are used too. So only 09 carries a numbered point, and no speech has two.
// Template twins set aside: m.banwoyixia.com (the "/wenku/<4 letters>/<id>" farm of the used yrrf.cn, lovfp.com,
// zgxue.com, baomayou.com, xiaozhentang.com), m.runthegoodtimes.com (the ruiwen family: "- 相關推薦" over the title, a
// glued apostrophe), yjbys.com (ruiwen's "时间:… 发言稿 我要投稿" meta; also used), mip.ch1234.com (the "/jxfw/<yyyymm>/"
// farm used many times), m-51test-net-bucket.bj.bcebos.com (a used mirror of the used 51test.net).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BZ_BRAND = '维多利亚老品牌值得信赖(China)官方网站-Global Reputation';
const BZ_TAG = '【迎新季】';
const BZ_TITLE = '学生林嘉禾在学校2020级新生开学典礼上的发言';
const BZ_META = '作者:学工办时间:2020-09-25 11:20浏览:字体:';
const BZ_IMG = '微信图片_20200924204125_副本.jpg';
const BZ_GLUED = '维多利亚老品牌值得信赖官方网站';

const JH_CRUMB = '当前位置:首页  江大要闻';
const JH_TITLE = '2015年开学典礼暨军训开营仪式上的新生发言';
const JH_META = '时间:2015-09-06 22:59:35浏览:2357设置';

export const specs = {
  '07-fayan-bzhcar-xinsheng-kaixue-casino-brand-meta-imgname': {
    source: 'http://bzhcar.com/info/1030/9853.htm',
    kind: 'speech: 发言 (a freshman at a university\'s 2020 opening ceremony; school CMS page under a casino brand)',
    tests: 'a casino brand line "维多利亚老品牌值得信赖(China)官方网站-Global Reputation" where the school\'s name stood; the headline with a "【迎新季】" column tag; a "作者:学工办时间:2020-09-25 11:20浏览:字体:" meta line (empty count, fields run together); an image file name line "微信图片_20200924204125_副本.jpg"; lines holding only spaces; indented paragraphs; the brand glued again inside the first sentence ("我是来自维多利亚老品牌值得信赖官方网站英语专业的新生"); a courtesy "首先," inline after a full stop (a run of one, no item); "......" with a space after it; cut mid-sentence ("憧憬着")',
    isSpeech: true,
    title: BZ_TITLE,
    noise: [BZ_BRAND, BZ_TAG, BZ_META, BZ_IMG, BZ_GLUED],
    replace: [[BZ_GLUED, '']],
    dropLines: [BZ_BRAND, BZ_TAG + BZ_TITLE, BZ_META, BZ_IMG],
    outline: [],
  },
  '08-fayan-jhun-xinsheng-junxun-crumb-meta-title-twice-byline': {
    source: 'http://www.jhun.edu.cn/25/b5/c208a9653/page.htm',
    kind: 'speech: 发言 (a freshman at a university\'s opening and military-training ceremony; university news page)',
    tests: 'a breadcrumb "当前位置:首页  江大要闻" (double space); the title; a "时间:2015-09-06 22:59:35浏览:2357设置" meta line with the fields run together; lines of a lone space; the title again under the meta line; the speaker\'s byline "教育学院 2015级教育学专业  葛思远" (kept as the speech\'s header); salutation; "想象中,…;想象中,…" parallel clauses ending "......"; no numbered points; cut mid-word ("一毛钱一壶的开")',
    isSpeech: true,
    title: JH_TITLE,
    noise: [JH_CRUMB, JH_META, '浏览:2357'],
    dropLines: [JH_CRUMB, JH_TITLE, JH_META],
    outline: [],
  },
  '09-zhuchici-pcbaby-yuandan-banhui-nan-nv-he-no-title-arabic-game': {
    source: 'https://m.pcbaby.com.cn/x/184/1846226.html',
    kind: 'speech: 主持词 (a 元旦 theme class meeting, two pupils hosting; parenting portal)',
    tests: 'no title and no site noise in the capture; 女:/男:/合: turns one a line, lines ending in commas and semicolons, years set off by spaces ("女: 2011 年…", "…我们宣布 2012 年“元旦快乐”主题班会正式开始!"); the block heading "1、泡泡糖" (a game\'s name, no 2、 inside the capture) and the game\'s rules as one long paragraph; do-no-harm for the turns',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1、', text: '泡泡糖' },
    ],
  },
  '10-news-txgqt-xueshenghui-chengli-dahui-liudian-xiwang-yishi-not-speech': {
    source: 'http://txgqt.org.cn/news_view.asp?AID=32378',
    kind: 'non-speech: news report (a health school\'s 学生会成立大会; youth league site)',
    tests: 'no headline in the capture; the meeting told in the third person (议程, 宣读名单, 会旗交接, 宣誓); the vice-principal "提出六点希望:一是严于律己、以身作则;二是…;…六是处理好学习与工作的关系。" after a colon and semicolons inside a report; a slogan line "不忘初心,牢记使命,砥砺前行!" at the end — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-cehuashu-ibg100-biye-zhuti-banhui-sheji-crumb-date-not-speech': {
    source: 'http://www.ibg100.cn/wenshu/180770/',
    kind: 'non-speech: 活动策划 (a graduation theme class meeting plan, filed under 策划书; 范文 site)',
    tests: 'a breadcrumb "首页 > 文书 > 策划书 >", the title, a 发布时间 line; 活动目标:/活动准备:/活动过程: labels with 1、2、3、 items that restart under each; "第一板块——谈话引主题" section lines; 主持人: lines addressed to 同学们 inside a written plan — not a speech; cut mid-sentence',
    isSpeech: false,
    title: '明天,我们毕业主题班会设计',
    noise: [],
    outline: [],
  },
  '12-novel-jnwofajixie-big5-xueshenghui-jingxuan-quoted-shouxian-qici-not-speech': {
    source: 'http://www.jnwofajixie.com/book/7574/1976968_2.html',
    kind: 'non-speech: novel (traditional-script mirror; a chapter page opening inside a quoted 学生会主席 campaign speech)',
    tests: 'traditional script with converted forms ("這里", "并且", "最后"); the page opens with an opening quotation mark and a salutation ("“各位敬愛的老師、親愛的同學,你們好,…"); block "首先,…" and "其次,…" lines and a "最后……”" line inside the quote, cut short with "……"; then third-person narration and a teacher\'s quoted remark — a novel, not a speech; cut mid-sentence ("本來如果韓野")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
