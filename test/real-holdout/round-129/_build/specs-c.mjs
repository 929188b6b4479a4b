// Gold specs for holdout round 129, part C (cases 13–18): investment promotion (招商引资 推介会 致辞, 项目 签约仪式 讲话,
// 招商 工作会议 讲话, 营商环境 座谈会 讲话; look-alikes: a 招商 政策, a news report).
// No speech: nineteen searches of the pages corpus (推介会 致辞, 签约仪式 讲话/致辞, 全县招商引资工作会议 讲话, 营商环境 座谈会/
// 推进会 讲话, 表态发言, 主持词, 政企座谈会, 经贸洽谈会 开幕式 致辞, 商会 回乡投资 致辞, 招商局长 讲话, "致辞全文", and the
// traditional forms 講話/致辭/簽約儀式) answered with speeches on used hosts only or on template twins (below), so all six pages
// are look-alikes, chosen to sit as close to the theme's speeches as the corpus allows:
// 13 a blog repost (mypaper.pchome.com.tw, traditional) of a city news report on a mayor signing MOUs with six Japanese firms:
// the blog bar "24h購物| | PChome| 登入", a "2012-06-22 21:26:42| 人氣698| 回應0 | 上一篇 | 下一篇" meta line, a "推薦 0 收藏 0
// 轉貼0 訂閱站台" bar, the headline, a line of two spaces and blank lines, a "(記者…/台南報導)" lead, the mayor's 致詞 reported
// in the third person ("賴市長致詞時…他表示,…", "他說,…"), the site's "201012月" (year glued to month) kept, cut mid-sentence
// ("也看") — a news report of a 簽約 ceremony, not a speech.
// 14 a financial news page (m.cnyes.com, traditional) on the 2017 台灣全球招商論壇: the headline "…總統:投資台灣最好時刻到來"
// quoting the speech, a "鉅亨網新聞中心 2017-10-06 11:52" line, the president's 致詞 reported ("蔡英文總統為開幕式致詞時強調,…",
// quoted slogans in 「」), spaces around every figure ("今 (6) 日", "22 家"), a "▲ …(圖/記者…攝, 2017.10.6)" photo caption, a
// "『新聞來源/NOWnews http://www.nownews.com/』" credit, and the footer "- 掌握全球財經資訊點我下載APP / 鉅亨贏指標 / 了解更多延伸閱讀 /
// 上一篇 / 下一篇" — a news report, not a speech.
// 15 a spun copy (33jin.com) of a provincial government 通知 issuing a 实施方案 on private investment (the theme's 招商 政策):
// a "您的位置:主页 > 公告动态 > 投资资讯 > 投资资讯" breadcrumb, the page title cut after "实行" with an unclosed "《", the notice's
// title over three lines, the number "粤府办〔2023〕5号", an addressee line ending in ":" (looks like a salutation), the office and
// date, the 方案's title over two lines, a preamble, a "一、" heading, an "(一)" heading and "1." "2." "3." items — every 发展 spun
// to 生长, 改革 to 改造, 实施 to 实行, 加大 to 加鼎, 监管 to 羁系, 负责 to 卖力 (kept) — a written document, not a speech; cut
// mid-word ("采购项").
// 16 a mis-encoded traditional mirror (huiyouduo.net) of a city government's online interview on its 招商引资攻坚年: pinyin
// glued after converted characters ("實(shí)施", "攻堅(jiān)"), a mis-encoded run ("要?jiǎng)?wù)"), the headline, "主題:"
// / "嘉賓:" / "時(shí)間:" lines, "簡(jiǎn)介" over a lead that is printed twice (once after "簡(jiǎn)介:" under the "文字實(shí)錄"
// label and a two-line subtitle), then "【主持人】:各位網(wǎng)友,大家好。…" addressing the audience — an interview transcript, not a
// speech; cut mid-sentence.
// 17 a novel chapter (m.hanwang.cc, 官道之绝对权力) in a mobile reader: chrome lines "足迹 / <book> / 登录 / 关灯 / 护眼 / 字体:",
// the chapter heading with "(第1页)", then the closing lines of a character's 招商引资会 致辞 in quotes — a salutation "各位领导、
// 各位来宾、各位投资商,…", "“最后,预祝本次招商引资会…!祝…!”" — followed by narration, bracketed inner thoughts "【…】" and a
// host's line "下面,有请…致辞!" — a novel, not a speech.
// 18 a press page (rmzxb.com.cn, 人民政协网) with the transcript of a CPPCC press conference on the business environment: the
// headline "叶青:营商环境需要政府和企业自身共同努力", a "2019年03月06日 17:21| 来源:人民政协网 分享到:" line, a dateline lead, the
// same photo caption twice with the photographer's credit, "以下为文字实录:", a reporter's question and the member's spoken answer
// in the first person ("我们民营企业…", "我认为") under the speaker labels "工人日报记者:" / "叶青:" — a press-conference transcript,
// not a speech (no address to an audience, question and answer); cut mid-sentence ("你才能赢").
// Judgement calls: all six are isSpeech false with empty noise, paragraphs and outline; 16's title drops the glued pinyin as the
// title conventions drop pinyin annotations; 15's title is the notice's own title joined from its three lines (the page title
// above it is cut off after "实行"); 17's title is the chapter heading without "(第1页)". Names of private people (the reporters,
// the photographers) were replaced by fictional ones; public figures and the novel's characters kept; the prose was rewritten.
// Looked for and not found on a new host: any 招商 推介会 致辞, 签约仪式 讲话, 招商引资工作会议 讲话 or 营商环境 座谈会 讲话 — the
// corpus's copies stand on teniu, sougaozi, fanwen112, mingyanjiaju, xinwenku, wm114, dawenge, cedoc, jinchutou, bimoxiezuo,
// gwxzwenku, sdfengxin, wtabcd, taowenge, gongwk, laowenmi, laobiganzi, 9000bbs, 7rdy, gaozihui, yfs8, dawenbi, apgei, alatiku,
// yiqiwanjituan, runfargroup, fanwen120, 6dgww, refanwen, kfanwen, fanwenmuban, wenrenren, qjfang and the ruiwen family (oh100,
// unjs), all used; a traditional-script mirror of such a speech on a fresh host (9000bbs, yiqiwanjituan, sdfengxin are used); a
// 文库/docx viewer copy (taowenge, gongwk, jinchutou, wenke99 are used). So the part holds no speech and no numbered speech point.
// Template twins set aside: luoyanghlwj.com (a 开工仪式 致辞 collection on the 90doc/tcysjy/mchqing farm: title, 小编 promo,
// "…致辞1尊敬的…" heading glued to the salutation, backtick marks, "……此处隐藏5078个字……" — set aside as in rounds 122 and 125);
// 156152.com (a traditional mirror of gz.gov.cn's 政府文件 page, "/zwgk/fggw/szfwj/content/post_…", a 招商引资 指导意见; gz.gov.cn
// is used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-news-pchome-mypaper-tainan-mou-qianshu-blog-renqi-not-speech': {
    source: 'http://mypaper.pchome.com.tw/sweetcandy0606/post/1323037279',
    kind: 'non-speech: news report (a city news report on a mayor signing investment MOUs with six Japanese firms, reposted on a blog; traditional)',
    tests: 'blog chrome "24h購物| | PChome| 登入", a "2012-06-22 21:26:42| 人氣698| 回應0 | 上一篇 | 下一篇" meta line and a "推薦 0 收藏 0 轉貼0 訂閱站台" bar; the headline; a line of two spaces and blank lines; a "(記者…/台南報導)" lead; the mayor\'s 致詞 at the signing reported in the third person ("賴市長致詞時…他表示,…", "他說,…"); the site\'s "201012月" kept; figures in 平方公里, 小時, 億新台幣; cut mid-sentence ("也看") — a news report, not a speech',
    isSpeech: false,
    title: '台南優越投資環境再獲肯定 賴市長與6家日商企業簽署合作意向書',
    noise: [],
    outline: [],
  },
  '14-news-cnyes-quanqiu-zhaoshang-luntan-zhici-reported-big5-caption-not-speech': {
    source: 'https://m.cnyes.com/news/id/3933938',
    kind: 'non-speech: news report (the 2017 台灣全球招商論壇 and the president\'s opening 致詞, on a financial news site; traditional)',
    tests: 'a headline quoting the speech ("全球招商論壇登場總統:投資台灣最好時刻到來"); a "鉅亨網新聞中心 2017-10-06 11:52" line; the 致詞 reported in the third person ("蔡英文總統為開幕式致詞時強調,…", "她指出,…") with quoted slogans in 「」; spaces around figures ("今 (6) 日", "22 家", "5+2"); an English gloss "(Letter of Intent , LOI)"; a "▲ …(圖/記者…攝, 2017.10.6)" photo caption; a "『新聞來源/NOWnews http://www.nownews.com/』" credit; the footer "- 掌握全球財經資訊點我下載APP / 鉅亨贏指標 / 了解更多延伸閱讀 / 上一篇 / 下一篇" — a news report, not a speech',
    isSpeech: false,
    title: '全球招商論壇登場總統:投資台灣最好時刻到來',
    noise: [],
    outline: [],
  },
  '15-tongzhi-33jin-minjian-touzi-shixing-fangan-spun-crumb-yi-paren-not-speech': {
    source: 'https://33jin.com/a/news/quote/2023/0409/3138.html',
    kind: 'non-speech: 通知 (a provincial government office issuing a 实施方案 on private investment; spun copy on an investment-news site)',
    tests: 'a breadcrumb "您的位置:主页 > 公告动态 > 投资资讯 > 投资资讯"; the page title cut after "实行" with an unclosed "《"; the notice\'s title over three lines; "粤府办〔2023〕5号"; an addressee line ending in ":" (looks like a salutation); the office and the date; the 方案\'s title over two lines; a preamble with a document number; a standalone "一、" heading, an "(一)" heading and "1." "2." "3." items, each with a bracketed responsible office; synonym-spun wording throughout (生长 for 发展, 改造 for 改革, 实行 for 实施, 加鼎 for 加大, 羁系 for 监管, 卖力 for 负责); cut mid-word ("采购项") — a written document, not a speech',
    isSpeech: false,
    title: '广东省人民政府办公厅关于印发广东省进一步加鼎力度支持民间投资生长实行方案的通知',
    noise: [],
    outline: [],
  },
  '16-fangtan-huiyouduo-zhaoshang-gongjiannian-zaixian-fangtan-big5-pinyin-not-speech': {
    source: 'http://www.huiyouduo.net/news/888E013B7288F8B2.html',
    kind: 'non-speech: online interview (a city government\'s 在线访谈 on its 招商引资攻坚年; mis-encoded traditional mirror)',
    tests: 'pinyin glued after converted characters ("實(shí)施", "攻堅(jiān)", "發(fā)展") and a mis-encoded run ("要?jiǎng)?wù)"); the headline, then "主題:" (the headline again), "嘉賓:" and "時(shí)間:" lines; "簡(jiǎn)介" over a lead in the third person; a "文字實(shí)錄" label, a two-line subtitle and the lead again after "簡(jiǎn)介:" (one word changed); then "【主持人】:各位網(wǎng)友,大家好。…" addressing the audience; cut mid-sentence — an interview transcript, not a speech',
    isSpeech: false,
    title: '深入實施招商引資攻堅年 以高質量招引助推高質量發展',
    noise: [],
    outline: [],
  },
  '17-novel-hanwang-zhaoshang-hui-kaimushi-zhici-quoted-reader-chrome-not-speech': {
    source: 'http://m.hanwang.cc/dushu/192927/36959987.html',
    kind: 'non-speech: novel (a chapter of an officialdom novel opening on a character\'s 招商引资会 致辞; mobile reader)',
    tests: 'reader chrome "足迹 / 官道之绝对权力 / 登录 / 关灯 / 护眼 / 字体:" on their own lines; the chapter heading "第二百七十九章 好戏开场(第1页)"; the page opening on the last four sentences of a 致辞 in quotes (salutation "各位领导、各位来宾、各位投资商,…", "“最后,预祝本次招商引资会…!祝…!”"); then narration, bracketed inner thoughts "【…】", a host\'s line "“下面,有请…致辞!”", indents of two spaces — a novel, not a speech',
    isSpeech: false,
    title: '第二百七十九章 好戏开场',
    noise: [],
    outline: [],
  },
  '18-jizhehui-rmzxb-yingshang-huanjing-wenzi-shilu-caption-twice-not-speech': {
    source: 'http://www.rmzxb.com.cn/c/2019-03-06/2302248.shtml',
    kind: 'non-speech: press-conference transcript (a CPPCC member answering on the business environment; 人民政协网)',
    tests: 'a headline quoting the member ("叶青:营商环境需要政府和企业自身共同努力"); a "2019年03月06日 17:21| 来源:人民政协网 分享到:" line; a dateline lead listing the panel in the third person; the same photo caption twice with the photographer\'s credit "新华网 中国政府网 … 摄"; "以下为文字实录:"; speaker labels "工人日报记者:" and "叶青:" on their own lines; the answer spoken in the first person ("我们民营企业…", "在我看来") — a question and an answer, not an address; cut mid-sentence ("你才能赢") — a transcript, not a speech',
    isSpeech: false,
    title: '叶青:营商环境需要政府和企业自身共同努力',
    noise: [],
    outline: [],
  },
};
