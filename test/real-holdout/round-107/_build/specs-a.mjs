// Gold specs for holdout round 107, part A (cases 01–06): discipline inspection and clean government (纪检监察 工作会议,
// 警示教育大会, 廉政党课, 以案促改 表态发言 — and their look-alikes: a 通报 of cases, news reports).
// No speech on a fresh host: all six pages are written look-alikes, each carrying something a speech page carries
// (a meeting named a 警示教育大会, a 讲话 summarised, numbered points, a quoted speech with ordinals, a salutation-like
// 同志们 inside quotes). 01: a city paper's e-paper story (szb.gnrbs.cn) on a district 警示教育大会 held over the fall of a
// town's two leaders: "本报讯 (reporter)" lead, the meetings of the "三会一书两公开" procedure in the third person, a quoted
// passage from the current secretary's 心得体会 attributed after the quote ("…在心得体会中感慨地写道"), cut mid-phrase —
// a news report, not a speech. 02: a traditional-script mirror (shzhaxx.cn, a Discuz portal "article-N-1.html" page) of a
// news story on the 中纪委's third weekly 通报 of 八项规定 cases: the whole capture on one line with single spaces between
// paragraphs, converter pinyin glued after characters (發(fā), 規(guī), 統(tǒng), 區(qū), 鄉(xiāng), 衛(wèi), 協(xié)…), three
// sub-headings flattened inline ("黨政機關“發(fā)案率”依然最高", "未有廳局級官員被處罰", "2單位月餅違規(guī)被點名"), percentages,
// a professor's view reported, cut inside a pinyin annotation ("規(gu") — a report of a 通报, not a speech. 03: a novel chapter
// (huangjinjiage.cc) in which a city party secretary speaks at a standing-committee meeting: his words in quoted lines
// ("“第二个,就是关于团结的问题。”", "“第三,就是反腐问题。”", a "同志们," inside a quote) between narration lines — a novel, so no
// outline although ordinals open quoted paragraphs; cut mid-word ("可"). 04: a college news page (wxy.gxun.edu.cn) on a
// 党风廉政 主题党课: the lecturer (the college's party secretary) reported in the third person, his four points flattened inline
// after a colon ("着重讲了四点:一、…;二、…;三、…;四、…。"), a student's quoted answer — a news report, not a 党课 text; cut
// mid-word ("权力制"). 05: a county government's news item (zitong.gov.cn) on a 县政府党组(扩大)会议 where the county head
// "主持会议并讲话": a "他强调,…" lead, a line "<name>强调——" and then a paragraph of his requirements in 要再提高/要再深入/
// 要再压实 clauses without quotation marks (reads like a speech paragraph), ending with the attendance line — a report, not a
// speech. 06: a party-education article on 警示教育 (3201019.com, "/dangyuanjiaoyu/"): the capture opens with two dated
// paragraphs quoting the general secretary, where the site dropped the name after the surname ("习在…指出"), then a block
// "二是反面警示,…" paragraph whose 一是 lies before the capture, history of 警示教育 (中央苏区, 延安), and another dropped name
// ("写信给请求从轻处理") — an article, not a speech (no address to an audience, no first person); cut after "最终,".
// Judgement calls: all six are written, not spoken (third-person reports, a novel, an article), so isSpeech is false, the
// outline is empty and paragraphs/noise are left empty; no page shows a headline in its capture, so every title is ''.
// 02's "周报"/通报 is reported news about a 通报, not the 通报 itself; 05's "强调——" line does not make the following
// paragraph the county head's own speech (no quotation, the attendance line follows).
// Looked for and not found on a new host: a 纪检监察工作会议 讲话 (yunko, gongwenku1, gongwk, bimoxiezuo, wenmizhiyou and
// haowensou hold them and are used), a 警示教育大会 讲话 or 党课 with 一、/(一) points (haowensou, guanlizhidu, xiezuofangchengshi,
// whlksw, gjxy.huas, wenku.baigecn, laobiganzi, laobiganer, gd-guozhen — used), a 以案促改 or 巡视整改 表态发言 (only
// ceshi.taolaoshi, used), a 廉洁 演讲稿 (iccie.tw, m.daumloan, m.stra.cn, m.wnwk — used; 388998.com and wodeyuanxiao.com hold
// only Korean/English translations), a 廉政 主持词 (wydbw, m.docduoduo, xyvh — used), a traditional-script mirror of a
// discipline speech (the corpus answers with novels: bookbl, kinogod — used). The pages corpus answers this theme mostly
// with novel chapters and news reports; every speech it returned stands on a used host.
// Template twins set aside: 112.126.56.5 (an 整治违规吃喝 讲话 with 一、/(一) points, but its "/article/detail/<id>" address and
// "...\n微信订阅号\n网站编辑" tail are partyworker.cn's, a twin named by round 23), m.mkcnfr.com (a traditional mirror of an
// rmzxb 锐评 on 警示教育, "首頁>要論>銳評" crumb — the same mirrored CMS as the used mccombmississippiland.com and yzydsg.com
// "/c/<date>/<id>.shtml" pages), www.pcdlv.icu (a people.cn "/n1/<date>/c…-….html" mirror under a lottery header, like the
// used 163qymail.com), www.bimoxiezuo.com (the used m.bimoxiezuo.com's desktop site).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-gnrbs-zhanggong-jingshi-jiaoyu-dahui-benbaoxun-not-speech': {
    source: 'http://szb.gnrbs.cn/html/2021-08/18/content_95764_13802360.htm',
    kind: 'non-speech: news report (a city paper\'s e-paper story on a district 警示教育大会 after two town leaders fell)',
    tests: 'no headline in the capture; a "本报讯 (…)" lead naming the reporter in parentheses; the 警示教育大会 and a 专题民主生活会 told in the third person ("该区纪委监委干部通报了案件情况,…播放了警示教育片,要求…"); the "三会一书两公开" procedure and quoted slogans ("一个一个过", "治未病", "护森林"); a paragraph quoting the current town secretary\'s 心得体会 ("我们一定要…") with the attribution after the quote — a news report, not a speech; cut mid-phrase ("“一把手”")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '02-news-shzhaxx-big5-pinyin-bagui-zhoubao-tongbao-oneline-not-speech': {
    source: 'http://shzhaxx.cn/article-6532-1.html',
    kind: 'non-speech: news report of a 通报 (the 中纪委\'s weekly 八项规定 case report; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin glued after characters (發(fā), 規(guī), 統(tǒng), 區(qū), 數(shù), 鄉(xiāng), 衛(wèi), 協(xié), 經(jīng), 現(xiàn)); the whole capture on one line with single spaces between paragraphs; three sub-headings flattened inline without punctuation ("黨政機關“發(fā)案率”依然最高", "未有廳局級官員被處罰", "2單位月餅違規(guī)被點名" — the last starts with a digit); case counts and percentages after semicolons; a professor\'s view reported ("…分析,…一方面…另一方面…") — a report of a 通报, not a speech; cut inside a pinyin annotation ("違反八項規(gu")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-novel-huangjinjiage-changweihui-dierge-disan-fanfu-quoted-not-speech': {
    source: 'http://huangjinjiage.cc/post/CKULGN/ZISMIMUM_2.html',
    kind: 'non-speech: novel (a city party secretary speaking at a standing-committee meeting)',
    tests: 'no chapter title in the capture; the secretary\'s words as quoted lines between narration lines ("讲完这几句,…", "杯子放回桌上,…"); quoted lines opening with ordinals ("“第二个,就是关于团结的问题。”", "“第三,就是反腐问题。”"; 第一条 only mentioned in narration); "同志们," inside a quote; a fallen official\'s case told in the speech — a novel, not a speech; cut mid-word ("想想真是可")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-gxun-wenxueyuan-lianzheng-dangke-inline-yi-er-san-si-not-speech': {
    source: 'http://wxy.gxun.edu.cn/info/1400/4665.htm',
    kind: 'non-speech: news report (a college news page on a 党风廉政 主题党课 given by the college\'s party secretary)',
    tests: 'no headline in the capture; the 党课 reported in the third person ("韦书记…指出", "韦书记着重讲了四点:"); four points flattened inline after a colon and semicolons ("一、各党员干部要…;二、加强理论武装;三、理论联系实际;四、加强党性锤炼。"); a student\'s answer quoted; a rhetorical question ("怎样坚定理想信念?") before the points — a news report, not a 党课 text; cut mid-word ("抓住权力制")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-zitong-xianzhengfu-dangzu-zhengzhi-jianghua-qiangdiao-dash-not-speech': {
    source: 'http://www.zitong.gov.cn/zwgk/ldhd/zr/44038606.html',
    kind: 'non-speech: news report (a county government item on a 县政府党组(扩大)会议 where the county head 主持会议并讲话)',
    tests: 'no headline in the capture; a lead "…县长<name>主持会议并讲话。他强调,…"; a line of its own "<name>强调——" ending in a dash; then a paragraph of requirements without quotation marks, in clauses "思想认识要再提高,…。问题整治要再深入,…。责任链条要再压实,…。" (reads like a speech paragraph); the attendance line "…等县政府党组成员参加会议。" at the end — a news report, not a speech; the whole item in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-article-3201019-dangyuan-jiaoyu-jingshi-jiaoyu-block-ershi-names-dropped-not-speech': {
    source: 'https://www.3201019.com/dangyuanjiaoyu/209.html',
    kind: 'non-speech: article (party-education material on 警示教育; 党员教育 column)',
    tests: 'no headline in the capture, which opens with dated paragraphs quoting the general secretary where the site dropped the name after the surname ("习在…指出,“…”", "习在…强调:“…”"); a block "二是反面警示,…" paragraph whose 一是 lies before the capture; the history of 警示教育 (中央苏区, 《红色中华》, 谢步升, 黄克功, 延安) with another dropped name ("写信给请求从轻处理"); no address to an audience and no first person — an article, not a speech or 党课; cut after "最终,"',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
