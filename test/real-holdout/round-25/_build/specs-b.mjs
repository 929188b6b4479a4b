// Gold specs for holdout round 25, part b (cases 07–12): opening and closing addresses, farewell and welcome speeches and
// new-year addresses, and their look-alikes. Four spoken pieces (a district leader's 开幕词 for a schools' athletics
// meeting, first piece of a "10篇" collection page on a 作文 site: breadcrumb ending "…10篇正文", the collection title in
// 《》, an empty "时间:" meta line, an 编辑 promo, the piece heading "运动会开幕式讲话稿 篇1" with a space before 篇1, cut
// after a comma; a company president's 新春致辞 on the group's news page: "当前位置:首页 > 新闻中心 > <column>", the column
// alone on a line, the title, a "日期:… 来源:…" line, a signature line and a date line at the foot; a county head's
// 离任演说 on a traditional-script spam mirror whose converter left 壹/妳/誌/於/麽/裏 and "CPPCC" for 政协, with the piece
// heading "縣長的離任演說(1):" on top, cut mid-word; the third page of a school's 运动会欢迎词 on a mip page: a
// ":<title>" header, lone ":" and ">" lines, "显示更多" under the text, the capture opening mid-speech) and two written
// look-alikes (a school news item on an 艺术节 开幕式 that reports the 开幕词 in the third person and quotes it; a Q&A
// answer listing four-character 新年祝福语 followed by new-year lore, with "如题所述", a "新年习俗" subheading and the
// "温馨提示…"/"相似回答" tail).
// Judgement calls:
// - 07: the title is the first piece's own name "运动会开幕式讲话稿" (the collection's "简短精辟…致辞优秀10篇" is the page's,
//   as round 20's 01/09); the breadcrumb, the 《》 collection title, the empty "时间:" line, the promo and the piece heading
//   "运动会开幕式讲话稿 篇1" are noise and dropped. No outline.
// - 08: the title line is dropped, not listed (a plain title line over the text). "香江动态" alone on a line is the
//   breadcrumb's column repeated as a header: noise. The "日期:… 来源:…" line is noise; the signature "澜江集团总裁 邵雅琴"
//   and the date "2023年1月21日" are the address's own closing lines (kept, as round 21's byline and date). The closing
//   "最后," paragraph with no 首先 run is an optional level-1 point (as round 10's 09 and round 12's 09). The
//   company in the prose was renamed, the column name in the site's chrome ("香江动态", "来源:香江集团") was kept as found.
// - 09: "縣長的離任演說(1):" is a piece heading with the title glued to a piece number and a colon: listed whole as noise
//   and dropped (as round 24's "【篇一】<title>"); the title is "縣長的離任演說". The converter's 壹/妳/誌/CPPCC stay as
//   printed (they are the mirror's text, not removable noise); the place names switch between 青崖/溪州/梧城/嵐州 as the
//   spun original switched between its names. No outline.
// - 10: ":运动会欢迎词" is the mip page's header (the title behind a stray colon): listed whole and dropped; the title is
//   "运动会欢迎词" (a 欢迎词 at an opening ceremony is a speech). ":" and ">" (twice) and "显示更多" are noise. The capture
//   has no salutation (page 3 of the article; an earlier page may have held a 首先); the closing "最后," paragraph is an
//   optional level-1 point, as in 08.
// - 11: a news item reporting an 开幕词 (third person, "顾主任说,…", a quoted sentence) is written; its title is the
//   headline with the quoted slogan and the dash, as printed.
// - 12: a list of 祝福语 with new-year lore on a Q&A page is written; its title is the question.
// Looked for and not found on a new host: a 职代会/党代会 闭幕词 or 开幕词 with 一、/（一） or 第一,/第二, points (the ones the
// pages corpus returns are on used hosts: runthegoodtimes, 010zaixian, 11gw, qdfww, 004km), a 任职表态发言 with 一是/二是
// on a 范文 site (the corpus answers with novel chapters and a writing lesson on a used host), a 文库/PDF viewer page of a
// 开幕词 (xiaomilidoc, wenku.docs.qq.com, wendang.net are used), a 新年贺词 with numbered points, and a 研讨会 开幕词 on a new
// host. So no case in this part carries a numbered outline (only two optional closing 最后, points); the pages were chosen
// for their noise instead.
// Written from page.txt alone, before any engine ran on it. People's, companies' and places' names in the prose were
// replaced by fictional ones; the prose was rewritten in new words, the site noise kept as found; the traditional page
// was written directly in traditional characters with the mirror's converter quirks put back (壹, 妳, 誌, 於, 麽, 裏, 幹).
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const YD_CRUMB = '首页 > 语文作文 > 作文体裁 > 演讲稿 > 简短精辟运动会开幕式致辞优秀10篇正文';
const YD_COLL = '《简短精辟运动会开幕式致辞优秀10篇》';
const YD_META = '时间:';
const YD_PROMO =
  '在学习、工作或生活中,许多人都有过写作文的经历,对作文都不陌生吧,写作文可以锻炼我们的独处习惯,让自己的心静下来,' +
  '思考自己未来的方向。那么一般作文是怎么写的呢?问渠那得清如许,为有源头活水来,下面是编辑为大伙儿分享的简短精辟运动会开幕式致辞优秀10篇。';
const YD_PIECE = '运动会开幕式讲话稿 篇1';

const HK_CRUMB = '当前位置:首页 > 新闻中心 > 香江动态';
const HK_COLUMN = '香江动态';
const HK_TITLE = '邵雅琴总裁2023年新春致辞';
const HK_META = '日期:2023.01.21 来源:香江集团';

const GL_PIECE = '縣長的離任演說(1):';

const KD_HEAD = ':运动会欢迎词';

export const specs = {
  '07-kaimuci-yueduku-yundonghui-crumb-title-brackets-pian1': {
    source: 'http://yueduku.com/zuowen/yanjianggao/532/532420.html',
    kind: 'speech: 开幕词 (a district leader opening the district\'s schools athletics meeting; first piece of a "10篇" collection on a 作文 site)',
    tests: 'a breadcrumb "首页 > … > 演讲稿 > <collection title>正文" with "正文" glued to its last crumb; the collection title in 《》 on its own line; an empty "时间:" meta line; an 编辑 promo about writing essays naming the collection; the piece heading "运动会开幕式讲话稿 篇1" (a space before 篇1; the piece\'s name differs from the collection\'s); blank lines between all lines; a salutation over one line with commas; a long thanks sentence of four 向…致以… clauses; figures ("1080分", "13名"); cut after a comma ("不仅充实了校园生活,")',
    isSpeech: true,
    title: '运动会开幕式讲话稿',
    noise: [YD_CRUMB, YD_COLL, YD_META, YD_PROMO, YD_PIECE],
    dropLines: [YD_CRUMB, YD_COLL, YD_META, YD_PROMO, YD_PIECE],
    outline: [],
  },
  '08-zhici-hkfinance-xinchun-crumb-date-signature': {
    source: 'http://hkfinance.com.cn/news_dynamicinfo.php?id=636',
    kind: 'speech: 新春致辞 (a group president\'s Spring Festival address to staff; the company\'s news page)',
    tests: 'a corporate news page: breadcrumb "当前位置:首页 > 新闻中心 > 香江动态", the column "香江动态" again alone on a line, the title "<name>总裁2023年新春致辞" (a name before the genre), a "日期:2023.01.21 来源:香江集团" line; no salutation — the address opens with a four-character couplet; quoted "十四五"; a closing "最后," wish paragraph with no 首先 run (optional); the signature "澜江集团总裁 邵雅琴" (a space between position and name) and the date "2023年1月21日" as the last two lines (the address\'s own)',
    isSpeech: true,
    title: HK_TITLE,
    noise: [HK_CRUMB, HK_COLUMN, HK_META],
    dropLines: [HK_CRUMB, HK_COLUMN, HK_TITLE, HK_META],
    outline: [
      { level: 1, marker: '最后,', text: '祝愿祖国繁荣富强、国泰民安', optional: true },
    ],
  },
  '09-jianghua-glnlw-big5-lirenyanshuo-piece-heading': {
    source: 'http://glnlw.com/duanwujieduanxin/iphpwadysr.html',
    kind: 'speech: 离任演说 (a county head\'s farewell address on leaving office; traditional-script spam mirror)',
    tests: 'traditional script from a converter that mangles: 壹 for 一 ("壹起", "壹生", "壹些"), 妳們, 同誌, 於, 麽, 裏, 幹部, and "CPPCC" for 政協 ("縣CPPCC"); the piece heading "縣長的離任演說(1):" on top (title + ASCII-parenthesised piece number + colon); a salutation naming a minister and "…縣同誌們:"; place names that switch mid-text (the spun original\'s); "謝謝同誌們!" mid-speech; two paragraphs opening with the same "我要離開溪州了,"; no markers; cut mid-word ("我的新親人")',
    isSpeech: true,
    title: '縣長的離任演說',
    noise: [GL_PIECE],
    dropLines: [GL_PIECE],
    outline: [],
  },
  '10-huanyingci-kuaidu-yundonghui-mip-page3-colon-crumbs-more': {
    source: 'https://m.kuaidu.com.cn/mip/article/196271_3.html',
    kind: 'speech: 欢迎词 (a host school\'s welcome at a county secondary-school sports meeting; page 3 of a mip article)',
    tests: 'a mip page\'s chrome as bare punctuation: the header ":运动会欢迎词" (title behind a stray colon), a lone ":" line and a lone ">" line above the text, another ">" and "显示更多" under it; the capture opens mid-speech (page 3: no salutation); quoted slogans with 、; a closing "最后," wish paragraph with no 首先 run in the capture (optional); "谢谢大家!" as the last body line',
    isSpeech: true,
    title: '运动会欢迎词',
    noise: [KD_HEAD, ':', '>', '显示更多'],
    dropLines: [KD_HEAD, ':', '>', '显示更多'],
    outline: [
      { level: 1, marker: '最后,', text: '真诚祝愿各代表队和运动员取得优异成绩', optional: true },
    ],
  },
  '11-news-bwfx-yishujie-kaimushi-not-speech': {
    source: 'https://www.bwfx.com.cn/info/1140/1110.htm',
    kind: 'non-speech: news report (a school\'s flag-raising ceremony and 艺术节 开幕式)',
    tests: 'a school news page: headline "“<slogan>”——我校举行…艺术节开幕式" with quotes and a dash, "发布日期:2014-12-23 信息来源:" with an empty source; a third-person report that says the director "致开幕词" and paraphrases it ("顾主任说,…"), quotes one sentence of it, and reports two student "代表发言"; "2014-2015学年度"; the reporter\'s byline "(团委 许文博)" at the foot',
    isSpeech: false,
    title: '“艺彩纷呈 星光璀璨”——我校举行第17周中学生升旗仪式暨第五届中学生艺术节开幕式',
  },
  '12-zhufuyu-wendadaohang-xinnian-sizi-qa-not-speech': {
    source: 'https://55.wendadaohang.com/zd/eLFQFRGFFGL8F8eRGF.html',
    kind: 'non-speech: greetings list (a Q&A answer listing four-character 新年祝福语, then new-year lore)',
    tests: 'a Q&A page: the question "2024新年祝福语四个字怎么写", "如题所述", an answer opening with twenty 祝福语 separated by 、 (吉祥如意, 万事顺遂, 大吉大利 — greeting vocabulary a speech closes with), then encyclopaedic paragraphs on 新年/春节, a "新年习俗" subheading, quoted sayings; the tail "温馨提示:答案为网友推荐,仅供参考" and "相似回答" — a list of greetings, not an address',
    isSpeech: false,
    title: '2024新年祝福语四个字怎么写',
  },
};
