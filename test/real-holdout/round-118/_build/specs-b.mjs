// Gold specs for holdout round 118, part B (cases 07–12): retired cadres and veteran comrades (离退休干部, 老干部 座谈会 and
// 茶话会, 退休 欢送会, 关工委 — their speeches, and the reports, work summaries and spam pages that look like them).
// One spoken piece and five written look-alikes:
// 07 a 讲话 at the 20th anniversary of a city's 老年大学 on an English machine-translation mirror of a Chinese 范文 collection
// (wodeyuanxiao.com): a "Current location - … - Three lectures on the celebration of senior university" breadcrumb, the
// collection's title, the site's intro ending "…which is for your reference only.", the piece heading "Speech on the
// anniversary of the University for the Aged Part I:", the salutation "Leaders, distinguished guests, teachers and students of
// the whole school:" and the first body sentence, cut mid-word ("fin") — tests a speech page whose every word is English, with
// the collection furniture of a Chinese 范文 site (page title, intro promo, "Part I:" piece heading) translated along.
// 08 a keyword-shuffle spam page (hainue.com, traditional script with the converter's pinyin glued after 導/財/實/進/護/穩):
// one line of clauses cut from a 讲话 on 老干部工作 and shuffled, with the speech's name "在全市老干部工作會議上的講話," and a
// " ?第二," set among them — no title line, no salutation, no sentence that follows the one before; not a speech (a reader
// sees a scrambled page, not a document), and the lone 第二, is no point.
// 09 a provincial 关工委's annual report "2014年工作情况和2015年工作要点" (scggw.org.cn): the headline with the body's name glued
// after a space, a "日期:… 浏览:777次" line, lines of a lone space, a preamble ending "汇报如下。", a heading "一、2014年工作情况"
// and a block "1、学用结合,…" item — a written 汇报, not a speech, though it is numbered like one.
// 10 a page of a 关工委 magazine in a flipbook's text layer (china-torch.cn): "Page 4 - 2020年第5期" / "P. 4", a photo's
// 时间:/事件: caption lines, then two columns read across, so every line joins half a line of the left column to half a line
// of the right one; the left column quotes a 1990 report ("他指出 :“这次会议是…") — a historical article, not a speech.
// 11 a traditional-script report of a group company's 老干部 迎新春茶话会 (xinrongsport.com, a hijacked domain): converter
// pinyin after 關/節/現/態, simplified leftovers (老干部, 最后), the programme in the third person, and a trailing list
// "- 2016-04-18" / "- 集團黨委老干辦舉行迎新春茶話會" that carries the headline — a news report, not a speech.
// 12 a provincial department's 迎新春茶话会 report (zjfzdy.org.cn, a copy of a government site): the headline, empty 时间/来源/
// 作者 fields, the photo caption "卢天锡厅长致辞", the 致辞 reported in the third person ("卢天锡首先代表厅领导班子致辞。致辞
// 热情洋溢…"), a "(来源:…、作者:…)" credit and an "上一篇:…" link printed twice and cut — a news report, not a speech.
// Judgement calls: 07's title is the piece heading without its "Part I:" (as "篇1" goes on Chinese collection pages); the
// breadcrumb, the collection title (the page's title, as round 4 case 04), the intro and the piece heading are noise; the speech
// has no numbered point inside the capture. 08–12 are not speeches: their gold title is the page's headline where the capture
// has one (09: the headline without the body's name glued after the space; 11: the headline printed in the trailing list;
// 08 and 10 have none in the capture, so ''). Private people's names (11's retirees, 12's credited writers) were replaced by
// fictional ones; public officials (卢天锡, 康世恩, 王照华) are kept; the prose was rewritten in new words (07 in English, 08 and
// 11 in traditional characters with the pinyin put back on the same characters).
// Looked for and not found on a new host (about twenty queries): a 离退休干部座谈会 讲话, a 老干部迎春茶话会 致辞, a 退休欢送会
// 讲话 or 致辞, a 关工委工作会议 讲话, a 重阳节 老干部 讲话, a 老年大学 开学典礼 讲话, a 离退休党支部 党课, a 荣退仪式 发言, a traditional
// mirror or a 文库 viewer of any of them, and a 慰问信 to retirees. Every hit was on a used host: huangminedu, 9000bbs,
// wendang.net, m.beiweimall, yanjianggao.wang, 365docx, m.douchai, hblgj.gov.cn, hhskjx, xiezuofangchengshi, m.mama.cn,
// dawenge, regraff, qzlndx, wenrenren, meipian, m.jifanwen, hljyxjs, studyofnet, rlxzw, 1mishu, 6dgww, hblnjy, dgahdf,
// m.jinchutou, wenku365, sevw, m.wenke99, 360docs, m.xuefen, cooco, qqjlz (speeches); m.goodzuowen, mingyanjiaju,
// m.zuowendang (慰问信); the novel 宦海无声's 老干部座谈会 chapters on xs.kuvun, m.xvipxs, quanben (lengku8, momowu8 and
// csw888 carry the same chapters and were left alone). So only one speech (07, English, no numbered points) is in this part;
// the theme had no fresh speech with two or more numbered points, and no fresh 慰问信.
// Template twins set aside: cankao.gcw818.com (the ruiwen family: "- 相关推荐" over the title, "…仅供参考,大家一起来看看吧");
// ent.zjrxz.com (a 重阳节 退休教师座谈会 speech on the "/jxfw/<yyyymm>/<id>.html" farm of the used renwen.czt.cc, bbs.shfzb.com…);
// jk.qbnews.cn is used.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const WY_CRUMB = 'Current location - Education and Training Encyclopedia - Education and training - Three lectures on the celebration of senior university';
const WY_COLL = 'Three lectures on the celebration of senior university';
const WY_INTRO = 'The idea of running a university for the aged is a rational understanding of how to run and run a university for the aged formed by school members with the principal as the core. In the whole concept system of old-age education, it belongs to the concepts of old-age education, old-age education and old-age university. This article is my speech for the celebration of the university for the elderly, which is for your reference only.';
const WY_PIECE = 'Speech on the anniversary of the University for the Aged Part I:';
const WY_TITLE = 'Speech on the anniversary of the University for the Aged';

export const specs = {
  '07-jianghua-wodeyuanxiao-laonian-daxue-xiaoqing-english-crumb-intro-part-heading': {
    source: 'https://wodeyuanxiao.com/Educationandtraining/eqpgodlbqo.html',
    kind: 'speech: 讲话 (a 老年大学 leader at its 20th anniversary; English machine-translation mirror of a 范文 collection page)',
    tests: 'the whole page in English; a breadcrumb "Current location - Education and Training Encyclopedia - Education and training - Three lectures on the celebration of senior university"; the collection title on its own line; the site\'s intro paragraph ending "This article is my speech for the celebration of the university for the elderly, which is for your reference only."; the piece heading "Speech on the anniversary of the University for the Aged Part I:" carrying the title; the salutation "Leaders, distinguished guests, teachers and students of the whole school:"; blank lines between paragraphs; cut mid-word ("fin") in the first body paragraph; no numbered points',
    isSpeech: true,
    title: WY_TITLE,
    noise: [WY_CRUMB, WY_COLL, WY_INTRO, WY_PIECE, 'Part I:'],
    dropLines: [WY_CRUMB, WY_COLL, WY_INTRO, WY_PIECE],
    outline: [],
  },
  '08-shuffle-hainue-big5-laoganbu-gongzuo-huiyi-fragments-pinyin-dier-not-speech': {
    source: 'http://www.hainue.com/wz/n/jyfws11df7.html',
    kind: 'non-speech: keyword-shuffle spam page (clauses of a 老干部工作会议 讲话 shuffled; traditional script with converter pinyin)',
    tests: 'one line of comma-joined clauses cut from a speech and shuffled, starting and ending mid-phrase ("照顧好老干部," … "穩"); converter pinyin glued after 導/財/實/進/護/穩 ("領(lǐng)導(dǎo)", "財(cái)"); the speech\'s name "在全市老干部工作會議上的講話," set among the clauses; " ?第二," after a comma with a stray "?"; no title line, no salutation — a scrambled page, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '09-huibao-scggw-guangongwei-gongzuo-qingkuang-yaodian-yi-arabic-not-speech': {
    source: 'http://scggw.org.cn/dongtai/4788.html',
    kind: 'non-speech: 工作汇报 (a provincial 关工委\'s 2014 work report and 2015 work points)',
    tests: 'a headline with the body\'s name glued after a space ("2014年工作情况和2015年工作要点 四川省关心下一代工作委员会"); a "日期:2015-01-01 浏览:777次" line; lines of a lone space; a preamble ending "现将…报告如下。"; a heading "一、2014年工作情况" and a block "1、学用结合,…" item with a long body — a written report, not a speech, numbered like one; cut mid-sentence ("学习成果")',
    isSpeech: false,
    title: '2014年工作情况和2015年工作要点',
    noise: [],
    outline: [],
  },
  '10-news-china-torch-flipbook-guangongwei-1990-columns-quote-not-speech': {
    source: 'http://www.china-torch.cn/dzb/202005/files/basic-html/page4.html',
    kind: 'non-speech: magazine article (a 关工委 magazine page recalling the 1990 national exchange meeting; flipbook text layer)',
    tests: '"Page 4 - 2020年第5期" and "P. 4" viewer lines; photo caption lines "时间:…" / "事件:…" with deep indents; then two text columns read across, every line joining half a line of the left column to half a line of the right one with a run of spaces between, paragraph starts indented by two more spaces, a full stop wrapped to a line start; the left column quotes a report ("他指出 :“这次会议是…"); the right column opens mid-sentence ("委的重视和支持") — an article, not a speech; cut mid-word ("关心")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-xinrongsport-big5-laoganbu-xinchun-chahuahui-pinyin-not-speech': {
    source: 'http://www.xinrongsport.com/html/2016/lgbgz_0418/4551.html',
    kind: 'non-speech: news report (a group company\'s 老干部 迎新春茶话会; traditional script on a hijacked domain)',
    tests: 'no headline at the top; converter pinyin after 關/節/現/態 ("機關(guān)", "佳節(jié)", "現(xiàn)場", "心態(tài)"); simplified leftovers (老干部, 最后); the programme told in the third person, the retirees named with their posts; a trailing list "- 2016-04-18" / "- 集團黨委老干辦舉行迎新春茶話會" that carries the headline — a news report, not a speech',
    isSpeech: false,
    title: '集團黨委老干辦舉行迎新春茶話會',
    noise: [],
    outline: [],
  },
  '12-news-zjfzdy-zhujianting-yingxinchun-chahuahui-zhici-caption-not-speech': {
    source: 'http://w.zjfzdy.org.cn/show-11176.html',
    kind: 'non-speech: news report (a provincial 住建厅\'s 迎新春茶话会 with the director\'s 致辞; copy of a government site)',
    tests: 'the headline; "时间:2020-02-12" and empty "来源:" / "作者:" fields; a photo caption "卢天锡厅长致辞" on its own line (looks like a speech\'s name); the 致辞 reported in the third person ("卢天锡首先代表厅领导班子致辞。致辞热情洋溢…"); the programme; a "(来源:厅机关工会、作者:…)" credit; an "上一篇:…" link whose title is printed twice and cut with "..." — a news report, not a speech',
    isSpeech: false,
    title: '省住建厅举行迎新春茶话会',
    noise: [],
    outline: [],
  },
};
