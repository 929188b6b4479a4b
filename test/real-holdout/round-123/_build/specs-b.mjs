// Gold specs for holdout round 123, part B (cases 07–12): ancestor worship and cultural ceremonies (祭祖, 祭孔, 公祭大典,
// 宗亲 恳亲大会, 文化遗产日 — the speeches given at them and their look-alikes).
// Four spoken pieces (the 开幕词 of the 4th 世界韩氏恳亲会 on a company site's news centre (bjlianheng.com): a "官方公告"
// column label, the breadcrumb "您现在的位置:首页 > 新闻中心 >官方公告", a news-style headline "第四届 世界韩氏恳亲会于中国
// 海南隆重召开" printed twice around an empty-source "新闻来源: 时间:…" meta line, then the speech's own title line, two blank
// lines, a salutation with the site's typo "韩式宗亲", indented paragraphs (7 spaces) with the typos "河新加坡"/"单承蒙" kept, cut
// mid-sentence; a clan officer's 讲话 at the 2nd 海峡苏氏文化论坛 on a Fujian news portal (sslbk.com): the site's headline
// "在台湾举行第二届海峡苏氏文化论坛的发言" (differs from the speech's title), an "作者:…编辑部" line, the speech's own title with
// a trailing space, an indented position-and-name byline, a "(2014年6月23日)" date line, a "【中国 台湾】" place line, salutation,
// a bracketed aside "【受组委会委托,…】", a closing "最后," paragraph, and the footer "新闻来源:… / 责任编辑:… / 加入日期:… /
// CFHXZZS®"; a 祭祖致辞 collection page (547118.com): the page title "祭祖致辞范文10篇。" with a full stop, the "…可谓是“及时雨”…
// 小编为你收集整理了…仅供参考,我们来看看吧!" promo, the piece heading "祭祖致辞范文 篇1", a piece with no salutation, cut after a
// comma; a 祭祖发言稿 collection page (huhuixin.com): the page title "关于聚会祭祖发言稿(共18篇)", a bare timestamp line, a
// rambling promo with "。。 - 素材来源网络 编辑:<name>。", a second promo "以下是小编给大家收集的…本文共18篇…", the collection
// name "聚会祭祖发言稿" alone, piece headings "篇1:祭祖发言稿" and "篇2:祭祖发言稿", a pupil's "大家好!" piece and a clan
// speech whose paragraph keeps ASCII spaces after "!", cut mid-word) and two written look-alikes (the 祭文 of the
// 2024 公祭孔子大典 on an auto-industry portal's reprint (zb.autoqy.cn): breadcrumb "当前位置:中部汽车网 > 前沿", the title twice
// around a "内容来源:… 日期:… 点击量:…" line, the "惟公元…其辞曰:" preamble and nineteen lines of four-character verse, "伏惟尚
// 飨。", "撰文:…", a reprint disclaimer and "热点" — a written 祭文 read at a rite, addressed to the sage, not a speech to an
// audience; a 儒家网 news flash (rujiazg.com) on the 甲午年祭孔大典: "【特讯】" headline, 栏目/发布时间/empty 标签 lines, lines of a
// lone space, the headline again, 来源/记者/时间 lines with a traditional-calendar date and an indented "西历…" date, photo
// captions between space lines, then the report in the third person (主持, 敬献花篮, 恭读祭文) — a news report, not a speech).
// Judgement calls: 07's title is the "…开幕词" line; the headline (twice), the column label, the breadcrumb and the meta line are
// the site's. 08's title is the "…上的讲话" line (the site headline above it is noise, as round 2's 08); the byline with position,
// the date line and "【中国 台湾】" (the place the speech was given, printed with the date under the byline) are the speech's own
// header and stay; the bracketed aside is the speaker's and stays; the lone closing "最后," paragraph (no 首先 run) is an optional
// level-1 item as in rounds 4–6. 09's title is the piece title without " 篇1"; the page title with its count and the promo are noise.
// 10's title is the first piece's own title "祭祖发言稿" (the piece heading without "篇1:"); the collection name line "聚会祭祖发言稿"
// is a collection header (noise); both pieces stay in the body; "首先向大家宣布…" has no separator → no marker; "编辑:<name>" is
// listed again as a shorter part of the promo. 11 and 12 are written, not speeches. Names of private people (the speaker's byline
// in 08, the promo's editor in 10, the reporters in 12) were replaced by fictional ones; public officials and the 祭文's named author
// stay; the prose and the verse were rewritten.
// Looked for and not found on a new host: a 祭祖/恳亲/宗亲会 speech with 一、 or 一是/第一 points (the numbered ones — 世苏总会理事长's
// 一是/二是 on 10000xing.cn, the 山沙吴氏 讲话 on w.worldwu.com, the 湖南文氏 代表大会 (一)/1、 speech on m.xuefen.com.cn — stand on
// used hosts; chinawu.com's 一、 list is a meeting summary, not a speech); a 公祭大典 筹备会 讲话 with 一要/二要 (the corpus answers
// with 公祭 news reports and 烈士 祭扫 pages); a 文化遗产日 讲话 on a fresh template (crossfitfinalpush.com is the ruiwen family);
// a 祭孔 致辞 (only news and 祭文 turned up). So none of this part's speeches carries a required numbered point.
// Template twins set aside: svtrjb.com (the ruiwen family: "(通用24篇)", "下面是小編精心整理的…,僅供參考,希望能夠幫助到大家",
// "…發言稿1"), crossfitfinalpush.com (ruiwen's "- 相關推薦" over a 文化遗产日 電視講話), zdwx.com (the "/news/show_<id>.html"
// template named in round 66), shoufuban.net (a traditional 360doc mirror, "/content/yy/mmdd/…shtml"); used hosts passed over:
// haog.cn, m.kaoyanmiji.com, dgzhanhua.cn, zhiyuanku.com, oh100.com, vipjiapu.com, wwwdoa.com, w.worldwu.com, 10000xing.cn,
// wenandaquan.com, huxianbbs.com, qqjlz.com, meipian.cn, 360docs.net.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HS_COLUMN = '官方公告';
const HS_CRUMB = '您现在的位置:首页 > 新闻中心 >官方公告';
const HS_HEADLINE = '第四届 世界韩氏恳亲会于中国海南隆重召开';
const HS_META = '新闻来源: 时间:2013-08-31 11:23:51';
const HS_TITLE = '第四届世界韩氏恳亲会开幕词';

const SS_HEADLINE = '在台湾举行第二届海峡苏氏文化论坛的发言';
const SS_AUTHOR = '作者:财富海西网编辑部';
const SS_TITLE = '在台湾第二届海峡苏氏文化论坛上的讲话';
const SS_SOURCE = '新闻来源:财富海西网';
const SS_EDITOR = '责任编辑:财富海西网编辑部';
const SS_DATE = '加入日期:2014-06-26 18:06:05';
const SS_MARK = 'CFHXZZS®';

const JZ_PAGE = '祭祖致辞范文10篇。';
const JZ_PROMO = '我们有很多地方都要用到文章,范文在我们撰写时可谓是“及时雨”,优秀的范文可以提供人们相关的写作思路,你对写范文是怎么看待的呢?于是,小编为你收集整理了祭祖致辞范文10篇。仅供参考,我们来看看吧!';
const JZ_PIECE = '祭祖致辞范文 篇1';

const HH_PAGE = '关于聚会祭祖发言稿(共18篇)';
const HH_TIME = '2024-10-06 10:37:39';
const HH_PROMO = '小编给大家分享关于聚会祭祖发言稿(共18篇)的范文,文章可能有点长,但是希望大家可以阅读完,增长自己的知识,最重要的是希望对各位有所帮助,可以解决了您的问题,不要忘了收藏本站喔。。 - 素材来源网络 编辑:王悦悦。';
const HH_PROMO2 = '以下是小编给大家收集的聚会祭祖发言稿,本文共18篇,欢迎大家前来参阅。';
const HH_COLL = '聚会祭祖发言稿';
const HH_PIECE1 = '篇1:祭祖发言稿';
const HH_PIECE2 = '篇2:祭祖发言稿';

export const specs = {
  '07-kaimuci-bjlianheng-hanshi-kenqinhui-crumb-headline-twice-meta': {
    source: 'http://bjlianheng.com/html/gfgg2013083110.html',
    kind: 'speech: 开幕词 (the host clan council\'s opening address at the 4th 世界韩氏恳亲会; a company site\'s news centre)',
    tests: 'a "官方公告" column label and the breadcrumb "您现在的位置:首页 > 新闻中心 >官方公告"; a news-style headline "第四届 世界韩氏恳亲会于中国海南隆重召开" (with a space) printed twice around a "新闻来源: 时间:2013-08-31 11:23:51" meta line with an empty source; then the speech\'s own title "第四届世界韩氏恳亲会开幕词" and two blank lines; a salutation with the site\'s typo "韩式宗亲"; paragraphs indented with 7 spaces and separated by blank lines; typos kept ("河新加坡", "单承蒙"); no numbered points; cut mid-sentence ("承载民族文化的")',
    isSpeech: true,
    title: HS_TITLE,
    noise: [HS_COLUMN, HS_CRUMB, HS_HEADLINE, HS_META],
    dropLines: [HS_COLUMN, HS_CRUMB, HS_HEADLINE, HS_META, HS_TITLE],
    outline: [],
  },
  '08-jianghua-sslbk-sushi-luntan-site-headline-byline-date-place-footer': {
    source: 'http://sslbk.com/view/gqxx/5555',
    kind: 'speech: 讲话 (a provincial 苏氏 clan committee officer at the 2nd 海峡苏氏文化论坛 in Taiwan; a Fujian news portal)',
    tests: 'the site\'s headline "在台湾举行第二届海峡苏氏文化论坛的发言" differing from the speech\'s own title; an "作者:财富海西网编辑部" line; the title "在台湾第二届海峡苏氏文化论坛上的讲话" with a trailing space; an indented position-and-name byline, an indented "(2014年6月23日)" date line and a "【中国 台湾】" place line (the speech\'s header, kept); salutation and "大家午安!"; a bracketed aside "【受组委会委托,我代表泉州苏氏宗亲讲几句话。】" (the speaker\'s, kept); an em dash inside a sentence ("中国东亚文化之都——泉州"); a lone closing "最后," paragraph (optional); the footer "新闻来源:财富海西网 / 责任编辑:财富海西网编辑部 / 加入日期:… / CFHXZZS®"',
    isSpeech: true,
    title: SS_TITLE,
    noise: [SS_HEADLINE, SS_AUTHOR, SS_SOURCE, SS_EDITOR, SS_DATE, SS_MARK],
    dropLines: [SS_HEADLINE, SS_AUTHOR, SS_TITLE, SS_SOURCE, SS_EDITOR, SS_DATE, SS_MARK],
    outline: [
      { level: 1, marker: '最后,', text: '恭祝各位宗长、来宾身体安康,诸事顺遂', optional: true },
    ],
  },
  '09-zhici-547118-jizu-fanwen-10pian-promo-pian1-no-salutation': {
    source: 'http://547118.com/fanwendaquan/15640.html',
    kind: 'speech: 致辞 (a clan member\'s 清明 祭祖 address; collection page)',
    tests: 'the page title "祭祖致辞范文10篇。" ending in a full stop; a promo "我们有很多地方都要用到文章,范文在我们撰写时可谓是“及时雨”,…小编为你收集整理了祭祖致辞范文10篇。仅供参考,我们来看看吧!"; the piece heading "祭祖致辞范文 篇1" (title with a space before the piece number); a piece with no salutation opening on a couplet; "我们首先要…" inside a sentence (no marker); a classical quote and a couplet inside paragraphs; "尊敬的宗亲们," opening a late paragraph; cut after a comma ("让我们携起手来,")',
    isSpeech: true,
    title: '祭祖致辞范文',
    noise: [JZ_PAGE, JZ_PROMO, JZ_PIECE, '小编为你收集整理了祭祖致辞范文10篇'],
    dropLines: [JZ_PAGE, JZ_PROMO, JZ_PIECE],
    outline: [],
  },
  '10-fayan-huhuixin-jizu-18pian-date-promo-editor-pian1-pian2': {
    source: 'https://huhuixin.com/yanjianggao/218541.html',
    kind: 'speech: 发言稿 (祭祖 speeches; collection page, two pieces in the capture)',
    tests: 'the page title "关于聚会祭祖发言稿(共18篇)"; a bare timestamp line; a rambling promo ending "不要忘了收藏本站喔。。 - 素材来源网络 编辑:王悦悦。"; a second promo "以下是小编给大家收集的…本文共18篇…"; the collection name "聚会祭祖发言稿" alone on a line; piece headings "篇1:祭祖发言稿" and "篇2:祭祖发言稿" carrying the piece title; a pupil\'s piece opening "大家好!" with no salutation; a clan speech whose paragraph keeps ASCII spaces after "!" and "首先向大家宣布…" with no separator (no marker); blank lines between all lines; cut mid-word ("乔林公的上")',
    isSpeech: true,
    title: '祭祖发言稿',
    noise: [HH_PAGE, HH_TIME, HH_PROMO, HH_PROMO2, HH_COLL, HH_PIECE1, HH_PIECE2, '编辑:王悦悦', '不要忘了收藏本站喔'],
    dropLines: [HH_PAGE, HH_TIME, HH_PROMO, HH_PROMO2, HH_COLL, HH_PIECE1, HH_PIECE2],
    outline: [],
  },
  '11-jiwen-autoqy-gongji-kongzi-verse-crumb-source-meta-not-speech': {
    source: 'http://zb.autoqy.cn/qianyan/50555.html',
    kind: 'non-speech: 祭文 (the verse address of the 2024 公祭孔子大典, reprinted on an auto-industry portal)',
    tests: 'breadcrumb "当前位置:中部汽车网 > 前沿"; the title "甲辰年公祭孔子大典祭文" twice around a "内容来源:济宁新闻网   日期:…   点击量:5955" line; a "惟公元…岁次甲辰,…其辞曰:" preamble; nineteen lines of four-character verse separated by blank lines; "伏惟尚飨。", "撰文:…", a reprint disclaimer and "热点" — a written 祭文 addressed to the sage at a rite, not a speech to an audience (no salutation, no first-person address to listeners)',
    isSpeech: false,
    title: '甲辰年公祭孔子大典祭文',
    noise: [],
    outline: [],
  },
  '12-news-rujiazg-jikong-dadian-column-tags-captions-not-speech': {
    source: 'https://rujiazg.com/index.php/article/4391',
    kind: 'non-speech: news report (a 儒家网 flash on the 甲午年祭孔大典 in 曲阜, reprinted from a city news site)',
    tests: 'a "【特讯】…省长郭树清恭读祭文" headline; "栏目:新闻快讯", "发布时间:…" and an empty "标签:" line; many lines holding a lone space; the headline again; "来源:", "记者:" and "时间:甲午年九月初五" lines with an indented "西历2014年9月28日" line; photo captions between space lines; a "济宁新闻网9月28日讯(记者 …)" lead; the rite told in the third person (主持, 敬献花篮) — a news report, not a speech; cut mid-word ("敬献花")',
    isSpeech: false,
    title: '甲午年祭孔大典在曲阜孔庙举行,省长郭树清恭读祭文',
    noise: [],
    outline: [],
  },
};
