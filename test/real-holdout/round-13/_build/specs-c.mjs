// Gold specs for holdout round 13, part c (cases 13–18): aimed at document and paywall pages (文库/docx/pdf
// viewers, paywalled template pages, pagers, 展开全文/阅读全文 buttons, mobile pages). The store gave no such
// page on an unused host that carries a speech (see ../../README.md), so the part holds the nearest kinds found:
// a document flattened onto one line with its title glued in front and tag links glued behind, a traditional
// mirror of a joint message with a site-generated summary line, converter pinyin and a signatory block, a mobile
// e-book chapter whose genre introduction and entry heading sit above the speech, a 讲话 printed under its title
// three times with a 时间 line and an anti-copy full stop, a traditional collection page with a piece number,
// and, not a speech, a mobile news roundup of 演讲 excerpts each cut with "……" and a "點擊查看全文>>" link.
// Written from page.txt alone, before any engine ran on it. `source` is the page the text was captured from.
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is
// split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut)
// removed; what is left are the paragraphs. Every distinct regexCut match is added to the noise list. Titles,
// noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const WL_TITLE = '中学校长新年致辞';
const WL_TAGS = '校长新年致辞 高中校长新年致辞 校长新年寄语 |';

const EM_SUMMARY = '聯(lián)合國開發(fā)計劃署署長海倫克拉克,教師把孩子們帶進課堂讓他們留下來幫助他們學有所得,同樣令人憂慮的是不少孩子學得很少,今天我們的教師隊伍呼喚人才,年月國際組織在年世界教師日的聯(lián)合致辭。';
const EM_PAGE_TITLE = '2016世界教師日聯(lián)合致辭';
const EM_TITLE = '世界教師日聯合致辭';

const TM_INTRO = '庆典仪式演讲稿通常涵盖开幕式、闭幕式、周年纪念、宴会上的祝酒辞等各类场合的讲话。开幕讲话宜短小精干,讲明会议的指导思想,扼要交代会议内容,起到点题和提示的作用,切忌面面俱到、客套冗长;用语要鲜活有力、生动自然,多用口语,多用振奋人心的词句和肯定有力的句式,使听众感到亲切、受到鼓舞。闭幕讲话要高度概括,对会议作出总体评价和归纳,向与会者提出贯彻会议精神的要求和期望,多讲鼓劲的话,语言要干净利落,语气要有感染力和号召力。节日庆典和周年庆典上的讲话,重在肯定成绩、褒扬贡献,激励大家振奋精神、加强团结、再接再厉,引起共鸣。表达要自然,感情要真挚,富于鼓舞和亲切感。在众人相聚的气氛里,语言要饱含感情,语势要起伏跌宕、热烈奔放,富有感染力,以点燃大家的热情和对未来的憧憬。';
const TM_ENTRY = '▲国庆演词(冯玉祥)';
const TM_TITLE = '国庆演词';

const EP_TITLE = '在日本沙漠绿化访华团欢迎仪式上的讲话及日程安排';
const EP_TIME = '时间:2023-11-15 02:06:24';

const WS_CRUMB = ['當前位置:文書都 >', '實用範文 >發言稿 >'];
const WS_PAGE_TITLE = '關於教師節校長髮言稿(通用6篇)';
const WS_PROMO = '在當下社會,我們總不得不需要用到發言稿,發言稿的寫法比較靈活,結構形式要求也不像演講稿那麼嚴格,可以根據會議的內容、一件事事後的感想、需要等情況而有所區別。怎樣寫發言稿才能更好地發揮其做用呢?下面是小編為大家收集的關於教師節校長髮言稿(通用6篇),歡迎閲讀與收藏。';
const WS_PIECE = '教師節校長髮言稿1';
const WS_TITLE = '教師節校長髮言稿';

export const specs = {
  '13-zhici-wolizhi-oneline-glued-title-tag-tail': {
    source: 'http://wolizhi.com/html/40/39041.html',
    kind: 'speech: 致辞 (中学校长, 新年, to the senior class)',
    tests: 'the whole document flattened onto one line: the title glued in front with a space ("中学校长新年致辞 光阴似箭,…"), five paragraphs run together with single spaces, and the page\'s tag links glued behind the last sentence ("… 校长新年致辞 高中校长新年致辞 校长新年寄语 |"); no salutation; a template quirk left in the text (the same year "2021" for the year ending and the year beginning, "展望2021"); a run of ASCII hyphens "----" joining two clauses',
    isSpeech: true,
    title: WL_TITLE,
    noise: [WL_TAGS, '高中校长新年致辞', '校长新年寄语'],
    replace: [
      [WL_TITLE + ' 光阴似箭', '光阴似箭'],
      [' ' + WL_TAGS, ''],
    ],
    outline: [],
  },
  '14-zhici-emrowgh-big5-pinyin-seo-summary-signatories-date': {
    source: 'http://emrowgh.com/a/201607/469237926876.html',
    kind: 'speech: 致辞 (a joint message of five heads of international organisations on World Teachers\' Day; traditional mirror)',
    tests: 'a traditional mirror with converter pinyin after every 聯/發/執/戰/創/設/養/業/現/數/質 (also inside the title lines and the signatory block) and simplified leftovers (總干事, 計劃署, 并攜手呼吁); the capture opens with a site-generated summary line stitched from a signatory, body sentences with their commas dropped and a sentence whose digits were stripped ("年月國際組織在年世界教師日的…"); then the page title with a year prefix ("2016世界教師日聯(lián)合致辭"), the document\'s own title, its headline "教師隊伍呼喚人才!", five signatory lines (position + name) and the date line, then the message; text cut mid-word ("享有接")',
    isSpeech: true,
    title: EM_TITLE,
    noise: [EM_SUMMARY, '年月國際組織在年世界教師日的聯(lián)合致辭。', EM_PAGE_TITLE],
    regexCut: [PINYIN],
    dropLines: [EM_SUMMARY.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''), '2016世界教師日聯合致辭', EM_TITLE],
    outline: [],
  },
  '15-yanci-tmwt-ebook-genre-intro-entry-heading-bare-name': {
    source: 'https://m.tmwt.com/book/chapter/193000/66.html',
    kind: 'speech: 演词 (冯玉祥, 国庆, 1948; a chapter of a book of model speeches on a mobile reader)',
    tests: 'a mobile e-book chapter: the book\'s introduction to the genre (how to write 开幕/闭幕/庆典 speeches) as one long line above the speech, then the entry heading "▲国庆演词(冯玉祥)", the title, the speaker\'s bare name on a line of its own (the same name recurs in the body), the salutation "主席,各位女士,各位先生:"; a misprint of the speaker\'s own name kept inside a quotation ("冯玉洋"); quoted questions inside paragraphs; text cut mid-word ("而")',
    isSpeech: true,
    title: TM_TITLE,
    noise: [TM_INTRO, TM_ENTRY, TM_TITLE + '\n冯玉祥\n主席'],
    dropLines: [TM_INTRO, TM_ENTRY, TM_TITLE, '冯玉祥'],
    outline: [],
  },
  '16-jianghua-epapercheck-title-thrice-time-anticopy-dot': {
    source: 'https://epapercheck.com/shiyongfanwen/jianghuagao/16761.html',
    kind: 'speech: 讲话 (at a welcome ceremony for a Japanese desert-greening delegation)',
    tests: 'the title ("…上的讲话及日程安排", the page bundles the speech with a schedule) printed three times around a "时间:" line, with blank lines between all lines; a long salutation naming the guest; an anti-copy full stop glued inside a phrase ("市总工会的.各级领导"); the same sentence printed twice (once as a paragraph of its own, once opening a later paragraph); the writer\'s typo "心经" for 已经 and the short year "05年" kept; a courtesy "首先," inline after a full stop with no 其次 (no item); text cut mid-word ("茁")',
    isSpeech: true,
    title: EP_TITLE,
    noise: [EP_TIME, '的.各级'],
    replace: [['的.各级', '的各级']],
    dropLines: [EP_TITLE, EP_TIME],
    outline: [],
  },
  '17-news-lensthegame-big5-lianghui-yanjiang-chakan-quanwen-not-speech': {
    source: 'http://m.lensthegame.com/show-1-37743-0.html',
    kind: 'non-speech: news roundup (a newspaper column presenting deputies\' 演讲 during the 两会; traditional, mobile)',
    tests: 'a mobile news page in traditional script with simplified leftovers (奮斗, 春天里, 谷子, 這里, 河北制造): the editor\'s introduction in the third person, then for each deputy a teaser ("一起來聽…的演講——"), an "演講全文:" label, the opening of the speech, a "……" line and a "點擊查看全文>>" link; the capture ends on the third label and one character ("我"); a roundup quoting speeches, not a speech',
    isSpeech: false,
    title: '',
  },
  '18-fayan-wenshudu-big5-collection-tongyong-piece-number': {
    source: 'https://wenshudu.com/shiyongfanwen/fayangao/37lo89z.html',
    kind: 'speech: 发言稿 (校长, 教师节; traditional collection page)',
    tests: 'a traditional collection page: a breadcrumb split over two lines ("當前位置:文書都 >", "實用範文 >發言稿 >"), the page title with "(通用6篇)" printed three times around a 小編 promo about writing 發言稿, the piece heading with a trailing piece number ("教師節校長髮言稿1"), then salutation, "大家好!" and the speech; a converter artefact in the title only (髮言 for 發言, while the breadcrumb and promo have 發言稿) and variant forms kept (裏, 説, 閲, 峯, 悦); quoted verse and a quoted saying; text cut mid-sentence ("是")',
    isSpeech: true,
    title: WS_TITLE,
    noise: [...WS_CRUMB, WS_PAGE_TITLE, '(通用6篇)', WS_PROMO, '下面是小編為大家收集的', WS_PIECE],
    dropLines: [...WS_CRUMB, WS_PAGE_TITLE, WS_PROMO, WS_PIECE],
    outline: [],
  },
};
