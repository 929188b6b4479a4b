// Gold specs for holdout round 20, part c (cases 13–18): opening and closing ceremonies and visits. Four spoken pieces
// (a pupils' spring sports meeting 开幕词 on a content site, the page title with a "(五年级师生演讲稿)" tag, a
// "发布时间:… 编辑:互联网 手机版" meta line, indented salutation and body, "特提出以下几点要求:" followed by block 1、…4、
// points (optional: a list after a colon), a lone "最后让我们…" without comma, whitespace-only lines, and a
// "[title]相关文章:" list numbered 1.…6. cut at "6.小"; an association president's 讲话 at the opening of the fifth
// 美大地区友好论坛 on a mirror of the association's site whose chrome was taken over by a casino brand ("邮箱登录/邮箱:/
// @cpaffc.org.cn/密码:/重置" lines, a breadcrumb "首页>118金宝搏app下载>…>title", the title twice, "时间:…打印字号:",
// the speaker's bare name, then the speech's own "2012年9月6日,长春" date line and a three-line salutation; "我谨代表,"
// with the organisation's name missing, kept); a 开幕式 致辞稿 on a traditional-script mirror with converter pinyin
// (學(xué)), a collection page "…推薦8篇" with a 時間/作者 meta line, the site's promo, the collection title again and the
// piece heading "…篇1", 20xx/xxxx placeholders, an anti-copy dot "深厚的.愛國", cut after a comma; a 吴文化节 开幕式 致辞
// on a 范文 site (breadcrumb ending in " >", the title, a 时间/来源 line, a 小编 promo, the title variant "2022年…(精选文档)",
// the title again, a blank-looking line, then the anthology's header fields "[致辞人]…副主席…" and "[致辞背景]在…上致开幕词",
// cut mid-word "万事如") and two written pieces (a school news item "运动会闭幕式通讯稿" given as the best answer on a
// Q&A page — breadcrumb, 问题描述/最佳答案/推荐答案 — that reports the principal's closing words in quotes; a traditional
// pinyin news report of a cross-strait forum's 开幕式, with no headline in the capture, quoting the host's remarks and a
// leaked "?!/p>" where "。”</p>" was). Only one speech page with ≥2 outline markers was found on a new host in the time
// (13); the others' captures have no numbered points. Not found on any new host: a 代表大会 闭幕词 with 一、/第一, in the
// capture, a 签约/揭牌仪式 致辞 on a 范文 site, a 欢送词, a 读书节/博览会 开幕词 with site noise, a 运动会 秩序册.
// Written from page.txt alone, before any engine ran on it. Names of officials, a royal guest and schools were replaced
// by fictional ones; the prose was rewritten in new words, the site noise kept as found.
// `source` is the page the text was captured from. build.mjs applies: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.
// Judgement calls: 13's title drops the bracketed tag "(五年级师生演讲稿)"; its 1、…4、 follow a colon, so they are
// optional. 14's bare name "林晓岚" under the meta line is dropped, not listed (it is part of the title). 16's "[致辞人]" and
// "[致辞背景]" lines are kept as the speech's byline with a position and its occasion line (as a dateline is kept).
// 17: a news item is news on a Q&A page too. 18: a report that quotes an opening speech in the third person is news.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const strip = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const PH_TITLE_LINE = '小学春季运动会开幕词 (五年级师生演讲稿)';
const PH_META = '发布时间:2017-12-20 编辑:互联网 手机版';
const PH_RELATED = [
  '[小学春季运动会开幕词 (五年级师生演讲稿)]相关文章:',
  '1.慰问山区师生演讲稿',
  '2.小学春季运动会日记600字',
  '3.2018小学春季运动会班级口号',
  '4.小学春季运动会班级口号',
  '5.小学春季运动会总结',
  '6.小',
];

const CL_TITLE = '林晓岚会长在第五届友好论坛开幕式上的讲话';
const CL_MAIL = ['邮箱登录', '邮箱:', '@cpaffc.org.cn', '密码:', '重置'];
const CL_CRUMB = '首页>118金宝搏app下载>美大地区友好论坛>相关文稿>' + CL_TITLE;
const CL_META = '时间:2012-11-07打印字号:';

const RP_COLL = '學(xué)校運(yùn)動(dòng)會(huì)開幕式致辭稿推薦8篇';
const RP_META = '時(shí)間:2023-09-25 作者:Cold-blooded 演講稿';
const RP_PROMO = '面對(duì)致辭稿的寫作,相信大家都已經(jīng)不再陌生,無論什么樣的演講都需要將致辭稿準(zhǔn)備好才行,范文社小編今天就為您帶來了學(xué)校運(yùn)動(dòng)會(huì)開幕式致辭稿推薦8篇,相信一定會(huì)對(duì)你有所幫助。';
const RP_PIECE = '學(xué)校運(yùn)動(dòng)會(huì)開幕式致辭稿篇1';

const UK_TITLE = '吴文化节开幕式致辞';
const UK_CRUMB = '当前位置:首页 > 范文大全 > 致辞稿 >';
const UK_META = '时间:2022-06-25 17:40:03 来源:网友投稿';
const UK_PROMO = '下面是小编为大家整理的2022年吴文化节开幕式致辞(精选文档),供大家参考。';
const UK_VARIANT = '2022年吴文化节开幕式致辞(精选文档)';

export const specs = {
  '13-kaimuci-panghu123-yundonghui-meta-yaoqiu-1-4-after-colon-related-list': {
    source: 'http://panghu123.pics/xiao/news/32748.htm',
    kind: 'speech: 开幕词 (a primary school\'s spring fun sports meeting; content site)',
    tests: 'the page title "小学春季运动会开幕词 (五年级师生演讲稿)" with a bracketed site tag after a space (the title is the part before it); a meta line "发布时间:2017-12-20 编辑:互联网 手机版"; the salutation and body indented with ASCII spaces; "大家好!" glued to the first sentence; a paragraph "为使大会有序进行,特提出以下几点要求:" followed by block lines 1、…4、 (after a colon: optional; 3、 holds two sentences and a quoted slogan); "最后让我们预祝…" — 最后 without a comma and without a run, no marker; three whitespace-only lines; a related list "[<title line>]相关文章:" with numbered 1.…6. lines (1.…5. look like an arabic run) cut at "6.小"',
    isSpeech: true,
    title: '小学春季运动会开幕词',
    noise: ['(五年级师生演讲稿)', PH_META, '编辑:互联网 手机版', ...PH_RELATED],
    dropLines: [PH_TITLE_LINE, PH_META, ...PH_RELATED],
    outline: [
      { level: 1, marker: '1、', text: '听从大会安排,不擅自离队,不大声喧哗,更不能穿越赛道,以防出现安全事故', optional: true },
      { level: 1, marker: '2、', text: '不乱丢纸屑,爱护场地卫生', optional: true },
      { level: 1, marker: '3、', text: '运动员们要奋力拼搏,牢记“友谊第一,比赛第二”的宗旨', optional: true },
      { level: 1, marker: '4、', text: '作为观众,我们要为运动员呐喊助威,热情鼓掌', optional: true },
    ],
  },
  '14-jianghua-chatladyb-youhao-luntan-kaimushi-casino-breadcrumb-mail-login-title-twice-byline': {
    source: 'https://chatlady-b.com/index/xiangmu/xiangmu_wengao_detail/id/1/lang/1.html',
    kind: 'speech: 讲话 (a friendship association\'s president opening the fifth 美大地区友好论坛; mirror of the association\'s site with a casino brand in its chrome)',
    tests: 'a mail-login box as five lines ("邮箱登录", "邮箱:", "@cpaffc.org.cn", "密码:", "重置"); a breadcrumb whose column was replaced by a casino brand ("首页>118金宝搏app下载>美大地区友好论坛>相关文稿>" + the title); the title twice on its own lines; "时间:2012-11-07打印字号:" with the print/font-size labels glued; the speaker\'s bare name on its own line (a decoration, dropped, not listed: it is part of the title); the speech\'s own "2012年9月6日,长春" date-and-place line (kept); a salutation over three lines ending "女士们、先生们、朋友们:"; "上午好!" glued to the first sentence; "我谨代表," with the organisation\'s name missing (kept); cut mid-sentence ("总人数近百")',
    isSpeech: true,
    title: CL_TITLE,
    noise: [...CL_MAIL, CL_CRUMB, '118金宝搏app下载', CL_META, '打印字号'],
    dropLines: [...CL_MAIL, CL_CRUMB, CL_TITLE, CL_META, '林晓岚'],
    outline: [],
  },
  '15-zhici-rpnt-big5-pinyin-yundonghui-kaimushi-collection-meta-promo-pian1-dot': {
    source: 'http://rpnt.org.cn/gongwenfanwen/yanjianggao/8756413.html',
    kind: 'speech: 致辞稿 (a secondary school head opening the school\'s sports meeting and sports festival; traditional-script mirror of a 范文 collection page)',
    tests: 'traditional script with converter pinyin after a set of characters (學(xué), 運(yùn), 動(dòng), 會(huì), 時(shí), 強(qiáng)…; not after every one: "同學(xué)們" but "老師們"); the collection title "…致辭稿推薦8篇" (a count without brackets), a "時(shí)間:2023-09-25 作者:Cold-blooded 演講稿" meta line with a poster handle and the column, the site\'s 小編 promo naming the collection, the collection title again and the piece heading "…致辭稿篇1" (the title is the piece\'s name without 篇1); "老師們、同學們:" and "早上好!" lines; placeholders "xxxx中學20xx年度" and "xxx年"; quoted slogan; an anti-copy dot "深厚的.愛國"; cut after a comma',
    isSpeech: true,
    title: '學校運動會開幕式致辭稿',
    noise: [RP_COLL, RP_META, 'Cold-blooded', RP_PROMO, RP_PIECE, '推薦8篇', '的.愛國'],
    replace: [['的.愛國', '的愛國']],
    regexCut: [PINYIN],
    dropLines: [strip(RP_COLL), strip(RP_META), strip(RP_PROMO), strip(RP_PIECE)],
    outline: [],
  },
  '16-zhici-ukktv-wuwenhuajie-kaimushi-breadcrumb-meta-promo-title-variant-zhiciren-beijing-labels': {
    source: 'https://ukktv.cn/fanwendaquan/zhicigao/5947.html',
    kind: 'speech: 致辞 (a 文联 vice-chair opening a city\'s 吴文化节; 范文 site)',
    tests: 'a breadcrumb "当前位置:首页 > 范文大全 > 致辞稿 >" ending in " >"; the title; "时间:… 来源:网友投稿"; a 小编 promo naming the title variant "2022年吴文化节开幕式致辞(精选文档)"; that variant on its own line (site year and bracketed tag: noise, listed because it differs from the title); the title again; a line of one space; the anthology\'s header fields "[致辞人]中国文联副主席<name>" and "[致辞背景]在2007中国(无锡)吴文化节开幕式上致开幕词" (kept, as a byline with a position and an occasion line); a salutation "尊敬的各位来宾,女士们、先生们:"; parentheses inside the festival\'s name; quoted slogans; two closing "祝…" lines, the last cut mid-word ("万事如")',
    isSpeech: true,
    title: UK_TITLE,
    noise: [UK_CRUMB, UK_META, '来源:网友投稿', UK_PROMO, UK_VARIANT, '(精选文档)'],
    dropLines: [UK_CRUMB, UK_TITLE, UK_META, UK_PROMO, UK_VARIANT],
    outline: [],
  },
  '17-news-51dcw-yundonghui-bimushi-tongxungao-qa-chrome-not-speech': {
    source: 'http://bbs.51dcw.com/jxfw/202505/210038.html',
    kind: 'non-speech: news report (a school\'s 运动会 闭幕式 通讯稿, given as the answer on a Q&A page)',
    tests: 'Q&A chrome: breadcrumb "首页 > 百科知识 > 精选范文 >", the headline "运动会闭幕式通讯稿", timestamps, "问题描述:" with a plea for an answer, "最佳答案"/"推荐答案"; then a third-person report of the closing ceremony that quotes the principal\'s words and a prize-winner\'s thanks (校长说:“…”), "首先"/"随后"/"紧接着"/"最后" narrating the programme; a genre word (闭幕式) and 运动会 vocabulary throughout; cut mid-sentence',
    isSpeech: false,
    title: '运动会闭幕式通讯稿',
    noise: [],
    outline: [],
  },
  '18-news-010baizhang-big5-pinyin-luntan-kaimu-report-not-speech': {
    source: 'http://010baizhang.com/economics/2007-04/28/content_2374429.htm',
    kind: 'non-speech: news report (the opening of a cross-strait 经贸文化论坛; traditional-script mirror of a news site)',
    tests: 'no headline in the capture: the page opens with the lead "由…共同主辦的“第三屆…論壇”于…開(kāi)幕,開(kāi)幕式由…主持。"; converter pinyin; the host\'s remarks reported in the third person and quoted at length (…說(shuō):“…”, …強(qiáng)調(diào):“…我們期待…取得圓滿成功!”) — speech phrases inside a news item; a leaked "?!/p>" where a closing quote and a paragraph tag were; a missing comma before "他說"; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
