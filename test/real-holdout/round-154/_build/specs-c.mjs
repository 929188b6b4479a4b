// Gold specs for holdout round 154, part C (cases 13–18): archives and museums (国际档案日, 博物馆日, 档案馆/博物馆 anniversaries
// and openings, 文物 工作会议 — their 讲话/致辞/发言/欢迎词, and their look-alikes: a novel chapter, a 公告 and an article).
// Three spoken pieces (the First Historical Archives director's 主旨发言 at the archive's 90th-anniversary meeting, reprinted on
// an archives-history site (web.wdjj.cn, "/info/info_<id>.html"): a site bar "|  网站首页  |  导 言  |  网站简介  | …  |  联系我们",
// a crumb "您的位置:网站首页 >> 档案文章选载 >> <title>", the headline naming the 主旨发言, a font/colour widget line
// "【发表时间:2016/10/20 19:18:05】 【字号: 】 【颜色: 绿 】 【背景: 绿 】 【浏览次数:" left unclosed, a "本文来源:… 发布日期:2016-07-15"
// line, the headline printed again over two lines, an editor's "【摘要】(主旨发言人系…馆长)原载于《中国档案报》…第三版" note, then
// the 发言 with no salutation in indented paragraphs, cut mid-sentence; the 国家文物局 head's 发言, first piece of a 发言摘编 on a
// hijacked traditional-script converter mirror of 中国西藏网 (xgambeijing.cn, "/cn/Instant/local/<yyyymm>/t<date>_<id>.html"): a
// casino keyword line, five leaked HTML tag lines ("• <rp id=…><menu …></rp>", "<var …><track …><ins …></ins></track></var>"),
// the crumb "中國西藏網(wǎng) > 即時新聞 > 地方", the newspaper's collection headline, a "發(fā)布時間:…來源: 人民日報" line, the editor's lead
// "…先后發(fā)言,現(xiàn)將發(fā)言摘編刊發(fā)。" and "——編者", the piece's own title, the speaker's byline with his posts, converter pinyin after
// 網/產/發/責/現/業/質/習/設/規/關/協/統, a block "一、…。" heading sentence opening a paragraph, cut mid-word; the ICOM 2010
// Shanghai congress's 欢迎词 page on a cultural-relics portal (www.wenwuchina.com, "/a/<col>/<id>.html"): the headline
// "…全体会议:欢迎词", a "图片版权归原作者所有" image caption twice, the ICOM president's welcome with "一是…;二是…。" after a colon,
// "2010年上海见!", her post and name on two lines, then the Chinese host's welcome opening "尊敬的海内外博物馆界朋友们:", cut mid-word)
// and three written look-alikes (a web-novel chapter on a novel mirror (www.tfta.net): crumb "新思路客 > 仙侠修真 > 超时空微信 > 第…章
// 捐赠仪式(3/3)", the chapter heading again, "上一页超时空微信章节列表下一章", an audiobook promo, the page starting mid-quote, a
// museum director's improvised thank-you speech at a donation ceremony quoted in full — a novel; a district archive's 公告 of its
// 国际档案日 open week (xmhcda.haicang.gov.cn): "一、开放时间" / "二、开放范围" / "三、注意事项" heading lines with "1.…2.…3." items, an
// invitation sentence, the archive's name, date, contact and address — a written notice, the whole stored page; a vocational college's
// news-column explainer "6.9“国际档案日”" (www.cuebmc.cn): a crumb "您现在的位置: 首页>  新闻资讯>  校园动态", "一、…的由来",
// "二、为什么要设立…", "三、2022年国际档案日主题" headings, the year's slogan and four "image.png" leftovers — an article, the whole
// stored page).
// Judgement calls: 13's title is the headline that names the 主旨发言 (as round 134 case 02 took a press headline naming the 致辞); its
// two-line reprint under the source line is a repeat of the title and goes unlisted (as round 5 case 02 joined a two-line title); the
// "【摘要】(主旨发言人系…)原载于…" box is the site's editorial note (speaker's posts in brackets plus the print source), not the speech's
// own byline, so it is noise (listed whole and by its "原载于…第三版" part); the font/colour widget line is chrome (listed whole and by
// its "【字号: 】 【颜色: 绿 】 【背景: 绿 】" part); no numbered point in the capture. 14 is a collection page whose first piece is a
// speech (the lead says the speakers "先后發言" and the page prints their 发言), so it is a speech and its title is the first piece's own
// title "奮力推進文物事業高質量發展" without pinyin (README: collection pages take the first piece's own title); the newspaper's
// headline over the collection, the editor's lead and "——編者" are noise (the lead as round 134 case 02's "以下为致辞全文" lead); the
// byline "文化和旅游部副部長、國家文物局局長 李群" names posts and stays (as the shared corpus's "主讲人:…书记…"); the converter pinyin
// goes by one regexCut; "一、…。" opens a paragraph, so it is a block heading (required, level 1) whose text is its first sentence;
// the leaked tag lines and the casino line are the hijacker's (as round 19 case 08's tag lines). 15: the headline names a 欢迎词, and
// the welcome speaks in the first person to the congress's guests ("欢迎你们参加"), so it is a speech although it was printed for the
// web (as round 32 case 07 took a 元旦献词); the title is the whole headline with its ":欢迎词" tail; the signature lines (post, name)
// stay as the speech's own byline (as round 134 case 04); "一是…" follows a colon and "二是…" a semicolon: a list a reader sees →
// both optional level 1 (README; as round 2 case 07), 一是's text cut at its first ";" (the sentence runs past 50 characters);
// the second welcome's salutation and opening stay in the body (collection pieces stay, no piece heading here). 16 is a novel
// (a narrator tells a ceremony; the 院长's speech is quoted), 17 a written notice (公告, its 一、/1. are items of a notice), 18 an
// explainer article; their outlines are empty. Names of private people (the novel's characters and the company, the notice's
// contact person and her phone number) were replaced by fictional ones; public officials keep their names; the prose was
// rewritten, the quoted slogans ("堅持保護第一" …, "喜迎二十大 档案颂辉煌") kept.
// Looked for and not found on a new host: a 档案/文物 工作会议 讲话 with 一是/（一） points (the numbered ones stand on used hosts:
// gongwenhui.com, 6dgww.com, wmjy.cn, m.bjhyfc.net, wm114.cn, huaboedu.com, jinrimiaobi.com, m.wenku365.com, m.yrrf.cn, 1mishu.com,
// mingyanjiaju.org, yamab2b.com, desk33.com, 9000bbs.cn (地方志)); a 国际博物馆日 国旗下讲话/演讲稿 (lfppt.com, wddqw.com, liuxuequn.com,
// gaozihui.com, kb9.cn, c321.cn, shwhmap.com are used); a 博物馆开馆 致辞 (wendang.net, zixin.com.cn, jinchutou.com, msguai.com used);
// a 纪念馆 开馆 发言 (xibaipo.com used); a 国际博物馆日 挂牌仪式 发言 on a traditional forum with SEO words glued mid-word
// (2q3czl.longluntan.com: the base domain longluntan.com is used); a 档案 演讲稿 (only reports of 演讲比赛 turned up); the 发言摘编 of
// 14 also stood on 49.213.3.35 (dropped, see below).
// Template twins considered: 49.213.3.35 ("/doc/7_0_<id>_1.html", 中評社) serves hk.crntt.com's template (used) — dropped;
// mylovecards.com ("/post/1/<id>", "地方頻道:" + "您的當前位置:首頁>…" + "來源:" line) is round 127 case 11's otuountil.com — dropped;
// xgambeijing.cn's leaked tag lines are the hijack kit of round 19 case 08 (www.veetrag.net), but the site under them differs
// (中国西藏网 vs 中国教育在线, no shared noise line), so it was kept; bolkingbuddy.com mirrors wenwuchina.com ("/a/169/<id>.html",
// "文物網版權與免責聲明") — only one of them is used here; no used page carries "图片版权归原作者所有", "档案文章选载", "新思路客",
// "您现在的位置: 首页>  新闻资讯>" or the 海沧 notice's lines.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const WD_BAR = '|  网站首页  |  导 言  |  网站简介  |  网站纪事  |  公 告 栏  |  联系我们';
const WD_TITLE = '胡旺林馆长在中国第一历史档案馆成立90周年纪念会上作主旨发言';
const WD_CRUMB = `您的位置:网站首页 >> 档案文章选载 >> ${WD_TITLE}`;
const WD_META = '【发表时间:2016/10/20 19:18:05】 【字号: 】 【颜色: 绿 】 【背景: 绿 】 【浏览次数:';
const WD_SOURCE = '本文来源:中国第一历史档案馆 发布日期:2016-07-15';
const WD_T1 = '胡旺林馆长在中国第一历史档案馆';
const WD_T2 = '成立90周年纪念会上作主旨发言';
const WD_NOTE = '【摘要】(主旨发言人系国家档案局副局长、中央档案馆副馆长,兼中国第一历史档案馆馆长)原载于《中国档案报》2015年11月5日 总第2832期 第三版';

const XG_CASINO = '亚洲精品揄拍自拍首页,久久国产综合91,久久人人做人人妻人人玩精品vr,久久综合久久无码';
const XG_TAGS = [
  '• <rp id="b40sa"><menu id="b40sa"></menu></rp>',
  '• <table id="b40sa"><p id="b40sa"></p></table>',
  '<table id="b40sa"></table>',
  '• <progress id="b40sa"></progress>',
  '<var id="b40sa"><track id="b40sa"><ins id="b40sa"></ins></track></var>',
];
const XG_CRUMB = '中國西藏網(wǎng) > 即時新聞 > 地方';
const XG_HEAD = '加強文物保護利用和文化遺產(chǎn)保護傳承';
const XG_META = '發(fā)布時間:2022-07-25 14:42:00來源: 人民日報';
const XG_LEAD = '全國文物工作會議7月22日在京召開,國家文物局負責(zé)同志、4位受表彰的先進代表先后發(fā)言,現(xiàn)將發(fā)言摘編刊發(fā)。';
const XG_ED = '——編者';
const XG_TITLE = '奮力推進文物事業高質量發展';

const WW_TITLE = '国际博物馆协会第22届大会暨第25届全体会议:欢迎词';
const WW_CAP = '图片版权归原作者所有';

export const specs = {
  '13-fayan-wdjj-yishiguan-90zhounian-sitebar-crumb-font-meta-split-title-zhaiyao': {
    source: 'http://web.wdjj.cn/info/info_4961.html',
    kind: 'speech: 发言 (主旨发言 of the First Historical Archives\' director at its 90th-anniversary meeting; reprinted on an archives-history site)',
    tests: 'a site bar "|  网站首页  |  导 言  |  网站简介  |  网站纪事  |  公 告 栏  |  联系我们"; a crumb "您的位置:网站首页 >> 档案文章选载 >> <title>"; the headline naming the 主旨发言 as the title; an unclosed font/colour widget line "【发表时间:…】 【字号: 】 【颜色: 绿 】 【背景: 绿 】 【浏览次数:"; a "本文来源:… 发布日期:…" line with trailing spaces; the title again over two lines ("胡旺林馆长在中国第一历史档案馆" / "成立90周年纪念会上作主旨发言"); an indented "【摘要】(主旨发言人系…馆长)原载于《中国档案报》…第三版" editor\'s note; the 发言 with no salutation in indented paragraphs ("今天,我们在这里欢聚一堂…", "在此,我代表…"); no numbered points; cut mid-sentence ("文献部后")',
    isSpeech: true,
    title: WD_TITLE,
    noise: [WD_BAR, WD_CRUMB, '您的位置:网站首页 >> 档案文章选载', WD_META, '【字号: 】 【颜色: 绿 】 【背景: 绿 】', WD_SOURCE, WD_NOTE,
      '原载于《中国档案报》2015年11月5日 总第2832期 第三版'],
    dropLines: [WD_BAR, WD_CRUMB, WD_TITLE, WD_META, WD_SOURCE, WD_T1, WD_T2, WD_NOTE],
    outline: [],
  },
  '14-fayan-xgambeijing-big5-pinyin-wenwu-gongzuo-huiyi-casino-html-junk-bianzhe-yi': {
    source: 'http://xgambeijing.cn/cn/Instant/local/202207/t20220725_7243893.html',
    kind: 'speech: 发言 (the 国家文物局 head at the national 文物工作会议; first piece of a newspaper\'s 发言摘编 on a hijacked traditional-script converter mirror)',
    tests: 'a casino keyword line first; five leaked HTML tag lines ("• <rp id=\\"b40sa\\">…", "<var …><track …><ins …></ins></track></var>") at growing indents; the crumb "中國西藏網(wǎng) > 即時新聞 > 地方"; the newspaper\'s collection headline "加強文物保護利用和文化遺產(chǎn)保護傳承"; a "發(fā)布時間:…來源: 人民日報" line; the editor\'s lead "…先后發(fā)言,現(xiàn)將發(fā)言摘編刊發(fā)。" and "——編者" (a dash line that is no point); the first piece\'s own title with pinyin ("奮力推進文物事業(yè)高質(zhì)量發(fā)展") as the title; the byline "文化和旅游部副部長、國家文物局局長 李群" (kept); converter pinyin after 網/產/發/責/現/業/質/習/設/規/關/協/統 (one regexCut); a block "一、…。" heading sentence opening its paragraph; quoted slogans; cut mid-word ("傳承中")',
    isSpeech: true,
    title: XG_TITLE,
    noise: [XG_CASINO, ...XG_TAGS, XG_CRUMB, '即時新聞 > 地方', XG_HEAD, XG_META, '來源: 人民日報', XG_LEAD, '現(xiàn)將發(fā)言摘編刊發(fā)', XG_ED],
    regexCut: [PINYIN],
    dropLines: [XG_CASINO, ...XG_TAGS, '中國西藏網 > 即時新聞 > 地方', '加強文物保護利用和文化遺產保護傳承', '發布時間:2022-07-25 14:42:00來源: 人民日報',
      '全國文物工作會議7月22日在京召開,國家文物局負責同志、4位受表彰的先進代表先后發言,現將發言摘編刊發。', XG_ED, XG_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '文物保護利用形成新共識' },
    ],
  },
  '15-huanyingci-wenwuchina-icom-shanghai-dahui-caption-yishi-after-colon-byline': {
    source: 'http://www.wenwuchina.com/a/46/70762.html',
    kind: 'speech: 欢迎词 (the ICOM president\'s and the Chinese host\'s welcome to the 2010 Shanghai general conference; cultural-relics portal)',
    tests: 'the headline "国际博物馆协会第22届大会暨第25届全体会议:欢迎词" as the title; an image caption "图片版权归原作者所有" twice (once between the signature and the second welcome); no salutation in the first welcome; "以彰显…多样性:一是…;二是…。" after a colon and a semicolon (optional items); "2010年上海见!"; the signer\'s post and name on two lines (kept); a second welcome opening "尊敬的海内外博物馆界朋友们:"; "28,000名" with an ASCII comma; cut mid-word ("中国上")',
    isSpeech: true,
    title: WW_TITLE,
    noise: [WW_CAP],
    dropLines: [WW_TITLE, WW_CAP],
    outline: [
      { level: 1, marker: '一是', text: 'ICOM将于5月1日至10月31日参加中国2010年上海世博会', optional: true },
      { level: 1, marker: '二是', text: '世博会闭幕之后,从11月7日至12日举行ICOM会员大会', optional: true },
    ],
  },
  '16-novel-tfta-juanzeng-yishi-yuanzhang-fayan-chapter-chrome-not-speech': {
    source: 'https://www.tfta.net/243/243865/698_3.html',
    kind: 'non-speech: novel (a web-novel chapter on a donation ceremony at a museum; novel mirror)',
    tests: 'crumb "新思路客 > 仙侠修真 > 超时空微信 > 第七百三十八章 捐赠仪式(3/3)"; the chapter heading again; "上一页超时空微信章节列表下一章" and an audiobook promo line; the page starting mid-quote ("的讲话稿,…"); a 院长\'s improvised speech at the ceremony quoted in full, ending "谢谢。”"; "哗哗哗哗……" applause; narration in the third person — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-gonggao-haicang-dangan-kaifangzhou-yi-er-san-1-2-3-not-speech': {
    source: 'https://xmhcda.haicang.gov.cn/shtml/10431/1590/detail_1.shtml',
    kind: 'non-speech: 公告 (a district archive\'s notice of its 国际档案日 open week)',
    tests: 'an opening sentence ending "现将有关事项公告如下:"; heading lines "一、开放时间", "二、开放范围", "三、注意事项"; items "1.常设展厅:…", "2.特色区域:…" and "1.…2.…3." rules; times with spaced hyphens ("8:30 - 11:30"); an inviting closing sentence with "!"; the archive\'s name, the date, a contact line and the address — a written notice, not a speech; the whole stored page (459 characters)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-article-cuebmc-guoji-dangan-ri-yi-er-san-imagepng-not-speech': {
    source: 'http://www.cuebmc.cn/index.php?c=show&id=708',
    kind: 'non-speech: article (a college news column\'s explainer on 国际档案日)',
    tests: 'a crumb "您现在的位置: 首页>  新闻资讯>  校园动态"; the headline "6.9“国际档案日”" (a date-like "6.9" that is no marker); heading lines "一、国际档案日的由来", "二、为什么要设立国际档案日" (indented), "三、2022年国际档案日主题"; the year\'s slogan in quotes; runs of blank lines; four "image.png" leftovers — an explainer article, not a speech; the whole stored page (375 characters)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
