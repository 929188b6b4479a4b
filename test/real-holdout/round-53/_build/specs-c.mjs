// Gold specs for holdout round 53, part c (cases 13–18): communities, streets, property management and neighbourhood
// life (社区、街道、物业、网格、邻里节、志愿服务).
// Four spoken pieces: a district leader's 讲话 opening a training class for community cadres after the 两委 elections
// (tudiao.com), with no title and no site noise in the capture, the salutation glued to the first sentence ("同志们:今天,
// …"), a line that breaks after "目的是:", the site's censoring placeholders "***总书记“”讲话精神", a standalone "一、…。"
// heading line ending in a full stop, a block "(一)…。" paragraph with ASCII parentheses, and a figure the site dropped
// ("将基本建成平方公里的"), cut mid-word ("一个重要部"); a county's 讲话 at a 动员大会 founding a volunteer service team
// (fanwen118.com), under the site's page title "组建志愿者服务队动员大会讲话稿" (not the document's own name), a
// "时间:2024.4.20" line and then the document's own title "…县组建志愿者队伍动员大会上的讲话", blank lines between all
// lines, "XXX部长" placeholder, a "一、" heading line and "1、"/"2、" heading lines after "…以下几个方面:", a PDF page number
// glued to a word broken over a page ("的集 1" / blank line / "体表现"), and "3、<heading> <body>" where the PDF put the
// heading and its paragraph on one line with a space, cut mid-sentence ("来自政府"); the chairman of a charity volunteers'
// association (义工协会, "绿马甲" volunteers serving the streets' communities) speaking at its sixth-anniversary awards
// meeting (yhtxygxh.com), a bare "2023——2024" line above the title, no salutation ("大家上午好," opens the first
// paragraph), a stray space before "向", a wrong-way quotation mark ("…养老中心“等地") and a long list of volunteers'
// names, cut mid-sentence; a 小区管理委员会's 开工讲话 to residents and workers at the start of a renovation (xzmen.cc),
// the title followed by a reworded variant in parentheses "(房子装修开工主人讲话)", the whole speech on one line with
// spaces between its paragraphs, a "——" inside a sentence, ending "谢谢大家!".
// Two written look-alikes: a novel chapter on a reading site (dingtieji.cn) with the glued breadcrumb "顶贴记>都市>正义
// 的使命 > 第667章 据理力争", indented lines, a county head mediating between a residents' representative and a property
// company's manager, the representative's complaints listed and the manager's quoted "首先,我就第一条物业收费标准做个说明。"
// — narration, not a speech; a forum copy of a town news item (bbs.mala.cn, 麻辣社区) on a community's 重阳节联谊会: site
// name, a hot-topic bar, a "阅读: 9764|评论: 0" line, a "[梨乡新闻]" column tag, "[复制链接]", a "发表于 … | 显示全部楼层 |阅读模式"
// line, then the report with the community secretary's words given as "罗书记说:…" and a quoted poem, ending with a
// bare "老协理事长" line where the capture ends — a news report, not a speech.
// Judgement calls: 13's title is "" (the capture opens with the salutation); the line break after "举办这期培训班的目的是:"
// is kept as the page's own paragraph break (a break after a colon, as before "一、"; not a hard wrap inside a phrase);
// "一、统一思想,充分认识本次培训班的重要意义。" is a heading line with a sentence end, its text is the sentence without "。";
// "(一)" opens its paragraph, so it is a required level-2 block point whose text is its first sentence (30 characters).
// 14's first line is the site's page title, a different wording from the document's name: noise, as the "时间:" line;
// the title is the document's own "桂川县组建志愿者队伍动员大会上的讲话" (as the shared corpus's 92), dropped from the body;
// the page number is cut with the neighbouring character as noise ("的集 1") and the split word is rejoined ("集体表现");
// "1、"/"2、" open heading lines with no sentence end (whole line); "3、"'s line carries its body after a space, so by the
// rules its text is the first sentence cut at the first comma ("…有效补充 由于社会发展的不平衡"), space included; the
// site's "它的意思" (for 意义) stays. 15's "2023——2024" line above the title is the page's period label, not part of the
// speech's name: it is dropped, but it cannot be listed as noise because the body says "2023——2024年度"; the speech has
// no salutation and no numbered points in the capture; the stray space and the wrong quotation mark stay. 16's "(房子装修
// 开工主人讲话)" is the site's reworded search phrase appended to the title (like a collection tag), so it is noise and the
// title is "装修房子开工讲话"; the one-line body stays one paragraph (no breaks invented); its only sequence word is
// "最后," with no 首先 before it, and the "——" is inside a sentence, so there is no outline. 17 and 18 are written
// narration and reporting: no speech, title informational (the chapter's name, the post's headline).
// All private people's, communities', associations' and small places' names are fictional (桂川县, 清川, 临溪市东城区柳河,
// 和园慈善义工协会, 岭溪镇朝阳社区, the volunteers and the novel's characters); the sites' furniture is as found.
// Looked for and not found on a new host: a 邻里节/邻居节 致辞 or 主持词 (the pages corpus answers with news items; the
// template pages are on used hosts: lsjse, stra, heiqu-as-liuxue86); a 物业公司 年会 or 表彰大会 讲话 with numbered points
// (only news items, gemdale-pm.com among them, and used hosts: xywygl, helloknj, mingyanjiaju); a 网格员 培训 讲话 (wentop,
// 360docs, cooco, bfdj6688 are used or twins); a 业主大会/业委会 讲话 (xiexiebang, dawenge, meidekan, qdfww are used); a
// traditional-script mirror of a community speech (0312yh, 5728338, szftgk, zgwdxh are used or twins); a third speech with
// numbered points on a new host — so only 13 and 14 carry an outline.
// Template twins set aside: bfdj6688.com ("/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo), m.sunshinestudy.com
// and puma08.com (the ruiwen-style "無論是身處學校還是步入社會…" promo and the 千文網 promo of round 30's emploneer),
// yjg.heiqu.com (liuxue86's "…请点击出国留学网查看" promo), wenshu.52jianpu.com ("时间:… 公开信 我要投稿" meta of the
// haikao/gaozihui family), bbs.ichuyou.cn, bbs.machineinfo.com.cn and bbs.shfzb.com ("/jxfw/<yyyymm>/" twins of jjcmw),
// www.tmdps.cn (xiexiebang's "/a9/<date>/<hash>.html" pages), zgwdxh.com (uv63h8's "導語:…一文來源于網友上傳" template),
// www.shenzhouzhonghe.cn (kmjg's "/fanwendaquan/gongwenfanwen/" pages), www.taodocs.com (m.taodocs.com is used) and
// m.163.com (the host grep over earlier specs finds "@163.com").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FW_PAGE_TITLE = '组建志愿者服务队动员大会讲话稿';
const FW_DATE = '时间:2024.4.20';
const FW_TITLE = '桂川县组建志愿者队伍动员大会上的讲话';

const HY_YEARS = '2023——2024';
const HY_TITLE = '“和园慈善义工协会”成立“六周年”表彰会的总结讲话';

const XZ_ALT = '(房子装修开工主人讲话)';
const XZ_TITLE = '装修房子开工讲话';

export const specs = {
  '13-jianghua-tudiao-shequ-ganbu-peixunban-no-title-glued-salutation-yi-paren-yi': {
    source: 'http://tudiao.com/a/2305/2240040.html',
    kind: 'speech: 讲话 (a district leader opening a training class for community cadres after the community 两委 elections)',
    tests: 'no title and no site noise: the capture opens "同志们:今天,…" with the salutation glued to the first sentence; a line break after "举办这期培训班的目的是:"; censoring placeholders "***总书记“”讲话精神"; "…讲三点意见:" then a standalone "一、…。" heading line ending in a full stop; a block "(一)…。" paragraph with ASCII parentheses whose first sentence is its text; a figure the site dropped ("将基本建成平方公里的"); cut mid-word ("一个重要部")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '统一思想,充分认识本次培训班的重要意义' },
      { level: 2, marker: '(一)', text: '举办这期培训班,是清川推进城市化战略、统筹城乡发展的现实需要' },
    ],
  },
  '14-jianghua-fanwen118-zhiyuanfuwudui-dongyuan-page-title-date-doc-title-pagenum-yi-1-2-3': {
    source: 'https://www.fanwen118.com/info_38/fw_5154034.html',
    kind: 'speech: 讲话 (a county leader at a 动员大会 founding volunteer service teams; document page)',
    tests: 'the site\'s page title "组建志愿者服务队动员大会讲话稿" (a different wording from the document\'s name), a "时间:2024.4.20" line, then the document\'s own title; blank lines between all lines; "同志们:" and "大家好!" on their own lines; "XXX部长" placeholder; "一、" heading line; "1、"/"2、" heading lines after "…以下几个方面:"; a PDF page number glued to a word split over the page break ("的集 1" / blank line / "体表现"); "3、<heading> <body>" on one line joined by a space; cut mid-sentence ("来自政府")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_PAGE_TITLE, FW_DATE, '的集 1'],
    replace: [['集 1\n\n体表现', '集体表现']],
    dropLines: [FW_PAGE_TITLE, FW_DATE, FW_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '组建志愿服务队的目的和意义' },
      { level: 2, marker: '1、', text: '志愿服务是社会文明的标志' },
      { level: 2, marker: '2、', text: '志愿服务是奉献社会的平台' },
      { level: 2, marker: '3、', text: '志愿服务是政府和社会对弱势群体关怀的一种有效补充 由于社会发展的不平衡' },
    ],
  },
  '15-jianghua-yhtxygxh-yigong-xiehui-biaozhang-year-line-no-salutation-space-quote': {
    source: 'http://www.yhtxygxh.com/?370.html',
    kind: 'speech: 讲话 (the chairman of a charity volunteers\' association at its sixth-anniversary awards meeting)',
    tests: 'a bare period line "2023——2024" above the title (its text recurs in the body, "2023——2024年度"); the title with quoted names ("“…义工协会”成立“六周年”表彰会的总结讲话"); no salutation, "大家上午好," opening the first paragraph; a stray space before "向"; a wrong-way quotation mark closing a quoted list ("…养老中心“等地"); two long paragraphs with lists of volunteers\' names and award names; no numbered points; cut mid-sentence ("还多次到一些")',
    isSpeech: true,
    title: HY_TITLE,
    noise: [],
    dropLines: [HY_YEARS, HY_TITLE],
    outline: [],
  },
  '16-jianghua-xzmen-xiaoqu-zhuangxiu-kaigong-paren-alt-title-oneline': {
    source: 'https://xzmen.cc/pCE1t7zlqP33.html',
    kind: 'speech: 讲话 (a residential compound\'s management committee speaking to residents and workers at the start of a renovation)',
    tests: 'the title followed by a reworded search phrase in parentheses "装修房子开工讲话(房子装修开工主人讲话)"; the salutation "各位居民、尊敬的工作人员:" and the whole speech on one line, paragraphs separated by single spaces; a quoted classical line; a "——" inside a sentence; a sentence fragment left by the site ("一次成规模的装修项目。"); "最后,…" with no 首先 before it; closing "谢谢大家!"',
    isSpeech: true,
    title: XZ_TITLE,
    noise: [XZ_ALT],
    replace: [[XZ_TITLE + XZ_ALT, XZ_TITLE]],
    dropLines: [XZ_TITLE],
    outline: [],
  },
  '17-novel-dingtieji-wuye-jiufen-crumb-chapter-quoted-shouxian-diyitiao-not-speech': {
    source: 'http://dingtieji.cn/txt/kzskzz/ujvksunv.shtml',
    kind: 'non-speech: novel (a chapter in which a county head mediates between residents and a property company)',
    tests: 'a reading site\'s glued breadcrumb with the chapter heading "顶贴记>都市>正义的使命 > 第667章 据理力争"; indented lines with blank lines between; an official\'s quoted opening ("今天把你们叫来,就是要把问题解决掉。…"); a residents\' representative "代表九号楼的全体业主" reading out complaints in short lines ending with semicolons; a manager\'s quoted "首先,我就第一条物业收费标准做个说明。" and quoted rebuttals — narration, not a speech',
    isSpeech: false,
    title: '据理力争',
  },
  '18-news-mala-forum-chongyang-lianyihui-shuji-quoted-poem-not-speech': {
    source: 'https://bbs.mala.cn/thread-16548698-1-1.html',
    kind: 'non-speech: news report (a forum copy of a town news item on a community elders\' association\'s 重阳节 gathering)',
    tests: 'forum chrome: site name "麻辣社区", a hot-topic bar, "阅读: 9764|评论: 0", the headline with a "[梨乡新闻]" column tag, "[复制链接]", "发表于 … | 显示全部楼层 |阅读模式"; indented report lines; the community secretary\'s words given in the third person ("罗书记首先讲话", "罗书记说:…", "罗书记动情地说:…", "最后,罗书记用一首诗…") and a quoted four-line poem; a bare "老协理事长" line where the capture ends — a news report, not a speech',
    isSpeech: false,
    title: '朝阳社区老协举办重阳节联谊会',
  },
};
