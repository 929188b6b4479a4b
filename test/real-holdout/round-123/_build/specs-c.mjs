// Gold specs for holdout round 123, part C (cases 13–18): galas and variety evenings (文艺晚会/联欢会/春晚 主持词, 串词
// and 开场白, 晚会 致辞; look-alikes: a 节目单, a 晚会 report, an essay under a 主持词 title).
// Three spoken pieces: 13, a 元旦 节目串词 on a traditional-script mirror (trklw.com): the title line, 男:/女: turns with the
// converter's 壹 for 一 and 妳 for 你, a doubled label "女:男:" left by the site, an unlabelled continuation line, then the
// site's encyclopedia filler "詳細介紹:元旦,即公歷的1月1日,…" over four lines (one with the censored "中華人民***和國") —
// noise, not the script; no outline. 14, an ambassador's 致辞 at the reception after a London concert ("跨越巅峰" with
// 宋祖英, 郎朗 and 波切利; wadefest.com), as reposted through a synonym spinner (东谈主 for 人, 咱们, 念念 for 想, 酬酢 for
// 外交, 好意思 for 美, 理睬会 for 招待会, 最初 for 首先, 又名 for 一名): no title in the capture, a two-line salutation, an
// inline "第一,…。第二,…。第三,…。" list whose 第一, follows a colon (optional, as round 4's case 07), and a block "第一,"
// paragraph after "我念念谈两点感受:" whose 第二 lies past the cut (required); the spinner's "最初," is not a sequence
// marker; cut mid-phrase ("令东谈主"). 15, a township official's 讲话 at a 秦腔 contest (xiquwenhua.com): title, the speech's
// own date line "(2012年4月11日)" (kept), salutation, 首先 after a comma (prose), a lone courtesy "最后," paragraph (optional,
// as round 10's case 09), "谢谢大家!" and the blog's "发表评论 取消回复" tail (noise); the author's "各届人士" kept.
// Three written look-alikes: 16, a first-person essay headed "**大学生毕业晚会主持词**" (touxiangzj.com) under a run-together
// "发布时间:…源自:http://www.touxiangzj.com/作者:说说控阅读(187)" line, with Markdown "**题记**/**引言**/**本论一**…"
// headings and a quoted opening line — an essay about hosting, not the script; 17, an article on what a 元宵节晚会's
// 节目表 holds (6326.com.cn), with 一、…六、 headings and 1./2./3. 节目名称/表演者/具体内容 items — a programme list, not a
// speech; 18, a college's news report of its 迎新 文艺晚会 on a VSB school CMS (gscmxy.edu.cn: column label twice,
// "当前位置: 首页 >> 校园文化 >> 正文", a 发布日期 line with empty 作者/来源/点击), where the 院长's 致辞 is reported in the
// third person ("代表学院致辞,并对全体新生提出希望:要…;要…;要…。") — a report, not a speech.
// Numbered points: only 14 carries two or more (three inline ordinals after a colon, optional, and a block 第一, required).
// Looked for and not found on a new host: a 晚会 致辞 or 串词 with 一、/一是/第一 structure (the hits were on used hosts:
// xindetihuiya, tudiao, diyifanwen.cc, 010zaixian, 78911, stra, gwyoo, zixin, esk365, nvdc, 51yjg, creditsailing); a 春晚
// 主持词 on a 文库/docx viewer (wenke99, zixin, 360docs, sowenku, wenku.docs.qq.com are used); a 晚会 策划方案 (3du.tw,
// xylao, 360docs, usqs, wenku.docs.qq.com are used; cuauto.com.cn is the "/jxfw/" farm); a 节目单 page that prints a real
// programme (123jzs is used; ahbjf.com's and cnlend.com's pages are prose about 节目单, kukujd a two-line answer). The theme
// is worn out: of ~60 hits only the six hosts here were unused, so part C has three speeches, not four; 15 is a 戏曲
// contest rather than a gala, taken because no fourth gala speech stood on a fresh host. Pages 15 and 18 are shorter than
// 610 characters (468 and 513): the stored pages end there (15 with its comment-form tail, 18 with its last paragraph).
// Template twins set aside: bbs.sghqlz.com, zh.17hubei.com.cn, m.80end.cn, m.cuauto.com.cn and www.ourseo.net (the
// "/jxfw/<yyyymm>/" farm and its "【title】" glued lead; 17hubei and 80end also used), fuchuonang.cn, crossfitfinalpush.com
// and clearvueentertainment.com (the ruiwen family's "时间:… 我要投稿" / "- 相关推荐" template; all used), oac135.org.cn
// (a traditional pinyin news page of a concert — not a twin, left for lack of room).
// Living people's names that are not public figures (performers, teachers, the college head) were replaced by fictional
// ones; the ambassador's guests (宋祖英, 郎朗, 波切利) are public figures and stay; the prose was rewritten in new words with
// the pages' quirks put back on the same kinds of words (壹/妳 in 13, the spinner's substitutions in 14, 各届 in 15).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TK_TITLE = '元旦節目串詞';
const TK_X1 = '詳細介紹:元旦,即公歷的1月1日,是世界多數國家通稱的“新年”。元,謂“始”,凡數之始稱為“元”;旦,謂“日”;“元旦”即“初始之日”的意思。“元旦”通常指歷法中的首月首日。';
const TK_X2 = '在我國,“元旦”壹詞古已有之,在文學作品中最早見於《晉書》。我國歷史上的“元旦”指的是“正月壹日”,“正月”的計算方法,在漢武帝時期以前是很不統壹的,歷代的元旦(首月首日)日期並不壹致。';
const TK_X3 = '辛亥革命後,為了“行夏正,所以順農時,從西歷,所以便統計”,民國元年決定使用公歷(實際使用是1912年),並規定陽歷1月1日為“新年”,但並不叫“元旦”。';
const TK_X4 = '1949年中華人民***和國以公歷1月1日為元旦,因此“元旦”在中國也被稱為“陽歷年”、“新歷年”或“公歷年”。';

const QQ_TITLE = '在桥底镇秦腔大赛上的讲话';
const QQ_TAIL = '发表评论 取消回复';

export const specs = {
  '13-zhuchici-trklw-big5-yuandan-chuanci-yi-quirk-xiangxi-jieshao-tail': {
    source: 'https://trklw.com/chengyudaquan/s2c38cyypt.html',
    kind: 'speech: 主持词 (节目串词 of a township 元旦 evening; traditional-script mirror)',
    tests: 'traditional script with the converter\'s 壹 for 一 (壹條, 壹串, 那些壹切的) and 妳 for 你; the title line "元旦節目串詞"; 男:/女: turns, one line with a doubled label "女:男:", an unlabelled continuation line; programme names in 《》 after a colon; then the site\'s encyclopedia filler "詳細介紹:元旦,即公歷的1月1日,…" over four lines (a censored "中華人民***和國" in the last) — noise; no outline',
    isSpeech: true,
    title: TK_TITLE,
    noise: [TK_X1, TK_X2, TK_X3, TK_X4, '詳細介紹:'],
    dropLines: [TK_TITLE, TK_X1, TK_X2, TK_X3, TK_X4],
    outline: [],
  },
  '14-zhici-wadefest-yinyuehui-zhaodaihui-spun-text-diyi-colon-block': {
    source: 'http://wadefest.com/ylfx/456323.html',
    kind: 'speech: 致辞 (an ambassador at the reception after a London concert; reposted through a synonym spinner)',
    tests: 'no title in the capture; a two-line salutation naming the three artists; spinner substitutions throughout (东谈主, 咱们, 念念, 酬酢相关, 好意思好, 理睬会, 暗示, 又名) and "最初," where the speech had 首先 (not a sequence marker); an inline "第一,…。第二,…。第三,…。" run whose 第一, follows a colon ("体现在三点:") — optional; "我念念谈两点感受:" then a block "第一," paragraph (its 第二 past the cut) — required; a parenthesised note "(注:伦敦奥运会标语)"; cut mid-phrase ("令东谈主")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '本年是中英设立大使级酬酢相关40周年', optional: true },
      { level: 1, marker: '第二,', text: '这几天赶巧英国东谈主民庆祝女王陛下登基60周年', optional: true },
      { level: 1, marker: '第三,', text: '伦敦奥运会行将开幕', optional: true },
      { level: 1, marker: '第一,', text: '今晚的音乐会是中、英、意三国艺术家的一次完好联结' },
    ],
  },
  '15-jianghua-xiquwenhua-qinqiang-dasai-date-line-zuihou-comment-tail': {
    source: 'https://www.xiquwenhua.com/index.php/qinqiang-xinwen/DBMlzDv2AQ.html',
    kind: 'speech: 讲话 (a township leader opening a 秦腔 contest; opera-culture blog)',
    tests: 'the title; the speech\'s own date line "(2012年4月11日)" kept; salutation "各位领导,广大戏迷朋友们:"; "首先," after a comma (prose); the author\'s "各届人士" kept; a lone courtesy "最后," paragraph (optional); "谢谢大家!"; the blog\'s "发表评论 取消回复" comment-form tail (noise); a short page (468 characters)',
    isSpeech: true,
    title: QQ_TITLE,
    noise: [QQ_TAIL],
    dropLines: [QQ_TITLE, QQ_TAIL],
    outline: [
      { level: 1, marker: '最后,', text: '祝各位参赛选手发挥出色、再创佳绩,预祝本次大赛圆满成功', optional: true },
    ],
  },
  '16-essay-touxiangzj-biye-wanhui-zhuchici-title-markdown-not-speech': {
    source: 'http://www.touxiangzj.com/rsaea/69779.html',
    kind: 'non-speech: personal essay (about hosting a graduation gala, under the title "大学生毕业晚会主持词")',
    tests: 'a run-together "发布时间:…源自:http://www.touxiangzj.com/作者:说说控阅读(187)" line; the headline "**大学生毕业晚会主持词**" naming a spoken genre; Markdown "**题记**", "**引言**", "**本论一**"…"**本论三**" headings; a quoted opening line of the host\'s script; the text tells in the first person how the author wrote and hosted the gala — an essay, not the script; cut mid-quote',
    isSpeech: false,
    title: '大学生毕业晚会主持词',
    noise: [],
    outline: [],
  },
  '17-article-6326-yuanxiao-wanhui-jiemubiao-yi-arabic-not-speech': {
    source: 'https://www.6326.com.cn/dongtai/62812.html',
    kind: 'non-speech: article (what a 元宵节晚会\'s programme list holds)',
    tests: 'no headline in the capture; a lead ending "下面,就和大家一起来看一看。"; 一、…六、 headings (开场舞, 歌曲演唱, 戏曲表演 …) each with "1. 节目名称:" / "2. 表演形式:" or "表演者:" / "3. 具体内容:" items — a 节目单 written up as an article, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-gscmxy-yingxin-wanhui-yuanzhang-zhici-reported-not-speech': {
    source: 'http://www.gscmxy.edu.cn/xsjy/info/1141/1497.htm',
    kind: 'non-speech: news report (a college\'s 庆国庆 迎新生 文艺晚会; VSB school CMS)',
    tests: 'the column label "校园文化" twice, "当前位置: 首页 >> 校园文化 >> 正文", the headline naming a 文艺晚会, a "发布日期:2024-09-24    作者:     来源:     点击:" line with empty fields, blank lines between all lines; the 院长\'s 致辞 reported in the third person with "提出希望:要…;要…;要…。"; the gala told as an event — a report, not a speech; a short page (513 characters)',
    isSpeech: false,
    title: '学院隆重举行2024年“庆国庆 迎新生”文艺晚会',
    noise: [],
    outline: [],
  },
};
