// Gold specs for holdout round 48, part c (cases 13–18): document and paywall pages of any kind, with speeches and
// look-alikes on them. The 文库/docx/pdf viewers and paid 范文 sites with VIP/会员/下载 chrome that the corpus answers with
// are all on used hosts (list below), so the part is made of 范文 portals and document-style pages on new hosts. Four spoken
// pieces (an address at a higher-education forum filed as a 竞聘演讲稿 on a 范文 portal (考高分吧, kgf8): a breadcrumb glued
// into one line that ends with the title, its "(通用)" tag and "» 正文", the title with the tag on its own line, a
// "[MM-DD hh:mm:ss]   来源:http://www.kgf8.com  <column>   阅读:N" meta line, a "概要:" teaser that repeats the opening of the
// speech for half a screen (salutation, greeting and two paragraphs flattened into one line and cut mid-sentence), a
// "<title>(通用),标签:演讲稿大全,http://www.kgf8.com" tag line, then "女士们、先生们," and "早上好!" on lines of their own and the
// body cut mid-sentence ("未免"); a hospital director's 年会致辞 on a 工作汇报网 page (gsi8): a crumb "工作汇报网 >地图 >汇报资料 >",
// the title twice, a "时间:… 作者:工作汇报网" line, a "<title>1000字。" word-count line, a site promo "以下是我们为您搜集的与“…”有关的
// 相关资料, …希望能够帮助到大家!", the piece heading "<title>【篇1】", xx/20xx placeholders, cut mid-phrase ("加大力度"); a company
// head's mid-year meeting speech on an exam-prep site's 写作 column (8848wangxiao): the title "年中工作会议讲话稿范文" with an
// alias glued in parentheses "(年中工作会总结讲话)", the salutation "各位恒达家人们,大家下午好!" glued to its greeting on one
// line, narrative paragraphs with quoted catchwords (“回款断档”, “釜底抽薪”, “躺平”, “内卷”), cut mid-sentence ("保持坚定的"); a
// provincial leader's speech at a meeting marking 30 years of reform and opening on a traditional-script content farm (ppfocus):
// no title, the speaker's bare name with a space "陸 浩" on the first line, "同志們:", one-line paragraphs, "第一次是…第二次是…"
// inside a paragraph (ordinals inside nouns, not markers), cut mid-word ("官僚資")) and two written look-alikes (a memoir of
// meetings with a youth-league leader on a 题目/论文 site (eduxue): a title "我所知道的(外一题)", a meta line "更新时间:… 作者:
// 用户投稿原创标记本站原创 点赞:N 浏览:N", ASCII full stops, a censored "到团," and ".同志从", a bare "一、" section line, and the
// leader's words quoted as "――" lines hard-wrapped every line by the PDF text, with blank lines between the wrapped pieces and a
// lost question mark ("经得住风吹雨打吗光叫") — a memoir that quotes a speech, not a speech; a 学习体会 article on a speech site
// (woaiyanjiang) about a leader's speech at the Party School, with anti-filter marks inside names ("胡*锦~涛", "邓小&平"),
// "我们一定要抓紧抓实" and "首先要在…上下功夫" — a written study piece, not a speech; no title in the capture).
// Judgement calls: 13's title drops the "(通用)" tag (as "(通用3篇)" in the shared corpus); the crumb, the meta line, the 概要
// teaser and the tag line are noise, the title-with-tag line is dropped and not listed; the speech is a spoken address (女士们、
// 先生们, 早上好!) though the site files it under 竞聘演讲稿. 14's title is the page title; its two copies are dropped, the
// word-count line, the promo and the 【篇1】 heading are noise (listed whole). 15's parenthesised alias "(年中工作会总结讲话)" is a
// site keyword, not part of the document's name: noise, and the title is "年中工作会议讲话稿范文" (范文 kept, as the shared README
// says); "各位恒达家人们,大家下午好!" stays one paragraph (no break is invented). 16 has no title (""); the bare name "陸 浩"
// carries no position and stands where a poster name stands, so it is noise (a byline with a position would stay); "第一次是"
// and "第二次是" are nouns (第一次), not 第一, markers, so there is no outline. 17 and 18 are written, not speeches. Names of
// companies and private people are fictional (恒达); public figures in 16–18 are kept, their words rewritten.
// Looked for and not found on a new host: a 文库/docx/pdf viewer page with a speech (renrendoc, wenke99, gongwk, 360docs, doczj,
// wenku.docs.qq.com, jinchutou (mip.), 61taotao (淘文库, the same 党课 page as round 2), m.31ppt (三一办公), 51gongwen, zixin, yunko,
// wnwk, bubsandbeans and the other renrendoc mirrors are used), a paid 范文 site with a preview-end or 会员 notice (wm114 and its
// mirror 120pk, 6dgww, m.sanweiyuan (mbgs777 contact tail), laojin123, qingsongxiezuo (试读结束/加微信), gongwenku1, damishu,
// dawenge, lovfp (因篇幅问题不能全部显示) and fanwenq are used), a 心得体会 or 工作计划 inside a viewer, and a speech with numbered
// points (一、/一是/第一,) inside the first 900 characters on a new host: none of the four speeches here carries an outline.
// Template twins set aside: mip.jinchutou.com (the used m.jinchutou viewer), biganziwuyou.com ("/index/article/detail/detail_id/"
// family, and used), 00.wendadaohang.com (the used 55.wendadaohang), uczhidao.com (named by round 37 as 520zcw's Q&A template),
// hnjylv.com (a traditional pinyin mirror whose page opens with an explicit adult-spam header, left out on purpose).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KG_CRUMB = '当前位置:考高分吧中小学教育演讲致辞竞聘演讲稿让庄严的人民大会堂作证(通用)» 正文';
const KG_TITLE_TAG = '让庄严的人民大会堂作证(通用)';
const KG_META = '[10-20 18:36:23]   来源:http://www.kgf8.com  竞聘演讲稿   阅读:8400';
const KG_GAIYAO = '概要: 女士们、先生们, 早上好! 现代意义上的大学教育走过了三百来年的路,我国大学的历史大约一百多年,倘若为了显示源远流长,把我国的大学一直上溯到孔子讲学,或者上溯到白鹿洞书院,未免有些勉强。说到底,对我们而言,琢磨和借鉴近几十年世界大学教育的先进理念才最切实、最要紧。 如今多数人都认可大学应当担负起培养人才、创造知识和服务社会三项职能。当然,前两项其实也都可以归到服务社会里面,只是由于大学教育的特殊性,人们才把教学、科研单独列为基本职能。应该说,现代大学把服务社会、服务所在城市当作自己的一项基本职能,是一种进步,是一个要紧的理念。和我国传统的”传道、授业、解惑”的教育观念相比,更有本质上的跃升。正是在”服务社会”这样的理念引领下,近几十年的大学教育,把”继续教育”、”终身学习”当作自己的任务,也正是在”服务社会”的理念引领下,大学兴办了科技园。 举世闻名的硅谷就是一个大学科技园,它六成以上企业的产品出自斯坦福大学的科研成果。美国东北部的一条公路沿线也有一个出色的科技园,那里依托着MIT(麻省理工学院)和哈佛大学。在英国,剑桥';
const KG_TAGLINE = '让庄严的人民大会堂作证(通用),标签:演讲稿大全,http://www.kgf8.com';
const KG_TITLE = '让庄严的人民大会堂作证';

const GS_CRUMB = '工作汇报网 >地图 >汇报资料 >';
const GS_TITLE = '医院院长年会致辞';
const GS_META = '时间:2023-06-01 作者:工作汇报网';
const GS_WORDS = '医院院长年会致辞1000字。';
const GS_PROMO = '以下是我们为您搜集的与“医院院长年会致辞”有关的相关资料, 语言的表达方式是人们通过语言传达信息的方式,发言会议是让多个人有机会发表意见的重要场合。大家可以通过你在台上的发言而认识你,那您知道好的发言稿应该怎么写吗?供你参考,希望能够帮助到大家!';
const GS_PIECE = '医院院长年会致辞【篇1】';

const WX_TITLE_LINE = '年中工作会议讲话稿范文(年中工作会总结讲话)';
const WX_TITLE = '年中工作会议讲话稿范文';
const WX_ALIAS = '(年中工作会总结讲话)';

const PF_NAME = '陸 浩';

export const specs = {
  '13-yanjianggao-kgf8-daxue-crumb-meta-gaiyao-teaser-tagline': {
    source: 'http://kgf8.com/yangjiang/7617405/a6125768.html',
    kind: 'speech: 演讲稿 (an address on universities serving society at a higher-education forum; 范文 portal, filed under 竞聘演讲稿)',
    tests: 'a crumb glued into one line that ends with the title, its "(通用)" tag and "» 正文"; the title with the tag on its own line; a "[10-20 18:36:23]   来源:http://www.kgf8.com  竞聘演讲稿   阅读:8400" meta line; a "概要:" teaser repeating the salutation, the greeting and two paragraphs flattened into one line (cut at "在英国,剑桥"); a tag line "<title>(通用),标签:演讲稿大全,http://www.kgf8.com"; blank and space-only lines; "女士们、先生们," and "早上好!" on lines of their own; mismatched closing quotes used as opening quotes (”服务社会”) in the teaser; the body cut mid-sentence ("未免")',
    isSpeech: true,
    title: KG_TITLE,
    noise: [KG_CRUMB, KG_META, KG_GAIYAO, KG_TAGLINE],
    dropLines: [KG_CRUMB, KG_TITLE_TAG, KG_META, KG_GAIYAO, KG_TAGLINE],
    outline: [],
  },
  '14-zhici-gsi8-yiyuan-nianhui-crumb-title-twice-1000zi-promo-pian1': {
    source: 'http://www.gsi8.com/huibaoziliao/15501.html',
    kind: 'speech: 致辞 (a hospital director at the new-year gathering of the staff; collection page on a 工作汇报网 template site)',
    tests: 'a crumb "工作汇报网 >地图 >汇报资料 >"; the title twice; a "时间:2023-06-01 作者:工作汇报网" line; a word-count line "医院院长年会致辞1000字。"; a site promo "以下是我们为您搜集的与“…”有关的相关资料, …希望能够帮助到大家!" that quotes the title; the piece heading "医院院长年会致辞【篇1】"; salutation "各位前辈、各位专家、各位同仁:" and "大家新年好!"; xx/20xx placeholders; cut mid-phrase ("加大力度")',
    isSpeech: true,
    title: GS_TITLE,
    noise: [GS_CRUMB, GS_META, GS_WORDS, GS_PROMO, GS_PIECE],
    dropLines: [GS_CRUMB, GS_TITLE, GS_META, GS_WORDS, GS_PROMO, GS_PIECE],
    outline: [],
  },
  '15-jianghua-8848wangxiao-nianzhong-huiyi-title-paren-alias-jiaren': {
    source: 'https://8848wangxiao.com/xiezuo/zongjie/28939.html',
    kind: 'speech: 讲话 (a company head at the mid-year staff meeting; 讲话稿范文 on an exam-prep site\'s 写作 column)',
    tests: 'the title line "年中工作会议讲话稿范文(年中工作会总结讲话)" with a keyword alias glued in parentheses and nothing else of the site; the salutation glued to the greeting on one line ("各位恒达家人们,大家下午好!"); narrative paragraphs of a hard half-year with quoted catchwords (“回款断档”, “压过来”, “釜底抽薪”, “躺平”, “内卷”); no numbered points; cut mid-sentence ("保持坚定的")',
    isSpeech: true,
    title: WX_TITLE,
    noise: [WX_ALIAS],
    dropLines: [WX_TITLE_LINE],
    outline: [],
  },
  '16-jianghua-ppfocus-big5-gaige-kaifang-bare-name-no-title': {
    source: 'https://ppfocus.com/0/as720b5ed.html',
    kind: 'speech: 讲话 (a provincial leader at the meeting marking 30 years of reform and opening; traditional-script content farm)',
    tests: 'traditional script (這裡, 劃時代, 邁進); no title in the capture; the speaker\'s bare name with a space "陸 浩" on the first line, right above "同志們:"; no blank lines between the one-line paragraphs; "第一次是…第二次是…" inside a paragraph (ordinals inside nouns, not markers); semicolon-joined "就是要…;就是要…" clauses; cut mid-word ("官僚資")',
    isSpeech: true,
    title: '',
    noise: [PF_NAME],
    dropLines: [PF_NAME],
    outline: [],
  },
  '17-memoir-eduxue-yaobang-pdf-wraps-dash-quotes-yi-not-speech': {
    source: 'http://www.eduxue.com/timu/402876.html',
    kind: 'non-speech: memoir (a former youth-league official on meetings with the league\'s leader; journal text on a 题目/论文 site)',
    tests: 'a title "我所知道的(外一题)" and a meta line "更新时间:… 作者:用户投稿原创标记本站原创 点赞:2623 浏览:7223"; ASCII full stops as sentence ends; censored words ("到团,", ".同志从"); a bare "一、" section line; the leader\'s words at a 1955 conference quoted as "――" lines, hard-wrapped by the PDF text into short pieces separated by blank lines, with a lost question mark ("经得住风吹雨打吗光叫"); "他说:" and 同志 mentions — a memoir that quotes a speech, not a speech',
    isSpeech: false,
    title: '我所知道的(外一题)',
    noise: [],
    outline: [],
  },
  '18-xinde-woaiyanjiang-xuexi-jianghua-censor-marks-not-speech': {
    source: 'https://woaiyanjiang.com/14_82.html',
    kind: 'non-speech: 学习体会 (an article on studying a leader\'s speech at the Party School, written for the armed forces; speech site)',
    tests: 'no site chrome and no title in the capture; anti-filter marks inside names ("胡*锦~涛", "邓小&平"); "重要讲话", "讲话精神", "我们一定要抓紧抓实", "首先要在…上下功夫" and a run of "关系到…" clauses — a written study piece about a speech, not a speech; cut mid-word ("中国特")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
