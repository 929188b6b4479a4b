// Gold specs for holdout round 40, part b (cases 07–12): hospitals, courts, procuratorates, public security, tax,
// customs, banks and insurers. Four spoken pieces (a hospital president's 讲话 at a 中国医师节 celebration on a 公文参考
// site (gongwencankao), its title printed twice with blank lines between all lines, the salutation "各位医师同仁、同志们:",
// paragraphs indented with full-width spaces, "借此机会,我向大家谈几点希望和意见:" then a standalone "一、学以致用,锤炼
// 高素质医师队伍" heading, cut mid-sentence ("青年医生、"); a district court president's talk after the first flag-raising
// after Spring Festival on the court's own site (zdqfy.hbfy), the headline "…院长在节后升国旗仪式上的讲话", a bare
// "<date> <time>" line, "来源: 办公室", an indented "浏览: 452" and two image file names "2.jpg" / "1.jpg" on lines of their
// own (the page's pictures as text), "同志们:", a paragraph opening "首先从春节谈起。" with no separator after 首先 and an inline
// "首先是一个时间概念," inside it, then "…两方面的感受。一是…" cut before 二是 (mid-word "产"); a tax official's 五四 演讲稿 on a
// training company's site (changlipeixun), the page headline "税务工作者五四演讲稿", a "来源:<site>发布时间:<date time>" line
// with no space between the fields, the speech's slogan "青春无悔的税月" and a dash subtitle "——***地税税务工作者五四演讲稿"
// with a *** placeholder, no salutation, the page's slip "亿往昔" kept, cut mid-sentence ("迎来了"); a psychiatric hospital
// leader's talk opening a new-staff 岗前培训班 (m.35331), no title, the whole text on one line with a space after some
// sentence ends, run through a word spinner that swapped words for near-synonyms or misreadings ("同道们" for 同志们, "希看"
// for 希望, "来之不轻易", "学天生为一位医务工", "精神卫生工", "投进使用", "共叫", "剧变时期"), an inline courtesy "首先我代表…欢迎!",
// "三点希看:即三爱、三学、三负责。 一、珍惜…,做到爱医院、爱岗位、爱患者。" (inline 一、 after a sentence end, its 二、 past the
// cut), then "切实做到三爱,一是爱医院。…。二是爱岗位。…。三是爱患者。" with 一是 after a comma) and two written look-alikes
// (a provincial procuratorate's 工作报告 to the provincial people's congress on the congress's own site (rdgb.gsrdw): the
// report's name, a "稿件来源:甘肃人大网 发布时间:…" line, the name again, the dash date/session line and the procurator's byline
// each printed twice, "各位代表:", "现在,我代表省人民检察院向大会报告工作,请予审议…", a "2021年工作回顾" section label, figures,
// and a standalone "一、强化政治引领,…" heading — a report submitted for deliberation, not a speech; a Heilongjiang
// intermediate court's news item (dxalzy.hljcourt): a "当前位置: 新闻中心 -> 中院要闻" crumb, the headline, a 发布时间 line,
// ten blank lines, indented paragraphs, a third-person "<name>从四个方面对全区法院提出殷切希望和要求:" and four block
// paragraphs "一要…。" / "二要…。" / "三要…。" / "四要…" summarising the visiting judge's remarks — a report of a speech, not a
// speech).
// Judgement calls:
// - 07: the two title lines are the title (dropped, not noise, as they equal it); the standalone "一、…" line is a required
//   level-1 heading (whole line, no sentence end).
// - 08: the headline names the talk (讲话) and is the title; the date, 来源, 浏览 and the two ".jpg" lines are the page's, noise
//   (dropped as whole lines). "首先从春节谈起。" opens its paragraph but 首先 has no separator (as round 35's "第一从") and no
//   其次 follows in the capture: an optional level-1 point, text "从春节谈起". The inline "首先是一个时间概念," (no separator,
//   followed by 同时/另一方面, not a run) is prose. "…两方面的感受。一是…" is a run of one inline marker cut before 二是:
//   optional, level 2 under the optional 首先, text cut at the first comma (the sentence runs past 50 characters to the cut).
// - 09: the page headline "税务工作者五四演讲稿" is the title (the only line naming the piece outside the dash subtitle; as
//   real-text 28, the "——" subtitle stays in the body, and the slogan "青春无悔的税月" stays as the body's first line, as round
//   34's 10 kept its slogan); the glued 来源/发布时间 line is noise; the dash subtitle is an optional level-1 dash point.
// - 10: no title in the capture. The spinner's substitutions are the site's text and stay. The inline "一、…" after "三负责。 "
//   is a run of one inline marker (二、 lies past the cut): optional, level 1, text its first sentence. 一是 follows a comma, so by
//   the letter no run starts and 二是/三是 continue nothing; a reader takes 一是/二是/三是 for the three 爱: all three optional,
//   level 2 under 一、, each text its first sentence ("爱医院", "爱岗位", "爱患者"). The courtesy "首先我代表…" (no separator, no
//   其次) is no item.
// - 11: a 工作报告 read to a congress ("向大会报告工作,请予审议") is a report, not a speech (round 15's 17, round 24's 18, round
//   27's 18, round 30's 11); title informational. 12: a news report whose block 一要/二要/三要/四要 paragraphs summarise a
//   visitor's remarks in the third person is not a speech.
// Names of people and places are fictional (柯院长, 云溪法院, 宋怀谦, 晋东医学院, 港城, 梁正和, 韩素梅, 乔明远, 钟立新); the
// figures in 11 were changed.
// Looked for and not found on a new, non-twin host: a bank's or insurer's own 行长/总经理 讲话 with numbered points (the corpus
// answers with novel chapters about 市民银行/保险公司, bank news in the third person, or used hosts: cs0799, fanwy, jianpian);
// a customs 关长 讲话 (only news and traditional news mirrors); a public-security 讲话 or 表态发言 with 一是/一、 (ga.wenyg and
// yunko are used, the rest are novels); a procurator's own 讲话 (only news, 工作报告 and essays); a tax 讲话 with 一、 (fanwy,
// m.7rdy and the harcourttrade mirror are used).
// Left as template twins: bangongwenku.com (a 法院表彰大会 发言 with 一、/一是 on the "/index/article/detail/detail_id/" farm of
// xiebiwenku, gwzjk and blingdoc, with blingdoc's "<date time> <views>" meta line), gongxunwang.com (a hospital 讲话 with
// 首先/其次; the same "/doc/26xxxxx.html" site as round 17's gongxunwk.com), yanjianggaowang.com (a hospital 中秋 致辞 with
// the ruiwen-family "时间:… 我要投稿 / 相关推荐 / 以下是小编为大家整理的…" furniture and a backtick), executivefront.com (a
// traditional 院长培训班 主持词 on the "/ZhuChiCi/" CamelCase farm), xyylfy.sxfywcourt.gov.cn, cdfy.scssfw.gov.cn,
// jlsyzy.e-court.gov.cn and hnyyzy.hunancourt.gov.cn (court sites on the "/article/detail/<yyyy>/<mm>/id/<n>.shtml" court CMS
// of round 27's sxtyzy.shanxify). gou999.com (a court 奠基仪式 讲话 under a "首页 > 讲话稿 > … > <title>正文" crumb) was not
// taken: its crumb ends like round 25's yueduku ("…<title>正文").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HP_TITLE = '附属和平医院院长在庆祝“中国医师节”大会上的讲话';

const ZD_TITLE = '柯院长在节后升国旗仪式上的讲话';
const ZD_DATE = '2017-02-03 14:46';
const ZD_SRC = '来源: 办公室';
const ZD_VIEWS = '浏览: 452';
const ZD_IMG2 = '2.jpg';
const ZD_IMG1 = '1.jpg';

const CL_TITLE = '税务工作者五四演讲稿';
const CL_META = '来源:长理培训发布时间:2022-12-16 20:14:01';

export const specs = {
  '07-jianghua-gongwencankao-yishijie-title-twice-yi': {
    source: 'https://www.gongwencankao.com/74049.html',
    kind: 'speech: 讲话 (a university hospital president at the hospital\'s 中国医师节 celebration; 公文 reference site)',
    tests: 'the title printed twice with blank lines between all lines and no other site chrome; salutation "各位医师同仁、同志们:"; paragraphs indented with two full-width spaces; quoted mottoes and "十四五"; "借此机会,我向大家谈几点希望和意见:" then a standalone "一、学以致用,锤炼高素质医师队伍" heading (required, level 1); cut mid-sentence ("青年医生、")',
    isSpeech: true,
    title: HP_TITLE,
    noise: [],
    dropLines: [HP_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '学以致用,锤炼高素质医师队伍' },
    ],
  },
  '08-jianghua-zdqfy-court-shengqi-meta-jpg-lines-shouxian': {
    source: 'http://www.zdqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=6468c667-a30f-4eb6-acce-afd02470b8a8',
    kind: 'speech: 讲话 (a district court president after the first flag-raising ceremony after Spring Festival; the court\'s own site)',
    tests: 'the court site\'s headline (the title), a bare "2017-02-03 14:46" line, "来源: 办公室", an indented "浏览: 452", two image file names "2.jpg" and "1.jpg" on lines of their own; "同志们:"; a paragraph opening "首先从春节谈起。" (首先 with no separator, no 其次 in the capture: optional) with an inline "首先是…" inside it (prose); "…两方面的感受。一是…" cut before 二是 (optional run of one); cut mid-word ("产")',
    isSpeech: true,
    title: ZD_TITLE,
    noise: [ZD_DATE, ZD_SRC, ZD_VIEWS, ZD_IMG2, ZD_IMG1],
    dropLines: [ZD_TITLE, ZD_DATE, ZD_SRC, ZD_VIEWS, ZD_IMG2, ZD_IMG1],
    outline: [
      { level: 1, marker: '首先', text: '从春节谈起', optional: true },
      { level: 2, marker: '一是', text: '大家的共同感受应该是相通的', optional: true },
    ],
  },
  '09-yanjianggao-changlipeixun-shuiwu-wusi-glued-meta-dash-subtitle': {
    source: 'http://changlipeixun.com/gz/a/227982.html',
    kind: 'speech: 演讲稿 (a local tax official\'s 五四 speech; training company\'s article page)',
    tests: 'the page headline "税务工作者五四演讲稿" (the title), a meta line with source and date glued ("来源:长理培训发布时间:2022-12-16 20:14:01"), the slogan "青春无悔的税月" and a dash subtitle "——***地税税务工作者五四演讲稿" with a *** placeholder (body; the subtitle an optional dash point); no salutation, no blank lines; the slip "亿往昔" kept; cut mid-sentence ("迎来了")',
    isSpeech: true,
    title: CL_TITLE,
    noise: [CL_META],
    dropLines: [CL_TITLE, CL_META],
    outline: [
      { level: 1, marker: '——', text: '***地税税务工作者五四演讲稿', optional: true },
    ],
  },
  '10-jianghua-35331-hospital-gangqian-spun-words-oneline-yi-yishi': {
    source: 'http://m.35331.cn/mlhd_4edxh9snty9kcel7h0r2_1.html',
    kind: 'speech: 讲话 (a psychiatric hospital\'s party leader opening a new-staff pre-job training class; document mirror)',
    tests: 'no title and no site chrome: the whole talk on one line with spaces after some sentence ends; a word spinner\'s substitutions kept ("同道们:" for 同志们, "希看", "来之不轻易", "学天生为一位医务工", "精神卫生工", "投进使用", "共叫"); an inline courtesy "首先我代表…" (no item); an inline "一、…" after "三负责。 " whose 二、 lies past the cut (optional); "切实做到三爱,一是爱医院。…二是爱岗位。…三是爱患者。" with 一是 after a comma (all three optional, level 2); cut mid-sentence ("精神疾病")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '珍惜来之不轻易的就业机会,做到爱医院、爱岗位、爱患者', optional: true },
      { level: 2, marker: '一是', text: '爱医院', optional: true },
      { level: 2, marker: '二是', text: '爱岗位', optional: true },
      { level: 2, marker: '三是', text: '爱患者', optional: true },
    ],
  },
  '11-baogao-gsrdw-jianchayuan-gongzuo-baogao-not-speech': {
    source: 'http://rdgb.gsrdw.gov.cn/2022/243_1102/3219.html',
    kind: 'non-speech: 工作报告 (a provincial procuratorate\'s work report to the provincial people\'s congress; the congress\'s own site)',
    tests: 'the report\'s name, a "稿件来源:甘肃人大网 发布时间:…" line, the name again, the dash date/session line and the procurator\'s byline each printed twice, "各位代表:", "现在,我代表省人民检察院向大会报告工作,请予审议…", a "2021年工作回顾" label, case figures, a standalone "一、强化政治引领,确保检察工作正确方向" heading — a report for deliberation, not a speech; cut mid-quote ("“两")',
    isSpeech: false,
    title: '甘肃省人民检察院工作报告',
  },
  '12-news-hljcourt-xibao-yiyao-block-not-speech': {
    source: 'http://dxalzy.hljcourt.gov.cn/public/detail.php?id=2426',
    kind: 'non-speech: news report (an intermediate court\'s news item on a commendation meeting; the court\'s own site)',
    tests: 'a "当前位置: 新闻中心 -> 中院要闻" crumb, the headline, a 发布时间 line, ten blank lines, paragraphs indented with runs of spaces; the visiting judge "作讲话" told in the third person, "<name>从四个方面对全区法院提出殷切希望和要求:" and four block paragraphs 一要…/二要…/三要…/四要… summarising her remarks — a report, not a speech; cut mid-word ("振")',
    isSpeech: false,
    title: '以正向引领激励 新征程再攀高峰',
  },
};
