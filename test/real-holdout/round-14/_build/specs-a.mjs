// Gold specs for holdout round 14, staging part a (cases 01–06): hosts' scripts and ceremonies. Four 主持词 of
// official meetings and ceremonies (a county 七一 表彰大会 with 第一项:…第五项: agenda lines and "(曲毕)请坐下。",
// a 党员大会 election script with 一、…五、 agenda lines and 应到/实到 counts, a speech-contest 主持词 flattened into a
// document viewer's numbered chunks, a traditional two-host 五四 纪念大会 script opening with its production notes)
// and two written look-alikes (a traditional 奠基仪式 实施方案 whose programme has a 主持人: line, numbered steps
// and stage directions; a guide to writing 主持词 in a document viewer, titled "会议主持词开场白"). Written from
// page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see ../../README.md
// for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then
// `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what
// is left are the paragraphs. Titles, noise and outlines are written by hand here.

const GX_TITLE = '七一建党节政府机关表彰大会主持词';
// The site's background paragraph on the 七一 anniversary, between the title and the salutation.
const GX_LEAD =
  '中国共产党于1921年7月成立至今已91周年,再过一天我们又要迎来建党纪念日。把7月1日作为中国共产党的诞辰纪念日,' +
  '是毛泽东同志于1938年5月提出来的。当时,毛泽东在《论持久战》一文中提出:“今年七月一日,是中国共产党建立的十七周年' +
  '纪念日”。这是中央领导同志第一次明确提出“七一”是党的诞生纪念日。';

const GK_TITLE = '党员大会选举、通过决议阶段主持词';
const GK_META = '更新时间:高考猫';

const DD_TITLE = '纪念建党 90 周年演讲比赛活动主持词';

export const specs = {
  '01-zhuchici-gxscse-biaozhang-label-lead-fact-diyixiang-quzhi': {
    source: 'http://m.gxscse.com/ZhuChiCi/374463.html',
    kind: 'speech: 主持词 (全县庆祝建党91周年暨优秀共产党员表彰大会)',
    tests: 'a category label "主持词" on the first line, the title, then the site\'s encyclopedic paragraph on how 7月1日 became the party\'s anniversary (third person, "毛泽东…提出") between the title and "同志们:"; blank lines between paragraphs; the meeting\'s contents "三项:一是…;二是…;三是…。" (一是 after a colon, 二是/三是 after semicolons; 一是\'s sentence is over 50 characters, 二是\'s is not, so its text runs over ";三是…"); agenda lines "第一项:"…"第五项:" (ordinal + noun, one ending in ";" with no full stop); stage directions "(曲毕)请坐下。" and "(颁奖完)…"; a lead-in line "下面进行――" ending in a doubled horizontal bar before the "第五项:" line; a lone "……" line; "xxx" placeholders; text cut mid-word ("强")',
    isSpeech: true,
    title: GX_TITLE,
    noise: ['主持词\n\n七一建党节', GX_LEAD],
    dropLines: ['主持词', GX_TITLE, GX_LEAD],
    outline: [
      { level: 1, marker: '一是', text: '表彰2011-2012年度先进基层党组织、农村党员带头致富能手、优秀共产党员、优秀党务工作者', optional: true },
      { level: 1, marker: '二是', text: '请先进党员代表介绍事迹;三是县委书记xxx同志作主题报告', optional: true },
      { level: 1, marker: '三是', text: '县委书记xxx同志作主题报告', optional: true },
      { level: 1, marker: '第一项:', text: '奏国歌', optional: true },
      { level: 1, marker: '第二项:', text: '请县委组织部部长xxx同志就创先争优活动和基层组织建设年工作作总结;', optional: true },
      { level: 1, marker: '第三项:', text: '请县委副书记xxx同志宣读受省、市委表彰的先进名单和县委的表彰决定', optional: true },
      { level: 1, marker: '第四项:', text: '颁奖', optional: true },
      { level: 1, marker: '第五项:', text: '请县委书记xxx同志作《新时期党员如何发挥先锋模范作用》主题报告', optional: true },
    ],
  },
  '02-zhuchici-gkmao-dangyuan-xuanju-meta-brand-agenda-yi-stripped-di': {
    source: 'http://gkmao.com/xuexi/zhuchici/291141.html',
    kind: 'speech: 主持词 (党员大会, election and resolutions stage)',
    tests: 'the title, then a meta line whose time is empty and whose author is the site\'s brand ("更新时间:高考猫"); no salutation: the script opens with "现在开会。" and 应到/实到 counts with the numbers left blank ("党员名"); agenda lines 一、…五、 of their own (four ending in 。, the last with no sentence end) after "五项议程:"; the site\'s filter dropped 第 and digits, so the steps read "现在进行一项议程" / "下面进行二项议程" and a numbered note reads "()党员对…"; voting formulae with "(或请放下)" alternatives, a bracketed stage direction "(宣读…名单。)", "......" after "请提出来", "xx"/"xxxx"/"xxx" placeholders, a heading-like line without punctuation ("发放选票之前,…需要注意的问题"); text cut mid-sentence ("表示赞成的,在")',
    isSpeech: true,
    title: GK_TITLE,
    noise: [GK_META],
    dropLines: [GK_TITLE, GK_META],
    outline: [
      { level: 1, marker: '一、', text: '通过大会选举办法' },
      { level: 1, marker: '二、', text: '通过大会监票人、计票人和唱票人名单' },
      { level: 1, marker: '三、', text: '选举中xxxx六届委员会和纪律检查委员会委员' },
      { level: 1, marker: '四、', text: '通过关于xxx同志代表上届党委所作工作报告的决议和关于xxx代表纪委所作工作报告的决议' },
      { level: 1, marker: '五、', text: 'xxx同志致闭幕词' },
    ],
  },
  '03-zhuchici-docduoduo-viewer-chunknums-glued-title-zhangsheng': {
    source: 'https://m.docduoduo.com/p-3196351.html',
    kind: 'speech: 主持词 (县 speech contest on the party\'s 90th anniversary; document viewer)',
    tests: 'a document viewer that prints the flattened document in three chunks numbered "1、" "2、" "3、" at the start of their lines: "1、" glued before the title, which is glued to the salutation and the body ("…活动主持词各位领导、…同学们:大家上午好!…"); "2、" and "3、" start lines in mid-sentence ("伟大的祖国" / "2、,一起为…", "再次以" / "3、热烈的掌声") — chunk numbers that look like an arabic list 1、2、3、; PDF spaces around numbers ("建党 90 周年", "10 分制", "请 1 号选手"); a stage direction "(掌声)" after a space; blanks left for names and scores ("领导有:让我们…", "评委的有:。", "谢谢.部长", "得分为 。"); text cut mid-phrase ("请各位领导、老师")',
    isSpeech: true,
    title: DD_TITLE,
    noise: ['1、纪念', '祖国\n2、,一起', '再次以\n3、热烈'],
    replace: [
      ['1、' + DD_TITLE + '各位领导', '各位领导'],
      ['伟大的祖国\n2、,一起为', '伟大的祖国,一起为'],
      ['让我们再次以\n3、热烈的掌声', '让我们再次以热烈的掌声'],
    ],
    outline: [],
  },
  '04-zhuchici-szftgk-big5-wusi-nannv-huiyicaozuo-stripped-nian': {
    source: 'http://szftgk.com/ZhuChiCi/289894.html',
    kind: 'speech: 主持词 (traditional; a company\'s 五四 anniversary and commendation meeting, two hosts)',
    tests: 'a traditional page with no title and no site noise in the capture: the script opens with its production notes ("[會議操作]", "、主持人出場:", "a、準備工作、…需要舞臺燈光和天幕配合" with no full stop, "b:連接詞"), then 男:/女: turns and a "全體合,大家好!" line; the site\'s filter dropped every 年, 第 and digit ("青朋友們", "八十周紀念日", "二段之后", "九八度", "、主持人出場:" for "1、…", "男:" for "男1:"), so the only list marker left is a bare "、"; "a、" is no marker family; a space inside a word ("富 強"); simplified leftovers (之后, 這里, 長河里); a list of company leaders cut mid-list ("…、總經理")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-fangan-dwc000-big5-dianji-programme-zhuchiren-not-speech': {
    source: 'http://www.dwc000.com/jianghuagao/41417.html',
    kind: 'non-speech: 实施方案 (a school\'s 奠基仪式 programme; traditional)',
    tests: 'a written event plan filed under "奠基儀式主持詞" on a 讲话稿 channel: a blank first line, the title, "- 更新時間:…" and a lone "-", the category label, a "以下是為您推薦的《…》" promo; 一、…四、 headings (the first with a space, glued to its content), 1、…5、 lists twice, a "主持人:…校長" line, stage directions in parentheses, "***"/"XX" placeholders, the steps written as bare actions ("宣布奠基典禮正式開始", "校長、黨委書記致詞") — the programme of a ceremony that a 主持词 would follow, with no address to an audience',
    isSpeech: false,
    title: '小學奠基儀式實施方案',
  },
  '06-guide-taodocs-viewer-zhuchici-kaichangbai-diyi-not-speech': {
    source: 'https://m.taodocs.com/p-657074175.html',
    kind: 'non-speech: writing guide (on 会议主持词; document viewer)',
    tests: 'a document viewer page ("文档介绍:第 1 页") whose document is titled "会议主持词开场白" (a speech genre in the title) with a "小编:" byline; the preview skips from the introduction into the middle of the section on endings ("不了解它,不成功,到达了预期目的〞之类的话。三是…"), a hard wrap before a comma ("总结会议" / ",但不是"), converter quirks (及会者, 局部, 否那么, 到达), "一是一,二是二", inline 三是/四是 after full stops and "第一,…;第二,…;…第五," after a colon and semicolons — advice about writing a 主持词, not a 主持词',
    isSpeech: false,
    title: '会议主持词开场白',
  },
};
