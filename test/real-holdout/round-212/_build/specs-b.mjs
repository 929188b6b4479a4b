// Gold specs for holdout round 212, part B (cases 07–12): company and enterprise-group leaders' speeches (集团 董事长 讲话,
// 总经理 在 工作会议 上的讲话, 年度 表彰 大会 讲话, 年会/尾牙 致词) and their look-alikes. The theme has been worked by rounds 110,
// 184, 196, 197, 200, 204 and 208 among others: about fifty queries found nearly every company speech in the store on a used
// host, a template twin or a farm path (see "Looked for and not found" below), so this part holds two spoken pieces from the
// theme's neighbourhood (a business leader's 讲话实录 at a brand summit on an industry-alliance site; a listed company's
// chairwoman's keynote at a finance summit reposted on a forum) and four written look-alikes of the theme itself (a
// construction company's 党建 meeting report, a company founder's blog essay about his own 尾牙 致詞, a newspaper report of a
// shipping company's 春酒 with the chairman's words retold, a Malaysian Chinese-enterprise chamber's council-meeting report).
// Two spoken pieces (a former vice-chairman of the All-China Federation of Industry and Commerce speaking at the fourth 中国行业
// 影响力品牌峰会, on a brand alliance's site (www.cnbla.org.cn, "/news-<id>.html"): a date widget left as the bare words "今天是"
// (its script not run), a crumb "首页 > 夏季峰会", the headline "全国工商联原副主席王治国王主席讲话实录" as the only title line, a
// "发布时间:2017-09-29    实录" line with a category word after four spaces, an image file name "IMG_0738.JPG" alone on a line,
// an editor's lead paragraph of rhetorical questions, the editor's line "…王主席为我们做了很好的解答", the label "下面是王主席
// 的讲话实录:", then the talk: no salutation, a one-sentence courtesy paragraph opening "首先,", two long paragraphs, cut mid-sentence
// ("这说明中国经济的"); a listed appliance maker's chairwoman's five-minute keynote at the 2016 外滩国际金融峰会, reposted on a DIY
// forum and captured in Discuz's printable view (wap.eric1819.com, "forum.php?action=printable&mod=viewthread&tid=<id>"): the forum
// name "中华DIY论坛" alone on the first line, "标题: <headline> [打印本页]", "作者: 小编蓉蓉 时间: 2016-12-1 09:35", a second
// "标题: <headline>" line, the press headline carrying the poster's quip after a double hyphen ("董明珠放狠话:坚守实业,永不做金融!--
// 所以就被咔嚓了吧"), five third-person lead paragraphs that quote the talk, the label "以下为董明珠演讲实录:", then the talk opening
// "各位朋友大家上午好。" glued to its first sentences, an editor's bracket "(掌握)" in a quoted sentence of the lead, cut mid-sentence
// ("所以今天在这里,主持")) and four written look-alikes (a construction company's report of its 2016 党建工作会议 on a converter mirror
// (wwshgy.cn, "/view/<id>.html") with pinyin after a fixed set of characters (設(shè), 產(chǎn), 業(yè), 領(lǐng), 導(dǎo), 發(fā), 統(tǒng), 紀(jì),
// 經(jīng), 進(jìn), 獻(xiàn), 質(zhì), 礎(chǔ), 嚴(yán), 應(yīng), 內(nèi), 準(zhǔn)), a mis-encoded run "我們?yōu)槭裁匆谄髽I(yè)" left inside a sentence, the
// secretary's points retold as "一是把牢方向。…二是…。三是…。四是…。五是…。" inline after full stops ("吳晴指出,…"), cut mid-word
// ("明確了各階段工作") — a report, not a speech; a Taiwanese food company founder's diary page (www.matthewschoice.com,
// "/content/diary/info/<id>") about his own 尾牙 致詞: the heading "寫在2024尾牙後與員工旅遊前" printed before every paragraph, a
// teaser cut mid-sentence, a bare date "2024-01-30", first-person reflection in the past tense on what was said at the party
// ("致詞裡我主動檢討…"), quoted guests' words in 「」, ASCII and curly quotes mixed (”人事物的本質”), "…." — an essay about a speech,
// not the speech; a copy of a Taiwanese newspaper's shipping page on a static-site host (tssp.neocities.org,
// "/news/shipping/<yyyymm>/<id>.htm"): the headline line "台騑聯運春酒宴 溫馨感人 20230202 台灣新生報航運版" with date and paper,
// "【記者…/臺北報導】" glued before the lead, a box-drawing bar in "誕辰│(天公生)", the chairman's thanks and remarks retold
// ("…表示", "感性地對他們說"), the typo "現埸", then a second story's headline "周董夫婦行善多年" and its byline, cut mid-word
// ("台騑聯運股份有") — a report, not a speech; a Malaysian Chinese-enterprise chamber's site (ceccm.com.my, "/?p=<id>") reporting a
// council meeting: the president's 致辞 retold in the third person ("在致辞中通报…", "他表示…"), percentages, the secretary-general's
// report ending "…将围绕以下四个主题展开:" and a last line "一、 加强与马方政府的友好交流,包括拜访马来西亚" (一、 with a space
// after it, cut by the capture) — a report, not a speech).
// Judgement calls: 07 is a speech page: the document under the label is the talk in the first person ("我对…表示祝贺", "我们国家…");
// the headline "…讲话实录" is the page's only title line and is the title as printed, the speaker's titles and the "王主席" included
// (as round 184 B's 07 took a "name: quote" press headline and round 134 case 02 its headline); "今天是" is the leftover of the
// site's date widget and is noise (a site bar, as round 184 A's 01 welcome bar); the crumb, the 发布时间 line (with "实录", a category
// word) and the image file name are page chrome (round 6 case 01's "高一(1)班林书瑶.jpg", round 204's jpg line); the editor's lead,
// the editor's line "…为我们做了很好的解答" and the label "下面是王主席的讲话实录:" are the page's, not the talk's (round 184 B's 07,
// round 81's "以下内容为现场实录:"); "首先," opens a one-sentence paragraph of congratulation and no 其次 follows in the capture: a
// courtesy 首先 paragraph, optional level 1 (round 1 case 09, round 6 case 01, the shared corpus's 62); "所以说," opens no point.
// 08 is a speech page by the same precedent (round 184 B's 07: a press lead, a "以下是…演讲实录:" label and the talk; round 134 case
// 02's "以下为致辞全文:"): the Discuz chrome is noise as in round 172 B's 07 and round 104's 13 (forum name, both "标题:" lines,
// "[打印本页]" also listed alone, the 作者/时间 line); the title is the press headline as printed, the poster's quip "--所以就被咔嚓了吧"
// included (it is printed as part of the thread title and no rule drops it; round 184 A's 02 kept a bar kicker, only bracketed tags,
// counts and piece numbers go); the five lead paragraphs and the label are noise; the salutation "各位朋友大家上午好。" is glued to
// the first sentences and stays with them (no break is invented); no numbered point in the capture. 09, 10, 11 and 12 are written:
// 09 a report whose 一是…五是 are the secretary's points retold after "吳晴指出," (as round 197 C's 16, round 28 case 05's jcc-bj
// report and round 184 B's 12: retold points are no outline), 10 a first-person essay written after the event about the 致詞 (as
// the shared corpus's 65, a diary-style essay about a tea party), 11 a report (third person, "表示", "說"), 12 a report whose "一、"
// heads the secretary-general's work plan retold inside a news item (as round 4 case 15's 要求: list). Names: the private people
// (08's forum poster, 09's party secretary, 10's classmate, 11's reporter, chairman and his wife, 12's chamber president and
// secretary-general) were replaced by fictional ones; the public figures (07's 王治国, 08's 董明珠 and 郭广昌, 12's embassy
// counsellor 张佩东) and the organisations (博宏建設, 馬修嚴選, 台騑聯運, 马来西亚中资企业总商会) keep their names; the prose was
// rewritten (09 in the mirror's script with the annotations on the same characters and the mis-encoded run kept, 10 and 11 in the
// pages' own traditional script).
// Looked for and not found on a new host: a 董事长/总裁 新年致辞 or 新春致辞 (hkfinance.com.cn, ahzhl.cn, ressing.cn,
// m.010zaixian.com are used; or2.xixipi.tk's 年后开工总经理致辞 sits on the "/gongwen/zhici/<id>.html" farm of the used 07471a17.com
// and isangil.net; fangzou.cn's hotel-group 新年 letter is used); a chairman's or general manager's 讲话 at a 年度工作会议, 表彰大会 or
// 经营分析会 with 一、/一是/第一, (it214.net's 重汽 transcript, 63jd.com's 经营分析会 讲话, m.wenke99.com's 劳模座谈会 讲话,
// gongwensou.com's 工作会议 讲话汇编, www.bgzsck.com, sedoc.cn (the uedoc viewer template: its 竞聘总经理 动员讲话 with "此处隐藏N字" and
// 二是/三是 blocks was dropped) are used or twins; news.iaiso.net's 科发集团 表彰 讲话 is used; sieton.cn's 唐庆余 讲话 shares
// jcc-bj.com.cn's CMS and company); a company 周年庆典, 开工/奠基, 竣工 or 签约 致辞 (1mishu.com, www.xiaomilidoc.com, m.cqtzb.org.cn,
// www.ahsrst.cn, www.mingyanjiaju.org, runfargroup.com, m.07608.cn, u.sanwenwang.com are used; the rest are novel chapters); a
// 商会/协会 会长 讲话 (www.ahqm.com.cn, www.sdxzsh.com, agnbn.com, srcic.com, group.shanghuiwangluo.com are used); a 国资委 or group
// guest's 致辞 at a company event (m.gittisbaby.com and bazhemai.com, both mirrors of the same 中建 page, are used); an employee's
// 年会 发言 or 先进代表 发言 (9000bbs.cn and its "/w/<pinyin>" twin letgol.com, m.zixin.com.cn, renwen.shuyang.tv (the "/jxfw/" farm of
// cqtzb.org.cn) are used); a 安全生产 or 质量月 讲话 by a company head (refanwen.com, kqyc.cn, mswk.cn, m.daumloan.com,
// dawenge.com are used; the rest are reports); a 五一 晚会 领导讲话 with 一、二、三、 (ggfwb.com, used); a research institute's 新年致辞
// (awwl.com.cn, iscstaffing.com, wyreworks.com, cnitech.ac.cn are used; ioe.cas.cn stands on the used base domain cas.cn, as round
// 148 C decided); a Taiwanese 尾牙 or 上樑 致詞 (mingchien.blog, used; the rest are news: tw.news.yahoo.com, m.cnyes.com (used));
// so neither speech carries a numbered point and only 07 has an outline item (the courtesy 首先).
// Template twins considered: twin.mjs finds no noise line of six characters or more shared with a used page for any of the six
// pages. 08's Discuz printable chrome ("标题: … [打印本页]", "作者: … 时间: …") is the forum software's default, also on the used
// round 38 (lspjy), round 104 (fuaaj.org) and round 172 (gwxt.net) pages; kept as a different site on the same software, as round
// 104 and round 184 B (www.08681.com beside uuenglish.com) did; its forum name, poster and path differ. 09's pinyin converter
// ("設(shè)", "業(yè)" after the same characters) is the generic mirror family of many used pages (jcc-bj.com.cn, netyos.net,
// m.xinjinjiang.com.cn); its "/view/<id>.html" path and its page have no line in common with them, as round 184 B kept
// m.xinjinjiang beside other mirrors. 11's neocities host serves a copy of a newspaper page; no used page is on neocities.org.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CB_WIDGET = '今天是';
const CB_CRUMB = '首页 > 夏季峰会';
const CB_TITLE = '全国工商联原副主席王治国王主席讲话实录';
const CB_META = '发布时间:2017-09-29    实录';
const CB_IMG = 'IMG_0738.JPG';
const CB_LEAD = '商业的面貌日新月异。改革开放起步之时,国家一心投入现代化建设,市场上冒出了成批的个体工商户;其后,中国加入WTO,本土品牌破土而出,品牌渐多、企业林立;如今,互联网技术一日千里,“一带一路”蓝图宏阔,中国的创业时代已然来临。这是属于中国经济的时代,也理应是属于中国品牌的时代。梳理中国品牌的成长轨迹可以看到,中国经济用近40年走完了别人百年的路。面对当前中国经济的“新常态”,我们的企业该往哪里走?在今后品牌发展的道路上,核心竞争力又在哪里?';
const CB_ANSWER = '全国工商联原副主席王治国王主席为我们做了很好的解答';
const CB_LABEL = '下面是王主席的讲话实录:';

const ER_BRAND = '中华DIY论坛';
const ER_TITLE = '董明珠放狠话:坚守实业,永不做金融!--所以就被咔嚓了吧';
const ER_HEAD = `标题: ${ER_TITLE} [打印本页]`;
const ER_META = '作者: 小编蓉蓉 时间: 2016-12-1 09:35';
const ER_HEAD2 = `标题: ${ER_TITLE}`;
const ER_LEAD1 = '在“2016外滩国际金融峰会”上,格力电器董事长董明珠只用5分钟便讲完了主题演讲,末了还撂下一句狠话:“我永远不会做金融。”';
const ER_LEAD2 = '经历了股东大会上发火、卸任格力集团董事长、收购珠海银隆告吹之后,董明珠这几天成了“网红”。她对此的解释是,“大家都在关注中国制造的未来”。';
const ER_LEAD3 = '董明珠在演讲里说,这段时间有很多人打来电话,都表示支持她。“我觉得大家支持的不是我这个人,而是中国制造。我们想让中国强起来,就得有实体经济,就得有自己的技术、自己的产品”。';
const ER_LEAD4 = '董明珠认为,中国已经是世界大国,却还算不上强国,一个原因就是“科技领域里,许多创新的东西还没有(掌握)在我们自己手上”。';
const ER_LEAD5 = '说到金融创新,董明珠毫不讳言,离开实体经济的发展,金融就没有存在的价值。她表示不会涉足金融领域,而是要借金融这一“润滑剂”把实体经济做扎实。“中国要成为强国,需要每个人守好自己的岗位,这就是我们的追求和梦想”。';
const ER_LABEL = '以下为董明珠演讲实录:';

export const specs = {
  '07-jianghua-cnbla-pinpai-fenghui-date-widget-crumb-headline-title-meta-jpg-lead-label-shouxian-courtesy': {
    source: 'http://www.cnbla.org.cn/news-5652.html',
    kind: 'speech: 讲话 (a former vice-chairman of the All-China Federation of Industry and Commerce at a brand summit; transcript on a brand alliance\'s site)',
    tests: 'a bare "今天是" left by a date widget; a crumb "首页 > 夏季峰会"; the headline "…王主席讲话实录" as the only title line; a "发布时间:2017-09-29    实录" line; an image file name "IMG_0738.JPG" alone on a line; an editor\'s lead paragraph of questions, an editor\'s line and the label "下面是王主席的讲话实录:"; no salutation; a one-sentence courtesy paragraph "首先,我对…表示祝贺。" (optional); "所以说," opening a paragraph (no marker); cut mid-sentence ("这说明中国经济的")',
    isSpeech: true,
    title: CB_TITLE,
    noise: [CB_WIDGET, CB_CRUMB, CB_META, CB_IMG, CB_LEAD, CB_ANSWER, CB_LABEL],
    dropLines: [CB_WIDGET, CB_CRUMB, CB_TITLE, CB_META, CB_IMG, CB_LEAD, CB_ANSWER, CB_LABEL],
    outline: [
      { level: 1, marker: '首先,', text: '我对第四届中国行业影响力品牌峰会在这里开幕表示祝贺', optional: true },
    ],
  },
  '08-yanjiang-eric1819-dongmingzhu-jinrong-fenghui-discuz-printable-headline-quip-lead-label-shilu': {
    source: 'http://wap.eric1819.com/forum.php?action=printable&mod=viewthread&tid=704',
    kind: 'speech: 演讲 (a listed appliance maker\'s chairwoman\'s keynote at a finance summit, with its press lead; reposted on a DIY forum, Discuz printable view)',
    tests: 'Discuz printable chrome: the forum name "中华DIY论坛", "标题: … [打印本页]", "作者: 小编蓉蓉 时间: …", a second "标题: …" line; the press headline with the poster\'s quip "--所以就被咔嚓了吧" as the title; five third-person lead paragraphs quoting the talk (one with an editor\'s "(掌握)"); the label "以下为董明珠演讲实录:"; the salutation "各位朋友大家上午好。" glued to the first sentences; no numbered point; cut mid-sentence ("所以今天在这里,主持")',
    isSpeech: true,
    title: ER_TITLE,
    noise: [ER_BRAND, ER_HEAD, '[打印本页]', ER_META, ER_HEAD2, ER_LEAD1, ER_LEAD2, ER_LEAD3, ER_LEAD4, ER_LEAD5, ER_LABEL],
    dropLines: [ER_BRAND, ER_HEAD, ER_META, ER_HEAD2, ER_LEAD1, ER_LEAD2, ER_LEAD3, ER_LEAD4, ER_LEAD5, ER_LABEL],
    outline: [],
  },
  '09-news-wwshgy-big5-pinyin-dangjian-huiyi-inline-yishi-wushi-after-stops-mojibake-not-speech': {
    source: 'http://wwshgy.cn/view/4006.html',
    kind: 'non-speech: news report (a construction company\'s 2016 party-building meeting; converter mirror with pinyin annotations)',
    tests: 'traditional-script converter mirror with pinyin after a fixed set of characters (設(shè), 業(yè), 領(lǐng), 導(dǎo), 發(fā) …); a mis-encoded run "我們?yōu)槭裁匆谄髽I(yè)" inside a sentence; the secretary\'s points retold as "一是…。二是…。三是…。四是…。五是…。" inline after full stops, after "…指出,"; cut mid-word ("各階段工作") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-essay-matthewschoice-big5-weiya-zhici-ceo-blog-repeated-heading-teaser-date-not-speech': {
    source: 'https://www.matthewschoice.com/content/diary/info/998',
    kind: 'non-speech: personal essay (a Taiwanese food company founder\'s diary page about his own year-end-party 致詞)',
    tests: 'the heading "寫在2024尾牙後與員工旅遊前" repeated before every paragraph; a teaser cut mid-sentence; a bare date line; first-person reflection after the event on the 致詞 ("致詞裡我主動檢討…"), guests\' words quoted in 「」; mixed quotes (”人事物的本質”) and "…." — an essay about a speech, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-neocities-big5-xinshengbao-chunjiu-dongshizhang-zhici-reported-second-story-not-speech': {
    source: 'https://tssp.neocities.org/news/shipping/202302/2023020205.htm',
    kind: 'non-speech: news report (a shipping company\'s spring banquet; copy of a Taiwanese newspaper\'s shipping page on a static-site host)',
    tests: 'a headline line with date and paper name; "【記者…/臺北報導】" glued before the lead; a box-drawing bar "│(天公生)"; the chairman\'s thanks retold ("表示", "感性地對他們說"); the typo "現埸"; a second story\'s headline and byline; cut mid-word ("台騑聯運股份有") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-ceccm-malaysia-zhongzi-shanghui-lishihui-zhici-reported-yi-heading-after-colon-not-speech': {
    source: 'https://ceccm.com.my/?p=8752',
    kind: 'non-speech: news report (a council meeting of a Malaysian Chinese-enterprise chamber of commerce; the chamber\'s site)',
    tests: 'the president\'s 致辞 retold in the third person ("在致辞中通报…", "他表示…"); figures and percentages; the secretary-general\'s plan ending "…将围绕以下四个主题展开:" and a last line "一、 加强与马方政府的友好交流,包括拜访马来西亚" cut by the capture — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
