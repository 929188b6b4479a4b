// Gold specs for holdout round 206, part C (cases 13–18): examinations and invigilation (高考 考务 培训会, 监考 教师 会议,
// 考试 动员 大会, 自学考试 工作会议, 招生 考试 工作会议 — their 讲话 and 致辞, and their look-alikes). About twenty-five queries found
// every 考务/监考/自考/招考 speech of the theme itself on a used host or a template twin (see "Looked for and not found" below), so
// the four spoken pieces are the theme's nearest neighbours on new hosts — talks to pupils before a school examination about
// 诚信考试 and the 考场纪律 — and the two written look-alikes are reports of 高考 动员 meetings.
// Four spoken pieces (a talk before the mid-term examination on the site of a university's affiliated school (fzytxq.xjtu.edu.cn,
// "/info/<col>/<id>.htm"): no title in the capture, the salutation "敬爱的老师、亲爱的同学们:" and "大家好!" on their own lines,
// a quoted couplet and a quotation of 墨子, a paragraph "在此,我重申考场纪律:" followed by block "1." … "6." rule lines, the
// sixth cut mid-phrase ("抄袭、不"); a head teacher's 期末 talk on a secondary school's own site (zpzx.ksedu.cn,
// "/<year>/<mmdd>/c<col>a<id>/page.htm"): the welcome bar "欢迎访问昆山市张浦中学!今天是" with its date left empty, the headline
// "诚信考试,自强不息", a meta line glued without spaces "作者:Admin来源:昆山市张浦中学时间:2018-03-07", the salutation "各位同学:"
// with a trailing space, paragraphs indented by five spaces with a space after each, the title again in 《》 inside the first
// sentence, "首先和大家分享一个故事:" (首先 without a comma), three "诚信是…" lines, ",  一个…" (a comma and a space), cut after an
// opening quotation mark ("有人说过:“"); a 国旗下讲话 on 诚信考试 on a county school's site (syz.hncdjyj.edu.cn,
// "/p<n>/gqxjh/<date>/<id>.html"): a crumb whose levels are glued without separators "您所在的位置:首页德育工作国旗下讲话", the
// headline "诚信做人 诚信考试" (two phrases separated by a space), a meta line with an empty author "作者:时间:2012-12-07", the
// salutation, "大家早上好!", "主题是--诚信做人,诚信考试。" (an ASCII double hyphen inside a sentence), blank lines between
// paragraphs, the closing "预祝:同学们在期中考试中取得优异成绩!"; a pupil's 期末 talk on a traditional-script converter mirror
// (www.czyjbl.com, "/DocHtml/<n>/Article_<date><n>.html"): pinyin after a fixed set of characters (愛(ài), 學(xué), 誠(chéng), 開(kāi),
// 過(guò), 轉(zhuǎn), 個(gè), 來(lái), 書(shū), 應(yīng), 準(zhǔn), 經(jīng), 說(shuō), 動(dòng) …), no title, the class in brackets "219(2)班" in the
// self-introduction, mis-encoded runs where a full stop, a closing quotation mark and the next words were ("為基?紙(chǎng)上",
// "道德!倍瘢覀冄鐾n穹", "!倍苡耐鯙椴σ恍", "!北R照鄰", "!备鼘⒄\(chéng)信" with a backslash before the annotation, "分?jǐn)?shù)" where the annotation lost its bracket), quotations
// of 康德, 宋濂 and 盧照鄰, cut mid-sentence ("還有的同學(xué)")) and two written look-alikes (a 高考 考前 20 天 沖刺動員大會 report on
// a traditional-script converter mirror (m.luxolympus-collection.com, "/tid-<id>.html"): the headline "笑看風(fēng)云起 靜待花開時(shí)——
// 楚州中學(xué)舉行…沖刺動(dòng)員大會" and the headline again glued before the lead, the teacher's 動員講話 retold in the third person
// ("他先引用…勉勵(lì)同學(xué)們:", "他說,…", "他要求同學(xué)們…"), cut inside an annotation ("目標(b") — a report, not a speech; a private
// school's report of its 诚信高考 宣誓动员会 (lyzyedu.cn, "/Item/<id>.aspx"): a crumb "您现在的位置:正源学校>> 正源快讯>> 学校新闻>>
// 正文内容", the headline, a lead naming the chair and the officials on the platform (a missing 、 between two of them), "主任
// 首先发言。" (the name left out), the candidates' oath in quotes, "…作了讲话谢副局长在…" (a missing full stop), and "邓校长讲了三层
// 意思:一是…。二是…。三是…" — the principal's points summarised by the reporter — a report, not a speech).
// Judgement calls: 13 is a speech page (salutation, "我希望全校同学…", "我重申考场纪律"); the page shows no title line, so the
// title is "" (as round 6 case 07, round 182 case 01 and round 184 case 03); the couplet and the 墨子 quotation are the speaker's and
// stay; "1."–"6." open paragraphs after the paragraph ending "我重申考场纪律:" → a block arabic run, required, level 1 (no heading
// above; block points after a colon are required, as round 184 case 07's 一是/二是/三是 after "…有三大难:" and round 182 B's 07),
// each text its first sentence, the sixth the whole line the capture leaves (no sentence end, as round 184 case 07's
// "三是贫困户产品的竞"). 14's title is the headline; the welcome bar with its empty date (as round 87 case 02's "欢迎访问…,今天是…"
// and round 184 case 01's welcome bar) and the glued meta line are the page's → noise, listed whole; "《诚信考试,自强不息》" inside
// the first sentence is the speaker's sentence and stays (as round 184 case 02 kept its topic in quotes); "首先和大家分享一个故事:"
// has no comma and no 其次 follows → no item (round 5 case 11, round 184 case 08's "首先给大家…"); the trailing spaces and indents
// are whitespace (not scored); the last paragraph ends with the opening quotation mark where the capture stops. 15's crumb, glued
// without separators, is one noise line (as round 92 case 13 listed its "您所在的位置:首页 > …" crumb whole); "作者:时间:2012-12-07"
// is a meta line with an empty author field → noise (as the shared corpus's case 108 empty 来源/点击 line); "--" inside a sentence
// is no dash marker (a dash counts only at a paragraph's start); "预祝:…!" is the speaker's closing and stays as a body paragraph.
// 16: the page has no title line → ""; only whole "(pinyin)" annotations go (regexCut), "219(2)班" is text and stays (as round 6
// case 05 kept "(街道)"); the mis-encoded runs stay as printed (round 1 cases 09/10, the shared corpus's "鐐轰簡浣犲?…"), and the
// backslash in "⒄\(chéng)信" belongs to the run: the whole annotation after it goes, the backslash stays; the self-introduction
// with the pupil's class stays (the speaker's own line). 17 and 18 are written: 17 a report of a 動員大會 whose speech is retold in
// the third person (as round 184 case 06 and round 183's 04), 18 a report whose 一是/二是/三是 summarise the principal's remarks after
// "讲了三层意思:" (as round 4 case 15 and round 5 case 15, a report's summary is no outline). Names of private people (13–16's
// pupils and teachers, 17's teacher, 18's chair, officials and principal) were replaced by fictional ones (16's pupil is 林書妍,
// 18's principal 邓立川); schools and historical or public figures (墨子, 康德, 宋濂, 盧照鄰, 孔子, 周幽王) were kept; the prose
// was rewritten (14's parable of the soldier replaced by one of an apprentice, 15's historical examples replaced, 16 and 17 in the
// mirrors' script with the annotations on the same characters).
// Looked for and not found on a new host: a 高考 考务/监考 培训会 讲话 (dawenge.com, m.jinchutou.com, max.book118.com, helloknj.com,
// 520zcw.cn, m.wenke99.com, tmdps.cn, 6dgww.com, xiexiebang.com, 51gongwen.com, m.taowenge.com, renrendoc.com, cedoc.cn,
// m.bdocx.com are used; the rest are news items: xgll.com.cn, gytoday.cn, fhxww.cn); a 监考教师会议 讲话 (m.xuefen.com.cn's
// 期末考试考务会讲话稿 and 35331.cn are used; the rest are news: zzdyw.shedu.net, gzhsvc.edu.cn, jiaowu.yit.edu.cn,
// ppc.nwsuaf.edu.cn, tmxy.jcu.edu.cn, dazhou.scjyxw.com, and novel chapters on used nzlnt.com, 23zw.so, jxjtwl.com); a 自学考试
// 工作会议 讲话 (m.hoachina.com and 78911.com.cn are used; the rest are news: dadeedu.com, sce.zuel.edu.cn, haoku5.com,
// nanchang.baogaosu.com, uqyw.com, www.myishu.com); a 招生考试 工作会议 讲话 or 致辞 (appdesigncorp.com, m.jcsycorp.com, wm114.cn are
// used; the rest are reports of 招生工作会议 on school sites); a 高考 动员大会 讲话 (007jk.com, m.jifanwen.com, dgahdf.cn, p719.cn,
// m.wuhaninfo.cn, zaixiangufen.com are used; www.shengyaojiu.com's "2022在20XX级高考动员大会上讲话(全文)" carries the "时间:… 来源:网友投稿"
// line and the "下面是小编为大家整理的…,供大家参考。" promo of the used template of round 14's 09 and round 20's 16 (rounds 150, 163
// and 171 dropped that template's other sites), so it was dropped, its claim left); so only 13 carries numbered points (six).
// Template twins considered: lyzyedu.cn's crumb "您现在的位置:<site>>> <column>>> <column>>>正文内容" is the default of a school-site
// CMS, also on round 68's 04 (another site of the same software, with its own names): kept as a different site on the same software
// (as round 184 kept 08681.com's Discuz line); zpzx.ksedu.cn's "欢迎访问<school>!今天是" differs from round 87's 02
// ("欢迎访问 <court> 网站,今天是 <date>") in wording and site; no used page shares a noise line of six characters or more with any of
// the six pages (node /work/notes/twin.mjs: no shared line; checked by hand: 作者:Admin来源:, 作者:时间:, 您所在的位置:首页德育工作,
// 笑看風(fēng)云起 (a converter annotation shared with other mirrors, not a site line)).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const KS_BAR = '欢迎访问昆山市张浦中学!今天是';
const KS_TITLE = '诚信考试,自强不息';
const KS_META = '作者:Admin来源:昆山市张浦中学时间:2018-03-07';

const HN_CRUMB = '您所在的位置:首页德育工作国旗下讲话';
const HN_TITLE = '诚信做人 诚信考试';
const HN_META = '作者:时间:2012-12-07';

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '13-jianghua-fzytxq-qizhong-chengxin-no-title-jilv-1-6-after-colon-cut': {
    source: 'https://fzytxq.xjtu.edu.cn/info/1020/4318.htm',
    kind: 'speech: 讲话 (a talk to pupils before the mid-term examination on 诚信 and the examination rules; a university\'s affiliated school site)',
    tests: 'no title in the capture; the salutation and "大家好!" on their own lines; a quoted couplet and a quotation of 墨子; a paragraph ending "我重申考场纪律:" followed by block "1." … "6." rule lines (required, level 1), the sixth cut mid-phrase ("抄袭、不"); no page noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '1.', text: '与考试无关的书本资料一律不得带进考场,书包统一放在指定地点' },
      { level: 1, marker: '2.', text: '严禁携带任何通讯设备,特别是严禁把手机带入考场' },
      { level: 1, marker: '3.', text: '进场后按照座位号对号入座' },
      { level: 1, marker: '4.', text: '拿到答题卡和试卷后,应按规定填写卷首信息' },
      { level: 1, marker: '5.', text: '考场内保持安静,自觉遵守考场秩序' },
      { level: 1, marker: '6.', text: '考试中不准交头接耳、东张西望、不准打手势传暗号、不准偷看、抄袭、不' },
    ],
  },
  '14-jianghua-ksedu-zhangpu-chengxin-kaoshi-welcome-bar-meta-glued-shouxian-no-comma': {
    source: 'https://zpzx.ksedu.cn/2018/0307/c1219a17821/page.htm',
    kind: 'speech: 讲话 (a talk to pupils before the end-of-term examination on 诚信考试; secondary school site)',
    tests: 'a welcome bar "欢迎访问昆山市张浦中学!今天是" with its date left empty; the headline as the title; a meta line glued without spaces "作者:Admin来源:…时间:…"; the salutation with a trailing space; paragraphs indented by five spaces; the title again in 《》 inside the first sentence (stays); "首先和大家分享一个故事:" (首先 without a comma: no item); a comma followed by a space; cut after an opening quotation mark',
    isSpeech: true,
    title: KS_TITLE,
    noise: [KS_BAR, KS_META],
    dropLines: [KS_BAR, KS_TITLE, KS_META],
    outline: [],
  },
  '15-guoqixia-hncdjyj-chengxin-kaoshi-crumb-glued-empty-author-meta': {
    source: 'https://syz.hncdjyj.edu.cn/p138/gqxjh/20121207/93885.html',
    kind: 'speech: 国旗下讲话 (a flag-raising talk on honesty in the mid-term examination; county school site)',
    tests: 'a crumb with its levels glued without separators "您所在的位置:首页德育工作国旗下讲话"; the headline "诚信做人 诚信考试" (two phrases and a space) as the title; a meta line with an empty author "作者:时间:2012-12-07"; the salutation and "大家早上好!"; "--" inside a sentence (no dash marker); blank lines between paragraphs; the closing "预祝:…!" (stays)',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_CRUMB, HN_META],
    dropLines: [HN_CRUMB, HN_TITLE, HN_META],
    outline: [],
  },
  '16-jianghua-czyjbl-big5-pinyin-qimo-chengxin-no-title-class-paren-mojibake': {
    source: 'http://www.czyjbl.com/DocHtml/1/Article_20191216610.html',
    kind: 'speech: 讲话 (a pupil\'s talk before the end-of-term examination on 诚信; traditional-script converter mirror with pinyin annotations)',
    tests: 'traditional-script converter mirror with pinyin after a fixed set of characters (愛(ài), 學(xué), 誠(chéng) …); no title; the class in brackets "219(2)班" in the self-introduction (text, not pinyin); mis-encoded runs where a full stop and a quotation mark were ("為基?紙(chǎng)上", "!倍瘢覀冄鐾n穹", "!北R照鄰", "分?jǐn)?shù)"), one with a backslash before a whole annotation ("⒄\\(chéng)信"); quotations of 康德, 宋濂, 盧照鄰; cut mid-sentence',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '17-news-luxolympus-big5-pinyin-gaokao-chongci-dongyuan-title-glued-not-speech': {
    source: 'http://m.luxolympus-collection.com/tid-448209.html',
    kind: 'non-speech: news report (a secondary school\'s 高考 考前 20 天 沖刺動員大會; traditional-script converter mirror with pinyin annotations)',
    tests: 'the headline "笑看風(fēng)云起 靜待花開時(shí)——…沖刺動(dòng)員大會" on its own line and again glued before the lead; pinyin annotations; the teacher\'s 動員講話 retold in the third person ("他先引用…", "他說,…", "他要求同學(xué)們…"); cut inside an annotation ("目標(b") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-lyzyedu-chengxin-gaokao-xuanshi-crumb-yishi-after-colon-not-speech': {
    source: 'http://lyzyedu.cn/Item/7979.aspx',
    kind: 'non-speech: news report (a private school\'s 诚信高考 宣誓动员会; school site)',
    tests: 'a crumb "您现在的位置:正源学校>> 正源快讯>> 学校新闻>>正文内容"; the headline; a lead naming the chair and the officials (a missing 、); "主任首先发言。" with the name left out; the oath in quotes; a missing full stop ("…作了讲话谢副局长…"); "邓校长讲了三层意思:一是…。二是…。三是…" — the principal\'s points summarised by the reporter — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
