// Gold specs for holdout round 194, part B (cases 07–12): discipline and the united front (纪检监察 警示教育 大会, 廉政 谈话/党课,
// 统战 工作会议, 侨联/工商联/台商 致辞 — and their look-alikes: news reports of a 警示教育月 and of a 侨联 座谈会, a newspaper
// commentary on a 警示教育大会 reposted by a university, a novel chapter in which a 统战部长 speaks).
// About sixty queries found nearly every speech of the theme on a used host or a template twin (see "Looked for and not found"
// below), so this part holds two spoken pieces (a 侨代会 致词 and a cross-strait 台商 联谊 致词, the second from the theme's
// neighbourhood) and four written look-alikes of the theme itself.
// Two spoken pieces (the Central Committee's 致词 to the eleventh national congress of returned overseas Chinese, reposted by a
// city 侨联's site (czgghq.com, "/NEWS/<id>.html"): the capture opens in the sidebar — a "服务专栏 更多" box label and sixteen
// "· <truncated title>...<date>" list lines (one printed twice) —, a line holding one space, a "--时政要闻" column label with
// trailing spaces, the page headline "李希:在第十一次全国归侨侨眷代表大会上的致词" (name, colon, the genre phrase), then the
// document's own title "为强国建设民族复兴凝聚起侨界团结奋斗的磅礴力量", the dash subtitle "——在…代表大会上的致词", the date line
// "(2023年8月31日)", a bare speaker-name line "李希", the salutation "各位代表,同志们、朋友们:", paragraphs indented by four
// spaces, cut after "在党中央"; the Mainland Affairs Council's 主委致词稿 at a new-year gathering of Taiwanese businesspeople
// based on the mainland, on the council's simplified-script pages (www.mac.gov.tw, "/cn/News_Content.aspx?n=…&sms=…&s=…"): an
// accessibility skip link "跳到主要内容区块", the title "「2016大陆台商春节联谊活动」主委致词稿" in corner brackets with the genre
// word 致词稿, a bulleted "  • 发布日期:105-02-15" line dated in the Minguo calendar, a one-paragraph salutation listing eight
// guests by office with their given names in parentheses ("海基会林董事长(中森)、…") and ending "大家新年好,新年快乐!",
// "首先感谢…" opening a paragraph without a comma, a traditional "後" left in the simplified text, "(2015)" in a date, corner
// brackets round a meeting name, cut mid-name ("广州蓝天集团")) and four written look-alikes (a 侨联 site's report
// (ql.wuxi.gov.cn, "/doc/<y>/<m>/<d>/<id>.shtml") of a 中国侨联 座谈会 with overseas Chinese attending the CPPCC session: a crumb
// "当前位置:首页 >> 侨界要闻", the headline, a "时间:… 浏览次数: 来源: 字号:[ ]" line with three empty fields, a lead listing
// thirty countries, the chairman's words reported paragraph by paragraph ("林军代表中国侨联,…", "林军指出,…", "林军强调,…"),
// cut after "中央政治局常委会议、" — a news report, not a speech; a web-novel chapter (m.778668.com, "/<book>/<n>_1.html") in
// which a city's 统战部长 answers the mayor at a meeting: a reading-app promo of three lines ("用“小说阁”微信小程序追更新速度快!",
// "永久免费无需下载,还能切换源站追更", "进入微信小程序"), the chapter heading "第858章 针锋相对", the speaker's words in quotes
// with a quoted paragraph left open over several paragraphs, the narrator's laughter line, cut mid-word ("打压少") — a novel, not
// a speech; a city news portal's copy (hznews.hangzhou.com.cn, "/chengshi/content/<y-m>/<d>/content_<id>.htm") of a provincial
// daily's report on the province's 警示教育月: the headline, a "杭州网  发布时间:2019-05-24 10:00" line with trailing spaces,
// a "浙江日报讯(记者 … 通讯员 …)" lead, a paragraph opening with a district secretary's first-person words in quotes
// ("“面对这些反面典型,我们绝不能当‘看客’,…”5月23日上午,…") and his lecture told in the third person, cut mid-word ("也陆")
// — a news report, not a speech; a university's clean-governance column (www.bift.edu.cn, "/bfld/qfbf/<hash>.htm") reposting a
// Beijing Daily commentary under the pen name 京平: a crumb "您的位置: 首页 > 清风北服", a "字号: A A A" bar, bulleted lines for
// the headline "京平:警钟长鸣 声声入心", the date, 来源, 作者, 编辑 and an empty 阅读次数, the first paragraph glued to a bullet,
// paragraphs indented by four spaces speaking of "我们党", cut after a comma — a commentary, not a speech).
// Judgement calls: 07 is a speech (a 致词 addressed to "各位代表,同志们、朋友们" in the first person, "我向大会的召开致以…");
// its title is the document's own title line, not the page headline "李希:在…上的致词" that the site prints above it (as round 36
// case 03 took the speech's own title over its crumb, and round 2 case 08 set aside a site title differing from the document's
// own, listing it as noise); the sidebar box label and its sixteen list lines, the column label "--时政要闻" and the page headline
// are the site's and are noise; the dash subtitle "——在…上的致词" and the date line stay as the speech's own header (as round 36
// case 03's "——在第八次全国归侨侨眷代表大会上的祝词" and "(2009年7月14日)"), the subtitle an optional level-1 dash item (a
// subtitle that opens with ——, shared README; round 36 case 03); the bare name line "李希" under the date is the speaker's name
// as the site prints it and is noise (as round 36 case 03's "王兆国"); the line holding one space is no paragraph; the last
// paragraph ends where the capture ends ("在党中央"). 08 is a speech (a 致词稿 with a salutation and the minister speaking in
// the first person); its title is printed once, corner brackets and "稿" included (site- and document-flavoured words stay, shared
// README); the skip link and the bulleted date line are noise; the salutation that lists the guests and ends in the greeting
// "大家新年好,新年快乐!" is one paragraph as printed (no break is invented, shared README); "首先感谢…" opens a paragraph with no
// comma after 首先 and no 其次 follows in the capture → no item (as round 184 B's 08 "首先给大家…" and round 5 case 11); the
// "後" and the ASCII parentheses stay as printed. 09, 10, 11 and 12 are written: 09 a third-person report whose chairman's words
// are retold ("林军指出,…", as round 184 B's 11 and the shared corpus's 45), 10 a novel chapter in which the speech is a
// character's quoted dialogue (as the shared corpus's 22, 23 and 50), 11 a report that opens a paragraph with a speaker's
// quoted words and then tells of him in the third person (as round 184 B's 11), 12 a newspaper commentary (a written genre,
// "我们党…" as the paper's editorial voice, as round 5 case 12's commentary on a speech). Names: private people (09's none; 10's
// characters and their city; 11's reporters and the district secretary; 12's editor; 08's three business-association leaders'
// given names) were replaced by fictional ones; public officials and their roles were kept (07's 李希; 08's ministers and
// officials of the day, 马总统 and 张志军; 09's 林军 and the 侨联 vice-chairmen); the prose was rewritten (for 07 in the register
// of a Central Committee address, keeping its fixed political formulas).
// Looked for and not found on a new host: a 警示教育大会 讲话 (haowensou.com, wenmizhiyou.com, gongwk.com, gongwenku1.com,
// xiezuofangchengshi.com are used; the rest are news: sotrm.com (a casino-branded hijacked site), szb.gnrbs.cn (used), dhcdi.gov.cn,
// cbgc.scol.com.cn, 3201019.com (used), and novels: bookbl.com (used), quanben.io); a 集体廉政谈话 / 任前廉政谈话 / 节前廉洁提醒
// 讲话 (haowensou.com, xiezuofangchengshi.com, gwyoo.com, 98523.com are used; the rest are news (news.enorth.com.cn,
// jiwei.ustb.edu.cn) and novels); a 廉政 党课 (whlksw.com, gjxy.huas.edu.cn, djdoc.cn, wenku.baigecn.com, m.wenke99.com,
// 777doc.com, guanlizhidu.com are used); a 纪检监察 队伍 讲话 (shituxiezuo.com, gongwk.com, gongwenku1.com are used;
// tax.wyghome.com's "内容预览:" page shares the ShowArticle.asp path and the "内容预览:" line of used mswk.cn, set aside as a
// twin); a 统战工作会议 讲话 (tzb.huaian.gov.cn, wentop.com, m.7rdy.cn, mingyanjiaju.org are used; marxists.org's 1953 talk is a
// reference archive; the rest are news and articles: hooeng.com, m.jizihe.com, hsdaily.cn, c.m.163.com); a 新联会/知联会 讲话
// (maok.cn used; the rest are news: zit.org.cn (used), jstz.gov.cn, tzb.ankang.gov.cn (its base domain used), tzb.wh.cn,
// aqmj.gov.cn); a 侨联 代表大会/换届/成立 讲话 or 致辞 (npc.gov.cn, focat.org.tw, easyo.cn, 777doc.com, jianligu.com are used;
// the rest are reports: hrbqiaolian.org.cn, chubun.com, wap.qwitaly.com, hmguojiribao.com); a 工商联/商会 致辞 (sdxzsh.com,
// cdsnsh.com, srcic.com, agnbn.com, 98523.com, jingwenlaw.com are used; the rest are news: bshib.com, hlsj.org, mffb.com.cn
// (used), scswjd.com.cn, ccass.org.cn (used), comcoc.com, tfjjxsh.windstars.net (used)); a 民族团结/宗教界/政协 讲话 as a
// neighbouring occasion (biganzizhijia.cn, plzso.com, m.studyofnet.com, xiezuofangchengshi.com, 365docx.com, gongwen.com.cn are
// used); a 台商 讲话 (zw-news.com's 国台办 致辞 "全文如下" is used; 49.213.0.198 is an address of the used crntt.com, set aside);
// so only 07 and 08 are spoken, and neither carries numbered points (07 one optional dash subtitle).
// Template twins considered: `node /work/notes/twin.mjs` finds no used noise line of six characters or more on any of the six
// pages (checked: "服务专栏 更多", "--时政要闻", the "· …...<date>" list lines, "跳到主要内容区块" (a generic accessibility link
// of Taiwanese government sites), "• 发布日期:", "当前位置:首页 >> 侨界要闻", "时间:… 浏览次数: 来源: 字号:[ ]" (a common
// government CMS meta shape, named with no used site), the 小说阁 promo lines, "杭州网  发布时间:", "您的位置: 首页 > 清风北服",
// "字号: A A A"); czgghq.com, mac.gov.tw, ql.wuxi.gov.cn, m.778668.com, hznews.hangzhou.com.cn and bift.edu.cn are named in no
// earlier gold file or spec (scripts/holdout-hosts.mjs --check).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build-round.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CZ_TITLE = '为强国建设民族复兴凝聚起侨界团结奋斗的磅礴力量';
const CZ_BOX = '服务专栏 更多';
const CZ_LIST = [
  '· 涉侨政策法律问答(...2024-9-13',
  '· 涉侨政策法律问答(...2024-8-28',
  '· 中华人民共和国宪法2024-3-28',
  '· 信访工作条例2024-3-28',
  '· 沧州市侨联举办涉侨...2024-3-8',
  '· 中华人民共和国领事...2023-11-28',
  '· 中华人民共和国行政复议法2023-11-28',
  '· 中国侨联贯彻《信访...2023-2-7',
  '· 回望中共百年侨务工...2021-9-17',
  '· 民法典亮点解读2020-12-8',
  '· 人民日报评论员:坚...2020-12-3',
  '· 宪法宣传周|你应该...2020-12-3',
  '· 您的身份是华侨?华...2020-7-15',
  '· 沧州市侨联召开涉侨...2020-6-2',
  '· 中华人民共和国归侨...2020-4-29',
];
const CZ_COLUMN = '--时政要闻';
const CZ_HEADLINE = '李希:在第十一次全国归侨侨眷代表大会上的致词';
const CZ_SPEAKER = '李希';

const MAC_TITLE = '「2016大陆台商春节联谊活动」主委致词稿';
const MAC_SKIP = '跳到主要内容区块';
const MAC_DATE = '• 发布日期:105-02-15';

export const specs = {
  '07-zhici-czgghq-qiaolian-qiaodaihui-sidebar-list-column-label-headline-bare-speaker-dash-subtitle': {
    source: 'http://czgghq.com/NEWS/2966.html',
    kind: 'speech: 致词 (the Central Committee\'s address to the national congress of returned overseas Chinese; city 侨联 site)',
    tests: 'capture opening in the sidebar: a "服务专栏 更多" box label and sixteen "· …...<date>" list lines (one printed twice); a line holding one space; a "--时政要闻" column label; the page headline "李希:在…上的致词" above the document\'s own title; a dash subtitle "——在…上的致词" (optional dash item) and a date line kept; a bare speaker-name line "李希" (noise); salutation "各位代表,同志们、朋友们:"; paragraphs indented by four spaces; cut after "在党中央"',
    isSpeech: true,
    title: CZ_TITLE,
    noise: [CZ_BOX, ...CZ_LIST, CZ_COLUMN, CZ_HEADLINE, CZ_SPEAKER],
    dropLines: [CZ_BOX, ...CZ_LIST, CZ_COLUMN, CZ_HEADLINE, CZ_TITLE, CZ_SPEAKER],
    outline: [
      { level: 1, marker: '——', text: '在第十一次全国归侨侨眷代表大会上的致词', optional: true },
    ],
  },
  '08-zhici-macgov-taishang-chunjie-lianyi-skip-link-bullet-date-roc-year-guest-list-shouxian-no-comma': {
    source: 'https://www.mac.gov.tw/cn/News_Content.aspx?n=C07A4E0160AC69CE&sms=B69F3267D6C0F22D&s=9B1841F5C8EEDA23',
    kind: 'speech: 致词稿 (the Mainland Affairs Council minister at a new-year gathering of Taiwanese businesspeople on the mainland; government site, simplified pages)',
    tests: 'an accessibility skip link "跳到主要内容区块"; the title in corner brackets with the genre word "致词稿"; a bulleted "• 发布日期:105-02-15" line in the Minguo calendar; a one-paragraph salutation listing guests by office with given names in parentheses and ending "大家新年好,新年快乐!"; "首先感谢…" opening a paragraph with no comma and no 其次 (no item); a traditional "後" in simplified text; cut mid-name ("广州蓝天集团")',
    isSpeech: true,
    title: MAC_TITLE,
    noise: [MAC_SKIP, MAC_DATE],
    dropLines: [MAC_SKIP, MAC_TITLE, MAC_DATE],
    outline: [],
  },
  '09-news-wuxiql-qiaolian-zuotanhui-crumb-meta-empty-fields-linjun-zhichu-qiangdiao-not-speech': {
    source: 'http://ql.wuxi.gov.cn/doc/2017/03/13/1280241.shtml',
    kind: 'non-speech: news report (a 中国侨联 座谈会 with overseas Chinese attending the CPPCC session; city 侨联 site)',
    tests: 'a crumb "当前位置:首页 >> 侨界要闻"; the headline; a "时间:… 浏览次数: 来源: 字号:[ ]" line with empty fields; a lead listing thirty countries; the chairman\'s words retold paragraph by paragraph ("林军代表中国侨联,…", "林军指出,…", "林军强调,…"); cut after "中央政治局常委会议、" — a report, not a speech',
    isSpeech: false,
    title: '中国侨联举行列席全国政协十二届五次会议海外侨胞座谈会',
    noise: [],
    outline: [],
  },
  '10-novel-778668-tongzhanbu-buzhang-zhenfeng-xiangdui-miniprogram-promo-chapter-quoted-speech-not-speech': {
    source: 'http://m.778668.com/ZhiGaoShiMing/435_1.html',
    kind: 'non-speech: novel (a web-novel chapter in which a city\'s 统战部长 answers the mayor at a meeting)',
    tests: 'a three-line reading-app promo ("用“小说阁”微信小程序追更新速度快!" …); the chapter heading "第858章 针锋相对"; a 统战部长\'s first-person speech in quotes, one quotation left open over several paragraphs; the narrator\'s lines between; cut mid-word ("打压少") — a novel, not a speech',
    isSpeech: false,
    title: '第858章 针锋相对',
    noise: [],
    outline: [],
  },
  '11-news-hznews-jingshi-jiaoyu-yue-meta-line-quoted-first-person-paragraph-not-speech': {
    source: 'http://hznews.hangzhou.com.cn/chengshi/content/2019-05/24/content_7199264.htm',
    kind: 'non-speech: news report (a provincial 警示教育月 and the 警示教育大会 it brought; city news portal copying a provincial daily)',
    tests: 'the headline; a "杭州网  发布时间:… " line with trailing spaces; a "浙江日报讯(记者 … 通讯员 …)" lead; a paragraph opening with a district secretary\'s first-person words in quotes, then his lecture told in the third person; cut mid-word ("也陆") — a report, not a speech',
    isSpeech: false,
    title: '我省推进“警示教育月”活动',
    noise: [],
    outline: [],
  },
  '12-article-bift-jingshi-jiaoyu-pinglun-crumb-font-bar-bullet-meta-women-not-speech': {
    source: 'https://www.bift.edu.cn/bfld/qfbf/57f8d5f0665f4d96a8845b0f414c8e56.htm',
    kind: 'non-speech: commentary (a Beijing Daily commentary on the city\'s 警示教育大会, reposted in a university\'s clean-governance column)',
    tests: 'a crumb "您的位置: 首页 > 清风北服"; a "字号: A A A" bar; bulleted headline, date, 来源, 作者, 编辑 and an empty 阅读次数; the first paragraph glued to a bullet; paragraphs indented by four spaces in the paper\'s editorial "我们党" voice; cut after a comma — a commentary, not a speech',
    isSpeech: false,
    title: '京平:警钟长鸣 声声入心',
    noise: [],
    outline: [],
  },
};
