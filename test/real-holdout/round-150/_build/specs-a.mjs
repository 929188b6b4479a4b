// Gold specs for holdout round 150, part A (cases 01–06): the automobile industry (车展 openings and closings, industry
// forums and association meetings, their 致辞/演讲, and their look-alikes: a news report of a forum and an 活动方案).
// Four spoken pieces (the chairman of the China Machinery Industry Federation's 致辞 at the 2022 Guangzhou motor show on a
// new-energy-vehicle news site (mandianev.com, "/news/storys_<id>.html"): a crumb line "当前位置: 满电-新能源汽车><headline>",
// the headline "2022广州国际车展致辞 中国机械工业联合会会长 徐念沙" (genre, position and name), a "2022-12-31 15:44:50加关注"
// meta line with a follow button glued to the time, the site's 导语 box printed above its own label (a sentence copied from
// the speech's third paragraph, then a bare "导语" line), the salutation, four paragraphs, a stray space after "当前,", cut
// mid-word ("智能"); a Changsha vice-mayor's speech at an auto consumption forum on a traditional-script mirror of an auto
// portal with converter pinyin (gjskj.cn, "/news/<yyyymm>/<id>.html"): the portal's tag "[汽車之家 新聞]" glued before a
// third-person press lead ending "以下為演講實錄:", a photo caption "『長沙市副市長朱東鐵』" printed twice (before the speech
// and between paragraphs), the salutation glued to the first sentence, no title line, cut inside a pinyin bracket ("統(");
// the closing address of the Guangzhou motor show by the head of the CCPIT auto branch on another converter mirror with
// pinyin after most words (vnsr890.com, "/news/zhgd/<id>.html"): no headline, the speaker tag "王俠:" glued before the
// salutation "各位同行大家下午好,", figures and a bracketed aside, cut mid-word ("舉"); a traffic-police vice-director's 致辞
// at a driving-training forum (cesifu.com, "/article/<id>.html" — the motor-vehicle side of the theme): the editor's
// headline "提升驾驶培训质量 构建交通文明社会" twice, a press lead ending "以下为致辞全文。", the speech's own title
// "在机动车驾驶培训与道路交通安全 国际论坛上的致辞" (a stray space inside), the salutation, "大家上午好!首先,我代表…"
// (a lone inline 首先), three parallel "三年来," paragraphs, cut mid-word ("机")) and two written look-alikes (a news report
// of the first Belt-and-Road automobile forum on a converter mirror with pinyin (highschoolinc.net, "/news/<n>.html"): the
// CATARC chairman's 致辞 told in the third person ("于凱在致辭中表示,…") with "。第一,…。第二,…。第三,…," after full
// stops — a report, not a speech; cut mid-word ("廣"); an 活动方案 for a car-knowledge quiz (fjsafe.com,
// "/showinfo-31-<id>-0.html"): the plan's title, a lead, block headings "一、活动时间与地点" … "六、活动后续", a
// "首先,…。然后,…。接下来,…" paragraph and "一、二、三等奖" — a written plan, not a speech; cut mid-sentence ("才华和")).
// Judgement calls: 01's title is the headline as printed, position and name included (the page shows no other title; as
// round 134 case 02 and round 81 case 07 took a press headline); the crumb line (with "当前位置: 满电-新能源汽车>" listed again
// as its distinctive part), the meta line (and "加关注" alone) and the "导语" label are noise; the 导语 box's sentence above
// the label is a site copy of the third paragraph's first sentence: it is dropped as a line but not listed, since its text
// equals the speech's own sentence (as round 5 case 05); the repeat of the headline under the crumb equals the title and is
// dropped unlisted; "当前, 世界…" keeps its space; no numbered points. 02 is a speech although its page gives no title: the
// body is the vice-mayor addressing the forum in the first person ("我謹代表長沙市人民政府"); the title is "" (no title is
// invented from the lead, as round 5 cases 04/09); the tag, the press lead (with "以下為演講實錄:" listed again) and the
// caption line (both copies, one string) are noise; the salutation stays glued to the first sentence; whole "(pinyin)"
// annotations go by one regexCut and the bare "(" at the cut stays (as the shared corpus keeps pinyin fragments at the
// end of a capture). 03: no title in the page, so ""; the glued "王俠:" stays with the speech (round 137's note: rounds 28's
// 15, 32's 08, 50's 08, 95's 14 and 108's 02 keep such tags; round 81 case 10 kept "主持人:"); pinyin by one regexCut; the
// bracketed "(跨國公司全球首發(fā)車10輛)" is text. 04: the document's own title line under the lead is the title (as round 2
// case 08 and round 139 case 03 prefer the document's own heading to an editor's headline); the headline (printed twice,
// one string), the lead and "以下为致辞全文。" are noise; the stray space inside the title is kept as printed; the inline
// "首先," after "大家上午好!" is a lone courtesy sequence word with no 其次 (no run: no item, as round 134 case 03); the
// "三年来," paragraphs are no markers. 05 and 06 are written, not speeches: 05 tells the 致辞 in the third person, so its
// 第一,/第二,/第三, are no outline (as round 4 case 15, round 81 case 11); 06 is a plan whose 一、…六、 are its own headings.
// Names: every named person is a public official or industry leader named by the press (徐念沙, 朱東鐵, 王俠, 王强, 于凱,
// 高和生) and was kept; 06 names nobody. The prose was rewritten; the press leads (noise) were kept as found. In 03 and 05
// words were kept where the converter had put pinyin, and no annotated character was added without its reading.
// Looked for and not found on a new host: a speech on the theme with numbered points (一、, 一是/一要, 第一, 首先…其次)
// inside its first 840 characters — the only ones the corpus offered stand on used hosts: a former minister's 讲话 at
// Chery's millionth car with "第一,…" (auto.sohu.com; sohu.com is used), a 4S-store opening 致辞 on a traditional converter
// mirror (qiantimeigw.com, used), a 机械配件 opening 致辞 in a docx viewer (baogao8.com, used; the same speech as round 81's
// 08), a driving-training 动员讲话 with 一、 and 一是 (m.7rdy.cn, used), a 总经理 开工 讲话 (xiaomilidoc.com, used), a
// 谭旭光 党委会 讲话 (it214.net, used); a 4S店 开业 主持词, a 车展 开幕词 or 主持词 and a 下线仪式 主持词 did not turn up at all
// (the corpus answers with novel chapters: icwei.net, zzmszg.com, 114zww.com, sdyobo.com, wsxhszhyy.com); a 销售总结 look-alike
// did not turn up either (4S店 rules and plans on used hosts: wenshuyi.com, 360wenmi.com, isangil.net, doczj.com, 360docs.net).
// Template twins considered: chinaautoscc.cn and china-qiche.com print the same CAAM forum address (付炳锋) with the same
// lead formula "…为大会致辞。以下内容为现场发言实录:" and a caption line, and m.amwsdc.com is a pinyin mirror of china-qiche.com
// (same "/news/content/NewsId/<id>.html" path) with "以下內(nèi)容為現(xiàn)場(chǎng)演講實(shí)錄:": the formula is close to round 81
// case 10's (autoreview.com.cn, "以下内容为现场实录:"), so all three were set aside (m.amwsdc.com had been claimed first and
// was released); www.yfzyy.cn (a clean traditional welcome at the 2007 Challenge Bibendum, no title, no noise) was claimed
// and released for 04, which carries more to test; mandianev.com's "加关注" stands on round 136's 14 (artron) only as a
// button in a quite different gallery template, and no used page has "当前位置: 满电" or the "导语" box, so it was kept;
// gjskj.cn, vnsr890.com and highschoolinc.net are converter mirrors with pinyin like many used hosts, but none prints a
// converter blurb or a site line in its capture, and their lead/tag strings ("[汽車之家 新聞]") occur on no used page.
// cesifu.com's "以下为致辞全文" stands on round 134's 02 (eweiqi.com) too, but there as an editor's formula inside a lead under a
// PHPCMS crumb and a bullet meta line, which cesifu.com does not have: a press formula, not a template, so it was kept.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unPinyin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const MD_CRUMB = '当前位置: 满电-新能源汽车>2022广州国际车展致辞 中国机械工业联合会会长 徐念沙';
const MD_TITLE = '2022广州国际车展致辞 中国机械工业联合会会长 徐念沙';
const MD_META = '2022-12-31 15:44:50加关注';
const MD_SUMMARY = '汽车产业是我国国民经济的支柱产业,主要经济指标在机械工业中占比超过三分之一,产量已连续多年位居全球第一。';
const MD_LABEL = '导语';

const GJ_LEAD = '[汽車之家 新聞]8月18日,由中國汽車工業(yè)協(xié)會主辦,汽車之家承辦的“818中國汽車新消費論壇”在湖南長沙國際會展中心隆重召開。長沙市副市長朱東鐵發(fā)表演講,他表示:長沙著力在智能網聯(lián)汽車、新能源汽車等領域精耕細作,建成了場景最多、配套最全的國家級智能網聯(lián)汽車測試區(qū)。以下為演講實錄:';
const GJ_CAPTION = '『長沙市副市長朱東鐵』';

const CS_HEADLINE = '提升驾驶培训质量 构建交通文明社会';
const CS_LEAD = '6月18日,“第四届机动车驾驶培训与道路交通安全国际论坛暨机动车驾驶教练员职业发展研讨会”在云南昆明开幕,来自美国、法国、西班牙、香港等国家和地区的行业专家与中国道路交通安全管理部门、机动车驾驶培训管理部门及相关行业从业人员展开精彩交流。公安部交通管理局王强副局长出席并致辞。以下为致辞全文。';
const CS_TITLE = '在机动车驾驶培训与道路交通安全 国际论坛上的致辞';

export const specs = {
  '01-zhici-mandianev-guangzhou-chezhan-crumb-title-meta-jiaguanzhu-summary-daoyu': {
    source: 'http://www.mandianev.com/news/storys_166384.html',
    kind: 'speech: 致辞 (the China Machinery Industry Federation\'s chairman at the 2022 Guangzhou motor show; new-energy-vehicle news site)',
    tests: 'a crumb line "当前位置: 满电-新能源汽车>" + the headline; the headline "2022广州国际车展致辞 中国机械工业联合会会长 徐念沙" (genre, position and name) as the title, printed again under the crumb; a "2022-12-31 15:44:50加关注" meta line with a follow button glued to the time; the site\'s 导语 box above its own bare "导语" label, its sentence a copy of the third paragraph\'s first sentence (dropped, not listed); the salutation "各位领导、各位代表:" on its own line; figures ("1-11月", "47.2%", "“六保”“六稳”"); "当前, 世界…" with a stray space; no numbered points; cut mid-word ("智能")',
    isSpeech: true,
    title: MD_TITLE,
    noise: [MD_CRUMB, '当前位置: 满电-新能源汽车>', MD_META, '加关注', MD_LABEL],
    dropLines: [MD_CRUMB, MD_TITLE, MD_META, MD_SUMMARY, MD_LABEL],
    outline: [],
  },
  '02-yanjiang-gjskj-big5-pinyin-changsha-luntan-tag-lead-shilu-caption-twice': {
    source: 'http://www.gjskj.cn/news/202008/1025052.html',
    kind: 'speech: 演讲 (a Changsha vice-mayor\'s address at an auto consumption forum; traditional-script mirror of an auto portal, with converter pinyin)',
    tests: 'traditional script with converter pinyin after 業/協/發/聯/區/節/創/戰/續/穩/現/態/據/數 (one regexCut); the portal\'s tag "[汽車之家 新聞]" glued before a third-person press lead ending "以下為演講實錄:"; no title line; a photo caption "『長沙市副市長朱東鐵』" before the speech and again between paragraphs; the salutation "尊敬的各位領導,各位來賓,大家上午好!" glued to the first sentence; figures ("2.2%", "17個萬億GDP城市"); a colon before the show\'s name; no numbered points; cut inside a pinyin bracket ("數(shù)據(jù)統(")',
    isSpeech: true,
    title: '',
    noise: [GJ_LEAD, '[汽車之家 新聞]', '以下為演講實錄:', GJ_CAPTION],
    regexCut: [PINYIN],
    dropLines: [unPinyin(GJ_LEAD), GJ_CAPTION],
    outline: [],
  },
  '03-jianghua-vnsr890-big5-pinyin-guangzhou-chezhan-bimu-speaker-tag-no-title': {
    source: 'http://vnsr890.com/news/zhgd/1129351562014.html',
    kind: 'speech: 讲话 (the CCPIT auto branch head closing the 13th Guangzhou motor show; traditional-script converter mirror with pinyin)',
    tests: 'traditional script with converter pinyin after most annotated words (時/節/規/術/會/發/內/報/當/臺/標/經/應/戰/創/動/達/領/導/關/業/務, one regexCut); no headline or title; the speaker tag "王俠:" glued before the salutation "各位同行大家下午好," (kept); a closing address with attendance figures and a bracketed aside "(跨國公司全球首發(fā)車10輛)" (text); no numbered points; cut mid-word ("成功舉")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '04-zhici-cesifu-jiapei-luntan-headline-twice-lead-own-title-shouxian-inline': {
    source: 'http://cesifu.com/article/38973.html',
    kind: 'speech: 致辞 (a traffic-police vice-director at a driving-training and road-safety forum; news site)',
    tests: 'the editor\'s headline "提升驾驶培训质量 构建交通文明社会" printed twice; a press lead ending "以下为致辞全文。"; the speech\'s own title "在机动车驾驶培训与道路交通安全 国际论坛上的致辞" (a stray space inside) as the title, not the headline; the salutation "各位嘉宾,女士们,先生们:"; "大家上午好!首先,我代表…" (a lone inline 首先: no item); three parallel "三年来," paragraphs (no markers); book titles in 《》; cut mid-word ("借此机")',
    isSpeech: true,
    title: CS_TITLE,
    noise: [CS_HEADLINE, CS_LEAD, '以下为致辞全文。'],
    dropLines: [CS_HEADLINE, CS_LEAD, CS_TITLE],
    outline: [],
  },
  '05-news-highschoolinc-big5-pinyin-yidaiyilu-qiche-luntan-diyi-dier-disan-not-speech': {
    source: 'http://highschoolinc.net/news/14.html',
    kind: 'non-speech: news report (the first Belt-and-Road automobile industry forum in Xi\'an; traditional-script converter mirror with pinyin)',
    tests: 'traditional script with converter pinyin on nearly every second word; no headline; the attendance told in the third person; the CATARC chairman\'s 致辞 reported ("于凱在致辭中表示,…", "需要凝聚三點(diǎn)共識(shí)。") with "第一,…。第二,…。第三,…," after full stops — a report, so no outline; cut mid-word ("業(yè)界的廣")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-fangan-fjsafe-qiche-zhishi-jingsai-yi-liu-shouxian-ranhou-not-speech': {
    source: 'https://fjsafe.com/showinfo-31-123551-0.html',
    kind: 'non-speech: 活动方案 (a plan for a car-knowledge quiz)',
    tests: 'the plan\'s title "汽车知识文化竞赛活动方案"; a first-person lead ("我们计划组织…"); block headings "一、活动时间与地点" … "六、活动后续" on their own lines; "首先,…。然后,…。接下来,…" inside a paragraph; "一、二、三等奖" inside a sentence; a closing paragraph cut mid-sentence ("展示个人才华和") — a written plan, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
