// Gold specs for holdout round 93, part B (cases 07–12): students' military training (军训 — 开营/动员大会, 汇演/总结
// 表彰/闭营, 新生代表 and 教官 voices, and their look-alikes).
// Three spoken pieces: a college leader's 讲话 at the 2018 新生军训汇演暨总结表彰大会 on a vocational college's news page
// (jzzy.sx.cn): the 在…上的讲话 title line, a three-part salutation, "大家上午好!", a courtesy inline "首先," after a full
// stop (alone, no run), three paragraphs of thanks and praise, "给大家提三点希望和要求:" and then a block "1.要筑牢理想信念,…。"
// point whose paragraph runs on to the cut ("“国无德") — the only speech of the part with a numbered point in the capture;
// a university party secretary's 讲话 at the 2025 新生军训总结大会 (hvust.edu.cn): a thematic title with spaces between its
// phrases, a "——在…上的讲话" subtitle, a byline "校党委书记 政府督导专员…" (position and name), a salutation naming the
// regiment's commissar, and two typing artifacts inside the prose, a double hyphen "自己--晴日里" and a hyphen glued to a
// 一 "洗礼-一你们" (kept as printed), cut mid-sentence ("真谛是"); a first-year pupil's 发言 as 新生代表 at a foreign-language
// school's 军训动员大会 (wxfls.net): the headline "…同学代表初一新生发言" as the page's only title, a blank line, the salutation
// with "大家好!" glued after its colon, paragraphs indented with four spaces, and the site's typo "再军训的日子里," at the cut.
// And three written look-alikes: a university 保卫/武装 office's news report of a 军训动员大会 (bwc.hnust.edu.cn): leaders
// listed, the vice-president's report and an instructor's "三点决心" told in the third person, and a student's pledge
// "作出以下保证:一、…。二、…。三、…。四、…。" inline after a colon — a report, not a speech; a pupil's diary of the first day
// of training on a school page taken over by a casino path (core-alliance.com, "/wanboguanwangmanbetx/…"): the headline
// "军训第1天:军训,我们来啦!", bullet meta lines "- 作者:" / "- 来源:" (empty) / "- 点击:8006" / "- 时间:2020-10-08", a
// class-and-name byline, then one long first-person paragraph with a space after two full stops and the writer's typos
// (发大家, 热大朝天, 群鸟作兽, 百来冲刺, 有到, 午体, 分利用) — a 心得/日记, not a speech; a university college's feature
// interviewing two student instructors (jt.hnu.edu.cn): "logo", a breadcrumb "首页 -> 学生工作 -> 团学动态 -> 正文", the
// headline, a "时间:" line, lines holding a lone space, a quoted pull line and a "——七营教官们" attribution, "记:"/"乔:"
// question-and-answer paragraphs whose answer opens block-like paragraphs "首先是…" / "其次就是…" / "第三个就是…" — an
// interview, not a speech.
// Judgement calls: 07's lone inline "首先," after a full stop continues no run (no 其次 anywhere) and is a courtesy opener, so
// it is no item; "1." opens its paragraph after the "…希望和要求:" paragraph and is a block point, required (a block marker
// needs no run; 2./3. lie past the cut), its text the first sentence "要筑牢理想信念,争做堪当大任的时代新人". 08's title is
// the thematic line; the "——在2025级新生军训总结大会上的讲话" subtitle is a body paragraph and an optional level-1 dash item
// (as round 3 case 08); the byline carries a position and stays as a body paragraph (as round 5 cases 04/09); "--" and "-一"
// sit mid-paragraph and are prose, not markers. 09's headline names the speaker and the genre and is the only title line, so
// it is the title (as round 6 case 03's "…在…上的发言"); the salutation stays glued to "大家好!". 10–12 are written, not
// speeches: 10's 一、…四、 pledge and the instructor's "三点决心" after colons are reported in a news item; 11 is a diary in the
// first person with no address to an audience; 12's 首先/其次/第三个 are an interviewee's answer in a Q&A feature.
// Living people's names that are not public figures (pupils, instructors, and the school and college officials) were replaced
// by fictional ones; the prose was rewritten (figures changed too); institutions, headlines and site furniture stay as found.
// Looked for and not found on a new host: a 开营/动员 讲话 with 一、/第一/一要 points (shoudashu's novel, 99fanwen, wendang9,
// m.wenke99, m.lovfp, agcia, m.shutu, wtabcd, dawenge and ppfanwen hold them and are used; 11d92t, qiantimeigw, 5728338 and
// soyong-dg are the used traditional mirrors); a 闭营/总结 讲话 on a 范文 site (zhaozongjie, mingyanjiaju, shouyouha,
// jifanwen are used); an 教官代表 讲话 (download.csdn.net is used); a 军训 主持词 (only lxs.net's English guide, used). So
// only 07 carries a numbered point, and the part holds three speeches and three look-alikes: the corpus's other fresh 军训
// pages are school news reports.
// Template twins set aside: dier22.com (a novel chapter with a 总教官's 动员 speech whose furniture "收藏备用网址www.dier22.com
// 不迷路" / "繁体版 简体版" / breadcrumb is round 76's 版主小说网 case), howto1234.com (a 夏令营 发言稿 on the "/wenku/<four
// letters>/<id>" farm of lovfp, yrrf, zgxue and baomayou), headspacebook.com, 4bai.com and nekeye.com (novel chapters whose
// reading-site furniture — "内容未完,下一页继续阅读", "加入书签 … ↑返回顶部↑", "天才一秒记住【…】地址" — earlier rounds hold).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JZ_TITLE = '在2018级新生军训汇演暨总结表彰大会上的讲话';

const HV_TITLE = '锤炼品格 蓬勃进取 在海科大书写青春华章';

const WX_TITLE = '顾一宁同学代表初一新生发言';

export const specs = {
  '07-jianghua-jzzy-junxun-huiyan-biaozhang-title-salutation-arabic1-block': {
    source: 'https://www.jzzy.sx.cn/info/2031/44901.htm',
    kind: 'speech: 讲话 (a college leader at the 2018 新生军训汇演暨总结表彰大会; vocational college news page)',
    tests: 'the 在…上的讲话 title line with no site furniture; a three-part salutation "各位教官、各位老师、同学们:" and "大家上午好!"; a courtesy inline "首先,我代表…" after a full stop with no run (no item); paragraphs of thanks, praise and figures (2960名, 42位, 35个班级…) with semicolon-chained parallel clauses; "给大家提三点希望和要求:" then a block "1.要筑牢理想信念,争做堪当大任的时代新人。" point (2./3. past the cut); a quotation in “…” right after it; cut mid-quotation ("“国无德")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [],
    dropLines: [JZ_TITLE],
    outline: [
      { level: 1, marker: '1.', text: '要筑牢理想信念,争做堪当大任的时代新人' },
    ],
  },
  '08-jianghua-hvust-junxun-zongjie-theme-title-dash-subtitle-byline-dash-artifacts': {
    source: 'https://www.hvust.edu.cn/news/newsDetail/27145',
    kind: 'speech: 讲话 (a university party secretary at the 2025 新生军训总结大会; university news page)',
    tests: 'a thematic title with spaces between its three phrases ("锤炼品格 蓬勃进取 在海科大书写青春华章"); a "——在2025级新生军训总结大会上的讲话" subtitle (body, optional dash item); a byline with two positions and the name ("校党委书记 政府督导专员韩屹"), kept; a salutation naming the commissar first; "大家上午好!"; long paragraphs of review and thanks; a double hyphen "自己--晴日里" and a hyphen glued to 一 "洗礼-一你们" inside the prose (typing artifacts, kept); no numbered point in the capture; cut mid-sentence ("真谛是")',
    isSpeech: true,
    title: HV_TITLE,
    noise: [],
    dropLines: [HV_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在2025级新生军训总结大会上的讲话', optional: true },
    ],
  },
  '09-fayan-wxfls-junxun-dongyuan-xinsheng-daibiao-headline-glued-greeting-indent': {
    source: 'https://wxfls.net/news/1620',
    kind: 'speech: 发言 (a first-year pupil speaking for the new pupils at a foreign-language school\'s 军训动员大会; school site)',
    tests: 'the headline "顾一宁同学代表初一新生发言" (speaker + genre) as the only title line, then a blank line; the salutation with "大家好!" glued after its colon; every paragraph indented with four ASCII spaces; the speaker giving the name again ("我是顾一宁"); a repeated word run "坚持、坚持、再坚持"; no numbered point; the site\'s typo "再军训的日子里," at the cut',
    isSpeech: true,
    title: WX_TITLE,
    noise: [],
    dropLines: [WX_TITLE],
    outline: [],
  },
  '10-news-hnust-junxun-dongyuan-dahui-baozheng-yi-er-after-colon-not-speech': {
    source: 'https://bwc.hnust.edu.cn/gfjy/57ffaad14f9f4f3bb3e8ce2e0194a72f.htm',
    kind: 'non-speech: news report (a university office\'s report of the 2017 新生军训动员大会)',
    tests: 'no headline in the capture: it opens with the date and the meeting; the leaders listed by name; the vice-president\'s 动员报告, an instructor\'s "三点决心" after a colon (semicolon-separated) and a student\'s pledge "作出以下保证:一、…。二、…。三、…。四、…。" inline after a colon — all told in the third person ("他指出", "他说", "他代表…作出"); a closing "最后,由…表演" sentence; a lone "|" line at the end',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-xinde-corealliance-junxun-diyitian-riji-meta-bullets-casino-path-not-speech': {
    source: 'http://www.core-alliance.com/wanboguanwangmanbetx/html/1022/2020-10-08/content-13543.html',
    kind: 'non-speech: 心得/日记 (a pupil\'s diary of the first day of military training; school page under a casino path)',
    tests: 'the headline "军训第1天:军训,我们来啦!"; bullet meta lines "- 作者:" and "- 来源:" (empty), "- 点击:8006", "- 时间:2020-10-08"; a class-and-name byline "20312班 李欣然"; one long first-person paragraph (no salutation, no address to an audience) with a space left after two full stops and the writer\'s typos (发大家, 热大朝天, 群鸟作兽, 百来冲刺, 有到, 午体, 分利用); the 总教官\'s 下马威 reported, not quoted; cut mid-sentence ("操场集合")',
    isSpeech: false,
    title: '军训第1天:军训,我们来啦!',
    noise: [],
    outline: [],
  },
  '12-news-hnu-jiaoguan-caifang-qa-shouxian-qici-disange-crumb-not-speech': {
    source: 'https://jt.hnu.edu.cn/info/1049/5821.htm',
    kind: 'non-speech: news feature (a college youth-league interview with two student instructors during 2021 新生军训)',
    tests: 'a "logo" line, a breadcrumb "首页 -> 学生工作 -> 团学动态 -> 正文", the headline "“我的教官我的营”2021级新生军训特别报道(二)", a "时间:2021-09-14" line, lines holding a lone space between blank lines; a quoted pull line and a "——七营教官们" attribution; the instructors\' names as lone lines; "记:…?" questions and answers whose first answer opens "乔:首先是…", then block-like paragraphs "其次就是…" and "第三个就是…"; a later answer with "首先让我看到…" (no comma); cut mid-sentence ("新生面前的")',
    isSpeech: false,
    title: '“我的教官我的营”2021级新生军训特别报道(二)',
    noise: [],
    outline: [],
  },
};
