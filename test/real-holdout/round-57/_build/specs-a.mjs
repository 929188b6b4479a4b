// Gold specs for holdout round 57, part a (cases 01–06): county and city government portals (.gov.cn hosts and the
// official sites and mirrors around them that publish leaders' speeches: 领导讲话 columns, 政务公开, 讲话全文). Two spoken
// pieces (the opening address of a county CPPCC session on the CPPCC's own 文史 site (jhwsw): a "您现在的位置: 建湖文史网 >
// 政协工作 > 学习园地 > 正文" breadcrumb, the headline "政协建湖县十三届一次会议开幕词", a "发布日期:… 阅读:4446 【字体:" meta
// line cut inside its bracket, lines holding only spaces, the document's own two-line heading naming the session
// ("中国人民政治协商会议" / "建湖县第十三届委员会第一次会议"), a date line whose "(" "年" "月" were lost ("2012324日)"),
// the salutation, a lone inline "首先," and the enumerations "四种意识 … 两大主题 … 三项职能" as prose, cut mid-phrase
// ("听取并"); a county party secretary's New Year address to the province's net users on a mirror of a news portal
// (bilezu): the page's first line glues the page title "刘守亮莒县" to the photo caption "莒县县委书记 刘守亮", then a quoted
// couplet opens the text with no salutation and no genre title, the counted programmes "四大战略" / "五大行动" stay prose,
// the closing wish ends the page (the whole page is 455 characters)) and four written look-alikes (a traditional-script
// mirror (fordsky) of a district government's news post on a 党组(扩大)会议, with converter pinyin after a fixed set of
// characters (區(qū), 發(fā), 統(tǒng), 續(xù), 穩(wěn)) and 并/后 left simplified, whose "會議強調" paragraph carries "。一是要…。二是…。
// 三是…" after sentence ends — a report of the meeting, not a speech, cut at "(" ; a county portal's news post
// (wencheng.gov.cn) on the Spring Festival gathering: "您现在的位置:首页" / " > 政务动态 > 政务信息" over two lines, the headline,
// a "发布日期/来源/浏览量/字体:[ ]" meta line, a reporter lead "文成新闻网讯(记者 …)", the secretary's 致辞 told in the third
// person with a long "郑启明说,2019年我们…" paragraph in his words — written, not a speech, cut mid-word ("全"); a county
// government's 工作规则 (zb.gov.cn) under a "返回顶部" link and a bulleted 索引号/主题分类/来源/发文机构/发文字号/发文日期/有效性/
// 发布日期/内容概述 block with empty fields, the title twice, "第一章总则" and articles numbered "一、" … "五、" as block lines
// — a regulation, not a speech; a city health commission's 绩效 self-assessment (wjw.beijing.gov.cn) with no site chrome
// in the capture: "一、总体情况", "二、主要做法和工作成效", "(一)…", "1.…" and "一是…。二是…" — a written 总结, not a speech).
// Judgement calls: 01's title is the headline (not repeated in the body); the breadcrumb and the meta line are noise;
// the two heading lines naming the session are the document's own heading, kept as body lines (as subtitles are); the
// mangled date line "2012324日)" is the speech's own date line with its lost characters, kept as printed; "首先," after
// "开幕了。" has no 其次 after it, so there is no outline. 02 counts as a speech: a leader's 新春致辞/贺词 addressed to the
// readers in the first person ("谨代表…向全省父老乡亲和广大网友拜年", "诚请各位朋友…", "恭祝广大网友…"), as the television
// and newspaper New Year addresses of earlier rounds; it has no title in the page (title ""); of its first line only
// the glued page title "刘守亮莒县" is noise, the caption "莒县县委书记 刘守亮" is the speaker's byline with his post and stays
// as the first body line (the shared README keeps a speaker byline that carries a position); no outline. 03–06 are written
// documents: 03 and 06 have no title in the capture; 04's and 05's titles are given for information.
// Looked for and not found on a new host: a speech on a county or city .gov.cn portal itself ("领导讲话" column pages with
// 一、/(一) headings — the corpus answers with 范文 sites, almost all used, and with gov.cn news posts that report speeches);
// a 县长/区长 就职讲话 or a 政府常务会议 closing speech on a government host; a court or procuratorate president's speech
// on a host of a platform not already used. Set aside as used or as template twins: lypc.gov.cn, thrd.gov.cn,
// pingjiang.gov.cn, hanbin.gov.cn (used); alsfy.hbfy.gov.cn (the "DocManage/ViewDoc?docId=" court platform of the used
// zdqfy.hbfy.gov.cn); nysrd.henanrd.gov.cn (the henanrd.gov.cn platform of the used xcsrd); slzfw.km.gov.cn (km.gov.cn,
// used as jgdj.km.gov.cn); m-zhongxiang.cjyun.org (cjyun.org used); www.pudong.gov.cn (used in round 56); hhscyy.com
// (the "/fanwendaquan/gongwenfanwen/" farm with the 小编 "(全文完整)" promo); jiamaocode.com and 0312yh.com (the
// "/article/yjzc/<col>/<yyyymm>/" 前言/导语 template of gwyoo and its mirrors); m.cinyz.com, www.bbxzwk.vip, www.bgzsck.com
// (the "/index/article/detail/detail_id/" template); bkw8.com, wugjj.com, uv63h8.cn, xzhmu.edu.cn, nsfzsr.com,
// laobiganzi, laowenmi, gongwensou, xinmengxiang, dawenge, 6dgww, 66wc.com (used). Only two speeches could be taken on
// new hosts; none of them carries numbered points in the capture, so the outline tests of this part sit in the
// look-alikes (03's inline 一是/二是/三是, 05's 一、…五、 articles, 06's 一、/(一)/1./一是), which must produce no outline.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const JH_CRUMB = '您现在的位置: 建湖文史网 > 政协工作 > 学习园地 > 正文';
const JH_TITLE = '政协建湖县十三届一次会议开幕词';
const JH_META = '发布日期:2012/4/1 9:02:05  阅读:4446  【字体:';

const BL_LINE = '刘守亮莒县 莒县县委书记 刘守亮';
const BL_PAGE_TITLE = '刘守亮莒县';
const BL_BYLINE = '莒县县委书记 刘守亮';

export const specs = {
  '01-kaimuci-jhwsw-zhengxie-crumb-meta-garbled-date': {
    source: 'http://www.jhwsw.com/Article/ShowArticle.asp?ArticleID=1121',
    kind: 'speech: 开幕词 (the opening address of a county CPPCC committee\'s first session, on the CPPCC\'s 文史 website)',
    tests: 'a "您现在的位置: 建湖文史网 > 政协工作 > 学习园地 > 正文" breadcrumb; the headline naming the 开幕词; a "发布日期:2012/4/1 9:02:05  阅读:4446  【字体:" meta line cut inside its bracket; lines holding only spaces; the document\'s own two-line heading "中国人民政治协商会议" / "建湖县第十三届委员会第一次会议" (kept); a date line that lost "(", "年" and "月" ("2012324日)", kept); salutation "各位委员、同志们:"; a lone inline "首先," (no run, no outline); "四种意识 … 两大主题 … 三项职能" as prose; cut mid-phrase ("听取并")',
    isSpeech: true,
    title: JH_TITLE,
    noise: [JH_CRUMB, JH_META],
    dropLines: [JH_CRUMB, JH_TITLE, JH_META],
    outline: [],
  },
  '02-zhici-bilezu-xinchun-title-glued-byline': {
    source: 'https://bilezu.com/html/449902846.html',
    kind: 'speech: 致辞 (a county party secretary\'s New Year address to the province\'s net users, on a mirror of a news portal)',
    tests: 'the page title "刘守亮莒县" glued before the photo caption "莒县县委书记 刘守亮" on one line (only the page title is noise; the caption is the speaker\'s byline with his post and stays); no genre title (title ""), no salutation: a quoted couplet opens the address, then "谨代表…向全省父老乡亲和广大网友拜年"; "四大战略" / "五大行动" enumerations inside quotes (prose, no outline); closing wish "恭祝广大网友…" ends the page; the whole page is 455 characters',
    isSpeech: true,
    title: '',
    noise: [BL_PAGE_TITLE],
    replace: [[BL_LINE, BL_BYLINE]],
    outline: [],
  },
  '03-news-fordsky-big5-pinyin-gov-mirror-yishi-not-speech': {
    source: 'http://fordsky.com/lh/zwgk/cwhy/content/post_2116185.html',
    kind: 'non-speech: news report (a district government\'s 党组(扩大)会议, traditional-script mirror of a government portal)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (區(qū), 發(fā), 統(tǒng), 續(xù), 穩(wěn)) and 并/后 left simplified; a third-person report ("…主持會議并講話", "會議指出", "會議強調") whose third paragraph carries "。一是要提高政治站位,…。二是突出工作重點,…。三是強化組織領導,…。" after sentence ends — a meeting report, not a speech, so no outline; no title in the capture; cut after "(" ',
    isSpeech: false,
    title: '',
  },
  '04-news-wencheng-gov-tuanbai-zhici-reported-not-speech': {
    source: 'http://www.wencheng.gov.cn/art/2020/1/21/art_1339232_41805933.html',
    kind: 'non-speech: news report (a county government portal\'s post on the Spring Festival gathering of the county leadership)',
    tests: 'a breadcrumb split over two lines ("您现在的位置:首页" / " > 政务动态 > 政务信息"), the headline, a "发布日期:… 来源:文成县 浏览量: 字体:[ ]" meta line, blank and space-only lines, a "文成新闻网讯(记者 …)" lead; the county secretary\'s 致辞 reported in the third person ("在致辞中代表…向大家拜年", "郑启明说,2019年我们…", "郑启明指出") with a long paragraph in his own first-person words — written, not a speech; cut mid-word ("全")',
    isSpeech: false,
    title: '县委县政府举行2020新春团拜会',
  },
  '05-zhidu-zb-gov-gongzuo-guize-suoyinhao-not-speech': {
    source: 'http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml',
    kind: 'non-speech: 规章制度 (a county government\'s 工作规则 on its information-disclosure page)',
    tests: 'a "返回顶部" link, the title, a bulleted "  • 索引号:" / "  • 主题分类:" / … / "  • 内容概述:" block with values on their own indented lines and some fields empty, the title again, "第一章总则", articles numbered "一、" … "五、" opening block lines and "第二章   组成人员和政府职能" with a wide space — a regulation, not a speech, so no outline; cut mid-word ("常")',
    isSpeech: false,
    title: '镇巴县人民政府工作规则',
  },
  '06-zongjie-wjw-beijing-jixiao-zichaping-yi-yishi-not-speech': {
    source: 'https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html',
    kind: 'non-speech: 工作总结 (a city health commission\'s annual performance self-assessment on its government site)',
    tests: 'no site chrome and no title in the capture: an opening sentence citing the notice it answers, "一、总体情况", "二、主要做法和工作成效", "(一)压实责任担当,全面履职尽责", "1.围绕城市战略定位,…。一是…。二是…" — a written self-assessment with a full outline ladder that must produce none; cut mid-sentence ("签署")',
    isSpeech: false,
    title: '',
  },
};
