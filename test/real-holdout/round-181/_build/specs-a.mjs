// Gold specs for holdout round 181, part A (cases 01–06): school holidays and safety (寒假/暑假 前 安全教育, 放假 前 国旗下
// 讲话, 散学典礼/休业式 讲话, 假期 安全 — their 讲话 and 国旗下讲话, and their look-alikes: a holiday letter to students, a
// news report of a holiday-safety flag-raising, a 致家长的一封信).
// Three spoken pieces (a seventh-grade class's 国旗下讲话 before the New Year holiday on a middle school's site (xx22z.com,
// "/newsinfo/<id>.html"): the headline `"元旦将至,文明庆祝,安全过节" ——七年级十三班国旗下的讲话` (a theme in ASCII quotes and a
// dash subtitle naming the class and the genre), a "发布时间:2017-12-11    浏览:610次" meta line, two blank lines, no
// salutation, "岁首***天" where the site's word filter starred out "第一", lines with two trailing spaces, a paragraph that
// lost its full stop, four block points "(1)"…"(4)" (one indented by a space, two ending in ";", one with no end mark, one
// whose first sentence runs past 50 characters), then a second run "1. "…"4. " after "下面我就给同学们讲几条安全注意事项。",
// cut mid-sentence in 4.; a principal's 寒假休业式 讲话 on a 范文 site (m.juzimm.com, "/jiaoxuefanwen/xuexiaolingdaojianghuagao/
// <date><id>.html"): a crumb "首页 > 教学范文 > 学校领导讲话稿", the title, the contributor's net name "安凯通讯" on its own line,
// a "【简介】感谢网友“安凯通讯”参与投稿,下面就是小编给大家整理的…(共19篇),希望您能喜欢!" promo, a piece heading
// "篇1:寒假休业式校长讲话稿" carrying the title, the salutation glued to "大家好!", the site's space before every 篇章
// ("自豪的 篇章"), "20xx" placeholders, a template blank "此处添加学校成绩„„" with a mis-encoded ellipsis, cut mid-word
// ("走进校"); a school 讲话 before the 清明 holiday on a traditional converter mirror (zhanmusi.cn, "/jianghuagao/<id>.html"): no title in
// the capture, the salutation "各位老師、各位同學(xué):!" with a stray "!" after the colon, toned converter pinyin after
// 學/來/國/統/節/實/個/區/時/點/樹/過/見/關/結/進/動/風/說/現/會/發/類/產/農 (all their occurrences), the converter's simplified leftovers
// (后, 于), a backtick glued inside "重合的`節(jié)日", cut mid-sentence) and three written look-alikes (a university's Mid-Autumn
// and National Day message to its students on a hijacked copy of its site (hejinjingmiguan.com, "/info/1103/<id>.html"):
// "亲爱的同学们:" on the first line, first person plural ("让我们同庆…"), the betting brand "必赢官网8873" standing where the
// university's name stood inside a document title, "(见“今日校园”APP通知)", the date "2023年9月28日" as its last line, no title
// — a written holiday message (寄语) that tells the students to read a notice, not a speech; a vocational college
// department's news item (jxgzlg.com, "/2026/teaching_of_0120/<id>.html"): a crumb "您的位置:首页 >教学动态 >", the headline
// "筑牢安全防线 护航快乐寒假", "发布时间: 2026-01-20 14:51:00", paragraphs indented with seven spaces, a correspondent's
// byline in brackets, the director's 国旗下讲话 reported in the third person ("他围绕…提出具体要求:…"), a source footer
// "文源/数字与现代教育系" after two blank lines — a news report, not a speech; a school's 暑假 致家长的一封信 (gzzfzx.cn,
// "/xwzx/gj/<date>/<date>_<id>.shtml"): "尊敬的家长朋友:您好!" on one line, heading lines "一、放暑假及下学期开学时间" and
// "二、放假安全注意事项", "1. 2016年…" items with a space and "1.严防溺水事故。…" items without — a letter, not a speech
// (empty outline although it is numbered); cut mid-word ("不良网络游")).
// Judgement calls: 01's title is the headline as printed, quotes and dash subtitle included: it is the page's only title
// line and names the genre in its subtitle (as round 134 case 02 took its only headline; the shared corpus keeps a subtitle
// after a colon); the "发布时间/浏览" line is meta (noise, with "浏览:610次" listed again as a short part); there is no salutation,
// yet the page is a speech by its title (国旗下的讲话) and speaks to "同学们" ("下面我就给同学们讲…"); "***" is the site's filter
// mark for a banned word and stays in the body like a censor mark (README: text a site censored); "(1)"…"(4)" open
// paragraphs and follow "…引起大家的重视。" → required block points, level 1 (no heading above them); "1."…"4." open the
// following paragraphs after a full stop → required, and level 1 too: the arabic family outranks the bracketed one, so it
// does not nest under "(4)" and opens a second top-level list, which is how a reader takes the two lists (festival rules,
// then travel tips); item texts follow the rules: a line with no sentence end gives the whole line ("(1)", "(3)", "(4)",
// "1.", "2.", "4.", with their closing ";", as round 113 case 04's "1. …;" items), "(2)"'s first sentence is 56
// characters, so its text stops at the first comma ("联欢活动进行时"), "3."'s first sentence is 32 characters. 02: the title
// is the page's own title line; the crumb, the contributor's bare net name under the title (meta, as the shared corpus's
// 28 and 30), the 【简介】 promo (with its head "【简介】感谢网友“安凯通讯”参与投稿" listed again) and
// the piece heading "篇1:寒假休业式校长讲话稿" (a heading that carries the title, as round 4 case 09) are
// noise; the salutation glued to "大家好!" stays glued; the spaces the site put before 篇章 are kept in the body (whitespace, no
// score effect); "此处添加学校成绩„„" is the template's blank and stays with its mis-encoded ellipsis (README: placeholders and
// mis-encoded runs stay); no numbered points in the capture. 03 is a letter, not a speech, although it opens with "亲爱的同学们:"
// and says "让我们": it closes with a date line and no spoken cue, and it sends the students to read a written notice ("请再次
// 认真阅读《…》(见“今日校园”APP通知)") — a 寄语 published for reading (as round 167 case 06's 慰问信 and the 致家长的一封信 of
// earlier rounds); the brand inside the document title is the hijacker's, not the page's genre. 04 is a speech with no title
// line (title "", as round 180 case 01): the salutation and "這個(gè)星期我們就要迎來(lái)…" address the audience; the stray "!" after
// the salutation's colon is the page's own and stays; the pinyin goes by one regexCut (hits listed as noise, as round 180
// case 03); the backtick is a glued anti-copy mark, cut by one replace and listed with its neighbours ("重合的`節(jié)日", as the
// shared corpus lists glued single characters); no numbered points. 05 tells the flag-raising in the third person (the
// correspondent's byline, "冯立群主任走上讲台作国旗下讲话。他…提出具体要求") — a news report; 06's 一、/1. items are a letter's
// schedule and rules — no outline. Names of private people (the correspondent and the director in 05) were replaced by
// fictional ones; the prose was rewritten (the traditional page in traditional characters, pinyin put back on the same
// characters in all their occurrences).
// Looked for and not found on a new host: a 寒假前 安全教育 讲话 with 1、2、/一、 points (99fanwen.cn, kkjlw.com, m.wenke99.com,
// m.1wenmi.com, m.78911.com.cn, lovfp.com, wuhaninfo.cn, aihuau.com, xszwdq.com, m.xuexila.com, jianligu.com, weilaioem.com are
// used hosts; 4218.cn is a template twin, below); a 散学典礼 讲话 or 主持词 (wendang.net, wenmijiayuan.com, lxs.net, zuowenba.net,
// chuangrenyuanyi.com, m.hbshangdie.cn, m.xuewenya.com, 3du.tw, m.wenke99.com are used, m.ruiwen.com shares ruiwen.com with the used teacher.ruiwen.com); a 假期安全 主题班会 主持词
// (78911.com.cn, zgxue.com, m.niushuan.com are used); a county official's 暑期/寒假 学生安全 工作会议 讲话 with 一、/（一） headings
// (gongwenku1.com, xiezuofangchengshi.com, 6dgww.com, bimoxiezuo.com, yunko.cn, huangminedu.com.cn, taowenge.com are used); a
// 寒假/暑假 文库 viewer page of a speech (m.1wenmi.com, taowenge.com, m.docduoduo.com, m.bdocx.com, m.zixin.com.cn are used); a
// traditional 國旗下講話 on holiday safety other than the drowning speech dropped below (heartjkgl.cn, kkjlw.com,
// crossfitfinalpush.com, uv63h8.cn are used). So only 01 carries numbered points (eight, in two runs).
// Template twins considered: 4218.cn ("/shiyongwendang/yanjianggao/anquanyanjiang/<id>.html", "…下面是小编为大家带来的…(15篇),
// 希望大家能够喜欢!" after a lead sentence, "…篇1") has the path and promo of the used fanwenbaike.com (round 98 case 03) → dropped;
// qqawq.com (休业式讲话稿: "在不断进步的时代,…以下是小编整理的…,欢迎大家借鉴与参考,希望对大家有所帮助。", the piece heading glued
// to the salutation "休业式讲话稿1亲爱的同学们:", "……此处隐藏22364个字……") carries the promo of round 7's 03 and round 122's 11
// and the template of rounds 8's 05, 14's 15, 176's 01 → dropped; international-pearl.com (a traditional pinyin mirror,
// "/h-nd-<id>.html", of the 珠海北大附属实验学校 site, with a 国际部 drowning-prevention 国旗下演讲 and its English version) mirrors the
// school site zhshbaida.com that round 182 part A claimed, and tnvw.cn mirrors it too → dropped (its claim line 181-A-03 in
// claims181.txt is void; case 03 is hejinjingmiguan.com); ncctac.org (a traditional mirror of a 廊坊 school's 暑假 letter,
// "/index/Article/detail.html?id=<n>") has the path of the used 廊坊 school site lf8ms.com (round 119 case 13) → dropped.
// zhanmusi.cn uses the same pinyin converter as used mirrors (m.hbshangdie.cn, crossfitfinalpush.com) but its capture shares
// no line with a used page (no promo, no "相關推薦" bar) → kept. hejinjingmiguan.com runs the VSB "/info/<col>/<id>.html" CMS
// of many university sites (round 124's 17 karate-usa.com is another hijacked copy) but its brand and lines occur on no used
// page → kept. m.juzimm.com's "【简介】感谢网友…参与投稿" and xx22z.com's meta line occur on no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const XX_TITLE = '"元旦将至,文明庆祝,安全过节" ——七年级十三班国旗下的讲话';
const XX_META = '发布时间:2017-12-11    浏览:610次';

const JZ_CRUMB = '首页 > 教学范文 > 学校领导讲话稿';
const JZ_TITLE = '寒假休业式校长讲话稿';
const JZ_POSTER = '安凯通讯';
const JZ_PROMO = '【简介】感谢网友“安凯通讯”参与投稿,下面就是小编给大家整理的寒假休业式校长讲话稿(共19篇),希望您能喜欢!';
const JZ_PIECE = '篇1:寒假休业式校长讲话稿';

const ZM_TICK = '重合的`節(jié)日';

export const specs = {
  '01-guoqixia-xx22z-yuandan-anquan-quoted-title-dash-class-meta-censored-stars-paren-arabic-two-runs': {
    source: 'https://xx22z.com/newsinfo/1102.html',
    kind: 'speech: 国旗下讲话 (a seventh-grade class on a safe New Year holiday; middle school site)',
    tests: 'the headline `"元旦将至,文明庆祝,安全过节" ——七年级十三班国旗下的讲话` as the title (ASCII quotes, dash subtitle naming class and genre); a "发布时间:2017-12-11    浏览:610次" meta line; no salutation; "岁首***天" (a filtered word, kept); a paragraph with no end mark; trailing double spaces; block "(1)"…"(4)" (one indented, two ending in ";", "(2)" cut at its first comma: 56-character sentence) and a second block run "1. "…"4. " after a full stop, both at level 1 (arabic outranks bracketed arabic); cut mid-sentence in 4. ("做好自我防护")',
    isSpeech: true,
    title: XX_TITLE,
    noise: [XX_META, '浏览:610次'],
    dropLines: [XX_TITLE, XX_META],
    outline: [
      { level: 1, marker: '(1)', text: '在校园里无论何时何地,一律不准燃放烟花、鞭炮或点明火,不准吸烟、饮酒' },
      { level: 1, marker: '(2)', text: '联欢活动进行时' },
      { level: 1, marker: '(3)', text: '各班装扮教室时,不得把难以清洗的彩色喷剂喷在教室内外墙面、门窗和天花板上,不得带入喷雪,喷漆一类物品,所有装饰都要在活动结束后清理干净不留印迹;' },
      { level: 1, marker: '(4)', text: '各班备好大号垃圾袋,活动结束后把本班垃圾装袋统一堆放,不准倾倒零散垃圾;' },
      { level: 1, marker: '1.', text: '出行途中要自觉遵守交通规则,留心过往车辆,防止发生交通意外;' },
      { level: 1, marker: '2.', text: '要随时看好自己的财物,重要的证件要妥善收好,不要都放在一个地方,免得带来不必要的损失;' },
      { level: 1, marker: '3.', text: '不要轻易相信陌生人,提防各种骗局,务必保证自己的人身安全不受伤害' },
      { level: 1, marker: '4.', text: '外出游玩要事先了解当地的治安状况和风土人情,自觉遵守景区的各项管理规定,做好自我防护' },
    ],
  },
  '02-jianghua-juzimm-hanjia-xiuyeshi-crumb-poster-jianjie-promo-pian1-title-heading-spaced-pianzhang-placeholder': {
    source: 'https://m.juzimm.com/jiaoxuefanwen/xuexiaolingdaojianghuagao/20231218269291.html',
    kind: 'speech: 讲话 (a principal at the closing ceremony of the autumn term before the winter holiday; 范文 site, collection)',
    tests: 'a crumb "首页 > 教学范文 > 学校领导讲话稿"; the title; the contributor\'s net name "安凯通讯" alone on a line; a "【简介】感谢网友“安凯通讯”参与投稿,下面就是小编给大家整理的…(共19篇),希望您能喜欢!" promo; a piece heading "篇1:寒假休业式校长讲话稿" carrying the title; the salutation glued to "大家好!"; the site\'s space before 篇章 ("自豪的 篇章", twice); "20xx" placeholders; a template blank "此处添加学校成绩„„" with a mis-encoded ellipsis (kept); no numbered points; cut mid-word ("走进校")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [JZ_CRUMB, JZ_POSTER, JZ_PROMO, '【简介】感谢网友“安凯通讯”参与投稿', JZ_PIECE],
    dropLines: [JZ_CRUMB, JZ_TITLE, JZ_POSTER, JZ_PROMO, JZ_PIECE],
    outline: [],
  },
  '03-jiyu-hejinjingmiguan-zhongqiu-guoqing-xiaochangjia-letter-salutation-date-casino-brand-not-speech': {
    source: 'https://hejinjingmiguan.com/info/1103/20579.html',
    kind: 'non-speech: 节日寄语 (a university\'s Mid-Autumn and National Day message to its students, with holiday safety reminders; hijacked copy of its site)',
    tests: '"亲爱的同学们:" on the first line and "让我们…" (looks like a speech); no title; the betting brand "必赢官网8873" where the university\'s name stood inside a document\'s title; "(见“今日校园”APP通知)"; the students told to read a written safety notice; a date line "2023年9月28日" closing the page — a written holiday message, not a speech; the whole stored page (631 characters)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-jianghua-zhanmusi-big5-pinyin-qingming-fangjia-no-title-salutation-colon-bang-backtick': {
    source: 'http://zhanmusi.cn/jianghuagao/318830.html',
    kind: 'speech: 讲话 (to teachers and pupils before the Qingming holiday; traditional converter mirror)',
    tests: 'traditional script; no title in the capture; the salutation "各位老師、各位同學(xué):!" with a stray "!" after the colon (kept); toned converter pinyin after 學/來/國/統/節/實/個/區/時/點/樹/過/見/關/結/進/動/風/說/現/會/發/類/產/農 in all their occurrences (one regexCut); simplified leftovers 后/于; an em dash "—清明節(jié)"; a backtick glued inside "重合的`節(jié)日" (replace); "10℃"; quoted sayings; no numbered points; cut mid-sentence ("晉文公為懷念介子推")',
    isSpeech: true,
    title: '',
    noise: [ZM_TICK],
    replace: [[ZM_TICK, '重合的節(jié)日']],
    regexCut: [PINYIN],
    outline: [],
  },
  '05-news-jxgzlg-hanjia-anquan-shengqi-yishi-crumb-meta-indent-reported-guoqixia-source-footer-not-speech': {
    source: 'http://www.jxgzlg.com/2026/teaching_of_0120/940.html',
    kind: 'non-speech: news report (a college department\'s winter-holiday safety flag-raising; college site)',
    tests: 'a crumb "您的位置:首页 >教学动态 >"; the headline "筑牢安全防线 护航快乐寒假"; "发布时间: 2026-01-20 14:51:00"; paragraphs indented with seven spaces; a correspondent\'s byline in brackets; the director\'s 国旗下讲话 reported in the third person ("他围绕…提出具体要求:…" with its points run together after a colon); a source footer "文源/数字与现代教育系" after two blank lines — a report, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-xin-gzzfzx-shujia-zhi-jiazhang-glued-greeting-yi-er-arabic-items-not-speech': {
    source: 'http://gzzfzx.cn/xwzx/gj/20220716/20220716_384928.shtml',
    kind: 'non-speech: 致家长的一封信 (a school\'s summer-holiday letter to parents; reposted on an unrelated site)',
    tests: '"尊敬的家长朋友:您好!" on one line (looks like a salutation); no title; heading lines "一、放暑假及下学期开学时间" and "二、放假安全注意事项"; "1. 2016年…" items with a space and "1.严防溺水事故。…" items without; a term schedule with en-dashed grade ranges ("1—6年级") — a letter, not a speech (empty outline although numbered); cut mid-word ("不良网络游")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
