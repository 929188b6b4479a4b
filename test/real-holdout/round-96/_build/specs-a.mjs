// Gold specs for holdout round 96, part A (cases 01–06): electric power and energy (供电公司 职代会/工作会议, 迎峰度夏,
// 电力安全生产, 光伏/风电 项目 投产/开工 — and their look-alikes).
// All six pages are look-alikes: no speech on this theme turned up on an unused host (see below).
// 01 (shcymc.com, a solar-industry portal's copy of a 国家能源局 release): a "您的位置:首页 >太阳能 >" crumb, the headline,
// a "时间:… 来源:国家能源局" line, blank lines between paragraphs; the 2022 national 电力安全生产 teleconference told in the
// third person ("会议指出", "会议强调"), then "具体有五方面重点工作任务。一是…。二是…。三是…。四是…。五是…。" — a run of
// 一是…五是 after full stops, exactly what a speech's inline points look like, inside a news report; cut mid-name
// ("中国电力"). Tests that a report's inline run gives no outline and the page is no speech.
// 02 (yizhangxww.cn, a county news portal): a bare "当前位置:" label, a county government office's 紧急通知 on 有序用电, the
// addressee line "各乡镇人民政府、县直各有关单位、省市驻宜各企事业单位:" (ends in a colon like a salutation), "现就有关事项通知如下:",
// block items 一、…五、 (the fifth cut mid-sentence); the site's stray `\" ` before 的要求 and "2900一3200" with 一 for a
// dash kept. A written 通知, not a speech, though it has clean block headings.
// 03 (shouda.org, a novel site): chapter "第45章 开工仪式(第1/2页)" of a novel about a 光伏 project: a chairman's speech at the
// 开工仪式 quoted over three lines ("同志们,…", "在这里,我提3点要求,一是…;二是…,三是…!"), applause and the ground-breaking
// told in the third person; the site's loading and "本章未完" notices at the end. A novel, not a speech.
// 04 (kbcmw.com, a company site reprinting a newspaper item): the paper-and-date line "甘孜日报 2017年07月07日", the addressee
// line "甘孜能源发展集团、甘孜正午光伏公司,各参建单位:", then a 贺信 on a 光伏 project's first grid connection ("欣闻…可喜可贺。
// 在此,谨向你们致以热烈的祝贺…"), cut mid-sentence ("再"). A letter is a written genre (house rule, round 49's 慰问信), so not a
// speech, though it opens like one.
// 05 (haisufink.com, a mirror of a city government's portal): a one-line site menu, "今天是 :" with the date not rendered, a
// "您的位置:首页 >> 专题专栏 >> … >> 内容" crumb, the headline, a "发布日期:… 来源:电力能源处 浏览次数: 字号:〖" line with an
// empty count and a dangling bracket; indented paragraphs; a director's "要求:一是…;二是…;三是…。" after a colon and a vice
// mayor's "他要求,…。一是要…;二是要…;三是要…;四是要…;五是要…。" (一是要 after a full stop, the rest after semicolons) —
// requirements reported in the third person; cut mid-sentence ("等"). A news report, not a speech.
// 06 (ncdqh.com.cn): "(本网讯)" lead on a 供电公司 职代会暨工作会议 attended by a vice mayor, whose requirements are reported
// as "要增强…;要增强…;要增强…。", the 总工会 chairman's remarks after "提出:", a reporters' line in parentheses and a
// "标签:高邮" tag line. A news report, not a speech; no headline in the capture, so the title is "".
// Looked for and not found on an unused host (about 23 queries, over the part's share): a 供电公司 职代会/工作会议 讲话 (fanwenq,
// gwyoo, 9000bbs, dybbs8 are used; the rest were news reports); a 迎峰度夏 动员 讲话 or 表态发言 (天天文库 had one but the capture
// carries no address; the rest were news); an 电力安全生产 讲话 (soolun, ppdoc, jxxfw periodical abstracts used); a 光伏/风电
// 开工/投产 致辞 (allw, 51yjg, oh100 used; the rest were news stories naming a 致辞); a 电力 党课 (3969a used); 电力 演讲稿 (aqrzj,
// neimou, 6dgww, liuxuequn, yuwen, 51vvv, hafencaoymj, wenku.docs.qq.com, bluu, kqyc used); a 主持词 (xmnoob, xiaomilidoc,
// ruiwen, zjtcn used); a 新年贺词 of a power association (hzepa used). So no speech and no numbered speech in this part.
// Candidates dropped because the whole capture is under 610 characters: snerdi.com.cn (a visit report with 一要…五要),
// hppx.net (a digest of a 国网 职代会 工作报告), gzjyjt.cn (a 检修动员大会 report with 一是…;二是 after a comma).
// Template twins set aside: eimio.cn (gwyoo's 時間/導語 template, traditional mirror) and 1mishu.com (gwyoo's
// "/article/yjzc/…" pages), both used; nextvapk.com ("/www/dww/…", a mirror of 中国电力网's CMS like the used charlesfam.com,
// drashokmahashur.com and zjssba.com); m.bluu.cn / kqyc.cn ("/wenku/<4 letters>/<id>" viewer, used).
// Living people's names that are not public figures (reporters, local officials, novel characters) were replaced by
// fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-shcymc-dianli-anquan-shengchan-huiyi-crumb-meta-yishi-run-not-speech': {
    source: 'http://shcymc.com/taiyangneng/2022011336158.html',
    kind: 'non-speech: news report (a 国家能源局 release on the 2022 national 电力安全生产 teleconference, on a solar-industry portal)',
    tests: 'a "您的位置:首页 >太阳能 >" crumb, the headline, a "时间:2022-01-13 19:01:14 来源:国家能源局" line, blank lines between paragraphs; the meeting told in the third person ("会议指出,…", "会议强调,…"); "具体有五方面重点工作任务。一是…。二是…。三是…。四是…。五是…。" — a run of inline points after full stops, as in a speech, inside a report; a document name 《电力安全生产“十四五”行动计划》; cut mid-name ("中国电力")',
    isSpeech: false,
    title: '2022年全国电力安全生产电视电话会议在京召开',
    noise: [],
    outline: [],
  },
  '02-tongzhi-yizhangxww-youxu-yongdian-jinji-tongzhi-addressee-yi-items-not-speech': {
    source: 'https://www.yizhangxww.cn/content/2021/09/24/10196815.html',
    kind: 'non-speech: 通知 (a county government office\'s urgent notice on 有序用电; county news portal)',
    tests: 'a bare "当前位置:" label; the notice\'s title; an addressee line ending in ":" that reads like a salutation ("各乡镇人民政府、县直各有关单位、省市驻宜各企事业单位:"); "现就有关事项通知如下:"; block items "一、"…"五、" separated by blank lines, the fifth cut mid-sentence; a stray `\\" ` left by the site before 的要求; "2900一3200" with 一 for a dash; "26 ℃" with a space',
    isSpeech: false,
    title: '宜章县人民政府办公室关于做好当前有序用电工作的紧急通知',
    noise: [],
    outline: [],
  },
  '03-novel-shouda-guangfu-kaigong-yishi-quoted-sandian-yaoqiu-yishi-not-speech': {
    source: 'https://www.shouda.org/book/38521/38521434/45.html',
    kind: 'non-speech: novel (a chapter about the 开工仪式 of a 光伏 project; novel site)',
    tests: 'the chapter heading "第45章 开工仪式(第1/2页)" with a page tag; a chairman\'s speech quoted over three lines ("邹董事长讲话:“同志们,…”", "“在这里,我提3点要求,一是…;二是…,三是…!”", "“同志们,…”") inside third-person narration (applause, the ground-breaking, the photographer); the site\'s notices "更多内容加载中...请稍候...", "本站只支持手机浏览器访问,…" and "本章未完,请点击下一章继续阅读!…↗️…↘️…" at the end',
    isSpeech: false,
    title: '第45章 开工仪式',
    noise: [],
    outline: [],
  },
  '04-hexin-kbcmw-guangfu-bingwang-fadian-paper-dateline-addressee-not-speech': {
    source: 'http://kbcmw.com/html/xw/gsgg/32947.html',
    kind: 'non-speech: 贺信 (a congratulatory letter on a 光伏 project\'s first grid connection, reprinted from a prefecture paper on a company site)',
    tests: 'the paper-and-date line "甘孜日报 2017年07月07日" and no headline; an addressee line that reads like a salutation ("甘孜能源发展集团、甘孜正午光伏公司,各参建单位:"); congratulations in the first person plural ("在此,谨向你们致以热烈的祝贺…"), company slogans in quotes, figures (50MWP, 207天, 4000米); a written letter, not a speech; cut mid-sentence ("再")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-news-haisufink-dianli-zuotanhui-gov-nav-crumb-meta-yishiyao-run-not-speech': {
    source: 'http://www.haisufink.com/gxj/html/jxw/2013/FHAJPAKD_1219/4913.html',
    kind: 'non-speech: news report (a city\'s 电力工作座谈会, on a mirror of a government portal)',
    tests: 'a one-line site menu "首 页 新闻中心 政府信息公开 …", "今天是 :" with no date, a "您的位置:首页 >> 专题专栏 >> 历史专题 >> 工业经济 >> 内容" crumb, the headline, a "发布日期:… 来源:电力能源处 浏览次数: 字号:〖" line (empty count, dangling bracket); paragraphs indented with runs of spaces; "主任要求:一是…;二是…;三是…。" after a colon and "他要求,…。一是要…;二是要…;三是要…;四是要…;五是要…。" (一是要 after a full stop) — requirements reported in the third person; a space before a semicolon ("隐患 ;"); cut mid-sentence ("等")',
    isSpeech: false,
    title: '我市召开电力工作座谈会',
    noise: [],
    outline: [],
  },
  '06-news-ncdqh-gongdian-zhidaihui-fushizhang-yaoqiu-reporter-tag-not-speech': {
    source: 'https://ncdqh.com.cn/manage/200602/24078.html',
    kind: 'non-speech: news report (a 供电公司 职代会暨工作会议 attended by a vice mayor; company news page)',
    tests: 'no headline; a "(本网讯)" lead; the meeting, the city\'s support and the vice mayor\'s requirements told in the third person ("王副市长对供电服务提出要求:要增强…;要增强…;要增强…。"), the 总工会 chairman\'s remarks after "提出:"; a reporters\' line in parentheses "(高邮市供电公司 林振宇 史学成)" and a "标签:高邮" tag line at the end',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
