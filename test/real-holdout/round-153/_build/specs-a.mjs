// Gold specs for holdout round 153, part A (cases 01–06): the chemical industry (化工 园区 安全 生产 会议, 化工 企业 投产/
// 周年 庆典, 危化品 整治 — their 讲话, 致辞, 发言, 党课, 主持词, and their look-alikes: a news report of an inspection of a
// chemical company and a city's notice forwarding a provincial 事故 通报).
// Four spoken pieces (a New Year 致辞 of the chairman of the 中國化學品安全協會 on a traditional-script converter mirror
// with pinyin (www.lysgsy.com, "/article/<token>"): a letter-spaced title "新 春 致 辭", a "來源: … 作者: … 瀏覽: 2443
// 發(fā)布于2015年02月15日" meta line with pinyin inside it, the speaker's byline with his position on its own line, no
// salutation, "(pinyin)" after a fixed set of characters (學(xué), 協(xié), 發(fā), 業(yè), 產(chǎn), 當(dāng), 強(qiáng), 現(xiàn), 堅(jiān), 實(shí),
// 責(zé), 標(biāo), 準(zhǔn), 進(jìn), 項(xiàng), 經(jīng) …), a space after a "!" inside the first paragraph; a veteran employee's 发言 at
// the 60th anniversary of 蘇化集團 (a chemical group) on another converter mirror (dentarab.com, "/news_17/<id>.html"): a
// poster-and-date line "[ 許文斌, 2016-11-04 ]", a lone "?" line, the site's lost indentation "? ? ? ? " glued before the
// first paragraph, no title, the salutation "尊敬的各位領(lǐng)導(dǎo),各位同事:" and "大家好!" on their own lines, pinyin after
// a larger set of characters (領(lǐng), 導(dǎo), 時(shí), 國(guó), 車(chē), 間(jiān), 廠(chǎng) …), two mis-encoded runs kept inside the
// prose ("周?chē)缆藩M窄", whose "?chē)" lost its opening bracket, and "中去?,F(xiàn)在"), the simplified leftover 以后 beside
// 先後, cut mid-word ("東沙信"); a 党课 of the head of the petroleum and chemical industry federation, printed as an
// 摘编 under a press lead on a traditional-script pinyin mirror of a chemical-equipment news site (bhmbl.cn,
// "/news/d<id>.html"): the headline with a censor star ("用初心和使命*行業(yè)高質(zhì)量發(fā)展的新征程"), a blank line, a
// meta line "作者: 2019年08月08日 來(lái)源:全球化工設(shè)備(bèi)網(wǎng) 瀏覽量:" with an empty author and an empty count, a font
// switch "字號(hào):T | T", a summary teaser that repeats the lead's opening and stops mid-name ("…會(huì)長(zhǎng)周"), the
// indented third-person lead ending "本版今日特將黨課內(nèi)容進(jìn)行摘編(biān),以饗讀者。", then the 党课's own unnumbered
// sub-heading and its first sentences, a second censor star ("*囑托"), cut inside a pinyin annotation ("改革開(kāi)放時(s");
// a 主持稿 for a safety-month knowledge contest of a group company on a template site (www.517r.com, "/zonghe/<id>.html"):
// the SEO page title "最新安全广播主持稿(精选十四篇)", a meta line "时间:2025-06-13 作者:日记网" glued to the site's genre
// blurb and promo, which names another genre than the title ("…安全生产月主持稿(精选14篇),仅供参考,大家一起来看看吧。"),
// the piece heading "安全广播主持稿 篇1", the script's own part label "第一部份:开场白" (部份, not 部分), hosts' turns
// "A:" / "B:" / "合:", placeholders "xx", "xxxxxx", "XXX", "XX", an "A:首先," turn, cut mid-word ("参赛的队")) and two
// written look-alikes (a chemical company's news post on a city secretary's inspection of its safety work, on a
// casino-hijacked traditional-script page with toneless pinyin and a trailing space after each annotation
// (www.sdtuoshen.com, "/news/news-detail-<id>.htm"): "書(shu) 記", "生產(chan) ", "企業(ye) ", the company's name replaced by a
// betting brand "AG卡卡湾" five times, the visit told in the third person, block paragraphs opening "首先…", "隨後…",
// "最後王書(shu) 記強調,…" and the reporter's signature "(化工公司安環部 吳海濤)" — a news report, not a speech; a county
// city's work-safety office forwarding the province's 通报 on the "11.22" explosion at a chemical company (xtdsby.com,
// "/gk/xxgk/cdgz/aqsc/zcwj/<id>.htm"): an addressee line ending in a colon ("各乡镇人民政府,…、市级有关部门:") that looks
// like a salutation, "现将《…的通报》…转发给你们,并就有关事项提出如下要求:", block items "一、" and "二、", an attachment
// line, the issuing office and the date — a written 通知, not a speech; 370 characters, the whole stored page).
// Judgement calls: 01's title is the letter-spaced title line read without its spaces ("新春致辭"; the scorer removes
// whitespace); the meta line is noise, listed whole and by its pinyin-free parts "瀏覽: 2443" and the date (as round 4
// case 07 listed pinyin-laden meta lines by verbatim parts); the byline "中國化學品安全協會理事長 孫建平" carries a position
// and stays as a body paragraph (shared corpus convention, as round 5's 04/09 and round 149's 01); the whole "(pinyin)"
// annotations go by one regexCut, their hits listed as noise (as round 149's part C); "多年來," and "當前," are no markers;
// no outline. 02 has no title line, so the title is "" (as shared case 11 and round 149's 16); the "[ name, date ]" line
// is page meta; the site's lost indentation "? ? ? ?" is cut and listed, the lone "?" line dropped, as round 54 case 14
// did with the same artifact; the mis-encoded runs stay (as round 1's 09/10 and round 149's 14 kept "?shù)"): the regexCut
// takes only whole "(pinyin)" annotations, so "?chē)" stays while the "(xiàn)" after "?,F" goes; the 发言 is a speech
// (salutation, first person, an anniversary gathering); no outline. 03 is read as a speech: the page's document is the 党课
// itself, printed as an 摘编 under the editor's lead, and the lead's last sentence says so (as round 134 case 02 read a
// 致辞 printed in full under "以下为致辞全文:", and round 136's 14 a speech under its report); the headline is the 党课's
// title and the page's only title line, kept with its censor star (text a site censored stays, shared corpus
// convention); the meta line, the "字號:T | T" switch, the summary teaser (a cut repeat of the lead) and the
// third-person lead are noise, each listed whole and by pinyin-free parts; the unnumbered sub-heading is a body
// paragraph and no outline item; the pinyin fragment "(s" cut off by the end of the capture stays (shared corpus
// convention). 04: a 主持稿 is a 主持词, a spoken genre; on this collection page the title is the first piece's own title
// "安全广播主持稿" from its heading "安全广播主持稿 篇1" (as round 4 case 04 and round 5 case 08); the SEO page title with
// "最新" and the count is noise, as are the meta-and-promo line (listed whole and by its two parts) and the piece heading;
// the block label "第一部份:开场白" is a part marker written with 份 instead of 分, an ordinal not in the rule table →
// optional level-1 item (as shared case 19's 第一點 and round 3 case 11's 第一层意思); the "A:" before "首先," keeps it
// from opening its paragraph, so it is no marker; "合:" and the hosts' labels stay in the body (as shared case 20's 男:/女:).
// 05 and 06 are written, not speeches: 05 tells the visit in the third person, and its 首先/隨後/最後 paragraphs are the
// reporter's sequence (as round 134 case 05 and round 149 case 17); 06 is a notice whose addressee line is no salutation and
// whose 一、/二、 are the notice's requirements (as shared case 82, round 2 case 18 and round 3 case 20). Names of private people (01's editor
// and the chairman, 02's poster, 03's federation head, 05's officials, managers and reporter) were replaced by fictional
// ones; the prose was rewritten; in the traditional pages the rewritten prose carries the pinyin after every occurrence of
// the same characters as on the page.
// Looked for and not found on a new host: a 化工园区 安全生产 讲话 with 一、/一是/第一, points (m.sanweiyuan.com's two 化工
// 讲话 with 一、 and a "预览结束" paywall, gongwenbang.cn's 危化品 视频会 讲话 with 第一,…第四, (twice), wuxingwenku.com's
// 危化品 综合治理 讲话 with 一、, allw.cn's 化工园区 认定 表态发言 with 第一,/一是…三是, xiaomilidoc.com's 工业区 讲话,
// refanwen.com's 市长 安全生产 讲话 with 一是要, m.aqrzj.com's 副区长 讲话 summary and laobiganzi.top's 年度安全会议 讲话
// are all on used hosts); a 化工 项目 投产/开工 庆典 致辞 or 主持词 (the hits are m.cyzxm.cn's 中国化学 致辞, runfargroup.com's
// 開工剪彩 講話, 1mishu.com, m.07608.cn, m.010zaixian.com, xieyishu.com.cn, rzpgrj.com, 365docx.com and m.wenke99.com, all
// used; the rest are news reports of ceremonies and novel chapters); a 危化品 表态发言 (none beyond allw.cn); a 化工 安全
// 演讲稿 on a fresh template (myxinshiwu.com and zhejianglong.com are template twins, below; m.xuewenya.com,
// m.shouyihuo.com, chuangrenyuanyi.com, zbfsgm.com, www.eastca.com.cn, m.jcsycorp.com and m.dybbs8.com are used); a
// 化工 安全管理制度 with 第一条 (www.yrrf.cn and bdocx.com are used). So only 04 carries a numbered label, and it is optional.
// Template twins considered: myxinshiwu.com (a collection of 化工企业安全生产演讲稿 with "……此处隐藏7509个字……" glued
// mid-sentence) prints "时间:<date> <time>", the title twice, the promo "…以下是小编帮大家整理的…,欢迎阅读与收藏。" and
// "<title>1", the template of the used jy135.com and www.haikao.com (shared cases 75 and 60) → dropped; zhejianglong.com
// (page 2 of a 化工安全生产 演讲稿, "<title> <title>( 二 )" and spaces before commas) is the template of the used
// m.easyfang.com (round 50 case 02) → dropped; m.zltai.com (a mirror of 安全文化网 with a report on a chlorine leak) was
// claimed and then left for its header of pornographic search keywords naming a person; www.517r.com's promo ends like
// the generator blurbs of several used pages ("…,仅供参考,大家一起来看看吧。", rounds 8's 05, 9's 06, 14's 15, 28's 09,
// 31's 14), but its meta line "时间:… 作者:日记网" glued before the blurb, its piece heading "… 篇1" with a space and its
// page furniture match none of them (their promos stand on lines of their own under a bare title), so it was kept;
// dentarab.com shares the converters' "? ? ? ?" indentation artifact with the used labourd.cn (round 54 case 14) but no
// furniture line (no "[ name, date ]" line there), and www.sdtuoshen.com shares the toneless "(ye) " style and a casino
// brand with the used www.jingaoyuanzdp.com (round 134 case 13) but neither its brand ("开云kaiyun体育官方网站") nor any
// line; both were kept, as other converter mirrors were.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const LY_TITLE_LINE = '新 春 致 辭';
const LY_META = '來源: 中國化學(xué)品安全協(xié)會 作者: 林秀蘭 瀏覽: 2443 發(fā)布于2015年02月15日';
const LY_META_CUT = '來源: 中國化學品安全協會 作者: 林秀蘭 瀏覽: 2443 發布于2015年02月15日';

const DT_POSTER = '[ 許文斌, 2016-11-04 ]';
const DT_INDENT = '? ? ? ?';

const BH_TITLE = '用初心和使命*行業高質量發展的新征程';
const BH_META = '作者: 2019年08月08日 來(lái)源:全球化工設(shè)備(bèi)網(wǎng) 瀏覽量:';
const BH_META_CUT = '作者: 2019年08月08日 來源:全球化工設備網 瀏覽量:';
const BH_FONT = '字號(hào):T | T';
const BH_TEASER = '當(dāng)前,全國(guó)石油和化工行業(yè)正在扎實(shí)推進(jìn)“不忘初心、牢記使命”主題教育。8月5日,中國(guó)石油和化學(xué)工業(yè)聯(lián)合會(huì)黨委在京舉辦主題教育專題黨課,石化聯(lián)合會(huì)黨委書(shū)記、會(huì)長(zhǎng)周';
const BH_TEASER_CUT = '當前,全國石油和化工行業正在扎實推進“不忘初心、牢記使命”主題教育。8月5日,中國石油和化學工業聯合會黨委在京舉辦主題教育專題黨課,石化聯合會黨委書記、會長周';
const BH_LEAD = '當(dāng)前,全國(guó)石油和化工行業(yè)正在扎實(shí)推進(jìn)“不忘初心、牢記使命”主題教育。8月5日,中國(guó)石油和化學(xué)工業(yè)聯(lián)合會(huì)黨委在京舉辦主題教育專題黨課,石化聯(lián)合會(huì)黨委書(shū)記、會(huì)長(zhǎng)周立恒為系統(tǒng)黨員干部作了一場深刻的黨課報(bào)告。他追述了民主革命時(shí)期陳振夏、范旭東等行業(yè)先驅實(shí)業(yè)救國(guó)的赤子情懷,社會(huì)主義(yì)建設(shè)時(shí)期的“大慶精神”“吉化精神”和“嚴(yán)細實(shí)快”作風(fēng)等寶貴財(cái)富,指出強(qiáng)國(guó)跨越是石油和化學(xué)工業(yè)的歷(lì)史使命、*囑托是行業(yè)前進(jìn)的力量源泉,對(duì)于全行業(yè)堅(jiān)守初心、擔當(dāng)使命具有很強(qiáng)的現(xiàn)實(shí)指導(dǎo)意義(yì)。本版今日特將黨課內(nèi)容進(jìn)行摘編(biān),以饗讀者。';
const BH_LEAD_CUT = '當前,全國石油和化工行業正在扎實推進“不忘初心、牢記使命”主題教育。8月5日,中國石油和化學工業聯合會黨委在京舉辦主題教育專題黨課,石化聯合會黨委書記、會長周立恒為系統黨員干部作了一場深刻的黨課報告。他追述了民主革命時期陳振夏、范旭東等行業先驅實業救國的赤子情懷,社會主義建設時期的“大慶精神”“吉化精神”和“嚴細實快”作風等寶貴財富,指出強國跨越是石油和化學工業的歷史使命、*囑托是行業前進的力量源泉,對于全行業堅守初心、擔當使命具有很強的現實指導意義。本版今日特將黨課內容進行摘編,以饗讀者。';

const WR_SEO = '最新安全广播主持稿(精选十四篇)';
const WR_META = '时间:2025-06-13 作者:日记网';
const WR_PROMO = '以下是小编收集整理的安全生产月主持稿(精选14篇),仅供参考,大家一起来看看吧。';
const WR_META_LINE = WR_META + '在现在的社会生活中,我们越来越需要主持稿,主持稿是主持人将晚会、会议连贯起来的稿件。你所见过的主持稿是什么样的呢?' + WR_PROMO;
const WR_PIECE = '安全广播主持稿 篇1';

export const specs = {
  '01-zhici-lysgsy-big5-pinyin-huaxuepin-anquan-xiehui-xinchun-spaced-title-meta-byline': {
    source: 'http://www.lysgsy.com/article/wd70y2mzdqnv6qp1',
    kind: 'speech: 致辞 (the New Year address of the chairman of the national chemical-safety association; traditional-script converter mirror)',
    tests: 'a letter-spaced title line "新 春 致 辭"; a "來源: … 作者: … 瀏覽: 2443 發(fā)布于2015年02月15日" meta line with pinyin inside; the speaker\'s byline "中國化學(xué)品安全協(xié)會理事長 孫建平" on its own line (kept); no salutation; converter pinyin after a fixed set of characters in every paragraph (學(xué), 協(xié), 發(fā), 謹(jǐn), 業(yè), 產(chǎn), 當(dāng), 強(qiáng), 現(xiàn), 質(zhì), 術(shù), 堅(jiān), 實(shí), 責(zé), 標(biāo), 準(zhǔn), 進(jìn), 項(xiàng), 經(jīng)); a space after "!" inside the first paragraph; "“十二五”以後"; no numbered points',
    isSpeech: true,
    title: '新春致辭',
    noise: [LY_META, '瀏覽: 2443', '發(fā)布于2015年02月15日'],
    regexCut: [PINYIN],
    dropLines: [LY_TITLE_LINE, LY_META_CUT],
    outline: [],
  },
  '02-fayan-dentarab-big5-pinyin-suhua-60zhounian-qmark-indent-poster-date-mojibake': {
    source: 'http://dentarab.com/news_17/503.html',
    kind: 'speech: 发言 (a veteran employee at the 60th anniversary of a chemical group; traditional-script converter mirror)',
    tests: 'a poster-and-date line "[ 許文斌, 2016-11-04 ]"; a lone "?" line and "? ? ? ? " glued before the first paragraph (lost indentation); no title; the salutation "尊敬的各位領(lǐng)導(dǎo),各位同事:" and "大家好!" on their own lines; converter pinyin after many characters (領(lǐng), 導(dǎo), 時(shí), 團(tuán), 經(jīng), 過(guò), 國(guó), 業(yè), 來(lái), 車(chē), 間(jiān), 廠(chǎng), 發(fā) …); mis-encoded runs inside sentences ("周?chē)缆藩M窄" with a broken "?chē)", "中去?,F(xiàn)在"); 先後 beside the leftover 以后; cut mid-word ("東沙信")',
    isSpeech: true,
    title: '',
    noise: [DT_POSTER, DT_INDENT],
    replace: [['\n? ? ? ? ', '\n']],
    regexCut: [PINYIN],
    dropLines: [DT_POSTER, '?'],
    outline: [],
  },
  '03-dangke-bhmbl-big5-pinyin-shihua-lianhehui-teaser-lead-censor-star-cut-pinyin': {
    source: 'http://bhmbl.cn/news/d242704.html',
    kind: 'speech: 党课 (the petroleum and chemical industry federation head\'s party lecture, printed as an 摘编 under a press lead; traditional-script converter mirror of a chemical-equipment news site)',
    tests: 'the headline with a censor star as the title ("用初心和使命*行業(yè)高質(zhì)量發(fā)展的新征程"); a meta line "作者: 2019年08月08日 來(lái)源:全球化工設(shè)備(bèi)網(wǎng) 瀏覽量:" with empty fields; a font switch "字號(hào):T | T"; a summary teaser repeating the lead and cut mid-name ("會(huì)長(zhǎng)周"); an indented third-person lead ending "本版今日特將黨課內(nèi)容進(jìn)行摘編(biān),以饗讀者。" (noise); the lecture\'s own unnumbered sub-heading and first sentences (body); a second censor star ("*囑托"); converter pinyin; cut inside an annotation ("改革開(kāi)放時(s")',
    isSpeech: true,
    title: BH_TITLE,
    noise: [BH_META, '作者: 2019年08月08日', BH_FONT, ':T | T', BH_TEASER, BH_LEAD, '本版今日特將黨課內', '以饗讀者。'],
    regexCut: [PINYIN],
    dropLines: [BH_TITLE, BH_META_CUT, '字號:T | T', BH_TEASER_CUT, BH_LEAD_CUT],
    outline: [],
  },
  '04-zhuchici-517r-anquan-guangbo-meta-glued-promo-pian1-diyi-bufen-ab-turns': {
    source: 'http://www.517r.com/zonghe/5131.html',
    kind: 'speech: 主持词 (a 主持稿 for a group company\'s safety-month knowledge contest; collection page on a template site)',
    tests: 'an SEO page title "最新安全广播主持稿(精选十四篇)"; a meta line "时间:2025-06-13 作者:日记网" glued to the genre blurb and a promo naming another genre ("…安全生产月主持稿(精选14篇),仅供参考,大家一起来看看吧。"); the piece heading "安全广播主持稿 篇1" carrying the title; the part label "第一部份:开场白" (部份 for 部分: optional); hosts\' turns "A:" / "B:" / "合:" with the salutation split over two turns; placeholders "xx", "xxxxxx", "XXX", "XX"; "A:首先," (no marker behind a speaker label); cut mid-word ("参赛的队")',
    isSpeech: true,
    title: '安全广播主持稿',
    noise: [WR_SEO, WR_META_LINE, WR_META, WR_PROMO, WR_PIECE],
    dropLines: [WR_SEO, WR_META_LINE, WR_PIECE],
    outline: [
      { level: 1, marker: '第一部份:', text: '开场白', optional: true },
    ],
  },
  '05-news-sdtuoshen-big5-toneless-pinyin-casino-brand-huagong-diaoyan-shouxian-zuihou-not-speech': {
    source: 'http://www.sdtuoshen.com/news/news-detail-9100.htm',
    kind: 'non-speech: news report (a city party secretary\'s inspection of a chemical company\'s safety work; casino-hijacked traditional-script page)',
    tests: 'toneless pinyin with a trailing space ("書(shu) 記", "生產(chan) ", "企業(ye) ", "為(wei) "); the company\'s name replaced by a betting brand "AG卡卡湾" five times; converter forms 係統, 方麵, 曆程; the visit told in the third person; block paragraphs "首先化工公司安環部…", "隨後…", "最後王書(shu) 記強調,…要…要…"; the reporter\'s signature "(化工公司安環部 吳海濤)" — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-tongzhi-xtdsby-zhuanfa-lier-baozha-tongbao-addressee-yi-er-not-speech': {
    source: 'https://xtdsby.com/gk/xxgk/cdgz/aqsc/zcwj/1517949.htm',
    kind: 'non-speech: 通知 (a city work-safety office forwarding the province\'s 通报 on an explosion at a chemical company)',
    tests: 'no title in the capture; an addressee line ending in a colon ("各乡镇人民政府,高新西区管委会,…、市级有关部门:") that looks like a salutation; "现将《…的通报》(川应急函〔2018〕26号)转发给你们,并就有关事项提出如下要求:"; block items "一、…" and "二、…"; an "附件:《…》" line; the issuing office and the date — a written notice, not a speech; 370 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
