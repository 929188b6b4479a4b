// Gold specs for holdout round 34, part c (cases 13–18): weddings, banquets, retirements and other social occasions.
// Four spoken pieces (a retiring county official's 发言 at a 荣誉退休仪式 held on 重阳节, on a page with no site chrome:
// the title with a colon subtitle and a space ("…的发言:桑榆尚晚 余霞满天"), the salutation over two lines, a block
// "一、" heading, cut mid-sentence; a son's 讲话 at his parents' 70th-birthday banquet, a chapter of a book on a reading
// site: the reader's glued breadcrumb "书城文学望雁行", a bare chapter id "31106400000025", the chapter heading
// "第25章 <title>", a salutation naming seven groups of guests with officials' titles, the site's "******" filter mark
// inside a quotation; an uncle's 讲话 at his nephew's wedding on a content farm: the title twice, a hard wrap inside a
// word ("换一副新" / "闸。"), an anti-copy backtick glued mid-phrase ("的`长辈"), a bracketed stage note "(如果阴天改为:…"
// where the capture ends; a classmate's 致辞 at a 30th-anniversary class reunion on a Q&A page: the question title, a
// "<date> <time>:<count> 次浏览" line whose seconds run into the view count, the "最佳答案" label, blank lines between
// all lines) and two written look-alikes (a traditional-script mirror with converter pinyin (業(yè), 領(lǐng), 導(dǎo),
// 發(fā), 學(xué), 養(yǎng), 臺(tái), 風(fēng), 關(guān)) of a primary school's news post on a farewell meeting for two retiring
// leaders, every line opening with a lost indent "??", its section labels "榮休領(lǐng)導(dǎo)發(fā)言"/"頒發(fā)榮休證書" and a 致辭 reported
// in the third person; a 生活随笔 on a wedding day with "一、出门前的话"/"二、下轿饭"/"三、踏上红地毯" headings, the bride's
// and the in-laws' words in quotes — an essay, not a speech).
// Judgement calls: 13's title keeps its subtitle after the colon (the document's own name); the title line is not noise
// (no site chrome at all), so noise is empty. 14's chapter heading "第25章 <title>" is the title line carrying the book's
// chapter number: it is noise as a whole (as round 20's "…篇1" heading) and the title is the heading without "第25章 ";
// "******" is the site's filter mark over a political phrase and stays in the text (as round 22's "**" placeholders);
// "首先我代表…" opens no run (no 其次 follows) so there is no outline. 15's title repeated on two lines is dropped, not
// listed (as round 16's caihuaku page); the backtick is noise and the wrapped line is joined; the bracketed stage note
// stays (the speaker's own text). 16's question title is the document's title (dropped, not listed, as round 26's
// gdswjx page); the meta line is kept whole as noise ("17:50:1798" is the page's own glue). 17 and 18 have no title in
// the capture. All living people's, schools' and places' names are fictional (the school, its leaders and the song in
// 17 too); the kin words 大爸/岁大/岁娘 in 14 are dialect forms of address and stay.
// Looked for and not found on a new host: a 年夜饭/除夕家宴 toast with numbered wishes (only essays, menus and a used
// 范文 collection, hunwen); a 婚礼主持词 or 证婚词 on a 范文 site with a numbered agenda (010zaixian, sq15, ushengzhilian
// and 30593 are used; the corpus answers most wedding queries with novel chapters); a 同学聚会 speech on a template site
// (popo666.com carries sq158's "<site> / <crumb> > 导航 / 发表时间 / … 篇1" template from round 33 and ckkjl.cn the
// "/ZhuChiCi/"-style CamelCase template of gxscse/szftgk/78911, so both count as used; bbzoh.cn is a 360doc mirror; the
// zjrxz.com "/jxfw/2025xx/" page is the czt/jjcmw/qbnews template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const RL_TITLE = '在处级干部荣誉退休仪式上的发言:桑榆尚晚 余霞满天';

const NH_CRUMB = '书城文学望雁行';
const NH_ID = '31106400000025';
const NH_TITLE = '在父母70寿辰庆典上的讲话';
const NH_CHAPTER = '第25章 ' + NH_TITLE;

const HX_TITLE = '在侄儿婚礼上的讲话';

const SH_TITLE = '毕业三十年同学聚会致辞';
const SH_META = '2025-10-10 17:50:1798 次浏览';
const SH_BEST = '最佳答案';

export const specs = {
  '13-fayan-rlxzw-rongtui-yishi-title-subtitle-yi': {
    source: 'https://rlxzw.com/308640.html',
    kind: 'speech: 发言 (a newly retired county official speaking for the retirees at a 荣誉退休仪式 held on 重阳节)',
    tests: 'a page with no site chrome at all: the title with a colon and a subtitle split by a space ("…荣誉退休仪式上的发言:桑榆尚晚 余霞满天"), the salutation "各位领导、同志们:" and "大家上午好!" on two lines, two long paragraphs of thanks naming the organisers and a date ("8月23日"), a standalone block heading "一、常存感念之情,常怀奉献之心" (two clauses split by a comma, no sentence end), cut mid-sentence after it ("常怀奉献") with no 二、 in the capture',
    isSpeech: true,
    title: RL_TITLE,
    noise: [],
    dropLines: [RL_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '常存感念之情,常怀奉献之心' },
    ],
  },
  '14-jianghua-nuoha-shouchen-book-chapter-crumb-id-long-salutation': {
    source: 'http://m.nuoha.vip/book/chapter/311064/25.html',
    kind: 'speech: 讲话 (the eldest son at his parents\' joint 70th-birthday banquet; a chapter of a book of the author\'s writings on a reading site)',
    tests: 'reading-site chrome over a book chapter: a glued breadcrumb "书城文学望雁行" (书城 + 文学 + the book\'s name), a bare chapter id "31106400000025", the chapter heading "第25章 在父母70寿辰庆典上的讲话" (the title with a chapter number); blank lines between all lines; a salutation naming the parents, two officials by surname and title and five groups of guests ending with ":"; "大家好!" on its own line; "首先我代表…" inline with no 其次 after it; birth years and a family history with a "******" filter mark inside quotation marks and dialect kin words (大爸、岁大和岁娘); cut mid-sentence ("再说起")',
    isSpeech: true,
    title: NH_TITLE,
    noise: [NH_CRUMB, NH_ID, NH_CHAPTER],
    dropLines: [NH_CRUMB, NH_ID, NH_CHAPTER],
    outline: [],
  },
  '15-jianghua-hxlib-hunli-title-twice-backtick-hardwrap': {
    source: 'http://m.hxlib.cn/data/202302241302976.html',
    kind: 'speech: 讲话 (an uncle speaking at his nephew\'s wedding banquet; content-farm copy)',
    tests: 'the title on two identical lines and nothing else around the text; no salutation, the speech opens with the speaker\'s modesty ("受了新郎…的托付,心里发虚。") and a rhetorical question; "某某某……" placeholder; a hard line break inside a word ("只好换一副新" / "闸。人都…") to be joined; an anti-copy backtick glued mid-phrase ("的`长辈"); an extended metaphor with "第一副闸" (an ordinal inside a noun, not a marker); a bracketed stage note for the speaker "(如果阴天改为:今夜烟" where the capture ends',
    isSpeech: true,
    title: HX_TITLE,
    noise: ['的`长辈'],
    replace: [['的`长辈', '的长辈']],
    join: [['男人天生好动', '闸。人都']],
    dropLines: [HX_TITLE],
    outline: [],
  },
  '16-zhici-songhaifeng-tongxue-juhui-qa-meta-zuijia-daan': {
    source: 'https://baike.songhaifeng.com/1/20251010/801616.html',
    kind: 'speech: 致辞 (a classmate at a junior-middle-school class\'s 30th-anniversary reunion with their teachers; Q&A page)',
    tests: 'a Q&A page: the question title "毕业三十年同学聚会致辞" (also the document\'s title), a meta line "2025-10-10 17:50:1798 次浏览" whose seconds run into the view count, the "最佳答案" label, then the answer; blank lines between all lines; the salutation "尊敬的老师们,亲爱的同学们:" with "大家好!" glued to the first paragraph on the next line; class names with digits ("初88级3班"); a long memory paragraph of semicolon-joined scenes ending "……"; a quoted pledge; cut mid-word ("前")',
    isSpeech: true,
    title: SH_TITLE,
    noise: [SH_META, SH_BEST],
    dropLines: [SH_TITLE, SH_META, SH_BEST],
    outline: [],
  },
  '17-news-pleasurethai-big5-pinyin-tuixiu-huansong-qmark-indent-not-speech': {
    source: 'http://m.pleasurethai.com/article/213724.html',
    kind: 'non-speech: news post (a primary school\'s report on its farewell meeting for a retiring headteacher and union chair; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after 業(yè), 領(lǐng), 導(dǎo), 發(fā), 學(xué), 養(yǎng), 臺(tái), 風(fēng), 關(guān); every line opens with a lost indent "??"; short section labels on their own lines ("回望來時路", "榮休領(lǐng)導(dǎo)發(fā)言", "頒發(fā)榮休證書") between one-paragraph reports; speech words throughout (歡送會, 主持, 發言, 致辭, 常回“家”坐坐) but all in the third person, with 我們 as the school\'s voice; a closing couplet-like tribute and a pledge of the staff — a written report, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '18-essay-dengbang-hunli-sanji-yi-er-san-not-speech': {
    source: 'https://doc.dengbang.com/wenxueyuedu/wenzhangyuedu/shenghuosuibi/142256.html',
    kind: 'non-speech: essay (a 生活随笔 on a country wedding day, filed under 文章阅读)',
    tests: 'an essay whose scenes are headed like a speech outline ("一、出门前的话", "二、下轿饭", "三、踏上红地毯", a lone "四" where the capture ends); the bride\'s farewell and the in-laws\' words given as quoted lines, an address to the reader ("你可尝过?"), a closing "让我们为新人祝福吧!" — written narration, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
};
