// Gold specs for holdout round 93, part C (cases 13–18): tea and local specialties (茶文化节/开茶节/茶博会 开幕式 致辞,
// 特产 推介, 酒文化节, 品牌 — openings, trade fairs, industry annual meetings, and their look-alikes).
// Four spoken pieces (a 国台办 deputy director's 致辞 at the opening of the 海峡两岸茶业博览会, reprinted on a tea
// association's DedeCMS site (hxcytea.com): a breadcrumb "当前位置: 协会首页 > 行业交流 > 行业新闻 >" ending in " >", the
// news headline "…开幕 郑立中致辞", a "时间:… 作者:海峡茶业 点击:" meta line whose count "0" stands alone on the next line,
// a press lead "中国台湾网11月25日消息 …以下是致词全文:", then the speech from "大家上午好!" with no other salutation, cut
// mid-word ("搁置争"); a provincial leader's 讲话 at the 贵州茶产业博览会 opening on a 范文 site (paihui8.com, 课件范文网): a
// breadcrumb ending in the title, the title, a "2021-04-21 13:08:13 浏览量:" line with no count, an indented salutation,
// the first paragraph with the site's promo "以下是课件范文网小编为您推荐<title>。" glued to its end, a line holding a lone
// space, the title again between two body paragraphs, cut mid-sentence ("未必"); a county deputy secretary's 演讲 at a
// county tea-industry annual meeting on a traditional mirror of 茶友網 (hqwwc.cn) whose converter writes pinyin after a
// fixed set of characters (網(wǎng), 個(gè), 機(jī), 領(lǐng), 團(tuán), 發(fā), 創(chuàng), 會(huì), 產(chǎn), 現(xiàn), 內(nèi)…): the headline
// "侯廷胤:珍愛這片葉子 重塑湄商形象" as the page title, three app-chrome lines ("茶友網首頁 個人中心", "下載APP 下載APP",
// "手機訪問 手機端二維碼"), the headline again, a two-paragraph press lead ("…現特將內容整理出來,以饗讀者。"), then the
// speech from its salutation "各位茶界朋友、企業家,同志們:", cut mid-sentence ("重點產區等"); a city mayor's 致辭 at the
// 中國好綠茶大會暨貴州茶產業博覽會 opening on a traditional pinyin mirror (m.kingstreet.cn): a leading blank line, the thematic
// title "綠水青山出好茶 一盞遵茶酬知己", the "在…開幕式上的致辭" subtitle hard-wrapped over two lines, the speech's date line, the
// speaker's bare name with a space inside ("黃 偉"), salutation, "大家上午好!", cut mid-sentence ("成為")) and two
// written look-alikes (a provincial economic paper's report of the 中国国际名酒文化节 opening (jinrixinan.com): a photo
// caption "开幕式现场" where a headline would be, a "…讯(记者 … 文/图)" lead, the guests and the hosts, the industry's
// figures, and a federation head's "三点希望:一是…。…二是…。…三是…。" told in the third person ("张崇和表示,…他…提出") — a
// report, not a speech; a city news site's preview of the 福鼎白茶 开茶节 (fdxww.com): "您当前的位置 :首页 > 新闻 > 茶乡新闻",
// "投稿", the headline, a date/source/author line ending "点击图片浏览下一页", the site's anti-copy watermark
// "fCn福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台" glued to the end of every paragraph, "首先…。随后…" narrating the
// programme — a news item, not a speech).
// Judgement calls: 13's title is the news headline, the only title line the page gives the speech (as round 72's 03 took
// its quote headline); the lead is the site's (noise, with "以下是致词全文:" listed again as a shorter part) and "点击:\n0"
// is listed with its neighbour because "0" alone is not specific; "大家上午好!" is the speech's first line and stays.
// 14's title keeps the site-flavoured "讲话发言材料" (the only title printed); the glued promo is cut from the end of the
// first body paragraph (an exact replace) and the second copy of the title is dropped as a repeat. 15 is a speech (an
// 演讲 in the first person to "同志們"); its title is the headline as printed, speaker's name and colon included (as round
// 72's 03); the pinyin annotations go by one regexCut, as in round 15's 05; the lead paragraphs and the app chrome are
// noise. 16's title is the thematic line; the "在…上的致辭" subtitle is a body paragraph rejoined across the hard wrap (as
// round 2's 08); the date line is the speech's own (kept); the bare name carries no position → noise (round 10's 05/11).
// None of the four speeches carries a numbered point inside its capture (the openings are greetings and scene-setting), so
// every outline is empty. 17's page has no headline in the capture, so its title is ""; its 一是/二是/三是 belong to a
// report. Names of private people (the reporters) were replaced by fictional ones; public officials keep theirs; the
// prose was rewritten.
// Looked for and not found on a new host: a 茶文化节/开茶节/茶博会 致辞 or 讲话 with 一是/第一,/一、 points inside its first
// 840 characters (the corpus's tea speeches open with long greetings; the numbered ones sit deeper or on used hosts:
// zgmcw.cn, rrjlw.com, gaozihui.com, dawenge.com, xiexiebang.com, renrendoc.com, xindetihuiya.com, bsmz.net, jiafa88.com,
// xinmengxiang.cn); a 酒文化节 致辞 (the corpus answers with news reports and novel chapters of liquor contests); a 特产
// 推介 方案 (only news items about 农交会 and 丰收节 turned up); a 品牌 发布会 讲话 (only marketing textbooks, a 2007 品牌
// 中国 transcript on the used zt.brandcn.com, and novels). Template twins set aside: tizhiren.com and gongwen.com.cn (the
// "VIP专免 / date / 999+ / size / N 页 / 海报 / 侵权投诉" viewer of the used gongwenbang.cn), haodangke.com (the 900ppt
// "首页 > WORD文档 > … .DOCX 【图片、文字、动画均可编辑】" template of round 8), ylxtx.com (the "title / 时间:… 来源:网友投稿 /
// 下面是小编…" head), cornels-photography.com (a traditional mirror of renrendoc's "_第N頁 … 全文預覽" viewer),
// loveadoptions.com (a casino mirror of a zjol.com.cn page; qynews.zjol.com.cn is used), zjnews.zjol.com.cn (base domain
// used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const HX_CRUMB = '当前位置: 协会首页 > 行业交流 > 行业新闻 >';
const HX_TITLE = '第五届海峡两岸茶业博览会开幕 郑立中致辞';
const HX_META = '时间:2011-11-25 15:17 作者:海峡茶业 点击:';
const HX_LEAD = '中国台湾网11月25日消息 25日上午,第五届海峡两岸茶业博览会在福建武夷山举行。中共中央台办、国务院台办常务副主任郑立中出席开幕仪式并致辞。以下是致词全文:';

const PH_CRUMB = '当前位置:课件范文网>范文大全 > 讲话发言 > 在第13届贵州茶产业博览会开幕式上的讲话发言材料';
const PH_TITLE = '在第13届贵州茶产业博览会开幕式上的讲话发言材料';
const PH_META = '2021-04-21 13:08:13 浏览量:';
const PH_PROMO = '以下是课件范文网小编为您推荐在第13届贵州茶产业博览会开幕式上的讲话发言材料。';

const HQ_TITLE = '侯廷胤:珍愛這片葉子 重塑湄商形象';
const HQ_NAV = '茶友網(wǎng)首頁 個(gè)人中心';
const HQ_NAV_PLAIN = '茶友網首頁 個人中心';
const HQ_APP = '下載APP 下載APP';
const HQ_MOBILE = '手機(jī)訪問 手機(jī)端二維碼';
const HQ_MOBILE_PLAIN = '手機訪問 手機端二維碼';
const HQ_LEAD1 = '1月21日,以“品牌引領(lǐng) 抱團(tuán)發(fā)展 蓄勢聚能 共創(chuàng)美好”為主題的湄潭2023年度茶業(yè)經(jīng)濟(jì)年會(huì)在湄潭縣召開。眾多茶人歡聚一堂,總結(jié)過去的收獲與遺憾,展望未來一年的美好與期望,共商茶產(chǎn)業(yè)發(fā)展大計(jì)。';
const HQ_LEAD1_PLAIN = '1月21日,以“品牌引領 抱團發展 蓄勢聚能 共創美好”為主題的湄潭2023年度茶業經濟年會在湄潭縣召開。眾多茶人歡聚一堂,總結過去的收獲與遺憾,展望未來一年的美好與期望,共商茶產業發展大計。';
const HQ_LEAD2 = '會(huì)上,湄潭縣委副書記侯廷胤作了精彩演講,現(xiàn)特將內(nèi)容整理出來,以饗讀者。';
const HQ_LEAD2_PLAIN = '會上,湄潭縣委副書記侯廷胤作了精彩演講,現特將內容整理出來,以饗讀者。';

const KS_TITLE = '綠水青山出好茶 一盞遵茶酬知己';
const KS_NAME = '黃 偉';

export const specs = {
  '13-zhici-hxcytea-chabohui-crumb-meta-click-zero-press-lead': {
    source: 'http://www.hxcytea.com/hx/xh/hy_news/xingyexinwen/2011/1125/318.html',
    kind: 'speech: 致辞 (a 国台办 deputy director at the opening of the 海峡两岸茶业博览会; reprinted on a tea association site)',
    tests: 'a DedeCMS breadcrumb ending in " >" ("当前位置: 协会首页 > 行业交流 > 行业新闻 >"); the news headline "第五届海峡两岸茶业博览会开幕 郑立中致辞" as the only title; a "时间:2011-11-25 15:17 作者:海峡茶业 点击:" meta line whose count "0" stands alone on the next line; a press lead "中国台湾网11月25日消息 …出席开幕仪式并致辞。以下是致词全文:" (the site\'s); no salutation line other than "大家上午好!"; the 诚/礼/和/仁 parallel clauses after semicolons (no markers); a quoted principle; cut mid-word ("搁置争")',
    isSpeech: true,
    title: HX_TITLE,
    noise: [HX_CRUMB, HX_META, '点击:\n0', HX_LEAD, '以下是致词全文:'],
    dropLines: [HX_CRUMB, HX_TITLE, HX_META, '0', HX_LEAD],
    outline: [],
  },
  '14-jianghua-paihui8-guizhou-chabohui-crumb-glued-xiaobian-promo-title-repeat': {
    source: 'https://www.paihui8.com/jianhuafayan/2021/0421/27641.html',
    kind: 'speech: 讲话 (a provincial leader at the opening of the 贵州茶产业博览会; 范文 site)',
    tests: 'a breadcrumb ending in the title ("当前位置:课件范文网>范文大全 > 讲话发言 > …"); the title with the site-flavoured "讲话发言材料"; a "2021-04-21 13:08:13 浏览量:" line with no count; an indented salutation; the promo "以下是课件范文网小编为您推荐<title>。" glued to the end of the first body paragraph; a line holding a lone space; the title again between two body paragraphs; the slogan "贵山贵水迎贵客,贵茶贵酒敬贵人!" opening the body; no numbered point; cut mid-sentence ("未必")',
    isSpeech: true,
    title: PH_TITLE,
    noise: [PH_CRUMB, PH_META, PH_PROMO, '课件范文网小编为您推荐'],
    replace: [[PH_PROMO, '']],
    dropLines: [PH_CRUMB, PH_TITLE, PH_META],
    outline: [],
  },
  '15-yanjiang-hqwwc-big5-pinyin-meitan-chaye-nianhui-app-chrome-press-lead': {
    source: 'http://hqwwc.cn/news/hangye/141416.html',
    kind: 'speech: 演讲 (a county deputy party secretary at the county\'s tea-industry annual meeting; traditional pinyin mirror of a tea portal)',
    tests: 'a traditional mirror with converter pinyin after a fixed set of characters (網(wǎng), 個(gè), 機(jī), 領(lǐng), 團(tuán), 發(fā), 創(chuàng), 業(yè), 經(jīng), 濟(jì), 會(huì), 產(chǎn), 結(jié), 計(jì), 現(xiàn), 內(nèi), 質(zhì), 優(yōu), 隊(duì), 強(qiáng), 穩(wěn), 級(jí), 當(dāng), 態(tài), 學(xué), 點(diǎn), 區(qū)…) in chrome, lead and body; the headline "侯廷胤:珍愛這片葉子 重塑湄商形象" first as the page title, then three app-chrome lines ("茶友網首頁 個人中心", "下載APP 下載APP", "手機訪問 手機端二維碼"), then the headline again; a two-paragraph press lead ("1月21日,以“…”為主題的…年會在湄潭縣召開。…", "會上,…作了精彩演講,現特將內容整理出來,以饗讀者。"); the salutation "各位茶界朋友、企業家,同志們:"; short exclamatory paragraphs; no numbered point; cut mid-sentence ("產區等")',
    isSpeech: true,
    title: HQ_TITLE,
    noise: [HQ_NAV, HQ_APP, HQ_MOBILE, HQ_LEAD1, HQ_LEAD2, '以饗讀者'],
    regexCut: [PINYIN],
    dropLines: [HQ_TITLE, HQ_NAV_PLAIN, HQ_APP, HQ_MOBILE_PLAIN, HQ_LEAD1_PLAIN, HQ_LEAD2_PLAIN],
    outline: [],
  },
  '16-zhici-kingstreet-big5-pinyin-zunyi-chabohui-title-subtitle-wrap-bare-name': {
    source: 'http://m.kingstreet.cn/news/kuaixun/144912.html',
    kind: 'speech: 致辭 (a city mayor at the opening of the 中國好綠茶大會暨貴州茶產業博覽會; traditional pinyin mirror)',
    tests: 'a leading blank line; the thematic title "綠水青山出好茶 一盞遵茶酬知己"; the "在2024中國好綠茶大會暨第16屆貴州 / 茶產業(yè)博覽會開幕式上的致辭" subtitle hard-wrapped over two lines (a body paragraph, rejoined); the date line "(2024年4月18日)" (kept); the speaker\'s bare name with a space inside ("黃 偉", no position → noise); salutation and "大家上午好!"; converter pinyin after some characters only (業(yè), 節(jié), 區(qū), 統(tǒng), 強(qiáng), 優(yōu)) — the same words bare elsewhere; a quotation with 統(tǒng)籌 inside; no numbered point; cut mid-sentence ("成為")',
    isSpeech: true,
    title: KS_TITLE,
    noise: [KS_NAME],
    regexCut: [PINYIN],
    join: [['在2024中國好綠茶大會', '上的致辭']],
    dropLines: [KS_TITLE, KS_NAME],
    outline: [],
  },
  '17-news-jinrixinan-mingjiu-wenhuajie-yishi-summary-not-speech': {
    source: 'https://jinrixinan.com/guizhou/14507.html',
    kind: 'non-speech: news report (a provincial economic paper on the opening of the 中国国际名酒文化节 in 宜宾)',
    tests: 'a photo caption "开幕式现场" where a headline would be (no headline in the capture); a "四川经济日报讯(记者 … 文/图)" lead; guests, hosts and who 致辞/主持; the city\'s liquor figures; then a federation head\'s "三点希望:一是传承白酒传统文化。…二是弘扬白酒公益文化。…三是彰显名酒品牌文化。…" — 一是 after a colon, 二是/三是 after full stops — told in the third person ("张崇和表示,…他就…提出") — a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-fdxww-kaichajie-glued-watermark-shouxian-not-speech': {
    source: 'http://fdxww.com/xinwenpindao/chaxiangxinwen/31956.html',
    kind: 'non-speech: news report (a city news site\'s preview of the 福鼎白茶 开茶节)',
    tests: 'a breadcrumb "您当前的位置 :首页 > 新闻 > 茶乡新闻", a lone "投稿" link, the headline, a "…来源:福鼎新闻网 作者:… 点击图片浏览下一页" line; the site\'s anti-copy watermark "fCn福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台" glued to the end of every paragraph; "开茶节当天,首先…。随后,…" narrating the programme; officials and experts named in the third person; an exclamatory, second-person tone ("等你来欣赏") — a news item, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '第四届福鼎白茶(点头)开茶节即将开幕啦!',
    noise: [],
    outline: [],
  },
};
