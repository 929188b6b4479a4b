// Gold specs for holdout round 100, part B (cases 07–12): letters and visits, mediation and community governance (信访,
// 人民调解, 网格化管理, 社区议事 — work meetings, award ceremonies, chairing scripts, and their look-alikes).
// No speech: the six pages are written look-alikes, because every numbered speech on the theme that the search turned up
// stands on a used host or a template twin (see below).
// 07 (www.aperogmf.com): a traditional-script mirror's news item on a city's 專職網格員 training course closing: a
// "發布日期:2023-10-14 浏覽:" meta line with an empty count and no headline in the capture; the mirror's leftover simplified
// forms (研讨, 着力, 群衆, 短闆, 常态, 将, 争取) and the site's slip "藤橋縣"; the closing 講話 is reported in the third person
// ("黃書記…談了四點想法。一是…;二是要…;三是要…;四是要…") — 一是 after a full stop, the others after semicolons — a report,
// not a speech; cut mid-word ("樹立風"). Tests that a reported 一是 run inside a news item gives no outline.
// 08 (www.jszf.gov.cn): a provincial 政法 portal's news of a county's "最美网格员" speech contest: breadcrumb
// "当前位置:江苏长安网 > 投稿 > 市政法单位 > 盐城", the headline, a date/来源 line; the body opens with a QUOTED 演讲 opening
// ("“尊敬的各位领导、各位评委、各位同事,大家下午好!我今天的演讲的题目是:…”") before the third-person report; the date
// "20231229日" with its 年/月 dropped, "网格7一名" and a trailing space kept; "一是演讲环节。…;二是答题环节。" after a comma;
// cut mid-sentence ("聚焦"). Tests that a salutation and first person inside quotes at the top do not make a speech.
// 09 (www.pfn6i0.com): a traditional-script mirror of a news feature on a 社区 "居民議事會": no headline; pinyin-style
// annotations after 區(qū), 關(guān), 發(fā), 網(wǎng), 創(chuàng); doubled commas ",,", ",。" and ",、" left by
// the mirror; mis-encoded runs where quotes meet (不安?!鼻鍢s…, 卡扣?。俊眹?yán)大爺…, 地?zé)崃矣懻撝…, 舉手?!?) kept; the
// chairing secretary is quoted ("今天請大家來開這個會,主要有兩個議題,,第一個是關(guān)于…") — a report, not a 主持词; cut after
// ",,". Tests that quoted chairing words and 第一個是 in a news feature give neither a speech nor an outline.
// 10 (szb.wxrb.com): a city paper's e-paper page carrying a 信访局局长's signed article: "第A02版:要闻", the headline
// "感悟人心向背 凝聚磅礴伟力", a "——从党史学习教育中汲取力量源泉" subtitle, an indented byline with the author's positions
// (like a 党课's 主讲人 line), a quote of the general secretary, a standalone "一、…" heading and bold-style lead phrases
// (“高站位”…。“系统性”…。“督导式”…。) — a written newspaper article, not a speech, although it looks like a 党课 with a
// byline; cut at the second heading ("二、在铸魂育人中传承红色基因、").
// 11 (aipiwu.com): a district's 人民调解 three-year 实施方案 as stored from its fourth part: "四、主要任务" and "(一)…" heading
// lines, a long paragraph of targets ("2019年…1个;到2020年中旬…", "60%、75%、90%以上"), the site's "区一街道一社区一组" (一 for
// a dash), "(二)加强人民调解队伍建设"; cut mid-word ("派驻有关单"). Stands in for the 制度 the brief asked for (no 制度 on a
// fresh host turned up): a written document, not a speech; no title line in the capture.
// 12 (gznikon.cn): a retired 信访 cadre's 三点感想 about writing a book, on a news channel mirror: the headline with the
// author's name and post glued before it, the title again, a byline line, "[中国农业新闻频道2016-05-06]", then first-person
// paragraphs opening "一、" and "二、" (a "。一是…,二是…" pair inside the second) — a personal essay, not a speech; cut
// mid-sentence ("时时刻刻把").
// Looked for and not found on a new host: a 信访工作会议 讲话 (gongwenhui, yzwku, 56brand, yunyueyy, 9000bbs, wm114, sucai198,
// wuxingwenku, laobiganzi, yanjianggao.wang, gongwenbao, caiyes, 3366ai, ceshi.taolaoshi are used); a 人民调解 表彰/培训 讲话,
// 致辞 or 调解员 演讲稿 (gwyoo, fanwen112, freekaoyan, 1mishu, sanweiyuan, 360online, renrendoc, wnwk are used); a 网格化 推进会 or
// 网格员培训 讲话 (rzpgrj, xiebitongdao, wentop, gongwk, 360docs are used); a 社区议事/居民代表大会 主持词 (xiexiebang, fwdq,
// tmdps, fanwenq, hongweilanqiujulebu are used); a 信访 党课 (777doc, maok, haowensou are used); a traditional-script mirror
// of any of these (9000bbs, rzpgrj, tmdps, hongweilanqiujulebu are used). The corpus answers the theme's other queries with
// news reports, papers and 方案.
// Template twins set aside: m.sunshinestudy.com (a traditional mirror with fck3179's "無論是身處學校還是步入社會,大家都嘗試過
// 寫作吧…" promo and "…篇一" headings — the ruiwen family, as round 34 noted), m.cooco.net.cn (the ruiwen family's "…(三篇)"
// title and "以下是小编为大家收集的优秀范文" promo), bfdj6688.com and www.everhomeus.com (the "/zhuantifanwen/<col>/<id>.html"
// farm with the "时间:… 来源:网友投稿" line and the 小编 promo). Also released: jlsrkfljjh.com (its whole page is under 610
// characters).
// Living people's names that are not public figures (the officials, the 网格员, the 社区 secretary, the author) were replaced by
// fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '07-news-aperogmf-big5-wenzhou-wanggeyuan-jieye-sidian-yishi-not-speech': {
    source: 'http://www.aperogmf.com/info/1966/108311.html',
    kind: 'non-speech: news report (a city\'s 專職網格員 training course closing; traditional-script mirror)',
    tests: 'a "發布日期:2023-10-14 浏覽:" meta line with an empty count and no headline; traditional script with leftover simplified forms (研讨, 着力, 群衆, 短闆, 常态, 将, 争取) and the slip "藤橋縣"; five named 網格員 who "依次交流了…體會"; the deputy secretary\'s 總結講話 reported in the third person ("他說,…", "黃書記…談了四點想法。一是…;二是要…;三是要…;四是要…") — 一是 after a full stop, the rest after semicolons — a report, not a speech; cut mid-word ("樹立風")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '08-news-jszf-sheyang-zuimei-wanggeyuan-quoted-yanjiang-opening-not-speech': {
    source: 'https://www.jszf.gov.cn/zyyg/jscawq_1/yancheng/202401/t20240108_3543998.shtml',
    kind: 'non-speech: news report (a county\'s "最美网格员" speech contest; provincial 政法 portal)',
    tests: 'breadcrumb "当前位置:江苏长安网 > 投稿 > 市政法单位 > 盐城", the headline (names a 演讲活动), a "2024-01-08 14:50:00  来源:射阳日报" line; the body opens with a quoted contestant\'s 演讲 opening ("“尊敬的各位领导、各位评委、各位同事,大家下午好!我今天的演讲的题目是:…”") glued to the report\'s first sentence; the date "20231229日" without 年/月 and "网格7一名" kept; a line ending in a space; "一是演讲环节。…;二是答题环节。" after a comma; third person throughout after the quote — a report, not a speech; cut mid-sentence ("聚焦")',
    isSpeech: false,
    title: '盐城射阳举办年度“最美网格员”候选人先进事迹演讲活动',
    noise: [],
    outline: [],
  },
  '09-news-pfn6i0-big5-qingrong-jumin-yishihui-double-commas-garbled-not-speech': {
    source: 'https://www.pfn6i0.com/news/12277.html',
    kind: 'non-speech: news feature (a 社区 居民议事会 meeting; traditional-script mirror)',
    tests: 'no headline; pinyin-style annotations after 區(qū), 關(guān), 發(fā), 網(wǎng), 創(chuàng); doubled punctuation ",,", ",。", ",、" from the mirror; mis-encoded runs where a quote closes (不安?!鼻鍢s社區(qū)…, 卡扣?。俊眹?yán)大爺率先發(fā)言?!耙部梢杂檬謾C下載APP, 地?zé)崃矣懻撝B犕炅嗣總€人, 舉手?!?); quoted chairing words "今天請大家來開這個會,主要有兩個議題,,第一個是關(guān)于…" and residents\' replies — a news feature, not a 主持词; cut after ",,"',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-article-wxrb-xinfang-juzhang-shuming-wenzhang-byline-yi-headings-not-speech': {
    source: 'http://szb.wxrb.com/pc/content/202107/16/content_89716.html',
    kind: 'non-speech: signed newspaper article (a city 信访局局长 on 党史学习教育; city paper e-paper)',
    tests: 'e-paper page label "第A02版:要闻", the headline, a "——从党史学习教育中汲取力量源泉" subtitle, an indented byline "市政府副秘书长、市信访局局长 周立航" (like a 党课\'s speaker line), a quote of the general secretary, a standalone "一、在学史明理中感悟人心向背、把握历史规律" heading, quoted lead phrases ("高站位"…。"系统性"…。"督导式"…。) — a written article, not a speech; cut at the second heading ("二、在铸魂育人中传承红色基因、")',
    isSpeech: false,
    title: '感悟人心向背 凝聚磅礴伟力',
    noise: [],
    outline: [],
  },
  '11-fangan-aipiwu-renmin-tiaojie-shishi-fangan-mid-document-si-paren-not-speech': {
    source: 'https://aipiwu.com/jyxd/85476.html',
    kind: 'non-speech: 实施方案 (a district\'s 人民调解 three-year plan, stored from its fourth part)',
    tests: 'the capture opens at "四、主要任务" (no title line), then "(一)健全人民调解组织网络" and one long paragraph of measures and targets ("2019年…1个;到2020年中旬…", "60%、75%、90%以上", "“区一街道一社区一组(片区)”" with 一 for a dash), then "(二)加强人民调解队伍建设" — a written plan, not a speech; cut mid-word ("派驻有关单")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-essay-gznikon-xinfang-tuixiu-ganbu-sandian-ganxiang-yi-er-yishi-not-speech': {
    source: 'http://gznikon.cn/oe.ktq?je=4804',
    kind: 'non-speech: personal essay (a retired 信访 cadre\'s 三点感想 on writing a book; news channel mirror)',
    tests: 'the headline with "齐向东(国家信访局退休干部):" glued before it, the title again, a byline "国家信访局退休干部 齐向东", a "[中国农业新闻频道2016-05-06]" source line, two empty lines; first-person paragraphs opening "一、" and "二、" (the title announces 三点感想), an inline "。一是…,二是…。" pair — a written essay, not a speech; cut mid-sentence ("时时刻刻把")',
    isSpeech: false,
    title: '我写《周恩来与信访工作》的三点感想',
    noise: [],
    outline: [],
  },
};
