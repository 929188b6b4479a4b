// Gold specs for holdout round 164, part B (cases 07–12): marathons and running (马拉松 开幕式/鸣枪 仪式, 半程马拉松 新闻
// 发布会, 健步走 活动 — their 致辞, 讲话, 主持词 — and their look-alikes: news reports of marathon days and press conferences,
// and an article). The marathon speeches in the store stand on used hosts (below), so the three spoken pieces are taken
// from the neighbouring theme of school running and track meets (a 冬季长跑 meet, a 田径运动会, a 校运会); the three
// look-alikes are on the theme itself.
// Three spoken pieces (a ninth-grader's 国旗下讲话 before the school's autumn 田径运动会 on a traditional-script converter
// mirror of a school-group site (www.studnt.cn, "/yzsr/contents/<col>/<id>.html"): the speech's own title line, the
// salutation "尊敬的各位老師、親愛的同學(xué)們:" on its own line, the speaker naming her class and the title again in 《》
// inside her first sentence, "(pinyin)" after a set of characters (學(xué), 國(guó), 風(fēng), 強(qiáng), 節(jié), 來(lái), 測(cè), 運(yùn), 動(dòng),
// 會(huì), 場(chǎng), 臺(tái), 個(gè), 級(jí), 報(bào), 戰(zhàn), 時(shí), 優(yōu), 績(jī), 堅(jiān), 點(diǎn), 獎(jiǎng), 領(lǐng), 實(shí), 進(jìn), 責(zé)), but not on every
// occurrence ("迎來(lái)學校", "每個學(xué)生"), a mis-encoded run inside a sentence ("讓我們?cè)僖淮螌?duì)決"), cut inside a pinyin
// annotation ("笑傲考場(chǎng"); a school leader's 致辞 at a 校运会 on an article farm (www.aivoz.com, "/shucs/<yyyymm>/<id>.html"):
// no title, the salutation as the first line, a courtesy "首先," inline after the first sentence with no run, "谢谢大家!"
// on its own line — 310 characters, the whole stored page; a 冬季长跑运动会开幕式講話稿 on a traditional-script converter
// mirror of a school-sports blog (www.gp753.cn, "/blog/community/detail/<id>"): the title broken over two lines
// ("安邑初中2008年陽(yáng)光體育" / "冬季長(zhǎng)跑運(yùn)動(dòng)會(huì)開(kāi)幕式講話稿"), a salutation naming referees, athletes, teachers
// and pupils, pinyin after a set of characters in every paragraph, template leftovers (the title names 安邑初中, the body
// "建湖雙語(yǔ)實(shí)驗(yàn)小學(xué)" and "我們橋北人"), three "希望…!" sentences, a mis-encoded run glued to a pinyin annotation
// ("讓我們?cè)谶\(yùn)動(dòng)場(chǎng)上"), cut inside a pinyin annotation ("將不斷進(jì")) and three written look-alikes (a Taiwanese
// radio's news page (cn4.rti.tw) on the mayor's 致詞 at the city's last marathon of his term: the app banner "close" /
// "臺灣之音立刻下載官方APP" / "開啟" / ":::", the headline twice around three bulleted meta lines, a photo caption with its
// credit, his words told in the third person ("他致詞表示,…", "柯文哲說,…"), "相關留言" and "本分類最新更多" — a news report,
// not a speech; a hijacked traditional-script mirror of 人民網 (qihoojma.com, "/n1/<yyyy>/<mmdd>/c1012-<id>.html") with a
// header of pornographic search keywords, "人民網" / "人民網>>文旅·體育", the headline of the 2021 北京马拉松 press
// conference, a "<date> | 來源:人民網" line, "小字號", a dateline lead, an athletics-association vice-president quoted at
// length in quotation marks after "表示:", cut inside a book title — a news report, not a speech; a keyword-spun article on
// the origin of the marathon and its volunteers (hlcpga.cn, "/content/<token>.html"): a crumb "当前位置:首页 > 常识参考",
// a title built round an unrelated keyword ("拜见(万众瞩目,拜见中国马拉松大赛背后的故事)"), a 发布日期 line, a closing
// "今天,让我们一同向…说声拜见,感谢你们…!" that addresses the reader, then "举报" and two related-article teasers with a
// date, cut mid-word — an article, not a speech).
// Judgement calls: 07's title is its own title line (pinyin removed); the repeat inside 《》 in "今天我國旗下講話的主題是:《…》。"
// is part of the sentence that names the topic and stays in the body (as round 6 case 07 kept 《珍爱生命》 inside its
// sentence; not a glued repeat); the speaker's self-introduction stays; the whole "(pinyin)" annotations go by one
// regexCut, their hits listed as noise (as round 153's 01); the mis-encoded run stays (as round 1's 09/10 and round 153's
// 02), and the pinyin fragment "(chǎng" cut off by the end of the capture stays (shared corpus convention, as round 153's
// 03 kept "(s"); a 国旗下讲话 is a speech kind; no outline. 08 has no title line, so the title is "" (as shared case 11 and
// round 153's 02); its inline "首先," after "…校运会。" has no 其次 and is courtesy, so it is no item (as round 134 case 03);
// the page has no noise; it is a speech (salutation, "我代表全校师生", "谢谢大家!"). 11's two title lines are one title
// ("安邑初中2008年陽光體育冬季長跑運動會開幕式講話稿", as round 5 case 02 and round 134 case 04), kept with the school name
// that the body contradicts (every word of the title as printed is kept; the body's 建湖雙語實驗小學 and 橋北人 are the
// reposted speech's own words and stay); the regexCut takes only whole "(pinyin)" annotations, so in "?cè)谶\(yùn)" the "?cè)"
// and "谶\" stay and the "(yùn)" goes (as round 153 case 02's "?,F(xiàn)"); "希望大家…!希望大家都能…" are sentences, no
// markers; no outline. 09, 10 and 12 are written, not speeches: 09 and 10 report what officials said in the third person
// or in quotation marks under a dateline (as round 134 case 05 and round 106 case 01); 12 is an article whose last
// paragraph turns to the reader ("让我们一同…说声拜见") without being written to be spoken. Names of private people (07's
// pupil, 09's editor, 10's reporter) were replaced by fictional ones; public officials and the composer keep their names;
// the prose was rewritten; in the traditional pages the rewritten prose carries the pinyin after the same characters as
// on the page, with the page's own gaps.
// Looked for and not found on a new host: a marathon 致辞/讲话 (wm114.cn's 兰州国际马拉松 新闻发布会 讲话 with a paywall,
// m.wydbw.com's 马拉松赛事筹备工作推进会 讲话 with "一、" headings, maok.cn's 市长 体育比赛 致辞, xiexiebang.com's 横马杯
// 裁判员发言稿, xiaomilidoc.com's 马拉松志愿者 动员会 发言 with inline 一、二、三、 and renrendoc.com's 元旦长跑讲话3篇 with
// "一是" are all on used hosts); a 半程马拉松 新闻发布会 讲话 (the hits are novel chapters on one used template, news reports
// and a 杨凌 interview transcript); a marathon 主持词 (none; only tag pages "马拉松全程限时多少" answer); a 健步走 启动仪式
// 讲话 or 主持词 (16fw.com's 健步行 讲话, 202.85.222.116's Discuz 横渡 script and the 万步有约 pages are used hosts or news
// reports); a 国旗下讲话 on running (xdfyz.cn, www.shs.cn, xybhhw.com, kxl100.com, sunnysports.org.cn are used); a 跑团 年会
// 致辞 (only meipian.cn posts, used, and reibang.com, used). So none of the three speeches carries a numbered point.
// Template twins considered: www.studnt.cn serves the school-group site of the used www.yzzxjyjt.com (round 113 case 08,
// the same "/yzsr/contents/…" path) through a traditional converter, and www.gp753.cn serves the used sunnysports.org.cn
// (round 64 case 03, the same "/blog/community/detail/…" path) the same way; neither shares a noise line with the used
// pages (round 113's page has no title or furniture, round 64's noise is its summary teaser, absent here), and converter
// mirrors of used origins were kept before (round 124's diaodiao520.com and round 153's zbgt56.com mirror the used
// people.com.cn), so both were kept; qihoojma.com mirrors 人民網 the same way and shares no line with any used page
// ("人民網>>文旅·體育", "小字號" and its spam header occur in none); www.aivoz.com belongs to the article-farm family of
// some twenty used hosts with "/jxfw|shucs|wyw|zswd/<yyyymm>/<id>.html" paths, which rounds have taken one host at a time (no
// furniture line to share), so it was kept; dropped: wsxmstone.com (its reader-mode notice "请关闭浏览器的阅读/畅读/小说模式…"
// is on round 96's 03), m.fanglangshu.com (the "…全文阅读 - …txt下载 - …最新章节" novel template of round 66's 11),
// sanjiexuege.net and 56shuku.com (the "手机浏览器扫描二维码访问" novel template of round 1's 13, shared cases 22/23 and seven
// more); 828857.com (a traditional 田徑運動會開幕詞 whose "導語:…不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" is
// round 4 case 07's), jey722.cn (a 新文秘網 copy of a 校運會開幕詞) and m.ovod.cn / m.xiaozhentang.com (运动会 speeches on the
// "/wenku/…", "/dongshi/…" viewer templates) are used hosts themselves; tangninghui.cn (a keyword-shuffled news report
// of a marathon preparatory meeting) was claimed as 11 and then released for gp753.cn's speech.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SN_TITLE = '奮力拼搏、展我雄風、做體魄強健的樹人少年';

const GP_TITLE_1 = '安邑初中2008年陽光體育';
const GP_TITLE_2 = '冬季長跑運動會開幕式講話稿';

export const specs = {
  '07-guoqixia-studnt-big5-pinyin-tianjing-yundonghui-title-quoted-mojibake-cut-in-pinyin': {
    source: 'http://www.studnt.cn/yzsr/contents/167/24755.html',
    kind: 'speech: 国旗下讲话 (a ninth-grader before the school\'s autumn track meet; traditional-script converter mirror of a school-group site)',
    tests: 'the speech\'s own title line with pinyin ("奮力拼搏、展我雄風(fēng)、做體魄強(qiáng)健的樹人少年"); the salutation on its own line; the speaker\'s self-introduction and the title again in 《》 inside the first sentence (kept); "(pinyin)" after a set of characters but not after every occurrence ("迎來(lái)學校", "每個學(xué)生"); a mis-encoded run inside a sentence ("讓我們?cè)僖淮螌?duì)決", kept); "初三(14)班" (digits in brackets, no pinyin); no numbered points; cut inside a pinyin annotation ("笑傲考場(chǎng")',
    isSpeech: true,
    title: SN_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [SN_TITLE],
    outline: [],
  },
  '08-zhici-aivoz-xiaoyunhui-no-title-salutation-first-lone-shouxian-short': {
    source: 'http://www.aivoz.com/shucs/202505/230318.html',
    kind: 'speech: 致辞 (a school leader at the opening of the school sports meet; article farm)',
    tests: 'no title: the salutation "尊敬的各位老师、亲爱的同学们:" is the first line; a courtesy "首先," inline after the first sentence with no 其次 (no item); "希望…" sentences; "预祝…!祝愿…!" and "谢谢大家!" on lines of their own; no noise; 310 characters, the whole stored page',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '09-news-rti-big5-taipei-malasong-shizhang-zhici-reported-app-banner-bullets-not-speech': {
    source: 'https://cn4.rti.tw/news/view/id/2153760',
    kind: 'non-speech: news report (the mayor\'s 致詞 at the last Taipei Marathon of his term; a Taiwanese radio\'s news page, traditional script)',
    tests: 'an app banner "close" / "臺灣之音立刻下載官方APP" / "開啟" / ":::"; the headline twice around bulleted meta lines ("• 時間:…", "• 新聞引據:中央社", "• 撰稿編輯:…"); a photo caption with "(翻攝…直播畫面)"; the 致詞 reported in the third person ("他在致詞中說,…", "柯文哲說,…", "柯文哲表示,…"); "相關留言" and "本分類最新更多" — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-qihoojma-big5-beijing-malasong-fabuhui-official-quoted-spam-header-people-mirror-not-speech': {
    source: 'http://qihoojma.com/n1/2021/1019/c1012-32257762.html',
    kind: 'non-speech: news report (the 2021 Beijing Marathon press conference; hijacked traditional-script mirror of 人民網)',
    tests: 'a header of pornographic search keywords; "人民網" / "人民網>>文旅·體育"; the headline; a "2021年10月19日09:25 | 來源:人民網" line and "小字號"; a dateline lead "人民網北京10月19日電 (記者…)"; an athletics-association vice-president quoted at length in quotation marks after "表示:" (the 发布会 speech reported); the composer\'s gift told in the third person; cut inside a book title ("《攜手北馬四十年·北京馬拉松40年") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-jianghua-gp753-big5-pinyin-dongji-changpao-two-line-title-template-names-mojibake-cut-in-pinyin': {
    source: 'http://www.gp753.cn/blog/community/detail/105817',
    kind: 'speech: 讲话 (講話稿 at the opening of a school\'s winter long-distance running meet; traditional-script converter mirror of a school-sports blog)',
    tests: 'a title broken over two lines ("安邑初中2008年陽(yáng)光體育" / "冬季長(zhǎng)跑運(yùn)動(dòng)會(huì)開(kāi)幕式講話稿"), joined; the salutation "各位裁判、運(yùn)動(dòng)員、老師、同學(xué)們:"; pinyin after a set of characters in every paragraph; template leftovers (the title names 安邑初中, the body 建湖雙語(yǔ)實(shí)驗(yàn)小學(xué) and 橋北人); "希望大家…!希望大家都能…" sentences (no markers); a mis-encoded run glued to a pinyin annotation ("讓我們?cè)谶\(yùn)動(dòng)場(chǎng)上": "?cè)谶\" stays, "(yùn)" goes); cut inside a pinyin annotation ("將不斷進(jì")',
    isSpeech: true,
    title: GP_TITLE_1 + GP_TITLE_2,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [GP_TITLE_1, GP_TITLE_2],
    outline: [],
  },
  '12-article-hlcpga-malasong-baijian-keyword-spun-crumb-related-teasers-not-speech': {
    source: 'http://hlcpga.cn/content/jkwxuodoq0rm6u7g6l4a.html',
    kind: 'non-speech: article (a keyword-spun piece on the origin of the marathon and its volunteers)',
    tests: 'a crumb "当前位置:首页 > 常识参考"; a title built round an unrelated keyword ("拜见(万众瞩目,拜见中国马拉松大赛背后的故事)"); a "发布日期:" line; a third-person account of the legend and the volunteers; a last paragraph turning to the reader ("今天,让我们一同向…说声拜见,感谢你们…!"); "举报"; two related-article teasers with a date, cut mid-word ("成为了北京") — an article, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
