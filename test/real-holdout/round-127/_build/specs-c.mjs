// Gold specs for holdout round 127, part C (cases 13–18): research institutes and laboratories (重点实验室 揭牌, 研究院
// 成立, 科研院所 工作会议, 学术委员会/院士会议, 学术年会 — and their look-alikes).
// Four spoken pieces: 13, 胡适's 讲话 at the first 院士会议 of the 中研院, as a chapter on a novel site (tzwxs.com, 天竺小说网):
// a "日排行周排行月排行日推荐周推荐月推荐" bar, a breadcrumb "天竺小说网>胡适谈治学>第56章 …" ending in the chapter's name, a
// chapter heading with a "(第1页)" page tag, then the chapter's name with "第56章" glued before the title (no space), the
// salutation "主席、诸位院士先生、诸位来宾:", editorial brackets "[讲话]" "[地方]", "第一届" inside the title only, cut
// mid-sentence ("有胆量") — it tests the chapter numbering cut off a glued title and a title taken from a heading line;
// 14, 胡适's 致词 on taking office as 院长 of the "中央研究院", on a traditional-script book mirror
// (big5.jingpinshucheng.com): no page noise at all and no title or salutation line, the document opening "我很感謝…只講幾分鍾的話"
// in the first person; the mirror's conversion slips (隻, 鍾, 曆史) and editorial brackets "[華氏]" "[度]" "[新]" kept;
// "——" twice inside paragraphs (not a dash point); cut mid-sentence ("在去年十二月派") — it tests that a bare traditional
// speech is kept whole with an empty title; 15, the 中国科协 致辞 at the opening of its 年会 on a forum-like page
// (bbs.huanbaoxinwen.com, "/jxfw/" column): no title line, the salutation "尊敬的各位来宾、专家学者、同仁朋友们:", "大家好!",
// six body paragraphs and "谢谢大家!" — the whole speech inside the capture, no noise, no numbered points; 16, 钱学森's remarks on
// how to run 学术会议, reprinted by a science portal (cloud.kepuchina.cn) at a later 科协年会: a two-line editorial lead (the
// 年会's dates and theme, "让我们一同重温钱学森讲话中的相关内容→") — the site's, as a "以下为…的讲话" lead is — then an
// editor's subhead "学术活动要有清晰的目的" and the speech in the first person ("我没有全面调查", "我在美国加州理工学院…"),
// cut mid-sentence ("它究竟对学术").
// Two written look-alikes: 17, a 人民日报客户端 report of the 辽宁实验室 揭牌仪式 on a news aggregator (zgrwj.com): a menu bar
// "网站首页 世界资讯 国内新闻 …", the headline, a date/来源/作者 line, the lead, then the headline and the lead printed a second
// time, "省长李乐成讲话并揭牌", and the governor's words told in the third person ("他说,…") — a report, not a speech; 18, a
// traditional-script report of an academy president's visit to a 全国重点实验室 (www.yuen-spro.com, a VSB "/info/…/….htm"
// page): conversion slips with pinyin after characters ("產(chǎn)", "學(xué)", "調(diào)研"), no headline inside the capture, and
// "提出三点要求:一是要…。二是要…。三是要…。" — a run of inline points after full stops, but inside a third-person report, so
// no outline.
// Judgement calls: 13's title is the chapter's name without "第56章" (piece numbering, as "第1篇" in round 4's 09); the bar, the
// breadcrumb, the "(第1页)" heading and the glued title line are dropped, with "天竺小说网", "(第1页)" and "第56章" listed again as
// short parts. 14 and 15 have no title line, so their titles are "" (no title is made up from the chapter list or the URL),
// and no noise. 16 is a speech page (the document is the excerpted speech; the two lead lines are the portal's, cut as noise
// with the "→" line's distinctive part listed again); the editor's subhead stays as a body paragraph (it heads the excerpt as
// printed, like a subtitle), and the title is "" (the lead only names the speech). No speech here carries a numbered point:
// 13–16 have no outline (13's "第一届" is a name, 14's "——" stand inside paragraphs). 17 and 18 are written, not speeches.
// Historical and public figures (胡适 and the people he names, 钱学森, 庄逢甘, 冯·卡门, 张国清, 李乐成, 崔国輝, 陳松林) keep their
// names; the reporter of 17 and the institute officials of 18 were given fictional names; all prose was rewritten.
// Looked for and not found on a new host: a 重点实验室 揭牌 致辞 or 讲话 with 一是/第一/一、 points (the corpus answers with
// news reports: emct.ucas.ac.cn, 87flash.com, antpedia.com, hopebibleinst.com, dgtjauto.com; xiaomilidoc's 中心揭牌 讲话 and
// m.7rdy.cn's 院士工作站 揭牌 讲话 with 首先 points stand on used hosts); a 研究院 成立大会 讲话 (51-express.com's traditional
// 贺词 and m.guancha.cn's 致辞 are used; nkiie.nankai.edu.cn is a college of the used nankai.edu.cn); a 科研院所 年度工作会议
// 讲话 (only third-person reports: lanxer.cn, franciscogomes.com, sia.cn, wxredian.com; m.wenke99.com's 路甬祥 讲话 viewer is
// used); a 学术委员会 会议 讲话 (only reports: freekaoyan, yleps.net, sciencenet news); a 文库 or docx viewer of any of these
// on a fresh host. So none of the four speeches carries numbered points. The theme's look-alike "a 实验室 简介" turned up only as
// a blog post (huludao.me, 1.–4. list) and a 管理办法 title stub (beijing.baogaosu.com), both too thin; two reports were taken.
// Template twins set aside: www.zi5.net (the same "登陆注册 / <id> / 第N章 …" book reader as the used dushuhao.com, with the
// same 胡适 chapters), zh.wikisource.org (the used zh.m.wikisource.org's desktop site), the adult-keyword spam mirrors of
// institute news (87flash.com, qjsabbmu.com, hfzxmc.com, christinacarlisle.com: the spam-mirror kind seen many times).
// Fresh but not taken (a third report was not needed): jiyikeji.com (a traditional repost of an institute's 60th anniversary
// news), emct.ucas.ac.cn (a report quoting a 致辞's "四点希望:一是…;二是…" after semicolons).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TZ_BAR = '日排行周排行月排行日推荐周推荐月推荐';
const TZ_CRUMB = '天竺小说网>胡适谈治学>第56章 在中研院第一届院士会议上的讲话';
const TZ_HEAD = '第56章 在中研院第一届院士会议上的讲话(第1页)';
const TZ_TITLE_LINE = '第56章在中研院第一届院士会议上的讲话';

const KP_LEAD1 = '第二十七届中国科协年会于7月1日—31日在北京集中举办,主题为“示踪科技前沿 助力创新发展”。本届年会强化服务国家战略导向、全面回归学术本源、实现再次转型升级,以期让科技工作者将全部精力放在学术交流本身,全身心投入学术研讨。';
const KP_LEAD2 = '怎样开好学术会议?中国科协原主席钱学森就已经多次谈到过了。在此次年会召开之际,让我们一同重温钱学森讲话中的相关内容→';

export const specs = {
  '13-jianghua-tzwxs-hushi-yuanshi-huiyi-novel-crumb-page1-heading': {
    source: 'https://tzwxs.com/xinwen/3130400/51742409.html',
    kind: 'speech: 讲话 (胡适 at the first 院士会议 of the 中研院; a chapter of a book of his talks on a novel site)',
    tests: 'a novel site\'s ranking bar "日排行周排行月排行日推荐周推荐月推荐"; a breadcrumb "天竺小说网>胡适谈治学>第56章 在中研院第一届院士会议上的讲话" ending in the chapter\'s name; a chapter heading with a page tag "(第1页)"; the title line with the chapter number glued before it and no space ("第56章在中研院…"); the salutation "主席、诸位院士先生、诸位来宾:"; the speaker\'s "兄弟" for I; editorial brackets "[讲话]", "[地方]"; "第一届" only inside the title (no marker); no numbered points; cut mid-sentence ("有胆量")',
    isSpeech: true,
    title: '在中研院第一届院士会议上的讲话',
    noise: [TZ_BAR, TZ_CRUMB, TZ_HEAD, '天竺小说网', '(第1页)', '第56章'],
    dropLines: [TZ_BAR, TZ_CRUMB, TZ_HEAD, TZ_TITLE_LINE],
    outline: [],
  },
  '14-zhici-jingpinshucheng-big5-jiuren-yuanzhang-no-title-no-noise': {
    source: 'https://big5.jingpinshucheng.com/book/173897/278.html',
    kind: 'speech: 致词 (胡适 on taking office as 院长 of the "中央研究院"; traditional-script book mirror)',
    tests: 'a traditional-script mirror page holding only the text: no title, no salutation, no page noise; the first line speaks in the first person ("我很感謝…隻講幾分鍾的話,表示我正式接下…院長的職務"); the mirror\'s conversion slips (隻, 鍾, 曆史) and the editorial brackets "(濟之)", "[華氏]", "[度]", "[新]" kept; "——" twice inside paragraphs (not a dash point); quoted "中央研究院" and "總統" throughout; one long last paragraph cut mid-sentence ("在去年十二月派")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-zhici-huanbaoxinwen-kexie-nianhui-no-title': {
    source: 'http://bbs.huanbaoxinwen.com/jxfw/202506/257223.html',
    kind: 'speech: 致辞 (the 中国科协\'s welcome at the opening of its 年会; a forum-like 精选范文 page)',
    tests: 'no title line and no page noise: the capture opens with the salutation "尊敬的各位来宾、专家学者、同仁朋友们:" and "大家好!"; six body paragraphs ("作为…", "当前,…", "同时,…", "在这个过程中,…", "各位同仁,朋友们!…"); the closing "谢谢大家!" inside the capture; quoted slogans; "第十二届" and "第一动力" are no markers; no numbered points',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-jianghua-kepuchina-qianxuesen-xueshu-huiyi-editor-lead-subheads': {
    source: 'https://cloud.kepuchina.cn/newSearch/imgText?from=1&id=7339378311111659520&is_self=2',
    kind: 'speech: 讲话 (钱学森\'s remarks on running 学术会议, reprinted by a science portal with an editorial lead)',
    tests: 'a two-line editorial lead (the later 年会\'s dates and quoted theme, "怎样开好学术会议?…让我们一同重温钱学森讲话中的相关内容→") before the speech — the portal\'s, not the speech; an editor\'s subhead "学术活动要有清晰的目的" on its own line; the speech in the first person with a quoted question inside a paragraph, named public figures (庄逢甘, 冯·卡门) and exclamations ("这不就是总结嘛!怎么说外国人没有呢!"); no title of the speech itself; cut mid-sentence ("它究竟对学术")',
    isSpeech: true,
    title: '',
    noise: [KP_LEAD1, KP_LEAD2, '让我们一同重温钱学森讲话中的相关内容→'],
    dropLines: [KP_LEAD1, KP_LEAD2],
    outline: [],
  },
  '17-news-zgrwj-liaoning-shiyanshi-jiepai-menu-headline-twice-not-speech': {
    source: 'https://zgrwj.com/news/gn/20220906/19588.html',
    kind: 'non-speech: news report (a 人民日报客户端 report of the 辽宁实验室 揭牌仪式, on a news aggregator)',
    tests: 'a menu bar "网站首页 世界资讯 国内新闻 滚动 …"; the headline; a "2022-09-06 08:51:56 来源:人民日报客户端 作者:…" line; the lead, then the headline and the lead printed a second time; "省长李乐成讲话并揭牌" and the governor\'s words reported in the third person ("李乐成代表省委、省政府…表示祝贺", "他说,…") — a report, not a speech; cut mid-sentence ("着力提升")',
    isSpeech: false,
    title: '辽宁实验室举行揭牌仪式',
    noise: [],
    outline: [],
  },
  '18-news-yuenspro-big5-pinyin-zhongdian-shiyanshi-diaoyan-yishiyao-not-speech': {
    source: 'http://www.yuen-spro.com/info/1049/72012.htm',
    kind: 'non-speech: news report (an academy president inspects a 全国重点实验室\'s building works; traditional-script VSB page)',
    tests: 'no headline inside the capture (it opens "5月30日,…"); traditional script with the conversion\'s pinyin after characters ("水產(chǎn)科學(xué)", "設(shè)備", "調(diào)研"); the officials in the third person; "崔國輝院長提出三點要求:一是要站穩政治立場。…二是要緊盯主責主業(yè)。…三是要突出創(chuàng)新引領(lǐng)。…" — inline points after a colon and full stops inside a report, so no outline; a closing sentence on the visit\'s meaning — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
