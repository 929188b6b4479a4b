// Gold specs for holdout round 64, part c (cases 13–18): speech contests, reading clubs and sharing sessions — a moral-
// models forum, a lecture on filial piety, a library keynote, a reading-month launch, and two written look-alikes.
// Four spoken pieces (a Politburo member's 讲话 at the 全国道德模范座谈会暨第八届中国公民道德论坛 on a news portal
// (taiwan.cn), printed as the document itself: the title, the speech's own date line "(2011年9月20日)" and the speaker's
// bare name on their own lines, "同志们:", a courtesy "首先,我代表…" inline with no 其次 after it, a paragraph announcing
// "这样几个突出特点:" and then two block points "一是…。" / "二是…。", cut mid-word ("身份证号"); a recorded lecture on
// 中华孝道 from a cadre-learning site (71.cn): the headline "<speaker>:<topic>—— <subtitle>(上)" with the page's half
// marker, a "摘要:…" teaser, a leaked hash-like id "4ee22117g71578d952d1e&690", the speaker's byline with his former posts,
// a copyright warning and two "完整报告:/分段视频:" link lines, then the lecture ("今天我要跟大家讲的题目是…") with quoted
// classics and a standalone "一、“孝”是人类万古长存的美德" heading, cut inside a quoted folk verse; a scholar's keynote at a
// library society's annual meeting on a district library's site (bjdclib): the site's search-scope widget "馆内 / • 馆内 /
// • 馆际 / • 站内" printed twice, the headline "年会嘉宾演讲陈晋" (genre + the speaker's name glued), "发布日期:", indented
// transcript paragraphs with "第一大家都知道…。第二在延安的时候…。第三个小故事…" (ordinals with no separator; the third
// as "第三个"), the transcript's "(音)" note and its mis-heard "汉奸" for 罕见; a county leader's 读书月启动仪式致辞 on a
// 范文 site (pixue): a "当前路径: 皮学网 范文大全 …" crumb, the title, a "作者:… 发布时间:… 更新时间:暂无 阅读:0 投诉
// 下载本文" meta line, a site-made teaser that repeats a body sentence and adds one from later, the title again, the
// salutation over three groups, and "我想首先要选好书,…;其次,要处理好…" where the capture ends) and two written look-alikes
// (a vocational textbook's section "任务二 演讲稿 / 一、情景模拟" that frames two students' entries in a 演讲比赛 and prints
// the first of them whole — title, "老师们、同学们:", "今天我演讲的题目是…" — as a specimen; a novel page (biqugedu) that
// opens mid-speech with "四,…" and "第五,…", the narrator's graduation 发言 at the party school told in first person with
// his glances at a colleague between the quoted parts, "第一句话,/第二句话,/第三句话," lines and "谢谢大家!”").
// Judgement calls: 13's date line and the speaker's name under it are the printed head of the speech (as round 8's
// 王兆国 under a dash subtitle), kept as body lines; the title line is dropped, not listed; "首先,我代表党中央…" opens no
// run; both 一是/二是 are required level-1 points (block, after full stops; the colon ends the paragraph before). 14 is a
// speech: a lecture delivered to an audience and printed as spoken ("今天我要跟大家讲的题目是", "我…念给大家听"), though its
// headline names a topic and not a genre; the title is the headline without the page's "(上)" half marker (as a "…篇1"
// suffix; not listed, the line is dropped as a title line); the speaker's name before the colon is part of the headline as
// printed (as the name in round 106's title) and stays; the byline with his posts is kept as the speech's head (as
// "主讲人:…" bylines); the teaser, the id, the copyright line and both link lines are noise; "一、…" is a required level-1
// heading (the quotation marks follow the marker, they do not enclose it). 15's title is the headline as printed, the
// speaker's name included; the widget lines and the date line are noise (each listed once; the duplicates are dropped
// with them); "第一"/"第二" after full stops are ordinals with no separator (not in the rule table): optional level-1
// points, their texts cut at the first comma (first sentences over 50 characters); "第三个小故事…" is not an ordinal marker
// and is not listed; "汉奸" (the transcript's mishearing) and "乔慕之(音)" stay. 16's teaser is the site's (noise) though
// its first sentence recurs in the body; the title twice is dropped, not listed; "我想首先…;其次,…" is prose (首先 not
// opening a sentence, 其次 after a semicolon): no outline. 17 is a textbook guide whose specimen speech is quoted material
// (as the shared corpus's case 34): not a speech. 18 is a novel: the speech is quoted inside first-person narration.
// All private people's names and the county are fictional (岚溪, 乔慕之, 周远/唐晓禾, 苏晴); public figures and the
// classics quoted are as on the pages.
// Looked for and not found on a new host: a 演讲比赛 一等奖 entry with numbered points (jxajj, xuexila-like, kj-cy,
// laoduzhe (m. used), 1mishu, jjfwb, xyvh, alatiku, eastca, cha116-style collections — used or without points); a 微党课
// contest script (only news reports of contests: gdust, gyxww, gxlq, shenqiu, valveyt, chateaucf, 54.org.cn; 61taotao and
// damishu used); an 经验交流会 发言 with 一、/(一) (wmjy, 6dgww, jiaxunjie, wenke99, 360docs used); a 道德讲堂 主持词 with
// 一、唱歌曲 headings on a new host (kaoyanmiji, 7rdy, p719, szmdbiao used; u.sanwenwang used for the 领导讲话).
// Template twins and near-twins set aside: zixun.tlmhxx.com ("/jxfw/<yyyymm>/" pages of the jjcmw/gzlsly template);
// www.sanwenwang.com (same site as the used u.sanwenwang.com); m.huatuo3.cn (same site as the used huatuo3.cn);
// laodifang.net and cha116.cn (new, usable 演讲稿 collections with no numbered points, left for a later round).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TW_TITLE = '在全国道德模范座谈会暨第八届中国公民道德论坛上的讲话';

const LX_HEAD = '李宝库:中华孝道—— 一颗闪耀人伦之光的璀璨明珠(上)';
const LX_TITLE = '李宝库:中华孝道—— 一颗闪耀人伦之光的璀璨明珠';
const LX_ABSTRACT = '摘要:中华孝道有助于社会和谐,表现在许多层面:孝道首先始于自身的和谐,继而延及家庭的和谐,进而达到社会的和谐。孝道还能提升国民素质。孝道体现最朴素的人道精神,孝能使社会安定,从而推动经济发展、社会进步。中国孝道这份珍贵的历史文化遗产,必将在新时代发扬光大。';
const LX_ID = '4ee22117g71578d952d1e&690';
const LX_COPY = '(未经许可,不得复制、印刷、出版,违者负知识产权法律责任)';
const LX_FULL = '完整报告:http://www.71.cn/2016/0426/886597.shtml';
const LX_VIDEO = '分段视频:http://www.71.cn/2016/0426/886600.shtml';

const BJ_SCOPE = '馆内';
const BJ_IN = '• 馆内';
const BJ_INTER = '• 馆际';
const BJ_SITE = '• 站内';
const BJ_TITLE = '年会嘉宾演讲陈晋';
const BJ_DATE = '发布日期:2015-03-10';

const PX_CRUMB = '当前路径: 皮学网 范文大全 演讲稿范文 综合演讲稿内容';
const PX_TITLE = '读书月启动仪式致辞';
const PX_META = '作者:林玲 发布时间:2023-09-10 21:01:53 更新时间:暂无 阅读:0 投诉 下载本文';
const PX_TEASER = '因此,县委、县政府决定自今年起,将每年的4月定为全县读书月,借此带动广大干部群众多读书、读好书,提升全民文化素养,建设书香岚溪。全县青少年学生要立下“为岚溪振兴而读书”的远大志向,努力学好现代化建设所需的各项知识和本领,将来在各自岗位上贡献自己的力量。';

export const specs = {
  '14-jiangzuo-71cn-xiaodao-zhaiyao-junkid-links-yi': {
    source: 'http://71.cn/2016/0426/886652.shtml',
    kind: 'speech: 讲座/报告 (a former vice-minister\'s recorded lecture on filial piety; cadre-learning site)',
    tests: 'a lecture page: the headline "李宝库:中华孝道—— 一颗闪耀人伦之光的璀璨明珠(上)" (speaker before a colon, a dash and a space, the page\'s half marker "(上)"); a "摘要:…" teaser; a leaked hash-like id line "4ee22117g71578d952d1e&690"; the speaker\'s byline "李宝库 原民政部副部长 中国老龄事业发展基金会理事长" (kept); a copyright warning in parentheses; "完整报告:<url>" and "分段视频:<url>" lines; blank lines between all lines; no salutation, the lecture opens "今天我要跟大家讲的题目是…" and is spoken throughout ("念给大家听"); quoted classics (曾国藩, 《诗经》); a standalone heading "一、“孝”是人类万古长存的美德" whose text opens with a quotation mark; cut inside a quoted folk verse',
    isSpeech: true,
    title: LX_TITLE,
    noise: [LX_ABSTRACT, LX_ID, LX_COPY, LX_FULL, LX_VIDEO],
    dropLines: [LX_HEAD, LX_ABSTRACT, LX_ID, LX_COPY, LX_FULL, LX_VIDEO],
    outline: [
      { level: 1, marker: '一、', text: '“孝”是人类万古长存的美德' },
    ],
  },
  '15-yanjiang-bjdclib-nianhui-chrome-title-name-diyi-nosep': {
    source: 'https://www.bjdclib.com/shtt/dspd/sz/201503/t20150310_13614.html',
    kind: 'speech: 演讲 (a scholar\'s keynote at a library society\'s annual meeting, on how Mao read; district library site)',
    tests: 'a library site\'s search-scope widget printed twice at the top ("馆内" over bulleted "• 馆内" / "• 馆际" / "• 站内", indented); the headline "年会嘉宾演讲陈晋" (genre word with the speaker\'s name glued after it); "发布日期:2015-03-10"; transcript paragraphs indented with spaces; the greeting glued to the first paragraph ("各位同志、各位朋友,大家下午好!很高兴…"); "三段小故事" told as "第一大家都知道…。第二在延安的时候…。第三个小故事…" (ordinals with no separator: optional points; "第三个" no marker); a transcriber\'s "(音)" after a name; the mishearing "汉奸的一位读书人" (for 罕见) kept; cut mid-sentence',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_SCOPE, BJ_INTER, BJ_SITE, BJ_DATE],
    dropLines: [BJ_SCOPE, BJ_IN, BJ_INTER, BJ_SITE, BJ_TITLE, BJ_DATE],
    outline: [
      { level: 1, marker: '第一', text: '大家都知道1918年他从师范学校毕业后', optional: true },
      { level: 1, marker: '第二', text: '在延安的时候', optional: true },
    ],
  },
  '16-zhici-pixue-dushuyue-crumb-meta-teaser-title-twice': {
    source: 'https://pixue.com/cont-242562.html',
    kind: 'speech: 致辞 (a county leader launching the county\'s first reading month; 范文 site)',
    tests: 'a "当前路径: 皮学网 范文大全 演讲稿范文 综合演讲稿内容" crumb; the title; a meta line "作者:… 发布时间:… 更新时间:暂无 阅读:0 投诉 下载本文"; a site-made teaser paragraph whose first sentence recurs in the body and whose second comes from beyond the capture; the title again; the salutation "同志们、市民朋友们、同学们:"; blank lines between all lines; "我想首先要选好书,…;其次,要处理好…" (首先 not opening a sentence, 其次 after a semicolon: prose); cut mid-phrase ("博览群书与")',
    isSpeech: true,
    title: PX_TITLE,
    noise: [PX_CRUMB, PX_META, PX_TEASER],
    dropLines: [PX_CRUMB, PX_TITLE, PX_META, PX_TEASER],
    outline: [],
  },
  '17-guide-novelqq-yanjianggao-qingjing-moni-not-speech': {
    source: 'https://novel.qq.com/read/1000657366/9',
    kind: 'non-speech: writing guide (a vocational textbook\'s task unit on 演讲稿, on a reading platform)',
    tests: 'a textbook section "任务二 演讲稿" with a heading "一、情景模拟" and a framing paragraph about two students entering a 演讲比赛, then the first specimen printed whole like a speech page: its title "我心中的祖国", "老师们、同学们:", "大家好!今天我演讲的题目是…", anaphora with semicolons, quoted classical lines and a dash — quoted material in a guide, not a speech; cut mid-phrase',
    isSpeech: false,
    title: '任务二 演讲稿',
  },
  '18-novel-biqugedu-dangxiao-jieye-fayan-diwu-juhua-not-speech': {
    source: 'http://m.biqugedu.com/68_68685/23729443_3.html',
    kind: 'non-speech: novel (page 3 of a chapter: the narrator\'s graduation 发言 at the party school)',
    tests: 'a novel page that opens mid-speech with "四,…" (its "第" on the previous page) and "第五,…" closing a quotation; first-person narration between the quoted parts (glances at a colleague); a new quotation announcing "三句话:" followed by lines "第一句话,…" / "第二句话,…" / "第三句话,…" with classical couplets, the quoted closing "我的发言完了,谢谢大家!”"; the typo "毕将" kept; cut mid-word ("有半") — narration, not a speech',
    isSpeech: false,
    title: '',
  },
};
