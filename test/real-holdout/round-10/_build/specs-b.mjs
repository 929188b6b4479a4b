// Gold specs for holdout round 10 (part b, cases 07–12), written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const DM_TITLE = '过好“政治生日”主题党课讲稿';
const DM_NOISE = [
  '点击下载',
  '本文2020-05-08 11:13:44发表“党会党课”栏目。',
  '本文链接:https://www.damishu.cn/article/320886.html',
  '您需要登录后才可以发表评论, 登录 或者 注册',
  '最新文档',
  '热门文章',
];

const XB_BRAND = '携笔同道公文写作范文宝典:www.xiebitongdao.com';
const XB_SUMMARY = '携笔同道公文写作范文宝典:www.xiebitongdao.com 学习外地经验坚定既定目标推动跨越发展——我市外出考察总结座谈会发言摘要 这两年,×书记多次带队赴外地考察学习,每一次都让人受益匪浅。这。';
const XB_TITLE = '学习外地经验坚定既定目标推动跨越发展';

const YR_NOISE = ['您的当前位置:首页正文', '2020-08-15 来源:意榕旅游网', '因篇幅问题不能全部显示,请点此查看更多更全内容'];
const YR_TITLE = '六一儿童节欢迎致辞范文';

const CO_PAGE_TITLE = '中秋致辞员工实用';
const CO_PROMO = '人的记忆力会随着岁月的流逝而衰退,写作可以弥补记忆的不足,将曾经的人生经历和感悟记录下来,也便于保存一份美好的回忆。大家想知道怎么样才能写一篇比较优质的范文吗?以下是我为大家搜集的优质范文,仅供参考,一起来看看吧';
const CO_PIECE1 = '中秋致辞员工篇一';
const CO_PIECE2 = '中秋致辞员工篇二';

const XG_SITE_TITLE = '徐结强:在市八届人大五次会议上当选市长后的讲话(全文1896字)';
const XG_TITLE = '在市八届人大五次会议上当选市长后的讲话';

export const specs = {
  '07-dangke-damishu-title-twice-shouxian-dier-tail': {
    source: 'https://www.damishu.cn/article/320886.html',
    kind: 'speech: 党课 (主题党课讲稿)',
    tests: 'the title printed twice on top and a third time in the download block after the text; no salutation; a space left inside the opening paragraph; a block "首先," heading line (no sentence end) followed, after its paragraph, by a block "第二, " heading line with a space after the comma (the family switches from 首先 to 第二, not in one run); a tail of "点击下载", "本文<date>发表“…”栏目。", "本文链接:<url>", a login line, "最新文档" and "热门文章"; the capture ends right after the 第二 heading',
    isSpeech: true,
    title: DM_TITLE,
    noise: DM_NOISE,
    dropLines: [DM_TITLE, ...DM_NOISE],
    outline: [
      { level: 1, marker: '首先,', text: '我们弄清楚党员政治生日的含义' },
      { level: 1, marker: '第二,', text: '我们谈一谈党员过“政治生日”的必要性', optional: true },
    ],
  },
  '08-fayan-xiebitongdao-brand-summary-dash-yishi': {
    source: 'https://xiebitongdao.com/index/article/detail/detail_id/67166.html',
    kind: 'speech: 交流发言 (考察总结座谈会)',
    tests: 'a summary line that glues the site brand with its domain ("携笔同道公文写作范文宝典:www.xiebitongdao.com"), the title, the subtitle and the opening cut after one character ("这。"); the brand again on a line of its own; the title, then a "——…座谈会发言摘要" subtitle line; "下面,我主要从两个方面谈谈…" then a block "一是" paragraph (cut before 二是) with straight ASCII quotes ("四高"); "×书记", "×××市" placeholders; text cut mid-number',
    isSpeech: true,
    title: XB_TITLE,
    noise: [XB_SUMMARY, XB_BRAND],
    dropLines: [XB_SUMMARY, XB_BRAND, XB_TITLE],
    outline: [
      { level: 1, marker: '——', text: '我市外出考察总结座谈会发言摘要', optional: true },
      { level: 1, marker: '一是', text: '通过这次学习考察,对"四高"要求有了更深的理解' },
    ],
  },
  '09-huanying-zhici-yrrf-breadcrumb-meta-pianfu-zuihou': {
    source: 'https://m.yrrf.cn/wenku/agde/MKdMeLWM04',
    kind: 'speech: 欢迎致辞 (六一儿童节, school)',
    tests: 'a "您的当前位置:首页正文" breadcrumb run together, the title with "范文", a "date 来源:<site name>" line (a travel site), blank lines between all lines and paragraphs indented with two spaces; a salutation missing 的 ("尊敬各位领导"); "首先," after a comma (prose); semicolon-separated spending items; a closing "最后," paragraph with no 首先 run; "因篇幅问题不能全部显示,请点此查看更多更全内容" after "谢谢大家!"',
    isSpeech: true,
    title: YR_TITLE,
    noise: YR_NOISE,
    dropLines: [YR_TITLE, ...YR_NOISE],
    outline: [
      { level: 1, marker: '最后,', text: '祝同学们学业进步', optional: true },
    ],
  },
  '10-zhici-cooco-zhongqiu-promo-pianyi-pianer': {
    source: 'http://m.cooco.net.cn/zuowen/3277181.html',
    kind: 'speech: 致辞 (中秋/国庆 holiday greeting to staff; collection)',
    tests: 'collection page: the page title with a site word ("…实用"), a promo about writing in general ending "以下是我为大家搜集的优质范文,仅供参考,一起来看看吧" (no final stop), the piece heading "…篇一" glued to the title without a space; the piece opens with "大家晚上好!" only; a colon inside a wish ("祝大家:…"), a parenthesised count; a closing "最后," paragraph; the second piece heading "…篇二" and its salutation cut after three characters ("尊敬的书")',
    isSpeech: true,
    title: '中秋致辞员工',
    noise: [CO_PAGE_TITLE, CO_PROMO, CO_PIECE1, CO_PIECE2],
    dropLines: [CO_PAGE_TITLE, CO_PROMO, CO_PIECE1, CO_PIECE2],
    outline: [
      { level: 1, marker: '最后,', text: '祝愿大家身体健康,家庭幸福', optional: true },
    ],
  },
  '11-jianghua-xiegongwen-name-prefix-quanwen-byline': {
    source: 'https://www.xiegongwen.com/40294.html',
    kind: 'speech: 讲话 (当选市长后的表态讲话)',
    tests: 'the site title "<speaker>:<title>(全文1896字)" (name prefix and a length tag), then the document\'s own title, the speaker\'s bare name and the date on lines of their own; the salutation, three paragraphs indented with four spaces and a last one without indent; short theme sentences inside paragraphs ("这里自然禀赋优。", "这里区位优势好。") that are no markers; quoted slogans; text cut mid-word ("开展全")',
    isSpeech: true,
    title: XG_TITLE,
    noise: [XG_SITE_TITLE, '(全文1896字)', '徐结强'],
    dropLines: [XG_SITE_TITLE, XG_TITLE, '徐结强'],
    outline: [],
  },
  '12-article-shigaofeng-yuandan-zhici-guide': {
    source: 'https://shigaofeng.com/k/764905.html',
    kind: 'non-speech: article on the 元旦致辞 genre',
    tests: 'no title: the capture opens with a definition of 元旦致辞 (its functions and what its content should stress), then the history of New Year court ceremonies with two quoted classical poems set line by line, then greeting-card wishes addressed to "你" (one for the wrong holiday, 元宵节); no salutation, no first-person address to an audience',
    isSpeech: false,
    title: '',
  },
};
