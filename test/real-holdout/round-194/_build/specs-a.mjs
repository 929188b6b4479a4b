// Gold specs for holdout round 194, part A (cases 01–06): new employees and mentoring (新员工 入职/开班, 师徒结对, 新员工代表,
// 实习生 — their 讲话/发言/致辞 and look-alikes). About forty queries found the theme's own speeches (入职培训 开班 讲话, 师徒结对
// 发言, 新员工代表 发言, 实习生 欢迎 致辞) only on used hosts or template twins and its new hosts holding only company and school
// news reports, so the part's four spoken pieces come from the theme's neighbourhood — newcomers welcomed by the people who will
// teach them (a university's 开学典礼, two 导师代表 speeches to new graduate students, a 教师节 host script) — and its two
// look-alikes from the theme itself (a novel's 入职 talk, a manager's letter to new employees).
// Four spoken pieces (a university president's 开学典礼 讲话 on a hijacked university page (shenzhouzuche.com, "/info/<col>/<id>.html")
// whose text had its words swapped by the hijacker ("学生"→"员工", "学校"→"公司" in places, "院长/校长"→"董事长") and a gambling
// brand glued where the school's name stood ("隆重举行永利总站ylzz欢迎你2014级员工开学典礼"): no title, no page chrome, the whole speech
// on one line with a space after each paragraph end, the salutation "尊敬的老师们、亲爱的同学们:" glued by a space to "大家上午好!",
// "首先就要认识工大。我首先介绍一下…" (首先 without a comma, no 其次), "接着我介绍一下…" as its own short paragraph, cut mid-phrase
// ("省属重点"); a 导师代表 发言 at a law school's 研究生 开学典礼 on a traditional-script converter mirror of a hijacked page
// (www.milan-zivkovic.com, "/info/<col>/<id>.html"): a leading empty line, no title, the salutation, a gambling brand glued twice where
// the school's name stood ("正式成為2003网站太阳集团的一員", "在朝着2003网站太阳集团奔赴的路上"), simplified leftovers of the converter
// (着, 铠, 曆, 隻), "…講幾句話。首先,我要向…" (a courtesy 首先, inline after a full stop, no 其次), a blank line and a block
// "第一,願你們…" paragraph cut mid-sentence ("陪伴你們度過"); a 导师代表 发言 at the graduate school's 开学典礼 on a university's old news
// site (old-news.ucas.ac.cn, "/index.php/old/<cat>/<id>-<uuid>"): the article title "教师代表生物物理研究所…教授的发言" (the genre word
// 发言), three bullet meta lines indented by two spaces ("• <name> (宣传部)", "• 创建于 2014-09-06", "• 628" — editor, date, view
// count), a photo caption "教师代表生物物理所…教授发言 <name> 摄", blank lines between paragraphs, the salutation, a block "首先,请允许我
// 代表全体导师…" courtesy paragraph, "…我想和大家聊几点。", a block "第一,做任何事情都要踏实、用心。" paragraph cut mid-word ("同时,大");
// a 教师节 表彰大会 主持词 on a template collection site (www.az9.cn, "/liyi/<slug>.html"): the collection title
// "关于教师节表彰大会主持词(通用30篇)" printed twice, the piece heading "关于教师节表彰大会主持词 篇1", 甲:/乙:/合: lines, a stray space
// ("向你们 说一声"), the empty placeholder "《 》" and the bare placeholder line "乙:演出单位", segment numerals alone on their lines
// "二" … "六" (the first segment unnumbered), cut mid-line ("甲:刻在石碑上的")) and two written look-alikes (a web-novel chapter
// (bbbiquge.com, "/<n>_<id>/<id>.html") headed "第五十八章 入职前的讲话(1 / 2)" in which the boss gives new employees a talk in quotes:
// "“首先我…", "在这里,我主要讲三点。", then paragraphs "一是…" / "第二,…" / "第三,…”" and the narrator again — a novel, not a
// speech; a blog repost (cnblogs.com, "/<user>/articles/<id>.html") of an IBM branch manager's letter to the first six employees of a
// new branch: the blogger's introduction about company letters, "所以专门收藏了这封很有味道的邮件", the heading "给分公司新员工的信",
// the manager's own note, a divider of 102 "=" and the letter "亲爱的xxx,\n我非常高兴欢迎你今天正式加入IBM这个大家庭。", cut at "对"
// — a letter, a written genre, not a speech).
// Judgement calls: 01 is a speech (salutation, "我代表学校…", "我首先介绍一下…"); the page shows no title, so the title is "" (as
// round 6 case 07 and round 184 case 03); the glued brand "永利总站ylzz欢迎你" is cut where it stands (round 181's
// watermark.glued-spam-brand, "cut where a word stood") and listed whole; the hijacker's word swaps ("2014级员工开学典礼", "公司的来历",
// "老董事长") are not removable noise but altered text, and stay as censored or glossed text stays (shared corpus 48 and 87, round 3
// case 03); the line is one paragraph (no break is invented at the spaces, as shared 104 and round 89 case 14); "首先就要…" follows a
// comma and "我首先介绍…" has no comma and no 其次 → no item (round 5 case 11). 02 is a 发言 (the speaker speaks "作為導師代表"); no
// title line → "" (as 01); the brand "2003网站太阳集团" is cut at both places and listed once (round 179 C, which left this page in
// reserve, described it so); the inline courtesy "首先," after a full stop is a run of one → optional level 1 (round 4 case 06, round
// 101 case 10), its sentence longer than 50 characters, so its text stops at the first comma; "第一," opens its paragraph → a block
// ordinal, required level 1 although the capture ends before "第二," (round 4 case 11's block 第一, at the end), text its first
// sentence; the converter's simplified leftovers stay. 03: the title is the article title as printed (it names the genre, 发言; round
// 184 B's 08 took a byline's "…的发言" line); the bullet lines are the site's meta (editor, creation date, view count) and the photo
// caption is the page's (round 181's meta.photo-caption), all noise; the block "首先," paragraph is a courtesy of thanks and welcome
// with no 其次 after it → optional level 1 (round 6 case 01; the shared corpus's 89), its text cut at the first
// comma (the sentence runs past 50 characters); the block "第一," is required level 1 (as 02). 04 is a speech page (a 主持词,
// spoken by the hosts); its title is the collection title without "(通用30篇)" and the piece number (shared corpus 83, round 184 A's
// 16); the two title lines and the piece heading are listed whole; the segment numerals "二"…"六" are the script's own lines and stay
// as paragraphs, but they give no outline item: they have no separator, no text of their own, and no "一" opens their run (outline
// rules: a run starts at 一; round 3 case 09 gave no item where neither a sentence end nor an item text existed; round 89 case 14's
// separator-less "一弘扬…" carried its own text, these carry none); "甲:首先请欣赏…" opens with the speaker label, not the marker →
// no item; the placeholders "《 》" and "乙:演出单位" stay (placeholders are kept). 05 and 06 are written: 05 a novel whose character
// speaks in quotes (shared corpus 88's quoted 第一,/第二,), 06 a letter reposted under a blogger's introduction. Names: the private
// people (01's founders, graduates and alumni, 03's professor, editor and photographer, 06's blogger's nickname) and 05's characters,
// company and province were replaced by fictional ones; IBM and the universities stay; the prose was rewritten (02 in the mirror's
// script with its leftovers, 04 with new verses in place of the two quoted lines).
// Looked for and not found on a new host: a 新员工 入职培训 开班 讲话 or 座谈会 讲话 (the store answers with company news reports —
// m.jinlichashi.cn (used), 86cm.net, zhpharm-sh.com, qdtopsun.com (Japanese), old.wzhealth.com, wzsrmyy.cn — and novel chapters:
// woshenbian.com (claimed, left for a later round), m.fantinovel.com, xs.80110110ks.com, fantinovels.com, m.fmlrealty.cn); a 师徒结对
// or 拜师 发言/讲话 (www.slotcardragon.com is round 80's 04; www.shuivilla.com's 青藍工程 講話 is a template twin set aside in round 112;
// the rest are reports: metaversechicagoautoshow.com (used), uatriatlon.com, gczx.hrbust.edu.cn, news.tielu.cn/m.tielu.cn (used),
// tanibol.net, jiangsunews.cn, fz.sysu.edu.cn, zmszgs.ccmcgc.com, bsdcity-sinarmas.com, csnec.cn, nbgjxh.com.cn, jx315.com.cn); a
// 新员工代表 发言 (9000bbs.cn, renwen.shuyang.tv, m.cqtzb.org.cn, m.zuowendang.com are used); a 实习生 致辞 or 发言 (zhaojiaoan.com's
// 顶岗实习 发言稿 is used; the rest are reports: news.cnnb.com.cn, yzsts.com.cn, www.hi.chinanews.com.cn); a 新教师 入职 讲话 (m.jcsycorp.com,
// msgz.vip, lovfp.com, 5728338.com, m.nftape.cn, daydaynews.cc, m.wenke99.com are used); a 迎新 致辞 on a 文库 site (www.ioyoy.cn is the
// xiebiwenku-family twin named in rounds 45 and 85; wtabcd.cn is used); a guide to a 新录用人员 座谈会 发言 (www.laowenmi.com, used).
// Template twins considered: none of the six pages shares a noise line of six characters or more with a used page (twin.mjs found
// none); the hijacked pages 01 and 02 carry other brands than the hijacked pages used before (round 80's slotcardragon.com, round
// 184's e253w.cn) and no shared chrome (01 and 02 have none in the capture); www.milan-zivkovic.com was named only in round 179 C's
// "kept in reserve, not taken" list, and old-news.ucas.ac.cn's sister hosts news.ucas.ac.cn and emct.ucas.ac.cn only among reports
// looked at (rounds 92, 127, 188), neither set aside as a twin nor used; www.az9.cn's "(通用30篇)" / " 篇1" collection shape is the
// generic 范文-site shape (as shared 83), not a used site's line.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SZ_BRAND = '永利总站ylzz欢迎你';

const MZ_BRAND = '2003网站太阳集团';

const UC_TITLE = '教师代表生物物理研究所沈承宇教授的发言';
const UC_META = ['• 顾怀瑾 (宣传部)', '• 创建于 2014-09-06', '• 628'];
const UC_CAPTION = '教师代表生物物理所沈承宇教授发言 陆一鸣 摄';

const AZ_COLL = '关于教师节表彰大会主持词(通用30篇)';
const AZ_PIECE = '关于教师节表彰大会主持词 篇1';

export const specs = {
  '01-jianghua-shenzhouzuche-kaixue-dianli-hijacked-glued-brand-yuangong-swap-oneline-no-title': {
    source: 'http://shenzhouzuche.com/info/1087/5475.html',
    kind: 'speech: 讲话 (a university president\'s 开学典礼 address to new students; hijacked university page)',
    tests: 'no title and no page chrome; the whole speech on one line, paragraphs separated by a space; the salutation glued by a space to "大家上午好!"; a gambling brand glued where the school\'s name stood ("隆重举行永利总站ylzz欢迎你2014级员工开学典礼", cut and listed); the hijacker\'s word swaps ("员工" for 学生, "公司" for 学校, "老董事长") left as altered text; "首先就要…" after a comma and "我首先介绍…" without a comma (no marker); cut mid-phrase ("省属重点")',
    isSpeech: true,
    title: '',
    noise: [SZ_BRAND],
    replace: [[SZ_BRAND, '']],
    outline: [],
  },
  '02-fayan-zivkovic-big5-daoshi-daibiao-yanjiusheng-kaixue-glued-spam-brand-twice-inline-shouxian-diyi-block': {
    source: 'https://www.milan-zivkovic.com/info/1181/18513.html',
    kind: 'speech: 发言 (a supervisors\' representative at a law school\'s graduate 开学典礼; traditional-script mirror of a hijacked page)',
    tests: 'a leading empty line; no title; traditional script with the converter\'s simplified leftovers (着, 铠, 曆, 隻); a gambling brand glued twice where the school\'s name stood ("正式成為2003网站太阳集团的一員", "在朝着2003网站太阳集团奔赴的路上"); a courtesy "首先," inline after a full stop with no 其次 (optional, cut at the first comma); a blank line and a block "第一," paragraph (required although "第二," lies past the cut); cut mid-phrase ("陪伴你們度過")',
    isSpeech: true,
    title: '',
    noise: [MZ_BRAND],
    replace: [[MZ_BRAND, '']],
    outline: [
      { level: 1, marker: '首先,', text: '我要向在座的同學們道一聲祝賀', optional: true },
      { level: 1, marker: '第一,', text: '願你們胸中有天地,做內心豐盈之人' },
    ],
  },
  '03-fayan-ucas-daoshi-daibiao-xinsheng-title-bullet-meta-photo-caption-courtesy-shouxian-diyi-block': {
    source: 'https://old-news.ucas.ac.cn/index.php/old/479-2015-07-15-02-28-28/446292-B4BD745A-CA1E-470C-B395-A63B87A1F75F',
    kind: 'speech: 发言 (a supervisors\' representative welcoming new graduate students; university news site)',
    tests: 'the article title "教师代表生物物理研究所…教授的发言"; three indented bullet meta lines (editor with department, "创建于" date, a bare view count "• 628"); a photo caption "…教授发言 <name> 摄"; blank lines between paragraphs; the salutation; a block courtesy "首先," paragraph with no 其次 (optional, cut at the first comma); "…我想和大家聊几点。" then a block "第一," paragraph (required); cut mid-word ("同时,大")',
    isSpeech: true,
    title: UC_TITLE,
    noise: [...UC_META, UC_CAPTION],
    dropLines: [UC_TITLE, ...UC_META, UC_CAPTION],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表全体导师向同学们的到来表示最诚挚的欢迎', optional: true },
      { level: 1, marker: '第一,', text: '做任何事情都要踏实、用心' },
    ],
  },
  '04-zhuchici-az9-jiaoshijie-biaozhang-tongyong30-title-twice-pian1-jia-yi-he-bare-numeral-lines': {
    source: 'https://www.az9.cn/liyi/gyjsjbzdhzccty30p.html',
    kind: 'speech: 主持词 (a 教师节 commendation meeting\'s host script; template collection site)',
    tests: 'the collection title with "(通用30篇)" printed twice and the piece heading "… 篇1" (title without tag and piece number); 甲:/乙:/合: lines; a stray space ("向你们 说一声"); placeholders "《 》" and "乙:演出单位"; segment numerals "二" … "六" alone on their lines (kept, no outline: no separator, no text, no 一); "甲:首先请欣赏…" (speaker label first, no marker); cut mid-line ("甲:刻在石碑上的")',
    isSpeech: true,
    title: '关于教师节表彰大会主持词',
    noise: [AZ_COLL, AZ_PIECE],
    dropLines: [AZ_COLL, AZ_PIECE],
    outline: [],
  },
  '05-novel-bbbiquge-ruzhi-qian-de-jianghua-chapter-quoted-yishi-dier-disan-not-speech': {
    source: 'http://bbbiquge.com/90_90835/47552746.html',
    kind: 'non-speech: novel (a chapter in which the boss talks to new employees at their 入职培训)',
    tests: 'chapter heading "第五十八章 入职前的讲话(1 / 2)" naming the genre; a narrator\'s lead; the talk in quotes over several paragraphs ("“首先我…", "在这里,我主要讲三点。", "一是…", "第二,…", "第三,…”"); the narrator again in the third person; cut mid-word ("一个纺") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-letter-cnblogs-ibm-gei-xinyuangong-de-xin-repost-intro-equals-divider-not-speech': {
    source: 'https://cnblogs.com/WilliamsQi/articles/901361.html',
    kind: 'non-speech: letter (a branch manager\'s letter to new employees, reposted on a blog)',
    tests: 'a blogger\'s introduction in the third person about his nickname; "所以专门收藏了这封很有味道的邮件"; the heading "给分公司新员工的信"; the manager\'s note in the first person; a divider of 102 "="; the letter\'s greeting "亲爱的xxx," and its first line welcoming the employee; cut after "对" — a letter, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
