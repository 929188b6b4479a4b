// Gold specs for holdout round 3, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join` (the lines
// from the one starting with the first string to the one ending with the second are one paragraph:
// hard wraps of PDF text), then the page is split into lines, trimmed, blank lines and `dropLines`
// (exact trimmed lines) removed; what is left are the paragraphs. Every distinct regexCut match is
// added to the noise list. Titles, noise and outlines are written by hand here.
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const WUYOU_CHROME = [
  '在2025年全市五一安全生产工作会议上的讲话.docx',
  '免费试读',
  '试读结束,请下载阅读全文',
  '浏览量:${art_info.hits_amount}',
  '评论:${art_info.comment_amount}',
  '点赞:${art_info.praise_amount}',
  '收藏:${art_info.collection_amount}',
  '发表评论:',
  '用户评论:',
  '• 暂无数据',
];
const WMJY_BAR = '【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【小 中 大】【加入会员】';
const WMJY_PAYWALL = '【文章共6963字,精选参考范文,仅供学习借鉴】';
const GWB_CHROME = ['【党课】中国共产党为什么能(1)', 'VIP专免', '2024-04-05', '999+', '29.33KB', '13 页', '海报', '侵权投诉'];
const GWB_AD = '更多公文素材、写作指导请加微信:KingGuKai 进微信群,即可获得海量免费素材,每日更新\n实时文稿。';
const LAOJIN_CSS = 'l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in; margin-right: 1.25in; margin-top: 1in; margin-bottom: 1in } p { color: #000000; line-height: 115%; text-align: justify; orphans: 0; widows: 0; margin-bottom: 0.1in; direction: ltr; background: transparent } p.western { font-family: "Times New Roman", serif; font-size: 10pt; so-language: en-US } p.cjk { font-family: "宋体", "SimSun"; font-size: 10pt; so-language: zh-CN } p.ctl { font-family: "Times New Roman", serif; font-size: 10pt; so-language: ar-SA }';
const LAOJIN_TITLE = '市长在全市安全生产委员会例会上的讲话';
const GDYGSK_PROMO = '主持会议的开场白怎么写?下面我们范文网发言稿频道给大家精编的14篇关于主持会议的开场白,希望对大家有所帮助,内容仅供参考!';
const FANWEN99_PROMO = '好的演讲应该有趣味性,能够吸引听众的注意力,让听众感到轻松愉悦,从而更加愿意听演讲并接受演讲内容。教师节经典演讲稿怎么写,这里给大家分享教师节经典演讲稿,供大家参考。';

export const specs = {
  '01-zhenggai-taolaoshi-hidden-words-d-censor': {
    source: 'https://ceshi.taolaoshi.top/gongwen/158664.html',
    kind: 'speech: 讲话 (巡视整改)',
    tests: 'no title and no salutation at the top (同志们 only near the end); "D内"/"D员" censor letters kept; 一、 heading line, then a 第一, paragraph under it; a "---此处隐藏3111字,下载后查看---" line in mid-text, after which a 四是 paragraph whose 一是/二是/三是 are hidden (not a run by the rules → optional)',
    isSpeech: true,
    title: '',
    noise: ['---此处隐藏3111字,下载后查看---'],
    dropLines: ['---此处隐藏3111字,下载后查看---'],
    outline: [
      { level: 1, marker: '一、', text: '正视问题,不躲闪、不掩饰' },
      { level: 2, marker: '第一,', text: '建设方面存在“落差”' },
      { level: 2, marker: '四是', text: '健全制度落实机制', optional: true },
    ],
  },
  '02-anquan-gongwenwuyou-docx-trial-template-vars': {
    source: 'https://www.gongwenwuyou.com/index/article/detail.html?id=72924',
    kind: 'speech: 讲话 (document page, free preview)',
    tests: 'document page: file name "….docx" (with 在) above the document title (without 在), "免费试读"; 一、 then (一) heading ending in 。; a whitespace-only line and a "........." line at the preview cut; "试读结束,请下载阅读全文", unrendered template variables "浏览量:${art_info.hits_amount}" …, comment-box lines; dropped numbers (个区县(市)和个…) and a dropped name (多次强调,) kept',
    isSpeech: true,
    title: '2025年全市五一安全生产工作会议上的讲话',
    noise: [...WUYOU_CHROME, '.docx', '${art_info'],
    dropLines: [...WUYOU_CHROME, '2025年全市五一安全生产工作会议上的讲话'],
    outline: [
      { level: 1, marker: '一、', text: '提高政治站位,深刻认识五一安全生产的极端重要性' },
      { level: 2, marker: '(一)', text: '深刻认识节假日期间安全生产的特殊性' },
    ],
  },
  '03-xiangcun-wmjy-gloss-substitution-paywall': {
    source: 'https://wmjy.cn/wenmi/108876.html',
    kind: 'speech: 讲话 (座谈会)',
    tests: 'title, then a bar "【以稿换稿】【收藏】 作者: 佚名 来源: … 阅读 次 【小 中 大】【加入会员】"; no salutation; 一、 heading, then a 第一, paragraph after a colon-ended line; the site replaced words by glosses in parentheses ("(一个服务大众的职务,一个组织的首领)", "(单字替换)") which stay as censored text; paywall line "【文章共6963字,…】" and a lone "用户" line at the end',
    isSpeech: true,
    title: '市委书记在全市乡村振兴工作座谈会上的讲话',
    noise: [WMJY_BAR, '【以稿换稿】', '【加入会员】', WMJY_PAYWALL, '用户'],
    dropLines: ['市委书记在全市乡村振兴工作座谈会上的讲话', WMJY_BAR, WMJY_PAYWALL, '用户'],
    outline: [
      { level: 1, marker: '一、', text: '准确把握当前面临的新形势新任务' },
      { level: 2, marker: '第一,', text: '要用历史观看待三农' },
    ],
  },
  '04-fangxun-6dgww-wrapped-full-stop-weiwan': {
    source: 'http://6dgww.com/Article/4788147.html',
    kind: 'speech: 讲话 (防汛抗旱)',
    tests: 'title and 同志们; the full stop of "我先讲几点意见" wrapped onto a line of its own ("意见\\n。", rejoined); 一、 heading, then 第一,/第二, paragraphs under it; "(未完,全文共1971字,当前显示613字)" and "(请认真阅读下面的提示信息)" tail',
    isSpeech: true,
    title: '防汛抗旱指挥部第一次成员会议上的讲话',
    noise: ['(未完,全文共1971字,当前显示613字)', '(请认真阅读下面的提示信息)'],
    replace: [['意见\n。', '意见。']],
    dropLines: ['防汛抗旱指挥部第一次成员会议上的讲话', '(未完,全文共1971字,当前显示613字)', '(请认真阅读下面的提示信息)'],
    outline: [
      { level: 1, marker: '一、', text: '把握形势,切实增强防大汛、抗大旱的责任感和紧迫感' },
      { level: 2, marker: '第一,', text: '从各级领导的要求看' },
      { level: 2, marker: '第二,', text: '从我县的特殊县情看' },
    ],
  },
  '05-xuncha-jinrimiaobi-oneline-glued-title-inline': {
    source: 'https://jinrimiaobi.com/doc/tag-23663.html',
    kind: 'speech: 讲话 (tag page summary, one line)',
    tests: 'the whole text on one line: title glued to the first sentence with no salutation; inline 一、 after a full stop with its heading glued to its body and no 二、 before the cut (run of one → optional); inline 首先,/其次, after full stops (a run of two, level 1 by the letter of the rules); X/XX placeholders; site cut "..."',
    isSpeech: true,
    title: '在X届市委第XX轮巡察巡中调度会上的讲话',
    noise: [],
    replace: [['在X届市委第XX轮巡察巡中调度会上的讲话刚才', '刚才']],
    outline: [
      { level: 1, marker: '一、', text: '要坚守政治定位,发现问题要更精准这轮巡察有几个特点', optional: true },
      { level: 1, marker: '首先,', text: '市委期望高' },
      { level: 1, marker: '其次,', text: '社会关注度高' },
    ],
  },
  '06-yiyuan-dybbs8-big5-pinyin-zhengwen-er-san': {
    source: 'http://www.dybbs8.com/tongji4/1711865.html',
    kind: 'speech: 讲话 (traditional mirror, mid-document)',
    tests: 'traditional mirror with pinyin annotations (醫(yī), 產(chǎn), 發(fā), 統(tǒng), 創(chuàng), 經(jīng), 學(xué), 業(yè), 規(guī)); a "【正文】" line; the capture starts mid-word in the middle of the speech (no title, no salutation) and runs on one line with spaces between paragraphs; PDF wrap spaces (高質量 發展, 漫長 而) and a space before a comma; XX/X placeholders; inline 二、/三、 headings after full stops with no 一、 in the capture (not a run by the rules → optional)',
    isSpeech: true,
    title: '',
    noise: ['【正文】'],
    regexCut: [PINYIN],
    dropLines: ['【正文】'],
    outline: [
      { level: 1, marker: '二、', text: '希望你們堅守初心使命,牢記醫者擔當', optional: true },
      { level: 1, marker: '三、', text: '希望你們實干成就未來,共築發展高地', optional: true },
    ],
  },
  '07-huansong-qzlndx-big5-qa-circled-headings': {
    source: 'https://qzlndx.org/big5/tuixiu_1069',
    kind: 'speech: 欢送祝词 (traditional mirror, Q&A collection)',
    tests: 'traditional (big5) mirror of a Q&A collection: piece heading "❶ 歡送老同志退休的祝詞" above the same title, the next piece heading "❷ 贊美退休的詩句有哪些" at the end of the capture; converter and writer quirks kept (既將, 閑遐, 您們)',
    isSpeech: true,
    title: '歡送老同志退休的祝詞',
    noise: ['❶ 歡送老同志退休的祝詞', '❷ 贊美退休的詩句有哪些'],
    dropLines: ['❶ 歡送老同志退休的祝詞', '歡送老同志退休的祝詞', '❷ 贊美退休的詩句有哪些'],
    outline: [],
  },
  '08-dangke-gongwenbang-docviewer-wechat-ad-wraps': {
    source: 'https://gongwenbang.cn/doc/97839.html',
    kind: 'speech: 党课 (document viewer)',
    tests: 'document viewer: file title "【党课】…(1)" and one-word chrome lines (VIP专免, date, 999+, size, "13 页", 海报, 侵权投诉) above the document title; "——…" subtitle (optional dash item); PDF hard wraps every 27 characters (paragraphs end at short lines), a space before a full stop; a WeChat ad "更多公文素材…请加微信:KingGuKai …每日更新" wrapped onto a second line "实时文稿。" between paragraphs; "场景一:" label (no marker)',
    isSpeech: true,
    title: '中国共产党为什么能',
    noise: [...GWB_CHROME, GWB_AD, '更多公文素材、写作指导请加微信:KingGuKai'],
    dropLines: [...GWB_CHROME, '中国共产党为什么能', ...GWB_AD.split('\n')],
    join: [
      ['今天我们上一堂党课', '站得住的答案 。'],
      ['希望大家能带着', '凝聚起来。'],
      ['穿越百年风雨', '一路向前。'],
      ['一位研究近代史的学者', '正是'],
    ],
    outline: [
      { level: 1, marker: '——', text: '从三组历史瞬间对比来找寻真理的力量', optional: true },
    ],
  },
  '09-zhuchici-365docx-no-punctuation': {
    source: 'https://365docx.com/view/ff2c49a568.html',
    kind: 'speech: 主持词 (document page)',
    tests: 'document page whose text lost every punctuation mark: one run-on line of a meeting-chairing script (同志们…今天会议主要有六项议程一是…六是…下面进行会议第一项议程首先请…大家欢迎待毕…); no title, no noise; with no sentence end the 一是…六是 agenda has no item text → no outline; xx placeholders',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '10-anquan-laojin123-css-leak-trial-end': {
    source: 'https://laojin123.com/article/31261.html',
    kind: 'speech: 讲话 (document page)',
    tests: 'document page: title line, then a line that starts with a leaked stylesheet "l> [标签:标题] @page { … } p.ctl { … }" followed by the title again, the salutation and the whole body flattened with spaces; "下面,…讲几点意见: 一、…" inline after a colon (optional); "1-11月" is no marker; preview cut "忽……" then "试读结束,开通会员文档无限下载使用"',
    isSpeech: true,
    title: LAOJIN_TITLE,
    noise: [LAOJIN_CSS, '[标签:标题]', '@page {', 'font-family: "宋体", "SimSun"', '试读结束,开通会员文档无限下载使用'],
    replace: [[`${LAOJIN_CSS} ${LAOJIN_TITLE} 同志们:`, '同志们:']],
    dropLines: [LAOJIN_TITLE, '试读结束,开通会员文档无限下载使用'],
    outline: [
      { level: 1, marker: '一、', text: '认清形势,增强做好安全生产工作责任感', optional: true },
    ],
  },
  '11-kaichangbai-gdygsk-14pian-diyicengyisi': {
    source: 'https://fanwen.gdygsk.com/showinfo-51-3193-0.html',
    kind: 'speech: 开场白 (collection)',
    tests: 'collection page: breadcrumb run together ("首页范文稿件发言稿"), title "(14篇)", 范文网 promo, piece heading "…篇1"; a meeting opening with 第一层意思,/第二层意思,/第三层意思, (an ordinal followed by a noun, not in the rule table → optional; the first after a colon)',
    isSpeech: true,
    title: '主持会议的开场白',
    noise: ['首页范文稿件发言稿', '主持会议的开场白(14篇)', '(14篇)', GDYGSK_PROMO, '主持会议的开场白篇1'],
    dropLines: ['首页范文稿件发言稿', '主持会议的开场白(14篇)', GDYGSK_PROMO, '主持会议的开场白篇1'],
    outline: [
      { level: 1, marker: '第一层意思,', text: '“晒晒半年答卷”', optional: true },
      { level: 1, marker: '第二层意思,', text: '“群众心里有本账”', optional: true },
      { level: 1, marker: '第三层意思,', text: '“众人拾柴火焰高”', optional: true },
    ],
  },
  '12-jiaoshijie-99fanwen-pian1-empty-quotes': {
    source: 'http://99fanwen.cn/shixibaogao/95729.html',
    kind: 'speech: 演讲稿 (教师节, collection)',
    tests: 'collection page: breadcrumb "99范文网 > 实用范文 > 演讲稿 >", title, a poster line "| 新华", promo, the title again, piece heading "…篇1"; a censored slogan left as empty quotes (实践“”重要思想), a typo (蓬薜生辉) and a blank count (多少人次获奖) kept; text cut mid-sentence',
    isSpeech: true,
    title: '教师节经典演讲稿',
    noise: ['99范文网 > 实用范文 > 演讲稿 >', '| 新华', FANWEN99_PROMO, '教师节经典演讲稿篇1'],
    dropLines: ['99范文网 > 实用范文 > 演讲稿 >', '教师节经典演讲稿', '| 新华', FANWEN99_PROMO, '教师节经典演讲稿篇1'],
    outline: [],
  },
  '13-biaotai-gongwenku1-markdown-bold': {
    source: 'https://gongwenku1.com/index.php?id=56921',
    kind: 'speech: 表态发言',
    tests: 'title and a salutation naming the inspection leader; one 一、 heading; a sentence wrapped in leftover Markdown bold marks "**…**" glued inside a paragraph (the leading ** looks like a ** name placeholder before 市民政局)',
    isSpeech: true,
    title: '在市委巡察组进驻市民政局巡察动员会议上的表态发言',
    noise: ['深远。**市民', '要求。**我们'],
    replace: [['深远。**市民', '深远。市民'], ['要求。**我们', '要求。我们']],
    dropLines: ['在市委巡察组进驻市民政局巡察动员会议上的表态发言'],
    outline: [
      { level: 1, marker: '一、', text: '提高政治站位,以绝对忠诚的党性深刻认识巡察重大意义' },
    ],
  },
  '14-guoqixia-fanwen112-bracket-tag-title': {
    source: 'https://www.fanwen112.com/fanwen/624713.html',
    kind: 'speech: 国旗下讲话',
    tests: 'title prefixed with an unrelated SEO tag in square brackets ("[学生简笔画]"); "时间:… 演讲稿" meta line; two-line salutation (老师们,同学们: / 早上好!); indented paragraphs and an unpunctuated sub-head line ("另外希望同学们…每一秒", no marker); text cut mid-sentence',
    isSpeech: true,
    title: '小学生11月2日国旗下讲话稿',
    noise: ['[学生简笔画]', '时间:2021-10-01 00:00:00 演讲稿'],
    dropLines: ['[学生简笔画]小学生11月2日国旗下讲话稿', '时间:2021-10-01 00:00:00 演讲稿'],
    outline: [],
  },
  '15-guide-qbnews-huansong-fayan-shili': {
    source: 'https://jk.qbnews.cn/bzwd/202505/329846.html',
    kind: 'non-speech: writing guide',
    tests: 'guide to short remarks at a retirement farewell: 一、/二、/三、 headings with 1.–8. items, each followed by a quoted sample remark in the second person (感谢您…, 今天,我们…为您举办这场欢送会); no title',
    isSpeech: false,
    title: '',
  },
  '16-novel-fru88-huishang-biaotai-yishi': {
    source: 'https://fru88.com/book/8852/8766569_2.html',
    kind: 'non-speech: novel',
    tests: 'novel chapter "第1959章 会上表态" (网址/字/关灯 护眼 chrome, breadcrumb, "推荐阅读:" list of other novels) in which a minister introduces a delegation with quoted "一是…;二是…" and a chairman "表一个态"',
    isSpeech: false,
    title: '第1959章 会上表态',
  },
  '17-news-sdclyz-guoqixia-yishiyao-inline': {
    source: 'http://www.sdclyz.cn/2025/gqxjh_0506/7619.html',
    kind: 'non-speech: news report',
    tests: 'school news of a flag-raising ceremony reporting a student\'s 国旗下讲话: inline 一是要…。二是要…。三是要…。四是要… after full stops, and a last paragraph that repeats the speech\'s closing ("同学们,…让我们…") without quotation marks; no title',
    isSpeech: false,
    title: '',
  },
  '18-zongjie-baywatch-xiangzhen-title-twice': {
    source: 'http://www.baywatch.cn/gongzuozongjie/gongzuozongjiefanwen/25529.html',
    kind: 'non-speech: 工作总结',
    tests: 'half-year work summary of a township: title printed twice, figures paragraph, 一、 heading and (一)/(二) inline headings ending in 。; no salutation',
    isSpeech: false,
    title: '乡镇上半年工作总结及打算',
  },
  '19-xinde-zongjiew-zuotanhui-jianghua-123': {
    source: 'https://zongjiew.com/zongjiefanwen/78940.html',
    kind: 'non-speech: 心得体会',
    tests: 'study notes on a leader\'s speech at a 座谈会 (title "《…》学习心得范文"): first person, 1、/2、/3、 paragraphs, a quoted line of the speech',
    isSpeech: false,
    title: '《为了一江清水浩荡东流》学习心得范文',
  },
  '20-tongzhi-ytsjzyxh-zhutici-gongyin': {
    source: 'http://www.ytsjzyxh.com/page120?article_id=55',
    kind: 'non-speech: 通知',
    tests: 'meeting notice opening with a long addressee line ending in a colon (looks like a salutation); 一、/二、 items with (一)…(四), the last "市委领导作重要讲话"; 特此通知, issuer, date, 主题词 and "共印60份" lines; no title',
    isSpeech: false,
    title: '',
  },
};
