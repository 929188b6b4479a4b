// Gold specs for holdout round 121, part B (cases 07–12): mental health (心理健康 教育活动 and 宣传月 启动, 5·25 心理健康日,
// 心理行业 大会 — openings and launch remarks, and their look-alikes).
// Four spoken pieces and two written look-alikes:
// 07 (show-632.com): a school's 致辞 at the launch of a 心理健康教育 theme activity on a bare article page (title line,
//    salutation, "大家上午好!"): three standalone headings 一、/二、/三、, a block "首先," paragraph under 一、 and a block
//    "其次," paragraph under 二、 that echo the headings, and a colon-introduced "1. 开幕式:…" / "2. 知识讲座:…" agenda on
//    lines of their own under 三、, cut mid-word ("心理咨"). Tests the heading nesting (一、 > 1.) and the sequence words
//    that a reader takes for transitions.
// 08 (lesvos-tour.com): a traditional-script press page printing a former NPC vice-chair's 開幕辭 at a 心理行业 congress:
//    breadcrumb "您當前的位置: 首頁 > 新聞中心 > 圖片資料", a news headline naming the speech ("…出席大會并致開幕辭"), a blank
//    line, a photo caption (the speaker's office and name), a press lead ending "以下是致辭全文。", then the speech
//    (salutation, "大家下午好!", a courtesy "首先," paragraph, a parenthesised WHO definition inside a sentence), simplified
//    leftovers (并), cut mid-quote ("期望“心"). Tests a speech with no title line of its own under press furniture.
// 09 (hyxlyqh.cn): a 讲话 for a school's 心理健康节 whose title line carries a glued count "255", two blank lines after
//    it, blank lines between paragraphs, a stray leading space before a sentence inside a paragraph, no numbered points,
//    cut mid-phrase ("守护学生的").
// 10 (f.tikuw.cn): a 2025 心理健康宣传教育月 启动致辞 whose title has a slogan before a colon; the greeting glued to the first
//    sentence ("大家好!在这…"); no site noise in the capture and no numbered points; cut mid-word ("心").
// 11 (xmgslx.com): not a speech — a school news report of its 心理健康月 launch: headline, "作者: 心晴姐姐 点击:2961" meta,
//    the site's doubled "启动仪式启动仪式", a paragraph printed twice, a paragraph opening "首先由…同学宣读…", and the
//    vice-principal's "四点希望:一是…;二是…;三是…;四是…" told in the third person; "最后,…" closing paragraph.
// 12 (168986.cn): not a speech — a 科普 article "525是什么节日" on an SEO blog: a "网络知识 <date><time>www.168986.cn长沙seo优化"
//    meta line with the domain glued to the time, a subheading with "——", prev/next links and a copyright footer.
// Numbered speeches: only 07 carries numbered points inside the capture (3 headings, 2 arabic items, 2 optional sequence
// words); 08 has one courtesy 首先. Looked for and not found on a fresh host: a 心理咨询中心 揭牌 致辞 (every hit was a news
// report of the ceremony: 华德, bnuz), a 心理健康 工作会议 讲话 with 一、/（一） or 一是/二是 (the hits were journal abstracts
// on soolun/jxxfw, a 心得体会 collection on ic23, and news reports quoting 一是…三是 in the third person: sbfinish, xmgslx),
// a 文库/docx viewer page of a speech (f.tikuw.cn's viewer pages held only 方案/计划 documents; xiaomilidoc, wenke99 are used),
// a traditional 心理健康 讲话 with 一、 (yhg994208 is used; handmsg is an article).
// Template twins set aside: rmzxw.com.cn (a CPPCC member's 大会发言 with 一、…四、 on 社会心理服务体系: it is the source site
// of axyjyo.cn, used in round 117 part B with the same breadcrumb "首页>专题>…>大会发言" and /c/<date>/<id>.shtml paths);
// crossandbow.com (a traditional 演讲 on an "h-nd-<id>.html" site-builder page with converter pinyin (團(tuán)), the mirror
// family of asupark.com / collegevillefire.com / gezhi.fj.cn used in rounds 104, 58 and 49); live-523.com (same
// "<word>-<nnn>.com/?id=" farm as show-632.com); teniu.cc and m.duzhishi.com (used hosts).
// Living people's names that are not public figures (the students and teachers in 11) were replaced by fictional ones;
// the pseudonymous byline "心晴姐姐" is site meta and stays; the public figure in 08 keeps her name. The prose was rewritten.
// Case 11's stored page is shorter than 610 characters (the whole capture is 499); it is kept whole.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
// Judgement calls: 07's "首先," and "其次," each open the first paragraph under a heading (一、, 二、); by the letter they are
// a sequence run at level 2, but they only echo the headings, so both are optional; the "1."/"2." lines follow a colon
// but each opens its own line, so they are block headings under 三、 (required, level 2). 08: the headline names the
// speech the way a news headline does and is not the speech's own title, so the title is "" (as round 72 case 02); the
// breadcrumb, headline, caption and press lead are the site's; the lone courtesy "首先," is optional, and its sentence is
// longer than 50 characters, so its text is cut at the first comma. 09: the glued "255" is cut from the title line
// (listed with its neighbours, "重要性255"); the title is the line without it.

const SH_TITLE = '中小学心理健康教育主题活动致辞';

const LV_CRUMB = '您當前的位置: 首頁 > 新聞中心 > 圖片資料';
const LV_HEAD = '第十屆全國人大常委會副委員長顧秀蓮出席大會并致開幕辭';
const LV_CAPTION = '第十屆全國人大常委會副委員長顧秀蓮';
const LV_LEAD = '2018年7月21日,第二屆心理行業發展促進大會在人民大會堂隆重召開。第十屆全國人大常委會副委員長顧秀蓮出席大會并致開幕辭。以下是致辭全文。';

const HY_TITLE = '守护心灵,成就未来:心理健康教育在校园的重要性';

const TK_TITLE = '呵护心灵,点亮青春:2025年中小学心理健康宣传教育月启动致辞';

export const specs = {
  '07-zhici-show632-xinli-jiankang-zhuti-huodong-yi-shouxian-1dot': {
    source: 'https://show-632.com/?id=6283',
    kind: 'speech: 致辞 (a school leader at the launch of a 心理健康教育 theme activity; bare article page)',
    tests: 'the title line "中小学心理健康教育主题活动致辞", salutation and "大家上午好!" on lines of their own; standalone headings "一、重视心理健康的重要性", "二、心理健康教育的意义", "三、具体实施办法"; a block "首先," paragraph (its first sentence ends in "?") under 一、 and a block "其次," paragraph under 二、 that echo the headings; "本次活动将分为几个阶段进行:" then "1. 开幕式:…" and "2. 知识讲座:…" on lines of their own (arabic under chinese); no site noise; cut mid-word ("心理咨")',
    isSpeech: true,
    title: SH_TITLE,
    noise: [],
    dropLines: [SH_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '重视心理健康的重要性' },
      { level: 2, marker: '首先,', text: '请大家和我一起想一想:健康究竟指的是什么', optional: true },
      { level: 1, marker: '二、', text: '心理健康教育的意义' },
      { level: 2, marker: '其次,', text: '在这个日新月异的时代,每个人都承受着各种各样的压力和诱惑', optional: true },
      { level: 1, marker: '三、', text: '具体实施办法' },
      { level: 2, marker: '1.', text: '开幕式:今天上午举行的主题启动仪式,标志着活动正式启动' },
      { level: 2, marker: '2.', text: '知识讲座:邀请专业心理咨' },
    ],
  },
  '08-kaimuci-lesvostour-big5-xinli-hangye-dahui-crumb-caption-lead-shouxian': {
    source: 'http://www.lesvos-tour.com/newscenter/picture/62.shtml',
    kind: 'speech: 開幕辭 (a former NPC vice-chair opening a 心理行业 congress; traditional-script press page)',
    tests: 'traditional script with simplified leftovers (并); a breadcrumb "您當前的位置: 首頁 > 新聞中心 > 圖片資料"; a news headline naming the speech ("…顧秀蓮出席大會并致開幕辭"); a blank line; a photo caption (office and name only); a press lead ending "以下是致辭全文。"; then the speech: salutation, "大家下午好!", a courtesy "首先," paragraph, a parenthesised definition inside a sentence, quoted slogans; no title line of the speech itself; cut mid-quote ("期望“心")',
    isSpeech: true,
    title: '',
    noise: [LV_CRUMB, LV_HEAD, LV_CAPTION, LV_LEAD, '以下是致辭全文。'],
    dropLines: [LV_CRUMB, LV_HEAD, LV_CAPTION, LV_LEAD],
    outline: [
      { level: 1, marker: '首先,', text: '我謹對第二屆心理行業發展促進大會的順利開幕致以誠摯的祝賀', optional: true },
    ],
  },
  '09-jianghua-hyxlyqh-xinli-jiankang-jie-title-glued-count-blank-lines': {
    source: 'https://www.hyxlyqh.cn/69391.html',
    kind: 'speech: 讲话 (a speaker at a school\'s 心理健康节; article page)',
    tests: 'a title line with a slogan before a colon and a count "255" glued to its end ("…在校园的重要性255"); two blank lines after it; the salutation and greeting on one line ("各位老师、同学们,大家好!"); blank lines between paragraphs; a stray space before a sentence inside a paragraph (" 一个心理健康的学生,…"); a "——" inside a sentence (not a dash point); no numbered points; cut mid-phrase ("守护学生的")',
    isSpeech: true,
    title: HY_TITLE,
    noise: ['重要性255'],
    replace: [['重要性255', '重要性']],
    dropLines: [HY_TITLE],
    outline: [],
  },
  '10-zhici-tikuw-xinli-jiankang-xuanchuan-yue-qidong-colon-title-glued-greeting': {
    source: 'http://f.tikuw.cn/f/item?id=1833491552601945',
    kind: 'speech: 致辞 (a school\'s launch remarks for the 2025 中小学心理健康宣传教育月)',
    tests: 'a title line with a slogan before a colon ("呵护心灵,点亮青春:2025年…启动致辞"); the salutation "亲爱的老师、同学们:" on its own line; the greeting glued to the first sentence ("大家好!在这…"); "——" inside a sentence (not a dash point); no site noise and no numbered points in the capture; cut mid-word ("贴心的心")',
    isSpeech: true,
    title: TK_TITLE,
    noise: [],
    dropLines: [TK_TITLE],
    outline: [],
  },
  '11-news-xmgslx-xinli-jiankang-yue-qidong-yishi-sidian-xiwang-dup-para-not-speech': {
    source: 'https://xmgslx.com/news/detail/33927',
    kind: 'non-speech: news report (a vocational school\'s 心理健康月 launch ceremony)',
    tests: 'a headline "我校举行2015年心理健康月活动启动仪式"; a "作者: 心晴姐姐 点击:2961" meta line; the site\'s doubled "启动仪式启动仪式"; a paragraph printed twice that opens "首先由…同学宣读…倡议书"; a vice-principal who "发表热情洋溢的讲话,对同学们提出了四点希望:一是…;二是…;三是…;四是…" (reported, after a colon and semicolons); a "最后,…" closing paragraph; the whole capture is 499 characters — a news report, not a speech',
    isSpeech: false,
    title: '我校举行2015年心理健康月活动启动仪式',
    noise: [],
    outline: [],
  },
  '12-kepu-168986-525-shi-shenme-jieri-seo-meta-prevnext-copyright-not-speech': {
    source: 'https://168986.cn/news/733014.html',
    kind: 'non-speech: 科普 article (what the 5·25 心理健康日 is; SEO blog)',
    tests: 'a question headline "525是什么节日"; a meta line "网络知识 2025-04-15 19:26www.168986.cn长沙seo优化" with the domain glued to the time; a subheading with "——"; expository paragraphs in the third person with "让我们…" at the end; "上一篇:… 下一篇:没有了" and a "Copyright © 2016-2025 www.168986.cn 狼蚁网络 版权所有 Power by" footer — an article, not a speech',
    isSpeech: false,
    title: '525是什么节日',
    noise: [],
    outline: [],
  },
};
