// Gold specs for holdout round 125, part B (cases 07–12): anti-fraud campaigns (反诈 / 防范电信网络诈骗 — mobilisation
// meetings, campus and community talks, bank and finance 防诈 days — and their look-alikes).
// No spoken piece on a fresh host: all six pages are written look-alikes. A 倡议书 of two Zhengzhou schools to their
// teachers and students (zzxxjs.net): the headline naming both schools, the date split over three lines ("2023" /
// "03/21" / "10:08") and a "责编:" line, a salutation-like "亲爱的老师们、同学们:", "学校向全体师生提出如下倡议:",
// "一、 " headings with a space and "1. " items — an appeal in writing, not a speech; a magazine's news item on a
// township's 反诈骗 study session (zgzzs.com.cn): the magazine name and the reporter's name glued before the first
// sentence, a police chief's talk told in the third person, a 顺口溜 broken over eight lines, then the party secretary's
// requirements "又作了强调:一是要…。二是要…。三是要…。" reported after a colon, and a "责任编辑:" line — a report, not a
// speech; a news feature on a bank branch's 反诈小课堂 (80hlw.com): the headline, a poster line "创始人", a timestamp, a
// bare comment count "0", the lobby manager's quoted greeting ("各位客户朋友下午好,欢迎来到今天的反诈小课堂。…") as the
// opening, ASCII quotation marks around "安全锦囊", headings "一、…" "二、…" "三、…" on lines of their own — a report
// written around a quoted address, not a speech; a county government's news of a 反诈 campaign launch and flag
// ceremony (jiaoling.gov.cn): a city name "梅州" alone, a "当前位置:首页 > …" breadcrumb, the headline with a stray space
// before 授旗仪式, a "时间:… 来源:本网 浏览次数:-" line, a "字号:" widget label, indented paragraphs, the vice-county-
// head's 讲话 summarised in the third person ("在讲话中指出,…") and a vox-pop line cut mid-sentence — a report; a personal
// essay in a garment company's in-house paper (hc-ml.com): the issue name, a breadcrumb "首页 > 华城报 >…", the essay's
// title "纳凉晚会", a "发布时间:… 被阅读:719" line, six-space indents, a first-person account of a summer-evening 反诈骗
// gala, a line of spaces, "下一篇:" and a copyright footer with an ICP number — an essay, not a speech; a traditional-
// script converter mirror of a Guangxi news item (china-hongbo.com) on the launch of a 反詐大講堂 touring schools,
// firms and communities: pinyin after a fixed set of characters (聯(lián), 國(guó), 場(chǎng), 進(jìn), 動(dòng), 識(shí), 網(wǎng), 絡(luò)…),
// punctuation doubled by the converter (",," ",、" ",。"), no headline, a citizen's quoted remark — a report, cut at a
// sentence end.
// Judgement calls: all six are isSpeech false with empty noise, paragraphs and outline, as the conventions ask of
// look-alikes. 07's salutation and numbered 一、/1. items make it look like an address, but an 倡议书 is a written
// genre (like the shared corpus's 通知 with an addressee line). 08's inline 一是/二是/三是 after a colon and full stops
// are the reporter's summary of requirements (round 4 case 15, round 72 case 05). 09 opens with a quoted first-person
// greeting, but the page is told by a reporter ("…正在开展。大堂工作人员借助…") and its 一、二、三、 are the article's
// section heads. 10's headline names a ceremony and the body reports a 讲话. Titles are the pages' headlines; 08 and 12
// print none in the capture, so their titles are "".
// Looked for and not found on a new host (22 queries of the pages corpus): a 反诈 宣传 动员 讲话 (laojin123.com and
// laobiganer.com hold two, with 一、 headings, but both are used hosts); a 反诈进校园 讲座 开场 or 国旗下讲话 (the corpus
// answers with school news of such talks); a 金融 防诈 致辞 or 表态发言 by a bank (only bank news and one staff essay);
// a 反诈 主持词 (none); a traditional mirror of a 反诈 speech (m.boteman.cn's 文库 viewer of a 反詐騙銀行宣傳演講稿 and
// cnleizhuo.com's/thefilledlantern.com's/emploneer.com's 預防詐騙演講稿 are used hosts); a 反诈 倡议书 on jianpian.cn
// (used). wenku.docs.qq.com's 防诈骗安全教育演讲稿 is used too. So the theme offered no fresh speech at all, let alone a
// numbered one; the part is six look-alikes.
// Template twins set aside: niuchui.com and 9136.com (the ruiwen family: "- 相关推荐" over the title, "以下是小编…希望能够
// 帮助到大家", "…演讲稿1" piece headings) with 中小学/小学生 防诈骗演讲稿; 51hpshop.com (the "/fanwendaquan/<col>/<id>.html"
// farm with "下面是小编为大家整理的…(3篇),供大家参考。" and "…篇一" headings, as dao518/huatianclub/wypgzs) with a
// 预防诈骗演讲稿; zicool.com (the "您的当前位置:首页正文 / title / date 来源:<site>网" 文库 template of the used yrrf.cn)
// with a 关于预防网络诈骗的演讲稿 篇3. tynews.floppy-demo.com (a traditional news item quoting a police officer's opening
// words to pupils) is a used host. twdc.police.gov.hk (a genuine traditional police-magazine item on a 防騙講座 whose
// 開幕辭 is reported) was claimed and then left for china-hongbo.com, whose capture is longer and carries more artifacts.
// Private people's names (editors, reporters, a citizen, officials of the county and township, a lobby manager's
// nickname, police officers) were replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '07-changyishu-zzxxjs-fangzha-shisheng-meta-lines-yi-dot-items-not-speech': {
    source: 'http://zzxxjs.net/xwzx/tzgg/03/13983.shtml',
    kind: 'non-speech: 倡议书 (two Zhengzhou schools to their teachers and students, against telecom fraud; school site)',
    tests: 'the headline naming both schools ("郑州市信息技术学校 郑州市第十中学 致全体师生防电信诈骗的倡议书"); the date split over three lines ("2023" / "03/21" / "10:08") and a "责编:" line; a salutation-like "亲爱的老师们、同学们:"; a preamble ending "学校向全体师生提出如下倡议:"; "一、 " and "二、 " headings with a space after the comma, "1. " to "4. " items with a space, each opening "<kind>诈骗:" or ending in 。; blank lines between all paragraphs — a written appeal, not a speech; cut mid-sentence ("始终保持")',
    isSpeech: false,
    title: '郑州市信息技术学校 郑州市第十中学 致全体师生防电信诈骗的倡议书',
    noise: [],
    outline: [],
  },
  '08-news-zgzzs-dashiqiao-fanzha-xuexihui-byline-glued-shunkouliu-yishi-after-colon-not-speech': {
    source: 'https://zgzzs.com.cn/index.php/article/detail/id/112260.html',
    kind: 'non-speech: news report (a township\'s 反诈骗 study session, in a magazine\'s web edition)',
    tests: 'no headline in the capture; the magazine name and the reporter\'s name glued before the first sentence ("《祖国》杂志 韩立成 为持续织密反诈防线,…"); the police chief\'s talk in the third person; a 顺口溜 whose first couplet ends the paragraph after a colon and whose seven other couplets stand one a line; the party secretary\'s "又作了强调:一是要…。二是要…。三是要…。" in one reported paragraph; a "责任编辑:" line at the end — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '09-news-80hlw-nonghang-fanzha-ketang-quoted-opening-yi-headings-not-speech': {
    source: 'http://www.80hlw.com/guonei/2706335.html',
    kind: 'non-speech: news report (a bank branch\'s 反诈 class for waiting customers; news aggregator)',
    tests: 'the headline with a "——" subtitle; a poster line "创始人", a timestamp line and a bare comment count "0"; the lobby manager\'s quoted greeting "“各位客户朋友下午好,欢迎来到今天的反诈小课堂。我是大堂经理小刘,…”" as the first sentence, then the reporter\'s narration; ASCII double quotes around "安全锦囊" next to full-width ones; section heads "一、…", "二、…", "三、…" on lines of their own with a quoted case story (an unclosed quotation and a missing full stop before "工作人员从真实案例讲起") — a report written around a quoted address, not a speech; cut mid-word ("‘延")',
    isSpeech: false,
    title: '农行菏泽花城支行:筑牢反诈防火墙 守护百姓钱袋子——银行网点开展反诈宣传活动',
    noise: [],
    outline: [],
  },
  '10-news-jiaoling-fanzha-shouqi-crumb-meta-jianghua-reported-not-speech': {
    source: 'https://www.jiaoling.gov.cn/zwgk/gzdt/zwyw/content/post_2369881.html',
    kind: 'non-speech: news report (a county\'s 反诈 campaign launch and a bank team\'s flag ceremony; county government site)',
    tests: 'the city name "梅州" alone on the first line; "当前位置:首页 > 政务公开 > 工作动态 > 政务要闻"; the headline with a stray space before 授旗仪式 (repeated in the first sentence); a "时间:… 来源:本网 浏览次数:-" line and a "字号:" widget label; paragraphs indented with two spaces and separated by blank lines; the vice-county-head\'s 讲话 summarised in the third person ("钟建华在讲话中指出,…"); a vox-pop line "市民:如果是中奖信息的话,不要轻易" cut mid-sentence — a report, not a speech',
    isSpeech: false,
    title: '全民反诈 共建平安 我县举行2022年反诈宣传系列活动暨“农商反诈宣传队” 授旗仪式',
    noise: [],
    outline: [],
  },
  '11-essay-hcml-naliang-wanhui-fanzha-crumb-meta-footer-not-speech': {
    source: 'http://hc-ml.com/pview.asp?PID=11498',
    kind: 'non-speech: personal essay (a summer-evening 反诈骗 gala, in a garment company\'s in-house paper)',
    tests: 'the issue name "2020年华城报第17期", a breadcrumb "首页 > 华城报 >2020年华城报第17期" with a missing space, the essay\'s title "纳凉晚会", a "发布时间:2021-02-21 被阅读:719" line; paragraphs indented with six spaces; a first-person account ("今天我早早吃过晚饭,…") with advice to grown children and old people; a line of spaces, "下一篇:暖心的一幕" and a "Copyright © 2005-2025 by … 浙ICP备…" footer — an essay, not a speech',
    isSpeech: false,
    title: '纳凉晚会',
    noise: [],
    outline: [],
  },
  '12-news-chinahongbo-big5-pinyin-fanzha-jiangtang-doubled-commas-not-speech': {
    source: 'https://china-hongbo.com/contents/77/20593.html',
    kind: 'non-speech: news report (launch of a city\'s 反詐大講堂 tour of schools, firms and communities; traditional converter mirror)',
    tests: 'a traditional-script converter mirror: pinyin after a fixed set of characters (聯(lián), 國(guó), 場(chǎng), 進(jìn), 動(dòng), 業(yè), 區(qū), 識(shí), 關(guān), 領(lǐng), 導(dǎo), 鄉(xiāng), 鎮(zhèn), 說(shuō), 個(gè), 現(xiàn), 網(wǎng), 絡(luò), 覺(jué), 會(huì), 發(fā), 當(dāng), 態(tài), 嚴(yán), 護(hù), 實(shí), 設(shè), 務(wù), 強(qiáng), 錢(qián), 擴(kuò), 財(cái), 產(chǎn)); punctuation doubled by the converter (",," ",、" ",。"); no headline; the organisers, the guests and a citizen\'s quoted remark, then the purpose of the campaign in the reporter\'s words — a report, not a speech; cut at a sentence end ("損失。")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
