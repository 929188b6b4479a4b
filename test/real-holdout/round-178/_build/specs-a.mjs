// Gold specs for holdout round 178, part A (cases 01–06): science popularisation and science festivals (科技活动周, 全国科普日,
// 校园科技节, 科协 — their 讲话, 致辞, 国旗下讲话, and their look-alikes: a guide to writing a 科普 programme's 主持词 and two
// news reports).
// Three spoken pieces (a 科技节 国旗下讲话稿 on a traditional-script 范文 site (www.readhouse.net, 閱讀屋, "/article/<id>.html"):
// a crumb "閱讀屋>科技> 科技節國旗下講話稿" ending in the title, the title twice on its own lines, an indented generic 小編 promo
// ("在不斷進步的時代,接觸並使用講話稿的人越來越多,… 下面是小編整理的科技節國旗下講話稿,僅供參考,希望能夠幫助到大家。"), the
// piece heading "科技節國旗下講話稿1", the salutation, indented paragraphs, block "第一," and "第二," points, a list line of club
// names, a block "第三、" with the 顿号 (a separator outside the ordinal rule table) ending in a colon, then "1、" and "2、" lines,
// cut mid-phrase ("各社團匯總後的"); a 小学部 pupil's 国旗下讲话 for a 校园科技节 on a school site (lyis.cn, a Kesion CMS
// "/Item/Show.asp?d=<id>&m=1" page): a label line "小学部国旗下讲话" over a headline line "《科技追梦 强国有我》", then an
// unlabelled two-paragraph editor's preface in the school's voice ("科技兴则民族兴,…下好先手棋。" / "作为青少年的我们,要…科技兴
// 国,吾辈担当!") between the headline and the salutation, the pupil introducing herself and naming her own topic
// 《科技强国,创新圆梦》 inside a sentence, cut mid-word ("不断地学"); a 科协 official's 科技节 开幕式 致辞 on a traditional-script
// converter mirror with pinyin annotations (www.ztjkbxw.cn, "/article/<id>.htm"): the collection title "科技節(jié)開(kāi)幕式致辭
// [匯總14篇]", a 小編 promo ("…許多人都寫(xiě)過致辭吧,… 僅供參考,大家一起來(lái)看看吧。"), the piece heading "… 篇1", placeholders
// "xx"/"x", the converter's broken runs "我們?cè)谶@里" and "我們?cè)谥行W(xué)校" (for 在這里, 在中小學校), a single anti-copy
// apostrophe glued mid-phrase ("未成年人的'科學(xué)"), cut mid-word ("一系")) and three written look-alikes (a guide to writing
// the 主持词 of a 生活科普 TV programme (www.jnhdqp.net, "/richang/<id>.html"): an opening paragraph, "1.1"/"1.2"/"1.3" section
// headings, "首先是准确性——…" and a cut "接着是" — a writing guide, not a speech; a 全国科普日 news report under the title
// "全国科普日讲话稿" on a Q&A/encyclopedia site (fenglin360.com, "/ask/<id>.html"): the title, a "时间:… 来源:风铃百科 作者:管理员"
// meta line, the title again, four third-person paragraphs on a county 科协's activities, a trailing "同级分类" label — 543
// characters, the store holds no more; a report of the opening of "创科博览2017" in Hong Kong (theworldseeds.cn,
// "/index.php?p=<id>"): the headline, the organisers and guests, the minister's 致辞 reported in the third person ("万钢部长
// 在致辞中说,…", "万钢部长指出,…"), an inline "最后," and "提出三点建议。一是…;二是…;三是健全" cut mid-phrase — a report).
// Judgement calls:
// - 01: a collection page whose first piece is the speech → a speech (as the shared corpus rule for collection pages); the
//   title is the page title "科技節國旗下講話稿", printed in the crumb, twice as lines and in the piece heading; the crumb,
//   the promo and the piece heading "科技節國旗下講話稿1" are noise (the piece heading without its number is the title, as
//   round 176 case 01); the two title lines are dropped as repeats (not listed: they equal the title). The speech is about
//   the school's 社团 although its title says 科技節: the site's title is kept as printed. "第一," and "第二," open
//   paragraphs: required, level 1 (no heading above them); "第一,"'s text is its first sentence, ended by the ASCII "?"
//   ("什麼叫科技社團", as round 70 case 15's "首先,…?"). "第三、" has the 顿号, outside the ordinal rule table, while a
//   reader takes it for the third point → optional, level 1, its whole line "報名分三個步驟進行:" (no sentence end; as
//   round 29 case 07's "第一、" and round 23 case 03's "第一、…第三、"). "1、"/"2、" are block arabic headings → required, level 1 by the letter
//   of the rules (no higher heading; a reader would nest them under 第三、, as round 149 case 09's "1、/2、" under 第四點);
//   "2、"'s text is the cut line "各社團匯總後的". The club-name list line is body.
// - 02: a speech: from the salutation on the pupil speaks to the assembly ("我是小学部六三中队的李沐晴。今天,我在国旗下演讲的题目
//   是…"). As round 120 case 13 (a "国旗下演讲" label over "《杜绝校园欺凌 共建和谐校园》", the student naming another topic),
//   the label line "小学部国旗下讲话" is page furniture (noise) and the headline in book-title marks "《科技追梦 强国有我》" is the
//   title, kept with its marks as printed; the topic the pupil names inside her sentence (《科技强国,创新圆梦》) stays in its
//   sentence (as round 6 case 07's 《珍爱生命》). The two paragraphs between the headline and the salutation are the
//   publisher's preface (the school's editorial voice, not the pupil's; the speech starts with its own salutation and
//   self-introduction) → noise, both listed whole (as round 120 case 13's report lead, round 134 case 02's press lead and
//   round 6 case 07's teaser). Unsure: a reader might take the preface for the speech's own opening slogan, or keep the label
//   in the title (a two-line title, as round 5 case 02). No outline.
// - 03: a collection page whose first piece is a 致辞 → a speech; the title is the piece heading without " 篇1" and without
//   pinyin: "科技節開幕式致辭" (the page title line carries the "[匯總14篇]" count, as the shared corpus's "(通用3篇)" tags).
//   The page title line, the promo and the piece heading are noise (listed as printed, with pinyin, plus the verbatim parts
//   "[匯總14篇]", "下面是小編精心整理的" and "致辭 篇1"); whole "(pinyin)" annotations go (regexCut, as round 1 cases 09/10);
//   the broken runs "?cè)谶@" and "?cè)谥行W(xué)" are mis-encodings that cannot be repaired and stay (as round 1 cases
//   09/10: only whole "(pinyin)" go, so "(xué)" inside "?W(xué)" goes and "?cè)谥行W" stays); the apostrophe in
//   "人的'科學(xué)" is a glued anti-copy mark → cut (replace) and listed with its neighbours (as round 5 case 07's "的.脚步");
//   placeholders "xx"/"x" stay; the salutation "尊敬的xx、各位領導、老師、同學們:" is body. No numbered points.
// - 04: a writing guide (how a 科普 programme's 主持词 should be written, in the author's first person about his own work), not a
//   speech, although it is about 主持词 and has "1.1"…"1.3" headings and a "首先是…" point (as the shared corpus's guides to
//   主持词, cases 05 and 06).
// - 05: not a speech although its title names one (讲话稿): the document under the title is a third-person news report of a
//   county's 科普日 activities (no address, no first person; "据了解,…"), as round 31 case 17 (an explainer under
//   "奠基仪式领导讲话稿") was no speech. Informational only: title '' per the part's instructions.
// - 06: a news report (the minister's 致辞 told in the third person, "万钢部长在致辞中说", "万钢部长指出"), not a speech; its
//   inline "一是…;二是…;三是" after "提出三点建议。" is the report's summary of his points, so no outline (as round 4's case 15
//   and round 5's case 15 reports).
// Names of private people (02's pupil) were replaced by fictional ones; the officials, guests and public bodies of 06, the
// county, towns and organisations of 05, and the city and event of 02 and 01's city education bureau are public (01's city
// was changed all the same); the prose was rewritten (03's in traditional script with pinyin after the same kinds of
// characters as the mirror annotates: 節 開 領 導 學 協 來 動 進 質 識 …; 02's preface and every noise line are as found).
// Looked for and not found on a new host: a 科技活动周 启动仪式 讲话 or 全国科普日 讲话 with numbered points — the corpus answers
// with used hosts (83352.cn, mtfww.com, m.yrrf.cn, m.runthegoodtimes.com "全國科普日講話稿", thefilledlantern.com "一要",
// crossfitfinalpush.com, m.docduoduo.com, jey722.cn, oh100.com, eimio.cn, isanxia.com "一、"); a 科协 代表大会 开幕词/闭幕词
// or 讲话 (16fw.com, mtole.com, xiezuofangchengshi.com, yanjianggu.com, m.bimoxiezuo.com, ppdoc.com, jxxfw.com, syhmjs.com are
// used); a 科普讲座 开场白 or 主持词 (m.yrrf.cn's 科普日 主持词 and wodeyuanxiao.com are used); a 科技节 开幕/闭幕 致辞 on a new
// 范文 host (pincai.com, wencuigu.com, wxfwb.com, 9000bbs.cn, qingsongxiezuo.com, m.mogufr.com, m.wnwk.com, gppjj.com,
// bowengu.com, refanwen.com, m.wenke99.com, yuwen.yiyaolib.com, tudiao.com, m.hunwen.com, xuefen.com.cn are used); a 科技节
// 国旗下讲话 on a new host besides 01/02 (hx.wj.czedu.cn, 360docs.net, m.xde6.net, tmdps.cn, p719.cn are used); a 科技活动周
// 主持词 (none in the corpus). So the part holds three speeches, one with numbered points, and three look-alikes.
// Template twins considered: laughoutloudemails.com (a converter mirror of "最新科技節開幕詞50字(優秀13篇)" with a "格式:DOC
// 上傳日期:… 頁碼:10" line and a "小編:zdfb" meta line, "/zuowen/<id>.html") serves the template of the used xuefen.com.cn
// ("格式:DOC 上传日期:…", "时间:… 小编:QJ墨客", "/zuowen/<id>.html") → dropped; 365978.net (a 科技活动周 活动方案) prints the
// "【www.<domain>--<category>】" brand line of the used yinlingw.com (round 158 case 17, also a 方案) and doubiweb.com (round 164
// case 01) → dropped. readhouse.net (閱讀屋) is a sister brand of the used 文思屋 (round 4 case 18: "當前位置:文思屋>…>", "文思屋
// 人氣:2.16W"), but its crumb has another shape ("閱讀屋>科技> <title>", no 當前位置, no 人氣 line) and no line of six characters or
// more is shared with a used page (its promo opening "在不斷進步的時代" is the generator's stock phrase of many 范文 sites), so
// it was kept (the merge may judge the pair). ztjkbxw.cn's "/article/<id>.htm" path and pinyin converter are those of the
// used ahxkjx.com, popartistsnft.com and w28pg.cn mirrors, but it shares no line with their pages (its promo, title and
// piece heading are its own), kept as rounds 164 and 172 kept mirrors of a used converter family. lyis.cn runs the Kesion CMS
// "/Item/Show.asp?d=<id>&m=1" path of the used m.abcconstructionenterprise.com (round 158 case 12), a different site with
// none of its furniture. fenglin360.com's "作者:管理员" is a generic CMS field (4 used pages carry it in other meta shapes);
// "风铃百科" and "同级分类" occur in no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Every distinct regexCut match is added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const RH_CRUMB = '閱讀屋>科技> 科技節國旗下講話稿';
const RH_TITLE = '科技節國旗下講話稿';
const RH_PROMO = '在不斷進步的時代,接觸並使用講話稿的人越來越多,講話稿是個人或個人以集體的名義,在重大的會議中,或在較隆重的場合,或各種群眾性的集會上發表全部講話內容的文稿。那麼問題來了,到底應如何寫好一份講話稿呢?下面是小編整理的科技節國旗下講話稿,僅供參考,希望能夠幫助到大家。';
const RH_PIECE = '科技節國旗下講話稿1';

const LY_LABEL = '小学部国旗下讲话';
const LY_HEAD = '《科技追梦 强国有我》';
const LY_PRE1 = '科技兴则民族兴,科技强则国家强。站在历史的新征程上,我们更要贯彻落实科技自立自强战略,牢牢掌握核心技术,在科技革命和科技创新中下好先手棋。';
const LY_PRE2 = '作为青少年的我们,要努力学习,为科技的进步贡献自己的一份力;要不断创新,用青春的热情点亮科技时代精神的火炬;要勇于实践,顽强坚韧与科技共提高;要怀揣着不灭的中国科技梦,承载着中华民族复兴之重任。科技兴国,吾辈担当!';

const ZT_PAGE = '科技節(jié)開(kāi)幕式致辭[匯總14篇]';
const ZT_PROMO = '在日復(fù)一日的學(xué)習(xí)、工作或生活中,許多人都寫(xiě)過致辭吧,致辭具有“禮儀性”或“儀式化”的特點(diǎn),要特別注意措辭得體。那些被稱(chēng)贊的致辭都是什么樣子的呢?下面是小編精心整理的科技節(jié)開(kāi)幕式致辭,僅供參考,大家一起來(lái)看看吧。';
const ZT_PIECE = '科技節(jié)開(kāi)幕式致辭 篇1';
// the same lines after the regexCut (dropLines are compared after it)
const ZT_PAGE_CUT = '科技節開幕式致辭[匯總14篇]';
const ZT_PROMO_CUT = '在日復一日的學習、工作或生活中,許多人都寫過致辭吧,致辭具有“禮儀性”或“儀式化”的特點,要特別注意措辭得體。那些被稱贊的致辭都是什么樣子的呢?下面是小編精心整理的科技節開幕式致辭,僅供參考,大家一起來看看吧。';
const ZT_PIECE_CUT = '科技節開幕式致辭 篇1';

export const specs = {
  '01-guoqixia-readhouse-big5-kejijie-shetuan-crumb-title-twice-promo-diyi-dier-disan-dunhao-1-2': {
    source: 'https://www.readhouse.net/article/2202058.html',
    kind: 'speech: 国旗下讲话 (a teacher on the school\'s new 科技 clubs at a 科技节 assembly; traditional-script 范文 collection page)',
    tests: 'a crumb "閱讀屋>科技> 科技節國旗下講話稿" ending in the title; the title twice on its own lines; an indented generic 小編 promo; the piece heading "科技節國旗下講話稿1"; indented paragraphs; block "第一," (text ended by an ASCII "?") and "第二,"; a club-name list line; a block "第三、" with the 顿号, ending in a colon (optional); block "1、" and "2、" lines (level 1 by the letter); "20xx" placeholder; cut mid-phrase ("各社團匯總後的")',
    isSpeech: true,
    title: RH_TITLE,
    noise: [RH_CRUMB, RH_PROMO, RH_PIECE, '閱讀屋>科技>', '下面是小編整理的科技節國旗下講話稿'],
    dropLines: [RH_CRUMB, RH_TITLE, RH_PROMO, RH_PIECE],
    outline: [
      { level: 1, marker: '第一,', text: '什麼叫科技社團' },
      { level: 1, marker: '第二,', text: '結合學校現有的場地和師資,本學期初步開設20個社團' },
      { level: 1, marker: '第三、', text: '報名分三個步驟進行:', optional: true },
      { level: 1, marker: '1、', text: '先到本班班長處登記,匯總各社團的報名人數' },
      { level: 1, marker: '2、', text: '各社團匯總後的' },
    ],
  },
  '02-guoqixia-lyis-kejijie-label-headline-two-lines-editor-preface-before-salutation': {
    source: 'http://lyis.cn/Item/Show.asp?d=8860&m=1',
    kind: 'speech: 国旗下讲话 (a 小学部 pupil announcing the city\'s 校园科技节; school site)',
    tests: 'a label line "小学部国旗下讲话" (noise) over the headline in book-title marks "《科技追梦 强国有我》" (the title); an unlabelled two-paragraph editor\'s preface in the school\'s voice between the headline and the salutation (noise); the pupil\'s self-introduction and her own topic 《科技强国,创新圆梦》 inside a sentence (stays); quoted slogans; no numbered points; cut mid-word ("不断地学")',
    isSpeech: true,
    title: LY_HEAD,
    noise: [LY_LABEL, LY_PRE1, LY_PRE2],
    dropLines: [LY_LABEL, LY_HEAD, LY_PRE1, LY_PRE2],
    outline: [],
  },
  '03-zhici-ztjkbxw-big5-pinyin-kejijie-kaimushi-huizong14-promo-pian1-apostrophe-mojibake': {
    source: 'http://www.ztjkbxw.cn/article/4011832.htm',
    kind: 'speech: 致辞 (a city 科协 official opening a school\'s 科技文化艺术节; traditional-script converter mirror, collection page)',
    tests: 'pinyin annotations after many characters ("節(jié)", "開(kāi)", "領(lǐng)導(dǎo)"); the collection title "科技節(jié)開(kāi)幕式致辭[匯總14篇]"; a 小編 promo; the piece heading "科技節(jié)開(kāi)幕式致辭 篇1"; the salutation with an "xx" placeholder; mis-encoded runs that stay ("我們?cè)谶@里", "我們?cè)谥行W(xué)校"); an apostrophe glued mid-phrase ("未成年人的\'科學(xué)"); cut mid-word ("一系")',
    isSpeech: true,
    title: '科技節開幕式致辭',
    noise: [ZT_PAGE, ZT_PROMO, ZT_PIECE, '[匯總14篇]', '下面是小編精心整理的', '致辭 篇1', "人的'科學"],
    replace: [["人的'科學", '人的科學']],
    regexCut: [PINYIN],
    dropLines: [ZT_PAGE_CUT, ZT_PROMO_CUT, ZT_PIECE_CUT],
    outline: [],
  },
  '04-guide-jnhdqp-kepu-jiemu-zhuchici-xiezuo-1dot1-headings-shouxian-not-speech': {
    source: 'https://www.jnhdqp.net/richang/32.html',
    kind: 'non-speech: writing guide (how to write the 主持词 of a 生活科普 TV programme)',
    tests: 'a guide about 主持词 in the author\'s first person ("我还记得有一回做…的科普"); "1.1"/"1.2"/"1.3" section headings; "首先是准确性——…" and a cut "接着是"; quoted sayings — written, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-fenglin360-kepuri-jianghuagao-title-over-report-meta-tongji-fenlei-not-speech': {
    source: 'http://fenglin360.com/ask/292537.html',
    kind: 'non-speech: news report (a county 科协\'s 全国科普日 activities, under the title "全国科普日讲话稿"; Q&A/encyclopedia site)',
    tests: 'a title naming a spoken genre ("全国科普日讲话稿") twice around a "时间:… 来源:风铃百科 作者:管理员" meta line, over a third-person report ("近日,由…牵头", "据介绍,…"); a trailing "同级分类" label; 543 characters, the whole stored text — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-theworldseeds-chuangke-bolan-wangang-zhici-reported-yishi-after-stop-not-speech': {
    source: 'http://theworldseeds.cn/index.php?p=139108',
    kind: 'non-speech: news report (the opening of "创科博览2017" in Hong Kong and a minister\'s 致辞)',
    tests: 'a headline with "——"; a long list of officials and guests; the minister\'s 致辞 reported in the third person ("万钢部长在致辞中说,…", "万钢部长指出,…"); an inline "最后," and "提出三点建议。一是…;二是…;三是健全" after a full stop, cut mid-phrase — a report, so no outline',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
