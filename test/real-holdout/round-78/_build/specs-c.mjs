// Gold specs for holdout round 78, part C (cases 13–18): ocean and fisheries (海洋局, 渔业, 休渔/开渔节, 海洋日, 渔民,
// 水产 — 讲话, 开幕致辞, 发言, and their look-alikes).
// Four spoken pieces (a provincial government's 典型发言 at the national 海洋牧场 on-site meeting, the first piece of a
// "…现场会典型发言摘要" page on a fisheries research institute's VSB-CMS site (ysfri.cafs.ac.cn): a "国内渔业动态"
// column label, a breadcrumb "首页 - 新闻中心 - 国内渔业动态 - 正文", the collection's headline, a "日期:… 作者:
// 来源:中国渔业报 打印 加大 减小" meta line with an empty author, then the piece's own title with a stray space
// ("…全面提升现代 渔业发展水平"), the speaking unit's line "山东省人民政府", an unnumbered heading line, and a paragraph
// in which "一是强化规划引领。" follows a full stop — its 二是 lies past the cut; a 国旗下讲话稿 for 世界海洋日 on a
// document-repost site (youxiua.com): the headline "国旗下讲话稿:学习海洋知识,爱护海洋环境", a "来源:计算机等级
// 发布时间:2020-08-29 点击:" meta line whose 来源 is the site's category and whose count is empty, the document's own
// title line with a space where the headline has a comma, lines indented with one or two spaces, docx spacing around
// numbers ("6 月 8 号", "5.1 亿平方公里", "97%"), a katakana "オ" standing for 才, "…一是可能…,二是…。三是…" after a
// comma, and a page break inside the word 冷热 ("在冷" / blank line / " 热气体"); a primary-school pupil's address at a
// city's 世界海洋日 event on a mirror of a city 海洋与渔业局 site (zyszhjha.com): the headline "…——<school> <name>" printed
// twice, a "发布时间:2013年06月09日" line, the salutation, indented paragraphs, an ellipsis "……" inside a list, cut
// mid-sentence ("预祝2013年世界海洋日暨全国海洋宣传日"); a city leader's closing 致辞 at a crayfish festival on a
// traditional-script mirror (jiafa88.com): no title and no site noise in the capture, the salutation and "上午好!" on their
// own lines, three parallel "首屆…,是一場…盛會。" paragraphs (no markers), simplified leftovers (云集, 旅游, 涌動, 余), cut
// mid-phrase ("來自國內外的友好")) and two written look-alikes (a maritime society's 工作报告 to its standing council under a
// casino brand (stickemin.com, "betway手机网页 " glued before the headline): the vice-chairman's name and title line, a
// "(2021年8月10日)" date line, "各位常务理事:", "现在我向…作工作报告…请审议。", "一、深入开展党史学习教育,…" and a
// paragraph with "一是认真组织学党史。…。二是成功申报…" after full stops — a report submitted for deliberation, as round
// 15's 17 and the round-70s' 工会/教代会 reports, not a speech; a traditional-script news item on a fisheries trade site
// (56qq.top) about a provincial 渔业现场观摩座谈会: the deputy director's 講話 reported in the third person ("在講話中
// 指出:…;…;…"), then "給予了高度評價。一是…;二是…;三是…。四是…" after full stops and semicolons, then the editor
// line "南方漁網編輯:…", "發表評論 |", a 咨詢 phone line, a slogan and the sidebar labels "圖文推薦 / 最新綜合會展 /
// 今日要聞 / 熱點推薦 / X" — a report, not a speech).
// Judgement calls: 13's headline "全国海洋牧场建设工作现场会典型发言摘要" names the collection of 发言; the first piece's own
// title "大力培育海洋生态牧场全面提升现代 渔业发展水平" is the title (as printed, space included), and the column label, the
// breadcrumb, the headline and the meta line are noise; "山东省人民政府" is the speaker's byline and stays; the unnumbered
// "坚持高位推动…" line is no marker; "一是强化规划引领。" follows a full stop but is a run of one because the capture ends
// before 二是 → optional, level 1 (no heading above it), text "强化规划引领". 14's title is the document's own title line
// above the salutation ("国旗下讲话稿:学习海洋知识 爱护海洋环境"); the headline differs from it by a comma, so it is listed
// as noise (as round 5's 01 and the round-70s' variant repeats); "国旗下讲话稿:" is printed in both and stays; 一是/二是
// follow commas (prose) and 三是 after a full stop continues no run → no outline; the page break in 冷热 is joined (the
// blank line and the indent go, as a page break inside a word in the shared corpus). 15's headline with its "——school
// name" tail is the title as printed (as the round-60s' "…——<speaker>在…上的讲话" titles); the second copy is a repeat and
// is dropped without being listed; the date line is page meta. 16 has no title line: the title is "" and there is nothing
// to cut. 17 and 18 are written, not speeches. Names of people who are not public figures (the pupil, the society's
// officers, the provincial officials, the site's editor) and the pupil's school, the festival's city and its companies
// were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 渔业/海洋 work-meeting 讲话 with 一、 headings or 一是/二是 runs inside the
// capture (6dgww, m.777doc, msgz.vip, juzijia, gwyoo, m.fx361.cc/fx361.cc and m.jike120 are used; soulun.net and jxxfw.com
// are used journal-abstract mirrors); a 开渔节 开幕 致辞 or 主持词 (every hit was a news report, and m.beiweimall's
// 渔民文化节致辞 is used); a 休渔 动员 讲话 (news and novels only); a 海洋日 致辞 by a bureau chief with points (news
// only); so no speech of this part carries two numbered points — 13's lone 一是 is the only one, and the numbered runs
// sit in the two look-alikes.
// Template twins set aside: m.zhongliu365.com (a 海洋与渔业工作会议 讲话 with 一、 whose body carries the glued
// "即刻范文网http://www.jike120.com" watermark and whose "/d<id>.htm" pages are the used m.jike120 farm); hancun.net (a
// traditional 海洋渔业安全生产 讲话 with "標題:" and 一、/(一), named a twin of fanwy/wm114 in earlier rounds); m.dcrkj.com
// (the "您的当前位置:首页正文 / <title> / <date> 来源:<X>旅网" head of the used m.bluu.cn); rourrie.com (the "title / 时间:…
// / 小编 promo / title / title1" head); bbwfish.com (the same "article.asp?artid=" CMS and 咨询/伴你身边 footer as 56qq.top,
// its sister; one of the two was taken); kben.net and energicube.com (mirrors of the ysfri VSB pages, sisters of 13's
// site); hnsyw.cn (used: a 美食文化节 主持词 with 首先,).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YS_COLUMN = '国内渔业动态';
const YS_CRUMB = '首页 - 新闻中心 - 国内渔业动态 - 正文';
const YS_HEADLINE = '全国海洋牧场建设工作现场会典型发言摘要';
const YS_META = '日期:2018-10-30 10:39    作者:    来源:中国渔业报     打印    加大 减小';
const YS_TITLE = '大力培育海洋生态牧场全面提升现代 渔业发展水平';

const YX_HEADLINE = '国旗下讲话稿:学习海洋知识,爱护海洋环境';
const YX_META = '来源:计算机等级 发布时间:2020-08-29 点击:';
const YX_TITLE = '国旗下讲话稿:学习海洋知识 爱护海洋环境';

const ZY_TITLE = '了解海洋 热爱海洋 亲近海洋——青岛安澜路小学 林语桐';
const ZY_META = '发布时间:2013年06月09日';

export const specs = {
  '13-fayan-ysfri-haiyang-muchang-dianxing-fayan-crumb-meta-collection-lone-yishi': {
    source: 'http://ysfri.cafs.ac.cn/info/1110/31505.htm',
    kind: 'speech: 发言 (a provincial government\'s 典型发言 at the national 海洋牧场 on-site meeting; first piece of a 发言摘要 page on a research institute\'s site)',
    tests: 'a "国内渔业动态" column label; a breadcrumb "首页 - 新闻中心 - 国内渔业动态 - 正文"; the collection headline "全国海洋牧场建设工作现场会典型发言摘要"; a "日期:… 作者:    来源:中国渔业报     打印    加大 减小" meta line with an empty author; the first piece\'s own title with a stray space ("…全面提升现代 渔业发展水平"); the speaking unit "山东省人民政府" on its own line (byline, kept); first-person "我省/我们"; an unnumbered heading line "坚持高位推动科学谋划海洋牧场发展战略"; "一是强化规划引领。" after a full stop inside a paragraph, its 二是 past the cut (optional); quoted slogans ("一体两带三区四园多点", "十大行动"); cut mid-word ("滨岸观光渔")',
    isSpeech: true,
    title: YS_TITLE,
    noise: [YS_COLUMN, YS_CRUMB, YS_HEADLINE, YS_META, '来源:中国渔业报'],
    dropLines: [YS_COLUMN, YS_CRUMB, YS_HEADLINE, YS_META, YS_TITLE],
    outline: [
      { level: 1, marker: '一是', text: '强化规划引领', optional: true },
    ],
  },
  '14-guoqixia-youxiua-haiyangri-meta-title-variant-yishi-after-comma-pagebreak': {
    source: 'https://www.youxiua.com/show-79-274034-1.html',
    kind: 'speech: 国旗下讲话 (a teacher\'s flag-raising address on 世界海洋日; document-repost site)',
    tests: 'the headline "国旗下讲话稿:学习海洋知识,爱护海洋环境" (noise: it differs from the title by a comma); a "来源:计算机等级 发布时间:2020-08-29 点击:" meta line (the site\'s category as 来源, an empty count); the document\'s own title line " 国旗下讲话稿:学习海洋知识 爱护海洋环境" (the title) indented by one space; " 老师们,同学们:"; paragraphs indented by two spaces; docx spacing around numbers ("6 月 8 号", "6 月8 号", "5.1 亿平方公里", "97%"); a katakana "オ" for 才 kept; "…,一是可能…,二是…。三是…。" — 一是/二是 after commas are prose and 三是 continues no run (no outline); a page break inside 冷热 ("在冷" / blank line / " 热气体…") joined; cut after a full sentence',
    isSpeech: true,
    title: YX_TITLE,
    noise: [YX_HEADLINE, YX_META, '来源:计算机等级'],
    join: [['海洋既孕育了人类', '热气体交换的时候']],
    dropLines: [YX_HEADLINE, YX_META, YX_TITLE],
    outline: [],
  },
  '15-fayan-zyszhjha-haiyangri-xiaoxuesheng-title-twice-fabushijian': {
    source: 'https://zyszhjha.com/n12479801/n23897160/n30755496/n30755563/151212120738862267.htm',
    kind: 'speech: 发言 (a primary-school pupil\'s address at a city\'s 世界海洋日 event; mirror of a city 海洋与渔业局 site)',
    tests: 'the headline "了解海洋 热爱海洋 亲近海洋——<school> <name>" (slogan title with spaces, the speaker after ——) printed twice; a bare "发布时间:2013年06月09日" line; the salutation "尊敬的各位领导、各位来宾、亲爱的同学们:" and "大家好!" on its own indented line; a "——" inside a sentence (no dash item); "……" inside a list; quoted slogans ("建设海洋强国", "少年强则中国强"); no numbered points; cut mid-sentence ("预祝2013年世界海洋日暨全国海洋宣传日")',
    isSpeech: true,
    title: ZY_TITLE,
    noise: [ZY_META],
    dropLines: [ZY_TITLE, ZY_META],
    outline: [],
  },
  '16-zhici-jiafa88-big5-longxiajie-bimu-no-title': {
    source: 'http://jiafa88.com/gg/20090518/49314.html',
    kind: 'speech: 致辞 (a city leader\'s closing address at a crayfish festival; traditional-script mirror)',
    tests: 'traditional script with simplified leftovers (云集, 旅游, 涌動, 余); no title line and no site noise in the capture: it opens with the salutation "各位領導、各位來賓、女士們、先生們、朋友們:" and "上午好!" on its own line; thanks to named companies; three parallel "首屆…龍蝦節,是一場…盛會。" paragraphs (no markers); figures ("20多家媒體、60余名記者"); cut mid-phrase ("來自國內外的友好")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-baogao-stickemin-hanghai-xuehui-betway-yi-yishi-not-speech': {
    source: 'https://stickemin.com/zh-hans/events/6790-zhong-guo-hang-hai-xue-hui-jiu-jie-san-ci-chang-wu-li-shi-hui-gong-zuo-bao-gao.htm',
    kind: 'non-speech: 工作报告 (a maritime society\'s work report to its standing council; page under a casino brand)',
    tests: 'a casino brand "betway手机网页 " glued before the headline "九届三次常务理事会工作报告"; the reporter\'s name and title line, a "(2021年8月10日)" date line, the salutation "各位常务理事:", "现在我向…作工作报告,…请审议。"; "…以下五个方面:" then a standalone "一、深入开展党史学习教育,…" heading and a paragraph with "一是认真组织学党史。…。二是成功申报…" after full stops; cut mid-word ("宣传教") — a report submitted for deliberation, with the salutation and outline of a speech',
    isSpeech: false,
    title: '九届三次常务理事会工作报告',
    noise: [],
    outline: [],
  },
  '18-news-56qq-big5-yuye-guanmo-zuotanhui-yishi-footer-not-speech': {
    source: 'http://www.56qq.top/article.asp?artid=17639',
    kind: 'non-speech: news report (a provincial fisheries on-site observation symposium; traditional-script fisheries trade site)',
    tests: 'traditional script with simplified leftovers (并, 先后, 干部, 余); no headline in the capture; a dated lead, the meeting\'s theme in quotation marks, the attendance list; the deputy director\'s 講話 reported in the third person ("在講話中指出:…;…;…", "他在…的同時,對…給予了高度評價。"), then "一是…;二是…;三是…。四是…。" after a full stop and semicolons — a summary in a report, no outline; then the editor line "南方漁網編輯:…", "發表評論 |", a "咨詢:0779-2029779" line, a slogan, sidebar labels and a lone "X"',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
