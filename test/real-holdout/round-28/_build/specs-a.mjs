// Gold specs for holdout round 28, part a (cases 01–06): the economy, finance and state enterprises — 项目建设 and 招商引资
// speeches, a state-asset leader's speech to central-enterprise youth — and two written look-alikes from companies. Four
// spoken pieces (a county leader's speech at a 重点项目集中开工仪式 on a 好文档 viewer page: the site's header line, the
// page title with a glued version number "…讲话18", an empty "天下 分享 时间: 加入收藏 我要投稿 点赞" meta line, the
// document's title line "…讲话(18)", a doubled "各各位领导" salutation glued to "大家下午好!", "X" blanks with stray
// spaces, a block "一要…。" point and the viewer's page number "1" on its own line splitting the word "增量"; a 文库
// chunk view of a spun 招商引资 动员 speech whose three chunks open "1、" / "2、" / "3、" (the first glued to the title
// "在全县招商引资大会上演讲。", the others splitting words "接下|来" and "旅游|资源"), an inline lone "第一," after a
// full stop, spinner quirks (亿韩元, "#。x", "$亿元") and a list of names cut mid-list; a 招商引资表彰及动员大会 speech on
// a 范文模板 site with a "打印本文 - 下载本文〗〖0条评论 - 150推荐〗〖字数:900字〗" meta line and an unnumbered heading line
// after "我讲四个方面的问题。"; a 国资委 leader's speech to the central enterprises' delegates at a 团代会, on a
// traditional-script mirror of the commission's site, untitled, opening with its date line, "一要…。" and "二要…。"
// block points after "提三點希望:") and two written look-alikes (a group company's news item on a cadres' meeting on a
// traditional-script site with converter pinyin, whose president "提出3點要求,一是…;二是…;三是…" after a comma — reported
// speech; the first piece of an insurer's "年底工作总结十篇" collection, a salary and social-insurance account with
// 一、/(1)/①/1. numbering, a breadcrumb glued into one run, a 发布时间 line and "…篇1" — a report, not a speech).
// Judgement calls:
// - 01: the header "好文档 - …分享网站", the page title "在项目开工建设仪式上的讲话18" and the meta line are the site's; the
//   line "在项目开工建设仪式上的讲话(18)" is the document's own title line (dropped, not listed) but its "(18)" is the
//   site's version number (listed); the title is the bare name. The lone "1" between "增" and "量" is the viewer's page
//   number: cut by `replace`, the two halves joined into one paragraph ("增量"), the stray space before 增 kept. The block
//   "一要…。" is a point although the capture ends before 二要 (a run starts at 一); level 1, the speech has no headings.
// - 02: the chunk numbers "1、"/"2、"/"3、" are the viewer's, not the speaker's arabic headings: cut by `replace` and the
//   chunks joined into one paragraph; the title glued after "1、" is the document's (its "。" goes with it). The inline
//   "第一," after "…一些意见。" has no 第二 in the capture, so it is no run of two: optional. 演讲 for 讲话 in the title
//   and the spun words (亿韩元, "又一次鼓劲会") are the page's text, kept.
// - 03: the title line is the document's (dropped, not listed); the meta line (opening bracket lost, as on the page) is
//   the site's. The heading "提高认识,进一步增强…紧迫感" has no marker, so the outline is empty.
// - 04: no title in the capture, so the title is ""; the date line "(2008年6月13日)" is the document's and stays. The
//   inline "首先," after a full stop has no 其次 after it: prose. 一要/二要 open their paragraphs: level 1.
// - 05: a news item: not a speech; its headline is not in the capture, so the title is "". The repeated "會議由…主持。"
//   sentence (two names) is the page's.
// - 06: a 工作总结 is written; the title is the collection's name without "十篇". The skipped 四、 (三、 then 五、) is the page's.
// Names of people, companies and places were replaced by fictional ones (韦振东, 华茂, 石河坳, 宁安高速…; 韩立群; 钱立新,
// 孟岚, 韩振业, 邵庆年) and the prose rewritten in new words; "X"/"xx"/"#x" blanks were kept as the pages have them;
// every noise string is the page's own text. The traditional pages (04, 05) were drafted in simplified characters and
// converted with OpenCC (tw), then given the mirrors' own mainland forms back (并, 干部/实干, 于, 扎, 占 in 04; 最后, 节后
// and pinyin after 訓/業/經/節/進/達/顧/標/務/實 in 05, one 經 left bare as on the page).
// Looked for and not found on a new host: a bank's or insurer's 年会 致辞 (the pages corpus answers with news of bank
// events and novels), a 国企 职代会 讲话 by the chairman in full (only news items and novel chapters), an enterprise
// 安全生产 表态发言 (those found are on used hosts: laobiganzi, refanwen, daumloan, 360docs), a 述职报告 of a 国企 leader
// (only news of 述职 meetings). Also on used hosts: wenke99, yiqiwanjituan, 7rdy, caiyes, 6dgww, gwyoo, xiaomilidoc,
// gongwensou, fanwenq, tmdps, yunko, e.wenmi.ren, aqrzj, cs0799, gongwen.com.cn, gongwenbang, laomiw, bbxzwk.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HD_SITE = '好文档 - 专业文书写作范文服务资料分享网站';
const HD_PAGE_TITLE = '在项目开工建设仪式上的讲话18';
const HD_META = '天下 分享 时间: 加入收藏 我要投稿 点赞';
const HD_TITLE_LINE = '在项目开工建设仪式上的讲话(18)';

const FM_TITLE = '招商引资表彰及动员大会讲话';
const FM_META = '打印本文 - 下载本文〗〖0条评论 - 150推荐〗〖字数:900字〗';

export const specs = {
  '01-jianghua-haowendang-xiangmu-kaigong-viewer-page-number-yiyao': {
    source: 'https://haowendang.cn/c7xfqp9e76i35m4y31ezc5v45r56fh1008w0_1.html',
    kind: 'speech: 讲话 (a county leader at a 重点项目集中开工仪式; 好文档 document page)',
    tests: 'a document site\'s header line "好文档 - 专业文书写作范文服务资料分享网站", the page title with a glued version number "在项目开工建设仪式上的讲话18", an empty meta line "天下 分享 时间: 加入收藏 我要投稿 点赞", the document\'s title line "…讲话(18)"; the salutation "各各位领导、各位来宾,同志们:" (doubled 各) glued to "大家下午好!" with a space; "X 年X 月", "全 X", "我X" blanks with stray spaces inside sentences ("集中开工 项目", "这些项目的 建成"); a block point "一要以建促增,稳住经济增长基本盘。" with no 二要 in the capture; the viewer\'s page number "1" on its own line splitting "增|量" mid-word (blank lines around it), to be cut and joined; cut mid-sentence ("…工业强X 战略的关键")',
    isSpeech: true,
    title: '在项目开工建设仪式上的讲话',
    noise: [HD_SITE, HD_PAGE_TITLE, HD_META, '(18)', '增\n\n1\n\n量'],
    replace: [['增\n\n1\n\n量', '增量']],
    dropLines: [HD_SITE, HD_PAGE_TITLE, HD_META, HD_TITLE_LINE],
    outline: [
      { level: 1, marker: '一要', text: '以建促增,稳住经济增长基本盘' },
    ],
  },
  '02-jianghua-xinwenku-zhaoshang-dongyuan-chunk-numbers-diyi': {
    source: 'https://www.xinwenku.com/d-76779.html',
    kind: 'speech: 讲话 (a county leader at a 招商及重点项目建设表彰动员大会; 文库 chunk view of a spun text)',
    tests: 'a 文库 page showing the document in three numbered chunks: "1、" glued before the title, which is glued to the body by a full stop ("1、在全县招商引资大会上演讲。天时互相催,…"), "2、" and "3、" opening lines that split words ("接下" / "2、来", "旅游" / "3、资源") — chunk numbers that look like arabic headings; spun wording (演讲 for 讲话, "资金引进xx.x亿韩元", "资金到位#。x亿韩元", "$亿元", "# 万亩"); an inline lone "第一,正视成绩,…紧迫感。" after "我将告诉大家一些意见。" with no 第二 in the capture; a long list of company and road names; cut mid-list ("云台路")',
    isSpeech: true,
    title: '在全县招商引资大会上演讲',
    noise: ['1、在全', '下\n2、来', '游\n3、资'],
    replace: [['1、在全县招商引资大会上演讲。', ''], ['下\n2、来', '下来'], ['游\n3、资', '游资']],
    outline: [
      { level: 1, marker: '第一,', text: '正视成绩,提振信心,切实增强对招商引资和重点项目建设的使命感和紧迫感', optional: true },
    ],
  },
  '03-jianghua-fanwenmuban-zhaoshang-biaozhang-meta-unnumbered-headings': {
    source: 'http://www.fanwenmuban.com/jhgfw/dydhjhg/130150.html',
    kind: 'speech: 讲话 (a district leader at the district\'s 招商引资表彰及动员大会; 范文模板 site)',
    tests: 'the title line, then a meta line whose opening bracket is lost ("打印本文 - 下载本文〗〖0条评论 - 150推荐〗〖字数:900字〗"), "同志们:", "我讲四个方面的问题。" and an unnumbered heading line "提高认识,进一步增强做好招商引资工作的使命感和紧迫感" (no marker: no outline item), quoted "招商引资年", paragraphs opening "所以," and "可以说,"; cut mid-sentence ("…工作的态度如")',
    isSpeech: true,
    title: FM_TITLE,
    noise: [FM_META],
    dropLines: [FM_TITLE, FM_META],
    outline: [],
  },
  '04-jianghua-gittisbaby-big5-guoziwei-yangqi-tuandaihui-yiyao-eryao': {
    source: 'http://www.gittisbaby.com/n2588025/n2588119/c2701490/content.html',
    kind: 'speech: 讲话 (the head of the state-asset commission to the central enterprises\' delegates at a 团代会; traditional-script mirror)',
    tests: 'a traditional-script mirror with mainland forms left in (并, 團干部, 實干, 相當于, 扎扎實實, 約占); no title in the capture: the date line "(2008年6月13日)" opens the page, then "各位代表、青年朋友們:" and "大家好!" on their own lines; an inline lone "首先," after a full stop (prose); "提三點希望:" then block points "一要不負重託。" and "二要勤學苦練、埋頭實干。" with long bodies full of figures ("7萬多億元", "1.5萬億元", "1千5百億元", "1/4"); cut mid-sentence ("我當過8年的工人")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一要', text: '不負重託' },
      { level: 1, marker: '二要', text: '勤學苦練、埋頭實干' },
    ],
  },
  '05-news-jcc-bj-big5-pinyin-jituan-ganbu-huiyi-yishi-not-speech': {
    source: 'http://www.jcc-bj.com.cn/News/detail/id/250.html',
    kind: 'non-speech: news item (a group company\'s meeting of subsidiary managers and department heads; traditional-script company site with converter pinyin)',
    tests: 'a company news item without its headline in the capture, converter pinyin after 訓/業/經/節/進/達/顧/標/務/實 ("培訓(xùn)室", "總經(jīng)理"); who chaired (the sentence given twice with two names), who arranged and reviewed; then "最后,集團總裁邵慶年講話,他在講話中說:" and "提出3點要求,一是…;二是…;三是…。" after a comma with semicolons — reported speech in the third person, not a speech',
    isSpeech: false,
    title: '',
  },
  '06-zongjie-zubaike-baoxian-nianzhong-breadcrumb-pian1-not-speech': {
    source: 'https://zubaike.com/bk/396961.html',
    kind: 'non-speech: 工作总结 (an insurer\'s year-end summary of payroll and social-insurance work; first piece of a 范文 collection)',
    tests: 'a breadcrumb glued into one run with the collection name twice ("首页范文大全保险公司年底工作总结十篇保险公司年底工作总结十篇"), the collection title, a "发布时间:…" line, the piece heading "…篇1", a line of spaces; numbered parts " 一、" (leading space) / 二、 / 三、 / 五、 (四、 skipped), "(1)"/" (2)", "①   "/"②   " with runs of spaces, "1."…"4. " items, "xxx万元" blanks throughout — a report with an outline, no salutation, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '保险公司年底工作总结',
  },
};
