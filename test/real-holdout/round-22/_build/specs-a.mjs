// Gold specs for holdout round 22, part a (cases 01–06): schools and youth. Four spoken pieces (a school leader's
// 讲话 at a 五四 表彰大会 run by the school's 团委, on the mobile traditional-script mirror of a 公务员之家-style 范文 site:
// the title, a "時間:" line, the "導語:…來源于網友上傳…" disclaimer, the title again, a second heading line
// "中國青年節領導講話", "同志們、同學們:", the watermark "公務員之家版權所有" glued to a paragraph's end, the converter's
// leftovers (于, 里, 后, 并, 干) and a censored name left as "有等人于1922年"; a 大队辅导员's 建队日 致辞 in a 第壹文秘 docx
// viewer, one line holding the document's own title (not the file name), a "(收藏备用)" tag and the salutation glued
// together, a courtesy "首先我要…" after a comma; a university head's 开学 致辞 on 高分网 with a breadcrumb, a
// "时间: 新华 演讲致辞" meta line, no salutation but "大家早上好!", and a paragraph opening "首先请允许我…" (no comma) with
// "其次我又要…" after a "!" and "最后," after a comma; a class 团支部's 国旗下讲话 on a school's own resource site, no
// title, the label line "初二5班团支部:、" on top, the site's slips "题是" and "名不符)实", and "我想首先应当是…" inside a
// sentence) and two written look-alikes (a fifth-grader's 作文 about the Monday flag ceremony, with the site's brand,
// column crumbs, the title twice, a "时间:… 来源:<pupil>" line and the word "作文" planted mid-sentence; a
// traditional-script school news item on an opening ceremony, with converter pinyin after 鄉/養/發/結/領, which reports
// the head's 讲话 and the representatives' 发言 in the third person and ends with a 通讯员 byline).
// Judgement calls: 01's title is the page title (printed twice); "中國青年節領導講話" under it is the document's own
// heading line and stays, as round 21's "七一党课讲稿" did. 02's title is the document's own title line
// ("2023年少先队建队日少先队辅导员致辞"), not the viewer's file name ("2023年少先队建队日领导致辞(一).docx"); "(收藏备用)" is an
// uploader's tag, off the title. 03's title keeps 经典 (inside the name, like 範本). 03's 首先/其次 have no comma after
// them (not in the rule table, as round 1's 03) and 其次 stands inline after a "!" — both optional; "正因为如此,最后," is
// after a comma, prose. 04's "初二5班团支部:、" is the speaker's label line (the document's, not the site's) and stays, like
// round 20's 致辞人 lines. National leaders and historical facts in 01 (聶榮臻, 鄧小平, 1922, 1957) are kept; schools,
// people and places elsewhere are fictional (南屿, 明珠广场, 桐外, 青巖鄉, 罗/邹/陶, 林沐阳).
// Looked for and not found on a new host (or only as a text already used in an earlier round): a 家长会 班主任 发言 with
// 一、/二、 points (the deliwenku.com 毕业班家长会 发言稿 is round 18's 09 text again, so it was dropped), a 教师节 致辞 or
// 毕业典礼 教师代表 发言 with numbered points, and a 开学典礼 校长讲话 with a "一是/二是" block on a page whose host is
// unused; most hits for these were on hosts in used-hosts.txt (16fw, xuefen, wjfww, mchqing, esk365, wenke99, p719 …),
// and the 15篇 collection on webjsw.com is the same template as round 14's mchqing case.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const US_TITLE = '“五四”表彰大會領導講話';
const US_META = '時間:2022-04-10 06:21:00';
const US_DAOYU = '導語:“五四”表彰大會領導講話一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。';
const US_MARK = '公務員之家版權所有';

const WM_HEAD =
  '《2023年少先队建队日领导致辞(一).docx》由会员分享,可在线阅读,更多相关《2023年少先队建队日领导致辞(一).docx(1页珍藏版)》' +
  '请在第壹文秘上搜索。';
const WM_TITLE = '2023年少先队建队日少先队辅导员致辞';
const WM_TAG = '(收藏备用)';

const GF_CRUMB = '高分网 > 演讲致辞 >';
const GF_TITLE = '大学开学校长经典致辞';
const GF_META = '时间: 新华 演讲致辞';

export const specs = {
  '01-jianghua-ushengzhilian-big5-wusi-biaozhang-daoyu-title-twice-subtitle-watermark': {
    source: 'http://m.ushengzhilian.com/article/yjzc/hyfy/200704/83575.html',
    kind: 'speech: 讲话 (a school party leader at the 五四 表彰大会 of the school\'s 团委; mobile traditional-script mirror of a 范文 site)',
    tests: 'a traditional mirror with blank lines between all lines: the title "“五四”表彰大會領導講話" (curly quotes inside), a "時間:2022-04-10 06:21:00" line, a "導語:…一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。" disclaimer that repeats the title, the title again, then a second heading line "中國青年節領導講話" (the document\'s own, stays), "同志們、同學們:"; the watermark "公務員之家版權所有" glued to the end of a paragraph after its full stop; "一方面是…。另一方面是…" (not markers); "學習先進、追趕先進、爭當先進"; the converter\'s leftovers (于, 這里, 先后, 后改稱, 并, 干部); a censored name left as "有等人于1922年6月", names of national leaders, a bracketed aside after a comma "(后改稱…)"; no outline; cut mid-sentence ("自己崇高")',
    isSpeech: true,
    title: US_TITLE,
    noise: [US_META, US_DAOYU, US_MARK],
    replace: [[US_MARK, '']],
    dropLines: [US_TITLE, US_META, US_DAOYU],
    outline: [],
  },
  '02-zhici-1wenmi-jianduiri-fudaoyuan-docx-viewer-title-variant-glued-tag-shouxian-after-comma': {
    source: 'https://m.1wenmi.com/doc/592106.html',
    kind: 'speech: 致辞 (a primary school\'s new 大队辅导员 before 建队日 (10月13日); 第壹文秘 docx viewer)',
    tests: 'a document viewer\'s text: the header "《2023年少先队建队日领导致辞(一).docx》由会员分享,…(1页珍藏版)》请在第壹文秘上搜索。" naming the file, then the whole speech on one line that opens with the document\'s own title, which differs from the file name ("…少先队辅导员致辞" vs "…领导致辞(一)"), an uploader\'s tag "(收藏备用)" and the salutation "辅导员们,少先队员们:" glued together; a question answered by the speaker ("…是什么节日吗?没错,…"); "10月13日"; "首先我要在这里…" after a comma (prose, no 其次); the writer\'s slips kept ("又要即将", "付出也要" with no comma, "也要能要成", "等等希望" with no stop); a quoted "五好少年"; ends with a full stop',
    isSpeech: true,
    title: WM_TITLE,
    noise: [WM_HEAD, WM_TITLE + WM_TAG, WM_TAG],
    replace: [[WM_TITLE + WM_TAG, '']],
    dropLines: [WM_HEAD],
    outline: [],
  },
  '03-zhici-gaofenw-kaixue-xiaozhang-breadcrumb-meta-no-salutation-shouxian-qici-no-comma-zuihou-after-comma': {
    source: 'http://gaofenw.com/yanjiangzhici/147918.html',
    kind: 'speech: 致辞 (a university head at the spring term\'s opening; 高分网 范文 page)',
    tests: 'a 范文 page with blank lines between lines: the breadcrumb "高分网 > 演讲致辞 >" (trailing ">"), the title "大学开学校长经典致辞" (经典 inside the name), a meta line "时间: 新华 演讲致辞" with an empty date; no salutation, the speech opens "大家早上好!" on a line of its own; a colon-introduced saying; a dash "——" inside a sentence; a paragraph opening "首先请允许我…" (no comma) whose first sentence ends in "?" after 50+ characters, then "其次我又要…" inline after "!" (no comma) — both optional; "正因为如此,最后,我要说…" after a comma (prose); a classical quotation in “…” with semicolons; a "20__" placeholder; cut mid-sentence ("只要")',
    isSpeech: true,
    title: GF_TITLE,
    noise: [GF_CRUMB, GF_META],
    dropLines: [GF_CRUMB, GF_TITLE, GF_META],
    outline: [
      { level: 1, marker: '首先', text: '请允许我祝贺大家平安长大', optional: true },
      { level: 1, marker: '其次', text: '我又要向同学们表达真诚的同情', optional: true },
    ],
  },
  '04-guoqixia-tangwai-school-site-tuanzhibu-label-no-title-ti-shi-stray-paren-shouxian-in-sentence': {
    source: 'http://tangwai.com/approotmain/resource/main/Resource_Display.asp?frid1=130310',
    kind: 'speech: 国旗下讲话 (a junior-high class\'s 团支部 speaker at the Monday flag ceremony, on 文明; a school\'s resource site)',
    tests: 'a school site\'s resource page with no title and no site noise in the capture: the label line "初二5班团支部:、" (a colon and a stray 、) on top, then the salutation and greeting run into the topic line ("敬爱的老师们,亲爱的同学们,大家早上好!今天,我国旗下讲话的题是:“…”。"); an anecdote with quoted signs and a quoted reply, counts ("30万平方米", "50万块", "8块"); "我想首先应当是…" inside a sentence (no marker); a colon-led saying; "只要…;只要…;…" clauses; a line holding only "相反……"; "如果…,那么,…;" clauses; the site\'s slips "题是" and "名不符)实" (a stray ASCII parenthesis) kept; cut mid-sentence ("讲文明,懂")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-zuowen-kuaixuexi8-shengqi-yishi-breadcrumb-title-twice-meta-glued-zuowen-not-speech': {
    source: 'https://kuaixuexi8.com/zuowen/114340.html',
    kind: 'non-speech: 作文 (a fifth-grader\'s essay about the school\'s Monday flag ceremony; 作文 site)',
    tests: 'the site\'s brand "快学习吧" and the crumbs "作文" / "小学五年级作文" on lines of their own, the title "庄严的升旗仪式" twice, a "时间: 11-06  来源:<pupil>" line with two spaces; a first-person narrative of the ceremony (国歌, 敬礼, 升旗手, 校歌, 宣誓) that mentions "同学在国旗下讲话" — written about a ceremony, not a speech; the site\'s word "作文" planted mid-sentence ("在雄壮的作文国歌声中"), a pupil\'s slip "位国家" kept',
    isSpeech: false,
    title: '庄严的升旗仪式',
  },
  '06-news-metaversechicagoautoshow-big5-pinyin-kaixue-dianli-jianghua-report-not-speech': {
    source: 'http://m.metaversechicagoautoshow.com/szjy/guangan/20190911/1000010000136042.html',
    kind: 'non-speech: news report (a township school\'s item on its autumn 开学典礼; traditional-script mirror on an unrelated host)',
    tests: 'a traditional-script news item with converter pinyin after a few characters (鄉(xiāng), 養(yǎng), 發(fā) twice, 結(jié), 領(lǐng)); no headline in the capture; a date-and-time lead ("9月10日上午8:20"); the head\'s "重要講話" and the representatives\' 發言 retold in the third person ("他對…表示了歡迎", "勉勵老師…;號召同學們…"), a list of quoted awards with counts, "最后羅主任宣讀了…" (not a marker: a 最后 with no comma opening a report sentence); a closing "(通訊員 <name>)" byline — a report of an opening ceremony, not a speech',
    isSpeech: false,
    title: '',
  },
};
