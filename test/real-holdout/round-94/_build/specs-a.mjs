// Gold specs for holdout round 94, part A (cases 01–06): migrant workers and returning entrepreneurs (农民工工作,
// 返乡创业, 劳务协作, 欠薪治理 — meetings, ceremonies, greetings, and their look-alikes).
// Three spoken pieces (a lecture transcript from the 长安讲坛 series on a think-tank forum's site (www.50forum.org.cn), on
// rural surplus labour and the 民工 question: a breadcrumb "长安讲坛 -> 2007年长安讲坛", the lecture's own title, a
// "演讲者:蔡昉    时间:2007-11-08    阅读:36540次" meta line with trailing spaces, then four-space-indented paragraphs that
// open with thanks to the chair and the audience ("谢谢梁(汝成)老师,谢谢各位!") and carry three block points "第一,"
// "第二," "第三," (the traditional views the speaker sets out to test), cut mid-sentence; a migrant worker's 发言 at the
// opening ceremony of a capital 职工素质教育 programme on the 中华职工学习网 (51xue.org.cn, not the used 51xueba): a site
// header "主办单位:… 中华职工学习网首页 情景站 联系电话:010-68232149", a breadcrumb "位置: 中华职工学习网 >> 信息中心 >>
// 创争活动 >> 正文" with a leading space, blank lines, the title, a "2007/7/12 源自:中华职工学习网 【字体: 字体颜色" meta line,
// the salutation "尊敬的各位领导:", paragraphs indented with two or three spaces, no numbered points, cut mid-sentence; a
// new-year greeting addressed to migrant workers on a blog-like site (www.xblyxxwl.cn, column 励志人物): no title line
// and no site noise in the capture, the page opens "亲爱的农民工兄弟姐妹们,您们好!" and speaks to them in the first person
// to its closing wishes — a do-no-harm case; the whole page is shorter than 610 characters, as some pages of rounds 87–90
// are) and three written look-alikes (a city housing site's news item (www.tzfcw.com.cn) on a 根治欠薪冬季专项行动 meeting:
// no headline in the capture, the officials listed in the third person, "会议由…主持", the documents relayed, then
// "…要求,一要…。二要…。三要…。" — inline 一要/二要/三要 after full stops, a run by the letter of the rules but a report's
// summary, so no outline; a district's 新春致农民工朋友的一封信 (vkhz.com): a title naming a letter, the letter salutation
// "亲爱的农民工朋友:" and "您好!" on their own lines, a closing "最后,衷心祝愿…" paragraph — a written letter, not a speech;
// a memoir chapter on a traditional-script 每日頭條 mirror (tftnews.com): the breadcrumb split over lines with "/", the
// title twice, an "更新时间:" line, an auto-made teaser that repeats the first paragraph without its full stops and ends
// "跟着小编一起来看一看吧!", a "…(安德門的歲月五)1" heading, then the narrator's account of a 民工聯誼會 at which he gives
// a speech quoted in “…” ("兄弟們,朋友們,…") and a song's lines, cut at an opening quote — a personal essay, not a speech).
// Judgement calls: 01 is a speech (a 演讲 transcript: spoken to an audience in the first person; the title names the
// subject, not a genre); the "演讲者:… 时间:… 阅读:…次" line is the site's meta (with a view count), not the speech's own
// byline, so it is noise; "谢谢梁(汝成)老师,谢谢各位!" opens the first body paragraph; "第一,"/"第二,"/"第三," open
// paragraphs (block points, required, level 1 — no headings above them); their text is the first sentence. 02: the header,
// the breadcrumb and the meta line are noise ("联系电话:010-68232149" listed again as a shorter part); no outline. 03 is a
// speech by the convention for untitled pages (address + first person to the audience), so the title is ""; the "——一个…"
// inside a paragraph is no marker; no noise. 04–06 are written: their isSpeech is false and their outline empty; 04's title
// is "" (the capture shows no headline), 05's the letter's title, 06's the essay's title.
// Looked for and not found on a new host: a 农民工工作会议 or 欠薪治理 讲话 with 一、 headings (6dgww, haowensou,
// m.huaboedu, m.zixin and the no-address copies are used); a 返乡创业 座谈会 讲话/发言 (the corpus answers with news
// reports, studies and novel chapters; 001doc's 返乡人员座谈会村支书讲话稿.docx is on the used m.001doc); a 劳务输出/劳务协作
// 致辞 (98523, fanwen.aixue, meiwenyun and 360docs carry the one 劳务输出欢送仪式 speech, all used); a traditional-script
// mirror of a theme speech (runfargroup and p719 are used); a 农民工子女 讲话 (m.kfanwen is used) or 同乡联谊会 致辞
// (meiwenyun, zuowen.red are used); a 通知 on the theme (none turned up; the letter stands in for the written notice). So
// only 01 carries numbered points, and the parts hold three speeches and three look-alikes.
// Template twins set aside: chkee.org (a novel chapter on a 回乡创业 congress in the "手机浏览器扫描二维码访问 … (第1页)"
// novel-site template, seen in seven earlier specs), m.dfix.cn (the "/wenku/<col>/<id>" farm with "因篇幅问题不能全部显示",
// as lovfp, yrrf, zgxue, baomayou and xiaozhentang), dephz.com (the "title / 时间:… / title / title" head with a 小编
// promo and "…演讲稿 篇1" headings).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CA_CRUMB = '长安讲坛 -> 2007年长安讲坛';
const CA_TITLE = '农村劳动力剩余及其相关事实的重新考察';
const CA_META = '演讲者:蔡昉    时间:2007-11-08    阅读:36540次';

const ZG_HEADER = '主办单位:全国创争活动指导协调小组 中华职工学习网首页 情景站 联系电话:010-68232149';
const ZG_CRUMB = '位置: 中华职工学习网 >> 信息中心 >> 创争活动 >> 正文';
const ZG_TITLE = '在首都职工素质教育工程开学典礼上发言';
const ZG_META = '2007/7/12 源自:中华职工学习网 【字体: 字体颜色';

export const specs = {
  '01-yanjiang-50forum-changan-jiangtan-crumb-meta-diyi-block': {
    source: 'http://www.50forum.org.cn/home/article/detail/id/348.html',
    kind: 'speech: 演讲 (a 长安讲坛 lecture transcript on rural surplus labour; think-tank forum site)',
    tests: 'a breadcrumb "长安讲坛 -> 2007年长安讲坛"; the lecture\'s own title (names the subject, not a genre); a "演讲者:蔡昉    时间:2007-11-08    阅读:36540次" meta line with trailing spaces; four-space indents; the first paragraph opens with thanks to the chair and the audience ("谢谢梁(汝成)老师,谢谢各位!"); three block points "第一,"/"第二,"/"第三," opening paragraphs, with no heading above them; a range "1.5-2亿" and quoted terms; cut mid-sentence ("那么大")',
    isSpeech: true,
    title: CA_TITLE,
    noise: [CA_CRUMB, CA_META, '阅读:36540次'],
    dropLines: [CA_CRUMB, CA_TITLE, CA_META],
    outline: [
      { level: 1, marker: '第一,', text: '农业技术进步并不以节约劳动力为方向' },
      { level: 1, marker: '第二,', text: '农业比较劳动生产率远远低于非农产业' },
      { level: 1, marker: '第三,', text: '城乡收入差距持续拉大' },
    ],
  },
  '02-fayan-51xue-nongmingong-kaixue-dianli-header-crumb-meta': {
    source: 'http://51xue.org.cn/news/ArticleShow.asp?ArticleID=4576',
    kind: 'speech: 发言 (a migrant construction worker at the opening ceremony of a capital 职工素质教育 programme; trade-union learning site)',
    tests: 'a site header "主办单位:全国创争活动指导协调小组 中华职工学习网首页 情景站 联系电话:010-68232149"; a breadcrumb with a leading space "位置: 中华职工学习网 >> 信息中心 >> 创争活动 >> 正文"; blank lines; the title "在首都职工素质教育工程开学典礼上发言"; a "2007/7/12 源自:中华职工学习网 【字体: 字体颜色" meta line; the salutation "尊敬的各位领导:"; paragraphs indented with two or three spaces; the speaker names himself; no numbered points; cut mid-sentence ("我们也想")',
    isSpeech: true,
    title: ZG_TITLE,
    noise: [ZG_HEADER, ZG_CRUMB, ZG_META, '联系电话:010-68232149'],
    dropLines: [ZG_HEADER, ZG_CRUMB, ZG_TITLE, ZG_META],
    outline: [],
  },
  '03-zhici-xblyxxwl-nongmingong-xinchun-no-title-no-noise': {
    source: 'https://www.xblyxxwl.cn/li-zhi-ren-wu/1021104.html',
    kind: 'speech: 致辞 (a new-year greeting addressed to migrant workers; no title in the page)',
    tests: 'no title line and no site noise: the page opens "亲爱的农民工兄弟姐妹们,您们好!" glued to the first sentences and speaks to the workers in the first person to its closing wishes ("我真诚地祝愿各位农民工兄弟姐妹:…"); a "——一个…" clause inside a paragraph (no marker); "因此," opening a paragraph (no marker); the whole page is 562 characters — a do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-tzfcw-genzhi-qianxin-tuijinhui-yiyao-not-speech': {
    source: 'https://www.tzfcw.com.cn/news/id/20482.html',
    kind: 'non-speech: news report (a city meeting on the winter drive against unpaid migrant wages; housing-market site)',
    tests: 'no headline in the capture; a dated lead naming the meeting and the officials present in the third person (the site\'s typo "市住建局局" kept); "会议由…主持", the documents relayed in 《…》; then "…要求,一要高度重视,…。二要切实解决问题,…。三要压实责任,…。" — inline 一要/二要/三要 after full stops, a run by the letter of the rules but a report\'s summary, not a speech; the whole page is 535 characters',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-xin-vkhz-zhi-nongmingong-yifengxin-not-speech': {
    source: 'https://vkhz.com/ush/at_911911.html',
    kind: 'non-speech: letter (a district\'s 新春致农民工朋友的一封信)',
    tests: 'a title naming a letter ("…的一封信"); the letter salutation "亲爱的农民工朋友:" and "您好!" on their own lines (look like a speech\'s salutation); "你们" addressed throughout; "树高千尺不忘根,江河万里总思源。"; a closing "最后,衷心祝愿…" paragraph — a written letter, not a speech',
    isSpeech: false,
    title: '新春致农民工朋友的一封信',
    noise: [],
    outline: [],
  },
  '06-essay-tftnews-big5-andemen-mingong-jianghua-not-speech': {
    source: 'https://tftnews.com/news66135',
    kind: 'non-speech: personal essay (a memoir chapter about a 民工聯誼會 at a Nanjing labour market; traditional-script 每日頭條 mirror)',
    tests: 'a breadcrumb split over lines ("首页" / "/" / "每日頭條" / "/" / "生活" / "/"); the title twice; an "更新时间:" line; an auto-made teaser repeating the first paragraph without its full stops and ending "我來為大家講解一下關于時光安德門?跟着小编一起来看一看吧!" (simplified promo in a traditional page); a "時光安德門(安德門的歲月五)1" heading; the narrator chairs the gathering and gives a speech quoted in “…” ("兄弟們,朋友們,…"), then song lines; cut at an opening quote ("“各") — a personal essay, not a speech',
    isSpeech: false,
    title: '時光安德門',
    noise: [],
    outline: [],
  },
};
