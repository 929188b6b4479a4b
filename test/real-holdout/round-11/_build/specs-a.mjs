// Gold specs for holdout round 11 (staging part a: document pages, viewers, journal and archive pages carrying
// speeches), written from page.txt alone, before any engine ran on it. `source` is the page the text was captured
// from (see ../../README.md for how page.txt was made). build.mjs applies them: `replace` (exact, each must match),
// then `regexCut`, then `join` (the lines from the one holding `from` to the one holding `to` are one paragraph),
// then the page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is
// left are the paragraphs. Titles, noise and outlines are written by hand here.

const ZJ_TITLE = '在县安全生产工作会议上的主持词';

const RR_TITLE = '公文正式讲义';
const RR_CAPTIONS = [1, 2, 3].map(n => `${RR_TITLE}_第${n}页`);
const RR_CHROME = [
  '已阅读5页,还剩12页未读 继续免费阅读',
  '下载本文档',
  '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领',
  '文档简介',
];

const RM_TITLE = '周恩来总理的讲话';
const RM_CHROME = ['• 39阅读', '• 0回复', '上一主题 下一主题', '离线admin', '只看楼主 倒序阅读 0 发表于: 1957-03-27', '第4版()', '专栏:'];

const JX = '04-zhuci-jxxfw-journal-abstract-english-no-title';
const SL = '05-jianghua-soulun-journal-abstract-english-tongzhimen-subject';
const JOURNAL_LABEL = '论文部分内容阅读';
// The journal database's machine-translated English version, one line under the Chinese text.
const JX_EN = "Comrades: On behalf of the Central Committee of the Communist Party of China, I extend the warmest congratulations to all the delegates attending the national congress of advanced collectives and advanced producers of socialist construction in industry, transport, capital construction, finance and trade, and to the heroic working class of our country! Comrades, at the opening of this congress of ours, our country is in the midst of a new upsurge of a mighty mass movement against right deviation, for boosting vigor and for increasing production and practicing economy. The people of the whole country have responded warmly to the call of the 8th Plenary Session of the 8th Central Committee of our Party and have greeted our great people with brilliant results";
const SL_EN = "Comrades have come to Xining this time, and the comrades of Qinghai Province and I are very glad. On behalf of the provincial party committee, the provincial people's government and the four million people of all ethnic groups in the province, I warmly welcome your arrival. Comrades come and go in a hurry, just arrived and about to set off again, which really makes people reluctant to part. Although we have never met before, today we feel like old friends at first sight, why is there such a deep comradely feeling? This is what Chairman Mao said, we have a common goal.";

export const specs = {
  '01-zhuchici-zjtcn-pdf-wrap-pagenum-agenda-yi': {
    source: 'https://chaoshi.m.zjtcn.com/classifydetails/746987.html',
    kind: 'speech: 主持词 (全县安全生产工作会议; document text with PDF hard wraps)',
    tests: 'a document page\'s text layer: the page number "1" alone on the first line above the title; PDF hard wraps every ~26 characters (paragraphs end at short lines), a wrap inside 《…》 ("《关\\n于…》") and inside a word ("人\\n员"); spaces left before a comma, after a full stop and before 《 ("召开的, 会议", "宣读了 《关", "》 ,"); "*" name placeholders; agenda lines 一、 (wrapped onto a second line "报》;") 二、 三、 after "…三项议程。" as block headings; text cut mid-sentence ("得到有效的")',
    isSpeech: true,
    title: ZJ_TITLE,
    noise: ['1\n在县'],
    join: [
      ['今天的全县安全生产工作会议', '主要有三项议程。'],
      ['一、请安监局', '报》;'],
      ['会议的各项议程已经全部进行完毕', '得到有效的'],
    ],
    dropLines: ['1', ZJ_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '请安监局 *局长宣读《关于全县上半年事故情况的通报》;' },
      { level: 1, marker: '二、', text: '请 *同志讲话' },
      { level: 1, marker: '三、', text: '请 *县长讲话' },
    ],
  },
  '02-jiangke-renrendoc-viewer-chunknums-yishi': {
    source: 'https://www.renrendoc.com/paper/188836638.html',
    kind: 'speech: 讲课稿 (公文写作 training lecture; 文库 viewer)',
    tests: 'a 文库 viewer: three page-image captions "…_第N页" carrying the file name (the only title), "已阅读5页,还剩12页未读 继续免费阅读", "下载本文档", a 版权说明 line and a "文档简介" label; the lecture flattened into chunks numbered by the viewer ("1、" glued before "大家好!", "2、" glued into "8 章,/2、42 条" mid-sentence, "3、" before the next sentence), PDF wrap spaces (党 政, 一一 展开, 印 发); a spoken opening ("大家好!…由于课时有限呢"); 一是 after a colon, 二是/三是 after semicolons (二是\'s sentence to the full stop is under 50 characters, so its text runs over ";三是…"); an inline 一、 after a full stop, glued to its body, with no 二、 in the capture; "第一是" after a colon cut off at the end ("第一是权威性和")',
    isSpeech: true,
    title: RR_TITLE,
    noise: [...RR_CAPTIONS, ...RR_CHROME, '1、大家', '章,\n\n2、42', '文书。\n\n3、它的'],
    replace: [
      ['1、大家好!', '大家好!'],
      ['条例共 8 章,\n\n2、42 条', '条例共 8 章,42 条'],
      ['公家的文书。\n\n3、它的', '公家的文书。它的'],
    ],
    dropLines: [...RR_CAPTIONS, ...RR_CHROME],
    outline: [
      { level: 1, marker: '一是', text: '简单梳理一下党 政机关公文的含义和种类', optional: true },
      { level: 1, marker: '二是', text: '重点讲解请示和报告两种党政公文 文种;三是熟悉一下公文格式各要素的编排规则', optional: true },
      { level: 1, marker: '三是', text: '熟悉一下公文格式各要素的编排规则', optional: true },
      { level: 1, marker: '一、', text: '党政机关公文公文含义和种类首先我们一起来看看党政机关公文的含义', optional: true },
      { level: 1, marker: '第一是', text: '权威性和', optional: true },
    ],
  },
  '03-jianghua-rmrb-forum-archive-title-glued-salutation': {
    source: 'https://rmrb.online/read-htm-tid-165248-fpage-19.html',
    kind: 'speech: 讲话 (banquet speech, 1957; newspaper archive on a forum)',
    tests: 'a newspaper archive kept as forum posts: "• 39阅读"/"• 0回复" counters, the title with " [复制链接]", 上一主题/下一主题, "离线admin", a whitespace-only line, "只看楼主 倒序阅读 0 发表于: 1957-03-27" (the issue date, not the speech\'s own date line), "第4版()" and an empty "专栏:"; the title printed again, indented and glued to the long salutation; three paragraphs, no markers; text cut mid-sentence',
    isSpeech: true,
    title: RM_TITLE,
    noise: [...RM_CHROME, '[复制链接]'],
    replace: [[`${RM_TITLE}敬爱的`, '敬爱的']],
    dropLines: [...RM_CHROME, `${RM_TITLE} [复制链接]`],
    outline: [],
  },
  [JX]: {
    source: 'https://jxxfw.com/periodical/a40258036719a205358a67554c5a6d30.html',
    kind: 'speech: 祝词 (to a national congress of advanced producers, 1959; journal-database page)',
    tests: 'a journal-database page: a "论文部分内容阅读" label, no title, the salutation "同志們:" and the opening on one line with spaces between paragraphs; OCR quirks of an old print kept (traditional forms mixed into simplified text: 們, 員, 會, 設, 輸, 級, 賀, 勁, 經, 輝, 績, 偉; the misread 代麦 for 代表); text cut mid-word ("人民共"), then the database\'s machine-translated English version on one line (noise)',
    isSpeech: true,
    title: '',
    noise: [JOURNAL_LABEL, JX_EN],
    dropLines: [JOURNAL_LABEL, JX_EN],
    outline: [],
  },
  [SL]: {
    source: 'https://www.soulun.net/periodical/1de59a32d2dd7ca3156b0bfa37289c3c.html',
    kind: 'speech: 讲话 (welcome remarks to a visiting delegation, 1984; journal-database page)',
    tests: 'a journal-database page: a "论文部分内容阅读" label and no title; the speech opens with 同志们 as the subject of its first sentence ("同志们这次到西宁来,…"), not as a salutation line; "您们"; text cut after a comma, then the database\'s machine-translated English version on one line (noise), itself cut at the end of the capture',
    isSpeech: true,
    title: '',
    noise: [JOURNAL_LABEL, SL_EN],
    dropLines: [JOURNAL_LABEL, SL_EN],
    outline: [],
  },
  '06-slides-bubsandbeans-big5-viewer-pagecaptions-diyiye': {
    source: 'http://bubsandbeans.com/paper/257871270.html',
    kind: 'non-speech: lecture slides (a scientist\'s talk; traditional mirror of a 文库 viewer)',
    tests: 'a traditional mirror of a 文库 viewer with converter pinyin (網(wǎng), 領(lǐng), 創(chuàng), 閱, 續(xù), 費(fèi)…): five page-image captions "…-倪光南院士_第N頁", "已閱讀5頁,還剩31頁未讀, 繼續免費閱讀", 下載本文檔, 版權說明 and 文檔簡介; the text is a slide deck flattened onto one line: a 目錄 with 一、二、三、, "第一頁,共36頁。" page footers glued between slides, headings glued to their bodies; written analysis in the third person with no address to an audience, so not a speech although it comes from a talk',
    isSpeech: false,
    title: '我國網信領域若干創新-倪光南院士',
  },
};
