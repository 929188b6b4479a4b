// Gold specs for holdout round 27, part b (cases 07–12): culture, tourism, sports and reading events. Four spoken pieces
// (a host's script for a school's 趣味运动会 with no site noise at all, standalone "一、开场篇" / "二、赛场看点篇" /
// "三、体育精神篇" section headings, "(背景音乐:…)" stage cues, "主持人:" speaker labels and bracketed 【主持人讲话】/
// 【领导致辞】/【赛事报道】 labels, cut after the third heading's first line; a city leader's 全民健身日 致辞 on a
// traditional-script converter mirror with pinyin after a fixed set of characters in the title line, the 小编-style lead
// and the prose, and one mis-encoded run "我們?cè)谶@里" that stays, cut mid-word; the first piece of a "大全精选10篇"
// collection of 艺术节 开幕式 speeches with a "时间:… 分享:网友 下载本文" meta line, a 【阅读指引】 paywall-ish promo, the piece
// heading "…讲话稿【第一篇】" and a second site lead glued in front of the salutation "老师、同学们:" on one line, cut
// mid-word; a teacher's 读书节 开幕式 speech reprinted from WeChat on a school forum's archiver: its own title line, a bare
// byline, the speech, the author's own "(在…开幕式上的讲话)" context line and the WeChat chrome "预览时标签不可点收录于话题#个上
// 一篇下一篇" glued into one line at the foot) and two written look-alikes (an exam-prep site's guide on how to write an
// 开幕词, with breadcrumb, "时间: 未知2 基础知识" meta, (一)/(二)/(三) headings, 一是/二是 after a comma and a semicolon,
// 1、/2、/3、 items and the article id "21739" at the foot; a university news item on a 读书月 启动仪式 that opens with four
// photo captions, reports the leader's speech in the third person and lists his "四点希望" as 一是…;二是…;三是…;四是… after a
// comma).
// Judgement calls:
// - 07: a 主持词 is a speech; the capture has no title, so the title is "". The three "一、…篇" lines are standalone
//   headings, level 1, text the whole line. The stage cues in ASCII parentheses, the "主持人:"/"校领导:" labels and the
//   【…】 labels are the script's own and stay; "接力赛:"/"拔河比赛:"/"趣味接力:" are not markers.
// - 08: the title line "8月8全民健身日大會(huì)上的致辭" is dropped, not listed (a plain title line over the text); the title is
//   "8月8全民健身日大會上的致辭" as printed ("8月8" without 日 is the page's). The lead "為紀念…下面是領導在全民健身日上的講話。"
//   is the site's promo: noise. Pinyin annotations go by regexCut. The mojibake run "?cè)谶@" has no opening "(" before
//   "cè)" and is not cut: it stays in the paragraph, as round 20's 01 kept its mis-encoded runs. No outline.
// - 09: the title is the first piece's own name "艺术节开幕式上的讲话稿" (the page title "…大全精选10篇" is the collection's,
//   as round 20's 09 and round 25's 07); the page title, the meta line, the 【阅读指引】 promo and the piece heading
//   "艺术节开幕式上的讲话稿【第一篇】" are noise and dropped. The second lead "艺术节既是…的舞台。下面是本站网友给大家分享的
//   “…精选10篇”," glued in front of "老师、同学们:" is site text (the site's description plus its promo formula): it is
//   cut by a `replace` and listed whole; the salutation stays. No outline.
// - 10: the title line is dropped, not listed. The bare byline (the author's name, renamed) and the closing
//   "(在清溪外国语实验学校第十九届读书节开幕式上的讲话)" line are the document's own and stay (round 21's 02). The WeChat
//   chrome line at the foot is noise. "老师们,同学们让我们…" (no comma after 同学们) is as printed. No outline.
// - 11: a guide on how to write an 开幕词 (what it is, its kinds, how to write its title, 称谓 and 正文) is written; its
//   title is "开幕词写作要点" ("基础知识:" before it repeats the site's column, as the breadcrumb and meta show).
// - 12: a news report of a reading-month launch with a leader's speech paraphrased in the third person is written; the
//   capture has no headline (it opens with photo captions), so the title is "".
// Looked for and not found on a new host: a 运动会/文化节/旅游节 开幕词 or 闭幕词 whose body carries 一、/（一） headings or
// 第一,/第二, points (the numbered ones the pages corpus returned were on used hosts — 78911, 010zaixian, mingyanjiaju —
// or were writing guides); a 全民阅读/全民健身 work-meeting 讲话 with 一、提高认识… headings (the corpus answers with
// journal abstracts and news); a 文库/PDF viewer page of a 运动会 开幕词 with page numbers on a new host (001doc, wenke99,
// renrendoc, 360docs, xiaomilidoc are used); a 旅游节 致辞 on a 范文 site with site noise (the tourism pages found were news
// reports or clean speeches on government pages). So only 07 carries a numbered outline among the speeches; the others
// were chosen for their noise.
// Written from page.txt alone, before any engine ran on it. People's, schools' and places' names in the prose were
// replaced by fictional ones; the prose was rewritten in new words, the site noise kept as found; the traditional page
// (08) was drafted in simplified characters, converted with opencc-js (cn→tw, then 週/裡/彙/藉/紮/鍊 set back to the
// page's 周/里/匯/借/扎/煉), and the page's pinyin put back after the same set of characters it annotates.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const ZB_TITLE = '8月8全民健身日大會(huì)上的致辭';
const ZB_PROMO =
  '為紀(jì)念北京奧運(yùn)會(huì)成功舉辦,國(guó)務(wù)院批準(zhǔn)從2009年起,將每年8月8日設(shè)置為“全民健身日”,' +
  '旨在全面提高國(guó)民體質(zhì)和健康水平。下面是領(lǐng)導(dǎo)在全民健身日上的講話。';

const RD_PAGE_TITLE = '艺术节开幕式上的讲话稿大全精选10篇';
const RD_META = '时间:2024-05-20 09:44:22 分享:网友 下载本文';
const RD_PROMO =
  '【阅读指引】下面是就爱阅读网友为您精心整理分享的“艺术节开幕式上的讲话稿大全精选10篇”,以供您写作参考所用,' +
  '希望此则范文对您有所帮助,整理文档很辛苦,赏杯茶钱您下走,喜欢就复制下载支持一下了!';
const RD_HEADING = '艺术节开幕式上的讲话稿【第一篇】';
const RD_GLUED =
  '艺术节既是对学校艺术教育的一次检阅,也为同学们提供了一个发现自我、充实自我、展现自我的舞台。' +
  '下面是本站网友给大家分享的“艺术节开幕式上的讲话稿大全精选10篇”,';

const HZ_TITLE = '四月春正好,读书正当时';
const HZ_WECHAT = '预览时标签不可点收录于话题#个上一篇下一篇';

export const specs = {
  '07-zhuchici-qvlr-quwei-yundonghui-yi-er-san-pian': {
    source: 'https://www.qvlr.cn/news/hlsyjqfyqwydhgbgyqgslzdll.html',
    kind: 'speech: 主持词 (the host\'s script for a school\'s 趣味运动会, from the opening through the events; content page without site noise)',
    tests: 'no title and no site noise: a bare opening "亲爱的同学们,大家好!" and a lead paragraph before the first heading; standalone section headings "一、开场篇", "二、赛场看点篇", "三、体育精神篇" (level 1, whole line); "(背景音乐:…)" stage cues in ASCII parentheses on their own lines; "主持人:" and "校领导:" speaker labels; bracketed labels "【主持人讲话】 " / "【领导致辞】 " / "【赛事报道】 " with a space after them; event lines "接力赛:" / "拔河比赛:" / "趣味接力:" that are not markers; a second, inner salutation inside the first host line; cut after the third heading\'s first line',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '开场篇' },
      { level: 1, marker: '二、', text: '赛场看点篇' },
      { level: 1, marker: '三、', text: '体育精神篇' },
    ],
  },
  '08-zhici-zbfsgm-big5-pinyin-quanmin-jianshen-ri': {
    source: 'http://zbfsgm.com/koucai/lingdao/151312.html',
    kind: 'speech: 致辞 (a city leader at a 全民健身日 exhibition meeting opening the city\'s fitness month; traditional-script converter mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (會(huì), 運(yùn), 國(guó), 紀(jì), 設(shè), 領(lǐng), 導(dǎo), 來(lái), 時(shí), 動(dòng), 樂(lè), 發(fā), 關(guān), 對(duì), 實(shí), 學(xué)…) in the title line, the site\'s lead and the prose; the title line "8月8全民健身日大會(huì)上的致辭"; a 小编-style lead on its own line ending "下面是領(lǐng)導(dǎo)在全民健身日上的講話。"; the salutation "各位領(lǐng)導(dǎo)、各位來(lái)賓、同志們:"; one mis-encoded run "我們?cè)谶@里" (its "cè)" has no opening parenthesis) that stays; a long sentence of three "向…!" thanks; a quoted four-part slogan; book titles in 《》; cut mid-word ("健身方"); no outline',
    isSpeech: true,
    title: unpin(ZB_TITLE),
    noise: [ZB_PROMO],
    regexCut: [PINYIN],
    dropLines: [ZB_TITLE, ZB_PROMO].map(unpin),
    outline: [],
  },
  '09-jianghua-92read-yishujie-collection-promo-glued-salutation': {
    source: 'https://www.92read.com/fanwen/fwdq/ere93o.html',
    kind: 'speech: 讲话稿 (a primary-school head opening the school\'s third 文化艺术节; first piece of a 10-piece collection on a 范文 site)',
    tests: 'a collection page: the page title "…讲话稿大全精选10篇", a "时间:2024-05-20 09:44:22 分享:网友 下载本文" meta line, a "【阅读指引】…赏杯茶钱您下走,喜欢就复制下载支持一下了!" promo, the piece heading "艺术节开幕式上的讲话稿【第一篇】", then a second site lead (a one-sentence description plus "下面是本站网友给大家分享的“…”,") glued in front of the salutation "老师、同学们:" on one line; blank lines between all lines; the school named three times; an inner "老师、同学们," address mid-paragraph; parallel 拥有…就拥有… sentences; cut mid-word ("同学们,舞"); no outline',
    isSpeech: true,
    title: '艺术节开幕式上的讲话稿',
    noise: [RD_PAGE_TITLE, RD_META, RD_PROMO, RD_HEADING, RD_GLUED],
    replace: [[RD_GLUED, '']],
    dropLines: [RD_PAGE_TITLE, RD_META, RD_PROMO, RD_HEADING],
    outline: [],
  },
  '10-jianghua-hongzezx-archiver-dushujie-byline-wechat-tail': {
    source: 'http://bbs.hongzezx.com/archiver/showtopic-6866.aspx',
    kind: 'speech: 讲话 (a teacher opening a school\'s 19th 读书节; WeChat article reprinted on a school forum\'s archiver page)',
    tests: 'a forum archiver page holding a WeChat reprint: the document\'s own title line "四月春正好,读书正当时" (a slogan, no genre word), a bare byline (a name alone on a line), a two-line salutation and greeting, quoted sayings, a closing paragraph that runs "老师们,同学们让我们…" without a comma, then the author\'s own context line "(在…第十九届读书节开幕式上的讲话)" in ASCII parentheses (the only place the genre is named) and the WeChat chrome "预览时标签不可点收录于话题#个上一篇下一篇" glued into one line at the foot; no outline',
    isSpeech: true,
    title: HZ_TITLE,
    noise: [HZ_WECHAT],
    dropLines: [HZ_TITLE, HZ_WECHAT],
    outline: [],
  },
  '11-guide-bsgaokao-kaimuci-xiezuo-yaodian-not-speech': {
    source: 'http://bsgaokao.com/gongwuyuan/gongxuan/xiezuo/jichu/21739.html',
    kind: 'non-speech: writing guide (what an 开幕词 is, its kinds and how to write one; exam-prep site)',
    tests: 'a how-to page about the genre: breadcrumb "必胜高考网 > 公务员 > … > 基础知识 >", the title "基础知识:开幕词写作要点", a "时间: 未知2 基础知识" meta line, indented lines; it defines 开幕词 as a 讲话, has (一)/(二)/(三) headings, "一是简练性,…;二是口语化。" inside a paragraph, 1、/2、/3、 items with "一是…;二是…;三是…" after a colon, the salutations "同志们"/"朋友们"/"各位代表" in quotes and "祝大会圆满成功" quoted — a guide, not a speech; the article id "21739" at the foot',
    isSpeech: false,
    title: '开幕词写作要点',
  },
  '12-news-hist-dushuyue-qidong-yishi-not-speech': {
    source: 'https://xcb.hist.edu.cn/info/1004/2380.htm',
    kind: 'non-speech: news report (a university\'s 读书月 launch ceremony, the party deputy secretary\'s speech reported in the third person)',
    tests: 'a university news page captured without its headline: four photo captions (the last glued to the body by a single line break), a dated report of the launch on 世界读书日 with organisers, attendance ("1700余人") and a presider, a student representative\'s speech summarised, the leader\'s speech paraphrased ("…在讲话中指出,…") with "四点希望,一是希望大家…,做到爱读;二是…;三是…;四是…" after a comma, quoted activity names, the department byline "(图书馆)" at the foot — a report, not a speech',
    isSpeech: false,
    title: '',
  },
};
