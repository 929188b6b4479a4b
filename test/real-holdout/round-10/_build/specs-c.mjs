// Gold specs for holdout round 10 (part c: traditional mirrors, a 范文 speech page, look-alikes), written
// from page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see
// ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must match),
// then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines`
// (exact trimmed lines, compared after the regexCut) removed; what is left are the paragraphs. Every
// distinct regexCut match is added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
// the 07471a17 mirror sometimes leaves a space before the closing parenthesis: 樂(lè ), 門(mén), 會(huì )
const PINYIN_SP = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)';

const WG_TITLE = '書記在新區開發建設會發言';
const WG_META = '時間:2022-05-21 06:02:00';
const WG_DAOYU = '導語:書記在新區開發建設會發言一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。';

const BG_SITE_TITLE = '在区重点工作攻坚行动推进会上的讲话 (本页约4900+字)';
const BG_META = '2025-11-08 07:03:52 99';
const BG_TITLE = '在XX区重点工作攻坚行动推进会上的讲话';
const BG_TAIL = [
  '阅读全文',
  '(想阅读完全部图文内容,您需要先登陆!)',
  '如果喜欢本篇内容,请赞赏鼓励哦!',
  '尚未有人赏赞,赶紧来一个吧',
  '查看更多>>',
  '请选择打赏类型',
  '¥8.88',
  '¥9.99',
  '¥6.66',
  '¥1',
  '¥2',
  '¥3',
  '赏赞',
  '分享:',
  '微信扫',
];

export const specs = {
  '13-fayan-wugjj-big5-pinyin-daoyu-yi': {
    source: 'http://m.wugjj.com/article/lidaojianhua/gjjs/201205/522940.html',
    kind: 'speech: 发言 (县领导, 新区开发建设大会; traditional mirror)',
    tests: 'traditional mirror of a 领导讲话 column with converter pinyin after most converted characters (區(qū), 開(kāi), 發(fā), 會(huì)), also inside the title and the meta lines; a "時間:" line and a "導語:…一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" disclaimer that repeats the title; salutation "同志們:"; "下面,我就…講三點意見。" then a "一、" heading line; a mis-encoded "??h委" left at a sentence start; a site gap "繼開發之后"; simplified leftovers (隨后, 之后, 干部); text cut mid-sentence',
    isSpeech: true,
    title: WG_TITLE,
    noise: ['時(shí)間:2022-05-21 06:02:00', '導(dǎo)語(yǔ):', '來(lái)源于網(wǎng)友上傳,不代表本站觀點(diǎn)', '可咨詢客服老師,歡迎參考。'],
    regexCut: [PINYIN],
    dropLines: [WG_TITLE, WG_META, WG_DAOYU],
    outline: [
      { level: 1, marker: '一、', text: '提高認識,統一步調,充分認清新區開發建設的重要作用' },
    ],
  },
  '14-zhici-07471a17-big5-pinyin-backtick-mojibake': {
    source: 'http://www.07471a17.com/gongwen/zhici/323590.html',
    kind: 'speech: 致辞 (竣工典礼, village school; traditional mirror)',
    tests: 'traditional mirror with converter pinyin, some written with a space before the closing parenthesis (樂(lè ), 門(mén), 會(huì )); title line, then a salutation ending in "同學(xué)們:" and "大家下午好!"; a blank left for a number ("建校 周年"); the site\'s slip "也縣學校" kept; a backtick anti-copy mark glued inside a phrase ("高度的`負責態度"); a stray "、," ; a mis-encoded run "?朔磺欣щy" after "義務(wù)"; "最后我再次…" without a comma (no marker); text cut after "快樂(lè )"',
    isSpeech: true,
    title: '竣工典禮致辭稿',
    noise: ['度的`負責'],
    replace: [['度的`負責', '度的負責']],
    regexCut: [PINYIN_SP],
    dropLines: ['竣工典禮致辭稿'],
    outline: [],
  },
  '15-jianghua-bgzsck-site-title-login-wall-yi': {
    source: 'https://www.bgzsck.com/index/article/detail/detail_id/138342.html',
    kind: 'speech: 讲话 (区委书记, 重点工作攻坚行动推进会)',
    tests: 'a 范文 page: the site title without the "XX" placeholder and with a length tag ("在区…讲话 (本页约4900+字)"), a bare date/time and view-count line ("2025-11-08 07:03:52 99"), then the document\'s own title "在XX区…讲话"; blank lines between paragraphs; XX placeholders; "下面,我再强调三点意见。" then a "一、" heading line; after the first section\'s opening paragraph a login wall ("阅读全文", "(想阅读完全部图文内容,您需要先登陆!)") and tipping/sharing chrome (赏赞, ¥ amounts, "分享:", "微信扫" cut)',
    isSpeech: true,
    title: BG_TITLE,
    noise: [BG_SITE_TITLE, '(本页约4900+字)', BG_META, ...BG_TAIL],
    dropLines: [BG_SITE_TITLE, BG_META, BG_TITLE, ...BG_TAIL],
    outline: [
      { level: 1, marker: '一、', text: '直面问题、看清形势,以“等不起”的紧迫感扛起攻坚责任' },
    ],
  },
  '16-news-wmxa-yaoqiu-yishi-block': {
    source: 'http://m.news.wmxa.cn/n/201703/438504.html',
    kind: 'non-speech: news report (区 special meeting on 考核 and 追赶超越)',
    tests: 'a local news report with no headline in the capture: third-person lead, "区委书记…主持会议并讲话,他要求:" then block "一是…"/"二是…"/"三是…" paragraphs summarising his requirements, then reported remarks of the district head and a deputy; looks like a speech outline but is reported speech',
    isSpeech: false,
    title: '',
  },
  '17-xinde-sov5-biaozhang-shouxian-qici': {
    source: 'https://baike.sov5.org/b/eI6OTNko6Y',
    kind: 'non-speech: 学习心得 (on a leader\'s speech at a commendation meeting)',
    tests: 'a first-person study note on a leader\'s speech, no title in the capture: opening "…写下几点学习体会。", then block "首先,这是一次…。 会上,…" and "其次,这是一次…。 通过…" paragraphs (a space after the lead sentence), quoted phrases from the speech; cut mid-sentence; reads like a speech with 首先/其次 points but is a written 心得体会',
    isSpeech: false,
    title: '',
  },
  '18-novel-52xxs-changwei-tongzhimen-shouxian': {
    source: 'https://52xxs.com/book/265740/4633534.html',
    kind: 'non-speech: novel (officialdom novel; first meeting of a district standing committee)',
    tests: 'a novel chapter in which the district secretary opens a meeting with a quoted “同志们,…首先,我代表区委,…” and the district head answers “感谢书记的讲话。…”; third-person narration between quoted speeches; ends on "嘭!!"',
    isSpeech: false,
    title: '',
  },
};
