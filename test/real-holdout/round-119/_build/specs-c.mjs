// Gold specs for holdout round 119, part C (cases 13–18): anti-drug campaigns (禁毒 — 6·26 国际禁毒日 talks at schools,
// 禁毒宣传 events, and their look-alikes: a news report, a 倡议书 and a school 简报).
// Three spoken pieces, all school talks for the 国际禁毒日 (the theme's leaders' 讲话 stand on used hosts, see below):
// 13, a talk by a school's 政教科 on its ThinkPHP site (lf8ms.com): no title and no site noise in the capture, the
// salutation first, "具体作法是:" and then six block points "1.…" to "6.…", the fifth with "一要劝阻,二要远离,三要报告…"
// after a comma (prose), the closing appeal, and the office's signature "政教科" with the date as the speech's own closing
// lines — a do-no-harm case with six numbered points; 14, a 国旗下讲话 on a county school's VSB page (ldzxxx.tcjyxx.cn):
// the page title "禁毒 让生活更美好——<date>国旗下讲话(<name>)", an empty "作者: 时间:… 点击数:" meta line, the salutation, a
// paragraph whose clauses the site ran together without commas ("虛弱不堪它会…"), "对此我提出以下几点建议:" and four block
// points "1.…" to "4.", cut right after "4.不结交"; 15, a 国旗下演讲 on a school site (qdguokai.com): a breadcrumb
// "当期位置: 首页 / 德育工作 / 国旗下演讲德育工作" whose last crumb runs into the column name, the title with its "——…升旗仪式
// 国旗下演讲" subtitle on one line, a "文章来源: 作者:团委 发布时间:… 字号:" meta line, two "image.png" lines left by images
// (one between paragraphs), indented paragraphs, "首先要…" after a comma (no marker), cut mid-word ("色彩鲜").
// Three written look-alikes: 16, a provincial 禁毒网 report of a county's 6·26 calligraphy show and campaign (gsjdxc.com):
// the deputy county head "出席活动并讲话", then "<name>强调,…。一要…。二要…" — his points reported in the third person, so
// a news report, not a speech, and its 一要/二要 after full stops are no outline; 17, a city's 倡议书 for the 全国禁毒示范城市
// campaign on a municipal bureau's site (scjg.changde.gov.cn): "《…倡议书》——致武陵区", an address line "广大市民朋友们:"
// that looks like a salutation, "特向全市人民发出如下倡议:" and 一、…四、 points — a written appeal, not a speech; 18, a
// school's 道德讲堂 简报 (fzjzschool.cn): title and "——道德讲堂活动简报" subtitle, the principal's "讲 话" (a stray space
// from the PDF) and his requirements "他要求,一是…;二是…;三是…" reported in the third person; PDF spaces ("全 民", "方 式",
// "10月 19 日") and a mis-encoded ellipsis "„„" kept; the page ends with its date, 519 characters, because the store
// holds no more.
// Judgement calls: 13's title is "" (the capture opens with the salutation; no line names the speech); its 1.…6. are
// required level-1 items (block markers), each item's text its first sentence (2.'s is exactly 50 characters, so it is
// not cut); "政教科" and the date stay as the speech's own signature (as round 4's 08). 14's title is the page title as
// printed, date and speaker included (no collection tag or count to remove); the meta line is noise; 1.…4. are required
// level-1 items, "4." with its text "不结交" cut by the capture. 15 is a speech (a 国旗下演讲, addressed to the teachers and
// students); the breadcrumb, the meta line and the "image.png" lines are noise; the title is the headline line whole
// (the subtitle names the occasion); the outline is empty. 16–18 are written, not speeches. Names of people who are not
// public figures (the speakers, the reporter, the county officials, the principal) were replaced by fictional ones; the
// prose was rewritten.
// Looked for and not found on a new host: a leader's 讲话 at a 禁毒工作会议 or 禁毒委 meeting with 一、/一是 points
// (gongwenhui.com, bgzsck.com, m.wnwk.com, nepao.com, taowenge.com, freekaoyan.com and the traditional mirror
// zeelive.com.tw are used; m.qiqiwenku.com too); a 6·26 启动仪式 致辞 (nepao.com is used; the corpus answers with news
// reports); a 禁毒 主持词, 誓师 表态发言 or 党课 (none in the corpus); a traditional-script mirror of a 禁毒 speech
// (lpo831.com, p719.cn, mlvmservice.com and zeelive.com.tw are used); a 文库/docx viewer copy (m.001doc.com, m.wnwk.com,
// taowenge.com, wddqw.com and wendang9.com are used). So the part holds three speeches, two of them with numbered points.
// Template twins set aside: p719.cn and mlvmservice.com (the ruiwen family: "(優質14篇)"/"(精選23篇)", "…希望能够幫助到大家"
// and "時間:… 小編:" furniture, also used hosts); xinfet.com (an essay under "您现在的位置是:首页 > 演讲范文" with the title
// and a truncated teaser line, the breadcrumb/teaser head of round 9's 02 tdtv page). Other fresh pages seen and left: a
// news brief (tsxxg.net), a novel chapter (ytzww.com), a 倡议书 on weilaioem.com (used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TC_TITLE = '禁毒 让生活更美好——2024年12月23日国旗下讲话(李静怡)';
const TC_META = '作者: 时间:2024-12-24 点击数:';

const QG_CRUMB = '当期位置: 首页 / 德育工作 / 国旗下演讲德育工作';
const QG_TITLE = '远离毒品,健康人生——青岛国开第一中学第十九周升旗仪式国旗下演讲';
const QG_META = '文章来源: 作者:团委 发布时间:2019-06-25 字号:';
const QG_IMG = 'image.png';

export const specs = {
  '13-jianghua-lf8ms-jinduri-zhengjiaoke-no-title-arabic-block-signature': {
    source: 'http://lf8ms.com/index/Article/detail.html?id=1926',
    kind: 'speech: 讲话 (a school 政教科\'s talk to teachers and students for the 国际禁毒日; school site)',
    tests: 'no title and no site noise in the capture (do-no-harm); the salutation "尊敬的各位老师、亲爱的同学们:" first; "…远离毒品呢? 首要的是…。具体作法是:" and six block points "1.…" to "6.…" each opening a line with a full sentence (2.\'s first sentence exactly 50 characters); "一要劝阻,二要远离,三要报告公安机关" after a comma inside 5. (prose); the closing appeal; the signature "政教科" and the date "2024年6月24日" as the speech\'s own closing lines',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1.', text: '学习毒品知识,明白毒品的危害,懂得“吸毒一口,毁灭一生”的道理' },
      { level: 1, marker: '2.', text: '接受禁毒法治教育,提高法律意识,明白吸毒违法、贩毒犯罪的道理,坚持学法、知法、守法,做遵纪守法的表率' },
      { level: 1, marker: '3.', text: '树立正确的人生观,不盲目追求享乐,不寻求刺激,不赶时髦、不攀比,增强抵御力' },
      { level: 1, marker: '4.', text: '不轻信毒品能治病,毒品能摆脱烦恼和痛苦,毒品能使人快乐等各种甜言蜜语,提高辨别力' },
      { level: 1, marker: '5.', text: '不结交有吸毒、贩毒行为的人' },
      { level: 1, marker: '6.', text: '不出入各种娱乐场所,不吸食摇头丸、K粉等兴奋剂' },
    ],
  },
  '14-jianghua-tcjyxx-guoqixia-title-date-name-meta-arabic-cut': {
    source: 'https://ldzxxx.tcjyxx.cn/info/1199/3440.htm',
    kind: 'speech: 国旗下讲话 (a school\'s Monday flag-raising talk on 禁毒; county school VSB page)',
    tests: 'the page title "禁毒 让生活更美好——2024年12月23日国旗下讲话(<name>)" with date and speaker; an empty "作者: 时间:2024-12-24 点击数:" meta line; blank lines between paragraphs; the salutation; a first paragraph that names the talk\'s title in 《》 inside a sentence; clauses run together without commas ("虛弱不堪它会…"); "对此我提出以下几点建议:" and four block points "1.…" to "4." whose first sentences are short; cut right after "4.不结交"',
    isSpeech: true,
    title: TC_TITLE,
    noise: [TC_META],
    dropLines: [TC_TITLE, TC_META],
    outline: [
      { level: 1, marker: '1.', text: '管住自己的好奇心' },
      { level: 1, marker: '2.', text: '不盲目跟风,有正确的审美' },
      { level: 1, marker: '3.', text: '不去高风险场所' },
      { level: 1, marker: '4.', text: '不结交' },
    ],
  },
  '15-yanjiang-qdguokai-guoqixia-crumb-meta-imagepng-lines': {
    source: 'http://www.qdguokai.com/view-28380.html',
    kind: 'speech: 国旗下演讲 (a school\'s flag-raising speech for the 国际禁毒日; school site)',
    tests: 'a breadcrumb "当期位置: 首页 / 德育工作 / 国旗下演讲德育工作" with the column name run into the last crumb; the title line with its "——…升旗仪式国旗下演讲" subtitle; a "文章来源: 作者:团委 发布时间:2019-06-25 字号: " meta line; two "image.png " lines left by images, one between body paragraphs; the salutation, then indented paragraphs (4 and 3 spaces); "想要远离毒品,首先要认识到…" (首先 after a comma, no marker); cut mid-word ("色彩鲜")',
    isSpeech: true,
    title: QG_TITLE,
    noise: [QG_CRUMB, QG_META, QG_IMG],
    dropLines: [QG_CRUMB, QG_TITLE, QG_META, QG_IMG],
    outline: [],
  },
  '16-news-gsjdxc-zhangxian-626-xuanchuan-yiyao-eryao-not-speech': {
    source: 'http://gsjdxc.com/Show/13913',
    kind: 'non-speech: news report (a provincial 禁毒网 report of a county\'s 6·26 禁毒 calligraphy show and campaign)',
    tests: 'no headline in the capture; a "甘肃禁毒网讯(通讯员 …)" lead; officials listed with their posts; the deputy county head "出席活动并讲话"; then "<name>强调,…。一要…。二要…。" — his points reported in the third person after full stops (a report, not a speech; no outline); cut mid-sentence ("深入")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-changyishu-changde-jindu-shifan-chengshi-yi-headings-not-speech': {
    source: 'https://scjg.changde.gov.cn/xwzx/tzgg/content_999329',
    kind: 'non-speech: 倡议书 (a city\'s appeal for the 全国禁毒示范城市 campaign, on a municipal bureau\'s site)',
    tests: 'the title "《常德市创建全国禁毒示范城市倡议书》——致武陵区" in book-title marks with a dash addressee; "广大市民朋友们:" (looks like a salutation); "特向全市人民发出如下倡议:" and 一、…四、 lines each opening with a short heading sentence and a quoted slogan — a written appeal, not a speech; cut mid-word ("完")',
    isSpeech: false,
    title: '《常德市创建全国禁毒示范城市倡议书》——致武陵区',
    noise: [],
    outline: [],
  },
  '18-news-fzjzschool-daode-jiangtang-jianbao-yishi-after-comma-not-speech': {
    source: 'https://www.fzjzschool.cn/portal/article/731.html',
    kind: 'non-speech: 简报 (a school\'s brief on its 道德讲堂 禁毒 session)',
    tests: 'a title "生命如花 远离毒品" and the subtitle "——道德讲堂活动简报"; a quoted opening with a mis-encoded ellipsis "„„"; PDF spaces ("讲 话", "全 民", "方 式", "10月 19 日"); the principal\'s talk and his requirements "他要求,一是…;二是…;三是…" reported in the third person — a report, not a speech; ends with its date "2021年 11月 19 日" (519 characters: the store holds no more)',
    isSpeech: false,
    title: '生命如花 远离毒品',
    noise: [],
    outline: [],
  },
};
