// Gold specs for holdout round 93, part A (cases 01–06): food and drug safety (食品安全 宣传周, 食安委, 药品监管, 安全用药月,
// 餐饮 — meetings, ceremonies, their speeches and their look-alikes).
// Two spoken pieces (a 讲话 by the executive secretary of the 中国食品安全万里行 Sichuan committee at a 四川食品(餐饮)安全研究会,
// on an agricultural-news site's old ASP CMS (guoyou.org.cn): a site bar "二维码扫描 | 手机版客户端下载 | … | 联系我们" with
// trailing spaces, "本站首页", "欢迎光临!", an indented breadcrumb "您当前位置:网站首页 >> 新闻中心 >> 中心要闻 >> 阅读文章", the
// headline "关注餐饮行业安全 促进餐饮品牌健康稳步发展——…执行秘书长出席四川食品(餐饮)安全研究会讲话" (a news-style headline
// that names the speech, and the only title line the page has), a "来源:… 发布时间:2014-09-19 查看次数:2006" meta line, the
// salutation ending in a space, indented paragraphs, the courtesy "首先请允许我…" written without a comma after a comma, cut
// mid-word ("丰硕成"); a pupil's 国旗下 演讲稿 on food hygiene, first piece of a collection page (qlzhan.com,
// "show-44-<id>-0.html") whose page title reads like a guide ("食品安全的演讲稿怎么写,8篇范文样本") but whose text is the pieces
// themselves: the piece heading "1食品安全演讲稿" with its number glued to the title, no salutation but "大家上午好!",
// "_班的_同学" blanks, a quoted cook's saying, cut mid-sentence) and four written look-alikes (a county news site's DedeCMS page
// (dunhua.jl.cn) on a 全国安全用药月 启动仪式: headline, a "时间:…来源:敦化新闻网 作者: 点击:" meta line whose "次" fell onto
// the next line, the CMS summary (the report's opening, cut at "国家食品药品监督管理") printed before the full text, an official
// who "在启动仪式上讲话,他说,…" in the third person, a reporter line, "(责任编辑:admin) |", "织梦二维码生成器" and a
// "------分隔线------" rule; a society's leadership-activities page (ceterango.com, a "/LingDaoHuoDong/<yyyymm>/t<date>_<id>.html"
// mirror) reporting a vice-president's opening speech at a cross-strait food-industry meeting — "首先代表…表示欢迎" and three
// paragraphs opening "她说," — a report, not a speech, cut mid-list of the Taiwanese delegation; a Q&A aggregator page
// (tui18edu.com) titled "食品安全宣传周活动方案": "导航:首页 > 宣传策划 > …", a 发布时间 line, numbered questions "1. …" / "2. …"
// as headings, the 19 departments' 《关于开展2018年全国食品安全宣传周活动的通知》 summarised ("《通知》要求,各地要…") with
// a "来源:国务院食品安全办秘书处" tail glued to its paragraph — a written page about a 通知, not a speech; a news aggregator's
// copy (fensifuwu.com) of a city report on a 药品安全 专项工作组 全体会议: the vice-mayor's requirements as a chain "要…;要…;要…;
// 四是…;要…" in which one "四是" survived from the original numbering after a semicolon, the writer's name in brackets, then
// "发表评论 / 留言与评论(共有 0 条评论) “” / 验证码: / 相关文章 / 推荐文章" chrome — a report, not a speech).
// Judgement calls: 01's title is the headline as printed (the page has no other title line; like round 72's 03, a headline
// that names the speech is the speech's title here), and the site bar, "本站首页", "欢迎光临!", the breadcrumb and the meta line
// are noise ("查看次数:2006" listed again as a shorter part); "首先请允许我…" has no separator and follows a comma → no item, so
// the outline is empty. 02 is a speech page (a collection whose first piece is a speech, as the shared corpus's collection
// rule says; the "怎么写" in the page title is the site's SEO, no guide text follows): the page title is noise, the title is the
// piece's own title "食品安全演讲稿" with the glued piece number "1" dropped (round 4's 09: the piece heading carries the title),
// and the heading line is listed whole as noise; the "_" blanks stay; no outline. 03–06 are written, not speeches: 05's
// "1."/"2." question headings and 06's stray "四是" are no outline because the pages are not speeches.
// Names of people who are not public figures (the speaker of 01, the officials, reporters and writers of 03, 04 and 06) were
// replaced by fictional ones; the prose was rewritten. 06's whole stored text is about 590 characters; its rewritten prose runs
// a little longer so that the page reaches 611.
// Looked for and not found on a new host: a 食品安全宣传周 启动仪式 讲话 with 一要/一是 points (snfmxh, xiezuofangchengshi,
// m.guanlizhe, daodoc, huangminedu, p719, renrendoc, fanwy are used); a 食安委 全体会议 or 食品安全工作会议 讲话 with 一、/(一)
// (daodoc, xiezuofangchengshi, 365docx, yzwku, wenku.docs.qq.com, fanwenq, max.book118, m.wenke99 are used; one 老金范文 capture
// had no address); a 药品监管 工作会议 讲话 (m.bimoxiezuo, yiyuan.7en, yjiedaojia are used; the corpus otherwise answers with
// news and journal pages); a 餐饮 企业 表态发言 or 乡镇 食品安全 表态发言 (120pk, ggfwb, m.zuowenba, xiexiebang, 1mishu are
// used); a 药监 演讲稿 (m.7rdy, yanjianggao.wang, m.ushengzhilian are used); a 食品安全 主持词 (365docx is used); a traditional
// mirror of a food-safety speech (m.xidihaij, p719, m.cdxkw are used). So neither speech carries a numbered point, and the part
// holds two speeches and four look-alikes, as round 59 (same theme) and round 73 found.
// Template twins set aside: fanwenfan.com ("来源:范文范 2.65W", named by round 59); m.laoduzhe.com (the "/zuowen/…(通用32篇)"
// collection named by round 59); snfmxh.com (the "/zhuantifanwen/<col>/<id>.html" farm, and used); yifangan.cn ("壹方案 > 方案范文
// >" with "时间: 新华 方案范文", the breadcrumb-and-meta template of round 22's "高分网 > 演讲致辞 >" / "时间: 新华 演讲致辞" page,
// under round 31's "…怎么写,这里给大家分享…" lead); mp4sky.com and 911ski.com (traditional mirrors of ce.cn pages under ce.cn's own
// "/cysc/…/t<date>_<id>.shtml" paths — mp4sky's holds a 中国科协 leader's 宣传周 speech after a press lead — set aside as round 90
// set aside dknews.com.cn: views.ce.cn is used). Not taken: jichengzao.cc (a traditional hijacked mirror of a 宣传周 news item,
// about 420 characters: too short), k392.com (a hijacked traditional news mirror under a keyword-spam header; the news slots were
// filled), cshtsb.com and rb.lhrb.com.cn (news; the news slots were filled).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GY_BAR = '二维码扫描 | 手机版客户端下载 | 网站首页 | 加入收藏 | 设为首页 | 联系我们';
const GY_HOME = '本站首页';
const GY_WELCOME = '欢迎光临!';
const GY_CRUMB = '您当前位置:网站首页 >> 新闻中心 >> 中心要闻 >> 阅读文章';
const GY_TITLE = '关注餐饮行业安全 促进餐饮品牌健康稳步发展——中国食品安全万里行四川组委会执行秘书长出席四川食品(餐饮)安全研究会讲话';
const GY_META = '来源:中国农业科技下乡网 发布时间:2014-09-19 查看次数:2006';

const QL_PAGE_TITLE = '食品安全的演讲稿怎么写,8篇范文样本';
const QL_PIECE = '1食品安全演讲稿';

export const specs = {
  '01-jianghua-guoyou-canyin-anquan-yanjiuhui-sitebar-crumb-meta': {
    source: 'http://www.guoyou.org.cn/show.asp?id=1676',
    kind: 'speech: 讲话 (the executive secretary of a food-safety campaign committee at a provincial 食品(餐饮)安全研究会; agricultural news site)',
    tests: 'a site bar "二维码扫描 | 手机版客户端下载 | 网站首页 | 加入收藏 | 设为首页 | 联系我们" with trailing spaces; "本站首页" and "欢迎光临!" lines; an indented breadcrumb "您当前位置:网站首页 >> 新闻中心 >> 中心要闻 >> 阅读文章"; a news-style headline naming the speech ("…——…执行秘书长出席四川食品(餐饮)安全研究会讲话") as the only title line; a "来源:… 发布时间:2014-09-19 查看次数:2006" meta line; a long salutation ending in ": "; indented paragraphs; a courtesy "首先请允许我…" after a comma and without a separator (no item); quoted slogans and a list of ministries; cut mid-word ("丰硕成")',
    isSpeech: true,
    title: GY_TITLE,
    noise: [GY_BAR, GY_HOME, GY_WELCOME, GY_CRUMB, GY_META, '查看次数:2006'],
    dropLines: [GY_BAR, GY_HOME, GY_WELCOME, GY_CRUMB, GY_TITLE, GY_META],
    outline: [],
  },
  '02-yanjiang-qlzhan-shipin-anquan-guoqixia-collection-piece-number-glued': {
    source: 'http://www.qlzhan.com/show-44-29291-0.html',
    kind: 'speech: 演讲稿 (a pupil\'s 国旗下 speech on food hygiene; first piece of a collection page)',
    tests: 'a page title that reads like a writing guide ("食品安全的演讲稿怎么写,8篇范文样本") over a plain collection; the piece heading "1食品安全演讲稿" with the piece number glued to the title; no salutation line but "大家上午好!我是_班的_同学,…" with "_" blanks; short one-sentence paragraphs; a quoted saying of a cook; rhetorical questions; cut mid-sentence',
    isSpeech: true,
    title: '食品安全演讲稿',
    noise: [QL_PAGE_TITLE, QL_PIECE],
    dropLines: [QL_PAGE_TITLE, QL_PIECE],
    outline: [],
  },
  '03-news-dunhua-anquan-yongyao-yue-qidong-dedecms-not-speech': {
    source: 'http://dunhua.jl.cn/xinwen/2312.html',
    kind: 'non-speech: news report (a county-level city\'s 全国安全用药月 launch ceremony; DedeCMS news page)',
    tests: 'a headline with “全国安全用药月”; a "时间:2011-09-03 14:19来源:敦化新闻网 作者: 点击:" meta line with its "次" on the next line; the CMS summary (the opening of the report, cut at "国家食品药品监督管理") printed before the full text; an official who "在启动仪式上讲话,他说,…" and "他要求…;…;…" in the third person; a reporter line, "(责任编辑:admin) |", "织梦二维码生成器" and a "------分隔线------" rule — a news report, not a speech',
    isSpeech: false,
    title: '食药监局举行“全国安全用药月”启动仪式',
    noise: [],
    outline: [],
  },
  '04-news-ceterango-liangan-shipin-jiaoliu-kaimu-tashuo-not-speech': {
    source: 'https://ceterango.com/LingDaoHuoDong/201008/t20100816_2965.html',
    kind: 'non-speech: news report (a food-science society\'s vice-president at the opening of a cross-strait food-industry meeting)',
    tests: 'a headline "…副会长出席“第二届两岸食品产业合作及交流会议”开幕式"; a report whose paragraphs retell the opening speech: "在讲话中,首先代表…表示欢迎和亲切的问候。" and three paragraphs opening "她说," with the speech\'s content (the cross-strait agreement, 中华饮食文化, "一加一等于二"); "她希望…" — a news report in the third person, not a speech; cut mid-list of the Taiwanese delegation ("…副局长")',
    isSpeech: false,
    title: '闵书萍副会长出席“第二届两岸食品产业合作及交流会议”开幕式',
    noise: [],
    outline: [],
  },
  '05-wenda-tui18edu-xuanchuanzhou-fangan-tongzhi-qa-numbered-not-speech': {
    source: 'https://www.tui18edu.com/xuanchuan_323458',
    kind: 'non-speech: Q&A compilation page (about the national 食品安全宣传周 and the 通知 that launches it)',
    tests: 'a "导航:首页 > 宣传策划 > 食品安全宣传周活动方案" breadcrumb, the title, a 发布时间 line; numbered question headings "1. 全国食品安全宣传周活动将于何时举办" and "2. 2017年全国食品安全宣传周的主题是什么" on their own lines; the 19 departments\' 《关于开展2018年全国食品安全宣传周活动的通知》 summarised ("《通知》要求,各地要…。要…。要…") with "来源:国务院食品安全办秘书处" glued to the paragraph end; an editorial answer to the second question; cut mid-sentence ("只有") — a written page, not a speech',
    isSpeech: false,
    title: '食品安全宣传周活动方案',
    noise: [],
    outline: [],
  },
  '06-news-fensifuwu-yaopin-anquan-zhuanxiang-quanti-huiyi-sishi-glitch-not-speech': {
    source: 'https://fensifuwu.com/emotion/me/2584789.html',
    kind: 'non-speech: news report (a city\'s 药品安全 专项工作组 plenary meeting; news aggregator copy)',
    tests: 'a long headline with 药品安全…专项工作组全体会议; who attended and who chaired; documents studied and reports heard; the vice-mayor\'s requirements as one chain "她要求进一步…;要…;要…;四是迎难而上…;要…。" in which a lone "四是" after a semicolon survived from the original numbering; the writer\'s name in brackets; then the aggregator\'s chrome "发表评论", "留言与评论(共有 0 条评论) “”", a whitespace line, "验证码:", "相关文章", "推荐文章" — a news report, not a speech; its whole stored text',
    isSpeech: false,
    title: '自贡市召开药品安全暨集中打击整治危害药品安全违法犯罪专项工作组全体会议',
    noise: [],
    outline: [],
  },
};
