// Gold specs for holdout round 199, part C (cases 13–18): the army, conscription and veterans (八一 建军节 座谈会, 征兵 工作会议,
// 新兵 欢送会, 退役军人 表彰, 民兵 整组 — their 讲话/致辞, and their look-alikes: a serialised novel's 徵兵動員報告 chapter and a
// county news report of a 转业退伍军人 座谈会). About forty queries found nearly every 八一/征兵/新兵/退役军人/民兵 speech of the
// theme on a used host or a template twin (rounds 77, 87, 102, 139, 161 and 185 held this theme; see "Looked for and not found"
// below), so the part's four spoken pieces come from the theme's neighbourhood on new hosts: three addresses of a head of state
// to the armed forces on Taiwanese pages (a 全民防衛動員署 inauguration, a 軍人節 award, a 春節 visit to a brigade) and a 1941
// address on the 新四军 incident reposted on a news-sharing blog; the two look-alikes are of the theme itself.
// Four spoken pieces (a 致詞 at the inauguration of the defence ministry's mobilisation agency on a lifestyle news site
// (ezway.tw, "/<date>/<slug>"): the headline with a bullet "●蔡英文出席…揭牌典禮 交付三項任務" naming the event, a meta line
// "2021.12.30 10:40【EZway生活報報╱記者…╱台北報導】", a third-person press lead ("…時表示,…總統並交辦三大任務,…"), the label
// "總統致詞內容為:", then the address in paragraphs with no salutation, quoted slogans in 「」, a paragraph announcing "三項任務。"
// and a last paragraph opening "第一," cut mid-word ("我要請國"); a 軍人節 address to the year's 國軍楷模 on a Facebook-archive
// mirror (twfb.g0v.ronny.tw, "/index/post/<id>"): the archive's "專頁" label, the page's bio line with its like count and a quoted
// slogan ("蔡英文 Tsai Ing-wen 。 2,984,644 個讚 · 57,610 人正在談論這個。「台灣的好,…」"), a "貼文" label, then the whole post on
// one line, its paragraphs joined by single spaces, with Facebook's see-more mark "… 更多" glued in twice (mid-line after a full
// stop and at the line's end), two soldiers named and asked to raise a hand, then "圖片" and "留言" labels; a 1941 address to
// 党政军同志 on the 新四军 (皖南事变) incident reposted on a news-sharing blog (chinadigitaltimes.net, "/chinese/<id>.html"): a
// "来自: …的博客 – FeedzShare" line with trailing spaces, a "发布时间:…,  已有 5 人推荐" line, "Shared by <user>", the sharer's
// comment opening "//留个记号吧。", a whitespace-only line, the reposter's editor note opening "——对于皖南事变,…" (indented by six
// spaces), then the address in paragraphs indented by seven to eleven spaces, no title and no salutation ("大家须知道:"), "纔"
// for 才 once, cut mid-word ("而且妄"); a 春節 address to a mechanised brigade on a Taiwanese local press site (secjie.com.tw,
// "/newsview_<id>.html"): the headline "總統春節視導暨勗勉陸軍機步269旅", a "報導記者" label, a reporter line with the date after
// spaces, "點閱1817", a glued share bar "分享至Google+分享至twitter…分享至facebook", two third-person lead paragraphs, a
// whitespace-only line, "總統致詞內容為:", then the address with no salutation, "首先我要代表全體國人," (首先 without a comma),
// ending with the last sentence of the stored text) and two written look-alikes (a chapter of a serialised novel on a
// traditional-script article mirror (www.xuehua.us, "/a/<id>?lang=zh-tw"): the chapter headline "小說《緣爲兵》【三五八】…", the
// serial line "…(初稿)未完待續", an author line "圖/文:…", paragraphs indented by four spaces, a teacher's 徵兵動員報告 told in the
// third person with its parts announced "分爲四個部分——" and then "徵兵報告的第一部分:…" / "徵兵報告的第二部分:…" as paragraph
// heads, cut mid-word ("中國共產") — a novel, not a speech; a county news report of a 转业退伍军人 座谈会 on a traditional-script
// converter mirror with pinyin annotations (m.b57w946.cn, "/p/<id>.html"): a caption "座談會現(xiàn)場。", a "邵陽新聞網(wǎng)訊(通訊員 …)"
// lead, a list of thirteen veterans, four paragraphs opening "他們說," in which the veterans' words are reported with "我們" kept,
// the chairman's words reported ("他指出,…大家要向軍人學習。學習他們…;學習他們…;學習他"), cut mid-phrase — a news report, not a
// speech).
// Judgement calls: 13 and 16 are speeches: each page prints a press lead and then, under the label "總統致詞內容為:", the address as
// delivered, in the first person to the audience (as round 184 case 07 printed a summit talk under "以下是汤敏演讲实录:"); the
// headlines ("●蔡英文出席…揭牌典禮 交付三項任務", "總統春節視導暨勗勉陸軍機步269旅") are the press's headlines of a visit, not
// names of the address, and the page shows no other title, so the title is "" (as round 183 case 01, a headline naming the event
// over a 致辞's press lead, and round 167 case 09, where a headline reporting the speech is no title); the headline, the bullet,
// the meta and reporter lines, "點閱", the share bar, the lead paragraphs and the label are the page's and are noise (as round 184
// case 07's meta line, lead and "以下是…实录:" label). 13's "第一," opens the last paragraph after "…三項任務。": a block ordinal,
// the start of a run whose 第二 lies beyond the cut → required, level 1 (a block marker needs no run, as round 4 case 11's block
// "第一," at the end), its text the first sentence. 16's "首先我要代表全體國人," follows a full stop inside the paragraph with no
// comma of its own and no 其次 → no marker (as round 5 case 11's "首先请…" and round 184 case 04's "首先要保持警惕"). 14 is a
// speech with no title: the post speaks to the audience in the first person ("來向大家道一聲軍人節快樂", "請你舉個手"), as round 166
// case 13 and round 163 case 13 (speeches with no title or salutation); the archive's labels ("專頁", "貼文", "圖片", "留言") and
// the bio line with its counts and slogan are page chrome → noise; "… 更多" is Facebook's see-more mark, glued into the post twice,
// and is cut from the line (as round 2 case 02 cut a footer glued inside a slogan); the post stays one paragraph, no break invented
// at the single spaces between its paragraphs (as round 1 case 12 and the shared corpus's case 104). 15 is a speech (an address to
// 党政军同志: "大家须知道:…"); the blog's source line, date and 推荐 count, "Shared by …" and the sharer's "//…" comment are the
// page's; the "——对于皖南事变,…" line opens with a dash but is the reposter's note about the speech (third person, "听听国民党对这件
// 事的看法") and not a subtitle of it → noise, not a dash item (as round 171 case 15's editor's note is the page's, unlike round 3
// case 08's "——…" subtitle); no title is in the capture, so the title is "" (as round 6 case 07); "纔" is the speaker's form and
// stays. 17 is a novel: the teacher's report is told in the third person ("葛老師講:…"), so "徵兵報告的第一部分:" / "第二部分:" are no
// outline, though they open paragraphs like part markers (as round 3 case 17 and the shared corpus's case 09). 18 is a report:
// the veterans' and the chairman's words are reported ("他們說,", "他指出,"), so its "學習他們…;學習他們…" is no outline. Names of
// private people (the reporters of 13 and 16, the blogger and the sharer of 15, the soldiers of 14, the novel's author, teacher and
// school in 17, the correspondent, the thirteen veterans and the county officials of 18) were replaced by fictional ones; the
// public officials of 13, 14, 15 and 16 keep their roles and names as printed; the prose was rewritten.
// Looked for and not found on a new host: a 八一 建军节 座谈会 讲话 (partyworker.cn, gongwenku1.com, syfww.com, bqfwx.com, lx5188.com,
// m.liuxue86.com, hbzqbyyxgs.com, m.001doc.com, yunko.cn, m.cooco.net.cn, haohaofanwen.com, m.7rdy.cn are used or set aside); a
// 征兵 工作会议 讲话 with 一、/（一） (dawenge.com, laobiganzi.top, e.wenmi.ren, m.wenke99.com, wenku.docs.qq.com, gongwk.com,
// mingyanjiaju.org, sanweiyuan.com, bimoxiezuo.com are used); a 新兵 欢送会 致辞 or 讲话 (m.fanwenwang.cn, m.7rdy.cn's "德育素材网"
// page, wm114.cn, 99dshu.cc's novel are used; m.520geju.com, dzb.qdnrbs.cn, www.gu456.com, m.gokuart.com, digipub.cc are
// third-person reports); a 退役军人 表彰/座谈 发言 (zdushi.com, qiake.net, ggfwb.com, wypgzs.com, haohaofanwen.com, m.777doc.com,
// dawenge.com, fw.chazidian.com's 老兵退伍欢送辞 (fanwen.chazidian.com is used) are used or twins); a 民兵 整组 点验 讲话 (m.haog.cn
// is used; chenxinews.cn, langshan.gov.cn, hnnjei.cn, gethealthyblog.org, ycaexxwyk.com are used reports; the rest are novels on
// used hosts); a 国防教育 国旗下讲话 (hnsd2fz.com, m.wuyouwenku.com, renkabotcomics.com, kkjlw.com, m.aidaidai.com, m.028gtxx.cn are
// used or twins). Found on new hosts but not taken (the part had its two look-alikes): m.520geju.com and dzb.qdnrbs.cn (新兵
// 欢送 reports), www.gu456.com and m.gokuart.com (traditional 新兵 reports), www.ipcf.org.tw and tw.news.yahoo.com (Taiwanese
// reports quoting a mobilisation speech), nabmi.com (a 征兵体检 report), overseaschinese.com (a 双拥 座谈会 report on Discuz),
// kehaojc.com, mdgsedu.com, www.yy6688.com and txgis.com (novels with a recruits' meeting or a commander's speech), m.p146.com
// (a traditional 退伍季 feature). m.b57w946.cn (18) was found and left by round 185 as not needed, neither used nor a twin.
// Template twins considered: `node /work/notes/twin.mjs` finds no shared noise line for any of the six pages. 13 and 16 share
// the line "總統致詞內容為:", the Presidential Office's press-release wording that both press sites copy; their templates differ
// (ezway.tw's bullet headline and 【…╱記者…╱台北報導】 line against secjie.com.tw's 報導記者 label, 點閱 count and share bar), and
// president.gov.tw itself (used) was not taken. twfb.g0v.ronny.tw was found and left by round 196 (a speaker's 致詞稿 in a post list),
// neither used nor a twin.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const EZ_HEAD = '●蔡英文出席國防部「全民防衛動員署」揭牌典禮 交付三項任務';
const EZ_META = '2021.12.30 10:40【EZway生活報報╱記者林柏宇╱台北報導】';
const EZ_LEAD = '蔡英文總統今(30)日上午到場參加「國防部全民防衛動員署揭牌典禮」時表示,唯有讓全民防衛的意識深植人心,國防才會真正堅實,也才能向世界展現,我們會守住「不畏戰,不求戰」的立場與保衛家園的意志。總統並交辦三大任務,盼全動署往後不斷精進教召訓練、建立跨部會協作機制並適時修訂動員計畫,使自我防衛的能量更為厚實。';
const ZHICI_LABEL = '總統致詞內容為:';

const FB_BIO = '蔡英文 Tsai Ing-wen 。 2,984,644 個讚 · 57,610 人正在談論這個。「台灣的好,不應該輕易被擊倒。當新時代已經敲門,我們必須把門打開,讓世界看見台灣的好。」';
const FB_LABELS = ['專頁', '貼文', '圖片', '留言'];

const CDT_SRC = '来自: 赵立新的博客 – FeedzShare';
const CDT_DATE = '发布时间:2010年08月24日,  已有 5 人推荐';
const CDT_SHARE = 'Shared by qiyuan88';
const CDT_COMMENT = '//留个记号吧。蒋某人说完全是整饬纪律反正我是不信。';
const CDT_NOTE = '——对于皖南事变,我们早已习惯了中共方面的愤怒。兼听则明,听听国民党对这件事的看法,有助于我们从更深层面了解事件的真相!';

const SJ_HEAD = '總統春節視導暨勗勉陸軍機步269旅';
const SJ_LABEL = '報導記者';
const SJ_REPORTER = '秒捷記者 / 吳佩珊採訪報導   2020-01-16 15:58';
const SJ_CLICKS = '點閱1817';
const SJ_SHARE = '分享至Google+分享至twitter分享至微博分享至LINE分享至facebook';
const SJ_LEAD1 = '年節將近,蔡英文總統今(16)日上午到桃園視導暨勗勉陸軍機步269旅,感謝國軍固守崗位,全力投入戰訓本務,讓民眾能安心過年,並表示,身為中華民國三軍統帥,她必定是國軍最堅強的後盾,照顧好國軍弟兄姊妹,提升軍人的尊嚴,就是她最重要的責任。';
const SJ_LEAD2 = '總統到達後,聽取任務簡報,視導綜合格鬥與戰備部隊操演,並和官兵們一同用餐及發放加菜金,感謝大家的辛苦付出。';

export const specs = {
  '13-zhici-ezway-big5-quandongshu-jiepai-headline-reporter-meta-lead-zhici-label-diyi-block': {
    source: 'https://ezway.tw/20211230/%e8%94%a1%e8%8b%b1%e6%96%87%e5%87%ba%e5%b8%ad%e5%9c%8b%e9%98%b2%e9%83%a8%e3%80%8c%e5%85%a8%e6%b0%91%e9%98%b2%e8%a1%9b%e5%8b%95%e5%93%a1%e7%bd%b2%e3%80%8d%e6%8f%ad%e7%89%8c%e5%85%b8%e7%a6%ae',
    kind: 'speech: 致詞 (a head of state\'s address at the inauguration of the defence mobilisation agency; Taiwanese lifestyle news site)',
    tests: 'a bulleted news headline naming the event ("●蔡英文出席…揭牌典禮 交付三項任務"; no title: ""); a "2021.12.30 10:40【EZway生活報報╱記者…╱台北報導】" meta line; a third-person press lead; the label "總統致詞內容為:"; the address with no salutation, slogans in 「」; a paragraph ending "三項任務。" and a last paragraph opening "第一," (block, required, level 1), cut mid-word ("我要請國")',
    isSpeech: true,
    title: '',
    noise: [EZ_HEAD, EZ_META, EZ_LEAD, ZHICI_LABEL],
    dropLines: [EZ_HEAD, EZ_META, EZ_LEAD, ZHICI_LABEL],
    outline: [
      { level: 1, marker: '第一,', text: '持續精進教召訓練,強化後備部隊戰力' },
    ],
  },
  '14-zhici-twfb-big5-junrenjie-kaimo-fb-archive-likes-bio-line-gengduo-glued-one-line-no-title': {
    source: 'http://twfb.g0v.ronny.tw/index/post/10153604014121065',
    kind: 'speech: 致詞 (a head of state\'s 軍人節 address to the year\'s model soldiers; Facebook-archive mirror)',
    tests: 'archive labels "專頁" / "貼文" / "圖片" / "留言"; the page\'s bio line with like and talking-about counts and a quoted slogan; no title and no salutation; the whole post on one line, paragraphs joined by single spaces (stays one paragraph); Facebook\'s see-more mark "… 更多" glued in mid-line after a full stop and at the line\'s end (cut); two soldiers named and addressed',
    isSpeech: true,
    title: '',
    noise: [...FB_LABELS, FB_BIO, '… 更多'],
    replace: [['… 更多', '']],
    dropLines: [...FB_LABELS, FB_BIO],
    outline: [],
  },
  '15-jianghua-chinadigitaltimes-wannan-shibian-blog-repost-share-meta-comment-dash-editor-note-no-title': {
    source: 'https://chinadigitaltimes.net/chinese/100559.html',
    kind: 'speech: 讲话 (a 1941 address to party, government and army members on the 新四军 incident; news-sharing blog repost)',
    tests: 'a "来自: …的博客 – FeedzShare" line with trailing spaces; a "发布时间:…,  已有 5 人推荐" line; "Shared by <user>"; the sharer\'s "//留个记号吧。…" comment; a whitespace-only line; the reposter\'s editor note opening with a dash "——对于皖南事变,…" (noise, not a subtitle or dash item); no title and no salutation; paragraphs indented by seven to eleven spaces; "大家须知道:"; cut mid-word ("而且妄")',
    isSpeech: true,
    title: '',
    noise: [CDT_SRC, CDT_DATE, CDT_SHARE, CDT_COMMENT, CDT_NOTE],
    dropLines: [CDT_SRC, CDT_DATE, CDT_SHARE, CDT_COMMENT, CDT_NOTE],
    outline: [],
  },
  '16-zhici-secjie-big5-chunjie-shidao-lujun-reporter-meta-share-bar-lead-zhici-label-shouxian-nocomma': {
    source: 'http://secjie.com.tw/newsview_3887.html',
    kind: 'speech: 致詞 (a head of state\'s 春節 address to an army brigade; Taiwanese local press site)',
    tests: 'a news headline of the visit (no title: ""); a "報導記者" label; a reporter line with the date after spaces; "點閱1817"; a glued share bar "分享至Google+…分享至facebook"; two third-person lead paragraphs; a whitespace-only line; the label "總統致詞內容為:"; the address with no salutation; "首先我要代表全體國人," (首先 inline, no comma, no 其次: no marker)',
    isSpeech: true,
    title: '',
    noise: [SJ_HEAD, SJ_LABEL, SJ_REPORTER, SJ_CLICKS, SJ_SHARE, SJ_LEAD1, SJ_LEAD2, ZHICI_LABEL],
    dropLines: [SJ_HEAD, SJ_LABEL, SJ_REPORTER, SJ_CLICKS, SJ_SHARE, SJ_LEAD1, SJ_LEAD2, ZHICI_LABEL],
    outline: [],
  },
  '17-novel-xuehua-big5-zhengbing-dongyuan-baogao-diyi-bufen-not-speech': {
    source: 'https://www.xuehua.us/a/5fd32468e0133f0f8de6d7cd?lang=zh-tw',
    kind: 'non-speech: novel (a serialised novel\'s chapter on a school\'s 徵兵動員大會; traditional-script article mirror)',
    tests: 'a chapter headline "小說《緣爲兵》【三五八】動員令投筆從戎", a serial line "…(初稿)未完待續", an author line "圖/文:…"; paragraphs indented by four spaces; a teacher\'s 徵兵動員報告 told in the third person, its parts announced ("分爲四個部分——") and then opening paragraphs "徵兵報告的第一部分:…" / "徵兵報告的第二部分:…"; cut mid-word ("中國共產") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-b57w946-big5-pinyin-tuiwu-junren-zuotanhui-tamen-shuo-not-speech': {
    source: 'http://m.b57w946.cn/p/43309.html',
    kind: 'non-speech: news report (a county people\'s congress\'s 转业退伍军人 座谈会 on 八一; traditional-script converter mirror with pinyin)',
    tests: 'a caption "座談會現(xiàn)場。"; pinyin annotations after converted characters; a "邵陽新聞網(wǎng)訊(通訊員 …)" lead; a list of thirteen veterans; four paragraphs opening "他們說," with the veterans\' "我們" kept inside; the chairman\'s words reported ("他指出,…學習他們…;學習他們…;學習他"), cut mid-phrase — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
