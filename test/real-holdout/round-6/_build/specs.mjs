// Gold specs for holdout round 6, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)';

const ICAMPUS_TITLE = '学生自律委员会营长林书瑶同学在2019年军营生活体验活动开营式上的发言';
const ICAMPUS_META = '作者(来源): 七宝中学     发布日期:2019-08-26    浏览次数:';
const ICAMPUS_IMAGE = '高一(1)班林书瑶.jpg';

const TT_SPAM = '中国竞彩网_中国体育彩票app_官网登录下载~';
const TT_TITLE = '警钟常鸣 奏响幸福乐章';
const TT_CRUMB = '当前位置:主页 > 演讲与口才 > 演讲稿 > 安全演讲稿 > >';
const TT_META = '来源::未知 | 作者:' + TT_SPAM + ' | 本文已影响';

const XDE_TEASER = '演讲者需要深入了解听众的需求、兴趣和认知水平,针对性地撰写演讲稿,以更好地引起听众的共鸣和反响。好的煤矿安全月演讲稿范文要怎么写?小编给大家带来煤矿安全月演讲稿范文,供大家参考。';

const FH_TITLE = '秋季田径运动会开幕词范例';
const FH_SOURCE = '来源:飞鸿范文帮 6.81K';

const LG_TITLE = '2023運動會開幕式上的講話';

const BZ_COLLECTION = '幼儿园运动会校长开幕词经典20篇';
const BZ_PROMO = '在现实生活或工作学习中,说到致辞,大家肯定都熟悉吧,致辞要求风格的雅、俗、庄、谐要适当。那么问题来了,到底什么致辞才合乎规范呢?这里给大家分享一下关于幼儿园运动会校长开幕词,方便大家学习。';
const BZ_TITLE = '幼儿园亲子运动会开幕式园长发言稿';
const BZ_META = '范文类型:开场白,演讲稿,适用行业岗位:幼儿园,园长,全文共 826 字';

export const specs = {
  '01-fayan-icampus-kaiying-meta-image-caption': {
    source: 'https://qbzx.icampus.cn/hsfz/hsfc/17404.htm',
    kind: 'speech: 发言 (学生代表, 开营式; school site)',
    tests: 'a long 在…上的发言 title naming the student; an "作者(来源): … 发布日期:… 浏览次数:" meta line with runs of spaces; an image file name left as a line between two paragraphs ("高一(1)班…jpg"); paragraphs indented with two spaces and blank lines between them; a courtesy 首先, paragraph with no run (optional); text cut mid-sentence',
    isSpeech: true,
    title: ICAMPUS_TITLE,
    noise: [ICAMPUS_META, '发布日期:2019-08-26', '浏览次数:', ICAMPUS_IMAGE, '.jpg'],
    dropLines: [ICAMPUS_TITLE, ICAMPUS_META, ICAMPUS_IMAGE],
    outline: [{ level: 1, marker: '首先,', text: '请允许我代表2019级全体参训同学向各位领导、教官、老师致以诚挚的敬意和感谢', optional: true }],
  },
  '02-fayan-aihuau-yundongyuan-no-title-shouxian-qici': {
    source: 'http://aihuau.com/a/25101018/371419.html',
    kind: 'speech: 发言 (运动员代表)',
    tests: 'no title and no site noise: the capture opens with the salutation; a courtesy 首先, paragraph with an inline 其次, after a full stop (thanks, not structure: optional)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表196名运动员感谢公司领导和工作人员,谢谢你们为我们搭起这个展示自我的舞台', optional: true },
      { level: 1, marker: '其次,', text: '我要特别感谢知恩中学全体师生为我们提供比赛场地,谢谢你们', optional: true },
    ],
  },
  '03-fayan-xuekejiayuan-biye-byline-date-blank-tail': {
    source: 'https://www.xuekejiayuan.com/doc/2583428.html',
    kind: 'speech: 发言 (教师代表, 毕业典礼)',
    tests: 'title, the speaker\'s byline with position ("教师代表 …") and a date line in parentheses (both part of the speech); a salutation that ends in "大家好!"; text cut mid-word ("石榴果,童") followed by blank lines',
    isSpeech: true,
    title: '在毕业典礼上的发言',
    noise: [],
    dropLines: ['在毕业典礼上的发言'],
    outline: [],
  },
  '04-zhici-wendang9-biye-salutation-first-no-title': {
    source: 'http://wendang9.com/detail.aspx?unid=243227',
    kind: 'speech: 致辞 (毕业典礼)',
    tests: 'no title and no site noise: the capture opens with the salutation line; a parenthesised aside inside a paragraph; "xx届" placeholder; text cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-jianghua-huangminedu-big5-tag-oneline-glued-title-pinyin': {
    source: 'http://www.huangminedu.com.cn/doc/tag-108500-1.html',
    kind: 'speech: 讲话 (traditional mirror, tag page)',
    tests: 'traditional tag page: the whole capture on one line, the title glued to the salutation ("…講話同志們:"), pinyin annotations after 業/務/結/發/責/領/導/鄉 (a converter artefact) next to a real parenthesis "(街道)"; simplified leftovers (這里, 關于); the site\'s "..." at the cut',
    isSpeech: true,
    title: '在全縣林業工作推進會議上的講話',
    noise: [],
    replace: [['在全縣林業(yè)工作推進會議上的講話同志們:', '同志們:']],
    regexCut: [PINYIN],
    outline: [],
  },
  '06-yanjiang-0577tt-spam-sitename-breadcrumb-meta': {
    source: 'http://0577tt.com/eloquence/draft/anquanyanjianggao/19988.html',
    kind: 'speech: 演讲稿 (安全)',
    tests: 'a hijacked site: the page title "图片 <title>_<gambling brand>_…~", the brand alone on a line, a breadcrumb ending in "> >", the title, a "来源::未知 | 作者:<brand> | 本文已影响" meta line; no salutation; paragraphs indented with one and four spaces; "1--9月" and "**" kept',
    isSpeech: true,
    title: TT_TITLE,
    noise: ['图片 ' + TT_TITLE + '_' + TT_SPAM, TT_SPAM, '中国竞彩网', TT_CRUMB, '主页 > 演讲与口才 > 演讲稿', TT_META, '本文已影响'],
    dropLines: ['图片 ' + TT_TITLE + '_' + TT_SPAM, TT_SPAM, TT_CRUMB, TT_TITLE, TT_META],
    outline: [],
  },
  '07-yanjiang-xde6-xiaobian-teaser-no-title': {
    source: 'https://xde6.net/yanjianggao/468856.html',
    kind: 'speech: 演讲稿 (煤矿安全月)',
    tests: 'a site teaser line (general advice, a question, "小编给大家带来…,供大家参考。") above the speech; no title line (the speech names its topic 《珍爱生命》 inside a sentence); salutation and greeting on two lines',
    isSpeech: true,
    title: '',
    noise: [XDE_TEASER, '小编给大家带来煤矿安全月演讲稿范文'],
    dropLines: [XDE_TEASER],
    outline: [],
  },
  '08-kaimuci-fhfwb-source-title-after-salutation-tags': {
    source: 'https://fhfwb.com/zhici/kaimu/y42474.html',
    kind: 'speech: 开幕词 (运动会)',
    tests: 'title, a "来源:<site name> 6.81K" line (source and a view count), the title printed again between the salutation and the greeting, blank lines between paragraphs, "xx"/"zz" placeholders, "谢谢大家!" and a "热门标签" label at the end',
    isSpeech: true,
    title: FH_TITLE,
    noise: [FH_SOURCE, '飞鸿范文帮', '热门标签'],
    dropLines: [FH_TITLE, FH_SOURCE, '热门标签'],
    outline: [],
  },
  '09-jianghua-letgol-big5-jingxuan23-pian1': {
    source: 'http://letgol.com/fanwen/kaimuci/10377012.html',
    kind: 'speech: 讲话 (运动会开幕式; traditional collection)',
    tests: 'traditional collection page: the title with a year prefix and "(精選23篇)", then the piece heading "… 篇1" (title, space, piece number); two-line salutation; "*縣" placeholders; a simplified leftover (后備); text cut mid-sentence',
    isSpeech: true,
    title: LG_TITLE,
    noise: ['(精選23篇)', LG_TITLE + ' 篇1', '篇1'],
    dropLines: [LG_TITLE + '(精選23篇)', LG_TITLE + ' 篇1'],
    outline: [],
  },
  '10-fayan-bzuowen-collection-counts-meta-jiaruqingdan': {
    source: 'http://fw.bzuowen.com/s/d3bef754aa09b15b997586147c30d9a6/322415',
    kind: 'speech: 发言稿 (园长, 亲子运动会开幕式; collection)',
    tests: 'collection page: a stray "0" line, the collection name "…经典20篇", a promo paragraph about 致辞, counters on their own lines ("浏览"/"1180"/"范文"/"386"), the first piece\'s title, a "范文类型:…,全文共 826 字" meta line and a "+ 加入清单" button; a typo kept ("饿家长")',
    isSpeech: true,
    title: BZ_TITLE,
    noise: [BZ_COLLECTION, BZ_PROMO, '这里给大家分享一下', '浏览', '1180', '386', BZ_META, '全文共 826 字', '+ 加入清单', '加入清单'],
    dropLines: ['0', BZ_COLLECTION, BZ_PROMO, '浏览', '1180', '范文', '386', BZ_TITLE, BZ_META, '+ 加入清单'],
    outline: [],
  },
  '11-guide-taicanghenda-shuzhi-breadcrumb-fabu': {
    source: 'http://www.taicanghenda.com/shuzhibaogao/2021/1002/29819.html',
    kind: 'non-speech: writing guide (述职报告)',
    tests: 'guide to the 述职报告 genre: breadcrumb, title, "发布时间:" line, parenthesised section labels ("(述职报告写作要领)", one with its opening parenthesis lost), indented paragraphs; no salutation',
    isSpeech: false,
    title: '述职报告定义与写作要领',
  },
  '12-novel-bshuku-pager-nbsp-tongzhimen': {
    source: 'http://www.bshuku.org/c42058/11791835_2.html',
    kind: 'non-speech: novel',
    tests: 'novel page (capture starts with a leaked "nbsp;"): a run of quoted lines from a county official\'s speech at a meeting ("同志们压力大…", "同志们,书记今天做自我批评…"), literal "\\n" lines between them, a stray "&", and a pager "本章未完,请点击下一页继续阅读! 第2页 / 共6页"',
    isSpeech: false,
    title: '',
  },
  '13-guide-p719-big5-pinyin-shuzhi-xiaobian-links': {
    source: 'http://www.p719.cn/20227633.html',
    kind: 'non-speech: writing guide (述职报告; traditional mirror)',
    tests: 'guide on a traditional mirror with pinyin annotations (統(tǒng), 領(lǐng), 務(wù), 結(jié), 內(nèi), 構(gòu)): 一、/二、/三、 headings, "1. …性。" items, a "小編精心推薦" line with "|"-separated links printed twice',
    isSpeech: false,
    title: '',
  },
  '14-news-czlsgz-kaixue-jintianshi': {
    source: 'http://www.czlsgz.com/html/903/2017-09-12/content-4891.shtml',
    kind: 'non-speech: news report (开学典礼)',
    tests: 'school news of an opening ceremony: a "今天是: |" date widget and a lone "|"; the principal\'s speech and three representatives\' 发言 summarised in reported speech; no title',
    isSpeech: false,
    title: '',
  },
  '15-news-dukashe-big5-yanjiang-spam-source': {
    source: 'https://dukashe.com/html/2013/10/23/217190.shtml',
    kind: 'non-speech: news report (traditional)',
    tests: 'traditional news of a safety speech contest at a coal mine: title, "作者:" line, date line, a hijacked "來源:" naming a gambling site; the mine director\'s call summarised in reported speech',
    isSpeech: false,
    title: '臨礦集團王樓煤礦“決戰四季度”演講共唱安全主旋律',
  },
  '16-novel-ylnjm-kaimushi-emoji-junk': {
    source: 'http://ylnjm.com/wap/xOL3XmZARr/HOILrgDmKY.shtml',
    kind: 'non-speech: novel',
    tests: 'novel chapter on a mobile page: breadcrumb ending in "第一十六章-【体育健将】", indented paragraphs with anti-scrape junk symbols inside words (🞺🙎🉎, ♾🍽🍣), a sports-day host\'s quoted opening "“尊敬的各位领导,各位老师,亲爱的同学们,大家好!"',
    isSpeech: false,
    title: '第一十六章',
  },
  '17-guide-2875-bimuci-headings': {
    source: 'https://2875.com.cn/RO3qbQvd',
    kind: 'non-speech: writing guide (闭幕词)',
    tests: 'guide to the 闭幕词 genre: title "闭幕词的格式", (一)/(二) headings, "1.总结性"/"2.概括性"/"3.号召性" sub-heads on lines of their own, a source note in parentheses; no salutation',
    isSpeech: false,
    title: '闭幕词的格式',
  },
};
