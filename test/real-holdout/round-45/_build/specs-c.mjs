// Gold specs for holdout round 45, part c (cases 13–18): document viewers and 文库 sites, 竞聘演讲稿 and 就职/任职表态发言,
// traditional-script pages (講話, 致辭, 發言), and their look-alikes (a 竞聘 writing guide, a novel chapter, a news report).
// Three spoken pieces (a candidate's 公开竞选校长演讲稿 on a content farm that calls itself 大河网: the header
// "欢迎您访问大河网,请分享给你的朋友!", a bare "当前位置" line, the crumb "> 范文 > 演讲致辞 > <title>", the title, a
// "作者:… 来源:整理 时间:… 阅读: 字体:" meta line with empty fields, the title again; a courtesy "首先,…!其次,…" opening,
// "我演讲的内容分三部分:", a block "第一部分," heading ending in a colon, "第一句:/第二句:/第三句:" paragraphs, an inline
// "一、…;二、…;三、…" list after a colon, a block "第二部分:" heading cut mid-quotation; a new student-society chairman's
// 就职演说 whose page shows only the title line ("政协会主席就职演说", the society's name clipped by the site) over
// run-on paragraphs with a space before several full stops (" 。"), the typos "横我们面前" and "在与", and block
// "首先,/其次,/再次," points after "…做好下面几件事:", cut mid-sentence; a new law-school dean's 就任演讲 on a hijacked
// university news page whose school name was replaced everywhere by a casino brand ("9999js金沙老品牌"): the crumb
// "您的位置: 9999js金沙老品牌   >   学院新闻   >   正文", a headline title "不负重托 奋力前行", a "日期: …      阅读:"
// meta line with an empty count, a "——…教授就任9999js金沙老品牌院长演讲" subtitle, a salutation naming three officials,
// the typo "的的", a couplet with an inner space, no numbered points, cut mid-sentence) and three look-alikes (a
// writing guide on 竞聘演讲稿 ("如何写出吸引人的竞聘演讲稿?") with a "写作方法论 | <date time>" meta line, a repeated
// column label, indented paragraphs with trailing spaces, "首先,…其次,…" inside a paragraph and a "1.从实际动身,内容要实在"
// heading, written in synonym-spun Chinese (动身, 宽阔群众, 依旧, 发觉咨询题); a traditional-script reading-site chapter
// "第692章:別開生面的上任講話" under a spam keyword line, "手機版" and a book crumb, in which a new mayor's 上任講話 is
// quoted (salutation and first line, with the mojibake "?!?br/>" glued to its close) and judged by the narrator; a
// genuine traditional-script (Taiwan) local-news post on a mayor's 就職交接 whose 致詞 is reported in the third person
// ("…在致詞中表示:", "…說:今天,…"), with a lead hard-wrapped at a fixed width, a "(記者…/…報導)" dateline glued
// to the repeated lead, and a "發表者 | 樹狀展開 |" / "---|" forum tail).
// Judgement calls: 13's three title lines are the page's (crumb, heading, repeat after the meta line); the crumb and the
// meta line are noise, the two heading lines are the title, dropped. The opening "首先,…!其次,…" is courtesy (greeting and
// thanks), so both are optional (其次 is inline, continuing the block 首先 after "!"). "第一部分," and "第二部分:" are
// part headings (level 1, their whole lines, the colon kept as in the shared corpus's case 91); "第一句:/第二句:/第三句:"
// are ordinals outside the rule table, optional at level 2; the "一、…;二、…;三、…" after "三样东西:" follow a colon, not a
// sentence end, and are prose. The poster name in the meta line is the page's own and was kept. 14's first line is
// the document's title as the site prints it (clipped "政协会…"), dropped, not noise; "首先,/其次,/再次," open their
// paragraphs after a colon line and are required level-1 points (text up to the first sentence end; " 。" kept as the
// site spaces it); there is no salutation. 15's headline is the title; the "——" subtitle stays as a body line and is an
// optional level-1 dash point (the shared README's rule for subtitles); the casino brand stands where the school's name
// was and stays in the text (it cannot be cut without losing words, as with the site's censor marks); "首先衷心感谢…"
// opens no run (no separator, no 其次). 16–18 are written, not speeches: a guide about the genre, a novel that quotes a
// speech's first lines inside narration, a news report that retells a 致詞 in the third person.
// Looked for and not found on a new, non-twin host: a 文库/doc viewer carrying a 竞聘 or 任职 speech with its chrome
// (m.wenke99, m.zixin, renrendoc, taowenge, m.31ppt, 360docs, wenku.docs.qq, m.wnwk, gongwk, 777doc are used); a
// 任职表态发言 with 一是/二是 or 第一/第二 on a template site (the corpus answers with novel chapters: jxjtwl, 3dddy,
// danmo, qwyd, cjshuwu…); a traditional converter mirror of a 競聘/就職 speech with pinyin (gardenhomesupplies, cdxkw via
// xuefen, crossfitfinalpush, ardmore-hotel are used or twins); kiwanis-taiwan.com (a club president's 就職致詞 with 1./2.)
// is used. So only two of this part's three speeches carry numbered points.
// Left as template twins: sodocs.net (搜档网: "<brand> / 当前位置:<brand> › <title>", the docsj.com viewer of round 37);
// seojieda.com (the same 校长竞聘 text with "以下是小编整理的…仅供参考,大家一起来看看吧" and "……此处隐藏N个字……", the
// ruiwen family of tcysjy/mchqing/5310wfgg); shoasis.net and jsliuhong.com ("<站名>为您提供优质参考范文!/欢迎来到专业的
// <站名>平台! <columns>" + "当前位置:首页 > … >" + "时间:… 浏览量/浏览次数:", the 99999z template of round 26);
// wenshubang.com ("时间:… 发言稿 我要投稿", the gaozihui/haikao template); helloknj.com ("- 相关推荐" over the title, the
// ruiwen mobile chrome of the shared corpus's case 70); m.banwoyixia.com (the /wenku/<xxxx>/<id> family, used ten
// times); 123jzs.com ("/jxfw/<yyyymm>/", the jjcmw template); m.boteman.cn (a traditional mirror of renrendoc's viewer
// chrome); fanwen.chazidian.com ("格式:DOC 上传日期:"); m.yzwku.com ("…由会员分享,可在线阅读,更多相关…请在…上搜索", the
// taowenge/31ppt viewer line); www.ioyoy.cn ("/index/article/detail/detail_id/", the xiebiwenku/gwzjk twin);
// diyifanwen.cache2.idcadmin.com (a cache of the used diyifanwen.com); www.01861.cn ("/zhuantifanwen/<col>/<id>.html").
// 14's host prints a bare "<title>\n<body>" page at /fanwen/<id>.html like nvdc.cn (round 17) and runfargroup.com
// (round 22), but with no shared furniture (no promo, meta or chrome) to make it a twin.
// All living people's, schools' and places' names in the rewritten prose are fictional (13's 郁校长; 15's dean,
// officials, predecessor and university; 17's characters; 18's city, mayors and reporter).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const DH_HEADER = '欢迎您访问大河网,请分享给你的朋友!';
const DH_HERE = '当前位置';
const DH_TITLE = '公开竞选校长演讲稿';
const DH_CRUMB = '> 范文 > 演讲致辞 > ' + DH_TITLE;
const DH_META = '作者:邓勇 来源:整理 时间:2019-01-24 阅读: 字体:';

const YF_TITLE = '政协会主席就职演说';

const DG_CRUMB = '您的位置: 9999js金沙老品牌   >   学院新闻   >   正文';
const DG_TITLE = '不负重托 奋力前行';
const DG_META = '日期: 2016-09-07      阅读:';

export const specs = {
  '13-jingpin-360zuowen-xiaozhang-crumb-meta-parts': {
    source: 'http://www.360zuowen.cn/a/34813.html',
    kind: 'speech: 竞聘演讲稿 (a teacher standing in an open contest for headteacher; content farm styled 大河网)',
    tests: 'site header "欢迎您访问大河网,请分享给你的朋友!", a bare "当前位置" line, the crumb "> 范文 > 演讲致辞 > 公开竞选校长演讲稿", the title, a meta line "作者:邓勇 来源:整理 时间:2019-01-24 阅读: 字体:" with empty fields, the title again; blank lines between all lines; salutation to leaders and judges; a courtesy "首先,…:大家辛苦了!其次,…" opening; "我演讲的内容分三部分:"; a block part heading "第一部分,…决心:" ending in a colon; "第一句:/第二句:/第三句:" paragraphs (ordinals outside the rule table); an inline "一、…;二、…;三、…" after a colon (prose); a block "第二部分:" heading cut inside a quotation ("让学生快乐")',
    isSpeech: true,
    title: DH_TITLE,
    noise: [DH_HEADER, DH_HERE, DH_CRUMB, DH_META],
    dropLines: [DH_HEADER, DH_HERE, DH_CRUMB, DH_TITLE, DH_META],
    outline: [
      { level: 1, marker: '首先,', text: '我要向在座各位致以最真挚的问候和最深切的感谢:大家辛苦了', optional: true },
      { level: 1, marker: '其次,', text: '我要感谢我们的郁校长为大家搭建这样一个公开、公平、公正的竞职平台,让我今天有机会站上这个讲台', optional: true },
      { level: 1, marker: '第一部分,', text: '我想用三句话来表明我办学的态度和决心:' },
      { level: 2, marker: '第一句:', text: '揣着一份真心来,不带一粒尘土走', optional: true },
      { level: 2, marker: '第二句:', text: '一切为了学校,一切为了教师,一切为了学生', optional: true },
      { level: 2, marker: '第三句:', text: '我愿做一颗教育的种子,落在哪里,就在哪里扎根发芽', optional: true },
      { level: 1, marker: '第二部分:', text: '我的办学理念是“让教师快乐地教,让学生快乐' },
    ],
  },
  '14-jiuzhi-yyfangchan-shetuan-zhuxi-shouxian-qici-zaici': {
    source: 'http://yyfangchan.com/fanwen/139663.html',
    kind: 'speech: 就职演说 (the new chairman of a university current-affairs society taking over the society\'s flag)',
    tests: 'a bare page: the title line as the site prints it ("政协会主席就职演说", the society\'s name clipped) and nothing else around the text; no salutation; run-on paragraphs of semicolon-joined clauses with a space before several full stops (" 。"); quoted slogans; the site\'s slips "横我们面前" and "活动在与质量" kept; "…这一年我们应当做好下面几件事:" followed by block "首先,/其次,/再次," points ("搬来第一块石头,…"); the 再次 paragraph runs on and is cut mid-sentence ("把它挡")',
    isSpeech: true,
    title: YF_TITLE,
    noise: [],
    dropLines: [YF_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '搬来第一块石头,健全各项规章制度,让它更加完整、细密、规范、管用' },
      { level: 1, marker: '其次,', text: '搬来第二块石头,培育社团文化,形成时政人的共同价值追求,凝聚人心' },
      { level: 1, marker: '再次,', text: '搬来第三块石头,打造时政特色活动' },
    ],
  },
  '15-jiuren-dghmsy-yuanzhang-casino-brand-dash-subtitle': {
    source: 'http://dghmsy.com/info/1051/2850.html',
    kind: 'speech: 就任演讲 (a law school\'s new dean speaking for the new leadership team; hijacked university news page)',
    tests: 'a hijacked school site whose name was replaced everywhere by a casino brand ("9999js金沙老品牌"), inside the crumb "您的位置: 9999js金沙老品牌   >   学院新闻   >   正文", the subtitle and four body sentences; the headline title "不负重托 奋力前行" (a space inside); a meta line "日期: 2016-09-07      阅读:" with an empty count; a "——…教授就任9999js金沙老品牌院长演讲" subtitle under the headline; blank lines between all lines; a salutation naming three officials; "首先衷心感谢组织,…" with no separator and no 其次; the slip "的的"; a quoted couplet with an inner space; rhetorical questions; no numbered points; cut mid-sentence ("桂大法学正")',
    isSpeech: true,
    title: DG_TITLE,
    noise: [DG_CRUMB, DG_META],
    dropLines: [DG_CRUMB, DG_TITLE, DG_META],
    outline: [
      { level: 1, marker: '——', text: '郑远舟教授就任9999js金沙老品牌院长演讲', optional: true },
    ],
  },
  '16-guide-goodwenan-jingpin-yanjianggao-xiefa-not-speech': {
    source: 'https://goodwenan.com/fanwen/xzff/3796.html',
    kind: 'non-speech: writing guide (how to write a 竞聘演讲稿 / 竞聘报告)',
    tests: 'a guide about the genre: the question title "如何写出吸引人的竞聘演讲稿?", a "写作方法论     |      <date time>" meta line and the column label repeated; indented paragraphs with trailing spaces; a definition of 竞聘报告, "首先,…其次,…" inside a paragraph and a heading "1.从实际动身,内容要实在"; synonym-spun wording (动身, 宽阔群众, 依旧, 发觉咨询题) — written advice, not a speech; cut mid-word',
    isSpeech: false,
    title: '如何写出吸引人的竞聘演讲稿?',
  },
  '17-novel-tanluz-big5-shangren-jianghua-spam-not-speech': {
    source: 'http://tanluz.com/gndp/1291/1291158/61981741.html',
    kind: 'non-speech: novel chapter (traditional-script reading site; a new mayor\'s first speech to the city\'s cadres)',
    tests: 'a traditional-script reading site with a spam keyword line on top, "手機版", a book crumb "翡翠珠文學 > 升官證道后續好看嗎 > 第692章:別開生面的上任講話" and the chapter heading naming a 講話; narration of the appointment meeting in short paragraphs, then the mayor\'s quoted salutation (尊敬的…部長、…書記,…大家上午好。) and first line with the mojibake "?!?br/>" glued to its close, then the narrator\'s judgement — a novel, not a speech; half-converted script (后, 干部, 什么, 市里, 并); cut mid-quotation',
    isSpeech: false,
    title: '第692章:別開生面的上任講話',
  },
  '18-news-eztour-big5-shizhang-jiuzhi-zhici-wrap-not-speech': {
    source: 'http://dachang.eztour.net.tw/modules/tadnews/index.php?nsn=14794',
    kind: 'non-speech: news report (a local Taiwan news post on a mayor\'s 就職交接 ceremony; genuine traditional script)',
    tests: 'genuine traditional script (not a converter mirror); a headline naming a 就職; a lead hard-wrapped at a fixed width mid-word ("歷\\n任", "市\\n民"); a "(記者…/…報導)" dateline glued to the repeated lead and wrapped before "在致詞中表示"; the mayor\'s 致詞 retold as "…說:今天,…", "…進一步表示:…", "最後…表示:親愛的市民朋友,…謝謝。" — a report in the third person, not a speech; a forum tail "發表者 | 樹狀展開 |" / "---|"',
    isSpeech: false,
    title: '青嶼市第12屆市長宣示就職交接',
  },
};
