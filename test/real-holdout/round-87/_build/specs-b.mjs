// Gold specs for holdout round 87, part B (cases 07–12): science (科技局/科协 meetings, 科技活动周 and 科协年会 openings,
// research institutes, 科普 speeches — and their look-alikes).
// Four spoken pieces (a collection page of pupils' 科学 演讲稿 (nxtute.com): the page title "科学演讲稿三分钟小学生(通用31篇)",
// a "投稿:小范" poster line, the piece heading "科学演讲稿三分钟小学生 第1篇" (title, space, piece number), a first piece with
// no salutation that imagines inventions (its first paragraph ends without punctuation), a second piece heading
// "… 第2篇", then a 科技节 opening with "尊敬的老师们,亲爱的同学们:" and "下午好!" on lines of their own, the site's "**"
// censor marks ("的大力**下,全体老师的有力**下,"), a "20xx年xx月xx日" placeholder, cut mid-sentence; a research
// institute's 新年致辭 on a traditional-script mirror (yixinbaojie.com, a copy of an institute's "所长致辞" page): the title
// "2024年新年致辭", paragraphs indented with two spaces and separated by blank lines, a mis-encoded run "??茖W" where
// "。科學" stood (the sentence end and the next word lost in one artefact), a "…方面,…;…方面,…;" list of achievements
// that carries no marker, cut mid-sentence; the host's opening words at the 第二十二届中国科协年会 as a live-text record on a
// biotech company's site taken over by a casino brand (gongyingjituan.com): the casino's page title "贝斯特游戏官方网站 -
// 全球最奢华的游戏", the company's whole product menu run together on one line with the casino's words mixed in, the brand
// alone on a line, a "媒体新闻" column label, the headline "贝斯特全球最奢华|出气吧|第二十二届中国科协年会" (brand and a junk
// keyword glued before the event's name with "|"), a "发布日期 2025-12-09" line, then one indented line holding the
// salutation and the host's words with the live text's "9:15" time marks glued after two sentences (one followed by three
// spaces), and a second copy of the same words with a junk run "ღ✿◈★" after every clause, cut after one character
// ("。全"); a pupil's 科学 演讲 (shuosay.com): no title and no site noise, the capture opens with "同学们:", a "……" after a
// comma, a sentence the site spliced (the text between "激起了我" and "从1903年…" was lost, so the sentence jumps), a stray
// line repeating half a sentence ("挑起新时代的担子。"), and the closing "谢谢大家,我的演讲完了" without a full stop) and two
// written look-alikes (a Discuz forum copy of a Xinhua report on the opening of the 7th national congress of the 科协
// (tech.cepsc.com): two "|" lines, the forum's join promo and login wall with a "×", a dashed rule, random jammer strings
// ("5 [5 j1 g$ l9 W' J3 Q", "& x% l+ V0 J$ @7 O" P…") on lines of their own and glued before and after the paper's lines
// (the source line "http://www.sina.com.cn 2006年05月24日09:44 南方日报", the kicker headline, a sentence split in two by a
// jammer line), the headline "科技工作者要做自主创新先行者", the leaders' 祝词 and its five demands reported in the third person
// ("曾庆红强调,…", "他向科技工作者提出了五点") — a news report, not a speech; cut mid-sentence; a research institute's news
// report on a traditional-script mirror (lawyer168.net, a hijacked copy of a 中科院 institute's news page): the headline, then
// the opening of a new research campus told in the third person: "首先由…組長…致詞,他代表海岸帶所感謝…", "她說,…",
// "他說,…", the converter's simplified leftovers (并, 于, 聯系, 咨詢) — a news report, not a speech; cut mid-sentence).
// Judgement calls: 07's page title line with its count is noise; the piece heading "科学演讲稿三分钟小学生 第1篇" carries the
// first piece's own title, so the title is "科学演讲稿三分钟小学生" and both piece headings go (as round 4's 09 and round 86's
// 07); the poster line is noise; both pieces stay in the body; the "**" marks are the site's censoring and stay (as the
// shared corpus's 48). 08's title line is the title; there is no site noise; "??茖W" stays inside its paragraph (an
// unrepairable mis-encoded run, as round 1's 09/10); "2023年," and the "…方面," clauses are no markers, so no outline.
// 09 is read as a speech: the document is the host's opening, addressed to the audience in the first person ("在此我代表大会
// 主办方,向…表示…欢迎"), although the page's headline names no spoken genre; the headline's own words after the junk prefix,
// "第二十二届中国科协年会", are the only title the page prints and are taken as the title (as round 72's 03 took a headline),
// "贝斯特全球最奢华|出气吧|" being noise; the "9:15" time marks are the live text's, not the host's, so they are cut (one
// replace each, the three spaces after the first going with it) and listed; the second copy with "ღ✿◈★" after every clause is
// the site's junk duplicate and is dropped whole (listed, with the junk run itself); the nav line, brand line, column label
// and date line are noise. The salutation and the body share one line and stay one paragraph. 10 has no title (""), no
// noise; the spliced sentence and the stray half-sentence line stay as printed. 11 and 12 are written, not speeches; their
// titles are the headlines ("科技工作者要做自主创新先行者" — the line under the kicker — and the institute's headline).
// Names: in 12 the officials and the institute's staff are replaced by fictional names; in 11 the national leaders (public
// figures) stay; in 07 and 10 the pupils' schools and details were changed with the prose; the prose of every page was
// rewritten.
// Looked for and not found on a new host: a 科技局/科协 work-meeting 讲话 with 一、/一是/第一, points inside the capture (the
// pages corpus answers with used hosts: m.xuexila.com (科技局 总结讲话 with 一、 and block 一是/二是), laojin123.com,
// deichen.cn (gwyoo's traditional 時間/導語 template, 一、 and 第一,), yamab2b.com, 78911.com.cn, wm114.cn, fanwenq.com,
// xiezuofangchengshi.com, m.zuowenba.net (a 科技节 致辞 with 第一、/第二、), 100ky.cn (第一句话,/—— points), oh100.com, m.yrrf.cn,
// m.wnwk.com, m.docduoduo.com, max.book118.com, bubsandbeans.com, jey722.cn, m.daumloan.com, 11gw.com, qdfww.com, tudiao.com,
// pincai.com, qingsongxiezuo.com, xiexiebang.com, or the ppdoc/jxxfw/soolun/soulun "论文部分内容阅读" journal previews); a
// 院士工作站 揭牌 致辞 on a new host (m.7rdy.cn is used; the rest are news reports); a 学术会议 开幕 致辞 with numbered points
// (11gw/qdfww/soulun/010zaixian/tmdps are used); a traditional mirror of a numbered 科技 speech on a new host. So none of the
// four speeches carries a numbered point: the theme's numbered speeches all stand on used hosts or template twins.
// Template twins set aside: 83352.cn (a traditional 科技活動周開幕講話 under the "/article/yjzc/hyfy/" path and the
// "前言:本站為你精心整理了…范文…客服老師…歡迎咨詢。" promo of the used 0312yh.com/1mishu.com family); wxfwb.com (a traditional
// 科技節開幕式發言稿 collection with the "欄目: … / 發佈於: / 人氣:2.74W" line of the used mtfww.com); wencuigu.com (a 科技節開幕詞
// with "來源:文萃谷 2.66W" and the title printed again after the salutation — round 6's fhfwb.com template); m.mogufr.com (a
// 校园科技节 致辞 under the "/jxfw/<yyyymm>/<id>.html" farm of rounds 15–18); bgswjd.com (the "当前位置:…>范文大全 > 公文范文 >" /
// "时间:… 来源:网友投稿" / "下面是小编为大家整理的…" farm of the used 01861.cn); steelnails.cn (a traditional mirror of a 3snews
// transcript with the "分享 / Scan me 分享到微信" bar and "3sNews訊" lead of the used 3snews.net); iscstaffing.com (a 院长
// 新年致词 under the gov.cn "/gzdt/<yyyy-mm>/<dd>/content_<id>.htm" mirror of the used nakedoat.com); zyktzx.com (a 从小爱科学
// 演讲稿 with the ruiwen-family "演讲稿可以按照用途、性质等来划分…小编精心整理的…仅供参考,欢迎大家阅读。" promo and an anti-copy
// "的.主题"); syhmjs.com (the "/periodical/<hash>.html" journal preview family); shuyuewu.la (a novel page with the
// "手机浏览器扫描二维码访问 / 第N章 …(第1页)" head of the used 3zcn.org).
// Not taken though new: wyreworks.com (a hijacked copy of another 中科院 institute's 新年贺词, a second institute new-year
// address after 08), m.nuehua.com (tag snippets, ~250 characters), mtole.com (shuffled sentences), hnjylv.com, qgctz.com,
// duobangwang.com, daliuyuanma.cn, zidonghua.com.cn, mas360.cc, app.13522001275.com, hb.hainanu.edu.cn (more news reports of
// 科协/科普/科技特派员 events), yw2213.com (a traditional 全国科普日 序言 with pinyin), nxtute's sister pieces.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const NX_PAGE_TITLE = '科学演讲稿三分钟小学生(通用31篇)';
const NX_POSTER = '投稿:小范';
const NX_PIECE1 = '科学演讲稿三分钟小学生 第1篇';
const NX_PIECE2 = '科学演讲稿三分钟小学生 第2篇';

const YX_TITLE = '2024年新年致辭';

const GY_PAGE_TITLE = '贝斯特游戏官方网站 - 全球最奢华的游戏';
const GY_NAV = '产品中心 仪器系列 GeneFlex 16 全自动核酸提取仪 GeneRotex系列 全自动核酸提取仪 RBT 320 全自动布鲁氏菌检测分析仪 iGenecase 1600 便携式核酸检测箱 Biolum手持式ATP荧光检测仪 临床试剂系列 磁珠法核酸提取试剂 荧光定量PCR检测试剂 个体化用药基因检测试剂 生命科学试剂系列 核酸提取试剂 荧光定量PCR检测试剂系列 解决方案 基因扩增实验室建设整体解决方案 移动方舱PCR实验室整体方案 脊髓性肌萎缩症(SMA)基因检测方案 高灵敏度肝炎病毒核酸检测解决方案 呼吸道病原体核酸检测整体解决方案 新冠病毒核酸筛查高灵敏(大体系)检测方案 流感核酸检测整体解决方案 非洲猪瘟病毒(ASFV)荧光PCR检测整体解决方案 资源中心 技术支持 产品资料 贝斯特全球最奢华 关于我们 研发创新 全球最奢华的游戏 公司新闻 媒体新闻 求贤纳士 社会招聘 校园招聘 员工风采 贝斯特游戏官方网站 联系我们';
const GY_BRAND = '贝斯特全球最奢华';
const GY_COLUMN = '媒体新闻';
const GY_HEADLINE_PREFIX = '贝斯特全球最奢华|出气吧|';
const GY_TITLE = '第二十二届中国科协年会';
const GY_DATE = '发布日期 2025-12-09';
const GY_JUNK = 'ღ✿◈★';
const GY_COPY = '尊敬的各位领导ღ✿◈★,各位院士ღ✿◈★,专家ღ✿◈★,各位企业家ღ✿◈★,尊敬的各位来宾ღ✿◈★,女士们先生们朋友们ღ✿◈★,第二十二届中国科协年会现在开幕ღ✿◈★。全';

export const specs = {
  '07-yanjiang-nxtute-kexue-xiaoxuesheng-tongyong31-tougao-diNpian-censor-stars': {
    source: 'https://nxtute.com/yanjianggao/fa14d4fe2f19414de3ebd9f63d5c0169.html',
    kind: 'speech: 演讲稿 (pupils\' 科学 speeches; first two pieces of a collection page)',
    tests: 'the page title with its count "科学演讲稿三分钟小学生(通用31篇)"; a poster line "投稿:小范"; the piece heading "科学演讲稿三分钟小学生 第1篇" (title, space, piece number) carrying the title; a first piece with no salutation, a pupil imagining inventions, its first paragraph ending without punctuation after "……"; a second piece heading "… 第2篇", then "尊敬的老师们,亲爱的同学们:" and "下午好!" on lines of their own; the site\'s "**" censor marks ("的大力**下,全体老师的有力**下,"); a "20xx年xx月xx日" placeholder; blank lines between all lines; cut mid-sentence ("前后用了差不多")',
    isSpeech: true,
    title: '科学演讲稿三分钟小学生',
    noise: [NX_PAGE_TITLE, '(通用31篇)', NX_POSTER, NX_PIECE1, NX_PIECE2],
    dropLines: [NX_PAGE_TITLE, NX_POSTER, NX_PIECE1, NX_PIECE2],
    outline: [],
  },
  '08-zhici-yixinbaojie-big5-yanjiusuo-xinnian-mojibake-run-fangmian-list': {
    source: 'http://www.yixinbaojie.com/gkjj/szzc/',
    kind: 'speech: 致辞 (a research institute\'s 新年致辭; traditional-script mirror of the institute\'s page)',
    tests: 'traditional script; the title "2024年新年致辭" and no other site noise; no salutation line (the greeting is in the first sentence: "我代表物理所領導班子,向全所師生員工…表示…祝福!"); paragraphs indented with two spaces and separated by blank lines; a mis-encoded run "??茖W" where a full stop and the next word were lost ("砥礪奮進??茖W研究方面"); a "…方面,…;…方面,…;" list of the year\'s results with no markers; "2023年," opening paragraphs (a year, not a marker); cut mid-sentence ("努力")',
    isSpeech: true,
    title: YX_TITLE,
    noise: [],
    dropLines: [YX_TITLE],
    outline: [],
  },
  '09-zhuchici-gongyingjituan-kexie-nianhui-kaimu-casino-product-nav-timestamps-junk-copy': {
    source: 'http://www.gongyingjituan.com/article/meitixinwen/1208.html',
    kind: 'speech: 主持词 (the host\'s opening words at the 第二十二届中国科协年会, a live-text record; biotech company site taken over by a casino brand)',
    tests: 'the casino\'s page title "贝斯特游戏官方网站 - 全球最奢华的游戏"; the company\'s product menu run together on one line (about 420 characters of product names with the casino\'s words mixed in); the brand alone on a line; the column label "媒体新闻"; the headline "贝斯特全球最奢华|出气吧|第二十二届中国科协年会" with a brand and a junk keyword glued before the event\'s name by "|"; a "发布日期 2025-12-09" line; two blank lines; then one indented line holding the salutation ("尊敬的各位领导,…女士们先生们朋友们,") and the host\'s words, with the live text\'s "9:15" time marks glued after "奏国歌。" (followed by three spaces) and at the line\'s end; three blank lines; a second copy of the same words with "ღ✿◈★" after every clause, cut after one character ("。全"); no genre word anywhere: the speech is known only by its address to the audience and its first person',
    isSpeech: true,
    title: GY_TITLE,
    noise: [GY_PAGE_TITLE, GY_NAV, GY_BRAND, GY_COLUMN, GY_HEADLINE_PREFIX, GY_DATE, '9:15', GY_COPY, GY_JUNK],
    replace: [['奏国歌。9:15   ', '奏国歌。'], ['热烈的欢迎。9:15', '热烈的欢迎。']],
    dropLines: [GY_PAGE_TITLE, GY_NAV, GY_BRAND, GY_COLUMN, GY_HEADLINE_PREFIX + GY_TITLE, GY_DATE, GY_COPY],
    outline: [],
  },
  '10-yanjiang-shuosay-kexue-tongxuemen-no-title-spliced-sentence-no-noise': {
    source: 'http://shuosay.com/yanjiangfanwen/2294.html',
    kind: 'speech: 演讲 (a pupil\'s speech on loving science)',
    tests: 'no title and no site noise: the capture opens with "同学们:" on its own line; a "……" after a comma inside the first sentence; a rhetorical question closing the second paragraph; a sentence the site spliced ("激起了我从1903年飞上天空的第一架飞机,到…", the words between lost); a stray line repeating half a sentence ("挑起新时代的担子。"); a one-line call to action; the closing "谢谢大家,我的演讲完了" without a full stop; do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-cepsc-discuz-kexie-qida-kaimu-jammer-strings-login-wall-not-speech': {
    source: 'https://tech.cepsc.com/thread-234-1-1.html',
    kind: 'non-speech: news report (a Xinhua report on the opening of the 中国科协 7th national congress; Discuz forum copy)',
    tests: 'two "|" lines; the forum\'s "马上加入,结交更多好友,…" promo and "您需要 登录 才可以下载或查看,没有账号?立即加入" wall with a lone "×"; a dashed rule with a jammer string glued after it; random jammer strings on lines of their own and glued before and after the paper\'s lines ("& x% l+ V0 J$ @7 O" Phttp://www.sina.com.cn …南方日报", "0 H; U) D5 O* y& y8 X+ x2 | 科协七次代表大会开幕,…到会祝贺, n0 i4 F* ]: I", "4 a8 V- A! I5 B这场…", "…表示祝贺。. c; ]" }1 E+ ]) G4 g% A"); a kicker headline and the headline "科技工作者要做自主创新先行者"; one sentence split across a jammer line; the leaders\' 祝词 and its demands reported in the third person ("曾庆红强调,…", "他向科技工作者提出了五点") — a news report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '科技工作者要做自主创新先行者',
    noise: [],
    outline: [],
  },
  '12-news-lawyer168-big5-haiandai-suo-yuanqu-qiyong-zhici-reported-not-speech': {
    source: 'http://www.lawyer168.net/xwzx/zhxw/201809/t20180911_5072444.html',
    kind: 'non-speech: news report (a 中科院 institute\'s report on the opening of its research campus; traditional-script copy on a hijacked domain)',
    tests: 'traditional script with the converter\'s simplified leftovers (并, 屬于, 聯系, 咨詢); the headline "中科院煙臺海岸帶所科研園區落成啟用儀式隆重舉行"; no site noise; a ceremony told in the third person: the guests listed by office, "8點58分儀式開始,首先由…組長…致詞,他代表海岸帶所…感謝…" (首先 after a comma), "她說,…", "他說,…", "希望院方…"; a sentence fragment after a full stop ("為煙臺市實現…支撐。") — a news report, not a speech; cut mid-sentence ("表示")',
    isSpeech: false,
    title: '中科院煙臺海岸帶所科研園區落成啟用儀式隆重舉行',
    noise: [],
    outline: [],
  },
};
