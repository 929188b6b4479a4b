// Gold specs for holdout round 62, part c (cases 13–18): student unions, clubs, class meetings and student elections
// (学生会, 社团, 班会, 竞选, 团支部). Four spoken pieces (a class monitor's 主题班会主持词 for a 30-years-on reunion held as a
// class meeting, on a 高考知识网 page (xjdkctz): a "当前位置:高考知识网 > 班会开场白 > 正文" breadcrumb, the site's headline with
// the middle dot lost to "?" ("《卅年颂歌?校园追忆》…"), an "更新时间:<date> <time> 高考知识网 www.xjdkctz.com" meta line, the
// document's title, six arrangement notes "1)…" to "6)…" (a half-parenthesis numbering not in the rule table), the title
// again without its 《》, then the script with the roll call in brackets and a blank placeholder ("实到人数 人"), every line
// indented and separated by indented blank lines, cut mid-sentence; a village brigade 团支部's 發言提綱 on a traditional-script
// mirror (yueyangzc) with converter pinyin after 團/發/認/設/環/節/規/結/進/學/習/農/戰/業/內/現, "一、…。" "二、…,…。"
// "三、…。" block headings after "主要做法是:", the converter's leftovers 于/愿/后 and a "(如韓××、石×。等…)" aside; a factory
// 团委书记's 竞聘演讲稿 (t259) with no site noise: a courtesy "首先,我感谢…" paragraph, "一、…。" and "二、…。" heading lines,
// and inside the first section "要求我们班子成员一要…。二要…。三要…。" where 一要 follows ordinary words, cut mid-word ("讲");
// a literary club president's 社联评优 汇报发言稿 on a 文秘 site (wenmi.jxxyjl): the page title "评先评优工作汇报_<title>"
// with an SEO keyword and an underscore, a "【wenmi.jxxyjl.com--发言稿】" brand line, a long salutation to club officers, an
// "XX年" placeholder, a block "首先,…" whose second part opens with "那么就来讲讲…", cut mid-sentence) and two written
// look-alikes (a web-novel chapter (nk70) in which a candidate reads a 学生会 campaign speech aloud, quoted with its
// salutation "各位老师、同学(…):" and "晚上好!" and heckled in brackets, under a "亲,双击屏幕即可自动滚动" line, a chapter
// heading "[第一百三十四节] 竞选演讲" twice and a book/author line; a school news post (hbsg.hbjy.net) on a joint 班会 whose
// vice-principal's talk is summarised in three block paragraphs "一是,…" "二是,…" "三是,…" after "讲了三个方面的问题:").
// Judgement calls: 13's title is the document's own line "《卅年颂歌·校园追忆》主题班会主持词"; the site headline with "?" for
// "·" is listed as noise (it is not equal to the title), the 《》-less repeat before the salutation is dropped unlisted; the
// arrangement notes are part of the document and stay; "1)"…"6)" are optional level-1 items (a half-parenthesis is neither
// "1." nor "(1)" in the rule table, a reader still sees a list); the bracketed replies and stage notes stay. 14 is a
// speech: its title names the genre (發言提綱) and it speaks for the branch in the first person plural; the title keeps
// "(發言提綱)" (the document's own, not a site tag) and loses its pinyin; the three 一、/二、/三、 headings are required, their
// text is the first sentence. 15: the "首先," paragraph is a courtesy opening (optional, level 1); 一要 follows "成员" with no
// sentence end, so by the rules the run 一要/二要/三要 does not start and the three are optional level-2 items under 一、.
// 16: the title is the part after the underscore; "评先评优工作汇报_" is the site's SEO keyword (noise), and the brand line is
// noise; the block "首先," is optional (a run of one whose second part is not marked). 17 and 18 are written, not speeches:
// a novel quoting a speech, and a third-person report whose 一是/二是/三是 summarise a talk.
// Looked for and not found on a new host: a 学生会主席 就职 or 换届 speech with 一、/(一) (the corpus answers with school news
// posts, novels, or used 范文 hosts: 010zaixian, mingyanjiaju, runthegoodtimes, caihuazhai, bimogu, liuxuequn, freekaoyan,
// banwoyixia, xuexila); a 竞选班长/班委 演讲稿 on a new 范文 host (zx05, ppfanwen, goodzuowen, uydoc, xuewenzhai, kuaixuexi8,
// 6dgww are used); a 团支书's 团日活动 speech (only news reports); a 班主任's 主题班会 summing-up with 第一/第二 (wenke99 and
// mingyanjiaju are used); a student-congress 开幕词/闭幕词 (yishupeixun, the xuexila mirror, is used).
// Template twins set aside: ezsto.com (a 社联评优 发言稿 in a document viewer printing "《….docx》由會員上傳分享,免費在線閱讀,
// 更多相關內容在…-天天文庫" and glued chunk numbers "1、" "2、", the 天天文库 template of round 17's wenku365 page);
// aiyangedu.com (the same 发言稿 under "更新时间:… 发言稿 我要投稿 / - 相关推荐", the ruiwen/cooco family's meta lines);
// zuowen.c321.cn (a subdomain of the used c321.cn, yanjianggao./jianlimoban.); fw.chazidian.com (chazidian is used, round 54
// names this subdomain). kqyc.cn, msguai.com, xuewenya.com, m.taowenge.com, 360wenmi.com and m.daumloan.com had fitting pages
// but are used hosts. yuwangshe.xyz carries the same novel chapter as 17 and was not taken.
// All living people's, schools', companies' and small places' names are fictional.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const XJ_CRUMB = '当前位置:高考知识网 > 班会开场白 > 正文';
const XJ_HEAD = '《卅年颂歌?校园追忆》主题班会主持词';
const XJ_META = '更新时间:2023-08-24 08:45:49 高考知识网 www.xjdkctz.com';
const XJ_TITLE = '《卅年颂歌·校园追忆》主题班会主持词';
const XJ_TITLE_BARE = '卅年颂歌·校园追忆主题班会主持词';

const YY_TITLE = '我們團支部是怎樣過好組織生活的(發言提綱)';

const TW_TITLE = '团委书记竞聘演讲稿';

const JX_SEO = '评先评优工作汇报_';
const JX_TITLE = '社联评优工作汇报发言稿';
const JX_BRAND = '【wenmi.jxxyjl.com--发言稿】';

export const specs = {
  '13-zhuchici-xjdkctz-banhui-crumb-title-twice-paren-notes': {
    source: 'http://xjdkctz.com/banhui/kaichangbai/275474.html',
    kind: 'speech: 主持词 (a class monitor hosting a 主题班会 at his senior-high class\'s 30-years-on reunion, held in the old classroom)',
    tests: 'a 高考知识网 page: breadcrumb "当前位置:高考知识网 > 班会开场白 > 正文", the site headline with "?" where "·" was lost, a meta line "更新时间:2023-08-24 08:45:49 高考知识网 www.xjdkctz.com"; the title line, six arrangement notes numbered "1)"…"6)" (one ending in 。), the title again without 《》; salutation "老同学:", "大家好啊!"; the roll call as stage directions and bracketed replies "(老师好!)(班长好!)"; a blank placeholder "实到人数 人"; every line indented with blank indented lines between; cut mid-sentence ("托组委会向")',
    isSpeech: true,
    title: XJ_TITLE,
    noise: [XJ_CRUMB, XJ_HEAD, XJ_META],
    dropLines: [XJ_CRUMB, XJ_HEAD, XJ_META, XJ_TITLE, XJ_TITLE_BARE],
    outline: [
      { level: 1, marker: '1)', text: '10:30,参会同学到原高二(4)班教室集合', optional: true },
      { level: 1, marker: '2)', text: '主持人:龚志远', optional: true },
      { level: 1, marker: '3)', text: '各位同学按当年座位就座', optional: true },
      { level: 1, marker: '4)', text: '班会时长约1小时', optional: true },
      { level: 1, marker: '5)', text: '班会散后,统一乘车去《老灶台》酒店用餐,再回青山宾馆午休', optional: true },
      { level: 1, marker: '6)', text: '请义工提前擦净黑板、课桌,打扫好教室', optional: true },
    ],
  },
  '14-fayan-yueyangzc-big5-pinyin-tuanzhibu-tigang-yi-er-san': {
    source: 'http://yueyangzc.cn/n1840216c1396.aspx',
    kind: 'speech: 发言提纲 (a village brigade 团支部 reporting how it runs its 组织生活; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after 團(tuán) 發(fā) 認(rèn) 設(shè) 環(huán) 節(jié) 規(guī) 結(jié) 進(jìn) 學(xué) 習(xí) 農(nóng) 戰(zhàn) 業(yè) 內(nèi) 現(xiàn), including in the title "…(發(fā)言提綱)"; the converter\'s leftovers 于, 愿, 后; no salutation, a lead ending "主要做法是:"; block headings "一、…。" (inline: first sentence), "二、…,…。" and a standalone "三、…。" line followed by "內(nèi)容有:…"; a "(如韓××、石×。等…)" aside with placeholders and a stray 。; the whole article (shorter than 600 characters)',
    isSpeech: true,
    title: YY_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [YY_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '堅持組織生活制度' },
      { level: 1, marker: '二、', text: '緊跟黨的中心工作,抓好思想政治教育' },
      { level: 1, marker: '三、', text: '開展合乎青年特點的活動' },
    ],
  },
  '15-yanjianggao-t259-tuanwei-jingpin-yi-er-yiyao-after-colon': {
    source: 'https://m.t259.net/wenzhang/yanjiang/713116.html',
    kind: 'speech: 竞聘演讲稿 (a young worker standing for 团委书记 of a textile mill)',
    tests: 'no site noise: the title, "各位领导,同志们:", "你们好!"; a courtesy "首先,我感谢…" paragraph; heading lines "一、加强完善团委内部管理。" and "二、…,…。" ending in 。; inside the first section "…要求我们班子成员一要具备…。二要团结,…。三要要求…。" where 一要 follows ordinary words (no sentence end) and 二要/三要 follow full stops; a quoted proverb and a document name in 《》; cut mid-word ("现场讲")',
    isSpeech: true,
    title: TW_TITLE,
    noise: [],
    dropLines: [TW_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我感谢厂党委和团委给了我这次参加团委书记竞聘的机会', optional: true },
      { level: 1, marker: '一、', text: '加强完善团委内部管理' },
      { level: 2, marker: '一要', text: '具备管理,协调,公关素质', optional: true },
      { level: 2, marker: '二要', text: '团结,相互体谅,根据各自所长,人尽其才,敢想敢干,分工合作', optional: true },
      { level: 2, marker: '三要', text: '要求成员们办实事、求实效', optional: true },
      { level: 1, marker: '二、', text: '加强与外界联系,积极做好对外宣传工作' },
    ],
  },
  '16-fayan-jxxyjl-shelian-pingyou-seo-title-brand-shouxian': {
    source: 'https://wenmi.jxxyjl.com/fayangao/201877.html',
    kind: 'speech: 发言稿 (a literary club\'s president reporting to the 社团联合会\'s merit review)',
    tests: 'a 文秘 page: the page title "评先评优工作汇报_社联评优工作汇报发言稿" (an SEO keyword and an underscore before the document\'s title), a brand line "【wenmi.jxxyjl.com--发言稿】"; a long salutation to leaders, students and club officers ending in ":"; self-introduction with the speaker\'s name; a "XX年" placeholder; a block "首先,我想请各位…" whose next part opens "那么就来讲讲…" with no 其次; figures (第40名, 60多名, 5支); cut mid-sentence ("一位是")',
    isSpeech: true,
    title: JX_TITLE,
    noise: [JX_SEO, JX_BRAND],
    dropLines: [JX_SEO + JX_TITLE, JX_BRAND],
    outline: [
      { level: 1, marker: '首先,', text: '我想请各位先认识一下这个像隐身人一样一直藏在你们身边的社团', optional: true },
    ],
  },
  '17-novel-nk70-xueshenghui-jingxuan-yanjiang-quoted-not-speech': {
    source: 'https://nk70.com/18/18080/3422618.html',
    kind: 'non-speech: novel (a web-novel chapter in which a candidate reads a 学生会 campaign speech at the wrong election)',
    tests: 'a reading site\'s "亲,双击屏幕即可自动滚动" line, the chapter heading "[第一百三十四节] 竞选演讲" twice around a book/author line; narration, then a quoted campaign speech with a salutation "各位老师、同学(…):", "晚上好!", first-person paragraphs about 学生会副主席 and 纪律委员, heckled by the narrator in brackets — a novel, not a speech; cut mid-word',
    isSpeech: false,
    title: '竞选演讲',
  },
  '18-news-hbjy-lianhe-banhui-yishi-blocks-not-speech': {
    source: 'http://hbsg.hbjy.net/DocHtml/239/21/11/00026990.html',
    kind: 'non-speech: news report (a senior-high school\'s post on a joint class meeting of four classes)',
    tests: 'a headline and a subtitle opening with "一一"; a third-person report of awards, a student\'s tips and a teacher\'s talk; the vice-principal\'s talk summarised in three block paragraphs "一是,同学们要…。" "二是,…" "三是,…" after "重点讲了三个方面的问题:" — a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '楼层协作,砥砺前行',
  },
};
