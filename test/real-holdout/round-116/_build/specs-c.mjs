// Gold specs for holdout round 116, part C (cases 13–18): fire services and emergency rescue (消防 工作会议, 119 宣传月,
// 消防演练, 消防救援队伍 授旗 — speeches and their look-alikes).
// Three spoken pieces (a vice-principal's 国旗下讲话 on fire safety on a school's CMS page (hsxcfx.jtjyfw.net): the CMS
// headline "2025年秋学期第十周国旗下讲话", a "发布时间:… 作者:… 浏览量:次" meta line with an empty count, the speech's own
// title line "消防在我心,安全伴我行", a salutation glued to "大家早上好!" on one line, three block questions
// "第一,…吗?" / "第二,…" / "第三,…" after a line ending "请你在心里默默作答:", and "“三不”:" / "“三要”:" labels over
// "- " bullets, ending with "谢谢大家!" and lines of tabs and spaces; a pupil pair's 国旗下演讲 on a traditional-script mirror of
// a school site (navirail.com, "/xsfz/gqxyj/"): five photo-caption lines over the speech (class honour guard, the host, the
// salute, the oath, the speakers), pinyin annotations after many characters ("隊(duì)", "學(xué)", "國(guó)"), the title only
// inside "今天我演講的題目是《關(guān)注消防,珍愛生命》。", a mis-encoded "二字?;?," run, no numbered point, cut mid-sentence;
// a school leader's 消防安全演练活动总结讲话 on a user-posted article site (xiezuogongyuan.com): the title twice (page
// heading, blank line, article heading), body lines indented with four spaces, an inline courtesy "首先," after a full stop
// with no 其次, the capture of the speech ending at "在这里,我要再次强调几点:" (the points are not printed), then the site's
// disclaimer footer with a mail address and a "如若转载,请注明出处:<url>" line) and three written look-alikes (a city news
// site's report on the opening of a 消防职业技能竞赛 (wenhanjiaoyu.cn): a "日期:… 来源:原创/投稿/转载 浏览次数:179" line, the
// brigade leader's 动员讲话 summarised in the third person as "讲话要求,一要…。二要…。三是…。" (inline after a semicolon and
// full stops — the report's, not a speech's outline) and the union vice-chairman's 致辞 as "他表示,…他强调,…" — a news report,
// not a speech; a city government office's 通知 issuing its 火灾应急预案 (www.lc.gov.cn): a "字体大小:【大】 【中】 【小】" bar, a
// "|"-separated 索引号/发文字号/发文机关/标题/主题分类 table, an addressee line ending in ":", the issuing office and date, then
// the 预案's title and decimal headings "1 总则", "1.1 编制目的" … "1.5 工作原则" — a written plan, not a speech; a
// school's news report of a 消防-themed flag-raising (www.zz31z.net): the headline, three photo captions naming a pupil's
// 国旗下演讲 and a director's 主题活动讲话, and the pupil's 倡议 reported as "他从三个方面向全体同学发出倡议:一是…;二是…;三是…"
// and the director's words as "…说,…" — a news report, not a speech).
// Judgement calls: 13's title is the speech's own line "消防在我心,安全伴我行"; the CMS headline names the occasion, not the
// speech (as round 4's "聞校長國旗下講話" label), so it is noise with the meta line; "第一,/第二,/第三," are block markers and a run
// by the letter of outline-rules.md, but they are three quiz questions listed after a colon, not the speech's structure → all
// three optional, level 1, their text cut at the "?" that ends each question; the "- " bullets are no marker family. 14: the
// caption lines are page chrome (noise, listed as printed, pinyin included); the pinyin annotations go by one regexCut; no line
// is the speech's title, so the title is "" (《關注消防,珍愛生命》 stays in its sentence); "?;?" stays as a mis-encoded run. 15:
// both title lines equal the title (the second is its repeat and is not listed as noise); the lone inline "首先," after a
// full stop is a courtesy (no 其次 follows) → optional, as round 4's case 06; the footer lines are noise, with the mail address
// and the URL listed again as shorter parts. 16–18 are written, not speeches. The names of private people (the 作者, the
// pupils in the captions, the speakers and officials in the reports) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 消防工作会议 讲话 with "一、" headings (wenku.docs.qq.com, dawenge, e.wenmi.ren,
// jcsycorp, m.wenke99, 98523, zuowen.red, xiaomilidoc, androidx86, m.wydbw, m.sanweiyuan, xiaocaofanwen, m.7rdy, pyh678 are
// used); a 119 消防宣传月 启动仪式 致辞 (wuwu123, cha116, cailiaogo, wmjy, kaoyanmiji, bookm are used); a 消防救援队伍 授旗/迎旗
// 仪式 讲话 (the corpus answers with Xinhua reports and news copies; the one speech capture has no address); a 消防演练 主持词
// (hgxm, bookm, m.zixin, xiexiebang, 6dgww, chaojikaoba, m.sarr, lingbiren are used); a 消防救援 党课 (only news reports); a
// 技能比武/运动会 开幕 致辞 (only news reports); a traditional-script mirror of a 消防 讲话 with numbered points (jcsycorp,
// popartistsnft, m.liu27, 9000bbs are used); a 文库/docx viewer speech (wenku.docs.qq.com and m.zixin are used, a book118 copy
// has no address). So only 13 carries numbered points (and they are optional); part C has three speeches, not four.
// Template twins set aside: oriental01.com (the ruiwen family's "- 相關推薦" over the title), jihtu.com (ruiwen's "…仅供参考,希望
// 能够帮助到大家" promo and "…讲话稿1" headings), yuwen.net (ruiwen's "时间:… 发言稿 我要投稿" meta), green-energy-services.com
// and plammmp.com (traditional "/wendang/<id>.html" mirrors of the xuefen zdfb template: "每個人都曾試圖…" filler or the
// "(匯總16篇)篇一" heading, as round 45's xyvh), guowenban.com (bimobang's traditional twin, named before), diyifanwen.net (the
// 第一范文网 brand of the used diyifanwen.com and its .cc mirror), it.alljournals.cn and yingji.china.com.cn (their base domains
// alljournals.cn and china.com.cn are used). Also set aside: f.tikuw.cn (a docx viewer's 同期声 of a school drill; its stored
// text runs to 386 characters, under the floor).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const JT_HEAD = '2025年秋学期第十周国旗下讲话';
const JT_META = '发布时间:2025/11/3 14:40:46 作者:韩启明 浏览量:次';
const JT_TITLE = '消防在我心,安全伴我行';

const NV_CAPTIONS = [
  '弘毅二班禮儀隊(duì)',
  '林子謙同學(xué)主持升旗儀式',
  '向國(guó)旗敬禮',
  '趙博文帶領(lǐng)全體師生進(jìn)行宣誓',
  '陳語桐 許嘉怡同學(xué)做國(guó)旗下演講',
];
const NV_CAPTIONS_CUT = NV_CAPTIONS.map((c) => c.replace(new RegExp(PINYIN, 'g'), ''));

const XZ_TITLE = '消防安全演练活动总结讲话';
const XZ_FOOTER = '本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件至 3231169@qq.com 举报,一经查实,本站将立刻删除。';
const XZ_REPOST = '如若转载,请注明出处:https://www.xiezuogongyuan.com/130809.html';

export const specs = {
  '13-jianghua-jtjyfw-guoqixia-xiaofang-meta-questions-diyi-dash-bullets': {
    source: 'http://hsxcfx.jtjyfw.net/html/202510/NewShow-d3b232a63a.html',
    kind: 'speech: 国旗下讲话 (a vice-principal on fire safety; a school\'s CMS page)',
    tests: 'the CMS headline "2025年秋学期第十周国旗下讲话" (the occasion, not the speech\'s title); a "发布时间:2025/11/3 14:40:46 作者:… 浏览量:次" meta line with an empty count; the speech\'s own title line "消防在我心,安全伴我行"; salutation and greeting on one line ("老师们、同学们,大家早上好!"); a line ending "请你在心里默默作答:" and three block questions "第一,…吗?" / "第二,…吗?" / "第三,…吗?" with ASCII question marks; "“三不”:" / "“三要”:" labels over "- " bullet lines ending in ";"; "谢谢大家!" and trailing lines of tabs and spaces',
    isSpeech: true,
    title: JT_TITLE,
    noise: [JT_HEAD, JT_META],
    dropLines: [JT_HEAD, JT_META, JT_TITLE],
    outline: [
      { level: 1, marker: '第一,', text: '你知道离你教室最近的安全出口在哪里吗', optional: true },
      { level: 1, marker: '第二,', text: '你会正确使用灭火器吗', optional: true },
      { level: 1, marker: '第三,', text: '如果教室里忽然冒出浓烟,你知道该怎么做吗', optional: true },
    ],
  },
  '14-yanjiang-navirail-guoqixia-xiaofang-trad-pinyin-captions-qmark': {
    source: 'http://navirail.com/xsfz/gqxyj/11/9600.shtml',
    kind: 'speech: 国旗下演讲 (two pupils on fire safety; traditional-script mirror of a school page)',
    tests: 'five photo-caption lines over the speech ("弘毅二班禮儀隊", "…同學主持升旗儀式", "向國旗敬禮", "…帶領全體師生進行宣誓", "… …同學做國旗下演講"); pinyin annotations after many characters throughout ("隊(duì)", "學(xué)", "國(guó)", "關(guān)", "遠(yuǎn)"); salutation "各位老師,各位同學(xué):" and "大家早上好!"; the title only inside "今天我演講的題目是《關(guān)注消防,珍愛生命》。" (no title line); a mis-encoded run "“火災(zāi)”二字?;?,"; no numbered point; cut mid-sentence ("珍愛生命,")',
    isSpeech: true,
    title: '',
    noise: [...NV_CAPTIONS],
    regexCut: [PINYIN],
    dropLines: NV_CAPTIONS_CUT,
    outline: [],
  },
  '15-jianghua-xiezuogongyuan-yanlian-zongjie-title-twice-indent-footer': {
    source: 'https://xiezuogongyuan.com/130809.html',
    kind: 'speech: 讲话 (a school leader\'s summing-up after a fire drill; user-posted article site)',
    tests: 'the title twice with a blank line between (page heading and article heading); every body line indented with four spaces; salutation "尊敬的各位领导、老师们、同学们:"; an inline courtesy "首先," after a full stop with no 其次; the speech breaks off at "在这里,我要再次强调几点:" (its points not printed); then a blank line and the site\'s disclaimer footer ("本文内容由互联网用户自发贡献,…请发送邮件至 3231169@qq.com 举报,…") and "如若转载,请注明出处:https://www.xiezuogongyuan.com/130809.html"',
    isSpeech: true,
    title: XZ_TITLE,
    noise: [XZ_FOOTER, XZ_REPOST, '3231169@qq.com', 'https://www.xiezuogongyuan.com/130809.html'],
    dropLines: [XZ_TITLE, XZ_FOOTER, XZ_REPOST],
    outline: [
      { level: 1, marker: '首先,', text: '我要向大家的积极投入和认真表现致以由衷的感谢和崇高的敬意', optional: true },
    ],
  },
  '16-news-wenhanjiaoyu-xiaofang-jingsai-yiyao-eryao-sanshi-not-speech': {
    source: 'http://www.wenhanjiaoyu.cn/yaowen/2024/75473.html',
    kind: 'non-speech: news report (the opening of a city\'s 消防职业技能竞赛; a city news site)',
    tests: 'a headline "…竞赛拉开帷幕"; a "日期:2024-08-08 来源:原创/投稿/转载 浏览次数:179" line; the brigade leader\'s 动员讲话 summarised in the third person ("讲话指出,…;讲话要求,一要…。二要…。三是…。") — inline points after full stops that belong to the report; the union vice-chairman\'s 致辞 reported as "他表示,…他强调,…要…"; the contest\'s events listed; cut mid-word ("训练尖兵科") — a news report, not a speech',
    isSpeech: false,
    title: '临汾市第二届消防职业技能竞赛拉开帷幕',
    noise: [],
    outline: [],
  },
  '17-tongzhi-lc-huozai-yingji-yuan-gov-meta-table-decimal-not-speech': {
    source: 'http://www.lc.gov.cn/lcxxgk/xxgkml/jbxxgk/zcwj/201803/t20180323_1149163.html',
    kind: 'non-speech: 通知 issuing an 应急预案 (a city government office\'s 火灾应急预案; government disclosure page)',
    tests: 'a "字体大小:【大】 【中】 【小】" bar; a "|"-separated disclosure table (索引号, 发文字号 "潞政办发〔2015〕92号", 发文机关, 主题词, 标题, 主题分类, 发布日期); an addressee line ending in ":" (looks like a salutation); the office and the date; the 预案\'s title and decimal headings "1 总则", "1.1 编制目的" … "1.5 工作原则" with "第一时间…" repeated in a quoted principle; cut mid-sentence ("第一时间") — a written plan, not a speech',
    isSpeech: false,
    title: '潞城市人民政府办公厅关于印发潞城市火灾应急预案的通知',
    noise: [],
    outline: [],
  },
  '18-news-zz31z-xiaofang-shengqi-yishi-guoqixia-yanjiang-captions-not-speech': {
    source: 'http://www.zz31z.net/index.php/cms/item-view-id-3541.shtml',
    kind: 'non-speech: news report (a senior high school\'s fire-safety flag-raising with a pupil\'s 国旗下演讲; school site)',
    tests: 'a headline "…举行以“全民消防 生命至上”为主题的升旗仪式"; three photo captions ("国旗护卫队进场,准备升旗", "学生代表…进行…国旗下演讲", "…政教处主任…作主题活动讲话") that name speeches; the pupil\'s 倡议 reported as "他从三个方面向全体同学发出倡议:一是…;二是…;三是…。" (after a colon and semicolons, in the third person) and the director\'s words as "…说,…", "…希望…", "…表示,…"; cut mid-word ("讲") — a news report, not a speech',
    isSpeech: false,
    title: '郑州市第三十一高级中学举行以“全民消防 生命至上”为主题的升旗仪式',
    noise: [],
    outline: [],
  },
};
