// Gold specs for holdout round 65, part a (cases 01–06): party congresses, party members' meetings and leadership
// elections (党代会, 党员大会, 换届选举, 选举大会 主持词, 当选表态发言) — speeches and look-alikes. Two spoken pieces (the
// closing address of a national party congress (the twelfth, 1982) reprinted on a local party-building site (xndjw.gov.cn):
// the headline "【闭幕词】李先念在十二大上的闭幕词" with the column tag glued before the title, the speech's own date line
// "(一九八二年九月十一日)" under it, a "来源:人民网 日期:2021-04-05 浏览量:" meta line whose view count is empty, the salutation
// "同志们:" and four paragraphs, three opening with the same "这次代表大会," (parallel prose, not markers), cut mid-phrase;
// a 主持词 for a village committee's 换届选举大会 on a 文库-named 范文 site (wenku.puchedu.cn): the collection title
// "村委会换届选举主持词(5篇)" twice around a definition-style intro that ends in the promo "下面是小编精心整理的…,欢迎大家阅读!",
// the piece heading "村委会换届选举主持词1", agenda headings "  一、宣布大会开始" … "  四、候选人发表竞职陈述" indented with two
// ASCII spaces, block 1、/2、/3、 discipline rules after "下面宣布大会纪律:", a template line with blanks for the names
// ("为总监票人,、为监票人,、为计票员。") and a block "一是…" after "以下几点:", cut mid-word) and four written look-alikes (a
// traditional-script mirror (easyclosetorganizer) of a county hospital's news item on its party branch's 换届选举大会, with
// converter pinyin after a fixed set of characters, a photo caption in parentheses as the first line, the new secretary's
// 表态发言 only named, and the organisation department's "要求和希望:一是…;二是…;三是…" after a colon; a novel chapter on a
// reading site (bisuge) in which a newly elected governor gives his acceptance speech in quotation marks ("各位代表,同志们:
// 这次大会选举我担任省人民政府省长…"), under a breadcrumb with the book's name, "阅读设置(…[F11]…)", "设置X" and the chapter
// heading "第536章 省长专属!(1 / 4)"; a provincial civil-affairs department's Q&A page (smzt.gd.gov.cn) answering "召开党员大会,
// 会议议程是什么?" with a (1)…(13) list (the site's "(2)" printed twice and "支持人" for 主持人) and ①…⑧ sub-steps, between the
// site's bars ("专业版 简繁转换 English", 搜索热词, breadcrumb, 阅读次数, 浏览字号 / 打印页面) and its footer (关闭窗口, 扫描关注,
// 新浪微博); a traditional-script mirror (topointapp) with converter pinyin of a city news report on the opening of a 共青团
// 代表大会, under two caption lines whose second names a spoken genre ("少先隊(duì)員代表向…代表大會(huì)獻(xiàn)詞") while the
// text tells the 市委书记's speech in the third person ("他指出,", "…強(qiáng)調(diào),")).
// Judgement calls: 01's title is the headline without its column tag "【闭幕词】" (noise, as round 34's "【遴选备考】"); the
// headline line is dropped, not listed whole; the date line in parentheses is the speech's own and stays; the meta line is
// noise; no outline (the three "这次代表大会," paragraphs are parallel openings, not a numbered family). 02's title is the piece
// title without the site's count (the "(5篇)" title line, twice, is noise with "(5篇)" listed on its own, as the shared
// corpus's "(通用3篇)"); the whole intro line ending in the 小编 promo is noise (as round 31's wensafe page), and so is the piece
// heading "…1"; the four 一、 headings are required level-1 items; the block 1、/2、/3、 rules follow "下面宣布大会纪律:" and the
// block "一是…" follows "以下几点:" — points after a colon, optional (as round 20's panghu123 "以下几点要求:" 1、…4、), at level 2
// under their 一、/四、 heading; the 一是 line is cut before any sentence end, so its text is the whole line; the blanks in
// "为总监票人,、为监票人,、为计票员。" are the template's and stay. 03, 05 and 06 are written reports or answers, 04 a novel:
// none is a speech, though 03 and 05 carry 一是/二是/三是 or (1)…(13) runs, 04 quotes a whole acceptance speech with its
// salutation and 06's caption names a 獻詞. 03 and 06 have no title of their own in the capture; 04's and 05's titles are
// informational.
// Search budget: the session's `search` budget ran out after about thirty queries, before a third or fourth speech on an
// unused host turned up; this part therefore holds two speeches and four look-alikes, and only 02 carries numbered points.
// Looked for and not found on a new host: a 党代会 开幕词/闭幕词 or a 党员大会 讲话 with 一、/(一) on an unused 范文 or 文库 site
// (yopipo, alizhichou3, fanwen120, 07608, xuexila, hongzhai, gongwenhui, wm114, 365docx, neimou, xiebiwenku, tmdps, kfanwen,
// lypc.gov.cn, wenku365, 7334dd, wenmijiayuan, 1mishu, fanwenwang, jey722 are used); a newly elected secretary's 当选表态发言
// with 第一/第二 or 一是/二是 (the corpus answers with novel chapters — bisuge, danmo, mywenxue, jxjtwl, 3dddy, ccshw — and news
// items such as officeslicecoworking's and baijiasp's, or fsyouth's 团市委书记 speech, which is used); a 选举大会/换届选举 主持词
// on a new traditional mirror (004km, baiyunpiaopiao are used; xiaomilidoc, igat, 78911, gdygsk, xiexiebang, taodocs, doczj,
// yrrf, wnwk, gaozipu, fanwen112, changlipeixun, xwhssc are used). Left as template twins or used: taipei.baogaosu.com (a party
// chair's 当选感言全文 under a news lead; a city subdomain of the baogaosu news mirror whose lanzhou/fuzhou/beijing/haerbin
// subdomains are used), soolun.net (the "论文部分内容阅读" periodical preview of ppdoc/jxxfw), jxxznews.zjol.com.cn (zjol is
// used). wenku.puchedu.cn's collection layout (count title, definition intro with a 小编 promo, "<title>1" heading) resembles
// the ruiwen-family pages of 5310wfgg (round 16) and wensafe (round 31), but its promo sentence ("下面是小编精心整理的…,欢迎大家
// 阅读!"), its doubled "(5篇)" title line and its "wenku.<host>/<id>.html" address occur in no earlier page, so it was kept.
// All private people's and small places' names in 03 and 06 and the novel's characters in 04 are fictional; 01 names only
// the speaker of a published national speech and the report's author.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XN_TAG = '【闭幕词】';
const XN_TITLE = '李先念在十二大上的闭幕词';
const XN_META = '来源:人民网 日期:2021-04-05 浏览量:';

const PC_TITLE = '村委会换届选举主持词';
const PC_COUNT = '(5篇)';
const PC_PROMO =
  '村委会换届选举是指在一定的时间周期内,村民通过民主投票的方式选举新的村委会成员,以确保村级组织的平稳过渡和良好运行。' +
  '在选举过程中,村民可以通过提名候选人、宣传竞选纲领和参加候选人的公开辩论等方式了解和评估候选人的能力和承诺。' +
  '选举结果将决定新一届村委会的组成,这将影响到村级事务的决策和管理。下面是小编精心整理的村委会换届选举主持词,欢迎大家阅读!';
const PC_PIECE = PC_TITLE + '1';

export const specs = {
  '01-bimuci-xndjw-shierda-tag-dateline-meta': {
    source: 'https://xndjw.gov.cn/website/contents/2863/99773.html',
    kind: 'speech: 闭幕词 (the closing address of the party\'s twelfth national congress, 1982, reprinted on a local party-building site)',
    tests: 'the headline "【闭幕词】李先念在十二大上的闭幕词" with a column tag glued before the title; the speech\'s own date line in ASCII parentheses with Chinese numerals "(一九八二年九月十一日)" (stays); a meta line "来源:人民网 日期:2021-04-05 浏览量:" with an empty view count; salutation "同志们:"; three paragraphs opening with the same "这次代表大会," (parallel prose, not a marker family); quoted “左”; no numbered points; cut mid-phrase ("相对年轻的")',
    isSpeech: true,
    title: XN_TITLE,
    noise: [XN_TAG, XN_META],
    dropLines: [XN_TAG + XN_TITLE, XN_META],
    outline: [],
  },
  '02-zhuchici-puchedu-cunweihui-huanjie-collection-yi-arabic-yishi': {
    source: 'https://wenku.puchedu.cn/61951.html',
    kind: 'speech: 主持词 (the chair of a village committee\'s 换届选举大会; 范文 collection page)',
    tests: 'the collection title "村委会换届选举主持词(5篇)" printed twice around a definition-style intro ending in the promo "下面是小编精心整理的…,欢迎大家阅读!"; the piece heading "村委会换届选举主持词1"; blank lines between all lines; agenda headings "一、宣布大会开始" … "四、候选人发表竞职陈述" indented with two ASCII spaces (block, level 1); salutation "村民同志们:" under the first heading; block "1、"/"2、"/"3、" rules after "下面宣布大会纪律:" (after a colon: optional, level 2); a template line with blanks where names go ("经村选委会提名确定,为总监票人,、为监票人,、为计票员。", stays); a block "一是…" after "演说内容须遵守以下几点:" (optional), cut mid-word ("公开公平地进") before its 二是',
    isSpeech: true,
    title: PC_TITLE,
    noise: [PC_TITLE + PC_COUNT, PC_COUNT, PC_PROMO, PC_PIECE],
    dropLines: [PC_TITLE + PC_COUNT, PC_PROMO, PC_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '宣布大会开始' },
      { level: 2, marker: '1、', text: '参会选民要听从选举大会工作人员的统一安排,不随意走动,不擅自离场,遵守会场纪律,维护会场秩序', optional: true },
      { level: 2, marker: '2、', text: '各位选民要珍惜手中的民主权利,郑重地投出自己的一票,选出自己信得过的村委会成员', optional: true },
      { level: 2, marker: '3、', text: '各位选民不得干扰他人自由行使投票权利,凡干扰选民自由投票、破坏村委会选举的,一律依法严肃处理', optional: true },
      { level: 1, marker: '二、', text: '报告本次选举工作进展情况' },
      { level: 1, marker: '三、', text: '宣布选举工作人员' },
      { level: 1, marker: '四、', text: '候选人发表竞职陈述' },
      { level: 2, marker: '一是', text: '必须由选委会统一组织,公开公平地进', optional: true },
    ],
  },
  '03-news-easycloset-big5-pinyin-zhibu-huanjie-yishi-not-speech': {
    source: 'http://easyclosetorganizer.com/news/qxnews/yongdinnews/2018-09-14/146632.html',
    kind: 'non-speech: news report (a county hospital party branch\'s 换届选举 党员大会; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (據(jù), 產(chǎn), 關(guān), 規(guī), 區(qū), 務(wù), 衛(wèi), 導(dǎo), 進(jìn), 態(tài), 發(fā), 結(jié), 嚴(yán), 點(diǎn), 統(tǒng), 設(shè), 實(shí), 項(xiàng)) while 并 and 范 stay simplified; a photo caption in parentheses "(大會在莊嚴(yán)的國歌聲中拉開帷幕)" as the first line; a full stop inside the first sentence ("有關(guān)規(guī)定。9月14日"); the new secretary\'s "表態(tài)發(fā)言" only named; the organisation department\'s "要求和希望:一是…;二是…;三是…。" after a colon and semicolons; the slip "各項(xiàng)組織制定" — a third-person report of an election meeting, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-novel-bisuge-shengzhang-dangxuan-ganyan-reader-chrome-not-speech': {
    source: 'http://bisuge.cc/read/140282/18573053.html',
    kind: 'non-speech: novel (a chapter in which a newly elected provincial governor gives his acceptance speech)',
    tests: 'reading-site chrome: the breadcrumb "当前位置:笔速阁>都市言情>巅峰官场:从省纪委书记秘书开始> 第536章 省长专属!", "阅读设置(推荐配合 快捷键[F11] 进入全屏沉浸式阅读)", "设置X" and the chapter heading "第536章 省长专属!(1 / 4)"; short narrative paragraphs about the speaker walking to the rostrum; the speech quoted paragraph by paragraph in “…” with its own salutation "各位代表,同志们:" glued to the first sentence ("这次大会选举我担任省人民政府省长…"), applause between the quotes; cut mid-sentence inside a quotation ("开拓进取,") — a novel, not a speech',
    isSpeech: false,
    title: '第536章 省长专属!',
    noise: [],
    outline: [],
  },
  '05-guide-smzt-dangyuan-dahui-yicheng-paren-circled-not-speech': {
    source: 'http://smzt.gd.gov.cn/dawenku/shzz/content/post_4116000.html',
    kind: 'non-speech: Q&A answer (a provincial civil-affairs department on the agenda of a party members\' meeting that elects a new committee)',
    tests: 'a government Q&A page: the bars "专业版 简繁转换 English" and "搜索热词: 婚姻登记 低保 养老 收养", the breadcrumb "当前位置:首页 - 答问库 - 社会组织", the question as title, a "<date> <time> 来源:… 阅读次数:14881" meta line, "浏览字号" / "打印页面"; the answer as an indented "(1)…(13)" list of agenda steps (the site\'s "(2)" printed twice, "支持人" for 主持人), ①…③ and ①…⑧ sub-steps inline, bracketed notes "(全体起立,面向党旗)", steps naming speeches ("新一届委员会成员代表讲话", "上级党组织代表讲话"); the footer "关闭窗口", "扫描关注", "广东省民政厅", "新浪微博" — a written answer about a meeting\'s procedure, not a 主持词',
    isSpeech: false,
    title: '召开党员大会,会议议程是什么?',
    noise: [],
    outline: [],
  },
  '06-news-topointapp-big5-pinyin-tuandaihui-xianci-headline-not-speech': {
    source: 'http://www.topointapp.com/news/tianshui/2023010322270413942.htm',
    kind: 'non-speech: news report (the opening of a city\'s 共青团 congress; traditional-script mirror)',
    tests: 'three blank lines before the text; two caption lines "奏好人生三部曲 做社會(huì)主義接班人" / "少先隊(duì)員代表向共青團(tuán)天水市第八次代表大會(huì)獻(xiàn)詞" that name a spoken genre (獻詞) above a report of the congress opening; converter pinyin after a fixed set of characters (會(huì), 隊(duì), 團(tuán), 產(chǎn), 導(dǎo), 協(xié), 對(duì), 績(jì), 習(xí), 報(bào), 現(xiàn), 戰(zhàn), 時(shí), 進(jìn), 級(jí), 學(xué), 關(guān), 堅(jiān), 強(qiáng), 統(tǒng), 動(dòng), 創(chuàng), 經(jīng), 濟(jì), 質(zhì), 發(fā), 設(shè), 業(yè), 調(diào), 領(lǐng), 個(gè), 護(hù)) while 并 and 于 stay simplified; the 市委书记\'s speech told in the third person ("出席開幕式并講話", "他指出,", "…強(qiáng)調(diào),") with quoted slogans “兩個(gè)確立”; cut mid-sentence after "、" — a news report, not a speech; no title of its own',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
