// Gold specs for holdout round 46, part c (cases 13–18): pages with heavy or unusual noise, any speech kind, and their
// look-alikes. Four spoken pieces (a 端午 dragon-boat race 主持词 in a document viewer (doczj): the file title
// "xx端午节赛龙舟活动主持词" over a bulleted "- 格式:doc / - 大小:15.86 KB / - 文档页数:4" list, the viewer's keyword
// run "主持词龙舟赛主持词精选" glued before the salutation, the salutation, "大家好!" and the first sentence on one line,
// then the document broken into one line per "。" (a break after every full stop, none after "!"), "_____" blanks for
// names, a stage direction "(领导致辞完毕)", a courtesy "首先," line, cut mid-phrase ("上台宣誓"); the president of the
// China association of universities for the elderly opening its eleventh theory symposium, on the association's site
// (hblnjy) with no site chrome in the capture: the title, a "——在…上的讲话" subtitle, a "position name" byline with a
// space, a date in Chinese numerals ("二〇一四年十一月六日"), "同志们:", a long paragraph naming the symposium's theme in
// quotation marks, "我着重讲四个问题", a standalone "一、" heading, cut mid-word ("教育事"); a university dean's
// graduation 致辞 on a document farm (hzxdks): the crumb "当前位置: 迅达文档网 > 党团工作 >" with a trailing ">", the
// title, a "| 来源:网友投稿" line with a leading pipe, no salutation, paragraphs indented with two spaces and separated by
// lines holding only two spaces, ASCII full stops ending two paragraphs ("底色." "最出色的."), the site's "**" mask
// ("**的底色"), an English word glued into a Chinese sentence ("和海外同行bargain一笔合资"), "10(或20)件事", cut
// mid-sentence ("所以,我希望你们"); a city disabled persons' federation leader's 致辞 at a 肢残人 new-year party on the
// city federation's government site (fxcl.fuxin.gov.cn), filed under 通知公告, with no title and no noise at all: a
// salutation naming five groups, "大家下午好!", a "代表…;代表…;代表…," sentence with semicolons, a long paragraph of
// honours, cut mid-sentence after "应该说,") and two written look-alikes (a young cadre's 学习心得 on a research
// institute's site (cnitech): the crumb "首页 > 党群文化 > 专题活动 > 年轻干部学习心得", the book-chapter title, an
// "作者:第一小组 <name>,日期:<date>" line, paragraphs indented with runs of seven and eight spaces, quoted slogans with
// numbers ("一个中心、两个基本点") — a written reflection, not a speech; a traditional-script mirror
// (mccombmississippiland) of a 侧记 on the national congress of returned overseas Chinese: the crumb "首頁>僑聲>資訊",
// a headline with an inner space, a "——…側記" subtitle, mis-encoded runs where a quotation's close met the next words
// ("腦?;叵氲?、", "工作?!比珖f常委", "溫暖?!比珖f委員") and a leaked paragraph tag "共識?!?/p>", simplified
// leftovers of the converter (會場里, 會后, 系統, 筑夢), delegates' words quoted and attributed in the third person, a
// "四點希望" list inside one sentence (既…又…;既…又…) — a news feature, not a speech).
// Judgement calls: 13's file title is the document's title (dropped, not noise; "xx" kept as printed); the three bullet
// lines and the glued keyword run are the viewer's, noise; the run is cut off the salutation (replace), so the salutation
// stays glued to "大家好!" and the first sentence as the page prints them. The lines end at sentence ends, not inside a
// sentence, so they are not joined: each line is a paragraph (no wrap rule applies; nothing is invented or merged). The
// "首先," line is a block 首先 with no 其次 after it and its text is the courtesy introduction of guests: optional level 1,
// first sentence up to "!" (44 characters). The stage direction stays. 14's subtitle stays as a body line and is an
// optional level-1 dash point (the shared README's rule for subtitles); the byline "中国老年大学协会会长 <name>" carries a
// position and stays (as a speaker's line under a dash subtitle does, rounds 8 and 28), as does the date line; "一、" opens
// its own line with no sentence end and is a required level-1 heading whose text is the whole line; the capture ends
// before "二、". 15's crumb and the "| 来源:网友投稿" line are noise; the title names a 致辞, so the page is a speech
// though it has no salutation; the space-only lines are blank; "**", "bargain" and the ASCII full stops are the text's
// and stay. 16 has no title in the capture ("") and no page noise; the site's 通知公告 column does not make it a notice.
// 17 and 18 are written, not speeches: a 心得 about a book, and a news feature quoting delegates. All private people's
// names were replaced by fictional ones, and so were the officials' names in 14, 16 and 18 and a few place and school
// names; public bodies and events keep their names.
// Looked for and not found on a new, non-twin host: a 公众号 mirror carrying a whole speech (the corpus answers with
// news digests such as yaozui.com's 卫计局 meeting post, too short at about 390 characters); a Q&A page with a speech
// as its answer (qzlndx, songhaifeng used); a forum thread discussing a speech (laomiw, admin.caiyes.cn and
// metronews.caiyes.cn are the caiyes Discuz family of the shared corpus's case 04, set aside); a traditional converter
// mirror of a 講話 with tone pinyin and numbered points (a matching 氣象科學技術大會 page came without a URL; huangminedu,
// hzyx88, cht-d.lcget, shcdff, dgahdf, regraff are used); a 总结 in a document viewer (docduoduo used); more speeches with
// 一是/第一,/（一） inside the capture on unused hosts (wm114, 6dgww, fanwenq, sanweiyuan, 7rdy, wnwk, xinmengxiang,
// huaboedu, e-gov.org.cn, 07608 are used). Template twins set aside: qiuxueshe.com and m.82ms.com ("时间:… 作者:… <column>"
// over "以下是<site>小编精心为您推荐的…", round 20's rpnt family); hljyxjs.com ("…为会员“…”投稿推荐,但愿对你的学习工作带来
// 帮助", round 29's zhhyfwpt family); m.laolaishao.com (the ruiwen-style "在当今社会生活中,…那么问题来了,…" promo);
// fanwy.cn ("(快文网…省略N字,正式会员可完整阅读)", wm114's paywall shape); zixun.sqedu.cn ("/jxfw/<yyyymm>/", the
// jjcmw/czt template); m.lovfp.com and m.61taotao.com (same sites as the used lovfp.com and 61taotao.com). hzxdks.com's
// "来源:网友投稿" is a CMS default also seen under the "专题范文" crumb family (057690, fashionfield, jsjstd), but its
// layout differs (a "<site>文档网 > <column> >" crumb, a pipe before 来源, no time, no 小编 promo), so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const DZ_TITLE = 'xx端午节赛龙舟活动主持词';
const DZ_FORMAT = '- 格式:doc';
const DZ_SIZE = '- 大小:15.86 KB';
const DZ_PAGES = '- 文档页数:4';
const DZ_KEYWORDS = '主持词龙舟赛主持词精选';

const HB_TITLE = '以改革创新精神大力推进中国老年大学教育事业发展';

const HZ_CRUMB = '当前位置: 迅达文档网 > 党团工作 >';
const HZ_TITLE = '献于2006年的毕业生的毕业典礼致辞';
const HZ_SOURCE = '| 来源:网友投稿';

export const specs = {
  '13-zhuchici-doczj-longzhou-doc-meta-glued-keyword-sentence-lines': {
    source: 'https://www.doczj.com/doc/8618803650.html',
    kind: 'speech: 主持词 (the host\'s script for a village dragon-boat race on 端午; document viewer)',
    tests: 'document viewer: the file title "xx端午节赛龙舟活动主持词" with a placeholder, a bulleted "- 格式:doc / - 大小:15.86 KB / - 文档页数:4" list, the keyword run "主持词龙舟赛主持词精选" glued before the salutation, salutation + "大家好!" + first sentence on one line; the rest broken into one line per "。" (no break after "!", so some lines hold two sentences); "_____" name blanks; a block "首先," courtesy line with no 其次; a stage direction "(领导致辞完毕)"; cut mid-phrase ("上台宣誓")',
    isSpeech: true,
    title: DZ_TITLE,
    noise: [DZ_FORMAT, DZ_SIZE, DZ_PAGES, DZ_KEYWORDS],
    replace: [[DZ_KEYWORDS + '尊敬的', '尊敬的']],
    dropLines: [DZ_TITLE, DZ_FORMAT, DZ_SIZE, DZ_PAGES],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我介绍莅临今天赛事的各位领导和嘉宾,他们是_____,让我们用最热烈的掌声欢迎他们', optional: true },
    ],
  },
  '14-jianghua-hblnjy-laonian-daxue-dash-subtitle-byline-hanzi-date-yi': {
    source: 'https://hblnjy.cn/detail-6-449-c.html',
    kind: 'speech: 讲话 (the association president opening a national theory symposium on education for the elderly; association site)',
    tests: 'no site chrome in the capture: the title, a "——在…研讨会上的讲话" subtitle, a byline "中国老年大学协会会长 <name>" with a space between position and name, a date in Chinese numerals ("二〇一四年十一月六日"), "同志们:"; a long paragraph quoting the symposium\'s theme with 十八大/三中、四中全会; "我着重讲四个问题" announcing the points; a standalone "一、" heading line; cut mid-word ("教育事")',
    isSpeech: true,
    title: HB_TITLE,
    noise: [],
    dropLines: [HB_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在中国老年大学协会第十一次老年教育理论研讨会上的讲话', optional: true },
      { level: 1, marker: '一、', text: '中国老年大学走过的发展历程' },
    ],
  },
  '15-zhici-hzxdks-biye-dianli-crumb-source-pipe-star-mask-english-glued': {
    source: 'http://www.hzxdks.com/dangtuangongzuo/2021/1222/78229.html',
    kind: 'speech: 致辞 (a university dean addressing the graduates at commencement; document farm)',
    tests: 'the crumb "当前位置: 迅达文档网 > 党团工作 >" ending in ">", the title, a "| 来源:网友投稿" line with a leading pipe; no salutation; paragraphs indented with two spaces and separated by lines of two spaces; ASCII full stops ending two paragraphs ("底色." "最出色的."); the site\'s "**" mask ("**的底色"); an English word glued into a sentence ("海外同行bargain一笔合资"); "10(或20)件事"; long rhetorical questions; cut mid-sentence ("所以,我希望你们")',
    isSpeech: true,
    title: HZ_TITLE,
    noise: [HZ_CRUMB, HZ_SOURCE],
    dropLines: [HZ_CRUMB, HZ_TITLE, HZ_SOURCE],
    outline: [],
  },
  '16-zhici-fxcl-fuxin-zhican-xinchun-lianhuanhui-gov-no-title-no-noise': {
    source: 'http://fxcl.fuxin.gov.cn/tzgg_297/202201/t20220122_25148.html',
    kind: 'speech: 致辞 (a city disabled persons\' federation leader at the 肢残人协会 new-year party; government site, 通知公告 column)',
    tests: 'do-no-harm: no title and no page noise in the capture; a salutation naming five groups ending with "同志们:", "大家下午好!" on its own line; "我代表…;代表…;代表…," with semicolons (not points); a long paragraph of honours and a list of fields separated by 、; cut mid-sentence after "应该说,"',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-xinde-cnitech-nianqing-ganbu-crumb-author-group-date-indent-not-speech': {
    source: 'http://cnitech.ac.cn/culture/topic/nqgbxx/201907/t20190710_5339508.html',
    kind: 'non-speech: 心得体会 (a young cadre\'s reading notes on a book chapter; research institute\'s party-culture column)',
    tests: 'a crumb "首页 > 党群文化 > 专题活动 > 年轻干部学习心得", a book-chapter title "《…》第一章学习心得", an "作者:第一小组 <name>,日期:<date>" line, paragraphs indented with seven and eight spaces; a quoted slogan about the people\'s aspirations, first-person reflection and numbered slogans ("一个中心、两个基本点", "四项基本原则") — written, not spoken; cut mid-sentence',
    isSpeech: false,
    title: '《习近平谈治国理政》第一章学习心得',
  },
  '18-news-mccombmississippiland-big5-qiaodaihui-ceji-crumb-dash-subtitle-mojibake-p-leak-not-speech': {
    source: 'http://www.mccombmississippiland.com/c/2023-09-05/3403892.shtml',
    kind: 'non-speech: news feature (a 側記 on the closing of the national congress of returned overseas Chinese; traditional-script mirror)',
    tests: 'traditional-script mirror: the crumb "首頁>僑聲>資訊", a headline with an inner space, a "——…側記" subtitle (looks like a speech\'s subtitle), mis-encoded runs where a quotation closed ("腦?;叵氲?、", "?!比珖f常委", "?!比珖f委員") and a leaked "?/p>" tag; converter leftovers (會場里, 會后, 系統, 筑夢); delegates\' words quoted and attributed ("…說"), a 黨中央 致辭 mentioned, a "四點希望" summary in 既…又… clauses — a written report, not a speech; cut mid-word ("新冠疫")',
    isSpeech: false,
    title: '同圓共享中國夢 書寫時代新華章',
  },
};
