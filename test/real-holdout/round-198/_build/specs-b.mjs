// Gold specs for holdout round 198, part B (cases 07–12): reposts on self-media and WeChat mirrors (公众号 讲话稿 全文, 搜狐号/网易号/
// 百家号 致辞 全文, 今日头条 发言) and look-alikes on such sites. About thirty queries found the theme's big platforms on used hosts or
// their base domains (sohu.com, 163.com and baidu.com hosts stand in gold files) and almost no 公众号 repost of a speech on a new host
// (see "Looked for and not found" below), so this part holds two spoken pieces, both WeChat-article mirrors of stage talks, and four
// written look-alikes on self-media and aggregator pages.
// Two spoken pieces (a WeChat mirror (qykc.cn, "/<id>.html") of a 公众号 article carrying 罗振宇's 2025 New Year's Eve 演讲 "全文稿": the
// article title "罗振宇2025“时间的朋友”跨年演讲全文稿", a line holding one space, the leaked image placeholder "640?wx_fmt=jpeg&from=appmsg"
// (the WeChat image URL's tail, once over the lead and once between two body paragraphs), two third-person lead lines (the second ending
// in a space), the label "以下是跨年演讲4万字全文稿和全部PPT,请查收。", a bare "1" line numbering the talk's first part, the part's
// heading "十年怕与爱", the talk in lines without blank lines, cut mid-phrase ("…适合这块场地的比赛"); a WeChat mirror on an unrelated
// host (www.helpshopping.net, "/zixun-2/<id>.htm") of a 公众号's article gathering seven entrepreneurs' stage 告白 at the 2016 道农会: a
// leaked brand line of the host ("上海粤语新歌榜联盟"), the article title "岁月如歌 七位商界人物同场告白他们生命中的7个年份", the account's
// "<name> <date> <time>" line, the account name again on its own line, the account's "加入我们…一起玩微信!" and "点击上方蓝字,关注我们!"
// promos, a "【导读】" label and its paragraph in the third person, the first piece's year set vertically one digit a line ("1" "9" "7"
// "5") over its heading "刘东华:那年我12岁", a bare name line under it (a photo caption), then the speaker's first-person talk in
// paragraphs separated by two blank lines, cut mid-phrase ("…变好一点的那份执着")) and four written look-alikes (a 今日头条 topic page
// (toutiao.com, "/topic/<id>") on graduation 致辞: four items each printed as one line with its headline glued to its text, a reporter's
// byline glued inside ("…“最后一课”本报记者 周映雪 孔令川又到一年…", "澎湃新闻记者 梁书亭6月21日,…"), the second item a speech's
// title glued to its salutation and opening ("…——校长在2023届成人仪式暨毕业典礼上的讲话尊敬的家长朋友、老师们、同学们:大家上午好!…")
// — an aggregation of reports and snippets, not a speech; an aggregator's copy (ancii.com, "/<code>") of a 新快报 report relayed by ZAKER
// on 莫言's 致辞 at 汕头大学's 2017 graduation: the headline twice, a longer variant of it with a trailing space, "来源:新快报·ZAKER", a
// "新快报讯 记者…报道" lead, then paragraphs opening "莫言说,…" with his words in quotes — a report of a 致辞, not the 致辞; a converter
// mirror (m.jjhydrogen.cn, "/wangzhanjianshe/<id>.html") of a 钛媒体 report on 罗振宇's 2016 跨年演讲: pinyin after a fixed set of
// characters (聯(lián), 創(chuàng), 發(fā), 數(shù), 節(jié), 結(jié), 運(yùn), 當(dāng), 衛(wèi), 據(jù), 現(xiàn), 價(jià), 內(nèi), 費(fèi), 業(yè), 機(jī)), the ticket
// prices, a quoted line of the talk cut after its opening (“不管你跑到哪裡,…在") — a report, not a speech; a 简书 mirror (08643.cn,
// "/p/<id>") of a blogger's post on 《南方周末》's 新年献词: the post title "关于新年献词(1997~2012)", the author's name line, the blogger's
// first-person remarks, then "1997:…" to "2000:…" lines each quoting a year's editorial with the blogger's note in brackets — a
// blog post collecting quotations from written editorials, not a speech).
// Judgement calls: 07 is a speech page: the document is the 演讲 in the first person ("我在五个月前就定下了", "这位大家眼熟吗?"); the
// article title names the genre and is the title as printed, "全文稿" included (site-flavoured words stay, shared corpus: 范文, 文稿;
// round 184 B's 07 took a press headline over its lead); the image placeholder is the page's (listed once, dropped both times, as
// round 184 C's repeated lines), the two lead lines and the "以下是…全文稿…请查收。" label are the page's (as round 184 B's 07's lead and
// "以下是汤敏演讲实录:"); the bare "1" and "十年怕与爱" are the talk's own part number and part heading and stay as paragraphs, with no
// outline item: a numeral without a separator is no arabic marker (outline-rules' table; the shared corpus's 98 took a bare "一" for no
// marker) and the heading has no marker; the line of one space is no paragraph. 08 is a speech page: a collection of seven stage
// talks whose first piece, the one in the capture, is 刘东华's first-person 告白 (shared README: a collection page whose first piece is a
// speech counts as one; the 导读 calls them talks given on one stage); the title is the first piece's own heading "刘东华:那年我12岁"
// (shared README: "the first piece's own title when it has one"; round 3 case 07), the article title over it is the collection's and
// noise (as round 4 case 04's page title); the vertical year digits are the piece's decoration and go with its heading (listed
// with the end of the 导读 above them, since "1975" alone opens the first paragraph and the heading is the title); the bare "刘东华"
// under the heading is a photo caption (listed with the first words after it, since the name alone is in the title); the brand line, the account lines, both promos, "【导读】" and its paragraph
// are the page's; no outline. 09, 10, 11 and 12 are written: 09 a topic page of four press items (the glued speech title and
// salutation are one item's excerpt among reports, as round 184 B's 11 strung speech excerpts under captions), 10 and 11 reports in
// the third person ("莫言说,…", "羅振宇在深圳辦完了…演講"), 12 a blogger's post quoting written editorials (a 新年献词 is an editorial,
// not a spoken genre). Names: the private people (09's and 10's reporters, 07's two athletes, whose story was rewritten with fictional
// players) were replaced by fictional ones; the public figures (罗振宇, 刘东华 and the entrepreneurs of the 导读, 莫言, 马云, 比尔盖茨, 王石,
// the two university presidents of 09) were kept; the prose was rewritten (11 in the mirror's script with the annotations on the same
// characters; 12's quoted editorial lines as well as the blogger's remarks).
// Looked for and not found on a new host: a 搜狐号/网易号/百家号 page of a speech (sohu.com, 163.com and baidu.com hosts stand in gold files:
// media.news.sohu.com, sd.news.163.com, abg.baidu.com); a 公众号 repost of a meeting 讲话 with 一、/一是 points (the pages found are on used
// 范文 hosts: laowenmi.com, gaozihui.com, wdocx.com, cailiaogo.com (its "微信扫一扫在手机阅读" tail), ioyoy.cn and santinaque.com (the
// 文秘之友 template); yangshinews.com's press-conference talk is used); a 致辞全文 repost of a university or company head (laobiganzi.top,
// m.beiweimall.com, hsjy.voc.com.cn, hongkongdaily.net, ahzhl.cn, hkfinance.com.cn, slzrb.cn (戈峻's 谷雨演讲 全文稿, the same converter
// mirror as its round 61 page), kuaihz.com (the same 道农会 article as 08, used host), dsblog.net and ppfocus.com are used or named as
// used; m.tmwt.com and www.cread.tw (a 香港回归十周年 讲话 in an e-book) are used); briteming.blogspot.com's repost of an alleged leaked
// talk of a state leader, under the blogger's comment, was left (an unverifiable attribution); so neither speech carries a numbered
// point, and the part holds four look-alikes.
// Template twins considered: qykc.cn and www.helpshopping.net both mirror WeChat articles but share no line (one leaks the image
// placeholder, the other the account's promo lines) and no used page carries either's lines; kuaihz.com prints the same 道农会 article
// without the account lines (a used host, not taken); ancii.com was named by round 151 only as a site of the same kind as mczyw.com "not
// taken" (m.ancii.com, a 致辞全文 after a lead), and toutiao.com by rounds 47 and 61 only as left for a busy host grep, so both were
// taken; m.jjhydrogen.cn's converter annotations ("發(fā)", "節(jié)") are the generic converter's, as on used round 184 B's 12 and many
// mirrors, but its host, path and lines are on no used page; /work/notes/twin.mjs finds no shared noise line on any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const QY_TITLE = '罗振宇2025“时间的朋友”跨年演讲全文稿';
const QY_IMG = '640?wx_fmt=jpeg&from=appmsg';
const QY_LEAD1 = '2024年12月31日20:30,杭州奥体中心体育馆,罗振宇“时间的朋友”跨年演讲如期开讲。';
const QY_LEAD2 = '罗胖早年许下过一个心愿:跨年演讲要一口气办满二十年。今年是第十场。本场的主题是——来自未来的好消息';
const QY_LABEL = '以下是跨年演讲4万字全文稿和全部PPT,请查收。';

const HS_BRAND = '上海粤语新歌榜联盟';
const HS_PAGE_TITLE = '岁月如歌 七位商界人物同场告白他们生命中的7个年份';
const HS_META = '石家庄精英微享会 2021-01-08 07:11:38';
const HS_ACCOUNT = '石家庄精英微享会';
const HS_PROMO1 = '加入我们和“精英”一起玩微信!';
const HS_PROMO2 = '点击上方蓝字,关注我们!';
const HS_DAODU = '【导读】';
const HS_DAODU_TEXT = '你这一生里,哪一刻最忘不掉?在2016道农会上,柳传志、马蔚华、马云、刘东华、刘永好、俞敏洪、郭广昌同登一座舞台,向时间郑重“告白”。有人讲出了坚持多年的信念,有人说起了一段难忘的往事,有人吐露了藏在心底很久的感受。';
const HS_TITLE = '刘东华:那年我12岁';

export const specs = {
  '07-yanjiang-qykc-wechat-kuanian-quanwengao-img-placeholder-lead-label-bare-numeral-heading': {
    source: 'https://qykc.cn/15056.html',
    kind: 'speech: 演讲 (a New Year\'s Eve keynote talk, "全文稿" reposted from a 公众号; WeChat mirror)',
    tests: 'the article title naming the genre with "全文稿"; a line of one space; the leaked WeChat image placeholder "640?wx_fmt=jpeg&from=appmsg" over the lead and again between two body lines; two third-person lead lines, one ending in a space; the label "以下是跨年演讲4万字全文稿和全部PPT,请查收。"; a bare "1" line and the part heading "十年怕与爱" (no marker: a numeral without a separator); body lines without blank lines; cut mid-phrase',
    isSpeech: true,
    title: QY_TITLE,
    noise: [QY_IMG, QY_LEAD1, QY_LEAD2, QY_LABEL],
    dropLines: [QY_TITLE, QY_IMG, QY_LEAD1, QY_LEAD2, QY_LABEL],
    outline: [],
  },
  '08-yanjiang-helpshopping-wechat-daononghui-gaobai-brand-line-account-meta-daodu-vertical-year-caption': {
    source: 'http://www.helpshopping.net/zixun-2/3822839.htm',
    kind: 'speech: 演讲 (a collection of seven entrepreneurs\' stage talks at a forum, the first in the capture; WeChat mirror on an unrelated host)',
    tests: 'a leaked brand line of the host; the collection\'s article title; a 公众号 "<name> <date> <time>" line and the account name alone; "加入我们…一起玩微信!" and "点击上方蓝字,关注我们!" promos; a "【导读】" label and its third-person paragraph; the first piece\'s year set vertically one digit a line ("1" "9" "7" "5") over its heading "刘东华:那年我12岁" (the title); a bare name caption under it; first-person talk in paragraphs separated by two blank lines; cut mid-phrase',
    isSpeech: true,
    title: HS_TITLE,
    noise: [HS_BRAND, HS_PAGE_TITLE, HS_META, HS_ACCOUNT, HS_PROMO1, HS_PROMO2, HS_DAODU, HS_DAODU_TEXT, '很久的感受。\n\n\n1\n9\n7\n5', '刘东华\n\n\n1975年,我12岁'],
    dropLines: [HS_BRAND, HS_PAGE_TITLE, HS_META, HS_ACCOUNT, HS_PROMO1, HS_PROMO2, HS_DAODU, HS_DAODU_TEXT, '1', '9', '7', '5', HS_TITLE, '刘东华'],
    outline: [],
  },
  '09-news-toutiao-topic-biye-zhici-aggregate-glued-headlines-speech-snippet-not-speech': {
    source: 'https://toutiao.com/topic/7477842687081809983',
    kind: 'non-speech: topic page of press items (graduation 致辞 at universities; 今日头条)',
    tests: 'four items each on one line with the headline glued to its text; reporters\' bylines glued inside ("…“最后一课”本报记者 周映雪 孔令川又到一年…"); one item a speech\'s dash title glued to its salutation and opening ("…——校长在…毕业典礼上的讲话尊敬的家长朋友、老师们、同学们:大家上午好!…"); the others third-person reports of presidents\' 致辞 — an aggregation, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-ancii-zaker-moyan-shanda-zhici-headline-twice-variant-laiyuan-benbaoxun-not-speech': {
    source: 'https://ancii.com/agtg0vee',
    kind: 'non-speech: news report (a writer\'s 致辞 at a university graduation, relayed by ZAKER; aggregator)',
    tests: 'the headline "莫言汕大致辞:…" twice, a longer variant with a trailing space; "来源:新快报·ZAKER"; a "新快报讯 记者…报道" lead; paragraphs opening "莫言说,…" with the speaker\'s words in quotes; cut inside a quotation — a report of a 致辞, not a speech',
    isSpeech: false,
    title: '莫言汕大致辞:马云比尔盖茨毕业之初都没什么了不起',
    noise: [],
    outline: [],
  },
  '11-news-jjhydrogen-big5-pinyin-luozhenyu-kuanian-yanjiang-taimeiti-report-not-speech': {
    source: 'http://m.jjhydrogen.cn/wangzhanjianshe/7515.html',
    kind: 'non-speech: news report (a tech outlet\'s report on a New Year\'s Eve talk; converter mirror with pinyin annotations)',
    tests: 'traditional-script converter mirror with pinyin after a fixed set of characters (聯(lián), 創(chuàng), 發(fā), 數(shù), 節(jié) …); no headline in the capture; a third-person report of the 跨年演讲 (audience, ratings, ticket prices); a quoted line of the talk cut after its opening — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-article-08643-jianshu-mirror-xinnian-xianci-quotes-year-lines-not-speech': {
    source: 'http://08643.cn/p/6dcdbd6a54d1',
    kind: 'non-speech: blog post (a blogger\'s collection of lines from a weekly\'s 新年献词 editorials; 简书 mirror)',
    tests: 'the post title "关于新年献词(1997~2012)"; the author\'s name line; the blogger\'s first-person remarks; "1997:…"–"2000:…" lines quoting written editorials with bracketed notes ("(96年,我中专毕业)"); cut mid-sentence — quotations of editorials, not a speech',
    isSpeech: false,
    title: '关于新年献词(1997~2012)',
    noise: [],
    outline: [],
  },
};
