// Gold specs for holdout round 122, part B (cases 07–12): Mandarin promotion and language work (推普周, 语言文字工作会议,
// 经典诵读, 规范字 — launch ceremonies, work meetings, and their look-alikes).
// Two spoken pieces (a school's 国旗下讲话 for the 15th 推普周 on an old 范文 site (08585.net): a breadcrumb
// "现在位置:首页> 工作总结 > 其它总结 > 宣传工作总结 > 科技节科技小发明、小制作比赛方案" whose last crumb names another article,
// the title "第十五届推普宣传国旗下讲话:大力推广和规范使用国家通用语言文字" with a subtitle after a colon, the greeting
// "大家早上好!" with no salutation line, "XX市" placeholders, the closing call, no numbered points; a provincial 语委 deputy
// director's 讲话 at the provincial 语言文字工作会议 on a vocational college's news page (sdshxy.cn): the title line names the
// speaker's posts and name ("省语委副主任、省文明办副主任…在全省语言文字工作会议上的讲话"), a "发布日期:2008-06-05 14:29" meta
// line, "同志们:", four long paragraphs with no numbered points, cut mid-sentence ("等创建")) and four written look-alikes
// (a city education bureau's news item (edu.zaozhuang.gov.cn) on a 语言文字 评估 调度会议: the vice-mayor's requirements reported
// as "他强调,…确保迎评任务顺利完成。一是要…;二是要…;三是要…;四是要…。" — 一是 after a full stop, but third person in a report, so
// no outline; a 普通话学习网 report (pthxx.com) of the 8th 推普周 opening: "您现在的位置:… > 正文", a "推普周系列报道" column headline,
// "来源:普通话学习网    时间:2006-10-25", two lines holding a lone space, officials who "致欢迎词 / 发表了重要讲话" in the third
// person, cut mid-sentence ("来宾和"); a 倡议书 collection (vyppch.com, "/fanwenmoban/changyishu/"): the title, a 小编 promo, the
// piece heading "推广普通话倡议书1" glued to the addressee "各位家长:", "我们倡议如下:" and block 一、/二、/三、 points,
// "此致 / 敬礼! / 日期:", then the next piece heading "推广普通话倡议书15" glued to "尊敬的老师、亲爱的同学:" and "大家好!" — a
// written 倡议书 that opens like a speech, not a speech; a traditional-script mirror under a gambling-style domain (253pk.com) of
// a 青海新闻网 report of the 26th 推普周 opening: every other word carries its pinyin "(wǎng)", the mis-encoded run
// "大美青?蛻舳擞" glued before the dateline, the minister's words reported with 要…;要…;要… and cut mid-phrase ("人才和")).
// Judgement calls: 07's title is the headline line, subtitle included (the conventions keep a subtitle after a colon); the
// breadcrumb is noise, its stray last crumb listed again on its own. 08's title keeps the speaker's posts and name as printed
// (they are part of the title line, not a separate byline); the 发布日期 line is page meta. 09–12 are written, not speeches:
// isSpeech false and empty outline; 09 and 12 show no headline of their own in the capture, so their title is "".
// Looked for and not found on a fresh host (seventeen searches): a 推普周 启动仪式 讲话 or 致辞 with 一是/第一/一、 points (the
// corpus answers with news reports: cq828, wljyyjy, xcswhg, jyzc, doudoudama, hengshan.gov.cn, gc520, nodetpl, hbyw.e21.cn);
// a 语言文字工作会议 讲话 with headings (juzijia.cn's traditional "语言文字会议总结讲话" with 第一,/第二,/第三, is used; the
// 新文秘网 traditional copy of a 贵州省语委全体会议 讲话 with a 一、/一要 outline has no address in the store; ling.whu.edu.cn's
// 全国语言文字工作会议 讲话 with 一、/(一) is a college site of the used whu.edu.cn (hshe.whu.edu.cn), one university's CMS);
// a 经典诵读比赛 致辞/主持词 (wenke99, cooco, dahuoso, huatuo0, letgol, wenku.docs.qq.com, jsjlds are used); a 规范字/汉字听写
// 发言 (wujiajia and fanwenq are used); a third and fourth speech: f.tikuw.cn's 推普周 发言 (a .doc viewer with the "基本信息 /
// 文件名称 / … / 文档摘要" list) was claimed for round 121 a minute before this part claimed it, and fw.nseac.com's 推普周
// 国旗下讲话 (with 1、–4、 after a colon) is used. So this part holds two speeches, neither with a numbered point.
// Template twins set aside: yyqweb.com's "在语言文字工作达标建设动员大会上的讲话" (一、 heading, "……此处隐藏722个字……",
// "(全文共2079字)" — the "/jianghuazhici69/" farm already set aside as round 31's tuozhan024 twin); yuedukan.com's
// 推广普通话主题演讲稿【31篇】 ("首页 > 作文 > 作文体裁 > 演讲稿 > … 正文 / 《…》 / 时间: / …(精选31篇) / … 篇1" — round 25's YD
// template); qljtwhfgs.com's 推普周倡議書 (the ruiwen family: "時間:… 倡議書 我要投稿", "以下是小編為大家整理的…希望對大家有所
// 幫助"); m.91gzw.com and m.huatuo3.cn (the "/wenku/<col>/<id>" viewer with "因篇幅问题不能全部显示,请点此查看更多更全内容" or
// "您的当前位置:首页正文 / 来源:…网" — huatuo0, haog and lovfp are used). vyppch.com's promo ("下面是小编精心整理的…,欢迎
// 大家借鉴与参考,希望对大家有所帮助") is the generic 范文 promo, but none of the ruiwen family's head lines or meta occur, so it
// was kept.
// Living people's names that are not public figures (the city and provincial officials of 08–10, the ministry's office
// deputy in 10, the student in 07) were replaced by fictional ones; the two national leaders named in 10 (许嘉璐, 袁贵仁) and
// the provincial and national leaders in 12 are public figures and kept. The prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BW_CRUMB = '现在位置:首页> 工作总结 > 其它总结 > 宣传工作总结 > 科技节科技小发明、小制作比赛方案';
const BW_TITLE = '第十五届推普宣传国旗下讲话:大力推广和规范使用国家通用语言文字';

const SD_TITLE = '省语委副主任、省文明办副主任赵明远在全省语言文字工作会议上的讲话';
const SD_META = '发布日期:2008-06-05 14:29';

export const specs = {
  '07-jianghua-08585-tuipuzhou-guoqixia-wrong-article-crumb': {
    source: 'http://www.08585.net/zj/2909.html',
    kind: 'speech: 国旗下讲话 (a school leader in the 15th 推普周; old 范文 site)',
    tests: 'a breadcrumb "现在位置:首页> 工作总结 > 其它总结 > 宣传工作总结 > 科技节科技小发明、小制作比赛方案" whose last crumb names an unrelated article; the title with a subtitle after a colon; blank lines between all lines; the greeting "大家早上好!" with no salutation line; the 推普周 theme quoted after "主题是:"; "XX市" placeholders; the closing call "老师们、同学们,…"; no numbered points; do-no-harm case for the outline',
    isSpeech: true,
    title: BW_TITLE,
    noise: [BW_CRUMB, '科技节科技小发明、小制作比赛方案'],
    dropLines: [BW_CRUMB, BW_TITLE],
    outline: [],
  },
  '08-jianghua-sdshxy-shengyuwei-yuyan-wenzi-huiyi-speaker-in-title-date-meta': {
    source: 'https://sdshxy.cn/news/jiaoxueguanli/jiaoxueyunxing/20080605/1578.html',
    kind: 'speech: 讲话 (a provincial 语委 deputy director at the provincial 语言文字工作会议; college news page)',
    tests: 'the title line names the speaker\'s two posts and name before "在全省语言文字工作会议上的讲话"; a "发布日期:2008-06-05 14:29" meta line right under it; "同志们:"; four long paragraphs, a quoted campaign name "“文明山东·礼仪齐鲁”" and a 《…》 law title; no numbered points; cut mid-sentence ("等创建")',
    isSpeech: true,
    title: SD_TITLE,
    noise: [SD_META],
    dropLines: [SD_TITLE, SD_META],
    outline: [],
  },
  '09-news-zaozhuang-yuyan-wenzi-pinggu-diaodu-yishi-sishi-not-speech': {
    source: 'http://edu.zaozhuang.gov.cn/xwdt/gzdt/201212/t20121203_212794.html',
    kind: 'non-speech: news report (a city 语言文字 评估 调度会议; city education bureau site)',
    tests: 'no headline in the capture; the meeting and its attendees in the third person; "…作了重要讲话,他指出,…他强调,…确保迎评任务顺利完成。一是要…;二是要…;三是要…;四是要…。" — 一是 after a full stop and a run to 四是, but the requirements are reported, not spoken; a second official who "通报了…"; the attendance line at the end — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-pthxx-tuipuzhou-kaimushi-crumb-meta-space-lines-not-speech': {
    source: 'http://www.pthxx.com/a_news/03_tuipu/0018.html',
    kind: 'non-speech: news report (the 8th national 推普周 opening in 楚雄; 普通话学习网)',
    tests: '"您现在的位置:普通话学习网 > 信息资讯栏目 > 普通话推普动态 > 正文"; the column headline "推普周系列报道"; "来源:普通话学习网    时间:2006-10-25"; the opening and its speakers (主持, 致欢迎词, 宣读…贺信, 致贺词, 发表重要讲话) in the third person; two lines holding a lone space; a quoted slogan with a colon; semicolon-separated programme items; cut mid-sentence ("来宾和") — a report, not a speech',
    isSpeech: false,
    title: '推普周系列报道',
    noise: [],
    outline: [],
  },
  '11-changyishu-vyppch-tuipu-collection-glued-piece-yi-er-san-not-speech': {
    source: 'https://vyppch.com/fanwenmoban/changyishu/64097.html',
    kind: 'non-speech: 倡议书 (collection page of 推广普通话 proposals; 范文 site)',
    tests: 'the title; a 小编 promo about the 倡议书 genre; the piece heading "推广普通话倡议书1" glued to the addressee "各位家长:"; "你们好!" and the 推普周 theme; "我们倡议如下:" followed by block 一、/二、/三、 points; "此致 / 敬礼! / 日期:"; the next piece heading "推广普通话倡议书15" glued to "尊敬的老师、亲爱的同学:" and "大家好!" — an addressed written proposal that opens like a speech; cut mid-sentence — not a speech',
    isSpeech: false,
    title: '推广普通话倡议书',
    noise: [],
    outline: [],
  },
  '12-news-253pk-big5-pinyin-qinghai-tuipuzhou-mojibake-not-speech': {
    source: 'http://253pk.com/newscenter/system/2023/09/14/030088461.shtml',
    kind: 'non-speech: news report (the 26th national 推普周 opening in 西宁; traditional-script pinyin mirror of a 青海 news site)',
    tests: 'traditional script with pinyin annotations after most annotated characters ("網(wǎng)", "國(guó)", "長(zhǎng)"); the mis-encoded run "大美青?蛻舳擞" glued before the dateline; no headline; a minister who "出席開(kāi)幕式并講話" and whose remarks are reported ("懷進(jìn)鵬表示,…要…;要…;要…。"); cut mid-phrase ("人才和") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
