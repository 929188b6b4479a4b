// Gold specs for holdout round 36, part b (cases 07–12): the elderly, the disabled and charity — 关工委 meetings, 慈善
// lectures and meetings, a 慈善一日捐 ceremony and a 助残日 appeal. Four spoken pieces (the deputy head of the national
// 关工委's closing speech at the national 关工委 work meeting, reposted on a city government's 关工委 column (hhskjx):
// the portal's "天气预报:" / "正在载入中..." / "站内搜索:" header lines, a "当前位置:首页 >> 机构设置 >> …" breadcrumb, a
// bullet "• 首页", the title, a bare posting date "2017-02-26", the speech's own date line with its opening bracket, 年
// and 月 lost ("20161222日)"), the speaker's bare name, a line holding only a space, "同志们:", then a block "一、…"
// heading line, cut mid-sentence; a vice-minister's lecture on charity and culture on a 公益 news site (chinahaoren):
// no title in the capture, a "发布时间:… | 来源:… <date> | 查看:N次" meta line, the byline "民政部副部长 <name>" (a
// position), a "一、…" heading line and a "(一)…。" heading that runs into its paragraph, quotations from the classics,
// cut mid-word; a speech at the 关工委's 25th-anniversary commendation meeting on a parenting portal (m.mama.cn): no
// title, the editor's label "(讲话节选)" above "同志们:", four block "第一,/第二,/第三,/第四," paragraphs, a closing
// "最后,祝愿…" courtesy line, and the portal's WeChat promo "关注【妈妈网】微信…【mama_cn】即可。" as the last line; a 慈善总会
// official's speech at its 宣传工作会议 in a document-sharing viewer (ishare.iask): the whole document on one line with
// PDF spaces ("2005 年", "的 讲话", "(2005 年 4 月 22 日 )", "朋友们 :", "还是 影响", "性本善 \""), ASCII double quotes,
// the title glued before the date line and the salutation, an inline "一、…" point after "指正。 " whose body follows
// after a space, an inline "首先,…" after a full stop, and an unrelated English text (a machine translation of another
// document about a town's anti-corruption duties) glued after the cut "总是不难 ", itself cut mid-word ("hon")) and two
// written look-alikes (a news report of a city 慈善总会's 慈善一日捐 donation ceremony (news.cn-jianke) with block
// "一、/二、/三、" headings over its sections and the president's words quoted with a mismatched pair of quotes (an
// ASCII " opening, ” closing) — told in the third person ("孟启明会长在仪式上作了…讲话"), no speech; a 助残日 倡议书 on a
// 范文 site (m.fwdq) with the title twice around a "发布时间:… 来源:倡议书" line, the addressee line "各单位及社会各界:"
// (which looks like a salutation), indented paragraphs, "一、/二、/三、" proposals ending in semicolons, the issuing
// body "xx区残疾人联合会" and the date "201x年5月5日", and a "相关推荐" list of genres cut mid-word — an appeal written
// for posting, no speech).
// Judgement calls: 07's "20161222日)" is the speech's own date line (the site lost "(2016年12月") and stays; the bare name
// "杜承海" under it is a byline without a position (noise, as the shared corpus's case 106); the title line is dropped, not
// listed. 08 has no title in the capture (""); it is spoken ("今天,借这个机会,我想同大家一起探讨…") though it opens with
// no salutation, as round 16's magazine page; the byline carries a position and stays; "(一)文化引领慈善前进方向。" opens
// its paragraph, so it is a block heading (level 2 under 一、) whose text is its first sentence. 09's "(讲话节选)" is the
// editor's label, not the speaker's words (noise, as "(摘要)"-style tags are dropped from titles); "第一,…第四," are
// required level-1 points; "最后,祝愿…" opens no run (no 首先 before it). 10's title keeps its PDF spaces as printed and is
// cut off the front of the one paragraph (replace); the date line, salutation and body stay glued as the page has them;
// the inline "一、" is a run of one in the capture (optional, as the shared corpus's case 03), its first sentence runs
// into the body after the space and stays under 50 characters, so the text is the whole sentence; "首先," is a run of one
// too (optional), level 2 under the inline 一、 above it; the English run is noise (cut by replace, listed whole and by
// its opening words). 11 and 12 are written, not speeches.
// Looked for and not found on a new host: a 老干部工作会议 or 老干部 重阳/迎春 座谈会 speech with numbered points (the
// corpus answers with hblgj.gov.cn, huangminedu, 9000bbs, wendang.net, xiezuofangchengshi, 1mishu, 365docx and a novel
// chapter of 宦海无声 on csw888/kuvun/xvipxs, all used or novels); a 残联 代表大会 speech on a 范文 or 文库 page (only
// news reports and m.7rdy.cn, used); a 敬老院 visit speech by an official (the corpus gives students' 发言稿 on
// xiezuofanwen.cn and zuowen.c321.cn, and the used xuewenya/xuetan). Left as template twins: bookm.cn (a "…(模板17篇)" /
// "时间:… 作者:…" / promo / "…篇一" page, the template of round 20's 100ky.cn); m.ddwk8.cn (a 敬老院 心得体会 whose
// "| 新华" poster line under the title is the template of the shared corpus's eastca.com.cn and chuangrenyuanyi.com);
// renwen.xytest.com (the "/jxfw/<yyyymm>/" farm of czt/jjcmw); jizihe.com (a 慈善总会 training speech with 一、 and 一是 on
// the "/page/<yyyy>/<mmdd>/" farm of handmsg); xiezuofanwen.cn (its promo "在当今社会生活中,发言稿的使用频率越来越高…相信
// 很多朋友都对写发言稿感到非常苦恼吧" is the ruiwen family's).
// All people's names are fictional (the speakers, 柯主任, 黎会长, the charity's officers); institutions and cities stay.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HH_HEAD = ['天气预报:', '正在载入中...', '站内搜索:'];
const HH_CRUMB = '当前位置:首页 >> 机构设置 >> 市关心下一代工作委员会';
const HH_BULLET = '• 首页';
const HH_TITLE = '在全国关工委工作会议上的总结讲话';
const HH_DATE = '2017-02-26';
const HH_NAME = '杜承海';

const CH_META = '发布时间:2015-11-23 10:42 | 来源:中国公益慈善网 2011-11-18 | 查看:2131次';

const MM_LABEL = '(讲话节选)';
const MM_PROMO = '关注【妈妈网】微信可获取更多精彩母婴资讯及福利:打开微信→添加好友→查找【妈妈网】or【mama_cn】即可。';

const IA_TITLE = '邹铁山在中华慈善总会2005 年宣传工作会议上的 讲话';
const IA_ENGLISH = 'Early each year organize conferences, in charge of the leadership, departments, units of the town clean and studied anti-corruption work deployments, according to a gang dual accountability requirements, clear roles and responsibilities for members of the leading body of the Party Committee, put a gang two accountability targets, develop work plans, organizations hon';

export const specs = {
  '07-jianghua-hhskjx-guangongwei-zongjie-weather-crumb-date-name-yi': {
    source: 'http://hhskjx.com/html/SectorListcontents443666871.html',
    kind: 'speech: 讲话 (closing speech at the national 关工委 work meeting, reposted on a city 关工委 column)',
    tests: 'portal header lines "天气预报:" / "正在载入中..." / "站内搜索:", a "当前位置:首页 >> 机构设置 >> 市关心下一代工作委员会" breadcrumb and a bullet "  • 首页" with leading spaces, the title, a bare posting date, the speech\'s own date line mangled by the site ("20161222日)", kept), the speaker\'s bare name (noise), a line holding only a space, "同志们:"; a quoted report title with a comma inside 《》; "下面…谈几点意见" then a block "一、…" heading line with no sentence end (whole line, level 1); cut mid-sentence ("凡是中央")',
    isSpeech: true,
    title: HH_TITLE,
    noise: [...HH_HEAD, HH_CRUMB, HH_BULLET, HH_DATE, HH_NAME],
    dropLines: [...HH_HEAD, HH_CRUMB, HH_BULLET, HH_TITLE, HH_DATE, HH_NAME],
    outline: [
      { level: 1, marker: '一、', text: '要深入学习贯彻党的十八届六中全会精神,对照柯主任的部署安排好明年的工作' },
    ],
  },
  '08-jianghua-chinahaoren-cishan-wenhua-meta-byline-yi-paren': {
    source: 'http://chinahaoren.cn/Articlebody-detail-id-26107.html',
    kind: 'speech: 讲话 (a vice-minister of civil affairs on charity and culture; 公益 news site)',
    tests: 'no title in the capture; a "发布时间:<date time> | 来源:中国公益慈善网 <date> | 查看:2131次" meta line first; the byline "民政部副部长 <name>" (a position, kept); no salutation, the spoken turn comes in the second paragraph ("今天,借这个机会,我想同大家…"); a block "一、…" heading line (whole line, level 1) and a "(一)文化引领慈善前进方向。" heading with ASCII brackets that runs into its paragraph (level 2, first sentence); a book title in 《》 and quotations from the classics with a "(鲁迅语)" note; cut mid-word ("第三次分")',
    isSpeech: true,
    title: '',
    noise: [CH_META],
    dropLines: [CH_META],
    outline: [
      { level: 1, marker: '一、', text: '慈善事业作为一种文化现象,始终受到先进文化的引领' },
      { level: 2, marker: '(一)', text: '文化引领慈善前进方向' },
    ],
  },
  '09-jianghua-mamacn-guangongwei-jiexuan-diyi-wechat-tail': {
    source: 'http://m.mama.cn/art/1420/777687.html',
    kind: 'speech: 讲话 (excerpt of a speech at the 关工委 25th-anniversary commendation meeting; parenting portal)',
    tests: 'no title; the editor\'s label "(讲话节选)" above "同志们:" (noise); "趁这个机会,我也讲几点希望。" then four block paragraphs "第一,希望…。" … "第四,希望…。" (level 1, each a single sentence under 50 characters); a long paragraph of 要…;要…; duties; a closing "最后,祝愿…!" that opens no run; the portal\'s WeChat promo with 【】 brackets and arrows as the last line (noise); the capture ends with the page, not mid-word',
    isSpeech: true,
    title: '',
    noise: [MM_LABEL, MM_PROMO],
    dropLines: [MM_LABEL, MM_PROMO],
    outline: [
      { level: 1, marker: '第一,', text: '希望各级关工委和老同志积极投身青少年思想道德建设,引导青少年树立和践行社会主义核心价值观' },
      { level: 1, marker: '第二,', text: '希望各级关工委和老同志积极参与青少年合法权益维护工作,切实为青少年健康成长保驾护航' },
      { level: 1, marker: '第三,', text: '希望各级关工委和老同志积极营造健康向上的社会文化环境,支持和帮助青少年成长成才' },
      { level: 1, marker: '第四,', text: '希望各级关工委切实加强自身建设,凝聚起关心下一代工作的强大合力' },
    ],
  },
  '10-jianghua-iask-cishan-xuanchuan-oneline-spaced-english-junk': {
    source: 'http://ishare.iask.sina.com.cn/f/iPJ3TxzAqL.html',
    kind: 'speech: 讲话 (a 慈善总会 official at its publicity work meeting; document-sharing viewer)',
    tests: 'the whole document on one line: the title with PDF spaces ("2005 年", "的 讲话") glued before the date line "(2005 年 4 月 22 日 )" and the salutation "同志们、朋友们 :" (title cut off the front; date and salutation stay glued to the body); an inline "一、…" after "指正。 " whose heading runs into its body after a space (a run of one: optional); an inline "首先,…" after a full stop (a run of one: optional, level 2); a stray space inside a sentence ("还是 影响"), ASCII quotes around a classical line with a space before the closing one; an unrelated English text glued after the cut Chinese sentence ("总是不难 Early each year organize conferences, …"), itself cut mid-word (noise)',
    isSpeech: true,
    title: IA_TITLE,
    noise: [IA_ENGLISH, 'Early each year organize conferences'],
    replace: [[IA_TITLE + ' ', ''], [IA_ENGLISH, '']],
    outline: [
      { level: 1, marker: '一、', text: '慈善事业的地位和作用不容忽视 慈善事业是崇高的事业,是光荣的事业,也是属于全人类的事业', optional: true },
      { level: 2, marker: '首先,', text: '慈善事业是涤荡人们心灵的事业', optional: true },
    ],
  },
  '11-news-cnjianke-cishan-yirijuan-yi-er-san-not-speech': {
    source: 'http://news.cn-jianke.com/shudoo/2102.html',
    kind: 'non-speech: news report (a city 慈善总会\'s 慈善一日捐 donation ceremony)',
    tests: 'a news report with block headings "一、慈善之光,温暖启航" / "二、…" / "三、…" over its sections and the president\'s words quoted inside it with mismatched quotes (ASCII " opening, ” closing), told in the third person ("孟启明会长在仪式上作了…讲话", "呼吁…"); no title in the capture; figures (11家, 480万元); cut mid-word ("善")',
    isSpeech: false,
    title: '',
  },
  '12-changyishu-fwdq-zhucanri-meta-yi-er-san-related-not-speech': {
    source: 'http://m.fwdq.com/changyishu/195448.html',
    kind: 'non-speech: 倡议书 (a district 残联\'s appeal for 全国助残日)',
    tests: 'a 范文 page: the title twice around a "发布时间:<date> 来源:倡议书" line, the addressee line "各单位及社会各界:" that looks like a salutation, paragraphs indented with two spaces, "特向…发出倡议:" then "一、/二、/三、" proposals ending in semicolons and a full stop, the issuing body "xx区残疾人联合会" and the date "201x年5月5日" with placeholders, a "相关推荐" line and a list of genres cut mid-word ("意向") — an appeal written for posting, not a speech',
    isSpeech: false,
    title: '全国助残日助残倡议书范文',
  },
};
