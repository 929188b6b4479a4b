// Gold specs for holdout round 200, part A (cases 01–06): Teachers' Day and exam rallies (教师节 讲话, 高考/中考 百日誓师 and
// 送考 发言, a class meeting's 百日 talk, 国旗下讲话 on thanking teachers — and their look-alikes: a novel chapter of a 誓师大会 and a
// school's news item on its 中考百日誓师大会).
// Four spoken pieces (a pupil's talk to the leaving 高三 one week before the 高考 on a county secondary school's own site
// (gzschool.cn, "/showarticle.asp?id=<id>"): no title and no page noise in the capture, the salutation, "大家上午好!", the pupil's
// self-introduction line with the site's typo "来目" (for 来自), a garbled opening "夏时节,愧序始至。" (a quotation with characters
// lost), dropped characters inside words ("写不的讲义", "记住的每一个,"), sentences run on without a full stop ("…页码天亮前都广中
// 是什么模样", "…前程可期"), a garbled quotation of 少年中国说 ("天戴其,地黄,纵有千,横有八荒。"), cut mid-sentence ("但我还是"); a
// class teacher's talk at a 中考冲刺百日倒计时班会 on a Q&A site (www.wendawang.net, "/a/<id>.html"): no title, no salutation, no page
// noise, two lines, the placeholder "××年×考", a word the site starred out ("一触即发的***味"), the speaker telling of the school's
// 誓师大会 in the first person plural and then speaking to the class ("陪你们冲过终点", "我们相信大家会明白") — 333 characters, the
// whole stored text; a teacher's 国旗下讲话 for Teachers' Day on a school site's 德育 column (www.cjsy.net,
// "/Moral/ShowArticle.asp?ArticleID=<id>"): the talk's own title "不忘师恩,尊长我行动" (no genre word) as the first line, no
// salutation, two stage directions "(播放视频)" at paragraph ends, the title quoted again inside the closing wish, the school's
// "新荷好少年", "感谢聆听!" as the last line; a pupil's 国旗下讲话《感恩教师》 printed inside a junior school's news item (yasi.xxcwjy.cn,
// "/show_<col>_<id>.html"): a column label "团支部园地", the item's headline "226班 升旗篇", a meta line "作者:校团委  最后更新时间:
// 2018-09-11  发布者:ysxtw  来源:湘西雅思初中部  点击量:2779" with double spaces, a third-person lead about the ceremony and the
// flag-guard class (ASCII quotes round "雅思星级班级"), a caption line "226班 田嘉禾发表了国旗下的讲话《感恩教师》" indented by two
// spaces, a line holding only a space, then the talk with no salutation in paragraphs indented by two or three spaces, a song's
// lines quoted, cut mid-word ("来感恩老")) and two written look-alikes (a web-novel chapter "第109章 誓师大会" (www.haitangxiaoshuo.com,
// "/xs/<book>/<id>.html") under the crumb "海棠小说 > 都市言情 > 归途的路 > 第109章 誓师大会": four-space indents, narration with the
// site's "00天" and lost words ("班头今天学校要开誓师大会"), the principal's speech quoted over several paragraphs, "“老师们、同学们:",
// "首先,我代表…", a quoted heading line "“一、我们要有清晰的学习目标和切实可行的复习计划" and "这句话有两层意思:一是…;二是…", cut
// mid-word ("做好每一道题开") — a novel, not a speech; a village secondary school's news item on its 中考百日誓师大会 (ynzx.wjjy.cn,
// "/newsInfo.aspx?pkId=<id>"): an empty date template "年月日" as the first line, the headline "携手冲刺百日 同心共战六月", the
// principal's words reported ("指出…", "…的致辞,极大地鼓舞了士气"), a parent representative "(9.6班石言的妈妈)", the teachers' oath
// in four short lines ending in ";" and "。", runs of trailing spaces, a closing couplet paragraph indented by three spaces — a news
// report, not a speech).
// Judgement calls: 01 is a speech (salutation, "我是…", "我很荣幸…代表全体同学发言"); the page shows no title, so the title is ""
// (as round 6 case 07 and round 184 case 03); the self-introduction line "我是来目2019级15班的周沐言。" is the speaker's own words and
// stays (as round 184 case 03's pupil's self-introduction); the typos, the garbled quotations and the dropped characters are the
// site's and stay (as round 184 case 03's "想到有用", "平津每天"); the run-on sentences are not split. 02 is a speech by a reader:
// a teacher speaking to the class in the first person ("我班今天召开…班会", "陪你们冲过终点"), though it has neither a title nor a
// salutation and opens by telling of the day (as round 166 case 13, a 发言 with no title and no salutation, gold speech); the
// title is "" and there is no noise; "***" is the site's censoring and stays (as the shared corpus case 48 "人民*协商会议"), "××年×考"
// is a placeholder and stays; the two lines stay two paragraphs. 03's title is the first line "不忘师恩,尊长我行动" (a talk's own name
// need not hold a genre word: round 184 case 01's "珍爱生命,谨防溺水"); its quoted repeat inside the last wish is a sentence of the
// talk and stays; "(播放视频)" are stage directions and stay inside their paragraphs (as the shared corpus keeps "(发放完评议票后)",
// case 105); no salutation, no outline. 04 is a speech page: the item prints the pupil's talk in full under a caption naming it
// (as round 186 case 07 and round 191 case 03, a school's report over the 国旗下讲话 it prints); the column label, the headline
// (the news item's, not the talk's name), the meta line, the third-person lead and the caption are the report's and are noise
// (as round 170 case 15's press lead over the speech); the talk's own name 《感恩教师》 is shown only inside the caption's sentence,
// and no line of the page is the talk's title, so the title is "" (as round 6 case 07, whose 《珍爱生命》 stayed inside its sentence,
// and round 196 case 01, no title under a news headline); the line holding one space is no paragraph; the quoted song lines stay
// inside their paragraph; cut mid-word. 05 and 06 are written pieces, not speeches: 05 is a novel chapter (narration in the
// third person round a quoted speech, as the shared corpus cases 09 and 50), so its quoted "一、" heading and "一是/二是" are no
// outline; 06 is a news report (the principal and teachers reported in the third person, the oath quoted as lines; as round 184
// case 05). Names of private people (the pupils of 01 and 04, the head teacher of 04, the principal, the parent's child and the
// centre director of 06) were replaced by fictional ones; the prose was rewritten (the talks, the report leads, the novel's
// narration and speech; the oath's four lines and the garbled quotations of 01 kept their shape).
// Looked for and not found on a new host: a county or school leader's 教师节 表彰大会 讲话 with 一、/一要/一是 (dawenge.com,
// xinmengxiang.cn, fhfwb.com, esk365.com, 360doc.com, 6dgww.com, m.zhuangpeitu.com, yq-online.cn, toutiao.com, zhcng.com are
// used or named); a 高考/中考 百日誓师 讲话 with numbered points (m.kfanwen.com, wenmijiayuan.com, 78911.com.cn, 007jk.com,
// jifanwen.com, wenrenren.com, m.wenke99.com, p719.cn, 9000bbs.cn, hzjdb.com, dangkexuexi.com, zuowendang.com are used or set
// aside); a 家长会 班主任 发言 with 一、/第一, (m.beiweimall.com, m.inrrp.com.cn, wjfww.com, jifanwen.com, mchqing.com, webjsw.com,
// wap.ynpxrz.com, zixun.tlmhxx.com, hzdg.net, m.deliwenku.com, m.zgxue.com, cailiaogou.cn, rhhye.com are used or twins); a 教师代表
// 发言 on a template site (xindetihuiya.com, fanwen.chazidian.com, zixun.sqedu.cn, bbs.smxe.cn, www.ourseo.net are used or twins);
// a traditional-script mirror of the theme (tmatonline.com, mtfww.com, wenshudu.com, rwfww.com, lgfwz.com, caihuazhai.com,
// qqjlz.com, shcdff.com, 777articles.com are used). So none of the four speeches carries an outline. Found on new hosts but not
// taken (two look-alikes were enough): school news of 誓师大会, 壮行 and 成人礼 ceremonies (bbs.baoyingxianzx.com, hnxiaokang.cn,
// www.ynyx.gov.cn, afnsrml.cn, www.rcdczxx.com, 61.185.82.93, futuregenerationjv.com (a converter mirror), www.gtyz.com,
// 1314cq.xyz, www.18year.net.cn, m.ycrmtzx.cn; www.henanjk.com was left by round 85), novel chapters of 誓师大会 (bqg5678.com,
// 91txtbook.top, nnn11.paoxsa.cc) and a poem (ren.cz001.com.cn).
// Template twins considered: m.hzar.cn (a teacher's 百日誓师 发言) stands on the "/wenku/<col>/<id>" farm of the used stra.cn,
// yrrd.cn, m.zgxue.com and huatuo3.cn, so it was dropped; lbxx.haianedu.net (a 国旗下讲话 for Teachers' Day) has the "您的位置: 首页
// >…> 详细内容" crumb, the "来源: 发布时间:… 点击数:" line and the "content_<id>" paths of the used hzdg.net, so it was dropped
// (round 168 named its sibling hayy.haianedu.net as a report not taken). www.cjsy.net shares only the "/ShowArticle.asp?ArticleID="
// path of a common school CMS with used pages (mswk.cn, jhwsw.com, zgjjfzw.cn); its capture has none of their furniture (no crumb,
// no meta line), so it was kept (as round 85 kept m.xidihaij.cn). twin.mjs finds no shared noise line for any of the six pages; the
// meta shape "作者:… 最后更新时间:… 发布者:… 来源:… 点击量:" of 04 occurs in no gold file. www.haitangxiaoshuo.com was named by round 40
// as a novel chapter found and not taken; it is taken here as a look-alike.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CJ_TITLE = '不忘师恩,尊长我行动';

const YS_COL = '团支部园地';
const YS_HEAD = '226班 升旗篇';
const YS_META = '作者:校团委  最后更新时间:2018-09-11  发布者:ysxtw  来源:湘西雅思初中部  点击量:2779';
const YS_LEAD = '2018年9月10日,秋阳和煦、碧空如洗。雅思校园迎来了第34个教师节,在这个欢庆的日子里。雅思全体师生也举行了新学期的第一次升旗仪式。本次担任护旗手的是我校八年级226班全体同学。226班是一个朝气蓬勃、齐心向上的班级,他们守纪律、懂礼貌、重品行、爱钻研。在班主任龙秋实老师的带领下,你追我赶、屡创佳绩。在上学期的各项评比中,多次获得"雅思星级班级"的称号。';
const YS_CAPTION = '226班 田嘉禾发表了国旗下的讲话《感恩教师》';

export const specs = {
  '01-fayan-gzschool-gaokao-songkao-xuedi-no-title-self-intro-site-typos-dropped-chars': {
    source: 'http://gzschool.cn/showarticle.asp?id=8199',
    kind: 'speech: 发言 (a pupil\'s send-off talk to the 高三 one week before the 高考; secondary school site)',
    tests: 'no title and no page noise: the capture opens with the salutation; "大家上午好!"; the pupil\'s self-introduction line with the site\'s typo "来目" (kept); a garbled opening quotation "夏时节,愧序始至。"; dropped characters inside words ("写不的讲义", "记住的每一个,"); sentences run on without a full stop; a garbled quotation "天戴其,地黄,纵有千,横有八荒。"; cut mid-sentence ("但我还是")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '02-fayan-wendawang-zhongkao-bairi-banhui-no-title-no-salutation-star-censor-placeholders': {
    source: 'http://www.wendawang.net/a/801641.html',
    kind: 'speech: 发言 (a class teacher\'s talk at a 中考冲刺百日倒计时班会; Q&A site)',
    tests: 'no title, no salutation and no page noise; opens by telling of the school\'s 誓师大会 ("我们学校…刚刚开过…"), then speaks to the class in the first person ("我班今天召开…班会", "陪你们冲过终点"); the placeholder "××年×考"; a word starred out by the site ("一触即发的***味", kept); two lines, 333 characters, the whole stored text',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '03-guoqixia-cjsy-jiaoshijie-ganen-title-no-genre-stage-directions-bofang-shipin': {
    source: 'http://www.cjsy.net/Moral/ShowArticle.asp?ArticleID=3669',
    kind: 'speech: 国旗下讲话 (a Teachers\' Day flag-raising talk on thanking teachers; school site\'s 德育 column)',
    tests: 'the talk\'s own title "不忘师恩,尊长我行动" (no genre word) as the first line; no salutation; stage directions "(播放视频)" at two paragraph ends (kept); the title quoted again inside the closing wish (kept); "感谢聆听!" as the last line; no page noise',
    isSpeech: true,
    title: CJ_TITLE,
    noise: [],
    dropLines: [CJ_TITLE],
    outline: [],
  },
  '04-guoqixia-xxcwjy-jiaoshijie-ganen-school-news-column-meta-lead-caption-no-title': {
    source: 'http://yasi.xxcwjy.cn/show_18_583.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s Teachers\' Day talk printed inside a junior school\'s news item)',
    tests: 'a column label "团支部园地"; the news item\'s headline "226班 升旗篇" (not the talk\'s name: noise); a meta line "作者:… 最后更新时间:… 发布者:ysxtw 来源:… 点击量:2779" with double spaces; a third-person lead on the ceremony with ASCII quotes; a caption "226班 田嘉禾发表了国旗下的讲话《感恩教师》" naming the talk only inside its sentence (noise; the title is ""); a line holding only a space; the talk with no salutation in indented paragraphs, quoted song lines; cut mid-word ("来感恩老")',
    isSpeech: true,
    title: '',
    noise: [YS_COL, YS_HEAD, YS_META, '点击量:2779', YS_LEAD, YS_CAPTION],
    dropLines: [YS_COL, YS_HEAD, YS_META, YS_LEAD, YS_CAPTION],
    outline: [],
  },
  '05-novel-haitangxiaoshuo-gaokao-bairi-shishi-crumb-chapter-quoted-speech-yi-heading-yishi-not-speech': {
    source: 'https://www.haitangxiaoshuo.com/xs/653/168448.html',
    kind: 'non-speech: novel (a web-novel chapter about a 高考百日誓师大会)',
    tests: 'the crumb "海棠小说 > 都市言情 > 归途的路 > 第109章 誓师大会"; four-space indents; narration with the site\'s "00天" and lost words; the principal\'s speech quoted over several paragraphs ("“老师们、同学们:", "首先,我代表…"); a quoted heading "“一、我们要有清晰的学习目标…" and "这句话有两层意思:一是…;二是…"; cut mid-word — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-wjjy-yongning-zhongkao-bairi-shishi-empty-date-line-headline-oath-lines-not-speech': {
    source: 'http://ynzx.wjjy.cn/newsInfo.aspx?pkId=14115',
    kind: 'non-speech: news report (a village secondary school\'s 中考百日誓师大会)',
    tests: 'an empty date template "年月日" as the first line; the headline "携手冲刺百日 同心共战六月"; the principal\'s words reported ("指出…", "…的致辞,极大地鼓舞了士气"); a parent representative in brackets; the teachers\' oath in four short lines; runs of trailing spaces; a closing couplet paragraph indented by three spaces — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
