// Gold specs for holdout round 103, part A (cases 01–06): ports, shipping and fisheries (港口, 码头, 开港/通航, 海事,
// 渔业, 休渔/开渔, 航运企业 — openings, forums, work meetings, and their look-alikes).
// One spoken piece: a vice-minister's 讲话 at the 2014 中国航海日论坛, printed on a shipping company's news page
// (singhai.com.cn): a one-line press lead in the third person ("…何建中副部长在中国航海日论坛上发表了重要讲话,内容如下:",
// with the site's mis-encoded "“大航海?新丝路”"), then the speech itself — "女士们、先生们、朋友们:", "大家好!", a courtesy
// "首先,我代表…" inline after a full stop (one sequence marker, not a run), paragraphs hard-wrapped at a fixed width mid-word
// ("朋友\n们", "对弘\n扬", "的热\n点"), and "下面,结合…讲一些个人的认识和思考。" as the last line; no title of the speech is
// printed and no numbered point lies inside the capture.
// Five written look-alikes: a city's 海洋渔业安全生产工作会议 reported on a Discuz forum (52ocean.cn) whose text is
// interleaved with anti-scrape jammer lines (": ?( ^5 z: Y+ G$ y…", some glued before or after a sentence), "副市长…到会并
// 讲话", "毕志伟在讲话中指出,…", "毕志伟要求,…" — a news report, not a speech; a county-level 2022年海洋伏季休渔通告
// reposted on a hijacked news mirror (hainanribaoa.com): the headline, a medical advertisement line with a URL, the
// document's title with its year stripped ("年海洋伏季休渔通告", "〔〕1号"), then 一、…四、 heading lines and "1."…"6."
// items — a 通告, not a speech; a traditional mirror of a China Merchants news page (m.shanzhenhui.cn) with converter
// pinyin after 業/聯/發/經/務/領/現/結 ("工業(yè)", "服務(wù)"), a " / "-joined breadcrumb carrying the headline, the headline
// again, two "新聞來源:" lines and lines of blanks, a 表彰大会 reported in the third person and "…提出五點要求:一是要…;
// 二是要…;三是要" after a colon, cut there — a news report; a traditional mirror of a shipping company's news (tripcoop.com,
// an "a/yuanyangxinwen/gongsixinwen/" path) with pinyin after many characters, an "編者按:" lead, a mis-encoded run
// ("隊(duì)員們?nèi)〉玫膬?yōu)異成績(jī)") and "他強(qiáng)調(diào),一要…;二要…;三要…" after a comma in reported speech — a news
// report; and the 中国船东协会's own report of its 理事会 (csoa.cn): headline, a date-time line, blank lines holding one
// space, three photo captions "中国船东协会会长魏家福讲话", "…张守国讲话", "会场全景" that read like speech headings, a date
// with 年/月 stripped ("2013422日"), a quoted member list missing a 、 — a news report, not a speech.
// Judgement calls: 01 is a speech page (the document is the speech; the press lead is the site's, as round 72's 求是 lead
// was): the lead line is noise and dropped, the title is "" (the lead only names the forum), the wrapped lines of each
// paragraph are joined, and the outline is empty ("首先," after a full stop is a single sequence marker with no 其次, so it
// is not a run; "下面," is no marker). 02–06 are written, not speeches: their 讲话/要求 are told in the third person,
// "一是…;二是…" and "一要…;二要…" belong to reported speech, and 03's 一、/1. are the items of a notice. Titles of 02 and
// 05 are "" (their captures show no headline). Living people who are not public officials (the company executives and the
// captain in 04 and 05, a former association officer in 06) were given fictional names; the prose was rewritten.
// Looked for and not found on a new host: a 开渔节/开海节 or 渔民节 致辞 (m.beiweimall.com is used; the other hits were news
// reports on daily.cnnb, shucai1, 320924, xunjk, ycwb, fuding.co, hepuwang, kmdn.gov.tw, matsu.idv.tw), a 海事/渔业 work-meeting
// 讲话 with 一、 or 一是 points (m.zhongliu365.com with its "即刻范文网" watermark and m.jike120.com are used; the 1990 水产
// 讲话 with "第一、" sits on www.soulun.net, a twin of the used soolun.net/jxxfw.com/ppdoc.com journal pages), a 开港/通航
// 仪式 致辞 (the 三峡 试通航 致辞 is on soolun.net; xszwb.com's 大桥通车 collection is used; two 致辞 hits had no address), a
// 航运 企业 年会 or 新年 讲话 (m.7rdy.cn's 国际海运年会 讲话 and hkfinance.com.cn are used; the rest were news), a 主持词
// (ckzpt.com's 张家港保税区 主持词 is used), a traditional mirror of a speech on the theme (runfargroup.com's 开工剪彩 讲话
// and jiafa88.com's 龙虾节 致辞 are used), and any 文库/docx page of a port or fisheries speech. So only one speech, and no
// numbered speech, could be had: the theme's fresh pages are news reports, notices and company news.
// Template twins set aside: www.soulun.net (the "论文部分内容阅读" journal-abstract template with a machine-translated
// English paragraph, as soolun.net, jxxfw.com, ppdoc.com), stickemin.com's 航海学会 工作报告 (used, and cinnet.cn's CMS),
// the "/fanwen/<id>.html" traditional pinyin farm (runfargroup.com and its kin), and handmsg.com/zgkjsz.com (the hijacked
// "page/<date>/<id>.shtml" periodical mirror with an adult-keyword banner). Other candidates left unused: icneps.com (a
// traditional first-person reminiscence without title or address: speech or memoir cannot be told), hunanganghang.com's
// 新年寄语 (a written 寄语 that calls itself a replacement for a 贺词: too close to call), m.fznews.com.cn (an untitled
// welcome to the 海丝博览会: editorial or 欢迎辞 cannot be told).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SH_LEAD = '7月11日是我国第10个航海日,今天,中国航海学会、交通运输部水运科学研究院、与山东省日照市人民政府在日照市共同举办“大航海?新丝路”2014年中国航海日论坛。何建中副部长在中国航海日论坛上发表了重要讲话,内容如下:';

export const specs = {
  '01-jianghua-singhai-hanghairi-luntan-press-lead-hardwrap-no-title': {
    source: 'http://singhai.com.cn/news_show.php?tid=3451',
    kind: 'speech: 讲话 (a vice-minister of transport at the 2014 中国航海日论坛; press page of a shipping company)',
    tests: 'a one-line press lead in the third person ending "…发表了重要讲话,内容如下:" with the site\'s "“大航海?新丝路”" — the site\'s, not the speech; no title of the speech; the salutation "女士们、先生们、朋友们:" and "大家好!" on lines of their own; paragraphs hard-wrapped at a fixed width mid-word ("朋友\\n们", "对弘\\n扬", "的热\\n点"); a courtesy "首先,我代表…" inline after a full stop (one sequence marker, no run); "下面,结合…讲一些个人的认识和思考。" as the last line; no numbered point',
    isSpeech: true,
    title: '',
    noise: [SH_LEAD],
    dropLines: [SH_LEAD],
    join: [
      ['今天,我们相聚在黄海之滨', '表示由衷的谢意!'],
      ['今年是“航海日”设立的第十个年头', '发挥了积极的作用。'],
      ['从今年起,航海日', '发挥应有的作用。'],
    ],
    outline: [],
  },
  '02-news-52ocean-yuye-anquan-huiyi-discuz-jammer-not-speech': {
    source: 'https://52ocean.cn/forum.php?mod=viewthread&tid=107853',
    kind: 'non-speech: news report (a city\'s 海洋渔业安全生产工作会议, reposted on a Discuz forum with anti-scrape jammer lines)',
    tests: 'lines of random jammer strings (": ?( ^5 z: Y+ G$ y: e( z* ?( ^", "5 R- @, b+ `; v2 f7 E) S: S " glued before the lead sentence, " ) F8 x8 \\1 q5 l\' ^" and " & D/ w: j- f6 I. I: ?. N" glued after sentences); "副市长毕志伟到会并讲话"; departments\' 发言 summarised; "毕志伟在讲话中指出,…", "毕志伟要求,…" in the third person — a news report, not a speech; no headline in the capture; cut mid-sentence ("对载员")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-tonggao-hainanribaoa-fuji-xiuyu-ad-line-stripped-year-not-speech': {
    source: 'http://www.hainanribaoa.com/hnrbjj/16706.html',
    kind: 'non-speech: 通告 (a county\'s 2022 summer fishing-moratorium notice, reposted on a hijacked news mirror)',
    tests: 'the repost headline "儋州渔民注意2022年海洋伏季休渔通告"; a medical advertisement line with a URL ("皮肤白癜风诊治医院 http://pf.39.net/bdfyy/xwdt/"); the notice\'s own title with its year stripped ("年海洋伏季休渔通告") and stripped numbers ("〔〕1号", "海南省年…"); "现就…通告如下。"; heading lines 一、休渔海域 … 四、休渔要求 and items "1." … "6." — a notice, not a speech; cut mid-sentence ("后勤")',
    isSpeech: false,
    title: '儋州渔民注意2022年海洋伏季休渔通告',
    noise: [],
    outline: [],
  },
  '04-news-shanzhenhui-tuolun-biaozhang-big5-pinyin-yishi-colon-not-speech': {
    source: 'http://m.shanzhenhui.cn/xwzx/info_itemid_3981.html',
    kind: 'non-speech: news report (a China Merchants unit honours a tug crew for a typhoon rescue; traditional mirror with converter pinyin)',
    tests: 'a breadcrumb "當前位置: 首頁 / 新聞中心 / <headline>"; the headline again, indented; "新聞來源:      發(fā)布時間:2018-10-11" and "新聞來源: 招商工業(yè)"; lines holding only blanks; converter pinyin after 業/聯/發/經/務/領/現/結 ("工業(yè)", "友聯(lián)", "服務(wù)", "結(jié)合"); the ceremony and the manager\'s words told in the third person ("周啟明在會上指出,…"), then "提出五點要求:一是要…;二是要…;三是要" after a colon — reported speech, a news report; cut mid-item',
    isSpeech: false,
    title: '招商工業(yè)隆重表彰在“山竹”超強臺風中勇救15名遇險船員的香港友聯(lián)拖輪船員集體',
    noise: [],
    outline: [],
  },
  '05-news-tripcoop-haiyuan-dabiwu-big5-pinyin-mojibake-yiyao-not-speech': {
    source: 'http://tripcoop.com/a/yuanyangxinwen/gongsixinwen/1457.html',
    kind: 'non-speech: news report (a shipping company\'s award meeting after a national seafarers\' skills contest; traditional mirror with converter pinyin)',
    tests: 'an "編者按:" lead; converter pinyin after many characters ("中國(guó)", "遠(yuǎn)洋", "董事長(zhǎng)", "會(huì)"); a mis-encoded run "隊(duì)員們?nèi)〉玫膬?yōu)異成績(jī)"; a captain\'s 發言 and the chairman\'s remarks told in the third person ("他表示,…", "他強(qiáng)調(diào),一要…;二要…;三要…" after a comma) — a news report, not a speech; no headline in the capture; cut mid-sentence ("為推動(dòng)公司")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-csoa-chuandong-lishihui-photo-captions-jianghua-not-speech': {
    source: 'http://csoa.cn/doc/3808.jsp',
    kind: 'non-speech: news report (the 中国船东协会 reports its own 理事会 and 20th-anniversary review)',
    tests: 'the headline; a "2013-04-27 17:50:12" line; lines holding a single space; photo captions on lines of their own that read like speech headings ("中国船东协会会长魏家福讲话", "中国船东协会常务副会长兼秘书长张守国讲话", "会场全景"); "本网站讯 2013422日下午,…" with 年/月 stripped; a quoted member list missing a 、; the president\'s 讲话 and the agenda reported in the third person — a news report, not a speech; cut inside the agenda list',
    isSpeech: false,
    title: '中国船东协会召开五届七次理事会暨协会成立二十周年回顾',
    noise: [],
    outline: [],
  },
};
