// Gold specs for holdout round 19, part a (cases 02–06): document viewers and paid packs. Three spoken pieces (a county
// leader's 讲话 at an education mobilisation meeting on a document-download page
// of a two-speech pack, whose PDF text doubled every bold run of the file title and of the piece title
// ("20202020 年年…合编合编…1490014900 字字范文范文") and glued them before the body, with the viewer's chunk numbers
// "2、" and "3、" opening lines in mid-sentence; a district leader's 讲话 at a project-inspection review meeting on a
// members-only 范文 site, under "内容预览:", with a 一、 heading line and a four-line member paywall after the cut
// "平稳健…………"; an untitled 奠基仪式 致辞 on a content farm whose every sentence group is numbered 1、…5、, between
// "The Beginning" / "THE END" and a "TAG:" line) and two written pieces in 文库 viewers (a PPT course on writing 商务文书
// with uploader/ID/format/pages/size bar, "…_第N页 / 第N页 / 共43页" captions, 资源描述 and a "由会员分享" line, its slides
// flattened into chunks "1、"/"2、" with 一、…四、 and 1./2. headings; a traditional-script mirror of a viewer holding a
// 在线客户服务体系 建设方案, with converter pinyin, "_第N頁" captions, a "已閱讀5頁,還剩13頁未讀" line and a copyright line).
// A sixth case, a 文库 viewer's one-line 发言稿 on wnwk.com, was left out before the gold was committed: its site is the
// desktop version of m.wnwk.com, already in the shared corpus.
// Not found on any new host: a 表态发言 or 主持词 inside a docx/pdf viewer with VIP/download chrome, a 党课讲稿 PDF with
// hard wraps every line, a WeChat subscription pack with a 公众号/客服微信 header, and a 文库 page of a 述职报告 or 工作总结.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AQ_PREFIX =
  '1、20202020 年年在全县振兴教育动员大会上的讲话文在全县振兴教育动员大会上的讲话文和和在全在全县县学校学校' +
  '安全工作会议讲话稿安全工作会议讲话稿合编合编20202020 年年在全县振兴教育动员大会上的讲话在全县振兴教育动员大会上的讲话 ' +
  '1490014900 字字范文范文';
const AQ_CHUNK2 = '政治、\n2、军事';
const AQ_CHUNK3 = '前六\n3、位';

const MS_TITLE = '在全区三季度项目建设观摩点评会上的讲话';
const MS_PAYWALL = [
  '全文共7402字,仅供站内会员学习参考(会员可打开排版规范的全部文档)',
  '新来的客人请【点此注册】加入会员',
  '刚注册会员请【刷新页面】打开全文',
  '未登陆用户请【登录网站】查',
];

const JX_CHROME = ['The Beginning', 'THE END', 'TAG:奠基仪式致辞'];

export const specs = {
  '02-jianghua-aqrzj-docdown-doubled-title-pack-chunk-numbers': {
    source: 'https://m.aqrzj.com/docdown/182586.html',
    kind: 'speech: 讲话 (a county leader at the county\'s 教育振兴 mobilisation meeting; document-download page of a two-speech pack)',
    tests: 'a document-download page whose PDF text doubled the bold runs: the viewer\'s chunk number "1、", the pack\'s file title with every run twice ("20202020 年年在全县振兴教育动员大会上的讲话文在全县振兴教育动员大会上的讲话文和和在全在全县县学校学校…合编合编"), then the first piece\'s title doubled with its doubled word count ("…讲话在全县…讲话 1490014900 字字范文范文"), all glued before the first body sentence "经县委、县政府…" on one line; no salutation; chunk numbers "2、" and "3、" opening lines in mid-sentence ("经济、政治、" / "2、军事等领域…", "排名前六" / "3、位,…") that look like an arabic list; spaces from the PDF before and after numbers and placeholders ("辅佐齐国 40多年", "X 经济社会", "连续X 年", "全市 X 个县市", ", 可我们"); quoted sayings and a classical quotation with semicolons; "第一方阵/第二方阵/第三方阵" (no markers); cut mid-word ("广大干")',
    isSpeech: true,
    title: '2020年在全县振兴教育动员大会上的讲话',
    noise: [AQ_PREFIX, '1490014900 字字范文范文', '合编合编', AQ_CHUNK2, AQ_CHUNK3],
    replace: [
      [AQ_PREFIX, ''],
      [AQ_CHUNK2, '政治、军事'],
      [AQ_CHUNK3, '前六位'],
    ],
    outline: [],
  },
  '03-jianghua-mswk-neirong-yulan-member-paywall-yi-heading': {
    source: 'http://mswk.cn/Article/ShowArticle.asp?ArticleID=112747',
    kind: 'speech: 讲话 (a district leader at the district\'s third-quarter project-inspection review meeting; members-only 范文 site)',
    tests: 'a members-only 范文 page: a "内容预览:" line before the title, "同志们:", two paragraphs ending "下面,我先讲三点意见。", a block heading line "一、盘点成效,正视差距,…推进情况" with commas and no sentence end; "xx"/"xxxx" placeholders; "乡(镇)" with ASCII parentheses; a quoted slogan series; the preview cut mid-word with the site\'s ellipsis ("平稳健…………"), then four paywall lines (a word count, "会员可打开排版规范的全部文档", 【点此注册】, 【刷新页面】, a last line cut mid-sentence "未登陆用户请【登录网站】查")',
    isSpeech: true,
    title: MS_TITLE,
    noise: ['内容预览:', ...MS_PAYWALL, '仅供站内会员学习参考'],
    dropLines: ['内容预览:', MS_TITLE, ...MS_PAYWALL],
    outline: [
      { level: 1, marker: '一、', text: '盘点成效,正视差距,客观评判三季度经济运行和重点工作推进情况' },
    ],
  },
  '04-zhici-jxyuer-dianji-numbered-sentences-beginning-end-tag': {
    source: 'http://m.jxyuer.com/qiaomen/shcs/751060.html',
    kind: 'speech: 致辞 (a county leader at the groundbreaking of the party and government office centre; content farm that numbers the sentences of a speech)',
    tests: 'no title in the page: "The Beginning" above and "THE END" below the text, then a tag line "TAG:奠基仪式致辞" naming the genre; every line of the speech numbered "1、"…"5、" by the site, the salutation included ("1、各位同志们,朋友们:"), so that the numbers look like a block arabic run although they only number the sentences; "我市" and "我县" both as printed; a quoted line of poetry; "驻×各单位" placeholder; exclamation marks in the closing thanks',
    isSpeech: true,
    title: '',
    noise: JX_CHROME,
    dropLines: JX_CHROME,
    outline: [
      { level: 1, marker: '1、', text: '各位同志们,朋友们:', optional: true },
      { level: 1, marker: '2、', text: '今天,我们在这里隆重集会,举行我市党政机关综合办公中心奠基仪式', optional: true },
      { level: 1, marker: '3、', text: '兴建党政机关综合办公中心,既是机关干部一直惦记的一件事情,也是社会各界普遍关心的一件大事', optional: true },
      { level: 1, marker: '4、', text: '大家都清楚,我县党政机关尤其是政府的办公条件,用陈旧简陋甚至摇摇欲坠来形容,一点也不夸张', optional: true },
      { level: 1, marker: '5、', text: '应该说,我们有理由欢欣,我们也有理由庆贺', optional: true },
    ],
  },
  '05-guide-31ppt-docviewer-shangwu-wenshu-ppt-not-speech': {
    source: 'https://m.31ppt.com/p-1653931.html',
    kind: 'non-speech: writing guide (a PPT course on writing 商务文书; 文库 document viewer)',
    tests: 'a 文库 viewer: the file name "商务文书写作ppt课件.ppt", an "上传人:… 文档编号:… 上传时间:… 格式:PPT 页数:43 大小:1.26MB" bar, "返回 下载 相关 举报", five "…ppt_第N页" captions each over "第N页 / 共43页", "点击查看更多>>", "资源描述", a "《…》由会员分享,可在线阅读,…请在三一办公上搜索。" line; the slides flattened into chunks "1、"/"2、" (the second opening in mid-sentence) with commas between slides, 一、…四、 and 1./2. headings glued to their items, a list of 礼仪性 documents (贺信、贺电、邀请书、请柬以及慰问信) and "第一章" repeated as a slide footer — a course on writing documents, not a speech',
    isSpeech: false,
    title: '商务文书写作',
  },
  '06-fangan-boteman-big5-docviewer-kefu-tixi-not-speech': {
    source: 'http://www.boteman.cn/paper/454395434.html',
    kind: 'non-speech: 实施方案 (a company\'s plan for an online customer-service system; traditional-script mirror of a 文库 viewer)',
    tests: 'a traditional-script mirror of a 文库 viewer with converter pinyin after a fixed set of characters (服務(wù), 繼續(xù), 免費(fèi), 權(quán), 內(nèi), 領(lǐng), 數(shù), 轉(zhuǎn), 業(yè), 統(tǒng), 應(yīng), 準(zhǔn), 據(jù), 驅(qū), 優(yōu), 運(yùn), 標(biāo), 當(dāng), 網(wǎng), 復(fù)), also in the file title; five "…方案_第N頁" captions, "已閱讀5頁,還剩13頁未讀, 繼續(xù)免費(fèi)閱讀", "下載本文檔", a copyright line, "文檔簡介", then the plan flattened onto one line behind its repeated title: "一、前言…二、建設背景與目標(biāo)(一)建設背景1.…2.…" headings glued to their text, quoted customer wishes, "7×24小時" — a written plan, not a speech',
    isSpeech: false,
    title: '在線客戶服務體系建設方案',
  },
};
