// Gold specs for holdout round 92, part B (cases 07–12): academic meetings (学术研讨会/年会 开幕式 致辞, 学会/研究会 大会
// 讲话, 论坛 开幕 and 闭幕, 学术委员会; look-alikes: a 研讨会 通知 with 征文, conference news reports).
// Three spoken pieces (a veteran editor's 讲话 at the 20th-anniversary celebration of a university science-journal
// research society (m.cujs.org.cn): the speech's own thematic title printed with a space between every character
// ("我 爱 我 们 的 研 究 会"), a "日期:2007年12月18日 来源: 浏览量:1408" meta line with an empty source, then the whole
// speech on one line whose paragraphs are separated by single spaces, opening with the spaced title again and the
// speaker's bare name glued before the salutation "各位领导,各位嘉宾,亲爱的战友们:", cut mid-word ("是高"); the
// transcript of an academic forum's 开幕式致辞 on a DedeCMS site (acriticism.com, 学术批评网): a breadcrumb ending ">", a
// headline that lists nine speakers before a colon and the forum's name with its date, a "发布时间:…  来源:学术批评网
// 作者:… 等" line, then speaker labels ("<name>(北京大学教授):") over paragraphs indented with six spaces — the chair's
// opening words (no salutation) and the first professor's remarks, cut mid-sentence; excerpts of a 科协 leader's talks
// on how 学会 should run 学术活动 on a traditional-script mirror (hongyankj.com): no title and no furniture, the whole
// capture one line in converted script with simplified leftovers (怎么, 什么, 这里→這里, 后, 注冊), "第一個問題就是…?"
// inline after a full stop, and the compiler's source label "——中國科協第二屆全國委員會 第三次會議閉幕詞(1984年12月5日)"
// glued between two excerpts, cut mid-phrase ("我在美國加州")) and three written look-alikes (a university history
// department's second notice for a 革命文物 研讨会 (history.sxu.edu.cn) that opens with the form address
// "尊敬的__ 女士/先生:" (looks like a salutation) and lists 一、会议议题 with nine "1. …;" items, 二、会议安排 with
// "1.会议时间:" items and 三、征文要求 — a 通知, not a speech; a paper's report of a 研究会 成立大会暨学术研讨会
// (kuaihz.com): a photo caption with the photographer's credit, a "本报讯" lead, and a leader's three tasks reported as
// "他指出:首先,…。其次,…。第三,…。" — a news report, not a speech; a university's report of a forum's closing ceremony
// on a hijacked traditional copy (taelyy.cn): the university's name replaced by a casino brand ("意昂体育平台", in
// simplified characters inside traditional text), emoji junk inserted after words and commas (🧘🏿, 🛢, 👩🏽🔧, ✦, 🤹🏼),
// a "?" left for a lost middle dot, a lone photo caption line "閉幕式現場" and the keynote speaker's views in the third
// person — a news report, not a speech).
// Judgement calls: 07's title is the spaced thematic title as printed (the scorer ignores the spaces); the meta line is
// noise (and "浏览量:1408" as a shorter part); the spaced title and the speaker's bare name glued before the salutation
// are cut off the single line (the repeat of the title is not listed, the bare name is, as round 60 did with a bare
// name under the title); the line stays one paragraph. 08 is a speech page (its headline names 开幕式致辞 and the text
// is the spoken transcript): the title is the whole headline, the nine speakers' names and the date included (as
// "<speaker>在…上的讲话" titles are kept whole); the breadcrumb and the meta line are noise (with "来源:学术批评网");
// the speaker labels belong to the transcript and stay as paragraphs (as the 男:/女: turns of a 主持词); "第一场" is
// no marker. 09 is a speech page by the conventions for untitled pages (first person, "請大家研究和試行" addressed to
// the meeting, the source label names a 閉幕詞); its title is "" and it has no site noise; the source label is the
// compiler's attribution inside the document, so it stays in the one-line paragraph; "第一個問題就是學術活動怎么辦?"
// is an ordinal with a noun and no separator, inline after a full stop and with no 第二 in the capture, so not a marker
// by the rules but a point to a reader → one optional level-1 item (as "第一个就是" in earlier rounds). 10–12 are
// written, not speeches; none of them has a headline inside the capture, so their titles are "".
// Names of people who are not public figures (the speakers in 07 and 08, the photographer in 11, the officials in 12)
// were replaced by fictional ones; the prose was rewritten in new words (09 and 12 drafted in simplified characters and
// written out in the mirrors' mixed script, 12 with its emoji junk put back after the same words).
// Looked for and not found on a new host: a 学术研讨会/年会 开幕式 致辞 or 学会 成立大会 讲话 with 一、/一是/第一,
// points (the corpus answers with periodical-abstract farms — soulun, soolun, ppdoc, jxxfw are used — and with news
// reports of the meetings); 010zaixian (mip.), tmdps/004km, 11gw and qdfww carried 研讨会 开幕词/闭幕词 pages but are
// used; a 院士工作站 揭牌 讲话 with 首先, stood on the used m.7rdy.cn; a 学术委员会 会议 讲话 (every hit was a school news
// report: jsit.edu.cn, jgmfood.com, jhyrjx.com, freekaoyan); a 博士后工作站 揭牌 致辞 (only news reports: news.ucas.ac.cn,
// taobaiju.com); traditional 致詞 at 研討會 stood on ey.gov.tw and president.gov.tw (used). So 09's optional item is the
// part's only numbered point; no speech with two or more numbered points on an unused, untwinned host turned up.
// Template twins set aside: dushuhao.com (a book reader with "登陆注册", a bare record number and a "第56章 在中研院第一届
// 院士会议上的讲话" heading — the template of round 82's i.dudushu.com), urmrprp.cn (a traditional pinyin mirror of the
// 中国台湾网 CMS printing a 论坛 闭幕式 讲话 with 一是…三是 blocks — the family of opkks, ncdzx, jssljx and ischool.net.cn),
// big5.taiwan.cn and big5.chinataiwan.cn (the same organisation's gateway copies: a news report of that 讲话 with 一是
// blocks and a 2010 reprint of the speech), m.lady-power.com (the ruiwen family: "- 相關推薦" over a 年會開幕詞),
// edu.qibebt.ac.cn (a CAS institute's 毕业典礼 致辞, a sister of the used *.cas.cn and edu.ipe.ac.cn institutes).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const CJ_TITLE = '我 爱 我 们 的 研 究 会';
const CJ_META = '日期:2007年12月18日 来源: 浏览量:1408';
const CJ_NAME = '程嘉原';

const AC_CRUMB = '当前位置:主页 > 学人书画 >';
const AC_TITLE = '钱远山、孟世鸿、韩国栋、邵启文、彭玉芝、宁绍华、魏岱川、邹国衡、甘雪峰:首届学术共同体论坛暨学术批评网创办十周年研讨会(2011年3月13日)开幕式致辞';
const AC_META = '发布时间:2017-04-24  来源:学术批评网  作者:钱远山、孟世鸿、韩国栋、邵启文 等';

export const specs = {
  '07-jianghua-cujs-yanjiuhui-20zhounian-spaced-title-glued-byline-oneline': {
    source: 'http://m.cujs.org.cn/site/content/5484.html',
    kind: 'speech: 讲话 (a veteran editor at the 20th-anniversary celebration of a university science-journal research society; society site, mobile page)',
    tests: 'the speech\'s own thematic title spaced out character by character ("我 爱 我 们 的 研 究 会"); a "日期:2007年12月18日 来源: 浏览量:1408" meta line with an empty source; the whole speech on one line, paragraphs separated by single spaces, opening with the spaced title again and the speaker\'s bare name glued before the salutation "各位领导,各位嘉宾,亲爱的战友们:"; "这是为什么呢?" and three paragraphs opening "因为…"/"还因为…" (no markers); cut mid-word ("是高")',
    isSpeech: true,
    title: CJ_TITLE,
    noise: [CJ_META, '浏览量:1408', CJ_NAME],
    replace: [[`${CJ_TITLE} ${CJ_NAME} `, '']],
    dropLines: [CJ_TITLE, CJ_META],
    outline: [],
  },
  '08-zhici-acriticism-luntan-kaimushi-transcript-speaker-labels-crumb-meta': {
    source: 'http://acriticism.com/xrsh/961.html',
    kind: 'speech: 开幕式致辞 (transcript of an academic forum\'s opening remarks; DedeCMS site)',
    tests: 'a breadcrumb ending ">" ("当前位置:主页 > 学人书画 >"); a headline listing nine speakers before a colon, then the forum\'s name, its date in parentheses and "开幕式致辞"; a "发布时间:…  来源:学术批评网  作者:… 等" line with double spaces; speaker labels "<name>(北京大学教授):" / "<name>(武汉大学教授):" over paragraphs indented with six spaces; no salutation (the chair starts with who asked him to chair); "第一场是开幕式" (no marker); cut mid-sentence',
    isSpeech: true,
    title: AC_TITLE,
    noise: [AC_CRUMB, AC_META, '来源:学术批评网'],
    dropLines: [AC_CRUMB, AC_TITLE, AC_META],
    outline: [],
  },
  '09-bimuci-hongyankj-big5-kexie-xueshu-huodong-excerpts-oneline-source-label': {
    source: 'http://hongyankj.com/20/202403/5870.html',
    kind: 'speech: 闭幕词 (excerpts of a 科协 leader\'s talks on how 学会 should run 学术活动; traditional-script mirror)',
    tests: 'no title, no salutation and no site furniture: the capture is one line of converted traditional script with simplified leftovers (怎么, 什么, 這里, 后, 注冊); "下面講幾個方面的工作,…" opens it; "第一個問題就是學術活動怎么辦?" inline after a full stop with no 第二 in the capture; straight-to-the-audience "請大家研究和試行。"; the compiler\'s source label "——中國科協第二屆全國委員會 第三次會議閉幕詞(1984年12月5日)" glued between two excerpts (not at a paragraph start, so no dash item); quoted questions; cut mid-phrase ("我在美國加州")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一個問題就是', text: '學術活動怎么辦', optional: true },
    ],
  },
  '10-tongzhi-sxu-yantaohui-erhao-tongzhi-zhengwen-salutation-like-yi-1-not-speech': {
    source: 'http://history.sxu.edu.cn/tzgg/1440f4a0801f4c7c9ed83f4af71e8d22.htm',
    kind: 'non-speech: 通知 (second notice and call for papers of a 革命文物 研讨会; university department site)',
    tests: 'no headline in the capture; a form address "尊敬的__ 女士/先生:" with a blank for the name (looks like a salutation); a background paragraph; "…1号通知发出后,…现将有关事项通知如下:"; heading lines "一、会议议题" with nine "1. …;" items, "二、会议安排" with "1.会议时间:"…"4.会议费用:" items and two unnumbered schedule lines, "三、征文要求" with "1. …" and "2.格式规范:…"; a project code in parentheses; cut mid-sentence — a written notice, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-kuaihz-yanjiuhui-chengli-dahui-caption-benbaoxun-shouxian-qici-disan-not-speech': {
    source: 'https://kuaihz.com/tid5/tid474_483697.html',
    kind: 'non-speech: news report (a 研究会 成立大会暨学术研讨会; newspaper copy)',
    tests: 'no headline in the capture: a photo caption with the photographer\'s credit "(中国网 … 摄)" first; a "本报讯 7月17日,…" lead with a name in straight quotes; a leader\'s three tasks reported as "他指出:首先,要…。其次,要…。第三,要…。" (sequence and ordinal markers after a colon and full stops inside reported speech); a second leader\'s words reported ("…在讲话中表示,", "梁保华说,"); cut mid-word ("研究分") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-taelyy-big5-luntan-bimushi-casino-name-emoji-junk-not-speech': {
    source: 'https://taelyy.cn/info/1011/12888.htm',
    kind: 'non-speech: news report (closing ceremony of an international academic forum; hijacked traditional copy of a university news page)',
    tests: 'no headline in the capture; the university\'s name replaced by a casino brand in simplified characters ("意昂体育平台") inside traditional text; emoji junk inserted after words, commas and full stops (🧘🏿, 🛢, 🧑🦱, 😞, 👨🏻🏭👰🏻♂️, ↗️, ➜, 👩🏽🔧, ✦, 🤹🏼); a "?" left for a lost middle dot ("伊克巴勒?裏紮"); a lone photo caption line "閉幕式現場"; a quote with its opening mark lost ("題為共建新絲路”"); the keynote speaker\'s views reported in the third person ("普羅迪指出,", "普羅迪表示") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
