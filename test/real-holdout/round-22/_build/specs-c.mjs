// Gold specs for holdout round 22, part c (cases 13–18): competitions, posts and pledges. Four spoken pieces (a leader's
// 发言稿 at a league meeting where members retake the 入团誓词, in a 文库 viewer whose header title is printed twice more
// at the head of the text, the whole text flattened onto one line with PDF wrap spaces inside words and "**" blanks, two
// hopes "首先是希望…"/"其次我希望…" with no comma after the sequence word; a pupil's 班长 竞选 speech on a traditional-script
// 作文 site with converter forms (什么, 这么, 后来, 这里, 并, 班干部) and no site noise at all; a school league committee's
// 五四 address at a 入团宣誓 and commendation meeting on a page whose filter cut words ("“五四”运和共青", "弘扬“五四”爱国,",
// "拼搏的,", "绚丽章") and glued an anti-copy backtick into "历史的`车轮", with 一方面/另一方面 (never markers); a 入党积极分子's
// story-speech on a Q&A host with mixed curly-open / ASCII-close quotes, cut mid-sentence) and two written look-alikes (a
// traditional-script guide on how to write a 竞职演讲稿 with converter annotations after 現/發/優/態/據, 一、 and 1、/2、/3、
// headings; a forum question "求 克林顿就职演讲稿稿" answered with a pasted 百度百科 entry on 竞聘演说 with its chrome, "?"
// artefacts and 第一步,…第五步, steps).
// Looked for and not found on a new host: a 竞聘演讲稿 with 一、/二、 or 一是/二是 points (every such page in the store is on a
// used host: wenke99, fabiao, zixin, 3wx, hunwen, gz-shine, mingyanjiaju, 51test …), a 任职/就职 表态发言 or 新任领导 见面会
// 讲话 that is not a novel chapter, a 新党员/新团员代表 发言 in full (the store has news reports of such ceremonies), a
// 演讲比赛 演讲稿 with 第一/第二 points; the pages corpus answers most appointment queries with officialdom novels.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines
// are written by hand here.
//
// Judgement calls:
// - 13: the viewer's header line is the title (dropped, not listed: it equals the title); its two repeats glued before
//   "同志们" are cut by `replace` and not listed either, as round 20's 07 did with a repeat equal to the title. The rest is
//   one paragraph, as the viewer gives it (paragraph breaks and PDF wraps both show as single spaces); "**" blanks,
//   "井岗山" and the stray full stop in "追求入党。应当" are the document's own. "首先是希望…" follows a colon and "其次我
//   希望…" follows "。 ", and neither has the comma of the rule table's 首先,/其次, → both optional, level 1; each text is
//   its sentence up to the full stop (the wrap space inside "情 怀" is whitespace and does not count).
// - 14: a pupil's campaign speech printed as a 作文 is a speech; no title in the capture, so the title is ""; no noise.
//   "假如我當上了班長" is no marker.
// - 15: the words the site's filter cut stay cut (the gold does not restore "运动…周年", "精神"); the backtick in "历史的`车
//   轮" is an anti-copy mark: cut and listed with its neighbours. 一方面/另一方面 are never markers; no title in the capture.
// - 16: a speech told as the speaker's own story of coming to the Party (salutation, "大家好!") is a speech; "同领" and the
//   ASCII closing quotes are the page's own. No title in the capture.
// - 17: a guide to writing 竞职演讲稿 is written, though its subject is a speech; no title line in the capture, so "".
// - 18: the page is a forum question answered by a pasted encyclopedia entry about 竞聘演说 — written; the title is the
//   entry's name "竞聘演说" (without "_百度百科"), not the question line, which names a different text.

export const specs = {
  '13-fayan-mayiwenku-chongwen-rutuan-shici-wenku-title-thrice-wrap-spaces-shouxian-qici': {
    source: 'http://upload.mayiwenku.com/p-55720352.html',
    kind: 'speech: 发言稿 (a leader at a meeting where league members retake the 入团誓词; 文库 viewer)',
    tests: 'a 文库 viewer: the header title line, then the title twice more glued before the salutation with spaces; the whole text on one line, paragraph breaks and PDF wraps both shown as single spaces, wrap spaces inside words ("中 国共产党", "追 求", "培 养", "同 学们", "情 怀", "一脉 相承"); "**" blanks for places and words; "90 周年" with spaces; a stray full stop ("追求入党。应当"); two hopes after a colon, "首先是希望…。" and, after "。 ", "其次我希望…。" — sequence words without their comma; cut mid-sentence ("才能")',
    isSpeech: true,
    title: '重温入团誓词大会领导发言稿',
    noise: [],
    replace: [['重温入团誓词大会领导发言稿 重温入团誓词大会领导发言稿 同志们', '同志们']],
    dropLines: ['重温入团誓词大会领导发言稿'],
    outline: [
      { level: 1, marker: '首先', text: '是希望你们要有炽热的爱国主义情怀', optional: true },
      { level: 1, marker: '其次', text: '我希望你们有开阔的胸襟、远大的志向', optional: true },
    ],
  },
  '14-yanjianggao-zx05-big5-banzhang-jingxuan-no-noise': {
    source: 'http://m.zx05.cn/zuowen/xiaoxuezuowen/118082.html',
    kind: 'speech: 竞选演讲 (a fifth-grader running for class monitor; traditional-script 作文 site)',
    tests: 'no title and no site noise: the capture is the speech from "老師,同學們:" to "謝謝。"; traditional script with the converter\'s simplified leftovers (什么, 這么, 后來, 這里, 班里, 并, 班干部); quoted remarks inside sentences, a rhetorical "我,真的偏心了嗎?", "五(3)班" with ASCII parentheses and "——“發揚光大”"; "假如我當上了班長," is no marker; no outline',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-jianghua-kqyc-wusi-rutuan-biaozhang-filtered-words-backtick-yifangmian': {
    source: 'https://www.kqyc.cn/dongshi/rbevr/1ANKmMN2LD',
    kind: 'speech: 讲话 (a school league committee at its 五四 meeting with a 入团宣誓 and commendations)',
    tests: 'no title and no salutation in the capture: it opens "在“五四”青年节来临之际,…一方面,…;另一方面,…" (never markers); the site\'s word filter has cut words, leaving "“五四”运和共青。", "今年是“五四”运。", "弘扬“五四”爱国,", "大力发扬创新,", "拼搏的,", "绚丽章" (kept as printed); "校政" and "象革命前辈" as printed; an anti-copy backtick glued into "历史的`车轮"; closing with "同学们," inside the last paragraph; no outline',
    isSpeech: true,
    title: '',
    noise: ['的`车轮'],
    replace: [['的`车轮', '的车轮']],
    outline: [],
  },
  '16-yanjianggao-sf024-rudang-jijifenzi-story-ascii-quotes': {
    source: 'https://w.sf024.com/info/872635653443572492.html',
    kind: 'speech: 演讲稿 (a young employee\'s speech on his way to the Party: childhood, league, 入党积极分子 class; Q&A host)',
    tests: 'no title and no site noise: salutation "尊敬的各位领导,各位同事:" and "大家好!" on their own lines; a question mark where a full stop belongs ("…民族的解放?"); quotes opened curly and closed with an ASCII \'"\' ("“嘎子"", "“我也要做…!"", "“三个代表"重要思想"); a typo kept ("同领"); a long story paragraph; cut mid-sentence ("更深入"); no outline',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-guide-ytshengsheng-big5-pinyin-jingzhi-yanjianggao-xiefa-not-speech': {
    source: 'http://ytshengsheng.cn/news/zhuanti/fanwen/yjg/20131008_149222.html',
    kind: 'non-speech: writing guide (how to write a 竞职演讲稿; traditional-script mirror)',
    tests: 'a traditional-script guide with converter annotations after a few characters (實現(xiàn), 發(fā)表, 優(yōu)勢, 心態(tài), 據(jù)理力爭), opening "下面介紹的是競職演講稿的寫法,希望對您有所幫助!" (a site lead), headings "一、競聘演講辭的特點" with 1、/2、/3、 under it and "二、…基本寫法" run on into its text; quoted formulas ("若在其位,如何謀其政", "他不行,我行"); third-person advice about speakers, no audience — written; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '18-guide-joammi-luntan-baike-jingpin-yanshuo-diyibu-not-speech': {
    source: 'https://www.joammi.com/thread/20120226/782535.html',
    kind: 'non-speech: encyclopedia entry pasted into a forum answer (what a 竞聘演说 is and how it runs)',
    tests: 'a forum question line "求 克林顿就职演讲稿稿 历史上著名的", then a pasted 百度百科 entry with its chrome ("竞聘演说_百度百科", "关闭特色百科用户权威合作手机百科", "收藏 查看&…别&&&&名竞职演讲类&&&&型技巧"), an inline "一、目标的明确性", "?" artefacts at line ends and mid-text, and five steps "第一步,"…"第五步," on their own lines — an explanation of the genre, not a speech; cut mid-sentence ("第五步,用")',
    isSpeech: false,
    title: '竞聘演说',
  },
};
