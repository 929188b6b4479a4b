// Gold specs for holdout round 204, part B (cases 07–12): the internet and e-commerce (互联网大会 致辞, 电商 峰会 演讲, 直播电商
// 培训班 开班 讲话, 数字经济 论坛 致辞, 网络文化节 讲话 — and look-alikes of the theme). About forty queries found the theme's
// speeches almost all on used hosts (see "Looked for and not found" below: rounds 90, 137 and 151 worked this theme), so this part
// holds three spoken pieces from the theme's neighbourhood (a smart-city expo, a software launch, a big-data expo in a flag-raising
// speech) and three written look-alikes of the theme itself (the World Internet Conference in two reports and a commentary).
// Three spoken pieces (a computer association chairman's 致詞 at the opening of the 2019 智慧城市展, in the "名家專欄" column of a
// Taiwanese smart-city association's site (smartcity.org.tw, "/auto_detail.php?id=<n>"): the column label "名家專欄", the headline
// "童子賢:分享智慧經驗,創造城市繁榮" as the only title line, a bare posting date "2019-04-19", an editor's note "編者按,…以下是致詞內容:",
// lines holding a single space between the blocks, a salutation "各位與會嘉賓、各位媒體朋友,大家好、大家早安。", short one-sentence lines,
// "因此,我們主張:" / "也因此,我們再次強調:" (no ordinal), cut after "此外,"; a Chinese official's remarks at a software launch on a
// traditional-script converter mirror (m.gensurebio.cn, "/p/<id>.html"): no title and no salutation in the capture (the page starts
// inside the speech), pinyin after a fixed set of characters (業(yè), 產(chǎn), 發(fā), 關(guān), 環(huán), 預(yù), 統(tǒng), 內(nèi), 權(quán), 導(dǎo), 態(tài), 礎(chǔ), 責(zé),
// 擔(dān), 當(dāng)), "下面我主要講三點:第一,…" with 第一, after a colon, then "第二,…" and "第三,…" opening paragraphs, cut mid-word
// ("用上新產"); a pupil's 国旗下演讲 on technology and innovation that opens with the 2021 big-data expo (数博会), on a hijacked
// company domain (saibosi.com, "/xinwenzixun/gongsixinwen/<id>.html"): no title, a betting brand glued five times into the text (at
// the very start before "大家好!", after "其中", after "现实", after "专利" and after "规划" at the cut), the speaker's self-introduction
// with her class, cut after "比如通过规划…,") and three written look-alikes (a Shanghai evening paper's e-paper page (xmwb.xinmin.cn,
// "/html/<y-m>/<d>/content_<n>.htm") on the second World Internet Conference opening: third person, Xi's speech summarised, a
// "提出五点主张:" line followed by five "■ …;" bullet lines, a "(相关报道见A2-A3版)" page pointer — a report, not a speech; a
// traditional-script county work site (www.hejinshan.cn, "/html/<y>/<m>/<d>/<id>.html") reposting a 國平 commentary on the
// conference: a crumb "首頁 > 工作動態 > 正文", the headline, an empty "稿件來源: 發布時間:2015-12-20" line, "第二屆世界網大會" with 互聯
// missing, a quoted line of Xi — a commentary, not a speech; a portal on an odd domain (bankipay.com, "/html/<id>.html") carrying the
// first conference's opening report: "您的位置首页  嘉兴", the headline, a bullet list of meta items "• 来源:互联网", "• |", "• 2015-01-14",
// "• 0 条评论", "• T小字 T大字", the list of speakers who 致辞, the 贺词 retold — a report, not a speech).
// Judgement calls: 07 is a speech page: the document is the chairman's 致詞 in the first person ("我謹代表主辦單位,…"); the column
// headline is the page's only title line and is the title as printed (as round 184 B's 07 and round 134 case 02 took a "name:
// quote" headline); "名家專欄" and the bare date line are page chrome (a posting date, as round 5 case 08's bare date line and round
// 184 B's 08); the "編者按,…以下是致詞內容:" note is the editor's lead (as round 134 case 02's press lead and "以下是…演讲实录:" in round
// 184 B's 07), listed whole and by its label; the lines holding one space are no paragraphs. 08 is a speech page with no title ("" as
// round 4 case 11 and round 6 case 07, no title is invented) and no salutation in the capture: it is first person and addresses the
// audience ("下面我主要講三點", "我希望微軟公司…"); the pinyin annotations go by the usual expression and are listed as noise; 第一,
// follows a colon, so by the letter of the rules it is no inline point, and 第二,/第三, opening paragraphs then continue no run; a
// reader takes all three for the speech's points → all three optional, level 1 (as round 4 case 07: 第一, after a colon, 第二,/第三,
// after full stops), texts cut at the first comma where the sentence is longer than 50 characters, 第三,'s the capture's remainder
// ("說到新產品的發布,作為新產品當然是希望用戶早一點用上新產", as round 184 B's 07 "贫困户产品的竞"); "一方面" is never a marker. 09 is a
// 国旗下演讲 (a spoken genre; the speaker greets "大家好!" and names "今天我国旗下演讲的主题"), with no title line → ""; the glued
// brand is a watermark, cut everywhere (one `replace`) and listed alone and with its neighbours (as glued watermarks in the shared
// corpus and round 1 case 06's "(来自)"); the salutation "大家好!" stays glued to the self-introduction (no break invented); the
// expo figures in the second paragraph are the speech's own example, not a report; no outline. 10, 11 and 12 are written: 10 a report
// whose ■ bullets restate the proposals of a speech (a report's summary, as round 5 case 15's and round 184 B's 12), 11 a signed
// commentary in the third person, 12 a report naming who 致辞 (as round 184 B's 11). Names: the pupil in 09, her teacher and the
// student inventor were replaced by fictional ones; the public figures (07's 童子賢 in his association role, the heads of state and
// officials in 10–12, 馬云, 金立群, 趙厚麟) were kept; the prose was rewritten (for 08 and 11 in the mirrors' script, with the annotations
// after the same characters), the noise and layout kept.
// Looked for and not found on a new host: a 世界互联网大会 致辞 (towerswatsen.com's 馬凱 致辭 is used (round 90); media.people.com.cn's
// 邬贺铨 闭幕致辞 is on people.com.cn, used; plasnews.com's novel chapter is used (round 137); the rest are reports: zjnews.zjol.com.cn,
// hangzhou.baogaosu.com (baogaosu.com used)); a 电商 峰会/协会 演讲 (shaduren.com's 宋玲 is used; kjkxun.com's APEC keynote is used
// (round 151), scholarsupdate.hi2net.com holds the same text and was set aside by round 151; joejoeyourmoney.pixnet.net's 网商大会 演說
// is on pixnet.net, used; 360docs.net's 2012 网商大会 发言稿 and m.kuaidu.com.cn's page 2 are used hosts; ghqlgyb.cn's 双11 复盘 is used);
// a 直播电商/电商 培训班 开班 讲话 (only reports and plans: ds.ec.com.cn, renrendoc.com, m.39zn.cn tag pages, a novel chapter on bqgyy.net);
// a 数字经济 论坛 致辞 (reports: m.gh1684.com, 7baotech.com (used), cinic.org.cn; sc.isd.gov.hk's 电脑通讯节 致辞 is on isd.gov.hk, used;
// sayit.pdis.nat.gov.tw and president.gov.tw are used); a 网络文化节 讲话 (school and press reports: dwxsgzb.gxgsxy.edu.cn,
// gd.huaxia.com (used), news.cnnb.com.cn (used), 52qqmz.cn, hebei.news.163.com (163.com used), and a school news page on a domain
// carrying a casino brand, not taken); a 网信工作会议 讲话 with 一、/一是 (m.bimoxiezuo.com, used in the shared corpus); a 文明上网 or
// 网络安全 国旗下讲话 (huatuo3.com (huatuo3.cn used), igat.cn (used), haomeiwen.com (used)); a 电商产业园/交易会 致辞 (ceramicschina.com,
// set aside as used by round 137; 262wan.com used); a 软交会 致辞 (digi.it.sohu.com, sohu.com used). So only 08 carries numbered
// points (three optional ordinals).
// Template twins considered: m.gensurebio.cn has the "m.<name>.cn/p/<id>.html" path shape and pinyin converter of round 199 C's 18
// (m.b57w946.cn); the "/p/<id>.html" path is also on unrelated used sites (dezhoudaily.com, www.wenlvnews.com, y.meizhou.cn), the
// annotations are the converter's output (as round 151 C kept ghqlgyb.cn), and neither capture carries a brand, blurb or meta line, so
// it was kept as a different site on a common converter; saibosi.com's glued betting brand occurs in no gold file (checked
// test/real-holdout); hejinshan.cn's "首頁 > 工作動態 > 正文" crumb and "稿件來源: 發布時間:" line, bankipay.com's "• 来源:" / "T小字 T大字"
// bullets and xmwb.xinmin.cn's "(相关报道见A2-A3版)" occur in no gold file; /work/notes/twin.mjs found no shared noise line on any of the
// six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SC_TITLE = '童子賢:分享智慧經驗,創造城市繁榮';
const SC_COLUMN = '名家專欄';
const SC_DATE = '2019-04-19';
const SC_NOTE = '編者按,台北市電腦公會童子賢理事長於2019智慧城市展開幕暨頒獎典禮中致詞。以下是致詞內容:';

const BRAND = 'E星体育';

export const specs = {
  '07-zhici-smartcity-big5-zhihui-chengshi-zhan-column-label-headline-title-date-bianzhean-lead-space-lines': {
    source: 'https://smartcity.org.tw/auto_detail.php?id=104',
    kind: 'speech: 致詞 (a computer association chairman opening a smart-city expo; Taiwanese association site, traditional script)',
    tests: 'a column label "名家專欄"; the headline "童子賢:分享智慧經驗,創造城市繁榮" as the only title line; a bare posting date; an editor\'s note "編者按,…以下是致詞內容:"; lines holding one space; a salutation line "各位與會嘉賓、各位媒體朋友,大家好、大家早安。"; short one-sentence lines; "因此,我們主張:" with no ordinal; cut after "此外,"',
    isSpeech: true,
    title: SC_TITLE,
    noise: [SC_COLUMN, SC_DATE, SC_NOTE, '以下是致詞內容:'],
    dropLines: [SC_COLUMN, SC_TITLE, SC_DATE, SC_NOTE],
    outline: [],
  },
  '08-jianghua-gensurebio-big5-pinyin-ruanjian-zhengban-no-title-diyi-after-colon-dier-disan-blocks': {
    source: 'http://m.gensurebio.cn/p/28133.html',
    kind: 'speech: 讲话 (a Chinese official\'s remarks at a software product launch; traditional-script converter mirror with pinyin annotations)',
    tests: 'no title and no salutation in the capture (the page starts inside the speech); pinyin after a fixed set of characters (業(yè), 產(chǎn), 發(fā) …); "下面我主要講三點:第一,…" with 第一, after a colon; "第二,…" and "第三,…" opening paragraphs; "一方面" (never a marker); cut mid-word ("用上新產")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '第一,', text: '中國政府一直高度重視軟件企業的成長', optional: true },
      { level: 1, marker: '第二,', text: '如今軟件產業是一條生態鏈', optional: true },
      { level: 1, marker: '第三,', text: '說到新產品的發布,作為新產品當然是希望用戶早一點用上新產', optional: true },
    ],
  },
  '09-guoqixia-saibosi-shuboju-keji-chuangxin-hijacked-site-glued-brand-watermarks-no-title': {
    source: 'http://saibosi.com/xinwenzixun/gongsixinwen/3231.html',
    kind: 'speech: 国旗下演讲 (a pupil on technology and innovation, opening with the big-data expo; hijacked company domain)',
    tests: 'no title; a betting brand glued into the text five times (before "大家好!" at the very start, after "其中", "现实", "专利" and "规划" at the cut); the greeting glued to the self-introduction; expo figures as the speech\'s own example; cut after "比如通过规划…,"',
    isSpeech: true,
    title: '',
    noise: [BRAND, 'E星体育大家好', '其中E星体育,', '现实E星体育,', '专利E星体育,', '规划E星体育,'],
    replace: [[BRAND, '']],
    outline: [],
  },
  '10-news-xmwb-hulianwang-dahui-kaimu-epaper-square-bullets-not-speech': {
    source: 'https://xmwb.xinmin.cn/html/2015-12/16/content_1_2.htm',
    kind: 'non-speech: news report (the opening of the second World Internet Conference; evening paper\'s e-paper page)',
    tests: 'third-person report of a keynote with quoted lines; "…提出五点主张:" followed by five "■ …;" bullet lines restating the proposals; the leaders who 致辞 listed; a "(相关报道见A2-A3版)" page pointer — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-pinglun-hejinshan-big5-wuzhen-xianxiangji-crumb-meta-censored-name-not-speech': {
    source: 'http://www.hejinshan.cn/html/2015/12/20/883.html',
    kind: 'non-speech: commentary (a signed 國平 commentary on the second World Internet Conference; county work site, traditional script)',
    tests: 'a crumb "首頁 > 工作動態 > 正文"; the headline "國平:中國在烏鎮發出“現象級”聲音"; an empty "稿件來源: 發布時間:2015-12-20" line; "第二屆世界網大會" with a word missing; indented and unindented paragraphs; a quoted line of a speaker; cut mid-word — a commentary, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-bankipay-hulianwang-dahui-kaimu-bullet-meta-font-size-not-speech': {
    source: 'http://bankipay.com/html/10812.html',
    kind: 'non-speech: news report (the opening of the first World Internet Conference; portal on an unrelated domain)',
    tests: 'a location line "您的位置首页  嘉兴"; the headline; meta items as bullet lines ("• 来源:互联网", "• |", "• 2015-01-14", "• 0 条评论", "• T小字 T大字"); the speakers who 致辞 listed; the 贺词 retold in the third person; cut mid-sentence — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
