// Gold specs for holdout round 185, part A (cases 01–06): retirement, farewell and veterans (老干部 迎春座谈会, a leader's
// 离任感言 on stepping down, a 退休教师欢送会 发言稿, a veterans' 入伍五十周年 reunion 发言 — and two look-alikes: a news report of a
// "光荣在党50年" 纪念章颁发暨干部荣退仪式 and a newspaper's first-person accounts of three veterans on national-defence education).
// Four spoken pieces (a city leader's 讲话 at a 老干部迎春座谈会 on a 范文 site (qiantufanwen.com, "/<id>.html"): no site noise at
// all in the capture — the title line "在2024年老干部迎春座谈会上的讲话", the salutation "各位老领导、老同志:", a greeting paragraph,
// a paragraph thanking the old cadres for their advice that ends "借着这个难得的机会,我想讲三个方面的体会:", then a paragraph
// opening "一、回望过去一年,…历程。" (a block heading sentence glued to its body), X placeholders (X同志, X城, X问题), figures with
// decimals and percentages (204.35亿元, 9.8%, 319.4万吨), cut mid-sentence ("通过"); a leader's 离任感言 on being retired from
// office, reposted with an editor's notes on a small ASP 文章 site (office-doc.com, "/show.asp?id=<id>"): a CMS top bar
// "手机版 | 登陆 | 注册 | 留言 | 设首页 | 加收藏", a crumb printed twice on one line ("当前位置: 网站首页 > 领导讲话 > 文章 当前位置: 领导讲话 >
// 文章"), a clickbait headline "一位正国级领导的离任感言,发自肺腑,感人至深!", a "时间:… 点击: 次 来源:网络 作者:佚名 - 小 + 大"
// meta line with an empty click count and the font-size widget glued to the author, no salutation, the speech in first-person
// paragraphs (from carpenter to leader, 15/8/8/8/13/37 years), an editor's note on its own line between paragraphs
// ("(前面两段,…看了这两段,大家有没有想想,…呢?)") and another glued to a paragraph end ("…人物啊!(这是回应大家疑问)"), two blank
// lines, then "大家知道," cut by the capture; a colleague's 发言稿 at a school's 退休教师欢送会 on a hijacked company domain (an
// IDN host, www.<安徽…集团有限公司>.com, "/tynews/<id>.html"): an SEO page title joining a keyword, the speech's motto and a
// clickbait tail cut with ".." ("退休教师欢送会发言稿,“岁月映初心,荣退颂芳华”——三分钟搞定学校“退休教师欢送.."), the salutation
// with a dash ("…以及我们今天最尊贵的主角——即将荣休的老师们:"), "大家好!", the keyword "退休教师欢送会发言稿" again on a line of
// its own after the first paragraph, a block "首先,请允许我…祝福。" paragraph, paragraphs opening with the motto's halves in quotes
// ("“岁月映初心”,这句话…", "“荣退颂芳华”,今天,…"), 您们 throughout, blank lines between all lines, cut mid-sentence
// ("照亮了"); a veteran's 发言 at his comrades' 入伍五十周年 reunion on a city portal's news page (www.zdushi.com,
// "/news/show_<id>.html"): the whole stored page (629 characters) — no title, no site noise, the salutation with the greeting
// glued ("…各位家属,朋友们大家好!") and the site's typo "佳宾", a space after "!" inside two paragraphs, a colon where a comma
// belongs ("钢铁长城:为了…"), traditional leftovers in simplified text (列車, 軍旅, 軍功章), an honour in double primes
// (″战时优秀党员″), four "属于…" clauses joined by semicolons, one-line salutes ("借这个机会向…敬一个庄严的军礼!"), a closing
// "最后祝愿…" (最后 with no comma) and "谢谢大家!") and two written look-alikes (a report on a 老干部 site (www.lllgj.com,
// "/index.php?c=show&id=<id>") of a city's "光荣在党50年" 纪念章颁发暨干部荣退仪式: the headline "孝义:初心如磐,致敬芳华", a
// third-person lead, the organisation minister's part told in the third person, a retiree's words quoted whole in “…”
// with the speaker named after them, another retiree's "三点体会:一是…。二是…。三是…。" retold after a colon with full stops
// between, "他指出,…" cut mid-sentence ("听") — a news report, not a speech; a city press group's military channel
// (www.szmil.com, "/content/<yyyy-mm>/<dd>/content_<id>.htm") on the 全民国防教育日: a crumb "当前位置:首页 > 奋进新时代 聚力强军梦",
// the headline quoting a veteran ("老兵谈国防教育:孙子说我“出圈”了,“存在感”找对了"), an editor's lead naming three veterans,
// a "——编者" line, the label "老兵秦守义" and his subheading "用生命换来的胜利不能弄丢了", then his first-person account ("我是
// 一名老兵,老家在山东莱州。…") with no audience, no occasion and no salutation, cut mid-phrase ("给他们讲") — written
// first-person accounts told to a newspaper, not a speech).
// Judgement calls:
// - 01: the title is the title line; no noise. "一、" opens its paragraph after a paragraph ending in a colon; a block marker
//   needs no run (as round 4 case 11's block "第一," at the end), and block points after a colon are required (as round 184 B's
//   07 "一是…" after "…三大难:"), so it is a required level-1 item although 二、 lies past the cut; its text is the first
//   sentence (23 characters). 2096亿元/204.35亿元/9.8% are figures, not markers. A clean baseline, as the shared corpus's 49.
// - 02: a speech page: the document is the leader's own spoken remarks on leaving office, in the first person and to an
//   audience ("大家知道,"); the headline calls it a 感言, as round 163 case 14 (a professor's 荣休 remarks) was a speech, and
//   unlike round 20 case 06, an essay that tells of the author's 退休感言 (there the page narrates the farewell; here it is the
//   remarks). The clickbait headline is the page's only title line and is the title as printed (as round 184 B's 07 and round
//   134 case 02 took a press headline), its "发自肺腑,感人至深!" tail included. The top bar, the doubled crumb and the meta line
//   are noise ("佚名 - 小 + 大" listed again as a distinctive part); the editor's notes are the site's, not words of the
//   speech: the standalone note line is dropped and listed, the glued "(这是回应大家疑问)" is cut from its paragraph end
//   (replace) and listed (as round 154 C's "——編者" line went as the editor's). The two blank lines are no paragraph; the
//   fragment "大家知道," is the last paragraph. No numbered points. The old foreman's name was replaced by a fictional one; the
//   speaker's posts and years stay (a public official's record), the prose was rewritten.
// - 03: a speech page (the salutation, "大家好!", "请允许我代表在座的每一位同事…"). The SEO line at the top is the page's only
//   title line, so it is the title as printed (as 02 and round 184 B's 07), keyword, motto and the cut ".." included (the
//   site's truncation is printed as part of the line, as round 70's novel title kept its "(三…"). The keyword line
//   "退休教师欢送会发言稿" after the first paragraph repeats the title's first part; it is dropped but cannot be listed as noise,
//   because it occurs inside the title (as round 184 A's 04 dropped its "国旗下"/"讲话" label lines and round 6 case 10 its
//   stray lines unlisted). "首先," opens a paragraph of thanks and no 其次 follows in the capture: a courtesy 首先 → optional,
//   level 1 (as round 6 case 01 and round 176 A's 02), text its first sentence (39 characters). The quoted motto halves are
//   no markers.
// - 04: no title line in the page, so the title is "" (as round 6 case 07 and round 184 A's 03); a speech by the rule for
//   untitled pages (the salutation, "我在这里发言感到十分光荣和骄傲!"). The salutation keeps its glued greeting, and the site's
//   typo "佳宾", the traditional leftovers (列車, 軍旅, 軍功章), the double primes and the colon for a comma stay as printed (as
//   round 184 A's 03 kept its typos); "最后祝愿…" has no comma and no 首先 run before it → no item (as round 5 case 11's "首先请…").
//   A do-no-harm case like the shared corpus's 48: no noise, no outline. Names: the reunion's place (南充) and the unit stay;
//   the prose was rewritten.
// - 05 and 06 are written: 05 a report (third person, the retiree's points retold after "分享了三点体会:", as round 184 B's 12
//   retold "第一張名片:" points, round 4 case 15's report its 一是/二是/三是 after "要求:" and the shared corpus's 45 its
//   secretary's 一是…二是…三是…), so its 一是/二是/三是 are no outline; 06 a
//   newspaper feature: the veterans' accounts are told to the paper under an editor's lead and "——编者", with no audience and
//   no occasion — first-person writing, as the shared corpus's 65 (a personal essay) and round 20 case 06, not a speech. The
//   public officials (05's 组织部部长 李玉昌) stay; the private people (05's two retirees, 06's three veterans) were replaced
//   by fictional names; the prose was rewritten.
// Looked for and not found on a new host: a 退休欢送会 讲话 or 致辞 with numbered points (rlxzw.com's 一、, qqjlz.com's 第一,,
// meipian.cn's "一、首先是…", studyofnet.com, regraff.com, qzlndx.org, wenrenren.com, m.jifanwen.com, 1mishu.com, m.7rdy.cn,
// m.wenke99.com, zhe135.com, goodzuowen.com, fswk.com, 010zaixian.com, dgahdf.cn, 9000bbs.cn are used); a 荣休/退休 感言 or 发言
// on a fresh template (hljyxjs.com's 退休告别发言 carries icesoy.com's "当前位置:首页 > 讲话致辞" / "时间:…" / "…[本文共N字]" lines
// (round 32 case 02) → dropped; cankao.gcw818.com carries the "- 相关推荐" line and 小编 promo of the yjbys family → dropped;
// ent.zjrxz.com and renwen.czt.cc are the "/jxfw/<yyyymm>/<id>.html" template of used renwen.czt.cc and ent.0532bm.com →
// not taken; m.ovod.cn is the "/wenku/<a>/<id>" template of used huatuo0.cn and m.yrrf.cn → not taken; gxxyd.cug.edu.cn's
// retired professor's 感言 with an inline "1." stands on the used cug.edu.cn; www.hnnxs.com's bank clerk's 退休感言 has no
// address to an audience and was left); a 老干部 座谈会 讲话 other than 01 (huangminedu.com.cn, tuozhan024.com, wendang.net,
// gongwenku1.com, 365docx.com, hblgj.gov.cn, 6dgww.com are used; csw888.com, momowu8.com and xs.kuvun.com hold the novel
// 宦海无声's chapter, set aside by rounds 49 and 118); a 退伍老兵 欢送 讲话 or 老兵 座谈 发言 (wypgzs.com's 欢送仪式 讲话 is on the
// "/fanwendaquan/<col>/<id>.html" farm with the "下面是小编为大家整理的…,供大家参考。" promo of used kmjg.cn, multibytes.cn,
// ukktv.cn, agnbn.com and 547118.com, and was set aside by rounds 39, 68 and 102 → dropped; zuowenba.net's 八一 发言稿 is the zuowenba/
// wenandaquan "…内容页" template named in rounds 35, 51, 80 and 112 → dropped; www.zit.org.cn's 战友聚会 开场发言 with block
// 首先,/其次, is a converter mirror of a meipian post with its raw "<p class=\"ql-block\">" markup, the template of the shared
// corpus's 59, dropped as rounds 156 and 177 dropped m.kamkm888.com; m.nnlnn.cn's 離退休教師 講話 is the "/html/<n>/<date>/
// content-<id>.html" converter family of used m.cikuwang.com.cn, m.dfzdm.com and m.kkk44.com.cn → not taken; haohaofanwen.com,
// gongwenku1.com, wm114.cn, dawenge.com, chazidian.com, partyworker.cn, yunko.cn, m.001doc.com, lx5188.com, qiake.net,
// mingyanjiaju.org, meipian.cn are used); a 退役军人 慰问/表彰 讲话 with 一要/一是 (only used hosts and third-person news). So
// only 01 carries a numbered point and 03 a courtesy 首先. Found on new hosts but not taken (the two look-alikes went to 05
// and 06): tailian.taiwan.cn (a 退役军人座谈会 report with the caption "黄志贤讲话"), szb.jsw.com.cn, m.fanchengnews.com and
// www.cfgw.net.cn (荣退 reports), m.b57w946.cn (a traditional pinyin report), biqu66.com (a novel's 退伍欢送会 chapter, set aside
// by round 139).
// Template twins considered: `node /work/notes/twin.mjs` finds no shared noise line for any of the six pages. qiantufanwen.com
// is a sister brand of the used qiantuxiezuo.com (round 42 case 03) but shares no line with it and prints no page-title line
// over its title, so it was kept (as round 178's 01); office-doc.com's top bar "手机版 | 登陆 | 注册 | 留言 | 设首页 | 加收藏" is a
// CMS default (round 50's 09 has the shorter "手机版 | 留言 | 设首页 | 加收藏" of the same software), a different site on the
// same software, kept (as round 134 kept gdchess.com beside ztchess.com and round 176 the VSB meta line); www.zdushi.com was
// looked at and not taken by round 77 C (not used) and carries no site line at all; lllgj.com's "index.php?c=show&id=" is a
// common PHP CMS path (cuebmc.cn, rszx.gov.cn, btywlp.cn, sh56.cn, adlm.cc) with no shared line; www.szmil.com numbers its
// articles in the series of the used sznews.com (round 16 case 17) — a sister site of the same press group — but shares no
// line with it (sznews prints a date/来源/人工智能朗读 block, szmil a crumb), so it was kept as a sister brand.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const QT_TITLE = '在2024年老干部迎春座谈会上的讲话';

const OD_BAR = '手机版 | 登陆 | 注册 | 留言 | 设首页 | 加收藏';
const OD_CRUMB = '当前位置: 网站首页 > 领导讲话 > 文章 当前位置: 领导讲话 > 文章';
const OD_TITLE = '一位正国级领导的离任感言,发自肺腑,感人至深!';
const OD_META = '时间:2019-10-08    点击: 次    来源:网络    作者:佚名 - 小 + 大';
const OD_NOTE = '(前面两段,第一段讲述个人家庭自然情况,第二段叙述领导经历,看了这两段,大家有没有想想,是什么原因促使其一步步成长起来的呢?)';
const OD_NOTE2 = '(这是回应大家疑问)';

const WJ_TITLE = '退休教师欢送会发言稿,“岁月映初心,荣退颂芳华”——三分钟搞定学校“退休教师欢送..';
const WJ_KEYWORD = '退休教师欢送会发言稿';

export const specs = {
  '01-jianghua-qiantufanwen-laoganbu-yingchun-zuotanhui-clean-yi-block-after-colon': {
    source: 'https://qiantufanwen.com/104304.html',
    kind: 'speech: 讲话 (a city leader at a 老干部迎春座谈会; 范文 site)',
    tests: 'no site noise: the title line, the salutation "各位老领导、老同志:", a greeting paragraph; a paragraph ending "…我想讲三个方面的体会:" followed by a paragraph opening with the block heading sentence "一、回望过去一年,…历程。" glued to its body (required level 1, 二、 past the cut); X placeholders (X同志, X城, X问题); figures with decimals and percentages that are no markers; cut mid-sentence ("通过")',
    isSpeech: true,
    title: QT_TITLE,
    noise: [],
    dropLines: [QT_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '回望过去一年,我们一起走过了一段很不平凡的历程' },
    ],
  },
  '02-ganyan-officedoc-liren-tuixiu-cms-bar-double-crumb-clickbait-headline-editor-glosses': {
    source: 'http://office-doc.com/show.asp?id=668',
    kind: 'speech: 离任感言 (a leader\'s remarks on being retired from office, reposted with an editor\'s notes; small ASP article site)',
    tests: 'a CMS top bar "手机版 | 登陆 | 注册 | 留言 | 设首页 | 加收藏"; a crumb printed twice on one line; a clickbait headline "一位正国级领导的离任感言,发自肺腑,感人至深!" as the only title line (kept as printed); a meta line with an empty click count and the font-size widget glued to the author ("作者:佚名 - 小 + 大"); no salutation; first-person paragraphs; an editor\'s note on its own line between paragraphs and another glued to a paragraph end ("…人物啊!(这是回应大家疑问)"), both noise; two blank lines; the last paragraph "大家知道," cut by the capture; no numbered points',
    isSpeech: true,
    title: OD_TITLE,
    noise: [OD_BAR, OD_CRUMB, OD_META, '佚名 - 小 + 大', OD_NOTE, OD_NOTE2],
    replace: [['人物啊!' + OD_NOTE2, '人物啊!']],
    dropLines: [OD_BAR, OD_CRUMB, OD_TITLE, OD_META, OD_NOTE],
    outline: [],
  },
  '03-fayan-wanjiu-idn-tuixiu-jiaoshi-huansong-seo-title-cut-keyword-line-shouxian': {
    source: 'http://www.xn--55qzss7bh3ed4hq2gx9n4j4aib2cnrc1vtnkb.com/tynews/325178.html',
    kind: 'speech: 发言稿 (a colleague at a school\'s 退休教师欢送会; article page on a hijacked company domain with an IDN host)',
    tests: 'an SEO title line joining a keyword, the speech\'s motto and a clickbait tail cut with ".." (the only title line: kept as printed); the salutation with a dash inside ("…主角——即将荣休的老师们:"); "大家好!"; the keyword "退休教师欢送会发言稿" repeated on its own line after the first paragraph (dropped; inside the title, so not listed); a block "首先,请允许我…祝福。" courtesy paragraph with no 其次 (optional); paragraphs opening with quoted motto halves ("“岁月映初心”,…"); blank lines between all lines; cut mid-sentence ("照亮了")',
    isSpeech: true,
    title: WJ_TITLE,
    noise: [],
    dropLines: [WJ_TITLE, WJ_KEYWORD],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表在座的每一位同事,向即将荣休的老师们致以最诚挚的敬意和最温暖的祝福', optional: true },
    ],
  },
  '04-fayan-zdushi-zhanyou-ruwu-wushi-zhounian-no-title-whole-page-fanti-leftovers-double-primes': {
    source: 'https://www.zdushi.com/news/show_4542100.html',
    kind: 'speech: 发言 (a veteran at his comrades\' 入伍五十周年 reunion; city portal news page)',
    tests: 'the whole stored page (629 characters): no title and no site noise (title ""); the salutation with the greeting glued ("…朋友们大家好!") and the typo "佳宾"; a space after "!" inside two paragraphs; a colon where a comma belongs ("钢铁长城:为了…"); traditional leftovers in simplified text (列車, 軍旅, 軍功章); double primes (″战时优秀党员″); "属于…" clauses joined by semicolons; one-line salutes; a closing "最后祝愿…" without a comma (no marker) and "谢谢大家!"; a do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-lllgj-guangrong-zaidang-rongtui-yishi-reported-yishi-ershi-sanshi-not-speech': {
    source: 'http://www.lllgj.com/index.php?c=show&id=14118',
    kind: 'non-speech: news report (a city\'s "光荣在党50年" 纪念章颁发暨干部荣退仪式; 老干部 site)',
    tests: 'the headline "孝义:初心如磐,致敬芳华"; a third-person lead; a retiree\'s words quoted whole in “…” with the speaker named after them; another retiree\'s "三点体会:一是…。二是…。三是…。" retold after a colon with full stops between; "他指出,…" cut mid-sentence ("听") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-szmil-laobing-guofang-jiaoyu-crumb-headline-editor-lead-bianzhe-first-person-accounts-not-speech': {
    source: 'http://www.szmil.com/content/2020-09/19/content_23571567.htm',
    kind: 'non-speech: newspaper feature (three veterans\' first-person accounts on national-defence education; a press group\'s military channel)',
    tests: 'a crumb "当前位置:首页 > 奋进新时代 聚力强军梦"; a headline quoting a veteran; an editor\'s lead naming three veterans and a "——编者" line; the label "老兵秦守义" and a subheading; then a first-person account ("我是一名老兵,…") with no audience, no occasion and no salutation; cut mid-phrase ("给他们讲") — written first-person accounts, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
