// Gold specs for holdout round 25, part c (cases 13–18): company and organisation speeches — 工会, 安全生产 in
// enterprises, 商会 — and their look-alikes. Four spoken pieces (a county 教育工委 leader's 讲话 at the county education
// union's congress, first piece "…篇一" of a "(五篇)" collection on a 公文 site: the site name, a breadcrumb ending in
// " >", the page title, a "发布时间:… 来源:网友投稿" line, a 小编 promo, the page title again, a generic "人的记忆力…"
// filler promo, the piece heading, no salutation, "20**" placeholders, cut mid-phrase; a 安全生产 "开工第一课" talk to
// enterprises on a 范文 site: the title, "同志们," glued to the first sentence, "六点要求:" followed by a single
// standalone "一、" heading (the site shows one point and jumps to the closing), then a Word-download apology and a
// "评论0" line; a 商会 secretary-general's 致辞 at a sister chamber's founding on the chamber's own news page: the
// headline, a bare date, a "新闻来源:" and a "查看次数:" line, then the fuller in-article heading with the alliance's
// name before it, a salutation and space-indented paragraphs, cut mid-sentence; a city leader's 讲话 launching the
// 安全生产月 on a 范文 site's preview: no title, the salutation first, a " ……略…… " elision glued inside a sentence,
// an inline 一要/二要/三要 run after full stops, a lone "……" line and a "预览结束…请扫码联系老师!" line) and two written
// look-alikes (a newspaper site's guide on how a department writes its 年终总结, with 一、/二、 headings, "1. 引言/开头"
// items, "- " bullets and a "> “…”" sample sentence — a guide about a genre; a traditional-script company news item on a
// 专题会议 reporting the general manager's "幾點具體要求:" as 1、/2、/3、 lines, with 一是…;二是… inside the third — a
// report of what a leader said, not the speech).
// Looked for and not found on a new host: a 年终总结大会 or 誓师大会 讲话 by a company head on a 范文 site (the pages
// corpus answers with novel chapters and company news; xiaomilidoc, 360docs, aimreward and its mirror
// albanycontractorguide are used); a 股东大会 致辞 (only 议事规则, articles of association and novels); a 商会 年会
// 致辞 with 一、/二、 (agnbn is used; sdxzsh is used). msgz.vip (an enterprise 工会换届 讲话 with a glued "一、" heading)
// was claimed first and dropped: it has the same "【收藏】 作者: 佚名 来源: 作者原创 【小 中 大】【以稿换稿】" bar and the
// same "(名称替换)" gloss practice as the used wmjy.cn, so it may be a mirror. 3366ai.com (the 63jd speech in a docx
// viewer with 二、 and 1./2./3.) was skipped: it names itself 笔杆子家园, possibly the site part a claimed (biganzizhijia).
// jey722.cn (a 工会 大楼 落成 讲话) was skipped as a mirror of the used 新文秘网 family (120pk.cn).
// Written from page.txt alone, before any engine ran on it. Names of people, places, chambers and companies were
// replaced by fictional ones (in the noise lines too, so that noise and text agree: 15's headline and 新闻来源 line,
// 18's headline and product line); the prose was rewritten in new words, the site noise kept as found. 18 was drafted in
// simplified characters and converted with OpenCC (cn→tw), then the page's own quirks were put back (怎么 with a
// simplified 么, 指明了, 一周, 今後, the stray "企業。" fragment). `source` is the page the text was captured from.
// build.mjs applies: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.
// Judgement calls:
// - 13: the title is the piece's own "工会换届上级工会讲话" (from the heading "…篇一"), without the site's "最新" and the
//   collection tag "(五篇)". The site name "昆博公文网", the breadcrumb, the page title (twice, listed once), the meta
//   line (and its "来源:网友投稿" on its own, as round 20's 16), the 小编 promo, the generic filler promo and the piece
//   heading are noise. No salutation and no outline in the capture.
// - 14: the single "一、摸清家底" is a standalone heading line, so it counts though no 二、 follows (the site skipped the
//   other five points); level 1, required. "同志们," glued to the opening sentence stays in the first paragraph.
// - 15: the title is the in-article heading "涪商联盟秘书长罗维在…致辞" (the document's own, fuller name); the shorter
//   headline above the meta lines is a substring of it, so it is dropped, not listed (round 24's 13). The bare date, the
//   "新闻来源:" line and the "查看次数:" line are noise. "女生们" (for 女士们) is the speaker's, kept.
// - 16: no title in the capture (the page opens with the salutation), so the title is "". " ……略…… " inside
//   "扛起责 ……略…… 不能" is the site's elision: cut with its spaces, listed as "……略……"; the lone "……" line and the
//   "预览结束…" line are noise. 一要/二要/三要 follow full stops inside one paragraph: an inline run, level 1 (the speech
//   has no headings); each text is its first sentence.
// - 17: a guide on how to write a department's 年终总结 is written for reading, though it carries 一、/二、 and 1./2./3. and
//   quotes a sample opening sentence; no title line in the capture, so the title is "".
// - 18: a company news item reporting a general manager's numbered requirements in the third person (錢總…提出幾點具體要求:)
//   is written, though its 1、/2、/3、 lines and 一是…二是… read like a speech's; its title is the headline.

const KB_SITE = '昆博公文网';
const KB_CRUMB = '当前位置 首页 >专题范文 > 公文范文 >';
const KB_PAGE_TITLE = '最新工会换届上级工会讲话(五篇)';
const KB_META = '发布时间:2023-05-22 10:55:13 来源:网友投稿';
const KB_PROMO = '下面是小编为大家整理的最新工会换届上级工会讲话(五篇),供大家参考。';
const KB_FILLER =
  '人的记忆力会随着岁月的流逝而衰退,写作可以弥补记忆的不足,将曾经的人生经历和感悟记录下来,也便于保存一份美好的回忆。' +
  '范文怎么写才能发挥它最大的作用呢?以下是我为大家搜集的优质范文,仅供参考,一起来看看吧';
const KB_PIECE = '工会换届上级工会讲话篇一';

const JD_TITLE = '安全生产开工第一课讲话材料';
const JD_WORD = '部分文章缺省word文档下载,如果需要下载word文档,请在评论区发评论,我们安排修复';
const JD_COMMENTS = '评论0';

const CD_HEADLINE = '秘书长罗维在岚州市涪安商会成立大会上致辞';
const CD_TITLE = '涪商联盟秘书长罗维在岚州市涪安商会成立大会上致辞';
const CD_DATE = '2021-10-25';
const CD_SOURCE = '新闻来源: 锦城涪安商会';
const CD_VIEWS = '查看次数:2917';

const BL_ELIDED = '……略……';
const BL_PROMO = '预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!';

export const specs = {
  '13-jianghua-fck3179-gonghui-huanjie-collection-crumb-promo-pianyi': {
    source: 'https://fck3179.com/zhuantifanwen/gongwenfanwen/53769.html',
    kind: 'speech: 讲话 (a county 教育工委 leader at the county education union\'s congress; 公文 site, first piece of a "(五篇)" collection)',
    tests: 'the site name "昆博公文网" on its own line, a breadcrumb "当前位置 首页 >专题范文 > 公文范文 >" ending in " >", the page title "最新…讲话(五篇)", a "发布时间:… 来源:网友投稿" line, a 小编 promo naming the page title, the page title again, a generic filler promo ("人的记忆力会随着岁月的流逝而衰退…一起来看看吧" without a stop), the piece heading "<title>篇一"; blank lines between all lines; no salutation: the speech opens with the congress being held; quoted “三个代表” and “教工之家”, "20**" placeholders; cut mid-phrase ("省委教育工委、省教育"); no outline',
    isSpeech: true,
    title: '工会换届上级工会讲话',
    noise: [KB_SITE, KB_CRUMB, KB_PAGE_TITLE, KB_META, '来源:网友投稿', KB_PROMO, KB_FILLER, KB_PIECE],
    dropLines: [KB_SITE, KB_CRUMB, KB_PAGE_TITLE, KB_META, KB_PROMO, KB_FILLER, KB_PIECE],
    outline: [],
  },
  '14-jianghua-63jd-anquan-shengchan-kaigong-diyike': {
    source: 'https://63jd.com/fanwen/29175.html',
    kind: 'speech: 讲话材料 (a town leader\'s 安全生产 "开工第一课" to enterprises after the Spring Festival; 范文 site)',
    tests: 'the title line, then "同志们," glued to the opening sentence of the first paragraph, which ends "提出以下六点要求:"; a single standalone heading "一、摸清家底" with one paragraph under it (the site skipped the other five points), then the closing paragraphs opening "同志们,"/"希望大家"; quoted “生命线”, “拉网式”“地毯式”; a Word-download apology line without a stop and a "评论0" line under the text',
    isSpeech: true,
    title: JD_TITLE,
    noise: [JD_WORD, JD_COMMENTS],
    dropLines: [JD_TITLE, JD_WORD, JD_COMMENTS],
    outline: [{ level: 1, marker: '一、', text: '摸清家底' }],
  },
  '15-zhici-cdsnsh-shanghui-chengli-dahui-meta-title-twice': {
    source: 'https://cdsnsh.com/news/20363',
    kind: 'speech: 致辞 (a chamber alliance\'s secretary-general at the founding of a sister 商会 in another city; the chamber\'s own news page)',
    tests: 'a news headline "秘书长<name>在…致辞", a bare date line "2021-10-25", "新闻来源: <chamber>" with a space after the colon, "查看次数:2917", then the fuller in-article heading "<alliance>秘书长<name>在…致辞" (the headline is a substring of it); the salutation ending "大家好!"; paragraphs indented by six or seven ASCII spaces; a folk-saying opening, long comma chains, quoted “共享、共建、共赢”; counts ("4万多", "第15家", "7家"); cut mid-sentence ("为把家乡涪安"); no outline',
    isSpeech: true,
    title: CD_TITLE,
    noise: [CD_DATE, CD_SOURCE, CD_VIEWS],
    dropLines: [CD_HEADLINE, CD_DATE, CD_SOURCE, CD_VIEWS, CD_TITLE],
    outline: [],
  },
  '16-jianghua-8686-anquan-shengchan-yue-elided-inline-yiyao': {
    source: 'https://8686.com.cn/news/23611.html',
    kind: 'speech: 讲话 (a city leader launching the national 安全生产月; 范文 site preview)',
    tests: 'no title: the page opens with the salutation "市民朋友们、同志们:"; the rest of the preview is one paragraph: "大家上午好!", the year\'s slogan in quotes, a site elision " ……略…… " with spaces glued inside a sentence ("扛起责 ……略…… 不能"), then an inline "一要…。…二要…。…三要…。" run, each right after a full stop, each point\'s first sentence a comma-balanced pair ("提高站位,人人当主角"); quoted campaign names “重大安全风险防范年”; then a lone "……" line and "预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!"',
    isSpeech: true,
    title: '',
    noise: [BL_ELIDED, '……', BL_PROMO],
    replace: [[' ' + BL_ELIDED + ' ', '']],
    dropLines: ['……', BL_PROMO],
    outline: [
      { level: 1, marker: '一要', text: '提高站位,人人当主角' },
      { level: 1, marker: '二要', text: '强化防范,人人担责任' },
      { level: 1, marker: '三要', text: '共建共享,人人都参与' },
    ],
  },
  '17-zhinan-taizhoudaily-bumen-nianzhong-zongjie-not-speech': {
    source: 'http://zixun.taizhoudaily.net/jxfw/202506/487316.html',
    kind: 'non-speech: writing guide (how a company department writes its 年终总结; a newspaper site\'s 精选范文 column)',
    tests: 'no title line; a guide addressing the reader ("帮助你…"), a rhetorical question "那么,…该如何写?", standalone "一、弄清总结的用途" and "二、框架清楚,条理分明" headings, "1. 引言/开头", "2. 工作回顾", "3. 存在的问题与不足" items, "- " bullet lines, a "> “2024年,…”" sample sentence written as a department would; cut mid-sentence ("注意措辞要客观、") — a guide about a company genre, with the outline of a speech',
    isSpeech: false,
    title: '',
  },
  '18-news-760ok-big5-jituan-zhuanti-huiyi-arabic-items-not-speech': {
    source: 'http://760ok.com/cfyxgsxw/cfyxgsxw85.html',
    kind: 'non-speech: company news report (a group subsidiary\'s 专题会议 on its five-year strategy and 2021 work plan; traditional-script company site)',
    tests: 'traditional script; the long headline, the same headline again with a colon, a product-line tag "松風金穗膠輥", a third-person account ("錢總主持了會議", "錢總強調指出"), an ASCII space after a full stop ("。 會上"), then "錢總…提出幾點具體要求:" and 1、/2、/3、 lines of requirements, the third with "一是…;二是…。三是…。四是…" inside, a stray "企業。" fragment as printed — a news item reporting a leader\'s points, not the speech',
    isSpeech: false,
    title: '松風集團金穗公司召開落實集團五年再造新松風戰略制定啟動會精神暨修訂2021年A1、A類工作計劃專題會議',
  },
};
