// Gold specs for holdout round 68, part A (cases 01–06): science and technology associations, research institutes and
// academicians (科协, 科技工作者日, 院士, 研究所 — congresses, award ceremonies, symposiums, and their look-alikes).
// Four spoken pieces (the director's 致辞 at the founding ceremony of a university's China studies institute, published
// by a commentary site (m.guancha.cn): the site's headline "<speaker>:<slogan>" as the only title, a "来源:观察者网" line,
// a bare date-time line, the author's name alone and again glued to the word "作者" ("张维为作者"), his bio line, the
// editor's one-line lead that runs two sentences together and ends in a stray "】", the salutation, a courtesy block
// "首先,我代表…" paragraph, a photo caption between paragraphs, cut mid-sentence ("包括"); a city leader's 賀詞 at the
// founding meeting of a development research institute on a hijacked traditional-script mirror (51-express.com): a
// bullet "•" line and a leaked "<center id=…></center>" tag first, the headline naming the speaker and the genre with a
// mis-encoded "?" for the middle dot inside the institute's name ("(中國?深圳)"), a "時間:" line, an empty "關鍵詞:" line,
// a bare "0" (the view count), every line indented, the converter's simplified leftovers (并, 于, 里, 咨, 后), cut mid-word
// ("為特"); the president's 讲话 at the Chinese Academy of Sciences' 60th-anniversary commemoration on an institute's party
// site (dang.ic.cas.cn, 化学所): the site's nav bar, " 现在位置:首页 > 学习园地" with a leading space, the headline
// "<speaker>在…纪念会上的讲话", a "date | 编辑: | 【 】【打印】【关闭" chrome line, a salutation naming a state councillor,
// paragraphs indented with two spaces, "60年前," (a year count, not a marker), cut mid-word ("综合研"); a pupil's 国旗下
// 发言稿 on science and scientists on a school site hijacked by a casino brand (sunqingbo.com): the breadcrumb
// "您现在的位置:亚星yaxing221 >> 共青团 >> 在国旗下>> 正文内容" (the brand in place of the school's name), the column
// label "在国旗下" alone, the title with a "——…发言稿" tail, an "作者:admin 来源:本站 发布时间:… 点击数:360" line, two
// blank lines, the salutation, the pupil's self-introduction with class number, paragraphs opening with slogan sentences
// ("艰苦奋斗,创造未来。", "勇于担当,创造未来。") that carry no markers, cut mid-sentence ("她敢")) and two written
// look-alikes (a news report of the 中国科协年会 opening on a 科协 site whose whole text is UTF-8 read as cp1252
// (glast.org.cn): mojibake runs ("ä¸å›½ç§‘å", "ï¼Œ", "ã€‚") alternating with characters a repair pass restored, bytes
// 0x81/0x8D/0x8F/0x90/0x9D lost, digits intact — a third-person report of 主持/致辞 ("在致辞中说", "他指出,要…。要…"), not a
// speech; a 官场 novel chapter on a reading site (3zcn.org): site name, "手机浏览器扫描二维码访问", the chapter heading
// "第1010章 此举有些冒险(第2页)", then a meeting on 科协 work told from the characters' minds, ending as one of them starts
// to speak in quotes ("…我觉得,科协是党和政府联系广大科技工作") — a novel, not a speech).
// Judgement calls: 01's headline is the only title the page prints and is taken as the title (as round 15's Hong Kong press page and round
// 23's 03 took their headlines), speaker's name and colon included; the author's bare
// name line is dropped but not listed, because the same name is in the title, the lead and the caption (a listed string
// may not survive); "张维为作者", the bio, the lead ending "】" and the photo caption are noise; the block "首先," paragraph
// is a courtesy opening with no 其次 after it: an optional level-1 point whose text is cut at the first comma (longer than
// 50 characters). 02's headline names speaker and genre (賀詞) and is the title (as round 23's 03 headline
// "…院士邵启元讲话"); the "(中國?深圳)" mis-encoding stays inside it; "•", the leaked tag, 時間, 關鍵詞: and the bare "0" are noise
// ("0" is listed: no 0 occurs in the title or the body). 03's headline is the title; the nav bar, the breadcrumb and the
// date/编辑/打印/关闭 line are noise; no outline. 04's column label "在国旗下" is dropped but not listed (its words are in
// the title); the breadcrumb with the casino brand and the meta line are noise; the pupil's "我是…班的…" line stays; no
// outline ("艰苦奋斗,创造未来。" is a slogan sentence, not a marker). 05 and 06 are written, not speeches.
// Names: the private pupil in 04 and the novel's characters in 06 are renamed; public figures in 01–03 and the scientists
// named in 04 stay as printed; the officials in 05 are replaced by fictional names.
// Looked for and not found on a new host: a 科协代表大会 or 科技工作者日 speech with 一、/(一) or 一是/二是 points inside the
// capture on a template site (answers were used hosts: xiezuofangchengshi, 100ky (a 致敬科技工作者 collection with
// "第一句话,"/—— points), m.7rdy (院士工作站揭牌 讲话 with 首先,), m.docduoduo, m.xuexila, 16fw, m.yrrf (a 科普日 主持词),
// yanjianggu, wxfwb, crossfitfinalpush, baiyunpiaopiao, or journal abstracts on the ppdoc/jxxfw/soolun/syhmjs family); a
// 研究所 年度工作会议 所长讲话 or 研究所党课 with numbered points (institute sites answer with news reports only); a 院士工作站
// 揭牌 or 学会年会 speech on a new template site; so three of the four speeches carry no numbered point and the fourth only a
// courtesy 首先. Not taken though new: m.nuehua.com (a tag page whose two snippets with "第一, 是…" give only ~250
// characters), isanxia.com (see twins), mtole.com (a 科协代表大会开幕词 whose sentences the site shuffled into nonsense),
// eline-logistic.com and whlib.7fuys.com (hijacked CAS news pages; a 座谈会摘编 of first-person remarks whose genre is
// unclear, and a news report), songyuwenxue, luequn, 699shu, xqtxs-like novel chapters (xqtxs is used), jiazhangxiaoben
// (a 科技工作者日 diary), iystest.com (a 全民科学素质 工作要点 notice), tech.cepsc.com (a Discuz copy of a 科协七大 news item
// with jammer strings).
// Set aside when the round was merged: 03 (dang.ic.cas.cn), the Chinese Academy of Sciences' institute CMS of round
// 52's 13 (the same "date | 编辑: | 【 】【打印】【关闭" line under the headline) — a template twin.
// Template twins set aside: isanxia.com (a 全国科普日启动仪式致辞 collection with the ruiwen-family "在学习、工作、生活中,大家
// 总免不了要接触或使用致辞吧…你知道什么样的致辞才是优秀的致辞吗?下面是小编整理的…" promo and "[篇1]"); m.www965pp.com (a
// traditional mirror of china.com.cn's 两会 column — "當前位置: 正文 / 文章來源:… 發布時間:… 作者:… 責任編輯:" and
// "兩會要聞更多>>", the big5.china.com.cn lianghui page of round 47 — with a 委員 大会发言 news item in "——" points);
// 01861.cn and nncwzc.com (the "/zhuantifanwen/…" and "/fanwendaquan/youxiufanwen/<yyyy>/<mmdd>/" farm with "时间:… 来源:
// 网友投稿 / 下面是小编为大家整理的…,供大家参考。"); laojin123.com (the leaked "l> [标签:标题] @page {…}" stylesheet of round 3,
// same host); fz.fjsen.com (another host of the used fjsen.com site).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GC_TITLE = '张维为:终结中国学界为西方话语“打工”的时代';
const GC_SOURCE = '来源:观察者网';
const GC_DATE = '2015-11-22 17:02';
const GC_NAME = '张维为';
const GC_AUTHOR = '张维为作者';
const GC_BIO = '复旦大学特聘教授,中国研究院院长,春秋发展战略研究院研究员';
const GC_LEAD = '11月22日,复旦大学中国研究院成立仪式暨中国道路与中国话语高端论坛特别会议在复旦大学举行本文为复旦大学中国研究院院长张维为教授在仪式现场的致辞。】';
const GC_CAPTION = '复旦大学中国研究院的成立,朱之文、张维为以及中国研究院学术委员会主任史正富共同为研究院揭牌';

const EX_BULLET = '•';
const EX_TAG = '<center id="ck4uk"></center>';
const EX_TITLE = '深圳市委書記、市長李灝在“綜合開發研究院(中國?深圳)”成立大會上的賀詞';
const EX_TIME = '時間:1989年02月14 11:28';
const EX_KEYWORDS = '關鍵詞:';
const EX_VIEWS = '0';

const IC_NAV = '首页 组织机构 工作动态 规章制度 学习园地 工作指南 群团活动 清风化语 党委信箱 化学所主页';
const IC_CRUMB = '现在位置:首页 > 学习园地';
const IC_TITLE = '路甬祥在中国科学院建院60周年纪念会上的讲话';
const IC_META = '2009-11-09 | 编辑: | 【 】【打印】【关闭';

const SQ_CRUMB = '您现在的位置:亚星yaxing221 >> 共青团 >> 在国旗下>> 正文内容';
const SQ_COLUMN = '在国旗下';
const SQ_TITLE = '科技创新,创造未来!——我们在国旗下发言稿';
const SQ_META = '作者:admin 来源:本站 发布时间:2021-12-06 10:50:00 点击数:360';

export const specs = {
  '01-zhici-guancha-yanjiuyuan-chengli-headline-byline-bio-lead-caption-shouxian': {
    source: 'http://m.guancha.cn/ZhangWeiWei/2015_11_22_342182.shtml',
    kind: 'speech: 致辞 (the director at the founding ceremony of a university\'s China studies institute; commentary site)',
    tests: 'the site\'s headline "张维为:终结中国学界为西方话语“打工”的时代" as the only title (speaker, colon, slogan; no genre word); "来源:观察者网", a bare date-time, the author\'s name alone and glued to "作者", his bio line, the editor\'s lead that runs two sentences together and ends in a stray "】"; blank lines between all lines; salutation naming the party secretary; a courtesy block "首先,我代表…" paragraph with no 其次 (optional point, text cut at the first comma); quoted idioms "水到渠成"/"应运而生" and "1+1大于2"; a photo caption between paragraphs; cut mid-sentence ("包括")',
    isSpeech: true,
    title: GC_TITLE,
    noise: [GC_SOURCE, GC_DATE, GC_AUTHOR, GC_BIO, GC_LEAD, GC_CAPTION],
    dropLines: [GC_TITLE, GC_SOURCE, GC_DATE, GC_NAME, GC_AUTHOR, GC_BIO, GC_LEAD, GC_CAPTION],
    outline: [
      { level: 1, marker: '首先,', text: '我代表复旦大学中国研究院', optional: true },
    ],
  },
  '02-heci-51express-big5-yanjiuyuan-chengli-tag-leak-meta-zero': {
    source: 'http://www.51-express.com/Aboutus/CouncilMeeting?Id=160131',
    kind: 'speech: 賀詞 (a city party secretary and mayor at the founding meeting of a development research institute; hijacked traditional-script mirror)',
    tests: 'a bullet "•" line and a leaked "<center id=\\"ck4uk\\"></center>" tag before the headline; the headline naming speaker and genre is the title, with a mis-encoded "?" for the middle dot in "(中國?深圳)"; "時間:1989年02月14 11:28", an empty "關鍵詞:" line and a bare view count "0" on their own lines; every line indented (4 and 6 spaces); the salutation "同志們:"; the converter\'s simplified leftovers (并, 于, 里, 咨, 落后, 關注著); an em-dash apposition in the first sentence; no outline; cut mid-word ("為特")',
    isSpeech: true,
    title: EX_TITLE,
    noise: [EX_BULLET, EX_TAG, EX_TIME, EX_KEYWORDS, EX_VIEWS],
    dropLines: [EX_BULLET, EX_TAG, EX_TITLE, EX_TIME, EX_KEYWORDS, EX_VIEWS],
    outline: [],
  },
  '04-fayan-sunqingbo-guoqixia-keji-casino-crumb-column-meta': {
    source: 'http://sunqingbo.com/list_73/8923.html',
    kind: 'speech: 发言稿 (a pupil\'s 国旗下 talk on science and scientists; school site hijacked by a casino brand)',
    tests: 'a breadcrumb with a casino brand in place of the school ("您现在的位置:亚星yaxing221 >> 共青团 >> 在国旗下>> 正文内容"), the column label "在国旗下" alone (its words recur in the title, so it is dropped, not listed), the title "科技创新,创造未来!——我们在国旗下发言稿", a "作者:admin 来源:本站 发布时间:… 点击数:360" line, two blank lines; the salutation; the pupil\'s self-introduction with a class number and the talk\'s title in 《》; paragraphs indented with runs of spaces; slogan sentences "艰苦奋斗,创造未来。"/"勇于担当,创造未来。" opening paragraphs without markers; named scientists; cut mid-sentence ("她敢")',
    isSpeech: true,
    title: SQ_TITLE,
    noise: [SQ_CRUMB, SQ_META],
    dropLines: [SQ_CRUMB, SQ_COLUMN, SQ_TITLE, SQ_META],
    outline: [],
  },
  '05-news-glast-kexie-nianhui-mojibake-not-speech': {
    source: 'http://glast.org.cn/news_content.asp?id=3137&lmid=147',
    kind: 'non-speech: news report (the opening of the annual 中国科协年会; mis-encoded 科协 site)',
    tests: 'a news report whose text is UTF-8 read as cp1252: mojibake runs ("ä¸å›½ç§‘å", full-width commas as "ï¼Œ", "ã€‚") alternating with characters restored by a repair pass, lost bytes, ASCII digits intact; no title or chrome in the capture; a third-person report of who chaired and who gave 致辞, then "…在致辞中说,…。他指出,要…。要…" — not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '06-novel-3zcn-kexie-huiyi-chapter-page2-not-speech': {
    source: 'https://3zcn.org/book/1371641/56832079_1.html',
    kind: 'non-speech: novel (官场 novel chapter about a meeting on 科协 work)',
    tests: 'a reading site\'s name, "手机浏览器扫描二维码访问", the chapter heading "第1010章 此举有些冒险(第2页)"; a meeting on 科协 work told through the characters\' thoughts, with "科协大会上的讲话稿" mentioned and "一是…二是…" inside narration after a colon, ending as a character starts to speak in quotes ("…我觉得,科协是…") — a novel, not a speech; cut mid-word',
    isSpeech: false,
    title: '第1010章 此举有些冒险',
  },
};
