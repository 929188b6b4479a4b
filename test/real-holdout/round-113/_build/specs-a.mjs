// Gold specs for holdout round 113, part A (cases 01–06): epidemic prevention and control (疫情防控 工作会议, 抗疫 表彰大会,
// 复工复产 动员, 防控 指挥部 会议 — speeches and their look-alikes).
// Four spoken pieces (a leader's 讲话 at a 复工复产 meeting on a 文档 site (m.51jzrc.cn, 无忧文档网): the SEO page title
// "2020在复工复产会议上的讲话发言稿:在企业复工会议上的讲话", a "无忧文档网    时间: 2020-02-18 22:24:42     阅读:" meta line
// with an empty count, the speech's own title, two opening paragraphs with "“第一课”"/"“第一关”" in quotes, the SEO
// heading "2020在复工复产会议上的讲话发言稿" inserted between "我讲几点意见。" and the first point, then a block
// "一是要认真指导企业做好复工准备工作。" point (its 二是 past the cut), cut mid-sentence ("要主动发布"); a traditional-script
// collection (yhjlw.com, 一號簡歷網, "/zh-hk/wen/fayan/<id>.html") of 疫情防控工作會議 講話: a breadcrumb split over two lines
// ("當前位置:一號簡歷網 >" / "實用文 >發言稿 >"), the collection title "…講話彙編(6篇)" three times, then the first piece
// flattened onto one line: its own title glued to the byline "四川省省長 尹力 (2020年1月25日)" and the body, an inline
// "下面,我強調幾點意見。一、把人民羣眾…放在首位,切實增強…緊迫感責任感疫情出現以來,…" heading glued to its body, cut
// mid-word ("外"); a school principal's 国旗下讲话 at the senior-three return to school after the lockdown on a school site
// (fzwbzx.cn, a PowerEasy "Article/ShowArticle.asp?ArticleID=" page): title, the dated label "2020年4月7日国旗下讲话", the
// byline "校长 韩立诚", "亲爱的老师们、同学们:", no numbered points, quotations of 恩格斯 and 鲁迅, cut mid-sentence
// ("成为"); a 欢迎词 at a 疫情防控新闻发布会 on a content-farm page (vq7736.com): the section labels "欢迎词", "疫情回顾",
// "疫情现状", "疫情防控措施", "展望未来", "结束语" each on its own line, a list of block "1. …;" to "5. …。" lines after
// "我们将继续坚持以下措施:", cut mid-sentence ("能够为大家")) and two written look-alikes (a company chairman's letter to
// staff announcing a delayed return to work on a traditional-script pinyin mirror (luxurytubsltd.com): "致全體長(zhǎng)城人:",
// "新年好!", the letter calling itself "一份特殊的延期復(fù)工通知", pinyin after converted characters, "." where the
// converter dropped a word ("不是.次", "贏得.終勝利", "一場(chǎng).的戰(zhàn)“疫”"), a mis-encoded run ("我們?cè)撛趺醋??"),
// "1、…" "2、…" "3、…" measures — a letter/notice, not a speech; a spun copy of Xinhua's report on the national 抗击新冠肺炎疫情
// 表彰大会 (cq828.cn): "本篇文章4296字,读完约11分钟", a rewritten headline, a garbled names line ("王洋", "汉正"), "习大大",
// repeated image captions in quotes, the leader's words reported in the third person ("习指出,…", "习大大强调,…") — a
// news report, not a speech).
// Judgement calls: 01's title is the speech's own title line; the SEO page title, the meta line and the inserted SEO heading
// are the site's (noise; "无忧文档网" listed again as a shorter part). The block "一是" is a required level-1 point though its
// 二是 lies past the cut (as round 72's 01). 02 is a collection page: the title is the first piece's own title, cut off the front
// of the flattened line where it is glued (not listed, it equals the title); the byline with the governor's position and the
// date stays glued to the body as part of the speech (no paragraph break is invented); the inline "一、" after "。" is a run of
// one because the capture ends before 二、 → optional (round 3's 05), its text the first sentence cut at its first comma (the
// sentence runs on into the glued body). 03: the dated "2020年4月7日国旗下讲话" label is the speech's own date line and the
// byline carries a position, so both stay; no outline. 04: "欢迎词" on the first line is the first of six parallel section labels
// (the last is "结束语"), not the piece's title; the page shows no title, so the title is "" and the labels stay as body
// paragraphs; the 1.–5. lines open paragraphs (block arabic headings, level 1, required); lines 1–4 have no sentence end, so
// each item is the whole line with its ";", line 5's item is its sentence without "。". 05 is written: the "致…:" addressee
// and the letter's own word 通知 make it a notice to staff, not an address spoken to an audience; its headline is not in the
// capture, so its title is "". 06 is a news report.
// Looked for and not found on a new host: a 疫情防控 工作会议 讲话 with 一、/(一) headings on a 范文 site (laobiganzi,
// xiezuofangchengshi, m.wenke99, 6dgww, partyworker, 51gongwen, gongwenbang, mswk, e.wenmi.ren, fanwenshow, word.be000 and
// m.7rdy all answer and all are used); a 抗疫 表彰大会 讲话 or 发言 (cailiaogo is used; 001net's traditional pinyin copy of the
// national 表彰大会 speech is used; the rest were news reports and school reports of 党课 viewings); a 防控指挥部 会议 表态发言
// (only used hosts and news reports of 调度会); a 复工复产 动员 讲话 on a template site other than 51jzrc (m.tp2008 is used,
// xiegongwen's 倡议书 is used); a 主持词 for a 防控 meeting (laobiganzi, wenke99 used); a 开学 疫情 讲话 with 第一/第二 points
// (m.wenke99, max.book118 and tmdps are used; m.sichuanlong's news page of principals' speeches was left for other parts).
// A 防控 通告 look-alike on a new host exists (smrmnews.cn, redhongan.com, www1.jinqianmua.com) but every capture runs under
// 500 characters, so the longer staff letter was taken instead.
// Template twins set aside: none of the six pages prints another used site's furniture. yhjlw's "當前位置:<site> > / 實用文 >…"
// breadcrumb resembles the lgfwz/kkjlw "位置:首頁 > 實用文 > …" head of rounds 15 and 72 only in the column name: it has its
// own brand, a "…彙編(N篇)" collection title printed three times and no 小编 promo or "篇N" heading, so it was kept.
// fzwbzx's "Article/ShowArticle.asp?ArticleID=" is the PowerEasy default shared by the used mswk and e.wenmi.ren, but its
// capture prints none of their furniture (no 投稿人/全文N字/内容预览 lines), so it was kept.
// Living people's names that are not public figures (the school principal) were replaced by fictional ones; the prose was
// rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const WY_PAGE_TITLE = '2020在复工复产会议上的讲话发言稿:在企业复工会议上的讲话';
const WY_META = '无忧文档网    时间: 2020-02-18 22:24:42     阅读:';
const WY_TITLE = '在复工复产会议上的讲话';
const WY_SEO_HEAD = '2020在复工复产会议上的讲话发言稿';

const HB_CRUMB1 = '當前位置:一號簡歷網 >';
const HB_CRUMB2 = '實用文 >發言稿 >';
const HB_COLL = '在新型冠狀病毒感染的肺炎疫情防控工作會議上的講話彙編(6篇)';
const HB_TITLE = '在全省新型冠狀病毒感染的肺炎疫情防控工作會議上的講話';

const FZ_TITLE = '2020年春季高三复学开学式讲话稿';

export const specs = {
  '01-jianghua-51jzrc-fugong-fuchan-wuyou-meta-seo-heading-yishi': {
    source: 'https://m.51jzrc.cn/show-21-199762-1.html',
    kind: 'speech: 讲话 (a district leader at a 企业复工 guidance meeting during the epidemic; 文档 site)',
    tests: 'the SEO page title "2020在复工复产会议上的讲话发言稿:在企业复工会议上的讲话"; a "无忧文档网    时间: 2020-02-18 22:24:42     阅读:" meta line with an empty count; the speech\'s own title; no salutation; "“第一课”"/"“第一关”" in quotes (no markers); "XX" blanks; "下面,…我讲几点意见。"; the SEO heading "2020在复工复产会议上的讲话发言稿" inserted between the opening and the first point; a block "一是要认真指导企业做好复工准备工作。" point (its 二是 past the cut); cut mid-sentence ("要主动发布")',
    isSpeech: true,
    title: WY_TITLE,
    noise: [WY_PAGE_TITLE, WY_META, WY_SEO_HEAD, '无忧文档网'],
    dropLines: [WY_PAGE_TITLE, WY_META, WY_TITLE, WY_SEO_HEAD],
    outline: [
      { level: 1, marker: '一是', text: '要认真指导企业做好复工准备工作' },
    ],
  },
  '02-jianghua-yhjlw-big5-fangkong-huiyi-huibian-glued-title-byline-yi': {
    source: 'https://yhjlw.com/zh-hk/wen/fayan/5v1ryz.html',
    kind: 'speech: 講話 (a provincial governor at the province\'s 疫情防控 work meeting; traditional-script collection page)',
    tests: 'traditional script (羣, 後, 啟, 佈); a breadcrumb split over two lines "當前位置:一號簡歷網 >" / "實用文 >發言稿 >"; the collection title "…講話彙編(6篇)" three times; the first piece flattened onto one line: its own title glued to the byline "四川省省長 尹力 (2020年1月25日)" and the body; no salutation; "下面,我強調幾點意見。一、把人民羣眾…放在首位,切實增強疫情防控工作緊迫感責任感疫情出現以來,…" — an inline heading glued to its body, a run of one in the capture; figures and place lists; cut mid-word ("外")',
    isSpeech: true,
    title: HB_TITLE,
    noise: [HB_CRUMB1, HB_CRUMB2, HB_COLL, '一號簡歷網'],
    replace: [[HB_TITLE + '四川省省長', '四川省省長']],
    dropLines: [HB_CRUMB1, HB_CRUMB2, HB_COLL],
    outline: [
      { level: 1, marker: '一、', text: '把人民羣眾生命安全和身體健康放在首位', optional: true },
    ],
  },
  '03-jianghua-fzwbzx-gaosan-fuxue-guoqixia-dateline-byline': {
    source: 'http://fzwbzx.cn/Article/ShowArticle.asp?ArticleID=9685',
    kind: 'speech: 国旗下讲话 (a principal at the senior-three return-to-school ceremony after the epidemic lockdown; school site)',
    tests: 'no site noise in the capture; the title "2020年春季高三复学开学式讲话稿"; the dated label "2020年4月7日国旗下讲话" and the byline "校长 韩立诚" under it (part of the speech); "亲爱的老师们、同学们:" then "大家早上好!" glued to the first paragraph; quotations (恩格斯, 鲁迅); parallel "疫情让我们懂得,…" / "疫情更让我们懂得,…" paragraphs that are not markers; no numbered points; cut mid-sentence ("成为")',
    isSpeech: true,
    title: FZ_TITLE,
    noise: [],
    dropLines: [FZ_TITLE],
    outline: [],
  },
  '04-zhici-vq7736-fabuhui-huanyingci-section-labels-arabic-list': {
    source: 'https://www.vq7736.com/130.html',
    kind: 'speech: 欢迎词 (an opening address at a 2022 疫情防控 press conference; content-farm page)',
    tests: 'no title line: the first line "欢迎词" is one of six section labels ("欢迎词", "疫情回顾", "疫情现状", "疫情防控措施", "展望未来", "结束语") each on its own line; "尊敬的各位媒体朋友们,大家好!" glued to the opening; a list after "我们将继续坚持以下措施:" of block lines "1. …;" to "5. …。" (a space after the marker); cut mid-sentence ("能够为大家")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1.', text: '加强疫情监测和信息发布,及时掌握疫情变化,做好舆论引导;' },
      { level: 1, marker: '2.', text: '推进疫苗接种,提高疫苗覆盖率,保护人民的生命安全;' },
      { level: 1, marker: '3.', text: '加强社区防控,做好人员排查和隔离,防止疫情扩散;' },
      { level: 1, marker: '4.', text: '加强公共场所卫生管理,增强群众防护意识,降低病毒传播风险;' },
      { level: 1, marker: '5.', text: '加强国际合作,携手应对疫情挑战,分享经验和资源,共同推进全球疫情防控' },
    ],
  },
  '05-tongzhi-luxurytubsltd-big5-pinyin-yanqi-fugong-letter-not-speech': {
    source: 'http://luxurytubsltd.com/xwzx/ccxw/308.html',
    kind: 'non-speech: 通知 (a company chairman\'s letter to all staff announcing a delayed return to work; traditional pinyin mirror)',
    tests: 'traditional script with pinyin after converted characters ("長(zhǎng)城", "復(fù)工", "戰(zhàn)“疫”"); the addressee "致全體長(zhǎng)城人:" and "新年好!" look like a salutation; first person throughout; the letter names itself "一份特殊的延期復(fù)工通知"; "." where the converter dropped a word ("不是.次", "贏得.終勝利"); a mis-encoded run ("我們?cè)撛趺醋??"); "1、…" "2、…" "3、…" measures after a question — a written notice, not a speech; cut mid-word',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-cq828-kangyi-biaozhang-dahui-spun-names-not-speech': {
    source: 'http://www.cq828.cn/hjqh/1483.html',
    kind: 'non-speech: news report (a spun copy of Xinhua\'s report on the national 抗击新冠肺炎疫情表彰大会)',
    tests: 'a "本篇文章4296字,读完约11分钟" reading-time line; a rewritten headline ending "并发表了重要讲话"; a garbled names line ("王洋", "汉正") and the correct list later; "习大大"; a quoted image caption printed twice; the dateline "新华社北京9月8日电" glued to the lead; the leader\'s words reported in the third person ("习指出,…", "习大大强调,…") — a news report, not a speech; cut mid-word ("人民大会")',
    isSpeech: false,
    title: '全国抗新冠肺炎疫情表彰大会在京隆重举行,为国家勋章和国家荣誉称号获得者颁发了勋章,并发表了重要讲话',
    noise: [],
    outline: [],
  },
};
