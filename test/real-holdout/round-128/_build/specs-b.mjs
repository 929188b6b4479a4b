// Gold specs for holdout round 128, part B (cases 07–12): coming-of-age ceremonies and oath-taking (成人礼, 十八岁成人仪式,
// 入党宣誓, 入团仪式 — speeches at them and their look-alikes).
// Four spoken pieces and two written look-alikes.
// 07 (diwufanwen.com) is a 范文 collection page "2023年校长在岁成人仪式上的致辞(优秀18篇)" (the site's own typo "在岁" kept): the
// page title, a run-together meta line "时间:2023-11-01 20:03:02 作者:XY字客 毕业论文 <page title>" (poster, column and the
// page title glued on), a generic promo "合适的致辞可以…借鉴的意义。", then the first piece under its own heading
// "校长在毕业仪式上致辞" — a graduation speech, not a 成人礼 one, as collection farms mix them; it tests a collection title
// that differs from the first piece's own title, blank lines between all lines, a "20__届" placeholder and a cut mid-sentence.
// 08 (juzimo.com) is a 高三 成人礼 致辞 whose text was machine-spun (您 for 你, "兴奋,兴奋", "18岁至3年级", "18岁以下"): the
// site's page title "高三成人仪式讲话" over the document's own title "高三成人礼致辞", a bare "同学们:" salutation, a courtesy
// inline 首先, with no 其次, and a block "第一句话:感恩是人生中最深的智慧。" (an ordinal not in the rule table; its 第二句话
// lies past the cut).
// 09 (qgwz.cn) is a headmaster's 讲话 at a 成人仪式 on a school-site builder: the title with a quoted theme "“成长•感恩•责任”",
// two image file names left as lines ("新建文件夹-10-2", "新建文件夹-10-1"), lines holding one space, trailing spaces and
// indents of four spaces, a stray space inside "你们 即将", and three parallel paragraphs "十八岁, 你们要…。" that look like
// headings but carry no marker.
// 10 (265xx.com) is a parent's 发言稿 at a joint 十八岁成人礼/十四岁青春礼: the page headline with its opening quote lost
// ("十八岁成人礼”暨“十四岁青春礼 ——学生家长代表发言稿"), then the document's own heading over two lines with the school
// name split by slashes ("武/汉/市/关/山/中/学…", the site's anti-scrape spacing), a playful salutation ("最最最亲爱的宝宝们"),
// a space before a comma, and verse lines separated by " / ".
// 11 (zunhua.gov.cn) is a city news report of a 新党员 oath ceremony: breadcrumb, headline naming the 市委书记 who led the
// oath, a 发布时间 line, the oath quoted in full, and the secretary's four hopes reported as "提出四点希望。一要…。二要…。三要…。
// 四要…" after full stops — by form a run of inline points, but a report in the third person, so no outline.
// 12 (w697.cn) is an untitled planning article on how a 成人礼 is run ("一场完整的成人礼一般分为三个阶段:"), with the site's
// dropped "第一" ("个阶段:…"), 1、/2、 items and "第二个阶段:" — a written plan, not a speech.
// Judgement calls: 07's title is the first piece's own heading (the collection title, the meta line and the promo are the
// site's; "(优秀18篇)" and the poster are listed again as shorter parts). 08 follows round 2's case 08: the site title that
// differs from the document's own title is noise, the line under it is the title; "第一句话:" is an ordinal followed by a noun
// (as 第一层意思, in round 3) → one optional level-1 item. 09's image names are page chrome (as round 6's ".jpg" line); the
// "十八岁, 你们要…" lines are prose. 10's title is the page headline as printed (the lost opening quote kept); the document's
// own two-line heading repeats it with the school name in front: the slashed line is noise (with the slashed name as a
// shorter part), the bare "学生家长代表发言稿" line is dropped as a part of the title (not listed, as it occurs in the title);
// the verse lines are body paragraphs. 11 and 12 are written, not speeches. Private people's names (the pupil in 10) were
// replaced by fictional ones; the public official's name in 11 and the surname in 09's title are kept as printed; the fixed
// oath text in 11 is kept; all other prose was rewritten.
// Looked for and not found on a new host: a 入党宣誓 or 入团仪式 讲话 printed as a speech (the corpus answers with school and
// government news reports of the ceremonies; the one 入党宣誓 致辞, 123shoppingwar, and the traditional 入团 讲话 with "1、加强…"
// are used or have no address); a 成人礼 speech with 一、/第一, points on an unused host (gongxunwk, guanlizhidu, dawenge,
// laojin123, 16fw, gongwk, mingyanjiaju, 91wenmi, jifanwen, cooco, goodzuowen, 910w are used); a 成人礼 活动方案 on an unused
// host (51dcw, xiexiebang, zixin are used), so 12 is a planning article; a traditional-script mirror of a theme speech on a
// new host (mingyanjiaju, 123shoppingwar, 004km are used). So only 08 carries a numbered point, and it is optional.
// Template twins set aside: m.tyzyx.com (a 离队建团致辞 with 第一、/第二、/第三、: the round-5 yuyue114 family —
// "/<col>/YYYY/MMDD/N.html", keyword site title, "推荐访问:" footer), xjedunet.com (the 99范文网 template: "…范文网 > … >"
// breadcrumb, "新华" poster, "写好…下面给大家分享…" promo, "…篇1"), unjs.com (ruiwen family, used), meidekan.com (the
// "title / 格式:DOC 上传日期 / title / 小编" head, used), zixun.pintu360.com and bbs.sghqlz.com (the "/jxfw/YYYYMM/N.html" farm
// of the used aivote), guanlizhidu.com (used; the "/doc/N.html" platform of gongxunwk), lanmaguoshu.com,
// ableplumbinganddrain.com, yourchangingroom.com and zstzjtgs.com.cn (hijacked school/company VSB CMS pages of the kind of
// round 72's dazichan).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const DW_PAGE_TITLE = '2023年校长在岁成人仪式上的致辞(优秀18篇)';
const DW_META = '时间:2023-11-01 20:03:02 作者:XY字客 毕业论文 2023年校长在岁成人仪式上的致辞(优秀18篇)';
const DW_PROMO = '合适的致辞可以拉近与观众或听众的距离,使他们更容易理解和接受你的思想。经过精选,以下是一些精彩的致辞实例,希望可以为你的演讲提供一些灵感和借鉴的意义。';
const DW_TITLE = '校长在毕业仪式上致辞';

const JZ_SITE_TITLE = '高三成人仪式讲话';
const JZ_TITLE = '高三成人礼致辞';

const QG_TITLE = '吴校长在“成长•感恩•责任”成人仪式的讲话';
const QG_IMG2 = '新建文件夹-10-2';
const QG_IMG1 = '新建文件夹-10-1';

const XX_TITLE = '十八岁成人礼”暨“十四岁青春礼 ——学生家长代表发言稿';
const XX_DOC_HEAD = '武/汉/市/关/山/中/学十八岁成人礼”暨“十四岁青春礼';
const XX_DOC_GENRE = '学生家长代表发言稿';

export const specs = {
  '07-zhici-diwufanwen-chengren-yishi-youxiu18pian-meta-title-promo-first-piece-biye': {
    source: 'https://www.diwufanwen.com/content/cf1c6973.html',
    kind: 'speech: 致辞 (a headmaster at a graduation ceremony; first piece of a 成人仪式 致辞 collection on a 范文 site)',
    tests: 'collection page with blank lines between all lines: the collection title "2023年校长在岁成人仪式上的致辞(优秀18篇)" (site typo "在岁"); a run-together meta line "时间:2023-11-01 20:03:02 作者:XY字客 毕业论文 <collection title>"; a generic promo "合适的致辞可以…借鉴的意义。"; the first piece under its own heading "校长在毕业仪式上致辞" (a graduation speech, not a 成人礼 one); salutation "亲爱的同学们、老师们、家长们:" and "大家好!"; a "20__届" placeholder; "第一次" in prose (no marker); cut mid-sentence ("也许是")',
    isSpeech: true,
    title: DW_TITLE,
    noise: [DW_PAGE_TITLE, DW_META, DW_PROMO, '(优秀18篇)', '作者:XY字客'],
    dropLines: [DW_PAGE_TITLE, DW_META, DW_PROMO, DW_TITLE],
    outline: [],
  },
  '08-zhici-juzimo-gaosan-chengrenli-site-title-over-own-title-spun-diyijuhua': {
    source: 'https://juzimo.com/897190e',
    kind: 'speech: 致辞 (a school leader at a 高三 成人宣誓仪式; machine-spun text on a 句子 site)',
    tests: 'the site\'s page title "高三成人仪式讲话" over the document\'s own title "高三成人礼致辞" (two different title lines); a bare "同学们:" salutation; machine-spun prose (您 for 你, "兴奋,兴奋", "18岁至3年级", "18岁以下"); a courtesy inline "首先," after a full stop with no 其次 (no item); a block "第一句话:感恩是人生中最深的智慧。" (ordinal + noun, not in the rule table; its 第二句话 past the cut); cut mid-word ("和老")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [JZ_SITE_TITLE],
    dropLines: [JZ_SITE_TITLE, JZ_TITLE],
    outline: [
      { level: 1, marker: '第一句话:', text: '感恩是人生中最深的智慧', optional: true },
    ],
  },
  '09-jianghua-qgwz-chengren-yishi-xiaozhang-image-names-space-lines-parallel-shibasui': {
    source: 'http://www.qgwz.cn/newsinfo/1144321.html?templateId=92572',
    kind: 'speech: 讲话 (a headmaster at a school\'s 十八岁成人仪式; school site builder page)',
    tests: 'the title with a quoted theme "吴校长在“成长•感恩•责任”成人仪式的讲话"; two image file names left as lines ("新建文件夹-10-2", "新建文件夹-10-1"); lines holding a single space, trailing spaces and four-space indents; salutation "亲爱的同学们: " and "大家上午好! "; three parallel paragraphs "十八岁, 你们要…。" with a space after the comma (no marker, prose); a stray space inside "你们 即将"; cut mid-sentence ("不要仗着")',
    isSpeech: true,
    title: QG_TITLE,
    noise: [QG_IMG2, QG_IMG1],
    dropLines: [QG_TITLE, QG_IMG2, QG_IMG1],
    outline: [],
  },
  '10-fayan-265xx-chengrenli-jiazhang-daibiao-orphan-quotes-slashed-school-two-line-title': {
    source: 'https://wap.265xx.com/w432/987621.html',
    kind: 'speech: 发言稿 (a parent\'s representative at a joint 十八岁成人礼 and 十四岁青春礼)',
    tests: 'the page headline with its opening quote lost "十八岁成人礼”暨“十四岁青春礼 ——学生家长代表发言稿"; the document\'s own heading over two indented lines with the school name split by slashes ("武/汉/市/关/山/中/学十八岁成人礼”暨“十四岁青春礼" / "学生家长代表发言稿"); a salutation "…最最最亲爱的宝宝们:"; "大家早上好!" glued to the first paragraph; a space before a comma ("世界 ,"); verse lines with " / " separators and "(总有人)"; ends on a full verse line',
    isSpeech: true,
    title: XX_TITLE,
    noise: [XX_DOC_HEAD, '武/汉/市/关/山/中/学'],
    dropLines: [XX_TITLE, XX_DOC_HEAD, XX_DOC_GENRE],
    outline: [],
  },
  '11-news-zunhua-xindangyuan-xuanshi-crumb-time-yiyao-inline-not-speech': {
    source: 'http://www.zunhua.gov.cn/zunhua/zunhuayaowen/20210624/1195627.html',
    kind: 'non-speech: news report (a city\'s 新党员 oath ceremony led by the party secretary; city government site)',
    tests: 'breadcrumb "当前位置:首页 > 遵化动态 > 遵化要闻"; a headline naming the secretary who "领誓"; a "发布时间: …" line; the 入党誓词 quoted in full; the secretary\'s words reported in the third person ("他指出,…") and "提出四点希望。一要…。二要…。三要…。四要…" after full stops — a run of inline points by form, but a news report, not a speech; cut mid-word ("时")',
    isSpeech: false,
    title: '我市组织开展新党员代表宣誓活动 市委书记王凤海领誓',
    noise: [],
    outline: [],
  },
  '12-fangan-w697-chengrenli-sange-jieduan-dropped-diyi-arabic-items-not-speech': {
    source: 'http://w697.cn/g77560746.html',
    kind: 'non-speech: planning article (how a 成人礼 is run, in stages; no headline)',
    tests: 'no headline; an expository opening on what a 成人礼 is; "一场完整的成人礼一般分为三个阶段:" then the stage line with the site\'s dropped "第一" ("个阶段:…"), 1、/2、 items and "第二个阶段:…" with parenthesised notes — a written plan, not a speech; ends with the second stage',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
