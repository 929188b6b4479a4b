// Gold specs for holdout round 169, part A (cases 01–06): flood control and water conservancy (防汛抗旱 and 防汛抗洪
// meetings, 河湖长制, water itself — their 讲话, 演讲稿, a spokesman's statement, and their look-alikes: a 防汛工作总结
// under a 表态发言稿 label, a novel chapter and a news report).
// Three spoken pieces (a state farm party secretary's 讲话 at its 2016 防汛抗洪总结表彰会, posted on a farm group's site
// (pjwnc.com, "/content/detail/<hex>.html"): a crumb "当前位置: 网站首页 > 新闻中心 > 集团要闻", the headline
// "弘扬伟大抗洪精神 不忘初心 砥砺前行", a "发布时间:… 信息来源:未知 浏览:367 次" meta line, an unclosed font-size label
// "【字体大小:" on its own line, the dash subtitle "——在2016年防汛抗洪总结表彰会上的讲话", the speaker's bare name, a line of
// one space, the salutation, two long paragraphs (lake levels in metres, "一条主线"/"三项制度" without markers), cut
// mid-phrase ("靠"); a 演讲稿 on "水的力量" on an article farm (tpfangchan2.com, "/article/yanjianggao-<n>.html"), the
// whole stored page: the odd title "以水演讲稿", a salutation to judges and audience, block "首先,"/"其次," paragraphs, two
// unnumbered paragraphs ("然而,…", "为了…"), a block "最后," appeal and "谢谢大家!", no site noise at all; a spokesman's
// opening statement at a press conference on floods, on a generated blog (beijn.90011.cn, "/nws/<n>.html"), the whole
// stored page: a "本文作者:admin" line, the SEO headline "水灾新闻发布会新闻稿(水灾新闻发布会新闻稿范文)" with a bracketed
// variant, an "admin 2024-10-04 21:46:09 4" meta line (poster, time, view count), a summary line that glues the headline,
// "摘要: ", the document's own heading and the opening (sentence ends turned into commas, cut with "..."), then the
// document's heading "关于近期水灾情况的新闻发布会", the salutation "尊敬的各位媒体朋友:", "大家好!…", the statement and
// "谢谢大家!", and a "阅读" / "分享" tail) and three written look-alikes (a 概念範文網 page in the zh-mo converter script
// (gnfww.com, "/zh-mo/yjg/jiuzhi/<id>.html"): crumb "當前位置:概念範文網>演講稿>就職演講稿>", the page title "關於防汛工作會議
// 表態發言稿範文" twice, a "就職演講稿 閲讀(2.39W)" line, a 小編 promo naming 表態發言稿 and 講話稿, the piece heading
// "防汛工作會議表態發言稿篇【1】", and under it a transport bureau's 防汛工作总结 ("現將防汛工作情況總結如下:", "一、主要做法
// 及特點", "(一)…", "(二)…"), cut mid-list; a web-novel chapter (zgzjt.com, "/<book>/<chapter>.html") that opens with a
// vice-secretary's quoted address to flood workers ("“大家好,我是市委副书记…同志们辛苦了!…”", "“人民万岁!”"), censor
// stars "市委市**", "党【万岁】", then narration; a river-chief liaison meeting report on a traditional converter mirror of a
// water news site (vidw.cn, "/show-<n>.html"): a "news information" column label, "本站訊" lead, pinyin readings glued in
// parentheses after converted characters ("聯(lián)", "實(shí)"), a mis-encoded run "8?。ㄗ灾螀^(qū)、直轄市)" twice, the officials'
// words reported in the third person ("郁同強(qiáng)調(diào),…要…;要…"), cut mid-word).
// Judgement calls: 01's title is the headline "弘扬伟大抗洪精神 不忘初心 砥砺前行" (the only title line; its words as printed,
// spaces kept); the dash subtitle under the meta lines is a body paragraph and an optional dash item (as round 3 case 08 and
// shared case 28); the bare name "郁文岗" under it is the speaker's byline and stays in the body (as rounds 28's 13, 44's 08,
// 48's 07 and 91's 07 keep such a name as the speech's; round 163's 15 went the other way); "【字体大小:" is page chrome (an
// unclosed font-size switch; the closed form "【字体大小: 默认】" stands in round 25 case 05, a report), listed whole; no numbered points ("一条主线",
// "三项制度" are named, not numbered). 02 is a speech with no site noise; its title is the page's only title line
// "以水演讲稿" as printed; "首先,"/"其次,"/"最后," open paragraphs and make one sequence run at level 1 although two unnumbered
// paragraphs stand between 其次 and 最后; "最后," closes the run with an appeal and is required (as round 168 case 08 made a
// block "最后," after a 首先/其次 run required), its text the first sentence. 03 is taken as a speech: the document is a
// statement read out at a press conference (salutation to the reporters, "大家好!", first person, "谢谢大家!"), although the
// site's headline calls it a 新闻稿; the title is the document's own heading "关于近期水灾情况的新闻发布会", and the SEO
// headline that differs from it is noise (as round 2 case 08 and round 134 case 01); the summary line that glues the
// headline, "摘要: ", the heading and the opening is noise as a whole (as round 4 case 05), with "摘要: " listed again; the
// "admin …" meta line, the author line and the "阅读"/"分享" tail are noise. 04 is not a speech: the only piece in the
// capture is a written 防汛工作总结 ("現將防汛工作情況總結如下:", 一、/(一)/(二) report headings, no address to an audience)
// printed under a 表態發言稿 label by the site; the document decides, not the site's genre word (as shared case 92,
// whose promo named the wrong genre, and README: 总结 is a written genre). 05 is a novel: the opening quoted address is a character's speech inside
// narration. 06 is a news report in the third person. Names of private people and officials (the farm secretary, the
// novel's characters, the acting mayor and the vice-minister in 06, the bureau's city) were replaced by fictional ones; the
// prose was rewritten.
// Looked for and not found on a new host: a county 防汛抗旱工作会议 讲话 with 一、/一是/第一, points (every such page the store
// holds is on a used host: 6dgww, wm114, xiezuofangchengshi, m.7rdy, e.wenmi.ren, huaboedu, sanweiyuan, m.wenke99,
// xiebiwenku, huangminedu, 1mishu, fanwenq, wmjy, laobiganzi, gongwenbang, 51gongwen, m.ilede, mingyanjiaju, alizhichou3,
// eimio, msgz.vip, mlvmservice, aiweibaby, pop-photo, guanshanwenku…); a 水利工程 开工 致辞 or 主持词 (010zaixian, zuowen.red,
// 360docs, sizug, bzwater, shugai, sarr, zixin are used); a 表态发言 of a township (huaboedu, used); a 河长制 推进会 讲话
// (huaboedu, m.7rdy, laobiganzi, qiantuxiezuo, m.ilede, used); a traditional-script speech mirror (alizhichou3, sdfengxin,
// bjhyfc, huangminedu, p719 are used; the unused mirrors hold news: vidw, 2021my, gzbyapp); a 防汛应急预案 (performandhealth,
// used). So only 02 carries numbered points (three), and two of the three speeches come from neighbouring corners of the
// theme (a 演讲稿 on water, a press statement on floods).
// Template twins considered: gzbyapp.com, x0sat.cn, yinxiadownload.com and pranatta.com (used) are converter mirrors of one
// water news site with the same "/newscenter/df/<prov>/<yyyymm>/t<date>_<id>.html" path, so gzbyapp was not taken; vidw.cn
// has its own path and "news information" label, and no used page carries "news information", "本站訊" or its mojibake run.
// 90011.cn's "admin <date> <time> <n>" meta line resembles round 155 case 12's "admin 2025-01-27 快评 2 次浏览 0个评论", but
// the shapes differ (no category, no 浏览/评论 words, an "本文作者:admin" line and a "摘要: " summary line here) and no used page
// carries "本文作者:admin", so it was kept. pjwnc.com's "信息来源:未知" also stands in round 72 case 06 (a Suzhou government
// notice) and "集团要闻" in round 143 case 04: generic CMS labels in different templates. 概念範文網 (gnfww.com) shares no
// line with a used page ("就職演講稿 閲讀", "本站小編為你分享" occur nowhere). hmoegirl.com (a parody wiki entry "抗洪讲话")
// was claimed, then dropped for a novel (zgzjt.com); tata123.com carries the same novel in traditional script and was not taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PJ_CRUMB = '当前位置: 网站首页 > 新闻中心 > 集团要闻';
const PJ_TITLE = '弘扬伟大抗洪精神 不忘初心 砥砺前行';
const PJ_META = '发布时间:2016-09-18 09:26:48 信息来源:未知 浏览:367 次';
const PJ_FONT = '【字体大小:';

const TP_TITLE = '以水演讲稿';

const BJ_AUTHOR = '本文作者:admin';
const BJ_SEO = '水灾新闻发布会新闻稿(水灾新闻发布会新闻稿范文)';
const BJ_META = 'admin 2024-10-04 21:46:09 4';
const BJ_SUMMARY = '水灾新闻发布会新闻稿(水灾新闻发布会新闻稿范文)摘要: 关于近期水灾情况的新闻发布会尊敬的各位媒体朋友:大家好!今天我们在这里举行新闻发布会,向大家介绍近期我国部分地区遭受水灾的有关情况,入汛以来,我国南方一些地区接连遭遇强降雨,据初步统计,已有几十个县...';
const BJ_TITLE = '关于近期水灾情况的新闻发布会';

export const specs = {
  '01-jianghua-pjwnc-fangxun-kanghong-biaozhang-crumb-meta-font-label-dash-subtitle-byline': {
    source: 'http://www.pjwnc.com/content/detail/60545bd53cfa639fdd9cfe1a.html',
    kind: 'speech: 讲话 (a state farm\'s party secretary at its 2016 防汛抗洪总结表彰会; a farm group\'s news page)',
    tests: 'a crumb "当前位置: 网站首页 > 新闻中心 > 集团要闻"; the headline "弘扬伟大抗洪精神 不忘初心 砥砺前行" (spaces inside) as the title; a "发布时间:… 信息来源:未知 浏览:367 次" meta line; an unclosed "【字体大小:" line; the dash subtitle "——在2016年防汛抗洪总结表彰会上的讲话" under the meta lines (body, optional dash item); the speaker\'s bare name on its own line (kept); a line holding one space; "同志们:"; lake levels "13.92m"/"0.21m", "Ⅳ级至Ⅰ级"; named but unnumbered "一条主线"/"三项制度"; cut mid-phrase ("靠")',
    isSpeech: true,
    title: PJ_TITLE,
    noise: [PJ_CRUMB, PJ_META, PJ_FONT, '信息来源:未知', '浏览:367 次'],
    dropLines: [PJ_CRUMB, PJ_TITLE, PJ_META, PJ_FONT],
    outline: [
      { level: 1, marker: '——', text: '在2016年防汛抗洪总结表彰会上的讲话', optional: true },
    ],
  },
  '02-yanjiang-tpfangchan2-yishui-clean-shouxian-qici-zuihou-block': {
    source: 'https://www.tpfangchan2.com/article/yanjianggao-6541.html',
    kind: 'speech: 演讲稿 (a contest speech on "水的力量"; article farm, the whole stored page)',
    tests: 'a clean page: the odd title "以水演讲稿", the salutation "尊敬的评委、亲爱的观众们:", "大家好!" glued to the topic sentence with its quoted theme; block "首先,"/"其次," paragraphs, two unnumbered paragraphs, then a block "最后," appeal (one sequence run, level 1); "谢谢大家!"; no site noise',
    isSpeech: true,
    title: TP_TITLE,
    noise: [],
    dropLines: [TP_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '让我们一起看看水有多么重要' },
      { level: 1, marker: '其次,', text: '让我们一起想想水蕴藏着怎样的力量' },
      { level: 1, marker: '最后,', text: '我想请大家一起行动起来,守护我们珍贵的水资源' },
    ],
  },
  '03-fabu-90011-shuizai-xinwen-fabuhui-author-meta-summary-repeat-seo-title': {
    source: 'http://beijn.90011.cn/nws/43900.html',
    kind: 'speech: 发言 (a spokesman\'s opening statement at a press conference on floods, labelled 新闻稿 by the site; generated blog, the whole stored page)',
    tests: 'an author line "本文作者:admin"; the SEO headline "水灾新闻发布会新闻稿(水灾新闻发布会新闻稿范文)" with a bracketed variant (noise, differs from the document\'s heading); an "admin 2024-10-04 21:46:09 4" meta line; a summary line gluing the headline, "摘要: ", the heading, the salutation and the opening with a sentence end turned into a comma, cut with "..."; the document\'s heading "关于近期水灾情况的新闻发布会" as the title; "尊敬的各位媒体朋友:" and "大家好!…"; the genre word 新闻稿 against a spoken body; "谢谢大家!"; a "阅读" / "分享" tail',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_AUTHOR, BJ_SEO, BJ_META, BJ_SUMMARY, '摘要: ', '阅读', '分享'],
    dropLines: [BJ_AUTHOR, BJ_SEO, BJ_META, BJ_SUMMARY, BJ_TITLE, '阅读', '分享'],
    outline: [],
  },
  '04-zongjie-gnfww-big5-fangxun-biaotai-label-zongjie-body-crumb-promo-not-speech': {
    source: 'https://gnfww.com/zh-mo/yjg/jiuzhi/wmrldv.html',
    kind: 'non-speech: 总结 (a transport bureau\'s 防汛工作总结 printed under a 表態發言稿 label; zh-mo converter page of a 范文 site)',
    tests: 'a crumb "當前位置:概念範文網>演講稿>就職演講稿>"; the page title "關於防汛工作會議表態發言稿範文" twice; a "就職演講稿 閲讀(2.39W)" line; a 小編 promo naming 表態發言稿 and 講話稿; the piece heading "…表態發言稿篇【1】"; under it a written summary ("現將防汛工作情況總結如下:", "一、主要做法及特點", "(一)…", "(二)…") with no address to an audience — the site\'s genre label against a written document; cut mid-list',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-novel-zgzjt-fangxun-yixian-fushuji-quoted-address-not-speech': {
    source: 'http://zgzjt.com/26_26094/4054466.html',
    kind: 'non-speech: novel (a vice-secretary cheering flood workers on a reservoir dam; web-novel chapter)',
    tests: 'the page opens with a quoted address ("“大家好,我是市委副书记宁川,…同志们辛苦了!…”", "“人民万岁!”") in five quoted lines, censor stars "市委市**", "党【万岁】", then third-person narration (speech tags, the crowd\'s cheers, the official carrying sandbags); cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-vidw-big5-pinyin-haihe-hehuzhang-lianxi-huiyi-mojibake-not-speech': {
    source: 'http://vidw.cn/show-1205.html',
    kind: 'non-speech: news report (the first liaison meeting of the Hai River basin\'s provincial river chiefs; traditional converter mirror of a water news site)',
    tests: 'a "news information" label; a "本站訊" lead; pinyin readings in parentheses glued after converted characters ("聯(lián)", "實(shí)", "務(wù)"); a mis-encoded run "8?。ㄗ灾螀^(qū)、直轄市)" and "各?。ㄗ灾螀^(qū)…"; officials "主持會議", "出席會議并講話", "作交流發(fā)言"; the host\'s words reported in the third person with a run of "要…;要…"; cut mid-word ("整")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
