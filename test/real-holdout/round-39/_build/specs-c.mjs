// Gold specs for holdout round 39, part c (cases 13–18): 范文/公文 template sites and traditional-script mirrors, any
// speech topic. Four spoken pieces (a school head's 讲话 at a 教师节 celebration and staff commendation meeting on a
// doc-download site (yn-bearing, "/paydowndoc-2-<id>.html"): the title glued to "投诉举报", the title again, the file
// name "<title>.doc", the chrome lines "点击下载文" / "文档为doc格式" / "下载本文到电脑,方便收藏和打印", four numbered
// download notes "1、…;" … "4、…完整无缺。" (a 1、–4、 run that is the site's, not the speech's), the title glued to
// itself, the title twice more, the salutation "尊敬的各位老师:" and "节日好!", a stray "本库)" line (the tail of a
// glued brand), a "*" where the site dropped the meeting's name, cut after a colon; a school head's 讲话 on a reading
// site (swxbz, 柠檬阅读网) that files it under its 小说 column: a bullet nav list of fifteen columns, the breadcrumb
// "• 当前位置: 柠檬阅读网 > 小说 > 正文", the title, a "时间:… 来源:柠檬阅读网 本文已影响 柠檬阅读网手机站" meta line, the
// title again, the salutation, then "你们好!" and the whole body on one line with PDF-wrap spaces left mid-word ("崇高职业
// 的人", "满 怀", "两鬓渐 霜") and an "xxx 学校" placeholder, cut mid-phrase; a pupil's 畢業演講稿 on a traditional-script
// converter mirror (kovpower) with pinyin after a fixed set of characters (業(yè), 學(xué), 習(xí), 時(shí), 經(jīng), 遠(yuǎn), 獲(huò),
// 無(wú), 關(guān), 個(gè), 長(zhǎng), 養(yǎng), 識(shí), 點(diǎn), 語(yǔ), 創(chuàng), 進(jìn)), the title on the first line, the closing "祝大家:" /
// "身體健康,…!", a "演講人:<name>" line and a date line before "謝謝大家!", and the footer "本文地址:<title><URL>" with the
// mirror's doubled "www.www."; a 垃圾分类 activity-day 讲话稿 on a collection page (zaixiangufen, "/xinwengao/<id>.html")
// whose capture opens with the sidebar: a lone "-", "相关文章" and eleven related titles each glued to the previous
// item's "YYYY-MM-DD hh:mm:ss" timestamp (the last timestamp alone on its line), then the page title, the piece heading
// "垃圾分类推进大会讲话稿1", the salutation, the site's odd "〃" inside a quoted slogan, cut inside the site's typo
// "言传身受") and two written look-alikes (a guide "怎样写好领导讲话稿" on a small site (nanxbei) with section labels and
// block "一是确定。…" / "二是明确。…" / "三是准确。…" and "第一,…" / "第二,…" / "第三,…" lines, quoted sayings — a writing
// guide about the genre, not a speech; an article on a 营销方案 template site (yingxiaofangan) on how to write a 工作总结,
// with 一、…四、 headings, "1.回顾性:…" items and "(1)开头部分:…" sub-items and the site's glitch "单位或," — written).
// Judgement calls: 13's title is the document's own name ("庆祝教师节暨先进教职工表彰大会讲话"); its repeats (alone and
// glued to itself) are dropped, not listed; the line glued to "投诉举报", the ".doc" file name and the download chrome
// are noise; the four "1、…4、" download notes are the site's instructions, noise as whole lines, and give no outline;
// "本库)" is a glued brand tail, noise; "*" is the site's placeholder and stays. 14's nav items, breadcrumb and meta
// line are noise, the repeated title is dropped; "你们好! 在今天…" stays one paragraph (no break is invented); the
// 小说 column does not make the page a novel — the document is a 讲话 by its title and speaks to its audience. 15's
// title is "畢業演講稿" without pinyin; pinyin is cut by regexCut; the "演講人:…" line and the date stay as the speech's
// own sign-off (placed by the speaker's text, before "謝謝大家!", not a poster line under the title); the "本文地址:…"
// footer is noise. 16's title is the page title, which is also the first piece's name without its number; the piece
// heading "…讲话稿1" and every sidebar line are noise; the lone "-" is dropped with the sidebar but not listed (a bare
// hyphen is no specific string); "〃" and "言传身受" are the site's and stay. No speech in this part carries outline
// items: 13's only numbered run is the download notes, 14–16 have none in the capture. 17 and 18 are written, not
// speeches. Names of pupils, schools, estates and communities were replaced by fictional ones.
// Looked for and not found on a new host: speeches on template sites with 一、/(一) or 一是/二是 inside the capture
// (every page found with them was on a used host or a twin: wm114, gaozihui, 7rdy, sanweiyuan, wmjy, dawenge, refanwen,
// wenke99, gongwen.com.cn, gongwenbang, wenku.docs.qq.com, jcsycorp, 3du.tw, huangminedu, tmdps, 004km, laobiganzi,
// xiebiwenku), so the part has no speech with a required outline (the brief asked for three); a 心得体会 or 工作总结
// proper on a new template host (only twins, below, and guides turned up; 18 is a guide to writing a 总结); a traditional
// mirror of a 讲话 with numbered points on a new host.
// Left as template twins: thefilledlantern.com (a traditional mirror printing ruiwen's "時間:… 發言稿 我要投稿" meta and
// 小編 promo, the family of loxue, haikao and jy135), m.1-jiu.com (a traditional mirror whose promo names
// 應屆畢業生網's 小編, the used yjbys), zhisoai.com (the "……此处隐藏N个字……" collection template of 90doc), wypgzs.com
// (the "/fanwendaquan/<col>/<id>.html" + "下面是小编为大家整理的2022年度…,供大家参考。" template of hanjia777), m.910club.cn
// (the "/YanJiangGao/" CamelCase family), plammmp.com (the "/wendang/<id>.html" traditional "…篇一" template of xyvh),
// m.kingpenvapepens.com (the "范文社小编" promo of rpnt), bbs.xbkfb.com (the "/jxfw/<yyyymm>/" family), gwsxwk.cn (the
// "/index/article/detail/detail_id/" family of xiebiwenku/gwzjk). Also seen and not taken: 262wan.com (a traditional
// pinyin mirror of a summit 致辭, kept in reserve), kfanwen.com (its capture is under 400 characters), daixiewenzhang.com
// (a second speech-writing guide).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '(?<!\\?)\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const YB_TITLE = '庆祝教师节暨先进教职工表彰大会讲话';
const YB_REPORT = YB_TITLE + '投诉举报';
const YB_FILE = YB_TITLE + '.doc';
const YB_CHROME = ['点击下载文', '文档为doc格式', '下载本文到电脑,方便收藏和打印'];
const YB_NOTES = [
  '1、下载的文档为doc格式,下载后可用Word文档或者wps打开进行编辑;',
  '2、若打开文档排版布局出现错乱,请安装最新版本的word/wps软件;',
  '3、下载时请不要更换浏览器或者清理浏览器缓存,否则会导致无法下载成功。',
  '4、下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,是否完整无缺。',
];
const YB_JUNK = '本库)';

const SW_TITLE = '庆祝教师节校长讲话';
const SW_NAV = ['美文', '文章', '散文', '日记', '诗歌', '小说', '故事', '句子', '作文', '签名', '祝福语', '情书', '范文', '读后感', '文学百科'].map((n) => '• ' + n);
const SW_CRUMB = '• 当前位置: 柠檬阅读网 > 小说 > 正文';
const SW_META = '时间:2020-09-23 08:00:48 来源:柠檬阅读网 本文已影响 柠檬阅读网手机站';

const KP_TITLE = '畢業演講稿';
const KP_URL = 'https://www.www.kovpower.com/a/441.html';
const KP_FOOTER_RAW = '本文地址:畢業(yè)演講稿' + KP_URL;
const KP_FOOTER = '本文地址:' + KP_TITLE + KP_URL;

const ZX_TITLE = '垃圾分类推进大会讲话稿';
const ZX_PIECE = ZX_TITLE + '1';
const ZX_RELATED = [
  '相关文章',
  '工业园区开园典礼上的讲话',
  '2023-08-18 22:06:37高一年级学生晨会讲话稿',
  '2023-08-15 02:16:22假期防溺水优秀讲话稿(精选六篇)',
  '2023-08-02 18:07:42关于幼儿园教师节讲话稿范文(精选7篇)',
  '2023-08-05 05:40:42校长六一儿童节的优秀讲话稿范文(通用12篇)',
  '2023-08-08 17:54:12小学生春季开学安全教育讲话稿(精选五篇)',
  '2023-08-03 11:38:24校园文化艺术节讲话稿范文(精选五篇)',
  '2023-08-04 18:54:13工业园区开园典礼上的讲话',
  '2023-08-18 22:06:37精选自我工作计划四篇',
  '2023-08-14 22:04:34手拉手活动书信作文四篇',
  '2023-08-12 05:38:44高一年级学生晨会讲话稿',
  '2023-08-15 02:16:22',
];

export const specs = {
  '13-jianghua-ynbearing-docdown-numbered-instructions-title-repeats-junk': {
    source: 'http://yn-bearing.com/paydowndoc-2-1304900.html',
    kind: 'speech: 讲话 (a school head at the 教师节 celebration and staff commendation meeting; doc-download page)',
    tests: 'doc-download chrome over the text: the title glued to "投诉举报", the title alone, the file name "<title>.doc", "点击下载文" / "文档为doc格式" / "下载本文到电脑,方便收藏和打印", four numbered download notes "1、…" to "4、…" (a numbered run that is site chrome, not an outline), the title glued to itself and twice more on lines of their own; blank lines between the text lines; the salutation "尊敬的各位老师:" and "节日好!"; a stray "本库)" line; a "*" where the site dropped a name ("隆重举行*共同庆贺"); ASCII double quotes around quoted phrases; cut after a colon',
    isSpeech: true,
    title: YB_TITLE,
    noise: [YB_REPORT, '投诉举报', YB_FILE, ...YB_CHROME, ...YB_NOTES, YB_JUNK],
    dropLines: [YB_REPORT, YB_TITLE, YB_FILE, ...YB_CHROME, ...YB_NOTES, YB_TITLE + YB_TITLE, YB_JUNK],
    outline: [],
  },
  '14-jianghua-swxbz-xiaoshuo-column-nav-crumb-meta-wrapspaces': {
    source: 'https://www.swxbz.com/xiaoshuo/2020/0923/404203.html',
    kind: 'speech: 讲话 (a school head at a 教师节 celebration; filed under a reading site\'s 小说 column)',
    tests: 'a bullet nav list of fifteen columns ("• 美文" … "• 文学百科", indented), the breadcrumb "• 当前位置: 柠檬阅读网 > 小说 > 正文" naming the 小说 column, the title, a meta line "时间:… 来源:柠檬阅读网 本文已影响 柠檬阅读网手机站", the title again; indented lines with blank lines between; the salutation naming leaders, colleagues and all present; "你们好!" and the whole body on one line separated by a space; PDF-wrap spaces left mid-word and before punctuation ("职业 的人", "不正 是", "吗 ?", "满 怀", "数以 亿万计"); quoted phrases; an "xxx 学校" placeholder; cut mid-phrase ("组建及")',
    isSpeech: true,
    title: SW_TITLE,
    noise: [...SW_NAV, SW_CRUMB, SW_META],
    dropLines: [...SW_NAV, SW_CRUMB, SW_TITLE, SW_META],
    outline: [],
  },
  '15-yanjianggao-kovpower-big5-pinyin-byline-address-footer': {
    source: 'http://www.kovpower.com/a/441.html',
    kind: 'speech: 演讲稿 (a sixth-grade pupil\'s graduation speech; traditional-script converter mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (業(yè), 學(xué), 習(xí), 時(shí), 經(jīng), 遠(yuǎn), 獲(huò), 無(wú), 關(guān), 個(gè), 長(zhǎng), 養(yǎng), 識(shí), 點(diǎn), 語(yǔ), 創(chuàng), 進(jìn)), also in the title; the title on the first line, the salutation "敬愛的老師,親愛的同學們:", "大家好!"; the mainland form 收獲 kept; closing "祝大家:" / "身體健康,學習進步,天天向上!" on two lines; a "演講人:<name>" line and a date line "2018年5月16日" before "謝謝大家!"; the footer "本文地址:<title><URL>" with the title and a doubled "www.www." glued together',
    isSpeech: true,
    title: KP_TITLE,
    noise: [KP_FOOTER_RAW, KP_URL],
    regexCut: [PINYIN],
    dropLines: [KP_TITLE, KP_FOOTER],
    outline: [],
  },
  '16-jianghua-zaixiangufen-related-list-top-collection-piece1': {
    source: 'http://m.zaixiangufen.com/xinwengao/1526149.html',
    kind: 'speech: 讲话稿 (a sub-district leader at a community 垃圾分类 activity day before 中秋; first piece of a collection)',
    tests: 'the page\'s sidebar captured first: a lone "-", "相关文章", then eleven related titles each glued to the timestamp of the item above ("2023-08-18 22:06:37高一年级学生晨会讲话稿"), the last timestamp alone on its line; then the page title, the piece heading "垃圾分类推进大会讲话稿1" (title + piece number), the salutation "尊敬的各位领导、来宾、居民朋友们:", "大家好!" glued to the first paragraph; quoted activity names with the site\'s "〃" ("我们的节日〃中秋"); cut inside the site\'s typo ("言传身受")',
    isSpeech: true,
    title: ZX_TITLE,
    noise: [...ZX_RELATED, ZX_PIECE],
    dropLines: ['-', ...ZX_RELATED, ZX_TITLE, ZX_PIECE],
    outline: [],
  },
  '17-guide-nanxbei-jianghuagao-yishi-diyi-blocks-not-speech': {
    source: 'http://nanxbei.com/InfoPage?Id=4F587182-5EE6-44AA-9E21-C56F63950204',
    kind: 'non-speech: writing guide (how to write a leader\'s 讲话稿)',
    tests: 'a guide titled "怎样写好领导讲话稿" with short section labels on their own lines ("吃透领导意图", "拟好标题", "提炼观点", "安排结构"), block "一是确定。…" / "二是明确。…" / "三是准确。…" lines and block "第一,…" / "第二,…" / "第三,…" lines that read like a speech outline, quoted "XX的讲话" and sayings; the author\'s "笔者" voice explains the genre — a writing guide, not a speech; cut mid-word ("实际情")',
    isSpeech: false,
    title: '怎样写好领导讲话稿',
  },
  '18-guide-yingxiaofangan-gongzuo-zongjie-headings-items-not-speech': {
    source: 'https://yingxiaofangan.com/n/379578.html',
    kind: 'non-speech: article (how to write a 工作总结; 营销方案 template site)',
    tests: 'no title in the capture; an opening that addresses "我们" and "大家"; 一、…四、 headings, "1.回顾性:…" … "4.自我性:…" items and "(1)开头部分:…" / "(2)主体部分:…" sub-items — a full outline shape in a written explainer about 工作总结; the site\'s glitch "单位或,"; cut mid-word ("或纵")',
    isSpeech: false,
    title: '',
  },
};
