// Gold specs for holdout round 103, part C (cases 13–18): mining and geology (煤矿 安全生产, 矿山 复工, 地质勘查,
// 地质队 建队 周年 — speeches at mines and geological teams, and their look-alikes).
// Two spoken pieces (a 建队50周年庆典致辞 of a geological survey team (安徽总队 of the 建材地质 centre) on the team's own
// CMS page (ahzd.bmgec.cn): a breadcrumb "您现在的位置: 首页 > 党建工作 > 专题专栏 > 安徽总队建队50年 > 50周年系列文体活动 >
// 正文", the title, an "编辑日期:2020-01-07   点击次数:" meta line with an empty count, a bare "【字体:" left by the font-size
// widget, the salutation (with a trailing space), "大家下午好!" and paragraphs indented with runs of spaces, "50年来," opening a
// paragraph (not a marker), cut mid-word ("“员工高"); a retired chief engineer's 发言 to young geologists, reposted by the
// speaker on a blog-like party page (arefolive.com): a "群团工作" column label, the title "寄语青年——在…座谈会上的发言", a
// "发布时间:… 发布人:tszzc 阅读:1628" meta line, the installment heading "寄语青年——按语与前言", the subtitle printed again
// on its own line with a cut part number "(1", a line of a lone space, five paragraphs of "按语:" (the blogger's note on how the
// talk came about and why it is posted in parts, ending "今天先贴“按语与前言”:"), then the speech's own "前言" label,
// "青年朋友们:", "大家下午好!" and the talk, cut mid-phrase ("从钻机班")) and four written look-alikes (a traditional mirror with
// converter pinyin (oplice.com) of a company news item in which the general manager "強(qiáng)調(diào),一是…。二是…。三是…" —
// 一是 after a comma, 二是/三是 after full stops, all reported in the third person, no headline in the capture; a provincial news
// app's report (dzrb.dzng.com) of a coal mine's "开工第一课" after the Spring Festival: headline, a "产业新风 |  <date> 原创"
// line, the reporter's name glued to "来源:大众新闻", a "微信扫码扫码下载客户端" line, then third-person paragraphs, cut
// mid-sentence; an untitled commentary (kuaibao.lzzcloud.net) urging miners back to safe work after the holiday — "要…。要…。
// 要…", "让我们…" — with a "文章内容来自网络,如有侵权,联系删除、联系电话:…" line and "参与评论"/"评论区" footer lines; a
// novel site's page (pigtxt.com, 猪猪小说网) of an official's diary "地矿手记II": a site name, a QR line, the chapter
// "2008年10月27日(第1页)", a book label "“地矿手记II(..)”!", a "●2008年10月27日" line, then the diarist's account of a
// bureau's 50th-anniversary meeting where a vice-governor "作了重要讲话" and "我在庆祝大会上的讲话中…" — narrated, not a
// speech).
// Judgement calls: 13's title is the line under the breadcrumb; the breadcrumb, the meta line and "【字体:" are the site's
// (noise); no outline ("50年来," and "回望来路," are prose). 14 is a speech page (the document is the talk; the blog post
// wraps it): the "群团工作" label, the meta line, the installment heading "寄语青年——按语与前言" and the subtitle repeated with
// "(1" are noise; the five "按语" paragraphs are the poster's editorial note about the talk, not part of it — cut as noise like
// a press lead or a 导语 (a reader could keep them; the gold does not); "前言" stays, as the speech's own part label in the
// manuscript, and the title keeps its "——在…上的发言" subtitle as printed; no outline. 15–18 are written, not speeches: 15 and
// 16 are news reports (15's 一是/二是/三是 are reported requirements; 15 has no headline in the capture, so its title is "");
// 17 is a commentary with no title, no address to an audience and no spoken genre (title ""); 18 is a diary chapter on a novel
// site. Names of living people who are not public figures were replaced by fictional ones (the company managers in 15, the
// reporter in 16, the officials named in the diary in 18); the prose was rewritten; 15 was written in traditional characters
// with pinyin after every occurrence of the characters the page annotates (網 創 經 調 導 當 產 強 嚴 發 業 長 復 認 訓 實 關 學
// 習 協 穩 現) and the page's leftovers 復雜 and 扎實 kept.
// Looked for and not found on a new host: a 煤矿 安全生产 动员 讲话 with 一、/（一） or 一是 points (fanwen.aixue.net,
// fymate.net, jxajj.com, laojin123.com, wk.yl1001.com, 360docs.net and ppdoc.com are used; the one with a leaked stylesheet
// and "试读结束" has no address); a 矿山 复工 讲话 (the corpus answers with news of "开工第一课" and a commentary, 16 and 17); a
// 地质勘查 工作会议 讲话 (wydbw.com, used, has the only one, a 出征仪式 讲话; the rest are journal abstracts on used hosts:
// ppdoc, soolun, cigem); a traditional-script mirror of a mine speech (tmdps.cn, xyvh.cn, 3du.tw and p719.cn are used); a
// 通报 on a new host (the two 煤矿 通报/通知 texts are journal pages on soolun.net and ppdoc.com, both used); so only two
// speeches, neither with numbered points inside the capture, and no speech outline in this part. A short traditional news
// item with 一要…;二要…;三要…;四要… (apsimio.cn) was claimed and left: its stored text is about 400 characters.
// Template twins set aside: xchen.com.cn (美章网's "<brand> 资料文库 <title>范文" template, as round 42 notes), tgtlts.com
// (fabiao.com's "/haowen/<id>.html" farm with 时間 and a "序論:…我們為您推薦十篇…" promo, as round 76's youfabiao note),
// aixizuo.com (named twin in rounds 41, 50 and 54), edieai.net (a traditional copy of the same sdjsyt.com mine news page).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const AH_CRUMB = '您现在的位置: 首页 > 党建工作 > 专题专栏 > 安徽总队建队50年 > 50周年系列文体活动 > 正文';
const AH_TITLE = '安徽总队建队50周年庆典致辞';
const AH_META = '编辑日期:2020-01-07   点击次数:';
const AH_FONT = '【字体:';

const AR_COLUMN = '群团工作';
const AR_TITLE = '寄语青年——在河南省地矿局第三地质勘查院青年交流座谈会上的发言';
const AR_META = '发布时间:2012-11-15 11:43:53  发布人:tszzc  阅读:1628';
const AR_PART = '寄语青年——按语与前言';
const AR_SUB = '——在河南省地矿局第三地质勘查院青年交流座谈会上的发言(1';
const AR_NOTE = [
  '按语:2012.11.13下午,受河南省地矿局第三地质勘查院政治处、团委之约,请我讲讲自己到地质队46年来的经历和体会,我作为这个地质队(如今叫院)的老队长、老总工程师,爽快地应了下来,并在会上讲了一个多小时。',
  '参加座谈的都是这几年从全国各地大学、大专、中专招来的毕业生,他们选了地质队这个清苦的地方,干了几年各有各的体会,于是院政治处、团委,为他们搭起了这个交流的台子。',
  '院党委书记、政治处主任、工会副主席、团委书记、岩土工程分院院长、资源勘查分院院长,到会参加了座谈。',
  '我的发言,讲的虽是个人的经历和体会,相信老一辈地质队员读了会感到宽慰;新一代地质队员读了会更懂得老一辈地质队员的辛苦、坚守和痴迷,从而更爱地质事业;博友们读了也会对地质队、对新老地质队员多一分了解。',
  '因为发言稿篇幅较长,拆成几篇,陆续贴出,今天先贴“按语与前言”:',
];

export const specs = {
  '13-zhici-bmgec-ahzd-jiandui50-crumb-meta-zitiao': {
    source: 'http://ahzd.bmgec.cn/info/2611/22021.htm',
    kind: 'speech: 致辞 (a geological survey team\'s 50th-anniversary celebration; the team\'s own CMS page)',
    tests: 'a breadcrumb "您现在的位置: 首页 > 党建工作 > 专题专栏 > 安徽总队建队50年 > 50周年系列文体活动 > 正文"; the title; an "编辑日期:2020-01-07   点击次数:" meta line with an empty count; a bare "【字体:" left by the font-size widget; the salutation "尊敬的各位来宾、全体员工同志们: " with a trailing space; "大家下午好!" and paragraphs indented with runs of spaces; "50年来," opening a paragraph (prose, not a marker); cut mid-word ("“员工高")',
    isSpeech: true,
    title: AH_TITLE,
    noise: [AH_CRUMB, AH_META, AH_FONT, '点击次数:'],
    dropLines: [AH_CRUMB, AH_TITLE, AH_META, AH_FONT],
    outline: [],
  },
  '14-fayan-arefolive-diyuan-qingnian-anyu-subtitle-repeat': {
    source: 'http://arefolive.com/PartyBuildingDetails.aspx?id=452&title=jyz',
    kind: 'speech: 发言 (a retired chief engineer to young geologists at a 地质勘查院 symposium; reposted in parts by the speaker)',
    tests: 'a "群团工作" column label; the title "寄语青年——在…座谈会上的发言"; a "发布时间:… 发布人:tszzc  阅读:1628" meta line; the installment heading "寄语青年——按语与前言"; the subtitle printed again on an indented line with a cut part number "(1"; a line holding a lone space; five "按语" paragraphs — the poster\'s note on how the talk came about, who attended and why it is posted in parts, ending "今天先贴“按语与前言”:" — that are not the talk; the speech\'s own "前言" label; "青年朋友们:" and "大家下午好!"; first-person talk with "46年" figures; cut mid-phrase ("从钻机班")',
    isSpeech: true,
    title: AR_TITLE,
    noise: [AR_COLUMN, AR_META, AR_PART, AR_SUB, ...AR_NOTE, '发布人:tszzc'],
    dropLines: [AR_COLUMN, AR_TITLE, AR_META, AR_PART, AR_SUB, ...AR_NOTE],
    outline: [],
  },
  '15-news-oplice-big5-pinyin-lanhua-yishi-not-speech': {
    source: 'http://www.oplice.com/News/InfoCon.aspx?id=17601',
    kind: 'non-speech: news report (a coal company manager\'s visit to a branch mine; traditional mirror with converter pinyin)',
    tests: 'traditional script with pinyin after many characters ("本網(wǎng)訊", "強(qiáng)調(diào)", "生產(chǎn)"), the leftovers "復(fù)雜" and "扎實(shí)"; no headline in the capture; "…強(qiáng)調(diào),一是…" after a comma, then "二是…" and "三是…" after full stops — requirements reported in the third person, not a speech; figures "3405", "220米", "300米"; "雙過半"',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-dzng-binhu-meikuang-fugong-meta-not-speech': {
    source: 'https://dzrb.dzng.com/general/0/NEWS3175830ALVSCIZXICUBR',
    kind: 'non-speech: news report (a coal mine\'s "开工第一课" after the Spring Festival; provincial news app page)',
    tests: 'an exclamatory headline "收心归位守底线!…启新程"; a "产业新风 |  2026-02-25 11:58:09 原创" line; the reporter\'s name glued to "来源:大众新闻"; a "微信扫码扫码下载客户端" line; a slogan opening "春来人自勤,起步即冲刺。" and paragraphs in the third person about the mine\'s safety lessons, training and hazard checks — not a speech; cut mid-sentence',
    isSpeech: false,
    title: '收心归位守底线!山东能源滨湖煤矿复工复产启新程',
    noise: [],
    outline: [],
  },
  '17-pinglun-lzzcloud-meikuang-fugong-comment-footer-not-speech': {
    source: 'https://kuaibao.lzzcloud.net/news_info/836093.html',
    kind: 'non-speech: commentary (an untitled opinion piece urging safe coal-mine work after the Spring Festival)',
    tests: 'no title in the capture; no address to an audience; exhortations "我们要…", "…要…", two "要…" sentences after full stops and a closing "让我们…!" — an editorial, not a speech; a "文章内容来自网络,如有侵权,联系删除、联系电话:023-85238885" line; "参与评论", a comment-rules line and "评论区"',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-pigtxt-dikuang-shouji-jianju50-not-speech': {
    source: 'https://www.pigtxt.com/soft/44182/26901761.html',
    kind: 'non-speech: novel site page (a geological bureau head\'s published diary, "地矿手记II", the day of the bureau\'s 50th anniversary)',
    tests: 'a site name "猪猪小说网", a QR line, the chapter "2008年10月27日(第1页)", a book label "“地矿手记II(..)”!", a "●2008年10月27日" line; a diary account of a 建局50周年 meeting: a long list of congratulating bodies, a vice-governor who "作了重要讲话", a director\'s "致辞", and "我在庆祝大会上的讲话中…" — narrated in the first person after the event, not a speech; cut mid-phrase',
    isSpeech: false,
    title: '2008年10月27日',
    noise: [],
    outline: [],
  },
};
