// Gold specs for holdout round 29, part b (cases 07–12): schools beyond ceremonies. Four spoken pieces (a 高考百日誓师大会
// address on a school's cloud-hosted news page (ksecloud), whose greeting line opens with "????" where the site lost its
// indentation, with a standalone "第一、…" line (ordinal with 、) and a paragraph opening "第二,"; a vocational school's
// 军训开营 讲话 on a bare school site (agcia), with "大家 上午好!" split by a space, a GBK-garbled run "?!氨7娲幽ロ鲁?"
// glued inside a paragraph and a lone block "第一, " (a space after the comma) after "以下四点要求:", cut mid-word; a
// college leader's 军训结束 讲话 on a traditional-script converter mirror (11d92t) with pinyin after 學/訓/戰/結/質/領/導/
// 節/應 and simplified leftovers (最后, 以后, 于, 圣, 那么, 這里), no title, no markers; a headteacher's 六一文艺晚会暨家长会
// 讲话 on a primary school's own site (ywmdxx) under its title line and a bare byline, with "首先我代表…" (no comma, no
// marker) and a stray "(…)。" aside) and two written look-alikes (a school news report of a 军训开营仪式 (xbjyfw) that
// retells the camp officer's speech as "…论述了军训的四大意义。一是…。二是…。三是…。四是…。" — inline points after full
// stops — and a student's "1.…2.…3.…" pledges after a colon; a filler story "一场特别的学校家长会" on a news-brief site
// (ndcgxx) with breadcrumb, 发布时间/来源 line, a 导读 that repeats the opening with "...", a quoted line from the 校长 and
// a 版权声明 footer).
// Looked for and did not find on a new host: a 教学工作会议 or 师德师风 讲话 with 一、/（一） headings (the pages corpus
// answers with 1950s journal articles on ppdoc/jxxfw and papers on handmsg/jizihe); a 班主任经验交流 发言 with numbered
// points (tmdps, wenke99, xiaomilidoc, bibiwenku are used; cailiaogou.cn, a 家长会 讲话 汇编 with a 目录 and 第一句话/
// 第二句话, runs on the same CMS as the used bibiwenku.com, so it was left as a possible mirror); a 教学计划 or 学期总结
// look-alike on an unused host with site noise (bdocx, bimogu are used). The ksecloud page stands in for the 高考动员, the
// agcia and 11d92t pages for 军训 开营/闭营.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
//
// Judgement calls:
// - 07: "????" before "大家下午好!" is the site's lost indentation (as round 21's 07 "?"), noise. "第一、" opens a
//   standalone line but its separator 、 is outside the ordinal rule table (as round 22's 03), and "第二," then continues
//   no open run (a run starting at 二, as round 24's 二是), so both are optional, level 1; 第一、 gives its whole line,
//   第二, its first sentence. The three "100天,将…" paragraphs under 第一、 are prose (a number with a comma, no marker).
//   The page's slips ("高中生学生", "对与", "不在是") stay. No title in the capture, so the title is "".
// - 08: "大家 上午好!" keeps its space. The GBK-garbled run "?!氨7娲幽ロ鲁?" (for "。“宝剑锋从磨砺出") stays, as round 20's
//   01 kept its garbled runs. "第一, " opens its paragraph with a separator in the table, after "以下四点要求:"; its
//   siblings are past the cut, yet a lone block point is still a point (as round 24's lone block 一是), so it is required,
//   level 1; the marker is "第一," without the space, its text the first sentence. No title, no site noise.
// - 09: pinyin annotations go by the regular expression (each hit is listed); the mirror's simplified leftovers stay.
//   No title in the capture, so the title is "".
// - 10: the first line is the speech's own title (the page's odd "第十九届家长" kept), dropped and not listed. The bare
//   name under it is the document's byline and stays (as round 21's 02), since it is not part of the title.
//   "首先我代表学校…" has no comma after 首先, so no point.
// - 11: a news report (third person: "开营仪式由…主持", "…营长发言", "…同学发言", "…校长作了重要讲话"), not a speech,
//   though it carries a retold 一是…四是 run and numbered pledges. Title "" (none in the capture).
// - 12: a narrative about a parents' meeting with a one-sentence quote from the 校长 — written, not a speech; its title is
//   the headline "一场特别的学校家长会".

const KS_INDENT = '????';

const YW_TITLE = '2013年庆六一文艺晚会暨第十九届家长校长讲话';

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '07-jianghua-ksecloud-gaokao-bairi-shishi-qmark-indent-diyi-dunhao-dier-douhao': {
    source: 'https://ksxkyxx.ksecloud.cn/newsinfo/194128.html',
    kind: 'speech: 讲话 (a school leader at a senior-three 高考百日誓师大会; a school\'s cloud-hosted news page)',
    tests: 'no title in the capture; the salutation on its own line, then "????大家下午好!" where the site turned its indentation into question marks; a long opening paragraph of balanced "不要畏惧…;不要畏惧…" clauses and four "懂得…"; a paragraph ending in a question ("…究竟应该怎样去做?"); a standalone point line "第一、深刻认识100天的关键价值" (ordinal with 、, outside the rule table) over three paragraphs opening "100天," (a number and a comma, no marker); a paragraph opening "第二,要找准前进目标。" (in the table, but it continues no run); the page\'s slips ("高中生学生", "对与", "不在是"); cut after a comma',
    isSpeech: true,
    title: '',
    noise: [KS_INDENT],
    replace: [['????大家下午好!', '大家下午好!']],
    outline: [
      { level: 1, marker: '第一、', text: '深刻认识100天的关键价值', optional: true },
      { level: 1, marker: '第二,', text: '要找准前进目标', optional: true },
    ],
  },
  '08-jianghua-agcia-junxun-kaiying-mojibake-diyi-space': {
    source: 'http://agcia.cn/contents/14/123.html',
    kind: 'speech: 讲话 (a vocational school\'s head at the opening of the freshmen\'s military training; bare school page)',
    tests: 'no title and no site noise: the page is the speech from "尊敬的各位教官,老师们、同学们:" on; "大家 上午好!" split by a space; a unit number ("71546部队") and a class year ("2012级"); a GBK-garbled run "?!氨7娲幽ロ鲁?" glued between a sentence and the rest of a quoted couplet ("…梅花香自苦寒来”"), kept; a run of "军训是…" clauses; "在此,对所有参训的同学提出以下四点要求:" then a block "第一, 要充分认识…" with a space after the comma — a lone point, its siblings past the cut; a quoted slogan "国无防不立"; cut mid-word ("贡献自")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '要充分认识军训的重要意义,主动投入军训' },
    ],
  },
  '09-jianghua-11d92t-big5-pinyin-junxun-jieshu-leftovers': {
    source: 'http://11d92t.cn/Sdbd/2005/12056.html',
    kind: 'speech: 讲话 (a college leader at the close of the freshmen\'s seven-day military training; traditional-script converter mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (學(xué), 訓(xùn), 戰(zhàn), 結(jié), 質(zhì), 領(lǐng), 導(dǎo), 節(jié), 應(yīng)), in the salutation too ("親愛的同學(xué)們,軍訓(xùn)團的戰(zhàn)士們:"); the mirror\'s simplified leftovers (最后, 以后, 于, 圣, 那么, 這里) next to 後勤; no title and no other noise; a classical quotation after a colon ending in "……" and running on into the next sentence; a list of five base officers by surname and post; no markers; cut mid-sentence ("雖然本次軍訓(xùn)人數")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '10-jianghua-ywmdxx-liuyi-jiazhanghui-xiaozhang-title-byline': {
    source: 'http://ywmdxx.com/xxtz/70-cn.html',
    kind: 'speech: 讲话 (a primary-school head at the evening\'s 六一 gala and parents\' meeting; the school\'s own site)',
    tests: 'a school site: the title line "2013年庆六一文艺晚会暨第十九届家长校长讲话" (the page\'s odd "家长校长" kept), the speaker\'s bare name on the next line as a byline, a long salutation to pupils, teachers, leaders, guests and parents; "首先我代表学校…" with no comma (no marker); exclamations in a row ("祝你们节日快乐!天天开心!永远开心!"); an aside in ASCII parentheses followed by its own full stop ("(特别是…锦旗)。"); a parallel "你们能够…,…就充满…" run; cut mid-sentence ("你们既是")',
    isSpeech: true,
    title: YW_TITLE,
    noise: [],
    dropLines: [YW_TITLE],
    outline: [],
  },
  '11-news-xbjyfw-junxun-kaiying-yishi-sishi-inline-not-speech': {
    source: 'http://www.bngz.xbjyfw.cn/html/article517948.html',
    kind: 'non-speech: news report (a senior high school\'s freshmen open their military-training camp; school news page)',
    tests: 'a school news report told in the third person ("开营仪式由…主持", "首先由…营长发言", "接着,学员代表…发言", "最后,…校长作了重要讲话") that retells the officer\'s words as "…阐述了军训的四大意义。一是…。二是…。三是…。四是…。" (inline points after full stops, as a speech would have them), and a student\'s three pledges "1.服从命令,听从指挥。2.…3.…" after a colon; a speech is only reported — written, not a speech; no title in the capture; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '12-story-ndcgxx-jiazhanghui-breadcrumb-daodu-banquan-not-speech': {
    source: 'http://zixun.ndcgxx.cn/zhywjx/202504/262896.html',
    kind: 'non-speech: narrative (a news-brief site\'s story about a school parents\' meeting)',
    tests: 'a breadcrumb "首页 > 要闻简讯 > 综合简讯 >", the headline, a "发布时间:…来源:" line with an empty source, a "导读" line repeating the opening and breaking off with "...", blank lines between all lines; a third-person story of a 家长会 (the 校长 speaks first, the 班主任 reports, parents ask) with one quoted sentence of the 校长\'s summing-up; a 版权声明 footer — written, not a speech',
    isSpeech: false,
    title: '一场特别的学校家长会',
  },
};
