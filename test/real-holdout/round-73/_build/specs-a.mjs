// Gold specs for holdout round 73, part A (cases 01–06): statistics, market regulation and quality supervision (统计局,
// 市场监管, 质监, 食品药品监管, 知识产权, 消费者权益 — work meetings, 3·15 events, openings, and their look-alikes).
// Four spoken pieces (01: a pupil's 发言稿 on food safety to schoolmates, the first piece of a collection on a 范文 site
// (98e): the page title "食品安全问题发言稿(通用19篇)", the piece heading "食品安全问题发言稿 篇1" with a space before the
// number, the salutation and "大家好!" on lines of their own, a paragraph ending "…要注意以下几点:" followed by seven block
// items "1." to "7." (short tips, three of them with a second sentence), a closing "最后," paragraph, the authored doubled word
// "快乐、健康、健康的校园生活", then the second piece's heading "… 篇2", its salutation and a cut "大家下午"; 02: a provincial
// 工商局 deputy director's 讲话 at the province's 商标工作座谈会 on a traditional-script mirror with converter pinyin after a
// fixed set of characters (標(biāo), 業(yè), 務(wù), 訓(xùn), 統(tǒng), 經(jīng), 戰(zhàn), 負(fù), 責(zé), 關(guān), 發(fā), 導(dǎo), 認(rèn), 領(lǐng), 學(xué), 習(xí),
// 監(jiān), 創(chuàng), 設(shè), 區(qū), 節(jié), 識(shí)) and the simplified 后 left in "之后": the title line (with pinyin), the byline
// "甘肅省工商局副局長 <name>" (post, space, name), a blank line, "同志們:", a long opening paragraph, then a paragraph whose
// review turns into an inline "一是商標品牌建設…" after a full stop, with "(市場監管)" and "縣(市、區(qū))" parentheses that are
// text, not pinyin; cut mid-sentence ("…居全國第一,我"); 03: a 质检总局 leader's 讲话 at the 2015 "质量之光" award ceremony on a
// traditional-script page (tjtnsrq) whose capture carries no title and no site noise at all: "同志們、朋友們:" first, a
// courtesy "首先,我代表國家質檢總局,…" inline after a full stop with no 其次 after it, "這里我談三點感受和希望:" (里 left
// unconverted) and a block "一要堅持以質量為本。" point, cut mid-word ("經濟發展的本"); 04: a county 工商局 head's 3·15
// 演讲稿, the first piece of a collection on 读文网 (quduwen): the breadcrumb "读文网>范文>演讲稿大全>节日演讲稿" with no spaces,
// blank lines between all lines, the collection title "3.15演讲稿3篇", a promo whose first sentence is general advice about
// 演讲 and whose second is the 小编 line, the piece heading "3.15演讲稿篇1" glued to its number; no salutation; the site's
// "**县" blanks and the censored "以“x”重要思想为指导"; a long report paragraph full of figures; cut after a comma) and two
// written look-alikes (05: a county news portal's report (bytoday, 今日宝应网) of the launch of a 食品安全宣传周, all on one
// line with single spaces between paragraphs: the vice county head "在致辞中说" and "他希望广大群众第一要…。第二要…。第三要…。"
// told in the third person, then "要求" and the week's theme, a reporter's name in parentheses and a " |" — a news report,
// not a speech; 06: a signed article by the head of the 国家统计局 on enforcing the revised 统计法, on a traditional-script
// forum mirror with converter pinyin (嚴(yán), 執(zhí), 統(tǒng), 數(shù), 據(jù), 質(zhì), 發(fā), 進(jìn), 總(zǒng), 結(jié), 準(zhǔn), 調(diào), 構(gòu) …): the
// headline over two lines, the author's post and name on two more, a lead paragraph, a "一、" heading line and two "(一)"/"(二)"
// sub-heading lines whose opening "(一)貫徹執" was mis-encoded into "。ㄒ唬┴瀼貓(zhí)行" and "。ǘ┴瀼貓(zhí)行" (the 執 itself lost,
// its pinyin left) — a written article, not a speech).
// Judgement calls:
// - 01: a collection page, so the title is the first piece's own title "食品安全问题发言稿" (the heading without " 篇1", the
//   page title without "(通用19篇)"); the page title and both piece headings are noise; the second piece's salutation and its
//   cut "大家下午" stay in the body (every piece in the capture stays). The seven block items follow "…要注意以下几点:": block
//   markers by the rules, but a list of tips announced after a colon, so all seven are optional level-1 items, as round 20's
//   panghu123 "以下几点要求:" 1、…4、 (each item's text is its first sentence; none is longer than 50 characters). "最后,"
//   opens a paragraph with no 首先 run: a closing courtesy point → optional; by the letter it sits one level below the
//   nearest heading above it ("7."), so level 2.
// - 02: the pinyin is cut by regexCut (only whole "(pinyin)" groups; "(市場監管)" and "(市、區)" stay as text); the title line
//   is the title, dropped in its pinyin-free form. "區(qū))" is listed with its neighbours as well: the annotation sits
//   right before the text's own ")", and only so does the page-order check skip the annotation's ")". The byline carries
//   a post, so it stays as the speech's own header (as the shared corpus's bylines); the speaker's name was replaced by a
//   fictional one. The inline "一是" follows a full stop but the
//   capture ends before any "二是": a run of one → optional, level 1; its sentence runs past 50 characters, so its text is cut
//   at the first comma ("商標品牌建設的氛圍更加濃厚").
// - 03: no title line in the capture → title "". "首先,我代表…" is inline after a full stop with no 其次 in the capture: not
//   a marker by the rules (no run), a courtesy by sense → no item. "一要堅持以質量為本。" opens a paragraph after "這里我談三點
//   感受和希望:": a block marker needs no run, and the reader takes it for the first of the three announced points (not a list
//   of tips), so it is required, level 1 — as round 49's "我提三点建议,请大家参考:" + block "一是…" (required), unlike 01's
//   tips and round 65's "以下几点:" + block 一是 (optional); its 二要 lies past the cut.
// - 04: the title is the piece's own title "3.15演讲稿" (the heading "3.15演讲稿篇1" without its number; the collection title
//   without its count says the same); breadcrumb, collection title, promo and piece heading are noise (the promo's 小编
//   sentence listed again as a shorter part). A 演讲稿 by a 工商局 head to the county's consumers, in the first person: a
//   speech. "**县" and "“x”" stay as the site printed them.
// - 05 and 06 are written: 05 reports a 致辞 in the third person ("他希望…第一要…第二要…"), so its ordinals are no outline; 06 is
//   a signed article (headline, byline, 一、/(一) headings) with no address to an audience. Their title is the headline
//   (05 has none in the capture: "").
// Names of people who are not public figures (02's deputy director, 05's vice county head and reporter, 01's neighbourhood)
// were replaced by fictional ones; all prose was rewritten.
// Looked for and not found on a new host: a 市场监管 or 食品药品 work-meeting 讲话 with 一、/(一) or 一是/二是 inside the
// capture (the corpus answers with m.sanweiyuan, laobiganzi, xiezuofangchengshi, huangminedu, daodoc, fanwenq, wenke99,
// 7rdy, bimoxiezuo, wenku.docs.qq, gongwen.com.cn, 1mishu, 365docx, 777doc, wmjy, mingyanjiaju, gxscse, 78911, zuowen.red —
// all used); a 统计 work-meeting or 经济普查/人口普查 动员 讲话 with numbered points (222.240.193.190 — the 湖南统计信息网
// pages — m.wenke99, m.7rdy, uv63h8, ceshi.taolaoshi are used; stats.gd.gov.cn shares its base gd.gov.cn with a used
// host); a 3·15 主持词 or a 消协 换届 讲话 (only news, tag pages and encyclopaedias); a 知识产权宣传周 致辞 with points
// (1mishu and m.crossfitfinalpush are used). So only 01 (seven optional tips) carries two or more numbered points; 02 and 03
// carry one each. Not taken: mpmpc.cn (its stored text, page 2 of a news item with "一是" / "要提高认识" on separate lines,
// is about 300 characters: too short; claimed, then released), 037q.com (a spun news item, short), m.xidihaij.cn (a
// traditional pinyin mirror of a 食安委 meeting speech under the SEO title "食品安全演講稿的內容", one 一、 heading — the
// speech slot went to 02), guoyou.org.cn (a 食品安全研讨会 speech under a site bar and breadcrumb, no points), ccdushu.com
// and xuoda.com (novel-site pages), gshcpcy.com and m.kgymhc.com (two spam-keyword mirrors of one quality-news template,
// news only), rob-beatz.com (the 2014 "质量之光" speech; 03 was preferred for its salutation).
// Template twins set aside: gymyzhishaji.com (the ruiwen family: "- 相關推薦" over the title), snfmxh.com and zhuogege.cn
// (the "/zhuantifanwen/<col>/<id>.html" farm with "下面是小编为大家整理的…"), yunyanqing.com (the "/FanWen/<CamelCase>/"
// template set aside by round 64), appdesigncorp.com (the 装配图网 viewer set aside by round 59), m.huatuo3.com (the
// "/<col>/<code>/<id>" template of the used huatuo3.cn and m.huatuo0.cn), nmwxb.com (named as a twin by round 40).
// 01's bare "<title>(通用N篇)" / "<title> 篇1" head is generic to collection pages of many sites (the used 9000bbs.cn prints
// it on a traditional pinyin mirror); with no other furniture to tie it to a used template, 98e was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const NE_PAGE = '食品安全问题发言稿(通用19篇)';
const NE_PIECE1 = '食品安全问题发言稿 篇1';
const NE_PIECE2 = '食品安全问题发言稿 篇2';

const JB_TITLE = '在全省商標工作座談會上的講話';

const QD_CRUMB = '读文网>范文>演讲稿大全>节日演讲稿';
const QD_PAGE = '3.15演讲稿3篇';
const QD_PROMO = '演讲,是一门语言的艺术,它能在极短的时间内通过传达演讲者的思想与感悟,有效地调动起听众的情绪,或引起听众的共鸣。以下是读文网小编整理了3.15演讲稿3篇,供你参考。';
const QD_PIECE = '3.15演讲稿篇1';

export const specs = {
  '01-fayan-98e-shipin-anquan-collection-tongyong-pian1-block-1-7-after-colon-pian2-cut': {
    source: 'https://m.98e.cn/yanjianggao/fanwengao/223613.html',
    kind: 'speech: 发言稿 (a pupil on food safety in the cold season; first piece of a 范文 collection)',
    tests: 'a collection page: the page title "食品安全问题发言稿(通用19篇)" and the piece heading "食品安全问题发言稿 篇1" (space before the number) as the only furniture; "亲爱的同学们:" and "大家好!" on lines of their own; a paragraph ending "…要注意以下几点:" then seven block items "1." … "7." (a list of tips after a colon: optional), three with a second sentence; a closing "最后," paragraph with no 首先 run (optional, level 2 under "7."); the authored doubled word "健康、健康"; the second piece\'s heading "… 篇2", its salutation and "大家下午" cut mid-word',
    isSpeech: true,
    title: '食品安全问题发言稿',
    noise: [NE_PAGE, '(通用19篇)', NE_PIECE1, NE_PIECE2],
    dropLines: [NE_PAGE, NE_PIECE1, NE_PIECE2],
    outline: [
      { level: 1, marker: '1.', text: '到证照齐全的商店买吃的,不要在校门口和街头巷尾买“三无”食品,比如桂园小区对面的烤冷面和糖油饼', optional: true },
      { level: 1, marker: '2.', text: '生吃瓜果蔬菜前要洗干净,防止残留农药引起中毒', optional: true },
      { level: 1, marker: '3.', text: '少吃油炸、熏制、烧烤的食品', optional: true },
      { level: 1, marker: '4.', text: '尽量少吃或不吃隔夜饭菜,预防细菌性食物中毒', optional: true },
      { level: 1, marker: '5.', text: '不吃方便面', optional: true },
      { level: 1, marker: '6.', text: '少吃零食,一日三餐按时吃,尽量不买零食', optional: true },
      { level: 1, marker: '7.', text: '不要买颜色特别艳丽、色素明显偏重的加工食品', optional: true },
      { level: 2, marker: '最后,', text: '我们提醒大家注意营养均衡', optional: true },
    ],
  },
  '02-jianghua-jenniferbails-big5-pinyin-shangbiao-zuotanhui-byline-inline-yishi-run-of-one': {
    source: 'http://www.jenniferbails.com/showmsg.asp?ID=1971&cls=5&name=%CC%98%28bio%29%C2%84',
    kind: 'speech: 讲话 (a provincial 工商局 deputy director at the province\'s 商标工作座谈会; traditional-script pinyin mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (標(biāo), 業(yè), 務(wù), 訓(xùn), 統(tǒng), 經(jīng), 戰(zhàn), 負(fù), 責(zé), 關(guān), 發(fā), 導(dǎo), 認(rèn), 領(lǐng), 學(xué), 習(xí), 監(jiān), 創(chuàng), 設(shè), 區(qū), 節(jié), 識(shí)), also inside the title line; no site chrome; the byline "甘肅省工商局副局長 <name>" (post, space, name) kept, then a blank line and "同志們:"; the simplified 后 in "之后"; parentheses that are text ("(市場監(jiān)管)", "縣(市、區(qū))"); an inline "一是商標(biāo)品牌建設(shè)…" after a full stop with no 二是 before the cut (a run of one: optional; text cut at the first comma); cut mid-sentence ("…居全國第一,我")',
    isSpeech: true,
    title: JB_TITLE,
    noise: ['區(qū))'],
    regexCut: [PINYIN],
    dropLines: [JB_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '商標品牌建設的氛圍更加濃厚', optional: true },
    ],
  },
  '03-jianghua-tjtnsrq-big5-zhiliang-zhiguang-banjiang-no-title-courtesy-shouxian-block-yiyao-after-colon': {
    source: 'http://www.tjtnsrq.com/%E6%A2%85%E5%85%8B%E4%BF%9D%E5%9C%A8%E8%B4%A8%E9%87%8F%E4%B9%8B%E5%85%892015%E5%B9%B4%E5%BA%A6%E9%A2%81%E5%A5%96%E5%85%B8%E7%A4%BC%E4%B8%8A%E8%AE%B2%E8%AF%9D-1297883-news',
    kind: 'speech: 讲话 (a 质检总局 leader at the 2015 "质量之光" award ceremony; traditional-script news mirror)',
    tests: 'no title and no site noise in the capture: "同志們、朋友們:" first; traditional script with 里 left unconverted ("這里"); quoted slogans with curly quotes; a courtesy "首先,我代表國家質檢總局,…" inline after a full stop with no 其次 (no run: no item); "…這里我談三點感受和希望:" then a block "一要堅持以質量為本。" point (required: a block marker needs no run; its 二要 lies past the cut); cut mid-word ("經濟發展的本")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一要', text: '堅持以質量為本' },
    ],
  },
  '04-yanjiang-quduwen-315-collection-crumb-promo-pian1-star-x-placeholders': {
    source: 'http://m.quduwen.com/fanwen/jryjg/58/58033.html',
    kind: 'speech: 演讲稿 (a county 工商局 head on 3·15 consumer-rights day; first piece of a 读文网 collection)',
    tests: 'blank lines between all lines; the breadcrumb "读文网>范文>演讲稿大全>节日演讲稿" with no spaces; the collection title "3.15演讲稿3篇"; a promo whose first sentence is general advice about 演讲 and whose second is "以下是读文网小编整理了…供你参考。"; the piece heading "3.15演讲稿篇1" glued to its number; no salutation, the piece opens with the day\'s name; a long paragraph of figures (案件, 起, 万元); "**县" blanks and the censored "以“x”重要思想为指导"; campaign names in quotes; cut after a comma',
    isSpeech: true,
    title: '3.15演讲稿',
    noise: [QD_CRUMB, QD_PAGE, QD_PROMO, '以下是读文网小编整理了3.15演讲稿3篇,供你参考。', QD_PIECE],
    dropLines: [QD_CRUMB, QD_PAGE, QD_PROMO, QD_PIECE],
    outline: [],
  },
  '05-news-bytoday-shipin-anquan-xuanchuanzhou-qidong-zhici-diyi-yao-oneline-not-speech': {
    source: 'http://www.bytoday.net/article-2096-1.html',
    kind: 'non-speech: news report (a county news portal on the launch of the county\'s 食品安全宣传周)',
    tests: 'no headline in the capture; the whole report on one line with single spaces between paragraphs; the vice county head "在致辞中说,…", then "他希望广大群众第一要…。第二要…。第三要…。" (ordinals after full stops, without a comma) and "要求,…" — a 致辞 summarised in the third person; the week\'s theme in quotes; the reporter\'s name in parentheses and a trailing " |" — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-article-xalimeijing-big5-pinyin-tongjifa-title-byline-yi-paren-mojibake-not-speech': {
    source: 'http://xalimeijing.com/thread-683062-1-1.html',
    kind: 'non-speech: article (a signed article by the head of the 国家统计局 on the revised 统计法; traditional-script forum mirror)',
    tests: 'a traditional-script mirror with converter pinyin (嚴(yán), 執(zhí), 統(tǒng), 數(shù), 據(jù), 質(zhì), 發(fā), 進(jìn), 總(zǒng), 結(jié), 準(zhǔn), 調(diào), 構(gòu) …); the headline over two lines, then the author\'s post and name on two more lines (looks like a title and a byline); a lead paragraph; a heading line "一、貫徹執(zhí)行新統(tǒng)計法的重要意義" and sub-heading lines whose "(一)貫徹執"/"(二)貫徹執" were mis-encoded into "。ㄒ唬┴瀼貓(zhí)行…" and "。ǘ┴瀼貓(zhí)行…"; no address to an audience — a written article, not a speech',
    isSpeech: false,
    title: '嚴格執行統計法 提高統計數據質量',
    noise: [],
    outline: [],
  },
};
