// Gold specs for holdout round 18, part a (cases 01–06): business and ceremony speeches. Four spoken pieces (a city's
// 主持词 for its 劳动模范和先进集体 表彰大会 on a traditional-script mirror with converter pinyin after a fixed set of
// characters, the title on its own line, the salutation glued to "現在開會。", an anti-copy backtick ("人員的`有"), the
// eight-item agenda "一是…;二是…;…八是…。" after a colon and a courtesy block "首先," among the "下面,…" stage lines;
// an employee's 发言 at a company's 优秀员工 selection on a content farm, its only title in 【】 glued before the
// salutation, block "首先,"/"最后," paragraphs and an inline 首先/其次/再者/最后 run after commas and semicolons; a
// district leader's 奠基仪式 讲话稿 on a 范文 site whose site title is a lottery brand ("图片", the brand line, a
// breadcrumb ending "> >", a "来源::未知 | 作者:<brand> | 本文已影响" meta line that swallowed the 各 of the salutation),
// four-space indents and a closing "最后," cut mid-phrase; a city leader's 致辞 at a hydro plant's 建成周年庆典 under
// "Skip to main content", a breadcrumb with a leading space and a "date 浏览:" line) and two written pieces (a company
// blog's report of its 年会分会, page 3, which prints the chairman's speech after "董事长说:" between photo captions;
// a traditional mirror of a company news item on its 年度工作誓师大会 with slogan subheads and the chairman's
// "三点要求:一要…。二要…。三要…。" reported in the third person). Written from page.txt alone, before any engine
// ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SC_TITLE = '先進集體表彰大會主持詞';

const SY_TITLE = '评选优秀员工的发言稿范文';

const YN_BRAND = '新浪足球彩票_新浪足彩-彩经网体育推荐';
const YN_CRUMB = '当前位置:主页 > 范文 > 讲话致辞 > 开闭幕词 > >';
const YN_META = '来源::未知 | 作者:新浪足球彩票_新浪足彩-彩经网体育推荐 | 本文已影响';
const YN_TITLE = '办公楼奠基仪式讲话稿';

const YJ_SKIP = 'Skip to main content';
const YJ_CRUMB = '主页 > 致辞发言 > 周年庆典 >';
const YJ_DATE = '2009-02-26 08:00 浏览:';
const YJ_TITLE = '建成周年庆典大会领导致辞';

export const specs = {
  '01-zhuchici-shcdff-big5-pinyin-biaozhang-dahui-backtick-yishi-colon-shouxian': {
    source: 'http://shcdff.com/zhuchici/1814043.html',
    kind: 'speech: 主持词 (the chair of a city\'s 劳动模范和先进集体 表彰大会 on the eve of 五一; traditional-script mirror of a 范文 site)',
    tests: 'a traditional mirror with converter pinyin after a fixed set of characters (進(jìn), 節(jié), 導(dǎo), 領(lǐng), 發(fā), 獻(xiàn), 負(fù)責(zé)…) including the title "先進(jìn)集體表彰大會主持詞" on its own line and "(工)" that is not pinyin; the salutation glued to the body ("同志們:現在開會。在…"); placeholders "...." and "..." for names; an anti-copy backtick glued mid-phrase ("參加今天會議的人員的`有:"); the agenda "今天的會議有8項議程:一是奏國歌;二是…;…八是…。" (一是 after a colon, 二是…八是 after semicolons, the last items run to the full stop); stage lines "下面,進行會議第N項,…;" ending in semicolons, the authored slip "進行會議進行第三項", a block "首先,頒發…;" without 其次, five identical "下面,請上臺領獎;" lines, a line without final punctuation, and the cut at the end without a stop',
    isSpeech: true,
    title: SC_TITLE,
    noise: ['員的`有'],
    replace: [['人員的`有', '人員的有']],
    regexCut: [PINYIN],
    dropLines: [SC_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '奏國歌', optional: true },
      { level: 1, marker: '二是', text: '市委常委、組織部部長...同志宣讀表彰通報', optional: true },
      { level: 1, marker: '三是', text: '頒獎', optional: true },
      { level: 1, marker: '四是', text: '青年志愿者獻花', optional: true },
      { level: 1, marker: '五是', text: '勞動模范和先進集體代表作經驗交流', optional: true },
      { level: 1, marker: '六是', text: '受表彰的勞動模范代表宣讀《致全市廣大職工的倡議書》', optional: true },
      { level: 1, marker: '七是', text: '市委副書記、市長....同志代表市委、市政府向受表彰者表示祝賀并作重要講話', optional: true },
      { level: 1, marker: '八是', text: '全體起立,全場合唱《咱們工人有力量》', optional: true },
      { level: 1, marker: '首先,', text: '頒發勞動模范獎,獲獎者分五批上臺,共55人;', optional: true },
    ],
  },
  '02-fayan-shuyang-youxiu-yuangong-bracket-title-glued-shouxian-zuihou': {
    source: 'http://renwen.shuyang.tv/jxfw/202508/449509.html',
    kind: 'speech: 发言稿 (an ordinary employee speaking at a company\'s 优秀员工 selection; content farm)',
    tests: 'no site chrome at all: the page\'s only title is printed in 【】 and glued before the salutation on the first line ("【评选优秀员工的发言稿范文】尊敬的各位领导、亲爱的同事们:"), the title keeps 范文 and loses the brackets; "大家好!" on its own line; a block "首先,我想说,…" paragraph and a closing block "最后,我想说,…" paragraph with no 其次 between them (courtesy points); inside a paragraph the qualities run "…员工,首先要有担当。…;其次要有…;再者,要有…;最后,要有…" after a comma and semicolons (prose, not points); quoted “优秀员工”; closing "谢谢大家!"',
    isSpeech: true,
    title: SY_TITLE,
    noise: [],
    replace: [['【评选优秀员工的发言稿范文】尊敬的', '尊敬的']],
    outline: [
      { level: 1, marker: '首先,', text: '我想说,“优秀员工”四个字不只是一份荣誉,更是一份沉甸甸的责任', optional: true },
      { level: 1, marker: '最后,', text: '我想说,不管今天能否当选,我们都要守住一颗向上的心,珍惜每一次成长的机会,努力做更好的自己', optional: true },
    ],
  },
  '03-jianghua-yndrh-dianji-casino-brand-breadcrumb-meta-glued-salutation': {
    source: 'http://yndrh.com/fanwen/address/kaibimu/13925.html',
    kind: 'speech: 讲话稿 (a district leader at the 奠基仪式 of an office building; 范文 site whose site title was replaced by a lottery brand)',
    tests: 'blank lines between the header lines: "图片" (an image\'s alt text), the site title as a lottery brand "新浪足球彩票_新浪足彩-彩经网体育推荐", a breadcrumb "当前位置:主页 > 范文 > 讲话致辞 > 开闭幕词 > >" with an empty last crumb, the title, a meta line "来源::未知 | 作者:<the brand> | 本文已影响" whose view count ate the first character of the salutation, so the next line reads "位领导,各位来宾,同志们,朋友们,上午好!" (kept as printed); paragraphs indented with four spaces; "×××" placeholders; a paragraph of clauses separated by semicolons; a closing "最后,预祝…" paragraph with no 首先 run, cut mid-phrase ("…工作顺利,万事")',
    isSpeech: true,
    title: YN_TITLE,
    noise: ['图片', YN_BRAND, YN_CRUMB, YN_META],
    dropLines: ['图片', YN_BRAND, YN_CRUMB, YN_TITLE, YN_META],
    outline: [
      { level: 1, marker: '最后,', text: '预祝×××办公楼建设一帆风顺,祝各位领导、各位嘉宾、同志们、朋友们工作顺利,万事', optional: true },
    ],
  },
  '04-zhici-51yjg-zhounian-qingdian-skip-link-breadcrumb-date-views': {
    source: 'http://51yjg.com/ww/907.html',
    kind: 'speech: 致辞 (a city leader, once one of the builders, at a hydro power plant\'s 建成投运 周年庆典; 范文 site)',
    tests: 'an English skip link "Skip to main content" as the first line, a breadcrumb " 主页 > 致辞发言 > 周年庆典 >" with a leading space, the title between blank lines, a bare "2009-02-26 08:00 浏览:" line with an empty count right above the salutation "各位专家、各位领导,女士们、先生们:"; paragraphs indented with two spaces; "××" placeholders and a "××、××、……" list of names; "请允许我首先向…" (首先 inside a sentence, no marker); quoted slogans; no outline; text cut mid-word ("…此次庆典活动的专")',
    isSpeech: true,
    title: YJ_TITLE,
    noise: [YJ_SKIP, YJ_CRUMB, YJ_DATE],
    dropLines: [YJ_SKIP, YJ_CRUMB, YJ_TITLE, YJ_DATE],
    outline: [],
  },
  '05-news-dsblog-nianhui-fenhui-dongshizhang-shuo-captions-not-speech': {
    source: 'http://www.dsblog.net/article/view/id/81240/page/3',
    kind: 'non-speech: company news report (page 3 of a blog-portal post on a company\'s 年会 分会, reproducing the chairman\'s speech)',
    tests: 'a news post, not a speech, although most of it is the chairman\'s speech: a breadcrumb "dsblog.net 资讯 » 企业动态 » <headline>", the headline "<company>2020年会海阳分会(之二)召开", a "http://www.dsblog.net <date time>" line, a photo caption naming a guest professor, then the reporter\'s "董事长发表重要讲话。" and "董事长说:" lines before the speech\'s salutation "尊敬的韩教授,各位新老朋友,各位家人,下午好!" and first-person paragraphs, a second caption "董事长发表讲话" between whitespace-only lines, "我首先向各位表示…" inside a sentence, dates and counts ("2021年1月11日", "11天"/"十一天"); the text is cut mid-sentence — a report that quotes a speech at length is still written',
    isSpeech: false,
    title: '金泽恒业2020年会海阳分会(之二)召开',
  },
  '06-news-bmpv-big5-shishi-dahui-yiyao-eryao-subheads-not-speech': {
    source: 'http://m.bmpv.com.cn/Home/Index/Detail?catid=9&id=1082',
    kind: 'non-speech: company news item (a construction group\'s 年度工作誓师大会; traditional-script mirror of the company site)',
    tests: 'a traditional mirror with converter pinyin and a mis-encoded run in the opening slogan ("勇?tīng)?zhēng)先"), no title line: the lead names the date, the group and the 誓师大会, a list of attendees with bracketed unit types, two four-plus-four-character slogan subheads on lines of their own ("搶抓開局 奮勇爭先", "立下軍令 不負使命"), then "<name>董事長在動員講話中…提出了三點要求:一要…。二要…。三要…。" (inline points after a colon and full stops, reported in the third person), the signing of 責任書 and the representatives\' 表態發言; cut mid-word — a report of a 誓师大会, not a speech',
    isSpeech: false,
    title: '',
  },
};
