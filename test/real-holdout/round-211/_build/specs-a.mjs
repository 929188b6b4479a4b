// Gold specs for holdout round 211, part A (cases 01–06): Hong Kong and Macau government speeches as their press pages print
// them (新闻公报 致辞全文, 司长/局长 致词, 立法会 发言) and their look-alikes (Macau newspapers' 特訊 reports of the Chief Executive's
// 致辭).
// Four spoken pieces (a Macau 行政法务司 page (www.gsaj.gov.mo, "/zh-hans/node/<id>") of the Secretary for Administration and
// Justice's 致词 at the opening of the 2017 海外侨领“一带一路”高峰论坛, on behalf of the Chief Executive: the title line naming the genre
// as 致词, no other page noise in the capture, a four-line salutation with each honoured guest's body and name separated by a space
// and the lines ending in ASCII commas ("尊敬的…联络办公室 郑晓松主任,"), "各位嘉宾、各位朋友:", "大家早上好!" alone, a full-width
// "――" before the organisers' names, a stray space before an opening quote ("推进 “一带一路”"), cut mid-sentence ("本届论坛由中华全国归国
// 华侨联合会"); a Hong Kong Department of Justice speech page (www.doj.gov.hk, "/tc/community_engagement/speeches/<date>_sj1.html")
// of the Secretary for Justice at the 2019 法律年度開啓典禮, a Chinese translation: the event date "2019年1月14日(星期一)" glued before
// the headline on one line, the headline with her honours ", GBS, JP" and the language tag "(中文譯本)", the salutation, numbered
// paragraphs each opening with a space and "1. " whose ordered-list numbering the page lost at a section break (" 1." … then the
// unnumbered section heading "《中國憲法》、《基本法》和香港的普通法", then " 1." " 2." " 3." " 4." again), footnote numbers glued after a
// case name and after quotation and full stop ("(第 1 號 ) 1一案", "。” 2在另一宗", "序言 。3"), stray spaces before a comma and
// inside a word ("審慎周全 ,", "確 定"), cut mid-sentence ("第八條保障"); a trade-union legislators' site (www.ftulegco.org.hk,
// "/index.php/<menu>/<menu>/item/<id>-<date>") reposting its member's part of a Legislative Council debate from the Hansard: an
// image alt line "banner 01", a date line "週四, 30 十一月 2017 00:00", the debate's heading "中止待續議案辯論" twice around the Hansard's
// page header "立法會 2017 11 30 LEGISLATIVE COUNCIL ― 30 November 2017", a line holding one space, speaker labels glued to each turn
// ("麥美娟議員:…", "代理主席:…"), the chair's ruling between the member's turns, the page header again in its other shape
// ("立法會 ─ 2017 年 11 月 30 日 LEGISLATIVE COUNCIL ― 30 November 2017"), the spaces the PDF's line ends left inside words
// ("《議事 規則》", "主 席", "請坐 下", "黃 國健"), Cantonese words in ASCII double quotes, the record's own "......" at interruptions, a
// paragraph broken by a page break ("…還好" / blank line / "中間我們休息了一會,…"), cut mid-sentence; a Hong Kong concern group's
// news update (article23.org.hk, "/newsupdate/<month>/<id>.htm") excerpting the speeches of the 2004 法律年度開啟典禮: no title, an
// editor's lead "…現節錄如下:", each excerpt under its speaker's byline ("終審法院首席法官李國能", "律政司司長梁愛詩"), a paragraph
// ending "…角色如下─" (a dash where a colon would stand), then block paragraphs "首先," / "第二," / "第三," / "第四," / "最後,", cut
// mid-sentence ("具爭議")) and two written look-alikes (a Macau daily's page (www.sengpou.com, "/news_detail.php?news_id=<id>&
// element_index=<n>") reporting the Chief Executive's 致辭 at a lunch for the Macanese community: a welcome bar "您好!今天是" with the
// date left empty, "設為主頁收藏本頁", "社交網站:", "當前報章2024年01月30日", "今日導讀", "本報新聞", "字體: 放大 還原 縮小", the
// headline, "【特訊】" glued before the lead, paragraphs indented by four spaces, the speech reported ("他致辭時表示,…", "賀一誠指出,…",
// "賀一誠續說,…"), the duplicated "(廿九)日", cut mid-word ("中國與葡語國") — a report, not a speech; a Macau news site's page
// (www.rightbeek.com, "/dailynews/<id>.html") reporting the Chief Executive's 致辭 at the new Commissioner's welcome reception: the
// headline "岑:續加強與特派員公署溝通對接", a bare date line, a photo caption, "【特訊】" glued before the lead, "岑浩輝首先熱烈歡迎…"
// (首先 inside a reported sentence), an ASCII quote closing full-width ones ("“一國兩制"、“澳人治澳"") — a report, not a speech).
// Judgement calls: 01's title is the page's title line as printed, "致词" spelling included (it names the genre, as round 38 case 02
// took gov.mo's 献辞 line); the four salutation lines are body paragraphs (the honoured guests' bodies and names are the speaker's
// words, as round 50 case 03's "霍会长、范太、…"), no numbered point. 02's title is the headline without the event date glued before
// it (a meta stamp of the page, noise) and without the language tag "(中文譯本)" (a language note in parentheses, as round 209 case 01
// and round 74 case 15 dropped "(只有中文)"); ", GBS, JP" stays (printed as part of the name, as round 199 case 07 kept "張宜偉先生,");
// "《中國憲法》、《基本法》和香港的普通法" is the speech's own unnumbered section heading and stays as a paragraph with no item (as round
// 184 B's 07 kept "电商扶贫的三大难题"); " 1." opens a paragraph → a block arabic heading, the only heading family, level 1; the second
// " 1." starts the family again under the same parent → a new run at the same level (outline-rules: "A family that starts again at 一
// under the same parent is a new run at the same level"), and " 2." to " 4." continue it; all five are required (a reader sees the
// speech's numbered paragraphs, and the restart is the page's list numbering, which the rules read the same way); texts: the first
// sentences of " 1." (both) are longer than 50 characters and are cut at their first comma, " 2." and " 3." give their whole first
// sentence, " 4." has no sentence end before the cut and gives its whole line (as round 184 case 01's cut "一," paragraph); the
// glued footnote numbers are the document's own marks and stay (as the shared corpus keeps "[96]"); "2在另一宗" follows "。”" but has no
// separator and no run → no marker. 03 is a speech page: the document is the record of a spoken debate turn by turn, the member's
// speech in the first person with the chair's ruling in between (as round 80 case 16 took irdrwklo.hk's LegCo 發言; the ruling is a
// spoken line of the same record and stays, as round 184 case 03 kept the host's lines around the pupil's talk); the debate heading
// "中止待續議案辯論" is the page's only title and is the title; its second copy under the Hansard header is a repeat and goes unlisted;
// "banner 01" (image alt text, as round 6 case 01's image file name), the date line and both shapes of the Hansard page header are
// noise (the header's English half is listed again as a short part); the speaker labels stay glued to their turns (no break is
// invented; round 80 case 16's "主席:" salutation stayed too); the page break inside "…還好" / "中間我們…" is rejoined (a hard wrap,
// as round 3's join); the PDF spaces stay (the scorer removes whitespace); no numbered point ("第 40(1)條" is a rule number). 04 is a
// speech page: a page of excerpts of spoken 演辭 under the speakers' bylines, as round 183 case 03 took a newspaper's 发言摘登; the
// page shows no title line, so the title is "" (as round 6 case 07 and round 184 case 03); the editor's lead is noise (as round 183
// case 03's lead); the bylines carry the speakers' positions and stay as paragraphs (as round 183 case 03's "清华大学博士 严牧");
// "首先," and "最後," open paragraphs after the paragraph ending "如下─" → block sequence points, required, level 1 (as round 184
// case 02's block 首先/其次/最后 after "做到以下几点:"); "第二," / "第三," / "第四," open paragraphs too, but there is no "第一," for
// them to continue (the run starts with 首先), so by the letter they are no markers while a reader reads five points → optional,
// level 1 (the shared corpus's "families that switch mid-run (首先, 其次, 第三,)"); each text is its whole first sentence (all under 50
// characters). 05 and 06 are written reports of 致辭 in the third person, not speeches; 06's "首先" sits inside a reported sentence.
// Public officials (the Secretaries, the Chief Executives, the Commissioners, the Chief Justice, the legislators, the judges named in
// 02) keep their names, as round 80 kept its legislators; no private person is named in the six captures. The prose was rewritten.
// Looked for and not found on a new host: a 新闻公报 致辞全文 with 一、 or 第一/第二 points on a Hong Kong government host not used yet
// (www.info.gov.hk and its gateways sc.isd.gov.hk and hanweb.kanhan.com are used by round 15 and named by many rounds since;
// www.cmab.gov.hk's 世博 致辭 with 第一,/第二方面 and its 施政報告 debate 致辭 are on round 50's host; news.gov.hk was set aside as a twin
// by round 175; 49.213.0.198, bj.crntt.com, hk.crntt.com and hkcna.hk's copies of the Chief Executive's 致辭 are used; xianggang.
// baogaosu.com is a used family; shuohk.com's budget 演辭 結語 is round 196's host; resources.cie.hkbu.edu.hk's 演講辭 database
// record is round 15's host); a Macau 司长/局长 致辞 with numbered points (gcs.gov.mo, gov.mo and macaoppnr.com are used; jiuxingjy.com's
// 祝酒辭 report and sj.mna.net.cn are named before; the other stored Macau pages are third-person reports); a LegCo 發言稿 with 首先/其次
// (irdrwklo.hk and hkspeech.wordpress.com are round 80's); a Hong Kong newspaper's "以下为…致辞全文" (sp.wenweipo.com stands on
// the used wenweipo.com). Found on a new host but not taken: www.kpchan.com (a legislator's 發言 on the 議事規則 with title and date,
// no numbered point; the part had its four speeches), m.dotdotnews.com (Macau officials' remarks reported) and www.scio.gov.cn (a
// mainland 国新办 致辞, off the theme).
// Template twins considered: none of the six pages shares a noise line of six characters or more with a used page (twin.mjs: "no
// shared noise line" for all six); www.doj.gov.hk is a department of its own (the gov.hk hosts are separate sites), and its page
// carries none of info.gov.hk's press-release chrome ("簡體版 英文版 寄給朋友", the asterisk rule, "以下為…全文:"); www.gsaj.gov.mo
// shares no line with round 38's gov.mo and cdn.gcs.gov.mo pages; www.ftulegco.org.hk's Hansard header lines occur in no earlier gold;
// www.sengpou.com and www.rightbeek.com share only the Macau government's "【特訊】" tag with each other (a tag glued inside the lead,
// no line of its own), and neither stands on round 191's cyberctm.com.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build-round.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GS_TITLE = '行政法务司司长陈海帆代表行政长官出席2017年海外侨领“一带一路”高峰论坛开幕式的致词';

const DJ_DATE = '2019年1月14日(星期一)';
const DJ_TITLE = '2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文';
const DJ_TAG = '(中文譯本)';
const DJ_HEAD = `${DJ_DATE} ${DJ_TITLE}${DJ_TAG}`;

const FT_BANNER = 'banner 01';
const FT_DATE = '週四, 30 十一月 2017 00:00';
const FT_TITLE = '中止待續議案辯論';
const FT_HDR1 = '立法會 2017 11 30 LEGISLATIVE COUNCIL ― 30 November 2017';
const FT_HDR2 = '立法會 ─ 2017 年 11 月 30 日 LEGISLATIVE COUNCIL ― 30 November 2017';

const A23_LEAD = '在一月十二日的二○○四年法律年度開啟典禮,多位講者不約而同在演辭內就市民意見作出回應,現節錄如下:';

export const specs = {
  '01-zhici-gsaj-qiaoling-yidaiyilu-luntan-kaimushi-clean-named-salutation-lines-dash': {
    source: 'https://www.gsaj.gov.mo/zh-hans/node/2976',
    kind: 'speech: 致词 (Macau\'s Secretary for Administration and Justice opening an overseas-Chinese leaders\' forum; government department page)',
    tests: 'a clean Macau government page: the title line "…开幕式的致词" and nothing else of the site in the capture; a four-line salutation whose guests\' bodies and names are separated by a space, lines ending in ASCII commas, then "各位嘉宾、各位朋友:"; "大家早上好!" alone; a full-width "――" before the organisers; a stray space before an opening quote; no numbered point; cut mid-sentence',
    isSpeech: true,
    title: GS_TITLE,
    noise: [],
    dropLines: [GS_TITLE],
    outline: [],
  },
  '02-zhici-doj-big5-falv-niandu-kaiqi-date-glued-title-yiben-tag-arabic-restart-unnumbered-heading-footnotes': {
    source: 'https://www.doj.gov.hk/tc/community_engagement/speeches/20190115_sj1.html',
    kind: 'speech: 致辭 (Hong Kong\'s Secretary for Justice at the opening of the legal year, in Chinese translation; Department of Justice page)',
    tests: 'the event date "2019年1月14日(星期一)" glued before the headline on one line and the language tag "(中文譯本)" after it (both noise); honours ", GBS, JP" kept in the title; the salutation; numbered paragraphs " 1." then an unnumbered section heading (kept, no item) and " 1." " 2." " 3." " 4." again (the list numbering restarted by the page: a new run at the same level, all required, level 1); texts cut at the first comma where the first sentence runs over 50 characters; glued footnote numbers ("1一案", "。” 2在", "序言 。3") kept; stray spaces ("審慎周全 ,", "確 定"); cut mid-sentence',
    isSpeech: true,
    title: DJ_TITLE,
    noise: [DJ_DATE, DJ_TAG],
    dropLines: [DJ_HEAD],
    outline: [
      { level: 1, marker: '1.', text: '在過去的一年' },
      { level: 1, marker: '1.', text: '香港憲制秩序中有一個基本要點偶爾遭人忽視' },
      { level: 1, marker: '2.', text: '多份重要判詞(包括終審法院的判詞)亦曾引述《中國憲法》' },
      { level: 1, marker: '3.', text: '香港特區的憲制基礎由《中國憲法》和《基本法》一同組成,此點在法律上和事實上都無可置疑' },
      { level: 1, marker: '4.', text: '同樣無可置疑的是, 在《基本法》第八條保障' },
    ],
  },
  '03-fayan-ftulegco-big5-hansard-zhongzhi-daixu-bianlun-banner-date-page-headers-title-twice-speaker-labels-page-break': {
    source: 'http://www.ftulegco.org.hk/index.php/2017-05-29-07-54-11/2017-05-29-07-55-13/item/202-2017-12-15-06-45-12',
    kind: 'speech: 發言 (a legislator\'s turns in a Legislative Council debate, from the Hansard; trade-union legislators\' site)',
    tests: 'an image alt line "banner 01"; a date line "週四, 30 十一月 2017 00:00"; the debate heading "中止待續議案辯論" twice around the Hansard page header (title once, repeat dropped); the page header again in its other shape mid-text (noise); a line holding one space; speaker labels glued to each turn ("麥美娟議員:", "代理主席:") with the chair\'s ruling kept between the member\'s turns; PDF line-end spaces inside words ("《議事 規則》", "主 席", "黃 國健"); Cantonese words in ASCII double quotes; the record\'s "......"; a paragraph broken by a page break ("還好" / "中間我們…", rejoined); no numbered point; cut mid-sentence',
    isSpeech: true,
    title: FT_TITLE,
    noise: [FT_BANNER, FT_DATE, FT_HDR1, FT_HDR2, 'LEGISLATIVE COUNCIL ― 30 November 2017'],
    join: [['代理主席,我站起來發言', '中間我們休息了一會']],
    dropLines: [FT_BANNER, FT_DATE, FT_TITLE, FT_HDR1, FT_HDR2],
    outline: [],
  },
  '04-fayan-article23-big5-falv-niandu-jielu-editor-lead-speaker-bylines-shouxian-dier-disi-zuihou-no-title': {
    source: 'http://article23.org.hk/newsupdate/jan04/0113c.htm',
    kind: 'speech: 演辭 excerpts (the Chief Justice\'s and the Secretary for Justice\'s speeches at the 2004 opening of the legal year; a concern group\'s news update)',
    tests: 'no title; the editor\'s lead "…現節錄如下:" (noise); each excerpt under its speaker\'s byline (kept as paragraphs); a paragraph ending "…角色如下─"; block "首先," (required), "第二," / "第三," / "第四," (no 第一 to continue, the run switches family: optional) and "最後," (required), all level 1; cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [A23_LEAD],
    dropLines: [A23_LEAD],
    outline: [
      { level: 1, marker: '首先,', text: '他們會向相關決策局提供其他司法管轄區的法律資料,以參考別處如何處理同類問題' },
      { level: 1, marker: '第二,', text: '他們會審視決策局的建議是否符合《基本法》,尤其是有關人權的保障', optional: true },
      { level: 1, marker: '第三,', text: '他們會就建議在法律政策上是否可以接受提出意見', optional: true },
      { level: 1, marker: '第四,', text: '負責草擬法例的律師或須擬備條例草案,以落實有關政策建議', optional: true },
      { level: 1, marker: '最後,', text: '司內律師會協助相關決策局向公眾及立法會議員說明建議的法律效果' },
    ],
  },
  '05-news-sengpou-big5-macau-tusheng-puren-yanqing-zhici-reported-welcome-bar-font-buttons-not-speech': {
    source: 'http://www.sengpou.com/news_detail.php?news_id=12384&element_index=2',
    kind: 'non-speech: news report (a Macau daily on the Chief Executive\'s 致辭 at a lunch for the Macanese community)',
    tests: 'a welcome bar with an empty date "您好!今天是", "設為主頁收藏本頁", "社交網站:", "當前報章2024年01月30日", "今日導讀", "本報新聞", "字體: 放大 還原 縮小"; the headline; "【特訊】" glued before the lead; four-space indents; the 致辭 reported in the third person ("他致辭時表示", "賀一誠指出", "賀一誠續說"); cut mid-word — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-rightbeek-big5-macau-tepaiyuan-daren-jiuhui-zhici-reported-date-caption-teshun-shouxian-not-speech': {
    source: 'http://www.rightbeek.com/dailynews/255727.html',
    kind: 'non-speech: news report (a Macau news site on the Chief Executive\'s 致辭 at the new Commissioner\'s reception)',
    tests: 'a headline "岑:續加強與特派員公署溝通對接"; a bare date line; a photo caption; "【特訊】" glued before the lead; "他致辭時說…", "岑浩輝首先熱烈歡迎…" (首先 inside a reported sentence), "岑浩輝說…"; ASCII quotes closing full-width ones — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
