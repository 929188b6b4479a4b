// Gold specs for holdout round 2, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then the page is
// split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is
// left are the paragraphs. Every distinct regexCut match is added to the noise list. Titles, noise
// and outlines are written by hand here.
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const RULE = '_'.repeat(50); // the viewer's page-break rule, printed at the top and bottom of each page

const TAOTAO_CHROME = [
  '- 31.80 KB',
  '- 2021-05-07 发布',
  '- 1、本文档由用户上传,淘文库整理发布,可阅读全部内容。',
  '- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。如果您对本文有版权争议,请立即联系网站客服。',
  '- 3、本文档由用户上传,本站不保证质量和数量令人满意,可能有诸多瑕疵,付费之前,请仔细阅读内容确认后进行付费下载。',
  '- 网站客服QQ:403074932',
];
const BOOK118_CHROME = ['• 32', '• 0', '• 约1千字', '• 约 2页', '• 2021-01-25 发布于浙江', '• 举报'];
const XYVH_PROMO = '比賽中的緊張氛圍能夠讓我們更加充實和投入,提高自己的應變能力。以上是小編為大家準備的比賽總結范文,希望對大家的寫作有所幫助。';
const YAMA_PROMO = '新聞媒體作為輿論宣傳和監督工具,是現代資訊社會傳播資訊最重要的渠道,在現代社會扮演著十分重要的角色。下面是小編給大家整理的在新聞媒體座談會講話稿,僅供參考。';

export const specs = {
  '01-dangke-taotao-docviewer-pagenum': {
    source: 'https://61taotao.com/office/583681.html',
    kind: 'speech: 党课 (document viewer)',
    tests: '文库 viewer: size/date/disclaimer bullets "- 1、本文档由用户上传…" (numbered like outline items) and a QQ line above the title; page number "19" on its own line between two paragraphs; title with "--" and a space; 一、 then (一) headings',
    isSpeech: true,
    title: '党课讲稿--严格“三会一课” 增强党内生活的政治性、原则性、战斗性',
    noise: [...TAOTAO_CHROME, '灵魂。\n19\n新中国'],
    dropLines: [...TAOTAO_CHROME, '党课讲稿--严格“三会一课” 增强党内生活的政治性、原则性、战斗性', '19'],
    outline: [
      { level: 1, marker: '一、', text: '三会一课的由来演变及作用' },
      { level: 2, marker: '(一)', text: '由来演变' },
    ],
  },
  '02-fayan-book118-pdfvip-pagefooter': {
    source: 'https://max.book118.com/html/2021/0122/6210213102003053.shtm',
    kind: 'speech: 发言稿 (document viewer)',
    tests: 'PDF viewer: file title with ".pdfVIP", bullet meta lines (views, downloads, 约1千字, 约 2页, 发布于, 举报); the whole document on one line between "____" page rules, PDF wrap spaces (有关部 门), and a page footer "收集于网络,如有侵权请联系管理员删除" plus rule glued inside a quoted slogan (“宁 … 愿一人脏”)',
    isSpeech: true,
    title: '环卫节环卫工人发言稿资料讲解',
    noise: ['环卫节环卫工人发言稿资料讲解.pdfVIP', '.pdfVIP', ...BOOK118_CHROME, RULE, '收集于网络,如有侵权请联系管理员删除'],
    replace: [
      [`${RULE} 尊敬`, '尊敬'],
      [`“宁 收集于网络,如有侵权请联系管理员删除 ${RULE} 愿一人脏`, '“宁愿一人脏'],
    ],
    dropLines: ['环卫节环卫工人发言稿资料讲解.pdfVIP', ...BOOK118_CHROME],
    outline: [],
  },
  '03-jianghua-baoaiwan-wenku-no-title': {
    source: 'http://m.baoaiwan.cn/wenku/rbara/L6NMMx0Mbe',
    kind: 'speech: 讲话 (文库 page)',
    tests: 'no title and no page noise; salutation first; 一、 heading line, then 1. and 2. inline headings whose first sentence ends in 。 (text cut at the cut-off end of the capture)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '师德师风建设的紧迫性和重大意义' },
      { level: 2, marker: '1.', text: '加强师德师风建设是教师职业的基本要求' },
      { level: 2, marker: '2.', text: '加强师德师风建设是人才培养的基本要求' },
    ],
  },
  '04-dongyuan-laobiganzi-title-twice-login': {
    source: 'https://laobiganzi.top/335295.html',
    kind: 'speech: 动员讲话',
    tests: 'title printed twice; censored words kept (党的大会, 三中X会); 一、 and (一) headings; "全文约N字,请下载后阅读、编辑。" and a login-wall line right after the (一) heading',
    isSpeech: true,
    title: '区委书记在2025年“铆足干劲抓落实奋勇争先开新局”工作动员大会上的讲话',
    noise: ['全文约10497字,请下载后阅读、编辑。', '(阅读全部图文内容,您需要先登录!)'],
    dropLines: [
      '区委书记在2025年“铆足干劲抓落实奋勇争先开新局”工作动员大会上的讲话',
      '全文约10497字,请下载后阅读、编辑。',
      '(阅读全部图文内容,您需要先登录!)',
    ],
    outline: [
      { level: 1, marker: '一、', text: '辩证看待形势,始终保持敢闯敢干、勇争一流的精神状态' },
      { level: 2, marker: '(一)', text: '充分肯定成绩,提振“翻篇归零、从头再来”的精气神' },
    ],
  },
  '05-zhuchi-chazidian-diyi-stage-direction': {
    source: 'https://fanwen.chazidian.com/fanwen524405',
    kind: 'speech: 主持讲话 (activity)',
    tests: 'no title; long salutation; "?" left where the site lost the middle dots of a slogan; 首先 after a comma (prose); stage direction "(按活动议程进行)"; a lone "最后," paragraph (not a run); 第一,/第二,/第三, paragraphs',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '统一思想' },
      { level: 1, marker: '第二,', text: '落实责任' },
      { level: 1, marker: '第三,', text: '进一步作好宣传工作' },
    ],
  },
  '06-guoqixia-fuxila-diyi-xiwang': {
    source: 'http://fuxila.com/article/8302.html',
    kind: 'speech: 国旗下讲话',
    tests: 'no title and no page noise; "提几点希望:" then 第一,/第二,/第三, paragraphs whose first sentence carries a comma; text cut mid-word',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '希望全体师生热爱学校,学会做人' },
      { level: 1, marker: '第二,', text: '希望全体师生注意安全' },
      { level: 1, marker: '第三,', text: '希望全体师生正确面对困难,始终充满自信' },
    ],
  },
  '07-dongyuan-bgzvip-omitted-yishi-semicolons': {
    source: 'https://bgzvip.com.cn/article/96d8712d88dc72a646fccda95d4cff7c.html',
    kind: 'speech: 动员讲话 (誓师大会)',
    tests: 'title, then "……(开头部分已省略165字)"; inline 一是 after a full stop but 二是/三是/四是 after semicolons (optional); "_文明办" censor mark and x/xx placeholders; 一、 heading after a colon-ended line',
    isSpeech: true,
    title: '全市决胜全国文明城市誓师大会讲话',
    noise: ['……(开头部分已省略165字)'],
    dropLines: ['全市决胜全国文明城市誓师大会讲话', '……(开头部分已省略165字)'],
    outline: [
      { level: 1, marker: '一是', text: '今年是本轮文明创建收官决胜的一年', optional: true },
      { level: 1, marker: '二是', text: '文明创建是市委经济工作会议明确的要向全市人民交出的三份优秀答卷之一', optional: true },
      { level: 1, marker: '三是', text: '受新冠疫情影响', optional: true },
      { level: 1, marker: '四是', text: '按照往年惯例,测评一般在9月前后开始,离现在已不到2个月', optional: true },
      { level: 1, marker: '一、', text: '绷紧决战之弦,坚定创则必成的信心和决心' },
    ],
  },
  '08-dangke-xzdyhg-seo-title-subtitle-diyi': {
    source: 'https://m.xzdyhg.com/fanwen/2020/0613/35989.html',
    kind: 'speech: 党课',
    tests: 'page title (SEO wording "…之…的党课讲稿:…") printed twice, differing from the speech\'s own title "尊崇党章 做合格党员"; "——在…上的讲话" subtitle kept as body; indented lines and a whitespace-only line; 一、 heading, unnumbered sub-heads, then 第一, under 一、; 首先/其次 after a comma (prose)',
    isSpeech: true,
    title: '尊崇党章 做合格党员',
    noise: ['两学一做之尊崇党章的党课讲稿:党章是全党的灵魂,政治旗帜'],
    dropLines: ['两学一做之尊崇党章的党课讲稿:党章是全党的灵魂,政治旗帜', '尊崇党章 做合格党员'],
    outline: [
      { level: 1, marker: '一、', text: '“两学一做”,关键在于学好党章' },
      { level: 2, marker: '第一,', text: '党章是全党的灵魂' },
    ],
  },
  '09-jingpin-xuexue6-backtick-two-levels': {
    source: 'http://xuexue6.com/zhici/k04135/627321.html',
    kind: 'speech: 竞聘演讲稿',
    tests: 'a lone "`" line above the salutation (anti-copy mark); no title; "题目是:…" line; 一、 headings ending in 。 with 1、2、3、 inline headings below them; "首先是…" without a comma and no 其次 in the capture (optional)',
    isSpeech: true,
    title: '',
    noise: ['`\n尊敬的评委'],
    dropLines: ['`'],
    outline: [
      { level: 1, marker: '一、', text: '必须具备较高的政治素质,坚决贯彻执行局党组的各项决定,做到政策清、情况明' },
      { level: 2, marker: '1、', text: '要有牢固的政治观念和坚定的政治立场' },
      { level: 2, marker: '2、', text: '要有坚强的党性观念和组织原则' },
      { level: 2, marker: '3、', text: '要有强烈的敬业观念和奉献精神' },
      { level: 1, marker: '二、', text: '必须具备较全面的知识和能力,准确把握自己的“角色”,团结带领科室同志出色完成各项工作任务' },
      { level: 2, marker: '首先', text: '是“角色”定位要准', optional: true },
    ],
  },
  '10-kaichang-xyvh-big5-pinyin-pian1': {
    source: 'http://www.xyvh.cn/wendang/18372696.html',
    kind: 'speech: 开场致辞 (traditional mirror, collection)',
    tests: 'traditional mirror with pinyin annotations (發(fā), 創(chuàng), 環(huán)保, 鄉(xiāng)); a promo about the wrong genre (比賽總結范文) first; piece heading "…開場致辭(匯總16篇)篇一"; 首先 after a comma (prose)',
    isSpeech: true,
    title: '演講比賽領導開場致辭',
    noise: [XYVH_PROMO, '演講比賽領導開場致辭(匯總16篇)篇一', '(匯總16篇)篇一'],
    regexCut: [PINYIN],
    dropLines: [XYVH_PROMO, '演講比賽領導開場致辭(匯總16篇)篇一'],
    outline: [],
  },
  '11-jianghua-yamab2b-big5-pian1-meta': {
    source: 'https://www.yamab2b.com/info/199993.html',
    kind: 'speech: 讲话 (traditional, collection)',
    tests: 'traditional page: title, "General 更新 <date>" meta line, 小編 promo, "【篇一】" piece heading, indented paragraphs; converter artefacts kept (一箇, 執行); 20** placeholder; one 第一, paragraph',
    isSpeech: true,
    title: '在新聞媒體座談會上的講話',
    noise: ['General 更新 2024年04月19日', YAMA_PROMO, '【篇一】'],
    dropLines: ['在新聞媒體座談會上的講話', 'General 更新 2024年04月19日', YAMA_PROMO, '【篇一】'],
    outline: [
      { level: 1, marker: '第一,', text: '中國經濟發展的前景充滿光明' },
    ],
  },
  '12-zhuchici-78911-meta-tilde-shouxian': {
    source: 'http://78911.com.cn/FaYanGao/280577.html',
    kind: 'speech: 主持词',
    tests: 'no title; "更新时间:…作者:…" meta line glued without a space; "~" placeholders and dropped digits (今的, 一来); agenda 首先/之后/然后/最后 inline after commas; a lone "首先," agenda paragraph (optional); "请…发言……" lines',
    isSpeech: true,
    title: '',
    noise: ['更新时间:2018-12-05 00:11作者:三水老师'],
    dropLines: ['更新时间:2018-12-05 00:11作者:三水老师'],
    outline: [
      { level: 1, marker: '首先,', text: '请罗市长与各县(区)县(区)长签订~度工作目标管理责任书', optional: true },
    ],
  },
  '13-kaimuci-11gw-title-twice-placeholders': {
    source: 'http://11gw.com/article/46162.html',
    kind: 'speech: 开幕词',
    tests: 'title with 《》 and 范文 printed twice with blank lines; salutation 同志们; ×××/×× placeholders; no page noise',
    isSpeech: true,
    title: '《颂祖国建小康》歌咏比赛开幕词范文',
    noise: [],
    dropLines: ['《颂祖国建小康》歌咏比赛开幕词范文'],
    outline: [],
  },
  '14-guide-360docs-chongci-jianghua-xiefa': {
    source: 'https://360docs.net/doc/0414037216.html',
    kind: 'non-speech: writing guide (document site)',
    tests: 'guide on writing a 百日冲刺 动员讲话 on a document site: "(三十五)" numbered title, "- 1、…" download disclaimers, "各位笔友,大家好" greeting, 一是/二是/三是 after commas and semicolons, inline 首先,…其次, after full stops',
    isSpeech: false,
    title: '百日冲刺讲话应该怎么写',
  },
  '15-novel-99xxs-wuzhua-shouxian': {
    source: 'http://99xxs.net/read/170395/85919325.html',
    kind: 'non-speech: novel',
    tests: 'novel chapter (阅读历史/加入书签 chrome, "第1243章 五抓(1 / 2)") in which a mayor speaks at a meeting: quoted 首先, and "一,是…二,是…"',
    isSpeech: false,
    title: '第1243章 五抓',
  },
  '16-news-zmdsqw-yiyao-erya-inline': {
    source: 'http://zmdsqw.cn/news/zx/zgnqh/2017/0619/1382.html',
    kind: 'non-speech: news report',
    tests: 'news of a work meeting, one line with spaces between paragraphs: the official "指出" 一要… (after a noun) 二要…。三要… (after full stops); "(责任编辑:admin) |" tail',
    isSpeech: false,
    title: '',
  },
  '17-xinde-nncity-peixun-headings': {
    source: 'https://nn.city/show/19144.html',
    kind: 'non-speech: 心得体会',
    tests: 'training report in the first person with 一、 / 二、 heading lines and a quoted motto; no title',
    isSpeech: false,
    title: '',
  },
  '18-tongzhi-ztzy-gewei-daibiao': {
    source: 'https://ztzy.com/DisciplineNewsDetail-540.html',
    kind: 'non-speech: 通知',
    tests: 'meeting notice opening with "各位代表:" (looks like a salutation), 一、二、三、 item headings, time/place lines and a date',
    isSpeech: false,
    title: '',
  },
};
