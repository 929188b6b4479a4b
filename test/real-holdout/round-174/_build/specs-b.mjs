// Gold specs for holdout round 174, part B (cases 07–12): work safety (安全生产月, 煤矿/危化 安全 会议, 安全 警示教育 —
// their 讲话 and 演讲稿, and their look-alikes: a news report of a 安全生产月 launch, a novel chapter on a coal-mine
// safety dispute and an accident case write-up).
// Three spoken pieces (a speech at a city's safety-training course for township heads on a 范文 site (m.gjknj.com,
// 卡耐基范文网, "/duwu/<id>.html"): a "卡耐基范文网 导航" header line, the title, a "来源网站:卡耐基范文网 2020-12-26" meta
// line, the brand "卡耐基范文网" alone on a line, the title again, then indented lines: "同志们:", an opening that announces
// "讲四个方面的的问题" (the site's doubled 的), two standalone headings "一、这次培训班的举办是形势发展的需要" and
// "二、这次培训班的举办是经济发展的需要" with one long paragraph between them, a "20--年" date placeholder and a cut
// mid-phrase ("一个施工队违章"); a provincial coal-mine inspectorate official's speech at a city's accident warning-education
// meeting in a coal-mining document library (zgmkw.com, 煤矿文库网, "/doc-<id>.html"): a "您好,欢迎访问煤矿文库网" header,
// "上传文档", a crumb "当前位置:首页 > 安全管理 > <file title>", the file title "附件4:山西煤监局<name>副局长在长治市“10﹒25”
// 事故警示教育会上的讲话(2019.11.19)" with an attachment label, the speaker and the date, a paywall block priced in the
// site's own currency ("还剩... 页未读,继续阅读", "免费阅读已结束,点击付费阅读剩下 ...", "¥ 0 煤块,已有380人购买",
// "免费阅读", "阅读已结束,您可以下载文档离线阅读", "¥ 10 煤块,已有0人下载", "付费下载"), a "文档简介:" label, then the
// document flattened onto one line: the file title glued before a page number "1", the document's own title printed
// twice over itself by the PDF extraction ("在长治市“在长治市“1010﹒2525”事故警示教育会上的讲话”事故警示教育会上的讲话"),
// the byline "山西煤矿安全监察局<name>(2019年11月19日)", "同志们:" glued to the body, a page number "2" glued inside a
// word ("召2开"), cut mid-phrase ("问题不说却不"); a worker's 演讲稿 at a coal mine's safety speech contest on a safety
// portal (anquan.com.cn, "/show-394-<id>-1.html"): no title and no site noise in the capture, the salutation
// "各位领导、各位评委、全矿职工家属们:大家好!" on one line, "今天,能站在这里为大家演讲", dated accident examples, cut
// mid-word ("214名矿工永")) and three written look-alikes (a news portal's report (yoojia.com, "/article/<id>.html") of a
// city's 安全生产月 launch: the reporter's byline "大众网记者 <name> 东营报道", the officials' 致辞/讲话 told in the third person
// ("邵启明在讲话中说,…"), a quoted countdown "“五、四、三、二、一,推杆启动!”" that opens a paragraph, cut after "东营市" —
// a report, not a speech; a chapter of an officialdom novel (rscq.cn, "/read/<book>/<id>_2.html", page 2 of the chapter)
// in which a city's party secretary argues at a standing-committee meeting that a coal-mine development zone should keep
// producing: long quoted turns ("“我们要在生产里头抓安全。…”"), "所以,我个人的意见,…", "不要搞一言堂,大家都谈谈看法。",
// the author's doubled "重重地地", cut at a colon before the next speaker's words — a novel, not a speech; an accident case
// on a traditional-script converter mirror hijacked by a porn-spam header (thyseen.com, "index.php?a=show&catid=202&id=
// <id>"): the spam line "亚洲呦女专区,…", the case's heading line, a bare "2004年11月20日," line, the heading repeated as the
// first sentence, the direct cause and the survey's finding, pinyin after a fixed set of characters ("聯(lián)", "業(yè)",
// "發(fā)", "災(zāi)", "經(jīng)", "內(nèi)", "導(dǎo)", "調(diào)", "當(dāng)") and simplified leftovers ("于", "采", "后") — an
// accident write-up, not a speech; 421 characters as rewritten, the whole stored page).
// Judgement calls: 07: the header line, the 来源网站 meta line and the lone brand line "卡耐基范文网" are the site's (noise);
// the two copies of the title are the title, both dropped, not listed (as the corpus does for title repeats); the doubled
// "的的" is the site's typo and stays; the two 一、/二、 heading lines are required level-1 items (whole line, no sentence
// end); "讲四个方面的的问题" only announces the parts (no item). 08: the document is the speech: the file title line (with
// "附件4:", the speaker's name and the date) and the crumb that carries it are the viewer's (noise), as the decorated repeats
// of round 5 case 01 and round 2 case 02's file-name line; the title is the document's own title "在长治市“10﹒25”事故警示教育会
// 上的讲话", which the page prints clean only inside those lines (inside the body it is mangled); the mangled double print
// ("在长治市“在长治市“1010﹒2525”…”事故警示教育会上的讲话") is a repeat of the title and is noise, cut with the glued file
// title and the page number "1" in one replacement (listed with its neighbours ")1在长治市“在长治市“1010" so that the page
// number is caught); the byline with the inspectorate's name and the date line in brackets is the speech's own (kept, as
// corpus "县委常委、县政府负责人xxx(二○一八年…)"); "同志们:" stays glued to the byline and the body (no break invented, as
// round 6 case 05); the page number "2" inside "召2开" is cut and listed with neighbours ("商量召2开这次", as the corpus's
// "秘\n2、书"); the paywall and price lines ("¥ 0 煤块,…") are the viewer's chrome; "免费阅读" alone is listed too (its own
// line); no numbered point inside the capture, so no outline. 09: no title line and no site noise in the capture; the
// body opens with an address to the audience and speaks in the first person ("今天,能站在这里为大家演讲"), so it is a
// speech with title "" (as round 6 case 07 and the corpus's untitled speeches); salutation and "大家好!" share one line and
// stay one paragraph. 10: third person throughout ("祁慧芳首先致辞", "邵启明在讲话中说") — a report; the quoted countdown
// "五、四、三、二、一" is not an outline (counts down, inside quotes, and no outline is read in a non-speech). 11: narration
// around quoted turns at a meeting, named characters ("严望川接着说") — a novel, as round 1 case 09 and round 172 case 10.
// 12: an accident case written in the third person, no address and no speaker — not a speech. Names of private people
// (the training speaker is unnamed; the inspectorate official and the mayor in 08, the reporter, the officials and the
// safety ambassadors in 10, the novel's characters, the mine owner in 12) and a company name in 08 were replaced by
// fictional ones; county, township and village names in 07 were replaced; public figures (习近平) stay; the prose was
// rewritten, the traditional page drafted in simplified characters and written in traditional by hand with the page's own
// quirks put back (pinyin after the same characters, "于", "采", "后", "為").
// Looked for and not found on a new host: a 安全生产月 启动仪式 讲话/致辞 (xiaomilidoc.com, refanwen.com,
// xiezuofangchengshi.com, m.010zaixian.com, fanwen9.com, guanlizhidu.com, wendang.net, m.zhiyuanku.com, yanjiang.com.cn,
// mip.010zaixian.com — all used; the new hosts carry third-person reports: yoojia.com (taken), sldetai.com, fabugov.com,
// zgzxjc.com, ruiying.cn is used); a 煤矿/危化 安全 工作会议 讲话 with 一是/（一） (fymate.net, m.sanweiyuan.com,
// gongwenbang.cn, laojin123.com, wmjy.cn, biganzicankao.cn, m.huaboedu.com, m.7rdy.cn, wenku.docs.qq.com, e.wenmi.ren,
// 6dgww.com, wm114.cn, m.bimoxiezuo.com, guanshanwenku.com, 56brand.top, xiebitongdao.com — used; dljs.net claimed by
// round 143); a 表态发言 on safety (m.1wenmi.com, m.daumloan.com — used; the new hosts are company news of pledges:
// ms.newssc.org, zgzxjc.com, hotdocsresources.com); a 安全生产 主持词 (chaoshi.m.zjtcn.com, m.zaixiangufen.com,
// wendang9.com, 365docx.com, m.shenghuoriji.com, 517r.com, executivefront.com — used or claimed); a traditional-script
// mirror of a safety 讲话 with a title (tmdps.cn, mingyanjiaju.org, regraff.com, xyvh.cn, 3du.tw — used; 555qipai.net holds
// only page 2 of a safety 演讲 with pinyin, no title and no address, which a reader cannot tell from an essay, so it was
// left); a 安全生产责任制/安全制度 on a new host (abg.baidu.com and fengdujob.net give titles only, zhetiaohe.com is used).
// Neighbouring themes tried (消防 会议 讲话, 应急演练 讲评, 安全培训班 开班 讲话) met used hosts (sanweiyuan.com,
// dawenge.com, zuowen.red, m.8686.com.cn, cyzxm.cn, m.meidekan.com) except m.gjknj.com (taken). So the part holds three
// speeches, one with numbered points (two).
// Template twins considered: zgmkw.com's "还剩... 页未读,继续阅读" resembles round 10 case 06's "还剩14页未读,继续阅读" (a
// different viewer: no 煤块 prices, no "文档简介:"), and its "您好,欢迎访问…" header matches only generic welcome lines of
// unrelated sites (round 138 case 17); m.gjknj.com's "来源网站:" and "<brand> 导航" lines occur on no used page; yoojia.com's
// "推杆启动" occurs in a used report (round 125 case 10) as ordinary prose, not template; thyseen.com's spam header occurs on
// no used page; m.bjbcgs88.com and hnxpcy.com are simplified/traditional mirrors of one mine report (not taken).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GJ_HEAD = '卡耐基范文网 导航';
const GJ_TITLE = '全市乡镇长安全培训班上的讲话';
const GJ_META = '来源网站:卡耐基范文网 2020-12-26';
const GJ_BRAND = '卡耐基范文网';

const ZG_HEAD = '您好,欢迎访问煤矿文库网';
const ZG_UP = '上传文档';
const ZG_FILE = '附件4:山西煤监局贺志远副局长在长治市“10﹒25”事故警示教育会上的讲话(2019.11.19)';
const ZG_CRUMB = `当前位置:首页 > 安全管理 > ${ZG_FILE}`;
const ZG_LEFT = '还剩... 页未读,继续阅读';
const ZG_END = '免费阅读已结束,点击付费阅读剩下 ...';
const ZG_PRICE = '¥ 0 煤块,已有380人购买';
const ZG_FREE = '免费阅读';
const ZG_DONE = '阅读已结束,您可以下载文档离线阅读';
const ZG_DL = '¥ 10 煤块,已有0人下载';
const ZG_PAY = '付费下载';
const ZG_ABS = '文档简介:';
const ZG_MANGLED = '在长治市“在长治市“1010﹒2525”事故警示教育会上的讲话”事故警示教育会上的讲话';
const ZG_TITLE = '在长治市“10﹒25”事故警示教育会上的讲话';

export const specs = {
  '07-jianghua-gjknj-xiangzhenzhang-anquan-peixunban-site-name-lines-title-twice-yi-er': {
    source: 'http://m.gjknj.com/duwu/357031.html',
    kind: 'speech: 讲话 (at a city\'s safety-training course for township heads; 范文 site)',
    tests: 'a "卡耐基范文网 导航" header line; the title; a "来源网站:卡耐基范文网 2020-12-26" meta line; the brand "卡耐基范文网" alone on a line; the title again; indented lines; "同志们:" on its own line; an opening that announces "讲四个方面的的问题" (doubled 的 kept); standalone headings "一、这次培训班的举办是形势发展的需要" and "二、这次培训班的举办是经济发展的需要"; a "20--年" placeholder; cut mid-phrase ("一个施工队违章")',
    isSpeech: true,
    title: GJ_TITLE,
    noise: [GJ_HEAD, GJ_META, GJ_BRAND],
    dropLines: [GJ_HEAD, GJ_TITLE, GJ_META, GJ_BRAND],
    outline: [
      { level: 1, marker: '一、', text: '这次培训班的举办是形势发展的需要' },
      { level: 1, marker: '二、', text: '这次培训班的举办是经济发展的需要' },
    ],
  },
  '08-jianghua-zgmkw-meikuang-shigu-jingshi-docviewer-meikuai-paywall-garbled-title-pagenum': {
    source: 'http://zgmkw.com/doc-24914.html',
    kind: 'speech: 讲话 (a provincial coal-mine inspectorate official at a city\'s accident warning-education meeting; coal-mining document library)',
    tests: 'a "您好,欢迎访问煤矿文库网" header and "上传文档"; a crumb ending in the file title; the file title "附件4:…副局长在长治市“10﹒25”事故警示教育会上的讲话(2019.11.19)" (attachment label, speaker, date); a paywall block priced in 煤块 ("还剩... 页未读,继续阅读", "免费阅读已结束,点击付费阅读剩下 ...", "¥ 0 煤块,已有380人购买", "免费阅读", "阅读已结束,您可以下载文档离线阅读", "¥ 10 煤块,已有0人下载", "付费下载"); a "文档简介:" label; the document flattened onto one line with the file title, a page number "1" and the title printed twice over itself ("在长治市“在长治市“1010﹒2525”…") glued before the byline "山西煤矿安全监察局<name>(2019年11月19日)" and "同志们:"; a page number glued inside a word ("召2开"); the title only clean inside the file-title lines; cut mid-phrase ("问题不说却不")',
    isSpeech: true,
    title: ZG_TITLE,
    noise: [ZG_HEAD, ZG_UP, ZG_CRUMB, ZG_FILE, ZG_LEFT, ZG_END, ZG_PRICE, ZG_FREE, ZG_DONE, ZG_DL, ZG_PAY, ZG_ABS,
      ZG_MANGLED, ')1在长治市“在长治市“1010', '商量召2开这次', '煤块'],
    replace: [
      [`${ZG_FILE}1${ZG_MANGLED}`, ''],
      ['召2开', '召开'],
    ],
    dropLines: [ZG_HEAD, ZG_UP, ZG_CRUMB, ZG_FILE, ZG_LEFT, ZG_END, ZG_PRICE, ZG_FREE, ZG_DONE, ZG_DL, ZG_PAY, ZG_ABS],
    outline: [],
  },
  '09-yanjiang-anquan-meikuang-yinhuan-salutation-first-no-title-clean-cut': {
    source: 'https://anquan.com.cn/show-394-86102-1.html',
    kind: 'speech: 演讲稿 (a coal-mine worker at a safety speech contest; safety portal)',
    tests: 'no title line and no site noise in the capture; the salutation and "大家好!" on one line ("各位领导、各位评委、全矿职工家属们:大家好!"); "今天,能站在这里为大家演讲" in the first person; dated accident examples (2008年1月14日, 2005年2月14日) and figures (214名); no numbered points; cut mid-word ("214名矿工永")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-yoojia-anquanyue-qidong-reporter-byline-countdown-quote-not-speech': {
    source: 'https://www.yoojia.com/article/9683080335212723757.html',
    kind: 'non-speech: news report (a city\'s 安全生产月 launch ceremony; news portal)',
    tests: 'a reporter\'s byline "大众网记者 <name> 东营报道"; officials\' 致辞 and 讲话 told in the third person ("邵启明在讲话中说,…"); the "促进月/攻坚月/加强月" slogan inside reported speech; a quoted countdown "“五、四、三、二、一,推杆启动!”" opening a paragraph; cut after "东营市" — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-novel-rscq-meikuang-anquan-changweihui-quoted-yijian-not-speech': {
    source: 'https://rscq.cn/read/5362/5184755_2.html',
    kind: 'non-speech: novel (an officialdom novel; a standing-committee meeting argues over a coal-mine development zone)',
    tests: 'page 2 of a chapter opening inside quoted turns ("“这份报告,今天一早我就让大家传看了,…”"); a party secretary\'s quoted opinion ("所以,我个人的意见,同意…"), "不要搞一言堂,大家都谈谈看法。"; narration naming the speakers; the author\'s doubled "重重地地"; cut at a colon before the next quoted words — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-anli-thyseen-big5-pinyin-tiekuang-huozai-shigu-spam-header-not-speech': {
    source: 'http://thyseen.com/index.php?a=show&catid=202&id=59119',
    kind: 'non-speech: accident case (a 2004 iron-mine fire; traditional-script converter mirror under a porn-spam header)',
    tests: 'a spam header line "亚洲呦女专区,…"; the case heading; a bare "2004年11月20日," line; the heading repeated as the first sentence with casualties and losses; "事故的直接原因是:…" and "調(diào)查報告認為,…"; pinyin after a fixed set of characters ("聯(lián)", "業(yè)", "災(zāi)", "經(jīng)", "內(nèi)", "導(dǎo)", "調(diào)", "當(dāng)"); simplified leftovers ("于", "采", "后"); the whole stored page (421 characters as rewritten) — an accident write-up, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
