// Gold specs for holdout round 145, part B (cases 07–12): aerospace, robotics and science contests (中国航天日, 神舟 launches,
// 机器人 talks and contests, 科技节 — their 国旗下讲话, 演讲稿 and dialogue talks, and their look-alikes: an anniversary article
// with 一、…四、 headings and a provincial robotics 活动方案).
// Four spoken pieces (a bilingual 国旗下讲话 on the launch of Shenzhou-15 on a school's own site (218.2.33.235, a bare IP,
// "/newsshow.php?cid=8&id=<id>"): no page furniture at all, the salutation "敬爱的老师们,亲爱的同学们:" as the first line, a
// Chinese paragraph naming the theme “畅游星辰大海,致敬中国航天” inside a sentence, then the same opening in English on five
// lines ("Dear teachers, dear students.", "Good morning everyone!" — a greeting the Chinese lacks —, a theme line with a straight
// opening quote and a curly closing one and a space before the comma, a paragraph with spaces before ":" "," and ".",
// "29November" without a space), then the Chinese body again, cut mid-word ("沿着这些荣"); no title in the page; a robotics
// 演讲稿 (a talk from the CCTV programme 开讲啦) on a WordPress-style article farm (xuebo.me, "/post/<id>.html"): a crumb
// "当前位置:首页 > 励志文案 > 正文内容", the title "开讲啦曲道奎演讲稿:机器人的时代到来了", a meta line
// "抄范文2年前 (2023-06-13)励志文案107" (poster name, relative age, date, category and view count run together), the title
// again indented, then two indented paragraphs of a talk with no salutation that speaks to the studio audience ("在场的各位,
// 谁没带手机请举一下手"), cut mid-sentence ("比如那些需要大量计算的,机器人"); a two-voice aerospace talk at a college's Monday
// assembly on the college's site (www.jzhx.net, "/DisplayInfo.jsp?menuID=<n>&pageID=<id>"): the title line
// "筚路蓝缕问苍穹 青衿致远守初心" with a space between its halves, a "发布时间:2025-04-07" line, the salutation, then turns
// labelled "江教授:" and "许若溪:" (a professor and a student), a turn ending without any punctuation ("…你最先想到的是什么"),
// run-on prose with no comma ("还外星人可有时候…"), straight double quotes with spaces around them (古人 "可上九天揽月" 的,
// "千里眼"" 顺风耳 "), "在 3.6 万公里高空" with spaces, cut mid-quotation ("“东"); a student's 国旗下演讲 on 航天精神 on a
// middle school's site (xy36z.com, "/index.php/xytzg/index/no/<id>.html"): a lone "•" line, a bulleted crumb
// "• 您当前的位置: 首页 - 德育之窗", the headline "弘扬航天精神,争做有为青年——2023年4月17日国旗下演讲", a
// "发布时间:2023年04月17日 点击:3500" line, an image file name "图片1.png" on its own line, a third-person lead with the site's own
// typos ("20234月17日", "举弘扬…”主题升旗仪式", a closing quote with no opening one), the salutation, "大家好!我是高二(11)班
// 的…,今天我国旗下讲话的题目是《…》。" on its own indented line, three body paragraphs, a "……" inside the first, cut
// mid-sentence ("要用心汲取航天榜样的力量,")) and two written look-alikes (an article for the 68th anniversary of China's
// space programme on a traditional-script converter mirror without pinyin (www.hnzzq.com, "/xwzx/xyxw/<id>.html"): the title
// "生日快樂!致敬中國航天68周年", a first-person-plural opening ("今天,我們迎來了…"), four heading lines "一、中國航天的輝煌歷程"
// … "四、致敬與祝福" each followed by prose paragraphs, ending in a salute "我們要向…致以崇高的敬意。" — an article, not a speech:
// no spoken genre in the title, no address to an audience; 704 characters, the whole stored page; a provincial 青少年机器人活动
// 方案 on the provincial youth-science platform's mobile site (m.hubei.xiaoxiaotong.org, "/news/ArticleView.aspx?AID=<id>"):
// no title in the stored text, "一、活动意义" … "四、省级竞赛", "1. 活动对象…" with a space and "2.基层…" without, "(一)…(三)"
// stages, "1.综合技能竞赛", decimal items "1.1竞赛主题:火星救援", "2.1能力风暴机器人WER挑战赛" and unnumbered
// "竞赛主题:…"/"竞赛组别:…" lines, cut mid-item ("…不超过4名,") — a written plan, not a speech).
// Judgement calls: 07 is a speech page: the whole page is the speech, in the first person, opening with the salutation; it has
// no title line and the theme sits inside a sentence, so the title is "" (as round 6 case 07 left 《珍爱生命》 in its sentence);
// the English lines are the speech's own bilingual text as the school printed it and stay as body paragraphs, one paragraph a
// line, with their quirks; there is no page noise, so noise is [] (a do-no-harm page, as shared case 48); no numbered points
// ("Now," and "凡事预则立" are no markers). 08: the crumb and the meta line are noise (the meta line whole, with
// "励志文案107" as a short part, as round 134 case 03 listed "阅读:714 次"); the indented repeat of the title is cut as a repeat
// and not listed (it equals the title); the title keeps the programme name and the subtitle after the colon ("Kept: … a
// subtitle after a colon"); no salutation (a studio talk, as shared case 66 had none); no numbered points. 09: the headline
// is the talk's own title; the 发布时间 line is noise; the speaker labels "江教授:"/"许若溪:" stay in the body paragraphs (as the
// 男:/女: and A:/B: turns of shared cases 20 and 21); each turn is one line and one paragraph, a turn that ends without
// punctuation included; the talk is a speech (salutation, "大家早上好!", two voices addressing the assembly) though the page
// names no genre; no numbered points. 10: the lone bullet, the crumb, the meta line, the image file name (as round 6 case 01's
// "高一(1)班林书瑶.jpg" and round 140 case 12's "1.png") and the third-person lead (as round 134 case 02's press lead) are noise;
// the headline is the page's only title line and is taken whole as the title, its "——2023年4月17日国旗下演讲" tail included
// (as round 134 case 02 took the press headline; the speech's own name 《弘扬航天精神争做有为青年》 stands only inside a
// sentence); the "大家好!我是…" line stays as a body paragraph; no numbered points. 11 and 12 are written, not speeches: 11
// speaks of "我們" but to no audience and names no spoken genre (as shared case 42's 心得体会 with clean 一、/二、 headings); 12
// is a plan. Names of private people (the professor, the two students) were replaced by fictional ones; the prose was
// rewritten, the English lines included.
// Looked for and not found on a new host: a 机器人大赛 开幕式 致辞 or 讲话 (the 范文 copies stand on used hosts — m.mogufr.com,
// pincai.com, qingsongxiezuo.com, wencuigu.com, wxfwb.com, m.wnwk.com, m.wenke99.com, lgfwz.com's 智能机器人大会 致辞 with
// 第一句话/第二句话, 9000bbs.cn, refanwen.com, xuefen.com.cn, taowenge.com — and the fresh hosts carry only third-person reports:
// cqesa.com, 119.3.218.0, news.43u.com.cn, it168.com, tydbkk.cn, qqweld.com); a 青少年科技创新大赛 speech with numbered points
// (wenmi123.com's 一、/二、 颁奖仪式 speech and wm114.cn's 推进会议 speech with a 一、/（一） outline are used, jey722.cn is a
// traditional mirror of the used wm114.cn template, m.alizhichou3.cn and deichen.cn carry the used gwyoo.com 导语 disclaimer);
// a 航天日 讲话 with 一是/第一 points (none turned up; the 航天日 国旗下讲话 pages are unnumbered, and f.tikuw.cn, biganzidoc.com,
// dy1993.cn, haodangke.com and xcsx.jtjyfw.net are used); a 主持词 for a 科技节 or 机器人 contest (only used hosts:
// m.yrrf.cn's 科普日 启动式 script, m.baomayou.com's 艺术节 主持词); a 竞赛规程 on a new host (only used 文库 copies: mdjjksjc.com). So none of the four speeches
// carries a numbered point; the numbering in this part is in the two look-alikes.
// Template twins considered: california-injury-lawyer-blog.com (常萬全's speech at the Shenzhou-7 celebration, a traditional
// mirror with "|" lines and a "來源:新華網 日期:… |" line) serves taiwan.cn's "/zt/jmkj/shenzhou7/…" paths: taiwan.cn is used and
// earlier rounds counted its mirrors as used, so it was dropped after being claimed (its claim line in claims145.txt for
// 145-B-07 is superseded by 218.2.33.235); xhmbeer.com (a 412航天日国旗下讲话) prints the used ukktv.cn/99999z.com/hnfl123.com
// template ("当前位置:首页 > 范文大全 > 讲话稿 >" crumb, "下面是小编为大家整理的…,供大家参考。", "/fanwendaquan/…" and
// "/jianghuagao/<yyyy>/<mmdd>/<id>.html" paths) and was dropped; 01bzxs.com ("第一版主网", a novel chapter with a contest award
// speech) shows the "繁体版 简体版" bar and leaked "</p>" of the used 版主小说网 novel template (round 76 case 06) and was not
// taken; bbs.huanbaoxinwen.com's "/jxfw/<yyyymm>/<id>.html" path is the used m.mogufr.com's. xuebo.me's crumb ends in
// "正文内容" like round 87 case 06's ixunmei page, but its meta line ("抄范文2年前 (2023-06-13)励志文案107") differs from that
// page's ("ixunmei2023年11月05日法律") and no used page has it, so it was kept. xy36z.com's "德育之窗" column name occurs on three
// used school pages, each with a different crumb and meta shape. No used page carries the noise lines of the six pages kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XB_CRUMB = '当前位置:首页 > 励志文案 > 正文内容';
const XB_TITLE = '开讲啦曲道奎演讲稿:机器人的时代到来了';
const XB_META = '抄范文2年前 (2023-06-13)励志文案107';

const JZ_TITLE = '筚路蓝缕问苍穹 青衿致远守初心';
const JZ_META = '发布时间:2025-04-07';

const XY_BULLET = '•';
const XY_CRUMB = '• 您当前的位置: 首页 - 德育之窗';
const XY_TITLE = '弘扬航天精神,争做有为青年——2023年4月17日国旗下演讲';
const XY_META = '发布时间:2023年04月17日 点击:3500';
const XY_IMG = '图片1.png';
const XY_LEAD = '20234月17日,襄阳市第三十六中学在学校田径场举弘扬航天精神,争做有为青年”主题升旗仪式,学生代表周语桐同学在国旗下发言。';

export const specs = {
  '07-guoqixia-ip218-shenzhou-bilingual-english-paras-no-title': {
    source: 'http://218.2.33.235/newsshow.php?cid=8&id=1395',
    kind: 'speech: 国旗下讲话 (bilingual, on the launch of Shenzhou-15; a school\'s own site on a bare IP)',
    tests: 'no page furniture and no title line: the salutation "敬爱的老师们,亲爱的同学们:" is the first line; the theme “畅游星辰大海,致敬中国航天” inside a sentence (not a title); the opening repeated in English on five lines ("Dear teachers, dear students.", "Good morning everyone!", a theme line with mismatched quotes " …” and a space before the comma, a paragraph with spaces before ":" "," ".", "29November") kept as speech paragraphs; the Chinese body resumes; cut mid-word ("沿着这些荣"); no noise, no outline (do no harm)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '08-yanjianggao-xuebo-kaijiangla-jiqiren-crumb-poster-meta-title-twice': {
    source: 'https://xuebo.me/post/119579.html',
    kind: 'speech: 演讲稿 (a robotics talk from the TV programme 开讲啦; article farm)',
    tests: 'a crumb "当前位置:首页 > 励志文案 > 正文内容"; the title with a programme name and a subtitle after the colon; a run-together meta line "抄范文2年前 (2023-06-13)励志文案107" (poster, relative age, date, category, views); the title repeated indented under the meta line (a repeat: cut, not listed); no salutation; a studio talk addressing the audience ("在场的各位,谁没带手机请举一下手"); two long indented paragraphs; cut mid-sentence ("…需要大量计算的,机器人")',
    isSpeech: true,
    title: XB_TITLE,
    noise: [XB_CRUMB, XB_META, '励志文案107'],
    dropLines: [XB_CRUMB, XB_TITLE, XB_META],
    outline: [],
  },
  '09-yanjiang-jzhx-hangtian-dialogue-speaker-labels-date-meta-ascii-quotes': {
    source: 'http://www.jzhx.net/DisplayInfo.jsp?menuID=168&pageID=13988',
    kind: 'speech: 演讲 (a two-voice aerospace talk by a professor and a student at a college assembly; the college\'s site)',
    tests: 'the title line "筚路蓝缕问苍穹 青衿致远守初心" with an inner space; a "发布时间:2025-04-07" line; the salutation; turns labelled "江教授:" and "许若溪:" kept in the body (one paragraph a turn); a turn with no closing punctuation ("…你最先想到的是什么"); run-on prose without a comma ("还外星人可有时候"); straight quotes with spaces around them (古人 "可上九天揽月" 的, "千里眼"" 顺风耳 "); "3.6 万公里" with spaces; no genre named on the page; cut mid-quotation ("“东")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [JZ_META],
    dropLines: [JZ_TITLE, JZ_META],
    outline: [],
  },
  '10-guoqixia-xy36z-hangtian-crumb-bullets-image-name-report-lead': {
    source: 'http://xy36z.com/index.php/xytzg/index/no/i1681719872admin00000000001969.html',
    kind: 'speech: 国旗下演讲 (a student on the 航天精神; a middle school\'s site)',
    tests: 'a lone "•" line and a bulleted crumb "• 您当前的位置: 首页 - 德育之窗"; the headline with a "——2023年4月17日国旗下演讲" tail as the only title line; a "发布时间:… 点击:3500" line; an image file name "图片1.png" on its own line; a third-person lead with the site\'s typos ("20234月17日", "举弘扬…”主题升旗仪式") (noise); the salutation and an indented "大家好!我是…,今天我国旗下讲话的题目是《…》。" line; dates and "……" in the body; cut mid-sentence ("…航天榜样的力量,")',
    isSpeech: true,
    title: XY_TITLE,
    noise: [XY_BULLET, XY_CRUMB, XY_META, XY_IMG, XY_LEAD, '您当前的位置: 首页 - 德育之窗'],
    dropLines: [XY_BULLET, XY_CRUMB, XY_TITLE, XY_META, XY_IMG, XY_LEAD],
    outline: [],
  },
  '11-article-hnzzq-big5-hangtian-68-zhounian-yi-si-headings-not-speech': {
    source: 'http://www.hnzzq.com/xwzx/xyxw/94691.html',
    kind: 'non-speech: article (the 68th anniversary of China\'s space programme; traditional-script converter mirror)',
    tests: 'traditional script without pinyin; the title "生日快樂!致敬中國航天68周年"; a first-person-plural opening ("今天,我們迎來了…") with no address to an audience; heading lines "一、中國航天的輝煌歷程", "二、科技與創新的力量", "三、展望未來的發展", "四、致敬與祝福" each followed by prose; a closing salute ("…致以崇高的敬意。") — an article, not a speech; 704 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-fangan-xiaoxiaotong-hubei-jiqiren-huodong-decimal-items-not-speech': {
    source: 'http://m.hubei.xiaoxiaotong.org/news/ArticleView.aspx?AID=214597',
    kind: 'non-speech: 活动方案 (a provincial youth robotics programme and contest plan; youth-science platform)',
    tests: 'no title in the stored text; "一、活动意义" … "四、省级竞赛"; "1. 活动对象…" with a space and "2.基层…" without; "(一)启动阶段…" to "(三)…" stages; "1.综合技能竞赛" with decimal items "1.1竞赛主题:火星救援", "2.1能力风暴机器人WER挑战赛" and unnumbered "竞赛主题:"/"竞赛组别:" lines; "(二)竞赛要求" with "1.…;" items; cut mid-item — a written plan, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
