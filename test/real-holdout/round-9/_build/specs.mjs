// Gold specs for holdout round 9, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const KC_SITE_TITLE = '主题教育党课讲稿:牢记党的宗旨+忠心耿耿为民';
const KC_TITLE = '主题教育党课讲稿:牢记党的宗旨 忠心耿耿为民';

const TD_CRUMB = '您现在的位置是:首页 > 生活快讯 > 生活常识 > 正文';
const TD_META = '发布时间:2025-02-19 00:06:46来源:';
const TD_DAODU = '导读 【运动会开幕式解说词】尊敬的各位来宾,亲爱的老师们、同学们,大家上午好!在这秋风送爽、桂子飘香的美好季节,我们迎来了学校第X届运动...';
const TD_TAG = '【运动会开幕式解说词】';
const TD_TAIL = '这段解说词旨在营造积极向上的氛围,强调运动会不仅是竞技的舞台,更是交流与成长的机会。通过热情洋溢的语言,激发参与者与观众的热情与';

const MD_SITE_TITLE = '体育运动会开幕式入场词';
const MD_META = '2024-06-19 15:27:57 体育 轩妘';
const MD_TITLE = '点燃激情,共筑梦想——体育比赛开幕式致辞';

const JN_NOISE = [
  '当前位置:首页 > 学校概况  > 文章',
  '学校概况——',
  '空港小学2019——2020第一学期第六周升旗仪式',
  '发布时间:2019/10/12 19:09:50 作者:管理员 浏览量:1900次',
  '空港小学2019——2020学期第周升旗仪式',
  '周次:第6',
  '班级:2',
  '主题: 歌颂祖国',
  '辅导员:许晨阳',
  '升旗手、护旗手:吴子涵、刘欣悦、邓可馨',
  '主持人:周乐乐',
  '获得流动红旗的班级:',
  '国旗下讲话内容',
  '活动图片',
  '23AA286',
];

const HS_PAGE_TITLE = '最新三等功获奖感言发言稿(十篇)';
const HS_META = '发布时间:2023-06-06 14:45:09   来源:发言稿    点击:';
const HS_PROMO1 = '下面是小编为大家整理的最新三等功获奖感言发言稿(十篇),供大家参考。';
const HS_PROMO2 = '无论是身处学校还是步入社会,大家都尝试过写作吧,借助写作也可以提高我们的语言组织能力。范文怎么写才能发挥它最大的作用呢?下面是小编帮大家整理的优质范文,仅供参考,大家一起来看看吧。';
const HS_PIECE = '三等功获奖感言发言稿篇一';

const AX_GLUE = '秋季运动会闭幕词(通用27篇)秋季运动会闭幕词 篇1 ';

const WL_TAIL = '來源:網絡整理 免責聲明:本文僅限學習分享,如產生版權問題,請聯系我們及時刪除。';

const BM_TITLE = '春季校園運動會閉幕式解說詞範文';

const MS_PROMO = '前言:本站为你精心整理了县经济发展情势会上县长发言范文,希望能为你的创作提供参考价值,我们的客服老师可以帮助你提供个性化的参考范文,欢迎咨询。';

export const specs = {
  '01-dangke-kuaichafanwen-title-plus-twice-yi-yishi': {
    source: 'https://www.kuaichafanwen.com/26495.html',
    kind: 'speech: 党课 (主题教育)',
    tests: 'the title printed twice, first with a "+" where the page title had a space ("…宗旨+忠心耿耿为民"), then as the document prints it; salutation "同志们,朋友们:"; paragraphs indented with four spaces; "***" and XX placeholders; a "(一)" heading line after a colon-ended line, then a block "一是" paragraph cut before "二是"; "首先要…" without a comma (no marker)',
    isSpeech: true,
    title: KC_TITLE,
    noise: [KC_SITE_TITLE],
    dropLines: [KC_SITE_TITLE, KC_TITLE],
    outline: [
      { level: 1, marker: '(一)', text: '党的宗旨是共产党人的灵魂' },
      { level: 2, marker: '一是', text: '由党的性质所决定' },
    ],
  },
  '02-jieshuoci-tdtv-breadcrumb-daodu-bracket-title-commentary': {
    source: 'https://bbs.t-d.tv/2025/shcs_0219/376732.html',
    kind: 'speech: 开幕式解说词 (运动会)',
    tests: 'a news-portal page: "您现在的位置是:… > 正文" breadcrumb, the title, a "发布时间:…来源:" line with an empty source, a "导读 【title】…" summary line repeating the opening and cut with "...", the title again alone in 【】, then the speech; a courtesy "首先," paragraph and a closing "最后," paragraph (no 其次); after "谢谢大家!" the site\'s own commentary on the text ("这段解说词旨在…"), cut mid-sentence',
    isSpeech: true,
    title: '运动会开幕式解说词',
    noise: [TD_CRUMB, TD_META, TD_DAODU, TD_TAG, TD_TAIL],
    dropLines: [TD_CRUMB, '运动会开幕式解说词', TD_META, TD_DAODU, TD_TAG, TD_TAIL],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表组委会向全体参赛运动员致以热烈的欢迎和美好的祝愿', optional: true },
      { level: 1, marker: '最后,', text: '预祝本届运动会取得圆满成功,祝愿每一位运动员都能发挥出最佳水平,尽情享受比赛的快乐', optional: true },
    ],
  },
  '03-zhici-midea03-site-title-meta-own-title': {
    source: 'https://midea03.com/post/8607.html',
    kind: 'speech: 开幕式致辞 (体育比赛)',
    tests: 'the site\'s article title ("…入场词") differs from the document\'s own title right above the salutation ("点燃激情,共筑梦想——体育比赛开幕式致辞", a "——" joining theme and genre); a run-together date/category/author line ("2024-06-19 15:27:57 体育 轩妘"); paragraphs addressing groups ("各位运动员,", "各位教练员、裁判员,", "各位观众,"), no markers; text cut mid-word',
    isSpeech: true,
    title: MD_TITLE,
    noise: [MD_SITE_TITLE, MD_META],
    dropLines: [MD_SITE_TITLE, MD_META, MD_TITLE],
    outline: [],
  },
  '04-zhuchici-wuhaninfo-glued-seo-words-wan': {
    source: 'https://m.wuhaninfo.cn/dongshi/rvras/Nd255496qY',
    kind: 'speech: 主持词 (工作会议)',
    tests: 'no title: the capture opens with "同志们:"; an agenda "第一项是…;第二项是…" inside a sentence after a colon; "下面,进行第N项议程:" lines with "……………………(完)" lines after each item; the site\'s keywords "工作会议主持词" glued after the colon of one agenda line; "*"/"**"/"20xx" placeholders and a double space where a word was dropped ("我市 和工作情况"); a sentence broken over two lines ("有些具体工作" / "能尽快落实的…"); text cut after "下面我再"',
    isSpeech: true,
    title: '',
    noise: ['工作会议主持词'],
    replace: [['进行第三项议程:工作会议主持词', '进行第三项议程:']],
    join: [['同志们:今天的会议时间', '希望通过这次会议把我市的工作做得更好。']],
    outline: [],
  },
  '05-guoqixia-jnjy-ceremony-meta-zhujiangren': {
    source: 'http://kgxx.jnjy.net.cn/NewShow-1717.aspx',
    kind: 'speech: 国旗下讲话 (student, school site)',
    tests: 'a school site\'s ceremony page: breadcrumb with a double space, "学校概况——", the page title and a meta line, the ceremony\'s title again with a blank week ("第周"), ceremony lines (周次/班级/主题/辅导员/升旗手、护旗手/主持人/获得流动红旗的班级:), a "国旗下讲话内容" label, the speech\'s heading ("歌颂祖国", the theme); the salutation and greeting on one line with the speaker\'s byline after a run of spaces ("主讲人:…"); the speech\'s topic in 《》 inside a sentence; trailing spaces, an indented line, a "~" at the end; "活动图片" and an image id ("23AA286") after the speech',
    isSpeech: true,
    title: '歌颂祖国',
    noise: JN_NOISE,
    dropLines: [...JN_NOISE, '歌颂祖国'],
    outline: [],
  },
  '06-fayan-hongshengzhuji-collection-pianyi-shouxian-qici': {
    source: 'http://www.hongshengzhuji.com/fayangao/2023/0606/77480.html',
    kind: 'speech: 获奖感言发言稿 (collection)',
    tests: 'collection page: the page title with "最新" and "(十篇)" printed twice, a meta line with empty fields and a "字号:" line, two 小编 promos (one about writing in general), the piece heading "三等功获奖感言发言稿篇一"; the speech opens with "大家下午好!" only; a courtesy "首先," and "其次," inline after full stops; "xx年"; text cut mid-word',
    isSpeech: true,
    title: '三等功获奖感言发言稿',
    noise: [HS_PAGE_TITLE, HS_META, '字号:', HS_PROMO1, HS_PROMO2, HS_PIECE],
    dropLines: [HS_PAGE_TITLE, HS_META, '字号:', HS_PROMO1, HS_PROMO2, HS_PIECE],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表全体获奖同学,向学院领导、各位老师以及一路帮助过我的同学们表示诚挚的谢意', optional: true },
      { level: 1, marker: '其次,', text: '我也想和大家聊聊此刻心里的一些感受', optional: true },
    ],
  },
  '07-zhici-tmatonline-big5-jiaoshijie-no-title': {
    source: 'http://tmatonline.com/fanwen177672',
    kind: 'speech: 致辞 (教师节, principal; traditional)',
    tests: 'traditional page with no title and no site noise: the capture opens with the salutation ("各位來賓、各位領導、老師們:") and "大家好!" on its own line; quoted sayings; a space before a quotation mark; simplified leftovers (最后, 干); a closing wish "最后祝…" without a comma (no marker)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '08-jingpin-gardenhomesupplies-big5-pinyin-date-label': {
    source: 'http://www.gardenhomesupplies.com/fanwen/jingpinyanjiang/389895.html',
    kind: 'speech: 竞职演讲稿 (traditional mirror)',
    tests: 'traditional mirror: title "競職演講稿:…", then the site\'s category label "競聘演講稿" and a date "2012/3/21" on lines of their own above the salutation; converter pinyin after a few characters (領(lǐng)導(dǎo), 結(jié), 學(xué)); a story told before the speaker names himself; rhetorical questions; simplified leftovers (里, 么, 后, 并)',
    isSpeech: true,
    title: '競職演講稿:只有知識才能改變命運',
    noise: ['競聘演講稿', '2012/3/21'],
    regexCut: [PINYIN],
    dropLines: ['競職演講稿:只有知識才能改變命運', '競聘演講稿', '2012/3/21'],
    outline: [],
  },
  '09-bimuci-aixue-collection-oneline-pian1': {
    source: 'https://fanwen.aixue.net/keyword/qiujiyundonghuitigangneirong',
    kind: 'speech: 闭幕词 (运动会; collection)',
    tests: 'collection page: the title, then one line that runs the collection name with "(通用27篇)", the piece title with " 篇1", the salutation and the whole piece together, paragraphs separated by single spaces; text cut mid-sentence ("全体裁判员")',
    isSpeech: true,
    title: '秋季运动会闭幕词',
    noise: ['秋季运动会闭幕词(通用27篇)', '(通用27篇)', '篇1'],
    replace: [[AX_GLUE, '']],
    dropLines: ['秋季运动会闭幕词'],
    outline: [],
  },
  '10-bimuci-weilaioem-big5-pinyin-disclaimer': {
    source: 'http://weilaioem.com/gongwen/312676.html',
    kind: 'speech: 闭幕词 (运动会; traditional mirror)',
    tests: 'traditional mirror with converter pinyin after most multi-character words (運(yùn)動(dòng)會(huì), 同學(xué)們, 家長(zhǎng)), also inside the title; the salutation and greeting on one line; "201*" placeholder; "最后讓我們…" without a comma (no marker); a "來源:網絡整理 免責聲明:…" disclaimer line after the speech, itself with pinyin',
    isSpeech: true,
    title: '運動會閉幕詞',
    noise: ['來源:網(wǎng)絡(luò)整理', '本文僅限學(xué)習(xí)分享', '請(qǐng)聯(lián)系我們及時(shí)刪除'],
    regexCut: [PINYIN],
    dropLines: ['運動會閉幕詞', WL_TAIL],
    outline: [],
  },
  '11-jieshuoci-bimogu-big5-nannv-glued-title-apostrophe': {
    source: 'https://bimogu.com/fanben/zhici/n87gq1.html',
    kind: 'speech: 闭幕式解说词 (运动会, two hosts; traditional)',
    tests: 'traditional page: the title ("…解說詞範文") printed again between the two labelled salutation lines ("女:…", "男:…"); the site\'s keyword glued into sentences in place of a full stop (",春季校園運動會閉幕式解說詞。") and in 《》 after a verb ("致辭《春季校園運動會閉幕式解說詞》"); an anti-copy apostrophe ("今天的\'閉幕式"); "/" pause marks of the script; agenda lines "第一項:"/"第二項,"/"第三項," of their own; a stage direction in parentheses with a space; "首先進行…" without a comma (no marker)',
    isSpeech: true,
    title: BM_TITLE,
    noise: [',春季校園運動會閉幕式解說詞。', '《春季校園運動會閉幕式解說詞》', "今天的'閉幕式"],
    replace: [
      [',春季校園運動會閉幕式解說詞。', '。'],
      ['致辭《春季校園運動會閉幕式解說詞》。', '致辭。'],
      ["今天的'閉幕式", '今天的閉幕式'],
    ],
    dropLines: [BM_TITLE],
    outline: [
      { level: 1, marker: '第一項:', text: '領導宣佈比賽結果,致辭', optional: true },
      { level: 1, marker: '第二項,', text: '進行頒獎儀式', optional: true },
      { level: 1, marker: '第三項,', text: '領導致閉幕辭', optional: true },
    ],
  },
  '12-jianghua-1mishu-qianyan-promo-yi-diyi': {
    source: 'https://1mishu.com/article/lidaojianhua/jjgzhyjh/201206/739244.html',
    kind: 'speech: 讲话 (县长, 经济形势分析会)',
    tests: 'a "前言:本站为你精心整理了…范文…客服老师…欢迎咨询。" promo above the salutation, no title line (the promo names the speech); "下面,我先讲三点意见。" then a "一、" heading line; a paragraph opening with "是我县…" where the site dropped the year; a "第一、" paragraph (ordinal with 、, not in the rule table) with statistics; text cut after a full stop',
    isSpeech: true,
    title: '',
    noise: [MS_PROMO],
    dropLines: [MS_PROMO],
    outline: [
      { level: 1, marker: '一、', text: '在分析中肯定成绩,找准差距,以更坚定的信心谋划发展' },
      { level: 2, marker: '第一、', text: '要认识到成绩来之不易,切实增强加快发展的使命感', optional: true },
    ],
  },
  '13-news-66wc-zhengxie-zhichu-qiangdiao': {
    source: 'http://www.66wc.com/system/2022/02/17/014333783.shtml',
    kind: 'non-speech: news report (县政协 preparatory meeting)',
    tests: 'a county news report: title, a "…新闻网讯(记者 …)" lead, "会议要求,…", "…指出,…", "…强调,要…。要…。要…" in reported speech with 要 clauses after full stops; an editor line ("编辑:… 责编:… 监制:… 总监制:…")',
    isSpeech: false,
    title: '县政协十届一次会议召开召集人暨会风会纪疫情防控会议',
  },
  '14-xinde-orchidsteak-big5-breadcrumb-liangjiahe': {
    source: 'http://orchidsteakhousebethlehem.com/xxzj/others/30324.html',
    kind: 'non-speech: 学习心得 (traditional mirror)',
    tests: 'a traditional 學習心得 on a book: a "找總結網(wǎng) > … >" breadcrumb with pinyin, the title twice around a "| cwl2" poster line, a classical quotation with spaces after commas, first-person reflection ("讀完…給我…", "讓我感觸最深的一點是"); text cut after a comma',
    isSpeech: false,
    title: '2020基層干部《梁家河》學習心得',
  },
  '15-xinde-baihewenku-guanhougan-pian1': {
    source: 'https://baihewenku.com/wenku/202205/44295.html',
    kind: 'non-speech: 心得体会 (collection)',
    tests: 'a 文库 collection of 观后感/心得体会: title, a "date 来源:百合文库" line, the piece heading "延安学习心得体会 篇1"; first-person account of a training trip with "延安精神是…" theses; no salutation',
    isSpeech: false,
    title: '延安市王家坪纪念馆观后感收集',
  },
  '16-guide-shancun-huanyingci-chenghu': {
    source: 'http://shancun.net/fanwen/show-64910.html',
    kind: 'non-speech: writing guide (欢迎词)',
    tests: 'one line of advice on writing a 欢迎词: "(1)…(2)…(3)…(4)…" points run together after full stops, quoted salutation words ("“尊敬的”"), genre words (欢迎词, 开幕词, 闭幕词); cut mid-sentence',
    isSpeech: false,
    title: '',
  },
  '17-tongzhi-bjjcad-chahuahui-yuxian': {
    source: 'https://bjjcad.com/zwgkcon_0_58',
    kind: 'non-speech: 通知 (迎新春茶话会)',
    tests: 'a 预先通知: title "关于召开…的预先通知", an addressee line ending in a colon (like a salutation), an agenda naming the director\'s 新春贺辞, "现将有关事项预先通知如下:" with "1、"/"2、" items, the issuing office and the date',
    isSpeech: false,
    title: '关于召开局2016年迎新春茶话会的预先通知',
  },
  '18-news-suneasecloud-kaixue-dianli': {
    source: 'http://w.suneasecloud.com:8103/news/show_4258655.html',
    kind: 'non-speech: news report (开学典礼)',
    tests: 'a school news report: a couplet title, a subtitle "一一致…开学典礼" (a doubled 一 for a dash), an "作者/…" byline; the principal\'s 致辞 and the representatives\' 发言 summarised in reported speech; cut mid-word',
    isSpeech: false,
    title: '丹桂飘香启新程,师生聚首谱华章',
  },
};
