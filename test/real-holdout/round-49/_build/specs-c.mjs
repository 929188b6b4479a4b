// Gold specs for holdout round 49, part c (cases 13–18): students and youth speaking.
// Four spoken pieces (a student cadre's 国旗下讲话 on a high school's site-builder page (gezhi.fj.cn): the headline with
// the site's "二维码" button glued after a space, then the whole post flattened onto one line with single spaces: the
// "发表时间:<date time>" meta, the column label "国旗下讲话:(2017年9月4日)", the headline again, the byline
// "演讲者:学生会团委副书记 <name>", the salutation and every paragraph, cut mid-phrase ("传承"); a graduate's 发言 at her
// college's 2024 graduation on a university college site (rw.tzc.edu.cn): the "当前位置: 网站首页 > 学院新闻 > 正文"
// breadcrumb, a bare column line "学院新闻", the headline tagged with the series label "温暖重温|", an empty
// "发布时间:<date>      浏览量:" meta line, paragraphs that open with a keyword and a full stop ("启航。", "青春。" — the
// speaker's three announced words, not numbered points), cut mid-word ("比"); a freshman's 发言 at a university's
// opening ceremony (news.wit.edu.cn) with no title and no site noise in the capture, two block paragraphs
// "第一题是单选题:…?这道题…。" / "第二题是多选题:…?…" (an exam-paper metaphor: ordinals not in the rule table), a courtesy
// "首先," with no 其次, cut mid-phrase ("有扎实学识与"); a sophomore's 发言 for the students staying on at a college's
// 2019 graduation (sky.nankai.edu.cn): the headline, a glued "发布者:…作者:…发布时间:…浏览次数:938" meta line, blank runs,
// the salutation over extra blank lines, a stray "/" inside a sentence ("数不清/在这里"), a courtesy "首先," with no 其次)
// and two written look-alikes (a high school's news report of its 高考百日誓师大会 (gdapzx.cn) with block headings
// "一、奏唱国歌:…" to "四、学子发言:…", the principal's wishes summarised as "一是…;二是…;三是…" right after a full stop, a
// teacher's and a student's speeches told in the third person, ASCII "…" quotes around the theme, cut mid-word; a guide
// on how to write a 竞选演讲稿 (qwen.cn) under a "趣文网 > 应用文 > 演讲稿" breadcrumb, a "…|发言稿" headline, a date and a
// "相关推荐" line, with inline "一是…。二是…。三是…。" after a colon, "1.标题。"/"2.称呼。"/"3.正文。" headings,
// "(1)开头。"/"(2)主体" and "①…法。" items, quoted salutations ("各位领导飞"同志们""), the site's typos ("昕众", "d但")).
// Judgement calls: 13's "国旗下讲话:(2017年9月4日)" is the page's column label with the posting date (as round 33's
// column "国旗下讲话" over its headline) and is noise; the headline repeated after it is a title repeat glued at the start of
// what is left and is dropped (not listed, it equals the title); the byline "演讲者:学生会团委副书记 …" carries a position
// and stays as the start of the one flattened paragraph (no paragraph break is invented). 14's title drops the series
// tag "温暖重温|" (noise, as a bracketed site tag) and keeps the speaker's name and occasion as printed; the bare column
// line "学院新闻" under the breadcrumb is noise; "启航。"/"青春。" are no markers. 15's "第一题是"/"第二题是" are ordinals
// outside the rule table ("第一句是", "第一项:" in earlier rounds): two optional level-1 points whose text is the first
// sentence up to the "?" ("单选题:追寻怎样的理想"); the title is "" (the capture opens with the salutation). 16's meta
// line is noise as printed, glued words and all; the stray "/" stays in the text (a site artifact with no anti-copy
// pattern, like a mis-encoded run). 17 is a news report (third person, headings naming the programme items) and 18 a
// writing guide: not speeches, whatever their markers. Names of students, teachers and posters (also inside the meta
// lines of 14 and 16), schools' small places and addresses are fictional; dates, counts and site strings are as found.
// Looked for and not found on a new host: a student's 竞选 演讲稿 (班干部/学生会/大队委) with 第一,/首先,其次 or 1、2、3、
// points (the corpus answers with used or twin hosts: ppfanwen, mingyanjiaju, zx05, runthegoodtimes, yrrf, 6dgww, or with
// novels); a 新团员/新队员代表 发言 (only news reports of the ceremonies); a 学生会 换届 speech with 一、 headings (one
// capture without an address); a student 国旗下讲话 with 一要/二要 or 1. points on a new host (365docx and 17025calibrations
// are used). So only one of the four speeches (15) carries numbered points, and those are optional.
// Template twins set aside: guoyugu.com and ywxkb.com (the bimobang "当前位置 / 首页 > … / 推荐人: 来源: 阅读: … 次" template
// of shared case 97); xzjiemi.com and xuewenzhai.com (the ruiwen-family "…怎么写发言稿才能避免踩雷呢?以下是小编…" promo, as
// lingwen.com in an earlier round); xjedunet.com (the gaofenw "<site> > <column> > / 时间: <name> <column>" template of
// round 22); jxzy.wang (haowendang's "<name> 分享 时间: 加入收藏 我要投稿 点赞" meta of round 28); aivote.com (the
// "/jxfw/<yyyymm>/" path of jjcmw/czt); ggppt.com ("wordsearch__b<id>_<n>.html" of lfppt/17025calibrations); fupindai.com
// (the lovfp/yrrf "/wenku/<col>/<id>" viewer); uydoc.com (runthegoodtimes's "/yanjianggao/19457xx.html" pinyin mirror);
// fabijiade.com (the pleasurethai "/article/<id>.html" traditional mirror of Xuzhou school news); yz.czedu.cn (the czedu
// "/html/article<id>.html" school CMS of round 38's scz.czedu.cn).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GZ_TITLE = '铭记历史 珍惜当下';
const GZ_QR = '二维码';
const GZ_META = '发表时间:2017-09-04 22:51';
const GZ_COLUMN = '国旗下讲话:(2017年9月4日)';

const TZ_CRUMB = '当前位置: 网站首页 > 学院新闻 > 正文';
const TZ_COLUMN = '学院新闻';
const TZ_TAG = '温暖重温|';
const TZ_TITLE = '毕业生代表俞晓棠在人文学院2024届毕业典礼上的发言';
const TZ_META = '发布时间:2024-06-21      浏览量:';

const NK_TITLE = '2019届毕业典礼在校生代表苏景和发言';
const NK_META = '发布者:邵一帆作者:邵一帆发布时间:2019-06-14浏览次数:938';

export const specs = {
  '13-jianghua-gezhi-guoqixia-oneline-qrcode-meta-byline': {
    source: 'http://www.gezhi.fj.cn/h-nd-473.html',
    kind: 'speech: 国旗下讲话 (a student, the deputy secretary of the student union\'s youth league committee, at the Monday flag ceremony before Teachers\' Day; a high school\'s site-builder page)',
    tests: 'the headline with the site\'s "二维码" button glued after a space; the whole post flattened onto one line with single spaces: a "发表时间:2017-09-04 22:51" meta, a column label with the date "国旗下讲话:(2017年9月4日)", the headline repeated, the byline "演讲者:学生会团委副书记 程语桐", the salutation "尊敬的老师,亲爱的同学们:", "大家好" and all paragraphs; a date "1945年9月3日" opening a sentence (not a marker); cut mid-phrase ("传承")',
    isSpeech: true,
    title: GZ_TITLE,
    noise: [GZ_QR, GZ_META, GZ_COLUMN],
    replace: [
      [GZ_TITLE + ' ' + GZ_QR, GZ_TITLE],
      [GZ_META + ' ' + GZ_COLUMN + ' ' + GZ_TITLE + ' 演讲者', '演讲者'],
    ],
    dropLines: [GZ_TITLE],
    outline: [],
  },
  '14-fayan-rwtzc-biye-crumb-column-tag-meta': {
    source: 'https://rw.tzc.edu.cn/info/1045/8872.htm',
    kind: 'speech: 发言 (a graduate speaking for the 2024 graduates at her college\'s graduation ceremony; a university college\'s news page)',
    tests: 'a "当前位置: 网站首页 > 学院新闻 > 正文" breadcrumb, a bare column line "学院新闻", the headline tagged with a series label "温暖重温|毕业生代表…的发言", an empty "发布时间:2024-06-21      浏览量:" meta line; blank lines between all lines; the speaker naming herself and announcing three key words; paragraphs opening with the key word and a full stop ("启航。…", "青春。…") that are not numbered points; quoted slogans and an address in quotes; cut mid-word ("比")',
    isSpeech: true,
    title: TZ_TITLE,
    noise: [TZ_CRUMB, TZ_COLUMN, TZ_TAG, TZ_META],
    replace: [[TZ_TAG + TZ_TITLE, TZ_TITLE]],
    dropLines: [TZ_CRUMB, TZ_COLUMN, TZ_TITLE, TZ_META],
    outline: [],
  },
  '15-fayan-wit-xinsheng-diyiti-ordinals': {
    source: 'http://news.wit.edu.cn/info/1441/371171.htm',
    kind: 'speech: 发言 (a freshman speaking for the new students at a university\'s opening ceremony; university news page)',
    tests: 'no title and no site noise in the capture: the salutation opens the text; a courtesy "首先,请允许我代表…" with no 其次; an exam metaphor ("一份特别的答卷") carried by two block paragraphs "第一题是单选题:追寻怎样的理想?这道题关乎信念与方向。" and "第二题是多选题:锻造怎样的本领?…" (ordinals outside the rule table, an ASCII "?" ending the first sentence); "九三阅兵" and "Z时代" inside sentences; cut mid-phrase ("成为有扎实学识与")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一题是', text: '单选题:追寻怎样的理想', optional: true },
      { level: 1, marker: '第二题是', text: '多选题:锻造怎样的本领', optional: true },
    ],
  },
  '16-fayan-nankai-zaixiaosheng-biye-meta-slash': {
    source: 'http://sky.nankai.edu.cn/_t474/2019/0614/c7806a177903/page.htm',
    kind: 'speech: 发言 (a sophomore speaking for the students staying on at a college\'s 2019 graduation ceremony; college news page)',
    tests: 'the headline "2019届毕业典礼在校生代表…发言" (the document\'s own name), a meta line with its fields glued together ("发布者:…作者:…发布时间:2019-06-14浏览次数:938"), runs of blank lines, the salutation "尊敬的各位老师,亲爱的学长学姐们:" addressing the graduates; a courtesy "首先,请允许我…" with no 其次; a ci-poem-like opening ("春色将尽,看院中双树,疏影横斜。"); a stray "/" inside a sentence ("数不清/在这里"); the last line a complete sentence',
    isSpeech: true,
    title: NK_TITLE,
    noise: [NK_META],
    dropLines: [NK_TITLE, NK_META],
    outline: [],
  },
  '17-news-gdapzx-bairi-shishi-yi-yishi-not-speech': {
    source: 'https://gdapzx.cn/html/xiaoyuanxinwen/xiaoyuandongtai/136.html',
    kind: 'non-speech: news report (a high school\'s report of its 100-days-to-the-gaokao pledge rally)',
    tests: 'a school news post with no title in the capture: a couplet-like lead sentence and a lead paragraph naming the leaders present; block headings "一、奏唱国歌:以赤诚涵养家国情怀" … "四、学子发言:以豪情书写青春华章" (programme items, each with a colon and a slogan); the principal\'s wishes given as "一是锚定目标,坚定信心;二是…;三是…" right after a full stop; a teacher\'s and a student representative\'s speeches told in the third person ("她表示"); ASCII double quotes around the rally\'s theme; cut mid-word ("每一") — a written report, not a speech',
    isSpeech: false,
    title: '',
  },
  '18-guide-qwen-jingxuan-yanjianggao-xiezuo-not-speech': {
    source: 'https://qwen.cn/html/202001/18/19048.html',
    kind: 'non-speech: writing guide (how to write a campaign speech, 竞选演讲稿)',
    tests: 'a "趣文网 > 应用文 > 演讲稿" breadcrumb, the headline "怎样写竞选演讲稿|发言稿", a date-time line and a "相关推荐" line; "一是客观性。…二是竞争性。…三是推销性。" after a colon inside a paragraph; block headings "1.标题。", "2.称呼。", "3.正文。" with "一是单标题。…二是双标题。" inside; "(1)开头。" and a bare "(2)主体" line; circled "①真诚感谢法。" items; a quoted salutation ("各位领导飞"同志们"") and the site\'s typos ("昕众", "d但", a missing full stop); cut after one character ("竞") — a guide about the genre, not a speech',
    isSpeech: false,
    title: '怎样写竞选演讲稿|发言稿',
  },
};
