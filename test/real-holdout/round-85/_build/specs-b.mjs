// Gold specs for holdout round 85, part B (cases 07–12): the countryside (乡村振兴, 农业农村, 驻村第一书记, 农民丰收节,
// 村两委 换届, 合作社 — speeches and their look-alikes).
// Two spoken pieces: 07 an English 演讲稿 on rural revitalisation on a blog-style page (lianggh.com, "/post/<n>.html"): a
// site-made Chinese summary line "摘要:,,本次英文演讲聚焦于乡村振兴,…共创乡村振兴的美好未来。\" (two stray commas after
// the label and a literal backslash at the end of the line), then the English title line "Revitalizing Rural China: …",
// "Ladies and gentlemen," and two body paragraphs in English, the second cut mid-word ("dec"); it tests a speech whose
// body is not Chinese under Chinese site noise, with no numbered point; 08 a lily-growing company's 新年贺词 to its growers,
// a WeChat copy on a mirror (hongloumengs.com): the headline "致百合种植者", the body's own lead line "致百合种植者的新年贺词:",
// blank lines between paragraphs, a quoted slogan, the years dropped by the copy ("回首过去的年", "展望已经到来的年",
// "年2月14日正月初十"), a closing "最后,…" paragraph of courtesy, a wish line, the signature "聚农百合陶然" and the date line,
// then the WeChat chrome "聚农百合 / 赞赏 / 长按" and a run of empty lines.
// Four written look-alikes: 09 a novel chapter (chinaplk.com) whose capture is almost all a county leader's 美食节 致辞 in
// quotes: reader chrome one item a line ("字体:大 中 小", "护眼", "关灯", "上一页", "目录", "下一页"), the chapter heading
// "第570章 美食节致辞 (第3/4页)" naming the genre, the speech's paragraphs run together on one line as “…” “…” (the first one
// continuing the previous page: it opens with the salutation and a closing quote), cut mid-word ("咱") before the chrome
// again — a novel, not a speech (shared corpus 33); 10 a company news page (gyzhjt.com, a VSB "info/<n>/<n>.htm" page) on a
// village seeing off its 驻村第一书记: the headline, a "时间:2021-05-26点击:" line with an empty count, four short verse lines
// ending in semicolons, a line of a lone space, the village secretary's and the 第一书记's words quoted, villagers' quoted
// wishes on lines of their own, a reporter's "我拉住一位村民问道" — a report, not a speech; cut mid-word ("战"); 11 a student
// survey team's report of a visit to a village committee (dxsbao.com, a 大学生 practice-report site) — the 调研 look-alike:
// the headline, a dated lead in the third person, the deputy secretary's answers reported and half-quoted without quotation
// marks ("程书记是这样讲的,我们的美好乡村建设…", "我们村…"), the site's stray space ("程书记则表示 桃岭村") and typo ("起藕困难")
// kept; cut mid-sentence ("同"); 12 a traditional-script mirror of a provincial paper's story (e-n-g-l-i-s-h.com) with the
// converter's pinyin after a fixed set of characters (鄉(xiāng), 會(huì), 國(guó) but not in the names 武國定/王國生, 調(diào) in 強調 but
// not in 調研): the headline, "????" runs where the indentation was mis-encoded, a "本報訊(記者…)" lead, and a vice-governor's
// requirements reported as "強調,要…;要…;要…;要…;要…。" — third person, not a speech, no outline.
// Judgement calls: 07's summary line is the site's (a generated 摘要, noise; listed whole and by its distinctive head
// "摘要:,,"); the English title line is the title; the salutation and the two paragraphs are the body; English prose holds
// no marker of the rule table, so the outline is empty. 08 is a speech (a 贺词, addressed to the growers, first person); the
// headline "致百合种植者" is the title; "致百合种植者的新年贺词:" is the body's own lead line (it ends in a colon and opens the
// message, as a salutation would), so it stays as the first paragraph and is not treated as a repeat of the title; the
// dropped years are the copy's artifacts and stay; the signature with the company name and the date line are the speech's
// own closing lines and stay; the lone "聚农百合" line above "赞赏" and "长按" is the account's name in the reward chrome (noise,
// listed with its neighbours since the name alone occurs in the body; "赞赏" and "长按" listed too); "最后,…" opens a paragraph
// with no 首先 run, a courtesy reminder → one optional level-1 item (as round 4's 06 and round 5's 02). 09–12 are written
// (novel, news, survey report, news): isSpeech false, empty outline.
// Looked for and not found on an unused host or outside a template twin (about 23 searches): a 乡村振兴 推进会/工作会议 讲话
// with 一、/(一) headings (m.wenke99, bimoxiezuo, 07608, dangkexuexi, xiebitongdao, wm114, neimou, 365docx, wnwk, xiezuofangchengshi,
// gongwen.com.cn, chaoshi.m.zjtcn, bgzvip, xiebiwenku, m.cinyz/cinyz are used); a 村两委 换届 动员 讲话 (alizhichou3, neimou,
// 365docx, wnwk, bimoxiezuo used; one capture had no address); a 驻村第一书记 座谈会 讲话 or 表态发言 (xiebitongdao, zuowendang,
// dangkexuexi used); a 农民丰收节 致辞 (e.wenmi.ren used; the rest are news, poems and novels); a 合作社 成立大会 讲话 or 年会 致辞
// (mingyanjiaju used; the rest are novels and papers); a 乡村振兴 党课 (gaozipu, taowenge, m.777doc used); a 乡村振兴 演讲稿
// (xiexiebang, handmsg, nx.huatu used); a 乡村旅游节 开幕式 致辞 (nsfzsr, xuekejiayuan used); a traditional-script mirror of a
// rural speech (only news mirrors answered). So neither speech of this part carries a numbered point, and the part holds
// two speeches against four look-alikes: the theme's numbered speeches all stand on used hosts or template twins.
// Template twins set aside: 69lv.com (a 美丽乡村 演讲稿 under the "/wenku/<4 letters>/<id>" viewer with "因篇幅问题不能全部显示,
// 请点此查看更多更全内容", the farm of lovfp, yrrf, zgxue, baomayou and xiaozhentang), dashanghld.com (a "乡村演讲稿模板8篇"
// collection with "…小编今天就为您带来了…,相信一定会对你有所帮助" and "…篇1", the 58wenshu promo of round 46's 01),
// word.be000.com (a 大学生村官 演讲 with "预览结束,免费获取全文定制代笔此类文章,请扫码联系老师!", set aside in round 34 as a
// sanweiyuan twin), bzhzs.cn (claimed, then released: the 凡科 "h-nd-<n>.html" shop page of round 69's set-aside list),
// yingcheng.cjyun.org (a sister site of the used m-zhongxiang.cjyun.org on one CMS).
// Living people's names that are not public figures (the growers, the signatory, the 第一书记, the village deputy secretary,
// the reporter) were replaced by fictional ones; the prose was rewritten. Written from page.txt alone, before any engine ran
// on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LG_ZHAIYAO = '摘要:,,本次英文演讲聚焦于乡村振兴,旨在重塑乡村魅力并共创美好未来。演讲将探讨乡村发展的重要性,包括提升农村经济、改善乡村环境、保护传统文化等方面。通过加强基础设施建设、发展特色产业、促进人才回流等措施,激发乡村内在活力,实现乡村振兴的目标。让我们携手努力,共同打造美丽、繁荣、宜居的乡村,共创乡村振兴的美好未来。\\';
const LG_TITLE = 'Revitalizing Rural China: Embracing Our Rural Past, Creating a Beautiful Future';

const HL_TITLE = '致百合种植者';
const HL_ACCOUNT = '聚农百合';
const HL_REWARD = '赞赏';
const HL_PRESS = '长按';

export const specs = {
  '07-yanjiang-lianggh-english-xiangcun-zhenxing-zhaiyao-backslash': {
    source: 'http://lianggh.com/post/4791.html',
    kind: 'speech: 演讲稿 (an English speech on rural revitalisation; blog-style page with a generated Chinese summary)',
    tests: 'a site-made summary line "摘要:,,本次英文演讲聚焦于乡村振兴,…共创乡村振兴的美好未来。\\" (stray commas after the label, a literal backslash at the end); the English title line "Revitalizing Rural China: Embracing Our Rural Past, Creating a Beautiful Future"; "Ladies and gentlemen,"; two English body paragraphs (the first quoting the title\'s head after " - "), the second cut mid-word ("dec"); no Chinese in the body and no numbered point',
    isSpeech: true,
    title: LG_TITLE,
    noise: [LG_ZHAIYAO, '摘要:,,'],
    dropLines: [LG_ZHAIYAO, LG_TITLE],
    outline: [],
  },
  '08-heci-hongloumengs-baihe-zhongzhi-xinnian-wechat-year-dropped-zuihou': {
    source: 'http://www.hongloumengs.com/bhwy/5672.html',
    kind: 'speech: 贺词 (a lily-growing company\'s New Year message to its growers; WeChat copy on a mirror)',
    tests: 'the headline "致百合种植者" and, after a blank line, the body\'s own lead line "致百合种植者的新年贺词:" (a genre-naming line ending in a colon, not a repeat of the title); blank lines between paragraphs; a quoted slogan after "习近平总书记说:"; years dropped by the copy ("回首过去的年", "展望已经到来的年", "年2月14日正月初十"); a closing courtesy paragraph "最后,…提醒您出行注意安全:…" with no 首先 run; a wish line; the signature "聚农百合陶然" and the date line; then WeChat chrome "聚农百合" / "赞赏" / "长按" and a run of empty lines',
    isSpeech: true,
    title: HL_TITLE,
    noise: [`${HL_ACCOUNT}\n\n${HL_REWARD}\n\n${HL_PRESS}`, HL_REWARD, HL_PRESS],
    dropLines: [HL_TITLE, HL_ACCOUNT, HL_REWARD, HL_PRESS],
    outline: [
      { level: 1, marker: '最后,', text: '聚农百合全体同仁提醒您出行注意安全:道路千万条,安全第一条', optional: true },
    ],
  },
  '09-novel-chinaplk-meishijie-zhici-chapter-reader-chrome-page3-not-speech': {
    source: 'https://chinaplk.com/book/nibtir/jmwuir_3.html',
    kind: 'non-speech: novel (a chapter page whose capture is almost all a county leader\'s 美食节 致辞 in quotes)',
    tests: 'reader chrome one item a line ("字体:大 中 小", "护眼", "关灯", "上一页", "目录", "下一页"); the chapter heading "第570章 美食节致辞 (第3/4页)" naming a spoken genre; the quoted speech\'s paragraphs run together on one line as “…” “…”, the first continuing the previous page (salutation "各位领导、各位来宾,莲花乡的父老乡亲们,大家好!” with only the closing quote); figures (52.7%, 100%, 19.4℃); cut mid-word ("咱") before the chrome again — a novel, not a speech',
    isSpeech: false,
    title: '第570章 美食节致辞',
    noise: [],
    outline: [],
  },
  '10-news-gyzhjt-zhucun-diyi-shuji-songbie-poem-lines-quotes-not-speech': {
    source: 'http://gyzhjt.com/info/1088/12860.htm',
    kind: 'non-speech: news report (a village sees off its 驻村第一书记; company news page)',
    tests: 'a headline "…——赫章县铁匠乡联盟村村民送别驻村第一书记杜川"; a "时间:2021-05-26点击:" line with an empty count; four short verse lines ending in semicolons ("扶贫难,难里有甜;" …); a dated lead in the third person; the village secretary\'s and the 第一书记\'s words quoted ("他说:“…”"); a line holding a lone space; villagers\' quoted wishes on lines of their own ("“杜书记,…”"); the reporter\'s "我拉住一位村民问道" — a report, not a speech; cut mid-word ("战")',
    isSpeech: false,
    title: '满腔热血为扶贫,依依不舍驻村情——赫章县铁匠乡联盟村村民送别驻村第一书记杜川',
    noise: [],
    outline: [],
  },
  '11-diaoyan-dxsbao-meihao-xiangcun-shijian-tuan-caifang-cunwei-quoted-secretary-not-speech': {
    source: 'http://dxsbao.com/shijian/180806.html',
    kind: 'non-speech: 调研 report (a university survey team\'s visit to a village committee; student practice-report site)',
    tests: 'a long headline "…美好乡村建设调研实践观察团采访村委活动"; a dated lead in the third person ("2019年7月13日,…调研团来到村委会"); the team narrating as "我们"; the deputy secretary\'s answers reported and then run on in his own first person without quotation marks ("程书记是这样讲的,我们的美好乡村建设…,我们还建了村民文化广场"); the site\'s stray space ("程书记则表示 桃岭村") and typo ("起藕困难"); cut mid-sentence ("同") — a report, not a speech',
    isSpeech: false,
    title: '山东大学护理学院赴安徽安庆关于美好乡村建设调研实践观察团采访村委活动',
    noise: [],
    outline: [],
  },
  '12-news-e-n-g-l-i-s-h-big5-pinyin-fushengzhang-xiangcun-zhenxing-ju-yao-semicolons-not-speech': {
    source: 'http://e-n-g-l-i-s-h.com/content/dianzibao/henanribao/20210530/1046983.html',
    kind: 'non-speech: news report (traditional-script mirror of a provincial paper: a vice-governor\'s visit to the 乡村振兴局)',
    tests: 'converter pinyin after a fixed set of characters (鄉(xiāng), 會(huì), 國(guó), 習(xí), 堅(jiān)…) but not in the names 武國定/王國生 and not on 調 in 調研; "????" where the paragraph indentation was mis-encoded; the headline "弘揚(yáng)脫貧攻堅(jiān)精神 推動(dòng)…前列" (two phrases separated by a space); a "本報(bào)訊(記者…)" lead; the vice-governor\'s view reported ("表示,…"), then his requirements as "強(qiáng)調(diào),要…;要…;要…;要…;要…。" — third person, not a speech; ends with the article',
    isSpeech: false,
    title: '弘揚脫貧攻堅精神 推動鄉村振興走在全國前列',
    noise: [],
    outline: [],
  },
};
