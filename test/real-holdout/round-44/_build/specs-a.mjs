// Gold specs for holdout round 44, part a (cases 01–06): any kind of page not yet covered. Four spoken pieces (a city
// leader's 发言 at a 重点镇、示范镇 construction meeting on a dede-style 文秘写作 column (tkpao) under a "当前位置:主页 > 文秘写作 >
// 秘书基础 >" breadcrumb, the title, a "发布人: 谜语网 发布时间:… 字体: | | 打印文章" meta line and a "推荐阅读:" teaser that
// repeats the opening cut mid-word, then "同志们:", a block heading "一、统一思想,…" and a block "第一,…" point under it,
// cut mid-word ("统"); the 2023 全国政协新年茶话会 speech printed inside a traditional-script encyclopedia entry (newton.com.tw)
// whose heading carries a disambiguation "(2023年12月習近平發表的講話)", with "本詞條是多義詞,共2個義項", "更多義項 ▼ 收起列表 ▲",
// a one-line definition, "基本介紹", two bulleted infobox lines and a "講話內容" label before the salutation, a courtesy
// "首先," paragraph, cut after a comma; the second page of a city daily's e-paper reprint of the 2023 春节团拜会 speech
// (czrb.bohaitoday.com) with no title, the issue date and "第02版:02" over a standalone "(上接第一版)" and the same label glued
// to the first paragraph, which opens mid-sentence, a mid-speech "同志们、朋友们!", cut mid-sentence ("不"); part (2) of a
// 七千人大会 speech on a traditional-script blog mirror (mm384cabd) with the converter's mixed forms (關于, 什么, 后, 斗爭,
// 陜北, 里), its title tagged "(2)" and an opening "第四點,…" whose run starts before the page) and two written look-alikes (a
// Taiwanese news agency's magazine column on how to give a 致詞 (cna.com.tw) under a privacy banner, English and Japanese
// language prompts, an app bar, the promo and a twice-printed "請同意我們的隱私權規範…" line, with quoted sayings about
// speech length; a web novel's chapter "第96章、刘国庆讲话" (joseph-sz.net) under a book-site breadcrumb, in which a new
// township secretary's talk ends "主要有三个方面:一是要…。二是要…" cut mid-list).
// Judgement calls: 01's title line is the document's own title (dropped, not noise); the breadcrumb, the meta line and the
// teaser are noise ("推荐阅读:" also listed alone); "一、" is a required level-1 heading (whole line) and the block "第一," is a
// required level-2 paragraph point under it (its 47-character first sentence whole) though 第二 lies past the cut. 02 is a
// speech: the entry prints the speech itself under "講話內容" (as a press page's "以下为…的致辞"); the title drops the
// encyclopedia's disambiguation brackets; the definition line, "基本介紹", the infobox bullets and "講話內容" are noise;
// "首先,我代表…致以新春的誠摯問候!" is a courtesy 首先 paragraph, an optional level-1 item cut at its first comma (the
// sentence is over 50 characters). 03 is a speech with title "" (the e-paper's second page holds no title and speaks to
// "同志们、朋友们!" in the first person); the date line, the page line and "(上接第一版)" (standalone and glued) are noise;
// "要…;要…" are bare 要, no markers. 04's title drops the part number "(2)" (noise "講話(2)"); "第四點," opens the first body
// line but its run starts on an earlier page, so by the rules it is no marker while a reader takes it for the fourth
// point: an optional level-1 item (first sentence as text); the converter's mixed forms stay. 05 (a column about
// speaking, not a speech) and 06 (a novel chapter in which a character speaks) are not speeches.
// Looked for and not found on a new host: more speeches with numbered points in the captured text — searches for
// 讲话 同志们 一是/二是, 在…会议上的讲话 一、, 致辞 首先/其次, 表态发言 第一,/第二,, 开学典礼 第一/第二, 党课 一是, 主持词 一、
// answered with used hosts (jingpinshuku, m.refanwen, hunwen, dawenge, 1mishu, bowengu, m.010zaixian, wm114, m.wenke99,
// longcen, huatianclub, jinyutudao, wenmi, gwyoo, qdfww, laojin123, biganzidoc, xhxxfx.wjedu, 16fw, wap.baiyunpiaopiao,
// m.wnwk, lsjse, laobiganzi, 61taotao, hanjia777) or with novels; so only two of the four speeches carry numbered points
// (01 required, 04 optional) and 02 only a courtesy 首先. Also not used: wvf.com.tw (claimed, a 致辭意思 explainer, but its whole
// page is about 420 characters), xxszxw.net (a spam mirror of the same 茶话会 speech as 02, no points). Left as template
// twins: m.dcrkj.com (a 同学聚会 主持词 on the "/wenku/<4 letters>/<10 chars>" farm of lovfp, m.yrrf, m.zgxue, m.baomayou,
// m.xiaozhentang, m.sarr), i520i.com ("/book/chapter/<id>/<n>.html" book-of-speeches twin of the used m.tmwt.com),
// m.shugai.com (a 开工典礼致辞 collection with the "(实用15篇)"/"(精选15篇)" double title, "篇1" headings and the glued
// anti-copy quote "的'意义" of the ruiwen/cooco family, and the "/<col>/<col>/<nn>/<id>.html" URL shape of m.refanwen),
// mip.mjgov.cn ("/jxfw/<yyyymm>/" twin of jjcmw), ccrd2024.github.io (the same CCRD archive as the used ccrd2023.github.io).
// 01's tkpao prints a dede "推荐阅读:" teaser like round 42's yanjiang.com.cn, but its breadcrumb and "发布人: 谜语网 …
// 打印文章" meta line are its own; it was kept as a separate site.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TK_CRUMB = '当前位置:主页 > 文秘写作 > 秘书基础 >';
const TK_TITLE = '领导在重点镇建设专题会发言';
const TK_META = '发布人: 谜语网 发布时间:2015-06-30 字体: | | 打印文章';
const TK_TEASER = '推荐阅读:同志们: 今天的会议是市政府研究召开的一次专题会议,也是继XX年全市小城镇暨美丽乡村规划建设推进会之后,又一次集中研究部署城镇建设管理的重要会议。请大家看一看会标,之所以定名为重点镇、示范镇推进会,顾名思议,就是眼下正处在重点镇、示范镇建设的黄金';

const NW_TITLE = '在全國政協新年茶話會上的講話';
const NW_DISAMB = '(2023年12月習近平發表的講話)';
const NW_MULTI = '本詞條是多義詞,共2個義項';
const NW_TOGGLE = '更多義項 ▼ 收起列表 ▲';
const NW_DEF = '《在全國政協新年茶話會上的講話》是2023年12月29日習近平同志在全國政協新年茶話會上的發表的講話。';
const NW_BASIC = '基本介紹';
const NW_NAME = '• 中文名:在全國政協新年茶話會上的講話';
const NW_DATE = '• 發布時間:2023年12月29日';
const NW_LABEL = '講話內容';

const BH_DATE = '2023年01月21日';
const BH_PAGE = '第02版:02';
const BH_CONT = '(上接第一版)';

const MM_LINE = '毛主席在七千人大會上的講話(2)';

export const specs = {
  '01-fayan-tkpao-zhongdianzhen-crumb-meta-teaser-yi-diyi': {
    source: 'http://tkpao.com/wenmixiezuo/mishujichu/59473.html',
    kind: 'speech: 发言 (a city leader at a special meeting on building key and model towns; 文秘写作 column)',
    tests: 'a "当前位置:主页 > 文秘写作 > 秘书基础 >" breadcrumb, the title, a "发布人: 谜语网 发布时间:2015-06-30 字体: | | 打印文章" meta line and a "推荐阅读:同志们: …" teaser repeating the opening and cut mid-word ("黄金"), blank lines between all lines; salutation "同志们:"; XX placeholder; the site\'s "顾名思议" and the dropped word in "和谐新具有" kept; a block heading "一、统一思想,…" (level 1, whole line) and a block "第一,…" point (level 2) whose 第二 lies past the cut; cut mid-word ("统")',
    isSpeech: true,
    title: TK_TITLE,
    noise: [TK_CRUMB, TK_META, TK_TEASER, '推荐阅读:'],
    dropLines: [TK_CRUMB, TK_TITLE, TK_META, TK_TEASER],
    outline: [
      { level: 1, marker: '一、', text: '统一思想,深刻认识重点镇、示范镇建设的重要意义' },
      { level: 2, marker: '第一,', text: '加快重点镇、示范镇建设,是落实科学发展观,推动城乡一体化、实现经济社会全面协调可持续发展的需要' },
    ],
  },
  '02-jianghua-newton-big5-wiki-entry-chrome-no-outline': {
    source: 'https://newton.com.tw/wiki/%E5%9C%A8%E5%85%A8%E5%9C%8B%E6%94%BF%E5%8D%94%E6%96%B0%E5%B9%B4%E8%8C%B6%E8%A9%B1%E6%9C%83%E4%B8%8A%E7%9A%84%E8%AC%9B%E8%A9%B1/63901047',
    kind: 'speech: 讲话 (the 2023 national CPPCC New Year tea party speech, printed in a traditional-script encyclopedia entry)',
    tests: 'the entry heading = title + a disambiguation "(2023年12月習近平發表的講話)"; "本詞條是多義詞,共2個義項" and "更多義項 ▼ 收起列表 ▲" toggles; a one-line definition naming the title in 《》; "基本介紹" and two indented "•" infobox lines (one repeating the title); a "講話內容" label; then "同志們,朋友們:"; a courtesy block "首先,我代表…" (optional); a long paragraph of achievements with quoted "獨"; a mid-speech "同志們、朋友們!"; cut after a comma',
    isSpeech: true,
    title: NW_TITLE,
    noise: [NW_DISAMB, NW_MULTI, NW_TOGGLE, NW_DEF, NW_BASIC, NW_NAME, NW_DATE, NW_LABEL],
    dropLines: [NW_TITLE + NW_DISAMB, NW_MULTI, NW_TOGGLE, NW_DEF, NW_BASIC, NW_NAME, NW_DATE, NW_LABEL],
    outline: [
      { level: 1, marker: '首先,', text: '我代表中共中央、國務院和中央軍委', optional: true },
    ],
  },
  '03-jianghua-bohaitoday-epaper-shangjie-no-title': {
    source: 'http://czrb.bohaitoday.com/pc/content/202301/21/content_80336.html',
    kind: 'speech: 讲话 (the 2023 Spring Festival reception speech, second page of a city daily\'s e-paper reprint)',
    tests: 'no title: the e-paper\'s issue date "2023年01月21日" and "第02版:02" over a standalone "(上接第一版)" and the same label glued to the first paragraph, which begins mid-sentence; blank lines between paragraphs; quoted "双奥之城"; a mid-speech "同志们、朋友们!"; "要…;要…" parallel clauses with bare 要 (no markers); cut mid-phrase ("不")',
    isSpeech: true,
    title: '',
    noise: [BH_DATE, BH_PAGE, BH_CONT],
    replace: [[BH_CONT, '']],
    dropLines: [BH_DATE, BH_PAGE],
    outline: [],
  },
  '05-article-cna-big5-zhici-column-privacy-chrome-not-speech': {
    source: 'https://cna.com.tw/topic/newsworld/33/201303290002.aspx',
    kind: 'non-speech: article (a news agency magazine\'s column on how to give a 致詞)',
    tests: 'a privacy banner, English and Japanese language prompts, an app bar, the magazine issue\'s promo paragraph printed between two issue lines, the headline "致詞,就該這樣講", a date-time, a twice-printed listen-to-news consent line, a deck, a byline, quoted sayings about how long a speech should be — an article about speaking, not a speech',
    isSpeech: false,
    title: '致詞,就該這樣講',
  },
  '06-novel-josephsz-chapter-jianghua-yishi-ershi-not-speech': {
    source: 'http://joseph-sz.net/read/60959/7524185.html',
    kind: 'non-speech: novel (a web novel chapter in which a new township party secretary starts to speak)',
    tests: 'a book-site breadcrumb "宁谧 > 武侠修真 > 权力官途,我的1996! > 第96章、刘国庆讲话" and a chapter heading "第96章、刘国庆讲话(1 / 2)" naming a 讲话; welcoming dialogue with "同志们,欢迎刘书记!"; a seating list; the talk in quotes "同志们,…主要有三个方面:一是要…。二是要…" cut mid-list — narrative, not a speech',
    isSpeech: false,
    title: '第96章、刘国庆讲话',
  },
};
