// Gold specs for holdout round 190, part B (cases 07–12): youth and the Communist Youth League (五四 青年节 讲话, 团代会,
// 入团 仪式, 建团 纪念 — a school's 五四 国旗下讲话, a teacher's 五四 演讲, a collection of 建团100周年 演讲稿 — and three
// look-alikes of the theme: a county news item on a 团代会 opening, a Taiwanese evening paper's report of a 青年節 大會 and a
// school's report of an 入团仪式 on a converter mirror). About fifty queries found nearly every 团代会/入团/团干部/青年干部
// speech of the theme on a used host or a template twin (see "Looked for and not found" below), and four hosts were claimed
// and then dropped as used or twins, so this part holds three spoken pieces and three written look-alikes, and none of the
// three speeches carries a numbered point inside the capture.
// Three spoken pieces (a 五四 国旗下讲话 on a senior high school's own site (www.jnsms.com, "/NewShow-<id>.aspx", 江宁高中): a
// column image's alt label "栏目通图", the column label "国旗下讲话" on its own line, a crumb "当前位置:首页>>学生成长>>国旗下讲话
// >>阅览文章", the headline "国旗下讲话:弘扬“五四”精神、展示青春风采" twice, a "阅读:6463 次   发布者:管理员 来源:学生处
// 发布时间:2008/5/5 0:00:00" line with runs of spaces, two blank lines, the salutation, paragraphs indented by two spaces, the
// speaker naming the topic ("我今天国旗下讲话的题目是:…"), a "――" before a question, a space inside a paragraph before "作为…",
// "…发出如下倡议:在生活中," (no marker after the colon), cut mid-word ("的精"); a teacher's 五四 speech-contest 演讲 on an
// article site (sdcamps.cn, "/speech/modelspeech/<id>/"): the post's short title "五四教师演讲:点亮无悔青春" over the document's
// fuller title "五四青年节教师演讲:点亮无悔青春", the salutation to leaders, judges and colleagues, "大家好!", a "**学校"
// placeholder, quoted metaphors for teachers, cut mid-word ("而感"); a collection of 建团100周年 演讲稿 on a composition site
// (www.haozuowen.com, "/shijian/<id>.html"): no page title in the capture, a 小编 promo "以下是小编为大家整理的…大概有3篇左右,
// 希望对你有所帮助!", the first piece heading "第一篇:建团100周年主题演讲稿" glued before the salutation "大家好!", the pieces'
// paragraphs one to a line (no blank lines), paragraphs opening with years ("1919年…", "1921年7月,…", "1922年5月5日…"), the
// site's domain in jumbled case glued to a paragraph end ("…里程碑。WWw.hAOzuowEn.com"), "谢谢大家!", then the second piece
// heading "第二篇:建团100周年主题演讲稿" glued before that piece's own title "奋进百年路,启航新征程", an opening couplet, cut
// mid-sentence ("不愧为")) and three written look-alikes (a county news site's item (www.cxtxw.com, "/show.asp?id=<id>") on the
// opening of a county 团代会: the headline, a "发布时间:2022/11/14 15:55:36] 点击: 0" line with a stray "]", the county
// secretary's speech reported in the third person ("…致以热烈祝贺", "她说,…", "强调,…"), her "三点希望:一要…。二要…。三要…"
// inline after full stops — a report, not a speech; 715 characters, the whole stored page; a Taiwanese evening paper's page
// (www.idn.com.tw, "/news/news_content.php?…&artid=<id>", 自立晚報) on a county 青年節 大會 run by 救國團: a date line
// "2024-04-19-星期五", a link bar "◎PChome │◎YAHOO │◎臺中市揚塵偵測系統抓工地 │", a line holding one space, the headline naming
// the magistrate and his call to the young, a reporter line, the 致詞 reported ("致詞中除了勉勵…", "並在致詞時指出,…",
// "進一步表示,…"), a student chairman's words reported, whitespace lines and a "Copyright © 2012 自立晚報…" footer — a report,
// not a speech; a converter mirror (www.satyssparks.com, "/html/<col>/<yyyymmdd>-<id>.html") of a school's report on its
// 入团仪式: the capture opens with an empty line, no headline, a photo caption "團支部書記吳曉蘭老師宣布新團員名單" over the
// announcement printed in the first person ("下面我宣布批準…讓我們以熱烈的掌聲…"), captions and third-person narration, a
// quoted pupil, the party secretary's hopes reported after a colon ("…提出了希望:新團員要…"), the site's typos ("紀津的模心"),
// simplified leftovers (并, 隨后, 神圣, 模范), a closing "同學們,今天你們是…" paragraph that turns to the pupils, cut mid-word
// ("健康成") — a report, not a speech).
// Judgement calls: 07 is a speech (a 国旗下讲话 to "尊敬的各位老师、亲爱的同学们", in the first person); the title is the headline as
// printed, its kicker "国旗下讲话:" included, as round 184 case 02 kept "国旗下的演讲|…" and round 175 case 07 "国旗下讲话 | …"
// (a genre kicker, not a bracketed site tag); its second copy is a repeat and goes unlisted (as round 184 case 01's indented
// headline; shared README: repeats equal to the title are not listed); "栏目通图" is the column image's alt text → noise (as round 6
// case 01's image file name line); the column label "国旗下讲话" is dropped but cannot be listed, since it occurs inside the title
// and the body (as round 184 case 04's split labels and round 6 case 10's stray lines); the crumb and the meta line are noise (the
// meta line also by its part "发布者:管理员 来源:学生处"); "我今天国旗下讲话的题目是:…" is the speaker's sentence and stays (as round
// 188's 04 and round 182 case 02: a speaker naming the topic gives no title); "在生活中," after "…倡议:" is no marker → no outline;
// the indentation and the inner space stay (whitespace is not scored). 08 is a speech (a contest 演讲: "尊敬的各位领导,各位评委,
// 各位同事"); the title is the document's own fuller line "五四青年节教师演讲:点亮无悔青春", not the post's shorter title above it
// (as round 186's 08 and round 187's 04, where the gold took the document's own line under the post title); the shorter line is not
// equal to the title, so it is listed as noise; "**学校" is a placeholder and stays (shared README); no numbered points. 09 is a
// speech page: a collection whose first piece is a 演讲稿 in the first person ("大家好!…谢谢大家!"); the title is the first piece
// heading without its piece number "第一篇:" (as round 4 case 09: "第1篇" is noise, the rest is the title); the heading is glued
// before the salutation, so it is cut from the front of the line (shared README: a glued title at the start is cut off) and "大家
// 好!" stays as the first paragraph; the promo is noise (as round 48 case 04's "…大概有8篇左右,…" promo); the glued domain is a
// watermark, cut and listed whole (as shared 65's domain glued to a paragraph end); the second piece heading "第二篇:…" goes
// (shared README: on a collection page every piece stays, the piece headings go) and is listed, while the second piece's own title
// "奋进百年路,启航新征程", glued after it, stays as a body line (a piece's own name, as round 184 case 03 kept "《守护生命,预防溺水》"
// mid-page); the paragraphs opening "1919年", "1921年7月," and "1922年5月5日" carry no markers (outline-rules: years are never
// markers) → no outline. 10, 11 and 12 are written: 10 a report in the third person whose 一要/二要/三要 are the reported speaker's
// hopes, not a speech's outline (as round 4's 15 and round 183 B's 09, reports quoting 一是…/一要… from a speech); 11 a press report
// of a 青年節 大會 that retells two 致詞 in the third person (as round 184 B's 11 and round 183 A's 08); 12 a report that prints the
// ceremony's announcement under a caption and ends by turning to "同學們" — still a report stringing the ceremony's words under
// captions (as round 184 B's 11), not a speech, and with no headline in the capture (title ""). Names: the private people (11's
// reporter and student chairman, 12's teachers and pupils; 07–09 name none) and 10's county leaders were replaced by fictional
// ones; 11's 朱立倫, a public figure, and the institutions (江宁高中, 瓊海市長江學校, 救國團) were kept; the prose was rewritten
// (07's 梁启超 quotation replaced by another, 09's opening couplet replaced; the dates and facts of the League's founding kept).
// Looked for and not found on a new host: a 团代会 开幕词/讲话 with 一、/一是 (wensishe.com's 團代會領導講話稿 with 一、/二、 headings
// was claimed, then found set aside in round 56 as the wensiwu 文思屋 family; www.pay38.cn's 共青团代表大会开幕闭幕词 was claimed,
// then dropped as the "/fanwendaquan/<col>/<id>.html" farm set aside in rounds 102, 109, 115, 117 and 119 (agnbn.com is used);
// 010zaixian.com, laobiganzi.top, lgfwz.com, m.wenke99.com, wnwk.com, freekaoyan.com, mswk.cn, m.jcsycorp.com are used; m.stra.cn
// is the "/wenku/<x>/<id>" farm of the used wuhaninfo.cn; m.ovod.cn and www.kqyc.cn the used "/dongshi/" farm); an 入团仪式 讲话
// (zhaojiaoan.com and meipian.cn are used, bfdj6688.com is the "/zhuantifanwen/" farm; the rest are school news items); a 共青团
// 成立/建团 讲话稿 (www.360wenmi.com's collection was claimed, then found set aside in round 50 as qikantianxia's layout;
// melodylaila.com and its mirror gybaobao.cn, m.61taotao.com are used); an 优秀团员/新团员代表 发言 (m.daumloan.com, 3522600.com,
// m.0149.cn are used); a 青年干部 座谈会 讲话 (mingyanjiaju.org, nepao.com, xiezuofangchengshi.com, 8sysg.cn, 6dgww.com are used);
// a 五四 表彰大会 讲话 (huangminedu.com.cn, m.wydbw.com, 9000bbs.cn, gongwk.com, xiaomilidoc.com, m.ushengzhilian.com are used);
// a 团干部培训班 开班 讲话 (tmatonline.com, qdfww.com, 1mishu.com are used); a 五四 演讲稿 on a fresh template (yizuowen.cn serves
// gaofenw's "<site> > 演讲致辞 >" crumb and "时间: 新华 …" line at the same "/yanjiangzhici/<id>.html" path, round 22 case 03;
// szhygdled.com carries liuxue86's 出国留学网 promo and "小编精心推荐" lines, shared 26); a writing guide of the theme (m.nftape.cn's
// 入团申请书 guide was claimed, then found named a used host in round 139 and the CamelCase "/<Pinyin>/<id>.html" mirror family of
// rounds 100–139); Hong Kong, Macao and Taiwanese youth 致辭 in full (info.gov.hk, sc.isd.gov.hk, paper.wenweipo.com are used; the
// rest are press reports). So no speech of this part carries a numbered point.
// Template twins considered: www.jnsms.com's "NewShow-<id>.aspx" path is the school CMS of round 9 case 05 (kgxx.jnjy.net.cn),
// for which round 38 set aside ka5thleen.com, but its crumb "当前位置:首页>>学生成长>>国旗下讲话>>阅览文章", its "阅读:… 发布者:…
// 来源:… 发布时间:…" line and the "栏目通图" label occur on no used page (round 125 case 01's crumb has the word 学生成长 inside
// another crumb), so it was kept as round 157 kept jlzxds.yhjyxx.cn, a different school on that CMS; www.haozuowen.com's promo
// ends like round 48 case 04's zhaichao.net promo ("…大概有N篇左右,希望对…有所帮助"), a phrase of the farms' generators, but the
// lines differ (no brand in it, "以下是" not "下面是摘抄网", "!" not "。"), the piece heading is "第一篇:" not "篇一:", and the crumb
// and "时间:" line of zhaichao are absent, so it was kept (as round 188's 09: software shared, no line shared); "第一篇:" alone is
// noise on five used pages of other templates (generic); sdcamps.cn's "/speech/modelspeech/<id>/" path, www.cxtxw.com's
// "发布时间:…] 点击:" line, www.idn.com.tw's "◎PChome │◎YAHOO" bar and copyright line (the host was only set aside as a report in
// round 167, never used) and www.satyssparks.com's "/html/<col>/<yyyymmdd>-<id>.html" path occur on no used page; twin.mjs finds no
// shared noise line on any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JN_IMG = '栏目通图';
const JN_COL = '国旗下讲话';
const JN_CRUMB = '当前位置:首页>>学生成长>>国旗下讲话>>阅览文章';
const JN_TITLE = '国旗下讲话:弘扬“五四”精神、展示青春风采';
const JN_META = '阅读:6463 次   发布者:管理员 来源:学生处   发布时间:2008/5/5 0:00:00';

const SD_POST = '五四教师演讲:点亮无悔青春';
const SD_TITLE = '五四青年节教师演讲:点亮无悔青春';

const HZ_PROMO = '以下是小编为大家整理的建团100周年主题演讲稿大概有3篇左右,希望对你有所帮助!';
const HZ_TITLE = '建团100周年主题演讲稿';
const HZ_MARK = 'WWw.hAOzuowEn.com';

export const specs = {
  '07-guoqixia-jnsms-wusi-column-image-label-crumb-title-twice-yuedu-fabuzhe-meta-indented': {
    source: 'http://www.jnsms.com/NewShow-918.aspx',
    kind: 'speech: 国旗下讲话 (a 五四 flag-raising talk; senior high school site)',
    tests: 'a column image\'s alt label "栏目通图"; the column label "国旗下讲话" alone on a line (dropped, unlisted: it occurs in the title and the body); a crumb "当前位置:首页>>学生成长>>国旗下讲话>>阅览文章"; the headline "国旗下讲话:弘扬“五四”精神、展示青春风采" twice (kicker kept in the title); a "阅读:… 次   发布者:管理员 来源:学生处   发布时间:…" meta line; the salutation; paragraphs indented by two spaces; the speaker naming the topic (stays); "――" and an inner space; "…发出如下倡议:在生活中," (no marker); cut mid-word ("的精")',
    isSpeech: true,
    title: JN_TITLE,
    noise: [JN_IMG, JN_CRUMB, JN_META, '发布者:管理员 来源:学生处'],
    dropLines: [JN_IMG, JN_COL, JN_CRUMB, JN_TITLE, JN_META],
    outline: [],
  },
  '08-yanjiang-sdcamps-wusi-jiaoshi-short-post-title-over-own-title-placeholder': {
    source: 'http://sdcamps.cn/speech/modelspeech/29478/',
    kind: 'speech: 演讲 (a teacher\'s 五四 speech-contest talk; article site)',
    tests: 'the post\'s shorter title "五四教师演讲:点亮无悔青春" (noise) over the document\'s own fuller title "五四青年节教师演讲:点亮无悔青春" (the title); the salutation to leaders, judges and colleagues; "大家好!"; a "**学校" placeholder (stays); quoted names for teachers; no numbered points; cut mid-word ("而感")',
    isSpeech: true,
    title: SD_TITLE,
    noise: [SD_POST],
    dropLines: [SD_POST, SD_TITLE],
    outline: [],
  },
  '09-yanjiang-haozuowen-jiantuan-bainian-promo-diyipian-heading-glued-salutation-case-jumbled-domain-watermark-dierpian': {
    source: 'https://www.haozuowen.com/shijian/427860.html',
    kind: 'speech: 演讲稿 (collection: 建团100周年 speeches; composition site)',
    tests: 'a 小编 promo "…大概有3篇左右,希望对你有所帮助!"; the piece heading "第一篇:建团100周年主题演讲稿" glued before the salutation "大家好!" (title without the piece number, cut from the front of the line); one paragraph a line with no blank lines; paragraphs opening with years (no markers); the site domain in jumbled case glued to a paragraph end ("…里程碑。WWw.hAOzuowEn.com"); "谢谢大家!"; the second piece heading "第二篇:建团100周年主题演讲稿" glued before that piece\'s own title "奋进百年路,启航新征程" (heading noise, the piece title stays in the body); cut mid-sentence ("不愧为")',
    isSpeech: true,
    title: HZ_TITLE,
    noise: [HZ_PROMO, '第一篇:建团100周年主题演讲稿', HZ_MARK, '第二篇:建团100周年主题演讲稿'],
    replace: [
      ['第一篇:建团100周年主题演讲稿大家好!', '大家好!'],
      ['里程碑。WWw.hAOzuowEn.com', '里程碑。'],
      ['第二篇:建团100周年主题演讲稿奋进百年路', '奋进百年路'],
    ],
    dropLines: [HZ_PROMO],
    outline: [],
  },
  '10-news-cxtxw-tuandaihui-kaimu-fabu-dianji-meta-yiyao-eryao-sanyao-inline-not-speech': {
    source: 'http://www.cxtxw.com/show.asp?id=7102',
    kind: 'non-speech: news report (a county news site\'s item on the opening of a county 团代会)',
    tests: 'the headline, a "发布时间:…] 点击: 0" meta line with a stray "]"; the county secretary\'s speech reported in the third person ("致以热烈祝贺", "她说,…", "强调,…"); "提出三点希望:一要…。二要…。三要…" inline after full stops — a report, not a speech; the whole stored page',
    isSpeech: false,
    title: '共青团长兴县第二十次代表大会开幕',
    noise: [],
    outline: [],
  },
  '11-news-idn-big5-qingnianjie-dahui-date-ticker-bar-reporter-line-zhici-reported-copyright-not-speech': {
    source: 'http://www.idn.com.tw/news/news_content.php?catid=1&catsid=2&catdid=0&artid=20040328eb002',
    kind: 'non-speech: news report (a Taiwanese evening paper on a county 青年節 大會; traditional script)',
    tests: 'a date line "2024-04-19-星期五", a link bar "◎PChome │◎YAHOO │◎…│", a line holding one space; the headline naming the magistrate and his call to the young; a reporter line; the 致詞 and a student chairman\'s words reported in the third person ("致詞中除了勉勵…", "並在致詞時指出,…", "進一步表示,…"); whitespace lines; a "Copyright © 2012 自立晚報…" footer — a report, not a speech',
    isSpeech: false,
    title: '在青年節慶祝大會上、朱立倫期勉青年們關心社會為國家',
    noise: [],
    outline: [],
  },
  '12-news-satyssparks-big5-rutuan-yishi-captions-first-person-announcement-tongxuemen-closing-typos-not-speech': {
    source: 'http://www.satyssparks.com/html/changjaing/20200520-47982.html',
    kind: 'non-speech: news report (a school\'s report on its 入团仪式; traditional converter mirror)',
    tests: 'an empty first line and no headline; a caption "團支部書記…宣布新團員名單" over the announcement printed in the first person ("下面我宣布批準…讓我們以熱烈的掌聲…"); third-person narration and captions; a quoted pupil; the party secretary\'s hopes reported after a colon; the site\'s typos ("紀津的模心") and simplified leftovers (并, 隨后, 神圣); a closing "同學們,今天你們是…" paragraph that turns to the pupils; cut mid-word ("健康成") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
