// Gold specs for holdout round 66, part b (cases 07–12): village and township cadres speaking (驻村第一书记, 村两委,
// 村民大会, 乡镇 工作会, 乡村振兴 表态发言) — speeches and look-alikes.
// Three spoken pieces (a 驻村第一书记's farewell 讲话 at the 离任座谈会 of the village he served, on a WordPress 公文 site
// (gongwenz.com): the title "青山一道同云雨 明月何曾是两乡——在…离任座谈会上的告别讲话" (a poem line, then the speech's name
// after a dash), the salutation "尊敬的各位父老乡亲、同志们:", the whole title repeated as a line after the first paragraph
// (the site's, probably an image caption), standalone headings "一、…" and "二、…", the site's ” used as an opening quote
// (”三会一课”, ”双带”), cut inside a number ("540"); a 大学生村官's 演讲 for the 60th National Day, on a traditional-script mirror
// (6088715.com) with converter pinyin after a fixed set of characters (農(nóng), 設(shè), 業(yè), 發(fā), 經(jīng), 質(zhì), 態(tài),
// 調(diào), 現(xiàn)) and simplified 干/后/么 left by the converter, the page title, a slogan subtitle "大學生在農村輕舞飛揚
// 八零后為祖國高奏凱歌", the byline "xx村村委委員xxx", paragraphs opening with year spans "2007—2008…", "2008—2009…", cut
// inside a pinyin annotation ("新農(nó"); a township's new-year 贺词 from its 党委、人大、政府, copied into a county forum thread
// (bbs.5iyq.com) without its title, no salutation, four paragraphs opening "这一年,", a closing "最后,衷心祝愿…" paragraph with
// the feed's source "来源:凤城青岚 |" glued after a space) and three written look-alikes (a township government's 倡议书 on
// rural living environment, traditional script (kontulin.com), opening with the addressee line "石坪鄉廣大村民朋友們:" that
// reads like a salutation, the 清潔員/宣傳員/監督員 points as paragraph openings, the issuing office and date glued to the last
// sentence, a lone "|" line, the converter's simplified 筑/范/并/后 and the variant 凈; a novel chapter "第260章 交流发言" on
// a novel site (m.ipaoshuba.com) under its book title, author, breadcrumb, a "大家在看" list and download links, in which a
// deputy township head asks the narrator to give a 交流发言 at a township meeting; a county forum's report (0739qq.com) of
// a village's 美丽院落 mobilisation meeting, quoting a city official, a finance official, the village party secretary
// ("各位父老乡亲大家也看的到…各位父老乡亲们我们要用实际行动…") and an old party member at length after "…说:" / "…发言:").
// Judgement calls: 07's title is the whole first line, poem line included (the speech's own name as printed, as round
// 34's 13 kept a subtitle after a colon); its repeat after the first paragraph equals the title and is dropped, not listed;
// the two heading lines are required level-1 points (whole line, no sentence end); "三年来," and "通过…" open no run.
// 08's first line is the title (it names the genre, 演講); the slogan line under it is the speech's subtitle and stays; the
// byline "xx村村委委員xxx" carries a position and a placeholder, so it stays as a body line (the shared README's byline rule),
// unlike a bare poster name; the year spans "2007—2008" are no markers; the cut "農(nó" is a pinyin fragment cut off by the
// end of the capture and stays; there is no outline. 09 is a 贺词 (a spoken genre in the shared README) with no title and no
// salutation in the capture, greeting its audience in the first person plural ("我们…"), as round 15's 16 (thrd.gov.cn, a
// county congress's untitled new-year greeting) was read; "这一年," is no marker and the lone "最后," opens no run (no
// 首先/其次 before it), so there is no outline; the glued source is noise. 10 is a written 倡议书 (addressee line, issuing
// office and date), 11 a novel chapter and 12 a news report of a meeting: not speeches. All names of people, villages and
// towns are fictional (the town and the feed name in 09's source line were renamed together; 武冈市 in 12 is kept).
// Looked for and not found on a new host: a 驻村第一书记 or 村党支部书记 表态发言 with 一是/二是 or 第一/第二 points (only used
// hosts: gongwk, 07608, laobiganer, xiezuofangchengshi, and novel chapters: yjzheyang, zhejianggenishi, m.lazyhood); a
// 村两委换届 or 村干部大会 讲话 with 一、/(一) (m.78911.com.cn, m.alizhichou3, tmdps, wjfww, 6dgww, wm114, xiebiwenku, bimoxiezuo,
// m.wenke99 are used); a 村民大会 speech by a village head on a template site (the corpus answers with novel chapters:
// songyuwenxue, hcgl, ytzw, srlhotel, jian-an.net.cn, zjgjrd, ibiqu, 003wx); a 乡镇人代会 闭幕词 or 新任镇长 表态发言
// (diyifanwen, esk365, mishuzj used); a second 大学生村官 演讲稿 (docduoduo, be000, zuowen.red, renrendoc used). Only 07 carries
// numbered points: the session's search budget ran out before a second and a third numbered speech on a new host turned up,
// so this part has three speeches and three look-alikes.
// Set aside as template twins or used: zdwx.com (a 村党支部书记's 重阳节 祝词 under a post title and a "<name>供稿" line, on the
// "/news/show_<id>.html" template of round 9's w.suneasecloud.com, which round 62 already named for m.excel-2003.com.cn);
// shao168.com (a 镇 乡村振兴 动员大会 report on the "…/content/post_<id>.html" pinyin mirror of a Guangdong government site,
// as round 57's fordsky.com); jdxww.cn (a county news post with the "作者:… 编辑:redcloud" footer of the used jingzhouxw.com);
// xiezuomuban.com (named by round 37); m.goodzuowen.com (goodzuowen.com used); api3.jianshu.io and 39.103.169.235 (简书 and
// its mirror, twins of the used reibang.com, as round 39 noted); ah.ifeng.com (finance.ifeng.com used). Seen on new hosts but
// not taken (three look-alikes were enough): evernerve.com (a pinyin mirror of a 乡村干部报 report on 驻村第一书记),
// cunguan.youth.cn (a 大学生村官's own account with photo captions naming a 交流发言). gongwenz.com shares only WordPress's default "/?p=<id>" path with round 55's
// gongwentu.com (and four other used hosts of unrelated kinds); its furniture differs (the title repeated after the first
// paragraph, not twice at the top), so it was not taken for a twin.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const GW_TITLE = '青山一道同云雨 明月何曾是两乡——在枫林村第一书记离任座谈会上的告别讲话';

const LH_TITLE = '大學生村官迎國慶60周年演講';

const YQ_SOURCE = '来源:凤城青岚 |';

export const specs = {
  '07-jianghua-gongwenz-diyi-shuji-liren-title-repeat-yi': {
    source: 'https://www.gongwenz.com/?p=11705',
    kind: 'speech: 讲话 (a 驻村第一书记\'s farewell remarks at the village\'s 离任座谈会; WordPress 公文 site)',
    tests: 'title "青山一道同云雨 明月何曾是两乡——在枫林村第一书记离任座谈会上的告别讲话" (poem line, dash, the speech\'s name) on the first line; salutation "尊敬的各位父老乡亲、同志们:"; the whole title repeated as a line after the first paragraph (dropped); standalone headings "一、以党建聚心,建强乡村振兴主心骨" and "二、以产业强基,绘就强村富民新图景"; quoted sayings opening paragraphs; the site\'s ” as an opening quote (”三会一课”, ”双带”); figures (9.8万元, 214万元); cut inside a number ("540")',
    isSpeech: true,
    title: GW_TITLE,
    noise: [],
    dropLines: [GW_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '以党建聚心,建强乡村振兴主心骨' },
      { level: 1, marker: '二、', text: '以产业强基,绘就强村富民新图景' },
    ],
  },
  '08-yanjiang-6088715-big5-pinyin-cunguan-guoqing-byline': {
    source: 'http://6088715.com/top/yanjiang/16005.htm',
    kind: 'speech: 演讲 (a 大学生村官 on a village committee speaking for the 60th National Day; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (農(nóng), 設(shè), 業(yè), 發(fā), 經(jīng), 質(zhì), 態(tài), 調(diào), 現(xiàn)) and the converter\'s simplified 干/后/么; the title "大學生村官迎國慶60周年演講" (no pinyin in it), a slogan subtitle with a space "大學生在農(nóng)村輕舞飛揚 八零后為祖國高奏凱歌", the byline "xx村村委委員xxx" (position and placeholder, kept); no salutation; paragraphs opening with year spans "2007—2008在這一年…" and "2008—2009我從…" (no markers); cut inside a pinyin annotation ("新農(nó", kept)',
    isSpeech: true,
    title: LH_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [LH_TITLE],
    outline: [],
  },
  '09-heci-5iyq-zhen-xinchun-forum-source-tail': {
    source: 'http://bbs.5iyq.com/forum.php?goto=nextoldset&mod=redirect&tid=989929',
    kind: 'speech: 贺词 (a township\'s new-year greeting from its 党委、人大、政府; county forum thread)',
    tests: 'no title and no salutation in the capture: the greeting opens with a couplet and "…青岚镇党委、人大、政府向…致以诚挚的问候…" and speaks as "我们"; four paragraphs opening "这一年," (no markers); a quoted maxim with a semicolon inside; a closing "最后,衷心祝愿…" paragraph with no 首先 before it (no run); the feed\'s source "来源:凤城青岚 |" glued after a space to the last sentence (noise)',
    isSpeech: true,
    title: '',
    noise: [YQ_SOURCE],
    replace: [[' ' + YQ_SOURCE, '']],
    outline: [],
  },
  '10-changyi-kontulin-big5-xiang-renju-huanjing-not-speech': {
    source: 'http://www.kontulin.com/1539521-1-118.html',
    kind: 'non-speech: 倡议书 (a township government\'s proposal to villagers on the rural living environment; traditional script)',
    tests: 'no title; the addressee line "石坪鄉廣大村民朋友們:" reads like a salutation, "我們發出倡議,希望大家:" and the points "從我做起,當好清潔員。" / "主動作為,當好宣傳員。" / "責無旁貸,當好監督員。" open paragraphs like spoken points; the issuing office and date "石坪鄉人民政府 2021年7月26日" glued to the last sentence, a lone "|" line; the converter\'s simplified 筑/范/并/后 and the variant 凈 — a written proposal, not a speech',
    isSpeech: false,
    title: '',
  },
  '11-novel-ipaoshuba-jiaoliu-fayan-chrome-not-speech': {
    source: 'https://m.ipaoshuba.com/Partlist/291448/173484419.shtml',
    kind: 'non-speech: novel (a chapter in which a deputy township head asks the narrator to give a 交流发言)',
    tests: 'a novel site\'s chrome: book title and author on their own lines, a "首页 >> … >> …(目录)" breadcrumb, a "大家在看" list of other titles, a line of download/reading links, the chapter heading "第260章 交流发言" twice around "上一章书 页下一章阅读记录"; the chapter is dialogue in quotes about preparing a speech for a township meeting (no speech is given) — a novel, not a speech',
    isSpeech: false,
    title: '第260章 交流发言',
  },
  '12-news-0739qq-forum-cun-dongyuanhui-quotes-not-speech': {
    source: 'https://www.0739qq.com/thread-14825-1-1.html',
    kind: 'non-speech: news report (a county forum\'s report of a village mobilisation meeting on "美丽院落")',
    tests: 'no title; a lead line "7月16日 … 召开“美丽院落”全民动员会 。" with a space before the full stop; four speakers quoted at length after "在会上…说:" / "…发言:", among them the village party secretary addressing "各位父老乡亲" and "各位父老乡亲们" and an old member\'s "我表个态"; cut mid-sentence — a third-person report of a meeting, not a speech',
    isSpeech: false,
    title: '',
  },
};
