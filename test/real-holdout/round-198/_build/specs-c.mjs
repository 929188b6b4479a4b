// Gold specs for holdout round 198, part C (cases 13–18): less common spoken genres — 解说词, 悼词, 答谢词 — and their
// look-alikes (a press roundup of 颁奖辞, a news report of a 颁奖典礼 where 颁奖词 were read, a compiler's preface to a
// memorial meeting's 讲话手稿).
// Three spoken pieces (a school sports meeting's 入场式解说词 on a traditional-script converter site (read199.com,
// "/content/id/<id>"): the page title "校運會入場解說詞", a category line "文章分類:學生作文", a related line
// "你也會想看的:喂鴿子作文", a piece heading "篇一:生運動會入場式解說詞" whose "生" lost the character before it (學生), then
// the document's own title over two lines ("應山市桂河鎮中心2013年春季運動會" / "入場式解說詞"), a four-line epigraph with a
// space inside each line, the salutation, "大傢上午好!" (converter 傢, 瞭 and 國傢 throughout), a space before a quotation
// mark ("為推進 “大傢唱…”"), the site's dropped character in "充分展現生活力四射", the opening declared, a block agenda line
// "第一項:運動員入場", class labels "一1)班代表隊:" / "一2)班代表隊:" (the bracket before 1 lost) each followed by its
// paragraph, cut mid-word ("步伐堅"); a 悼词 for a young man on an article site (tiantang6.com, "/m/<id>/jidian_<n>.html"):
// no title and no salutation in the capture — the first line is "今天我们聚在这里,送别林骁." with an ASCII full stop —
// ASCII double quotes round a line of verse that opens a paragraph, "接受——…,接受--…,接受---…" with three dash shapes
// inside a paragraph, a space before a comma ("每一个人 ,"), two lines of a bare "|" at the end, the whole stored page; a
// son's 答谢词 at his father's 告别仪式 on a personal blog (wjk888.tyblog.com, "/<id>.shtml"): no title, no site noise at
// all in the capture — salutation, a quoted proverb on its own line, the life story, "青年时期," / "中年时期," / "老年时期,"
// paragraphs of four-character phrases, the dialect honorific "怹" four times, cut mid-sentence ("我们为有这样一")) and three
// written look-alikes (a press roundup "《感动中国》20年颁奖辞集锦,来了!" on a company-news page (www.6789.com.cn,
// "/news/shownews.php?id=<id>"): a blank first line, the headline, a timestamp line, a bare view count "503", an editor's
// lead in short verse lines, blocks numbered "01" … "04" each with a year line, a name, a role and a "【颁奖辞】…" paragraph
// — a collection of quoted award citations, not a speech; a newspaper's mobile news item (shangbw.com,
// "/mobile/index.php?itemid=<id>&moduleid=21") on a primary school's first 最美教师 颁奖典礼: headline, date and 点击 line,
// reporter and correspondent line, lines holding a lone space, "教导主任…宣读了最美教师颁奖词", the teacher's
// words reported ("她说…"), editor and 来源 credit lines — a news report, not a speech; a forum post on a bare IP address
// (182.61.201.157, "/p/<id>", a tieba-style thread): the heading "难忘今天", the author's name spaced "苗 菁", a three-paragraph
// preface about a memorial meeting at the father's grave ("以下是追忆会上人们…的讲话手稿及书法作品,我将其整理成册…"), then
// the name and the whole preface again — a compiler's preface, not a speech).
// Judgement calls: 13 is a speech: a 解说词 is written to be spoken over the loudspeaker (salutation, "大傢上午好!", "…開幕式
// 現在開始。"), and on a collection page whose first piece is spoken the page counts as a speech (shared README); its title is
// the document's own two-line title joined ("應山市桂河鎮中心2013年春季運動會入場式解說詞"), as round 5 case 02 joined
// "共青团莲花镇第十二次代表大会" / "开  幕  词"; the page title "校運會入場解說詞" and the piece heading "篇一:生運動會入場式解說詞"
// (a site label, with the lost 學) are noise, as collection piece headings are (round 4 case 09, round 184 case 13); the
// category and related lines are site chrome; the epigraph lines are the document's own and stay (as a subtitle or poem
// in shared case 28); "生活力四射" keeps the site's dropped character (as round 184 case 03 kept its typos); "第一項:" opens a
// paragraph but is an ordinal with a noun outside the rule table → optional level 1 (as round 184 case 03's "第一项," and
// round 14 case 01's "第一项:"), its text the whole heading line ("運動員入場"); "一1)班代表隊:" is a class label, not 一、 or
// (一) nor a run → no item. 14 is a speech with no title ("" as round 6 case 07 and round 184 case 03): it speaks to the
// mourners in the first person ("今天我们聚在这里", "让我们…"); the two "|" lines are noise, listed as "|" (as round 42 case
// 16 listed its pipes); the dashes stand inside a paragraph, not at its start → no dash item. 15 is a speech with no title
// and no noise (a do-no-harm case like shared case 48): the salutation and "代表全家及亲属,谨致…谢意" make it a 答谢词;
// "青年时期," / "中年时期," / "老年时期," are not markers of any family → no outline; "怹" is the speaker's own word and stays.
// 16 is not a speech: the 颁奖辞 are quoted citations under an editor's lead ("《夜读》也选取了一些历年的颁奖辞"), a roundup
// like shared case 73; "01"…"04" are block numbers of the article. 17 is a news report (third person: "宣读了最美教师颁奖词",
// "她说…"), as round 184 case 05. 18 is not a speech: the compiler's preface tells of the meeting in the first person singular
// to readers ("我将其整理成册") and announces the 讲话手稿 that follow; like shared case 65 it is a personal essay. Names of
// private people (the young man, the father and the speaker's places, the teachers, reporters and editors, the preface's
// author and her village) were replaced by fictional ones, the school and county in 13 and 17 too; the prose was rewritten,
// the award citations in 16 included (the laureates' names and roles, public, stay).
// Looked for and not found on a new host: a 证婚词 or 祝酒词 as a page of its own (the stored ones are novel chapters:
// lazyhood.com, m.mmfgw.cn, ibqg.vip, sofiapaola.com, 2dsk.com, taianganlanyou.com, 4321i.com; 360doc.com's 父亲婚礼祝辞 is on
// a used host); a 悼词 or 答谢词 with 一是/第一 points (reader8.com's "一是…五是" 答谢词, 517lizhi.com, m.010zaixian.com,
// yilinhut.com, senfoo.com, m.t259.net, yiqiwanjituan.com, bxzi.com, gwyoo.com and m.2sdx.com are used); a 颁奖词 or 颁奖晚会
// 串词 page (baogao.oh100.com, m.meidekan.com, m.docduoduo.com, m.taodocs.com, m.bdocx.com, m.cooco.net.cn are used); an
// 晚会 开场白 (unjs.com, lpo831.com, m.lovfp.com, 78911.com.cn are used); a 导游解说词 (zuowendang.com, guanlizhe.com,
// yiqiwanjituan.com, kongtiaoguanjia.com, hbshangdie.cn named or used); a 寿宴 答谢 致词 (dxzy.org, 3du.tw used); guides on
// 答谢词/悼词 (apluntan.com, zuowentoutiao.com, laomiw.com, xhcct.com, m.shuoxu.com, jingpinshuku.com, i520i.com used).
// Found on new hosts but not taken: a 通商中国 晚宴 致辞 whose body is in English (www.businesschina.org.sg), an online memorial
// hall's 悼念 essay addressed to the dead teacher (article.netor.net; speech or essay undecidable), a flower-shop 悼词 page
// (twin, below).
// Template twins considered: hudielan.org and m.4001886789.net.cn (the flower-shop "listzt" template of used xhcct.com and
// m.zgxh.org); the "/jxfw/<yyyymm>/<id>.html" farm of used renwen.czt.cc (bbs.whwb.com.cn, www.ycwblaw.com, m.80end.cn,
// zh.17hubei.com.cn, bbs.sghqlz.com); m.shouyihuo.com (set aside by round 88 as itrip.net.cn's template); w.suneasecloud.com
// (named by rounds 62, 66, 74). twin.mjs found no shared noise line in any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const RD_PAGE = '校運會入場解說詞';
const RD_CAT = '文章分類:學生作文';
const RD_REL = '你也會想看的:喂鴿子作文';
const RD_PIECE = '篇一:生運動會入場式解說詞';

export const specs = {
  '13-jieshuoci-read199-big5-yundonghui-ruchang-collection-pianyi-two-line-title-poem-diyixiang-class-labels': {
    source: 'http://read199.com/content/id/21751',
    kind: 'speech: 解说词 (a school sports meeting\'s 入场式解说词; traditional-script converter site, collection)',
    tests: 'page title "校運會入場解說詞", category and related lines, a piece heading "篇一:生運動會入場式解說詞" with a lost character; the document\'s own title over two lines (joined as the title); a four-line epigraph with inner spaces; salutation; converter 傢/瞭; a space before a quotation mark; a dropped character left in a sentence; block "第一項:運動員入場" (ordinal + noun: optional); class labels "一1)班代表隊:" (no marker); cut mid-word ("步伐堅")',
    isSpeech: true,
    title: '應山市桂河鎮中心2013年春季運動會入場式解說詞',
    noise: [RD_PAGE, RD_CAT, RD_REL, RD_PIECE],
    dropLines: [RD_PAGE, RD_CAT, RD_REL, RD_PIECE, '應山市桂河鎮中心2013年春季運動會', '入場式解說詞'],
    outline: [
      { level: 1, marker: '第一項:', text: '運動員入場', optional: true },
    ],
  },
  '14-daoci-tiantang6-no-title-no-salutation-inline-dashes-pipe-tail': {
    source: 'http://tiantang6.com/m/102026214/jidian_13.html',
    kind: 'speech: 悼词 (a friend\'s words at a young man\'s memorial; article site)',
    tests: 'no title and no salutation: the first line "今天我们聚在这里,送别林骁." ends in an ASCII full stop; ASCII quotes round verse opening a paragraph; "接受——…,接受--…,接受---…" dashes inside a paragraph (no dash item); a space before a comma; two "|" lines at the end (noise); the whole stored page',
    isSpeech: true,
    title: '',
    noise: ['|'],
    dropLines: ['|'],
    outline: [],
  },
  '15-daxieci-tyblog-fuqin-gaobie-yishi-no-title-no-noise-period-paragraphs-cut': {
    source: 'http://wjk888.tyblog.com/55086.shtml',
    kind: 'speech: 答谢词 (a son\'s thanks at his father\'s farewell ceremony; personal blog)',
    tests: 'no title and no site noise (do no harm): salutation, a quoted proverb on its own line, "青年时期," / "中年时期," / "老年时期," paragraphs of four-character phrases (no markers), the dialect honorific "怹", cut mid-sentence ("我们为有这样一")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-article-6789-gandong-zhongguo-banjiangci-jijin-date-view-count-numbered-blocks-not-speech': {
    source: 'http://www.6789.com.cn/news/shownews.php?id=1221',
    kind: 'non-speech: article (a press roundup of 《感动中国》 award citations on a company-news page)',
    tests: 'a blank first line, the headline "《感动中国》20年颁奖辞集锦,来了!", a timestamp and a bare view count "503", an editor\'s lead in short verse lines, blocks "01"…"04" with year, name, role and a "【颁奖辞】…" citation — a collection of quoted citations, not a speech',
    isSpeech: false,
    title: '《感动中国》20年颁奖辞集锦,来了!',
    noise: [],
    outline: [],
  },
  '17-news-shangbw-zuimei-jiaoshi-banjiang-dianli-banjiangci-xuandu-reporter-credit-not-speech': {
    source: 'https://shangbw.com/mobile/index.php?itemid=19333&moduleid=21',
    kind: 'non-speech: news report (a newspaper\'s item on a primary school\'s 最美教师 颁奖典礼)',
    tests: 'headline, date and 点击 line, reporter/correspondent line, lines holding a lone space, "宣读了最美教师颁奖词", the award-winner\'s words reported ("她说…"), editor and 来源 credit lines — a news report, not a speech',
    isSpeech: false,
    title: '弘师德,树榜样,管城区南湖小学举行首届“最美教师”颁奖典礼',
    noise: [],
    outline: [],
  },
  '18-essay-tieba-ip-zhuiyihui-preface-title-byline-block-repeated-not-speech': {
    source: 'http://182.61.201.157/p/3768341018',
    kind: 'non-speech: personal essay (a compiler\'s preface to the 讲话手稿 of a memorial meeting; forum post on a bare IP)',
    tests: 'heading "难忘今天", the author\'s name spaced ("苗 菁"), a three-paragraph first-person preface about a memorial gathering that announces the 讲话手稿 to follow, then the name and the whole preface repeated — not a speech',
    isSpeech: false,
    title: '难忘今天',
    noise: [],
    outline: [],
  },
};
