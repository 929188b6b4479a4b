// Gold specs for holdout round 60, part b (cases 07–12): hospitals and medical staff. Four spoken pieces (a retired
// doctor's 表态发言 on taking up the new 康复医学科 on a 科学网 blog (blog.sciencenet.cn): the blog's "|||" chrome, a narrative
// lead paragraph about the founding meeting that quotes another speaker, the label "我的发言如下:", the speech itself
// ("轮到我表个态,就讲三句话。" and three block points 一是…/二是…/三是…), then the blog's rating digits "1"…"4" on their own
// lines and the 科学网 footer (Archiver|手机版|科学网 + ICP number, "GMT+8, <date time>", "Powered by ScienceNet.cn",
// copyright line); a 国际护士节 主持词 for a nursing school's celebration on a traditional-script converter mirror
// (m.348239.com) that adds pinyin after 節 and 業 only: a stray "天" line, the heading "國際護士節(jié)主持詞介紹:", a salutation,
// a glued watermark "醫(yī)學教育網(wǎng)|搜集整理" in the middle of the first sentence, a stage line "請學生代表為…敬獻鮮花。", a
// mis-encoded stage direction "ū尘耙魳讽懫穑" glued after a full stop, cut mid-sentence ("總會想"); a former hospital
// president's address to a 醫學倫理 seminar printed as "薪火相傳" on a Taiwanese university's e-news wiki
// (enews2.kmu.edu.tw), genuine traditional script: the wiki's page name "Enews9 薪火相傳", "出自KMU e-News", "跳轉到: 導航,
// 搜索", the column line "高雄醫學大學 第9期 分享園地", the title, the speaker's byline with his former post, an image file
// name and a photo caption, a two-line occasion header split by a blank line ("…合辦之" / "『醫學 倫理與醫療法律研討會』
// <date> <venue>"), a "參加人員:" line, a long salutation ending "大家午安:", a courtesy "首先向…" paragraph, a lost
// character shown as "?" ("他?兩人"), cut mid-sentence ("獲准"); a 党办主任's 发言 at a hospital's 创三甲 mobilisation
// meeting on the hospital's own site (nyrmyy.com): "官方公众号" above a title broken over two lines, a "——党办主任…的发言"
// subtitle, salutation, cut mid-sentence ("一定")) and two look-alikes (a traditional-script pinyin mirror (mv360.cn) of a
// university news report on a nurses' capping ceremony, in which the president's "三点希望" are told in the third person
// as "第一,…。…第二,…。…第三,…" after full stops, with a hard wrap inside a word ("護(hù)理工" / "作者") and mis-encoded
// runs "?,F(xiàn)在" and "慶?;顒(dòng)"; a web-novel chapter "第一百二十章 讲话" (haidehong.com) with the site's 推荐阅读 list and
// "一秒记住【海德小说网 www.haidehong.com】" promo, in which a former hospital president starts a speech with "同志们,").
// Judgement calls: 07 is a speech: the page is a blog entry, but what it publishes is the author's own 表态发言 in full
// after the label "我的发言如下:"; as with a press page's lead above "以下为…的致辞", the narrative lead and the label are
// noise and the body starts at "轮到我表个态"; the capture shows no title (the blog's headline is not in the text), so the
// title is ""; the three block 一是/二是/三是 points are required, level 1; the rating digits are listed as one noise
// string "1\n2\n3\n4" (a bare "1" would be unspecific). 08's heading "國際護士節(jié)主持詞介紹:" is the mirror's keyword
// label ("<keyword>介紹:") over the document: the title is "國際護士節主持詞" and the heading line is noise as a whole (as a
// "…篇1" heading); the stray "天" above it is dropped and listed only together with the heading ("天\n國際…介紹:"), since
// a lone 天 also occurs in the body; the watermark is cut where it is glued; the pinyin goes by the usual regular
// expression; the mis-encoded stage direction and the stage line stay (the script's own text). 09 is a speech (an
// address delivered to the seminar, salutation and first person); its title is "薪火相傳"; the byline with the
// speaker's former post stays as the speech's header, and so do the occasion line (rejoined over the blank line) and the
// "參加人員:" line, which belong to the article, not to the wiki; the wiki's page name, "出自…", "跳轉到…", the column
// line, the image file name and the photo caption are noise; the courtesy "首先向…" opens no run and has no separator
// → optional. 10's title is rejoined from its two lines; the dash subtitle stays as a body line (rounds 8 and 28) and
// is an optional dash point. 11 and 12 are not speeches.
// Looked for and not found on a new host: a 院长 讲话 at a hospital's 年度工作会议 or a 医德医风 meeting with 一、/(一)
// headings (the corpus answers with used hosts: 360docs, gongwenku1, 6dgww, xiebitongdao, wenmizhiyou, huaboedu,
// xinmengxiang, gongwenbang, gongwk, wm114, wmjy, dybbs8, fanwenq); a 医师节 讲话 with 第一/第二 or 一是/二是 points
// (jingyanben, xiexiebang, haoword, fanwen.aixue.net, lovfp, renrendoc, p719 are used; gongwencankao too); a 护士节 讲话 with
// numbered points (yyfangchan, xiaomilidoc, wendang.net, regraff, bimoxiezuo, m.wenke99, lsjse are used). Left as
// template twins: zaojiaoceo.com (a 护士节 致辞 with the ruiwen-style "在平时的学习、工作或生活中…以下是小编为大家整理的…"
// promo, "…致辞1" glued to the salutation and "……此处隐藏3068个字……", the template of round 13's tcysjy and round 14's
// mchqing), isangil.net (a traditional 院長新春致辭 on the "/gongwen/zhici/<id>.html" farm of the used 07471a17.com),
// wljyyjy.com (a 护士节 主持词 on the "/ZhuChiCi/<id>.html" CamelCase template of 78911/gxscse/szftgk), thekankakeeriver.com
// (a 医院元旦晚会 致辞 with xuexila's "以下是学习啦小编整理了…" promo and the glued "学习啦在线学习网" watermark),
// gongxunwang.com and yanjianggaowang.com (set aside by round 40 already).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SN_BAR = '|||';
const SN_LEAD = '为了迎接三甲医院评审,我院康复医学科成立暨评审准备动员会今天上午举行。想不到,我这个已经退休的老医生又被聘回来担任科室首任负责人,主要承担三甲医院评审的有关准备工作。科室下设病区、门诊(含康复、理疗、推拿三个专业)、治疗室(含器械室)、神经康复技术研究组、省康复医学会骨科康复学组、市康复医学会运动康复分会等。邬其林在讲话中说,“希望大家把今天当作一个新起点,我们康复人聚到了一块儿。”';
const SN_LABEL = '我的发言如下:';
const SN_FOOT = ['Archiver|手机版|科学网 ( 京ICP备07017567号-12 )', 'GMT+8, 2025-1-10 17:08', 'Powered by ScienceNet.cn', 'Copyright © 2007- 中国科学报社'];

const HS_HEAD = '國際護士節(jié)主持詞介紹:';
const HS_MARK = '醫(yī)學教育網(wǎng)|搜集整理';

const KM_WIKI = ['Enews9 薪火相傳', '出自KMU e-News', '跳轉到: 導航, 搜索', '高雄醫學大學 第9期 分享園地', 'Image:09-8.jpg'];
const KM_CAPTION = '陳秀枝女士(右二)是林耀宗醫師(右一)於1959年擔任Intern時照護過的病人,相隔44年,她終於帶著兒孫在今年7月初專程前來道謝。(圖:林耀宗教授提供)';
const KM_TITLE = '薪火相傳';

const NY_BAR = '官方公众号';
const NY_TITLE = '讲团结、讲奉献,以饱满的工作激情和必胜的信心,迎评“三甲”';

export const specs = {
  '07-fayan-sciencenet-blog-biaotai-lead-label-yishi': {
    source: 'https://blog.sciencenet.cn/blog-279293-1039443.html',
    kind: 'speech: 表态发言 (a retired doctor recalled to head a hospital\'s new 康复医学科, published in his own blog entry)',
    tests: 'a 科学网 blog page: "|||" chrome, a narrative lead paragraph about the founding meeting quoting another speaker (“希望大家…”), the label "我的发言如下:", then the speech: "轮到我表个态,就讲三句话。" and three block points "一是感恩,…" / "二是尽力,…" / "三是齐心,…" each opening its paragraph (a run, level 1); after it the blog\'s rating digits 1–4 on four lines and the site footer (Archiver|手机版|科学网 with an ICP number, "GMT+8, <date time>", "Powered by ScienceNet.cn", copyright); no title in the capture; a short page (the whole capture)',
    isSpeech: true,
    title: '',
    noise: [SN_BAR, SN_LEAD, SN_LABEL, '1\n2\n3\n4', ...SN_FOOT],
    dropLines: [SN_BAR, SN_LEAD, SN_LABEL, '1', '2', '3', '4', ...SN_FOOT],
    outline: [
      { level: 1, marker: '一是', text: '感恩,感恩本届院领导对康复医学工作的支持' },
      { level: 1, marker: '二是', text: '尽力,尽力和大家一起,按时完成医院布置给我们的评审任务,绝不掉队' },
      { level: 1, marker: '三是', text: '齐心,齐心凝聚全科力量,一起推动科室的提升' },
    ],
  },
  '08-zhuchici-348239-big5-pinyin-hushijie-glued-watermark': {
    source: 'http://m.348239.com/web/huliwanhuatong/ln1508056905.shtml',
    kind: 'speech: 主持词 (the host\'s script for a nursing school\'s 国际护士节 celebration; traditional-script converter mirror)',
    tests: 'a converter mirror that adds pinyin after 節 and 業 only (節(jié), 業(yè)); a stray "天" line and the keyword heading "國際護士節(jié)主持詞介紹:" above the salutation "各位領導,各位嘉賓,各位同學:"; a watermark "醫(yī)學教育網(wǎng)|搜集整理" glued inside the first sentence ("5月" + watermark + ",我們迎來了…"); simplified leftovers (圣潔, 為); "20xx年" placeholder; an unbalanced opening quote ("責任心“去面對…"); the host handing over ("下面歡迎方校長為我們講話!"); a mis-encoded stage direction "ū尘耙魳讽懫穑" glued after a full stop; a stage line "請學生代表為…敬獻鮮花。"; cut mid-sentence ("總會想")',
    isSpeech: true,
    title: '國際護士節主持詞',
    noise: ['天\n' + HS_HEAD, HS_HEAD, HS_MARK],
    replace: [[HS_MARK, '']],
    regexCut: [PINYIN],
    dropLines: ['天', '國際護士節主持詞介紹:'],
    outline: [],
  },
  '09-yanjiang-kmu-wiki-big5-byline-caption-header-wrap': {
    source: 'http://enews2.kmu.edu.tw/index.php/Enews9_%E8%96%AA%E7%81%AB%E7%9B%B8%E5%82%B3',
    kind: 'speech: 演讲 (a former university-hospital president\'s address to a medical-ethics and medical-law seminar; university e-news wiki, traditional script)',
    tests: 'MediaWiki chrome in genuine traditional script: the page name "Enews9 薪火相傳", "出自KMU e-News", "跳轉到: 導航, 搜索", the column line "高雄醫學大學 第9期 分享園地"; the title "薪火相傳"; a byline with the speaker\'s former post "林耀宗 教授 (前附設中和紀念醫院院長 醫科第一屆)"; an image file name "Image:09-8.jpg" and a photo caption ending "(圖:…提供)"; an occasion header split over a blank line ("發表於…合辦之" / "『醫學 倫理與醫療法律研討會』 九十二年七月二十六日 …"), to be rejoined; a "參加人員:" line; a long salutation naming the chairs and ending "大家午安:"; a courtesy "首先向…" paragraph without a comma after 首先; ROC-era dates (民國四十三年); lost characters shown as "?" ("他?兩人"); a space before a sentence after "。 "; cut mid-sentence ("獲准")',
    isSpeech: true,
    title: KM_TITLE,
    noise: [...KM_WIKI, KM_CAPTION],
    join: [['發表於高雄醫學大學', '九樓金龍廳']],
    dropLines: [...KM_WIKI, KM_TITLE, KM_CAPTION],
    outline: [
      { level: 1, marker: '首先', text: '向剛加入的各位致上誠摯的祝賀', optional: true },
    ],
  },
  '10-fayan-nyrmyy-sanjia-split-title-dash-subtitle': {
    source: 'https://www.nyrmyy.com/portal/article/index/cid/8/id/1046.html',
    kind: 'speech: 发言 (a hospital party-office director speaking for the administrative departments at the 创三甲 mobilisation meeting; the hospital\'s own site)',
    tests: 'a hospital site\'s "官方公众号" line above a headline title broken over two lines ("讲团结、讲奉献,以饱满的工作激情和" / "必胜的信心,迎评“三甲”"), to be rejoined; a dash subtitle naming the speaker and the meeting ("——党办主任郑雨岚在…动员会上的发言"), kept as a body line; salutation "尊敬的各位领导、同事们:" and "大家下午好!"; a long paragraph with a colon list of four changes; "我代表…向大家表态:" with no numbered points after it; cut mid-sentence ("一定")',
    isSpeech: true,
    title: NY_TITLE,
    noise: [NY_BAR],
    join: [['讲团结、讲奉献', '迎评“三甲”']],
    dropLines: [NY_BAR, NY_TITLE],
    outline: [
      { level: 1, marker: '——', text: '党办主任郑雨岚在全院党员、中层干部创“三甲”动员会上的发言', optional: true },
    ],
  },
  '11-news-mv360-big5-pinyin-shoumao-diyi-dier-not-speech': {
    source: 'http://www.mv360.cn/bzyyw/4d282032fc144f138d298feab9e1213e.htm',
    kind: 'non-speech: news report (a nursing school\'s 授帽仪式 for 护士节; traditional-script converter mirror)',
    tests: 'a traditional-script mirror with pinyin after a fixed set of characters (護(hù), 學(xué), 長(zhǎng), 節(jié), 對(duì), 點(diǎn), 術(shù), 擔(dān), 責(zé), 領(lǐng), 質(zhì), 習(xí), 項(xiàng), 藝(yì), 實(shí), 礎(chǔ), 識(shí), 獻(xiàn), 動(dòng), 獎(jiǎng)…); a bare date line "5月11日"; a report in the third person ("…主持。校長(zhǎng)韋志遠首先致詞", "韋校長(zhǎng)談到", "他還對(duì)同學(xué)們提出三點(diǎn)希望,") whose "第一,…。…第二,…。…第三,…" sit after a comma and after full stops inside one paragraph; a hard wrap inside a word ("護(hù)理工" / "作者"); mis-encoded runs "?,F(xiàn)在" and "慶?;顒(dòng)" — a news report, not a speech; cut mid-list',
    isSpeech: false,
    title: '',
  },
  '12-novel-haidehong-yuanzhang-tongzhimen-not-speech': {
    source: 'https://haidehong.com/book/59066/26479639.html',
    kind: 'non-speech: novel (a web novel\'s chapter in which a provincial health official addresses a district hospital\'s staff)',
    tests: 'a novel site\'s chapter heading "第一百二十章 讲话" (a speech genre as the chapter name), a "推荐阅读:" list of other novels and the "一秒记住【海德小说网 www.haidehong.com】,精彩小说无弹窗免费阅读!" promo; narration of a hospital meeting, an invitation to speak in quotes ("我们欢迎省卫生厅秦厅给大家讲话。"), then the official\'s words in quotation marks opening "同志们," with "......" — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '第一百二十章 讲话',
  },
};
