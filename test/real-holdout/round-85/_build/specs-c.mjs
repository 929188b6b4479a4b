// Gold specs for holdout round 85, part C (cases 13–18): safety (应急管理, 消防, 安全生产月, 防灾减灾 演练, 事故警示,
// 企业安全 — 讲话, 致辞, 演讲稿, and their look-alikes).
// Three spoken pieces: a county leader's 致辞 at the launch of the "119" 消防宣传月, the first piece of a collection on a
// traditional-script page without pinyin (cha116.cn, "/fayanzhici/<id>.html"): the page title "消防宣傳月活動致辭" on the first
// line, a promo line that opens with two sentences about why November is 消防月 (one says the same thing twice) and ends
// "下面小編給大家帶來…,希望大家能夠喜歡。", the piece heading "消防宣傳月活動致辭篇1" with the piece number glued to the title,
// "同志們、朋友們:" and "大家上午好!", three paragraphs (the site's converter leaves 范 in 規范化/防范 and 干 in 干燥), quoted
// slogans, no blank lines, no numbered point (一級抓一級 is prose); a city leader's 讲话稿 at a 2023 119消防宣传月 launch
// (wuwu123.com, "/article/<id>.html"): the title with its year prefix, an empty "时间:" meta line, a three-part salutation,
// "大家好!", six short paragraphs, cut mid-sentence ("能够成为"); an employee's 安全生产 演讲稿 on a how-to SEO page
// (shengxinwang.net): the page title "安全生产主题演讲怎么写:附五分钟精选通用范文" on the first line and glued again after the
// first sentence of the speech ("…必答题。安全生产主题演讲怎么写:附…范文"), the speech's own title "《安全在我心中》—-安全生产主题演讲"
// (an em dash and an ASCII hyphen before the subtitle), blank lines between all lines, "我是XXX。" placeholder, the site's
// spinner artefact "从入职的第每天起" (for 第一天) kept, cut mid-sentence ("却没有把自己").
// Three written look-alikes: a community site's news item on a county's "119" 消防宣传活动月 launch (worldhm.com): a
// "东安社区 首页" bar, the headline, a blank line, a first paragraph copied from the speech in the first person ("我们在这里
// 隆重举行…"), then the report in the third person with the site's "119日" (for 11月9日), and the deputy county head's three
// requirements quoted after a semicolon ("他提出三点要求;“一是…。二是…。三是…") — 一是 after an opening quote, 二是/三是 after
// full stops, a run a speech would carry, but the page is a report ("他相信,…"), not a speech; cut mid-sentence; a novel chapter
// (mycwgs.com, "/feiwen/<book>/<id>.html") in which a young deputy director fights the old 书记 at a machinery factory's
// 车间安全 meeting: dialogue lines "苏晚:“…”", "众人:“……”", unquoted inner voices ("郑书记:忍住!"), a 受伤率 figure
// "对不上" — a novel, not a speech; cut at a colon ("邹厂长后背一身冷汗:"); a construction branch's 夏季施工防暑降温应急预案
// on a document page (2862.com.cn), the whole text on one line: the title glued to the form fields "工程名称:…工程地点:…施工单位:…
// 编制单位:…(盖章)编 制 人:审批负责人:审批日期:年月日" with empty slots, PDF wrap spaces inside words ("协 调", "担 任", "经 济"),
// " 一、应急预案的方针与原则", " 二、应急准备 1、救援机构", a staff list "1)通讯联络组 (组长:… 5)后勤保障组" whose brackets the
// flattening scrambled, the page number "-1-" glued between ")" and ")领导小组总指挥…" — a written plan, not a speech; cut
// mid-sentence ("同时,项目").
// Judgement calls: 13's title is the page title (the piece heading "…致辭篇1" carries the same title with a glued piece
// number, noise as a whole); the promo line is noise as a whole (its first sentences are the site's own summary, not the
// speech), with its 小編 sentence listed again as a shorter part; the outline is empty. 14's title keeps the year prefix (the
// only title the page has, as round 6's 09) and drops nothing else; "时间:" with no value is meta (noise). 15 is a speech: the
// capture holds no guide text, only the page title (SEO, noise on its own line and glued mid-paragraph, cut there by an exact
// replacement) and the 演讲稿 itself, addressed to "尊敬的领导、同志们:" in the first person (as round 6's 07 with its teaser);
// the title is the speech's own title line with its subtitle, 《》 kept. 16–18 are written, not speeches (16's 一是/二是/三是 are
// the report's quote; 18's 一、/二、/1、 are a plan's headings).
// Names: private people and small places are fictional (13 has no names; 16's county 澄川县, its officials 温立新/秦海峰 and the
// 华联 supermarket; 17's characters 苏晚/郑书记/韩冬生/钱小满/罗主任/邹厂长; 18's project 翠湖苑, 江城市临川区枫桥路, the company
// 华粤建工集团 and every member of the staff list). 15's cited factory fire (place, date, the count of dead) was changed as well.
// The prose of every page was rewritten in new words; 13 was drafted in simplified characters, converted with OpenCC (tw),
// and the page's own converter forms put back (規范, 防范, 借此).
// Looked for and not found on an unused host: a safety speech with two or more numbered points inside the capture — so none of
// this part's speeches carries numbered points. The 讲话 pages with 一、/一是/第一, that 21 queries returned for 安全生产月 动员,
// 消防工作会议, 事故警示教育, 应急管理工作会议, 安全生产专题党课, 森林防灭火, 燃气专项整治, 安全生产大检查, 道路交通安全,
// 应急演练总结, 安委会主持词, 知识竞赛 and 演讲比赛 stand on used hosts (laojin123, refanwen, m.zhiyuanku, 360docs, dawenge, m.wenke99, wenku.docs.qq.com,
// m.7rdy, e.wenmi.ren, laobiganzi, weilaioem, xiezuofangchengshi, guanlizhidu, yanjiang.com.cn, m.allw, 6dgww, tmdps,
// gongwen.com.cn, m.bimoxiezuo, gongwenku1, m.wydbw, wmjy, m.sanweiyuan, fanwen.aixue, wm114, cyzxm, m.8686, oh100, gwg365)
// or on twins (below); a 企业 安全 表态发言 on a new host (only company news items of 承诺书 signings, each under 610
// characters, and depponfx.com's 车间早会 talk with 首先,/其次,/最后, — 370 characters, too short); a 防灾减灾 演练 主持词 on a new
// host (hgxm, m.zixin used; bookm a twin); a 安全生产 通知 (the 知识竞赛 通知/方案 pages are used: m.qiqiwenku, emrowgh); an accident
// news report of 610 characters or more on a new host (the 燃气/消防 news items found were 300–500 characters). Not taken:
// hnrhcy.com (a novel quoting a 副县长's 安全生产 speech; the stored text is under 610 characters, as round 62 found),
// jiexigoutong.com (a traditional pinyin mirror of a 德州 119 launch report) and m.wendangku.net (a 安全知识竞赛 活动方案) —
// left for the part's balance; familycampingsupplies.com (a traditional mirror of a college 党支部 safety study note).
// Template twins set aside: m.jxly88.cn (a traditional 安全知识競賽 主持词 with A:/B: turns and a block 1、…6、 rules list — the
// "/Files/<col>/<yyyymm>/<id>.shtml" traditional pinyin mirror farm of the used cutestuff4girls.com (round 67) and jycdxd.com
// (round 84), furnitureless like them), m.ni24.cn (a "365文案網" traditional pinyin mirror with the ruiwen-family "時間: <poster>
// 講話稿" meta, "…希望能夠幫助到大家!" promo and "【篇1】" heading), lady-power.com (ruiwen's "時間:… 講話稿 我要投稿" on a
// traditional mirror), androidx86.net (round 28's haowendang "范文百科 分享 时间: 加入收藏 我要投稿 点赞" meta), fanwen9.com (the
// fanwen9/gaozihui "时间:… 讲话稿 我要投稿" family), bookm.cn (91kejian's "/content/<id>.html" template with "时间:… 作者:…" and a
// filler promo, as hgxm), m.meidekan.com (xuefen's "zdfb" template), pyh678.com, ahyxlp.com and shy188.com (the
// "/zhuantifanwen/"-style farms: "下面是小编为大家整理的…,供大家参考。" promo, "当前隐藏内容免费查看"), cailiaogou.cn and
// biganzicankao.cn ("/index/article/detail/detail_id/" twins), puma08.com (千文网's traditional mirror, round 30), jxajj.com
// (the 91kejian/51vvv "(汇总N篇)" generator, round 54).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CH_TITLE = '消防宣傳月活動致辭';
const CH_PROMO = '每年的11月是消防月。11月是消防月,原因是冬季是火災季節,11月進入冬季,天氣相對干燥,是火災發病率高的時期。下面小編給大家帶來消防宣傳月活動致辭,希望大家能夠喜歡。';
const CH_PIECE = '消防宣傳月活動致辭篇1';

const WW_TITLE = '2023年119消防宣传月启动仪式领导讲话稿';
const WW_META = '时间:';

const SX_PAGE_TITLE = '安全生产主题演讲怎么写:附五分钟精选通用范文';
const SX_TITLE = '《安全在我心中》—-安全生产主题演讲';

export const specs = {
  '13-zhici-cha116-big5-xiaofang-xuanchuanyue-collection-promo-pian1-glued': {
    source: 'http://www.cha116.cn/fayanzhici/19635.html',
    kind: 'speech: 致辞 (a county leader at the launch of the "119" 消防宣传月; first piece of a collection, traditional script)',
    tests: 'a traditional-script page without pinyin; the page title "消防宣傳月活動致辭" first; a promo line whose first sentences explain why November is 消防月 (repeating itself) before "下面小編給大家帶來消防宣傳月活動致辭,希望大家能夠喜歡。"; the piece heading "消防宣傳月活動致辭篇1" with the piece number glued to the title; "同志們、朋友們:" and "大家上午好!"; three paragraphs with quoted slogans ("黨政同責、一崗雙責、失職追責", "管行業必須管安全…"), converter forms 規范化/防范; no numbered point ("一級抓一級" is prose); no blank lines; ends at a paragraph end',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_PROMO, CH_PIECE, '下面小編給大家帶來消防宣傳月活動致辭,希望大家能夠喜歡。'],
    dropLines: [CH_TITLE, CH_PROMO, CH_PIECE],
    outline: [],
  },
  '14-jianghua-wuwu123-119-qidong-yishi-empty-shijian-line-cut': {
    source: 'http://wuwu123.com/article/1379.html',
    kind: 'speech: 讲话稿 (a city leader at the launch of the 2023 "119" 消防宣传月)',
    tests: 'the title with its year prefix "2023年119消防宣传月启动仪式领导讲话稿" (digits run together: 2023年 and 119); an empty "时间:" meta line under it; a three-part salutation "尊敬的各位领导、亲爱的消防官兵、亲爱的市民朋友们:" and "大家好!"; six short paragraphs of thanks, the year\'s theme in quotes, a tribute to the firefighters and an appeal to the citizens; no numbered point; cut mid-sentence ("能够成为")',
    isSpeech: true,
    title: WW_TITLE,
    noise: [WW_META],
    dropLines: [WW_TITLE, WW_META],
    outline: [],
  },
  '15-yanjiang-shengxinwang-anquan-seo-title-glued-midtext-placeholder': {
    source: 'https://shengxinwang.net/aqjgf.html',
    kind: 'speech: 演讲稿 (an electronics-factory worker\'s 安全生产 主题演讲; the example on a how-to SEO page)',
    tests: 'the page title "安全生产主题演讲怎么写:附五分钟精选通用范文" (a how-to promise) on the first line and glued again after the speech\'s first sentence ("…必答题。安全生产主题演讲怎么写:…范文"); the speech\'s own title "《安全在我心中》—-安全生产主题演讲" (an em dash and an ASCII hyphen before the subtitle); blank lines between all lines; "尊敬的领导、同志们:", "大家好!", "我是XXX。今天,我演讲的题目是:《安全在我心中》。"; the site\'s spinner artefact "从入职的第每天起" kept; no numbered point; cut mid-sentence ("却没有把自己")',
    isSpeech: true,
    title: SX_TITLE,
    noise: [SX_PAGE_TITLE],
    replace: [['必答题。' + SX_PAGE_TITLE, '必答题。']],
    dropLines: [SX_PAGE_TITLE, SX_TITLE],
    outline: [],
  },
  '16-news-worldhm-119-qidong-yishi-quoted-yishi-ershi-sanshi-not-speech': {
    source: 'http://www.worldhm.com/hmjj/53794.html',
    kind: 'non-speech: news report (a county\'s "119" 消防宣传活动月 launch, on a community site)',
    tests: 'a "东安社区 首页" bar; the headline "澄川县2017年“119”消防宣传活动月启动仪式"; a first paragraph lifted from the speech in the first person ("今天是…,我们在这里隆重举行…"); then the report in the third person, "119日上午10时" (the site\'s 119日 for 11月9日), the chair and the speaker named with their posts; "他提出三点要求;“一是…。二是…。…三是…" — 一是 after a semicolon and an opening quote, 二是/三是 after full stops, the quote never closed; "他相信,…" — a news report, not a speech; cut mid-sentence ("从而有效")',
    isSpeech: false,
    title: '澄川县2017年“119”消防宣传活动月启动仪式',
    noise: [],
    outline: [],
  },
  '17-novel-mycwgs-jixiechang-anquan-huiyi-dialogue-not-speech': {
    source: 'https://www.mycwgs.com/feiwen/4388/4611897.html',
    kind: 'non-speech: novel (a young deputy director against the old 书记 at a machinery factory\'s 车间安全 meeting)',
    tests: 'no chapter title or site chrome in the capture; script-like dialogue lines "苏晚:“…”", "郑书记:“…”", "众人:“……”" and unquoted inner voices ("郑书记:忍住!", "众人:熟悉的感觉又回来了。"); talk of 全国安全生产先进单位, 车间安全管理 and a 受伤率 that "对不上"; quoted appeals to the meeting ("“希望大家提意见的时候也说一说,…”") — a novel, not a speech; cut after a colon ("邹厂长后背一身冷汗:")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-yuan-2862-fangshu-yingji-yuan-oneline-wrap-spaces-pagenum-not-speech': {
    source: 'https://2862.com.cn/KoGgxyeo',
    kind: 'non-speech: 应急预案 (a construction branch\'s summer heat-protection emergency plan, on a document page)',
    tests: 'the whole capture on one line: the title "夏季施工防暑降温应急预案" glued to the form fields "工程名称:…工程地点:…施工单位:…编制单位:…(盖章)编 制 人:审批负责人:审批日期:年月日" (empty slots) and to the preamble; PDF wrap spaces inside words ("协 调", "担 任", "经 济") and before commas; " 一、应急预案的方针与原则", " 二、应急准备 1、救援机构" after spaces; a staff list "1)通讯联络组 (组长:… 5)后勤保障组" with brackets scrambled by the flattening; the page number "-1-" glued between ")" and ")领导小组总指挥…" — a written plan, not a speech; cut mid-sentence ("同时,项目")',
    isSpeech: false,
    title: '夏季施工防暑降温应急预案',
    noise: [],
    outline: [],
  },
};
