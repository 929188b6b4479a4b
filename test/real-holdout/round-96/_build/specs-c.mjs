// Gold specs for holdout round 96, part C (cases 13–18): social sciences and local chronicles (地方志/修志/年鉴 编纂,
// 社科联 代表大会, 社科普及周, 哲学社会科学 研讨会 — 讲话, 致辞, and their look-alikes).
// Four spoken pieces (the chief editor's 讲话 to the 《浙江通志》 editors on the provincial chronicles office's site (zjdfz.cn):
// a "设为首页 添加收藏" bar, the headline "攻坚克难不辱使命 善作善成画圆句号", a bare "2019-06-19 16:53:23" time line, the
// speech's "——关于…的思考和意见" subtitle, a byline "《浙江通志》总编  <name>" with two spaces, the bracketed date, a line
// holding one space, "同志们:", indents of two spaces on some lines only, "一共谈13个问题" and the first block point
// "第一、关于…的问题。" (its 第二、 past the cut), cut mid-sentence; a provincial chronicles official's 讲话 at a city's
// 市志 首发式 and 名镇名村志 launch on the city's 史志 site (lssz.lishui.gov.cn): no title, no salutation and no site line in
// the capture, the text opens "盛世修志,志载盛世。我很高兴来参加…", "我讲两点意见" and a standalone "一是…重大意义" heading
// line with a block "第一,…" paragraph under it, cut mid-word ("第四"); a journal portal's search listing
// (qikanwang.net) whose hits are two 地方志 speeches, each line glued to a "简介:" label: a provincial leader's 讲话 at the
// 全省地方志工作会议 with "下面,我讲几点意见。一、统一思想,…的认识编史修志是…" (the heading glued to its body, no line
// break) and the listing's truncation "18...", then the opening of a 《汉中地区志》 首发 讲话, cut mid-word ("辛勤工");
// a CASS vice-president's 致辞 at a national theory symposium on a CASS press database page (pishu.com.cn): a clean
// capture that opens with the salutation "各位学者、同志们、朋友们:", no title, first person ("我代表中国社会科学院"),
// no numbered point, cut mid-word ("畅所")) and two written look-alikes (a city paper's e-paper report of the city's
// 社科联 第四次代表大会 (szb1.ywcity.cn): "第01版:要闻", the headline, a "▢ 全媒体记者 <name>" box line, "本报讯",
// the propaganda head "出席并讲话" and "会议要求,…要…要…" in the third person, then the e-paper system's leaked footer
// "2025-10-16 11 11 义乌商报 content_581550.html 1 3 <headline> /enpproperty-->" — a report, not a speech; page 3 of a
// provincial 社会科学普及周 活动方案 (tv.jjjtsb.com): an item "7、…" with 承办单位/时 间/活动内容 field lines, the part heading
// "五、活动要求" and 1、…4、 requirement paragraphs ("各参与单位要…") — a written plan, not a speech).
// Judgement calls: 13's title is the headline (the speech's own title; its subtitle stays in the body as a paragraph and is
// an optional level-1 dash item, as round 81's 14); the bar and the bare time line are noise; the byline with the post and
// the bracketed date stay; "第一、" is a block ordinal with "、" (not the table's "第一,") — an optional level-1 item, its text
// the first sentence without "。" (round precedent for "第一、"). 14 has no title line (''), no noise; "一是…意义" is a
// required level-1 point (block, whole line, no sentence end; its 二是 past the cut); "第一," is a block ordinal of another
// paragraph-point family: by the letter of outline-rules.md (no headings, so every paragraph-point family sits at level 1)
// it is a level-1 sibling, while a reader nests it under the 一是 heading line — marked optional at level 1. 15 is a
// speech page (collection/listing whose first piece is a speech): the "简介:" labels are the listing's (one regexCut, its
// hit listed as noise); the title is '' (the listing prints no title of either speech); both hits stay as body
// paragraphs, the site's "18..." included; the inline "一、" after "。" is a run of one (its 二、 is cut off by the listing),
// so optional, and its first sentence is longer than 50 characters, so its text is cut at the first comma ("统一思想").
// 16's title is ''; the salutation opens the body; nothing is noise. 17 and 18 are written, not speeches (18's page shows
// no headline of the plan, so its title is '').
// Names: living people who are not national public figures were replaced by fictional ones (13's chief editor and office
// director, 14's village accountant, 15's reporting official, 17's reporter and propaganda head); 习近平 and 王伟光,
// national public figures, stay as printed. The prose was rewritten; the noise, layout, markers and cuts were kept.
// Looked for and not found on a new host: a 社科联 代表大会 讲话 with 一、 headings (chengdu.baogaosu is a sister of the used
// lanzhou.baogaosu, xiexiebang is used; the corpus answers with news reports); a 社科普及周 开幕 致辞 with points (chinavalue,
// the one speech, is used; the rest are news reports on used traditional mirrors: jinshusy, m.djt5, riulidt, hh-da); a
// 修志/年鉴 启动 讲话 with numbered points on a 范文 site (fanwenq, 6dgww, taowenge, xiaomilidoc, m.jinchutou, 16175 are used;
// hbhbbw.com is the "/zhuantifanwen/<col>/<id>.html" farm); a traditional-script mirror of a 地方志 讲话 (9000bbs and
// crsrw are used; crsrw's 座谈会 讲话 is round 60's 14); a 文库 viewer page on a new template (desk33.com's 地方志工作会议
// 讲话 is a "《….docx》由会员分享…(6页珍藏版)》请在…上搜索" viewer, the template of the used taowenge/001doc/1wenmi/31doc);
// a 年鉴 首发式 致辞 (meta.librarydata.cn, guayunfan, hprc.org.cn, shandong-chorography are used). Only 13 and 14 carry
// numbered points, one or two each (the capture ends before the second item in both).
// Template twins set aside: desk33.com (above), hbhbbw.com (above), m.vm2gf75b.cn (a traditional pinyin mirror of a
// cass.cn page, a 主持词 at a sociology symposium: cass.cn and chinaps.cass.cn are used), hh-da.com.cn (the hijacked
// "/news/<n>/<id>.html" traditional mirror of the used jinshusy.com), 117.78.9.86:8080 (a TRS "was40/detail?channelid="
// archive record, the template of round 72's jiubao.dongyingnews.cn). Notes on kin: lssz.lishui.gov.cn is a Zhejiang
// government site on the province's portal software (panan, wencheng, wuch, zjskw and wzrd.wenzhou were used as separate
// hosts); its capture carries none of the portal's furniture. tv.jjjtsb.com serves fjsen-style "/l/<yyyy-mm>/<dd>/content_
// <id>_<page>.htm" pages (fjnews.fjsen.com is used); its capture likewise opens inside the document with no furniture.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZJ_BAR = '设为首页 添加收藏';
const ZJ_TITLE = '攻坚克难不辱使命 善作善成画圆句号';
const ZJ_TIME = '2019-06-19 16:53:23';

const QK_LABEL = '简介:';

export const specs = {
  '13-jianghua-zjdfz-tongzhi-zongbian-headline-time-dash-subtitle-byline-diyi-dun': {
    source: 'http://www.zjdfz.cn/html/2019/lddt_0619/4497.html',
    kind: 'speech: 讲话 (the chief editor to the 《浙江通志》 editors on the decisive stage; provincial chronicles office site)',
    tests: 'a "设为首页 添加收藏" bar; the headline "攻坚克难不辱使命 善作善成画圆句号" as the title; a bare "2019-06-19 16:53:23" time line; the speech\'s subtitle "——关于《浙江通志》编纂中碰到的若干问题的思考和意见" (dash at line start); a byline "《浙江通志》总编  <name>" with two spaces and the date "(2019年6月14日)"; a line holding a single space; "同志们:"; two-space indents on some lines; figures "12卷", "22卷", "13个问题"; a block "第一、关于坚持底线思维、决战攻坚阶段的问题。" line ("、" after the ordinal, its 第二、 past the cut); an unindented paragraph after an indented one; cut mid-sentence ("提高防控能力")',
    isSpeech: true,
    title: ZJ_TITLE,
    noise: [ZJ_BAR, ZJ_TIME],
    dropLines: [ZJ_BAR, ZJ_TITLE, ZJ_TIME],
    outline: [
      { level: 1, marker: '——', text: '关于《浙江通志》编纂中碰到的若干问题的思考和意见', optional: true },
      { level: 1, marker: '第一、', text: '关于坚持底线思维、决战攻坚阶段的问题', optional: true },
    ],
  },
  '14-jianghua-lishui-shizhi-shoufa-zhencunzhi-no-title-yishi-line-diyi': {
    source: 'http://lssz.lishui.gov.cn/art/2024/1/23/art_1229398326_8065.html',
    kind: 'speech: 讲话 (a provincial chronicles official at a city\'s 市志 首发式 and 名镇名村志 launch; city 史志 site)',
    tests: 'no title, no salutation and no site furniture in the capture: the text opens with "盛世修志,志载盛世。我很高兴来参加《丽水市志》首发式…"; a long opening paragraph with examples after "比如," separated by semicolons; "借此机会,我讲两点意见,供大家参考。"; a standalone heading line "一是高站位认识实施名镇名村志文化工程的重大意义" (no sentence end; its 二是 past the cut); a block "第一,实施…是“…”的具体举措。" paragraph under it (a second paragraph-point family); dates "2004年10月10日" and a quotation; cut mid-word ("第四")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一是', text: '高站位认识实施名镇名村志文化工程的重大意义' },
      { level: 1, marker: '第一,', text: '实施名镇名村志文化工程是“循迹溯源学思想促践行”的具体举措', optional: true },
    ],
  },
  '15-jianghua-qikanwang-difangzhi-huiyi-search-listing-jianjie-glued-yi-ellipsis': {
    source: 'https://qikanwang.net/search/n16?cid=370&pid=265&q=%E6%96%B0%E4%BB%BB%E5%8A%A1%EF%BC%8C%E5%B7%A5%E4%BC%9A%E5%B7%A5%E4%BD%9C%E5%BF%85%E9%A1%BB%E5%9D%9A%E6%8C%81%E5%9C%A8%E5%8F%91%E5%B1%95%E4%B8%AD%E5%88%9B%E6%96%B0%EF%BC%8C%E5%9C%A8%E5%88%9B%E6%96%B0%E4%B8%AD%E5%8F%91%E5%B1%95%E7%9A%84%E6%80%9D%E8%B7%AF%EF%BC%8C%E8%A6%81%E5%9C%A8%E7%BB%A7%E6%89%BF%E4%B8%AD%E5%9B%BD%E5%B7%A5%E4%BC%9A%E4%BC%98%E8%89%AF%E4%BC%A0%E7%BB%9F%E7%9A%84%E5%9F%BA%E7%A1%80%E4%B8%8A%EF%BC%8C%E7%BB%93%E5%90%88%E5%AE%9E%E9%99%85%EF%BC%8C%E4%BB%8E%E6%9C%BA%E5%88%B6%E5%BB%BA%E8%AE%BE',
    kind: 'speech: 讲话 (search listing of a journal portal whose hits are two 地方志 speeches: a 全省地方志工作会议 讲话 and a 《汉中地区志》 首发 讲话)',
    tests: 'a journal portal\'s search listing: each hit a single line glued to the label "简介:"; no title of either speech; the first hit opens with the meeting\'s purpose, "下面,我讲几点意见。" and an inline "一、统一思想,进一步提高对地方志工作重要性的认识编史修志是…" whose heading runs into its body with no break (a run of one, its 二、 cut off by the listing), then "…全省编纂的年鉴已达18..." (the listing\'s truncation); the second hit, another speech ("今天,来参加这个会我格外高兴。《汉中地区志》…"), cut mid-word ("辛勤工")',
    isSpeech: true,
    title: '',
    noise: [QK_LABEL],
    regexCut: ['简介:'],
    outline: [
      { level: 1, marker: '一、', text: '统一思想', optional: true },
    ],
  },
  '16-zhici-pishu-lilun-yantaohui-kaimu-no-title-salutation-clean': {
    source: 'http://www.pishu.com.cn/skwx_ps/ps/literature?ID=7005877&SiteID=14',
    kind: 'speech: 致辞 (a CASS vice-president at the opening of a national theory symposium; press database page)',
    tests: 'a clean capture with no title and no site lines: the salutation "各位学者、同志们、朋友们:" first; the congratulations "在此,我代表中国社会科学院,代表王伟光院长,对…表示热烈的祝贺!对…表示诚挚的欢迎!…" with exclamation marks; a paragraph on the leader\'s instructions and a long list of member institutions; no numbered point; cut mid-word ("畅所") — do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-ywcity-sheke-lianhe-daibiao-dahui-epaper-reporter-box-enp-footer-not-speech': {
    source: 'http://szb1.ywcity.cn/content/202510/16/content_581550.html',
    kind: 'non-speech: news report (a city paper\'s e-paper report of the city\'s 社科联 第四次代表大会)',
    tests: 'an e-paper page: "第01版:要闻", the headline naming a 代表大会, a "▢ 全媒体记者 <name>" line with a box character, "本报讯 10月13日上午,…"; the propaganda head "出席并讲话" and the meeting\'s demands "会议要求,…要…。要…。要…" in the third person; "据介绍," background; the e-paper system\'s leaked footer "2025-10-16 11 11 义乌商报 content_581550.html 1 3 <headline> /enpproperty-->" — a report, not a speech',
    isSpeech: false,
    title: '义乌市社会科学界联合会第四次代表大会召开',
    noise: [],
    outline: [],
  },
  '18-fangan-jjjtsb-sheke-puji-zhou-huodong-page3-wu-yaoqiu-not-speech': {
    source: 'http://tv.jjjtsb.com/l/2009-10/15/content_1213833_3.htm',
    kind: 'non-speech: 活动方案 (page 3 of a provincial 社会科学普及周 plan)',
    tests: 'page 3 of a paginated plan, no headline: an item "7、“求是讲坛”理论宣传" with field lines "承办单位:…", "时 间: 9月22日(星期二)" (letter-spaced label) and "活动内容:…"; the part heading "五、活动要求" (its 一、–四、 on earlier pages); requirement paragraphs "1、加强领导,加大投入。…" to "4、措施到位,确保安全。…" addressed to "各参与单位" and "各设区市社科联" — a written plan, not a speech; cut mid-sentence ("切实做好")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
