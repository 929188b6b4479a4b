// Gold specs for holdout round 66, part c (cases 13–18): document viewer and 文库 pages of speeches of any topic
// (page numbers, file size and page count lines, 下载/VIP/预览 chrome, PDF hard wraps, a document flattened onto one
// line) — speeches and look-alikes.
// SHORTFALL: all six cases are look-alikes; there is no speech in this part. The session's search budget ran out after
// 33 `pages` queries (every further look-up, find_string included, answered "the search budget for this session is used
// up"), and none of the speech pages those queries returned sat on an unused, unclaimed host (see "Looked for and not
// found" below). The six pages are the usable non-speech pages from those answers.
// Six written look-alikes: a 文库-style collection page (52xueshu, "/w/doc<id>.html") titled "征兵宣传单" with a date line,
// the collection title "征兵宣传单(18篇)", piece headings "1.征兵宣传单 篇一" / "2.征兵宣传单 篇二" (the speech-collection
// layout), the first piece a list of 25 numbered recruitment slogans "1、…25、" (some with spaces between phrases), the
// second piece a medical paper on recruits' chest X-rays with "1 资料与方法" / "1.1 一般资料" headings, "10 988" with a
// space, cut mid-word ("应征青"); a health-management column page (nurftech) whose 导读 tells of a minister's hour-long
// 致辞 at an award ceremony ("说是颁奖致辞,倒不如说是…拉家常") in the third person, under "首页>>登录,我要注册", a column
// name, the headline, an "作者:… 来源:… 日期:…" line, and over a 关键字 line, 分享/评论/我要跟帖/发表/回复 <nickname> chrome,
// "//站内统计//百度统计//谷歌统计//站长统计", a feedback form line and "Baidu" / "map"; a web-novel chapter (sdyobo) that
// opens mid-scene, with the site's pinyin stand-in "zui角", and ends in a chamber president's quoted banquet 致辞 ("“晚上
// 好!…来!为", cut) — a novel, not a speech; a "spun" web-novel chapter (ythxs) whose text went through a synonym
// replacer (带领 for 领导, 佳宾, 密斯们, 大师 for 大家, 当局, 起首, 答应, 援助, 竭诚, 非常钟, 敏捷退席, 顿时, 开端, 熟谙, 本身,
// 谛视, 实在, 宿世, 一向, 纷繁, 俄然, 公家场合, 神采, 严峻, 晓得, 服膺) and a typo "想起" for 响起: a quoted 致辞 with
// "尊敬的各位带领、佳宾,先生、密斯们,大师早晨好!", a "…………" scene break, the announcer's repeated call, the narrator's
// first public speech told in the first person — a novel, not a speech; an e-paper news item (ribao.xyxww) "本报讯(记者 …)"
// on a city's 统计改革 meeting: "…出席会议并讲话", "…在讲话中指出,…他强调,…" — a report, not the speech; a traditional-script
// mirror (people-places-and-things, the "/html/nypd/<id>.shtml" path of 烟草在线) of a county's 烟叶生产动员大会 report with
// converter pinyin after a fixed set of characters (產(chǎn), 領(lǐng), 導(dǎo), 負(fù), 責(zé), 鄉(xiāng), 鎮(zhèn), 標(biāo),
// 強(qiáng), 調(diào), 進(jìn), 農(nóng), 業(yè), 續(xù), 穩(wěn), 發(fā), 擔(dān), 內(nèi)), simplified leftovers (里, 余, 標志著), a mis-encoded
// run "?jīng)Q" where a character was lost, and the tail "?" / "圖為會議現(xiàn)場" / "篤行致遠(yuǎn) 2024中國煙草行業(yè)發(fā)展觀察".
// Judgement calls: 13 is a collection page laid out like a speech collection, but its pieces are a slogan list and a
// paper — not a speech; the numbered slogans are list items of a written piece. 14's page retells a 致辞 in the third
// person (a column's 导读), so it is a written report. 15 and 16 are novel chapters: a speech quoted inside narration is
// no speech (as round 34's 17 and the shared corpus's 33); 16's synonym-spun words are the site's artifacts and were kept on
// the rewritten sentences. 17 and 18 report a meeting and its 讲话/强调 in the third person. Titles are informational: 13
// the page title "征兵宣传单", 14 the headline; 15–18 show no title in the capture. 16's URL is CamelCase pinyin
// ("/Novel/<Book>/<Chapter>/1.html"), but the page prints none of the "/ZhuChiCi/" 范文 farm's furniture (no crumb, no
// promo, no meta), so it is not counted as that farm's twin. Names of private people and small places are fictional
// (reporters, the vice-mayor, the county 青崖, the novels' characters, the column's author); the minister named in 14's
// headline area and 关键字 line is a public figure and stays as printed.
// Looked for and not found on a new host: a speech in a 文库/document viewer with page-count/size chrome (every viewer the
// corpus returned is used: wenke99, qiqiwenku, xiaomilidoc, 31ppt, renrendoc, max.book118, wenku.docs.qq, gaoziwenku,
// gongwenku1, bimoxiezuo, wendang9, 360docs, wddqw; 52xueshu was the one new document library and its page is no speech);
// a speech with PDF hard wraps or flattened onto one line on an unused host; a speech with 一、/（一） or 一是/二是 points
// on an unused host. Not taken: qikanwang.net (a journal-search listing with a speech's "简介:同志们:…" abstract — its title
// and the speaker's post and name are printed glued together on the line BELOW the abstract, which the gold format cannot
// hold, since a title may not come after the first paragraph); a traditional mirror of a vice-premier's 气象科学技术大会
// speech with a title wrapped over two lines and 一、 headings (the search answer carried no address); share.cbbn.net,
// m.yujjsks.com and cfqhcj.com (news and commentary quoting national leaders verbatim: rewriting would put new words in
// their mouths); sayit.pdis.nat.gov.tw (a 130-character transcript fragment); bdbfw.com (a Korean translation).
// Template twins set aside: 4bai.com (a novel chapter with the "第N章(1 / 2)" / "加入书签" / "↑返回顶部↑" / "书页/目录"
// chrome of round 2's 99xxs); kyks.tw (the "…提示您:看後求收藏(…),接著再看更方便。" promo of mpzw, as round 37 noted);
// m.tmwt.com (used; its "书城<category><book>" / chapter id / "第N章" book-chapter layout is round 34's nuoha); laomiw.com
// and the *.caiyes.cn forums (the Discuz jammer-string copies of the shared corpus's 04); m.zgkjsz.com and m.handmsg.com (the
// "/page/<yyyy>/<mmdd>/" pattern); fanwen.chazidian.com (the "格式:DOC 上传日期:" meta line); biganzizhijia.cn (used in
// round 25; the "仅展示N字,全文共N字" tail of baigecn); 31ppt.com (m.31ppt's viewer).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-xuanchuandan-52xueshu-zhengbing-collection-pian-numbered-not-speech': {
    source: 'https://52xueshu.com/w/docuap7ewe6d.html',
    kind: 'non-speech: collection page of 征兵宣传单 (a slogan list and a medical paper; 文库-style document site)',
    tests: 'a document site\'s collection page laid out like a speech collection: page title "征兵宣传单", a bare date "2024-06-13", the collection title "征兵宣传单(18篇)", piece headings "1.征兵宣传单 篇一" and "2.征兵宣传单 篇二"; the first piece a list of 25 block items "1、…25、" (recruitment slogans, some with spaces between phrases, under the line "2012年征兵宣传标语口号"); the second piece a paper with "1 资料与方法" / "1.1 一般资料" / "1.2 检查设备" / "1.3 体检方式" headings and "10 988" with a space; blank lines between all lines; cut mid-word ("应征青") — no address, no first person, not a speech',
    isSpeech: false,
    title: '征兵宣传单',
    noise: [],
    outline: [],
  },
  '14-column-nurftech-buzhang-zhici-daodu-comment-chrome-not-speech': {
    source: 'https://nurftech.com/detail/16781.html',
    kind: 'non-speech: column page (a 导读 retelling a minister\'s 致辞 at a hospital award ceremony)',
    tests: 'site chrome around a short written piece: "首页>>登录,我要注册", a column name "卫生管理", the headline "推心置腹:部长岁末寄语院长", an "作者:… 来源:中国医学论坛报 日期:2010-12-28" line, a "导读" label; one paragraph telling in the third person of an hour-long 即兴讲话 and 致辞 ("说是颁奖致辞,倒不如说是…拉家常"); then "关键字: … | … | 医院", "分享:", "评论", "我要跟帖", "发表", "回复 小鸭梨", "//站内统计//百度统计//谷歌统计//站长统计", "*我要反馈: 姓 名: 邮 箱:", "Baidu", "map" — a report about a speech, not the speech',
    isSpeech: false,
    title: '推心置腹:部长岁末寄语院长',
    noise: [],
    outline: [],
  },
  '15-novel-sdyobo-shanghui-wanyan-zhici-quote-zui-pinyin-not-speech': {
    source: 'http://www.sdyobo.com/0_992/12746294-7.html',
    kind: 'non-speech: novel (web-novel chapter page 7; a chamber president\'s banquet 致辞 quoted inside narration)',
    tests: 'a web-novel page that opens mid-scene with the site\'s pinyin stand-in "zui角"; two paragraphs of third-person narration about a gate-crasher; "卓会长登上大厅尽头的舞台,…他要开始致辞了。"; then the quoted 致辞 "“晚上好!…盼诸位与我同舟雨共,一道奔个好前程。来!为" with inner quotes (“远行”) and the speaker\'s first person, cut mid-sentence — a novel, not a speech; no title',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-novel-ythxs-spun-synonyms-biye-wanhui-zhici-not-speech': {
    source: 'https://ythxs.com/Novel/TianCaiChongSheng/DiSiShiSiZhang_ZhenChangFanJuEr/1.html',
    kind: 'non-speech: novel (a synonym-spun web-novel chapter: a town official\'s gala 致辞 and the narrator\'s first speech)',
    tests: 'text run through a synonym replacer (带领 for 领导, 佳宾, 密斯们, 大师 for 大家, 当局, 起首, 答应, 援助, 竭诚, 非常钟, 敏捷退席, 顿时, 开端, 熟谙, 本身, 谛视, 实在, 宿世, 一向, 纷繁, 俄然, 公家场合, 神采, 严峻, 晓得, 服膺) and the typo "想起" for 响起; the chapter opens with a quoted 致辞 "“尊敬的各位带领、佳宾,先生、密斯们,大师早晨好!…”" followed by narration on the same line; a "…………" scene break; an announcer\'s call quoted twice; first-person narration of the narrator stepping up to speak; a quoted reply "“晓得了,爸爸,…”"; cut mid-sentence — a novel, not a speech; no title',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-xyxww-epaper-tongji-gaige-huiyi-jianghua-zhichu-qiangdiao-not-speech': {
    source: 'https://ribao.xyxww.com.cn/html/2015-03/28/content_195639.htm',
    kind: 'non-speech: news report (a city daily\'s e-paper item on a 统计改革 work meeting)',
    tests: 'an e-paper item without its headline in the capture: "本报讯(记者 … …)3月26日,…会议召开。…出席会议并讲话。"; a paragraph on the year\'s work in the bureau\'s voice ("我市统计部门将…"); "…在讲话中指出,…他强调,…要…" reported speech with a list of five reform fields — a report, not the speech; blank lines between paragraphs',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-ppat-big5-pinyin-yanye-dongyuan-dahui-mojibake-not-speech': {
    source: 'http://www.people-places-and-things.com/html/nypd/508222.shtml',
    kind: 'non-speech: news report (a tobacco-industry site\'s item on a county 烟叶生产动员大会; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (產(chǎn), 領(lǐng), 導(dǎo), 負(fù), 責(zé), 鄉(xiāng), 鎮(zhèn), 標(biāo), 強(qiáng), 調(diào), 進(jìn), 農(nóng), 業(yè), 續(xù), 穩(wěn), 發(fā), 擔(dān), 內(nèi)) and simplified leftovers (里, 余, 標志著); a dateline glued to the text ("煙草在線青崖消息 11月10日,"); the attendance list of a 動員大會 and "會議強(qiáng)調(diào),…" in the third person; a mis-encoded run "?jīng)Q"; a lone "?" line, a photo caption "圖為會議現(xiàn)場" and a site banner "篤行致遠(yuǎn) 2024中國煙草行業(yè)發(fā)展觀察" — a report, not a speech; no title',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
