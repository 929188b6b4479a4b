// Gold specs for holdout round 131, part A (cases 01–06): housing provident funds and public rental housing (住房公积金
// work meetings and 管委会, 保障性住房/公租房/安置房 allocation and key-handover ceremonies, and their look-alikes).
// No speech of the theme turned up on an unused host, so all six pages are look-alikes: four news reports, a traditional
// mirror of a news report and a novel chapter. Per page:
// 01 (www.sysgjj.org.cn) a 公积金 center's CMS copy of a provincial department's report on a 住房公积金 重点工作汇报会: a
// slider's "• 2 / • 3 / • 4" bullets, "当前位置:首页>新闻动态 > 行业新闻", the headline, a "… 浏览次数:" line with an empty
// count, then the vice-director "出席会议并讲话" in the third person, with inline "一是…;二是…;三是…" after "主要问题。" and
// again after "…如期完成。" — the points of a reported speech, not a speech; a "摘自 … 公积金处 <name>" source line at the end.
// 02 (m.ahnjaewook.com.cn) a hijacked traditional-script mirror of a city report on a 扩大住房公积金受益范围 动员部署会: no
// headline in the capture, converter pinyin after 關/負/責/達/業/產/領/導/聯 on every occurrence (相關(guān)), simplified
// leftovers (范圍, 關(guān)于), and "會議首先傳達了…;其次,…;第三,…" run together in one paragraph — agenda items of a
// meeting told in the third person, not a speech.
// 03 (ziyungong.com) a first-person novel chapter: the narrator, a city official, gives a short quoted 发言 ("各位乡亲,…谢谢
// 大家…") at the ground-breaking of an 经济适用房 estate, then a woman announces "我宣布,…正式开工"; the novel reader's tail
// ("Loading...", "未加载完,尝试【刷新】or【关闭小说模式】…", "收藏网址:www.ziyungong.com", "(>人<;)") — a novel, not a speech.
// 04 (ahyswy.com) a property company's news item on a 安置小区 交房仪式: headline, a run-together
// "发布时间:2011-11-23浏览次数:1746" line, the ceremony, the attending officials, "…代表一山物业作了发言" and a closing
// "最后,<name>要求,…" paragraph — a report of a ceremony, not a speech.
// 05 (gjj123.com) a 公积金 portal's copy of a 上海住房公积金管理中心 union item: the headline twice around a
// "2007-06-25 00:00   来源:…   分享到:" line, then a report of a study session where the union chairman relays a party
// congress speech ("他首先指出,…", quoted slogans, "其一,/其二," after a colon), cut mid-sentence ("指导") — a report, not
// a speech.
// 06 (www.0724f.com) a city housing portal's item on a 人大 vice-chairman's 公积金 扩面 survey: headline, "荆门房信网
// 2013-09-25 11:25" and a bare "168" view count, figures, "…要求,…;要…;要…;要…" in reported speech, then
// "(责任编辑:若英缤纷)", "编辑者:admin", "分享到:" — a report, not a speech.
// Looked for and not found on an unused host: a 住房公积金 工作会议 讲话 or 管委会 讲话 (the corpus answers with tag pages
// whose text is a single title — abg.baidu.com, fengdujob.net, lndzdj.com, shenkongzuanchuang.com, um.sanwen.net, zhetiaohe.com
// — and with news reports); a 公租房/廉租房/保障房 钥匙交付 or 分配 仪式 致辞 (the one 配租交钥匙 speech in the store has no
// address; weilaioem.com's 廉租住房 开工 致辞, lsjse.com's 回迁安置 致辞, bowenba.com's 安置房 开工 致辞, m.wnwk.com's 经济适用房
// 奠基 讲话, xiaomilidoc.com and m.777doc.com's 保障房 讲话提纲 are on used hosts); a 公积金 演讲稿 (huaboedu.com is used); the
// neighbouring 棚户区改造 讲话 with 一、/第一, (xiegongwen.com, x1762.cn, wmjy.cn, xiebitongdao.com, 9000bbs.cn, huaboedu.com,
// m.wenke99.com are all used); a 公积金 政策解读 with text (the hits were single-title tag pages). So this part has no speech
// and no numbered speech: the theme offers none on a fresh host.
// Template twins set aside: mbwenxue.com (a novel chapter with a 安居房 奠基仪式 speech, "首先,我代表…" and "一是…;二是…;
// 三是…" after a colon, under the "手机浏览器扫描二维码访问" novel-reader chrome already used by 008xiaoshuob.com, saoshu.org,
// m.67shu.org and others); dglzk19.com (a mirror of a Guangdong government portal's "/zdlyxxgk/…/content/post_N.html"
// template, as the used www.gdcy.gov.cn: a report of a 住房保障 座谈会 with "重点推进六方面工作:一是…;二是…").
// Living people's names that are not public figures (officials of the reports, the credit line's author, the union's
// members, the novel's characters) were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-sysgjj-gongjijin-huibaohui-carousel-crumb-yishi-inline-not-speech': {
    source: 'http://www.sysgjj.org.cn:80/hyxw/431385.jhtml',
    kind: 'non-speech: news report (a provincial 住房公积金 重点工作汇报会, on a city 公积金 center\'s site)',
    tests: 'slider bullets "• 2" "• 3" "• 4" on lines of their own; "当前位置:首页>新闻动态 > 行业新闻"; the headline; "2017-11-08 08:55:08  浏览次数:" with an empty count; a vice-director who "到会并讲话", reported in the third person ("…表示肯定,同时重点点出了…", "…要求,…"); inline "一是…;二是…;三是…" twice, each after a full stop — points of a reported speech; a "摘自 … 公积金处 <name>" credit line — a news report, not a speech',
    isSpeech: false,
    title: '山东省住房城乡建设厅组织召开住房公积金重点工作汇报会',
    noise: [],
    outline: [],
  },
  '02-news-ahnjaewook-big5-gongjijin-kuomian-dongyuanhui-pinyin-garble-shouxian-qici-not-speech': {
    source: 'http://m.ahnjaewook.com.cn/newsDetail11575.shtml',
    kind: 'non-speech: news report (traditional-script mirror of a city report on a 扩大住房公积金受益范围 动员部署会; hijacked host)',
    tests: 'traditional script with converter pinyin after every 關/負/責/達/業/產/領/導/聯 ("相關(guān)單位負(fù)責(zé)人", "組織領(lǐng)導(dǎo)"); simplified leftovers (范圍, 關(guān)于); no headline in the capture; "會議首先傳達(dá)了…;其次,…;第三,強化組織領(lǐng)導(dǎo)。…" — a meeting\'s agenda told in the third person in one paragraph, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-novel-ziyungong-jingji-shiyongfang-kaigong-fayan-quoted-loading-tail-not-speech': {
    source: 'https://ziyungong.com/book/37312529526853/40949411225669.html',
    kind: 'non-speech: novel (first-person chapter: an official\'s short 发言 at an 经济适用房 ground-breaking)',
    tests: 'narration in the first person ("我有些激动", "我宣布" said by another character); a quoted 发言 paragraph opening "“各位乡亲," and ending "谢谢大家,也谢谢大家对市委市政府的支持。”"; the novel reader\'s tail "Loading..." / "未加载完,尝试【刷新】or【关闭小说模式】or【关闭广告屏蔽】。" / browser and network hints / "收藏网址:www.ziyungong.com" / "(>人<;)" — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-ahyswy-anzhi-xiaoqu-jiaofang-yishi-meta-zuihou-not-speech': {
    source: 'http://ahyswy.com/news_detail/7',
    kind: 'non-speech: news report (a property company\'s item on a 安置小区 key-handover ceremony)',
    tests: 'headline "…举行隆重交房仪式"; a run-together "发布时间:2011-11-23浏览次数:1746" line; the ceremony, 钥匙 handed to 12 households, a list of attending officials, "…代表一山物业作了发言"; a closing paragraph opening "最后,<name>要求," in reported speech — a report of a ceremony, not a speech',
    isSpeech: false,
    title: '庄周安置小区举行隆重交房仪式',
    noise: [],
    outline: [],
  },
  '05-news-gjj123-gongjijin-gonghui-xuexi-chuanda-title-twice-source-share-not-speech': {
    source: 'https://gjj123.com/a/shanghai/20100120/4583.html',
    kind: 'non-speech: news report (a 公积金 center\'s union study session relaying a party congress speech; 公积金 portal)',
    tests: 'the headline twice around a "2007-06-25 00:00   来源:上海住房公积金管理中心   分享到:" line; one long indented paragraph: "内容有两项:其一,…;其二,…", a union chairman relaying a 讲话 ("他首先指出,…", "他接着说,…", "进一步指出,…"), quoted slogans and "四个“显著”" — all reported in the third person; cut mid-sentence ("指导") — a report, not a speech',
    isSpeech: false,
    title: '中心工会组织专题学习,传达市九次党代会精神',
    noise: [],
    outline: [],
  },
  '06-news-0724f-gongjijin-kuomian-diaoyan-brand-date-views-editor-share-not-speech': {
    source: 'http://www.0724f.com/archive/aid-2123.html',
    kind: 'non-speech: news report (a 人大 vice-chairman\'s survey of the city\'s 住房公积金 work; city housing portal)',
    tests: 'headline with a double-space between two clauses; "荆门房信网 2013-09-25 11:25" and a bare "168" view count on its own line; figures (17.2万, 35647户, 30.3亿元); "<name>要求,…;要…;要…;要…。" in reported speech; "(责任编辑:若英缤纷)", "编辑者:admin" and "分享到:" at the end — a news report, not a speech',
    isSpeech: false,
    title: '我市推进公积金制度扩面工作 增大住房公积金的归集量',
    noise: [],
    outline: [],
  },
};
