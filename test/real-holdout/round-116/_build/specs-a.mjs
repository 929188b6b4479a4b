// Gold specs for holdout round 116, part A (cases 01–06): speech contests and award ceremonies (演讲比赛 开幕/主持,
// 颁奖典礼 致辞, 获奖代表 发言, 征文/竞赛 颁奖 — and their look-alikes: news reports of a contest, a novel's award speech).
// Three spoken pieces: 01, an untitled 主持词 that opens a school 演讲比赛 on a content-farm page (zixun.tlmhxx.com,
// "/jxfw/<yyyymm>/<id>.html"): a clean capture with no site noise at all — salutation, "大家好!", a block "首先,"
// courtesy paragraph, the judges' placeholder "(依次介绍评委姓名及职务)……", "第一轮为初赛,第二轮为决赛" (not markers),
// placeholders "XX班的XXX同学" and "《______》", a bare "……" line, a parenthesised stage direction, a block "最后,"
// paragraph and "谢谢大家!" — the whole page inside the capture; a do-no-harm case with no title. 02, a 教师节 表彰大会
// 发言稿 of an award-winning teacher on a 范文 site (gunzhua.com): the title, then a one-line genre definition glued to a
// "本文是小编精心编辑的…希望能帮助到你!" promo (no stop between "来划分" and "本文"), the salutation, four body
// paragraphs, an inline "首先请允许我…" after a comma (ordinary prose, not a point), cut mid-word ("的孩").
// 03, a 毛笔大赛 颁奖典礼 致辞 on a "一品知识网" page (epgp.cn): the brand printed twice on one line, again alone and as
// "一品知识网-文学创作服务平台", a "最近1小时浏览次数:763" counter, the page headline "毛笔大赛颁奖", a leaked Markdown
// heading "### 毛笔大赛颁奖典礼介绍" over the salutation, five body paragraphs, then a block "首先,我们要颁发的是“优秀奖”。"
// paragraph that starts the award sequence and is cut mid-word ("为获") before any 其次.
// Three look-alikes: 04, a city paper's 侧记 of a 征文比赛 颁奖暨获奖作者朗读会 (m.kcqsx.com): headline, "□记者 …" and
// "通讯员 …" lines, a dated lead, counts of winners (一等奖9篇、二等奖30篇…) — a news report in the third person, not a
// speech; 05, a traditional-script mirror of a 2014 report on the end of a 演讲大赛 (0523118114.cn, a photo-gallery page):
// "3 / 3" pager, the headline run together with "日期:… 點(diǎn)擊:1115 查看原圖 全部展開" and empty image marks "![]()",
// the headline again, "|" lines, converter pinyin after 30 characters (揚(yáng), 夢(mèng), 獎(jiǎng)…), mis-encoded runs
// "因?yàn)?ldquo;", "因?yàn)槭苎葜v者" and "?guī)?lái)", simplified leftovers (于, 并, 里, 后, 那么), the list of prizes,
// cut mid-number — a report, not a speech; 06, a novel chapter (zhengdaocaiwu.com) in which a pupil who won a maths contest
// is handed the microphone and gives a quoted acceptance speech ("“尊敬的各位领导、老师、亲爱的同学们:" / "大家好!"),
// with the site's "本小章还未完,请点击下一页继续阅读后面精彩内容!" line — a novel, not a speech.
// Judgement calls: 01 is a speech (主持词: addressed to the audience, first person, the host's running script); its
// 首先, and 最后, are courtesy paragraphs (welcome and send-off), markers by the letter of outline-rules.md but not structure,
// so both are optional level-1 items; the first one's sentence is longer than 50 characters and is cut at its first comma.
// 02's promo line is one noise line (its "本文是小编…" half listed again as a shorter part); the title line is dropped as the
// title. 03's title is the page headline "毛笔大赛颁奖" (the headline over the text); the Markdown line "### 毛笔大赛颁奖典礼介绍"
// is a leaked generator heading that misnames the piece (介绍) and is listed as noise, as are the brand lines and the
// counter; its block "首先," opens the award sequence but the capture ends before a 其次, so it is one optional level-1 item.
// 04–06 are written, not speeches. Living people who are not public figures (reporters, the correspondents, pupils, the
// contest winner, the official called "…部") were given fictional names; the novel's hero was renamed; the prose was
// rewritten. The traditional page was written in traditional characters with pinyin after every occurrence of the 30
// characters the page annotated, its mis-encoded runs kept on the same words.
// Looked for and not found on a new host: a speech with two or more numbered points (一、/一是/第一,) in the theme — the
// hits with points were on used hosts: baijiadoc (知识竞赛 致辞 with 一是/二是/三是), m.gxscse and its traditional mirror
// 5728338 (征文获奖发言稿 with 一、/二、 and 第一点…), m.bluu (演讲比赛主持词 with 一、/1、 rules), m.shenghuoriji (颁奖仪式
// 主持人台词 with "[一、开场白]"), m.010zaixian and mingyanjiaju (主持词 with 一、…五、), m.wenke99 (表彰大会 讲话 with 一、),
// 9000bbs (表彰大会 講話 with 第一,…第四,), tmdps (比赛方案 with 一、/1、); so no speech here carries two numbered points. Also
// not found on a new host: a 获奖感言 speech (hongshengzhuji, caizhika, syfww, zuciwang, hunwen, m.bxzi are used; asxue.cn's
// "获奖感言4篇" page prints a travel narrative), a 颁奖典礼 讲话 of a leader (wenku.docs.qq.com, ppdoc, jxxfw are used), a
// traditional mirror of a contest speech (xyvh, m.hongweilanqiujulebu, crossfitfinalpush are used), a list of winners
// on its own page (only news reports that count the winners turned up).
// Template twins set aside: crossfitfinalpush.com (the ruiwen family: "時間:… 發言稿 我要投稿", "…希望能夠幫助到大家"),
// m.91gzw.com (the "/wenku/<col>/<id>" 文库 template of the used lovfp.com and m.huatuo3.cn, with its 因篇幅问题 tail),
// m.kamkm888.com (a traditional mirror of meipian's "<p class=\"ql-block\">" pages), lamamei.com's and xuefen's
// "(通用N篇)/(模板18篇) … 篇1" collections (used hosts anyway).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GZ_TITLE = '教师节表彰教师代表发言稿';
const GZ_PROMO = '发言稿是参加会议者为了在会议或重要活动上表达自己意见、看法或汇报思想工作情况而事先准备好的文稿。发言稿可以按照用途、性质等来划分本文是小编精心编辑的教师节表彰教师代表发言稿,希望能帮助到你!';
const GZ_PROMO_PART = '本文是小编精心编辑的教师节表彰教师代表发言稿,希望能帮助到你!';

const EP_BRAND2 = '一品知识网一品知识网';
const EP_BRAND = '一品知识网';
const EP_BRAND_SLOGAN = '一品知识网-文学创作服务平台';
const EP_VIEWS = '最近1小时浏览次数:763';
const EP_TITLE = '毛笔大赛颁奖';
const EP_MD = '### 毛笔大赛颁奖典礼介绍';

export const specs = {
  '01-zhuchici-tlmhxx-yanjiang-bisai-no-title-shouxian-zuihou': {
    source: 'http://zixun.tlmhxx.com/jxfw/202506/256779.html',
    kind: 'speech: 主持词 (the host\'s opening and running script of a school 演讲比赛; content-farm page, no title)',
    tests: 'a clean capture with no site noise and no title: salutation "尊敬的各位领导、老师,亲爱的同学们:", "大家好!", a block "首先,请允许我代表…" courtesy paragraph, a judges\' placeholder "(依次介绍评委姓名及职务)……", "现在,我宣布:“演讲比赛”正式开始!", "第一轮为初赛,第二轮为决赛" after a colon (not markers), placeholders "XX班的XXX同学" and "《______》", a bare "……" line, a parenthesised stage direction with a quoted sample line, a block "最后,让我们…" paragraph and "谢谢大家!"; the whole text inside the capture',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表本次演讲比赛的组织方', optional: true },
      { level: 1, marker: '最后,', text: '让我们用热烈的掌声,庆祝本次演讲比赛圆满落幕', optional: true },
    ],
  },
  '02-fayan-gunzhua-jiaoshijie-biaozhang-daibiao-promo': {
    source: 'https://gunzhua.com/fanwen/yanjianggao/440041.html',
    kind: 'speech: 发言稿 (an award-winning teacher speaking for the commended teachers at a 教师节 表彰 meeting; 范文 site)',
    tests: 'the title line, then one line that glues a genre definition to a 小编 promo with no stop between them ("…来划分本文是小编精心编辑的…,希望能帮助到你!"); salutation "尊敬的各位领导,各位老师:" and "大家下午好!"; an inline "首先请允许我…" after a comma (ordinary prose) and "先是刷新了升学率" (no marker); a leading "7年前," paragraph; cut mid-word ("的孩")',
    isSpeech: true,
    title: GZ_TITLE,
    noise: [GZ_PROMO, GZ_PROMO_PART],
    dropLines: [GZ_TITLE, GZ_PROMO],
    outline: [],
  },
  '03-zhici-epgp-maobi-dasai-banjiang-brand-views-markdown-heading': {
    source: 'https://epgp.cn/cailiao/216751.html',
    kind: 'speech: 致辞 (an address at a school 毛笔大赛 颁奖典礼; knowledge-site page)',
    tests: 'brand lines "一品知识网一品知识网", "一品知识网", "一品知识网-文学创作服务平台" and a "最近1小时浏览次数:763" counter with blank lines between; the headline "毛笔大赛颁奖" as the title; a leaked Markdown heading "### 毛笔大赛颁奖典礼介绍" right above the salutation (noise); "大家好!" glued to the first sentence; a block "首先,我们要颁发的是“优秀奖”。" that opens the award sequence, cut mid-word ("为获") before any 其次',
    isSpeech: true,
    title: EP_TITLE,
    noise: [EP_BRAND2, EP_BRAND, EP_BRAND_SLOGAN, EP_VIEWS, EP_MD],
    dropLines: [EP_BRAND2, EP_BRAND, EP_BRAND_SLOGAN, EP_VIEWS, EP_TITLE, EP_MD],
    outline: [
      { level: 1, marker: '首先,', text: '我们要颁发的是“优秀奖”', optional: true },
    ],
  },
  '04-news-kcqsx-zhengwen-banjiang-langduhui-ceji-not-speech': {
    source: 'http://m.kcqsx.com/jieyang/201909/682864.html',
    kind: 'non-speech: news report (a city paper\'s 侧记 of an essay-contest award ceremony and reading)',
    tests: 'a headline naming a 征文比赛 颁奖暨获奖作者朗读会; "□记者 …" and "通讯员 …" byline lines (a spaced name "李 岚"); a dated lead naming organisers; counts of entries and winners (一等奖9篇、二等奖30篇、三等奖60篇); the readers\' performances told in the third person — a news report, not a speech; cut mid-name',
    isSpeech: false,
    title: '豪情满怀颂祖国 “向国旗敬礼,做贤德之人”征文比赛活动颁奖暨获奖作者朗读会侧记',
    noise: [],
    outline: [],
  },
  '05-news-0523118114-big5-yanjiang-dasai-pinyin-mojibake-not-speech': {
    source: 'http://0523118114.cn/photo/show.php?itemid=685&page=3',
    kind: 'non-speech: news report (traditional mirror of a photo-gallery page on the end of a company 演讲大赛)',
    tests: 'a "3 / 3" pager line; the headline run together with "日期:2014-06-27 點(diǎn)擊:1115 查看原圖 全部展開" and empty image marks "![]() ![]() ![]()", the headline again; "|" and "![]() ![]() |" lines; converter pinyin after 30 characters in every occurrence; mis-encoded runs "因?yàn)?ldquo;", "因?yàn)槭苎葜v者", "?guī)?lái)"; simplified leftovers; the finalists, the winner and the prizes reported in the third person — not a speech; cut mid-number ("市場(chǎng)價(jià)6")',
    isSpeech: false,
    title: '第三屆揚子演講大賽結束 夢想仍在繼續',
    noise: [],
    outline: [],
  },
  '06-novel-zhengdaocaiwu-jingsai-diyiming-quoted-speech-not-speech': {
    source: 'http://zhengdaocaiwu.com/so/26/26546/2090259_3.html',
    kind: 'non-speech: novel (page 3 of a chapter: a pupil gives an acceptance speech after winning a maths contest)',
    tests: 'no headline in the capture; narration, a quoted question from the stage, the site\'s "本小章还未完,请点击下一页继续阅读后面精彩内容!" line, then a quoted speech opening "“尊敬的各位领导、老师、亲爱的同学们:" / "大家好!" and running over many short lines, with "我首先要感谢…" and "因为读书,…" anaphora — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
