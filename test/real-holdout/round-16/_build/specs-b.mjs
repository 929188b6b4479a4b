// Gold specs for holdout round 16, part b (cases 07–12): speech kinds that earlier rounds could not find on new
// hosts, and written genres that look like them. Four spoken pieces (a traditional page of a school's 「五四」 speech
// contest with the organiser's opening remarks and, under a second heading, the closing remarks, each under a
// "發言人:<name>" line, with a date/字數/閱讀 meta line and the converter's "乙個"; a 2018 秋季运动会开幕词 whose title in
// 【】 is glued before the salutation; a traditional 奠基儀式 致辭 on a 范文 site under a "來源:才華庫 2.33W" line, a 小編
// promo and the title printed twice, with an anti-copy backtick; a 2005 动员大会 主持词 for a 先进性教育 discussion whose
// page title names the meeting and whose document heading is the spaced genre "主 持 词" over its own date line, with
// agenda ordinals "第一项议程:"/"第二项议程,") and two written ones (a collection page of 倡议书 whose first piece heading is
// glued to "亲爱的同学们:" and followed by "大家好!", with 一、二、三、 proposals and a "……此处隐藏N个字……" fold; an exam-site
// page carrying a provincial government's 表彰决定 under a one-line summary and an "admin<date> <count>" meta line, with
// the addressee line, a "__________" blank and the issuing office and date). Written from page.txt alone, before any
// engine ran on it. `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into
// lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles,
// noise and outlines are written by hand here.

const WS_TITLE = '「五四」演講賽發言稿';
const WS_META = '2021-09-25 08:19:00 字數 1170 閱讀 7568';
const WS_SPEAKER = '發言人:韓立謙';
const WS_PIECE2 = '「五四」演講比賽結束語';

const YD_TITLE = '2018秋季运动会开幕词';

const CH_TITLE = '在大橋開工奠基儀式上的致辭';
const CH_SOURCE = '來源:才華庫 2.33W';
const CH_PROMO =
  '在日常學習、工作抑或是生活中,要用到致辭的情況還是蠻多的,致辭是向他人表達思想感情用的文字或語言。' +
  '那麼問題來了,到底什麼樣的致辭才合乎規範呢?以下是小編為大家收集的在大橋開工奠基儀式上的致辭,歡迎大家分享。';

const SR_TITLE = '教育局捐资助学仪式暨开展保持共产党员先进性具体要求大讨论动员大会主持词';

export const specs = {
  '07-fayangao-ikanpan-big5-wusi-meta-fayanren-second-piece-yige': {
    source: 'https://www.ikanpan.com/a/202109/594441.html',
    kind: 'speech: 发言稿 (a teacher organising a school\'s 「五四」 speech contest: the opening remarks and the closing remarks; traditional)',
    tests: 'a traditional page (Taiwan-style conversion: 週年, 於, 採取, and the converter\'s "乙個" for 一个 kept) with blank lines between all lines: the title "「五四」演講賽發言稿" with corner quotes, a meta line "<date> <time> 字數 1170 閱讀 7568", a "發言人:<name>" line (label and bare name, no position), the salutation "各位老師、各位同學:" and "下午好!" on lines of their own; a first paragraph that is one long purpose clause with no main verb; "2名一等獎,3名二等獎" (no markers); then a second piece on the same page: its own heading "「五四」演講比賽結束語", the same "發言人:" line and salutation, and "。首先感謝…" with no comma and no 其次 (no marker); text cut mid-sentence ("這一")',
    isSpeech: true,
    title: WS_TITLE,
    noise: [WS_META, WS_SPEAKER, WS_PIECE2],
    dropLines: [WS_TITLE, WS_META, WS_SPEAKER, WS_PIECE2],
    outline: [],
  },
  '08-kaimuci-jixiztb-yundonghui-bracket-title-glued-salutation-zuihou': {
    source: 'http://piaowu.jixiztb.com/jxfw/202507/274771.html',
    kind: 'speech: 开幕词 (a school\'s autumn 运动会, spoken by a school leader)',
    tests: 'no page chrome: the title in 【】 glued before the salutation on the first line ("【2018秋季运动会开幕词】尊敬的各位老师、亲爱的同学们:"), the year prefix part of the title; "大家好!" on its own line; "在此,我代表学校…", "接下来,希望…" and "同时,也希望…" (no markers); a closing "最后,预祝…!" paragraph with no 首先 run; the whole speech to "谢谢大家!"',
    isSpeech: true,
    title: YD_TITLE,
    noise: ['【' + YD_TITLE + '】'],
    replace: [['【' + YD_TITLE + '】尊敬的', '尊敬的']],
    outline: [
      { level: 1, marker: '最后,', text: '预祝本届秋季运动会取得圆满成功', optional: true },
    ],
  },
  '09-zhici-caihuaku-big5-dianji-laiyuan-count-xiaobian-title-twice-backtick': {
    source: 'https://caihuaku.com/jiaojiliyi/zhici/1o16xj.html',
    kind: 'speech: 致辞 (a township head at the ground-breaking ceremony of a bridge; traditional)',
    tests: 'a traditional 范文 page with blank lines between lines: the title, a "來源:才華庫 2.33W" line (brand and view count), a 小編 promo about the 致辞 genre ("…以下是小編為大家收集的<title>,歡迎大家分享。"), the title again, the salutation "各位領導、各位來賓:"; one very long paragraph with "在此,我代表…" (no marker), "xx"/"x" placeholders and the converter\'s words (專案, 製約, 迴圈網路); a backtick glued mid-phrase as an anti-copy mark ("的`前期"); text cut mid-sentence ("我們")',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_SOURCE, CH_PROMO, '的`前期'],
    replace: [['的`前期', '的前期']],
    dropLines: [CH_TITLE, CH_SOURCE, CH_PROMO],
    outline: [],
  },
  '10-zhuchici-shenghuoriji-dongyuan-spaced-genre-line-date-diyixiang-yicheng': {
    source: 'https://m.shenghuoriji.com/fanwen/30/29267.htm',
    kind: 'speech: 主持词 (a 教育局 leader chairing a 先进性教育 discussion 动员大会 joined to a donation ceremony, 2005)',
    tests: 'no site chrome: the page title naming the meeting and the genre ("…动员大会主持词"), then the document\'s own heading, the genre alone with spaces ("主 持 词"), and its date line in parentheses; "同志们:"; the agenda "今天的会议共两项议程。第一项议程:捐资助学仪式。" (an ordinal and a noun, inline after a full stop) and a paragraph opening "第二项议程,请…"; a spoken instruction "请同志们到前面捐款。" on its own line; quoted theme and report title; text cut mid-sentence with no final stop ("…报告的精神")',
    isSpeech: true,
    title: SR_TITLE,
    noise: [],
    dropLines: [SR_TITLE, '主 持 词'],
    outline: [
      { level: 1, marker: '第一项议程:', text: '捐资助学仪式', optional: true },
      { level: 1, marker: '第二项议程,', text: '请邵书记作关于“广泛深入地开展保持共产党员先进性具体要求的大讨论”动员报告', optional: true },
    ],
  },
  '11-changyishu-5310wfgg-collection-piece1-glued-salutation-yi-er-san-yincang-not-speech': {
    source: 'https://5310wfgg.com/shuxin/changyishu/63667.html',
    kind: 'non-speech: 倡议书 (collection page; a student body\'s proposal to care for the campus lawns)',
    tests: 'a collection page titled "爱护草坪倡议书12篇", a 小编 promo on what a 倡议书 is, the first piece heading glued to the addressee ("爱护草坪倡议书1亲爱的同学们:") and a spoken-looking "大家好!" line; "在此,向全校同学发出如下倡议:" then block 一、二、三、 proposals ending in semicolons and a full stop; "同学们," addresses; a "……此处隐藏4022个字……" fold glued mid-line that runs into another piece; "xx" placeholders; cut mid-word ("肆") — a written proposal (a 倡议书 is a written genre) although it addresses its readers like an audience',
    isSpeech: false,
    title: '爱护草坪倡议书',
  },
  '12-jueding-kaotiyun-biaozhang-exam-question-summary-meta-addressee-blank-not-speech': {
    source: 'https://kaotiyun.com/show/x3El777K',
    kind: 'non-speech: 表彰决定 (a provincial government\'s commendation decision quoted as an exam question with a blank to fill)',
    tests: 'an exam-question page: a one-line summary (the decision\'s title, document number, addressee line and opening run together), a meta line "admin2018-11-15  38", then "问题" followed by a run of spaces and the title, the document number indented on its own line, the addressee line "各市、县(市、区)人民政府,省各委办厅局,省各直属单位:" (shaped like a salutation), indented paragraphs with a "__________" blank and "××"/"×××" placeholders, "希望…" and "…要以…为榜样" exhortations, an "附件:" line and the issuing office "(印章)" and date lines indented far right, cut in the date ("二零一五年六") — a written decision, not a speech',
    isSpeech: false,
    title: '××省人民政府关于表彰全省见义勇为模范个人的决定',
  },
};
