// Gold specs for holdout round 39, part b (cases 07–12): blogs, forums, Q&A pages and personal home pages that carry
// speeches (any topic). Three spoken pieces (a district education bureau's 讲话 opening a 校本教研 showcase, printed as the
// answer on a Q&A compilation page (gwjnpx) under its question line "㈠ 教育局长在校本教材评审会上的讲话稿如何写" — the
// question numbered with the parenthesised ideograph ㈠ (U+3220), a look-alike of a (一) heading — then the speech's own
// two-line title, the salutation, a courtesy "首先," paragraph, cut mid-sentence; a retired teacher's 发言稿 for his class's
// 50th-anniversary reunion, written in free verse and posted on a teachers' Discuz forum (jszywz) in its printable view:
// "标题:/作者:/时间:" label lines each on a line of their own, the thread title with the author's name glued after a space
// ("拟在一个聚会上的发言稿 周汉青") twice, "[打印本页]", a "本帖最后由 … 编辑" line, the title and the bare author name again,
// the author's one-paragraph preface to the forum readers, the verse, a date line "2005年8月", and the Discuz footer
// "欢迎光临 教师之友网 (http://jszywz.com/)" / "Powered by Discuz! X3.1"; a calligraphy society's outgoing convener reporting
// to the members at their fifth annual meeting, on a calligrapher's personal portal (9610): a nav bar printed one item a line
// with "|" lines between ("当代书坛 | 书法组织 | … | 更多"), the title tagged "(摘要)", the speaker's bare name, three photo
// captions, then "各位社员:" and two long paragraphs of society news, cut mid-word ("对艺")) and three written look-alikes (a
// class web page's letter to classmates after an 18-year reunion (twister.caps.ou.edu, a university-hosted personal page)
// that opens "我的各位亲同学:" / "大家好!" and jokes in the first person, but names itself at the cut as a written 体会
// ("让我写一写同学聚会的----我的体会"); a Discuz forum's serialized novel chapter (qiaoxian) under login links, a line of
// replica-watch spam, "查看: 2989|回复: 0", a "[小说] …连载(六):《林副镇长的肺腑之言》" thread title and the poster card line
// "<poster> 发表于 … | 只看该作者 回帖奖励 |倒序浏览 |阅读模式", in which a town party secretary opens a meeting in quotes;
// a cycling association's annual-meeting report posted on a county forum (pzrex) under "作者: 晓岭情怀", with a photo caption
// "晚会签到现场工作人员!", guest lists and "讲话 … 总结报告" told in the third person).
// Judgement calls: 07's question line is the Q&A page's (noise, listed whole); the speech's own title is its two lines
// joined ("积极创建…基地 丰富禅城区…的内涵", a main title wrapped over two lines, dropped, not listed); the lone block "首先,"
// courtesy paragraph is an optional level-1 point (no 其次 follows in the capture; its first sentence is longer than 50
// characters, so the item text is cut at the first comma); "南岗三中与南岗小学" and the other school names are prose. 08 is a
// speech by its title (发言稿), though in verse and never delivered; the thread-title line with the glued author name, the
// bare author line "周汉青" under the title (a poster's name, no subtitle) and the author's preface to the forum readers
// ("2009年夏,…今借守言兄的网站献拙 ,聊寄…情分。", the lead above the document, as a press page's lead) are noise; each verse
// line stays a paragraph of its own (the page's line breaks, no hard wrap to join); the date line "2005年8月" under the verse is
// the piece's own and stays. 09 is a speech: a report delivered to the members at their meeting, opening "各位社员:" and
// speaking to them in the first person (as round 34's 09, a spoken report under a written genre's name); "(摘要)" is the
// publisher's tag and is dropped from the title and listed; the speaker's bare name under the title and the three photo
// captions are the page's; the nav items are listed one by one (each "|" line is dropped, not listed). 10 is not a speech:
// the salutation and "大家好!" open a letter written for the class page after the reunion ("让我写一写…我的体会") — a
// written 体会, not words for an audience. 11 is a novel chapter on a forum (the secretary's words are quoted narration).
// 12 is a written report of a meeting. All private people's, schools' and small places' names are fictional (the
// posters' names in 08 and 11 too; the handle 晓岭情怀 is kept); 07 keeps the district's name, which the title prints.
// Looked for and not found on a new host: a forum- or blog-posted 讲话 with 一、/(一)/一是/第一, inside the captured text
// (forum and blog pages in the corpus answer with novels, guides or the laomiw/caiyes forum family; the numbered speeches
// found were on 范文 farms or school CMSs); a Q&A answer that explains how to write a 讲话稿 on an unused host (w.sf024,
// uczhidao, hjuga, m.newhan, 416w, wx.lx5188 and the laomiw/caiyes threads are used); a 贴吧 or 新浪博客-style page (blog.sina
// is used). Only 07 carries a numbered point (an optional one). Template twins set aside: 413yy.cn (a reunion speech under a
// blogger's lead line, on the "/a/251010NN/<id>.html" farm of round 6's aihuau.com); 39.103.169.235 (a 简书 mirror, twin of
// the used reibang.com); m.tmwt.com (the "书城… / <chapter id> / 第N章" book-chapter template of round 34's nuoha);
// specficcolloquium.com and xiebitongdao.com ("/index/article/detail/detail_id/" twins); m.onefj.com (a 360doc
// "article/<uid>_<id>" mirror); metronews., jlzddfinance., cywglfh., xaluhjiuyi. and kqupqfinance.caiyes.cn (mirrors of the
// used laomiw/caiyes forum).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GW_QUESTION = '㈠ 教育局长在校本教材评审会上的讲话稿如何写';
const GW_TITLE_1 = '积极创建优秀以校为本教研制度建设基地';
const GW_TITLE_2 = '丰富禅城区教育现代化示范区的内涵';

const JS_SITE = '教师之友网';
const JS_LABEL_TITLE = '标题:';
const JS_THREAD = '拟在一个聚会上的发言稿 周汉青';
const JS_PRINT = '[打印本页]';
const JS_LABEL_AUTHOR = '作者:';
const JS_POSTER = '顾守言';
const JS_LABEL_TIME = '时间:';
const JS_TIME = '2011-9-18 14:15';
const JS_EDITED = '本帖最后由 顾守言 于 2011-9-18 14:20 编辑';
const JS_TITLE = '拟在一个聚会上的发言稿';
const JS_AUTHOR = '周汉青';
const JS_PREFACE = '2009年夏,我们1959届江城师院中文系的老同学在南湖山重聚,纪念离校整整五十年。我因事没能赶去,发言却早已备下,心里一直引以为憾。今借守言兄的网站献拙 ,聊寄当年同窗共读的情分。';
const JS_WELCOME = '欢迎光临 教师之友网 (http://jszywz.com/)';
const JS_POWERED = 'Powered by Discuz! X3.1';

const SF_NAV = ['当代书坛', '书法组织', '书法人物', '港澳', '台湾', '韩国', '日本', '更多'];
const SF_TITLE = '在第五次秋水书社年会上的工作汇报';
const SF_TAG = '(摘要)';
const SF_SPEAKER = '季文澜';
const SF_CAPTIONS = ['邵启明当选秋水书社总执事后发言', '季文澜在年会上作工作汇报', '社员在锦丰集团公司前合影'];

export const specs = {
  '07-jianghua-gwjnpx-qa-question-two-line-title-shouxian': {
    source: 'https://www.gwjnpx.com/xinde_47853',
    kind: 'speech: 讲话 (a district education bureau head opening a 校本教研 showcase; the answer on a Q&A compilation page)',
    tests: 'a Q&A compilation page: the question line "㈠ 教育局长在校本教材评审会上的讲话稿如何写" (a parenthesised ideograph ㈠ numbering the question, not a heading; the question names a different meeting) above the answer; the speech\'s own title over two lines ("积极创建优秀以校为本教研制度建设基地" / "丰富禅城区教育现代化示范区的内涵"); the salutation "各位尊敬的专家、领导和老师们:"; a courtesy block "首先," paragraph with no 其次 after it; quoted project and method names; school names in a list; cut mid-sentence ("这些都是学校")',
    isSpeech: true,
    title: GW_TITLE_1 + ' ' + GW_TITLE_2,
    noise: [GW_QUESTION],
    dropLines: [GW_QUESTION, GW_TITLE_1, GW_TITLE_2],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表禅城区教育局', optional: true },
    ],
  },
  '08-fayan-jszywz-discuz-print-verse-preface': {
    source: 'http://jszywz.com/forum.php?action=printable&mod=viewthread&tid=39018',
    kind: 'speech: 发言稿 (a retired teacher\'s words for his class\'s 50th-anniversary reunion, in free verse; Discuz printable view of a teachers\' forum)',
    tests: 'Discuz printable view: site name line, "标题:"/"作者:"/"时间:" labels each on a line of their own, the thread title with the author\'s name glued after a space (twice), "[打印本页]", a "本帖最后由 … 编辑" line, the title and the bare author name again, the author\'s preface to the forum readers with a space before a comma ("献拙 ,"), the speech as short verse lines (each its own paragraph, quoted "六十"/"古来稀", dashes "——"), a date line "2005年8月", and the footer "欢迎光临 教师之友网 (http://jszywz.com/)" / "Powered by Discuz! X3.1"; no salutation; a short page (under 500 characters)',
    isSpeech: true,
    title: JS_TITLE,
    noise: [JS_SITE, JS_LABEL_TITLE, JS_THREAD, JS_PRINT, JS_LABEL_AUTHOR, JS_POSTER, JS_LABEL_TIME, JS_TIME, JS_EDITED, JS_AUTHOR, JS_PREFACE, JS_WELCOME, JS_POWERED],
    dropLines: [JS_SITE, JS_LABEL_TITLE, JS_THREAD, JS_PRINT, JS_LABEL_AUTHOR, JS_POSTER, JS_LABEL_TIME, JS_TIME, JS_EDITED, JS_TITLE, JS_AUTHOR, JS_PREFACE, JS_WELCOME, JS_POWERED],
    outline: [],
  },
  '09-fayan-9610-shushe-nianhui-huibao-nav-captions': {
    source: 'http://9610.com/dangdai/sx/canglang/05.htm',
    kind: 'speech: 工作汇报 delivered at a meeting (a calligraphy society\'s convener reporting to the members at the annual meeting; a calligrapher\'s personal portal)',
    tests: 'a nav bar printed one item a line with "|" lines between ("当代书坛" … "更多"); the title tagged "(摘要)"; the speaker\'s bare name under it; three photo-caption lines (one naming the speaker, one with "发言" in it); the salutation "各位社员:"; two long paragraphs of society news in the first person with dates, counts, nicknames ("启明兄", "心远兄"), a quoted conference name and a book title in 《》; a genre name (工作汇报) outside the spoken list; cut mid-word ("对艺")',
    isSpeech: true,
    title: SF_TITLE,
    noise: [...SF_NAV, SF_TAG, SF_SPEAKER, ...SF_CAPTIONS],
    dropLines: [...SF_NAV, '|', SF_TITLE + SF_TAG, SF_SPEAKER, ...SF_CAPTIONS],
    outline: [],
  },
  '10-xinde-twister-class-page-letter-salutation-not-speech': {
    source: 'http://twister.caps.ou.edu/qixiang80/messages/zhao1.html',
    kind: 'non-speech: 体会 (a class web page\'s letter to classmates after an 18-year reunion; university-hosted personal page)',
    tests: 'opens like a speech ("我的各位亲同学:" / "大家好!", blank lines between, an indented quoted lyric) and speaks to the classmates in the first person with jokes, nicknames, a counting run "(43444546474849-----50)" and "……," runs; the cut line names the piece a written 体会 ("让我写一写同学聚会的----我的体会") — a written letter, not a speech; no title',
    isSpeech: false,
    title: '',
  },
  '11-novel-qiaoxian-discuz-spam-fubuzhang-not-speech': {
    source: 'http://qiaoxian.net/forum.php?goto=nextoldset&mod=redirect&tid=65384',
    kind: 'non-speech: novel (a serialized novel chapter posted on a town\'s Discuz forum)',
    tests: 'Discuz chrome: forum name, login links, a line of replica-watch spam, "查看: 2989|回复: 0", "打印 上一主题 下一主题", the thread title "[小说] “贤文化”小说连载(六):《林副镇长的肺腑之言》", "[复制链接]", "跳转到指定楼层", "楼主", the poster line "… 发表于 … | 只看该作者 回帖奖励 |倒序浏览 |阅读模式"; then narration in which a town party secretary opens a meeting in a long quotation ("今天这个会啊", "自由发言啊!") — a novel, not a speech; cut mid-phrase',
    isSpeech: false,
    title: '“贤文化”小说连载(六):《林副镇长的肺腑之言》',
  },
  '12-news-pzrex-forum-xiehui-nianhui-not-speech': {
    source: 'http://pzrex.com/forum.php?goto=lastpost&mod=redirect&tid=140965',
    kind: 'non-speech: news report (a county cycling association\'s annual meeting, posted on the county forum)',
    tests: 'a forum post under "作者: 晓岭情怀": a couplet-like opening, a photo caption line "晚会签到现场工作人员!", a long paragraph listing guests with titles, the agenda told in the third person ("… 讲话,… 作2017年度工作总结报告,颁发 …"), a moment of silence — a written report of a meeting, not a speech; no title; cut mid-phrase ("友情")',
    isSpeech: false,
    title: '',
  },
};
