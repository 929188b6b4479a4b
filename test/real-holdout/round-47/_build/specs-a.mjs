// Gold specs for holdout round 47, part a (cases 01–06): schools and universities from the staff side. Four spoken pieces (a
// principal's 讲话 to the whole staff at the end-of-term gathering before the winter holiday, on a traditional-script
// mirror (msguai) with converter pinyin after a fixed set of characters (結(jié), 報(bào), 經(jīng), 現(xiàn), 會(huì), 對(duì), 學(xué), 標(biāo),
// 級(jí), 項(xiàng), 務(wù), 時(shí), 堅(jiān), 業(yè), 個(gè), 績(jī), 長(zhǎng), 態(tài), 誠(chéng)) and the converter's simplified 里 kept ("學(xué)期里",
// "在這里"), no title: the capture opens with "各位老師:", a paragraph announcing "四層意思", then standalone headings
// "一、表示敬意的話" / "二、表示問候的話" / "三、說說題外的話", cut mid-phrase after the third; a principal's 开学 speech to a
// newly merged school (hsjy.voc.com.cn, a provincial news portal's education channel) with no title and no site noise at all,
// the salutation and "大家好!" on two lines, classical quotations with a full stop inside the quotation marks, "我也想借这个
// 机会,向同学们提几点期望。" and then block "首先,…" / "其次,…" paragraphs; a principal's 散学典礼 讲话稿 as the first piece
// of a "(通用35篇)" collection (7k7x): the title, the collection title with its count, the piece heading "… 篇1", two-space
// indents and blank lines between all lines, 20xx placeholder, a hard wrap that splits a sentence across a blank line
// ("…艺术展演中" / "  荣获一等奖,…"), cut mid-word ("以上同"); a principal's 开学致辞 to the teaching staff on a county
// education network's school page (plxtlerx.30edu.com.cn): the title "开学致辞", the byline "校长:<name>" under it, no
// salutation, the staff addressed as 你/你们 throughout, the slogan slip "“校兴我荣、校兴我耻”" and "“老师,您好!”," kept)
// and two written look-alikes (a 教学工作总结 collection on a 心得 site (52xinde): the collection title, a "时间:… 作者:Kris"
// meta line, the site's "下面是52心得网小编为您分享的…,感谢您的参阅。" promo, the collection title again, "教学日工作总结篇1",
// then a teaching office's written summary with "一、加强教师的业务学习,…。" and "1、…" / "2、积极组织参加校内外研讨课。"
// headings — a report in the office's voice, not a speech; a university news page (xw.ecjtu.edu.cn) on its 教师节 assembly:
// the lead "…校长<name>在会上发表重要讲话", four empty lines where the photos were, the president's points reported in the
// third person ("他说,", "<name>指出,") with "六个方面的工作,一是…;二是…;…六是…" after a comma — a news report, not a
// speech).
// Judgement calls: 01 has no title in the capture; the pinyin is cut by regexCut (every distinct match becomes a noise
// string); the three "一、…" lines are standalone headings (whole line, level 1, required); "第一" does not occur. 02 has no
// title and nothing to cut; "首先,希望大家能够涵养家国情怀,…之中。" opens its paragraph and its first sentence runs past 50
// characters, so the item text stops at the first comma; "其次,要有破茧成蝶的勇气。" gives its first sentence; both are
// level-1 required points (no headings above them); "在此,我谨代表…" and "首先" inside no other sentence. 03's title is the
// page's first line (dropped, not listed, as an exact repeat); the collection title with "(通用35篇)" and the piece heading
// "秋季散学典礼校长讲话稿 篇1" are noise as whole lines (as real-text 83/99); the wrapped sentence is joined (the two-space
// indent of the second half stays inside the paragraph, which the scorer ignores as whitespace); "另外," and "首先" are no
// markers here (另外 is not in the rule table). 04's first line is the document's own title (dropped, not listed); the byline
// "校长:<name>" carries a position and stays as the first body line (as real-text 58's speaker byline); a 致辞 addressed to
// the staff in the second person with no salutation is a speech; no numbered points. 05 and 06 are written, not speeches:
// 05's headings are a written report's; 06's "在会上发表重要讲话" and the 一是…六是 run belong to a reporter.
// Names: all people are fictional (01–06); the schools in 02 (临川新区明德实验学校) and 03 (云溪镇青岩小学) are invented,
// 02's classical quotations (《大学》, 朱熹) and 06's quoted saying are public texts.
// Looked for and not found on a new host: a 教代会 speech with 一、/(一) headings (bbs.ttaoc.com.cn and bbs.lanjian.net.cn are
// the "/jxfw/<yyyymm>/" template; kfanwen, zgxue, esk365 are used); a 班主任工作会议 speech (jiaowu.ijidi.cn, wenke99,
// bibiwenku, xiexiebang are used; the corpus answers with school news posts); a 家长会 发言 with numbered points (beiweimall,
// bsmz, xindetihuiya, cailiaogou, diyifanwen, 010zaixian, wendang.net, xiaomilidoc, liuxuequn are used, deliwenku was
// round 22's duplicate of round 18); a 文库/doc viewer of a school speech on an unused host; a third speech with numbered
// points besides 01 and 02 (the remaining unused hosts print 开学/散学 speeches without numbering inside the capture).
// Left as template twins or set aside: m.seogis.com (a 闭学式 主持词 with 一、…四、 agenda on "/gongwen/<id>.html" with
// converter pinyin — the hmlawpc/weilaioem/7334dd family); msguai.com's other page "/fanwenwang/fayangao/<stamp>.html"
// prints the ruiwen "時間:… 發言稿 我要投稿 • 相關推薦 … 下面是小編…" furniture (haikao/loxue/jy135) and was not used, its
// "/z/<id>.html" page (case 01) prints none of it; cankaozuowen.com (the same "时间:… 开学第一课 我要投稿" line); yq-online.cn
// ("当前位置:首页 > 范文大全 > …", "时间:… 来源:<brand>公文网" and a teaser glued to the 小编 promo — the jsjstd/fashionfield/
// 057690 template); m.huatuo8.com (the "/dongshi/rsvvg/" family of huatuo3, lovfp and zgxue); zixun.ndcgxx.cn (used, and
// "/jxfw/"); ytny.net.cn (renrendoc's "版權說明:本文檔由用戶提供並上傳,收益歸屬內容提供方…" viewer text); sxjzz.cn (the
// "/xiaoxue/news/<yyyymmdd>/100001000…html" mirror of metaversechicagoautoshow); wmf.fjsen.com (a subdomain of the used
// fjnews.fjsen.com); ppfp.cn (round 41's cooco/fck3179 promo twin); www.163.com (a 网易号 page of a 开学第一课 speech with
// "第一句:" headings) and toutiao.com (a 教师节 speech) because the host grep over earlier specs is not empty ("…@163.com",
// "xietoutiao.com").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const QX_TITLE = '秋季散学典礼校长讲话稿';
const QX_COLL = '秋季散学典礼校长讲话稿(通用35篇)';
const QX_PIECE = '秋季散学典礼校长讲话稿 篇1';

const KX_TITLE = '开学致辞';

export const specs = {
  '01-jianghua-msguai-big5-pinyin-qimo-jiaozhigong-yi-er-san-no-title': {
    source: 'http://msguai.com/z/770835.html',
    kind: 'speech: 讲话 (a principal to the whole staff at the end-of-term gathering before the winter holiday; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (結(jié), 報(bào), 經(jīng), 現(xiàn), 會(huì), 對(duì), 學(xué), 標(biāo), 級(jí), 項(xiàng), 務(wù), 時(shí), 堅(jiān), 業(yè), 個(gè), 績(jī), 長(zhǎng), 態(tài), 誠(chéng)); the converter\'s simplified 里 kept ("學(xué)期里", "在這里"); no title: the capture opens with "各位老師:"; "我還想說四層意思" then standalone headings "一、表示敬意的話" / "二、表示問候的話" / "三、說說題外的話"; a quoted one-word answer “累”; cut mid-phrase ("所以也是一家")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '一、', text: '表示敬意的話' },
      { level: 1, marker: '二、', text: '表示問候的話' },
      { level: 1, marker: '三、', text: '說說題外的話' },
    ],
  },
  '02-jianghua-hsjyvoc-kaixue-diyike-shouxian-qici-clean': {
    source: 'https://hsjy.voc.com.cn/article/60/52050477.html',
    kind: 'speech: 讲话 (a principal\'s first-day address to a newly merged school, teachers and pupils; a news portal\'s education channel)',
    tests: 'no title and no site noise: the capture opens with the salutation and "大家好!" on two lines, so nothing may be cut; classical quotations with a full stop inside the quotation marks ("…在明明德。”"); book titles in 《》; "我也想借这个机会,向同学们提几点期望。" then a block "首先,希望大家能够涵养家国情怀,…之中。" whose first sentence is longer than 50 characters (item text cut at the first comma) and a block "其次,要有破茧成蝶的勇气。"; a date "9月3日" and a film title inside the first point; ends at a full stop',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '希望大家能够涵养家国情怀' },
      { level: 1, marker: '其次,', text: '要有破茧成蝶的勇气' },
    ],
  },
  '03-jianghua-7k7x-sanxue-dianli-collection-pian1-hardwrap': {
    source: 'https://www.7k7x.com/wenzhang/46faf200-0525-11f0-afff-911ae778199d',
    kind: 'speech: 讲话稿 (a village primary school principal at the autumn-term closing ceremony; first piece of a collection)',
    tests: 'collection page: the title, the collection title "秋季散学典礼校长讲话稿(通用35篇)", the piece heading "秋季散学典礼校长讲话稿 篇1"; blank lines between all lines and two-space indents; the salutation "老师、同学们:" and "大家上午好!" on their own lines; a 20xx placeholder; long lists of honours in quotation marks; a hard wrap that splits a sentence across a blank line ("…在市中小学艺术展演中" / "  荣获一等奖,…") to be joined; "另外," opening a paragraph (not a marker); cut mid-word ("以上同")',
    isSpeech: true,
    title: QX_TITLE,
    noise: [QX_COLL, QX_PIECE],
    join: [['另外,本学期', '荣获一等奖']],
    dropLines: [QX_TITLE, QX_COLL, QX_PIECE],
    outline: [],
  },
  '04-zhici-30edu-kaixue-jiaozhigong-byline-title': {
    source: 'https://plxtlerx.30edu.com.cn/Article/5a248706-5eb0-4299-bad4-a240379a10c0.shtml',
    kind: 'speech: 致辞 (a village school principal\'s new-term address to the teaching staff; a county education network\'s school page)',
    tests: 'the title "开学致辞" on the first line and the byline "校长:韦启文" (a position, kept as the speech\'s own header) under it; no salutation: the address opens "新学期伊始,我代表校委会…" and speaks to the staff as 你/你们; parallel "教师…,但教师最…" paragraphs; the quoted greeting followed by a comma ("“老师,您好!”,"); the slogan slip "“校兴我荣、校兴我耻”" and "无一没有你不忙碌的身影" kept; no numbered points; ends at a full stop',
    isSpeech: true,
    title: KX_TITLE,
    noise: [],
    dropLines: [KX_TITLE],
    outline: [],
  },
  '05-zongjie-52xinde-jiaoxue-collection-promo-yi-arabic-not-speech': {
    source: 'https://www.52xinde.com/gongzuozongjie/22564.html',
    kind: 'non-speech: 工作总结 (a school teaching office\'s term summary; first piece of a collection on a 心得 site)',
    tests: 'collection furniture (title "教学日工作总结优质8篇", "时间:2023-06-18 作者:Kris", the promo "…下面是52心得网小编为您分享的教学日工作总结优质8篇,感谢您的参阅。", the title again, "教学日工作总结篇1") over a written summary in the teaching office\'s voice ("本学期,教导处在…"): a heading "一、加强教师的业务学习,努力提高教师的综合素质。", "1、认真组织教师…" and "2、积极组织参加校内外研讨课。" items, an arrow chain "听课→当面指导→再听课" — a report, not a speech; cut mid-word ("在教研活")',
    isSpeech: false,
    title: '教学日工作总结',
  },
  '06-news-ecjtu-jiaoshijie-dahui-yishi-liushi-not-speech': {
    source: 'https://xw.ecjtu.edu.cn/info/1041/28486.htm',
    kind: 'non-speech: news report (a university\'s Teachers\' Day assembly; the university\'s news site)',
    tests: 'a news report that opens "…校长石振华在会上发表重要讲话,并代表…致以…祝贺。", four empty lines where the photos were, then the president\'s remarks reported in the third person ("石振华在讲话中…", "他说,", "石振华指出,", "石振华引用古人的话说,") with "六个方面的工作,一是…;二是…;…六是…" after a comma and three quoted key words — a report, not a speech; no title in the capture; cut mid-sentence ("最重要的")',
    isSpeech: false,
    title: '',
  },
};
