// Gold specs for holdout round 105, part B (cases 07–12): urban management, sanitation and civilised-city campaigns (城管,
// 环卫工人节 表彰, 创建文明城市/三城同创 动员, 垃圾分类 — speeches, and their look-alikes).
// One spoken piece (a county leader's 讲话 at a 三城同创 mobilisation meeting, as stored on a 快搜 dictionary/SEO entry page
// (cidian.kuaisou.com): the whole capture is one line — the title "三城同创动员会领导讲话", a space, the salutation "同志们:", a
// space, the opening and the agenda sentence "这次会议的中心任务是:…", cut by the site with "..."; 158 characters, under the
// 610-character floor because the store holds no more) and five written look-alikes (a city paper's report (wb.lhrb.com.cn)
// of the city's 环卫工人节 暨表彰大会: a "本报讯(记者 … 见习记者 …)" lead, the honours list, a quoted first-person pledge
// "“宁愿一人脏,换来万家洁。我会…”" followed by "…在表彰大会上作了表态发言" — a report, not a speech; 427 characters, the
// whole stored text; a 倡议书 collection page on a 范文 site (jinbitou.cn): a breadcrumb "首页 > 工作范文 > 其它范文 > <title>",
// the title, a poster line "酒醒梦一场 点赞 分享", the title again, "微信扫码分享", the collection title "(通用27篇)", the piece
// heading " 篇1", an addressee line "致全市广大交通参与者:" (looks like a salutation), block 1、…5、 items, the issuer line
// "德惠交警宣", the second piece's heading, addressee and "你们好!", cut mid-sentence — a written appeal, not a speech; a
// traditional-script pinyin mirror (creator-school.com) of a district news item on a town's 人居环境整治 誓师动员大会: a two-line
// headline, the meeting, 表态发言 and 动员讲话 reported in the third person, then "…强调,齐寿镇一要统" cut inside the first of
// the official's 一要 requirements — a report, not a speech; a 日记大全 page (rijii.cn) carrying a 映象网 report of a county's
// 环卫工人节 表彰大会暨文艺汇演: "日记大全", a breadcrumb "日记大全 > 句子大全", the headline, a "句子大全 <date time>" line,
// "相关推荐", the lead, a vice-county-head who "到会并致辞", "…首先代表县四个班子向…致以节日的问候" and "…在致辞中指出,…" —
// a report of a 致辞, not one; a traditional-script pinyin mirror (dwrzx.cn) of a town's report on its 环卫工人节 表彰大会: no
// headline in the capture, the host's "首先,他向…致以诚挚的问候!" and then the town official's words sliding from "他指出,"
// into the first person without quotation marks ("我謹(jǐn)代表西樵鎮(zhèn)鎮(zhèn)政府向…致以節(jié)日的問候") — a report,
// not a speech).
// Judgement calls: 07 is a speech page (its only document is the speech: title naming 讲话, salutation, first person); the
// title glued before "同志们:" on the one line is cut off (as round 6 case 05) and, equal to the title, not listed as noise; the
// page stays one paragraph, the salutation glued to the body; the site's "..." stays as the cut mark; "这次会议的中心任务是:" has
// no marker, so no outline. 08–12 are written, not speeches; 08 and 12 show no headline, so their informational title is "";
// 09's is the document's title without "(通用27篇)"; 10's is the two-line headline joined. Names of private people and local
// officials (reporters, award winners, the town and district officials) were replaced by fictional ones; the prose was
// rewritten.
// Looked for and not found on a fresh, non-twin host: a speech on the theme with numbered points. 城管 工作会议 讲话 with 一、
// headings stand on used hosts (m.wydbw, chaoshi.m.zjtcn, doczj, gaozihui, gongwk, bgzms, zbfsgm); 创建文明城市 动员大会 讲话 with
// 一、/（一） on used wenke99, laobiganzi.top, yunko, wnwk, dawenge, cinyz (traditional), 92read, gwzjk, yunyueyy, 51gongwen,
// m.huaboedu and wenku.docs.qq.com; 创卫/国家卫生县城 讲话 on used m.bimoxiezuo, m.wenku365, m.wydbw and dawenge; 环卫工人节 致辞
// on used m.sanweiyuan, gwxzwenku, pixue and syfww (traditional, 精選14篇); 垃圾分类 推进会 讲话/发言 on used wenke99, msgz.vip,
// xiebiwenku, dybbs8 (traditional), gongwenbang, gongwen.com.cn, multibytes, m.zaixiangufen, ahbyddc and runthegoodtimes; a
// 城管局 表态发言 with 一、/一是 on used xiaomilidoc; 主持词 of 表彰/动员 meetings on used 365docx, huaboedu, kt250 and shcdff; 城管
// 演讲稿 on used xiaomilidoc, renrendoc, 9000bbs, lyg01, fwdq and wap.baiyunpiaopiao; 文明城市 国旗下讲话 on used jnjy.net.cn,
// 31ppt, ptez.com.cn, wencuigu, pincai and 222.184.64.150; a city 城管局 work report (cgj.yueyang.gov.cn) is on a used domain.
// So the part holds one speech (without points) and five look-alikes; the theme's look-alikes were plentiful (news of
// 环卫工人节 表彰大会 on many hosts, 倡议书 collections).
// Template twins set aside: bbs.weblaolv.com and bbs.xbkfb.com (the "/jxfw/<yyyymm>/<id>.html" farm used by rounds 15–25);
// cloudyouku.com (春节慰问环卫工人致辞, "时间: 热度:°C 加入收藏 我要投稿 点赞()" — the haowendang/androidx86 "时间: 加入收藏 我要投稿
// 点赞" meta of rounds 28 and 85, with "(精选3篇)" and "的`使命"); wanwen.com (ruiwen's "下面是小编精心整理的…希望对大家有所帮助"
// and apostrophe marks; named a ruiwen mirror by an earlier round); meiwen.anslib.com (named with cnrencai as a used template by
// an earlier round); 008xiaoshuob.com (a novel chapter with a 城管 speech, under the "手机浏览器扫描二维码访问" novel-reader chrome
// of the shared corpus and rounds since). jinbitou.cn shares a "微信扫码分享" line with round 22's 89p.cn but not its "0范文库 分享
// 时间:" meta, breadcrumb or collection layout, so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KS_TITLE = '三城同创动员会领导讲话';

export const specs = {
  '07-jianghua-kuaisou-sanchengtongchuang-dictionary-snippet-glued-title-dots': {
    source: 'https://cidian.kuaisou.com/sanchengtongchuang',
    kind: 'speech: 讲话 (a county leader at a 三城同创 mobilisation meeting; snippet on a 快搜 dictionary/SEO entry page)',
    tests: 'the whole capture on one line: the title "三城同创动员会领导讲话", a space, the salutation "同志们:", a space, the body (the meeting convened "(简称“三城同创”)", "这次会议的中心任务是:…"), cut by the site with "..."; no other page furniture; very short (158 characters, all the store holds)',
    isSpeech: true,
    title: KS_TITLE,
    noise: [],
    replace: [[KS_TITLE + ' ', '']],
    outline: [],
  },
  '08-news-lhrb-huanweijie-biaozhang-biaotai-quote-not-speech': {
    source: 'http://wb.lhrb.com.cn/html/2018-10/26/content_36086.htm',
    kind: 'non-speech: news report (a city paper on the city\'s 环卫工人节 暨表彰大会)',
    tests: 'no headline in the capture; a "本报讯(记者 高 岚 见习记者 孟思齐)" lead; the honours list with quoted titles; a quoted first-person pledge "“宁愿一人脏,换来万家洁。我会和身边的工友们一道,…”" followed by "…在表彰大会上作了表态发言" and a quote to the reporter — a report, not a speech; short (427 characters, all the store holds)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '09-changyishu-jinbitou-wenmingchengshi-tongyong27-jiaotong-not-speech': {
    source: 'https://jinbitou.cn/gongzuofanwen/qita/16951001813310173.html',
    kind: 'non-speech: 倡议书 (a traffic police appeal for the 文明城市 campaign; collection page on a 范文 site)',
    tests: 'a breadcrumb "首页 > 工作范文 > 其它范文 > 参与创建文明城市倡议书", the title, a poster line "酒醒梦一场 点赞 分享", the title again, "微信扫码分享", the collection title "…(通用27篇)", the piece heading "… 篇1"; indented lines; an addressee line "致全市广大交通参与者:" (looks like a salutation); "的的" doubled as on the page; block 1、…5、 items (1、 with a space after its first full stop); the issuer line "德惠交警宣"; the second piece\'s heading " 篇2", "亲爱的市民朋友们:" and "你们好!" — a written appeal, not a speech; cut mid-sentence ("是城市")',
    isSpeech: false,
    title: '参与创建文明城市倡议书',
    noise: [],
    outline: [],
  },
  '10-news-creator-school-big5-pinyin-renju-huanjing-dongyuan-yiyao-not-speech': {
    source: 'http://creator-school.com/2019/0313/66263.shtml',
    kind: 'non-speech: news report (a town\'s 农村人居环境整治 誓师动员大会; traditional-script pinyin mirror)',
    tests: 'traditional script with pinyin annotations after many characters ("鎮(zhèn)", "環(huán)衛(wèi)"); a headline split over two lines; the meeting, the 表态发言 and the 动员讲话 told in the third person; "…強(qiáng)調(diào),齊壽鎮(zhèn)一要統" — an 一要 run after a comma in a report, cut inside its first item — a report, not a speech',
    isSpeech: false,
    title: '秦州區(qū)齊壽鎮(zhèn)召開農(nóng)村人居環(huán)境整治及“八差”問題專項(xiàng)治理誓師動(dòng)員大會(huì)',
    noise: [],
    outline: [],
  },
  '11-news-rijii-huanweijie-biaozhang-zhici-report-not-speech': {
    source: 'https://rijii.cn/juzidaquan/426145.html',
    kind: 'non-speech: news report (映象网 report of a county\'s 环卫工人节 表彰大会暨文艺汇演, reposted on a 日记大全 site)',
    tests: 'site name "日记大全", a breadcrumb "日记大全 > 句子大全", the headline, a "句子大全 2009-11-11 08:51:05" line, "相关推荐"; a "映象网讯(记者 … 通讯员 …)" lead; a vice-county-head who "到会并致辞"; paragraphs opening "会上…" and "周明远首先代表县四个班子向…致以节日的问候" (首先 after a name, not a marker) and "周明远在致辞中指出,…" — a report of a 致辞, not one; cut mid-sentence ("解决")',
    isSpeech: false,
    title: '新蔡县召开庆祝河南省第24个环卫工人节表彰大会暨文艺汇演',
    noise: [],
    outline: [],
  },
  '12-news-dwrzx-big5-pinyin-huanweijie-biaozhang-first-person-slide-not-speech': {
    source: 'http://dwrzx.cn/news-detail-411-2004.html',
    kind: 'non-speech: news report (a town\'s 环卫工人节 表彰大会; traditional-script pinyin mirror)',
    tests: 'traditional script with pinyin annotations; no headline in the capture; the site\'s typo "弘陽"; a time "10:30"; a stray space before "30多名"; the host "主持會議,首先,他向…致以誠摯的問候!" (首先 inside a reported sentence) and his wishes in the third person; then "…發(fā)表了講話,他指出,在…,我謹(jǐn)代表西樵鎮(zhèn)鎮(zhèn)政府向…致以節(jié)日的問候,向…表示熱烈的祝賀!" — the report slides into the speaker\'s first person without quotation marks, still a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
