// Gold specs for holdout round 129, part A (cases 01–06): reading promotion (全民阅读 启动仪式, 读书节/读书月 开幕,
// 世界读书日 致辞 and 讲话, and their look-alikes: a 读书活动方案 and news reports).
// Three spoken pieces (a 主旨发言 by the head of the publishers' association at the launch of a 全民阅读大会 essay
// contest, printed on a culture-company site (sxggwhy.com) under a two-line press lead — a news sentence on the launch
// and "中国出版协会理事长邬书林在启动仪式上作主旨发言:" — with no title line of the speech and a cut after a blank line
// ("在党史学习教育动员大会上,"); a collection page of 世界读书日 speeches (mip.changanyouth.cn) with the site's
// promo "长安青年网为您精心整理了《世界读书日领导讲话稿》共计3篇,篇篇经典,希望对您有所帮助。", a piece heading
// "世界读书日领导讲话稿(一)" whose "(一)" is piece numbering, not a (一) heading, a prize-winning reader's speech to
// "各位领导,各位读者:" with a run of date-led lines ("2009年4月14日,…", "2010年4月,…"), cut mid-sentence; a second
// collection page (liuxuepaper.com, an old 作文地带 template) whose first line is an SEO teaser of praise for books ending
// "下面是作文地带网作文地带小编给大家整理的世界读书日领导讲话,仅供参考。", piece headings "世界读书日领导讲话(一):" and
// "(二):", a salutation with a space before its colon ("同学们 :"), the whole first piece, "谢谢大家!", the second
// piece's opening and a name the site blanked ("我们伟大的周曾经说过"), cut mid-word ("读书对一")) and three written
// look-alikes (a traditional-script 图文直播 page (hddamihua.com, a Discuz portal "盛世湘黔網") on a provincial 世界讀書日
// 全民閱讀 launch: an adult-spam keyword line, the portal's crumb "首頁 盛世湘黔 湘黔頭條 查看內(nèi)容", a
// "2017-4-23 17:24| 發(fā)布者: cnxqw| 查看: 36588 |來自: …" meta line, a 摘要 cut by " ...", photo captions,
// pinyin annotations glued after characters ("網(wǎng)", "領(lǐng)導(dǎo)"), time-stamped live entries and a 【主持人】 entry that
// opens "尊敬的各位領(lǐng)導(dǎo)、…同志們、朋友們,大家上午好!" — a report that quotes the host, not a speech; a traditional
// 校園讀書活動方案 (eegugm.cn) with "…篇1" piece headings, "一、活動主題:" headings, "(一)…(十)" items, "1./2."
// requirements, blanks ("--學(xué)院第__屆", "年4月15日") and pinyin annotations — a written plan; a provincial reading site's
// copy of a 光明日报 report (ahread.com) whose headline ends "出席开幕式并讲话": a welcome bar, "加入收藏 设为首页",
// a 来源 line, "【字体:", the minister's points reported as "李书磊指出,…要…。要…。" and a 免责声明 footer — a news
// report, not a speech).
// Judgement calls: 01 is a speech page, as round 72's case 02 (the document is the speech; the two lead lines are the
// site's, like a "以下为…的讲话" lead), so both lead lines are noise and the title is "" (the capture shows no title of the
// speech; the lead names only the occasion); the blank line before the cut fragment is no paragraph, the fragment
// "在党史学习教育动员大会上," is the last paragraph. 02 and 03 are collection pages whose first piece is a speech: the title
// is the piece's own title, which equals the page title, without the piece number ("(一)", "(一):"); the piece headings
// and the promo lines are noise (03's whole teaser line, as round 6's case 07, with the 小编 sentence listed again as a
// shorter part); the second piece in 03 stays in the body. The "(一)"/"(二)" of the piece headings are no outline items
// (they go with the headings), and no speech of the three carries a numbered point inside the capture, so all three
// outlines are empty. 02's speaker is a reader (获奖代表), not a leader, though the collection calls the piece 领导讲话稿;
// it is still a spoken 发言. 04–06 are written, not speeches. Names of private people (the TV host, the teacher in the
// captions, the reader's library and club, the district in 03) were replaced by fictional ones; public officials' names
// stay; the prose was rewritten.
// Looked for and not found on a new host: a 全民阅读/读书节 speech with 一、/一是/第一/首先 points inside the capture.
// The numbered ones the corpus holds are all on used hosts: jey722 (县委常委 讲话, paywall), pixue (读书月启动仪式致辞,
// 首先/其次), biganzizhijia (领导干部更要爱读书, 一、), huaboedu (读书节 致辞, 首先/其次), tmdps (讀書節開幕式, 一、…四、),
// bubsandbeans (表彰会 讲话, 一、), xinmengxiang (**一、** and 1.), baijiadoc (丹阳 开幕式 讲话 viewer), tianshui.com.cn
// (读书节 启动仪式 讲话); the fresh hosts offered unnumbered speeches only. A traditional-script speech on a new host did
// not turn up (paiysi, mingyanjiaju, jey722 are used), so the two traditional pages here are look-alikes. A county office's
// note on its 读书节 with block 一是/二是/三是 (bwb.haian.gov.cn) was claimed and then left: its capture is about 330
// characters, under the page size asked for. Query words: 全民阅读 启动仪式 致辞, 读书节 开幕式 讲话 一、, 世界读书日 致辞
// 一是, 書香校園 讀書月 講話, 在全民阅读活动启动仪式上的讲话, 读书月活动方案, 读书月启动仪式 第一, 阅读推广 馆长 致辞 首先,
// 读书活动动员会 讲话 一、, 讀書節開幕式講話 一是, 校长 读书节 讲话 第一, 全民阅读 讲话 一要, 世界读书日 讲话 几点意见 一、,
// 读书节 开幕词 第一.
// Template twins set aside: none of the six pages matched a used template (searched the used specs for "篇篇经典",
// "精心整理了《", "作文地带", "/fangandaquan/", "/wendang/yanjiangzhici/"); xnnews.com.cn (a city news report of a
// 全民阅读月 launch) and donkey-robot.com (a traditional mirror of a 中国作协 report) were fresh but left, as news reports
// were already in hand; special.hzau.edu.cn (a university president's written 寄语 for a 读书节 he could not attend) was
// left as neither clearly a speech nor clearly not.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SX_LEAD = '近日,由中宣部出版局指导,中国新闻出版传媒集团有限公司、广西出版传媒集团有限公司共同主办,《中国出版》杂志社承办的首届全民阅读大会·“阅读新时代”主题征文活动近日在京启动。';
const SX_INTRO = '中国出版协会理事长邬书林在启动仪式上作主旨发言:';

const CA_PROMO = '长安青年网为您精心整理了《世界读书日领导讲话稿》共计3篇,篇篇经典,希望对您有所帮助。';
const CA_PIECE = '世界读书日领导讲话稿(一)';

const LX_TEASER = '书,连接古今,贯通中外。书籍是一座智慧的殿堂,一片思想的森林,一片文明的沃野,是人类文明的果实,是贮存知识的宝库,是人类进步的阶梯,是全人类的营养品,是我们的良师益友。下面是作文地带网作文地带小编给大家整理的世界读书日领导讲话,仅供参考。';
const LX_PROMO = '下面是作文地带网作文地带小编给大家整理的世界读书日领导讲话,仅供参考。';
const LX_PIECE1 = '世界读书日领导讲话(一):';
const LX_PIECE2 = '世界读书日领导讲话(二):';

export const specs = {
  '01-fayan-sxggwhy-zhengwen-qidong-press-lead-no-title': {
    source: 'https://www.sxggwhy.com/news/detail?id=629ad3066446e668543d418a',
    kind: 'speech: 主旨发言 (the publishers\' association head at the launch of a 全民阅读大会 essay contest; printed under a press lead on a company news page)',
    tests: 'a news sentence on the launch as the first line and "中国出版协会理事长邬书林在启动仪式上作主旨发言:" as the second — the site\'s lead, not the speech; no title line of the speech; no salutation; the speech opens "在草木返青、春意正浓的好时节,…"; a paraphrase of a 贺信 with a quoted phrase; a blank line and then a cut fragment "在党史学习教育动员大会上,"; no numbered points',
    isSpeech: true,
    title: '',
    noise: [SX_LEAD, SX_INTRO],
    dropLines: [SX_LEAD, SX_INTRO],
    outline: [],
  },
  '02-fayan-changanyouth-dushuri-collection-promo-paren-piece-heading': {
    source: 'http://mip.changanyouth.cn/wendang/yanjiangzhici/2664.html',
    kind: 'speech: 发言 (a prize-winning reader at a library\'s 世界读书日 event; first piece of a 讲话稿 collection page)',
    tests: 'a promo line "长安青年网为您精心整理了《世界读书日领导讲话稿》共计3篇,篇篇经典,希望对您有所帮助。"; a piece heading "世界读书日领导讲话稿(一)" whose "(一)" is piece numbering (looks like a (一) heading); the salutation "各位领导,各位读者:" and "大家下午好!"; a one-line paragraph "因为喜欢,所以一直都在。"; a run of lines opening with dates ("2009年4月14日,…", "2010年4月,…", "2011年成立了…") that are no markers; cut mid-sentence ("固定读书")',
    isSpeech: true,
    title: '世界读书日领导讲话稿',
    noise: [CA_PROMO, CA_PIECE],
    dropLines: [CA_PROMO, CA_PIECE],
    outline: [],
  },
  '03-jianghua-liuxuepaper-dushuri-xiaobian-teaser-two-pieces': {
    source: 'http://liuxuepaper.com/zw/104461.html',
    kind: 'speech: 讲话 (a bookshop manager at a district 世界读书日 event; first piece of a collection page on an old 作文地带 template)',
    tests: 'a first line of SEO praise for books ending in the promo "下面是作文地带网作文地带小编给大家整理的世界读书日领导讲话,仅供参考。"; piece headings "世界读书日领导讲话(一):" and "世界读书日领导讲话(二):" (piece numbers in parentheses, with a colon); a salutation with a space before its colon ("亲爱的同学们 :"); "大家下午好!" glued to the first sentence; "谢谢大家!" closing the first piece; the second piece (no salutation) stays in the body; a name the site blanked ("我们伟大的周曾经说过"); cut mid-word ("读书对一"); no numbered points',
    isSpeech: true,
    title: '世界读书日领导讲话',
    noise: [LX_TEASER, LX_PROMO, LX_PIECE1, LX_PIECE2],
    dropLines: [LX_TEASER, LX_PIECE1, LX_PIECE2],
    outline: [],
  },
  '04-news-hddamihua-dushuri-qidong-live-report-big5-pinyin-spam-not-speech': {
    source: 'http://hddamihua.com/article-5551-1.html',
    kind: 'non-speech: news report (traditional-script 图文直播 of a provincial 世界讀書日 全民閱讀 launch, on a Discuz portal)',
    tests: 'an adult-spam keyword line over the page; the portal crumb "盛世湘黔網(wǎng) 首頁 盛世湘黔 湘黔頭條 查看內(nèi)容"; the headline "…系列活動啟動儀式"; a "2017-4-23 17:24| 發(fā)布者: cnxqw| 查看: 36588 |來自: 多彩貴州網(wǎng)" meta line; a 摘要 cut with " ..."; two photo captions; pinyin glued after characters ("領(lǐng)導(dǎo)", "網(wǎng)"); time-stamped entries ("09:15【多彩貴州網(wǎng)】…", "09:30【主持人】:…"); a "集體朗誦" label; the host\'s words quoted from "尊敬的各位領(lǐng)導(dǎo)、…同志們、朋友們,大家上午好!" — a live report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '4.23世界讀書日暨貴州省全民閱讀進社區系列活動啟動儀式',
    noise: [],
    outline: [],
  },
  '05-fangan-eegugm-xiaoyuan-dushu-huodong-big5-pinyin-yi-paren-not-speech': {
    source: 'http://www.eegugm.cn/fangandaquan/36712.html',
    kind: 'non-speech: 活动方案 (a college library\'s 读书月 plan; traditional-script template collection)',
    tests: 'the page title and a piece heading "校園讀書活動方案模版篇1"; heading lines "一、活動主題:" … "六、相關(guān)要求:" with their values on the next line; items "(一)…" to "(十)…"; "1./2." requirements; a "(備注:…另行通知)" line; blanks "--學(xué)院第__屆", "年4月15日—年5月10日"; pinyin glued after characters ("動(dòng)", "風(fēng)"); the second piece\'s heading, lead and "一、指導(dǎo)思想" — a written plan, not a speech; cut mid-sentence ("為了")',
    isSpeech: false,
    title: '校園讀書活動方案模版',
    noise: [],
    outline: [],
  },
  '06-news-ahread-quanmin-yuedu-dahui-headline-jianghua-disclaimer-not-speech': {
    source: 'http://www.ahread.com/front/news/9-12375',
    kind: 'non-speech: news report (a provincial reading site\'s copy of a 光明日报 report on the second 全民阅读大会)',
    tests: 'a welcome bar "欢迎访问安徽全民阅读网!" and "加入收藏 设为首页"; a headline ending "出席开幕式并讲话"; a "2023-04-24   来源: 光明网-《光明日报》" line and a stray "【字体:"; the minister\'s points reported in the third person ("李书磊指出,…。要…。要…。要…。", "李书磊强调,…") — a report, not a speech; a "免责声明:" footer with "1.凡本网注明…" cut mid-sentence',
    isSpeech: false,
    title: '第二届全民阅读大会在杭州举办 李书磊出席开幕式并讲话',
    noise: [],
    outline: [],
  },
};
