// Gold specs for holdout round 48, part a (cases 01–06): construction, transport, housing and engineering projects.
// Four spoken pieces (a 建筑安全生产 演说稿 on a writing site (aixzzs) whose text leaked its Markdown: the title line is
// "### 建筑安全生产演说稿" and the three section headings are "#### 一、…:…" / "#### 二、…" / "#### 三、…", with a block
// "首先," paragraph under 一、 and no 其次, cut mid-phrase ("安全教育和"); a retired road engineer's 学术讲座 to a provincial
// highway department's cadre class on a transport site (7its), under a share/collect/like bar ("分享"/"收藏"/"点赞"), an
// ordered-list breadcrumb "1. 主页 > 资讯 > 人物专栏", the series headline "高速公路与长江主轴、长江新城(一)", a site teaser
// that glues the subtitle, the salutation and the first words into one line and stops mid-sentence, then the subtitle
// "为…所作的学术讲座" and the salutation again; no numbered points ("第一条道路", "第一线" are prose), cut mid-sentence;
// a construction-industry association president's 讲话 at a symposium marking the 30th anniversary of Deng Xiaoping's 1980
// talk on the building industry, on a hijacked association page (rebuilttoyotaengines) where a casino brand
// "yabo在线官网(中国)官方网站" replaced the word 关于 in the title and in the first sentence, a bullet meta list
// "• 来源: / • 点击量:23,957 / • 发布时间:2010-04-02 / • 分享到:", the speech's own date line "二〇一〇年四月二日" and
// indented paragraphs, "下面,我谈两点体会。" then a block "第一点体会就是,…" whose 第二点 lies past the cut; the first piece
// of a 摘抄网 collection (zhaichao) of 安全生产月 动员大会 演讲稿: breadcrumb, collection title with "(精选8篇)", a 时间 line,
// the "下面是摘抄网小编收集整理的…大概有8篇左右,…" promo, the piece heading "篇一:<title>", a spoken topic line
// "今天,我演讲的题目是:《…》。", xxxxx placeholders, the spun words 熟悉到/非凡是 and a censored 党 ("我们政始终…",
// "政在群众中的形象"), a block "首先," paragraph with no 其次 in the capture, cut mid-word ("具")) and two written
// look-alikes (an e-paper page of 周口日报 (zhld) reporting a district's 老旧小区改造提升动员会: date and "第05版:川汇新闻
// PDF版" lines, the headline, a "本报讯 (记者 …)" lead, the secretary's requirements "一要…。二要…。三要…。" after a comma
// and "要求,", the editor's mark "②7" and an e-paper footer "2019-09-18 1 1 周口日报 content_78984.html 1" — a third-person
// news report, not a speech; a traditional-script document-download page (szcn-led) of a 施工方案 for two culvert bridges
// at a steelworks: the viewer's chunk numbers "1、" "2、" "3、" glued at line starts (the second and third mid-word: "2、 10.4米",
// "3、凝土"), the table of contents 第一章…第十章 run into one line with the first chapter, 1.1/1.2/1.3 clauses, "1、混凝土
// (1)水泥…(2)…(3)…", lost units ("氣溫5.1,", "110m" for 1×10m) and standard numbers — a construction method statement,
// not a speech).
// Judgement calls: 01's "### " and "#### " are leaked Markdown, cut as the page's (a regexCut, like raw HTML tags in the
// shared corpus); what is left of the first line is the title (dropped, not listed); the three "一、/二、/三、" lines are
// then standalone block headings (level 1, whole line, the colon inside the heading kept); "首先,我们必须清醒地认识到,…"
// opens its paragraph under 一、 but no 其次 follows before 二、: optional level-2 point, its first sentence cut at the first
// comma (over 50 characters). 02: a lecture addressed to its audience is a speech (as round 16's 人大 讲座); the headline's
// "(一)" is the site's instalment number and is dropped from the title (listed as "新城(一)", the numbering with its
// neighbours); the teaser line is a site summary repeating the opening: dropped but not listed (every
// part of it recurs in the kept subtitle + salutation + first paragraph, as a repeated title is not listed); the subtitle "为…所作的学术讲座"
// is the lecture's own occasion line and stays as a body line (as a dash subtitle would); the "1." of the breadcrumb is a
// list bullet of the page, not an outline marker. 03: the casino brand stands in for a word of the text and is kept in the
// title and the body, as round 45's 15 kept "9999js金沙老品牌" where it replaced the school's name; the title keeps the
// speaker's "…会长在" prefix as printed; the date line is the speech's own (body); "第一点体会就是," is an ordinal outside the
// rule table with its second point past the cut: optional level-1 item, marker as printed up to the comma. 04: the title
// is the piece's own title (the collection title without "(精选8篇)"); the collection title line, the crumb, the 时间 line,
// the promo and the "篇一:" heading are noise; the censored "政" and the spun 熟悉到/非凡是 stay (the site's text); the
// topic line "今天,我演讲的题目是:《…》。" is the speaker's; the lone block "首先," is an optional level-1 point cut at its
// first comma. 05 and 06 are written, not speeches (05's "一要/二要/三要" are a reporter's summary of requirements after a
// comma; 06 is a 施工方案 whose numbering is the document's own).
// Looked for and not found on a new host: a 竣工仪式/通车仪式 致辞 or a 开工动员大会 讲话 with 一是/二是 or (一)/(二) on an
// unused host (the corpus answers with used 范文 and 文库 hosts: gongwensou, gongwenbang, 51gongwen, laobiganer, teniu,
// fanwenq, wenke99, sanwenwang, 010zaixian, wensafe, lgfwz, onlinecha, mingyanjiaju, shugai, 360docs, xiaomilidoc, wnwk,
// bdocx, gongwen.com.cn, 7rdy, wm114, gwyoo, alatiku, huaboedu, fanwy, yunko); a traditional pinyin mirror of a 交通工作会议
// or 开工 讲话 (07471a17, regraff, crossfitfinalpush, p719, lktongtai, dybbs8 are used); a 交通运输局 工作总结 on a new host
// (wenke99, stra, gz-shine, wnwk are used). A 建筑工程封顶仪式发言稿 on a document-download site with a "基本信息 / 文件名称 /
// 文件大小 / 总页数 / 更新时间 / 总字数 / 文档摘要" list (f.tikuw.cn) was drafted and dropped: the page delivers under 450
// characters.
// Template twins set aside: xszwb.com (大桥通车仪式上的致辞(通用5篇): "当前位置:… > 办公 > 致辞 > …", "来源:… 阅读:2.01W 次"
// and the title repeated after the salutation — the bimobang/guowenban template of the shared corpus's case 97);
// xiedoc.com (春运会议讲话稿5篇 with "…小编今天就为您带来了…,相信一定会对你有所帮助" — the 58wenshu promo of round 46's 01);
// 91tm.top (a novel chapter on a bridge groundbreaking with "007小说网 www.…,最快更新<book>最新章节!" — the novel-site promo
// of round 21's aslwx); m.dybbs8.com (the used dybbs8.com).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AX_TITLE = '建筑安全生产演说稿';

const IT_BAR = ['分享', '收藏', '点赞'];
const IT_CRUMB = '1. 主页 > 资讯 > 人物专栏';
const IT_HEAD = '高速公路与长江主轴、长江新城(一)';
const IT_TITLE = '高速公路与长江主轴、长江新城';
const IT_TEASER = '为湖北省交通厅高速公路部门干部培训所作的学术讲座各位交通战线上的同仁们和各位武汉市市民朋友们,下午好!我之所以称呼交通战线上的同仁们,';

const RT_TITLE = '程远航会长在纪念邓小平同志yabo在线官网(中国)官方网站建筑业和住宅问题谈话30周年座谈会上的讲话';
const RT_META = ['• 来源:', '• 点击量:23,957', '• 发布时间:2010-04-02', '• 分享到:'];

const ZC_CRUMB = '当前位置: 首页 > 演讲稿 > 建设工程安全生产月活动动员大会演讲稿(精选8篇)';
const ZC_COLL = '建设工程安全生产月活动动员大会演讲稿(精选8篇)';
const ZC_META = '时间:2022-09-24 13:32:42';
const ZC_PROMO = '下面是摘抄网小编收集整理的建设工程安全生产月活动动员大会演讲稿大概有8篇左右,希望对大家有所帮助。';
const ZC_PIECE = '篇一:建设工程安全生产月活动动员大会演讲稿';
const ZC_TITLE = '建设工程安全生产月活动动员大会演讲稿';

export const specs = {
  '01-yanjianggao-aixzzs-jianzhu-anquan-markdown-hash-headings-shouxian': {
    source: 'https://aixzzs.com/r6dqb07m.html',
    kind: 'speech: 演说稿 (a speaker before company leaders and colleagues on safety in building construction)',
    tests: 'leaked Markdown: the title line "### 建筑安全生产演说稿" and three headings "#### 一、安全观念的养成:从“我”开始" / "#### 二、…" / "#### 三、…" whose markers only open their lines once the hashes are cut; the salutation "尊敬的各位领导、同事们:" with "大家好!" glued to the first paragraph; a block "首先,…" paragraph under 一、 with no 其次 (optional); a dash inside a sentence ("题目——建筑安全生产"); no blank lines between body lines; cut mid-phrase ("安全教育和")',
    isSpeech: true,
    title: AX_TITLE,
    noise: [],
    regexCut: ['#{3,4} '],
    dropLines: [AX_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '安全观念的养成:从“我”开始' },
      { level: 2, marker: '首先,', text: '我们必须清醒地认识到', optional: true },
      { level: 1, marker: '二、', text: '制度建设与落实:筑牢安全屏障' },
      { level: 1, marker: '三、', text: '教育培训:提高安全本领' },
    ],
  },
  '02-jiangzuo-7its-gaosu-gonglu-share-bar-list-crumb-teaser-series': {
    source: 'https://www.7its.com/index.php?m=home&c=View&a=index&aid=16769',
    kind: 'speech: 学术讲座 (a retired road and planning engineer lecturing a provincial highway department\'s cadre class)',
    tests: 'a share bar "分享" / "收藏" / "点赞" on three lines; an ordered-list breadcrumb "1. 主页 > 资讯 > 人物专栏" whose "1." is a list bullet; the headline with the site\'s instalment number "(一)"; a teaser line gluing the subtitle, the salutation and the opening words and stopping at a comma; then the subtitle "为湖北省交通厅高速公路部门干部培训所作的学术讲座" (kept) and the salutation "各位交通战线上的同仁们和各位武汉市市民朋友们,下午好!" on its own line; the title names no spoken genre (the address to the audience makes it a speech); dashes inside sentences; "第一条道路", "第一座桥梁", "第一线" are prose; no outline; cut mid-sentence ("是在")',
    isSpeech: true,
    title: IT_TITLE,
    noise: [...IT_BAR, IT_CRUMB, '新城(一)'],
    dropLines: [...IT_BAR, IT_CRUMB, IT_HEAD, IT_TEASER],
    outline: [],
  },
  '03-jianghua-rebuilttoyotaengines-jianzhuye-zuotanhui-casino-brand-meta-bullets-date-diyidian': {
    source: 'https://rebuilttoyotaengines.com/kyguanwangmanbetx/menu20/newsDetail/2043.html',
    kind: 'speech: 讲话 (a building-industry association president at a symposium marking the 30th anniversary of Deng Xiaoping\'s talk on the building industry and housing; hijacked association page)',
    tests: 'a casino brand "yabo在线官网(中国)官方网站" standing where the word 关于 was, in the title ("…邓小平同志yabo在线官网(中国)官方网站建筑业和住宅问题谈话…") and in the first sentence (kept, as the site\'s text); the title with the speaker\'s "…会长在" prefix; a bullet meta list "• 来源:" (empty) / "• 点击量:23,957" / "• 发布时间:2010-04-02" / "• 分享到:"; the speech\'s own date line " 二〇一〇年四月二日"; paragraphs indented with runs of ASCII spaces; no salutation; "下面,我谈两点体会。" then a block "第一点体会就是,…" (an ordinal outside the rule table, its 第二点 past the cut: optional); cut mid-sentence ("所以我体会最深")',
    isSpeech: true,
    title: RT_TITLE,
    noise: [...RT_META],
    dropLines: [RT_TITLE, ...RT_META],
    outline: [
      { level: 1, marker: '第一点体会就是,', text: '小平同志的高瞻远瞩为建筑业的改革发展指明了方向', optional: true },
    ],
  },
  '04-yanjianggao-zhaichao-anquanyue-collection-crumb-time-promo-pianyi-topic-shouxian-censor': {
    source: 'https://zhaichao.net/doc/599865.html',
    kind: 'speech: 演讲稿 (a speaker at a construction-sector 安全生产月 mobilisation meeting; first piece of a collection page)',
    tests: 'a breadcrumb "当前位置: 首页 > 演讲稿 > <title>(精选8篇)", the collection title with "(精选8篇)", a "时间:<date time>" line, the "下面是摘抄网小编收集整理的…大概有8篇左右,希望对大家有所帮助。" promo and the piece heading "篇一:<title>", all indented with two spaces; the salutation "各位领导、各位朋友:" and "大家好!"; a topic line "今天,我演讲的题目是:《守住安全、守护平安》。"; xxxxx/xxx placeholders in a list of accident figures; the site\'s spun words "熟悉到" and "非凡是" and a censored 党 ("要求我们政始终…", "政在群众中的形象", "政的威信", "政群关系") kept; a block "首先,…" paragraph with no 其次 in the capture (optional); cut mid-word ("各单位的具")',
    isSpeech: true,
    title: ZC_TITLE,
    noise: [ZC_CRUMB, ZC_COLL, ZC_META, ZC_PROMO, ZC_PIECE],
    dropLines: [ZC_CRUMB, ZC_COLL, ZC_META, ZC_PROMO, ZC_PIECE],
    outline: [
      { level: 1, marker: '首先,', text: '我们应该充分熟悉到', optional: true },
    ],
  },
  '05-news-zhld-epaper-laojiu-xiaoqu-dongyuanhui-yiyao-erzao-footer-not-speech': {
    source: 'http://zhld.com/szb/pc/col/201909/18/content_78984.html',
    kind: 'non-speech: news report (a district\'s 老旧小区改造提升动员会; e-paper page of a city daily)',
    tests: 'an e-paper page: the issue date, "第05版:川汇新闻 PDF版", the headline, a "本报讯 (记者 …)" lead naming the secretary who "出席会议并讲话", third-person paraphrase ("强调", "要求"), the secretary\'s requirements "一要把握好工作方向。二要…。三要…。" after "要求," (a reporter\'s summary, not a speaker\'s points), the editor\'s mark "②7" glued to the last sentence and the e-paper footer "2019-09-18 1 1 周口日报 content_78984.html 1" — a news report, not a speech; nothing to outline',
    isSpeech: false,
    title: '川汇区吹响老旧小区大改造大提升号角',
  },
  '06-fangan-szcn-led-big5-qiaohan-shigong-fangan-toc-chunk-numbers-not-speech': {
    source: 'http://szcn-led.com/bgdown/473986.html',
    kind: 'non-speech: 施工方案 (a construction method statement for two culvert bridges at a steelworks; traditional-script document-download page)',
    tests: 'a document-download page\'s text in traditional script with simplified leftovers (位于, 屬于, 采用): the viewer\'s chunk numbers "1、" "2、" "3、" glued at the line starts, the second and third inside a sentence ("2、 10.4米", "3、凝土"); the title run into its table of contents "目錄第一章工程說明第二章…第十章環境保護" and into the first chapter "第一章 工程說明1.1工程概況:"; clauses 1.1/1.2/1.3, an inner "1、混凝土(1)水泥…(2)粗骨料…(3)混凝土…" list and "2、普通鋼筋"; lost units ("氣溫5.1,", "110m"); standard numbers (GB 1499.1-2008) — a written technical document, not a speech',
    isSpeech: false,
    title: '松原恒泰鋼鐵有限責任公司儲運水渠橋涵施工方案',
  },
};
