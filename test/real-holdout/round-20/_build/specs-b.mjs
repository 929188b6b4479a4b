// Gold specs for holdout round 20, part b (cases 07–12): appointments and contests. Four spoken pieces (a middle-school
// student-union president's 演講稿 given under the flag, on a traditional-script 范文 site with a breadcrumb, a
// "演講稿 閱讀(1.19W)" read-count line, the title printed again under the opening paragraph, block 第一,/第二,/第三, key
// words and a glued anti-copy "'"; a university class-monitor 競選 演講稿 on a traditional converter mirror with pinyin
// after a fixed set of characters, a "- 相關(guān)推薦" line, ASCII "." as the sentence end, mis-encoded runs, a "'" glued
// before 問題 and six "1,"…"6," pledges after a colon; a 师德演讲稿 as the first piece of a collection attached to a
// forum post (m.pinggu.org bbs), PDF text hard-wrapped at the viewer's width, a "篇 1" piece heading, the site's " ..."
// at the cut and "附件列表" under it; a 演讲比赛 collection on a 范文 site, site name, breadcrumb, page title with
// "(精选13篇)" printed again between the salutation and "大家好!", "篇1"/"篇2" piece headings, the second piece opening
// "今天我演讲的题目是《…》") and two written pieces (a 干部竞聘上岗实施方案 collection with 时间/作者 meta, a 小编 promo,
// (一)/(二) and 1、2、 headings; a writing-course essay on 任职表态发言 on a Notion-export blog whose capture opens with
// eleven bare property names). Written from page.txt alone, before any engine ran on it. `source` is the page the text was
// captured from (see ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must
// match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact
// trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.
//
// Judgement calls:
// - 07: a 演講稿 given by the student-union president at the flag ceremony is a speech; the title printed again under the
//   opening paragraph is dropped, not listed (it equals the title); "的'一切" is a glued anti-copy mark, cut and listed with
//   its neighbours. The block 第一,/第二,/第三, each open a paragraph → required, level 1; the text is the key word up to
//   the full stop ("民主", "獨立", "團結").
// - 08: pinyin annotations go by the regular expression (each hit is listed); the mis-encoded runs "正當?shù)臋?…益" and
//   "因?yàn)槲艺J…為" stay (only whole "(pinyin)" go). The title is the line under "- 相關(guān)推薦", pinyin removed, the
//   converter's "于" kept. "1,"…"6," are not in the rule table (ASCII comma after a digit) and follow a colon → optional,
//   level 1; each is a block line without a sentence end, so its text is the whole line, ";" included; 6, ends in the
//   site's ASCII "." (its sentence end here, as everywhere on the page), so its text stops before it.
// - 09: the forum thread's title "精选师德演讲稿合集六篇" is the collection header (noise); the title is the first piece's own
//   "师德演讲稿" without "篇 1". Lines broken at the viewer's width are joined into the five paragraphs the short lines
//   close; " ..." at the cut is the site's truncation mark and stays; "附件列表" is forum chrome. No outline.
// - 10: a collection whose first piece opens with a salutation is a speech; the page title with its count is printed
//   again between the salutation and "大家好!" (noise, listed: it differs from the title); every piece in the capture
//   stays in the body, the piece headings go; "今天我演讲的题目是《…》" is no marker.
// - 11: a 实施方案 is a written document, whatever its subject; its (一)/(二) and 1、 headings are no outline.
// - 12: a writing-course essay about 任职表态发言 is written, although it quotes the genre's formula; the title is its headline.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CH_TITLE = '中學學生會主席演講稿';
const CH_CRUMB = '當前位置:才華齋>範例>演講稿>';
const CH_READS = '演講稿 閱讀(1.19W)';

const RG_TITLE = '關于大學班長競選的演講稿';
const RG_RELATED = '- 相關(guān)推薦';

const PG_HEADER = '精选师德演讲稿合集六篇';
const PG_PIECE = '师德演讲稿 篇 1';
const PG_ATTACH = '附件列表';

const JJ_SITE = '九九范文帮';
const JJ_CRUMB = '位置:首页 > 演讲稿 > 比赛演讲稿';
const JJ_PAGE_TITLE = '学生参加演讲比赛(精选13篇)';
const JJ_PIECE_1 = '学生参加演讲比赛 篇1';
const JJ_PIECE_2 = '学生参加演讲比赛 篇2';

export const specs = {
  '07-yanjianggao-caihuazhai-big5-xueshenghui-zhuxi-breadcrumb-read-count-title-repeat-diyi-dier-disan': {
    source: 'https://caihuazhai.com/fanli/yanjianggao/e1z2xq.html',
    kind: 'speech: 演講稿 (a middle-school student-union president under the flag, on the union\'s work; traditional-script 范文 site)',
    tests: 'a breadcrumb ending in ">" ("當前位置:才華齋>範例>演講稿>"), the title, a category + read-count line "演講稿 閱讀(1.19W)", the salutation glued to "大家早上好" and the self-introduction in one opening paragraph with a "陳xx" placeholder, the title printed again after it, then three block ordinals "第一,民主。" / "第二,獨立。" / "第三,團結。" whose key word ends at the full stop; an anti-copy "\'" glued inside a phrase ("以後的\'一切"); text cut mid-word ("文藝部全體成")',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_CRUMB, CH_READS, "的'一切"],
    replace: [["的'一切", '的一切']],
    dropLines: [CH_CRUMB, CH_TITLE, CH_READS],
    outline: [
      { level: 1, marker: '第一,', text: '民主' },
      { level: 1, marker: '第二,', text: '獨立' },
      { level: 1, marker: '第三,', text: '團結' },
    ],
  },
  '08-yanjianggao-runthegoodtimes-big5-pinyin-banzhang-jingxuan-xiangguan-tuijian-numbered-after-colon': {
    source: 'http://m.runthegoodtimes.com/yanjianggao/1945968.html',
    kind: 'speech: 演講稿 (a university student\'s 班長競選 speech; traditional converter mirror with pinyin annotations)',
    tests: 'a "- 相關(guān)推薦" list label as the first line, the title with pinyin inside ("關(guān)于大學(xué)…"), the salutation "親愛同學(xué)們:" and "你們好!" on their own lines; ASCII "." as the sentence end throughout and "--" as a dash; pinyin after 學/級/個/臺/務/會/動/內/應/經/時/業/設/關/準/聯 mid-word; mis-encoded runs where an annotation broke ("正當?shù)臋?quán)益", "因?yàn)槲艺J(rèn)為"); an anti-copy "\'" glued before 問題; six pledges "1,"…"6," (ASCII comma, not in the rule table) on lines of their own after "…做幾件件實事:", five ending in ";" and the last in "."; text cut after "讓"',
    isSpeech: true,
    title: RG_TITLE,
    noise: [RG_RELATED, "的'問題"],
    replace: [["的'問題", '的問題']],
    regexCut: [PINYIN],
    dropLines: ['- 相關推薦', RG_TITLE],
    outline: [
      { level: 1, marker: '1,', text: '在學院和輔導員批準的前提下,組織走進社區、了解民生的志願服務活動;', optional: true },
      { level: 1, marker: '2,', text: '聯系學校後勤在宿舍樓加裝熱水機,解決冬天喝水不便的問題;', optional: true },
      { level: 1, marker: '3,', text: '用班費購置一批常用藥品,建立班級小藥箱;', optional: true },
      { level: 1, marker: '4,', text: '組織周末同城同學的聚會,增進了解,加深友誼;', optional: true },
      { level: 1, marker: '5,', text: '成立班級“互助小組”,幫生病或有急事的同學代領快遞,代交作業等等;', optional: true },
      { level: 1, marker: '6,', text: '設一個班長信箱,收集大家的建議,件件有回音', optional: true },
    ],
  },
  '09-yanjianggao-pinggu-bbs-shide-heji-pian-1-hardwrap-ellipsis-fujian': {
    source: 'https://m.pinggu.org/bbs/thread-13810850-1-1.html',
    kind: 'speech: 演讲稿 (a teacher\'s 师德 speech, the first piece of a collection attached to a forum thread)',
    tests: 'a forum thread titled by the collection ("精选师德演讲稿合集六篇"), the piece heading "师德演讲稿 篇 1" with spaces around the number, no salutation; the attachment\'s PDF text hard-wrapped at the viewer\'s width (mid-phrase: "一届又一届学生," / "走进校门", "清" / "贫寂寞", "如" / "此的", "教" / "育", "成长" / "的阶梯", "照亮前" / "路", "尽" / "可能"), short lines closing the five paragraphs; a formula with spaces inside a sentence ("在 a+b=c 这样的"); the site\'s " ..." at the cut and the forum\'s "附件列表" under it',
    isSpeech: true,
    title: '师德演讲稿',
    noise: [PG_HEADER, PG_PIECE, PG_ATTACH],
    join: [
      ['人民教师,', '刻下了岁月的操劳。'],
      ['有人说,', '无人问津。'],
      ['面对种种议论,', '初心不改育人报国。'],
      ['“天下兴亡,', '最高的敬意。'],
      ['“十年树木,', '即使灯芯之 ...'],
    ],
    dropLines: [PG_HEADER, PG_PIECE, PG_ATTACH],
    outline: [],
  },
  '10-yanjianggao-jjfwb-bisai-collection-title-repeat-inside-piece-pian2': {
    source: 'https://jjfwb.com/yanjianggao/bisai/xk467w.html',
    kind: 'speech: 演讲稿 (a collection of students\' 演讲比赛 speeches: on keeping one\'s word, on electrical safety; 范文 site)',
    tests: 'the site name "九九范文帮", a breadcrumb "位置:首页 > 演讲稿 > 比赛演讲稿", the page title with its count "学生参加演讲比赛(精选13篇)", the piece heading "学生参加演讲比赛 篇1", the salutation, then the page title with its count printed again between the salutation and "大家好!"; a story with quoted dialogue; a second piece under "学生参加演讲比赛 篇2" with its own salutation and "今天我演讲的题目是《关注用电安全,守护生命之光》。" (no marker); text cut mid-sentence ("其实很多")',
    isSpeech: true,
    title: '学生参加演讲比赛',
    noise: [JJ_SITE, JJ_CRUMB, JJ_PAGE_TITLE, JJ_PIECE_1, JJ_PIECE_2],
    dropLines: [JJ_SITE, JJ_CRUMB, JJ_PAGE_TITLE, JJ_PIECE_1, JJ_PIECE_2],
    outline: [],
  },
  '11-fangan-100ky-jingpin-shanggang-meta-promo-not-speech': {
    source: 'http://www.100ky.cn/wendang/21168204.html',
    kind: 'non-speech: 实施方案 (a collection of 干部竞聘上岗实施方案 on a 范文 site)',
    tests: 'the collection title "(模板15篇)", a "时间:… 作者:…" meta line, a 小编 promo, the piece heading "…(模板15篇)篇一"; a written plan on a unit\'s middle-cadre 竞争上岗: purpose paragraph ending "制定本实施方案。", guiding principles, post numbers, "(一)对象。"/"(二)资格条件。" headings and 1、…4、 conditions, cut mid-sentence ("一般需") — the subject is a contest for posts, the document is a written plan, not a speech',
    isSpeech: false,
    title: '干部竞聘上岗实施方案',
  },
  '12-guide-110120122-notion-renzhi-biaotai-fayan-not-speech': {
    source: 'https://110120122.xyz/learning/bc9b5352-3476-4dff-8fcf-42d84ed0bb3d',
    kind: 'non-speech: writing guide (a writing-course essay on 任职表态发言; a blog built from a Notion export)',
    tests: 'eleven bare property names on lines of their own (type, status, date, slug, summary, tags, category, icon, password, Origin, URL), the headline "任职表态:事无两样发言别", the author\'s letter-spaced pen name, spaces around quotation marks and numbers ("8 月 14 日", " “海螺” "); the writer answers a reader who asked for a model 表态发言, in the first person, about the genre ("自己做过多次任职表态发言") — about speeches, not a speech',
    isSpeech: false,
    title: '任职表态:事无两样发言别',
  },
};
