// Gold specs for holdout round 126, part B (cases 07–12): business schools and executive education (EMBA/MBA 开学典礼 and
// 毕业典礼 致辞, 商学院 院长 and teacher speeches, MBA forum openings, and their look-alikes: a news report, an 报考/招生 guide).
// Four spoken pieces: an executive dean's 讲话 at a provincial MBA college's 23rd EMBA 开学典礼 on the college's own site
// (s-mba.com): the title under a column prefix "EMBA丨", a "发布时间:… 点击数: 1115" line with a run of spaces, a line
// holding a lone space, a salutation with a trailing space, an inline "首先我谨代表学院" (no comma, no 其次: no marker),
// the site's dropped 年 in "19958月"/"19967月" and its typo "工商管硕士学院" kept, cut mid-word ("许"); a teacher
// representative's 发言 at a business school's graduation on the school's news site (xwzx.sbs.edu.cn): a breadcrumb
// "首页 > 专题报道", a bare "专题报道" column line, a "【2012毕业专题】" tag glued before the title, paragraphs indented with two
// spaces (one with trailing spaces), three block points 第一,/第二,/第三, with an unnumbered paragraph between the second and
// the third, cut inside the third; a business-school professor's 毕业典礼 致辭 on a traditional pinyin mirror of an MBA news
// portal (hack50.cn): a quote headline, the editor's lead printed twice (once bare, once after "【MBAChina網(wǎng)訊】"), the
// speech's own label line "…畢業典禮教師代表發言:<name>", the speaker's bare name with 教授 (a photo caption), pinyin after
// 結/業/區/現/礎/網/發/數 at every occurrence, the mirror's simplified leftovers (若干年后, 這里, 哪里), a colon-ended line
// "…說幾句話:" and block 首先,/其次, paragraphs addressing groups of graduates, cut mid-sentence; an MBA forum committee
// chairman's opening 致辞 printed as a transcript on an MBA news site (mbaedu.cn): a slogan headline naming the speaker, a
// "来源/作者/责任编辑/12/10/2017" line, a bare view count "4703", an indented press lead ending "以下是文字实录,以飨读者。",
// image file names left as lines ("1512871044485495.png", two ".jpg"), a photo caption with the speaker's name, a
// courtesy "首先请允许我…" without a comma (no marker), cut mid-word ("武"). Two written look-alikes: a vocational business
// college's news report of its 开学典礼 (scsw.edu.cn) in which the dean's charge to the freshmen is reported as
// "寄语全体新生:一要…。…二要…。…三要…。" — a report, not a speech; and an EMBA 报考 guide on a content site
// (m.greasyrabbit.com) with 1、…5、 conditions, a "(二)报名流程" heading and 1、…5、 steps, then programme entries
// ("2、清华大学") — an admissions guide, not a speech (its headline is not in the capture, so title "").
// Judgement calls: 07's title drops the column prefix "EMBA丨" (listed as noise); the meta line is noise. 08's title is the
// printed title without its column tag "【2012毕业专题】" ("毕业典礼:" stays: it is part of the printed title); the crumb and
// the column line are noise; 第一,/第二,/第三, are required level-1 points (block, a run), the third's text is its first
// sentence in the capture. 09's title is the label line "中國政法大學商學院2019屆畢業典禮教師代表發言:林晉" (it names the
// occasion, the genre and the speaker, as a speech's own title does); the quote headline, both copies of the editor's lead
// and the bare "林晉教授" caption are the site's (noise); the pinyin goes by one regexCut; 首先,/其次, open paragraphs and
// form a run → required level 1, their first sentences are longer than 50 characters and are cut at the first comma. 10's
// title is the headline (the only title the page gives the speech, as round 72's 03); the meta line, the count, the press
// lead, the image file names and the photo caption are noise (the count with its neighbouring date, since "4703" alone is
// not specific); outline empty. Officials', teachers' and editors' names were replaced by fictional ones (institutions kept);
// the prose was rewritten; 09's headline and leads keep the site's words with the name replaced.
// Looked for and not found on a new host: a 企业家研修班/培训班 开班 讲话 as a speech (every hit was a news report: zjmj.cn,
// sfic.cn, jyzpms.com, axxattack.com; the 范文 hits are used: m.7rdy.cn, runfargroup.com, 39ysw.com); a 商学院 招生简章 itself
// (the store answered with hijacked title-only pages: hipdirect.net, fengdujob.net, mao-baby.com, abg.baidu.com), so the
// 招生 look-alike is an 报考 guide; a 文库/docx viewer page of an EMBA speech (m.wnwk.com is used); a 院长 致辞 with 一、 or
// 第一, points on a business school site (bs.nankai.edu.cn stands on used nankai.edu.cn; shuaishao.cn, with 首先 after
// "幾點期望:", is a twin — see below). Not taken for lack of room: emba.jnu.edu.cn (a dean's EMBA 毕业典礼 致辞 under a
// "slogan|title" line and a 发布人/发布时间/点击次数 line), mem.usst.edu.cn (a graduate representative's 发言), culatero.com (a
// casino-hijacked URL carrying a bilingual IMBA graduation 致辞).
// Template twins set aside: shuaishao.cn (a traditional mirror on the same "/schnews/view/id/<n>.html" template as mbaedu.cn,
// case 10), mbachina.com (the simplified original of the MBAChina page template that hack50.cn mirrors, case 09),
// mpa.usst.edu.cn next to mem.usst.edu.cn (one university's colleges), jyzpms.com next to sfic.cn (one "/xw/xq/<n>/<id>"
// template, one a pinyin mirror). Used hosts passed over: bs.nankai.edu.cn, m.wuhaninfo.cn, sh-qfbc.com, shengda.edu.cn,
// newsletter.management.ntu.edu.tw, china.zjol.com.cn, m.7rdy.cn, runfargroup.com, 39ysw.com, m.wnwk.com.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SM_LINE = 'EMBA丨韩立恒执行院长在学院第二十三届EMBA开学典礼上的讲话';
const SM_META = '发布时间:2021-12-07 14:10:39      点击数: 1115';

const SB_CRUMB = '首页 > 专题报道';
const SB_COL = '专题报道';
const SB_LINE = '【2012毕业专题】毕业典礼:教师代表俞秀岚(财经学院)发言';

const HK_HEAD = '中國政法大學商學院林晉教授:若干年后,你最懷念的就是今天最痛恨的食堂的味道';
const HK_LEAD_P = '6月14日晚,中國政法大學商學院2019屆畢業(yè)典禮暨學位授予儀式在昌平校區(qū)禮堂舉行,林晉老師作為教師代表致辭。本文在現(xiàn)場文字記錄基礎(chǔ)上編輯整理而成,對口語化部分略有改動。';
const HK_LEAD = '6月14日晚,中國政法大學商學院2019屆畢業典禮暨學位授予儀式在昌平校區禮堂舉行,林晉老師作為教師代表致辭。本文在現場文字記錄基礎上編輯整理而成,對口語化部分略有改動。';
const HK_TITLE = '中國政法大學商學院2019屆畢業典禮教師代表發言:林晉';
const HK_CAPTION = '林晉教授';

const MB_TITLE = '中国MBA发展论坛委员会主任顾嘉言:新时代 积极推进中国MBA共同发展';
const MB_META = '来源:中国MBA教育网    作者:李桐    责任编辑:李桐    12/10/2017';
const MB_LEAD = '【中国MBA教育网讯】2017年12月9日,以“MBA创新创业 筑梦一带一路”为主题的第十七届中国MBA发展论坛论坛在古城西安盛大开幕。此次论坛是由全国工商管理专业学位教育指导委员会指导,中国MBA发展论坛委员会和西安电子科技大学主办,西安电子科技大学经济管理学院、MBA联合会共同承办,并得到了中国高校创新创业教育联盟投融资专业委员会、新道科技股份有限公司、中国MBA联谊会、西安交通大学MBA联合会、西北大学MBA联合会、西北工业大学MBA联合会、陕西师范大学MBA联合会、西安理工大学MBA联合会、西北农林科技大学MBA联合会等单位的支持和协助,来自全国各地近150所高校MBA师生代表共同参加了此次年度盛会。开幕式上,中国MBA发展论坛委员会主任顾嘉言先生致辞并宣读MBA教指委贺信,以下是文字实录,以飨读者。';
const MB_IMG1 = '1512871044485495.png';
const MB_IMG2 = '1512872285401637.jpg';
const MB_IMG3 = '1512872285716591.jpg';
const MB_CAPTION = '中国MBA发展论坛委员会主任顾嘉言先生';

export const specs = {
  '07-jianghua-s-mba-emba-kaixue-column-prefix-meta': {
    source: 'http://www.s-mba.com/show-143-9.html',
    kind: 'speech: 讲话 (an executive dean at a provincial MBA college\'s 23rd EMBA 开学典礼; the college\'s own site)',
    tests: 'a column prefix "EMBA丨" glued before the title; a "发布时间:2021-12-07 14:10:39      点击数: 1115" line with a run of spaces; a line holding a lone space; a salutation "各位老师,亲爱的同学们: " with a trailing space; "大家上午好!"; an inline "首先我谨代表学院,…" without a comma and with no 其次 (no marker); the site\'s dropped 年 ("19958月", "19967月") and typo "工商管硕士学院" kept; figures ("1.9万余名", "1600余名"); cut mid-word ("许")',
    isSpeech: true,
    title: '韩立恒执行院长在学院第二十三届EMBA开学典礼上的讲话',
    noise: ['EMBA丨', SM_META, '点击数: 1115'],
    dropLines: [SM_LINE, SM_META],
    outline: [],
  },
  '08-fayan-sbs-biye-jiaoshi-daibiao-crumb-tag-diyi-dier': {
    source: 'https://xwzx.sbs.edu.cn/ztbd/8197.htm',
    kind: 'speech: 发言 (a teacher representative of a business school\'s 财经学院 at the 2012 graduation; school news site)',
    tests: 'a breadcrumb "首页 > 专题报道" and a bare "专题报道" column line; a column tag "【2012毕业专题】" glued before the title "毕业典礼:教师代表<name>(财经学院)发言"; paragraphs indented with two spaces, one with trailing spaces; a salutation to 领导、老师、同学们、家长们; block points "第一,厚德载物,天道酬勤。", "第二,志存高远,脚踏实地。" and "第三,勇于担当,挑战自我。" with an unnumbered "当然社会是复杂的,…" paragraph between the second and the third; quoted school mottos; cut mid-sentence ("越是艰")',
    isSpeech: true,
    title: '毕业典礼:教师代表俞秀岚(财经学院)发言',
    noise: [SB_CRUMB, SB_COL, '【2012毕业专题】'],
    dropLines: [SB_CRUMB, SB_COL, SB_LINE],
    outline: [
      { level: 1, marker: '第一,', text: '厚德载物,天道酬勤' },
      { level: 1, marker: '第二,', text: '志存高远,脚踏实地' },
      { level: 1, marker: '第三,', text: '勇于担当,挑战自我' },
    ],
  },
  '09-zhici-hack50-big5-pinyin-mbachina-jiaoshi-lead-twice-shouxian-qici': {
    source: 'http://www.hack50.cn/html/cupl/201906/190647.html',
    kind: 'speech: 致辭/發言 (a business-school professor speaking for the teachers at a 2019 graduation; traditional pinyin mirror of an MBA news portal)',
    tests: 'traditional script with pinyin after 結/業/區/現/礎/網/發/數 at every occurrence and simplified leftovers (若干年后, 這里, 哪里); a quote headline; the editor\'s lead printed twice, the second after "【MBAChina網(wǎng)訊】"; the speech\'s own label line "中國政法大學商學院2019屆畢業(yè)典禮教師代表發(fā)言:<name>" (the title); the speaker\'s bare name with 教授 (a photo caption); a salutation to 院長、老師們、學生家長們、同學們; a line ending "說幾句話:" and block "首先,我要對…本科畢業(yè)生們說,…" / "其次,我要對學碩同學們說,…" paragraphs (first sentences longer than 50 characters); an unnumbered third address; cut mid-sentence ("畢業(yè)生")',
    isSpeech: true,
    title: HK_TITLE,
    noise: [HK_HEAD, HK_LEAD_P, '【MBAChina網(wǎng)訊】', '對口語化部分略有改動。', HK_CAPTION],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)'],
    replace: [['【MBAChina網(wǎng)訊】', '']],
    dropLines: [HK_HEAD, HK_LEAD, HK_TITLE, HK_CAPTION],
    outline: [
      { level: 1, marker: '首先,', text: '我要對2015級、2019屆的本科畢業生們說' },
      { level: 1, marker: '其次,', text: '我要對學碩同學們說' },
    ],
  },
  '10-zhici-mbaedu-mba-luntan-kaimu-lead-image-files-caption': {
    source: 'http://www.mbaedu.cn/schnews/view/id/6147.html',
    kind: 'speech: 致辞 (the chairman of an MBA forum committee opening the 17th 中国MBA发展论坛; transcript on an MBA news site)',
    tests: 'a slogan headline naming the speaker ("<position><name>:新时代 积极推进中国MBA共同发展") as the only title; a "来源:…    作者:…    责任编辑:…    12/10/2017" line; a bare view count "4703" on its own line; an indented press lead "【中国MBA教育网讯】…以下是文字实录,以飨读者。" (the site\'s); image file names left as lines ("1512871044485495.png", "1512872285401637.jpg", "1512872285716591.jpg"); a photo caption with the speaker\'s name; paragraphs indented with six spaces; a salutation run into "大家上午好!"; a courtesy "首先请允许我…" without a comma (no marker); a list of past forums by 第二届/第三届 (not ordinals); cut mid-word ("武")',
    isSpeech: true,
    title: MB_TITLE,
    noise: [MB_META, '12/10/2017\n\n4703', MB_LEAD, '【中国MBA教育网讯】', '以下是文字实录,以飨读者。', MB_IMG1, MB_IMG2, MB_IMG3, MB_CAPTION],
    dropLines: [MB_TITLE, MB_META, '4703', MB_LEAD, MB_IMG1, MB_IMG2, MB_IMG3, MB_CAPTION],
    outline: [],
  },
  '11-news-scsw-shangxueyuan-kaixue-dianli-yiyao-eryao-not-speech': {
    source: 'https://www.scsw.edu.cn/info/1531/11811.htm',
    kind: 'non-speech: news report (a vocational business college\'s report of its 2021 开学典礼; the college\'s site)',
    tests: 'no headline in the capture; "我院" report in the third person; the dean "寄语全体新生:一要胸怀祖国,向上向善。…二要学会学习,求是创新。…三要担当责任,重技崇能。…" — inline 一要/二要/三要 after a colon and full stops inside a report, not a speech; the vice-dean\'s wishes reported ("…希望全体同学…"); cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-zhaosheng-greasyrabbit-emba-baokao-tiaojian-liucheng-not-speech': {
    source: 'https://m.greasyrabbit.com/xuewei/1567535.html',
    kind: 'non-speech: admissions guide (EMBA 报考条件 and 报名流程; content site)',
    tests: 'the capture opens inside the conditions list "1、…" to "5、…" (its headline and "(一)" above the capture); a "(二)报名流程" heading with 1、…5、 step headings and their text lines; programme entries "北京大学汇丰商学院emba项目…", "项目学制:2-3年。", "2、清华大学" — a written guide with numbered headings, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
