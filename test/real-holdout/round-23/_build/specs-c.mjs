// Gold specs for holdout round 23, part c (cases 13–18): 发言 and 演讲 by people who are not leaders (teachers, students,
// community workers) and their look-alikes. Four spoken pieces (a teacher's 教师代表发言稿 at a county vocational
// school's 教师节 meeting on the school's own news site: the long page title, a "时间:… 点击:545次" meta line, then the
// document's own short heading "教师代表发言稿" and a "----name----" byline, cut after a comma; a duty teacher's
// 国旗下讲话 on a traditional-script mirror with converter pinyin after a fixed set of characters (關 準 當 學 責 環 衛 經
// 習 養 現 數), a leaked "- 相關推薦" label, a 小編 promo, the piece heading "… 篇1" with a space, a GBK-garbled "?墒" for
// 可是, a hard wrap inside the word 共同, and a lone block "第一:" point with a colon after "我想和大家談兩點:"; a teacher's
// graduation-day 发言 in a 文库 viewer: the file name, upload fields, page tabs, a preview nag, the "资源描述" summary, then
// the whole text on one chunk line "1、第 1 页 <title> 特征码 … <title> …" with PDF wrap spaces and a "第 2 页" mark, and
// a second chunk "2、…" that goes on mid-sentence; a community worker's 演讲稿 on a 公文 site: slogan, breadcrumb, the title
// with a "1000字" tag, a "网站:… | 时间:… | 移动端:…" line, a promo, no salutation, then a poem in one-line stanzas, cut
// mid-stanza) and two written look-alikes (a 感恩教育 主题班会 公开课 lesson plan, first piece of a "7篇" collection: 教育
// 目标/课前准备/教学过程 with 1、/一、 headings, a host's 小结 read to the class; a collection of 毕业典礼 心得体会 whose
// first piece tells the reader "今天,我很高兴能和大家聊一聊…" and is split by "第二段:/第三段:/第四段:" labels).
// Looked for and not found on a new host: a 表态发言 or 交流发言 with 一是/二是 or 一、/(一) inside the stored excerpt (the
// pages corpus gives only a page's first thousand-odd characters, and the outlines of such pages start later), a 竞聘
// 演讲稿 with 一、/1、 in the excerpt (the one found, a nurse's 竞聘护士长 on a bucket mirror of 51test.net, is a used host),
// a 民警 or 医生 代表发言 (the pages corpus answers with novel chapters and news of speech contests), a 主题班会 news item.
// Written from page.txt alone, before any engine ran on it. Names of people, schools, streets and districts were replaced
// by fictional ones; quoted song lyrics and slogans were rewritten too; the prose was rewritten in new words, the site
// noise kept as found (the uploader handle "randyorton" and the byline "发昌" are site noise and stay).
// `source` is the page the text was captured from. build.mjs applies: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.
// Judgement calls:
// - 13: the page's long title line is the title (dropped, not listed: it is the title, not a separate header). The short
//   heading "教师代表发言稿" under the meta line is the document's own first line (as round 22's 01 kept a second heading),
//   kept as a paragraph, and so is the "----汪书兰----" byline (round 21's 02). The inline "首先," after a full stop stands
//   alone (no 其次 follows), so it is no point.
// - 14: the title is the collection's piece name "中學生國旗下的演講稿" (the heading "… 篇1" without its number, as round 20's
//   01), though the speaker is a teacher on duty; the heading and "- 相關推薦" are noise. The wrap inside 共同 is joined.
//   "?墒" stays as printed (round 20's 01 kept its garbled runs). "第一:" opens its paragraph but its separator is a colon
//   (not in the rule table), its 第二 is past the cut and it follows "談兩點:" — optional. "第一個現象:" is prose.
// - 15: the title is the document's own "老师在20XX届毕业典礼上的精彩发言" (".docx" is the viewer's); the file-name lines,
//   upload fields, tabs, nag, summary, chunk numbers "1、"/"2、", page marks and the 特征码 line are noise; the two copies of
//   the title inside chunk 1 are cut (not listed: they equal the title). The viewer gives the speech as one line, so it is
//   one paragraph (round 22's 13), chunk 2 joined on where chunk 1 broke off; the PDF wrap spaces stay (whitespace).
// - 16: the title drops the "1000字" length tag (a site decoration, as "(7篇)"); the title line with the tag is listed as
//   noise (it differs from the title), and "1000字" on its own. The speech has no salutation; the speaker's own title
//   "《灯火与远方--…》" is prose. Each poem line is a paragraph; "当第一缕晨风拂面" is prose.
// - 17: a lesson plan for a class meeting is written, though a host's 小结 in it is to be read aloud.
// - 18: a 心得体会 that addresses "大家" is written; "第二段:" labels are the generator's, not a speech's points.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const HN_TITLE = '在9月10日庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿';
const HN_META = '时间:2010-09-15 07:26:19 点击:545次';

const CL_RELATED = '- 相關(guān)推薦';
const CL_PROMO =
  '演講稿是為了在會議或重要活動上表達自己意見、看法或匯報思想工作情況而事先準(zhǔn)備好的文稿。在當(dāng)下社會,' +
  '演講稿對我們的作用越來越大,寫起演講稿來就毫無頭緒?下面是小編精心整理的中學(xué)生國旗下的演講稿6篇,' +
  '供大家參考借鑒,希望可以幫助到有需要的朋友。';
const CL_HEADING = '中學(xué)生國旗下的演講稿 篇1';

const DOC_FILE = '老师在20XX届毕业典礼上的精彩发言.docx';
const DOC_META = '上传人:randyorton 文档编号:659959 上传时间:2018-11-22 格式:DOCX 页数:4 大小:17.67KB';
const DOC_BAR = '返回 下载 相关 举报';
const DOC_TAB1 = DOC_FILE + '_第1页';
const DOC_PAGE1 = '第1页 / 共4页';
const DOC_TAB2 = DOC_FILE + '_第2页';
const DOC_PAGE2 = '第2页 / 共4页';
const DOC_NAG = '亲,该文档总共4页,到这儿已超出免费预览范围,如果喜欢就下载吧!';
const DOC_DESC = '资源描述';
const DOC_SUMMARY =
  '《老师在20XX届毕业典礼上的精彩发言.docx》由会员分享,可在线阅读,更多相关《老师在20XX届毕业典礼上的精彩发言.docx(4页珍藏版)》' +
  '请在三一文库上搜索。';
const DOC_HEAD_IN_CHUNK =
  '1、第 1 页 老师在 20XX 届毕业典礼上的精彩发言 特征码 xCPyxEGbJBWxjXhCzFTR 老师在 20XX 届毕业典礼上的精彩发言 ';

const BS_SLOGAN = '荟聚奇文、博采众长、见贤思齐';
const BS_CRUMB = '当前位置:公文素材库 > 演讲致辞 > 主持演讲 > 致敬社区工作者的演讲稿1000字';
const BS_TITLE_LINE = '致敬社区工作者的演讲稿1000字';
const BS_META = '网站:公文素材库 | 时间:2019-05-14 12:41:01 | 移动端:致敬社区工作者的演讲稿1000字';
const BS_PROMO =
  '社区工作者在社区有着多重身份,既要维护好社区的管理工作,又要做好社区清洁管理工作,他们是社区生活幸福和谐的维护者,' +
  '对于他们,我们要感谢,你写好演讲稿了吗?下面给大家带来的是致敬社区工作者的演讲稿1000字。';

export const specs = {
  '13-fayangao-hnxzjzx-school-jiaoshijie-daibiao-meta-subtitle-byline': {
    source: 'http://hnxzjzx.com/a/xinwen/jiaoyu/796.html',
    kind: 'speech: 发言稿 (a teacher speaking for the staff at a county vocational school\'s 教师节 and commendation meeting; the school\'s own news site)',
    tests: 'a school CMS page: the long title "在9月10日庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿" (no genre decoration), a "时间:2010-09-15 07:26:19 点击:545次" meta line, then the document\'s own short heading "教师代表发言稿" (a genre word alone, kept) and a byline "----汪书兰----" between dashes (kept), a two-line salutation/greeting, an inline "首先," after a full stop with no 其次 (no point), long comma-chained sentences, "酸、甜、苦、辣"; cut after a comma ("投身教育,"); no outline',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_META],
    dropLines: [HN_TITLE, HN_META],
    outline: [],
  },
  '14-jianghua-cloud209-big5-guoqixia-collection-mojibake-diyi-colon': {
    source: 'http://cloud209.com/yanjianggao/601576.html',
    kind: 'speech: 国旗下讲话 (a teacher on weekly duty speaking at the flag-raising about litter; traditional-script mirror of a collection page)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (關(guān) 準(zhǔn) 當(dāng) 學(xué) 責(zé) 環(huán) 衛(wèi) 經(jīng) 習(xí) 養(yǎng) 現(xiàn) 數(shù)) in noise and body alike; a leaked "- 相關(guān)推薦" label as the first line; a 小編 promo naming the collection "…6篇"; the piece heading "中學(xué)生國旗下的演講稿 篇1" with a space before 篇1 (the only title in the capture); a salutation ending in a colon; a hard wrap inside the word 共同 ("…我們也共" / "同進行了…"); a GBK-garbled "?墒" (for 可是) right after a full stop; "我想和大家說兩點:" then a block "第一:" point with a colon separator, its 第二 past the cut (optional); "衛生習慣中第一個現象:" (prose); "3、4個" inside a sentence; the mirror\'s simplified 周/于/夸/里 kept; cut mid-sentence ("很多不")',
    isSpeech: true,
    title: '中學生國旗下的演講稿',
    noise: [CL_RELATED, CL_PROMO, CL_HEADING, '下面是小編精心整理的中學(xué)生國旗下的演講稿6篇'],
    regexCut: [PINYIN],
    join: [['本周我講話的題目是', '同進行了勸誡']],
    dropLines: [CL_RELATED, CL_PROMO, CL_HEADING].map(unpin),
    outline: [
      { level: 1, marker: '第一:', text: '我們的同學在衛生習慣方面存在的幾個問題和改進辦法', optional: true },
    ],
  },
  '15-fayan-31doc-viewer-biye-dianli-jiaoshi-daibiao-chunks-pages': {
    source: 'https://m.31doc.com/p-659959.html',
    kind: 'speech: 发言 (a teacher speaking for the staff at a university graduation ceremony; 文库 document viewer)',
    tests: 'a 文库 viewer: the file name "….docx" as the first line, an upload-field line (uploader, number, date, format, pages, size), "返回 下载 相关 举报", two "….docx_第N页" tabs each with "第N页 / 共4页", a preview nag, "资源描述", a summary sentence naming the library; then the whole text on one line opening "1、第 1 页 <title> 特征码 xCPyxEGbJBWxjXhCzFTR <title> " before the salutation, with PDF wrap spaces inside words ("毕业典 礼", "“百 年一代”"), a space before ";", a " 第 2 页 " mark mid-text, and a second chunk line "2、操场/…" after a blank line that goes on mid-lyric; a quoted song in slash-separated lines; cut mid-word ("在即")',
    isSpeech: true,
    title: '老师在20XX届毕业典礼上的精彩发言',
    noise: [DOC_FILE, DOC_META, DOC_BAR, DOC_TAB1, DOC_PAGE1, DOC_TAB2, DOC_PAGE2, DOC_NAG, DOC_DESC, DOC_SUMMARY,
      '1、', '第 1 页', '特征码 xCPyxEGbJBWxjXhCzFTR', '第 2 页', '2、'],
    replace: [
      [DOC_HEAD_IN_CHUNK, ''],
      [' 第 2 页 ', ' '],
      ['告别\n\n2、操场', '告别操场'],
    ],
    dropLines: [DOC_FILE, DOC_META, DOC_BAR, DOC_TAB1, DOC_PAGE1, DOC_TAB2, DOC_PAGE2, DOC_NAG, DOC_DESC, DOC_SUMMARY],
    outline: [],
  },
  '16-yanjianggao-bsmz-shequ-gongzuozhe-crumb-meta-promo-poem': {
    source: 'http://bsmz.net/gongwen/197820.html',
    kind: 'speech: 演讲稿 (a community worker speaking for her 社区 at a district event, with a poem of her own; 公文 material site)',
    tests: 'a site slogan line "荟聚奇文、博采众长、见贤思齐", a breadcrumb "当前位置:公文素材库 > … > <title>1000字", the title line with a "1000字" length tag, a "网站:公文素材库 | 时间:… | 移动端:<title>1000字" line, a promo ending in the tagged title; no salutation: the speech opens with its occasion; quoted district slogans, the speaker\'s own title in 《…--…》 with an ASCII double dash, a poem title in 《》; then a poem of four-line-plus stanzas, one short line per paragraph, "当第一缕晨风拂面" (第一 inside a line, prose); cut mid-stanza ("你总是欣慰")',
    isSpeech: true,
    title: '致敬社区工作者的演讲稿',
    noise: [BS_SLOGAN, BS_CRUMB, BS_TITLE_LINE, BS_META, BS_PROMO, '1000字'],
    dropLines: [BS_SLOGAN, BS_CRUMB, BS_TITLE_LINE, BS_META, BS_PROMO],
    outline: [],
  },
  '17-jiaoan-5utours-ganen-zhuti-banhui-collection-not-speech': {
    source: 'http://5utours.com/jiaoxue/209810.html',
    kind: 'non-speech: lesson plan (a 感恩教育 主题班会 公开课, first piece of a 7-piece collection on a 范文 site)',
    tests: 'a column name "班会设计" over a breadcrumb, the title, a "| 发昌" byline, a 小编 promo, the heading "…公开课篇1"; labelled sections 教育目标:/课前准备:/教学过程: with block 1、2、3、 items and "一、活动导入", a slide cue "(幻灯片:游子吟)", a "(出示照片)" stage note, a "主持人小结:" passage to be read to the class, a "____同学" blank, "二、听《…》的故" cut mid-word — a plan for a class meeting, not a speech',
    isSpeech: false,
    title: '感恩教育的主题班会公开课',
  },
  '18-xinde-shwhmap-biye-dianli-diersduan-collection-not-speech': {
    source: 'https://shwhmap.com/content/66e48529.html',
    kind: 'non-speech: 心得体会 (reflections on watching graduation ceremonies, first piece of a 13-piece collection on a 范文 site)',
    tests: 'a breadcrumb "首页>心得体会><title>(汇总13篇)", the collection title, "作者:文锋 <title>(汇总13篇)", a site lead, the piece heading "观摩毕业典礼心得体会"; the piece opens by quoting its own topic and says "今天,我很高兴能和大家聊一聊…" like a talk, then runs under a generator\'s labels "第二段:场景回顾。" / "第三段:…。" / "第四段:…。" (ordinals with a noun, each on its own line after a full stop); a "――" dash; cut mid-sentence — written reflections, not a speech',
    isSpeech: false,
    title: '毕业典礼心得体会',
  },
};
