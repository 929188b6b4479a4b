// Gold specs for holdout round 130, part C (cases 13–18): waste sorting and low-carbon campaigns (垃圾分类, 节能宣传周,
// 低碳日, 光盘行动 — 国旗下讲话 at schools, launch ceremonies, proposals, and their look-alikes).
// Three spoken pieces (a senior-two student's 国旗下讲话 "綠色低碳,節能先行" on a traditional-script mirror (csdouyin.cn,
// "/hmxs/show-<n>.html"): no title and no site noise at all — the capture opens with the salutation; the 全国低碳日 lead,
// "為此,我提出以下建議:" and four block points "一、…" to "四、…", the third a heading line with no sentence end
// ("三、節約用水,…電風扇"); converter slips "怎么", "等于", "那么", "相當于", "一只" kept; cut mid-sentence ("一");
// a student's 垃圾分类 国旗下讲话 on a school's ThinkPHP site reached by its IP address (150.109.18.31): the headline
// "第九周国旗下讲话" as the title, blank lines between all lines, the class and name line, "第一 步" with a stray space
// (not a marker), and the four kinds of waste flattened after a colon "分为4种:1.可回收利用垃圾,…等2.厨房垃圾,…3.有害垃圾 …
// 4.其他垃圾 …。" with no sentence end before 2./3./4.; cut mid-phrase ("重金属"); a teacher's 国旗下讲话 on 愛護糧食 杜絕浪費
// (the 光盘 theme) on a traditional mirror of a county school's site (m.valiantgslogistics.com, "show.asp?id="): two
// leaked HTML lines ("• <th id=…><samp…" and "<fieldset id=…><ruby…"), a nav block "返回首頁——衡南大同中學(xué)",
// "歡迎走進大同 !", "衡陽大同中學(xué)", a column label "國旗下講話", the headline "《愛護糧食 杜絕浪費》——大同小學(xué)國旗下的講話",
// a "日期:… 作者:網(wǎng)站管理員" meta line, growing indents, converter pinyin after 學/網/經/礎/產/聯/現/農/業/發/節/當,
// a salutation without a colon, dates that lost their 月 ("1016日", "197911 月", "19811016日"), the typo "讀議" and the
// censor comma in "周,總理" kept; cut mid-sentence ("請")) and three written look-alikes (a district news site's report of a
// residential compound's 垃圾分类 launch (tt.hnmdtv.com): "首页 » 娱乐" crumb, the headline, a date, "A+ A-", the officials'
// words reported in the third person with "她表示社区…:一是…;二是…;三是…。", and the tail "责任编辑:bH_03116", a spam
// "关键词:" line, "点击查看全文(剩余0%)", "相关新闻" — a news report, not a speech; a Xinhua report of the 2007
// 节能宣传周 launch reposted on a personal site (aiwojiayuan.net) with the site's anti-scraping jammer runs
// ("爱我家园网@- LP_u I((xs9KQMN\"", "爱我家园网¥- t280|0b]\"F]*#$@U" …) glued between sentences on long lines, no headline in
// the capture — a report, not a speech; a student union's 光盘行动 倡议书 on a mirrored school site (kwazuluak.com, a VSB
// "info/<n>/<n>.htm" page): "当前位置: 首页 >> 通知公告 >> 团委 >> 正文", the headline, "2014年10月15日 18:07  (点击次数:",
// the letter opening "亲爱的同学:" (looks like a salutation), rhetorical questions and "光盘行动,争做…者。" paragraph heads —
// a written proposal, not a speech; cut mid-phrase).
// Judgement calls: 13 has nothing to cut; title "" (the theme 《綠色低碳,節能先行》 stays inside its sentence); its 一、…四、
// open paragraphs after a colon-ended line and are block headings, so all four are required level-1 items (三、 gives its
// whole line, the others their first sentence). 14's headline is the speech's only title line and is kept as the title;
// the inline "1." after a colon is a run of one by the rules (2./3./4. follow no sentence end) while a reader sees a list →
// one optional level-1 item, its text cut at the first comma (the sentence to 。 is longer than 50 characters), as round 1's
// case 05 did with "1、市中院2、…". 15: the HTML lines, the nav lines and the meta line are the site's (noise, listed as
// printed, with the pinyin); the column label "國旗下講話" is dropped but not listed, since the same four characters occur in
// the speech ("今天我國旗下講話的題目是"); the headline is the title with its pinyin removed (a quoted theme and a
// "——…國旗下的講話" tail, all of it printed as one title); whole "(pinyin)" annotations go by one regexCut; no outline.
// 16–18 are written, not speeches; 16's 一是/二是/三是 are a report's summary after a colon, no outline.
// Living people who are not public figures (the students, the teacher, the district and community officials, the
// reporter) were given fictional names; public figures in the Xinhua report keep theirs. The prose was rewritten.
// Looked for and not found on a new host: a 垃圾分类 动员大会/推进会 讲话 with 一、/一是 points (m.7rdy.cn, msgz.vip,
// m.wenke99.com, gongwenbang.cn, gongwen.com.cn, xiebiwenku.com, dybbs8.com and guanshanwenku.com are used; the rest of
// the corpus answers with news of such meetings); a 节能宣传周 启动仪式 致辞 (only news reports, and the traditional
// "節能宣傳周活動儀式上的講話" of m.hongweilanqiujulebu.com, whose base domain is used); a 垃圾分类进校园 主持词 (360docs.net
// used); a 光盘行动 讲话 (the stored pages are 倡议书, school news and m.zuowendang/jjfwb/xiezuomuban/fanwenq, all used); a
// 垃圾分类 实施方案 on a fresh host (13fen.com, szmdbiao.com, sevw.cn and hongshengzhuji.com are used), so the third
// look-alike is a 倡议书. So only 13 carries numbered points in the capture (14's is a single optional item), and the part
// has three speeches, not four.
// Template twins set aside: techufashion.com (a traditional 低碳 国旗下講話 on a 凡科 "h-nd-<n>.html" mirror — the family of
// the used collegevillefire.com, asupark.com and gezhi.fj.cn); zixun.weixintoupiaoqun.com and bbs.ichuyou.cn (the
// "/jxfw/<yyyymm>/<n>.html" farm with the "【title】" glued before the salutation, used many times); msgz.vip is itself used
// and carries wmjy's "【收藏】 作者: 佚名 来源: … 【小 中 大】【以稿换稿】" bar; m.runthegoodtimes.com (used; the ruiwen-style
// "以下是小編整理的…,僅供參考,大家一起來看看吧" promo and "(精選23篇)").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CQ_TITLE = '第九周国旗下讲话';

const DT_HTML1 = '• <th id="1j3jz"><samp id="1j3jz"><legend id="1j3jz"></legend></samp></th>';
const DT_HTML2 = '<fieldset id="1j3jz"><ruby id="1j3jz"><dl id="1j3jz"></dl></ruby></fieldset>';
const DT_BACK = '返回首頁——衡南大同中學(xué)';
const DT_WELCOME = '歡迎走進大同 !';
const DT_SCHOOL = '衡陽大同中學(xué)';
const DT_COLUMN = '國旗下講話';
const DT_META = '日期:2023/10/16 12:32:24 作者:網(wǎng)站管理員';
const DT_TITLE = '《愛護糧食 杜絕浪費》——大同小學國旗下的講話';
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '13-guoqixia-csdouyin-big5-ditan-jieneng-yi-si': {
    source: 'http://www.csdouyin.cn/hmxs/show-1155.html',
    kind: 'speech: 国旗下讲话 (a senior-two student on 绿色低碳 and the 全国低碳日; traditional-script mirror)',
    tests: 'no title and no site noise: the capture opens with the salutation "尊敬的老師、親愛的同學們:" and holds only the speech, so nothing may be cut; the theme in 《》 inside a sentence; ASCII ":" "!" "," with full-width quotes and "…"/"……"; "為此,我提出以下建議:" then four block points "一、空調調高一度,用電省下百分之七。…", "二、換上節能燈,照明又省電。…", "三、節約用水,…電風扇" (a heading line with no sentence end, its whole line is the text) and "四、電腦用得科學,省電立竿見影。…"; figures "33億度", "11W", "60W", "80%" inside the points; converter slips (怎么, 等于, 那么, 相當于, 一只) kept; cut mid-sentence ("一")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '空調調高一度,用電省下百分之七' },
      { level: 1, marker: '二、', text: '換上節能燈,照明又省電' },
      { level: 1, marker: '三、', text: '節約用水,用完隨手擰緊水龍頭,出門順手關掉空調,電燈,電風扇' },
      { level: 1, marker: '四、', text: '電腦用得科學,省電立竿見影' },
    ],
  },
  '14-guoqixia-150-109-laji-fenlei-title-inline-1-colon': {
    source: 'http://150.109.18.31/Home/News/getPage/id/2381/cid/37',
    kind: 'speech: 国旗下讲话 (a student on 垃圾分类 人人有责; a school\'s site reached by IP address)',
    tests: 'the headline "第九周国旗下讲话" as the title (the speech\'s only title line); blank lines between all lines; salutation, "大家好!", the class-and-name line with "主题是:垃圾分类 人人有责。"; "第一 步" with a stray space inside a sentence (not a marker); the kinds of waste flattened after a colon: "分为4种:1.可回收利用垃圾,包括纸类 金属 玻璃等2.厨房垃圾,…3.有害垃圾 …4.其他垃圾 …废弃物。" — 1. after a colon is a run of one (no sentence end before 2./3./4.) → one optional item cut at the first comma; spaces standing for commas kept; cut mid-phrase ("重金属")',
    isSpeech: true,
    title: CQ_TITLE,
    noise: [],
    dropLines: [CQ_TITLE],
    outline: [
      { level: 1, marker: '1.', text: '可回收利用垃圾', optional: true },
    ],
  },
  '15-guoqixia-valiantgs-big5-liangshi-html-tags-pinyin-meta': {
    source: 'http://m.valiantgslogistics.com/show.asp?id=677',
    kind: 'speech: 国旗下讲话 (a class teacher on 爱护粮食 杜绝浪费 for 世界粮食日; traditional mirror of a county school\'s site)',
    tests: 'two leaked HTML lines first ("• <th id=\\"1j3jz\\"><samp …></th>", "<fieldset id=\\"1j3jz\\"><ruby …></fieldset>"); an indented nav block "返回首頁——衡南大同中學(xué)", "歡迎走進大同 !", "衡陽大同中學(xué)" and the column label "國旗下講話" (the same words recur in the speech: dropped, not listed); the headline "《愛護糧食 杜絕浪費》——大同小學(xué)國旗下的講話" with pinyin as the title; a "日期:2023/10/16 12:32:24 作者:網(wǎng)站管理員" meta line; converter pinyin after 學/網/經/礎/產/聯/現/農/業/發/節/當 (one regexCut); growing indents; the salutation "各位老師各位同學(xué)" without a colon; dates that lost their 月 ("1016日", "197911 月", "19811016日"), "第20 屆", the typo "讀議" and the censor comma in "周,總理" kept; no numbered points; cut mid-sentence ("請")',
    isSpeech: true,
    title: DT_TITLE,
    noise: [DT_HTML1, DT_HTML2, DT_BACK, DT_WELCOME, DT_SCHOOL, DT_META, '作者:網(wǎng)站管理員'],
    regexCut: [PINYIN],
    dropLines: [DT_HTML1, DT_HTML2, '返回首頁——衡南大同中學', DT_WELCOME, '衡陽大同中學', DT_COLUMN, DT_TITLE, '日期:2023/10/16 12:32:24 作者:網站管理員'],
    outline: [],
  },
  '16-news-hnmdtv-laji-fenlei-qidong-yishi-keywords-not-speech': {
    source: 'http://tt.hnmdtv.com/yule/2021/1206/0625476122021.html',
    kind: 'non-speech: news report (a residential compound\'s 垃圾分类 launch ceremony; district news site filed under 娱乐)',
    tests: 'a "首页 » 娱乐" crumb, the headline, a date line and "A+ A-"; the ceremony told in the third person: a property manager "首先作表态发言", a community official who "表示社区…:一是…;二是…;三是…。" (a report\'s summary after a colon, with semicolons), an official who "宣布…正式启动"; the tail "责任编辑:bH_03116", a spam "关键词:" line of unrelated products, "点击查看全文(剩余0%)" and "相关新闻" — a news report, not a speech',
    isSpeech: false,
    title: '千渭街道千渭星城B区举行生活垃圾分类启动仪式',
    noise: [],
    outline: [],
  },
  '17-news-aiwojiayuan-jieneng-xuanchuanzhou-jammer-not-speech': {
    source: 'http://aiwojiayuan.net/html/2007/08/789.html',
    kind: 'non-speech: news report (Xinhua on the launch of the 2007 全国节能宣传周; reposted on a personal site)',
    tests: 'no headline in the capture: it opens with the dateline "新华社北京6月10日电 (记者王立)"; the site\'s anti-scraping jammer runs "爱我家园网@- LP_u I((xs9KQMN\\"", "爱我家园网¥- t280|0b]\\"F]*#$@U", "爱我家园网*- 49W\\"]t:xlV1^OR(M", "爱我家园网@- J7FmMC%@kEJ[q%ES" glued between sentences, several paragraphs on one line; a mayor who "在启动仪式上表示,…" in the third person, ministries\' measures and provinces\' plans — a report, not a speech; cut mid-phrase ("咨询展示")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-changyishu-kwazuluak-guangpan-crumb-not-speech': {
    source: 'https://kwazuluak.com/info/1297/1561.htm',
    kind: 'non-speech: 倡议书 (a student union\'s 光盘行动 proposal to all students; mirrored school site)',
    tests: 'a "当前位置: 首页 >> 通知公告 >> 团委 >> 正文" crumb, the headline "光盘行动,从我做起——校学生会致广大同学的倡议书", a "2014年10月15日 18:07  (点击次数:" line with an empty count; the letter opens "亲爱的同学:" (looks like a salutation), four rhetorical "你是否…?" questions, a quoted slogan, "我们向全校同学发出倡议:" and paragraphs headed "光盘行动,争做…者。" — a written proposal, not a speech; cut mid-phrase ("青年的")',
    isSpeech: false,
    title: '光盘行动,从我做起——校学生会致广大同学的倡议书',
    noise: [],
    outline: [],
  },
};
