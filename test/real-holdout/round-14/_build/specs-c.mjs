// Gold specs for holdout round 14, part c (cases 13–18): aimed at school and youth speeches and their look-alikes.
// Four speeches given at schools (a pupil's 国旗下讲话 on a primary school's own site, under a 管理员/date line, a
// counters line and a site summary that repeats the opening and ends in "..."; a principal's 开学典礼 致辞 on a
// collection page whose promo is about another genre, with a courtesy block 首先, and a block 一是 cut before 二是; a
// principal's 家长会 发言 on a collection page with the piece heading glued to the salutation and a "……此处隐藏N个字……"
// marker glued mid-line; a Taiwan college graduate's 畢業典禮 致詞 in traditional script with no title, a
// self-introduction line and stage directions in parentheses) and two look-alikes of school life (a 班会 教案 on a
// school site: breadcrumb, meta, 一、 headings, Markdown bold and bullets, a quoted host's lines; a pupil's 作文 about an
// opening ceremony that opens with "首先是升国旗" and reports each speaker's remarks). Written from page.txt alone,
// before any engine ran on it. `source` is the page the text was captured from (see ../../README.md for how page.txt
// was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is
// split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the
// paragraphs. Titles, noise and outlines are written by hand here.

const SJ_TITLE = '向阳小学2023学年第二学期第十五周国旗下讲话';
const SJ_META = '管理员 2024-05-27';
const SJ_COUNTS = '0 300';
const SJ_SUMMARY =
  '亲爱的同学们:大家早上好!我今天演讲的题目是《快乐六一快乐成长》。拂去五月的微尘,迎来六月的晴光。' +
  '当火红的朝阳跳出地平线时,崭新的一天又开始了。这个星期,我们就要迎来一个欢乐又有意义的节日——“六一”国际儿童节...';

const XF_PAGE_TITLE = '中学开学典礼校长致辞稿大全(16篇)';
const XF_PROMO = '总结可以帮助我们更好地总结经验,使我们在以后的工作中更有实效性。如何平衡工作与生活,是每个职场人士都需要面对的挑战。总结是一个不断进步的过程,每一次总结都是在完善自己的过程中迈出的一步。';
const XF_TITLE = '中学开学典礼校长致辞稿';
const XF_PIECE = XF_TITLE + '篇一';

const MC_TITLE = '家校共育家长会发言稿';
const MC_PAGE_TITLE = MC_TITLE + '7篇';
const MC_PROMO = '在学习、工作生活中,发言稿在我们的视野里出现的频率越来越高,好的发言稿可以引导听众,使听众能更好地理解演讲的内容。那么问题来了,到底应如何写好一份发言稿呢?下面是小编整理的家校共育家长会发言稿,仅供参考,大家一起来看看吧。';
const MC_PIECE = MC_TITLE + '1';
const MC_HIDDEN = '……此处隐藏11022个字……';

export const specs = {
  '13-guoqixia-sjxyxx-school-site-meta-counters-summary-teaser': {
    source: 'https://sjxyxx.cn/article/show_25_33_5639.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s, 六一; on a primary school\'s own site)',
    tests: 'a school site\'s article page: the title names the school, the term and the week ("…第十五周国旗下讲话"), a poster-and-date line ("管理员 2024-05-27"), a bare counters line ("0 300"), then a site summary that runs the salutation, the greeting, the topic sentence and the first paragraph together and ends in "..." in place of the full stop; then the speech with blank lines between paragraphs: "亲爱的同学们:" and "大家早上好!" on lines of their own, the topic in 《》 inside a sentence ("我今天演讲的题目是《快乐六一快乐成长》。"), a "——“六一”…" dash inside a sentence (no marker); text cut mid-word inside a quotation ("让他们感受一个“六")',
    isSpeech: true,
    title: SJ_TITLE,
    noise: [SJ_META, SJ_COUNTS, SJ_SUMMARY],
    dropLines: [SJ_TITLE, SJ_META, SJ_COUNTS, SJ_SUMMARY],
    outline: [],
  },
  '14-zhici-xuefen-kaixue-collection-wrong-promo-pianyi-shouxian-yishi': {
    source: 'http://m.xuefen.com.cn/zuowen/7631636.html',
    kind: 'speech: 致辞 (中学校长, 开学典礼; collection page)',
    tests: 'a collection page: the page title with "大全(16篇)", a site promo about another genre (three sentences on writing a 总结), the piece heading "中学开学典礼校长致辞稿篇一" on its own line, then the salutation "尊敬的各位家长、老师,亲爱的同学们:" and "大家好!"; a courtesy block "首先,我代表学校向xx名新同学表示…欢迎" with no 其次 after it; "xx" placeholders; a paragraph ending in a colon ("…想对同学们说:") followed by a block "一是严于律己,学会做人。" whose paragraph quotes sayings and is cut before 二是 ("比如:每")',
    isSpeech: true,
    title: XF_TITLE,
    noise: [XF_PAGE_TITLE, XF_PROMO, XF_PIECE],
    dropLines: [XF_PAGE_TITLE, XF_PROMO, XF_PIECE],
    outline: [
      { level: 1, marker: '首先,', text: '我代表学校向xx名新同学表示最热烈的欢迎,并祝福你们在xx校园里天天进步、健康成长', optional: true },
      { level: 1, marker: '一是', text: '严于律己,学会做人' },
    ],
  },
  '15-fayan-mchqing-jiazhanghui-collection-glued-piece-heading-hidden-marker': {
    source: 'https://mchqing.com/fanwenxiezuo/fayangao/14432.html',
    kind: 'speech: 发言 (初中校长 at a 家长会; collection page)',
    tests: 'a collection page: the page title "家校共育家长会发言稿7篇" (count glued without brackets), a generic 小编 promo about writing 发言稿, the piece heading "家校共育家长会发言稿1" glued to the salutation "尊敬的各位家长朋友:"; the greeting "大家下午好!" glued to the first paragraph, a courtesy "首先," inline after a full stop with no 其次; the template quirk "xx一中学"; a "……此处隐藏11022个字……" marker glued mid-line after a comma and a space, the text after it starting mid-word ("宵达旦,"); text cut mid-word ("两个孩")',
    isSpeech: true,
    title: MC_TITLE,
    noise: [MC_PAGE_TITLE, MC_PROMO, '下面是小编整理的家校共育家长会发言稿,仅供参考,大家一起来看看吧。', MC_PIECE, MC_HIDDEN],
    replace: [
      [MC_PIECE + '尊敬的', '尊敬的'],
      ['关心支持, ' + MC_HIDDEN + '宵达旦', '关心支持,\n宵达旦'],
    ],
    dropLines: [MC_PAGE_TITLE, MC_PROMO],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表xx一中学近800名师生员工给各位尊敬的家长朋友拜个晚年', optional: true },
    ],
  },
  '16-zhici-wfu-big5-biye-daibiao-no-title-self-intro-stage-directions': {
    source: 'http://epaper.wfu.edu.tw/0003/Commencement.htm',
    kind: 'speech: 致詞 (畢業生代表 at a Taiwan college\'s 畢業典禮; traditional script)',
    tests: 'no title and no site noise: the capture opens with a long salutation that ends in "大家好:" on one line (a missing 、 between two addressees, "李董事長、蘇校長各位嘉賓"), then a self-introduction line of its own ("我是進專運休系…。"), "很榮幸代表全體畢業生致詞"; stage directions in ASCII parentheses inside a sentence ("(請全體畢業生起立)", "(請畢業生坐下,謝謝)"); the speaker\'s "在坐" for 在座 kept; no markers; text cut mid-word ("壓力互")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-jiaoan-czedu-banhui-breadcrumb-meta-markdown-bold-not-speech': {
    source: 'http://www.bhxx.tn.czedu.cn/html/article6872808.html',
    kind: 'non-speech: 班会 教案 (a 主题班队会 plan for a second-grade class, on a primary school\'s site)',
    tests: 'a school site\'s lesson plan for a class meeting about the flag and the country: "栏目列表", a ">>"-joined breadcrumb, the title, a 发布时间/点击 (empty)/来源/作者 line with runs of spaces, then 一、…六、 headings with a space after the marker and the field glued after a colon ("一、 活动主题: 我爱您,中国!"), 1./2./3. items with leftover Markdown bold ("**认知目标:**"), "*" bullets indented by spaces, (一)/(二) section headings with minutes in parentheses, and the host\'s lines quoted in “…” with the class\'s answer in parentheses ("(齐答:中国!)") — a plan for a meeting, not a speech, although it quotes what will be said to the class',
    isSpeech: false,
    title: '二2班九月班会',
  },
  '18-zuowen-iixz-kaixue-shouxian-reported-remarks-not-speech': {
    source: 'http://iixz.com/meiwen/31921.html',
    kind: 'non-speech: 作文 (a pupil\'s essay about the school\'s opening ceremony)',
    tests: 'a pupil\'s 作文 under a site title joining the essay\'s title and a category with "_" ("开学典礼_开学第一天作文600字"): it opens with "首先是升国旗," and then tells in the first person what each speaker said ("…主任讲话了,他要我们…", "…上台发言了,她说…", "校长也讲了要…"), each followed by the writer\'s "是啊!"; the writer\'s typo "多是为了我们" kept; no salutation and no address to an audience — an essay about speeches, not a speech',
    isSpeech: false,
    title: '开学典礼',
  },
};
