// Gold specs for holdout round 122, part C (cases 13–18): summer camps and study tours (夏令营/冬令营 开营/闭营, 研学旅行,
// 游学, 营员代表发言 — and their look-alikes: a camper's essay and a 研学 作文).
// Four spoken pieces: (13) a provincial youth-league leader's opening speech at a winter bird-watching camp on an
// environmental NGO's bilingual project site (greeneducation.cn): a breadcrumb "首页>>项目动态>>观鸟故事>>期 望" whose last crumb is
// the page's own name, an English heading "A SPEECH ON OPENING CEREMONY OF THE WINTER-CAMP" as the only title line, a bilingual
// byline (name, Chinese position, two English position lines) and a bilingual date line, lines holding a lone blank, the
// salutation, then a block "首先,…祝贺。" paragraph with the English salutation glued after it and an English rendering of the
// sentence on the next line; (14) a camper's 营员代表发言 at the opening of a 青少年高校科学营 on a university science-association
// page (kexie.hust.edu.cn): a clean page — the title, a "——武汉一中:范思远" byline line opening with a dash, the salutation,
// "首先请允许我…" without a comma, cut mid-word ("科学营活"); (15) a teacher's 发言稿 before a spring outing on a
// traditional-script converter mirror (rhhye.com): converter pinyin after 動/發/學/進/時/節/會/實/強/點/級/負/責/統/隊/準/內/
// 現/團/區/結 (also in the title), a backtick glued mid-phrase (老師的`指揮), an intro line ending "…注意的事項:" and seven
// block points "1、"…"7、", the last cut mid-word ("學生人"); (16) a student's 发言 at the launch of a summer-term social survey
// tour on a university news site (news.bnuz.edu.cn): a series tag "[小学期教学改革系列报道之五]", the title printed after
// four ASCII hyphens ("----…的发言"), an inline courtesy "首先," after a full stop with no 其次 in the capture, cut mid-phrase
// ("和同学"). Two written look-alikes: (17) a former camper's reminiscence on a camp organiser's site (zzdxylxly.com):
// a "您的位置: 主页 > 活动反馈 > 营员留言 > 综合" breadcrumb, the headline, a date + pen-name line, block "第一,"/"第二,"
// paragraphs and an image file name "图2.jpg" — a personal essay in the first person, not addressed to an audience, so not a
// speech; (18) a pupil's 作文 about a 研学 trip on a school site (jjchg.com): "首页 >> 晨光学子 >>学生习作 >> 记一次研学",
// "详细内容", the headline, a "时间:… 作者:初三(7)班 …【原创】" line, an image file name "1640947294654022.jpg", a school
// leader who "给我们讲了话" and "第一站是…" — a narrative essay, not a speech.
// Judgement calls: 13's title is the English heading line (the page's only title line; "期 望" stands only in the breadcrumb,
// and no title is taken from a breadcrumb); the byline with the speaker's positions and the date line are the speech's own
// header and stay; the English lines are body paragraphs (the speech is printed bilingually); the block courtesy "首先,"
// paragraph with no 其次 in the capture → optional level 1. 14 has no site noise (do-no-harm case); the byline "——武汉一中:
// 范思远" opens with —— and so is a dash point by the letter of outline-rules.md, but a reader takes it for a byline → one
// optional level-1 item (whole line, no sentence end); "首先请允许我…" has no separator → no marker (as round 5 case 11).
// 15's title drops the pinyin; the pinyin goes by one PINYIN regexCut (hits listed as noise) and the backtick by one replace
// (listed as "的`指"); the seven "N、" points open their own paragraphs after an intro line ending in ":" — block headings,
// required, level 1 (no heading above); their text is the first sentence (none longer than 50 characters), and 7's, cut by
// the capture, is its whole remaining line. 16's series tag is the site's (noise); the title is the line after "----" without
// the hyphens (the decorated line is dropped; the hyphens are decoration, too short to list as noise); the inline "首先," is a run of one and courtesy → no
// item. 17 and 18 are written, not spoken: empty outline.
// Looked for and not found on a new host: a camp 开营/闭营 讲话 with numbered points — qyclass.com (the ruiwen family's
// traditional mirror: "- 相關推薦" over the title, "(通用10篇)", "…致辭 1" heading) set aside; m.inrrp.com.cn (国防教育夏令营开营典礼
// 讲话稿 with 第一,), xiegongwen.com (研学 开营仪式上的讲话), fanwen.aixue.net (春游 研学 演讲稿 with 一、…五、), ttzyw.com,
// m.haog.cn, m.1-jiu.com, wenku365.com, m.wenke99.com and wxfwb.com are used; lyzx.xhedu.sh.cn (a student's 秋游 发言 with
// 首先/其次/再次/最后) set aside as a sister of the used ssfx.xhedu.sh.cn (one district's school sites); a 游学团 欢迎致辞 (the
// corpus answers with Taiwanese university news in the third person); a 研学 方案 on a fresh host (zpxx.wj.czedu.cn and
// bbs.xbkfb.com are used; zengmen.com's 游学计划书 was passed over for the essay with ordinals). So only 15 carries two or more
// numbered points; 13's and 14's only items are optional.
// Template twins set aside: qyclass.com (ruiwen family, above), lyzx.xhedu.sh.cn (sister of ssfx.xhedu.sh.cn).
// Names of private people (the camper in 14, the student in 16, the pupil in 18) were replaced by fictional ones; the
// speaker in 13 is a public office holder named with her position; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const GE_CRUMB = '首页>>项目动态>>观鸟故事>>期 望';
const GE_TITLE = 'A SPEECH ON OPENING CEREMONY OF THE WINTER-CAMP';

const HK_TITLE = '高校青少年科学营因你而精彩';

const RH_TITLE = '春游活動的發言稿';

const BN_TAG = '[小学期教学改革系列报道之五]';
const BN_TITLE = '林思齐同学在小学期社会调查启动仪式上的发言';

export const specs = {
  '13-jianghua-greeneducation-dongling-ying-kaiying-bilingual-crumb-byline-shouxian': {
    source: 'http://www.greeneducation.cn/text/project/bird/6.htm',
    kind: 'speech: 讲话 (a provincial youth-league leader opening a winter bird-watching camp; bilingual NGO project page)',
    tests: 'a breadcrumb "首页>>项目动态>>观鸟故事>>期 望" whose last crumb is the page name (with a space); an English heading "A SPEECH ON OPENING CEREMONY OF THE WINTER-CAMP" as the only title line; a bilingual byline (name with "Ms.", Chinese position, two English position lines) and a bilingual date line "2 月 10 日(星期一) February 10th, 2003 ( Monday )" kept as the speech\'s header; lines holding a lone blank; the salutation; a block courtesy "首先,…。" paragraph with the English salutation glued after it, then an English rendering; a Chinese paragraph of aims; no 其次 in the capture',
    isSpeech: true,
    title: GE_TITLE,
    noise: [GE_CRUMB],
    dropLines: [GE_CRUMB, GE_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我代表团省委、省少工委向参加本次冬令营的全体营员致以热烈的欢迎和诚挚的祝贺', optional: true },
    ],
  },
  '14-fayan-hust-kexueying-yingyuan-daibiao-dash-byline-clean': {
    source: 'http://kexie.hust.edu.cn/info/1067/1218.htm',
    kind: 'speech: 发言 (a camper speaking for all campers at the opening of a 青少年高校科学营; university science-association page)',
    tests: 'a clean page: the title, a byline line "——武汉一中:范思远" opening with a dash, the salutation "尊敬的各位领导、老师、同学:", "首先请允许我…" without a separator, two quotations of famous men (one without a closing full stop), cut mid-word ("科学营活")',
    isSpeech: true,
    title: HK_TITLE,
    noise: [],
    dropLines: [HK_TITLE],
    outline: [
      { level: 1, marker: '——', text: '武汉一中:范思远', optional: true },
    ],
  },
  '15-fayan-rhhye-chunyou-anquan-big5-pinyin-backtick-arabic-points': {
    source: 'http://rhhye.com/fayangao/662210.html',
    kind: 'speech: 发言稿 (a teacher\'s safety remarks before a school spring outing; traditional-script converter mirror)',
    tests: 'traditional script with converter pinyin after 動/發/學/進/時/節/會/實/強/點/級/負/責/統/隊/準/內/現/團/區/結, also in the title "春游活動(dòng)的發(fā)言稿"; mixed simplified leftovers (后, 干净); a backtick glued mid-phrase "老師的`指揮"; the salutation "同學(xué)們:"; an intro line ending "…需要注意的事項:" and seven block points "1、"…"7、" (first sentences under 50 characters), the last cut mid-word ("學生人")',
    isSpeech: true,
    title: RH_TITLE,
    noise: ['的`指'],
    replace: [['的`指', '的指']],
    regexCut: [PINYIN],
    dropLines: [RH_TITLE],
    outline: [
      { level: 1, marker: '1、', text: '今天的春游活動按年級組織,各班必須服從年級組負責人的統一安排集中活動,不得單獨行動' },
      { level: 1, marker: '2、', text: '往返途中要排好路隊' },
      { level: 1, marker: '3、', text: '這是一次集體活動,游覽時,任何人不得擅自脫離隊伍,脫離集體' },
      { level: 1, marker: '4、', text: '要講文明,說文明的話,做文明的事,注意個人形象' },
      { level: 1, marker: '5、', text: '吃剩的果皮和包裝袋等,不能隨手丟棄,每位同學都要帶好一個塑料袋,專門用來裝垃圾' },
      { level: 1, marker: '6、', text: '各個班級在活動中都要注意防溺水,不要走近河邊' },
      { level: 1, marker: '7、', text: '活動結束后,班主任老師清點學生人' },
    ],
  },
  '16-fayan-bnuz-shehui-diaocha-qidong-series-tag-hyphen-title': {
    source: 'https://news.bnuz.edu.cn/info/1004/5100.htm',
    kind: 'speech: 发言 (a student speaking at the launch of a summer-term social survey tour; university news site)',
    tests: 'a series tag "[小学期教学改革系列报道之五]" first; the title printed after four ASCII hyphens ("----林思齐同学在…上的发言"); the salutation and "大家下午好!"; an inline courtesy "首先," after a full stop with no 其次 in the capture (a run of one: no item); a quoted couplet; cut mid-phrase ("和同学")',
    isSpeech: true,
    title: BN_TITLE,
    noise: [BN_TAG],
    dropLines: [BN_TAG, '----' + BN_TITLE],
    outline: [],
  },
  '17-essay-zzdxylxly-xialingying-huiyi-crumb-diyi-jpg-not-speech': {
    source: 'http://zzdxylxly.com/huodongfankui/287.html',
    kind: 'non-speech: personal essay (a former camper\'s reminiscence of a summer camp; camp organiser\'s site)',
    tests: 'a breadcrumb "您的位置: 主页 > 活动反馈 > 营员留言 > 综合", the headline, a " 2022-06-28 美丽心灵 " date + pen-name line; block "第一,"/"第二," paragraphs that look like a speech\'s points; an image file name "图2.jpg"; first-person memories addressed to no audience — a written essay, not a speech; cut mid-word ("拍")',
    isSpeech: false,
    title: '夏令营的美好回忆',
    noise: [],
    outline: [],
  },
  '18-zuowen-jjchg-yanxue-crumb-meta-jpg-not-speech': {
    source: 'http://www.jjchg.com/jjcgzx/vip_doc/22436926.html',
    kind: 'non-speech: 作文 (a pupil\'s narrative of a 研学 trip; school site)',
    tests: 'a breadcrumb "首页 >> 晨光学子 >>学生习作 >> 记一次研学", "详细内容", the headline, a "时间:2021-12-31     作者:初三(7)班 邵明哲【原创】" line; a narrative essay in the first person with "第一站是…", a school leader who "给我们讲了话", rhetorical 倘若… clauses; an image file name "1640947294654022.jpg" — written, not a speech; cut mid-phrase',
    isSpeech: false,
    title: '记一次研学',
    noise: [],
    outline: [],
  },
};
