// Gold specs for holdout round 125, part A (cases 01–06): road traffic safety (交通安全 工作会议, 122 全国交通安全日
// 启动仪式, 文明交通 动员, 交通安全 进校园, 春运 交通安全 — speeches and their look-alikes).
// Two spoken pieces: a pupil's or teacher's 国旗下的演讲 "交通安全伴我行" on a school site (sisu-fes.com): a column label
// "德育园地", a breadcrumb "您的当前位置: 首页 >>学生成长 >>德育园地", the title, a meta line "发布时间:… 发布人:匿名
// 信息来源:暂无 点击次数:4,256" (a count with a thousands comma), the salutation and "早上好!" on one line, an indented
// opening line, a closing "最后,…" paragraph with no 首先 run before it (optional, the quoted slogan's full stop ends its first
// sentence), then an image file name line "529219209380805126.jpg" and a cut list bullet "• 52"; and a city leader's 讲话 at
// the 春运 启动仪式 on a 范文 site (ihaitou.com): the site's title with a "2023年" prefix that differs from the document's own
// title, a "发布 2023-09-12 16:36:52 阅读 9101" meta line, the document's own title "在全市18年春运启动仪式上的讲话" glued
// before "同志们:" and the first sentence, censor stars ("电视**会议", "市**"), a placeholder "xx运输公司", no numbered point
// inside the capture, cut mid-sentence ("全力预防和").
// Four written look-alikes: a city news site's report of the 122 全国交通安全日 启动仪式 (fa-today.com): headline, two meta
// lines (发布时间/来源/作者/责任编辑/阅读量 run together, then 来源/发布时间), the ceremony told in the third person, two
// interviewees quoted after "<unit and name>:", credits (记者/编辑/审核) and a footer — a report, not a speech; a provincial
// government office's 通知 issuing a 道路交通安全专项整治三年攻坚战工作方案 on a policy-repost site (0798ci.com): the document
// number and title in 《》, the title again, an addressee line ending in ":" (looks like a salutation), the issuing office and
// date, the 方案's own title, a preamble and a standalone "一、指导思想和工作目标" heading — a written document, not a speech;
// a county government's news of a 客运驾驶员 安全宣誓 (zyx.gov.cn): breadcrumb "您的位置: …>正文详情", a 时间/作者/来源 line, the
// oath quoted in indirect speech — a report; a Discuz archiver repost of a city's 春运 交通安全 deployment meeting
// (shanglushan.com): "<user> 发表于 <date>" lines, the report's "会议指出,…;要…;要…。" in the third person, a "来源:" line,
// a one-word reply, "页: [1]" and "查看完整版本: …" — a report, not a speech.
// Judgement calls: 01's title is the whole headline line "国旗下的演讲——交通安全伴我行" (the page prints no other title; the
// genre label and the theme stand on one line); the column label, the breadcrumb, the meta line, the image file name and the
// cut bullet "• 52" are the site's (noise). 02's title is the document's own title line glued before the salutation (cut off
// the body line, not listed as noise since it equals the title); the site's "2023年…" title above the meta line differs (no
// "18年") and is noise. 05 and 06 run under the 610-character floor because the store holds no more (each ends with the page's
// own end), 03 (607) likewise.
// Looked for and not found on a new host: a 交通安全 工作会议 讲话 with 一、/一是 points (wmjy, msgz.vip, gwg365, laobiganzi,
// laobiganer, wm114, 7rdy, gwxzb and the 7its lecture are used); a 122 启动仪式 致辞 with numbered points (shcdff, puma08 and
// mlvmservice — the traditional 发言稿 mirrors — are used; the corpus answers with news reports); a 交通安全 进校园 讲话 with
// 1、/一、 points (p719, beiweimall, yrrf, wuhaninfo, yzwku, bigxun, bsgaokao, lspjy, shugai, houzhang, m.zixin and
// mingyanjiaju are used); a 驾驶员代表 表态发言 (413yy, an 倡议书, is used); a traditional-script mirror of a speech on the
// theme on a fresh host. No speech with two or more numbered points stood on a fresh host, so this part holds two speeches.
// Template twins set aside: ent.zjrxz.com (a 国旗下讲话 with 首先,/其次,/最后, points, but on the "/jxfw/<yyyymm>/<id>.html"
// farm used many times: shfzb, tlmhxx, aivote, cqtzb, jixiztb, czt.cc, tynfd, shuyang.tv, beng168, jjcmw); www.reuse1.com (a
// 演讲稿 collection: 小编 promo, "最新交通安全演讲稿1尊敬的…" glued heading, "……此处隐藏8986个字……" — the
// 90doc/tcysjy/mchqing/xlimg farm of round 122); www.nnzhiyuan.cn ("知远网整理的…(精选12篇),希望能帮助到大家,请阅读参考。"
// and " 篇1" headings — the 文学网/老地方 collection family of round 120); m.52wenshu.com ("吾爱文书网小编今天就为您带来了…
// 优秀8篇,相信一定会对你有所帮助" and "…篇1" — the 58wenshu family); www.hengdong.gov.cn (a 122 启动仪式 report on the
// Hengyang government CMS ".../<yyyymmdd>/i<id>.html" of the used sthjj.hengyang.gov.cn).
// Living people's names that are not public figures (the editors, reporters, interviewees, local officials, forum users)
// were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SF_COLUMN = '德育园地';
const SF_CRUMB = '您的当前位置: 首页 >>学生成长 >>德育园地';
const SF_TITLE = '国旗下的演讲——交通安全伴我行';
const SF_META = '发布时间:2019-06-11 15:39:03   发布人:匿名   信息来源:暂无   点击次数:4,256';
const SF_IMG = '529219209380805126.jpg';
const SF_BULLET = '• 52';

const IH_SITE_TITLE = '2023年在全市春运启动仪式上的讲话';
const IH_META = '发布 2023-09-12 16:36:52 阅读 9101';
const IH_TITLE = '在全市18年春运启动仪式上的讲话';

export const specs = {
  '01-yanjiang-sisufes-guoqixia-jiaotong-crumb-meta-jpg': {
    source: 'http://www.sisu-fes.com/site/site1/detail/67_8a8880876b455937016b457b2cc20028.html',
    kind: 'speech: 国旗下的演讲 (交通安全伴我行; a school site\'s 德育园地 column)',
    tests: 'a column label "德育园地" and a breadcrumb "您的当前位置: 首页 >>学生成长 >>德育园地"; the headline "国旗下的演讲——交通安全伴我行" as the title (genre label and theme on one line, joined by ——); a meta line "发布时间:… 发布人:匿名   信息来源:暂无   点击次数:4,256" with a thousands comma; salutation and "早上好!" on one line; an indented opening line; a doubled "的的" left as written; a closing "最后,…" paragraph with no 首先 run (optional; its first sentence ends at the full stop inside the quoted slogan); "谢谢大家!" glued at the end of that paragraph; an image file name line and a cut list bullet "• 52" after the speech',
    isSpeech: true,
    title: SF_TITLE,
    noise: [SF_COLUMN, SF_CRUMB, SF_META, SF_IMG, SF_BULLET, '点击次数:4,256'],
    dropLines: [SF_COLUMN, SF_CRUMB, SF_TITLE, SF_META, SF_IMG, SF_BULLET],
    outline: [
      { level: 1, marker: '最后,', text: '请同学们牢牢记住,“道路千万条,安全第一条,行路不规范,亲人两行泪', optional: true },
    ],
  },
  '02-jianghua-ihaitou-chunyun-qidong-yizhi-year-title-meta-glued': {
    source: 'http://www.ihaitou.com/a/2309/102964.html',
    kind: 'speech: 讲话 (a city leader at the city\'s 春运 启动仪式; 范文 site)',
    tests: 'the site\'s title with a "2023年" prefix that differs from the document\'s own title ("…全市春运…" vs "…全市18年春运…"); a "发布 2023-09-12 16:36:52 阅读 9101" meta line; the document\'s own title glued before "同志们:" and the first sentence on one line; censor stars ("电视**会议", "市**"); a placeholder "xx运输公司"; "刚才,…表态发言" and "要…" exhortations with no numbered point inside the capture; cut mid-sentence ("全力预防和")',
    isSpeech: true,
    title: IH_TITLE,
    noise: [IH_SITE_TITLE, IH_META, '阅读 9101'],
    replace: [[IH_TITLE + '同志们:', '同志们:']],
    dropLines: [IH_SITE_TITLE, IH_META],
    outline: [],
  },
  '03-news-fatoday-122-jiaotong-anquanri-qidong-meta-quotes-credits-not-speech': {
    source: 'https://www.fa-today.com/article/vosui96monlcmblb.html',
    kind: 'non-speech: news report (a city news site on the 122 全国交通安全日 启动仪式)',
    tests: 'a headline; a run-together meta line "发布时间:…来源:本站原创作者:福安新闻网责任编辑:…阅读量:" and a second "来源:本站原创发布时间:…" line; the ceremony told in the third person (宣誓, 节目, 展板); two interviewees quoted as "<unit and title> <name>:…" paragraphs in the first person ("我们在这里举办…"); credits 记者/编辑/审核 and an 作者/责任编辑 footer — a report, not a speech; under the floor (607) as the store holds no more',
    isSpeech: false,
    title: '福安启动第十二个122“全国交通安全日”宣传活动',
    noise: [],
    outline: [],
  },
  '04-tongzhi-0798ci-hainan-jiaotong-zhengzhi-fangan-docno-addressee-yi-not-speech': {
    source: 'https://0798ci.com/policy/53381.html',
    kind: 'non-speech: 通知 (a provincial government office issuing a 道路交通安全专项整治三年攻坚战工作方案; policy-repost site)',
    tests: 'the document number and the title in 《》 ("琼府办〔2018〕48号《…( 试行)的通知》", with a stray space); the title again; an addressee line "各市、县、自治县人民政府,省政府直属各单位:" (looks like a salutation); the issuing office and the date; the 方案\'s own title; a preamble ending "特制定本方案。"; a standalone heading "一、指导思想和工作目标" and its paragraph cut mid-sentence — a written document, not a speech',
    isSpeech: false,
    title: '海南省人民政府办公厅关于印发海南省道路交通安全专项整治三年攻坚战工作方案(试行)的通知',
    noise: [],
    outline: [],
  },
  '05-news-zyx-keyun-jiashiyuan-xuanshi-crumb-meta-not-speech': {
    source: 'https://www.zyx.gov.cn/Content-2089444.html',
    kind: 'non-speech: news report (a county government site on a 客运驾驶员 安全宣誓承诺 event)',
    tests: 'a breadcrumb "您的位置: 紫阳县人民政府> 新闻中心> 部门动态>正文详情"; a headline; a run-together "时间:…作者:…来源:紫阳县交通运输局" line; the oath given in indirect speech after "承诺在行车过程中做到:" and the 倡议 told in the third person — a report, not a speech; short (357), the store holds no more',
    isSpeech: false,
    title: '紫阳开展客运驾驶员安全宣誓承诺活动',
    noise: [],
    outline: [],
  },
  '06-news-shanglushan-chunyun-jiaotong-bushu-forum-archiver-not-speech': {
    source: 'https://shanglushan.com/archiver/tid-288219.html',
    kind: 'non-speech: news report (a city\'s 春运 traffic-safety deployment meeting, reposted on a Discuz forum archiver page)',
    tests: '"<user> 发表于 <date>" lines; the thread title; the meeting reported in the third person ("会议指出,…;要…;要…。要…"); a "来源:大美庐山" line; a one-word reply "看看。"; "页: [1]" and "查看完整版本: …" — a report, not a speech; short (409), the store holds no more',
    isSpeech: false,
    title: '今年春运工作怎么做?庐山市这样部署!',
    noise: [],
    outline: [],
  },
};
