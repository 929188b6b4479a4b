// Gold specs for holdout round 17, part b (cases 07–12): schools and families. Four spoken pieces (a principal's
// 教师节 致辞 in a document site's preview, under a "资料详情" block of value/label rows (date/发布时间, 2/页数,
// 0.02 MB/大小) and "资料部分内容试读", the file title with the piece number "(一)", the speech's own subtitle in
// parentheses, the text cut mid-word and followed by a "✂" line and a "试读结束,开通会员…" paywall line; a principal's
// 开学典礼 讲话 on a school's own site, headlined "开学第一课 || <the speech's name>", over 作者/来源·编辑/点击数·发布时间
// lines, with an inline courtesy 首先, and the speech naming its own topic; a pupil's 获奖感言 on a 范文 site, under
// the page title, an empty "发布时间:" and a "【篇一:<piece title>】" heading, with the site's domain glued mid-sentence
// as a watermark; a parent's 开学典礼 发言 on a Q&A-style page whose only title asks how to write one, with block
// "一是…"/"二是…" heading lines and a space before every full stop) and two written ones (a principal's 致家长的一封信
// on a 作文 site: breadcrumb, the title three times around a 时间/category/我要投稿 meta line, a "• 相关推荐" line and
// the salutation; a 班会 设计 on a collection page whose title and promo line are about other topics, with "篇1:" and a
// "_"-joined category, 1./2. items, 一、/二、 headings and the teacher's lines to the class). Written from page.txt
// alone, before any engine ran on it. `source` is the page the text was captured from (see ../../README.md for how
// page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then
// the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are
// the paragraphs. Titles, noise and outlines are written by hand here.

const JD_TITLE = '2024年教师节校长致辞';
const JD_FILE_TITLE = JD_TITLE + '(一)';
const JD_META = ['资料详情', '2024年09月22日', '发布时间', '页数', '0.02 MB', '大小', '资料部分内容试读'];
const JD_TAIL = ['✂', '试读结束,开通会员文档无限下载使用'];

const SZ_TITLE = '开学第一课 || 你,就是未来';
const SZ_META = ['作者: 钟启明', '来源:本站原创 编辑:尹涛', '点击数: 发布时间: 2023-09-04|19'];

const ZC_PAGE_TITLE = '文章获奖感言';
const ZC_DATE = '发布时间:';
const ZC_TITLE = '作文大赛获奖感言';
const ZC_PIECE = '【篇一:' + ZC_TITLE + '】';
const ZC_MARK = '(zuciwang.com)';

const WR_TITLE = '开学典礼家长代表发言稿如何写?';

export const specs = {
  '07-zhici-ijidi-jiaoshijie-docviewer-meta-rows-piece-number-paren-subtitle-scissors-paywall': {
    source: 'https://jiaowu.ijidi.cn/jiaoshi/jiaoshifayan/aMibUybN66JJ.html',
    kind: 'speech: 致辞 (a primary school principal on Teachers\' Day; document site preview)',
    tests: 'a document site\'s preview page: "资料详情", then value/label rows each on a line of its own ("2024年09月22日"/"发布时间", "2"/"页数", "0.02 MB"/"大小"), "资料部分内容试读", the file title with a piece number in parentheses ("2024年教师节校长致辞(一)"), the speech\'s own subtitle in parentheses with a space inside ("(知秋九月 感念师恩)"), the salutation and "大家节日好!"; a quoted classical line opening the first paragraph; text cut mid-word ("是实小小学的坚"), then a "✂" line and a paywall line "试读结束,开通会员文档无限下载使用"',
    isSpeech: true,
    title: JD_TITLE,
    noise: [...JD_META, JD_FILE_TITLE, ...JD_TAIL],
    dropLines: [...JD_META, '2', JD_FILE_TITLE, ...JD_TAIL],
    outline: [],
  },
  '08-jianghua-szlgedu-kaixue-diyike-school-site-double-bar-headline-author-editor-clicks-shouxian': {
    source: 'https://bw.szlgedu.org.cn/info/1095/6023.htm',
    kind: 'speech: 讲话 (a school head at a middle school\'s 开学典礼, published as its 开学第一课; on the school\'s own site)',
    tests: 'a school site\'s article: the headline joins the occasion and the speech\'s name with " || " ("开学第一课 || 你,就是未来") and no genre word, then "作者: <name>" (a CMS author field, no position), "来源:本站原创 编辑:<name>" and "点击数: 发布时间: 2023-09-04|19" (an empty counter, the date and a count after "|"), the salutation "老师们,同学们:" and "早上好!" on lines of their own; a courtesy "首先," inline after a full stop (a run of one); a paragraph in which the speaker names her own topic ("今天,我讲话的题目是:你,就是未来。"); paragraphs addressed to each grade; text ending at a full quotation',
    isSpeech: true,
    title: SZ_TITLE,
    noise: [...SZ_META],
    dropLines: [SZ_TITLE, ...SZ_META],
    outline: [
      { level: 1, marker: '首先,', text: '让我们用热烈的掌声欢迎本学期来到枫外的新老师和初一年级的新同学', optional: true },
    ],
  },
  '09-ganyan-zuciwang-huojiang-page-title-empty-date-bracket-pianyi-heading-glued-domain-watermark': {
    source: 'https://zuciwang.com/ganyanfanwen/14259.html',
    kind: 'speech: 获奖感言 (a seventh-grader at the award ceremony of a national essay contest; collection page)',
    tests: 'a 范文 collection page with blank lines between lines: the page title "文章获奖感言" (the collection\'s name, not the piece\'s), an empty "发布时间:" label, the first piece\'s heading in 【】 with its number and its own title ("【篇一:作文大赛获奖感言】"), the salutation "各位老师、各位同学:" and "大家好!"; a long first paragraph in which the pupil introduces himself, with the site\'s domain glued before a full stop as a watermark ("…的方向(zuciwang.com)。"); "同学们," addressing the audience; text cut mid-word ("每一位组织")',
    isSpeech: true,
    title: ZC_TITLE,
    noise: [ZC_PAGE_TITLE, ZC_DATE, ZC_PIECE, ZC_MARK],
    replace: [['方向' + ZC_MARK + '。', '方向。']],
    dropLines: [ZC_PAGE_TITLE, ZC_DATE, ZC_PIECE],
    outline: [],
  },
  '10-fayangao-wenrenren-kaixue-jiazhang-daibiao-question-title-yishi-block-lines-space-before-stop': {
    source: 'http://wenrenren.com/c/0Z93F6452021.html',
    kind: 'speech: 发言稿 (a parent speaking for the parents at a senior high school\'s 开学典礼)',
    tests: 'a Q&A-style page whose only title is a question ("开学典礼家长代表发言稿如何写?") answered by the model speech alone, with no guidance text; a salutation naming the principal first, "大家上午好!" glued to the opening; a blank "高一X班" and "爸爸(妈妈)" alternatives; "首先很感谢…" after a comma (no marker); a space before every full stop (" 。"); block heading lines "一是衷心感谢 。" and "二是殷切希望 。" after "我想借这个机会说三句话 。"; unnumbered sub-heads opening paragraphs ("希望同学们自立自强 。…"); text cut mid-sentence ("三年时光看")',
    isSpeech: true,
    title: WR_TITLE,
    noise: [],
    dropLines: [WR_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '衷心感谢' },
      { level: 1, marker: '二是', text: '殷切希望' },
    ],
  },
  '11-xin-loxue-zhi-jiazhang-yifengxin-breadcrumb-title-thrice-meta-tougao-salutation-not-speech': {
    source: 'https://loxue.com/zuowen/shuxin/26205.html',
    kind: 'non-speech: 致家长的一封信 (a school head\'s New Year letter to all parents; on a 作文 site\'s 书信 section)',
    tests: 'a 作文 site\'s letter page: a ">"-joined breadcrumb ending in the title, the title, a "时间:<date time> 书信 我要投稿" meta line, an indented "• 相关推荐" line, the title again, the salutation "尊敬的家长朋友:", the title a third time, then indented paragraphs in the first person ("我代表xx一中全体教职工祝您…", "这是我写给大家的第二封信。"), a quoted child, "――" dashes, a rhetorical question and "――尊敬的家长朋友,请您选择!"; text cut mid-word ("更无") — a letter (a written genre), although it has a salutation and addresses its readers directly',
    isSpeech: false,
    title: '致全校学生家长一封信',
  },
  '12-banhui-baifanwen-sheji-wrong-topic-title-fulltext-count-pian1-yi-er-headings-shi-lines-not-speech': {
    source: 'http://baifanwen.com/p/287/r6ayq1rr.html',
    kind: 'non-speech: 班会设计 (a 主题班会 plan on filial gratitude; collection page titled for another topic)',
    tests: 'a collection page: a stray "0" line, a collection title about another topic ("禁毒班会活动方案设计汇编10篇"), "发布于<date time>,全文约 19657 字", an unrelated link line ("小学2023-2023元旦活动方案"), the first piece\'s heading with "篇1:" and a "_"-joined category ("…主题班会设计_班级活动策划书_网"), the plan\'s own title; 活动目标:/活动准备: labels with 1./2./3./4. items without full stops, 活动地点:, 活动过程:, then 一、/二、 headings ("一、班主任寄语:", "二、感受母爱,品位父爱" with the site\'s typo 品位), the teacher\'s words to the class starting "同学们," with missing full stops, a "师:" line, stage notes in parentheses ("(展示标题)"), a pupil named to tell a story; text cut mid-word ("双手高") — a lesson plan, not a speech, although it scripts what the teacher says',
    isSpeech: false,
    title: '《孝敬父母 学会感恩》主题班会设计',
  },
};
