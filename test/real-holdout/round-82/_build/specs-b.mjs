// Gold specs for holdout round 82, part B (cases 07–12): tree planting and greening (植树节, 义务植树 动员大会, 绿化委员会,
// 国土绿化, 森林城市 创建 — 讲话, 致辞, 国旗下讲话, and their look-alikes).
// One spoken piece (a school host's 植树节 主持词 on a collection page (m.hnptc.com): the page title "植树节主持词(最新5篇)",
// the piece heading "植树节主持词 篇一" (title, space, piece number in Chinese), the salutation, five paragraphs on what the
// day means, a courtesy "最后,我要感谢…" paragraph with no 首先 before it, "谢谢大家!", then the second piece's heading
// "植树节主持词 篇二", its salutation and its first sentences — which repeat the first piece's opening word for word — cut
// mid-sentence) and five written look-alikes: a study-abroad blog's "3.12 植树节活动主持词汇总" (lxs.net, "read-blog"), a
// fill-in template for the host of a planting day — the blogger's lead opens with "亲爱的留学生们,大家好!" and ends "下面,
// 就让我们一起来看看怎样用得体的话语拉开…序幕吧!", then labelled parts "一、开场白:欢迎与介绍" … "四、植树步骤讲解" whose
// sample lines carry slots ("[Your Name]", "[组织方名称]", "[活动地点]", "[嘉宾姓名]"), and "1. 2. 3." steps after a colon,
// cut after "3. 放" — a writing template, not a speech; a traditional news report on the Epoch Times' Chinese site
// (cn.epochtimes.com, "site logo: www.epochtimes.com", "人氣: 2", "【字號】", an empty "標籤: tags:" line) that reprints a
// 自由時報 report of the president's 植樹節 致詞 — "陳水扁致詞時,…", "他表示,…", "陳總統說,阿扁今天…" all in the third
// person, closing with "(http://www.dajiyuan.com)" and "評論"; a traditional 活動紀要 on the Taiwan farm council's site
// (coa.gov.tw): the accessibility anchor ":::主要內容區", a headline with 「」, the authors' line "林務局 …․…", indented
// paragraphs (U+3000), "相關活動,紀要如下:", a heading "一、97年植樹月記者會" and "蘇主任委員嘉全於致詞時表示,…" cut
// mid-sentence — a report of the speeches, not one; a county head's blog post "手牽手種樹" (ade0720.tw): the blog's date
// line, the post title, a "[2007生活札記] 2007-01-09 09:50 瀏覽人次(1007)" meta line, long first-person paragraphs on his
// hopes for the county's greening that end by asking "鄉親們" to plant trees with him, blank-line runs, and the next
// heading "我們國家的門面" cut off — a written column, not a speech; and a simplified article on a personal site
// (lbx777.net, 老百晓在线) about Deng Xiaoping and the 全民义务植树 campaign: the site name, two nav bars with trailing
// spaces, "您的位置:老百晓在线 关键词 植树节", the headline, a bare "佚名" byline, third-person paragraphs quoting him, a
// "[2005-02-10]" date line, "〖你正在浏览《老百晓在线》提供的文章〗" and 上一篇/下一篇 lines — an article, not a speech).
// Judgement calls: 07 is a speech (a host's opening address, titled 主持词); the title is the page title without its
// collection tag "(最新5篇)"; both piece headings are noise (listed in full and as "篇一"/"篇二"); the second piece's
// salutation and opening stay in the body (a collection keeps every piece in the capture), although they repeat the first
// piece's words; the lone closing "最后," (no 首先/其次 run) is an optional level-1 item, as in rounds 5 and 6. 08 is not a
// speech: like the shared corpus's 64 (a fill-in farewell-speech template with 一、…四、 and [领导姓名] slots), it lays out
// what a host could say part by part under descriptive labels, with slots for every name, after a lead that tells the
// reader "看看怎样用…话语"; the "亲爱的留学生们,大家好!" opening is the blogger's, to the blog's readers. 09 and 10 report the
// 致詞 in the third person; 11 is an official's first-person blog column, written to be read (its "鄉親們" appeal
// included), so not a speech; 12 quotes Deng's words inside a third-person article.
// Private people's names were replaced by fictional ones (09's reporter 林雅筑, 10's authors 許振邦․陳宛儀); public figures
// (陳水扁, 蘇嘉全, 邓小平) keep their names, their reported words rewritten. All prose was rewritten in new words in the
// pages' scripts (09–11 traditional, with 11's "整個得" slip and 扎根 kept as the pages write them).
// Looked for and not found on a new host: a 义务植树 动员大会, 绿化委员会 or 森林城市 创建 讲话 with 一、/一要/第一 points
// (yiwangbao, bgzsck, fanwen120, xuekejiayuan, m.sevw, bdocx, m.wenke99, syfww, soolun, wf.pub, 6dgww and wmjy hold them
// and are used; two more captures had no address); a 植树节 国旗下讲话 (ruiwen, xuetan, gaofenw, hbxiaoran, xyvh, hunwen and
// m.61taotao are used; one capture had no address); a 植树节 致辞 on a template site (gz-shine, jcsycorp, liuxuequn and
// bubsandbeans are used); a 植树节 主持词 other than 07 (letgol, lsjse, 360docs are used). The session's search
// budget ran out after nine queries (在全市义务植树动员大会上的讲话 同志们, 植树节 国旗下讲话 老师们 同学们, 绿化委员会全体会议上的
// 讲话 一、 国土绿化, 义务植树 讲话 一要 二要 三要 同志们, 创建国家森林城市动员大会上的讲话, 植树节活动 致辞 尊敬的各位领导 来宾,
// 春季植树造林动员大会讲话 下面我讲几点意见 一、提高认识, 植树节 主持词 活动现在开始 下面请, 植樹節 講話 同誌們 綠化), so this part
// has one speech and five look-alikes, and no speech with numbered points: every numbered greening speech the corpus
// returned stands on a used host or a template twin.
// Template twins set aside: cnsjbj.cn (a porn-titled traditional pinyin mirror of a 植樹節 致辭稿 collection whose promo
// "在當下社會,…下面是小編為大家收集的…" and glued backtick "的`檀香山" are the ruiwen-style furniture round 36 set aside with
// cnrencai), wedding-day.cn (a 植樹節 主持人開場白 on the "/fanwen/<column>/<id>.html" traditional mirrors of the used letgol,
// jcsycorp and gz-shine: bare title over the converted text, 這里/于 leftovers), whdslt.com (the "/jxfw/<month>/<id>.html"
// Q&A farm — "首页 > 精选范文 >", "问题描述:…快急哭了", "最佳答案"/"推荐答案" — of the used 51dcw, usqs and gdswjx),
// m.duzhishi.com (the "【精选N篇】/(精选N篇)/… 篇1" collection of hunwen, set aside before), ggppt.com (the
// "wordsearch__b<id>_<n>.html" search-result pages of the used lfppt and 17025calibrations), web.dtamt.cn (a hijacked
// college page under the emoji jammer of round 57's 07, as round 75 set aside web.promaxstyle.com), m.bjhyfc.net (used;
// its "前言:本站為你精心整理了…" promo). Also left: twtreehugger.blogspot.com and qstheory.cn (captures under 300
// characters).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HP_TITLE = '植树节主持词';
const HP_PAGE_TITLE = HP_TITLE + '(最新5篇)';
const HP_PIECE1 = HP_TITLE + ' 篇一';
const HP_PIECE2 = HP_TITLE + ' 篇二';

export const specs = {
  '07-zhuchici-hnptc-zhishujie-zuixin5pian-pianyi-zuihou': {
    source: 'http://m.hnptc.com/words/202212171499472.html',
    kind: 'speech: 主持词 (a school host\'s opening address on 植树节; collection page)',
    tests: 'the page title "植树节主持词(最新5篇)" with a "(最新N篇)" collection tag; the piece heading "植树节主持词 篇一" (a space, then 篇 and a Chinese numeral); the salutation "尊敬的领导、亲爱的老师、亲爱的同学们:" and "大家上午好!" glued to the first sentence; five paragraphs, two opening "同学们,"; a closing "最后,我要感谢…" with no 首先 before it; "谢谢大家!"; the second piece\'s heading "植树节主持词 篇二", its salutation and an opening identical to the first piece\'s, cut mid-sentence ("法定节日,")',
    isSpeech: true,
    title: HP_TITLE,
    noise: [HP_PAGE_TITLE, '(最新5篇)', HP_PIECE1, HP_PIECE2, '篇一', '篇二'],
    dropLines: [HP_PAGE_TITLE, HP_PIECE1, HP_PIECE2],
    outline: [
      { level: 1, marker: '最后,', text: '我要感谢所有参加植树活动的同学们,感谢老师们的精心组织', optional: true },
    ],
  },
  '08-guide-lxs-zhishujie-zhuchici-huizong-yi-1-slots-not-speech': {
    source: 'https://lxs.net/read-blog/276602?mode=night',
    kind: 'non-speech: writing template (a study-abroad blog\'s fill-in host script for a 植树节 activity)',
    tests: 'the title "3.12 植树节活动主持词汇总" names a spoken genre; the blogger\'s lead opens "亲爱的留学生们,大家好!" (looks like a salutation) and ends "下面,就让我们一起来看看怎样用得体的话语拉开今天植树活动的序幕吧!"; descriptive part labels on their own lines "一、开场白:欢迎与介绍", "二、活动背景及意义", "三、嘉宾介绍", "四、植树步骤讲解"; sample host lines with slots "[Your Name]", "[组织方名称]", "[活动地点]", "[嘉宾姓名]", "[嘉宾所在机构或职位]"; "1. 2. 3." steps after a colon, each with a colon inside; cut after "3. 放" — a template, not a speech',
    isSpeech: false,
    title: '3.12 植树节活动主持词汇总',
    noise: [],
    outline: [],
  },
  '09-news-epochtimes-big5-zhishujie-zhici-reported-not-speech': {
    source: 'http://cn.epochtimes.com/b5/5/3/13/n847107.htm',
    kind: 'non-speech: news report (traditional; a reprinted 自由時報 report of the president\'s 植樹節 致詞)',
    tests: 'a "site logo: www.epochtimes.com" line; the headline "扁植扁柏 籲打造綠色台灣"; "人氣: 2", "【字號】" with trailing spaces and an indented, empty "標籤: tags:" line; a dateline "【大紀元3月13日訊】〔自由時報記者…╱新莊報導〕"; the president\'s 致詞 told in the third person ("陳水扁致詞時,…", "他表示,…", "陳總統說,阿扁今天…", "陳總統期盼「…」"); "(http://www.dajiyuan.com)" and "評論" at the end — a report, not a speech',
    isSpeech: false,
    title: '扁植扁柏 籲打造綠色台灣',
    noise: [],
    outline: [],
  },
  '10-jiyao-coa-big5-zhishuyue-yi-zhici-reported-not-speech': {
    source: 'https://www.coa.gov.tw/ws.php?id=13912',
    kind: 'non-speech: 活動紀要 (traditional; the farm council\'s account of its 植樹月 events)',
    tests: 'the accessibility anchor ":::主要內容區"; a headline with 「」 and a year in the Minguo calendar ("97年植樹月-「一生一樹 綠海家園」活動紀要"); an authors\' line "林務局 許振邦․陳宛儀" (U+2024 between the names); paragraphs indented with two U+3000; figures (2,300萬人, 71.8億元, 59.09%); "相關活動,紀要如下:" and a heading line "一、97年植樹月記者會"; "蘇主任委員嘉全於致詞時表示,…" cut mid-sentence — a written account of the events, not a speech',
    isSpeech: false,
    title: '97年植樹月-「一生一樹 綠海家園」活動紀要',
    noise: [],
    outline: [],
  },
  '11-essay-ade0720-big5-blog-zhongshu-xiangqin-not-speech': {
    source: 'http://www.ade0720.tw/2007/01/blog-post_09.html',
    kind: 'non-speech: blog column (traditional; a county head\'s first-person post on greening the county)',
    tests: 'the blog\'s date line "2007年1月9日 星期二"; the post title "手牽手種樹"; a "[2007生活札記] 2007-01-09 09:50 瀏覽人次(1007)" meta line; runs of blank lines between paragraphs; first-person paragraphs on "縣政的期許", the county office\'s planting work and a closing appeal "盼望鄉親們一起手牽手到…種樹" (looks spoken); quoted idioms in 「」; the next heading "我們國家的門面" cut off — written to be read, not a speech',
    isSpeech: false,
    title: '手牽手種樹',
    noise: [],
    outline: [],
  },
  '12-article-lbx777-deng-zhishu-nav-prevnext-not-speech': {
    source: 'http://www.lbx777.net/gjc/zsj/zsj15.htm',
    kind: 'non-speech: article (a personal site\'s reprint on Deng Xiaoping and the 全民义务植树 campaign)',
    tests: 'the site name "老百晓在线"; two nav bars with leading and trailing spaces ("设为首页 收藏本站 …", "网站论坛 站长收藏 …"); "您的位置:老百晓在线 关键词 植树节"; the headline; a bare "佚名" byline; third-person paragraphs quoting Deng\'s words ("他认为:…", "小平同志对身边工作人员讲:“…”", "邓小平同志曾强调:“…”"); a whitespace-only line; "[2005-02-10]"; "〖你正在浏览《老百晓在线》提供的文章〗"; 上一篇/下一篇 lines with "→" and a "返回本集 我要上传 关闭窗口 打印本页" tail — an article, not a speech',
    isSpeech: false,
    title: '邓小平同志和全民植树运动',
    noise: [],
    outline: [],
  },
};
