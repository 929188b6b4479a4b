// Gold specs for holdout round 25, part a (cases 01–06): county and township leaders' speeches on rural work — 森林防火,
// 春耕, 秋种秋管, 禁毒 — and two written look-alikes of them. Four spoken pieces (a county leader's 森林防火 speech, first
// piece of a 范文 collection on a traditional-script mirror with converter pinyin after a fixed set of characters, a
// "- 相關推薦" line over the page title, a 小編 promo and the piece heading "…范文1", a 一、 heading line and a cut
// mid-phrase; a city leader's 春耕生产现场会 speech in a PDF viewer, with the file name "…_公文写作范文_ .pdf" and the page
// label "…--第1页", hard wraps every 30 characters, inline 一是/二是 after a colon and a full stop in the opening, a 一、
// heading line, a "(一)…。" block heading with its body glued after the full stop, and inline 一是 after a full stop with
// 二是 after a semicolon at the cut; a county 秋种秋管 speech on a 文库 page, under the site's third-person abstract glued to
// a "以下由网友整理分享的…" promo, the page counter "1/5" glued to the title printed twice, glued to "同志们:" and the whole
// speech flattened into one line with an inline 一、 heading glued to its body and "〔*〕" blanks; a township party
// secretary's 禁毒 speech, first piece of a "(2篇)" collection on a 范文 site, with a welcome line, a breadcrumb, an
// update/view-count meta line, the collection's bare name, the piece heading "第1篇 <title>", blank lines between all
// lines, "xxx" blanks and two 一、/二、 heading lines, the first with the authored slip 形式 for 形势) and two written
// look-alikes (a county government news report of a 禁毒 meeting, its breadcrumb, date/source/reader-count line, font
// and share bar and an "图片" alt text, whose leader "强调,…一要…;二要…;三要…。" — a report of a speech in the third
// person; a city 农村人居环境整治提升 工作方案 with 一、/二、/(一) headings and the "仅展示665字,全文共3671字" tail — a plan).
// Judgement calls:
// - 01: the title is the piece's own name with 范文 kept (as round 20's 02 kept 範本 and earlier rounds kept 范文) and the
//   pinyin off; the "- 相關推薦" line, the page title, the promo and the "…范文1" heading are noise. The mirror writes
//   every 會 as "會(huì )" with a space inside the parentheses; the regex for the pinyin allows that one space, so "(huì )"
//   is cut like the others. "四點意見,歸納起來就是“四個字”。" announces the parts; the 一、 heading line is required.
// - 02: the PDF's file-name line and page label are noise; the document's own title line is dropped, not listed. The
//   wrapped lines are joined per paragraph. In the opening, "一提醒…;二是…;三是…。" has no 一是 (so 二是/三是 start no
//   run and are prose); "我个人的感受是:一是…。二是…。" opens after a colon: optional, level 1 (round 20's 08/13). The
//   "(一)抢抓节令,培育壮苗。" block heading gives its first sentence; inside it 一是 after a full stop and 二是 after a
//   semicolon are optional (round 1's 05), level 3; 一是's sentence runs past 50 characters, so its text ends at the
//   first comma; 二是's text is what the cut leaves ("要马上").
// - 03: the first line (the site's third-person abstract run into its "以下由网友整理分享的…" promo) is noise as a whole;
//   "1/5" is noise; the title printed twice after it is dropped, not listed (it is the title). "同志们:" stays glued to
//   the flattened speech (round 18's 01). The inline 一、 after a full stop, glued to its body, with no 二、 in the
//   capture, is optional (rounds 10/11/21); its sentence is over 50 characters, so its text ends at the first comma.
// - 04: the welcome line, the breadcrumb, the collection title "(2篇)", the meta line, the collection's bare name and the
//   piece heading "第1篇 <title>" are noise (round 24's 02); the title is the piece's own name. "形式" for 形势 is the
//   document's slip and stays.
// - 05: a news report whose leader "强调,…一要…;二要…;三要…" is reported speech in the third person: not a speech; the
//   title is the headline. 06: a 工作方案 ("制定本方案。") is a written plan: not a speech; the title is its own line; the
//   "十有十无" standard in parentheses is the official wording and was kept.
// Names of people and places were replaced by fictional ones (立川, 明遠, 青石/柳溪/雲坪/松口; 青溪街道, 石门坪乡, 柳塘镇,
// 郑禾; 青岚, 韦明川) and the prose rewritten in new words; every noise string is the page's own text. The traditional page
// (01) was written in traditional characters in the mirror's forms (范, 筑) and its pinyin put after every occurrence of
// the characters the page annotates (關 會 話 場 寫 點 時 開 個 務 實 書 態 見 著 線 經 來 觀 發 學 簡).
// Looked for and not found on a new host: a 防汛抗旱 or 人居环境整治 speech (those found are on used hosts: huangminedu,
// 6dgww, wm114, sanweiyuan, xiegongwen, bimoxiezuo, gongwk, and jey722.cn mirrors 新文秘网), a 平安建设 speech (6dgww,
// wenmijiayuan are used), a 乡村振兴 工作要点 (the pages corpus returns research articles and central documents); a second
// traditional mirror (hafencaoymj.com) looks like the same converter template as 01's and was left out.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

// Converter pinyin; this mirror writes 會 as "會(huì )", one space before the closing parenthesis.
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const PA_RELATED = '- 相關(guān)推薦';
const PA_PAGE_TITLE = '森林防火群眾會(huì )講話(huà)稿范文';
const PA_PROMO =
  '在學(xué)習、工作生活中,很多情況下我們需要用到講話(huà)稿,講話(huà)稿是指把在一定場(chǎng)合下所要講的話(huà)事先用文字有條理的寫(xiě)出來(lái)的文稿。' +
  '你知道講話(huà)稿怎樣才能寫(xiě)的好嗎?下面是小編幫大家整理的森林防火群眾會(huì )講話(huà)稿范文,希望能夠幫助到大家。';
const PA_PIECE = '森林防火群眾會(huì )講話(huà)稿范文1';

const DB_FILE = '春耕生产现场会议的讲话稿_公文写作范文_ .pdf';
const DB_PAGE = '春耕生产现场会议的讲话稿_公文写作范文_--第1页';
const DB_TITLE = '春耕生产现场会议的讲话稿';

const GB_ABSTRACT =
  '会议强调抓好秋种秋管工作的重要性,要求各部门加强协作,确保农业生产顺利进行,提高粮食产量和质量。' +
  '以下由网友整理分享的“在全县秋种秋管工作会议上的讲话稿”相关材料,便您学习参考,喜欢就分享给朋友吧!';
const GB_TITLE = '在全县秋种秋管工作会议上的讲话稿';
const GB_PAGE = '1/5';

const GL_WELCOME = '欢迎光临管理者范文网';
const GL_CRUMB = '当前位置:管理者范文网 > 书信稿件 > 稿件范文 > 讲话稿';
const GL_COLL = '乡镇禁毒讲话稿(2篇)';
const GL_META = '更新时间:2024-11-20 查看人数:2';
const GL_COLL_NAME = '乡镇禁毒讲话稿';
const GL_TITLE = '乡镇禁毒工作会议讲话';
const GL_PIECE = '第1篇 ' + GL_TITLE;

export const specs = {
  '01-jianghua-popartistsnft-big5-pinyin-senlin-fanghuo': {
    source: 'http://popartistsnft.com/article/4340028.htm',
    kind: 'speech: 讲话 (a county leader at the county meeting on winter and spring 森林防火; first piece of a 范文 collection on a traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (關 會 話 場 寫 點 時 開 個 務 實 書 態 見 著 線 經 來 觀 發 學 簡), every 會 written "會(huì )" with a space inside the parentheses; a "- 相關(guān)推薦" line over the page title "森林防火群眾會(huì )講話(huà)稿范文"; a 小編 promo explaining what a 講話稿 is; the piece heading "…范文1"; "同志們:"; an opening that names colleagues and four townships and announces "四點(diǎn)意見(jiàn),歸納起來(lái)就是“四個(gè)字”"; a 一、 heading line with a quoted character ("緊扣一個(gè)“防”字"); no blank lines; cut mid-phrase ("眼下森林防火的")',
    isSpeech: true,
    title: '森林防火群眾會講話稿范文',
    noise: [PA_RELATED, PA_PAGE_TITLE, PA_PROMO, PA_PIECE],
    regexCut: [PINYIN],
    dropLines: [PA_RELATED, PA_PAGE_TITLE, PA_PROMO, PA_PIECE].map(unpin),
    outline: [
      { level: 1, marker: '一、', text: '緊扣一個“防”字,全力筑牢思想防線' },
    ],
  },
  '02-jianghua-docxbaby-pdf-chungeng': {
    source: 'https://docx.baby/p/20791460375366.html',
    kind: 'speech: 讲话 (a city leader at the 春耕生产 on-site meeting after visiting three townships\' seedling sites; PDF viewer)',
    tests: 'a PDF viewer: the file name "…_公文写作范文_ .pdf" (a space before the extension) and the page label "…_公文写作范文_--第1页", then the document\'s own title line; hard wraps every 30 characters inside every paragraph (never before a comma or full stop; one before "100%"); "同志们:"; in the opening "一提醒…;二是…;三是…。" (no 一是, so no run) and then "我个人的感受是:一是…。二是…。" (一是 after a colon); a quoted farming saying; a 一、 heading line; a "(一)抢抓节令,培育壮苗。" heading with its body after the full stop, holding 一是 after a full stop and 二是 after a semicolon; ASCII "96%"/"100%"; cut mid-sentence ("二是要马上")',
    isSpeech: true,
    title: DB_TITLE,
    noise: [DB_FILE, DB_PAGE],
    join: [['雨水刚过', '几点意见。'], ['春耕生产是一年', '生产热潮。'], ['(一)抢抓节令', '二是要马上']],
    dropLines: [DB_FILE, DB_PAGE, DB_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '这几个乡镇党委政府抓得很紧,在人力、资金、物资上都给了有力保障', optional: true },
      { level: 1, marker: '二是', text: '组织得力,示范点有规模、有新意、标准较高,能看、能学、能推广', optional: true },
      { level: 1, marker: '一、', text: '关于春耕生产工作' },
      { level: 2, marker: '(一)', text: '抢抓节令,培育壮苗' },
      { level: 3, marker: '一是', text: '全面推广优良品种', optional: true },
      { level: 3, marker: '二是', text: '要马上', optional: true },
    ],
  },
  '03-jianghua-gongwenbao-qiuzhong-qiuguan': {
    source: 'https://m.gongwenbao.net/doc/1127842.html',
    kind: 'speech: 讲话 (a county leader at the county meeting on autumn sowing and field management; 文库 site)',
    tests: 'a 文库 page: the site\'s third-person abstract ("会议强调…") run into a promo "以下由网友整理分享的“<title>”相关材料,便您学习参考,喜欢就分享给朋友吧!" on the first line; then one line holding the page counter "1/5" glued to the title printed twice, glued to "同志们:" and the whole speech flattened (no line breaks); an inline 一、 heading after a full stop, glued to its body ("…提高认识今年入秋以来,…"), with no 二、 in the capture; "〔*〕" blanks for figures; years and a date ("11月上旬"); cut after "当前形势集中表现为三个方面:"',
    isSpeech: true,
    title: GB_TITLE,
    noise: [GB_ABSTRACT, GB_PAGE],
    replace: [[GB_PAGE + GB_TITLE + GB_TITLE, GB_PAGE + '\n']],
    dropLines: [GB_ABSTRACT, GB_PAGE],
    outline: [
      { level: 1, marker: '一、', text: '精准研判形势', optional: true },
    ],
  },
  '04-jianghua-guanlizhe-jindu-collection-pian1-crumb': {
    source: 'https://guanlizhe.com/gaojian/259408.html',
    kind: 'speech: 讲话 (a township party secretary at the township\'s second 禁毒 meeting on 禁种铲毒; first piece of a "(2篇)" collection on a 范文 site)',
    tests: 'a "欢迎光临管理者范文网" welcome line; a breadcrumb "当前位置:管理者范文网 > 书信稿件 > 稿件范文 > 讲话稿"; the collection title "乡镇禁毒讲话稿(2篇)"; a meta line "更新时间:2024-11-20 查看人数:2"; the collection\'s bare name on a line of its own; the piece heading "第1篇 乡镇禁毒工作会议讲话" (number, space, title); blank lines between all lines; "同志们:"; "xxx" blanks; "会议的主要任务是:…" and "下面,我讲四点意见:" ending in colons; two 一、/二、 heading lines, the first with the authored slip "形式" for 形势; figures for the township (平方公里, 行政村); cut mid-word ("采取有")',
    isSpeech: true,
    title: GL_TITLE,
    noise: [GL_WELCOME, GL_CRUMB, GL_COLL, GL_META, GL_COLL_NAME, GL_PIECE],
    dropLines: [GL_WELCOME, GL_CRUMB, GL_COLL, GL_META, GL_COLL_NAME, GL_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '认清形式,绷紧神经' },
      { level: 1, marker: '二、', text: '措施有力,落实到位' },
    ],
  },
  '05-news-heyuan-jindu-yiyao-not-speech': {
    source: 'http://www.heyuan.gov.cn/ywdt/xqdt/content/post_461996.html',
    kind: 'non-speech: news report (a city government site\'s report of a county meeting on 突出毒品问题整治)',
    tests: 'a breadcrumb "首页 > 要闻动态 > 县区动态", the headline, a "发布日期:… 来源:本网 作者: 阅读人次:-" line, a "【字体大小: 默认】  分享" bar, two blank lines, paragraphs indented with two spaces, an "图片" alt-text line; the leader "出席会议并讲话", "会议指出,…", and "<name>强调,全县各乡镇各部门一要…;二要…;三要…。" (一要 after a comma, 二要/三要 after semicolons) with quoted "严打"/"零容忍" — a third-person report of a speech, not a speech',
    isSpeech: false,
    title: '青岚举行全县深入推进突出毒品问题整治工作会议',
  },
  '06-fangan-biganzizhijia-renju-huanjing-not-speech': {
    source: 'https://biganzizhijia.com/fanwen/jhfa/41303.html',
    kind: 'non-speech: 工作方案 (a city\'s plan for improving the rural living environment; 范文 site)',
    tests: 'the plan\'s title line; an opening "为深入贯彻落实《…〈…〉的通知》精神,…制定本方案。" with nested book-title marks and a "__" blank; 一、/二、 heading lines and a "(一)…。" inline heading with ASCII parentheses; a long parenthesised list of ten paired standards with semicolons; "xxx" blank; figures with nested ASCII parentheses; the paywall tail "仅展示665字,全文共3671字" — a written plan, not a speech',
    isSpeech: false,
    title: '全市农村人居环境整治提升工作方案',
  },
};
