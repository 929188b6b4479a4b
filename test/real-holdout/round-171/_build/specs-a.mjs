// Gold specs for holdout round 171, part A (cases 01–06): archives, secrecy and office work (档案 工作会议, 保密 工作会议,
// 机关 作风 建设, 办公室 工作 — their 讲话, 表态发言, 交流发言, and their look-alikes: a 保密 制度, news reports, a 工作报告).
// No spoken piece on a fresh host turned up (see "Looked for and not found" below: every 讲话/发言/致辞 on the theme the
// store holds stands on a used host or a used base domain), so this part is six written look-alikes, as round 152's
// part C was: the national archives administration head's 工作报告 to the 2023 全国档案局长馆长会议 reposted on a spam
// domain that copies a school archives site (fdina.cc, "/dag/info/<col>/<id>.html"): the site's "本站首页" and "工作动态"
// labels, a crumb "当前位置: 本站首页 >> 工作动态 >> 正文", the page headline "陆国强在全国档案局长馆长会议上的报告", an empty
// "作者:来源:国家档案局官网 阅读次数:日期:2023年02月27日" meta line, the report's own two-line title, a "——在全国档案局长馆长
// 会议上的报告" subtitle, a "(2023年2月16日)" date line and a bare name line, "同志们:", an opening paragraph ending
// "下面,我讲3个问题。", a standalone "一、关于2022年工作和新时代10年档案工作成就" heading, cut mid-word ("一年来的实"); the
// 安徽 trade-union federation's 机关保密制度 on a county union's subsite (xcszgh.ahghw.org.cn, "/wjzl/szwj/<id>.html"): the
// title, a purpose sentence, items "一、…" to "七、…" each on its own line, the gov-CMS footer "扫一扫在手机打开当前页"; the
// whole stored page, 553 characters; a medical college's news report (xxgk.wfmc.edu.cn, the 信息公开 subsite, "/<y>/<md>/
// c<col>a<id>/page.htm") of its 保密工作会议: no headline or chrome in the capture, the president's requirements told in
// the third person ("…指出,…", "她强调,一要…。二要…。三要…。四要…。": 一要 after a comma, 二要–四要 after full stops); the
// whole stored page; a traditional-script converter mirror (fjxmems.com, "/news/zhoukou/yw/<date>/<id>.html") of a 周口
// TV station's report on a 保密 calligraphy exhibition: a leading empty line, "本臺訊", converter pinyin on 進(jìn) and
// 據(jù) only, mis-encoded runs "勇?lián)C苁姑?rdquo;" (with a leaked HTML entity), "慶!吨腥A人民共和國" and "開展?fàn)I造",
// the city leader's 致詞 told in the third person ("…在開幕式上致詞。他說,…"), cut mid-word ("精神上的熏"); a web-novel
// chapter page (yihanzw.com, "/book/<id>/<id>_3.html"): the book title glued to the author's name "重生之退伍从政枫林汐颜",
// "第946章 秘书长(第3页)", the tail of a new 秘书长's pledge to the 市委办 in quotes (no opening quote on this page),
// then narration and dialogue, cut mid-sentence ("不"); a personal essay on archives work on a literature and
// paper-publishing site (17wendao.com, "/literature/view_<id>.html"): a contact bar "投稿邮箱:… 论文发表QQ:… 微信:…", a
// crumb "当前位置首页文学 散文 散文随笔", "  • 正文内容", the essay's title, a "阅读:283 次 作者:… 来源:一起问道 发布日期:…"
// meta line, a "基本介绍:" teaser repeating the essay's first paragraph, a quoted epigraph with "——题记", indented paragraphs,
// a section heading "邂逅档案在春天", cut mid-sentence ("还记得刚到岗的头一两天,").
// Judgement calls: 01 is a 工作报告 — the annual work report the administration's head gives to the bureau chiefs'
// meeting (回顾2022年工作…安排2023年各项任务) — and so, by house law, a written report genre and not a speech, although it
// is delivered to the meeting, opens with "同志们:" and says "下面,我讲3个问题" (as round 101 case 11, the national IP
// office head's report to the 全国知识产权局局长会议, and round 97 case 14); its "一、" heading is therefore no outline.
// 02 is a 规章制度 (一、…七、 articles in the third person, no addressee) — not a speech. 03 is a news report: the
// 一要…四要 are the president's requirements retold by the school's reporter ("她强调,"), so no outline (as round 115
// case 10 and round 103 part A's reported 一要); the capture has no headline, so its title is given as "". 04 is a news
// report although its headline-less lead names a 致詞; the 致詞 is told in the third person ("他說,…"). 05 is a novel: the
// quoted pledge ("…干出更加亮眼的成绩!”周毅的话铿锵有力") is a character's speech inside narration (as the shared corpus
// case 23). 06 is a personal essay (散文随笔, first person, an epigraph, a dated narrative), not a speech. All six titles are
// "" as the brief for look-alikes asks. Names of private people (the college's president and vice-secretary, the city
// leaders and the provincial secrecy official in 04, the novel's characters, the essay's author) were replaced by
// fictional ones; the national officials named in 01's headline and title (陆国强, 孟祥锋) are public figures and kept;
// the prose was rewritten, the noise kept as found.
// Looked for and not found on a new host: a 档案工作会议 讲话 (the hits are used 范文 hosts: sucai198.com, laobiganzi.top,
// m.yrrf.cn, 1mishu.com, m.wnwk.com; a 清华 档案工作报告会 讲话 by the party vice-secretary with "第一," points is on
// dag.tsinghua.edu.cn, whose base domain tsinghua.edu.cn is used (tsjc.tsinghua.edu.cn), so it was dropped; journal
// abstracts of 1990s 讲话 are on jxxfw.com / soolun.net, used); a 保密工作会议 讲话 or 交流发言 (gongwk.com's 交流发言 with
// 一、/(一) and PDF wraps, laobiganer.com's 交流发言, wenmizhiyou.com's 保密 党课: used hosts; the university pages report the
// 讲话 in the third person); a 机关作风建设 讲话 or 表态发言 (bimoxiezuo.com, ceshi.taolaoshi.top, laobiganzi.top,
// santinaque.com (文秘之友 converter twin), xiaomilidoc.com, m.7rdy.cn, gongwenbang.cn, gwyoo.com: all used; an
// unaddressed capture "在全区机关效能建设动员大会上的讲话 … 全文共8483字" has no address); a 办公室工作座谈会/办公室主任会议 讲话
// (moyudoc.com, dawenge.com, xiezuofangchengshi.com, m.wenke99.com, hnfl123.com, oh100.com, pincai.com, 5728338.com,
// zbfsgm.com, pyh678.com, 35331.cn, haowendang.cn, lianshan.net: all used; caiyes.cn's 办公室系统 团拜会 致辞 and a 湘鄂赣
// 政府办公室 研讨会 发言: used host); a 档案馆 开馆 致辞 or 国际档案日 致辞 (wendang.net used; only news of the ceremonies
// elsewhere); a traditional-script mirror of a speech on the theme (only mirrors of news turned up, and yamab2b.com's
// 檔案局長館長會議講話 collection is on a used host); a 文库 viewer of a 保密/档案 讲话 (bdocx.com, wenku365.com, 777doc.com:
// used). A second 工作报告 of the same head, 2022, on a traditional converter mirror under a porn-spam title
// (tongxiaolife.com), was left for the same genre as 01.
// Template twins considered: 02's footer "扫一扫在手机打开当前页" also closes round 7's 12 (tcszx.gov.cn), round 114's 02
// (146.56.203.80) and round 145's 06 (616o.net); it is the share widget of a government CMS used by many unrelated sites,
// the pages share no other line and have different path shapes, so 02 was kept, as round 145 kept its 06. 06's
// "投稿邮箱" also stands in round 164's 04 (a tobacco news portal's "中国烟草传媒网投稿邮箱:…"), a generic label; no other
// line matches. 01's crumb "本站首页 >> 工作动态 >> 正文" and meta shape, 04's "本臺訊" and leaked "rdquo;", 05's glued
// "…枫林汐颜" header match no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-baogao-fdina-dangan-juzhang-guanzhang-huiyi-crumb-meta-dash-subtitle-tongzhimen-yi-not-speech': {
    source: 'https://fdina.cc/dag/info/1061/1562.html',
    kind: 'non-speech: 工作报告 (the national archives administration head\'s report to the 2023 全国档案局长馆长会议; repost on a spam domain copying a school archives site)',
    tests: 'site labels "本站首页" and "工作动态"; a crumb "当前位置: 本站首页 >> 工作动态 >> 正文"; the page headline "陆国强在全国档案局长馆长会议上的报告"; an empty "作者:来源:国家档案局官网 阅读次数:日期:2023年02月27日" meta line; the report\'s two-line own title, a "——在…会议上的报告" subtitle, a "(2023年2月16日)" date line, a bare name line; "同志们:" and "下面,我讲3个问题。" — a 工作报告 (written report genre by house law), not a speech, so its standalone "一、关于2022年工作…" heading is no outline; cut mid-word ("一年来的实")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '02-zhidu-ahghw-jiguan-baomi-zhidu-yi-qi-saoyisao-footer-not-speech': {
    source: 'https://xcszgh.ahghw.org.cn/wjzl/szwj/10859721.html',
    kind: 'non-speech: 规章制度 (a trade-union federation\'s 机关保密制度; county union subsite)',
    tests: 'the title "机关保密制度", a purpose sentence "…特制定本制度。", articles "一、" to "七、" each on its own line, in the third person with no addressee; the CMS footer "扫一扫在手机打开当前页" — a written rule sheet, not a speech; 553 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-news-wfmc-baomi-gongzuo-huiyi-yiyao-after-comma-eryao-siyao-inline-not-speech': {
    source: 'https://xxgk.wfmc.edu.cn/2024/1203/c1814a145412/page.htm',
    kind: 'non-speech: news report (a medical college\'s 保密工作会议; the college\'s 信息公开 subsite)',
    tests: 'no headline and no chrome in the capture; the meeting told in the third person ("…出席会议并讲话", "…指出,"); the president\'s requirements retold as "她强调,一要…。二要…。三要…。四要…。" — 一要 after a comma, 二要–四要 after full stops, each followed by its sentences — reported, not spoken: no outline; a closing "会上,…" paragraph; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-fjxmems-big5-pinyin-baomi-shufazhan-zhici-reported-mojibake-rdquo-not-speech': {
    source: 'http://www.fjxmems.com/news/zhoukou/yw/2020-09-22/303550.html',
    kind: 'non-speech: news report (the opening of a 保密 calligraphy exhibition in 周口; traditional-script converter mirror)',
    tests: 'a leading empty line; "本臺訊" lead with no headline; converter pinyin on 進(jìn) and 據(jù) only; mis-encoded runs "勇?lián)C苁姑?rdquo;" (a leaked HTML entity "rdquo;"), "慶!吨腥A人民共和國", "開展?fàn)I造"; the city leader\'s 致詞 told in the third person ("…在開幕式上致詞。他說,…") — a news report, not a speech; cut mid-word ("精神上的熏")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-novel-yihanzw-mishuzhang-quoted-pledge-page3-booktitle-author-glued-not-speech': {
    source: 'https://yihanzw.com/book/20538145/1798620208_3.html',
    kind: 'non-speech: novel (an officialdom web novel\'s chapter "秘书长", page 3)',
    tests: 'the book title glued to the author\'s name "重生之退伍从政枫林汐颜"; "第946章 秘书长(第3页)"; the page opens inside a new 秘书长\'s quoted pledge to the 市委办 (first person, "我一定亮明态度…", no opening quote on this page) that closes "…成绩!”周毅的话铿锵有力" — a character\'s words in narration; dialogue lines with "秘书长," and "晓东主任,"; cut mid-sentence ("不")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-sanwen-17wendao-dangan-essay-contact-header-meta-jieshao-tiji-not-speech': {
    source: 'http://www.17wendao.com/literature/view_139012.html',
    kind: 'non-speech: personal essay (a civil servant\'s 散文 on archives and her first year in a new post; literature and paper-publishing site)',
    tests: 'a contact bar "投稿邮箱:wdwxtg@qq.com 论文发表QQ:329612706 微信:lianpu13"; a crumb without separators "当前位置首页文学 散文 散文随笔"; "  • 正文内容"; the essay\'s title; a "阅读:283 次 作者:… 来源:一起问道 发布日期:2024-01-25 20:32:19" meta line; a "基本介绍:" teaser repeating the first paragraph; a quoted epigraph and "——题记"; indented paragraphs; a section heading "邂逅档案在春天"; first-person narrative — not a speech; cut mid-sentence ("还记得刚到岗的头一两天,")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
