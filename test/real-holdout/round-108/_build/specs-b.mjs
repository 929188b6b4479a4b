// Gold specs for holdout round 108, part B (cases 07–12): literature and art federations (文联, 作协, 书协, 美术 — congress
// and seminar speeches, exhibition openings, and their look-alikes: an exhibition 前言 and a news report).
// Four spoken pieces (a writer's 发言 printed as one of the 发言摘登 of the writers' association's training seminar on the
// 文艺工作座谈会 speech, on a traditional-script pinyin mirror of 中国作家网 (m.jiushengxin.com): a line of pornographic
// keyword spam the hijacked host prints above the page, a breadcrumb "中國作家網(wǎng)>> 理論 >> 理論熱點(diǎn) >> 正文", the title
// "走進(jìn)生活深處", the series subtitle "中國作協(xié)…培訓(xùn)研討班發(fā)言摘登", a meta line "http://m.jiushengxin.com <date> 來源:中國作家網(wǎng)
// 葉梅" ending in the speaker's name, then the 发言 as one indented paragraph with converter pinyin after a fixed set of
// characters, the mis-encoded run "因?yàn)楦≡曛L(fēng)" (为浮躁之风), a "首先想明白…" after a comma, cut mid-sentence ("就開始");
// a provincial party deputy secretary's 致辞 at the national 文联工作经验交流会 on a traditional-script mirror of a news
// special (858835.com): the headline with the speaker's name in front ("蔡東士在…上的致辭"), a meta line indented with spaces
// "http://www.858835.com  2004-11-18   作者:蔡東士   來源:中國文聯網", a line of spaces, the speech's own date line
// "(2004年11月17日)", the byline "廣東省委副書記 蔡東士", the salutation "同志們,朋友們:", two deeply indented paragraphs
// (names of artists and works in 《》 separated by 、), cut after a comma ("數"); the chair's opening of a painter's
// exhibition seminar, on the Beijing painting academy's site (bjaa.com.cn): a breadcrumb "首页 > 研究 > 研讨会 > 详情", the
// headline with the date glued to it ("…研讨会2011-04-27"), an "作者:" line and the field lines "研讨会主题 …", "举办时间 …",
// "主持人 …", "研讨会内容" (the first repeats the title with a label), a line holding one space, the speaker label
// "主持人:" on a line of its own, then the chair's remarks in one paragraph starting "各位来宾," (the event named
// "童年时期" where the headline says "儿童时期"), a quoted saying, "什么意思呢?", cut mid-word ("孩子眼"); a calligraphers'
// association chairman's 讲话 as a chapter of a book on a reading site (ydbnovel.com), the whole store under the 610 floor:
// the chapter title cut by the site before 講話 ("…組織宣傳會議上的"), one paragraph with the association's three-part
// motto "一曰…,二曰…,三曰…" inside quotation marks, the converter's "麵臨" (面临), cut mid-phrase ("這一"), then the
// unlock paywall "未解鎖章節 / 想要觀看更多精彩內容 / 下載 APP 解鎖更多精彩章節 / 掃碼或復製鏈接到手機瀏覽器進行下載") and two
// written look-alikes (a provincial news site's page (binzhou.sdnews.com.cn) presenting a painter's exhibition: a
// breadcrumb, the headline "与自然共语 与历史同行 ——画家赵先闻作品欣赏", a date/source line with "大字体 小字体 扫码带走", "打印",
// a "组织机构" block with 主办/承办 lines and six rows of painters' names separated by spaces, then "前 言" and the exhibition's
// preface on 格物致知 (written, about the show, addressed to no one), a "画家简介" heading and the first bio sentence — not a
// speech; a traditional-script pinyin mirror (meikuwh.cn) of a news report on the opening of a Tang-poetry art show in
// Shizuoka: no headline, the organisers and guests listed, a caption-like line "浙江省政府副省長盧山視頻致辭", the vice
// governor's and the Japanese vice governor's words told in the third person ("他說,…", "增井浩二表示,…") — a report, not a
// speech; cut mid-word ("豐碩的成")).
// Judgement calls: 07's series subtitle "…培訓研討班發言摘登" names the occasion and genre of the piece and stays as a body
// paragraph (as round 72's dated "(…讲话摘要)" label and the shared corpus's subtitles); the spam line, the breadcrumb and the
// meta line are noise (the meta line is also listed by its parts "來源:中國作家網(wǎng)" and the host URL); the pinyin
// annotations go by one regular expression, so the title is "走進生活深處"; "(fēng)" after the mis-encoded "L" is a whole
// annotation and goes too, while "?yàn)" (no opening bracket) stays. 08's title is the headline as printed, the speaker's
// name included (the page shows no other title); the date line and the byline with his position stay. 09 is a speech: what
// the capture holds is the chair's spoken opening (first person, "各位来宾,", "现在开始"); its title is the page's headline
// without the glued date; the 作者 line and the four field lines are page meta (noise); the speaker label "主持人:" stays
// as a body line, as role labels in 主持词 do. 10 is a speech by its cut title ("在…會議上的" + 講話 lost) and its first-person
// address to the association; the title keeps the site's cut; "一曰…二曰…三曰" is inside quotation marks and is no marker
// family, so the outline is empty; the paywall lines are noise. No speech here carries a numbered point within its capture.
// Looked for and not found on a new host: a 文联/作协 代表大会 讲话 with 一、/一是/第一, points (soolun.net, ppdoc.com, mswk.cn
// and cflac.org.cn are used; the county 文联 第三次代表大会 讲话 the corpus holds came without an address); a 书画展 开幕 致辞
// on a template site (ruiwen, kaledl, wjfww, zh056, guanshanwenku and daowen are used; m.dyhzdl.cn was named as set aside by
// round 69, so counts as used); a 诗歌朗诵会 主持词 (wenke99, letgol, dgzhanhua, huatuo0, ixindu are used; ggfwb.com, a
// 文学创作中心 座谈会 主持词 with 一、…六、 agenda lines, is used too); a 文艺座谈会 发言 with 第一/第二 points (bimoxiezuo is
// used); a second and third speech with numbered points on any fresh host — the theme's numbered speeches stand on used
// hosts or twins, so this part has none.
// Template twins set aside: qbxsw.cc and jmvip6.com (老舍's opening speech at the founding of the Beijing 文联, with a block
// "一、" point, under the "…提示您:看后求收藏(…)" line of round 4's jnweishang novel farm); m.dsxs.cc and aikanwenxue.com (the same
// speech and a provincial 文联 chairman's closing remarks under the "手机浏览器扫描二维码访问" novel-reader chrome set aside by
// rounds 105 and 106); mip.dahuoso.com (a 古典诗词比赛主持词 on the "/jxfw/<yyyymm>/<id>.html" farm of the used bbs.shfzb.com);
// fxjt168.com (a people.cn "/n1/<yyyy>/<mmdd>/c<col>-<id>.html" traditional mirror, the family of the used 163qymail.com);
// 88889218.cn (a traditional mirror of the used cflac.org.cn's 文代会 pages: a 会务工作报告 with a bare "一" heading and a block
// "首先,").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const JS_SPAM = '老太婆性杂交毛片,国产第6页,天天操夜夜爱,精品国产31久久久久久,大香伊人久久精品一区二区,国产又黄又嫩又白,精品国产日本';
const JS_CRUMB = '中國作家網(wǎng)>> 理論 >> 理論熱點(diǎn) >> 正文';
const JS_META = 'http://m.jiushengxin.com 2016年03月30日13:19 來源:中國作家網(wǎng) 葉梅';

const ZT_META = 'http://www.858835.com  2004-11-18   作者:蔡東士   來源:中國文聯網';
const ZT_TITLE = '蔡東士在全國文聯工作經驗交流會上的致辭';

const BJ_CRUMB = '首页 > 研究 > 研讨会 > 详情';
const BJ_TITLE = '“艺海童年——王明明儿童时期作品展”研讨会';
const BJ_AUTHOR = '作者:陈履生(中国国家博物馆副馆长)';
const BJ_THEME = '研讨会主题 “艺海童年——王明明儿童时期作品展”研讨会';
const BJ_TIME = '举办时间 2011年4月27日';
const BJ_HOST = '主持人 陈履生(中国国家博物馆副馆长)';
const BJ_CONTENT = '研讨会内容';

const YD_TITLE = '重振“蘭亭精神”,向“蘭亭獎”進軍——在河北省書協“蘭亭獎”組織宣傳會議上的';
const YD_PAY = ['未解鎖章節', '想要觀看更多精彩內容', '下載 APP 解鎖更多精彩章節', '掃碼或復製鏈接到手機瀏覽器進行下載'];

export const specs = {
  '07-fayan-jiushengxin-big5-zoujin-shenghuo-spam-crumb-pinyin-meta-zhaideng': {
    source: 'http://m.jiushengxin.com/theory/2016/2016-03-30/268761.html',
    kind: 'speech: 发言 (a writer\'s 发言 in the 发言摘登 of the writers\' association\'s seminar on the 文艺工作座谈会 speech; traditional-script pinyin mirror of 中国作家网 under a spam header)',
    tests: 'a line of pornographic keyword spam over the page; a breadcrumb "中國作家網(wǎng)>> 理論 >> 理論熱點(diǎn) >> 正文"; the title "走進(jìn)生活深處" with pinyin inside; the series subtitle "中國作協(xié)…培訓(xùn)研討班發(fā)言摘登" (kept); a meta line "http://m.jiushengxin.com 2016年03月30日13:19 來源:中國作家網(wǎng) 葉梅" ending in the speaker\'s name; the 发言 as one paragraph indented by two spaces, converter pinyin "(shí)" "(dāng)" … after a fixed set of characters; the mis-encoded run "因?yàn)楦≡曛L(fēng)"; "首先想明白…" after a comma (prose); quoted slogans; cut mid-sentence ("就開始")',
    isSpeech: true,
    title: '走進生活深處',
    noise: [JS_SPAM, JS_CRUMB, JS_META, '來源:中國作家網(wǎng)', 'http://m.jiushengxin.com'],
    regexCut: [PINYIN],
    dropLines: [JS_SPAM, '中國作家網>> 理論 >> 理論熱點 >> 正文', '走進生活深處', 'http://m.jiushengxin.com 2016年03月30日13:19 來源:中國作家網 葉梅'],
    outline: [],
  },
  '08-zhici-858835-big5-wenlian-jingyan-jiaoliuhui-url-meta-date-byline': {
    source: 'http://858835.com/zt/2004gzjyjl/2004-11/18/content_3244700.htm',
    kind: 'speech: 致辞 (a provincial party deputy secretary welcoming the national 文联工作经验交流会; traditional-script mirror of a news special)',
    tests: 'the headline with the speaker\'s name before "在…上的致辭" as the only title; a meta line indented with spaces "http://www.858835.com  2004-11-18   作者:蔡東士   來源:中國文聯網"; a line of spaces; the speech\'s own date line "(2004年11月17日)" and the byline "廣東省委副書記 蔡東士" (kept); the salutation "同志們,朋友們:"; two paragraphs indented ten spaces; lists of artists separated by 、 and works in 《》; "“二為”方向和“雙百”方針"; no outline marker; cut after a comma ("數")',
    isSpeech: true,
    title: ZT_TITLE,
    noise: [ZT_META, 'http://www.858835.com', '作者:蔡東士', '來源:中國文聯網'],
    dropLines: [ZT_TITLE, ZT_META],
    outline: [],
  },
  '09-zhuchici-bjaa-yantaohui-zhuchiren-crumb-glued-date-field-lines-speaker-label': {
    source: 'http://www.bjaa.com.cn/news.html?hcs=11&clg=203&news=403',
    kind: 'speech: 主持词 (the chair\'s opening remarks at a painter\'s exhibition seminar, as transcribed; a painting academy\'s site)',
    tests: 'a breadcrumb "首页 > 研究 > 研讨会 > 详情"; the headline with the date glued after it ("…研讨会2011-04-27"); an "作者:陈履生(…)" line; field lines "研讨会主题 <title>", "举办时间 …", "主持人 …", "研讨会内容" (page meta, the first repeating the title); a line holding one space; the speaker label "主持人:" on its own line (kept); the chair\'s remarks as one paragraph opening "各位来宾," (the event named "童年时期" where the headline says "儿童时期"); a quoted saying and "这是什么意思呢?"; names of painters and a "三个条件:天分、勤奋、缘分" list after a colon (prose); cut mid-word ("孩子眼")',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_CRUMB, BJ_TITLE + '2011-04-27', '2011-04-27', BJ_AUTHOR, BJ_THEME, BJ_TIME, BJ_HOST, BJ_CONTENT],
    dropLines: [BJ_CRUMB, BJ_TITLE + '2011-04-27', BJ_AUTHOR, BJ_THEME, BJ_TIME, BJ_HOST, BJ_CONTENT],
    outline: [],
  },
  '10-jianghua-ydbnovel-big5-shuxie-lanting-cut-title-yiyue-quoted-unlock-paywall': {
    source: 'https://www.ydbnovel.com/chapter/11010343700/592919144',
    kind: 'speech: 讲话 (a provincial calligraphers\' association chairman at a 兰亭奖 publicity meeting, as a chapter of a collected-works book; reading site, traditional script)',
    tests: 'the store holds only 260 characters: the chapter title cut by the site before 講話 ("…組織宣傳會議上的", kept as the title); no salutation; one paragraph in the first person plural with nested quotes “…‘…’…”, the association\'s motto "一曰…,二曰…,三曰…" inside quotation marks (no outline); the converter\'s "麵臨" for 面临; cut mid-phrase ("這一"); then the unlock paywall "未解鎖章節" / "想要觀看更多精彩內容" / "下載 APP 解鎖更多精彩章節" / "掃碼或復製鏈接到手機瀏覽器進行下載"',
    isSpeech: true,
    title: YD_TITLE,
    noise: [...YD_PAY],
    dropLines: [YD_TITLE, ...YD_PAY],
    outline: [],
  },
  '11-qianyan-sdnews-binzhou-huazhan-zuzhi-jigou-canzhan-huajia-gewu-zhizhi-not-speech': {
    source: 'http://binzhou.sdnews.com.cn/wh/202008/t20200811_2776830.htm',
    kind: 'non-speech: exhibition 前言 (a painters\' group show presented on a provincial news site\'s city channel)',
    tests: 'a breadcrumb "首页 > 滨州频道 > 文化 > 正文"; the headline "与自然共语 与历史同行 ——画家赵先闻作品欣赏"; a "date 来源:鲁网 大字体 小字体 扫码带走" line and "打印"; an indented "组织机构" block (主办/承办/学术主持/展标题字 lines, "参展画家(按年龄排序):" and six rows of names separated by spaces); the heading "前 言" and the preface on 格物致知 (written about the show, addressed to no one, quoting 《礼记•大学》); a "画家简介" heading and the painter\'s first bio line — a written text, not a speech',
    isSpeech: false,
    title: '与自然共语 与历史同行 ——画家赵先闻作品欣赏',
    noise: [],
    outline: [],
  },
  '12-news-meikuwh-big5-tangshi-zhilu-jinggang-tezhan-shipin-zhici-pinyin-not-speech': {
    source: 'http://meikuwh.cn/txt/2024-10/24/content_42946012.htm',
    kind: 'non-speech: news report (the opening of a Tang-poetry art show of Chinese and Japanese artists in Shizuoka; traditional-script pinyin mirror)',
    tests: 'no headline in the capture; a lead naming the show in quotes and a long list of organisers; a paragraph listing the guests with titles; a caption-like line "浙江省政府副省長盧山視頻致辭" that names a 致辞; the vice governor\'s and the Japanese vice governor\'s words told in the third person ("他說,…", "他希望…", "增井浩二表示,…"); converter pinyin after a fixed set of characters; cut mid-word ("豐碩的成") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
