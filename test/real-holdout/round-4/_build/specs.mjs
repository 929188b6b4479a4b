// Gold specs for holdout round 4, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const QDFWW_UPSELL = ['近500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用', '每天仅需0.22元,尊享会员权益'];
const YIYYY_WATERMARK = '竭诚为您提供优质文档\\\\\\/双击可除';
const YIYYY_GLUED = YIYYY_WATERMARK + '中层干部述职述廉会议主持词篇一:述职述廉大会主持词述职述廉大会主持词';
const YIYYY_TOC = '目录2018年度民主生活会主持词(市委常委班子)22018年度民主生活会主持词(县委常委班子)102018年度民主生活会主持词(市局党委)172018年度民主';
const MIAOTIAO_PROMO = '下面是小编为大家整理的中秋节晚会开场致辞3篇(范文推荐),供大家参考。';
const MIAOTIAO_TEASER = '中秋节晚会开场致辞1尊敬的各位老师,亲爱的同学们: 大家晚上好! 在这秋高气爽的时节,在这皓月当空的夜晚,我们相聚一堂,共度佳节。20**年中考我校再创佳绩,有18名同学达到市一中定' + MIAOTIAO_PROMO;
const EIMIO_TITLE = '在全區領導干部廉政教育會發言稿';
const EIMIO_META = ['時間:2022-03-26 08:05:02', '導語:在全區領導干部廉政教育會發言稿一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。'];
const S777_META = ['水東中心小學2019-2020學年度第一學期第一次升旗儀式', '2019年9月9日上午8:30在學校彩面廣場舉行', '主持人:六2班 陸欣然', '旗手:六2班', '聞校長國旗下講話'];
const JPSK_LABELS = ['【範例一】', '【致辭人】××市人口計生委', '【致辭背景】××市人口計生係統動員大會致辭'];
const JIUZI_TITLE_LINE = '简短羽毛球开幕式致辞 | 2024-04-26 04:41:06';

export const specs = {
  '01-dangke-biganziwuyou-salutation-yi-heading': {
    source: 'http://biganziwuyou.com/index/article/detail/detail_id/32145.html',
    kind: 'speech: 党课',
    tests: 'no title and no page noise; salutation 同志们: then 大家好! glued to the opening; a "——“…”" quotation inside a sentence (no dash item); one 一、 heading line; text cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [{ level: 1, marker: '一、', text: '要做坚守初心的明白人' }],
  },
  '02-jianghua-07608-peixunban-title-yi-heading': {
    source: 'https://m.07608.cn/qihuawenan/122599.html',
    kind: 'speech: 讲话 (培训班)',
    tests: 'title line then blank lines between paragraphs; no salutation; a short 一、 heading line (four characters); text cut at a comma',
    isSpeech: true,
    title: '在全区农村党组织书记培训班上的讲话',
    noise: [],
    dropLines: ['在全区农村党组织书记培训班上的讲话'],
    outline: [{ level: 1, marker: '一、', text: '以规立身' }],
  },
  '03-jianghua-qdfww-yanjiang-bisai-upsell': {
    source: 'https://qdfww.com/yanjiang/263802.html',
    kind: 'speech: 讲话 (演讲比赛致辞)',
    tests: 'no title; two-line salutation; a space inside a line before a quotation; a quotation that runs over a line break after 。; upsell lines after the speech ("近500万道试题…免费使用", "每天仅需0.22元,尊享会员权益"); *** placeholder',
    isSpeech: true,
    title: '',
    noise: [...QDFWW_UPSELL, '每天仅需0.22元'],
    dropLines: QDFWW_UPSELL,
    outline: [],
  },
  '04-zhuchici-yiyyy-shuzhi-watermark-pian1-agenda': {
    source: 'https://www.yiyyy.com/article/post-4248883.html',
    kind: 'speech: 主持词 (collection, 述职述廉大会)',
    tests: 'collection page: page title line, then one line gluing a watermark "竭诚为您提供优质文档\\\\\\/双击可除", the page title again, the piece heading "篇一:述职述廉大会主持词", the piece title twice and the salutation with the body; agenda 1./2./3. inline after a colon and semicolons; *** and * placeholders; the next collection ("民主生活会主持词10篇") and its run-together 目录 after the cut-off text',
    isSpeech: true,
    title: '述职述廉大会主持词',
    noise: [YIYYY_WATERMARK, '中层干部述职述廉会议主持词', '篇一:述职述廉大会主持词', '民主生活会主持词10篇', YIYYY_TOC, '目录2018年度民主生活会主持词'],
    replace: [[YIYYY_GLUED, '']],
    dropLines: ['中层干部述职述廉会议主持词', '民主生活会主持词10篇', YIYYY_TOC],
    outline: [
      { level: 1, marker: '1.', text: '聂书记对本次考核提出要求', optional: true },
      { level: 1, marker: '2.', text: '党委书记、副院长邵明川同志代表院领导班子作述职述廉报告;3.与会人员对领导班子及成员进行民主测评', optional: true },
      { level: 1, marker: '3.', text: '与会人员对领导班子及成员进行民主测评', optional: true },
    ],
  },
  '05-zhici-miaotiao360-zhongqiu-teaser-promo-piece1': {
    source: 'https://www.miaotiao360.com/zhuantifanwen/zhicigao/46053.html',
    kind: 'speech: 致辞 (collection)',
    tests: 'collection page: a summary line (piece heading, salutation and opening on one line, cut mid-word) with the 小编 promo glued to it; piece heading "中秋节晚会开场致辞1" (trailing piece number); 20** placeholder; text cut mid-sentence',
    isSpeech: true,
    title: '中秋节晚会开场致辞',
    noise: [MIAOTIAO_TEASER, MIAOTIAO_PROMO, '中秋节晚会开场致辞1'],
    dropLines: [MIAOTIAO_TEASER, '中秋节晚会开场致辞1'],
    outline: [],
  },
  '06-zhici-weiwei3388-big5-pinyin-shouxian-zuihou': {
    source: 'http://www.weiwei3388.cn/zswd/202508/9683185155922.html',
    kind: 'speech: 致辞 (开幕式; traditional mirror)',
    tests: 'traditional mirror with pinyin after 領/導/學/謹/現/業/進/習/時/堅/強/點; no title; ××/× placeholders; a courtesy 首先, inline after a full stop and a closing 最后, paragraph (optional); a doubled phrase (溫暖和溫暖) kept',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '首先,', text: '我謹代表××市教育局', optional: true },
      { level: 1, marker: '最后,', text: '我想說,今天的開幕式只是一個新的起點', optional: true },
    ],
  },
  '07-fayan-eimio-big5-pinyin-daoyu-diyi-colon': {
    source: 'http://www.eimio.cn/article/lidaojianhua/lingdaojianghuagao/201303/549436.html',
    kind: 'speech: 发言稿 (廉政教育会; traditional mirror)',
    tests: 'traditional mirror with pinyin annotations (also in the title and the meta lines); "時間:" line and a "導語:…來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" disclaimer; no salutation; the whole text on one line with 第一, after a colon and 第二,/第三, after full stops (optional); text cut mid-sentence',
    isSpeech: true,
    title: EIMIO_TITLE,
    noise: ['2022-03-26 08:05:02', '不代表本站觀', '可咨詢客服老師,歡迎參考。'],
    regexCut: [PINYIN],
    dropLines: [EIMIO_TITLE, ...EIMIO_META],
    outline: [
      { level: 1, marker: '第一,', text: '今年是新一屆班子履職的起步之年', optional: true },
      { level: 1, marker: '第二,', text: '今年是作風建設的深化之年', optional: true },
      { level: 1, marker: '第三,', text: '總的來說我們的干部隊伍主流是好的,但近年來也冒出了一些新苗頭、新問題', optional: true },
    ],
  },
  '08-guoqixia-777articles-big5-pinyin-meta-signature': {
    source: 'http://777articles.com/ArticleBoard.asp?ArticleID=2381&ClassID=d45',
    kind: 'speech: 国旗下讲话 (traditional mirror)',
    tests: 'traditional mirror with pinyin annotations; ceremony header lines (event, time and place, 主持人:, 旗手:) and a "…校長國旗下講話" label line above the speech\'s own title "最好的禮物"; a mis-encoded run (因?yàn)檫@些) kept; signature with date "聞立誠2019.9.9" kept; a lone "|" line at the end',
    isSpeech: true,
    title: '最好的禮物',
    noise: ['水東中心小學(xué)2019-2020學(xué)年度第一學(xué)期第一次升旗儀式', '第一次升旗儀式', '彩面廣', '主持人:六2班 陸欣然', '旗手:六2班', '旗下講話', '|'],
    regexCut: [PINYIN],
    dropLines: [...S777_META, '最好的禮物', '|'],
    outline: [],
  },
  '09-jianghua-yopipo-big5-pinyin-mulu-di1pian-diyi': {
    source: 'http://yopipo.com/gaojian/318619.html',
    kind: 'speech: 讲话 (traditional mirror, collection)',
    tests: 'traditional mirror with pinyin annotations; "- 目錄" line; piece heading with the title on one line ("第1篇 黨代表選舉會議講話稿"); 同志們:; 一、 heading line, then 第一,/第二, paragraphs under it; "xx" placeholders; simplified leftovers (干部, 對于); text cut mid-word',
    isSpeech: true,
    title: '黨代表選舉會議講話稿',
    noise: ['- 目錄(lù)', '目錄', '第1篇'],
    regexCut: [PINYIN],
    dropLines: ['- 目錄', '第1篇 黨代表選舉會議講話稿'],
    outline: [
      { level: 1, marker: '一、', text: '統一思想,提高認識,深刻把握這次換屆選舉的重要意義' },
      { level: 2, marker: '第一,', text: '做好這次換屆選舉工作,有利于提升黨的執政能力,有利于夯實黨的執政基礎' },
      { level: 2, marker: '第二,', text: '做好這次換屆選舉工作,有利于進一' },
    ],
  },
  '10-jingxuan-gzshine-big5-page2-disan-no-comma': {
    source: 'http://gz-shine.com/yanjianggao/jingxuanyanjianggao/2712659_2.htm',
    kind: 'speech: 竞选演讲稿 (traditional, second page of a paginated article)',
    tests: 'traditional page; the title, then the second page of the speech: it opens with "第三我有…" (no comma, 第一/第二 on the first page; optional); no salutation; closing "謝謝大家,我演講完了。"; simplified leftovers (先后, 這里)',
    isSpeech: true,
    title: '競選鎮長演講稿',
    noise: [],
    dropLines: ['競選鎮長演講稿'],
    outline: [{ level: 1, marker: '第三', text: '我有紮實的理論素養和較強的統籌協調能力', optional: true }],
  },
  '11-zhuchici-jingpinshuku-big5-fanli-labels-yishi-diyi': {
    source: 'http://jingpinshuku.com/book/162944/53.html',
    kind: 'speech: 主持词 (example in a book of model speeches; traditional)',
    tests: 'traditional book page with converter quirks (同誌們, 下麵, 全麵, 係統, 幹部); example labels 【範例一】【致辭人】…【致辭背景】… above the text (noise; no title line); agenda 一是 after a colon and 二是 after a comma; "……" lines where other speakers talk; a block 第一, paragraph at the end (capture ends before 第二)',
    isSpeech: true,
    title: '',
    noise: [...JPSK_LABELS, '【致辭人】', '【致辭背景】'],
    dropLines: JPSK_LABELS,
    outline: [
      { level: 1, marker: '一是', text: '由委黨組書記、主任×××作動員報告,二是請×××書記作重要講話', optional: true },
      { level: 1, marker: '第一,', text: '委內各處室、委直各單位和各縣(市)區人口計生局' },
    ],
  },
  '12-zhici-jiuzishop-oneline-title-date': {
    source: 'http://jiuzi-shop.com/news/793.html',
    kind: 'speech: 致辞 (开幕式)',
    tests: 'title and publication time on one line ("…致辞 | 2024-04-26 04:41:06"); the whole speech on one line with spaces between paragraphs (stays one paragraph); a lone inline 最后, (no run)',
    isSpeech: true,
    title: '简短羽毛球开幕式致辞',
    noise: ['| 2024-04-26 04:41:06', '2024-04-26 04:41:06'],
    dropLines: [JIUZI_TITLE_LINE],
    outline: [],
  },
  '13-novel-jnweishang-laomo-shouxian-tongzhimen': {
    source: 'https://jnweishang.com/k/507_507543/114117233_2.html',
    kind: 'non-speech: novel',
    tests: 'novel chapter (site name, "第218章 …【2 / 2】", "…提示您:看后求收藏(…网址…)" line) in which a model worker speaks at a commendation meeting: quoted "尊敬的各位领导,同志们,首先请允许我…", "同志们!", blank lines between paragraphs',
    isSpeech: false,
    title: '第218章 张华当劳模啦',
    noise: [],
    outline: [],
  },
  '14-guide-jrmeiwen-heci-fenxi-di1pian-meta': {
    source: 'https://www.jrmeiwen.com/heci/22809.html',
    kind: 'non-speech: writing guide (collection)',
    tests: 'collection page of essays on how to write a 新年贺词: "(精选3篇)" title, "时间:… admin 今日美文" meta line, "新年贺词分析 第1篇"/"第2篇" piece headings; a quoted opening line a leader might say',
    isSpeech: false,
    title: '新年贺词分析',
    noise: [],
    outline: [],
  },
  '15-news-hqbet6098-big5-pinyin-yishi-after-colon': {
    source: 'http://hqbet6098.com/xwzx/jcdt/1760146248867926017.html',
    kind: 'non-speech: news report (traditional mirror)',
    tests: 'news of a bureau meeting on a traditional mirror with pinyin annotations; the director\'s "要求: 一是…。二是…。三是…" (一是 after a colon and a space, 二是/三是 after full stops) in a report; no title',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-xinde-mifunc-xibaipo-breadcrumb-zishu': {
    source: 'https://mifunc.com/xinde2/22497.html',
    kind: 'non-speech: 心得体会',
    tests: 'study notes of a visit: category line, breadcrumb "当前位置:首页 > 心得体会", title, "时间:" line, the title again with "[此文共768字]"; first person, no salutation',
    isSpeech: false,
    title: '赴西柏坡学习有感',
    noise: [],
    outline: [],
  },
  '17-zongjie-588k-diyipian-yi-paren-quotes': {
    source: 'https://m.588k.com/bgzj/gzzj/745781.html',
    kind: 'non-speech: 工作总结 (collection)',
    tests: 'collection page of work summaries: breadcrumb, "(范文四篇)" title, date, 小编 promo, "第一篇:" piece heading with the title wrapped over three lines; 一、 heading and an inline (一) heading; mis-encoded quotation marks (‚三个代表‛)',
    isSpeech: false,
    title: '市政园林局200X年政研工作总结及2007政研工作初步思路',
    noise: [],
    outline: [],
  },
  '18-zhidu-wensiwu-big5-breadcrumb-diyitiao': {
    source: 'https://wensiwu.com/renliziyuan/9p6gyk.html',
    kind: 'non-speech: 规章制度 (traditional, collection)',
    tests: 'staff handbook on a traditional page: breadcrumb "當前位置:文思屋>…>", "文思屋 人氣:2.16W" meta, 小編 promo, the title twice and "…規章制度1" piece heading; 第一章:/第一條、…第十條 articles; a misplaced comma in "第十條員、工"',
    isSpeech: false,
    title: '員工手冊規章制度',
    noise: [],
    outline: [],
  },
};
