// Gold specs for holdout round 86, part B (cases 07–12): culture and tourism (旅游节/文化节/艺术节, 读书日 and 读书节,
// 旅游日, 美食文化旅游节 新闻发布会 — 致辞, 讲话, 发言, 演讲稿, and their look-alikes: a festival news report, a tourism guide).
// Four spoken pieces (a 世界读书日 演讲稿 on a collection page (laodifang.net, 老地方): "网站导航", the breadcrumb
// "老地方 > 百科 > 演讲稿 > 正文", the title, a date glued to the column name "2025/04/12演讲稿", the promo "老地方整理的…(精选5篇),
// 希望这些优秀内容,能够帮助到大家。", the piece heading "世界读书日演讲稿 篇1", then a pupil's speech on reading and courage with
// no salutation, placeholders (x, xx, xxx公里, x月2x日) and a "." glued mid-phrase ("人生的.真谛"), cut mid-sentence; a
// school head's closing speech at the school's first 艺术节 on a diary site (my510.com): no title line, the salutation
// first, a "在此,首先我代表…" sentence (首先 after a comma, no separator), three "有利于…" clauses separated by semicolons, a
// stray space inside a word ("灵动的 画笔"), "谢谢大家!" and a lone "|" line the page prints under it; a county's statement
// at the third 新闻发布会 of its 徽菜美食文化旅游节 on the county portal's traditional page (gbl2.com, 績溪視窗): the breadcrumb
// "當前位置: 績溪視窗 > 文章詳情", the news headline with 作者/文章來源/點擊數/更新時間 on the same line, a
// "【績溪視窗訊】:…發布會由…主持。" lead, then the statement with its salutation "新聞界的各位朋友,先生們、女士們:" glued to
// "大家上午好!" and the body on one line, a lone inline "首先," after a full stop, a later paragraph with a space left before
// "績溪是一片生態沃土。", the page's simplified leftovers (旅游, 位于, 發布/公布會), cut mid-phrase; the national tourism
// administration's 世界旅游日 致辞 (cnta.net): no title, "女士们,先生们,朋友们:" and "大家好!" on lines of their own, a
// "“9•27”" date with a bullet, an em dash in "旅游大省—广东省", then the English version of the same message
// ("Ladies and Gentlemen, Friends:", "Good morning!", …) cut mid-sentence) and two written look-alikes (a Taiwan county
// news site's report on the opening of the 2010 太平洋國際觀光節 (tynews.floppy-demo.com): "登 入", "加入最愛", the headline, the
// date, time, reporter, county and "報導" each on a line of its own, "分享", "瀏覽 (921) | | | |", the date and the byline again,
// a line holding a lone space, the headline again, then the report in the third person ("傅縣長表示,…") with a mis-encoded
// character in the magistrate's name ("傅?萁") and after "活動" — a news report, not a speech; and a content farm's
// tourism guide to a 国庆游园会 (bkwk.cn): "引言", section labels (游园会概况, 特色活动, 游玩攻略) and "1. 民俗表演" … "3. 住宿攻略"
// headings on lines of their own, cut mid-sentence — a guide, not a speech).
// Judgement calls: 07's title is the page's title line; the breadcrumb, the date+column line, the promo and the piece
// heading are noise; "人生的.真谛" is an anti-copy mark, cut (listed with its neighbours); no salutation, no outline. 08 is a
// speech with no title line, so the title is ""; "|" is the page's (noise, as round 28's 16); "首先我代表" follows a comma
// and has no separator, so it is no item. 09 is a speech page (the document is the county's statement; the headline, the
// meta and the lead are the portal's, as a press lead over a transcript is — round 25's 15, round 72's 02); the headline
// tells of the press conference, not the statement, so the title is "" and the headline line is noise (listed whole,
// with the headline alone and the counters as parts); the salutation stays glued to the body; the lone inline "首先," (no
// 其次 follows in the capture) is an optional level-1 item (as round 26's 03), its first sentence longer than 50
// characters, so its text is cut at the first comma. 10 is a speech with no title and no site noise; the English version
// is the page's own text (kept, as round 73's bilingual 致辞 page). 11 and 12 are written, not speeches (11's title is its
// headline; 12's capture has none, so its title is ""). Names: 09's reporter and the official who chaired, 11's reporter,
// council members, township and city heads and the company chairman are fictional; 11 keeps the magistrate's name as the
// page mis-encodes it ("傅?萁"); the prose of every page was rewritten in new words.
// Looked for and not found on a new host: a 旅游节/文化节/艺术节 开幕式 致辞 or 讲话 with 一、/一是/第一,/首先…其次 points inside
// its first 840 characters (the pages corpus answers with used hosts — fanwenmuban, whdslt, bbs.beng168, 92read, zgxczx,
// xuewenya, jjfwb, mswk, zuowendang, ukktv, 9000bbs, yiwenmi, xuekejiayuan, ushengzhilian, fanwenhai, dybbs8, 6dgww,
// 51gongwen, m.02465, marlboros, freewechat, info.gov.hk — or with news reports and novel chapters: sdyobo, banbisw,
// kapucup, ccdushu, 23mh, clqcjtz); a 博物馆 开馆 致辞 (wendang.net, m.zixin, jilihua, msguai, 2015txt used); a 读书月/读书节
// 讲话 with 一要/二要 (pixue, dcqtsg, bjdclib used; jey722 and tianshui are twins, below); a 文旅推介会 致辞 with points
// (51gongwen used); a 文旅工作会议 讲话 with 一、/（一） (wm114, laobiganzi, wnwk, xiezuofangchengshi, 365docx used;
// 115.190.72.220 a twin; one capture of a 铁力 旅游工作动员会 讲话 with 一、/二、 under a "隐藏内容 此处内容需要权限查看" paywall had
// no address). So no speech of this part carries two numbered points; the only outline item is 09's optional 首先,.
// Template twins set aside: 115.190.72.220 (a 文旅工作会议 讲话 under "/doc/<10 chars>" with a ".docx" file-name footer, the
// yunyueyy.cn template of round 45, as round 52 noted); asywk.com (the "当前位置 / 首页 > … / title / 推荐人: 来源: 阅读: 2.1W 次"
// layout of the shared corpus's 97, bimobang, with a 小编 promo and "…致辞1"); ynhyyb.com (the hijacked "图片 <title>_<brand>
// / 当前位置:主页 > 范文 > 讲话致辞 > 开闭幕词 > > / 来源::未知 | 作者:<brand> | 本文已影响" template of round 18's yndrh and
// round 6's 0577tt); jey722.cn (a traditional pinyin mirror of 新文秘网 with its "……(新文秘網…省略308字,正式會員可完整閱讀)……"
// fold, as round 19's 120pk); shy188.com (the "下面是小编为大家整理的…(精选文档),供大家参考。" promo, named a twin by rounds 42
// and 52); tianshui.com.cn (a 读书节 讲话 under a two-line title and a byline: the site whose "/news/tianshui/<stamp>.htm"
// pages round 32's yhg994208.cn and round 65's topointapp.com mirror); whygutenberg.com and zqnx.cn (the taiwan.cn-style
// mirrors named by round 63 — a 襄樊 文化旅游节 report and a 端午 travel guide); 49.213.3.35 (the CRNTT mirror of the used
// 49.213.3.36); classic-blog.udn.com (its base udn.com is used). Not taken though new: shfjr.com and worldwidehotel.cn
// (untitled opening 致辞s with no noise and no numbering, as round 52 found), asean-china-center.org, abatour.com,
// m.xnnews.com.cn, gd.huaxia.com (a 文化旅游月 发布会 report with 一是…;二是…;三是… after a colon), 5550555.tw, shaanxita.com
// (news reports), kuaihz.com (a paper's holiday-festival roundup). 12's bkwk.cn was compared with round 58's seridoat.com
// (an AI-written guide opening "引言:…" on "/article/<pinyin slug>.html"): bkwk's "/article/<initials>.html" page with a bare
// "引言" label is another farm, so it was taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LDF_NAV = '网站导航';
const LDF_CRUMB = '老地方 > 百科 > 演讲稿 > 正文';
const LDF_TITLE = '世界读书日演讲稿';
const LDF_DATE = '2025/04/12演讲稿';
const LDF_PROMO = '老地方整理的世界读书日演讲稿(精选5篇),希望这些优秀内容,能够帮助到大家。';
const LDF_PIECE = '世界读书日演讲稿 篇1';

const JX_CRUMB = '當前位置: 績溪視窗 > 文章詳情';
const JX_HEADLINE = '中國績溪第九屆徽菜美食文化旅游節第三場新聞發布會舉行';
const JX_META_LINE = '中國績溪第九屆徽菜美食文化旅游節第三場新聞發布會舉行 作者: 方明遠 文章來源:績溪視窗 點擊數: 8467 更新時間:2022/11/11 5:41:38';
const JX_LEAD = '【績溪視窗訊】:11月10日下午3時,中國績溪第九屆徽菜美食文化旅游節第三場新聞發布會舉行。發布會由績溪縣委宣傳部常務副部長汪麗華主持。';

export const specs = {
  '07-yanjiang-laodifang-shijie-dushuri-collection-crumb-date-column-promo-pian1-dot': {
    source: 'https://laodifang.net/article/587440.html',
    kind: 'speech: 演讲稿 (a pupil\'s 世界读书日 speech; first piece of a collection page)',
    tests: '"网站导航" and the breadcrumb "老地方 > 百科 > 演讲稿 > 正文"; the title line "世界读书日演讲稿"; the date glued to the column name ("2025/04/12演讲稿"); the promo "老地方整理的世界读书日演讲稿(精选5篇),希望这些优秀内容,能够帮助到大家。"; the piece heading "世界读书日演讲稿 篇1" (title, space, piece number); no salutation, the speech opening on a quoted proverb; placeholders (x, xx, xxx公里, x月2x日); a "." glued mid-phrase as an anti-copy mark ("人生的.真谛"); blank lines between paragraphs; cut mid-sentence ("补给站旁")',
    isSpeech: true,
    title: LDF_TITLE,
    noise: [LDF_NAV, LDF_CRUMB, LDF_DATE, LDF_PROMO, LDF_PIECE, '人生的.真谛'],
    replace: [['人生的.真谛', '人生的真谛']],
    dropLines: [LDF_NAV, LDF_CRUMB, LDF_TITLE, LDF_DATE, LDF_PROMO, LDF_PIECE],
    outline: [],
  },
  '08-jianghua-my510-yishujie-bimu-diary-no-title-space-in-word-pipe': {
    source: 'http://www.my510.com/diary/rd.php?rdid=899533',
    kind: 'speech: 讲话 (a school head closing the school\'s first 艺术节; diary site)',
    tests: 'no title line: the capture opens with the salutation "各位领导、来宾,老师、同学们:"; a quoted verse as the first words; "在此,首先我代表学校…" (首先 after a comma, no separator: prose); three "有利于…" clauses separated by semicolons; "老师们,同学们," and "同学们," opening later paragraphs; a stray space inside a phrase ("灵动的 画笔"); "谢谢大家!"; a lone "|" line the page prints after the speech',
    isSpeech: true,
    title: '',
    noise: ['|'],
    dropLines: ['|'],
    outline: [],
  },
  '09-fayan-gbl2-big5-huicai-lvyoujie-fabuhui-crumb-headline-meta-lead-shouxian': {
    source: 'http://gbl2.com/xxshow.asp?id=6298+',
    kind: 'speech: 发言 (a county\'s statement at a 美食文化旅游节 press conference; traditional county portal page)',
    tests: 'traditional script with the page\'s simplified leftovers (旅游, 位于, 發布); the breadcrumb "當前位置: 績溪視窗 > 文章詳情"; the news headline "…第三場新聞發布會舉行" with "作者: … 文章來源:績溪視窗 點擊數: 8467 更新時間:2022/11/11 5:41:38" on the same line; a "【績溪視窗訊】:…發布會由…主持。" lead; then the statement: the salutation "新聞界的各位朋友,先生們、女士們:" glued to "大家上午好!" and the body on one line; a lone inline "首先," after a full stop (no 其次 in the capture); a space left before "績溪是一片生態沃土。" inside a paragraph; facts and figures (1126平方公里, 78.3%, 5A級); no title of the statement itself; cut mid-phrase ("景區景點")',
    isSpeech: true,
    title: '',
    noise: [JX_CRUMB, JX_META_LINE, JX_HEADLINE, '點擊數: 8467', '更新時間:2022/11/11 5:41:38', JX_LEAD, '【績溪視窗訊】'],
    dropLines: [JX_CRUMB, JX_META_LINE, JX_LEAD],
    outline: [
      { level: 1, marker: '首先,', text: '我謹代表第九屆徽菜美食文化旅游節組委會辦公室', optional: true },
    ],
  },
  '10-zhici-cnta-shijie-lvyouri-bilingual-no-title': {
    source: 'http://www.cnta.net/news/show.asp?x_id=11050',
    kind: 'speech: 致辞 (the tourism administration\'s 世界旅游日 message, Chinese and English)',
    tests: 'no title and no site noise in the capture; "女士们,先生们,朋友们:" and "大家好!" on lines of their own; "“9•27”" with a bullet; an em dash in "旅游大省—广东省"; the closing "中国欢迎您!"; then the English version of the same message ("Ladies and Gentlemen, Friends:", "Good morning!", two paragraphs) — the page\'s own text; cut mid-sentence in English ("key tourist provinces")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-floppy-demo-big5-hualien-guanguangjie-login-chrome-mojibake-not-speech': {
    source: 'https://tynews.floppy-demo.com/index/News/Show/id/22925',
    kind: 'non-speech: news report (traditional; a county\'s 太平洋國際觀光節 opening, Taiwan local news site)',
    tests: '"登 入" and "加入最愛"; the headline; the year, "01/30", the time, the reporter, the county and "報導" each on a line of its own; "分享"; "瀏覽 (921) | | | |"; the date-time and the byline again; a line holding a lone space; the headline again; then the report in the third person (the magistrate prays for the festival, guests beat the drum, "傅縣長表示,…", "此外,傅縣長也預告…"); a mis-encoded character in the magistrate\'s name ("傅?萁") and after "節慶活動"; "太陽的故鄉--花蓮" — a news report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '花蓮縣2010太平洋國際觀光節活動29晚熱鬧登場',
    noise: [],
    outline: [],
  },
  '12-guide-bkwk-mianzhu-youyuanhui-gonglue-numbered-headings-not-speech': {
    source: 'https://www.bkwk.cn/article/mzgqyyhcymsfqjxhlsyjsgqjqxwf.html',
    kind: 'non-speech: tourism guide (a content farm\'s guide to a 国庆游园会)',
    tests: 'no headline in the capture: it opens with the label "引言"; section labels "游园会概况", "特色活动", "游玩攻略" on lines of their own; "1. 民俗表演" … "3. 现代娱乐" and a second run "1. 时间安排" … "3. 住宿攻略" as heading lines; the guide addresses "您" and "游客" — a written guide, not a speech; cut mid-sentence ("建议游客")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
