// Gold specs for holdout round 151, part B (cases 07–12): artificial intelligence and the digital government (人工智能
// 大会, 人工智能学院, 智慧城市, 数据局 — their 致辞, 讲话, 演讲, and their look-alikes: a novel chapter and a 实施方案).
// Four spoken pieces (a dean's 致辞 at the founding of a university's AI school on the school's own site (ai.ruc.edu.cn,
// VSB CMS "/xygk/xyjy/<hash>.htm"): an old-browser warning banner "检测到您当前使用浏览器版本过于老旧,…", a "下载Firefox"
// link line, a "学院寄语" column label, the title "文继荣:勇闯无人区" (speaker's name, colon, theme), a
// "日期:2019-04-22访问量:" meta line with the fields run together and an empty count, a salutation over two lines (the first
// ending in "、"), a block "首先," point whose run is cut off by the end of the capture, "今年 2 月份" and "Tenure 制" with
// spaces, cut mid-word ("和研究"); an academician's 演讲 on the national AI plan reported by a trade news site (mczyw.com,
// "/news/<col>/<id>.html"): a "【慧聪广电网】…" press lead, a bare photo caption "中国工程院院士高文", a lead-in ending
// "以下为演讲摘要:", the speaker label "高文:" glued to the salutation and the body, "分为三个部分,第一个是…" after a
// comma (prose), a block "首先是关于…" (no comma, no 其次 in the capture), cut mid-sentence ("计算机"); a freshman's 发言 at
// a 2020 opening ceremony, as the AI school's new-student representative, on a school CMS page whose school name was
// replaced by a casino brand (zf-gy.cn, "/info/<col>/<id>.html"): a lone "EN" line, a crumb "当前位置: 网站首页 > 学生工作 >
// 团学工作 > 正文", the headline with the brand standing inside it ("…在2020年BET体育365投注官网开学典礼上的发言"), a
// "发布时间: … 作者:本站编辑   来源:本站原创   浏览次数:" meta line with an empty count, "到底,什么是人工智能?" as its own
// paragraph, mixed-case product names ("google photos", "Google photos"), cut mid-phrase ("人类和智能科技和"); a
// business writer's yearly AI 演讲 on a news aggregator's staging host (staging.reportify.cn, "/news/<id>"): the headline
// "吴晓波:“AI闪耀中国”2025(年度演讲全文)" with a "(年度演讲全文)" tag, a "新浪财经·2025-12-29 03:18" source line, then one
// line holding the WeChat byline "文 /巴九灵(微信公众号:吴晓波频道)", an ASCII-quoted pull quote and the whole speech with
// spaces left by hard wraps inside words ("周 语桐", "我 觉得", "每一个 人", "人 类", "艾伦 ·图灵", "5000 次"), a stage
// direction "(播放AI生成的视频)", ending in the site's " ..." — 563 characters, the store holds no more) and two written
// look-alikes (a chapter of a web novel on a traditional-script mirror (m.7ksku.cn, "/jz/<book>/<id>.html") in which a
// professor lectures a city's officials on AI in quoted paragraphs opening “其次,…, 再一個,…, “四是…, then the mayor answers
// and the room laughs — a novel, not a speech; a city government's 通知 issuing its 新一代人工智能发展实施方案 on a law
// database (ushui.net, "/law/v?id=…&title=…"): the notice's title, "武政办发〔2018〕250号", the addressees, the issuing
// office and date, the 方案's title, a preamble whose cited document title is broken over lines ("根据《" / "…的通知》 (" /
// "甘政办发〔2018〕151号)精神,…"), "一、总体要求", "(一)指导思想。", "(二)总体目标。", "1.到2020年,…" to "3.到2030年,…"
// cut mid-sentence — a written plan, not a speech).
// Judgement calls: 07: the banner, the "下载Firefox" line, the "学院寄语" column label and the meta line are page chrome
// (noise); the title is the page's own title line "文继荣:勇闯无人区" with the speaker's name kept (as round 108's
// "…李子彬:以創新促進成長"); the two salutation lines stay two paragraphs as the page prints them (as the split
// salutations of earlier rounds); the block "首先," opens the speaker's first point, not a courtesy, and a block marker needs
// no run (as round 4 case 11's block 第一,), so it is a required level-1 item although the capture ends before 其次 (round
// 6 case 01's lone 首先 was courtesy, hence optional); the quoted phrase "勇闯人工智能科技前沿的无人区" is a public
// quotation and was kept. 08: no title line in the page (the theme 《国家新一代人工智能发展规划》 is named only inside the
// lead-in), so the title is ""; the press lead, the photo caption and the lead-in are noise ("以下为演讲摘要:" listed again
// as a short part); the speaker label "高文:" is the transcript's own and stays glued to the salutation (as round 108 case
// 01's "李子彬:"); "第一个是…,后面是…,最后是…" follows commas and is prose; "首先是关于…" opens a paragraph without a comma
// and no 其次 follows in the capture → optional level 1 (as round 2 case 09), text cut at the first comma (the sentence
// runs past 50 characters); "我首先说一说…" is no marker. 09: the casino brand stands where the school's name stood and is
// cut out of the headline, which then is the title ("新生贺知遥在2020年开学典礼上的发言"); the brand, the crumb and the meta
// line are listed as noise; the lone "EN" line is language-switch chrome, dropped but not listed (too short to be specific,
// as round 6 case 10's stray lines); no numbered points. 10: the title is the headline without its "(年度演讲全文)" tag (as
// the "(全文)" titles of earlier rounds; the tag listed as noise); the source line, the WeChat byline and the editors' pull
// quote glued before "大家好,我是吴晓波。" are noise, cut from the front of the body line; the speech stays one paragraph
// (no breaks are invented at the spaces), the wrap spaces inside words stay (the scorer ignores whitespace), the stage
// direction and the closing " ..." stay; no numbered points. 11 and 12 are written, not speeches: 11 is narration with
// dialogue (韓哲一聽,…說:) in which the lecture's “其次,/“四是 paragraphs are a character's quoted words; 12 is a 通知 and a
// 方案 with 一、/(一)/1. headings. Names of private people (the freshman, the schoolgirl in 10, the novel's characters)
// were replaced by fictional ones; public figures (文继荣, the officials in 07's salutation, 高文, 吴晓波) stay; the prose
// was rewritten.
// Looked for and not found on a new host: a 数据局 挂牌/揭牌 讲话 or 致辞 (the corpus answers with third-person reports of
// the 国家数据局 unveiling — qhj.3a0598.com, mlwch.com, pulse-mx.com — and a 区数据局 务虚会 讲话 "我讲四点意见" on the used
// biganzicankao.cn); a numbered AI-conference speech on a 范文 site (the 全市人工智能产业高质量发展大会 讲话 with 一、/(一) is on
// the used m.wydbw.com; the 政务信息工作会议 讲话 with 一、 on the used wmjy.cn; the 智慧城市项目开工仪式 致辞 on the used
// caiyes.cn); a 数字政府 讲话 with 一是/二是 (only third-person reports: e-gov.org.cn (used), kuaidi.jdgod.com, 360elib.com,
// huizhijy.cn, m.shamrocksforshannon.com); a 文库 viewer of a speech (boteman.cn's 数字政府/智慧城市 方案 viewers, renrendoc.com
// and xiaomilidoc.com's 揭牌仪式 讲话 are used hosts); a traditional-script mirror of a speech (only reports: tzku.cn,
// xiaocatian.cn, cxkknvh.com, m.pathwayssc.com, clickus.com.cn; the 智慧城市论坛 演讲 速记 is on the used hfnxjk.com; the
// Taiwanese digital minister's transcripts on the used sayit.pdis.nat.gov.tw); a 智慧城市 开幕词 or 主持词 (only reports of
// 智博会 openings). So only 07 (首先,) and 08 (首先是) carry a numbered point.
// Template twins considered: zf-gy.cn and round 109's bzhcar.com both hold a university's 2020 freshman 发言 under a casino
// brand on VSB CMS pages dated 2020-09-25, but the furniture differs (here "EN", a "当前位置: 网站首页 > …" crumb and
// "发布时间: … 作者:本站编辑   来源:本站原创   浏览次数:"; there a brand line, a "【迎新季】" tag, "作者:学工办时间:…浏览:字体:" and an
// image name) and no used page carries these lines, so it was kept; ai.ruc.edu.cn's old-browser banner and "学院寄语" label
// stand on no used page; m.ancii.com (谭铁牛's CCAI 致辞 after a "致辞全文如下:" lead) is a different site of the same kind as
// mczyw.com and was not taken, to keep one press-lead case; ahdianso.com (a 世界智能大会 panel transcript sprinkled with emoji
// under a replaced brand) was not taken (a several-speaker dialogue, not one speech); laobig.taolaoshi.top's "人工智能+"
// 行动计划 is on a used host.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const RU_BANNER = '检测到您当前使用浏览器版本过于老旧,会导致无法正常浏览网站;请您使用电脑里的其他浏览器如:360、QQ、搜狗浏览器的速模式浏览,或者使用谷歌、火狐等浏览器。';
const RU_FIREFOX = '下载Firefox';
const RU_COL = '学院寄语';
const RU_TITLE = '文继荣:勇闯无人区';
const RU_META = '日期:2019-04-22访问量:';

const MC_LEAD = '【慧聪广电网】2018年10月24日-26日,第二十六届媒体融合技术研讨会(ICTC2018)将在杭州举行。ICTC由国家广播电视总局批准、中国广播电影电视社会组织联合会技术委员会、浙江省广播电影电视产业协会和华数数字电视传媒集团有限公司等单位共同举办,是广电领域最具影响力的国际研讨会,至今已成功举办25届。慧聪广电网作为本次大会的支持媒体,将为您全面报道本次盛会的精彩和亮点。';
const MC_CAPTION = '中国工程院院士高文';
const MC_INTRO = '在ICTC2018现场,中国工程院院士高文先生作了主题为《国家新一代人工智能发展规划》的演讲,以下为演讲摘要:';

const ZF_EN = 'EN';
const ZF_CRUMB = '当前位置: 网站首页 > 学生工作 > 团学工作 > 正文';
const ZF_BRAND = 'BET体育365投注官网';
const ZF_TITLE = '新生贺知遥在2020年开学典礼上的发言';
const ZF_META = '发布时间: 2020年09月25日 08时54分  作者:本站编辑   来源:本站原创   浏览次数:';

const RP_TAG = '(年度演讲全文)';
const RP_TITLE = '吴晓波:“AI闪耀中国”2025';
const RP_SOURCE = '新浪财经·2025-12-29 03:18';
const RP_BYLINE = '文 /巴九灵(微信公众号:吴晓波频道)';
const RP_PULL = '"人工智能AI革命是一场事关国运的世纪大竞赛。"';

export const specs = {
  '07-zhici-ruc-gaoling-ai-xueyuan-chengli-oldbrowser-banner-date-views-shouxian': {
    source: 'http://ai.ruc.edu.cn/xygk/xyjy/09b6ca6c65484628a2c79afb28d44bce.htm',
    kind: 'speech: 致辞 (the founding dean at the inauguration of a university\'s AI school; the school\'s own site)',
    tests: 'an old-browser warning banner "检测到您当前使用浏览器版本过于老旧,…" and a "下载Firefox" line first; a "学院寄语" column label; the title "文继荣:勇闯无人区" (speaker, colon, theme); a "日期:2019-04-22访问量:" meta line with the fields run together and an empty count; a salutation over two lines, the first ending in "、"; a seasonal opening; a block "首先,我们要…。" point whose 其次 lies past the end of the capture (required); spaces in "今年 2 月份" and "Tenure 制"; cut mid-word ("和研究")',
    isSpeech: true,
    title: RU_TITLE,
    noise: [RU_BANNER, RU_FIREFOX, RU_COL, RU_META],
    dropLines: [RU_BANNER, RU_FIREFOX, RU_COL, RU_TITLE, RU_META],
    outline: [
      { level: 1, marker: '首先,', text: '我们要在学院体制机制建设上大胆创新' },
    ],
  },
  '08-yanjiang-mczyw-gaowen-ai-guihua-press-lead-caption-label-shouxianshi': {
    source: 'http://mczyw.com/news/52/259969.html',
    kind: 'speech: 演讲 (an academician on the national plan for new-generation AI at a broadcasting technology conference; trade news site)',
    tests: 'no title line: a "【慧聪广电网】…" press lead first; a bare photo caption "中国工程院院士高文"; a lead-in naming the talk and ending "以下为演讲摘要:" (noise); the speaker label "高文:" glued to the salutation "各位领导,各位专家:大家上午好!" and the opening (kept); "分为三个部分,第一个是…,后面是…,最后是…" after commas (prose); a block "首先是关于…" with no comma and no 其次 in the capture (optional, text to the first comma); "我首先说一说…" (no marker); "阿兰图灵", "IO"; cut mid-sentence ("计算机")',
    isSpeech: true,
    title: '',
    noise: [MC_LEAD, MC_CAPTION, MC_INTRO, '以下为演讲摘要:'],
    dropLines: [MC_LEAD, MC_CAPTION, MC_INTRO],
    outline: [
      { level: 1, marker: '首先是', text: '关于人工智能的历史从全球范围算起到今天已经走过了62年', optional: true },
    ],
  },
  '09-fayan-zfgy-ai-xinsheng-kaixue-casino-brand-in-title-crumb-meta-en': {
    source: 'https://zf-gy.cn/info/1099/1511.html',
    kind: 'speech: 发言 (the AI school\'s freshman representative at a university\'s 2020 opening ceremony; school CMS page under a casino brand)',
    tests: 'a lone "EN" language-switch line; a crumb "当前位置: 网站首页 > 学生工作 > 团学工作 > 正文"; the headline with a casino brand standing where the school\'s name stood ("新生贺知遥在2020年BET体育365投注官网开学典礼上的发言"; the brand cut, the rest is the title); a "发布时间: 2020年09月25日 08时54分  作者:本站编辑   来源:本站原创   浏览次数:" meta line (double and triple spaces, empty count); salutation and "大家下午好!" on their own lines; a rhetorical question "到底,什么是人工智能?" as a paragraph; mixed-case product names ("alphago", "google photos", "Google photos"); no numbered points; cut mid-phrase ("人类和智能科技和")',
    isSpeech: true,
    title: ZF_TITLE,
    noise: [ZF_CRUMB, ZF_BRAND, ZF_META],
    replace: [[ZF_BRAND, '']],
    dropLines: [ZF_EN, ZF_CRUMB, ZF_TITLE, ZF_META],
    outline: [],
  },
  '10-yanjiang-reportify-wuxiaobo-ai-shanyao-quanwen-tag-byline-pullquote-oneline-wrapspaces': {
    source: 'https://staging.reportify.cn/news/1202983292480131072',
    kind: 'speech: 演讲 (a business writer\'s yearly AI evening talk; reposted on a news aggregator\'s staging host)',
    tests: 'the headline "吴晓波:“AI闪耀中国”2025(年度演讲全文)" with a "(年度演讲全文)" tag (the title without it); a "新浪财经·2025-12-29 03:18" source line; one line holding the WeChat byline "文 /巴九灵(微信公众号:吴晓波频道)", an ASCII-quoted pull quote and the whole speech (byline and pull quote cut from its front); "大家好,我是吴晓波。" as the opening; spaces left by hard wraps inside words ("周 语桐", "我 觉得", "每一个 人", "人 类", "艾伦 ·图灵", "5000 次"); a stage direction "(播放AI生成的视频)" and the video\'s first-person lines; the site\'s " ..." at the end; 563 characters, the store holds no more',
    isSpeech: true,
    title: RP_TITLE,
    noise: [RP_TAG, RP_SOURCE, RP_BYLINE, RP_PULL],
    replace: [[`${RP_BYLINE} ${RP_PULL} `, '']],
    dropLines: [RP_TITLE + RP_TAG, RP_SOURCE],
    outline: [],
  },
  '11-novel-7ksku-big5-ai-zhaoshang-yuanzhang-qici-sishi-quoted-not-speech': {
    source: 'http://m.7ksku.cn/jz/466113/29666915.html',
    kind: 'non-speech: novel (traditional-script mirror; a professor lectures a city\'s leaders on AI before an investment deal)',
    tests: 'a chapter page opening inside a quoted lecture: paragraphs starting “其次,…, 再一個,就是…, “四是形成技術集群。 (the 一是 and 三是 on an earlier page); "AI 的", "如 GPU", " ‘核心技術 + 配套體系’" with spaces; then narration and dialogue ("韓哲一聽,…說:", "會場上的人一下子都笑了起來。", quoted replies in “…”); mainland forms left by the converter ("并", "什么"); cut inside an opening quote ("講的‘") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-fangan-ushui-wuwei-ai-shishi-fangan-tongzhi-hardwrap-yi-paren-arabic-not-speech': {
    source: 'https://www.ushui.net/law/v?id=v79f3c1v0102114ddf5bd9f36d13da85143d3f4004449b1e9d94&title=%E6%AD%A6%E5%A8%81%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4%E5%85%B3%E4%BA%8E%E5%8D%B0%E5%8F%91%E6%AD%A6%E5%A8%81%E5%B8%82%E6%96%B0%E4%B8%80%E4%BB%A3%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E5%8F%91%E5%B1%95%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88%E7%9A%84%E9%80%9A%E7%9F%A5',
    kind: 'non-speech: 通知 with a 实施方案 (a city government issues its plan for new-generation AI; law database)',
    tests: 'the notice\'s title; a document number "武政办发〔2018〕250号"; the addressees ending in ":" (looks like a salutation); the issuing office and the date; the 方案\'s own title; a preamble whose cited document title is broken over three lines ("根据《" / "…的通知》 (" / "甘政办发〔2018〕151号)精神,…"); "一、总体要求", "(一)指导思想。", "(二)总体目标。" headings; "1.到2020年,…", "2.到2025年,…", "3.到2030年,…" items; cut mid-sentence ("取得重要") — a written plan, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
