// Gold specs for holdout round 31, part a (cases 01–06): people's congresses and CPPCC, united-front, ethnic and
// overseas-Chinese work. Four spoken pieces (a county leader's talk at a united-front members' 谈心交流座谈会 on a 文库
// page (文鼎文库) with a "到文鼎文库首页" link, the title twice, a "发布时间:… 字数:3315" line and the library's "【提纲】…"
// line that lists every heading of the document, (一)s and 一要/二要/三要 included, run together on one line; "一是…;二是…"
// after a colon; a site-obfuscated word "民族z-教"; one 一、 heading line; cut mid-sentence; a CPPCC 专委会's
// 工作经验交流发言稿, first piece of a "…发言稿5篇" collection on a 范文 site with breadcrumb, the collection title twice, a
// meta line, a 小编 promo that glues the collection title to an extract of the piece's opening, a "篇一:…" heading and
// the piece's own title printed without its first character ("协工作经验交流发言稿"); three inline 一、/二、/三、 headings
// opening space-indented paragraphs; a forum thread that transcribes the chair's opening words at a CPPCC national
// committee's first session (a thread title, a poster card "guest / Moderator / 管理成员 / 注册 / 2002-10-07 / 消息 /
// 402,402 / 荣誉分数 / 76 / 声望点数 / 0", a narrative lead, a "<name>:" speaker line, "请坐。", the hand-over to the
// work report and that report's first sentence, then "后退"/"顶部"); a provincial leader's speech at a 民族团结进步
// 表彰大会 on a traditional-script mirror with converter pinyin after a fixed set of characters and a mis-encoded run
// "?nèi)椭贁?shù)", no title, an inline 首先, with no 其次) and two look-alikes (a traditional-script mirror's news report
// of a CPPCC session opening with pinyin, a breadcrumb, a headline and a deck, photo captions with credits and a
// mis-encoded run; a CPPCC member's first-person diary of his arrival at the session and the 提案 he brings, from a
// broadcaster's site, with a date line and a reporter line).
// Looked for and not found on a new host: a 人大 闭幕词 or 开幕词 on a 范文 site with 一、/（一） points (the corpus answers
// with news reports and dawenge/aihuau pages already used); a 侨联 or 宗教 leader's speech with numbered points (only news
// items and Taiwan's 僑聯 page, already used); a 提案 text with 案由 and numbered 建议 (only guides on how to write one, on
// used hosts); a 文库 viewer page with PDF hard wraps on this theme (61taotao, wnwk, book118-style hosts already used).
// Judgement calls:
// - 01: the "【提纲】" line is the library's field (round 21's 10: a library's fields and abstract are the page's), noise
//   as a whole; the title's first line is the page header and its second the document's own, both dropped, not listed
//   (round 20's 14). "一是…;二是…" follow a colon, so they are prose. "民族z-教" is the page's text and stays. The
//   提纲 quotes the document's headings, so it follows the rewritten headings (its wrapper "【提纲】" is the page's own).
// - 02: the title is the piece's own title line as printed, "协工作经验交流发言稿" (its "政" was lost on the page; the
//   promo's extract shows the full name, but that line is noise); the collection's name and "篇一:…" are noise (round
//   20's 09). The promo's extract follows the rewritten opening, cut where the page cuts it ("抓党").
// - 03: the thread title is the title; the lead sentence, the speaker line "严立衡:" and the report's opening sentence
//   (a second speaker, announced by the host) are the post's paragraphs. The poster card's label/value pairs are listed
//   as two-line strings, since a bare "0" or "76" would also match the body's numbers.
// - 04: no title, no noise but the pinyin. The inline "首先," after a full stop has no 其次 in the capture: not a marker.
//   The mis-encoded "?nèi)椭贁?shù)" (no opening brackets) stays, as round 20's 01 kept "?yōu)…".
// - 05: a news report (third person, "…在主席臺就座", photo captions) of a session opening; the deck names the chair's
//   工作报告 — not a speech. 06: a member's diary ("我是…委员", "1月10日,我来到…报到") about his 提案: written, though
//   first person; no title line.
// Written from page.txt alone, before any engine ran on it. Names of people, places and bodies are fictional; the
// traditional pages were drafted in simplified characters, converted with OpenCC (cn→tw) and given the mirror's quirks
// (周年, 模范, 干部, 這里, 關系, 開辟, 今后-style leftovers; pinyin after the same characters as on the page).
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const WT_HOME = '到文鼎文库首页';
const WT_TITLE = '在2025年全县统一战线成员代表谈心交流座谈会上的讲话';
const WT_META = '发布时间:2025/8/10 20:04:22 字数:3315';
const WT_OUTLINE =
  '【提纲】一、在携手并进中筑牢一家人的真挚感情。(一)最鲜明的是工地现场的奋斗足迹。(二)最动人的是民生实事的贴心作为。(三)最难得的是紧要关头的挺身而出。二、在形势变化中找准大统战的时代方位。(一)外部环境之变与统一战线之恒。(二)风险挑战之变与统战工作之先。(三)职责使命之变与本领能力之进。三、在同向发力中交出新时期的优异答卷。(一)把思想引导抓得更细,让共识基础更坚实。(二)把服务中心谋得更深,让法宝优势更彰显。一要紧盯产业转型。二要紧盯民生补短。三要紧盯隐患化解。(三)把队伍培养抓得更牢,让人才队伍更壮大。一要抓好党外代表人士储备。二要改善发展环境。三要增强基层动力。';

const FW_CRUMB = '当前位置:首页 > 专题范文 > 发言稿 > 正文';
const FW_COLL = '医务人员如何当好政协委员发言稿5篇';
const FW_META = '发布时间: 2022-08-27 08:30:04 来源:网友投稿';
const FW_PROMO =
  '医务人员如何当好政协委员发言稿5篇医务人员如何当好政协委员发言稿 政协工作经验交流发言稿 一、突出思想政治引领,在以党建聚合力、强履职上下功夫。重学习,组织专委会委员学政策、学业务,夯实议政基础。抓党下面是小编为大家整理的医务人员如何当好政协委员发言稿5篇,供大家参考。';
const FW_PIECE = '篇一:医务人员如何当好政协委员发言稿';
const FW_TITLE = '协工作经验交流发言稿';

const CF_TITLE = '严立衡宣布全国政协十二届一次会议开幕';
const CF_STARTER = '• 主题发起人 主题发起人 guest';
const CF_STARTED = '• 开始时间 开始时间';
const CF_CARD = ['guest', 'Moderator', '管理成员', '注册', '2002-10-07', '消息', '402,402', '荣誉分数', '76', '声望点数', '0'];

export const specs = {
  '01-jianghua-wentop-tongzhan-zuotanhui': {
    source: 'https://www.wentop.com/wen/47/93635.html',
    kind: 'speech: 讲话 (a county leader at a 谈心交流座谈会 of united-front members\' representatives; 文库 page)',
    tests: 'a 文库 page: a "到文鼎文库首页" link line, the title, a "发布时间:2025/8/10 20:04:22 字数:3315" line, the library\'s "【提纲】…" field listing all the document\'s headings on one line (一、/二、/三、 with (一)…(三) and inline 一要/二要/三要 after full stops — markers that must not become outline), the title again, "同志们:"; an opening paragraph with "一是…;二是…" after a colon (prose), counts in ASCII digits and quoted words, a site-obfuscated "民族z-教"; an "一、…" heading line; cut mid-sentence ("全县统一战线成员以")',
    isSpeech: true,
    title: WT_TITLE,
    noise: [WT_HOME, WT_META, WT_OUTLINE, '【提纲】'],
    dropLines: [WT_HOME, WT_TITLE, WT_META, WT_OUTLINE],
    outline: [
      { level: 1, marker: '一、', text: '在携手并进中筑牢一家人的真挚感情' },
    ],
  },
  '02-fayan-057690-zhengxie-jingyan-jiaoliu': {
    source: 'https://www.057690.com/zhuantifanwen/fayangao/38686.html',
    kind: 'speech: 发言稿 (a CPPCC special committee\'s 工作经验交流发言; first piece of a 范文 collection page)',
    tests: 'a 范文 collection page: breadcrumb "当前位置:首页 > 专题范文 > 发言稿 > 正文", the collection title "…发言稿5篇", a "发布时间: … 来源:网友投稿" line, a 小编 promo that starts with the collection title glued to itself and to an extract of the piece (title and the opening of 一、, cut at "抓党") before "下面是小编为大家整理的…", the collection title again, the piece heading "篇一:医务人员如何当好政协委员发言稿" (the collection\'s topic, not the piece\'s) and the piece\'s own title with its first character lost ("协工作经验交流发言稿"); paragraphs indented with one space, each opening with an inline 一、/二、/三、 heading sentence; "即:" followed by three clauses split by semicolons; quoted slogans; cut mid-sentence ("…特长的最")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_CRUMB, FW_COLL, FW_META, FW_PROMO, '下面是小编为大家整理的', FW_PIECE],
    dropLines: [FW_CRUMB, FW_COLL, FW_META, FW_PROMO, FW_PIECE, FW_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '突出思想政治引领,在以党建聚合力、强履职上下功夫' },
      { level: 1, marker: '二、', text: '完善制度机制建设,在夯实专委会履职保障上下功夫' },
      { level: 1, marker: '三、', text: '提升调研工作质量,在务实求效上下功夫' },
    ],
  },
  '03-zhuchici-comefromchina-forum-zhengxie-kaimu-moderator': {
    source: 'https://bbs.comefromchina.com/threads/1210300/latest',
    kind: 'speech: 主持词 (the chair opening a CPPCC national committee\'s first session, as transcribed in a forum thread)',
    tests: 'a forum thread: the thread title (the title), bullet lines "• 主题发起人 主题发起人 guest" / "• 开始时间 开始时间", a poster card of bare label and value lines ("guest", "Moderator", "管理成员", "注册", "2002-10-07", "消息", "402,402", "荣誉分数", "76", "声望点数", "0") whose numbers also occur in the body\'s counts, then the post: a narrative lead, a "严立衡:" speaker line, the chair\'s words (attendance count, "我宣布…开幕", "请大家起立,奏国歌。", "请坐。", the agenda and the hand-over "请郑德恒同志…作工作报告"), the report\'s first sentence "各位委员:受…委托,我向大会报告…请大家审议。" with the salutation glued; a line holding one space; "后退" and "顶部" links; no outline',
    isSpeech: true,
    title: CF_TITLE,
    noise: [CF_STARTER, CF_STARTED, 'guest\n\nModerator\n管理成员', '注册\n2002-10-07', '消息\n402,402', '荣誉分数\n76', '声望点数\n0', '后退', '顶部'],
    dropLines: [CF_TITLE, CF_STARTER, CF_STARTED, ...CF_CARD, '后退', '顶部'],
    outline: [],
  },
  '04-jianghua-plzso-big5-pinyin-minzu-tuanjie-biaozhang': {
    source: 'https://plzso.com/article-80782-167423.html',
    kind: 'speech: 讲话 (a provincial leader at a 民族团结进步表彰大会; traditional-script mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (團(tuán), 結(jié), 進(jìn), 會(huì), 個(gè), 關(guān), 發(fā), 區(qū), 數(shù), 傳(chuán), 統(tǒng), 經(jīng), 濟(jì)…; never after 國 or 際), no title and no other site noise: the page opens at "同志們,朋友們:"; an inline "首先," after a full stop with no 其次 (no marker); three "!"-ended greetings in one paragraph; a mis-encoded run "?nèi)椭贁?shù)" whose brackets are lost (stays); simplified leftovers (模范, 干部, 關系, 這里, 開辟); cut mid-number ("從19")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '05-news-yzydsg-big5-pinyin-zhengxie-kaimu-not-speech': {
    source: 'http://yzydsg.com/c/2016-03-04/720398.shtml',
    kind: 'non-speech: news report (the opening of a CPPCC national committee\'s session; traditional-script mirror of a news site)',
    tests: 'a mirror with converter pinyin (協(xié), 實(shí), 團(tuán), 領(lǐng)…), a breadcrumb ending "報告內(nèi)容 報告內(nèi)容", the headline "全國政協…在京開幕", a deck of leaders\' names run together and "…作政協常委會工作報告", a two-clause slogan lead, photo captions ending "本報記者 … 攝" / "新華社記者 … 攝", a mis-encoded run "?zé)崃?,", lists of officials "在主席臺前排就座" — session vocabulary and a 工作报告 named, but a third-person report, not a speech; cut before the full stop',
    isSpeech: false,
    title: '全國政協十二屆四次會議在京開幕',
  },
  '06-diary-bbrtv-zhengxie-weiyuan-tian-not-speech': {
    source: 'http://bbrtv.com/2020/0112/517330.html',
    kind: 'non-speech: diary (a regional CPPCC member\'s first-person note on arriving at the session and on his 提案; broadcaster\'s site)',
    tests: 'a date line "1月11日 周六", a self-introduction "我是自治区政协委员 <name>,来自…侨联。" (first person, like a speech\'s opening), the day narrated ("1月10日,我来到…报到"), the 提案\'s title in 《》, its content summarised with "为此,我准备在提案里建议:" and four "用于…" clauses split by semicolons, a spoken slip "党中央、国务院还有国务院" kept, a "记者:<name>" line — a diary about a 提案, addressed to no audience; no title line',
    isSpeech: false,
    title: '',
  },
};
