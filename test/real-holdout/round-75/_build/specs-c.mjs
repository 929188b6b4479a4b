// Gold specs for holdout round 75, part C (cases 13–18): poverty alleviation and pairing aid (扶贫, 脱贫攻坚, 对口支援,
// 援疆/援藏, 东西部协作, 驻村第一书记 — 讲话, 表态发言, 欢送/欢迎 致辞, and their look-alikes).
// Four spoken pieces and two written look-alikes.
// 13 (huaxiashiwen.com, a 范文 farm on a "/xuexi/<col>/<id>.html" path): a city leader's 讲话 at a 座谈会 on the national
// 扶贫日 — the title, blank lines between all lines, a meta line that glues a time to the brand ("2021-04-20 03:30:30华夏高考网"),
// an indented list item "1. 【title】", a site lead on the 扶贫日 ending "下面是小编整理的关于<title>的相关内容,欢迎阅读!", the
// title again in 【】, "同志们:", "*" where the site blanked the name of the Party centre ("贯彻*、国务院…", "*在参加…"), xx
// placeholders, "首先代表市委…" after a comma (prose), "从三个方面…交流。", a standalone heading "一、开展“扶贫日”活动,…抓紧抓实"
// and, in its first paragraph, "传递出两个信号:一是*、国务院…位置。" (一是 after a colon, its 二是 past the cut); cut mid-word.
// Tests a decorated title repeated twice around a promo, a time glued to a brand, an inline 一是 glued to "*、".
// 14 (m090.com, a converter mirror in traditional script): a collection page of 扶貧講話發言稿 whose first piece is a 驻村第一书记's
// experience 发言 at a commendation meeting — the capture opens with the site's lead (a quote from some county speech with
// ASCII double quotes, "干部"/"后勤部"/"戰斗"/"關于" left simplified) glued to "接下來是小編為大家整理的關于扶貧講話發言稿,方便大家
// 閱讀與鑒賞!", the piece heading "扶貧講話發言稿1", "各位領導,同志們,大家好!", a courtesy block "首先,感謝組織…" (no 其次),
// "20_年" placeholder, stray spaces before words ("主體 基本", "來源 大多"), the converter's leftovers (于, 并, 后, 干部, 神圣),
// "以下三個方面的工作:" then a heading line "一、多措并舉,…" and a heading line "1、宣傳發動,…。" (arabic under chinese, with a
// full stop); cut mid-word. Tests a lead+promo line with no title above it, a "<collection>1" piece heading as the only title.
// 15 (gppjj.com, a 致辞 column "/zhici83/"): the host's script (主持词) of a district's 汇报会 for a provincial third-party
// evaluation of its 脱贫攻坚 — no title and no site noise in the capture: the salutation, a welcome, two lists of guests
// (names joined by ";" and ","), "今天的会议共有两项议程:" and a block "首先,进行会议第一项议程:请…汇报…情况!" (a lone 首先;
// the next step, "下面,", lies past the cut). Tests an untitled speech page without noise (do no harm) whose only marker is a
// lone agenda 首先.
// 16 (zhtxs.com, a 帝国CMS WAP page "e/wap/show.php"): a reprint of a national leader's 讲话 at the 深度贫困地区脱贫攻坚座谈会 —
// the CMS headline with the speaker's name before the title, a "2017-08-31  A+ A-" line (date and font-size buttons), the
// wire dateline "新华社北京8月31日电", the speech's own title, its date line "(2017年6月23日)", the speaker's bare name, no
// salutation, indented paragraphs, a list of eleven regions, and a paragraph opening "第一次是2015年2月13日,…" (the first of
// the earlier 座谈会 the speaker recounts; the second lies past the cut); cut after a comma.
// 17 (cuisiliu.com, a novel site in traditional script), not a speech: a chapter of an officialdom novel in which a province's
// party secretary gives a 歡迎辭 to a delegation of its 东西结对扶贫 partner — the book line "蕭崢陳虹 作品", the chapter title, a
// scraper's junk line ("tart”bnk”" tart"bnk"htts:” …"), "最新章節", lines of a single space after every paragraph, narration
// ("…致歡迎辭。姜魁剛在歡迎辭裡說“…") with the welcome quoted at length in the third-person frame, the site's dropped
// sentence ends ("整治農業產業", "鼓了起來文化旅遊", "交流互動寧甘", "上門了我們"); cut mid-word.
// 18 (qtx.xjbzrk.com, a county news page), not a speech: a report of 奇台县's farewell meeting for Fuzhou's eighth group of
// 援疆 cadres — the headline, the meeting, the guests, "赵明川代表…,感谢…", "赵明川指出,…", "赵明川强调,…": the 讲话 is reported in
// the third person; cut mid-word.
// Judgement calls: 13's title is the first line; the meta line, "1. 【title】", the lead+promo line and "【title】" are the site's
// (noise, the brand and the promo sentence listed again as shorter parts); "*" stays (censored text). "一、…抓紧抓实" is a
// required level-1 heading (whole line); "一是" follows a colon and its 二是 is cut off → optional level 2, text its first
// sentence "*、国务院把扶贫开发放在了更加突出的位置". 14's page shows no page title, so the title is the piece heading without its
// number ("扶貧講話發言稿", as "…致辞1" in round 4); the lead+promo line and the heading are noise (the promo sentence listed
// again). The courtesy "首先," opens a paragraph and no 其次 follows → optional, level 1 (no heading above it); "一、…" level 1 and
// "1、…" level 2, both required, the 1、 text without its full stop. 15 is a speech (主持词: salutation, welcome, agenda spoken to
// the meeting) with title ""; "首先,进行会议第一项议程:…" is a lone agenda 首先 (round 2's 12) → optional level 1, text the whole
// sentence to "!" (41 characters). 16's title is the speech's own title line; the CMS headline (a decorated repeat), the
// date/button line, the dateline and the bare name are noise ("A+ A-" listed again); "(2017年6月23日)" is kept. "第一次是<date>,…"
// recounts the first of earlier meetings: "第一次" is not in the rule table (like 第一时间 it is a word, not an ordinal point), the
// capture holds no "第二次", and a reader takes it for narrative, not a point of the speech → no item. 17 and 18 are written, not
// speeches; their titles are the chapter title and the headline.
// The prose was rewritten in new words (same register, length and sentence shapes). 14's village and county and every
// name in 15 (the university, the district, the guests) and 18 (the county officials) were replaced by fictional ones; 16
// keeps the public speaker, dates and places; 17 keeps the novel's characters. 14 and 17 were written in traditional
// characters directly, keeping 14's converter leftovers on the same characters as on the page.
// Looked for and not found on a new host: a 欢送/欢迎 致辞 for 援疆/援藏 cadres or a 第一书记 (every hit was a news report, a
// guide, or on a used host: biganzizhijia, dawenge, m.yrrf.cn, u.sanwenwang, m.001doc, m.777doc, gongwenz, laobiganzi); a
// 表态发言 by a 驻村第一书记 or at a 脱贫攻坚 meeting (novels, news, or m.zuowendang, xiebiwenku, tmdps, wmjy); a 签约仪式 or
// 捐赠仪式 致辞 for 对口帮扶 (used hosts: lsjse, hmlawpc, 010zaixian, wnwk, m.wenke99, rene-tech); a 党课 on 脱贫攻坚 (only news of
// 党课); a 文库/PDF viewer page of a 扶贫 speech on an unused host (xiaomilidoc, wnwk, m.wenke99, m.docduoduo, 51gongwen, gongwk,
// baigecn are used). So the speech kinds here are 讲话 ×2, 发言, 主持词, and only 13 and 14 carry two or more numbered points.
// Template twins set aside: fxwx.net (the 笔趣阁 novel template "推荐阅读:… 一秒记住【…】,精彩小说无弹窗免费阅读!" of round 60's
// haidehong.com); 570s.com (the "/fanwendaquan/<col>/<id>.html" farm with the 小编 promo, as agnbn/ukktv/99999z); novawrite.com
// (the ruiwen family's "- 相關推薦" over the title, traditional); yishupeixun.net (a traditional mirror of 学习啦 "學習啦 > 實用范文 >",
// with yndrh.com of the same farm already used); bbs.163rsrc.cn and weibolj.com (the Discuz default thread/archiver pages of
// round 19's daweida.com and round 53's bbs.mala.cn); de.china-embassy.gov.cn (a sister of the used china-embassy.org);
// free-u.cn was passed over (a hijacked traditional copy of the 2020 座谈会 speech under a pornographic spam header).
// Considered and kept: 13's "datetime+brand" line resembles round 67's starrycloset ("…08:33:27网络资源") and the
// "title / 时间:… / title / title" + 小编 head of rounds 13/24, but neither prints "1. 【title】", a lead+promo and "【title】";
// 14's promo wording ("接下來是小編為大家整理的關于…,方便大家閱讀與鑒賞!") also occurs in round 29's zhhyfwpt.com, whose furniture
// (breadcrumb "当前位置:范文大全 >", "[tag] title", 发布时间, "前言:…会员投稿推荐") 14 does not print; 17's novel is the one round
// 3's fru88.com showed, but under another site's furniture (book line, junk line, 最新章節) — content, not template.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HX_TITLE = '在国家扶贫日系列活动上的讲话';
const HX_META = '2021-04-20 03:30:30华夏高考网';
const HX_ITEM = '1. 【在国家扶贫日系列活动上的讲话】';
const HX_BRACKET = '【在国家扶贫日系列活动上的讲话】';
const HX_PROMO_SENT = '下面是小编整理的关于在国家扶贫日系列活动上的讲话的相关内容,欢迎阅读!';
const HX_PROMO =
  '设立“扶贫日”,对深入贯彻中央扶贫开发方针政策,坚定全社会向贫困宣战的决心,弘扬“扶贫济困、崇德向善”传统美德和倡导友善互助的价值取向,形成政府、市场、社会协同推进的大扶贫格局,具有深远的意义。' +
  HX_PROMO_SENT;

const MW_PROMO_SENT = '接下來是小編為大家整理的關于扶貧講話發言稿,方便大家閱讀與鑒賞!';
const MW_LEAD =
  '我們希望我們的聯戶干部要一竿子插到底,具體項目上要包品種、包送達、包技術、包成活、包掛果、包出欄、包銷售、包見效。駐村聯戶幫扶干部要當好群眾脫貧致富的"主心骨",鄉村組織和縣級部門要當好駐村干部的"后勤部",縣委、縣政府要把精準扶貧的"指揮部"設在最前線,所有縣級領導一線指揮、一線戰斗,全縣上下一心、眾志成城、攻堅克難、不勝不休!' +
  MW_PROMO_SENT;
const MW_PIECE = '扶貧講話發言稿1';

const ZT_HEADLINE = '习近平在深度贫困地区脱贫攻坚座谈会上的讲话';
const ZT_META = '2017-08-31  A+ A-';
const ZT_DATELINE = '新华社北京8月31日电';
const ZT_TITLE = '在深度贫困地区脱贫攻坚座谈会上的讲话';
const ZT_NAME = '习近平';

export const specs = {
  '13-jianghua-huaxiashiwen-fupinri-datetime-brand-bracket-title-xiaobian-yi-yishi': {
    source: 'http://huaxiashiwen.com/xuexi/hdfa/634376.html',
    kind: 'speech: 讲话 (a city leader at a 座谈会 on the national 扶贫日; 范文 farm)',
    tests: 'the title; blank lines between all lines; a meta line gluing a time to the brand "2021-04-20 03:30:30华夏高考网"; an indented list item "  1. 【<title>】"; a site lead on the 扶贫日 glued to "下面是小编整理的关于<title>的相关内容,欢迎阅读!"; the title again in 【】; "同志们:"; "*" where the site blanked a name ("贯彻*、国务院", "*在参加…审议时"); xx placeholders; "首先代表市委…" after a comma (prose); "我从三个方面同大家交流。"; a standalone heading "一、开展“扶贫日”活动,…抓紧抓实"; "传递出两个信号:一是*、国务院…位置。" (一是 after a colon, glued to "*、", its 二是 past the cut); cut mid-word ("抓")',
    isSpeech: true,
    title: HX_TITLE,
    noise: [HX_META, HX_ITEM, HX_PROMO, HX_BRACKET, '华夏高考网', HX_PROMO_SENT],
    dropLines: [HX_TITLE, HX_META, HX_ITEM, HX_PROMO, HX_BRACKET],
    outline: [
      { level: 1, marker: '一、', text: '开展“扶贫日”活动,要求我们更加用心、用情、用力,把扶贫工作抓紧抓实' },
      { level: 2, marker: '一是', text: '*、国务院把扶贫开发放在了更加突出的位置', optional: true },
    ],
  },
  '14-fayan-m090-big5-fupin-diyishuji-hezuoshe-lead-xiaobian-piece1-shouxian-yi-arabic': {
    source: 'http://m090.com/article/153906.html',
    kind: 'speech: 发言 (a 驻村第一书记 on founding farmers\' cooperatives, at a commendation meeting; traditional converter mirror, collection page)',
    tests: 'the capture opens with the site\'s lead (a quote from a county speech, ASCII double quotes, simplified leftovers 干部/后勤部/戰斗/關于) glued to the promo "接下來是小編為大家整理的關于扶貧講話發言稿,方便大家閱讀與鑒賞!"; no page title; the piece heading "扶貧講話發言稿1"; "各位領導,同志們,大家好!"; a courtesy block "首先,感謝組織…" with no 其次; a "20_年" placeholder; stray spaces before words ("主體 基本", "來源 大多"); the converter\'s leftovers 于, 并, 后, 干部, 神圣; "以下三個方面的工作:" then a heading line "一、多措并舉,全力組建農民專業合作社" and a heading line "1、宣傳發動,…專業合作社。" ending in a full stop; cut mid-word ("生")',
    isSpeech: true,
    title: '扶貧講話發言稿',
    noise: [MW_LEAD, MW_PIECE, MW_PROMO_SENT],
    dropLines: [MW_LEAD, MW_PIECE],
    outline: [
      { level: 1, marker: '首先,', text: '感謝組織對我工作的認可,并授予我這份榮譽', optional: true },
      { level: 1, marker: '一、', text: '多措并舉,全力組建農民專業合作社' },
      { level: 2, marker: '1、', text: '宣傳發動,引導當地農民積極組建專業合作社' },
    ],
  },
  '15-zhuchici-gppjj-tuopin-pinggu-huibaohui-untitled-guests-agenda-shouxian': {
    source: 'https://gppjj.com/zhici83/62613.html',
    kind: 'speech: 主持词 (the host of a district\'s 汇报会 for a provincial third-party evaluation of its 脱贫攻坚; 致辞 column)',
    tests: 'no title and no site noise: the salutation "尊敬的邵校长,各位领导,各位专家:" first; a welcome with "以热烈的掌声"; two guest lists (positions and names joined by ";" and ","; a list closing "…主要负责同志。"); "今天的会议共有两项议程:" then a block "首先,进行会议第一项议程:请…汇报…开展情况!" — a lone agenda 首先 whose next step lies past the cut; ends at that line',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '进行会议第一项议程:请临溪区委副书记、区长周国平同志汇报临溪区脱贫攻坚工作开展情况', optional: true },
    ],
  },
  '16-jianghua-zhtxs-shendu-pinkun-zuotanhui-wap-headline-xinhua-dateline-byline-diyici': {
    source: 'http://zhtxs.com/e/wap/show.php?classid=667&id=40975',
    kind: 'speech: 讲话 (a national leader at the 深度贫困地区脱贫攻坚座谈会, as released by Xinhua; CMS WAP page)',
    tests: 'the CMS headline with the speaker\'s name before the title; a "2017-08-31  A+ A-" line (date and font-size buttons); an indented wire dateline "新华社北京8月31日电"; the speech\'s own title; its date line "(2017年6月23日)"; the speaker\'s bare name on a line of its own; no salutation; paragraphs indented with two spaces; a list of eleven regions with "燕山-太行山区"; a paragraph opening "第一次是2015年2月13日,…" (the first of the earlier meetings recounted; no 第二次 in the capture); cut after a comma',
    isSpeech: true,
    title: ZT_TITLE,
    noise: [ZT_HEADLINE, ZT_META, ZT_DATELINE, ZT_NAME, 'A+ A-'],
    dropLines: [ZT_HEADLINE, ZT_META, ZT_DATELINE, ZT_TITLE, ZT_NAME],
    outline: [],
  },
  '17-novel-cuisiliu-big5-dongxi-jiedui-fupin-huanyingci-junk-line-not-speech': {
    source: 'http://cuisiliu.com/book/VAcLDFk/54599134.html',
    kind: 'non-speech: novel (a chapter in traditional script in which a province\'s party secretary gives a 歡迎辭 to its 东西结对扶贫 partner)',
    tests: 'the book line "蕭崢陳虹 作品", the chapter title "第1312章 宴前召喚", a scraper\'s junk line ("tart”bnk”" tart"bnk"htts:” …"), "最新章節", a line of a single space after every paragraph, paragraphs indented with four spaces; narration ("…致歡迎辭。姜魁剛在歡迎辭裡說“…") quoting the welcome at length in a third-person frame, with the site\'s dropped sentence ends ("成果" ending a paragraph, "整治農業產業", "鼓了起來文化旅遊", "互動寧甘", "上門了我們"); cut mid-word ("最熱") — a novel, not a speech',
    isSpeech: false,
    title: '第1312章 宴前召喚',
    noise: [],
    outline: [],
  },
  '18-news-xjbzrk-qitai-huansong-yuanjiang-ganbu-dahui-reported-jianghua-not-speech': {
    source: 'http://qtx.xjbzrk.com/news/tpxw/882021.htm',
    kind: 'non-speech: news report (a county\'s farewell meeting for Fuzhou\'s eighth group of 援疆 cadres and specialists)',
    tests: 'the headline "奇台县欢送第八批福州市援疆干部人才"; the meeting and its purpose, "县委书记…出席会议并讲话", a long list of attendees; the secretary\'s words reported in the third person ("…代表县四套班子和全县各族干部群众,感谢…", "…指出,…", "…强调,…"); no site noise; cut mid-word ("援") — a news report, not a speech',
    isSpeech: false,
    title: '奇台县欢送第八批福州市援疆干部人才',
    noise: [],
    outline: [],
  },
};
