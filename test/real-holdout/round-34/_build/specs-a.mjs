// Gold specs for holdout round 34, part a (cases 01–06): organisation and personnel work. Four spoken pieces (a county
// leader's 讲话 at a 新任领导干部任职前集体谈话会 on a 遴选考试网 exam-prep site (linxuan123) under a bare nav bar of exam
// columns and a "当前位置:… > 领导讲话" breadcrumb, its title line tagged "【遴选备考】", a lead paragraph whose
// "主要有两方面考虑:一是…。…;二是…" sits after a colon (prose), then a block "一是注重基层。" point, cut mid-sentence; a
// district secretary's 离任 发言 at the 全区干部会议 where his successor's appointment is announced (39ysw), with x/xx/20**
// template placeholders kept and a standalone "——回望…" dash heading, cut mid-word; a county leader's 讲话 opening a 青年干部
// 培训班 (reader8) with no title and no site noise at all, the site's typos "一知丰解" and "车两" kept, no outline; a city
// secretary's 离任讲话稿 at a 领导干部大会 announcing the province's appointment decision (qywxsc), its title on the first line,
// no salutation, lines not separated by blank lines, no outline) and two written look-alikes (a guide on which 公文 genre
// to use for 干部任免 (wenanbuluoba) with the site's slogan twice, a bare view count "59", 一、/二、/三、 headings and quoted
// "> …" specimen sentences; a traditional-script mirror (rs-spyder) of a news report of a county 组织工作会议 with converter
// pinyin after a fixed set of characters and mis-encoded runs "??h" and "?…?" where a sentence end and 縣 were lost, whose
// 县委书记 "强调 … 要…。要…" inside the report).
// Judgement calls: 01's title drops the "【遴选备考】" tag (noise); the nav bar and the breadcrumb are noise; the block
// "一是注重基层。" opens its paragraph and is a required level-1 point though its 二是 lies past the cut; the inline "一是…;二是…"
// after the colon in the lead paragraph is prose. 02's first line is the document's own title (dropped, not noise); the
// "——" line is a required level-1 point, its whole line is the text. 03's title is "" (the capture opens with "同志们:").
// 04's first line is the document's own title. 05 and 06 are written, not speeches.
// Looked for and did not find on an unused host: a 新任职干部 表态发言 with 第一/第二 or 一是/二是 points (the corpus answers with
// novel chapters or used hosts: 78911, wm114, 3dddy-like novel mirrors, gwzjk, bibiwenku), a 文库/doc viewer of a 组织工作
// 讲话 (777doc, gongwen.com.cn, zixin, 360docs, xiaomilidoc are used), a traditional-script mirror of a 年轻干部/任职 speech
// (jcsycorp, lgfwz, gz-shine, yamab2b, cht-d.lcget, eimio are used), a 考察材料 or 任职通知 page. Left as template twins:
// cdhuaxingtx.com (a 选调生培训班 发言 with a leaked stylesheet, on the "/zhuantifanwen/<column>/<id>.html" farm of earlier
// rounds), haowensou.com and wenmijiayuan.cn ("/index/article/detail/detail_id/" twins of xiebiwenku and gwzjk),
// laobig.taolaoshi.top (same site as the used ceshi.taolaoshi.top), m.zgkjsz.com and victorzhang.cn ("/page/<yyyy>/<mmdd>/"
// twins of handmsg), bbs.gzlsly.com (the "/jxfw/<yyyymm>/" twin of round 20's jjcmw).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const LX_NAV = '招考公告 官方通知 职位表下载 报考指导 报名入口 资格审查 准考证打印 笔试成绩 面试公告 资格复审 考试总成绩 体检公示';
const LX_CRUMB = '当前位置:遴选考试网 > 领导讲话';
const LX_TAG = '【遴选备考】';
const LX_TITLE = '在新任领导干部任职前集体谈话会上的讲话';

const YS_TITLE = '区委书记在全区干部会议上的发言';
const QY_TITLE = '市委领导干部离任讲话稿';

export const specs = {
  '01-jianghua-linxuan123-renqian-jiti-tanhua-nav-crumb-tag-yishi': {
    source: 'http://www.linxuan123.com/2021/0314/6262.html',
    kind: 'speech: 讲话 (a county leader at the collective pre-appointment talk for newly appointed leading cadres; exam-prep site)',
    tests: 'a bare nav bar of exam columns ("招考公告 官方通知 … 体检公示") glued over a "当前位置:遴选考试网 > 领导讲话" breadcrumb; the title line tagged "【遴选备考】"; salutation "同志们:"; a lead paragraph whose "主要有两方面考虑:一是…基础。青溪…;二是…" opens after a colon and continues after a semicolon (prose, not points); a block "一是注重基层。" point whose 二是 lies past the cut; figures and percentages; a quoted saying; cut mid-sentence ("县委")',
    isSpeech: true,
    title: LX_TITLE,
    noise: [LX_NAV, LX_CRUMB, LX_TAG],
    dropLines: [LX_NAV, LX_CRUMB, LX_TAG + LX_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '注重基层' },
    ],
  },
  '02-fayan-39ysw-liren-ganbu-dahui-dash-headings': {
    source: 'https://39ysw.com/317908.html',
    kind: 'speech: 发言 (an outgoing district secretary at the cadre meeting announcing his successor)',
    tests: 'the document\'s own title on the first line and no other site noise; template placeholders x, xx, 20**, 20xx kept throughout ("x部长", "xx同志", "20**年5月"); quoted slogans; a standalone dash heading "——回望三年拼搏历程,最值得珍惜的是xx日新月异的喜人局面" (paragraph point, level 1, whole line); cut mid-word ("珍")',
    isSpeech: true,
    title: YS_TITLE,
    noise: [],
    dropLines: [YS_TITLE],
    outline: [
      { level: 1, marker: '——', text: '回望三年拼搏历程,最值得珍惜的是xx日新月异的喜人局面' },
    ],
  },
  '03-jianghua-reader8-qingnian-ganbu-peixunban-kaiban-no-noise': {
    source: 'https://reader8.com/data/20100423/167348.html',
    kind: 'speech: 讲话 (a county leader opening the county\'s youth-cadre training class)',
    tests: 'no title and no site noise: the capture opens with "同志们:" and holds only the speech, so nothing may be cut; no blank lines; a long run-on paragraph; the site\'s typos "一知丰解" and "车两" and the slip "功底的丰实的" kept; a quoted "活到老、学到老"; no numbered points ("第一期主体班次" and "首位" are prose); cut mid-sentence ("还很")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '04-jianghua-qywxsc-liren-lingdao-ganbu-dahui-title': {
    source: 'http://qywxsc.com/gongwenfanwen/2021/1120/12488.html',
    kind: 'speech: 讲话稿 (an outgoing city party secretary at the leading-cadre meeting announcing the province\'s appointments)',
    tests: 'the document\'s own title "市委领导干部离任讲话稿" on the first line, no blank lines, no salutation (the speech opens "今天,我们在这里召开…"); xx placeholders beside fictional names; the slip "任命何振东同志为中共xx市委的决定" (a missing post) kept; enumerations with 既…又…; no numbered points; cut mid-sentence ("我个人")',
    isSpeech: true,
    title: QY_TITLE,
    noise: [],
    dropLines: [QY_TITLE],
    outline: [],
  },
  '05-guide-wenanbuluoba-renmian-gongwen-wenzhong-not-speech': {
    source: 'http://www.wenanbuluoba.cn/beishangwenan/370990.html',
    kind: 'non-speech: writing guide (which official-document genre to use for appointing and removing cadres)',
    tests: 'a 文案 site\'s page with its slogan "文案部落吧网—你身边的文案专家" twice, the title, a bare view count "59", headings "一、常用文种及适用场合" / "二、不同层级的特别要求" / "三、…" with genre names 通知/决定/命令 on their own lines and quoted "> \\"…\\"" specimen sentences of appointment wording — a guide about 任免 documents, not a speech; cut after the first line under 三、',
    isSpeech: false,
    title: '任免干部用什么行政公文',
  },
  '06-news-rsspyder-big5-pinyin-zuzhi-gongzuo-huiyi-not-speech': {
    source: 'http://www.rs-spyder.com/news/folder1991/sh/2021/03/2021-03-11472867.html',
    kind: 'non-speech: news report (a county 组织工作会议, traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (會(huì), 當(dāng), 個(gè), 時(shí), 設(shè), 遠(yuǎn), 級(jí), 務(wù), 衛(wèi), 現(xiàn), 強(qiáng), 標(biāo), 發(fā), 實(shí), 習(xí), 動(dòng), 統(tǒng), 產(chǎn), 業(yè), 轉(zhuǎn), 區(qū), 項(xiàng)…); mis-encoded runs "??h" where a full stop and 縣 were lost and "比學(xué)趕超?shù)母墒路諊?" — a third-person report ("縣委書記…出席會(huì)議并講話", "他說", "強(qiáng)調(diào)") with "要…。要…" requirements in one paragraph, not a speech; no title; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
};
