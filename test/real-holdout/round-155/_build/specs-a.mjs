// Gold specs for holdout round 155, part A (cases 01–06): bamboo, forestry products and timber (竹产业 大会, 林博会/木博会,
// 木业/木门/家具 — their 讲话 and 致辞, and their look-alikes: a forestry chief's forum article, a feature story, two news reports).
// Two spoken pieces (the chairman of the 中国家具协会 speaking to its vice-presidents' meeting, printed in full on a provincial
// furniture association's DedeCMS site (sdf999.com, "/luntan/<yyyy>/<mmdd>/<id>.html"): a "名家论坛" column label, a crumb
// "当前位置: 首页 > 名家论坛 >", the press headline with a "【声音】" kicker and the speaker's name ("【声音】中国家具协会理事长
// 徐祥楠在…上的讲话"), a "时间:2020-07-30 19:28来源:山东省家具协会 点击:" meta line (a 2020 date over a 2021 meeting, the
// site's), a two-paragraph third-person press lead summarising the talk, with "…提出四点希望:一是…,二是…,三是…,四是…。"
// after a colon, an editor's note "应业内同仁诚挚邀请,…以飨行业。" with a trailing space, the label "以下为讲话全文:", lines
// holding a single space, then the speech's own title, a byline "中国家具协会理事长 徐祥楠", a date line broken after the
// year ("(2021" / "年7月30日  长春)"), the salutation "各位副理事长、朋友们:", "大家上午好!" and the opening, cut mid-word
// ("近一年来的主"); a door maker's chairman welcoming the 中国木门协会's 2011 presidents' meeting to Chengdu, on the company's
// own news page (www.qcmy.cn, 千川木门, "/news/<id>.html"): no title and no site furniture in the capture at all, the
// salutation run into "大家上午好!" with no punctuation ("…女士们,先生们大家上午好!"), paragraphs opening with quoted
// slogans ("“有朋自远方来不亦乐乎”,…", "“科学发展,引领未来”,是本次会长工作会议的主题"), cut mid-word ("中国木材与木制品
// 流通协会木")) and four written look-alikes (a county forestry chief's signed article in a bureau's "局长论坛" column on a
// traditional-script converter mirror of a Liuyang government page (www.aiapeng.cn, "/lyj/ztzl/jzlt/<yyyymm>/t<date>_<id>
// .html"): the headline "肖柏林:譜寫“竹”夢新篇——瀏陽竹產業高質量發展路徑探索", three paragraphs in the first person plural
// ("我們赴浙江安吉、益陽桃江等地考察取經"), figures for 安吉/桃江/綏寧, a standalone heading "一、全鏈條貫通:…通道?" with a stray
// "?" where a character was lost, a block point "一是前端:…" cut mid-sentence ("切實") — a written policy article, not a
// speech; a city newspaper's feature story on the 南平 CPPCC's bamboo-industry consultations on a hijacked traditional mirror
// with pinyin annotations (www.jianyangwang.cn, "/bdxw/content/<yyyymm>/<dd>/c<id>.html"): a line of porn-site keywords
// joined by "|" as the page's first line, the headline "林海生金 富民強市——南平市政協(xié)助力…工作側(cè)記", a "… 來源: 閩北日報
// 作者:□饒祥祿 肖光軍" meta line, pinyin after 協/產/業/態/經/創/發/優/設/調/農 ("政協(xié)", "產(chǎn)業(yè)"), mis-encoded runs
// ("南方林?!敝Q", "嬗變?yōu)榍|產(chǎn)業(yè)", "?!薄爸窆S", "辈戎酀舻纳铰?"), a subheading "調(diào)研先行:走進青山覓良策" and bamboo
// farmers' complaints quoted in the first person — a third-person feature (側記), not a speech; an industry association's
// report on the "中国竹乡" joint conference in 建瓯, flattened onto one line on a bamboo company's site (www.anji-bamboo.com,
// "/cyy<id>/vip_doc/<id>.html"): five lone "|" lines, the headline glued to a photo caption ("…召开“中国竹乡”联席会现场"),
// captions naming who spoke ("中国竹产业协会秘书长杨淑艳主持会议", "…周建芳致辞", "…谢腾辉致辞", "…伍清亮讲话") left inside the
// run between spaces, a list of talks in 《》 with the first bracket misprinted "巜", cut mid-word ("秘书") — a report, not a
// speech; a timber-fair report reposted on a hijacked company template (okinawa-loto6.com, "/xinwenzhongxin/<id>.html"): the
// template's "免费咨询热线" line and its placeholder number "020-88888888" glued before the newspaper's dateline ("…中国绿色
// 时报8月18日报道(记者…)"), the guests' list, "赵树丛在开幕式上致辞", "赵树丛指出,…" and a paragraph of the official's
// points with no speech verb, cut mid-phrase ("八大") — a news report, not a speech).
// Judgement calls: 01 is a speech page: the document under "以下为讲话全文:" is the 讲话 in the first person to the
// vice-presidents; its own title line (the 在…上的讲话 line under the label, without the kicker and the name) is the title,
// as round 37 case 09 took the speech's own title under a press label and round 134 case 02 the document under "以下为致辞
// 全文:"; the column label, the crumb, the kicker headline, the meta line, both lead paragraphs, the editor's note and the
// label are noise ("【声音】", "以飨行业" and "以下为讲话全文" listed again as short parts, so that a half-removed line is
// caught); the lead's "一是…二是…三是…四是…" after a colon belong to the press summary, not to the speech, so the outline is
// empty (the capture ends before the speech reaches any point); the byline carries a post and stays as a body line (as
// round 154 case 04 and the shared corpus' `主讲人:…书记…`), and so does the date line broken after "(2021" (joined, as
// round 3's join step); byline and date are joined into one paragraph ("中国家具协会理事长 徐祥楠(2021年7月30日  长春)", the
// shape of the shared corpus' `县委常委、县政府负责人xxx(二○一八年…)`) because the byline alone also reads, unbroken, at the
// head of the kept headline, which the checker's greedy order rule would take for the first paragraph and so place the
// title after it (unsure: a reader sees two lines; the alternative, "" for the title as round 118 case 02 did, loses a
// title the page prints; round 131's part C met the same rule); the lines holding a single space are no paragraphs. The lead paragraphs are the site editor's prose and were rewritten in new words like the
// speech (sentence shapes, "四点希望:一是…" and the figures kept); the crumb, headline, meta line, note and label are as
// found. 02: a host company's welcome at an association meeting is a 致辞 (first person, salutation, "送上我最热烈、最
// 真诚的欢迎"); the page shows no title, so the title is "" (as round 5 cases 04/09 and the shared corpus' case 11); the
// salutation glued to "大家上午好!" stays one paragraph (no break is invented); the quoted slogans opening paragraphs are
// prose; no page noise at all (a do-no-harm case, as the shared corpus' case 48); "张会长" is a surname and a post and
// stays (as round 154 case 01). 03–06 are written, not speeches: 03 is a signed article in a "局长论坛" column (policy prose,
// no address, no audience), so its "一、"/"一是" are no outline although they are clean block markers (as round 154 case
// 18's article and the shared corpus' case 42); 04 is a feature in the third person whose quoted first-person lines are the
// farmers', not a speaker's; 05 and 06 report 致辞/讲话 in the third person (captions "…致辞", "…指出,…"), as round 134
// case 05. Names of private people (the reporter in 06's dateline) were replaced by fictional ones; officials and
// association officers named in their public posts were kept, and so were the names in 04's meta line (site noise, kept
// as found); the prose was rewritten, the traditional-script pages in traditional script with the same converter
// leftovers ("并", the pinyin on the same characters, the mis-encoded runs).
// Looked for and not found on a new host: a 竹产业 大会/推进会 讲话 with numbered points (一、/（一）/一是): the one found
// (在全市…竹产业座谈会上的讲话, "一、要坚定做大做强竹产业的信心", "其次,", "一是", a "(未完,全文共1856字…)" paywall) is on
// 6dgww.com (used), the 杂竹丰产林 讲话 on gwyoo.com (used), the 林业工作会议 讲话 with 一、/一是 on xiexiebang.com,
// max.book118.com, huangminedu.com.cn (a pinyin tag page) and 360docs.net (首先/其次/再次) (all used), the 油茶产业 三年行动
// 动员讲话 on m.yzwku.com (used); the 竹 致辞 "在“你好中国竹”可持续发展行动启动仪式上的致辞" is on m.1wenmi.com (used, and its
// docx-viewer template is used across many rounds); a 林博会/森博会/木博会/竹文化节 开幕式 致辞 printed in full (the store
// answers only with third-person reports: taiwan.cn, hkcd.com, m.597mm.com, cul.book.sina.com.cn, converter mirrors
// yogviha.cn and jieyan321.com); a 竹 主持词 or 开幕词 on a 范文 site; a 家具/红木/地板/人造板 大会 致辞 other than 01 (reports
// only); forestry speeches in journal records (lygc.lknet.ac.cn, used; jxxfw.com and soolun.net, used "论文部分内容阅读"
// template; journal.wf.pub, used); a 竹产业 发展规划 or 招商 介绍 page on an unused host (6dgww.com's 竹产业发展情况介绍 is
// used). So only two speeches, neither with a numbered point of its own, and four look-alikes.
// Template twins considered: ppj58.cn (a spun traditional mirror of the Beijing expo "安吉日" news) opens with "本篇文章596
// 字,讀完約1分鐘", the reading-time line of the used spun template (round 113 case 06, round 65 case 11, round 86 case 15)
// — dropped; www.cnzhengmu.com (木业网 news) carries the "字体:T T T 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)"
// colour bar of round 49 case 05 and round 59 case 07 — dropped, though the bar is a generic CMS widget;
// m.ushengzhilian.com's "導語:…一文來源于網友上傳,不代表本站觀點" is gwyoo.com's template in traditional script — dropped;
// 3xcg.com (a hijacked company template, "您所在的位置:首页 > 开云(中国) > 行业新闻") was not taken for its likeness to round
// 143 case 04's hijacked header; sdf999.com's "时间:…来源:… 点击:" is DedeCMS's default meta line, also on used pages of
// other sites whose other lines differ, and no used page carries "名家论坛", "以飨行业" or "以下为讲话全文"; jianyangwang.cn's
// pinyin annotations are the common converter's, but no used page carries its spam keyword line or its meta line; no used
// page carries "联席会现场", "免费咨询热线", "020-88888888" or "中国绿色时报".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SD_COL = '名家论坛';
const SD_CRUMB = '当前位置: 首页 > 名家论坛 >';
const SD_HEAD = '【声音】中国家具协会理事长徐祥楠在2021中国家具协会副理事长会议上的讲话';
const SD_META = '时间:2020-07-30 19:28来源:山东省家具协会 点击:';
const SD_LEAD1 = '7月30日,2021中国家具协会副理事长会议在长春顺利召开。中国家具协会理事长徐祥楠到会讲话。他从抓好党建工作,引领行业前行;汇聚行业合力,服务国家大局;提高发展质量,增进人民福祉;扛起大国担当,促进世界共赢四个方面,梳理回顾了第七届理事会近一年来的重点工作。面对经济下行压力,广大家具企业坚定践行新发展理念,主动融入新发展格局,以国际循环带动国内循环,体现出大国家具企业应有的定力与担当。为建成现代化家具强国,开启行业发展新征程,徐理事长对第七届理事会提出四点希望:一是推进创新变革,二是推动中国产品向中国品牌转变,三是服务人民美好生活,四是推动构建全球家具行业命运共同体。';
const SD_LEAD2 = '徐理事长强调,习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话,为全党全国各族人民奋进第二个百年奋斗目标指明了方向,提供了根本遵循;希望各位副理事长凝心聚力,带动全国各地家具同仁,认真学习领会总书记重要讲话精神,以党的行动纲领引领行业今后工作的前进方向。';
const SD_NOTE = '应业内同仁诚挚邀请,徐祥楠理事长在会上的讲话内容现公开发表,以飨行业。';
const SD_LABEL = '以下为讲话全文:';
const SD_TITLE = '在2021中国家具协会副理事长会议上的讲话';

export const specs = {
  '01-jianghua-sdf999-jiaju-xiehui-shengyin-headline-press-lead-yishi-quanwen-label-wrapped-date': {
    source: 'http://sdf999.com/luntan/2021/0810/7602.html',
    kind: 'speech: 讲话 (the chairman of the 中国家具协会 at its vice-presidents\' meeting; printed in full on a provincial furniture association\'s site)',
    tests: 'a "名家论坛" column label and a crumb "当前位置: 首页 > 名家论坛 >"; a press headline with a "【声音】" kicker and the speaker\'s name; a "时间:…来源:山东省家具协会 点击:" meta line; a two-paragraph third-person press lead with "四点希望:一是…,二是…,三是…,四是…" after a colon (noise, no outline); an editor\'s note "…以飨行业。" with a trailing space and the label "以下为讲话全文:"; lines holding a single space; the speech\'s own title under the label; a byline "中国家具协会理事长 徐祥楠" (kept); a date line broken after the year ("(2021" / "年7月30日  长春)"; byline and date joined into one paragraph); the salutation and "大家上午好!"; cut mid-word ("近一年来的主")',
    isSpeech: true,
    title: SD_TITLE,
    noise: [SD_COL, SD_CRUMB, SD_HEAD, SD_META, SD_LEAD1, SD_LEAD2, SD_NOTE, SD_LABEL, '【声音】', '以飨行业', '以下为讲话全文'],
    join: [['中国家具协会理事长 徐祥楠', '长春)']],
    dropLines: [SD_COL, SD_CRUMB, SD_HEAD, SD_META, SD_LEAD1, SD_LEAD2, SD_NOTE, SD_LABEL, SD_TITLE],
    outline: [],
  },
  '02-zhici-qcmy-mumen-xiehui-huizhang-huiyi-no-title-no-noise-glued-dajiahao': {
    source: 'http://www.qcmy.cn/news/947.html',
    kind: 'speech: 致辞 (a door maker\'s chairman welcoming the 中国木门协会\'s presidents\' meeting to Chengdu; company news page)',
    tests: 'no title and no site furniture in the capture (do-no-harm); the salutation run into "大家上午好!" with no punctuation ("…女士们,先生们大家上午好!", one paragraph); paragraphs opening with quoted slogans ("“有朋自远方来不亦乐乎”,…", "“科学发展,引领未来”,是…主题"); a first-person welcome ("送上我最热烈、最真诚的欢迎"); cut mid-word ("中国木材与木制品流通协会木")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-article-aiapeng-big5-liuyang-zhuchanye-juzhang-luntan-yi-yishi-not-speech': {
    source: 'http://www.aiapeng.cn/lyj/ztzl/jzlt/202508/t20250825_33781730.html',
    kind: 'non-speech: article (a county forestry chief\'s signed article in a "局长论坛" column; traditional-script converter mirror)',
    tests: 'the headline "肖柏林:譜寫“竹”夢新篇——瀏陽竹產業高質量發展路徑探索" (a name and a colon before the title); policy prose in the first person plural ("我們赴浙江安吉、益陽桃江等地考察取經") with no address to an audience; figures for 安吉/桃江/綏寧 with slashes ("竹拉絲/竹片"); a standalone heading "一、全鏈條貫通:…打通價值轉化通道?" with a stray "?"; a block point "一是前端:整合資源,集約培育。…" cut mid-sentence ("切實") — a written article, not a speech, so no outline',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-jianyangwang-big5-pinyin-nanping-zhuchanye-zhengxie-cebian-spam-header-mojibake-not-speech': {
    source: 'http://www.jianyangwang.cn/bdxw/content/202511/27/c1566204.html',
    kind: 'non-speech: news feature (a city newspaper\'s 側記 on the 南平 CPPCC\'s bamboo-industry consultations; hijacked traditional mirror with pinyin annotations)',
    tests: 'a line of porn-site keywords joined by "|" first; the headline "林海生金 富民強市——南平市政協(xié)助力千億竹產(chǎn)業(yè)集群工作側(cè)記"; a "… 來源: 閩北日報 作者:□饒祥祿 肖光軍" meta line; pinyin annotations ("政協(xié)", "產(chǎn)業(yè)", "生態(tài)", "創(chuàng)新", "發(fā)展"); mis-encoded runs ("南方林?!敝Q", "嬗變?yōu)榍|產(chǎn)業(yè)", "?!薄爸窆S", "辈戎酀舻纳铰?"); a subheading "調(diào)研先行:走進青山覓良策"; farmers\' complaints quoted in the first person — a third-person feature, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-anjibamboo-zhongguo-zhuxiang-lianxihui-oneline-zhici-jianghua-captions-pipes-not-speech': {
    source: 'http://www.anji-bamboo.com/cyy95221/vip_doc/26810450.html',
    kind: 'non-speech: news report (the "中国竹乡" joint conference in 建瓯; flattened onto one line on a bamboo company\'s site)',
    tests: 'five lone "|" lines; the headline glued to a photo caption ("…在福建省南平建瓯市召开“中国竹乡”联席会现场"); the whole report on one line, with captions naming who spoke ("中国竹产业协会秘书长杨淑艳主持会议", "…周建芳致辞", "…谢腾辉致辞", "…伍清亮讲话") between spaces; a list of talks in 《》 with the first bracket misprinted "巜"; cut mid-word ("秘书") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-okinawaloto6-mudanjiang-mubohui-kaimu-hotline-glued-zhici-zhichu-not-speech': {
    source: 'http://okinawa-loto6.com/xinwenzhongxin/1052.html',
    kind: 'non-speech: news report (the opening of the 5th 牡丹江 international timber fair; reposted on a hijacked company template)',
    tests: 'a "免费咨询热线" line and the template\'s placeholder number "020-88888888" glued before the newspaper\'s dateline ("…中国绿色时报8月18日报道(记者…)"); the guests\' list; "赵树丛在开幕式上致辞,…" and "赵树丛指出,…"; a paragraph of the official\'s points with no speech verb; cut mid-phrase ("八大") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
