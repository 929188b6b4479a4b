// Gold specs for holdout round 122, part A (cases 01–06): moral models and good people (道德模范, 身边好人, 最美人物, 中国好人榜,
// 见义勇为 — award ceremonies, report meetings, winners' words, and their look-alikes).
// One spoken piece (a 好人好事 演讲稿 collection page on a 范文 farm (kuwen.com): the page title "好人好事演讲稿", a 小编 promo
// "使用正确的写作思路书写演讲稿会更加事半功倍。…以下是小编为大家整理的好人好事演讲稿,希望对大家有所帮助。", the piece heading
// "好人好事演讲稿 篇1" on its own line, the salutation "尊敬的各位来宾、同学们:" and "大家好!", a student's talk about a
// community's volunteer cleaners and a 爱心车队 in the first person, an anti-copy full stop glued mid-phrase ("社区里的.老爷爷"), a
// dropped verb left as printed ("他们就高考爱心车"), a mid-sentence "——社区的爱心车队" (prose, not a dash point), cut mid-sentence
// ("你说我们都过时")) and five written look-alikes (a provincial news site's report of the 7月中国好人榜 发布仪式 in 长春
// (haoren.cnjiwang.com): the page title with the column, the editor's name and the article id glued after a space, printed twice
// around the slogan "有思想 / 有温度 / 有品质", a "您当前的位置 :首页 > 吉林好人 > 好人发布厅" breadcrumb, the headline, a
// "2018-08-01 10:42 | 来源: 中国吉林网" line, indented paragraphs and two bare "image.png" lines (image alt text), a doubled
// "的的" left as printed — a news report; a Discuz forum post (bbs.china-ws.org) in which a nominee reports the national 道德模范
// 颁奖典礼 to his winter-swimming friends: a "本帖最后由 … 编辑" line with Discuz jammer strings glued after it and before the
// first sentence, then the whole post on one line with spaces between the paragraphs, first person but a written 汇报, with the
// leader's 讲话 told in the third person ("李长春同志首先向…表示…。他说:…"), the poster's typos "侯选人" and "各届人士" kept — not a
// speech; a web-novel chapter (luanshuba.com) in which a commended civil servant gives his 表彰大会 发言 inside quotation marks
// ("开始发言了:“首先,我要感谢…"): a "乱书吧 > 玄幻小说 > 燃情仕途 > 第二千二百七十二章表彰大会" crumb, "**党员" and "政府-干-部"
// censor marks, 4-space indents, a reporter's words after it — a novel, not a speech; a county news site's report of how newly
// elected 道德模范 felt (jnmcxs.com): a DedeCMS "当前位置: 主页 > 精神文明 > 思想道德建设 >" crumb, the headline, a
// "时间:2014-02-12 11:00来源:梅州日报 作者:mzxcb" line with no spaces between its fields, quoted winners' words inside a third-
// person report, stray spaces before full stops ("道德模范 。", "鼓励 。") and inside sentences ("获评为 “助人为乐”", "同时 收获")
// — a news report; a company-site farm's copy of a feature on the 感动中山 award ceremony (528560.nync.com): "关闭", "举报",
// "  • 提交", a crumb "首页 > 人物特写 > 正文", "购物车" and "0" on lines of their own, the headline, "信息发布者:…" and a
// "2017-09-01 00:17:39   转载" line, four photo captions separated by double blank lines with growing indents, a "●" sub-head,
// cut after a colon — a news feature, not a speech).
// Judgement calls: 01's title is the page title, which the piece heading repeats with " 篇1" (the heading is noise, the page-title
// line equals the title and is dropped without being listed); the promo is noise; the glued "." is cut with its neighbours listed
// ("里的.老爷"); the outline is empty (no numbered point in the capture; "——社区的爱心车队" stands mid-sentence). 02–06 are written,
// not speeches: 03 is a first-person post but a written report addressed to forum readers, and the 首先 in it is the reporter's
// account of a speech; 04's speech sits inside a novel's quotation marks. 03 prints no thread title in the capture, so its title
// is "". Names of living private people (the editor in 02's page title, the poster and his forum name in 03, the winners in 05,
// the poster and the people in 06's captions) were replaced by fictional ones; public officials and 黄大年 are kept; the prose was
// rewritten.
// Looked for and not found on a new host: a 道德模范/身边好人/最美人物 表彰大会 讲话 or 颁奖典礼 致辞 with numbered points (the ones
// in the store stand on used hosts: jualobatasli (a 滕州 致辞 under a casino brand), arcplusnwc (最美家庭 致辞), wmjy, cjzw,
// wenku.docs.qq.com, huangminedu, lxwx7); a 先进事迹报告会 主持词 or 道德讲堂 主持词 (kaoyanmiji, p719, 7rdy, shcdff, szftgk, 78911
// used); a 获奖代表发言 (c321, 202.85.222.116, stra, hongshengzhuji, lianshan used; the corpus answers with interviews and news);
// a 学雷锋/时代楷模 党课 or 演讲稿 with 一、 headings (570s, gongwen.com.cn, wanshu, yrrd, zbfsgm, syfww used); a traditional-script
// mirror of a speech on the theme that is not a twin; a 事迹材料 on an unused host (zgkjsz, duqu8, p719, sunshinestudy, meidekan,
// xyvh, hbzqbyyxgs used). So this part holds one speech, with no numbered point; the theme's fresh pages are news, forum posts and
// novels.
// Template twins set aside: caoliu14.com (a traditional mirror of 文明风 wmf.fjsen.com, "您所在的位置: 文明風首頁 > > 正文", with the
// same "/2013-10/31/content_<id>_2.htm" paths; its topic page prints a speech to 道德模范 with 第一,/第二, points — set aside as
// women.fjsen.com's traditional mirror xpshebei.com was, fjnews.fjsen.com being used); fshengsheng.com and hbycaiwu.com (the
// 90doc/tcysjy/mchqing farm: title, 小编 promo, "… 篇1尊敬的…" heading glued to the salutation, "……此处隐藏N个字……"); xlimg.com
// (the same farm, "…演讲稿1尊敬的…" and "……此处隐藏4037个字……"); sanmu.com and oh100.com (the ruiwen family: "- 相关推荐" over the
// title, "…仅供参考,希望能够帮助到大家", "…演讲稿1" headings, apostrophe marks); guowenban.com (the used guoyugu.com's "當前位置 /
// 首頁 > 教育範文 > … / 推薦人: 來源: 閱讀: N次" template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KW_TITLE = '好人好事演讲稿';
const KW_PROMO = '使用正确的写作思路书写演讲稿会更加事半功倍。在当今社会生活中,演讲稿使用的情况越来越多,你写演讲稿时总是没有新意?以下是小编为大家整理的好人好事演讲稿,希望对大家有所帮助。';
const KW_PIECE = '好人好事演讲稿 篇1';

export const specs = {
  '01-yanjiang-kuwen-haoren-haoshi-collection-promo-pian1-dot-mark': {
    source: 'https://kuwen.com/fayangao/article_913964.html',
    kind: 'speech: 演讲稿 (a student\'s talk on 好人好事 in the community; collection page on a 范文 farm)',
    tests: 'the page title "好人好事演讲稿"; a 小编 promo ("…以下是小编为大家整理的好人好事演讲稿,希望对大家有所帮助。"); the piece heading "好人好事演讲稿 篇1" on its own line; the salutation "尊敬的各位来宾、同学们:" and "大家好!"; an anti-copy full stop glued mid-phrase ("社区里的.老爷爷"); a dropped verb left as printed ("他们就高考爱心车"); a mid-sentence "——社区的爱心车队" (prose, no dash point); questions closing each paragraph; no numbered point; cut mid-sentence ("你说我们都过时")',
    isSpeech: true,
    title: KW_TITLE,
    noise: [KW_PROMO, KW_PIECE, '里的.老爷'],
    replace: [['的.老爷', '的老爷']],
    dropLines: [KW_TITLE, KW_PROMO, KW_PIECE],
    outline: [],
  },
  '02-news-cnjiwang-haorenbang-fabu-yishi-title-brand-twice-imagepng-not-speech': {
    source: 'http://haoren.cnjiwang.com/hrfbt/201808/2699671.html',
    kind: 'non-speech: news report (the 7月中国好人榜 发布仪式 in 长春; a provincial news site\'s 好人 channel)',
    tests: 'the page title with the column, the editor\'s name and the article id glued after a space ("… 好人发布厅-吉林好人 韩晓蕾 2699671"), printed twice around the slogan "有思想 / 有温度 / 有品质"; a "您当前的位置 :首页 > 吉林好人 > 好人发布厅" crumb; the headline; a "2018-08-01 10:42 | 来源: 中国吉林网" line; a lyrical lead; the ceremony told in the third person; two bare "image.png" lines; a doubled "的的"; cut mid-sentence',
    isSpeech: false,
    title: '为好人鼓掌!7月中国好人榜发布仪式在长春隆重开幕!',
    noise: [],
    outline: [],
  },
  '03-huibao-chinaws-daode-mofan-banjiang-guilai-discuz-jammer-oneline-not-speech': {
    source: 'http://bbs.china-ws.org/forum.php?goto=lastpost&mod=redirect&tid=405181',
    kind: 'non-speech: forum post (a 道德模范 nominee\'s first-person report of the national award ceremony to his winter-swimming club)',
    tests: 'a Discuz "本帖最后由 … 于 2011-9-24 05:03 编辑" line with jammer strings glued after it ("/ b/ X6 \\* |\" O") and before the first sentence ("% R5 \\5 @ e8 U1 X7 m2 A"); no thread title; the whole post on one line with spaces between paragraphs; first person ("我有幸位列其中") but written to readers ("特向全国冬泳同好汇报"); the national leaders\' meeting and the 讲话 told in the third person ("李长春同志首先向…表示…。他说:…"); the poster\'s typos "侯选人" and "各届人士"; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-novel-luanshuba-ranqing-shitu-biaozhang-dahui-quoted-fayan-shouxian-censor-not-speech': {
    source: 'https://www.luanshuba.com/14_14036/3745743_2.html',
    kind: 'non-speech: novel (a web-novel chapter in which a commended official speaks at a 表彰大会 for his 见义勇为)',
    tests: 'a crumb "乱书吧 > 玄幻小说 > 燃情仕途 > 第二千二百七十二章表彰大会" carrying the chapter title; the page opening mid-sentence; a first-person 发言 inside quotation marks after "开始发言了:" that opens "首先,我要感谢…"; censor marks "**党员", "政府-干-部", "扛着**"; 4-space indents; a reporter\'s interview after the speech; cut mid-quote',
    isSpeech: false,
    title: '第二千二百七十二章表彰大会',
    noise: [],
    outline: [],
  },
  '05-news-jnmcxs-daode-mofan-huoxuan-xinsheng-crumb-meta-not-speech': {
    source: 'http://www.jnmcxs.com/html/ajingshenwenmingsixiangdaodejianshe201402123928.html',
    kind: 'non-speech: news report (newly elected city 道德模范 on their feelings; a DedeCMS copy of a city paper\'s story)',
    tests: 'a "当前位置: 主页 > 精神文明 > 思想道德建设 >" crumb; the headline with a colon; a "时间:2014-02-12 11:00来源:梅州日报 作者:mzxcb" meta line with fields run together; winners\' words quoted inside a third-person report ("…说", "告诉记者"); stray spaces before full stops ("道德模范 。", "鼓励 。") and inside sentences ("获评为 “助人为乐”", "同时 收获"); 首先 after a subject (prose); cut mid-sentence',
    isSpeech: false,
    title: '部分道德模范获选后表心声:感谢很多 动力更多',
    noise: [],
    outline: [],
  },
  '06-news-nync-gandong-zhongshan-banjiang-texie-close-report-cart-captions-not-speech': {
    source: 'http://528560.nync.com/article/1190148.html',
    kind: 'non-speech: news feature (the 感动中山 annual-figures award ceremony; a company-site farm\'s copy)',
    tests: 'page chrome "关闭", "举报", "  • 提交", a crumb "首页 > 人物特写 > 正文", "购物车" and "0" on lines of their own; the headline; "信息发布者:…" and "2017-09-01 00:17:39   转载"; four photo captions separated by double blank lines with growing indents; a feature told in the third person; a "●孝于亲所当执两位孝女受表彰" sub-head; "的的哥" (司机的 + 的哥); cut after a colon',
    isSpeech: false,
    title: '2014感动中山人物颁奖现场特写',
    noise: [],
    outline: [],
  },
};
