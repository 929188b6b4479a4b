// Gold specs for holdout round 24, part b (cases 07–12): hosts' scripts (晚会/联欢会 串词 with 男/女/合 or named labels,
// 开幕式 主持词) and their look-alikes. Four spoken pieces (a two-host 中秋文艺晚会 script for a residential community,
// first piece of a 范文 page: a "【导语】…励志台Lztai.com为大家整理了《…》…" promo, the piece heading "【篇一】<title>" glued to
// the title, 男:/女:/合: turns and block headings 一、/二、/三、 naming the programme's parts, cut mid-sentence; a one-host
// 春节联欢会 script of a cultural centre on a traditional-script mirror with converter pinyin, the title line on top, three
// mis-encoded runs, quiz lines "第一題,"/"第二題," (ordinal + noun, no markers), an answer in ASCII parentheses on its
// own line; a four-host 元旦文艺汇演 script, first piece of a "15篇" collection: page title, a 时间 line, the collection
// title twice, a 小编 promo, the piece heading "…主持稿1", "(蓓):"/"(叶):"… labels, a "(合)" label inside a line,
// programme numbers glued after a label ("宁1."/"乾2."), a "……此处隐藏13204个字……" fold after which the text is another
// piece (a 甲/乙 红领巾广播 script with a lone "二、" heading); a two-host 运动会开幕式 script with no site noise, whose
// capture opens after its first part's marker: "(女)"/"(男)" labels, a "合:" label glued after "大家,上午好!", ASCII
// quotes, a lone "二、入场式" heading, then "1、"/"2、"/"3、" 入场式 items) and two written look-alikes (a Q&A-site answer
// giving a 中秋晚会 策划方案 with 一、…五、 headings and 1.…7. items, one of them "主持人致辞"; an association's 通知 of a
// 表彰大会 whose 议程 lists "领导讲话" and 先进代表发言 — a notice, not a speech).
// Judgement calls:
// - 07: "【篇一】<title>" is a piece heading with the title glued to it: listed whole as noise (as round 4's
//   "篇一:述职述廉大会主持词") and dropped; the title is the piece's own name. The 【导语】 promo is noise. 一、/二、/三、 are
//   standalone heading lines, level 1; "男:本次…首先由…" is no marker (a speaker label opens the line). "――" stays.
// - 08: the title line is the title (dropped, not listed); pinyin cut via regexCut. The mis-encoded runs stay as printed;
//   in "?guī)淼氖菗P(yáng)琴" the "(yáng)" is still a whole annotation and goes with the other pinyin (as round 20's 01),
//   while "?chuàng)" and "?dòng)" have lost their "(" and stay. "第一題,"/"第二題," are ordinal + noun (like 第一项): no
//   outline. "(16場)" and the answer line "《晚霞滿天》、《這回值了》" are the script's own lines.
// - 09: title "元旦文艺汇演主持稿" (page title and piece title without its number); the collection title "…15篇" is noise
//   both times, the 时间 line, the promo and the piece heading "…主持稿1" too. The fold marker is cut and the line split
//   there (as round 14's "此处隐藏" case): the text after it belongs to a later piece of the collection but is page text
//   the user copies, so it stays as paragraphs. "宁1."/"乾2." do not open their paragraphs (a speaker label comes first,
//   as "女:…首先," in round 21), and "二、说由来" has no 一、 before it in the capture: outline empty, not optional.
//   The typo "经学歌颂" (for 经常) stays as printed.
// - 10: no title and no site noise; "宣布:开幕式隆重开始" is the script's own stage line. "二、入场式" does not start a
//   run (the capture has no 一、), so it is no marker; "1、国旗护卫队"/"2、校徽方阵"/"3、鼓乐队" are standalone heading lines
//   of the arabic family starting at 1 and, with no heading above them, sit at level 1 (required, not optional).
// - 11: a Q&A page giving an event plan is written, though one item is "主持人致辞"; its title is the page's heading without
//   the bracketed category "(策划方案)" (a decoration, as round 20's 13).
// - 12: a 通知 whose agenda names 讲话 and 发言 is written; its title is the notice's own.
// Looked for and not found on a new host: a 会议/表彰大会/座谈会 主持词 with a numbered 议程 (the ones the pages corpus
// returns sit on hosts already in used-hosts.txt: 78911, 365docx, shcdff, xiaomilidoc, ggfwb, wnwk, baiyunpiaopiao,
// caihuazhai, oh100, taowenge; ovod.cn is a clone of the used lovfp.com and 92hp.com the same 励志台 site as case 07),
// a 文库 viewer with page numbers or a 精品文档 banner around a 主持词 (docduoduo, 001doc, zixin, wenke99 are used), a WeChat
// reprint of a 主持词, a 会议纪要 proper (the pages corpus answers with guides to writing one) and a 节目单 page that is not
// an essay. Case 11's host belongs to the "jxfw" network of Q&A mirrors whose other hosts were used in earlier rounds
// (renwen.jjcmw.cn and others); the host itself is new.
// Written from page.txt alone, before any engine ran on it. People's, schools' and places' names in the prose were
// replaced by fictional ones; the prose was rewritten in new words, the site noise kept as found; the traditional page
// was written directly in traditional characters, with the mirror's pinyin put back after the same characters (節, 聯,
// 會, 領, 導, 時, 經, 嚴, 業, 運, 揚, 團, 獨, 進, 獎, 動, 報, 個, 環, 規, 預, 內, 術, 達) and its mis-encoded runs kept.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CM_PROMO =
  '【导语】主持词的写作特点就是自由随性。不同主持词内容适应不同的节目,一个好的活动开展,不可或缺的是主持人富有魅力的主持。' +
  '励志台Lztai.com为大家整理了《2020中秋节文艺晚会主持词》,希望以下内容可以帮到您!';
const CM_TITLE = '2020中秋节文艺晚会主持词';
const CM_PIECE = '【篇一】' + CM_TITLE;

const DG_TITLE = '文化館春節聯歡會主持詞';

const CB_TITLE = '元旦文艺汇演主持稿';
const CB_META = '时间:2023-01-15 18:40:53';
const CB_COLL = CB_TITLE + '15篇';
const CB_PROMO =
  '在现在的社会生活中,很多地方都会使用到主持稿,主持稿的写作没有固定格式,它的最大特点就是富有个性。' +
  '你所见过的主持稿是什么样的呢?下面是小编收集整理的元旦文艺汇演主持稿,欢迎大家分享。';
const CB_PIECE = CB_TITLE + '1';
const CB_HIDDEN = '……此处隐藏13204个字……';

export const specs = {
  '07-zhuchici-cm4q-zhongqiu-wanhui-daoyu-pianyi-nan-nv-he-yi-er-san': {
    source: 'http://m.cm4q.com/zhuchici/202004/372369.html',
    kind: 'speech: 主持词 (two hosts of a residential community\'s 中秋文艺晚会; first piece of a 范文 page)',
    tests: 'a "【导语】…励志台Lztai.com为大家整理了《…》,希望以下内容可以帮到您!" promo naming the title in 《》; the piece heading "【篇一】2020中秋节文艺晚会主持词" with the title glued to the tag; every turn labelled 男:/女:/合:, the salutation split over three labelled lines without a colon at their ends; parallel couplet lines ending in ";"; "xx社区"/"xx物业" placeholders; a doubled horizontal bar "――" inside a quoted slogan; standalone part headings "一、致辞并宣布晚会开幕", "二、开场舞(今夜一起跳)" (ASCII parentheses) and "三、脑力大比拼" between the turns; "首先" after a speaker label (no marker); cut mid-sentence ("我们进行的第")',
    isSpeech: true,
    title: CM_TITLE,
    noise: [CM_PROMO, CM_PIECE],
    dropLines: [CM_PROMO, CM_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '致辞并宣布晚会开幕' },
      { level: 1, marker: '二、', text: '开场舞(今夜一起跳)' },
      { level: 1, marker: '三、', text: '脑力大比拼' },
    ],
  },
  '08-zhuchici-dgahdf-big5-pinyin-chunjie-lianhuanhui-mojibake-diyiti': {
    source: 'http://www.dgahdf.cn/zhuchici/0coc29007ec8.html',
    kind: 'speech: 主持词 (the host of a cultural centre\'s staff 春节联欢会; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (節(jié), 聯(lián), 會(huì), 領(lǐng), 導(dǎo), 時(shí), 獎(jiǎng), 個(gè), 動(dòng)…), in the title line on top too; the salutation glued to "下午好!"; a space for a comma ("時光飛逝 年華似水!") and a comma followed by a space; three mis-encoded runs ("?guī)淼氖菗P(yáng)琴" with a whole annotation inside, "?chuàng)尨鸷陀螒。" and "?chuàng)尨鸹顒?dòng)" with lost parentheses); a line without a closing full stop; quiz lines "第一題,"/"第二題," (ordinal + noun, no markers) with the answer "(16場)" in ASCII parentheses and a line of two 《》 titles on their own; simplified leftovers (一年里); cut mid-word ("意")',
    isSpeech: true,
    title: DG_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [DG_TITLE],
    outline: [],
  },
  '09-zhuchigao-cnbleu-yuandan-huiyan-collection-paren-labels-hidden-fold': {
    source: 'https://cnbleu.com/gaojian/zhuchigao/4070.html',
    kind: 'speech: 主持稿 (four student hosts of a middle school\'s 元旦文艺汇演; first piece of a "15篇" collection page)',
    tests: 'the page title, a "时间:…" line, the collection title "元旦文艺汇演主持稿15篇" twice, a generic 小编 promo, the piece heading "元旦文艺汇演主持稿1" (no 篇); blank lines between all lines; labels in ASCII parentheses before a colon ("(蓓):", "(叶):", "(乾):", "(宁):") and a "(合)" label inside a line; "**年" placeholders; programme numbers glued after a bare label ("宁1.锣鼓声里…", "乾2.母亲是…"), so no line opens with a marker; class names with ASCII parentheses ("七(4)班"); a "……此处隐藏13204个字……" fold after "《蒙在鼓 " (a space, a cut skit title), after which the text is a later piece (a 甲:/乙: 红领巾广播 script with a lone "二、说由来" heading and no 一、); the typo "经学歌颂"; cut mid-sentence ("开学初")',
    isSpeech: true,
    title: CB_TITLE,
    noise: [CB_META, CB_COLL, CB_PROMO, CB_PIECE, CB_HIDDEN],
    replace: [['《蒙在鼓 ' + CB_HIDDEN + '赶走', '《蒙在鼓\n赶走']],
    dropLines: [CB_TITLE, CB_META, CB_COLL, CB_PROMO, CB_PIECE],
    outline: [],
  },
  '10-zhuchici-xietoutiao-yundonghui-kaimushi-er-without-yi-arabic-items': {
    source: 'https://xietoutiao.com/ty/409690.html',
    kind: 'speech: 主持词 (two hosts of a rural school\'s 秋季运动会 开幕式)',
    tests: 'no title and no site noise: the capture opens with the stage line "宣布:开幕式隆重开始" (its part\'s marker lost); the salutation spread over four lines with "(女)"/"(男)" labels in ASCII parentheses and no colon; "大家,上午好!合:大家,上午好!" with a second turn\'s label glued mid-line; 男:/女:/合: turns, a "(合)现在-正式-开始!" line with hyphen pauses; ASCII double quotes around slogans; a lone "二、入场式" heading with no 一、 in the capture (no marker), a stage direction "(播放音乐)"; then standalone items "1、国旗护卫队", "2、校徽方阵", "3、鼓乐队", each followed by its commentary paragraph; "20xx年"; cut mid-quote ("博学、")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1、', text: '国旗护卫队' },
      { level: 1, marker: '2、', text: '校徽方阵' },
      { level: 1, marker: '3、', text: '鼓乐队' },
    ],
  },
  '11-fangan-usqs-zhongqiu-wanhui-qa-crumb-zhuchiren-zhici-not-speech': {
    source: 'http://bbs.usqs.cn/jxfw/202507/258254.html',
    kind: 'non-speech: plan (a Q&A page\'s answer giving a 中秋 party 策划方案)',
    tests: 'a Q&A mirror page: breadcrumb "首页 > 百科知识 > 精选范文 >", the title "2020中秋主题晚会方案(策划方案)", an empty "更新时间:发布时间:" line, "问题描述:" with a stock question, "最佳答案"/"推荐答案" labels and a time stamp; the answer opens with the title glued to a stray "】"; headings 一、活动主题 … 五、宣传推广 on their own lines, "- " dash items, 1.…7. items each followed by a line of explanation, one of them "2. 主持人致辞" and another naming a closing chorus — a plan that mentions hosts and speeches, not a script; cut mid-word ("宣")',
    isSpeech: false,
    title: '2020中秋主题晚会方案',
  },
  '12-tongzhi-gdis-biaozhang-dahui-news-detail-yicheng-jianghua-not-speech': {
    source: 'http://gdis.com.cn/home/articleDetail/8a81815f6bab6fce016bd9cf35a645d0?pageNumber=8',
    kind: 'non-speech: notice (an industry association\'s 通知 of a national 表彰大会)',
    tests: 'a news-detail page: "新闻详情" header, the title "关于召开…表彰大会的通知", a date glued to a view count ("2019-07-10 2231"); an addressee line ending in a colon like a salutation ("各省(自治区、直辖市)评选机构、各有关单位:"); indented paragraphs; headings 一、…六、 with 1.…5. items, times and ranges ("16:30-17:10", "1-3人"), an agenda "五、表彰大会主要议程" whose items are "宣读表彰决定", "先进代表发言" and "…领导讲话" — a notice about a meeting, not a speech or a host\'s script; cut at a colon',
    isSpeech: false,
    title: '关于召开全国铸锻行业先进集体劳动模范和先进工作者表彰大会的通知',
  },
};
