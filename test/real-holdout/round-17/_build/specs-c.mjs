// Gold specs for holdout round 17, part c (cases 13–18): grassroots party and government work. Four spoken pieces (a
// township party secretary's 讲话 after a village party branch's "两推一选" election, inside a 文库 viewer — the file title
// with its "篇一" twice, ID/大小/页数/时间 lines, five "…_第N页" page captions, "资源描述:", a "《…》由会员上传分享,…天天文库"
// line, then the flattened text in chunks numbered "1、" (glued to the file title and "篇一:" before 同志们:) and "2、"
// (in mid-sentence after a comma), with a 一是 after a colon and a 二是 after a full stop; a veteran cadre's 讲话 at a
// 七一 主题党日 on a traditional-script mirror with converter pinyin after a fixed set of characters, a shortened page
// title, a 發布時間/來源/點擊 line, the title with the speaker's bare name after a space, "談四點體會:" then a block 一、
// with its body glued after the full stop, and a hard wrap in mid-sentence; a county secretary's 讲话 to the village
// party secretaries' training course on a traditional template site, named only in 《》 by the site's 摘要 promo, with an
// "一、…?" heading line, a block "第一," and the "…… 此處隱藏N字,全部文檔請下載后查看。喜歡就下載吧 ……" fold; a city
// people's congress vice-chair's 讲话 on county and township 人大换届选举 on the congress's own government site, under two
// "Adobe Flash Player" lines, a bare posting date, the byline with her position and the speech's own date line, a 一、
// heading line and an inline 一是 after a colon cut by the capture) and two written pieces (a 街道党工委 班子's
// 民主生活会 对照检查材料 on a document site, the site's table of contents of its headings first, then the title, the
// "现将对照检查情况报告如下。" opening, 一、/(一)…方面 headings and a block 一是; a 村民会议记录 on a content farm with
// 日期/地点/参会人员/会议主持/记录人 fields, "1." items with "- " bullets, 会议决议: and a closing wish to the villagers).
// No 组织生活会 点评讲话, 第一书记 表态发言 or 支部书记 党课 turned up on a new host with page noise. Written from page.txt
// alone, before any engine ran on it. `source` is the page the text was captured from (see ../../README.md for how
// page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then
// the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the
// regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to the noise list.
// Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const WK_FILE = '村委会换届领导讲话篇一';
const WK_META = ['ID:17931181', '大小:28.50 KB', '页数:9页', '时间:2018-09-10'];
const WK_CAPTIONS = [1, 2, 3, 4, 5].map(n => `${WK_FILE}_第${n}页`);
const WK_DESC = '资源描述:';
const WK_SHARE = '《村委会换届领导讲话篇一》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库';
const WK_CHUNK1 = '1、村委会换届领导讲话篇一:';
const WK_CHUNK2 = '建设,\n\n2、又是';

const ZC_PAGE_TITLE = '“慶‘七一’主題黨日活動(dòng)”上講話';
const ZC_META = '發(fā)布時(shí)間:2020-11-20 來(lái)源: 心得體會(huì) 點(diǎn)擊:';
const ZC_TITLE = '在“慶‘七一’主題黨日活動”上的講話';
const ZC_NAME = '閻振邦';

const XC_PROMO =
  '摘要:好筆桿子網小編為你整理了多篇相關的《2024縣委書記在全縣村(社區)黨組織書記培訓班上的講話》,但愿對你工作學習有幫助,' +
  '當然你在好筆桿子網還可以找到更多《2024縣委書記在全縣村(社區)黨組織書記培訓班上的講話》。';
const XC_HIDDEN = '…… 此處隱藏6767字,全部文檔請下載后查看。喜歡就下載吧 ……';

const LY_FLASH = ['此页面上的内容需要较新版本的 Adobe Flash Player。', '获取 Adobe Flash Player'];
const LY_TITLE = '韦秀岚副主任在县乡两级人大换届选举工作会议上的讲话';
const LY_DATE = '2008-5-3';

export const specs = {
  '13-jianghua-wenku365-viewer-huanjie-id-size-page-captions-chunknums-glued-piece-heading-yishi': {
    source: 'https://www.wenku365.com/p-17931181.html',
    kind: 'speech: 讲话 (a township party committee\'s leader after a village party branch\'s "两推一选" election; 文库 viewer)',
    tests: 'a 文库 viewer: the file title "村委会换届领导讲话篇一" twice (the site\'s title with a piece number), "ID:…", "大小:28.50 KB", "页数:9页", "时间:…" lines, five "…篇一_第N页" page-image captions, "资源描述:", a "《…》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库" line; then the document flattened into chunks numbered by the viewer: "1、" glued before the file title and "篇一:", glued to "同志们:" and the body with double spaces between the document\'s paragraphs, "2、" opening a line in mid-sentence after "…建设," and a blank line (a chunk number that looks like an arabic list); "…以下几道程序:  一是…。  二是…" (一是 after a colon, 二是 after a full stop); text cut mid-sentence ("组织")',
    isSpeech: true,
    title: '村委会换届领导讲话',
    noise: [WK_FILE, ...WK_META, ...WK_CAPTIONS, WK_DESC, WK_SHARE, '由会员上传分享', WK_CHUNK1, WK_CHUNK2],
    replace: [
      [WK_CHUNK1 + '  同志们:', '同志们:'],
      [WK_CHUNK2, '建设,又是'],
    ],
    dropLines: [WK_FILE, ...WK_META, ...WK_CAPTIONS, WK_DESC, WK_SHARE],
    outline: [
      { level: 1, marker: '一是', text: '党内民主推荐', optional: true },
      { level: 1, marker: '二是', text: '群众测评推荐', optional: true },
    ],
  },
  '14-jianghua-zuancaijixie-big5-pinyin-zhuti-dangri-page-title-meta-bare-name-glued-title-yi-wrap': {
    source: 'http://zuancaijixie.com/xindetihui/387974.html',
    kind: 'speech: 讲话 (a veteran cadre summing up a 七一 主题党日; traditional-script mirror of a 范文 site)',
    tests: 'a traditional mirror with converter pinyin after a fixed set of characters (動(dòng), 時(shí), 發(fā), 來(lái), 會(huì), 點(diǎn), 產(chǎn), 長(zhǎng) even in 不長, 遠(yuǎn), 開(kāi), …), also in the page title and the meta line; the page title is a shortened variant of the title ("“慶‘七一’主題黨日活動”上講話", no 在 and no 的); a "發布時間:… 來源: 心得體會 點擊:" line with an empty count and the site\'s category; the title line with the speaker\'s bare name after a space ("…上的講話 <name>"); no salutation; "我圍繞“不忘初心”,談四點體會:" then a block "一、…。" heading with its body glued after the full stop; spaces around numbers ("從 1921 年", "講出了 3位"); simplified leftovers (由于, 奮斗, 前后); a hard wrap in mid-sentence ("也有類似的" / "說法:"); text cut after a comma',
    isSpeech: true,
    title: ZC_TITLE,
    noise: [ZC_PAGE_TITLE, '”上講話', ZC_META, '2020-11-20', ZC_NAME],
    regexCut: [PINYIN],
    join: [['但也有類似的', '說法:']],
    dropLines: ['“慶‘七一’主題黨日活動”上講話', '發布時間:2020-11-20 來源: 心得體會 點擊:', ZC_TITLE + ' ' + ZC_NAME],
    outline: [
      { level: 1, marker: '一、', text: '不忘初心,牢記誓言,永遠做黨的人' },
    ],
  },
  '15-jianghua-x1762-big5-cunshuji-peixun-promo-names-title-no-title-line-yi-question-diyi-hidden-tail': {
    source: 'http://x1762.cn/a/2stzvbi.html',
    kind: 'speech: 讲话 (a county party secretary at the training course for village and community party secretaries; traditional template site)',
    tests: 'a traditional template site: a "摘要:好筆桿子網小編為你整理了多篇相關的《…講話》,…還可以找到更多《…講話》。" promo that names the document twice in 《》 with a year prefix, and no title line of its own; no salutation: the talk opens with the course\'s background and turns to the audience ("今天,我圍繞…,同大家交流3個方面的問題:"); an "一、…為什么格外重要?" heading line ending in an ASCII question mark; a block "第一," point under it; quoted sayings; simplified leftovers (換屆后, 關于, 干部, 什么, 一只); the site\'s fold "…… 此處隱藏6767字,全部文檔請下載后查看。喜歡就下載吧 ……" as the last line',
    isSpeech: true,
    title: '',
    noise: [XC_PROMO, '好筆桿子網小編為你整理了', XC_HIDDEN, '此處隱藏6767字'],
    dropLines: [XC_PROMO, XC_HIDDEN],
    outline: [
      { level: 1, marker: '一、', text: '村支部書記的位置為什么格外重要' },
      { level: 2, marker: '第一,', text: '村黨支部書記是支委會的“班長”' },
    ],
  },
  '16-jianghua-lypc-gov-renda-huanjie-flash-player-lines-bare-date-byline-dateline-yi-yishi-colon-cut': {
    source: 'http://lypc.gov.cn/newslist.aspx?page=6&NodeId=dcb402dfff174a17920782b0522185e3',
    kind: 'speech: 讲话 (a city people\'s congress standing committee vice-chair at the work meeting on county and township 人大换届选举; the congress\'s own government site)',
    tests: 'a city people\'s congress site: two leftover Flash lines ("此页面上的内容需要较新版本的 Adobe Flash Player。", "获取 Adobe Flash Player"), the title naming the speaker with her post ("<name>副主任在…会议上的讲话"), a bare posting date ("2008-5-3") that differs from the speech\'s own date, the byline "市人大常委会副主任  <name>" (position, two spaces, name) and the date line "(2006年11月22日)"; "同志们:"; paragraphs indented with two spaces; "…讲几点意见:" then a 一、 heading line with no sentence end; an inline "一是" after a colon ("有不少有利条件:一是…"), the capture ending before any 二是 ("…十六届六中")',
    isSpeech: true,
    title: LY_TITLE,
    noise: [...LY_FLASH, 'Adobe Flash Player', LY_DATE],
    dropLines: [...LY_FLASH, LY_TITLE, LY_DATE],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识这次人大换届选举的重大意义,切实增强做好换届工作的责任感和使命感' },
      { level: 2, marker: '一是', text: '各级党委正在认真学习贯彻十六届六中', optional: true },
    ],
  },
  '17-duizhao-jiancha-gongxunwk-minzhu-shenghuohui-site-toc-title-fangmian-yishi-not-speech': {
    source: 'https://gongxunwk.com/doc/2668350.html',
    kind: 'non-speech: 对照检查材料 (a 街道党工委 leadership team\'s 民主生活会 self-examination; document site)',
    tests: 'a document site that prints the document\'s headings as a table of contents first (一、存在的问题 / (一)…方面 … (五)…方面 / 二、… / 三、原因分析 / 四、整改措施), then the title "…民主生活会对照检查材料(带案例)", an opening paragraph in the team\'s first person ending "现将对照检查情况报告如下。", the 一、 and (一)…方面 headings again and a block 一是 paragraph; "**" placeholders for the street\'s name; text cut mid-word ("这一实") — a written report with a speech\'s outline, not a speech',
    isSpeech: false,
    title: '街道党工委领导班子2025年度民主生活会对照检查材料(带案例)',
  },
  '18-huiyi-jilu-tynfd-farm-cunmin-huiyi-header-fields-numbered-items-dash-bullets-not-speech': {
    source: 'http://bbs.tynfd.cn/jxfw/202506/200944.html',
    kind: 'non-speech: 会议记录 (a village assembly\'s minutes; content farm on a forum subdomain)',
    tests: 'generated minutes of a village assembly: the title "村民会议记录", field lines (日期:, 地点:, 参会人员:, 会议主持:, 记录人:), a heading cut by the generator ("会议主要"), numbered items "1. …" to "4. …" with "- " bullets in the third person (…首先通报了…, …建议…), "会议决议:" with four bullets ending in semicolons and a full stop, "下次会议时间:" with the date on its own line, and a closing "本次村民会议的主要内容和议定事项就是以上这些。盼望各位村民一如既往支持…" that turns to the villagers — written minutes, not a speech',
    isSpeech: false,
    title: '村民会议记录',
  },
};
