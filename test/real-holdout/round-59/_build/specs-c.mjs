// Gold specs for holdout round 59, part c (cases 13–18): natural resources, meteorology, earthquake and surveying
// offices, land and forestry. Four spoken pieces (a provincial land bureau chief's 讲话 at a 全国土地日 publicity ceremony
// on a state-farm group's company site (nk93.com.cn): an English header "News center", a column label "领导讲话", the
// title naming the speaker, a "发布日期:… 浏览次数:558" meta line, the speaker's byline with his post, a date line, lines
// holding one no-break space between all lines, full-width indents, the salutation and "大家好!" on separate lines, the
// day's official theme in quotes with three spaces inside it, "首先要…;其次是…" inside one sentence (prose), cut mid-
// sentence ("…就"); a forestry official's 讲话 at a pine-wilt-disease inspection feedback meeting on a provincial pest-
// control station's government site (jxsfw.gov.cn): a "首页 > … > 正文" breadcrumb, the title, a "发布时间/来源/阅读:"
// meta line with an empty view count, no salutation (the talk opens "刚才…作了介绍和交流"), rhetorical questions, a
// quoted three-part slogan, figures with "%", cut mid-sentence; a school's 国旗下讲话 for 防灾减灾日 (earthquake safety) on a
// traditional-script mirror (m.91mayou.com) with converter pinyin after a fixed set of characters (發(fā), 現(xiàn),
// 結(jié), 經(jīng), 調(diào), 領(lǐng)), in the meta line too, the title twice around a "發布時間/來源: 演講稿/點擊:" line,
// the site's lost indentation printed as ASCII question marks ("? ?" lines between all paragraphs, "? ?" glued before
// two paragraphs and after the salutation, " ?" after the last "!", eight lone "?" lines), xx/“xxxxx” placeholders,
// numbers spaced out ("2008 年 5 月 12 日"), four block points "1."…"4." after a full stop, a "熱點文章閱讀" tail; a
// contestant's 致辞 opening a 测绘 (surveying) skills contest on a resource site (shanxier.cn): the title and the whole
// short speech with blank lines between all lines and no site chrome, an inline "首先," after a full stop and a
// closing block "最后," paragraph, "谢谢大家!") and two written look-alikes (a city news portal's report (zgzyw.com.cn) of
// a national 人工影响天气 (weather modification) field meeting whose breadcrumb, headline "…召开 冯岩致辞 詹远庞振宇讲话 …
// 主持 …出席", source, "0 人参与互动" and time are printed as one line, then a 新华-style lead and "冯岩在致辞中说…" / "詹远在
// 讲话中指出…" in the third person — a news report; a land-planning deputy director's signed study article on 三个务必
// (kyfz.org.cn): a byline with a spaced name as the first line, first-person "我深感自豪", a quoted passage of the
// congress report, a bold-style sub-point line run into its paragraph — a 心得 article, not a speech).
// Judgement calls: 13's title is the title line as printed, the speaker's name included; "News center", the column label
// and the meta line are noise; the byline "省厅驻农垦总局国土资源局局长  蒋立川" and the date line stay as the speech's own
// header (they carry a post and a date, as the shared corpus's case 58); the no-break-space lines are whitespace; "首先要…;
// 其次是…" sits inside a sentence after "土地", so there is no outline. 14's title is the title line; no salutation is no
// reason to doubt the genre (the title names a 讲话 and the text speaks to the meeting); the questions and 所以 paragraphs
// are no points. 15's title is the page's title line (printed twice; the second copy is dropped, not listed); the meta line
// (with its pinyin) and "熱點文章閱讀" are noise; the pinyin goes by regexCut as in earlier rounds; the "? ?" and "?" lines
// and the glued question marks are the site's lost indentation and are noise (listed as "? ?"), cut by replace steps and
// dropped as lines, as round 29's 07 and round 54's 14; "1."…"4." open their paragraphs after a full stop, so they are
// required level-1 arabic headings, each text its first sentence cut at the first comma when longer than 50 characters
// (items 1 and 3 are 47 and 43 characters long and keep their commas); "第一陣震動" inside item 2 is prose. 16's first
// line is the document's own title (dropped, not noise); the inline "首先," after a full stop is a run of one (no second
// inline marker in its paragraph), and the block "最后," continues no open run, so the outline is empty — by the rules and
// to a reader alike (a courtesy opening and closing, not structure); the page is shorter than 600 characters because the
// stored page holds nothing else. 17 is a news report (third-person 致辞/讲话, a 记者-style lead); 18 is a signed article,
// written to be read. All private people's, officials' and small places' names are fictional (the bureau chief and the
// state farm in 13; the two officials, the professor and the county in 14; the school's name stays a placeholder in 15;
// every official in 17; the author in 18).
// Looked for and not found on a new host: a 自然资源/国土 or 林业 work-meeting 讲话 with 一、/（一） or 一是/二是 in the capture
// (the corpus answers with used hosts: 6dgww, huangminedu, xiexiebang, e-gov.org.cn, fanwy, wm114, gwyoo, wmjy, laobiganzi,
// wenku.docs.qq.com, xiaomilidoc, gongwen.com.cn, mishuzj, yisougongwen, 01861, x1762, e.wenmi.ren, m.wydbw,
// xiezuofangchengshi, 1mishu, sanweiyuan, 218.28.6.71); a 气象局 or 地震局 leader's speech with numbered points (only news
// reports and the used e-gov.org.cn and earthlab.m2.72zhan/cma.gov.cn pages); a 测绘 work-meeting speech (only news on
// traditional mirrors); a 森林防火 or 植树 动员 speech on a template site outside used families (p719, popartistsnft,
// hbshangdie, ruiwen, renrendoc, cornels-photography, wnwk, xuekejiayuan, syfww are used). Left as template twins:
// kanhuoshu.net (a novel chapter on forest-fire police training, with the "最新网址:/字:/关灯 护眼/<site> > <book> >"
// reader chrome of round 3's fru88), xwhssc.com (a 气象局 演讲稿 under "当前位置:范文大全 > <col> > <title>" and the
// "/<col>/<yyyy>/<mmdd>/<id>.html" path of round 29's zhhyfwpt), bqwxz.com and hlpedue.com, m.szmdbiao.com,
// emeperor-semi.com, xinshiwenhua.com.cn (森林防火/地球日 演讲稿 packs with the ruiwen-family "下面是小编…,仅供参考,欢迎大家
// 阅读" promos and "…演讲稿1" headings), houzhang.com and wenshuhui.com (防灾减灾日/地球日 speeches on the random-slug
// "/<col>/<col>/<slug>.html" + "<site> N.NNW" view-count template of round 4's wensiwu and round 26's syfww), dilijx.cn
// (a 防灾减灾日 collection with "时间: 作者:字海 <title>" and "(汇总19篇)", the kaoyanmiji/shwhmap family), domei.cn (a
// 防震减灾 演讲稿 with a block "第一," whose "2025-03-29演讲稿" date glued to the category repeats the meta shape of the
// corpus's ppfanwen page, case 96), m.dewk.cn (a traditional 植树节 国旗下讲话; www.dewk.cn is used), liu27.cn (a 世界气象日
// 演讲稿 on the same "/yanjianggao/<id>.html" traditional-pinyin mirror family as case 15, left out for variety).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const NK_HEAD = 'News center';
const NK_COLUMN = '领导讲话';
const NK_TITLE = '蒋立川在第24个全国土地日主题宣传活动日当天仪式上的讲话';
const NK_META = '发布日期:2014年06月24日 07:56:26 浏览次数:558';

const JX_CRUMB = '首页 > 植物检疫 > 松材线虫病防控 > 正文';
const JX_TITLE = '郑启明同志在江西省林业厅松材线虫病督查反馈会上的讲话';
const JX_META = '发布时间:2018-03-09 09:37:00  来源:江西省林业有害生物防治检疫局  阅读:';

const MY_TITLE = '防災減災日國旗下講話稿';
const MY_META = '發(fā)布時間:2020-08-24 來源: 演講稿 點擊:';
const MY_META_CUT = '發布時間:2020-08-24 來源: 演講稿 點擊:';
const MY_INDENT = '? ?';
const MY_TAIL = '熱點文章閱讀';

const SX_TITLE = '测绘大赛致辞';

export const specs = {
  '13-jianghua-nk93-tudiri-header-column-meta-byline-date-shouxian-prose': {
    source: 'https://www.nk93.com.cn/GovernmentShow/539.html',
    kind: 'speech: 讲话 (a provincial land bureau chief stationed with a state-farm group, at the ceremony of a 全国土地日 publicity day; company site)',
    tests: 'an English header line "News center" and a column label "领导讲话" above the title (which names the speaker); a "发布日期:2014年06月24日 07:56:26 浏览次数:558" meta line; the speech\'s own byline "省厅驻农垦总局国土资源局局长  蒋立川" (post, two spaces, name) and date line "2014年6月21日" under it, indented with full-width and ASCII spaces; a line holding one no-break space between every two lines; "各位领导、同志们:" and "大家好!" as separate paragraphs; the official theme quoted with three spaces inside it ("节约集约利用土地   转变土地利用方式"); "首先要…;其次是…" inside one sentence (prose, no outline); cut mid-sentence ("转变土地利用方式就")',
    isSpeech: true,
    title: NK_TITLE,
    noise: [NK_HEAD, NK_COLUMN, NK_META],
    dropLines: [NK_HEAD, NK_COLUMN, NK_TITLE, NK_META],
    outline: [],
  },
  '14-jianghua-jxsfw-gov-songcaixianchong-crumb-meta-no-salutation-questions': {
    source: 'http://www.jxsfw.gov.cn/index.php?m=content&c=index&a=show&catid=29&id=8388',
    kind: 'speech: 讲话 (a national forestry official at the feedback meeting of an inspection of pine-wilt-disease control in a province; government site of the provincial pest-control station)',
    tests: 'a "首页 > 植物检疫 > 松材线虫病防控 > 正文" breadcrumb; the title "<name>同志在…督查反馈会上的讲话"; a "发布时间:… 来源:… 阅读:" meta line with two-space gaps and an empty count; no salutation, the talk opens with "刚才…巡视员把…作了介绍和交流。"; a quoted slogan "抓两头、控中间、保重点"; a paragraph of rhetorical questions with figures ("6亿亩", "1%", "500万亩"); three paragraphs with no blank lines between them; no numbered points; cut mid-sentence ("疫点还是")',
    isSpeech: true,
    title: JX_TITLE,
    noise: [JX_CRUMB, JX_META],
    dropLines: [JX_CRUMB, JX_TITLE, JX_META],
    outline: [],
  },
  '15-guoqixia-91mayou-big5-pinyin-fangzai-qmark-lines-1-4-hot-tail': {
    source: 'http://m.91mayou.com/yanjianggao/350368.html',
    kind: 'speech: 国旗下讲话 (a teacher on 防灾减灾日, earthquake safety for pupils; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters (發(fā), 現(xiàn), 結(jié), 經(jīng), 調(diào), 領(lǐng)), in the meta line too; the title twice around a "發(fā)布時間:2020-08-24 來源: 演講稿 點擊:" line; the site\'s lost indentation as ASCII question marks: "? ?" after the salutation, "? ?" lines between the paragraphs, "? ?" glued before two paragraphs, " ?" after the closing "!", eight lone "?" lines before the "熱點文章閱讀" tail; placeholders xx and “xxxxx”, one glued ("這也是xx 今天"); numbers spaced out ("2008 年 5 月 12 日", "8.0 級"); four block points "1."…"4." after a sentence ending in 。 (arabic headings, level 1), two of them with first sentences longer than 50 characters; "第一陣震動" inside point 2 (prose); the mirror\'s leftover 筑 and the slip "上去他不要"',
    isSpeech: true,
    title: MY_TITLE,
    noise: [MY_META, MY_INDENT, MY_TAIL],
    replace: [
      ['同學們: ? ?', '同學們:'],
      ['\n? ?2008 年', '\n2008 年'],
      ['\n? ?老師們', '\n老師們'],
      ['校園! ?', '校園!'],
    ],
    regexCut: [PINYIN],
    dropLines: [MY_TITLE, MY_META_CUT, MY_INDENT, '?', MY_TAIL],
    outline: [
      { level: 1, marker: '1.', text: '如果地震來臨時正在上課,同學們一定要聽從老師的指揮,馬上抱住頭,閉上眼,迅速鑽到自己的課桌底下' },
      { level: 1, marker: '2.', text: '第一陣震動過去以後' },
      { level: 1, marker: '3.', text: '如果正在操場上上體育課,可以留在原地,蹲下或者趴下,用雙手護住頭部,注意遠離高大建筑物' },
      { level: 1, marker: '4.', text: '需要特別強調的是千萬不能跳樓不要靠近窗臺' },
    ],
  },
  '16-zhici-shanxier-cehui-dasai-clean-shouxian-zuihou-courtesy': {
    source: 'https://www.shanxier.cn/resources/44186.html',
    kind: 'speech: 致辞 (a contestant speaking at the opening of a surveying and mapping skills contest; resource site)',
    tests: 'a clean, complete and short page: the title "测绘大赛致辞" and the whole speech, blank lines between all lines, no site chrome to cut; the salutation naming three groups and "大家好!" on its own line; an inline "首先," after a full stop with no second inline marker in its paragraph; a closing block paragraph "最后,我向全体参赛选手发出倡议:…" (continues no open run); "谢谢大家!"; nothing may be cut and no outline produced (do-no-harm case)',
    isSpeech: true,
    title: SX_TITLE,
    noise: [],
    dropLines: [SX_TITLE],
    outline: [],
  },
  '17-news-zgzyw-rengong-yingxiang-tianqi-oneline-crumb-headline-zhici-jianghua-not-speech': {
    source: 'http://zgzyw.com.cn/zgzyw/system/2023/06/27/030271522.shtml',
    kind: 'non-speech: news report (a city news portal on a national weather-modification field meeting)',
    tests: 'one first line holding the breadcrumb ("您当前的位置 : 中国张掖网 >> 问政 >> …活动报道集"), the headline "…现场会在张掖市召开 冯岩致辞 詹远庞振宇讲话 韦立平主持 …等出席" (genre words 致辞 and 讲话 in it), the source, "0 人参与互动" and the time; a "中国张掖网讯 6月27日," lead listing officials with their posts; "冯岩在致辞中说,…" and "詹远在讲话中指出,…" reporting the speeches in the third person, with the speaker\'s "我们将…" turned into the province\'s voice; cut mid-sentence — a written report, not a speech; no title line of its own',
    isSpeech: false,
    title: '全国人工影响天气工作现场会在张掖市召开 冯岩致辞 詹远庞振宇讲话 韦立平主持 葛锡凡邵晓川柏友亭等出席',
  },
  '18-xinde-kyfz-guotu-kongjian-byline-sange-wubi-not-speech': {
    source: 'http://kyfz.org.cn/show-27726.html',
    kind: 'non-speech: 心得 article (a land-planning bureau deputy director\'s signed study article on the "三个务必")',
    tests: 'a byline as the first line ("国土空间规划局副局长 潘 远", a post and a name split by a space) and no title in the capture; first-person reflection ("我深感自豪") and "我们…" exhortation that read like a speech; a long quotation of the congress report; a bold-style sub-point "坚持不忘初心,牢记使命。" run into the start of its paragraph; cut mid-word ("高水平治") — an article written to be read, not a speech',
    isSpeech: false,
    title: '',
  },
};
