// Case 04 (a pupil's 开学 speech on 39.103.169.235) was dropped at the merge: round 109 names that 简书 mirror as used (the address check then matched no bare address; it does now).
// Gold specs for holdout round 210, part A (cases 01–06): training classes (培训班 开班仪式/结业典礼 讲话, 干部培训 动员讲话,
// 学员代表发言, 党校开学典礼 讲话 — and look-alikes of the theme). About forty queries found nearly every speech of the theme
// on a used host or a template twin (see "Looked for and not found" below), so this part holds one speech of the theme itself,
// three spoken pieces of the neighbouring occasion (school 开学/入学 ceremonies) and two written look-alikes of the theme.
// Four spoken pieces (a company president's 讲话 at the opening of the year's cadre-training class, on the company's own news
// page in a traditional-script converter copy (jajf.com.cn, "/subordinate/show/<id>.html"): the headline with toned pinyin after
// 開/話, a blank line, a bar-shaped meta line " 公司新聞    |      2014-05-19" (column, bar, date, runs of spaces), the
// salutation "各位<company>同仁:", every later line indented by eight spaces, converter pinyin after 開/時/學/問/點/見/個/話/進/實/
// 業/動/會/場/產/務/經/應/優/專/門/領/風/過/發/創/萬, some with a space before the closing parenthesis ("會(huì )", "創(chuàng )"), a space
// before an opening quote ("推進(jìn) “學(xué)習提能”"), a courtesy "首先," inline after a full stop, an indented block heading
// "一、…責任感。" ending in a full stop, cut mid-sentence ("這是提升"); a spring-term 入学仪式 讲话稿 on a 范文 site
// (m.fanbenw.cn, "/article/<id>.html"): the site's "范本网工作计划内容页" bar, the page title, a "2023-05-26 22:03:02工作计划" line
// with the category glued to the time, a generated summary paragraph describing a 校长's speech that the piece is not (its own
// "最后,他向新生们…" inside), a 小编 promo, the piece heading "2023入学仪式上的讲话稿 (篇5)" (the capture's first piece is 篇5),
// blank lines between all lines, the salutation, "大家上午好!", the site's "。" for a 、 in a list ("长时间看手机。打游戏") and its
// typo "教室理", a closing wish; no numbered points; the whole stored text; a university teacher's 开学典礼 speech on a novel-reader
// host (bqg2.com, "/read/<book>/<id>.html"): no title, no chrome, the salutation first, "你们好!", long paragraphs, cut mid-word
// ("要有吃苦"); a pupil's 开学典礼 发言 on a bare-IP mirror of an article platform (39.103.169.235, "/p/<hex id>"): no title, no
// chrome, the salutation, "大家上午好!", a block "最后," paragraph of thanks (courtesy), "我的讲话完毕,谢谢大家!", then the
// speaker's signature line "新街小学五年级 <name>" and the date "2022年9月15日"; 465 characters, the whole stored page) and two
// written look-alikes (a medical college's news item (www.aqmc.edu.cn, "/rsc/info/<col>/<id>.htm") on the opening of its 党校's
// 入党积极分子培训班: third person throughout ("孟庆远书记为本期党校开班典礼致辞,他…提出了三点希望和要求。"), the secretary's three
// requirements summarised as inline "一要…。二要…。三要…。" after full stops, a 学生代表 who "上台发言", a "(文:…,图:…)" credit
// glued to the last paragraph — a news report, not a speech; a 范文 site's collection page (m.benqdjg.com,
// "/daxuepaiming/<id>/") titled "领导在中青年干部培训班上的讲话 3篇" under a crumb of unrelated columns "首页 > 大学排名 > 大学学费
// > 正文 2021-05-30" with the date glued, a 小编 promo, the piece heading "领导在中青年干部培训班上的讲话·1", and as that first
// piece a wire report of the 2019 autumn 中青班 opening told in the third person ("习近平在讲话中谈到…", "习近平表示…") — not a
// speech).
// Judgement calls: 01's title is the headline without its pinyin annotations (cut by one regexCut, hits listed as noise, as round 17
// and round 180); the headline line goes as the title; " 公司新聞    |      2014-05-19" is page meta (column and date behind a bar,
// as round 184 case 01's meta line) → noise; "一、…責任感。" opens a paragraph and ends in a full stop → its text is the first sentence
// without the 。 (as shared corpus case 57's heading line ending in 。), level 1; the inline "首先," after a full stop is a run of
// one and a courtesy → optional level 1 (as round 4 case 06's inline courtesy 首先,); the company's and the president's names were
// replaced by fictional ones. 02's title is the page title, which the piece heading repeats with its number: the piece heading
// "… (篇5)" goes (as round 5 case 08 and round 6 case 09), the title line is a repeat (not listed, README); the "…工作计划内容页" bar,
// the date-and-category line (as shared corpus case 96's "2022-04-03演讲稿"), the generated summary (a 导语-type
// description of another speech, as round 6 case 07's teaser) and the 小编 promo are noise; the site's "。" inside a list and
// "教室理" stay (typos of the site, as round 184 case 03); no markers ("一年之计在于春" and "一万年太久" are in quotes).
// 03 is a speech: the capture is the talk alone, opening with the salutation and spoken in the first person to the new students
// (README's rule for pages without a title); the host being a novel reader does not make it a novel, since nothing of a
// narrative frame is in the capture; no title line → "" (as round 6 case 07 and round 184 case 03); no numbered points.
// 04 has no title line → "" (as round 6 case 07); the signature "新街小学五年级 <name>" (school, grade and name) and the date line are
// the speech's own closing lines and stay (as round 4 case 08's signature with its date and round 6 case 03's byline); "最后," opens
// a paragraph of thanks with no 首先 before it → optional level 1 (as round 5 cases 02/04/10 and round 4 case 06), its text the
// whole first sentence (44 characters, to the "!"); the capture is short because the page is (as round 184 case 05's 505
// characters, the whole stored page). 05 and 06 are written, not spoken: 05 is a report in the third person whose "一要/二要/三要"
// summarise a speech (as shared corpus case 45 and round 1 case 04's reports); 06 is a collection page whose first piece is a news
// report, so the collection rule (a collection counts as a speech when its first piece is one, round 6 case 10) does not make it
// one (as round 152 case 13); the 讲话 in its title names a speech the page does not print. Names of private people (the company
// president, the pupil, the college's officials, the student speaker and the photo credits) were replaced by fictional ones; the
// prose was rewritten (06's wire report in new words, the public officials' roles kept).
// Looked for and not found on a new host: a 培训班 开班/结业 讲话 in 范文 form with 一、/一是 (laobiganzi.top, qdfww.com, tmatonline.com,
// 35331.cn, m.cinyz.com, m.120pk.cn, xiebiwenku.com, m.jcsycorp.com, reader8.com, xiaomilidoc.com, szftgk.com, m.yrrf.cn,
// web.promaxstyle.com, qingsongxiezuo.com, dawenge.com, m.gjknj.com, cutestuff4girls.com, m.qiqiwenku.com, w28pg.cn, huaboedu.com are
// used or named); a 党校 开学典礼 讲话 (hnzbwh.cn, 8sysg.cn, m.666he.com are used); a 学员代表 发言 at a training class's opening or
// close (nuenian.com, wxljbxg.net, www.gzcndca.org.cn, cheshui889.com are used; the rest of the stored ones are school 毕业/开学 发言
// on used hosts: lovfp.com, sh-qfbc.com, dgahdf.cn, m.wuhaninfo.cn); a 民兵 开训 or 新员工 入职培训 讲话 (only
// reports and novels, mostly on used hosts: hnnjei.cn, gethealthyblog.org, ycaexxwyk.com, m.jinlichashi.cn, zhpharm-sh.com, 86cm.net).
// Found on new hosts and not taken (the part's two look-alikes went to the two closest to the theme): reports of 党校/团校/青马
// 开班 and 结业 on school sites (www.njitt.edu.cn with 第一,/第二,/第三, after a colon, www.zjcst.edu.cn, www.jscj.edu.cn,
// db.axhu.edu.cn, chem.hbnu.edu.cn, www.cdct.edu.cn), a traditional-script report of a 青年农民培训班 with "一,要…二,要"
// (www.bomei888.com), a trainee's 花絮 essay (www9981by.com) and novel chapters of 党校 opening ceremonies (81zw.vip, xs.pianhd.cc,
// bigbiquge.com, www.zkblg.com, www.jsgysolar.com).
// Template twins considered: none of the six pages shares a noise line of six characters or more with a used page (twin.mjs); the
// promo of round 126 part A ("…合同范本网编辑…") belongs to another site with another bar; 39.103.169.235 serves an
// article platform's "/p/<hex>" path, whose own host is named in no round; miekuo.com, m.ni24.cn and qyclass.com (named as used or as
// twins by rounds 76, 85, 122, 189, 202) were left.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)';

const JA_TITLE = '總裁韓述平在2014年度干部培訓開班儀式上的講話';
const JA_META = '公司新聞    |      2014-05-19';

const FB_BAR = '范本网工作计划内容页';
const FB_TITLE = '2023入学仪式上的讲话稿';
const FB_DATE = '2023-05-26 22:03:02工作计划';
const FB_SUMMARY = '2023入学仪式上的讲话稿是一场充满激情和期望的演讲,旨在向新生们传达学校的价值观和期望。在这场演讲中,校长强调了学校的使命和愿景,鼓励新生们积极参与学校的各种活动和社区服务,以便更好地融入学校生活。他还提到了学校的教育理念和教学方法,强调了学生在学习过程中的重要性,以及如何在学校中取得成功。此外,他还强调了学生的责任和义务,包括遵守学校规定和尊重他人。最后,他向新生们表示祝贺,并鼓励他们在未来的学习和生活中取得更大的成就。这场演讲充满了激情和期望,为新生们的未来奠定了坚实的基础。';
const FB_PROMO = '小编已经准备好几篇范文,希望能够为您提供帮助。';
const FB_PIECE = '2023入学仪式上的讲话稿 (篇5)';

export const specs = {
  '01-jianghua-jajf-big5-pinyin-ganbu-peixun-kaiban-company-meta-bar-yi-heading-period': {
    source: 'http://jajf.com.cn/subordinate/show/197.html',
    kind: 'speech: 讲话 (a company president at the opening of the year\'s cadre-training class; company news page, traditional-script converter copy)',
    tests: 'the headline with toned pinyin ("開(kāi)", "講話(huà)") as the title (pinyin cut); a blank line; a bar meta line " 公司新聞    |      2014-05-19" with runs of spaces; the salutation "各位<company>同仁:"; lines indented by eight spaces; converter pinyin after many characters, some with a space before ")" ("會(huì )", "創(chuàng )"); a space before an opening quote; a courtesy "首先," inline after a full stop (run of one: optional); an indented block heading "一、…責任感。" ending in a full stop (text without 。, level 1); cut mid-sentence ("這是提升")',
    isSpeech: true,
    title: JA_TITLE,
    noise: [JA_META],
    regexCut: [PINYIN],
    dropLines: [JA_TITLE, JA_META],
    outline: [
      { level: 1, marker: '首先,', text: '我代表公司對培訓班的順利開班表示熱烈祝賀', optional: true },
      { level: 1, marker: '一、', text: '深刻認識培訓學習的必要性,增強干部的危機感和責任感' },
    ],
  },
  '02-jianghua-fanbenw-ruxue-yishi-chrome-date-category-summary-promo-pian5-heading': {
    source: 'https://m.fanbenw.cn/article/49353.html',
    kind: 'speech: 讲话稿 (a spring-term 入学仪式 talk to pupils; 范文 site, collection page)',
    tests: 'a site bar "范本网工作计划内容页"; the page title; a "2023-05-26 22:03:02工作计划" line with the category glued to the time; a generated summary paragraph describing a 校长\'s speech (with its own "最后,…"), all noise; a 小编 promo; the piece heading "2023入学仪式上的讲话稿 (篇5)" (first piece in the capture is 篇5; heading goes, title kept once); blank lines between all lines; the salutation and "大家上午好!"; the site\'s "。" inside a list ("长时间看手机。打游戏") and typo "教室理" kept; quoted sayings (no markers); a closing wish; the whole stored text',
    isSpeech: true,
    title: FB_TITLE,
    noise: [FB_BAR, FB_DATE, FB_SUMMARY, FB_PROMO, FB_PIECE, '(篇5)'],
    dropLines: [FB_BAR, FB_TITLE, FB_DATE, FB_SUMMARY, FB_PROMO, FB_PIECE],
    outline: [],
  },
  '03-jianghua-bqg2-kaixue-dianli-teacher-novel-reader-host-no-title-no-noise': {
    source: 'https://bqg2.com/read/62191/24963803.html',
    kind: 'speech: 讲话 (a university teacher\'s welcome at the freshmen\'s 开学典礼; novel-reader host)',
    tests: 'no title and no page chrome in the capture: the salutation first, "你们好!"; a speech stored on a novel-reader host with no narrative frame (a speech, title ""); long paragraphs, no quotations and no numbered points; "同学们," openings; cut mid-word ("要有吃苦"); do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-aqmc-dangxiao-jijifenzi-kaiban-dianli-inline-yiyao-eryao-sanyao-credit-not-speech': {
    source: 'http://www.aqmc.edu.cn/rsc/info/1045/1157.htm',
    kind: 'non-speech: news report (a medical college\'s item on the opening of its 党校\'s 入党积极分子培训班)',
    tests: 'no headline in the capture; the secretary\'s 致辞 reported in the third person ("他…提出了三点希望和要求。"); inline "一要…。二要…。三要…。" after full stops summarising the requirements (no outline in a report); a 学生代表 who "上台发言"; a "(文:…,图:…)" credit glued to the last paragraph — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-benqdjg-zhongqingban-collection-3pian-crumb-promo-piece1-report-not-speech': {
    source: 'https://m.benqdjg.com/daxuepaiming/55383/',
    kind: 'non-speech: news report (a 范文 site\'s collection titled 讲话 whose first piece is a wire report of the 2019 autumn 中青班 opening)',
    tests: 'a collection title with a count "领导在中青年干部培训班上的讲话 3篇"; a crumb of unrelated columns with the date glued ("首页 > 大学排名 > 大学学费 > 正文 2021-05-30"); a 小编 promo naming 讲话; the piece heading "…讲话·1"; the first piece a wire report in the third person ("习近平在讲话中谈到…", "习近平表示…"); indented paragraphs; cut after a comma — a collection whose first piece is a report, not a speech',
    isSpeech: false,
    title: '领导在中青年干部培训班上的讲话',
    noise: [],
    outline: [],
  },
};
