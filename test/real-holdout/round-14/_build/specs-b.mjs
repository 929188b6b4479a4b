// Gold specs for holdout round 14, staging part b (cases 07–12): 党课 and other long 党建 talks, and what looks like
// them. Four spoken pieces (a 七一 党课 flattened onto one line inside a 文库 viewer with page counters, a company
// party branch's 廉政党课 under a generic CMS title with the speaker's byline and date, a 书记 党课 on a collection page
// whose piece heading carries the title and whose salutation is glued to the first sentence, a 专题党课 whose own title
// calls it a 讲话提纲 although it is a full spoken text) and two written ones (a 党课 course handout with an outline and
// coded knowledge points, a 学习体会 on the 七一 speech by a 党总支书记 under a hijacked byline, with inline 一是/二是/三是).
// Written from page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see
// ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.

const LS_TITLE = '2021年七一前夕的党课讲稿文——铭记初心担使命 砥砺奋进正当时';
const LS_TITLE_GLUED = '2021年七一前夕的党课讲稿文——铭记初心担使命砥砺奋进正当时';
const LS_CHROME = [
  '首页',
  '资源预览文档简介为自动调取,内容显示的完整度及准确度或有误差,请您下载后查看完整的文档内容。',
  '1/43',
  '2/43',
  '剩余41页未读,查看更多内容需下载',
];

const LK_TITLE = '“为民务实清廉”党风廉政建设专题党课';
const LK_CHROME = ['| 党的建设', '2022年第二季度党课', '作者:管理员发布时间:2022/05/11 10:25浏览量:'];

const FF_PAGE_TITLE = '支部书记党课讲稿(完整)';
const FF_CHROME = [
  '当前位置:首页 > 专题范文 > 党课下载 >',
  FF_PAGE_TITLE,
  '时间:2022-08-17 11:45:03 来源:网友投稿',
  '下面是小编为大家整理的支部书记党课讲稿(完整),供大家参考。',
  '每个人都曾试图在平淡的学习、工作和生活中写一篇文章。写作是培养人的观察、联想、想象、思维和记忆的重要手段。范文书写有哪些要求呢?我们怎样才能写好一篇范文呢?下面我给大家整理了一些优秀范文,希望能够帮助到大家,我们一起来看一看吧。',
];
const FF_TITLE = '2022年支部书记党课讲稿';

const OL_TITLE = '区委宣传部党史学习教育专题党课讲话提纲';

export const specs = {
  '07-dangke-lianshan-viewer-page-count-oneline-title-glued-yi-inline-cut': {
    source: 'https://lianshan.net/content/785980.html',
    kind: 'speech: 党课讲稿 (七一 党课 to a unit\'s party members; a 文库 document viewer)',
    tests: 'a document viewer: "首页", the file title (with a space inside the subtitle: "…担使命 砥砺奋进正当时"), a "资源预览文档简介为自动调取,…请您下载后查看完整的文档内容。" disclaimer, the page counters "1/43" and "2/43" on lines of their own, "剩余41页未读,查看更多内容需下载", then the whole document flattened onto one line with paragraphs joined by double spaces: the title again (without the space) glued before "同志们:", the opening, "下面,我就…讲三个问题。" and an inline "一、…是什么" heading followed by three spaces and its body (after a full stop; the capture ends before 二、); an "xx" placeholder ("xx村民"); text cut mid-phrase ("国家底子薄弱")',
    isSpeech: true,
    title: LS_TITLE,
    noise: LS_CHROME,
    replace: [[LS_TITLE_GLUED + '  同志们:', '同志们:']],
    dropLines: [...LS_CHROME, LS_TITLE],
    outline: [{ level: 1, marker: '一、', text: '中国共产党自创立以来的初心是什么', optional: true }],
  },
  '08-dangke-whlksw-company-cms-title-meta-byline-date-lianzheng-typos-yi': {
    source: 'http://whlksw.com/a/gongsiguifan/20220627/2394.html',
    kind: 'speech: 廉政党课 (党风廉政建设专题党课 of a water company\'s party branch secretary; the company\'s own site)',
    tests: 'an enterprise site: the tail of a breadcrumb "| 党的建设", the CMS article title "2022年第二季度党课" (a generic label, not the talk\'s name), a run-together meta line "作者:管理员发布时间:… 浏览量:" with no count, then the talk\'s own title in quotes, the speaker\'s byline (company, position, name on one line) and the date in parentheses; paragraphs indented with runs of spaces; the site\'s typos kept (党凤廉政 twice, 廉沽, 糜政, 刚宜, "、行政腐败"), mixed ASCII and curly quotes ("“廉\\"", "\\"廉政”"); an 一、 heading line; text cut mid-word ("秉")',
    isSpeech: true,
    title: LK_TITLE,
    noise: LK_CHROME,
    dropLines: [...LK_CHROME, LK_TITLE],
    outline: [{ level: 1, marker: '一、', text: '廉政的内涵和历史沿革' }],
  },
  '09-dangke-fashionfield-breadcrumb-title-twice-promo-filler-diyipian-glued-salutation-low9-quotes': {
    source: 'https://fashionfield.cn/zhuantifanwen/dangkexiazai/45797.html',
    kind: 'speech: 党课讲稿 (a 支部书记\'s 党课 on the party\'s birthday, on 廉政; a template site\'s collection page)',
    tests: 'a template collection page: a "当前位置:首页 > 专题范文 > 党课下载 >" breadcrumb, the page title "支部书记党课讲稿(完整)" above and below a "时间:… 来源:网友投稿" line and a 小编 promo, then a generic filler paragraph about writing 范文 ("每个人都曾试图…我们一起来看一看吧。"), then the piece heading "第一篇: 2022年支部书记党课讲稿" (piece number, colon, space, the piece\'s own title, which differs from the page title); the salutation glued to the first sentence with a comma ("同志们,今天恰逢党的生日,"); quotations in low-9 marks ‚…‛ with ‘…’ inside; a "***" blank after a name; no outline marker in the capture; text cut mid-sentence ("开拓进取")',
    isSpeech: true,
    title: FF_TITLE,
    noise: [...FF_CHROME, '第一篇:'],
    dropLines: [...FF_CHROME, '第一篇: ' + FF_TITLE],
    outline: [],
  },
  '10-dangke-360online-jianghua-tigang-title-tongzhimen-yi-heading': {
    source: 'https://360online.cn/373782.html',
    kind: 'speech: 党课 讲话提纲 (a district propaganda department\'s 党史学习教育 专题党课)',
    tests: 'no site noise in the capture: a title that calls the document a 讲话提纲 ("…专题党课讲话提纲"), yet the text is written out in full to be spoken: "同志们:", "今天这次专题党课", "我们是宣传干部", "接下来,我…主要从两个方面和大家交流…"; the writer\'s slip "数以万记" kept; an 一、 heading line (the capture ends before 二、); text cut mid-sentence',
    isSpeech: true,
    title: OL_TITLE,
    noise: [],
    dropLines: [OL_TITLE],
    outline: [{ level: 1, marker: '一、', text: '聚焦使命任务,重温百年历程,从党史中汲取奋进智慧力量' }],
  },
  '11-kejian-bwwdw-lingdao-ganbu-jiang-dangke-dagang-zhishidian-not-speech': {
    source: 'https://bwwdw.com/article/zodj.html',
    kind: 'non-speech: 党课 course handout (an outline and knowledge points on why leading cadres give 党课; a document site)',
    tests: 'a document page whose title names the 党课 ("领导干部讲党课") over a run-together "更新时间:… 阅读量: IT计算机 文档下载" line and a "说明:文章内容仅供预览,…" notice; the document is a handout, not a talk: a heading "领导干部讲党课的意义", a "大纲" label over 一、…五、 lines, "知识点汇总" with 概念/原理和观点/重要信息 labels and coded points (C01:, K01:…K07:, I01:…I03:, two glued onto one line), then "正文" and an expository third-person opening cut mid-word ("中央组"); no salutation, no first person, no address to an audience — a written outline, not a speech, although its title names 党课 and it has 一、…五、',
    isSpeech: false,
    title: '领导干部讲党课',
  },
  '12-xinde-cztjzs-qiyi-ganwu-hijacked-brand-byline-yishi-not-speech': {
    source: 'http://cztjzs.com/tjj/22746/22753/62555/62962/content_1835963.html',
    kind: 'non-speech: 学习体会 (a 党总支书记\'s reflections on the 七一 speech; a hijacked government page)',
    tests: 'a hijacked page: the title "浅谈“七一”讲话感悟", then a gambling brand glued to the author\'s byline with "@" ("365bet_365bet体育投注-平台|官网@二级调研员、党总支书记 …" — position and name, like a speech\'s byline); a written reflection: "通过…学习,我有以下几点认识:", paragraphs opening "他是一份…。" (他 for the speech), inline "一是…。二是…。三是…。" after a full stop, and a second "一是" at the cut ("…复兴"); no salutation and no address to an audience — a 学习体会 about a speech, not a speech',
    isSpeech: false,
    title: '浅谈“七一”讲话感悟',
  },
};
