// Gold specs for holdout round 146, part A (cases 01–06): textiles and garments (纺织 and 服装 trade bodies, summits and
// anniversaries, garment-city meetings, factory rules — their 讲话, 致辞, 主题发言, and their look-alikes: a garment trade
// association's meeting report and a garment factory's 厂规).
// Four spoken pieces (a 中国纺织工业协会 leader's 讲话 at the national textile science-and-technology conference in the
// history archive of a textile trade portal (sinotex.cn, 锦桥纺织网, "/News/oldnews/html/NewsDeatil_<id>.Html"): the brand
// printed twice on one line, three lines of channel and commodity links, "我要找信息", "热门关键字:", a crumb
// "锦桥纺织网—资讯频道 >> 历史资讯", the headline, two empty lines, a "来源:中国纺织报      发布时间:… " meta line with
// trailing spaces, then the whole speech flattened onto one indented line with runs of three spaces where paragraphs
// were, no salutation, "…作3点说明。 一、<heading>   <body>" (the heading's own space before "55年" kept), cut
// mid-number ("已超过2000"); an acting mayor's 主题发言 at a textile innovation summit on the site of the textile
// information centre (www.ctic.org.cn, "/site/content/<id>.html"): a crumb "您当前的位置:主页> 新闻> 专家观点", the headline
// "<speaker>:<slogan>!", a "时间:…   来源:   浏览:83079" line with an empty 来源, a bare "分享:" label, an indented
// third-person press lead ending "…进行了主题发言,全文如下:", an image file name "3.jpg" on its own line, the salutation
// naming the federation president, three indented paragraphs, a space before an opening quote ("我市提出 “质量石狮·…”"),
// cut mid-sentence ("对石狮纺织服装业"); the textile federation president's 讲话 at the 60th anniversary of the 赵梦桃小组
// on a traditional-script converter mirror (m.yaofeixin.cn, Z-Blog "/index.php/post/<id>.html"): the title over two lines
// ("在“夢…”論壇" / "暨紀念“趙夢桃小組”命名60周年大會上的講話"), the byline "中國紡織工業聯合會會長 孫瑞哲" and the
// date on lines of their own, converter pinyin after 夢/爭/紀/會/國/業/聯/長/領/導/來/發/產/運/動/說/標/時/獻/對/誠/習/號/續/
// 創/實/現/陽/堅/進/謹/關/級 (長 read "zhǎng" also in 長期; 會 and 國 left bare in "會長", "中國紡織文明", "中國革命"), the
// page's dropped 最 ("爭做美奮斗者", in the title and the body), cut mid-word ("大會的召"); a provincial garment association
// head's 致辞 at a textile overseas-investment summit on a hijacked mirror of a textile news site's special (hokieu.com,
// TRS "/special/…/t<yyyymmdd>_<id>.html"): a lone "|" line, a third-person lead "…以下为…王翀的致辞全文。", then the salutation,
// "大家下午好!" and the whole 致辞 on one line separated by single spaces, a mis-encoded "?" kept ("低成本的?发展方式"), a
// closing "最后预祝…" without a comma, "谢谢!", and the special's link "更多内容,请点击【专题】2015中国纺织海" cut mid-word)
// and two written look-alikes (a garment mall's DESTOON news page (cdfzsc.com, "/announce/show.php?itemid=<id>"): a
// leasing banner with a phone number, "标王 热搜:", two blank-space lines, a crumb "当前位置: 首页 » 公告中心 » 行业趋势", the
// headline, a " [打印]添加时间:…   有效期:不限 至 不限   浏览次数:261" line, a lead on an official who spoke ("…交流并致辞,
// 他提出了一个新的说法:要…,要…,要…"), subheads "奏唱国歌" and "昂扬产业精神,展示新的面貌", a long list of attending
// officers, cut after an opening quote ("“服装是时尚之都") — a report of an association's members' congress, not a speech;
// a garment company's 厂规 on a traditional-script 范文 mirror (m.flowergirlmurrieta.com, "/zhidu/<id>.html"): the page
// title "服裝公司的規章制度有哪些", the site's genre blurb "制度即規程,…寫好…有什么技巧?這里給大家整理…,方便大家學習。",
// the piece heading "…有哪些篇1", "廠規", working hours with stray 、 ("早上8:00、到12:00"), rules "1、…12、" with the site's
// ",、" glitch and a doubled phrase ("本廠的各項規章本廠的各項規章制度"), "員工守則待遇" and "1、…6、" pay rules, cut
// mid-word ("10分") — a written regulation, not a speech).
// Judgement calls: 01 is a speech: the body speaks to the conference in the first person ("我想围绕…作3点说明"); the headline
// is the page's only title line and is the title (a press headline taken, as round 134 case 02); the brand line, the
// three link bars, "我要找信息", "热门关键字:", the crumb and the meta line are noise (the crumb and the date part listed
// again as short parts); the flattened body stays one paragraph (no break is invented at the space runs, as round 4 case
// 12); the inline "一、" after "说明。 " is a run of one (the capture ends before 二、) → optional level 1, as round 3 case
// 05, its text the heading up to the space run the flattening left before its body, as round 3 cases 06 and 10. 02 is a
// speech page (the document under the lead is the address in the first person, "我谨代表石狮市委、市政府…"), as round 134
// case 02 and round 142 case 01; the title is the headline as printed, speaker prefix "黄春辉:" and "!" kept (as round 142
// case 01's "陈伟:…"; the acting mayor is a public figure and keeps his name, as does the federation president in the
// salutation); crumb, meta line (with "浏览:83079" again), "分享:", the lead (with "全文如下:" again) and the image file name
// are noise (an image's name as a line, as round 6 case 01); no numbered points. 03: the two title lines are one title
// (as round 5 case 02 and round 134 case 04), taken without its pinyin; the byline with the position and the date line are
// the speech's own and stay (as the shared corpus's "主讲人:…" and round 5 cases 04/09); every "(pinyin)" is cut by
// regexCut and listed; the dropped 最 is the page's and stays (as round 135 case 10's "各個域"); no numbered points. 04: no
// line of the page is the 致辞's title, so the title is "" (as round 134 case 13 and round 135 case 10 under their "|" lines);
// "|", the lead (with "的致辞全文。" again) and the special's link line (with "更多内容,请点击【专题】" again) are noise; the
// salutation glued to the body stays glued, one paragraph; the "?" is a mis-encoded character and stays (as round 1 cases
// 09/10); "最后预祝" has no separator and no run → no item. 05 and 06 are written, not speeches (05 tells the congress in
// the third person; 06 is a rule sheet with numbered rules). Names of private people (the association officers, guests
// and staff in 05) were replaced by fictional ones; the officials and federation leaders named in noise lines, titles and
// salutations keep theirs; the prose was rewritten (03 and 06 drafted in simplified characters, converted with OpenCC and
// given back the pages' quirks: 里, 斗, 于, 杰, 后, 準, and in 03 the pinyin after the same characters as on the page).
// Looked for and not found on a new host: a 范文-site 服装/纺织 年会 致辞, 新春致辞 or 开工 讲话 with numbered points (the
// hits were novels — a garment boss's year-end speech, a cotton mill's founding speech, an embroidery workshop's opening —
// or used hosts: m.010zaixian.com's 纺织 新年致辞, m.cooco.net.cn's 台华 中秋致辞 (the very page of round 10 case 10),
// runfargroup.com's traditional 开工剪彩 讲话, dawenge.com's 郝建秀小组 讲话, zbsc.shangtex.biz's 纺织集团 动员讲话 with 一、/1、,
// minyu88.com's 中纺圆桌论坛 讲话 with 第一、/第二、 (the very page of round 49 case 08), m.bimoxiezuo.com's 纺织行业 代表委员
// 座谈会 讲话 with 一、/(一)); a 服装节 开幕式 主持词 or 开幕词 (only news reports and novels); a 服装 开业 策划 and a garment
// worker's 心得体会 (only blog posts, factory-visit compositions and a generated Q&A page); a 文库/PDF viewer page of a
// textile speech. So only 01 carries a numbered point, and an optional one.
// Template twins considered: m.6868980.com (錦橋紡織網, traditional) is sinotex.cn's own site in a converter copy, not taken;
// hrbfdmy.net serves yaofeixin's Z-Blog path on another traditional pinyin mirror of textile news (a blog report of the
// Macau 服装节 with 一、…四、 after a colon) and was dropped as its likely twin; hokieu.com, m.scskw.com.cn and meboo.cn are
// hijacked mirrors of textile-news TRS pages with the same "|"-line shape, and only hokieu was taken; round 134 case 13
// (jingaoyuanzdp.com) also opens with a lone "|" over a TRS path, but a lone "|" line opens unrelated used pages too (round
// 104's 16, 106's 01, 110's 12, 127's 05), that page is traditional with a casino brand, and no used page carries hokieu's
// "更多内容,请点击【专题】" link, so it was kept; www.healthxt.com is the used m.healthxt.com (round 135 case 10), not taken;
// m.flowergirlmurrieta.com's blurb ends like round 6 case 10's bzuowen promo ("…,方便大家学习。"), but its furniture
// differs (no 浏览/范文 counters, no "范文类型" line, no "+ 加入清单") and no used page has "制度即規程" or "有什么技巧?這里給
// 大家整理", so it was kept; cdfzsc.com's DESTOON lines ("标王 热搜:", "有效期:不限 至 不限") and ctic.org.cn's crumb
// ("主页> 新闻> 专家观点") occur in no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JQ_BRAND = '锦桥纺织网 锦桥纺织网';
const JQ_BAR1 = '资讯 要闻 视点 外贸 统计 标准 科技 市场 宁波 织里 盛泽 湖塘 钱清 供应 坯布 纱线 面料 家纺 服装 纺机';
const JQ_BAR2 = '棉花 现货 撮合 郑棉 美棉 收储 抛储 曲线 棉花 化纤 纱线 坯布 外汇 原油 采购 坯布 纱线 面料 家纺 服装 纺机';
const JQ_BAR3 = '化纤 涤纶 粘胶 聚酯 腈纶 氨纶 锦纶 计算 克重 布价 纱价 棉价 外棉价 服务 会员 广告 软件 短信 期刊 建站';
const JQ_FIND = '我要找信息';
const JQ_HOT = '热门关键字:';
const JQ_CRUMB = '锦桥纺织网—资讯频道 >> 历史资讯';
const JQ_TITLE = '加快纺织科学技术为早日建成现代化纺织强国而努力';
const JQ_META = '来源:中国纺织报      发布时间:2004-10-23 11:42:51';

const CT_CRUMB = '您当前的位置:主页> 新闻> 专家观点';
const CT_TITLE = '黄春辉:借力峰会平台优势,助推石狮纺织产业发展!';
const CT_META = '时间:2016-07-06 13:10:40   来源:   浏览:83079';
const CT_SHARE = '分享:';
const CT_LEAD = '7月6日,2016中国纺织创新年会·石狮峰会在福建石狮隆重召开。会议以“探寻纺织产品创新的基因”为主题,重点探讨在“十三五”规划的开局之年,如何提升供给质量和效率,激活和释放有效需求;如何从产品本质出发,以精益求精的“匠心精神”为根本,探寻纺织产品创新的基因,助推纺织行业转型升级。石狮市人民政府代市长黄春辉在会上进行了主题发言,全文如下:';
const CT_IMG = '3.jpg';

const YF_TITLE1 = '在“夢桃精神代代傳爭做美奮斗者”論壇';
const YF_TITLE2 = '暨紀念“趙夢桃小組”命名60周年大會上的講話';
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const HK_BAR = '|';
const HK_LEAD = '2015年12月7日,2015中国纺织海外投资交流峰会在大连举办。以下为中国纺织工业联合会流通分会特邀副会长、辽宁省服装协会会长王翀的致辞全文。';
const HK_TAIL = '更多内容,请点击【专题】2015中国纺织海';

export const specs = {
  '01-jianghua-sinotex-keji-dahui-nav-bars-meta-inline-yi-run-of-one': {
    source: 'http://sinotex.cn/News/oldnews/html/NewsDeatil_47215.Html',
    kind: 'speech: 讲话 (a 中国纺织工业协会 leader at the national textile science-and-technology conference; history archive of a textile trade portal)',
    tests: 'the brand twice on one line; three lines of channel and commodity links; "我要找信息" and "热门关键字:" labels; a crumb "锦桥纺织网—资讯频道 >> 历史资讯"; the headline as the only title; two empty lines; a "来源:中国纺织报      发布时间:…" meta line with trailing spaces; no salutation; the whole speech on one indented line with three-space runs where paragraphs were; an inline "一、" after "说明。 " with the heading and its own space before "55年", a run of one (optional); cut mid-number ("已超过2000")',
    isSpeech: true,
    title: JQ_TITLE,
    noise: [JQ_BRAND, JQ_BAR1, JQ_BAR2, JQ_BAR3, JQ_FIND, JQ_HOT, JQ_CRUMB, JQ_META, '锦桥纺织网—资讯频道', '发布时间:2004-10-23 11:42:51'],
    dropLines: [JQ_BRAND, JQ_BAR1, JQ_BAR2, JQ_BAR3, JQ_FIND, JQ_HOT, JQ_CRUMB, JQ_TITLE, JQ_META],
    outline: [
      { level: 1, marker: '一、', text: '科技进步是新中国纺织工业 55年发展道路的主线', optional: true },
    ],
  },
  '02-fayan-ctic-shishi-fenghui-crumb-meta-fenxiang-lead-jpg': {
    source: 'http://www.ctic.org.cn/site/content/7278.html',
    kind: 'speech: 主题发言 (an acting mayor at a textile innovation summit; the textile information centre\'s site)',
    tests: 'a crumb "您当前的位置:主页> 新闻> 专家观点"; the headline "<speaker>:<slogan>!" as the title; a "时间:…   来源:   浏览:83079" line with an empty 来源; a bare "分享:" label; an indented third-person lead ending "…主题发言,全文如下:"; an image file name "3.jpg" on its own line; the salutation naming the federation president; three indented paragraphs; a space before an opening quote ("我市提出 “质量石狮·实业强市”"); no numbered points; cut mid-sentence ("对石狮纺织服装业")',
    isSpeech: true,
    title: CT_TITLE,
    noise: [CT_CRUMB, CT_META, '浏览:83079', CT_SHARE, CT_LEAD, '全文如下:', CT_IMG],
    dropLines: [CT_CRUMB, CT_TITLE, CT_META, CT_SHARE, CT_LEAD, CT_IMG],
    outline: [],
  },
  '03-jianghua-yaofeixin-big5-pinyin-zhaomengtao-two-line-title-byline': {
    source: 'http://m.yaofeixin.cn/index.php/post/24288.html',
    kind: 'speech: 讲话 (the textile federation president at the 60th anniversary of a model spinning team; traditional-script converter mirror)',
    tests: 'traditional script with converter pinyin after 夢/爭/紀/會/國/業/聯/長/領/導/來/發/產/運/動/說/標/時/獻/對/誠/習/號/續/創/實/現/陽/堅/進/謹/關/級 (a few 會/國 left bare; 長 read zhǎng in 長期); the title over two lines ("在“夢…”論壇" / "暨紀念“趙夢桃小組”命名60周年大會上的講話"); the byline "中國紡織工業聯合會會長 孫瑞哲" and the date "2023年4月25日" on lines of their own (kept); the salutation and "大家上午好!"; the page\'s dropped 最 ("爭做美奮斗者") in title and body; no numbered points; cut mid-word ("大會的召")',
    isSpeech: true,
    title: YF_TITLE1 + YF_TITLE2,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [YF_TITLE1, YF_TITLE2],
    outline: [],
  },
  '04-zhici-hokieu-haiwai-touzi-fenghui-pipe-lead-oneline-zhuanti-tail': {
    source: 'https://hokieu.com/special/2015nzt/1207jlfh/1207zhici/201512/t20151209_2060844.html',
    kind: 'speech: 致辞 (a provincial garment association head at a textile overseas-investment summit; hijacked mirror of a textile news site\'s special)',
    tests: 'a lone "|" line; a third-person lead "…以下为…的致辞全文。" (noise); no title; the salutation, "大家下午好!" and the whole 致辞 on one line separated by single spaces (one paragraph); a mis-encoded "?" inside a phrase ("低成本的?发展方式", kept); a closing "最后预祝…" without a separator (no item); "谢谢!"; the special\'s link "更多内容,请点击【专题】2015中国纺织海" cut mid-word',
    isSpeech: true,
    title: '',
    noise: [HK_BAR, HK_LEAD, '的致辞全文。', HK_TAIL, '更多内容,请点击【专题】'],
    dropLines: [HK_BAR, HK_LEAD, HK_TAIL],
    outline: [],
  },
  '05-news-cdfzsc-fuzhuang-xiehui-huiyuan-dahui-destoon-chrome-not-speech': {
    source: 'http://cdfzsc.com/announce/show.php?itemid=381',
    kind: 'non-speech: news report (a city garment association\'s members\' congress; a garment mall\'s DESTOON news page)',
    tests: 'a leasing banner with a phone number; "标王 热搜:"; two lines of a blank space; a crumb "当前位置: 首页 » 公告中心 » 行业趋势"; the headline "重磅:…"; a " [打印]添加时间:…   有效期:不限 至 不限   浏览次数:261" line; a lead telling that an official "交流并致辞" and what he said ("要…,要…,要…" after a colon, in the third person); subheads "奏唱国歌" and "昂扬产业精神,展示新的面貌"; a long list of attendees; cut after an opening quote — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-zhidu-flowergirlmurrieta-big5-fuzhuang-changgui-pian1-not-speech': {
    source: 'http://m.flowergirlmurrieta.com/zhidu/102768.html',
    kind: 'non-speech: 规章制度 (a garment factory\'s 厂规 and pay rules; traditional-script 范文 mirror)',
    tests: 'traditional script; the page title "服裝公司的規章制度有哪些"; the site\'s genre blurb "制度即規程,…寫好…有什么技巧?這里給大家整理…,方便大家學習。"; the piece heading "…有哪些篇1"; "廠規" and working hours with stray 、 ("早上8:00、到12:00", "晚上18:00至"); rules "1、…12、" with the site\'s ",、" glitch and a doubled phrase; "員工守則待遇" with "1、…6、" pay rules (×14倍+100元); cut mid-word ("10分") — a written regulation, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
