// Gold specs for holdout round 132, part B (cases 07–12): rural living environment improvement (农村人居环境整治, 厕所革命,
// 美丽乡村 建设, 村庄清洁行动 — launches, work meetings, village reports, and their look-alikes).
// Four spoken pieces: a vice-mayor's 致辞 at the launch of a provincial 美丽宜居乡村 campaign on an ancient-post-road
// project's CMS (nanyueguyidao.cn, "viewmessage.aspx"): the title, a "2018-05-24 下午 03:02   作者:…副市长 …" meta line, a
// "分享" button, two photo captions each under a lone image counter ("2", "1"), the salutation and "大家上午好!" indented with
// ideographic spaces, block "首先,"/"其次," points, cut mid-word ("一户农家、一"); the last page (_7) of a paginated 讲话 at the
// national 厕所革命 work meeting on a sanitation-industry news site (cn-hw.net): no title, no salutation, the capture opens with a
// block "三是要…" whose 一是/二是 and the "4." heading over it are on the page before, then an inline-heading "5.…。" that
// continues no visible run, the closing "同志们,…" and "谢谢!"; a traditional-script collection of 乡镇人居环境整治 发言稿 with
// converter pinyin (plammmp.com, "/czbg/"): a generic site intro about 發言稿 (with a mis-encoded run "?cè)谟邢薜臅r(shí)") as
// the first line, "…發(fā)言稿篇一"/"篇二" piece headings, an anti-copy full stop ("環(huán)境的.改善"), the first piece's closing
// "我的發言結束,謝謝大家!", a "(一)…。" heading in the second piece, cut mid-word; a 讲话 at a provincial 美丽乡村建设 meeting
// on a 范文 blog (ruoba.cn): the title with a "【演讲稿】" category tag, an "作者:故事兔" line, an indented promo ("在为领导起草讲话
// 时…若吧网为大家整理的相关的…,供大家参考选择。"), the bare title again, no salutation, and the tagged title line printed a
// second time between two body paragraphs; cut mid-sentence ("要压实"). Two written look-alikes: a village's 清洁家园 实施方案
// (mip.xuezizhai.com) with 一、指导思想 / 二、总体目标 / 三、基本原则 and 1、/2、/3、 items — a written plan, not a speech; a
// news site's 调查 of rural toilet reform in 长沙 (news.iresarch.cn): a "社会新闻" column label, a breadcrumb
// "当前位置:首页 > 新闻 > 社会新闻>   正文", the headline, a summary that repeats the lead cut mid-word, the lead, the headline
// again, a photo caption with the reporter's credit, an "一、“革命”之缘由" heading — reportage in the third person, not a speech.
// Judgement calls: 07's "2018-05-24 下午 03:02   作者:…" line is the CMS's timestamp-and-author meta (a clock time and an
// 作者: label), not the speech's own byline, so it is noise; the two photo captions and the lone "2"/"1" image counters are page
// chrome (the counters are listed with a neighbour, "分享\n\n2" and "致辞。\n\n1", since a bare digit is not specific); "首先,"
// and "其次," open paragraphs and are structural (they number the campaign's features), so both are required level-1 items
// (其次's text runs to the cut: no sentence end). 08 has no title line in the capture (title ""); "三是要…" continues no run visible
// in the capture and "5." is neither 1 nor the continuation of a visible run, so by the letter of outline-rules.md neither is a
// marker, while a reader takes both for points of the speech → both optional; "5.…" is the capture's only heading (level 1) and
// "三是" (marker "三是", text from "要…", cut at the first comma since the sentence is over 50 characters) sits under the "4."
// heading of the page before, so level 2; "大人大代表" is the page's own slip and stays. The whole stored page of 08 is 535
// characters (the speech's last page ends at "谢谢!"), below the 610 floor; nothing was added. 09: the site intro line is promo
// noise (a generic paragraph about the genre, not part of any piece); piece headings go; the title is the first piece's heading
// without "篇一" and without pinyin (鄉鎮人居環境整治發言稿); every "(pinyin)" annotation is cut by one regexCut (its hits
// listed as noise), the mis-encoded run in the promo goes with the promo line; the anti-copy full stop is replaced away and listed
// with its neighbours ("的.改善"); the first piece opens without a salutation ("今天以來" is the page's slip for 今年以來 and
// stays); "(一)…。" opens a paragraph in the second piece → a required level-1 item (its text the first sentence); both pieces
// stay in the body. 10: the title is the line without "【演讲稿】"; the tagged line (printed twice, once mid-text), the author line
// and the promo are noise; the untagged repeat under the promo is a repeat of the title (dropped, not listed). 11, 12: written,
// not speeches. Names of living people who are not national public figures (the vice-mayor, the city leaders, the vice-governor,
// the photographer) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 人居环境整治 动员大会 讲话 with 一、/(一) headings inside the capture (bimoxiezuo,
// xiegongwen, m.sanweiyuan/sanweiyuan, wtabcd, wm114, mtfww, zbfsgm, jinrimiaobi, gongwk, jey722, bdocx are used); a 厕所革命
// 推进会 讲话 with its title on a new host (sanweiyuan is used; the other hits were news); a 村庄清洁行动 启动 讲话 (the hits were
// news reports and 倡议书 — kontulin is used, nw.zgnmg.org.cn's 倡议书 was left for a later round); a 主持词 or 表态发言 on the
// theme (m.nftape, 360docs, alatiku, huatianclub are used); a 文库/viewer page of a speech (max.book118, m.jinchutou, 69lv,
// shangjiatang are used); a 实施方案 with site noise on a new host (biganzizhijia, m.wenke99, letgol, emrowgh, bbs.pinggu
// (pinggu.org) are used; xuezizhai's plan carries no noise). crnews.net (a 致辞 inside a 揭晓仪式 report) is set aside: its
// base domain is used (journal.crnews.net).
// Template twins set aside: none of the six pages matched a used template; checked ruoba's "…为大家整理的相关的…,供大家参考
// 选择" promo against round 35's hnfl123 ("以下是为大家整理的关于…供大家参考选择", a breadcrumb/"【篇1】" template — different
// furniture), and plammmp's genre intro + "…篇一" against the ruiwen family ("- 相关推荐", "仅供参考,希望能够帮助到大家") and
// round 23's cloud209 — different furniture.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const NY_TITLE = '在广东美丽宜居乡村行动活动启动仪式上的致辞';
const NY_META = '2018-05-24 下午 03:02   作者:茂名市人民政府副市长 钟立平';
const NY_CAP1 = '茂名市人民政府副市长钟立平在广东美丽宜居乡村行动活动启动仪式上致辞。';
const NY_CAP2 = '广东美丽宜居乡村行动活动启动仪式现场。';

const PL_PROMO = '發(fā)言稿有助于我們?cè)谟邢薜臅r(shí)間內(nèi)表達(dá)觀點(diǎn),并使聽眾能夠更好地理解我們要傳達(dá)的信息。發(fā)言稿的稿件需要經(jīng)過反復(fù)修改和完善,確保表達(dá)準(zhǔn)確、流暢和具有說服力。我認(rèn)為,成功并不是一蹴而就的,而是需要我們付出巨大的努力和堅(jiān)持不懈的毅力才能取得的。讓我們一起努力吧,為我們的夢(mèng)想而奮斗!';
const PL_H1 = '鄉(xiāng)鎮(zhèn)人居環(huán)境整治發(fā)言稿篇一';
const PL_H2 = '鄉(xiāng)鎮(zhèn)人居環(huán)境整治發(fā)言稿篇二';

const RB_TITLE = '在美丽乡村建设工作会上讲话';
const RB_TAGGED = '在美丽乡村建设工作会上讲话 【演讲稿】';
const RB_AUTHOR = '作者:故事兔';
const RB_PROMO = '在为领导起草讲话时应考虑如下几点:首先应该考虑领导怎样讲,讲什么。身份不同,讲话的格调、分量也就不同。若吧网为大家整理的相关的在美丽乡村建设工作会上讲话,供大家参考选择。';

// Set aside at the merge: 09 (plammmp.com), whose traditional pinyin template (the site's genre blurb, then "…篇一")
// is the used xyvh.cn's (round 2's 10), as round 131's part B found; its folder was removed.
export const specs = {
  '07-zhici-nanyueguyidao-meili-yiju-xiangcun-qidong-meta-captions-shouxian-qici': {
    source: 'http://www.nanyueguyidao.cn/viewmessage.aspx?messageid=5570',
    kind: 'speech: 致辞 (a vice-mayor at the launch of Guangdong\'s 美丽宜居乡村 campaign; project site CMS)',
    tests: 'the title; a CMS meta line "2018-05-24 下午 03:02   作者:茂名市人民政府副市长 钟立平   " (a clock time and an 作者: label — meta, not a byline); a "分享" button line; two photo captions, each under a lone image counter line ("2", "1"); an indented salutation "各位领导、各位设计大师和志愿者、各位来宾、各位老乡、媒体朋友们:" and "大家上午好!"; block "首先," and "其次," paragraphs (a run of two, structural); cut mid-word ("一户农家、一")',
    isSpeech: true,
    title: NY_TITLE,
    noise: [NY_META, '作者:茂名市人民政府副市长 钟立平', '下午 03:02', '分享', NY_CAP1, NY_CAP2, '分享\n\n2', '致辞。\n\n1'],
    dropLines: [NY_TITLE, NY_META, '分享', '2', '1', NY_CAP1, NY_CAP2],
    outline: [
      { level: 1, marker: '首先,', text: '这次行动是“三师”志愿者和高校师生走进村庄、扎根田野的一次实践' },
      { level: 1, marker: '其次,', text: '这次行动由多位国家级设计大师带队,挑选一户农家、一' },
    ],
  },
  '08-jianghua-cnhw-cesuo-geming-page7-no-title-sanshi-arabic5-optional': {
    source: 'https://www.cn-hw.net/news/201702/08/60315_7.html',
    kind: 'speech: 讲话 (the last page of a paginated speech at the national 厕所革命 work meeting; sanitation-industry news site)',
    tests: 'page 7 of a paginated speech: no title and no salutation in the capture; it opens with a block "三是要…" whose 一是/二是 and the "4." heading above it are on the page before; an inline heading "5.完善考核机制,强化激励约束作用。" glued to its body, continuing no visible run; "要…。" sentences in the body (no markers); the closing "同志们,…" paragraph and "谢谢!"; the page\'s own slip "大人大代表"; the whole stored page (535 characters)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 2, marker: '三是', text: '要接着办好“全国厕所革命万里行”活动', optional: true },
      { level: 1, marker: '5.', text: '完善考核机制,强化激励约束作用', optional: true },
    ],
  },
  '10-jianghua-ruoba-meili-xiangcun-jianshe-tag-author-promo-title-repeat-midtext': {
    source: 'https://ruoba.cn/archives/58433',
    kind: 'speech: 讲话 (a provincial leader at a 美丽乡村建设 work meeting; 范文 blog filed under 演讲稿)',
    tests: 'the title with a " 【演讲稿】" category tag; an "作者:故事兔" line; an indented promo "在为领导起草讲话时应考虑如下几点:首先应该考虑…若吧网为大家整理的相关的在美丽乡村建设工作会上讲话,供大家参考选择。" (with a "首先" after a colon inside it); the bare title again; no salutation, the body opening "从全局看,…"; the tagged title line printed again between the first and second body paragraphs; no numbered points; cut mid-sentence ("要压实")',
    isSpeech: true,
    title: RB_TITLE,
    noise: [RB_TAGGED, '【演讲稿】', RB_AUTHOR, RB_PROMO, '若吧网为大家整理的相关的'],
    dropLines: [RB_TAGGED, RB_AUTHOR, RB_PROMO, RB_TITLE],
    outline: [],
  },
  '11-fangan-xuezizhai-cun-qingjie-jiayuan-shishi-fangan-yi-1-not-speech': {
    source: 'http://mip.xuezizhai.com/fanwen/82919.html',
    kind: 'non-speech: 实施方案 (a village\'s 清洁家园 implementation plan; 范文 site, mobile page)',
    tests: 'the plan\'s title; a preamble ending "制定如下实施方案。"; standalone headings "一、指导思想", "二、总体目标", "三、基本原则"; inline "1、…。"/"2、…。"/"3、…。" principle items; "通过 “…”" with a stray space; written in the third person, no address to an audience — a written plan, not a speech; cut mid-sentence ("分步")',
    isSpeech: false,
    title: '村清洁家园实施方案',
    noise: [],
    outline: [],
  },
  '12-news-iresarch-changsha-cesuo-geming-diaocha-crumb-summary-caption-yi-not-speech': {
    source: 'http://news.iresarch.cn/news/33669.html',
    kind: 'non-speech: news report (an investigative feature on rural toilet reform around 长沙; news site)',
    tests: 'a "社会新闻" column label; a breadcrumb "当前位置:首页 > 新闻 > 社会新闻>   正文"; the headline; a summary repeating the lead, cut mid-word ("几千"); the lead again in full; the headline a second time; a photo caption with the reporter\'s credit; a heading "一、“革命”之缘由"; quoted sayings; reportage in the third person — not a speech; cut mid-sentence',
    isSpeech: false,
    title: '长沙农村“厕所革命”调查',
    noise: [],
    outline: [],
  },
};
