// Gold specs for holdout round 106, part A (cases 01–06): development zones, industrial parks and project launches
// (开发区/园区 建设 推进会, 项目 开工/奠基/签约 仪式, 招商引资 大会, 企业 投产 庆典 — and their look-alikes).
// No speech on an unused host turned up, so all six pages are look-alikes, each standing where a reader (or an engine)
// could take it for a speech of the theme:
// 01 (www.heze.cn) a city news site's report of the opening of a 投资贸易洽谈会: a lone "|" bar line, the headline, a
// subheadline "商机无限 300个项目等待客商投资", "中国菏泽网消息 (记者" hard-wrapped before the reporter's name, the guests
// listed, then two 致辞 told in the third person ("…在开幕式上致辞。他表示,…", "…在致辞中介绍,…") — a news report, not a
// speech; cut mid-word ("正处在科"). Tests that reported 致辞 with no salutation and no first person is left alone.
// 02 (51penbook.com) a novel chapter titled "第1034章 吉江省招商引资大会!" on a reading site: the site's nav line "首页 排行
// 分类 完本 书单 用户中心", a breadcrumb "搜书趣 > 都市 > <book> > <chapter>", the book + chapter title line, a "簡繁轉換" button
// label, an "作者:… 分类:… 更新时间:… 来源:源1" meta line, narration, then a governor's opening words in 「」 quotes with a
// salutation "「尊敬的各位来宾,上午好。」" and first-person thanks; cut mid-sentence ("免得说") — a novel, not a speech.
// 03 (cni.top) a city government 通知 issuing a 实施方案 on 开发区 reform: the notice's title, a site "导读:" line, the number
// "津政办函〔2017〕103号", the title again hard-wrapped over two lines, an addressee line ending in ":" (looks like a
// salutation), the issuing office and date, the 方案's title over two lines, a preamble, a standalone "一、总体要求" heading and
// an inline "(一)指导思想。" item; cut mid-word ("创") — a written document, not a speech; its 一、/(一) must not become an
// outline.
// 04 (hostvergelijk.com) a traditional-script hijacked mirror with converter pinyin after 聯/機/鄉/鎮/發/產/業/區/設/進/達/
// 關/負/責/認/細/準/構/規/劃/質/務: five contact lines of some firm ("聯(lián)系人:…", "手機(jī):…", "qq:…", "地址:…",
// "發(fā)布時間:…") — the furniture of a 招商 listing — over a town's report of a 产业园区招商座谈会 (number of parks and firms,
// policy briefing, the town official's "指出,…希望…" and "要求,…" in the third person); no headline in the capture; cut
// mid-word ("在保質(zhì)") — a news report, not a speech (it stands in for the 招商公告 the theme asked for: no 招商公告 page
// was found; this is the nearest, a listing's contact block over park-investment news).
// 05 (ycykzy.com) a novel chapter "第268章 投产仪式": the factory head's opening 致辞 quoted in one paragraph
// ("“尊敬的各位领导、各位来宾,今天我们聚在这里,…!”"), narration about who speaks next, the button pressed; cut mid-sentence
// ("大家的脸上") — a novel, not a speech.
// 06 (cnzsr.com, print view) a 招商引资 practice column: a site bar with slogan, breadcrumb and "返回 打印" buttons on one
// line, the column title "招商引资之我见 | ⑦政府招商引资实务高级篇", a byline "<pen name>  2024-05-08  <pen name>xmi微信公众号",
// indented paragraphs and an indented standalone heading "(一)因地制宜谋划好主导产业发展规划"; cut mid-sentence — an article,
// not a speech; its (一) must not become an outline.
// Judgement calls: all six are written genres (a news report, two novel chapters, a 通知, a news report on a mirror, an
// article), so isSpeech is false, noise/paragraphs/outline are empty and the title is the page's headline as printed (the
// book + chapter line for 02, the chapter line for 05); 04 has no headline in the capture, so its title is ''.
// Looked for and not found on an unused host (20 queries: 在…重点项目集中开工仪式上的讲话, 开发区建设推进会 讲话 一、(一),
// 招商引资大会 讲话 一是, 投产庆典 致辞, 项目签约仪式 致辞, 奠基儀式 講話, 招商推介会 致辞, 园区推进会 讲话稿 第1页, 产业园开园
// 致辞 第一, 经开区 招商引资 工作会议 讲话, 开工奠基仪式 主持词, 竣工投产典礼 讲话 一是, 簽約儀式 致辭, 招商公告, 重点项目建设暨
// 招商引资 讲话 首先, 開發區 招商引資 講話稿 一、, 县委书记 开工仪式 讲话 县人民政府, 董事长 投产仪式 致辞 公司新闻): every
// speech hit — 开工/奠基/签约 致辞, 招商引资 讲话 with 一、/一是/第一, 主持词, 投产 致词, traditional mirrors of them — was on a used
// host (laobiganer, teniu, esk365, 51gongwen, laojin123, refanwen, wufanghuizhong, wm114, xiaomilidoc, 7rdy, gongwen.com.cn,
// kfanwen, 6dgww, dawenge, yiqiwanjituan, mingyanjiaju, xinwenku, 07608, 1mishu, runfargroup, 51yjg, 010zaixian, fanwen112,
// 3du.tw, oh100, unjs, fanwen120, zaixiangufen, qiquha, wmjy, tmdps, 365docx, zixin, sarr, wenke99, sanwenwang, xiaozhentang,
// m.cqtzb.org.cn, wugjj, gwyoo, daumloan) or had no address; no 招商公告 page turned up at all (the hits were news reports).
// So the part has no speech and no numbered speech; the theme's speeches are exhausted in the corpus for fresh hosts.
// Template twins set aside: saoshu.org and mianhuatan5.com (the "<site> / 手机浏览器扫描二维码访问 / 第N章 …(第1页)" novel-site
// chrome of 悟空追书/魔天记/多多读书, as round 42 noted); zzmszg.com (used, and its "添加到主屏幕" APP chrome); biganzidoc.com (a
// tag page under 300 characters, as rounds 43/44 noted). Not taken though unused: lw00.net, 18xs.cc, ibiqiuge.cc, lewen99.com,
// sto.ist, xranwenw.com, wxsy.net (more novel chapters), damoshentu.com, yujjsks.com, iosapp77.com, sjb520.cn, hidetosinri.com
// (more traditional news mirrors), news.cjn.cn, 021cf.cn, zgzzs.com.cn (news), jerko-leko.com (one line).
// Living people's names that are not public figures (the reporter and the officials in 01, the town official and the
// contact person in 04, the columnist's pen name in 06) were replaced by fictional ones; in 04 the contact person's mobile and
// QQ numbers were replaced by other digits of the same length (privacy), every other noise string is the page's own. The prose
// was rewritten in new words; the traditional page was written in traditional characters with pinyin after every occurrence
// of the characters the page annotated, and its leftover "于".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-heze-touqiahui-kaimu-zhici-reported-bar-subhead-reporter-wrap-not-speech': {
    source: 'http://www.heze.cn/news/2011-04/17/content_84815.htm',
    kind: 'non-speech: news report (opening of a city\'s 投资贸易洽谈会, two 致辞 reported; city news site)',
    tests: 'a lone "|" bar line; the headline "2011(春季)中国菏泽投资贸易洽谈会隆重开幕" and a subheadline "商机无限 300个项目等待客商投资"; "中国菏泽网消息 (记者" hard-wrapped before the reporter\'s name; the list of officials and guests; two 致辞 told in the third person ("…在开幕式上致辞。他表示,…", "…在致辞中介绍,…"), no salutation, no first person — a news report, not a speech; cut mid-word ("正处在科")',
    isSpeech: false,
    title: '2011(春季)中国菏泽投资贸易洽谈会隆重开幕',
    noise: [],
    outline: [],
  },
  '02-novel-51penbook-zhaoshang-dahui-governor-quoted-zunjing-laibin-nav-crumb-not-speech': {
    source: 'https://51penbook.com/454/read_888.html',
    kind: 'non-speech: novel (chapter on a provincial 招商引资大会 in which the governor opens with a quoted speech)',
    tests: 'a reading site\'s nav line "首页 排行 分类 完本 书单 用户中心"; a breadcrumb "搜书趣 > 都市 > <book> > 第1034章 吉江省招商引资大会!"; the book + chapter title line; a "簡繁轉換" button label; an "作者:… 分类:… 更新时间:… 来源:源1" meta line; narration of the hall and the seating; the governor\'s words in 「」 quotes, one line each, opening with the salutation "「尊敬的各位来宾,上午好。」" and first-person thanks; narration again; cut mid-sentence ("免得说") — a novel, not a speech',
    isSpeech: false,
    title: '开局停职?我转投纪委调查组 第1034章 吉江省招商引资大会!',
    noise: [],
    outline: [],
  },
  '03-tongzhi-cni-kaifaqu-gaige-shishi-fangan-daodu-addressee-title-wrap-yi-paren-not-speech': {
    source: 'http://cni.top/html/2017/pioneerpolicy_1028/26711.html',
    kind: 'non-speech: 通知 (a city government issuing its 实施方案 on 开发区 reform and innovation)',
    tests: 'the notice\'s title; a site "导读:…" line; the number "津政办函〔2017〕103号"; the title again hard-wrapped over two lines; an addressee line "各区人民政府,各委、局,各直属单位:" (looks like a salutation); the issuing office and the date; the 方案\'s own title over two lines; a long preamble ending "特制定本实施方案。"; a standalone heading "一、总体要求" and an inline "(一)指导思想。" item — a written document, not a speech; cut mid-word ("创")',
    isSpeech: false,
    title: '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知',
    noise: [],
    outline: [],
  },
  '04-news-hostvergelijk-big5-pinyin-contact-lines-chanyeyuan-zhaoshang-zuotan-not-speech': {
    source: 'http://hostvergelijk.com/sjpdwx/dg/changpin/38371.html',
    kind: 'non-speech: news report (a town\'s 产业园区 招商座谈会; traditional-script hijacked mirror with converter pinyin)',
    tests: 'five contact lines first — "聯(lián)系人:…", "手機(jī):…", "qq:…", "地址:…", "發(fā)布時間:…" (a 招商 listing\'s furniture, over an unrelated town\'s news); no headline; pinyin after 聯/機/鄉/鎮/發/產/業/區/設/進/達/關/負/責/認/細/準/構/規/劃/質/務 in every occurrence; a report of the meeting with figures, the official\'s "指出,…希望…" in the third person — a news report, not a speech; cut mid-word ("在保質(zhì)")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-novel-ycykzy-touchan-yishi-chapter-quoted-zhici-zunjing-lingdao-not-speech': {
    source: 'http://ycykzy.com/ycy/244/244657/1233165_2.html',
    kind: 'non-speech: novel (chapter on a factory\'s 投产仪式 with the factory head\'s quoted 致辞)',
    tests: 'a chapter title "第268章 投产仪式"; narration; the factory head\'s 致辞 quoted inside one narrative paragraph ("…说得热情洋溢:“尊敬的各位领导、各位来宾,今天我们聚在这里,…!”"); the narrator\'s asides on who speaks next ("然后又是……"); the launch button; cut mid-sentence ("大家的脸上") — a novel, not a speech',
    isSpeech: false,
    title: '第268章 投产仪式',
    noise: [],
    outline: [],
  },
  '06-article-cnzsr-zhaoshang-shiwu-crumb-byline-paren-heading-not-speech': {
    source: 'https://cnzsr.com/e/DoPrint/?classid=30&id=8039',
    kind: 'non-speech: article (a column on government 招商引资 practice; print view of a 招商 portal)',
    tests: 'one line holding the site name and slogan, a breadcrumb "首页 > 招商实务 > 招商指导 > 正文" and the "返回 打印" buttons; the column title "招商引资之我见 | ⑦政府招商引资实务高级篇" (a circled number in it); a byline with a pen name, a date and "<pen name>xmi微信公众号"; paragraphs indented with two spaces; an indented standalone heading "(一)因地制宜谋划好主导产业发展规划" — an article, not a speech; cut mid-sentence ("将产业发展")',
    isSpeech: false,
    title: '招商引资之我见 | ⑦政府招商引资实务高级篇',
    noise: [],
    outline: [],
  },
};
