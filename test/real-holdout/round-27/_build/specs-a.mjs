// Gold specs for holdout round 27, part a (cases 01–06): courts, procuratorates, public security and 政法 work — a
// 法院院长's speech, 扫黑除恶 / 禁毒 / 政法工作会议 speeches — and two written look-alikes of them. Four spoken pieces (an
// intermediate court president's speech at the ground-breaking of the court's new trial building, on the court's own
// government site: a "关注我们" header link, a breadcrumb "当前位置: 首页 > 法院概况 > 院长致辞" ending in the column, the
// title line, "分享到:" and a "发布时间:… 打印 字号: | |" line, then "同志们:" and one long paragraph cut mid-phrase, no
// outline; a 纪委书记's 扫黑除恶 speech on a 范文 site under a 小编 promo naming the piece "20xx…讲话(完整)", with the
// authored announcement "首先就扫黑除恶工作讲三点意见:", a 一、 heading line and two "(一)…。"/"(二)…。" block headings with
// their bodies glued after the full stop, mismatched quotes ('四个意识“) and "***同志" blanks; a 禁毒宣传 speech on a
// traditional-script mirror, the page's piece heading "禁毒宣傳講話稿(一)", "同#志" with a planted "#", a stray space
// inside "回顧 和安排", 「」 quotes and the converter's 民眾 for 群众, a 一、 heading line, cut mid-phrase; a city leader's
// 政法工作会议 speech from an old 论文/范文 dump whose text has hard wraps inside two paragraphs, an emptied quote "“”重要讲话"
// and a dropped verb ("实事求是地了去年…") where the site stripped words, "下面,我讲四点意见:" and a 一、 heading line) and
// two written look-alikes (page 2 of a writing guide on how to draft 政法综治 讲话稿, under the site's hotline "4006-01-9999",
// with "三是保存讲话稿。" inline, a "第三,拟定提纲要新。" paragraph and a quoted sample outline "第一,…;第二,…;…第五,…"
// inside a paragraph — advice about speeches, not a speech; a district news report of a 扫黑除恶 总结大会 whose secretary
// "提出要求,一要…。二要…。三要…。" — reported speech in the third person).
// Judgement calls:
// - 01: "关注我们", the breadcrumb, "分享到:" and the 发布时间 line are the site's; the title line is the document's own
//   (dropped, not listed), the speaker's name and rank are part of it. "院长致辞" is the column, not the title.
// - 02: the promo line is noise as a whole; the title line under it is dropped, not listed. "首先就扫黑除恶工作讲三点意见:"
//   has no separator after 首先 ("首先就…"), so it is no sequence marker and stays prose. The (一)/(二) sentences are under
//   50 characters, so each text is the whole first sentence; both are level 2 under 一、. The odd quotes are the page's.
// - 03: the piece heading "禁毒宣傳講話稿(一)" is noise (like round 20's "…篇1"); the title is the bare name. The "#" in
//   "同#志" is a planted character (keyword-filter evasion), not the author's: it is cut by `replace` and listed as noise.
//   The space in "回顧 和安排" stays.
// - 04: the hard wraps ("作了" / "工作报告", "加快推进" / "社会保障") are joined; the emptied “” and the missing verb stay as
//   the page has them. "“9.11”" is a number in quotes, never a marker.
// - 05: a guide that quotes a speech outline is written, not spoken; title "" (page 2 carries no title).
// - 06: a news report: not a speech; the headline is not in the capture, so the title is "".
// Names of people and places were replaced by fictional ones (郑怀远, 青川市, 鹭城; 振華; 明远, 韩立; 韩立德, 青江市; 青园区,
// 韩启明, 许立新, 程慧, 周永安) and the prose rewritten in new words; national leaders' names and public events were kept as
// the pages have them; every noise string is the page's own text. The traditional page (03) was drafted in simplified
// characters, converted with OpenCC (tw), then given the mirror's own forms back (民眾 for 群众, 「」, 泛濫).
// Looked for and not found on a new host: a 政法工作会议 主持词 with an agenda, a 检察长's or 法院院长's 表态发言 (the
// pages corpus answers with research articles and novels), a 文库 viewer of a 政法 speech with page counters (those found
// are on used hosts: daumloan, wnwk, gongwk, wenku.docs.qq), a traditional mirror with converter pinyin on a 政法 speech
// (jey722.cn mirrors 新文秘网, used; digitsoul.com and dc2011.net carry only news reports). Also on used hosts: gwyoo, allw,
// dawenge, nepao, damishu, 6dgww, gongwenhui, bgzsck, letgol, caiyes.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SX_HEADER = '关注我们';
const SX_CRUMB = '当前位置: 首页 > 法院概况 > 院长致辞';
const SX_TITLE = '郑怀远院长在审判业务用房及配套附属用房建设项目奠基仪式上的讲话';
const SX_SHARE = '分享到:';
const SX_META = '发布时间:2011-05-31 16:31:47 打印 字号: | |';

const LC_PROMO = '下面是小编为大家整理的20xx纪委书记在扫黑除恶工作会议上讲话(完整),供大家参考。';
const LC_TITLE = '纪委书记在扫黑除恶工作会议上的讲话';

const ZL_PIECE = '禁毒宣傳講話稿(一)';

const NS_TITLE = '在全市政法工作会议上的讲话';

export const specs = {
  '01-jianghua-shanxify-fayuan-yuanzhang-dianji-breadcrumb-column-share-meta': {
    source: 'https://sxtyzy.shanxify.gov.cn/article/detail/2011/05/id/2079727.shtml',
    kind: 'speech: 讲话 (an intermediate people\'s court president at the ground-breaking of the court\'s new trial building; the court\'s own site)',
    tests: 'a court site\'s chrome: the header link "关注我们", the breadcrumb "当前位置: 首页 > 法院概况 > 院长致辞" whose last crumb is the column (a genre word, not the title), the title line naming the speaker "郑怀远院长在…奠基仪式上的讲话", "分享到:", an indented "发布时间:… 打印 字号: | |" line with empty size buttons, then "同志们:" and a single long indented paragraph (family metaphors, "2013年", a sentence opening "也会…" after a full stop), cut mid-phrase ("兄弟"); no outline',
    isSpeech: true,
    title: SX_TITLE,
    noise: [SX_HEADER, SX_CRUMB, SX_SHARE, SX_META],
    dropLines: [SX_HEADER, SX_CRUMB, SX_TITLE, SX_SHARE, SX_META],
    outline: [],
  },
  '02-jianghua-longcen-jiwei-saohei-promo-shouxian-yi-paren-yi': {
    source: 'https://www.longcen.com/zhuantifanwen/jianghuagao/19143.html',
    kind: 'speech: 讲话 (a 纪委书记 at a development zone\'s 扫黑除恶 work meeting; 范文 site)',
    tests: 'a 小编 promo naming the piece with "20xx" and "(完整)" over the title line; "同志们:"; an announcement line "首先就扫黑除恶工作讲三点意见:" (首先 with no separator: prose); a 一、 heading line; two block headings "(一)…。"/"(二)…。" with ASCII parentheses and their bodies glued after the full stop (text = the first sentence, under 50 characters); mismatched quotes \'四个意识“ / \'四个伟大“ / \'打盗抢 and "***同志" blanks; a date "1月11日" and a 《…通知》 title inside; cut mid-quote ("反诈骗、")',
    isSpeech: true,
    title: LC_TITLE,
    noise: [LC_PROMO],
    dropLines: [LC_PROMO, LC_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识新一轮扫黑除恶专项斗争的政治意义,切实增强打赢这场硬仗的责任感、使命感' },
      { level: 2, marker: '(一)', text: '强化\'四个意识“,切实把思想与行动统一到以***同志为核心的党中央的决策部署上来' },
      { level: 2, marker: '(二)', text: '在充分肯定成绩的同时,更要清醒看到当前我区涉黑涉恶犯罪的严峻形势' },
    ],
  },
  '03-jianghua-zeelive-big5-jindu-xuanchuan-hash-watermark-yi': {
    source: 'https://zeelive.com.tw/lizhiyanjiang/166006.html',
    kind: 'speech: 讲话 (a city leader\'s 禁毒 speech after the relay of national and provincial meetings; traditional-script mirror)',
    tests: 'a traditional-script mirror: the piece heading "禁毒宣傳講話稿(一)" (name plus piece number) as the first line; "同志們:"; a planted "#" inside "同#志" in the first sentence; a stray space inside "回顧 和安排"; "下面,我講兩點意見:" then the 一、 heading line "一、全力以赴,打贏禁毒人民戰爭"; converter quirks (民眾 for 群众, 「」 quotes) in long paragraphs; cut mid-phrase ("牢牢")',
    isSpeech: true,
    title: '禁毒宣傳講話稿',
    noise: [ZL_PIECE, '#'],
    replace: [['同#志', '同志']],
    dropLines: [ZL_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '全力以赴,打贏禁毒人民戰爭' },
    ],
  },
  '04-jianghua-nseac-zhengfa-gongzuo-hardwrap-sidian-yi': {
    source: 'http://fw.nseac.com/html/460/281101.html',
    kind: 'speech: 讲话 (a city leader at the city\'s 政法工作会议, early 2000s; 论文/范文 dump)',
    tests: 'no site chrome: the title line, "同志们:", paragraphs with hard wraps mid-sentence ("…同志作了" / "工作报告,…", "…加快推进" / "社会保障体系试点,…") to be joined; words stripped by the site (an empty “” before 重要讲话, a missing verb in "实事求是地了去年…") kept as found; "下面,我讲四点意见:" and the heading line "一、认清形势,统一思想,…紧迫感"; "“9.11”" and "“十五”" in quotes (never markers); cut mid-word ("重要思")',
    isSpeech: true,
    title: NS_TITLE,
    noise: [],
    join: [
      ['这次全市政法工作会议,', '工作报告,实事求是地'],
      ['我市的政治经济形势总体上', '社会保障体系试点,'],
    ],
    dropLines: [NS_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '认清形势,统一思想,进一步增强维护社会政治稳定的责任感和紧迫感' },
    ],
  },
  '05-guide-huatu-zhengfa-jianghuagao-tigang-disan-not-speech': {
    source: 'http://www.huatu.com/a/ziliao/gwy/gongji/2008/0814/18913_2.html',
    kind: 'non-speech: writing guide (page 2 of a civil-service site\'s article on drafting leaders\' speeches, drawn from 政法综治 meetings)',
    tests: 'the site\'s hotline "4006-01-9999" as the first line; first-person advice from a speech writer ("我在一个外地市政法综治工作会议的领导讲话稿里…"), an inline "三是保存讲话稿。", a paragraph "第三,拟定提纲要新。" and a quoted sample outline "第一,开创新局面,…;第二,…;…第五,…。" inside a paragraph, "“****”" blanks, "一种是…模式" / "另一种是…模式" — a guide about speeches, not a speech; no title in the capture; cut mid-word ("紧紧围")',
    isSpeech: false,
    title: '',
  },
  '06-news-jlpeace-saohei-zongjie-yiyao-eryao-not-speech': {
    source: 'http://jlpeace.gov.cn/lyq/gzdt/202112/d34a185b15ec4edba6c95c4b99c92660.shtml',
    kind: 'non-speech: news report (a district\'s 扫黑除恶专项斗争 总结大会; provincial 政法 site)',
    tests: 'a news report without its headline in the capture: "12月1日,青园区召开…总结大会,区委书记…出席会议并讲话", who chaired and who reported (法院院长, 检察院检察长), then the secretary "提出要求,一要…。二要…。三要…。" — 一要 after a comma, 二要/三要 after full stops, each with a "要在…持续用力" body — reported speech in the third person; spaces after full stops; cut mid-sentence on the attendance line',
    isSpeech: false,
    title: '',
  },
};
