// Gold specs for holdout round 183, part A (cases 01–06): talent and employment (人才 meetings and talent fairs, 招聘会,
// 创新创业大赛, 高校毕业生就业, technician colleges — their 致辞, 讲话 and 发言, and their look-alikes: a 就业指导 article and a
// novel chapter set at a 创业大赛 final).
// Four spoken pieces (a written 致辞 sent by the honorary chairman of an automotive talent research society to its annual
// meeting and talent summit, on a traditional converter mirror of the society's news page (jjad.com.cn,
// "/Cn/News/newsDetail/id/<n>.html"): the news headline "中汽人年會暨中國汽車人才高峰論壇", then three bare meta lines (date
// "2014-09-19", the source "中國汽車人才研究會", a view count "906"), a third-person press lead ending "發(fā)來書面致辭,全文為:",
// then the 致辭 with its salutation "各位理事會同仁、嘉賓朋友們:" and "大家好!", toned converter pinyin in brackets after
// 發/產/業/經/領/戰/權/術/內/創, "一個是技術(shù),一個是人才" after commas, cut mid-word ("往來與融"); a technician college head's
// 讲话 at the 2013 new students' opening ceremony on the college's news page (lyjsxy.net,
// "/html/xinwenzhongxin/xueyuanxinwen/<n>.shtml"): no title and no site furniture in the capture, the salutation
// "各位领导、老师、同学们:" and "上午好!" first, the college's history in figures ("10万m²", "81.5%", quoted honours), cut mid-word
// ("国家农民"); a county news site's page of talent representatives' 发言 at a city's talent-matching fair (lywxww.com,
// "/html/<n>/<date>/<id>.shtml"): a crumb "您的位置:罗源新闻网 >> 福州.天下 >> 正文", the page headline, the collection header
// "第四届“榕博汇”博士、硕士代表发言摘登", a URL/date/source line ending in a cut "【字号", the reporter's "…整理" credit, an
// indented third-person editor's lead, then the first piece's own title "挥洒青春携手共建幸福之城", the byline
// "清华大学博士 严牧", first-person paragraphs, a block "一是航线科学。" opening a paragraph with "二是…。三是…。" inline after
// full stops, the second piece's heading "来了福州,你就有舞台" and byline, cut mid-word ("和大家分"); a technical school's
// 开学第一课 讲话 printed in full in a school news page on a hijacked traditional-script domain (youjizz9.com,
// "/news/xuexiao/<n>.html"): eight leaked HTML tag lines with one id ("<input id=\"8wys4\"></input>", "• <abbr …>") and bare
// "•" bullets, the education group's greeting line and a hotline/slogan line, the news headline, a "2021-03-09 來源:…
// 編輯:小記者" line, lines holding only spaces, two lead paragraphs naming the school's leaders, the label "校長開學第一課",
// the talk's own title in book marks "《匠心所向,報國為懷》", an editor's intro and "講話全文如下▽", then the salutation and the
// speech, simplified leftovers (奮斗, 勤于, 戰斗), cut mid-word ("後勤師")) and two written look-alikes (a college's 就业指导
// article on job-hunting methods (jxny.huanghuai.edu.cn, "/<yyyy_mm>/<dd_hh>/content-<n>.html"): the title, a lead
// paragraph, "一、获取就业信息的主要渠道", "1.…" to "4.媒体", "(1)报纸、杂志和广播、电视等传播媒体", cut mid-word — a written
// guide, not a speech; a web-novel chapter (hefanxs.com, "/book/<n>/<n>.html") in which two hosts open a campus 创业大赛
// final: the chapter heading "第61章 获得一等奖", narration, "男主持人先拿起话筒:" then a quoted-without-quotes salutation
// "尊敬的各位领导、评委老师,亲爱的同学们:", "大家下午好!", a "首先,请允许我代表大赛组委会…" paragraph, a judges' list with
// "来自…的 <name>教授" lines and "……", the narrator's slips "打着领导" and "男主人", cut mid-sentence — a novel, not a speech).
// Judgement calls: 01 is a speech: the document under the press lead is the 致辭 itself, addressed to its audience
// ("各位理事會同仁、嘉賓朋友們:") and spoken in the first person; that it was sent in writing ("書面致辭") does not change its
// genre, a 致辞 read out at the meeting. The page's only title line is the news headline, which names the meeting, not the
// 致辭 (unlike round 134 case 02, whose headline named the 致辞), so the title is "" (as round 6 case 07 and round 182 case 01:
// no line of the page is the speech's own title) and the headline is noise. The three meta lines are listed as one block
// string ("2014-09-19\n中國汽車人才研究會\n906") and by the date: the bare source line "中國汽車人才研究會" is the society's name,
// which the speech itself names, so it is dropped but not listed alone (as round 6 case 10's too short lines); "906" alone
// is too short to be specific. The press lead goes whole (with "全文為:" as its short part, as round 134 case 02's
// "以下为致辞全文:"); the pinyin goes by one regexCut (as round 17 and round 182 case 02). "一個是技術,一個是人才" follows commas
// → prose, no outline. 02: no title line in the capture (title "", as round 4 cases 04/09 and README: a body that opens with
// its salutation); the page is clean, so noise is empty; the college's history and figures are the head's own words and
// stay; no numbered points. 03 is a speech page: a newspaper page of several talent representatives' 发言, each in the first
// person to the fair's audience ("我真诚地邀请各位朋友:来福州吧!"), under an editor's header and lead — as round 78 cases
// 08/13 and round 108 case 07 (a "…发言摘登" page of speeches) and unlike round 7 case 14 (a digest of remarks reported in
// the third person). The title is the first piece's own title "挥洒青春携手共建幸福之城" (as round 78 case 08); the page headline,
// the "…发言摘登" header, the crumb, the URL/date/source line (with "来源:福州新闻网" and the cut "【字号" as short parts), the
// reporter's credit and the editor's lead are noise; the second piece's heading "来了福州,你就有舞台" is a piece heading and goes
// (README: collection pages); both bylines "清华大学博士 严牧" and "北京大学博士 程遥" carry a position and stay (as round 78
// case 08's "人民日报社社长 杨振武"). "一是航线科学。" opens its paragraph after "有三个特点:" on the line above → a block
// point, required, level 1, text "航线科学" (first sentence); "二是配置豪华。" and "三是服务定制。" follow full stops inside that
// paragraph: by the letter an inline run continuing the block 一是, whose level the rules do not settle (inline points sit
// below "the block heading that opens their paragraph", and here a point of their own family opens it), while a reader takes
// the three as siblings → level 1, optional (README: the rules do not decide). 04 is a speech page: the news page prints the
// head's 开学第一课 in full after "講話全文如下▽" (as round 134 case 02's press page with "以下为致辞全文:"); the talk's own
// title is the book-marked line "《匠心所向,報國為懷》", taken with its marks as printed (as round 182 case 02 and round 178
// case 02); the leaked tag lines are noise line by line (as round 60 case 04's leaked tags), the bare "•" bullet too; the
// greeting line, the hotline/slogan line, the news headline, the meta line, both lead paragraphs (third person, naming the
// leaders), the "校長開學第一課" label, the editor's intro "…給予新學期的新期望:" and "講話全文如下▽" are noise; the salutation
// stays; no numbered points in the capture. 05: a written guide for job seekers, so its 一、/1./(1) headings are no outline.
// 06: a novel chapter; the hosts' lines (salutation, "首先,请允许我…") are speech quoted inside narration → not a speech.
// Names of private people (the reporter, the seven talent representatives, the school's head, leaders and host, the
// novel's characters and judges) were replaced by fictional ones; public figures (the society's honorary chairman in the
// press lead) and institutions were kept; the prose was rewritten.
// Looked for and not found on a new host: a 人才工作会议 讲话 with 一、/（一）/第一, headings (laobiganzi.top with a login wall,
// fashionfield.cn with 一、/第一,, jsjstd.com, bigxun.com, gongwen.com.cn, xueke.org, gongwensou.com, blingdoc.com's 30-piece
// collection, and the traditional yamab2b.com (a lone "一" over the salutation), smilezhuce.com and m.hoachina.com are all
// used hosts); a 招聘会 开幕 致辞 or 主持词 (wtabcd.cn's 招聘会启动仪式讲话 and m.wuhaninfo.cn's 农民工就业洽谈会讲话 are used; on new
// hosts the corpus has only third-person reports: jsdtwm.com, dthr.com, xinwen.qust.edu.cn, news.tianlu58.com); a
// 创新创业大赛 致辞 (cscss.com.cn's 春晖杯 致辞 is round 134's 14, m.ibooks.qq.com's 创业学院开学典礼讲话 sits on used qq.com, the
// rest are reports and novels); a 高校毕业生就业动员讲话 (only school reports of 动员大会 with "提出三点要求:一是…" on new hosts:
// hgxy.xjau.edu.cn, cup.edu.cn, dwxcb.yau.edu.cn); a 稳就业 讲话 with 一要/二要 (m.wenke99.com, xiebitongdao.com, 1mishu.com
// used); a 人才节/人才日 致辞 (rene-tech.com, bijianjiayuan.com, desk33.com used); an 欧美同学会 致辞全文 on news.youth.cn
// (youth.cn used through cunguan.youth.cn). So the part holds four spoken pieces, one of them (03) with numbered points, and
// two look-alikes; a 招聘简章 on a new host (gibvey.com's 人才引进公告 with a casino brand glued into it) was seen but not taken.
// Template twins considered: cccpism.com ("大学生就业励志演讲稿:天生我材必有用") serves round 18 case 04's template (51yjg.com:
// "Skip to main content", " 主页 > … >", the title, "<date> 08:00 浏览:"), so it was dropped; autotalent.org.cn is the same
// society's simplified site with the same "/Cn/News/newsDetail/id/<n>.html" path as jjad.com.cn, so only jjad.com.cn was
// taken; youjizz9.com's leaked tags are of the hijacked-mirror kind round 60 case 04 (amimanerablog.com) shows, but no line
// of six characters or more is shared with a used page, so it was kept; no used page carries "罗源新闻网", "福州.天下",
// "廣東高新教育集團" or "中國汽車人才研究會".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const JJ_HEAD = '中汽人年會暨中國汽車人才高峰論壇';
const JJ_META = '2014-09-19\n中國汽車人才研究會\n906';
const JJ_LEAD = '8月28日,中國汽車人才研究會第二屆第五次年會暨中國汽車人才高峰論壇在江蘇常熟召開。中國汽車人才研究會名譽理事長邵奇惠發(fā)來書面致辭,全文為:';
const JJ_LEAD_BARE = '8月28日,中國汽車人才研究會第二屆第五次年會暨中國汽車人才高峰論壇在江蘇常熟召開。中國汽車人才研究會名譽理事長邵奇惠發來書面致辭,全文為:';

const LY_CRUMB = '您的位置:罗源新闻网 >> 福州.天下 >> 正文';
const LY_HEAD = '情定有福之州 建功幸福之城';
const LY_COLL = '第四届“榕博汇”博士、硕士代表发言摘登';
const LY_META = 'http://www.lywxww.com  2020-11-12 09:53:29   来源:福州新闻网  【字号';
const LY_CREDIT = '福州日报记者 钟晓岚 整理';
const LY_LEAD = '在11日举行的第四届“榕博汇”高校毕业生对接会上,严牧、程遥、秦若雯、许澄、韦一帆等5名引进人才代表,骆正洲、滕博远等2名来榕参会学生代表依次上台发言,向广大来榕学子发出“情定有福之州,建功幸福之城”的诚挚邀请。福州日报现摘登他们发言。';
const LY_TITLE = '挥洒青春携手共建幸福之城';
const LY_PIECE2 = '来了福州,你就有舞台';

const YJ_TAGS = [
  '<input id="8wys4"></input>',
  '<code id="8wys4"><tbody id="8wys4"></tbody></code>',
  '<abbr id="8wys4"></abbr>',
  '<center id="8wys4"><option id="8wys4"></option></center>',
  '<button id="8wys4"></button>',
  '• <abbr id="8wys4"></abbr>',
];
const YJ_GREET = '您好!歡迎您來到廣東高新教育集團!攜手一起讓世界的教育更美好!';
const YJ_HOTLINE = '客服熱線:020-36865992 卓越學校的締造者 建校一所造福一方';
const YJ_HEAD = '春季學期開學典禮:勤于創造、勇于奮斗、勞動點亮人生';
const YJ_META = '2021-03-09 來源:廣東省高新技術高級技工   編輯:小記者';
const YJ_LEAD1 = '3月8日上午,廣東省高新技術高級技工學校7000余名師生齊聚西區足球場,隆重舉行開學典禮,全體學子聆聽“入學第一課”——“勤于創造 勇于奮斗 勞動點亮人生”。';
const YJ_LEAD2 = '校長梁振庭、執行校長何中平、副校長溫和清、副校長鄧志遠、校長助理葉建新、校長助理盧則安等校領導,以及各系、相關職能部處的負責人出席典禮。行政人事處處長岑有信擔任主持,典禮在師生共唱國歌聲中開幕。';
const YJ_LABEL = '校長開學第一課';
const YJ_TITLE = '《匠心所向,報國為懷》';
const YJ_INTRO = '梁振庭校長作新學期致辭,給全場師生上了“開學第一課”,給予新學期的新期望:';
const YJ_FULL = '講話全文如下▽';

export const specs = {
  '01-zhici-jjad-big5-pinyin-qiche-rencai-nianhui-meta-block-press-lead-no-title': {
    source: 'http://www.jjad.com.cn/Cn/News/newsDetail/id/1574.html',
    kind: 'speech: 致辞 (a written greeting sent by the honorary chairman of an automotive talent research society to its annual meeting and talent summit; traditional converter mirror of the society\'s news page)',
    tests: 'the news headline naming the meeting, not the 致辭 (noise; no title: ""); three bare meta lines "2014-09-19" / "中國汽車人才研究會" / "906" (date, source, view count); a third-person press lead ending "發(fā)來書面致辭,全文為:" (noise); the salutation "各位理事會同仁、嘉賓朋友們:" and "大家好!"; toned converter pinyin after 發/產/業/經/領/戰/權/術/內/創 (one regexCut); the society\'s name inside the speech (the bare source line is dropped but not listed alone); "一個是技術(shù),一個是人才" after commas (prose); cut mid-word ("往來與融")',
    isSpeech: true,
    title: '',
    noise: [JJ_HEAD, JJ_META, '2014-09-19', JJ_LEAD, '全文為:'],
    regexCut: [PINYIN],
    dropLines: [JJ_HEAD, '2014-09-19', '中國汽車人才研究會', '906', JJ_LEAD_BARE],
    outline: [],
  },
  '02-jianghua-lyjsxy-jishi-xueyuan-kaixue-dianli-no-title-clean': {
    source: 'https://www.lyjsxy.net/html/xinwenzhongxin/xueyuanxinwen/455775790063685.shtml',
    kind: 'speech: 讲话 (a technician college head welcoming the 2013 new students at the opening ceremony; college news page)',
    tests: 'a clean page: no title and no site furniture in the capture; the salutation "各位领导、老师、同学们:" and "上午好!" first; the college\'s history and figures in the head\'s words ("10万m²", "81.5%", quoted honours "国家级重点技工学校"); one long paragraph of figures; no numbered points; cut mid-word ("国家农民")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-fayan-lywxww-rongbohui-boshi-zhaideng-crumb-font-lead-byline-yishi': {
    source: 'http://www.lywxww.com/html/3037/20201112/5fac9599df155.shtml',
    kind: 'speech: 发言 (talent representatives\' 发言 at a city\'s talent-matching fair, printed together by a newspaper; county news site)',
    tests: 'a crumb "您的位置:罗源新闻网 >> 福州.天下 >> 正文"; the page headline and the collection header "第四届“榕博汇”博士、硕士代表发言摘登" (noise); a "http://… <date> <time>   来源:福州新闻网  【字号" line with a cut "【字号"; the reporter\'s "…整理" credit; an indented third-person editor\'s lead (noise); the first piece\'s own title "挥洒青春携手共建幸福之城" (the title); the byline "清华大学博士 严牧" (kept); a block "一是航线科学。" after "有三个特点:" on the line above (required) with "二是配置豪华。" and "三是服务定制。" inline after full stops in the same paragraph (level 1, optional); the second piece\'s heading "来了福州,你就有舞台" (noise) and byline (kept); blank lines between indented paragraphs; cut mid-word ("和大家分")',
    isSpeech: true,
    title: LY_TITLE,
    noise: [LY_CRUMB, LY_HEAD, LY_COLL, LY_META, '来源:福州新闻网', '【字号', LY_CREDIT, LY_LEAD, LY_PIECE2],
    dropLines: [LY_CRUMB, LY_HEAD, LY_COLL, LY_META, LY_CREDIT, LY_LEAD, LY_TITLE, LY_PIECE2],
    outline: [
      { level: 1, marker: '一是', text: '航线科学' },
      { level: 1, marker: '二是', text: '配置豪华', optional: true },
      { level: 1, marker: '三是', text: '服务定制', optional: true },
    ],
  },
  '04-jianghua-hijacked-big5-jigong-kaixue-diyike-leaked-tags-lead-quanwen-ruxia': {
    source: 'http://youjizz9.com/news/xuexiao/202103091075.html',
    kind: 'speech: 讲话 (a technical school head\'s 开学第一课 at the spring term\'s opening ceremony, printed in full in a school news page; traditional-script page on a hijacked domain)',
    tests: 'leaked HTML tag lines with one id ("<input id=\\"8wys4\\"></input>", "<code …><tbody …></tbody></code>", "<abbr …>", "<center …><option …>", "<button …>", "• <abbr …>") and a bare "•" bullet line (noise, line by line); the education group\'s greeting line and a "客服熱線:… 卓越學校的締造者 …" line; the news headline; a "2021-03-09 來源:… 編輯:小記者" line; lines holding only spaces; two third-person lead paragraphs naming the school\'s leaders; the label "校長開學第一課"; the talk\'s own title in book marks "《匠心所向,報國為懷》" (the title, marks kept); an editor\'s intro "…給予新學期的新期望:" and "講話全文如下▽" (noise); the salutation "尊敬的老師們、親愛的同學們:"; simplified leftovers (奮斗, 勤于 in the noise); no numbered points; cut mid-word ("後勤師")',
    isSpeech: true,
    title: YJ_TITLE,
    noise: [...YJ_TAGS, '•', YJ_GREET, YJ_HOTLINE, YJ_HEAD, YJ_META, YJ_LEAD1, YJ_LEAD2, YJ_LABEL, YJ_INTRO, YJ_FULL],
    dropLines: [...YJ_TAGS, '•', YJ_GREET, YJ_HOTLINE, YJ_HEAD, YJ_META, YJ_LEAD1, YJ_LEAD2, YJ_LABEL, YJ_TITLE, YJ_INTRO, YJ_FULL],
    outline: [],
  },
  '05-guide-huanghuai-qiuzhi-jiqiao-jiuye-xinxi-yi-1-paren-not-speech': {
    source: 'http://jxny.huanghuai.edu.cn/2018_02/27_11/content-46356.html',
    kind: 'non-speech: 就业指导 article (job-hunting methods for graduates; a college department\'s page)',
    tests: 'the article title "大学生成功就业之求职基本方法与技巧"; a lead paragraph addressed to no one; a heading "一、获取就业信息的主要渠道" with "1.…", "2.…", "3.…", "4.媒体" sub-headings and "(1)报纸、杂志和广播、电视等传播媒体" under the last; third-person advice ("毕业生可以…") — a written guide, not a speech; cut mid-word ("各级各类企事")',
    isSpeech: false,
    title: '大学生成功就业之求职基本方法与技巧',
    noise: [],
    outline: [],
  },
  '06-novel-hefanxs-chuangye-dasai-juesai-zhuchici-salutation-shouxian-not-speech': {
    source: 'https://hefanxs.com/book/482190/88143665.html',
    kind: 'non-speech: novel (a web-novel chapter in which two hosts open a campus 创业大赛 final)',
    tests: 'the chapter heading "第61章 获得一等奖"; narration of the final; "男主持人先拿起话筒:" then the hosts\' lines without quotation marks: a salutation "尊敬的各位领导、评委老师,亲爱的同学们:", "大家下午好!", a "首先,请允许我代表大赛组委会,…" paragraph, a judges\' list ("来自商学院的 祝博闻教授", "……"); the narrator\'s slips "打着领导" (for 领带) and "男主人"; a contestant in the third person — a novel, not a speech; cut mid-sentence ("他们分别从专业和前景的角度来")',
    isSpeech: false,
    title: '第61章 获得一等奖',
    noise: [],
    outline: [],
  },
};
