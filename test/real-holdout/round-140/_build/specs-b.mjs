// Gold specs for holdout round 140, part B (cases 07–12): academicians and scientific societies (院士, 学会 年会, 科协,
// 全国科技工作者日, 院士 speeches at universities — their 致辞 and 讲话, and their look-alikes: a 科技工作者日 letter and a 学会 news item).
// Four spoken pieces (the chairwoman's 致辞 for the 2009 annual meeting of the Chinese Society of Landscape Architecture on a
// traditional-script converter mirror (obspoint.com, "/htm/<yyyy>/<mmdd>/<id>.html"): pinyin after a set of characters
// (風(fēng), 來(lái), 開(kāi), 專(zhuān), 領(lǐng), 導(dǎo), 學(xué) …, and "會(huì )"/"創(chuàng )" written with a space before the bracket, while the 學
// of 學會 goes unannotated), the title line with pinyin, the byline "年會主席:陳曉麗", the salutation, four prose paragraphs and a
// mis-encoded run where the converter broke a quotation ("“融合與生長(cháng)”?!叭诤稀奔仁侵袊L(fēng)景…"), with an annotation glued to
// the last garbled character; no numbered points; cut mid-word ("園林事"); the president of the Peking Union Medical College
// speaking at its centenary, on a document-sharing site (kanhuxi.com, "/documents/人文/<id>"): a one-sentence press lead, a
// 480-character list of the officials and academicians present, a sentence on the commemorative film, then the speech's own
// title broken over three lines ("王辰院校长在北京协和医学院" / "落成100周年暨中国医学科学院" / "建院65周年纪念大会的讲话"), a long
// salutation naming the state leaders, two body sentences, cut mid-word ("这件事的意"); 728 characters, the whole stored page; a
// university president's (邱勇, a CAS academician) speech on scientific spirit at a freshmen's ceremony, on a traditional-script
// mirror of a Discuz archiver (belacell.cn, "/simple/t<id>.html"): the thread title, the document's title line with its
// "—— 在…上的講話" subtitle after the dash and a jammer string glued after it, a "[attachment=85996]" line, Discuz jammer strings
// ("\\KjiT'", "hoqZb<:", "xS/W}-dPv -GPJ,S V>", "iiIns.V :QGo", "-,6-", "C:t>u.. ^py=]7[I") glued before the byline, between the
// byline, the salutation and the body, and between sentences; pinyin after 學/級/對/現/當/紀/態/獎/聯/網/進/時…; two mis-encoded
// runs with broken pinyin ("你們?cè)诿利惖那迦A園", "秘魯?shù)目逅埂だ?DiegoTorres)"); byline, salutation and body on one line;
// cut mid-word ("相互作用的認"); a Fudan academician's (杨玉良) congratulatory speech at Peking University Health Science Centre's
// centenary on the centre's news site (bynews.bjmu.edu.cn, "/zhxw/<yyyy>/<id>.htm"): the title twice with empty lines around it,
// the salutation and paragraphs indented by two spaces, a "——" inside a sentence, no page noise; cut mid-word ("祖国医");
// 709 characters, the whole stored page) and two written look-alikes (a city party committee's and government's letter to
// the city's science and technology workers for the second 全国科技工作者日, on the city's news portal (www.mztoday.gov.cn,
// "/show/<id>.html"): the title "致全市科技工作者的一封信", an empty "作者: 来源: 日期:2018-05-30" meta line, an addressee line
// "全市广大科技工作者:" that looks like a salutation, the senders in the third person, greetings and wishes, the signature of
// both bodies and the date — a written letter, not a speech; 659 characters, the whole stored page; a society's report of a
// meeting of the presidium of a CAST society consortium on the Chinese Society for Composite Materials' site
// (www.csfcm.org.cn, "/site/content/<id>.html"): a date line "2024年04月27日 星期六", a welcome bar, a column label, the headline
// with a "【学会动态】" tag, a "来源: 时间: … 浏览: 9419" line with an empty 来源, image file names on their own lines ("1.png",
// "2.png", "3.png", "1704272283570978.jpg") each followed by its caption, then the incoming secretary-general's remarks after a
// "新任执行秘书长讲话:" label, in the first person, with "在工作方面:一是…。…二是…。…三是…" (after a colon, then after full
// stops) — a news report quoting a speech, not a speech; cut mid-quotation ("“第二届创新融合发展")).
// Judgement calls: 07: the whole "(pinyin)" annotations go (one regexCut with an optional space before ")", as round 136 case
// 03); the title is the first line without them; the byline "年會主席:陳曉麗" carries the speaker's role and stays as a body
// paragraph (as round 136 case 03 kept "萬國郵聯國際局總局長 目時正彥"); the mis-encoded run "?!叭诤稀奔仁侵袊L" cannot be
// repaired and stays (as the shared corpus keeps "鐐轰簡浣犲?戣??創立"), its glued "(fēng)" goes with the other annotations.
// 08: the page is the speech with a press lead in front, so a speech page (as round 134 case 02 and round 134 case 15); the
// lead sentence, the guest list and the film sentence are the site's report and are noise (whole lines, plus the list's end
// "等领导和嘉宾出席了纪念大会" as a short part); the three title lines are one title (as round 5 case 02 and round 134 case 04)
// and are dropped from the body; the long salutation is a body paragraph. 09: the first line is the thread's title and the
// document's title ("用一生去追尋科學精神", as round 2 case 08 took the thematic title over its "——在…上的讲话" line); on the
// second line the same title is glued before "—— 在清華大學2018級本科生開學典禮上的講話", so that repeat is cut (one replace) and
// the subtitle stays as a body paragraph and an optional "——" item (as round 3 case 08); the jammer strings and the attachment
// tag are noise and cut where they stand (replace), each listed whole; "清華大學校長 邱勇", the salutation and the opening stay on
// one line (no paragraph break invented, as the shared corpus keeps a salutation glued to the body); the two mis-encoded runs
// keep their broken pinyin ("?cè)", "?shù)") since only whole "(pinyin)" go (as round 1 cases 09/10); "?DiegoTorres)" has
// capitals and no opening bracket, so it is no annotation and stays. 10: both title lines equal the title and are dropped
// without being listed (repeats of the title); no other noise; no numbered points. 11 is a letter (致…的一封信) signed by two
// bodies, written to be read, not spoken, although it opens with an addressee line (as round 136 case 06's
// 倡议书); 12 is a news report: the only first-person passage is the quoted remarks after a label, and its
// 一是…二是…三是 are the report's quotation, not a speech of the page. Names of private people were replaced by fictional ones
// (09's three freshmen, 12's two society secretaries-general in the text and in the captions); public figures (陳曉麗, 胡錦濤,
// 王辰 and the officials and academicians of 08's list and salutation, 邱勇, 杨玉良, 汤尔和, 孙中山, 鲁迅) are kept. The prose was
// rewritten; 07's and 09's rewritten prose was written in traditional characters with the mirrors' annotations put back on the
// same characters, and 09's converter's simplified 并/后/愿 kept.
// Looked for and not found on a new host: a 院士工作站 揭牌 讲话 or 致辞 (m.7rdy.cn's 院士工作站揭牌仪式上的讲话 with 首先, is on a
// used host; the other pages are third-person news on used hosts: zidonghua.com.cn, zjol.com.cn, lawyer168.net); a 学会
// 换届/成立大会 讲话 with 一是/第一, points (chinaavf.com's 水生蔬菜分会 report with 第一点说明:, m.010zaixian.com's 社会学会 发言 with
// 首先是学会, hshe.whu.edu.cn's 学会 讲话 with a stray "(" line, fanwy.cn's 护理学会 讲话 with 第一是 and a 快文网 paywall,
// 11gw.com's and qdfww.com's UFO学会 开幕词, m.stra.cn's 心身医学分会 致辞, bbs.huanbaoxinwen.com's 科协年会 致辞,
// m.bimoxiezuo.com's 科协九大 致辞, m.bj0755.com's 腾冲科学家论坛 致辞, yanjianggu.com's 科协 闭幕词 are all on used hosts); a
// 科技工作者日 致辞 or 演讲稿 with numbered points (100ky.cn's 致敬科技工作者演讲稿 with "第一句话," and "——" points, laobiganzi.top
// and fwzhijia.com are used); the casino-hijacked copy of 白春礼's 院士大会闭幕 讲话 with 一、 headings came back without an address,
// and gongxunwang.com's (used) 讲话汇编 shows only its contents; journal abstracts of 科协/学会 speeches (jxxfw.com, soolun.net, soulun.net,
// ppdoc.com, syhmjs.com, 218.28.6.71) are all used. So no case of this part carries a required outline item; 09's dash subtitle
// is optional and 12 carries the look-alike run.
// Template twins considered: m.stra.cn's "/dongshi/<col>/<id>" pages serve the used m.bluu.cn's template; m.lady-power.com's
// traditional "- 相關推薦" head is the shared corpus case 70's template (both used anyway); www.jhstgmyt.com carries the same
// 杨玉良 page as bynews.bjmu.edu.cn under another path (a copy of one page, not taken); obspoint.com's "(huì )" annotations with a
// space are the converter's, as on rounds 10, 25, 106, 136 (different hosts, no shared blurb or furniture), so it was kept; no
// used page carries belacell.cn's "[attachment=" tag or jammer strings, csfcm.org.cn's welcome bar or mztoday.gov.cn's title.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\\)';

const OB_TITLE = '中國風景園林學會2009年會主席致辭';

const KH_LEAD = '9月19日上午,协和医学院壹号礼堂内,北京协和医学院落成100周年暨中国医学科学院建院65周年纪念大会隆重举行。';
const KH_GUESTS = '第十三届全国人大常委会副委员长、农工党中央主席、中国红十字会会长陈竺院士,第十三届全国政协副主席、秘书长李斌,第十一届全国政协副主席王志珍院士,第十二届全国政协副主席、中国科协名誉主席,第十届、十一届全国人大常委会副委员长韩启德院士,国家卫生健康委主任、党组书记马晓伟,科技部副部长张雨东,人力资源和社会保障部副部长汤涛,国家卫生健康委副主任曾益新院士,全国人大教科文卫委员会副主任委员、中国医院协会会长、原国家卫生计生委副主任刘谦,北京市人民政府副市长卢彦,天津市委常委、常务副市长马顺清,云南省副省长李玛琳,教育部医学教育专家委员会主任委员、教育部原副部长林蕙青,中华医学会会长、北京协和医院名誉院长赵玉沛院士,清华大学校长邱勇院士,哈尔滨工业大学校长韩杰才院士,北京理工大学校长张军院士,吉林大学校长张希院士,兰州大学党委书记马小洁,四川大学党委书记王建国等领导和嘉宾出席了纪念大会。';
const KH_FILM = '大会播放了专题视频,带领与会者回望北京协和医学院落成百年、中国医学科学院建院65年来走过的道路,重温百年协和与祖国同命运、与人类共呼吸的奋斗历程。';
const KH_T1 = '王辰院校长在北京协和医学院';
const KH_T2 = '落成100周年暨中国医学科学院';
const KH_T3 = '建院65周年纪念大会的讲话';

const BC_TITLE = '用一生去追尋科學精神';
const BC_J1 = '"}*D,[C5e Hf]:mhH';
const BC_ATT = '[attachment=85996]';
const BC_J2 = "\\\\KjiT'";
const BC_J3 = 'hoqZb<:';
const BC_J4 = 'xS/W}-dPv -GPJ,S V>';
const BC_J5 = 'iiIns.V :QGo';
const BC_J6 = '-,6-';
const BC_J7 = 'C:t>u.. ^py=]7[I';

const BJ_TITLE = '复旦大学杨玉良院士在百年庆典大会上的讲话';

export const specs = {
  '07-zhici-obspoint-big5-pinyin-fengjing-yuanlin-xuehui-nianhui-byline-mojibake': {
    source: 'http://obspoint.com/htm/2009/0911/42218.html',
    kind: 'speech: 致辞 (the chairwoman of a national society\'s 2009 annual meeting; traditional-script converter mirror)',
    tests: 'traditional script with pinyin after a set of characters, some with a space before ")" ("學會(huì )", "創(chuàng )"); the title line with pinyin ("…學會(huì )2009年會(huì )主席致辭"); the byline "年會(huì )主席:陳曉麗" (kept); the salutation "尊敬的各位嘉賓、各位同仁:"; a mis-encoded run inside a sentence with an annotation glued to its last character ("?!叭诤稀奔仁侵袊L(fēng)景"); "~" in a date range; no numbered points; cut mid-word ("園林事")',
    isSpeech: true,
    title: OB_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [OB_TITLE],
    outline: [],
  },
  '08-jianghua-kanhuxi-xiehe-bainian-yuanshi-press-lead-guest-list-three-line-title': {
    source: 'https://kanhuxi.com/documents/人文/838',
    kind: 'speech: 讲话 (an academician, president of a medical college and academy, at its centenary; press lead in front)',
    tests: 'no headline: the page opens with a one-sentence press lead, a 480-character list of the officials and academicians present and a sentence on the film shown (noise); the speech\'s own title broken over three lines ("王辰院校长在北京协和医学院" / "落成100周年暨中国医学科学院" / "建院65周年纪念大会的讲话"); a long salutation naming state leaders ("尊敬的陈竺副委员长,…尊敬的各位朋友:"); two body sentences; cut mid-word ("这件事的意"); 728 characters, the whole stored page',
    isSpeech: true,
    title: '王辰院校长在北京协和医学院落成100周年暨中国医学科学院建院65周年纪念大会的讲话',
    noise: [KH_LEAD, KH_GUESTS, KH_FILM, '等领导和嘉宾出席了纪念大会'],
    dropLines: [KH_LEAD, KH_GUESTS, KH_FILM, KH_T1, KH_T2, KH_T3],
    outline: [],
  },
  '09-jianghua-belacell-big5-pinyin-discuz-jammer-qinghua-kaixue-kexue-jingshen-dash-subtitle': {
    source: 'http://belacell.cn/simple/t128281.html',
    kind: 'speech: 讲话 (a university president, a CAS academician, on scientific spirit at a freshmen\'s ceremony; traditional-script mirror of a Discuz archiver)',
    tests: 'the thread title "用一生去追尋科學(xué)精神"; the same title glued before its subtitle "—— 在清華大學(xué)2018級(jí)本科生開學(xué)典禮上的講話" with a jammer string after it; a "[attachment=85996]" line; Discuz jammer strings glued before the byline, between byline, salutation and body and between sentences ("\\\\KjiT\'", "hoqZb<:", "xS/W}-dPv -GPJ,S V>", "iiIns.V :QGo", "-,6-", "C:t>u.. ^py=]7[I"); pinyin after 學/級/對/現/當/紀/態/獎/聯/網/進/時…; byline "清華大學校長 邱勇", salutation and body on one line; two mis-encoded runs with broken pinyin ("你們?cè)诿利惖那迦A園", "秘魯?shù)目逅埂だ?DiegoTorres)"); the converter\'s simplified 并/后/愿; the subtitle as an optional "——" item; cut mid-word ("相互作用的認")',
    isSpeech: true,
    title: BC_TITLE,
    noise: [BC_J1, BC_ATT, BC_J2, BC_J3, BC_J4, BC_J5, BC_J6, BC_J7],
    replace: [
      ['用一生去追尋科學(xué)精神—— 在', '—— 在'],
      [' ' + BC_J1, ''],
      [BC_J2 + ' ', ''],
      [' ' + BC_J3 + ' ', ' '],
      [' ' + BC_J4 + ' ', ' '],
      [' ' + BC_J5, ''],
      [BC_J6 + ' ', ''],
      [' ' + BC_J7 + ' ', ''],
    ],
    regexCut: [PINYIN],
    dropLines: [BC_TITLE, BC_ATT],
    outline: [
      { level: 1, marker: '——', text: '在清華大學2018級本科生開學典禮上的講話', optional: true },
    ],
  },
  '10-jianghua-bjmu-fudan-yuanshi-beiyi-bainian-title-twice-indented': {
    source: 'https://bynews.bjmu.edu.cn/zhxw/2012/81843.htm',
    kind: 'speech: 讲话 (an academician, president of a sister university, congratulating a medical school on its centenary; the school\'s news site)',
    tests: 'the title twice with empty lines between; the salutation "尊敬的老师们、同学们,尊敬的各位领导、各位来宾:" and the paragraphs indented by two spaces; a quoted founding motto; "——" inside a sentence (no item); no page noise and no numbered points; cut mid-word ("祖国医"); 709 characters, the whole stored page',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [],
    dropLines: [BJ_TITLE],
    outline: [],
  },
  '11-xin-mztoday-kejigongzuozheri-yifengxin-salutation-meta-not-speech': {
    source: 'http://www.mztoday.gov.cn/show/31151.html',
    kind: 'non-speech: letter (a city party committee\'s and government\'s letter to science and technology workers for 全国科技工作者日; city news portal)',
    tests: 'the title "致全市科技工作者的一封信"; an empty "作者: 来源: 日期:2018-05-30" meta line; an addressee line "全市广大科技工作者:" that looks like a salutation; the senders in the third person ("中共绵竹市委、绵竹市人民政府向…致以…"); thanks, hopes and a closing wish; the two senders\' signature and the date — a written letter, not a speech; 659 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-csfcm-xuehui-lianheti-zhuxituan-png-captions-yishi-after-colon-not-speech': {
    source: 'http://www.csfcm.org.cn/site/content/3134.html',
    kind: 'non-speech: news report (a meeting of the presidium of a CAST society consortium; a society\'s site)',
    tests: 'a date line "2024年04月27日 星期六", a welcome bar and a column label; the headline with a "【学会动态】" tag; a "来源: 时间: 2024-01-03 浏览: 9419" line with an empty 来源; image file names on their own lines ("1.png", "2.png", "3.png", "1704272283570978.jpg") each before a caption; the incoming secretary-general\'s remarks in the first person after a "新任执行秘书长讲话:" label, with "在工作方面:一是…。…二是…。…三是…" (after a colon, then after full stops) — a news report quoting remarks, not a speech; cut mid-quotation ("“第二届创新融合发展")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
