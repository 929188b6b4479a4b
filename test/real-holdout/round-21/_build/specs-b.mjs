// Gold specs for holdout round 21, part b (cases 07–12): hosts' scripts and ceremonial openings and closings. Four spoken
// pieces (a county environmental-protection meeting's 主持词 whose every line but the title starts with a "?" left where the
// site lost its indentation, the title printed twice, block agenda lines 一、…五、 and, after "我再强调几点:", block 1、/2、/3、
// points; a traditional 中式婚禮主持詞 on a converter mirror with pinyin after a fixed set of characters, the mirror's
// site-name line, stage directions "(響樂)", rhymed lines and "一箭射天…二箭射地…三箭定乾坤" (no markers); a 六一 two-host
// 主持词开场白 on a dictionary-style page, the title glued to the first "女:" line and the rest of the script flattened onto
// one line with 男:/女:/合:/齐呼: labels, an anti-copy dot, a wrap space and a trailing " |", agenda "大会进行第一项…第五项"
// (no markers); a 1950s-style 閉幕詞 on a library metadata page — 知识类型/查看原文/内容出处/唯一号/颗粒名称/分类号 fields, a
// third-person 摘要 of the speech and a 关键词 line, a lone "内容" label, then the speech in mixed simplified and traditional
// script, cut mid-sentence) and two written look-alikes (a chapter "闭幕词的写法" of a 公文写作知识 book on a novel site, with
// the novel site's "admin / 著投票加入书签" and "最快更新…最新章节!" chrome, (一)/(二) headings and the genre's rules; the
// eighth page of a collection of 高中开学典礼活动方案, opening mid-plan with "六、典礼程序" and (一)…(七) steps, then the next
// plan "…活动方案10" with 一、…六、, (一)…(五) agenda items and 1、…4、 requirements naming the principal's 致辞).
// Looked for and not found on a new host: a 颁奖词 or two-host 颁奖 串词 on a 范文 site (the pages corpus answers with
// novel chapters and 感动中国 quote lists), a 祝酒词/答谢词 with 第一,/第二, points (only guides and novels), a 欢送词 on a
// 范文 site (only spun essays about 欢送词), a 开幕词/闭幕词 with 一、 or 第一, inside the capture on an unused host (the
// soolun.net 闭幕词 with 第一、 is a mirror of the used soulun.net), a news report of an opening ceremony on an unused host.
// Written from page.txt alone, before any engine ran on it. Names of people, hotels, tea farms, schools and slogans were
// replaced by fictional ones and the prose rewritten in new words; the site noise (including 10's metadata fields and
// summary) is kept as found. In 08 the rewritten prose was written in traditional script and the mirror's pinyin put back
// after the characters it annotates on the page (統, 學, 網, 農, 當, 進, 現, 轉, 經), with its simplified leftovers (這里, 后,
// 這么) and typos (己到, 大架, 拉, 好和) in the same places.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies them:
// `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines
// and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are written by
// hand here.
//
// Judgement calls:
// - 07: the "?" that opens every line after the two title lines stands where the site lost an indentation character; it is
//   site noise (listed once as "?", removed by a replace of "\n?"), so the agenda lines open with their markers. The title
//   printed twice is the page's title and the article's own, equal: both dropped, not listed. Block agenda lines 一、…五、 are
//   required, level 1 (as round 14's 02); the "1、" inside 二、's brackets is no marker. The 1、/2、/3、 points after "我再强调
//   几点:" are block headings: required, and by the rank rule they nest under the open 一、 run (level 2), although they are
//   the host's closing points rather than parts of agenda item 五、; 2、 and 3、 have a space after "、" (marker "2、").
// - 08: pinyin annotations go by the regular expression (each hit listed); the site-name line "思而思學網" is noise; the title
//   line equals the title (dropped, not listed). "(響樂)" stage directions, the audience's bracketed answers and the
//   rhymed lines are the script's own. "一撒福,二撒祿,三撒…" and "一箭射天…二箭射地…三箭定乾坤" are counted phrases (一箭,
//   二箭: a number and a noun), not in the rule table → no outline.
// - 09: the title "六一国际儿童节诗歌朗诵会主持词开场白" glued before the first host line is cut by a replace (not listed, as
//   round 1's 01 and 10); "开场白" stays in the title (the page's name for the piece). The flattened line is one paragraph
//   (no break is invented at the spaces between labels); the anti-copy dot "花的.清香" and the trailing "|" are noise; the wrap
//   space in "热烈的 掌声" stays. "大会进行第一项,…" are agenda lines (ordinal + noun), no markers.
// - 10: every metadata field line, the 摘要 (a third-person summary of the speech: the database's, not the speaker's) and the
//   lone "内容" label are noise; the "颗粒名称:" line names the title with a label (listed), the first line is the title
//   itself (dropped, not listed). The 《余姚报》 source and the record number are metadata, kept as found. The speech keeps
//   its mixed scripts (这/這, 大会/大會, 党, 于, 规划/規划, 幷, 眞); "由于…由于…由于" is no marker; no outline in the capture.
// - 11: a book chapter on how to write a 闭幕词 is a writing guide, whatever site it sits on; "闭幕词与一样" (a word missing on
//   the page) stays.
// - 12: an 活动方案 is a written plan; its agenda names a 校长讲话 and the capture opens mid-plan, so it has no title at the
//   top (the "…活动方案10" heading names the next plan in the collection): title "".

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const GZ_TITLE = '环境保护工作会议主持词';

const SE_TITLE_LINE = '傳統(tǒng)中式婚禮主持詞';
const SE_SITE = '思而思學(xué)網(wǎng)';

const IX_TITLE = '六一国际儿童节诗歌朗诵会主持词开场白';

const LD_TITLE = '全国农业先进单位代表会議閉幕詞';
const LD_FIELDS = [
  '知识类型: 析出资源',
  '查看原文',
  '内容出处: 《余姚报》 报纸',
  '唯一号: 112120020230004962',
  '颗粒名称: ' + LD_TITLE,
  '分类号: D624.55',
  '摘要: 这是一篇关于一次大会的闭幕讲话。讲话指出这次大会通过了十大倡议,表示要将会议精神发扬到全国各地和各项工作中,同时呼吁警惕右倾保守思想和形式主义作风。讲话强调要宣传大会精神,贯彻执行倡议,做好农村整顿和巩固人民公社的工作,推进农村的各项发展。',
  '关键词: 闭幕讲话 党中央 倡议',
  '内容',
];

export const specs = {
  '07-zhuchici-glzy8-huanbao-title-twice-qmark-yi-wu-agenda-1-3': {
    source: 'https://glzy8.com/show/188573.html',
    kind: 'speech: 主持词 (a county 环境保护工作会议: opening, agenda, closing points; 范文 site)',
    tests: 'the title on two lines (page title and article title, equal); every later line opens with a "?" where the site lost an indentation character (so a marker is not at the very start of its line); "同志们:" alone, a long opening paragraph ending "下面按照会议议程逐项进行:"; block agenda lines "一、"…"五、" with "**" name placeholders, 二、 holding a bracketed "(1、…;2、…;同志上台领奖)" with blanks (the 1、 inside brackets is no marker), 三、 followed by "。(顺序为:**)。"; a second "同志们:" glued to its paragraph ending "我再强调几点:"; block "1、认识要到位。" / "2、 措施要到位。" / "3、 责任要到位。" (a space after 、 in two of them) — arabic headings under a chinese run, level 2 by rank; text cut after a comma ("年底要逐项考核,")',
    isSpeech: true,
    title: GZ_TITLE,
    noise: ['?'],
    replace: [['\n?', '\n']],
    dropLines: [GZ_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '请政协副主席**同志宣读表彰决定' },
      { level: 1, marker: '二、', text: '颁奖(1、请获得先进乡镇和先进企业代表、;2、请获得先进个人;同志上台领奖)' },
      { level: 1, marker: '三、', text: '请县人民政府县长**同志与各乡镇人民政府乡镇(场)长签订环保目标管理责任书' },
      { level: 1, marker: '四、', text: '请副县长**同志作工作报告' },
      { level: 1, marker: '五、', text: '请县长**同志作重要讲话' },
      { level: 2, marker: '1、', text: '认识要到位' },
      { level: 2, marker: '2、', text: '措施要到位' },
      { level: 2, marker: '3、', text: '责任要到位' },
    ],
  },
  '08-zhuchici-5728338-big5-pinyin-hunli-sitename': {
    source: 'http://m.5728338.com/ZhuChiCi/327700.html',
    kind: 'speech: 主持詞 (a master of ceremonies at a traditional Chinese-style wedding; traditional-script converter mirror)',
    tests: 'traditional mirror with converter pinyin after a fixed set of characters (統(tǒng), 學(xué), 網(wǎng), 農(nóng), 當(dāng), 進(jìn), 現(xiàn), 轉(zhuǎn), 經(jīng)), in the title line too; the site-name line "思而思學(xué)網(wǎng)" under the title; no salutation, the script opens with a leading space and a template date with its numbers left blank ("公元年元月日,農歷年月初"); stage directions "(響樂)" after paragraphs, "——啦!", "拉-------!"; rhymed verses in full-width quotes, one quote never closed, one pair of ASCII quotes; a colon-ended call "…三箭定乾坤:" followed by "一箭射天,…" / "二箭射地,…" / "三箭定乾坤,…" lines (counted phrases, no markers); simplified leftovers (這里, 后) and the page\'s typos (己到, 大架, 好和); cut at a paragraph end',
    isSpeech: true,
    title: '傳統中式婚禮主持詞',
    noise: [SE_SITE],
    regexCut: [PINYIN],
    dropLines: [unpin(SE_TITLE_LINE), unpin(SE_SITE)],
    outline: [],
  },
  '09-zhuchici-ixindu-liuyi-two-host-flattened-title-glued': {
    source: 'http://ixindu.com/dictionary/d1200684.html',
    kind: 'speech: 主持词开场白 (two hosts opening a primary school\'s 六一 poetry-recital assembly; dictionary-style content page)',
    tests: 'the title glued before the first host line with a space ("…主持词开场白 女:尊敬的各位领导, ", trailing space); the rest of the script flattened onto one line: 男:/女:/合:/齐呼: labels separated by spaces, the salutation spread over five labelled fragments, ×× placeholders, an anti-copy dot ("花的.清香"), a wrap space inside a sentence ("热烈的 掌声"), "大会进行第一项,"…"第五项:" agenda calls (ordinal + noun, no markers), a stage direction "(播放进行曲)", slogans in quotes ("六、一" inside quotes); a trailing " |" from the page',
    isSpeech: true,
    title: IX_TITLE,
    noise: ['花的.清香', '|'],
    replace: [
      [IX_TITLE + ' ', ''],
      ['花的.清香', '花的清香'],
      [' |', ''],
    ],
    outline: [],
  },
  '10-bimuci-librarydata-metadata-fields-zhaiyao-nongye-daibiao': {
    source: 'http://meta.librarydata.cn/metainfo?metaID=112120020230004962',
    kind: 'speech: 閉幕詞 (closing address of a national congress of advanced agricultural units, reprinted from a newspaper; library metadata page)',
    tests: 'a library database record: the title line in mixed scripts ("…代表会議閉幕詞"), then field lines "知识类型: 析出资源", "查看原文", "内容出处: 《…报》 报纸", "唯一号: <number>", "颗粒名称: <title>", "分类号: D624.55", a long "摘要:" in the third person ("这是一篇关于一次大会的闭幕讲话。讲话指出…") and "关键词: 闭幕讲话 党中央 倡议", a lone "内容" label; then "各位代表,各位同志:" and paragraphs indented with two spaces, mixed simplified and traditional characters (这/這, 大会/大會, 党, 于, 幷, 規划, 眞, 文敎, 衞生), "由于…,由于…,由于…" (no markers), "聽到了…,聽到了…,聽到了…"; cut mid-sentence ("工作")',
    isSpeech: true,
    title: LD_TITLE,
    noise: LD_FIELDS,
    dropLines: [LD_TITLE, ...LD_FIELDS],
    outline: [],
  },
  '11-guide-aslwx-bimuci-xiefa-novel-chrome-not-speech': {
    source: 'https://aslwx.com/book/180437/64302698.html',
    kind: 'non-speech: writing guide (a chapter "闭幕词的写法" of a 公文写作知识 book on a novel site)',
    tests: 'a novel site\'s chapter page: the chapter title "闭幕词的写法", the byline-and-buttons line "admin / 著投票加入书签", the site\'s "爱尚小说网 www.aslwx.com,最快更新公文写作知识最新章节!"; paragraphs indented with four spaces; "(一)闭幕词的概念和种类" / "(二)闭幕词的写作方法" headings; prose about the genre (what a 闭幕词 is, what its opening, body and close must say, "最后庄重宣布会议闭幕"); a word missing on the page ("闭幕词与一样"); cut without a full stop — about speeches, not a speech',
    isSpeech: false,
    title: '闭幕词的写法',
  },
  '12-fangan-jingyanben-kaixue-dianli-chengxu-not-speech': {
    source: 'https://jingyanben.com/bangongwenmi/61692.html?page=8',
    kind: 'non-speech: 活动方案 (eighth page of a collection of 高中开学典礼活动方案)',
    tests: 'the capture opens mid-plan with "六、典礼程序" and (一)…(七) steps naming 讲话 by leaders, class teachers and pupils, then the next plan\'s heading "高中开学典礼活动方案10", its 一、时间 / 二、地点 / 三、主持 / 四、议程 lines with (一)…(五) items ("邵启明校长讲话。"), 五、要求 with 1、/2、 and 六、具体安排 with 1、…4、, the banner text "会标:…开学典礼暨教师节庆祝大会" — a programme for a ceremony, numbered like an outline, written, not spoken',
    isSpeech: false,
    title: '',
  },
};
