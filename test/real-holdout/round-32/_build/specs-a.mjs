// Gold specs for holdout round 32, part a (cases 01–06): health — hospitals, nurses, public-health campaigns. Four spoken
// pieces (a hospital head's 建院四周年 晚会 致辞 as the first piece of a collection on a 范文 site (teniu), under the piece
// heading "第一篇:<title>" and a site line "这篇<title>的关键词是…," glued in front of the salutation, cut mid-sentence; a
// district leader's 全民健康生活方式行动 启动仪式 讲话 on a template site (icesoy) with a breadcrumb, a shortened page title,
// a time line, the page title again with "[本文共4353字]", the document's own title and date line, a "(敬请期待更好文章:WWW.)"
// watermark glued mid-sentence, a closing "最后," with no 首先, and the next piece's heading after it; a
// hospital's 护士节 greeting to its nurses on a traditional-script mirror (zacec) with converter pinyin, the whole text on
// one line, a mis-encoded run and a "|" under it, no title; a 市委副书记's 健康教育进家庭 启动仪式 讲话 on a traditional-script
// news mirror (yhg994208) with a two-line title ("在…城市" / "——…上的講話"), a byline with the post, a Markdown image
// line, simplified leftovers 這里/干部/最后, cut in the closing "最后,祝…活動取") and two written look-alikes (a hospital's news
// report of a staff meeting relaying a provincial health conference, with "院长强调:一是要…。二是将…。三是要求…" after a
// colon; the first piece of a "护士工作心得体会7篇" collection, a nurse's first-person reflection under a breadcrumb, meta
// line and 小编 promo).
// Looked for and did not find on an unused host: a hospital 工作会议/职工大会/中层干部会议 讲话 with 一、/（一） headings (the
// corpus answers with used hosts: 360docs, gongwenku1, huaboedu, xinmengxiang, wmjy, laojin123, emploneer, xiezuofangchengshi,
// 7en, or with novel chapters), a 医师节 讲话 with 第一,/第二, or 一是/二是 points (jingyanben, xiexiebang, haoword, lovfp are
// used), and a 文库 viewer on a new host: jdll.cn (a 爱国卫生月 致辞 with "date / 38.27KB / 2 页 / 侵权投诉" chrome and PDF
// wraps) prints the very furniture of round 3's 08 (gongwenbang), so it was left as a template twin; zixin.com.cn,
// renrendoc, xiaomilidoc, wenke99 and 360docs are used. Also left: bbs.xhjyxxw.com (a 护士节演讲稿 writing guide, claimed and
// then dropped: the "【title】" glued-lead farm of rounds 20 and 25), boxueji.com (a traditional mirror of ruiwen),
// xxmh431.com (a traditional mirror of 美章网), fanwenwang.cn and 813920.com (claimed, then not needed).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
//
// Judgement calls:
// - 01: the title keeps 例文 (a site-flavoured genre word, as round 20's 範本); "第一篇:" is the collection's piece label,
//   noise, and its heading line is dropped (round 31's 09). The site's "这篇…的关键词是…," line glued before the salutation
//   is noise and is cut off the salutation's line. The page's own slips ("三度寒暑…四年", "1115个日日夜夜") stay.
// - 02: the document's own title is the line "在全民健康…上的讲话" above the date; the site's shortened header
//   "健康生活方式行动启动仪式上的讲话" is dropped but not listed as noise (it is a substring of the title, a variant of it),
//   while the time line, the header-plus-"[本文共4353字]" line, the glued watermark and the next piece's heading are noise
//   (the capture ends on that heading). The date line "(2014年11月14日)" is the speech's own and stays. The closing "最后," has no
//   首先 run: optional (round 19's 10, round 25). The spaces after 。 inside the long paragraph are the page's.
// - 03: no title in the capture, so ""; the page prints the whole greeting on one line (salutation and "你們好!" included),
//   which stays one paragraph; the pinyin is cut by regexCut (round 20's 01); the mis-encoded run "?yōu)榕嘤嗟哪隙「駹柺降淖o士"
//   has no "(" and stays as page text; the "|" line under it is noise. "5·12" is no marker.
// - 04: the two title lines are the document's own title (joined, with its dash), dropped, not listed; the byline with the
//   speaker's post is the document's own line and stays (round 15's 13, round 17's 16); the Markdown image line is noise.
//   The closing "最后," (a simplified leftover) has no 首先 run and is cut mid-sentence: optional, its text to the cut.
// - 05: a news report of a meeting, written in the third person ("院长指出:", "院长强调:一是要…"): not a speech; its headline
//   is the title. 06: a 心得体会 is written, not spoken; the title is the collection's name without "7篇".

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const TN_LABEL = '第一篇:';
const TN_TITLE = '医院建院周年庆典的致辞例文';
const TN_LEAD = '这篇医院建院周年庆典的致辞例文的关键词是庆典致辞,医院建院周年庆典,';

const IC_CRUMB = '当前位置:首页 > 讲话致辞';
const IC_HEADER = '健康生活方式行动启动仪式上的讲话';
const IC_META = '时间:2024-07-06 20:29:19';
const IC_HEADER_COUNT = IC_HEADER + '[本文共4353字]';
const IC_TITLE = '在全民健康生活方式行动启动仪式上的讲话';
const IC_WATERMARK = '(敬请期待更好文章:WWW.)';
const IC_NEXT = '第二篇:健康生活方式行动启动仪式上的讲话';

const YX_TITLE_1 = '在嶺西市創建國家衛生城市';
const YX_TITLE_2 = '——健康教育進家庭活動啟動儀式上的講話';
const YX_IMAGE = '![](/Files210/BeyondPic/2009-8/14/0908142111a06f83a56d4c0aea.jpg)';

export const specs = {
  '01-zhici-teniu-yuanqing-diyipian-guanjianci-glued-salutation': {
    source: 'https://teniu.cc/zc/zhici/8b30f9d003253c4cebb4ed052eba0666.shtml',
    kind: 'speech: 致辞 (a private hospital\'s head at the evening gala for its fourth anniversary; first piece of a collection on a 范文 site)',
    tests: 'the piece heading "第一篇:医院建院周年庆典的致辞例文" (collection label glued to the title, no space) with 例文 in the title; the site\'s line "这篇<title>的关键词是庆典致辞,医院建院周年庆典," glued with a space in front of the salutation "尊敬的各位领导、各位同仁,女士们、先生们:" on one line; no blank lines; one very long paragraph (welcome, thanks, review, quoted slogans "看骨科,到康宁"), "***" and "*" placeholders in the hospital\'s name, the page\'s "三度寒暑…四年" slip; a poem couplet opening the next paragraph; cut mid-sentence ("我们清楚离集团"); no outline',
    isSpeech: true,
    title: TN_TITLE,
    noise: [TN_LABEL, TN_LEAD],
    replace: [[TN_LEAD + ' ', '']],
    dropLines: [TN_LABEL + TN_TITLE],
    outline: [],
  },
  '02-jianghua-icesoy-jiankang-shenghuo-qidong-crumb-meta-zishu-watermark-dierpian-zuihou': {
    source: 'https://icesoy.com/jhzc62/8040.html',
    kind: 'speech: 讲话 (a district leader at the launch of the 全民健康生活方式行动; template 范文 site)',
    tests: 'a breadcrumb "当前位置:首页 > 讲话致辞", a shortened page title, a "时间:…" line, the page title again glued to "[本文共4353字]", then the document\'s own longer title "在全民…上的讲话" and its date line "(2014年11月14日)"; blank lines between lines; a long paragraph whose sentences are separated by "。 " (full stop and space), ASCII double quotes around the campaign\'s name, a quoted slogan, and the watermark "(敬请期待更好文章:WWW.)" glued mid-sentence ("城区(…)各部门"); block sentences opening "要…" (no marker); a closing "最后,祝…! 谢谢大家。" paragraph with no 首先 run; then the next piece\'s heading "第二篇:…" where the capture ends',
    isSpeech: true,
    title: IC_TITLE,
    noise: [IC_CRUMB, IC_META, IC_HEADER_COUNT, IC_WATERMARK, IC_NEXT],
    replace: [[IC_WATERMARK, '']],
    dropLines: [IC_CRUMB, IC_HEADER, IC_META, IC_HEADER_COUNT, IC_TITLE, IC_NEXT],
    outline: [
      { level: 1, marker: '最后,', text: '祝各位领导和来宾身体健康,永远开心幸福', optional: true },
    ],
  },
  '03-zhici-zacec-big5-pinyin-hushijie-one-line-garbled-run-pipe': {
    source: 'http://zacec.com/show/id/112.html',
    kind: 'speech: 致辞 (a hospital\'s greeting to its nurses on 5·12 国际护士节; traditional-script mirror with converter pinyin)',
    tests: 'a traditional-script mirror of a hospital page: converter pinyin after a fixed set of characters (節(jié), 統(tǒng), 業(yè), 現(xiàn), 質(zhì), 發(fā), 養(yǎng), 創(chuàng)) wherever they occur, "兢兢業(yè)業(yè)" twice annotated; no title; the whole greeting on one line, its parts separated by single spaces ("護士姐妹們: 你們好! 在這…"); a quoted date "“5·12”" and a quoted list "“愛心、耐心、細心、責任心”"; a mis-encoded run ("讓我們?yōu)榕嘤嗟哪隙「駹柺降淖o士而…") whose "yōu)" is no full annotation; simplified leftovers (并, 贊); a lone "|" line under the text; no outline',
    isSpeech: true,
    title: '',
    noise: ['|'],
    regexCut: [PINYIN],
    dropLines: ['|'],
    outline: [],
  },
  '04-jianghua-yhg994208-big5-jiankang-jiaoyu-qidong-title-two-lines-byline-image-zuihou-cut': {
    source: 'http://yhg994208.cn/news/tianshui/2009081422370377172_6.htm',
    kind: 'speech: 讲话 (a city party deputy secretary at the launch of a 健康教育进家庭 campaign for a national hygienic-city bid; traditional-script news mirror)',
    tests: 'a traditional-script news mirror: the title over two lines ("在嶺西市創建國家衛生城市" / "——健康教育進家庭活動啟動儀式上的講話"), a byline with the post and a space before the name ("嶺西市委副書記 梁振和"), a Markdown image line "![](/Files210/BeyondPic/….jpg)" before the salutation; the salutation naming an official first ("尊敬的孔廳長,各位領導、同志們、朋友們:"), "大家上午好。" on its own line; the campaign\'s name with its dash repeated in the prose; quoted slogans ("三城聯創", "創衛"); paragraphs opening "希望…" (no marker); simplified leftovers 這里/干部/最后; cut in the closing "最后,祝…活動取"',
    isSpeech: true,
    title: YX_TITLE_1 + YX_TITLE_2,
    noise: [YX_IMAGE],
    dropLines: [YX_TITLE_1, YX_TITLE_2, YX_IMAGE],
    outline: [
      { level: 1, marker: '最后,', text: '祝嶺西市創建國家衛生城市——健康教育進家庭活動取', optional: true },
    ],
  },
  '05-news-byzxy-chuanda-weisheng-jiankang-dahui-yishiyao-after-colon-not-speech': {
    source: 'http://www.byzxy.com/Item/889.aspx',
    kind: 'non-speech: news report (a hospital branch\'s staff meeting relaying a provincial health conference)',
    tests: 'a hospital news page: the headline, then "会上,<院长>首先传达学习了…", "随后,…带领大家一同学习了…三份文件", "<院长>指出:…" and "<院长>强调:一是要…。二是将…。三是要求…" — the head\'s points reported in the third person, the first after a colon, the others after full stops; book titles in 《》 run together; officials named with posts; cut mid-sentence ("要与全省") — a report of a meeting, not a speech',
    isSpeech: false,
    title: '河岭省中医院临泉分院组织全院职工传达学习全省卫生与健康大会会议精神',
  },
  '06-xinde-hyywx-hushi-gongzuo-collection-crumb-meta-promo-not-speech': {
    source: 'https://hyywx.com/wenku/a/46-4188-0.html',
    kind: 'non-speech: 心得体会 (a nurse\'s reflection on three years in a cardiology ward; first piece of a collection on a 范文 site)',
    tests: 'a collection page: breadcrumb "当前位置:首页 > 实用文档 > 心得体会", the title "最新护士工作心得体会7篇", a "时间:… 作者:网络 字数:27572字" line, a 小编 promo, the piece heading "…心得体会1"; first-person narrative with "20____年", a quoted question and answer, "……" — written, not spoken, though it speaks of "我们" and has no marker; cut mid-sentence ("当我看见那些患者把")',
    isSpeech: false,
    title: '最新护士工作心得体会',
  },
};
