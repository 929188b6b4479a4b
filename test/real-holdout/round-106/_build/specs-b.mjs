// Gold specs for holdout round 106, part B (cases 07–12): party schools and training classes (党校 开学典礼, 党校工作会议,
// 干部培训 — speeches at party-school and graduation ceremonies, a 读书 sharing talk, and their look-alikes: a 培训 通知 and a
// 党校 学习体会).
// Four spoken pieces: a traditional-script copy of the 2013 speech at the central party school's 80th anniversary and spring
// term opening, on a hijacked company site (tianlingjianzhu.com): an obscene spam line at the top, a date line "2025年03月31日
// 星期一", the page headline "習近平在2013年春季學(xué)期開(kāi)學(xué)典禮上的講話(huà)(全文)", "發(fā)布日期:…" and an empty
// "信息來(lái)源:" line, a line holding a lone space, then the speech's own title over two lines, its date line "(2013年3月1日)",
// "同志們:" and two indented paragraphs, with the converter's pinyin after a fixed set of characters (學(xué), 開(kāi), 來(lái),
// 長(cháng), 時(shí) …) and a space before ")" in some of them ("會(huì )", "創(chuàng )"), cut mid-phrase ("好傳統傳"); the
// 2015 speech at the national 党校工作会议 as xinhuanet.com stores it: no site noise at all in the capture — the title, the
// date line "(2015年12月11日)", the speaker's bare name "习近平" on its own line, then the speech with a standalone heading
// "一、关于新形势下做好党校工作的重大意义", cut mid-word ("专"); a university graduation 讲话 on a 范文 site
// (habasit-longbelt.com): a promo line "讲话,是指说话;…下面是本站为大家整理的<title>,供大家参考。" that repeats the title, the
// title with a "——" between its motto and "在…毕业典礼上的讲话", "同学们:", "大家好!" glued to the first sentence,
// "和大家交流三点看法:" and a standalone "第一、以青春的名义,感恩伟大的时代" (ordinal with 、), cut at a sentence end; a city
// party secretary's 读书分享会 交流 talk printed by a hijacked company site (bdf.4309432.cn, "粉笔厂家"): the brand twice, a
// hotline block split over lines ("免费服务热线", "Free service", "hotline", "010-00000000"), "热门搜索:", a column name, a
// breadcrumb "当前位置:首页 > 技术资讯", the news headline "湘潭市委书记分享悦读故事-【新闻】", a "发布时间:… 阅读: 来源:粉笔厂家"
// line with an empty count, then the document's own title "在…读书分享会上的交流内容", the speaker's name spaced out
// ("曹 炯 芳"), the date line, and two paragraphs in the first person without a salutation. Two written look-alikes: a county
// 组织部 通知 on 干部教育培训 management (axdbkk.com): the title, an addressee line ending in ":" (like a salutation), a preamble
// ending "通知如下:", "一、…" headings with "2、"/"3、" items whose "1、" the page lost, two bare "二、"/"三、" heading lines and
// "1、严肃办班纪律。…" items — a written notice, not a speech; a 党校 入学体会 on a provincial party school's mobile site
// (ahdxb.ahdx.gov.cn): a loading notice "等待处理…", the title with a space inside, a "——党校入学体会" subtitle, "作者 <name>",
// a date and "浏览量:226", then paragraphs opening "来党校学习,就要…" in the first person singular — a written 心得, not a speech.
// Judgement calls: 07's title is the two-line title under the meta lines, joined, with the pinyin removed (title convention);
// the headline "習近平在…講話(huà)(全文)" names the speaker and a "(全文)" tag and is page noise; the pinyin annotations are
// cut by one regexCut (with or without the space before ")") and listed as noise; the date line stays. 08's bare name line is
// noise (a byline without a position, as round 10's and round 101's bare names); the capture holds no other noise; 一、 is a
// required level-1 heading (whole line). 09's promo line is noise (it repeats the title inside "下面是本站为大家整理的…"); the
// "——" sits inside the title line, which is dropped as the title, so there is no dash item; "第一、" (ordinal with 、, outside the
// rule table) → optional level 1, whole line (as round 29's and round 23's 第一、). 10 is a speech: a talk given at a reading
// event, in the first person to the people present ("能和大家一道参加…", "在座的校长、老师们"), though its title calls it
// "交流内容"; the hijacked site's furniture, the news headline and the spaced bare name are noise; no outline in the capture.
// 11 and 12 are written, not speeches. Names of private people (12's author) were replaced by fictional ones; public figures
// keep their names; the prose of all six, the leaders' speeches included, was rewritten in new words.
// Looked for and not found on a new, non-twin host: a county or city 党校 春季学期 开学典礼 讲话 or a 中青班 开班/结业 讲话 with
// 一、/一是 points (m.cinyz, laobiganzi, jcsycorp, xiebiwenku, mswk, m.7rdy, 120pk, qingsongxiezuo, x1762, gongwenbang,
// dangkexuexi, m.yrrf, web.promaxstyle, 51yjg, xiaomilidoc, tmatonline and qdfww are used); a 学员代表 发言 at a 结业式 (sxycswdx
// is used; the corpus otherwise answers with university news reports and novel chapters); a 读书班 交流发言 (only reading-month
// 致辞 on used hosts: tianshui.com.cn, pixue, huaboedu); a traditional mirror of the 2023 central party school speech (ztwm.com.cn
// and hnzbwh.cn are used). So only 08 carries a required numbered point, and 09 an optional one.
// Template twins set aside: trylelo.com (a traditional "離別感言——黨校學習有感" on a "/dangtuangongzuo/<yyyy>/<mmdd>/<id>.html"
// DedeCMS path, the column and path scheme of round 29's performandhealth); blingdoc.com (a 读书活动 讲话 with "1.…" heading
// and a glued English gloss, on the "/index/article/detail/detail_id/<n>.html" scheme of the used xiebiwenku and m.cinyz).
// hbng.gov.cn (a news report of a 骨干党员 培训班 开班 with "四点要求:一是…" after a colon) was claimed but left out for a fourth
// speech.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TL_SPAM = '国产叼嘿视频大全免费软件|岛国午夜精品视频在线观看|国产一级毛片欧美视频|三级三级久久三级久久|亚洲美女黄视频|成人无码漫画在线观看网';
const TL_DAY = '2025年03月31日 星期一';
const TL_HEAD = '習近平在2013年春季學(xué)期開(kāi)學(xué)典禮上的講話(huà)(全文)';
const TL_DATE = '發(fā)布日期:2013-03-05';
const TL_SRC = '信息來(lái)源:';

const XH_NAME = '习近平';
const XH_TITLE = '在全国党校工作会议上的讲话';

const HB_PROMO = '讲话,是指说话;发言;谈话,或者指演说和普及性的著作体裁。下面是本站为大家整理的以青春的名义——在2020届毕业生毕业典礼上的讲话,供大家参考。';
const HB_TITLE = '以青春的名义——在2020届毕业生毕业典礼上的讲话';

const FB_BRAND = '粉笔厂家';
const FB_CRUMB = '当前位置:首页 > 技术资讯';
const FB_HEAD = '湘潭市委书记分享悦读故事-【新闻】';
const FB_META = '发布时间:2021-04-05 20:23:17 阅读: 来源:粉笔厂家';
const FB_NAME = '曹 炯 芳';
const FB_TITLE = '在“我和我的祖国·书香湘潭”全民阅读活动暨十大高校“学习强国”读书分享会上的交流内容';

export const specs = {
  '07-jianghua-tianlingjianzhu-big5-pinyin-spam-dangxiao-kaixue-dianli-title-two-lines': {
    source: 'http://www.tianlingjianzhu.com/content/xxyd/content-13-984-1.html',
    kind: 'speech: 讲话 (the 2013 speech at the central party school\'s 80th anniversary and spring-term opening; traditional copy with converter pinyin on a hijacked site)',
    tests: 'an obscene spam line of "|"-separated phrases at the top; a bare date line "2025年03月31日 星期一"; the page headline "習近平在2013年春季學(xué)期開(kāi)學(xué)典禮上的講話(huà)(全文)"; "發(fā)布日期:2013-03-05" and an empty "信息來(lái)源:"; a line holding a lone space; the speech\'s own title over two lines ("在中央黨校建校80周年慶祝大會(huì )暨" / "2013年春季學(xué)期開(kāi)學(xué)典禮上的講話(huà)"); its date line "(2013年3月1日)"; "同志們:"; paragraphs indented with two spaces; converter pinyin glued after a fixed set of characters, some with a space before ")" ("會(huì )", "創(chuàng )"), in the headline, the meta lines and the title too; simplified leftovers (這里, 干部, 准); no numbered point in the capture; cut mid-phrase ("好傳統傳")',
    isSpeech: true,
    title: '在中央黨校建校80周年慶祝大會暨2013年春季學期開學典禮上的講話',
    noise: [TL_SPAM, TL_DAY, TL_HEAD, TL_DATE, TL_SRC],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)'],
    dropLines: [
      TL_SPAM, TL_DAY,
      '習近平在2013年春季學期開學典禮上的講話(全文)',
      '發布日期:2013-03-05',
      '信息來源:',
      '在中央黨校建校80周年慶祝大會暨',
      '2013年春季學期開學典禮上的講話',
    ],
    outline: [],
  },
  '08-jianghua-xinhuanet-quanguo-dangxiao-gongzuo-huiyi-date-bare-name-no-noise-yi-heading': {
    source: 'http://xinhuanet.com/politics/2016-05/01/c_128951529.htm',
    kind: 'speech: 讲话 (the 2015 speech at the national 党校工作会议; press site print)',
    tests: 'no site chrome in the capture: the title "在全国党校工作会议上的讲话" on the first line, the date line "(2015年12月11日)" (kept), the speaker\'s bare name "习近平" on a line of its own (noise), no salutation; figures in the opening ("7个方面", "3个方面", "8个方面", "9个方面", "2008年", "2012年7月") that are no markers; a standalone heading "一、关于新形势下做好党校工作的重大意义" with its 二、 past the cut; "我说过,…" paragraphs; cut mid-word ("专")',
    isSpeech: true,
    title: XH_TITLE,
    noise: [XH_NAME],
    dropLines: [XH_TITLE, XH_NAME],
    outline: [
      { level: 1, marker: '一、', text: '关于新形势下做好党校工作的重大意义' },
    ],
  },
  '09-jianghua-habasit-biye-dianli-qingchun-promo-dash-title-diyi-dunhao': {
    source: 'https://www.habasit-longbelt.com/jianghua/98426.html',
    kind: 'speech: 讲话 (a university leader at the 2020 graduation ceremony; 范文 site)',
    tests: 'a promo line that defines 讲话 and then repeats the title ("…下面是本站为大家整理的<title>,供大家参考。"); the title with "——" between its motto and "在2020届毕业生毕业典礼上的讲话"; "同学们:" then "大家好!" glued to the first sentence; a quotation of the 总书记 inside a paragraph; "和大家交流三点看法:" then a standalone point line "第一、以青春的名义,感恩伟大的时代" (ordinal with 、, outside the rule table); "第一次鸦片战争" and the years 1840/1900/2020 inside a paragraph (no markers); the capture ends at a sentence end ("最好的中国。")',
    isSpeech: true,
    title: HB_TITLE,
    noise: [HB_PROMO, '下面是本站为大家整理的'],
    dropLines: [HB_PROMO, HB_TITLE],
    outline: [
      { level: 1, marker: '第一、', text: '以青春的名义,感恩伟大的时代', optional: true },
    ],
  },
  '10-fayan-4309432-hijacked-fenbi-dushu-fenxianghui-jiaoliu-crumb-headline-spaced-name': {
    source: 'http://bdf.4309432.cn/52c5c/41839.html',
    kind: 'speech: 交流发言 (a city party secretary\'s talk at a reading-sharing meeting of ten universities; printed by a hijacked company site)',
    tests: 'a hijacked company site\'s furniture: the brand "粉笔厂家" twice, a hotline block split over lines ("免费服务热线", "Free service", "hotline", "010-00000000"), "热门搜索:", a column name "技术资讯", a breadcrumb "当前位置:首页 > 技术资讯"; a news headline "湘潭市委书记分享悦读故事-【新闻】" that differs from the document\'s title; a "发布时间:… 阅读: 来源:粉笔厂家" line with an empty count; the document\'s own title "在…读书分享会上的交流内容" (quotes and a middle dot inside); the speaker\'s name spaced out on its own line ("曹 炯 芳"); the date line "(2019年4月23日)"; no salutation, a first-person talk to the people present; no numbered point; ends at a sentence end',
    isSpeech: true,
    title: FB_TITLE,
    noise: [FB_BRAND, '免费服务热线', 'Free service', 'hotline', '010-00000000', '热门搜索:', '技术资讯', FB_CRUMB, FB_HEAD, FB_META, FB_NAME],
    dropLines: [FB_BRAND, '免费服务热线', 'Free service', 'hotline', '010-00000000', '热门搜索:', '技术资讯', FB_CRUMB, FB_HEAD, FB_META, FB_NAME, FB_TITLE],
    outline: [],
  },
  '11-tongzhi-axdbkk-ganbu-jiaoyu-peixun-guanli-addressee-yi-arabic-not-speech': {
    source: 'https://www.axdbkk.com/html_3/zaixianxuexi/19501/list/1.html',
    kind: 'non-speech: 通知 (a county 组织部 notice on the management of cadre education and training)',
    tests: 'the notice\'s title on the first line; an addressee line listing the county\'s party committees and ending in ":" (looks like a salutation); a preamble citing the 条例 and a 规划 with its number "(南发[2007]11号)" and ending "通知如下:"; a heading "一、规范干部教育培训办班审批程序" followed by "2、审核。…" and "3、批复。…" (the page lost "1、"); two bare heading lines "二、…" and "三、…" in a row; "1、严肃办班纪律。…", "2、…", "3、…" items — a written notice, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '关于进一步加强干部教育培训管理工作的通知',
    noise: [],
    outline: [],
  },
  '12-xinde-ahdx-dangxiao-ruxue-tihui-dash-subtitle-author-views-not-speech': {
    source: 'http://ahdxb.ahdx.gov.cn/m/content/18',
    kind: 'non-speech: 学习体会 (a trainee\'s 党校 入学体会 on a provincial party school\'s mobile site)',
    tests: 'a loading notice "等待处理…"; the title with a space inside ("给未来的自己 送去一份丰厚馈赠"); a subtitle "——党校入学体会" opening with a dash; "作者 <name>" and a "<date>  浏览量:226" line; paragraphs indented with two spaces; four paragraphs opening "来党校学习,就要…" (parallel, unnumbered); quotations of the 总书记 and of 毛泽东 — a written 心得 in the first person singular, not a speech; cut mid-sentence ("是")',
    isSpeech: false,
    title: '给未来的自己 送去一份丰厚馈赠',
    noise: [],
    outline: [],
  },
};
