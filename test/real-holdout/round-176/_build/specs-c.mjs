// Gold specs for holdout round 176, part C (cases 13–18): the internet and the digital economy (数字经济 forums, 大数据
// 产业 alliances, 互联网 嘉年华 and 数字中国 研讨会 — their 致辞, 讲话, 主旨演讲 — and their look-alikes: a district's news
// report of a 网信 work meeting and a 数字经济 research article).
// Four spoken pieces (a consul general's 致辞 at a Sino-German 数字经济 forum, printed as "致辞实录" on a telecom trade
// portal reposting 运营商世界网 (cfyys.com.cn, "/show-list-<id>.html"): the headline "…在第四届欧洲论坛致辞实录", a bare
// "2018-07-17 22:05" date line, a promo "更多资讯可登录运营商世界网(telworld.com.cn),也可关注微信公众号tel_world" with
// two trailing spaces, an indented third-person lead ending, after eight spaces, in the label "以下为裴永贵致辞实录", an
// indented salutation with a comma missing before its third "尊敬的", "首先请允许我…" without a separator, "GPS" and
// "GDP" between spaces, a paragraph that ends with no full stop, cut mid-sentence; a provincial 网信办 deputy's remarks
// at the launch of a city's 大数据产业联盟, as "讲话全文" on a data-analytics firm's site (www.analysys.cn, 易观,
// "/trends/news/detail/<id>"): three navigation bullets ("• 产品与服务矩阵", "  • 资源中心", "  • 关于我们"), a quote
// headline naming the speaker before a colon, a "易观 2017-04-18 8376" meta line (brand, date, view count), a summary
// line, the same lead again with its "月" lost ("418日,…"), a paragraph listing officials, investors and experts, a
// "以下是李球讲话全文:" label, then the transcript opening with the speaker's label "湖南省网信办副主任李球:" glued to
// the first sentence, a founder's name in a traditional character on a simplified page ("于揚"), cut mid-sentence; a
// retired general's 主旨演讲 at a 数字中国 研讨会 on a traditional converter mirror with pinyin annotations
// (www.websiteweb.cn, "/cms/show-<id>.html"): the site's headline "將軍談數字社會建設", a long editor's lead with a
// mis-encoded run where "。現" was ("主旨演講?,F將…") ending "…文稿轉發(fā)分享,供大家學習參考。", a photo caption, the
// speech's own title "加強數字社會建設推動數字中國事業(yè)", the speaker's bare name, one long paragraph announcing "五個
// 堅持", then a block "一是堅持以…,特別" cut mid-phrase; pinyin after 發/戰/區/業/優/態 wherever they occur; a national
// internet regulator's 致辞 at a 全民互联网嘉年华 on another converter mirror (m.floodcleanupjoliet.com,
// "/article/<id>.html"): a quote headline "…莊榮文:線下體驗(yàn)+線上參與", a label line "…大會(huì)現(xiàn)場,…莊榮文致辭:",
// the salutation glued to "大家上午好。" and the first paragraph, "首先我代表…" without a separator, a mis-encoded run
// inside a sentence ("重要組成??梢灶A(yù)見到", where "部分。可以預" seems to have stood) whose last piece carries a whole pinyin annotation,
// "互連網" as printed, pinyin after 25 converted characters, cut mid-word after an annotation ("加速實(shí)")) and two
// written look-alikes (a district 网信 work meeting reported in a local forum's news post (www.yxzx111.com, Discuz
// "thread-<id>-1-1.html"): no headline in the capture, two paragraphs glued with a space ("…参加了会议。 林振涛指出,…"),
// "**总书记" as the site censored it, and "林振涛强调,一、要坚持…。…二、要依法管网治网,…" — numbered points reported in
// the third person after a comma and a full stop — a report, not a speech; a research article on 数字经济 and 高质量发展
// on a traditional mirror (ckbkkc.com, "/sites/html/bumen31/<date>/content-<id>.html"): "????" before the first line and
// a "?" after every line (mis-encoded non-breaking spaces), heading lines "一、…?" and "(一)…?", simplified leftovers
// (有利于, 之后, 占GDP), figures from 信通院 — a written article, not a speech; cut mid-sentence ("2020年我")).
// Judgement calls: 13's headline names the document ("…在第四届欧洲论坛致辞实录") and is the page's only title line, so it
// is the title as printed, "实录" included (as round 150 case 14 and round 134 case 02 took a press headline); the date
// line, the promo and the lead with its label are noise ("以下为裴永贵致辞实录" listed again as the label part, as round 32
// case 08's "以下为致辞实录:"); "首先请允许我代表…" has no separator → no item (as round 5 case 11); the paragraph without a
// closing full stop stays as printed. 14: the quote headline naming its speaker before a colon is the title (as round
// 108 case 02); the navigation bullets, the meta line, the summary line, the repeated lead, the attendees paragraph and
// the full-text label are noise; the speaker's label glued to the first sentence stays with it (as round 32 case 08,
// round 81 case 07 and round 90 case 14's note); no numbered points ("一个是…第二个" lies past the cut). 15 is a speech:
// the editor's lead and the caption call the text a 主旨演讲 given at the 研讨会, and it is printed as the speech's text
// (as round 76 case 04 read a 致辞 "整理" under an editor's note, and round 153 case 03 an excerpted 党课 under an editor's
// lead); unsure, since the capture has no salutation and the title names no spoken genre. The site's headline
// "將軍談數字社會建設" is noise and the document's own title line is the title (as round 2 case 08); the caption and the
// bare name with no position are noise (as round 13 case 05 and shared case 106); the lead is noise as a whole, with its
// mis-encoded run; the block "一是" opening the last line is a required level-1 item whose text is the whole cut line (a
// block marker needs no run, as round 4 case 11; a line with no sentence end gives its whole text). 16: the quote
// headline is the title (as 14); the label line "…現場,…致辭:" is noise (with "副主任莊榮文致辭:" listed as its part);
// the salutation stays glued to the greeting and the first paragraph (as the shared corpus keeps a glued salutation); the
// mis-encoded run stays in its sentence and only the whole "(yù)" after it goes (as round 1 cases 09/10); "首先我代表"
// has no separator → no item. 17 and 18 are written, not spoken: 17 reports the secretary's points in the third person
// ("林振涛强调,一、要…"), and 18 is an article with 一、/(一) headings. Names of private people (the investors, founders
// and experts in 14's lead) and of the district officials in 17 were replaced by fictional ones; national and provincial
// officials and public figures named in headlines kept their names; the prose was rewritten, the traditional pages by
// hand, with the pinyin put back after the same characters as on the page (all their occurrences).
// Looked for and not found on a new host: a 范文-site 讲话 on 网络安全 or 数字经济 with 一、/(一) headings (m.bimoxiezuo.com's
// "在全市网信工作座谈会上的讲话" with 一、 and 一是, www.92read.com's "县政法委书记在网络安全和信息化工作专题会上的讲话稿"
// with 一、/(一), 416w.cn's traditional 宣传周 启动仪式 speech and 6dgww.com's "市委书记在大数据产业发展座谈会上的讲话" with
// 一、 and 第一;…第六; all stand on used hosts); a 主持词 of a 网络安全 knowledge contest (only m.wenke99.com, used, and
// news of contests); a 国旗下讲话 for the 网络安全宣传周 校园日 (only school news reports); a 白皮书 excerpt (the corpus
// answers with journal abstracts on used hosts: fx361, scholarmate, soolun); a 数字经济 表态发言 or 党课. The search
// budget ran out after 24 queries, so only one of the four speeches (15) carries a numbered point.
// Template twins considered: zzimage.com (a traditional mirror of 萧山网 with 袁家军's 世界互联网大会 致辞摘要, a two-line
// title, a date line and a courtesy 首先,) shares its crumb "您的位置: 蕭山網(wǎng) > " and its "/content/<yyyy-mm>/<dd>/
// content_<id>.html" path with round 161 case 09 (hacker2.cn, the same origin), so it was dropped; cheyouzhijia.net's
// novel chapter "第757章 全体会议上的发言" is the next chapter of the novel round 137 case 12 took from plasnews.com, with
// the same "书迷正在阅读:" chrome, so it was dropped; tech.kepu365.cn (a news report of a 5G 大会 致辞) shares its name
// with the used kepu365.com, so it was not taken; websiteweb.cn and m.floodcleanupjoliet.com are both converter mirrors
// but annotate different character sets, share no noise line, and no used page carries their lines
// ("轉發(fā)分享,供大家學習參考", "嘉年華大會(huì)現(xiàn)場"); cfyys.com.cn's "运营商世界网" promo and analysys.cn's
// "产品与服务矩阵" bullets occur on no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Every distinct regexCut match is added to the noise list. Titles, noise and outlines are written by hand
// here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CF_TITLE = '中国驻慕尼黑总领事馆裴永贵在第四届欧洲论坛致辞实录';
const CF_DATE = '2018-07-17 22:05';
const CF_PROMO = '更多资讯可登录运营商世界网(telworld.com.cn),也可关注微信公众号tel_world';
const CF_LEAD = '7月17日,中欧国际工商学院等机构主办的第四届欧洲论坛在慕尼黑召开,本次论坛主题是"赋能未来:共创中德数字经济新时代”为主题,中国驻慕尼黑总领事馆裴永贵发表了致辞。        以下为裴永贵致辞实录';

const AN_NAV1 = '• 产品与服务矩阵';
const AN_NAV2 = '• 资源中心';
const AN_NAV3 = '• 关于我们';
const AN_TITLE = '湖南省网信办李球:长沙大数据联盟推动中南大数据发展';
const AN_META = '易观 2017-04-18 8376';
const AN_SUM = '4月18日,长沙大数据产业联盟发起仪式及易观长沙大数据研发中心启动仪式,正式在中南重镇长沙启动。';
const AN_LEAD = '418日,长沙大数据产业联盟发起仪式及易观长沙大数据研发中心启动仪式,正式在中南重镇长沙启动。';
const AN_GUESTS = '湖南省网信办副主任李球、长沙高新区管委会主任谭勇、长沙市经信委信息化和通信局局长肖逸等政府领导以及深创投合伙人周建新、东方富海合伙人陈立成等知名投资人;安的鸡尾酒创始人安星辉、重载智子创始人陈昊然、Pivotal中国研发总经理宋雷鸣、清华海峡研究院大数据中心主任王海川等大数据领域权威专家参与并见证了两件大数据重要事件的诞生。';
const AN_LABEL = '以下是李球讲话全文:';

const WS_HEAD = '將軍談數字社會建設';
const WS_LEAD = '2025年1月3日,由數字中國發(fā)展戰(zhàn)略工作委員會主辦,“智匯數字中國·院士揚帆領航”——數字中國發(fā)展戰(zhàn)略高級別研討會暨數字中國院士港啟動儀式,在北京市海淀區(qū)萬壽賓館會議大廳隆重舉行。原全國人大常委會農業(yè)和農村工作委員會委員、中國人民解放軍中將、國防大學原副政委李殿仁將軍發(fā)表了《加強數字社會建設,推動數字中國事業(yè)》主旨演講?,F將李殿仁將軍演講的文稿轉發(fā)分享,供大家學習參考。';
const WS_LEAD_CUT = '2025年1月3日,由數字中國發展戰略工作委員會主辦,“智匯數字中國·院士揚帆領航”——數字中國發展戰略高級別研討會暨數字中國院士港啟動儀式,在北京市海淀區萬壽賓館會議大廳隆重舉行。原全國人大常委會農業和農村工作委員會委員、中國人民解放軍中將、國防大學原副政委李殿仁將軍發表了《加強數字社會建設,推動數字中國事業》主旨演講?,F將李殿仁將軍演講的文稿轉發分享,供大家學習參考。';
const WS_CAPTION = '李殿仁將軍做數字社會主題演講';
const WS_TITLE = '加強數字社會建設推動數字中國事業';
const WS_NAME = '李殿仁';

const FC_TITLE = '國家互聯網信息辦公室副主任莊榮文:線下體驗+線上參與';
const FC_LABEL = '2016全民互聯(lián)網(wǎng)嘉年華大會(huì)現(xiàn)場,國家互聯(lián)網(wǎng)信息辦公室副主任莊榮文致辭:';
const FC_LABEL_CUT = '2016全民互聯網嘉年華大會現場,國家互聯網信息辦公室副主任莊榮文致辭:';

export const specs = {
  '13-zhici-cfyys-ouzhou-luntan-shuzi-jingji-shilu-headline-date-promo-lead-label-shouxian-no-comma': {
    source: 'http://www.cfyys.com.cn/show-list-26213.html',
    kind: 'speech: 致辞 (a consul general at a Sino-German 数字经济 forum in Munich; telecom trade portal, "致辞实录")',
    tests: 'the headline "…在第四届欧洲论坛致辞实录" as the only title line; a bare "2018-07-17 22:05" date line; a promo "更多资讯可登录运营商世界网(telworld.com.cn),也可关注微信公众号tel_world" with trailing spaces; an indented third-person lead with an ASCII opening quote, ending after eight spaces in the label "以下为裴永贵致辞实录" on the same line; an indented salutation with a comma missing before its third "尊敬的"; "首先请允许我代表…" without a separator (no item); "GPS" and "GDP" set between spaces; a paragraph ending with no full stop; cut mid-sentence ("…相信借助今天的讨论和分享")',
    isSpeech: true,
    title: CF_TITLE,
    noise: [CF_DATE, CF_PROMO, CF_LEAD, '以下为裴永贵致辞实录'],
    dropLines: [CF_TITLE, CF_DATE, CF_PROMO, CF_LEAD],
    outline: [],
  },
  '14-jianghua-analysys-changsha-dashuju-lianmeng-nav-bullets-meta-lead-twice-quanwen-label-speaker-prefix': {
    source: 'https://www.analysys.cn/trends/news/detail/20014963',
    kind: 'speech: 讲话 (a provincial 网信办 deputy at the launch of a city\'s 大数据产业联盟; a data-analytics firm\'s news page, "讲话全文")',
    tests: 'three navigation bullets, two of them indented ("• 产品与服务矩阵", "  • 资源中心", "  • 关于我们"); a quote headline naming the speaker before a colon as the title; a "易观 2017-04-18 8376" meta line (brand, date, view count); a summary line, then the same lead again with "月" lost ("418日,…"); a paragraph listing officials, investors and experts; a "以下是李球讲话全文:" label; the speaker\'s label "湖南省网信办副主任李球:" glued to the first sentence (kept); "于揚" in a traditional character on a simplified page; "14年、15年" figures; cut mid-sentence ("大多数人是赞成")',
    isSpeech: true,
    title: AN_TITLE,
    noise: [AN_NAV1, AN_NAV2, AN_NAV3, AN_META, AN_SUM, AN_LEAD, AN_GUESTS, AN_LABEL],
    dropLines: [AN_NAV1, AN_NAV2, AN_NAV3, AN_TITLE, AN_META, AN_SUM, AN_LEAD, AN_GUESTS, AN_LABEL],
    outline: [],
  },
  '15-yanjiang-websiteweb-big5-pinyin-shuzi-shehui-zhuzhi-yanjiang-headline-lead-caption-bare-name-yishi': {
    source: 'http://www.websiteweb.cn/cms/show-229.html',
    kind: 'speech: 主旨演讲 (a retired general\'s keynote at a 数字中国 研讨会; traditional converter mirror, printed under an editor\'s lead)',
    tests: 'the site\'s headline "將軍談數字社會建設" over a long editor\'s lead that calls the text a 主旨演講 and ends "…文稿轉發(fā)分享,供大家學習參考。", with a mis-encoded run where "。現" was ("主旨演講?,F將"); a photo caption line; the speech\'s own title line "加強數字社會建設推動數字中國事業(yè)"; the speaker\'s bare name (no position); pinyin annotations after 發/戰/區/業/優/態 wherever they occur; simplified leftovers (對于, 什么); no salutation; one long paragraph ending "所以要做到五個堅持。"; a block "一是堅持以…,特別" cut mid-phrase (a block point with no run yet, required)',
    isSpeech: true,
    title: WS_TITLE,
    noise: [WS_HEAD, WS_LEAD, '供大家學習參考。', WS_CAPTION, WS_NAME],
    regexCut: [PINYIN],
    dropLines: [WS_HEAD, WS_LEAD_CUT, WS_CAPTION, WS_TITLE, WS_NAME],
    outline: [
      { level: 1, marker: '一是', text: '堅持以習近平新時代中國特色社會主義思想,特別' },
    ],
  },
  '16-zhici-floodcleanupjoliet-big5-pinyin-quanmin-hulianwang-jianianhua-headline-label-line-mojibake-run': {
    source: 'http://m.floodcleanupjoliet.com/article/2351.html',
    kind: 'speech: 致辞 (the national internet regulator\'s deputy head at a 全民互联网嘉年华; traditional converter mirror)',
    tests: 'a quote headline naming the speaker before a colon ("…莊榮文:線下體驗(yàn)+線上參與") as the title; a label line "2016全民互聯(lián)網(wǎng)嘉年華大會(huì)現(xiàn)場,…莊榮文致辭:"; pinyin annotations after 25 converted characters (聯, 網, 會, 現, 動, 經, 發, 創, 協, 調, 數, 據, 業, 實 …), the title among them; the salutation glued to "大家上午好。" and the first paragraph; "首先我代表…" without a separator (no item); a mis-encoded run inside a sentence ("重要組成??梢灶A(yù)見到") whose whole "(yù)" goes and the rest stays; "互連網" as printed; cut mid-word after an annotation ("加速實(shí)")',
    isSpeech: true,
    title: FC_TITLE,
    noise: [FC_LABEL, '副主任莊榮文致辭:'],
    regexCut: [PINYIN],
    dropLines: [FC_TITLE, FC_LABEL_CUT],
    outline: [],
  },
  '17-news-yxzx111-dianbai-wangxin-gongzuo-huiyi-inline-yi-er-after-qiangdiao-censor-stars-not-speech': {
    source: 'https://www.yxzx111.com/thread-3316-1-1.html',
    kind: 'non-speech: news report (a district 网络安全和信息化 work meeting; local forum\'s news post)',
    tests: 'no headline in the capture; the district secretary\'s words reported in the third person ("…在会上强调,要…", "…指出,…"); two paragraphs glued with a space ("…参加了会议。 林振涛指出,…"); "**总书记" as the site censored it; "林振涛强调,一、要坚持正确导向,…。…二、要依法管网治网,…" — 一、 after a comma and 二、 after a full stop inside a reported paragraph — a report, not a speech; cut mid-word ("要强化依")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-article-ckbkkc-big5-shuzi-jingji-gaozhiliang-yi-paren-yi-headings-qmark-mojibake-not-speech': {
    source: 'http://ckbkkc.com/sites/html/bumen31/2021_10/27_13/content-18215.html',
    kind: 'non-speech: article (a research article on 数字经济 and 高质量发展; traditional mirror)',
    tests: '"????" before the first line and a "?" closing every line (mis-encoded non-breaking spaces); an untitled opening paragraph defining 数字经济; heading lines "一、我國數字經濟的發展態勢及其對高質量發展的作用?" and "(一)我國數字經濟規模持續擴大?"; four stages of development with years; 信通院 figures; simplified leftovers (有利于, 之后, 占GDP) — a written article, not a speech; cut mid-sentence ("2020年我")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
