// Gold specs for holdout round 100, part C (cases 13–18): hospitals and nurses (医院 职代会/年终总结大会 院长 讲话, 护士节
// 表彰 致辞, 医师节 讲话, 新院区/新门诊楼 启用 致辞 — and their look-alikes: a 方案 and news reports).
// Three spoken pieces (a hospital president's 讲话 at the opening ceremony of the new outpatient building, reposted on a
// medical portal (5g.iiyiyi.com, "爱医医"): the site name alone on the first line, the title printed twice, a
// "2022-09-07 13:52:35" post time, the source department "北京大学第一医院信息科" on one line and again with the empty
// author field glued on ("北京大学第一医院信息科未知"), a stray related-department line "北京大学第一医院眼科", a line of
// spaces, then a long salutation naming a public figure and the speech — a courtesy "首先请允许我…" after a comma (no
// marker), "我真的想落泪,…" / "我想落泪是因为…" / "我想落泪,还因为…" paragraphs (rhetorical parallels, no outline),
// cut mid-sentence ("十万元的债"); a hospital leadership's 2017年新春致辞 on the hospital's own VSB page (jsycsy.com): only
// the title line and four paragraphs, no salutation, no site noise, the leadership named in the third person ("医院党政
// 领导班子向…致以…") — its whole stored text is 363 characters, below the usual 610, because the store holds no more;
// a university leadership's 医师节 greeting to the doctors of its affiliated hospitals on a school news page (fsthw.com):
// no title in the capture, the salutation "亲爱的医师们:" first, the first person plural ("我们谨代表学校领导班子全体
// 成员向…致以节日的问候"), quoted instructions, a classical quotation and an oath, a space left before “双一流”, cut
// mid-sentence ("把个人的发展")) and three written look-alikes (an eye hospital's news of a young-staff training course
// (eyehospital.com): the headline, one long paragraph whose sentences are separated by "。 " spaces, lecture titles in
// quotes, the president's remarks quoted and then reported ("提出了三点希望和要求:一是讲学习,强素质。…一要学政治。…;
// 二要学业务。") — a report in the third person, so its 一是/一要 are no outline; the site's typo "向对" kept; cut
// mid-sentence; a 护士节 健步走 活动策划方案 (xwfpay.com): the headline "医院节日活动策划:512护士节——…活动策划方案",
// block headings 一、活动背景 / 二、活动目的 / 三、活动主题 and "1. 宣传低碳环保理念:…" items — a written plan, not a
// speech; a traditional-script copy of a hospital's news of its 职代会 on a hijacked domain (centralfloridanewhome.com):
// the headline with spaces, a "文章來源:宣聯處 作者:… 點擊數:5082 更新時間:2014-05-12" meta line, every paragraph opening
// with the mis-encoded "??? " indent, simplified leftovers (奮斗, 審議并通過, 后勤), an unclosed 《 before "醫院績效工資
// 實施方案", reports named in the third person (院長…作《醫院工作報告》) — a news report, not a speech; cut mid-word).
// Judgement calls: 13's title is the 在…上的讲话 line (printed twice; both copies go); the site name, the post time, the
// two source-department lines and the department line are the site's (noise); the date line is a post time with hours and
// seconds, not the speech's own date. 14 is a speech by its title's genre word (致辞) although written to be read, with no
// salutation; the title line goes, the four paragraphs stay; no noise, no outline. 15 is read by the house rule for a
// page without a title: it opens with an address to its audience and speaks to it in the first person, so it is a speech
// (致辞-like 节日问候; a reader might call it a 慰问信, but no title says so), title ""; no noise, no outline. 16–18 are
// written, not speeches. Names of private people (the reporters and authors, hospital officials and staff) were replaced by
// fictional ones; public figures (a national leader's quoted instruction, a former state leader named in a salutation, a
// hospital president named in a title, two lecturing professors) were kept; the prose was rewritten.
// Looked for and not found on a new host: a 职代会 or 年终总结大会 院长 讲话 with 一、/（一） points (360docs.net,
// laobiganzi.top, gongwencankao.com, gongwenku1.com, kuaisuzugao.com and sucai198.com hold them and are used; dybbs8.com's
// traditional copy with 二、/三、 is used too); a 护士节 表彰 致辞 or 院长讲话 with numbered points (the corpus answers with
// used 范文 hosts — xiexiebang, yd166, wendang.net, xout.cn, bimoxiezuo, xiaomilidoc, qzzw.net, yyfangchan, kfanwen,
// jingyanben, haoword, lovfp — and with news reports); a 新院区/新大楼 启用 致辞 with points (m.yiwenmi.cn, jey722.cn,
// gongwk.com, wap.baiyunpiaopiao.com, beiweimall.com, neimou.com, wm114.cn are used); a 医师节 讲话 with 第一,/第二,
// (renrendoc, fanwy.cn and fanwenq.com are used); a 会序/主持词 with an agenda 一、…六、 (one such page in the store carries no
// address). So none of the three speeches carries a numbered point: the theme's numbered speeches stand on used hosts or
// twins.
// Template twins set aside: wljyyjy.com/ZhuChiCi/366409.html (a 护士节联欢会 主持词 with 一、开场白 / 二、… / 三、… headings —
// the "/ZhuChiCi/<6 digits>.html" mirror farm of the used m.gxscse.com, szftgk.com and m.5728338.com);
// m-51test-net-bucket.bj.bcebos.com (a bucket mirror of the used 51test.net: "来源:无忧考网", 【导语】 "以下是©忧考网整理的…");
// shoasis.net (a 护士长竞聘方案 collection in the "当前位置:首页 > 专题范文 > 公文范文 >" / title / "时间:… 浏览次数:" / 小编
// promo / title / "…篇1" template of the zhuantifanwen farms).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AY_SITE = '爱医医';
const AY_TITLE = '刘玉村院长在新门诊楼落成典礼上的讲话';
const AY_TIME = '2022-09-07 13:52:35';
const AY_SRC = '北京大学第一医院信息科';
const AY_SRC_AUTHOR = '北京大学第一医院信息科未知';
const AY_DEPT = '北京大学第一医院眼科';

const JS_TITLE = '2017年新春致辞';

export const specs = {
  '13-jianghua-iiyiyi-xinmenzhenlou-luocheng-sitename-title-twice-dept-lines': {
    source: 'https://5g.iiyiyi.com/226/dt/10403.html',
    kind: 'speech: 讲话 (a hospital president at the opening ceremony of the new outpatient building; medical portal repost)',
    tests: 'the site name "爱医医" alone on the first line; the title "刘玉村院长在新门诊楼落成典礼上的讲话" printed twice; a "2022-09-07 13:52:35" post time; the source department on one line and again with the empty author field glued on ("北京大学第一医院信息科未知"); a stray department line "北京大学第一医院眼科"; a line of spaces; blank lines between paragraphs; a long salutation naming a state leader; a courtesy "首先请允许我…" after a comma (no marker); rhetorical "我真的想落泪,…"/"我想落泪是因为…"/"我想落泪,还因为…" paragraphs (no outline); figures (3000/1500/1000, 三个亿); cut mid-sentence ("十万元的债")',
    isSpeech: true,
    title: AY_TITLE,
    noise: [AY_SITE, AY_TIME, AY_SRC_AUTHOR, AY_SRC, AY_DEPT],
    dropLines: [AY_SITE, AY_TITLE, AY_TIME, AY_SRC, AY_SRC_AUTHOR, AY_DEPT],
    outline: [],
  },
  '14-zhici-jsycsy-xinchun-hospital-vsb-title-only-no-salutation': {
    source: 'https://www.jsycsy.com/info/1086/1805.htm',
    kind: 'speech: 致辞 (a hospital leadership\'s New Year message; the hospital\'s own VSB page)',
    tests: 'a short page (363 characters, all the store holds): the title "2017年新春致辞" and four paragraphs, nothing else; no salutation — the speaker named in the third person ("医院党政领导班子向…致以真诚的问候…"); couplet-like openers ("雄鸡报晓至,新岁启华章。", "宏图令人振奋,实干成就梦想。"); 回望/盘点/展望 paragraphs that are no outline; a closing wish; no site noise',
    isSpeech: true,
    title: JS_TITLE,
    noise: [],
    dropLines: [JS_TITLE],
    outline: [],
  },
  '15-zhici-fsthw-yishijie-wenhou-no-title-salutation-first': {
    source: 'http://fsthw.com/xwsd/content_16643',
    kind: 'speech: 致辞 / 节日问候 (a university leadership to the doctors of its affiliated hospitals on the first 医师节; school news page)',
    tests: 'no title in the capture: the salutation "亲爱的医师们:" is the first line; the first person plural ("我们谨代表学校领导班子全体成员向…致以节日的祝福"); a quoted instruction of a national leader, a classical quotation from 《大医精诚》 and the oath text inside a paragraph; a space left before “双一流”; "我们希望,…" (no marker); no site noise; cut mid-sentence ("把个人的发展")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-eyehospital-qingnian-peixunban-yuanzhang-yishi-yiyao-reported-not-speech': {
    source: 'https://eyehospital.com/article_view.php?id=746.html+',
    kind: 'non-speech: news report (an eye hospital\'s young-staff training course closing; the president\'s remarks quoted and reported)',
    tests: 'the headline "我院第二批青年员工素质培训班圆满结束"; one long paragraph whose sentences are separated by "。 " spaces; the course\'s lecture titles in quotes with a stray space before a comma (” 、“); the president\'s words first quoted ("他说:“刚才,…”") and then reported: "梁院长还向对青年员工提出了三点希望和要求:一是讲学习,强素质。…一要学政治。…;二要学业务。" — a third-person report, so no outline; the site\'s typo "向对" kept; cut mid-sentence ("大家要刻苦")',
    isSpeech: false,
    title: '我院第二批青年员工素质培训班圆满结束',
    noise: [],
    outline: [],
  },
  '17-fangan-xwfpay-hushijie-jianbuzou-cehua-yi-heading-arabic-items-not-speech': {
    source: 'http://xwfpay.com/details/3530.html',
    kind: 'non-speech: 方案 (a 妇幼保健院\'s 护士节 健步走 activity plan on a mini-program vendor\'s site)',
    tests: 'the headline "医院节日活动策划:512护士节——医院“5·12”国际护士节活动策划方案" (a colon and a dash inside it); block headings "一、活动背景", "二、活动目的", "三、活动主题" on lines of their own; items "1. 宣传低碳环保理念:…" to "4. 弘扬护理精神:…"; a quoted theme line "“健康生活,快乐工作”"; the plan speaks of the nurses in the third person and addresses no audience — a written plan, not a speech; ends at a sentence end before the vendor\'s ad',
    isSpeech: false,
    title: '医院节日活动策划:512护士节——医院“5·12”国际护士节活动策划方案',
    noise: [],
    outline: [],
  },
  '18-news-centralfloridanewhome-big5-zhidaihui-meta-qqq-marks-not-speech': {
    source: 'http://www.centralfloridanewhome.com/detail.aspx?NewsId=27670&kind_Id=3&menuid=19',
    kind: 'non-speech: news report (traditional-script copy of a city hospital\'s news of its 职代会 and 工会会员代表大会; hijacked domain)',
    tests: 'a headline with spaces between its phrases ("凝心聚力 開拓創新 為實現衢醫夢而努力奮斗"); a "文章來源:宣聯處 作者:葉靜 點擊數:5082 更新時間:2014-05-12" meta line; every paragraph opening with the mis-encoded indent "??? "; simplified leftovers (奮斗, 審議并通過, 后勤); an unclosed 《 ("《醫院績效工資實施方案(修訂稿)的報告"); the meeting\'s reports named in the third person (院長…作《醫院工作報告》, 工會主席…致開幕詞) and the president\'s report summarised ("程院長在報告中,總結了…") — a news report, not a speech; cut mid-word ("發展步")',
    isSpeech: false,
    title: '凝心聚力 開拓創新 為實現衢醫夢而努力奮斗',
    noise: [],
    outline: [],
  },
};
