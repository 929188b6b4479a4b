// Gold specs for holdout round 61, part c (cases 13–18): government information-disclosure pages, official press
// and portal pages carrying speeches, and look-alikes (a notice, a 政府工作报告 and a meeting report on such pages).
// Three spoken pieces (a vice-minister's 讲话 to the 中国教育学会's annual meeting as a city education society's CMS
// page (naijabanger, a TRS-style "/jyxh/zyzx/<yyyymm>/t<date>_<id>.htm" page) prints it: a "当前位置:首页 >> … >> 资源中心"
// breadcrumb, the site's headline "教育部副部长…在…上的讲话", a "发表人/单位: … 发表日期: … [ 字体显示: ]" meta line, an
// indented editor's lead that ends "以下为沈部长讲话的全文:" (and misprints the title as "…改革发 加强…"), then the
// speech's own title "面向未来十年教育改革发展 加强教育学会工作", a "——在…上的讲话" subtitle, a date line missing its
// opening bracket "2010年3月28日)", the byline "教育部副部长 沈小雯", the salutation, every line separated by a blank
// line and a no-break-space line, cut mid-word ("推进高等"); a city mayor's year-end address broadcast to the city
// government's staff on a Taiwanese government site (sec.tainan.gov.tw, genuine traditional script): the
// accessibility link "跳到主要內容區塊", the title, a no-break-space line, the title again with "全文" appended, then
// five indented paragraphs separated by two blank lines, from "市府的各位同仁們大家好,我是市長…" to "再一次謝謝大家,
// 謝謝!!", with two 「…」 slogans of four-character phrases; a president's 致詞 to the winners of a party's
// international-knowledge contest on a television news page (setn.settv-it.com): "快訊", the reporter's headline
// quoting her joke, a "記者…/台北報導" line, three paragraphs of the reporter's own account and a "▲" photo caption
// repeating the headline, the label "…致詞全文如下:", then the speech, whose first paragraph opens "首先,我要恭喜…",
// cut mid-sentence) and three written look-alikes (a district news item served from a bare IP address on a
// leadership video conference, where the secretary's requirements are reported as "首先,…。一是…,二是…,三是…。
// 第二,…。第三,…" inside one paragraph, with a stray space before “综合”; a township's 政府工作报告 on a county
// government's 政府信息公开 page (ahhy.gov.cn): title "…政府工作报告和2019年工作计划", the spaced heading "政 府 工 作
// 报 告", a "…在镇第十四届人民代表大会第三次会议" line, the mayor's byline, "各位代表:" and "一、2018年工作回顾" with
// unnumbered run-in headings ("经济运行稳中向好。"); a State Council office's 通知 on Wikisource's traditional-script
// view (zh.m.wikisource.org/zh-hant/): the title, a header line "…的通知 國辦發〔2019〕40號 2019年8月10日 發布機關:
// 國務院辦公廳 |", the addressees ending in a colon, the issuing office, date and "(此件公開發布)", then the attached
// 綱要 with "一、總體要求" and "(一)指導思想。"/"(二)戰略目標。" headings).
// Judgement calls: 13's site headline ("X在Y上的讲话") is the page's, not the speech's name: the speech's own title is
// the line under the editor's "以下为…全文:" label (as real-text's press convention); the lead paragraph is noise
// (listed whole and by its label); subtitle, date line and byline stay as the speech's header (rounds 8 and 28); no
// numbered point lies inside the capture. 14: a 歲末廣播 that greets the staff and speaks to them in the first person
// is a spoken genre (an address), so a speech; the first title line is the title, the second line (title + "全文") is
// the page's heading label and is noise; "啟德最後就以…" is no 最後 marker; no outline. 15: the news page's lead,
// caption and "…致詞全文如下:" label are noise and the speech below is the document; the reporter's headline is not the
// speech's name and no title is printed under the label, so the title is ""; "首先,我要恭喜…" is a courtesy 首先
// with no 其次 in the capture: optional level-1 item. 16: a report in the third person ("马长河强调,首先,…") is no
// speech whatever its markers. 17: a 政府工作报告 "向大会作政府工作报告,请予以审议" is a written report (rounds 15, 30,
// 32, 38). 18: a 通知 with its attached 綱要 is written. 16 is the whole page (a short news item, about 400
// characters). Names of people, the township, villages and companies are fictional.
// Looked for and not found on a new host: a county or city 讲话 with 一、/(一) headings on a 政府信息公开 page with
// 索引号/发布机构/主题分类 fields (the pages corpus answers with 工作规则, 政府工作报告 and news items, and the gov hosts
// that carry speeches are used: hanbin, zb, yishui, thrd, heyuan, pingjiang, wjw.pds, xhxxfx.wjedu); a 关于印发…同志
// 讲话的通知 page with the speech as an attachment; a 附件 page (.doc/.pdf) of a 领导讲话 on a government site; a
// Macau or Hong Kong government press release of a 致辭 on a new host (gov.mo, cdn.gcs.gov.mo, info.gov.hk,
// sc.isd.gov.hk, mofa.gov.tw, president.gov.tw, resources.cie.hkbu.edu.hk are used). So only three speeches, none of
// them with a numbered outline inside the capture (the numbered government speeches the corpus offers sit on used
// hosts or template farms). Template twins set aside: m.wugjj.com and uv63h8.cn (the gwyoo "导语:…一文来源于网友上传"
// template), biganzicankao.cn and cailiaogo.com ("/index/article/detail/detail_id/" twins of xiebiwenku/gwzjk),
// 416w.cn-style "/<yyyy>/<mmdd>/<id>.shtml" periodical mirrors, 49.213.0.198 (the CRNTT site of used 49.213.3.36),
// bjtchw.com and kanqiu123.com (gambling-spam mirrors of government pages; kept out for lack of a speech).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const NJ_CRUMB = '当前位置:首页 >> 厦门教育学会 >> 资源中心';
const NJ_HEAD = '教育部副部长沈小雯在中国教育学会2010年度工作会议上的讲话';
const NJ_META = '发表人/单位: 厦门教育学会 发表日期: 2010-07-21 [ 字体显示: ]';
const NJ_LEAD = '中国教育学会2010年度工作会议3月28日在京举行,会议回顾了学会一年来的各项工作,安排了今年的重点任务,并围绕正在向社会公开征求意见的《国家中长期教育改革和发展规划纲要(2010-2020年)》如何宣传、如何落实进行了座谈。教育部副部长沈小雯到会并作了题为《面向未来十年教育改革发 加强教育学会工作》讲话。以下为沈部长讲话的全文:';
const NJ_LABEL = '以下为沈部长讲话的全文:';
const NJ_TITLE = '面向未来十年教育改革发展 加强教育学会工作';

const TN_SKIP = '跳到主要內容區塊';
const TN_TITLE = '2015年溫啟德市長對市府同仁歲末廣播';
const TN_FULL = TN_TITLE + '全文';

const ST_FLASH = '快訊';
const ST_HEAD = '政令宣傳這場最輕鬆?林佳文笑稱「我剛才講的都白講了」';
const ST_BYLINE = '記者梁志豪/台北報導';
const ST_LEAD1 = '民進黨今(24日)第一次舉辦「全國高中職國際知識競賽(World Quiz Championship, WQC)」,希望透過比賽交流,讓學生認識當前的國際情勢與台灣外交的走向,並培養青年學子的思辨與領導能力。總統、民進黨主席林佳文也親自出席,為同學頒獎並致詞勉勵。';
const ST_CAPTION = '▲' + ST_HEAD;
const ST_LEAD2 = '林佳文致詞時表示,台灣需要更多具備國際視野的年輕世代,才能深化台灣與世界的合作,在未來的全球競爭中搶得先機。她相信在座的同學將來都能成為帶領台灣走向國際的重要力量。';
const ST_LEAD3 = '林佳文也順勢介紹起政府施政,但講到一半才發現「我剛才講的都白講了,因為你們都是比過賽的人,這些你們早就知道,如果我剛才說的你們是第一次聽到,那這個比賽就得重辦了。」全場學生都笑成一片!';
const ST_LABEL = '林佳文致詞全文如下:';

export const specs = {
  '13-jianghua-naijabanger-jiaoyu-xuehui-crumb-lead-subtitle-byline': {
    source: 'http://www.naijabanger.com/jyxh/zyzx/201007/t20100721_19293.htm',
    kind: 'speech: 讲话 (a vice-minister of education at the 中国教育学会 annual work meeting; a city education society\'s resource page)',
    tests: 'a "当前位置:首页 >> 厦门教育学会 >> 资源中心" breadcrumb, the site\'s headline "教育部副部长…在…上的讲话" (not the speech\'s name), a "发表人/单位: … 发表日期: … [ 字体显示: ]" meta line, an indented editor\'s lead ending "以下为沈部长讲话的全文:" that misprints the title ("改革发 加强"); the speech\'s own title under the label, a "——在…上的讲话" subtitle, a date line missing its opening bracket ("2010年3月28日)"), the byline "教育部副部长 沈小雯", the salutation; blank and no-break-space lines between all lines; no numbered point in the capture; cut mid-word ("推进高等")',
    isSpeech: true,
    title: NJ_TITLE,
    noise: [NJ_CRUMB, NJ_HEAD, NJ_META, NJ_LEAD, NJ_LABEL],
    dropLines: [NJ_CRUMB, NJ_HEAD, NJ_META, NJ_LEAD, NJ_TITLE],
    outline: [],
  },
  '14-guangbo-tainan-gov-suimo-big5-title-quanwen': {
    source: 'https://sec.tainan.gov.tw/News_Content.aspx?n=703&s=12134',
    kind: 'speech: 廣播 (a city mayor\'s year-end address broadcast to the city government\'s staff; Taiwanese government site, traditional script)',
    tests: 'genuine traditional script; the accessibility link "跳到主要內容區塊" above the title; the title, a no-break-space line, then the title again with "全文" appended (the page\'s heading label, noise); no salutation line: the first paragraph opens "市府的各位同仁們大家好,我是市長…!" and speaks to the staff in the first person; five paragraphs indented with two spaces and separated by two blank lines; 「…」 slogans of four-character phrases joined by 、; "再一次謝謝大家,謝謝!!" with doubled ASCII exclamation marks; no outline ("啟德最後就以…" is no 最後 marker); the whole address inside the capture',
    isSpeech: true,
    title: TN_TITLE,
    noise: [TN_SKIP, TN_FULL],
    dropLines: [TN_SKIP, TN_TITLE, TN_FULL],
    outline: [],
  },
  '15-zhici-setn-news-lead-quanwen-ruxia-shouxian': {
    source: 'https://setn.settv-it.com/News.aspx?NewsID=929871',
    kind: 'speech: 致詞 (a president and party chair to the winners of a high-school international-knowledge contest; full text on a television news page)',
    tests: '"快訊", the reporter\'s headline quoting the speaker\'s joke, a "記者…/台北報導" line, three paragraphs of the reporter\'s third-person account (one quoting her aside in 「…」) and a "▲" photo caption repeating the headline, all noise above the label "林佳文致詞全文如下:"; no title under the label, so the title is ""; the speech opens with a courtesy "首先,我要恭喜…" paragraph (optional level-1 item, no 其次 follows); short one-sentence paragraphs; an English name in parentheses inside 「…」; cut mid-sentence ("重新布局的過程中,")',
    isSpeech: true,
    title: '',
    noise: [ST_FLASH, ST_HEAD, ST_BYLINE, ST_LEAD1, ST_CAPTION, ST_LEAD2, ST_LEAD3, ST_LABEL],
    dropLines: [ST_FLASH, ST_HEAD, ST_BYLINE, ST_LEAD1, ST_CAPTION, ST_LEAD2, ST_LEAD3, ST_LABEL],
    outline: [
      { level: 1, marker: '首先,', text: '我要恭喜所有得獎的同學,也要肯定今天每一位進入決賽的同學', optional: true },
    ],
  },
  '16-news-ip-district-meeting-shouxian-diyi-yishi-not-speech': {
    source: 'http://106.37.81.211:8082/wlyq/sjs_wlyq-1710.html',
    kind: 'non-speech: news report (a district\'s leading-cadre video conference; a district news site served from a bare IP address)',
    tests: 'a "本网讯(记者…)" report in the third person ("区委书记…主持会议并讲话", "…强调,首先,…"), whose second paragraph carries the requirements as "首先,必须统一认识。一是…,二是…,三是…。第二,必须深化改革。…第三,必须坚持…" inside one paragraph (after a sentence end, a run a naive outline reader would take), a stray space before “综合”, a closing line on the deputy secretary — a news item, not a speech; the whole page (about 400 characters)',
    isSpeech: false,
    title: '',
  },
  '17-baogao-ahhy-gov-zhen-zhengfu-gongzuo-baogao-not-speech': {
    source: 'https://www.ahhy.gov.cn/zfxxgk/public/25011/51281164.html',
    kind: 'non-speech: 政府工作报告 (a township mayor\'s report to the township people\'s congress; county 政府信息公开 page)',
    tests: 'a county government\'s information-disclosure page: the document title "…2018年政府工作报告和2019年工作计划", the spaced heading "政 府 工 作 报 告", the date-and-session line, the mayor\'s byline, "各位代表:", "我代表…向大会作政府工作报告,请予以审议" (a report submitted for deliberation), a "一、2018年工作回顾" heading, an unpunctuated summary line and run-in headings ("经济运行稳中向好。", "现代农业提质增效。") — a written report, not a speech; cut mid-word ("清产")',
    isSpeech: false,
    title: '柳庄镇2018年政府工作报告和2019年工作计划',
  },
  '18-tongzhi-wikisource-big5-fabu-jiguan-yi-paren-not-speech': {
    source: 'https://zh.m.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E%E5%8D%B0%E5%8F%91%E4%BD%93%E8%82%B2%E5%BC%BA%E5%9B%BD%E5%BB%BA%E8%AE%BE%E7%BA%B2%E8%A6%81%E7%9A%84%E9%80%9A%E7%9F%A5',
    kind: 'non-speech: 通知 (a State Council office notice issuing a development outline; Wikisource, traditional-script view)',
    tests: 'the title, then a Wikisource header line repeating it with the document number, date and "發布機關:國務院辦公廳 |"; addressees ending in a colon (looks like a salutation), the issuing office, the date and "(此件公開發布)"; the attached 綱要 with a purpose sentence, "一、總體要求" and "(一)指導思想。…"/"(二)戰略目標。" headings and "到2020年,"/"到2035年," paragraphs — a written notice, not a speech; cut mid-phrase ("城鄉居民")',
    isSpeech: false,
    title: '國務院辦公廳關於印發體育強國建設綱要的通知',
  },
};
