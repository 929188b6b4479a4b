// Gold specs for holdout round 54, part a (cases 01–06): energy, mining and heavy industry (煤矿、电力、石油石化、钢铁 and
// 化工; 安全生产 meetings, 警示教育, 班组 and 调度会). Four spoken pieces (a vice-mayor's 讲话 at an emergency 全市煤矿安全生产会议
// on a legal-documents site (fymate), printed under the city government office's 印发 notice: the notice's title "…关于印发
// …讲话的通知", its document number "(峪政办发[2006]187号)", the addressee line ending in a colon, the notice's one paragraph
// and its date "二○○六年十一月三日", then the speech's own title "在全市煤矿安全生产会议上的讲话", "同志们:", "下面我讲三点意见。",
// a standalone "一、…紧迫感" heading line, a paragraph ending "归纳起来讲:" and a block "一是…。" point whose 二是 lies past the
// cut, cut mid-sentence ("比上年"); a coal group chairman's 讲话 at a 瓦斯事故警示教育视频会 flattened onto one line (56brand):
// the title glued to the speaker's name and the date "庞振川(2020年2月22日)", glued in turn to "同志们:大家上午好。", then
// "我再强调三点。第一,…。…第二,…。…第三,…。" inline after full stops, a "煤矿的第一灾害" that is no marker, cut mid-word
// ("认"); a mine leader's 讲话 opening a 工商管理大专班 on a traditional-script mirror (w28pg) with converter pinyin after a
// fixed set of characters (學(xué), 習(xí), 機(jī), 業(yè), 強(qiáng), 創(chuàng), 發(fā), 戰(zhàn), 導(dǎo), 聯(lián), 數(shù), 術(shù), 現(xiàn), 進(jìn), 內(nèi), 養(yǎng), 產(chǎn),
// 務(wù), 風(fēng)), the title's "開學(xué)典禮" included, "同志們:" and "大家好!" on lines of their own, a missing head count kept
// ("各條戰(zhàn)線的名同志"), the mis-encoded run "?梢赃@樣講" where "。可以這樣" was lost, "首先我代表…" after a comma (prose),
// "下面我給大家提三個方面的要求:" and a block "一是要珍惜機(jī)遇,端正學(xué)風(fēng)。" point, cut mid-sentence ("不"); a general manager's
// 消防月启动会 讲话稿 for a chemical plant on a document-sharing site (diandahome): the page title "20617 <title>-化工" with
// the post id and the category, a meta line whose day runs into the time ("2025年11月411:48:43发布者:Uncle_F 7 views 举报"),
// "总字数:约1683字", "第1页", the document's title with spaces around the digits ("总经理 2025 年消防月启动会讲话稿"),
// "各位同事:", then PDF text hard-wrapped every ~40 characters with a blank line after every line, spaces around digits
// and quotes ("“ 8·12”", "165 人") and OCR gaps where characters were lost ("硝化棉自 燃引起 环爆炸", "直接 济损失",
// "2024 云岭…"), cut mid-word ("最 造")) and two written look-alikes (a coal-news portal's report (cwestc) of a mine's
// 安全警示教育大会 under a table of pipes "| <headline> | |||", "| 煤炭资讯网 | <date> <time> 安全专题 | ||", "|": the
// 安监处处长's requirements told as "讲话要求:一是…。二是…。三是…。四是…;…;…。五是…。" inside one paragraph that opens
// with "首先,", a 表态发言 and a 宣誓 reported, "最后," opening the last paragraph — a report in the third person, not a
// speech; a chapter of a period novel (shu002) set at an industry safety meeting: the narrator's account of dull
// speeches by other plants' cadres ("头一个是…", "第二个是…"), then the hero's quoted opening "各位领导,各位同志,大家好。
// 我是东风轧钢厂的郑野。" and “今天,我向各位汇报一下…” — narration around a quoted speech, not a speech).
// Judgement calls: 01 is a speech: the page delivers the vice-mayor's speech in full under the office's covering
// notice, which is a lead around it (as a press page's lead above "以下为…的致辞" is); the notice's five lines (title,
// number, addressee, paragraph, date) are noise and the speech's own title is the title; the notice's title contains the
// speech's title but names a 通知 and is no variant of it. "一、" opens a heading line without a sentence end (required,
// level 1, whole line); the block "一是" opens its paragraph under 一、 (required, level 2, its first sentence) though the
// paragraph before ends in a colon — rules and reader agree, as round 34's 01 "一是注重基层。" whose 二是 also lay past the
// cut. 02's title glued before the speaker's name is the document's own title and is cut off, not listed (as the shared
// corpus's 29 and 103); the speaker's name with the delivery date "(2020年2月22日)" is the speech's own byline (the same
// speech printed elsewhere sets "庞振川" and the date on lines of their own under the title), not a poster's name, and
// stays glued to "同志们:"; "第一,"/"第二,"/"第三," follow full stops and run 1–3 (required, level 1, first sentence each);
// "第一灾害" has no separator and is prose. 03's title is the first line without its pinyin, dropped, not listed; every
// distinct pinyin annotation is noise (regexCut); the mojibake run stays in the text; "一是" opens its paragraph (required,
// level 1, its first sentence "要珍惜機遇,端正學風", marker "一是" as round 52's and 53's "一是要…" items). 04's page-title
// line is a variant of the title (post id before it, "-化工" after it) and is noise whole, with "20617" listed as well; the
// meta, word-count and "第1页" lines are viewer chrome; the document's title line is dropped, not listed, and the title is
// kept with its spaces (the scorer removes whitespace); the wrapped lines are joined into the four paragraphs the
// capture holds (each ends at a short last line ending in 。; the full-length line ending "“隐形火源”。" runs on into
// "更可怕的是,…", as a PDF wrap that happened to fall after a full stop); the OCR gaps and stray spaces are
// the document's own and stay; no outline. 05 and 06 are not speeches; their 一是…五是, 首先/最后 and 第二个 runs are no
// outline. Names of people, companies, mines and small places are fictional throughout (峪川市, 石门区, 青崖沟煤矿, 秦立新,
// 桦林坪矿, 石梁矿, 庞振川, 孔董/严总/韦总, 柏树岭矿, 秦北能源, 云岭锦绣苑, 郑野, 韩书记, 东风轧钢厂).
// Looked for and not found on a new host: a 班前会 or 班组长 讲话稿 (the corpus answers with news items, regulations and
// 演讲稿 on used hosts: liuxuequn, bluu, liuxue86, 1mishu), a 调度会 讲话 on a template site (gwzjk is used; novels answer the
// rest), a 誓师大会/会战动员 讲话 for an oilfield or a refinery (damishu is used; other hits are news or history), a 钢铁
// company's own 安全生产 讲话 (only news and novels), a 文库 viewer of a power-company speech (wenke99, wenku365, taowenge,
// 365docx-like OCR pages without a genre; dybbs8 and soolun are used). Template twins set aside: jxajj.com (a 煤矿安全生产月
// 演讲稿 collection "…(汇总14篇)" / "时间:<date> <time> 作者:admin" / "…篇1", the 91kejian/51vvv "(汇总N篇)" + "时间:… 作者:…"
// generator, 51vvv itself already set aside as 91kejian's twin), m.xcreativ.com (a traditional 供电公司 讲话 under the
// ruiwen-family "時間:… 會議講話 我要投稿 / 相關推薦" furniture, executivefront's set-aside template), xchen.com.cn and
// aixizuo.com (named twins in rounds 42 and 41), guanshanwenku.com (the same 瓦斯事故 speech under the "文似观山不喜平" header
// set aside in round 41; 56brand prints none of its furniture, only the flattened text).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const FY_NOTICE_TITLE = '峪川市人民政府办公厅关于印发秦立新副市长在全市煤矿安全生产会议上的讲话的通知';
const FY_NUMBER = '(峪政办发[2006]187号)';
const FY_ADDRESSEE = '各县、区人民政府,市政府各有关部门,市属各煤矿企业:';
const FY_NOTICE_BODY = '11月2日,市政府在石门区政府会议室召开全市煤矿安全生产会议,秦立新副市长作了重要讲话,对全市煤矿安全生产工作作出具体部署。现将秦立新副市长的讲话印发给你们,请结合市政府《关于加强全市煤矿安全生产工作的紧急通知》一并抓好贯彻落实。';
const FY_DATE = '二○○六年十一月三日';
const FY_TITLE = '在全市煤矿安全生产会议上的讲话';

const BR_TITLE = '在桦林坪矿“2·10”、石梁矿“2·22”瓦斯事故警示教育视频会上的讲话';

const WP_TITLE = '在煤礦工商管理大專班開學典禮上的講話';

const DH_PAGE_TITLE = '20617 总经理2025年消防月启动会讲话稿-化工';
const DH_META = '2025年11月411:48:43发布者:Uncle_F 7 views 举报';
const DH_WORDS = '总字数:约1683字';
const DH_PAGE = '第1页';
const DH_TITLE = '总经理 2025 年消防月启动会讲话稿';

export const specs = {
  '01-jianghua-fymate-meikuang-anquan-yinfa-tongzhi-lead-yi-yishi': {
    source: 'http://www.fymate.net/html/text/lar/168932/16893231.html',
    kind: 'speech: 讲话 (a vice-mayor at an emergency city coal-mine safety meeting, printed under the office\'s 印发 notice)',
    tests: 'the covering notice as a lead: its title "…关于印发…讲话的通知" (containing the speech\'s title), the number "(峪政办发[2006]187号)", the addressee line ending in a colon, the notice paragraph and the date "二○○六年十一月三日"; then the speech\'s own title, "同志们:", "下面我讲三点意见。", a standalone "一、…紧迫感" heading (level 1), a paragraph ending "归纳起来讲:" and a block "一是…。" point (level 2) whose 二是 lies past the cut; quoted document names 《…紧急通知》; cut mid-sentence ("比上年")',
    isSpeech: true,
    title: FY_TITLE,
    noise: [FY_NOTICE_TITLE, FY_NUMBER, FY_ADDRESSEE, FY_NOTICE_BODY, FY_DATE],
    dropLines: [FY_NOTICE_TITLE, FY_NUMBER, FY_ADDRESSEE, FY_NOTICE_BODY, FY_DATE, FY_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '认清形势,提高认识,切实增强抓好煤矿安全生产工作的责任感和紧迫感' },
      { level: 2, marker: '一是', text: '煤矿安全生产形势严峻,事故教训不容忽视' },
    ],
  },
  '02-jianghua-56brand-wasi-jingshi-oneline-glued-title-byline-diyi': {
    source: 'http://56brand.top/135261.html',
    kind: 'speech: 讲话 (a coal group chairman at a video meeting of warning education on two gas explosions)',
    tests: 'the whole page on one line with no site chrome: the title glued to the speaker\'s name and date "庞振川(2020年2月22日)", glued to "同志们:大家上午好。"; "我再强调三点。第一,…。…第二,…。…第三,…。" inline after full stops (level 1); "煤矿的第一灾害" (no separator, prose); quoted slogans with “零”; cut mid-word ("认")',
    isSpeech: true,
    title: BR_TITLE,
    noise: [],
    replace: [[BR_TITLE, '']],
    outline: [
      { level: 1, marker: '第一,', text: '一定要提高思想认识' },
      { level: 1, marker: '第二,', text: '一定要强化治理,强化管理' },
      { level: 1, marker: '第三,', text: '一定要强化落实' },
    ],
  },
  '03-jianghua-w28pg-big5-pinyin-meikuang-dazhuanban-kaixue-mojibake-yishi': {
    source: 'http://w28pg.cn/article/4833778.htm',
    kind: 'speech: 讲话 (a mine leader opening a business-management college class for miners; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (學(xué), 習(xí), 機(jī), 業(yè), 強(qiáng), 創(chuàng), 發(fā), 戰(zhàn), 導(dǎo), 聯(lián), 數(shù), 術(shù), 現(xiàn), 進(jìn), 內(nèi), 養(yǎng), 產(chǎn), 務(wù), 風(fēng)), also in the title line; "同志們:" and "大家好!" on their own lines; a missing head count ("的名同志"); the mis-encoded run "?梢赃@樣講"; "首先我代表…" after a comma (prose); a block "一是要…。" point (level 1) after "…要求:"; cut mid-sentence ("不")',
    isSpeech: true,
    title: WP_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [WP_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '要珍惜機遇,端正學風' },
    ],
  },
  '04-jianghua-diandahome-huagong-xiaofangyue-docviewer-meta-hardwrap-ocr-gaps': {
    source: 'https://www.diandahome.com/326755.html',
    kind: 'speech: 讲话稿 (a chemical plant\'s general manager opening the fire-safety month; document-sharing page)',
    tests: 'document-sharing chrome: page title "20617 <title>-化工" with post id and category, a meta line whose day runs into the time ("2025年11月411:48:43发布者:Uncle_F 7 views 举报"), "总字数:约1683字", "第1页"; the document\'s title with spaces around the digits; "各位同事:"; PDF text hard-wrapped every ~40 characters with a blank line after each line, wraps inside words ("主/题", "事/故", "硝化/棉"); OCR gaps and stray spaces kept ("棉自 燃引起 环爆炸", "直接 济损失", "“ 8·12”"); no outline; cut mid-word ("最 造")',
    isSpeech: true,
    title: DH_TITLE,
    noise: [DH_PAGE_TITLE, '20617', DH_META, DH_WORDS, DH_PAGE],
    join: [
      ['大家上午好!', '生死相连。'],
      ['身为化工企业', '安全之弦。'],
      ['说到风险', '性灾难。'],
      ['2024 云岭', '最 造'],
    ],
    dropLines: [DH_PAGE_TITLE, DH_META, DH_WORDS, DH_PAGE, DH_TITLE],
    outline: [],
  },
  '05-news-cwestc-kuangjing-jingshi-dahui-pipes-yishi-wushi-not-speech': {
    source: 'http://www.cwestc.com/newshtml/2011-6-24/203453.shtml',
    kind: 'non-speech: news report (a coal mine\'s safety warning-education meeting on a coal-news portal)',
    tests: 'a table of pipes around the headline and the "煤炭资讯网 | <date> <time> 安全专题" meta; a report whose paragraph opens "首先," and tells the safety chief\'s requirements as "讲话要求:一是…。二是…。三是…。四是…。五是…。" after full stops, a 表态发言 and a 宣誓 reported, "最后," opening the last line — third person, not a speech; cut mid-word',
    isSpeech: false,
    title: '柏树岭矿举行安全警示教育大会',
  },
  '06-novel-shu002-zhagangchang-anquan-jingyan-jiaoliu-not-speech': {
    source: 'http://www.shu002.com/book/343717/126387799_1.html',
    kind: 'non-speech: novel (a rolling-mill cadre speaks at an industry safety experience meeting)',
    tests: 'a novel chapter with no site chrome: narration of a hall of cadres and dull speeches ("头一个是…", "第二个是…"), then the hero\'s quoted opening "各位领导,各位同志,大家好。我是东风轧钢厂的郑野。" and “今天,我向各位汇报…” — narration around a quoted speech, not a speech; cut mid-quote',
    isSpeech: false,
    title: '',
  },
};
