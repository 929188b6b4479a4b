// Gold specs for holdout round 16, part a (cases 01–06): document sites and official pages. Four spoken
// pieces (a university party secretary's 任职 讲话 on a document site that prints the title three times around a
// "• date category count" line, keeps the speaker's byline with a ** placeholder and folds the middle of the text
// behind a "......此处隐藏N字,下载文档可见......" marker glued mid-sentence; a city people's congress closing 讲话 on a
// document site's tag page, its slogan title with a "——领导在…上的讲话" subtitle glued to the salutation and the whole
// summary on one line cut with "..."; a traditional-script mirror of a provincial people's congress site carrying a
// lecture to the NPC Standing Committee (breadcrumb, 來源/編輯 bar, WeChat QR lines, the series label
// "…專題講座第二講", the title twice, the lecturer's bare name, a salutation to the 委員長 and members, a paragraph that
// opens with the title as its subject); a 厅 party-group head's 专题党课 on a traditional magazine mirror with no title
// and no salutation, only his bare name above the text and "……" at the cut) and two written pieces on official sites
// (a county news site's report of the party secretary's closing speech — "…指出," reported speech — under a
// breadcrumb, a 来源/作者 bar with 放大 正常 缩小 打印 and a licence footer; a city 通知 issuing an 实施意见 on a county
// government site, with 归档时间, breadcrumb, 字号/视力保护色/浏览量 chrome, an addressee line ending in a colon, the
// issuing offices and date, and 一、 / (一) / (二) headings). Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const UE_TITLE = '高校(大学)党委书记在全校教师干部大会上的讲话';
const UE_META = '• 2024-05-03 任职讲话 248';
const UE_HIDDEN = '......此处隐藏1268字,下载文档可见......';

const PJ_TITLE =
  '强化“四个度”推进“强省会”奋力当好全省高质量发展排头兵现代化建设领头羊——领导在市十五届人大三次会议闭幕会上的讲话';

const HN_TITLE = '全國人大常委會的組織制度和議事規則';
const HN_CRUMB = '湖南人大網>文獻資料>文獻資料>正文';
const HN_META = '來源:全國人大 作者: 編輯:redcloud 2023-05-09 17:03:07';
const HN_WECHAT = ['湖南人大微信', '公眾號二維碼', '—分享—'];
const HN_SERIES = '十四屆全國人大常委會履職學習專題講座第二講';
const HN_NAME = '鄒明遠';

const HM_NAME = '韋立誠';

export const specs = {
  '01-jianghua-uedoc-docsite-title-thrice-meta-byline-hidden-marker-split': {
    source: 'https://uedoc.cn/uedoc/208645211.html',
    kind: 'speech: 讲话 (a university party secretary at the meeting that installs a new president; a document site)',
    tests: 'a document site: the title "高校(大学)党委书记在…大会上的讲话" (a gloss in parentheses inside it) printed three times, the first two around a meta line "  • 2024-05-03 任职讲话 248" (bullet, date, category, count); the speaker\'s byline "党委书记  **" (position, two spaces, a ** placeholder for the name); the salutation "尊敬的**部长,各位老师、各位同事:"; paragraphs indented with four spaces, ** and *** placeholders throughout and a surname left unblanked ("潘校长"); a "......此处隐藏1268字,下载文档可见......" marker glued between two sentences of one line (the text after it is a later part of the document); no outline marker; text cut inside a name ("**理工")',
    isSpeech: true,
    title: UE_TITLE,
    noise: [UE_META, '2024-05-03 任职讲话 248', UE_HIDDEN],
    replace: [['校史上' + UE_HIDDEN + '对学校', '校史上\n对学校']],
    dropLines: [UE_TITLE, UE_META],
    outline: [],
  },
  '02-jianghua-peiji-doc-tagpage-oneline-dash-title-glued-salutation-dots': {
    source: 'https://www.peiji.com/doc/tag-255295.html',
    kind: 'speech: 讲话 (a city leader at the closing session of the city people\'s congress; a document site\'s tag page)',
    tests: 'a document site\'s tag page whose capture is a single summary line: the document\'s slogan title with quoted phrases and a "——领导在市十五届人大三次会议闭幕会上的讲话" subtitle, glued without a break to the salutation "各位代表、同志们:" and the opening, which runs on to the site\'s truncation "大会开得..."; no other chrome in the capture',
    isSpeech: true,
    title: PJ_TITLE,
    noise: [],
    replace: [[PJ_TITLE + '各位代表', '各位代表']],
    outline: [],
  },
  '03-jiangzuo-thynkwhy-big5-renda-mirror-breadcrumb-qrcode-series-label-bare-name': {
    source: 'http://thynkwhy.com/nograb/645240/97/7245799.html',
    kind: 'speech: 讲座 (a lecture to the NPC Standing Committee in its members\' study series; traditional-script mirror of a provincial people\'s congress site)',
    tests: 'a traditional-script mirror of a 人大 site: breadcrumb "湖南人大網>文獻資料>文獻資料>正文", the headline, a "來源:全國人大 作者: 編輯:redcloud <date time>" bar with an empty 作者:, WeChat lines "湖南人大微信" / "公眾號二維碼" / "—分享—", the series label "十四屆全國人大常委會履職學習專題講座第二講", the title again, the lecturer\'s bare name with no position, then the salutation "委員長、各位副委員長、秘書長、各位委員:"; the title names no spoken genre (the address to the audience makes it a speech); the third paragraph opens with the title as its grammatical subject ("全國人大常委會的組織制度和議事規則是…"), which is the lecturer\'s sentence, not a site line; no outline marker; text cut mid-word ("…的基")',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_CRUMB, HN_META, ...HN_WECHAT, HN_SERIES, HN_NAME],
    dropLines: [HN_CRUMB, HN_TITLE, HN_META, ...HN_WECHAT, HN_SERIES, HN_NAME],
    outline: [],
  },
  '04-dangke-handmsg-big5-magazine-mirror-bare-name-no-title-no-salutation-ellipsis': {
    source: 'http://www.handmsg.com/page/2012/0504/21431718.shtml',
    kind: 'speech: 专题党课 (a provincial water department head\'s party-lecture talk at a 报告会; traditional-script mirror of a magazine page)',
    tests: 'a traditional mirror of a magazine article page: no title and no salutation in the capture, only the speaker\'s bare name on the first line; the talk is spoken ("今天,我們召開…報告會", "稍后,大家還要觀看…", "希望同志們…", "下面,我講三點意見,供大家參考。") but the magazine dropped the point headings, so the next paragraph starts without a marker; the mirror\'s simplified leftovers (稍后, 甘于, 干部); paragraphs separated by single line breaks; the site\'s "……" at the cut',
    isSpeech: true,
    title: '',
    noise: [HM_NAME],
    dropLines: [HM_NAME],
    outline: [],
  },
  '05-news-qynews-zjol-renda-bimu-zhichu-zoom-print-footer-not-speech': {
    source: 'http://qynews.zjol.com.cn/qynews/system/2015/03/13/019125410.shtml',
    kind: 'non-speech: news report (a county people\'s congress closing session and the party secretary\'s speech; county news site)',
    tests: 'a county news site: breadcrumb "您当前的位置 : 中国庆元网 > 新闻中心 > 图片新闻   正文", a headline naming the speaker and "作重要讲话", a "date  来源: …   作者: 放大 正常 缩小 打印" bar (empty author, font-size and print buttons), two indented paragraphs in the third person ("…在闭幕式上讲话。…指出,…希望各级各部门…") that paraphrase the speech, an unclosed "(编辑: …" line and a footer with links, the hosting line and licence/ICP numbers — a report of a speech, not the speech',
    isSpeech: false,
    title: '县十五届人大四次会议闭幕 郑一鸣作重要讲话',
  },
  '06-tongzhi-pingjiang-gov-shishi-yijian-breadcrumb-zihao-yi-paren-yi-not-speech': {
    source: 'https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html',
    kind: 'non-speech: 通知 issuing an 实施意见 (city party and government general offices; reposted on a county government site)',
    tests: 'a county government site: "归档时间:" line, a five-level breadcrumb, the notice\'s title with its document number, a "来源:… 日期:… 字号:【" bar broken over lines with "视力保护色:" and an empty "浏览量:"; an addressee line listing units and ending in a colon (looks like a salutation), the two issuing offices and the date on lines of their own, the 实施意见\'s own title, then "一、…" and "(一)总体要求。…" / "(二)工作目标。…" headings — a written directive with a speech-like outline, not a speech',
    isSpeech: false,
    title: '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)',
  },
};
