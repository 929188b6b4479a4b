// Gold specs for holdout round 18, part b (cases 07–12): schools and youth. Four spoken pieces (a teacher's 国旗下讲话
// on the school's own site, under a " / "-joined breadcrumb ending in the column name, with the site's text-spinner
// words (平安教育, 才能 for 能力, 留意 for 注意), a space before one full stop, and block 一、…四、 points after "…以下
// 要求:", the third one a single sentence just over 50 characters and the fourth cut by the capture; a graduation address
// on a traditional-script 范文 site, under a breadcrumb, the page title with the site's word 作文 and a "演講稿 閲讀(…)"
// line, the title again without 作文 after the first paragraph, block 第一,/第二,/第三, paragraphs that each open with a
// quoted question whose quotation marks mix ASCII and full-width, "。。。" runs; a head teacher's 毕业班 家长会 发言稿 on
// a 范文 site whose page title differs from the document's own title, a date/来源/收藏下载 line, a courtesy inline 首先,
// and a block 首先 without a separator, 今年:/前年: label lines and a hard wrap that leaves "一、二中39人" (the county's
// No. 1 and No. 2 high schools) at the start of a line, so that it looks like a 一、 heading; a 国旗下讲话 on a traditional
// mirror with converter pinyin after a fixed set of characters, a 時間 line, a "導語:…不代表本站觀點…" disclaimer, a
// mis-encoded run and the site's watermark "原創:" glued mid-sentence) and two pages that are not speeches (a primary
// school's news item on a community policeman's 国旗下讲话, reported in the third person with 首先/随后/最后, under its
// "国旗下讲话Press Center" column header; a pupil's 作文 about an opening ceremony on a page titled as a collection of
// principals' 开学典礼 演讲, with the site's chrome of counts and labels on lines of their own, ending "同学们,…").
// Written from page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see
// ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines)
// removed; what is left are the paragraphs. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const DX_CRUMB = '党政工作 / 三抓三促 / 德育之窗 / 国旗下讲话';
const DX_TITLE = '国旗下的讲话 第八周';

const LG_CRUMB = '當前位置:靈感寫作網>六年級>演講稿>';
const LG_TITLE = '讓莘莘學子傾倒的演講作文';
const LG_META = '演講稿 閲讀(1.21W)';
const LG_TITLE_SHORT = '讓莘莘學子傾倒的演講';

const IN_PAGE_TITLE = '下学期初三毕业班家长会发言稿';
const IN_META = '2020-03-03 14:05:43 来源:范文大全收藏下载本文';
const IN_TITLE = '2011年下学期毕业班家长会发言稿';

const UV_TITLE = '第六周國旗下講話';
const UV_DATE = '時間:2022-08-04 10:38:00';
const UV_LEAD = '導語:第六周國旗下講話一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。';

export const specs = {
  '07-guoqixia-dxyz-school-site-anquan-yi-si-headings': {
    source: 'http://www.dxyz.gs.cn/?p=49947',
    kind: 'speech: 国旗下讲话 (a teacher on the national school safety day; on the school\'s own site)',
    tests: 'a school site\'s article: a breadcrumb of column names joined by " / " and ending in "国旗下讲话" (the column, not the title), the title "国旗下的讲话 第八周" (a week number after a space), the salutation, "大家早上好!" glued to the sentence that names the speech\'s theme in quotes; the site\'s spinner words (平安教育, 自我防护才能, 留意) and a space before one full stop ("才能 。"); the paragraph before the points ends "…留意做到以下要求:"; block points 一、/二、/三、/四、 each opening a paragraph, 一、 and 二、 with a short first sentence, 三、 a single sentence of 54 characters (its text is cut at the first comma), 四、 cut by the capture mid-phrase ("严禁结伴"); quoted "一停二看三通过" (no marker)',
    isSpeech: true,
    title: DX_TITLE,
    noise: [DX_CRUMB],
    dropLines: [DX_CRUMB, DX_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '留意课间安全,文明有序活动' },
      { level: 1, marker: '二、', text: '留意上下学路上的安全' },
      { level: 1, marker: '三、', text: '留意饮食卫生安全' },
      { level: 1, marker: '四、', text: '学习防溺水常识,不私自下水,不到无人看管的河塘边玩耍,严禁结伴' },
    ],
  },
  '08-yanjiang-lgxzw-big5-biye-diyi-disan-title-variant-midbody': {
    source: 'https://lgxzw.com/gxlnj/yanjiang/v4x1vv.html',
    kind: 'speech: 演讲 (an address to graduates leaving school; traditional-script 范文 site)',
    tests: 'a traditional-script 范文 page with blank lines between lines: breadcrumb "當前位置:靈感寫作網>六年級>演講稿>", the title with the site\'s word 作文 ("讓莘莘學子傾倒的演講作文"), a "演講稿 閲讀(1.21W)" line, a line of spaces; no salutation, the first paragraph announcing "九個字,三個問:“…?…?…?\"" (quotation marks opened full-width and closed ASCII); then the title again without 作文 ("讓莘莘學子傾倒的演講", a variant repeat, between two body paragraphs); block 第一,/第二,/第三, paragraphs, each opening with a quoted question ("第一,\"帶什麼?”…", "第三,“怎麼走?”…", the first two opened with an ASCII quote), so that the first sentence ends at the "?" inside the quotes; paragraphs indented with a space, "。。。" runs, the converter\'s 説/閲 forms; text cut after "還有:"',
    isSpeech: true,
    title: LG_TITLE,
    noise: [LG_CRUMB, LG_META, '閲讀(1.21W)'],
    dropLines: [LG_CRUMB, LG_TITLE, LG_META, LG_TITLE_SHORT],
    outline: [
      { level: 1, marker: '第一,', text: '"帶什麼' },
      { level: 1, marker: '第二,', text: '"往哪走' },
      { level: 1, marker: '第三,', text: '“怎麼走' },
    ],
  },
  '09-fayangao-inrrp-jiazhanghui-doc-title-wrap-yi-erzhong-trap': {
    source: 'https://m.inrrp.com.cn/html/678c4396edeaac98.html',
    kind: 'speech: 发言稿 (a school\'s speaker at the parents\' meeting of the graduating class of a rural junior high school; 范文 site)',
    tests: 'a 范文 page with blank lines between lines: the page title ("下学期初三毕业班家长会发言稿") differs from the document\'s own title printed below the meta line ("2011年下学期毕业班家长会发言稿", with the year and without 初三); a "<date time> 来源:范文大全收藏下载本文" line; the salutation; "上午好!首先,请允许我…" (a courtesy 首先, inline after "!", a run of one); the first point as a block "首先向各位家长通报一下…。" with no separator after 首先 and no 其次 in the capture; label lines "今年:" and "前年:", a third label glued after a full stop and a space ("…位居33名。 去年:"); a hard wrap across a blank line inside a sentence ("考取" / "一、二中39人,…"), which leaves "一、" at the start of a line although it names the county\'s No. 1 and No. 2 high schools (no heading); percentages and rankings ("48.1%", "第六"); "--" inside parentheses; text cut mid-sentence ("离不开我们学生的刻苦")',
    isSpeech: true,
    title: IN_TITLE,
    noise: [IN_PAGE_TITLE, IN_META, '来源:范文大全收藏下载本文'],
    join: [['2011年中考也就是', '一、二中39人']],
    dropLines: [IN_PAGE_TITLE, IN_META, IN_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表学校向各位的到来表示诚挚的欢迎', optional: true },
      { level: 1, marker: '首先', text: '向各位家长通报一下近三年我校中考的基本情况', optional: true },
    ],
  },
  '10-guoqixia-uv63h8-big5-pinyin-daoyu-glued-yuanchuang': {
    source: 'http://www.uv63h8.cn/article/yjzc/yjcl/200608/55132.html',
    kind: 'speech: 国旗下讲话 (a teacher at a primary school\'s flag-raising in safety education week; traditional-script mirror of a 范文 site)',
    tests: 'a traditional mirror with the converter\'s pinyin after a fixed set of characters (國(guó), 時(shí), 學(xué), 點(diǎn), 個(gè)…) and its simplified leftovers (最后, 于, 里, 么); the title "第六周國(guó)旗下講話" with pinyin inside, a "時(shí)間:<date time>" line, a "導(dǎo)語(yǔ):…一文來(lái)源于網(wǎng)友上傳,不代表本站觀點(diǎn),…可咨詢客服老師,歡迎參考。" disclaimer, the salutation on a line of its own with no title repeat; a mis-encoded run with a stray ")" that is not an annotation ("我們?cè)〉男@"); the site\'s watermark "原創(chuàng):" glued after a comma mid-sentence ("惦記著你,原創(chuàng):直到看見你…"); "3月" digits; an ellipsis "……" mid-paragraph; text cut mid-sentence ("推搡的行為是")',
    isSpeech: true,
    title: UV_TITLE,
    noise: ['間:2022-08-04 10:38:00', '旗下講話一文來', '不代表本站觀', '可咨詢客服老師,歡迎參考。', '你,原創', '原創(chuàng):直到'],
    replace: [[',原創(chuàng):直到', ',直到']],
    regexCut: [PINYIN],
    dropLines: [UV_TITLE, UV_DATE, UV_LEAD],
    outline: [],
  },
  '11-news-qzjgxx-guoqixia-police-report-not-speech': {
    source: 'http://qzjgxx.cn/index.php?s=/home/news/detail/id/2478.html',
    kind: 'non-speech: news report (a primary school\'s own site reporting a community policeman\'s 国旗下讲话 to its pupils)',
    tests: 'a school site\'s news page in its "国旗下讲话" column: a "国旗下讲话Press Center" header, the column name alone, "> 国旗下讲话", the headline ending in "…来校作国旗下讲话", a "来源:本站 作者:超级管理员 点击:8860 发布日期:2016-03-21" line, indented paragraphs: a lead in the pupils\' "we" that names the speaker and the talk\'s title in quotes ("321上午", the date\'s dot lost), then the talk reported in the third person ("秦警官提醒…", "秦警官首先…,随后他…", "最后,秦警官希望…") with the officer\'s statistics, and a "(<name> 供稿)" credit — a report of a flag-raising talk, not the talk',
    isSpeech: false,
    title: '泉州市启明小学东湖校区社区民警来校作国旗下讲话',
  },
  '12-zuowen-kaixue8-kaixue-dianli-essay-under-speech-title-not-speech': {
    source: 'http://m.kaixue8.com/s/43aabd84e0cb8b10c3fdd143966d1346/562562',
    kind: 'non-speech: 作文 (a primary pupil\'s composition about the school\'s opening ceremony; 作文 site page titled as a collection of principals\' speeches)',
    tests: 'a 作文 site\'s page: a stray "0" line, a collection title that names a spoken genre ("校长的开学典礼演讲(通用20篇)"), a "导语:" promo line about another composition and "小编", then chrome on lines of their own ("浏览", "1465", "作文", "1000", "开学典礼年级", "全文共 702 字", "+ 加入清单"); the text is the pupil\'s first-person account ("今天,我参加了20XX-2007年的开学典礼…", the site\'s typos 又 for 有 and 那时 for 那是), reflections on discipline, a quoted "成功=…+…" formula, and a last line that turns to the reader ("同学们,在未来的世界里", cut) — a composition about a ceremony, not a principal\'s speech, although the page title and the closing address say so',
    isSpeech: false,
    title: '校长的开学典礼演讲',
  },
};
