// Gold specs for holdout round 154, part A (cases 01–06): horticulture and flower expos (花卉博览会, 园艺/园林博览会,
// 月季/盆景/菊花 shows — their 开幕词, 致辞, 讲话, 主持词, and their look-alikes: a news report and a forum ode).
// Four spoken pieces (a provincial bonsai-association official's 致辞 at the opening of a county 盆景展, reposted from a
// WeChat account on a bonsai blog (penjing8.com, "/zixun/<col>/<id>.html"): the page title with the brand ("… - PenJing8"),
// the site's tagline "PenJing8: 分享我的盆景生活日志", the title, a "日期:… 浏览:109" meta line, a "核心提示:" teaser that
// repeats the body from its third clause and stops after a comma, the WeChat article's own title with "!", the WeChat
// byline "红彤彤  昌恩园  今天" (nickname, account, "今天"), a salutation to the host association and the leaders,
// "早上好!" glued to the first paragraph, indented paragraphs, the title with "!" again between two paragraphs (an image
// caption), cut mid-word; a city parks bureau's live page of the opening of the 第六届杭州西湖月季花精品展
// (westlake.hangzhou.gov.cn, a government CMS "/art/<y>/<m>/<d>/art_<col>_<id>.html"): "官方微博", "官方微信", "无障碍",
// the live page's fields "主题:…", "接待时间:…", "承办单位:…", four photo captions ("孙雄介绍月季展相关情况", "章滨森致辞",
// "月季使者与领导嘉宾合影", "种福田"), a breadcrumb, the headline (the show's name), a spaced "直 播 公 告" heading with the
// site's notice "…本站将对…进行网上直播,敬请关注!" and its two signatories and date between runs of blank lines, then the
// transcript: "【主持人】" and "【孙雄】" turns, the guests' list one to a line ending in ";", a "首先请允许我…" with no
// comma, an inline lone courtesy "首先," after a full stop, cut mid-word; a vice-minister's 讲话 at the closing of the 第六届
// 中国国际园林花卉博览会 on a landscape-architecture portal (chla.com.cn, "/html/c<col>/<yyyy-mm>/<id>.html"): the page title
// "[视频]…——仇保兴-领导讲话|园林新闻-中国风景园林网-…", the headline with the "[视频]" tag and the speaker's name after a
// dash, a "[日期:…]  来源:…  作者:chla   发表评论(0)打印" meta line, a three-line byline (post, name, post) indented by
// spaces, the salutation with a trailing space, the site's typos kept ("我仅代表", "接待游250多万人次"), cut mid-word; a
// vice-minister's 发布词 at the first press conference of the 第四届中国绿化博览会 on a provincial forestry bureau's site
// (lyj.guizhou.gov.cn, a TRS "/jdhy/xwfbh/<yyyymm>/t<date>_<id>.html" page): a breadcrumb, the page headline (the
// conference's name), a "字号:[ ]  [关闭] 视力保护色:" tool line, the document's own title broken mid-word over two lines
// with a blank line between ("…第一次新闻" / "发布会上的发布词"), a byline of two posts and the name on three lines, a date
// line that lost its opening bracket ("2020年1月13日)"), the salutation "女士们、先生们,新闻界的朋友们:", "大家上午好!",
// "第一次在…、第一次在…" (no ordinal markers), cut mid-word) and two written look-alikes (a flower-trade portal's report
// (news.foeoo.com, "/<yyyymmdd>/<id>.html") of a county meeting on the flower and nursery-stock industry: the portal's
// banner "中国花卉网 - 花卉行业门户网站 !", a "商业资讯:" channel bar, a breadcrumb, "U.biz | 商业搜索", the headline twice,
// a "信息来源:foeoo.com   时间: … 浏览次数:499" line, then the county secretary's three demands reported in block
// paragraphs "一要…", "二要…", "三要…" (the last cut mid-word) under "…提出三点要求。" — a news report in the third person,
// not a speech; a Discuz forum thread (zjtie.xiasha.cn, "thread-<id>-1-1.html") holding an ode "花 博 会 赞" on a city's
// flower expo in four-character parallel prose, with Discuz jammer strings ("r/ ^! K1 Q' Q! @7 v! O2 _", "4 |6 p/ A: P" e1
// @", …) glued to the line ends and starts, lines broken mid-word ("开放重) k, j% |3 {4 z) b" / "庆;"), a spaced closing
// "恭 祝 盛 会 圆 满 成 功 |" and lone "|" lines — a written eulogy, not a speech; the whole stored page is 451 characters,
// the store holds no more).
// Judgement calls: 01's title is the title line under the tagline; the page-title line with " - PenJing8", the tagline,
// the meta line, the 核心提示 teaser (a site summary repeating the body, with "核心提示:" and "浏览:109" listed again as
// short parts), the WeChat byline and both copies of "…致辞!" (the WeChat title over the byline and the same line as an
// image caption between paragraphs) are noise; "刘会长"/"冯会长" are a surname and a post and stay; the salutation and
// "早上好!…" are body; no numbered points. 02 is a speech page: a live transcript of an opening ceremony (the host's
// script with the guests' introduction, then the first speaker's address) is spoken to an audience, as round 42 case 07
// (a press-conference transcript) and round 110 case 01; the headline, which names the show, is the page's only title
// line and is taken as the title (as round 134 case 02 took a press headline; unsure: it names the event, not the
// speech); the "主题/接待时间/承办单位" fields, the captions, the breadcrumb and the whole live notice (heading, notice,
// signatories, date) are noise — the signature "杭州市园林文物局" also stands inside a guest's post in the body, so it is
// listed with the date under it ("杭州市园林文物局\n\n2018年04月27日"); the speaker labels "【主持人】"/"【孙雄】" stay on
// their lines (as the speaker labels in round 13 case 10); "首先请允许我…" has no separator (no marker) and the inline
// "首先," in 孙雄's paragraph is a lone courtesy word with no 其次 in the capture → no item (as round 134 case 03). 03:
// the headline without "[视频]" is the title, the speaker's name after the dash included, since the page prints no title
// without it (as round 41 case 13 kept a name glued with "----"); the page-title line (with its "-领导讲话|园林新闻-…"
// part listed too), "[视频]" and the meta line (with "发表评论(0)打印") are noise; the three byline lines (post, name, post)
// carry a position and stay as body lines; no numbered points. 04: the document's own two-line title is the title (as
// round 5 case 02); the page headline "第四届中国绿化博览会第一次新闻发布会" is the column item's name and is dropped, but
// it is not listed as a noise string because the title contains it (as round 5 case 05 did not list a repeat the body
// score catches); a 发布词 read at a press conference with a salutation and "大家上午好!" is a speech (as round 42 case
// 07); the byline lines and the date line with its missing "(" are the speech's own and stay; "第一次在西部省份、第一次
// 在…" are never markers (第一 + 次); no outline. 05 and 06 are written, not speeches: 05 reports the county secretary's
// 一要/二要/三要 in the third person ("…到会讲话,就…提出三点要求。") although they open block paragraphs (as the shared
// corpus' case 18), 06 is an ode with no address and no speaker. Names of private people (the WeChat poster's nickname)
// were replaced; officials named in their public posts were kept; the prose was rewritten.
// Looked for and not found on a new host: a flower-expo speech with numbered points (一、/一是/第一/首先…其次): the 花博会
// 筹备工作会议/场馆建设推进会 讲话 with 一、/（一） are on m.7rdy.cn (used), the 园林绿化 讲话 with 一、 on bdocx.com,
// laowenmi.com, xiebiwenku.com, wm114.cn (used), the 苗木花卉博览会 致辞 on 8686.com.cn (used), the 兰花节 讲话 on
// meta.librarydata.cn (used), the 园林花卉博览会 讲话 with leaked <br> on lianshan.net (used); a 菊花展 or 月季展 开幕词/主持词
// on a 范文 site (the store answers with news reports of 开封/南阳/常州 shows); a traditional-script mirror of a flower-show
// 致辞 on an unused template (the 开封菊花 新闻发布辞 is on syxj.com.cn, used; the 荷花/梅花 致辞 mirrors jizihe.com,
// victorzhang.cn and zgkjsz.com are used and share one "/page/<y>/<mmdd>/<id>.shtml" template); the Hong Kong flower-show
// 致辞 is on sc.isd.gov.hk / info.gov.hk (used) and the 海峡两岸花博会 致辞 on chinanews.com.cn (used).
// Template twins considered: agrisci.cnjournals.com (a journal abstract "在明珠花卉市场二期扩建工程竣工庆典上的讲话") is the
// 勤云 journal template of the used zf.alljournals.cn (round 10 case 01: "首页 | 本学科首页   官方微博 | 高级检索",
// "本文献已被 CNKI 等数据库收录!", "Copyright©北京勤云科技发展有限公司") — dropped; the jizihe.com/zgkjsz.com converter mirrors
// are the used victorzhang.cn's template — dropped; penjing8.com's "核心提示:" label is a generic CMS field also on round
// 56's 16 and round 134's 17, whose other lines differ; lyj.guizhou.gov.cn's "视力保护色:" is a generic government-CMS
// widget also on round 16's 06 and round 130's 03 (other sites, other furniture); xiasha.cn's jammer strings are Discuz's
// generic "jammer" (as on the shared corpus' caiyes.cn), with no other shared line; no used page carries "PenJing8",
// "直 播 公 告", "接待时间:", "中国风景园林网", "花卉行业门户网站" or "U.biz | 商业搜索".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PJ_PAGETITLE = '刘会长在蕲春盆景展开幕式上致辞 - PenJing8';
const PJ_TAGLINE = 'PenJing8: 分享我的盆景生活日志';
const PJ_TITLE = '刘会长在蕲春盆景展开幕式上致辞';
const PJ_META = '日期:2018-06-01 11:37:52     浏览:109';
const PJ_TIP = '核心提示:我们迎来了蕲春纪念李时珍诞辰五百年活动和蕲春盆景展会的盛大开幕。这是蕲春乃至全省盆景界的一件喜事,也是对蕲春盆景难得的一次展示、交流和检验的良机。蕲春盆协在冯会长的带领下,';
const PJ_TITLE_EXCL = '刘会长在蕲春盆景展开幕式上致辞!';
const PJ_WX = '红彤彤  昌恩园  今天';

const WL_WEIBO = '官方微博';
const WL_WEIXIN = '官方微信';
const WL_A11Y = '无障碍';
const WL_THEME = '主题:“姹紫嫣红”——第六届杭州西湖月季花精品展';
const WL_TIME = '接待时间:2018年4月28日上午10:00';
const WL_ORG = '承办单位:杭州市园林文物局';
const WL_CAPTIONS = ['孙雄介绍月季展相关情况', '章滨森致辞', '月季使者与领导嘉宾合影', '种福田'];
const WL_CRUMB = '当前位置: 首页 > “姹紫嫣红”——第六届杭州西湖月季花精品展';
const WL_TITLE = '“姹紫嫣红”——第六届杭州西湖月季花精品展';
const WL_NOTICE_HEAD = '直 播 公 告';
const WL_NOTICE = '2018年4月28日(农历三月十三)上午10:00,本站将对“姹紫嫣红”——第六届杭州西湖月季花精品展进行网上直播,敬请关注!';
const WL_SIGN1 = '杭州西湖风景名胜区管委会';
const WL_SIGN2 = '杭州市园林文物局';
const WL_DATE = '2018年04月27日';

const CH_PAGETITLE = '[视频]在第六届中国国际园林花卉博览会闭幕式上的讲话——仇保兴-领导讲话|园林新闻-中国风景园林网-中国风景园林领先综合门户';
const CH_HEAD = '[视频]在第六届中国国际园林花卉博览会闭幕式上的讲话——仇保兴';
const CH_TITLE = '在第六届中国国际园林花卉博览会闭幕式上的讲话——仇保兴';
const CH_META = '[日期:2008-04-17]  来源:中国风景园林学会信息委员会  作者:chla   发表评论(0)打印';

const GZ_CRUMB = '您当前所在的位置: 首页 > 解读回应 > 新闻发布会';
const GZ_HEAD = '第四届中国绿化博览会第一次新闻发布会';
const GZ_TOOLS = '字号:[ ]  [关闭] 视力保护色:';
const GZ_TITLE1 = '在第四届中国绿化博览会第一次新闻';
const GZ_TITLE2 = '发布会上的发布词';

export const specs = {
  '01-zhici-penjing8-penjing-zhan-kaimu-hexin-tishi-wechat-byline-caption': {
    source: 'https://penjing8.com/zixun/6/27206.html',
    kind: 'speech: 致辞 (a provincial bonsai-association official at the opening of a county 盆景展; WeChat repost on a bonsai blog)',
    tests: 'page title with the brand ("… - PenJing8"); the site tagline "PenJing8: 分享我的盆景生活日志"; the title; a "日期:… 浏览:109" meta line with runs of spaces; a "核心提示:" teaser repeating the body from its third clause, cut after a comma; the WeChat title with "!" and the WeChat byline "红彤彤  昌恩园  今天" over the salutation; whitespace-only lines; "早上好!" glued to the first paragraph; the title with "!" again between two paragraphs (an image caption); indented paragraphs; cut mid-word ("品相不")',
    isSpeech: true,
    title: PJ_TITLE,
    noise: [PJ_PAGETITLE, '- PenJing8', PJ_TAGLINE, PJ_META, '浏览:109', PJ_TIP, '核心提示:', PJ_TITLE_EXCL, PJ_WX],
    dropLines: [PJ_PAGETITLE, PJ_TAGLINE, PJ_TITLE, PJ_META, PJ_TIP, PJ_TITLE_EXCL, PJ_WX],
    outline: [],
  },
  '02-zhuchici-westlake-yueji-zhan-zhibo-gonggao-captions-speaker-tags': {
    source: 'https://westlake.hangzhou.gov.cn/art/2018/4/28/art_1598546_29975544.html',
    kind: 'speech: 主持词 (live transcript of the opening of a West Lake rose show: the host\'s script, then the first speaker; city parks bureau\'s site)',
    tests: '"官方微博", "官方微信", "无障碍"; the live page\'s fields "主题:…", "接待时间:…", "承办单位:…"; four photo captions in a row; a breadcrumb; the headline (the show\'s name) as the only title line; a spaced "直 播 公 告" heading with the site\'s live notice, its signatories and date between runs of blank lines (a signatory also stands inside a guest\'s post in the body); "【主持人】"/"【孙雄】" speaker labels glued to the salutations; the guests\' list one to a line ending in ";"; "首先请允许我…" without a comma; a lone courtesy "首先," inline after a full stop (no item); cut mid-word ("花中皇")',
    isSpeech: true,
    title: WL_TITLE,
    noise: [WL_WEIBO, WL_WEIXIN, WL_A11Y, WL_THEME, WL_TIME, WL_ORG, ...WL_CAPTIONS, WL_CRUMB, WL_NOTICE_HEAD, WL_NOTICE, '本站将对', WL_SIGN1, `${WL_SIGN2}\n\n${WL_DATE}`],
    dropLines: [WL_WEIBO, WL_WEIXIN, WL_A11Y, WL_THEME, WL_TIME, WL_ORG, ...WL_CAPTIONS, WL_CRUMB, WL_TITLE, WL_NOTICE_HEAD, WL_NOTICE, WL_SIGN1, WL_SIGN2, WL_DATE],
    outline: [],
  },
  '03-jianghua-chla-yuanbohui-bimu-video-tag-name-suffix-byline': {
    source: 'http://www.chla.com.cn/html/c59/2008-04/8164.html',
    kind: 'speech: 讲话 (a vice-minister at the closing of the 第六届中国国际园林花卉博览会; landscape-architecture portal)',
    tests: 'the page title "[视频]…——仇保兴-领导讲话|园林新闻-中国风景园林网-中国风景园林领先综合门户"; the headline with a "[视频]" tag and the speaker\'s name after a dash (kept in the title); a "[日期:…]  来源:…  作者:chla   发表评论(0)打印" meta line; blank lines; a three-line byline (post, name, post) indented by runs of spaces; the salutation with a trailing space; typos kept ("我仅代表", "接待游250多万人次"); cut mid-word ("的要")',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_PAGETITLE, '-领导讲话|园林新闻-中国风景园林网-中国风景园林领先综合门户', '[视频]', CH_META, '发表评论(0)打印'],
    dropLines: [CH_PAGETITLE, CH_HEAD, CH_META],
    outline: [],
  },
  '04-fabuci-guizhou-lvbohui-fabuhui-split-title-byline-date-paren': {
    source: 'https://lyj.guizhou.gov.cn/jdhy/xwfbh/202009/t20200904_62876022.html',
    kind: 'speech: 发布词 (a vice-minister\'s statement at the first press conference of the 第四届中国绿化博览会; provincial forestry bureau\'s site)',
    tests: 'a breadcrumb; the page headline naming the conference (contained in the title, so dropped but not listed); a "字号:[ ]  [关闭] 视力保护色:" tool line; the document\'s own title broken mid-word over two lines with a blank line between ("…第一次新闻" / "发布会上的发布词"); a byline of two posts and the name on three lines; a date line that lost its opening bracket ("2020年1月13日)"); the salutation "女士们、先生们,新闻界的朋友们:" and "大家上午好!" on their own lines; "第一次在…、第一次在…" (no markers); cut mid-word ("贵州省、黔")',
    isSpeech: true,
    title: GZ_TITLE1 + GZ_TITLE2,
    noise: [GZ_CRUMB, GZ_TOOLS, '视力保护色:'],
    dropLines: [GZ_CRUMB, GZ_HEAD, GZ_TOOLS, GZ_TITLE1, GZ_TITLE2],
    outline: [],
  },
  '05-news-foeoo-huamu-chanye-tuijinhui-yiyao-blocks-not-speech': {
    source: 'http://news.foeoo.com/20120130/2043103.html',
    kind: 'non-speech: news report (a county meeting on the flower and nursery-stock industry; flower-trade portal)',
    tests: 'the portal banner "中国花卉网 - 花卉行业门户网站 !"; a "商业资讯:" channel bar; a breadcrumb ending in the headline; "U.biz | 商业搜索"; the headline; a "信息来源:foeoo.com   时间: … 浏览次数:499" line; the county secretary\'s three demands reported in block paragraphs "一要…", "二要…", "三要…" under "…到会讲话,就…提出三点要求。", with "要坚持…" clauses after semicolons — a report in the third person, not a speech; cut mid-word ("充分调动各")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-zan-xiasha-huabohui-discuz-jammer-not-speech': {
    source: 'http://zjtie.xiasha.cn/thread-295242-1-1.html',
    kind: 'non-speech: ode (a forum post praising a city\'s flower expo in parallel prose; Discuz forum)',
    tests: 'lone "|" lines; the spaced heading "花 博 会 赞"; Discuz jammer strings glued to line starts and ends ("r/ ^! K1 Q\' Q! @7 v! O2 _", "4 |6 p/ A: P\\" e1 @", a line ending in a backslash); lines broken mid-word ("开放重) k, j% |3 {4 z) b" / "庆;", "引来各地7 ?! ?! V9 _7 \\" / "如织游人"); four-character parallel prose with "此盛会也," and "以花为媒:/以花为桥:/以花为业:"; a spaced closing "恭 祝 盛 会 圆 满 成 功 |" — a written eulogy with no address and no speaker, not a speech; 451 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
