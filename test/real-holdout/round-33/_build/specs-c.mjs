// Gold specs for holdout round 33, part c (cases 13–18): environment, natural resources, forestry and energy. Four
// spoken pieces (a city leader's 讲话 at the Youth League's 植树节 tree-planting by a river's source, on a 范文 site whose
// page opens with a generic "在日常学习、工作或生活中…我们一起来看一看吧。" filler and a glued "植树节领导讲话稿大学
// 植树节领导讲话稿篇一" heading (SEO keyword + piece heading on one line), the opening sentence broken after a comma onto
// a line of its own, "###" placeholders; a school site's 国旗下讲话 on 世界地球日: a "欢迎登录…官方网站!" header, the
// "国旗下讲话" column, the page title "<title>(<name>)", the document's own title and byline, and five "1."…"5." pledges
// after "发出如下倡议:", each on its own line and ending ";", cut inside the fifth; a county leader's 讲话 at a
// 大气污染治理 mobilisation on a 范文 site, no title in the capture, a block 一、 heading, then a "请加微信9.9元领取"
// paywall line and a "范文大全" nav label; a philanthropist's 致辞 at a children's environmental painting contest on a
// Sina blog: the salutation over three lines (the first with no punctuation), deliberate line breaks after commas,
// no site noise at all, complete to "谢谢!") and two written look-alikes (a company news post on its "开工第一课"
// safety meeting on a hacked site with a casino header line, image file names between paragraphs and a chairman's
// green-energy plans as inline "一是要…。二是要…" after full stops, reported in the third person; a nature-protection
// week's 倡议书 on an NGO site: "大家好:" as if spoken, "第一,"…"第四," paragraphs, the organisers' signature and date
// glued on the last line — a written appeal).
// Judgement calls: 13's title is the piece heading without "篇一" ("植树节领导讲话稿"); the glued keyword+heading line and
// the filler are noise; the opening line broken after "活动," is joined to the next (a wrap inside one sentence).
// 14's "国旗下讲话" is the site's column (as round 21's 02 "支部书记讲党课"), the "<title>(<name>)" line is the page title
// (noise), the byline "总务处副主任 <name>" stays (as round 21's 02); the pledges 1.–5. after a colon are optional (as
// round 20's 13), their text keeps the ";" (as round 25's docviewer agenda lines). 15's title is "" (the capture starts
// at "同志们:"). 16's line breaks inside sentences ("…表示真诚的感谢," / "谢谢宋先生!", "大家一起," / "为中国,…") are
// the speaker's own layout for pauses, so they are not joined; the site's typo "联合国互环境规划署" stays. 17's title
// leaves the "【开工大吉】" tag off (a decoration, as round 20's bracketed category). All living people's, schools', places'
// and companies' names are fictional (the school in 14's header, the city in 18's title and signature too).
// Looked for and not found on a new host: a 林长制 or 河长制 speech with 一、/（一） or 一是/二是 (huaboedu, sanweiyuan,
// laobiganzi, gongwenbang, wenke99, xiexiebang are used; jey722.cn has wm114's "目錄/提綱:……" furniture and URL
// scheme; be000.com has sanweiyuan's "预览结束…请点击…联系老师"; msgz.vip was left out in rounds 25–26 as a wmjy twin);
// an energy company's own 工作会议 讲话 with 一、/1. (only news reports and used 文库s: taowenge, book118, laobiganzi);
// a 植树节 speech on a ruiwen/学习啦 mirror (hbdingbang.cn, fanwen.xyz and wanwen.com carry ruiwen's "我要投稿" meta,
// "的'朋友"/".力量" glitches — counted as used); an 环评 summary with a speech-like outline (only 公示 pages and PDF
// viewers with no salutation). bqqes.com ("互信范文网", "/fanwendaquan/jianghuagao/", "来源:网友投稿") and cnyhmy.com
// ("/zhuantifanwen/gongwenfanwen/") are template twins of used sites; xinyuwenchuang.cn shares xiezuofangchengshi's
// "/doc/N.html" one-line preview.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZG_FILLER =
  '在日常学习、工作或生活中,大家总少不了接触作文或者范文吧,通过文章可以把我们那些零零散散的思想,聚集在一块。' +
  '那么我们该如何写一篇较为完美的范文呢?下面我给大家整理了一些优秀范文,希望能够帮助到大家,我们一起来看一看吧。';
const ZG_HEADING = '植树节领导讲话稿大学 植树节领导讲话稿篇一';

const HC_HEADER = '欢迎登录淮溪中学官方网站!';
const HC_COLUMN = '国旗下讲话';
const HC_PAGE_TITLE = '爱护环境 善待地球(柏秋芸)';
const HC_TITLE = '爱护环境 善待地球';

const QZ_PAYWALL = '该文档完整内容已自动隐藏,想阅读全文,请加微信9.9元领取';
const QZ_NAV = '范文大全';

export const specs = {
  '13-jianghua-zhungen-zhishujie-tuanshiwei-filler-glued-pianyi-heading': {
    source: 'https://zhungen.com/qitafanwen/61a5bc3632a495eb48ffac744855e28c.html',
    kind: 'speech: 讲话 (a city leader at the Youth League\'s 植树节 tree-planting by a river\'s source, tied to a river clean-up; 范文 site)',
    tests: 'the page opens with a generic filler paragraph about writing 范文 ("在日常学习、工作或生活中,…我们一起来看一看吧。"), then one line gluing an SEO keyword to the piece heading ("植树节领导讲话稿大学 植树节领导讲话稿篇一"), both noise; no salutation, the speech opens "今天,是20xx年植树节团市委在这里…活动," on a line of its own that breaks after a comma and goes on in the next line (to be joined); "###" placeholders for the river\'s name, once opening a sentence with no subject ("是###城市的血脉,"); a quoted four-part goal, "3~5年"; no outline; cut mid-word ("社会各界合")',
    isSpeech: true,
    title: '植树节领导讲话稿',
    noise: [ZG_FILLER, ZG_HEADING],
    join: [['今天,是20xx年植树节团市委', '这是共青团组织']],
    dropLines: [ZG_FILLER, ZG_HEADING],
    outline: [],
  },
  '14-guoqixia-haczzx-diqiuri-school-site-column-title-name-byline-1-5-after-colon': {
    source: 'https://haczzx.com/contents/708/25370.html',
    kind: 'speech: 国旗下讲话 (a school\'s deputy head of general affairs on 世界地球日; the school\'s own site)',
    tests: 'a school site: the header "欢迎登录淮溪中学官方网站!", the column "国旗下讲话" on its own line, the page title "爱护环境 善待地球(柏秋芸)" with the speaker\'s name in ASCII parentheses, the document\'s own title "爱护环境 善待地球" (two phrases split by a space), the byline "总务处副主任 柏秋芸" (stays), blank lines between all lines; "老师们,同学们:" then "大家上午好!" glued to the first sentence; the announced topic after "题目是:"; a long list of disasters with "……" and "等等"; "发出如下倡议:" then five block lines "1."…"5." with ASCII dots, each ending ";" (after a colon: optional), the fifth cut mid-list ("不攀折")',
    isSpeech: true,
    title: HC_TITLE,
    noise: [HC_HEADER, HC_COLUMN, HC_PAGE_TITLE],
    dropLines: [HC_HEADER, HC_COLUMN, HC_PAGE_TITLE, HC_TITLE],
    outline: [
      { level: 1, marker: '1.', text: '请不要随意丢弃垃圾;', optional: true },
      { level: 1, marker: '2.', text: '把爱护校园环境当作自己的责任,主动维护校园的干净整洁;', optional: true },
      { level: 1, marker: '3.', text: '从我做起,从今天做起,养成良好的卫生习惯;', optional: true },
      { level: 1, marker: '4.', text: '养成勤俭节约的好习惯,少一分浪费,就少一分垃圾;', optional: true },
      { level: 1, marker: '5.', text: '爱护公共设施,不乱写乱画,不踩踏草地,不攀折', optional: true },
    ],
  },
  '15-jianghua-quziliao-daqi-wuran-dongyuanhui-no-title-yi-paywall-weixin': {
    source: 'https://quziliao.com/zai2023nianquanxiandaqiwuranzhilizhuanxiangxingdongdongyuanhuishangdejianghua.html',
    kind: 'speech: 讲话 (a county leader at the mobilisation meeting of a special campaign against air pollution; 范文 site)',
    tests: 'no title in the capture (it starts at "同志们:"), so the gold title is ""; "**" placeholders for names and the county, a plan in 《》, a semicolon-chained paragraph on the agenda, "讲三点意见。" then one block heading "一、认清形势,以更高站位推动空气质量改善"; the text cut mid-sentence ("生态") and followed by the paywall line "该文档完整内容已自动隐藏,想阅读全文,请加微信9.9元领取" and the nav label "范文大全", both noise',
    isSpeech: true,
    title: '',
    noise: [QZ_PAYWALL, QZ_NAV],
    dropLines: [QZ_PAYWALL, QZ_NAV],
    outline: [
      { level: 1, marker: '一、', text: '认清形势,以更高站位推动空气质量改善' },
    ],
  },
  '16-zhici-sina-blog-huanbao-huihua-dasai-salutation-three-lines': {
    source: 'https://blog.sina.com.cn/s/blog_4ff61c6001007odf.html',
    kind: 'speech: 致辞 (a philanthropist opening a children\'s environmental painting contest run with UNEP; personal blog post)',
    tests: 'no title and no site noise: the post is only the speech, so nothing may be cut; the salutation spread over three lines ("尊敬的各位领导、各位嘉宾" with no punctuation, "媒体朋友们,", "女士们、先生们:") and "大家好!" alone; short one-sentence paragraphs; deliberate breaks after a comma ("…表示真诚的感谢," / "谢谢宋先生!", "大家一起," / "为中国,…行动起来!") that stay as lines; a foreign name with "·"; the site\'s typo "联合国互环境规划署"; a quoted contest name with a year; ends "谢谢!"; no outline',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '17-news-gpkl-kaigong-diyike-casino-header-image-names-yishi-ershi-not-speech': {
    source: 'http://www.gpkl.net/2024/company-news_0218/537.html',
    kind: 'non-speech: company news post (a "开工第一课" safety meeting after the Spring Festival; hacked company site)',
    tests: 'a casino title line "澳门新葡新京(中国)官方网站-Sogou百科" over the post, a headline with a "【开工大吉】" tag, a date line padded with spaces, three image file names ("微信图片_….jpg/.png") between paragraphs; the chairman\'s plans for wind power and a zero-carbon plant as inline "一是要…。二是要…。" after full stops, and the party secretary\'s "要…" demands — all reported in the third person ("…指出,", "…作重要讲话时指出,"), no salutation: a report of a meeting, not a speech; cut mid-phrase ("展现新面貌")',
    isSpeech: false,
    title: '上好开工第一课 把牢安全生产第一关',
  },
  '18-changyishu-sinc-ziran-baohuzhou-diyi-disi-signature-not-speech': {
    source: 'https://www.sinc.org.cn/nv/26.html',
    kind: 'non-speech: 倡议书 (an appeal for a city\'s international nature-protection week; NGO site)',
    tests: 'a list-item title line "- 临江国际自然保护周“人与自然友善行动”倡议书" and a bare "-" line; "大家好:" as an opening that reads like a salutation; three paragraphs of background, then "第一,"…"第四," paragraphs ending ";" and "。", a closing "让我们行动起来" call, and the organisers\' name glued to the date on the last line ("…组委会2015年4月18日") — a written appeal, not a speech',
    isSpeech: false,
    title: '临江国际自然保护周“人与自然友善行动”倡议书',
  },
};
