// Gold specs for holdout round 30, part a (cases 01–06): civil affairs, elderly care, disability and charity work, and
// community/物业 governance. Four spoken pieces (a leader's speech at a community 网格化管理 mobilisation meeting on a
// 范文 page that shows a document flattened into one line, under a "📣@所有人,加入我们📣"/"×" pop-up, the title line and
// a bare "|" table line, the title printed again at the head of the flattened text, PDF wrap spaces inside words, an
// inline 一、 heading followed by its body after a space, and an inline "1." point, both after a full stop and with no
// second number in the capture; a city leader's speech after a show by disabled children, on a traditional-script mirror
// of 千文网 with converter pinyin after a fixed set of characters, whose only title is in the "千文網小編為你整理了多篇相關的
// 《…》" promo — and that title names a different genre (a school 助残日 升旗主持稿) than the text (a leader's 讲话); a
// 重阳节 活动主持词 on a 文库 page, under a "…由刀豆文库小编整理,…猜你可能喜欢“…”" promo, with the host's agenda as block
// headings "1、主持人上场" / "2、开场白" / "3、主持人介绍…", a salutation glued to "大家早上好!", quoted couplets and a
// "重阳节简介:" label; a county leader's speech at a 物业管理 on-site meeting on a page with no site noise at all, "同志们:",
// an authored doubled word "基础基础性", a "一、…" heading line and a block "第一、" point) and two written look-alikes (a
// 社区物业管理 建议 paper on a 范文 site with breadcrumb, the site title "2023年度…" twice, a date/source line, an abstract
// glued to a 小编 promo, the document's own title lines and 一、/1. headings — a written analysis; a community news post
// on a volunteers' commendation meeting that reports a host's 开场致辞 and the volunteers' 代表发言 in the third person).
// Judgement calls:
// - 01: the pop-up lines, "×" and "|" are noise; the title line is dropped, not listed, and its repeat at the head of the
//   flattened line is cut by `replace` and not listed either (round 25's 03). "同志们:" stays glued to the flattened
//   speech. The inline 一、 after "…三点意见。" has no 二、 in the capture, so it is optional (rounds 10/11/21/25); its
//   text is the heading alone, up to the space that stands for the lost line break (taken literally, the first sentence
//   would run on into "社区、楼院是居民安身的家园"). The inline "1." after a full stop with no "2." in the capture is
//   optional too, level 2 under 一、.
// - 02: the promo line is noise, with its "千文網(wǎng)小編為你整理了" core; no title line is captured, so the title is ""
//   (round 17's 15). The promo calls the piece a 升旗主持稿, but the text is a leader's address ("我代表市委市政府…"):
//   a speech either way. Pinyin is cut by regexCut; the mirror's leftovers (么, 干部, 志愿, 想象) stay.
// - 03: the promo line names the piece at its head ("重阳节活动主持词由…"); it is noise as a whole and the title is ""
//   (no title line in the capture; round 17's 15). The agenda items "1、"/"2、"/"3、" are block headings of the script
//   and required, level 1; "重阳节简介:" and the stage note under "1、" are body paragraphs.
// - 04: no site noise and no title. "第一、" (ordinal with 、, not in the rule table) is optional, level 2 under 一、;
//   "基础基础性" is the document's own slip and stays.
// - 05: a written 建议 paper: not a speech; the title is the document's own first line "社区物业管理与建议" (the site's
//   "2023年度" prefix off). 06: a news post reporting speeches in the third person: not a speech; no title captured.
// Names of people, places and firms were replaced by fictional ones (嘉禾; 青岩, 松河; 禾康生物科技有限公司; 安和/嘉园
// 物业, 林局长; 清溪街道, 枫林社区, 悦心舞蹈协会, 林小禾…) and all prose rewritten in new words; every noise string is the
// page's own text. The traditional page (02) was drafted in simplified characters, converted with OpenCC (cn→tw), the
// mirror's leftovers put back (么, 干部, 志愿, 想象) and its pinyin put after every occurrence of the characters it annotates
// (網 現 經 發 創 業 內 執 統 戰).
// Looked for and not found on a new host: a traditional-script 民政/社区 speech that is not a mirror of an already used
// family (zgwdxh.com and bjhyfc.net carry the 導語/前言 文秘 template of wugjj/0312yh/1mishu; zgxlcd.com the ruiwen-style
// promo of cooco/fck3179; hafencaoymj.com was set aside in round 25; meidekan.com has the zdfb template of
// kaoyanmiji/mlvmservice), a volunteer's own 发言稿 with site noise (those found are on used hosts: haohaofanwen, kt250,
// 5728338, bubsandbeans, 360docs), a 残联/慈善 speech with a numbered outline (wnwk, docduoduo, 78911, tmdps are used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const GZ_POPUP = '📣@所有人,加入我们📣';
const GZ_TITLE = '在社区网格化管理工作动员会上的讲话';

const QW_PROMO =
  '千文網(wǎng)小編為你整理了多篇相關的《小學“全國助殘日”升旗主持稿》,但愿對你工作學習有幫助,' +
  '當然你在千文網(wǎng)還可以找到更多《小學“全國助殘日”升旗主持稿》。';

const DD_PROMO = '重阳节活动主持词由刀豆文库小编整理,希望给你工作、学习、生活带来方便,猜你可能喜欢“关于重阳节活动主持词”。';

export const specs = {
  '01-jianghua-gaozipu-shequ-wanggehua-dongyuan': {
    source: 'http://www.gaozipu.com/jianghuafanwen/55013.html',
    kind: 'speech: 讲话 (a leader at a mobilisation meeting for community 网格化管理; 范文 page showing a flattened document)',
    tests: 'a site pop-up "📣@所有人,加入我们📣" with its close mark "×" on its own line; the title line; a bare "|   " table line; then the whole speech on one line: the title printed again, a space, "同志们:" and the body with PDF wrap spaces left inside words and before a comma ("迅速行 动起来", "的同时 ,"); "下面,我讲三点意见。 一、要切实把…放到突出位置 社区、楼院是…" — an inline 一、 heading after a full stop, its body after a space, no 二、 in the capture; an inline "1.推进…的需要。" after a full stop, no "2." in the capture; cut mid-sentence ("就来源")',
    isSpeech: true,
    title: GZ_TITLE,
    noise: [GZ_POPUP, '×', '|'],
    replace: [[GZ_TITLE + ' 同志们:', '同志们:']],
    dropLines: [GZ_POPUP, '×', GZ_TITLE, '|'],
    outline: [
      { level: 1, marker: '一、', text: '要切实把社区网格化管理工作放到突出位置', optional: true },
      { level: 2, marker: '1.', text: '推进社区网格化管理是进一步转变政府职能的需要', optional: true },
    ],
  },
  '02-jianghua-emploneer-big5-zhucanri-promo-title-mismatch': {
    source: 'http://emploneer.com/gdwk/1h/1113563.html',
    kind: 'speech: 讲话 (a city leader after a show by disabled children on 全国助残日; traditional-script mirror of 千文网)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (網(wǎng), 現(xiàn), 經(jīng), 發(fā), 創(chuàng), 業(yè), 內(nèi), 執(zhí), 統(tǒng), 戰(zhàn)), in the promo too; the first line is the promo "千文網(wǎng)小編為你整理了多篇相關的《…》,但愿…還可以找到更多《…》。" naming the piece twice, and there is no title line; the promo calls it a school 升旗主持稿 while the text is a leader\'s address to "同志們、同學們:" ("我代表市委市政府再一次向全社會發(fā)出倡議:"); exclamations, "多么…!多么…!", simplified leftovers (么, 干部, 志愿, 想象); ends "謝謝你們!"; no outline',
    isSpeech: true,
    title: '',
    noise: [QW_PROMO, '千文網(wǎng)小編為你整理了'],
    regexCut: [PINYIN],
    dropLines: [unpin(QW_PROMO)],
    outline: [],
  },
  '03-zhuchici-daodoc-chongyang-promo-agenda': {
    source: 'https://daodoc.com/jianghuagao/zhuchici/4968292.html',
    kind: 'speech: 主持词 (a company host\'s script for a 重阳节 event for elderly people; 文库 page)',
    tests: 'a promo line that opens with the piece\'s name ("重阳节活动主持词由刀豆文库小编整理,…猜你可能喜欢“关于重阳节活动主持词”。") and no title line; the host\'s agenda as block headings "1、主持人上场" / "2、开场白" / "3、主持人介绍重阳节的由来与传说" with a stage note under the first; the salutation glued to "大家早上好!"; quoted couplets in “”; a dash "——“九九”重阳节"; the company\'s greeting "在此,请允许我代表…"; a label line "重阳节简介:"; a year (1989年); cut at the end of a sentence without its full stop',
    isSpeech: true,
    title: '',
    noise: [DD_PROMO, '由刀豆文库小编整理'],
    dropLines: [DD_PROMO],
    outline: [
      { level: 1, marker: '1、', text: '主持人上场' },
      { level: 1, marker: '2、', text: '开场白' },
      { level: 1, marker: '3、', text: '主持人介绍重阳节的由来与传说' },
    ],
  },
  '04-jianghua-ic23-wuye-xianchanghui': {
    source: 'https://ic23.cn/guoxuecy/fanwen/yanjianggao/33275.html',
    kind: 'speech: 讲话 (a county leader at the county on-site meeting on 物业管理; 范文 page without site noise)',
    tests: 'no title and no site noise: the page opens with "同志们:"; a long opening with the meeting\'s purpose, an on-site visit to named firms with a "**分公司" blank, the report just heard and "下面,我讲四个方面的意见:" ending in a colon; the authored doubled word "基础基础性"; a heading line "一、统一思想,充分认识…的重要性"; a block "第一、…。" point (ordinal with 、) under it; quoted “大事”; cut mid-sentence ("对政府")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '统一思想,充分认识做好物业管理工作的重要性' },
      { level: 2, marker: '第一、', text: '加强物业管理是履行政府职能的具体体现', optional: true },
    ],
  },
  '05-jianyi-kmjg-shequ-wuye-not-speech': {
    source: 'https://www.kmjg.cn/fanwendaquan/gongwenfanwen/46925.html',
    kind: 'non-speech: 建议 paper (thoughts and suggestions on community 物业管理; 范文 site)',
    tests: 'a 范文 page: the site title "2023年度社区物业管理与建议" twice, a breadcrumb "位置: 首页 >范文大全 > 公文范文 > 文章内容", a date/"来源:网友投稿" line, an abstract that runs the document\'s first lines together and into "下面是小编为大家整理的…,供大家参考。"; then the document\'s own title lines "社区物业管理与建议" (twice) and "社区物业管理的思考与建议", indented "一、存在问题" and "1."/"2." headings, talk of 业主, 居民 and 政府 — a written analysis with no audience, not a speech; cut after a paragraph',
    isSpeech: false,
    title: '社区物业管理与建议',
  },
  '06-news-jianpian-zhiyuanzhe-biaozhang-not-speech': {
    source: 'https://jianpian.cn/a/ua89wup',
    kind: 'non-speech: news post (a dance association\'s report of a community volunteers\' commendation meeting)',
    tests: 'a community news post with no title in the capture: the date and the meeting ("…进行表彰大会"), "在会议主持人开场致辞后,先由…郑委员对志愿者…表示感谢", "在志愿者代表发言环节,…进行了发言,她们表示…" — the host\'s words and the volunteers\' speeches are reported in the third person; a quoted couplet, a dance title in 《》, first-person "我协会" of the writer; cut mid-sentence ("主持人")',
    isSpeech: false,
    title: '',
  },
};
