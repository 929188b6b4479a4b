// Gold specs for holdout round 128, part A (cases 01–06): inspection tours (巡视巡察 — 巡察动员会, 巡视反馈会 and 表态发言,
// 巡察整改推进会, 巡察组进驻 and their look-alikes).
// No spoken piece on this theme stands on a fresh host, so all six pages are written look-alikes (three simplified, two
// traditional, one 公告): a district government's report (xxmyq.gov.cn) of the party secretary's 书记专题会议 on 省委巡视 整改 —
// the capture opens straight on the body, no headline, officials listed by name, then "会议指出,…", "会议强调,要…。要…。要…。
// 要…。" (four 要 points after full stops, in the third person) and "会议要求,…" — a news report, not a speech; a county's
// 巡察公告 (qinan.gov.cn) of its sixth round: the towns and villages covered, the 《巡视工作条例》 rules on letters and calls,
// the six 纪律 listed, a closing date, and "…公布如下:" followed by two empty lines where the table of phone numbers stood —
// a written notice, not a speech; a news aggregator's copy (m.news.shi-fen.com) of a CCTV report on the first national
// 巡视工作会议: "原标题:…" and "来源:央视网" lines, a "央视网消息:" lead, then provincial, municipal and bank officials quoted
// one after another ("…说,…"), cut mid-word ("往群众") — a report; a traditional-script mirror (lnbds.com, the
// "listing/newsshow.php?id=" template earlier rounds named but did not use) of a report on the national 巡视工作会议 in 2024:
// converter pinyin after a fixed set of characters ("學(xué)習(xí)", "會(huì)", "統(tǒng)", "盡責(zé)"), a quoted lead whose closing
// quote and full stop were mis-encoded with a leaked tag ("?!?br />"), a bold section heading "堅(jiān)持黨中央對(duì)巡視工作…"
// with no sentence end, and the store's "巡視 ……" cut — a report; a university department's traditional-script news post
// (app.ptmcm.com) on its 巡察 動員會, run through a synonym spinner ("巡察事情" for 巡察工作, "他体现" for 他表示, a simplified
// 体 inside traditional text), the inspector's "三個方面" in quotes separated by ";" and the department head's 表態發言 told
// in the third person — a report; a college news post (dfhberp.com) on a 校内巡察 进驻动员会 whose party secretary's points
// are reported inline: "他强调,…。一要…;二要…;三要…。" (一要 after a full stop, 二要/三要 after semicolons) — a report, so no
// outline.
// Judgement calls: all six are written genres (three news reports, one 公告, two traditional news reposts), so isSpeech is
// false, the outline empty and paragraphs/noise empty; the title is the page's headline where the capture shows one (03's
// "原标题:" line), otherwise "" (01, 02, 04, 05 and 06 open on the body; 04's bold line is a section heading, not the headline).
// The names of officials and staff in 01, 03, 05 and 06 were replaced by fictional ones; the prose was rewritten; the
// converter pinyin, the spinner's word swaps, the leaked tag and the blank lines were kept as found.
// Looked for and not found on a new host (about twenty queries): a 巡察动员会 讲话, a 巡视反馈会 表态发言, a 巡察整改推进会 讲话,
// a 巡察组进驻 主持词, a 巡察干部培训班 讲话, a traditional-script or 文库 copy of any of them. Every spoken piece the pages corpus
// answered with sits on a used host (xiezuofangchengshi, jinrimiaobi, haowensou, gongwenku1, wydbw, m.wenke99, deepwenku,
// ceshi.taolaoshi, gongwk, guanshanwenku, xiebiwenku, laobiganzi, maok, m.cinyz, 004km, wenku.docs.qq.com) or on a used base
// domain (xsb.bnu.edu.cn — a 中央巡视办 training-course speech with 一是…四是 after full stops; bnu.edu.cn is used through
// pssjk.bnu.edu.cn); round 65 had already worked this theme. So the part holds no speech and no numbered speech.
// Template twins set aside: film1981.com (a 巡视整改 讲话; its "当前位置: 首页 > 讲话致辞 >" crumb and 时间/浏览次数 line are
// round 29's performandhealth template, as round 65 noted); whxjw.gov.cn (a 巡察公告 with 一、/(一)/1. headings; its
// "/html/wenzhang_<id>.html" county 纪委 CMS is that of the used nllz.gov.cn, a neighbouring county of the same city);
// 85qz.com and buttertoastboutique.com (school news on the VSB CMS with the school's name replaced by a casino brand, as
// round 72's dazichan); xiuzhiben.com (a mojibake 纪委 research piece; its "/<dir>/html/<col>/<yyyy>/<8 capitals>_<mmdd>/<id>.html"
// hijacked-mirror scheme is round 96's haisufink); sh-joy.com and xzyswj.cn (converter-pinyin mirrors of Guangdong
// "content/post_<id>.html" pages, as round 57's fordsky and the used survivaltruck); ibqg.vip (a novel chapter on a 巡察
// meeting with the "天才一秒记住…地址" reading-site furniture of the shared corpus's case 38) and bqge9.com (a novel chapter
// on the "/read/<book>/<chapter>.html" scheme used many times).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-xxmyq-shuji-zhuanti-huiyi-xunshi-zhenggai-yao-runs-not-speech': {
    source: 'http://xxmyq.gov.cn/sitesources/myqzf/page_pc/myxw/articlec0d7fb7255dc456398e652742ced7619.html',
    kind: 'non-speech: news report (a district party secretary\'s 书记专题会议 on the 省委巡视 整改; district government site)',
    tests: 'the capture opens on the body with no headline or page chrome; a dated lead naming the chair, the attending leaders and "区领导…参加会议"; "会议指出,…", then "会议强调,要提高政治站位,…。要卡紧时间节点,…。要健全长效机制,…。要加强协同配合,…。" (four 要 points after full stops) and "会议要求,…" — the meeting told in the third person, a news report, not a speech; the whole page ends with the last paragraph',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '02-gonggao-qinan-xuncha-diliulun-xinfang-gongbu-trailing-blank-not-speech': {
    source: 'http://www.qinan.gov.cn/info/13252/1165052.htm',
    kind: 'non-speech: 巡察公告 (a county 巡察 round\'s notice of letters-and-calls channels; county government site)',
    tests: 'no headline in the capture; the round, the six inspection groups and the towns and villages covered; the 《中国共产党巡视工作条例》 rules on 来信来电来访 with the six 纪律 listed; a closing date; "…公布如下:" ending in a colon (looks like a salutation or a list lead) followed by two empty lines where the table stood — a written notice, not a speech; shorter than the floor because the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-news-shifen-cctv-quanguo-xunshi-gongzuo-huiyi-yuanbiaoti-quotes-not-speech': {
    source: 'https://m.news.shi-fen.com/china/201903/50-247288.html',
    kind: 'non-speech: news report (a CCTV report on the first national 巡视工作会议; news aggregator\'s copy)',
    tests: 'an "原标题:…" line and a "来源:央视网" line; a "央视网消息:" lead; the meeting summed up in the third person; four officials quoted one after another ("江苏省委巡视工作领导小组组长…说,…", "…副组长…说,…") — first-person sentences inside a report; cut mid-word ("往群众")',
    isSpeech: false,
    title: '首次全国巡视工作会议召开 提出新时代巡视工作新要求',
    noise: [],
    outline: [],
  },
  '04-news-lnbds-big5-pinyin-mirror-xunshi-huiyi-br-leak-heading-not-speech': {
    source: 'http://lnbds.com/listing/newsshow.php?id=29471',
    kind: 'non-speech: news report (the national 巡视工作会议 of 2024; traditional-script mirror with converter pinyin)',
    tests: 'traditional script with converter pinyin after a fixed set of characters ("學(xué)習(xí)", "時(shí)", "會(huì)", "個(gè)", "維護(hù)", "統(tǒng)", "領(lǐng)導(dǎo)", "盡責(zé)"); a quoted lead of requirements whose closing quote and full stop were mis-encoded with a leaked tag ("?!?br />"); a dated lead ("4月8日,…在北京舉行。"); a section heading line "堅(jiān)持黨中央對(duì)巡視工作的集中統(tǒng)一領(lǐng)導(dǎo),…開展工作" with no sentence end; the store\'s cut "巡視 ……" — a report, not a speech; shorter than the floor because the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-ptmcm-big5-spun-shiqing-xuncha-dongyuanhui-biaotai-not-speech': {
    source: 'http://app.ptmcm.com/kjc/info/1583/5259.htm',
    kind: 'non-speech: news report (a university research office\'s 巡察 動員會; traditional-script mirror run through a synonym spinner)',
    tests: 'traditional script with a spinner\'s swaps ("巡察事情" for 巡察工作, "巡查事情", "整改事情", "他体现" for 他表示 with a simplified 体) and the variant 爲; a long attendance list of officials; the inspector\'s three points quoted inside “…” separated by ";"; a leader\'s requirements "她強調,堅決做到…;牢固樹立…;…" and the department head\'s 表態發言 reported in the third person ("他体现,堅決以…;…;並以…") — a report, not a speech; shorter than the floor because the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-dfhberp-xiaonei-xuncha-jinzhu-dongyuanhui-yiyao-inline-not-speech': {
    source: 'https://dfhberp.com/info/1017/3639.html',
    kind: 'non-speech: news report (a college\'s 校内巡察 进驻动员会; school news post)',
    tests: 'no headline in the capture; a dated lead with the attendees and the chair; the party secretary\'s 动员讲话 reported inline: "他强调,…。一要旗帜鲜明讲政治,…;二要…;三要…。" (一要 after a full stop, 二要/三要 after semicolons — the shape of inline points, but in a report); the group leader and the department heads\' 表态发言 summed up in the third person — a news report, not a speech; shorter than the floor because the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
