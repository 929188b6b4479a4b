// Gold specs for holdout round 62, part b (cases 07–12): funerals, memorials and birthday or longevity banquets (悼词,
// 追悼会, 告别仪式, 答谢词, 寿宴致辞, 祝寿词) — speeches and look-alikes.
// Four spoken pieces (a grandson's 追悼词 at his grandfather's 告别仪式 on a traditional-script mirror (itrip.net.cn) with
// converter pinyin after a fixed set of characters (領(lǐng), 導(dǎo), 請(qǐng), 鎮(zhèn), 點(diǎn), 風(fēng), 戰(zhàn), 爭(zhēng), 國(guó), 紀(jì), 時(shí),
// 當(dāng), 續(xù), 長(zhǎng)) and mis-encoded runs left where the converter broke a sentence ("請(qǐng)?jiān)试S我代表我們?nèi)蚁蚋魑…",
// "爺爺?shù)囊簧瞧椒驳囊簧?,", "既當(dāng)?shù)?,又?dāng)媽"), under the site's promo line "《…》屬于悼詞中比較優(yōu)秀的內(nèi)容,歡迎參考。", a
// piece heading "1、<title>" and a "【范文】" label, cut mid-word ("撐到了極"); a daughter's 发言 at a veterans'
// association's commemoration meeting for a late comrade (118.187.8.28, an association site served from a bare IP), the
// capture opening mid-speech with no title or salutation, three points "第一个就是铭记。" (after a comma) / "第二就是发扬光大。"
// / "第三个就是接续传承。" (opening their paragraphs), the sign-off "3师分会 岳晓音" and "上一篇:"/"下一篇:" lines; a son's
// 答谢词 at his father's 追悼会, the first piece of a 范文 collection (senfoo.com): the collection title twice around an
// indented "下面是范文网小编分享的…,以供参考。" promo, the piece heading "家属追悼会答谢词1", blank lines between all lines,
// 20xx/xx date placeholders, an anti-copy apostrophe glued mid-phrase ("莫大的'安慰"), cut mid-sentence ("他的"); a
// grandson's 致辞 at his grandmother's 80th-birthday banquet (zuowenhi.com, filed under 优秀美文/爱情美文) with no site
// noise at all: the title line, a salutation naming three groups, a doubled greeting "大家午安!大家中午好!", an inline
// "首先我要代表…" with no 其次 after it, "……" inside paragraphs, cut mid-sentence ("她")) and two written look-alikes (a
// writing guide "悼词写法及范文" (zuowentoutiao.com) with 日期/作者 meta lines, block 一、/二、/三、 points on what a 悼词
// contains, a "范文" label and an embedded model 悼词 from "同志们、朋友们:" to "***同志安息吧!" with *** placeholders, and the
// site's "更新于:6个月前相关文章 / 文章评论 / 评论问答" tail; a news page on a family's 80th-birthday banquet (prcgoogle.com)
// whose every paragraph is preceded by a leaked "<image>data:image/png;base64,…</image>" line, the host's thanks reported in
// the third person ("周敏说,非常感谢…"), the last image tag cut to "</a").
// Judgement calls: 07's title is the piece's own name "爺爺去世沉痛的追悼詞"; the promo line, the heading "1、<title>" (a
// collection's piece numbering, as round 20's "…篇1" headings, not an outline 1、) and "【范文】" are noise, listed whole;
// the pinyin annotations are cut by the shared PINYIN expression, so the promo line is dropped in its cut form (the
// converter also annotated a 數 inside a mis-encoded run, "敔數(shù)母", and that annotation goes as well); the
// mis-encoded runs cannot be repaired and stay in the text (real-text README: `鐐轰簡…`); the inline "首先," opens no run.
// 08 has no title in the capture (the page's text starts at "向在座的…"); the sign-off "3师分会 岳晓音" names the speaker
// with her association branch and stays as the speech's byline (as a byline carrying a position; a bare poster name
// would be noise); "上一篇:"/"下一篇:" are noise. Its three points are all optional: "第一个就是" follows a comma
// (prose by the rules, a list to a reader), and "第二就是"/"第三个就是" are ordinals not in the rule table, whose run by
// the letter of the rules never starts; the text of each is its first sentence. 09's title is the piece's name without
// the piece number (the collection title less its count and its bracketed alias is the same words); the collection
// title is listed whole once and dropped both times; the apostrophe is listed with its neighbours. 10's title line is the
// document's own title, dropped, not listed; noise is empty (do-no-harm page). 11 is a guide ending in a model 悼词 (as
// the shared corpus's case 34): written, not a speech, whatever the embedded 例文 says. 12 reports a banquet and quotes the
// host's thanks indirectly: written, not a speech. All living private people's and small places' names are fictional
// (安遠縣平田鎮, 岳松涛/岳晓音, 秦怀德, 柳塘镇卫生院, 许氏, 周敏); 08's related-post titles are the site's own and stay.
// Looked for and not found on a new host: a funeral or birthday speech with a block 一是/二是 or 首先,/其次, run (the
// corpus answers 答谢词 一是感谢…二是感谢 with reader8, used, and 360doc's "感动一,感动二," eulogy, used; 悼词 with
// 一、/二、 headings only appear inside writing guides); a 追悼会主持词 with a numbered agenda on a new host (jingyanben,
// gxscse, wujiajia are used; 2haoxitong.net's page is a guide with an embedded example); a 寿宴主持词 on a template site
// (the corpus answers with novel chapters: jjxsyd, jiuwenxue, xpaozw, czbooks, 5200kanshu). Only one speech here
// carries numbered points, all optional. Set aside as template twins or used: hudielan.org and 4001886789.net.cn (the
// flower-shop "listzt" pages of xhcct/m.zgxh.org, round 54); 517lizhi.com ("/lizhiyanjiang/<id>.html" and the
// "悼詞答謝詞(一)" piece heading of zeelive.com.tw); m.excel-2003.com.cn ("/news/show_<id>.html" with a title, a
// "文/<name>" byline, as w.suneasecloud.com, round 9); hyper-metal.com ("/news/<yyyy>/<yyyy-mm-dd>/<n>/<id>.shtml" chinanews
// mirror of latitude-buildinganddevelopment.com); refanwen.com (m.refanwen.com is used); m.wuhaninfo.cn (the
// "/dongshi/<x>/<id>" template of yrrf); m.t259.net (claimed by part c).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const IT_PROMO = '《爺爺去世沉痛的追悼詞》屬于悼詞中比較優(yōu)秀的內(nèi)容,歡迎參考。';
const IT_PROMO_CUT = '《爺爺去世沉痛的追悼詞》屬于悼詞中比較優秀的內容,歡迎參考。';
const IT_TITLE = '爺爺去世沉痛的追悼詞';
const IT_PIECE = '1、' + IT_TITLE;
const IT_LABEL = '【范文】';

const IP_PREV = '上一篇: 纪念抗战胜利70周年诗三首';
const IP_NEXT = '下一篇: 西华部队东调记';

const SF_PAGE_TITLE = '家属追悼会答谢词12篇(开追悼会家属答谢词)';
const SF_PROMO = '下面是范文网小编分享的家属追悼会答谢词12篇(开追悼会家属答谢词),以供参考。';
const SF_TITLE = '家属追悼会答谢词';
const SF_PIECE = SF_TITLE + '1';

const ZW_TITLE = '奶奶八十大寿致辞';

export const specs = {
  '07-zhuidaoci-itrip-big5-pinyin-mojibake-promo-piece-heading': {
    source: 'http://itrip.net.cn/fw/164698805173971.html',
    kind: 'speech: 追悼词 (a grandson at his grandfather\'s 告别仪式; traditional-script mirror of a 范文 page)',
    tests: 'traditional mirror with converter pinyin after 領/導/請/鎮/點/風/戰/爭/國/紀/時/當/續/長 and mis-encoded runs where the converter broke sentences ("請(qǐng)?jiān)试S我代表我們?nèi)蚁蚋魑…", "爺爺?shù)囊簧瞧椒驳囊簧?,", "既當(dāng)?shù)?,又?dāng)媽"); a promo line "《<title>》屬于悼詞中比較優(yōu)秀的內(nèi)容,歡迎參考。" (with pinyin), a piece heading "1、<title>" that is no outline 1、, a "【范文】" label; a salutation with pinyin; an inline courtesy 首先 with no run; dates and times with pinyin after 點; cut mid-word ("撐到了極")',
    isSpeech: true,
    title: IT_TITLE,
    noise: [IT_PROMO, IT_PIECE, IT_LABEL],
    regexCut: [PINYIN],
    dropLines: [IT_PROMO_CUT, IT_PIECE, IT_LABEL],
    outline: [],
  },
  '08-fayan-ip118-zhuisi-no-title-dier-jiushi-signoff-prevnext': {
    source: 'http://118.187.8.28/post.html?id=5afd272bfa9b8b099c124f3b',
    kind: 'speech: 发言 (a late comrade\'s friend\'s daughter at a veterans\' association commemoration meeting; association site on a bare IP)',
    tests: 'a capture that opens mid-speech with no title and no salutation ("向在座的各位嘉宾和老前辈们致以深深的敬意。"); a quoted message inside a quotation ("‘…’"); three points announced as "有三点感受,第一个就是铭记。" (after a comma) then "第二就是发扬光大。" and "第三个就是接续传承。" opening their own paragraphs (ordinals not in the rule table: all optional); a sign-off line "3师分会 岳晓音" (branch and speaker) kept as the byline; "上一篇: …" / "下一篇: …" related-post lines; a short page (544 characters, all the page prints)',
    isSpeech: true,
    title: '',
    noise: [IP_PREV, IP_NEXT],
    dropLines: [IP_PREV, IP_NEXT],
    outline: [
      { level: 1, marker: '第一个就是', text: '铭记', optional: true },
      { level: 1, marker: '第二就是', text: '发扬光大', optional: true },
      { level: 1, marker: '第三个就是', text: '接续传承', optional: true },
    ],
  },
  '09-daxieci-senfoo-collection-promo-piece-number-apostrophe': {
    source: 'https://www.senfoo.com/article/233831.html',
    kind: 'speech: 答谢词 (a son thanking the mourners at his father\'s 追悼会; first piece of a 范文 collection)',
    tests: 'collection page: the title "<title>12篇(<alias>)" twice around an indented "下面是范文网小编分享的…,以供参考。" promo, the piece heading "家属追悼会答谢词1" (title with a trailing piece number); blank lines between all lines and two-space indents; a couplet-like opening line, 20xx年xx月xx日 placeholders; an inline courtesy "首先,我谨代表…" with no run; an anti-copy apostrophe glued mid-phrase ("莫大的\'安慰"); quoted couplets and a dash before "正是…"; three "父亲的一生,是…的一生;" clauses; cut mid-sentence ("他的")',
    isSpeech: true,
    title: SF_TITLE,
    noise: [SF_PAGE_TITLE, SF_PROMO, SF_PIECE, "的'安慰"],
    replace: [["的'安慰", '的安慰']],
    dropLines: [SF_PAGE_TITLE, SF_PROMO, SF_PIECE],
    outline: [],
  },
  '10-zhici-zuowenhi-shouyan-clean-title-double-greeting': {
    source: 'http://zuowenhi.com/youxiumw/aiqingmeiwen/2020/21054.html',
    kind: 'speech: 致辞 (the eldest grandson at his grandmother\'s 80th-birthday banquet; essay site, filed under 爱情美文)',
    tests: 'do-no-harm page with no site noise: the title line, a salutation naming three groups (亲爱的奶奶、亲爱的各位亲朋好友、亲爱的各位兄弟姐妹:), a doubled greeting on one line ("大家午安!大家中午好!"), an inline "首先我要代表…" (no comma, no 其次), the family\'s name ("许氏家族"), "……" ending two paragraphs, parallel "她就像…;她又像…" similes, cut mid-sentence ("她")',
    isSpeech: true,
    title: ZW_TITLE,
    noise: [],
    dropLines: [ZW_TITLE],
    outline: [],
  },
  '11-guide-zuowentoutiao-daoci-yi-er-san-fanwen-placeholders-not-speech': {
    source: 'https://zuowentoutiao.com/cms-41777.html',
    kind: 'non-speech: writing guide (how to write a 悼词, ending in a model 悼词)',
    tests: 'a guide titled "悼词写法及范文" with 日期/作者 meta lines; a definition, block 一、/二、/三、 points on what a 悼词 contains; a bare "范文" label, then a complete model 悼词 from the salutation "同志们、朋友们:" to "***同志安息吧!" with ***/**/**** placeholders for names, dates, posts and the party; the site\'s "更新于:6个月前相关文章", "文章评论", "评论问答" tail — a guide, not a speech, though most of its text is an embedded speech',
    isSpeech: false,
    title: '悼词写法及范文',
  },
  '12-news-prcgoogle-shouyan-image-data-lines-not-speech': {
    source: 'http://prcgoogle.com/zonghe/shehui/2023/0710/7984.html',
    kind: 'non-speech: news report (a family\'s 80th-birthday banquet for a mother, on a general news site)',
    tests: 'a news page whose paragraphs alternate with leaked "<image>data:image/png;base64,…</image>" lines (the last cut to "</a"); a birthday banquet told in the third person: kowtowing grandchildren, the host\'s thanks reported as "周敏说,非常感谢各位亲友…", a birthday-peach ritual, performances, the old lady\'s thanks reported, cake cutting — written report, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
};
