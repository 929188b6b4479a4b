// Gold specs for holdout round 7, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)';

const GW_TITLE = '在2025第三届长三角鲁商高质量发展大会上的致辞';
const GW_WEIXIN = '微信扫一扫在手机阅读、分享本文';
const GW_PERMA = '本文标题:' + GW_TITLE + '范文1655字';
const GW_LINK = '链接地址:http://www.gwzjk.com//index/article/detail/detail';

const FW_SITE = '传达与部署工作会议主持词';
const FW_TITLE = '市政府第四次全体会议主持词';

const DG_NAME = '国旗下演讲日记稿件';
const DG_PROMO = '在不断进步的时代,我们需要用到讲话稿的情形越来越多,讲话稿是个人或个人以集体的名义,在重大的会议中,或在较隆重的场合,或各种群众性的集会上发表全部讲话内容的文稿。你所见过的讲话稿是什么样的呢?以下是小编精心整理的书香校园国旗下讲话稿,欢迎大家借鉴与参考,希望对大家有所帮助。';

const XT_TITLE = '政协大会闭幕词';
const XT_META = '2021-08-21 03:04:54 45';
const XT_PROMO = '如何在政协大会闭幕式上讲话?那么,下面是小编给大家整理收集的政协大会闭幕词,供大家阅读参考。';

const GZ_META = '时间:2018-02-07 22:34:24来源:<推荐访问:竞选演讲稿';
const GZ_ESSAY = '虽然竞选班干部之前我已经做过动员,可到了竞选班长的时候,教室里还是冷了场。按计划先自荐,结果没有一个孩子站起来推荐自己。遇到这种情况,我只好启用第二套方案';

const LF_LABEL = 'XX年元旦国旗下讲话稿一:';

export const specs = {
  '01-zhici-gwzjk-zishu-title-weixin-permalink': {
    source: 'http://gwzjk.com/index/article/detail/detail_id/95249.html',
    kind: 'speech: 致辞 (商会大会)',
    tests: 'a title with a length tag glued on ("…的致辞范文1655字"; 范文 is the title\'s own word by the corpus rules); salutation and greeting on two lines; a "第一点," paragraph (an ordinal with a noun, no 第二点 in the capture); after the speech a "微信扫一扫在手机阅读、分享本文" line, a "本文标题:" line repeating the tagged title and a "链接地址:" line with the URL cut off',
    isSpeech: true,
    title: GW_TITLE + '范文',
    noise: ['1655字', GW_WEIXIN, GW_PERMA, GW_LINK, '本文标题:', '链接地址:'],
    dropLines: [GW_TITLE + '范文1655字', GW_WEIXIN, GW_PERMA, GW_LINK],
    outline: [{ level: 1, marker: '第一点,', text: '我在思考,我们合作发展的“根”在哪里', optional: true }],
  },
  '02-zhuchici-16fw-site-title-own-title-stop-anticopy-dot': {
    source: 'http://16fw.com/jhfy/zcc/20170503/112557.html',
    kind: 'speech: 主持词 (市政府全体会议)',
    tests: 'the site\'s generic article title ("传达与部署工作会议主持词") above the document\'s own title, which carries a stray full stop ("…全体会议主持词."); "同志们:" and "现在开会。" on lines of their own; agenda lines ("第一项是…;第二项…", "下面先进行第一项议程"); an anti-copy full stop inside a phrase ("进一步的.安排部署"); text cut mid-sentence',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_SITE, FW_TITLE + '.', '进一步的.安排部署'],
    replace: [['进一步的.安排部署', '进一步的安排部署']],
    dropLines: [FW_SITE, FW_TITLE + '.'],
    outline: [],
  },
  '03-guoqixia-dg15-shiyong-pian1-promo-apostrophe': {
    source: 'http://m.dg15.com/a/6246135.html',
    kind: 'speech: 国旗下讲话 (元旦; collection)',
    tests: 'collection page: the collection name with "(实用十一篇)" twice (once with a full stop), a generic promo paragraph about 讲话稿 with a 小编 line, the piece heading "… 篇1"; salutation and greeting on two lines; blank lines between paragraphs; "20xx" placeholders; an anti-copy apostrophe inside a phrase ("的\'一年"); text cut after a sentence',
    isSpeech: true,
    title: DG_NAME,
    noise: [DG_NAME + '(实用十一篇)', '(实用十一篇)', DG_PROMO, '以下是小编精心整理的', DG_NAME + ' 篇1', '篇1', "的'一年"],
    replace: [["的'一年", '的一年']],
    dropLines: [DG_NAME + '(实用十一篇)', DG_NAME + '(实用十一篇)。', DG_PROMO, DG_NAME + ' 篇1'],
    outline: [],
  },
  '04-guoqixia-17025calibrations-big5-pinyin-wordsearch-two': {
    source: 'http://17025calibrations.com/wordsearch__b25997958_32.html',
    kind: 'speech: 国旗下讲话 (traditional mirror, search-result page)',
    tests: 'traditional search-result page: two unrelated 國旗下講話 texts, each flattened onto one line that opens with its salutation and greeting ("敬愛的老師、親愛的同學們:早上好!", "老師們,同學們,大家好:"); no title; pinyin annotations after 節/衛/權/優/現/統 (a converter artefact) and a mis-encoded run ("們?yōu)榉偶俑吲d"); text cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '05-bimuci-xuetan-date-count-xiaobian-piece1-laizi': {
    source: 'https://xuetan.org/6d94732',
    kind: 'speech: 闭幕词 (政协大会; collection)',
    tests: 'title, a date-time line with a view count glued after a space ("2021-08-21 03:04:54 45"), a 小编 promo line, the piece heading "政协大会闭幕词1" (title and piece number, no space), a two-part salutation; censor hyphens (民-意, 民-主, 邓-小-平) and "xx" kept; a "(来自)" watermark glued mid-sentence; text cut mid-sentence',
    isSpeech: true,
    title: XT_TITLE,
    noise: [XT_META, XT_PROMO, '小编给大家整理收集的', XT_TITLE + '1', '(来自)'],
    replace: [['(来自)', '']],
    dropLines: [XT_TITLE, XT_META, XT_PROMO, XT_TITLE + '1'],
    outline: [],
  },
  '06-jingxuan-goodzuowen-meta-tuijian-second-article': {
    source: 'http://goodzuowen.com/fanwen/jxyanjianggao/201802/218285.html',
    kind: 'speech: 竞选演讲稿 (student)',
    tests: 'title, a meta line with the time and a broken "来源:<推荐访问:竞选演讲稿"; a one-line salutation; paragraphs indented with three spaces; after "谢谢大家!" a second article printed under the first (a teacher\'s note: the heading "竞选班干部", a subtitle "——之竞选班长" indented with runs of spaces, and a narrative paragraph cut mid-sentence)',
    isSpeech: true,
    title: '竞选演讲稿',
    noise: [GZ_META, '推荐访问:', '竞选班干部', '——之竞选班长', GZ_ESSAY],
    dropLines: ['竞选演讲稿', GZ_META, '竞选班干部', '——之竞选班长', GZ_ESSAY],
    outline: [],
  },
  '07-zhici-huatuo0-daoyou-dasai-no-title-blank-list': {
    source: 'https://m.huatuo0.cn/dongshi/rvbdc/x6YMOM9rW6',
    kind: 'speech: 致辞 (开幕, 导游模拟大赛)',
    tests: 'no title and no site noise: the capture opens with the salutation; a "现在我宣布:…正式开幕!" line; a colon-ended line introducing the judges with an inline "首先," after a colon (no 其次), then two "………….." lines where the names were left out, and "再次感谢他们的到来!"',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [{ level: 1, marker: '首先,', text: '参加本次大赛评审的老师有:', optional: true }],
  },
  '08-guoqixia-lfppt-wordsearch-piece-label-glued-shouxian': {
    source: 'https://www.lfppt.com/wordsearch__b8981156_71.html',
    kind: 'speech: 国旗下讲话 (search-result page)',
    tests: 'search-result page: the first text opens with its piece label glued to the body ("XX年元旦国旗下讲话稿一:今天我讲话的题目是:…"), no salutation; the second text is flattened onto one line opening with "老师们、同学们:上午好!" and has a lone inline "首先," after a colon; text cut mid-word ("这次考")',
    isSpeech: true,
    title: 'XX年元旦国旗下讲话稿',
    noise: [LF_LABEL],
    replace: [[LF_LABEL + '今天', '今天']],
    outline: [{ level: 1, marker: '首先,', text: '关于期末考试', optional: true }],
  },
  '09-guide-wenyi3-huanyingci-xiefa': {
    source: 'http://wenyi3.com/xiezuo/24501.html',
    kind: 'non-speech: writing guide (欢迎词)',
    tests: 'guide to the 欢迎词 genre: title "《欢迎词》的写作方法", (一)/(二) headings, "1.标题"/"2.称呼" sub-heads on lines of their own, quoted example titles and salutations ("尊敬的××校长…", "尊敬的各位女士们、先生们"); blank lines between paragraphs',
    isSpeech: false,
    title: '《欢迎词》的写作方法',
  },
  '10-essay-fsnews-huanyingci-shouxian': {
    source: 'http://shijie.fsnews.com.cn/jxfw/202506/351471.html',
    kind: 'non-speech: essay (欢迎词 vs 欢迎辞)',
    tests: 'a short explanatory essay on the words 欢迎词/欢迎辞 in leaders\' speeches: no title, paragraphs opening with 首先,/那么,/反过来,/此外,/总之, (discourse words, not a speech\'s points), 领导讲话/发言人/来宾 vocabulary',
    isSpeech: false,
    title: '',
  },
  '11-news-rqstmy-dangke-spam-brand': {
    source: 'https://rqstmy.com/2014/1124/c17011a3708/page.html',
    kind: 'non-speech: news report (党课)',
    tests: 'a hijacked school page: a report of two 党课 lectures, the institution\'s name replaced by a gambling brand ("best365官方网站登录入口督导员…"); reported speech ("希望学员们…"), third person throughout; no title',
    isSpeech: false,
    title: '',
  },
  '12-tongzhi-tcszx-zhengxie-addressee-yi-er-saoyisao': {
    source: 'http://www.tcszx.gov.cn/content/detail/62ddf87efc7889f3ce4aa569.html',
    kind: 'non-speech: 通知 (政协会议)',
    tests: 'a 通知 with no title line: it opens with a long addressee line ending in a colon (like a salutation), "现将有关事项通知如下:", 一、/二、/三、/四、 items, "特此通知", the issuer and a date in Chinese numerals, and a "扫一扫在手机打开当前页" line',
    isSpeech: false,
    title: '',
  },
  '13-xinde-laohuaishu666-breadcrumb-meta-xiaobian': {
    source: 'https://www.laohuaishu666.com/xindetihui/43097.html',
    kind: 'non-speech: 心得体会 (collection)',
    tests: 'a 心得体会 collection: breadcrumb, title "…900字10篇" printed three times, a "时间:… 来源:网友投稿" line, 小编 promos, the piece heading "…篇一"; the first piece is a cadre\'s reflection with "向…致敬," paragraph openings and "我们要…" exhortations',
    isSpeech: false,
    title: '《感动中国》观后感心得体会900字10篇',
  },
  '14-digest-wenshuyi-fayangao-pian1-zhaideng': {
    source: 'https://wenshuyi.com/a/nl4mu9gdskgi.html',
    kind: 'non-speech: news digest under a 发言稿 title',
    tests: 'a page titled "誓师大会代表发言稿" with a "版权声明 我要投稿" line, a 小编 promo about 发言稿 and the piece heading "第1篇:誓师大会代表发言稿", whose text is a digest of deputies\' remarks ("◆代表审议发言摘登◆", "全国人大代表…:建议…") — no salutation, no speaker addressing an audience',
    isSpeech: false,
    title: '誓师大会代表发言稿',
  },
  '15-xinde-rzpgrj-big5-pinyin-gandong': {
    source: 'http://rzpgrj.com/yc/4155656.html',
    kind: 'non-speech: 心得体会 (traditional mirror)',
    tests: 'a traditional 心得體會 page with pinyin annotations (動/國/體/會/場/們/風/現/獻): title with "范文2篇", a 小編 promo, piece headings "感動中國心得體會1:"/"…2:"; third-person narrative of a model couple',
    isSpeech: false,
    title: '感動中國優秀心得體會范文2篇',
  },
};
