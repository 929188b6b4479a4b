// Gold specs for holdout round 119, part A (cases 01–06): traditional Chinese medicine (中医药 工作会议 讲话, 中医药大会
// 开幕 致辞, 中医药 体验中心/中医院 揭牌 and 开业, 中医药 发展规划 通知, a county's 中医药 示范县 news).
// Three spoken pieces (a national official's 1982 讲话 on the development of 中医 work, reposted on a TCM literature site
// (zysj.com.cn, "zaji" column): the capture opens with the speech's own date line "(1982年4月22日)" and "同志们:" — no
// title line, no site noise at all — with a "首先要…" after a comma (not a marker) and the site's "......" at the cut; a
// Hong Kong TCM leader's 开幕式致辞 at the 18th World Congress of Chinese Medicine on a bare-IP CMS page
// (39.105.126.52): a simplified headline "name:quote——…开幕式致辞回放" over "发布时间:" and "阅读量:" lines, then a
// traditional-script body with a long salutation naming public figures (the converter's "餘豔紅" kept), cut mid-word
// ("盛"); a provincial leader's 致辞 at the unveiling of a TCM experience centre for foreign dignitaries on a company's
// special-topic page (thffc.com): a bare title line, then four-space indents, an opening "“" glued to the salutation
// with ASCII commas and blanks inside it, a mid-speech "女士们,先生们,朋友们!" line, cut mid-word ("人民政")) and three
// written look-alikes (a traditional news report of a county-level 中医院 moving into its new site, on a mirror whose
// converter glued pinyin to the characters ("中醫(yī)院", "開業(yè)", "政協(xié)", "衛(wèi)健局", "各鎮(zhèn)"), the leaders' words
// reported ("…表示祝賀,指出…,希望…"); a city government's 通知 issuing its 中医药 规划 implementation plan on a pharma
// database (pharnexcloud.com): a sales bar ("洞察市场格局", "免费客服电话" and a number, "试用企业版"), field/value lines
// (发布日期, 发文字号, 信息分类, 有效地区, 时效性, 实施日期, 颁发部门, 正文内容), the notice's title twice, an addressee line
// ending ":", the plan's preamble and a "一、基本现状" heading; a county health commission's news item on a 中医药 示范县
// drive (wjw.yaan.gov.cn): lines ending in a stray "创" where the page's lead was cut, and a deputy county head's
// "强调,一要…。二要…。三要…。四要…" in reported speech — inline points by their shape, but a report, not a speech).
// Judgement calls: 01 is a speech (first person, "同志们:", the date line is the speech's own and stays); the page shows
// no title, so the title is ''; "首先要抓紧…" follows a comma and is prose, so the outline is empty; "彻克服" and "不介人"
// are the page's own slips, kept. 02's title is the page's headline as printed (the only name the speech has on the page;
// "回放" is part of it); the 发布时间 and 阅读量 lines are noise; the salutation is a paragraph. 03's title is the bare first
// line; the opening "“" glued to the salutation stays (a no-close quote the site printed), the "女士们,先生们,朋友们!"
// line is a body paragraph. None of the three speeches carries a numbered point inside the capture, so their outlines are
// empty. 04–06 are written, not speeches; 04 has no headline in the capture (title ''); 06's headline is not in the capture
// either. Names of county officials (04's 市委书记/市长/政协主席, 06's 副县长) and of 02's speaker were replaced by
// fictional ones; public figures named in 02's salutation and 03's (state and SAR leaders) were kept; the prose was
// rewritten. 04 is 500 characters: the store holds no more of that page.
// Looked for and not found on a new host: a 中医药工作会议 讲话 with 一、/一是/第一 points (the hits were journal abstract
// pages of soolun/soulun/ppdoc — used — one of them "我只讲两点意见。一、…"; a 交流发言稿 with 一、/一是 on
// xiezuofangchengshi, used; a 中医院 剪彩 致辞 on jsjstd's /zhuantifanwen/ farm, used; a 医馆揭牌 致辞 on xiaomilidoc,
// used; a 中医院 国庆晚会 致辞 on hljyxjs, used; a 国医大师 表彰大会 发言 with inline 一是/二是/三是 on 100md, used; a 百年院庆
// 致辞 on kfanwen, used); a 中医药 主持词 (the one hit, a 启动仪式 host's script, is on big5.www.gov.cn, used); a 国医大师/名中医
// 表彰 致辞 (only news reports: hdwmb, yaozui, jxhaiwainet); a traditional-script mirror of a 中医药 讲话 (the mirrors with
// converter pinyin — jizihe, f1411, bhskgw, zxtf, 52667788, victorzhang — carry essays and papers, not speeches). So no
// speech in this part has numbered points, and only three of the six pages are speeches.
// Template twins set aside: jsjstd.com (the "/zhuantifanwen/<col>/<id>.html" farm with "下面是小编为大家整理的…" promo);
// m.42923cc.com (used; a traditional 院庆 report); novel chapters with quoted "第一,…"/"第二,…" (ukaxs used; biqge3,
// cqbangqiao left for other parts).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HK_TITLE = '邝远:中医药可以在世界医疗舞台上担当重要角色——第十八届世界中医药大会开幕式致辞回放';
const HK_DATE = '发布时间:2021-12-17';
const HK_VIEWS = '阅读量:3062';

const JZ_TITLE = '江中体验中心启动仪式致辞';

export const specs = {
  '01-jianghua-zysj-zhongyi-gongzuo-1982-untitled-dateline-shouxian-after-comma': {
    source: 'https://zysj.com.cn/zaji/60794.html',
    kind: 'speech: 讲话 (a national official on developing 中医 work, 1982; repost on a TCM literature site)',
    tests: 'no title line and no site noise in the capture: it opens with the speech\'s own date line "(1982年4月22日)" and "同志们:"; "…这三支力量,首先要下力气壮大中医这支力量。" — 首先 after a comma, prose, not a marker; a long list of "不搞…" and "是否抱…的态度;" clauses after a colon and semicolons; the page\'s own slips "彻克服" and "不介人"; ends with the site\'s "等等......"',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '02-zhici-39-105-126-52-shijie-zhongyiyao-dahui-kaimushi-headline-meta-mixed-script': {
    source: 'http://39.105.126.52/index.php/show/21/3258.html',
    kind: 'speech: 致辞 (a Hong Kong TCM society head at the opening of the 18th World Congress of Chinese Medicine; CMS page on a bare IP)',
    tests: 'a simplified headline "邝远:中医药可以在世界医疗舞台上担当重要角色——第十八届世界中医药大会开幕式致辞回放" (speaker, colon, quote, dash, genre + "回放") as the title; "发布时间:2021-12-17" and "阅读量:3062" meta lines; a traditional-script body under a simplified headline; a one-line salutation of about 170 characters naming SAR and state officials and ending "朋友們:大家好!" (the converter\'s "餘豔紅" kept); no numbered points; cut mid-word ("盛")',
    isSpeech: true,
    title: HK_TITLE,
    noise: [HK_DATE, HK_VIEWS],
    dropLines: [HK_TITLE, HK_DATE, HK_VIEWS],
    outline: [],
  },
  '03-zhici-thffc-jiangzhong-tiyan-zhongxin-jiepai-quote-glued-salutation-indent': {
    source: 'http://thffc.com/zt/2015qh/neiyelu.html',
    kind: 'speech: 致辞 (a provincial leader at the unveiling of a TCM experience centre for foreign dignitaries; a company\'s special-topic page)',
    tests: 'a bare title line "江中体验中心启动仪式致辞"; every body line indented by four spaces; an opening "“" glued to the salutation, which mixes ASCII commas, blanks and "女士们、先生们、朋友们: 大家上午好!" on one line; a mid-speech address line "女士们,先生们,朋友们!"; a classical quote after a colon; no numbered points; cut mid-word ("人民政")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [],
    dropLines: [JZ_TITLE],
    outline: [],
  },
  '04-news-txcam-lianjiang-zhongyiyuan-qianjian-kaiye-converter-pinyin-not-speech': {
    source: 'http://txcam.cn/index.php?id=315',
    kind: 'non-speech: news report (a city 中医院 opens at its new site; traditional mirror with converter pinyin)',
    tests: 'no headline in the capture; traditional script with pinyin glued after 醫/業/協/衛/鎮 at every occurrence ("中醫(yī)院", "開業(yè)", "政協(xié)", "衛(wèi)健局", "各鎮(zhèn)(街)"); the leaders\' remarks reported in the third person ("…表示祝賀,指出…,希望…", "…主持儀式,指出…"); the page\'s "一如繼往" — a news report of an opening ceremony, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-tongzhi-pharnexcloud-quanzhou-zhongyiyao-guihua-fangan-field-chrome-not-speech': {
    source: 'https://pharnexcloud.com/data/zcfg_a42c59f5bcda8bb8048ee14814fd55c3.html',
    kind: 'non-speech: 通知 (a city government issuing its plan to implement the national 中医药 发展战略规划纲要; pharma policy database)',
    tests: 'a sales bar ("洞察市场格局", "解锁药品研发情报", "免费客服电话", a phone number, "试用企业版"); field/value line pairs separated by blank lines (发布日期, 发文字号, 信息分类, 有效地区, 时效性, 实施日期, 颁发部门, 正文内容); the notice\'s title twice, its number and date; an addressee line ending in ":" that looks like a salutation; the plan\'s title, a preamble citing three documents with "[2016]"-style numbers and year ranges "(2016-2030年)", a "一、基本现状" heading — a written document, not a speech; cut mid-word ("研")',
    isSpeech: false,
    title: '泉州市人民政府关于印发泉州市贯彻国家中医药发展战略规划纲要实施方案的通知',
    noise: [],
    outline: [],
  },
  '06-news-yaan-hanyuan-zhongyiyao-shifanxian-inline-yiyao-not-speech': {
    source: 'https://wjw.yaan.gov.cn/xinwen/show/d9c03ff53e8274776432df6639860c8d.html',
    kind: 'non-speech: news report (a county\'s 中医药 示范县 drive; city health commission site)',
    tests: 'lines ending in a stray "创" where the page\'s lead sentences were cut ("2022年10月24日,汉源县创"); an official "在讲话中指出,…" and "强调,一要…。二要…。三要…。四要…" — 一要 after a comma, 二要/三要/四要 after full stops, in reported speech; the four points are long sentences with ";"-separated tasks — a news report, not a speech; cut mid-sentence ("认真贯彻")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
