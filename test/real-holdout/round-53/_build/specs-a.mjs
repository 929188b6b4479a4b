// Gold specs for holdout round 53, part a (cases 01–06): discipline inspection, audit, anti-corruption and integrity
// education (纪检监察、审计、廉政教育、警示教育). Four spoken pieces (a provincial discipline official's 讲话 at the 全省行政监察
// 工作座谈会 on a government site (qinfeng.gov.cn), the capture opening with the speech's own date line "(2004年10月21日)"
// and no title, no salutation, "我先谈几点意见" and a standalone "一、…经验" heading line, cut mid-word; a city discipline
// secretary's 讲话 at the opening of a 廉洁文化主题园 on a 范文 site (rz97), its headline "廉洁文化景观园开园仪式讲话" above a
// "时间:… 浏览量:" meta line and a whitespace-only line, then the speech's own title "在…开园仪式上的讲话", a byline of posts
// without a name ("市委常委 、纪委书记"), the salutation, "**" place blanks, a hard wrap that splits a sentence across a blank
// line ("会同市住建委" / "以国家4A级…"), no outline; the 审计长's address to the 中国审计学会 members' congress in a paper
// library (lw33), its title glued to the site's SEO sentence ",本文主要内容关键词为:…论文,此文献不代表本站观点,…阅读下载。",
// no genre word in the title, "谈几点意见,供代表们参考" and a standalone "一、…" heading, cut mid-word; a commander's talk
// on 进城纪律 printed as page 2 of a chapter of a book of his speeches on a reading site (yuedu9), "第 225 章(2 / 2)" above the
// text, every line hard-wrapped at ~35 characters with blank lines between the pieces, "同志们!" glued to the opening, a
// heading line "一、…事情。" that ends in a full stop, "第一件,"/"第二件," paragraphs, cut mid-sentence) and two written
// look-alikes (a traditional-script company news post (pmrh) on an audit bureau's 进点会 for a special audit: the deputy
// director's "三个做到" told as "一要…。二要…。三要…。" after full stops and the "四个到位" as "一是…;二是…;三是…;四是…"
// after semicolons, the chairman's 表态 reported with "一是…。我们将…" — a report in the third person, not a speech; a chapter
// of an officialdom novel on a traditional-script mirror (kinogod) with converter pinyin after a fixed set of characters
// (統(tǒng), 強(qiáng), 紀(jì), 設(shè), 護(hù), 進(jìn), 發(fā), 現(xiàn), 執(zhí), 嚴(yán), 風(fēng), 認(rèn), 責(zé), 機(jī), 續(xù), 擔(dān), 務(wù), 獻(xiàn), 關(guān), 規(guī)) and the
// closing "。”" mis-encoded as "?!?" on four of the six quoted lines, in which the city secretary's speech at a 政法系统
// 自查自纠会议 is quoted paragraph by paragraph, opening “首先,… “其次,… “最后,… and “同志们,… — narration around a
// quoted speech, not a speech).
// Judgement calls: 01 has no title in the capture (""); the date line is the speech's own and stays; the heading line is a
// required level-1 item (whole line, no sentence end). 02's headline is a variant of the title, not equal to it, so it is
// listed as noise with the meta line (as round 15's sdxzsh headline); the title is the document's own "在…上的讲话" line
// (dropped, not listed); the byline names posts only and stays as the speech's header; the wrapped sentence is joined;
// "**" stays. 03 is a speech although its title names no spoken genre: the document is the 审计长's address to the
// congress ("我就…谈几点意见,供代表们参考"), as round 34's 09 (a spoken report under a 心得体会 title) was; the SEO sentence glued
// to the title is noise (listed whole and by its "此文献不代表本站观点" part), the title is the part before the comma and the
// whole first line is dropped. 04 has no title (page 2 of a chapter): "第 225 章(2 / 2)" is the reading site's chapter
// label, noise; every hard-wrapped paragraph is joined; "一、" opens a heading line ending in 。 whose text is its first
// sentence (required, level 1); "第一件,"/"第二件," are ordinals not in the rule table (optional, level 2 under 一、, as
// round 19's 第一點/第二點): the first's sentence is longer than 50 characters and is cut at its first comma, the
// second's is shorter and kept whole. 05 and 06 are written, not speeches; their 一要/一是 and 首先/其次/最后 runs are no
// outline. Names of people and small places are fictional throughout (青阳, 江州, 周政委, 林建章, 赵立群…); the quoted poem in
// 02 was changed with the rest of the prose.
// Looked for and not found on a new host: a 警示教育大会 讲话 on a template site (wenmizhiyou, haowensou, bimoxiezuo,
// ceshi.taolaoshi, gongwenku1, xiezuofangchengshi, laobiganzi, shituxiezuo, xiebiwenku are used), a 文库/doc viewer of a
// 纪检 or 审计 speech (gongwk, yunko, renrendoc, xiaomilidoc, djdoc, jxxfw are used), an audit bureau's own 讲话 with
// 一是/二是 on a 范文 site (the corpus answers audit queries with papers, news and novels), a 警示教育大会 主持词, a 廉政 表态发言
// or 廉洁从业 承诺 speech (only news reports), a 心得体会 on a 警示教育片 that was not on a used host. Template twins set
// aside: m.yuzhousk.com (an officialdom novel chapter with an audit team, under the "字: / 关灯 护眼 / <site> > <book> > 第N章"
// reader chrome of round 3's fru88 and round 45's 666he), m.alizhichou3.cn (a traditional mirror carrying gwyoo's
// "时间:… / 导语:…一文来源于网友上传,不代表本站观点" furniture, shared corpus 13). Checked and kept: rz97's "时间:<date>
// <time> 浏览量:" line has the shape of round 29's tp2008 and round 15's sdxzsh meta lines, but rz97 prints no 小编 promo,
// no "/zhuantifanwen/" path and no collection headings, so it is a common CMS field, not the tp2008 farm; yuedu9's
// "第 N 章(2 / 2)" pagination is the generic novel-reader label that round 2's 99xxs and round 44's josephsz also print on
// unrelated hosts.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const QF_HEADING = '全省行政监察工作在合署办公中持续得到加强,初步摸索出一些行之有效的工作路子和经验';

const RZ_HEADLINE = '廉洁文化景观园开园仪式讲话';
const RZ_META = '时间:2020-06-30 22:01:22 浏览量:';
const RZ_TITLE = '在廉洁文化景观园开园仪式上的讲话';

const LW_TITLE = '积极探索创新 努力健全完善中国特色社会主义审计理论体系';
const LW_SEO = '本文主要内容关键词为:积极探索论文,中国特色社会主义论文,理论体系论文,努力论文,此文献不代表本站观点,内容供学术参考,文章仅供参考阅读下载。';

const YD_CHAPTER = '第 225 章(2 / 2)';

export const specs = {
  '01-jianghua-qinfeng-gov-xingzheng-jiancha-dateline-yi-heading': {
    source: 'https://www.qinfeng.gov.cn/info/1007/12977.htm',
    kind: 'speech: 讲话 (a provincial discipline official at the provincial administrative-supervision symposium; government site)',
    tests: 'no title and no site noise: the capture opens with the speech\'s own date line "(2004年10月21日)" (kept), no salutation; a long opening paragraph with "这次会议的主要任务是:…" (a colon, no points); "下面,…我先谈几点意见。" announcing the points; a standalone heading line "一、全省行政监察工作在合署办公中持续得到加强,初步摸索出…经验" (no sentence end, whole line); no blank lines; cut mid-word ("新形")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: QF_HEADING },
    ],
  },
  '02-jianghua-rz97-lianjie-wenhuayuan-headline-meta-byline-wrap': {
    source: 'http://www.rz97.com/poxizhenggai/132154.html',
    kind: 'speech: 讲话 (a city party-committee member and discipline secretary opening an integrity-culture theme park)',
    tests: 'the site\'s headline "廉洁文化景观园开园仪式讲话" (a variant of the title), a meta line "时间:2020-06-30 22:01:22 浏览量:" with an empty view count and a whitespace-only line, then the speech\'s own title "在廉洁文化景观园开园仪式上的讲话" indented by one space; a byline of posts without a name "市委常委 、纪委书记" (with a stray space, kept); the salutation "尊敬的各位领导,同志们、朋友们:"; blank lines between all lines and indents of one or two spaces; "**" blanks for the city\'s name; a quoted poem line before "。"; a hard wrap that splits a sentence across a blank line ("会同市住建委" / "以国家4A级景区…"); "13个"/"62个" figures; no outline; cut mid-word ("反腐倡廉宣")',
    isSpeech: true,
    title: RZ_TITLE,
    noise: [RZ_HEADLINE, RZ_META],
    join: [['为深入挖掘和用好传统文化中的廉洁元素', '同步启动**廉洁文化主题园的建设。']],
    dropLines: [RZ_HEADLINE, RZ_META, RZ_TITLE],
    outline: [],
  },
  '03-jianghua-lw33-shenji-lilun-seo-glued-title-yi': {
    source: 'https://lw33.cn/article/89e5142d46ff988b634c55fc.html',
    kind: 'speech: 讲话 (the auditor-general\'s address to the members\' congress of the China Audit Society, in a paper library)',
    tests: 'a paper-library page: the title, which names no spoken genre, glued to the site\'s SEO sentence ",本文主要内容关键词为:积极探索论文,…,此文献不代表本站观点,内容供学术参考,文章仅供参考阅读下载。" on one line; no salutation, the body opening with the society\'s record ("…理事会成立五年来,…"); the spoken turn "借这个机会,我就审计理论研究工作,谈几点意见,供代表们参考。" on a line of its own; a standalone heading "一、要进一步解放思想,大胆探索,认识和把握审计发展的客观规律" (no sentence end, whole line); years and "27年来" (no markers); cut mid-word ("教科")',
    isSpeech: true,
    title: LW_TITLE,
    noise: [LW_SEO, '此文献不代表本站观点'],
    dropLines: [LW_TITLE + ',' + LW_SEO],
    outline: [
      { level: 1, marker: '一、', text: '要进一步解放思想,大胆探索,认识和把握审计发展的客观规律' },
    ],
  },
  '04-jianghua-yuedu9-rucheng-jilv-book-chapter-hardwrap-diyijian': {
    source: 'https://www.yuedu9.cc/du/chenyijunshiwenxuan0/406235_2.html',
    kind: 'speech: 讲话 (a commander\'s talk to his cadres on discipline when entering the city, page 2 of a chapter of a book of speeches on a reading site)',
    tests: 'a reading site\'s chapter label "第 225 章(2 / 2)" above the text and no title (page 2 of the chapter); printed text hard-wrapped every ~35 characters with a blank line after every line, so each paragraph runs over several "lines" (joined); "同志们!" glued to the opening sentence; a heading line "一、在青阳出现了哪些违犯纪律的事情。" that ends in a full stop (text = its first sentence); "第一件,"/"第二件," paragraphs (ordinals not in the rule table); quoted remarks of a headmaster inside the second; a book title 《白毛女》 and 《华东局关于…指示》; "第一件"…"第二件" with the third past the cut; cut mid-sentence ("这样他们")',
    isSpeech: true,
    title: '',
    noise: [YD_CHAPTER],
    join: [
      ['同志们!今天主要讲进城纪律', '是没有把握的。'],
      ['第一件,', '这就是违犯纪律。'],
      ['第二件,', '这样他们'],
    ],
    dropLines: [YD_CHAPTER],
    outline: [
      { level: 1, marker: '一、', text: '在青阳出现了哪些违犯纪律的事情' },
      { level: 2, marker: '第一件,', text: '八号下午我和周政委到街上走走', optional: true },
      { level: 2, marker: '第二件,', text: '今天一早,我起床以后出去走走,走到青阳简易师范学校', optional: true },
    ],
  },
  '05-news-pmrh-big5-shenji-jindianhui-yiyao-yishi-not-speech': {
    source: 'http://pmrh.cn/news_detail.aspx?id=1410',
    kind: 'non-speech: news report (an audit bureau\'s entry meeting for a special audit at a state-owned group; traditional script)',
    tests: 'a company news post in traditional script with the converter\'s leftovers "對于"/"并" kept; no title in the capture; the audit bureau\'s deputy director\'s requirements "“三個做到”。一要…。…二要…。…三要…。" after full stops (a run a naive reader takes for points) and "“四個到位”。一是…;二是…;三是…;四是…" after semicolons; the group chairman\'s 表态 reported with "一是高度重視,精心組織配合。我們將…" — a third-person report quoting the speakers, not a speech; cut mid-word ("做好協")',
    isSpeech: false,
    title: '',
  },
  '06-novel-kinogod-big5-pinyin-zichazijiu-shouxian-qici-not-speech': {
    source: 'http://kinogod.net/gxs/1/1355/5775420.html',
    kind: 'non-speech: novel (a city secretary\'s speech at a political-legal self-inspection meeting, quoted in an officialdom novel; traditional-script mirror)',
    tests: 'a traditional-script novel mirror with converter pinyin after a fixed set of characters (統(tǒng), 強(qiáng), 紀(jì), 設(shè), 護(hù), 進(jìn), 發(fā), 現(xiàn), 執(zhí), 嚴(yán), 風(fēng), 認(rèn), 責(zé), 機(jī), 續(xù), 擔(dān), 務(wù), 獻(xiàn), 關(guān), 規(guī)) and the closing "。”" mis-encoded as "?!?" on four quoted lines; narration lines "翌日。" / "市委書記…出席…會議,并講話。" / "秦一帆主持會議。" before the speech, which is quoted paragraph by paragraph, each in its own quotation marks, opening “首先,… / “其次,… / “最後,… and “同志們,…; cut after "韓啟明話" — a novel, not a speech',
    isSpeech: false,
    title: '',
  },
};
