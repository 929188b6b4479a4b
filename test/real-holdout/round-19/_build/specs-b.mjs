// Gold specs for holdout round 19, part b (cases 07–12): reprint platforms and mirrors. Four spoken pieces (a city
// 关工委 leader's 讲话 at a retired party branch's book-donation ceremony on a library of reposted WeChat articles
// ("公众号好文"), under a login bar, the site name, a breadcrumb and a "讲话发言" column label, the title, a poster line
// "<name> <date time> 讲话发言", then the site's one-line summary that glues the title, the salutation and the opening
// and cuts it mid-word, the title again, the salutation and the body with "*" placeholders; a university president's
// graduation 講話 on a traditional-script mirror of an education portal's reprint, whose capture opens with thirteen
// lines of leaked empty HTML tags (<strike id=…>, <span id=…>, <video id=…>), the portal's name twice, the headline
// "<university>校長<name>在…畢業典禮上的講話:<subtitle>", a bare date and time, the university's name alone as the
// source line, an empty "作者:" line, then the salutation and paragraphs indented with two spaces, converter
// leftovers (于, 余, 委托); a primary-school head's 开学典礼 致辞 on a "bbs." host of a content farm, the title in 【】
// glued before the salutation, inline 第一,/第二,/第三, after "…几点希望:" and semicolons, a closing 最后, with no 首先;
// a city party secretary's 发言提纲 at a people's congress session reposted on a Discuz forum by its admin, under the
// forum chrome (找回密码/注册/搜索, "查看: …|回复: 0", "[复制链接]", the poster's 主题/回帖/积分 counters on lines of their
// own, "发表于 … | 显示全部楼层 |阅读模式"), the title twice, the speaker's bare name letter-spaced, and the poster's
// writing commentary in parentheses glued after sentences and on a line of its own, a "第一个方面:…" head line and a
// block "一是…" sub-head with the commentary and its full stop broken onto the next line) and two written pieces (a
// traditional pinyin mirror of a commentary on university presidents' graduation speeches that quotes their titles in
// 《》 and argues "…着实不易:首先,…;其次,…"; a 杂志 reprint on an e-book site reporting a president's graduation 致辞
// under the site's bars and breadcrumb, with a 时间 line and the speech's closing paragraph quoted). Not found on any
// new host: a 搜狐号/网易号/百家号 page, a WeChat mirror with 原标题/阅读原文/点赞/在看 chrome, a 360doc-like personal library
// page or a blog carrying a mainland leader's 讲话 with 一、/（一） headings. Written from page.txt alone, before any engine
// ran on it. `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into
// lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles,
// noise and outlines are written by hand here.
//
// Judgement calls:
// - 07: the site's summary line is noise, dropped but not listed: its text (title + salutation + opening, cut at "*潜")
//   is a prefix of the gold title + body with whitespace removed, so no part of it can be a noise string (round 5's 05).
//   The title printed twice is dropped, not listed; the poster line is noise; "讲话发言" alone is the column label.
// - 08: the leaked tag lines are noise, each listed once; the bare "東方科學院大學" line is the reprint's source and is
//   dropped, but not listed (the title starts with the same words); the title keeps the president's name and the
//   subtitle after the colon (as printed); "作者:" with no name is noise.
// - 09: the 【title】 is cut from the salutation (rounds 8 and 16); 第一, after the colon and 第二,/第三, after semicolons
//   are optional (README: points after a colon or a semicolon), and so is the closing 最后, with no 首先 run.
// - 10: a speech: the document is the 发言提纲 itself, in its order, titled by a spoken genre and addressed to the
//   deputies; the reposter's parenthesised commentary on its technique is editorial noise (like a generator's note, round
//   16's 16) and is cut wherever it stands; the full stop after the last comment belongs to it (the sub-head above has no
//   sentence end), so it goes with it. The letter-spaced bare name is noise (no position); the bare counters are dropped,
//   not listed (too short to be specific). "第一个方面:" is an ordinal + noun (round 3's 11, round 18's 15): optional; the
//   block 一是 sub-head is required (a block marker needs no run) and, with no counted heading above it, sits at level 1
//   by the letter of the rules (round 3's 05), although a reader nests it under 第一个方面.
// - 11: commentary about speeches is written, even where it quotes their titles and argues with 首先/其次. 12: a report of
//   a speech is written, though it quotes the speech's closing paragraph whole.

const GW_BAR = '会员登录  新用户注册 退出';
const GW_SITE = '公文搜网 - 蓝秘书公文之家';
const GW_CRUMB = '您现在的位置是: 首页 > 公众号好文 > 讲话发言';
const GW_COLUMN = '讲话发言';
const GW_TITLE = '在传媒集团离退休第一党支部捐赠图书发放仪式上的讲话';
const GW_POSTER = '苏晓岚 2023-03-30 16:48:16 讲话发言';
const GW_SUMMARY =
  GW_TITLE +
  '同志们、同学们:今天,我们在这里举行*传媒集团离退休第一党支部捐赠图书发放仪式,向全市*余所中学赠送上千册图书,' +
  '这件事很有意义。借此机会,我代表市关工委向*离退休第一党支部致以诚挚的谢意!这次所赠图书,由*离退休党支部老党员*同志捐出。' +
  '*同志是我市知名作家,是一位很有学养很有积累很有影响的作家,也是一位特别肯钻研特别肯下功夫特别能写出好作品的作家。近*年来,*潜';

const VT_JUNK = [
  '<strike id="1jt9v"><dl id="1jt9v"></dl></strike>',
  '<strike id="1jt9v"></strike>',
  '<strike id="1jt9v"><dl id="1jt9v"></dl></strike><strike id="1jt9v"><i id="1jt9v"></i></strike><ruby id="1jt9v"></ruby><strike id="1jt9v"></strike>',
  '<span id="1jt9v"><i id="1jt9v"></i></span><span id="1jt9v"><dl id="1jt9v"><ruby id="1jt9v"></ruby></dl></span>',
  '<span id="1jt9v"><video id="1jt9v"></video></span>',
  '<span id="1jt9v"><dl id="1jt9v"><ruby id="1jt9v"></ruby></dl></span>',
  '<strike id="1jt9v"><dl id="1jt9v"><del id="1jt9v"></del></dl></strike>',
  '<strike id="1jt9v"></strike> <th id="1jt9v"></th>',
  '<span id="1jt9v"></span>',
  '<span id="1jt9v"><video id="1jt9v"><strike id="1jt9v"></strike></video></span>',
];
const VT_PORTAL = '中國教育在線';
const VT_TITLE = '東方科學院大學校長葉明遠在2025年畢業典禮上的講話:做一個值得托付的人';
const VT_DATE = '2025-07-17 15:40';
const VT_SOURCE = '東方科學院大學';
const VT_AUTHOR = '作者:';

const BG_TITLE = '小学校长开学典礼致辞';

const DW_TITLE = '在审议政府工作报告时的发言提纲';
const DW_CHROME = ['找回密码', '注册', '搜索', '查看: 741|回复: 0', '[复制链接]', '主题', '回帖', '积分', '管理员'];
const DW_COUNTS = ['455', '49', '2204'];
const DW_POSTED = '发表于 2020-5-15 10:58:00 | 显示全部楼层 |阅读模式';
const DW_NAME = '郑 立 衡';
const DW_NOTE_1 = '(先亮明身份,这是这类发言开场的固定动作,用意是让与会者知道发言的是谁)';
const DW_NOTE_2 =
  '(讲自己对政府工作报告的理解和感受,用了排比句式,概括得简练有力。在讲这部分内容时,最忌人云亦云、照搬照抄,' +
  '重复别人说烂了的套话,一定要讲自己的话,讲有特点的话,这样才能让人记得住)';
const DW_NOTE_3 = '(表现出谦虚的姿态,也是一种表达的艺术)';
const DW_NOTE_4 = '(标题用的是下定义的写法,开门见山亮出观点,后面两个标题也是这样,让人一眼就能抓住重点)';
const DW_NOTE_5 =
  '(讲自己对意识形态工作的理解,站得高、看得清、抓得实、守得住;四个短语概括得十分到位。这类发言时间非常有限,' +
  '所以开头一定要干净利落,不能拖泥带水)';
const DW_NOTE_6 = '(小标题同样用了下定义的写法)。';

export const specs = {
  '07-jianghua-gongwensou-wechat-haowen-poster-summary-dup': {
    source: 'https://gongwensou.com/jingdianjianghua/77078.html',
    kind: 'speech: 讲话 (a city 关工委 leader at a retired party branch\'s book-donation ceremony for middle schools; a site that reposts WeChat articles, column "公众号好文")',
    tests: 'a repost library of WeChat articles: a login bar "会员登录  新用户注册 退出" (two spaces), the site name "公文搜网 - 蓝秘书公文之家", a breadcrumb "您现在的位置是: 首页 > 公众号好文 > 讲话发言", the column label "讲话发言" on a line of its own, the title, a poster line "<name> <date> <time> 讲话发言", then the site\'s summary: the title glued to the salutation "同志们、同学们:" and the opening paragraph, run together on one line and cut mid-word ("近*年来,*潜"); the title again, the salutation on its own line and the body with "*" placeholders for the group, the writer and the counts ("全市*余所中学", "*册图书"); a "在此,我提议,…" applause line (no marker); text cut mid-phrase ("青少年时期是人生成长的关键")',
    isSpeech: true,
    title: GW_TITLE,
    noise: [GW_BAR, GW_SITE, GW_CRUMB, GW_COLUMN, GW_POSTER],
    dropLines: [GW_BAR, GW_SITE, GW_CRUMB, GW_COLUMN, GW_TITLE, GW_POSTER, GW_SUMMARY],
    outline: [],
  },
  '08-jianghua-veetrag-big5-eduportal-reprint-html-junk-source-author': {
    source: 'http://www.veetrag.net/news/dongtai/202507/t20250717_2681617.shtml',
    kind: 'speech: 講話 (a university president at the graduation ceremony; traditional-script mirror of an education portal\'s reprint)',
    tests: 'a converter mirror of a portal\'s news page: the capture opens with thirteen lines of empty HTML tags leaked into the text (<strike id="1jt9v">, <dl>, <ruby>, <span>, <video>, <del>, a " <th …>" after a space), the portal\'s name "中國教育在線" on two lines, the headline naming the university and the president before "在2025年畢業典禮上的講話" and a subtitle after an ASCII colon (":做一個值得托付的人"), a bare date and time line, the university\'s name alone as the source line (its text is also the start of the title, so it cannot be listed as a noise string), an empty "作者:" line; then the salutation with the students first, "大家早上好!", paragraphs indented with two spaces and separated by blank lines; the converter\'s leftovers 于/余/委托; quoted “松果” (no marker); text cut mid-sentence ("把理性與詩意")',
    isSpeech: true,
    title: VT_TITLE,
    noise: [...VT_JUNK, VT_PORTAL, VT_DATE, VT_AUTHOR],
    dropLines: [...VT_JUNK, VT_PORTAL, VT_TITLE, VT_DATE, VT_SOURCE, VT_AUTHOR],
    outline: [],
  },
  '09-zhici-beng168-bbs-bracket-title-glued-diyi-dier-disan-semicolons-zuihou': {
    source: 'http://bbs.beng168.com/jxfw/202507/272234.html',
    kind: 'speech: 致辞 (a primary-school head at the autumn 开学典礼; a content farm page on a "bbs." host)',
    tests: 'no chrome but the title: "【小学校长开学典礼致辞】" glued before the salutation on the first line; "大家好!" on its own line; "在此,我代表学校…" (no marker); the wishes announced "…提几点希望:" and given inline in one paragraph: "第一,…;第二,…;第三,…" — the first after the colon, the others after semicolons, each point\'s first sentence ending in a full stop before its explanation; a closing "最后,祝愿…!" paragraph with no 首先 run; the whole speech to "谢谢大家!"',
    isSpeech: true,
    title: BG_TITLE,
    noise: ['【' + BG_TITLE + '】'],
    replace: [['【' + BG_TITLE + '】尊敬的', '尊敬的']],
    outline: [
      { level: 1, marker: '第一,', text: '要立下远大的志向', optional: true },
      { level: 1, marker: '第二,', text: '要培养良好的习惯', optional: true },
      { level: 1, marker: '第三,', text: '要热爱读书,敢于提问', optional: true },
      { level: 1, marker: '最后,', text: '祝愿全体同学在新的学期里,学业有成,身体健康,天天快乐', optional: true },
    ],
  },
  '10-fayan-daweida-discuz-forum-annotated-tigang-diyigefangmian-yishi': {
    source: 'http://daweida.com/forum.php?mod=viewthread&tid=423&extra=',
    kind: 'speech: 发言提纲 (a city party secretary\'s remarks as a provincial people\'s congress deputy on the government work report; reposted on a Discuz forum by its admin, with the poster\'s writing commentary)',
    tests: 'Discuz chrome, one item a line: "找回密码", " 注册" (leading space), "搜索", "查看: 741|回复: 0", the thread title, "[复制链接]", the poster\'s counters as number/label pairs ("455"/"主题", "49"/"回帖", "2204"/"积分", "管理员", "积分", "2204"), "发表于 <date time> | 显示全部楼层 |阅读模式"; the title again, the speaker\'s bare name letter-spaced ("郑 立 衡", no position); then the 发言 with the poster\'s commentary on its technique in parentheses: glued before the full stop of a sentence ("…临川市委书记(先亮明身份,…)。", "…信心(讲自己对…,这样才能让人记得住)。" with a full stop inside), glued after a sentence\'s last word before "。我下面从三个方面谈点想法:", on a line of its own under the head line, and once broken onto the next line with the sub-head\'s full stop after it ("一是站得高方能望得远" / "  (小标题同样用了下定义的写法)。意识形态…"); a head line "第一个方面:高度决定力度" (an ordinal + noun, not in the rule table); a block 一是 sub-head with no sentence end and no 二是 in the capture; the site\'s ";" in place of quotation marks (";四个意识;") at the cut',
    isSpeech: true,
    title: DW_TITLE,
    noise: [...DW_CHROME, DW_POSTED, DW_NAME, DW_NOTE_1, DW_NOTE_2, DW_NOTE_3, DW_NOTE_4, DW_NOTE_5, DW_NOTE_6],
    replace: [
      [DW_NOTE_1, ''],
      [DW_NOTE_2, ''],
      [DW_NOTE_3, ''],
      [DW_NOTE_5, ''],
      [DW_NOTE_6, ''],
    ],
    dropLines: [...DW_CHROME, ...DW_COUNTS, DW_TITLE, DW_POSTED, DW_NAME, DW_NOTE_4],
    outline: [
      { level: 1, marker: '第一个方面:', text: '高度决定力度', optional: true },
      { level: 1, marker: '一是', text: '站得高方能望得远' },
    ],
  },
  '11-pinglun-elizabethspiegel-big5-pinyin-biye-yanjiang-commentary-shouxian-qici-not-speech': {
    source: 'http://elizabethspiegel.com/html/14-10409.html',
    kind: 'non-speech: 评论 (a commentary on university presidents\' graduation speeches; traditional-script mirror with converter pinyin)',
    tests: 'a converter mirror with pinyin after a fixed set of characters (學(xué), 應(yīng), 長(zhǎng), 業(yè), 時(shí), 對(duì), 會(huì), 來(lái)…) and its leftovers (于, 里, 最后), a mis-encoded run where an annotation broke ("因?yàn)檫@是"); no title in the capture; a commentator\'s third-person prose about presidents\' graduation speeches: a president\'s parting words summarised ("他叮囑學生要堅守初心"), speech titles quoted in 《》, the argument "要講好這一課,實在不易:首先,…;其次,…" (首先 after a colon, 其次 after a semicolon); cut inside an annotation ("的獨(d") — writing about speeches, not a speech',
    isSpeech: false,
    title: '',
  },
  '12-news-rrshuxs-zazhi-mirror-biye-zhici-report-quoted-closing-not-speech': {
    source: 'https://rrshuxs.com/zazhi/9393.html',
    kind: 'non-speech: news report (a magazine item on a university president\'s graduation 致辞, reprinted on an e-book site)',
    tests: 'an e-book site\'s magazine page: "人人书" and "杂志" lines, a "保存到桌面 | 繁体人人书 | 手机版" bar, a run-together category line, a breadcrumb ending in the headline, the headline with an interjection ("颤抖!…毕业致辞劝同学常回母校拍抖音"), a "时间:" line; the item reports the 致辞 in the third person ("校长劝同学们…", "他…表示母校永远欢迎毕业生回家:"), names it in 《》, lists its buzzwords in quotes, quotes its closing paragraph whole (with a lyric in ‘’ and "母校永远为你打call!"); the site\'s typo "毕生们"; a whitespace-only line, "热门书籍" and "热门文章" — a report of a speech, not the speech',
    isSpeech: false,
    title: '颤抖!海大校长毕业致辞劝同学常回母校拍抖音',
  },
};
