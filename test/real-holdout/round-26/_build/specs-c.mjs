// Gold specs for holdout round 26, part c (cases 13–18): commemorations, awards and anniversaries — 校庆, 获奖感言,
// 家长会 — and their look-alikes. Four spoken pieces (an alumni representative's 发言 at a university's 79th anniversary
// and the launch of its 80th, posted to a campus BBS's 精华区: the board line "Black_Soil 版 (精华区)", the 发信人/标  题/
// 发信站 header, the document's own title broken over two lines with trailing spaces, a bracketed byline and a bracketed
// date, an 80-dash rule, then the text hard-wrapped at 36 characters, one line broken short; a 50th-anniversary 贺词 by a
// university head, first piece "…篇一" of a "(十三篇)" collection on a traditional-script mirror with converter pinyin: the
// SEO double title "最新建校五十周年的句子 建校50周年賀詞(十三篇)" twice, a "格式:DOC 上傳日期:…" line, a "時間:… 小編:zdfb"
// line, the 小編 promo, the piece heading "建校五十周年的句子 建校50周年賀詞篇一", no salutation, "x大學" placeholders, cut
// mid-word; a student's 获奖感言 at a writing contest on a traditional-script 範文 site: a nav bar of 範例 columns, a
// breadcrumb "當前位置:三優範文網 > 致辭 > 獲獎感言", the title, a "欄目: … / 釋出於: / 人氣:1.86W" line, the piece tag
// "【篇一:高校徵文的獲獎感言】", the title again, cut mid-sentence; page 4 of a kindergarten teacher's 期末家长会 演讲稿 on a
// traditional-script page: the title line, then a lone "五、優秀家長評選" heading whose 一、…四、 are on earlier pages, a
// paragraph and the closing "以上,是我對…") and two written look-alikes (a collection of 颁奖词 for "感动中国" figures
// on a quotes site — breadcrumb, meta, 小编 promo, "1.…:…颁奖辞:…" citations numbered 1.…6., the last cut — citations
// read out at a ceremony, not a speech; a 校庆活动策划 collection piece "篇1" with 一、…四、 and (一)(二) headings and a
// "……此处隐藏11459个字……" fold that jumps into another piece's 三、/四、 — a plan, not a speech).
// Looked for and not found on a new host: a 表彰大会 or 纪念大会 讲话 with 一、/（一） or 一是/二是 in the capture (the
// pages corpus has them on used hosts only: wmjy.cn, wenke99.com, ggfwb.com, beiweimall.com, tmdps.cn, wenrenren.com,
// onlinecha.com); a 颁奖典礼 主持词 with numbered parts (baogao.oh100.com is oh100.com, used; shenghuoriji.com is used); an
// 入职/入党宣誓 发言 on a 范文 site (only news items, guides and novels); a 厂庆 讲话 on a new host (gongwen.com.cn is used).
// Skipped as mirrors or template twins of used hosts: webjsw.com (the mchqing.com "…发言稿1尊敬的…" + "……此处隐藏N个字……"
// template), dawenxue.cn (the hunwen.com/jifanwen.com "《…》 时间:" template), zbfsgm.com (regraff.com's /fwn/ mirror
// scheme); ovod.cn and stra.cn (the /wenku/xxxx/ID family, used ten times) were left for variety.
// Written from page.txt alone, before any engine ran on it. Names of people, schools, towns and works were replaced by
// fictional ones (in 13's header too: the university, the BBS's station name, the 信区 and the poster's handle, so that
// noise and text agree; the board name and the post's timestamp are the page's); the prose was rewritten in new words,
// the site noise kept as found. 14 and 15 were drafted in simplified characters and converted with OpenCC (14: cn→tw, then
// the mirror's own quirks put back — 這里, 周年, 致以, 制造, 奮斗 — and its converter pinyin added after the characters it
// annotates on the page: 學 時 寫 來 質 動 長 發 導 謹 會 遠 誠 國 過 見 創 業 嚴 實 結 獻 優 節 領 無 機 強 團 紀 內; 15: cn→twp, whose
// 高階/舞臺/儘管 match the page, and whose stray 精神里 beside 生命裡 was left). 16 was written in traditional script by hand
// with the page's simplified 由于, 今后, 并, 里. `source` is the page the text was captured from. build.mjs applies:
// `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank
// lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are
// written by hand here.
// Judgement calls:
// - 13: the title is the document's own two-line heading, joined; the BBS subject "标  题: 校友讲话" is header noise. The
//   bracketed byline (the speaker's office and name) and the bracketed date are the document's own lines and stay, as
//   round 23's 13 byline and round 25's 08 date. The 80-dash rule is the page's separator: noise. The hard wraps are
//   joined (the page is a BBS post wrapped at 72 columns); the lines of four spaces are blank.
// - 14: the title is "建校50周年賀詞": the piece heading without 篇一 is an SEO pair "建校五十周年的句子 建校50周年賀詞" whose
//   first half is a search phrase, not a name; the page title adds 最新 and "(十三篇)". The page title (twice), the DOC
//   line, the 時間/小編 line, the promo and the piece heading are noise whole; "(十三篇)", "小編:zdfb" and the search
//   phrase are listed on their own. No salutation in the capture: the 贺词 opens "今天,我們懷著…".
// - 15: the title is the page title "寫作比賽獲獎感言發言稿", repeated over the salutation; the "【篇一:高校徵文的獲獎感言】"
//   tag is noise whole (round 24's 07). The nav bar and the 欄目/釋出於/人氣 line are noise.
// - 16: "五、優秀家長評選" is the only heading in the capture and its 一、…四、 are on earlier pages, so it continues no run:
//   optional (round 3's 四是 and inline 二、/三、). The title line is the document's own (dropped, not listed); no noise.
// - 17: a 颁奖词 collection is written citations read by a host about other people, not a speech; its "1.…6." items, the
//   speech-like second person ("你站在…") and the anti-copy dot "海岛的.女儿" do not make it one.
// - 18: a 校庆 plan is a plan, though it speaks a 校庆 speech's words; the fold splices in another piece's 三、/四、.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const LB_BOARD = 'Black_Soil 版 (精华区)';
const LB_FROM = '发信人: wqs (sam), 信区: LGDNews';
const LB_SUBJECT = '标  题: 校友讲话';
const LB_STATION = '发信站: 澜工大紫丁香 (2000年06月14日09:45:56 星期三), 站内信件';
const LB_RULE = '-'.repeat(80);
const LB_TITLE_1 = '校友代表在庆祝建校79周年';
const LB_TITLE_2 = '暨80周年校庆启动大会上的发言';

const MV_PAGE_TITLE = '最新建校五十周年的句子 建校50周年賀詞(十三篇)';
const MV_DOC = '格式:DOC 上傳日期:2023-03-08 11:48:37';
const MV_META = '時(shí)間:2023-03-08 11:48:37     小編:zdfb';
const MV_PROMO =
  '范文為教學(xué)中作為模范的文章,也常常用來(lái)指寫(xiě)作的模板。常常用于文秘寫(xiě)作的參考,也可以作為演講材料編寫(xiě)前的參考。' +
  '大家想知道怎么樣才能寫(xiě)一篇比較優(yōu)質(zhì)的范文嗎?接下來(lái)小編就給大家介紹一下優(yōu)秀的范文該怎么寫(xiě),我們一起來(lái)看一看吧。';
const MV_PIECE = '建校五十周年的句子 建校50周年賀詞篇一';

const SY_NAV = '網站首頁 工作範例 辦公範例 個人範例 黨團範例 簡歷範例 學生範例 其他範例 專題範例';
const SY_CRUMB = '當前位置:三優範文網 > 致辭 > 獲獎感言';
const SY_TITLE = '寫作比賽獲獎感言發言稿';
const SY_META = '欄目: 獲獎感言 / 釋出於: / 人氣:1.86W';
const SY_TAG = '【篇一:高校徵文的獲獎感言】';

const JC_TITLE = '幼兒園中班期末家長會演講稿';

export const specs = {
  '13-fayan-lilacbbs-bbs-jinghua-xiaoyou-xiaoqing-header-hardwrap-byline-date': {
    source: 'http://lilacbbs.com/bbsanc.php?path=%2Fgroups%2FGROUP_8%2FBlack_Soil%2FHIT%2FPride%2Fxiaoqing%2FD70CF0929%2FM.960947133.A',
    kind: 'speech: 发言 (an alumni association\'s secretary-general speaking for the alumni at a university\'s 79th anniversary and the launch of its 80th; a campus BBS\'s digest post)',
    tests: 'BBS chrome: the board line "Black_Soil 版 (精华区)", a "发信人: … 信区: …" line, "标  题: 校友讲话" (two spaces inside the label; the post subject, not the title), a "发信站: … (date time weekday), 站内信件" line; the document\'s own title broken over two lines, each with a trailing space; a bracketed byline with office and name and a bracketed date in Chinese numerals (kept); an 80-dash rule; the salutation with a trailing space and an ASCII colon; lines of four spaces between paragraphs; both paragraphs hard-wrapped at 36 characters (72 columns), one line broken short ("由弱到强不断壮|大"), 79/80/二十一世纪 numbers; no outline; the capture ends at a paragraph end',
    isSpeech: true,
    title: LB_TITLE_1 + LB_TITLE_2,
    noise: [LB_BOARD, LB_FROM, LB_SUBJECT, LB_STATION, LB_RULE],
    join: [['今天,恰逢', '一流大学。'], ['岁月的长河', '的自豪!']],
    dropLines: [LB_BOARD, LB_FROM, LB_SUBJECT, LB_STATION, LB_TITLE_1, LB_TITLE_2, LB_RULE],
    outline: [],
  },
  '14-heci-mlvmservice-big5-pinyin-jianxiao-50-collection-doc-meta-promo-pianyi': {
    source: 'http://mlvmservice.com/zuowen/1526834.html',
    kind: 'speech: 贺词 (a university head welcoming guests at the 50th-anniversary celebration; first piece of a "(十三篇)" collection on a traditional-script mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (學(xué), 時(shí), 來(lái), 發(fā), 會(huì), 國(guó), 業(yè), 領(lǐng), 導(dǎo), 長(zhǎng), 無(wú), 機(jī), 內(nèi)…), in the meta line and the promo too; an SEO page title "最新建校五十周年的句子 建校50周年賀詞(十三篇)" (a search phrase, then the name, then the count) before and after a "格式:DOC 上傳日期:…" line; a "時(shí)間:… 小編:zdfb" line with five spaces; the 小編 promo about 范文 in general; the piece heading "建校五十周年的句子 建校50周年賀詞篇一"; the genre word 賀詞 (not 讲话/致辞); no salutation; "x大學(xué)" placeholders; the page\'s simplified 這里/用于/怎么/范文 beside traditional script; cut mid-word ("敢為人")',
    isSpeech: true,
    title: '建校50周年賀詞',
    noise: [MV_PAGE_TITLE, MV_DOC, MV_META, MV_PROMO, MV_PIECE, '(十三篇)', '小編:zdfb', '建校五十周年的句子'],
    regexCut: [PINYIN],
    dropLines: [MV_PAGE_TITLE, MV_DOC, MV_META, MV_PROMO, MV_PIECE].map(unpin),
    outline: [],
  },
  '15-ganyan-syfww-big5-xiezuo-bisai-nav-crumb-lanmu-renqi-pianyi-tag-title-repeat': {
    source: 'https://syfww.com/zhici/huojiang/5x7qqy.html',
    kind: 'speech: 获奖感言 / 发言稿 (a graduate student accepting first prize in an essay contest; traditional-script 範文 site)',
    tests: 'a nav bar of nine "…範例" columns on one line; a breadcrumb "當前位置:三優範文網 > 致辭 > 獲獎感言" naming the site; the title; a "欄目: 獲獎感言 / 釋出於: / 人氣:1.86W" line with an empty date; the piece tag "【篇一:高校徵文的獲獎感言】" with its own name for the piece; the title again over the salutation; "大家好!" glued to the self-introduction ("我叫xx"); book titles in 《》, quoted "80後", "在路上" and a quoted passage from the speaker\'s own book; a Taiwan-phrase conversion (高階, 舞臺, 儘管) with one stray 精神里; no outline; cut mid-sentence inside an open quote',
    isSpeech: true,
    title: SY_TITLE,
    noise: [SY_NAV, SY_CRUMB, SY_META, SY_TAG],
    dropLines: [SY_NAV, SY_CRUMB, SY_TITLE, SY_META, SY_TAG],
    outline: [],
  },
  '16-yanjianggao-jcsycorp-big5-jiazhanghui-page4-lone-wu': {
    source: 'http://www.jcsycorp.com/jiaoan/youeryuanguanli/536480_4.htm',
    kind: 'speech: 演讲稿 (a kindergarten class teacher at the end-of-term parents\' meeting; page 4 of a paginated traditional-script page)',
    tests: 'a short page (the fourth of a split article): the title line, then a standalone "五、優秀家長評選" heading with no 一、…四、 in the capture (they are on earlier pages: not a run by the rules → optional), one long paragraph on why no 优秀家长 is chosen this term, and the closing "以上,是我對…工作所做的一個簡單回顧,…" (a summary sentence that is the speech\'s own ending); no salutation in the capture; no site noise; simplified 由于/今后/并/里 inside traditional script',
    isSpeech: true,
    title: JC_TITLE,
    noise: [],
    dropLines: [JC_TITLE],
    outline: [
      { level: 1, marker: '五、', text: '優秀家長評選', optional: true },
    ],
  },
  '17-banjiangci-duanjuwu-gandong-renwu-collection-crumb-meta-promo-not-speech': {
    source: 'http://www.duanjuwu.com/ymzc/356902.html',
    kind: 'non-speech: collection of 颁奖词 (award citations for "感动中国" figures; quotes site)',
    tests: 'a breadcrumb "短句屋 > 语录 > 优美摘抄 >", the title, a "时间: 美琪 优美摘抄" line, a 小编 promo about 句子, the title again and a sub-heading "…颁奖词摘抄", then six citations "1.<name>:<couplet>颁奖辞:…" numbered 1.…6. — each addressed to its subject in the second person ("你用善意…", "你站在…") as a host reads it at a ceremony; an anti-copy dot "海岛的.女儿"; a space before a comma ("那一刻 ,"); cut mid-sentence — citations, not a speech',
    isSpeech: false,
    title: '感动中国人物的颁奖词句子',
    noise: [],
    outline: [],
  },
  '18-fangan-cti8-xiaoqing-cehua-collection-yi-er-hidden-not-speech': {
    source: 'https://cti8.com/syfw/hdch/42108.html',
    kind: 'non-speech: 活动策划 (a primary school\'s plan for its 60th anniversary; first piece of a "七篇" collection)',
    tests: 'the page title "校庆活动策划", a "时间:…" line right over the collection title "校庆活动策划范文七篇" (twice), the piece heading "校庆活动策划 篇1"; a plan with standalone 一、…四、 headings and (一)(二) items, quoted slogans and principles ("隆重热烈、节俭务实…"), the vocabulary of a 校庆 speech (华诞, 里程碑, 凝心聚力, 再谱新篇); a "……此处隐藏11459个字……" fold inside the (二) item that jumps into another piece\'s "三、征文大赛方式"/"四、征文大赛主办单位"; cut mid-word — a plan, not a speech',
    isSpeech: false,
    title: '校庆活动策划',
    noise: [],
    outline: [],
  },
};
