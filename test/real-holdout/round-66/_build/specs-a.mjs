// Gold specs for holdout round 66, part a (cases 01–06): project ceremonies (开工奠基, 项目签约, 竣工仪式, 揭牌仪式, 投产仪式,
// 通车剪彩) — speeches and look-alikes.
// Two spoken pieces (a city government's 讲话稿 at the ground-breaking of a county senior high school's new campus, first
// piece of a "(推荐2篇)" collection on a 范文 site (3c3c, 无忧范文网): the page title with its count, a "时间:… 作者:网友上传
// 字数:1611字" line, the site's own promo naming it "无忧范文网" and quoting the page title in 《》 twice, the piece heading
// "第一篇:奠基仪式上讲话稿", a salutation line ending in a colon, an anti-copy backtick glued mid-phrase ("的`坚定决心"), XX
// placeholders and a quoted slogan "科教兴县"/"高中城市化", cut mid-sentence ("以强烈的"); a hospital director's 致辞 at the
// completion ceremony of the hospital's surgical building, on the hospital's own site (gy120.sc.cn) with no title and no
// site chrome at all: a salutation over three lines (two "尊敬的…," lines naming officials by given name and post, then
// "各位领导、…先生们:"), a long run of "感谢…!" sentences, a courtesy "首先请允许我代表…" with no separator after 首先 and no
// 其次 after it, figures with "16000M2", cut mid-word ("感谢全")) and four written look-alikes (a novel chapter (didadushu)
// in which a city party secretary cuts the ribbon on a new road: quoted small talk, then "…朗声说道:" and the secretary's
// address printed as unquoted paragraphs opening "同志们!…在这里我代表市委市政府表示热烈祝贺。" — a novel, not a speech; a
// traditional-script news report (hbsfpx) of a county's concentrated project ground-breaking, "縣長…在致辭中指出,…" in
// the third person with the mirror's simplified leftovers ("對于", "占"), a line on the other speakers, and the site's SEO
// keyword run "2018壓鑄展,2018壓鑄展會,…2018鑄造設備展" as the last line; a news report (wenming.cn) of a county
// 新时代文明实践中心 揭牌仪式: a "关闭" link, the headline, a "发表时间:…来源:…" line with no space before 来源, photo captions
// ("活动现场", "…共同为…揭牌") between indented paragraphs, the site's slip "支援服务总队" for 志愿服务总队, and the county
// secretary's words in quotes followed by "…说,…"; a web-novel chapter (wap.77gp.net) of a farm's 吊桥竣工典礼, every
// line ending in a stray ">" left by the site, the chapter heading "第六十六章 竣工(2/2)", a host's quoted "尊敬的各位领导,
// 各位来宾,…首先,我代表…" and a county head's quoted remarks, and the site's tail "本章已完成! 请记住【…】最新更新章节〖…〗
// 地址http://…" — a novel, not a speech).
// Judgement calls: 01's title is the piece's own name "奠基仪式上讲话稿" (the page title's "(推荐2篇)" is the collection's
// count); the page title line, the meta line, the promo and the piece heading "第一篇:…" are noise; the backtick is noise,
// listed with its neighbours ("的`坚定"). 01's meta line has the "时间:… 作者:… 字数:…字" shape of round 32's hyywx page, but
// the rest of the furniture differs (hyywx: a breadcrumb, "作者:网络", a "下面小编给大家分享…" promo and "…1" piece headings;
// 3c3c: no breadcrumb, "作者:网友上传" with seconds in the time, a promo that names 无忧范文网 and quotes the title in 《》,
// "第一篇:" headings), so it was not taken for a twin. 02's title is "" (the capture opens with the salutation; the
// hospital's page shows no heading in its text); every line is the speaker's, so noise is empty; the officials' given
// names in the salutation are replaced by fictional ones like every name; "首先请允许我代表…" has no separator after 首先 and
// no 其次 follows, so it opens no point (as round 34's 14 "首先我代表…"); outline empty. 03 is a novel although the
// secretary's address is printed without quotes and opens with "同志们!": the chapter's narration ("…朗声说道:") frames it
// and the capture opens with narration. 04 and 05 report ceremonies and speeches in the third person: news, not speeches;
// 05's title is its headline. 06's title is the chapter heading without "(2/2)". All people's, places' and the farm's
// names are fictional (05's county, venue and officials too; 05's "来源:龙岩文明网" and 06's book title and URL are the
// sites' own and stay).
// Looked for and not found on a new host: a 开工/奠基/竣工/揭牌 讲话 with numbered points (一、/一是/一要/第一,/首先,其次) —
// every such page the pages corpus returned is on a used host or a template twin (p719, oh100, ahsrst, hunwen, refanwen,
// haowendang, teniu, laojin123, wm114, xiaomilidoc, wnwk, 360docs, xiexiebang, alatiku, dawenge, xuewenya, 7rdy, jxyuer,
// guanlizhe, beiweimall, inrrp, stra, cqtzb are used), or has no address (a traditional 奠基儀式 演講稿 with "一要加快工程進度",
// a 交通建设工程开工仪式 讲话 on a "合集下载" viewer, a traditional 塘下 开工仪式 主持词); a 项目签约仪式 讲话 or a 投产仪式 讲话
// on a 范文 site (the corpus answers 签约/投产 queries with novel chapters and used hosts: sougaozi, 07608, teniu); a
// 揭牌仪式 主持词. The search budget ran out after these queries, so this part has two speeches, not four, and none of
// them carries numbered points in the captured text.
// Left as template twins: yanyuguan.com (an 奠基开工致辞 collection under "当前位置:言语馆 > 范文 >演讲稿 >" with the
// ruiwen-family promo "在日常学习、工作抑或是生活中,大家总免不了要接触或使用致辞吧,致辞是指…下面是小编整理的…", set aside
// as rounds 59–64 set aside that family); trq119.com (a traditional 工程落成剪彩儀式 講話 with the "導語:…一文來源于網友上傳,
// 不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" line and the "/article/yjzc/qdzc/<yyyymm>/<id>.html" path of
// 1mishu/wugjj/gwyoo); diyifanwen.cc (a mirror of the used diyifanwen.com, as round 31 noted); m.cqtzb.org.cn (the
// "/jxfw/<yyyymm>/" farm).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const WY_TITLE = '奠基仪式上讲话稿';
const WY_PAGE_TITLE = '奠基仪式上讲话稿(推荐2篇)';
const WY_META = '时间:2022-04-04 16:02:36 作者:网友上传 字数:1611字';
const WY_PROMO = '无忧范文网小编为你整理了多篇《奠基仪式上讲话稿(推荐2篇)》范文,希望对您的工作学习有帮助,你还可以在无忧范文网网可以找到更多《奠基仪式上讲话稿(推荐2篇)》。';
const WY_PIECE = '第一篇:奠基仪式上讲话稿';

export const specs = {
  '01-jianghua-3c3c-dianji-tuijian2pian-meta-promo-diyipian-backtick': {
    source: 'https://3c3c.com/jhzc/jianghuagao/165837.html',
    kind: 'speech: 讲话稿 (a city government\'s speech at the ground-breaking of a county senior high school\'s new campus; first piece of a 范文 collection)',
    tests: 'a 范文 collection page with blank lines between all lines: the page title "奠基仪式上讲话稿(推荐2篇)", a "时间:2022-04-04 16:02:36 作者:网友上传 字数:1611字" meta line, the site\'s promo naming 无忧范文网 and quoting the page title in 《》 twice, the piece heading "第一篇:奠基仪式上讲话稿" (the title after "第一篇:"); the salutation "尊敬的各位来宾,同志们,老师们,同学们:"; XX placeholders ("XX县一高中", "XX市人民政府"); quoted slogans; an anti-copy backtick glued mid-phrase ("全力办好教育的`坚定决心"); no numbered points; cut mid-sentence ("以强烈的")',
    isSpeech: true,
    title: WY_TITLE,
    noise: [WY_PAGE_TITLE, WY_META, WY_PROMO, WY_PIECE, '的`坚定'],
    replace: [['的`坚定', '的坚定']],
    dropLines: [WY_PAGE_TITLE, WY_META, WY_PROMO, WY_PIECE],
    outline: [],
  },
  '02-zhici-gy120-waike-dalou-luocheng-no-title-long-salutation': {
    source: 'http://gy120.sc.cn/article.html?id=85',
    kind: 'speech: 致辞 (a hospital director at the completion ceremony of the hospital\'s surgical building; the hospital\'s own site)',
    tests: 'no title and no site noise: the capture opens with a salutation over three lines ("尊敬的四川省煤炭产业集团明远副总经理、守成书记、立新局长," / "尊敬的广元市委常委秀芳部长、建国市长," / "各位领导、各位嘉宾、女士们、先生们:"), the first two ending in commas; a long paragraph of "感谢…!" sentences closing "谢谢你们!"; a courtesy "首先请允许我代表…" with no separator after 首先 and no 其次 (no point); figures ("16000M2、10层", "5500万元"); no blank lines; nothing may be cut; cut mid-word ("感谢全")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-novel-didadushu-tongche-jiancai-unquoted-tongzhimen-not-speech': {
    source: 'https://didadushu.com/93_93594/47991591_2.html',
    kind: 'non-speech: novel (a city party secretary cuts the ribbon on a new county road)',
    tests: 'a web-novel chapter page with no chrome in the capture: narration and quoted small talk between the city secretary and the county leaders ("“钱书记,一路辛苦!”罗书记…说道。"), a quoted song line, then "…他走到话筒前,朗声说道:" and the secretary\'s address printed as four unquoted paragraphs opening "同志们!金风送爽,…在这里我代表市委市政府表示热烈祝贺。" and "在这里,我代表市委市政府,向所有参与工程建设的同志们表示感谢和慰问…" — a novel framing a speech, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '04-news-hbsfpx-big5-jizhong-kaigong-zhici-seo-tail-not-speech': {
    source: 'http://www.hbsfpx.com/yazhu/newsdetail.asp?nid=17192',
    kind: 'non-speech: news report (a county\'s concentrated project ground-breaking; traditional script on a trade-fair site)',
    tests: 'a traditional-script news item copied onto a die-casting fair\'s site: "縣委書記…宣布項目開工。", then "縣委副書記、縣長鄭文博在致辭中指出,縣委、縣政府…" reporting the county head\'s 致辭 in the third person with first-person "我縣" inside the report and the mirror\'s simplified leftovers ("對于", "占"), a line on the other speakers ("副縣長…介紹了…,項目建設企業代表作了發言。"), and the site\'s SEO keyword run "2018壓鑄展,2018壓鑄展會,…2018鑄造設備展" as the last line — a report, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '05-news-wenming-jiepai-meta-captions-quote-not-speech': {
    source: 'http://www.wenming.cn/wmsjzx/klxf/fj_46832/201810/t20181031_4880589.shtml',
    kind: 'non-speech: news report (a county 新时代文明实践中心 揭牌仪式)',
    tests: 'a news page of a 揭牌仪式: a "关闭" link line, the headline "青岚县新时代文明实践中心揭牌 着力打造“青岚样板”", a "发表时间:2018-10-30来源:龙岩文明网" line (no space before 来源), photo captions as lines of their own ("活动现场", "周立言和贺建川共同为…揭牌", "现场为…授旗") between paragraphs indented with two spaces, a long list of attending officials, the site\'s slip "支援服务总队", and the county secretary\'s words in quotes followed by "”贺建川说,…" — a report, not a speech; cut mid-phrase ("全国县级新时代文明")',
    isSpeech: false,
    title: '青岚县新时代文明实践中心揭牌 着力打造“青岚样板”',
  },
  '06-novel-77gp-jungong-dianli-gt-marks-chapter-tail-not-speech': {
    source: 'https://wap.77gp.net/317/317576/66_2.html',
    kind: 'non-speech: novel (a farm\'s suspension-bridge completion ceremony)',
    tests: 'a web-novel chapter whose every body line ends in a stray ">" left by the site: the chapter heading "第六十六章 竣工(2/2)", a farm head opening the ceremony in quotes ("周场长说:“尊敬的各位领导,各位来宾,今天,我们在这里隆重举行青石吊桥竣工典礼。”", "首先,我代表青石农场…"), a county head\'s quoted remarks, a boy\'s quoted "各位领导,各位来宾,…", narration of ribbon-cutting and a lion dance, and the site\'s tail "本章已完成! 请记住【重生时代有空间】最新更新章节〖第六十六章 竣工〗地址http://wap.77gp.net/317/317576/66.html" — a novel, not a speech',
    isSpeech: false,
    title: '第六十六章 竣工',
  },
};
