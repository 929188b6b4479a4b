// Gold specs for holdout round 152, part A (cases 01–06): desert control and tree planting (防沙治沙 大会, 义务植树 动员,
// 林长制 工作会议, 绿化 表彰 — their 讲话, 动员讲话, 致辞, 国旗下讲话, and their look-alikes: news reports of a 总林长 meeting
// and of a 防沙治沙 conference).
// Four spoken pieces, all school talks for Arbor Day (植树节), the only speeches of the theme the store held on unused hosts
// (a high-school 植树节 国旗下讲话 posted on a software-download site (m.rbqsoft.com, "/<dir>/<id>"): a stray "1 20 50 150 500"
// line, the site's slogan "欢迎来到瑞博软件站,找素材,搜软件,就上瑞博软件站!", the title, a "类别:国旗下演讲稿 上传时间:2024-07-13"
// meta line, a bare "下载" button line, an archive-password line "压缩包解压密码:www.cqlsoft.com" naming another domain, the
// title again, then the talk in lines indented with two spaces, rhetorical questions, a "有了树,…;有了树,…" triplet, an ASCII
// "." left at the end of a paragraph ("青草."), cut mid-sentence ("美化环境的"); a pupil's 演讲 on a school-club site in
// traditional script with converter pinyin (ocnw.org, "article.aspx?id=<id>"): the title "展望未來,綠色你我", a class-and-name
// byline "2010級15班 <name>", the salutation and "大家早上好!" on lines of their own, the speech naming its own title in 《》,
// one pinyin annotation ("節(jié)"), a space before a sentence inside a paragraph ("不再蔓延。 盼望"), cut mid-sentence
// ("我們要"); a collection page of 植樹節演講稿 in traditional script (www.updateoffice.cn, "/yanjianggao/<id>.html"): the page
// title "植樹節演講稿900字" with a length tag, an SEO promo "…要怎么寫,才更標準規范?根據多年的文秘寫作經驗,…下面分享【植樹節演講稿
// 900字(精品10篇)】,供你選擇借鑒。", the piece heading "植樹節演講稿900字篇1", then a pupil's talk told as a story of a
// neighbourhood tree-planting contest: "第一小組" in prose and cheers quoted as “第一組,永遠第一!”“第二組必勝!”“第三組!…”,
// the converter's simplified leftovers (怎么, 里, 后), cut mid-sentence ("為"); a pupil's 演讲 "爱绿护绿,争做绿色小卫士" on
// a school's site (jqxx.jinqiaoedu.com.cn, "/article/<id>.html"): no title line and no site noise in the capture, the
// salutation and "大家上午好!" glued before "今天,我演讲的题目是《…》。", four paragraphs separated by blank lines, ending with a
// full sentence; 409 characters, the whole stored page) and two written look-alikes (a county news item on a 2022年总林长工作会
// on a government page hijacked by a casino spammer (nailart168.com, "/zfxxgk/…/ldhd/<id>.html"): the spam string
// "*飞禽走兽老虎机_森林舞会游戏¥最新版本下载" standing where the county's name stood, four times (once as "省市飞禽走兽…下载:县、
// 镇、村…"), the meeting told in the third person ("作了重要讲话", "在会上指出,…"), figures of the 林长 network, cut mid-word
// ("落实党") — a news report, not a speech; a news item of the 全国防沙治沙现场经验交流会 on a traditional converter mirror with
// pinyin after many characters (beznar.com, "/Image/info/<id>"): a "• " bullet before the headline "堅持保護(hù)優(yōu)先…-張建龍在
// 全國防沙治沙現(xiàn)場經(jīng)驗交流會上發(fā)表重要講話", indented "發(fā)布時間:2015-09-11", an empty "字體:" and "返回" lines, the
// headline again, then two indented paragraphs reporting the minister ("張建龍在會上提出,…", "張建龍指出,…") — a report whose
// headline names a 講話, not a speech; cut mid-word ("優(yōu)美生")).
// Judgement calls: 01 is a speech page (a 国旗下讲话稿 spoken to "老师和同学们", first and second person); the title is the page
// title "2023高中植树节国旗下讲话稿" (the year belongs to the only title the page has, as round 6 case 09); its second copy under
// the password line is a repeat of the title and is dropped, not listed (as the shared corpus's repeats); the number line, the
// slogan, the meta line, "下载" and the password line are site chrome and listed as noise (with "瑞博软件站" and "www.cqlsoft.com"
// as short parts); the "." after "青草" is the site's text and stays; no numbered points. 02 is a speech page (a pupil's
// 演讲 in the first person to "老師們、同學們"); the byline "2010級15班 <name>" (class and name) is the speech's own byline and
// stays as a body paragraph (as round 6 case 03's "教师代表 周沐晴" and round 134 case 04's byline); the pinyin annotation goes by
// one regexCut and its hit is listed as noise; the 《展望未來,綠色你我》 inside the opening sentence stays in the body (as round 6
// case 07); no numbered points. 03: the page is a collection whose first piece is a speech (salutation, "你們好!", spoken to
// teachers and classmates) → a speech; the title drops the "900字" length tag (a site decoration, as round 23 case 16's
// "1000字" and round 134 case 01's "400字") and the piece number "篇1", leaving "植樹節演講稿"; the title line with the tag, the
// promo and the piece heading are noise (with "900字" and the promo's "根據多年的文秘寫作經驗" as short parts); "第一小組" is
// 第一 + a noun in prose and the cheers “第一組,…”“第二組…”“第三組…” are inside quotation marks → no outline (outline-rules:
// never a marker inside quotes); the inline "最后," of the planting steps (after "填平。") is a lone sequence word with no 首先
// before it → no item (as round 134 case 01's inline "最后,"). 04 is a speech with no title line and no noise (title "", as the shared corpus's case 48 and
// round 6 case 07's 《珍爱生命》, the 《爱绿护绿,争做绿色小卫士》 inside the first sentence is no title line); the salutation stays
// glued to "大家上午好!今天,…" (no paragraph break is invented); a do-no-harm case. 05 is a news report (third person, "作了
// 重要讲话", "在会上指出") → not a speech (as round 134 case 05 and the shared corpus's news reports). 06 is a news report whose
// headline names a 講話 on a converter mirror (as the shared corpus's case 35) → not a speech. Non-speech gold has no title,
// noise or outline. Names of private people were replaced by fictional ones (02's pupil; 05's county officials, whose
// county the spammer had already blanked); 06's national officials (張建龍, 張永利, 王玉明, 方言) are public figures and
// stay. The prose was rewritten in new words; 02, 03 and 06 directly in traditional characters, 06 with the converter's pinyin
// after the characters the page annotates (護, 優, 學, 標, 現, 經, 發, 內, 區, 業, 習, 領, 設, 態, 農, 風, 續, 紀, 產, 嚴, 濟, 戰),
// 02 with its one annotation on 節; 01's header lines, 03's promo and piece heading, 05's spam string and 06's header lines
// were kept as found.
// Looked for and not found on a new host (about 40 queries): a 防沙治沙 大会 or 治沙 表彰 讲话 (the store answers with news
// reports on used or converter hosts: aiwojiayuan.net, big5.www.gov.cn, lknet.ac.cn, m.hbcasj.com, 0312yh.com, fx361.cc,
// tiho88.cn, hynews.net, and a 1980s 植树 动员大会 speech only as a journal abstract on the used soolun.net); a 林长制 工作会议
// 讲话 with 一、/（一）/一是/第一 points (xiezuofangchengshi.com, wm114.cn, wydbw.com, msgz.vip, allw.cn, xiaomilidoc.com,
// huangminedu.com.cn, xiexiebang.com — all used); a 义务植树 动员讲话 with 一要/二要 (yiwangbao.com, xinyuwenchuang.cn,
// xuekejiayuan.com, 6dgww.com, wmjy.cn, m.sanweiyuan.com, e.wenmi.ren, renrendoc.com, m.douchai.cn, m.wenke99.com, bdocx.com,
// bgzsck.com, 360online.cn, m.777doc.com — all used); a 绿化 表彰 讲话 or 表态发言 (m.emrowgh.com, dawenge.com, laojin123.com,
// cctv.com — used); a 植树节 致辞 on a traditional mirror (sdfengxin.cn, m.taowenge.com, syfww.com, hbxiaoran.cn,
// gz-shine.com, mlvmservice.com, lsjse.com, wedding-day.cn, 4001886789.net.cn, heartjkgl.cn — used); 植树 倡议书 look-alikes
// stood on used hosts too (ggfwb.com, fanwen.gdygsk.com, yueduku.com, ttzyw.com, 010zaixian.com, m.isangil.net,
// zuowenba.net). So none of the four speeches carries a numbered point.
// Template twins considered: none of the six pages' distinctive lines ("瑞博软件站", "压缩包解压密码", "类别:国旗下", "根據多年的
// 文秘寫作經驗", "供你選擇借鑒", "飞禽走兽老虎机", "森林舞会", "2010級", "字體:" with "返回") stands on a used page; the 900字
// promo of 03 is not the "以下是小编…" or "小编整理" promo of the used collection sites; beznar.com's converter pinyin is the
// common converter shared by many unrelated mirrors (its chrome "發(fā)布時間" / "字體:" / "返回" matches no used page), and the
// casino spam of 05 replaces the county name rather than adding the spam header lines of the used nakedoat.com and
// m.tjhaoliankj.com pages; uionsport.cn and shuixij.cn (same news item, same spam header) were seen as twins of each other and
// not taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const RB_NUMS = '1 20 50 150 500';
const RB_SLOGAN = '欢迎来到瑞博软件站,找素材,搜软件,就上瑞博软件站!';
const RB_TITLE = '2023高中植树节国旗下讲话稿';
const RB_META = '类别:国旗下演讲稿 上传时间:2024-07-13';
const RB_DOWN = '下载';
const RB_PASS = '压缩包解压密码:www.cqlsoft.com';

const OC_TITLE = '展望未來,綠色你我';

const UO_TITLE_LINE = '植樹節演講稿900字';
const UO_PROMO = '植樹節演講稿900字要怎么寫,才更標準規范?根據多年的文秘寫作經驗,參考優秀的植樹節演講稿900字樣本能讓你事半功倍,下面分享【植樹節演講稿900字(精品10篇)】,供你選擇借鑒。';
const UO_PIECE = '植樹節演講稿900字篇1';

export const specs = {
  '01-guoqixia-rbqsoft-zhishujie-ruanjianzhan-jieya-mima-title-twice': {
    source: 'https://m.rbqsoft.com/mlvoo/nrgikgugo',
    kind: 'speech: 国旗下讲话 (a high-school Arbor Day talk posted on a software-download site)',
    tests: 'a stray "1 20 50 150 500" line; the site slogan "欢迎来到瑞博软件站,找素材,搜软件,就上瑞博软件站!"; the title; a "类别:国旗下演讲稿 上传时间:2024-07-13" meta line; a bare "下载" button line; an archive-password line "压缩包解压密码:www.cqlsoft.com" naming another domain; the title again; the salutation "老师和同学们:" and "早上好!…" in lines indented with two spaces; rhetorical questions; an ASCII "." at a paragraph end ("青草."); no numbered points; cut mid-sentence ("美化环境的")',
    isSpeech: true,
    title: RB_TITLE,
    noise: [RB_NUMS, RB_SLOGAN, RB_META, RB_DOWN, RB_PASS, '瑞博软件站', 'www.cqlsoft.com'],
    dropLines: [RB_NUMS, RB_SLOGAN, RB_TITLE, RB_META, RB_DOWN, RB_PASS],
    outline: [],
  },
  '02-yanjiang-ocnw-big5-zhishujie-class-byline-pinyin-jie': {
    source: 'http://ocnw.org/article.aspx?id=1713',
    kind: 'speech: 演讲稿 (a pupil\'s Arbor Day talk; traditional script with converter pinyin on a school-club site)',
    tests: 'traditional script; the title "展望未來,綠色你我"; a byline "2010級15班 <name>" (class and name, kept as the speech\'s own); the salutation "尊敬的老師們、親愛的同學們:" and "大家早上好!" on lines of their own; the talk naming its own title in 《》; one pinyin annotation ("節(jié)", one regexCut); "我要歌頌綠色,…" and "盼望有一天,…" repetitions; a space before a sentence inside a paragraph; no numbered points; cut mid-sentence ("我們要")',
    isSpeech: true,
    title: OC_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [OC_TITLE],
    outline: [],
  },
  '03-yanjiang-updateoffice-big5-zhishujie-900zi-collection-promo-pian1-diyi-xiaozu': {
    source: 'http://www.updateoffice.cn/yanjianggao/208453.html',
    kind: 'speech: 演讲稿 (collection page; a pupil\'s Arbor Day talk in traditional script)',
    tests: 'a page title with a length tag ("植樹節演講稿900字"); an SEO promo "…要怎么寫,才更標準規范?根據多年的文秘寫作經驗,…下面分享【植樹節演講稿900字(精品10篇)】,供你選擇借鑒。"; the piece heading "植樹節演講稿900字篇1"; the salutation "敬愛的老師,親愛的同學們:" and "你們好!"; a narrative talk about a tree-planting contest; "第一小組" in prose and ordinals inside quoted cheers (“第一組,永遠第一!”“第二組必勝!”“第三組!…”) and a lone inline "最后," after "填平。" — no outline; the converter\'s simplified leftovers (怎么, 里, 后); cut mid-sentence ("為")',
    isSpeech: true,
    title: '植樹節演講稿',
    noise: [UO_TITLE_LINE, UO_PROMO, UO_PIECE, '900字', '根據多年的文秘寫作經驗'],
    dropLines: [UO_TITLE_LINE, UO_PROMO, UO_PIECE],
    outline: [],
  },
  '04-yanjiang-jinqiaoedu-ailv-hulv-school-page-no-title-no-noise': {
    source: 'https://jqxx.jinqiaoedu.com.cn/article/8531.html',
    kind: 'speech: 演讲稿 (a pupil\'s Arbor Day talk on a school\'s site)',
    tests: 'no title line and no site noise in the capture: the salutation and "大家上午好!" glued before "今天,我演讲的题目是《爱绿护绿,争做绿色小卫士》。" (no title; the book-title marks stay in the sentence); four paragraphs separated by blank lines; "有了树,…;有了树,…" triplet; a proverb quoted without marks; ends with a full sentence; 409 characters, the whole stored page; do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-nailart168-zonglinzhang-huiyi-casino-spam-county-name-not-speech': {
    source: 'http://nailart168.com/zfxxgk/fdzdgknr/ldzc/xc/dx/ldhd/1669567762095337473.html',
    kind: 'non-speech: news report (a county\'s 2022 总林长工作会; government page hijacked by a casino spammer)',
    tests: 'no headline in the capture; the spam string "*飞禽走兽老虎机_森林舞会游戏¥最新版本下载" where the county\'s name stood, four times (once glued as "省市飞禽走兽…下载:县、镇、村…"); the meeting told in the third person ("汇报了", "作了部署安排", "出席会议并作了重要讲话", "主持会议", "在会上指出,…"); figures of the 林长 network ("3122人", "县级林长5个"); quoted slogans (“林有人管,树有人护,责有人担”) — a report, not a speech; cut mid-word ("落实党")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-beznar-big5-pinyin-fangsha-zhisha-jiaoliuhui-headline-jianghua-not-speech': {
    source: 'http://beznar.com/Image/info/1153',
    kind: 'non-speech: news report (the national desert-control field conference; traditional converter mirror)',
    tests: 'a "• " bullet before a headline that names a 講話 ("…-張建龍在全國防沙治沙現(xiàn)場經(jīng)驗交流會上發(fā)表重要講話"); indented "發(fā)布時間:2015-09-11", an empty "字體:" and a "返回" line; the headline again; converter pinyin after many characters; two indented paragraphs reporting the minister in the third person ("張建龍在會上提出,…", "張建龍指出,…"), officials "到會並講話" — a report, not a speech; cut mid-word ("優(yōu)美生")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
