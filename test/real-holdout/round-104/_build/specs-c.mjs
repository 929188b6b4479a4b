// Gold specs for holdout round 104, part C (cases 13–18): farewells and taking office (退休 欢送会, 离任 告别, 新任
// 就职/任职 表态, 调任 交接 — and their look-alikes: a 任免 通知, news reports).
// One spoken piece (13) and five written look-alikes (14–18):
// 13 — a university president's 离任 讲话 at the meeting that announced his successor, reposted on an alumni forum
// (fuaaj.org) and captured in Discuz's printable view: "Board logo", "标题: <title> [打印本页]", a run-together
// "作者: kokachou    时间: 2009-1-17 13:01     标题: <title>" line, the title again, the speech's own date line
// "(2008年1月14日)" between blank lines, "同志们:", indented paragraphs (one very long), ASCII quotes ("211工程"),
// "有两点体会最深。" and then a lone inline "一是十年来,学校整体实现了跨越式的发展。" whose 二是 lies past the cut,
// cut mid-sentence ("我们以"). Tests the printable-view chrome and the one-marker inline run at the cut.
// 14 — a 范文 page (fanwenm.hao86.com) that offers a reporter's farewell note as a "告别发言稿": the site's generic
// 发言稿 promo ("在快速变化和不断变革的新时代,…下面是小编整理的关于告别发言稿,希望对大家有所帮助。") glued to no title,
// then a first-person note on leaving a newspaper ("作为“临走之人”的掏心话,写下下面这些文字:"), a "一、关于感谢"
// heading line and short thank-you lines to named colleagues, cut at "感谢" — written, not a speech (no address to an
// audience, "写下…文字"), though the site calls it a 发言稿; tests that a 发言稿 promo plus a 一、 heading do not make a
// speech. 15 — a provincial government's 1985 notice on the 任免 of state functionaries on a traditional-script mirror
// of a 法规库 (m.galtzs.cn) with converter pinyin after many characters ("法規(guī)庫(kù)", "關(guān)于", "國(guó)務(wù)院"),
// the simplified leftovers 于/干部, a document number line, a "頒布時(shí)間:1985-05-04 00:00:00.000 發(fā)文單位:…" line,
// "現(xiàn)就…通知如下:", a "一、任免權(quán)限" heading and "1、/2、/3、以下人員,由…任免:" items with lists of posts —
// a 通知, not a speech. 16 — a Canadian Chinese portal's (sinoca.com) copy of a Xinhua report on a new university
// president taking office: pipe-only lines ("|"), the headline ending " |", a "www.sinonet.org 2013-06-26 新华网
// [复制链接] 字体:大 中 小 |" bar, the president's first speech quoted and summarised in the third person ("林建华直言,
// …", "林建华说,…"), the portal's brand and URL glued to the last paragraph, a "[声明] …" disclaimer and
// "| | 相关文章 |" — a news report, not a speech. 17 — a university news item (news.bua.edu.cn) on a welcome
// meeting for newly retired staff, with no headline in the capture: the secretary "到会并讲话", "她指出,…", "她强调,…",
// "她希望…", the deputy secretary "说,…" — a report of the 讲话, not the 讲话; cut mid-sentence ("感谢"). 18 — a retired
// hospital personnel officer's blog post on a Taiwan blog host (san341018.pixnet.net), traditional script: a lead
// paragraph, photo captions each followed by an image file name line ("2021.01.31玉里老菜脯節1.jpg"), then
// "  臨別感言 (2010年12月31日)" and the story of how his farewell letter was to be read aloud at his 惜別餐會, lines of
// blanks and the letter's heading "給玉里榮民醫院同仁的一封信", cut at "那天我到" — a blog post about a farewell, not
// a speech.
// Judgement calls: 13's title is the thread title as printed (also the bare line over the date); the brand line, the
// "标题:…[打印本页]" line and the 作者/时间 line are the forum's (noise, with "[打印本页]" and "kokachou" listed again as
// shorter parts); the date line "(2008年1月14日)" is the speech's own date line and stays; "有两点体会最深。一是…" is a
// run of one inline marker cut by the end of the capture, so "一是" is an optional level-1 item (no headings above it).
// 14 is not a speech although the promo names the genre (as round 7's "…代表发言稿" digest): the text is a written note;
// its "一、关于感谢" therefore yields no outline. 15–18 are written. Every non-speech title is the page's own headline;
// 14, 17 and 18 show none in the capture, so their titles are "".
// Looked for and not found on an unused host: a 退休欢送会 讲话 or 荣退 发言 with numbered points (rlxzw.com's 一、 headings,
// qqjlz.com's 第一,/第二, regraff.com, jianli.yyfangchan.com, qzlndx.org, 1mishu.com, meipian.cn, aihuau.com,
// u.sanwenwang.com, wenrenren.com, studyofnet.com, m.jifanwen.com are used); a 离任 告别 讲话 other than 13
// (gz-shine.com, glnlw.com, wenmijiayuan.cn, yunko.cn, 39ysw.com, juzitu.cc, qywxsc.com, emrowgh.com's 一、/1、 校长离任讲话
// and wm114.cn's paywalled ones are used); a 新任 就职/任职 表态发言 (every hit was a novel chapter — 3dddy.com, jxjtwl.com,
// soumal.com, 2sqg.com, ccshw.net, luegeng.com, 008kpd.life, akshuwu.com, panlong.org — or a guide on a used host:
// fudaoke.com, 110120122.xyz, 520zcw.cn; 3du.tw's 新任校長就職發言稿 with 第一個詞/第一, is used); a 交接会议 讲话 (wm114.cn
// only); a 文库/document viewer page of any of these (m.777doc.com, xiezuofangchengshi.com, m.wnwk.com are used). So only
// one speech, and it carries a single numbered point; the theme's fresh hosts hold news reports, notices, blogs and
// novels.
// Template twins set aside: bookingtool.com.cn (the "/zhuantifanwen/<col>/<id>.html" farm: "下面是小编为大家整理的…
// 【完整版】,供大家参考。" promo over 宿迁 离任 讲话). Kept after a look: 13's Discuz printable view is generic forum software
// (used before on other, unrelated forums, e.g. 绿色圃), not one organisation's CMS; 14's promo text is the widely copied
// ruiwen-style intro, but its page shows none of the ruiwen family's furniture (no "- 相关推荐", no 时间/作者/栏目 line, no
// "…1" piece heading).
// Written from page.txt alone, before any engine ran on it. Living people's names that are not public figures (reporters,
// university staff, the blogger and his friends, the note-writer's colleagues) were replaced by fictional ones; the
// prose was rewritten.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FU_BRAND = 'Board logo';
const FU_TITLE = '王生洪原校长在离任大会上的讲话';
const FU_HEAD = '标题: 王生洪原校长在离任大会上的讲话 [打印本页]';
const FU_META = '作者: kokachou    时间: 2009-1-17 13:01     标题: 王生洪原校长在离任大会上的讲话';

export const specs = {
  '13-jianghua-fuaaj-liren-discuz-printable-date-line': {
    source: 'http://www.fuaaj.org/bbs/viewthread.php?action=printable&tid=2372',
    kind: 'speech: 讲话 (a university president\'s farewell at the meeting announcing his successor; alumni forum, Discuz printable view)',
    tests: 'Discuz printable chrome: "Board logo", "标题: <title> [打印本页]", a run-together "作者: kokachou    时间: 2009-1-17 13:01     标题: <title>" line; the title again on its own line; the speech\'s own date line "(2008年1月14日)" between blank lines; "同志们:"; indented paragraphs, one very long, with ASCII quotes ("211工程"); "有两点体会最深。" then a single inline "一是十年来,…。" whose 二是 lies past the cut; cut mid-sentence ("我们以")',
    isSpeech: true,
    title: FU_TITLE,
    noise: [FU_BRAND, FU_HEAD, FU_META, '[打印本页]', 'kokachou'],
    dropLines: [FU_BRAND, FU_HEAD, FU_META, FU_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '十年来,学校整体实现了跨越式的发展', optional: true },
    ],
  },
  '14-fayangao-hao86-gaobie-promo-reporter-note-yi-heading-not-speech': {
    source: 'https://fanwenm.hao86.com/413181',
    kind: 'non-speech: personal farewell note (a reporter leaving a newspaper) offered by a 范文 page as a 告别发言稿',
    tests: 'the site\'s generic 发言稿 promo ("在快速变化和不断变革的新时代,需要使用发言稿的事情愈发增多,…下面是小编整理的关于告别发言稿,希望对大家有所帮助。") and no title line; a first-person note on the writer\'s birthday and resignation ("作为“临走之人”的掏心话,写下下面这些文字:"); a heading line "一、关于感谢"; short thank-you lines naming colleagues; a "20xx" placeholder; cut at "感谢" — written, not a speech, though the promo calls it a 发言稿',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '15-tongzhi-galtzs-renmian-big5-pinyin-fagui-yi-1-not-speech': {
    source: 'http://m.galtzs.cn/new/63/74/117/2006/2/wa249843852152260023944-0.htm',
    kind: 'non-speech: 通知 (a provincial government\'s 1985 notice on appointing and removing state functionaries; traditional-script 法规库 mirror)',
    tests: 'a "法規(guī)庫(kù)" column line; converter pinyin after many characters (關(guān), 國(guó), 機(jī), 長(zhǎng), 門(mén), …) with the simplified leftovers 于 and 干部; the notice\'s title, a document number line "皖政[1985]38號(hào)" and a "頒布時(shí)間:1985-05-04 00:00:00.000 發(fā)文單位:…" line; "現(xiàn)就…通知如下:"; a heading "一、任免權(quán)限" and items "1、/2、/3、以下人員,由…任免:" each followed by a list of posts — a written notice, not a speech; cut after the third item',
    isSpeech: false,
    title: '安徽省人民政府關于任免國家機關工作人員問題的通知',
    noise: [],
    outline: [],
  },
  '16-news-sinoca-jiuren-xiaozhang-pipe-bars-brand-glued-not-speech': {
    source: 'http://sinoca.com/news/china/2013-06-26/275068.html',
    kind: 'non-speech: news report (Xinhua report of a new university president taking office, on a Canadian Chinese portal)',
    tests: 'pipe-only lines "|"; the headline ending " |"; a "www.sinonet.org 2013-06-26 新华网 [复制链接] 字体:大 中 小 |" bar; a "新华网杭州6月26日电(记者…)" lead; the president\'s first speech quoted in part and reported in the third person ("林建华直言,…", "林建华说,…"); the portal\'s brand and URL glued after the last paragraph; a "[声明] …" disclaimer ending " |" and "| | 相关文章 |" — a news report, not a speech',
    isSpeech: false,
    title: '林建华在抗议声中就任浙大校长 称将要卧薪尝胆',
    noise: [],
    outline: [],
  },
  '17-news-bua-huanying-xintuixiu-zuotanhui-zhichu-qiangdiao-not-speech': {
    source: 'https://news.bua.edu.cn/info/1002/7642.htm',
    kind: 'non-speech: news report (a university\'s welcome meeting for newly retired staff)',
    tests: 'no headline in the capture; the meeting, the flowers and the officials\' words told in the third person ("到会并讲话", "她指出,…", "她强调,…", "她希望…", "刘建国说,…", "刘书记祝愿…"); blank lines between some paragraphs; "“致新退休同志的一封信”" named; cut mid-sentence ("感谢") — a report of a 讲话, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-blog-pixnet-linbie-ganyan-big5-photo-captions-jpg-not-speech': {
    source: 'https://san341018.pixnet.net/blog/post/404302756',
    kind: 'non-speech: blog post (a retired hospital personnel officer recalls his farewell remarks; Taiwan blog, traditional script)',
    tests: 'genuine traditional script (Taiwan); a lead paragraph in the third person about the author himself; photo captions each followed by an image file-name line ("2021.01.31玉里老菜脯節1.jpg"); a dated section line "  臨別感言 (2010年12月31日)"; the story of planning a letter to be read aloud at his farewell dinner; blank-space lines; the letter\'s heading "給玉里榮民醫院同仁的一封信"; cut at "那天我到" — a blog post, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
