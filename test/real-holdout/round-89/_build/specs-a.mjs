// Gold specs for holdout round 89, part A (cases 01–06): women and families (妇联 执委会/代表大会, 三八妇女节 座谈会,
// 巾帼建功/最美家庭 表彰, 妇女儿童 工作会议 — speeches and their look-alikes).
// Two spoken pieces: 01, the 贺词 a mass organisation's leader gave, for nine people's organisations, at the 中国妇女第十次
// 全国代表大会 (2008), on a university's women-law site (www5.zzu.edu.cn, "/womenlaw/info/1005/<id>.htm", a VSB-CMS page):
// a breadcrumb "当前位置: 首页 > 维权时讯", the headline "陆昊在…上的贺词", the same headline again with its theme after a colon
// ("…贺词:妇女是推动经济社会发展和人类文明进步的伟大力量"), a block of CMS field lines "作者: <position><name>", "时间: …",
// "来源: 人民网", "全文: <the theme>", blank lines between all lines, the salutation "各位代表、同志们:", a first paragraph that
// holds the theme sentence word for word ("妇女是推动…伟大力量。") among its congratulations, and a second paragraph cut
// mid-sentence after a comma; 02, a family representative's 发言 at the national 最美家庭 event, from the 全国妇联 site's
// digest of such speeches (www.women.org.cn, "/art/2015/5/15/art_298_<id>.html"): the digest's title "全国“最美家庭”代表
// 发言摘要" on the first line, then, indented by two spaces, a speaker label naming the province and the family ("陕西 …家庭"),
// the piece's own title "我的“小家”和“大家”" (nested quotes), and the speech in the first person ("我叫…", "下面,我给大家说说
// “我的‘小家’和‘大家’”这段故事。"), paragraphs opening "9年前,"/"9年来," (numbers, not markers), cut mid-sentence ("给我的").
// Neither carries numbered points. And four written look-alikes: 03, the Macao Daily's e-paper page (macaodaily.com,
// traditional script) reporting the opening of the 中国妇女第十三次全国代表大会: e-paper chrome ("top top top", "第A04版:澳聞
// 上一版3  4下一版", "本版標題導航" with the page's six headlines, "[ 設為首頁 ] | | [ 返回主頁 ] |", "今日日期:     版面導航",
// "當前報紙日期:", "2023 10月24日 星期", "下一篇4", "放大 縮小 默认"), the headline, the reporter's line, a photo title and a
// caption credited "( 中新社)", a deck "國家領導到會祝賀   澳代表團出席", the headline again, then a report in the third person in
// which a leader "代表黨中央致詞" and the Macao delegation is listed by name — a news report, not a speech; cut mid-word
// ("發"); 04, a city 妇联's report of its family-education work meeting on a mirror of a provincial 妇联 site (zbwytg.cn): a
// headline naming "…座谈会上的讲话精神", "??" left where the paragraph indents were mis-encoded, the documents studied listed
// with their titles, and "会议指出,一要…。二要…。三要…。" — 一要 after a comma, 二要/三要 after full stops — the meeting's
// requirements reported in the third person, not a speech (no outline); cut after a comma; 05, a 党史日历 entry on a
// political website (mzfxw.com, an EmpireCMS "e/action/ShowInfo.php" page): a breadcrumb, the headline "毛泽东在延安举行的三八
// 妇女节纪念大会上讲话" (names a 讲话), an "作者:党史日历 发布时间:… 来源:民族复兴网 字体:   |    |" meta line, the date "1939年3月8日",
// the event sentence, "讲话指出:" and "又指出:" each introducing a long first-person excerpt, "这篇讲话收入《毛泽东文集》第二卷。",
// then the footer ("微信扫一扫,…", "网友评论", "共有条评论(查看", "最新文章", "热点文章") — a calendar entry that quotes a
// speech, written in the third person around the quotations, not a speech; 06, a 镇妇联 年度工作总结 on a traditional-script
// mirror with pinyin annotations (1rezervasyon.com, "/fanwen/fanwen<id>.html"): the title three times, a "××鎮(zhèn)婦聯(lián)年度
// 工作總結(jié)" line with a placeholder, an opening paragraph ending in ":", a "1、…。" heading and a second "1、" that stands
// where the word 抓 was lost ("1、住婦女學(xué)校這個陣地"), figures in parentheses — a written report, not a speech.
// Judgement calls: 01's title is the second headline line, the one that carries the theme after a colon (the conventions keep
// a subtitle after a colon); the first headline line is the same title without its theme, a repeat, dropped and not listed
// as noise (it lies inside the title). The four field lines are the CMS's meta block, so they are noise, "作者: …陆昊" too: it
// is the form's author field, not a byline the speech prints (as `主讲人:…` would be); "全文: <theme>" is the form's summary
// field. The theme sentence inside the first paragraph is the speech's own words and stays. 01 is a 贺词 (a congratulatory
// address spoken at the congress), a spoken genre. 02's page is a digest of several speeches; the first piece's own title is
// the title, the digest's title is the collection header and the "陕西 …家庭" line a speaker label (a piece heading with no
// position in it), both noise. 03–06 are written, not speeches: 03 and 04 are reports, 05 frames its quotations with
// "讲话指出:"/"又指出:" and closes with where the speech was printed (the genre is the calendar entry, as a news report quoting a
// speech at length is a report), 06 is a 工作总结.
// Looked for and not found on a new host: a 妇联 执委会 or 妇代会 讲话 with 一、/一是/第一 points (wm114, 120pk (its
// traditional 新文秘網 mirror), fanwenq, 98523, aihuau, 7rdy, tmdps, arcplusnwc, xiezuofangchengshi, jxkamo, wsic.ac.cn,
// govopendata and m.5728338 hold the ones the corpus returns, all used); a 三八 座谈会 致辞 or 巾帼建功 表彰 讲话 on a template
// site (6dgww, wendang9, dybbs8, qikantianxia, goodzuowen, 9000bbs, 004km, mingyanjiaju, fanwen112, m.wnwk and folksfolks
// are used); a 最美家庭 颁奖 致辞 with numbered points (arcplusnwc is used; the fjsen copy of a leader's 讲话 with a 一、 heading
// is on women.fjsen.com, whose base domain fjsen.com is used; two more copies come without an address); a 妇联 通知 (none
// turned up; the 工作总结 pages on rwfww, m.wenke99, m.777doc and oh100 are used). So no speech of this part carries numbered
// points, and the part holds two speeches and four look-alikes.
// Template twins set aside: executivefront.com ("/FaYanGao/<id>.html", the traditional farm with its digits stripped
// ("月日", "的月日") — the family of szftgk, 78911, affluentharvest and m.5728338); uplandwellness.com, shockplant.com and
// zs-bk.com (traditional mirrors whose "/women/<yyyy-mm>/<dd>/content_<id>.htm" pages copy fjsen's 福建妇联新闻 channel —
// shockplant shows its "您所在的位置: 福建婦聯新聞> … > 正文" and "我來說兩句" furniture, uplandwellness its "福建婦聯新聞網…訊"
// leads; fjsen.com is used); m.120pk.cn/120pk.cn (wm114's 新文秘網 layout in traditional script, and used).
// Private people's names (the family representative and his wife, the Macao delegates other than the delegation's head, the
// reporter, the city 妇联 chair) were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LH_CRUMB = '当前位置: 首页 > 维权时讯';
const LH_HEAD = '陆昊在中国妇女第十次全国代表大会上的贺词';
const LH_TITLE = '陆昊在中国妇女第十次全国代表大会上的贺词:妇女是推动经济社会发展和人类文明进步的伟大力量';
const LH_AUTHOR = '作者: 共青团中央书记处第一书记陆昊';
const LH_TIME = '时间: 2008年10月28日';
const LH_SOURCE = '来源: 人民网';
const LH_FULL = '全文: 妇女是推动经济社会发展和人类文明进步的伟大力量';

const ZM_DIGEST = '全国“最美家庭”代表发言摘要';
const ZM_SPEAKER = '陕西 石国栋家庭';
const ZM_TITLE = '我的“小家”和“大家”';

export const specs = {
  '01-heci-zzu-funv-shida-crumb-title-subtitle-line-author-time-source-fulltext-fields': {
    source: 'http://www5.zzu.edu.cn/womenlaw/info/1005/1252.htm',
    kind: 'speech: 贺词 (a mass organisation\'s leader congratulating the 中国妇女第十次全国代表大会 for nine people\'s organisations; university women-law site)',
    tests: 'a breadcrumb "当前位置: 首页 > 维权时讯"; the headline, then the headline again with the theme after a colon (the title); a block of CMS field lines "作者: 共青团中央书记处第一书记陆昊", "时间: 2008年10月28日", "来源: 人民网", "全文: <theme>"; blank lines between all lines; the salutation "各位代表、同志们:"; the theme sentence repeated word for word inside the first paragraph (speech text, not a title repeat); a list of nine organisations in the first paragraph; cut mid-sentence after a comma; no numbered points',
    isSpeech: true,
    title: LH_TITLE,
    noise: [LH_CRUMB, LH_AUTHOR, LH_TIME, LH_SOURCE, LH_FULL],
    dropLines: [LH_CRUMB, LH_HEAD, LH_TITLE, LH_AUTHOR, LH_TIME, LH_SOURCE, LH_FULL],
    outline: [],
  },
  '02-fayan-womenorg-zuimei-jiating-zhaiyao-collection-title-speaker-label-piece-title': {
    source: 'http://www.women.org.cn/art/2015/5/15/art_298_130677.html',
    kind: 'speech: 发言 (a family representative at the national 最美家庭 event; digest of speeches on the 全国妇联 site)',
    tests: 'the digest\'s title "全国“最美家庭”代表发言摘要" (collection header) on the first line; indented by two spaces, a speaker label "陕西 石国栋家庭" (province and family, no position) and the first piece\'s own title "我的“小家”和“大家”" with nested quotes inside the speech\'s first paragraph ("“我的‘小家’和‘大家’”"); no salutation, the speech opens "我叫…"; paragraphs opening "9年前,"/"9年来," (numbers, no markers); a dash inside a sentence ("——槐东社区的街坊邻居"); cut mid-sentence ("给我的")',
    isSpeech: true,
    title: ZM_TITLE,
    noise: [ZM_DIGEST, ZM_SPEAKER],
    dropLines: [ZM_DIGEST, ZM_SPEAKER, ZM_TITLE],
    outline: [],
  },
  '03-news-macaodaily-big5-funv-shisanda-kaimu-epaper-chrome-caption-deck-zhici-not-speech': {
    source: 'http://macaodaily.com/html/2023-10/24/content_1709914.htm',
    kind: 'non-speech: news report (the Macao Daily on the opening of the 中国妇女第十三次全国代表大会; e-paper page, traditional script)',
    tests: 'e-paper chrome: "top top top", "第A04版:澳聞 上一版3  4下一版", "本版標題導航" over six headlines of the page (the report\'s own first), "[ 設為首頁 ] | | [ 返回主頁 ] |", "今日日期:     版面導航", "當前報紙日期:", "2023 10月24日 星期", "下一篇4", "放大 縮小 默认"; the headline, "本報記者 …", a photo title and a caption credited "( 中新社)"; a deck "國家領導到會祝賀   澳代表團出席" and the headline again, indented; a leader who "受黨中央委託致詞" and the Macao delegation listed by name, all in the third person; "(北京廿三日電)"; a subhead "為黨凝聚巾幗之力"; cut mid-word ("發") — a news report, not a speech',
    isSpeech: false,
    title: '全國婦代會北京開幕',
    noise: [],
    outline: [],
  },
  '04-news-zbwytg-huludao-fulian-jiafeng-zuotanhui-headline-jianghua-jingshen-yiyao-after-comma-eryao-after-stop-not-speech': {
    source: 'http://www.zbwytg.cn/lnsfnlhh/ztzl/sflxxgcddesjszqhjs/2025052808460127551/index.shtml',
    kind: 'non-speech: news report (a city 妇联\'s meeting on family, family education and family tradition; mirror of a provincial 妇联 site)',
    tests: 'a long headline naming "…在加强家庭家教家风建设座谈会上的讲话精神"; "??" where the paragraph indents were mis-encoded; the documents studied named with their titles (《…》); the city 妇联 chair "作总结讲话"; "会议指出,一要…。二要…。三要…。" — 一要 after a comma, 二要/三要 after full stops — the meeting\'s requirements reported in the third person; cut after a comma ("针对党员干部、") — a report, not a speech, so no outline',
    isSpeech: false,
    title: '葫芦岛市妇联传达学习贯彻谌贻琴国务委员在辽宁调研时的指示和在加强家庭家教家风建设座谈会上的讲话精神',
    noise: [],
    outline: [],
  },
  '05-article-mzfxw-dangshi-rili-mao-sanba-jianghua-crumb-meta-jianghua-zhichu-quotes-footer-not-speech': {
    source: 'https://mzfxw.com/e/action/ShowInfo.php?classid=18&id=148884',
    kind: 'non-speech: history-calendar entry (党史日历) quoting a 1939 speech at a 三八 rally in Yan\'an; political website',
    tests: 'a breadcrumb "当前位置 : 首页 > 文章中心 > 历史回顾"; a headline that names a 讲话 ("毛泽东在延安举行的三八妇女节纪念大会上讲话"); an "作者:党史日历 发布时间:2021-03-08 14:16:18 来源:民族复兴网 字体:   |    |" meta line; the date "1939年3月8日" and the event sentence, indented; "讲话指出:" and "又指出:" each introducing a first-person excerpt (a rhetorical question, "我们…"); "这篇讲话收入《毛泽东文集》第二卷。"; a footer ("微信扫一扫,为民族复兴网助力!", "网友评论", "共有条评论(查看", "最新文章", "热点文章") — a calendar entry framing quotations in the third person, not a speech',
    isSpeech: false,
    title: '毛泽东在延安举行的三八妇女节纪念大会上讲话',
    noise: [],
    outline: [],
  },
  '06-zongjie-1rezervasyon-big5-pinyin-zhen-fulian-nianzhong-title-thrice-placeholder-double-one-not-speech': {
    source: 'http://1rezervasyon.com/fanwen/fanwen31413.html',
    kind: 'non-speech: 工作总结 (a town 妇联\'s annual work summary; traditional-script mirror with pinyin annotations)',
    tests: 'pinyin annotations after many characters (鎮(zhèn), 總結(jié), 婦聯(lián), 領(lǐng)導(dǎo), 堅(jiān), 權(quán), 學(xué)習(xí)); the title three times, then "××鎮(zhèn)婦聯(lián)年度工作總結(jié)" with a placeholder; an opening paragraph ending in ":"; a heading line "1、…。" followed by a second "1、" standing where a word was lost ("1、住婦女學(xué)校這個陣地"); figures with counts in parentheses; "並" and simplified leftovers (干部, 扎實); cut mid-word ("深") — a written report, not a speech',
    isSpeech: false,
    title: '鎮婦女工作年度總結',
    noise: [],
    outline: [],
  },
};
