// Gold specs for holdout round 191, part B (cases 07–12): grain, agriculture and harvest (丰收节 致辞, 春耕 生产 动员 讲话, 粮食安全
// 工作会议, 农技 培训班 开班 讲话, 合作社 年会 — and look-alikes of the theme). About forty queries found nearly every speech of the
// theme on a used host or a template twin (see "Looked for and not found" below), so this part holds two spoken pieces (one from the
// theme itself, a seed-company anniversary, and one from its neighbourhood, a flag-raising talk on the rice breeder 袁隆平) and four
// written look-alikes of the theme.
// Two spoken pieces (a seed-industry writer's 发言 at a seed company's twentieth-anniversary celebration and "草原玉米节", posted on a
// farm-seed forum (www.191.cn, PHPWind "read.php?tid=<id>&page=e"): the forum's nav "帖子 用户 招聘", two bullet counters "• 1631阅读"
// and "• 0回复", the thread title with "[复制链接]", "上一主题 下一主题", the poster line "离线<name>", "只看楼主 倒序阅读 使用道具 楼主  发表于:
// 2019-09-09", the title printed twice, the subtitle "——在丰垦种业成立二十周年庆典的发言", a two-line couplet, "…有三条经验值得介绍:"
// followed by block paragraphs "一是,…" (ending without its full stop) and "二是,…" with a comma after 是, a closing quote with no opening
// one ("种业要发展,玉米必当家”"), two blank lines inside the body, cut mid-word ("亲力亲"); a school's 国旗下的讲话 on 袁隆平's "禾下乘凉梦"
// (sjz25.cn, "/gqxjh/<id>.html"): a crumb "您的位置:首页 >> 德育 >> 国旗下讲话", the bare column label "国旗下讲话", the title
// "国旗下的讲话——禾下乘凉梦,一梦逐一生" with the genre before a dash, a "来源: 本站 发布时间:… 浏览量:76" line, no salutation in the
// capture, the talk opening on a quotation and telling the scientist's life in the third person, cut mid-phrase ("与大地贴得")) and four
// written look-alikes (a hijacked domain (3g.huairouw.cn, "/html/<date><n>.html") carrying another city's news-site brand "巴中在线网" and
// "新闻", the headline about how a district celebrated the first 中国农民丰收节, a paragraph of random characters (a jammer) with the
// headline planted twice inside it, then the report's first line wishing the farmers well ("愿各位农民朋友身体安康…"), cut at "日子" — a
// news report with no spoken genre, not a speech; a university news site's copy of a newspaper round-table (news.njau.edu.cn,
// "/<year>/<md>/c<col>a<id>/page.htm"): an editor's lead, "嘉宾:" and four guest lines (name, village, role), a section heading
// "礼赞丰收 农民登台唱主角", "主持人:…首先请两位书记介绍一下…" and the guests' first-person turns "<name>:…", cut without a full stop — an
// interview, written up as a dialogue, not a speech; a novel site (car0756.com, "/free/<n>/<n>/<id>.html") with a chapter of a commune's
// autumn-harvest rally: the commune's "党高官" (the site's substitute for 书记, twice), a cadre introducing him with “社员同志们,我给大家
// 介绍一下…”, the members' quoted replies, his speech in quotation marks ("社员同志们,…同志们有没有信心?") — a novel in which a cadre
// speaks, not a speech; a 范文 farm (caidai.net, "/zonghefanwen/qitafanwen/<hash>.html") with a collection of 合作社 事迹 materials: the
// brand bar "让写作成为一种习惯,彩带范文网欢迎您!", a crumb, the collection title "创建合作社事迹(14篇)", the farm's generic promo, the piece
// heading "创建合作社事迹篇一", the third-person account of a cooperative and a heading "一、科技领航、市场牵引,…", cut mid-word ("地方标") —
// a written 事迹材料, not a speech).
// Judgement calls: 07 is a speech page: the subtitle names the genre (发言) and the text addresses the gathering ("我向在座的各位表示
// 敬意"); the forum chrome is noise line by line, as round 11 case 03 listed the same PHPWind lines ("• 39阅读", "• 0回复", "上一主题 下一主题",
// "离线admin", "只看楼主 倒序阅读 …", "[复制链接]"); the thread-title line with "[复制链接]" is listed whole and "[复制链接]" again as a short
// part; the two title lines under the 发表于 line are the title and its repeat (the repeat dropped, not listed, as it equals the title);
// the "——在…的发言" subtitle is a body paragraph and an optional dash item (README: "a subtitle that opens with ——", as round 3 case 08),
// level 1; the couplet lines are the speaker's opening and stay as paragraphs; "一是," and "二是," open paragraphs after "…值得介绍:" and are
// required level-1 items (block points after a colon, as round 184 B's 07), with the comma in the marker (as round 140 C's 13 "二是,");
// 一是's first sentence is 46 characters, so it is its text whole; the paragraph that ends without a full stop and the unbalanced closing
// quote stay as printed. 08 is a speech page by its title, which names the genre (国旗下的讲话), though the captured part has no salutation
// and tells 袁隆平's story in the third person (README: "its title names a spoken genre"); the title is the line as printed, genre label
// and dash included (as round 184 case 02 kept its bar kicker "国旗下的演讲|"); the crumb, the bare column label and the 来源/发布时间/浏览量
// line are noise ("浏览量:76" again as a short part); no outline. 09–12 are written: 09 a report (the wish in its first line is the
// reporter's, the page names no spoken genre; the jammer is the site's, as the shared corpus's 04); 10 an interview (turns under
// speakers' names, the host's "首先请…" a question, not an outline); 11 a novel (as round 184 B's list of novel chapters and the shared
// corpus's 09/22/23); 12 a 事迹材料 in a collection (a written genre; its 一、 heading is no outline of a speech). Names: the private
// people (07's poster and the company's general manager, 10's guests, 12's founder) were replaced by fictional ones; 袁隆平 (a public
// figure) kept, his two well-known sayings paraphrased; the companies, villages and places kept; the prose was rewritten (07, 08, 10, 11,
// 12 and 09's last line); 09's jammer characters and headline copies, 11's "党高官" and 12's promo are the sites' and kept as found.
// Looked for and not found on a new host: a 丰收节 致辞 or 主持词 (e.wenmi.ren is used; the rest are news or poems: imationlatam.com,
// srxww.com, m.0938net.com, cqcb.com, txcsxy.com, yingcheng.cjyun.org (cjyun.org used), wstianyuan.rosion.net, nongye.8920677.cn); a
// 春耕/三夏/秋种 工作会议 讲话 (gwyoo.com, longcen.com, docx.baby, bbxzwk.vip, wenmizhiyou.com, gongwk.com, wm114.cn, m.allw.cn
// (allw.cn), m.7rdy.cn, wenku.docs.qq.com, xiaomilidoc.com are used; misoncubano.com is a report); a 粮食安全 工作会议 讲话 (yunyueyy.cn,
// gongwen.com.cn, xuncaibao.com, zuancaijixie.com, studiorouge.cn, fpldtrp.com, alatiku.com, wmjy.cn are used); a 农技 培训班 开班 讲话
// (nuenian.com is used; jxswkj.com, jxjyxy.xyc.edu.cn, m.cikuwang.com.cn, tiaotiaoxm.com used as reports in round 124; the rest are
// reports: zt.came.net.cn, dh.jlnongji.cn, jjy.njau.edu.cn, szzy.edu.cn, hjs78.com, pwsannong.com); a 合作社 成立/年会 讲话
// (mingyanjiaju.org, bzhzs.cn, m.duxs.net are used; the rest are novels and reports); a 世界粮食日 国旗下讲话 (fanwenq.com, m.bjjygc.cn,
// fanwenbaike.com, pksx.njnaedu.cn, tljx.net:81, zz2z.net.cn, jjfwb.com, leexue.com, zw.jupeixun.cn, m.liuxue86.com (liuxue86.com),
// max.book118.com, zuowenba.net are used; hswf.30edu.com.cn was set aside by round 98 as a sister of used plxtlerx.30edu.com.cn;
// 9000bbs.cn and freetobecreative.com are the used yjbys converter family); a 学农/劳动 发言 (m.zaixiangufen.com and
// upload.mayiwenku.com are used); an embassy's 开耕仪式 致辞 (gw.china-embassy.gov.cn, the used china-embassy.gov.cn family). So 07
// carries the only numbered points (two 是 points) and 08 none.
// Template twins considered: www.191.cn runs PHPWind, whose thread chrome ("• N阅读", "• 0回复", "[复制链接]", "上一主题 下一主题",
// "离线<name>", "只看楼主 倒序阅读 …") is on used round 11's 03 (rmrb.online) and round 168's 12 (hnmes.cn); it is the software's default,
// not a site's brand, so kept as a different site on the same software (as round 184 B kept 08681.com beside Discuz's used uuenglish.com);
// twin.mjs found only "上一主题 下一主题" on the six pages; 12's promo "在日常的学习、工作、生活中,肯定对各类范文都很熟悉吧…" and its brand
// "彩带范文网" occur on no used page (zhungen.com carries the same collection and was not taken); 09's "巴中在线网" bar occurs on no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZY_NAV = '帖子 用户 招聘';
const ZY_READS = '• 1631阅读';
const ZY_REPLIES = '• 0回复';
const ZY_THREAD = '内蒙古升起的一颗闪光的种业明星 [复制链接]';
const ZY_PREVNEXT = '上一主题 下一主题';
const ZY_POSTER = '离线邵景川';
const ZY_POSTBAR = '只看楼主 倒序阅读 使用道具 楼主  发表于: 2019-09-09';
const ZY_TITLE = '内蒙古升起的一颗闪光的种业明星';

const SJ_CRUMB = '您的位置:首页 >> 德育 >> 国旗下讲话';
const SJ_COLUMN = '国旗下讲话';
const SJ_TITLE = '国旗下的讲话——禾下乘凉梦,一梦逐一生';
const SJ_META = '来源: 本站 发布时间:2025-02-19 09:10:32 浏览量:76';

export const specs = {
  '07-fayan-191cn-zhongye-zhounian-qingdian-discuz-chrome-title-twice-dash-subtitle-yishi-comma-blocks': {
    source: 'https://www.191.cn/read.php?tid=726626&page=e',
    kind: 'speech: 发言 (a seed-industry writer at a seed company\'s twentieth-anniversary celebration; farm-seed forum)',
    tests: 'PHPWind thread chrome: "帖子 用户 招聘", "• 1631阅读", "• 0回复", the thread title with "[复制链接]", "上一主题 下一主题", "离线<name>", "只看楼主 倒序阅读 使用道具 楼主  发表于: 2019-09-09"; the title printed twice; a "——在…庆典的发言" subtitle (optional dash item); a two-line couplet; "…有三条经验值得介绍:" then block "一是,…" (no closing full stop) and "二是,…" with a comma after 是; an unbalanced closing quote; two blank lines inside the body; cut mid-word ("亲力亲")',
    isSpeech: true,
    title: ZY_TITLE,
    noise: [ZY_NAV, ZY_READS, ZY_REPLIES, ZY_THREAD, '[复制链接]', ZY_PREVNEXT, ZY_POSTER, ZY_POSTBAR],
    dropLines: [ZY_NAV, ZY_READS, ZY_REPLIES, ZY_THREAD, ZY_PREVNEXT, ZY_POSTER, ZY_POSTBAR, ZY_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在丰垦种业成立二十周年庆典的发言', optional: true },
      { level: 1, marker: '一是,', text: '种业有一位目光长远的带头人,韩守田辞去公职投身刚刚起步的种子事业,前无道路可循,后无经验可依' },
      { level: 1, marker: '二是,', text: '创新是种业的命脉,国家靠它兴盛,企业靠它强大' },
    ],
  },
  '08-guoqixia-sjz25-yuanlongping-hexia-chengliang-crumb-column-label-meta-no-salutation': {
    source: 'https://sjz25.cn/gqxjh/1109.html',
    kind: 'speech: 国旗下讲话 (a school\'s flag-raising talk on 袁隆平 and his "禾下乘凉梦"; school site)',
    tests: 'a crumb "您的位置:首页 >> 德育 >> 国旗下讲话"; the bare column label "国旗下讲话"; the title "国旗下的讲话——禾下乘凉梦,一梦逐一生" with the genre before a dash; a "来源: 本站 发布时间:… 浏览量:76" line; no salutation in the capture; the talk opening on a quotation and telling the scientist\'s life in the third person; no numbered points; cut mid-phrase ("与大地贴得")',
    isSpeech: true,
    title: SJ_TITLE,
    noise: [SJ_CRUMB, SJ_COLUMN, SJ_META, '浏览量:76'],
    dropLines: [SJ_CRUMB, SJ_COLUMN, SJ_TITLE, SJ_META],
    outline: [],
  },
  '09-news-huairouw-fengshoujie-dazu-hijacked-brand-jammer-headline-repeat-not-speech': {
    source: 'http://3g.huairouw.cn/html/20180925163.html',
    kind: 'non-speech: news report (how a district celebrated the first 中国农民丰收节; hijacked domain carrying a news-site brand)',
    tests: 'another site\'s brand "巴中在线网" and "新闻" over the headline; a paragraph of random characters with the headline planted twice inside it; the report\'s first line wishing the farmers well, cut at "日子" — a report with no spoken genre, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-fangtan-njau-fengshoujie-cunshuji-guest-list-host-turns-not-speech': {
    source: 'https://news.njau.edu.cn/2023/0923/c70a125299/page.htm',
    kind: 'non-speech: interview (a newspaper round-table with village party secretaries on running the 丰收节; university news site)',
    tests: 'an editor\'s lead; "嘉宾:" and four guest lines (name, village, role); a section heading; "主持人:…首先请两位书记介绍一下…"; the guests\' first-person turns under their names, cut without a full stop — an interview, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-novel-car0756-qiushou-sheyuan-tongzhimen-quoted-speech-gaoguan-not-speech': {
    source: 'http://car0756.com/free/66/66813/1947804.html',
    kind: 'non-speech: novel (a commune cadre\'s autumn-harvest rally; novel site)',
    tests: 'a commune "党高官" (the site\'s word for 书记) introduced with “社员同志们,我给大家介绍一下…”; the members\' quoted replies; his speech in quotation marks, "社员同志们," three times and "同志们有没有信心?" — a novel in which a cadre speaks, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-shiji-caidai-hezuoshe-collection-promo-pianyi-yi-heading-not-speech': {
    source: 'http://caidai.net/zonghefanwen/qitafanwen/597613b7d1b68c226efd61cd77aad8c0.html',
    kind: 'non-speech: 事迹材料 (a collection of cooperatives\' achievement write-ups; 范文 site)',
    tests: 'a brand bar "让写作成为一种习惯,彩带范文网欢迎您!"; a crumb; the collection title "创建合作社事迹(14篇)"; the generic promo; the piece heading "创建合作社事迹篇一"; a third-person account with "20**年" placeholders and a heading "一、科技领航、市场牵引,…"; cut mid-word ("地方标") — a written 事迹材料, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
