// Gold specs for holdout round 15, part c (cases 13–18): aimed at government and institution sites. Four speeches
// published by public bodies (a municipal hospital head's 国庆中秋 致辞 on a city government site, under a "当前位置:"
// breadcrumb, a 发布时间 line whose 浏览量: count is empty and a byline giving the speaker's posts; a hospital's
// 院长新春致辞 on its own CMS, under a "今天是" date widget, a 院长信箱 link, a breadcrumb and a run-together
// 时间/作者/点击 line, its paragraphs indented with four spaces and a QR-code line after them; a mayor's 新春致辞 on a
// municipal media site whose title carries the speaker's post and name, with a bare timestamp under it and a 相关阅读
// label after it; an untitled new-year greeting of a county people's congress standing committee on its gov.cn site,
// with no salutation and no chrome in the capture) and two look-alikes (a 区 government's 政府工作报告 under the
// open-government 索引号/公开目录/公开日期 table, with 各位代表: and 一、/(一) headings; a city TV station's news item
// "…在…汇报会上强调" with a navigation bar, a 来源/作者/发表时间 line and the secretary's 指出/要求/强调 reported in the
// third person). No 讲话 with 一、/（一） headings turned up on a government or institution host in the store. Written
// from page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see ../../README.md
// for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`,
// then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are
// the paragraphs. Titles, noise and outlines are written by hand here.

const YY_TITLE = '喜迎十九大、欢度国庆中秋佳节致辞';
const YY_CRUMB = '当前位置: 首页 > 医院文化';
const YY_META = '发布时间:2017-09-30 15:30 浏览量:';

const TT_TITLE = '院长新春致辞';
const TT_META = '时间:2015-02-16 16:16   作者:网站管理员   点击:';
const TT_CRUMB = '当前位置: 主页 > 新闻资讯 > 医院新闻';
const TT_QR = '微信二维码扫一扫关注我们';

const ZX_TITLE = '钟祥市人民政府市长周明远新春致辞';
const ZX_TIME = '2017-01-25 10:44';

export const specs = {
  '13-zhici-yiyang-gov-yiyuan-guoqing-breadcrumb-meta-empty-count-byline': {
    source: 'http://yiyang.gov.cn/yywxd/36608/content_1457095.html',
    kind: 'speech: 致辞 (a city hospital\'s 党委书记、院长 to staff and patients at 国庆/中秋; city government site)',
    tests: 'a city government site carrying a hospital\'s holiday address: a "当前位置: 首页 > 医院文化" breadcrumb, the title, a "发布时间:… 浏览量:" line whose count is empty, then a byline line with the speaker\'s posts and a two-space gap before the name ("市四医院院党委书记、院长  韩卫"), the salutation "亲爱的医院全体干职工及病友:" on its own line, blank lines between paragraphs; slogans in quotes ("大家辛苦了!" inside quotes); no numbered points; text cut mid-word ("确保国庆中")',
    isSpeech: true,
    title: YY_TITLE,
    noise: [YY_CRUMB, YY_META],
    dropLines: [YY_CRUMB, YY_TITLE, YY_META],
    outline: [],
  },
  '14-zhici-ttfintech-yiyuan-xinchun-cms-meta-indent-qrcode-tail': {
    source: 'http://ttfintech.com/m_home_c_View_a_index_aid_1298.html',
    kind: 'speech: 致辞 (a hospital director\'s new-year address to staff; hospital CMS page)',
    tests: 'a hospital\'s own CMS page: a "今天是" date widget with its date not rendered, a "院长信箱" link, a "当前位置: 主页 > 新闻资讯 > 医院新闻" breadcrumb, the title "院长新春致辞", a run-together "时间:… 作者:网站管理员 点击:" line (empty count, the site admin as author); no salutation: the four paragraphs are indented with four spaces and open with the greeting; a "微信二维码扫一扫关注我们" line after the closing wish',
    isSpeech: true,
    title: TT_TITLE,
    noise: ['今天是', '院长信箱', TT_CRUMB, TT_META, TT_QR],
    dropLines: ['今天是', '院长信箱', TT_CRUMB, TT_TITLE, TT_META, TT_QR],
    outline: [],
  },
  '15-zhici-cjyun-shizhang-xinchun-name-in-title-bare-timestamp-related': {
    source: 'http://m-zhongxiang.cjyun.org/p/14827.html',
    kind: 'speech: 致辞 (a mayor\'s 新春致辞 to the city; municipal media site)',
    tests: 'a short new-year address on a city\'s media platform: the title names the government, the post and the speaker ("…人民政府市长周明远新春致辞"), a bare timestamp line with trailing spaces under it, no salutation (the greeting "我代表市委市政府,向全市父老乡亲…" opens the body), 回望2016年/展望2017年 paragraphs that are no markers, a closing wish, and a "相关阅读" label after it',
    isSpeech: true,
    title: ZX_TITLE,
    noise: [ZX_TIME, '相关阅读'],
    dropLines: [ZX_TITLE, ZX_TIME, '相关阅读'],
    outline: [],
  },
  '16-heci-thrd-gov-renda-xinchun-no-title-no-salutation': {
    source: 'https://thrd.gov.cn/substance/rendayaowen-22_3039.html',
    kind: 'speech: 贺词 (untitled new-year greeting of a county people\'s congress standing committee; county congress gov.cn site)',
    tests: 'a gov.cn page whose capture holds the greeting alone: no title, no chrome, no salutation; the first paragraph sets the scene and then greets the audience in the first person plural ("我们向全县人大代表、人大机关干部以及全县广大人民群众送上新春的问候"); the body reads like a report in places (a long list of 听取和审议… items separated by 、 and ;) and uses "我们要…" exhortation; four-character couplets open paragraphs; "一年来," opens two paragraphs and is no marker; text cut mid-phrase ("将人大及其")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-baogao-hanbin-gov-zhengfu-gongzuo-baogao-suoyinhao-table-not-speech': {
    source: 'https://www.hanbin.gov.cn/Content-2810991.html',
    kind: 'non-speech: 政府工作报告 (a 区 government\'s work report to the district people\'s congress; open-government page)',
    tests: 'the open-government 信息公开 table flattened into "|"-separated rows (文件名称, 索引号 "/2025-0000", 公开目录: 工作报告, 公开责任部门, 公开形式: 主动公开, 文号, 成文日期, 有效性, 公开日期), then the report\'s own header (date and congress session broken over two lines, "汉滨区人民政府代区长 方启明"), "各位代表:" and "现在,我代表区人民政府向大会报告工作,请予审议", an "一、过去一年工作回顾" heading and (一)/(二) inline headings — a report genre submitted for deliberation, with the salutation and outline of a speech',
    isSpeech: false,
    title: '汉滨区2025年政府工作报告',
  },
  '18-news-newsxc-huibaohui-qiangdiao-tv-site-not-speech': {
    source: 'http://news.newsxc.com/xuancheng/2019-12-13/2019-12-13-413875.html',
    kind: 'non-speech: news report ("…在…汇报会上强调"; a city TV station\'s news site)',
    tests: 'a run-together navigation bar with "设为首页|收藏本站", a headline "name:slogan", a "来源:…广播电视台 作者: 发表时间:12-13 09:03" line with an empty author, then the print-style headline block (kicker "…在2020年经济工作安排情况汇报会上强调", the slogan with a double space inside, "…出席"), a third-person lead (主持会议并讲话, 出席会议并讲话, a list of officials) and paragraphs opening "…在讲话中指出," "…要求," "…强调," that summarise the speech in reported form; text cut mid-sentence',
    isSpeech: false,
    title: '章立诚:科学谋划 奋力争先 谱写高质量发展新篇章',
  },
};
