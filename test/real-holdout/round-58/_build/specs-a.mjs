// Gold specs for holdout round 58, part a (cases 01–06): environment, water and forestry (生态环境、河湖长制、林长制、
// 植树节、防汛抗旱、气象 meetings and ceremonies). Four spoken pieces (a school's 国旗下讲话 on 垃圾分类 copied to a
// traditional-script mirror (collegevillefire) with converter pinyin after a fixed set of characters (發(fā), 學(xué),
// 現(xiàn), 經(jīng), 習(xí), 進(jìn), 當(dāng), 標(biāo), 運(yùn), 產(chǎn), 創(chuàng), 環(huán), 應(yīng), 養(yǎng), 領(lǐng), 嚴(yán),
// 準(zhǔn), 統(tǒng), 業(yè), 風(fēng)): the headline, a site-builder "二維碼 287" line (QR label + view count), a
// "發(fā)表時間:…" line, the headline again above the salutation, a salutation with no colon ("敬愛的老師,親愛的同學(xué)們"),
// the site's unmatched "》" kept, "在此,我向全體同學(xué)發(fā)出倡議:" then three block points "1. 勤動手。" / "2. 勤動嘴。" /
// "3. 勤動腦。" (a space after the dot), cut mid-phrase ("做"); the first piece of a 范文 collection (wufanghuizhong) of
// 垃圾分类 动员会 讲话稿: an SEO page title with commas ("垃圾分类,动员会,领导讲话稿3篇"), a "<date> <time> | 浏览次数:" line
// with an empty count, the collection title with spaces and "3篇", the piece heading "…讲话稿篇1", a talk to teachers and
// students ("老师们、同学们:" / "上午好!"), then two block "1、…" / "2、…" paragraphs that have no sentence end (the first
// ends with a comma, the second is cut mid-word); a World Meteorological Day 致辞 of the WMO secretary-general copied onto
// a Discuz forum (earthlab.m2.72zhan): "返回列表 发布新帖", "查看: 1|回复: 0", the thread title (the speech's name with a
// "——2026年世界气象日致辞" tail), "[复制链接]", the poster's stats split over lines ("90" / "主题" / "13" / "回帖" / "370" /
// "积分" / "中级会员" / "积分" / "370"), "发表于 昨天 23:34 | 查看全部 |阅读模式", the source URL on a line of its own, a
// "发布时间:… 来源:中国气象报社" line, then the speaker byline "世界气象组织秘书长…" and the speech in very short paragraphs,
// one salutation at the top and a second ("同事们、朋友们:") inside, cut mid-word ("记"); a provincial water resources
// department head's 新春 greeting on a news portal's New Year page (dzwww) whose video was a Flash object: three pairs of
// "此页面上的内容需要较新版本的 Adobe Flash Player。" / "获取 Adobe Flash Player", the byline "山东省水利厅厅长…", a line of
// four spaces, two indented paragraphs, no title and no salutation) and two written look-alikes (a weather portal's news
// report (weather.com.cn) of a city's 世界气象日 symposium under its header bar "设为首页 加入收藏 打印 …", a crumb and a
// "【字体: <date> 来源:" line, in which the vice-mayor's "四点意见:一要…;二要…;三要…;四要…" and "四项工作:一是…;二是…;
// 三是…;四是…" are reported in the third person after colons, with a reporter's name, a reprint notice and a footer link
// row; a county news item on a vice-county head's river patrol (河长制) on a traditional-script mirror (bankketab) with
// converter pinyin (網(wǎng), 實(shí), 鎮(zhèn), 務(wù), 負(fù), 責(zé), 現(xiàn), 場(chǎng), 質(zhì), 環(huán), 衛(wèi), 報(bào), 細(xì),
// 關(guān), 調(diào), 時(shí), 強(qiáng), 級(jí), 堅(jiān), 嚴(yán), 鄉(xiāng), 態(tài), 機(jī), 區(qū), 護(hù), 發(fā), 點(diǎn)), two
// "巡河現(xiàn)場(chǎng)" photo captions, and "強(qiáng)調(diào),一是…。二是…。三是…。" where 一是 follows a comma).
// Judgement calls: 01's title is the headline without pinyin (it carries none); its second copy above the salutation is
// dropped, not listed; "二維碼 287" is the site builder's QR label glued to the view count (noise, as round 19's
// gezhi-style "二维码" line); the "1." points open their paragraphs after a paragraph ending in ":" and are required
// level-1 items whose text is the first sentence. 02's title is the first piece's own title without "篇1" (the spaced
// form, as the collection prints it; the comma form is the page's SEO title); the "1、"/"2、" lines have no sentence end, so
// by the letter of outline-rules.md each item's text is the whole line after the marker (trailing comma included; the
// second is cut mid-word) — required, level 1. 03's title is the thread title, which is the speech's name; the poster's
// bare counts "90", "13", "370" are dropped but not listed (too short to be specific, as round 19's daweida counts);
// the URL line and the 发布时间/来源 line are noise; the speaker byline with the position stays as the speech's header;
// "从…到…;" lines are prose. 04 has no title in the capture (the portal printed none), so the title is ""; the Flash
// placeholder lines are noise; the byline with the position stays. 05 and 06 are written news reports in the third
// person ("他说", "强调"), not speeches; their 一要/一是 runs follow colons or a comma.
// Names: all living people's names are replaced by fictional ones (the WMO secretary-general, the department head, the
// vice-mayor, the meteorological bureau head, the reporters, the vice-county head); 04 keeps the province (its
// department's name), 06's town and river and 01's landfill site are fictional.
// Looked for and not found on a new host: a 河长制/林长制 work-meeting speech with 一、/(一) (laobiganzi, m.7rdy.cn,
// bijianjiayuan, msgz.vip, xiezuofangchengshi, huangminedu, wm114, m.wenke99 are used); a 植树节 leader's 致辞 with
// numbered points on an unused template site (hunwen, 92read, gz-shine, syfww, howto234-like farms); a 防汛抗旱 or
// 森林防火 speech with 第一,/一是 on a new host (6dgww, e.wenmi.ren, m.sanweiyuan, m.bimoxiezuo, wtabcd are used); a 气象工作
// 会议 speech with numbered points (the jinchutou viewer and e-gov.org.cn are used); so only two of the four speeches
// carry numbered points.
// Template twins set aside: howto234.com (the "/wenku/<4 letters>/<10-char id>" farm of lovfp/yrrf/zgxue, with the
// "下面是第一范文网小编…" promo of round 52's hongwu page); czfuli1.com, cnyhmy.com (the "/zhuantifanwen/<col>/<id>.html"
// farm); bgzsck.com (the "/index/article/detail/detail_id/" template of xiebiwenku/gwzjk/haowensou); m.zhuangpeitu.com
// (the "上传人:… 文档编号:… 上传时间:… 格式:DOC 页数:… 大小:…" + "返回 下载 相关 举报" viewer of jinchutou/31ppt);
// shenyi95511.com (the "/article/lidaojianhua/…" farm of alizhichou3/sdfengxin with the "導語:…一文來源于網友上傳" lead);
// huaboedu.com, 777doc.com, sanweiyuan.com, xcreativ.com, be000.com (desktop twins of used mobile hosts; huaboedu's
// 防汛 表态发言 with 一、/一是 would have fitted); mmjhhg.com (a hijacked 国合会 mirror whose "/html/.<path>t<date>_<id>.html"
// URL scheme is that of round 43's ejinsh and round 47's hulishoes; an opening-session speech with a casino brand glued
// into a sentence).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct regexCut
// match is added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CV_TITLE = '垃圾分類從我做起';
const CV_QR = '二維碼 287';
const CV_TIME = '發(fā)表時間:2020-09-21 19:22';
const CV_TIME_CUT = '發表時間:2020-09-21 19:22';

const WF_TITLE = '垃圾分类 动员会 领导讲话稿';
const WF_PAGE_TITLE = '垃圾分类,动员会,领导讲话稿3篇';
const WF_META = '2022-04-27 18:55:12 | 浏览次数:';
const WF_COLL = '垃圾分类 动员会 领导讲话稿3篇';
const WF_PIECE = '垃圾分类 动员会 领导讲话稿篇1';

const EL_TITLE = '测今日气象 护明日家园——2026年世界气象日致辞';
const EL_CHROME = ['返回列表 发布新帖', '查看: 1|回复: 0', '[复制链接]', '主题', '回帖', '积分', '中级会员'];
const EL_COUNTS = ['90', '13', '370'];
const EL_POSTED = '发表于 昨天 23:34 | 查看全部 |阅读模式';
const EL_URL = 'https://www.cma.gov.cn/2011xwzx/zdbk/jdbkxw/202603/t20260320_7668698.html';
const EL_META = '发布时间:2026年03月20日 来源:中国气象报社';

const DZ_FLASH = '此页面上的内容需要较新版本的 Adobe Flash Player。';
const DZ_GET = '获取 Adobe Flash Player';

export const specs = {
  '01-guoqixia-collegevillefire-big5-pinyin-lajifenlei-qrcode-title-twice-1-2-3': {
    source: 'http://collegevillefire.com/h-nd-1326.html',
    kind: 'speech: 国旗下讲话 (a school\'s flag-raising talk on sorting household waste; traditional-script mirror of a site-builder page)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (發(fā), 學(xué), 現(xiàn), 經(jīng), 習(xí), 進(jìn), 運(yùn), 環(huán), 應(yīng), 養(yǎng), 嚴(yán), 標(biāo), 準(zhǔn), 風(fēng)…); the headline, " 二維碼 287" (QR label glued to a view count) and "發(fā)表時間:2020-09-21 19:22" lines, the headline again above the salutation after two blank lines; a salutation without a colon ("敬愛的老師,親愛的同學(xué)們"); the site\'s unmatched "》" in "題目是:垃圾分類從我做起》。"; quoted slogans in pairs separated by semicolons; "…發(fā)出倡議:" then block points "1. 勤動手。" / "2. 勤動嘴。" / "3. 勤動腦。" with a space after the dot; blank lines between paragraphs; cut mid-phrase ("做")',
    isSpeech: true,
    title: CV_TITLE,
    noise: [CV_QR, CV_TIME],
    regexCut: [PINYIN],
    dropLines: [CV_TITLE, CV_QR, CV_TIME_CUT],
    outline: [
      { level: 1, marker: '1.', text: '勤動手' },
      { level: 1, marker: '2.', text: '勤動嘴' },
      { level: 1, marker: '3.', text: '勤動腦' },
    ],
  },
  '02-jianghua-wufanghuizhong-lajifenlei-comma-title-collection-pian1-arabic': {
    source: 'http://www.wufanghuizhong.com/zongjie/2022/0427/49525.html',
    kind: 'speech: 讲话稿 (a leader\'s talk to teachers and students at a waste-sorting mobilisation; first piece of a 范文 collection)',
    tests: 'an SEO page title with commas "垃圾分类,动员会,领导讲话稿3篇", a "2022-04-27 18:55:12 | 浏览次数:" line with an empty count, the collection title with spaces "垃圾分类 动员会 领导讲话稿3篇", the piece heading "垃圾分类 动员会 领导讲话稿篇1" (no space before 篇1); salutation "老师们、同学们:" and "上午好!" on separate lines; a list of waste categories after a colon with semicolons (prose); two block points "1、…" and "2、…" that carry figures ("1吨", "800kg", "40%~50%") and have no sentence end — the first ends with a comma, the second is cut mid-word ("废饭盒")',
    isSpeech: true,
    title: WF_TITLE,
    noise: [WF_PAGE_TITLE, WF_META, WF_COLL, WF_PIECE],
    dropLines: [WF_PAGE_TITLE, WF_META, WF_COLL, WF_PIECE],
    outline: [
      { level: 1, marker: '1、', text: '废纸是我们校园里最常见的垃圾,回收价值很高,每回收1吨废纸能重新造出800kg新纸,等于少砍17棵大树,省下3立方米的垃圾填埋空间,少用纯碱240公斤,让造纸的污染排放减少75%,能源消耗降低40%~50%,' },
      { level: 1, marker: '2、', text: '矿泉水瓶这类塑料制品的原料来自地球上不能再生的资源——石油,回收废塑料就相当于节省石油,而把废塑料重新炼成汽油、柴油的技术能让所有的废塑料瓶、废饭盒' },
    ],
  },
  '03-zhici-72zhan-discuz-wmo-qixiangri-forum-chrome-url-byline': {
    source: 'https://earthlab.m2.72zhan.com/forum.php?mod=viewthread&tid=1123',
    kind: 'speech: 致辞 (the WMO secretary-general\'s World Meteorological Day message; copied onto a Discuz forum)',
    tests: 'Discuz thread chrome: "返回列表 发布新帖", "查看: 1|回复: 0", the thread title (the speech\'s name with "——2026年世界气象日致辞"), "[复制链接]", poster stats split over single lines ("90", "主题", "13", "回帖", "370", "积分", "中级会员", "积分", "370"), "发表于 昨天 23:34 | 查看全部 |阅读模式"; the source URL on a line of its own and a "发布时间:… 来源:中国气象报社" line; the speaker byline "世界气象组织秘书长玛琳娜·塔维拉" (kept); a salutation to members and colleagues; many one-sentence paragraphs, three "从…到…;" lines (no markers), a second salutation "同事们、朋友们:" mid-speech and a "我们必须…" anaphora; cut mid-word ("记")',
    isSpeech: true,
    title: EL_TITLE,
    noise: [...EL_CHROME, EL_POSTED, EL_URL, EL_META],
    dropLines: [...EL_CHROME, ...EL_COUNTS, EL_TITLE, EL_POSTED, EL_URL, EL_META],
    outline: [],
  },
  '04-heci-dzwww-shuiliting-flash-placeholders-byline-no-title': {
    source: 'http://dzwww.com/2011/sdbn/tjbn/201101/t20110130_6149550.htm',
    kind: 'speech: 新春贺词 (a provincial water resources department head\'s New Year greeting on a news portal\'s greetings page)',
    tests: 'three pairs of Flash placeholder lines "此页面上的内容需要较新版本的 Adobe Flash Player。" / "获取 Adobe Flash Player" where the video was; no title; the byline "山东省水利厅厅长邵文澜" (kept); a line of four spaces; two indented paragraphs: a couplet-like opening, thanks and greetings in the first person ("我代表…"), then a long paragraph of achievements and next year\'s aims ending in "!"; no salutation and no numbered points; the page ends with the greeting',
    isSpeech: true,
    title: '',
    noise: [DZ_FLASH, DZ_GET],
    dropLines: [DZ_FLASH, DZ_GET],
    outline: [],
  },
  '05-news-weathercn-qixiangri-zuotanhui-yiyao-yishi-not-speech': {
    source: 'http://weather.com.cn/guangxi/zt/tqzt/1615553.shtml',
    kind: 'non-speech: news report (a city government\'s World Meteorological Day symposium; weather portal)',
    tests: 'a weather portal\'s header ("今天是", "设为首页 加入收藏 打印 中国天气首页 …"), a crumb "中国天气网>广西 > 气象科普", the headline, a "【字体: <date> 来源: …" line; a report in the third person of a vice-mayor\'s 讲话 whose "四点意见:一要…;二要…;三要…;四要…" and "四项工作:一是…;二是…;三是…;四是…" follow colons and semicolons inside paragraphs; a reporter\'s name in brackets, "转载请注明…", "收藏此页】 【打印" and a footer link row — a news report, not a speech',
    isSpeech: false,
    title: '贺州市政府召开纪念世界气象日气象服务座谈会',
  },
  '06-news-bankketab-big5-pinyin-xunhe-yishi-after-comma-not-speech': {
    source: 'http://www.bankketab.com/news/songtaowang_202162170654.html',
    kind: 'non-speech: news report (a vice-county head\'s river patrol under the 河长制; traditional-script mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (網(wǎng), 實(shí), 鎮(zhèn), 負(fù), 責(zé), 現(xiàn), 場(chǎng), 環(huán), 衛(wèi), 調(diào), 時(shí), 強(qiáng), 級(jí), 堅(jiān), 態(tài), 護(hù), 點(diǎn)…); a "本網(wǎng)訊(縣政府辦 …)" lead; two "巡河現(xiàn)場(chǎng)" photo captions; "強(qiáng)調(diào),一是…。二是…。三是…。" where 一是 follows a comma and 二是/三是 follow full stops — a third-person news report, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
};
