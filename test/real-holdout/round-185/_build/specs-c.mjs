// Dropped after the engine's first run (a separate commit): the cases below whose hosts earlier rounds had set aside as template twins or named as used — this stop's list of used hosts, rebuilt from the gold files alone, had missed them. Their specs are gone; the header still describes them, as the record of what was looked at.
// Gold specs for holdout round 185, part C (cases 13–18): sports meets and games (运动会 开幕/闭幕 讲话 and 致辞, a
// 运动会 组委会 meeting, a 广播体操比赛 opening, a 校运会 talk — and two look-alikes: a pupil's essay on his school's
// 运动会 on a converter mirror and a news report of a provincial 农民运动会 opening).
// Four spoken pieces (a county leader's 讲话 at the first full meeting of the 县第七届运动会 organising committee, on a 范文
// site (www.kmf8.com, "/<cat>/<n>/<id>.html", 考满分吧范文网): a crumb with the category glued to the site's own short
// title and "» 正文" ("当前位置:考满分吧范文网行政后勤运动会在县运动会组委会全体成员会议上的讲话» 正文"), that short SEO title
// "在县运动会组委会全体成员会议上的讲话" as the page's heading, a meta line "[10-20 00:15:08]   来源:http://www.kmf8.com
// 运动会   阅读:8883" with the site's URL as the source, a "概要:" line holding the document's own title glued to
// "同志们:" and the opening of the speech run on to "我再讲几点意见:一、…(一)…1、…" (all inline, cut mid-sentence), a tag
// line "<SEO title>,标签:运动会稿件,运动会口号,http://www.kmf8.com", then the document's own title line
// "在象山县第七届运动会组委会第一次全体成员会议上的讲话", "同志们:" on its own line and the body, cut mid-sentence ("也"); a
// township education office's 讲话 at a primary school's spring track meet, on a hijacked page of a converter mirror
// (www.heartjkgl.cn, "/<id>.html"): a first line of adult-video keyword spam, leaked list markup whose ordered-list numbers
// show ("1. <legend id="ppnor"></legend>", a bare "2." line, a line of spaces, "<sup …><input …></input></sup>",
// "<s …></s>"), the collection title "春季運(yùn)動(dòng)會(huì)領(lǐng)導(dǎo)講話稿大全(22篇)", a "字號(hào):" label, a promo about the
// wrong genre ("總結可以幫助我們…以下是一些總結范文的精選…"), the piece heading "…講話稿篇一", the salutation, converter pinyin
// after 運/動/會/領/導/號/結/統/進/學/來/鎮/個/對/質/紀/風/場/績/無/獻/揚/發/認/識/預/達/驗, an "xx小學"/"xx鎮" placeholder, a
// full stop glued mid-phrase as an anti-copy mark ("崇高的.敬意"), a paragraph ending "提出以下要求:" and a last line
// "1、希望…" cut mid-sentence ("迸發(fā)在"), every line indented by eight or twelve spaces; a school head's words at the
// opening of a 广播体操和韵律操比赛 on a WordPress 范文 blog (www.jishuoshuo.com, "/zongjie/<id>.html"): the collection
// title with a bare count "广播体操比赛开幕演讲稿13篇", a post line with the date spaced out, the time and the title glued and
// WordPress's closed-comments label and count ("2024年 3月 4日10:11:45广播体操比赛开幕演讲稿13篇已关闭评论 0"), the piece
// heading "广播体操比赛开幕1" (a shortened title with its number glued), the salutation and "大家好!" on lines of their own,
// a backtick glued after 的 ("半个月来的`练习"), a quoted slogan and a quoted couplet run into the next sentence, cut
// mid-sentence ("能够准时到岗,"); a headmaster's talk at his school's 13th 校运会 held for its eightieth anniversary, on a
// school-news site (a.aedu.cn, "/<col>/ArticleShow-<id>.html"): the title "向八十周年校庆献礼", a subtitle written with four
// ASCII hyphens ("----在第13届校运会上的讲话"), the speaker's bare name on a line of its own, the salutation, a stray space
// after a comma ("方式, 它的"), four "希望全体…" clauses joined by semicolons, "谢谢大家!" — the whole page, 453 characters)
// and two written look-alikes (a pupil's essay on his school's rain-shortened 运动会 on a converter mirror of a school CMS
// (m.enmeixing.com, "/wygkcn_ShowArticle.asp?EC_ArticleID=<id>"): no title, no site noise, pinyin after 風/轉/預/學/現/經/
// 衛/關/內/環, classmates' results reported, "本人有幸在現場目睹…", a stray space inside a word ("同 學"), a line of the 詩經,
// a mis-encoded run where a quoted line of poetry stood ("!澳袃汉尾粠倾^,收取關(guān)山五十州!”"), then reflections
// addressed to "諸位" and closing "愿各位在以后的人生中也別忘了鍛煉身體啊" — the whole stored page, 623 characters — a
// personal essay, not a speech; a county portal's copy of an evening paper's report (www.fjph.com.cn,
// "/ShowInfo.aspx?id=<id>", 平和网) on the opening of the 福建省第六届农民运动会: a welcome line "您好!欢迎来到我们的网站!",
// a crumb "当前位置《平和网》> 新闻中心> 福建新闻 > 正文", the headline, an "作者:佚名 来源:厦门日报 时间:…" line, an
// "编辑:… 点击数: 字号:" line with empty fields, a photo caption with the photographer in brackets, paragraphs indented by
// three spaces and parted by two blank lines, the list of officials present, "在热烈的掌声中…宣布…开幕", the provincial
// leaders' 贺信 reported ("贺信指出,…", "贺信希望…"), cut mid-word ("和决") — a news report, not a speech).
// Judgement calls: 13's title is the document's own title line "在象山县第七届运动会组委会第一次全体成员会议上的讲话" above
// "同志们:", not the site's shorter SEO title "在县运动会组委会全体成员会议上的讲话" that heads the page and is glued into the
// crumb and the tag line (as round 2 case 08 and round 5 case 01 took the document's own title over a site's variant); the
// SEO title line, the crumb, the meta line (with "阅读:8883" listed again as a short part), the tag line (with its
// "标签:…" part) and the "概要:" line are the site's and are noise; the 概要 line is a site teaser that runs the title, the
// salutation and the opening together (as the viewer's one-line summary in round 1 case 02 and the 摘要 teaser in shared
// 28), so its inline "一、" / "(一)" / "1、" are no outline items, and the body under the title is cut before the first
// heading ("…体育盛会,也"): no outline; the county's name and the date dash ("10月16日—25日") stay; the sports-bureau
// official named in the teaser was given a fictional name. 14 is a speech page: a collection whose first piece is a
// leader's 讲话稿 (shared README: collection pages whose first piece is a speech count as speeches); its title is the piece
// heading without "篇一" ("春季運動會領導講話稿", as round 4 case 09 took the title from a piece heading), not the collection
// title "…講話稿大全(22篇)" (noise, with "講話稿大全(22篇)" as a short part); the spam line, the leaked markup lines (listed
// whole, the "1. <legend …>" line also by its tag, as round 163 case 02 and round 60 case 04 listed theirs), the "字號:"
// label, the promo (listed whole and by "以下是一些總結范文的精選"; it announces 總結, the wrong genre, as shared 92 and 95)
// and the piece heading (listed as "講話稿篇一") are noise; the bare "2." line and the line of spaces are dropped unlisted
// (too short to be specific, as round 6 case 10's stray "0" line); the ordered-list numbers "1." and "2." in front of the
// markup are the leaked list's, not outline markers; the pinyin goes by one regexCut; the glued "." is cut and listed as
// "崇高的.敬意" (as round 5 case 07's "的.脚步"); the block "1、希望…" opens a paragraph after "…提出以下要求:" → a list after
// a colon, optional (shared README), level 1 (the speech's only heading); its line has no sentence end before the cut and
// is longer than 50 characters, so its text is cut at the first comma ("希望每一位運動員精神抖擻、斗志昂揚", as round 184 case
// 01 cut its "一," text). 15: the title is the collection title without its bare count ("广播体操比赛开幕演讲稿"; shared
// README drops counts such as "(通用3篇)"); the piece heading "广播体操比赛开幕1" is the site's numbered label, a shortened
// title with no genre word, and goes as noise (as round 184 case 13's "…闭幕词1"); unsure only whether a reader would
// rather take "广播体操比赛开幕" from that label as the first piece's own title; the title line with the count, the post line
// (listed whole and as "已关闭评论 0") and the piece heading are noise; "已关闭评论" is WordPress's generic closed-comments
// label (round 55 case 13 printed it in another theme, bulleted and with its own title); the backtick is cut and listed as
// "来的`练习" (as round 184 case 13's "的`、形式"); no markers in the capture ("首先"/"一是" do not occur; "友谊第一" is
// prose). 16: the title is the first line "向八十周年校庆献礼"; the "----在第13届校运会上的讲话" line is the speech's subtitle
// and stays as a body paragraph (as "——在…上的讲话" subtitles in round 2 case 08 and round 184 case 08's byline); written with
// ASCII hyphens it is no dash marker by the letter of the rules, and a reader takes a subtitle for no point either, so no
// item (unlike a subtitle opening with "——", optional in the shared corpus); the speaker's bare name under it carries no
// position and is dropped as noise (as shared 106 dropped its bare speaker name; bylines with a position stay, round 5
// cases 04/09); the stray space stays; "友谊第一、比赛第二" is prose; no outline. 17 is a personal essay, not a speech:
// it opens with a report of the meet and the class's results in the writer's voice ("本人有幸在現場目睹…"), and its
// closing words to "諸位"/"各位" are an essay's asides, not a speech's salutation (as shared 65's essay on a tea
// party, and round 182 case 15's first-person plan was no speech; shared README: a body with no title is a speech only
// when it opens with an address to the audience). 18 is a report (third person; the 贺信 is retold, "贺信指出,…"), as round 184's 05 and 06 read reports of an
// opening. Names of private people (13's sports official, 14's and 15's schools, 16's headmaster, 17's classmates, 18's
// editor and photographer) were replaced by fictional ones; 18's provincial and city officials keep their names; the prose
// was rewritten, the two traditional pages by hand with the pinyin put back after the same characters as on the page,
// 14's markup, spam line and promo and 17's mis-encoded run kept as found.
// Looked for and not found on a new host (about thirty-five queries): a 运动会 开幕式/闭幕式 讲话 or 致辞 with 一是/一要/一、/
// 1、 points (m.wuhaninfo.cn's 社区全民运动会 一是/二是/三是, 010zaixian.com's 职工篮球赛 一是, xiaomilidoc.com's 农运会筹备
// 一要/二要, onlinecha.com's 籃球聯賽 一、二、三、, m.xde6.net's 1、–4、, lspjy.com's 动员 1.–3.: all used; the unnumbered ones
// stand on used hosts too: bbdoor.com, m.aidaidai.com, 5310wfgg.com, letgol.com, mingyanjiaju.org, 023dbbdf.com, zbfsgm.com); a 运动员代表/裁判员代表 发言 (wendang.net,
// aihuau.com, 010zaixian.com, m.wuhaninfo.cn used; renwen.rcj99.com, zixun.pz1902.com and ch1234.com are "/jxfw/<yyyymm>/"
// pages of the used piaowu.jixiztb.com/aivoz.com family, and m.ovod.cn a "/wenku/<x>/<id>" twin of the used lovfp.com,
// m.sarr.cn, m.wuhaninfo.cn, with their "因篇幅问题不能全部显示" tail); a 趣味运动会 主持词 (qvlr.cn, xde6.net, m.sarr.cn,
// 78911.com.cn, m.001doc.com used; fanwencheng.com's 教职工运动会 script has the crumb and "<category> 阅读(1.22W)" layout of
// the used caihuazhai.com); a 全民健身/农民运动会 讲话 (16175.com, meiwenyun.com, m.777doc.com, 023dbbdf.com, zbfsgm.com,
// xiaomilidoc.com, renrendoc.com used); a 足球/篮球 联赛 开幕 致辞 in full (new hosts hold only reports: fucss.com,
// m.1nzb.com, m.mofangge.com, fczhibo.net, lsmn.cn; gongwk.com, fwdq.com, dawendou.com, bbdoor.com used); a 幼儿园 亲子运动会
// 致辞 (www.ttaoc.com.cn's Q&A page "首页 > 你问我答 > / 更新时间:发布时间: / 问题描述: / 最佳答案 / 推荐答案" is the template of
// round 26 case 02's bbs.gdswjx.net, so it was dropped unclaimed; xueshigu.com, "栏目: / 发布于: / 人气:", was left for the
// same reason). Found on new hosts but not taken: a company's 趣味运动会 开幕词 (guangxinggroup.com, clean), a county
// 中学生运动会 闭幕词 (fanwen.co, clean), a pitch-handover speech (wadahairtimor.com, clean), a 田径运动会 表彰 speech on a
// collection page (m.shugai.com), government and school reports (huanxian.gov.cn, m.w6cq.cn, www.jjdnfz.cn,
// airconditioningrepair-tarzana-ca.com). So the part holds four speeches, one numbered point (14's optional "1、").
// Template twins considered: www.jxjtwl.com (a novel chapter of a 校运会 with the headmaster's 开幕词 quoted) carries the
// "海棠书屋 > … > 正文" crumb and "本章未完,请点击下一页继续阅读 >>" pager of round 178 case 09's zjgjrd.com and was dropped
// (its claim left); 14's leaked-markup header is the hijack kit of round 60 case 04, round 130 case 15 and round 163 case
// 02 (random ids, no shared line; kept, as those rounds kept each other); 17's "wygkcn_ShowArticle.asp" path is the school
// CMS of rounds 59 case 08, 76 case 07 and 166 case 10 (different hosts, and this page prints no CMS line at all); the
// twin check found no shared noise line for any of the six; no used page carries "考满分吧", "标签:运动会稿件", "已关闭评论 0",
// "ppnor", "----在", "当前位置《平和网》" or "欢迎来到我们的网站".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const KM_CRUMB = '当前位置:考满分吧范文网行政后勤运动会在县运动会组委会全体成员会议上的讲话» 正文';
const KM_SEO = '在县运动会组委会全体成员会议上的讲话';
const KM_META = '[10-20 00:15:08]   来源:http://www.kmf8.com  运动会   阅读:8883';
const KM_GAIYAO = '概要: 在象山县第七届运动会组委会第一次全体成员会议上的讲话同志们:象山县第七届运动会定于10月16日—25日在丹城举办,这既是全县规格最高、水平最高的一次体育盛会,也是全县群众生活中的一桩大事,为保证县第七届运动会平安、有序、顺畅地举行,今天,我们召开第七届运动会组委会第一次全体成员会议,这意味着县第七届运动会的各项工作已经全面铺开,比赛开始前我们还将召开一次组委会全体成员(扩大)会议。刚才,组委会副主任兼办公室主任、县体育局胡立群同志向大家通报了七运会的总体方案和前期筹备进展。前一阶段,县体育局围绕县第七届运动会做了大量前期准备,七运会的总规程和各单项的分规程均已出台,会徽征集已经启动,七运会全程工作网络流程图也已绘好,可以说前期工作做得细致、想得周全,为下一阶段工作开了好头、打下了底子。为了抓紧抓好下阶段各项筹备工作,圆满完成县第七届运动会的承办任务,我再讲几点意见:一、举办第七届运动会的时代背景与重要意义(一)时代背景1、北京将于20**年举办奥运会。在奥运会筹备期间,特别是进入北京奥运周期、奥运会开幕之日一天天临近,';
const KM_TAGS = '在县运动会组委会全体成员会议上的讲话,标签:运动会稿件,运动会口号,http://www.kmf8.com';
const KM_TITLE = '在象山县第七届运动会组委会第一次全体成员会议上的讲话';

const HJ_SPAM = '亚洲免费乱码视频,日韩 欧美 国产 动漫 一区,97在线观看免费视频播国产,中文字幕亚洲图片';
const HJ_OL1 = '1. <legend id="ppnor"></legend>';
const HJ_SUP = '<sup id="ppnor"><input id="ppnor"></input></sup>';
const HJ_S = '<s id="ppnor"></s>';
const HJ_COLL = '春季運(yùn)動(dòng)會(huì)領(lǐng)導(dǎo)講話稿大全(22篇)';
const HJ_SIZE = '字號(hào):';
const HJ_PROMO = '總結(jié)可以幫助我們更好地認(rèn)識(shí)自己和提高自己。總結(jié)要有系統(tǒng)性,按照邏輯順序進(jìn)行敘述,確保思路清晰。以下是一些總結(jié)范文的精選,您可以參考一下寫作的技巧和風(fēng)格。';

const JS_COLL = '广播体操比赛开幕演讲稿13篇';
const JS_POST = '2024年 3月 4日10:11:45广播体操比赛开幕演讲稿13篇已关闭评论 0';
const JS_PIECE = '广播体操比赛开幕1';

const AE_TITLE = '向八十周年校庆献礼';
const AE_NAME = '冼立衡';

export const specs = {
  '16-jianghua-aedu-xiaoyunhui-xiaoqing-title-hyphen-subtitle-bare-name-school-site': {
    source: 'http://a.aedu.cn/gzmtqs/ArticleShow-6062.html',
    kind: 'speech: 讲话 (a headmaster at his school\'s 13th 校运会, held for its eightieth anniversary; school-news site)',
    tests: 'the title "向八十周年校庆献礼" as the first line; a subtitle written with four ASCII hyphens "----在第13届校运会上的讲话" (a body paragraph, no dash marker); the speaker\'s bare name on its own line (noise); the salutation; a stray space after a comma; "希望全体…" clauses joined by semicolons (no markers); "谢谢大家!"; the whole page',
    isSpeech: true,
    title: AE_TITLE,
    noise: [AE_NAME],
    dropLines: [AE_TITLE, AE_NAME],
    outline: [],
  },
  '17-essay-enmeixing-big5-pinyin-yundonghui-ganxiang-zhuwei-gewei-mojibake-quote-not-speech': {
    source: 'http://m.enmeixing.com/wygkcn_ShowArticle.asp?EC_ArticleID=20013',
    kind: 'non-speech: personal essay (a pupil on his school\'s rain-shortened 运动会; converter mirror of a school CMS)',
    tests: 'no title and no site noise; converter pinyin after 風/轉/預/學/現/經/衛/關/內/環; the class\'s results reported in the writer\'s voice ("本人有幸在現場目睹…"); a stray space inside a word ("同 學"); a line of the 詩經; a mis-encoded run where a quoted line of poetry stood; closing asides to "諸位"/"各位" ("愿各位…也別忘了鍛煉身體啊") — an essay, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-fjph-nongyunhui-kaimu-welcome-crumb-meta-caption-hexin-reported-not-speech': {
    source: 'https://www.fjph.com.cn/ShowInfo.aspx?id=36002',
    kind: 'non-speech: news report (the opening of the 福建省第六届农民运动会; county portal\'s copy of an evening paper)',
    tests: 'a welcome line "您好!欢迎来到我们的网站!"; a crumb "当前位置《平和网》> 新闻中心> 福建新闻 > 正文"; the headline; "作者:佚名 来源:… 时间:…" and "编辑:… 点击数: 字号:" lines; a photo caption with the photographer in brackets; paragraphs indented by three spaces and parted by two blank lines; the officials present listed; the 贺信 retold ("贺信指出,…", "贺信希望…") — a report, not a speech; cut mid-word',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
