// Gold specs for holdout round 167, part C (cases 13–18): courts and procuratorates (法院/检察院 工作会议, 政法队伍教育整顿 —
// their 讲话, 动员讲话, 表态发言, and look-alikes: a news report, a 工作报告, a court's 工作要点, a novel chapter).
// Two spoken pieces (a 朗诵词 recited by the Yunnan provincial procuratorate at a May Fourth 团日 event, on a provincial
// news portal (yn.yunnan.cn, "/system/<yyyy>/<mm>/<dd>/<id>.shtml"): the site name "云南网" alone on the first line, a
// crumb "您当前的位置:云南网 >> 云南频道 >> 科教 >> 正文", the headline "弘扬五四精神 彰显检察青春——云南省检察院在…上的朗诵词",
// a "发布时间:… 来源: 云南网" meta line with two spaces, "分享至:", a blank line and a line holding one space, an indented
// "作者:<name>" line, then the recitation in indented paragraphs with a run of trailing spaces after one of them, no
// salutation, no numbering, cut mid-word ("司法为"); a young procuratorate officer's self-introduction on a district
// procuratorate's site (www.chifengybs.jcy.gov.cn, "/tpxw/<yyyymm>/t<date>_<id>.shtml"): no title, no chrome, "大家好,我叫
// <name>。" then three short first-person paragraphs about joining the 公益诉讼 department; 259 characters, the whole
// stored page) and four written look-alikes (a provincial court portal's report (www.jsfy.gov.cn, "/article/<id>.html")
// of a county court's 全院干警大会: a "本网南通讯:" dateline glued to the lead, the 表态发言 and the president's 讲话 named in
// the third person, then his words half-reported ("…强调指出,", "他说,") running into "我代表院党组讲四点意见,八个字:争先、
// 务实、清廉、团结。一要争先。…;二要务实。…;三要清廉。…" — inline 一要 after a full stop, 二要/三要 after semicolons — cut
// mid-word ("心存侥"); the Supreme People's Procuratorate's 2023 工作报告 reposted on a spam domain (qxxrkj.cn,
// "/cheyou-<n>.html"): "(两会受权发布)" glued before the title, a 新华社 dateline, the title again, a "——2023年3月7日在…会议上"
// date subtitle, the byline "最高人民检察院检察长 张军", "各位代表:", "现在,我代表最高人民检察院,…向大会作报告,请予审议,…",
// the heading "过去五年工作回顾", cut mid-word ("前进方"); 288 characters, the store holds no more; the Supreme People's
// Court's 2019 工作要点 on a law-text site (law51.net, "/law2/<yyyy>/sf<id>.htm"): one glued line of "【发布部门】…【发文字号】
// …【发布日期】…【实施日期】…【效力级别】两高工作文件" fields, no title line, the general requirements in one long paragraph, a
// heading "一、始终坚持…", items "1." and "2." (sentence-first items), cut mid-quote ("切实增强“两个"); a chapter of a
// court-officialdom novel (www.shidaizw.com, a "modules/article/reader.php" reader): the new county court president's
// first 院务会, narrated in the third person, with his quoted remarks listing "五种意识" as "…,此其一;…,此其二;…此其五。",
// closing quote, and a last line "说到这里," (the capture's end)).
// Judgement calls: 13 is taken as a speech: a 朗诵词 is written to be recited to the people at the event, and its headline
// names it "…在…活动上的朗诵词" as a 讲话 page names its speech; 朗诵词 is not among the README's genre words, so I was unsure
// (round 166's 17, a recitation-like essay with no such title, went the other way). The headline is the page's only title
// line and is the title, the "——云南省检察院在…上的朗诵词" part included (as round 134 case 02 took a press headline, and as
// a subtitle after a dash is kept); the site-name line, the crumb, the meta line, "分享至:" and the "作者:<name>" line are
// noise (作者 is a meta line, not a speaker's byline with a position); the whitespace-only lines are no paragraphs; no
// outline. 14 is a speech by the README's rule for pages without a title: the body opens with an address to the audience
// ("大家好,我叫…") and speaks in the first person throughout (as round 5 case 04 and round 166 case 13, spoken pieces without
// a title); the title is "" (nothing is invented from the URL); no noise, no outline; I was unsure whether the text was
// spoken at a meeting or only written for the site's photo-news column, but it is shaped as a self-introduction to
// listeners. 15 is a report (a dateline, third person, "强调指出", "他说"), so its 一要/二要/三要 — which in the speech
// itself would be a run of inline points — are no outline (as round 4 case 15, round 5 case 15 and round 166 case 14),
// although it slides into the president's first person ("我代表院党组讲四点意见"). 16 is a 工作报告 to a congress, a report
// genre submitted for deliberation, not a speech, though it opens with "各位代表:" and "我代表…" (as round 15's 17, round
// 27's 18, round 38's 05 and round 101 filed 工作报告). 17 is a written work plan (工作要点) issued as a document; its 一、 and
// 1./2. are a document's numbering, not a speech outline (as round 2's 心得体会 and the 规章制度 look-alikes). 18 is a novel
// chapter in which a character speaks; the quoted "此其一;…此其五" is no outline of the page (as the shared corpus's 09 and
// 88 and round 120's 18). Names of private people (the recitation's author, the young officer, the county court's vice-
// president, division head and president, the novel's protagonist) were replaced by fictional ones; the prose, the
// speech title quoted in 15 and the novel's text were rewritten; the procurator-general's byline in 16 and the document
// names in 《》 were kept.
// Looked for and not found on a new host: a 法院/检察 工作会议 讲话 with 一、/一是 points (huaboedu.com's 政法队伍教育整顿 总结
// 大会 讲话, sanweiyuan.com's 县委书记 教育整顿 讲话, shanhaijingshui.cn's 法院讲话, wenku.docs.qq.com's 法院工作会议县长讲话,
// gwyoo.com's 政法部门纪风整顿 讲话, dwlqq.com's 教育整顿 座谈会 发言稿, longcen.com's 扫黑除恶 讲话, 365docx.com's 政法工作会议
// 讲话, yueliangs.com, 6dgww.com, m.xjwk.net and yishupeixun.net's 政法工作会议 讲话, gongwk.com's 人民陪审员培训班 讲话,
// 63jd.com's 律师代表大会 讲话, deepwenku.com's 检察院 青年座谈会 讲话 are all on used hosts; one 教育整顿 动员部署会议 讲话 with
// 一、/（一） came without an address); a 表态发言 (none on a new host; only reports naming one); a 检察/法院 致辞 (the court
// sites' 院长致辞 pages are on used hosts or their CMS twins: sxtyzy.shanxify.gov.cn, alsfy.hbfy.gov.cn,
// jlsyzy.e-court.gov.cn, qqhertf.hljcourt.gov.cn; doc.hozii.com's 立案大厅启用仪式致辞 and meizhang.com's 办公楼搬迁 讲话 are
// used); a 判决书 (only guides to its format: xing528.com, renrendoc.com, crsrw.com — used); a traditional-script mirror
// of a court speech (only converter mirrors of reports and papers: jizihe.com, 519876.com, cszwjc.com, mob51.cn). So the
// part holds two speeches and four look-alikes, and no speech with numbered points.
// Template twins considered: justice.sayit.mysociety.org (a Taiwanese prosecutor's remarks at the 司法改革国是会议) serves the
// SayIt template of the used sayit.pdis.nat.gov.tw (round 144's part C dropped sayit.archive.tw for the same reason), so
// it was dropped; lssfy.jxfy.gov.cn and pcxfy.sxfywcourt.gov.cn carry the court CMS chrome ("分享到:", "发布时间:… 打印 字号: |
// |") of the used hebeicourt/shanxify/hunancourt sites and were not taken; ntrd.jsjc.gov.cn (a prosecutor's first-person
// talk) shares the base domain of the used tzhl.jsjc.gov.cn, and hljcourt.gov.cn, hncourt.gov.cn and gxcourt.gov.cn
// subdomains likewise. Grepping the chosen pages' noise against used pages: "分享至:" stands on three used pages (rounds
// 115, 148, 149) of other sites — a generic share label, kept; law51.net's "【发布部门】" and "【效力级别】" field labels stand on
// round 71's 04 (a law database on a bare IP, one field per line under "找律师咨询" chrome) — the labels are the common
// law-database field names, the line shape and the chrome differ, kept; "(两会受权发布)" stands on round 55's 09
// (cnganbu.com) — Xinhua's own label carried by every repost, kept; "云南频道", "您当前的位置:云南网", "本网南通讯" occur on no
// used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YN_SITE = '云南网';
const YN_CRUMB = '您当前的位置:云南网 >> 云南频道 >> 科教 >> 正文';
const YN_TITLE = '弘扬五四精神 彰显检察青春——云南省检察院在省直机关纪念五四运动100周年特别主题团日活动上的朗诵词';
const YN_META = '发布时间:2019年04月29日 15:20:00  来源: 云南网';
const YN_SHARE = '分享至:';
const YN_AUTHOR = '作者:庞屹';

export const specs = {
  '13-langsongci-yunnan-jiancha-wusi-tuanri-sitename-crumb-meta-fenxiangzhi-zuozhe': {
    source: 'http://yn.yunnan.cn/system/2019/04/29/030265569.shtml',
    kind: 'speech: 朗诵词 (a provincial procuratorate\'s recitation at a May Fourth 团日 event of the provincial organs; provincial news portal)',
    tests: 'the site name "云南网" alone on the first line; a crumb "您当前的位置:云南网 >> 云南频道 >> 科教 >> 正文"; the headline naming the piece "…——云南省检察院在…团日活动上的朗诵词" as the only title; a "发布时间:2019年04月29日 15:20:00  来源: 云南网" meta line; "分享至:"; a blank line and a line holding one space; an indented "作者:<name>" line; indented paragraphs, one ending in a run of spaces; no salutation and no numbering; cut mid-word ("司法为")',
    isSpeech: true,
    title: YN_TITLE,
    noise: [YN_SITE, YN_CRUMB, YN_META, YN_SHARE, YN_AUTHOR],
    dropLines: [YN_SITE, YN_CRUMB, YN_TITLE, YN_META, YN_SHARE, YN_AUTHOR],
    outline: [],
  },
  '14-fayan-chifengybs-xin-ganjing-no-title-dajiahao-first-person-short': {
    source: 'http://www.chifengybs.jcy.gov.cn/tpxw/202510/t20251016_7177348.shtml',
    kind: 'speech: 发言 (a newly recruited procuratorate officer\'s self-introduction; district procuratorate site)',
    tests: 'no title, no chrome: the page opens on "大家好,我叫<name>。" and speaks in the first person in three short paragraphs (joining the office, the 公益诉讼 work, a closing resolve); no outline; 259 characters, the whole stored page',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-news-jsfy-haimen-fayuan-ganjing-dahui-reported-yiyao-inline-not-speech': {
    source: 'http://www.jsfy.gov.cn/article/65731.html',
    kind: 'non-speech: news report (a county court\'s 全院干警大会 and its president\'s 讲话; provincial court portal)',
    tests: 'a "本网南通讯:" dateline glued to the lead; the vice-president\'s report, a division head\'s 表态发言 and the president\'s 讲话 (its title in 《》 with two spaces) named in the third person; the president\'s words half-reported ("强调指出,", "他说,") sliding into "我代表院党组讲四点意见,八个字:…。一要争先。…;二要务实。…;三要清廉。" — 一要 after a full stop, 二要/三要 after semicolons — a report, not a speech; cut mid-word ("心存侥")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-baogao-qxxrkj-zuigaojian-gongzuo-baogao-gewei-daibiao-dash-date-byline-not-speech': {
    source: 'https://qxxrkj.cn/cheyou-977.html',
    kind: 'non-speech: 工作报告 (the Supreme People\'s Procuratorate\'s 2023 report to the National People\'s Congress; repost on a spam domain)',
    tests: '"(两会受权发布)" glued before the title; a "新华社北京3月17日电" dateline; the title again; a "——2023年3月7日在第十四届全国人民代表大会第一次会议上" date subtitle; the byline "最高人民检察院检察长 张军"; "各位代表:" and "我代表最高人民检察院,…向大会作报告,请予审议" — a 工作报告 to a congress, not a speech; a bare heading "过去五年工作回顾"; cut mid-word ("前进方"); 288 characters, the store holds no more',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-yaodian-law51-zuigaofa-gongzuo-yaodian-fabu-meta-yi-1-2-not-speech': {
    source: 'http://law51.net/law2/2019/sf19014.htm',
    kind: 'non-speech: 工作要点 (the Supreme People\'s Court\'s 2019 work plan issued as a document; law-text site)',
    tests: 'one glued line of fields "【发布部门】最高人民法院【发文字号】法发[2019]7号【发布日期】…【实施日期】…【效力级别】两高工作文件"; no title line; the year\'s general requirements in one long paragraph; a heading "一、始终坚持用…推动工作"; items "1." and "2." whose first sentence is the item — a document\'s numbering, not a speech outline; cut mid-quote ("切实增强“两个")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-shidaizw-fayuan-yuanwuhui-ciqiyi-ciqiwu-quoted-not-speech': {
    source: 'http://www.shidaizw.com/modules/article/reader.php?aid=4779&cid=588833',
    kind: 'non-speech: novel (a new county court president\'s first 院务会; novel reader)',
    tests: 'a novel chapter opening on the election of the court president; third-person narration of the 院务会; his quoted remarks listing "五种意识" as "…,此其一;…,此其二;…,此其五。" inside one quotation; a last line "说到这里," — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
