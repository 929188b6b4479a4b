// Gold specs for holdout round 11, part b (cases 07–12), written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const SW_TITLE = '在全县安全生产工作会议上的讲话';
const SW_NOISE = [
  '三味园范文网',
  '2025-04-02',
  '预览结束,免费获取全文或定制代笔此类文章!',
  '请点击👉 mbgs777 👈联系老师',
];

const GL_TITLE = '在全县公路建设大会战动员会议结束时的讲话';
const GL_PAGE_TITLE = '在全县公路建设大会战动员会议结束时的讲话|动员部署会议';

const QS_TITLE = '党课:牢记“三个务必”,谱写新时代中国特色社会主义更加绚丽的华章';

const DL_FILE_LINE = '安全生产口号XX.doc安全生产发言稿';
const DL_PIECE = '安全生产发言稿1';
// Single anti-copy characters glued inside words, each cut with its neighbours listed (from → to).
const DL_GLUED = [
  ['来阡开', '来开'],
  ['年释多', '年多'],
  ['聚会序。', '聚会。'],
  ['去年⑿的', '去年的'],
  ['了呗经', '了经'],
  ['企业瞀家', '企业家'],
  ['创意瞻,', '创意,'],
  ['代谀表', '代表'],
  ['表彰感的', '表彰的'],
  ['感暧觉', '感觉'],
  ['一缵旦', '一旦'],
  ['存炜在', '存在'],
  ['影响。呷', '影响。'],
  ['提谭高', '提高'],
  ['安居聆乐', '安居乐'],
  ['发糯展', '发展'],
  ['社会做就', '社会就'],
  ['续层发', '续发'],
  ['不稳定\n芤。', '不稳定。'],
  ['里,舸有', '里,有'],
  ['程拟度', '程度'],
];

export const specs = {
  '07-jianghua-sanweiyuan-anquan-brand-date-yi-preview-contact': {
    source: 'http://m.sanweiyuan.com/news/63285.html',
    kind: 'speech: 讲话 (全县安全生产工作会议)',
    tests: 'the title, then the site brand ("三味园范文网") and a bare posting date ("2025-04-02") on lines of their own; the salutation; an opening paragraph with "主要任务是:" and "×××" placeholders ending "下面,我讲三点意见。"; a "一、" heading line with no sentence end; the preview cut glued to the text ("主观......"), then "预览结束,免费获取全文或定制代笔此类文章!" and a contact line with emoji and a WeChat id printed twice',
    isSpeech: true,
    title: SW_TITLE,
    noise: SW_NOISE,
    dropLines: [SW_TITLE, ...SW_NOISE],
    outline: [
      { level: 1, marker: '一、', text: '深刻汲取事故教训,准确研判当前形势,切实增强抓好安全生产工作的责任感和紧迫感' },
    ],
  },
  '08-jianghua-wydbw-xuncha-no-title-oneline-agenda-inline-yi-pipe': {
    source: 'https://wydbw.com/info/5/372160.html',
    kind: 'speech: 讲话 (县委巡察动员部署会, chairing and speaking)',
    tests: 'no title: the capture opens with "同志们:"; the rest of the speech is one line whose paragraphs are separated by single spaces: the attendance list after "有:", an agenda "第一项:…;(…); …… 第二项:《…》; ……" with "……" for the parts the template leaves out (第一项/第二项 are no markers), then "讲几点意见。 一、…" — an inline 一、 heading after a full stop and a space, its body after another space, and no 二、 in the capture; the capture ends "本轮…… |" with a layout bar',
    isSpeech: true,
    title: '',
    noise: ['|'],
    replace: [['本轮…… |', '本轮……']],
    outline: [
      { level: 1, marker: '一、', text: '坚守政治巡察定位,聚焦“两个维护”根本任务', optional: true },
    ],
  },
  '09-jianghua-02465-pipe-tag-yulan-glued-title-colon-yiyao': {
    source: 'http://m.02465.cn/bangongwendang/sixianghuibao/2019/0927/68334.html',
    kind: 'speech: 讲话 (动员会议结束时的总结讲话)',
    tests: 'the page title joins the title and the site\'s category with "|" ("…讲话|动员部署会议"); a "内容预览:" label; then the whole preview on one line: the title again glued to "同志们:" with a space, paragraphs separated by single spaces, "再强调四点意见:" followed by a space and "一要严密组织,迅速行动。" (一要 after a colon, and the capture ends before 二要), text cut mid-word with "……" ("会……")',
    isSpeech: true,
    title: GL_TITLE,
    noise: [GL_PAGE_TITLE, '|动员部署会议', '内容预览:'],
    replace: [[GL_TITLE + ' 同志们:', '同志们:']],
    dropLines: [GL_PAGE_TITLE, '内容预览:'],
    outline: [
      { level: 1, marker: '一要', text: '严密组织,迅速行动', optional: true },
    ],
  },
  '10-dangke-qingsongxiezuo-title-twice-indent-yi-censor-stars': {
    source: 'https://qingsongxiezuo.com/111888.html',
    kind: 'speech: 党课',
    tests: 'the title with a "党课:" prefix and a quoted phrase, printed twice with a blank line between; salutation and paragraphs indented with three spaces; "***总书记" where the site starred out the name; long quoted slogans joined by "——"; a "一、" heading line whose text opens with a quotation mark; text cut mid-word ("勇于创")',
    isSpeech: true,
    title: QS_TITLE,
    noise: [],
    dropLines: [QS_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '“三个务必”同“两个务必”一脉相承' },
    ],
  },
  '11-fayan-daumloan-docname-pian1-anticopy-diyi-nosep': {
    source: 'https://m.daumloan.com/p-105074546.html',
    kind: 'speech: 发言稿 (保税区安全生产工作会议, leader)',
    tests: 'a document page: another file\'s name glued before the title ("安全生产口号XX.doc安全生产发言稿"), then the piece heading with a trailing number ("安全生产发言稿1"); no salutation; an unrelated character glued inside a word or after a full stop in nearly every sentence (阡, 释, 序, ⑿, 呗, 瞀, 瞻, 谀, 感, 暧, 缵, 炜, 呷, 谭, 聆, 糯, 做, 层, 舸, 拟), one of them wrapped onto the next line with the full stop ("不稳定" / "芤。"); "…几点意见:" then a paragraph opening with "第一" and no separator ("第一对安全工作…"); text cut mid-word ("影响了社")',
    isSpeech: true,
    title: '安全生产发言稿',
    noise: [DL_FILE_LINE, '安全生产口号XX.doc', DL_PIECE, ...DL_GLUED.map(([from]) => from)],
    replace: DL_GLUED,
    dropLines: [DL_FILE_LINE, DL_PIECE],
    outline: [
      { level: 1, marker: '第一', text: '对安全工作一定要提高认识', optional: true },
    ],
  },
  '12-yijian-meizhang-breadcrumb-promo-yi-1-not-speech': {
    source: 'https://meizhang.com/yijian/jiaoyugongzuoyijian/544745.html',
    kind: 'non-speech: 工作意见 (a city\'s annual education plan)',
    tests: 'a planning document, not a speech: a breadcrumb "美章网 资料文库 <title>范文", the title with 范文, a "本站小编为你精心准备了…" promo, the document title, then "一、指导思想"/"二、工作原则" heading lines and "1、以人为本:"/"2、依法治教:" items with blank lines between; written in the voice of an administration ("全市教育工作要…", "必须…"), no salutation, no audience addressed',
    isSpeech: false,
    title: '晋江市教育意见',
  },
};
