// Gold specs for holdout round 110, part A (cases 01–06): harvest festivals and spring ploughing (农民丰收节 致辞, 春耕
// 备耕 动员 讲话, 农机 现场会 讲话, 秋收/三夏 工作会议 — and their look-alikes).
// Two spoken pieces (the chair's opening of a national video conference on wheat harvesting by cross-region combines, on
// a traditional-script mirror (online-casino-me.com) of a farm-machinery news site: "關(guān)注微信" / "小程序" share
// buttons, a news headline "…收割機(jī)將達(dá)30萬臺(tái)以上" above the document, a "作者: 本站發(fā)布時(shí)間:… 收藏" meta line,
// the transcript's own title "…視頻會(huì)議實(shí)錄", a third-person lead ending "以下為全程文字實(shí)錄。", converter pinyin after
// 關/農/機/區/業/達/臺/發/時/實/會/點/務/勢/項/產/場/負/責/個/設/請/進 (cut by regexCut), the vice-minister's name left as
// mis-encoded runs ("張?zhí)伊殖鱿瘯?huì)議", "張?zhí)伊?,", "張?zhí)伊指辈块L"), a "主持人:…" label, "同志們:" glued to the opening
// sentence, an agenda "一是請…;二是請…。" after a colon, a lone "首先,進行第一項議程。", the next speaker's label
// "江蘇省農業機械管理局  孫立群" and the start of his report, cut mid-phrase ("稻、麥每"); a farm's 致辞 to returning
// 知青 on the 50th anniversary of their coming to 名山农场, reposted on a Discuz forum (ms205.net): no title and no site
// noise in the capture, the salutation "尊敬的各位知青大哥大姐:", "你们好!" and the first paragraph on one line separated by
// single spaces, "推进一、二、三产融合" inside a sentence (no marker), the authored slip "我们热切地你们重回北大荒" (a verb
// missing) kept, the closing "谢谢大家。" and the first characters of a signature on the last line ("… 谢谢大家。 陈树"))
// and four look-alikes (a state farm's own news report of its 金秋开镰仪式 for the 丰收节 (hljslnc.com): a "胜利要闻"
// column label, "当前您正在网站首页——首页 > 胜利要闻 > 正文", the headline, an "更新时间:… 点击次数:850次 来源: 作者:…"
// line, "本网讯(…)" lead, a quoted "“我宣布,…现在开始。”" and a quote of 总书记 — a report in the third person; a novel
// chapter (jakxs.com) that opens inside an old expert's speech at a farm-machinery meeting ("我讲三点:第一,…") under the
// site's "就爱看小说 …" bar, then the narrator describes the dozing audience — a novel, not a speech; a traditional-script
// news report (zhongliangsiwang.cn) of the first national 油菜生产机械化现场会 with converter pinyin, the site's doubled
// punctuation (",,", ",、", ",。"), a list of officials, one who "熱情致辭" and the vice-minister who "作了重要講話" told in
// the third person, cut inside a pinyin annotation ("越來(l"); a 兵团 unit's government-site report (wjq.gov.cn) of a farm's
// 丰收节: a "【中国农民丰收节】…精彩纷呈!" headline, a "发布时间:… 来源:… 作者:… 阅读量:" line with an empty count, and
// the party secretary's 致辞 paraphrased without quotation marks after "为庆祝活动致辞。" ("今年是…", "希望农场广大干部职工…")
// — still a report (third person, 宣布…正式开幕), not a speech).
// Judgement calls: 01 is a speech page: the document is a spoken transcript (the chair's opening, then a delegate's
// report); its own title is the "…實錄" line, while the headline above it is the site's news title (noise, as an SEO
// title that differs from the document's own). The lead "2015年…召開,…以下為全程文字實錄。" is the site's (as a
// "以下为…讲话" lead) and is noise; "主持人:趙明遠" and the next speaker's label stay as the transcript's own labels. Pinyin goes
// by one regexCut; the mis-encoded runs stay (no whole "(pinyin)" in them). The agenda "一是…;二是…" follows a colon and a
// semicolon → both optional level-1 items; 一是's sentence to the full stop is 51 characters, so its text is cut at the
// semicolon. The annotation before the real bracket in "農(nóng)業(yè)(農(nóng)機(jī))" and the one after it are also listed
// with the real brackets ("(yè)(", "(jī))"), because the checker matches greedily and would otherwise take the
// annotations' brackets for the text's. "首先,進行第一項議程。" is a lone 首先 (no 其次 in the capture) → optional. 02 has no title line → title "";
// the glued salutation line stays one paragraph; the signature fragment "陈树" stays glued to the closing line; no outline.
// 03–06 are not speeches. Living people who are not public figures (the chair, the delegate, the farm's officials, the
// reporters, the authors) were given fictional names; the novel's characters were renamed; public officials in 05 keep
// their names; the prose was rewritten.
// Looked for and not found on a new host: a 农民丰收节 致辞 or 主持词 on a template site (e.wenmi.ren is used; the corpus
// answers with news, poems and essays), a 春耕备耕 动员 讲话 with 一、 headings (fanwenq, huaboedu, 16fw, docx.baby, 6dgww,
// gwyoo, mingyanjiaju and m.alizhichou3.cn are used), a 农机 现场会 讲话/致辞 (yanjianggao.wang, wmjy.cn, tmdps.cn, the book118
// mirror mdjjksjc.com and big5.baiyunpiaopiao.com — base domain of the used wap.baiyunpiaopiao.com — are out), a 秋收/三秋
// 工作会议 讲话 (bbxzwk.vip, gongwk.com, wenmizhiyou.com, wm114.cn are used), a 农事提示 page with numbered advice (httgc.com is
// used; portlandfoamroofing.com's 驚蟄 rhyme runs under 400 characters). So part A has two speeches and neither carries a
// numbered point of its own beyond 01's agenda and 首先 (all optional).
// Template twins set aside: m.97661a.com (a traditional mirror of 农机大全网's page, with the "農機大全網(…)最新農機信息:<title>,
// 農機新產品,…,更多農機資訊請查看:農機資訊" SEO line of the used nongjidaquan.com, round 50), creditsailing.com (高考升学网, the
// CamelCase "/FaYanGao/<id>.html" template of the used m.5728338.com, same page id 283983).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const OC_FOLLOW = '關(guān)注微信';
const OC_APP = '小程序';
const OC_HEAD = '2015年全國“三夏”農(nóng)機(jī)跨區(qū)作業(yè)收割機(jī)將達(dá)30萬臺(tái)以上';
const OC_META = '作者: 本站發(fā)布時(shí)間:2015年05月13日 收藏';
const OC_TITLE = '2015年全國“三夏”小麥跨區(qū)機(jī)收工作視頻會(huì)議實(shí)錄';
const OC_LEAD = '2015年全國“三夏”小麥跨區(qū)機(jī)收工作視頻會(huì)議于5月13日上午十點(diǎn)召開,農(nóng)業(yè)部副長張?zhí)伊殖鱿瘯?huì)議并講話。以下為全程文字實(shí)錄。';

export const specs = {
  '01-zhuchici-onlinecasinome-sanxia-jishou-shipin-huiyi-shilu-big5-pinyin-yishi': {
    source: 'http://online-casino-me.com/news/2015/366899.html',
    kind: 'speech: 主持 (the chair\'s opening of the national 三夏 wheat cross-region harvesting video conference, a transcript; traditional-script mirror)',
    tests: 'traditional script with converter pinyin (cut by regexCut) also inside the title and the headline; "關(guān)注微信" / "小程序" share buttons; the site\'s news headline "2015年全國“三夏”農(nóng)機(jī)跨區(qū)作業(yè)收割機(jī)將達(dá)30萬臺(tái)以上" above the document\'s own title "…視頻會(huì)議實(shí)錄"; a "作者: 本站發(fā)布時(shí)間:2015年05月13日 收藏" meta line; a third-person lead ending "以下為全程文字實(shí)錄。"; mis-encoded runs for the vice-minister\'s name ("張?zhí)伊?,", "張?zhí)伊指辈块L") kept; a "主持人:趙明遠" label; "同志們:" glued to the opening sentence; "省(市)" and "農(nóng)業(yè)(農(nóng)機(jī))" (text in brackets, not pinyin); an agenda "一是請…;二是請…。" after a colon; a lone "首先,進(jìn)行第一項(xiàng)議程。"; the next speaker\'s label "江蘇省農(nóng)業(yè)機(jī)械管理局  孫立群" with two spaces; cut mid-phrase ("稻、麥每")',
    isSpeech: true,
    title: unpin(OC_TITLE),
    noise: [OC_FOLLOW, OC_APP, OC_HEAD, OC_META, OC_LEAD, '2015年05月13日 收藏', '以下為全程文字實', '(yè)(', '(jī))'],
    regexCut: [PINYIN],
    dropLines: [unpin(OC_FOLLOW), OC_APP, unpin(OC_HEAD), unpin(OC_META), unpin(OC_TITLE), unpin(OC_LEAD)],
    outline: [
      { level: 1, marker: '一是', text: '請江蘇、山東、河南、陜西4省農業(農機)部門負責同志作交流發言', optional: true },
      { level: 1, marker: '二是', text: '請張?zhí)伊指辈块L作重要講話', optional: true },
      { level: 1, marker: '首先,', text: '進行第一項議程', optional: true },
    ],
  },
  '02-zhici-ms205-mingshan-nongchang-zhiqing-forum-no-title-glued-salutation': {
    source: 'http://ms205.net/forum.php?mod=viewthread&tid=7550',
    kind: 'speech: 致辞 (a state farm\'s greeting to the 知青 who came 50 years ago; reposted on a Discuz forum)',
    tests: 'no title line and no site noise in the capture; the salutation "尊敬的各位知青大哥大姐:", "你们好!" and the first paragraph on one line separated by single spaces; the farm head\'s and party secretary\'s names; "100%"; "推进一、二、三产融合" (一、 inside a sentence, no marker); the authored slip "我们热切地你们重回北大荒看看" (verb missing) kept; "“界江明珠,魅力名山”" in quotes; the closing "谢谢大家。" and a signature\'s first characters on the last line ("… 万事如意! 谢谢大家。 陈树"), cut there',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-news-hljslnc-shengli-nongchang-kailian-fengshoujie-crumb-meta-not-speech': {
    source: 'http://hljslnc.com/newsshow.php?cid=46&id=22452',
    kind: 'non-speech: news report (a state farm\'s own site reporting its 金秋开镰仪式 at the 农民丰收节)',
    tests: 'a "胜利要闻" column label; "当前您正在网站首页——首页 > 胜利要闻 > 正文"; the headline; an "更新时间:2020-09-22 17:11:13 点击次数:850次 来源: 作者:…" line with an empty source; a "本网讯(…)" lead; a long "、"-joined list of officials; a quoted opening declaration "“我宣布,…现在开始。”" and a quoted instruction of 总书记; the ceremony told in the third person — a report, not a speech; cut after a comma',
    isSpeech: false,
    title: '胜利金秋盛大开镰 欢庆农民丰收节',
    noise: [],
    outline: [],
  },
  '04-novel-jakxs-nongye-jixiehua-huiyi-diyi-chapter-not-speech': {
    source: 'https://www.jakxs.com/shu/3454/56189989/2.html',
    kind: 'non-speech: novel (a chapter page that opens inside an expert\'s speech at a farm-machinery meeting)',
    tests: 'the site bar "就爱看小说 通过搜索各大小说站为您自动抓取…供您阅读!"; the chapter opens with an open quotation mark and a speaker\'s first person ("关于农业机械化的意义,我讲三点:第一,…") — a 第一, after a colon inside quotes; the quote closes with "……”" and the narrator takes over (dozing delegates, the chair\'s thoughts, the speaker\'s patron) — a novel, not a speech; cut mid-sentence ("顺着他的话")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-zhongliangsiwang-youcai-jixiehua-xianchanghui-big5-pinyin-double-commas-not-speech': {
    source: 'https://zhongliangsiwang.cn/blog/2008/18520.html',
    kind: 'non-speech: news report (the first national 油菜生产机械化现场会; traditional-script mirror)',
    tests: 'no headline in the capture; traditional script with converter pinyin; the site\'s doubled punctuation (",,", ",、", ",。"); a list of officials and an academician with "(華中農(nóng)業(yè)大學(xué)教授)"; a vice-chair who "熱情致辭" and whose words are reported ("…後表示,,中華民族要振興,…"), the vice-minister who "作了重要講話,。他首先分析了…" — all in the third person, a report, not a speech; cut inside a pinyin annotation ("越來(l")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-wjq-qitai-nongchang-fengshoujie-zhici-paraphrased-gov-meta-not-speech': {
    source: 'http://www.wjq.gov.cn/xwzx/jcxx/202244.htm',
    kind: 'non-speech: news report (a 兵团 farm\'s 丰收节 on a government site, with the party secretary\'s 致辞 paraphrased)',
    tests: 'a "【中国农民丰收节】…精彩纷呈!" headline; a "发布时间:… 来源:奇台农场 作者:… 阅读量:" line with an empty count; empty lines left by photos; "农场党委书记、政委杨建中为庆祝活动致辞。" followed by the 致辞\'s content without quotation marks ("今年是…", "一年来,…", "希望农场广大干部职工…") and "场长…宣布…正式开幕。" — a report in the third person, not a speech; cut mid-sentence ("自编自演")',
    isSpeech: false,
    title: '【中国农民丰收节】奇台农场“‘学用千万工程’礼赞丰收中国”第二届丰收节系列活动精彩纷呈!',
    noise: [],
    outline: [],
  },
};
