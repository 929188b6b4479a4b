// Gold specs for holdout round 129, part B (cases 07–12): vocational skills contests (职业技能大赛, 技能竞赛, 技术比武,
// 工匠 表彰 — openings, award ceremonies, closings, and their look-alikes).
// Two spoken pieces (a 欢迎词 of a coal mine hosting a group's first 职工技能大赛 技术比武 (bdxfans.com): the title as
// printed with its slip "…大赛工比武欢迎词", the salutation "各位领导、同志们:", no other site noise in the capture, a
// backtick glued mid-phrase as an anti-copy mark ("的`一次检阅"), the site's typos "选拨" and the doubled "均创创历史"
// kept, cut mid-sentence ("细致"); a collection page of 技能大赛 讲话稿 (ppfp.cn): the SEO page title
// "<title> <title2>(优秀9篇)" twice, "ID:3947146", a "时间:…" line, "上传者:薇儿 <page title>", a generic "以下是我为大家
// 搜集的优质范文" promo, the piece heading "…领导讲话稿篇一", the salutation, then a synonym-spun opening speech (热闹的庆贺,
// 其次课堂 for 第二课堂 — "其次" inside a word after "、", no marker) with a "." glued mid-phrase ("人才的.有效途径"), cut
// mid-list) and four written look-alikes (a city paper's report of the closing ceremony of the 2nd national 职业技能大赛
// (news.ycwb.com): third person, medal counts, a credits block "文 | 记者 … / 来源 | … / 图片 | … / 责编 | …", no headline
// in the capture, under the 610-character floor because the store holds no more; a traditional-script city union news
// item on a "梧州工匠" award meeting (980634.com) with pinyin leftovers after some characters (優(yōu)秀, 奮戰(zhàn),
// 行業(yè), 總監(jiān)): the chairman "出席頒獎會,并講話", then "…強調,要…,并希望獲獎的同志們,…" — the speech reported in
// the third person, a news report, then the list of the twelve awardees, cut mid-name; the technical rules of the first
// national 技能大赛 (web-jackiee.com, a 竞赛规程-like page): "◆第一条 竞赛项目" … "◆第三条 基本原则" article lines with
// "(一)创新引领原则" … "(五)交流共享原则" heading lines and a "标签: 判定" tag line — a written rulebook, not a speech; a
// web-novel chapter page (shuxiang8.com) with the site's "手机浏览器扫描二维码访问" line, in which an elder leader opens a
// factory's 技能比武大会 with quoted “…” remarks to the workers and the contest begins — a novel, not a speech).
// Judgement calls: 07's title is its own line (the typo stays, as printed); the backtick is cut with its neighbours listed
// as noise; no outline (no numbered points in the capture). 08 is a collection page whose first piece is a speech: the
// title is the piece's own title from its heading without "篇一" (the page title's second half "技能大赛领导讲话稿(优秀9篇)"
// is the site's SEO variant, dropped with the whole line); the page title line (twice), the ID, 时间 and 上传者 lines, the
// promo and the piece heading are noise ("(优秀9篇)" listed again as a shorter part); the spun text is kept as written
// (it is the page's prose); the piece's title says 颁奖典礼 while its text opens a contest — kept as printed. 09–12 are
// written, not speeches: their titles are "" because none of the captures shows the page's headline.
// Living people's names that are not public figures (the reporter, the editor, the city union officials and the twelve
// awardees in 10) and the novel's characters were replaced by fictional ones; companies and the minister stay; the prose
// was rewritten.
// Looked for and not found on a new host: a 技能大赛 开幕式 or 闭幕式 讲话 with numbered points (xiezuofangchengshi,
// wdocx, gwyoo, wenku.docs.qq.com, lovfp, haog, yuwen.net, tui555, mingkanw, shwhmap, qikantianxia, yuwenmi, yxfanwen,
// e.wenmi.ren, wendang9, 31doc, gwxzuo, miekuo and xiexiebang are used; the search also surfaced a "在大赛上的领导讲话稿7篇"
// collection with "一、" headings but no address, so it could not be taken); a 技能竞赛 动员 讲话 with 一、/一是 points
// (qikantianxia and e.wenmi.ren are used); a 工匠 表彰 讲话 (the corpus answers with news of the 大国工匠 大会 on mirrors and
// spam farms and with handmsg's used copy of a national 劳模 speech); a 技能大赛 开幕式 主持词 (the corpus answers with school
// sports-meeting scripts); a traditional-script mirror of a skills speech (bubsandbeans, the only one, is used; the
// traditional pages found are Taiwan news of 技能競賽 openings and a school's news). So no speech in this part carries a
// numbered point, and the part holds two speeches and four look-alikes.
// Template twins set aside: m.haog.cn (lovfp's "您的当前位置:首页正文 / date 来源: / 因篇幅问题不能全部显示" template, and a used
// host); haufida.com and m.zhongyishudian.com (BIG5/news mirrors with a county-name spam footer "主站蜘蛛池模板"); zsif.cn (a
// news mirror under a spam header). ppfp.cn's double SEO title "<a> <b>(优秀9篇)" and its promo come from the same content
// generator as shwhmap's and ozbb's "(通用8篇)" pages, but its furniture differs (no breadcrumb, "ID:" / "时间:" /
// "上传者:<name> <title>" lines instead of "作者:<name> <title>"), so it was kept as a site of its own.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BD_TITLE = '职工技能技术大赛工比武欢迎词';

const PP_PAGE = '技能比赛颁奖典礼领导讲话稿 技能大赛领导讲话稿(优秀9篇)';
const PP_ID = 'ID:3947146';
const PP_TIME = '时间:2023-09-30 07:23:57';
const PP_UP = '上传者:薇儿 技能比赛颁奖典礼领导讲话稿 技能大赛领导讲话稿(优秀9篇)';
const PP_PROMO = '在日常学习、工作或生活中,大家总少不了接触作文或者范文吧,通过文章可以把我们那些零零散散的思想,聚集在一块。那么我们该如何写一篇较为完美的范文呢?以下是我为大家搜集的优质范文,仅供参考,一起来看看吧';
const PP_PIECE = '技能比赛颁奖典礼领导讲话稿篇一';

export const specs = {
  '07-huanyingci-bdxfans-jishu-biwu-backtick-no-noise': {
    source: 'https://bdxfans.com/jianghuazhici/huanyingci/11979.html',
    kind: 'speech: 欢迎词 (a coal mine hosting a group\'s first 职工技能大赛 技术比武)',
    tests: 'the title line as printed with its slip ("职工技能技术大赛工比武欢迎词"), then the salutation "各位领导、同志们:" and the body, with no other site noise in the capture; a backtick glued mid-phrase as an anti-copy mark ("的`一次检阅"); the site\'s typos "选拨" and "均创创历史" kept; quoted slogans; "1-4月份" figures; no numbered points; cut mid-sentence ("细致")',
    isSpeech: true,
    title: BD_TITLE,
    noise: ['的`一次'],
    replace: [['的`一次', '的一次']],
    dropLines: [BD_TITLE],
    outline: [],
  },
  '08-jianghua-ppfp-jineng-banjiang-id-uploader-pianyi-dot': {
    source: 'https://www.ppfp.cn/content/3947146.html',
    kind: 'speech: 讲话稿 (a leader opening a college\'s student skills contest; collection page)',
    tests: 'the SEO page title "技能比赛颁奖典礼领导讲话稿 技能大赛领导讲话稿(优秀9篇)" twice with blank lines; "ID:3947146" and "时间:2023-09-30 07:23:57" lines; "上传者:薇儿 <page title>"; a generic "…以下是我为大家搜集的优质范文,仅供参考,一起来看看吧" promo; the piece heading "技能比赛颁奖典礼领导讲话稿篇一" carrying the title; the salutation; synonym-spun prose ("其次课堂" inside a list after "、", not a marker; "特殊是近两年"); a "." glued mid-phrase ("人才的.有效途径"); x placeholders ("x月", "第x届"); no numbered points; cut mid-list ("钳工、")',
    isSpeech: true,
    title: '技能比赛颁奖典礼领导讲话稿',
    noise: [PP_PAGE, PP_ID, PP_TIME, PP_UP, PP_PROMO, PP_PIECE, '(优秀9篇)', '的.有效'],
    replace: [['的.有效', '的有效']],
    dropLines: [PP_PAGE, PP_ID, PP_TIME, PP_UP, PP_PROMO, PP_PIECE],
    outline: [],
  },
  '09-news-ycwb-quanguo-jineng-dasai-bimushi-credits-not-speech': {
    source: 'https://news.ycwb.com/2023-09/19/content_52215985.htm',
    kind: 'non-speech: news report (a city paper on the closing ceremony of the 2nd national 职业技能大赛)',
    tests: 'no headline in the capture; the ceremony, the minister declaring it closed, the medal counts and the audience told in the third person; a credits block "文 | 记者 … 通讯员 …", "来源 | 羊城晚报•羊城派", "图片 | 通讯员供图", "责编 | …" — a news report, not a speech; under the 610-character floor (the store holds no more)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-980634-big5-wuzhou-gongjiang-banjianghui-pinyin-not-speech': {
    source: 'http://www.980634.com/news/ghyw/2020-12-22/2051.html',
    kind: 'non-speech: news report (traditional script; a city union\'s award meeting for "梧州工匠")',
    tests: 'traditional script with pinyin leftovers after some characters (優(yōu)秀, 奮戰(zhàn), 行業(yè), 總監(jiān), 鎮(zhèn), 爭創(chuàng)); no headline in the capture; the union chairman "出席頒獎會,并講話", then his words reported ("代表市總工會向…表示熱烈的祝賀", "強調,要…,并希望獲獎的同志們,…") — a report in the third person, not a speech; the list of awardees after "他們分別是:"; cut mid-name',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-guicheng-webjackiee-jineng-dasai-jishu-guize-diyitiao-not-speech': {
    source: 'https://web-jackiee.com/html/13D3bB417e9bAB89.html',
    kind: 'non-speech: 竞赛技术规则 (the first national 技能大赛\'s rules: projects, organisation, principles)',
    tests: 'article lines "◆第一条 竞赛项目", "◆第二条 组织形式", "◆第三条 基本原则" with a "◆" bullet; "(一)创新引领原则" … "(五)交流共享原则" heading lines each followed by a paragraph; no headline and no salutation; a "标签: 判定" tag line at the end — a written rulebook, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-novel-shuxiang8-jineng-biwu-dahui-quoted-speech-not-speech': {
    source: 'https://shuxiang8.com/books/1947953/56148566_3.html',
    kind: 'non-speech: novel (page 3 of a web-novel chapter: an elder leader opens a factory\'s 技能比武大会)',
    tests: 'the site\'s "手机浏览器扫描二维码访问" line; quoted remarks to the workers (“听说,这回机械厂要搞技能比武大会…”, “所以,…互相学习,互相提高!”) between narration; slogan lines ("工人强,则工业强!"); an onomatopoeia line "啪啪啪"; the site\'s typo "抵判组组长"; the contest begins — a novel, not a speech; no headline in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
