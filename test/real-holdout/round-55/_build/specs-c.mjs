// Gold specs for holdout round 55, part c (cases 13–18): police, fire and public security services (公安、消防救援、交警、
// 禁毒、平安建设 meetings and ceremonies). Four spoken pieces (a 专题党课 for a city's public-security leading cadres on the
// 训词 and the 政法队伍教育整顿, the first piece of a "(精选2篇)" collection on a WordPress 好词好句 site (jz75): the page title,
// two bulleted theme lines "• …(精选2篇)已关闭评论" and "• A+", a "所属分类:好词好句" line, the piece heading "篇一:<title>",
// no salutation, cut mid-word; a traffic police brigade's 演講 against drink-driving on a traditional-script 祝福網 page
// (bestzhufu): the site name, a "首頁 > 範文 > 演講稿 > 安全演講稿 / 正文" breadcrumb, the title, a "<date> <column>" line, the
// piece heading "<title>5" with the piece number glued, the salutation "公眾、司機朋友:", a paragraph ending in a colon
// ("在此倡議廣大市民、司機朋友:") followed by block lines 1、2、3、, the authored slip "不喝酒、不喝酒、不開車" kept, and a
// "精品小說推薦: …從此" novel promo after two blank lines; a school's 国旗下讲话 on the 消防安全教育日 on a school site
// (jflxx.yaqjyj) with no title and no site noise at all, complete to "谢谢大家,我的讲话完了。", an inline "首先要…做起:"
// after a question mark with no 其次, then block lines 1、…4、 after that colon (1、–3、 end in semicolons); a 消防 演讲稿 for
// pupils on a programming-tutorial site (111cn): the site's slogan line "一聚教程网:…", "热门教程", the title, a
// "时间:… 编辑:袖梨 来源:一聚教程网" meta line, the salutation with two blank lines after it, a "?——全国消防日。" dash inside
// a sentence, inline "“三懂”即:1、…;2、…;3、…。" after a colon and "“三会”即1、…,2、…;3、…。" after 即, cut mid-sentence
// ("大家要牢记")) and two written look-alikes (a traditional-script mirror (redtowerstudio) of a prefecture's news report on
// a 今冬明春火灾防控 meeting, with converter pinyin after a fixed set of characters (務(wù), 災(zāi), 穩(wěn), 產(chǎn), 區(qū), 節(jié),
// 環(huán), 發(fā)), a mis-encoded run "當?shù)氐娘L險" for 當地的風險, and the vice-governor's requirements reported as "會議要求,一要…。
// …二要…。…三要…" inside one paragraph — a report, not a speech; a novel chapter (tailaixsw) in which a new city
// public-security chief is introduced at an all-police meeting and starts his first speech "“各位同志、战友们,我是…"
// in quotes, with indented lines and blank lines between them and "会议第一项" — a novel, not a speech).
// Judgement calls: 13's title is the first piece's own title from its "篇一:" heading; the collection page title with
// "(精选2篇)", both bulleted theme lines, the category line and the piece heading are noise; the 党课 names its genre and is
// a speech although it opens without a salutation; no outline (no marker in the capture). 14's title is the title line;
// the piece heading "<title>5" is noise as a whole (as round 20's "…篇1" heading), the repeated title line is dropped,
// not listed; the block 1、2、3、 lines follow a paragraph that ends in a colon, so they are optional level-1 items (as
// round 20's 开幕词 with "特提出以下几点要求:" and 1、…4、); 2、's and 3、's first sentences are longer than 50 characters and
// are cut at their first comma; the page is titled 演講 and addresses its hearers ("公眾、司機朋友:"), so it is a speech
// although it reads like an 倡议书. 15 has no title; "首先" is inline after "?" and has no 其次, so it is no marker; the
// block 1、…4、 after the colon are optional level-1 items, 1、–3、 have no sentence end and keep their whole line with the
// semicolon. 16's title is the title line (dropped, not listed); the slogan line, "热门教程" and the meta line are noise;
// both inline runs follow no sentence end (":" and "即"), so by the rules they are no markers while a reader sees two
// lists: all six items are optional, level 1; by the letter of the rules an item's text runs to the full stop when that
// is at most 50 characters, so 2、 and the second run's 1、 and 2、 swallow their later siblings (as the shared corpus's
// case 08), while the first 1、 is cut at its first comma (53 characters). 17 and 18 are written, not speeches; neither
// has a title in the capture.
// Looked for and not found on a new host: a 公安工作会议 or 禁毒工作会议 讲话 with 一、/（一） (the corpus answers from used hosts:
// ga.wenyg, huaboedu, 6dgww, bgzsck, longcen, pyh678, taowenge, gwg365, wmjy, wm114, damishu, zeelive, nepao, m.daumloan,
// m.7rdy, or with novel chapters), a 警衔授衔 / 消防救援授衔 / 入警宣誓 ceremony speech (only news reports and novel chapters),
// a 派出所所长 or 交警 竞聘/表态发言 (daumloan, mtfww, 9000bbs are used), a 文库 viewer of a police speech (taowenge, wnwk,
// 777doc, gwg365, wenku.docs.qq are used), a 消防救援大队揭牌 致辞 with block 一是/二是 on jinshuazi.cn — that host is named in
// round 45's head comment, so it counts as used and was given up after claiming.
// Template twins set aside: androidx86.net (安卓范文网, a 春季防火 讲话 with 一、) and n77.org (七七范文网, 消防安全演讲稿 with
// 一、…五、) both print the "范文百科 分享 时间: 加入收藏 我要投稿 点赞" meta line of round 28's haowendang ("天下 分享 时间:
// 加入收藏 我要投稿 点赞"); popartistsnft.com (森林防火 讲话) prints the "- 相關推薦" chrome of the shared corpus's case 70 and is
// used anyway.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JZ_PAGE_TITLE = '关于七一党课讲稿2022专题党课政法(精选2篇)';
const JZ_COMMENTS = '• 关于七一党课讲稿2022专题党课政法(精选2篇)已关闭评论';
const JZ_FONT = '• A+';
const JZ_CATEGORY = '所属分类:好词好句';
const JZ_TITLE = '七一党课讲稿2022专题党课政法';
const JZ_PIECE = '篇一:' + JZ_TITLE;

const BZ_SITE = '祝福網';
const BZ_CRUMB = '首頁 > 範文 > 演講稿 > 安全演講稿 / 正文';
const BZ_TITLE = '禁止青少年酒后駕車演講';
const BZ_META = '2024-04-14 安全演講稿';
const BZ_PIECE = BZ_TITLE + '5';
const BZ_PROMO = '精品小說推薦: 昔日落魄少年被逐出家族,福禍相依得神秘老者相助,從此';

const YJ_SLOGAN = '一聚教程网:一个值得你收藏的教程网站';
const YJ_HOT = '热门教程';
const YJ_TITLE = '消防的演讲稿';
const YJ_META = '时间:2022-06-30 23:22:37 编辑:袖梨 来源:一聚教程网';

export const specs = {
  '13-dangke-jz75-gongan-collection-pianyi-wp-chrome': {
    source: 'http://jz75.com/2158.html',
    kind: 'speech: 党课 (a 专题党课 for a city\'s public-security leading cadres during the 政法队伍教育整顿; collection page)',
    tests: 'a WordPress collection page: the page title "关于…(精选2篇)", bulleted theme lines "• …(精选2篇)已关闭评论" and "• A+" indented with spaces, "所属分类:好词好句", the piece heading "篇一:七一党课讲稿2022专题党课政法" (the title is its part after "篇一:"); no salutation, the 党课 opens "今天这堂…专题党课,核心内容是…"; a date "8月26日" opening a paragraph; "铁一般的…" four times; no numbered points; cut mid-word inside a quoted slogan ("奋勇前")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [JZ_PAGE_TITLE, JZ_COMMENTS, JZ_FONT, JZ_CATEGORY, JZ_PIECE],
    dropLines: [JZ_PAGE_TITLE, JZ_COMMENTS, JZ_FONT, JZ_CATEGORY, JZ_PIECE],
    outline: [],
  },
  '14-yanjianggao-bestzhufu-big5-jiujia-crumb-piece-number-novel-promo': {
    source: 'https://www.bestzhufu.com/FanWen/AnQuanYanJiangGao/641510_5.html',
    kind: 'speech: 演讲稿 (a traffic police brigade\'s address to drivers against drink-driving; traditional script)',
    tests: 'a traditional-script 范文 page with 后 left unconverted (酒后, 后果): the site name "祝福網", a breadcrumb "首頁 > 範文 > 演講稿 > 安全演講稿 / 正文", the title, a "2024-04-14 安全演講稿" date/column line, the piece heading "禁止青少年酒后駕車演講5" with the piece number glued; the salutation "公眾、司機朋友:"; a quoted slogan; dates "4月30日至5月31日"; a paragraph ending in a colon followed by block lines 1、2、3、 (optional; 2、 and 3、 cut at their first comma); the authored slip "不喝酒、不喝酒、不開車" and "喝酒不開車、開車、不喝酒" kept; two blank lines and a novel promo "精品小說推薦: …從此" cut mid-sentence',
    isSpeech: true,
    title: BZ_TITLE,
    noise: [BZ_SITE, BZ_CRUMB, BZ_META, BZ_PIECE, BZ_PROMO, '精品小說推薦'],
    dropLines: [BZ_SITE, BZ_CRUMB, BZ_TITLE, BZ_META, BZ_PIECE, BZ_PROMO],
    outline: [
      { level: 1, marker: '1、', text: '時刻牢記酒后駕駛的嚴重后果,嚴于律己,堅決做到不喝酒、不喝酒、不開車', optional: true },
      { level: 1, marker: '2、', text: '希望親友從關愛家人、關愛朋友的角度出發', optional: true },
      { level: 1, marker: '3、', text: '讓“喝酒不開車、開車、不喝酒”成為更多人的自覺行動', optional: true },
    ],
  },
  '15-guoqixia-yaqjyj-xiaofang-clean-no-title-arabic-colon': {
    source: 'http://jflxx.yaqjyj.com/DocHtml/792/2014/11/10/7893613528035.html',
    kind: 'speech: 国旗下讲话 (a school\'s Monday flag-raising talk on the 消防安全教育日; primary-school site)',
    tests: 'no title and no site noise: the capture opens with "老师、同学们:" and "大家早上好!" and holds the whole talk down to "谢谢大家,我的讲话完了。", so nothing may be cut; quoted words ("消除"/"防止"); "首先要从…做起:" inline after a question mark with no 其次 (no marker); block lines 1、…4、 after that colon (optional), 1、–3、 ending in semicolons, 4、 in a full stop; a rhetorical question and an exclamation; a four-part slogan',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1、', text: '同学们不要玩火,不要私自燃放烟花、爆竹;', optional: true },
      { level: 1, marker: '2、', text: '出门或者睡觉之前,要看看家里的电器电源是否关掉,燃气阀门是否拧紧;', optional: true },
      { level: 1, marker: '3、', text: '公共场所都配有消火栓、灭火器、消防箱等消防器材,我们要自觉爱护,不随意挪动;', optional: true },
      { level: 1, marker: '4、', text: '每到一个陌生的地方,要留意安全出口,熟悉逃生路线,做到有备无患', optional: true },
    ],
  },
  '16-yanjianggao-111cn-xiaofang-site-header-meta-inline-arabic': {
    source: 'http://www.111cn.net/banzhuren/246/96780.htm',
    kind: 'speech: 演讲稿 (a talk to pupils for the 119 全国消防日; copy on a programming-tutorial site)',
    tests: 'an off-topic host\'s chrome: the slogan line "一聚教程网:一个值得你收藏的教程网站", "热门教程", the title "消防的演讲稿", a "时间:… 编辑:袖梨 来源:一聚教程网" meta line with a poster name; the salutation followed by two blank lines; a question answered after a dash inside the sentence ("吗?——全国消防日。"); a quoted proverb; "“三懂”即:1、…;2、…;3、…。" after a colon and "“三会”即1、…,2、…;3、…。" after 即 (two inline runs with no sentence end before them: optional, the rule-literal texts of 2、 and of the second 1、/2、 run over their siblings to the full stop); "“11·9”" with a middle dot; cut mid-sentence ("大家要牢记")',
    isSpeech: true,
    title: YJ_TITLE,
    noise: [YJ_SLOGAN, YJ_HOT, YJ_META],
    dropLines: [YJ_SLOGAN, YJ_HOT, YJ_TITLE, YJ_META],
    outline: [
      { level: 1, marker: '1、', text: '懂得火灾的巨大危害性', optional: true },
      { level: 1, marker: '2、', text: '懂得火灾发生的原因,不玩火;3、懂得怎样预防火灾,主动宣传消防知识', optional: true },
      { level: 1, marker: '3、', text: '懂得怎样预防火灾,主动宣传消防知识', optional: true },
      { level: 1, marker: '1、', text: '会报火警,2、会用灭火器扑灭初起火灾;3、会在火灾中自救互救', optional: true },
      { level: 1, marker: '2、', text: '会用灭火器扑灭初起火灾;3、会在火灾中自救互救', optional: true },
      { level: 1, marker: '3、', text: '会在火灾中自救互救', optional: true },
    ],
  },
  '17-news-redtowerstudio-big5-pinyin-huozai-fangkong-yiyao-mojibake-not-speech': {
    source: 'http://m.redtowerstudio.com/xwzx/2021-11/25/content_384358.htm',
    kind: 'non-speech: news report (a prefecture\'s 今冬明春火灾防控 mobilisation meeting; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (務(wù), 災(zāi), 穩(wěn), 產(chǎn), 區(qū), 節(jié), 環(huán), 發(fā)) and the mis-encoded run "當?shù)氐娘L險"; no title, the capture opens with the vice-governor "出席會議并對…作動員部署"; "會議要求,一要…。…二要…。…三要…" inside one paragraph (一要 after a comma, 二要/三要 after full stops) — the meeting\'s requirements reported in the third person, a report and not a speech; a quoted slogan "防大火、控小火、遏亡人"; a closing attendance line',
    isSpeech: false,
    title: '',
  },
  '18-novel-tailaixsw-gonganju-zhang-shangren-dahui-not-speech': {
    source: 'https://tailaixsw.com/174_174878/1417590.html',
    kind: 'non-speech: novel (a new city public-security chief\'s first all-police meeting)',
    tests: 'a novel chapter with lines indented by four spaces and blank lines between them: a meeting narrated in the third person ("会议第一项,…介绍了…", officers rising to salute), then the chief\'s speech in quotes opening "“各位同志、战友们,我是…" and running over several unquoted lines (受组织委派…, 今天是我到任的第一天…, 闲话少说,直接进入正题。) — a character\'s words inside a novel, not a speech; no title in the capture; cut mid-sentence ("没有做")',
    isSpeech: false,
    title: '',
  },
};
