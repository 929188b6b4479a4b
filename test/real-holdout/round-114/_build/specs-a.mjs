// Gold specs for holdout round 114, part A (cases 01–06): village elections and grassroots governance (村委会 换届选举,
// 村民代表 会议, 网格员 培训, 村规民约 — and their look-alikes).
// This part holds no speech: six written or reported look-alikes, because every speech on the theme that the `pages`
// corpus returned stands on a used host or a template twin (see below).
// 01 (zgsuixian.gov.cn): a village election committee's 公开信 to the villagers on a county government portal: a
// "当前位置: 首页> 公示公告" crumb, the headline glued to a "发布日期:… 信息来源:祝东村 审核:系统管理员 字号:[ ]" meta run,
// a line of spaces, an addressee line "各位村民:" and "您们好!" that look like a salutation, the election timetable with
// dates and a blank day ("12月  日"), the committee's signature and date, then "村民意见箱" and "湖北政务服务网" links — a
// written letter, not a speech (tests that an addressee line and a first-person plural body do not make a speech).
// 02 (146.56.203.80:81): a village's 选民登记公告 (the theme's 选举公告) on a county CMS served from a bare IP: a
// "当前位置:网站首页 > 村务公开 > 信息浏览" crumb, the headline, a "访问次数: 298 来源:… [ 字体大小: ]" meta line, the title
// again split over two indented lines, "第二号", the body hard-wrapped with blank lines mid-sentence, a mis-encoded "く" in
// a law's name, a 1./2./3. list after a colon, "特此公告", the committee's seal line and date, then the share widget
// ("扫一扫在手机打开当前页", "一键分享", "×", "用微信扫描二维码") — a written notice, not a speech; its 1./2./3. are no outline.
// 03 (nansha.xxsb.com): a district news site's report on 30 new 网格员 at their 岗前培训: headline, a
// "| 【记者 …】 【编辑 …】 通讯员:… 图片由通讯员提供 | 2020-07-31 22:39:50" bar, a photo caption "岗前培训", then the town
// leader's 开班动员 told in the third person ("他表示,…") — a news report, not a speech; the capture is the
// whole stored text (612 characters).
// 04 (songyuwenxue.com): a novel chapter "第二十五章 村民大会(3)" under a "当前位置:松语文学 > …" crumb and "错误举报": a
// 村书记's prize-giving remarks at a 村民大会 in quotation marks ("大家静一静,我就随便讲两句"), with "最后," opening the
// first paragraph, the novel's "5八元" kept, cut mid-word ("想法和感") — a novel, not a speech.
// 05 (dfun.tw): a Taiwanese rural-policy site's record of a 座談會 on 《農村再生條例》 in traditional script: the headline,
// the site's teaser (the moderator's opening cut with "…"), "前言:" with the series note, a photo caption, then speaker
// labels "主持人:", "與會者一:", "與會者二:" each over first-person remarks, cut mid-sentence — a discussion transcript of
// several speakers under an editor's 前言, a written record, not one speech (judgement call: the moderator's turn
// addresses the audience, but the document is the record of the whole discussion).
// 06 (12371.cn): the party-member portal's case study "街乡吹哨 部门报到" with a "——北京以党建引领…" subtitle: "手机版" and
// "1 1 1" chrome, "共产党员网 打印 纠错", then 【引言】 (a leader's words reported: "多次强调,要…"), 【摘要】, 【关键词】 and a
// "一、背景情况" heading, cut mid-sentence ("北京作为首都") — an article, not a speech, whose 一、 is no outline.
// Looked for and not found on a new host (18 queries): a 村委会/村“两委” 换届选举 工作会议 讲话 with 一、/一是 points
// (365docx, bimoxiezuo, neimou, wm114, m.wnwk, m.78911, lypc.gov.cn, m.wenke99, lgfwz, m.bxzi, ggfwb are used;
// m.alizhichou3 is used and is gwyoo's traditional 時間/導語 template); a 网格员 培训 讲话 (wentop and 92read are used; the
// corpus answers with news reports); a 村规民约 座谈 发言 (the corpus answers with news, journal papers and 章程); a
// 换届选举大会 主持词 (gaozipu, xde6, 360docs, fanwenq, xiexiebang, m.31ppt, fanwen112 are used; one traditional 主持詞 page
// came without an address); a 新任村主任 表态发言 or 就职演讲 (m.zuowendang, zuowen.red are used; the rest are novel
// chapters); a traditional mirror of a 換屆選舉 講話 (only m.alizhichou3, used). So the part has no speech and no numbered
// speech; 03's news and 04's novel stand in for the missing kinds.
// Template twins and used pages set aside: dlqt.com.cn (the ruiwen family: "時間:… 章程 我要投稿", "• 相關推薦", a 村民自治章程
// under a spam header), www.mvsoo.com and zlkzs.com (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo, a 社区换届
// 讲话稿(14篇) and a 换届 实施方案), www.aperogmf.com (the same 網格員 培訓 結業 news page is round 100's B 07, though its host
// is missing from used-hosts.txt), m.tw06k.cn and bl66aa.com (traditional "(資料圖)" news farms of the kind round 82 used),
// yjzheyang/zhejianggenishi/lazyhood novel chapters (used or set aside by round 66).
// Names of private people (the reporter, editor and correspondent in 03; the people named in 05's remarks) were replaced by
// fictional ones; the prose was rewritten; village, town and novel-character names are kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-gongkaixin-zgsuixian-zhudongcun-xuanju-gov-crumb-salutation-signature-not-speech': {
    source: 'http://www.zgsuixian.gov.cn/jcxxgk/zb/sxxlz/cjxxgk5/zdc_22852/gsgg_22859/202112/t20211209_946621.shtml',
    kind: 'non-speech: 公开信 (a village election committee\'s open letter to the villagers; county government portal)',
    tests: 'a "当前位置: 首页> 公示公告" crumb; the headline glued to a "发布日期:2021-10-29 10:00 信息来源:祝东村 审核:系统管理员 字号:[ ]" meta run; a line of spaces; "各位村民:" and "您们好!" like a salutation; a first-person-plural body on the 换届选举 timetable with a blank day ("12月  日") and spaced dates ("12月 15 日"); the site\'s "第十届村民委员任期"; the committee\'s signature and date; "村民意见箱" and "湖北政务服务网" links — a written letter, not a speech',
    isSpeech: false,
    title: '祝东村致村民选举的公开信',
    noise: [],
    outline: [],
  },
  '02-gonggao-146-56-203-80-tengke-xuanmin-dengji-dierhao-hardwrap-not-speech': {
    source: 'http://146.56.203.80:81/qzbm/detail/content/606d2913d9e5dc8c1300001f.html',
    kind: 'non-speech: 选举公告 (a village\'s 选民登记公告 第二号; county CMS on a bare IP)',
    tests: 'a "当前位置:网站首页 > 村务公开 > 信息浏览" crumb; the headline; a "访问次数: 298 来源:西伊必奇莫力达瓦达斡尔族自治旗 [ 字体大小: ]" meta line; the title again over two deeply indented lines and "第二号"; the body hard-wrapped mid-sentence with blank lines between the pieces ("…正式选举日2021" / "年2月5日…"); a mis-encoded "く" in the law\'s name; "1./2./3." after a colon; "特此公告", the seal line and the date far indented; the share widget ("扫一扫在手机打开当前页", "一键分享", "×", "用微信扫描二维码") — a written notice, not a speech',
    isSpeech: false,
    title: '腾克镇西也必奇村第十一届村民委员会选举选民登记公告',
    noise: [],
    outline: [],
  },
  '03-news-xxsb-dongyong-wanggeyuan-gangqian-peixun-reporter-bar-not-speech': {
    source: 'https://nansha.xxsb.com/content/2020-07/31/content_112690.html',
    kind: 'non-speech: news report (a district news site on new 网格员 at their pre-job training)',
    tests: 'a headline "创文新力量!东涌镇30名新网格员投入创文工作"; a "| 【记者 …】 【编辑 …】 通讯员:… 图片由通讯员提供 | 2020-07-31 22:39:50" bar; a photo caption "岗前培训"; the training, a town leader\'s 开班动员 ("他表示,…要…") and two heads\' sessions told in the third person; "据了解,…" close — a news report, not a speech; the whole stored text (612 characters)',
    isSpeech: false,
    title: '创文新力量!东涌镇30名新网格员投入创文工作',
    noise: [],
    outline: [],
  },
  '04-novel-songyuwenxue-cunmin-dahui-shuji-jianghua-crumb-not-speech': {
    source: 'http://songyuwenxue.com/415/415023/89238377.html',
    kind: 'non-speech: novel chapter (a 村书记 speaks at a 村民大会 prize-giving)',
    tests: 'a "当前位置:松语文学 > 其他类型 >碧云飞处彩虹垂最新章节 > 碧云飞处彩虹垂TXT下载" crumb and "错误举报"; the chapter heading "正文 第二十五章 村民大会(3)"; indented paragraphs, the first opening "最后,"; a host reading the agenda ("接下来,请我们的村书记…作重要讲话"); the secretary\'s remarks in quotation marks over four paragraphs ("大家静一静,我就随便讲两句"), the novel\'s "5八元"; narration between; cut mid-word ("想法和感") — a novel, not a speech',
    isSpeech: false,
    title: '第二十五章 村民大会(3)',
    noise: [],
    outline: [],
  },
  '05-zuotan-dfun-big5-nongcun-zaisheng-yuhuizhe-taolun-transcript-not-speech': {
    source: 'http://www.dfun.tw/?p=26324',
    kind: 'non-speech: 座談會記錄 (a rural-policy forum\'s discussion transcript, traditional script)',
    tests: 'the headline "《農村再生條例》的美麗與哀愁(7)與會者綜合討論"; the site\'s teaser repeating the moderator\'s opening cut with "…"; "前言:" with a series note ("本文為…座談會的記錄整理系列文章"); a photo caption; speaker labels "主持人:", "與會者一:", "與會者二:" over first-person remarks addressed to the room ("在座的各位", "主持人,各位講師,大家好"); a quoted parent\'s words in 「」; cut mid-sentence ("到我們台灣很") — the record of a discussion among several speakers, not one speech',
    isSpeech: false,
    title: '《農村再生條例》的美麗與哀愁(7)與會者綜合討論',
    noise: [],
    outline: [],
  },
  '06-anli-12371-jiexiang-chuishao-jiceng-zhili-yinyan-zhaiyao-yi-not-speech': {
    source: 'http://www.12371.cn/2019/07/18/ARTI1563416799243226.shtml',
    kind: 'non-speech: case-study article (the party-member portal on 北京\'s 街乡吹哨 部门报到 grassroots-governance reform)',
    tests: '"手机版" and "1 1 1" chrome; the headline "街乡吹哨 部门报到" and a "——北京以党建引领破解城市基层治理“最后一公里”难题" subtitle (a dash line); "共产党员网 打印 纠错"; indented 【引言】 (a leader\'s words reported: "多次强调,要…"), 【摘要】 with "比如…,等等" and quoted slogans, 【关键词】; a "一、背景情况" heading; cut mid-sentence ("北京作为首都") — an article, not a speech; its 一、 is no outline',
    isSpeech: false,
    title: '街乡吹哨 部门报到',
    noise: [],
    outline: [],
  },
};
