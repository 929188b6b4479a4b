// Gold specs for holdout round 35, part c (cases 13–18): document viewers, 文库 pages and paid packs on any speech topic.
// Four spoken pieces (a district leader's 禁毒工作会议 讲话 from a 好范文 collection pack (hfanwen): the site's two promo lines
// ("想写好演讲稿类型的文章,不妨来参考一下本文。好范文为大家带来了《…》…" and "…以下是好范文小编给大家整理收集的…"), a piece heading
// "禁毒工作会议讲话2" — the pack opens on its second piece — the salutation, a block "一、认识要深" and an inline "一是职责所在。"
// after a full stop whose 二是 lies past the cut, placeholder "xxxx年"; a vice-premier's 讲话 at a national forest-fire
// teleconference as a library record (lygc.lknet.ac.cn): eight "label value" lines (编号, 文献类型, 文献题名 <title>, 母体文献,
// 年卷期, 年份, 分类号, 关键词 with ten keywords) and "文摘内容 " glued before the abstract, which is the speech's opening in one
// line with a space before every comma (" ,") and cut mid-sentence; the Red Cross Society president's 讲话 at the 110th
// anniversary forum on a research centre's CMS (hszyj): site name twice (once with the site URL), a sponsor line, a
// prev/next bar whose first item is the title (with a space the body title lacks) between "<<" and ">>", a 发布日期/发布者/
// 来源/浏览/评论/字体 meta line with empty brackets, the title, a "——在…座谈会上的讲话" subtitle line, the byline "中国红十字会会长
// <name>" with a triple space, "主要谈三点:一是…;二是…;三是…。" after a colon, a block "一、…" heading, cut mid-word; the IFRC
// president's 贺辞 to the society's 10th national congress on a news mirror (lanzhou.baogaosu.com): title line, a
// "06.05.2015  17:11" date line, an indented salutation, whole text to "谢谢。") and two written look-alikes (a guide on what a
// 领导讲话稿 is and how to draft one (hjuga) with 一、…六、 heading lines and no title in the capture; a 心得体会 on officials'
// reading (hunanhr) under a "当前位置:首页 > 其他范文 > 申请书 > …" breadcrumb, a "发布时间:… 影响了:" meta line, a hard wrap that
// puts a comma at the start of a line, inline 一是静。二是挤。…; with 三是用。 opening the next line, "猜你想看/相关文章" and a
// copyright footer — an essay in the writer's own voice, not a speech).
// Judgement calls: 13's title is the first piece's own title without its trailing piece number ("禁毒工作会议讲话"); both
// promo lines and the piece heading are noise; "一、认识要深" is a required level-1 heading; the inline "一是职责所在。" is a
// run of one because the capture ends before 二是, so it is optional (level 2, under 一、). 14's "文献题名 <title>" line is
// the title carrying the record's label: noise as a whole (as round 34's "第25章 <title>"), the title is the name without
// the label; every other label line is noise; "文摘内容" glued before "今天" is cut; the abstract is the speech's own opening
// spoken in the first person (as the corpus's journal-abstract case 24), so the page is a speech; the " ," spacing stays.
// 15's title is the body's title line (dropped, not noise); the prev/next bar holding a spaced variant of it is noise as a
// whole; the "——…" subtitle stays as a paragraph and is an optional level-1 dash point (as the corpus's case 28); the byline
// stays (it carries a position); "一是/二是/三是" follow a colon, so they are optional (level 2, inside the paragraph after the
// dash point), their texts cut at the first ";"/"," where the sentence runs past 50 characters; "首先我代表…" opens no run.
// 16's date line is the mirror's timestamp, noise; the 贺辞 has no numbered points. 17 and 18 are written, not speeches; 18's
// title is informational.
// Looked for and not found on a new host: a 文库/docx viewer page of a speech with size/page-count/VIP/下载 chrome or glued
// page numbers (wenku.docs.qq.com, m.wenke99.com, xiaomilidoc, renrendoc, m.31ppt, 61taotao, gongwk, gongwenbang, 51gongwen,
// wengaopai, m.001doc, gwxzwenku, wdocx, huangminedu, bimoxiezuo are used; taowenge.com prints the "《….docx》由会员分享,可在线
// 阅读…" + "1、…2、" chunk template of round 23's m.31doc and round 1's m.taowenge); a "预览结束"/"加入VIP" paywall page on a new
// host (m.huaboedu is used, and m.sanweiyuan/www.sanweiyuan print the same "预览结束,免费获取全文或定制代笔此类文章!… mbgs777"
// tail and are used); a traditional-script mirror of a 文库 page or speech pack (xyvh, p719, 9000bbs, zeelive, onlinecha,
// regraff, 07471a17, popartistsnft, 17025calibrations, lfppt, tmdps are used); a PDF-wrapped 心得体会/总结 in a viewer (m.588k
// is used). Left as template twins: xylao.com (the ruiwen-family "…(精选12篇)/…仅供参考,欢迎大家阅读。/…讲话稿1同志们:" pack
// with "……此处隐藏N个字……", as round 31's wensafe and round 14's mchqing), haobook233.com ("/f-show/<id>.html" traditional
// pinyin mirror of a 心得体会, the template of the corpus's huan66, case 42), social.alljournals.cn and it.alljournals.cn (the
// 勤云 abstract pages of the used zf.alljournals.cn), jxxfw.com/soolun.net-style "论文部分内容阅读" pages (ppdoc family),
// tongfahg.com and pyh678.com ("/fanwendaquan/…" and "/zhuantifanwen/<col>/<id>.html" farms), mmgw.top and bijianjiayuan.com
// ("/index/article/detail/detail_id/" twins), m.cqtzb.org.cn ("/jxfw/<yyyymm>/"), m.yczyjg.com (a 360doc mirror). Case 14's
// page is shorter than the usual 600 characters: the record holds only the labels and a truncated abstract.
// Names of living private people in the rewritten prose are fictional (建华同志, 王树林同志); the titles, bylines and
// site chrome are as found.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const HF_PROMO1 = '想写好演讲稿类型的文章,不妨来参考一下本文。好范文为大家带来了《禁毒工作会议讲话》,希望对你的范文写作有所帮助。';
const HF_PROMO2 = '随着国际禁毒日的到来,各单位相继召开禁毒专题会议,那么,以下是好范文小编给大家整理收集的禁毒工作会议讲话,供大家阅读参考。';
const HF_TITLE = '禁毒工作会议讲话';
const HF_PIECE = HF_TITLE + '2';

const LK_TITLE = '温家宝副总理在全国森林防火电视电话会议上的讲话';
const LK_LINES = [
  '编号 zgly0001215136',
  '文献类型 期刊论文',
  '文献题名 ' + LK_TITLE,
  '母体文献 森林防火',
  '年卷期 2000年01期',
  '年份 2000',
  '分类号 S762',
  '关键词 森林防火工作 电视电话会议 特大森林火灾 温家宝 重点火险区 野外火源管理 副总理 森林大火 天然林保护 国家林业局',
];

const HS_SITE = '红十字运动研究中心';
const HS_SITE_URL = '红十字运动研究中心 http://www.hszyj.net/';
const HS_SPONSOR = '友情支持:同程旅游';
const HS_NAV = '构建理论文化 推进改革创新 续写百年辉煌 << 王汝鹏率团访问港澳红会 | 广饶县红十字会召开全县红十字系统2014年度工作总结会议 >>';
const HS_META = '发布日期:2015-1-13 12:14:20 发布者:[管理员]  来源:[本站]  浏览:[]  评论:[ 字体:';
const HS_TITLE = '构建理论文化 推进改革创新续写百年辉煌';

const BG_TITLE = '红十字会与红新月会国际联合会主席近卫忠辉的贺辞';
const BG_DATE = '06.05.2015  17:11';

export const specs = {
  '13-jianghua-hfanwen-jindu-collection-promo-piece2-yi-yishi': {
    source: 'https://hfanwen.com/yanjianggao/91912.html',
    kind: 'speech: 讲话 (a district leader at a 禁毒工作会议; 好范文 collection pack)',
    tests: 'a collection pack with no page title in the capture: two promo lines ("想写好演讲稿类型的文章,不妨来参考一下本文。好范文为大家带来了《禁毒工作会议讲话》…" and "…以下是好范文小编给大家整理收集的禁毒工作会议讲话,供大家阅读参考。"), the piece heading "禁毒工作会议讲话2" (the pack shows its second piece first), "同志们:", "下面,我就…讲三点意见:" ending in a colon, a block heading "一、认识要深", an inline "一是职责所在。" after a full stop whose 二是 lies past the cut, dates with a "xxxx年" placeholder and a quoted document title; cut mid-sentence ("认真学习")',
    isSpeech: true,
    title: HF_TITLE,
    noise: [HF_PROMO1, HF_PROMO2, HF_PIECE],
    dropLines: [HF_PROMO1, HF_PROMO2, HF_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '认识要深' },
      { level: 2, marker: '一是', text: '职责所在', optional: true },
    ],
  },
  '14-jianghua-lknet-library-record-label-lines-senlin-fanghuo': {
    source: 'http://lygc.lknet.ac.cn/d/zgly/a6b197770a7586b1bbbd90f35e0c54aa.html',
    kind: 'speech: 讲话 (a vice-premier at a national forest-fire-prevention teleconference; library record of the journal printing)',
    tests: 'a library database record: eight "label value" lines (编号 zgly…, 文献类型 期刊论文, 文献题名 <title>, 母体文献 森林防火, 年卷期, 年份, 分类号 S762, 关键词 with ten keywords separated by spaces) and the label "文摘内容 " glued before the text; the title only inside its labelled line; the abstract is the speech\'s opening on one line ("今天 ,国务院召开…。刚才 ,…") with a space before every comma; no salutation; cut mid-sentence where the abstract ends ("重中之重"); a short page (the record is all there is)',
    isSpeech: true,
    title: LK_TITLE,
    noise: [...LK_LINES, '文摘内容'],
    replace: [['文摘内容 今天', '今天']],
    dropLines: LK_LINES,
    outline: [],
  },
  '15-jianghua-hszyj-hongshizi-nav-title-meta-subtitle-byline-yi': {
    source: 'http://hszyj.net/article.asp?articleid=3747',
    kind: 'speech: 讲话 (the Red Cross Society of China\'s president at the forum marking its 110th anniversary; research centre\'s CMS page)',
    tests: 'CMS chrome: the site name on its own line and again with the site URL, a "友情支持:同程旅游" line, a prev/next bar "<title with a space> << <prev> | <next> >>", a meta line "发布日期:… 发布者:[管理员]  来源:[本站]  浏览:[]  评论:[ 字体:" with empty brackets, lines of bare spaces; the title (a slogan), a subtitle line "——在纪念中国红十字会成立110周年座谈会上的讲话", a byline "中国红十字会会长   华建敏" with a triple space; no salutation; "首先我代表…" with no 其次; "主要谈三点:一是…;二是…;三是…。" after a colon; a block heading "一、…的人和事" without a sentence end; cut mid-word ("背井离")',
    isSpeech: true,
    title: HS_TITLE,
    noise: [HS_SITE, HS_SITE_URL, HS_SPONSOR, HS_NAV, HS_META],
    dropLines: [HS_SITE, HS_SITE_URL, HS_SPONSOR, HS_NAV, HS_META, HS_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在纪念中国红十字会成立110周年座谈会上的讲话', optional: true },
      { level: 2, marker: '一是', text: '110年风雨中最让我们难以忘怀的人和事', optional: true },
      { level: 2, marker: '二是', text: '110年历史留给我们的重要启示', optional: true },
      { level: 2, marker: '三是', text: '站在新的起点上,传承光荣传统、把红十字事业做大做强,需要我们下力气抓好的几件事', optional: true },
      { level: 1, marker: '一、', text: '110年的红十字事业,留下了许多值得记述、永远铭记的人和事' },
    ],
  },
  '16-heci-baogaosu-hongshizi-daibiaodahui-date-line': {
    source: 'http://lanzhou.baogaosu.com/xinwen/%E7%BA%A2%E5%8D%81%E5%AD%97%E4%BC%9A%E4%B8%8E%E7%BA%A2%E6%96%B0%E6%9C%88%E4%BC%9A%E5%9B%BD%E9%99%85%E8%81%94%E5%90%88%E4%BC%9A/32610441',
    kind: 'speech: 贺辞 (the IFRC president\'s congratulatory address to the Red Cross Society of China\'s 10th national congress; news mirror)',
    tests: 'a news mirror page: the title "…主席<name>的贺辞" (the genre word 贺辞, not 贺词), a bare timestamp line "06.05.2015  17:11" in day.month.year form with a double space, a long indented salutation naming officers, delegates and volunteers ending in ":", the whole address down to "谢谢。"; no numbered points, no site chrome besides the timestamp',
    isSpeech: true,
    title: BG_TITLE,
    noise: [BG_DATE],
    dropLines: [BG_TITLE, BG_DATE],
    outline: [],
  },
  '17-guide-hjuga-jianghuagao-qicao-yi-liu-not-speech': {
    source: 'http://hjuga.com/a/1/655625',
    kind: 'non-speech: writing guide (what a 领导讲话稿 is and how to draft one)',
    tests: 'a guide about the genre with six heading lines 一、…六、 ("一、领导讲话稿的概念" … "六、起草领导讲话应注意的几个问题"), each followed by one paragraph full of speech words (讲话稿, 会议, 听众, 领导意图) — explanation in the third person, no address to an audience; no title in the capture',
    isSpeech: false,
    title: '',
  },
  '18-xinde-hunanhr-dushu-crumb-meta-wrap-yishi-not-speech': {
    source: 'https://www.hunanhr.cn/shenqingshu/2020/0313/640767.html',
    kind: 'non-speech: 心得体会 (an essay on officials\' reading, filed under 申请书)',
    tests: 'a 心得体会 under a breadcrumb "当前位置:首页 > 其他范文 > 申请书 > 领导干部读书心得体会", the title, a "发布时间:… 影响了:" meta line; a quoted motto, a hard wrap that starts a line with a comma, a rhetorical question with 我看未必, inline "一是静。…二是挤。…;" after full stops with "三是用。" opening the next line — outline-looking points in an essay in the writer\'s own voice, not a speech; "猜你想看", "相关文章" and a copyright footer',
    isSpeech: false,
    title: '领导干部读书心得体会',
  },
};
