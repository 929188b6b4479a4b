// Gold specs for holdout round 157, part A (cases 01–06): the Mid-Autumn Festival and the Double Ninth for the elderly
// (中秋 联欢会/茶话会 致辞, 重阳节 敬老 讲话, 主持词 — and their look-alikes), with one neighbouring speech on elderly sports.
// Two spoken pieces (a generated 重阳节领导致辞范文 on a 范文 farm (fanwenmi.cn, "/fanwen/<id>.html"): the title line, a
// salutation to colleagues, "大家好!", an inline courtesy "首先," after a full stop, "[单位名称]" placeholders, a lead-in "在此,
// 我想分享以下几点:" and three block points "1. 尊老敬老,传承美德:…" / "2. …" / "3. …" (a space after "1."), a closing "最后,"
// paragraph, "谢谢大家!", then a site-generated FAQ block "重阳节相关常见问答知识清单及解答" with its own "1. 问:…" / "答:…" lines,
// cut mid-word ("饮菊"); a vice-governor's 讲话 at the provincial seniors' sports association's re-election congress on a
// hijacked page (8829019.com, "/wjq<date>/<id>.html"): the page title with a casino brand glued after a hyphen
// ("…的讲话-凯发娱乐备用网址"), the title again, the title a third time as a label ending in a colon, the salutation
// "尊敬的各位老领导,同志们、朋友们:", law names in 《》, a dropped year ("据统计,到,我省…"), three predecessors named, a quotation
// from a national leader, cut mid-quote ("以增强人民体质")) and four written look-alikes (a Malaysian Chinese daily's report
// (uniteddaily.my) of a clan association's 鹤龄会员暨庆中秋联欢晚会: a "(本报美里20日讯)" dateline lead, the secretary's 致辞
// reported in the third person ("…致辞时表示,…", "他说,…") but with long first-person stretches ("让我感到…", quoted
// paragraphs "“我也很欣慰…”") and "我们", print-wrap spaces inside words ("47 年", "向 外", "全 体"), cut before the next
// speaker's words ("…发表讲话时指出") — a news report, not a speech; a web-novel chapter on a novel site (kanunuwx.com, 努努书坊)
// titled "第139章 重阳老人节(第四更,50月票加更)": site name, "繁体版 简体版", a crumb, the chapter title with "(4 / 5)", a village
// head's "“乡亲们好!”" and a town head's quoted 重阳节 讲话 "“今天是重阳节,是老人节,我很高兴,…”" inside the narration — a novel,
// not a speech; an overseas Chinese portal's report (mhwmm.com, 缅华网) on a Myanmar Fujianese association's 中秋 gathering: the
// headline, a "缅华网" source line, a 「…」 theme line, the president's 欢迎辞 and the vice-presidents' blessings reported in the
// third person, traditional leftovers (蒞临, 並, 滿), and a list of two Mid-Autumn legends "(一)后羿射日 嫦娥奔月" (its sentence
// wrapped onto the next line) / "(二)月饼藏书 …" — a report, not a speech, its (一)/(二) no outline; a news mirror
// (xaadlyougs.com) of the opening of a city's 老年人体育健身运动会 in simplified script with pinyin annotations after words
// ("风采(fēngcǎi)", "日(rì)", "体协(tǐxié)(tǐxié)" doubled, "的(de)", "近年来(jìnniánlái)"): a crumb "首页 资讯 正文", the headline three
// times around a "体育正文 234 0" line, officials' 致辞 reported in the third person ("…在致辞(zhìcí)中说,…希望(xīwàng)…") — a
// news report, not a speech).
// Judgement calls:
// - 01: the title is the page's own title line "重阳节领导致辞范文", "范文" kept (as the shared corpus keeps site-flavoured words);
//   "[单位名称]" is a placeholder and stays (as "xx" and "**" do). The FAQ block after "谢谢大家!" is the site's generated
//   appendix, not part of the 致辞: its header and every "问:"/"答:" line are noise (site furniture after the document, like
//   the README's related-list and comment tails and round 134 case 01's generated Markdown repeat), so its "1. 问:…" to
//   "4. 问:…" give no outline items. The three block points "1."/"2."/"3." follow a paragraph ending in a colon but each opens its own paragraph, so they are
//   required level-1 headings (block markers need no run; the colon rule of the README is for inline points). Their text
//   follows the rules literally: 1.'s first sentence is longer than 50 characters, so it is cut at the first comma
//   ("尊老敬老"); 2.'s and 3.'s first sentences are shorter and are taken whole, label and colon included. The inline "首先," after
//   "重阳节。" has no 其次 in its paragraph (no run) → no item, as round 134 case 03. The closing "最后," paragraph continues no 首先
//   run → optional, level 2 below the "3." heading by the letter of the rules (as round 149 case 09's optional level-2 "最后," after its
//   "1、"/"2、" headings), text cut at its first comma.
// - 02: the title is the bare second line; the first line (title with the glued "-凯发娱乐备用网址") is noise, listed whole and by
//   the brand; the third line repeats the title with a colon as a label before the body and is noise (as round 149 case 03's
//   "…的讲话:" label); "到," with the year missing is the site's gap and stays. A 讲话 at a seniors' sports association: taken as
//   a neighbouring theme when the festival's speeches ran dry on new hosts. No numbered point inside the capture.
// - 03: a report, not a speech: a dated press lead and reporting verbs ("致辞时表示", "他说", "他也说") frame the words, even
//   where whole paragraphs are quoted in the first person (as the shared corpus's news reports and round 31 case 12).
// - 04: a novel chapter: the 讲话 is quoted inside third-person narration, behind site chrome (as shared case 22 and round 54
//   case 17).
// - 05: a report; "(一)"/"(二)" number two legends the reporter lists, so no outline (non-speech pages have none).
// - 06: a report with a simplified-script pinyin converter; the officials' words are reported ("在致辞中说", "他指出").
// Names of private people (the clan association's officers and sponsors, the Myanmar association's officers, the sports
// association's chairmen and the officials of 02 and 06, the novel's characters and their village and town) were replaced by
// fictional ones; the prose was rewritten; the FAQ lines of 01 are the site's and were kept as found.
// Looked for and not found on a new host: a 中秋 茶话会/联欢会 致辞 for retired cadres or the elderly (the pages are on used hosts
// — 365docx, wenshubang, qdfww, gwg365, bjhyfc, 9000bbs, ardmore-hotel — or on sdelec.cn, a template twin, see below);
// a 重阳节 敬老 讲话 with 一是/第一,/（一） points (gongxunwang, 31doc, m.yzwku, 9000bbs, 1mishu, aixue, xiezuofangchengshi are used;
// the numbered 在2024市级重阳节座谈会上的致辞 stands on the used 31doc.com); a 重阳节 主持词 with 甲/乙 (52qzi, daodoc, wddqw, letgol,
// yyfangchan, hgxm, fhfwb are used); a traditional-script mirror of a 重阳/中秋 speech on a fresh host (9000bbs, mingyanjiaju,
// chuangrenyuanyi, zgxlcd, emrowgh, 3du.tw are used); a 文库 viewer copy (m.163wenku.com is a twin of the used m.wnwk.com,
// as round 140 part C judged; m.wenke99, m.yzwku, taowenge, mdjjksjc are used); a 老年大学 or 老龄工作会议 讲话 with 一、 headings
// (huangminedu, hblgj, 6dgww, dgahdf, 004km, hainue, 9000bbs are used). So only two speeches are in this part; the other four
// pages are look-alikes, and only 01 carries numbered points (three).
// Template twins considered: sdelec.cn (中秋节海峡茶会上讲话3篇, "/zhuantifanwen/gongwenfanwen/<id>.html") glues the opening summary
// to "下面是小编为大家整理的…,供大家参考。" exactly as the used miaotiao360.com ("/zhuantifanwen/zhicigao/…", round 4 case 05) and
// jsjstd/057690 pages do, under the same path shape — dropped (as round 147 dropped its promo twin); m.163wenku.com — dropped
// (above); zixun.ziming.com.cn ("/jxfw/<yyyymm>/<id>.html", a generated 中秋 开场白) has the path and 【…】-less template of the used
// renwen.czt.cc, zh.17hubei.com.cn and renwen.fjndwb.com — dropped; www.cehuashuwang.com (重阳节活动方案) carries the "时间:… <栏目> 我要投稿"
// meta line of the used wenshubang.com — dropped; kanunuwx.com's "繁体版 简体版" line and "站名 > 书名 > 章节" crumb are the stock
// novel-site template also on the used 5200kanshu (round 54 case 17) and 版主小说网 (round 76 case 06), which round 76 kept
// despite round 54; its other lines ("努努书坊", "(第四更,50月票加更)") stand on no used page, so it was kept. 8829019.com's
// casino suffix belongs to the same hijack family as round 101 case 09's "-凯发旗舰" and round 136 case 04's "-凯发网站", but on
// different hijacked sites with different furniture (here a third title line with a colon), and "凯发娱乐备用网址" is on no used
// page, so it was kept (as rounds 101 and 136 both kept theirs). mspush.com (a sports association report whose "老协" is
// replaced by a porn-site brand and whose quotes are mis-encoded "&濒诲辩耻辞;") is a copy of szlnxh.com; neither was taken. No used
// page carries the other pages' noise strings (checked: "常见问答知识清单", "凯发娱乐", "本报美里", "努努书坊", "月票加更", "缅华网",
// "首页 资讯 正文", "(fēngcǎi)").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FW_TITLE = '重阳节领导致辞范文';
const FW_FAQ = [
  '重阳节相关常见问答知识清单及解答',
  '1. 问:重阳节是哪一天?',
  '答:重阳节在农历九月九日,也就是每年的公历10月左右。',
  '2. 问:重阳节的起源是什么?',
  '答:重阳节的起源有多种说法,其中之一是起源于古代的祭祀活动,后来逐渐演变成了敬老、登高、赏菊等习俗。',
  '3. 问:为什么重阳节又称为“老人节”?',
  '答:重阳节在古代有尊老敬老的习俗,因此后来被称为“老人节”,以强调对老年人的尊重和关爱。',
  '4. 问:重阳节有哪些传统习俗?',
  '答:重阳节的传统习俗包括登高、赏菊、饮菊',
];

const KF_TITLE = '副省长在省老体协换届大会上的讲话';
const KF_PAGE_TITLE = '副省长在省老体协换届大会上的讲话-凯发娱乐备用网址';
const KF_BRAND = '-凯发娱乐备用网址';
const KF_LABEL = '副省长在省老体协换届大会上的讲话:';

export const specs = {
  '01-zhici-fanwenmi-chongyang-lingdao-fanwen-placeholder-shuzi-faq-tail': {
    source: 'http://fanwenmi.cn/fanwen/121271.html',
    kind: 'speech: 致辞 (a generated 重阳节 leader\'s greeting to colleagues; 范文 farm)',
    tests: 'the title line "重阳节领导致辞范文" ("范文" kept); salutation and "大家好!" on their own lines; an inline courtesy "首先," after a full stop (no run: no item); "[单位名称]" placeholders; a lead-in ending in a colon, then three block points "1. 尊老敬老,传承美德:…" / "2. 团结协作,共谋发展:…" / "3. 弘扬文化,传承精神:…" with a space after the dot (required, level 1; 1.\'s text cut at the first comma, 2.\'s and 3.\'s first sentences whole); a closing "最后," paragraph (optional, level 2); "谢谢大家!"; a site-generated FAQ block "重阳节相关常见问答知识清单及解答" with "1. 问:…" / "答:…" lines (noise, no outline); cut mid-word ("饮菊")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [...FW_FAQ, '常见问答知识清单及解答'],
    dropLines: [FW_TITLE, ...FW_FAQ],
    outline: [
      { level: 1, marker: '1.', text: '尊老敬老' },
      { level: 1, marker: '2.', text: '团结协作,共谋发展:重阳节也是我们凝心聚力、共谋发展的好契机' },
      { level: 1, marker: '3.', text: '弘扬文化,传承精神:重阳节是我们弘扬传统文化、赓续民族精神的重要节点' },
      { level: 2, marker: '最后,', text: '我真诚希望每一位同事都能在重阳节期间', optional: true },
    ],
  },
  '02-jianghua-8829019-laotixie-huanjie-casino-brand-title-thrice-colon-label': {
    source: 'https://8829019.com/wjq2012-06-22/20120622233174.html',
    kind: 'speech: 讲话 (a vice-governor at the re-election congress of a provincial seniors\' sports association; hijacked page)',
    tests: 'the page title with a casino brand glued after a hyphen ("…的讲话-凯发娱乐备用网址"); the bare title line; the title a third time as a label ending in a colon ("…的讲话:"); the salutation "尊敬的各位老领导,同志们、朋友们:"; law names in 《》 joined by "、"; a year the site dropped ("据统计,到,我省…", kept); figures ("520多万", "45%"); a quotation from a national leader in “”; no numbered points; cut mid-quote ("以增强人民体质")',
    isSpeech: true,
    title: KF_TITLE,
    noise: [KF_PAGE_TITLE, KF_BRAND, KF_LABEL],
    dropLines: [KF_PAGE_TITLE, KF_TITLE, KF_LABEL],
    outline: [],
  },
  '03-news-uniteddaily-meili-yangshi-heling-zhongqiu-quoted-zhici-first-person-not-speech': {
    source: 'https://uniteddaily.my/ms/c1dc38d0-dea8-406a-a416-fb2ecd7e2348',
    kind: 'non-speech: news report (a clan association\'s 鹤龄会员暨庆中秋联欢晚会; Malaysian Chinese daily)',
    tests: 'a "(本报美里20日讯)" dateline lead; the secretary\'s 致辞 reported ("…致辞时表示,…", "他说,…", "他也说,…") with first-person stretches ("让我感到…") and whole quoted paragraphs ("“我也很欣慰看到…”", "“这次的筹备工作…”"); "鹤龄会员" and "65岁以上"; print-wrap spaces inside words ("47 年", "对 外", "全 体"); a typo kept ("交流与今作"); cut at the next speaker\'s reporting verb ("…发表讲话时指出") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-novel-kanunuwx-chongyang-laorenjie-cunzhang-zhenzhang-jianghua-chapter-chrome-not-speech': {
    source: 'http://www.kanunuwx.com/5_5026/3412852_4.html',
    kind: 'non-speech: novel (a web-novel chapter "第139章 重阳老人节"; novel site)',
    tests: 'site name "努努书坊", "繁体版 简体版", a crumb "努努书坊 > 疯狂农场主 > 第139章 重阳老人节(第四更,50月票加更)", the chapter title with "(4 / 5)"; third-person narration of a village 重阳节 gathering; a village head\'s "“乡亲们好!”" on its own line; his speech summarised ("讲了一通话,大意就是感谢…"); a town head\'s quoted 讲话 "“今天是重阳节,是老人节,我很高兴,…”" cut mid-sentence ("尊老爱老,是") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-mhwmm-miandian-fujian-tongxiang-zhongqiu-paren-yi-er-legends-not-speech': {
    source: 'https://mhwmm.com/index.php/mianhuawenyuan/82011.html',
    kind: 'non-speech: news report (a Myanmar Fujianese association\'s 中秋 gathering; overseas Chinese portal)',
    tests: 'the headline, a "缅华网" source line, a theme line in 「」 with a traditional 滿; the president\'s 欢迎辞 and the vice-presidents\' blessings and 感谢词 reported in the third person; traditional leftovers (蒞临, 並); a list of two legends "(一)后羿射日 嫦娥奔月" (its sentence wrapped onto the next line "的传说留下…") and "(二)月饼藏书 …" after "其中:" — no outline in a report; cut mid-word ("良")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-xaadlyougs-ganzhou-laonianren-yundonghui-simplified-pinyin-title-thrice-not-speech': {
    source: 'http://www.xaadlyougs.com/a/2904.html',
    kind: 'non-speech: news report (the opening of a city\'s 老年人体育健身运动会; news mirror with pinyin annotations)',
    tests: 'a crumb "首页 资讯 正文"; the headline three times around a "体育正文 234 0" line; simplified script with converter pinyin after words ("风采(fēngcǎi)", "日(rì)", "蓬勃(péngbó)", a doubled "体协(tǐxié)(tǐxié)", "的(de)", "近年来(jìnniánlái)"); officials\' 致辞 reported in the third person ("在致辞(zhìcí)中说,…", "他指出,…") with "希望…" sentences; cut mid-sentence ("把老年体育") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
