// Gold specs for holdout round 89, part C (cases 13–18): youth (共青团, 团代会, 五四青年节, 团课, 青年干部, 入团仪式,
// 青年志愿者 — speeches and their look-alikes).
// Two spoken pieces: 13 a student cadre's 国旗下讲话 on the 五四 anniversary, on a school site's "党团建设 >> 每周三语"
// column (peterjfisher.com): a site notice "最新公告:网站正在改版,…敬请谅解!", a breadcrumb ending in the headline, the
// headline itself, which names only the school week and the speaker ("2017——2018学年下学期第九周 <name>"), then the
// salutation with 教官, "大家早上好!", a self-introduction that names the speech's title inside a sentence
// ("…题目是《愿你永远年轻,永远热泪盈眶》。"), a two-phrase line, blank lines between all paragraphs, cut mid-sentence; no
// numbered point. 14 a 国旗下讲话 that turns into an 倡议 for the 中国青年志愿者服务日 on a school site (sdz.net.cn): no title
// and no site noise, the whole speech on one line with a space after each paragraph end, the salutation glued to the first
// sentence, "第 23 个" with spaces, "疫情防控......," and two points numbered without any separator — "如下倡议: 一弘扬志愿精神,
// 做…。" after a colon and "。 二弘扬志愿精神,做…。" after a sentence end — cut mid-phrase ("勇立潮头的").
// Four written look-alikes: 15 a university 团委 通知 on a converted-document farm (zhaoqt.net): the page title, a
// "发布时间:… 来源: 调查报告 点击:" line whose source is a wrong column and whose count is empty, the notice's own title glued
// to its addressee "各分团委:", text with the spaces a PDF conversion leaves around numbers ("2009 年", "90 周年", "10%"),
// "一.活动主题 传承五四精神" with a full stop for 、, the next headings and items run together on one line ("二、活动时间 … 三、
// 活动对象 … 四、主要活动内容 (一)校级活动… 1、… 2、…"), "(三)支部活动" alone on a line, "五、活动要求 (一)明确活动目的。…";
// 16 a provincial 共青团 site's news of a city's 各界青年庆“五四”座谈会 (sxgqt.org.cn): no headline in the capture, "5月4日, "
// with a space, an organisation department head's remarks in reported speech ("他强调,…成长成才。 一是要…。 二是要…。 三要…")
// — block-like 一是要/二是要/三要 right after full stops, in a report, cut at a comma; 17 a chapter of a compiled book of
// Deng Xiaoping's remarks on a 七猫-branded novel site (18hxs.com): the SEO page title "<chapter><book> 最新章节-免费小说-…-七猫
// 中文网", the chapter heading "出席中国新民主主义青年团第三次全国代表大会开幕式(1957年5月15日)", a "书名: … 作者: … 本章字数: …
// 更新时间: …" line, then the compilers' third-person account ("邓小平指出,…", "邓小平还指出,…") of a 祝词 — a book, not the
// speech; 18 a school's news of its 新团员入团仪式 (cazx.net): headline, "作者:佚名 来源:本站原创 录入者:admin 发布时间:…" meta,
// the 入团誓词 quoted as the lead, paragraphs indented with two spaces, "第一环节“…”", "第二篇章“…”", "第三篇章“…”" and
// "最后," inside a narrative paragraph — a report, not a speech.
// Judgement calls: 13's headline names the column slot and the speaker, not the speech; like round 4's "聞校長國旗下講話"
// label it is page furniture (noise, as are the notice and the breadcrumb that repeats it), and since no line of the page
// is the speech's own title (《愿你永远年轻,永远热泪盈眶》 stays inside its sentence, as round 6's 07), the title is "". 14's
// "一弘扬…"/"二弘扬…" are ordinals without 、 or 是 (not in the rule table, as real-text 85's 第一从/第二从): both optional,
// level 1, marker "一"/"二", text the first sentence; the first also follows a colon. The page stays one paragraph (no break
// is invented at the spaces). 15–18 are written (a notice, a news report, a book's narrative, a news report); 16 has no
// headline in the capture, so its title is "". Names of private people (the student speaker, the city officials and the
// school staff and pupils) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on an unused host: a 团代会 讲话 or 开幕词 with 一、 headings (m.yuyue114, 010zaixian, lgfwz,
// wenke99, wnwk, fsyouth, m.aidaidai, 1mishu are used); a 五四 座谈会 讲话 or 青年代表 发言 (huangminedu, jcsycorp, nepao,
// mingyanjiaju, 6dgww, m.ilede, wendang.net, 9000bbs, 99fanwen, kqyc, victorzhang are used); a 团课 讲稿 (every 团课 page
// the corpus returned is a school's news of one); an 入团仪式 致辞 (the corpus answered with school news; one traditional
// 入团宣誓 致辞 with 1、 points and a 武汉大学 团校结业 致辞 came back without an address); a 青年干部 座谈会 讲话 (nepao,
// mingyanjiaju, yunko, scholarmate used; a 年轻干部座谈会 讲话 with 一、/(一) had no address); a 青年志愿者 誓师/授旗 讲话
// (qdfww, wenku.docs.qq, gqt.ankang used); a 团干部培训班 开班 讲话 (qdfww, tmatonline, 1mishu, m.aidaidai used); a 成人仪式
// 讲话 (m.jifanwen, gongxunwk used). So only two speeches stand here, and only 14 carries numbered points (two optional).
// Too short for a case (the stored page under 610 characters): tchuan.gov.cn (a 青年干部谈心谈话会 report with 首先,/其次,/最后,
// paragraphs and 一是…;二是…;三是…), yaliqi.com (a seller's outline of a 五四 lecture, "第一个部分是…"). Left out: wpsab.com
// (a 五四 座谈会 speech machine-translated into English, outside the Chinese conventions).
// Template twins set aside: 360wenmi.com (qikantianxia's "<title> / <date> / <title>(共N篇)" head, named by earlier rounds);
// pay38.cn ("当前位置:以智范文网>范文大全 > … >" over "时间:… 来源:以智范文网", the 99999z/ukktv crumb, named in round 33);
// destroybadbreath.com (a 全总 祝词 at 团十六大 on a traditional pinyin mirror whose "/zt/szzt/<topic>/<col>/<yyyymm>/t<date>_<id>.htm"
// path is that of round 38's 0872dd, one organisation's CMS); m.stra.cn (a 团委换届 讲话 with 第一、/第二、 under the
// "您的当前位置:首页正文 / <title> / <date> 来源:<name>旅游网" template of kqyc/ovod/yrrf); guanshanwenku.com (a 成人仪式 讲话 under
// "文似观山不喜平 — — 观山文库" and "admin 分享 时间: 加入收藏 共计…个字,预计阅读时长…分钟", the sucai198 template of round 24);
// yixinbuy.com (an 入团仪式 report with "(tuan)" pinyin, named in round 33); dankaixmas.com, movinget.com, amadiikwechegh.com,
// tzjtgc.com (school news on the VSB CMS under casino brands, real-text 12's hebeikunyu family); culture.ifeng.com (a sister
// channel of the used finance.ifeng.com). Related, kept: 15's "发布时间:… 来源: <column> 点击:" line resembles round 78's
// youxiua ("来源:<column> 发布时间:… 点击:") and round 5's xjwk ("时间:… 来源:<column> 点击:") — common DedeCMS meta with the fields
// in another order and no shared head or URL scheme; drop 15 if that line alone is judged a twin.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PJ_NOTICE = '最新公告:网站正在改版,对您造成的不便,敬请谅解!';
const PJ_CRUMB = '首页>> 党团建设>>每周三语>> 2017——2018学年下学期第九周 周启航';
const PJ_HEADLINE = '2017——2018学年下学期第九周 周启航';

export const specs = {
  '13-guoqixia-peterjfisher-wusi-xueguan-notice-crumb-week-name-headline-no-title': {
    source: 'http://www.peterjfisher.com/dangtuan/?p=2041',
    kind: 'speech: 国旗下讲话 (a student cadre on the 99th anniversary of the 五四 movement; school site, 党团建设 column)',
    tests: 'a site notice "最新公告:网站正在改版,对您造成的不便,敬请谅解!"; a breadcrumb "首页>> 党团建设>>每周三语>> <headline>"; the headline "2017——2018学年下学期第九周 <name>" (school week and speaker, no genre, not the speech\'s title); the salutation "尊敬的各位领导,各位老师、教官,亲爱的同学们:" and "大家早上好!" on lines of their own; the speaker introducing himself and naming the title inside a sentence ("…题目是《愿你永远年轻,永远热泪盈眶》。"); a short line "往事如潮,风雷激荡。"; history of 1919 with dates, slogans in quotes and "倘若没有…;倘若没有…;倘若没有…" prose; blank lines between all lines; cut mid-sentence ("年龄区间是")',
    isSpeech: true,
    title: '',
    noise: [PJ_NOTICE, PJ_CRUMB, PJ_HEADLINE, '每周三语'],
    dropLines: [PJ_NOTICE, PJ_CRUMB, PJ_HEADLINE],
    outline: [],
  },
  '14-guoqixia-sdz-zhiyuanzhe-fuwuri-changyi-oneline-yi-er-without-separator': {
    source: 'http://www.sdz.net.cn/XSFZ/HTML/4975.html',
    kind: 'speech: 国旗下讲话 with an 倡议 (a student on the 中国青年志愿者服务日; school site)',
    tests: 'no title and no site noise; the whole speech on one line with a space after each paragraph end; the salutation "亲爱的老师们、同学们,大家上午好!" glued to the first sentence; "第 23 个" with spaces; "疫情防控......,"; points numbered without a separator: "我向全校同学发出如下倡议: 一弘扬志愿精神,做大成理念的传播者。" (after a colon) and "。 二弘扬志愿精神,做义工服务的实践者。" (after a sentence end) — ordinals outside the rule table; a quoted saying with its closing quote before 。; cut mid-phrase ("勇立潮头的")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一', text: '弘扬志愿精神,做大成理念的传播者', optional: true },
      { level: 1, marker: '二', text: '弘扬志愿精神,做义工服务的实践者', optional: true },
    ],
  },
  '15-tongzhi-zhaoqt-wusi-90-xilie-huodong-meta-pdf-spacing-yi-dot-not-speech': {
    source: 'https://www.zhaoqt.net/diaochabaogao/371636.html',
    kind: 'non-speech: 通知 (a university 团委 announcing its 五四 90th-anniversary activities; converted-document farm)',
    tests: 'the page title "对于举办纪念“五四”运动90周年系列活动通知"; a "发布时间:2020-10-14 来源: 调查报告 点击:" line (wrong column as source, empty count); the notice\'s own title glued to its addressee "各分团委:" on one indented line; spaces around numbers left by a PDF conversion ("2009 年", "90 周年", "10%"); "一.活动主题 传承五四精神" with a full stop after 一; the theme\'s two further lines; "二、活动时间 … 三、活动对象 … 四、主要活动内容 (一)校级活动… 1、… 2、… 5、…" run together on one line, "6、… 7、… (二)院系级活动 …" on the next; "(三)支部活动" alone; "五、活动要求 (一)明确活动目的。…" and "(二)积极参与活动。…" — a written notice, not a speech; cut mid-word ("系列活")',
    isSpeech: false,
    title: '对于举办纪念“五四”运动90周年系列活动通知',
    noise: [],
    outline: [],
  },
  '16-news-sxgqt-wusi-zuotanhui-yishiyao-after-stop-not-speech': {
    source: 'https://www.sxgqt.org.cn/home/news/info.html?id=346950',
    kind: 'non-speech: news report (a city\'s 各界青年庆“五四”座谈会; provincial 共青团 site)',
    tests: 'no headline in the capture; "5月4日, " with a space after the comma; the organisers, the ten young model workers and the attendance in the third person; the meeting\'s name with "――" (two box-drawing dashes); an organisation department head\'s remarks reported as "他强调,…要找准定位,成长成才。 一是要发奋学习,…。 二是要勇于创新,…。 三要乐于奉献,…" — 一是要/二是要 after full stops and a space, then 三要 (a 是 run continued by 要) — a report, not a speech; the site\'s typo "爱自已"; cut at a comma',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-shu-18hxs-qimao-seo-head-deng-qingniantuan-sanda-kaimushi-not-speech': {
    source: 'https://18hxs.com/story-505556/blog-post-505575.html',
    kind: 'non-speech: book chapter (a compiled record of Deng Xiaoping\'s remarks at the 1957 youth league congress; 七猫-branded novel site)',
    tests: 'the SEO page title "<chapter heading without parentheses><book>编写组编最新章节-免费小说-全文免费阅读-…作品-小说大全-七猫免费小说-七猫中文网"; the chapter heading "出席中国新民主主义青年团第三次全国代表大会开幕式(1957年5月15日)" (names an occasion and a date, like a speech\'s title line); a "书名: 邓小平讲话实录.会议卷 作者: 《邓小平讲话实录》编写组编 本章字数: 1716 更新时间: …" line; the compilers\' third-person account: the congress, the leaders present, the league\'s names, "邓小平指出,…", "邓小平还指出,…" and the 祝词 only named — a book, not the speech; cut mid-word ("体力劳")',
    isSpeech: false,
    title: '出席中国新民主主义青年团第三次全国代表大会开幕式(1957年5月15日)',
    noise: [],
    outline: [],
  },
  '18-news-cazx-rutuan-yishi-meta-luruzhe-diyi-huanjie-pianzhang-not-speech': {
    source: 'http://www.cazx.net/Item/1175.aspx',
    kind: 'non-speech: news report (a middle school\'s 新团员入团仪式; school site)',
    tests: 'the headline "长安中学2018“我青春、我奋斗、我幸福”新团员入团仪式"; an "作者:佚名 来源:本站原创 录入者:admin 发布时间:2018年05月11日" meta line; the 入团誓词 quoted as the lead (first person "我志愿…"); paragraphs indented with two spaces; the ceremony told in the third person with "第一环节“惜别童年”", "第二篇章“迈向青春”", "第三篇章“青春寄语”" and two "最后," inside one narrative paragraph — a report, not a speech',
    isSpeech: false,
    title: '长安中学2018“我青春、我奋斗、我幸福”新团员入团仪式',
    noise: [],
    outline: [],
  },
};
