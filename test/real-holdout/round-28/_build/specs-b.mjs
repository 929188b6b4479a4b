// Gold specs for holdout round 28, part b (cases 07, 09–12): document viewers and 文库 pages. Case 08 (a work-safety
// speech as a journal abstract on zf.alljournals.cn) was taken out after the round was scored: it is the very page round
// 10's 01 holds, no fresh page. Four spoken pieces (a
// 工会换届选举大会 主持词 on a 文库 site (携笔文库) whose page title carries a date prefix "20220615:", with a
// "date time view-count" meta line, a "联系客服提示-携笔同道网" line, the document's own title printed again, a
// "主持人XX:" label, an editor's note on when the script is read, and nine agenda lines 一、…九、 after "以下九项议程:";
// a city-government 安全生产 讲话 shown by a journal index (勤云) as the abstract of a 政府公报 item — the whole speech
// flattened onto one "摘    要:" line, with the site's search bar, a citation line "引用本文:…[J]…", an author line,
// a "本文献已被 CNKI 等数据库收录!" line and the footer, one inline 一、 after "下面,我讲四点意见。"; a student's
// 演讲稿 as the first piece of a collection on a doc site (90doc) — page title "(集锦3篇)", a 小编 promo that says "5篇",
// the piece heading "我的学校演讲稿 篇1" glued to the salutation and a "……此处隐藏924个字……" paywall gap glued inside a
// paragraph; a fifth-grader's 教师节 演讲 on a composition site with breadcrumb, "作者/时间/投稿" meta, a planted line of
// random characters under the opening and 上一篇/下一篇 links) and two written look-alikes (an exam site's guide to
// 讲话稿 for 申论, opening with 网校 ad lines and carrying 一、/1. headings; a 文库 document describing the running order
// of a party-centenary celebration, "本文档将说明…", with 开幕式 and 主题演讲 slots).
// Looked for and did not find on a new host: a PDF/docx viewer page with "第N页/共N页" page breaks, hard line wraps
// or a 侵权投诉/VIP/file-size line around a speech (every such page the pages corpus returned — renrendoc, gongwenbang,
// gongwk, wnwk, 777doc, 31ppt, wenke99, 61taotao, docduoduo, laojin123, wm114 and their mirrors — is on a used host);
// a 党课 on a 文库 viewer; a 心得体会 or 总结 look-alike on a 文库 host. The journal abstract (08) stands in for "a
// document flattened onto one line", 90doc (09) for the 文库 paywall gap.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
//
// Judgement calls:
// - 07: the first line "20220615:…主持词" is the site's page title (a date glued in front of the document's name), so it
//   is noise; the document's own title under the meta lines is the title, dropped and not listed. "主持人XX:" and the
//   editor's note "会议正式开始前,…所用的主持词:" are the document's own lines and stay (as round 20's 致辞人/致辞背景).
//   The agenda lines 一、…九、 each open their own line, so they are block headings, required, level 1 (as round 11's
//   agenda 一、二、三、); their text is the whole line with its closing ";" (九、 ends at its "。"). "第一项议程" is prose.
// - 08: the citation line and "作者姓名:" line are the index's fields (noise); the bare title line above them is the
//   document's title (dropped, not listed). "摘    要:" is a label glued to the speech and is cut. The speech is one
//   paragraph, as the page shows it. "一是…;二是…" after "目的有两个:" follow a colon, so they are prose. The lone inline
//   一、 after "下面,我讲四点意见。" has no 二、 in the capture: optional, level 1; its text runs to the first 。 (under 50
//   characters), the missing line break leaving the next sentence's opening in it.
// - 09: the title is the piece's own "我的学校演讲稿" (the collection's "集锦3篇" is a decoration); the "……此处隐藏924个字……"
//   gap is cut and the paragraph is kept as one line, as printed; "亲的同学们" and "写的出彩" are the page's own slips.
// - 10: a pupil's composition titled 演讲, with salutation, "早上好!" and "谢谢大家,我的演讲完毕。", is a speech. The
//   line of random characters is a planted anti-copy line (noise). Two stored captures of this URL exist: one with the
//   breadcrumb and meta, cut before the foot, one without them but with 上一篇/下一篇; page.txt is the first with the
//   second's foot lines added under it.
// - 11: a guide about writing 讲话稿, not a speech; no title in the capture, so the title is "".
// - 12: a 文库 document on how a celebration runs (流程), naming a 主题演讲 slot — not a speech.

const XB_PAGE_TITLE = '20220615:街道机关工会委员会换届民主选举大会主持词';
const XB_TITLE = '街道机关工会委员会换届民主选举大会主持词';
const XB_META = '2024-03-11 09:21:47 416';
const XB_KEFU = '联系客服提示-携笔同道网';

const AJ_CRUMB = '首页 | 本学科首页   官方微博 | 高级检索';
const AJ_SEARCH = '检索';
const AJ_TITLE = '在二季度全市安全生产形势分析会议上的讲话';
const AJ_CITE = '引用本文:韩启正.在二季度全市安全生产形势分析会议上的讲话[J].江临市人民政府公报,2007(11).';
const AJ_AUTHOR = '作者姓名:韩启正';
const AJ_LABEL = '摘    要:';
const AJ_CNKI = '本文献已被 CNKI 等数据库收录!';
const AJ_FOOT = '设为首页 | 免责声明 | 关于勤云 | 加入收藏';
const AJ_COPY = 'Copyright©北京勤云科技发展有限公司  京ICP备09084417号';

const ND_PAGE_TITLE = '我的学校演讲稿集锦3篇';
const ND_PROMO =
  '演讲稿以阐明观点,抒发情感为主,是为登台演讲而提前写好的文稿。在日新月异,不断进步的今天,在许多场合我们都要用到演讲稿,' +
  '你清楚演讲稿怎样才能写的出彩吗?下面是小编帮大家整理的我的学校演讲稿5篇,仅供参考,大家一起来看看吧。';
const ND_PIECE = '我的学校演讲稿 篇1';
const ND_HIDDEN = '……此处隐藏924个字……';

const JP_CRUMB = '首页 >> 五年级作文 >> 教师节的演讲';
const JP_TITLE = '教师节的演讲';
const JP_META = '作者: yijing | 时间: 2020-02-14 | 投稿';
const JP_GIBBERISH =
  '擦局又徒半太遵粒貌正乡销仅师族森式办谈介抗载养验色充院巩诱屋响梁莫克信充两实掉录育青乡洛买难章些守锁把体虑抓益拔向念美处微饭荣春伤' +
  '笔责斜水加止航高角学作想付嘴脑穗津取神栽据增幅熟叛州能却蒸检丰轮甲力济泥委召玉弱避说湖导臂盾镜磷马繁楚末硬元无定林送念直呈调沟锋塘垫牧蚕倾通似企心次';
const JP_PREV = '上一篇: 眼睛鼻子和耳朵的对话';
const JP_NEXT = '下一篇: 让阳光照进每个人的心灵';

export const specs = {
  '07-zhuchici-xiebiwenku-gonghui-huanjie-date-title-meta-kefu-yi-jiu': {
    source: 'https://www.xiebiwenku.com/index/article/detail/detail_id/85589.html',
    kind: 'speech: 主持词 (the chair\'s script for a 机关 trade union\'s re-election meeting; 文库 site 携笔文库)',
    tests: 'a 文库 article page: the site\'s page title with a date glued in front ("20220615:…主持词"), a "date time view-count" meta line ("2024-03-11 09:21:47 416"), a "联系客服提示-携笔同道网" line, then the document\'s own title again; a "主持人XX:" label and an editor\'s note on when the script is read (third person, ending in a colon) before "同志们:"; XX/XXX placeholders and "(单位名称)" in ASCII brackets; nine agenda lines 一、…九、 after "以下九项议程:", each on its own line ending in ";" (the last in "。"); "下面,进行第一项议程" as prose; blank lines between all lines; cut mid-word ("本届工")',
    isSpeech: true,
    title: XB_TITLE,
    noise: [XB_PAGE_TITLE, XB_META, XB_KEFU],
    dropLines: [XB_PAGE_TITLE, XB_META, XB_KEFU, XB_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '由XX同志作工会工作报告(财务工作报告、女职工工作报告),提请大会表决;' },
      { level: 1, marker: '二、', text: '由XX同志作经费审查委员会工作报告,提请大会表决;' },
      { level: 1, marker: '三、', text: '宣读委员候选人名单及基本情况,提请大会表决;' },
      { level: 1, marker: '四、', text: '宣读《选举办法(草案)》,提请大会表决;' },
      { level: 1, marker: '五、', text: '宣读大会监票人、总监票人、计票人、总计票人名单,提请大会表决;' },
      { level: 1, marker: '六、', text: '大会投票选举;' },
      { level: 1, marker: '七、', text: '宣布选举结果;' },
      { level: 1, marker: '八、', text: '新当选委员代表发言;' },
      { level: 1, marker: '九、', text: '领导讲话' },
    ],
  },
  '09-yanjianggao-90doc-wodexuexiao-collection-promo-pian1-yincang-zishu': {
    source: 'https://90doc.com/shiyongwen/yanjianggao/52103.html',
    kind: 'speech: 演讲稿 (a vocational-school student on loving her school; first piece of a collection on a doc site)',
    tests: 'a doc site\'s collection page: the page title with its count ("我的学校演讲稿集锦3篇"), a 小编 promo that defines 演讲稿 and promises "5篇", the piece heading "我的学校演讲稿 篇1" glued to the salutation "尊敬的老师,亲的同学们!大家下午好!" (a typo kept), a self-introduction with the speech\'s title in 《》 and no full stop; quoted verse lines ending in "。”"; a paywall gap " ……此处隐藏924个字……" glued inside a paragraph, the text going on behind it; cut mid-sentence ("这里我")',
    isSpeech: true,
    title: '我的学校演讲稿',
    noise: [ND_PAGE_TITLE, ND_PROMO, ND_PIECE, ND_HIDDEN],
    replace: [[ND_PIECE, ''], [ND_HIDDEN, '']],
    dropLines: [ND_PAGE_TITLE, ND_PROMO],
    outline: [],
  },
  '10-yanjiang-jupeixun-jiaoshijie-breadcrumb-meta-gibberish-line-prev-next': {
    source: 'https://zw.jupeixun.cn/zuowen/g7t6Jspgq4mpfGcEY3JlVioA.html',
    kind: 'speech: 演讲 (a fifth-grader\'s 教师节 speech; composition site)',
    tests: 'a composition site: breadcrumb "首页 >> 五年级作文 >> 教师节的演讲" ending in the title, the title line, a meta line "作者: yijing | 时间: 2020-02-14 | 投稿" with a user name; salutation and "早上好!" on lines of their own; a planted line of some 190 random characters right after the opening sentence (no punctuation at all); short childlike paragraphs with questions to the audience ("你们知道吗?"); closing "谢谢大家,我的演讲完毕。"; 上一篇/下一篇 links under it naming other compositions',
    isSpeech: true,
    title: JP_TITLE,
    noise: [JP_CRUMB, JP_META, JP_GIBBERISH, JP_PREV, JP_NEXT],
    dropLines: [JP_CRUMB, JP_TITLE, JP_META, JP_GIBBERISH, JP_PREV, JP_NEXT],
    outline: [],
  },
  '11-guide-lx5188-jianghuagao-shenlun-wangxiao-ad-not-speech': {
    source: 'http://wx.lx5188.com/n1148979c2169.aspx',
    kind: 'non-speech: writing guide (kinds, requirements and features of 讲话稿, for the 申论 exam; exam-training site)',
    tests: 'an exam site\'s article opening with two "…:>>>点击进入<<<" ad lines and a two-line ad wrapped mid-phrase; headings "一、讲话稿的分类", "二、讲话稿的写作要求", "三、讲话稿的特点" with "1.…/2.…" sub-headings on their own lines; it describes 工作会议类讲话稿 and 庆典、纪念会议类讲话稿, speaks of 听众 and 讲话者 — a guide about speeches, not a speech; no title in the capture; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '12-liucheng-nsfzsr-jiandang-bainian-qingzhu-dahui-wendang-not-speech': {
    source: 'https://nsfzsr.com/read/880417.html',
    kind: 'non-speech: 流程 document (how a party-centenary celebration runs; 文库-style document page)',
    tests: 'a document page: title "建党百年庆祝大会流程", section lines 概述/会前准备/会议日程安排, "1. 场地布置"… sub-headings with a space after the dot, "本文档将说明…" in the first paragraph, a timetable of "8:00 - 9:00:…" lines including 开幕式 and 主题演讲 slots and "会议主持人宣布开幕" — a description of a ceremony, spoken by no one; cut mid-heading ("庆祝建党")',
    isSpeech: false,
    title: '建党百年庆祝大会流程',
  },
};
