// Gold specs for holdout round 26, part b (cases 07–12): document sites, paywalled 范文 pages and traditional-script
// mirrors — pages whose text carries a site's paywall, a book mirror's header, converter pinyin, hard wraps and garbled
// runs — and their look-alikes. Four spoken pieces (a county party secretary's speech at the county's 三级干部大会 on a
// 范文 site whose paywall hides the middle: "此处隐藏5120个字。VIP会员可见" on a line of its own between the announced
// "我说三句话,与大家共勉:" and the closing paragraph, then the site's "上一篇:… 下一篇:…" line and an empty
// "留言与评论(共有 条评论) |" footer, with "*" blanks, ASCII quotes and dots and the template writer's own aside in
// parentheses; a pupil's 国旗下演讲 on 爱心, first piece of a "模板彙編9篇" collection on a traditional-script 范文 site
// (site name, breadcrumb, the collection title printed twice around a "演講稿1.14W" counter and a 小編 promo, the piece
// heading "國旗下演講稿 篇1" with a space), cut mid-phrase; a writer's lecture to university students on a traditional
// book mirror with converter pinyin after a fixed set of characters, under the book's name as a header line, opening with
// a twelve-line poem he reads out and holding a garbled run "?!碑?dāng)", cut at "其實(shí)"; a first-grader's 新生发言稿,
// first piece of a "【五篇】" collection on a 文秘 site: a navigation line, a breadcrumb, the collection title with its
// year, a "时间:… 来源:网友投稿" line, the site's teaser of the speech run into a 小编 promo, the collection's bare name
// and the piece heading "…范文第1篇", then a speech whose opening is set as three short verse-like lines and an ASCII
// full stop inside "老师.哥哥姐姐们") and two written look-alikes (a traditional-mirror guide to the format of a leader's
// 致辞/讲话稿 with converter pinyin and hard wraps every 30–38 characters, numbered 1./2./3. headings, 一是/二是 title
// types, a salutation list whose "同志" was filtered out of "“同志們”" and example speech titles and openings in
// 《》; a novel chapter page "第(3/3)頁" on a traditional mirror with pinyin, flattened onto one line, in which a brigade
// party secretary harangues commune members ("我們的目的一定要達到!") before he "正式開始了講話" — a narrated
// scene, not a speech).
// Judgement calls:
// - 07: the title line is the document's own and the only title on the page: dropped, not listed (round 25's 02). The
//   paywall line, the "上一篇/下一篇" line and the comment footer are noise. The aside "(成绩与问题各地情况不一,此处不再
//   展开)" is the template writer's note inside the text, not the site's: it stays in its paragraph. "我说三句话,与大家
//   共勉:" announces points the paywall hides: no outline. The "*" blanks, "24年", ASCII "......" and the ASCII-quoted
//   "玻璃门""弹簧门" stay as printed.
// - 08: the title is the collection's topic "國旗下演講稿" (the piece has no title of its own; "做一個心中有愛的人" is
//   the talk's theme in quotes inside the first paragraph), as round 20's 10 took "学生参加演讲比赛"; "【必備】…模板彙編
//   9篇" (twice), "博文谷", the breadcrumb, "演講稿1.14W", the promo and "國旗下演講稿 篇1" are noise. The text's own slips
//   stay: "他把生的希望" for a woman teacher (as on the page), "深深的打動" with 的.
// - 09: a lecture given to students ("我們到大學里來…") is a speech of the 演讲 kind although the page names no genre.
//   "七十年崢嶸歲月" is the book's name printed by the mirror over every chapter: noise. The title is the lecture's own
//   "當代人文精神的處境" with its pinyin off. The twelve verse lines the speaker reads out are his text, one paragraph per
//   line as printed. The garbled "?!碑?dāng)" (a quotation's close and the next 當, whose note lost its opening
//   parenthesis) is no whole pinyin note: it stays in its paragraph as printed (round 20's 01 kept "?yōu)槲倚…"). No
//   outline.
// - 10: the title is the collection's bare name "一年级新生发言稿", printed on a line of its own (the page title adds the
//   year and "【五篇】", the piece heading adds "范文第1篇"). The line holding the site's teaser of the speech run into
//   the 小编 promo is noise as a whole (round 25's 03). The three verse-like opening lines of the speech are three
//   paragraphs as printed. "大家好!" is the salutation. The page was cut at the end of the first piece, before
//   "…范文第2篇". No outline.
// - 11: a guide to writing 致辞/讲话稿 is written; its title is its own first line with the pinyin off. 12: a novel
//   chapter in which a character speaks at a meeting is written; the capture holds no chapter title, so the title is "".
// Looked for and not found on a new host: a 文库/PDF viewer page of a speech with file size, page count, "VIP专免" or
// "侵权投诉" lines (every such hit was on a used host: gongwenbang, wnwk, renrendoc, 777doc, xiaomilidoc, taowenge,
// wenku.docs.qq.com, 360docs, docx.baby; doczj.com, 35331.cn and 32336.cn are new but the corpus held only 公文-format and
// standards documents for them), a WeChat reprint of a speech with 公众号 header, 阅读原文 or 点赞/在看 lines (the corpus
// returns only news and essays; wxredian.com is new but no speech on it came up), and a speech with a numbered outline
// (一、/(一)/一是) on any new host of these kinds (those found — huangminedu, wugjj, dawenge, 6dgww, wm114,
// xiezuofangchengshi, laobiganzi — are used). So no case in this part carries an outline; the pages were chosen for
// their noise. A 工作报告 at an education work meeting (jinyutudao.com, 一、 and 一是) was claimed and then left out: it
// would only repeat round 15's 17 and round 24's 18.
// Written from page.txt alone, before any engine ran on it. People's and places' names in the prose were replaced by
// fictional ones (韩立川, 周明远, 林秋禾, 林归舟, 周得胜, 青石镇, 青川) and the prose rewritten in new words; every noise string is
// the page's own text. The traditional pages were drafted in simplified characters and converted with OpenCC (t for 08,
// tw for 09/11/12), then the mirrors' quirks were put back: 里/么/后/于/只/并/周 left simplified in 09, 11 and 12; pinyin
// after every 國 現 臺 詩 來 風 時 個 對 學 過 說 識 數 當 續 認 實 會 結 in 09, after every 領 導 標 內 紀 當 質 學 遠 統 in 11,
// and after the longer set of 12 (頁 時 書 話 … 發 揚), each with the garbled runs of its page in the same contexts.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const LW_TITLE = '县委书记在2025年全县三级干部大会上的讲话';
const LW_HIDDEN = '此处隐藏5120个字。VIP会员可见';
const LW_PREV_NEXT = '上一篇:在节后收心会上的讲话 下一篇:在2025年春节后收心大会上的讲话';
const LW_COMMENTS = '留言与评论(共有 条评论) |';

const BW_SITE = '博文谷';
const BW_CRUMB = '位置:首頁 > 實用範文 > 演講稿';
const BW_PAGE_TITLE = '【必備】國旗下演講稿模板彙編9篇';
const BW_META = '演講稿1.14W';
const BW_PROMO =
  '演講稿具有觀點鮮明,內容具有鼓動性的特點。在充滿活力,日益開放的今天,演講稿的使用越來越廣泛,演講稿的注意事項有許多,' +
  '你確定會寫嗎?以下是小編整理的國旗下演講稿9篇,僅供參考,大家一起來看看吧。';
const BW_PIECE = '國旗下演講稿 篇1';

const TO_BOOK = '七十年崢嶸歲月';
const TO_TITLE_LINE = '當(dāng)代人文精神的處境';

const ZX_NAV = '正兴文秘网为您提供优质参考范文! 工作汇报 思想汇报 发言稿 主题教育 教案设计 对照材料';
const ZX_CRUMB = '当前位置:首页 > 范文大全 > 发言稿 >';
const ZX_PAGE_TITLE = '2023年一年级新生发言稿【五篇】';
const ZX_META = '时间:2024-04-08 15:19:01 来源:网友投稿';
const ZX_TEASER_PROMO =
  '九月的阳光,亮亮的;小草,绿绿的;我们的脸蛋,红红的——因为从今天起,我们终于背上书包做小学生了。我知道,学校是一艘船,' +
  '是一艘载着我从家门口驶向远方的船。很久以前,看着大哥哥大姐姐们背着书包下面是小编为大家整理的2023年一年级新生发言稿【五篇】,供大家参考。';
const ZX_COLL_NAME = '一年级新生发言稿【五篇】';
const ZX_PIECE = '一年级新生发言稿范文第1篇';

export const specs = {
  '07-jianghua-laowenmi-sanji-ganbu-vip-hidden-prev-next': {
    source: 'https://www.laowenmi.com/ldjh/gzuy/28382.html',
    kind: 'speech: 讲话 (a county party secretary at the county\'s 三级干部大会 after the townships\' 表态发言; 范文 site with a VIP paywall)',
    tests: 'the title line over "同志们:"; three paragraphs with “” quotes, rhetorical questions, figures ("24年GDP增长6%", "全市第2"), "*" blanks ("*新区", "低*个百分点", "*县", "新*"), ASCII dots "......" and ASCII-quoted "玻璃门""弹簧门", the template writer\'s aside in parentheses at a paragraph\'s end; "我说三句话,与大家共勉:" then the paywall line "此处隐藏5120个字。VIP会员可见" hiding the three points; the closing paragraph; the site\'s "上一篇:… 下一篇:…" line (two other speeches\' titles) and the empty comment footer "留言与评论(共有 条评论) |"; no outline',
    isSpeech: true,
    title: LW_TITLE,
    noise: [LW_HIDDEN, LW_PREV_NEXT, LW_COMMENTS],
    dropLines: [LW_TITLE, LW_HIDDEN, LW_PREV_NEXT, LW_COMMENTS],
    outline: [],
  },
  '08-yanjianggao-bowengu-big5-guoqixia-crumb-meta-promo-pian1': {
    source: 'https://bowengu.com/shiyongfanwen/yanjianggao/npz4g7.html',
    kind: 'speech: 演讲稿 (国旗下演讲 by a pupil on 爱心, with a teacher\'s sacrifice in a flood; first piece of a collection on a traditional-script 范文 site)',
    tests: 'traditional script with 爲/一併/事蹟/隨着/着; the site name "博文谷", a breadcrumb "位置:首頁 > 實用範文 > 演講稿", the collection title "【必備】國旗下演講稿模板彙編9篇" printed twice around a "演講稿1.14W" counter and a 小編 promo that explains what a 演講稿 is, the piece heading "國旗下演講稿 篇1" (space before 篇1); blank lines between all lines; the salutation; the talk\'s theme quoted in its first sentence; a quoted saying of 孟子; "20xx年" and a time "凌晨3點15分"; exclamations; the text\'s own slip "他" for a woman teacher; cut mid-phrase ("看着父母親鬢角"); no outline',
    isSpeech: true,
    title: '國旗下演講稿',
    noise: [BW_SITE, BW_CRUMB, BW_PAGE_TITLE, BW_META, BW_PROMO, BW_PIECE],
    dropLines: [BW_SITE, BW_CRUMB, BW_PAGE_TITLE, BW_META, BW_PROMO, BW_PIECE],
    outline: [],
  },
  '09-yanjiang-talentonion-big5-pinyin-renwen-book-title-poem': {
    source: 'http://www.talentonion.com/showbook/133799/1919472.html',
    kind: 'speech: 演讲 (a writer\'s lecture to university students on literature and certainty; chapter of a book on a traditional-script mirror)',
    tests: 'a book mirror: the book\'s name "七十年崢嶸歲月" as a header line, then the lecture\'s title line; converter pinyin after every 國/現/臺/詩/來/風/時/個/對/學/過/說/識/數/當/續/認/實/會/結, in the title line too ("當(dāng)代…"); simplified leftovers 里/么/后/于/只/并; no salutation: the lecture opens "我先朗讀一首臺灣詩人…的《落葉辭》:" and twelve verse lines, one per line, ending in commas, a full stop and a question mark; then one long paragraph with a jar-of-beans parable, quoted self-talk and a garbled run "黃豆?!碑?dāng)你" where a quotation closes (its "dāng)" has lost the opening parenthesis, so it is no pinyin note to cut); cut mid-sentence ("其實(shí)"); no genre word anywhere; no outline',
    isSpeech: true,
    title: '當代人文精神的處境',
    noise: [TO_BOOK],
    regexCut: [PINYIN],
    dropLines: [TO_BOOK, unpin(TO_TITLE_LINE)],
    outline: [],
  },
  '10-fayangao-99999z-xinsheng-collection-crumb-promo-pian1': {
    source: 'https://www.99999z.com/fanwendaquan/fayangao/183840.html',
    kind: 'speech: 发言稿 (a first-grader\'s speech at the new term; first piece of a "【五篇】" collection on a 文秘 site)',
    tests: 'a navigation line "正兴文秘网为您提供优质参考范文! 工作汇报 …", a breadcrumb ending in " >", the collection title with its year "2023年一年级新生发言稿【五篇】", a "时间:… 来源:网友投稿" line, the site\'s teaser (the speech\'s first sentences, cut off) run into a 小编 promo on one line, the collection\'s bare name "一年级新生发言稿【五篇】" and the piece heading "一年级新生发言稿范文第1篇"; blank lines between blocks; "大家好!" as the only salutation; a "**" blank for the pupil\'s name and an ASCII full stop for 、 ("老师.哥哥姐姐们"); the opening set as three short verse-like lines ending in semicolons and a dash; an ellipsis "……"; no closing thanks; the page cut before the second piece; no outline',
    isSpeech: true,
    title: '一年级新生发言稿',
    noise: [ZX_NAV, ZX_CRUMB, ZX_PAGE_TITLE, ZX_META, ZX_TEASER_PROMO, ZX_COLL_NAME, ZX_PIECE],
    dropLines: [ZX_NAV, ZX_CRUMB, ZX_PAGE_TITLE, ZX_META, ZX_TEASER_PROMO, ZX_COLL_NAME, ZX_PIECE],
    outline: [],
  },
  '11-guide-newhan-big5-pinyin-zhici-geshi-hardwrap-not-speech': {
    source: 'http://m.newhan.cn/zhishi/a/1678691514121874.html',
    kind: 'non-speech: writing guide (the format of a leader\'s 致辞/讲话稿: title, date, salutation, opening; traditional-script mirror)',
    tests: 'a blank first line, then the guide\'s title; converter pinyin after every 領/導/標/內/紀/當/質/學/遠/統; hard wraps every 30–38 characters inside paragraphs, one splitting a name ("韓立\\n川") and one a word ("先\\n生們"); headings "致辭稿寫作格式(一):…", 1./2./3. heading lines, 一是/二是 title types; a salutation list in which "同志" was filtered out ("“們”(黨內會議常用)"); example titles in 《》 with a dash ("——韓立川在…上的講話"); a model opening quoted with its speaker and date; "同志們" only as a word talked about — a guide, not a speech; cut mid-title ("《在全")',
    isSpeech: false,
    title: '領導講話致辭稿寫作格式',
  },
  '12-novel-icecubeinc-big5-pinyin-zhishu-jianghua-page3-not-speech': {
    source: 'http://icecubeinc.com/book/68924/1170461_3.html',
    kind: 'non-speech: novel chapter (a brigade party secretary rallies commune members before his speech; page 3 of a chapter on a traditional-script mirror)',
    tests: 'a page counter "第(3/3)頁(yè)" glued before the text; the whole page on one line with single spaces between sentences; converter pinyin after a long set of characters (頁 時 書 話 萬 險 長 點 沒 報 國 線 續 躍 衛 達 來 場 會 見 覺 慣 強 氣 號 過 說 個 聽 開 內 現 風 發 揚 闖 勝), 長 always "zhǎng"; two garbled runs ("站起來(lái)?yè)]舞著", "社員們?cè)趹浛嗨继穑反髸?huì)上"); the secretary\'s quoted harangue with slogans in ‘’, "我們的目的一定要達到!" shouted back and forth, a quoted piece of good news, then "正式開始了講話,從國際講到國內…" told in the third person — a narrated scene, not a speech; cut mid-word ("打")',
    isSpeech: false,
    title: '',
  },
};
