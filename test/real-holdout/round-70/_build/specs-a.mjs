// Gold specs for holdout round 70, part A (cases 01–06): health commissions, disease control and patriotic health
// campaigns (卫健委, 疾控, 爱国卫生运动, 健康城市 — work meetings, mobilisation, and their look-alikes).
// Four spoken pieces (a health minister's 讲话 at the national 结核病防治 TV-telephone conference, as the abstract of a
// journal article on a journal-profile site (zgf.shukancc.com): the site's "期刊简介" label and the journal's blurb, a
// "首页>中国防痨杂志" breadcrumb, six indented "  • 杂志名称:…" profile bullets, a "期刊荣誉:…" line, the issue line
// "中国防痨杂志2001年第02期", the speech's title, the author's bare name under it, a "关键词:…" line (it holds "重要讲话"
// and "电视电话会议"), then "摘要:" glued before the first sentence; the abstract runs two paragraphs together with a
// space; cut mid-sentence ("联合召开了"); a pupil's 国旗下 talk for 爱国卫生月 on a content farm (m.hanmyy.com, filed under
// a 工会工作计划 column): an SEO page title "小学生关于卫生主题稿【国旗下讲话稿之第八周国旗下的演讲:讲卫生,爱健康】" (search
// phrase + the document's name in 【】), the site's stripped punctuation (salutation without a colon, "大家早上好今天…",
// "你瞧…", "…样子吗回答…", "…以下几点" without a colon), then block points "1."/"2."/"3、"/"4."/"5."/"6." with the third
// in the other separator, blank lines between all lines, cut mid-word ("希"); a deputy director of the Shanghai sports
// bureau's 讲话 at the press launch of a health-and-longevity forum and expo (worldhealthgames.com, a 大健康 association
// site): the site's name, a "首页 > 论坛" breadcrumb, the site's headline "李伟:…讲话", a "日期:  来源:世联盟    浏览量:556"
// line with an empty date, the document's own heading "上海市体育局副局长李伟听在…新闻发布会上的讲话" (the site's slip 听
// kept), a one-line salutation ending "大家上午好!", a courtesy block "首先,…", "两个重要的意义:一是…。…。二是…" after a
// colon, 健康城市 and 世博 in the text, cut mid-word ("展示上海"); the China CDC's 新年贺词 on its mobile site
// (m.chinacdc.cn): no title in the capture, the signatories' line "中心主任 沈洪兵 党委书记 卢江" first, no blank lines, no
// site noise at all, paragraphs opening "回顾2023," twice (an anaphora, not a marker), cut mid-sentence ("我们始终坚持"))
// and two written look-alikes (a web novel's chapter on a reading site (scgcytea.com, "书趣阁"): a numbered breadcrumb
// "1. 书趣阁 / 2. 其他类型 / 3. 文明破晓 / 4. 第141章 …(三…", "设置", the chapter heading with "(2 / 2)", then one run-on
// paragraph in which the leader names the 爱国卫生运动 at a meeting and begins a quoted "同志们,…" address — a novel, not a
// speech; a traditional-script mirror (kaoofa.com) of a news report on the national 疾病预防控制 work conference with
// converter pinyin after a fixed set of characters (預(yù), 責(zé), 衛(wèi), 務(wù), 關(guān), 數(shù), 規(guī), 準(zhǔn), 續(xù), 導(dǎo), 構(gòu), 隊(duì), 設(shè),
// 訓(xùn), 鄉(xiāng), 鎮(zhèn), 應(yīng), 發(fā), 結(jié), 現(xiàn), 區(qū), 嚴(yán), 網(wǎng), 絡(luò), 優(yōu)) and the simplified leftovers 于 (in 關(guān)于), 并 and 占: a
// vice-minister's requirements "李斌要求,要…。要…。要…" in the third person, then "會議透露," and the year's figures — no
// headline in the capture, not a speech).
// Judgement calls: 01's title is the article's title line; "张文康" under it is the author's bare name with no subtitle
// (noise, as round 28's poster names), the blurb, breadcrumb, profile bullets, honours line, issue line and keywords line
// are the site's and the database's, noise; "摘要:" is cut off the first paragraph (listed); the space inside the abstract
// stays; no outline. 02's title is the document's name inside 【】 (as round 27's c page took the real title from a
// title glued to an SEO keyword title); the search phrase "小学生关于卫生主题稿" before it is noise, the whole line is
// dropped; the site's missing punctuation and the slip "进来" (for 近来) stay (the salutation without a colon is still the salutation); the block
// "1."…"6." lines are required level-1 points (arabic family; "3、" continues the run with the other separator), each
// item's text its first sentence — they follow "以下几点" with no colon, so the optional rule for lists after a colon does
// not apply. 03's title is the document's own heading under the meta line (a speech's formal "…在…上的讲话" name with the
// speaker's post), the site's shorter headline "李伟:…讲话" above it is noise (as round 27's c page left an SEO title), as
// are the site name, breadcrumb and meta line; the block "首先," is a courtesy opening with no 其次 (optional, level 1, text
// cut at the first comma: 51 characters); "一是…" right after a colon and "二是…" after a full stop are read by a reader as a
// two-point list but the rules read none (a run must open after a sentence end): optional, level 2 under the block 首先 by
// the letter of the rules, texts cut at the first comma. 04 has no title (""), no noise (do-no-harm); the signatories'
// line carries positions and stays as the speech's byline (as the shared corpus keeps "县委常委、县政府负责人xxx"); a
// published 新年贺词 addressing its readers in the first person ("我们代表…,向…致以新年的美好祝愿!") is taken as 贺词, a
// spoken genre in the conventions; "回顾2023," is no marker. 05 and 06 are written, not speeches.
// Names: the novel's characters in 05 are renamed (韩铮, 钱立群); public officials in 01, 03, 04 and 06 (张文康, 李岚清,
// 李伟, 沈洪兵, 卢江, 李斌) stay as printed; the school in 02 is a fictional "二高".
// Looked for and not found on a new host: a 卫生健康工作会议 or 创卫/爱国卫生 mobilisation 讲话 with 一、/(一) or 一是/二是 on a
// 范文 or 文库 site (every answer was a used host or a template twin: xinmengxiang, huaboedu, gongwenbang, bimoxiezuo,
// laojin123, xiaomilidoc, yihaowenku, fanwenq, wm114, bgzsck, xiezuofangchengshi, wenke99, gongwen.com.cn, laobiganzi,
// laobiganer, laowenmi, dawenge, douchai, renrendoc, jinchutou, 1wenmi, gongwk, szftgk, kfanwen, freekaoyan, sarr,
// wenku.docs.qq, 7rdy); a 疾控中心 党课 or 年度工作会议 讲话 with numbered points (institute sites answer with news only);
// a 健康城市 推进会 讲话 or a 爱卫会全体会议 讲话 (only news reports and journal abstracts on the soolun/ppdoc/jxxfw family);
// so one speech (02) carries required numbered points, 03 only optional ones, 01 and 04 none.
// Not taken though new: 5wangxiao.com (Premier Li's 全球健康促进大会 致辞 on a Discuz archiver with "<span word=…>" markup
// around every English word: the capture is mostly markup and English, with barely a Chinese sentence), tsu.tw (a
// 卫生工作会议 speech preview of about 250 characters), dy1993.cn (a school 广播稿 in 甲/乙 turns), kuspeed.com, zgghw.org.cn,
// 25sz.com, jyrb.jynews.net, h.01ny.cn, zgszxw.cn (news reports), lnmlw.com (an English translation of a county health
// speech), www.chinacdc.cn (the CDC's ten-year review "三、…/(一)…/第一,…", a 总结 look-alike, left because its mobile host
// was taken for 04).
// Template twins set aside: xuhongcf.com (a traditional pinyin mirror of a 全省卫生健康工作会议 news item on the
// "/news/tianshui/<yyyymmddhhmmss…>.htm" path of round 32's yhg994208.cn and topointapp.com); regraff.com and rzpgrj.com
// (used hosts: the xuexila "學習啦 > 實用范文 > …" mirror with "/fwn/<column>/c<id>.html"); m.qlshbnews.com and mjesc.com
// ("/jxfw/<yyyymm>/" pages of the jjcmw family); 69lv.com (the "因篇幅问题不能全部显示,请点此查看更多更全内容" 文库 template of
// rounds 10, 12, 31 and the shared corpus's 84); zgkjsz.com and victorzhang.cn ("/page/<yyyy>/<mmdd>/" mirrors of handmsg);
// m.1-jiu.com (set aside in round 39); m.kfanwen.com/www.kfanwen.com, meidekan.com (zdfb template), m.douchai.cn/douchai.cn.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SK_LABEL = '期刊简介';
const SK_BLURB = '《中国防痨杂志》为专业学术类期刊。全面报道我国结核病防治的方针政策与最新的科研成果及国内外结核病控制的最新发展动态。主要栏目有专论(专稿、专访、专题),论著(结核病控制、流行病学、临床和基础),论文摘要,短篇报道,病历报告,临床病理讨论、综述、讲座、座谈会健康教育、史料资料、会议简况、防痨协会工作简报等。读者对象为从事结核病控制、临床、基础科研防痨工作者。';
const SK_CRUMB = '首页>中国防痨杂志';
const SK_BULLETS = [
  '• 杂志名称:中国防痨杂志',
  '• 主管单位:中国科学技术协会',
  '• 主办单位:中国防痨协会',
  '• 国际刊号:1000-6621',
  '• 国内刊号:11-2761/R',
  '• 出版周期:月刊',
];
const SK_HONOURS = '期刊荣誉:中国期刊全文数据库(CJFD)期刊收录:维普收录(中), 哥白尼索引(波兰), 上海图书馆馆藏, 知网收录(中), 国家图书馆馆藏, 统计源核心期刊(中国科技论文核心期刊), CA 化学文摘(美), 万方收录(中)';
const SK_ISSUE = '中国防痨杂志2001年第02期';
const SK_TITLE = '在全国结核病防治工作电视电话会议上的讲话';
const SK_AUTHOR = '张文康';
const SK_KEYWORDS = '关键词:结核病控制策略, 防治工作, 电视电话会议, 世界卫生组织, 国务院, 可持续发展, 阿姆斯特丹, 政府, 经济和社会发展, 短程督导化疗, 重要讲话, 重要会议, 推广使用, 世界银行, 人民健康, 领导, 控制规划, 合作关系, 国家, 财力资源';
const SK_ABSTRACT = '摘要:';

const HM_LINE = '小学生关于卫生主题稿【国旗下讲话稿之第八周国旗下的演讲:讲卫生,爱健康】';
const HM_SEO = '小学生关于卫生主题稿';
const HM_TITLE = '国旗下讲话稿之第八周国旗下的演讲:讲卫生,爱健康';

const WH_SITE = '世界大健康运动联盟';
const WH_CRUMB = '首页 > 论坛';
const WH_HEADLINE = '李伟:2009上海国际健康健美长寿论坛暨健康产业博览会讲话';
const WH_META = '日期:  来源:世联盟    浏览量:556';
const WH_TITLE = '上海市体育局副局长李伟听在2009上海国际健康健美长寿论坛暨健康产业博览会新闻发布会上的讲话';

export const specs = {
  '01-jianghua-shukancc-jiehebing-journal-abstract-profile-keywords': {
    source: 'https://zgf.shukancc.com/zazhi/articleshow?id=77724',
    kind: 'speech: 讲话 (the health minister at the national 结核病防治 TV-telephone conference; journal abstract on a journal-profile site)',
    tests: 'journal-profile chrome over a speech: a "期刊简介" label and the journal\'s blurb, a "首页>中国防痨杂志" breadcrumb, six indented "  • 杂志名称:…"/"主管单位"/"主办单位"/"国际刊号"/"国内刊号"/"出版周期" bullets, a long "期刊荣誉:…" line, the issue line "中国防痨杂志2001年第02期"; the title; the author\'s bare name under it; a "关键词:…" line listing "重要讲话"/"电视电话会议"; "摘要:" glued before the first sentence; no salutation; two paragraphs of the abstract run together with a space; cut mid-sentence ("联合召开了")',
    isSpeech: true,
    title: SK_TITLE,
    noise: [SK_LABEL, SK_BLURB, SK_CRUMB, ...SK_BULLETS, SK_HONOURS, SK_ISSUE, SK_AUTHOR, SK_KEYWORDS, SK_ABSTRACT],
    replace: [[SK_ABSTRACT + '这次由国务院', '这次由国务院']],
    dropLines: [SK_LABEL, SK_BLURB, SK_CRUMB, ...SK_BULLETS, SK_HONOURS, SK_ISSUE, SK_TITLE, SK_AUTHOR, SK_KEYWORDS],
    outline: [],
  },
  '02-guoqixia-hanmyy-aiguo-weisheng-seo-bracket-title-nopunct-1-2-3': {
    source: 'https://m.hanmyy.com/gonghuigongzuojihua/2020/0605/923878.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s talk for the 爱国卫生月 at a Monday flag-raising; content farm)',
    tests: 'an SEO page title "小学生关于卫生主题稿【国旗下讲话稿之第八周国旗下的演讲:讲卫生,爱健康】" (search phrase, then the document\'s name in 【】); the site\'s stripped punctuation: a salutation without a colon ("尊敬的老师们、亲爱的同学们"), "大家早上好今天我国旗下演讲的题目是…", "但你瞧一栋栋…", "…该有的样子吗回答…", "…吧守护好…", "…能做到以下几点" with no colon; the writer\'s slip "进来" for 近来 kept; blank lines between all lines; block points "1."/"2."/"3、"/"4."/"5."/"6." (the third with the other separator; 4. and 5. hold two sentences); two closing paragraphs without markers; cut mid-word ("希")',
    isSpeech: true,
    title: HM_TITLE,
    noise: [HM_SEO],
    dropLines: [HM_LINE],
    outline: [
      { level: 1, marker: '1.', text: '值日扫除认真到位,不放过任何卫生死角' },
      { level: 1, marker: '2.', text: '饭前便后要洗手,衣物被褥常换常晒' },
      { level: 1, marker: '3、', text: '少买零食,更不碰来路不明的“三无”食品' },
      { level: 1, marker: '4.', text: '不随手丢弃果皮纸屑,不嚼口香糖,不随地吐痰' },
      { level: 1, marker: '5.', text: '教室要经常开窗换气,少去人多拥挤、通风不好的公共场所' },
      { level: 1, marker: '6.', text: '养成“文明清洁”的好习惯,一起把校园建设得更加美丽' },
    ],
  },
  '03-jianghua-worldhealthgames-jiankang-luntan-crumb-headline-meta-shouxian-yishi': {
    source: 'http://worldhealthgames.com/article/161',
    kind: 'speech: 讲话 (a deputy director of the Shanghai sports bureau at the press launch of a health-and-longevity forum and expo; association site)',
    tests: 'the site\'s name "世界大健康运动联盟", a "首页 > 论坛" breadcrumb, the site\'s headline "李伟:…讲话" (speaker, colon, occasion, genre), a "日期:  来源:世联盟    浏览量:556" line with an empty date and runs of spaces, then the document\'s own heading "上海市体育局副局长李伟听在…新闻发布会上的讲话" (the site\'s slip 听 kept) — two title candidates; blank lines between all lines; a one-line salutation ending "大家上午好!"; a courtesy block "首先,我谨代表…" with no 其次; "有两个重要的意义:一是…。…。二是…" (一是 right after a colon, 二是 after a full stop); quoted slogans and "城市" in quotes; 健康城市 and 世博; cut mid-word ("展示上海")',
    isSpeech: true,
    title: WH_TITLE,
    noise: [WH_SITE, WH_CRUMB, WH_HEADLINE, WH_META],
    dropLines: [WH_SITE, WH_CRUMB, WH_HEADLINE, WH_META, WH_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我谨代表上海市体育局', optional: true },
      { level: 2, marker: '一是', text: '2010年上海世博会即将开幕', optional: true },
      { level: 2, marker: '二是', text: '上海作为我国沿海经济发达地区', optional: true },
    ],
  },
  '04-heci-chinacdc-xinnian-byline-no-title-no-noise': {
    source: 'https://m.chinacdc.cn/zxyw/202408/t20240801_292122.html',
    kind: 'speech: 贺词 (the China CDC director\'s and party secretary\'s New Year message to staff, students and colleagues; institution\'s mobile site)',
    tests: 'no title and no site noise in the capture: the signatories\' line "中心主任 沈洪兵 党委书记 卢江" (posts and names separated by spaces) first, then the message; no salutation — the first paragraph addresses its audience in the first person ("我们代表…,向…致以新年的美好祝愿!") with two "感谢大家…!" sentences; no blank lines; a paragraph with "放眼全球,…;立足国内,…"; two paragraphs opening "回顾2023," (anaphora, no marker); quoted phrases "国之大者"/"三定方案"; cut mid-sentence ("我们始终坚持")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-novel-scgcytea-aiguo-weisheng-yundong-chapter-page2-not-speech': {
    source: 'http://www.scgcytea.com/read/1030/602288_2.html',
    kind: 'non-speech: novel (an alternate-history web novel: the leader names the 爱国卫生运动 at a meeting; reading site)',
    tests: 'a reading site\'s numbered breadcrumb ("书趣阁" / "1. 书趣阁" / "2. 其他类型" / "3. 文明破晓" / "4. 第141章 与联共布尔什维克的几件事(三…"), "设置", the chapter heading with "(2 / 2)", two blank lines, then one run-on paragraph of narration with sentences separated by spaces: a three-day study meeting, a request that the leader take charge, his "此次行动…就叫爱国卫生运动" in quotes, applause, and a quoted address that opens "同志们,这项工作很艰巨…" where the capture ends — a novel, not a speech',
    isSpeech: false,
    title: '第141章 与联共布尔什维克的几件事(三…',
  },
  '06-news-kaoofa-big5-pinyin-jikong-huiyi-yao-not-speech': {
    source: 'http://www.kaoofa.com/topicsshow.php?cid=99&id=9484',
    kind: 'non-speech: news report (the national 疾病预防控制 work conference; traditional-script mirror with converter pinyin)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (預(yù), 責(zé), 衛(wèi), 務(wù), 關(guān), 數(shù), 規(guī), 準(zhǔn), 續(xù), 導(dǎo), 構(gòu), 隊(duì), 設(shè), 訓(xùn), 鄉(xiāng), 鎮(zhèn), 應(yīng), 發(fā), 結(jié), 現(xiàn), 區(qū), 嚴(yán), 網(wǎng), 絡(luò), 優(yōu)) and simplified leftovers (于 in 關(guān)于, 并, 占); no headline in the capture; a vice-minister\'s requirements reported in the third person ("李斌要求,要…。要…。要…。要…"), then "會議透露," and the year\'s statistics with percentages and "H7N9" — a news report, not a speech; ends at a full stop',
    isSpeech: false,
    title: '',
  },
};
