// Gold specs for holdout round 119, part B (cases 07–12): industry associations and societies (协会/商会/联谊会 成立大会,
// 庆典 致辞, a 老乡会 speech, a 协会 章程, a 会长办公会议 report).
// Four spoken pieces (a collection page's 发言稿 for founding a district 旅游协会 filed under a 老年协会 title (133ku.com,
// "/ku/<id>.html"): the page title "老年协会成立发言稿范文" and the piece heading "…范文第1篇", no salutation but "大家下午好!",
// a standalone "一、" heading and four block "1、"…"4、" points under it, blanks left in the figures ("旅游饭店 余家"), "我区"
// and "我县" mixed, a hard wrap inside the word "见利\n忘义" and a cut after "另"; a preparatory-committee chairman's 致词 at
// the 15th anniversary of a friendship association (ehornbill.com, a Malaysian Chinese site): a pull-quote of the speech's
// second paragraph above a "-籌備會主席…在15周年庆典上致词全文:" label, traditional script with simplified runs
// ("参加宴会", "没有您们…"), the site's typo "泣臨", a courtesy "首先," paragraph and three "珍惜友情," paragraphs (one with
// "首先" after a comma); a 讲话 at the founding meeting of a clan association (w.worldwu.com): the title, the speaking body's
// name "北部湾吴氏经济文化发展联谊会" alone on the next line, salutation, "我们一是来道贺,二是来…" after a comma, no site noise
// at all, cut mid-sentence ("十分"); a 老乡会 leader's 讲话 drafted by a diarist (diarybooks.com): the diary site's
// "年轮网络日记本" header and "回…首页" link, "评论:", a whitespace-only line, the entry's date, weather and "星期 四" lines,
// the headline "写在老乡会上的领导讲话,呵呵" with "    作者/野鹤" on the same line, the diarist's own lead paragraph, then
// the speech "各位老乡,大家好。…", cut mid-sentence) and two written look-alikes (the 章程 of a national welding
// association (cecwa.org.cn): title, "(2020年9月5日修订)", "第一章     总则" and "第一条  …" articles, a lone paragraph between
// articles, an article ending without a full stop ("…等职责") — statutes, not a speech; a report of a young entrepreneurs'
// association's 会长办公会议 (hyqqx.com): no headline in the capture, the chairman's plan told in the third person ("他表示,…
// 并指出:") with three block lines "一、我们要…。" "二、…" "三、…" — a news report, not a speech; the capture is the
// whole article, 501 characters, under the floor because the store holds no more).
// Judgement calls: 07 is a speech page (its title names a 发言稿; the piece is addressed to the audience); its title is the
// page title, which equals the piece heading without "第1篇" (the piece's subject, a 旅游协会, differs from the site's 老年协会
// title — it stays as printed); the heading is noise; "见利\n忘义" is rejoined (join: the "2、…" line to its end); "一、…背景"
// is a required level-1 heading and the block "1、"…"4、" points required level-2 items, their text the first sentence. 08's
// pull-quote repeats the speech's second paragraph verbatim, so it is cut with the label by one `replace` and not listed
// as noise (it equals body text); the label (a "…致词全文:" lead) is noise and the title is "" (no title line of the speech;
// the label only names it); the lone courtesy "首先," paragraph (no 其次 follows) is an optional level-1 item, its first
// sentence cut at the first comma (over 50 characters). 09's second line names the organisation on whose behalf the
// speaker talks (he says so in the first paragraph): kept as the speech's byline like a position line, not site noise; the
// "一是…,二是…" after a comma is prose, so the outline is empty. 10 is a speech (the drafted address, first person, to
// "各位老乡"), the diarist's lead above it is the poster's own lead and noise (as round 42's 16); the date, weather and weekday
// lines are the diary's meta (as round 40's 15); the entry's headline is the only title line the page shows for it and is the
// title, ",呵呵" included as printed, with "作者/野鹤" cut from its line. 11 and 12 are written, not speeches. Names of
// private people (the association's officers, the diarist's handle, the businessmen in 12, the hotels in 07) were replaced
// by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 商会/行业协会 换届 or 成立大会 讲话 with 一、/第一,/一是 points (tkpao.com's
// "在成立市市政行业协会上的讲话" with block 第一,/第二,/第三,, dawenge.com's 绿色建材产业发展协会 讲话, sdxzsh.com's 徐州商会
// 讲话, 7rdy.cn's 企业联合会 讲话 with 第一, headings, wenmijiayuan.com's 演讲学会 讲话, 11gw.com/qdfww.com's 学会年会 开幕词 are
// all on used hosts); a 新任会长 就职 发言 with numbered points (kiwanis-taiwan.com's 1./2. is used — it is round 40's 03;
// yyfangchan.com's 就职演说 with 首先/其次/再次 is used); a traditional-script mirror of an association speech (004km.cn's
// 中藥行業聯合會 致辭 and focat.org.tw's 理事會議 致詞 are used); a 协会 年会 致辞 on a 范文 site (the corpus answers with news
// reports: cncjw, jsilva-construcoes, zpfsh, ha2h0, espero, jiyikeji, yjozone, ruiancc, 41827, par-news, and novel chapters:
// biqiege, 4bai, gyshicai, 9xbd). So only 07 carries numbered points; the theme's numbered speeches stand on used hosts.
// Template twins set aside: agnbn.com (a 商会 会长's 中秋联谊 讲话 with 一、…三、 on the "/fanwendaquan/<col>/<id>.html" farm with
// the "下面是小编为大家整理的…" promo — hanjia777/bobulaisi's template, named by round 41), bbs.huanbaoxinwen.com (a 科协年会
// 致辞 on the "/jxfw/<yyyymm>/<id>.html" farm of jjcmw), sundxs.com (the ruiwen family: "- 相关推荐" over the title,
// "【…】相关文章:" list), 360docs.net (the used 360doc viewer family).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KU_TITLE = '老年协会成立发言稿范文';
const KU_PIECE = '老年协会成立发言稿范文第1篇';

const EH_QUOTE = '今天到場的每一位都是主人,不分主賓和貴賓,再好的稱呼也抵不上一份真摯的友情。今天是我們一家人的大團圓,不必講究任何排場。';
const EH_LABEL = '-籌備會主席柯詩民在15周年庆典上致词全文:';

const WU_TITLE = '在山沙吴氏联谊会成立大会上的讲话';

const DB_SITE = '年轮网络日记本';
const DB_HOME = '回年轮网络日记本首页';
const DB_COMMENTS = '评论:';
const DB_DATE = '2016年10月27日';
const DB_WEATHER = '晴朗';
const DB_WEEKDAY = '星期 四';
const DB_TITLE = '写在老乡会上的领导讲话,呵呵';
const DB_AUTHOR = '作者/野鹤';
const DB_LEAD = '有老乡叫我去参加老乡聚会,推不过就应了,因为我一向瞧不上那几个把老乡会当成自家抬身价工具的人,太滑稽了,居然把老乡会的头衔真当成官了,满嘴官话,实在让我反胃,这回,一个老乡给所谓的老乡会领导起草讲话稿,被嫌官腔太重,我看了也觉得是,就把我拉出来,写几句贴地气的,本不想写,还是凑几句吧。';

export const specs = {
  '07-fayan-133ku-laonian-xiehui-chengli-collection-piece-heading-yi-arabic-hardwrap': {
    source: 'https://www.133ku.com/ku/63468.html',
    kind: 'speech: 发言稿 (founding a district 旅游协会, filed as 老年协会成立发言稿范文; collection page)',
    tests: 'the page title "老年协会成立发言稿范文" and the piece heading "老年协会成立发言稿范文第1篇"; no salutation, "大家下午好!"; a standalone heading "一、关于某某区旅游协会筹备组建的背景" and four block points "1、规模档次偏低。…" … "4、市场竞争无序。…" under it; blanks in the figures ("旅游饭店 余家,总床位数 余个"); "我区"/"我县"/"我旅游行业" as printed; a hard wrap inside "见利\\n忘义"; the piece\'s subject (a 旅游协会) differs from the title (a 老年协会); cut after "另"',
    isSpeech: true,
    title: KU_TITLE,
    noise: [KU_PIECE],
    join: [['2、经营理念不端正', '严重败坏了行业形象。']],
    dropLines: [KU_TITLE, KU_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '关于某某区旅游协会筹备组建的背景' },
      { level: 2, marker: '1、', text: '规模档次偏低' },
      { level: 2, marker: '2、', text: '经营理念不端正' },
      { level: 2, marker: '3、', text: '从业人员素质不高,服务水平偏低' },
      { level: 2, marker: '4、', text: '市场竞争无序' },
    ],
  },
  '08-zhici-ehornbill-youyi-xiehui-15zhounian-pullquote-label-mixed-script-shouxian': {
    source: 'https://www.ehornbill.com/v23/index.php/2012-11-02-04-31-33/15/1157-2012-12-09-07-43-16',
    kind: 'speech: 致词 (a preparatory-committee chairman at a friendship association\'s 15th anniversary; Malaysian Chinese news site)',
    tests: 'a pull-quote (the speech\'s second paragraph, verbatim) first; a "-籌備會主席柯詩民在15周年庆典上致词全文:" label; no title line of the speech; the salutation "來自五湖四海的老朋友、新朋友、各報記者,大家午間好。"; traditional script with simplified runs ("庆典致词", "参加宴会", "没有您们…保护"); the typo "泣臨" kept; a courtesy "首先," paragraph with no 其次; "珍惜友情,首先我們…" (首先 after a comma, no marker); cut mid-sentence ("同志愛")',
    isSpeech: true,
    title: '',
    noise: [EH_LABEL],
    replace: [[EH_QUOTE + '\n' + EH_LABEL + '\n', '']],
    outline: [
      { level: 1, marker: '首先,', text: '我代表籌備會老友感謝全馬各地及泰南勿洞、印尼和新加坡遠道而來的老朋友們', optional: true },
    ],
  },
  '09-jianghua-worldwu-wushi-lianyihui-chengli-org-byline-yishi-after-comma': {
    source: 'http://w.worldwu.com/Article/news/new/201305/15643.html',
    kind: 'speech: 讲话 (a regional clan association\'s representative at a town-level 联谊会 founding meeting; clan association site)',
    tests: 'the title "在山沙吴氏联谊会成立大会上的讲话" with the speaking body "北部湾吴氏经济文化发展联谊会" alone on the next line (kept as a byline); the salutation "尊敬的各位宗亲代表、各位嘉宾、兄弟姐妹们:" and "大家好!"; a long list of named officers; "我们一是来道贺,二是来…" after a comma (prose, no outline); no site noise in the capture; cut mid-sentence ("十分")',
    isSpeech: true,
    title: WU_TITLE,
    noise: [],
    dropLines: [WU_TITLE],
    outline: [],
  },
  '10-jianghua-diarybooks-laoxianghui-diary-date-weather-poster-lead': {
    source: 'http://diarybooks.com/diary_public.asp?dy=2024&id=2448106',
    kind: 'speech: 讲话 (a 老乡会 leader\'s address drafted by a diarist; online diary site)',
    tests: 'the diary site\'s "年轮网络日记本" header (trailing spaces) and "回年轮网络日记本首页" link; "评论:"; a whitespace-only line; the entry\'s date "2016年10月27日", weather "晴朗" and "星期 四" lines; the headline "写在老乡会上的领导讲话,呵呵" with "    作者/野鹤" on the same line; the diarist\'s own lead (why he wrote it) above the speech; the speech "各位老乡,大家好。…" in a plain spoken register (秦腔, 谝); cut mid-sentence ("真心")',
    isSpeech: true,
    title: DB_TITLE,
    noise: [DB_SITE, DB_HOME, DB_COMMENTS, DB_DATE, DB_WEATHER, DB_WEEKDAY, DB_AUTHOR, DB_LEAD],
    replace: [['    ' + DB_AUTHOR, '']],
    dropLines: [DB_SITE, DB_HOME, DB_COMMENTS, DB_DATE, DB_WEATHER, DB_WEEKDAY, DB_TITLE, DB_LEAD],
    outline: [],
  },
  '11-zhangcheng-cecwa-hanjie-xiehui-zhangcheng-diyizhang-diyitiao-not-speech': {
    source: 'http://cecwa.org.cn/value/',
    kind: 'non-speech: 章程 (a national welding association\'s statutes; the association\'s site)',
    tests: 'the title "中国工程建设焊接协会章程", "(2020年9月5日修订)", "第一章     总则", articles "第一条  …" to "第五条  …" with double spaces, an English name glued ("China EngineeringConstruction Welding Association缩写为CECWA"), lone paragraphs between articles, the last article without a full stop ("…等职责") — statutes, not a speech',
    isSpeech: false,
    title: '中国工程建设焊接协会章程',
    noise: [],
    outline: [],
  },
  '12-news-hyqqx-qingqixie-huizhang-bangong-huiyi-block-yi-er-san-not-speech': {
    source: 'http://www.hyqqx.com/show-196.html',
    kind: 'non-speech: news report (a young entrepreneurs\' association\'s 会长办公会议; the association\'s site)',
    tests: 'no headline in the capture; the meeting and the chairman\'s plan told in the third person ("他表示,…", "他强调,…", "并指出:"); three block lines "一、我们要严把会员入会关口。" "二、…" "三、…" in first person inside the report; the closing "相信…" line of a report — a news report, not a speech; the whole article (501 characters, the store holds no more)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
