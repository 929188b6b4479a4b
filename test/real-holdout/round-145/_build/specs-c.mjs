// Gold specs for holdout round 145, part C (cases 13–18): water supply and water saving (供水 公司 工作会议, 节水 宣传周,
// 世界水日/中国水周, 自来水厂 投产 — their 讲话, 致辞, 发言, and their look-alikes: a 停水 通知, a letter and a news report).
// Three spoken pieces (a district official's 致辞 at a 世界水日/中国水周 campaign on a 文档 site (www.lysspx.com, 尚善文档网,
// "/<column>/<yyyy>/<mmdd>/<id>.html"): a site bar "欢迎来到专业的尚善文档网平台! 工作总结 工作计划 … 述职报告", a crumb
// "当前位置:尚善文档网>心得体会 > <site title>" filing the 致辞 under 心得体会, the site's title "在世界水日宣传活动上的致辞",
// a "时间:2021-10-18 11:58:30 浏览量:" meta line with an empty count, then the document's own title with quotes and 主题
// ("在“世界水日”主题宣传活动上的致辞") glued by a space before the speech's date "2019年3月22日" and the salutation "尊敬的**
// 副秘书长,各位领导、各位来宾:", "大家上午好!" glued to the first paragraph by a space, "**" placeholders throughout, a
// second paragraph of the district's water-saving work, cut mid-word in a quoted slogan ("两手发"); a school staff member's
// 国旗下讲话 for 世界水日 on a high school's site (hnsd2fz.com, "/student-development/youth-league/<id>.html"): the title line
// "【国旗下的讲话】水淯四方不竭 梦行高远不踔" with a bracketed column label glued before the title, three indented bullet
// meta lines ("• 团旗飘扬|2024-03-18", "• 作者:总务处 <name>", "• 阅读量:1060"), a lone "分享" button line, the
// salutation, the title quoted inside the first sentence, a quoted classical saying, cut mid-word ("每一"); a water
// engineering group's 2018 新年致辞 to its staff on a traditional-script converter mirror (bhbre.com, "show_news.asp?id="):
// no title and no site noise in the capture, the salutation "各位領導,各位同事:" as the first line, the converter's
// single-character forms (里, 于, 斗 in "一年里", "勇于", "戰斗力"), a quoted slogan "鐵人、鐵律、鐵軍", cut after "2018年上")
// and three written look-alikes (a provincial audit office's repost of a news report on a 水利部 rural water supply meeting
// (sjfz.org.cn, 审计法治网, "/show-<id>.html"): "欢迎来到审计法治网!", the site name alone, a crumb "当前位置: 首页 > 舞弊审计 >
// 正文", the headline "…现场推进会 李国英讲话 张雨浦致辞" naming a 讲话 and a 致辞, a "发布时间:… 来源: 宁夏审计厅 作者:佚名"
// line with runs of spaces, the minister's words reported in the third person ("李国英强调,…", "李国英表示,…要…要…") —
// a news report, not a speech; a water group trade union's New Year letter of thanks to its workers' families (btywlp.cn,
// "index.php?c=show&id="): the addressee "亲爱的环保水务集团职工家属:" and "您好!" glued to the text, the whole letter on one
// line with spaces between its paragraphs, the union's signature and date at its end, a "策划:党群工作部" credit line — a
// letter, not a speech; a city-wide 停水通知 on a reference-news site (xinhaoat.cn, 致毓参考网, "/content/<id>.html"): a crumb
// "首页 > 参考资讯 > <title>", the title "全城停水通知 | 将于7月12日晚上10点开始" with a bar, "来源:致毓参考网", the addressee
// "尊敬的市民们:", four short paragraphs ending "…谢谢!", a "相关信息" tail — a notice, not a speech; 340 characters, the
// whole stored page).
// Judgement calls: 13's title is the document's own title glued before the date and the salutation ("在“世界水日”主题
// 宣传活动上的致辞", cut off the body line and not listed as noise since it equals the title), as round 125 case 02 took the
// document's own title glued before its salutation; the site's title above the meta line differs (no quotes, no 主题) and is
// noise with the crumb that repeats it (as round 2 case 08 and round 127 case 07: a site title that differs from the
// document's own); the date "2019年3月22日" is the speech's own date line and stays, glued to the salutation (no break is
// invented); "大家上午好!" stays glued to the first paragraph; the site bar and the meta line are noise (with "尚善文档网"
// listed again as a short part). 14's title is "水淯四方不竭 梦行高远不踔": the lenticular label "【国旗下的讲话】" is the
// site's column badge glued before it and is noise (as round 130 case 02's "[2011年秋季第10周国旗下讲话]"); the three bullet
// meta lines are the CMS's column|date, 作者 and 阅读量 fields and are noise (listed without their bullets, so that a
// half-removed line is still caught), although the 作者 field names the speaker's office (a meta field, not a byline under
// the title as round 5 cases 04/09 kept); the lone "分享" button line is dropped but not listed as a noise string (too short
// to be specific, as round 6 case 10's stray lines). 15 is a speech although it has no title in the capture: it opens with
// the salutation and speaks to the staff in the first person ("我代表…", "大家辛苦了,謝謝你們!"), like round 110 case 13's
// 新春致辞 and round 39 case 02's anniversary 致辞 on traditional mirrors with no title, and round 100 case 15's untitled
// 致辞 that opens with its salutation; its title is "" (none is invented from the company's name); the cut "2018年上" is
// its last paragraph. No outline in 13–15: none of the three carries a numbered point in the capture. 16–18 are written, not
// speeches: 16 reports the minister's 讲话 and the chairman's 致辞 in the third person under a headline naming both (as
// round 5 case 15 and round 4 case 15); 17 is a letter signed by a trade union, whose addressee line is no salutation of a
// speech (as round 137 case 17's "致…:" letter and round 124 case 12's 感谢信); 18 is a 通知 whose "尊敬的市民们:" and
// "谢谢!" do not make it a speech (as round 2's and round 3's 通知 that open with an addressee line). Names of private
// people (the school staff member in 14's meta line) were replaced by fictional ones; public figures (the minister and the
// regional chairman in 16's headline and report) and the organisations keep their names; the authored prose was rewritten
// (15's in simplified script, then converted to traditional and given back the mirror's single forms 里, 于, 斗, 周).
// Looked for and not found on a new host: a 供水工作会议 / 水务工作会议 讲话 with 一、/（一）/一是 points (gd-guozhen.com's
// traditional 水務工作會議 講話 with 一、(一)一是, 3du.tw's 供水工作會議講話 with 一要…八要, nepao.com's 保障安全供水调度会
// 讲话 with 一、 and 一是, xiezuofangchengshi.com's 水质保障 讲话 with 一、, scns.net.cn's 节水型社会 讲话 with 一、/一是,
// wnwk.com's 农村饮水 讲话 with 一、, m.wenku365.com's 农村饮用水 讲话 and taowenge.com's 饮水安全 讲话 with 一、 are all on used
// hosts); a 自来水厂/供水工程 通水 or 竣工 致辞 (yuwen.yiyaolib.com, sizug.com, renrendoc.com, m.010zaixian.com, bzwater.com,
// ahsbzc.com are used); a 节水宣传周 or 中国水周 讲话 on a 范文 site (m.jcwz.net, e.wenmi.ren, mswk.cn are used; r9l2pg.cn's
// 周英 致辭 is round 133 case 14's very page); a 节水 主持词 (none: only reports of launch ceremonies); a 供水 表态发言 or
// 竞聘演讲 (none: only reports of contests and a novel chapter); a 节水 演讲稿 with 一、/1、 倡议 points on a fresh host
// (ssfls.cn, 3du.tw, zh056.com, 9000bbs.cn, gkfww.com, m.huicuiba.com, bowengu.com, m.kfanwen.com, wuwu123.com, neimou.com,
// diyifanwen.cc are used); a 节水 倡议书 on a fresh host (m.wuhaninfo.cn, fanwen.gdygsk.com, m.beiweimall.com are used). So
// three speeches only (15 from the neighbouring theme of water engineering), none with numbered points, and three
// look-alikes.
// Template twins considered: suzhouqiti.com (在全县区域供水工程建设开工典礼上的讲话(精选多篇), with inline 一是/二是/三是 after
// full stops) opens its piece with "第一篇:" and folds the text with " ……此处隐藏2823个字……" in mid-sentence, the shape of the
// used tuozhan024.com (round 31 case 09), and tags its title "[此文共3807字]" like the used mifunc.com (round 4 case 16) → dropped
// as a likely twin; janker.cn (世界水日演講稿 范文 篇1) carries the toneless pinyin converter "(yan)(yan)" of the used
// 001net.com.cn (as round 135 part A found of wowofa.cn) under a spam header like round 69 case 01's → dropped;
// rishikeshbazar.com (世界水日演講稿 合集) serves the 天天文库 viewer of the used m.wenku365.com ("由會員上傳分享…天天文庫") →
// dropped; m.isangil.net serves the used uydoc.com's "/gongwen/xinwengao/361531.html" page in traditional script → dropped.
// lysspx.com's site bar and crumb ("欢迎来到专业的尚善文档网平台!", "当前位置:尚善文档网>"), hnsd2fz.com's bullet meta,
// sjfz.org.cn's "审计法治网"/"舞弊审计" lines, btywlp.cn's "策划:党群工作部" and xinhaoat.cn's "首页 > 参考资讯" and
// "致毓参考网" occur on no used page (round 8 case 02's "作者:佚名" line is another template's "范文作者:佚名 范文来源:不详"
// line), so they were kept; bhbre.com's page has no site line to compare, and no used page holds its text.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LY_BAR = '欢迎来到专业的尚善文档网平台! 工作总结 工作计划 读后感 发言稿 心得体会 申请书大全 思想汇报 述职报告';
const LY_CRUMB = '当前位置:尚善文档网>心得体会 > 在世界水日宣传活动上的致辞';
const LY_SITE_TITLE = '在世界水日宣传活动上的致辞';
const LY_META = '时间:2021-10-18 11:58:30 浏览量:';
const LY_TITLE = '在“世界水日”主题宣传活动上的致辞';

const HN_LINE = '【国旗下的讲话】水淯四方不竭 梦行高远不踔';
const HN_TAG = '【国旗下的讲话】';
const HN_TITLE = '水淯四方不竭 梦行高远不踔';
const HN_COL = '• 团旗飘扬|2024-03-18';
const HN_AUTHOR = '• 作者:总务处 柯素芬';
const HN_VIEWS = '• 阅读量:1060';

export const specs = {
  '13-zhici-lysspx-shijie-shuiri-sitebar-crumb-meta-glued-doc-title-date': {
    source: 'http://www.lysspx.com/xindetihui/2021/1018/7008.html',
    kind: 'speech: 致辞 (a district official at a 世界水日/中国水周 campaign; 文档 site)',
    tests: 'a site bar "欢迎来到专业的尚善文档网平台! 工作总结 工作计划 … 述职报告"; a crumb filing the 致辞 under 心得体会 and ending in the site\'s title; the site\'s title "在世界水日宣传活动上的致辞" (noise: it differs from the document\'s own); a "时间:… 浏览量:" meta line with an empty count; the document\'s own title with quotes and 主题 glued by a space before the date "2019年3月22日" and the salutation "尊敬的**副秘书长,各位领导、各位来宾:" (the title; the date stays glued to the salutation); "大家上午好!" glued to the first paragraph by a space; "**" placeholders; no numbered points; cut mid-word inside a quoted slogan ("两手发")',
    isSpeech: true,
    title: LY_TITLE,
    noise: [LY_BAR, LY_CRUMB, LY_SITE_TITLE, LY_META, '尚善文档网'],
    replace: [[`${LY_TITLE} 2019年3月22日`, '2019年3月22日']],
    dropLines: [LY_BAR, LY_CRUMB, LY_SITE_TITLE, LY_META],
    outline: [],
  },
  '14-guoqixia-hnsd2fz-shijie-shuiri-column-tag-bullet-meta': {
    source: 'https://hnsd2fz.com/student-development/youth-league/2248.html',
    kind: 'speech: 国旗下讲话 (a school\'s general-affairs staff member on 世界水日; high school site)',
    tests: 'the title line "【国旗下的讲话】水淯四方不竭 梦行高远不踔": a lenticular column badge (noise) glued before the title; three indented bullet meta lines "• 团旗飘扬|2024-03-18", "• 作者:总务处 <name>", "• 阅读量:1060"; a lone "分享" button line; the salutation "亲爱的老师们、同学们:"; the title quoted inside the first sentence ("…讲话的主题是“水淯四方不竭 梦行高远不踔”。"); a quoted classical saying with a semicolon; "例如:…" listing habits after a colon (prose); no numbered points; cut mid-word ("每一")',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_TAG, '团旗飘扬|2024-03-18', '作者:总务处 柯素芬', '阅读量:1060'],
    dropLines: [HN_LINE, HN_COL, HN_AUTHOR, HN_VIEWS, '分享'],
    outline: [],
  },
  '15-zhici-bhbre-big5-shuili-jituan-xinnian-no-title-cut': {
    source: 'https://bhbre.com/show_news.asp?id=324',
    kind: 'speech: 致辞 (a water engineering group\'s 2018 New Year address to its staff; traditional-script converter mirror)',
    tests: 'traditional script from a converter that keeps the single forms 里, 于, 斗 ("新的一年里", "勇于", "戰斗力"); no title and no site noise in the capture; the salutation "各位領導,各位同事:" as the first line; first-person address to the staff ("我代表…", "大家辛苦了,謝謝你們!"); a quoted slogan "鐵人、鐵律、鐵軍"; no numbered points; cut after "2018年上"',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-sjfz-nongcun-gongshui-tuijinhui-headline-jianghua-zhici-not-speech': {
    source: 'http://sjfz.org.cn/show-26468.html',
    kind: 'non-speech: news report (a 水利部 rural water supply meeting; reposted by a provincial audit office on an audit-law portal)',
    tests: '"欢迎来到审计法治网!" and the site name alone; a crumb "当前位置: 首页 > 舞弊审计 > 正文" (a column unrelated to the story); the headline "…现场推进会 李国英讲话 张雨浦致辞" naming a 讲话 and a 致辞; a "发布时间:… 来源: 宁夏审计厅 作者:佚名" line with runs of spaces; indented paragraphs; the minister\'s words reported in the third person ("李国英在讲话中要求,…", "李国英表示,…要…要…") — a report, not a speech; cut mid-phrase ("建立健全从")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-xin-btywlp-shuiwu-jituan-zhigong-jiashu-weiwen-not-speech': {
    source: 'http://btywlp.cn/index.php?c=show&id=1736',
    kind: 'non-speech: letter (a water group trade union\'s New Year letter of thanks to its workers\' families)',
    tests: 'the addressee "亲爱的环保水务集团职工家属:" with "您好!" glued to the text; the whole letter on one line with spaces between its paragraphs; second-person thanks ("您受累了!", "感谢您的理解与包容"); the union\'s signature and date at the end of the line; a "策划:党群工作部" credit line — a letter, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-tongzhi-xinhaoat-quancheng-tingshui-salutation-not-speech': {
    source: 'http://xinhaoat.cn/content/k49qwho7ldbsovrxg3it.html',
    kind: 'non-speech: 通知 (a city-wide water cut notice; reference-news site)',
    tests: 'a crumb "首页 > 参考资讯 > <title>"; the title "全城停水通知 | 将于7月12日晚上10点开始" with a bar; "来源:致毓参考网"; the addressee "尊敬的市民们:" (looks like a salutation); requests to store water and a closing "谢谢!"; a "相关信息" tail — a notice, not a speech; 340 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
