// Gold specs for holdout round 54, part b (cases 07–12): literature, arts and publishing (文联、作协、书协、书展、文学社、
// 书画院). Four spoken pieces (an official of the national calligraphers' association greeting the Beijing calligraphers'
// association congress (meixun), on a collectors' portal under a site header ("收藏本站", the portal's name, an empty
// "网站公告:" bar), a "当前位置:首页 > 书法 > 书协动态" breadcrumb and a "<date> <time>  来源:<portal>" meta line, the
// salutation naming two hosts, "大家好!首先,请允许我…" with no 其次 after it, cut mid-word ("北京"); a traditional-script
// blog mirror (one124) of a dormitory teacher's 发言稿 to a students' literary club, with converter pinyin after a fixed
// set of characters (學(xué), 個(gè), 領(lǐng), 實(shí), 團(tuán), 業(yè), 結(jié), 鄉(xiāng), 發(fā), 現(xiàn), 動(dòng), 網(wǎng)), the title "一線天·二十年后再相會"
// with the genre label in parentheses on the next line, a mis-encoded run "因?yàn)槲膶W(xué)" printed twice, the glued
// watermark "( 文章閱讀網(wǎng):www.sanwen.net )" at the end of a paragraph, a mid-sentence "——", cut mid-word ("辦演"); a
// county publicity chief's 讲话 at the unveiling of twelve arts associations on a document farm (jszgctd, 蚂蚁文档网): the
// breadcrumb and the page title both carry an SEO keyword tag "[领导在揭牌仪式讲话 在文艺协会揭牌仪式上讲话领导 精品]",
// a "时间:… 浏览次数:" meta line with an empty count, the keyword, the document's own title and the byline "领导" glued
// before the first sentence ("领导在揭牌仪式讲话在文艺协会揭牌仪式上的讲话领导在此,我谨代表…"), ASCII "." as the sentence
// end throughout, a page break inside a sentence that left "、." and a blank line ("思想最活跃、." / "表达最直接…"),
// unnumbered topic sentences opening paragraphs, cut mid-sentence ("为他们搭建"); an ambassador's 致辞 opening the China
// guest-of-honour programme of a US book fair (china-embassy): the title, the site's bare date field "2015/05/27", a
// line of spaces, every paragraph indented by two spaces, "谢谢!" and a "推荐给朋友:" / "全文打印 … 打印文字稿" footer)
// and two written look-alikes (a district CPPCC news item (xdzx.gov.cn) on the founding of its painting-and-calligraphy
// academy, whose 宣传部长's three hopes are summarised as "一要…。二要…。三要…" after full stops and two other officials
// "讲话指出" — a third-person report, not a speech; a Macau novelist's blog post "特別鳴謝" (silencemo.blogspot.com) in
// genuine traditional script, thanking by name the friends who came to his book launch line by line ("感謝…" x5,
// "再次感謝大家") and followed by "5 則留言:" and a reader's comment — a written post about a launch, not a speech).
// Judgement calls: 07's header lines, the breadcrumb and the meta line are noise; the "首先," after "大家好!" is a lone
// courtesy opener inside a paragraph (no second item, not a block), so there is no outline. 08's parenthesised
// "(一線天文學社第九屆社員大會發言稿)" under the title is the document's own genre label and stays as a body line (as the
// dash subtitles of earlier rounds); the mojibake run stays (unrepairable); the watermark is cut whole, with its own pinyin,
// before the pinyin regexp runs; "——雁聲先生" sits mid-sentence and is no point. 09's title is the document's own name
// "在文艺协会揭牌仪式上的讲话" (glued in the text), not the SEO page title "揭牌仪式领导讲话": the whole page-title line
// with its keyword tag, the breadcrumb and the meta line are noise, and the glued run "领导在揭牌仪式讲话…讲话领导" before
// "在此" is cut as a glued title at the start (listed, since it is not the bare title); the stray "." left by the page
// break is noise ("最活跃、.") and the two halves of the sentence are one paragraph; the ASCII full stops stay. 10's date
// "2015/05/27" is the site's date field (as round 40's "106/10/28"), noise; the footer lines are noise; no outline. 11 and 12
// are written, not speeches. Names of living private people, the club, the college, the book, the district and the
// county are fictional; 07's hosts are renamed too.
// Looked for and not found on a new host: a 文联/作协 congress speech with 一、/（一）, 一是/二是 or 第一,/第二, points inside
// the first 900 characters (the corpus answers with used hosts — qqjlz, 01861, m.qiqiwenku, laobiganzi, xinmengxiang,
// blog.sina, 413yy, sucai198, 858835, bafconsult — or with periodical abstracts on soolun/ppdoc/jxxfw), so none of the four
// speeches here carries numbered points; a 新书发布会 发言稿 on a new 范文 host (777doc is used, wenshugu a twin); a 读书节
// speech with points (xuexila, mingyanjiaju, beiweimall, 365docx, zixun.sqedu are used); a 作品研讨会 发言 with 第一/第二.
// Set aside as template twins: wenshugu.com (the "來源:<site> <count>" + 小編 + "篇1" template of caihuaku/qqjlz);
// xzwskj.com and gppjj.com (the "时间:<date> <time>" / "第一篇:" + "……此处隐藏N个字……" farm of cnbleu/cti8/004km);
// 357603.cn, oingaieng.cn and zheinei.com (the "- 相關推薦" traditional template of adivasplayground); ybwxxc.cn (a copy of
// the used xuexila.com with "爱上海" glued before paragraphs); m.stra.cn (the "/dongshi/<x>/<id>" twin of the used
// m.zgxue.com); m.qichevr.com (the "/wenku/<x>/<id>" twin of the used m.yrrf.cn); uv63h8.cn (a traditional copy of gwyoo's
// "導語:…一文來源于網友上傳" template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const MX_FAV = '收藏本站';
const MX_SITE = '中国书画收藏频道';
const MX_NOTICE = '网站公告:';
const MX_CRUMB = '当前位置:首页 > 书法 > 书协动态';
const MX_TITLE = '中国书协领导在北京书协第五次代表大会开幕式上的致辞';
const MX_META = '2009年10月26日 16:08:17  来源:中国书画收藏频道';

const OT_TITLE = '一線天·二十年后再相會';
const OT_MARK = '( 文章閱讀網(wǎng):www.sanwen.net )';

const JS_TAG = '[领导在揭牌仪式讲话 在文艺协会揭牌仪式上讲话领导 精品]';
const JS_CRUMB = '当前位置:蚂蚁文档网 > 作文范文 > 揭牌仪式领导讲话 ' + JS_TAG;
const JS_HEAD = '揭牌仪式领导讲话 ' + JS_TAG;
const JS_META = '时间:2022-01-14 14:13:42 浏览次数:';
const JS_GLUED = '领导在揭牌仪式讲话在文艺协会揭牌仪式上的讲话领导';
const JS_TITLE = '在文艺协会揭牌仪式上的讲话';

const CE_TITLE = '崔天凯大使在2015年美国书展中国主宾国开幕式上的致辞';
const CE_DATE = '2015/05/27';
const CE_SHARE = '推荐给朋友:';
const CE_PRINT = '全文打印       打印文字稿';

export const specs = {
  '07-zhici-meixun-shuxie-daibiao-dahui-header-crumb-meta-shouxian': {
    source: 'http://www.meixun.org/shufa/shuxiedongtai/8ee6770ad9ad6efda642312dc1fd8ba4.html',
    kind: 'speech: 致辞 (an official of the national calligraphers\' association at the opening of the Beijing calligraphers\' association congress; collectors\' portal)',
    tests: 'site header lines "收藏本站" / "中国书画收藏频道" / an empty "网站公告:" bar, the breadcrumb "当前位置:首页 > 书法 > 书协动态", the title, a meta line "2009年10月26日 16:08:17  来源:中国书画收藏频道" (double space), blank lines between all lines; salutation naming two hosts; "大家好!首先,请允许我代表…" (a lone inline 首先 after a sentence end, no 其次: no point); years and dynasties; a space before "2008年"; cut mid-word ("北京")',
    isSpeech: true,
    title: MX_TITLE,
    noise: [MX_FAV, MX_SITE, MX_NOTICE, MX_CRUMB, MX_META],
    dropLines: [MX_FAV, MX_SITE, MX_NOTICE, MX_CRUMB, MX_TITLE, MX_META],
    outline: [],
  },
  '08-fayangao-one124-big5-pinyin-wenxueshe-subtitle-mojibake-watermark': {
    source: 'http://www.one124.com/subject/217386',
    kind: 'speech: 发言稿 (a college dormitory teacher to the members of a students\' literary club at its ninth general meeting; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after 學(xué), 個(gè), 領(lǐng), 實(shí), 團(tuán), 業(yè), 結(jié), 鄉(xiāng), 發(fā), 現(xiàn), 動(dòng), 網(wǎng); the title "一線天·二十年后再相會" with a middle dot, the genre label "(一線天文學(xué)社第九屆社員大會發(fā)言稿)" in ASCII parentheses on the next line (kept); salutation "同學(xué)們:" and "大家晚上好!"; a mis-encoded run "因?yàn)槲膶W(xué)" twice in one sentence (kept, its pinyin cut); the glued watermark "( 文章閱讀網(wǎng):www.sanwen.net )" at a paragraph end; "……" inside paragraphs; a "——" after a comma mid-sentence (no point); cut mid-word ("辦演")',
    isSpeech: true,
    title: OT_TITLE,
    noise: [OT_MARK],
    replace: [[OT_MARK, '']],
    regexCut: [PINYIN],
    dropLines: [OT_TITLE],
    outline: [],
  },
  '09-jianghua-jszgctd-wenyi-xiehui-jiepai-keyword-title-glued-title-ascii-period-wrap': {
    source: 'http://www.jszgctd.com/zuowenfanwen/2022/0114/25560.html',
    kind: 'speech: 讲话 (the county publicity department at the joint unveiling of twelve literature-and-arts associations; document farm)',
    tests: 'a breadcrumb and a page title both carrying the SEO tag "[领导在揭牌仪式讲话 在文艺协会揭牌仪式上讲话领导 精品]"; "时间:2022-01-14 14:13:42 浏览次数:" with an empty count; the keyword, the document\'s own title and the byline "领导" glued before the first sentence ("…讲话领导在此,我谨代表…"); ASCII "." as every sentence end; a page break inside a sentence leaving "思想最活跃、." and a blank line before "表达最直接…" (one paragraph); topic sentences without numbers; figures "12个" and "11+1"; cut mid-sentence ("为他们搭建")',
    isSpeech: true,
    title: JS_TITLE,
    noise: [JS_CRUMB, JS_HEAD, JS_TAG, JS_META, JS_GLUED, '最活跃、.'],
    replace: [[JS_GLUED + '在此', '在此'], ['最活跃、.\n\n表达', '最活跃、表达']],
    dropLines: [JS_CRUMB, JS_HEAD, JS_META],
    outline: [],
  },
  '10-zhici-chinaembassy-shuzhan-zhubinguo-date-field-print-footer': {
    source: 'http://www.china-embassy.org/chn/sgxx/cuids/DSJH/t1268684.htm',
    kind: 'speech: 致辞 (the ambassador at the opening of China\'s guest-of-honour programme at a US book fair; embassy website)',
    tests: 'an official page: the title, the bare date field "2015/05/27", a line of spaces, every paragraph indented by two spaces, salutation "尊敬的各位来宾,女士们、先生们:", quoted sayings of a Chinese poet and an American statesman, statistics ("5本", "九成以上"), "谢谢!"; footer "推荐给朋友:" (trailing spaces) and "全文打印       打印文字稿"; no numbered points',
    isSpeech: true,
    title: CE_TITLE,
    noise: [CE_DATE, CE_SHARE, CE_PRINT],
    dropLines: [CE_TITLE, CE_DATE, CE_SHARE, CE_PRINT],
    outline: [],
  },
  '11-news-xdzx-shuhuayuan-chengli-inline-yiyao-not-speech': {
    source: 'http://xdzx.gov.cn/WenJianInfo.aspx?id=247',
    kind: 'non-speech: news report (a district CPPCC founds its painting-and-calligraphy academy; CPPCC website)',
    tests: 'a third-person report ("出席会议并讲话", "他在讲话中说", "讲话指出") with no title in the capture; one official\'s three hopes summarised as "一要…。二要…。三要…" after full stops inside one paragraph (points by the letter of the rules, but reported speech); quoted slogans "三出", "文化名区", "两为"/"双百"; the site\'s slip "大努力" kept — a written report, not a speech',
    isSpeech: false,
    title: '',
  },
  '12-blog-silencemo-big5-xinshu-fabuhui-ganxie-lines-comments-not-speech': {
    source: 'http://silencemo.blogspot.com/2008/11/blog-post_29.html',
    kind: 'non-speech: blog post (a Macau novelist thanks the people who came to his book launch; genuine traditional script)',
    tests: 'a Blogger page: the date line "2008年11月30日 星期日", the post title "特別鳴謝", short unpunctuated lines like verse; thanks addressed to named friends in five "感謝…" lines, "你們" throughout, "希望大家多多支持" and "再次感謝大家" at the end — the language of a thank-you speech in a written post about a launch that already happened ("昨日"); then "5 則留言:" and a numbered reader comment — not a speech',
    isSpeech: false,
    title: '特別鳴謝',
  },
};
