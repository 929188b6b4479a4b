// Gold specs for holdout round 5, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const HANJIA_PAGE_TITLE = '2022年度专题党课:从党史中汲取智慧和力量全力推进乡村振兴(精选文档)';
const HANJIA_TITLE = '专题党课:从党史中汲取智慧和力量全力推进乡村振兴';
const HANJIA_CRUMB = '您的当前位置: 77范文网 > 范文大全 > 党史学习 > ' + HANJIA_PAGE_TITLE;
const HANJIA_META = '来源:党史学习 时间:2022-08-04 14:05:03 点击: 推荐访问: 专题党课 专题党课2021 专题党课:';
const HANJIA_PROMO = '下面是小编为大家整理的' + HANJIA_PAGE_TITLE + ',供大家参考。';

const YUYUE_PAGE_TITLE = '十八届共青团代表大会_共青团莲花镇第十二次代表大会';

const DAWENGE_TITLE = '在创建省级文明城市动员大会上的讲话';
const DAWENGE_BLOCK = DAWENGE_TITLE + '\n同志们:这次创建省级文明城市动员大会,是市委、市政府经过反复研究、精心筹备召开的一次十分重要的会议。会议的主要任务是,围绕明年建成省级文明城市的目标,动员全市上下统一思想、明确任务、压实责任、齐心协力,迅速在全市掀起创建工作的热潮。\n12日上午,市委召开了创建工作领导小组全体成员会议,对创建的有关事项和工作要求作了明确。今天会上,市委方立新书记还要作重要讲话。\n下面,我先讲三点意见。\n';

const ALI_TITLE = '保持共產黨員先進性教育活動工作會議上的講話';
const ALI_TIME = '時間:2022-05-25 05:17:00';
const ALI_DAOYU = '導語:' + ALI_TITLE + '一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。';

const QIKAN_TITLE = '专题党课讲稿:关于2021年开展百年大党领导力';

const YJG_NAV = '网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿和谐社会演讲稿青春励志演讲稿训练锻炼演讲稿致辞主持演讲稿指导';
const YJG_CRUMB = '您现在的位置: 演讲稿范文大全 >> 致辞主持 >> 庆典致辞 >> 正文';
const YJG_TITLE = '“重阳节”文艺演出会上的致辞';
const YJG_FOOTER = ['首页设为首页加入收藏关于我们', 'Copyright © 2005-2016 演讲稿范文大全 All Rights Reserved'];

export const specs = {
  '01-dangke-hanjia777-breadcrumb-title-twice-jingxuan': {
    source: 'https://hanjia777.com/fanwendaquan/dangshixuexi/34444.html',
    kind: 'speech: 党课 (专题党课)',
    tests: '"手机版" line, breadcrumb ending in the page title, the page title "2022年度…(精选文档)" (year prefix and collection tag) printed twice around a meta line ("来源:… 时间:… 点击: 推荐访问: …") and a 小编 promo that quotes it, then the document\'s own title line without them; a whitespace-only line; no salutation; a long quotation inside a paragraph; text cut at an open quotation mark',
    isSpeech: true,
    title: HANJIA_TITLE,
    noise: ['手机版', HANJIA_CRUMB, '77范文网 > 范文大全 > 党史学习', '2022年度', '(精选文档)', HANJIA_META, '2022-08-04 14:05:03', HANJIA_PROMO, '下面是小编为大家整理的'],
    dropLines: ['手机版', HANJIA_CRUMB, HANJIA_PAGE_TITLE, HANJIA_META, HANJIA_PROMO, HANJIA_TITLE],
    outline: [],
  },
  '02-kaimuci-yuyue114-underscore-title-spaced-genre-date': {
    source: 'https://m.yuyue114.com/yiyuanzongjie/2020/0310/594351.html',
    kind: 'speech: 开幕词 (团代会)',
    tests: 'site title joining a tag and the document name with "_"; the document\'s title over two lines, the genre spaced out ("开  幕  词"); a date line with the day left blank ("(二00九年三月   日)"); trailing spaces on every line and a whitespace-only line; a closing 最后, paragraph with no run (optional); "推荐访问:" tag line at the end',
    isSpeech: true,
    title: '共青团莲花镇第十二次代表大会开幕词',
    noise: [YUYUE_PAGE_TITLE, '十八届共青团代表大会', '推荐访问:共青团 代表大会', '推荐访问:'],
    dropLines: [YUYUE_PAGE_TITLE, '共青团莲花镇第十二次代表大会', '开  幕  词', '推荐访问:共青团 代表大会'],
    outline: [{ level: 1, marker: '最后,', text: '预祝大会圆满成功', optional: true }],
  },
  '03-huansong-xjwk-seo-bracket-oneline': {
    source: 'http://m.xjwk.net/liyi/5811.html',
    kind: 'speech: 欢送词',
    tests: 'an SEO tag in square brackets glued before the title ("[史密斯热水器]"); "时间:… 来源:… 点击:" meta line; the salutation and the whole speech on one line with spaces between paragraphs and stray spaces before a comma and inside a phrase (stays one paragraph)',
    isSpeech: true,
    title: '对史密斯教授的欢送词',
    noise: ['[史密斯热水器]', '时间:2005-02-09 来源:礼仪 点击:', '2005-02-09'],
    dropLines: ['[史密斯热水器]对史密斯教授的欢送词', '时间:2005-02-09 来源:礼仪 点击:'],
    outline: [],
  },
  '04-zhici-shantou-byline-date-no-title': {
    source: 'https://youth.shantou.gov.cn/youth/d12/200610/11d184c709cb4ca78fef3ad5fe0aad9d.shtml',
    kind: 'speech: 致辞 (成人宣誓仪式; government site)',
    tests: 'no title in the capture: it opens with the speaker\'s byline (position and name) and a date line in parentheses, both part of the speech; a space before an opening quotation mark; a closing 最后, paragraph with no run (optional); no site noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [{ level: 1, marker: '最后,', text: '祝各位领导、各位嘉宾工作顺利、家庭幸福', optional: true }],
  },
  '05-jianghua-dawenge-printed-twice-zhengwen-fuzhi': {
    source: 'https://dawenge.com/jihuazongjie/157237.html',
    kind: 'speech: 讲话 (动员大会)',
    tests: 'a "正文复制" button label above the title; the salutation glued to the opening sentence; the whole block (title, three paragraphs) printed twice (the second copy goes); capture ends at "下面,我先讲三点意见。"',
    isSpeech: true,
    title: DAWENGE_TITLE,
    noise: ['正文复制'],
    replace: [[DAWENGE_BLOCK + DAWENGE_BLOCK, DAWENGE_BLOCK]],
    dropLines: ['正文复制', DAWENGE_TITLE],
    outline: [],
  },
  '06-jianghua-alizhichou3-big5-daoyu-yi-heading': {
    source: 'http://m.alizhichou3.cn/article/yjzc/hyfy/200905/201090.html',
    kind: 'speech: 讲话 (traditional mirror)',
    tests: 'traditional page: title, "時間:" line, "導語:…一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" disclaimer, the title again; 同志們:; "下面,我先講幾點意見:" then a 一、 heading line; a censored name left as "繼思想、鄧小平理論"; simplified leftovers (來源于, 之后); text cut mid-sentence',
    isSpeech: true,
    title: ALI_TITLE,
    noise: [ALI_TIME, '2022-05-25 05:17:00', ALI_DAOYU, '不代表本站觀點', '可咨詢客服老師'],
    dropLines: [ALI_TITLE, ALI_TIME, ALI_DAOYU],
    outline: [{ level: 1, marker: '一、', text: '進一步強化政治意識,深刻認識開展先進性教育活動的重要性和必要性' }],
  },
  '07-kaichang-haog-anticopy-dot': {
    source: 'https://m.haog.cn/dongshi/rbbsc/86RJOzwBG6',
    kind: 'speech: 开学典礼开场 (主持)',
    tests: 'short opening of a school ceremony: salutation and greeting on one line; a single anti-copy full stop inside a word ("春天的.脚步"); "20_~20_" placeholders; no title, no site noise',
    isSpeech: true,
    title: '',
    noise: ['的.脚步'],
    replace: [['的.脚步', '的脚步']],
    outline: [],
  },
  '08-dangke-qikantianxia-gong4pian-pian1-yi-heading': {
    source: 'https://qikantianxia.com/a/filepv3e4g69.html',
    kind: 'speech: 党课 (collection)',
    tests: 'collection page: title, a bare date line, the title with "(共4篇)", the piece heading "… 篇1" (title, space, piece number), the title again; no salutation; a paragraph of rhetorical questions; a 一、 heading line; text cut at a paragraph end',
    isSpeech: true,
    title: QIKAN_TITLE,
    noise: ['2024-07-30', '(共4篇)', QIKAN_TITLE + ' 篇1', '篇1'],
    dropLines: [QIKAN_TITLE, '2024-07-30', QIKAN_TITLE + '(共4篇)', QIKAN_TITLE + ' 篇1'],
    outline: [{ level: 1, marker: '一、', text: '党的领导力源自指导思想的科学正确和与时俱进' }],
  },
  '09-zhici-jgdj-byline-date-oneline': {
    source: 'http://jgdj.km.gov.cn/c/2012-09-24/652726.shtml',
    kind: 'speech: 致辞 (演讲比赛; government site)',
    tests: 'no title in the capture: the speaker\'s position, name and date on one line ("机关工委书记周文涛 2012年8月28日"), part of the speech; salutation with its greeting ("同志们、选手们,大家好:"); text cut mid-sentence; no site noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-zhici-yanjianggao-nav-circle-title-footer': {
    source: 'http://www.yanjianggao.wang/zhuchi/qingdian/201511/130140.html',
    kind: 'speech: 致辞 (重阳节文艺演出)',
    tests: 'a run-together navigation bar, a breadcrumb "您现在的位置: … >> 正文", the title between "○" decorations, the title again; two-line salutation; paragraphs indented with two spaces; **, * and 20xx placeholders; a closing 最后, paragraph (optional); footer links and a copyright line',
    isSpeech: true,
    title: YJG_TITLE,
    noise: [YJG_NAV, YJG_CRUMB, '演讲稿范文大全 >> 致辞主持 >> 庆典致辞 >> 正文', '○', ...YJG_FOOTER, 'All Rights Reserved'],
    dropLines: [YJG_NAV, YJG_CRUMB, '○  ' + YJG_TITLE + '  ○', YJG_TITLE, ...YJG_FOOTER],
    outline: [{ level: 1, marker: '最后,', text: '再次祝愿各位老年朋友们身体健康、节日快乐、阖家幸福', optional: true }],
  },
  '11-zhuchici-bluu-blanks-empty-list': {
    source: 'https://m.bluu.cn/dongshi/rvdrs/jmwww8YkPm',
    kind: 'speech: 主持词 (开学典礼暨表彰大会)',
    tests: 'no title; a chairing script with "20__"/"__中学" blanks, a line introducing the leaders that ends in a colon with the list left out, and a line with a blank list ("此外参加本次会议的还有,"); "首先请允许我…" without a comma (no marker); no site noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '12-article-520zcw-lvxin-jianghua-commentary': {
    source: 'https://520zcw.cn/article/wbetdw',
    kind: 'non-speech: commentary on a speech',
    tests: 'an SEO-prefixed title ("鱼贯上岸造句:…讲话"), "来源:百度文库 编辑:中财网 时间:" meta, a subtitle, then a long quotation of a new party secretary\'s inaugural speech followed by the columnist\'s commentary (一是…二是… after a comma, 笔者); indented paragraphs',
    isSpeech: false,
    title: '领导干部的履新与告别讲话',
  },
  '13-novel-hailiangsk-shuzhi-shouxian-qici': {
    source: 'https://www.hailiangsk.com/c48941/15693191_6.html',
    kind: 'non-speech: novel',
    tests: 'novel chapter page (capture starts mid-sentence) describing a meeting room, then a character\'s quoted 述职: "“尊敬的领导、各位同事:", 首先,/其次, paragraphs, cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '14-guide-crossfitfinalpush-big5-pinyin-bimuci': {
    source: 'http://m.crossfitfinalpush.com/gongwen/huiyibimuci/34173.html',
    kind: 'non-speech: writing guide (traditional mirror)',
    tests: 'guide to writing a 闭幕词 on a traditional mirror with pinyin annotations (會(huì), 結(jié), 時(shí), 領(lǐng), 導(dǎo), 對(duì), 評(píng), 價(jià)): 一、/二、 headings, 1、/2、 sub-heads, (1)…(4) items, "稱呼" explained; title "…閉幕詞與例文"',
    isSpeech: false,
    title: '會議閉幕詞與例文',
  },
  '15-news-jingzhouxw-tuanbaihui-shouxian-ershi': {
    source: 'https://jingzhouxw.com/content/2012/01/12/7451688.html',
    kind: 'non-speech: news report',
    tests: 'local news of a New Year reception ("本网讯…"): the mayor\'s 贺词 summarised as "首先…;二是…;三是…;最后…" after a colon, the secretary\'s three points in reported speech; 来源/作者/编辑 lines; no title',
    isSpeech: false,
    title: '',
  },
  '16-novel-4qo-biaotai-diyi-dier': {
    source: 'http://4qo.net/59_59459/3021616.html',
    kind: 'non-speech: novel',
    tests: 'novel chapter ("第031章(1 / 1)") in which a county secretary makes a quoted 表态发言: 同志们, 首先, and block-like "“第一,…"/"“第二,…" paragraphs opening with a quotation mark',
    isSpeech: false,
    title: '第031章',
  },
};
