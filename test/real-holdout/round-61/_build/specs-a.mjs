// Gold specs for holdout round 61, part a (cases 01–06): WeChat official-account articles copied to mirror or aggregator
// sites (公众号 chrome: account name and byline, 阅读/导读, 原标题-style credits, 点击上方关注/星标, 文字实录 labels, leaked
// image file names) carrying speeches of any topic — and look-alikes. Four spoken pieces (a NGO chairman's 新春贺辞 on a
// Hong Kong news aggregator (hongkongdaily): the site name "香港日报", the headline, a "<date> <time> 阅读(447)" line and a
// "「导读」" teaser that repeats the salutation and the first paragraph and is cut mid-phrase ("今天的"), then the
// speech with blank lines and a four-line signature block (three positions, the name, "2023年1月 北京"); a provincial
// governor's closing-ceremony 致辞 of a world university games reprinted on a rural-revitalisation site (xczxzxfb): the
// headline "…致辞全文", a "时间:…     来源:…     作者:佚名" meta line with runs of spaces, an indented press lead ending
// "致辞全文如下:", then the indented speech with a salutation naming two dignitaries, cut mid-word ("法"); a former
// vice-minister's talk at an online industry forum, a WeChat article copied whole onto a software vendor's news page
// (yerp): the talk's name as headline, a bare date "2020-3-31", the WeChat byline "<author>    <account>      前天", an
// editor's lead, "观看网址如下:", a bare live-stream URL, a leaked "image.png", a line of spaces, "以下是文字实录。", then
// the transcript with no-break-space lines between paragraphs, cut mid-word ("任"); a business leader's annual keynote,
// a WeChat "演讲全文稿(收藏版)" on a traditional-script converter mirror (slzrb) with pinyin after 發/業/內/經/現/鄉/區/數,
// a two-line editor's lead ending "以下為演講全文,與你分享。", a lone opening quotation mark "“" on its own line (WeChat's
// quote block around the speech), the salutation glued to the first sentence, "近 鄉(xiāng) 情 深" and "富足 安逸" with
// spaces, a mis-encoded run "??谧罱母劭冢湫偷聂~米" inside a sentence, cut mid-sentence) and two look-alikes (an
// InfoQ interview re-posted by a big-data 公众号 on a WeChat mirror (jishu.proginn) with the account's whole header —
// "程序源代码", "共 9967字,需浏览 20分钟", " ·", date, "点击上方 "大数据肌肉猿"关注, 星标一起成长", "后台回复【加群】…",
// "作者|…/采访嘉宾|…" — a written lead, "以下内容节选自当天的分享…" and an "InfoQ:…/邵磊: …" Q&A: an interview, not a
// speech; a business magazine's 公众号 report of a two-person dialogue at an annual forum on a hot-news aggregator
// (m.qubaike) with the credits "文|…/编辑|…/头图来源|…" and the dialogue's points as block "1." to "4." paragraphs in
// the third person: a report, not a speech).
// Judgement calls: 01's headline is the title (the 贺辞's own name as the aggregator prints it, with the organisation
// and the speaker's name); the "「导读」" teaser is the site's summary and is noise as a whole line, like round 19's
// gongwensou summary; the signature block stays (positions and the speaker's name, like a byline with a position).
// 02's headline with "全文" is the title (no other name of the speech in the page; "全文" is a site-flavoured word and
// is kept); the press lead above "致辞全文如下:" is noise (the round-common rule for press pages). 03 is a speech with
// a title that names no genre: the page title is the talk's own name (the lead cites it as 《中小企业的数字化转型》), the
// transcript opens with an address to the audience ("各位企业家,各位新老朋友,各位听众,大家晚上好。") and speaks in the
// first person; the bare date, the WeChat byline, the lead, the URL and its label, "image.png" and "以下是文字实录。" are
// the page's; "责任重、难处多" is prose, no outline. 04's title drops the pinyin and the "(收藏版)" tag (an edition tag
// in brackets, like "(完整文档)"); the two lead lines are noise; the lone "“" line is the article's quote-block mark and
// is dropped but not listed as noise (the same character opens quotations inside the speech); the mis-encoded run stays;
// the salutation stays glued to the first sentence; "四個部分" in the lead is not an outline. 05 and 06 are written
// genres (an interview, a report of a dialogue whose "1.…4." points are the reporter's summary), not speeches.
// Names: the NGO chairman and his organisations in 01, the business leader, his groups and home town in 04, the
// interviewer, the interviewee and his company in 05, the reporters, the two speakers and the retail group in 06 are
// fictional; public office holders named in 02's and 03's titles, salutation and site bylines are kept as printed.
// All speech prose, leads and reports were rewritten in new words; the site furniture is as found.
// Looked for and not found on a new host: a WeChat mirror page (传送门/今天看啥/freewechat-style "查看原文 / 其他" viewers,
// 搜狐号/网易号/百家号 copies) carrying a speech with "原创 <author> <account> <date>" or "收录于合集 #…" chrome — the
// pages corpus answers such queries with novels, Party-history essays and used 范文 hosts; a WeChat-reprinted speech
// with numbered points (一、/(一)/一是/第一,) inside the capture on an unused host (the numbered 讲话实录 pages found —
// zkxxing, bbxzwk, laobiganzi, dawenge, xiezuofangchengshi, peiji, mswk, wmjy, huaboedu — are used hosts), so none of
// this part's four speeches carries an outline; a WeChat-copied 党课 or 主持词.
// Left as template twins: kkft.net ("/fwc/a/<biz>/<mid>/1" pages with freewechat's "查看原文 / 其他" chrome),
// xjzclk.com.cn ("/index/article/detail/detail_id/" twin of gwzjk/xiebiwenku with 笔杆子资料网's "文章导读 / 联系客服提示"),
// m.jxyuer.com-style "The Beginning … THE END TAG:" pages (used), finance.sina.com.cn's 看点 WeChat copies (used host).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HK_SITE = '香港日报';
const HK_TITLE = '社团法人环球华裔联谊会主席邵景辰2023兔年新春贺辞';
const HK_META = '2023-11-26 15:07:09 阅读(447)';
const HK_TEASER = '「导读」 大家好! 新春将近,万象更新,我在北京向各位朋友,向港澳同胞、台湾同胞和海外侨胞,向所有关心祖国和平统一与民族复兴事业的各界人士,送上诚挚的新春问候。今天的';

const XC_TITLE = '黄强省长成都大运会闭幕式致辞全文';
const XC_META = '时间:2023-08-11     来源:四川省农业农村厅     作者:佚名';
const XC_LEAD = '8月8日夜,历时12天的赛事落下帷幕,成都第31届世界大学生夏季运动会闭幕式在成都露天音乐公园举行。在这个收获与惜别交织、回望与期许并存的时刻,四川省省长、成都大运会组委会执行主席黄强致辞。致辞全文如下:';

const YE_TITLE = '中小企业的数字化转型';
const YE_DATE = '2020-3-31';
const YE_BYLINE = '杨学山    YERP产供销协作平台      前天';
const YE_LEAD = '2020年3月25日晚,原工业和信息化部副部长杨学山先生应机械工业出版社之邀,在其举办的公益讲坛上作了题为《中小企业的数字化转型》的专题分享。讲座站位高远又贴近实际,脉络分明、言辞恳切,围绕中小制造企业数字化转型这一课题,从为什么转、转什么、怎么转三个层面逐一剖析并给出建议,很值得中小制造企业的经营者和管理者反复研读、深入思考。';
const YE_URL_LABEL = '观看网址如下:';
const YE_URL = 'https://live.eyunbo.cn/live/38711?uin=1729&from=groupmessage';
const YE_IMG = 'image.png';
const YE_SHILU = '以下是文字实录。';

// converter pinyin after 發 業 內 經 現 鄉 區 數
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = s => s.replace(new RegExp(PINYIN, 'g'), '');
const SL_TITLE_PAGE = '再出發(fā)·韋嶠2024年度谷雨演講全文稿(收藏版)';
const SL_TAG = '(收藏版)';
const SL_LEAD1_PAGE = '2024年4月19日下午14:00,“再出發(fā)·韋嶠2024年度谷雨演講”在有“奇跡之城”之稱的深圳開講。在長達3個小時的演講里,天和共創集團聯席主席、天和企服董事長兼CEO韋嶠圍繞民企再出發(fā)、企業(yè)走出去、兩代人傳承、民企內(nèi)生動力等話題,拋出一連串新的思考,也把35年職業(yè)生涯的經(jīng)驗與心得和盤托出。';
const SL_LEAD2_PAGE = '本次演講分為出發(fā)新時代、出發(fā)新大陸、出發(fā)新一代、出發(fā)新民企四個部分,一起“再出發(fā)”吧!以下為演講全文,與你分享。';

export const specs = {
  '01-heci-hongkongdaily-aggregator-yuedu-daodu-teaser-signature': {
    source: 'http://hongkongdaily.net/guoji/article-17295.html',
    kind: 'speech: 贺词 (an overseas-Chinese NGO chairman\'s Spring Festival greeting; news aggregator copy)',
    tests: 'aggregator chrome: the site name "香港日报" on its own line, the headline (the 贺辞\'s own name with the organisation and the speaker), a "2023-11-26 15:07:09 阅读(447)" date/views line, a "「导读」 " teaser that repeats "大家好!" and the whole first paragraph and stops mid-phrase ("今天的"); two blank lines, then "大家好!" as the salutation, paragraphs separated unevenly by blank lines, a political middle part, three 祝愿 wishes, and a signature block of three positions, the name and "2023年1月 北京" (kept); no numbered points',
    isSpeech: true,
    title: HK_TITLE,
    noise: [HK_SITE, HK_META, HK_TEASER, '「导读」'],
    dropLines: [HK_SITE, HK_TITLE, HK_META, HK_TEASER],
    outline: [],
  },
  '02-zhici-xczxzxfb-reprint-meta-lead-quanwen-ruxia': {
    source: 'http://xczxzxfb.org.cn/show-65727.html',
    kind: 'speech: 致辞 (a provincial governor at the closing ceremony of a world university games; reprint site)',
    tests: 'reprint chrome: the headline "黄强省长成都大运会闭幕式致辞全文" (title, "全文" kept), a meta line "时间:…     来源:四川省农业农村厅     作者:佚名" with five-space runs, an indented press lead that ends "致辞全文如下:" (noise); the indented speech: a long salutation naming two dignitaries and ending "朋友们:", short exclamatory paragraphs, a paragraph of thanks listing groups, a story opening with dates; cut mid-word ("早在1869年,法"); no numbered points',
    isSpeech: true,
    title: XC_TITLE,
    noise: [XC_META, XC_LEAD, '致辞全文如下:'],
    dropLines: [XC_TITLE, XC_META, XC_LEAD],
    outline: [],
  },
  '03-jianghua-yerp-wechat-byline-url-imagepng-shilu': {
    source: 'http://www.yerp.cn/news-details/280.html?ids=168',
    kind: 'speech: 讲话 (a former vice-minister\'s talk at an online industry forum; WeChat article copied onto a software vendor\'s news page)',
    tests: 'a WeChat article pasted whole: the talk\'s name as the headline (no genre word), a bare date "2020-3-31", the WeChat byline "杨学山    YERP产供销协作平台      前天" (author, account, relative date, runs of spaces), an editor\'s lead naming the talk in 《》, "观看网址如下:" and a bare live-stream URL, a leaked "image.png", a line of spaces, "以下是文字实录。", then the transcript: salutation "各位企业家,各位新老朋友,各位听众,大家晚上好。", paragraphs separated by lines holding only a no-break space, "责任重、难处多" announced as prose; cut mid-word ("任")',
    isSpeech: true,
    title: YE_TITLE,
    noise: [YE_DATE, YE_BYLINE, YE_LEAD, YE_URL_LABEL, YE_URL, YE_IMG, YE_SHILU],
    dropLines: [YE_TITLE, YE_DATE, YE_BYLINE, YE_LEAD, YE_URL_LABEL, YE_URL, YE_IMG, YE_SHILU],
    outline: [],
  },
  '04-yanjiang-slzrb-big5-pinyin-lead-lone-quote-mojibake': {
    source: 'http://www.slzrb.cn/news/tianjiudongtai/6628a7692e6ba877588de6ab',
    kind: 'speech: 演讲 (a business group chairman\'s annual keynote; WeChat "演讲全文稿" on a traditional-script converter mirror)',
    tests: 'traditional-script mirror with converter pinyin after 發/業/內/經/現/鄉/區/數 in the title, the lead and the speech; the title line "再出發(fā)·…谷雨演講全文稿(收藏版)" (title without pinyin and without the "(收藏版)" tag); a two-line editor\'s lead ending "以下為演講全文,與你分享。" (noise); a lone "“" line (the WeChat quote block; dropped); the salutation "各位尊敬的貴賓、嘉賓朋友,大家好," glued to "我是韋嶠!…"; no blank lines; "近 鄉(xiāng) 情 深" and "富足 安逸" spaced inside quotes; a mis-encoded run "??谧罱母劭冢湫偷聂~米" inside a sentence (kept); converter quirks 里/么/并; cut mid-sentence ("走出"); no outline',
    isSpeech: true,
    title: '再出發·韋嶠2024年度谷雨演講全文稿',
    noise: [SL_TAG, SL_LEAD1_PAGE, SL_LEAD2_PAGE],
    regexCut: [PINYIN],
    dropLines: [unpin(SL_TITLE_PAGE), unpin(SL_LEAD1_PAGE), unpin(SL_LEAD2_PAGE), '“'],
    outline: [],
  },
  '05-interview-proginn-wechat-chrome-qa-not-speech': {
    source: 'https://jishu.proginn.com/doc/66446476b750ece52',
    kind: 'non-speech: interview (an InfoQ interview re-posted by a 公众号, on a WeChat mirror)',
    tests: 'the 公众号 header as the mirror prints it — the headline, "程序源代码", "共 9967字,需浏览 20分钟", " ·", "2021-10-13 10:14", "点击上方 "大数据肌肉猿"关注, 星标一起成长", "后台回复【加群】,进入高质量学习交流群", "2021年大数据肌肉猿公众号奖励制度", "作者|…" / "采访嘉宾|…" — then a written lead about the interviewee, a quoted saying, "以下内容节选自当天的分享…:", a section heading and an "InfoQ:…" / "邵磊: …" Q&A in which the interviewee speaks in the first person — an interview, not a speech',
    isSpeech: false,
    title: '在中国,也能一辈子做程序员',
  },
  '06-news-qubaike-wechat-credits-duihua-1234-not-speech': {
    source: 'https://m.qubaike.com/hotnews/y1vkgbms.html',
    kind: 'non-speech: report of a forum dialogue (a business magazine\'s 公众号 article on a hot-news aggregator)',
    tests: 'no title in the capture: a one-sentence kicker, the WeChat credits "文|《中国企业家》记者 …" / "编辑|…" / "头图来源|中企图库", a lead quoting the party congress report and asking three questions, the forum and the two guests in the third person ("…他们的跨界对话要点如下:"), then block points "1." to "4." that summarise what was said without quotation marks — a report of a dialogue, not a speech, though its numbered paragraphs look like an outline; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
};
