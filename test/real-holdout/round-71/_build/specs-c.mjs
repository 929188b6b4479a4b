// Gold specs for holdout round 71, part C (cases 13–18): political consultative conferences (政协 — plenary sessions,
// committee members' speeches, consultations, proposals, and their look-alikes). Four spoken pieces (a city CPPCC member's
// 发言 at her special committee's plenary meeting, republished on the city CPPCC's government site under a "委员感悟" column:
// the column-tagged headline "委员感悟|<name>委员:如何做好一名政协委员", a "信息来源:… 发布日期:…" meta line, a
// "【编者按】…" paragraph, the headline again without the column tag, a dash subtitle "——在…全体委员会议上的发言", an
// announced "三种境界" with a standalone "第一重境界是“…”" line, cut mid-phrase ("就像一块吸水的"); a county party leader's
// 讲话 opening the county CPPCC session, on a traditional-script mirror of the county news site with converter pinyin after
// a fixed set of characters (協(xié), 關(guān), 鍵(jiàn), 時(shí), 團(tuán), 結(jié), 濟(jì), 發(fā), 產(chǎn), 學(xué), 統(tǒng), 經(jīng), 鄉(xiāng),
// 業(yè), 設(shè), 創(chuàng), 農(nóng), 務(wù), 調(diào), 進(jìn), 認(rèn)), no title in the capture, the speech's own date line
// "(二0一一年一月十日)" first, a mis-encoded run "寧?h委" where the county's name was lost, two "一年來,…" clauses joined by
// a semicolon, cut mid-phrase ("建設(shè)、新"); the national CPPCC chairman's closing 讲话 on a traditional mirror of the
// news agency's live page, with the same kind of pinyin (時, 協, 關, 務, 報, 項, 習, 領, 導, 認, 戰, 堅, 團, 結, 進, 發, 機,
// 構, 經, 強, 標): the agency's one-paragraph lead on the session's resolutions, a bracketed speaker label "[俞正聲]", the
// salutation, a mis-encoded run "就要?jiǎng)倮]幕了", converter quirks 布局/沖刺/奮斗, cut mid-word ("已經(jīng)拉"); the next
// chairman's closing 讲话 on another traditional mirror (pinyin after 協, 經, 導, 領, 習, 聯, 業, 發, 現, 進, 復, 認, 學,
// 報, 團, 結, 風, 優, 機, 礎, 強, 務, 責, 構) printed as the agency prints a speech: the dateline "新華社北京3月11日電" on a
// line of its own, the title (with pinyin inside it), the date line, the speaker's bare name, the salutation, cut
// mid-word after "在發" with the pinyin lost) and two written look-alikes (a youth daily's reprint of the agency's report
// of the CPPCC's first chairman's council: "主要职责:一是…,二是…,三是…" after a colon and commas, then "第一要…。…。第二要
// …。…。第三要…。…。第四要…。" — a run of ordinals after sentence ends, summarising the chairman's words in the third
// person, cut inside a vice-chairman's name ("令"); a city news site's "【委员日记】" column piece by a CPPCC member: a nav
// bar of bullets ("• 设为首页", "• |", "• 新闻热线:…"), a "您的位置:首页 > 专题 > 政协委员" crumb, the bracketed headline, a
// "date time  来源:…  作者:…  阅读: …微信" line, indented paragraphs, block "一是重视学习。"/"二是履行职责。"/"三是塑造形象。"
// points and the title of the member's own proposal — a written diary, not a speech).
// Judgement calls: 13's title is the headline without the column tag "委员感悟|" (the document's own heading line, printed
// again above the subtitle, is dropped, not listed); the column-tagged headline, the meta line and the 编者按 are noise; the
// dash subtitle stays in the body as an optional level-1 dash item (rounds 8, 13, 28, 70); "第一重境界是…" is an ordinal not
// in the rule table (as "第一點," and "第一句是" in earlier rounds), so it is an optional level-1 item whose text is the whole
// line (no sentence end); no 第二重 lies inside the capture. 14 has no title in the capture (""); the date line stays as the
// speech's own; the pinyin is cut by one expression; "寧?h委" is an unrepairable mis-encoding and stays. 15 has no title in
// the capture (""): the agency's lead above the speech is noise, as a press page's lead above "以下为…的致辞", and the
// bracketed speaker label "[俞正聲]" is the live page's label (noise); "?jiǎng)倮]" stays (unrepairable; it is not a
// "(pinyin)" annotation, so the expression leaves it). 16's title is the agency's title line without its pinyin (the
// line is dropped, not listed); the dateline line above it is the agency's (noise, as a press lead); the date line stays;
// the bare name under the date line is the agency's byline of the speech, printed between the date and the salutation,
// and stays as a body line (as a speaker's name under a dash subtitle in rounds 8 and 28; it is not a poster name right
// under a title). 17 and 18 are written, not speeches (the ordinals in 17 sit in a report; 18's block 一是/二是/三是 are a
// diarist's plans); 17's capture has no headline (title ""), 18's title is its headline without the column tag.
// All the national office holders' names (俞正声, 王沪宁, 习近平, 汪洋, 张庆黎, 杜青林) are public and stay; the committee
// member in 13, the diarist in 18 and the county in 14 (宁川) are fictional. Page 15's lead line and 16's dateline are
// the pages' own text, kept as found.
// Looked for and not found on a new host: a 政协 work-meeting or plenary speech with 一、/(一) or 一是/二是 headings inside
// the first 900 characters (xiezuofangchengshi, gongwen.com.cn, gongwk, wenmijiayuan, 100ky, 9000bbs, dybbs8, 6dgww,
// xiaomilidoc, 1mishu, 057690, fanwen118, laobiganzi are used, and 98523.com's 政协闭幕讲话 page 2 with 一、 is on a host
// named in rounds 49 and 64); a 新任政协委员 表态发言 with 第一/第二 (only news features); a 政协全会 主持词 with a numbered
// agenda (only live-text pages of the national session); a 提案 document itself (案由/建议 一、) — the corpus answers with news
// about 提案 counts.
// Template twins set aside: jdll.cn (a 政协章程 研讨发言 with 一、 under "date / size / N 页 / 侵权投诉" chrome — the gongwenbang
// viewer, named by round 32 and 53), 93.gov.cn and its traditional mirror verdantdevelopment.com (the "/xwjc-ddhzdt/" CMS
// of round 55's case 10), newsipay.com (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo), tushygear.com and
// guwao.cn (mirrors printing taiwan.cn's "中國臺灣網 > 新聞中心 > 時政新聞" crumb; taiwan.cn is used),
// customkitchencountertop.com (the same news-agency live page as 15 under the same "/politics/<yyyy>lh/" path: one of the
// two was taken), big5.cri.cn (a sister of the used taiwan.cri.cn), m.nxhuan.com and siousen.com.cn (used hosts).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const JN_HEADLINE = '委员感悟|陈媛委员:如何做好一名政协委员';
const JN_META = '信息来源:济南政协 发布日期:2022-05-16 19:30';
const JN_NOTE = '【编者按】今年是十五届市政协的开局之年。新一届市政协委员中既有连任委员,又有新任委员,他们或总结经验、围绕工作实践谈感悟,或深入学习、展望履职之路话心声。现收录委员感悟文章,予以刊载。';
const JN_TITLE = '陈媛委员:如何做好一名政协委员';

const WJ_LEAD_RAW = '3月14日15時(shí),全國政協(xié)十二屆四次會議在人民大會堂舉行閉幕會,通過政協(xié)第十二屆全國委員會第四次會議關(guān)于常務(wù)委員會工作報(bào)告的決議,通過政協(xié)第十二屆全國委員會提案委員會關(guān)于政協(xié)十二屆四次會議提案審查情況的報告,通過政協(xié)第十二屆全國委員會第四次會議政治決議。';
const WJ_LEAD = '3月14日15時,全國政協十二屆四次會議在人民大會堂舉行閉幕會,通過政協第十二屆全國委員會第四次會議關于常務委員會工作報告的決議,通過政協第十二屆全國委員會提案委員會關于政協十二屆四次會議提案審查情況的報告,通過政協第十二屆全國委員會第四次會議政治決議。';
const WJ_LABEL = '[俞正聲]';

const FF_DATELINE = '新華社北京3月11日電';
const FF_TITLE = '在全國政協十四屆一次會議閉幕會上的講話';

export const specs = {
  '13-fayan-jnzx-weiyuan-ganwu-column-headline-editor-note-dash-subtitle-diyichong': {
    source: 'https://www.jnzx.gov.cn/folder460/2022-05-16/116424.html',
    kind: 'speech: 发言 (a city CPPCC member speaking at her special committee\'s plenary meeting on how to be a good member; republished on the city CPPCC site)',
    tests: 'government-site column page: the headline with a column tag and a bar ("委员感悟|<name>委员:如何做好一名政协委员"), a "信息来源:济南政协 发布日期:2022-05-16 19:30" meta line, an "【编者按】…予以刊载。" paragraph, the headline again without the tag (the title), a dash subtitle "——在政协第十五届济南委员会社教卫体和法制委员会全体委员会议上的发言", no salutation, the speaker announcing "三种境界" and a standalone "第一重境界是“独上高楼,望尽天涯路”" line (an ordinal outside the rule table), a long paragraph with a question mark and quoted "三合一", cut mid-phrase ("就像一块吸水的")',
    isSpeech: true,
    title: JN_TITLE,
    noise: [JN_HEADLINE, '委员感悟|', JN_META, JN_NOTE, '【编者按】'],
    dropLines: [JN_HEADLINE, JN_META, JN_NOTE, JN_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在政协第十五届济南委员会社教卫体和法制委员会全体委员会议上的发言', optional: true },
      { level: 1, marker: '第一重境界是', text: '“独上高楼,望尽天涯路”', optional: true },
    ],
  },
  '14-jianghua-scgct-big5-pinyin-zhengxie-kaimu-dateline-no-title-mojibake': {
    source: 'http://scgct.cn/system/2011/02/16/010048862.shtml',
    kind: 'speech: 讲话 (the county party committee\'s leader at the opening of the county CPPCC session; traditional-script mirror of the county news site)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (協(xié), 關(guān), 鍵(jiàn), 時(shí), 團(tuán), 結(jié), 發(fā), 經(jīng), 進(jìn)…), converter quirks 里/于/干部; no title in the capture: the speech\'s own date line "(二0一一年一月十日)" first, a blank line, the salutation "各位委員、同志們:"; a mis-encoded run "中共寧?h委" where the county\'s name was lost; a long review paragraph whose "一年來,…;一年來,…" clauses are joined by a semicolon (not markers); cut mid-phrase ("建設(shè)、新")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '15-jianghua-wjbbs-big5-pinyin-quanguo-zhengxie-bimu-press-lead-bracket-speaker': {
    source: 'http://m.wjbbs.cn/politics/2016lh/2016-03/14/c_135186739.htm',
    kind: 'speech: 讲话 (the national CPPCC chairman at the closing meeting of the annual session; traditional-script mirror of the news agency\'s live page)',
    tests: 'traditional-script mirror with converter pinyin (時(shí), 協(xié), 關(guān), 務(wù), 報(bào), 項(xiàng), 習(xí), 領(lǐng), 導(dǎo)…); the agency\'s lead paragraph on the resolutions passed ("3月14日15時,…舉行閉幕會,通過…決議。") above the speech, a bracketed speaker label "[俞正聲]" on its own line, then the salutation "各位委員,同志們:"; no title in the capture; a mis-encoded run "就要?jiǎng)倮]幕了" left in the first sentence; converter quirks 布局/沖刺/奮斗; cut mid-word ("歷史大幕已經(jīng)拉")',
    isSpeech: true,
    title: '',
    noise: [WJ_LEAD_RAW, '在人民大會堂舉行閉幕會', WJ_LABEL],
    regexCut: [PINYIN],
    dropLines: [WJ_LEAD, WJ_LABEL],
    outline: [],
  },
  '16-jianghua-0514f-big5-pinyin-quanguo-zhengxie-bimu-dateline-title-date-name': {
    source: 'http://0514f.cn/c/2023-03-12/3311083.shtml',
    kind: 'speech: 讲话 (the national CPPCC chairman at the closing meeting of the first session of a new term; traditional-script mirror, printed as the news agency prints a speech)',
    tests: 'traditional-script mirror with converter pinyin (協(xié), 經(jīng), 導(dǎo), 領(lǐng), 習(xí), 聯(lián), 團(tuán), 結(jié)…), also inside the title line ("在全國政協(xié)十四屆…的講話"); the agency\'s dateline "新華社北京3月11日電" on its own line above the title; the date line "(2023年3月11日)" and the speaker\'s bare name "王滬寧" between the title and the salutation; long paragraphs with quoted "兩個確立"; cut mid-word after "在發" with the pinyin lost',
    isSpeech: true,
    title: FF_TITLE,
    noise: [FF_DATELINE],
    regexCut: [PINYIN],
    dropLines: [FF_DATELINE, FF_TITLE],
    outline: [],
  },
  '17-news-zqbcyol-zhuxi-huiyi-yishi-colon-diyiyao-inline-not-speech': {
    source: 'http://zqb.cyol.com/html/2013-03/13/nw.D110000zgqnb_20130313_3-02.htm',
    kind: 'non-speech: news report (a youth daily\'s reprint of the news agency\'s report of the CPPCC\'s first chairman\'s council of a new term)',
    tests: 'an agency report opening "新华社北京3月12日电 …主持会议并讲话。", the council\'s agenda and the chairman\'s words told in the third person ("俞正声指出,…"): "主要职责:一是…,二是…,三是…" after a colon and commas, then "第一要把牢正确的政治方向。…。第二要带头履职尽责。…。第三要…。…。第四要…。" — a run of ordinals after sentence ends inside the report; cut inside a name ("杜青林、令"); no headline in the capture — written, not a speech',
    isSpeech: false,
    title: '',
  },
  '18-essay-zjjnews-weiyuan-riji-nav-meta-yishi-block-not-speech': {
    source: 'http://zjjnews.cn/ZhuanTi/zhengxie/2017-01-08/113223.html',
    kind: 'non-speech: personal essay (a CPPCC member\'s "委员日记" column piece on a city news site)',
    tests: 'a city news site\'s bullet nav bar ("• 设为首页", "  • |", "  • 往日回顾", "  • 新闻热线:0744-8880303"…), a "您的位置:首页 > 专题 > 政协委员" crumb, the headline "【委员日记】荣誉与责任", a "2017-01-08 00:29:19  来源:张家界新闻网  作者:…  阅读: 张家界日报社微信" line, indented paragraphs; the writer\'s plans as block "一是重视学习。"/"二是履行职责。"/"三是塑造形象。" paragraphs after "我打算主要在以下三个方面下功夫。", the title of the writer\'s own 提案 in book-title marks — a written diary, not a speech',
    isSpeech: false,
    title: '荣誉与责任',
  },
};
