// Gold specs for holdout round 135, part C (cases 13–18): revolutionary old areas and red tourism (老区建设促进会, 红色旅游,
// 革命纪念馆, 红色教育基地 — their 讲话, 致辞 and 解说词, and their look-alikes: a novel chapter and a news report).
// Four spoken pieces (a provincial 老促会 executive president's 讲话 at the re-election congress of a city 老促会, printed on
// the national 老区 portal (zhongguolaoqu.com, 中国老区网, a PHPCMS "index.php?m=content&c=index&a=show" page): the site
// slogan "让世界了解老区 让老区走向世界", a bare "search" line (the search box), the headline naming speaker and occasion,
// a "2023/12/06  浏览量:   作者:… 叶顺煌  来源:中国老区网" meta line with an empty view count, no salutation, a preview
// "我讲三点意见", the heading line "一、莆田是我省红土地上的一座丰碑", then "主要有 4 个特点:一是…。二是…。三是…" with
// numbers set off by spaces ("1925 年底", "207 团"), cut at the store's end ("1934"); a former vice-governor's 讲话 at the
// 20th anniversary of a city's 老区开发促进会 on a city news portal's 老区 channel (laoqu.zgnt.net): the whole capture on
// one line — the speaker's byline with his positions and the date "(2009年12月14日)", the salutation "各位同志:大家好!",
// paragraphs run together with single spaces, a preview "有三个方面。" followed by "第一是知难而上,开拓进取。", cut
// mid-word at the store's end ("兴办高沙"); a guide's 解说词 for a company's 红色教育基地 on a traditional-script page
// (igenti.net, a "news/<n>.html" page): the headline "傳承紅色精神 造福地方百姓" three times, twice over a
// "- 分類:紅色教育基地" / "- 發布時間:2018-03-26 17:47" pair of bulleted meta lines, a subtitle "——睿智假日灣…解說詞",
// stop labels "一:門口" (a colon after the numeral) and "1.序言", a salutation with alternatives "各位領導/各位嘉賓:" and
// "大家早上好/下午好!", a converter's 于/里/并/斗 and the page's own "中華人民共和成立" (國 missing), a second label
// "2.毛主席雕像", cut mid-sentence ("華表高"); a district party committee's welcome 致辞 at a forum of the war-resistance
// memorial halls (china918.cn, "news/read?id="): no title, the salutation "各位领导、各位同志:" first, five paragraphs,
// "同志们:让我们…" and "预祝“论坛”圆满成功!" / "谢谢大家!", then the site footer cut after three characters ("设为首"))
// and two written look-alikes (a chapter page of an officialdom novel on a phone reading site (m.njjxbz.com): reader
// chrome "设置" / "关灯", the chapter title "第六百五十三章 扶贫攻坚(2)", a vice-premier's speech on the old areas quoted in
// narration (“…新中国。” opens the page inside a quote), the site's dropped 发 ("语渐渐", "扶贫开和", "经济展", "老区展了"),
// "中国**人", and the tail " <本章未完请点击"下一页"继续观看!>" — a novel, not a speech; a tourism portal's report
// (cn-zhangjiajie.cn) of the opening of a provincial 红色旅游文化节 at Shaoshan: a "【繁体】【 ENGLISH】【设为首页】【加入收藏"
// bar, a "[本站公告] …" column bar with "|" separators, an indented crumb ending "详细内容 在线投稿", the headline, a
// "发布: … |  编辑: … |   来源: … |  查看: 2305次" meta line, officials listed as "出席活动并讲话", a subheading
// "第一篇章“日出韶山”…", cut after "由" — a report, not a speech).
// Judgement calls: 13: the headline is the title (the speech's own name with the speaker's position and name, kept whole
// as printed); the slogan, "search" and the meta line are noise ("来源:中国老区网" listed again as a short part); "一、…" is a
// required level-1 heading; "一是" follows a colon and "二是"/"三是" follow full stops, so by the letter no run starts
// (二是 continues no counted run), while a reader reads a list of three points → all three optional, level 2 under 一、 (as
// round 4 case 07 with 第一, after a colon and 第二,/第三, after full stops); their texts are their short first sentences.
// 14: no title line in the page, so the title is ""; the byline with the speaker's positions and the date opens the line
// and stays as the speech's own header (as the shared corpus's `主讲人:…书记…`); the page is one line and stays one
// paragraph (no break is invented at the spaces); "第一是" (in the rule table) follows a full stop but the capture ends
// before "第二是", a run of one → optional, level 1 (as round 3 case 05's inline 一、), text "知难而上,开拓进取". No noise:
// a do-no-harm case. 15: a 解说词 read to visitors, opening with a salutation and "歡迎來到…", is spoken (as round 9's
// 开幕式解说词 and round 62's 04); the headline is the title, its two repeats are dropped (not listed: they equal it); the two
// bulleted meta lines are noise; the subtitle "——…解說詞" is a body paragraph and an optional dash point (as round 1 case 08
// and round 36's 02/03); "一:" is a numeral with a colon, outside the rule table → optional, level 1 (as 第一點, in the shared
// corpus); "1.序言" and "2.毛主席雕像" are required arabic headings, and with "一:" not counted by the rules they sit at level
// 1 (by the letter, as round 3 case 05 put 首先/其次 at level 1 beside an uncounted 一、; a reader would nest them under
// 一:); the slash alternatives in the salutation are the script's and stay. 16: no title line, so the title is ""; the
// speech opens with the salutation and speaks in the first person ("我代表中共上海市宝山区委员会…"); "设为首" is the site
// footer ("设为首页") cut by the capture → noise; "同志们:让我们…" and "预祝“论坛”圆满成功!" are body; no numbered points.
// 17 and 18 are written, not speeches. Names in the rewritten prose (the 老促会 president named in 13's body, the speaker in
// 14's byline and the people he names, the company founder and his relatives in 15, the officials listed in 18) were
// replaced by fictional ones; names inside noise lines and titles stay as printed; the prose was rewritten.
// Looked for and not found on a new host: a 红色旅游工作会议 讲话 with 一、/（一） headings (the two copies of "在全县红色旅游
// 发展专题会上的讲话" with 一是要… are on the used xiegongwen.com and bgzms.com, "红色文化旅游座谈会上的讲话.docx" on the used
// desk33.com, a 红色旅游发展发言提纲 on the used xuncaibao.com); a 纪念馆开馆 致辞 on a 文库 viewer (the 马骏纪念馆 致辞 sits on
// the used m.jinchutou.com, the museum opening 致辞 on the used wendang.net and zixin.com.cn); a 老促会 讲话 with 一是…四是 after
// full stops (laobiganzi.top, used); a 纪念红军长征胜利 讲话 printed as a speech (the corpus answers with news reports on
// converter mirrors, journal abstracts on the used ppdoc.com and a 长征 演讲稿 collection on the used cooco.net.cn); a
// traditional mirror of a 老区 讲话 on a new host (the 谢先文 老促会 讲话 with 一是…三是 is on the used victorzhang.cn, an fx361
// mirror); a museum's 导游词 not addressed to an audience (the 导游词 pages found open with "各位游客" and stand on used hosts:
// 3c3c.com, yiyyy.com, dyhzdl.cn). So 13 carries the only run of numbered points (一、 with 一是/二是/三是), 15 has labels.
// Template twins considered: 1000zi.500zi.com (a red-tourism news page, "1000字范文,内容丰富有趣,学习的好帮手!" over
// "1000字范文 > …", 时间 and 相关推荐) is the template of the used 700zi.400zi.cn (round 131's 18) → dropped; 99wenmi.com
// ("抗日战争纪念馆游览讲解词(共7篇)" with a bare date and "1.… 篇一") is the template of the used 52xueshu.com (round 66's 13)
// and qikantianxia.com (round 5's 08) → dropped; laquenouille.com (a traditional 賀龍紀念館導游詞 with pinyin, "時間:… 導游詞
// 我要投稿" and "• 相關推薦") carries the "相關推薦" furniture of the used traditional mirrors (rounds 20's 08, 23's 14, 25's
// 01, 56's 09) → dropped; victorzhang.cn, jizihe.com, zgkjsz.com and handmsg.com ("page/<yyyy>/<mmdd>/<n>.shtml") are fx361
// mirrors (fx361.cc used); m.njjxbz.com's reader chrome ("设置", "关灯", " <本章未完请点击"下一页"继续观看!>") is on no used
// page (the used novel pages carry "关灯" with other furniture and no such tail), so it was kept; 699shu.com's
// "第1036章(2 / 18)" pager is the used 4qo.net's (round 5's 16) and was not taken. No twins between the six chosen hosts.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZL_SLOGAN = '让世界了解老区 让老区走向世界';
const ZL_SEARCH = 'search';
const ZL_TITLE = '福建省老促会执行会长叶顺煌在莆田市老促会换届大会上的讲话';
const ZL_META = '2023/12/06  浏览量:   作者:福建省老促会执行会长 叶顺煌  来源:中国老区网';

const IG_TITLE = '傳承紅色精神 造福地方百姓';
const IG_CAT = '- 分類:紅色教育基地';
const IG_TIME = '- 發布時間:2018-03-26 17:47';

const CN_FOOT = '设为首';

export const specs = {
  '13-jianghua-zhongguolaoqu-laocuhui-huanjie-slogan-search-meta-yi-yishi-after-colon': {
    source: 'http://www.zhongguolaoqu.com/index.php?m=content&c=index&a=show&catid=32&id=75633',
    kind: 'speech: 讲话 (a provincial 老促会 executive president at a city 老促会\'s re-election congress; national 老区 portal)',
    tests: 'the site slogan "让世界了解老区 让老区走向世界" and a bare "search" line above the headline; a "2023/12/06  浏览量:   作者:… 叶顺煌  来源:中国老区网" meta line with an empty view count; no salutation; a preview "我讲三点意见"; a heading line "一、莆田是我省红土地上的一座丰碑"; "主要有 4 个特点:一是…。二是…。三是…" (一是 after a colon, 二是/三是 after full stops: optional); numbers set off by spaces ("1925 年底", "207 团"); cut at the store\'s end ("1934")',
    isSpeech: true,
    title: ZL_TITLE,
    noise: [ZL_SLOGAN, ZL_SEARCH, ZL_META, '来源:中国老区网'],
    dropLines: [ZL_SLOGAN, ZL_SEARCH, ZL_TITLE, ZL_META],
    outline: [
      { level: 1, marker: '一、', text: '莆田是我省红土地上的一座丰碑' },
      { level: 2, marker: '一是', text: '建立党组织早', optional: true },
      { level: 2, marker: '二是', text: '武装斗争意识强', optional: true },
      { level: 2, marker: '三是', text: '始终红旗不倒', optional: true },
    ],
  },
  '14-jianghua-zgnt-laoqu-kaifa-cujinhui-oneline-byline-diyishi-run-of-one': {
    source: 'http://laoqu.zgnt.net/content/2011-06/23/content_1860331.htm',
    kind: 'speech: 讲话 (a former vice-governor at the 20th anniversary of a city\'s 老区开发促进会; city news portal\'s 老区 channel)',
    tests: 'the whole capture on one line: the speaker\'s byline with his positions and "(2009年12月14日)" first (kept), the salutation "各位同志:大家好!" glued after a space, paragraphs separated by single spaces; no title and no site noise (do-no-harm); "“两会”" in quotes; a preview "有三个方面。" then "第一是知难而上,开拓进取。" after a full stop with no "第二是" inside the capture (a run of one: optional); "县(市)" and "泰县(现姜埝)" brackets; cut mid-word at the store\'s end ("兴办高沙")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一是', text: '知难而上,开拓进取', optional: true },
    ],
  },
  '15-jieshuoci-igenti-big5-hongse-jidi-title-thrice-meta-twice-yi-colon-arabic': {
    source: 'http://www.igenti.net/news/11.html',
    kind: 'speech: 解说词 (a guide\'s script for a company\'s 红色教育基地, read to visitors; traditional script)',
    tests: 'the headline "傳承紅色精神 造福地方百姓" three times, twice over bulleted meta lines "- 分類:紅色教育基地" / "- 發布時間:2018-03-26 17:47"; a subtitle "——睿智假日灣紅色教育基地紅日樓廣場解說詞" (body; optional dash point); stop labels "一:門口" (numeral with a colon: optional) and "1.序言", later "2.毛主席雕像" (required arabic headings); a salutation with alternatives "各位領導/各位嘉賓:" and "大家早上好/下午好! 歡迎來到…"; converter forms 于/里/并/斗; "中華人民共和成立" with 國 missing; cut mid-sentence ("華表高")',
    isSpeech: true,
    title: IG_TITLE,
    noise: [IG_CAT, IG_TIME],
    dropLines: [IG_TITLE, IG_CAT, IG_TIME],
    outline: [
      { level: 1, marker: '——', text: '睿智假日灣紅色教育基地紅日樓廣場解說詞', optional: true },
      { level: 1, marker: '一:', text: '門口', optional: true },
      { level: 1, marker: '1.', text: '序言' },
      { level: 1, marker: '2.', text: '毛主席雕像' },
    ],
  },
  '16-zhici-china918-kangzhan-jinianguan-luntan-no-title-footer-cut-sheweishou': {
    source: 'http://china918.cn/news/read?id=7919',
    kind: 'speech: 致辞 (a district party committee\'s welcome address at a forum of war-resistance memorial halls; no title in the page)',
    tests: 'no title line: the capture opens with the salutation "各位领导、各位同志:"; two "正当…的时候;" clauses; "我代表中共上海市宝山区委员会…表示热烈的欢迎!"; a forum theme in quotes; a closing "同志们:让我们…" paragraph, "预祝“论坛”圆满成功!" and "谢谢大家!"; then the site footer cut after three characters ("设为首")',
    isSpeech: true,
    title: '',
    noise: [CN_FOOT],
    dropLines: [CN_FOOT],
    outline: [],
  },
  '17-novel-njjxbz-fupin-gongjian-fuzongli-laoqu-reader-chrome-censor-next-page-not-speech': {
    source: 'http://m.njjxbz.com/86/86491/37130433_6.html',
    kind: 'non-speech: novel (a chapter page of an officialdom novel; phone reading site)',
    tests: 'reader chrome "设置" / "关灯"; the chapter title "第六百五十三章 扶贫攻坚(2)"; the page opening inside a quoted speech (“…新中国。”); a vice-premier\'s speech on the old areas quoted in narration ("看着众人动情的说:“我们…”", "接着郑重地说着:“…"); the site\'s dropped 发 ("语渐渐", "扶贫开和", "经济展", "老区展了"); "中国**人"; a doubled "的的"; the tail " <本章未完请点击"下一页"继续观看!>" — a novel, not a speech; 555 characters, the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-cn-zhangjiajie-hongse-lvyou-wenhuajie-sitebar-gonggao-crumb-meta-diyi-pianzhang-not-speech': {
    source: 'http://cn-zhangjiajie.cn/html/17/n_2717.html',
    kind: 'non-speech: news report (the opening of a provincial 红色旅游文化节 at Shaoshan; tourism portal)',
    tests: 'a bar "【繁体】【 ENGLISH】【设为首页】【加入收藏" with its last bracket open; a "[本站公告] 张家界旅游资讯 | … | 地方工作" column bar; an indented crumb "你的位置:张家界旅游网 >>旅游资讯 >>省内旅游资讯 >> 详细内容 在线投稿"; the headline; a "发布: 2011-5-18 22:32 |  编辑: 张家界旅游 |   来源: 旅游门户 |  查看: 2305次" meta line; officials listed as "出席活动并讲话"; a subheading "第一篇章“日出韶山”…" (an ordinal-like label inside a report); the oath scene told in the third person; cut after "由" — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
