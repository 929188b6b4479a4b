// Gold specs for holdout round 134, part B (cases 07–12): staff and workers' congresses (职代会/教代会/工会代表大会 —
// openings, closings, the 提案 machinery, and their look-alikes).
// Three spoken pieces (the 闭幕词 of a provincial trade-union congress on the union paper's archive (gdgy2018.nfgb.com.cn):
// the title, the speech's own date line "(2009年11月25日)", "各位代表、同志们:" and three paragraphs, cut mid-sentence after a
// comma — a clean page with no site noise and no numbered points, a do-no-harm case; a school's 教代会 开幕词 on an old 范文
// site (2xuewang.com): a "标签:开业开幕词,开业致辞,开业主持词,开幕词," tag line (the tags name the wrong occasion), a line
// "<title>,http://www.2xuewang.com", the title, a byline "东山中学支部书记 林景川" (position and name), the date line
// "( 201x年3月14日)" with a space and a placeholder year, a salutation, paragraphs with a space before full-width "!", and the
// tasks after "主要任务是:" cut at "修订《"; the welcome 讲话 of a national education society's annual meeting on a book site
// (2qishu.org): a blank first line, then the whole speech on one line, paragraphs separated by single spaces, no title, the
// salutation glued to the body, "两个方面,一是…,二是…" after a comma (prose, not points), and the site's "..." at the cut)
// and three written look-alikes (a school news item on a 教代会 (hyxnkj.com) under a casino brand "蜜臀91九色" that replaced the
// school's name, with a "您的位置:" crumb, a 来源/发布时间/浏览次数/【字体: line, "image.png" lines (one "image.pngimage.png") and
// "图为…" captions, the 开幕词 and reports told in the third person — a report, not a speech; a university union's
// "提案工作委员会岗位职责" (gh.luas.edu.cn): a "发布单位:工会编辑:发布日期:…浏览量:10" line run together, "其工作职责是:" and
// 一、…七、 duty items, the first indented by five spaces, lines holding only spaces between them — a 规章制度, not a speech;
// a county high school's news item on its 教代会 (rsyz.net): a blank first line, no headline in the capture, the 工作报告 and
// the closing told in the third person, a run of photo captions laid out two to a line ("大会主持人:工会副主席 何晓梅 大会会场")
// and a "来源:… 编辑:…" line — a report, not a speech).
// Judgement calls: 07's title is the first line and the date line is the speech's own (kept); nothing on the page is noise.
// 08's tag line and "<title>,http://www.2xuewang.com" line are the site's (noise; the URL listed again as a shorter part);
// the byline with a position and the date line stay as the speech's header; the "!" with a space before it stays as printed.
// 09 is a speech (addressed to "各位领导,各位代表", first person "我谨代表中国教育学会"), its title is "" (the page prints none),
// it stays one paragraph (no break is invented at the spaces), and "一是教育公平问题,二是素质教育问题" follows a comma: prose,
// no outline. 10–12 are written, not speeches. None of the three speeches carries numbered points inside its capture.
// Looked for and not found on a new host: a 职代会 or 教代会 speech with 一、/一是/第一, points (6dgww, wm114, xiaomilidoc, zgxue,
// m.7rdy, dawenge, jxxfw and ppdoc are used; one 职代会闭幕 speech with 一、/一是 came without an address; the rest were novels
// and baidu tag pages); a 职代会 主持词 (xiaomilidoc and 004km are used, one agenda-style 主持词 came without an address,
// 78911 and beiweimall are used); a 教代会 工作报告 read out (mingyanjiaju is used; the corpus answered with news items); a
// 职代会 提案 制度 with 第一条 (nsfzsr, bubsandbeans, doczj, m.zixin, renrendoc, huaxiashiwen and dybbs8 are used, so the 岗位职责
// with 一、…七、 stands in); a traditional-script mirror of a 职代会 speech (m.runthegoodtimes, tmdps and 004km are used).
// Template twins set aside: sedoc.cn (the uedoc.cn viewer template, as rounds 42 and 69 noted: "/<site>/<id>.html", bare
// "董事长、党委书记" byline, "......此处隐藏N字,下载文档可见......"), bbs.ttaoc.com.cn, bbs.lanjian.net.cn and www.123jzs.com (the
// "/jxfw/<yyyymm>/<id>.html" farm used since round 104), m.book6789.com (the "您的当前位置:首页正文 / <date> 来源:…网" wenku
// template of bluu, zgxue and dcrkj). 2xuewang's "<title>,http://www.<site>" line resembles kgf8's (round 48) and jiaoyu880's
// (round 72) tag lines, but the rest of the furniture differs (a bare 标签 line first, no crumb, no meta or 概要 line), so it was
// taken. Private people's names (the speaker of 08, the officials and teachers in 10 and 12, the union official in 07) were
// replaced by fictional ones and leaders in 07 and 09 are named only by office; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GH_TITLE = '广东省工会第十二次代表大会闭幕词';

const XW_TAGS = '标签:开业开幕词,开业致辞,开业主持词,开幕词,';
const XW_URLLINE = '厦门市东山中学第七届教代会开幕词,http://www.2xuewang.com';
const XW_TITLE = '厦门市东山中学第七届教代会开幕词';

export const specs = {
  '07-bimuci-nfgb-gonghui-shierda-dateline-clean': {
    source: 'http://gdgy2018.nfgb.com.cn/paper.asp?Aid=4949&Fid=3734',
    kind: 'speech: 闭幕词 (closing address of a provincial trade-union congress; union paper archive)',
    tests: 'a clean page: the title, the speech\'s own date line "(2009年11月25日)", "各位代表、同志们:", three long paragraphs (the congress\'s business, the leaders who attended named by office, the work report), no site noise at all and no numbered points; cut mid-sentence after a comma — a do-no-harm case',
    isSpeech: true,
    title: GH_TITLE,
    noise: [],
    dropLines: [GH_TITLE],
    outline: [],
  },
  '08-kaimuci-2xuewang-jiaodaihui-tagline-urlline-byline-date': {
    source: 'http://2xuewang.com/yanjiang/t04171/41718424.html',
    kind: 'speech: 开幕词 (a school party-branch secretary opening the school\'s 7th 教代会; old 范文 site)',
    tests: 'a tag line "标签:开业开幕词,开业致辞,开业主持词,开幕词," (tags of the wrong occasion) and a line "<title>,http://www.2xuewang.com" above the title; a byline "东山中学支部书记 林景川" and a date line "( 201x年3月14日)" (space inside the bracket, placeholder year) kept as the speech\'s header; "各位代表、各位来宾、同志们:"; a space before full-width "!"; the tasks after "主要任务是:" with no markers; cut mid-title ("修订《")',
    isSpeech: true,
    title: XW_TITLE,
    noise: [XW_TAGS, XW_URLLINE, 'http://www.2xuewang.com'],
    dropLines: [XW_TAGS, XW_URLLINE, XW_TITLE],
    outline: [],
  },
  '09-jianghua-2qishu-jiaoyu-xuehui-nianhui-oneline-yishi-after-comma': {
    source: 'https://www.2qishu.org/books/2110555.html',
    kind: 'speech: 讲话 (a national education society\'s welcome address at its annual academic meeting; book site)',
    tests: 'a blank first line, then the whole speech on one line with its paragraphs separated by single spaces; no title in the page; the salutation "各位领导,各位代表:" glued to the body; "我谨代表中国教育学会" in the first person; "两个方面,一是教育公平问题,二是素质教育问题。" after a comma (prose, not points); the site\'s "..." at the cut; a short capture',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-hyxnkj-jiaodaihui-casino-brand-imagepng-captions-not-speech': {
    source: 'http://www.hyxnkj.com/xydt/xxxw/content_1254',
    kind: 'non-speech: news report (a school\'s 教代会 session; school CMS page under a casino brand)',
    tests: 'a school site\'s name replaced by a casino brand ("蜜臀91九色"); "您的位置: 首页 >校园动态>学校新闻> 详细内容"; the headline; a "来源: 发布时间:… 浏览次数: 【字体:" line with empty fields; a lead without a closing full stop; "image.png" lines (one doubled, "image.pngimage.png") each followed by a "图为…" caption; the preparatory meeting, the 开幕词 and the reports all told in the third person — a news report, not a speech',
    isSpeech: false,
    title: '华一光谷召开第一届第二次教职工代表大会',
    noise: [],
    outline: [],
  },
  '11-zhidu-luas-tian-gongzuo-weiyuanhui-zhize-yi-qi-not-speech': {
    source: 'http://gh.luas.edu.cn/2023/0310/c1228a102478/page.htm',
    kind: 'non-speech: 规章制度 (a university union\'s duties of the 教代会 提案工作委员会)',
    tests: 'the headline; a meta line run together ("发布单位:工会编辑:发布日期:2023/03/10浏览量:10"); a preamble ending "其主要职责是:"; duty items 一、…七、 each ending in 。, the first indented by five spaces, lines holding only spaces between most of them — a written rule, not a speech, so its 一、…七、 are no outline',
    isSpeech: false,
    title: '提案工作委员会岗位职责',
    noise: [],
    outline: [],
  },
  '12-news-rsyz-jiaodaihui-bimu-photo-captions-source-line-not-speech': {
    source: 'http://www.rsyz.net/article.aspx?id=495',
    kind: 'non-speech: news report (a county high school\'s 教代会 session and its closing; school site)',
    tests: 'a blank first line and no headline in the capture; the session, the principal\'s 工作报告, the 倡议书 and the closing "在国歌声中闭幕" told in the third person; a site typo "学生常规管" kept; photo captions laid out two to a line ("大会主持人:工会副主席 何晓梅 大会会场", "唐振宇校长作报告 与会代表们"); a "来源:四川省仁寿县一中校 编辑:晓辛" line — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
