// Gold specs for holdout round 94, part C (cases 13–18): property and real estate (物业 公司 年会/表彰, 业主大会, 楼盘
// 开盘/交房 仪式, 房地产 工作会议 — speeches and their look-alikes).
// Two spoken pieces (a prize-winner's 发言 at the national "广厦奖" award ceremony for housing projects, on a traditional-script
// mirror of 中房网 (i28761.cn, "/prefecture/112/<date>/<id>.html"): a "2016-11-23 14:01:04來(lái)源:中房網(wǎng)" meta line, a press
// lead "??中房網(wǎng)訊 11月23日,…以下為文字實(shí)錄:" with ASCII quotes ("廣廈獎(jiǎng)"), the speaker's byline (position, a space,
// the name), then the transcript opening "??蘇晴:…"; pinyin annotations after most characters that differ between the
// scripts, a mis-encoded run (因?yàn)槟銈兊…) kept from the page, "??" where the page's ideographic-space indents were
// mis-encoded, an inline "首先要…" (no comma) after a full stop and a block "??其次," paragraph; cut mid-sentence ("為房地產");
// a property developer's chairman's 新春致辞 on the group's own site (mingyuangroup.com): a breadcrumb "当前位置:首页 >>
// 集团动态", the headline "集团董事长周景澄新春致辞", a short label "新春致辞" with trailing spaces, no salutation, a paragraph
// indented with ASCII spaces ("    08年,…"), cut mid-sentence ("成为")) and four written look-alikes (a company news report of
// a 交钥匙入伙 (hand-over) ceremony on a traditional-script mirror with pinyin annotations (m.norindar.com.cn): it opens with
// the quoted words "“我宣布,…入伙儀式現(xiàn)在開始”", names the officials, and tells who 讲话/指出 what in the third person — a
// report; a 业主大会召开通知公告 (hzjpw.com): the title twice, the addressee "尊敬的业主:", "现将有关事项通知如下:", 一、…七、
// headings with "1. " items — a written notice; a property group's news report of its annual 总结表彰大会 (gemdale-pm.com): a
// chairman who "发表了鼓舞人心的致辞", summarised in the third person ("他指出,…", "三点要求:一是要…;二要…;三是…") — a
// report; a web-novel chapter "第133章 开标(2/2)" (pc.xnhkxy.cc) in which a property company's manager pitches to 业主 in
// quoted first-person speech ("各位璞玉城小区的业主朋友们,大家好!…谢谢大家!"), followed by the chairwoman's lines and two
// owners' remarks, one opening quote left unclosed — a novel, not a speech).
// Judgement calls: 13 is a speech page (the transcript is the document; the meta line and the press lead are the site's, as in
// round 72's 02); the page shows no headline, so the title is ""; the byline "山東省房地產業協會秘書長 蘇晴" (position and
// name) stays as the speech's header; the speaker label "蘇晴:" stays glued to the first sentence; the "??" before "蘇晴:" and
// before "其次," are mis-encoded indents, cut with their neighbours listed as noise ("??蘇晴:", "??其次,"), while the
// mis-encoded run inside the sentence stays; pinyin annotations go by PINYIN (each hit is noise); the meta line and the lead are
// listed by parts that occur verbatim in the page (the time stamp, "??中房網", "11月23日,第七屆(2015-2016年度)中國", the ASCII-
// quoted '"廣廈獎'). "首先要…" has no comma (not in the rule table) and "其次," continues it from the next paragraph: a run by
// sense, not by the letter → both optional, level 1 (as round 1's 03); 首先's sentence is longer than 50 characters and is cut at
// its first comma; 其次's paragraph has no sentence end before the cut and is longer than 50, so it is cut at its first comma
// ("我想說"). 14: the headline is the title; the label "新春致辞" under it is a shorter repeat of the title and is dropped (not
// listed, as it occurs inside the title); the breadcrumb is noise; no outline. 15–18 are not speeches: 15 and 17 are reports
// (third person; 17's 一是/二要/三是 after a colon summarise the chairman's words), 16 a written notice, 18 a novel chapter. 15
// and 17 show no headline in the capture (title ""). Living people's names that are not public figures (the association's
// secretary-general, the group chairman, the company and party officials, the property executives) were replaced by fictional
// ones; the prose was rewritten.
// Looked for and not found on a new host: a 物业 公司 年会 or 表彰大会 讲话 with numbered points (helloknj.com is ruiwen-family
// and used; ic23.cn's 全县物业管理工作现场会议 讲话 with 一、/第一、, yamab2b.com's traditional 物業管理工作會議講話, m.refanwen.com's
// 物业管理工作会议 讲话 and xiexiebang.com's 业主委员会成立大会 讲话 with 1、/2、 all stand on used hosts); an 业主大会 or 业委会
// 主持词 (qdfww.com, used; mlvmservice.com, used); a 楼盘 开盘 or 交房 仪式 致辞 (the corpus answers with novel chapters and
// news reports; none as a 致辞 page); a 房地产 工作会议 讲话 by a 住建/房管 official (the corpus holds only novels and policy
// pages); dawenge.com's 业委会主任 讲话, sc.isd.gov.hk's 物业管理公司协会 晚宴 致辞, xywygl.cn's 物业管理协会 新年致辞 and
// mingyanjiaju.org's traditional 业委会 新年致詞 are on used hosts. So only 13 carries (optional) points, and only two of the six
// pages are speeches.
// Template twins set aside: liwenjuan1.cn (another traditional mirror of 中房网 "/prefecture/41/…" with the same "??中房網訊"
// lead and byline, a 会长's 发言) and fangchan.com (中房网 itself: a 获奖感言 with the same lead/byline template) — 13 takes the
// template once; mingyuanxiaoanqiao.com (明园集团's second site, a chairman's 新年寄语: one organisation's CMS, with 14);
// shangujixie.com and lf37234.com (the ruiwen family's traditional mirrors: "- 相關推薦" over the title, 小編 promo,
// "…制度1" headings).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unPinyin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const ZF_META = '2016-11-23 14:01:04來(lái)源:中房網(wǎng)';
const ZF_LEAD = '??中房網(wǎng)訊 11月23日,第七屆(2015-2016年度)中國(guó)房地產(chǎn)"廣廈獎(jiǎng)"表彰大會(huì)在北京隆重舉行。來(lái)自全國(guó)26個(gè)省(市、自治區(qū))的91個(gè)優(yōu)秀房地產(chǎn)項(xiàng)目贏得"廣廈獎(jiǎng)"殊榮。山東省房地產(chǎn)業(yè)協(xié)會(huì)秘書(shū)長(zhǎng)蘇晴作為優(yōu)秀機(jī)構(gòu)代表發(fā)言,以下為文字實(shí)錄:';

const MY_CRUMB = '当前位置:首页 >> 集团动态';
const MY_TITLE = '集团董事长周景澄新春致辞';

export const specs = {
  '13-fayan-i28761-guangshajiang-big5-pinyin-lead-byline-shouxian-qici': {
    source: 'http://www.i28761.cn/prefecture/112/2016-11-23/6207070230632796373.html',
    kind: 'speech: 发言 (a provincial real-estate association\'s secretary-general accepting a "广厦奖" award; traditional-script mirror of 中房网)',
    tests: 'no headline in the capture; a meta line "2016-11-23 14:01:04來(lái)源:中房網(wǎng)" with pinyin annotations; a press lead "??中房網(wǎng)訊 11月23日,…以下為文字實(shí)錄:" with ASCII quotes ("廣廈獎(jiǎng)"); the byline "山東省房地產(chǎn)業(yè)協(xié)會(huì)秘書(shū)長(zhǎng) 蘇晴" (position, space, name) kept; "??" left where ideographic-space indents were mis-encoded, before the speaker label "蘇晴:" and before "其次,"; pinyin annotations after most characters; a mis-encoded run (因?yàn)槟銈兊…) inside a sentence kept; an inline "首先要…" (no comma) after a full stop and a block "其次," paragraph (optional, level 1); cut mid-sentence ("為房地產")',
    isSpeech: true,
    title: '',
    noise: ['2016-11-23 14:01:04', '??中房網', '11月23日,第七屆(2015-2016年度)中國', '"廣廈獎', '??蘇晴:', '??其次,'],
    replace: [['??蘇晴:', '蘇晴:'], ['??其次,', '其次,']],
    regexCut: [PINYIN],
    dropLines: [unPinyin(ZF_META), unPinyin(ZF_LEAD)],
    outline: [
      { level: 1, marker: '首先', text: '要衷心感謝中國房地產業協會、住宅產業化促進中心的各位領導把這份榮譽交給我們', optional: true },
      { level: 1, marker: '其次,', text: '我想說', optional: true },
    ],
  },
  '14-zhici-mingyuangroup-xinchun-crumb-label-no-salutation': {
    source: 'http://www.mingyuangroup.com/wap/news-1.aspx?Id=1077',
    kind: 'speech: 致辞 (a property developer\'s chairman\'s 新春致辞; the group\'s own site, mobile page)',
    tests: 'a breadcrumb "当前位置:首页 >> 集团动态"; the headline "集团董事长周景澄新春致辞" as the title; a short label "新春致辞" (with trailing spaces) under it, a shorter repeat of the title; no salutation; first-person plural prose on the year\'s projects, charity and an art centre; a paragraph indented with four ASCII spaces ("    08年,…"); cut mid-sentence ("成为")',
    isSpeech: true,
    title: MY_TITLE,
    noise: [MY_CRUMB],
    dropLines: [MY_CRUMB, MY_TITLE, '新春致辞'],
    outline: [],
  },
  '15-news-norindar-jiaofang-ruhuo-yishi-big5-pinyin-quote-open-not-speech': {
    source: 'http://m.norindar.com.cn/html/2011/qiyeyaowen_1028/5574.html',
    kind: 'non-speech: news report (a company\'s report of a 交钥匙入伙 hand-over ceremony for a resettlement housing estate; traditional-script mirror)',
    tests: 'no headline in the capture; opens with a quoted announcement "“我宣布,華庭名居交鑰匙入伙儀式現(xiàn)在開始”" glued to the narration; pinyin annotations after many characters; the officials named with their posts, the host, "分別發言", the gold keys handed over; "公司黨委書記韋正明在講話中指出:…" — the secretary\'s words reported in the third person: a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-tongzhi-hzjpw-yezhu-dahui-gonggao-title-twice-yi-arabic-not-speech': {
    source: 'https://hzjpw.com/design/700345.html',
    kind: 'non-speech: 通知/公告 (a residential estate\'s notice convening the owners\' general meeting)',
    tests: 'the title "业主大会召开通知公告" twice; an addressee line "尊敬的业主:" (looks like a salutation); "现将有关事项通知如下:"; standalone headings 一、…七、 with "1. " items (a space after the full stop) and an agenda list after "拟讨论以下事项:"; rules after "请参会业主遵守以下规定:" — a written notice, not a speech; cut mid-sentence ("需进一步了解的事")',
    isSpeech: false,
    title: '业主大会召开通知公告',
    noise: [],
    outline: [],
  },
  '17-news-gemdale-pm-biaozhang-dahui-zhici-yishi-after-colon-not-speech': {
    source: 'https://www.gemdale-pm.com/news/inner/529',
    kind: 'non-speech: news report (a property-management group\'s report of its annual 总结表彰大会 and spring gala)',
    tests: 'no headline in the capture; a parallel-couplet opening; the venue and a long list of attending companies; "董事长在表彰大会上发表了鼓舞人心的致辞。致辞中,覃董…他指出,…" — the chairman\'s 致辞 summarised in the third person, ending "提出了三点要求:一是要…;二要…;三是…" after a colon and semicolons (a 是/要 family that switches mid-run): a report, not a speech; cut mid-word ("效益共")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-xnhkxy-kaibiao-wuye-luyan-yezhu-daibiao-not-speech': {
    source: 'https://pc.xnhkxy.cc/read/1115757/566273163_2.html',
    kind: 'non-speech: novel (a web-novel chapter in which property companies bid before an owners\' meeting)',
    tests: 'a chapter heading "第133章 开标(2/2)"; a quoted first-person pitch by a property manager to the owners ("各位璞玉城小区的业主朋友们,大家好!…谢谢大家!"), then the host\'s lines (one opening quote left unclosed), narration ("张嘉佳上台安排道。", "轮到郝步平上台谈体会。"), two owners\' quoted remarks, a "……" scene break and the count of votes — a novel, not a speech; cut mid-sentence ("我")',
    isSpeech: false,
    title: '第133章 开标(2/2)',
    noise: [],
    outline: [],
  },
};
