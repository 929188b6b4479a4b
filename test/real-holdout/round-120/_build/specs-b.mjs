// Gold specs for holdout round 120, part B (cases 07–12): ideological and political education in schools (思政课 given by
// principals and party secretaries, 思政 work meetings, 开学第一课, 课程思政; look-alikes: a 说课稿 and a 心得体会).
// Four spoken pieces (a student's talk in a school's "思政课引领成长" series on a hijacked college news page (marcogroep.com,
// a VSB-style "/info/1092/4271.htm" page): a "聚焦点睛" column label, a "当前位置: 首页> 聚焦点睛> 正文" breadcrumb, the
// headline with a 【思政课引领成长】 series tag, a run-together "日期:2024-03-18点击数:来源:" meta line with empty fields, no
// salutation, a quote with nested “ ” marks, "我将围绕…分享我的感悟", two block points "一是学得清,…" and "二是讲得准,…", cut
// mid-word ("原"); a writer-official's 主题报告 at a 高校思想政治工作专题培训班 on a cultural society's site (hswh.org.cn):
// the headline "<name>:<slogan>——在…培训班上的报告", an "【编者按】…现将报告内容整理转发。" lead, "同志们,上午好!" glued to
// "首先要谢谢…" (no comma after 首先), a bracketed aside, cut mid-word ("统"); a teacher's 开学第一课 演讲 on a literature
// site (1-123.com): the headline "教师演讲《开学第一课——为你打开一扇门》" (a genre label and the title in 《》, one line), the
// salutation, "首先欢迎…" and "总之推开…" without commas, the page's own slip "做好没意见我们应该做的事", cut mid-word ("声");
// a principal's 开学 speech on a school's 信息公开 page (yanshangyan.com, "/xxgk/xzzc/"): no title, no site noise at all in
// the capture, the salutation first, an inline courtesy "首先,我代表学校…" after a full stop with no 其次 after it, the page's
// slip "百华风华", cut mid-word ("青")) and two written look-alikes (a 说课讲稿 for the 概论 course on a college's course site
// (szkc.appbz.info): "返回首页", a "首页 »课程设计 »说课资料" breadcrumb, "说课讲稿 说课课件" tabs, the headline, a line of a lone
// space, "大家好!" and "我是…,今天说课的课程是…", then "一、课程分析" with "(一)课程性质" and "(二)地位和作用:" headings — a
// teaching-research account of a course design given to assessors, a report genre like the 述职报告 (shared corpus
// conventions), not a speech, though it opens "大家好!"; a student's 心得体会 on a 形势与政策 class on a Notion page
// (chiro-blog.notion.site): the title, then the class and the party's 精神谱系 told in the first person as a written
// reflection — not a speech).
// What each tests: 07 block 一是/二是 points in a speech with no salutation and a series tag in 【】 before its title; 08 an
// editor's lead under a "name:slogan——在…上的报告" headline and a speech with no numbered points; 09 a one-line headline
// that carries a genre label before 《title》; 10 an untitled speech with nothing to cut and a lone courtesy 首先, that is
// no item; 11 a speech-like 说课稿 with 一、/(一) headings that must give no outline; 12 a 心得体会 that must stay alone.
// Judgement calls: 07 is a speech (a 发言): the student speaks to an audience ("我将围绕…分享我的感悟", "这里想和大家分享…")
// in the first person; the 【思政课引领成长】 series tag is dropped from the title as a site tag in brackets and listed as
// noise; the column label, the breadcrumb and the meta line are noise; "一是" and "二是" open paragraphs, so they are
// required level-1 points (a block marker needs no run), each with its whole first sentence (32 and 45 characters);
// "第一粒扣子" is no ordinal. 08's title is the headline as printed, the speaker's name before the colon included (as
// round 64's part C lecture headline); the 【编者按】 line is the site's lead (noise, with "【编者按】" again as a
// short part); "首先要谢谢…" has no separator after 首先, so no item. 09's title is the headline as printed, "教师演讲" and
// the 《》 included (the page has no other title line; every word of a title as printed stays); no item ("首先欢迎…",
// "总之推开…" have no separator). 10 has no title (""), no noise; its inline "首先," after a full stop is a run of one with
// no 其次 → no item by the rules, and a courtesy, so not optional either. 11 and 12 are written, not speeches.
// Names of private people were changed (the 说课 teacher, the 形势与政策 teacher, 07's 孙老师 → 指导老师); the prose was
// rewritten; public figures and quoted public slogans stay.
// Looked for and not found on a new host: a 思政课 讲话 of a 书记/校长 with 第一,/第二, points (the one hit, digipub.cc's
// traditional mirror of a 网易号 "/dy/article/…?f=post2020_dy_recommends" 开学第一课 with "第一,愿你們…/第二,愿你們…", is a
// template twin of round 82's senqingzn.com mirror; wm114, guanshanwenku, m.001doc (a docx viewer of "校长思政第一课…六篇"),
// taowenge, laobiganzi (a 思政课教师座谈会 讲话 with 一、), dawenge, shouyouha, swxbz and bw.szlgedu are used); a 课程思政
// 推进会 or 思政工作会议 讲话 (the corpus answers with journal articles on fx361/handmsg/zgkjsz mirrors and news reports);
// a 思政课 教案 on a new host (alatiku is used); so only 07 carries numbered points.
// Template twins set aside: bangongwenku.com (the "/index/article/detail/detail_id/" 文库 with "联系客服提示-…", set aside in
// round 40 already: a 市委书记 思政课 讲稿), cankaozuowen.com (the ruiwen family: "时间:… 开学第一课 我要投稿",
// "…讲话稿15篇(优选)", "以下是小编精心整理的…仅供参考,希望能够帮助到大家", "…讲话稿1"), digipub.cc (above).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const MG_COL = '聚焦点睛';
const MG_CRUMB = '当前位置: 首页> 聚焦点睛> 正文';
const MG_TAG = '【思政课引领成长】';
const MG_TITLE = '抓住“拔节孕穗期”,扣好“第一粒扣子”';
const MG_META = '日期:2024-03-18点击数:来源:';

const HS_TITLE = '忽培元:随风潜入夜,润物要有声——在高校思想政治工作专题培训班上的报告';
const HS_NOTE = '【编者按】前段时间,应教育部思政司邀请,出席高校思想政治工作专题培训班并做主题报告。现将报告内容整理转发。';

const YY_TITLE = '教师演讲《开学第一课——为你打开一扇门》';

export const specs = {
  '07-fayan-marcogroep-sizhengke-yindao-chengzhang-crumb-meta-tag-yishi': {
    source: 'https://marcogroep.com/xdm/info/1092/4271.htm',
    kind: 'speech: 发言 (a student\'s talk in a school\'s "思政课引领成长" series; hijacked college news page)',
    tests: 'a "聚焦点睛" column label; a "当前位置: 首页> 聚焦点睛> 正文" breadcrumb; the headline with a series tag in 【】 ("【思政课引领成长】抓住“拔节孕穗期”,扣好“第一粒扣子”"); a run-together "日期:2024-03-18点击数:来源:" meta line with empty fields; no salutation; a quote with nested “ ” marks; "下面我从…三个方面谈谈自己的体会。"; block points "一是学得清,…" and "二是讲得准,…" opening paragraphs; "第一粒扣子" no ordinal; cut mid-word ("原")',
    isSpeech: true,
    title: MG_TITLE,
    noise: [MG_COL, MG_CRUMB, MG_TAG, MG_META],
    dropLines: [MG_COL, MG_CRUMB, MG_TAG + MG_TITLE, MG_META],
    outline: [
      { level: 1, marker: '一是', text: '学得清,思政学习中,我们要学会用理论照亮日常,学用结合,以学促用' },
      { level: 1, marker: '二是', text: '讲得准,思政学习中,我们还要借助宣讲等形式深化学习,把道理讲得更准一些,入脑入心,讲来从容' },
    ],
  },
  '08-jianghua-hswh-gaoxiao-sizheng-peixunban-baogao-bianzhean': {
    source: 'http://hswh.org.cn/wzzx/llyd/zz/2019-12-25/60436.html',
    kind: 'speech: 讲话 (a writer-official\'s 主题报告 at a training class for university 思政 workers; cultural society\'s site)',
    tests: 'the headline "<name>:<slogan>——在高校思想政治工作专题培训班上的报告" as the title; an "【编者按】…现将报告内容整理转发。" lead line (the site\'s); "同志们,上午好!" glued to the first sentence ("首先要谢谢…", no separator); a bracketed aside; long paragraphs without numbered points; cut mid-word ("统")',
    isSpeech: true,
    title: HS_TITLE,
    noise: [HS_NOTE, '【编者按】'],
    dropLines: [HS_TITLE, HS_NOTE],
    outline: [],
  },
  '09-yanjiang-1-123-kaixue-diyike-jiaoshi-title-guillemets': {
    source: 'http://1-123.com/works/Modern/W/weinidakaiyishanmen/123458.html',
    kind: 'speech: 演讲稿 (a teacher\'s 开学第一课 to a new class; literature site)',
    tests: 'a one-line headline "教师演讲《开学第一课——为你打开一扇门》" (a genre label and the title in 《》, with a —— inside); the salutation "亲爱的同学们:"; "首先欢迎…" and "总之推开…" without separators (no items); the page\'s slip "做好没意见我们应该做的事" kept; cut mid-word ("声")',
    isSpeech: true,
    title: YY_TITLE,
    noise: [],
    dropLines: [YY_TITLE],
    outline: [],
  },
  '10-jianghua-yanshangyan-kaixue-xiaozhang-untitled-no-noise': {
    source: 'http://yanshangyan.com/xxgk/xzzc/index.html',
    kind: 'speech: 讲话 (a principal\'s address at the start of the school year; school 信息公开 page)',
    tests: 'no title and no site noise in the capture: the salutation "尊敬的各位老师,亲爱的同学们:" first; an inline courtesy "首先,我代表学校…" after a full stop with no 其次 (no item); "老师们、同学们," opening a paragraph; the page\'s slip "百华风华" kept; cut mid-word ("青")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '11-shuokegao-appbz-gailun-crumb-yi-paren-not-speech': {
    source: 'http://szkc.appbz.info/szgl/l.php?cateid=4',
    kind: 'non-speech: 说课稿 (a teacher\'s 说课讲稿 for the 概论 course; college course site)',
    tests: '"返回首页", a "首页 »课程设计 »说课资料" breadcrumb and "说课讲稿 说课课件" tabs; the headline "《…概论》说课讲稿"; a line of a lone space; "大家好!" and "我是…,今天说课的课程是…" (speech-like); "一、课程分析" with "(一)课程性质" and "(二)地位和作用:" headings and paragraphs indented with spaces — an account of a course design, not a speech; cut mid-word ("主")',
    isSpeech: false,
    title: '《毛泽东思想和中国特色社会主义理论体系概论》说课讲稿',
    noise: [],
    outline: [],
  },
  '12-xindetihui-notion-xingshi-zhengce-ke-not-speech': {
    source: 'https://chiro-blog.notion.site/321b4f7e35614baa85a47474670da7aa',
    kind: 'non-speech: 心得体会 (a student\'s reflection on a 形势与政策 class; Notion page)',
    tests: 'the title "形势与政策课堂学习心得体会", then the class, the founding of the party and the list of the 精神谱系 told in the first person as a written reflection ("我从中收获了许多感悟,迫不及待想把它们写下来"); "第一批" no ordinal; no salutation, no address to an audience — not a speech; cut mid-sentence',
    isSpeech: false,
    title: '形势与政策课堂学习心得体会',
    noise: [],
    outline: [],
  },
};
