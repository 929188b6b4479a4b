// Gold specs for holdout round 31, part c (cases 13–18): project and company ceremonies. Four spoken pieces (a city
// leader's 讲话 at the 开工奠基 of a 110kv substation, first piece of a "…13篇" collection on a traditional-script mirror,
// with the page title, a 小編 promo, the piece heading "…講話稿 篇1" on its own line, xx/xxx placeholders and an anti-copy
// apostrophe glued into "區域的'產業", cut mid-sentence; a villager's 致辞 at a road's 竣工 celebration on a 范文 site, its
// piece heading "竣工典礼简单致辞1" glued to the salutation and a "……此处隐藏1026个字……" marker glued after a space
// mid-line; a city leader's 致辞 at a 签约仪式 with no title and no salutation line above it but blank lines, and a
// "(......此处隐藏了394字,下载文档可见全文......)" marker glued mid-sentence; a 主持词 for a county's 集中开工仪式 with the
// agenda lines "第一项,…"…"第四项,…" and lone "……" lines, closed by a "因篇幅问题不能全部显示…" tail) and two written
// look-alikes (a 写作技巧 page titled "奠基仪式领导讲话稿" that explains the ceremony in 1、…9、 points with (1)…(4)
// steps, its last point phrased like a closing address; a company site's traditional-script news report, with converter
// pinyin, of a 三季度生产誓师大会 that reports the general manager's speech in the third person).
// Looked for and not found on a new host in the time: a ceremony speech (开工/奠基/竣工/揭牌/投产) with 一、 or 第一,/一是
// points in the capture (cqtzb.org.cn, 360docs.net and xiaomilidoc.com had them, all used), a 推进会 讲话 with 一、/（一）
// outside used hosts (sanweiyuan, gaozihui, fanwenq, huaboedu — all used), a company 誓师大会 speech (the pages corpus
// answers with novel chapters), a 揭牌仪式 致辞 on a 范文 site (only news reports came back). diyifanwen.cc (第一范文网) was
// claimed and then dropped as a mirror of the used diyifanwen.com.
// Written from page.txt alone, before any engine ran on it. Names of officials, places and a company brand were replaced
// by fictional ones; the prose was rewritten in new words, the site noise kept as found.
// `source` is the page the text was captured from. build.mjs applies: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.
// Judgement calls:
// - 13: the page title "開工奠基儀式講話稿13篇" is noise (a collection count), the title is the piece's name without it;
//   the apostrophe is cut by `replace`, the noise entry carries its neighbours as round 1 did ("區域的'產業").
// - 14: the first line is the document's own title (dropped, not listed); the glued piece heading "…1" is noise; the text
//   after the hidden marker belongs to a later part of the page, so the marker becomes a line break (as round 14's 15).
// - 15: no title in the capture (""); the hidden marker becomes a line break, as in 14.
// - 16: a 主持词 is a speech; its agenda lines open with "第一项,"…"第四项," (ordinal + noun at the start of a line), optional
//   as in round 14's 01 and round 16's 10; a line with no sentence end gives its whole text, the trailing ";" (and in
//   第三项 the " ……" after it) included; the lone "……" lines are the template's own and stay.
// - 17: a how-to list under a 讲话稿 title is written, although its last point reads like a closing address.
// - 18: a news report of a 誓师大会 is news, although it paraphrases the speech's demands.

const DP_PAGE_TITLE = '開工奠基儀式講話稿13篇';
const DP_TITLE = '開工奠基儀式講話稿';
const DP_PROMO =
  '在我們平凡的日常里,越來越多地方需要用到講話稿,講話稿是為發言者表達自己想要講的話而事先準備好的文稿。' +
  '相信寫講話稿是一個讓許多人都頭痛的問題,下面是小編收集整理的開工奠基儀式講話稿,僅供參考,大家一起來看看吧。';
const DP_PIECE = '開工奠基儀式講話稿 篇1';

const WS_TITLE = '竣工典礼简单致辞';
const WS_PROMO =
  '无论是身处学校还是步入社会,大家都不可避免地要接触到致辞吧,致辞受场合、事件的限制比较大,一般不宜太长。' +
  '那么什么样的致辞才是好的致辞呢?以下是小编精心整理的竣工典礼简单致辞,仅供参考,大家一起来看看吧。';
const WS_PIECE = '竣工典礼简单致辞1';
const WS_HIDDEN = '……此处隐藏1026个字……';

const SG_HIDDEN = '(......此处隐藏了394字,下载文档可见全文......)';

const XZ_TAIL = '因篇幅问题不能全部显示,请点此查看更多更全内容';

export const specs = {
  '13-jianghua-drpawanjain-big5-kaigong-diji-collection-pian1': {
    source: 'http://drpawanjain.com/gongwen/xinwengao/1050498.html',
    kind: 'speech: 讲话稿 (a city leader at the 开工奠基 of a 110kv substation; traditional-script mirror of a collection page)',
    tests: 'a traditional-script collection page: the page title "開工奠基儀式講話稿13篇" (count glued, no brackets), a 小編 promo on writing 講話稿, the piece heading "開工奠基儀式講話稿 篇1" (a space before 篇1) on its own line, the salutation "各位領導、各位來賓、朋友們、同志們:"; the converter\'s 里/后 for 裏/後 ("這里", "投運后", "后勁"); "xx110kv"/"xxx市" placeholders; a quoted slogan "一核五區"; an anti-copy apostrophe glued into "區域的\'產業"; four-character rhythm "產業興旺,電網先行。"; cut mid-sentence ("…的原則,規範"); no outline',
    isSpeech: true,
    title: DP_TITLE,
    noise: [DP_PAGE_TITLE, DP_PROMO, DP_PIECE, "區域的'產業"],
    replace: [["區域的'產業", '區域的產業']],
    dropLines: [DP_PAGE_TITLE, DP_PROMO, DP_PIECE],
    outline: [],
  },
  '14-zhici-wensafe-jungong-dianli-heading-glued-salutation-yincang': {
    source: 'https://wensafe.com/yanjiangzhici/zhici/50819.html',
    kind: 'speech: 致辞 (a villager working away from home, at the celebration of a village road\'s completion; 范文 collection page)',
    tests: 'the document title "竣工典礼简单致辞" as the first line, a 小编 promo on what makes a good 致辞, then the piece heading "竣工典礼简单致辞1" glued to the salutation "各位领导、同志们、父老乡亲们:" on one line; an odd space inside a place name ("石桥 乡党委"); quoted rhymed sayings ("出门一脚泥,回家一身灰"); the page\'s typos "鼎立支持", "社会各届" kept; a "……此处隐藏1026个字……" marker glued after a space in the middle of the last line ("等待着 ……此处隐藏1026个字……干部群众,"), the text after it from a later part of the page; no outline',
    isSpeech: true,
    title: WS_TITLE,
    noise: [WS_PROMO, WS_PIECE, WS_HIDDEN],
    replace: [
      [WS_PIECE + '各位领导', '各位领导'],
      ['等待着 ' + WS_HIDDEN + '干部群众', '等待着\n干部群众'],
    ],
    dropLines: [WS_TITLE, WS_PROMO],
    outline: [],
  },
  '15-zhici-sougaozi-qianyue-yincang-paywall': {
    source: 'https://sougaozi.com/gaozi/201.html',
    kind: 'speech: 致辞 (a city leader at the 签约仪式 of a logistics project; 稿子 site)',
    tests: 'no title and no site chrome in the capture: two blank lines, then the salutation "尊敬的各位来宾,同志们:" and "大家好!" glued to the first paragraph; "XXXX"/"XX" placeholders; quoted metaphors ("血脉", "助推器"); a list after a colon joined by 、 and ending "等等。"; a "(......此处隐藏了394字,下载文档可见全文......)" marker in ASCII parentheses glued between two clauses of one line ("往来,(……)项目调度会"), the text after it from a later part; "在用地保障方面," / "在资金保障" (no markers); cut mid-phrase ("在资金保障"); no outline',
    isSpeech: true,
    title: '',
    noise: [SG_HIDDEN],
    replace: [['往来,' + SG_HIDDEN + '项目调度会', '往来,\n项目调度会']],
    outline: [],
  },
  '16-zhuchici-xiaozhentang-jizhong-kaigong-diyixiang-pianfu': {
    source: 'https://m.xiaozhentang.com/wenku/bhev/RJkxNaPbAz',
    kind: 'speech: 主持词 (a county leader chairing the second batch of key projects\' 集中开工仪式; 文库 page)',
    tests: 'no title: the capture opens with the salutation "尊敬的各位领导、各位来宾,同志们、朋友们:"; an attendance list after "有:" in semicolon-separated groups; a quoted four-part slogan; "现在,我宣布,…正式开始:" then agenda lines "第一项,鸣炮奏乐;"…"第四项,…宣布开工令;" (ordinal + noun + comma at the start of a line, ending in ";" with no full stop; "第三项" with " ……" after its ";") and lone "……" lines for the speeches the template leaves out; the page\'s "县委、常务副县长" and "县人大会主任" kept; the closing "…到此结束。" and "谢谢大家!"; the 文库 tail "因篇幅问题不能全部显示,请点此查看更多更全内容"',
    isSpeech: true,
    title: '',
    noise: [XZ_TAIL],
    dropLines: [XZ_TAIL],
    outline: [
      { level: 1, marker: '第一项,', text: '鸣炮奏乐;', optional: true },
      { level: 1, marker: '第二项,', text: '请副县长顾晓岚同志介绍栖云县教育综合楼、文化大厦、档案馆项目基本情况;', optional: true },
      { level: 1, marker: '第三项,', text: '请县委、常务副县长任志刚同志讲话; ……', optional: true },
      { level: 1, marker: '第四项,', text: '请县委副书记、县人大会主任秦守业同志宣布开工令;', optional: true },
    ],
  },
  '17-guide-xiaomo-diji-yishi-liucheng-not-speech': {
    source: 'https://xiaomo.com/news/44744.html',
    kind: 'non-speech: explainer (what a 奠基仪式 is and how it runs, under the title "奠基仪式领导讲话稿"; 写作技巧 column)',
    tests: 'a breadcrumb "首页 写作技巧 正文", a title naming a spoken genre ("…领导讲话稿"), then 1、…9、 paragraphs that define the ceremony and list its stages ("筹备工作:", "主持开场:", "奠基环节:" with (1)…(4) steps, "祝福环节:", "庆贺活动:") in the third person ("一般由…主持", "由有关负责人…发表致辞"); the last point switches to "我们一同见证了…希望我们珍惜这次奠基仪式" like a closing address; the site\'s footer cut ("非特殊说明,本文小") — an explainer about a ceremony, not the leader\'s speech its title promises',
    isSpeech: false,
    title: '奠基仪式领导讲话稿',
  },
  '18-news-cheerioqz-big5-shishi-dahui-gongsi-xinwen-not-speech': {
    source: 'http://cheerioqz.com/eHtml/2014417/178_164.html',
    kind: 'non-speech: company news (a report of a plant\'s 三季度生产誓师大会; traditional-script company site with converter pinyin)',
    tests: 'one line with no headline in the capture: a dated lead ("7月8日上午,…誓師大會(huì)在總裝車間隆重召開(kāi)。"), the list of attending managers, then the general manager\'s 動員講話 paraphrased in the third person ("他首先對(duì)…給予充分肯定", "他強(qiáng)調(diào),全體員工必須要…"), a quoted theme, the oath led by a deputy — converter pinyin after 動/產/會/開/經/務/監/長/團/隊/話/對/績/點/強/調/堅/風/狀/態/執/庫/標/戰/領/導/達/發/個 and one mis-encoded run ("重?fù)?dān)"); a paragraph break left as a space ("大會(huì)。 大會(huì)在"); a report of a 誓师大会, not the speech given there',
    isSpeech: false,
    title: '',
  },
};
