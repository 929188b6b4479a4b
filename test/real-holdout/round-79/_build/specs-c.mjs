// Gold specs for holdout round 79, part C (cases 13–18): telecom operators and power supply companies (移动/联通/电信
// 分公司, 供电公司, 电网, 年中工作会, 职代会 — 讲话, 表态发言, 致辞, and their look-alikes).
// Four spoken pieces (the three operators' chairmen's 世界电信日 messages on a telecom trade site's roundup page
// (old.networktelecom.cn): "高级搜索", a breadcrumb "您当前的位置:首页 > 运营商动态", the page title
// "中国移动、中国电信、中国联通三大运营商董事长电信日致辞!", a "时间:2021-05-17 16:43:20" line, the piece label
// "中国移动" on a line of its own (the operator's name, which the body repeats), an image file name line
// "微信图片_20210517164346.jpg", then 中国移动's message in its corporate voice, with "一方面,…另一方面,…" (never markers),
// 5G figures, cut mid-word ("智慧"); an untitled 微党课 by a 供电所 branch secretary on a traditional-script pinyin mirror of
// a blog (3969a.com): the self-introduction "我是供電基層站所的一名的黨支部書記。" with the template's stray "的", four
// "怎么樣…?" questions, "我首先給大家講一個故事" (首先 after a comma and without one of its own), a story titled in 《》,
// pinyin after 規 戰 發 關 區 設 經 業 現 at every occurrence, simplified leftovers (怎么, 什么, 里, 關系, 戰斗力), a typo kept
// ("疲憊不勘"), an ASCII "......" and a cut mid-sentence ("我們仔細問清了"); a power worker's 演讲稿 "假如明天没有电" given as
// the answer on a homework Q&A page (smzuowen.cn): a breadcrumb "作业帮 > 综合 > 作业", the question-title
// "演讲稿《假如明天没有电》600字" three times around a "来源:学生作业帮 编辑:神马作文网作业帮 分类:综合作业 时间:…" line,
// ASCII "." for every full stop, paragraphs indented by two spaces, the typos "想像", "啖" and "盛果" kept, "……" twice, a
// stage direction "(展示图板)" opening the last line, cut mid-sentence ("这是一组"); a city power-industry association's
// 新年贺词 on its own site (hzepa.cn): the title wrapped in leaked BBCode "[color=red]新年贺词[/color]", a
// "时间:2012-01-04 10:41 来源: 作者:" line with both fields empty, four paragraphs with a couplet opening, and the
// association's name as the signature line) and two written look-alikes (a 通信世界网 report of 中国联通's 2009 national
// work meeting (zhuanti.cww.net.cn): no headline in the capture, "作 者:CWW", a dateline lead, then a vice-minister's
// wishes in the third person — "…寄予厚望:一要…。" inline after a colon and block paragraphs "二要…", "三要…", "四要…",
// then who reported, chaired and attended — a news report, not a speech; a traditional-script pinyin mirror of a tech-news
// page (gg1fic3.cn): the headline "奚國華內(nèi)部信:…" with pinyin, a "相關(guān)專題: 中移動 中國移動" line, a
// dateline with the month lost ("824日"), lines of a lone space between paragraphs, a third-person lead and
// "以下為奚國華內(nèi)部郵件全文:", then the former chairman's farewell e-mail to staff in the first person
// ("感謝每一位移動人!"), a date with 年 and 月 lost ("2011630日"), cut after a comma — a letter inside a news item, not a
// speech).
// Judgement calls: 13 is a speech page: the roundup's pieces are 致辞 (the title names the genre) and the first piece
// stands in the capture; on a collection page the title is the first piece's own title when it has one, and "中国移动" is
// only a label, so the title is the page title as printed, "!" included. The label line is noise; since "中国移动" also
// occurs in the title and the body it is listed with its neighbours ("16:43:20\n\n中国移动\n\n微信图片"), as round 2's
// lone page number; the image file name line is page chrome (as round 6's 01); "高级搜索", the breadcrumb and the 时间 line
// are noise. 14 has no title line (the story's 《石板溝的新媳婦》 stays inside its sentence), so the title is ""; the pinyin goes
// by one regular expression (every distinct hit is noise); "一名的" and "疲憊不勘" are the page's and stay; "首先給大家講"
// follows a comma and has no comma of its own → no marker; no numbered points. 15 is a speech: the question-title names the
// genre and the answer is the speech alone, as round 17's Q&A page; the title drops the length tag "600字" (as round 1's
// "…1000字"), the three title lines, the breadcrumb and the meta line are noise (the meta line listed again by its
// distinctive "神马作文网作业帮"); the ASCII "." stay as the page's sentence ends; "(展示图板)…" is a stage direction and
// stays. 16's title is "新年贺词"; the BBCode tags are leaked markup (noise, each tag listed), the empty 时间/来源/作者 line
// is noise; the association's name under the text is the message's own signature and stays. 17 and 18 are written, not
// speeches. No private person is named on these pages; officials and executives named in their public roles are kept; 14's
// 供电所 and village names were replaced by fictional ones; the prose was rewritten, the noise, layout, markers and
// artifacts kept.
// Looked for and not found on a new host: a speech on this theme with two or more numbered points. Every numbered one the
// corpus returned stands on a used host or a twin: dybbs8 (a traditional docx viewer of a 全市护电工作会议 讲话 with 一、),
// wjfww (电网建设工作会议上的讲话 with 一、 and (一)), qqjlz (县节约用电讲话稿 with 一、/二、), m.xuexila (领导电力工作会议讲话材料
// with 一、), fanwenq (电网建设攻坚大会 讲话 with an inline 一、), nayishi (在联通公司大讨论动员大会上的讲话 with 一、, (一) and 1.;
// m.nayishi.com is used), cailiaogo (5G网络建设 电视电话会议 讲话 with 一、, (一), (二)), gongwen.com.cn (全县农网改造工作会 讲话
// with 一、 and 1、), gwyoo (职代大会开幕词和闭幕词 with an inline 一、…四、 agenda), xmnoob (职工代表大会主持词 with 1、…5、),
// ppdoc and soulun.net (邮电/电信 讲话 and reports on the journal template); other speeches of the theme were on used hosts
// too (m.jike120 变电所启动送电典礼讲话, neimou and 6dgww 电力 演讲稿, ruiwen 保护电力设施 开场词, 51yjg 电站周年庆典 致辞,
// m.zuowendang 移动公司 员工演讲稿, 9000bbs 電力行業演講稿). Not found at all: a 表态发言 by a 供电所 or an operator's branch, a
// 年中工作会 or 职代会 讲话 of a 移动/联通/电信 分公司 or a 供电公司 on an unused host (the corpus answers with news reports of
// such meetings, and with novel chapters).
// Template twins set aside: juzijia.cn (a traditional mirror of gwyoo's "前言:本站為你精心整理了…" / "公務員之家版權所有"
// template: 電力杯職工籃球賽 致辭; round 41 named it), eimio.cn (gwyoo's 時間/導語 traditional template: 電力企業安全演講稿),
// feic31.com ("[keyword]title" over a "【www.feic31.com--爱岗敬业演讲稿】" brand line, the jxxyjl/stokuaidi/zhangdahai shape:
// 电力爱岗敬业演讲稿), 51vvv.com (the 91kejian/51vvv "(汇总N篇)" + "时间:… 作者:…" head: 电力服务演讲稿 with 一、),
// laobiganer.com (a 工会会员代表大会 主持词 with "---此处隐藏N字,下载后查看---", the sister of the used laobiganzi), 123jzs.com
// (the jjcmw "/jxfw/<yyyymm>/" template: 工会代表大会选举主持词). News mirrors of chinapower.com.cn's "/dww/…" CMS (zjssba,
// charlesfam, drashokmahashur, 14z7q, hhygw) held only news. 8866n.com (a traditional roundup of the four operators'
// 新春致辭) was claimed and released for 13, the same kind of page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const NT_SEARCH = '高级搜索';
const NT_CRUMB = '您当前的位置:首页 > 运营商动态';
const NT_TITLE = '中国移动、中国电信、中国联通三大运营商董事长电信日致辞!';
const NT_META = '时间:2021-05-17 16:43:20';
const NT_LABEL = '中国移动';
const NT_IMAGE = '微信图片_20210517164346.jpg';

const SM_CRUMB = '作业帮 > 综合 > 作业';
const SM_TITLE = '演讲稿《假如明天没有电》';
const SM_TITLE_LINE = '演讲稿《假如明天没有电》600字';
const SM_META = '来源:学生作业帮 编辑:神马作文网作业帮 分类:综合作业 时间:2024/11/14 08:48:40';

const HZ_TITLE_LINE = '[color=red]新年贺词[/color]';
const HZ_META = '时间:2012-01-04 10:41 来源: 作者:';

export const specs = {
  '13-zhici-networktelecom-sanda-yunyingshang-dianxinri-crumb-meta-piece-label-image-line': {
    source: 'http://old.networktelecom.cn/yys/36557.html',
    kind: 'speech: 致辞 (the three operators\' chairmen\'s 世界电信日 messages, first piece 中国移动\'s; telecom trade site, collection page)',
    tests: '"高级搜索", a breadcrumb "您当前的位置:首页 > 运营商动态", the page title "中国移动、中国电信、中国联通三大运营商董事长电信日致辞!", a "时间:2021-05-17 16:43:20" line, the piece label "中国移动" alone on a line (the name recurs in the title and the body), an image file name line "微信图片_20210517164346.jpg", blank lines between all of them; the message in a corporate voice with the day\'s theme in quotes, "一方面,…另一方面,…" inside a paragraph (never markers), figures ("46万个", "2000余个", "VR/AR"); no salutation; cut mid-word ("智慧")',
    isSpeech: true,
    title: NT_TITLE,
    noise: [NT_SEARCH, NT_CRUMB, NT_META, NT_IMAGE, '16:43:20\n\n中国移动\n\n微信图片'],
    dropLines: [NT_SEARCH, NT_CRUMB, NT_TITLE, NT_META, NT_LABEL, NT_IMAGE],
    outline: [],
  },
  '14-dangke-3969a-big5-pinyin-gongdiansuo-weidangke-untitled-story-shouxian-nocomma': {
    source: 'http://3969a.com/520956/blog_1095186.html',
    kind: 'speech: 党课 (an untitled 微党课 by a 供电所 branch secretary; traditional-script pinyin mirror of a blog)',
    tests: 'traditional mirror with no title and no chrome in the capture: the opening self-introduction "我是供電基層站所的一名的黨支部書記。" (the stray "的" kept); four "怎么樣…?" questions in one paragraph; "我首先給大家講一個故事" (首先 after a comma, no comma of its own); a story titled 《石板溝的新媳婦》 inside a sentence; pinyin after 規 戰 發 關 區 設 經 業 現 at every occurrence ("黨規(guī)", "發(fā)生", "臺區(qū)", "營業(yè)所"); simplified leftovers (怎么, 什么, 里, 關系, 戰斗力); the typo "疲憊不勘"; reported speech after a colon without quotes; an ASCII "......"; no numbered points; cut mid-sentence ("我們仔細問清了")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '15-yanjiang-smzuowen-zuoyebang-jiaru-mingtian-meiyou-dian-title-thrice-600zi-ascii-stops-stage-direction': {
    source: 'http://smzuowen.cn/zuoye/1033619',
    kind: 'speech: 演讲稿 (a power worker\'s speech "假如明天没有电" given as the answer on a homework Q&A page)',
    tests: 'a breadcrumb "作业帮 > 综合 > 作业"; the question-title "演讲稿《假如明天没有电》600字" (a length tag) once above and twice below a "来源:学生作业帮 编辑:神马作文网作业帮 分类:综合作业 时间:2024/11/14 08:48:40" line; no salutation; ASCII "." for every full stop; body lines indented by two spaces; typos kept ("想像", "啖", "盛果"); "……" closing two paragraphs; a stage direction "(展示图板)" opening the last line; no numbered points; cut mid-sentence ("这是一组")',
    isSpeech: true,
    title: SM_TITLE,
    noise: [SM_CRUMB, SM_TITLE_LINE, SM_META, '神马作文网作业帮'],
    dropLines: [SM_CRUMB, SM_TITLE_LINE, SM_META],
    outline: [],
  },
  '16-heci-hzepa-dianli-hangye-xiehui-xinnian-bbcode-color-title-empty-meta-signature': {
    source: 'https://www.hzepa.cn/detail/bc219549-cf2f-42b4-a79e-7b597b935517.aspx',
    kind: 'speech: 贺词 (a city power-industry association\'s New Year message; the association\'s own site)',
    tests: 'the title wrapped in leaked BBCode ("[color=red]新年贺词[/color]"); a "时间:2012-01-04 10:41 来源: 作者:" line with both fields empty; no salutation; a couplet opening the first paragraph; the year\'s work and the next year\'s outlook in quoted slogans ("服务政府、服务行业、服务企业、服务社会" twice); closing wishes; the association\'s name as the signature line; the whole message in the capture; no numbered points',
    isSpeech: true,
    title: '新年贺词',
    noise: ['[color=red]', '[/color]', HZ_META],
    dropLines: [HZ_TITLE_LINE, HZ_META],
    outline: [],
  },
  '17-news-cww-liantong-gongzuo-huiyi-fubuzhang-yiyao-after-colon-eryao-siyao-blocks-not-speech': {
    source: 'http://zhuanti.cww.net.cn/news/html/2008/12/31/20081231170193390.htm',
    kind: 'non-speech: news report (通信世界网 on 中国联通\'s 2009 national work meeting and a vice-minister\'s speech there)',
    tests: 'no headline in the capture: "作 者:CWW", a dateline lead ("通信世界网(CWW)12月31日消息 据…报道,…出席会议并讲话。"); the vice-minister\'s wishes told in the third person ("…在讲话中充分肯定了…,并对…寄予厚望:") with "一要…。" inline after the colon and block paragraphs opening "二要…", "三要…", "四要…"; then who gave the work report, who chaired and who attended, with a list of names — a news report of a meeting, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-letter-gg1fic3-big5-pinyin-zhongyidong-dongshizhang-neibuxin-lost-months-space-lines-not-speech': {
    source: 'http://gg1fic3.cn/viewnews-109477.html',
    kind: 'non-speech: news item with a letter (a former 中国移动 chairman\'s farewell e-mail to staff; traditional-script pinyin mirror of a tech-news page)',
    tests: 'the headline "奚國華內(nèi)部信:見證4G發(fā)展 中移動未來仍需加油" with pinyin; a "相關(guān)專題: 中移動 中國移動" line; a dateline with the month lost ("824日下午消息"); lines holding a lone space between paragraphs, indents of four and two spaces; a third-person lead ("奚國華稱,…"), then "以下為奚國華內(nèi)部郵件全文:" and the e-mail in the first person ("從今天起,我將不再擔(dān)任…", "感謝每一位移動人!"), a date with 年 and 月 lost ("2011630日"); pinyin after 內 發 關 擔 業 創 轉 機 聯 網 務 經 達 術 統 嚴 進 領 戰 at every occurrence — a letter quoted in a news item, not a speech; cut after a comma',
    isSpeech: false,
    title: '奚國華內部信:見證4G發展 中移動未來仍需加油',
    noise: [],
    outline: [],
  },
};
