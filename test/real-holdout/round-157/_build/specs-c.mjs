// Gold specs for holdout round 157, part C (cases 13–18): sanitation and garbage sorting (环卫工人节, 垃圾分类 动员/推进,
// 城乡环境整治 — their 讲话/致辞/表态发言, and their look-alikes: a 慰问信, a forum news report, a company's 总经理致辞 page,
// a novel chapter).
// Two spoken pieces and four written look-alikes: nearly every speech on the theme that the pages corpus returned (about
// seventy queries) stood on a used host or a template twin (see "Looked for and not found" below), and the neighbouring
// themes tried (创卫, 爱国卫生, 秸秆禁烧, 厕所革命, 无废城市, 建筑垃圾, 世界环境日) gave the same answer.
// The pages: a county leader's 讲话 at a video meeting on 乡村建设 and 农村生活垃圾治理, in a traditional-script converter
// mirror (www.loveshai.com, "/index/article/detail/detail_id/<id>.html"): no title line, the salutation "同志們:" first,
// the meeting's name with "(視頻)", names blanked with "*" ("*副縣長", "*副省長", "深入*、*", "*農戶", "*河東岸"), the
// converter's forms (關于, 先后, 屋后, 什么, 范圍, 扎扎實實, 聯系, 采取), a long paragraph ending "我講三點意見:", one heading
// line "一、為什么要下大力氣抓鄉村建設和農村生活垃圾治理?" ending in a question mark, "一方面,…另一方面," inside the next
// paragraph, the censor's gap "以同志為核心的黨中央", cut mid-word ("為廣"); a student representative's 发言 on 垃圾分类 at a
// school's end-of-term ceremony (woquxue.cn, "/<id>.html"), a clean page: no title, the salutation, "大家好!", a courtesy
// "首先,我代表全体同学,…" inline after "散学典礼。" with no 其次 in its paragraph, then block paragraphs "首先,…", "其次,…",
// "最后,…", a closing paragraph ending "谢谢大家!" (the whole stored page); the ACFTU and MOHURD 慰问信 to sanitation
// workers on 环卫工人节, reposted on a city news app (app.bjtitle.com, "newshow.php?…"): the letter's title, the addressee
// line "全国环卫工人同志们:" (it looks like a salutation), the letter in the first person plural ("我们…谨向…"), cut
// mid-sentence ("立足岗位、"); a Discuz thread on the 巢湖 forum (www.238000.net, "thread-<id>-1-1.html") reporting the
// city's sixth 环卫工人节: "找回密码", " 注册会员", "查看: 4683|回复: 8", the headline, the thread's truncated title " 火...
// [复制链接]", "发表于 … | 显示全部楼层 |阅读模式", image file names "1.jpg"…"7.jpg" on their own lines among blank lines,
// the bureau chief's words quoted in the first person after "他说道:“…", cut mid-phrase ("副局长"); a state-owned
// sanitation group's "关于我们" page (www.cthj-co.com, "/page/<n>.htm"): "关于我们", the slogan line "聚焦环境谋发展
// 追求卓越争一流", the heading "总经理致辞", a "发布日期: … 信息来源: 办公室 访问次数: 12427" line, then a company profile
// in the third person ("公司…") with "昨天:" and "今天:" sections, cut mid-word ("精细化管"); a novel chapter on a
// traditional-script reading site (www.dxs.tw, "/du/<book>/<id>_2.html"): a crumb "首頁 > 天路 > 章節內容", "我的書架",
// the chapter heading "第1640章折騰(2/2)", then a mayor's speech on traffic, 衛生 and 環衛工 fines running over
// paragraphs that open with "“" and never close, double blank lines between them, cut mid-word ("怎麽處").
// Judgement calls: 13 is a speech with no title line: the page opens with the salutation, so the title is "" (as the
// shared corpus's case 11 and round 5 case 04); no line of it is site noise, so noise is empty; the heading "一、…?" is a
// standalone line, its text is the line without the question mark (as round 17 case 15, "一、村支部書記的位置為什么格外重要"),
// required, level 1; "一方面,/另一方面," are never markers; the "*" blanks and the censor's gap "以同志為核心" stay in the
// body (as the shared corpus's case 87 and round 1 case 06 keep what a site censored). 14 has no title either (""), no
// noise; the inline "首先," after "散学典礼。" is a lone courtesy word with no 其次 in its paragraph → no item (as round
// 134 case 03); the block "首先,"/"其次,"/"最后," paragraphs are the speaker's three points → required, level 1 (no
// headings), each text its first sentence; "谢谢大家!" stays in the closing paragraph. 15 is a letter, a written genre,
// though it opens with an addressee line shaped like a salutation (as the README's 通知 opening with "各位代表:" and round
// 95 case 15's 公开信). 16 is a news report: the chief's words are quoted inside the reporter's third-person account, so
// the page is no speech (as round 3 case 17 and round 134 case 05). 17 is a company's self-description on its "关于我们"
// page: the heading says 致辞, but the text addresses no audience, speaks of the company in the third person and runs in
// "昨天:/今天:" profile sections — written, not to be spoken, so no speech (as round 95 case 15, whose headline said
// 董事长致辞 over a letter). 18 is a novel (as the shared corpus's cases 09, 22 and 23): the mayor's speech is a character's
// words inside the chapter. 15–18: isSpeech false, title "", no noise, no outline (the brief's convention for non-speech
// cases). Names of private people do not occur; the city officials of 16 (the vice-mayor, the bureau chief) were given
// fictional names, as was 13's village; the organisations of 15 and 17 keep their names; the prose was rewritten (13 and
// 18 in traditional characters with the converters' forms kept; 16 with the image lines and blank lines where they
// stood).
// Looked for and not found on a new host: a 垃圾分类 动员大会/推进会 讲话 with 一、/一是 points (m.7rdy.cn, msgz.vip,
// m.wenke99.com, gongwenbang.cn, gongwen.com.cn, xiebiwenku.com, guanshanwenku.com's 29-piece 垃圾分类 collection,
// www.dybbs8.com's traditional 全覆盖推进會議講話 with "第 1 頁 共 6 頁", m.wydbw.com's 农村生活垃圾治理 讲话 — all used); a
// 环卫工人节 致辞 or 讲话 (m.sanweiyuan.com, gwxzwenku.com, 52xueshu.com, syfww.com, max.book118.com, xuefen.com.cn,
// m.zgxue.com, p719.cn, boxueji.com, www.zgxlcd.com, www.ruiwen.com, m.beiweimall.com — used; bbs.weblaolv.com and its
// "/jxfw/" farm, see below; 5gxyz.com, see below); an 城乡环境综合整治 讲话 or 表态发言 (www.xiaomilidoc.com,
// www.mishuwenku.com, www.wm114.cn, www.jinrimiaobi.com, m.wenku365.com, www.nepao.com, jey722.cn, m.nftape.cn,
// 360online.cn, 35331.cn, m.huaboedu.com, chaoshi.m.zjtcn.com, www.wenshubang.com, www.plammmp.com — used); a 垃圾分类
// 启动仪式 致辞 or 主持词 (360docs.net, www.multibytes.cn, www.fanwenq.com — used); neighbouring themes: 创卫 (www.wenmi123.com
// with the glued "[本文出自大秘书网-http://www.damishu.com]", xiezuofangchengshi.com — used; a 创建国家卫生县城 讲话 with
// 首先/其次/再次 on "笔杆子素材库" came back without an address), 秸秆禁烧 (bimoxiezuo.com, 777doc.com, wtabcd.cn,
// m.taodocs.com — used), 厕所革命 (sanweiyuan.com), 无废城市 (wm114.cn), 建筑垃圾 (laojin123.com), school 垃圾分类 talks
// (jyjsfz.cn, 61baobao.com, m.xuewenya.com, 001doc.com, m.1wenmi.com — used). So only 13 and 14 are speeches, and only
// they carry numbered points (one heading, three sequence points).
// Template twins considered: pourbars.com's "格式:DOC 上传日期:… 时间:… 小编:…" header is the used xuefen.com.cn's, so
// dropped; yuhuipay.com's promo "下面是小编为大家整理的…(完整文档),供大家参考。" and its glued "当前隐藏内容免费查看" are the
// shared corpus's case 40 (m.triumph-cn.com), so dropped; diyigzs.com's "[摘要]…为的会员投稿推荐,但愿对你的学习工作带来
// 帮助" is round 29 case 02's, so dropped; 5gxyz.com's traditional pinyin collection promo "下面是范文網小編整理的…3篇
// (…),以供參考" is the converted form of the used senfoo.com's, lskrc.com's and shaipic.com's "下面是范文网小编…,以供参考"
// (round 62 case 09, the shared corpus's 94, round 23 case 08), so dropped although no used page has the converted
// string; news.yeequu.com, m.cqtzb.org.cn and www.whdslt.com share the "/jxfw/<yyyymm>/<id>.html" answer farm of the used
// bbs.weblaolv.com, zixun.weixintoupiaoqun.com, bbs.xbkfb.com and bbs.ichuyou.cn, so dropped. www.loveshai.com has the
// "/index/article/detail/detail_id/<id>.html" path of a family whose domains were used one by one (xiebitongdao.com,
// xiebiwenku.com, biganziwuyou.com, gwzjk.com, cailiaogo.com…); its capture has none of their lines (no brand line, no
// "联系客服提示", no "本文标题:/链接地址:" footer) and is a traditional conversion, so it was kept. www.238000.net's Discuz
// chrome ("[复制链接]", "显示全部楼层 |阅读模式") is the forum software's, shared by unrelated used forums (round 103 case
// 08, round 156 case 02), not a template twin; janalembrancinhas.com, a traditional mirror of another 238000.net thread,
// was not taken. The novel of kuxso.com and biquge3.cc is the used mianhuatan5.com's book, not taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-jianghua-loveshai-big5-xiangcun-laji-zhili-no-title-yi-question-censor-blanks': {
    source: 'http://www.loveshai.com/index/article/detail/detail_id/63666.html',
    kind: 'speech: 讲话 (a county leader at a video meeting on 乡村建设 and 农村生活垃圾治理; traditional-script converter mirror)',
    tests: 'no title line: the page opens with "同志們:"; the meeting\'s name with "(視頻)"; names blanked with "*" ("*副縣長", "*副省長", "深入*、*", "*農戶", "*河東岸"); converter forms (關于, 先后, 屋后, 什么, 范圍, 聯系, 采取); a long paragraph ending "我講三點意見:"; one standalone heading "一、為什么要下大力氣抓鄉村建設和農村生活垃圾治理?" ending in a question mark; "一方面,…另一方面," (never markers); the censor\'s gap "以同志為核心的黨中央"; cut mid-word ("為廣")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '為什么要下大力氣抓鄉村建設和農村生活垃圾治理' },
    ],
  },
  '14-jianghua-woquxue-sanxue-dianli-laji-fenlei-courtesy-shouxian-block-run': {
    source: 'http://woquxue.cn/186571.html',
    kind: 'speech: 发言 (a student representative on 垃圾分类 at a school\'s end-of-term ceremony; clean page)',
    tests: 'a clean page with no title and no site noise; the salutation and "大家好!"; a courtesy "首先,我代表全体同学,…" inline after "散学典礼。" with no 其次 in its paragraph (no item); block paragraphs "首先,…", "其次,…", "最后,…" (three level-1 points, no headings); the closing "谢谢大家!" inside the last paragraph; 625 characters, the whole stored page',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '我们要弄清垃圾分为哪几类' },
      { level: 1, marker: '其次,', text: '我们要学会把垃圾投放对' },
      { level: 1, marker: '最后,', text: '我们要把垃圾分类变成日常习惯' },
    ],
  },
  '15-letter-bjtitle-huanwei-gongren-jie-weiwenxin-salutation-not-speech': {
    source: 'https://app.bjtitle.com/8816/newshow.php?did=b49024ad964c434893bf09fc9ce7db21&newsid=6248692&typeid=91',
    kind: 'non-speech: 慰问信 (the ACFTU and MOHURD letter to sanitation workers on 环卫工人节; city news app)',
    tests: 'the letter\'s title "致全国环卫工人的慰问信"; an addressee line "全国环卫工人同志们:" shaped like a salutation; the signatories in the first person plural ("在此,中华全国总工会、中华人民共和国住房和城乡建设部向…致以…"); "宁愿一人脏,换来万家净" and "时传祥精神" in quotes; no numbering — a letter, a written genre, not a speech; cut mid-sentence ("立足岗位、")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-238000-chaohu-huanwei-jie-discuz-image-names-quoted-remarks-not-speech': {
    source: 'http://www.238000.net/thread-600300-1-1.html',
    kind: 'non-speech: news report (a city\'s sixth 环卫工人节 celebration; Discuz forum thread)',
    tests: 'Discuz chrome "找回密码", " 注册会员", "查看: 4683|回复: 8", a truncated thread title " 火... [复制链接]", "发表于 2020-10-27 09:54:40 | 显示全部楼层 |阅读模式"; the headline; a rhetorical question in the lead; image file names "1.jpg"…"7.jpg" on their own lines among blank lines; song titles in 《》; the bureau chief\'s words quoted in the first person after "他说道:“" — a report, not a speech; cut mid-phrase ("副局长")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-profile-cthj-zongjingli-zhici-about-page-meta-not-speech': {
    source: 'https://www.cthj-co.com/page/126.htm',
    kind: 'non-speech: company profile (a state-owned sanitation group\'s "关于我们" page headed 总经理致辞)',
    tests: 'a column "关于我们"; the slogan line "聚焦环境谋发展 追求卓越争一流"; the heading "总经理致辞"; a "发布日期: 2023-12-26 21:40 信息来源: 办公室 访问次数: 12427" line; a blank line; the company described in the third person ("公司…") with profile sections opening "昨天:" and "今天:"; no salutation, no audience — written, not a speech, though the heading names 致辞; cut mid-word ("精细化管")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-dxs-big5-tianlu-shizhang-huanwei-jianghua-blank-lines-not-speech': {
    source: 'https://www.dxs.tw/du/80117/43728207_2.html',
    kind: 'non-speech: novel (a chapter in which a mayor speaks on traffic, 衛生 and 環衛工 fines; traditional-script reading site)',
    tests: 'a crumb "首頁 > 天路 > 章節內容", "我的書架", the chapter heading "第1640章折騰(2/2)"; the mayor\'s speech in paragraphs opening with "“" that never close, double blank lines between them; converter forms (怎麽, 這裏, 幾分鍾, 體麵); fines, 環衛工 pay and stray dogs — a character\'s words in a novel, not a speech; cut mid-word ("怎麽處")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
