// Gold specs for holdout round 95, part C (cases 13–18): securities and financial markets (上市 and 敲钟 ceremonies,
// securities firms, financial forums, investor protection — and their look-alikes: a 公告-like 通知, market news).
// Two spoken pieces: the chairman's 上市感言 "感恩风雨" on a company site whose name was replaced by a casino brand
// (fjtym.com): a "资讯中心" column label, the site's "纳小妹的编辑手记:" lead in three lines (the editor's note names the
// piece a 上市感言 and carries the brand three times), the title "感恩风雨", the speaker's bare name "蓝伟光" on a line of
// its own, then the speech addressed to the 列位嘉宾 in the first person, with the brand "尊龙凯时人生就是搏" injected three
// times where the company's name stood and the synonym-spinner's words (列位, 刊行人, 果真, 支付) kept, cut mid-sentence; and
// a forum speech transcript on a university forum's site (shanghaiforum.fudan.edu.cn): an editor's note
// "(速记稿摘录整理,未经本人审阅)" first, the speaker label "龙永图:" glued before the salutation, no title, "所以首先要祝贺…"
// with 首先 inside a sentence (no marker), a list of changes after "以下几个方面:" separated by semicolons (no markers),
// cut mid-sentence. Four written look-alikes: a chairman's all-staff open letter on the IPO day under a headline that
// ends "董事长致辞" (71t.com.cn, a spun copy: "无限公司", "地下信" for 公开信, "年老企业", "发明了…奇观", "开展" for 发展;
// "TEL:", the headline twice around a "| 发布时间: … | 1159 次浏览" line, a third-person lead "他表示,…", "以下爲地下信全文:",
// then "亲爱的同事们:" — a letter, a written genre, so not a speech although the headline names a 致辞); a newspaper
// report on a 证监局's 投资者保护宣传日 work on a casino-hijacked mirror (evenhosting.com): a reporter line and block
// "一是…。"/"二是…。" paragraphs in the third person — a report; the fund association's 通知 on the 3·15 campaign
// (investor.amac.org.cn): the title over two lines, "各会员单位:" (looks like a salutation), "一、"/"(一)" headings, inline
// "一是…。二是…。" after a comma, block "一是"/"二是" points and a line broken mid-point — a written notice (the theme's
// 公告); a market news item on a 证监局 meeting (finance.stockstar.com): a "首页 - 财经 - 商业评论 - 正文" breadcrumb, a
// 来源/作者 line, "关注证券之星官方微博:", indented paragraphs, and the director's requirements as inline "一是严抓公司治理。"
// "二是严管信息披露。" after full stops inside a third-person paragraph — a report, not a speech.
// Judgement calls: 13 is a speech (the editor calls it the chairman's 上市感言, and it speaks to the 列位嘉宾 in the first
// person); the editor's note, the column label and the bare name are the site's (noise; a byline without a position, as
// in shared case 106); the injected brand is noise removed from the middle of the prose, as round 21's injected brand
// (the three body occurrences are cut by exact replacements; "四平三达" is the subsidiary's own name and stays). 14's note
// is an editor's line (noise, as round 81's "以下内容为现场实录:"); the glued "龙永图:" label stays with its paragraph
// (round 81); the title is "" (the capture shows none). 15 is not a speech: the document is a letter to the staff
// (the lead calls it so), not a text written to be spoken, though its headline says 董事长致辞 and it opens
// "亲爱的同事们:". Names of reporters were replaced by fictional ones (public officials and the chairmen kept); the prose
// was rewritten, the site's furniture (editor's note, headline, meta lines, breadcrumbs) kept as found.
// Looked for and not found on an unused host (18 searches): a 上市 or 敲钟 仪式 致辞 on a 范文 site (the corpus answers with
// novel chapters and news: qianbids, xsb.tw, htss, 71t's letter); a 证券公司 年会/工作会议 讲话 with numbered points (only
// regulations, papers and document viewers: doczj, bdocx, bigxun, 52xueshu, 360docs — all used); a 金融论坛 开幕致辞 (the
// HK financial secretary's 致辞 stands on sc.isd.gov.hk/info.gov.hk, used; dayoo, hk01 and ischool.net.cn (used) carry
// reports); a 投资者保护 or 防范非法集资 讲话 (only news and 通知); a traditional mirror of a finance speech (tuburidinbeton.com
// and whmsebhyy.com are used; runfargroup.com's 剪彩 讲话 is used and off the theme). So neither speech carries a numbered
// point, and the part holds two speeches and four look-alikes. Set aside: xilu.com's market commentary on the 外滩峰会
// 致辞 (its capture is shorter than 610 characters), q.stock.sohu.com's 公告 (sohu's channels: a sister of used sohu
// hosts), vip.stock.finance.sina.com.cn's 公告 (sina.com.cn used), gdjr.gd.gov.cn (gd.gov.cn used). No template twin of
// a used site turned up among the six.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FJ_COLUMN = '资讯中心';
const FJ_NOTE = '纳小妹的编辑手记:';
const FJ_LEAD1 = '在科创板敲响的那一声锣鸣,蓝博士期待了整整八年。';
const FJ_LEAD2 = '尊龙凯时人生就是搏从建立,到在新加坡交易所主板上市,再到分拆回归中国科创板上市,一路可谓栉风沐雨,跌荡起伏,其中许多坎坷不为人知。特别是在吉林四平遭遇的飞来横祸,差点让尊龙凯时人生就是搏面临灭顶之灾。';
const FJ_LEAD3 = '值此尊龙凯时人生就是搏上市四周年之际,重温蓝博士上市感言——《感恩风雨》,一起了解,尊龙凯时人生就是搏上市之路上那些不为人知的故事。';
const FJ_BRAND = '尊龙凯时人生就是搏';
const FJ_TITLE = '感恩风雨';
const FJ_NAME = '蓝伟光';

const SF_NOTE = '(速记稿摘录整理,未经本人审阅)';

export const specs = {
  '13-zhici-fjtym-shangshi-ganyan-casino-brand-editor-note': {
    source: 'https://www.fjtym.com/news/detail/408',
    kind: 'speech: 上市感言 (a chairman\'s address at his company\'s 科创板 listing; company site under a casino brand)',
    tests: 'a "资讯中心" column label; the site\'s "纳小妹的编辑手记:" lead in three lines that names the piece a 上市感言 and carries the injected brand; the title "感恩风雨" (no genre word) and the speaker\'s bare name "蓝伟光" on lines of their own; no salutation, the guests addressed inside the text ("列位嘉宾"); the casino brand "尊龙凯时人生就是搏" injected three times inside sentences where the company\'s name stood ("像尊龙凯时人生就是搏这样一家", "从1996年11月尊龙凯时人生就是搏在厦门…", ":尊龙凯时人生就是搏作为一家…") — noise, cut from the middle of the prose, while the subsidiary\'s own name "四平三达" stays; spinner words ("列位", "刊行人", "果真", "支付") kept; a question ending "?"; cut mid-sentence ("支付的心力最多")',
    isSpeech: true,
    title: FJ_TITLE,
    noise: [FJ_COLUMN, FJ_NOTE, FJ_LEAD1, FJ_LEAD2, FJ_LEAD3, FJ_BRAND, FJ_NAME],
    replace: [
      ['像尊龙凯时人生就是搏这样', '像这样'],
      ['11月尊龙凯时人生就是搏在厦门', '11月在厦门'],
      [':尊龙凯时人生就是搏作为一家', ':作为一家'],
    ],
    dropLines: [FJ_COLUMN, FJ_NOTE, FJ_LEAD1, FJ_LEAD2, FJ_LEAD3, FJ_TITLE, FJ_NAME],
    outline: [],
  },
  '14-yanjiang-shanghaiforum-fudan-suji-note-speaker-label-no-title': {
    source: 'https://shanghaiforum.fudan.edu.cn/dc/6d/c19410a187501/page.htm',
    kind: 'speech: 演讲 (a former trade negotiator at a university\'s international economic forum; transcript)',
    tests: 'an editor\'s note "(速记稿摘录整理,未经本人审阅)" as the first line; no title; the speaker label "龙永图:" glued before the salutation "各位来宾、女士们、先生们," which runs on into the first sentence; "所以首先要祝贺…" with 首先 inside a sentence (no marker); a list of changes after "以下几个方面:" separated by semicolons (no markers); long paragraphs; cut mid-sentence ("唱主角的格局")',
    isSpeech: true,
    title: '',
    noise: [SF_NOTE],
    dropLines: [SF_NOTE],
    outline: [],
  },
  '15-gongkaixin-71t-tieta-ipo-zhici-headline-spun-not-speech': {
    source: 'http://www.71t.com.cn/index.php/article/1600.html',
    kind: 'non-speech: open letter (a chairman\'s letter to all staff on the IPO day, under a headline naming a 致辞; spun copy)',
    tests: 'a stray "TEL:" line; the headline "中国铁塔上市前 创造了全球IPO一个奇迹 董事长致辞" twice around a "| 发布时间: 2018-08-08 09:24:24 | 1159 次浏览" line; a third-person lead ("董事长佟吉禄在上市前夕写给全体员工的地下信中说", "他表示,…") with a quoted couplet; "以下爲地下信全文:"; blank lines; then the letter "亲爱的同事们:" in the first person — a letter, a written genre, so not a speech although the headline says 致辞 and it opens with an address; synonym-spinner words ("无限公司", "地下信", "年老企业", "发明了…奇观", "开展", "终点", "置信", "侥幸数字", "冲动") and "爲"; cut mid-sentence',
    isSpeech: false,
    title: '中国铁塔上市前 创造了全球IPO一个奇迹 董事长致辞',
    noise: [],
    outline: [],
  },
  '16-news-evenhosting-touzizhe-baohu-ri-yishi-block-not-speech': {
    source: 'https://evenhosting.com/wanboguanwangmanbetx/toufu/zhengjianjufabu/2021-05-17/A1621242818020.html',
    kind: 'non-speech: news report (a newspaper\'s report on a 证监局\'s 5·15 investor-protection day work; casino-hijacked mirror)',
    tests: 'no headline in the capture: a reporter line "本报记者 严书珩", a lead paragraph, then block "一是引导辖区市场主体…。" and "二是创新方式,…。" paragraphs opening lines of their own — the regulator\'s measures told in the third person ("宁夏证监局指导…", "组织…") — a report, not a speech; semicolon-separated clauses inside each point; cut mid-word ("值得")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-tongzhi-amac-315-touzizhe-baohu-yi-paren-yishi-not-speech': {
    source: 'https://investor.amac.org.cn/investread/tzbdtzts/202503/t20250312_26480.html',
    kind: 'non-speech: 通知 (the fund association\'s notice of its 3·15 investor-protection campaign)',
    tests: 'the notice\'s title over two lines ("关于组织开展2025年“3·15”" / "投资者保护教育宣传专项活动的通知"); an addressee line "各会员单位:" (looks like a salutation); "现将有关事项通知如下:"; "一、"/"二、" headings, "(一)"/"(二)" sub-headings, inline "一是…。二是…。" after a comma, block "一是关注为民办实事。"/"二是强化防非宣传。"/"三是加强法治宣教。" points, one broken over two lines mid-sentence; a slogan line with spaces — a written notice, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '关于组织开展2025年“3·15”投资者保护教育宣传专项活动的通知',
    noise: [],
    outline: [],
  },
  '18-news-stockstar-zhejiang-zhengjianju-zhongxiaoban-inline-yishi-not-speech': {
    source: 'https://finance.stockstar.com/GA2007081500608390.shtml',
    kind: 'non-speech: news report (a securities paper\'s report of a 证监局 director at a meeting on listed companies)',
    tests: 'a breadcrumb "首页 - 财经 - 商业评论 - 正文", blank lines, the headline, a "来源:上海证券报 作者:鲁清 2007-08-15 07:57:49" line and "关注证券之星官方微博:"; paragraphs indented with two spaces; the director\'s words reported ("王宝桐表示,…", "王宝桐说,…", "王宝桐强调,…") with inline "一是严抓公司治理。" and "二是严管信息披露。" after full stops inside a third-person paragraph — a report, not a speech; quoted "三公" and "三新"; ends at a full stop',
    isSpeech: false,
    title: '浙江证监局强化中小板上市公司监管',
    noise: [],
    outline: [],
  },
};
