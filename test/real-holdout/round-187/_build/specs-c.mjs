// Gold specs for holdout round 187, part C (cases 13–18): reading and libraries (世界读书日 国旗下讲话, 读书节, a reading
// programme's prize-giving 演辭, a county library's opening — and two look-alikes: a county news report of the library's opening
// and a web novel's 书友会 chapter).
// Four spoken pieces (a pupil's 国旗下讲话 for World Book Day on a senior high school's own site (www.lyyz.net,
// "/article_display.asp?itemid=<id>", 龙岩一中): a crumb "您现在的位置:龙岩一中 > 文章 > 德育天地 > 国旗下讲话 > 查看文章", the headline
// "爱读书 读好书----第13周国旗下的讲话 高二17班团支书 <name>" (the talk's name, four hyphens, the week and genre, the speaker's
// class and role and her name), a "编辑:政教处录入员 作者:本站 更新时间:2012/6/18 点击:2942" meta line, the salutation "老师、同学们:",
// "今天我演讲的主题是《爱读书 读好书》。", a paragraph whose figures the site left without their measure words ("423是联合国设立的
// 第11世界读书日1972,…" for 4月23日, 第11个, 1972年), one paragraph indented by four spaces, the closing "谢谢" without a stop — the
// whole stored page; a property group chairman's 演辭 at the prize-giving of his company's reading programme, on the programme's own
// site in traditional script (www.shkpreadingclub.com, "/tc/news/page/press_inner.php?u=<id>"): the heading "郭炳聯博士於「新地開心
// 閱讀計劃」記者會上之演辭", a bare date line "2006年12月12日" and two blank lines, no salutation line (the talk opens "大家好,歡迎各位
// 出席…頒獎禮。"), 「」 quotation marks, ASCII spaces round figures ("接近 1,000 人", "14,000 份", "670 間學校", "由 5 歲到 83 歲"), a
// last paragraph with "最後我希望…" after a full stop and no comma, cut mid-sentence ("令更"); a pupil's 世界讀書日 國旗下演講稿 on a
// traditional-script article site (www.xinsiji.cc, "/post/<id>.html"): the headline "最新「世界讀書日」國旗下演講稿" with the site
// word 最新, a "2023-12-01 19:15:51 2" line (a timestamp and a bare count), one line to a paragraph, the salutation, a
// self-introduction with class and name, the site's typos "4月亮23日" and "聯合國等教科文組織", 「」 quotations, a "……" ending a
// paragraph, "在此,我倡議:…" — the whole stored page; a pupil's bilingual 国旗下讲话 on a senior high school's news site
// (i.tryz.net, "/html/<year>/guoqixia_<mmdd>/<id>.html", 铜仁一中): the headline "2021年铜仁一中国旗下讲话0419: 让阅读润泽生命,
// 让书香伴君成长" (year, school, genre, a date code and the talk's name after a colon), the CMS's one-line summary under it (a report
// lead "2021年4月19日早上7:30,我校按时举行了…升旗仪式。本次升旗仪式的主题是:…。", two photo captions run together "升旗现场升旗现场",
// the label "以下为中文演讲稿:", the talk's name again and its salutation cut at "敬爱的老师,亲"), eight blank lines, the Chinese talk
// from "同学们“读书改变命运,知识改变人生。”…" (indented by four spaces; its own salutation is not in the captured body), "同学们: “…”"
// with a space after the colon, seven blank lines, then the same pupil's English version ("Dear teachers, dear students, good morning!
// I'm  <pinyin name>  (<name>)from class 29 …", double spaces and a missing space before "from"), cut mid-word ("ignora")) and two
// written look-alikes (a county media centre's news page (www.gdnews.gov.cn, "/show.asp?id=<id>", 广德传媒网) on the opening of the
// county library's new building: the site's hotline lines "新闻热线" / "0563-6022576" / "点击这里给我发消息", the brand "广德传媒网" with
// two trailing spaces, a crumb, the headline "我县图书馆新馆正式开馆", a "作者:… 实习生:… 来源:… 日期:… 人气:281  加入收藏 评论:0  标签:"
// line, an image file name "微信图片_20190122160501.jpg", the 讲话 of the provincial library's deputy head and the 致辞 of a deputy
// county head told in the third person ("…在开馆仪式上讲话,…他指出,…", "…在致辞时指出,…希望…"), cut mid-list ("检索自动化") — a news
// report, not a speech; a web novel's chapter on a traditional-script converter mirror (m.loveisquarantine.com,
// "/chapter/<book>/<chapter>") set at a 书友会 in a bookshop: the capture opens on a character's quoted self-introduction “大家好,
// 我是…”, a mis-encoded close quote with a leaked tag ("就可以了?!?p> 話雖如此"), the shop owner's quoted welcome ("在咱們讀書會正式開始
// 以前,大家先各自介紹一下,…"), narration in the third person, pinyin after 紀/質/現/點/學/濟/當 wherever they occur ("年紀(jì)",
// "物質(zhì)", "表現(xiàn)", "點(diǎn)子", "學(xué)著", "共濟(jì)一堂", "當(dāng)然"), a book title 《解憂雜貨店》, cut mid-sentence — a novel,
// not a speech).
// Judgement calls: 13's title is the headline line whole, talk name, hyphens, week, genre, class, role and name (as round 119 case 13
// kept "…国旗下讲话(李静怡)" and round 147 case 13 kept the speaker in its headline; the shared README drops only tags in brackets,
// counts and piece numbers, and nothing here is one); unsure, since a reader may take only "爱读书 读好书" (the name the talk gives
// itself) for the title. The crumb and the meta line are noise (the meta line listed whole and with "点击:2942" as a short part); the
// figures without measure words are the site's and stay as printed (as shared 48's censored "人民*协商会议" and round 3 case 03's
// glosses: text a site spoiled is not repaired); the indented paragraph and the stop-less "谢谢" stay; no outline. 14 is a speech page:
// the document is the chairman's address to the prize-giving's audience in the first person ("今日我很高興同大家講講…", "我衷心多謝在座各位
// 評判同顧問"); the heading names the speech (演辭) and is the title as printed, speaker and occasion included (as round 184 B's 07 took
// "国务院参事汤敏:…" and round 183 C's 15 the label "中国移动总经理李跃退休致辞"); the bare date line under the heading is the press page's
// date, noise (as round 5 case 08's bare date line under the title and round 184 case 08's posting-time line) — unsure, since it is
// also the day the speech was given, which a reader could keep as the speech's own date line; the talk has no salutation line
// ("大家好,歡迎…" opens its first paragraph and stays there); the spaces round the figures stay (whitespace is not scored); "最後我希望"
// follows a full stop with no separator and no 首先 before it → no marker (as round 5 case 11's "首先请…" and round 184 B's 08 "首先给
// 大家…"); no outline. 15's title is the headline with its site word (shared README keeps 最新 and 范文 in titles); the
// "2023-12-01 19:15:51 2" line is page meta (a timestamp and a view count), noise; the typos "4月亮23日" and "聯合國等教科文組織" are
// the site's and stay; "在此,我倡議:…" opens no list; no outline. 16 is a speech page: everything below the summary is the pupil's talk
// ("同学们,…", "I'm … from class 29 … my speech under the National Flag"); the title is the headline whole, year, school, the date code
// "0419" and the talk's name after ": " (as round 6 case 09 kept a year prefix and the shared README keeps a subtitle after a colon); the
// summary line is the CMS's teaser, a report lead, photo captions, a label and the first words of the talk cut at "亲", so it is noise
// whole (as round 1 case 02's viewer summary and shared 77's truncated summary line), listed with its short parts "升旗现场升旗现场" and
// "以下为中文演讲稿:"; the talk's salutation "敬爱的老师,亲…" is only in that teaser, so the body opens "同学们“…”"; the English version is
// the same pupil giving the talk in English, as the flag ceremonies of round 184's 01 credit a 中文演讲 and an 英文演讲, so its two
// paragraphs stay in the body, the pinyin name with its double spaces and the missing space before "from" as printed; the blank runs
// are no paragraphs; no outline. 17 is a news report: the speeches at the opening are told in the third person ("他指出,…", "…在致辞时
// 指出,…希望…"), headline and credit line are a reporter's (as round 184's 05 and shared 15); 18 is a novel: the "大家好,我是…" and the
// owner's welcome are characters' quoted lines inside narration (as shared 09 and round 184 B's 11 read quoted speech in a story).
// Names of private people (13's pupil, 16's pupil in both scripts, 17's reporter and intern and the county and library officials
// named in the report, 18's characters) were replaced by fictional ones; 14's speaker (a listed company's chairman, named in the
// page's heading) and 16's examples (three foreign-ministry officials) are public figures and keep their names; the prose was
// rewritten, 14, 15 and 18 in their traditional script, 18 with the annotations put back after the same characters and the
// mis-encoded quote and leaked tag kept as found, 16's English in the same learner's English.
// Looked for and not found on a new host (about forty queries): a 读书节/读书月 开幕式 致辞 or 讲话 with 一、/一是/第一/首先 points
// (pixue.com, huaboedu.com, xuexila.com, m.beiweimall.com, 365docx.com, 51dongshi.net, mingyanjiaju.org, zixun.sqedu.cn,
// bbs.hongzezx.com, m.hunwen.com, duzhishi.com, 010zaixian.com are used; www.bookm.cn's "校长读书会上的讲话稿" with block 一是/二是/三是
// and m.dawenxue.cn's 启动仪式 发言稿 are template twins, see below); a 图书馆 开馆/馆庆 讲话 or 致辞 (gwzjk.com, zuowen.red,
// paiysi.com.cn, bimmall.com.cn, www.gslib.com.cn, lxs.net, lovfp.com are used, m.dcrkj.com is a twin; the rest of the answers are
// news reports); a 读书分享会/读书节 主持词 (360zuowen.cn, m.huatuo3.cn, m.wenke99.com, zhaojiaoan.com, 010zaixian.com are used; the
// rest are English machine translations on wodebaobaowang/wpsab-type sites or novels); a 全民阅读 启动仪式 讲话 (jey722.cn,
// xinmengxiang.cn, baijiadoc.com, baifanwen.com, m.alatiku.com (base used) — used or twins); a 书香校园 演讲稿 with 一、 (m.61taotao.com's
// "三点倡议 一、爱读书" and m.360docs.net are used); a traditional 讀書節 講話 or 閉幕詞 (mingyanjiaju.org, lady-power.com, zuowenjin.com:
// used or twins). So none of the four speeches carries a numbered point; three are 国旗下 talks because the theme's fresh speeches are.
// Found on new hosts but not taken: www.rudong.ccoo.cn's forum post of a 亲子诵读 启动仪式 讲话 (base ccoo.cn used), news reports of
// library openings and 读书节 events (lib.csuft.edu.cn with 致辞 captions, www.gdkm.edu.cn with "一是…;二是…;三是…" after a colon,
// www.xlcuzgl.xyz (a casino-headed converter mirror), m.xnnews.com.cn, tsg.yazy.edu.cn, www.021fenlei.com), a 世界读书日 活动策划方案
// (baike.nccontrol.com.cn), topcoser.com's 国旗下讲话稿 under a 小编 promo (a fourth 国旗下 talk), bwb.haian.gov.cn (about 330
// characters, as round 129 found).
// Template twins considered: www.bookm.cn was claimed, then found to be round 36's twin of round 20's 100ky.cn (the "…(实用9篇)" title,
// "时间:… 作者:… <title>" line, "以下是我为大家搜集的优质范文" promo and "…篇一" heading), so it was left; huimengwen.com is a converter
// mirror, under an adult-keyword line, of round 18 case 07's school site dxyz.gs.cn (same "/?p=<id>" path, "德育之窗 / 國旗下講話" crumb
// and "國旗下的講話 第<n>周" label) — dropped; jey722.cn ("/wen/<n>/<id>.html", "……(新文秘網http://…省略N字,正式會員可完整閱讀)……")
// is the 新文秘网 mirror family of round 19's m.120pk.cn — dropped; zuowenjin.com has the "/<col>/<col>/<6-letter id>.html" path and the
// title repeated after the salutation of the used bimogu.com/boxueji.com family; m.igat.cn has the "/wenku/<4 letters>/<id>" path and
// "因篇幅问题不能全部显示" tail of the used m.huatuo3.cn/lovfp.com; m.dcrkj.com has the "/dongshi/<col>/<id>" path of the m.bluu.cn
// template; bbs.smxe.cn has the "/jxfw/<yyyymm>/" path of the used zixun.sqedu.cn; m.bingdoc.com carries the m.wenke99.com viewer
// chrome ("上传人:…文档编号:…", "下载 相关 举报", "亲,该文档总共N页,全部预览完了"); fennrlane.com (a university's 捐书 倡议书) carries the
// "/kyguanwangmanbetx/" hijack path of round 183's zarmfarm.com — all left. twin.mjs found no shared noise line on any of the six
// pages; "您现在的位置:" and "您所在的位置:首页 > 新闻中心 > …" are generic crumb openings.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LY_CRUMB = '您现在的位置:龙岩一中 > 文章 > 德育天地 > 国旗下讲话 > 查看文章';
const LY_TITLE = '爱读书 读好书----第13周国旗下的讲话 高二17班团支书 黄若溪';
const LY_META = '编辑:政教处录入员 作者:本站 更新时间:2012/6/18 点击:2942';

const SH_TITLE = '郭炳聯博士於「新地開心閱讀計劃」記者會上之演辭';
const SH_DATE = '2006年12月12日';

const XS_TITLE = '最新「世界讀書日」國旗下演講稿';
const XS_META = '2023-12-01 19:15:51 2';

const TR_TITLE = '2021年铜仁一中国旗下讲话0419: 让阅读润泽生命,让书香伴君成长';
const TR_SUMMARY = '2021年4月19日早上7:30,我校按时举行了本学期第八周的升旗仪式。本次升旗仪式的主题是:让阅读润泽生命,让书香伴君成长。升旗现场升旗现场以下为中文演讲稿:让阅读润泽生命,让书香伴君成长 敬爱的老师,亲';

export const specs = {
  '13-guoqixia-lyyz-dushujie-crumb-title-dash-speaker-meta-glued-digits-indent': {
    source: 'http://www.lyyz.net/article_display.asp?itemid=5182',
    kind: 'speech: 国旗下讲话 (a pupil\'s World Book Day talk during the school\'s 读书节; senior high school site)',
    tests: 'a crumb "您现在的位置:龙岩一中 > 文章 > 德育天地 > 国旗下讲话 > 查看文章"; the headline "爱读书 读好书----第13周国旗下的讲话 高二17班团支书 <name>" as the title, whole (talk name, four hyphens, week, genre, class, role, name); a "编辑:… 作者:本站 更新时间:… 点击:2942" meta line; the salutation "老师、同学们:"; figures left without their measure words by the site ("423是…第11世界读书日1972,…", kept); one paragraph indented by four spaces; the closing "谢谢" without a stop; no outline; the whole stored page',
    isSpeech: true,
    title: LY_TITLE,
    noise: [LY_CRUMB, LY_META, '点击:2942'],
    dropLines: [LY_CRUMB, LY_TITLE, LY_META],
    outline: [],
  },
  '14-yanjiang-shkpreadingclub-big5-kaixin-yuedu-banjiangli-title-dateline-no-salutation-number-spaces-zuihou': {
    source: 'https://www.shkpreadingclub.com/tc/news/page/press_inner.php?u=MTM4',
    kind: 'speech: 演辭 (a property group chairman\'s address at the prize-giving of his company\'s reading programme; the programme\'s own site, traditional script)',
    tests: 'genuine traditional script (Hong Kong), 「」 quotation marks; the heading "郭炳聯博士於「新地開心閱讀計劃」記者會上之演辭" as the title (speaker, occasion and the genre word 演辭); a bare date line "2006年12月12日" under it (page date: noise) and two blank lines; no salutation line ("大家好,歡迎各位出席…頒獎禮。" opens the first paragraph); ASCII spaces round figures ("接近 1,000 人", "14,000 份", "由 5 歲到 83 歲"); "…。最後我希望…" with no separator (no marker); cut mid-sentence ("令更")',
    isSpeech: true,
    title: SH_TITLE,
    noise: [SH_DATE],
    dropLines: [SH_TITLE, SH_DATE],
    outline: [],
  },
  '15-guoqixia-xinsiji-big5-shijie-dushuri-zuixin-title-timestamp-count-typo-tiyi': {
    source: 'https://www.xinsiji.cc/post/KooJM0W1kk.html',
    kind: 'speech: 國旗下演講稿 (a pupil\'s World Book Day talk; traditional-script article site)',
    tests: 'the headline "最新「世界讀書日」國旗下演講稿" as the title, site word 最新 kept; a "2023-12-01 19:15:51 2" line (timestamp and a bare count: noise); one line to a paragraph, no blank lines; the salutation; a self-introduction with class and name; the site\'s typos "4月亮23日" and "聯合國等教科文組織" (kept); 「」 quotations; a paragraph ending "……"; "在此,我倡議:…" (no list); no outline; the whole stored page',
    isSpeech: true,
    title: XS_TITLE,
    noise: [XS_META],
    dropLines: [XS_TITLE, XS_META],
    outline: [],
  },
  '16-guoqixia-tryz-yuedu-school-title-date-code-summary-lead-cut-blank-runs-english-version': {
    source: 'http://i.tryz.net/html/2021/guoqixia_0419/5212.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s reading talk, in Chinese and then in English; senior high school news site)',
    tests: 'the headline "2021年铜仁一中国旗下讲话0419: 让阅读润泽生命,让书香伴君成长" as the title, whole (year, school, genre, date code, the talk\'s name after ": "); the CMS summary line under it (a report lead, two photo captions run together "升旗现场升旗现场", the label "以下为中文演讲稿:", the talk\'s name and salutation cut at "敬爱的老师,亲": noise); runs of eight and seven blank lines; paragraphs indented by four spaces; the Chinese talk opening "同学们“…”" (its salutation only in the teaser); "同学们: “…”" with a space after the colon; the English version ("Dear teachers, dear students, good morning! I\'m  <pinyin>  (<name>)from class 29 …") kept as body; cut mid-word ("ignora")',
    isSpeech: true,
    title: TR_TITLE,
    noise: [TR_SUMMARY, '升旗现场升旗现场', '以下为中文演讲稿:'],
    dropLines: [TR_TITLE, TR_SUMMARY],
    outline: [],
  },
  '17-news-gdnews-tushuguan-xinguan-kaiguan-hotline-crumb-meta-image-name-jianghua-zhici-reported-not-speech': {
    source: 'http://www.gdnews.gov.cn/show.asp?id=66475',
    kind: 'non-speech: news report (the opening of a county library\'s new building; county media centre site)',
    tests: 'the site\'s hotline lines "新闻热线" / "0563-6022576" / "点击这里给我发消息"; the brand "广德传媒网" with trailing spaces; a crumb; the headline "我县图书馆新馆正式开馆"; a "作者:… 实习生:… 来源:… 日期:… 人气:281  加入收藏 评论:0  标签:" line; an image file name line; the officials\' 讲话 and 致辞 told in the third person ("…在开馆仪式上讲话,…他指出,…", "…在致辞时指出,…希望…"); cut mid-list — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-loveisquarantine-big5-pinyin-shuyouhui-ziwo-jieshao-quoted-dajiahao-mojibake-p-tag-not-speech': {
    source: 'http://m.loveisquarantine.com/chapter/13606021703044104/37339625383226853',
    kind: 'non-speech: novel (a web novel\'s chapter set at a bookshop 书友会; traditional-script converter mirror)',
    tests: 'the capture opens on a quoted self-introduction “大家好,我是…”; a mis-encoded close quote with a leaked tag ("?!?p> "); the shop owner\'s quoted welcome to the 读书会 ("在咱們讀書會正式開始以前,大家先各自介紹一下,…"); third-person narration; pinyin after 紀/質/現/點/學/濟/當 wherever they occur; a book title 《解憂雜貨店》; cut mid-sentence — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
