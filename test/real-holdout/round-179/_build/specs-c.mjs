// Gold specs for holdout round 179, part C (cases 13–18): rule of law and legal education (宪法日 国旗下讲话, 普法
// 宣传, 法治 讲座, 法律进校园, and the ceremonies of law schools — their 国旗下讲话, 致辞, 讲话 — and their look-alikes: a
// 普法 knowledge article on the 全国法制宣传日 and a news report of a law dean's graduation 致辞).
// Four spoken pieces (a county middle school's ceremony page for its 国家宪法日 flag-raising (yxzlzx.com, an ASP.NET
// "list.aspx?id=<n>" page): a crumb "攸县震林中学 >> <headline> >> 正文", the headline "震林简讯:我校举行…第15周升旗仪式", a
// "浏览次数:128    日期:2024-12-24" meta line, two blank lines, two indented report paragraphs (the ceremony, then a summary
// of the pupil's talk naming it 《弘扬宪法精神,维护宪法权威》), image file-name lines "1.jpg" and "2.jpg " (trailing space),
// a label line "附录: <title>", then the pupil's 国旗下讲话 in lines indented with seven spaces: salutation, "大家早上好!我是
// 来自2220班的…。今天,我演讲的题目是:“…”。", two paragraphs on the constitution, cut mid-sentence ("其实正是宪法"); a law
// dean's graduation 致辞 on a hijacked copy of a university's VSB page (beiou0512.com, "/info/<col>/<id>.html"): the
// headline "<name>院长在2023年毕业典礼上的致辞", a meta line whose 文章来源 is a casino brand ("文章来源:金沙威尼斯欢乐娱人城
// 浏览次数: 发布日期:2023-06-11 11:22:27", an empty count), no salutation but "大家下午好!", a block "首先,我想说说心中的
// 欣喜——…!" paragraph, "所以,祝贺你们!", then block "第二,涵养法治情怀。…" and "第三,锤炼法治本领。…" with no 第一 in the
// page, cut mid-word ("在法治轨道上全"); a university president's graduation 致辞 in the university's digital 校报
// (cuplnewspaper.cuepa.cn, "show_more.php?doc_id=<n>"): a header "中国政法大学", "报刊:《中国政法大学校报》", "内容搜索",
// "标题导航", two bulleted headlines of the issue ("  • <title>") each over an indented "摘要:…..." teaser (the first one
// this speech's opening, cut with "..."), the e-paper's "放大 缩小 默认" buttons, the title "危机中淬炼 风浪里起航" (a space
// between two phrases), a subtitle opening with three dashes "———校长<name>在2020届毕业典礼上的致辞", a meta line
// "   期次:第1033期   作者:●<name>   " with runs of spaces and a black dot, four blank lines, then the speech in lines
// indented with two spaces, cut mid-word ("淬"); a law university president's opening-ceremony 讲话 on a generic article
// site (www.szhuazhuangbao.com, "/ajyzyj/<id>.html"): the page title "<name>走进大学,你们的征途是星辰大海" (the speaker's
// name glued before the title), the title, a subtitle "——在级本科生开学典礼上的讲话" whose year the site dropped, a byline
// "华东政法大学校长<name>", the salutation, "大家下午好!", figures missing where the site dropped them ("举行级本科生开学
// 典礼", "的名新同学") while "14岁", "16位", "3位", "89级" survive, a preview sentence "在四年的征途中,你们要…", cut
// mid-phrase ("从报到的第")) and two written look-alikes (a 全国法制宣传日 explainer on a city news portal's Q&A column
// (news.ngdsb.com.cn, "/zonhe/<yyyymm>/<id>.html"): the headline, a "发布时间:2026-01-24 02:58:57来源:" line with an empty
// 来源, the headline repeated in 【】 glued before the first sentence, a Markdown table "| 项目 | 内容 |" with eight rows, a
// closing paragraph, a user-upload disclaimer "免责声明:本答案或内容为用户上传,不代表本网观点。…如遇侵权请及时联系本站
// 删除。" — a knowledge article, not a speech; the whole stored page; a traditional-script converter mirror of a 澎湃
// news item (www.fafqdl.cn, "/edu/focus/<id>.html") on a law dean's graduation 致辞: no headline in the capture, a lead
// naming the 致辞 and its title 《就把祝福別在衣襟上吧》, a long list of attending officials, the dean's words reported in
// the third person ("透露", "談了三點:“請…”,“要…”,“要…”", "說:"), simplified leftovers (并, 于, 后) — a news report,
// not a speech; cut mid-sentence ("出獄時他一")).
// Judgement calls: 13 is a speech page as round 99 case 09 and round 9 case 05 (a school's ceremony page carrying the
// 国旗下讲话): the crumb, the headline, the meta line, the two report paragraphs, the two image file-name lines (as round
// 119 case 15's image lines) and the "附录:" label are the site's (noise; "浏览次数:128" and the speaker line
// "2220班贺思妍同学的国旗下讲话" listed again as short parts); the title is the talk's own name
// "弘扬宪法精神,维护宪法权威", printed after "附录:" (its line is dropped as the title) and quoted in the first sentence,
// where it stays; the pupil's self-introduction stays; no numbered points. 14: the headline with the dean's name is the
// page's only title line and is the title (as round 134 case 02 and round 177 case 14 took a press headline); the meta
// line is noise, with the casino brand "金沙威尼斯欢乐娱人城" listed again as its distinctive part (the brand stands where
// the school's name stood, as round 134 case 13); the outline is read by a reader's eye but not by the letter: "首先," opens
// a paragraph with no 其次 after it and the family switches to "第二,"/"第三," (shared corpus: families that switch mid-run
// → optional); "第二,"/"第三," continue no run, since no 第一 is in the page (as round 3 case 06's 二、/三、 without 一、) →
// all three optional, level 1 (no headings); the "首先," text runs to the "!" of its sentence, the dash inside it
// included. 15: the nav headline bullets and their 摘要 teasers, the header, "内容搜索", "标题导航", "放大 缩小 默认" and the
// 期次/作者 meta line are the e-paper's (noise; the first bullet line equals the title after its "•" and is dropped with
// the title line, not listed; "期次:第1033期" and "作者:●贺景川" listed again as short parts, the author being a bare name
// with no position, as round 177 case 15); the title is "危机中淬炼 风浪里起航" as printed (space kept); the "———…致辞"
// subtitle stays as a body paragraph and is an optional dash item at level 1 (as round 3 case 08 and the shared corpus's
// subtitles opening with ——; marker as printed, three dashes). 16: the page title with the speaker's name glued before it
// is a site title (noise, with "严松走进大学" listed again; as round 177 case 15 dropped "<name>副主任在…" for the document's
// own title line); the title is the line under it; the "——在级…讲话" subtitle stays as body and is an optional dash item
// (text as printed, the dropped year not restored); the byline with the speaker's position stays (shared corpus
// "主讲人:…书记…", round 5 case 04); the gaps where the site dropped figures stay as printed (as round 138 case 03's
// dropped date digits); no numbered points. 17 is a written explainer and 18 a report (third person, the three points
// quoted and attributed), so neither has an outline (isSpeech false, title ''). Names of private people and of the
// university officials (the pupils, the deans, the presidents, the alumnus, the attending officials in 18) were replaced
// by fictional ones; the prose of all six pages was rewritten, 15's teaser to match its rewritten opening.
// Looked for and not found on a new host: a 普法/宪法宣传周 启动仪式 讲话 with 一、/一是 points (the corpus holds news reports
// of launches — digitsoul.com's converter mirror, app.71.cn, puzhenlou.com, huhehaote.baogaosu.com — and the 新北区
// 法律知识竞赛 讲话 on used hosts m.xiaozhentang.com, letgol.com, mingyanjiaju.org); a 宪法日 国旗下讲话 with numbered points
// (syjzedu.com's 一、宪法的地位/二、… and zwsy.czedu.cn's 第一/第二/第三 stand on used hosts; ppsnsj.com's 1、2、 too; the
// Hong Kong school pages bmkc.edu.hk and pkms.edu.hk hold a 150-character summary and a report); a 法治讲座 主持词 or 开场白
// (m.bluu.cn, wydbw.com, wodeyuanxiao.com's English copies — used or English only); a 法治进校园 讲话 on a traditional
// mirror (mtfww.com, used); a 普法 讲话 in a 文库 viewer (m.wnwk.com, m.wenke99.com, wap.kao110.com — used); a 法治宣传 方案
// (wenshuyi.com, used). So the speeches come from the legal-education side of the theme, and only 14's three optional
// points and two optional dash subtitles carry outline items. Kept in reserve, not taken: www.milan-zivkovic.com (a
// traditional mirror of a law school's 导师代表 开学典礼 发言 with a casino brand glued mid-sentence and a block "第一,"), yxxsfj.com
// (a novel chapter "公判大会(下)(4/5)" with a quoted 同志们 and "公龘安局"), musicbooks.cn (a 校庆典礼发言稿 with a
// "以下是…网为您整理的“…”" promo).
// Template twins considered: www.0557szrx.com (网事范文网, the same law-school 致辞 genre) was dropped: its
// "当前位置: <site> > <column> >" crumb over the title and a "| 来源:网友投稿" line is round 46 case 15's template
// (www.hzxdks.com, 迅达文档网); ptzlzx.cn (莆田哲理中学's 宪法日 国旗下讲话) was dropped as a twin of round 78 case 09
// (ptez.com.cn: the same "【发布时间:…】 【作者:/来源:】…【关闭窗口】" line of one 莆田 school CMS); www.hadlsm.com is the same
// page and path as the used m.xuhongcf.com; beiou0512.com shares only the VSB "/info/<col>/<id>" path shape with used
// hijacked university copies (dghmsy.com, ppsnsj.com), not a line: its meta line "文章来源:<brand> 浏览次数: 发布日期:…"
// occurs in no used page; 15's "放大 缩小 默认" is the generic e-paper button line also in round 86 case 18, round 146 case
// 15 and round 166 case 16, whose pages have other headers (no "标题导航"/"内容搜索"/"摘要:" teasers), so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZL_CRUMB = '攸县震林中学 >> 震林简讯:我校举行2024年下期第15周升旗仪式 >> 正文';
const ZL_HEAD = '震林简讯:我校举行2024年下期第15周升旗仪式';
const ZL_META = '浏览次数:128    日期:2024-12-24';
const ZL_NEWS1 = '2024年12月9日大课间,震林中学全体师生准时来到学校大操场,参加了2024年下期以“弘扬宪法精神,维护宪法权威”为主题的第15周升旗仪式。本次升旗仪式由2310班邓雨桐同学主持。嘹亮的国歌声响起时,全体师生肃然站立,面向冉冉升起的五星红旗行注目礼,向祖国致敬!';
const ZL_NEWS2 = '仪式过后,全体师生静心聆听了2220班贺思妍同学的国旗下讲话《弘扬宪法精神,维护宪法权威》,讲话引导同学们认识到,宪法作为国家的根本大法,既保障了我们享有的基本权利和自由,也确立了我们应尽的基本义务和责任。它好比一座灯塔,为我们照亮前行的航向,让我们在纷繁的世事中始终保持清醒的判断和坚定的信念。宪法精神的要义在于保障人民的权利和自由,守护社会的公平和正义。希望全体同学认真学习宪法知识,领会宪法的基本原则和主要内容,增强宪法意识,自觉维护宪法的权威和尊严。';
const ZL_TITLE = '弘扬宪法精神,维护宪法权威';

const BO_TITLE = '韩立院长在2023年毕业典礼上的致辞';
const BO_META = '文章来源:金沙威尼斯欢乐娱人城 浏览次数: 发布日期:2023-06-11 11:22:27';
const BO_BRAND = '金沙威尼斯欢乐娱人城';

const CU_SCHOOL = '中国政法大学';
const CU_PAPER = '报刊:《中国政法大学校报》';
const CU_SEARCH = '内容搜索';
const CU_NAV = '标题导航';
const CU_TITLE = '危机中淬炼 风浪里起航';
const CU_BULLET1 = '• 危机中淬炼 风浪里起航';
const CU_TEASER1 = '摘要:亲爱的2020届毕业生同学们、老师们、校友们、毕业生亲友们、朋友们:大家好!一年一度的毕业季如期而来。从隆冬、早春到盛夏,2020届毕业生同学们,你们一直是学校心头的挂念,原先...';
const CU_BULLET2 = '• 人生充满神奇 创造成就未来';
const CU_TEASER2 = '摘要:敬爱的老师、线上线下的同学们:大家好!往年的毕业季,大家总能聚在一处,可是今年我们只好换一种特别的方式为同学们送行。人生最难忘的往往是那些意义非凡的时刻,或许今...';
const CU_ZOOM = '放大 缩小 默认';
const CU_META = '期次:第1033期   作者:●贺景川';

const SZ_PAGETITLE = '严松走进大学,你们的征途是星辰大海';
const SZ_TITLE = '走进大学,你们的征途是星辰大海';

export const specs = {
  '13-guoqixia-yxzlzx-xianfari-shengqi-crumb-news-lead-jpg-lines-fulu-label': {
    source: 'http://yxzlzx.com/yxzlzx/list.aspx?id=9197',
    kind: 'speech: 国旗下讲话 (a pupil on 国家宪法日; a county middle school\'s ceremony page)',
    tests: 'a crumb "攸县震林中学 >> <headline> >> 正文"; the headline "震林简讯:我校举行2024年下期第15周升旗仪式"; a "浏览次数:128    日期:…" meta line; two indented report paragraphs (the ceremony; a summary of the talk naming it in 《》); image file-name lines "1.jpg" and "2.jpg " (trailing space); a label "附录: <title>" before the talk; the talk indented with seven spaces: salutation, self-introduction and the title quoted in "我演讲的题目是:“…”"; no numbered points; cut mid-sentence ("其实正是宪法")',
    isSpeech: true,
    title: ZL_TITLE,
    noise: [ZL_CRUMB, ZL_HEAD, ZL_META, ZL_NEWS1, '1.jpg', ZL_NEWS2, '2.jpg', '附录:', '浏览次数:128', '2220班贺思妍同学的国旗下讲话'],
    dropLines: [ZL_CRUMB, ZL_HEAD, ZL_META, ZL_NEWS1, '1.jpg', ZL_NEWS2, '2.jpg', '附录: ' + ZL_TITLE],
    outline: [],
  },
  '14-zhici-beiou0512-fayuan-biye-casino-source-meta-shouxian-dier-disan': {
    source: 'http://beiou0512.com/info/1125/5605.html',
    kind: 'speech: 致辞 (a law school dean at the 2023 graduation; a hijacked copy of the school\'s page)',
    tests: 'the headline "<name>院长在2023年毕业典礼上的致辞" as the only title; a meta line with a casino brand as 文章来源 and an empty 浏览次数 ("文章来源:金沙威尼斯欢乐娱人城 浏览次数: 发布日期:…"); no salutation, "大家下午好!"; a block "首先,…——…!" paragraph with no 其次; "所以,祝贺你们!"; block "第二,涵养法治情怀。" and "第三,锤炼法治本领。" with no 第一 in the page (mixed families, no run: all optional); long sentences with semicolons; cut mid-word ("在法治轨道上全")',
    isSpeech: true,
    title: BO_TITLE,
    noise: [BO_META, BO_BRAND],
    dropLines: [BO_TITLE, BO_META],
    outline: [
      { level: 1, marker: '首先,', text: '我想说说心中的欣喜——恭喜同学们顺利毕业', optional: true },
      { level: 1, marker: '第二,', text: '涵养法治情怀', optional: true },
      { level: 1, marker: '第三,', text: '锤炼法治本领', optional: true },
    ],
  },
  '15-zhici-cuepa-xiaobao-biye-epaper-nav-teasers-qici-meta-triple-dash-subtitle': {
    source: 'http://cuplnewspaper.cuepa.cn/show_more.php?tkey=&bkey=&doc_id=3461454',
    kind: 'speech: 致辞 (a university president at the 2020 graduation; the university\'s digital 校报)',
    tests: 'e-paper chrome: the header "中国政法大学", "报刊:《中国政法大学校报》", "内容搜索", "标题导航"; two bulleted headlines ("  • <title>") each over an indented "摘要:…..." teaser, the first repeating the speech\'s opening; "放大 缩小 默认"; the title with a space between two phrases; a subtitle with three dashes "———校长<name>在2020届毕业典礼上的致辞" (optional dash item); a "   期次:第1033期   作者:●<name>   " meta line; four blank lines; the speech in lines indented with two spaces; "云端" in quotes; cut mid-word ("淬")',
    isSpeech: true,
    title: CU_TITLE,
    noise: [CU_SCHOOL, CU_PAPER, CU_SEARCH, CU_NAV, CU_TEASER1, CU_BULLET2, CU_TEASER2, CU_ZOOM, CU_META, '期次:第1033期', '作者:●贺景川', '摘要:'],
    dropLines: [CU_SCHOOL, CU_PAPER, CU_SEARCH, CU_NAV, CU_BULLET1, CU_TEASER1, CU_BULLET2, CU_TEASER2, CU_ZOOM, CU_TITLE, CU_META],
    outline: [
      { level: 1, marker: '———', text: '校长贺景川在2020届毕业典礼上的致辞', optional: true },
    ],
  },
  '16-jianghua-szhuazhuangbao-huazheng-kaixue-name-glued-page-title-missing-digits-dash-subtitle-byline': {
    source: 'http://www.szhuazhuangbao.com/ajyzyj/2395.html',
    kind: 'speech: 讲话 (a law university president at the opening ceremony for new undergraduates; a generic article site)',
    tests: 'a page title with the speaker\'s name glued before the title ("<name>走进大学,你们的征途是星辰大海"); the title line; a subtitle "——在级本科生开学典礼上的讲话" whose year the site dropped (optional dash item); a byline with the position "华东政法大学校长<name>" (kept); salutation and "大家下午好!" on their own lines; figures missing where the site dropped them ("举行级本科生", "的名新同学") beside surviving "14岁", "16位", "3位", "89级"; a couplet in quotes; a one-sentence preview paragraph; no numbered points; cut mid-phrase ("从报到的第")',
    isSpeech: true,
    title: SZ_TITLE,
    noise: [SZ_PAGETITLE, '严松走进大学'],
    dropLines: [SZ_PAGETITLE, SZ_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在级本科生开学典礼上的讲话', optional: true },
    ],
  },
  '17-zhishi-ngdsb-fazhi-xuanchuanri-jieshao-bracket-lead-table-disclaimer-not-speech': {
    source: 'http://news.ngdsb.com.cn/zonhe/202601/538327.html',
    kind: 'non-speech: article (a 全国法制宣传日 explainer; a city news portal\'s Q&A column)',
    tests: 'the headline "全国法制宣传日介绍"; a "发布时间:… 来源:" line with an empty 来源; "【全国法制宣传日介绍】" glued before the first sentence; a Markdown table "| 项目 | 内容 |" with rows 名称/时间/设立时间/目的/主要活动/参与对象/意义; a closing paragraph in the first person plural ("它告诉我们", "我们能够…"); a user-upload disclaimer "免责声明:本答案或内容为用户上传,不代表本网观点。…" — a written explainer, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-fafqdl-big5-fayuan-biye-zhici-sandian-quoted-not-speech': {
    source: 'http://www.fafqdl.cn/edu/focus/2458012.html',
    kind: 'non-speech: news report (a law dean\'s graduation 致辞 reported; traditional-script converter mirror)',
    tests: 'traditional script with simplified leftovers (并, 于, 后); no headline in the capture; a lead naming the 致辞 and its title 《就把祝福別在衣襟上吧》; a long list of attending officials; the dean\'s words reported in the third person ("透露“…”", "談了三點:“請…”,“要…”,“要…”", "在…部分說:"); quoted slogans with 、; a case introduced with "舉了一個例子:" — a news report, not a speech; cut mid-sentence ("出獄時他一")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
