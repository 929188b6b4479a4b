// Gold specs for holdout round 12, part b (cases 07–12), written from page.txt alone, before any engine ran on it.
// Aimed at mobile and template pages (m. 文库 pages, a site whose node list failed, a blog, a ministry page).
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const ZG_TAIL = '因篇幅问题不能全部显示,请点此查看更多更全内容';

const YC_TITLE = '1951年11月1日在中国人民政治协商会议第一届全国委员会第三次会议上致闭幕词';
const YC_CHROME = [
  '推荐图片',
  '指定了不存在的节点ID',
  '实况录音',
  '首页 · 伟人风采 · 音影视频 · 实况录音 · 详细内容',
  '来源:韶山网作者:admin发布时间:2017-10-12 10:21 浏览次数: 次 【字体:',
];

export const specs = {
  '07-zhuchici-zgxue-mobile-wenku-no-title-agenda-blanks-pianfu-tail': {
    source: 'https://m.zgxue.com/wenku/ceeb/EKGe8EXg60',
    kind: 'speech: 主持词 (school sports meet opening ceremony; mobile 文库 page)',
    tests: 'a mobile 文库 page whose capture opens with the salutation (no title, no site header); "20xx" and a "_______" blank glued before the next sentence; agenda lines "大会进行第一项:"…"第九项:" (ordinal + noun, not at the start as a marker, so no outline), some with the speaker left blank ("请 宣读…"); "最后祝…" without a comma (no marker) and a stage direction after a space on the same line; the "因篇幅问题不能全部显示,请点此查看更多更全内容" tail',
    isSpeech: true,
    title: '',
    noise: [ZG_TAIL, '请点此查看更多更全内容'],
    dropLines: [ZG_TAIL],
    outline: [],
  },
  '08-bimuci-yuchenmz-nodeid-chrome-breadcrumb-meta-glued-salutation': {
    source: 'https://yuchenmz.com/html/Item11711.aspx.html',
    kind: 'speech: 闭幕词 (1951 national committee session; memorial site)',
    tests: 'a memorial site\'s article page: a "推荐图片" label, an indented CMS error ("指定了不存在的节点ID") where a node list failed, a section label "实况录音", a "·"-separated breadcrumb; the title starts with the date ("1951年11月1日在…会议上致闭幕词"); a run-together 来源/作者/发布时间/浏览次数 line with an empty count and a cut "【字体:"; the speech is one indented paragraph opening "同志们," with a comma (salutation glued to the body), no outline',
    isSpeech: true,
    title: YC_TITLE,
    noise: YC_CHROME,
    dropLines: [...YC_CHROME, YC_TITLE],
    outline: [],
  },
  '09-jianghua-littlestuffedanimals-yundonghui-no-title-zuihou': {
    source: 'https://littlestuffedanimals.com/blog-1930963.html',
    kind: 'speech: 讲话 (primary school winter sports meet opening)',
    tests: 'a blog page with no title and no site noise: the salutation and "大家早上好!" on lines of their own; quoted slogans; a typo kept ("赛也水平"); "同时请允许我…宣誓:" (no marker); a closing "最后," paragraph with no 首先 run; do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '最后,', text: '祝愿本次运动会圆满成功', optional: true },
    ],
  },
  '10-zhuchici-baomayou-mobile-jiayi-mid-script-no-salutation': {
    source: 'http://m.baomayou.com/wenku/aarc/Kdozj4rDm1',
    kind: 'speech: 主持词 (school arts festival opening, two hosts; mobile 文库 page)',
    tests: 'a mobile 文库 page whose capture starts in the middle of a two-host script: no title, no salutation, every line labelled "甲:" or "乙:"; "xx"/"XX" placeholders; names the template dropped ("有请我们的为…致开幕词", "感谢钟的讲话!"); "最后," after a label (not at the start of the line, so no marker); no site noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '11-zhici-mfa-zhaodaihui-split-salutation-no-title': {
    source: 'https://www.mfa.gov.cn/web/dszlsjt_673036/201701/t20170127_5339669.shtml',
    kind: 'speech: 致辞 (embassy Spring Festival reception)',
    tests: 'a ministry page captured without its title: the salutation split over two lines ("尊敬的各位来宾," / "女士们、先生们、朋友们:"), a mid-speech re-address "女士们、先生们," on its own line; a space before an opening quotation mark (因为 “鸡”); figures with % and 万; text cut mid-sentence ("各自的发展以及"); no noise, no outline',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '12-article-bazhongol-shuzhibaogao-not-speech': {
    source: 'https://www.bazhongol.com/jxuzs/202506/588530.html',
    kind: 'non-speech: article (what a 述职报告 is)',
    tests: 'an explainer on the 述职报告 genre, not a speech: no title in the capture, a question-led opening ("那么,述职报告到底是什么?"), "1. 开头部分:"…"5. 未来工作计划:" lines after a colon, and 总的来说/需要提醒的是 paragraphs; no audience addressed',
    isSpeech: false,
    title: '',
  },
};
