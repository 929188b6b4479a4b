// Gold specs for holdout round 121, part A (cases 01–06): flood control and drought relief (防汛抗旱 work meetings,
// 防汛/防台 部署, 抗洪 表彰, 汛前检查 — and their look-alikes).
// One spoken piece: a vice-mayor's 讲话要点 at a video meeting on typhoon "鲇鱼", on the Shaoxing water bureau's site
// (slj.sx.gov.cn): "首页" and ">> 防汛抗旱 >> 重要讲话" crumbs, the title, a 发布时间 line, a 信息来源 line, empty 访问次数/字体大小
// fields, a whitespace line, the title again, the speech's date line "(2016年9月27日)" and the publisher's note "(未经本人审阅)",
// an opening paragraph, then three block points "第一,"/"第二,"/"第三," and, inside 第二, "一是…;二是…;三是…" after a colon
// and semicolons; the "顶部 打印 关闭" footer. Five written look-alikes: a construction company's report of its 防灾减灾 and
// 强降雨 video meeting (jtzhjs.com): a "新闻中心" label, the company blurb "前身是1961年组建的…更名为中国....", the headline, a
// "发布时间/作者:admin/点击率" line, and the chairman's requirements "强调:一是…;二是…;三是…;四是…" told in the third person,
// cut mid-sentence ("严格遵守各地"); a Discuz forum's printable page (bbs.qc0769.com, "东莞市汽车网") of a post reporting a
// mayor's words at a 防洪抗旱 meeting: "标题: … [打印本页]", "作者: …    时间: …", the title again, "洪湖市长强调,首先要…"
// and "一是…;二是…" inside reported paragraphs — a report, not a speech; a traditional-script mirror of a company's news
// (krfboom.com) with pinyin annotations after some words (生產(chǎn), 區(qū), 應(yīng)急預(yù)案), a "歡迎您的光臨! 今天是 |" bar and
// no headline line, a vice-president's requirements "要求:一要…;二要…;三要…" twice, and the photo credit line; a forum copy of
// a 赈灾义捐倡议书 (wr0766.com): the title twice (once with " |"), an addressee line "广大的社会各界热心人士: |" glued to the
// whole letter on one line (it looks like a salutation), the sentence "中华民族的传统美德。" printed twice, the signature with
// a date in Chinese numerals and a lone "|" — a written appeal, not a speech; a novel chapter page on a reading site
// (youduoke.com): the site's login/bookmark chrome, "您当前的位置:有度书屋 -> 滨江警事 -> 第五百七十九章 上级的判断", the
// chapter title, a "温馨提示" line, then page 3 of the chapter opening mid-quote with "二是研判今年的旱涝形势,…" (a 二是 with no
// 一是 on the page) and dialogue in 「」 about the 防汛 outlook, "温副Z理" written with a Latin Z, the site's dropped 生 in
// "可能发1954年型洪水" — fiction, not a speech.
// Judgement calls: 01's title is the headline (printed twice; the second copy is dropped as a repeat, not listed); the
// crumbs, the 发布时间/信息来源 lines, the empty 访问次数:/字体大小: fields and the footer are noise; the date line and
// "(未经本人审阅)" belong to the speech as issued (the publisher's header of the speech text, like a date line) and stay.
// "第一,"/"第二,"/"第三," open paragraphs → required level-1 items, text = first sentence; the "一是"/"二是"/"三是" inside 第二,
// follow a colon and semicolons, not a sentence end → optional level-2 items (a reader takes them for a list); 一是's
// sentence to the full stop is longer than 50 characters, so its text is cut at the first ";", while 二是's is 37
// characters and runs over ";三是…". 02–06 are written (report, forum report, report, appeal, novel), so their outline
// is empty; 04 has no headline in the capture, so its title is "". 05 runs under the 610-character floor because the store
// holds no more (the page ends with the signature and "|"). Names of private people (the company's officers, the forum
// poster, the secretary named in the report, the photo credits) were replaced by fictional ones; public officials
// (冯建荣, 孙景淼) and the novel's characters were kept; the prose was rewritten.
// Looked for and not found on a fresh host (about 28 queries, over the share of the budget): a 防汛抗旱工作会议 讲话 with
// 一、/第一 points (huangminedu, xiezuofangchengshi, 6dgww, fanwenq, wm114, wenke99, xiebiwenku, sanweiyuan, m.7rdy,
// 01861, e.wenmi.ren, wydbw, bqqes, m.wenku365, dybbs8 — all used); a 抗洪抢险 表彰大会 讲话 (wm114, regraff, m.wnwk, soolun
// — used; 40792.com is a used novel site); a 汛前检查/水库安全度汛 讲话 (alizhichou3, mingyanjiaju, eimio — used); a 防汛
// 主持词 (1mishu — used); a 防汛 表态发言 (huaboedu — used); a 防汛 国旗下讲话 (fanwen.aixue, m.xuewenya, m.lsjse, kt250 — used);
// a 抗洪 党课 (bubsandbeans — used); a 抗洪 演讲稿 (cnrencai, gunzhua, m.fanwenwang, m.beiweimall, 5a.net — used or a news
// story filed as 演讲稿); a 防汛应急预案 or 通知 (performandhealth, p719, docx.baby, boteman, renrendoc — used). So part A has
// one speech, with three block points and three optional inline ones.
// Template twins set aside: emerson-ct.cn (the "/article/<col>/<sub>/YYYYMM/<id>.html" farm with "前言:本站為你精心整理了…",
// as the used 0312yh/gwyoo/rqylqx); lzyygm.com ("/xjsz/p/<id>.html", the template of the used m.nxhuan.com); zjxp.net (the
// "content_<yyyy-mm>/<dd>/content_<id>.htm" mirror path of round 23's xjdql); com3y.cn (the "/xwzx/zxzt/…/t<date>_<id>.htm"
// taiwan.cn mirror of the used opkks.com); news.calyptus.net (the "来源: sp20241124" repost template of round 101's
// javascriptjump.com); lingd.cn (the ruiwen family: "…仅供参考希望能够帮助到大家。" promo and "…演讲稿1" headings);
// xiakeshuwu.com (the "…书屋 通过搜索各大小说站为您自动抓取…" scraper of round 89's qishishuwu.com, "/du_<id>/<id>.html");
// cmespta.com and pranatta.com (mirrors of 中国水利网 under "/newscenter/…/t<date>_<id>.html"; a round set cmespta.com aside
// and another lists it as used), theory.people.com.cn and wmzh.china.com.cn (sister sites of used people.com.cn and
// china.com.cn hosts), biz.doczj.com (doczj.com is used), m.fx361.cc (used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SX_HOME = '首页';
const SX_CRUMB = '>> 防汛抗旱 >> 重要讲话';
const SX_TITLE = '冯建荣在防御17号台风“鲇鱼”视频工作会上讲话要点';
const SX_DATE = '发布时间:2016-09-27 17:20';
const SX_SOURCE = '信息来源: 市水利局';
const SX_VISITS = '访问次数:';
const SX_FONT = '字体大小:';
const SX_FOOT = '顶部 打印 关闭';

export const specs = {
  '01-jianghua-slj-sx-fangtai-shipinhui-yaodian-crumb-meta-date-note-diyi-yishi': {
    source: 'http://slj.sx.gov.cn/art/2016/9/27/art_1485280_17619032.html',
    kind: 'speech: 讲话要点 (a vice-mayor at a video meeting on defending against typhoon "鲇鱼"; city water bureau site)',
    tests: 'a government page: "首页" and ">> 防汛抗旱 >> 重要讲话" crumb lines, the headline, "发布时间:2016-09-27 17:20", "信息来源: 市水利局", empty "访问次数:" and "字体大小:" fields, a whitespace-only line, the headline again, the speech\'s date line "(2016年9月27日)" and the note "(未经本人审阅)"; no salutation; indented paragraphs; block points "第一,"/"第二,"/"第三," whose first sentences are short; inside 第二, "一是…;二是…;三是…" after a colon and semicolons (optional); the footer "顶部 打印 关闭"',
    isSpeech: true,
    title: SX_TITLE,
    noise: [SX_HOME, SX_CRUMB, SX_DATE, SX_SOURCE, SX_VISITS, SX_FONT, SX_FOOT],
    dropLines: [SX_HOME, SX_CRUMB, SX_TITLE, SX_DATE, SX_SOURCE, SX_VISITS, SX_FONT, SX_FOOT],
    outline: [
      { level: 1, marker: '第一,', text: '要绷紧防万一这根弦' },
      { level: 1, marker: '第二,', text: '要拿出防万一的硬举措' },
      { level: 2, marker: '一是', text: '抓好山区小流域山洪和地质灾害防范', optional: true },
      { level: 2, marker: '二是', text: '抓好城镇低洼地带、易涝积水点防范;三是抓好山塘水库防范,尤其是病险山塘水库', optional: true },
      { level: 2, marker: '三是', text: '抓好山塘水库防范,尤其是病险山塘水库', optional: true },
      { level: 1, marker: '第三,', text: '要压实防万一的工作责任' },
    ],
  },
  '02-news-jtzhjs-fangzai-qiangjiangyu-shipinhui-site-blurb-meta-yishi-sishi-not-speech': {
    source: 'http://jtzhjs.com/arcinfo.aspx?id=612',
    kind: 'non-speech: news report (a construction company\'s report of its 防灾减灾 and 强降雨 response video meeting)',
    tests: 'a "新闻中心" label and the company blurb "前身是1961年组建的…更名为中国...." above the headline; a "发布时间:…   作者:admin   点击率:1225" line; a report of the meeting (who attended, who chaired, what was relayed) and the chairman\'s requirements "强调:一是…;二是…;三是…;四是…" after a colon — a report in the third person, not a speech; cut mid-sentence ("严格遵守各地")',
    isSpeech: false,
    title: '公司召开防灾减灾和强降雨天气防范应对工作视频会',
    noise: [],
    outline: [],
  },
  '03-news-qc0769-forum-printable-honghu-shizhang-fangxun-huiyi-shouxian-not-speech': {
    source: 'http://bbs.qc0769.com/forum.php?action=printable&mod=viewthread&tid=67767',
    kind: 'non-speech: news report (a forum post, printable view, reporting a mayor\'s remarks at a 防洪抗旱 work meeting)',
    tests: 'a Discuz printable page: the forum name "东莞市汽车网", "标题: … [打印本页]", "作者: …    时间: 2013-7-7 23:53", the title again; the mayor\'s words reported in the third person ("洪湖市长强调,首先要高度重视防汛抗旱工作。" on its own line, "洪湖市长指出,…", a long paraphrase with "一是…;二是…" and first-person "我们" inside it) — a report, not a speech; cut mid-sentence ("一旦出现汛情,")',
    isSpeech: false,
    title: '洪湖市长高度重视防洪抗旱事宜',
    noise: [],
    outline: [],
  },
  '04-news-krfboom-big5-pinyin-fangxun-kanghan-dongyuan-yiyao-no-headline-not-speech': {
    source: 'http://krfboom.com/showinfo-6-6649-0.html',
    kind: 'non-speech: news report (traditional-script mirror of a company\'s report of its 防汛抗旱 and 安全生产月 mobilisation meeting)',
    tests: 'a "歡迎您的光臨! 今天是 |" bar and no headline line; traditional script with pinyin annotations after some words ("生產(chǎn)", "園區(qū)", "應(yīng)急預(yù)案", "臨戰(zhàn)", "統(tǒng)一") and simplified leftovers ("關(guān)于", "最后", "重于"); two runs of requirements "要求:一要…;二要…;三要…" after colons, reported in the third person; a "(供稿攝像:… 、…)" credit as the last line — a report, not a speech; the whole stored page (it ends with the credit line)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-changyishu-wr0766-zhenzai-yijuan-addressee-pipe-signature-not-speech': {
    source: 'http://wr0766.com/forum.php?mod=viewthread&tid=4498',
    kind: 'non-speech: 倡议书 (a volunteers\' union\'s appeal for donations after a tropical storm; forum copy)',
    tests: 'the title twice (the second with " |"); the addressee "广大的社会各界热心人士: |" glued to the whole letter on one line (looks like a salutation); flood losses in figures with parentheses and semicolons; the sentence "中华民族的传统美德。" printed twice; "让我们积极行动起来,…" appeals; the signature "罗定义工联 二○○六年七月二十六日" and a lone "|" — a written appeal, not a speech; under 610 characters because the store holds no more',
    isSpeech: false,
    title: '赈灾义捐倡议书',
    noise: [],
    outline: [],
  },
  '06-novel-youduoke-binjiang-jingshi-fangxun-erishi-opening-not-speech': {
    source: 'http://youduoke.com/youdu/7709/4987598-3.html',
    kind: 'non-speech: novel (a chapter page of a police novel in which two characters discuss the 防汛 outlook)',
    tests: 'a reading site\'s chrome: "将本站设为首页", "收藏有度官网,记住:www.youduoke.com", "账号:"/"密码:", slogan lines, "您当前的位置:有度书屋 -> 滨江警事 -> 第五百七十九章 上级的判断", the chapter title, a "温馨提示" line; page 3 of the chapter opens mid-quote with "二是研判今年的旱涝形势,…" (no 一是 on the page) and a closing 」; dialogue in 「」; "温副Z理" with a Latin Z; the site\'s dropped character in "可能发1954年型洪水" — fiction, not a speech; cut mid-quote',
    isSpeech: false,
    title: '第五百七十九章 上级的判断',
    noise: [],
    outline: [],
  },
};
