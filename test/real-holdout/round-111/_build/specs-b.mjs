// Gold specs for holdout round 111, part B (cases 07–12): land and natural resources (国土资源 工作会议, 耕地保护,
// 不动产登记, 地质灾害防治 — work meetings, drills, land requisition, and their look-alikes).
// One spoken piece: the narration script of a 2011 突发地质灾害应急演练 in Guangzhou, on a Q&A/content farm
// (web.xkyn.net): an SEO headline pairing two document names ("广东广州年突发地质灾害应急演练脚本 兰州市城关区年地质灾害
// 应急演练方案", the year dropped from both), a poster line "作者&投稿:… (若有异议请与网页底部的电邮联系)", then the script:
// the organisers' line, the date "(2011年9月)", section heads with durations ("预备(约20分钟)", "序幕(约20分钟)"), timetable
// lines ("16:00—16:10,…"), "屏幕显示:" stage directions and 解说员(男)/(女)/(合) turns greeting the watching leaders
// ("尊敬的各位领导!", "各位来宾!", "大家好!") and introducing them, cut mid-sentence ("…管委"). Five written look-alikes:
// a city portal's report of the city's 国土资源管理工作会议 (nggsl.com): headline, a "来源:… 最后更新:… 作者: 浏览:…次" line,
// the meeting told in the third person, ending with a secretary's "三点要求。一是…;二是…;三是…。" — inline 一是 after a
// full stop, but a report; a procurement portal's copy of a 征收土地预公告 (www.qianlima.com): "开启全网商机" and
// "登录/注册" chrome, the headline and the issuing government blanked to "****", "中华人民**国" blanks, 一、…六、 sections,
// "特此公告。", the contact line and a "| 时间: | 2026-03-16 |" table row — a notice, not a speech; a city 自然资源局's
// 通知 on a 主题演讲比赛 (zrzyj.gzlps.gov.cn): the title twice, an addressee line ending in ":", 一、…七、 headings and
// (一)…(四) items, jury names with a space inside two-character names, cut mid-sentence; a 文库-style SEO page
// (www.nbwtv.com) on the 国土资源部 youth 汇报展示脚本: a breadcrumb whose last crumb is a keyword-stuffed title, that title
// again, "时间:… 来源: 泥巴往事网", a search-snippet line from an unrelated document, then the booklet's cover and 前言 run
// together on one line with PDF spaces (团 委, 生 力军, 4 个篇 章) and its 目录 — a written foreword to a booklet of scripts,
// not a speech; a traditional-script mirror (www.tscctv.cn) of a county's 拟征收土地预公告: pinyin annotations after the
// characters (經(jīng)濟, 現(xiàn)狀), a mis-encoded run ("工作?,F(xiàn)將" — here "實施征收?,F(xiàn)將"), 一、…五、 sections, the
// issuing government and date, and a "掃一掃在手機上查看當前頁面" footer — a notice, not a speech.
// Judgement calls: 07 is a speech page (a 主持词-like narration script: every turn is spoken to the audience by the
// 解说员, like the 男:/女: turns of a gala 主持词, and the timetable lines and "屏幕显示:" lines are its stage directions,
// which stay in the body); its title is the first half of the SEO headline, "广东广州年突发地质灾害应急演练脚本" (the
// script's own name as the page prints it, "年" without its year kept as printed); the headline as a whole, its second
// half "兰州市城关区年地质灾害应急演练方案" (another document's name) and the poster line are noise; the organisers' line
// and "(2011年9月)" are the script's own header and date lines and stay; no numbered points (timetable "16:20—16:40"
// lines are no markers), so the outline is empty. 09's headline is blanked to "****", so its informational title is "".
// 08–12 are written documents, not speeches: empty noise, paragraphs and outline. Private people's names (the poster, the
// officials in 07 and 08, the jury in 10, the contact person in 09) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 国土资源/自然资源 工作会议 讲话 with 一、 points (gongwenku1, chaoshi.m.zjtcn,
// max.book118, gongwk, 31ppt, gwxzb, cigem, mishuzj, xiexiebang, wtabcd and 6dgww are used); a 耕地保护 动员 讲话 (the same
// hosts, plus m.wuhaninfo, nuenian and wddqw for 土地日 演讲稿); a 不动产登记 推进会 发言 (the corpus answers with 条例,
// tag pages and system papers); a 地质灾害防治 会议 讲话 in a traditional mirror (gedingh and nakedoat are used; one
// traditional 地球日 speech came without an address); a 测绘 讲话 (qikanwang, afdelivr and steelnails are used). So this
// part holds one speech and no numbered speech; the theme's numbered speeches all stand on used hosts.
// Template twins set aside: yisougongwen.com (a 田长制林长制 会议 讲话 with an 一、 heading, on the
// "/index/article/detail/detail_id/<n>.html" CMS with the "微信扫一扫在手机阅读、分享本文 / 本文标题 / 链接地址 / 版权声明"
// tail of the used xiebiwenku, gwzjk and bbxzwk), 01861.cn (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo),
// m.67shu.org (a novel chapter on a 笔趣阁-type novel CMS with "手机浏览器扫描二维码访问", as the used pigtxt.com).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const XK_HEAD = '广东广州年突发地质灾害应急演练脚本 兰州市城关区年地质灾害应急演练方案';
const XK_OTHER = '兰州市城关区年地质灾害应急演练方案';
const XK_POSTER = '作者&投稿:何雨桐 (若有异议请与网页底部的电邮联系)';
const XK_OBJECTION = '若有异议请与网页底部的电邮联系';

export const specs = {
  '07-zhuchici-xkyn-dizhi-zaihai-yanlian-jieshuoyuan-seo-pair-title': {
    source: 'https://web.xkyn.net/pa/zxvvjmxvhmjccjvxccj.htm',
    kind: 'speech: 主持词 (narration script of a provincial 突发地质灾害应急演练, 解说员 turns; content farm)',
    tests: 'an SEO headline pairing two document names with a space ("广东广州年突发地质灾害应急演练脚本 兰州市城关区年地质灾害应急演练方案", the years dropped); a poster line "作者&投稿:… (若有异议请与网页底部的电邮联系)"; the organisers\' line and "(2011年9月)" as the script\'s own header; section heads with durations ("预备(约20分钟)", "序幕(约20分钟)"); timetable lines "16:00—16:10,…" and a bare "16:20—16:40"; "屏幕显示:…" stage directions; "解说员(男):尊敬的各位领导!", "解说员(女):各位来宾!", "解说员(合):大家好!" greeting turns and long introduction turns; no numbered points; cut mid-word ("管委")',
    isSpeech: true,
    title: '广东广州年突发地质灾害应急演练脚本',
    noise: [XK_HEAD, XK_OTHER, XK_POSTER, XK_OBJECTION],
    dropLines: [XK_HEAD, XK_POSTER],
    outline: [],
  },
  '08-news-nggsl-guotu-gongzuo-huiyi-yishi-inline-not-speech': {
    source: 'http://nggsl.com/article/item-6274.html',
    kind: 'non-speech: news report (a city portal\'s report of the city\'s 国土资源管理工作会议)',
    tests: 'headline "我市召开国土资源管理工作会议"; a "来源:政务信息网 最后更新:2005-04-05 08:56:14 作者: 浏览:1121次" line with an empty author; the meeting, the documents relayed, the bureau chief\'s report and the signing of 基本农田保护责任书 told in the third person; a last paragraph "…在讲话中…提出了三点要求。一是要…;二是要…;三是要…。" — 一是 inline after a full stop, 二是/三是 after semicolons, but a report\'s summary, so no outline',
    isSpeech: false,
    title: '我市召开国土资源管理工作会议',
    noise: [],
    outline: [],
  },
  '09-gonggao-qianlima-zhengdi-yugonggao-blanked-stars-not-speech': {
    source: 'https://www.qianlima.com/bid-582212103.html',
    kind: 'non-speech: 公告 (a 征收土地预公告 copied onto a procurement portal)',
    tests: '"开启全网商机" and "登录/注册" chrome; the headline blanked to "****"; the site\'s blanks inside names ("中华人民**国土地管理法", "**县多祝镇**村", "******社", "0752-****081"); 一、…六、 sections (some headings with their text after a colon: "三、拟征收土地面积:…"); "特此公告。", an 附件 line, the blanked issuer, the date and a contact line in parentheses; a "| 时间: | 2026-03-16 |" table row — a written notice, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-tongzhi-gzlps-yanjiang-bisai-yi-paren-not-speech': {
    source: 'http://zrzyj.gzlps.gov.cn/gzdt/tzgg/201812/t20181206_13135662.html',
    kind: 'non-speech: 通知 (a city 国土资源局 announcing a 主题演讲比赛; government site)',
    tests: 'the notice\'s title twice; an addressee line ending in ":" (looks like a salutation); "现将有关事项通知如下:"; standalone 一、…七、 headings; (一)/(二) sub-heads and (一)…(四) rule items; a jury list with positions after the names and a space inside two-character names ("李 敏", "何 平"); the words 演讲 and 比赛 throughout; cut mid-phrase ("语言表达") — a written notice, not a speech',
    isSpeech: false,
    title: '关于举办“自然资源与生态建设”主题演讲比赛的通知',
    noise: [],
    outline: [],
  },
  '11-jiaoben-nbwtv-guotu-qingnian-huibao-seo-crumb-not-speech': {
    source: 'http://www.nbwtv.com/zz/4fi9a8CtRbu2mWR2.html',
    kind: 'non-speech: foreword of a booklet of show scripts (国土资源部 youth 汇报展示脚本; SEO document page)',
    tests: 'a breadcrumb "您现在的位置:首页 >> … >> <keyword-stuffed title>"; the stuffed title again; "时间:2012-11-06 来源: 泥巴往事网"; a search-snippet line from an unrelated document with stray spaces and "..."; then the booklet\'s cover (title, 主办/承办, date), "前言" and its text run together on one line with PDF spaces ("团 委", "生 力军", "4 个篇 章"); the signatures, the date, "目录" and the first entry "配乐朗诵 …" on the last line, cut mid-phrase — a written foreword, not a speech',
    isSpeech: false,
    title: '“学习实践科学发展观,国土资源青年在行动” 主题活动汇报展示脚本',
    noise: [],
    outline: [],
  },
  '12-gonggao-big5-tscctv-zhengdi-yugonggao-mojibake-not-speech': {
    source: 'http://www.tscctv.cn/zyxrmzfz/zdxx/202509/a226e26441094eee844caf902ae7f684.shtml',
    kind: 'non-speech: 公告 (a county\'s 拟征收土地预公告 on a traditional-script mirror)',
    tests: 'traditional script with pinyin annotations after the characters ("經(jīng)濟", "現(xiàn)狀", "穩(wěn)定"); a mis-encoded run glued between sentences ("實施征收?,F(xiàn)將"); the simplified 范 inside traditional text ("范圍"); an ASCII full stop after a closing parenthesis ("0.1483公頃)."); 一、…五、 headings; "特此公告" without a full stop, the issuing government and date lines; the mirror\'s footer "掃一掃在手機上查看當前頁面" — a written notice, not a speech',
    isSpeech: false,
    title: '左云縣人民政府擬征收土地預公告',
    noise: [],
    outline: [],
  },
};
