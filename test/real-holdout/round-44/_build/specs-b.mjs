// Gold specs for holdout round 44, part b (cases 07–12): science, technology and education authorities. Three spoken
// pieces (a provincial leader's 讲话 opening a joint 全省科技创新大会 / 科学技术奖励大会 / 省科协代表大会 on a
// traditional-script mirror (qdfenshua) with converter pinyin after a fixed set of characters (創(chuàng), 協(xié), 計(jì),
// 學(xué), 領(lǐng), 導(dǎo), 關(guān), 發(fā), 實(shí), 戰(zhàn), 設(shè), 現(xiàn), 強(qiáng), 點(diǎn), 濟(jì), 報(bào), 驗(yàn), 結(jié)…), no title in the capture,
// salutation "各位院士,同志們,朋友們:", a run of dated history paragraphs, cut mid-word ("建"); a college leader's
// 讲话 at the 校史陈列馆 建设总结表彰会 on a school department site (hqfwzx.caztc.edu.cn) under a "当前位置: 首页 >> 学习园地
// >> 正文" breadcrumb, the page title "学院的底色", a "发布时间:" meta line, then the document's own dash subtitle
// "——在…上的讲话", the speaker's bare name, the date and "(根据录音整理)", a three-part salutation, stage laughter
// "(笑)" kept, cut mid-word; a city leader's 讲话 at a 全市教育工作座谈会 on a tag page (dajudeng) whose text is one
// unpunctuated line: "附件" + the title + "(date 根据录音整理)" + the speaker's name + "同志们:" + body, all glued)
// and three written look-alikes (a traditional-script county newspaper report (159sucan) of a 科技工作者座谈会 with
// doubled commas ",," ",。" and the mis-encoded "??h" where a full stop and 縣 were lost, 講話/主持/建言獻策 in the third
// person; a traditional-script 九三学社 news page (dzpyta) on a 科普工作委员会 meeting with a stray "密碼:" login line,
// a headline and a sub-headline, and a long paraphrase of the chairman's speech holding "第一,…第二,…" after a colon in
// the third person ("蔣文博在講話中指出"); a district 科学技术局 government disclosure page (bzqc.gov.cn) with the
// 政务公开 meta block printed twice (索引号/组配分类/发布机构/主题分类/名称/文号/发文日期), a "发布时间:… 浏览次数: 字体:[ ]"
// line and a 工作任务分解表 whose rows run "33 …", "34 …", "35 …" with 责任单位 columns split over lines — a 工作要点-type
// document, not a speech).
// Judgement calls: 07 has no title ("" — the capture opens with the salutation); every pinyin annotation is noise (regex);
// no numbered points in the capture (the dated "1958年3月"/"1978年" openings are prose). 08's title is the page title
// "学院的底色" (the speech's own main title; its repeat is dropped, not noise); the breadcrumb and the 发布时间 line are
// noise; the "——在校史陈列馆建设总结表彰会上的讲话" subtitle, the bare name "林景川" under it (rounds 8 and 28), the date
// "2017年5月9日" and "(根据录音整理)" stay as body lines; the dash subtitle is an optional level-1 point (a subtitle that
// opens with ——). 09: "附件" is a document label glued before the title (noise); the glued title at the start is cut off
// (not noise, it equals the title); the glued "(2013年10月22日 根据录音整理)周启明" stays in the one body paragraph with
// the salutation glued to it (the name is the document's own byline behind its date line, not a site poster name under
// the title, and no paragraph break is invented); no outline. 10, 11 and 12 are written, not speeches; 11's "第一,…第二,"
// is reported speech inside a news report, so the outline stays empty.
// Fewer than 3 speeches with numbered points: none of the three speeches found on new hosts reaches a numbered point
// inside its captured text; the ones that did (wmjy 双代会 with 一、/第一,; xhxxfx.wjedu.net 全省教育工作会议 with 一、; uedoc
// 高校党委书记; m.wenke99 教育局长致辞汇总; dawenge 教育工作会议; xiaomilidoc 县科协全委会 with 一是; xuexila 科技局长 with
// 一、/一是; 78911 and yamab2b 科技工作会议; gongwensou 科技创新工作会议; laojin123 科学技术大会; m.hoachina 教育工作会议 with
// 第二,/第三, and a paywall; laobiganzi 高校党委书记 科技工作会议; demotpfc 科研校长讲话稿 with 首先/其次/再次/最后) are on used hosts.
// Looked for and not found on a new host: a 科研院所 年度工作会 speech (the corpus answers with institute news reports:
// hgnnw, jscjy.ntu, jkjs.njmu, franciscogomes, 82674s, hqiid, jlxtyx), a 学术报告 announcement/abstract page (the corpus
// answers with 学术活动管理办法 and 通知 pages: iipa.hynu, hxjmxy, gzou, zfwaji, kaolashu; scholarmate, jxxfw, ppdoc and
// natural.alljournals are used), an 教育局 工作要点 on a new host (m.ushengzhilian and nepao are used).
// Template twins set aside: m.latitude-buildinganddevelopment.com (same site as round 36's latitude-buildinganddevelopment.com),
// deichen.cn (the "導語:…一文來源于網友上傳,不代表本站觀點" twin of m.ushengzhilian), xjzclk.com.cn (an
// "/index/article/detail/detail_id/" twin of xiebiwenku/gwzjk with "联系客服提示-笔杆子资料网"), llq66.com (a "以下是小编整理
// 的…(通用5篇)" collection with the "……此处隐藏N个字……" tail of the mchqing/dg15 family), jizihe.com and handmsg-style
// "/page/<yyyy>/<mmdd>/" pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const CZ_CRUMB = '当前位置: 首页 >> 学习园地 >> 正文';
const CZ_TITLE = '学院的底色';
const CZ_META = '发布时间:2017-05-16 09:42:08';

const DJ_TITLE = '在全市教育工作座谈会上的讲话';

export const specs = {
  '07-jianghua-qdfenshua-big5-pinyin-keji-chuangxin-dahui-no-title': {
    source: 'http://qdfenshua.com/xctzb/info/1013/1423.htm',
    kind: 'speech: 讲话 (a provincial leader opening the joint provincial science-and-technology innovation conference, awards conference and provincial 科协 congress; traditional-script mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (創(chuàng), 協(xié), 計(jì), 學(xué), 領(lǐng), 導(dǎo), 關(guān), 報(bào), 發(fā), 術(shù), 驗(yàn), 實(shí), 戰(zhàn), 濟(jì), 設(shè), 結(jié), 點(diǎn), 強(qiáng), 現(xiàn)…); no title: the capture opens with "各位院士,同志們,朋友們:"; dated history paragraphs ("1958年3月,…", "1978年,…") that are prose, not points; quoted slogans; cut mid-word ("我省現(xiàn)代化建")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '08-jianghua-caztc-school-crumb-fabu-dash-subtitle-luyin': {
    source: 'http://hqfwzx.caztc.edu.cn/info/1008/1117.htm',
    kind: 'speech: 讲话 (a college leader at the summing-up and commendation meeting for building the college history exhibition hall; school department site)',
    tests: 'a "当前位置: 首页 >> 学习园地 >> 正文" breadcrumb; the page title "学院的底色" (the speech\'s main title); a "发布时间:" meta line; the document\'s own dash subtitle "——在校史陈列馆建设总结表彰会上的讲话" (optional level-1 point), the bare speaker name under it, the date line and "(根据录音整理)" kept as body lines; a three-part salutation "同学们,老师们,同志们:" and "大家下午好!" with trailing spaces; stage laughter "(笑)" kept; quoted dialect jokes; no numbered points; cut mid-word ("慢")',
    isSpeech: true,
    title: CZ_TITLE,
    noise: [CZ_CRUMB, CZ_META],
    dropLines: [CZ_CRUMB, CZ_TITLE, CZ_META],
    outline: [
      { level: 1, marker: '——', text: '在校史陈列馆建设总结表彰会上的讲话', optional: true },
    ],
  },
  '09-jianghua-dajudeng-tag-page-fujian-one-line-luyin-byline': {
    source: 'https://dajudeng.com/Categor/TagList?tid=719148',
    kind: 'speech: 讲话 (a city leader at the city education work forum; tag-page snippet)',
    tests: 'a tag page\'s snippet on one line without sentence punctuation: the label "附件" glued before the title "在全市教育工作座谈会上的讲话", then "(2013年10月22日 根据录音整理)", the speaker\'s bare name and "同志们:" all glued to the body; the glued title must be cut off and "附件" removed while the date line, name and salutation stay in the one paragraph; no outline; cut after a phrase ("加快发展学前教育")',
    isSpeech: true,
    title: DJ_TITLE,
    noise: ['附件'],
    replace: [['附件' + DJ_TITLE, '']],
    outline: [],
  },
  '10-news-159sucan-big5-mojibake-keji-gongzuozhe-zuotan-not-speech': {
    source: 'https://159sucan.com/NewPaper/ShowNews.aspx?id=3157',
    kind: 'non-speech: news report (a county forum of science and technology workers; traditional-script newspaper mirror)',
    tests: 'a traditional-script county newspaper page with converter pinyin (會(huì), 報(bào), 長(zhǎng), 來(lái), 機(jī), 衛(wèi), 計(jì), 領(lǐng), 養(yǎng), 獻(xiàn), 強(qiáng), 發(fā), 識(shí)…), doubled commas ",," and ",。" throughout, and the mis-encoded "??h" where a full stop and 縣 were lost; a headline, a "本報(bào)訊(…)" dateline, 出席會(huì)議并作了講話 / 主持了會(huì)議 / 指出 / 要求 in the third person with "要…;要…" requirements — a report, not a speech',
    isSpeech: false,
    title: '我縣召開科技工作者座談會(huì)',
  },
  '11-news-dzpyta-big5-pinyin-jiusan-kepu-diyi-not-speech': {
    source: 'http://dzpyta.cn:80/bsjs-ldcy-zxfzx-cbfzx-wdhd/270504.html',
    kind: 'non-speech: news report (the first plenary meeting of a 九三学社 central popular-science committee; traditional-script party site)',
    tests: 'a stray "密碼:" login line; a headline and a sub-headline "…主席出席會議并做重要講話"; converter pinyin after 務(wù), 戰(zhàn), 質(zhì), 驅(qū), 穩(wěn), 養(yǎng), 醫(yī), 絡(luò), 現(xiàn), 發(fā)…; a long paraphrase of the chairman\'s speech ("蔣文博在講話中指出,…主要出於三方面考慮:第一,…第二,科普工") with first-person 我們 inside reported speech — a news report, not a speech; no outline; cut mid-word',
    isSpeech: false,
    title: '社中央科普工作委員會第一次全體(擴大)會議在大連召開',
  },
  '12-gongzuo-bzqc-gov-renwu-fenjie-meta-table-not-speech': {
    source: 'https://www.bzqc.gov.cn/XxgkContent/show/2309560.html',
    kind: 'non-speech: 工作任务分解 (a district science and technology bureau\'s annual key-task breakdown; government disclosure page)',
    tests: 'a government disclosure page: site name, "当前位置:" breadcrumb, the 政务公开 meta block printed twice (索引号, 组配分类, 发布机构, 主题分类, 名称, 文号, 发文日期, 发布日期), the title, a "发布时间:… 信息来源:… 浏览次数: 字体:[ ]" line, then a task table "序号 重点工作任务 主要责任单位 协同配合单位 完成期限" whose numbered rows "33 …", "34 …", "35 …" carry 区科技局 and its partner units split over lines — a 工作要点-type document, not a speech',
    isSpeech: false,
    title: '2023年本部门年度重点工作任务的任务分解',
  },
};
