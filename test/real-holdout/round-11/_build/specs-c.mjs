// Gold specs for holdout round 11 (part c, cases 13–18: ceremony and occasion speeches and the look-alikes that
// imitate them), written from page.txt alone, before any engine ran on it. `source` is the page the text was
// captured from (see ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each
// must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and
// `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the paragraphs. Every
// distinct regexCut match is added to the noise list. Titles, noise and outlines are written by hand here.

const JL_CRUMB = ['当前位置:简历谷 >', '热点 >其他文案 >'];
const JL_PAGE_TITLE = '关于高中校长毕业典礼精彩致辞7篇 “奋进乘风破浪,毕业离校航”';
const JL_INTRO = '在高中毕业典礼上,校长的一番致辞往往能说到学生们的心坎里,让整场典礼既庄重又动人。校长用真挚的言语勉励毕业生们志存高远,寄托着对他们前程的关切和厚望。本文将围绕高中校长毕业典礼精彩致辞的意义以及若干代表性篇目展开介绍。';

const DX_PAGE_TITLE = '领导新年开工吉日讲话(迎春启航:新年开工吉日领导温馨寄语)';
const DX_META = ['- 作者: 网络投稿', '- 2025年03月26日 07:11:44'];

export const specs = {
  '13-zhici-99guiyi-wedding-no-title-diyiju-shouxian': {
    source: 'https://m.99guiyi.com/content/354503.html',
    kind: 'speech: 致辞 (婚礼, a guest\'s blessing)',
    tests: 'a wedding speech with no title and no site noise in the capture: the page opens with the salutation "各位父老乡亲、女士们、先生们、朋友们、战友们:"; a courtesy "首先," paragraph (no 其次); "下面,我借5句诗词,…" then five paragraphs opening "第一句是…"…"第五句是…" (an ordinal with a noun, not in the rule table), each followed by a quoted line of verse, the fourth with its full stop inside the quotation marks, the fifth with a space after an ASCII comma inside the couplet; text cut after a comma',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '诚挚感谢林先生夫妇养育了,这么端庄,又知书达理的女儿', optional: true },
      { level: 1, marker: '第一句是', text: '《诗经·击鼓》里的名句:“死生契阔,与子成说,执子之手,与子偕老”', optional: true },
      { level: 1, marker: '第二句是', text: '秦观的词句“两情若是久长时,又岂在朝朝暮暮”', optional: true },
      { level: 1, marker: '第三句是', text: '苏轼的一句词:“但愿人长久,千里共婵娟”', optional: true },
      { level: 1, marker: '第四句是', text: '孟郊的一句诗:“谁言寸草心,报得三春晖', optional: true },
      { level: 1, marker: '第五句是', text: '“家和人兴百业旺, 儿孙绕膝福寿长”', optional: true },
    ],
  },
  '14-zhici-jianligu-biye-breadcrumb-title-thrice-di1pian': {
    source: 'https://jianligu.com/redian/qitawenan/6q4vgg.html',
    kind: 'speech: 致辞 (高中毕业典礼, principal; collection)',
    tests: 'a 文案 collection page: a breadcrumb over two lines ("当前位置:简历谷 >", "热点 >其他文案 >"), the page title with a count and a quoted slogan ("关于…精彩致辞7篇 “奋进乘风破浪,毕业离校航”") printed three times, around a site intro paragraph ("本文将围绕…展开介绍。"), a bare "第1篇" piece heading; the first piece has no title of its own and no salutation, opening "今天____届的全体师生…" with a blank placeholder; blank lines between paragraphs; text cut mid-sentence ("也相逢了")',
    isSpeech: true,
    title: '关于高中校长毕业典礼精彩致辞 “奋进乘风破浪,毕业离校航”',
    noise: [...JL_CRUMB, JL_PAGE_TITLE, '精彩致辞7篇', JL_INTRO, '第1篇'],
    dropLines: [...JL_CRUMB, JL_PAGE_TITLE, JL_INTRO, '第1篇'],
    outline: [],
  },
  '15-jianghua-dxkbw-kaigong-paren-title-bullet-meta': {
    source: 'http://www.dxkbw.com/m/40850.html',
    kind: 'speech: 讲话 (新年开工, a new manager to the staff)',
    tests: 'the title with an SEO variant in parentheses that has a colon inside ("领导新年开工吉日讲话(迎春启航:新年开工吉日领导温馨寄语)"), then two bulleted meta lines ("- 作者: 网络投稿", "- 2025年03月26日 07:11:44"); no salutation: the speech opens by addressing the staff in the first person; a homely story, "比如,…;…;…" listing departments (no markers); text cut mid-sentence ("提升了")',
    isSpeech: true,
    title: '领导新年开工吉日讲话',
    noise: ['(迎春启航:新年开工吉日领导温馨寄语)', ...DX_META, '网络投稿', '2025年03月26日 07:11:44'],
    dropLines: [DX_PAGE_TITLE, ...DX_META],
    outline: [],
  },
  '16-guide-cread-big5-huansongci-fanwen-embedded': {
    source: 'https://cread.tw/book/463104/43910609.html',
    kind: 'non-speech: writing guide (欢送词; traditional, on a book site)',
    tests: 'a traditional-script guide to writing a 歡送詞 in a book-reading site\'s chapter: "歡送詞的特征:" and "歡送詞的結構與寫法:" labels, "1.標題。"/"2.稱呼。"/"3.正文。" points, quoted salutation words ("“親愛的”、“尊敬的”"), converter quirks (隻, 麵臨, 采用); then an embedded example labelled "“範文一”" with its own title "在××××畢業生畢業典禮上的歡送詞", a salutation "親愛的同學們:" and a first-person opening, cut mid-sentence; the page\'s document is the guide, so not a speech',
    isSpeech: false,
    title: '',
  },
  '17-changyishu-zhaojiaoan-jiemeimen-yi-headings': {
    source: 'http://zhaojiaoan.com/wap/01157/15662.html',
    kind: 'non-speech: 倡议书 (三八妇女节, to the city\'s women workers)',
    tests: 'a written 倡议书: the genre name alone as title, an addressee line like a salutation ("亲爱的全市女职工姐妹们:"), "…发出如下倡议:" then "一、…"/"二、…"/"三、…" heading lines each followed by a paragraph addressing "姐妹们"; cut mid-sentence ("贡献"); looks like a speech with an outline but is a written appeal',
    isSpeech: false,
    title: '倡议书',
  },
  '18-novel-4321i-toast-shouxian-qici-zuihou-quoted': {
    source: 'https://www.4321i.com/read_haa/9jdo_8.html',
    kind: 'non-speech: novel (a toast at a repair shop\'s dinner)',
    tests: 'a novel page that opens in the middle of a toast: quoted paragraphs opening “这杯酒呢,首先…”, “其次呢,…”, “最后,…” with third-person narration between them, a quoted "干杯!!" and a "内容未完,下一页继续阅读" pager line; the sequence words sit inside quotation marks',
    isSpeech: false,
    title: '',
  },
};
