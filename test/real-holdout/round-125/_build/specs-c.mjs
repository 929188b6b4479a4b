// Gold specs for holdout round 125, part C (cases 13–18): national security education (4·15 全民国家安全教育日,
// 国家安全 教育 activities, 国旗下讲话 on 国家安全, 保密 work — speeches and their look-alikes).
// Three spoken pieces (a 讲话/宣讲 on studying 总体国家安全观 on a 范文 site (fanwenwuyou.com): the capture holds no title
// and no site furniture, the whole text is one line whose paragraphs are separated by single spaces — "同志们: " glued to
// the opening, a quotation of the general secretary, "…同大家谈一谈自己的体会。 " and then the flattened heading
// "一、…重要地位 " with "(一)…首要前提 " glued after it and "(二)…根本保障 " after a full stop, cut mid-phrase ("人民");
// a student's 国旗下讲话 on a vocational school's news column (jzgjjx.com): the headline with a column tag
// "【思政】国旗下讲话:维护国家安全,共筑人民防线", a bare "2024-04-17 08:34:18" time line, a blank line, the two-line
// salutation, the speaker's self-introduction, "维护国家安全,首先要认清对手。" (首先 after a comma) and a paragraph opening
// "其次,要形成…", cut mid-sentence ("我们永远记得"); a student's 国旗下演讲 on a school site (bjytzhx.com): a label headline
// "学生关于国防安全教育国旗下演讲", a date line, the speech's own title "国家安全  关乎你我" (two spaces inside), blank lines,
// a salutation glued to the opening ("老师们,同学们,大家好,今天是4.15日,…"), the writer's slip "国防安全教育日" for
// 国家安全教育日 (kept), an indented paragraph ("    上周二,…"), cut mid-sentence ("更要")) and three written look-alikes
// (a 中新社 report of the opening of a 国家安全 exhibition in Macau, on a spam mirror (office-chair.com.cn) that glues
// pinyin in parentheses after single characters ("第(di)十个", "办公(gong)室", "致辞(ci)"): the officials' 致辞 are reported in
// the third person ("岑浩(hao)辉致辞(ci)时说,…", "郑新聪在致辞(ci)中指出,…") — a news report, not a speech; a knowledge
// article on a content farm (73ya.com) whose question headline "学校国家安全教育日宣传的重要性?" is printed twice, then
// definitions, the law's article and a quoted slogan — an article, not a speech; a school's news of its 国家安全教育日
// flag-raising ceremony on a site whose name was replaced by a casino brand (huoshancc.com, "大发体育", also glued as
// "大发体育:开元校区…"): "图片"/"学校动态" column lines, a headline with a "——" subtitle, an "作者:文:… 图:…   发布时间:…"
// line, four numbered photo captions "1.升旗仪式" … "4.郑校长讲话" on lines of their own, then the report in the third person
// (a student "上台发言", the vice-principal "讲话。她首先强调了…") — a report, not a speech).
// Judgement calls: 13 is a speech (addressed to 同志们, first person, "同大家谈一谈"); with no title line the title is "" and
// no noise is cut; the page stays one paragraph (no break is invented at the spaces). "一、" follows a full stop and a space
// but the capture ends before "二、": a run of one → optional level 1, its text the heading up to the space the flattening
// left before its body (round 3's 06 and 10). "(一)" follows the 一、 heading with no sentence end before it, and "(二)"
// (after a full stop) continues no counted run; a reader takes both for sub-headings → both optional level 2, text up to
// the space. 14: "【思政】" is the site's column tag (noise, dropped from the title); the title is the rest of the headline
// line, which is printed only there; the time line is page meta. "首先要认清对手" follows a comma (prose); the block
// "其次," opens a paragraph but continues no run by the letter of outline-rules.md, while a reader pairs it with that 首先
// → optional level 1 (as round 4's 10). 15: the headline is a label of the post (like round 4's 08 "…國旗下講話" label)
// and the date line is page meta, both noise; the speech's own title is "国家安全  关乎你我"; the glued salutation stays
// in the first paragraph; no numbered points ("第一次鸦片战争" is no marker). 16–18 are written, not speeches (title
// informational: 16's capture has no headline, so "").
// Living people's names that are not public figures (the students, the reporter, the school's writers and
// vice-principal) were replaced by fictional ones; the Macau officials are public figures; the prose was rewritten.
// Looked for and not found on a new host: a 保密工作会议 讲话 (gongwk's 保密 交流发言 with 一、/(一) — used; wenmizhiyou's 保密
// 警示教育专题党课 with 一、/二、 and 1.–4. — used; heartjkgl's traditional 保密工作知识宣讲 — used); a 国家安全教育日 讲话稿 with
// 一、…四、 (360docs — used; qzqz.cn's 国旗下的讲话 with 一、/二、 — used; tjzx.czedu.cn and jiaowu.ijidi.cn's 校长 国旗下讲话
// with 首先/其次 — used; ccsc.com.cn's 国旗下演讲 with 1./2. — used; m.001doc.com's docx viewer with glued page numbers — used;
// 910w.net's watermarked 国旗下讲话稿 — used; m.bluu.cn's 演讲稿 with 其一/其二 — used; puma08's traditional 千文網 copy —
// used); a 国家安全 启动仪式 致辞 or 知识竞赛 开幕词 as a document (the corpus answers with news reports only); a 主持词 for a
// 国家安全 升旗仪式 or 主题班会 (only class-meeting news). Only 13 carries numbered points (three, all optional); 14 one optional.
// Template twins set aside: cyjlg.com ("国家安全教育日主题讲话稿4篇 呼吁关注国家安全", the "/redian/qitawenan/" farm of the used
// jianligu.com: title with count and slogan, intro, title again, "第1篇"); ehuihao.com (a traditional 演讲 by a student on a
// mirror whose "- 發布人:… - 時間:… - 點擊:… - 來源:" list is the used cikuwang.com.cn template of round 124);
// sdwen.com (the "title / 时间:… / 小编 promo / title / title1" head); wpboxs.com and m.mgfgruop.com (mirrors of the 国家保密局
// "/n1/…/c4090xx-…" pages, twins of the used bengalhelpinghandtrust.com and m.walengineering.com); sc.china.com.cn (base
// domain china.com.cn, used as big5.china.com.cn).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JZ_HEAD = '【思政】国旗下讲话:维护国家安全,共筑人民防线';
const JZ_TAG = '【思政】';
const JZ_TIME = '2024-04-17 08:34:18';

const BJ_LABEL = '学生关于国防安全教育国旗下演讲';
const BJ_DATE = '2019-04-18';
const BJ_TITLE = '国家安全  关乎你我';

export const specs = {
  '13-jianghua-fanwenwuyou-guojia-anquan-oneline-yi-paren-heading-no-title': {
    source: 'https://fanwenwuyou.com/article-2271.htm',
    kind: 'speech: 讲话 (a talk on studying 总体国家安全观, addressed to 同志们; 范文 site, flattened to one line)',
    tests: 'no title and no site furniture in the capture; the whole text on one line, paragraphs separated by single spaces; "同志们: " glued to the opening; quotations of the general secretary; "…同大家谈一谈自己的体会。 一、国家安全在党和国家事业全局中的重要地位 (一)国家安全是国家生存发展的首要前提 习近平总书记指出:…" — an inline 一、 after a full stop with its heading glued to (一) and the body (run of one: 二、 lies past the cut → optional), "(一)" after the heading with no sentence end and "(二)…根本保障 " after a full stop (optional level 2); "首先取决于" inside a sentence (no marker); cut mid-phrase ("人民")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '国家安全在党和国家事业全局中的重要地位', optional: true },
      { level: 2, marker: '(一)', text: '国家安全是国家生存发展的首要前提', optional: true },
      { level: 2, marker: '(二)', text: '国家安全是人民幸福安康的根本保障', optional: true },
    ],
  },
  '14-guoqixia-jzgjjx-guojia-anquan-sizheng-tag-date-qici': {
    source: 'http://www.jzgjjx.com/dongtai/xiaonei/2349.html',
    kind: 'speech: 国旗下讲话 (a student on 维护国家安全; vocational school news column)',
    tests: 'a headline with a column tag "【思政】国旗下讲话:维护国家安全,共筑人民防线" (tag is noise, the rest the title); a bare time line "2024-04-17 08:34:18"; a blank line; the two-line salutation "尊敬的老师,亲爱的同学们:" / "大家早上好!"; the speaker\'s self-introduction with a class "高二(10)班" (no marker); "维护国家安全,首先要认清对手。" (首先 after a comma: prose) and a block "其次,要形成维护国家安全的全民合力。" that continues no run (optional); 《…》 inside a sentence; cut mid-sentence ("我们永远记得")',
    isSpeech: true,
    title: '国旗下讲话:维护国家安全,共筑人民防线',
    noise: [JZ_TAG, JZ_TIME],
    dropLines: [JZ_HEAD, JZ_TIME],
    outline: [
      { level: 1, marker: '其次,', text: '要形成维护国家安全的全民合力', optional: true },
    ],
  },
  '15-yanjiang-bjytzhx-guofang-anquan-label-title-date': {
    source: 'http://www.bjytzhx.com/getContentById?id=558',
    kind: 'speech: 国旗下演讲 (a student on 国家安全 / 国防安全; school site)',
    tests: 'a label headline "学生关于国防安全教育国旗下演讲" (page meta, like round 4\'s "…國旗下講話" label) and a date line "2019-04-18" above the speech\'s own title "国家安全  关乎你我" (two spaces inside); blank lines; the salutation glued to the opening sentence ("老师们,同学们,大家好,今天是4.15日,…"); the writer\'s slip "国防安全教育日" for 国家安全教育日 and "15年" kept; a quoted article of the 国家安全法; an indented paragraph ("    上周二,…"); "第一次鸦片战争" (no marker); cut mid-sentence ("更要")',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_LABEL, BJ_DATE],
    dropLines: [BJ_LABEL, BJ_DATE, BJ_TITLE],
    outline: [],
  },
  '16-news-officechair-aomen-anquan-zhan-zhici-pinyin-spam-not-speech': {
    source: 'http://office-chair.com.cn/youxibaike/202504138370323.html',
    kind: 'non-speech: news report (中新社 report of the opening of a 全民国家安全教育展 in Macau; pinyin spam mirror)',
    tests: 'a "中新社澳门4月15日电 (记者 …)" lead; pinyin glued in parentheses after single characters ("第(di)十个", "办公(gong)室", "平(ping)台", "图片(pian)", "致辞(ci)"); a photo caption ending "(澳门特区政府资讯局供图)" that repeats the lead; the officials\' 致辞 reported in the third person ("岑浩(hao)辉致辞(ci)时说,…", "郑新聪在致辞(ci)中指出,…") — a news report, not a speech; no headline in the capture; cut mid-sentence ("希翼广大澳门")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-article-73ya-anquan-jiaoyuri-zhongyaoxing-question-twice-not-speech': {
    source: 'https://73ya.com/yinliu/63577.html',
    kind: 'non-speech: article (knowledge piece on why schools promote the 国家安全教育日; content farm)',
    tests: 'a question headline "学校国家安全教育日宣传的重要性?" printed twice; the legal definition of 国家安全, "第14条规定,每年4月15日为全民国家安全教育日", a quoted slogan in “…”, "必须坚持总体国家安全观" — an explanatory article in the third person with no audience addressed, not a speech; cut mid-sentence ("着力防范")',
    isSpeech: false,
    title: '学校国家安全教育日宣传的重要性?',
    noise: [],
    outline: [],
  },
  '18-news-huoshancc-shengqi-yishi-casino-brand-caption-numbers-not-speech': {
    source: 'http://huoshancc.com/xxdt/xxdt/04/48030.shtml',
    kind: 'non-speech: news report (a school\'s 国家安全教育日 flag-raising ceremony; site name replaced by a casino brand)',
    tests: 'a casino brand "大发体育" as the site name and glued in the text ("大发体育:开元校区…"); "图片"/"学校动态" column lines; a headline with a "——" subtitle; an "作者:文:… 图:…   发布时间:2024-04-15" line; four numbered photo captions on lines of their own ("1.升旗仪式", "2.宣誓", "3.学生代表发言", "4.郑校长讲话" — look like an outline); then the ceremony, a student who "上台发言" and the vice-principal who "讲话。她首先强调了…" all told in the third person — a report, not a speech; cut mid-sentence ("为国家的繁荣")',
    isSpeech: false,
    title: '聚焦国家安全,共筑安全防线 ——开元校区高二年级国家安全教育日升旗仪式',
    noise: [],
    outline: [],
  },
};
