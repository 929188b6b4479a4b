// Gold specs for holdout round 162, part A (cases 01–06): time-honoured brands and old trades (老字号 大会, 非遗 传承人,
// 工匠 精神 — their 讲话, 致辞, 演讲稿, and their look-alikes: a 倡议书, a novel chapter, a news report, a 通知 about a
// 老字号认定办法 and a first-person essay on a 老字号).
// One spoken piece (a school 演讲稿 on hometown traditions and handicrafts — 竹编, 刺绣, 木雕, 匠人 — on a bilingual
// document site (vv99.net, "/doc/<hex>.html"; the neighbouring theme, see below): the speech's own title
// "文化之根,乡愁之魂" naming no genre, the salutation "尊敬的老师、亲爱的同学们:" glued to "大家好!今天,我想和大家…" on one
// line, five paragraphs ending "谢谢大家!", then the site's English version under it: the translated title "Roots of
// Culture, Soul of Nostalgia" and the translated opening paragraph, cut mid-word ("hear"); the Chinese text is 583
// characters, so the capture runs into the English) and five written look-alikes (a pupil's 倡议书 on protecting 非遗
// on a diary-and-composition site (zhoujiben.com, "/e/<yyyymm>/<id>.html"): a crumb "位置 :周记本 > 小学 > 六年级 > …"
// ending in the page title "“传承‘非遗文化’倡议书作文550字" (an unmatched opening quote), the page title again, a
// "2026-01-06 02:00" date line, the document title "“传承‘非遗文化’倡议书", the salutation "亲爱的同学们:", a first-person
// call "为此,我向全体六年级小伙伴发出倡议:", block items "1.争做…:" to "4.解非遗,同护非遗。" (the fourth has lost its
// head), a closing appeal, the pupil's name and "11月30日", then "看了…你可能喜欢看", "随便看看" and the footer with the
// domain and ICP number — a written 倡议书, not a speech; 759 characters, the whole stored page; a web-novel chapter in
// which a host opens the reopening of a 老字号 restaurant (zslxsw.com, "/haokan/<n>/<n>/<id>.html"): four quoted lines of
// the host's address ("“各位亲友,各位老街坊,各位来宾!”" …), then narration in one-sentence lines ("是雅间!", "当然。",
// "好!"), "“开席喽!”", cut inside a quote ("“师傅,你今天") with the reader's "本章未" at the end — a novel, not a
// speech; a clothing firm's news post on a 老字号 association's work meeting and its "老字号工匠" awards (cardealerpr.com,
// "/zhtml/<n>.html", a hijacked site): the headline with a casino brand glued after a hyphen
// ("…称号仪式-尊龙人生就是博"), the headline again, the meeting told in the third person and in the firm's "我司" voice
// ("…并作了重要讲话!", "…作了总结发言。他指出:…"), a "网站地图" footer — a report, not a speech; a provincial commerce
// department's 通知 extending the 《山东老字号认定及保护促进办法》 on a news app page (sqrdapp.com,
// "/info/news/show-<id>.html"): an addressee line "各市商务、…,有关行业协会" whose colon is mis-encoded into "9/p>", a
// leaked "</p>" after "…请遵照执行、", "?017?号", "2027??8日", the 附件 line, the issuing body and "2022??1?/p>" — a
// written notice, not a speech; 258 characters, the whole stored page; a retired clerk's reminiscence of a 老字号
// stationer's shop-history exhibition in a workers' e-paper (ldwb.workerbj.cn, "/content/<yyyy-mm>/<dd>/content_<id>.htm"):
// no headline in the capture, first-person narration ("我翻出了一些…", "我刚从部队退伍…"), the criteria "三个条件,一、历史
// 悠久,…;二、经营有特色;三、社会认可。" after a comma, a "□周立群 文/图" byline — an essay, not a speech).
// Judgement calls: 01 is a speech although neither its title nor the capture names a genre: the body opens with an address
// to the audience, speaks to it in the first person ("今天,我想和大家聊…", "亲爱的同学们,让我们…") and closes "谢谢大家!"
// (as the README's rule for pages whose title names no genre; round 4 case 08 took "最好的禮物" as a speech's title); the
// title is the first line as printed; the salutation stays glued to "大家好!…" (no paragraph break is invented, as
// corpus case 03); the English lines under "谢谢大家!" are the site's translation of the whole speech, printed after it
// and repeating it in another language, so they are noise (the translated title and the cut English paragraph, each
// listed whole) — unlike round 145 case 07, whose school speech was delivered bilingually with its English paragraphs
// interleaved and kept; no numbered points (the kind is 演讲稿 by its form: a pupil's talk to teachers and classmates).
// 02 is a 倡议书: it opens with a salutation and speaks in the first person, but its genre is written (a call signed and
// dated, titled 倡议书; round 141's 05 is the same genre), so it is no speech and its 1.…4. are no outline. 03: the quoted
// address of the host is dialogue in a novel (as corpus case 33 and round 96 case 03). 04 is a report of the meeting, in
// the third person, whatever it says of 讲话 and 总结发言. 05's addressee line is a notice's, not a salutation (as corpus
// case 82). 06: the "一、…;二、…;三、…" criteria follow a comma inside a narrative sentence and belong to an essay.
// Non-speech gold carries no title, noise or outline. Names of private people (the 倡议书's pupil, the novel's
// characters and restaurant, the firm's chairman and its craftswoman, the association's officers, the essay's author)
// were replaced by fictional ones; the prose (English included) was rewritten; the noise lines, titles, markers, the
// mis-encodings and the cuts were kept as found.
// The search tool's budget for the session ran out after 32 queries, so the part holds one speech and five look-alikes,
// all taken from pages the earlier queries had returned.
// Looked for and not found on a new host: a speech on the theme itself — every 讲话/致辞/演讲稿/发言稿 on 老字号, 非遗 or
// 工匠精神 that the corpus returned stands on a used host: 商务部 姜增伟's 老字号 演讲 (103.85.168.90, used), a 非遗年度人物
// 致辞 (feiyi.gmw.cn, used), a village 非遗鱼灯 启动 致辞 leaked as HTML on a spam mirror (m.kamkm888.com, used), a 剪纸
// 传承人's 家风 演讲稿 in a document viewer (www.kao110.com; wap.kao110.com is used), 工匠精神 演讲稿 collections
// (nhs-transmission.com, m.wuhaninfo.cn, wenxue.cc, renwen.czt.cc, qiuxueshe.com, salifelink.com, m.1-jiu.com,
// xianruitang.com, cnleizhuo.com, p719.cn, m.wenke99.com, wenku.docs.qq.com, ardmore-hotel.com: all used), a 工匠精神
// 党课 (wypgzs.com, laobiganzi.top: used), a 非遗进校园 主持词 (zuowendang.com, used), a 民俗文化活动 开幕 讲话 (runmo.com,
// used), a 吴文化节 致辞 (ukktv.cn, used), a 安阳 heritage 演说 with a glued "本资料权属文秘资源网" watermark
// (fanwen.hongwu.com, used); a 老字号 店庆 致辞, a 非遗传承人 表态发言 and a 老字号 大会 讲话 with 一是/第一 points did not
// turn up at all (the corpus answers with news reports of such meetings and novel chapters). A 品牌故事 look-alike with
// converter pinyin ("徽(hui)商", hbzqbyyxgs.com) and an 认定管理办法 page (fymate.net) stand on used hosts.
// Template twins considered: tcshiji.com ("一线员工工匠精神范文 第1篇" over an academic paper with 一、 headings, path
// "/syfw/<hex>.html") prints the header shape "…范文 第1篇" of round 92 case 16 (xuanchuanyuan.com, "/syfw/<id>.html"),
// so it was set aside; boxueka.com's "推荐人: 来源: 博学咖 阅读: 2.78W 次" is the meta line of shared-corpus case 97
// (bimobang.com, "推荐人: 来源: 笔墨帮 阅读: 8.41K 次"), so its 演讲稿 was set aside; cardealerpr.com's casino brand
// "尊龙人生就是博" stands on no used page (round 95 case 13 carries "尊龙凯时人生就是搏" and round 72 case 17 "人生就是博"
// inside its sentences: the same gambling network's keyword on unrelated hijacked sites, not a shared template; the
// 6-character string check finds nothing), so it was kept; zslxsw.com's "本章未" is the reader's cut of "本章未完…", which
// three used novel pages print in different forms, and no other line of the page matches a used page; zhoujiben.com's
// "你可能喜欢看" and "随便看看", vv99.net's bilingual layout, sqrdapp.com's "/p>" leaks and workerbj.cn's byline match no
// used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const VV_TITLE = '文化之根,乡愁之魂';
const VV_EN_TITLE = 'Roots of Culture, Soul of Nostalgia';
const VV_EN_PARA = 'Dear teachers and fellow students, hello! Today, I would like to talk with you about a topic that never grows old—the traditional culture of our hometown. Culture is the bloodline of a nation, the home of our hear';

export const specs = {
  '01-yanjiang-vv99-wenhua-zhigen-xiangchou-title-glued-salutation-english-translation-tail': {
    source: 'https://vv99.net/doc/f4db68f23406c6c98.html',
    kind: 'speech: 演讲稿 (a pupil\'s talk on hometown traditions and handicrafts; bilingual document site)',
    tests: 'the speech\'s own title "文化之根,乡愁之魂" naming no genre (no 讲话/演讲 word anywhere in the capture); the salutation "尊敬的老师、亲爱的同学们:" glued to "大家好!今天,我想和大家聊…" on one line; first-person body to classmates closing "谢谢大家!"; no numbered points; the site\'s English version printed under the speech: the translated title "Roots of Culture, Soul of Nostalgia" and the translated opening paragraph (noise), cut mid-word ("hear")',
    isSpeech: true,
    title: VV_TITLE,
    noise: [VV_EN_TITLE, VV_EN_PARA],
    dropLines: [VV_TITLE, VV_EN_TITLE, VV_EN_PARA],
    outline: [],
  },
  '02-changyishu-zhoujiben-feiyi-crumb-salutation-numbered-items-signature-not-speech': {
    source: 'https://www.zhoujiben.com/e/202601/8591.html',
    kind: 'non-speech: 倡议书 (a pupil\'s call to protect 非遗; diary-and-composition site)',
    tests: 'a crumb "位置 :周记本 > 小学 > 六年级 > …" ending in the page title "“传承‘非遗文化’倡议书作文550字" (an unmatched opening quote); the page title again; a date line; the document title "“传承‘非遗文化’倡议书"; the salutation "亲爱的同学们:"; a first-person call "为此,我向全体六年级小伙伴发出倡议:"; block items "1.争做…:" to "4.解非遗,同护非遗。" (the fourth lost its head); a closing appeal with "!"; the pupil\'s name and "11月30日"; "看了…你可能喜欢看", "随便看看", a footer with domain and ICP number — a signed written call, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-novel-zslxsw-laozihao-kaiye-quoted-address-short-lines-chapter-cut-not-speech': {
    source: 'http://www.zslxsw.com/haokan/113/113438/63699075.html',
    kind: 'non-speech: novel (a chapter in which a 老字号 restaurant reopens; web-novel site)',
    tests: 'the chapter opens with four quoted lines of a host\'s address ("“各位亲友,各位老街坊,各位来宾!”", "“今天,我们欢聚在这里…!”"); third-person narration in one-sentence lines ("是雅间!", "当然。", "好!", "如今。"); "“开席喽!”"; cut inside a quote ("“师傅,你今天") with the reader\'s "本章未" — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-cardealerpr-laozihao-gongjiang-casino-brand-title-suffix-zongjie-fayan-not-speech': {
    source: 'https://www.cardealerpr.com/zhtml/80.html',
    kind: 'non-speech: news report (a 老字号 association\'s work meeting and its 老字号工匠 awards; a clothing firm\'s hijacked news page)',
    tests: 'the headline with a casino brand glued after a hyphen ("…称号仪式-尊龙人生就是博"), the headline again; the meeting told in the third person and in the firm\'s "我司" voice ("并作了重要讲话!", "作了总结发言。他指出:…", "唐敬之强调了…", "唐敬之勉励…"); double blank lines between paragraphs; a "网站地图" footer — a report, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-tongzhi-sqrdapp-laozihao-rending-banfa-addressee-line-mojibake-p-tags-not-speech': {
    source: 'https://sqrdapp.com/info/news/show-113608.html',
    kind: 'non-speech: 通知 (a provincial commerce department extends the 老字号认定及保护促进办法; news app page)',
    tests: 'an addressee line "各市商务、财政、…档案主管部门,有关行业协会" whose colon is mis-encoded into "9/p>"; one body sentence "…现将《山东老字号认定及保护促进办法》印发你们,请遵照执行、/p>" with a leaked "/p>"; "(鲁商办发?017?号)", "2027??8日"; a 附件 line; the issuing body; "2022??1?/p>" — a written notice, not a speech; 258 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-essay-workerbj-chengwenhou-laozihao-first-person-yi-er-san-after-comma-byline-not-speech': {
    source: 'http://ldwb.workerbj.cn/content/2015-10/16/content_21012.htm',
    kind: 'non-speech: personal essay (a former clerk recalls a 老字号 stationer\'s shop-history exhibition; workers\' e-paper)',
    tests: 'no headline in the capture; first-person narration ("我找出了一些旧照片", "我刚从部队退伍分到成文厚"); the criteria "三个条件,一、历史悠久,一般50年以上;二、经营有特色;三、社会认可。" after a comma and semicolons; a closing reflection on passing on 老字号 culture to the young; a "□周立群 文/图" byline — an essay, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
