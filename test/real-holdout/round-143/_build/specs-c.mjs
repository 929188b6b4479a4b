// Gold specs for holdout round 143, part C (cases 13–18): surveying, mapping and land (国土规划, 城市规划, 地理信息产业,
// 国土资源 — their 讲话/演讲 — and their look-alikes: a news report of a premier's inspection and a novel chapter).
// Four spoken pieces (a State Planning Commission vice-chairman's 讲话 at the 1989 national 国土规划 symposium, serialised
// on a reform-history archive (cre.org.cn, "/zl/gtxllz/<id>.html"): a crumb "您现在的位置:首页>中国系列 > 《…汇编》(1989年5月)",
// a column label "国土系列连载", the site's own headline glued to its meta fields on one line ("全国国土规划工作座谈会
// 吕克白讲话时间: 2019-03-10信息来源:… 作者:吕克白 责编:qgy"), the document's own title, whitespace-only lines, a byline
// with the speaker's former position, a date line in Chinese numerals, no salutation, cut mid-phrase; a 总结讲话 at a city
// master-plan revision meeting on a 范文 farm (www.67gu.com, "/maimaihetong/<id>.html", filed under 买卖合同): 52 lines of
// the site's category menu with bullets ("• 工作总结" … "• 创意广告", the first unindented, several cut to four
// characters: "小说/有", "金融类工", "下半年工"), a bulleted crumb, the title and a "来源:六七范文网 时间:… 点击:" meta line with
// an empty count, all indented, "同志们:", a "**副总理" placeholder, a preview "主要讲以下三个方面:一是…;二是…;三是…。"
// after a colon, the first heading "一、城市总体规划的作用日益突出", cut after "党的十一届"; the chief engineer of the national
// surveying bureau speaking at a GIS forum of the 2011 geographic-information industry conference, on a hijacked
// government-disclosure CMS (zwgk.ynsyjm.com, "/Lists/content/id/<id>.html"): a casino brand line "365体育网址", a bare
// "图片" label, the title, an English-labelled meta line "time: 2011-10-27 08:29:31 作者:" with an empty author, the
// salutation, "大家好!" on its own indented line, a forum name with a double space inside its quotes, two words the site
// lost a character from ("十一届全国人会议", "《国民经济和社会展…》"), cut mid-sentence; a deputy director of the national
// surveying bureau's 演讲 at the 2011 SuperMap GIS conference, copied from a press site onto the company's news page
// (development.supermap.com, "/zh-cn/a/news/<col>_<id>.html"): the press headline with a "【赛迪网】" tag, a leaked CMS
// token line "fiogf49gjkf0d", a "【赛迪网讯】…" press lead, a photo caption "国家测绘地理信息局副局长 李朋德", the label
// "以下是…的演讲实录:", the salutation glued to "大家好!", paragraphs indented with six spaces, "首先我代表…" inside a
// sentence, the speaker's slips kept ("国家地理信息测绘局", "40万亿"), cut mid-quote) and two written look-alikes (a
// Xinhua report of the premier's inspection of the Ministry of Land and Resources reposted on a GIS forum (bbs.3s001.com,
// Discuz "forum.php?goto=lastpost&mod=redirect&tid=<id>"): the headline with a Discuz jammer string glued to it, jammer
// lines and jammer prefixes before lines, the date and 来源 after a jammer, a heading "一、保护好农用地关系到子孙后代", a
// link label "(博客)" glued mid-word ("实(博客)时"), the premier reported in the third person ("考察时指出", "温家宝问:")
// — a news report, not a speech; a web-novel chapter (m.biqugelu.com, "/<book>/<page>.html") with the header
// "第224章研讨会(1/2)", in which a lecturer opens a symposium on the national 国土规划纲要 and starts his points with a
// quoted "“一是…" paragraph — a novel, not a speech).
// Judgement calls: 13's title is the document's own title line "在全国国土规划工作座谈会上的讲话"; the site's headline
// "全国国土规划工作座谈会 吕克白讲话", glued to the 时间/信息来源/作者/责编 fields, is page chrome with them (as the SEO page
// title in round 2 case 08 and the headline in round 134 case 01), listed whole and by its parts; the column label and
// the crumb are noise; the byline "国家计委原副主任吕克白" (position and name) and the date line are the speech's own
// header and stay (as round 5 cases 04/09 and round 142 case 14); the whitespace-only lines are no paragraphs (as round 3
// case 02); no numbered point inside the capture. 14: the category menu, the crumb, the repeated title and the meta line
// are noise (each menu line listed whole, with its bullet); the title is "城市规划修编工作会议上总结讲话" as printed (no 在);
// "**副总理" is a blanked name and stays (as round 4's placeholders); the preview "一是…;二是…;三是…" follows a colon and
// semicolons, so by the rules none is a marker, while a reader takes it for the list of the three parts → three optional
// level-1 items (README: points after a colon or a semicolon; preview lists, as case 27 of the shared corpus), their
// text by the letter of the rules: 一是's sentence to the full stop is 51 characters, so it is cut at the first ";";
// 二是's is 35 characters and runs over ";三是…" (as round 4 case 04's "2."); the block heading "一、城市总体规划的作用日益突出"
// is a required level-1 item; the last paragraph is the cut "党的十一届". 15: the casino brand line "365体育网址" and the
// bare "图片" label are chrome of the hijacked CMS (as round 134 case 13's casino brand), the "time: … 作者:" line is meta;
// the title names the speaker and the forum and is kept whole as printed; "十一届全国人会议" and "《国民经济和社会展第十二个五年
// 规划纲要》" are words the site lost a character from and stay as printed (as shared case 87's "同当地各族众打成一片"); the
// double space inside the forum's name stays (whitespace is ignored by the scorer); no numbered point. 16: the page shows no
// title of the speech's own, so the press headline is the title, without its "【赛迪网】" site tag (as round 73 case 14 took
// "WGDC2013开幕 闵宜仁致辞" and shared README drops bracketed site tags); the CMS token line, the press lead, the photo caption
// (listed with its space) and the "以下是…的演讲实录:" label are noise (as round 73 case 14's lead, label and caption); a
// speech, for the text under the label addresses "各位领导、各位来宾" and speaks for the bureau in the first person;
// "首先我代表…" stands inside a sentence (after a comma, no 其次) → no item; the slips "国家地理信息测绘局" and "40万亿" are
// the transcript's and stay (as round 73 case 14's "正基于"). 17 and 18 are not speeches: 17 reports the premier's words
// in the third person under a headline quoting him (as round 5 case 15 and round 134 case 05), so its "一、" heading is no
// outline; 18 is a novel whose character lectures in quotation marks (as round 64 case 18 and round 112 case 06). Names:
// public figures (吕克白, 汪光焘, 胥燕婴, 李朋德, 温家宝) and the companies were kept; the novel's lecturer was renamed; the
// prose of every page was rewritten, including the press lead of 16 and the report of 17 (the headline, crumb, meta,
// caption, label, menu, jammer strings, markers and cut points are as found).
// Looked for and not found on a new host: a 不动产登记 speech (the pages corpus answers 不动产登记 讲话/致辞/颁证仪式 with
// regulation and tag pages: jianbiaoku, zhetiaohe, sanwen.net, outputnews; the one 不动产"登记难" 推进会讲话 with "一、" and
// "首先," is on the used gongwk.com, and the 耕地保护 讲话 with 一、 headings on the used gongwenku1.com, wm114.cn, book118
// and yisougongwen.com); a 土地日 (6·25) speech on a fresh host (nk93.com.cn's 土地日 讲话 with "首先…其次" is used, as are the
// 演讲 "爱土地就是爱国" on nuenian.com, m.fanwen51.com and m.docduoduo.com, the traditional 演講稿 on boteman.cn, the
// traditional 土地日 集会 speech on m.nakedoat.com and the 土地日 心得 on xiexiebang.com); a 测绘地理信息工作会议 讲话 with
// 一、/一是 points (the corpus holds reports of 局长会议 on mirrors — afdelivr.top, steelnails.cn, jabyesmi.com, sheagp.com —
// and the journal abstracts on qikanwang.net/jxxfw.com, all used or written); a 规划工作会议 讲话 with a paywall tail
// (6dgww.com's "在全市第二次规划工作会议上的讲话 … (未完,全文共1979字,当前显示496字)" is used); a 国土资源系统 整风整纪 动员讲话
// (m.dljs.net holds only page 2 of it, two "(三)"/"(四)" paragraphs with no title, no salutation and no first person, so
// whether it is a speech or a written 意见 cannot be told from the page: it was claimed and then set aside); a 测绘 school
// 毕业典礼 致辞 (news reports on hpu.edu.cn, ylvtc.com, aust.edu.cn; the 武大测绘学院 毕业生致辞 on meiwenyun.com is used);
// a 地理信息产业 致辞 on the industry press (3snews.net and its twin taibo.cn are used; chinazj.com.cn is used). So 14 alone
// carries numbered points (three optional, one required).
// Template twins considered: development.supermap.com reposts 赛迪网 copy with the layout of round 73 case 14's 3snews.net
// (headline, lead, caption, "以下是…" label), but it is SuperMap's own news CMS (with its leaked "fiogf49gjkf0d" token), not
// the 3snews/taibo template, and no used page carries its lines ("【赛迪网", "fiogf49gjkf0d" found nowhere); zwgk.ynsyjm.com
// is one of the hijacked CMSs with a casino brand line (as round 134 case 13's 开云 brand), but its brand "365体育网址" and
// its "time: … 作者:" meta occur on no used page; bbs.3s001.com is a Discuz forum like the used tj211.com or pzrex.com
// (same software, different sites); m.biqugelu.com is a biquge-style novel mirror, but its header "第224章研讨会(1/2)"
// differs from the used newbiqugee.cc ("第…章 …(3 / 3)" with a book/author/word-count line) and m.biqugedu.com; 67gu.com's
// menu ("励志歌曲", "金融类工", "财神节") and "来源:六七范文网 时间:… 点击:" line occur on no used page (round 22 case 05 has a
// "小学五年级作文" category line only). cre.org.cn's "国土系列连载" and "责编:qgy" occur nowhere else.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CRE_CRUMB = '您现在的位置:首页>中国系列 > 《全国国土规划工作座谈会文件资料汇编》(1989年5月)';
const CRE_COL = '国土系列连载';
const CRE_HEAD = '全国国土规划工作座谈会 吕克白讲话时间: 2019-03-10信息来源:全国国土规划工作座谈会文集 作者:吕克白 责编:qgy';
const CRE_TITLE = '在全国国土规划工作座谈会上的讲话';

const GU_NAV = [
  '• 工作总结', '• 工作计划', '• 心得体会', '• 述职报告', '• 事迹材料', '• 申请书', '• 作文大全', '• 读后感', '• 调查报告',
  '• 励志歌曲', '• 请假条', '• 创先争优', '• 毕业实习', '• 财神节', '• 高中主题', '• 小学一年', '• 名人名言', '• 财务工作',
  '• 小说/有', '• 承揽合同', '• 寒假计划', '• 外贸信函', '• 励志电影', '• 个人写作', '• 其它相关', '• 生活常识', '• 安全稳定',
  '• 心情短语', '• 爱情短信', '• 工会工作', '• 小学五年', '• 金融类工', '• 搞笑短信', '• 医务工作', '• 党团工作', '• 党校学习',
  '• 学习体会', '• 下半年工', '• 买卖合同', '• qq空间', '• 食品广告', '• 办公室工', '• 保险合同', '• 儿童英语', '• 软件下载',
  '• 广告合同', '• 服装广告', '• 学生会工', '• 文明礼仪', '• 农村工作', '• 人大政协', '• 创意广告',
];
const GU_CRUMB = '• 您现在的位置:六七范文网 > 买卖合同 > 正文';
const GU_TITLE = '城市规划修编工作会议上总结讲话';
const GU_META = '来源:六七范文网 时间:2021-02-01 11:00:12 点击:';

const YN_BRAND = '365体育网址';
const YN_PIC = '图片';
const YN_TITLE = '胥燕婴在中国地理信息产业大会合众思壮GIS论坛上的讲话';
const YN_META = 'time: 2011-10-27 08:29:31 作者:';

const SM_HEAD = '【赛迪网】李朋德:打造中国自主创新特色GIS云服务模式';
const SM_TITLE = '李朋德:打造中国自主创新特色GIS云服务模式';
const SM_TOKEN = 'fiogf49gjkf0d';
const SM_LEAD = '【赛迪网讯】9月15日消息,由北京超图软件股份有限公司主办的“2011’SuperMap GIS技术大会”在北京国际会议中心召开。大会以“图启云涌,创新未来”为主题,从技术、应用、服务三个方面集中展示了“云计算”时代国内地理信息领域的最新创新成果。赛迪网对2011’SuperMap GIS技术大会开幕式及主论坛进行全程直播。';
const SM_CAPTION = '国家测绘地理信息局副局长 李朋德';
const SM_LABEL = '以下是国家测绘地理信息局副局长李朋德的演讲实录:';

export const specs = {
  '13-jianghua-cre-guotu-guihua-zuotanhui-crumb-column-headline-glued-meta-byline-date': {
    source: 'http://cre.org.cn/zl/gtxllz/14699.html',
    kind: 'speech: 讲话 (a State Planning Commission vice-chairman at the 1989 national 国土规划 symposium; reform-history archive)',
    tests: 'a crumb "您现在的位置:首页>中国系列 > 《全国国土规划工作座谈会文件资料汇编》(1989年5月)"; a column label "国土系列连载"; the site\'s headline glued to its meta fields ("全国国土规划工作座谈会 吕克白讲话时间: 2019-03-10信息来源:… 作者:吕克白 责编:qgy"); the document\'s own title "在全国国土规划工作座谈会上的讲话"; whitespace-only lines; a byline with a former position "国家计委原副主任吕克白" and a date line "一九八九年五月二十六日" (kept); no salutation; cut mid-phrase ("加强省、区、")',
    isSpeech: true,
    title: CRE_TITLE,
    noise: [CRE_CRUMB, CRE_COL, CRE_HEAD, '全国国土规划工作座谈会 吕克白讲话', '时间: 2019-03-10信息来源:全国国土规划工作座谈会文集', '责编:qgy'],
    dropLines: [CRE_CRUMB, CRE_COL, CRE_HEAD, CRE_TITLE],
    outline: [],
  },
  '14-jianghua-67gu-chengshi-guihua-xiubian-nav-list-crumb-meta-yishi-after-colon-yi-heading': {
    source: 'https://www.67gu.com/maimaihetong/192212.html',
    kind: 'speech: 讲话 (总结讲话 at a city master-plan revision meeting; 范文 farm)',
    tests: '52 lines of a bulleted category menu ("• 工作总结" … "• 创意广告", some cut to four characters: "• 小说/有", "• 金融类工"); a bulleted crumb "• 您现在的位置:六七范文网 > 买卖合同 > 正文"; indented title and "来源:六七范文网 时间:2021-02-01 11:00:12 点击:" meta with an empty count; "同志们:"; a "**副总理" placeholder; a preview "…主要讲以下三个方面:一是…;二是…;三是…。" after a colon and semicolons (optional); the heading "一、城市总体规划的作用日益突出" (required); cut after "党的十一届"',
    isSpeech: true,
    title: GU_TITLE,
    noise: [...GU_NAV, GU_CRUMB, GU_META],
    dropLines: [...GU_NAV, GU_CRUMB, GU_TITLE, GU_META],
    outline: [
      { level: 1, marker: '一是', text: '城市总体规划的作用日益突出', optional: true },
      { level: 1, marker: '二是', text: '一些地方在总体规划修编中存在一定的盲目性;三是纠正这种盲目性的基本办法', optional: true },
      { level: 1, marker: '三是', text: '纠正这种盲目性的基本办法', optional: true },
      { level: 1, marker: '一、', text: '城市总体规划的作用日益突出' },
    ],
  },
  '15-jianghua-ynsyjm-dili-xinxi-chanye-gis-luntan-casino-brand-tupian-time-meta-dropped-chars': {
    source: 'http://zwgk.ynsyjm.com/Lists/content/id/908.html',
    kind: 'speech: 讲话 (the national surveying bureau\'s chief engineer at a GIS forum of the geographic-information industry conference; hijacked government CMS)',
    tests: 'a casino brand line "365体育网址" and a bare "图片" label above the title; an English-labelled meta line "time: 2011-10-27 08:29:31 作者:" with an empty author; the title naming the speaker and the forum; the salutation and an indented "大家好!" on its own line; a forum name with a double space inside quotes ("服务GIS  打造定制化硬件平台"); words the site lost a character from ("十一届全国人会议", "《国民经济和社会展第十二个五年规划纲要》", kept); figures ("1500亿元"); no numbered point; cut mid-phrase ("地理信息系统")',
    isSpeech: true,
    title: YN_TITLE,
    noise: [YN_BRAND, YN_PIC, YN_META],
    dropLines: [YN_BRAND, YN_PIC, YN_TITLE, YN_META],
    outline: [],
  },
  '16-yanjiang-supermap-gis-jishu-dahui-saidi-headline-cms-token-press-lead-caption-shilu-label': {
    source: 'http://development.supermap.com/zh-cn/a/news/3_1131.html',
    kind: 'speech: 演讲 (a deputy director of the national surveying bureau at the SuperMap GIS conference; press copy on the company\'s news page)',
    tests: 'the press headline with a site tag "【赛迪网】李朋德:打造中国自主创新特色GIS云服务模式" as the only title (tag dropped); a leaked CMS token line "fiogf49gjkf0d"; a "【赛迪网讯】…" press lead; a photo caption with a space "国家测绘地理信息局副局长 李朋德"; the label "以下是…的演讲实录:"; the salutation glued to "大家好!"; paragraphs indented with six spaces; "首先我代表…" inside a sentence (no item); transcript slips kept ("国家地理信息测绘局", "40万亿"); cut mid-quote ("“走出去")',
    isSpeech: true,
    title: SM_TITLE,
    noise: ['【赛迪网】', SM_TOKEN, SM_LEAD, SM_CAPTION, SM_LABEL],
    dropLines: [SM_HEAD, SM_TOKEN, SM_LEAD, SM_CAPTION, SM_LABEL],
    outline: [],
  },
  '17-news-3s001-wenjiabao-guotubu-kaocha-discuz-jammer-yi-heading-glued-boke-not-speech': {
    source: 'http://bbs.3s001.com/forum.php?goto=lastpost&mod=redirect&tid=69159',
    kind: 'non-speech: news report (the premier\'s inspection of the Ministry of Land and Resources; Xinhua copy reposted on a GIS forum)',
    tests: 'a headline quoting the premier ("温家宝:力推找矿突破战略 积极参与国际合作") with a Discuz jammer string glued to it; jammer-only lines and jammer prefixes before the date/来源 line, the summary line and a paragraph; a "据新华社北京9月3日电" lead; a heading "一、保护好农用地关系到子孙后代"; a link label "(博客)" glued mid-word ("实(博客)时"); the premier reported in the third person ("考察时指出", "温家宝问:") — a news report, not a speech; cut mid-word ("询问了办")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-biqugelu-guotu-guihua-gangyao-yantaohui-quoted-lecture-yishi-not-speech': {
    source: 'http://m.biqugelu.com/209704/223.html',
    kind: 'non-speech: novel (a web-novel chapter in which a lecturer opens a symposium on the national 国土规划纲要)',
    tests: 'a chapter header "第224章研讨会(1/2)"; narration and dialogue in quotation marks; the lecturer\'s quoted remarks ("今天的研讨会正式开始", "归纳起来主要有三点。") and a quoted "“一是水土资源的合理开发利用。" paragraph; a typo kept ("研讨会地的地点", "自己我介绍") — a novel, not a speech; cut mid-word ("人口基")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
