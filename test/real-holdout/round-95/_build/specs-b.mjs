// Gold specs for holdout round 95, part B (cases 07–12): civil air defence and earthquake/disaster prevention (人民防空,
// 防空警报试鸣, 防震减灾, 应急疏散演练, 防灾减灾日 — speeches and their look-alikes).
// Three spoken pieces (a 动员讲话稿 for a school's earthquake evacuation drill on a hijacked SEO page (xjzhotel.cn, filed
// under "职业规划"): a breadcrumb "当前位置:首页 > 职业规划 > <title>" whose last crumb is the only place the title shows, a
// "时间:2023-05-18 23:00:13" line, eighteen blank lines, then three duty items of the drill plan numbered "3、"/"4、"/"5、"
// (their 1、/2、 are not on the page), six blank lines, and the speech in a machine English translation ("Teachers and fellow
// students: Good morning, everyone!" …) cut mid-word ("educ"); a student's 演讲稿 for 防灾减灾日 on a small site
// (ydjwy.net, "content.php?id="): the whole capture is one line, paragraphs separated by single spaces, no title and no site
// noise, opening with the salutation "老师们、同学们: 大家早上好!", dates and death tolls, a question "为什么会有这样的奇迹?"
// followed by an inline "首先是学校领导…" cut mid-sentence ("桑枣"); a student-union chair's 国旗下讲话 on a school site
// (jsdhgz.com): header badges "国家级示范高中" / "江苏省四星级高中", "学校微信", a line holding "  |  ", the breadcrumb
// "当前位置:德育活动 > 旗下讲话", the headline "国旗下讲话《防震减灾,居安思危》", a meta line whose source field leaks a
// template placeholder ("来源:[db:出处]") and whose view count is empty, an image file name "024.jpg" twice, the speaker's
// byline "校学生会主席、高二(9)班   <name>" with a run of spaces, the salutation glued to the first paragraph (indented
// with one space), the theme "防震减灾,居安思危" on its own line completing "…主题是——", a mismatched quote ”防灾减灾日”,
// and block "1. 运动安全。"/"2. 交通安全。" points, cut mid-sentence ("文明")) and three written look-alikes (a WeChat
// mirror (jintiankansha.me) of a district 国动办 account's report on a 防空警报试鸣 work meeting: a column card "专栏名称: …"
// with its blurb, a "今天看啥 › 专栏 › …" crumb, the headline, an "· 公众号 · · date" line, the mirror's machine summary
// ("主要观点总结", "关键观点总结", "关键观点1: …" to "关键观点3: …"), "文章预览" and the report's lead in the third person, cut
// mid-sentence; a web-novel chapter (moulded.org) after an earthquake: "第172章 夷为平地 (第1/1页)", "加入书签", narrative,
// then a county head's quoted address to a meeting ("“大家坐在这里,心里慌不慌?”", "我们的工作一是要…,二是…") — a novel,
// not a speech; a county paper's page (qidongnews.com) printing a signed piece by the city's 人防办主任: the byline
// "市政府副秘书长、人防办主任 <name>" with a space inside the name, no headline in the capture, then four paragraphs opening
// "要高点定位发展。"/"要善于创新发展。"/"要攻克难点发展。"/"要作风保障发展。" — a written article (no address to an audience),
// not a speech).
// Judgement calls: 07's title is "" — the page shows the speech's name only as the last crumb of the breadcrumb, and no title
// is taken from a breadcrumb (real-text conventions); the page is still a speech page (the crumb names a 讲话稿 and the body
// addresses "Teachers and fellow students" in the first person), so the drill-duty items and the English text are its body.
// "3、"/"4、"/"5、" open paragraphs but continue no run that started at 1 (the page begins at 3、), so by outline-rules.md they
// are no markers and the outline is empty. 08: the inline "首先是" has no comma (not in the rule table), follows a question
// mark and has no 其次 inside the capture → one optional level-1 item, marker "首先", text "是…" to the cut (26 characters).
// 09: the headline is the title (the genre label and the speech's name in 《》, as printed); the byline with its position
// stays as the speech's own line (as round 6 case 03); the line "防震减灾,居安思危" finishes the sentence "…主题是——" and
// stays in the body; "[db:出处]" is a leaked template field and goes with its meta line (listed alone as well); the two
// "024.jpg" lines are image file names (as round 6 case 01); "1."/"2." are required block headings at level 1, their text the
// first sentence ("运动安全", "交通安全"). 10–12 are written, not speeches; 11's title is the chapter heading without the
// pager "(第1/1页)"; 12 shows no headline, so its title is "". Living people's names that are not public figures (the
// speakers, officials of the district and the city, the student) were replaced by fictional ones; the prose was rewritten
// (07's English in the same machine-translated register).
// Looked for and not found on a new host: a 人民防空 工作会议 讲话 with 一、 headings (zhangdahai, gongwen.com.cn, yunko,
// m.xuexila, 6dgww, zgxlcd and the 南昌县 page without an address are used or unusable); a 防震减灾 工作会议 讲话 (wmjy, wm114,
// wendang.net, m.wnwk, 31ppt, xiexiebang, gwxzb, bookm, cigem are used); a 防灾减灾日 致辞 or 主持词 (only 演讲稿 collections on
// used hosts: bestzhufu, yyfangchan, fanwen.aixue, cnleizhuo, renkabotcomics, m.91mayou); an 应急演练 动员讲话 with numbered
// points other than 09 (m.wenke99, 360docs, meidekan, fhfwb, m.liu27, renrendoc, max.book118 are used); a 预案 on an unused
// host (2862.com.cn, bdocx, tmdps are used). So this part holds three speeches, and only 09 carries two numbered points.
// Template twins set aside: www.ystsx.com (the school CMS of the used hzdg.net and pksx.njnaedu.cn: "/dytd/<col>/content_N"
// addresses and the "来源: 发布时间:… 浏览次数: 【字体:" line; also hlzhjy.net and 61.175.241.68 on the same CMS);
// www.dilijx.cn (the "title / 时间: 作者:<pen name> title / 小编 promo" head with "(汇总19篇)", as the used bookm.cn and hgxm.cn);
// www.houzhang.com (fhfwb's "来源:范文网 3.22W" line, the title repeated after the salutation and "热门标签"); m.thefilledlantern.com
// (a traditional mirror of the ruiwen family: "下面是小编为大家收集的…僅供參考,歡迎大家閱讀" and "…演講稿 1" headings). Also
// left: www.gz85.com (a 九一八 演讲稿 collection whose "发布时间: 2023.08.09" / "精选(9篇)。" / "为您搜集了…" head looks like the farm
// of the used jt56w.com, and off the theme), m.ycyongheng.com (a traditional news report whose page is shorter than 610
// characters), wodeyuanxiao.com (an English translation of a ministry speech).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XJ_CRUMB = '当前位置:首页 > 职业规划 > 学校地震疏散演练前动员讲话稿';
const XJ_TIME = '时间:2023-05-18 23:00:13';

const DH_BADGE1 = '国家级示范高中';
const DH_BADGE2 = '江苏省四星级高中';
const DH_WECHAT = '学校微信';
const DH_BAR = '|';
const DH_CRUMB = '当前位置:德育活动 > 旗下讲话';
const DH_TITLE = '国旗下讲话《防震减灾,居安思危》';
const DH_META = '发布日期:2016-05-13 来源:[db:出处] 浏览次数:';
const DH_IMG = '024.jpg';

export const specs = {
  '07-jianghua-xjzhotel-dizhen-shusan-dongyuan-crumb-only-title-orphan-3-4-5-english-body': {
    source: 'http://www.xjzhotel.cn/gzzpzx/gzzygh/cd0b85ba4dea2184260476b1afb9336f.html',
    kind: 'speech: 动员讲话稿 (a school\'s mobilisation talk before an earthquake evacuation drill; hijacked SEO page, body partly in machine English)',
    tests: 'a breadcrumb "当前位置:首页 > 职业规划 > 学校地震疏散演练前动员讲话稿" (an unrelated column; its last crumb is the only place the title shows); a "时间:2023-05-18 23:00:13" line; eighteen blank lines; three duty items of the drill plan opening "3、 "/"4、 "/"5、 " with no 1、/2、 on the page (no run, so no markers); six blank lines; the speech in machine English ("Teachers and fellow students: Good morning, everyone!", "\"5.12\"" and a quotation in straight quotes); cut mid-word ("educ")',
    isSpeech: true,
    title: '',
    noise: [XJ_CRUMB, XJ_TIME],
    dropLines: [XJ_CRUMB, XJ_TIME],
    outline: [],
  },
  '08-yanjiang-ydjwy-jianzai-fangzai-oneline-salutation-first-no-title': {
    source: 'http://ydjwy.net/content.php?id=692',
    kind: 'speech: 演讲稿 (a student\'s talk for 防灾减灾日; small site, one line)',
    tests: 'no title and no site noise: the whole capture is one line whose paragraphs are separated by single spaces, opening with the salutation "老师们、同学们: 大家早上好!" and "今天我演讲的主题是:减灾防灾从我做起!"; dates, magnitudes and death tolls ("1989年", "7.6级", "439人"); a question "为什么会有这样的奇迹?" followed by an inline "首先是…" without a comma and no 其次 in the capture (optional); cut mid-sentence ("桑枣")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先', text: '是学校领导有高度的责任心,一直把安全工作抓在手上,桑枣', optional: true },
    ],
  },
  '09-jianghua-jsdhgz-guoqixia-fangzhen-school-chrome-jpg-db-placeholder-byline-1-2': {
    source: 'http://www.jsdhgz.com/gb2312/deyuchanglang/qixiajianghua/20200709/361.html',
    kind: 'speech: 国旗下讲话 (a student-union chair on 防震减灾 at the Monday flag ceremony; school site)',
    tests: 'school-site chrome: badges "国家级示范高中" / "江苏省四星级高中", "学校微信", a line holding "  |  ", the breadcrumb "当前位置:德育活动 > 旗下讲话"; the headline "国旗下讲话《防震减灾,居安思危》" as the title; a meta line with a leaked template field and an empty count ("发布日期:2016-05-13 来源:[db:出处] 浏览次数:"); an image file name "024.jpg" twice; the speaker\'s byline "校学生会主席、高二(9)班   顾以宁" with a run of spaces; the salutation glued to the first paragraph, indented with one space, ending "…主题是——"; the theme "防震减灾,居安思危" on its own line (body); a mismatched quote ”防灾减灾日”; block "1. 运动安全。"/"2. 交通安全。" points (level 1); cut mid-sentence ("文明")',
    isSpeech: true,
    title: DH_TITLE,
    noise: [DH_BADGE1, DH_BADGE2, DH_WECHAT, DH_BAR, DH_CRUMB, DH_META, '[db:出处]', DH_IMG],
    dropLines: [DH_BADGE1, DH_BADGE2, DH_WECHAT, DH_BAR, DH_CRUMB, DH_TITLE, DH_META, DH_IMG],
    outline: [
      { level: 1, marker: '1.', text: '运动安全' },
      { level: 1, marker: '2.', text: '交通安全' },
    ],
  },
  '10-news-jintiankansha-songjiang-jingbao-shiming-bushuhui-wechat-summary-not-speech': {
    source: 'http://jintiankansha.me/t/KGEXhPqBfp',
    kind: 'non-speech: news report (a district 国动办\'s report on its 防空警报试鸣 work meeting, on a WeChat mirror with a machine summary)',
    tests: 'a column card "专栏名称: 九城市人防" with its blurb; a "今天看啥  ›  专栏  ›  九城市人防" crumb; the headline "松江国动丨…部署会"; a "九城市人防  · 公众号  ·  · 2024-09-05 14:59" line; the mirror\'s machine summary ("主要观点总结", "关键观点总结", "关键观点1: …" to "关键观点3: …", one naming "三点工作意见"); "文章预览" and the report\'s third-person lead (the meeting chaired by the office head, a deputy "围绕方案…") — a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '松江国动丨松江区召开2024年防空警报试鸣工作部署会',
    noise: [],
    outline: [],
  },
  '11-novel-moulded-dizhen-xianzhang-huiyi-chapter-bookmark-yishi-after-comma-not-speech': {
    source: 'https://moulded.org/shu/32229/36523.html',
    kind: 'non-speech: novel (a web-novel chapter after an earthquake in which a county head addresses a meeting)',
    tests: 'the chapter heading with a pager "第172章 夷为平地 (第1/1页)"; "加入书签"; blank lines between paragraphs; narrative of the narrator\'s night and the meeting room; the county head\'s quoted words to a hundred cadres ("“大家坐在这里,心里慌不慌?”", "今天的会议是一个标志性的会", "我们的工作一是要…,二是…" after a comma, "……。", rhetorical questions) — a novel, not a speech; cut mid-sentence ("也是")',
    isSpeech: false,
    title: '第172章 夷为平地',
    noise: [],
    outline: [],
  },
  '12-article-qidongnews-renfang-zhuren-byline-yao-fazhan-signed-not-speech': {
    source: 'http://www.qidongnews.com/content?father_key=5a72a2838f933f30028b4623&key=5a74151f46a220c00d00aaac',
    kind: 'non-speech: signed article (a city 人防办主任\'s piece on developing civil air defence, in a county paper)',
    tests: 'no headline in the capture; a byline with positions and a spaced name ("市政府副秘书长、人防办主任 葛 建") like a speaker\'s byline; an opening paragraph; four paragraphs opening "要高点定位发展。"/"要善于创新发展。"/"要攻克难点发展。"/"要作风保障发展。" (no numbers), quoted slogans, "我们" throughout but no address to an audience — a written article, not a speech; cut mid-sentence ("做立党为公、")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
