// Gold specs for holdout round 12, staging part a (cases 01–06): speeches reposted on websites, blogs and
// aggregators, written from page.txt alone, before any engine ran on it. `source` is the page the text was
// captured from (see ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each
// must match), then `regexCut`, then `join`, then the page is split into lines, trimmed, blank lines and
// `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and outlines are
// written by hand here.

const CL_TITLE_LINE = '校长在本科新生开学典礼上的讲话(高校)';
const CL_TAIL = [
  '微信扫一扫在手机阅读、分享本文',
  '版权声明',
  '作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。',
  '微信订阅号',
  '联系客服',
];

const GW_TITLE = '最好的你们,可好?!——在2022年毕业典礼暨学位授予仪式上的讲话';
const GW_RELATED = [
  '相关推荐',
  '- 2023-07-18 12:46:21 在2022年苏州大学毕业典礼暨学位授予仪式上的讲话(20220621)',
  '- 2022-08-17 00:24:51 在青春的赛道上跑出最好成绩——在2022届毕业生毕业典礼暨学士学位授予仪式上的讲话',
  '- 2022-05-11 21:14:31 2022年春季研究生毕业典礼暨学位授予仪式上的讲话',
  '- 2022-08-17 00:18:52 在2022届毕业生毕业典礼暨学位授予仪式上的讲话',
  '- 2022-08-17 00:11:33 风物长宜放眼量——在大学2022届毕业典礼暨2022年学位授予仪式上的讲话',
  '- 2023-07-18 12:46:21 2022年研究生毕业典礼暨学位授予仪式讲话(20220713)',
  '- 2022-08-17 00:17:15 校友代表在大学2022年毕业典礼暨学位授予仪式上的讲话',
  '- 2022-08-17 00:21:35 在2022年研究生毕业典礼暨学位授予仪式上的讲话',
  '- 2022-11-13 19:38:33 在2022届硕士研究生毕业典礼暨学位授予仪式上的讲话',
  '- 2022-11-13 16:28:37 高校校长在2022届毕业典礼暨学位授予仪式上的讲话',
  '- 2022-08-28 19:09:02 在2022届硕士研究生毕业典礼暨学位授予仪式上的讲话校长',
  '- 2023-07-18 12:46:21 在XX学院2023届毕业典礼暨学位授予仪式上的讲话',
  '- 2022-08-17 00:11:33 高校校长在2022届毕业典礼暨学位授予仪式上的讲话[2]',
  '- 2023-07-18 12:46:21 校长在2023年研究生毕业典礼暨学位授予仪式上的讲话',
  '- 2023-06-20 11:05:51 某学院2023届毕业典礼暨学位授予仪式上的讲话',
];

const WX_TITLE_LINE = '[政治]在2008年春节团拜会上的讲话(2008年2月5日)';
const WX_CHROME = [
  '转换到繁體中文',
  '您的位置 : 首页 > 报刊',
  '作者:温家宝',
  '《新华月报(记录)》 2008年 第03期',
  '多个检索词,请用空格间隔。',
];

const OC_TITLE = '中學校長新年致辭';

export const specs = {
  '01-jianghua-cailiaogo-kaixue-wechat-share-tail-tag': {
    source: 'http://cailiaogo.com/index/article/detail/detail_id/10092.html',
    kind: 'speech: 讲话 (校长, 本科新生开学典礼)',
    tests: 'the title with a site tag in parentheses ("…讲话(高校)"); a three-part salutation and "大家上午好!" on lines of their own; "xx"/"xxxx" placeholders; the preview stops after four paragraphs and the page\'s WeChat-share and membership tail follows on lines of their own: "微信扫一扫在手机阅读、分享本文", "版权声明", "作者原创,不允许二次传播,…追究法律责任。", "微信订阅号", "联系客服"',
    isSpeech: true,
    title: '校长在本科新生开学典礼上的讲话',
    noise: ['(高校)', ...CL_TAIL],
    dropLines: [CL_TITLE_LINE, ...CL_TAIL],
    outline: [],
  },
  '02-jianghua-gwxzb-biye-related-list-dash-title-star': {
    source: 'https://gwxzb.com/doc-view-46462.html',
    kind: 'speech: 讲话 (校长, 毕业典礼暨学位授予仪式)',
    tests: 'a document page whose capture opens with a "相关推荐" block: fifteen bulleted lines "- date time <title of another speech>", all 毕业典礼 讲话 titles (one with "——", two with a "(20220621)" date tag, one with "[2]"), printed above the speech; the speech\'s own title is a slogan and a "——在…上的讲话" part on one line; the school\'s name blanked to "*" ("全体*学子", "118岁的*"); the speaker quoting his own earlier words in an open quotation; text cut mid-quotation after a comma',
    isSpeech: true,
    title: GW_TITLE,
    noise: GW_RELATED,
    dropLines: [...GW_RELATED, GW_TITLE],
    outline: [],
  },
  '03-jianghua-wenxue100-tuanbai-periodical-tag-date-title': {
    source: 'http://www.wenxue100.com/baokan/57686.thtml',
    kind: 'speech: 讲话 (春节团拜会, 2008; a periodical\'s article page)',
    tests: 'a periodical archive page: "转换到繁體中文", a "您的位置 : 首页 > 报刊" breadcrumb with trailing spaces, the title with a "[政治]" section tag glued before it and the speech\'s date in parentheses glued after it, an "作者:" byline with the speaker\'s name only, the journal and issue line, a search-box hint "多个检索词,请用空格间隔。"; then a whitespace-only line and every paragraph indented with seven spaces, the salutation "同志们,朋友们:" on a line of its own, an empty indented line where a paragraph is missing, text cut mid-word ("祝在座的同")',
    isSpeech: true,
    title: '在2008年春节团拜会上的讲话',
    noise: ['[政治]', '(2008年2月5日)', ...WX_CHROME],
    dropLines: [WX_TITLE_LINE, ...WX_CHROME],
    outline: [],
  },
  '04-jianghua-wtabcd-midspeech-no-title-yishi-block-stars': {
    source: 'https://wtabcd.cn/fanwen/meiwen/1677488896100776.html',
    kind: 'speech: 讲话 (an official\'s remarks to students after a competition)',
    tests: 'the capture starts mid-speech with no title, no salutation and no site noise, one sentence per line; "**"/"*" blanks for the region, the anniversary and officials\' surnames; the address "同学们:" glued before a maxim; "我想同同学们谈三点寄语:" then a block "一是弘扬爱国精神。" line (a block point needs no run; the capture ends before 二是); a quoted classical saying on a line of its own; text cut after an opening quotation mark ("胸怀“")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一是', text: '弘扬爱国精神' },
    ],
  },
  '05-zhici-onlinecha-big5-xinnian-anticopy-dot-bang': {
    source: 'https://onlinecha.com/article/1594658.html',
    kind: 'speech: 致辞 (中学校长, 新年; traditional)',
    tests: 'a traditional page: the title, a salutation line, the whole speech down to "謝謝!"; two glued anti-copy marks, a full stop inside a phrase ("長足的.發展") and "(!)" inside a word ("希(!)望"); converter and writer quirks kept (永珍更新 for 萬象更新, 閤家, 位置值第一, 三好學); "20XX" and "**一中" placeholders; a space after a comma ("累累, 20XX年"); "最後再次祝福…" without a comma (no marker)',
    isSpeech: true,
    title: OC_TITLE,
    noise: ['足的.發展', '的希(!)望'],
    replace: [
      ['長足的.發展', '長足的發展'],
      ['新的希(!)望', '新的希望'],
    ],
    dropLines: [OC_TITLE],
    outline: [],
  },
  '06-news-xinleistone-dangke-wechat-credits-not-speech': {
    source: 'https://xinleistone.cn/id_47363_url_show.html',
    kind: 'non-speech: news report (a 党课 at a college; 公众号-style credits)',
    tests: 'a report of a 党课 in the third person ("党课在…歌声中拉开序幕", "周立恒从…讲起,他说,“…”", "周立恒强调,…"), opening with a quoted slogan and quoting the lecturer; no title, no salutation; it ends with the WeChat-account credit line "(文:…/图:…/审核:…/编辑:…)" — a report, not a speech, although it paraphrases one',
    isSpeech: false,
    title: '',
  },
};
