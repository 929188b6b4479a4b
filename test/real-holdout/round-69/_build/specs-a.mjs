// Gold specs for holdout round 69, part A (cases 01–06): agriculture, grain and rural cooperatives. Four spoken pieces
// (the General Secretary's speech at the 2022 中央农村工作会议 on a traditional-script mirror (studiorouge) whose first line is
// a pornographic SEO title, then the headline with a double space inside ("加快建設農業強國  推進農業農村現代化"), a glued
// "發布時間:…瀏覽次數:6503次" meta line, "分享:0", the speaker's bare name under the meta, a line holding one space, toneless
// pinyin in parentheses after many characters (作(zuo), 農(nong), a wrong 葉(xie), runs doubled or quadrupled: 全(quan)(quan),
// 中(zhong)(zhong), 強(qiang)(qiang)(qiang)(qiang)), indented paragraphs ending in two spaces, one block "一、錨定(ding)…" heading
// line, cut inside an annotation "先(xia"; the same speaker's 2020 中央农村工作会议 speech as printed by 求是, on another
// traditional mirror (fjliren) with a different spam header (a "|"-separated list of video-site names), a "當(dāng)前位置: 首頁(yè)
// > 新聞中心 > 頭條 > 正文" breadcrumb, the headline on two lines, a "時(shí)間:… 瀏覽量:128 次 來(lái)源:《求是》雜志" line, a
// "【字體:    打印" bar, the bare name, toned pinyin after a fixed set of characters, the converter's doubled marks ",," and ",。"
// all through the prose, a mis-encoded run "?dú)v" where 歷 was lost, the heading "一,、真抓實(shí)干…" with a comma glued between
// the numeral and 、, a "——從…看,,…" paragraph, cut mid-annotation "農(n"; the 农业部经管司 official's 致辞 opening the "2009
// 合作社产品北京推介会" on a cooperative-services company's site (zhu-ren), whose text opens with the photo caption "推介会会场"
// and then the salutation "女士们、先生们,朋友们、同志们:", no title, no numbered points, cut after an opening quotation mark;
// a pupil's 国旗下讲话 for 世界粮食日 on a district school group's site (pksx.njnaedu), under the group's widget "今天是" and a
// one-word-a-line site-group menu (站群导航 / 主站 / 幼儿园 / 小学 / 中学 / 特殊教育 / 少年宫 / 手机版), "设为首页 | 加入收藏 |", a
// "您的位置:首页 >德育天地>国旗飘扬>详细内容" breadcrumb, the column name "国旗飘扬" alone, the headline "《节约粮食,不负“粮心”》
// 临江路校区第七周国旗下讲话" and an empty-fielded "来源: 发布时间:… 浏览次数: 【字体:" line; the body says "今天是10月16日",
// so the widget "今天是" can only be listed inside the whole menu block; no numbered points, cut mid-sentence) and two
// written look-alikes (a mirror's copy (a12388) of a commentary on the 2023 中央农村工作会议 that quotes the General
// Secretary and carries a sentence from a fantasy novel glued after a closing quotation mark ("…家园故土。””就在这时,一个雄壮的
// 成年男子走进院中…") — an article, not a speech; a county news site's report (yingshanwang) of a 秋播生产 field meeting whose
// deputy secretary "强调,一要…。二要…。三要…" — a third-person report, not a speech; the whole article is 418 characters).
// Judgement calls: 01's title keeps its inner double space as printed; the spam line, the meta line, "分享:0" and the
// bare name "習近平" under the meta (no subtitle, so a byline as round 34 ruled) are noise; the pinyin is cut by one regular
// expression (its hits become noise), the unclosed "(xia" at the cut stays as a pinyin fragment cut off by the capture;
// "一、錨定農業強國建設目標,一以貫之抓好農業農村工作" is a required level-1 heading (whole line). 02's title is the two
// headline lines joined by a space (one 求是 headline set on two lines); the doubled marks stay in the text (as round 23's
// ",,"), and so does "?dú)v" (an unrepairable mis-encoded run); "一,、" is not a marker of the rule table but a reader takes
// it for 一、, so the heading is optional, and the "——" point under it is optional too (level 2 for a reader, level 1 by the
// letter of the rules once 一,、 is not a heading). 03's title is "" (the capture opens with the caption and the salutation);
// the caption is noise. 04's title is the headline as printed, 《》 included; the menu block from "今天是" to "手机版" is one
// noise string, the menu lines are dropped one by one; the campus name is fictional (临江路). 05 and 06 are written, not
// speeches; 05's title is "" (its first line is a quoted slogan), 06's title is its headline. Names of living private
// people and of small places are fictional (06's officials, towns and projects; 04's campus); the two speeches of the
// General Secretary keep his name, their prose is rewritten in new words.
// Looked for and not found on a new host: a county 农业农村工作会议 or 春耕/三夏/秋收 讲话 on a 范文 template site (gwyoo,
// 7rdy, allw, wenmizhiyou, xiaomilidoc, gongwen.com.cn, docx.baby, wm114, longcen, sucai198, wydbw, 16fw, wmjy, gongwk,
// 360docs, fanwenq, mingyanjiaju, xuncaibao, zuancaijixie, fpldtrp, yunyueyy, helloknj are used); a 合作社 成立大会/分红大会
// speech with numbered points (only novel chapters and news reports); a 丰收节 开幕式 致辞 on a new host (e.wenmi.ren is used,
// the rest are news); a 粮食安全 讲话 in a 文库 viewer on a new host.
// Template twins set aside: mdjjksjc.com (a 玉米收获机械化现场会 致辞 in a book118 mirror: "本文档共2页,可阅读全部内容" and
// "PAGE / PAGE1", book118 is used; round 50 set aside iklangarut for the same), ccfc.zju.edu.cn (中国农民合作社研究网, a 通知
// on 合作社经验交流会 典型发言 with 一、/二、 headings; a sister site of round 63's ggzc.zju.edu.cn on the same university CMS,
// "/<yyyy>/<mmdd>/c<n>a<n>/page.htm"), bzhzs.cn (a 合作社联合会 年度工作总结 on a 凡科 "h-nd-<n>.html" shop site: "新闻详情" and the
// cart bar, the template of round 24's gdis, round 49's gezhi and round 58's collegevillefire), m.ttshu8.com (a novel
// chapter with a 县长会议 speech: "首页 >> <book> >> …最新章节(目录) / 大家在看… / 上一章书 页下一章阅读记录", the template of round
// 66's ipaoshuba), 123wenmi.com (a 国旗下讲话 on 爱惜粮食, "第1篇:" collection with the "<date> 版权声明 我要投稿" line of round
// 7's wenshuyi), yuanjingfilm.com (used; the gwyoo "导语:…一文来源于网友上传" template), big5.baiyunpiaopiao.com (a 三夏开机仪式
// 致辞; the site is used as wap.baiyunpiaopiao).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const SR_SPAM = '欧美亚洲国产一区_亚洲AV日韩AV无码A一区_色综合天天综合婷婷伊人_日本中文字幕不卡在线一区二区';
const SR_TITLE = '加快建設農業強國  推進農業農村現代化';
const SR_META = '發布時間:2023-03-22 08:31:45瀏覽次數:6503次';
const SR_SHARE = '分享:0';
const SR_NAME = '習近平';

const FJ_SPAM = '吃瓜爆料网在线观看|91制片厂MyZ9|果冻传媒最新出品|国产自拍偷拍第三页|国产传媒 欧美|麻豆蜜桃传媒网站在线|一区麻豆文化传媒理论|午夜福利试看|亚洲在线看片|91制片厂种子连接,自拍偷拍 第二页,天美传媒麻豆在线二区,亚洲精品在看在线观看高清91';
const FJ_CRUMB = '當(dāng)前位置: 首頁(yè)  >  新聞中心  >  頭條 > 正文';
const FJ_CRUMB_CUT = '當前位置: 首頁  >  新聞中心  >  頭條 > 正文';
const FJ_T1 = '堅持把解決好“三農”問題作為全黨工作重中之重';
const FJ_T2 = '舉全黨全社會之力推動鄉村振興';
const FJ_META = '時(shí)間:2022-03-31   瀏覽量:128 次  來(lái)源:《求是》雜志';
const FJ_META_CUT = '時間:2022-03-31   瀏覽量:128 次  來源:《求是》雜志';
const FJ_BAR = '【字體:    打印';
const FJ_NAME = '習(xí)近平';

const ZR_CAPTION = '推介会会场';

const NJ_MENU_LINES = ['今天是', '站群导航', '主站', '幼儿园', '小学', '中学', '特殊教育', '少年宫', '手机版'];
const NJ_MENU = '今天是\n站群导航\n\n主站\n\n幼儿园\n\n小学\n\n中学\n\n特殊教育\n\n少年宫\n\n手机版';
const NJ_BAR = '设为首页 | 加入收藏 |';
const NJ_CRUMB = '您的位置:首页 >德育天地>国旗飘扬>详细内容';
const NJ_COLUMN = '国旗飘扬';
const NJ_TITLE = '《节约粮食,不负“粮心”》临江路校区第七周国旗下讲话';
const NJ_META = '来源: 发布时间:2023-10-16 10:17:20 浏览次数: 【字体:';

export const specs = {
  '01-jianghua-studiorouge-big5-pinyin-spam-header-nongcun-gongzuo-yi': {
    source: 'http://studiorouge.cn/index.php?m=Article&a=show&id=176',
    kind: 'speech: 讲话 (the General Secretary at the 中央农村工作会议 on building an agricultural power; traditional-script mirror)',
    tests: 'a pornographic SEO title as the first line; the headline with a double space inside; a glued "發布時間:…瀏覽次數:6503次" meta line and "分享:0"; the speaker\'s bare name under the meta; a line holding one space; toneless pinyin in parentheses after many characters, one wrong (葉(xie)) and some repeated (全(quan)(quan), 中(zhong)(zhong), 強(qiang)(qiang)(qiang)(qiang)); paragraphs indented with spaces and ending in two spaces; a block "一、錨定(ding)…" heading line with pinyin inside; no salutation; cut inside an annotation ("必(bi)先(xia")',
    isSpeech: true,
    title: SR_TITLE,
    noise: [SR_SPAM, SR_META, SR_SHARE, SR_NAME],
    regexCut: ['\\([a-z]+\\)'],
    dropLines: [SR_SPAM, SR_TITLE, SR_META, SR_SHARE, SR_NAME],
    outline: [
      { level: 1, marker: '一、', text: '錨定農業強國建設目標,一以貫之抓好農業農村工作' },
    ],
  },
  '02-jianghua-fjliren-big5-pinyin-doubled-commas-crumb-sannong-yi-comma': {
    source: 'https://m.fjliren.com/n152/n162/c83886/content.html',
    kind: 'speech: 讲话 (the General Secretary at the 2020 中央农村工作会议, as printed by 求是; traditional-script mirror)',
    tests: 'a spam header of "|"-separated video-site names; a breadcrumb with pinyin inside ("當(dāng)前位置: 首頁(yè)  >  新聞中心  >  頭條 > 正文"); the headline on two lines with pinyin; a "時(shí)間:… 瀏覽量:128 次  來(lái)源:《求是》雜志" line; a "【字體:    打印" bar; the bare name "習(xí)近平"; toned pinyin after a fixed set of characters all through the prose; the converter\'s doubled marks ",," and ",。" (kept); a mis-encoded run "?dú)v" (kept); the heading "一,、真抓實(shí)干…" with a comma between the numeral and 、; a "——從…看,,…" paragraph under it; cut inside an annotation ("以農(n")',
    isSpeech: true,
    title: FJ_T1 + ' ' + FJ_T2,
    noise: [FJ_SPAM, FJ_CRUMB, FJ_META, FJ_BAR, FJ_NAME],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)'],
    dropLines: [FJ_SPAM, FJ_CRUMB_CUT, FJ_T1, FJ_T2, FJ_META_CUT, FJ_BAR, '習近平'],
    outline: [
      { level: 1, marker: '一,、', text: '真抓實干做好新發展階段“三農”工作', optional: true },
      { level: 2, marker: '——', text: '從中華民族偉大復興的戰略全局看,,民族要復興,鄉村必振興,', optional: true },
    ],
  },
  '03-zhici-zhuren-hezuoshe-tuijiehui-photo-caption-no-title': {
    source: 'http://zhu-ren.com/news/news317.html',
    kind: 'speech: 致辞 (a 农业部经管司 official opening a Beijing promotion fair for cooperatives\' produce; company site)',
    tests: 'no title in the capture: the photo caption "推介会会场" (noise) sits on the first line, right above the salutation "女士们、先生们,朋友们、同志们:"; two long paragraphs naming a law in 《》, an event in quotation marks, dates and statistics; the speaker\'s welcome on behalf of two offices; no numbered points; cut right after an opening quotation mark ("逐步成为“")',
    isSpeech: true,
    title: '',
    noise: [ZR_CAPTION],
    dropLines: [ZR_CAPTION],
    outline: [],
  },
  '04-guoqixia-njnaedu-liangshiri-school-site-nav-crumb': {
    source: 'http://pksx.njnaedu.cn/dytd/gqpy/content_380425',
    kind: 'speech: 国旗下讲话 (a 世界粮食日 talk at a school campus\'s weekly flag-raising; school-group site)',
    tests: 'a date widget "今天是" and a one-word-a-line site-group menu (站群导航 / 主站 / 幼儿园 / 小学 / 中学 / 特殊教育 / 少年宫 / 手机版) while the body itself says "今天是10月16日"; "设为首页 | 加入收藏 |"; a "您的位置:首页 >德育天地>国旗飘扬>详细内容" breadcrumb; the column name "国旗飘扬" alone on a line; the headline with the topic in 《》 and the campus and week ("…临江路校区第七周国旗下讲话"); a meta line with empty fields ("来源: 发布时间:… 浏览次数: 【字体:"); the salutation, then "大家早上好!" with the topic repeated inside a sentence (body, not a title repeat); history of the day with years; no numbered points; cut mid-sentence',
    isSpeech: true,
    title: NJ_TITLE,
    noise: [NJ_MENU, NJ_BAR, NJ_CRUMB, NJ_COLUMN, NJ_META],
    dropLines: [...NJ_MENU_LINES, NJ_BAR, NJ_CRUMB, NJ_COLUMN, NJ_TITLE, NJ_META],
    outline: [],
  },
  '05-article-a12388-nongcun-gongzuo-huiyi-injected-novel-line-not-speech': {
    source: 'http://a12388.com/news/5106328054.html',
    kind: 'non-speech: article (a commentary on the 2023 中央农村工作会议, on a mirror that glues in novel sentences)',
    tests: 'a commentary that opens with a quoted slogan, quotes the General Secretary twice and reasons about three "更加" — written about a meeting, not spoken to one; a sentence from a fantasy novel glued after a closing quotation mark ("…家园故土。””就在这时,一个雄壮的成年男子走进院中…"); no headline; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '06-news-yingshanwang-qiubo-tuijinhui-yiyao-not-speech': {
    source: 'http://www.yingshanwang.net/news/html/424.html',
    kind: 'non-speech: news report (a county 秋播生产 and agricultural-industry-chain field meeting)',
    tests: 'a county news report: the headline, who attended, then "林素芬强调,一要…。二要…。三要…" — requirements in the third person after "强调," (the run opens after a comma, then continues after full stops), the bureau\'s briefing and the places visited; no salutation, no first person; the whole article is 418 characters',
    isSpeech: false,
    title: '我县秋播生产暨重点农业产业链建设现场推进会召开',
  },
};
