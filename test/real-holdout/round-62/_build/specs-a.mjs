// Gold specs for holdout round 62, part a (cases 01–06): work safety and emergency management in factories, mines,
// construction sites and enterprises (安全生产, 消防演练, 应急演练). Four spoken pieces (a 街道 leader's 讲话 at a 消防安全
// 培训及部署会议 on a 范文 site (xiaocaofanwen, 小草范文网): a bare column line "发言稿", a "当前位置:… > 列表页" breadcrumb, the
// page title "领导消防发言稿", a "小草范文网  发布于:…  分类: 发言稿 手机版" meta line, two piece headings "篇一:领导消防发言稿" and
// "篇一:消防大会领导讲话", then the document's own title broken over three lines ("在全" / "街道2015年消防安全培训" /
// "及部署会议上的讲", its last character 话 lost by the site) and a body hard-wrapped into short lines with blank lines
// between them, a wrap mid-word ("全街道消" / "防安全"), "**" name placeholders, the site's doubled "各类各类", a 一、 heading
// broken over two lines, cut mid-word ("沉"); a company leader's 发言 closing a 消防与防泄漏演习 on a 经验 Q&A site
// (lingbiren): site chrome "搜索" / "写经验 领红包" / " > 社会", an SEO question headline that does not name the speech,
// a "导语:在企业年度消防与防泄漏演习时的发言,…" line, the salutation and "大家好!" on two lines, "我认为包括三个层面:" then block
// "第一,…" / "第二,…" points, cut mid-word ("责"); a unit leader's 讲话 at a 消防应急演练 on a safety-news page
// (chaojikaoba): the title, a "文章来源:安全生产消息网:" line and the bare domain "safe.chaojikaoba.cn" on its own line, a
// narrating first paragraph ("…我作为领导代表,作了讲话。"), block "首先," / "其次," / "最后," points, a quoted slogan broken
// into four lines (牢记 / “ / 安全第一 / ” / 的要求), another wrap inside a sentence, and a truncated "关键词:…" tail; a pair of
// announcers' 解说词 for a county-level city's 矿山冒顶事故应急救援演练 in a 文库 PDF viewer (wk.yl1001): "background image" and
// "- 1 -" above a two-line title that doubles a word ("…应急救援演练演练程序和解说词"), a spaced date line ("2016 年 6 月 27 日…"),
// a stage direction in parentheses, (女)/(男)/(合) role labels and PDF hard wraps every 26–28 characters, mid-word) and two
// look-alikes (a chapter of an officialdom novel on a reading site (deyuyz) in which the party secretary opens a 常委会
// with "同志们," and the county head reports on illegal small coal pits, with the site's dropped characters ("先,有请林县长
// 言", "现了", "期服役", "生故障" — 首/发/超 lost) and a wrap inside a name ("赵" / "川"); an SEO article on a tag page
// (zx08, "/t/<keyword>.html") explaining what a 安全矿长办公会讲话 does, with a "一、深刻认清严峻形势,时刻绷紧安全生产这根弦"
// heading — an essay about the genre, not a speech).
// Judgement calls: 01's title is the document's own title as the page prints it, its three lines joined and without the
// 话 the site lost ("在全街道2015年消防安全培训及部署会议上的讲"; the gap after 在全 is the page's); the bare "发言稿" line,
// the breadcrumb, the page title, the meta line and both "篇一:" headings are noise (a collection page's header and piece
// headings); every hard wrap is joined (short first lines mark paragraph starts, a line ending in a comma continues);
// "一、守消防安全的防线一刻不能松" is a required level-1 heading; "各类各类" and "**" stay. 02's headline is an SEO question
// ("…应注重谁的参与和培训(…)") that is not the speech's name and the piece is named only in the 导语, so the title is ""
// (as round 32's 14, named only in a promo) and the headline, the 导语 and the site chrome are noise; the block 第一,/第二,
// after a paragraph ending in ":" open their own paragraphs and are required level-1 points. 03's title names a 讲话 and
// the body is the speaker's own first-person words to the staff ("你们的付出…"), so it is a speech though its first
// paragraph narrates the occasion ("我作为领导代表,作了讲话"); the source line, the bare domain line and the keyword tail are
// noise; the quoted slogan's four lines and the "为企业的稳步发展" / "和员工…" wrap are joined; 首先,/其次,/最后, are
// required level-1 points (the 首先 paragraph thanks the staff but opens the run). 04's 解说词 is spoken to the audience
// (各位领导;/各位来宾;/大家上午好!) and counts as a speech of the 主持词 family (as round 9's 02); the title keeps the doubled
// 演练 as printed; the date line and "(解说员声音响起)" are the script's own lines and stay; each announcer's turn is one
// paragraph (its wraps joined); no outline. 05 is a novel and 06 an essay about speeches: not speeches.
// Looked for and not found on a new host: a 班组长 speech (班前会 talk, 班组长培训班开班 讲话, 优秀班组长 代表发言) — the
// corpus answers with news posts about 班组长 contests and training classes and with used template sites; a speech with
// 一是/二是 points at a 安全生产月 launch on an unused host (refanwen, xiezuofangchengshi, fanwen9, 010zaixian, jxajj,
// laobiganzi, wmjy are used); a 应急演练 主持词 on an enterprise site (syfww and hgxm answer with school drills; hgxm prints the
// "每个人都曾试图在平淡的学习、工作和生活中写一篇文章" promo of xuefen.com.cn's zdfb template, so it counts as used); a
// traditional-script mirror of a 安全生产 讲话 (tmdps, 004km, athomedrugdetox — a /fwn/address/ mirror of xuexila —,
// wyyxscd8644, kingpenvapepens, 9000bbs are used or twins). Also set aside: hnrhcy.com (a novel chapter quoting a 副县长's
// 安全生产 speech; claimed first, then replaced by deyuyz because its stored excerpt is only 480 characters);
// haojob123.com (the "时间:… 讲话致辞 我要投稿" meta and "以下是小编收集整理的" promo of the fanwen9/gaozihui family);
// m.sarr.cn (the shared corpus's sarr.cn). 04's page is the whole stored excerpt (530 characters; the store ends there).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XC_COLUMN = '发言稿';
const XC_CRUMB = '当前位置:首页 > 演讲稿范文 > 发言稿 > 列表页';
const XC_PAGE_TITLE = '领导消防发言稿';
const XC_META = '小草范文网  发布于:2017-04-28  分类: 发言稿 手机版';
const XC_PIECE1 = '篇一:领导消防发言稿';
const XC_PIECE2 = '篇一:消防大会领导讲话';
const XC_TITLE = '在全街道2015年消防安全培训及部署会议上的讲';

const LB_SEARCH = '搜索';
const LB_BAR = '写经验 领红包';
const LB_CRUMB = '> 社会';
const LB_HEADLINE = '在企业消防演练中应注重谁的参与和培训(企业在消防方面应当做到哪些)';
const LB_DAOYU = '导语:在企业年度消防与防泄漏演习时的发言,重点是要把逃生放在第一位';

const CJ_TITLE = '消防应急演练活动现场的讲话';
const CJ_SOURCE = '文章来源:安全生产消息网:';
const CJ_DOMAIN = 'safe.chaojikaoba.cn';
const CJ_KEYWORDS = '关键词:消防应急演练、消防安全、员工安全意';

const YL_BG = 'background image';
const YL_PAGE = '- 1 -';
const YL_TITLE = '青峪市矿山冒顶事故应急救援演练演练程序和解说词';

export const specs = {
  '01-jianghua-xiaocaofanwen-xiaofang-pian1-broken-title-wraps': {
    source: 'http://www.xiaocaofanwen.com/2017/fayangao_0428/350516.html',
    kind: 'speech: 讲话 (a 街道 leader at the street\'s fire-safety training and deployment meeting; 范文 collection page)',
    tests: 'a bare column line "发言稿", a "当前位置:首页 > 演讲稿范文 > 发言稿 > 列表页" breadcrumb, the page title "领导消防发言稿", a "小草范文网  发布于:2017-04-28  分类: 发言稿 手机版" meta line, piece headings "篇一:领导消防发言稿" and "篇一:消防大会领导讲话"; the document\'s own title broken over three lines ("在全" / "街道2015年消防安全培训" / "及部署会议上的讲", 话 lost by the site); a body hard-wrapped into short lines with a blank line after each, wraps mid-word ("全街道消" / "防安全", "全街" / "道上下"), short first lines marking paragraph starts; "**" placeholders and the doubled "各类各类"; "下面,我讲三点意见。" then a 一、 heading broken over two lines ("一、守消防安全的" / "防线一刻不能松"); cut mid-word ("沉")',
    isSpeech: true,
    title: XC_TITLE,
    noise: [XC_COLUMN, XC_CRUMB, XC_PAGE_TITLE, XC_META, XC_PIECE1, XC_PIECE2],
    join: [
      ['在全', '及部署会议上的讲'],
      ['今天我们专门召开', '工作重点,**所长安排了全年消防任务'],
      ['面对当前复杂多变', '的发生,守护全办人民群众'],
      ['一、守消防安全的', '防线一刻不能松'],
      ['近年来,我们全街', '全街道消防安全生产形势总体平稳。'],
      ['但我们也应该清醒', '的看到,安全形势仍不容乐观。'],
    ],
    dropLines: [XC_COLUMN, XC_CRUMB, XC_PAGE_TITLE, XC_META, XC_PIECE1, XC_PIECE2, XC_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '守消防安全的防线一刻不能松' },
    ],
  },
  '02-fayan-lingbiren-xiaofang-yanxi-seo-headline-daoyu-diyi': {
    source: 'https://lingbiren.com/html/588999.html',
    kind: 'speech: 发言 (a company leader closing the firm\'s annual fire and leak-response drill; 经验 Q&A site)',
    tests: 'site chrome "搜索" / "写经验 领红包" / " > 社会" (a leading space); an SEO question headline "在企业消防演练中应注重谁的参与和培训(企业在消防方面应当做到哪些)" that is not the speech\'s name; a "导语:在企业年度消防与防泄漏演习时的发言,…" line naming the piece; no title; the salutation "各位负责人,同事们:" and "大家好!" on two lines; short one-sentence paragraphs; quoted "增强意识"; "我认为包括三个层面:" then block "第一,…" and "第二,…" points (level 1, whole first sentences with quotation marks); cut mid-word ("责")',
    isSpeech: true,
    title: '',
    noise: [LB_SEARCH, LB_BAR, LB_CRUMB, LB_HEADLINE, LB_DAOYU],
    dropLines: [LB_SEARCH, LB_BAR, LB_CRUMB, LB_HEADLINE, LB_DAOYU],
    outline: [
      { level: 1, marker: '第一,', text: '对于公司来讲,通过演习,增强的是“防范意识”' },
      { level: 1, marker: '第二,', text: '对于义务消防队员来讲,通过演习,增强的是“责任意识”' },
    ],
  },
  '03-jianghua-chaojikaoba-yanlian-source-domain-quote-wrap-shouxian': {
    source: 'https://chaojikaoba.cn/doc/tln6eema2k',
    kind: 'speech: 讲话 (a unit leader at the site of the company\'s fire emergency drill; safety-news page)',
    tests: 'the title, then a "文章来源:安全生产消息网:" line and the bare domain "safe.chaojikaoba.cn" on its own line; no salutation; a first paragraph that narrates the occasion ("…我作为领导代表,作了讲话。"); block "首先," / "其次," / "最后," points (level 1, whole first sentences under 50 characters); a quoted slogan broken over four lines ("…始终牢记" / "“" / "安全第一" / "”" / "的要求,…") and a wrap inside a sentence ("为企业的稳步发展" / "和员工的安全健康…") to be joined; a keyword tail cut mid-word ("关键词:消防应急演练、消防安全、员工安全意")',
    isSpeech: true,
    title: CJ_TITLE,
    noise: [CJ_SOURCE, CJ_DOMAIN, CJ_KEYWORDS],
    join: [
      ['我们要始终牢记', '的要求,把消防安全纳入日常管理'],
      ['为企业的稳步发展', '和员工的安全健康'],
    ],
    dropLines: [CJ_TITLE, CJ_SOURCE, CJ_DOMAIN, CJ_KEYWORDS],
    outline: [
      { level: 1, marker: '首先,', text: '我要向所有参加演练的同事们表示真诚的谢意和亲切的问候' },
      { level: 1, marker: '其次,', text: '我要强调,消防安全关系企业和员工的生命财产安全,也关系到社会的稳定和群众的安宁' },
      { level: 1, marker: '最后,', text: '我要强调全体员工要持续增强自身的消防安全意识,学习消防常识,掌握应急处置本领,提升自我保护能力' },
    ],
  },
  '04-jieshuoci-yl1001-kuangshan-yanlian-pdf-pagenum-roles': {
    source: 'http://wk.yl1001.com/classify.php?mode=classify&doaction=desc_item&page=1&purl=http%3A%2F%2Fupload104.job1001.com%2Fupload%2Fres%2Fhtml%2F1472628945-0P7YOWW%2F2016-08-31%2F1472628945-0P7YOWW.html',
    kind: 'speech: 解说词 (two announcers at a county-level city\'s mine roof-fall rescue drill; 文库 PDF viewer)',
    tests: 'PDF viewer chrome "background image" and a page number "- 1 -" above the title; a two-line title ("青峪市矿山冒顶事故" / "应急救援演练演练程序和解说词") with a word doubled by the document; a date line with PDF spaces ("2016 年 6 月 27 日上午 9:30 整,演练正式开始。"); a stage direction "(解说员声音响起)"; role labels "(女):" / "(男):" / "(合):" with a salutation split over three turns ending in ";"; each turn hard-wrapped every 26–28 characters, mid-word ("安全生" / "产工作", "孟庆" / "华", "自然资" / "源"); a long list of officials with posts; no outline',
    isSpeech: true,
    title: YL_TITLE,
    noise: [YL_BG, YL_PAGE],
    join: [
      ['青峪市矿山冒顶事故', '应急救援演练演练程序和解说词'],
      ['(女):为深入贯彻', '援演练。'],
      ['(男):出席本次', '源、卫健、应急管理等部门'],
      ['(女):感谢上级领导', '业的应急救援演练。'],
    ],
    dropLines: [YL_BG, YL_PAGE, YL_TITLE],
    outline: [],
  },
  '05-novel-deyuyz-changweihui-xiaomeikuang-dropped-fa-not-speech': {
    source: 'https://deyuyz.com/infos/3254451/64964210.html',
    kind: 'non-speech: novel (officialdom novel chapter: a county standing committee on closing illegal small coal pits)',
    tests: 'a novel chapter with no site chrome: the county head back from a mining town, a 常委会 opened by the secretary with "同志们,今天这次常委会,…" and "先,有请林县长言", the county head\'s quoted report ("各位同志,…"), a helmet smashed on the table, a colleague\'s objection; the site\'s dropped characters kept ("先" for 首先, "言" for 发言, "现了", "期服役", "生故障", "生安全事故"); a wrap inside a name ("赵" / "川") and a quotation opening a line after a comma — a story in which officials speak, not a speech; cut mid-word ("安")',
    isSpeech: false,
    title: '',
  },
  '06-article-zx08-kuangzhang-bangonghui-jianghua-yi-not-speech': {
    source: 'https://www.zx08.cn/t/安全矿长强调安全.html',
    kind: 'non-speech: article (an SEO essay on what a mine safety deputy\'s 办公会讲话 does)',
    tests: 'an essay on a tag page with no title or chrome in the capture: three paragraphs describing the 安全矿长办公会讲话 in the third person ("一篇有分量的安全矿长办公会讲话,决不是…", "讲话内容一般紧扣…", "认真研读和学习安全矿长在办公会上的讲话精神") and then a speech-like heading "一、深刻认清严峻形势,时刻绷紧安全生产这根弦" with an expository paragraph under it — writing about the genre, not a speech; cut mid-word ("安")',
    isSpeech: false,
    title: '',
  },
};
