// Gold specs for holdout round 96, part B (cases 07–12): postal services, couriers and railways (邮政, 快递, 铁路 — work
// meetings, association congresses, construction mobilisations, openings, and their look-alikes).
// Three spoken pieces (the head of the provincial express-delivery association's 讲话 at the change-of-term congress of the
// 梅州 city association, on the provincial economic association's site (www.gdea.net.cn, an ".aspx?Id=" article page with no
// site furniture in the capture): the title, the speaker's bare name on a line of its own, the dated line "(2019年6月18日)",
// a line holding a lone space, the salutation "各位领导、各位嘉宾、各位代表、朋友们:", "大家好!", thanks, "接下来,…再提几点
// 希望:" and a block "一、行业现状。这也是当前的形势,…" point whose heading is its first sentence, cut mid-word ("应"); the
// chairman of the Tibet Autonomous Region's 讲话 at the mobilisation meeting for the 拉日 railway, on a traditional-script
// mirror of a government site (customartwest.com, "/zw/qwfb/<yyyy-mm>/<dd>/content_<id>.html"): no title in the capture, the
// salutation "同志們:" first, the converter's pinyin after a fixed set of characters (創(chuàng), 現(xiàn), 區(qū), 發(fā), 態(tài),
// 戰(zhàn), 穩(wěn)), the converter's simplified 里/斗/并 kept, a mis-encoded run "發(fā)展?jié)摿?、" where 潛力 was lost, no
// numbered points, cut mid-phrase ("是各方面"); a 铁路护路 演讲稿 by a county railway-guard squad member on a 范文 site
// (nuehua.com, "小花文档网"): a welcome slogan "让写作成为一种习惯,小花文档网欢迎您!", a breadcrumb "当前位置:首页 > 演讲稿范文 >
// 征文演讲", the title, then the title again glued with a space before the salutation, the speaker's self-introduction with a
// blanked name "秦xx", the speech's topic and its opening all on one line separated by single spaces, later paragraphs with a
// space before their second sentence, no numbered points, cut mid-sentence ("为了发现和排除")) and three written look-alikes
// (a China Post group news item on its annual 经营服务 work meeting (english.chinapost.com.cn, the group site's
// "/html1/report/<yymm>/<id>-1.htm" page, captured without its headline): the meeting and the chairman's speech told in the
// third person ("刘爱力在讲话中…", "他强调,…", "刘爱力指出,…"), then a block "一是增强辩证思维,…。" paragraph with an
// inline "一要辩证看待…。" after a full stop — a report summarising a speech's points, not a speech; cut mid-word ("集团公");
// a 倡议书 issued at the national postal commendation meeting of 2007 (ynpost.com, the Yunnan postal site's
// "/article/gnyz/<yyyymm>/<id>.html" page, captured without its headline): an opening on the meeting, "…发出如下倡议:", four
// "一、争当…者。" heading points with their paragraphs and a closing "全国邮政干部职工同志们,…" that looks like a
// salutation — a written appeal, not a speech (as round 89's and the shared corpus's 倡议书 cases); cut mid-word ("时"); a
// regional portal's copy of the Xinhua report on the opening ceremony of the Hong Kong section of the 广深港 high-speed railway
// (dianxian.dxbei.com, "大西北网", a DedeCMS page): the headline, a "时间:… 来源:大西北网 作者:新华社 点击: 载入中..." meta line,
// indented paragraphs with lines holding a lone space between them, the speakers "先后致辞" told in the third person, a
// "(责任编辑:…)" line and a ">相关新闻" list with bullets — a news report, not a speech).
// Judgement calls: 07's title is the document's own 在…上的讲话 line (dropped from the body, not listed); the speaker's bare
// name under it has no position, so it is dropped like the shared corpus's 106 (a bare speaker name under the title) and,
// since it does not occur in the title, listed as noise; the dated line "(2019年6月18日)" stays as the speech's own date line;
// "一、" opens its paragraph, so it is a required level-1 block heading (no run needed) whose text is its first sentence
// "行业现状". 08 has no title line in the capture (title ""); the whole "(pinyin)" annotations go (one regexCut, its hits
// listed as noise), the mis-encoded run with its broken "?jié)" stays, as round 1's 09/10. 09's title is the line under the
// breadcrumb; its glued repeat before "各位领导" is cut off the first body line (a repeat of the title, not listed); the welcome
// slogan and the breadcrumb are noise; the body line keeps its salutation, self-introduction, topic and opening together (no
// break is invented at the spaces); "秦xx" stays as a blanked name. 10–12 are written, not speeches; 10 and 11 show no
// headline in the capture, so their informational title is "".
// Names of private people were replaced by fictional ones (07's speaker, 09's squad member, 12's reporters and editor);
// officials and public figures named in the speeches and reports (张平, 刘志军, 刘爱力, 康宁, 林郑月娥, 董建华, 梁振英, 马兴瑞,
// 张晓明, 王志民, 陆东福, 马时亨, 姚珏) are kept. The prose was rewritten.
// Looked for and not found on a new host: a 邮政 工作会议 讲话 or 党课 on a 范文 or 文库 site (the corpus answers with
// m.hunwen, m.xuefen, ruiwen, gwyoo, gwg365 and zzlgroo, all used or named as twins, and with news of group meetings); a
// 快递 座谈会 发言 or 开业 致辞 (only news items and tag pages; gongwk's 最美快递员 致词 is used); a 铁路 开通仪式 致辞 or 站段
// 职工大会 讲话 with 一、/一是/第一, points (only news reports, novel chapters, xiaomilidoc's 铁道部 总结讲话 and gwyoo's 运输安全
// 讲话, both used); a 通告 on couriers or railways (the corpus answers with tag pages that hold a title only), so the
// look-alikes are a report, an appeal and a report; a second speech with two or more numbered points, so only 07 carries one.
// Template twins set aside: quanshuba.com (a traditional 鐵路安全演講稿 collection: "當前位置 /首頁/範文/演講稿/列表",
// "(通用15篇)", the cooco/xuefen promo "以下是小編幫大家整理的…供大家參考借鑑,希望可以幫助到有需要的朋友" and a "…演講稿1"
// heading, as round 59 set aside m.cdxkw.cn); 33designstudio.com (a traditional copy of the used zgkdxh.org.cn, same
// "/content/details_<col>_<id>.html" pages); zayp1.com, ctvpost.com, gzxinren.com, kingphair.com and covidvaccineuae.com
// (copies of chinapost.com.cn's "/html1/report/…" pages under spam titles — the family of 10's host, so none was taken).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const GD_TITLE = '在梅州市快递行业协会换届大会上的讲话';
const GD_NAME = '陈培钧';

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const NH_WELCOME = '让写作成为一种习惯,小花文档网欢迎您!';
const NH_CRUMB = '当前位置:首页 > 演讲稿范文 > 征文演讲';
const NH_TITLE = '铁路护路演讲稿';

export const specs = {
  '07-jianghua-gdea-kuaidi-xiehui-huanjie-name-date-yi-block': {
    source: 'http://www.gdea.net.cn/admin/article/fnaly.aspx?Id=31293',
    kind: 'speech: 讲话 (the provincial express-delivery association\'s head at a city association\'s change-of-term congress)',
    tests: 'no site furniture in the capture; the title "在梅州市快递行业协会换届大会上的讲话", the speaker\'s bare name on its own line (no position), the dated line "(2019年6月18日)", a line holding a lone space; the salutation "各位领导、各位嘉宾、各位代表、朋友们:" and "大家好!" on their own lines; "接下来,…再提几点希望:" then a block "一、行业现状。这也是当前的形势,…" whose heading is its first sentence; percentages and "四分之一"; cut mid-word ("应")',
    isSpeech: true,
    title: GD_TITLE,
    noise: [GD_NAME],
    dropLines: [GD_TITLE, GD_NAME],
    outline: [
      { level: 1, marker: '一、', text: '行业现状' },
    ],
  },
  '08-jianghua-customartwest-big5-lari-tielu-dongyuan-pinyin-mojibake-no-title': {
    source: 'http://www.customartwest.com/zw/qwfb/2015-11/08/content_1129605.html',
    kind: 'speech: 讲话 (the regional chairman at the 拉日 railway construction mobilisation meeting; traditional-script mirror of a government site)',
    tests: 'no title in the capture: the salutation "同志們:" is the first line; converter pinyin after a fixed set of characters (創(chuàng), 現(xiàn), 區(qū), 發(fā), 態(tài), 戰(zhàn), 穩(wěn)); the converter\'s simplified 里/斗/并; a mis-encoded run "發(fā)展?jié)摿?、" with a broken "?jié)" (kept); public officials named in the welcome (張平主任、劉志軍部長); a short slogan paragraph and a one-sentence paragraph; no numbered points; cut mid-phrase ("是各方面")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '09-yanjiang-nuehua-tielu-hulu-crumb-glued-title-salutation': {
    source: 'http://nuehua.com/yanjianggaofanwen/zhengwenyanjiang/36d5b30e1ce151af27e34298fdaad02e.html',
    kind: 'speech: 演讲稿 (a county railway-guard squad member\'s contest speech; 范文 site)',
    tests: 'a welcome slogan "让写作成为一种习惯,小花文档网欢迎您!", a breadcrumb "当前位置:首页 > 演讲稿范文 > 征文演讲", the title, then the title again glued with a space before the salutation "各位领导、各位评委、同志们大家好:" on a line that also holds the self-introduction with a blanked name "秦xx", the topic "甘做一颗永不生锈的螺丝钉" and the opening, all separated by single spaces; a later paragraph with a space before its second sentence; "一路风雨,一路歌声" and "一颗" are no markers; cut mid-sentence ("为了发现和排除")',
    isSpeech: true,
    title: NH_TITLE,
    noise: [NH_WELCOME, NH_CRUMB],
    replace: [[NH_TITLE + ' 各位领导', '各位领导']],
    dropLines: [NH_WELCOME, NH_CRUMB, NH_TITLE],
    outline: [],
  },
  '10-news-chinapost-youzheng-jingying-huiyi-yishi-yiyao-not-speech': {
    source: 'http://english.chinapost.com.cn/html1/report/2203/1938-1.htm',
    kind: 'non-speech: news report (China Post group news of its annual 经营服务 work meeting; group site)',
    tests: 'no headline in the capture; the meeting in the third person ("会议召开", "出席会议并讲话", "作工作报告"), then the chairman\'s speech reported ("刘爱力在讲话中…", "他强调,…具体表现在:…", "刘爱力指出,…"); a block "一是增强辩证思维,…,打造新时代新普服。" paragraph with an inline "一要辩证看待…。" after its full stop — a report summarising a speech\'s points, not a speech; cut mid-word ("集团公")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-changyishu-ynpost-youzheng-biaozhang-yi-headings-not-speech': {
    source: 'https://ynpost.com/article/gnyz/200709/6910.html',
    kind: 'non-speech: 倡议书 (an appeal issued at the national postal commendation meeting of 2007; provincial postal site)',
    tests: 'no headline in the capture; an opening on the commendation meeting ("…在北京隆重召开了!"), "我们向全国邮政干部职工发出如下倡议:", four block points "一、争当深化改革的探索者。" … "四、争当知识型职工的实践者。" each with its paragraph, and a closing "全国邮政干部职工同志们,…" that looks like a salutation — a written appeal, not a speech; cut mid-word ("时")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-dxbei-gaotie-kaitong-yishi-meta-related-not-speech': {
    source: 'http://dianxian.dxbei.com/n/20180922/299119.html',
    kind: 'non-speech: news report (Xinhua report of the opening ceremony of the 广深港 high-speed railway\'s Hong Kong section; regional portal)',
    tests: 'the headline; a "时间:2018-09-22 21:01来源:大西北网 作者:新华社 点击: 载入中..." meta line with the date glued to 来源; indented paragraphs with lines holding a lone space between them; a "新华社香港9月22日电(记者…)" lead; the ceremony and its speakers ("相继致辞", "致辞结束后") told in the third person — a news report, not a speech; a "(责任编辑:…)" line and a ">相关新闻" list of bulleted headlines at the cut',
    isSpeech: false,
    title: '广深港高铁香港段开通仪式在香港西九龙站举行',
    noise: [],
    outline: [],
  },
};
