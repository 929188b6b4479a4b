// Gold specs for holdout round 104, part A (cases 01–06): volunteers and learning from Lei Feng (学雷锋, 志愿服务 — launch
// ceremonies, 出征 send-offs, flag-raising talks on 学雷锋日 and 国际志愿者日, and their look-alikes: a 倡议书 and a news report).
// Four spoken pieces (a school vice-secretary's 国旗下讲话 for the school's 学雷锋 month on an anti-corruption news portal
// (lzzgw.com.cn, 廉政中国): the capture opens with the portal's press lead "廉政中国讯(…)…作题为“学雷锋见行动,争做文明学子”的
// 国旗下讲话,现将全文分享如下:", then the salutation on its own line, "大家早上好!", two long paragraphs, "下面,我想和大家谈几点
// 心里话,…" and a standalone heading "一、让学雷锋融入文化作业,在知中悟,在学中信。" (ends in a full stop), cut mid-list
// ("同时,校园广播、"); a teacher's 国旗下讲话 on Lei Feng on an old teachers' 范文 site (910w.net): a breadcrumb
// "您当前的位置:首页 > 教育范文 > 国旗下讲话稿", the title with its week prefix "第2周…", a "所属栏目: …  更新时间:01-29 点击次数:"
// line with an empty count, the site's spaced-out watermark over three lines ("文章" / "来源初中" / "教师 网 w w w. 91 0w.Ne t")
// printed above and below the speech, two-space indents, Lei Feng's diary words quoted without quotation marks and with
// "——" inside a sentence, and a tail "上一篇:…    下一篇:…" and "推荐资讯"; a student volunteer's 发言 at the send-off
// (出征仪式) of the second 进博会's volunteers on a spam subdomain mirroring a university news page
// (shiwenjiao.rtvsilicone.net): a breadcrumb "您的位置:   网站首页    行业动态    <headline>" with runs of spaces, the headline
// "志愿者,准备好了|交大志愿者代表…在…出征仪式上的发言" (a slogan and a description joined by "|"), a fake view count with the date
// "阅读量:3606910 2019-10-20", three blank lines, a one-paragraph press lead in the third person, then the speech (salutation,
// "大家好!", self-introduction, four paragraphs), no numbered points, cut mid-phrase; a student's 国旗下讲话 for the 国际志愿者日
// on a traditional-script company site (asupark.com, a 凡科-style "h-nd-" page): the title glued to a "二維碼" label, a bare
// "14" line, then one line holding "發表時(shí)間:2021-12-06 10:13", the title again, the salutation and the whole speech with
// single spaces between its paragraphs, converter pinyin after 務/時/學/獻/個/請/動/護/機/會/區/勵/聯/過/應/責/實, two
// mis-encoded runs ("因?yàn)闈竦仄茐?", "慶?;顒?dòng)" — the second with its "(" eaten), the class/name/date signature and a
// trailing " |") and two written look-alikes (a vocational college's "“3·5 学雷锋”志愿服务活动倡议书" (lyjg.szvtc.cn): a
// breadcrumb ending "> 正文", a "【来源: | 发布日期:2023-03-03 】" line with an empty source, a quoted saying of Xi Jinping, "在此,
// 向全院学生发出如下倡议:" (looks like the "下面我讲几点" of a speech), three block points "一、争做“弘扬雷锋精神”的倡导者。…" and
// a closing "让我们…" call cut mid-sentence — a written 倡议书 with no audience address, not a speech; a county news report of a
// 学雷锋志愿服务活动月 launch (kookcool.com, a mirror of a Hainan county portal): the long headline, "当前栏目: 澄迈 阅读量:
// 发布日期:…", "[打印] 字体: 分享到:" and "微信扫码,分享转发" chrome, a photo credit line, and the propaganda chief's "三点建议:一是…;
// 二是…;三是…" reported in the third person after a colon — a report, not a speech).
// Judgement calls: 01 is a speech page whose headline is not in the capture; the press lead is the portal's (noise, as the
// press leads of rounds 38, 60, 61 and 72), and the speech's name appears only inside the lead, so the title is "" (round 72's
// 02). Its "一、…。" opens a paragraph: a block heading (no run needed), text its first sentence without "。", required, level 1,
// though its 二、 lies past the cut. 02's "第2周" is part of the only title printed (as a year prefix stays); the breadcrumb,
// the meta line, both copies of the three-line watermark (listed whole and by its last line), the prev/next line and
// "推荐资讯" are noise; Lei Feng's quoted words stay. 03's title is the headline as printed, "|" and all (the page's only name
// for the speech; the part after "|" is no site brand); the breadcrumb that ends in it, the view/date line and the press
// lead are noise (listed whole; the breadcrumb also by its crumbs). 04: the title is the first line without the glued
// "二維碼"; "二維碼", the bare "14" and the time are listed ("二維碼\n14\n發表時(shí)間" keeps the short parts specific); the
// repeat of the title at the head of the body line is cut unlisted (it equals the title); the speech stays one paragraph
// (no break invented at the spaces); only whole "(pinyin)" annotations go, the two mis-encoded runs stay; the signature
// "高二7班 孫雨桐 2021年12月6日" is the speech's own closing line and stays, the trailing "|" goes (listed with its date,
// as round 4's 08). 05 and 06 are written, not speeches. Names of private people (the reporters, the school's speaker, the
// student speakers, the county officials, the photographer, the singer) were replaced by fictional ones; the public figures
// quoted (Lei Feng, Xi Jinping) and the TV guest of 《朗读者》 are kept; the prose was rewritten.
// Looked for and not found on a new host: a 学雷锋 志愿服务 启动仪式 致辞/讲话 with numbered points (360online, sucai198,
// m.shenghuoriji and wenku.docs.qq.com are used; gqt.ankang.gov.cn, whose report quotes 一要/二要/三要, is used too); a 志愿者
// 表彰大会 讲话 (bubsandbeans, fanwenzhai, caihuazhai and wenmizhiyou are used; other hits were news reports); a 志愿者 出征/
// 誓师 讲话 by a leader (only news reports, tuanwei.nwu.edu.cn, and the student's 发言 taken as 03); a 主持词 (rwfww is used);
// a traditional mirror of a 讲话 with 一是/第一 points; a 党课 on 雷锋精神 (m.alatiku is used). So only 01 carries a numbered
// point (one heading); the theme's numbered speeches stand on used hosts.
// Template twins set aside: xagrimm.cn ("學雷鋒國旗下的演講稿" / "…演講稿篇1" with inline 1、2、3、 after a colon — the
// "/yanjianggao/<id>.html" traditional mirrors of the ruiwen family's "…篇1" collections, as cloud209 and runthegoodtimes),
// haohaofanwen.com (used; the "…仅供参考,欢迎大家阅读!" promo and "(通用19篇)" collection of the ruiwen kind), xde6.net and
// puma08.com (used; the "…篇1" farms).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const LZ_LEAD = '廉政中国讯(韩立平 周晓峰)3月9日上午,吕梁市第一中学举行升旗仪式,学校党支部专职副书记、高一年级主任贺建国,作题为“学雷锋见行动,争做文明学子”的国旗下讲话,现将全文分享如下:';

const W9_CRUMB = '您当前的位置:首页 > 教育范文 > 国旗下讲话稿';
const W9_TITLE = '第2周学习雷锋好榜样国旗下讲话';
const W9_META = '所属栏目: 国旗下讲话稿  更新时间:01-29 点击次数:';
const W9_MARK = '教师 网 w w w. 91 0w.Ne t';
const W9_MARK_ALL = '文章\n来源初中\n教师 网 w w w. 91 0w.Ne t';
const W9_PREVNEXT = '上一篇:第3周三八妇女节国旗下讲话    下一篇:第1周国旗下讲话:做一个讲文明懂礼貌的好学生';
const W9_HOT = '推荐资讯';

const RT_TITLE = '志愿者,准备好了|交大志愿者代表林嘉禾在第二届中国国际进口博览会出征仪式上的发言';
const RT_CRUMB = '您的位置:   网站首页    行业动态    ' + RT_TITLE;
const RT_META = '阅读量:3606910 2019-10-20';
const RT_LEAD = '10月19日,第二届中国国际进口博览会志愿者出征仪式在国家会展中心(上海)隆重举行,我校机动学院研究生林嘉禾作为志愿者代表在仪式上发言。';

const AS_HEAD = '我志愿,我服務(wù),我快樂 二維碼\n14\n發表時(shí)間:2021-12-06 10:13 我志愿,我服務(wù),我快樂 ';

export const specs = {
  '01-guoqixia-lzzgw-xueleifeng-press-lead-no-title-yi-heading': {
    source: 'https://www.lzzgw.com.cn/lianzhengzaixian/74486.html',
    kind: 'speech: 国旗下讲话 (a school vice-secretary opening the school\'s 学雷锋 month; printed on an anti-corruption news portal)',
    tests: 'the capture opens with the portal\'s press lead "廉政中国讯(韩立平 周晓峰)…作题为“学雷锋见行动,争做文明学子”的国旗下讲话,现将全文分享如下:" (noise; the speech\'s name only inside it, so no title); a blank line; the salutation "尊敬的老师们,亲爱的同学们:" and "大家早上好!" on their own lines; a long opening paragraph with quoted slogans; "下面,我想和大家谈几点心里话,…做身边的“小雷锋”。"; a standalone heading "一、让学雷锋融入文化作业,在知中悟,在学中信。" that ends in a full stop (its 二、 past the cut); a dash inside a sentence; cut mid-list ("同时,校园广播、")',
    isSpeech: true,
    title: '',
    noise: [LZ_LEAD, '现将全文分享如下:'],
    dropLines: [LZ_LEAD],
    outline: [
      { level: 1, marker: '一、', text: '让学雷锋融入文化作业,在知中悟,在学中信' },
    ],
  },
  '02-guoqixia-910w-xueleifeng-crumb-meta-spaced-watermark-prevnext': {
    source: 'https://www.910w.net/fanwen/guoqi/2023-01-29/218811.html',
    kind: 'speech: 国旗下讲话 (a primary-school teacher on Lei Feng in week 2; teachers\' 范文 site)',
    tests: 'a breadcrumb "您当前的位置:首页 > 教育范文 > 国旗下讲话稿"; the title with a week prefix "第2周学习雷锋好榜样国旗下讲话"; a "所属栏目: 国旗下讲话稿  更新时间:01-29 点击次数:" line with an empty count; the site\'s watermark spaced out over three lines ("文章" / "来源初中" / "教师 网 w w w. 91 0w.Ne t") above and again below the speech; paragraphs indented with two spaces and separated by blank lines; "老师们、同学们:" and "大家上午好!"; Lei Feng\'s words quoted without quotation marks, "——" inside sentences; no numbered points; a prev/next line "上一篇:…    下一篇:…" and "推荐资讯" at the end',
    isSpeech: true,
    title: W9_TITLE,
    noise: [W9_CRUMB, W9_META, W9_MARK_ALL, W9_MARK, W9_PREVNEXT, W9_HOT, '点击次数:'],
    dropLines: [W9_CRUMB, W9_TITLE, W9_META, '文章', '来源初中', W9_MARK, W9_PREVNEXT, W9_HOT],
    outline: [],
  },
  '03-fayan-rtvsilicone-jinbohui-chuzheng-crumb-views-press-lead': {
    source: 'https://shiwenjiao.rtvsilicone.net/news-3607910.html',
    kind: 'speech: 发言 (a student volunteer at the 进博会 volunteers\' send-off; university news page on a spam mirror)',
    tests: 'a breadcrumb "您的位置:   网站首页    行业动态    <headline>" with runs of spaces, ending in the headline; the headline "志愿者,准备好了|交大志愿者代表林嘉禾在第二届中国国际进口博览会出征仪式上的发言" (a slogan and a description joined by "|") as the title; a fake view count glued to the date "阅读量:3606910 2019-10-20"; three blank lines; a press lead in the third person (noise); then the speech: salutation with quoted nickname "亲爱的“小叶子”志愿者们:", "大家好!", a self-introduction line, four paragraphs, no numbered points; cut mid-phrase ("新时代中国青年")',
    isSpeech: true,
    title: RT_TITLE,
    noise: [RT_CRUMB, '您的位置:   网站首页    行业动态', RT_META, RT_LEAD],
    dropLines: [RT_CRUMB, RT_TITLE, RT_META, RT_LEAD],
    outline: [],
  },
  '04-guoqixia-asupark-big5-pinyin-zhiyuanzhe-qrcode-oneline-mojibake-signature': {
    source: 'http://www.asupark.com/h-nd-2161.html',
    kind: 'speech: 国旗下讲话 (a student on 国际志愿者日; traditional-script company site)',
    tests: 'traditional script with converter pinyin after 務/時/學/獻/個/請/動/護/機/會/區/勵/聯/過/應/責/實 (also in the title and the meta); the title glued to a "二維碼" label with a space; a bare "14" line; one line holding "發表時(shí)間:2021-12-06 10:13", the title again, the salutation and the whole speech with single spaces between paragraphs (stays one paragraph); two mis-encoded runs kept ("因?yàn)闈竦仄茐?", "慶?;顒?dòng)" with broken pinyin); simplified leftover "先后"; the signature "高二7班 孫雨桐 2021年12月6日" kept; a trailing " |"',
    isSpeech: true,
    title: '我志愿,我服務,我快樂',
    noise: ['二維碼', '二維碼\n14\n發表時(shí)間', '發表時(shí)間:2021-12-06 10:13', '12月6日 |'],
    replace: [[AS_HEAD, ''], [' 2021年12月6日 |', ' 2021年12月6日']],
    regexCut: [PINYIN],
    outline: [],
  },
  '05-changyishu-szvtc-xueleifeng-crumb-source-date-yi-er-san-not-speech': {
    source: 'https://lyjg.szvtc.cn/info/1089/3118.htm',
    kind: 'non-speech: 倡议书 (a vocational college department\'s call for 学雷锋 volunteering)',
    tests: 'a breadcrumb "当前位置: 首页 > 学生工作 > 学生管理 > 正文"; the title "“3·5 学雷锋”志愿服务活动倡议书"; a "【来源: | 发布日期:2023-03-03 】" line with an empty source; a quoted saying of Xi Jinping; "在此,向全院学生发出如下倡议:" (reads like a speech\'s announcement of points); three block points "一、争做“弘扬雷锋精神”的倡导者。…", "二、…践行者。", "三、…先行者。"; a closing "让我们一起…" call cut mid-sentence — a written 倡议书 with no audience address, not a speech',
    isSpeech: false,
    title: '“3·5 学雷锋”志愿服务活动倡议书',
    noise: [],
    outline: [],
  },
  '06-news-kookcool-xueleifeng-qidong-yishi-after-colon-not-speech': {
    source: 'https://kookcool.com/chengmai/24738.html',
    kind: 'non-speech: news report (a county\'s 学雷锋志愿服务活动月 launch; mirror of a county news portal)',
    tests: 'a long headline naming a 启动仪式; "当前栏目: 澄迈 阅读量: 发布日期:2018-03-06" with an empty count; "[打印] 字体: 分享到:" and "微信扫码,分享转发" chrome; indented paragraphs; a photo credit "(团澄迈县委 陈晓川 摄)"; the propaganda chief\'s "三点建议:一是提高认识,勇担责任;二是振奋精神,传播文化;三是真抓实做,注重效果。" after a colon, reported in the third person — a report, not a speech; cut mid-sentence ("启动仪式")',
    isSpeech: false,
    title: '澄迈县举行2018年“社会文明行动·志愿服务我先行”学雷锋志愿服务活动月启动仪式暨志愿服务大集市活动',
    noise: [],
    outline: [],
  },
};
