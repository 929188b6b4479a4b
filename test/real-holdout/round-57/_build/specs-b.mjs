// Gold specs for holdout round 57, part b (cases 07–12): school and university websites (开学/毕业典礼, 朝会/国旗下讲话,
// 校长讲话). Four spoken pieces (a vocational college principal's address at the first intake's 军训汇报暨开学典礼 on a
// hijacked copy of the college's news page (ahxinzhuang, "/newsdetail_<id>.html"): no title in the capture, the salutation
// first, an anti-scrape jammer that glues emoji (with skin tones, ZWJ sequences and variation selectors) after words and
// punctuation throughout — also between the numeral and the comma of the one heading ("一🔠、走出过去,…") — and a casino
// brand "彩神iv争霸8" glued where the college's name stood ("举行彩神iv争霸82023级新生…"), cut mid-sentence; a 高三 毕业典礼
// 校长讲话稿 on a teaching-materials site (chinajiaoan, "/doc/<15 digits>.html") whose text opens with the document's page
// number glued to the title ("1、高三毕业典礼校长讲话稿"), then the salutation, "提三点期望:" and block "第一,…。" / "第二,…。"
// points, cut mid-word ("二十一世"); a vocational college dean's 开学典礼 致辞 on a 范文 site (234fw): a breadcrumb that ends
// in the title, the title, two bullet meta lines (a date, a bare view count), the title again, indented paragraphs, z and
// 20** placeholders, the site's 籍 for 借, two block "一是关于…。" / "二是关于…。" points after a paragraph ending in a colon,
// cut mid-word ("强"); a Taiwanese school principal's 朝會 talk as a PDF on a document library (9lib, genuine traditional
// script): the viewer's chrome ("• 沒有找到結果。", the document title, "N/A" twice, "Protected", "Academic year: 2022",
// 'Share "<title>"', "Copied!" over three bare counters "3/0/0", "加載中.... (立即查看全文)", "全文", the page marker "(1)"),
// then the title and the label "朝會校長講話", PDF text with a space at every wrap ("希 望", "教 具") and a page break that splits
// a sentence over a blank line ("…一件溫馨的事," / "生態池旁…"), spaces inside dates ("9 月20 日 (六)19:00"), cut mid-sentence)
// and two written look-alikes (a college's news report of a graduation ceremony (qvc.edu.cn) that summarises the party
// secretary's speech as inline "一是…。二是…。三是…。" after full stops, with "【新闻中心讯】", a quoted speech title and the
// photo captions at the end ("许承岳讲话"), cut mid-word; a pupil's composition about the school's opening ceremony on a
// story site (westchinastory) that opens with a blank line, with "首先是升国旗。", the host's quoted commands ("全体起立,
// 出旗奏乐!"), "升旗﹑敬礼" with a small ideographic comma, a space before a full stop, an ASCII "." ending a paragraph, the
// typo 刚位 (岗位), and "最后是学校的领导讲话" where the capture ends).
// Judgement calls: 07 has no title (""); the emoji are the jammer's and go, each run as one noise string, by one regular
// expression (surrogate pairs, U+2600–27BF, ZWJ and FE0F); the casino brand is noise and goes from inside the sentence, as
// round 21's sh-qfbc brand did ("隆重举行2023级新生军训汇报暨开学典礼"); the heading read once the jammer is gone,
// "一、走出过去,在起点上找准方向", is a required level-1 item; "首先,请允许我…" is a lone sequence word (no 其次), no item.
// 08's first line is the page number "1、" glued to the document's own title: the whole line is noise (as a "…篇1" piece
// heading) and the title is "高三毕业典礼校长讲话稿"; "1、" is no outline item; "第一," and "第二," open their paragraphs
// (block points, required, level 1, each the first sentence up to its full stop) though the paragraph before them ends in
// "提三点期望:"; the lone "首先,我代表学校…" after a full stop opens no run. 09's title appears three times (breadcrumb tail,
// title line, repeat under the meta): the breadcrumb line is noise, the title lines are dropped, not listed; the bullet
// date and the bare view count are noise; "一是关于明德自强。" and "二是关于笃学精技。" are block points, required, level 1.
// 10's title is the document's "做什麼像什麼" (the viewer's copy of it is dropped, not listed); "朝會校長講話" under it labels
// the talk (a principal at the morning assembly) and stays as a body line, as round 34's "主任龚立山" byline did; the talk
// is spoken to the pupils ("請同學邀請家長…", "不知同學是否注意到…") though it has no salutation, so it is a speech; the viewer's
// counters "3", "0", "0" are dropped as lines and listed once together with "Copied!" (a bare "0" would be no usable noise
// string); the two lines across the page break are joined; the wrap spaces stay (the scorer removes whitespace); no
// numbered points. 11 is a third-person report (他希望…, a speech title in 《》, photo captions), not a speech, though its
// 一是/二是/三是 follow full stops. 12 is a pupil's written account, not a speech; its 首先/最后 are narration. All private
// people, the college in 07, the schools' buildings, parks and halls in 10, and the speakers and pupils in 11 and 12 are
// fictional; the mottos, quotations and events were replaced.
// Looked for and not found on a new, non-twin host: a university's own news page printing a president's full
// 毕业/开学典礼 speech with 一、/(一) headings (the corpus answers with third-person news reports on .edu.cn hosts, or with used
// 范文/文库 hosts: 39ysw, gongwenbang, uedoc, dawenge, sucai198, fx361, yunko); a school party secretary's 教师节 表彰大会
// speech with 一是/二是 (pyh678, qingsongxiezuo, esk365 are used); a 国旗下讲话 with 首先/其次 on a school's own site (only
// news of flag-raising ceremonies, and pleasurethai's traditional mirrors, used); a 通知 on a graduation ceremony
// (stuhome.ustc is used; msxy.sdut.edu.cn runs the same university CMS as round 24's zhuanti.sdut and was left alone).
// Template twins set aside: m.sfimmeter.com (a traditional copy of a high school's "德育天地 > 國旗講話" page, a 教師節
// 國旗下講話 with a date line and the speaker in brackets) and shenyangwangzhanzhizuo.com (a traditional copy of a 中國西藏網
// commentary on graduation speeches), both printing the leaked random-id tag kit ('<dd id="fd09d"></dd>',
// '<style id="utfaj"></style>', '<noscript id=…>') of round 29's pantsexpo and round 50's heartjkgl; 17025calibrations.com
// ("/wordsearch__b<id>_<n>.html", lfppt's); bbs.ugtv8.com, bbs.beng168.com and renwen.czt.cc (the "/jxfw/<yyyymm>/"
// family); m.cooco.net.cn (the ruiwen-style promo family); yyxdfwzy.com, the same college's own site as 07's copy (a
// different, noise-free speech), left out so that one college is used once.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AX_BRAND = '彩神iv争霸8';
// one run of jammer emoji: astral pictographs (surrogate pairs), U+2600–27BF symbols, ZWJ and variation selector 16
const AX_JAMMER = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF]|[\\u200D\\uFE0F])+';

const CJ_LINE = '1、高三毕业典礼校长讲话稿';
const CJ_TITLE = '高三毕业典礼校长讲话稿';

const FW_TITLE = '学院院长在职业学院开学典礼上的致辞';
const FW_CRUMB = '当前位置:首页 > 范文 > ' + FW_TITLE;
const FW_DATE = '• 2024-06-23';
const FW_VIEWS = '• 6809';

const NL_TITLE = '做什麼像什麼';
const NL_NORESULT = '• 沒有找到結果。';
const NL_NA = 'N/A';
const NL_PROTECTED = 'Protected';
const NL_YEAR = 'Academic year: 2022';
const NL_SHARE = 'Share "做什麼像什麼"';
const NL_COPIED = 'Copied!';
const NL_COUNTERS = 'Copied!\n3\n0\n0';
const NL_LOADING = '加載中.... (立即查看全文)';
const NL_FULLTEXT = '全文';
const NL_PAGE = '(1)';

export const specs = {
  '07-zhici-ahxinzhuang-kaixue-dianli-emoji-jammer-casino-brand-yi': {
    source: 'https://www.ahxinzhuang.com/newsdetail_268.html',
    kind: 'speech: 讲话 (a vocational college principal at the first intake\'s military-training review and opening ceremony; hijacked copy of the college\'s news page)',
    tests: 'no title: the capture opens with the salutation "尊敬的各位教授、各位老师,亲爱的同学们🐀:"; an anti-scrape jammer gluing emoji runs after words and punctuation everywhere ("秋高气爽🏌🏻‍♂️、", "时节🤘👨🏻‍🍼,", "状态😓🛌🏼?", "大声发问🦫👩‍🦯‍➡️:"), skin tones, ZWJ sequences and FE0F included, and one between the numeral and the comma of the only heading ("一🔠、走出过去,在起点上找准方向"); a casino brand glued where the college\'s name stood ("举行彩神iv争霸82023级新生军训汇报暨开学典礼"); blank lines between paragraphs and two before the heading; a quoted saying with an emoji inside the quotation; a lone "首先," after a full stop (no run); cut mid-sentence ("这算")',
    isSpeech: true,
    title: '',
    noise: [AX_BRAND],
    regexCut: [AX_BRAND, AX_JAMMER],
    outline: [
      { level: 1, marker: '一、', text: '走出过去,在起点上找准方向' },
    ],
  },
  '08-jianghua-chinajiaoan-gaosan-biye-dianli-page-number-title-diyi': {
    source: 'https://www.chinajiaoan.cn/doc/165130929699869.html',
    kind: 'speech: 讲话稿 (a high-school principal at the 高三 graduation ceremony; teaching-materials document page)',
    tests: 'the page number "1、" glued to the document\'s own title on the first line ("1、高三毕业典礼校长讲话稿": the line is noise, the title is the rest, and "1、" is no arabic heading); no blank lines; salutation "同学们,老师们:" and "早上好!"; a "20xx届" placeholder; a lone "首先,我代表学校…" after a full stop; "提三点期望:" then block "第一,涵养品德,做一个心地光明的人。" and "第二,无论遭遇…,永不言弃。" points, each followed by a paragraph opening with a quotation; cut mid-word ("二十一世")',
    isSpeech: true,
    title: CJ_TITLE,
    noise: [CJ_LINE],
    dropLines: [CJ_LINE],
    outline: [
      { level: 1, marker: '第一,', text: '涵养品德,做一个心地光明的人' },
      { level: 1, marker: '第二,', text: '无论遭遇怎样的风浪和坎坷,前进的方向不能动摇,要持续奋斗,永不言弃' },
    ],
  },
  '09-zhici-234fw-zhiye-xueyuan-kaixue-crumb-bullets-title-thrice-yishi': {
    source: 'http://234fw.com/fanwen/201602/10581.html',
    kind: 'speech: 致辞 (a vocational college dean at the opening ceremony and freshmen commendation; 范文 site)',
    tests: 'a breadcrumb "当前位置:首页 > 范文 > <title>" ending in the title, the title line, two indented bullet meta lines ("• 2024-06-23", "• 6809": a date and a bare view count), the title again, then indented paragraphs; placeholders "z职业技术学院" and "20**--20**"; the site\'s "籍此机会"; a paragraph ending "…与同学们共勉:" followed by block "一是关于明德自强。" and "二是关于笃学精技。" points (level 1) whose paragraphs go on with quotations and semicolon-separated clauses; cut mid-word ("强")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_CRUMB, FW_DATE, FW_VIEWS],
    dropLines: [FW_CRUMB, FW_TITLE, FW_DATE, FW_VIEWS],
    outline: [
      { level: 1, marker: '一是', text: '关于明德自强' },
      { level: 1, marker: '二是', text: '关于笃学精技' },
    ],
  },
  '10-jianghua-9lib-big5-zhaohui-xiaozhang-docviewer-chrome-pdf-spaces-pagebreak': {
    source: 'https://9lib.co/document/y96r201d-%E5%81%9A%E4%BB%80%E9%BA%BC%E5%83%8F%E4%BB%80%E9%BA%BC.html',
    kind: 'speech: 講話 (a Taiwanese school principal\'s talk at the morning assembly; PDF on a document library, traditional script)',
    tests: 'document-library chrome before the text, one item a line with blank lines between: "• 沒有找到結果。", the document title, "N/A" twice, "Protected", "Academic year: 2022", \'Share "做什麼像什麼"\', "Copied!" over three bare counters "3" / "0" / "0", "加載中.... (立即查看全文)", "全文", the page marker "(1)"; then the title again and the label line "朝會校長講話"; no salutation, the talk addresses the pupils ("請同學邀請家長…"); PDF text with a space left at every wrap ("邀 請", "希 望", "教具 大量") and inside dates ("9 月20 日 (六)19:00"); a page break splitting a sentence over a blank line ("…發生一件溫馨的事," / "生態池旁…", joined); "~" between a project and its name; no numbered points; cut mid-sentence',
    isSpeech: true,
    title: NL_TITLE,
    noise: [NL_NORESULT, NL_NA, NL_PROTECTED, NL_YEAR, NL_SHARE, NL_COUNTERS, NL_LOADING, NL_FULLTEXT, NL_PAGE],
    join: [['雖然積極防範水患', '生態池旁飼養']],
    dropLines: [NL_NORESULT, NL_TITLE, NL_NA, NL_PROTECTED, NL_YEAR, NL_SHARE, NL_COPIED, '3', '0', NL_LOADING, NL_FULLTEXT, NL_PAGE],
    outline: [],
  },
  '11-news-qvc-biye-dianli-yishi-inline-captions-not-speech': {
    source: 'https://www.qvc.edu.cn/columns/cdd74cd9-8727-4148-b813-e930159b6296/202406/20/68771351-594e-4267-b8ac-b587aba847df.html',
    kind: 'non-speech: news report (a college\'s graduation ceremony, on the college\'s own site)',
    tests: 'a college news post opening "【新闻中心讯】6月20日,…": the party secretary\'s speech, named in 《》, reported in the third person ("代表学院向…表示祝贺", "他希望同学们…") with inline "一是胸怀大局,不负韶华。…二是迎难而上,勇挑重担。…三是笃行不怠,前程可期。" after full stops; the programme in order; four photo captions at the end ("许承岳讲话", "学院领导为…颁发毕业证书"); no salutation — a report, not a speech; cut mid-word ("毕")',
    isSpeech: false,
    title: '',
  },
  '12-essay-westchinastory-kaixue-dianli-zuowen-shouxian-zuihou-not-speech': {
    source: 'https://www.westchinastory.cn/story/3643',
    kind: 'non-speech: personal essay (a pupil\'s composition about the school\'s opening ceremony and flag-raising)',
    tests: 'a composition with no title that opens with a blank line and a space before a full stop ("开学的日子 。"); "首先是升国旗。" inside a paragraph; the host\'s commands quoted ("“全体起立,出旗奏乐!”", "“升旗﹑敬礼”" with a small ideographic comma); the principal introducing new teachers, two pupils\' speeches and a new teacher\'s words retold in the third person; an ASCII "." ending a paragraph; the typo "刚位"; "最后是学校的领导讲话" where the capture ends — a pupil\'s written account, not a speech',
    isSpeech: false,
    title: '',
  },
};
