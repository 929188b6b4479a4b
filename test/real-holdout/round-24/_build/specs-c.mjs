// Gold specs for holdout round 24, part c (cases 13–18): speeches in sectors earlier rounds touched little (hospitals,
// universities, science and technology, tourism; banks in a look-alike) and their look-alikes. Four spoken pieces (a
// county hospital head's 致辞 at a 护士节 award evening on a 范文 site: the title, a "时间:… 贺词致辞 点击:" meta line, the
// title again without its 在, no salutation, a lone closing "最后,", then a tag line and a Word-download block naming
// "《<title>.doc》" twice; a university president's 毕业典礼 讲话 on a 范文 site: breadcrumb, the title, a "<column>
// 阅读(2.57W)" line, a 小编 promo, the title again, the piece label "<title>(一):", cut mid-sentence; a city leader's 讲话
// at a 科技创新大会: the title twice, an indented salutation, inline 一、 and 二、 headings opening their paragraphs (二、
// without the indent), cut mid-sentence, then a cut-off copyright footer; a mayor's 发言 at a rural-tourism meeting, first
// piece of a "(通用4篇)" collection on a document site: the page title, then one line gluing the page title, the piece
// heading "<title>篇1", the salutation and the whole text, with a lone inline 一、 glued to its next sentence, a lone
// inline 一是, a page number glued inside 战略 ("战1略"), "同志作了" placeholders and empty quotes "“”") and two written
// look-alikes (a bank branch's news item on its 职代会 with an inline 一是/二是/三是 run after a full stop — a run that
// would count as points in a speech; a university president's 工作报告 to the 教代会 with a two-line title, a dash
// subtitle, date, byline, "各位代表、老师们、同志们:", "请予审议", 一、 and (一) headings).
// Looked for and not found on a new host: a bank 行长 讲话 or 致辞 (the pages corpus answers with tag pages, novels, news and
// a bilingual New Year message on the bank's own site); a transport or logistics 讲话 (alatiku and xiezuofangchengshi,
// with 一、/(一)/一是, are used; the rest are novels and news); a 护士节 speech with 一要/二要 (regraff is used); a 院士's
// speech at a 科技大会 (360docs is used); a 运动会 开幕词 with numbered requirements (gongwensou, wuhaninfo, 5310wfgg,
// cooco are used; huicuiguan is new but has no outline in its excerpt); a 述职报告 by a hospital or bank head (liuxue86 is
// used); a WeChat reprint of a 开学/毕业典礼 speech. deichen.cn (a 科技工作会议 讲话 with 一、/第一,) was skipped as a mirror of
// the used ushengzhilian/gwyoo 公务员之家 family (same paths, same 導語 line, same glued watermark). fanwenmuban.com (a 中国
// 旅游日 启动仪式 讲话 with a print/download bar) was claimed first and then dropped for fanwenhai, which carries an outline.
// Written from page.txt alone, before any engine ran on it. Names of people, schools, places, banks, documents and a TV
// series were replaced by fictional ones; the prose was rewritten in new words, the site noise kept as found — except that
// in 14 the school's name inside the promo and title lines was replaced like everywhere else, so that noise and text agree.
// `source` is the page the text was captured from. build.mjs applies: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.
// Judgement calls:
// - 13: the first line is the title; the second heading "护士节颁奖晚会上的致辞" (the title without 在) is a repeat of it
//   at the top of the body, dropped but not listed (it is a substring of the title, so it cannot be a noise string). The
//   speech has no salutation. The closing "最后," stands alone (no 首先 before it), so it is no point. The tag line and
//   every line of the Word-download block ("《…doc》" twice, "推荐度:", "文档为doc格式", "文章下载", the VIP line) are noise.
// - 14: the title is the page's "澄大校长毕业典礼讲话"; its repeat under the promo is dropped, not listed. The piece label
//   "<title>(一):" is noise (as round 20's "…篇1"), and so are the breadcrumb, the "科教文卫讲话稿 阅读(2.57W)" line and
//   the promo (its 小编 sentence listed on its own too). No outline in the capture.
// - 15: both title lines equal the title (dropped, not listed). 一、 and 二、 open their paragraphs and run on into prose
//   after a full stop, so their text is the first sentence. The copyright footer, cut mid-word ("不承担相关"), is noise.
// - 16: the title is the piece's own "市长在乡村旅游发展会上的发言" (the collection tag "(通用4篇)" off). The page title is
//   noise both on its own line and where it is glued before the piece heading "…发言篇1" (noise too); the viewer gives the
//   speech as one line, so it is one paragraph opening with "同志们:" (round 21's 04). "战1略" carries a page number glued
//   inside a word: the "1" is the page's, listed as "战1略" (a bare "1" cannot be a noise string). The lone inline "一、"
//   after "讲几点意见。" is the speech's heading but no run (optional, as round 21's 04); its first sentence runs on past the
//   lost line break and is longer than 50 characters, so its text stops at the first comma ("看清形势"). The lone inline
//   "一是" after a full stop, its 二是 past the cut, is optional too, one level below the 一、. "同志作了"/"同志宣读了" (names
//   dropped by the site), "县乡乡乡村旅游点" and "“”" stay as printed.
// - 17: a bank's news item on its own 职代会 is written, though "一是…;二是…;三是…" follows a full stop. No headline is in
//   the capture, so the title is "".
// - 18: a 工作报告 to the 教代会 is a report genre submitted for deliberation (round 15's 17), not a speech, though it opens
//   with a salutation and reads like one; its title is the two-line main title joined by a space.

const QZ_TITLE = '在护士节颁奖晚会上的致辞';
const QZ_TITLE_REPEAT = '护士节颁奖晚会上的致辞';
const QZ_META = '时间:2020-09-01 贺词致辞 点击:';
const QZ_TAGS = '热门标签: 护士节晚会主持词 512护士节晚会主持词';
const QZ_DOC = '《在护士节颁奖晚会上的致辞.doc》';
const QZ_SAVE = '将本文的Word文档下载到电脑,方便收藏和打印';
const QZ_RATING = '推荐度:';
const QZ_FORMAT = '文档为doc格式';
const QZ_DOWNLOAD = '文章下载';
const QZ_VIP =
  'VIP请直接点击按钮下载本文的Word文档下载到电脑,请使用最新版的WORD和WPS软件打开,如发现文档不全可以联系客服申请处理。';

const JD_CRUMB = '当前位置:经典范文谷>讲话稿>科教文卫讲话稿>';
const JD_TITLE = '澄大校长毕业典礼讲话';
const JD_META = '科教文卫讲话稿 阅读(2.57W)';
const JD_PROMO_TAIL = '下面就是本站小编给大家整理的澄大校长毕业典礼讲话,仅供参考。';
const JD_PROMO = '澄江大学一直是中国文化高地的一个象征,它深邃的思想和精神影响着每一个澄大人。' + JD_PROMO_TAIL;
const JD_PIECE = JD_TITLE + '(一):';

const KS_TITLE = '在市科技创新大会上的讲话';
const KS_FOOTER =
  '本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关';

const FH_TITLE = '市长在乡村旅游发展会上的发言';
const FH_PAGE_TITLE = FH_TITLE + '(通用4篇)';
const FH_PIECE = FH_TITLE + '篇1';

export const specs = {
  '13-zhici-qzzw-hushijie-banjiang-wanhui-meta-tags-doc-download': {
    source: 'http://www.qzzw.net/liyi/68087.html',
    kind: 'speech: 致辞 (a county hospital head at the 护士节 award evening; 范文 site)',
    tests: 'the title line, a "时间:2020-09-01 贺词致辞 点击:" meta line with an empty click count, the title again without its leading 在 (a repeat, not listed), no salutation: the speech opens with the occasion; the first paragraph unindented, the others indented by two spaces; quoted “5·12”, an ASCII double dash "丰碑--那盏“提灯”"; a lone closing "最后," (no point); then a "热门标签:" line and a Word-download block ("《<title>.doc》", "将本文的Word文档下载到电脑,方便收藏和打印", "推荐度:", "文档为doc格式", "文章下载", "《<title>.doc》" again, a "VIP请直接点击按钮下载…" line); no outline',
    isSpeech: true,
    title: QZ_TITLE,
    noise: [QZ_META, QZ_TAGS, QZ_DOC, QZ_SAVE, QZ_RATING, QZ_FORMAT, QZ_DOWNLOAD, QZ_VIP],
    dropLines: [QZ_TITLE, QZ_META, QZ_TITLE_REPEAT, QZ_TAGS, QZ_DOC, QZ_SAVE, QZ_RATING, QZ_FORMAT, QZ_DOWNLOAD, QZ_VIP],
    outline: [],
  },
  '14-jianghua-jdfwg-daxue-biye-dianli-crumb-read-count-promo-title-twice-piece-label': {
    source: 'https://jdfwg.com/jhg/kejiao/38v5v5.html',
    kind: 'speech: 讲话 (a university president at the graduation ceremony; 范文 site, first piece of a page with numbered pieces)',
    tests: 'a breadcrumb "当前位置:经典范文谷>讲话稿>科教文卫讲话稿>" ending in ">", the title, a "科教文卫讲话稿 阅读(2.57W)" column-and-read-count line, a 小编 promo naming the title, the title again on its own line, the piece label "<title>(一):" in full-width parentheses with a colon, then a salutation and "大家上午好!" on lines of their own; blank lines between all lines; quoted “老澄大人”; long comma chains ("去寻找,去融入,去追问,…"); a year, a count of years; cut mid-sentence ("同样是在澄园,这"); no outline',
    isSpeech: true,
    title: JD_TITLE,
    noise: [JD_CRUMB, JD_META, JD_PROMO, JD_PROMO_TAIL, JD_PIECE],
    dropLines: [JD_CRUMB, JD_TITLE, JD_META, JD_PROMO, JD_PIECE],
    outline: [],
  },
  '15-jianghua-kuaisuzugao-keji-chuangxin-dahui-title-twice-yi-er-copyright': {
    source: 'https://kuaisuzugao.com/124457.html',
    kind: 'speech: 讲话 (a city leader at the municipal 科技创新大会; 范文 site)',
    tests: 'the title twice (a blank line after the first), the salutation and paragraphs indented by four spaces; "一、" opening an indented paragraph and "二、" opening an unindented one, each heading ending in a full stop and running on into prose; long paragraphs; cut mid-sentence ("紧扣国家战略需要"), then a copyright footer cut mid-word ("不承担相关")',
    isSpeech: true,
    title: KS_TITLE,
    noise: [KS_FOOTER],
    dropLines: [KS_TITLE, KS_FOOTER],
    outline: [
      { level: 1, marker: '一、', text: '站高看远、深化认识,以全局眼光谋划新阶段科技创新工作' },
      { level: 1, marker: '二、', text: '锚定目标、压实任务,以扎实举措推动新阶段科技创新工作' },
    ],
  },
  '16-fayan-fanwenhai-xiangcun-lvyou-oneline-collection-pian1-glued-page-number-inline-yi-yishi': {
    source: 'https://www.fanwenhai.com/doc/892774.html',
    kind: 'speech: 发言 (a mayor at a municipal rural-tourism meeting; document site, first piece of a "(通用4篇)" collection)',
    tests: 'the page title "<title>(通用4篇)" on its own line, then one line gluing the page title, the piece heading "<title>篇1", the salutation "同志们:" and the whole text with no paragraph breaks; document names in 《》 with "(国发〔20xx〕2号)" numbers; "同志作了"/"同志宣读了" with the names dropped by the site, "县乡乡乡村旅游点", empty quotes "“”", "20xx" placeholders; a lone inline "一、" after "讲几点意见。" glued to the next sentence (its line break lost), a page number glued inside a word ("战1略"), a lone inline "一是" after a full stop; percentages and amounts ("148.62亿元", "49.37%", "GDP"); cut mid-sentence ("黄金时段热播")',
    isSpeech: true,
    title: FH_TITLE,
    noise: [FH_PAGE_TITLE, '(通用4篇)', FH_PIECE, '战1略'],
    replace: [
      [FH_PAGE_TITLE + FH_PIECE, ''],
      ['战1略', '战略'],
    ],
    dropLines: [FH_PAGE_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '看清形势', optional: true },
      { level: 2, marker: '一是', text: '旅游经济指标稳步攀升', optional: true },
    ],
  },
  '17-news-cs0799-yinhang-zhidaihui-inline-yishi-not-speech': {
    source: 'http://www.cs0799.com/portal.php?aid=1654&mod=view',
    kind: 'non-speech: news report (a city bank branch\'s 职工暨会员代表大会; a local portal)',
    tests: 'no headline in the capture, the article on one line with paragraphs separated by a space and a trailing " |"; third-person report of who delivered which 《…报告》, an inline "一是…;二是…;三是…。" run right after a full stop ("但议题充实。一是…"), the doubled "指出指出" as printed, "代表们认为," summary of reports — a news item about a meeting, not a speech',
    isSpeech: false,
    title: '',
  },
  '18-baogao-sdut-xiaozhang-jiaodaihui-gongzuo-baogao-not-speech': {
    source: 'https://zhuanti.sdut.edu.cn/2019/0312/c3137a273573/page.htm',
    kind: 'non-speech: 工作报告 (a university president\'s work report to the staff congress; the university\'s own special-topic site)',
    tests: 'a two-line main title with spaces between slogan parts, a "——在…会议上的工作报告" subtitle, a "(2019年3月2日)" date line, a "校长 <name>" byline, the salutation "各位代表、老师们、同志们:", "现在,我代表学校向…报告工作,请予审议", a standalone "一、2018年工作回顾" heading and a standalone "(一)…" heading, dense figures ("7人", "13人", "123人"); cut mid-sentence — a report genre submitted for deliberation, with the salutation and outline of a speech',
    isSpeech: false,
    title: '敢于担当作为 狠抓工作落实 奋力建设有特色 高水平 区域一流的教学研究型大学',
  },
};
