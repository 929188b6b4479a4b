// Gold specs for holdout round 42, part c (cases 13–18): the workplace — safety-month meetings, company ceremonies,
// New-Year gatherings in a work unit, speech contests and what a leader says before the holidays.
// Four spoken pieces (a county leader's 讲话 opening the 11th 安全生产月 on a 企业范文 site (yanjiang.com.cn), with no
// title in the capture, a "推荐阅读:" teaser line quoting the speech above the salutation, two block headings 一、/二、 and,
// under 二、, a list "一是要…。二是要…。三是…。" that opens after a colon and continues with block "四是…"/"五是…" lines, cut
// mid-sentence ("制定本"); a power-supply worker's safety 演讲稿 on a traditional-script mirror (m.mnnsrtd.cn) with
// converter pinyin after a fixed set of characters (網(wǎng), 發(fā), 現(xiàn), 衛(wèi), 監(jiān), 規(guī), 經(jīng), 業(yè)), the news byline
// "本網(wǎng)訊(通訊員 韓磊)" glued before the first word "首先", and five mis-encoded runs where a full stop and an opening
// quote were lost ("生命?!鞍踩谝?,", "作業(yè)?!捌鹗加谛羷?,", "耳熟能詳?shù)陌踩裱?。", "生產?!懊鞑烨锖帘…", "讓我們?yōu)榱诉@個");
// a company founder's words at the 上樑典禮 of a new plant, on his own blog in genuine traditional script (mingchien.blog),
// with no title in the capture, the salutation "各位同仁大家好" without punctuation, three rhetorical questions on one line
// separated by "? ", 「」 quotes, cut mid-sentence; a 新春团拜会致辞 on a Discuz forum reached by IP address (154.85.43.82),
// the title line ending in table pipes "| |", eight lines of the poster's own lead (how he was asked to speak, "现把当时随口
// 说出的几句话,稍作整理记在这里。") above "各位同事们:", three wish lines "工作上,…;/身体上,…;/生活上,…!" after a colon,
// a closing "最后,再祝大家:…" and two lone "|" lines) and two written look-alikes (an explainer on a Q&A site
// (fudaoke.com) of what a leader's 春节前会议 speech covers, four block paragraphs "第一,…。/第二,…。/第三,…。/第四,…。" —
// an article about speeches, not a speech; a 有感 on a company site (amava-africa.com) about a 安康杯 speech contest,
// titled "观“安康杯”演讲有感 | |", with a "双击自动滚屏 | 发布者:ALice 发布时间:… 阅读:次 |" meta line, the title repeated
// glued to the first sentence, quoted safety slogans, and 上一篇/下一篇 lines — a written 心得, not a speech).
// Judgement calls: 13 has no title (""); the 推荐阅读 teaser is the site's and noise as a whole line; 一、 and 二、 are the
// required level-1 headings; the 一是…五是 list under 二、 is what a reader sees but not what the rules read (一是 follows a
// colon, so the inline run 二是/三是 does not start at 一, and the block 四是/五是 continue no open run), so all five are
// optional level-2 items. 14 is a speech (a 演讲稿 addressed to its audience: "請大家靜下心來", "從您點頭的神情") printed as a
// company-news item; the byline "本網(wǎng)訊(通訊員 韓磊)" is the site's and cut by `replace`; pinyin is cut by regexCut; the
// mis-encoded runs stay; the paragraph then opens with "首先" (no comma, no 其次 in the capture): a courtesy opener, one
// optional level-1 item. 15 has no title (""), no noise and no outline (the "我想請問…" anaphora is not numbering); the
// blog's form "那裏" is kept. 16 is a speech: its title names a 致辞 and the poster's lead
// above the salutation plays the part of a press page's lead above "以下为…的致辞" (noise, line by line); the title line is
// dropped and " | |" listed; the lone "|" lines are noise; "最后,再祝大家:…" is a courtesy closing 最后 with no run before it:
// one optional level-1 item; the wish lines after the colon carry no markers. 17 and 18 are written, not speeches. All
// private people's, companies' and small places' names are fictional (the founder's company in 15 is "宏聯", the worker
// in 14, the speaker in 18, the nicknames "老桑/古渡桑" in 16).
// Looked for and not found on a new host: a 销售誓师 or 开门红 speech (the corpus answers with novel chapters and baidu tag
// pages); a 新员工入职 welcome speech with 第一/第二 (only company news items: jinlichashi, 86cm, dfmc, 752mk — reports, and
// novels); a 职代会 or 工会 speech with 一、/一是 on an unused host (sedoc.cn is the uedoc.cn template of round 16: the same
// "/<site>/<id>.html" path, bare "党委书记 XX" byline and "......此处隐藏N字,下载文档可见......" marker; one 职代会闭幕 speech
// with 一、/一是 came without a URL); a 年会致辞 on a 范文 site with numbered points (9000bbs, cooco, weiwencheng, shouyouha,
// ggfwb, dxkbw are used); a 员工手册 with 第一条 (wensiwu, 61taotao, kaoyanmiji are used); a 年终总结; a news item about a
// company 年会 on an unused host in the leading text (tianlangart is used). Template twins set aside: xchen.com.cn (美章网
// "资料文库" breadcrumb and "…范文" title of round 11's meizhang.com), fanwen9.com ("时间:… 讲话稿 我要投稿" meta of the
// haikao/gaozihui family), swy7.com ("<site> / <crumb> > 导航 / 发表时间 / … 篇1", round 33's sq158/popo666), ressing.cn
// (a traditional copy of the used ahzhl.cn, same "xwxq?article_id=" page), qiantimeigw.com (the "/HeCiZhuFuYu/" CamelCase
// template of gxscse/szftgk/78911), renwen.shuyang.tv ("/jxfw/<yyyymm>/", the czt/jjcmw template), wyyxscd8644.com (学习啦
// breadcrumb under a spam header, xuexila), ruiying.cn (the "article-<n>-<n>.html" mirror shape of round 31's plzso.com).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const YJ_TEASER = '推荐阅读:同志们,安全生产这根弦一刻也松不得,我们必须盯住每个岗位、每道工序、每个时段,半点也不能马虎。希望大家认认真真地把“安全生产月”各项活动落到实处……';

const MN_BYLINE = '本網(wǎng)訊(通訊員 韓磊)';

const TB_TITLE = '新春团拜会致辞';
const TB_TITLE_LINE = '新春团拜会致辞 | |';
const TB_LEAD = [
  '虎年上班第一天。',
  '正在参加全县政法工作会呢,接到电话通知:午间新春团拜会上,说几句新春祝词。',
  '太突然了。老桑干这个差事好些年,实在想不出新词了。',
  '于是,想起每天上下班路过的一户人家,门上常年贴着一副春联:天增岁月人增寿,春满乾坤福满门。横批:四季平安。',
  '这户人家的春联,十几年一字不改。纵然这春联再喜庆、再吉利,看久了也难免乏味。好比我古渡桑,年年上台,这张锐气渐消、风霜满面的老脸,再搬上台去,实在是有些委屈院里的同事们了。汗颜,汗颜呀!',
  '十二点过后,会议才结束。随党组成员们赶到团拜会现场,全场同事起身鼓掌,真叫老桑有些手足无措。倒不是怯场,是真的搜肠刮肚、无话可说了呀。',
  '只好硬着头皮上台。在大家热情的掌声里,老桑总算找回了些状态。现把当时随口说出的几句话,稍作整理记在这里。',
];

export const specs = {
  '13-jianghua-yanjiang-anquanyue-tuijian-teaser-yi-yishi': {
    source: 'http://yanjiang.com.cn/qiye/fanwen/cehua/2012/0602/4239.html',
    kind: 'speech: 讲话 (a county leader launching the 11th national 安全生产月; 企业范文 column of a speech site)',
    tests: 'no title in the capture; a "推荐阅读:…" teaser line quoting the speech (ending "……") above the salutation "同志们:"; block headings "一、统一思想,…紧迫感" and "二、结合实际,突出重点,务求实效" (no sentence end); under 二、 a list opened after a colon, "…工作:一是要…活动。二是要…活动。三是…活动。", continued by block lines "四是开展…活动。" and "五是组织开展“XX热能杯”…活动。" (the XX placeholder kept); a bracketed "(街道)"; cut mid-sentence ("制定本")',
    isSpeech: true,
    title: '',
    noise: [YJ_TEASER],
    dropLines: [YJ_TEASER],
    outline: [
      { level: 1, marker: '一、', text: '统一思想,提高认识,切实增强开展“安全生产月”活动的责任感和紧迫感' },
      { level: 1, marker: '二、', text: '结合实际,突出重点,务求实效' },
      { level: 2, marker: '一是', text: '要组织全县“安全生产月”主题宣传咨询日活动', optional: true },
      { level: 2, marker: '二是', text: '要开展安全生产应急救援演练周活动', optional: true },
      { level: 2, marker: '三是', text: '开展重点企业全员安全轮训活动', optional: true },
      { level: 2, marker: '四是', text: '开展安全生产联合执法暨事故隐患大排查活动', optional: true },
      { level: 2, marker: '五是', text: '组织开展“XX热能杯”安全生产知识竞赛等活动', optional: true },
    ],
  },
  '14-yanjianggao-mnnsrtd-big5-pinyin-benwangxun-glued-shouxian-mojibake': {
    source: 'http://m.mnnsrtd.cn/ndwy/20160418/20205.html',
    kind: 'speech: 演讲稿 (a power-supply worker on safety, printed as a company-news item; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after 網/發/現/衛/監/規/經/業 (cut by regexCut); the news byline "本網(wǎng)訊(通訊員 韓磊)" glued before the first word of the speech; no title; the opening "首先請大家靜下心來,…?" (首先 without a comma, no 其次 follows); "?…" at a sentence end; five mis-encoded runs where "。“" was lost ("生命?!鞍踩谝?,", "作業(yè)?!捌鹗加谛羷?,", "耳熟能詳?shù)陌踩裱?。", "生產?!懊鞑烨锖帘0踩牢⒍艥u排隱患”", "讓我們?yōu)榱诉@個") kept; quoted slogans; a "——" inside a sentence (no dash point); cut mid-sentence ("處處")',
    isSpeech: true,
    title: '',
    noise: [MN_BYLINE],
    replace: [[MN_BYLINE, '']],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '首先', text: '請大家靜下心來,想像一下,假如今天的城市突然斷了電,我們的生活會是什麼樣子', optional: true },
    ],
  },
  '15-jianghua-mingchien-taiwan-shangliang-dianli-no-title-qmarks': {
    source: 'https://mingchien.blog/2011/11/15/%E6%85%B6%E7%A5%9D%E5%AE%B6%E7%99%BB%E7%B2%BE%E5%AF%86%E5%8D%97%E7%A7%91%E5%BB%A0%E4%B8%8A%E6%A8%91%E5%85%B8%E7%A6%AE/',
    kind: 'speech: 讲话 (a company founder to his staff at the topping-out ceremony of a new plant; his own blog, genuine traditional script)',
    tests: 'genuine traditional script (not a converted mirror) with 「」 quotes and ASCII ",!?" beside "。"; no title and no site chrome in the capture; the salutation "各位同仁大家好" with no punctuation; a long first paragraph of recollection with a full stop inside a sentence ("…幾十萬。但是我知道…", "…我知道。都是從…"); three rhetorical questions "我想請問各位宏聯人,…?" on one line separated by "? " (anaphora, not numbering); no outline; cut mid-sentence ("能力的")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-zhici-discuz-tuanbaihui-blog-lead-pipes-zuihou': {
    source: 'http://154.85.43.82/forum.php?goto=nextoldset&mod=redirect&tid=6043',
    kind: 'speech: 致辞 (a court official\'s words at his unit\'s Spring-Festival gathering, posted with his own lead on a forum blog)',
    tests: 'a forum reached by IP address; the title line "新春团拜会致辞 | |" with table pipes; eight lines of the poster\'s own lead (being asked at short notice, a couplet he passes every day, "现把当时随口说出的几句话,稍作整理记在这里。") above the salutation "各位同事们:" / "大家中午好!"; quoted lines of verse; three wish lines "工作上,…;" / "身体上,…;" / "生活上,…(…)!" after "祝愿同事们:"; a closing "最后,再祝大家:…!" with no run before it; "谢谢大家!"; two lone "|" lines at the end',
    isSpeech: true,
    title: TB_TITLE,
    noise: ['| |', '|', ...TB_LEAD],
    dropLines: [TB_TITLE_LINE, '|', ...TB_LEAD],
    outline: [
      { level: 1, marker: '最后,', text: '再祝大家:团拜会上,吃好、喝好、乐呵无限', optional: true },
    ],
  },
  '17-article-fudaoke-chunjie-qian-huiyi-jianghua-diyi-blocks-not-speech': {
    source: 'https://www.fudaoke.com/exam/2838133.html',
    kind: 'non-speech: article (what a leader\'s speech at the pre-Spring-Festival meeting usually covers)',
    tests: 'an explainer in the third person about 春节前会议领导讲话 with four block paragraphs "第一,回顾年度成绩与不足。…" / "第二,…" / "第三,…" / "第四,…" and a closing summary — about speeches, not a speech; no title, salutation or closing in the capture; ends at a sentence end',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-xinde-amava-ankangbei-yanjiang-yougan-meta-prevnext-not-speech': {
    source: 'https://amava-africa.com/show-46-2813-1.html',
    kind: 'non-speech: 心得 (有感 on a company\'s 安康杯 safety speech contest)',
    tests: 'a company site\'s article page: the title "观“安康杯”演讲有感 | |" with table pipes, a "双击自动滚屏 | 发布者:ALice 发布时间:2010-11-12 阅读:次 |" meta line, the title repeated glued to the first sentence by a space, the whole 有感 on one line ending " |", quoted safety slogans and a contestant\'s piece "爸爸,我想对你说", four "安全是…;" clauses, a lone "|" line, 上一篇/下一篇 lines — a written reflection on speeches, not a speech',
    isSpeech: false,
    title: '观“安康杯”演讲有感',
    noise: [],
    outline: [],
  },
};
