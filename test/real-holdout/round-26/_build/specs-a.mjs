// Gold specs for holdout round 26, part a (cases 01–06): sectors earlier rounds touched little — public health, ecology
// and environment, taxation and finance — with leaders' speeches at work meetings and two written look-alikes. Four
// spoken pieces (a county leader's speech at the county 卫生健康工作会议 on a 范文 site, the title printed twice on top,
// "同志们:", a 一、 heading line and a "(一)…。" block heading with inline 一是…四是 after full stops, cut mid-word, and
// under it the site's numbered notice lines "2. …"/"3. …" (no "1.") and a breadcrumb "讲话致辞 ><title>" at the bottom;
// a speech at a 卫生与健康大会 on a Q&A "百科知识" page: breadcrumb, title, an empty "更新时间:发布时间:" meta line, a
// "问题描述:" label and the asker's line, the labels "最佳答案"/"推荐答案", the answer's timestamp, then the title glued
// with a stray "】" to the salutation, "大家好!" on its own line, blank lines between all lines and block 第一,/第二,
// points; a minister's address at an ecology forum on a traditional-script mirror with converter pinyin after a fixed
// set of characters, no title in the capture — it opens with the byline and a date in ASCII parentheses — a courtesy
// "首先," inline after a full stop and a lone 一、 heading line announced by "我講三點意見"; the head of the tax
// administration at a symposium of the tax system's model workers, on a spam mirror of a news page, headline "<main
// title>——<name>在…上的讲话", then the subtitle line "——…讲话", the byline "<post> <name>" and "(<date>)", no salutation,
// no outline, cut mid-word) and two written look-alikes (a 爱国卫生运动 活动方案, first piece of a "5篇" collection on a
// traditional-script mirror with converter pinyin, a "小浩4060 分享 時間:" meta line, a 小編 promo, a related list with an
// "…演講稿范文示例多篇" title in it, the piece heading "…方案1", 一、/二、/(一) headings — a plan; a city newspaper's
// report of a 金融形势分析调度会, an empty "发布时间: 信息来源:" line, two-space indents, the vice-mayor "指出,…" and
// "强调,…" with 要…。要…。 and a mention of "表态发言" — reported speech in the third person).
// Judgement calls:
// - 01: the page's title line and the document's own title under it are the same string; both are dropped, not listed
//   (round 25's 03). The notice lines "2. 为防止…" / "3. 本站所有…" (the site's list, its first item missing) and the
//   bottom breadcrumb are noise; "2."/"3." are no outline (noise, and a run that starts at 2 is no run). The "(一)…。"
//   block heading gives its first sentence; inside it 一是…四是 after full stops are a run of four: required, level 3.
// - 02: the breadcrumb, the title line, the meta line, "问题描述:", the asker's line, "最佳答案", "推荐答案" and the
//   timestamp are noise; the title glued before "各位同仁、同志们:" is cut by `replace` and not listed (it is the
//   title), the stray "】" is listed. "接下来,我谈几点意见:" announces the points; the block 第一,/第二, are required,
//   level 1 (no headings).
// - 03: no title line in the capture, so the title is "" (round 21's 13); the byline "<post> <name>" and the date are
//   the document's own lines and stay (round 21's 02). The inline "首先," after a full stop with no 其次 is optional
//   (earlier rounds' courtesy 首先); the lone 一、 heading line, announced by "三點意見", is required. The mirror writes
//   于 (not 於) in 關于 and 斗 in 奮斗, as the page did; pinyin is cut with `regexCut`.
// - 04: the title is the headline as the page prints it, main title and subtitle joined by "——"; the line under it
//   that repeats the subtitle, the byline and the date are the document's own lines and stay (round 21's 02). No site
//   noise was captured.
// - 05: a 活动方案 is a written plan, whatever its related list says (a 演講稿 title in it): not a speech; the title is
//   the first piece's own name, without the "5篇" count or the piece number.
// - 06: a newspaper report of a meeting, the leader's words given as "指出,…" and "强调,…": not a speech; the title is
//   the headline.
// Names of people and places were replaced by fictional ones (韋承遠, 青川, 江嵐; 陈启航, 苏晓禾, 云泽; 青禾日报, 宋南川,
// 叶明澜) and the prose rewritten in new words; official names of documents and slogans (《决定》, "两个一百年",
// "三夏", "双过半") were kept. Every noise string is the page's own text. The traditional pages (03, 05) were drafted in
// simplified characters, converted with OpenCC (cn→tw), the mirrors' forms put back (于, 斗, 什么, 污, 干部, 墻) and
// pinyin put after every occurrence of the characters each page annotates (03: 個 態 環 長 來 會 國 對 堅 戰 動 質 發 習
// 務 護 實 際 機 點 見 學 貫 徹 關 設 開 奮 標 歷 創 書 題 問 過 簡 稱 應 鞏 進 現; 05: 衛 運 創 導 實 計 發 點 標 農 鄉 質
// 開 級 鎮 礎 務 墻 護 內 現 習 結 關 環); 05's header lines, promo and related list are the page's own, unchanged.
// Looked for and not found on a new host: a 防汛抗旱 or 应急管理 speech (those found are on used hosts: huangminedu,
// 6dgww, wm114, xiezuofangchengshi, sanweiyuan, 7rdy, e.wenmi.ren, wmjy, allw, wenke99, yunko, 1mishu, gongwenku1), a
// 河长制 speech with an outline in the capture (qiantuxiezuo.com's capture has none; huaboedu, laobiganzi, gongwenbang
// are used), a 金融工作会议 speech (the pages corpus answers with novels and news), a 税务 表态发言, a 林长制 speech. Left
// out: msgz.vip (an 环保委员会 speech) whose "【收藏】 作者: 佚名 来源: … 【小 中 大】【以稿换稿】" bar looks like a clone of
// 文秘家园 (wmjy.cn, used); mmgw.top, on the same detail_id CMS as several used hosts.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

// Converter pinyin after a fixed set of characters.
const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const XM_TITLE = '在2024年全县卫生健康工作会议上的讲话';
const XM_NOTICE2 = '2. 为防止用户资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解与支持!';
const XM_NOTICE3 = '3. 本站所有资源来源于用户上传或网络,仅作为参考学习使用,如有侵权请联系站长删除!';
const XM_CRUMB = '讲话致辞 >' + XM_TITLE;

const GD_CRUMB = '首页 > 百科知识 > 精选范文 >';
const GD_TITLE = '在2024年卫生与健康大会暨卫生计生工作会议上的讲话';
const GD_META = '更新时间:发布时间:';
const GD_ASK_LABEL = '问题描述:';
const GD_ASK = GD_TITLE + ',求路过的大神留个言,帮个忙!';
const GD_BEST = '最佳答案';
const GD_REC = '推荐答案';
const GD_TIME = '2025-07-24 01:25:12';

const HT_TITLE = '弘扬最美精神 汇聚最强力量——陈启航在税务系统全国先进工作者代表座谈会上的讲话';

export const specs = {
  '01-jianghua-xinmengxiang-weisheng-jiankang-title-twice-yishi-footer-notice': {
    source: 'http://xinmengxiang.cn/jianghuafanwen/125612.html',
    kind: 'speech: 讲话 (a county leader at the county 卫生健康工作会议; 范文 site)',
    tests: 'the title line printed twice over "同志们:"; an opening that names the meeting\'s tasks and a "x同志" blank, ending "下面,我再讲四点意见:"; a 一、 heading line; quoted counts ("十二个坚持", "四个问题", "四个增强"); a "(一)…。" block heading with its body after the full stop, holding 一是/二是/三是/四是 each after a full stop; cut mid-word ("这是保障群"); under it the site\'s notice lines "2. 为防止…" and "3. 本站所有…" (numbered, with no "1.") and a bottom breadcrumb "讲话致辞 ><title>" with no space after ">"',
    isSpeech: true,
    title: XM_TITLE,
    noise: [XM_NOTICE2, XM_NOTICE3, XM_CRUMB],
    dropLines: [XM_TITLE, XM_NOTICE2, XM_NOTICE3, XM_CRUMB],
    outline: [
      { level: 1, marker: '一、', text: '站高谋远,深入理解落实新时代卫生健康工作方针' },
      { level: 2, marker: '(一)', text: '始终把握“十二个坚持”' },
      { level: 3, marker: '一是', text: '坚持党的全面领导' },
      { level: 3, marker: '二是', text: '坚持健康优先发展' },
      { level: 3, marker: '三是', text: '坚持基本医疗卫生事业的公益属性' },
      { level: 3, marker: '四是', text: '坚持推进健康中国建设' },
    ],
  },
  '02-jianghua-gdswjx-qa-zuijia-daan-weisheng-jiankang-diyi-dier': {
    source: 'http://bbs.gdswjx.net/jxfw/202507/275080.html',
    kind: 'speech: 讲话 (an address at a 卫生与健康大会暨卫生计生工作会议; "百科知识" Q&A page answering a request for the speech)',
    tests: 'a Q&A page: breadcrumb "首页 > 百科知识 > 精选范文 >" (ending in ">"), the title line, an empty "更新时间:发布时间:" meta line, a "问题描述:" label, the asker\'s line "<title>,求路过的大神留个言,帮个忙!", the labels "最佳答案" and "推荐答案", the answer\'s timestamp "2025-07-24 01:25:12", then the title glued with a stray "】" before "各位同仁、同志们:"; blank lines between all lines; "大家好!" on a line of its own; three paragraphs of review; "接下来,我谈几点意见:" and block "第一,"/"第二," points each opening with 要; cut mid-sentence ("是联系群众")',
    isSpeech: true,
    title: GD_TITLE,
    noise: [GD_CRUMB, GD_META, GD_ASK_LABEL, GD_ASK, GD_BEST, GD_REC, GD_TIME, '】'],
    replace: [[GD_TITLE + '】', '']],
    dropLines: [GD_CRUMB, GD_TITLE, GD_META, GD_ASK_LABEL, GD_ASK, GD_BEST, GD_REC, GD_TIME],
    outline: [
      { level: 1, marker: '第一,', text: '要毫不动摇地推动公立医院高质量发展' },
      { level: 1, marker: '第二,', text: '要下大力气构建更加健全的基层医疗服务体系' },
    ],
  },
  '03-jianghua-godaxin-big5-pinyin-shengtai-wenming-luntan-byline': {
    source: 'http://godaxin.com/xxgk2018/xxgk/xxgk15/201912/t20191231_753840.html',
    kind: 'speech: 讲话 (a minister of ecology and environment at an ecology forum\'s annual meeting; traditional-script mirror of a government page)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (態(tài), 環(huán), 長(zhǎng), 會(huì), 國(guó), 對(duì), 個(gè), 發(fā), 學(xué), 習(xí), 關(guān), 題(tí), 該(gāi)…), the byline "生態(tài)環(huán)境部部長(zhǎng) <name>" included; no title in the capture: it opens with the byline and "(2019年11月16日)" (a date in ASCII parentheses); "各位來賓,女士們、先生們:"; a courtesy "首先," inline after a full stop, with no 其次; a quoted theme with "——" inside; "我講三點意見"; a lone 一、 heading line; 《…》 with "(以下簡稱《決定》)"; the mirror\'s 于 in 關于 and 斗 in 奮斗; cut inside a quotation ("…完善和發展什么”")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '首先,', text: '我代表生態環境部,對各位來賓表示熱烈歡迎', optional: true },
      { level: 1, marker: '一、', text: '認真學習貫徹黨的十九屆四中全會關于生態文明建設和生態環境保護的重大決策部署' },
    ],
  },
  '04-jianghua-harcourttrade-shuiwu-zuotanhui-subtitle-byline-date': {
    source: 'http://991355.harcourttrade.tech/nethot/news/202011/t20201127_1112750.html',
    kind: 'speech: 讲话 (the head of the tax administration at a symposium of the tax system\'s national model workers; news page on a spam mirror)',
    tests: 'a headline "<main title with a space inside>——<name>在…座谈会上的讲话", then the subtitle again on a line of its own opening with "——", the byline "<post> <name>" (a space before the name) and "(2020年11月25日)"; no salutation: the speech opens "刚才,我们一同观看了…"; exclamations of thanks; long paragraphs of recollection naming national meetings and "70周年"; no outline; cut mid-word ("昨天还在国务")',
    isSpeech: true,
    title: HT_TITLE,
    noise: [],
    dropLines: [HT_TITLE],
    outline: [],
  },
  '05-fangan-hbxiaoran-big5-pinyin-aiguo-weisheng-collection-not-speech': {
    source: 'http://www.hbxiaoran.cn/fangan/812153.html',
    kind: 'non-speech: 活动方案 (a county\'s plan for the spring 爱国卫生 campaign; first piece of a "5篇" collection on a traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin (衛(wèi), 運(yùn), 創(chuàng), 導(dǎo), 實(shí)…); the page title "…活動方案5篇", a "小浩4060 分享 時間:" meta line with an empty time, a 小編 promo, the bare name twice around a related list headed "更多…推薦↓↓↓" whose items include "愛國衛生演講稿范文示例多篇", the piece heading "…方案1"; 一、指導思想 / 二、目標任務 / "(一)…" heading lines; a "20--年" blank; "鄉鎮(村)" in ASCII parentheses — a written plan, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '愛國衛生運動活動方案',
  },
  '06-news-xxrb-jinrong-diaoduhui-not-speech': {
    source: 'https://rb.xxrb.com.cn/epaper/2023-06/08/content_994378.html',
    kind: 'non-speech: news report (a city newspaper\'s e-paper report of a monthly 金融形势分析调度会)',
    tests: 'the headline, an empty "发布时间: 信息来源:" line, two blank lines, paragraphs indented with two spaces and separated by blank lines; "本报讯 (<paper>全媒体记者<name>)" with a space before the parenthesis; the meeting\'s agenda, "表态发言" named among what others did, the vice-mayor "指出,…要…" and "强调,必须…。要…。要…。" (要 opening sentences, no numbering), quoted slogans ("双过半", "三夏") — a third-person report of a speech, not a speech',
    isSpeech: false,
    title: '我市召开6月份金融形势分析调度会',
  },
};
