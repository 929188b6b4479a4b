// Gold specs for holdout round 64, part a (cases 01–06): sports meetings and games. Four spoken pieces (the chair of a
// city winter-swimming association opening a 全民健身日 lake-crossing event, copied into a Discuz club forum whose
// anti-scraping jammer strings ("/ @7 K9 v5 C. ^", "1 k( k; U! ^/ ]. C", …) open most lines and end two, a lone "|"
// table border first, no title and no salutation, a courtesy "首先," welcome and a closing "最后," call, slogan lines in
// quotes, the chair's cue lines "请柏主席讲话。" and a last line cut before its verb ("请月湖公园钟园长"); page 6 of a school sports-meeting 主持词 on a
// 范文 site (m.70edu.com) that opens mid-script with 甲:/乙: turns, an item "7、裁判员代表队" of an entrance list whose
// heading lies on an earlier page, agenda headings "二、升国旗," and "三、介绍主席台上就坐的领导。" with no "一、" in
// the capture, a stage note "【播放《国歌》】", no title and no site noise; a university leader's 讲话 launching the
// 阳光体育冬季长跑 on the 阳光体育 community site (sunnysports.org.cn): the title, then a site-generated teaser that
// repeats the salutation and the opening sentences glued together and cuts mid-word ("亿万学"), then the salutation
// and the body, the site's double colon "格言::", a lone "最后,"; a student's 国旗下 speech on a high school's site
// (hf8z.cn) welcoming the 第四届全国体育大会: a "发布人:… 发布部门: 发布时间:… 点击率:7029 【打印文章】" meta line
// above a title that names no genre ("迎四体,大家一起来参与"), the salutation, the speaker naming herself, a quoted song
// line with spaces, a space before "2006年", the typo "无尚" kept) and two look-alikes (a news post on a hijacked site
// (gpdzpa.com) whose headline has a betting brand glued into it ("逐九游体育梦田径"), reporting a youth athletics
// delegation's mobilisation meeting: the vice-director's "三点意见:一要…;二要…;三要…" after a colon, "…表示" reported
// speech, a line without a full stop; a web-novel chapter on a reading site (ythrc.com) with the site name, a
// breadcrumb and the chapter heading "(第1页)", "……" scene breaks, number-stripped template text ("点半点", "点o分",
// "o年xx学校第届"), and the headmaster's opening speech given as plain paragraphs with its own salutation — a novel, not a
// speech).
// Judgement calls: 01 is a chairing speech (first person, thanks in the speaker's voice, cue lines for the next speakers)
// though it has no title or salutation; its title is ""; every jammer string is noise and is cut where it stands (the
// one glued after "口号:" starts with its own colon, ": d4 j6 …", so the speech keeps "口号:"); "|" is the forum's table
// border (noise); the "(鞠躬)" stage note stays. "首先," (a welcome) and "最后," (a closing call) are courtesy
// paragraphs: both optional, level 1; the 首先 item is its whole first sentence (47 characters), the 最后 item is cut
// at the colon. 02's "二、"/"三、" are not markers by the letter of outline-rules.md (no open run, not 一), but a reader
// takes them for the agenda headings they are: both optional, level 1 ("升国旗," keeps its trailing comma, the line has no
// sentence end); "7、" belongs to a list whose heading and first six items are on earlier pages and is left out; title
// "" (the page shows none), noise []. 03's teaser line is the site's, but it is nothing but the salutation and the
// opening sentences run together and cut: like a repeated title it is dropped and not listed (with whitespace removed it
// equals the body's own first words, so no noise string can name it); the title line is dropped as the title; "最后,"
// alone opens no run, no outline. 04 is a speech (salutation, "在国旗下发言", "我今天演讲的主题是…");
// the meta line is noise, the title is the line under it; the student's self-introduction stays. 05 and 06 are
// written, not speeches; their titles are informational (05's without the glued brand).
// Looked for and not found on a new host: a county or city 运动会开幕式 讲话 with 一、/（一） headings or block
// 一是/第一, points (every hit was on a used host: m.wuhaninfo.cn, xiaomilidoc, bibiwenku, allw.cn, onlinecha, 010zaixian,
// m.xde6.net/xde6, kmf8, wnwk, 9000bbs, 98523); a 裁判员代表发言 with numbered pledges (m.yzwku.com is used); a traditional
// pinyin mirror of a 全民健身 讲话 with 一、 headings (023dbbdf, zbfsgm, letgol, emrowgh are used); a 运动会 心得体会 or
// 通知 on a new host that is not a twin. Template twins set aside: hkcompanysearch.com ("General 更新 <date>" of round 2's
// yamab2b), m.99spj.com, m.aoks.cn, m.ryyc.cn, m.xiaozhentang.com and m.lovfp.com ("/wenku|dongshi/<4 letters>/<id>"
// pages with "您的当前位置:首页正文"/"因篇幅问题不能全部显示" of ovod/bluu/wuhaninfo), hnlinxiao.com, dtjituan.com and
// cnrencai.com (the ruiwen-style "在当下社会,…下面是小编…" promo and glued apostrophe), sevw.cn (the cooco/fck3179
// "写作可以弥补记忆的不足" promo), yunyanqing.com (the "/FanWen/KaiBiMuCi/" CamelCase template of 78911/gxscse),
// m.tmwt.com (the "书城文化<book> / <chapter id> / 第122章 <title>" reading-site template of round 34's nuoha),
// jey722.cn (a traditional copy of wm114's "新文秘網 … 省略N字,正式會員可完整閱讀" page), mswk.cn (e.wenmi.ren's
// "内容预览: … 全文共N字,仅供站内会员学习参考" template), zixin.com.cn and www.wnwk.com (same sites as used hosts).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CW_BORDER = '|';
const CW_JAM = [
  '/ @7 K9 v5 C. ^',
  '1 k( k; U! ^/ ]. C',
  "& \\# j+ j5 z2 e' g2 B0 q) B",
  '# y$ z7 w/ D5 @" Q) F: Z V',
  '# u# @5 s) T, [. H1 E- P |',
  '( r3 `1 ]( @; @* W, S: k# u',
  '- D7 J! v+ Y& c1 \\& o7 `5 N3 U4 D',
  ': d4 j6 [$ E4 K4 }',
  '; s. I0 E; P+ j3 i3 v* z) T, T',
  '6 h t! O2 _ @" l',
  '; X6 ^( E, R/ P x& d',
  '; A, L8 ^: G6 g# p$ e',
  '1 p+ @1 a2 d9 N# o',
];

const SS_TITLE = '2012浙江师范大学阳光体育冬季长跑启动仪式上的讲话';
const SS_TEASER = '老师们,同学们:运动是生命的源泉。今天,晴空万里,正是锻炼的好时节。为深入贯彻落实《中共中央国务院关于加强青少年体育、增强青少年体质的意见》,积极响应教育部、国家体育总局、共青团中央关于开展“第五届全国亿万学';

const HF_META = '发布人:ygyhmus 发布部门: 发布时间:2010-03-24 09:11:29 点击率:7029 【打印文章】';
const HF_TITLE = '迎四体,大家一起来参与';

export const specs = {
  '01-jianghua-ip202-dongyong-hengdu-discuz-jammer-shouxian-zuihou': {
    source: 'http://202.85.222.116/thread-477395-1-1.html',
    kind: 'speech: 主持讲话 (the chair of a city winter-swimming association opening a 全民健身日 lake crossing; Discuz club forum)',
    tests: 'Discuz anti-scraping jammer strings at the start of most lines ("/ @7 K9 v5 C. ^ 首先,…", "( r3 `1 ]( @; @* W, S: k# u 最后,…") and glued to two line ends ("知心朋友!& \\# j+ …", "口号:: d4 j6 [$ E4 K4 }"), a lone "|" border line first; no title and no salutation; a courtesy "首先," welcome with a "(鞠躬)" stage note and a closing "最后," call (both optional); quoted slogan lines ending in ";"; cue lines "请柏主席讲话。"; the last cue line cut before its verb ("请月湖公园钟园长")',
    isSpeech: true,
    title: '',
    noise: [CW_BORDER, ...CW_JAM],
    replace: [
      ...CW_JAM.filter(j => j !== CW_JAM[2] && j !== CW_JAM[7]).map(j => [j + ' ', '']),
      [CW_JAM[2], ''],
      [CW_JAM[7], ''],
    ],
    dropLines: [CW_BORDER],
    outline: [
      { level: 1, marker: '首先,', text: '我代表长春市冬泳协会向在工作、家事繁忙之中抽身参加今天横渡活动的全体会员表示热烈欢迎和由衷感谢', optional: true },
      { level: 1, marker: '最后,', text: '我们满怀豪情地放声呼唤', optional: true },
    ],
  },
  '02-zhuchici-70edu-yundonghui-page6-midrun-er-san': {
    source: 'https://m.70edu.com/shiyong/1452923_6.html',
    kind: 'speech: 主持词 (a primary school\'s sports-meeting opening ceremony, page 6 of a paginated script; 范文 site)',
    tests: 'page 6 of a paginated 主持词: no title, no site noise, the capture opens mid-script with 甲:/乙: turns; an item "7、裁判员代表队" whose list heading lies on an earlier page; agenda headings "二、升国旗," and "三、介绍主席台上就坐的领导。" with no "一、" in the capture (not markers by the letter of the rules, optional for a reader); "3——6" inside a sentence; a bracketed stage note "【播放《国歌》】"; cut inside a list of officials without a closing full stop',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '二、', text: '升国旗,', optional: true },
      { level: 1, marker: '三、', text: '介绍主席台上就坐的领导', optional: true },
    ],
  },
  '03-jianghua-sunnysports-changpao-qidong-teaser-dup': {
    source: 'http://sunnysports.org.cn/blog/community/detail/89004',
    kind: 'speech: 讲话 (a university leader launching the 阳光体育冬季长跑; 阳光体育 community site)',
    tests: 'the title, then a site-generated teaser that glues the salutation to the opening sentences and cuts mid-word ("…“第五届全国亿万学"; a repeat of the opening, dropped, not listed as noise), then the salutation on its own line and the body; blank lines between all lines; document and campaign names in 《》 and “”; the site\'s double colon "格言::"; a lone "最后," that opens no run; closing "谢谢大家!"',
    isSpeech: true,
    title: SS_TITLE,
    noise: [],
    dropLines: [SS_TITLE, SS_TEASER],
    outline: [],
  },
  '04-yanjianggao-hf8z-guoqixia-quanguo-tiyu-dahui-meta-line': {
    source: 'https://www.hf8z.cn/form-serchDoc?ID=1489',
    kind: 'speech: 国旗下演讲 (a student welcoming the 第四届全国体育大会; high-school site)',
    tests: 'a school site\'s meta line "发布人:ygyhmus 发布部门: 发布时间:2010-03-24 09:11:29 点击率:7029 【打印文章】" above a title that names no genre; salutation "尊敬的各位领导、老师,亲爱的同学们:" then "大家好!" glued to the speaker\'s self-introduction; a quoted song line with spaces inside; a space before "2006年"; figures (78天, 34个, 56支, 约3万名); the typo "无尚" kept; no numbered points',
    isSpeech: true,
    title: HF_TITLE,
    noise: [HF_META],
    dropLines: [HF_META, HF_TITLE],
    outline: [],
  },
  '05-news-gpdzpa-tianjing-dongyuan-casino-glue-yiyao-not-speech': {
    source: 'https://www.gpdzpa.com/tianjingzixun/tianjingzhishi/2440.html',
    kind: 'non-speech: news report (a youth athletics delegation\'s mobilisation meeting; hijacked site)',
    tests: 'a news post on a hijacked site whose headline has a betting brand glued into a word ("逐九游体育梦田径"); the officials\' remarks reported in the third person ("在动员讲话中提出三点意见:一要…;二要…;三要…。", "陆振华表示,…希望大家…"), a line without a full stop, delegation and meeting names — a report of speeches, not a speech',
    isSpeech: false,
    title: '申城骄子逐梦田径 青春无畏扬帆赛场 首届全国青少年田径运动会上海代表团工作动员会举行',
  },
  '06-novel-ythrc-yundonghui-kaimushi-xiaozhang-speech-not-speech': {
    source: 'https://ythrc.com/books/1050130/21307146.html',
    kind: 'non-speech: novel (a campus web-novel chapter on the school sports meeting; reading site)',
    tests: 'a reading site\'s name "笔下文学", a breadcrumb and the chapter heading "第143章 加油飞跃勇夺第一(第1页)" twice; "……" scene breaks; number-stripped template text ("点半点", "点o分", "o年xx学校第届"); the host\'s quoted agenda ("第一项,…", "第二项,…"), then the headmaster\'s opening speech printed as plain paragraphs with its own salutation ("各位运动员、裁判员、老师们、同学们,大家上午好:") and cut mid-word ("衷心希") — a novel chapter quoting a speech, not a speech',
    isSpeech: false,
    title: '第143章 加油飞跃勇夺第一',
  },
};
