// Gold specs for holdout round 214, part C (cases 13–18): teachers' and pupils' speeches on school sites (开学典礼 学生代表
// 发言, 国旗下演讲, 毕业季讲话, a teacher-training lecture on 主题班会 — and two look-alikes: a school news report of a 期中考试
// 表彰大会 with a 学生代表 发言, and a campus novel's 开学典礼 chapter with a 学生代表讲话).
// Four spoken pieces (a junior-high pupil's 开学典礼 学生代表 发言 on a composition/范文 site (wap.telnote.cn, "/zuowen/<n>/<id>.htm"):
// the title "开学第一课学生代表发言稿范文" (site word 范文 kept) as the only page line above the talk, the salutation, "大家上午好!",
// a self-introduction line "我是初三9班的谭书阳。", ASCII double quotes round a greeting and round two honour titles, a "; "
// before the last clause, cut mid-sentence ("在课堂上,我"); a flag-squad member's 国旗下演讲 at the squad's hand-over, on a
// secondary school's own site (hdfz.cn, 湖北大学附属中学, a 动易-type CMS, "/Article/ShowArticle.asp?ArticleID=<id>"): the site's
// nav bar "| 网站首页 | 附中资讯 | 信息技术 | 英语听力 | " (trailing space), a crumb "您现在的位置: 湖北大学附属中学 >> … >> 国旗下演讲
// >> 正文", the headline "感谢国旗 感谢记忆——国旗班交接仪式演讲" (two phrases set apart by a space, then the genre after a dash),
// the speech's own date-and-speaker line in ASCII brackets "(10月8日,演讲人:2012级国旗班成员 邹闻川)", a CMS meta line
// "作者:学工处    文章来源:学工处    点击数:11558    更新时间:2013/10/9 11:56:30", a blank line, the salutation "老师们、同学们:",
// paragraphs indented by four spaces between blank lines, the speaker naming himself again in the first paragraph, a run of five
// full stops "的坚持。。。。。我们" left by the site, cut mid-word ("你们那整"); a graduation-season 讲话 to a senior class on a
// traditional-script converter copy (www.lcyhgg.cn, "/yanjianggao/<id>.html"): the title "2023畢業季講話" and nothing else of the
// page, no salutation (the talk opens "三年前,我在“奔競”石旁迎來…的你"), "??" where the source had an ellipsis ("一回回磨練??三年來"),
// a long paragraph of "你有你的…,我有我的…" contrasts naming teachers by nickname and pupils by name in lists, the school
// magazine in 《》, cut mid-sentence ("遇見"); an education expert's lecture to teachers on designing 主题教育(班会) lessons, on a
// teacher-training organiser's site (www.qkwr.net, 千课万人, "/index/news/show.html?id=<id>"): a bulleted headline with the
// speaker's name before a colon "• 钟慕年:主题教育(班会)的设计与实施", an indented bulleted meta line "• 作者:千课万人  发表时间:
// 2016-07-14", the talk's own title again under a bullet "• 主题教育(班会)的设计与实施", paragraphs indented by four spaces, the
// transcript opening "大家下午好,非常高兴能和各位一起来聊聊…", a lone inline "最后," after "另外,", cut mid-word ("最基本的功"))
// and two written look-alikes (a school news item on a traditional-script converter page with pinyin after a fixed set of
// characters (383404.com, "/Print.aspx?id=<id>"): no headline in the capture, a third-person lead, block paragraphs
// "首先,由…作為學生代表做學習心得發(fā)言。" / "接下來," / "接著," / "最后," that report the speakers in turn ("他強調(diào),…",
// "他要求…"), a mis-encoded run at the cut ("這些獲獎?wù)邆冇盟麄兊呐秃顾疄槿w同學樹立了") — a news report, not a speech; a
// campus novel's chapter "开学典礼" on a novel site (www.tcwxx.cc, "/chapter/<book>/<id>"): dialogue in "名字:…" lines, the
// headmaster's agenda lines "校长:第四项,学生代表讲话。", and the pupil's speech in lines where his name is glued to his words
// without a colon ("朱传光同学们早上好,我很高兴作为学生代表上来发言。", "朱传光我的发言完毕,谢谢大家。"), classmates' asides
// between them, the site's typo "操扬", cut mid-sentence ("他不应该笑") — a novel, not a speech).
// Judgement calls: 13's title is the page's only title line, "范文" included (shared real-text README: site-flavoured words
// such as 范文 are kept; as round 184 case 16 kept "优秀"); there is no other page noise, so `noise` is empty (as round 184
// case 02); "我是初三9班的谭书阳。" is the pupil introducing herself to the audience, a line of the talk, and stays (as round
// 184 case 03 kept the pupil's self-introduction); the ASCII quotes are the page's and stay. 14's title is the headline as
// printed, its dash and genre included ("——国旗班交接仪式演讲" on the headline's own line is part of the name, unlike a
// subtitle on a line of its own, which the shared README makes a body paragraph); the bracketed "(10月8日,演讲人:2012级国旗班成员
// 邹闻川)" is the speech's own date line and speaker byline with his role and stays as the first body paragraph (shared
// real-text README: "主讲人:…书记…", "(2023年1月20日)" are kept; as round 113 case 03 kept "2020年4月7日国旗下讲话" and
// "校长 韩立诚"); the nav bar, crumb and CMS meta line are the page's and are noise (as round 17 case 08's school-site bars and
// author/editor/clicks line); "。。。。。" is the site's run of full stops and stays in the body (as shared case 90 kept "„„").
// 15 is a speech: its title names 講話 and the text speaks to the graduates in the first and second person ("我在…迎來…的你");
// the page shows no salutation, so none is invented; "??" is a mis-encoded ellipsis and stays (shared real-text README:
// mis-encoded runs that cannot be repaired stay; as round 184 case 03 kept the site's typos); the lists of pupils' names are
// part of the talk. 16 is a speech: a lecture transcript spoken to an audience, opening with a greeting and speaking in the
// first person ("大家下午好,非常高兴能和各位…", "我把主题教育课看作…", "我常常到学校里看到…"), as round 184 case 07's 演讲实录
// was one; the title is the talk's own title line under the bullet, "主题教育(班会)的设计与实施" — the bulleted headline above it
// is the site's list entry with the speaker's name prefixed and is noise whole (like round 184 case 01's second headline, a
// repeat of the title with page furniture round it); the bulleted title line is dropped as the title (its bullet too short to
// list, as round 184 case 04 dropped its split label lines unlisted); "最后," after "另外," is a lone sequence word with no
// 首先/其次 run before it → no item (as round 2 case 05's lone "最后,"). 17 is a written report, not a speech, though a 学生代表
// "做學習心得發(fā)言" and its paragraphs open 首先,/接下來,/接著,/最后, (as round 184 case 06, "首先致開幕詞"). 18 is a novel,
// though its chapter holds a 学生代表讲话 with "同学们早上好" and "我的发言完毕,谢谢大家" (as shared case 09 and round 184's
// novel look-alikes). Names of private people (the pupils of 13, 14, 15 and 17, the lecturer of 16, the teachers and officers
// of 17) were replaced by fictional ones; the novel's characters keep their names; the prose was rewritten.
// Looked for and not found on a new host: a 班主任 经验交流 发言 with 一、/一是/第一, points (tmdps.cn, m.wenke99.com, xiaomilidoc.com,
// bibiwenku.com are used; the new hosts hold only school news of such meetings: 8.134.116.66:6060 (a twin, below),
// news.shaoyangnews.net (named by round 209), pleasurethai.com (used)); a 家长会 班主任/任课教师 发言 with numbered points on a new
// host (wjfww.com, m.beiweimall.com, wenrenren.com, m.010zaixian.com, mchqing.com, liuxuequn.com, msguai.com, gz-shine.com,
// crossfitfinalpush.com, m.deliwenku.com are used or named; isabc.net's 家长会 chapter is round 51's twin of 4qo.net; biqushuge.net's
// novel chapter was not needed); a 教师代表 发言 at a 开学典礼/毕业典礼/教师节 with 第一,/一要 (m.777doc.com, lawyer-ym.com,
// 51vvv.com, bxzi.com, m.1-jiu.com, guowenban.com, cnrencai.com, xuekejiayuan.com, 9000bbs.cn, allw.cn, meiwenyun.com,
// xindetihuiya.com, 555357.cc, 365docx.com are used or named; novely.vip's is an English machine translation); a Taiwanese
// school's 畢業典禮 教師代表 致詞 (epaper.wfu.edu.tw, hatcher-lin.blogspot.com, chenchenghsiu.blogspot.com are used;
// sec2020.ntcu.edu.tw and 886.news are reports). Found on new hosts but not taken (the part's look-alikes went to a report and a
// novel of the theme): school news of 誓师大会 (cszhzjs.com, hnsdfzsygjxx.com), a generic 开学典礼 story (suyamarketing.com), a
// video aggregator's snippets on graduation speeches (t.dianjilingqu.com), novel chapters with a 国旗下讲话 (57bendi.com,
// booksky.info, fengyunla.com, www.qusw.cc), a counsellor's 军训 diary on tmgc.cxxy.seu.edu.cn (seu.edu.cn only left by round 205).
// Template twins considered: twin.mjs found no shared noise line on the six pages. 8.134.116.66:6060 serves the used
// hanbin.gov.cn's "/Content-<id>.html" items (汉滨区 school news, same path and content), so it was left. caihuajun.com and
// qinglvcn.com were set aside as twins by rounds 126 and 79; bbs.xbkfb.com is of round 51's jxfw farm. hdfz.cn runs a 动易-type CMS
// ("/Article/ShowArticle.asp?ArticleID=", "作者:… 文章来源:… 点击数:… 更新时间:…") that many unrelated used school and office sites
// run too (mswk.cn, jhwsw, hnjszj, gdcyl, fzwbzx); its own nav bar, crumb and values are shared with none of them, so it is a
// fresh site. 383404.com was named by round 173 only as a traditional news page left unused, so it was taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TN_TITLE = '开学第一课学生代表发言稿范文';

const HD_BAR = '| 网站首页 | 附中资讯 | 信息技术 | 英语听力 |';
const HD_CRUMB = '您现在的位置: 湖北大学附属中学 >> 附中资讯 >> 德育经纬 >> 国旗下演讲 >> 正文';
const HD_TITLE = '感谢国旗 感谢记忆——国旗班交接仪式演讲';
const HD_META = '作者:学工处    文章来源:学工处    点击数:11558    更新时间:2013/10/9 11:56:30';

const LC_TITLE = '2023畢業季講話';

const QK_HEAD = '• 钟慕年:主题教育(班会)的设计与实施';
const QK_META = '• 作者:千课万人  发表时间:2016-07-14';
const QK_TITLE = '主题教育(班会)的设计与实施';

export const specs = {
  '13-fayan-telnote-kaixue-xuesheng-daibiao-fanwen-title-self-intro-line-ascii-quotes': {
    source: 'https://wap.telnote.cn/zuowen/138/137722.htm',
    kind: 'speech: 发言稿 (a junior-high pupil\'s 开学典礼 学生代表 发言; composition/范文 site)',
    tests: 'the title "开学第一课学生代表发言稿范文" (范文 kept) as the only page line; no other page noise; the salutation and "大家上午好!"; a self-introduction line "我是初三9班的谭书阳。" (a line of the talk, kept); ASCII double quotes round a greeting and two honour titles; "; " before the last clause; cut mid-sentence ("在课堂上,我")',
    isSpeech: true,
    title: TN_TITLE,
    noise: [],
    dropLines: [TN_TITLE],
    outline: [],
  },
  '14-yanjiang-hdfz-guoqiban-jiaojie-school-navbar-crumb-dash-subtitle-byline-meta': {
    source: 'http://hdfz.cn/Article/ShowArticle.asp?ArticleID=1529',
    kind: 'speech: 演讲 (a flag-squad member\'s 国旗下演讲 at the squad\'s hand-over; secondary school\'s own site)',
    tests: 'a school nav bar "| 网站首页 | … | 英语听力 | " with a trailing space; a crumb "您现在的位置: 湖北大学附属中学 >> … >> 国旗下演讲 >> 正文"; the headline "感谢国旗 感谢记忆——国旗班交接仪式演讲" (dash and genre on the headline\'s line: part of the title); the speech\'s own date-and-speaker line "(10月8日,演讲人:2012级国旗班成员 邹闻川)" (kept as the first body paragraph); a CMS meta line "作者:学工处    文章来源:学工处    点击数:11558    更新时间:…"; the salutation "老师们、同学们:" after a blank line; paragraphs indented by four spaces between blank lines; a run of five full stops left by the site ("的坚持。。。。。我们", kept); cut mid-word ("你们那整")',
    isSpeech: true,
    title: HD_TITLE,
    noise: [HD_BAR, HD_CRUMB, HD_META],
    dropLines: [HD_BAR, HD_CRUMB, HD_TITLE, HD_META],
    outline: [],
  },
  '15-jianghua-lcyhgg-big5-biyeji-no-salutation-qmark-mojibake-name-lists': {
    source: 'http://www.lcyhgg.cn/yanjianggao/239975.html',
    kind: 'speech: 讲话 (a graduation-season talk to a senior class; traditional-script converter copy)',
    tests: 'traditional script; the title "2023畢業季講話" and no other page line; no salutation (the talk opens "三年前,我在“奔競”石旁迎來…的你"); "??" left where the source had an ellipsis ("一回回磨練??三年來", kept); a long paragraph of "你有你的…,我有我的…" contrasts with teachers\' nicknames and lists of pupils\' names; the school magazine in 《》; cut mid-sentence ("遇見")',
    isSpeech: true,
    title: LC_TITLE,
    noise: [],
    dropLines: [LC_TITLE],
    outline: [],
  },
  '16-jiangzuo-qkwr-zhuti-jiaoyu-banhui-bullet-headline-speaker-meta-title-twice': {
    source: 'http://www.qkwr.net/index/news/show.html?id=454',
    kind: 'speech: 讲座 (an education expert\'s lecture to teachers on designing 主题班会 lessons, as transcribed; teacher-training organiser\'s site)',
    tests: 'a bulleted headline with the speaker\'s name before a colon "• 钟慕年:主题教育(班会)的设计与实施" (noise); an indented bulleted meta line "• 作者:千课万人  发表时间:2016-07-14"; the talk\'s own title again under a bullet (the title; the bullet dropped unlisted); no genre word anywhere: a transcript opening "大家下午好,非常高兴能和各位一起来聊聊…" and speaking in the first person; paragraphs indented by four spaces between blank lines; a lone inline "最后," after "另外," (no run: no item); cut mid-word ("最基本的功")',
    isSpeech: true,
    title: QK_TITLE,
    noise: [QK_HEAD, QK_META],
    dropLines: [QK_HEAD, QK_META, '• ' + QK_TITLE],
    outline: [],
  },
  '17-news-383404-big5-pinyin-qizhong-biaozhang-xuesheng-daibiao-fayan-not-speech': {
    source: 'http://383404.com/Print.aspx?id=1102',
    kind: 'non-speech: news report (a school\'s 期中考试 表彰大会 with a 学生代表 发言; traditional-script converter print page with pinyin)',
    tests: 'no headline in the capture; a third-person lead; block paragraphs "首先,由…作為學生代表做學習心得發(fā)言。" / "接下來," / "接著," / "最后," reporting the speakers in turn ("他強調(diào),…", "他要求…"); pinyin after a fixed set of characters (總結(jié), 經(jīng)驗, 表現(xiàn), 發(fā)言, 挑戰(zhàn), 優(yōu)異, 建設(shè), 繼續(xù), 強調(diào), 心態(tài), 頒發(fā)); a mis-encoded run at the cut ("獲獎?wù)邆冇盟麄兊…同學樹立了") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-tcwxx-kaixue-dianli-xuesheng-daibiao-glued-speaker-labels-not-speech': {
    source: 'https://www.tcwxx.cc/chapter/13292/1567587',
    kind: 'non-speech: novel (a campus novel\'s 开学典礼 chapter with a 学生代表讲话)',
    tests: 'the chapter title "开学典礼"; dialogue in "名字:…" lines; the headmaster\'s agenda lines ("校长:第四项,学生代表讲话。"); the pupil\'s speech in lines with his name glued to his words and no colon ("朱传光同学们早上好,我很高兴作为学生代表上来发言。", "朱传光我的发言完毕,谢谢大家。"); classmates\' asides between them; the site\'s typo "操扬"; cut mid-sentence ("他不应该笑") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
