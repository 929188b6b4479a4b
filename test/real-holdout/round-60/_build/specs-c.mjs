// Gold specs for holdout round 60, part c (cases 13–18): archives, local chronicles, secrecy, statistics and
// grain/supply-and-marketing offices (档案、史志、保密、统计、粮食、供销社).
// Four spoken pieces (the executive deputy of the national supply-and-marketing federation's 总结讲话 closing a session
// of its 理事会 (zcexam): the title on the first line with the speaker's name in front ("<name>同志在…上的总结讲话"), no
// salutation and no site chrome, a line announcing the points that ends in a colon, a standalone "一、深刻领会…" heading
// line, and under it a paragraph whose "…以下“六个深刻认识”。一是要深刻认识…" opens an inline 一是 run that the capture
// cuts before its 二是, cut mid-word ("和江"); a traditional-script mirror (crsrw, filed under an unrelated
// "/zhongguoshuiwu/" column) of a national chronicles official's 讲话 at a 地方志工作座谈会 in Xinjiang, from a
// converter that writes every 一 as 壹 ("回應壹下", "進壹步", "壹直", and the list marker itself: "壹、19省市援疆問題")
// and every 志 as 誌 ("同誌們:", "地方誌", "方誌館"), with the spun source's own slips kept: "20xx 165438+10月" (a month
// number garbled into a long digit run), the group leader named "莫遠" and "墨遠" in turn, "中指團", "鏡" where 年鉴 was
// meant, "在新疆地方誌書記蘇的帶領下"; the three answers to the hosts' suggestions run inline in one paragraph as
// "壹、…。…第二,關於…。…第三,關於…。", cut mid-sentence ("民族地區和"); the Chongqing supply-and-marketing
// federation's party secretary's 讲话 at the 70th-anniversary symposium, on a hacked company site (serendibagriproducts)
// whose pages were rewritten for a betting brand: a breadcrumb "您所在的位置:首页 > 云开体育> 云开体育大学习" (the column
// renamed after the brand), an English section label "Enterprise party building", a bare brand line "云开体育", the
// title tagged "云开体育大学习|" with a stray space inside it ("总社 成立") and the date in parentheses, an editor's
// "按:…" note on the meeting in the third person, blank lines of one and two, then the speech with no salutation, "回顾
// 70年的发展历程,大体可分为3个阶段。" and a block "——第一个阶段,建社起步到直辖前。" paragraph whose period of ownership
// changes is written "集体(1950年)——全民(1958年)——…" inside the sentence, the source's slip "195111月" kept, cut
// mid-word ("流通网"); a news-agency page (chinanews) carrying the national statistics bureau head's talk on the first
// economic census: the agency's dateline lead "中新网北京12月3日电 …发表谈话,…" summarising the talk, the label
// "以下是讲话全文:", then the talk: no salutation, ministries listed, "下面我讲几点意见。", a standalone "一、第一次全国
// 经济普查的由来和前一阶段的工作情况" heading, "SARS" in ASCII, cut inside a document title ("《关于开展第一次全国经济普查"))
// and two written look-alikes (a novel chapter on a reading site (momolili) about a county secretary in a grain-seizing
// and bandit-suppression story: breadcrumb "天津文学网 > 夺粮剿匪记 > §§第四十九章金秋", the chapter heading repeated,
// scrambled lines from different scenes with no sentence-final punctuation inside quotes, single Thai letters
// glued into words as anti-scrape marks ("武大为ฦ指着", "封冻前๩就", "断了蕊那ว时候", "非娶ດ刘美玉", "这张脸຀实在", "开个ฐ
// 小会"), traditional leftovers 來/沒, a stray speech-like fragment "“开场前我先说一段:县委书记林大锤", and a meeting the
// secretary opens in quotation marks ("林大锤就开始言:“今天这个会是我临时决定的…") where the capture ends — a novel,
// not a speech; a county news site's report (fakutownee, a cloned site whose URL names another city) of a 保密 lecture
// series: the site's "法库传媒网讯(通讯员 <name>)" lead, the lecturer's talk summarised, and the deputy secretary's
// remarks reported at length as "钟晓岚在讲话中指出,…各单位、各部门一定要…" in the third person — a news report).
// Judgement calls: 13's first line is the document's own title, speaker's name included (dropped, not noise); the block
// 一、 heading is a required level-1 item; the inline "一是要…" after "。" is the first of a run whose second number lies
// past the cut: optional, level 2 (below the 一、 heading above its paragraph), its text the whole first sentence (41
// characters, under 50). 14's title is the converted line as printed ("在地方誌工作座談會上的講話"); "同誌們:" is the
// salutation; 壹、/第二,/第三, are read by a reader as the three answers, but 壹、 is no marker of the rule table and 第二,
// opens no run (its 第一 was never written), so the rules find no outline: all three are optional level-1 items
// (inline in a paragraph that opens with no marker), each text its first sentence. 20xx, "165438+10月", "鏡" and the two
// spellings of the leader's name are the source's and stay. 15's title drops the brand tag "云开体育大学习|" (noise) and
// keeps the rest as printed, the inner space and "(11月25日)" included (a date, not a site tag or count); the breadcrumb,
// the English label, the bare brand line and the editor's "按:" note (the meeting told in the third person, above the
// speech) are noise; the "——第一个阶段,…。" paragraph is a block dash point, required, level 1, its text the first
// sentence; the dashes between the years sit inside a sentence and are no points; "195111月" stays. 16 has no headline
// in the capture (title ""); the agency lead and the label "以下是讲话全文:" are noise (as the press leads above
// "以下为…的致辞" in earlier rounds); the 一、 heading line is a required level-1 item. 17 is narration with dialogue (a
// novel), 18 reports a meeting and a 讲话 in the third person (a news report); both have no title in the capture ("",
// informational).
// All living people's names were replaced by fictional ones (13: the speaker and the reporting chairman, the four
// provinces that spoke; 14: the two hosts and the group leader, the small town of the training class replaced by its
// region; 15: the speaker; 16: the bureau head, the Tianjin officials and their district; 18: the reporter, the
// lecturer, the chairing deputy secretary and the lecture series' town); national leaders are not named (13: "国务院领导
// 同志"; 16: "国务院领导同志"; 18: "中央领导同志"). 17's characters are the novel's own and were kept; its lines were
// rewritten. All prose was rewritten in new words; the noise lines, the junk letters, the converter's 壹/誌, the
// placeholders and the cuts are as found. 14 was drafted in simplified characters, converted with OpenCC (s2t), then
// 匯報/了解/里/著/聯系/為/啟動/細致/參加 put back as the mirror prints them and 志→誌, 一→壹 applied throughout.
// Looked for and not found on a new host: a 档案 speech (全市/全县档案工作会议, 国际档案日, 档案馆开馆致辞): the pages corpus
// answers with journal abstracts on used hosts (jxxfw, soolun, ppdoc, 218.28.6.71), government news items and 文库
// copies on used hosts (wenke99, xiaomilidoc); a 粮食 speech (粮食工作会议, 粮食安全, 秋粮收购): only gongwen.com.cn,
// wenku.docs.qq.com and wm114 (used) and news items; a 保密 speech or 党课: gongwk and wenmizhiyou (used), news and a
// 保密 宣讲 collection on heartjkgl (used); a 统计 speech on a 范文 template site: m.7rdy.cn, m.wenke99.com,
// xiexiebang.com (used); a 史志/统计 主持词. Template twins set aside: pftac.com (a traditional novel chapter on a 供销总社
// meeting, "第(1/3)頁" paging and /book/<a>/<b>/<c>.html URLs — the xiaoshuodang template of round 46), ytzw.net (a 县供销社
// novel under "手机浏览器扫描二维码访问", the novel-site header of round 1 and the shared corpus), maincolor.cn (a 保密
// 心得体会 under "/XinDeTiHuiFanWen/<id>.html", the CamelCase-column template of earlier rounds); hnmn.xwcm.net (a 保密法
// 心得) is another subdomain of a used host. Also seen and not taken: hprc.org.cn (a 地方志 speech with block 第一,/第二,
// and no noise), tjj.hebei.gov.cn (a 经济普查 speech with a date line, 一、 and 第一,), zzdsw.com (a 史志 news item with
// a 一是…七是 agenda), eldfjall.com (a short 保密 news item, under 600 characters), baodimeat.com (a traditional
// pinyin mirror of a 地方志 news item).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZC_TITLE = '宋立衡同志在总社第四届理事会第二次全体会议上的总结讲话';

const CR_TITLE = '在地方誌工作座談會上的講話';

const SE_CRUMB = '您所在的位置:首页 > 云开体育> 云开体育大学习';
const SE_LABEL = 'Enterprise party building';
const SE_BRAND = '云开体育';
const SE_TAG = '云开体育大学习|';
const SE_TITLE = '邓启明同志在庆祝重庆市供销合作总社 成立七十周年座谈会上的讲话(11月25日)';
const SE_AN = '按:今年是重庆市供销合作总社成立70周年,70年来重庆供销合作社走过了一条很不平凡的发展道路。为传承供销社的好传统,弘扬“扁担精神”“背篓精神”,凝聚干事创业的力量,11月25日,市供销合作社召开庆祝建社70周年座谈会,党委书记、主任邓启明出席并讲话,市供销合作社班子成员、离退休老同志代表、“两优一先”代表、区县供销社代表、机关各处室负责人、直属企事业单位负责人等70余人参加座谈。';

const CN_LEAD = '中新网北京12月3日电 国务院第一次全国经济普查领导小组副组长、国家统计局局长黎文澍在第一次全国经济普查标准时点12月31日临近之际发表谈话,介绍了这次经济普查的来由和前段工作进展,指出了必须切实解决的几个突出问题,对全面做好普查各项准备工作提出要求,强调普查登记的准备工作务必在本月内全部完成,为明年1月1日起的普查登记打下扎实基础,打赢这场投入几十亿元的攻坚战。';
const CN_LABEL = '以下是讲话全文:';

export const specs = {
  '13-jianghua-zcexam-gongxiaoshe-lishihui-zongjie-yi-lone-yishi': {
    source: 'http://zcexam.com/content-55726-855-1.html',
    kind: 'speech: 讲话 (the executive deputy head of the national supply-and-marketing federation closing a session of its 理事会)',
    tests: 'the title on the first line with the speaker\'s name in front ("<name>同志在…全体会议上的总结讲话") and no other noise; no salutation; a long opening paragraph of the meeting\'s record and praise for the report; "下面,…讲几点意见:" ending in a colon; a standalone heading line "一、深刻领会…的精神和内涵"; under it a paragraph where "…以下“六个深刻认识”。一是要深刻认识…" opens an inline 一是 run whose 二是 lies past the cut (optional, level 2); quoted slogans and a shop name in quotation marks; cut mid-word ("和江")',
    isSpeech: true,
    title: ZC_TITLE,
    noise: [],
    dropLines: [ZC_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '深刻领会长青同志工作报告的精神和内涵' },
      { level: 2, marker: '一是', text: '要深刻认识一年来取得的成绩,倍加珍惜来之不易的发展局面,进一步坚定夺取新胜利的信心', optional: true },
    ],
  },
  '14-jianghua-crsrw-big5-difangzhi-zuotanhui-converter-yi-dier-disan': {
    source: 'http://crsrw.com/zhongguoshuiwu/31735.html',
    kind: 'speech: 讲话 (a national chronicles official at a 地方志工作座谈会 during an inspection in Xinjiang; traditional-script mirror)',
    tests: 'traditional script from a converter that writes 一 as 壹 everywhere ("回應壹下", "進壹步", "壹直", the list marker "壹、") and 志 as 誌 ("同誌們:", "地方誌", "方誌館"); the title line and the salutation, no site chrome; the hosts\' suggestions answered inline in one paragraph as "壹、19省市援疆問題。…第二,關於…。…第三,關於…。" (a reader\'s list that the rule table does not read: optional items); the source\'s own slips kept: "20xx 165438+10月", the leader\'s name in two spellings (莫遠/墨遠), "中指團", "鏡"; cut mid-sentence ("民族地區和")',
    isSpeech: true,
    title: CR_TITLE,
    noise: [],
    dropLines: [CR_TITLE],
    outline: [
      { level: 1, marker: '壹、', text: '19省市援疆問題', optional: true },
      { level: 1, marker: '第二,', text: '關於專業人才短缺,希望加大培養力度', optional: true },
      { level: 1, marker: '第三,', text: '關於對少數民族地區地方誌的支持', optional: true },
    ],
  },
  '15-jianghua-serendib-hacked-gongxiaoshe-70zhounian-crumb-an-dash': {
    source: 'https://serendibagriproducts.com/QMQEcpZrtF/index/about/enterpriseinfo/newclass_id/33/id/452.html',
    kind: 'speech: 讲话 (the party secretary of the Chongqing supply-and-marketing federation at its 70th-anniversary symposium; hacked company site)',
    tests: 'a company site rewritten for a betting brand: the breadcrumb "您所在的位置:首页 > 云开体育> 云开体育大学习", an English label "Enterprise party building", a bare brand line "云开体育", the title tagged "云开体育大学习|" with an inner space ("总社 成立") and "(11月25日)"; an editor\'s "按:…" note on the meeting in the third person; single and double blank lines; the speech with no salutation; "…大体可分为3个阶段。" then a block dash point "——第一个阶段,建社起步到直辖前。…" (required, level 1) whose sentence has "——" between years; the slip "195111月"; cut mid-word ("流通网")',
    isSpeech: true,
    title: SE_TITLE,
    noise: [SE_CRUMB, SE_LABEL, SE_BRAND, SE_TAG, SE_AN],
    dropLines: [SE_CRUMB, SE_LABEL, SE_BRAND, SE_TAG + SE_TITLE, SE_AN],
    outline: [
      { level: 1, marker: '——', text: '第一个阶段,建社起步到直辖前' },
    ],
  },
  '16-jianghua-chinanews-jingji-pucha-press-lead-quanwen-yi': {
    source: 'http://chinanews.com.cn/news/2004/2004-12-03/26/512639.shtml',
    kind: 'speech: 讲话 (the head of the national statistics bureau on the first economic census, during an inspection in Tianjin; news-agency page carrying the full text)',
    tests: 'no headline in the capture; a news agency\'s dateline lead "中新网北京12月3日电 …发表谈话,…" summarising the talk, then the label "以下是讲话全文:" (both noise); the talk with no salutation, a list of ministries, "我这次到天津,也是来…学习的", "下面我讲几点意见。"; a standalone heading "一、第一次全国经济普查的由来和前一阶段的工作情况" (required); "SARS" in ASCII; dates and a document title; cut inside a title ("《关于开展第一次全国经济普查")',
    isSpeech: true,
    title: '',
    noise: [CN_LEAD, '中新网北京12月3日电', CN_LABEL],
    dropLines: [CN_LEAD, CN_LABEL],
    outline: [
      { level: 1, marker: '一、', text: '第一次全国经济普查的由来和前一阶段的工作情况' },
    ],
  },
  '17-novel-momolili-duoliang-junk-chars-scrambled-meeting-not-speech': {
    source: 'http://www.momolili.com/yazhoulongteng/1348/1348424/129730424.html',
    kind: 'non-speech: novel (a chapter of a grain-seizing and bandit-suppression story about a county party secretary; reading site)',
    tests: 'a reading site\'s breadcrumb "天津文学网 > 夺粮剿匪记 > §§第四十九章金秋" and the chapter heading repeated; lines from different scenes run together, quotes without sentence-final punctuation; single Thai letters glued into words as anti-scrape marks (ฦ ๩ ว ດ ຀ ฐ); traditional leftovers 來/沒; a speech-like fragment "“开场前我先说一段:县委书记林大锤"; the secretary opening a meeting in quotation marks ("林大锤就开始言:“今天这个会是我临时决定的…") where the capture ends — narration, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '18-news-fakutownee-baomi-baogaohui-quoted-jianghua-not-speech': {
    source: 'http://fakutownee.cn/shenyang/donggang/8715.html',
    kind: 'non-speech: news report (a county lecture series\' session on 保密 work; cloned news site)',
    tests: 'a news item opening with the site\'s "法库传媒网讯(通讯员 <name>)" lead; a provincial secrecy bureau head\'s lecture summarised; the chairing deputy secretary\'s remarks reported at length ("钟晓岚在讲话中指出,…各单位、各部门一定要…"), with speech vocabulary (讲坛, 报告会, 主持, 讲话) but all in the third person — a written report, not a speech; no title in the capture; cut mid-sentence ("作出")',
    isSpeech: false,
    title: '',
  },
};
