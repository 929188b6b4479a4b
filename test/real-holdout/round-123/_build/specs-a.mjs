// Gold specs for holdout round 123, part A (cases 01–06): judicial administration, notaries and mediation (司法行政, 公证,
// 律师, 人民调解, 普法 — work meetings, training-class openings, association congresses, and their look-alikes).
// Two spoken pieces (a vice-president of the China Law Society speaking at the opening of a cross-Strait training class for
// young legal workers, on the society's own site (chinalaw.org.cn): a login box ("邮件系统:", "用户名: 密码:"), the date line
// "2024年03月28日 星期四", a breadcrumb "位置: 首页 》讲话文件 》领导讲话", a headline that puts the speaker's name and rank before
// the title, a "时间:… 来源:交流中心 责任编辑:yyx" meta line, the document's own title, lines holding a lone space, a byline with
// the speaker's positions, the date in parentheses, the salutation and indented paragraphs, cut mid-sentence ("促进互惠");
// a law firm director's 新年贺词 on the firm's site (hrlawfirm.cn): the headline "2025新年贺词 | 在不确定的世界,确定做我们
// 自己!", a "发布日期:… 浏览次数:361" line, short paragraphs with two unnumbered sub-heads "关于行业" / "关于组织", a quoted
// Ministry evaluation and a quoted Romain Rolland line, cut at "可是,") and four written look-alikes (a city paper's report
// of a 人民调解员 training opening (cermn.com.cn): no headline in the capture, the bureau chief who "强调:一要…。二是…。三要…"
// — inline points after a colon and full stops, mixed 要/是, in a third-person report, not a speech; a traditional-script
// pinyin mirror (m.leyouss.com) of a report on a provincial 公证协会 congress: pinyin glued after characters ("協(xié)",
// "當(dāng)選", "規範(fàn)"), the director "出席會議並講話。他要求…他強調…" — a report; an explainer on the 人民调解协议书
// (jiangshitai.com): headline, date, a tag line, the headline again, then "一、…定义" / "二、…意义" headings with "1. 促进
// 社会和谐" / "2. …" / "3. …" sub-heads — an article, not a speech; a Discuz forum reprint (hakkaonline.com) of a reportage on
// village mediation: "找回密码 / 用户注册 / QQ登录 / 只需一步,快速开始 / 查看: 6813|回复: 0" chrome, the thread title with
// "【转帖】", "[复制链接]", "发表于 … | 显示全部楼层 |阅读模式", the piece's headline again and the author's name, first-person
// travel narrative with a section head "1第一个被采访者:…" (digit glued to 第一) — reportage, not a speech).
// Judgement calls: 01's title is the document's own title line ("在第三届…开班式上的讲话"); the headline above the meta line
// prefixes the speaker's name and rank, so it is not an exact repeat and is listed as noise with the login box, the date line,
// the breadcrumb and the meta line (with "责任编辑:yyx" as a shorter part); the byline "中国法学会党组成员、副会长张鸣起" and
// "(2019年1月9日)" carry a position and the date and stay as the speech's own header (as in the shared corpus). 02 is a speech
// because its headline names a spoken genre (贺词, as the shared corpus's 59); the whole headline line is the title ("2025新年
// 贺词 | " is part of the printed name, not a site tag); "关于行业" / "关于组织" carry no marker, so the outline is empty; the
// meta line is noise (and "浏览次数:361" as a shorter part). 03–06 are written, not speeches: 03's "一要…二是…三要…" and 05's
// 一、/1. headings are no outline in a non-speech.
// Looked for and not found on a new host: a 司法行政工作会议 讲话 with 一、/一是 points (xiaomilidoc, gongwk, wenke99, 63jd are
// used; jxxfw and soolun.net (and soolun.com, the same periodical farm) give only abstracts); a 人民调解员培训班 开班 讲话 with
// points (freekaoyan, fanwen112, 1mishu, m.sanweiyuan, m.jinchutou are used; the rest are news reports); a 公证 or 律师 行业
// 年会/代表大会 致辞 on a template site (63jd is used; only news reports otherwise); a 普法讲师团 成立 讲话 (only a 通知 on the used
// zhtxs and an English translation page); a traditional-script mirror of a speech on the theme (letgol's 法律知识竞赛 致辞 is used;
// the other mirrors hold news); a 调解协议书 on a fresh host (moyu688 is the "title / 时间:… / title / title" + 小编 template,
// bdocx and 3du.tw are used). So only two speeches, neither with a numbered point inside the capture.
// Template twins set aside: moyu688.com (the "title / 时间:… / title / title" head with a "…小编收集整理…" promo);
// clec.chinalaw.org.cn (a sister site of the China Law Society's own site, one organisation's CMS, not used beside 01);
// soolun.com (the periodical abstract farm of the used soolun.net / jxxfw.com: "论文部分内容阅读" + English abstract).
// Living people's names that are not public figures (local officials, the trainer, the author and the people in 06) were
// replaced by fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CL_MAIL = '邮件系统:';
const CL_LOGIN = '用户名: 密码:';
const CL_DATE = '2024年03月28日 星期四';
const CL_CRUMB = '位置: 首页 》讲话文件 》领导讲话';
const CL_HEADLINE = '张鸣起副会长在第三届两岸青年法律交流研修班开班式上的讲话';
const CL_META = '时间:2019-01-10   来源:交流中心  责任编辑:yyx';
const CL_TITLE = '在第三届两岸青年法律交流研修班开班式上的讲话';

const HR_TITLE = '2025新年贺词 | 在不确定的世界,确定做我们自己!';
const HR_META = '发布日期:2025-01-07 浏览次数:361';

export const specs = {
  '01-jianghua-chinalaw-yanxiuban-kaibanshi-mail-crumb-meta-byline': {
    source: 'http://www.chinalaw.org.cn/portal/article/index/id/10642/cid/5.html',
    kind: 'speech: 讲话 (a vice-president of the China Law Society at the opening of a cross-Strait young lawyers\' training class; the society\'s site)',
    tests: 'a login box ("邮件系统:", "用户名: 密码:") and a date line "2024年03月28日 星期四" above a breadcrumb "位置: 首页 》讲话文件 》领导讲话"; a headline that prefixes the speaker\'s name and rank to the title; a "时间:2019-01-10   来源:交流中心  责任编辑:yyx" meta line; the document\'s own title "在第三届两岸青年法律交流研修班开班式上的讲话"; lines holding a lone space; a byline with positions "中国法学会党组成员、副会长张鸣起" and the date "(2019年1月9日)" kept as the speech\'s header; salutation "尊敬的各位来宾,各位台湾法律界朋友:"; paragraphs indented with two spaces; no numbered points; cut mid-sentence ("促进互惠")',
    isSpeech: true,
    title: CL_TITLE,
    noise: [CL_MAIL, CL_LOGIN, CL_DATE, CL_CRUMB, CL_HEADLINE, CL_META, '责任编辑:yyx'],
    dropLines: [CL_MAIL, CL_LOGIN, CL_DATE, CL_CRUMB, CL_HEADLINE, CL_META, CL_TITLE],
    outline: [],
  },
  '02-heci-hrlawfirm-lvsuo-xinnian-pipe-title-meta-guanyu-heads': {
    source: 'https://www.hrlawfirm.cn/display.php?id=768',
    kind: 'speech: 贺词 (a law firm director\'s 2025 new-year message; the firm\'s own site)',
    tests: 'a headline "2025新年贺词 | 在不确定的世界,确定做我们自己!" (genre name, a pipe and the piece\'s slogan, one title); a "发布日期:2025-01-07 浏览次数:361" meta line; no salutation; short one-sentence paragraphs; two unnumbered sub-heads "关于行业" and "关于组织" (no marker, no outline); a quoted Ministry evaluation and a quoted Romain Rolland line; figures (近80万名, 4万多家); cut after "可是,"',
    isSpeech: true,
    title: HR_TITLE,
    noise: [HR_META, '浏览次数:361'],
    dropLines: [HR_TITLE, HR_META],
    outline: [],
  },
  '03-news-cermn-tiaojieyuan-peixun-kaiban-yiyao-ershi-sanyao-not-speech': {
    source: 'http://cermn.com.cn/art519402.aspx',
    kind: 'non-speech: news report (a city justice bureau\'s 人民调解员 training class opening; news site)',
    tests: 'no headline in the capture; a purpose sentence, the date and the participants, the bureau chief who "出席开班仪式并讲话"; his talk summarised in the third person ("从…讲起,深入分析了…"), then "包局长强调:一要…。二是…。三要…" — inline points after a colon and full stops with mixed 要/是 forms, inside a report, not a speech; a trainer introduced at the cut ("从法治题")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-leyouss-big5-pinyin-gongzheng-xiehui-daibiao-dahui-not-speech': {
    source: 'http://m.leyouss.com/content/846.html',
    kind: 'non-speech: news report (a provincial 公证协会 congress; traditional-script mirror with pinyin annotations)',
    tests: 'traditional script with pinyin glued after many characters ("公證協(xié)會", "當(dāng)選", "據(jù)統(tǒng)計(jì)", "規範(fàn)執(zhí)業(yè)", "採(cǎi)取"); no headline; the congress, the election and the figures (1290950件 …) reported; the director who "到會並講話。他要求…他強調(diào)…他要求…" in the third person — a report, not a speech; the capture ends with the page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-article-jiangshitai-tiaojie-xieyishu-jiexi-yi-er-12-headings-not-speech': {
    source: 'https://www.jiangshitai.com/k/146585.html',
    kind: 'non-speech: article (an explainer on the 人民调解协议书; legal Q&A site)',
    tests: 'headline, a "2025-03-08 11:57:28" date line, a tag line "人民调解协议书" and the headline again; an expository lead ("本文将围绕…逐一展开"); "一、人民调解协议书的定义" and "二、人民调解协议书的意义" heading lines with "1. 促进社会和谐" / "2. 减轻司法负担" / "3. 维护当事人权益" sub-heads — a written article, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '人民调解协议书的意义与实施流程解析',
    noise: [],
    outline: [],
  },
  '06-jishi-hakkaonline-forum-zhuantie-tiaojie-jishi-1diyige-not-speech': {
    source: 'https://hakkaonline.com/forum.php?goto=lastpost&mod=redirect&tid=40169',
    kind: 'non-speech: reportage (a 纪实 on two townships\' people\'s mediation, reprinted on a Discuz forum)',
    tests: 'Discuz chrome ("找回密码", " 用户注册", "QQ登录", "只需一步,快速开始", "查看: 6813|回复: 0"); the thread title with "【转帖】"; "[复制链接]"; "发表于 2006-3-24 21:54:19 | 显示全部楼层 |阅读模式"; the headline again and the author\'s name; a first-person travel narrative with indents and double spaces inside lines; a section head "1第一个被采访者:新宝镇镇长黎江海 " (the digit glued to 第一, a trailing space) — reportage, not a speech; cut mid-sentence ("的简单")',
    isSpeech: false,
    title: '“小调解”营造出“大和谐”——信宜市合水镇、新宝镇人民调解纪实',
    noise: [],
    outline: [],
  },
};
