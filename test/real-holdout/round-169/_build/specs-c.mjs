// Gold specs for holdout round 169, part C (cases 13–18): groundbreaking, completion, opening and handover ceremonies
// (奠基, 开山动土, 通车, 校区启用, 馆舍交割 — their 致辞/讲话/法语, and their look-alikes: a news report of a groundbreaking and an
// event company's article on how a 奠基仪式 runs).
// Four spoken pieces (a university president's 致辞 at the inauguration of a new campus, printed on the university's own
// news site (www.view.sdu.edu.cn, a VSB-style "/info/<col>/<id>.htm" page): the speech's own thematic title "新起点 新希望
// 新辉煌" with spaces, a "发布日期:2016年09月24日 22:14 点击次数:" meta line with an empty count, a long salutation naming a
// former minister as "学长", "大家下午好!", a courtesy "首先,我代表学校,…" paragraph with no 其次 in the capture, an ellipsis
// "……" at a paragraph end, quoted “大”/“强”, cut mid-word ("历史渊"); an ambassador's 讲话 at the opening to traffic of a
// highway in Timor-Leste on a bilingual-reading site (gaozhaiedu.com, "/html/whitepaper/lingdaorenyanjiangzhici/<date>/<id>
// .html"): the title with a glued "中英双语:" tag, the English title "Remarks of Ambassador …" on the next line, six Chinese
// salutation lines ("尊敬的…阁下," with long transliterated names joined by "·"), "大家上午好!", eight English salutation
// lines ("Your Excellency …,", "Ladies and Gentlemen,", "Good Morning!"), then the first Chinese paragraph cut mid-word
// ("建成通"); an abbot's 法语 at the groundbreaking of a Buddhist monastery on a Buddhist portal (m.fengxintang.com, 佛心网,
// "/hcrw/wjfs/<id>.html"): a "佛心网" brand line, the headline with the date glued after a space ("…奠基法语 83.9.4"), a
// "发布时间:… 09:18:43作者:佛心网" meta line with the author glued to the time, indented lines: the piece's own date line
// "83.9.4", the title again, the section label "奠基法语", a prayer paragraph in which the site starred a character
// ("*轮常转"), the address "诸位知识,…又作么生道?", couplets of two seven-character halves separated by a space, a stray
// "\" line between two couplets, the labels "动土祝愿" and "开山动土圆满颂", three wishes "一动…/二动…/三动…", then "相关文章",
// "猜你喜欢" and three "  • …" link lines; 578 characters, the whole stored page; an ambassador's 讲话 at the handover
// of the embassy's new premises on an English-learning site (www.yingyushijie.com, "/exam/detail/id/<id>/category/<n>.html"):
// the site headline "双语资料:驻英国大使…的讲话", a "发布时间:2018年05月30日" line, a "发布人:nanyuzi" line with trailing
// spaces, the speech's own title "新时代,新馆舍,新目标" and its English line, space-only lines between the blocks, the
// "驻英国大使…上的讲话" line under the title (no dash) and its English "Remarks by …", the place-and-date line in both
// languages, the salutation "女士们、先生们、朋友们," ending in a comma and its English on two lines, "下午好!"/"Good
// afternoon!", one Chinese paragraph and its English translation, cut mid-word in the next Chinese paragraph ("与世")) and two
// written look-alikes (a forum copy of a news report (bbs.kaiyuan.cn, Discuz "forum.php?goto=nextoldset&mod=redirect") on
// the groundbreaking of a consulate-general's new premises: a "本帖最后由 KaiyuanEditor 于 20.6.2015 07:18 编辑" line, a
// jammer line ": E0 [8 r' ]& ], [; }9 @" and a jammer run glued before the first sentence ("… L\" o6月20日上午,…"), the
// guests listed, the consul-general's and the ambassador's 致辞 reported in the third person ("朱总领事说,…", "表示…"), cut
// mid-sentence — a report, not a speech; an event company's article (028a.cn, "/new/<id>.html") on what a 奠基仪式 is and
// how it runs: a crumb "当前位置: 首页 庆典公司新闻 正文", the headline, an indented company label "成都活动公司", a bare view
// count "427", one long paragraph in which the five steps are numbered inline after full stops ("首先,…。第二,…。第三,…。
// 第四,…。第五,…。") and a second "首先,…然后,…" follows, a "声明:原创文章请勿转载,…" line and a "电话咨询 短信咨询" footer; 602
// characters, the whole stored page — an article, not a speech).
// Judgement calls: 13's thematic headline is the speech's own title (the university printed the speech under it; the
// news reports of the day name it the speech's theme), kept with its spaces; the meta line is noise; the salutation
// naming "项怀诚学长" and "大家下午好!" are body paragraphs; the block "首先,我代表学校,…" is a courtesy welcome with no 其次 in
// the capture → optional level-1 item (as round 6 case 01), its text the whole first sentence (39 characters). 14: the
// "中英双语:" tag glued before the title is a site tag (as "双语 |" was in round 137 case 02) → cut and listed; the title
// is the rest of that line; the English title line, all six Chinese and eight English salutation lines and both greetings
// stay as body paragraphs, one a line (a bilingual document printed as such, as rounds 63's 15, 137's 02 and 145's 07
// kept their English); the page was taken to 888 characters because the bilingual salutation block alone fills 811 and a
// page of salutations only would test little. 15 is taken as a speech: the 法语 is the abbot's words spoken at the
// ceremony (a prayer read out in his name, then "诸位知识,…" addressed to the gathering, then the wishes and verses he
// recites); the title is "中台禅寺开山动土奠基法语"; the headline variant "中台禅寺开山动土奠基法语 83.9.4" is dropped but not
// listed as noise (it is the title plus the body's own date line, and the checker joins title and body); "83.9.4" is the
// piece's own date line and stays (as dated bylines stay); "奠基法语", "动土祝愿" and "开山动土圆满颂" are the piece's own
// section labels and stay (as round 134 case 01 kept "简介"/"总结"); "*轮常转" is the site's censoring and stays; the lone
// "\" line, "佛心网", the meta line and the related-links tail are noise; "一动/二动/三动" are no ordinal in the rule table
// and, as recited wishes, no points → no outline. 16: as in round 137 case 02, the thematic line "新时代,新馆舍,新目标" that
// opens the document is the title, and the "驻英国大使…上的讲话" line under it (no dash, so no dash item) stays as a body
// paragraph with the English lines and both date lines; the site headline "双语资料:…的讲话" is noise (with "双语资料:" as its
// distinctive part), as are "发布时间:…" and "发布人:nanyuzi"; the salutation ends in a comma and stays. No numbered points
// in any of the four captures (16 announces "三个“划时代”的重要意义" only after the cut). 17 and 18 are written, not
// speeches: 17 reports two 致辞 in the third person; 18's inline 首先,/第二,…第五, are the steps of a how-to article. Names of
// private people (a highway company's general manager in 14, a construction group's chairman and a travel group's
// president in 17) were replaced by fictional ones; officials, ambassadors and the abbot keep their names; the prose,
// the English translations and the verses were rewritten.
// Looked for and not found on a new host: a 奠基/竣工/通车 讲话 with 一是/一要/第一 points (every such page the corpus
// returned — laojin123, haowendang, wm114, 51gongwen, gongwenbang, xinwenku, 360docs, teniu, refanwen, hunwen, p719,
// zixin, xiaomilidoc, cqtzb — is on a used host); a 签约仪式 致辞 (sougaozi, xiegongwen, gongwk, laomi copies are used or
// carry no address); a 奠基/开工 主持词 (365docx, 010zaixian, xiaozhentang, sarr are used); a traditional-script 奠基/竣工
// 致辭 on a converter mirror (07471a17, regraff, runfargroup, mingyanjiaju, onlinecha, rwfww, 9000bbs, mlvmservice are
// used); a 祠堂/宗祠 落成 致辞 (kaoyanmiji, shaipic, zhunbian, dgzhanhua, yueduku are used); a Taiwanese 動土典禮 致詞 (only
// third-person news on gov.tw, 5ch.com.tw, matsu-news turned up). So no part-C speech carries a numbered point.
// Template twins considered: www.yingyushijie.com's "双语资料:" headline and gaozhaiedu.com's "中英双语:" tag were compared
// with round 137's yeeworld.com ("双语 | …") and round 63's feisuxs.com (title and date on one line): different shapes, no
// shared line of six characters or more; or2.xixipi.tk ("年后开工总经理致辞(通用14篇)") carries the oh100/yjbys meta shape
// "…致辞 我要投稿 • 相关推荐" and was dropped; 80zw.tw (a traditional novel chapter) carries the "80zw" (八零中文) name of the used wap.80zw.la and was dropped;
// m.lengyancx.com serves the same 中台禅寺 text as m.fengxintang.com (only one taken); the 本帖最后由…编辑 line and jammer
// runs are Discuz's own furniture (rounds with Discuz pages share only the generic words, no host or line).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SDU_TITLE = '新起点 新希望 新辉煌';
const SDU_META = '发布日期:2016年09月24日 22:14 点击次数:';

const GZ_TAG = '中英双语:';
const GZ_TITLE = '大使肖建国在东帝汶苏艾高速公路1期项目通车仪式上的讲话';

const FX_BRAND = '佛心网';
const FX_TITLE = '中台禅寺开山动土奠基法语';
const FX_HEAD = '中台禅寺开山动土奠基法语 83.9.4';
const FX_META = '发布时间:2020-05-25 09:18:43作者:佛心网';
const FX_BACKSLASH = '\\';
const FX_TAIL = ['相关文章', '猜你喜欢', '• 初识佛法', '• 佛学课本', '• 佛光教科书'];

const YY_HEAD = '双语资料:驻英国大使刘晓明在驻英国使馆新馆舍房产交割仪式上的讲话';
const YY_DATE = '发布时间:2018年05月30日';
const YY_POSTER = '发布人:nanyuzi';
const YY_TITLE = '新时代,新馆舍,新目标';

export const specs = {
  '13-zhici-sdu-qingdao-xiaoqu-qiyong-theme-title-meta-courtesy-shouxian': {
    source: 'https://www.view.sdu.edu.cn/info/1003/50660.htm',
    kind: 'speech: 致辞 (a university president at the inauguration of a new campus and the freshmen\'s opening ceremony; the university\'s own news site)',
    tests: 'a thematic title with spaces and no genre word ("新起点 新希望 新辉煌"); a "发布日期:… 22:14 点击次数:" meta line with an empty count; a long salutation ending "…观看直播的同事们:" and "大家下午好!"; a courtesy block "首先,我代表学校,…" with no 其次 (optional); "……" at a paragraph end; quoted “大”/“强”; cut mid-word ("历史渊")',
    isSpeech: true,
    title: SDU_TITLE,
    noise: [SDU_META],
    dropLines: [SDU_TITLE, SDU_META],
    outline: [
      { level: 1, marker: '首先,', text: '我代表学校,向莅临现场的各位领导、各位嘉宾、各位校友致以热烈的欢迎和由衷的感谢', optional: true },
    ],
  },
  '14-jianghua-gaozhaiedu-tongche-bilingual-zhongying-tag-english-salutation-lines': {
    source: 'https://gaozhaiedu.com/html/whitepaper/lingdaorenyanjiangzhici/20190322/1701.html',
    kind: 'speech: 讲话 (an ambassador at the opening to traffic of a highway built by a Chinese company; bilingual-reading site)',
    tests: 'a site tag glued before the title ("中英双语:"); the English title line under it (kept); six Chinese salutation lines "尊敬的…阁下," with transliterated names joined by "·", "各位来宾,女士们,先生们:", "大家上午好!"; eight English salutation lines ("Your Excellency …,", "Distinguished Guests,", "Good Morning!") kept as body; the first Chinese paragraph cut mid-word ("建成通"); no outline',
    isSpeech: true,
    title: GZ_TITLE,
    noise: [GZ_TAG],
    replace: [[GZ_TAG, '']],
    dropLines: [GZ_TITLE],
    outline: [],
  },
  '15-fayu-fengxintang-kaishan-dongtu-dianji-verses-star-censor-backslash-related': {
    source: 'http://m.fengxintang.com/hcrw/wjfs/3455.html',
    kind: 'speech: 法语 (an abbot\'s words at the groundbreaking of a monastery: prayer, address and verses; Buddhist portal)',
    tests: 'a "佛心网" brand line; the headline with the date glued after a space ("…奠基法语 83.9.4", dropped, not listed); a meta line with the author glued to the time; indented lines: the piece\'s own date "83.9.4", the title again, the label "奠基法语"; a long prayer paragraph with a starred character ("*轮常转", kept); the address "诸位知识,…又作么生道?"; couplets with a space between the halves; a stray "\\" line between two couplets; labels "动土祝愿"/"开山动土圆满颂"; "一动…/二动…/三动…" wishes (no ordinal in the rule table: no outline); a "相关文章"/"猜你喜欢" tail with "• …" links; 578 characters, the whole stored page',
    isSpeech: true,
    title: FX_TITLE,
    noise: [FX_BRAND, FX_META, FX_BACKSLASH, ...FX_TAIL],
    dropLines: [FX_BRAND, FX_HEAD, FX_META, FX_TITLE, FX_BACKSLASH, ...FX_TAIL],
    outline: [],
  },
  '16-jianghua-yingyushijie-jiaoge-bilingual-shuangyu-ziliao-theme-title-subtitle-date': {
    source: 'http://www.yingyushijie.com/exam/detail/id/2277/category/60.html',
    kind: 'speech: 讲话 (an ambassador at the handover of the embassy\'s new premises; bilingual, on an English-learning site)',
    tests: 'a site headline "双语资料:驻英国大使…的讲话" (noise) over "发布时间:…" and "发布人:nanyuzi" lines; the speech\'s own title "新时代,新馆舍,新目标" and its English line; space-only lines between blocks; the "驻英国大使…上的讲话" line under the title with no dash (kept as body, no dash item) and its English "Remarks by …"; place-and-date lines in both languages; the salutation "女士们、先生们、朋友们," ending in a comma and its English on two lines; "下午好!"/"Good afternoon!"; a Chinese paragraph and its English translation; cut mid-word ("与世")',
    isSpeech: true,
    title: YY_TITLE,
    noise: [YY_HEAD, '双语资料:', YY_DATE, YY_POSTER],
    dropLines: [YY_HEAD, YY_DATE, YY_POSTER, YY_TITLE],
    outline: [],
  },
  '17-news-kaiyuan-discuz-jammer-lingguan-dianji-zhici-reported-not-speech': {
    source: 'https://bbs.kaiyuan.cn/forum.php?goto=nextoldset&mod=redirect&tid=998119',
    kind: 'non-speech: news report (the groundbreaking of a consulate-general\'s new premises; Discuz forum copy)',
    tests: 'a "本帖最后由 KaiyuanEditor 于 20.6.2015 07:18 编辑" line; a Discuz jammer line and a jammer run glued before the first sentence; the guest list; the consul-general\'s and the ambassador\'s 致辞 reported in the third person ("朱总领事说,…", "表示…") — a report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-article-028a-dianji-chengxu-shouxian-dier-disan-inline-not-speech': {
    source: 'https://028a.cn/new/4395.html',
    kind: 'non-speech: article (an event company on what a 奠基仪式 is and how it runs)',
    tests: 'a crumb "当前位置: 首页 庆典公司新闻 正文"; the headline; an indented company label and a bare view count "427"; one long paragraph with the five steps numbered inline after full stops ("首先,…。第二,…。第三,…。第四,…。第五,…。") and a second "首先,…然后,…"; a "声明:原创文章请勿转载,…" line and a "电话咨询 短信咨询" footer — a how-to article, not a speech; 602 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
