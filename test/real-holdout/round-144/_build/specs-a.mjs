// Gold specs for holdout round 144, part A (cases 01–06): hotels and catering (酒店/饭店 associations and anniversaries,
// 民宿 lodging meetings, chefs, a hotel group's New Year address — their 发言/讲话/演讲稿/贺词 — and two look-alikes: a news
// report of a hotel-culture festival and a note on preparing a hotel's 开业庆典).
// Four spoken pieces (a former vice-head of the national tourism administration speaking at the 40th-anniversary
// symposium of the China Tourist Hotels Association, posted on a hotel-industry portal (15386.cn, "/post/<id>.html"):
// the headline "在纪念…座谈会上的发言 | 张希钦 原国家局副局长" (occasion, genre, then "|" and the speaker with his short
// title), two blank lines, a five-line editor's lead introducing a series of such talks ("1986—2026,…", "…系列报道陆续推出。
// …", "敬请关注!"), a caption line "张希钦 原国家旅游局副局长" (name and position), the transcript starting with the speaker
// tag "张希钦:" glued to the first sentence, no salutation, cut mid-word ("只有一"); a provincial tourism association's
// secretary-general speaking at a 民宿 (home-stay lodging) industry annual meeting, on a site's news page (zhuyixiu.com,
// "/nv/<id>.html"): a crumb "首页 >> 最新资讯", the site's headline "福建省旅游协会秘书长洪一树 | 第二届福建民宿行业发展年会讲话
// (全文)", a "发布者:…    发布时间:…    点击次数:2766" meta line, the document's own heading "福建省旅游协会副会长兼秘书长洪一树
// 讲话", a bare date line "2019年8月29日", the salutation, "大家好!", three paragraphs, cut mid-word ("民宿产"); a chef's 竞聘
// speech as the first piece of a collection on a 范文 site (m.taomaivip.net, "/jianghuagao/<id>.html"): the collection
// title with its count "厨师演讲稿8篇", a "…以下是淘范文小编精心为您推荐的厨师演讲稿8篇,供大家参考。" promo, the piece heading
// "厨师演讲稿篇1", the salutation, "你们好!", an uncomma'd "首先还是…" (no marker), the author's own punctuation slips kept
// (".可我在这里,…。,十足的底气", mismatched quotes “不进则退”‘逆水行舟“, "当过服务员,领班,厨师,等岗位"), "20xx"
// placeholders, cut mid-word ("以实"); a hotel group's New Year address to its hotel staff on an article farm (fangzou.cn,
// "/wen/<id>.html"), the whole stored page (581 characters; 579 after the rewrite): no title, the addressee line "酒店同事:", "大家新年快乐!", four
// paragraphs of a machine-reworded text, the group's name and the date "2020年12月31日" on lines of their own, a trailing
// "相关推荐") and two written look-alikes (a news item on a Guangzhou hotel's own website (jianguohotelguangzhou.com,
// "/cn/news/<id>.html"): the booking widget "客房预订" / "? 预订" (an icon lost as "?"), "酒店地图" twice, "新闻中心", the
// headline, a "发布时间:" line, an unclosed opening quote, and the association president's 致辞 summarised in the third
// person ("她首先指出,…三个方面:一是…;二是…;…。三是…") — a report, not a speech; a note on preparing a hotel's 开业庆典 on a
// B2B shop page (c7f7cf9960.cn.b2b168.com, "/shop/supply/<id>.html"): "一、…三、" headings, "1.…4." and "1)…4)" items, the
// shop's SEO keywords glued into sentences ("…形象鲜明,专业庆典公司,以便于…", "…沟通信息,公司乔迁庆典策划,办文办会办事。"),
// "**" where a filter blanked words ("天华酒店的**度", "为**市场铺平道路"), a lost word ("成立临时,辅助决策") — a planning
// guide, not a speech).
// Judgement calls: 01 is a speech (the headline names a 发言 and the text is a first-person transcript: "上午不少专家…都谈到
// 了"). Its title is the headline kept whole with its "| 张希钦 原国家局副局长" part, as round 140 case 01 and round 104 case
// 03 keep a headline whole around its "|". The five lead lines are the editor's (third person, about the series) and are
// noise, with "系列报道陆续推出" listed again as a short part. The caption "张希钦 原国家旅游局副局长" carries a position and
// stays as the speech's byline (as round 5 cases 04 and 09; round 36 case 03 dropped only a bare name); the speaker tag
// "张希钦:" glued before the first sentence stays (as rounds 28's 15, 32's 08, 50's 08, 95's 14 and 108's 02, see round 137).
// No numbered points. 02: the site's headline (speaker | occasion + "讲话(全文)") is noise, and the document's own heading
// under the meta line, "福建省旅游协会副会长兼秘书长洪一树讲话", is the title (as round 36 case 01 and round 37 case 09 take the
// speech's own heading under a site headline); the crumb and the meta line are noise ("点击次数:2766" listed again); the date
// line "2019年8月29日" is the speech's own and stays (as round 5 cases 04 and 09); no numbered points in the capture. 03: a
// collection page whose first piece is a 竞聘演讲稿 (a speech kind): the title is the piece's own title "厨师演讲稿" without
// "篇1"; the collection title "厨师演讲稿8篇", the promo and the piece heading "厨师演讲稿篇1" are noise (as round 114 case 08
// and round 122 case 01); "首先还是…" has no separator and no run → no item. 04 is a speech (a 贺词: the body opens with an
// address to the hotel staff and speaks to them in the first person, "请允许我这样说"; the group's New Year message is a
// spoken-genre address as round 135 case 04's New Year 贺词 the page calls a letter); no title line, so the title is ""; the
// addressee line "酒店同事:" is its salutation; the group's name and the date are the address's own closing lines and stay
// (as round 4 case 08's signature with its date); "相关推荐" is noise. 05 is a news report (third person, "她首先指出,…"), so
// its 一是/二是/三是 summary (the last one even after a full stop) is no outline. 06 is a written planning note, so its
// headings and items are no outline. Names: the chef's initials and home town, his employers' names and the café chain
// were replaced; the public officials' names (in headlines, meta lines and bylines) were kept; the authored prose was
// rewritten, the site noise kept as found.
// Looked for and not found on a new host: a speech on the theme with numbered points (一、/一是/第一,) — the 酒店年终讲话
// with "1、…4、" problems (letgol.com), the 宾馆 消防安全 meeting speech with relayed "一、…;二、…" points (m.yrrf.cn and
// haowendang.cn), the 民宿女主人论坛 致辞 with block 一是/二是/三是 (zlxmsfh.cn), the 烹饪 研修班 开班 讲话 on a traditional
// converter mirror (zendacomunicacion.com), the 火锅产业大会 致辞 (a document capture without an address) and the 世界酒店论坛
// 致辞 (worldwidehotel.cn) all stand on used hosts or have no address; a 酒店开业庆典 主持词 on an unused host (the corpus
// answers with novels: babai.cc, fzxzj.com, zbnjy.com …); a 厨师节 开幕 致辞 (emrowgh.com, gz-shine.com, m.inrrp.com.cn,
// www.wzha.net are used; the 中国烹饪协会 pages on ccas.com.cn are used); a Discuz copy of a 酒店开业庆典 讲话 with jammer
// strings (xinsheng.sanhome.com is used); a 酒店 管理制度 with 第一条 (yfs8.com, apolloltms.com, popartistsnft.com,
// ahxkjx.com, fanwen118.com, bdocx.com are used) and a 酒店 员工 心得体会 (51vvv.com, m.airporthotelslisboa.com are used), so
// the look-alikes are a news report and a 开业庆典 planning note.
// Template twins considered: aishangyingyang.com serves ccas.com.cn's "/site/content/<id>.html" pages with the 中国烹饪协会
// name replaced by a spam brand — a twin of the used ccas.com.cn, dropped; the "以下是淘范文小编精心为您推荐的…" promo,
// "首页 >> 最新资讯" with a "发布者:… 点击次数:" line, the "系列报道陆续推出" lead, the "客房预订 / 酒店地图 / 新闻中心" furniture
// and the "专业庆典公司" / "活动策划五步曲" keywords occur on no used page (m.taomaivip.net is not the used taowenge.com /
// m.taowenge.com, a document library); the other pages' furniture ("相关推荐", "新闻中心") is generic.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const FD_TITLE = '在纪念中国旅游饭店业协会成立40周年座谈会上的发言 | 张希钦 原国家局副局长';
const FD_LEAD = [
  '1986—2026,中国旅游饭店业协会走过整整四十载春秋。',
  '这四十年,是行业从萌芽到繁茂的跨越,是服务从规范到卓越的进阶。作为亲历者、见证者和推动者,中国旅游饭店业协会始终与时代同频,与行业共振。',
  '为铭记这段不凡历程,协会在2026.2.26日这一天隆重召开了“纪念中国旅游饭店业协会成立40周年座谈会”,特邀了行业老领导、集团领军人,资深从业者,共同回望四十年沧海星辰,共同期盼辉煌再现,会议开的浓墨重彩,嘉宾们更是心潮澎湃。今天他们以笔寄情,以文载道,回溯亲历的岁月,分享洞察与思考,共同为行业高质量发展凝聚智慧与力量。',
  '自3月4日起,系列报道陆续推出。一段段记忆,是致敬,更是启程。',
  '敬请关注!',
];

const MS_CRUMB = '首页 >> 最新资讯';
const MS_HEAD = '福建省旅游协会秘书长洪一树 | 第二届福建民宿行业发展年会讲话(全文)';
const MS_META = '发布者:洪一树    发布时间:2019-08-31 16:48:51    点击次数:2766';
const MS_TITLE = '福建省旅游协会副会长兼秘书长洪一树讲话';

const CS_COLL = '厨师演讲稿8篇';
const CS_PROMO = '演讲稿可以帮助我们控制时间,避免在演讲中过度冗长或过于简短,有了演讲稿,我们可以更好地展示自己的独特风格和个性,以下是淘范文小编精心为您推荐的厨师演讲稿8篇,供大家参考。';
const CS_PIECE = '厨师演讲稿篇1';

export const specs = {
  '01-fayan-15386-fandian-xiehui-40zhounian-pipe-headline-series-lead-speaker-tag': {
    source: 'https://www.15386.cn/post/134533.html',
    kind: 'speech: 发言 (a former vice-head of the national tourism administration at the 40th-anniversary symposium of the China Tourist Hotels Association; hotel-industry portal)',
    tests: 'the headline "在纪念…座谈会上的发言 | 张希钦 原国家局副局长" kept whole as the title (speaker after a "|"); two blank lines; a five-line editor\'s lead introducing a series ("1986—2026,…", "…系列报道陆续推出。…", "敬请关注!") as noise; a caption "张希钦 原国家旅游局副局长" (name and position, kept as the byline); the speaker tag "张希钦:" glued before the first sentence (kept); no salutation; cut mid-word ("只有一")',
    isSpeech: true,
    title: FD_TITLE,
    noise: [...FD_LEAD, '系列报道陆续推出'],
    dropLines: [FD_TITLE, ...FD_LEAD],
    outline: [],
  },
  '02-jianghua-zhuyixiu-minsu-nianhui-crumb-meta-quanwen-doc-heading-dateline': {
    source: 'https://zhuyixiu.com/nv/1434.html',
    kind: 'speech: 讲话 (a provincial tourism association\'s secretary-general at a 民宿 lodging industry annual meeting; site news page)',
    tests: 'a crumb "首页 >> 最新资讯"; the site\'s headline "…洪一树 | 第二届福建民宿行业发展年会讲话(全文)" (noise); a "发布者:…    发布时间:…    点击次数:2766" meta line with runs of spaces; the document\'s own heading "福建省旅游协会副会长兼秘书长洪一树讲话" under it as the title; a bare date line "2019年8月29日" (kept); the salutation "各位领导、全省各民宿经营者:" and "大家好!" with blank lines between paragraphs; cut mid-word ("民宿产")',
    isSpeech: true,
    title: MS_TITLE,
    noise: [MS_CRUMB, MS_HEAD, MS_META, '点击次数:2766'],
    dropLines: [MS_CRUMB, MS_HEAD, MS_META, MS_TITLE],
    outline: [],
  },
  '03-yanjiang-taomaivip-chushi-jingpin-8pian-promo-pian1-quote-quirks': {
    source: 'https://m.taomaivip.net/jianghuagao/180212.html',
    kind: 'speech: 演讲稿 (a chef\'s 竞聘 speech for a kitchen supervisor post; first piece of a collection on a 范文 site)',
    tests: 'the collection title with its count "厨师演讲稿8篇"; a promo "…以下是淘范文小编精心为您推荐的厨师演讲稿8篇,供大家参考。"; the piece heading "厨师演讲稿篇1" (title "厨师演讲稿"); the salutation "尊敬的各位领导,各位同仁们:" and "你们好!"; "首先还是…" without a separator (no item); the author\'s punctuation slips kept (".可我在这里", "。,十足的底气", mismatched quotes “…”‘…“, "领班,厨师,等岗位"); "20xx" placeholders; cut mid-word ("以实")',
    isSpeech: true,
    title: '厨师演讲稿',
    noise: [CS_COLL, CS_PROMO, CS_PIECE, '以下是淘范文小编精心为您推荐的厨师演讲稿8篇,供大家参考。'],
    dropLines: [CS_COLL, CS_PROMO, CS_PIECE],
    outline: [],
  },
  '04-heci-fangzou-jiudian-xinnian-no-title-addressee-signature-date-related': {
    source: 'https://fangzou.cn/wen/1566306.html',
    kind: 'speech: 贺词 (a hotel group\'s New Year address to its hotel staff; article farm)',
    tests: 'no title: the page opens with the addressee line "酒店同事:" and "大家新年快乐!"; four paragraphs of a machine-reworded first-person address ("请允许我这样说"); the group\'s name "海外海事集团" and the date "2020年12月31日" on lines of their own (kept as the address\'s closing); a trailing "相关推荐"; the whole stored page (579 characters)',
    isSpeech: true,
    title: '',
    noise: ['相关推荐'],
    dropLines: ['相关推荐'],
    outline: [],
  },
  '05-news-jianguohotel-fandian-wenhuajie-hotel-nav-yishi-sanshi-not-speech': {
    source: 'http://www.jianguohotelguangzhou.com/cn/news/274.html',
    kind: 'non-speech: news report (the opening of the 中国饭店文化节; a Guangzhou hotel\'s own website)',
    tests: 'hotel-site furniture "客房预订", "? 预订" (a lost icon), "酒店地图" twice, "新闻中心"; the headline and a "发布时间:" line; an unclosed opening quote ("“第七届…"); the association president\'s 致辞 told in the third person ("她首先指出,…三个方面:一是…;二是…;…。三是…") — a report, not a speech; cut mid-word ("特约研究")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-fangan-b2b168-kaiye-qingdian-spam-keywords-censor-not-speech': {
    source: 'https://c7f7cf9960.cn.b2b168.com/shop/supply/92996509.html',
    kind: 'non-speech: 策划方案 / planning note (preparing a hotel\'s 开业庆典; B2B shop page)',
    tests: 'a heading "关于开业庆典准备工作的几点说明:"; "一、…三、" headings, "1.…4." items, a "活动策划五步曲" label with "1、"/"2、" and "1)…4)" items; the shop\'s SEO keywords glued into sentences ("…形象鲜明,专业庆典公司,以便于…", "…沟通信息,公司乔迁庆典策划,办文办会办事。"); "**" blanks ("天华酒店的**度"); a lost word ("成立临时,辅助决策") — a planning guide, not a speech; cut mid-sentence ("确保")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
