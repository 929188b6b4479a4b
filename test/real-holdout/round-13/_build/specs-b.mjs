// Gold specs for holdout round 13, staging part b (cases 07–12): numbered outlines in speeches — two or more
// outline markers inside each capture (一、 with a full stop and inline 一是 after a colon, 一、 with (一), block
// 第一,/第二, paragraphs, a (一)(二)(三) preview list before the (一) heading, non-table ordinals with pinyin inside
// them, a "——" subtitle and a block 第一, next to circled footnote marks) on a government bulletin, template
// sites, an archive of transcripts and two mirrors, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into
// lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is
// left are the paragraphs. Every distinct regexCut match is added to the noise list. Titles, noise and outlines
// are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CL_TITLE_1 = '市委第九督导组长韩立成同志在县委班子';
const CL_TITLE_2 = '专题民主生活会上点评时的讲话';
const CL_CHROME = [
  '• 工作简报第31期',
  '• 信息来源:  作者: 发布日期:2014年07月02日 字体:[][][',
  '第三十一期',
  '2014627',
];

const YH_PROMO = '前言:本站為你精心整理了領導鎮委會議講話范文,希望能為你的創作提供參考價值,我們的客服老師可以幫助你提供個性化的參考范文,歡迎咨詢。';

const WX_TITLE = '开学典礼的讲话稿';
const WX_CHROME = [
  '返回首页',
  '文学网 > 百科 > 演讲稿 > 正文',
  '2025/12/09演讲稿',
  '文学网整理的开学典礼的讲话稿(精选6篇),供大家参考,希望能给您提供帮助。',
  '开学典礼的讲话稿 篇1',
];

const CC_TITLE = '许明远陈振华谢国梁接见北京中学代表时的讲话';
const CC_NAMES = '许明远、陈振华、谢国梁';

const GS_TITLE = '一二九演讲稿:在纪念一二九运动周年大会上的讲话';
const GS_CHROME = [
  '现在的位置: 故事大全首页 > 学习资源 > 演讲稿 >',
  '2017-06-29 06:06:13 /故事大全',
  GS_TITLE + '是一二九演讲稿的经典,只要你仔细了解并细心体会其中的技巧,你一定能够做好一个完美的演讲!',
];

export const specs = {
  '07-jianghua-clcgzc-gov-jianbao-bullets-two-line-title-yi-stop-yishi-colon': {
    source: 'http://clcgzc.com/html/html102266216892.html',
    kind: 'speech: 讲话 (督导组长 at a county standing committee\'s 专题民主生活会; a government work bulletin)',
    tests: 'a government page carrying a 工作简报: bulleted chrome lines ("• 工作简报第31期", "• 信息来源:  作者: 发布日期:… 字体:[][][" cut mid-widget, a bullet alone with trailing spaces), the bulletin\'s issue line "第三十一期" and a run-together date "2014627", whitespace-only lines, everything indented with four spaces; the title over two lines; the speech\'s own date line "(2014年6月24日,根据录音整理)"; "主要表现在三个方面:" then a paragraph opening "一、会前准备充分。" (a heading with a full stop, its body glued after it); the next paragraph "三个充分是:一是…。…二是…。…三是…。" — 一是 after a colon, 二是/三是 after full stops; "“4+2”" label; text cut mid-sentence',
    isSpeech: true,
    title: CL_TITLE_1 + CL_TITLE_2,
    noise: CL_CHROME,
    dropLines: [...CL_CHROME, '•', CL_TITLE_1, CL_TITLE_2],
    outline: [
      { level: 1, marker: '一、', text: '会前准备充分' },
      { level: 2, marker: '一是', text: '组织学习充分', optional: true },
      { level: 2, marker: '二是', text: '征求意见充分', optional: true },
      { level: 2, marker: '三是', text: '谈心交心充分', optional: true },
    ],
  },
  '08-jianghua-0312yh-big5-qianyan-promo-no-title-yi-paren-yi-stars': {
    source: 'http://www.0312yh.com/article/yjzc/hyfy/200906/143950.html',
    kind: 'speech: 讲话 (closing a township party committee\'s work meeting; traditional)',
    tests: 'a traditional template page with no title line: it opens with a "前言:本站為你精心整理了…講話范文,…歡迎咨詢。" promo (naming the document, with the simplified leftover 范文), then "同志們:"; "*" placeholders for names and years ("*、*、*", "*潭", "20*年", "黨的*"), "09年度" and the leftover 以后; "下面,我再講三點意見,供大家參考。" then a 一、 heading line and, after one paragraph, a "(一)" heading line with half-width parentheses; text cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [YH_PROMO],
    dropLines: [YH_PROMO],
    outline: [
      { level: 1, marker: '一、', text: '客觀研判形勢,進一步增強抓好工作的責任感和緊迫感' },
      { level: 2, marker: '(一)', text: '我鎮經濟發展的基本面總體向好' },
    ],
  },
  '09-jianghua-wenxue-kaixue-breadcrumb-promo-pian1-diyi-dier-cut': {
    source: 'https://www.wenxue.cc/article/284033.html',
    kind: 'speech: 讲话稿 (开学典礼 at a sports school; collection page)',
    tests: 'a collection page: "返回首页", a breadcrumb "文学网 > 百科 > 演讲稿 > 正文", the page title, a date glued to the category ("2025/12/09演讲稿"), a "文学网整理的…(精选6篇),供大家参考…" promo, the piece heading "开学典礼的讲话稿 篇1" (title, space, piece number), blank lines between all lines; a three-part salutation with 教练; "提出如下希望和要求。" then block "第一,…" and "第二,…" paragraphs, the second cut after its first comma ("全面")',
    isSpeech: true,
    title: WX_TITLE,
    noise: [...WX_CHROME, '(精选6篇)'],
    dropLines: [...WX_CHROME, WX_TITLE],
    outline: [
      { level: 1, marker: '第一,', text: '新学期要加强思想建设,自觉提升道德修养,共建文明校园、团结集体' },
      { level: 1, marker: '第二,', text: '新学期要勤奋学习,全面' },
    ],
  },
  '10-jianghua-ccrd2023-transcript-speaker-labels-paren-preview-yi': {
    source: 'https://ccrd2023.github.io/HTML/0/3/7/000994.htm',
    kind: 'speech: 讲话 (a transcript of three leaders receiving middle-school representatives; archive page)',
    tests: 'an archive page of a transcript: the title, the speakers\' bare names on a line of their own, then exchanges with speaker labels glued to each paragraph ("许明远:", "高建川:", "群众:") and a stage direction "(大笑)"; "下边主要讲三个问题:" then a preview list of three block lines "(一)…;", "(二)…;", "(三)…。" (semicolons, the last with a full stop), then the first part opening "(一)…。" again with its body glued after the full stop; "……," elisions; text cut mid-sentence',
    isSpeech: true,
    title: CC_TITLE,
    noise: [CC_NAMES],
    dropLines: [CC_TITLE, CC_NAMES],
    outline: [
      { level: 1, marker: '(一)', text: '如何对待来学校帮助军训的解放军同志;', optional: true },
      { level: 1, marker: '(二)', text: '团结和纪律的问题;', optional: true },
      { level: 1, marker: '(三)', text: '中学生当前的主要任务', optional: true },
      { level: 1, marker: '(一)', text: '如何对待来学校帮助军训的解放军同志' },
    ],
  },
  '11-jianghua-416w-big5-pinyin-no-title-notes-diyige-wenti-diyidian': {
    source: 'http://416w.cn/2009/0114/563555.shtml',
    kind: 'speech: 讲话 (at a 1956 plenary session, on planning; traditional mirror)',
    tests: 'a traditional mirror with converter pinyin after 對/計/數/經/點/來/會/問/個/報/國/… (every occurrence), also inside the ordinals ("第一個(gè)問(wèn)題,", "第一點(diǎn),", "第二點(diǎn),"); no title: the capture opens with the date line in parentheses; footnote marks 〔126〕 and 〔67〕 glued into sentences; two mis-encoded runs with broken pinyin ("周?chē)值車(chē)?guó)家", "們?cè)诮ㄔO(shè)中"); simplified leftovers (以后, 并, 那么, 后果); text cut inside a pinyin annotation ("經(jīng)濟(jì)發(f")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '第一個問題,', text: '結合剛才振華同志所作的政治報告', optional: true },
      { level: 2, marker: '第一點,', text: '社會主義國家同樣可能犯沙文主義〔67〕的錯誤,有的已經犯了', optional: true },
      { level: 2, marker: '第二點,', text: '也就是剛才振華同志講到的', optional: true },
    ],
  },
  '12-jianghua-gushidaquan-site-title-breadcrumb-dash-subtitle-circled-notes-diyi': {
    source: 'http://gushidaquan.cc/xuexi/yanjianggao/2210680.html',
    kind: 'speech: 讲话 (1939, at a meeting commemorating 一二·九; a story site\'s 演讲稿 page)',
    tests: 'the site title "一二九演讲稿:在纪念…的讲话" (category prefix and a colon) printed above and below a "现在的位置: …演讲稿 >" breadcrumb and a whitespace-only line, a "date time /故事大全" line, a promo that glues the title to "是一二九演讲稿的经典,…完美的演讲!"; the speech\'s own "——在纪念一二·九运动①四周年大会上的讲话" subtitle and date line; circled footnote marks glued inside words ("运动①四周年", "林放②同志"), "~" where the site removed words; "这就要从…讲起。" then a block "第一," paragraph (no 第二 in the capture)',
    isSpeech: true,
    title: GS_TITLE,
    noise: [...GS_CHROME, '是一二九演讲稿的经典,只要你仔细了解并细心体会其中的技巧,你一定能够做好一个完美的演讲!'],
    dropLines: [...GS_CHROME, GS_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在纪念一二·九运动①四周年大会上的讲话', optional: true },
      { level: 1, marker: '第一,', text: '一二·九运动究竟是怎么一回事,同志们都清楚,刚才林放②同志也介绍过了' },
    ],
  },
};
