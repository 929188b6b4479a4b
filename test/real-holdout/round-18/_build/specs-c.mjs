// Gold specs for holdout round 18, part c (cases 13–18): party and government work. Four spoken pieces (a township
// party secretary's 发言 that opens and chairs the 党委 民主生活会, on a 范文 site under a bracketed page title
// "【…主持词与讲话稿】" that names other genres, the document's own title, a "——中共…镇党委书记 XX" byline and an
// "(XX年X月X日)" date line, lines ending in two spaces, whitespace-only lines, the five-item agenda "…议程:一是…;" with
// 二是…五是 each opening a line, "首先请…" without a comma, a "(另有材料)" note, and a 一、 heading cut mid-word; a
// county government leader's 讲话 at the 巡察 feedback meeting of the county government office, the title twice with a
// "(2549字)" count, 同志们:, a 一、 heading line and (一)/(二) points whose first sentence is glued to their body, a blank
// gap where the site dropped a word ("加强 和党风廉政建设") and a cut inside a classical quotation; an untitled 党课 to
// branch secretaries on a document site, paragraphs separated by whitespace-only lines and indented with two spaces, the
// General Secretary's name replaced by "A", a "第一个关键字:历" head line (an ordinal + noun, not in the rule table),
// a block "首先," and inline 一是/二是 after full stops in a paragraph with no marker; a township party secretary's 讲话 at
// the 镇 经济工作会议 on a 范文 site, the title, a "|来源:<site>" line, the title again glued before 同志们:, and text from
// which the site deleted every 年 and 共 ("在新的一里", "同提高", "和衷济", a paragraph opening ",是我们", "关键之。"), a
// 一、 heading line and a block "首先,") and two written pieces (a 心得体会 on 批评和自我批评 under a site slogan and a
// breadcrumb, which offers "谈几点认识,供同志们参考:" and has 一、/二、/三、 heading lines and a "1、" point; a district
// discipline commission's news item on a 巡察 feedback meeting, with "<name>反馈时指出:", "<name>强调:", "<name>表示:"
// label lines over paragraphs that carry the speakers' words, and 一是;二是;三是 after "主要有:"). No 第一书记 表态发言 with
// page noise turned up on a new host. Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const DX_PAGE_TITLE = '【镇党委书记乡镇民主生活会主持词与讲话稿】';

const MK_TITLE = '在巡察县政府办公室反馈会议上的讲话';
const MK_LINE = MK_TITLE + '(2549字)';

const XD_TITLE = '镇党委书记在镇经济工作会议上的讲话';
const XD_META = '|来源:新高考网';

export const specs = {
  '13-fayan-dxf5-minzhu-shenghuohui-bracket-page-title-byline-dateline-agenda-yishi-lines-lingyou-cailiao-yi-cut': {
    source: 'https://m.dxf5.com/wenmigongwen/buwangchuxin/2020/0519/210025.html',
    kind: 'speech: 发言 (a township party secretary opening and chairing the 党委 班子\'s annual 民主生活会; 范文 site)',
    tests: 'a 范文 page whose SEO title in 【】 ("【镇党委书记乡镇民主生活会主持词与讲话稿】") names two genres and differs from the document\'s own title "在XX年度党委民主生活会上的发言"; a "——中共灌阳镇党委书记 XX" byline (position, space, placeholder name; it opens with a dash, so an optional dash item like a —— subtitle) and a "(XX年X月X日)" date line; every line of the document ends in two spaces and a whitespace-only line follows the date; no salutation; the agenda "本次会议共安排五项议程:一是…;" with 二是/三是/四是 each opening its own line and ending in ";" and "五是…。下面按议程逐项进行。"; "首先请鲁镇长通报…。" (首先 without a comma, an agenda step, no 其次); a bare "(另有材料)" note standing for the report read out; a blank line and a two-space line, then "一、对今年以来全镇各项工作的总体评价和分" cut mid-word by the capture; "县纪律" (the site\'s slip for 县纪委) kept',
    isSpeech: true,
    title: '在XX年度党委民主生活会上的发言',
    noise: [DX_PAGE_TITLE, '主持词与讲话稿'],
    dropLines: [DX_PAGE_TITLE, '在XX年度党委民主生活会上的发言'],
    outline: [
      { level: 1, marker: '——', text: '中共灌阳镇党委书记 XX', optional: true },
      { level: 1, marker: '一是', text: '镇党委副书记、镇长鲁志远同志通报上年度民主生活会整改落实情况和今年会前征求意见情况;', optional: true },
      { level: 1, marker: '二是', text: '由我代表班子对党委工作作对照剖析;', optional: true },
      { level: 1, marker: '三是', text: '班子成员逐一开展批评与自我批评;', optional: true },
      { level: 1, marker: '四是', text: '请县委韩书记作重要指示;', optional: true },
      { level: 1, marker: '五是', text: '开展民主测评', optional: true },
      { level: 1, marker: '一、', text: '对今年以来全镇各项工作的总体评价和分' },
    ],
  },
  '14-jianghua-maok-xuncha-fankui-title-twice-char-count-yi-heading-paren-yi-er-inline-blank-gap-quote-cut': {
    source: 'https://maok.cn/index.php?c=preview&id=238484&s=news',
    kind: 'speech: 讲话 (a county government leader at the 巡察 feedback meeting for the county government office; document preview site)',
    tests: 'a preview page: the title printed twice, each time with the site\'s character count "(2549字)" glued after it, blank lines between all lines; "同志们:"; an opening paragraph in the first person ("我代表县政府…提几点要求。"); a "一、…,增强整改落实的政治自觉" heading line with no sentence end; "(一)…。" and "(二)…。" (ASCII parentheses) opening paragraphs, each heading\'s first sentence glued to its body; a blank gap with a space where the site dropped a word ("巡察是加强 和党风廉政建设…"); quoted slogans separated by "、" between the quotes ("“一个中心”、“四个着力”"); a book title in 《》; the text cut inside a classical quotation after a comma ("外疾之害,轻于秋毫,人")',
    isSpeech: true,
    title: MK_TITLE,
    noise: [MK_LINE, '(2549字)'],
    dropLines: [MK_LINE],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识巡察工作的重要意义,增强整改落实的政治自觉' },
      { level: 2, marker: '(一)', text: '巡察工作是党章赋予的一项重要职责,也是管党治党、从严治党的重要支撑和有效手段' },
      { level: 2, marker: '(二)', text: '巡察工作是强化党内监督的战略性安排,是落实中央巡视工作要求的重要举措' },
    ],
  },
  '15-dangke-gongwento-zhibu-no-title-space-lines-a-zongshuji-censor-diyige-guanjianzi-shouxian-inline-yishi-ershi': {
    source: 'https://gongwento.com/partylecture/2447608.html',
    kind: 'speech: 党课 (a lecture to party branch secretaries on branch building; document site, "partylecture" section)',
    tests: 'no title and no site chrome in the text: "同志们:" first, then every paragraph separated by a blank line, a line holding one space and another blank line, and indented with two spaces; the first person "给大家讲一堂党课"; the General Secretary\'s name replaced by the letter "A" ("A总书记强调,“…”", left as printed like other censored text); "3个“li”(历、力、立)" with pinyin in quotes and characters in parentheses; a head line "第一个关键字:历" (第一个 + noun + colon, not an ordinal of the rule table); a block "首先,要学“历史脉络”。" with no 其次 inside the capture; "中国共产党党自成立以来" (doubled 党 as printed); a paragraph opening without a marker with inline "一是…。" and "二是…。" after full stops; a year and month ("1926年7月") and a document in 《》; the text cut mid-word inside a quotation ("今后要把党的真正基")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一个关键字:', text: '历', optional: true },
      { level: 1, marker: '首先,', text: '要学“历史脉络”' },
      { level: 2, marker: '一是', text: '搭建党支部建设的理论框架' },
      { level: 2, marker: '二是', text: '树立“一切工作归支部”的鲜明导向' },
    ],
  },
  '16-jianghua-xindetihuiya-zhen-jingji-pipe-laiyuan-meta-glued-title-salutation-dropped-nian-gong-chars-yi-shouxian': {
    source: 'http://xindetihuiya.com/xuexi/fayan/283862.html',
    kind: 'speech: 讲话 (a township party secretary at the 镇 经济工作会议 with commendations; 范文 site)',
    tests: 'a 范文 page: the title, a "|来源:新高考网" line (a bar and another site\'s name), then the title again glued before "同志们:" on one line; the site deleted every 年 and 共 from the text, so that phrases lose a character ("在新的一里", "同提高", "向一来", "和衷济", "对今的工作", "关键之。") and a year at the start of a paragraph leaves it opening with a comma (",是我们…") and another sentence with "。," ("判断。,全镇"); a place name kept; semicolons between long clauses of the opening paragraph; "下面,我再强调几点意见。"; a "一、…的信心和决心" heading line; a block "首先,要…判断。" with no 其次 inside the capture; text cut mid-word ("面对严重困难和巨大挑")',
    isSpeech: true,
    title: XD_TITLE,
    noise: [XD_META, '新高考网'],
    replace: [[XD_TITLE + '同志们:', '同志们:']],
    dropLines: [XD_TITLE, XD_META],
    outline: [
      { level: 1, marker: '一、', text: '认清形势,把握大局,坚定科学发展率先崛起的信心和决心' },
      { level: 2, marker: '首先,', text: '要对已有的成绩和今后的发展走势有一个基本的判断' },
    ],
  },
  '17-xinde-mianshila-minzhu-shenghuohui-piping-site-slogan-breadcrumb-tongzhimen-cankao-yi-er-san-headings-not-speech': {
    source: 'http://mianshila.com/xindetihui/xdthfw/19272.html',
    kind: 'non-speech: 心得体会 (a party member\'s reflections on 批评和自我批评 for a 专题组织生活会; 范文 site)',
    tests: 'a 范文 site: the slogan line "面试啦 - 提供专业面试问题及答案、面试技巧、助您成功面试!", the breadcrumb "您的当前位置:首页 > 文书 > 心得体会 > 心得体会范文 > 正文", the title "党员民主生活会自我批评心得体会"; paragraphs indented with two spaces; the opening ends "借这次…召开专题组织生活会…的机会,谈几点认识,供同志们参考:" (addressed to comrades, like a talk); 一、/二、/三、 heading lines, a quotation of Mao, four "…的法宝;" clauses, and "1、站好起点,起点要高。" under 三、; cut after a comma — the title names a written genre (心得体会), so not a speech',
    isSpeech: false,
    title: '党员民主生活会自我批评心得体会',
  },
  '18-news-xdlzw-gov-xuncha-fankui-huiyi-speaker-labels-zhichu-qiangdiao-biaoshi-yishi-after-colon-not-speech': {
    source: 'https://www.xdlzw.gov.cn/show.asp?id=3052',
    kind: 'non-speech: news report (a district 纪委 site on the 巡察 feedback meeting for the district party committee office)',
    tests: 'a government news item with no headline in the text: a lead in the third person naming the four officials and their roles ("…主持会议并作表态发言。"); then three label lines "<name>反馈时指出:", "<name>强调:", "<name>表示:", each over a paragraph that carries the speaker\'s words without quotation marks (the second in the imperative "区委办要…", the third in the first person "我们"); "主要有:一是…;二是…;三是…。" after a colon; quoted slogans ("要我整改"/"我要整改", "三重一大", "后半篇文章"); cut mid-sentence ("我们") — a report of a meeting, not a speech',
    isSpeech: false,
    title: '',
  },
};
