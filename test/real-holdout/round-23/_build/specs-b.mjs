// Gold specs for holdout round 23, part b (cases 07–12): ceremonial speeches (寿宴, 周年庆/校庆, 欢迎宴会, 晚会 致辞)
// and their look-alikes. Four spoken pieces (a son's 寿宴致词 for his mother's eightieth birthday, reposted on a clan
// association's site after her death: a "欢迎光临…官网!" banner, a breadcrumb ending in " >", the title, a
// "发布时间:… 人气: 来源:未知" meta line with an empty label, the title again, the poster's own one-paragraph dedication,
// whitespace-only lines, the salutation glued to "中午好!", ASCII-space indents, cut mid-word; a student's 百年校庆 演讲稿,
// first piece of an "11篇" collection on a 范文 site: banner, a breadcrumb with an empty crumb ("首页 > > 发言致辞"), the
// collection title three times, a date glued to the column name, a 小编 promo, the piece heading "校庆演讲稿1" (no 篇),
// ideographic-space indents, the converter's "这天"/"以前"/"那里" and a garbled "展此刻" kept, an anti-copy dot before a
// closing quote; a host's 主持词 for a welcome banquet for a foreign city's delegation whose capture opens with the (1)
// part's text lost: no title, no salutation, no site noise, block "(2)主持人:" and "(3)主持人:" paragraphs; a chairman's
// 中秋晚会 致辞 to his company, first piece of a "(精选4篇)" collection: title line, a site promo, the piece heading
// "中秋晚会致辞 篇1" with a space, the salutation and "大家晚上好!" on their own lines, a doubled comma ",," kept, cut
// mid-word) and two written look-alikes (an answer-engine page with a fill-in 开工仪式 致辞 template broken into
// 一、/1. headings, "(示例1)"/"(示例2)" quoted fragments, a salutation line with [项目名称] slots, a 顺口溜 section and
// 注意事项 — a guide, not a speech; a forum post proposing how to run the board's 周年庆及颁奖晚会 — a plan with
// 一、/二、 and 1./2. items under a post title, whose first line after the title addresses "各位光看帖不回帖的驴友(…):"
// like a salutation).
// Judgement calls:
// - 07: the dedication paragraph above the salutation is the poster's own line of the document (like a dateline or an
//   occasion line), kept as a paragraph; the document stays a speech (the whole 致词 follows, salutation first). The
//   title lines equal the title and are dropped, not listed; the clan surname 邓 of the site is kept in the rewritten
//   names (the site's banner is noise and stays as found). The typo "七日二十日" (for 七月) stays as printed.
// - 08: the title is the piece's own name "校庆演讲稿" (the heading "校庆演讲稿1" without its number, as "…篇1"); the
//   collection title "校庆演讲稿11篇" is noise each time. The dot in "想象力的.”" is an anti-copy mark: cut and listed with
//   its neighbours (as round 20's 15 "的.愛國"). "展此刻" and the converter's 这天/以前/那里 stay as printed.
// - 09: a 主持词 is a spoken genre. "(2)主持人:" and "(3)主持人:" open their paragraphs, but the capture has no (1):
//   a run must start at 1, so (2) continues no run and is no marker, and (3) then continues none either — outline empty,
//   not optional. The title is "" (the capture has none). "××部" (for ××市) stays as printed.
// - 10: a 中秋晚会 致辞 by the company's chairman to its staff is a ceremonial speech (a company party, as a 年会);
//   "(精选4篇)" is listed on its own as well as inside the promo; ",," stays.
// - 11: a page of templates and tips is written, even though it holds a salutation line and quoted speech fragments;
//   its title is "" (the capture opens with the lead sentence).
// - 12: a forum post proposing a plan for a ceremony is written; its title is the post's first line.
// Looked for and not found on a new host: a 婚礼 致辞 (证婚/父母/答谢) with 第一句/第二句 or 一是/二是 points, a
// 开业/揭牌/奠基 仪式 讲话 with numbered hopes (一要…二要…, 第一,/第二,), a 颁奖典礼 主持词 with 男:/女: lines on a 范文 site,
// a 年会 致辞 with 一、 headings, an 邀请函 proper (the new-host pages found are guides to writing one) — the pages corpus
// answers most such queries with novel chapters, and the 范文 hosts it does return are mostly in used-hosts.txt already.
// None of the four speeches found carries an outline inside its capture.
// Written from page.txt alone, before any engine ran on it. People's, companies', schools' and places' names in the
// prose were replaced by fictional ones; the prose was rewritten in new words, the site noise kept as found.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const DX_BANNER = '欢迎光临邓姓之源网-邓州市邓姓文化研究会主办官网!';
const DX_CRUMB = '当前位置:主页 > 艺术长廊 > 文学园地 >';
const DX_TITLE = '邓立诚重读在邓母沈氏八十寿宴上的致词';
const DX_META = '发布时间:2011-08-22 09:35:00 人气: 来源:未知';

const SW_BANNER = '您身边的文档专家,晒文网欢迎您!';
const SW_CRUMB = '当前位置:首页 > > 发言致辞 > 正文';
const SW_COLL = '校庆演讲稿11篇';
const SW_META = '2024-05-08 16:07:31发言致辞';
const SW_PROMO =
  '演讲稿,是在较为隆重的仪式上和某些公众场合发表的讲话文稿。它体现着演讲的目的和手段。' +
  '下面是范文网小编整理的校庆演讲稿11篇,供大家赏析。';
const SW_PIECE = '校庆演讲稿1';

const WW_TITLE = '中秋晚会致辞';
const WW_PROMO = '微文呈现整理的中秋晚会致辞(精选4篇),汇集精品内容供参考,请您欣赏。';
const WW_PIECE = '中秋晚会致辞 篇1';

export const specs = {
  '07-zhici-dxzy-shouyan-clan-site-breadcrumb-meta-preface': {
    source: 'http://dxzy.org/wenxueyuandi/1377.html',
    kind: 'speech: 致词 (a son at his mother\'s eightieth-birthday banquet, reposted by him on a clan association\'s site after her death)',
    tests: 'a site banner "欢迎光临…官网!"; a breadcrumb ending in " >" without the title; the title line; a "发布时间:… 人气: 来源:未知" meta line with an empty 人气 label; the title again right above the text; the poster\'s own dedication paragraph (dates, "<在母亲八十寿宴上的致词> " in ASCII angle brackets with a trailing space) above the speech; two whitespace-only lines and one more after the salutation; the salutation glued to "中午好!" on one line; ASCII-space indents; a long paragraph of four-character phrases; cut mid-word ("五味"); no outline',
    isSpeech: true,
    title: DX_TITLE,
    noise: [DX_BANNER, DX_CRUMB, DX_META],
    dropLines: [DX_BANNER, DX_CRUMB, DX_TITLE, DX_META],
    outline: [],
  },
  '08-yanjianggao-shaipic-xiaoqing-collection-crumb-meta-promo-pian1': {
    source: 'http://shaipic.com/yanjianggao/786607.html',
    kind: 'speech: 演讲稿 (a normal-school student at the school\'s centenary; first piece of a 范文 collection page)',
    tests: 'a site banner "您身边的文档专家,晒文网欢迎您!"; a breadcrumb with an empty crumb ("首页 > > 发言致辞 > 正文"); the collection title "校庆演讲稿11篇" three times (as page title, again after the meta line and again after the promo); a date glued to the column name ("2024-05-08 16:07:31发言致辞"); an indented 小编 promo; the piece heading "校庆演讲稿1" with no 篇 (the title is "校庆演讲稿"); blank lines between all lines; ideographic-space indents; the converter\'s 这天/以前/那里 and a garbled "展此刻" kept; an anti-copy dot in "想象力的.”"; "19XX年" placeholder; cut mid-word ("迷"); no outline',
    isSpeech: true,
    title: '校庆演讲稿',
    noise: [SW_BANNER, SW_CRUMB, SW_COLL, SW_META, SW_PROMO, SW_PIECE, '想象力的.”'],
    replace: [['想象力的.”', '想象力的”']],
    dropLines: [SW_BANNER, SW_CRUMB, SW_COLL, SW_META, SW_PROMO, SW_PIECE],
    outline: [],
  },
  '09-zhuchici-149-huanying-yanhui-paren-2-3-no-1': {
    source: 'http://149.115.228.192/hanju/187934.html',
    kind: 'speech: 主持词 (the host of a city government\'s welcome banquet for a foreign city\'s delegation; content page reached by IP)',
    tests: 'a capture that opens inside the host\'s first part ("首先,请允许我代表…"), so there is no title, no salutation and no site noise at all; paragraphs opening "(2)主持人:" and "(3)主持人:" with ASCII parentheses and no (1) anywhere — a run must start at 1, so neither is a marker; 欢迎词/答谢词 named inside the text (the host introduces them, it is not one); "××市", "×××同志" placeholders and "××部" as printed; a quoted 论语 line and a quoted proverb; ends at a full sentence',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-zhici-weiwencheng-zhongqiu-wanhui-collection-promo-pian1': {
    source: 'https://www.weiwencheng.com/article/412022.html',
    kind: 'speech: 致辞 (a pharmaceutical company\'s chairman at its staff 中秋晚会; first piece of a "(精选4篇)" collection)',
    tests: 'the title line "中秋晚会致辞"; a site promo "微文呈现整理的…(精选4篇),汇集精品内容供参考,请您欣赏。" on its own line; the piece heading "中秋晚会致辞 篇1" with a space before 篇1; the salutation "各位来宾、各位同仁:" and "大家晚上好!" on their own lines; a quoted poem line opening the first paragraph; a three-fold "它是…,它是…,它是…" metaphor; the company\'s full name in the prose; a doubled comma ",," kept; cut mid-word ("物"); no outline',
    isSpeech: true,
    title: WW_TITLE,
    noise: [WW_PROMO, '(精选4篇)', WW_PIECE],
    dropLines: [WW_TITLE, WW_PROMO, WW_PIECE],
    outline: [],
  },
  '11-guide-96sk-kaigong-zhici-moban-not-speech': {
    source: 'http://96sk.com/post/15896.html',
    kind: 'non-speech: guide (templates and tips for a 开工仪式 致辞 and the "三锤" ritual phrases)',
    tests: 'an answer-engine page: a lead "下面是为您汇总的…致辞范本…:", headings "一、开工仪式致辞范本(精简版)", "二、…吉祥口彩", "三、仪式注意事项" with "1. 开场致意"/"2. …"/"3. …" under each; a salutation line "尊敬的各位领导、各位嘉宾、同事们:" and "大家好!今天,…[项目名称]…" with bracketed fill-in slots; "(示例1)"/"(示例2)" labels over quoted speech fragments; a closing quoted "…谢谢大家!"; a practical tail (times, tools, running order with →) — a guide holding a speech\'s pieces, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '12-fangan-trekker-bbs-zhounianqing-banjiang-wanhui-not-speech': {
    source: 'http://bbs.trekker.cn/viewthread.php?extra=page%3D1&ordertype=2&tid=11844',
    kind: 'non-speech: plan (a forum member\'s proposal for the board\'s anniversary and award night)',
    tests: 'a forum post titled "拟第一种形式(假设的哈)——抛砖引玉"; its first paragraph opens like a salutation ("各位光看帖不回帖的驴友(欢迎你也设想一下哈):") and talks of 周年庆/颁奖晚会/组委会; "现将…有关事项汇报如下:" then headings "一、 时间、地点…" (a space after 一、, heading glued to its text), "二、颁奖晚会形式" with "1."/"2."/"3." items, "三、 …", "四、 颁奖晚会计划" with 1./2.; chatty particles (哈, 嘛); "AA精神<…>" in ASCII angle brackets; cut mid-word ("确定演") — a plan, not a speech',
    isSpeech: false,
    title: '拟第一种形式(假设的哈)——抛砖引玉',
  },
};
