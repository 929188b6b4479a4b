// Gold specs for holdout round 74, part B (cases 07–12): grain, supply-and-marketing cooperatives, tobacco and salt
// (粮食局, 粮食安全, 供销社, 烟草专卖, 烟叶, 盐业 — work meetings, 表态发言, 致辞, and their look-alikes).
// Four spoken pieces (a county leader's 讲话 at a 烤烟 production meeting on a document site (bgzms.com): a "热门文档" box of
// twelve dated document titles ("- 2024-08-12 09:17:21 市委书记在…宣讲报告会上的主持词及讲话" among them, a trap for the title),
// an "<image>data:image/s3,…</image>" line left by the page's picture, the title "XX领导在全县烤烟生产工作会议讲话" with its
// placeholder, "同志们:", an opening paragraph with "xx%"/"xx万元" blanks and a block "一要优化布局稳面积。" point cut
// mid-word, its 二要 past the cut; a deputy county head's 讲话 at a county 盐业 work meeting on a traditional-script mirror
// (m.lawyersuperman.com): a "來源: 靜甯縣政府網站 時間: 2006-08-07 00:52:58 閱讀:" meta line with an empty count, lines
// holding a lone space between every line, the title, the speech's own date line " (2006年4月6日)", "同志們:", a standalone
// "一、…" heading and, at the cut, an inline "一是" after a colon, with the mirror's leftovers (靜甯/甯夏, 确保, 标本兼治, 滞後,
// 群衆, 在于); a city 供销合作社 party secretary's new-year greeting in a newspaper's "网络大拜年" special (zhuanti.e23.cn): a
// breadcrumb "首页> 2022网络大拜年 > 党政机关拜年 >", the column label, the speaker's position and his name on two lines, three
// paragraphs addressed to the public and the position again as the signature, no title; a vice-principal's 国旗下演讲
// "節約糧食 從我做起" on a hijacked school page (gzgdfx.net): a line of video-spam keywords over the page, a headline
// "《節約糧食 從(cóng)我做(zuò)起》——高(gāo)中部<β★™副校(xiào)長(cháng)…于升旗儀式上(shàng)演講", a 發布時間/訪問 line with
// "&nbs€α↑p;", the title, the speaker's bare name and the date on lines of their own, then the speech with tone pinyin after
// a fixed set of characters (的(de), 是(shì), 國(guó), 上(shàng) …) and anti-copy symbol runs glued before, inside and after
// the pinyin ("見↕↓>↕(jiàn)", "師(shī&£ λ)", "是(s→≠λhì)", "時(shí) ∞₽∑常", "飯?Ωσ≥"), cut after a pinyin) and two written
// look-alikes (a traditional mirror of a web-novel chapter (93117.cn) in which a county's 振興煙草行業動員大會 opens: converter
// pinyin on some words, the site's glued anti-copy strings ("_a-i/l+e·x^i?a*o~s_h`u_o~.\c¢o?m′", "?第[?一(-看^2書£網(wǎng)¥`?追
// £最]§新o?章¢#節(jié){"), mis-encoded runs ("請?jiān)试S我", "?!?"), the chairman's quoted "各位同志,…首先,請…" and an agenda
// "一、…。二、…。三、…。四、…。" inside his quotation, then the county head's quoted "尊敬的郝書記,各位同志," — a novel, not a
// speech; a forum copy (12266.org, a Discuz club page) of a report on the third 中国粮食交易大会: "马上注册入会…" and "您需要 登录
// 才可以下载或查看…" lines, a lone "x", then the report flattened onto one line with single spaces between its paragraphs, the
// bureau head's 致辞 told in the third person ("张务锋致辞时介绍,…", "张务锋说,本届大会有五个鲜明特点: 第一,… 第二,… 第三,…")
// — a news report, not a speech).
// Judgement calls: 07's title is the line above "同志们:"; the "热门文档" box (header and twelve lines) and the image line are
// the site's (noise, every line listed); the block "一要" opens a paragraph, so it is a required level-1 point though its 二要
// lies past the cut (as round 72's 01 with its block 一是), its text the first sentence "优化布局稳面积". 08: the meta line is
// noise, the date line in parentheses is the speech's own and stays; "一、…" is a required level-1 heading (whole line); the
// "一是" after "主動性不夠:" follows a colon and is a run of one at the cut → optional, level 2 under 一、, its text what the
// capture holds ("鹽業部門的主體作用沒有得"). 09 is a speech (a 贺词: first person, "我代表…致以新春的问候", a greeting to an
// audience), with no title line (the column label "党政机关拜年" names the column, not the piece); the breadcrumb and the label
// are noise; the position line and the name line under it are one byline that carries a position and stay, and so does
// the position repeated at the end as the signature. 10: the spam keyword line, the headline and the meta line are the
// site's and are cut whole (exact replacements, listed as noise); the title is the document's own title line
// "節約糧食 從我做起" (its pinyin dropped, as round 4's 09); the speaker's bare name line has no position (noise, as round 10's
// 05); the date line stays; the symbol runs are cut by exact replacements and listed as noise, then the tone pinyin by one
// regular expression (every distinct hit listed); the last paragraph ends in "大多" where the capture ends. 11 and 12 are
// look-alikes, so their outlines are empty.
// Looked for and not found on a new host: a 表态发言 of a 粮食局 or 烟草 unit, a 主持词 for a 烟草/盐业/供销 meeting, a 世界粮食日
// 致辞 (fpldtrp.com is a traditional twin of gwyoo's 时间/导语 template), a speech in a 文库/docx viewer of the theme with an
// address (优知文库's "在全市“三夏”生产暨夏粮收购…讲话.docx" was stored without one), a 供销社 党课 (handmsg is used), and a
// theme speech with two numbered points inside the first 840 characters: 07's 二要 and 08's 二是 lie past the cut, so part B
// has one speech with two outline items (08) and one with a single block point (07). Used hosts that answered: sucai198,
// fanwy, wm114, gongwen.com.cn, wenku.docs.qq.com, xiaomilidoc, mingyanjiaju, fanwenq, zuancaijixie, 360docs, m.wnwk,
// handmsg, zcexam, 111.229.73.81, cdsnsh, 1mishu, m.bsmz, xuefen, m.0832.org.cn.
// Template twins set aside: helloknj.com (the ruiwen family: "…在不断进步的社会中,…以下是小编整理的…,欢迎大家分享。" and a
// "…演讲稿1" heading), uyixiu.com (ruiwen's "(通用10篇)… 希望能够帮助到大家" with "……此处隐藏N个字……"), xuncaibao.com (the
// "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo), fpldtrp.com (gwyoo's 時間/導語 template, traditional),
// tobaccochina.com, tobaccochina.com.cn, tobaccochina.cc, agftrading.com and people-places-and-things.com (copies of
// 烟草在线's "/html/<col>/<id>.shtml" pages, one template with the used m.0832.org.cn), gwyoo.com.
// Living people's names that are not public figures (the county's deputy head, the salt company manager, the co-op's
// party secretary, the vice-principal) were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const BG_HOT = '热门文档';
const BG_LIST = [
  '- 2024-08-28 08:57:57 (3篇)学习贯彻党的二十届三中全会精神研讨材料',
  '- 2024-08-07 09:23:21 2024年8月支委会会议记录',
  '- 2024-09-06 08:11:33 (8篇)党员教师学习二十届三中全会精神心得体会',
  '- 2024-08-23 09:50:11 (7篇)医院卫生系统学习贯彻党的二十届三中全会公报精神心得体会研讨发言范文',
  '- 2024-03-01 09:38:43 中国共产党党员网络行为规定研讨发言稿范文稿',
  '- 2024-08-07 09:23:21 2024年8月党小组会会议记录',
  '- 2024-08-12 09:17:21 市委书记在学习贯彻党的二十届三中全会精神宣讲报告会上的主持词及讲话',
  '- 2024-01-31 09:44:02 XXXX2024年党的建设工作要点范文稿',
  '- 2024-08-07 09:23:21 2024年三季度党员大会会议记录(8月版)',
  '- 2024-08-07 09:23:21 党的三中全会精神应知应会测试题(含答案)',
  '- 2024-07-28 09:52:48 2024年党委(党支部)学习宣传贯彻党的二十届三中全会精神计划表',
  '- 2024-08-07 09:23:21 2024年三季度专题党课会议记录(8月版)',
];
const BG_IMG = '<image>data:image/s3,"s3://crabby-images/dea48/dea48290581ebd916613a872692e6a7b380dbcda" alt=""</image>';
const BG_TITLE = 'XX领导在全县烤烟生产工作会议讲话';

const LS_META = '來源: 靜甯縣政府網站 時間: 2006-08-07 00:52:58 閱讀:';
const LS_TITLE = '甘肅省靜甯縣葛文濤副縣長在全縣鹽業工作會議上的講話';

const E23_CRUMB = '首页> 2022网络大拜年 > 党政机关拜年 >';
const E23_COLUMN = '党政机关拜年';

const GZ_SPAM = 'GOGOGO免费完整国语_GOGOGO高清在线观看视频_gogogo高清在线观看_GOGOGO高清在线完整版_gogogo在线高清免费完整版_GOGOGO免费高清完整版_GOGOGO免费国语完整版_GOGOGO高清在线播放免费观看_gogogo免费视频观看_gogogo手机高清在线观看_GOGOGO在线高清免费完整板_GOGOGO高清在线播放免费观看如果奔跑是湘';
const GZ_HEADLINE = '《節約糧食 從(cóng)我做(zuò)起》——高(gāo)中部<β★™副校(xiào)長(cháng)白(bái)文(wé ↔₩☆n)海于升旗儀式上(shàng)演講';
const GZ_META = '發布時(shí)間(jiān):2021年(×★nián)05月(yuè)24日(rì)&nbs€α↑p;   訪問(wèn):';
const GZ_NAME = '白(bái)文(wén)海';
const GZ_TITLE = '節約糧食 從我做起';

export const specs = {
  '07-jianghua-bgzms-kaoyan-hot-docs-list-image-line-yiyao-block': {
    source: 'https://bgzms.com/doc-view-65401.html',
    kind: 'speech: 讲话 (a county leader at the county\'s 烤烟 production meeting; document site)',
    tests: 'a "热门文档" box of twelve lines "- <date> <time> <document title>" over the speech (one of them "…宣讲报告会上的主持词及讲话", a title-like trap; "(3篇)", "(8月版)", "(含答案)" tags); an "<image>data:image/s3,…</image>" line left by a picture; the title "XX领导在全县烤烟生产工作会议讲话" with its placeholder and no 在…上的 frame; "同志们:"; an opening paragraph with "xx%" and "xx万元" blanks and a quoted slogan; a block "一要优化布局稳面积。" point whose 二要 lies past the cut; cut mid-word ("连片大")',
    isSpeech: true,
    title: BG_TITLE,
    noise: [BG_HOT, ...BG_LIST, BG_IMG],
    dropLines: [BG_HOT, ...BG_LIST, BG_IMG, BG_TITLE],
    outline: [
      { level: 1, marker: '一要', text: '优化布局稳面积' },
    ],
  },
  '08-jianghua-lawyersuperman-big5-yanye-meta-date-line-yi-heading-yishi-colon': {
    source: 'https://m.lawyersuperman.com/5251.html',
    kind: 'speech: 讲话 (a deputy county head at the county\'s 盐业 work meeting; traditional-script mirror of a county government page)',
    tests: 'traditional mirror: a "來源: 靜甯縣政府網站 時間: 2006-08-07 00:52:58 閱讀:" meta line with an empty read count; a line holding a lone space after every line; the title "甘肅省靜甯縣…副縣長在全縣鹽業工作會議上的講話"; the speech\'s own date line " (2006年4月6日)" with a leading space; "同志們:"; "下面,我講幾點意見,供大家參考。"; a standalone heading "一、直面差距,看清形勢,…使命感"; a long paragraph ending "…主動性不夠:一是鹽業部門的主體作用沒有得" (an inline 一是 after a colon, cut mid-word); the mirror\'s leftovers (靜甯/甯夏, 确保, 标本兼治, 滞後, 群衆, 在于)',
    isSpeech: true,
    title: LS_TITLE,
    noise: [LS_META],
    dropLines: [LS_META, LS_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '直面差距,看清形勢,切實增強抓好鹽業工作的緊迫感和使命感' },
      { level: 2, marker: '一是', text: '鹽業部門的主體作用沒有得', optional: true },
    ],
  },
  '09-heci-e23-gongxiaoshe-wangluo-bainian-crumb-column-byline-signature': {
    source: 'http://zhuanti.e23.cn/html/2022/weibanjubainian_0125/11.html',
    kind: 'speech: 贺词 (a city 供销合作社 party secretary\'s new-year greeting in a newspaper\'s "网络大拜年" special)',
    tests: 'a breadcrumb "首页> 2022网络大拜年 > 党政机关拜年 >" ending in ">", the column label "党政机关拜年" on its own line; no title; the speaker\'s position "济南市供销合作社党组书记、理事会主任" and his name on two lines; a greeting in the first person ("我代表…致以新春的问候和良好的祝愿!"), a long paragraph of the year\'s results with semicolons, a closing wish; the position repeated at the end as the signature, the name past the cut',
    isSpeech: true,
    title: '',
    noise: [E23_CRUMB, E23_COLUMN],
    dropLines: [E23_CRUMB, E23_COLUMN],
    outline: [],
  },
  '10-yanjiang-gzgdfx-big5-pinyin-junk-spam-header-guoqixia-jieyue-liangshi': {
    source: 'https://gzgdfx.net/InfoShow_1448.html',
    kind: 'speech: 演讲 (a vice-principal\'s talk at the flag-raising ceremony on saving grain; hijacked school page, traditional script with pinyin)',
    tests: 'a line of video-spam keywords joined by "_" over the page (a hijacked school site); a headline "《<title>》——高中部<β★™副校長…于升旗儀式上演講" with pinyin and symbol runs; a "發布時間:… 訪問:" line with "(×★nián)" and a broken "&nbs€α↑p;"; the title line "節約糧食 從(cóng)我做(zuò)起"; the speaker\'s bare name and the date on lines of their own; a three-part salutation; "大家早上好!" and "今天,我跟大家交流的話題是:…" indented with two spaces; tone pinyin after a fixed set of characters (的(de), 了(le), 是(shì), 國(guó), 上(shàng), 不(bù) …) and anti-copy symbol runs before, inside and after the pinyin ("見↕↓>↕(jiàn)", "師(shī&£ λ)", "上($∑φshàng)", "是(s→≠λhì)", "時(shí) ∞₽∑常", "國γ₽↔(guó)", "不(b≠♠↑ù)", "有§≈β(yǒu)", "飯?Ωσ≥"); the simplified leftover "挂"; cut after a pinyin ("大(dà)多(duō)")',
    isSpeech: true,
    title: GZ_TITLE,
    noise: [GZ_SPAM, GZ_HEADLINE, GZ_META, GZ_NAME, '(shī&£ λ)', '($∑φshàng)', '(s→≠λhì)', '↕↓>↕(jiàn)', '(shí) ∞₽∑', 'γ₽↔(guó)', '(b≠♠↑ù)', '§≈β(yǒu)', 'Ωσ≥'],
    replace: [
      [GZ_SPAM, ''],
      [GZ_HEADLINE, ''],
      [GZ_META, ''],
      ['師(shī&£ λ)', '師'],
      ['上($∑φshàng)', '上'],
      ['是(s→≠λhì)', '是'],
      ['見↕↓>↕(jiàn)', '見'],
      ['時(shí) ∞₽∑常', '時常'],
      ['國γ₽↔(guó)', '國'],
      ['不(b≠♠↑ù)', '不'],
      ['有§≈β(yǒu)', '有'],
      ['飯?Ωσ≥', '飯?'],
    ],
    regexCut: [PINYIN],
    dropLines: [GZ_TITLE, '白文海'],
    outline: [],
  },
  '11-novel-93117-big5-yancao-dongyuan-dahui-anticopy-junk-agenda-not-speech': {
    source: 'http://www.93117.cn/20069933/26100778.html',
    kind: 'non-speech: novel (a web-novel chapter in which a county\'s 振興煙草行業動員大會 opens; traditional-script mirror)',
    tests: 'a novel chapter in the first person: converter pinyin on some words (時(shí), 進(jìn), 領(lǐng)導(dǎo), 個(gè), 點(diǎn)了點(diǎn)頭); the site\'s anti-copy strings glued to a sentence ("_a-i/l+e·x^i?a*o~s_h`u_o~.\\c¢o?m′") and inside the last quotation ("?第[?一(-看^2書£網(wǎng)¥`?追£最]§新o?章¢#節(jié){"); mis-encoded runs ("請?jiān)试S我", "?!?" for a closing quote); the chairman\'s quoted "各位同志,…大會現在開始!首先,請…介紹…"; an agenda "一、…。二、…。三、…。四、…。" inside a quotation; the county head\'s quoted "尊敬的郝書記,各位同志," — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-12266-forum-liangshi-jiaoyi-dahui-zhici-diyi-dier-oneline-not-speech': {
    source: 'https://12266.org/t15040/1.html',
    kind: 'non-speech: news report (a club forum\'s copy of a report on the third 中国粮食交易大会 and the bureau head\'s 致辞)',
    tests: 'Discuz chrome ("马上注册入会,结交专家名流,…", "您需要 登录 才可以下载或查看,没有帐号?立即注册", a lone "x"); the report flattened onto one line with single spaces between its paragraphs; "10 月19日" with a stray space; the bureau head\'s 致辞 told in the third person ("…张务锋致辞时介绍,…", "张务锋说,本届大会有五个鲜明特点: 第一,…") with "第一," after a colon and a space and "第二,"/"第三," after full stops and spaces — a news report, not a speech; cut mid-word',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
