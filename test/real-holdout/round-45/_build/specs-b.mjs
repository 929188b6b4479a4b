// Gold specs for holdout round 45, part b (cases 07–12): party lessons and party-building work. Four spoken pieces (the
// 讲话 at the "七一勳章" award ceremony reposted on a company site's 黨的建設 column (solidity-tech), in traditional script
// with the converter's variant forms 産/爲/衆/裏/著: a "當前位置:" breadcrumb whose items are bullets with leading spaces
// ("  • 首頁", "  • 黨的建設", "  • <headline>"), the news headline "習近平在…發表重要講話" again on its own line, then the
// speech's own title, its date line "(2021年6月29日)", the speaker's bare name, "同志們:", a courtesy "首先,我代表黨中央,…"
// paragraph, and two "——" points ("——堅定信念,就是…。", "——踐行宗旨,就是…" cut mid-phrase); a school leader's 讲话 at the
// training meeting for delegates to the school's second party congress (yunyueyy, a document page with no chrome): the
// title, "各位代表、同志们:", "强调三点意见:" then block headings "一、…上来" and "二、以案为鉴、严明纪律", one sentence
// hard-wrapped mid-phrase ("选出心齐、" / "气顺、劲足…"), cut after the first words under 二、 ("党的十九大以来"); a 党课
// on "不忘初心,继续前进" on a 范文 site's 稿件 column (m.wanshu) whose capture has no title and no salutation (it opens
// "今天,我围绕…这个主题,同大家一道学习…"), the site's "***" mask after the leader's name ("习近平***语重心长地指出") and
// a block "第一,不忘初心,就是要牢记历史。" point, cut mid-word ("紧紧依"); a 讲话 at the opening of the party school's
// second department printed as a chapter of a reading site (m.666he, page 4 of the chapter): the reader's chrome one
// item a line ("返回", "朗读", "暂停", "+书签", "视觉:", "关灯", "护眼", "字体:", "声音:", eleven voice names, "语速:",
// "1x"…"5x", "上一页 书架管理 下一章"), the chapter title "在中央党校第二部开学典礼上的讲话", then the text from the middle
// of a sentence ("的,除了我,…") with paragraphs indented by four spaces, cut after one character ("根")) and two written
// look-alikes (a group company's news report (dywsq) of a branch's 组织生活会, in which a 表态讲话 is told in the third
// person and the visiting deputy secretary's "五点要求" are summarised as block "一是…。二是…。三是…。四是…" paragraphs;
// a novel chapter (hzkjhrb) headed "第327章 民主生活会" in which a county secretary opens the meeting in quoted speech,
// "下面进行第一项,…", with the broken line "一阵掌声" / "过后,…").
// Judgement calls: 07's breadcrumb lines, the headline and the bare name "習近平" under the date line are noise (a byline
// without a position, as in shared case 106 and earlier rounds); the headline is the site's news title, the speech's own
// title is the line under it; the date line stays. "首先,…" opens a paragraph but no 其次 follows: a courtesy opening,
// optional. The first "——" point is required, its first sentence is longer than 50 characters, so its text is cut at the
// first comma ("堅定信念"); the second "——" line is cut by the capture before any sentence end, so by the rules its text
// is the whole line, while a reader takes "踐行宗旨" as its point: optional, with the rules' text. 08's title is its first
// line (dropped, not noise); noise is empty; the wrapped sentence is joined; 一、 and 二、 are heading lines without a
// sentence end (whole line, level 1, required). 09's title is "" (the capture shows none; nothing is invented from the
// URL); the "***" mask and the site's "31日上午" stay; "第一," opens its paragraph: a required level-1 point though 第二 lies
// past the cut ("讲三个方面的问题。" and "主要体现在四个方面。" announce parts, they are not markers). 10's title is the
// chapter title line (the talk's own name, printed by the book); all reader chrome lines are noise; the text starts
// mid-sentence and ends with the lone "根" (kept); "一种是…,一种是…" and "一九四三年" are prose, no outline. 11 and 12
// are written, not speeches: 11's 一是…四是 are a report's summary of requirements; 12's speech is a character's words in
// quotes inside a novel.
// Looked for and not found on a new host: a 民主生活会 表态发言 or 对照检查材料 page (gongwk, laobiganzi, 6dgww, 004km,
// 3dmxku-style procedure lists, jinshuazi tag stubs), a 组织生活会 主持词 (gongwen.com.cn is used), a 党课 in a 文库 viewer
// with page count or paywall (gongwenbang, lianshan, wenku.baigecn, m.61taotao, gongwk and 365docx are used), a
// traditional pinyin mirror of a 党课 or 七一 讲话 (lsjse, hzyx88, 004km, tmdps are used), a 七一表彰大会 讲话 with 一、/(一)
// (laobiganzi, wtabcd, 78911, fanwen112 are used), a 主题教育 动员讲话 with 一是/二是 on a new host (laobiganzi,
// xiebiwenku, shituxiezuo, m.xueke, bgzsck, dawenge, m.alizhichou3 are used).
// Template twins set aside: dao518.com (the 77范文网 "/fanwendaquan/<column>/<id>.html" page with "下面是小编为大家整理的…
// (精选文档),供大家参考。" of the used hanjia777), szftgk.com (a "/FaYanGao/<id>.html" page of the CamelCase 78911/gxscse
// family), yuanjingfilm.com (the gwyoo "導語:…一文來源于網友上傳,不代表本站觀點" template, already set aside by rounds 35,
// 36 and 44), m.haomeiwen.com (the same site as the corpus's haomeiwen.com), word.be000.com (be000, named by rounds 33–34).
// Names of private people, companies and small places in 11 and 12 are fictional.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SO_CRUMB = '當前位置:';
const SO_HOME = '• 首頁';
const SO_COLUMN = '• 黨的建設';
const SO_HEADLINE = '習近平在慶祝中國共産黨成立100周年“七一勳章”頒授儀式上發表重要講話';
const SO_TITLE = '在“七一勳章”頒授儀式上的講話';
const SO_NAME = '習近平';

const YY_TITLE = '在党代会代表培训大会上的讲话';

const HE_CHROME = [
  '返回', '朗读', '暂停', '+书签', '视觉:', '关灯', '护眼', '字体:', '声音:', '男声', '女声', '金风', '玉露', '学生', '大叔',
  '司仪', '学者', '素人', '女主播', '评书', '语速:', '1x', '2x', '3x', '4x', '5x', '上一页 书架管理 下一章',
];
const HE_TITLE = '在中央党校第二部开学典礼上的讲话';

export const specs = {
  '07-jianghua-solidity-big5-qiyi-xunzhang-crumb-headline-date-name-dash': {
    source: 'http://www.solidity-tech.com/html/news/10973.html',
    kind: 'speech: 讲话 (the address at the award ceremony of the 七一勋章 for the party\'s centenary, reposted on a company site\'s party-building column; traditional script)',
    tests: 'traditional script with the converter\'s variant forms 産/爲/衆/裏/著; a "當前位置:" breadcrumb whose items are bullet lines with two leading spaces ("  • 首頁", "  • 黨的建設", "  • <headline>"); the news headline "習近平在…頒授儀式上發表重要講話" again on a line of its own (noise), then three blank lines and the speech\'s own title "在“七一勳章”頒授儀式上的講話"; the date line "(2021年6月29日)" (kept) and the speaker\'s bare name (noise); runs of two or three blank lines between paragraphs; "同志們:"; a courtesy "首先,我代表黨中央,…!…!" paragraph with no 其次 (optional); a block "——堅定信念,就是…。" point whose first sentence runs past 50 characters (text cut at the first comma); a second "——踐行宗旨,就是…" line cut mid-phrase by the capture ("急群衆之所") with no sentence end',
    isSpeech: true,
    title: SO_TITLE,
    noise: [SO_CRUMB, SO_HOME, SO_COLUMN, SO_HEADLINE, SO_NAME],
    dropLines: [SO_CRUMB, SO_HOME, SO_COLUMN, '• ' + SO_HEADLINE, SO_HEADLINE, SO_TITLE, SO_NAME],
    outline: [
      { level: 1, marker: '首先,', text: '我代表黨中央,向“七一勳章”獲得者,致以熱烈的祝賀', optional: true },
      { level: 1, marker: '——', text: '堅定信念' },
      { level: 1, marker: '——', text: '踐行宗旨,就是對人民懷有深厚感情,心裏想著人民,工作依靠人民,想群衆之所想,急群衆之所', optional: true },
    ],
  },
  '08-jianghua-yunyueyy-dangdaihui-daibiao-peixun-yi-er-hardwrap': {
    source: 'https://yunyueyy.cn/doc/ub6fxv27gf',
    kind: 'speech: 讲话 (a school party leader at the training meeting for the delegates to the school\'s second party congress; document page)',
    tests: 'a document page with no site chrome in the capture: the title on the first line (dropped, not noise), "各位代表、同志们:", two opening paragraphs ("…主要目的是:…"), "…我强调三点意见:" then block heading lines "一、坚决把思想和行动统一到中央、省委、市委的部署要求上来" and "二、以案为鉴、严明纪律" (no sentence end, whole line); a sentence hard-wrapped mid-phrase ("选出心齐、" / "气顺、劲足的领导集体,…", joined); quoted "十三五", "两委", "四个意识"; text cut after "党的十九大以来"',
    isSpeech: true,
    title: YY_TITLE,
    noise: [],
    join: [['选出心齐、', '气顺、劲足']],
    dropLines: [YY_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '坚决把思想和行动统一到中央、省委、市委的部署要求上来' },
      { level: 1, marker: '二、', text: '以案为鉴、严明纪律' },
    ],
  },
  '09-dangke-wanshu-buwang-chuxin-no-title-diyi-star-mask': {
    source: 'https://m.wanshu.net/shiyong/gaojian/362873.html',
    kind: 'speech: 党课 (a talk on "不忘初心,继续前进" to party members; 范文 site\'s 稿件 column)',
    tests: 'no title and no salutation in the capture and no site noise: the talk opens "今天,我围绕“不忘初心,继续前进”这个主题,同大家一道学习、一道交流。主要讲三个方面的问题。"; the site\'s "***" mask after the leader\'s name three times ("习近平***语重心长地指出") and its "31日上午" (month lost) kept; quoted sayings; "我认为主要体现在四个方面。" then a block "第一,不忘初心,就是要牢记历史。" point whose 第二 lies past the cut; a long paragraph with "正是…;正是…" clauses cut mid-word ("紧紧依")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '不忘初心,就是要牢记历史' },
    ],
  },
  '10-jianghua-666he-dangxiao-kaixue-reader-chrome-page4-midsentence': {
    source: 'http://m.666he.com/ck101/3673/956065_4.html',
    kind: 'speech: 讲话 (a leader\'s talk at the opening of the party school\'s second department, printed as a book chapter on a reading site; page 4 of the chapter)',
    tests: 'reading-site chrome one item a line: "返回", "朗读", "暂停", "+书签", a blank line, "视觉:", "关灯", "护眼", "字体:", "声音:", eleven voice names ("男声" … "女主播", "评书"), "语速:", "1x" … "5x", a blank line, "上一页 书架管理 下一章"; the chapter title "在中央党校第二部开学典礼上的讲话" (the title) then the text of page 4 starting mid-sentence ("的,除了我,还有…"); blank lines between paragraphs and a four-space indent on all but the first; historical names and dates ("一九四三年三月"); "一种是…,一种是…" and "头一种…后一种" are prose, no outline; cut after the single character "根"',
    isSpeech: true,
    title: HE_TITLE,
    noise: HE_CHROME,
    dropLines: [...HE_CHROME, HE_TITLE],
    outline: [],
  },
  '11-news-dywsq-zuzhi-shenghuohui-wudian-yaoqiu-yishi-not-speech': {
    source: 'https://dywsq.com/plus/view/aid/3885',
    kind: 'non-speech: news report (a group company\'s report of a party branch\'s annual 组织生活会)',
    tests: 'a company news item with no title in the capture: the visiting deputy party secretary attends a branch\'s 组织生活会, the branch secretary\'s 述职 and 表态讲话 are told in the third person, a 民主测评 result, then "…并就此次会议提出五点要求:" and block paragraphs "一是抓好整改、精准纠偏。…", "二是…", "三是…", "四是…" summarising the visitor\'s remarks — a report, not a speech, so no outline; cut mid-word ("要着力营")',
    isSpeech: false,
    title: '',
  },
  '12-novel-hzkjhrb-minzhu-shenghuohui-chapter-agenda-not-speech': {
    source: 'http://hzkjhrb.com/hapi/25/25248/1047182_3.html',
    kind: 'non-speech: novel (a chapter about a county leadership team\'s 民主生活会)',
    tests: 'a novel chapter headed "第327章 民主生活会" with blank lines between all lines: a county secretary opens the 民主生活会 in quoted speech ("今天,市委韦部长和纪委袁部长专程到场,…大家用掌声表示感谢!", "…下面进行第一项,通报上次会议整改事项的落实情况,…"), the line broken by the site ("一阵掌声" / "过后,…"), third-person narration of the agenda and the secretary asking to be criticised first ("大家首先对我开展批评") — fiction, not a speech',
    isSpeech: false,
    title: '第327章 民主生活会',
  },
};
