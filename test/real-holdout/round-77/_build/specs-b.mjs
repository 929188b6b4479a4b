// Gold specs for holdout round 77, part B (cases 07–12): secrecy and confidential work (保密工作会议, 保密宣传月, 机要,
// 密码工作, 保密教育 讲座 — 讲话, 发言, 党课, and their look-alikes).
// Three spoken pieces, all school flag-raising talks on the 全民国家安全教育日 (the day that opens the April 保密宣传教育月
// and whose talks name 保守国家秘密 among a citizen's duties; no speech on 保密 itself turned up on a fresh host, see
// below): 07, a police officer's 国旗下的讲话 on a middle school's 德育 column (qzqz.cn, an .aspx CMS): a breadcrumb
// "当前位置:首页>> 德育工作>> 德育资讯", a bare column label "德育资讯", the page headline that strings the title, the subtitle and
// the speaker in brackets together ("国旗下的讲话 ——… ( 鲤城区临江派出所…警官)"), a "录入者:depart1  人气指数: 次  发布时间:…"
// meta line with an empty counter, then the speech's own head — the title line "国旗下的讲话", an indented "——…" subtitle
// line and an indented byline (unit and name) — the salutation, and two block headings "一、我们要…。" / "二、我们要…。" that
// run on into their paragraphs, cut mid-sentence ("共同营造"); 08, a 国旗下演讲 on a Beijing school's news page
// (ccsc.com.cn): a language bar "中文 |  English" with trailing spaces, the news headline "<schools>线上国旗下演讲——<topic>",
// a one-paragraph news lead in the third person, then the speech (salutation, "今天,我国旗下演讲的主题是——…", two
// paragraphs, a question "…我们应该怎么做?") and block points "1.…。" / "2.…" (the second cut mid-sentence); 09, a junior
// high pupil's bilingual 国旗下讲话 on a school's mobile page (xybhhw.com, 4g.php): the site's section "滨河淮外 I 初中部_" glued
// before the title with "_", a bare 发布时间 line, runs of blank lines, English paragraphs (with the writer's own slips, "the
// committee adopt", and stray spaces "you and me .") around one Chinese paragraph, cut mid-word ("hou"); no outline. And
// three written look-alikes: 10, a cadre's 学习体会 after a 保密管理研修班 in a city daily's site (sxycrb.com: "设为首页|加入收藏",
// "登录|注册", "您的位置:…", the headline, a run-together "来源:运城日报发布者:时间:…" line, the author's name with a space in
// it), first person, "下面我从三个方面谈一谈此次学习的收获和体会。" and an inline-headed "一、认清严峻形势,提升防范意识。…" — a
// written 体会, not a speech; 11, a novel chapter on a reading site (dbuxiaoyao.com) in which a cadre breaks off into a long
// quoted lecture on 保密 to "同志们" at a group meeting; the site strips every 我, 一, 的, 了 and 么 ("们要保密", "话锋转",
// "第天起", "为什呢", "片沉寂") — a novel, not a speech; 12, a township's 工作总结 of its 《保密法》宣传周 (cn.office369.com):
// the title, an opening paragraph, then "一、…。" / "二、…。" heading lines over "我镇…" paragraphs — a report, not a speech.
// Judgement calls: 07's title is the speech's own title line "国旗下的讲话"; the headline above the meta line is the page's
// (noise, as is the column label and the meta line, with "录入者:depart1" and "人气指数: 次" listed again as parts); the
// subtitle line is a body paragraph and, opening with ——, an optional level-1 dash item (round 3's 08); the byline names the
// speaker's unit and stays (as `主讲人:…` bylines do); 一、 and 二、 open their paragraphs, so they are required level-1
// headings with their first sentences as text. 08 is a speech page: the document is the talk, and the news lead before the
// salutation is the site's (noise, as round 72's 02 lead); the headline is the only title the page gives the talk, so it is
// the title; "——维护国家安全人人有责" inside the opening sentence is no dash point (not at a paragraph start); 1. follows a
// paragraph ending in "?", both 1. and 2. open paragraphs: required level-1 arabic headings (no heading above them), 2.'s
// text the whole cut line (38 characters, no sentence end). 09's title is the part of the first line after "_"; the
// English paragraphs are the speech's own and stay. 10–12 are written, not speeches. The police officer's and the
// columnist's names and the novel's characters were replaced by fictional ones; the prose, English included, was rewritten.
// Looked for and not found on a new host: a 保密工作会议 讲话, a 保密委员会 讲话, a 机要/密码工作 讲话 or 致辞, a 保密专题党课, a
// 保密 交流发言 or 表态发言, a 保密知识竞赛 or 宣誓 主持词, a 保密 演讲稿 — the pages corpus answers these with news reports of
// meetings (ahdy, dicp.cas.cn, shbmj, eldfjall, 6kwgb, familycampingsupplies, …), 保密 knowledge pages, regulations, and pages
// on used hosts (gongwk: a 交流发言 with 一、/(一); sucai198: a 保密工作专题推进会 讲话 with 一、/第一,; wenmizhiyou: a 保密警示教育
// 专题党课; laobiganer: a 保密教育培训班 交流发言; yiwangbao: a 机要 cadre's 演讲稿; cooco: a 保密专题党课; meipian, studyofnet,
// yfs8, 360docs, rmrb.online, big5.www.gov.cn, baywatch, m.taowenge, victorzhang). So the speeches are 国家安全教育日 talks
// that name the keeping of state secrets, and the 保密 pages are look-alikes.
// Template twins set aside: heartjkgl.cn (a traditional pinyin mirror of a "保密工作知识宣讲篇一" collection under the
// ruiwen-style "…范文怎么写才能发挥它最大的作用呢?…" promo of cooco/fck3179, a used family); m.yzwku.com (a 保密 党课 .docx
// under the "《….docx》由会员分享,可在线阅读,更多相关《…》请在…上搜索。" + "1、" chunk template of 001doc, taowenge and 1wenmi);
// bengalhelpinghandtrust.com and m.walengineering.com (pinyin mirrors of the People's Daily CMS's "/n1/…/c409093-….html"
// 保密 pages, as dangshi.people.com.cn), zhouenlai.people.cn (the same organisation's CMS); tjzx.czedu.cn (a 国家安全 国旗下讲话
// on a Changzhou school portal, sister of the used bhxx.tn.czedu.cn and lndx.czedu.cn); ypfang168.com (the
// "/zhuantifanwen/<col>/<id>.html" farm with a 小编 promo); mip.book118.com (max.book118.com is used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const QZ_CRUMB = '当前位置:首页>> 德育工作>> 德育资讯';
const QZ_COLUMN = '德育资讯';
const QZ_HEADLINE = '国旗下的讲话 ——维护国家安全 守护和谐家园( 鲤城区临江派出所林振航警官)';
const QZ_META = '录入者:depart1  人气指数: 次  发布时间:2024年04月15日';
const QZ_TITLE = '国旗下的讲话';

const CC_LANG = '中文 |  English';
const CC_TITLE = '北京中加学校、华仁学校线上国旗下演讲——维护国家安全人人有责';
const CC_LEAD = '“山水相隔情不隔,校门暂闭心相连”,新冠肺炎疫情让同学们一时回不到校园,却挡不住同学们向前奔跑的热情和劲头。在这春暖花开、生机勃发的时节,北京中加学校、北京通州华仁学校举行了线上国旗下演讲。';

const XY_SECTION = '滨河淮外 I 初中部_';
const XY_TITLE = '维护国家安全,共建美好家园';
const XY_DATE = '发布时间:2019-04-15 07:49:00';

export const specs = {
  '07-jianghua-qzqz-guoqixia-guojia-anquan-crumb-meta-byline-yi-er': {
    source: 'http://qzqz.cn/Item/29454.aspx',
    kind: 'speech: 国旗下讲话 (a police officer on the 全民国家安全教育日; a middle school\'s 德育 column)',
    tests: 'a breadcrumb "当前位置:首页>> 德育工作>> 德育资讯" and a bare column label "德育资讯"; the page headline joining title, subtitle and speaker ("国旗下的讲话 ——维护国家安全 守护和谐家园( 鲤城区临江派出所林振航警官)"); a "录入者:depart1  人气指数: 次  发布时间:2024年04月15日" meta line with an empty counter; the speech\'s own title line, an indented "——…" subtitle line and an indented byline "鲤城区临江派出所 林振航"; salutation; block headings "一、我们要全面认识国家安全的丰富内涵。…" and "二、我们要提高国家安全意识。…" running on into their paragraphs; cut mid-sentence ("共同营造")',
    isSpeech: true,
    title: QZ_TITLE,
    noise: [QZ_CRUMB, QZ_COLUMN, QZ_HEADLINE, QZ_META, '录入者:depart1', '人气指数: 次'],
    dropLines: [QZ_CRUMB, QZ_COLUMN, QZ_HEADLINE, QZ_META, QZ_TITLE],
    outline: [
      { level: 1, marker: '——', text: '维护国家安全 守护和谐家园', optional: true },
      { level: 1, marker: '一、', text: '我们要全面认识国家安全的丰富内涵' },
      { level: 1, marker: '二、', text: '我们要提高国家安全意识' },
    ],
  },
  '08-yanjiang-ccsc-guoqixia-guojia-anquan-news-lead-lang-bar-arabic': {
    source: 'http://www.ccsc.com.cn/index.php/Index/content/3648/c',
    kind: 'speech: 国旗下演讲 (an online flag-raising talk on national security; a school\'s news page)',
    tests: 'a language bar "中文 |  English" with trailing spaces; the news headline "北京中加学校、华仁学校线上国旗下演讲——维护国家安全人人有责" as the only title; a third-person news lead paragraph before the salutation (the site\'s); "今天,我国旗下演讲的主题是——…" with a dash inside the sentence (no point); a paragraph ending "…我们应该怎么做?" and block points "1.我们要增强国家安全意识,…。" and "2.我们可以通过多种途径…" (the second cut mid-sentence, no sentence end)',
    isSpeech: true,
    title: CC_TITLE,
    noise: [CC_LANG, CC_LEAD],
    dropLines: [CC_LANG, CC_TITLE, CC_LEAD],
    outline: [
      { level: 1, marker: '1.', text: '我们要增强国家安全意识,树立国家利益高于一切的观念,自觉维护国家安全' },
      { level: 1, marker: '2.', text: '我们可以通过多种途径为维护国家安全出智出力,既可以为维护国家安全工作提供便利' },
    ],
  },
  '09-jianghua-xybhhw-guoqixia-bilingual-english-paras-brand-prefix': {
    source: 'http://xybhhw.com/4g.php?cid=23&id=331&m=show',
    kind: 'speech: 国旗下讲话 (a junior high pupil, bilingual, on the 全民国家安全教育日; a school\'s mobile page)',
    tests: 'the site\'s section "滨河淮外 I 初中部_" glued before the title with "_"; a bare "发布时间:2019-04-15 07:49:00" line; runs of blank lines; a speech mostly in English ("Good morning, everyone. Today the topic of my speech is …") with the writer\'s own slips ("adopt", "you and me .") and one Chinese paragraph naming 保守…国家秘密 among the duties; no salutation line, no outline; cut mid-word ("hou")',
    isSpeech: true,
    title: XY_TITLE,
    noise: [XY_SECTION, XY_DATE],
    dropLines: [XY_SECTION + XY_TITLE, XY_DATE],
    outline: [],
  },
  '10-xinde-sxycrb-baomi-yanxiuban-tihui-epaper-yi-inline-not-speech': {
    source: 'http://www.sxycrb.com/2023-10/11/content_316877.html',
    kind: 'non-speech: 学习体会 (a 保密 cadre on a 保密管理研修班; a city daily\'s site)',
    tests: '"设为首页|加入收藏", "登录|注册", "您的位置:首页 > 运城时空>", the headline, a run-together "来源:运城日报发布者:时间:2023-10-11" line and the author\'s name with a space; first person, "下面我从三个方面谈一谈此次学习的收获和体会。" and an inline-headed "一、认清严峻形势,提升防范意识。…" paragraph — a written 体会, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '强化保密意识 做好保密工作',
    noise: [],
    outline: [],
  },
  '11-novel-dbuxiaoyao-baomi-huiyi-quoted-speech-dropped-chars-not-speech': {
    source: 'https://dbuxiaoyao.com/bk/9538/504696_3.html',
    kind: 'non-speech: novel (a group meeting where a cadre lectures on 保密; reading site)',
    tests: 'a novel page (page 3 of a chapter, no chapter title in the capture): narration, then a long quoted lecture to "同志们" on 保密 ("“们要保密,保密,再保密,…”"), the meeting\'s silence and a 小结; the site strips every 我, 一, 的, 了 and 么 ("们要保密", "话锋转", "第天起", "为什呢", "片沉寂", "直没有") — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-zongjie-office369-baomifa-xuanchuanzhou-yi-er-not-speech': {
    source: 'http://cn.office369.com/news/show-424286.html',
    kind: 'non-speech: 工作总结 (a township\'s summary of its 《保密法》宣传周)',
    tests: 'the title line, an opening paragraph ("…我镇于5月21日至27日组织开展了…"), heading lines "一、加强领导,健全组织,认真学习保密工作文件精神。" and "二、抓宣传,强化教育,树立“人人保密、时时保密、处处保密”的良好意识。" over "我镇…" paragraphs — a written report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '开展《保密法》宣传周活动的工作总结',
    noise: [],
    outline: [],
  },
};
