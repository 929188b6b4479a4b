// Gold specs for holdout round 15, staging part a (cases 01–06): traditional-script pages. Five speeches in
// traditional characters from sources no round had yet (a Hong Kong government press release of a Chief
// Executive's 致辭全文 with its page chrome, an asterisk rule, the press office's lead line and a mis-encoded run;
// a Taiwanese Rotary club founder's 致詞 on a Blogger page under the post date, the club's name and the speaker's
// byline, with members' English nicknames in the salutation; an acting county head's closing-ceremony 致詞
// transcribed on a local news blog under a marquee widget, an epidemic notice, the post date and a dateline,
// with an ad-lib line above the salutation and a courtesy 首先,/首先/其次, run; a principal's 講話 on a converter
// mirror that writes 緻以 for 致以, 爲/裏/着 and 國小 for 小學, under a brand, a breadcrumb, the title twice, a
// 小編 promo and a numbered piece heading; a 開工 致辭 on a pinyin mirror with an anti-copy apostrophe inside an
// annotated word and a pinyin annotation cut open by the capture) and one look-alike (a Hong Kong university's
// self-study page on writing 演講辭 whose first embedded example opens with a real salutation and 大家好!).
// Written from page.txt alone, before any engine ran on it. `source` is the page the text was captured from (see
// ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must match), then
// `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed
// lines, compared after the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is
// added to the noise list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const GH_TITLE = '行政長官出席駐港領事團晚宴致辭全文';
const GH_BAR = '簡體版 英文版 寄給朋友 政府新聞網';
const GH_RULE = '*****************';
const GH_LEAD = '以下是行政長官曾蔭權今日(二月十五日)晚上出席駐港領事團晚宴的致辭全文(中文譯本):';

const RC_TITLE = '創社授證慶典-社長致詞';
const RC_DATE = '2009年12月9日 星期三';

const LY_TITLE = '閉幕典禮|邱澤安代理縣長致詞';
const LY_WIDGET = '跑馬燈製作';
const LY_NOTICE = '※防範 黴漿菌、腺病毒、呼吸道融合病毒,勤洗手、戴口罩,避免感染 ※免付費防疫專線:1922、0800-00192';
const LY_DATE = '2017/10/26';
const LY_DATELINE = '新聞中心/宜蘭縣訊';

const LG_TITLE = '國小學生表彰大會校長講話';
const LG_BRAND = '靈感範文站';
const LG_CRUMB = '位置:首頁 > 實用文 > 實用文精選';
const LG_PROMO =
  '學校每個學期都會舉行表彰大會對那些優秀學生進行表彰,而學校領導在大會上也會對學生進行一番鼓勵性致辭。' +
  '下面是小編爲大家整理的關於國小學生表彰大會校長講話,請您閱讀。';
const LG_PIECE = '國小學生表彰大會校長講話1';

const XM_TITLE = '開工儀式領導致辭范文';
const XM_PROMO =
  '無論是在學(xué)校還是在社會中,大家或多或少都用到過致辭吧,致辭要注意人物的身份,不能偏離說話的對象。' +
  '你所見過的致辭是什么樣的呢?下面是小編整理的開工儀式領(lǐng)導(dǎo)致辭范文,供大家參考借鑒,希望可以幫助到有需要的朋友。';
const XM_PROMO_PLAIN =
  '無論是在學校還是在社會中,大家或多或少都用到過致辭吧,致辭要注意人物的身份,不能偏離說話的對象。' +
  '你所見過的致辭是什么樣的呢?下面是小編整理的開工儀式領導致辭范文,供大家參考借鑒,希望可以幫助到有需要的朋友。';
const XM_PIECE = '開工儀式領(lǐng)導(dǎo)致辭范文1';

export const specs = {
  '01-zhici-infogovhk-press-release-chrome-asterisks-lead-mojibake': {
    source: 'http://www.info.gov.hk/gia/general/201202/15/P201202150387.htm',
    kind: 'speech: 致辭 (Hong Kong Chief Executive at the consular corps dinner; government press release)',
    tests: 'a Hong Kong government press release: the chrome line "簡體版 英文版 寄給朋友 政府新聞網", the headline (the only title, "…晚宴致辭全文"), a rule of 17 ASCII asterisks, the press office\'s lead "以下是行政長官…的致辭全文(中文譯本):" (third person, indented with two spaces, a translation note), then a salutation ending in the small form colon "﹕" (U+FE55); every paragraph indented; a Big5 mis-encoded run in mid-sentence ("隨茪什篫~續改革開放" for 隨著中國繼續) that cannot be repaired; 《基本法》第七章 (no marker); text cut mid-phrase ("單獨的關稅地")',
    isSpeech: true,
    title: GH_TITLE,
    noise: [GH_BAR, GH_RULE, GH_LEAD],
    dropLines: [GH_BAR, GH_TITLE, GH_RULE, GH_LEAD],
    outline: [],
  },
  '02-zhici-mjy20091207-rotary-blog-date-club-byline-nickname-salutation': {
    source: 'http://mjy20091207.blogspot.com/2009_12_06_archive.html',
    kind: 'speech: 致詞 (a Rotary club\'s chartering ceremony, founding president; Taiwan blog)',
    tests: 'a Blogger weekly archive page: the post date "2009年12月9日 星期三", the post title "創社授證慶典-社長致詞" (event, hyphen, role + genre), then the club\'s name on a line of its own and the speaker\'s position, name and English nickname ("創社社長 葉振宏 Kevin"); a salutation packed with Rotary titles and members\' English nicknames ("DG Jerry伉儷、…媬母P.P Cindy夫婦、…ROCK伉儷、…寶眷大家晚安!大家好!"); a told fable with 「…」 dialogue, a quote closed without a full stop before the narration ("少燒一點」大象聽了"); a pun in parentheses ("金鷹(菁英)"); sentences joined with "、"; "最後感謝…" inline with no comma (no marker); text cut inside a nickname ("母社社長R")',
    isSpeech: true,
    title: RC_TITLE,
    noise: [RC_DATE],
    dropLines: [RC_DATE, RC_TITLE],
    outline: [],
  },
  '03-zhici-lanyangnews-blog-marquee-notice-dateline-adlib-shouxian-twice-qici': {
    source: 'https://lanyangnews.blogspot.com/2017/10/blog-post_588.html',
    kind: 'speech: 致詞 (a county sports meet\'s closing ceremony, acting county head; transcript on a local news blog)',
    tests: 'a local news blog: a widget line "跑馬燈製作", an epidemic-prevention marquee ("※防範 …,避免感染 ※免付費防疫專線:1922、0800-00192"), the post date "2017/10/26", the post title "閉幕典禮|…代理縣長致詞" (event, a full-width bar, speaker and genre), a dateline "新聞中心/宜蘭縣訊"; then a verbatim transcript: an ad-lib sentence about the mascot above the salutation, a one-sentence spoken salutation naming officials and ending "…各位先生,大家好。", fillers ("那麼", "那個", "在這邊"); a block "首先," of congratulations, a next paragraph opening "首先在這邊…" with no comma, and "。其次," inline in it — a courtesy run of thanks; text cut after a comma',
    isSpeech: true,
    title: LY_TITLE,
    noise: [LY_WIDGET, LY_NOTICE, LY_DATE, LY_DATELINE],
    dropLines: [LY_WIDGET, LY_NOTICE, LY_DATE, LY_TITLE, LY_DATELINE],
    outline: [
      { level: 1, marker: '首先,', text: '在這邊我要向這段期間在激烈競爭當中', optional: true },
      { level: 1, marker: '首先', text: '在這邊表達肯定之意', optional: true },
      { level: 1, marker: '其次,', text: '在這邊我也要特別感謝在整個籌備期間', optional: true },
    ],
  },
  '04-jianghua-lgfwz-opencc-zhiyi-guoxiao-breadcrumb-title-twice-promo-piece1': {
    source: 'https://lgfwz.com/yw/shiyongjingxuan/y6l66.html',
    kind: 'speech: 講話 (a primary school principal at the new-term opening and awards meeting; traditional converter mirror)',
    tests: 'a simplified 範文 page converted to traditional with a phrase table: 緻以 for 致以 (a wrong character, not a typo to fix), 爲, 裏, 着, and the Taiwan term 國小 for 小學 in the title and in "國小部會議室"; mainland vocabulary left as is (信息中心, 攝像頭, 質量); the brand line "靈感範文站", a breadcrumb "位置:首頁 > 實用文 > 實用文精選", the title printed twice, a 小編 promo naming the title, a piece heading with the title and a trailing "1"; the salutation and greeting on one line after a space ("老師們,同學們: 大家好!"); a sentence cut by a stray full stop ("…學習環境。我校翻新…"); text cut after a comma',
    isSpeech: true,
    title: LG_TITLE,
    noise: [LG_BRAND, LG_CRUMB, LG_PROMO, LG_PIECE],
    dropLines: [LG_BRAND, LG_CRUMB, LG_TITLE, LG_PROMO, LG_PIECE],
    outline: [],
  },
  '05-zhici-xmqinmin-big5-pinyin-promo-piece1-apostrophe-hou-cut-pinyin': {
    source: 'http://www.xmqinmin.com/jianghuazhici/20230905/1028654.html',
    kind: 'speech: 致辭 (a county government at the ground-breaking of a hospital building; traditional pinyin mirror)',
    tests: 'a traditional mirror with converter pinyin after a fixed set of characters (領(lǐng)導(dǎo), 學(xué), 節(jié), 醫(yī), 設(shè), 謹(jǐn), 關(guān), 衛(wèi), 業(yè), 發(fā), 務(wù), 養(yǎng), 質(zhì), 構(gòu), 礎(chǔ), 嚴(yán), 優(yōu), 標(biāo), 準(zhǔn), 現(xiàn)) in the title, the promo, the piece heading and the body; simplified leftovers (范文, 什么, 這里, 建成后); a 小編 promo paragraph under the title; a piece heading "…范文1"; an anti-copy apostrophe between a word and an annotated character ("社會的\'發(fā)展"); the capture ends inside an annotation ("提升縣醫(" — an open pinyin bracket, which stays)',
    isSpeech: true,
    title: XM_TITLE,
    noise: [XM_PROMO, XM_PIECE, "會的'發"],
    replace: [["社會的'發", '社會的發']],
    regexCut: [PINYIN],
    dropLines: [XM_TITLE, XM_PROMO_PLAIN, '開工儀式領導致辭范文1'],
    outline: [],
  },
  '06-guide-hkbu-yanjiangci-nav-embedded-kaimuci-salutation-not-speech': {
    source: 'https://resources.cie.hkbu.edu.hk/applied-chinese/learn_05/learn_05_01.html',
    kind: 'non-speech: writing guide (on 演講辭; a Hong Kong university\'s self-study page)',
    tests: 'a self-study page on practical Chinese: nav lines "自學練習", "演講辭", "<概論(1)概論(2)>", three expository paragraphs on what a 演講辭 is, its kinds (開幕辭、閉幕辭…「程序講辭」/「專題講辭」) and its format, ending "以下列出一些演講辭的常見例子:"; then the first example under a "開幕辭" label: a minister\'s 致辭 title, a real salutation ("劉主席、鄺主席、各位嘉賓、各位街坊及傳媒朋友:") and "大家好!" in Cantonese-flavoured written Chinese, cut mid-sentence — an embedded example inside a guide, not a speech',
    isSpeech: false,
    title: '演講辭',
  },
};
