// Gold specs for holdout round 76, part A (cases 01–06): development zones and industrial parks (开发区, 高新区, 产业园,
// 保税区, 项目开工/奠基仪式, 园区峰会 — 致辞, 主持词, 贺词, and their look-alikes).
// Four spoken pieces (the Hong Kong chief executive's video 致辞 at the opening of the 香港科学园深圳分园, reposted on a
// spam farm (791.834777.com, "游思妄想网"): the site name, a site-made summary line that runs the press lead, the
// salutation and the first words together with "(" dropped and a casino ad glued on ("很高兴以视 银河国际现场娱乐
// 【Aurl:www.8233066.com】送888元"), the headline "行政长官在香港科学园深圳分园开幕典礼致辞 科学以至世界的发展至关重要" (the
// release's title with a body fragment appended) printed again between every two paragraphs, the repost's press lead
// "本网9月7日讯  香港政府新闻公报获悉,行政长官…的长官辞视像致辞:", then the salutation and the speech with fragments of
// the headline stuffed into the sentences ("长官辞", "园深园开", "幕典", "行政香港", "科学", a trailing "圳分") and the
// casino ad glued twice more, a space before most punctuation, cut mid-word ("四大合"); a two-host 主持词 for the 张家港
// 保税区 30th-anniversary gala on a mirror of the city's government site (ckzpt.com): the CMS's press-event fields
// "时间:…", "地点:…", "发布人:<leaders>", "媒体:…" above the script, no title line, the section labels "开场舞" and
// "主持人开场", 男:/女:/合: turns (the salutation over three turns), a couplet, "首先请允许我…" without a comma (no
// marker), the guests one a line with their posts, an event name with "——" inside a line, cut mid-list ("各"); a
// 高新区 party secretary's 新年寄語 on a traditional-script news site (cnread.news, 華文網): the brand, the site's headline
// "新年寄語|2018,看看長春高新區的“新藍圖”", the message's own slogan title "轉型升級 創新發展 建設宜居宜業的現代化科技新城區",
// the byline with his posts (simplified 党 left in 党工委), no salutation, a paragraph hard-wrapped twice mid-sentence
// (",\n“園中園”…", "中,\n我們…"), cut mid-sentence; a traditional-script converter mirror (262wan.com) of a summit's
// 开幕致辞 (顧秀蓮's at the 4th "一帶一路"園區建設國際合作峰會): the speaker's bare name as the first line, no title,
// converter pinyin after 區 設 經 續 產 業 發 實 進 時 環 濟 質 優 現 據 關 (every occurrence) but not after 國 來 對 開
// 動 黨 臺, "下面我宣布:…開幕!", the publisher's note "(本文根據(jù)顧秀蓮在…上的致辭整理)" and a "相關(guān)稿件" label)
// and two look-alikes (a hijacked company page (m.longdusp.com) whose company name was replaced throughout by a
// casino brand "710公海线路检测": brand line, "新闻中心", headline, "发布时间:" line, then a report of an industrial
// park's groundbreaking where the county head's and the chairman's 致辞 are told in the third person, ending
// "他用三个“热”字表达此刻的心情。第一,这是一片孕育希望的热土。" — a news report, not a speech; a novel chapter on a
// reading site (jueshitangmentoo.com, "版主小说网"), from a book titled "重生:一篇演讲稿,领导震惊": the site's
// "收藏备用网址…不迷路", "繁体版 简体版", a breadcrumb and "第769章", then the chapter opening inside a quoted report
// with block "五是…。" / "六是…。”" paragraphs on an 工业园区, more quoted speech and a leader's remarks told in the
// third person — a novel, not a speech).
// Judgement calls: 01's title is the release's title, the headline without the body fragment " 科学以至世界的发展至关重要"
// that the spam site appended (the fragment is listed as noise); the headline lines, the summary line and the press lead
// are the site's (noise; as round 72's 02, a repost's lead is not the speech); the stuffed headline fragments and the ads
// are cut with exact replacements and listed with their neighbours; the salutation keeps the speaker's spaced " :". 02
// has no title line (""), the four event fields are the CMS's template (noise), "开场舞"/"主持人开场" are the script's own
// section labels and stay with the guest lines. 03 is taken as a speech (a 新年寄语 is a 贺词 addressed to the zone's
// people in the first person, like the shared corpus's 59/61); the site headline is noise and the slogan line is the
// title (as round 2's 08: a site title that differs from the document's own); the byline carries the posts and stays;
// the two hard wraps are joined. 04: the bare name without a post is noise (conventions), the title is ""; the
// publisher's note in the third person and "相關稿件" are noise, "下面我宣布:…開幕!" is the speech's last line; pinyin goes
// by one regexCut (its hits listed as noise). 05's "第一," is a run of one inside a report; 06's 五是/六是 open
// paragraphs of a quoted report in a novel — both look-alikes have an empty outline. No speech here carries a numbered
// point: the theme's numbered speeches all stand on used hosts or template twins (see below).
// Looked for and not found on a new host: an 开发区/高新区/园区 讲话 with 一、/（一）/一是/第一, points (gongwen.com.cn,
// 51gongwen, xiaomilidoc, 39ysw, wm114, wenku365, m.7rdy, haowensou, gaozihui, gwyoo, dawenge, 6dgww, xiezuofangchengshi,
// wmjy, eimio, p2.ttnews, sucai198, m.zuowendang, 3du.tw, yiqiwanjituan, mingyanjiaju, xinwenku, m.qiquha, refanwen,
// oh100, ahsrst, m.hunwen, p719, rzpgrj, teniu, fanwen112, esk365, m.zixin, 365docx, 010zaixian are used); a 项目集中开工/
// 签约仪式 主持词 (365docx, m.sarr, m.xiaozhentang, m.wenke99, 010zaixian are used; the corpus answers 签约 queries with
// novel chapters); a 招商推介会 致辞 (only novels and used hosts); a 表态发言 of a new zone head (news reports only).
// Template twins set aside: sundxs.com (the ruiwen family: "时间:… 讲话稿 我要投稿", "• 相关推荐"), shugai.com (the
// "(实用15篇)/(精选15篇)/… 篇1" head of the used refanwen), dyhjkj.com (the "当前位置:主页 > … > >" + "来源::未知 | 作者: |
// 本文已影响" meta of rounds 39/43), msgz.vip (wmjy's "【收藏】 作者: 佚名 来源: … 【以稿换稿】" bar), xjzclk.com.cn (the
// "/index/article/detail/detail_id/" family of haowensou/xiebiwenku, with its tipping chrome), m.kfanwen.com (aidaidai's
// "/yanjiang/jianghuazhici/" template), fzchengheng.com (the "/zhuantifanwen/<col>/<id>.html" farm), httgc.com (an
// AI explainer "揭秘…背后的故事" with "引言" and numbered sections, the generator of the used chezhans1/oryoy), te-ch.tech
// (a copy of cadz.org.cn's report). cadz.org.cn itself (中国开发区协会's report on a zone's 30th anniversary) was claimed
// and dropped: its whole stored page is under 610 characters.
// Names: public figures (李家超, 覃伟中, 查毅超, 习近平, 顧秀蓮), the city leaders listed on 02's government page (they also
// stand in its noise fields) and 03's signing party secretary are kept as printed; 05's officials and chairman and 06's characters
// were given fictional names; the prose was rewritten in new words.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KX_SITE = '游思妄想网';
const KX_AD = '银河国际现场娱乐【Aurl:www.8233066.com】送888元';
const KX_SUMMARY = '本网9月7日讯 香港政府新闻公报获悉,行政长官李家超今日九月七日)在香港科学园深圳分园开幕典礼的视像致辞:覃伟中市长深圳市市长)、查毅超主席香港科技园公司主席)、各位嘉宾、各位朋友:大家好。很高兴以视 ' + KX_AD;
const KX_HEADLINE = '行政长官在香港科学园深圳分园开幕典礼致辞 科学以至世界的发展至关重要';
const KX_TITLE = '行政长官在香港科学园深圳分园开幕典礼致辞';
const KX_LEAD = '本网9月7日讯  香港政府新闻公报获悉,行政长官李家超今日(九月七日)在香港科学园深圳分园开幕典礼的长官辞视像致辞:';

const ZJG_TIME = '时间:2022年9月22日';
const ZJG_PLACE = '地点:滨江大厦南广场';
const ZJG_ISSUER = '发布人:市领导韩卫、蔡剑峰、邵军民、王亚方、朱艳、陆崇珉、陈卫兵,以及保税区党工委、管委会全体领导';
const ZJG_MEDIA = '媒体:张家港市融媒体中心';

const CC_BRAND = '華文網';
const CC_HEADLINE = '新年寄語|2018,看看長春高新區的“新藍圖”';
const CC_TITLE = '轉型升級 創新發展 建設宜居宜業的現代化科技新城區';

const GX_NAME = '顧秀蓮';
const GX_NOTE = '(本文根據(jù)顧秀蓮在第四屆“一帶一路”園區(qū)建設(shè)國際合作峰會暨第十五屆中國企業(yè)發(fā)展論壇營商環(huán)境峰會上的致辭整理)';
const GX_RELATED = '相關(guān)稿件';

export const specs = {
  '01-zhici-834777-kexueyuan-shenzhen-fenyuan-casino-ad-summary-headline-repeats-stuffing': {
    source: 'http://791.834777.com/html/12a199979.html',
    kind: 'speech: 致辞 (the Hong Kong chief executive\'s video address at the opening of a science park\'s Shenzhen branch; government release reposted on a spam farm)',
    tests: 'a spam farm\'s site name "游思妄想网"; a site-made summary line (press lead, salutation and first words run together, "(" dropped, cut at "很高兴以视", a casino ad "银河国际现场娱乐【Aurl:www.8233066.com】送888元" glued on); the headline "行政长官在香港科学园深圳分园开幕典礼致辞 科学以至世界的发展至关重要" (the release title plus a body fragment) printed again between every two paragraphs; the repost\'s press lead "本网9月7日讯  香港政府新闻公报获悉,…的长官辞视像致辞:" with two trailing spaces; the salutation with the ad and "园深园开" glued inside and a spaced " :"; headline fragments stuffed into sentences ("。幕典这一天", "是行政香港香港科学园", "迈向了长官辞新阶段", "机会,科学我", ",园深园开顺利", "启用 !圳分", "、长官辞国家", ",科学以至"); the ad glued once more mid-sentence; spaces before most punctuation; 「十四五」 brackets; cut mid-word ("四大合")',
    isSpeech: true,
    title: KX_TITLE,
    noise: [KX_SITE, KX_SUMMARY, KX_AD, KX_HEADLINE, ' 科学以至世界的发展至关重要', KX_LEAD, '、科学银河国际', '、园深园开各位', '。幕典这一天', '是行政香港香港科学园', '迈向了长官辞新阶段', '机会,科学我', ',园深园开顺利', '启用 !圳分', '引擎,行政香港', '、长官辞国家', ',科学以至'],
    replace: [
      ['、科学' + KX_AD + '各位嘉宾、园深园开各位朋友', '、各位嘉宾、各位朋友'],
      ['。幕典这一天既是行政香港香港科学园', '。这一天既是香港科学园'],
      ['迈向了长官辞新阶段', '迈向了新阶段'],
      ['借此机会,科学我', '借此机会,我'],
      [',园深园开顺利启用 !圳分', ',顺利启用 !'],
      ['引擎,行政香港' + KX_AD + '对香港 、长官辞国家 ,科学以至', '引擎,对香港 、国家 ,以至'],
    ],
    dropLines: [KX_SITE, KX_SUMMARY, KX_HEADLINE, KX_LEAD],
    outline: [],
  },
  '02-zhuchici-ckzpt-baoshuiqu-30zhounian-untitled-event-fields-nan-nv-he-guest-list': {
    source: 'http://ckzpt.com/zjgszwz/qzhd/202210/aeb981b46caa4af1ad57585f416e2d32.shtml',
    kind: 'speech: 主持词 (two hosts at a 保税区\'s 30th-anniversary gala; mirror of a city government site)',
    tests: 'the CMS\'s press-event fields "时间:2022年9月22日", "地点:…", "发布人:<seven leaders>,以及保税区党工委、管委会全体领导", "媒体:…" above the script; no title line; section labels "开场舞" and "主持人开场"; 男:/女:/合: turns, the salutation spread over three turns ("男:尊敬的各位领导、各位来宾" / "女:亲爱的朋友们、同志们" / "合:大家晚上好!"); a couplet ending in ";" and "。"; the event name "“逐梦绽芳华奋楫再扬帆”——庆祝…群众文艺展演" with "——" inside a line (no dash point); "首先请允许我…" without a comma (no marker); the guests one a line with their posts, one ending in ";"; cut mid-list ("各")',
    isSpeech: true,
    title: '',
    noise: [ZJG_TIME, ZJG_PLACE, ZJG_ISSUER, ZJG_MEDIA],
    dropLines: [ZJG_TIME, ZJG_PLACE, ZJG_ISSUER, ZJG_MEDIA],
    outline: [],
  },
  '03-heci-cnread-big5-changchun-gaoxinqu-xinnian-jiyu-headline-slogan-title-byline-wraps': {
    source: 'http://www.cnread.news/amp/article/14091675.html',
    kind: 'speech: 贺词 (新年寄语 of a 高新区 party secretary; traditional-script news site)',
    tests: 'traditional script; the brand "華文網"; the site headline "新年寄語|2018,看看長春高新區的“新藍圖”" differing from the message\'s own slogan title "轉型升級 創新發展 建設宜居宜業的現代化科技新城區" (spaces inside); the byline "長春高新區党工委書記、管委會主任 趙旭" (simplified 党 beside 黨 in the body); no salutation; a long paragraph hard-wrapped twice mid-sentence (after "創新基地," and "活動中,"); "長春•北湖" with a bullet; blank lines between paragraphs; cut mid-sentence ("向所有為長春高新區")',
    isSpeech: true,
    title: CC_TITLE,
    noise: [CC_BRAND, CC_HEADLINE],
    join: [['這一年,全區上下', '贏得了社會各界廣泛讚譽。']],
    dropLines: [CC_BRAND, CC_HEADLINE, CC_TITLE],
    outline: [],
  },
  '04-zhici-262wan-big5-pinyin-yuanqu-fenghui-kaimu-bare-name-editor-note-related': {
    source: 'http://262wan.com/844/9268.html',
    kind: 'speech: 致辞 (opening address of an industrial-park summit, ending "我宣布…開幕"; traditional-script converter mirror)',
    tests: 'a traditional converter mirror with pinyin after a fixed set of characters (區(qū), 設(shè), 經(jīng), 續(xù), 產(chǎn), 業(yè), 發(fā), 實(shí), 進(jìn), 時(shí), 環(huán), 濟(jì), 質(zhì), 優(yōu), 現(xiàn), 據(jù), 關(guān)) and none after 國, 來, 對, 開, 黨, 臺; the speaker\'s bare name "顧秀蓮" as the first line; no title and no salutation; the long summit name twice; "下面我宣布:…開幕!" as the last line of the speech; the publisher\'s note "(本文根據(jù)顧秀蓮在…上的致辭整理)" and a "相關(guān)稿件" label after it',
    isSpeech: true,
    title: '',
    noise: [GX_NAME, GX_NOTE, '上的致辭整理)', GX_RELATED],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)'],
    dropLines: [GX_NAME, '(本文根據顧秀蓮在第四屆“一帶一路”園區建設國際合作峰會暨第十五屆中國企業發展論壇營商環境峰會上的致辭整理)', '相關稿件'],
    outline: [],
  },
  '05-news-longdusp-casino-brand-chanyeyuan-kaigong-diyi-in-report-not-speech': {
    source: 'http://m.longdusp.com/index.php/Home/Mb/xwcontent?id=2690',
    kind: 'non-speech: news report (an industrial park\'s groundbreaking ceremony; company site whose name was replaced by a casino brand)',
    tests: 'a hijacked company page: the company name replaced everywhere by "710公海线路检测" (brand line, headline, body); "新闻中心"; a "发布时间:" line; the ceremony, the guests and two 致辞 told in the third person ("钱一鸣在致辞中…", "他要求,…", "孟绍安在致辞中说,…"); a quoted plan sentence; "他用三个“热”字表达此刻的心情。第一,这是一片孕育希望的热土。" — a run of one 第一, inside a report; cut mid-word ("首个区") — a news report, not a speech',
    isSpeech: false,
    title: '710公海线路检测嘉善举行开工奠基仪式开启产业园发展新篇章',
    noise: [],
    outline: [],
  },
  '06-novel-jueshitangmentoo-yanjianggao-gongyeyuanqu-wushi-liushi-quoted-not-speech': {
    source: 'https://www.jueshitangmentoo.com/read/184628/20739330.html',
    kind: 'non-speech: novel chapter (a report on an 工业园区 and a leader\'s remarks at a 座谈会; book titled "重生:一篇演讲稿,领导震惊")',
    tests: 'reading-site chrome: "版主小说网", "收藏备用网址www.dier22.com不迷路", "繁体版 简体版", a breadcrumb naming a book "重生:一篇演讲稿,领导震惊", "第769章" twice; the chapter opens inside a quoted report with block paragraphs "五是…。" and "六是…。”" (no 一是 in the page), then quoted paragraphs of the report and of a leader\'s praise, the leader\'s speech told in the third person ("…作了讲话和指示,他充分肯定了…"), dialogue — a novel, not a speech',
    isSpeech: false,
    title: '第769章',
    noise: [],
    outline: [],
  },
};
