// Gold specs for holdout round 114, part B (cases 07–12): science popularisation and innovation contests (科技活动周,
// 全国科普日, 创新创业大赛, 青少年科技创新大赛, 院士专家工作站 — launches, openings, contests, and their look-alikes).
// Three spoken pieces (a town leader's 致辞 at a city's 全国科普日 launch on a composition site (isanxia.com, 求索作文网): the
// page title "2021全国科普日启动仪式致辞范文", a meta line "2021-09-11 18:29:19求索作文网 - 优秀作文搜索 | 客服", the
// font-size buttons "A+ A-" glued before a 小编 promo that ends "…仅供参考,希望能够帮助到大家。", a piece heading
// "全国科普日启动仪式致辞[篇1]" with a bracketed piece number, a two-part salutation, a paragraph ending in ":" and a block
// "一、围绕统一部署,…。" point whose body runs on in the same line, cut mid-sentence ("另一方面"); a county leader's 讲话 at the
// provincial 青少年科技创新大赛 on a collection page (lamamei.com): the page title "…领导讲话(通用20篇)" printed twice around a
// "发布时间:" line with an empty date, blank lines between all lines, a piece heading "… 篇1", the salutation glued to
// "大家好!" on one line, a courtesy "首先," after a comma (prose), a long county profile with figures (6439平方公里, 58.66万人,
// "1949-20xx"), cut mid-sentence; a student's 发言 at her school's 科技周 opening (shsid.org): no page furniture at all in the
// capture, no title line, the salutation "老师们,同学们,大家好!", a self-introduction naming class and theme, English
// event names inside Chinese sentences (Decode, OM, mineworld), "11个项目,11种风格,11次机遇" (numbers, not markers), cut
// mid-sentence) and three written look-alikes (a school's 通知 on entering the 中国创翼 青年创业创新大赛 (kb9.cn): an addressee
// line "各学院:", headings "一. 大赛形式:…" with a full stop after the numeral, "(一) 团队组参赛条件:" and "1.…;" items, hard
// wraps mid-word ("新能\n源"), the site's typo "不少于3大众人" and the unbalanced quote "“第二届“中国创翼”" — a written notice,
// not a speech; a district news report of a 创新创业大赛 opening (m.diyiqiang.cn): a leading empty line, a space after
// "6月16日上午,", the officials' list, and the district secretary's 致辞 summed up in the third person "郑怀川指出,…:首先,…;
// 第二,…;第三,…。" — a report, not a speech, under the 610-character floor because the store holds no more; a city report
// of an 院士专家工作站 揭牌 (zidonghua.com.cn, carrying a 东北网 story): a headline, a bare date-time line, indented paragraphs
// with blank lines, the academicians' long list, and "…在揭牌仪式上讲话。她说,…" — a report, not a speech; cut mid-sentence).
// Judgement calls: 07 is a collection page whose first piece is a speech: the title is the piece's own title (the piece
// heading without "[篇1]"); the page title with its year prefix and "范文", the meta line and the promo line (with "A+ A-"
// glued before it) are noise, listed whole and by distinctive parts; "一、" opens its paragraph, so it is a required
// level-1 block heading though its 二、 lies past the cut; its text is the first sentence. 08: the title is the page title
// without "(通用20篇)" (the piece heading repeats it with " 篇1"); both copies of the page title, the empty "发布时间:" line and the
// piece heading are dropped; "首先," follows a comma inside a sentence → no item; outline empty. 09: a speech (first person,
// addressed to 老师们/同学们) with no title line in the capture → title ""; no noise; the quoted theme "巡行天下,寰宇四方" is
// part of its sentence, not a title. 10–12 are written, not speeches (their headings and 首先/第二/第三 are no outline); 10 and
// 11 print no headline in the capture, so their title is "". Names of people were replaced by fictional ones (the student,
// the district and city officials, the academicians in the report); the prose was rewritten.
// Looked for and not found on a new host: a 科技活动周 启动/开幕 讲话 with numbered points (83352.cn's "科技活動周開幕講話"
// with the "前言:本站為你精心整理了…" promo is used; the corpus otherwise answers with news reports); an 院士工作站 揭牌 讲话
// (m.7rdy.cn's "…在院士工作站揭牌仪式上的讲话" with 首先, is used); a 科普讲座 开场白 or 主持词 (m.yrrf.cn's 科普日 启动式
// 主持词 is used; wodeyuanxiao.com is a machine translation into English; a docviewer 主持词 came without an address); a
// 全国科普日 讲话稿 in a document viewer (m.docduoduo.com, m.wnwk.com and xiexiebang.com are used); traditional-script
// speeches (9000bbs.cn's 科技節開幕演講稿, wencuigu.com's 科技節開幕詞, ikanpan.com's 科技節開幕式上講話, president.gov.tw's
// 致詞 and jey722.cn's 新文秘網 mirror of a 科技館巡展 講話 are used); a second speech with two or more numbered points, so only
// 07 carries one (a single block 一、). Template twins set aside: oh100.com (ruiwen's "时间:… 致辞致谢 我要投稿" meta — used
// anyway), crossfitfinalpush.com (ruiwen's "- 相關推薦" over the title — used), czfuli1.com (the "/zhuantifanwen/<col>/<id>.html"
// farm with the 小编 promo). isanxia.com's promo copies ruiwen's wording ("…仅供参考,希望能够帮助到大家"), but its furniture
// (meta line with the site's slogan, "A+ A-" buttons, "[篇1]" headings) is its own; no used case shows that layout.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const IS_PAGE_TITLE = '2021全国科普日启动仪式致辞范文';
const IS_META = '2021-09-11 18:29:19求索作文网 - 优秀作文搜索 | 客服';
const IS_PROMO = 'A+ A-在学习、工作、生活中,大家总免不了要接触或使用致辞吧,致辞是向他人表达思想感情用的文字或语言。你知道什么样的致辞才是优秀的致辞吗?下面是小编整理的2021全国科普日启动仪式致辞范文,仅供参考,希望能够帮助到大家。';
const IS_TITLE = '全国科普日启动仪式致辞';
const IS_PIECE = IS_TITLE + '[篇1]';

const LM_PAGE_TITLE = '青少年科技创新大赛领导讲话(通用20篇)';
const LM_DATE = '发布时间:';
const LM_TITLE = '青少年科技创新大赛领导讲话';
const LM_PIECE = '青少年科技创新大赛领导讲话 篇1';

export const specs = {
  '07-zhici-isanxia-kepuri-qidong-promo-pian1-yi': {
    source: 'https://isanxia.com/zuowen/59487.html',
    kind: 'speech: 致辞 (a town leader at a city\'s 全国科普日 launch; collection page on a composition site)',
    tests: 'a page title with a year prefix and "范文" ("2021全国科普日启动仪式致辞范文"); a meta line "2021-09-11 18:29:19求索作文网 - 优秀作文搜索 | 客服" with the site\'s slogan; the font-size buttons "A+ A-" glued before a 小编 promo ending "…仅供参考,希望能够帮助到大家。"; a piece heading "全国科普日启动仪式致辞[篇1]" with a bracketed piece number; the salutation "尊敬的各位领导、同志们,亲爱的老师、同学们:"; a paragraph ending in ":"; a block "一、围绕统一部署,全力办好全国科普日系列活动。" heading with its body on the same line (its 二、 past the cut); "一方面…;另一方面" (not markers); cut mid-sentence ("另一方面")',
    isSpeech: true,
    title: IS_TITLE,
    noise: [IS_PAGE_TITLE, IS_META, IS_PROMO, '[篇1]', '求索作文网 - 优秀作文搜索', 'A+ A-', '下面是小编整理的2021全国科普日启动仪式致辞范文,仅供参考,希望能够帮助到大家。'],
    dropLines: [IS_PAGE_TITLE, IS_META, IS_PROMO, IS_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '围绕统一部署,全力办好全国科普日系列活动' },
    ],
  },
  '08-jianghua-lamamei-qingshaonian-kejichuangxin-dasai-tongyong20-empty-date': {
    source: 'http://lamamei.com/fayan/yanjiang/82556.html',
    kind: 'speech: 讲话 (a county leader welcoming the provincial 青少年科技创新大赛 as its host; collection page)',
    tests: 'the page title "青少年科技创新大赛领导讲话(通用20篇)" printed twice around a "发布时间:" line whose date is empty; blank lines between all lines; a piece heading "青少年科技创新大赛领导讲话 篇1" (space before the piece number); the salutation glued to "大家好!" on one line; a courtesy "首先," after a comma inside a sentence (prose); a long county profile with figures ("6439平方公里", "58.66万人", "5000多年前", "1949-20xx", "“三苦两乐”"); no numbered points; cut mid-sentence ("美誉")',
    isSpeech: true,
    title: LM_TITLE,
    noise: [LM_PAGE_TITLE, LM_DATE, LM_PIECE, '(通用20篇)'],
    dropLines: [LM_PAGE_TITLE, LM_DATE, LM_PIECE],
    outline: [],
  },
  '09-fayan-shsid-kejizhou-student-no-title-english-words': {
    source: 'http://shsid.org/info/1571/29591.htm',
    kind: 'speech: 发言 (a student\'s address at her school\'s 科技周 opening; school site)',
    tests: 'no site furniture in the capture and no title line: the page text opens with the salutation "老师们,同学们,大家好!"; a self-introduction with class and theme ("我是来自高一(4)班的…。我发言的题目是“巡行天下,寰宇四方”。"); the school named by its short form "上中"; English event names inside Chinese sentences ("Decode", "OM", "mineworld"); "11个项目,11种风格,11次机遇" (numbers, not markers); no numbered points; cut mid-sentence ("不需要你是")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-tongzhi-kb9-chuangyi-dasai-canshai-hardwrap-yi-dot-not-speech': {
    source: 'https://kb9.cn/read/89602.html',
    kind: 'non-speech: 通知 (a university\'s notice on entering the 中国创翼 青年创业创新大赛)',
    tests: 'no headline in the capture; an addressee line "各学院:" (looks like a salutation); "现将相关事项通知如下:"; headings "一. 大赛形式:…", "二. 参赛对象:…", "三. 参赛条件:" with a full stop after the numeral, "(一) 团队组参赛条件:" and "1.…;" items; hard wraps mid-word ("新能\\n源", "境内\\n高校", "民政\\n部门"); the site\'s typo "不少于3大众人"; the unbalanced quote "“第二届“中国创翼”" — a written notice, not a speech; cut after an item',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-diyiqiang-chuangxin-chuangye-dasai-kaimu-shouxian-dier-not-speech': {
    source: 'https://m.diyiqiang.cn/detail/111.html',
    kind: 'non-speech: news report (a district\'s report of the opening of a 创新创业大赛 final)',
    tests: 'a leading empty line and no headline; a space after "6月16日上午,"; the officials\' list with "致辞" and "主持开幕式"; the district secretary\'s 致辞 summed up in the third person: "郑怀川指出,…:首先,…;第二,…;第三,…。" (a 首先/第二/第三 run after a colon and semicolons, in a report); the contest\'s theme and organisers — a report, not a speech; only 321 characters (the store holds no more)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-zidonghua-yuanshi-zhuanjia-gongzuozhan-jiepai-not-speech': {
    source: 'http://www.zidonghua.com.cn/m/news/live/8631.html',
    kind: 'non-speech: news report (a 东北网 story of an 院士专家工作站 揭牌 ceremony, on an industry site\'s mobile page)',
    tests: 'a headline naming the 揭牌; a bare date-time line "2011-05-05 08:08:43"; paragraphs indented with two spaces and separated by blank lines; a "东北网齐齐哈尔5月5日讯" lead; the leaders and the academicians listed with their titles; "…在揭牌仪式上讲话。她说,…" — the speech reported in the third person, a report, not a speech; cut mid-sentence ("打下")',
    isSpeech: false,
    title: '齐齐哈尔市院士专家工作站揭牌',
    noise: [],
    outline: [],
  },
};
