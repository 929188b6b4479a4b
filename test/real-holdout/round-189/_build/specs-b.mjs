// Dropped at the merge, before the gold was committed: the cases below whose hosts earlier rounds had set aside as template twins or named as used (a check of every host against the earlier rounds' specs; the list of used hosts the parts read had missed them). Their specs are gone; the header still describes them, as the record of what was looked at.
// Gold specs for holdout round 189, part B (cases 07–12): traffic safety and civility (交通安全 宣传, 文明交通 国旗下讲话, 交通安全日
// 启动仪式, 道路交通安全 — their 讲话, 演讲, 发言稿, and their look-alikes: a forum repost of a district news item on a 文明交通 launch
// and a county government's news item on a 122 交通安全日 launch). About forty queries found nearly every official's 讲话 or 致辞 of
// the theme on a used host or a template twin (see "Looked for and not found" below), so this part holds four spoken pieces (two
// pupils'/teachers' flag-raising talks, a 家长会发言稿 collection whose first piece is a flag talk, and a headmaster's new-term safety
// talk from the theme's neighbourhood) and two written look-alikes of the theme itself.
// Four spoken pieces (a pupil's 升旗仪式 演讲 "文明出行 交通安全" on a secondary school's news page served from a hijacked domain
// (www.gjschneider.com, "/default.aspx?mcode=<col>&id=<id>"): the hijacker's brand bar "全球奢华游戏-www.bst3388.com-欢迎您", its
// welcome line, a crumb "bst3388全球奢华游戏 > 德育活动 > 正文" with the brand in the first level, the school's ceremony label
// "2020~2021学年度第一学期第13周升旗仪式学生演讲" as the page headline, a "政教处 2020/12/21 13:34:27 点击5040次" poster line, the talk's own
// title line "文明出行 交通安全", the salutation, "大家好!今天国旗下演讲的主题为《文明出行 交通安全》" with no closing mark, a paragraph
// ending in an ASCII "." ("…校门口."), "…躲开。避免…发生呢," (a full stop inside the author's question), "首先会看到…" and "首先是要
// 提醒…,其次我们…" inside paragraphs, blank lines between all lines, cut after "因此"; a school leader's talk at the launch of a
// "文明交通从我做起" campaign on a 范文 collection page (413yy.cn, "/a/<n>/<id>.html"): no page title in the capture, a promo line
// "文明交通行动计划为切实增强…。本文是小编为大家整理的文明交通的国旗下讲话,仅供参考。", the piece heading "文明交通国旗下讲话篇一:" glued
// before the salutation "敬爱的老师、亲爱的同学们:早上好!" on one line, the talk in the first person ("我相信一定不会!", "学校在这里举行
// 启动仪式"), "学校首先要求…" (首先 after the subject), cut mid-phrase ("要以正确"); a 家长会发言稿 collection on a speech-template site
// (www.yanjianggaowang.com, "/<column>/article_<id>.html") whose first piece is a flag-raising talk to 老师们、同学们: a crumb
// "当前位置:演讲稿网>工作>家长会发言稿>交通安全家长会发言稿", the title, a "时间:2023-04-21 11:50:57 家长会发言稿 我要投稿" meta line, the
// title again, an indented 小编 promo, the title a third time, the piece heading "交通安全家长会发言稿1", the salutation, paragraphs
// indented by two spaces, "…希望全体师生做到以下三个方面:" then a block heading "一、安全走路" and block items "1、" "2、" "3、不要"
// (cut by the capture), an anti-copy "." glued inside "安全的.情况"; a headmaster's new-term safety talk with no title and no page
// noise (www.se7en-design.net, "/benzss/<id>.html"): the salutation "亲爱的同学们:", three opening paragraphs ("今天校长特意在这里和
// 同学们聊一聊安全这件大事。"), a standalone heading line "1.交通安全手册", a paragraph ending in a colon, block items "1."–"11." (item 9
// without a full stop, item 7 with a parenthesis holding "1米"), a second standalone heading "2.防疫安全手册", block items "1."–"4."
// cut mid-word ("不要熬")) and two written look-alikes (a Discuz forum's repost of a district news item on a 文明交通 volunteer
// launch (0916001.com, "/thread-<tid>-1-1.html"): the forum name "汉中第一网", "搜索", "猜你喜欢", "查看: 1196|回复: 0", a thread title
// with a bracketed category "[文明交通] …", "[复制链接]", a poster "a", "0 0", "@ME:", "发表于 2019-8-6 15:19:11 | 显示全部楼层 |阅读模式",
// the report naming who "致辞" and who "作动员讲话", photo captions repeating the headline (twice, twice), "他对…志愿者提出三点要求:一要…;
// 二要…;三要…。" after a colon, "(来源:青春南郑)", the reply-box tail cut at "登" — a news report, not a speech; a county government's
// news item (www.hengdong.gov.cn, "/zwgk/xzfxxgkml/hddt/<date>/i<id>.html"): the headline "今日的精彩只因你我同行――122全国交通安全日"
// with a horizontal-bar dash before its second part, a "来源:衡东县交警大队 发布时间:2017-12-06" line, the ceremony told in the third
// person ("仪式由…主持,…政委…致辞", "…在致辞中强调,要加强领导、齐抓共管,…"), the list of units and 方阵 — a report, not a speech).
// Judgement calls: 07's title is the talk's own title line "文明出行 交通安全" (repeated in 《…》 in its first sentence); the headline
// "…第13周升旗仪式学生演讲" is the school's ceremony label, page meta like round 4 case 08's "…第一次升旗儀式" line and round 184's 04
// week label "第八周 网络安全", so noise; the hijacker's bar, welcome line and crumb are noise (the domain is named for the kind of site,
// "hijacked", as round 183's 04 and round 185's 14); the poster line "政教处 <date> 点击5040次" is page meta (as round 184's 01 "阅读数:…
// 更新时间:…"), with "点击5040次" listed again as a short part (as round 184 B's 07 "阅读:5261次"); the ASCII "." closing "…校门口." is
// the author's full stop at a paragraph end, not an anti-copy mark glued inside a phrase, and stays, as does "躲开。避免" (the author's
// punctuation); "首先会看到…" follows its subject and "首先是要…" follows a comma, "其次我们…" has no comma → no markers (round 5 case 11,
// round 184's 04), so no outline. 08 is a speech page (a collection whose first piece is a speech: salutation, "我相信一定不会!", "今天,
// 学校在这里举行启动仪式,号召全校师生…"); the promo line is the site's (as round 6 case 07's teaser and the shared corpus's 小编 lines)
// and goes whole, with its 小编 sentence listed as a short part; the piece heading "文明交通国旗下讲话篇一:" carries the title: "篇一"
// goes as piece numbering and the rest is the title (as round 4 case 09 and round 5 case 08); the heading glued before the salutation is
// cut off (as a glued title at the start, shared-corpus convention) and "敬爱的老师、亲爱的同学们:早上好!" stays one paragraph; "学校首先
// 要求…" is no marker (首先 after the subject), so no outline. 09 is a speech page (a collection whose first piece is a talk to 老师们、
// 同学们); its title is the page's and the piece's own name "交通安全家长会发言稿" as printed, though the talk is a flag talk rather than a
// parents' meeting speech (the title is kept as printed, as shared case 92 kept a page whose promo names the wrong genre); the two
// repeats of the title line go unlisted (they equal the title), the piece heading "交通安全家长会发言稿1" is noise (a trailing piece
// number, as round 4 case 05 and shared case 60); crumb, meta line and promo are noise (the "时间:… <column> 我要投稿" meta as round
// 185's 09), with "我要投稿" and the promo's 小编 sentence listed as short parts; the "." in "安全的.情况" is an anti-copy mark, cut and
// listed with its neighbours (round 5 case 07, shared case 95); "一、安全走路" opens a paragraph after "…以下三个方面:" and is a block
// heading (block markers need no run and may follow a colon, round 4 case 11) → required level 1, its whole line the text; "1、" "2、"
// "3、" are block items under it → required level 2, each its first sentence (2、's sentence is 41 characters, so whole), "3、不要" with
// the text the capture leaves ("不要", as round 184 B's 07 "贫困户产品的竞"). 10 is a speech page: no title line, so the title is ""
// (as round 5 cases 04/09 and round 182 case 01), the headmaster speaks to the pupils in the first person ("今天校长特意在这里和同学们
// 聊一聊…"), and the page carries no site noise (a do-no-harm case for the outline); "1.交通安全手册" and "2.防疫安全手册" are
// standalone heading lines → required level 1, the whole line as text ("2." continues the run of "1.交通安全手册", not the inner run at
// 11); under each, the block items restart the same arabic family at "1.": a reader takes them for the points of the heading above,
// level 2, while by the letter of the family table a restarted run of the same family would sit at level 1; they are read at level 2,
// required, as round 75's 03 read a 是 run restarting at 一 under a standalone 一要 line (and round 156 B's 07 counted a restarted "1、"
// as a new block run); each item's text is its first sentence (none longer than 50 characters), item 9 (no full stop) its whole line,
// and the last "4." the text the capture leaves ("每天要保证饮食健康,不要熬"). 11 and 12 are written: 11 a news report (third person,
// "他对…提出三点要求:一要…;二要…;三要…", as shared case 45 and round 4 case 15, so no outline), reposted on a forum whose thread title
// names no spoken genre; 12 a report that names a 致辞 and retells it ("…在致辞中强调,…"), as round 184's 05 and 06 named a 国旗下讲话
// and a 开幕词 — not speeches. Names: the private people and local officials of 11 and 12 (the district's youth-league secretary,
// police instructors and volunteers; the county's officials and police officers) were replaced by fictional ones; the public
// bodies (龙口市教育体育局, 团区委, 衡东县交警大队) and the campaigns' slogans were kept; the prose was rewritten throughout (07's pupil
// talk, 08's school talk, 09's flag talk and its numbered items, 10's headmaster talk and all seventeen items, 11's and 12's reports).
// Looked for and not found on a new host: a leader's 讲话 at a 道路交通安全 工作会议 or 联席会议 with 一、/（一）/一是 (wmjy.cn,
// laobiganzi.top, wm114.cn, msgz.vip, gwg365.cn, m.7rdy.cn, 6dgww.com, www.wentop.com, www.xiaomilidoc.com, renrendoc.com,
// m.wenke99.com, m.zixin.com.cn, 360docs.net, alatiku.com are used; laobiganer.com is named used by rounds 106–184; www.888ppt.com
// was claimed and then dropped: its "首页 > WORD文档 > … .DOCX 【图片、文字、动画均可编辑】" chrome is that of used 900ppt.com, round 8's 01);
// an official's 致辞 at a 122 交通安全日 or 文明交通 启动仪式 (auto.sohu.com stands on used sohu.com; a 公安部交管局 致辭 on a 交通出行網
// mirror came without its address; the rest are third-person reports: xtnw.com.cn, zibo.dzwww.com (used), www.fa-today.com (used),
// duobangwang.com, www.fjscnews.com, xjmty.com, sxgp.gov.cn, shuxiu8.com); a 交通安全 国旗下讲话 with 1、2、3、 on a fresh template
// (m.wuhaninfo.cn, m.xuefen.com.cn, jifanwen.com, m.refanwen.com, emrowgh.com, 004km.cn, p719.cn, shcdff.com, hbxiaoran.cn,
// www.cnrencai.com, lspjy.com, www.sisu-fes.com, bsgaokao.com, www.bestzhufu.com, mzzx.zhidao.fj.cn are used; fyxlxx.jnjy.net.cn stands
// on the used jnjy.net.cn school platform; see the twins below); a 交通安全 主持词 (shcdff.com is used); a 春运/客运 驾驶员 安全会议 讲话
// (6dgww.com, fw.chazidian.com's base chazidian.com and www.aidaidai.com's base are used; the rest are company news); a 校车 安全会议
// 讲话 (m.wenke99.com and 360docs.net are used; the rest are 學習啦 mirrors, below); a traditional-script 交通 speech (p719.cn and 004km.cn
// are used, puma08.com is a twin; the Taiwanese pages are press reports). Found on a new host but not taken: qqawq.com's 交通安全旗下讲话稿
// (a 小编 promo, the piece heading glued to the salutation, "……此处隐藏10638个字……" glued mid-sentence), left for variety since 08 is
// already a 国旗下 collection with a glued piece heading.
// Template twins considered: twin.mjs finds no shared noise line for 07–10 and 12; 11 shares only Discuz's generic "[复制链接]" (seven
// used Discuz pages), kept as a different site on the same software (as round 184 B's 08681.com); 09's "时间:… <column> 我要投稿" meta
// shape is the family of used www.cnrencai.com (185's 09) and www.fanwen9.com (187's 09), but no line is shared (its own crumb
// "当前位置:演讲稿网>…"), kept as those rounds kept sister sites sharing no line; 08's "本文是小编为大家整理的…,仅供参考。" occurs in no
// used gold; 07's "default.aspx?mcode=" path and 10's "/benzss/" path occur in no used source. Dropped as twins: puma08.com ("千文網(wǎng)
// 小編為你整理了多篇相關(guān)的《…》" of used emploneer.com, round 30's 02), m.stra.cn (the "/dongshi/<x>/<id>" path of used
// m.wuhaninfo.cn), ent.zjrxz.com (the "/jxfw/<yyyymm>/<id>.html" parasite family of a dozen used hosts), m.xuexi.hunaudx.com (the
// "/fwn/<col>/c<id>.html" path of used regraff.com), fanwen.weiyujianbao.cn ("- 相关推荐" and the "/<col>/html/<col>_<timestamp>_<id>.html"
// path of used htc668.com and adivasplayground.com), yabovip8.sbs (a mirror on used max.book118.com's "/html/<y>/<md>/<id>.shtm" path),
// m.yzwku.com (the "《….docx》由会员分享,可在线阅读,更多相关《…》请在<library>上搜索。" viewer line of used m.1wenmi.com, 001doc and
// 31doc), 61beibei.com (the numbered disclaimer list of used 61taotao.com), bjhyfc.net ("前言:本站為你精心整理了…" and the
// "/article/yjzc/…" path of used 0312yh.com and 1mishu.com), zh056.com and wyyxscd8644.com (學習啦 mirrors on the "/fwn/" path).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GJ_BAR = '全球奢华游戏-www.bst3388.com-欢迎您';
const GJ_WELCOME = 'bst3388全球奢华游戏欢迎您!';
const GJ_CRUMB = 'bst3388全球奢华游戏 > 德育活动 > 正文';
const GJ_LABEL = '2020~2021学年度第一学期第13周升旗仪式学生演讲';
const GJ_META = '政教处 2020/12/21 13:34:27 点击5040次';
const GJ_TITLE = '文明出行 交通安全';

const YY_PROMO = '文明交通行动计划为切实增强公民文明交通意识,着力纠正各类违反交通法规的现象,创造良好道路交通环境,进一步提升公民文明素质和社会文明程度。本文是小编为大家整理的文明交通的国旗下讲话,仅供参考。';
const YY_HEAD = '文明交通国旗下讲话篇一:';

const YJ_CRUMB = '当前位置:演讲稿网>工作>家长会发言稿>交通安全家长会发言稿';
const YJ_TITLE = '交通安全家长会发言稿';
const YJ_META = '时间:2023-04-21 11:50:57 家长会发言稿 我要投稿';
const YJ_PROMO = '在日新月异的现代社会中,我们可以使用发言稿的机会越来越多,发言稿是作为在特定的情境中供口语表达使用的文稿。你知道发言稿怎样才能写的好吗?以下是小编精心整理的交通安全家长会发言稿,供大家参考借鉴,希望可以帮助到有需要的朋友。';
const YJ_PIECE = '交通安全家长会发言稿1';

export const specs = {
  '07-guoqixia-hijacked-school-wenming-chuxing-brand-bar-crumb-week-ceremony-label-meta-own-title-line-ascii-dot-no-points': {
    source: 'http://www.gjschneider.com/default.aspx?mcode=03&id=161587',
    kind: 'speech: 国旗下讲话 (a pupil\'s flag-raising talk on civil travel and traffic safety; a secondary school\'s news page on a hijacked domain)',
    tests: 'a hijacker\'s brand bar "全球奢华游戏-www.bst3388.com-欢迎您", its welcome line and a crumb with the brand as first level "… > 德育活动 > 正文"; the school\'s ceremony label "2020~2021学年度第一学期第13周升旗仪式学生演讲" as page headline (noise); a "政教处 <date> <time> 点击5040次" poster line; the talk\'s own title line "文明出行 交通安全" (the title); the salutation; "…主题为《文明出行 交通安全》" with no closing mark; a paragraph ending in an ASCII "." (stays); "首先会看到…", ",首先是要…,其次我们…" inside paragraphs (no markers); blank lines between all lines; cut after "因此"',
    isSpeech: true,
    title: GJ_TITLE,
    noise: [GJ_BAR, GJ_WELCOME, GJ_CRUMB, 'bst3388', GJ_LABEL, GJ_META, '点击5040次'],
    dropLines: [GJ_BAR, GJ_WELCOME, GJ_CRUMB, GJ_LABEL, GJ_META, GJ_TITLE],
    outline: [],
  },
  '10-jianghua-se7en-kaixue-anquan-xiaozhang-no-title-no-noise-arabic-headings-runs-restart-under-each': {
    source: 'http://www.se7en-design.net/benzss/5923.html',
    kind: 'speech: 讲话 (a headmaster\'s new-term safety talk to the pupils, traffic first; article page)',
    tests: 'no title and no page noise: the salutation "亲爱的同学们:" first; the headmaster in the first person ("今天校长特意在这里和同学们聊一聊…"); standalone heading lines "1.交通安全手册" and "2.防疫安全手册" (required, level 1); under each, block items restarting the arabic family at "1." ("1."–"11." after a paragraph ending in a colon, "1."–"4.") read as level-2 points (a restarted run of the same family); item 9 without a full stop (whole line); item 7 with "(距路边缘线1米处以内)"; two-digit "10." and "11."; cut mid-word ("不要熬")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1.', text: '交通安全手册' },
      { level: 2, marker: '1.', text: '注意观察路面情况,下车时不要猛地推开车门' },
      { level: 2, marker: '2.', text: '不要斜穿、快跑着过马路' },
      { level: 2, marker: '3.', text: '不要在马路上追逐玩耍' },
      { level: 2, marker: '4.', text: '不要攀爬、跨越护栏' },
      { level: 2, marker: '5.', text: '走路时不要低着头听音乐或看书' },
      { level: 2, marker: '6.', text: '乘坐公交车、地铁时不要争先恐后地上下车' },
      { level: 2, marker: '7.', text: '上学放学必须走人行道,没有人行道时靠路边(距路边缘线1米处以内)行走,并注意前后车辆' },
      { level: 2, marker: '8.', text: '不要和机动车争抢道路,到了路口要左右张望,确定安全后再通过' },
      { level: 2, marker: '9.', text: '不满十二周岁的学生不准骑自行车上路' },
      { level: 2, marker: '10.', text: '不坐无牌无证的车辆、不坐超员超载的车辆' },
      { level: 2, marker: '11.', text: '坐车时不把手和头伸出窗外,乘车要握紧扶手,等车停稳以后再下车' },
      { level: 1, marker: '2.', text: '防疫安全手册' },
      { level: 2, marker: '1.', text: '养成讲卫生的好习惯,注意手部清洁,比如吃饭前、碰过垃圾后、从外面回来都要仔细洗手,平时少扎堆' },
      { level: 2, marker: '2.', text: '疫情期间,口罩、免洗洗手液等物品要随身备好,在上下学路上这类人多的地方要戴好口罩、做好防护' },
      { level: 2, marker: '3.', text: '养成每天测量体温、留意身体状况的习惯,一旦身体有不舒服要及时报告老师和学校,服从学校的安排' },
      { level: 2, marker: '4.', text: '每天要保证饮食健康,不要熬' },
    ],
  },
  '11-news-0916001-discuz-wenming-quandao-qidong-caption-repeats-yiyao-eryao-after-colon-not-speech': {
    source: 'http://0916001.com/thread-38773-1-1.html',
    kind: 'non-speech: news report (a district\'s 文明交通 volunteer-persuasion launch, reposted on a city Discuz forum)',
    tests: 'Discuz chrome ("汉中第一网", "搜索", "猜你喜欢", "查看: 1196|回复: 0", "[复制链接]", a poster "a", "0 0", "@ME:", "发表于 … | 显示全部楼层 |阅读模式"); a thread title with a bracketed category "[文明交通] …"; the report naming who 致辞 and who 作动员讲话; photo captions repeating the headline (twice, twice); "他对…志愿者提出三点要求:一要…;二要…;三要…。" after a colon (a third-person summary); "(来源:青春南郑)"; the reply-box tail cut at "登" — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
