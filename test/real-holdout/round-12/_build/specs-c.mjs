// Gold specs for holdout round 12, part c (cases 13–18: traditional-script pages from Taiwan, Hong Kong and
// mirror sites, ceremony speeches and the look-alikes that report or quote them), written from page.txt alone,
// before any engine ran on it. `source` is the page the text was captured from (see ../../README.md for how
// page.txt was made). build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`,
// then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to the noise
// list. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CC_META = ['WFU', '2019年9月10日 星期二'];

const GG_PAGE_TITLE = '2023最新學校開學典禮校長致辭(通用19篇)';
const GG_PIECE = '2023最新學校開學典禮校長致辭 篇1';

const DT_TITLE = '108學年度縣長給國小畢業生祝福詞';
const DT_NAV = '上一則公告 下一則公告';
const DT_POSTER = '一般公告 / 張貼者 教務主任';
const DT_META = '張貼日期: 2020-06-15 09:34:43  點閱:1452';

export const specs = {
  '13-zhici-chenchenghsiu-blog-biye-wfu-date-shouxian-diyixiang': {
    source: 'https://chenchenghsiu.blogspot.com/2019/09/',
    kind: 'speech: 致詞 (國小畢業典禮, principal; Taiwan blog)',
    tests: 'a Taiwanese principal\'s Blogger archive page: a "WFU" widget line and the post date "2019年9月10日 星期二" above the post title "107學年度畢業生致詞稿", four blank lines, a long salutation ending "大家晚安:"; a courtesy "首先要…" (no comma) and "其次,…" paragraph; "第一項叮嚀是「…」翻譯成中文是「…」,…" paragraphs (an ordinal with a noun, not in the rule table) with English sayings in 「」, some with an ASCII full stop inside the quote, the third with no comma after the closing 」; text cut mid-word ("期勉所")',
    isSpeech: true,
    title: '107學年度畢業生致詞稿',
    noise: [...CC_META],
    dropLines: [...CC_META, '107學年度畢業生致詞稿'],
    outline: [
      { level: 1, marker: '首先', text: '要謝謝各位貴賓與家長撥冗來到學校', optional: true },
      { level: 1, marker: '其次,', text: '校長要祝賀今晚即將畢業的72位畢業生', optional: true },
      { level: 1, marker: '第一項叮嚀是', text: '「Stay curious. Stay kind」翻譯成中文是「保持好奇、保持善良」', optional: true },
      { level: 1, marker: '第二項叮嚀是', text: '「Practice makes perfect」翻譯成中文是「熟能生巧」', optional: true },
      { level: 1, marker: '第三項叮嚀是', text: '「Be grateful for every day.」翻譯成中文是「珍惜並感謝每一天」人生路上', optional: true },
    ],
  },
  '14-zhici-ggfwb-hk-script-kaixue-title-after-salutation-yi': {
    source: 'https://ggfwb.com/zhici/zhixie/k49yo3.html',
    kind: 'speech: 致辭 (大學開學典禮, principal; traditional collection page)',
    tests: 'a collection page in Hong Kong-style traditional script (説, 裏, 着, 悦, 佈, 餘, 藉): the page title with "(通用19篇)", the piece heading "… 篇1" carrying the year and 最新, the salutation, then the page title printed again between the salutation and "大家好!"; xx/20xx/x placeholders; "第一課“我們為什麼上大學?”" (no marker); an "一、" heading line; text cut mid-sentence ("失落與")',
    isSpeech: true,
    title: '2023最新學校開學典禮校長致辭',
    noise: [GG_PAGE_TITLE, '(通用19篇)', '篇1'],
    dropLines: [GG_PAGE_TITLE, GG_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '大學,是青春的歷練' },
    ],
  },
  '15-zhuchici-dgzhanhua-big5-pinyin-biye-no-title-diyixiang': {
    source: 'http://dgzhanhua.cn/show/9347576.html',
    kind: 'speech: 主持詞 (大學畢業典禮; traditional mirror)',
    tests: 'a traditional mirror with converter pinyin after a fixed set of characters (領(lǐng)導(dǎo), 學(xué), 業(yè), 個(gè), 時(shí), 項(xiàng), 發(fā), 請(qǐng), 長(zhǎng)風(fēng), 聯(lián)系 …) and a spun text (這天, 此刻, 校園 for 學校); no title, the capture opens with the salutation; a site gap "3872名2畢業生" / "2學生畢業典禮"; "首先我介紹…" without a comma (no marker); agenda lines "第一項:"…"第五項:" of their own; "————"/"——"/"——-" blanks for names; text cut mid-word ("即將結(jié)" without its pinyin)',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '第一項:', text: '全體起立,奏國歌', optional: true },
      { level: 1, marker: '第二項:', text: '頒發畢業證書', optional: true },
      { level: 1, marker: '第三項:', text: '請畢業生代表——發言', optional: true },
      { level: 1, marker: '第四項:', text: '請教師代表——-教授發言', optional: true },
      { level: 1, marker: '第五項:', text: '請——院長講話', optional: true },
    ],
  },
  '16-zhuci-dtps-school-notice-dianyue-prevnext-yi-er': {
    source: 'https://dtps.chc.edu.tw/index.php/posts/477',
    kind: 'speech: 祝福詞 (縣長 to graduating pupils; Taiwan school site)',
    tests: 'a Taiwanese primary school\'s announcement page: the title, "上一則公告 下一則公告", a "一般公告 / 張貼者 教務主任" line with trailing spaces, "張貼日期: … 點閱:1452" with a double space, blank lines, the title again with a space ("108 學年度…"), then the county head\'s message read to graduates: salutation "親愛的畢業生:", "…以下列三點和畢業生共勉:" then "一、"/"二、" heading lines; a formula with a missing "=" ("行動+熱忱+努力成功success"), a quote closed with "」。"; text cut mid-sentence',
    isSpeech: true,
    title: DT_TITLE,
    noise: [DT_NAV, DT_POSTER, DT_META, '點閱:1452'],
    dropLines: [DT_TITLE, DT_NAV, DT_POSTER, DT_META, '108 學年度縣長給國小畢業生祝福詞'],
    outline: [
      { level: 1, marker: '一、', text: '用「熱忱」努力,塑造積極態度' },
      { level: 1, marker: '二、', text: '用「勇敢」前進,危機就是轉機' },
    ],
  },
  '17-news-hkcna-kaixue-breadcrumb-fenxiang-zihao': {
    source: 'http://www.hkcna.hk/docDetail.jsp?id=100460174&channel=2803',
    kind: 'non-speech: news report (Hong Kong universities\' opening ceremonies)',
    tests: 'a Hong Kong news agency page: "首頁 -> 頭條" breadcrumb, headline, "分享到:", a "date | 稿件來源:…" line, a cut "【字號:" control, photo captions ("圖片來源:…") between paragraphs; third-person report of what university presidents said at 開學禮, with their words in quotation marks ("致辭", "他期望…", "勉勵新生…"); cut mid-sentence',
    isSpeech: false,
    title: '通說:在香港,大學校長開學會說啥',
  },
  '18-blog-udn-biye-quote-counters-huixiang': {
    source: 'https://blog.udn.com/romeolee/179384289',
    kind: 'non-speech: blog essay (quoting a principal\'s graduation speech; Taiwan)',
    tests: 'a Taiwanese blog post: title, a date-time line and counter lines of their own (瀏覽1,431, 迴響3, 推薦39, 引用0); the blogger quotes a girls\' high school principal\'s 畢業典禮 words at length in 「」 and comments in the first person ("我得承認…"); "你可能會有興趣的文章:" and a members-only comment line at the end',
    isSpeech: false,
    title: '來來來,來台大',
  },
};
