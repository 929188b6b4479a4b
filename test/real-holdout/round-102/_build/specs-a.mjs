// Gold specs for holdout round 102, part A (cases 01–06): conscription and the militia (征兵 工作会议, 新兵入伍 欢送,
// 民兵 整组 点验 / 开训, 退伍老兵 座谈 — speeches and their look-alikes).
// No spoken piece: every speech of the theme that the `pages` corpus holds with an address sits on a host already used or
// on a template twin (see below), so all six pages are written look-alikes, chosen because each carries a speech's
// surface: two novel chapters in which an official speaks, two news reports of militia events (one opening with a
// first-person quote), a 征兵 报名 notice page and the 兵役登记 rules on a casino SEO page.
// 01 (99dshu.cc): a novel chapter page that opens mid-ceremony ("“哗哗哗……”台下又是一阵掌声。"), then a city leader's
// 新兵欢送 speech in quotation marks — first person, "新兵战士们", "我市…", the censor-dodging full stops "中。央。军。委。" and
// "政。府", a quoted closing "“最后,祝新兵同志们…谢谢大家,我的演讲完了。”" — and the narrator's comment on the length of
// the speech, the cold and the buses; a novel, not a speech (the quoted 最后, is no outline).
// 02 (m.ftxiaoshuo.com): a traditional-script chapter of a web novel run through a synonym spinner and shuffled: 同道們 for
// 同志們, 明天 for 今天, 練習事情/思惟事情/文明知識/賣力人/黌舍/開端/疇昔, lines out of order ("叮!", "五秒!", "手裡的這局
// 又疇昔了一關。" from the narrator's game), a "……" line, a farm secretary's 开训动员 remarks in quotes with "一是為啥來練習,
// 二是練習要練到甚麼程度?" (一是 after a full stop inside a quote, 二是 after a comma), "――" as the dash; a novel, not a speech.
// 03 (www.ycaexxwyk.com): a traditional-script spam mirror of a news report, the whole capture one line with single spaces
// between paragraphs and the mirror's pinyin after some characters (訓(xùn), 風(fēng), 應(yīng) … but not every occurrence: "應急營",
// "集訓會上" stay bare), simplified leftovers (后備, 這里, 組建后, 革命后); it opens with a company official's first-person
// quote to the militia ("今天我受…黨委委托來看望大家,希望大家…!") before the dateline, then the third-person report of
// the city's new 民兵應急營 and its training; cut mid-word ("擁軍愛"); a news report, not a speech.
// 04 (www.hnnjei.cn): a finance portal's report of a county's 民兵集中训练开训动员会: the brand line "农金在线", the headline,
// a "来源:农金在线    编辑:…    发布时间:2023-05-18 10:44:12" meta line, a "摘要:" line repeating the headline, indented
// paragraphs opening "农金在线河南讯", the 人武部部长's 开训动员讲话 reported ("…在开训动员讲话中指出,…", "…要求,要端正
// 思想。…要听从指挥。…要刻苦训练。" — three 要 points after full stops, in reported speech), the 副县长's "他强调,要…;要"
// cut mid-sentence; a news report, not a speech.
// 05 (bbs.cnbmgeotech.com): a forum archiver page holding a city's 征兵 notice text (兵役登记 duty, the 兵役法's 第十三条
// paraphrased after "明确:", then a glued run "兵役登记时间:1月10日至6月30日我市今年征兵工作怎样安排?条件标准一、应征报名"
// with the section "二、应征公民体检标准" glued to the end of the next long line), the source's blanked figures kept
// ("(年1月1日——年12月31日出生)", "男性cm以上", "坦克乘员-cm", "(身高cm-)kg"); a written notice, not a speech.
// 06 (randwauto.com): a casino SEO page ("/pg-majianghule/") whose text is the 征兵 rules on 兵役登记 and 预定征集 with no
// article numbers, symbol runs glued into words ("团体•△-□、", "民族乡◁★△○●○、", "审批○▽◆◇△。"), the brand "pg电子app"
// glued after "机构" and "男性公民", and "县……-、市"; a regulation text, not a speech.
// Judgement calls: all six are written (novels, reports, a notice, rules): isSpeech false, empty noise and outline. Titles:
// 04's headline is the page's own headline line; 01, 02, 03, 05 and 06 show no headline line in the capture (the chapter
// and article titles are not in the stored text), so their title is "" (no title is invented from the URL). 03's opening
// quote is a first-person address, but the page is a report about it (dateline, third person after the quote), as round 3's
// case 17 and round 72's case 04. Living people's names that are not public figures (officials, editors, the novels'
// characters) were replaced by fictional ones; the prose was rewritten, the mirrors' and farms' artifacts kept.
// Looked for and not found on a new host: a 征兵工作会议 讲话 with 一、 or 一是 points (dawenge, laobiganzi, e.wenmi.ren,
// wenku.docs.qq.com, mingyanjiaju's traditional 徵兵 講話 are used; a "VIP专免 … 6 页" viewer copy and a 德育素材网 copy of an
// 人武部部长 欢送新兵 讲话 with 第一, points have no address in the store); a 新兵欢送 讲话 or 致辞 (fanwenwang, be000 "预览结束",
// 23xiu are used); a 民兵整组/点验 讲话 (39ysw "隐藏内容", haog.cn with 第一,/1、/一是, wendang9, xiaomilidoc, qiqiwenku,
// biganzizhijia are used); a 退伍老兵 座谈会 or 八一 座谈会 发言/讲话 (haohaofanwen, yunko, gongwenku1, partyworker, wm114, qiake,
// meipian, 028gtxx, mingyanjiaju are used); a 征兵 主持词 or 民兵 党课 (none on a new host: sanweiyuan, huangminedu, 004km are
// used); a 家长/新兵代表 发言稿 (xuewenya is used); a 征兵 通告 proper (027art's 倡议书 and xyxww's 倡议 are used; 05 is the
// nearest notice text). A traditional-script speech of the theme on a new host did not turn up either.
// Template twins set aside: wypgzs.com (the "/fanwendaquan/<col>/<id>.html" farm with the 小编 promo, a 退伍老兵 欢送 讲话),
// ushengzhilian.com (a traditional mirror of gwyoo's 時間/導語 template, a 新兵交接欢送 发言), qiantimeigw.com, m.nftape.cn
// and m.78911.com.cn (the "/<Province>ZBW/" family, already set aside in earlier rounds), www.abcjf.cn (a mirror of
// taixing.cn's "/html/news/taixing/" page: one site with it). Also claimed and then not used: zs.yz-news.com,
// maogouqianming.cn (released in claims102.txt).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-novel-99dshu-xinbing-huansong-shizhang-quoted-speech-censor-dots-not-speech': {
    source: 'http://99dshu.cc/52232/154-2.html',
    kind: 'non-speech: novel (a chapter in which a city leader speaks at a 新兵欢送 ceremony)',
    tests: 'a novel page that opens with "“哗哗哗……”台下又是一阵掌声。"; a long quoted speech in the first person ("我市历来有…", "新兵战士们,你们…") with censor-dodging full stops inside words ("中。央。军。委。", "政。府"); a quoted closing paragraph "“最后,祝新兵同志们…谢谢大家,我的演讲完了。”" (最后, inside quotes); then the narrator (the applause, a character timing the speech, the cold, the buses to the station) — a novel, not a speech; no headline in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '02-novel-ftxiaoshuo-minbing-kaixun-dongyuan-traditional-spun-shuffled-yishi-not-speech': {
    source: 'https://m.ftxiaoshuo.com/Novel/HeLanHun/DiQiShiZhang_KaiXunDianLi/2.html',
    kind: 'non-speech: novel (traditional script, synonym-spun and shuffled; a farm secretary\'s militia 开训动员 remarks in quotes)',
    tests: 'a traditional-script web-novel page run through a synonym spinner (同道們 for 同志們, 明天 for 今天, 練習事情, 思惟事情, 文明知識, 賣力人, 黌舍, 開端, 疇昔, 冇, 隻要) with its lines shuffled ("叮!", "五秒!", a game line, a lone "……"); the chair\'s quoted agenda ("集會議程一共有三項", "第一項集會議程"); the secretary\'s quoted 動員發言 opening "同道們,大師早上好。" and "一是為啥來練習,二是練習要練到甚麼程度?" (一是 after a full stop inside a quote, 二是 after a comma); "――" as a dash; no headline in the capture — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-news-ycaexxwyk-minbing-yingjiying-jixun-weiwen-traditional-pinyin-quote-lead-not-speech': {
    source: 'http://www.ycaexxwyk.com/ReadNews.asp?NewsID=14489',
    kind: 'non-speech: news report (traditional-script spam mirror with pinyin; a company official visits the city\'s militia 应急营 in training)',
    tests: 'the whole capture on one line, paragraphs separated by single spaces; the mirror\'s pinyin after some characters but not all their occurrences (訓(xùn) but "參加集訓", 應(yīng)急營 but "應急營組建后"), simplified leftovers (后備, 這里, 組建后, 革命后); it opens with a first-person quote addressed to the militia ("今天我受萍礦集團(tuán)黨委委托來看望大家,希望大家…!") before the dateline "10月31日上午,…看望慰問…", then the third-person report (the 應急營\'s tasks "平時,…;戰(zhàn)時,…", the visit, "符建國說,…"); cut mid-word ("擁軍愛") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-hnnjei-xixian-minbing-kaixun-dongyuanhui-brand-meta-zhaiyao-yao-not-speech': {
    source: 'http://www.hnnjei.cn/html/yw/2023/0518/18436.html',
    kind: 'non-speech: news report (a county\'s 民兵集中训练开训动员会, on a rural-finance portal)',
    tests: 'a brand line "农金在线", the headline, a "来源:农金在线    编辑:…    发布时间:2023-05-18 10:44:12" meta line, a "摘要:" line repeating the headline, paragraphs indented with seven spaces and opening "农金在线河南讯"; the 人武部部长\'s 开训动员讲话 reported in the third person ("…在开训动员讲话中指出,…", "…要求,要端正思想。…要听从指挥。…要刻苦训练。" — three 要 points after full stops inside a report); the 副县长\'s "他强调,要…;要" cut mid-sentence — a news report, not a speech',
    isSpeech: false,
    title: '息县召开2023年民兵集中训练开训动员会',
    noise: [],
    outline: [],
  },
  '05-tonggao-cnbmgeotech-zhengbing-baoming-tiaojian-archiver-glued-yi-er-blanked-numbers-not-speech': {
    source: 'http://bbs.cnbmgeotech.com/archiver/showtopic-3413.aspx',
    kind: 'non-speech: 通告-like notice (a city\'s 征兵 registration and conditions, reposted on a forum archiver page)',
    tests: 'no headline; the 兵役登记 duty, the 兵役法\'s 第十三条 restated after "明确:"; a glued run "兵役登记时间:1月10日至6月30日我市今年征兵工作怎样安排?条件标准一、应征报名" (a date, a question heading, a label and a 一、 heading on one line); a long line of conditions separated by colons and semicolons with "二、应征公民体检标准" glued at its end; the source\'s blanked figures ("(年1月1日——年12月31日出生)", "男性cm以上", "坦克乘员-cm", "(身高cm-)kg") — a written notice, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-guizhang-randwauto-bingyi-dengji-tiaoli-casino-seo-symbol-runs-glued-brand-not-speech': {
    source: 'https://randwauto.com/pg-majianghule/268.html',
    kind: 'non-speech: 规章 text (the 征兵 rules on 兵役登记 and 预定征集, on a casino SEO page)',
    tests: 'regulation clauses without article numbers ("机关、团体…应当…", "…的,称为应征公民。"); anti-scrape symbol runs glued inside the text ("团体•△-□、", "乡•■◆◁、", "民族乡◁★△○●○、", "办事处▽=◆,", "审批○▽◆◇△。", "合格的◆★,"); the casino brand "pg电子app" glued after "机构" and after "男性公民" with symbols; "县……-、市"; no headline — a written regulation, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
