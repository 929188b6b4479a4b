// Gold specs for holdout round 46, part a (cases 01–06): township, street and county work meetings (防汛, 森林防火,
// 环保督察, 人居环境整治, 秸秆禁烧 and their look-alikes).
// Four spoken pieces (a township's spoken work report on 农村人居环境整治 under a 讲话稿 title, first piece of a 58范文网
// collection page: the collection title "农村环境讲话稿范文7篇", the site's "58范文网小编今天就为您带来了…" promo and the
// piece heading "农村环境讲话稿范文篇1", then "同志们:", a block "一、" heading, block "(一)/(二)/(三)" headings with
// ASCII parentheses whose paragraphs run on after their first sentence, inline "一是…。二是…" after full stops under
// (一), and under (三) an "一是…" after a full stop whose "二是…" follows a comma, cut mid-word; a 主持词 for a
// development zone's 清明 森林防火 meeting on a 范文 site (zhunbian): the title, a "时间:22-10-25 网友" meta line, the title
// again, the agenda "一是由…;二是由…" after a colon and a semicolon, the closing "四个到位:一是…。二是…。三是…。四是…。"
// whose 一是 follows a colon, the site's slip "下面先有我部署" kept, "散会", then a "《…》相关文档:" heading and nine
// related-document lines with dates glued on, the last cut to "秋季"; a district leader's 讲话 at an 中央环保督察反馈
// 问题整改 推进会 on a traditional-script mirror (imagegratis) with no title and no site noise, the whole capture one
// line whose paragraphs are separated by single spaces, so "一、認清形勢、聚焦問題,…工作" follows "意見: " with no sentence
// end, XXX/XX長/xx/X月/X類XX個 placeholders kept, cut mid-sentence ("與"); a village party secretary's 发言 at a nature
// reserve's 森林防火工作会议 on the reserve's own site (niubeiliang): a "微信公众平台" / "| OA办公系统入口(外网) | …" header,
// a "当前位置: 首页 > 保护区管理  > 防火安全 > 防火工作" breadcrumb, the headline, a "发布时间:… 浏览次数:" line with no
// count, an editor's "题 记:" lead (with the site's lost 月 in "119日"), a blank line of one space, the headline again and
// the speaker's bare name, a first-person speech without a salutation whose "首先我代表…" follows a comma and whose
// "其次," opens no run, and a block "1、" point after "要做到以下几点:", cut mid-phrase) and two written look-alikes (a
// county news site's report of a township 秸秆禁烧 推进会 (suixianwang) with no headline in the capture: the 镇长's
// measures as "一是…。二是…。三是…。四是…。" after full stops, a "会议强调," paragraph, a "最后,镇党委书记…" paragraph
// and a " |" left at the end — third-person news, not a speech; a novel chapter (xiaoshuodang) on a township's 防汛
// 动员会, "第(1/3)页" glued before the text, all paragraphs run together on one line separated by spaces, the cadres'
// grumbling in quotes and the party secretary's quoted address "各位同志,各位党员干部,…我强调几点。一是…。二是…"
// cut mid-sentence — a novel, not a speech).
// Judgement calls: 01 is a spoken report ("现将近期工作情况汇报如下") delivered to "同志们" under a 讲话稿 title, on a
// collection page whose first piece it is: a speech; its title is the page title without the count ("农村环境讲话稿范文"),
// as the piece heading repeats it with "篇1"; the collection title, the promo and the piece heading are noise. The
// outline is "一、" (level 1), "(一)/(二)/(三)" (level 2, first sentence each) and the inline "一是/二是" under (一)
// (level 3, both after a full stop); under (三) "一是…" follows a full stop but its "二是…" follows a comma, so by the
// rules there is no run, while a reader sees a two-item list: both optional (text cut at the first comma for the
// first, the rest of the capture for the second). 02's title line and its repeat are the title (dropped, not listed);
// the meta line, the related heading and every related line (the last cut to "秋季") are noise. Its agenda "一是由…;
// 二是由…" after a colon and a semicolon and its "四个到位:一是…。二是…。三是…。四是…。" (the run's 一是 after a colon,
// so it never starts) are lists to a reader and not runs by the rules: all six optional, level 1 (a 主持词 with no
// headings). 03 has no title (the capture opens "同志們:"), so the title is "" and nothing is noise; the lone "一、"
// follows a colon and a space, not a sentence end, and no 二、 comes before the cut: optional, level 1, its first
// sentence cut at the first comma ("認清形勢、聚焦問題"), as the shared corpus's case 03. 04 is a 发言 though its title
// names no spoken genre: the editor's lead says the secretary "作了发言", and the text thanks the hosts, speaks for the
// village in the first person and pledges before the meeting; the header, the breadcrumb, the meta line and the 题记
// lead (an editor's note about the speech, as a press page's lead) are noise; the headline and its repeat are the
// title; the bare name under the repeat with no subtitle is noise (a poster name, by the settled convention, though
// here it is the speaker's); "首先我代表…" follows a comma and "其次," starts no run: no item; the block "1、…" is a
// required level-1 point, its text the whole cut line (no sentence end). 05 and 06 are written, not speeches (title
// "": neither capture shows a headline).
// Looked for and not found on a new host: a 防汛, 安全生产 or 信访维稳 讲话 on a template or 文库 site (the corpus answers
// with used hosts: sanweiyuan, bimoxiezuo, xiezuofangchengshi, wenke99, 6dgww, wmjy, wm114, huangminedu, laojin123,
// 7rdy, allw, e.wenmi.ren, wuxingwenku, fanwenq, xuexila, 360docs, wenku.docs.qq.com; m.wenku365.com is the used
// wenku365.com); a township's 表态发言 on 防汛 or 安全生产 (huaboedu, goodzuowen used; the 森林防火 ones are twins, below);
// a 春耕 speech (gwyoo, huaboedu, creditsailing, xiaomilidoc, docx.baby, wenmizhiyou used); a 会议纪要 (only news posts;
// hbdingbang used); a 工作方案 long enough to use (chacewang.com's "关于印发《…镇防汛工作方案》的通知" gives only ~450
// characters of sampled sentences; wnwk, wenke99 used). zjgzfw.gov.cn (a 维稳工作会议 news post with a breadcrumb and an
// 【信息时间:…】 line, 537 characters) and chacewang.com were claimed and released for longer look-alikes with traps.
// Left as template twins: fwzhijia.com and diwufanwen.com ("时间:<date> <time> 作者:<pen name> <title>" meta lines of
// 91kejian's "作者:雨中梧" and kaoyanmiji's "小编:碧墨" family, with the "…我们一起来看一看吧" filler); muyuguan.com and
// its traditional twin guowenban.com (bimobang's "当前位置 / 首页 > … / <title> / 推荐人: 来源: 阅读: …次" template);
// cnfla.com (the "时间:… 发言稿 我要投稿" ruiwen template of haikao and gaozihui); gongwenbaodian.com (gongwenbang's
// "VIP专免 … KB … 页 … 侵权投诉" viewer chrome); fpldtrp.com (a traditional copy of gwyoo's "時間:… / 導語:…一文來源于網友
// 上傳,不代表本站觀點…" template); shangjiatang.cn and m.7swz.com (sarr's "因篇幅问题不能全部显示,请点此查看更多更全内容"
// tail); bbs.ugtv8.com (the "/jxfw/<yyyymm>/" farm); m.kamkm888.com (a copy of a meipian post with its "ql-block"
// markup; meipian.cn is used).
// All living people's and small places' names are fictional (the zone, its city and its secretaries in 02; the reserve,
// its station, the county, town and village and the secretary in 04; the town and its leaders in 05; the characters in
// 06).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const WS_COLL = '农村环境讲话稿范文7篇';
const WS_PROMO = '一篇精彩的讲话稿是演讲者的才华展示,书写讲话稿可以让演讲者更加自信地表达观点,58范文网小编今天就为您带来了农村环境讲话稿范文7篇,相信一定会对你有所帮助。';
const WS_PIECE = '农村环境讲话稿范文篇1';

const ZB_TITLE = '森林防火工作会议主持词';
const ZB_META = '时间:22-10-25 网友';
const ZB_REL = [
  '《森林防火工作会议主持词》相关文档:',
  '春季开学工作会议校长讲话稿(精选5篇)09-05',
  '班主任工作会议德育处主任讲话稿09-08',
  '安全生产工作会议的发言稿(精选5篇)09-09',
  '安全生产工作会议演讲稿5篇09-09',
  '森林防火工作会议讲话稿(精选8篇)09-12',
  '秋季森林防火工作会议讲话稿09-12',
  '森林防火工作会议讲话稿范文09-12',
  '全镇森林防火工作会议讲话稿09-12',
  '秋季',
];

const NB_HEAD1 = '微信公众平台';
const NB_HEAD2 = '| OA办公系统入口(外网) | OA办公系统入口(政务网)';
const NB_CRUMB = '当前位置: 首页 > 保护区管理  > 防火安全 > 防火工作';
const NB_TITLE = '保护森林就是保护自己的金饭碗';
const NB_META = '发布时间:2011/1/18 9:25:18  浏览次数:';
const NB_LEAD = '题 记:119日,我局在青峪保护站召开了2010年森林防火工作会议,柞川县梅坪镇杜家湾村党支部书记柯春林同志代表周边社区群众作了发言,他的发言朴实简短,道出了社区群众对自然保护工作的理解和对森林防火工作的看重,言语虽平实,情意却真挚。';
const NB_NAME = '柯春林';

export const specs = {
  '01-jianghua-58wenshu-renju-huanjing-collection-promo-pian1-paren-yishi': {
    source: 'https://m.58wenshu.com/jianghuagao/64886.html',
    kind: 'speech: 讲话稿 (a township\'s spoken work report on 农村人居环境整治; first piece of a 范文 collection page)',
    tests: 'the collection title "农村环境讲话稿范文7篇" on the first line; the site promo "一篇精彩的讲话稿…58范文网小编今天就为您带来了…7篇,相信一定会对你有所帮助。"; the piece heading "农村环境讲话稿范文篇1" (no own title: the title is the page title without its count); "同志们:" then a report-style opening "现将近期工作情况汇报如下:"; a block "一、工作推进情况" heading; block "(一)/(二)/(三)" headings with ASCII parentheses, each running on after its first sentence; inline "一是细化目标任务。…二是健全工作机构。" after full stops under (一) (level 3); under (三) "一是…" after a full stop but "二是…" after a comma (optional); no blank lines; cut mid-word ("环境卫")',
    isSpeech: true,
    title: '农村环境讲话稿范文',
    noise: [WS_COLL, WS_PROMO, WS_PIECE],
    dropLines: [WS_COLL, WS_PROMO, WS_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '工作推进情况' },
      { level: 2, marker: '(一)', text: '压实组织责任' },
      { level: 3, marker: '一是', text: '细化目标任务' },
      { level: 3, marker: '二是', text: '健全工作机构' },
      { level: 2, marker: '(二)', text: '加强宣传,营造声势' },
      { level: 2, marker: '(三)', text: '充分调动村乡干部的积极性' },
      { level: 3, marker: '一是', text: '要求村干部、乡干部率先清理自家房前屋后的卫生死角及院内堆放的杂物旧料', optional: true },
      { level: 3, marker: '二是', text: '要求家在本乡的干部职工带动自己的亲属搞好环境卫', optional: true },
    ],
  },
  '02-zhuchici-zhunbian-senlin-fanghuo-meta-title-twice-yishi-colon-related': {
    source: 'http://zhunbian.com/yanjiangzc/97046.html',
    kind: 'speech: 主持词 (the chair of a development zone\'s 清明 森林防火工作会议)',
    tests: 'the title, a "时间:22-10-25 网友" meta line (two-digit year, poster "网友") and the title again, blank lines between all lines; "各位领导、同志们:"; the agenda "议程主要有两项:一是由…;二是由…" after a colon and a semicolon; the site\'s slip "下面先有我部署相关工作。" kept; the closing "四个到位:一是…。二是…。三是…。四是…。" whose 一是 follows a colon (no run by the rules, a list to a reader: all optional); "会议到此结束,散会。"; then a "《森林防火工作会议主持词》相关文档:" heading (it contains the title) and nine related-document lines with dates glued on ("…(精选5篇)09-05"), the last cut to "秋季"',
    isSpeech: true,
    title: ZB_TITLE,
    noise: [ZB_META, ...ZB_REL],
    dropLines: [ZB_TITLE, ZB_META, ...ZB_REL],
    outline: [
      { level: 1, marker: '一是', text: '由区党工委副书记罗德全部署开发区清明节期间森林防火工作', optional: true },
      { level: 1, marker: '二是', text: '由区党工委书记、管委会主任周启航同志作重要讲话', optional: true },
      { level: 1, marker: '一是', text: '责任制落实到位', optional: true },
      { level: 1, marker: '二是', text: '野外火源管控到位', optional: true },
      { level: 1, marker: '三是', text: '扑火应急准备到位', optional: true },
      { level: 1, marker: '四是', text: '宣传教育到位', optional: true },
    ],
  },
  '03-jianghua-imagegratis-big5-huanbao-ducha-zhenggai-oneline-no-title': {
    source: 'http://www.imagegratis.com/show-22-292508-1.html',
    kind: 'speech: 讲话 (a district leader at a 中央环保督察反馈意见整改 推进会; traditional-script mirror)',
    tests: 'traditional script (同志們, 全區, 反饋, 務必) with no pinyin; no title and no site noise: the capture opens "同志們:" and holds only the speech, so nothing may be cut; the whole text on one line, paragraphs separated by a single space ("同志們: 前天…", "意見: 一、…工作 今年X月…"); the lone heading "一、認清形勢、聚焦問題,高度重視環境問題整改工作" after a colon and a space, not a sentence end (optional, first sentence cut at the first comma); placeholders XXX, XX長, xx, X月, X類XX個 kept; a quoted document title 《…》; cut mid-sentence ("與")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '認清形勢、聚焦問題', optional: true },
    ],
  },
  '04-fayan-niubeiliang-cunzhishu-fanghuo-header-crumb-tiji-name-1': {
    source: 'http://www.niubeiliang.com/manage_show.aspx?id=1567',
    kind: 'speech: 发言 (a village party secretary at a nature reserve\'s 森林防火工作会议; the reserve administration\'s site)',
    tests: 'a site header "微信公众平台" / "| OA办公系统入口(外网) | OA办公系统入口(政务网)"; a breadcrumb with a double space ("保护区管理  > 防火安全"); the headline, a "发布时间:2011/1/18 9:25:18  浏览次数:" line with no count; an editor\'s "题 记:" lead (spaced label, the site\'s lost 月 in "119日") saying the secretary "作了发言"; a line of one space; the headline again and the speaker\'s bare name under it; a title naming no spoken genre over a first-person speech with no salutation; "首先我代表…" after a comma and "其次," after a full stop (no run, no item); a block "1、组建…" point after "要做到以下几点:"; cut mid-phrase ("责任心不强")',
    isSpeech: true,
    title: NB_TITLE,
    noise: [NB_HEAD1, NB_HEAD2, NB_CRUMB, NB_META, NB_LEAD, NB_NAME],
    dropLines: [NB_HEAD1, NB_HEAD2, NB_CRUMB, NB_TITLE, NB_META, NB_LEAD, NB_NAME],
    outline: [
      { level: 1, marker: '1、', text: '组建一支更加坚强有力的防火领导队伍,把不胜任的、责任心不强' },
    ],
  },
  '05-news-suixianwang-jiegan-jinshao-yishi-zuihou-not-speech': {
    source: 'http://suixianwang.net/news/ncsy/2017-05-31/28132.html',
    kind: 'non-speech: news report (a township\'s 秸秆禁烧 推进会, county news site)',
    tests: 'a third-person news report with no headline in the capture: date, place and attendance lead, the 镇长\'s measures as "一是…。二是…。三是…。四是…。" after full stops (a run a speech reader would take for points), a "会议强调," paragraph, a paragraph opening "最后,镇党委书记…" (a sequence word at a paragraph start), a closing line ending in " |" — reported speech, not a speech',
    isSpeech: false,
    title: '',
  },
  '06-novel-xiaoshuodang-fangxun-dongyuanhui-page-marker-yishi-quoted-not-speech': {
    source: 'http://xiaoshuodang.com/book/111/111366/901361.html',
    kind: 'non-speech: novel (a chapter on a township\'s 防汛动员会)',
    tests: 'a reading site\'s "第(1/3)页" glued before the text; all paragraphs run together on one line separated by spaces; cadres\' grumbling in quotes; the party secretary\'s quoted address "各位同志,各位党员干部,今天我们在这里召开防汛动员大会,我强调几点。一是…。…二是…" with 一是/二是 after full stops inside the quotation; narration in the third person; cut mid-sentence — a novel, not a speech',
    isSpeech: false,
    title: '',
  },
};
