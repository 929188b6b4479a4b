// Gold specs for holdout round 113, part C (cases 13–18): local festivals and tourism fairs (桃花节, 油菜花节, 美食节,
// 端午旅游文化节, 文旅峰会 — openings, closings, summing-up meetings, and their look-alikes).
// Three spoken pieces (a city leader's 讲话 at the summing-up and commendation meeting of a 端午旅游文化节 on a 范文 site
// (xuehuiba.com, "/jianghua/lvyou8/"): the title line, "同志们:", a report-style opening with "**" and "20xx" placeholders
// and a stray space in "下面, 我代表…", a standalone "一、…龙舟之乡地位" heading and a block "一是主题活动鲜明,规模大档次高。"
// point under it whose paragraph lists six activities after a colon and is cut mid-sentence; a collection page of
// 旅行美食演讲稿 (xitieba.net): the page title "最新旅行美食演讲稿(精选10篇)", a "小编: 文轩" byline, a promo about writing
// 演讲稿 in general, the piece heading "旅行美食演讲稿篇一" on its own line, a child's talk about a local snack with a
// backtick anti-copy mark glued mid-phrase ("的`褶子"), then the second piece heading "…篇二", "早上好!" and a 国旗下讲话 opening
// cut mid-sentence; the host's opening 致辞 at a 文旅国际峰会 暨 世界酒店论坛 (worldwidehotel.cn): no title line, a long
// salutation naming princes, ministers and chairmen with "•" in foreign names, glued ":您们好!首先,我谨代表…" in one line,
// then two paragraphs of figures (69周年, 16万亿美元, 9.2%) cut mid-sentence) and three written look-alikes (a Discuz forum
// thread reposting a local news report on a 油菜花旅游节 opening (hao0724.com): "点标签看更多好帖", the "[权威发布]" thread
// title, "[复制链接] 3 回复 2517 查看 打印 上一主题 下一主题", the poster's counts and ranks ("Rank: 6Rank: 6Rank: 6",
// "社区QQ达人最佳新人"), "楼主 跳转到指定楼层", "发表于 … | 只看该作者 |只看大图 回帖奖励 |倒序浏览 |阅读模式", then "(本网讯 …)"
// and officials who "在开幕式上讲话/致辞" in the third person — a report, not a speech; a 美食节 活动方案 on a food-news site
// (news.mwfprowrestling.com): the headline three times with the breadcrumb "美味佳肴网 > 美食新闻 > 美食动态" among them, then
// "一、活动背景" to "七、活动流程" headings with "1."–"4." items and "xxxx年xx月xx日" slots — a written plan; a traditional-script
// mirror (startupdeveloperjobs.com, "/content/?934.html") of a news report on a "首屆桃花旅游文化節" opening with pinyin
// annotations after many characters (節(jié), 開(kāi), 場(chǎng)), a broken run "......!标(yáng)春" where a closing quote was
// mis-encoded, and a company chairman's words quoted inside "在開(kāi)幕式的講話中說(shuō)道:“…" — a report, not a speech).
// Judgement calls: 13's title is the first line; the page carries no site noise in the capture (noise empty); "一、" is a
// required level-1 heading (whole line, no sentence end) and the block "一是" a required level-2 point (a block marker needs no
// run; its 二是 lies past the cut); "1985年"-style figures and the 六项 list after the colon are no markers. 14 is a speech
// page by the conventions (a collection of 演讲稿 whose first piece is one): the title is the first piece's own title, carried by
// the piece heading "旅行美食演讲稿篇一" ("篇一" dropped); the page title with "最新…(精选10篇)", the "小编: 文轩" byline, the
// promo and both piece headings are noise; the backtick is listed with its neighbours ("的`褶子") and cut; the second piece stays
// in the body (every piece in the capture stays); no outline. 15 has no title line, so the title is ""; the salutation stays
// glued to "您们好!首先,…" as printed (no break is invented); "首先," follows "!" inline but no 其次 follows (a run of one, a
// courtesy thanks) → one optional level-1 item, its text the sentence to "!" (45 characters, kept whole). 16–18 are written,
// not speeches (third-person reports and a plan). Names of living people who are not public figures, and the officials named in
// the reports, were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 桃花节/樱花节 开幕 致辞 with numbered points (nsfzsr, beiweimall, 02465, xiexiebang,
// qlwb are used; the 樱花节 query answers with Japanese pages); a 美食节 致辞 on a fresh template site (gz-shine, zuowendang,
// emrowgh, hnsyw are used); a 乡村旅游节 讲话 with 一、/一是 (p719's big5 collection, jizihe, xing528, shy188, fanwenmuban,
// xuewenya, jinchutou are used); a 文化节 闭幕 讲话 with points (010zaixian, dcrkj, mingyanjiaju, stra.cn are used; see twins
// below); a 主持词 for a festival opening (02465, hnsyw, 365docx are used). So only 13 carries numbered points; 14 and 15 have none.
// Template twins set aside: szpxe.com (the "/jxfw/<yyyymm>/" family named by rounds 42, 46 and 70: an 艺术节 闭幕 speech);
// xuezhegu.com (the fhfwb/jjfwb "位置:首页 > … / <title>(N篇) / <column><views>K / …1 / <salutation> / <title>" template
// with the title repeated after the salutation, as round 6's 08). Compared and kept: xitieba.net against round 14's
// xuefen.com.cn ("<title>大全(N篇) / promo / <title>篇一"): xitieba adds the "小编: <name>" byline line, blank-line layout and
// the "最新…(精选N篇)" page title — a different site template. worldwidehotel.cn was passed over by rounds 52
// and 86 (an untitled 致辞 with no noise; shfjr.com, its pair then, is now used) and is taken here as the theme's third speech.
// Not taken though new: xsb.tw and zhengtaijixie.com (novel chapters), cnhubei.com, mpnews.cn, cnshxw.com, itongcheng.cc, cngy.gov.cn and
// zhongguoshequ1990.org.cn (news reports).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XH_TITLE = '在端午旅游文化节活动总结表彰会上的讲话';

const XT_PAGE_TITLE = '最新旅行美食演讲稿(精选10篇)';
const XT_BYLINE = '小编: 文轩';
const XT_PROMO = '演讲是锻炼口才的好机会,尤其要留意吐字清楚,停顿、换气要自然,还要注意全篇讲下来有起有伏,要有急有缓,有收有放。好的演讲稿对于我们的帮助很大,所以我们要认真写一篇演讲稿那么下面我就给大家说一说演讲稿怎么写才比较好,我们一起来看一看吧。';
const XT_TITLE = '旅行美食演讲稿';
const XT_PIECE1 = XT_TITLE + '篇一';
const XT_PIECE2 = XT_TITLE + '篇二';
const XT_MARK = '的`褶子';

export const specs = {
  '13-jianghua-xuehuiba-duanwu-lvyou-wenhuajie-zongjie-yi-yishi-placeholders': {
    source: 'http://www.xuehuiba.com/jianghua/lvyou8/a220427.html',
    kind: 'speech: 讲话 (a city leader summing up the city\'s 端午旅游文化节 at its commendation meeting; 范文 site)',
    tests: 'the title line "在端午旅游文化节活动总结表彰会上的讲话" first; "同志们:"; a report-style opening with "**" and "20xx" placeholders and "下面, 我代表…作总结报告。" (a space after the comma); a standalone heading "一、端午旅游文化节的成功举办,…龙舟之乡地位" and a block "一是主题活动鲜明,规模大档次高。" under it, whose paragraph lists six activities after a colon (with "20xx**·中国…" and "到 “**看龙舟赛,过端午节”"), carries " 6月5日上午" after a space and is cut mid-sentence ("首批客源地旅行社"); no site noise in the capture',
    isSpeech: true,
    title: XH_TITLE,
    noise: [],
    dropLines: [XH_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '端午旅游文化节的成功举办,呈现了**民俗风貌,叫响了端午旅游文化品牌,巩固提升了**龙舟之乡地位' },
      { level: 2, marker: '一是', text: '主题活动鲜明,规模大档次高' },
    ],
  },
  '14-yanjiang-xitieba-lvxing-meishi-collection-xiaobian-pian-backtick': {
    source: 'https://xitieba.net/fanwen/2635380.html',
    kind: 'speech: 演讲稿 (collection page of talks on travel food; the first a pupil\'s talk on a local snack)',
    tests: 'the page title "最新旅行美食演讲稿(精选10篇)"; a "小编: 文轩" byline line; a promo on how to give a speech ("…我们一起来看一看吧。"); the piece heading "旅行美食演讲稿篇一" carrying the title; blank lines between paragraphs; a talk with award years ("1985年获…,1992年获…") and a legend; a backtick anti-copy mark glued mid-phrase ("细密均匀的`褶子"); the second piece heading "旅行美食演讲稿篇二", "早上好!", a 国旗下讲话 sentence with ASCII double quotes; cut mid-sentence after a comma',
    isSpeech: true,
    title: XT_TITLE,
    noise: [XT_PAGE_TITLE, XT_BYLINE, XT_PROMO, XT_PIECE1, XT_PIECE2, XT_MARK, '(精选10篇)'],
    replace: [[XT_MARK, '的褶子']],
    dropLines: [XT_PAGE_TITLE, XT_BYLINE, XT_PROMO, XT_PIECE1, XT_PIECE2],
    outline: [],
  },
  '15-zhici-worldwidehotel-wenlv-fenghui-no-title-glued-salutation-shouxian': {
    source: 'http://worldwidehotel.cn/html/shijiejiudianlianmeng/2018/1024/7618.html',
    kind: 'speech: 致辞 (the organiser\'s opening address at a 文旅国际峰会 暨 世界酒店论坛; alliance site)',
    tests: 'no title line and no site noise in the capture; a long salutation naming a prince and princesses, a state minister ("•" in foreign names), ministers and chairmen, ending "女士们、先生们:" with "您们好!首先,我谨代表“…”举办方…感谢!" glued on the same line; a lone courtesy "首先," after "!" with no 其次; paragraphs of figures ("69周年", "16万亿美元", "10%", "9.2%"), "“一带一路”" in quotes; cut mid-sentence ("目前,中国是世界")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '我谨代表“文旅国际峰会暨第十一届世界酒店论坛”举办方向您们的光临表示诚挚的问候和衷心地感谢', optional: true },
    ],
  },
  '16-news-hao0724-discuz-youcaihua-lvyoujie-kaimu-not-speech': {
    source: 'https://www.hao0724.com/thread-52552-1-1.html',
    kind: 'non-speech: news report (a local portal\'s report on a 油菜花旅游节 opening, reposted in a Discuz forum thread)',
    tests: 'Discuz chrome: "点标签看更多好帖", the thread title "[权威发布] …油菜花旅游节开幕", "[复制链接] 3", reply/view counts on separate lines, "打印 上一主题 下一主题", the poster\'s 主题/帖子/正能量 counts, "洋城进士", "Rank: 6Rank: 6Rank: 6", "积分 2431", "社区QQ达人最佳新人", "楼主", "跳转到指定楼层", "发表于 … | 只看该作者 |只看大图 回帖奖励 |倒序浏览 |阅读模式"; then "(本网讯 … )" with a couplet-like lead, indented paragraphs and officials who "在开幕式上讲话" / "致辞" in the third person — a report, not a speech; cut mid-list',
    isSpeech: false,
    title: '中国农谷·荆门(沙洋)第七届油菜花旅游节开幕',
    noise: [],
    outline: [],
  },
  '17-fangan-mwfprowrestling-meishijie-huodong-crumb-yi-arabic-not-speech': {
    source: 'https://news.mwfprowrestling.com/dynamic/30126.html',
    kind: 'non-speech: 活动方案 (a generic plan for a city 美食节; food-news site)',
    tests: 'the headline "美食节活动时间" three times with the breadcrumb "美味佳肴网 > 美食新闻 > 美食动态" between them; then a written plan with standalone headings "一、活动背景" … "七、活动流程", "1."–"4." items under "二、活动目的", "xxxx年xx月xx日" slots, "1. 开幕式:" with 市领导 invited to an opening — a plan, not a speech; cut mid-item ("2. 美食展示:在活动期间,")',
    isSpeech: false,
    title: '美食节活动时间',
    noise: [],
    outline: [],
  },
  '18-news-startupdeveloperjobs-big5-pinyin-taohua-lvyou-wenhuajie-quote-not-speech': {
    source: 'http://www.startupdeveloperjobs.com/content/?934.html',
    kind: 'non-speech: news report (a traditional-script mirror of a report on a 桃花旅游文化节 opening)',
    tests: 'traditional script with pinyin annotations after many characters (節(jié), 區(qū), 開(kāi), 場(chǎng), 說(shuō)); "墨潭●桃花島" with a bullet; no headline in the capture; a company chairman quoted "在開(kāi)幕式的講話中說(shuō)道:“我們舉辦…" in the first person inside a third-person report; a mis-encoded run "......!标(yáng)春" where the closing quote and 陽 broke; the programme of performances after a colon and a dash — a report, not a speech; cut mid-sentence ("國粹戲曲")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
