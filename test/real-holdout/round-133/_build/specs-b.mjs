// Gold specs for holdout round 133, part B (cases 07–12): debate tournaments (辩论赛 — openings, finals, award
// ceremonies, debate teams, and their look-alikes).
// Two spoken pieces (a school head's 开幕词 at a 演讲友谊赛 held with a Hong Kong girls' school, on the school's own site
// (asjnu.com): the news headline "…“庆祝香港特别行政区成立二十五周年庆典活动(三)——演讲友谊赛”:<name>总校长致开幕词" with
// "发表时间:2022-06-23 09:58 ![]() ![]() ![]()" glued after it (a date and three empty Markdown image marks), then one line
// holding a video link "点击回顾精彩片段Click to View", a short repeat of the title, the salutation, the whole speech with
// its paragraphs separated by single spaces, another "![]()" and the English translation, cut mid-word ("man"); a debate
// team's 得獎感言 on a Hong Kong school's news page (stmarks.edu.hk, traditional script): the school's lead "本校中文辯論隊
// 於上年度奪得…冠軍,師生同感鼓舞。以下是中文辯論隊同學的得獎感言:" and three paragraphs of thanks in the first person plural,
// the whole page (333 characters: the store holds no more)) and four written look-alikes (a school's report of its
// 弘毅杯辩论赛 开幕式 on a university CMS page whose name was replaced by a casino brand (plentystarranch.com: a column
// label "分团委", a breadcrumb "您所在的位置: 首页 > … > 正文", the headline "部门活动||社联·学习部·弘毅杯辩论赛开幕式圆满落幕",
// "发布时间:2018-10-29阅读数:" with an empty count, a couplet, lines of a lone space, "bat365中文官方网站" glued twice into
// the text, "20181028日" with 年/月 lost, the chair's 致辞 and a minister's 发言 told in the third person); a Malaysian
// school's report of a 辩论表演赛 (hchs.edu.my: headline, "323日" with 月 lost, quoted motions with spaces around the quotes,
// the principal's remarks reported as "…表示,…", "她指出,…", "她提出,…" — a report, not a speech; cut mid-sentence); a
// college's report of a city 检察官律师论辩赛 (wfxy.zjxu.edu.cn: no headline in the capture, officials "出席并讲话", the
// chief procurator's words reported "…表示,…。希望…" in the third person, cut mid-sentence); a college's report of a
// 辩论赛 final and its prize-giving (chuanbo.cdysxy.com: two blank lines first, no headline, the dean and the party
// secretary who "发表讲话" reported, a closing call "希望每位同学都能…!" and the credit lines "…(文)", "周 芸(编)" with a
// space inside the name, "宣传部(图)"; 327 characters, the store holds no more)).
// Judgement calls: 07's title is the headline (the page's title for the 开幕词, as with the press pages that print a 致辞全文);
// the glued "发表时间:… ![]() ![]() ![]()" run, the video link "点击回顾精彩片段Click to View" and the lone "![]()" before the
// English text are noise; the short repeat "<name>总校长致开幕词" before the salutation is cut as a repeat of the title (not
// listed: it is part of the title); the rest of the line — salutation, speech, English translation — stays one paragraph (no
// break invented at the spaces). 08 is a speech (an acceptance remark, 得獎感言, in the first person, thanking those who came
// to the final — the house counts 获奖感言 as a speech kind); the school's lead that announces it is noise, as an
// "以下是…致辞全文:" lead is; the page has no title line of the remark, so the title is "". Neither speech has a numbered
// point (08's "每一次晉級,每一次上場" is prose). 09's title drops the column label "部门活动||". 11 and 12 have no headline in
// the capture, so their titles are "". Names of living people who are not public figures (the school heads, students,
// officials, reporters and the law firm) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 辩论赛 开幕式 致辞 or 闭幕/颁奖 讲话 with numbered points (the store's debate
// speeches stand on refanwen, zuancaijixie (its traditional mirror with "(fā)" runs) and the ruiwen family without an
// address; the HK government's 星岛 全港校际辩论比赛 致辞全文 stands on info.gov.hk and its simplified mirror sc.isd.gov.hk,
// both used); a 辩论赛 决赛 主持词 (xiexiebang is used; the 文库 copy has no address; abg.baidu.com's tag pages hold only a
// title and baidu.com is used); a 辩论队 成立 讲话 (none; wenshuyi's 辩论队成立申请书 is used); a 辩论赛 规则 page (only
// baidu tag titles and china-audit.com's "辩论赛流程 第4页", which the store holds as its title alone). So only two speeches,
// with no numbered point between them, and four reports; the theme's pages are almost all news reports.
// Template twins set aside: tiaonei.com (a 辩论赛主持词范文十篇 collection with "天天范文", "主持词1.18W" and "… 篇1" — set
// aside in round 127 as bimobang/syfww's template); dsxsw.org (a novel chapter in which the new captain gives a prize-giving
// 致辞 in quotes — the "第三中文网" template of the used zhenhaomai.com); jtlyt.com and oohito.net were not taken (more
// reports of the same kind); hinhuapark.blogspot.com (a report of a 宿舍辩论比赛) was not taken because blogspot.com matches
// used hosts by the base-domain grep.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AS_TITLE = '广州暨大港澳子弟学校“庆祝香港特别行政区成立二十五周年庆典活动(三)——演讲友谊赛”:赵启航总校长致开幕词';
const AS_META = '发表时间:2022-06-23 09:58 ![]() ![]() ![]()';
const AS_CLICK = '点击回顾精彩片段Click to View';
const AS_IMG = '![]()';

const SM_LEAD = '本校中文辯論隊於上年度奪得不賭思議III 中學組別辯論比賽冠軍,師生同感鼓舞。以下是中文辯論隊同學的得獎感言:';

export const specs = {
  '07-kaimuci-asjnu-yanjiang-youyisai-headline-meta-imgmarks-oneline-bilingual': {
    source: 'http://www.asjnu.com/nd.jsp?id=192',
    kind: 'speech: 开幕词 (a school head opening a 演讲友谊赛 with a Hong Kong girls\' school; the school\'s own site)',
    tests: 'a news headline naming the speech ("…——演讲友谊赛”:<name>总校长致开幕词") with "发表时间:2022-06-23 09:58 ![]() ![]() ![]()" glued after it (date and three empty Markdown image marks); then one line: a video link "点击回顾精彩片段Click to View", a short repeat of the title, the salutation "亲爱的老师,同学们:", "大家上午好!", the speech\'s paragraphs separated by single spaces, a quoted policy phrase, "谢谢大家。", a lone "![]()" and the English translation of the speech, cut mid-word ("man"); no numbered points',
    isSpeech: true,
    title: AS_TITLE,
    noise: [AS_META, AS_CLICK, AS_IMG],
    replace: [[AS_META, ''], [AS_CLICK + ' 赵启航总校长致开幕词 ', ''], [' ' + AS_IMG + ' My', ' My']],
    dropLines: [AS_TITLE],
    outline: [],
  },
  '08-fayan-stmarks-big5-bianlundui-dejiang-ganyan-lead-no-title': {
    source: 'https://www.stmarks.edu.hk/web/en/news/view?id=5',
    kind: 'speech: 得獎感言 (a school debate team\'s acceptance remarks after winning a secondary-school final; school news page, traditional script)',
    tests: 'traditional script; the school\'s lead "本校中文辯論隊於上年度奪得不賭思議III 中學組別辯論比賽冠軍,師生同感鼓舞。以下是中文辯論隊同學的得獎感言:" (a Latin numeral and a space inside the contest name); no title line and no salutation; three paragraphs in the first person plural thanking the teachers and schoolmates who came; "每一次晉級,每一次上場" prose, no numbered points; the whole page (333 characters, the store holds no more)',
    isSpeech: true,
    title: '',
    noise: [SM_LEAD],
    dropLines: [SM_LEAD],
    outline: [],
  },
  '09-news-plentystarranch-hongyibei-bianlunsai-kaimushi-casino-crumb-not-speech': {
    source: 'http://plentystarranch.com/info/1203/6091.html',
    kind: 'non-speech: news report (a college\'s 弘毅杯辩论赛 opening ceremony; university CMS page under a casino brand)',
    tests: 'a column label "分团委", a breadcrumb "您所在的位置: 首页 > 联系我们 > 员工动态 > 分团委 > 正文", the headline with a column tag "部门活动||…", "发布时间:2018-10-29阅读数:" with an empty count, a two-line couplet, lines of a lone space; the casino brand "bat365中文官方网站" glued twice into the text; "20181028日" with 年/月 lost; the union chair\'s 致辞, an oath and a minister\'s 发言 all told in the third person — a report, not a speech; the whole page (609 characters)',
    isSpeech: false,
    title: '社联·学习部·弘毅杯辩论赛开幕式圆满落幕',
    noise: [],
    outline: [],
  },
  '10-news-hchs-bianlun-biaoyansai-xiaozhang-biaoshi-not-speech': {
    source: 'https://www.hchs.edu.my/new-event/%E9%9F%A9%E4%B8%AD%E4%B8%8E%E6%97%A5%E6%96%B0%E5%9B%BD%E4%B8%AD%E5%B1%95%E5%BC%80%E8%BE%A9%E8%AE%BA%E8%A1%A8%E6%BC%94%E8%B5%9B/',
    kind: 'non-speech: news report (a Malaysian school\'s friendly debate exhibition with a neighbouring school; school site)',
    tests: 'the headline, a blank line; "323日" with 月 lost; the motion in quotes with spaces around the quotes, twice; the principal\'s remarks reported in the third person ("…表示,…", "她指出,…", "王校长提到,…", "她提到,…", "她相信…") with a list of past awards — a report, not a speech; cut mid-sentence ("她相信经过")',
    isSpeech: false,
    title: '韩中与日新国中展开辩论表演赛',
    noise: [],
    outline: [],
  },
  '11-news-zjxu-jianchaguan-lvshi-lunbiansai-chuxi-jianghua-not-speech': {
    source: 'https://wfxy.zjxu.edu.cn/info/1057/4976.htm',
    kind: 'non-speech: news report (a city\'s third 检察官律师论辩赛, co-hosted by a college; the college\'s site)',
    tests: 'no headline in the capture; a long list of officials who "出席并讲话" / "参加活动"; the chief procurator\'s words reported in the third person ("周立衡表示,…。希望检律双方…"), quoted slogans ("三支队伍", "高质效办好每一个案件", "三个善于"); the match, the review and the winners told as a report — not a speech; cut mid-sentence ("市人民检察院、市司法局")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-cdysxy-bianlunsai-juesai-banjiang-credits-no-headline-not-speech': {
    source: 'http://chuanbo.cdysxy.com/index.php?m=content&c=index&a=show&catid=11&id=913',
    kind: 'non-speech: news report (a college\'s debate final and prize-giving; the school of communication\'s site)',
    tests: 'two blank lines first and no headline; the motion in quotes; the dean and the party secretary who "发表讲话" reported in the third person with "殷切希望同学们…"; a closing exhortation "希望每位同学都能踊跃参加活动,…期待我们下一次的相遇!" (looks like a speech ending); credit lines "何婉清(文)", "周 芸(编)" (a space inside the name), "宣传部(图)" — a report, not a speech; the whole page (327 characters, the store holds no more)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
