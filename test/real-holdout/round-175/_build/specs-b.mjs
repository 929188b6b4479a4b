// Gold specs for holdout round 175, part B (cases 07–12): medical insurance and public health (医保 工作会议, 健康 教育 讲座,
// 疫苗 接种 动员, 卫生健康 工作会议 — their 讲话, 动员讲话, 讲座 开场白, and their look-alikes: a news report and an essay).
// Four spoken pieces (two pupils' 国旗下讲话 urging COVID vaccination on a Chongqing school's CMS (zhiyischool.com, a
// ThinkPHP "index.php?m=home&c=View&a=index&aid=<id>" page, WeChat repost): the page title with the school's name after
// "_" and a trailing space, the headline "国旗下讲话 | 做一名守护健康的践行者" with its column kicker, a
// "发布日期:2021-09-14 15:45:34  发布人:user" meta line, two image file names ("2-210914155030I3.gif", and
// "2-210914154PX52.jpg" glued before the headline and "(图3)"), the WeChat cover's lettering on its own lines ("★ 国旗下讲话 ★",
// "守护健康的践行者", "共筑免疫长城 共享健康平安"), section labels "01" / "升旗仪式" / "02" / "国旗下讲话", then the salutation
// "敬爱的老师,亲爱的同学:", "大家好!" and paragraphs indented by six spaces, blank lines between all lines, a "?。" doubled
// stop, cut mid-phrase ("国产新冠"); a pupil's health talk on a traditional-script converter mirror with pinyin annotations
// (m.ressoo.cn, VSB-style "/info/<col>/<id>.htm"): no title in the capture, the salutation first, "大家早上好!", the talk's
// topic named inside a sentence (《健康是快樂(lè)之本》), a mis-encoded run inside a quotation ("梁?jiǎn)⒊f(shuō):“…國(guó)強(qiáng)?!蓖瑢W(xué)們,"),
// "…我們提出以下幾點(diǎn)建議:" followed by five block lines "1.…" to "5.…" (the first ending in "、" instead of a stop), cut
// mid-quotation after a comma; a model 致辭 at the opening of a heart-disease research centre on a Hong Kong secondary school's
// teacher pages (www.wahyan.edu.hk, "/kcchan/kcstudent/<name>.htm", static HTML, genuine traditional script): the exercise
// label "2004年中國語文及文化科試卷一(實用文寫作)第一題" as the only heading, a long salutation naming a JP, a foundation's
// representative, a chairman, a director and a doctor and ending "各位來賓:大家好。" on one line, whitespace-only lines between
// paragraphs, the honorific space of 抬頭 ("對 閣下的光臨"), the writer's slips "在坐", "建康" and "防預", a list of quoted
// therapies 「…」、「…」 after a colon (no markers), cut after a comma; a pupil's 爱国卫生月 talk at a flag-raising on a
// bare-IP school blog (62.234.214.182, "/article/<id>.html"): the headline "升旗仪式|防疫有我,爱卫先行" with its kicker and no
// spaces round the bar, three bulleted meta lines ("- 2020-04-13 16:00:00", "- admin 原创", "- 46188" — date, poster and
// origin, view count), the salutation "敬爱的老师、亲爱的同学们:", "大家好!我是初一2班的…" naming the talk's topic in quotes, a
// quoted statement of 习近平, cut mid-word ("综合整")) and two written look-alikes (a county news site's report on a
// traditional-script converter mirror with pinyin annotations (xw381.com, "/xzfc/sc/content/<yyyy-mm>/<dd>/content_<id>.html")
// of a township's vaccination 布置会: a header of the site's name, a hotline, "舉報電話(huà): …", "我要投稿", "建德市新聞傳媒中心 主辦",
// a crumb "您當前的位置: 建德新聞網(wǎng) > 鄉鎮風(fēng)采 > 壽昌鎮", "微信掃一掃分享", the headline (two phrases parted by a space), the
// date, the converter's odd "(huì )" with a space inside, paragraphs opening "會(huì )議首先…", "其次,…", "最后,…", the secretary's
// requirements reported as "書(shū)記強調,一是要帶好頭,…。二是要動(dòng)員好,…。三是要組織好,…" — a report, not a speech; cut
// mid-word ("各司"); page 2 of 2 of a young reader's essay after his COVID jab on a web-novel site (137737.com,
// "/read/<book>/<id>_2.html"): the title line with "(2 / 2)", the text opening mid-sentence ("图别的,只为…"), short
// first-person paragraphs, "同志们," twice addressing readers, and the writer's dating line "记于2021.4.17日,晚。" at the
// foot — an essay, not a speech; 526 characters, the whole stored page).
// Judgement calls: 07: the page title line (headline + "_重庆江北知易外国语学校") is the site's (with the school's name listed as its
// distinctive part); the title is the headline with its kicker, "国旗下讲话 | 做一名守护健康的践行者", as round 70 case 15 kept
// "国旗下讲话|第十六周:你好,少代会" and another round "升旗致辞|劳动最光荣"; the headline line is its repeat (dropped, not listed); the meta line,
// the two image file names (the second glued before a copy of the headline and "(图3)") and the WeChat cover's lettering are
// page furniture: "★ 国旗下讲话 ★" and "共筑免疫长城 共享健康平安" are listed, "守护健康的践行者" (a shortened repeat of the title) and the section
// labels "01", "02", "国旗下讲话" are dropped but not listed (a title substring, and bare numbers that also occur inside "2020",
// as round 6 case 10's stray "0"); "升旗仪式" is listed; the pupils' self-introduction naming the talk's theme
// ("今天我们演讲的题目是,全民防疫,…") stays body; the doubled "?。" is the writer's and stays; no numbered point. 08: no title line, the
// salutation first and the talk in the first person → a speech with title "" (as round 6 case 07: 《健康是快樂之本》 stays inside its
// sentence); only whole "(pinyin)" go (the regular expression also takes "(shuō)" after the "f" of the mis-encoded run,
// which stays as "梁?jiǎn)⒊f:“…?!蓖瑢W們,", as round 1 cases 09/10 kept broken pinyin); the five block lines "1.…" to "5.…"
// follow "…以下幾點建議:", a list after a colon → optional level-1 items (as round 20 case 13's 1、…4、 and round 158 case 01's
// block points after a colon); 1.'s text is its whole line, ending in "、" (no sentence end), 2.–5. give their first sentence
// (all under 50 characters). 09: a school teacher's page with a model answer to an exam's practical-writing task: the
// document is a 致辭 written to be spoken at an opening ceremony (a salutation, "歡迎…", "本人…謹代表…", "我們") → a speech; the
// exercise label is the page's heading, not the speech's name (as round 146 case 13's textbook unit before a speech), so it
// is noise and the title is ""; the salutation and "大家好。" share one line and stay one paragraph; the 抬頭 space before 閣下 and
// the slips "在坐", "建康", "防預" are the writer's and stay; the quoted therapies after "當中包括:" carry no marker → no outline. 10:
// the headline with its kicker is the title (as 07); the three bulleted meta lines are the site's (listed whole; "admin 原创"
// is the poster and the origin tag, "46188" the view count); the quoted topic in "我今天演讲的题目是“防疫有我,爱卫先行”。" repeats the title's
// second half inside a sentence and stays; the quotation of 习近平 stays; "比如,"/"再比如," are no markers; no outline. 11: third
// person throughout ("會議由…主持", "副鎮長在會上要求", "書記強調,一是…") — a news report, so its 首先/其次/最后 paragraphs and its 一是/二是/三是 (二是/三是
// after full stops) are no outline (as round 147 case 10 and round 5 case 15). 12: a personal essay — a reflection dated and
// signed at its foot ("记于…,晚。"), written to be read, whose "同志们," addresses readers (as round 8 case 12's essay quoting
// "同志們" and the shared corpus's personal essay): not a speech. Names of private people (the pupils in 07 and 10, the
// chairman, the foundation's representative and the centre's director in 09's exercise) were replaced by fictional ones;
// places (壽昌鎮, 建德, 香城, 旺角) and public figures (习近平, 梁启超 inside the kept mis-encoded run, 马克思) stay; the prose was rewritten,
// the traditional pages drafted and written in traditional by hand with the mirrors' own quirks put back (pinyin after the
// same characters as on the page, all their occurrences; "于" in "在于"/"處于", "最后", "干部", "筑").
// Looked for and not found on a new host: a 医保 工作会议 讲话 with 一、/（一）/一是 (gongwentu.com, wm114.cn, m.bimoxiezuo.com,
// yiyuan.7en.cn, alatiku.com, xuekejiayuan.com, mswk.cn, fanwenq.com, m.jinchutou.com, gongwen.com.cn, m.78911.com.cn — all
// used; the new hosts carry third-person reports: wsxjcy.com (a Discuz copy with jammer strings), epaper.gytoday.cn is used,
// ylqxzb.com, npguniversity.com); a 卫生健康 工作会议 讲话 (m.huaboedu.com, xinmengxiang.cn, bbs.gdswjx.net, 6dgww.com,
// yanjianggao.wang, xiaomilidoc.com, taowenge.com, szftgk.com, bgzsck.com, wm114.cn, nepao.com — used); a 疫苗接种 动员 讲话 by an
// official (rene-tech.com, rubber-label.com, m.wanshu.net — used; the new hosts hold reports of 推进会/布置会: xw381.com taken,
// xzr.ahnews.com.cn, m.hypds.cn, wap.clxww.com, jintan.gov.cn, and 倡议书: yr.gov.cn, meipian.cn is used); a 健康 讲座 开场白/主持词
// (hxlib.cn, show-632.com, f.tikuw.cn, m.234fw.com — used; the new hosts hold reports of lectures: whkx.org.cn,
// zxr.ahnews.com.cn, bbs.ty7.cn, dgwenming.cn, live-174.com, efzw.com); a 家庭医生/医共体/创卫 致辞 or 讲话 (dawendou.com, jsjstd.com,
// m.8686.com.cn, yjbys.com, m.1-jiu.com, sanxiake.com.cn, xiaomilidoc.com, m.wenke99.com, xiezuofangchengshi.com — used;
// chujupifa.com and sdsgsjswszx.com hold letters to family doctors and residents); a traditional mirror of a 卫生 讲话 with a
// title (szftgk.com, 023dbbdf.com, p719.cn, uv63h8.cn, wap.baiyunpiaopiao.com — used; yhg994208.cn is used). The search
// budget ran out during the part, so it holds four speeches, one with numbered points (five optional), two of them school
// flag-raising talks.
// Template twins considered: none found. No used page carries zhiyischool.com's "发布人:user", its "(图3)" image captions or the
// school's name; the bullet meta "- admin 原创" of 62.234.214.182 occurs on no used page (other "admin" lines are different
// templates: round 109 case 14, round 12 case 08); xw381.com's header lines ("建德新聞網", "建德市新聞傳媒中心 主辦", "微信掃一掃分享",
// "舉報電話(huà)") occur on no used page, and its crumb's generic "您當前的位置" (round 121 case 08) sits on an unrelated mirror;
// m.ressoo.cn's mis-encoded run and wahyan.edu.hk's exercise label occur nowhere else; the "(2 / 2)" page count of
// 137737.com is a web-novel template's, but no used page shares a line with it.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const ZY_PAGE = '国旗下讲话 | 做一名守护健康的践行者_重庆江北知易外国语学校';
const ZY_TITLE = '国旗下讲话 | 做一名守护健康的践行者';
const ZY_META = '发布日期:2021-09-14 15:45:34  发布人:user';
const ZY_GIF = '2-210914155030I3.gif';
const ZY_STAR = '★ 国旗下讲话 ★';
const ZY_SHORT = '守护健康的践行者';
const ZY_SLOGAN = '共筑免疫长城 共享健康平安';
const ZY_JPG = '2-210914154PX52.jpg国旗下讲话 | 做一名守护健康的践行者(图3)';

const WY_LABEL = '2004年中國語文及文化科試卷一(實用文寫作)第一題';

const IP_TITLE = '升旗仪式|防疫有我,爱卫先行';
const IP_DATE = '- 2020-04-13 16:00:00';
const IP_POSTER = '- admin 原创';
const IP_VIEWS = '- 46188';

export const specs = {
  '07-guoqixia-zhiyischool-yimiao-jiezhong-image-filenames-banner-labels-meta': {
    source: 'http://zhiyischool.com/index.php?m=home&c=View&a=index&aid=431',
    kind: 'speech: 国旗下讲话 (two pupils urging COVID vaccination; a school CMS\'s repost of a WeChat article)',
    tests: 'the page title with the school\'s name after "_" and a trailing space; the headline with its column kicker "国旗下讲话 | …" as the title; a "发布日期:… 发布人:user" meta line; image file names on their own line ("2-210914155030I3.gif") and glued before a copy of the headline with "(图3)"; the WeChat cover\'s lettering ("★ 国旗下讲话 ★", a shortened repeat "守护健康的践行者", a slogan "共筑免疫长城 共享健康平安"); section labels "01" / "升旗仪式" / "02" / "国旗下讲话"; "敬爱的老师,亲爱的同学:"; paragraphs indented by six spaces with blank lines between; a doubled "?。"; no numbered points; cut mid-phrase ("国产新冠")',
    isSpeech: true,
    title: ZY_TITLE,
    noise: [ZY_PAGE, '重庆江北知易外国语学校', ZY_META, '发布人:user', ZY_GIF, ZY_STAR, ZY_SLOGAN, '升旗仪式', ZY_JPG,
      '2-210914154PX52.jpg', '(图3)'],
    dropLines: [ZY_PAGE, ZY_TITLE, ZY_META, ZY_GIF, ZY_STAR, ZY_SHORT, ZY_SLOGAN, '01', '升旗仪式', ZY_JPG, '02', '国旗下讲话'],
    outline: [],
  },
  '08-yanjiang-ressoo-big5-pinyin-jiankang-kuaile-mojibake-one-to-five-after-colon': {
    source: 'http://m.ressoo.cn/info/1386/8860.htm',
    kind: 'speech: 演讲 (a pupil\'s health talk in the flu season; traditional-script converter mirror)',
    tests: 'traditional script with pinyin annotations after many characters ("親愛(ài)的同學(xué)們"); no title in the capture, the salutation first; the talk\'s topic named inside a sentence (《健康是快樂(lè)之本》); a mis-encoded run inside a quotation ("梁?jiǎn)⒊f(shuō):“…國(guó)強(qiáng)?!蓖瑢W(xué)們,", kept; its whole "(shuō)" goes); "…以下幾點(diǎn)建議:" followed by block lines "1.…" to "5.…" (a list after a colon: optional), the first ending in "、"; simplified "于" in "在于"/"處于"; cut mid-quotation after a comma',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '1.', text: '課間記得開窗換氣,讓教室空氣保持新鮮、', optional: true },
      { level: 1, marker: '2.', text: '留意天氣冷暖,及時添減衣物,謹防著涼感冒', optional: true },
      { level: 1, marker: '3.', text: '作息保持規律,每晚睡足覺', optional: true },
      { level: 1, marker: '4.', text: '多到戶外活動,把身體練結實,我們應當主動參加各項體育鍛煉,跑一跑、跳一跳,讓抵抗力強起來', optional: true },
      { level: 1, marker: '5.', text: '一旦覺得身體不舒服,請馬上告訴老師,盡早就醫,切莫硬撐', optional: true },
    ],
  },
  '09-zhici-wahyan-hk-xinzangbing-zhongxin-exam-label-no-title-taitou-space': {
    source: 'http://www.wahyan.edu.hk/kcchan/kcstudent/heart041.htm',
    kind: 'speech: 致辞 (a model answer: the director\'s speech at the opening of a heart-disease research centre; a Hong Kong school teacher\'s pages)',
    tests: 'genuine traditional script (not a converter mirror); an exam\'s exercise label "2004年中國語文及文化科試卷一(實用文寫作)第一題" as the only heading (noise; title ""); a long salutation naming a JP, a foundation\'s representative, a chairman, a director and a doctor, with "大家好。" on the same line; whitespace-only lines between paragraphs; the honorific space before 閣下; the writer\'s slips "在坐", "建康", "防預"; figures in words (百分之四); quoted therapies 「…」、「…」 after a colon (no markers); cut after a comma',
    isSpeech: true,
    title: '',
    noise: [WY_LABEL],
    dropLines: [WY_LABEL],
    outline: [],
  },
  '10-guoqixia-ip-host-aiwei-yue-bullet-meta-admin-yuanchuang-kicker-title': {
    source: 'http://62.234.214.182/article/16701.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s talk for the 爱国卫生月 during the COVID epidemic; a school blog on a bare IP address)',
    tests: 'a host that is a bare IP address; the headline "升旗仪式|防疫有我,爱卫先行" with its kicker and no spaces round the bar as the title; three bulleted meta lines "- 2020-04-13 16:00:00", "- admin 原创", "- 46188" (date, poster and origin, view count); the salutation "敬爱的老师、亲爱的同学们:"; "大家好!我是初一2班的…" naming the talk\'s topic in quotes (the title\'s second half inside a sentence); a quotation of 习近平; "比如,"/"再比如," (no markers); cut mid-word ("综合整")',
    isSpeech: true,
    title: IP_TITLE,
    noise: [IP_DATE, IP_POSTER, IP_VIEWS, 'admin 原创'],
    dropLines: [IP_TITLE, IP_DATE, IP_POSTER, IP_VIEWS],
    outline: [],
  },
  '11-news-xw381-big5-pinyin-yimiao-buzhihui-shouxian-qici-yishi-hotline-crumb-not-speech': {
    source: 'http://xw381.com/xzfc/sc/content/2021-03/29/content_9201432.html',
    kind: 'non-speech: news report (a township\'s COVID vaccination 布置会; a county news site on a traditional-script converter mirror)',
    tests: 'traditional script with pinyin annotations, one with a space inside ("會(huì )"); a header of the site\'s name, a hotline, "舉報電話(huà): …", "我要投稿", "建德市新聞傳媒中心 主辦"; a crumb "您當前的位置: …"; "微信掃一掃分享"; the headline of two phrases parted by a space; the date; paragraphs opening "會(huì )議首先…", "其次,…", "最后,…"; the secretary\'s requirements reported as "書(shū)記強調,一是要帶好頭,…。二是要動(dòng)員好,…。三是要組織好,…" (二是/三是 after full stops) — a report, not a speech; cut mid-word ("各司")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-suibi-137737-yimiao-ganxiang-tongzhimen-page2-midstart-signature-not-speech': {
    source: 'http://137737.com/read/35379/32287478_2.html',
    kind: 'non-speech: personal essay (a young reader\'s thoughts after his COVID jab; page 2 of 2 on a web-novel site)',
    tests: 'the title line "记于2021.4.17日,打新冠疫苗之后感(2 / 2)" with a page count; the text opening mid-sentence ("图别的,…"); short first-person paragraphs on the 爱国卫生运动 and the jab; "同志们," twice addressing readers; the writer\'s dating line "记于2021.4.17日,晚。" at the foot — an essay, not a speech; 526 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
