// Gold specs for holdout round 16, part c (cases 13–18): reprint platforms, personal pages and mirrors. Four speeches
// (a year-end 跨年演講 reposted by a user of a commentary site's 風聞 column and mirrored into traditional script, with
// the "_風聞" page title, a simplified "观察者网用户_<id>-<date>" poster line, a 來源 line, a "關聯:" label over links to
// the other two parts, a "第四部分:" heading whose parts 一–三 are on another page, a "——1——" section line and a cut
// mid-word; a principal's new-term 致辭 on a mobile traditional mirror, its title printed twice and no other chrome,
// simplified leftovers 里/最后/祝愿, an inline courtesy 首先, and a closing 最后, paragraph; a 1927 讲演词 on an e-book
// mirror of a collected-works volume, under a "书城 > author > 文集 | 上页 下页" breadcrumb, with the speech's own date
// line and the whole text indented as one block cut mid-word; an untitled 开学典礼 讲话 on a content farm's hijacked
// subdomain, followed by the text generator's own note on the draft ("这篇稿件结合了实际场景…适合用于…场合。")) and two
// look-alikes (a city news site's reprint of a news agency's item about a "网红校长"'s 开学典礼 speech, with a bare
// timestamp, a 来源 line, the headline printed twice, a text-to-speech "人工智能朗读:" label and an "[编辑:…]" line; a
// traditional mirror of a blogging platform's essay on how to study the party congress report, with converter pinyin
// after a fixed set of characters, random two-character junk words glued before punctuation, two mis-encoded runs and a
// leader's quoted 總結講話). No WeChat-article mirror, 搜狐号/网易号/百家号 page, forum thread or 个人图书馆 copy carrying
// a speech turned up on a new host. Written from page.txt alone, before any engine ran on it. `source` is the page the
// text was captured from (see ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact,
// each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and
// `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are written by
// hand here.

const FW_TITLE = '嚴啟航2018“光陰的同行者”跨年演講';
const FW_PAGE_TITLE = '嚴啟航2018“光陰的同行者”跨年演講(中)_風聞';
const FW_USER = '观察者网用户_228999-2019-01-01 09:47';
const FW_SOURCE = '來源:知行思維';
const FW_REL = '關聯:';
const FW_REL1 = '嚴啟航2018“光陰的同行者”跨年演講(上)';
const FW_REL3 = '嚴啟航2018“光陰的同行者”跨年演講(下)';

const HN_TITLE = '龐秋雲校長新學期開學致辭';

const GX_CRUMB = '梦远书城 > 林泽远 > 林泽远文集 | 上页 下页';
const GX_TITLE = '在湖北第一次工人代表大会之讲演词';

const CZ_NOTE =
  '这篇稿件结合了实际场景,语言朴实真挚,既体现了对师生的关怀,又传递了积极向上的正能量,适合用于农村小学开学典礼场合。';

export const specs = {
  '13-yanjiang-outputnews-fengwen-big5-repost-userline-related-part4-dash-section': {
    source: 'https://hk.outputnews.com/2019/fengwen/news_2019_01_01_1612022',
    kind: 'speech: 演讲 (a year-end 跨年演講, middle part; a user repost in a commentary site\'s 風聞 column, traditional mirror)',
    tests: 'a traditional mirror of a user-repost column: the page title "…跨年演講(中)_風聞" (the speech\'s name, the part "(中)" and the column tag), a poster line left in simplified script with a user id and a timestamp glued by "-" ("观察者网用户_228999-2019-01-01 09:47"), a "來源:" line naming the original publisher, a "關聯:" label over the titles of parts (上) and (下); then the body of part two: a heading line "第四部分:…嗎?" whose parts 一–三 are on the other pages, a "——1——" section number on its own line, first-person spoken prose to the audience ("我特別希望你還記得", "剛才我們自問了第一個問題"), reported speech of a third person ("蘇晴説,…"), HK variant characters 説/裏/脱; text cut mid-word ("到重建共")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_PAGE_TITLE, '_風聞', FW_USER, FW_SOURCE, FW_REL, FW_REL1, FW_REL3],
    dropLines: [FW_PAGE_TITLE, FW_USER, FW_SOURCE, FW_REL, FW_REL1, FW_REL3],
    outline: [
      { level: 1, marker: '第四部分:', text: '我能感知“非共識”嗎', optional: true },
      { level: 1, marker: '——', text: '1——', optional: true },
    ],
  },
  '14-zhici-hn5pt7-mobile-big5-mirror-title-twice-shouxian-zuihou-leftovers': {
    source: 'http://m.hn5pt7.cn/zuowendaquan/huatizuowen/114089.html',
    kind: 'speech: 致辭 (a primary school principal at the start of the spring term; mobile page of a traditional mirror)',
    tests: 'a mobile page of a simplified site converted to traditional: the title (with the principal\'s name) printed twice and nothing else around the text, the salutation "親愛的老師們、同學們:" on its own line, simplified leftovers the converter missed (季節里, 學期里, 最后, 祝愿); a courtesy "首先," inline after a full stop (a run of one), a closing paragraph opening "最后," whose first sentence ends inside a quotation ("…作為結尾:“教育的每一天,…新的一天。”"), the speaker quoting herself by name (the template\'s own slip, kept); "謝謝大家!" and no cut',
    isSpeech: true,
    title: HN_TITLE,
    noise: [],
    dropLines: [HN_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我想向全體師生道一聲由衷的感謝', optional: true },
      { level: 1, marker: '最后,', text: '我想借龐秋雲校長常說的一句話作為結尾:“教育的每一天,都是新的一天,都是新的一天', optional: true },
    ],
  },
  '15-jiangyanci-guxuo-ebook-mirror-breadcrumb-pager-date-line-indent-oneblock': {
    source: 'https://guxuo.com/xdmj/ztl/wj/169.htm',
    kind: 'speech: 讲演词 (a 1927 address to a provincial workers\' congress; e-book mirror of a collected-works volume)',
    tests: 'an e-book mirror: a breadcrumb "梦远书城 > author > author文集" with the pager "| 上页 下页" on the same line, the title "在…大会之讲演词" (the genre as 讲演词), two blank lines, the speech\'s own date line "(一九二七年一月四日)" indented with two spaces, then the whole text indented as one long paragraph with no salutation, in 1920s usage (那末, 好象, 一类是…;一类是…), "我们首先要明白" (首先 inside a sentence, no marker), a dash before an apposition ("产业工人——无产阶级"); text cut mid-word ("纺纱")',
    isSpeech: true,
    title: GX_TITLE,
    noise: [GX_CRUMB, '上页 下页'],
    dropLines: [GX_CRUMB, GX_TITLE],
    outline: [],
  },
  '16-jianghua-czt-jxfw-farm-no-title-ai-trailer-note-shouxian-zuihou': {
    source: 'http://renwen.czt.cc/jxfw/202506/513397.html',
    kind: 'speech: 讲话 (a village primary school principal at the opening ceremony; content farm on a hijacked subdomain)',
    tests: 'a generated 范文 on a content farm: no title in the capture, the salutation "尊敬的老师们、亲爱的同学们:" and "大家好!" on lines of their own, five body paragraphs, "谢谢大家!", then the text generator\'s own note on the draft in the third person ("这篇稿件结合了实际场景,…适合用于农村小学开学典礼场合。") as the last line; a courtesy "首先," inline after a full stop (a run of one, first sentence longer than 50 characters) and a closing "最后," paragraph (likewise)',
    isSpeech: true,
    title: '',
    noise: [CZ_NOTE, '这篇稿件结合了实际场景'],
    dropLines: [CZ_NOTE],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表学校全体教职工', optional: true },
      { level: 1, marker: '最后,', text: '我想说的是', optional: true },
    ],
  },
  '17-news-sznews-repost-wanghong-xiaozhang-kaixue-tts-label-editor-not-speech': {
    source: 'https://www.sznews.com/news/content/2020-10/13/content_23629589.htm',
    kind: 'non-speech: news report (a city news portal\'s reprint of a news agency\'s item on a principal\'s 开学典礼 speech)',
    tests: 'a reprinted news item: the headline (a "“网红校长”…再出金句:" quote headline), a bare timestamp, "来源: 澎湃新闻", the headline again, a text-to-speech widget label "人工智能朗读:", then a third-person report of the speech (他就说, …告诉…记者, …注意到) quoting its lines in “…” and naming 开学典礼演讲稿 and 校长讲话 several times; an "[编辑:…]" line at the end',
    isSpeech: false,
    title: '江苏“网红校长”开学典礼再出金句:大学不是避风港和游乐场',
  },
  '18-xuexi-reibang-jianshu-mirror-big5-pinyin-junk-words-mojibake-not-speech': {
    source: 'http://reibang.com/p/0d9cbb51c4ee',
    kind: 'non-speech: 学习 essay (how to study the party congress report; traditional mirror of a blogging platform)',
    tests: 'a blog essay mirrored with every copy-protection artefact at once: converter pinyin after a fixed set of characters (長(zhǎng) even in 很長時間, 學(xué)習(xí), 會(huì), 個(gè)…), random two-character simplified junk words glued before commas and full stops ("文件屋彪,", "的事绒尊。"), a mis-encoded run in mid-sentence ("為例談?wù)剬W(xué)習(xí)") and another before a closing quote ("試一試尘惧〉莸荩”"), simplified leftovers (什么, 這里, 干糧, 后, 并); no title in the capture; a one-word heading line "讀。"; a leader\'s 總結講話 quoted at length in “…” with 我們 — written about studying, not spoken',
    isSpeech: false,
    title: '',
  },
};
