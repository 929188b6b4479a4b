// Gold specs for holdout round 161, part B (cases 07–12): conscription and militia (征兵 工作会议, 新兵 欢送会, 民兵 整组 — their
// 讲话, 致辞, 发言, and their look-alikes: news reports of the send-offs and musters, a novel's mobilisation rally).
// The search tool's budget ran out after 32 queries, with one spoken piece found on a fresh host, so this part holds one speech and
// five look-alikes. The speech, of a neighbouring theme (military training of freshmen): a student's 国旗下的演讲 during 军训 on a
// university site (jxw.yau.edu.cn, a VSB "/info/<col>/<id>.htm" page): the headline "国旗下的演讲" naming only the genre, the student's
// byline "汉语言文学2007级:<name>" (class and name after a colon), the salutation "尊敬的老师、教官,亲爱的同学们:", "大家早上好,…" glued
// to the opening sentence, a quoted slogan and a quoted eight-line poem inside sentences, "谢谢大家!", and a lone "|" line at the foot;
// 586 characters, the whole stored page. The look-alikes: a university's report (healthypetplus.com, a VSB page taken over by a betting
// site) of its send-off for enlisting students: a column line "上应要闻", the headline and every mention of the university replaced by the
// betting brand "利记体育,利记体育app" (five times, once inside a quotation, "一所大利记体育,利记体育app"), a "时间:2016-09-22 " line with a
// trailing space, the vice-president's three wishes quoted after a comma as "“一是…;二是…;三是…”", indented paragraphs with blank lines
// — a news report, not a speech (519 characters, the whole stored page); a township militia muster report on a traditional-script
// converter mirror with pinyin annotations (hacker2.cn, a mirror of 萧山网's "/town/daicun/content/<date>/content_<id>.html"): a crumb
// "您的位置:蕭山網(wǎng) > 戴村網(wǎng) > 今日戴村 > 正文", the headline "凝士氣,展雄威 | 戴村民兵,點驗!", an "更新時間:… 內(nèi)容來源:蕭山戴村"
// line, a photo caption "▲區(qū)人武部…講話", the district official's three demands as block paragraphs "要做…的新時代光榮民兵。",
// "要做…忠誠民兵。", "要做…強軍民兵。" (each a short heading sentence and its body) after a third-person lead ("…強調(diào)新時期基干民兵的
// 職責使命"), a mis-encoded run "民兵?;擅癖鳛辄h領導下", a space before an opening quote, cut mid-word ("預備役建") — a report; a
// district militia training rally on a traditional converter mirror (gethealthyblog.org, "/html/xiangzhenbumen/<ym>/<id>.shtml"):
// five Markdown image lines "![](http://…/uploadfile/2019/0531/<stamp>.jpg)" (two in a row), no headline, pinyin annotations
// ("訓(xùn)", "戰(zhàn)", "務(wù)"…), the two officials' demands reported as "要…;要…;要…" runs after "他指出," and "…講話并要求,", cut mid-word
// ("發(fā)揮民") — a report; a military novel's chapter page (m.ifqxs.com, "/novel/<book>/<id>_3.html", page 3 of a chapter, no chrome in
// the store) opening mid-sentence ("上下来的大校军官,…"), drill commands each on a line, a lone "“同志们!”" line, a company commander's
// and a political commissar's rally words in quotation marks ("“同志们,在军区首长的关怀…", "“同志们,兄弟们,…"), a "****年"
// placeholder, runs of "………" and "??", a closing "……" line — a novel, not a speech (376 characters, the whole stored page); a county
// portal's report of a recruits' send-off (www.mas-day.com, "/article/house/show/<id>"): the headline, an "作者:<name>" line, a bare
// "内容:" label, two indented paragraphs, the deputy county head's 讲话 reported after "他说," (one slip into "你们" inside the
// reported words), the last line unindented (461 characters, the whole stored page) — a report.
// Judgement calls: 07's headline "国旗下的演讲" is taken as the title: it is the page's only line above the byline and the page shows no
// crumb or column over it (on round 41's 15 the same words stood in the crumb as a column, and the title was the speech's own line
// under it; round 125's 01 kept "国旗下的演讲——…" whole as the title); had the site printed it as a column label, the title would be ""
// (round 6's 07). The byline "汉语言文学2007级:柯雨桐" names the speaker with her class and is kept as a body paragraph (as round 6's 03
// kept "教师代表 周沐晴", and the corpus keeps bylines that carry a position); the lone "|" at the foot is site chrome (as round 134's
// 04 and round 4's 08). "大家早上好,…" stays glued to its sentence (no break is invented); the quoted poem and slogan stay inside
// their sentences; "十五天后," is no marker; no outline. 08–12 are written, not spoken: 08, 09, 10 and 12 tell the meetings in the third
// person (指出, 表示, 强调, 要求, 他说), so 08's quoted "一是…;二是…;三是…", 09's block "要做…" paragraphs, 10's "要…;要…" runs and
// 12's reported 讲话 are no outline (as round 134's 05, round 160's 11 and the corpus's 18); 11 is a novel in which officers address
// recruits ("同志们!"), as the corpus's 09 and 23. Names of private people (the student, the enlisting students and the parent, the
// novel's company commander, the reporter) and of the local officials in 08–10 and 12 were replaced by fictional ones; the prose,
// the quoted slogan and the poem were rewritten; the betting brand, the crumbs, captions, image lines, meta lines and the pinyin
// annotations on the same characters, the mis-encoded run and the cuts were kept as found.
// Looked for and not found on a new host: a 征兵工作会议 讲话 (every stored one stands on a used host: dawenge.com, laobiganzi.top,
// laobiganer.com, e.wenmi.ren, wenku.docs.qq.com, teniu.cc (征兵发言致辞), qiantimeigw.com (a provincial 征兵广播电视讲话), and two viewer
// and 文秘家园 captures came without an address); a 新兵欢送会 讲话 or 致辞 (m.fanwenwang.cn, m.nayishi.com, mip.be000.com,
// m.5728338.com (traditional 主持词 collection) are used; a 德育素材网 capture of "人武部部长在欢送新兵大会上的讲话" with 第一,/第二, block
// points had no address); a 新兵/家长代表 发言稿 (m.xuewenya.com is used; the rest are reports quoting recruits); a 民兵整组 讲话 (m.haog.cn
// with 第一,/1、/一是, wendang9.com, m.qiqiwenku.com, xiaomilidoc.com, m.wnwk.com, 39ysw.com, 3du.tw and mingyanjiaju.org are all used);
// a 役前教育 动员讲话 (rene-tech.com, used); a 民兵 演讲稿 (m.7rdy.cn, used); a 征兵 表态发言 (www.lysrzsdaz.com, used); a 国防教育 国旗下讲话
// on a fresh host (16fw.com, m.wuyouwenku.com, m.aidaidai.com, wnwk.com, m.028gtxx.cn are used); a 军训 开营 讲话 (m.wenke99.com, m.shutu.cn
// used; the rest are reports). The store's fresh hosts on this theme hold reports (about twenty, many on converter mirrors) and
// novels, so only one speech, and no numbered speech, could be taken; the search budget ran out before a neighbouring theme
// (八一 座谈会, 双拥) could be tried.
// Template twins considered (and dropped): hfjtss.cn (a novel chapter with a 军分区 首长's send-off speech to recruits) prints the crumb
// "<site> > 武侠修真 > <book> > <chapter>" and "<chapter>(1 / 2)" of round 44's 06 (josephsz) — a twin, dropped; www.fuke321.com (a novel
// with quoted "首先是忠诚!…其次是担当!…第三是奉献!") ends with "内容未完,下一页继续阅读", the tail of round 11's 18 and round 116's 06 — a
// twin, dropped; m.bookcu.com (a novel's 新兵代表发言) carries the reader bar "关灯 护眼 字体:" of round 3's 16, round 98's 18 and round
// 115's 03 — dropped; bwc.pxc.jx.cn (a college militia unit's 换届大会 with first-person oaths) prints the VSB meta line "作者: 时间:…
// 点击数:" of round 119's 14 — dropped by the letter of the rule; gkcyc.com's "/zhengbing/<province>/<id>.html" path is the used
// huaxiashiwen.com's and zhiyuanku.com's — dropped; www.ahssnews.com's "【 字体: 稿件来源:…" widget is near round 43's 05 — left out.
// Kept: jxw.yau.edu.cn and healthypetplus.com are VSB university pages like many used ones, but share no line with them ("上应要闻",
// "利记体育" and "汉语言文学20" occur in no used page); hacker2.cn's crumb and "內(nèi)容來源" line and gethealthyblog.org's image lines
// ("![](http", "uploadfile/20") occur in no used page; m.ifqxs.com's text has no chrome; "作者:鲁芳芳"-style lines with a bare "内容:"
// occur on no used page (round 10's 06 and others have "内容:" only inside other lines).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YAU_TITLE = '国旗下的演讲';
const YAU_BAR = '|';

export const specs = {
  '07-yanjiang-yau-guoqixia-junxun-class-name-byline-pipe-tail': {
    source: 'https://jxw.yau.edu.cn/info/1006/1035.htm',
    kind: 'speech: 演讲 (国旗下的演讲: a freshman at a university\'s military training; university site)',
    tests: 'a headline naming only the genre ("国旗下的演讲") as the title; the byline "汉语言文学2007级:柯雨桐" (class and name after a colon, kept); the salutation "尊敬的老师、教官,亲爱的同学们:"; "大家早上好,…" glued to the opening sentence; a quoted slogan and a quoted eight-line poem inside sentences; "十五天后," (no marker); "谢谢大家!"; a lone "|" line at the foot; no outline; 586 characters, the whole stored page',
    isSpeech: true,
    title: YAU_TITLE,
    noise: [YAU_BAR],
    dropLines: [YAU_TITLE, YAU_BAR],
    outline: [],
  },
  '08-news-healthypetplus-ruwu-huansonghui-casino-brand-quoted-yishi-not-speech': {
    source: 'http://healthypetplus.com/info/1001/74621.htm',
    kind: 'non-speech: news report (a university\'s send-off for enlisting students; a VSB university page taken over by a betting site)',
    tests: 'a column line "上应要闻"; the betting brand "利记体育,利记体育app" where the university\'s name stood, in the headline and four times in the text (once inside a quotation: "一所大利记体育,利记体育app"); a "时间:2016-09-22 " line; the vice-president\'s words quoted in the third person ("韩立川表示,“…”"), his three wishes quoted after a comma ("“一是不忘…;二是…;三是…”"); the student and parent speakers reported — a report, not a speech; 519 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '09-news-hacker2-big5-pinyin-minbing-dianyan-crumb-yaozuo-paragraphs-mojibake-not-speech': {
    source: 'http://hacker2.cn/town/daicun/content/2024-04/18/content_385803.html',
    kind: 'non-speech: news report (a township\'s militia muster, 整组点验; traditional-script converter mirror with pinyin annotations)',
    tests: 'a crumb "您的位置:蕭山網(wǎng) > 戴村網(wǎng) > 今日戴村 > 正文"; a headline with a bar ("凝士氣,展雄威 | 戴村民兵,點驗!"); an "更新時間:… 內(nèi)容來源:蕭山戴村" line; a photo caption "▲區(qū)人武部…講話"; the official\'s three demands as block paragraphs opening "要做…的新時代光榮民兵。", "要做“兩個確立”的新時代忠誠民兵。", "要做能打勝仗的新時代強軍民兵。" after a third-person lead; a mis-encoded run ("民兵?;擅癖鳛辄h領導下"); pinyin after 網/內/鎮/區/調/戰/質/協/發; cut mid-word ("預備役建") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-gethealthyblog-big5-pinyin-minbing-kaixun-markdown-images-not-speech': {
    source: 'http://gethealthyblog.org/html/xiangzhenbumen/201905/85187.shtml',
    kind: 'non-speech: news report (a district\'s militia training rally, 开训动员大会; traditional-script converter mirror with pinyin annotations)',
    tests: 'five Markdown image lines "![](http://gethealthyblog.org/uploadfile/2019/0531/<stamp>.jpg)", two in a row; no headline; a four-character slogan lead; pinyin after 區/訓/戰/設/務/學/習/發/優/統/領/質/預/據/導/術/礎/內; the two officials\' demands reported as "要…;要…;要…" runs after "他指出," and "…講話并要求," — a report, not a speech; cut mid-word ("發(fā)揮民")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-novel-ifqxs-xinbing-dongyuan-dahui-quoted-tongzhimen-not-speech': {
    source: 'https://m.ifqxs.com/novel/15477/8584202_3.html',
    kind: 'non-speech: novel (a recruits\' training mobilisation rally in a military novel; page 3 of a chapter)',
    tests: 'text opening mid-sentence ("上下来的大校军官,…"); drill commands on lines of their own ("“全体都有,立正!”", "“稍息!”"); a lone "“同志们!”" line; a company commander\'s and a political commissar\'s rally words in quotation marks ("“同志们,在军区首长的关怀和帮助下,…动员大会……”", "“同志们,兄弟们,…"); a "****年" placeholder; "………" and "??"; a closing "……" line — a novel, not a speech; 376 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-masday-xinbing-qicheng-author-content-labels-reported-jianghua-not-speech': {
    source: 'http://www.mas-day.com/article/house/show/17057',
    kind: 'non-speech: news report (a county\'s send-off for its first batch of recruits; county portal)',
    tests: 'the headline "我县2012年首批入伍新兵启程"; an "作者:<name>" line and a bare "内容:" label; indented paragraphs; the deputy county head\'s 讲话 told after "作了重要讲话。他说," with one slip into "你们" inside the reported words and "要…;要…;要…" demands; the last line unindented — a report, not a speech; 461 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
