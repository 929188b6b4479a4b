// Gold specs for holdout round 115, part C (cases 13–18): themed education and democratic life meetings (主题教育 动员部署会,
// 专题民主生活会, 理论学习中心组 研讨, 组织生活会 — and their look-alikes).
// No speech on an unused host turned up, so all six pages are written look-alikes of the theme: a city co-op's report on its
// leading group's 专题民主生活会 (jzscoop.cn, an ASP "News_show.asp" page whose capture opens with the body): the five agenda
// items after "共有五项议程:" as "一是…。二是…。三是…。四是…。五是…。" (一是 after a colon, the rest after full stops, so by the
// letter of outline-rules.md a run of inline points), the inspector's remarks reported with "具体说有三个特点,一是…;二是…;三是…"
// after a comma, the site's doubled "做了了" and "照的", cut mid-sentence ("严肃认真") — a news report, not a speech; a medical
// university's report on the opening of its 主题教育读书班 (dbtz.njmu.edu.cn, a WebPlus page): the headline, a run-together
// "发布者:党办统战发布时间:2023-04-25浏览次数:226" meta line, two sentences glued without a stop ("…作开班动员讲话省委主题
// 教育…"), a blank run, then the secretary's 动员讲话 reported in the third person ("…书记在动员讲话中指出,…", "…提出四点
// 要求。一要…。二要…。三要…") with 一要/二要/三要 after full stops, cut mid-sentence ("作为") — a report, not a speech; a
// traditional-script mirror of a school's report on a retired teachers' branch 组织生活会 (tjmayi.com): converter pinyin after
// 35 characters (會(huì), 學(xué)習(xí), 強(qiáng)調(diào) …), simplified leftovers (并, 關于, 隨后, 聯系, 干部), two secretaries'
// 講話 reported in the third person ("…在講話中表示,…", "…在講話中強調,…"), the capture cut inside an annotation ("在強(qiá") —
// a report, not a speech; a junior middle school's report on its 教育实践活动总结大会 (dtc.hpe.cn): a block "首先," paragraph
// (the order of the meeting, not a point of a speech), an inspector's "重要讲话" and "五点希望:要…,要…" reported in the third
// person — a report, not a speech; a novel chapter (grandvalleyfire.org) in which a 部长 opens a 民主生活会 with a quoted speech
// ("“首先呢,思想认识一定要到位。…”", 党章 quoted, "放礼炮/空炮/哑炮"): the reader chrome "关灯 巨大 直达底部" and
// "亲,双击屏幕即可自动滚动", the chapter heading "第1005章 永远回不来了?", every paragraph of the speech in quotes with narration
// around it — a novel, not a speech; and a commentary on the 主题教育 总结 notice (chinajiceng.com.cn, 中国基层网): no headline in
// the capture, parallel paragraphs "总结,是为了更好地巩固教育成果。" / "总结,是为了更好地扩大教育战果。" (no markers), cut
// mid-sentence — an article, not a speech.
// Judgement calls: all six are written genres (news reports in the third person, a novel, a commentary), so isSpeech is false,
// the outline is empty and paragraphs/noise are left empty; the title is the page's headline where the capture shows one (14, and
// 17's chapter heading) and '' where the capture opens with the body (13, 15, 16, 18). 13's and 14's inline 一是/一要 runs and 16's
// "首先," paragraph are what an analyzer must leave alone in a report; 17 tests a quoted first-person speech with 首先呢 inside a
// novel. Names of people who are not public figures (the co-op's and the university's officers, the inspectors, the teachers,
// the novel's characters) were replaced by fictional ones; the prose was rewritten in new words.
// Looked for and not found on a new host (about twenty queries: 主题教育动员部署会 讲话 同志们, 专题民主生活会 主持词/讲话/点评
// 讲话, 理论学习中心组 研讨发言, 组织生活会 讲话/主持词, 读书班开班式 讲话, 主题教育 专题党课, 主題教育 講話 (traditional),
// 对照检查材料, 学习心得体会): every speech hit was on a used host — laobiganzi (动员部署会 讲话 with a login wall, 点评讲话, 党课,
// 读书班开班式 讲话), gongxunwk (民主生活会 主持讲话 under a site outline), m.xueke.org (主题教育动员会 讲话), gongwen.com.cn
// (组织生活会 主持词 with "##paidbegin##"), m.shenghuoriji.com (先进性教育 主持词), clcgzc.com (督导组 点评讲话 in a 工作简报),
// partyworker.cn, be000.com (主题教育 讲话 with 预览结束), jlmbg.com (traditional 研讨發言), 001doc.com (研讨发言 docx),
// m.wnwk.com, xiezuofangchengshi.com, m.07608.cn, dawenge.com, m.alizhichou3.cn, yopipo.com, 3du.tw, kuaichafanwen.com,
// zuowendang.com, m.wanshu.net, 78911.com.cn, sucai198.com, bdf.4309432.cn, m.120pk.cn; the theme's 对照检查材料 was only on
// gongwk.com (used) and as a guide on 6dgww.com (used), and its 学习心得 only on used hosts (12371.cn, 78911.com.cn, 413yy.cn,
// cha116.cn, kwongyang.com, huaboedu.com, xiexiebang.com). Fresh pages too short for a case (under 610 characters): sqwyj.cn
// (民主生活会 report with 第一部分/第二部分 paragraphs), 220.171.42.138 (民主生活会 report opening with block 一是…四是),
// kfsfcyy.com, tri.caas.cn, xcc.hhstu.edu.cn (a 民主生活会 rule list 1、…5、). So part C has no speech and no numbered points.
// Template twins set aside: dao518.com (the 77范文网 "/fanwendaquan/<column>/<id>.html" page with the 小编 promo and
// "(精选文档)", as the used hanjia777.com), toutiaowu.com (a 笔趣阁-type novel CMS with "手机浏览器扫描二维码访问", as the used
// pigtxt.com), m.alizhichou3.cn (gwyoo's 時間/導語 template, used anyway). grandvalleyfire.org shares only the
// "亲,双击屏幕即可自动滚动" line with round 62's nk70.com; its head ("关灯 巨大 直达底部", a bare "第N章" heading, no book/author
// line) is another reader, so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-news-jzscoop-minzhu-shenghuohui-yicheng-yishi-colon-dianping-comma-not-speech': {
    source: 'http://jzscoop.cn/News_show.asp?id=156&type=33',
    kind: 'non-speech: news report (a city supply-and-marketing co-op\'s report on its leading group\'s 专题民主生活会)',
    tests: 'capture opens with the body (no headline); the inspectors named in the first paragraph; "专题民主生活会共有五项议程:一是…。二是…。随后…。三是…。四是…。五是…。" — 一是 after a colon and 二是…五是 after full stops, an inline run by the letter of the rules but the agenda of a reported meeting; the inspector\'s 点评 reported with "具体说有三个特点,一是…;二是…;三是…。" after a comma; the closing 总结 reported after "进行了总结:"; the site\'s "做了了" and "照的"; third person throughout — a news report, not a speech; cut mid-sentence ("严肃认真")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '14-news-njmu-zhuti-jiaoyu-dushuban-kaiban-meta-glued-sentences-yiyao-not-speech': {
    source: 'https://dbtz.njmu.edu.cn/2023/0427/c10358a237093/page.htm',
    kind: 'non-speech: news report (a university\'s report on the opening of its 主题教育读书班, on the party office\'s WebPlus site)',
    tests: 'the headline "我校学习贯彻…主题教育读书班开班"; a run-together "发布者:党办统战发布时间:2023-04-25浏览次数:226" meta line; two sentences glued without a stop ("作开班动员讲话省委主题教育第十七巡回指导组成员…"); a run of blank lines; the secretary\'s 动员讲话 reported in the third person ("…书记在动员讲话中指出,…"), then "…提出四点要求。一要…。二要…。三要…" — 一要/二要/三要 after full stops inside a report; cut mid-sentence ("把读书班作为")',
    isSpeech: false,
    title: '我校学习贯彻习近平新时代中国特色社会主义思想主题教育读书班开班',
    noise: [],
    outline: [],
  },
  '15-news-tjmayi-big5-zuzhi-shenghuohui-tuixiu-zhibu-pinyin-garble-cut-in-pinyin-not-speech': {
    source: 'http://tjmayi.com/Article/jxjyxw/202303/19788.html',
    kind: 'non-speech: news report (traditional-script mirror of a school\'s report on a retired teachers\' branch 组织生活会)',
    tests: 'traditional script with converter pinyin after 35 characters on every occurrence (會(huì), 導(dǎo), 學(xué)習(xí), 國(guó), 長(zhǎng), 強(qiáng)調(diào), 團(tuán)結(jié) …); simplified leftovers 并, 關于, 隨后, 聯系, 干部; no headline; two secretaries\' 講話 reported in the third person ("孟書記在講話中表示,…", "韓書記在講話中強調,…"); no markers; the capture cut inside an annotation ("在強(qiá") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-hpe-jiaoyu-shijian-zongjie-dahui-shouxian-block-wudian-xiwang-not-speech': {
    source: 'https://dtc.hpe.cn/dqpp/sxjs/501250.htm',
    kind: 'non-speech: news report (a junior middle school\'s report on its 群众路线教育实践活动 总结大会)',
    tests: 'no headline; a block "首先," paragraph that tells the order of the meeting (the vice-secretary\'s 总结报告 in "这五个方面"); an inspector\'s "重要讲话" reported in the third person ("她对…给予了充分的肯定", "五个坚持", "最后,顾组长提出了五点希望:要…,要…,…"); a closing paragraph from the school — a news report, not a speech; ends with the page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-novel-grandvalleyfire-minzhu-shenghuohui-buzhang-quoted-shouxian-reader-chrome-not-speech': {
    source: 'https://grandvalleyfire.org/index/96038/488676.html',
    kind: 'non-speech: novel chapter (a 部长 opens a 民主生活会 with a quoted speech)',
    tests: 'reader chrome "关灯 巨大 直达底部" and "亲,双击屏幕即可自动滚动"; the chapter heading "第1005章 永远回不来了?"; a host\'s quoted "下面,请宋部长作重要指示,大家欢迎!"; narration lines between quoted paragraphs; the speech in the first person, every paragraph in quotes, opening "“首先呢,思想认识一定要到位。" and quoting the 党章; "好了,下面,你们开始吧。" and a narration line after it — a novel, not a speech',
    isSpeech: false,
    title: '第1005章 永远回不来了?',
    noise: [],
    outline: [],
  },
  '18-article-chinajiceng-zhuti-jiaoyu-zongjie-pinglun-parallel-paras-not-speech': {
    source: 'http://chinajiceng.com.cn/zbsh/2019-12-25/165090.html',
    kind: 'non-speech: commentary (an article on the 主题教育 总结 notice, on a 基层 party-affairs news site)',
    tests: 'no headline in the capture; a lead on the leading group\'s 通知; parallel paragraphs opening "总结,是为了更好地巩固教育成果。" and "总结,是为了更好地扩大教育战果。" (no outline markers); "全面学起来、做起来、查起来、改起来" and five "在…上…了新…" clauses; no address, no first person — an article, not a speech; cut mid-sentence ("还没有彻底解决,")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
