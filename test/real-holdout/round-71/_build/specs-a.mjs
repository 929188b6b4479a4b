// Gold specs for holdout round 71, part A (cases 01–06): housing, urban management and construction (住建, 城管, 建筑业 —
// work meetings, mobilisation, site safety, and their look-alikes).
// Four spoken pieces (a construction group's 新年贺词 on a traditional-script mirror (m.bjsfry.com): the whole page on one
// line, the headline "中國建筑新年賀詞 | 新時代 新氣象 新作為" (a " | " before the theme line) glued to the first sentence
// by a space, paragraphs run together with a space after "。", converter pinyin after a fixed set of characters (國(guó),
// 時(shí), 經(jīng), 業(yè), 堅(jiān), 進(jìn), 實(shí), 學(xué), 習(xí), 誠(chéng), 團(tuán), 設(shè), 營(yíng), 標(biāo), 長(zhǎng), 級(jí), 結(jié), 轉(zhuǎn), 質(zhì), 點(diǎn), 續(xù), 務(wù),
// 發(fā), 領(lǐng), 礎(chǔ), 規(guī), 擴(kuò), 優(yōu), 調(tiáo), 際(jì)) but none after 國 in "國務院", the simplified leftovers 筑, 于, 干, 台 and a
// mis-encoded run "五百?gòu)?qiáng)" where 強 was lost, cut mid-sentence ("…改革發展與"); a 城管 officer's 演讲 in a
// newspaper site's special-topic column (lyg01.net): a "首页>> 专题>> 专题2018>> <topic>" breadcrumb, the speaker's bare
// name on its own line, the paper's dateline tag "【连网】" glued before the salutation "尊敬的各位领导,朋友们:", the talk's
// title named only inside the first sentence ("今天我演讲的题目是《…》"), a dash before "城管" inside a sentence, quoted
// dialogue, cut mid-sentence ("面对群众"); a vice-minister's 讲话 to a learned society's congress on the society's own
// site (chinaasc.org.cn): no title, no site noise at all, the salutation "各位代表、同志们:" and two paragraphs, the stored
// page ending on "下面,我借这个机会讲五点意见,供大家参考:" before the first point (do-no-harm); a ministry department's
// 讲话 delivered inside a 印发 notice on a law-database site (47.114.119.50:8000): "找律师咨询", a "您现在的位置:首页 >>
// 法律法规 >> 法律文章" breadcrumb, the notice's title, a "【字体:" stub, seven "【发布部门】…/【发文字号】…/…/【法规类别】"
// meta lines, the notice's title again, its 文号, blank lines of a single space, the addressee line ending in a colon, the
// one-sentence cover text, the issuing office and the date in 〇-numerals, "附:", then the speech's own title (its
// wording differs from the notice's: "建筑安全专项整治" for "建筑施工安全专项整治"), "同志们:" and the first paragraph,
// cut mid-phrase ("用一大段")) and two written look-alikes (a building contractor's news item on its mid-year meeting
// (www.dy3j.com): the meeting, a plaque unveiling at "10:08", a deputy's four quoted requirements, then "对下半年工作提出了
// 几点要求:" and block paragraphs "一是要…;" / "二是要…;" / "三是…" ending in semicolons, reported in the third person; a
// traditional-script mirror (hao543.cn) of a news report on the same society congress as case 03: the headline
// "建筑業發展任重道遠 郭允沖提出五條意見", converter pinyin after 業 發 學 術 鄉 設 災 經 務 創 嚴 進 專 識 協 遠 質 維 規),
// "他提出了五點意見:" and "第一,…;第二,…;…第五,…。" in one paragraph after the colon, a mis-encoded run
// "專(zhuān)業(yè)?qū)掗?" where "領域寬" was lost, cut mid-name ("程")).
// Judgement calls: 01's title is the headline as printed with its " | " theme line, pinyin dropped (the theme line is the
// 贺词's own, not the site's); the headline is cut off the one-line body (the document's own title, not listed as noise);
// the pinyin annotations are noise (regexCut); the mis-encoded run "?gòu)?qiáng)" opens no parenthesis, so the pinyin cut
// leaves it whole and it stays as an unrepairable run; a
// published 新年贺词 in the company's first person ("我們要道一聲感謝…") is a 贺词, a spoken genre; no outline (the
// "2017年," openings are anaphora). 02 has no title (""): the page shows none, and the talk's name inside the first
// sentence is body text; the breadcrumb is noise; the speaker's bare name under the breadcrumb is a byline (dropped, as a
// bare poster name), but it is not listed as a noise string because the same name occurs in the body ("我叫…"); "【连网】"
// is the paper's glued dateline tag (noise, cut off the salutation). 03 has no title and no noise; the announced five
// points lie past the end of the stored page, so there is no outline; the stored page is only 442 characters long (the
// whole stored text), below the usual 600. 04 is a speech: the page delivers the speech under its own title and
// salutation, and the three-sentence 印发 notice above "附:" plays the part of a press page's lead above "以下为…的讲话"
// (round 34's convention): the notice's title (twice), 文号, addressee line, cover sentence, issuing office, date and
// "附:" are noise with the site's chrome and meta lines, and the title is the speech's own heading as printed under
// "附:" (not the notice's longer wording); no outline in the capture. 05 (a news report with block 一是/二是/三是 after a
// colon) and 06 (a news report whose 第一…第五 summarise the speech of case 03) are written, not speeches.
// Names: the 城管 officer, his colleague and the district in 02, and the company, its officers and the building in 05
// are fictional; public officials (尚春明, 宋春华, 郭允冲, 胡锦涛, 温家宝, 习近平) and public bodies keep their names.
// Looked for and not found on a new host: a 住建/城管/物业 work-meeting 讲话 with 一、/(一) or 一是/第一, points inside the
// first 900 characters (every such page turned up on a used template site: wnwk, laobiganzi, laojin123, wydbw, m.wenke99,
// gaozihui, 6dgww, chaoshi.m.zjtcn, gongwenbang, zhaichao, helloknj, ic23, lianshan, xiaomilidoc, wm114, m.777doc,
// douchai, m.sanweiyuan, m.huaboedu, bdocx, x1762, xiegongwen, huaboedu, 9000bbs, 01861, xiezuofangchengshi, m.hoachina,
// m.7rdy, bibiwenku, cailiaogo, 51gongwen, gongwenhui, sougaozi, 360docs, renrendoc, wenku.docs.qq.com); a 物业 or 城管
// 主持词 with a numbered agenda (m.sarr, 365docx, 010zaixian, m.xiaozhentang, m.wenku365 are used); a 心得体会 or 通知 on
// the theme on a new host. So none of this part's speeches carries numbered points.
// Template twins set aside: bgzms.com (a 城市管理工作会议 讲话 in a "笔杆子文稿" viewer, on the "/doc-view-<id>.html"
// pattern of round 12's gwxzb); msgz.vip (a 垃圾分类 讲话 with "【以稿换稿】" and "【文章共N字,精选参考范文,仅供学习借鉴】",
// round 3's wmjy furniture); taowenge.com (the 淘文阁 viewer of round 1); m.yrrd.cn (a 城管 汇报 on the
// "/wenku/<four letters>/<id>" farm of m.sarr and m.xiaozhentang); m.cqtzb.org.cn and bbs.weblaolv.com (the
// "/jxfw/<yyyymm>/" farm); hancun.net and jizihe.com (twins named in earlier rounds); jsj.yueyang.gov.cn (a sister site
// of the used cgj.yueyang.gov.cn, same CMS).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const BJ_TITLE_PAGE = '中國(guó)建筑新年賀詞 | 新時(shí)代 新氣象 新作為';
const BJ_TITLE = '中國建筑新年賀詞 | 新時代 新氣象 新作為';

const LY_CRUMB = '首页>> 专题>> 专题2018>> 青春建功高质发展 携手共创文明港城';
const LY_NAME = '葛立新';
const LY_TAG = '【连网】';

const LS_SITE = '找律师咨询';
const LS_CRUMB = '您现在的位置:首页 >> 法律法规 >> 法律文章';
const LS_NOTICE = '关于印发尚春明同志在全国建筑安全生产联络员第五次会议暨建筑施工安全专项整治现场会上的讲话的通知';
const LS_FONT = '【字体:';
const LS_META = [
  '【发布部门】 建设部(已变更)',
  '【发文字号】 建质安函[2006]101号',
  '【发布日期】 2006-08-24',
  '【实施日期】 2006-08-24',
  '【时效性】 现行有效',
  '【效力级别】 部门规章',
  '【法规类别】',
];
const LS_DOCNO = '建质安函[2006]101号';
const LS_ADDRESSEE = '各省、自治区建设厅,直辖市建委,江苏省、山东省建管局,新疆生产建设兵团建设局,计划单列市建委(建设局),中央管理的建筑施工企业(集团公司、总公司):';
const LS_COVER = '8月22日至23日,我部在现场召开了全国建筑安全生产联络员第五次会议暨建筑施工安全专项整治现场会。建设部质量安全司副司长尚春明同志在会上作了讲话,现予印发,请各地各单位结合实际认真贯彻落实。';
const LS_OFFICE = '建设部工程质量安全监督与行业发展司';
const LS_DATE = '二○○六年八月二十四日';
const LS_ANNEX = '附:';
const LS_TITLE = '在全国建筑安全生产联络员第五次会议暨建筑安全专项整治现场会上的讲话';

export const specs = {
  '01-heci-bjsfry-big5-pinyin-oneline-pipe-title-mojibake': {
    source: 'http://m.bjsfry.com/show_news.asp?s_id=188',
    kind: 'speech: 贺词 (a construction group\'s new-year greeting to staff, shareholders and partners; traditional-script mirror)',
    tests: 'the whole page on one line: the headline "中國(guó)建筑新年賀詞 | 新時(shí)代 新氣象 新作為" (a " | " before the theme line) glued by a space to "2018年的新年鐘聲已經(jīng)敲響。", paragraphs run together with a space after "。"; converter pinyin after a fixed set of characters (not after 國 in "國務院"); simplified leftovers 筑/于/干/台; a mis-encoded run "五百?gòu)?qiáng)" where 強 was lost; thanks, a year\'s results after a colon, figures and percentages; no numbered points ("2017年," twice is anaphora); cut mid-sentence ("改革發(fā)展與")',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [],
    replace: [[BJ_TITLE_PAGE + ' ', '']],
    regexCut: [PINYIN],
    outline: [],
  },
  '02-yanjianggao-lyg01-chengguan-crumb-name-glued-dateline': {
    source: 'http://lyg01.net/temp/zt2018/wmgc/2018/1025/128133.shtml',
    kind: 'speech: 演讲稿 (a 城管 officer\'s contest speech about his work; newspaper site\'s special-topic column)',
    tests: 'a "首页>> 专题>> 专题2018>> <topic>" breadcrumb, the speaker\'s bare name on its own line (also in the body: dropped, not listed), the paper\'s dateline tag "【连网】" glued before the salutation "尊敬的各位领导,朋友们:"; no title line (the talk\'s name appears only inside "今天我演讲的题目是《城管“管”什么》"); a dash inside a sentence ("——城管。"), quoted dialogue and a statute\'s name in 《》; no numbered points; cut mid-sentence ("面对群众")',
    isSpeech: true,
    title: '',
    noise: [LY_CRUMB, LY_TAG],
    replace: [[LY_TAG, '']],
    dropLines: [LY_CRUMB, LY_NAME],
    outline: [],
  },
  '03-jianghua-chinaasc-xuehui-daibiao-dahui-no-title-no-noise-colon-cut': {
    source: 'http://chinaasc.org.cn/news/68962.html',
    kind: 'speech: 讲话 (a vice-minister of housing and urban-rural development at a learned society\'s member congress; the society\'s site)',
    tests: 'no title and no site noise at all: the salutation "各位代表、同志们:" and two paragraphs (thanks to the outgoing council, congratulations, the tasks ahead) that end on "下面,我借这个机会讲五点意见,供大家参考:" — the five points lie past the end of the stored page, so nothing may be cut and no outline is read; a short page (442 characters, the whole stored text)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '04-jianghua-lawsite-yinfa-tongzhi-cover-fujian-speech': {
    source: 'http://47.114.119.50:8000/law/112137',
    kind: 'speech: 讲话 (a ministry department head at a national building-safety liaison meeting, printed as the annex of a 印发 notice; law-database site on a bare IP address)',
    tests: 'law-site chrome ("找律师咨询", "您现在的位置:首页 >> 法律法规 >> 法律文章", "【字体:"), seven "【…】" meta lines, the notice\'s title twice with its 文号, lines holding a single space, an addressee line ending in a colon (looks like a salutation), the one-sentence cover text, the issuing office, a date in 〇-numerals and "附:" above the speech\'s own title (worded differently from the notice\'s), then "同志们:" and an indented paragraph; no numbered points; cut mid-phrase ("用一大段")',
    isSpeech: true,
    title: LS_TITLE,
    noise: [LS_SITE, LS_CRUMB, LS_NOTICE, LS_FONT, ...LS_META, LS_DOCNO, LS_ADDRESSEE, LS_COVER, LS_OFFICE, LS_DATE, LS_ANNEX],
    dropLines: [LS_SITE, LS_CRUMB, LS_NOTICE, LS_FONT, ...LS_META, LS_DOCNO, LS_ADDRESSEE, LS_COVER, LS_OFFICE, LS_DATE, LS_ANNEX, LS_TITLE],
    outline: [],
  },
  '05-news-dy3j-jianzhu-gongsi-nianzhong-huiyi-yishi-blocks-not-speech': {
    source: 'http://www.dy3j.com/Article/ShowArticle.asp?ArticleID=1655',
    kind: 'non-speech: news report (a building contractor\'s regional mid-year meeting and an office plaque unveiling; company site)',
    tests: 'a company news item with no headline in the capture: date and place, attendees, a plaque unveiling at "10:08", a deputy\'s four quoted requirements in one sentence, the chairman\'s remarks in the third person ("他说,…"), then "对下半年工作提出了几点要求:" and block paragraphs "一是要紧紧扭住经营承揽。…;" / "二是要进一步抓实规范管理,…;" / "三是化解历史遗留问题要当机立断。…" — a report of a meeting, not a speech; cut mid-word ("遗留问")',
    isSpeech: false,
    title: '',
  },
  '06-news-hao543-big5-pinyin-xuehui-dahui-diyi-diwu-after-colon-not-speech': {
    source: 'http://hao543.cn/htm/2011/1215/108779.html',
    kind: 'non-speech: news report (the vice-minister\'s speech of case 03 reported in the third person; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (業 發 學 術 鄉 設 災 經 務 創 嚴 進 專 識 協 遠 質 維 規), the simplified leftovers 筑/沖/并/后; the headline "建筑業(yè)發(fā)展任重道遠(yuǎn) 郭允沖提出五條意見", "他表示", "郭允沖指出", "他提出了五點意見:" and "第一,…;第二,…;第三,…;第四,…;第五,…。" in one paragraph after the colon; a mis-encoded run "?qū)掗?" where 領域寬 was lost — a news report of the speech, not the speech; cut mid-name ("程")',
    isSpeech: false,
    title: '建筑業發展任重道遠 郭允沖提出五條意見',
  },
};
