// Gold specs for holdout round 20, part a (cases 01–06): family and social occasions. Four spoken pieces (a headteacher's
// 退休发言 at a primary school's farewell for two retiring teachers, first piece of a "(7篇)" collection on a
// traditional-script mirror of 学习啦 with converter pinyin, breadcrumb, 時間 meta, 小編 promo, "…篇1" heading and two
// mis-encoded runs; a class teacher's 谢师宴 致辞 on a traditional-script 範文 site with a bare breadcrumb and the title
// "…致辭範本", salutation glued to "大家晚上好!", cut mid-sentence; an untitled-by-genre 证婚词 on a 识字网 story page
// with breadcrumb and a 收录日期/热度 line, no salutation, cut mid-sentence; a student's 升学宴 speech on a page with no
// site noise at all, whose thanks run 首先,/接下来,/还要/最后, — only 首先 and 最后 in the rule table) and two written
// look-alikes (a traditional-script guide on what a 证婚人 should do, with 一、/1、 headings and quoted "婚姻合法、恭賀新婚";
// a retiree's blog post recounting his own farewell-meeting remarks, "第一句话就是感动。…第二句话就是感慨。…第三句话就是
// 感怀," — a written post, not the speech itself).
// Found on no new host: a 婚礼主持词 or 寿宴主持词 on a 范文 site with a numbered agenda, and a 退休欢送会 讲话 with
// 一是/二是 or 一、/二、 points; the pages corpus answers most such queries with novel chapters.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const RG_CRUMB = '學(xué)習(xí)啦>實(shí)用范文>演講稿大全>演講稿>';
const RG_PAGE_TITLE = '老職工退休發(fā)言稿(7篇)';
const RG_META = '時(shí)間: 業(yè)鴻0 分享';
const RG_PROMO =
  '老職工到了一定的年紀(jì)以后就要退休了,退休之后,告別工作了幾十年的崗位,可以安心度過(guò)晚年生活。' +
  '下面是小編為大家整理的關(guān)于老職工退休發(fā)言稿,希望對(duì)您有所幫助!';
const RG_HEADING = '老職工退休發(fā)言稿篇1';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const IC_CRUMB = '首頁 範文 演講稿 升學宴致辭';
const IC_TITLE = '謝師宴老師致辭範本';

const SZ_CRUMB = '识字网>故事>一则证婚词';
const SZ_TITLE = '一则证婚词';
const SZ_META = '收录日期:2025-12-01 16:16:31  热度:12℃';

export const specs = {
  '01-fayan-regraff-big5-pinyin-tuixiu-collection-pian1': {
    source: 'http://regraff.com/fwn/yanjianggaofanwen/c1604847.html',
    kind: 'speech: 发言稿 (a primary-school head at the farewell meeting for two retiring teachers; traditional-script mirror of a 学习啦 collection page)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (學(xué), 習(xí), 實(shí), 時(shí), 發(fā), 紀(jì), 過(guò), 會(huì), 臺(tái), 來(lái), 長(zhǎng), 國(guó)…), in the breadcrumb "學(xué)習(xí)啦>實(shí)用范文>演講稿大全>演講稿>", the page title "…(7篇)", the "時(shí)間: 業(yè)鴻0 分享" meta line, the 小編 promo and the "…篇1" piece heading too; blank lines between all lines; two mis-encoded runs ("?yōu)槲倚5赂咄?、" where a whole "(yōu)" is still a pinyin annotation, "?;仡欁约?") that stay; quoted slogans; cut mid-word ("兢兢業(yè)")',
    isSpeech: true,
    title: '老職工退休發言稿',
    noise: [RG_CRUMB, RG_PAGE_TITLE, RG_META, RG_PROMO, RG_HEADING, '下面是小編為大家整理的關(guān)于老職工退休發(fā)言稿'],
    regexCut: [PINYIN],
    dropLines: [RG_CRUMB, RG_PAGE_TITLE, RG_META, RG_PROMO, RG_HEADING].map(unpin),
    outline: [],
  },
  '02-zhici-iccie-big5-xieshiyan-breadcrumb-title-fanben': {
    source: 'https://www.iccie.tw/p/73295.html',
    kind: 'speech: 致辞 (a class teacher at a pupil\'s 谢师宴 after the college entrance exam; traditional-script 範文 site)',
    tests: 'a breadcrumb of bare words separated by spaces ("首頁 範文 演講稿 升學宴致辭", its last crumb naming the column, not the piece), the title "謝師宴老師致辭範本" with the site word 範本 kept, the salutation glued to "大家晚上好!" on one line; a paragraph dense with scores, counts and ASCII parentheses ("(其中12人為復讀生或插班生)"), "xx年" and "09屆" as printed; semicolon-balanced sentences; a quoted class motto; cut mid-sentence ("…理科班師生的"); no outline',
    isSpeech: true,
    title: IC_TITLE,
    noise: [IC_CRUMB],
    dropLines: [IC_CRUMB, IC_TITLE],
    outline: [],
  },
  '03-zhenghunci-30593-breadcrumb-shoulu-redu': {
    source: 'https://30593.com/gushi/cV5LE.html',
    kind: 'speech: 证婚词 (a witness\'s address at a wedding; 识字网 story page)',
    tests: 'a story site: breadcrumb "识字网>故事>一则证婚词" ending in the title, the title line, a "收录日期:… 热度:12℃" meta line with a double space; no salutation, the speech opens "非常荣幸担任…证婚人。"; short one-sentence paragraphs with ……, a rhetorical question answered by the speaker, quoted sayings; the genre word 证婚词 is not in the usual list (致辞/讲话…); cut mid-sentence ("是说")',
    isSpeech: true,
    title: SZ_TITLE,
    noise: [SZ_CRUMB, SZ_META],
    dropLines: [SZ_CRUMB, SZ_TITLE, SZ_META],
    outline: [],
  },
  '04-zhici-jjcmw-shengxueyan-student-shouxian-zuihou': {
    source: 'http://renwen.jjcmw.cn/jxfw/202506/388008.html',
    kind: 'speech: 致辞 (a student thanking guests at his own 升学宴; content page without any site noise)',
    tests: 'no title and no site noise at all: the page is only the speech, salutation "各位亲朋好友、老师、同学们:" to "谢谢大家!", so nothing may be cut; humorous quoted asides ("恭喜你终于要出远门了", "夸夸式教育"); a thanks sequence whose paragraphs open "首先," / "接下来," / "还要" / "最后," — only 首先, and 最后, are in the rule table and no 其次 follows 首先, so both are optional; the 最后, point runs past 50 characters and is cut at its colon',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '我要感谢大家来参加我的升学宴', optional: true },
      { level: 1, marker: '最后,', text: '我想对我的同学们说', optional: true },
    ],
  },
  '05-guide-sq15-big5-zhenghunren-not-speech': {
    source: 'http://m.sq15.cn/show-10-19148-0.html',
    kind: 'non-speech: writing guide (what a 证婚人 does at a wedding and who should be one; traditional-script mirror)',
    tests: 'a traditional-script how-to page with a 小編 lead, headings "一、證婚人有什么要注意的" and "二、什么人最適合做你的證婚人" each with 1、/2、/3、 sub-headings on their own lines, a definition of 證婚人, quoted "婚姻合法、恭賀新婚" (the core of a 证婚词), talk of 證婚詞 and 講話 — a guide, not a speech; no title in the capture; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '06-essay-studyofnet-tuixiu-ganyan-diyijuhua-not-speech': {
    source: 'http://studyofnet.com/889593211.html',
    kind: 'non-speech: personal essay (a retiree\'s post recounting his own remarks at his farewell meeting)',
    tests: 'a blog post titled "真实的退休感言(…)": it opens by narrating the farewell meeting ("今天上午,…开了一个…欢送会", "欢送会上,我第一个发言"), then gives his remarks as "我的退休感言就说这三句话。第一句话就是感动。…第二句话就是感慨。…第三句话就是感怀," (ordinals with a noun, each after a sentence end), with a thanks to "大家" inside — a written post about a speech, not the speech; cut mid-sentence',
    isSpeech: false,
    title: '真实的退休感言(多寻开心之事少找烦恼之忧)',
  },
};
