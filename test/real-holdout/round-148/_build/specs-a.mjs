// Gold specs for holdout round 148, part A (cases 01–06): dairy and animal products (奶业 大会 and D20 峰会, 乳业 and
// 农牧 企业, 奶业协会 换届, 黄羽肉鸡 大会, 乳协 — their 讲话, and their look-alikes: three news reports and a trade column).
// Two spoken pieces (an official's opening 讲话, the speaker unnamed in the capture, at the 中国奶业20强(D20)峰会暨奶业振兴大会
// in 石家庄 on a traditional-script converter mirror (www.szbzy.top, "/info/detail/58-<id>.html"): no title and no site furniture in the
// capture, the salutation "各位企業(yè)家,各位嘉賓,新聞界的朋友們,同志們:" glued by a space to the body, the opening
// paragraphs flattened onto one line with single spaces where paragraphs were, converter pinyin after 業/國/強/會/紀/發/動/擔/
// 當/夢/場/訓/勵/進/習/關/時/質/級/領/導/側/結/構/譽/實/現/對, three mis-encoded runs where the converter broke "在…"
// ("我們?cè)诤颖笔仪f召開", "我們?cè)谶@里", "我們?cè)俅螐倪@里"), the page's own garble "不忘提交記歷史", a courtesy
// "我首先預祝…" inside a sentence, cut inside a pinyin annotation ("李克強(qiá"); page 2 of a 正大集团 executive's speech on
// its 农牧 projects (occasion unnamed in the capture) on a CEO portal (ics.apceo.com, "/Html/News/<id>_2.html"): the page opens
// mid-sentence with a figure ("80万只的肉鸡养殖集群,…"), one long run-on paragraph in the first person ("所有这些项目我们都
// 将遵循…"), the closing "谢谢大家。" with a table cell's " |" glued after it; no title, no salutation; 286 characters, all
// the store gave) and four written look-alikes (a provincial dairy portal's report (www.dahlj.com, 黑龙江奶业信息网,
// "/News/QIndustryNewsInfo/<id>"): a crumb "当前位置:黑龙江奶业信息网 >> 行业动态", the headline, a "[导读] " line repeating the
// headline, the congress told in the third person (会议选举…, 审议通过…, …等到会并致辞), then the association's record as
// inline "一是…。二是…。三是…。四是…。五是…。" after full stops, and the new chairman's pledge reported ("…会长表示,…"), cut
// after an opening quote ("“稳定") — a news report, not a speech; a column article of Taiwan's dairy association on the
// livestock institute's knowledge base (agrkb.angrin.tlri.gov.tw, XOOPS icontent "index.php?page=<id>"): "[回上頁 |
// 顯示此文件為可列印格式]", "此文件提供者: agrkb - [評分 : 0.00 (0 票選) | 評分!]", a column label "酪農專欄 |", lone "|"
// table lines, the article title, a "◆" line, the byline "乳協 <name>", then a table flattened into lines: "一、 |",
// "二、 |" and "(一) |"…"(三) |" marker cells on lines of their own, hard wraps inside sentences and numbers
// ("召開「94" / "年乳牛…", "51" / "人出席"), "3∼5" with a wave dash, cut mid-name ("東海大學鄭") — a written report of the
// association's activities, not a speech; a poultry firm's copy of a trade association's report (benyto.com,
// "/layer/html/layer_rd/layer_hydt/<yyyy>/<mmdd>/<id>.html"): "文章详情", the crumb "您当前的位置:首页 > > 行业动态 >"
// printed twice with an empty crumb, the headline, "原发表日期:2008-03-27来源: 禽业分会" and the same date and source again
// on lines of their own, the site's blanking of the national association's name (" 禽业分会主办", "农业部副部长、 会长张宝文"),
// numbered subheads "一 会议内容丰多彩" (no 、, and the site's dropped 富) and "1.领导讲话指引方向" with indented paragraphs
// telling the speeches in the third person, cut mid-word ("又快又稳地发") — a news report, not a speech; a Discuz
// printable view on a livestock forum (ffers.com.cn, "forum.php?action=printable&mod=viewthread&tid=<id>") in converter
// traditional script with pinyin: the board name "畜牧人", "標(biāo)題: … [打印本頁]", "作者: guanyu333    時(shí)間: …", the
// title again, then a report of a light-industry federation vice-president's 讲话 at the opening of a dairy plant, her
// words given as "她說,我還要向…致以崇高的敬意。" and "  她說,…" — a news report, not a speech; cut inside a pinyin
// annotation ("加工區(q")).
// Judgement calls: 01 is a speech: it opens with the salutation and speaks to the summit in the first person ("今天,我們…
// 召開…", "我首先預祝…"); the page shows no title line, so the title is "" (as round 134 case 14 and round 146 case 04); every
// whole "(pinyin)" is cut by regexCut and listed; the three mis-encoded runs and the fragment "(qiá" cut by the capture stay
// in the body (as round 1 cases 09/10 and the shared corpus's "pinyin fragments cut off by the end of the capture");
// "(D20)" is part of the summit's name, not an annotation, and stays (the annotation before it is
// listed again with its neighbours, "強(qiáng)(D20)", as the shared corpus lists glued characters with theirs: the string stays
// specific, and the gold checker, which matches greedily, can skip an annotation that runs into an ASCII bracket); the salutation glued to the body and the space-separated
// paragraphs stay one line, one paragraph (no break is invented, as round 4 case 12 and round 146 case 04), the second
// line a second paragraph; "我首先預祝" is no marker (首先 after 我, inside a sentence), so no outline. 02 is a speech page:
// the text speaks in the first person to an audience and closes with "谢谢大家。" (a page 2 of a paginated speech, as the
// shared corpus's case 25, here without the title); the title is "" (no title line in the capture; the speaker and the
// forum are not named on this page); the " |" glued after "谢谢大家。" is a table cell's border and is cut, "|" listed as
// noise (as round 134 case 04's "|" lines); the run-on paragraph stays one paragraph; no numbered points. 03 is a report,
// not a speech: the congress and the speeches are told in the third person, and its inline 一是…五是 after full stops
// summarise the association's work — no outline (as round 4 case 15 and shared case 18's 一是/二是 summaries). 04 is a
// written column with 一、/(一) headings, no address to an audience and no spoken genre — not a speech (as shared case 42).
// 05 and 06 tell speeches in the third person ("张宝文副部长对…作了回顾", "她說,…") — reports, not speeches (as round
// 5 case 15 and round 134 case 05). Names of private people (the Henan association's officers in 03; the Taiwanese
// association staff, its chairman and the experts named in 04) were replaced by fictional ones; officials, the CP
// Group and Yili chairmen and the ministry and federation leaders named in 01, 02, 03, 05 and 06 are public figures and
// keep theirs; the forum handle "guanyu333" in 06 is site noise and kept as printed; the prose was rewritten (01, 04 and
// 06 written directly in traditional characters; in 01 and 06 the pinyin was put after the same characters as on the
// pages, and words carrying the mis-encoded runs were kept so that the runs stay as printed).
// Looked for and not found on a new host (19 queries, then the search tool's budget for the session ran out, so the part
// holds two speeches, not four): a 奶业大会/奶业协会 讲话 or 致辞 with numbered points (the 中奶协 "報告全文" page with 第一,
// headings and the 高鸿宾 讲话 at a young entrepreneurs' forum stand in the store without an address; jizihe.com's 农垦乳业
// 讲话 is used and m.handmsg.com prints the same page on the same "/page/<yyyy>/<mmdd>/<id>.shtml" path, used too;
// ppdoc.com's 高鸿宾 abstract is used); a 乳业 企业 年会 致辞 or 牧场 开业 致辞 on a 范文 site (only novels answered: m.paowxw.com
// and kanshula.net are used, m.shoudashu.com's 仙园乳业 投产 chapter is on the used shoudashu.com); a 乳业 论坛 致辞 printed in
// full under a press lead (xx.sdnews.com.cn's 吴秋林 致辞: sdnews.com.cn is a used base domain, binzhou.sdnews.com.cn); a
// 细毛羊 产业发展大会 致辞 (jey722.cn: used, and the 新文秘网 "省略N字,正式会员可完整阅读" template of the used wm114.cn);
// a 牧原 生猪 推进会 致辞 (no address in the store); a 农产品博览会 欢迎辞 (m.bsmz.net, used).
// Template twins considered: fscydz168.com and m.zhongguoyandao.com print the same 中国奶业协会 report on the same
// "news_view.aspx?Fid=t2%3A4%3A2&Id=500" path (twins of each other; neither taken); www.xumurc.com and www.fgljy.com share a
// "/main/ShowNews_<id>.html" path (not taken); jizihe.com / m.handmsg.com as above. The taken pages' furniture ("[导读]" on
// rounds 81 and 146, "[打印本頁]" on round 68, Discuz printable views on rounds 38, 104, 115, 121) was compared: the "[导读]"
// pages are other CMSs (大家车网, 时评界) with other crumbs and meta lines, and the printable views belong to other forums; no
// used page carries "黑龙江奶业信息网", "原发表日期", "文章详情", "顯示此文件為可列印格式", "此文件提供者" or "畜牧人", so all six
// were kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '01-jianghua-szbzy-big5-pinyin-d20-fenghui-salutation-first-mojibake-runs-cut-midpinyin': {
    source: 'http://www.szbzy.top/info/detail/58-4473.html',
    kind: 'speech: 讲话 (an official, unnamed in the capture, opening the 中国奶业20强(D20)峰会暨奶业振兴大会; traditional-script converter mirror)',
    tests: 'no title and no site furniture; the salutation "各位企業(yè)家,各位嘉賓,新聞界的朋友們,同志們:" glued by a space to the body; the opening paragraphs on one line separated by single spaces (one paragraph); converter pinyin after 業/國/強/會/紀/發/動/擔/當/夢/場/訓/勵/進/習/關/時/質/級/領/導/側/結/構/譽/實/現/對; "(D20)" inside the summit\'s name (no annotation); three mis-encoded runs where "在…" broke ("們?cè)诤颖笔仪f", "們?cè)谶@里", "們?cè)俅螐倪@里", kept); the page\'s garble "不忘提交記歷史" (kept); a courtesy "我首先預祝…" inside a sentence (no marker); cut inside an annotation ("李克強(qiá", the fragment kept)',
    isSpeech: true,
    title: '',
    noise: ['強(qiáng)(D20)'],
    regexCut: [PINYIN],
    outline: [],
  },
  '02-jianghua-apceo-zhengda-nongmu-page2-no-title-xiexie-pipe': {
    source: 'http://ics.apceo.com/Html/News/171934428_2.html',
    kind: 'speech: 讲话 (a 正大集团 executive on its 农牧 projects, page 2 of a paginated speech; CEO portal)',
    tests: 'page 2 of a speech: no title, no salutation, the text opening mid-sentence with a figure ("80万只的肉鸡养殖集群,…"); one long run-on paragraph in the first person naming the group\'s chairman\'s "三高一低(…)" and "一村三化"; the closing "谢谢大家。" with a table cell\'s " |" glued after it (noise); no numbered points; 286 characters, all the store gave',
    isSpeech: true,
    title: '',
    noise: ['|'],
    replace: [['谢谢大家。 |', '谢谢大家。']],
    outline: [],
  },
  '03-news-dahlj-henan-naiye-xiehui-huanjie-crumb-daodu-inline-yishi-wushi-not-speech': {
    source: 'http://www.dahlj.com/News/QIndustryNewsInfo/39263',
    kind: 'non-speech: news report (a provincial 奶业协会 members\' congress and election; a dairy information portal)',
    tests: 'a crumb "当前位置:黑龙江奶业信息网 >> 行业动态"; the headline; a "[导读] " line repeating the headline; the congress told in the third person (选举产生…, 审议通过…, officials "到会并致辞"); the association\'s record as inline "一是…。二是…。三是…。四是…。五是…。" after full stops; the new chairman\'s words reported ("…会长表示,…"); cut after an opening quote ("“稳定") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-article-tlri-big5-ruxie-chanye-fuwu-table-pipes-yi-paren-headings-not-speech': {
    source: 'https://agrkb.angrin.tlri.gov.tw/modules/icontent/index.php?page=2062',
    kind: 'non-speech: article (a Taiwanese dairy association\'s column on its services; a livestock institute\'s knowledge base)',
    tests: 'genuine traditional script; "[回上頁 | 顯示此文件為可列印格式]" and "此文件提供者: agrkb - [評分 : 0.00 (0 票選) | 評分!]" chrome; a column label "酪農專欄 |" and lone "|" table lines; the title; a "◆" line; a byline "乳協 <name>"; marker cells "一、 |", "二、 |" and "(一) |"…"(三) |" on lines of their own; hard wraps inside sentences and numbers ("召開「94" / "年…", "51" / "人出席"); "3∼5" with a wave dash; cut mid-name ("東海大學鄭") — a written report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-benyto-huangyu-rouji-dahui-double-crumb-meta-blanked-name-yi-1-headings-not-speech': {
    source: 'http://benyto.com/layer/html/layer_rd/layer_hydt/2017/1010/162.html',
    kind: 'non-speech: news report (the first national 黄羽肉鸡 industry congress; a poultry firm\'s copy of an association report)',
    tests: '"文章详情"; the crumb "您当前的位置:首页 > > 行业动态 >" twice, with an empty crumb; the headline; "原发表日期:2008-03-27来源: 禽业分会" and the date and source again on lines of their own; the association\'s name blanked by the site (" 禽业分会主办", "农业部副部长、 会长张宝文"); subheads "一 会议内容丰多彩" (no 、, a dropped 富) and "1.领导讲话指引方向" over indented paragraphs telling the speeches in the third person; cut mid-word ("又快又稳地发") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-ffers-discuz-printable-big5-pinyin-yili-kaigong-qingdian-jianghua-reported-not-speech': {
    source: 'http://ffers.com.cn/forum.php?action=printable&mod=viewthread&tid=181757',
    kind: 'non-speech: news report (a federation vice-president\'s 讲话 at a dairy plant\'s opening, reported; Discuz printable view in converter traditional script)',
    tests: 'the board name "畜牧人"; "標(biāo)題: … [打印本頁]"; "作者: guanyu333    時(shí)間: 2008-6-29 21:59"; the title again; converter pinyin after 標/業/區/產/項/時/會/長/團/報/國/聯/災/現/責/發/動/設/藝/質/進/實/領/運; the 讲话 reported ("出席…並講話", "她說,我還要向…致以崇高的敬意。", an indented "  她說,…" paragraph) — a report, not a speech, though its quoted sentences speak in the first person; cut inside an annotation ("加工區(q")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
