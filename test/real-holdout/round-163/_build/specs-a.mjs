// Gold specs for holdout round 163, part A (cases 01–06): tea and tea culture (茶文化节, 茶产业 大会, 春茶 开采 仪式 —
// their 讲话, 致辞, 解说词, and their look-alikes: news reports of a 开采仪式 and a 开园仪式, and an interview feature).
// Three spoken pieces (a provincial tea adviser's talk at the opening of an early-spring green-tea market in 贞丰,
// printed on a brand-news portal (m.chinapp.net.cn, "/pinpairenwu/<yyyy>/<mmdd>/<id>.html"): a banner image's file name
// "顶部通栏.png", the overlay chrome "关闭" / "搜索" / "|", a second image's file name
// "副本_篮球赛事宣传简约风公众号首图__2025-01-30+23_05_37.png", the headline "胡继承:黔茶让全中国共享,一定有贞丰的贡献", a
// "来源: 商业品牌网 ·  作者: 贵州茶香 ·  2025-02-16" meta line, an "编者按" label over the editor's third-person note ("…胡继承应邀
// 讲话,小编特将内容整理出来,以飨读者。"), the headline twice more as image captions between the speech's paragraphs, no
// salutation, "我把自己的几点想法跟大家分享一下:", then "第一,…;第二,…;第三,…。" inline (第一, after a full stop, 第二,/第三,
// after semicolons), cut mid-word ("我估"); the same official's talk at a city tea-industry forum on a traditional-script
// page of a hijacked site (www.hnuu.cn, "/show_<n>/<id>.html"): seven lines of leaked empty HTML tags with a five-letter
// id ('<optgroup id="nhmon"></optgroup>' …), two of them opening with a list number "1. " (the rendered <ol>), the page
// headline "胡繼承在安順市茶產業座談會上的講話", a "來源: 安順茶葉開發中心     發布時間:2021-08-27    點擊次數: 936" meta line, the
// document's own title line with the speaker's post "胡繼承副主任在…上的講話", two long indented paragraphs in the first person
// with the converter's simplified leftovers (這么, 這里, 怎么, 關系, 老板), no salutation, cut mid-word ("想都不敢"); a
// 茶艺表演解说词 on a content-farm page (liangliwang.com, "/sheng/jingyan/<slug>.html"): the SEO page title "茶艺表演解说词文库"
// twice around the document title "茶艺表演解说词", "大家好,欢迎光临…", block paragraphs opening "首先,", "接下来," (not in the
// rule table) and "最后,", a closing "以上就是本场茶艺表演的解说词。…谢谢大家的" cut mid-phrase; 716 characters, the whole
// stored page) and three written look-alikes (a city tea-news page's report (guniangcha.com, "/rd/<id>.html") of the
// 2022 信阳毛尖 开采仪式: the headline "今天!2022年信阳毛尖茶正式开采", a glued news-app caption "打开凤凰新闻,查看更多高清图片信阳
// 市委书记…宣布…正式开采!", the officials present, "…致辞时说,…" and "于海忠说,…" paraphrasing the district secretary's
// 致辞 at length in the third person, cut mid-word ("最美茶"); 714 characters, the whole stored page — a report, not a
// speech; a repost (www1.hongxuandoor.com, "/zcmbjc/<id>.html", a hijacked site) of a company's report on the 开园仪式 of a
// 祁门 tea garden: a medical-ad line with a URL ("北京那个医院治疗白癜风啊 https://yyk.39.net/…"), a "转载请注明地址:http://www.
// abmjc.com/…" line at the top and again at the foot, the chairman's words reported ("…在讲话中表示,…") — a report, not a
// speech; 719 characters, the whole page; an interview feature on a tea portal (555b.cn, "/cha/pinpai/<col>/<id>.html"):
// the headline "共叙茶缘 共话茶事 共谋茶业——访…胡继承" four times, once glued to "2020-10-13 22:32五杯茶 阅读:113 字体:", once to a
// stray "叙茶事", a "青海新闻网·青海新闻客户端讯" lead, indented paragraphs, a quoted slogan whose closing quote wrapped to the next
// line ("“共叙茶缘、共话茶事、共谋茶业。" / "”贵州省…对…充满信心。"), "胡继承说,…" — an interview report, not a speech; cut
// mid-word ("全国第")).
// Judgement calls: 01's title is the headline, the only title line the page gives the talk (as round 93's 15 took
// "侯廷胤:珍愛這片葉子 重塑湄商形象" and round 134's 02 a press headline); its two repeats between the paragraphs are image
// captions equal to the title (dropped, not listed); the image file names, the overlay chrome, the meta line, "编者按" and
// the editor's note are noise (the note also by its part "小编特将内容整理出来,以飨读者"); "第一," follows a full stop but
// "第二,"/"第三," follow semicolons → all three optional, level 1 (README: points after a semicolon; as round 2's 07), their
// texts by the letter: the sentence to the full stop is under 50 characters, so 第一,'s and 第二,'s texts run over the
// semicolons (as round 4's 04); "头一回" and "数一数二" are no markers. 02: the leaked tag lines are noise, and the two that
// open with "1. " are no arabic headings (markup numbering, not the speaker's); the title is the document's own line with
// the speaker's post ("胡繼承副主任在…上的講話"); the page headline above the meta line, the same words without "副主任", is the
// page's title and listed as noise (as round 5's 01 took the document's own title line under a decorated page title; the
// reverse choice would also be defensible); the talk has no salutation, no numbered point. 03: a 解说词 spoken to the
// audience at a tea performance is a speech (as round 9's 02 and round 135's 15); "茶艺表演解说词文库" is the SEO page title
// (noise, as round 134's "象棋比赛发言稿400字"); the title is "茶艺表演解说词"; the block "首先," is a required level-1 point;
// "接下来," is not in the rule table (no item); the block "最后," follows "首先," with no "其次," between → optional level 1
// (the rules do not say whether 最后 continues a run that skipped 其次; a reader takes the three paragraphs as the talk's
// three parts); "以上就是…谢谢大家的" stays as the closing paragraph, cut. 04–06 are written reports, not speeches (third
// person, "…说,", "…在讲话中表示,", an interview headline with "访"), although 04 paraphrases a 致辞 at length and 06 quotes
// the official. Names of private people (the tea company's chairman in 05 and the researcher there, the association
// president in 04, the deputy director and the county official 01's speaker names) were replaced by fictional ones;
// public officials named in headlines and noise lines keep their names; the prose was rewritten (02's drafted in
// simplified characters, converted with OpenCC (tw), then the page's 這么/這里/怎么/關系/老板 put back).
// Looked for and not found on a new host: a 春茶开采仪式 致辞 or 主持词 (the corpus answers with news reports of the ceremonies,
// several on traditional mirrors of 茶友网 that are twins of a used host, see below); a 茶文化节 开幕式 主持词 (none stored); a
// 茶产业 大会 讲话 with 一、/（一）/一是 headings on a new host (the numbered ones stand on used hosts: gongwen.com.cn's 生态茶园
// 培训班 讲话, wm114.cn's 生态茶产业 工作会议, 1mishu.com's 茶叶会上讲话; renrendoc.com, dawenge.com, gaozihui.com, paihui8.com,
// ylxtx.com, rrjlw.com, e.wenmi.ren, xiexiebang.com, haodangke.com, 360docs.net, m.liuxuequn.com, zgmcw.cn, cdcrc.com and
// sr.sigmareading.com (a 中国茶 演讲 with 首先/其次/最后) are used); a tea 演讲稿 with numbered points on a new host; so only 01
// (optional 第一/第二/第三) and 03 (首先/最后) carry points.
// Template twins considered: the traditional mirrors of 茶友网 (atw433.cn, dwy563.cn, yourstepstosuccess.com,
// bilinxueyuan.cn, qijiukeji.cn, idolook.cn, m.sunmedium.cn; the "茶友網(wǎng)首頁 個(gè)人中心" chrome and "/news/<col>/<id>.html"
// paths) are twins of the used hqwwc.cn (round 93's 15), dropped, and puercn.com itself was left alone; jsjunlida.com's
// 茶艺表演解说词 (the title, a "时间:…" line, the title twice, "…下面是小编收集整理的…,仅供参考,大家一起来看看吧。", "…解说词1") has the
// shape of the used cnbleu.com (round 24's 09) and jiaxunjie.com (round 8's 05), dropped; gttkrs.cn and m.zhongtaihong.cn
// (皖垦茶业 news with the title twice and "发布日期:… 浏览次数:…") are twins of the used th-king168.com (round 111's 17), dropped;
// xxy8.com's 升官證道 novel chapter on a tea show shares the crumb, path shape and novel with the used tanluz.com (round 45's
// 17), dropped; thedullerimage.com's "/news/detail/<n>/<id>.html" path is the 中国食品安全网 mirror shape of the used
// m.ydbgyp.cn (round 59's 06), dropped. www.hnuu.cn's leaked empty tags with a five-letter id are the hijack kit seen on
// round 153's 12 (zhubaowd) and round 130's 15, but the site's own lines (its "來源: … 發布時間:… 點擊次數: N" meta, no spam
// title line) match no used page, so it was kept; liangliwang.com, guniangcha.com, 555b.cn, www1.hongxuandoor.com and
// m.chinapp.net.cn share no line with a used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CP_BANNER = '顶部通栏.png';
const CP_CLOSE = '关闭';
const CP_SEARCH = '搜索';
const CP_BAR = '|';
const CP_IMG = '副本_篮球赛事宣传简约风公众号首图__2025-01-30+23_05_37.png';
const CP_TITLE = '胡继承:黔茶让全中国共享,一定有贞丰的贡献';
const CP_META = '来源: 商业品牌网 ·  作者: 贵州茶香 ·  2025-02-16';
const CP_LABEL = '编者按';
const CP_NOTE = '2月7日,黔西南州早茶迎春2025年贵州早春扁形绿茶交易市场开市系列活动在贞丰举行。贵州省政协农业农村委员会副主任、贵州省茶文化研究会首席顾问胡继承应邀讲话,小编特将内容整理出来,以飨读者。';

const HN_TAG1 = '<optgroup id="nhmon"></optgroup>';
const HN_TAG2 = '<ol id="nhmon"><output id="nhmon"></output></ol>';
const HN_TAG3 = '1. <optgroup id="nhmon"><em id="nhmon"><del id="nhmon"></del></em></optgroup>';
const HN_TAG4 = '1. <legend id="nhmon"><li id="nhmon"></li></legend>';
const HN_TAG5 = '<legend id="nhmon"><i id="nhmon"></i></legend>';
const HN_HEAD = '胡繼承在安順市茶產業座談會上的講話';
const HN_META = '來源: 安順茶葉開發中心     發布時間:2021-08-27    點擊次數: 936';
const HN_TITLE = '胡繼承副主任在安順市茶產業座談會上的講話';

const LL_SEO = '茶艺表演解说词文库';
const LL_TITLE = '茶艺表演解说词';

export const specs = {
  '01-jianghua-chinapp-qiancha-zaocha-kaishi-image-alt-editor-note-diyi-semicolons': {
    source: 'https://m.chinapp.net.cn/pinpairenwu/2025/0216/12159.html',
    kind: 'speech: 讲话 (a provincial tea adviser at the opening of an early-spring green-tea market; brand-news portal)',
    tests: 'image file names as lines ("顶部通栏.png", "副本_篮球赛事宣传简约风公众号首图__2025-01-30+23_05_37.png"); overlay chrome "关闭", "搜索", "|"; the press headline "胡继承:黔茶让全中国共享,一定有贞丰的贡献" as the only title; a "来源: 商业品牌网 ·  作者: 贵州茶香 ·  2025-02-16" meta line with middle dots; an "编者按" label over a third-person editor\'s note ("…小编特将内容整理出来,以飨读者。"); the headline repeated twice between the paragraphs as image captions; no salutation; a lead-in ending in a colon; "第一,…;第二,…;第三,…。" inline (第一, after a full stop, 第二,/第三, after semicolons: optional); "头一回", "数一数二" (no markers); cut mid-word ("我估")',
    isSpeech: true,
    title: CP_TITLE,
    noise: [CP_BANNER, CP_CLOSE, CP_SEARCH, CP_BAR, CP_IMG, CP_META, '商业品牌网', CP_LABEL, CP_NOTE, '小编特将内容整理出来,以飨读者'],
    dropLines: [CP_BANNER, CP_CLOSE, CP_SEARCH, CP_BAR, CP_IMG, CP_TITLE, CP_META, CP_LABEL, CP_NOTE],
    outline: [
      { level: 1, marker: '第一,', text: '我们的茶园面积要足够大;第二,产业规模要足够大;第三,上门的客商要更多', optional: true },
      { level: 1, marker: '第二,', text: '产业规模要足够大;第三,上门的客商要更多', optional: true },
      { level: 1, marker: '第三,', text: '上门的客商要更多', optional: true },
    ],
  },
  '02-jianghua-hnuu-big5-anshun-chachanye-zuotanhui-leaked-tags-list-numbers-meta-title-variant': {
    source: 'http://www.hnuu.cn/show_18/32.html',
    kind: 'speech: 讲话 (the same official at a city tea-industry forum; traditional script on a hijacked site)',
    tests: 'seven indented lines of leaked empty HTML tags with the id "nhmon" (<optgroup>, <ol><output>, <legend><li>…), two of them opening with a rendered list number "1. " (no arabic headings); the page headline "胡繼承在安順市茶產業座談會上的講話" (noise) over a "來源: 安順茶葉開發中心     發布時間:2021-08-27    點擊次數: 936" meta line with runs of spaces; the document\'s own title with the speaker\'s post "胡繼承副主任在安順市茶產業座談會上的講話"; no salutation; two long indented first-person paragraphs with the converter\'s simplified leftovers (這么, 這里, 怎么, 關系, 老板); "07年", "1000多畝"; cut mid-word ("想都不敢")',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_TAG1, HN_TAG2, HN_TAG3, HN_TAG4, HN_TAG5, '<optgroup id="nhmon">', HN_HEAD, HN_META, '點擊次數: 936'],
    dropLines: [HN_TAG1, HN_TAG2, HN_TAG3, HN_TAG4, HN_TAG5, HN_HEAD, HN_META, HN_TITLE],
    outline: [],
  },
  '03-jieshuoci-liangliwang-chayi-biaoyan-wenku-seo-title-shouxian-jiexialai-zuihou': {
    source: 'https://liangliwang.com/sheng/jingyan/gmpkwm.html',
    kind: 'speech: 解说词 (a 茶艺表演 commentary; content-farm page)',
    tests: 'the SEO page title "茶艺表演解说词文库" twice around the document title "茶艺表演解说词"; "大家好,欢迎光临…" as the opening; block paragraphs "首先,…" (required), "接下来,…" (not in the rule table: no item) and "最后,…" (after 首先 with no 其次: optional); a closing "以上就是本场茶艺表演的解说词。…谢谢大家的" cut mid-phrase; 716 characters, the whole stored page',
    isSpeech: true,
    title: LL_TITLE,
    noise: [LL_SEO],
    dropLines: [LL_SEO, LL_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我们一起来追溯茶文化的来龙去脉' },
      { level: 1, marker: '最后,', text: '茶艺表演是传播茶文化的绝佳方式', optional: true },
    ],
  },
  '04-news-guniangcha-xinyang-maojian-kaicai-yishi-fenghuang-caption-zhici-shuo-not-speech': {
    source: 'http://guniangcha.com/rd/333764.html',
    kind: 'non-speech: news report (the 2022 信阳毛尖 开采仪式; city tea-news page)',
    tests: 'the headline "今天!2022年信阳毛尖茶正式开采"; a glued news-app caption "打开凤凰新闻,查看更多高清图片信阳市委书记…宣布2022年信阳毛尖茶正式开采!"; the officials present and the chair of the ceremony; a district secretary\'s 致辞 paraphrased at length in the third person ("…在开采仪式上致辞时说,…", "于海忠说,自古好友多爱茶,…") with first-person "我们"/"我区" inside the paraphrase — a report, not a speech; cut mid-word ("最美茶"); 714 characters, the whole stored page',
    isSpeech: false,
    title: '今天!2022年信阳毛尖茶正式开采',
    noise: [],
    outline: [],
  },
  '05-news-hongxuandoor-qimen-yangtaoling-kaiyuan-yishi-spam-ad-repost-url-not-speech': {
    source: 'http://www1.hongxuandoor.com/zcmbjc/5140.html',
    kind: 'non-speech: news report (a tea company\'s 开园仪式 in 祁门; repost on a hijacked site)',
    tests: 'a medical-ad line with a URL ("北京那个医院治疗白癜风啊 https://yyk.39.net/bj/zhuanke/89ac7.html"); a "转载请注明地址:http://www.abmjc.com/zcmbjc/5140.html" line at the top and again at the foot (another domain); a lyrical opening; the chairman\'s words reported ("…在讲话中表示,…"), a researcher\'s tea lesson, the staff\'s pledge — a report, not a speech; 719 characters, the whole page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-555b-fang-hujicheng-qinghai-tuijie-headline-four-times-split-quote-not-speech': {
    source: 'http://555b.cn/cha/pinpai/fanrenchashi/15464.html',
    kind: 'non-speech: news report (an interview feature on 贵州茶 at a 青海 trade fair; tea portal)',
    tests: 'the headline "共叙茶缘 共话茶事 共谋茶业——访…副厅长胡继承" four times, once glued to "2020-10-13 22:32五杯茶 阅读:113 字体:" and once to a stray "叙茶事"; a "青海新闻网·青海新闻客户端讯" lead glued to the first sentence; indented paragraphs; a quoted slogan whose closing quote wrapped to the next line ("“共叙茶缘、共话茶事、共谋茶业。" / "”贵州省…信心满满。"); "胡继承说,…" — an interview report, not a speech; cut mid-word ("全国第"); 733 characters, the whole stored page',
    isSpeech: false,
    title: '共叙茶缘 共话茶事 共谋茶业——访贵州省农业农村厅党组副书记、副厅长胡继承',
    noise: [],
    outline: [],
  },
};
