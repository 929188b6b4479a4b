// Gold specs for holdout round 13, staging part a (cases 01–06): look-alikes next to speeches. Three pages of
// written genres that open or read like a speech (a 述职报告 collection whose first piece opens with 尊敬的各位领导、
// 各位同仁:, a 学习教育 心得体会 that says "下面,我将从几个方面谈谈…" over 一、/二、 headings, a government news item
// that reports a deputy director's 一是/二是/三是 requirements) and three spoken pieces they stand next to (a 交流
// 发言 at an industry association meeting, a 座谈会 讲话 with an 一、 heading, a new mayor's 就职 remarks). Written from
// page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see ../../README.md
// for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then
// `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what
// is left are the paragraphs. Titles, noise and outlines are written by hand here.

const JS_TITLE = '2023年在全市人才代表座谈会上讲话';
const JS_BREAD = '当前位置:首页 >专题范文 > 讲话稿 > ' + JS_TITLE;
const JS_META = '发布时间: 2023-05-18 10:24:01 来源:网友投稿';
const JS_PROMO = '下面是小编为大家整理的' + JS_TITLE + ',供大家参考。';
const JS_SUMMARY =
  '同志们:借今天这个机会,我想接着大家刚才聊到的话题,围绕拥抱新时代、奋进新**、开启新征程,和大家作三个方面的交流和探讨。' +
  '一、我们身处的新时代,是一个人才辈出、英才汇聚的时代,要站高望远看全局在' + JS_PROMO;

export const specs = {
  '01-shuzhi-tcysjy-collection-pian1-glued-salutation-hidden-not-speech': {
    source: 'https://tcysjy.com/xuexiao/xuexiaoshuzhi/9430.html',
    kind: 'non-speech: 述职报告 (a collection of eight 小学校长 述职报告)',
    tests: 'a 述职报告 collection page (a written report genre by the corpus rules) dressed like a speech page: the page title "…述职报告范文锦集八篇", a 小编 promo, the piece heading "小学学校校长述职报告 篇1" glued to the salutation "尊敬的各位领导、各位同仁:", "大家好!" on its own line, "现将…工作…进行汇报,请各位领导、各位同仁批评指正", 一、 headings with a space after the marker and a 1、 point under 二、; a "……此处隐藏20613个字……" marker glued mid-line, after which the text is another piece (its "——…" line with an inline 1、); the spinner\'s "我们大家" for 我们 — not a speech, although it addresses leaders and colleagues and has an outline',
    isSpeech: false,
    title: '小学学校校长述职报告',
  },
  '02-fayan-qiyeku-oneline-dy-placeholder-xx-ordinal-noun': {
    source: 'https://m.qiyeku.com/xinwen/show/610982.html',
    kind: 'speech: 发言 (交流发言 of a provincial 计量 official at a 衡器协会 meeting; on a B2B news page)',
    tests: 'no title and no site noise in the capture; the whole 发言 on one line, paragraphs joined by a single space, the salutation glued to the first sentence ("各位领导、各位代表上午好! 刚才…"); the site\'s advertising-law filter replaced 第一 with "{dy}" ("{dy}个是", "{dy}任总统", "{dy}部《宪法》") and some words with "xx" ("有种xx的感情", "xx机构", "xx中央政府", "xx制"); "我可以用三个事实来说明这一点," then the three given as "{dy}个是…。" (after a comma), "第二个是…。" (ordinal + noun) and "第三,…" (after a full stop, continuing no run); a ranking "第二名指南针,第十一名衡器,…" that is no list',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '{dy}个是', text: '福布斯', optional: true },
      { level: 1, marker: '第二个是', text: '当今的国际贸易', optional: true },
      { level: 1, marker: '第三,', text: '两百多年前,美国{dy}任总统华盛顿颁布{dy}部《宪法》,明确规定了xx中央政府的六项行政权', optional: true },
    ],
  },
  '03-xinde-whmj-liangxue-byline-yi-headings-not-speech': {
    source: 'https://whmj.org.cn/exchange-field/2117.html',
    kind: 'non-speech: 心得体会 (a party member\'s "两学一跟" 学习教育 心得, on a 民主党派 site\'s exchange column)',
    tests: 'a written 心得体会 on studying the 系列讲话 that reads like a talk: no title, a bare author name on the first line, then "下面,我将从几个方面谈谈 “两学一跟”学习教育的心得体会。" (a space before the quotation) and 一、/二、 heading lines (the first with a space after 一、) over long paragraphs; no salutation and no address to an audience — not a speech by its genre, although a 研讨/交流发言 on the same subject would be one',
    isSpeech: false,
    title: '',
  },
  '04-jianghua-jsjstd-zuotanhui-breadcrumb-summary-promo-title-thrice-yi': {
    source: 'https://jsjstd.com/zhuantifanwen/jianghuagao/42355.html',
    kind: 'speech: 讲话 (在全市人才代表座谈会上)',
    tests: 'a template-site page: a "当前位置:首页 >专题范文 > 讲话稿 > <title>" breadcrumb, the title, a "发布时间: … 来源:网友投稿" line, then a site summary that runs the salutation, the opening, the 一、 heading and the first character of the next paragraph ("…看全局在") together and glues the 小编 promo to it ("在下面是小编为大家整理的<title>,供大家参考。"); the title again, then the speech with blank lines between paragraphs: "同志们:" alone, an opening that announces "三个方面", an 一、 heading line (no sentence end; the capture ends before 二、), a "**" placeholder ("奋进新**"), "第一次" inside a sentence; text cut mid-phrase ("伟大复兴、赢")',
    isSpeech: true,
    title: JS_TITLE,
    noise: [JS_BREAD, JS_META, JS_SUMMARY, JS_PROMO],
    dropLines: [JS_BREAD, JS_META, JS_SUMMARY, JS_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '我们身处的新时代,是一个人才辈出、英才汇聚的时代,要站高望远看全局' },
    ],
  },
  '05-news-wjgov-pingbihui-yishi-after-colon-not-speech': {
    source: 'https://www.wj.gov.cn/html/czwj/2024/FAOKPMFH_0102/475120.html',
    kind: 'non-speech: news report (a district tax bureau\'s project review meeting, on a government site)',
    tests: 'a government news item under a "您当前的位置:首页> 政务动态> 部门动态> 内容" breadcrumb: a dated lead ("12月27日,区税务局举行…"), attendance and results in the third person, then "他对新一年的重点工作提了三点要求:一是…。二是…。三是…。" — an inline 一是 after a colon and 二是/三是 after full stops, the shape of a speech\'s points, in a report; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '06-jiuzhi-51xueba-shizhang-no-title-placeholders-cut': {
    source: 'https://m.51xueba.com/fanwen/daquan/a4/82378.html',
    kind: 'speech: 就职讲话 (a newly elected mayor to the 人大 session)',
    tests: 'no title and no site noise: the capture opens with the addressee line "主任、副主任、各位代表:" (the 人大 presidium and deputies, a salutation that could pass for a report\'s addressee) and speaks in the first person ("选举我担任市人民政府市长"); "××" placeholders for the city and its population; "我要说的第一句话就是:" (第一 inside a sentence, no marker); "有三大历史任务需要我们去完成" announces points the capture never reaches; text cut mid-sentence ("共同奋斗,努力")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
};
