// Gold specs for holdout round 112, part B (cases 07–12): animal husbandry and veterinary work (畜牧兽医 工作会议, 动物防疫
// 动员, 养殖大户 座谈会, 春季防疫 现场会 — and their look-alikes).
// No spoken piece: the theme's numbered speeches all stand on used hosts or template twins (see below), so the part holds six
// look-alikes of four kinds. 07: a Discuz forum copy (liaochengren.org) of a provincial paper's story about a pig farmer invited
// to a 中南海 座谈会 on the government work report: the forum's SEO slogan line, "找回密码 / 立即注册 / QQ登录 / 只需一步,快速开始",
// "查看: 738|回复: 0", the headline twice around "[复制链接]" and a "发表于 … | 显示全部楼层 |阅读模式" line, then Discuz's
// random jammer strings ("2 z( {+ @4 b  }0 |6 E, X  K+ R", "% N9 Y\" q2 V: a! d") on their own lines and glued before the
// paragraphs; the farmer's "我发言的时候" is quoted inside a third-person report — a news report, not a 发言. 08: a township's
// 转发 notice on a city portal (zs.gov.cn): "无障碍版 长者助手 登录", an empty breadcrumb "您当前的位置: > >其他文件", the
// notice's title, a 信息来源/发布日期/分享 line, an addressee line ending in ":" (looks like a salutation), one body paragraph
// whose dates and sums lost their characters in the capture ("201831日至430日", "6/只", "201851~9日", "中农函201869号"), an
// 附件 line, lines of a lone space, the issuing office and a date with its separators lost ("2018312") — a written 通知, not a
// speech; it runs under the 610-character floor because the store holds no more. 09: a web-novel page (m.paowxw.com) in which a
// county head gives a 致辞 at the opening of a dairy farm's milking hall and the farmer then speaks: both speeches are quoted
// inside narration and open with "首先," ("…最后,…" inside the first) — a novel, not a speech. 10: a pig-industry news site
// (news.zhuwang.com.cn) reposting a 2004 report on a city's 畜牧饲料兽药交易会 opening in a synonym-spun version: no headline in
// the capture, the whole report on one line with stray spaces and odd words left by the spinner ("郑重 开幕", "郭鹏亮第一 代表",
// "来 来表示热闹 欢迎", "反常 是", "产值来 达", "郭鹏亮渴望 "); the two officials' 致辞 are told in the third person
// ("郭鹏亮说,…", "杨文明在致辞中说,…") — a news report, not a speech. 11: a traditional-script pinyin mirror (hngza.cn, the
// "畜牧家禽網" template) of a report on Heilongjiang's 全省畜牧工作會議: a breadcrumb whose last crumb is the headline, a
// "畜牧家禽網(wǎng) 時(shí)間:… 來源:… 閱讀數(shù):" meta line with an empty count, pinyin annotations after many characters, a
// mojibake run where a name was ("祖?zhèn)?,"), the vice-governor's 講話 reported in the third person ("呂維峰副省長指出:…",
// "要求:…"), cut inside an annotation ("實(shí") — a news report, not a speech. 12: a web-novel page (kanshula.net) at a village
// farm's opening: the party secretary's and the investor's speeches quoted in narration ("赵长顺头一个上台讲话:“…", "…笑着说:“…"),
// cut inside the announcement "…正式开" — a novel, not a speech.
// Judgement calls: all six are written narratives or documents, so isSpeech is false, the outline empty and noise/paragraphs
// empty (as the README asks for non-speech gold); titles are informational: 07's and 08's headlines as printed; 11's headline
// is the breadcrumb's last crumb (the page prints it nowhere else in the capture); 09, 10 and 12 show no headline, so "".
// Living people who are not public figures (the pig farmer) and the novels' characters were given other names; officials named in
// the reports are public figures and kept; the prose was rewritten.
// Looked for and not found on a fresh host (about 19 queries): a 畜牧兽医 工作会议 讲话 with 一、/一是 points (m.wydbw.com,
// e.wenmi.ren, bookm.cn, dawenge.com, m.7rdy.cn, fanwenq.com are used); a 春季/秋季 动物防疫 主持词 (777doc.com, 360docs.net
// used); a 休牧现场会 讲话 with 一、 and 一是/二是 (lianshan.net, used); a 兽医 演讲稿 (wap.baiyunpiaopiao.com, used); a 养殖 合作社
// 成立 讲话 (mingyanjiaju.org, used); a 生猪 启动仪式 讲話 in traditional script (eimio.cn: used, and gwyoo's 時間/導語 template);
// a 农产品博览会 欢迎辞 (m.bsmz.net, used); a 奶业 讲话 print (jizihe.com, used). Two spoken pieces the store holds have no address
// (a 县委 致辞 at a 牧原 生猪产业集群 推进会 and a 中奶协 "報告全文" page), so they cannot be cited. The 养殖大户 座谈会 发言 and the
// 春季防疫 现场会 讲话 answered only with news reports and journal abstracts.
// Template twins set aside: lsbar.com:8000/law/ (a 兴山县 春季动物疫病防控 通知 with 一、 heading — the same law-database template
// as round 71's 47.114.119.50:8000: "找律师咨询", "您现在的位置:首页 >> 法律法规 >> 法律文章", the "【…】" fields); zdrubber168.cn
// (the same "畜牧家禽網" page as 11, without pinyin); taokecoco.com (the fx361/victorzhang "page/<date>/<id>.shtml" journal
// mirror family); m.wydbw.com's second 讲话 (same used host).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '07-news-liaochengren-yangzhu-dahu-zhongnanhai-zuotanhui-discuz-jammer-not-speech': {
    source: 'https://liaochengren.org/forum.php?goto=lastpost&mod=redirect&tid=7269',
    kind: 'non-speech: news report (forum copy of a paper\'s story on a pig farmer at a 中南海 座谈会)',
    tests: 'Discuz chrome: a long SEO slogan line, "找回密码 / 立即注册 / QQ登录 / 只需一步,快速开始", "查看: 738|回复: 0", the headline twice around "[复制链接]", "发表于 2012-2-9 12:42:25 | 显示全部楼层 |阅读模式"; Discuz jammer strings on their own lines and glued before paragraphs; a quoted "我发言的时候,…" opening a third-person report about a 养猪大户 at a 座谈会 with the premier — a news report, not a 发言; cut mid-sentence',
    isSpeech: false,
    title: '阳谷一养猪大户被邀请至中南海 向总理说肉价',
    noise: [],
    outline: [],
  },
  '08-tongzhi-zsgov-gangkou-kuangquanbing-mianyi-zhuanfa-dropped-digits-not-speech': {
    source: 'http://zs.gov.cn/gkz/zcgw/qtwj/content/post_1281294.html',
    kind: 'non-speech: 通知 (a township forwarding the city\'s notice on rabies vaccination of dogs; city portal)',
    tests: '"无障碍版 长者助手 登录", an empty breadcrumb "您当前的位置: > >其他文件", the 转发 notice\'s title with 《…》 inside, a "信息来源:… 发布日期:2018-03-16 分享:" line, an addressee line "各村(社区)、有关单位:" ending in a colon (looks like a salutation), one body paragraph whose dates and sums lost characters ("201831日至430日", "6/只", "201851~9日"), "请遵照执行。", an 附件 line, lone-space lines, the issuing office and "2018312" — a written notice, not a speech; under the 610-character floor (the store holds no more)',
    isSpeech: false,
    title: '关于转发《关于做好2018年犬类狂犬病强制免疫工作的通知》的通知',
    noise: [],
    outline: [],
  },
  '09-novel-paowxw-nainiu-chang-luocheng-xianzhang-zhici-shouxian-not-speech': {
    source: 'https://m.paowxw.com/biquge/525393/115714137_2.html',
    kind: 'non-speech: novel (a county head\'s 致辞 and a farmer\'s speech at a dairy farm\'s milking-hall opening, quoted in narration)',
    tests: 'a novel page starting mid-chapter with dialogue; a host announces "…落成仪式现在开始!下面有请县长…致辞!"; the 致辞 is quoted over two paragraphs opening "“首先,我代表…" with "最后,我代表…" inside; the farmer\'s reply opens "“首先,特别感谢…"; narration lines ("会场上响起一阵热烈的掌声。") between — a novel, not a speech; no chapter title in the capture; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-zhuwang-zhumadian-xumu-jiaoyihui-kaimu-zhici-spun-spaces-not-speech': {
    source: 'https://news.zhuwang.com.cn/zzxgongqiu/20131011/126420.html',
    kind: 'non-speech: news report (a city\'s 畜牧饲料兽药交易会 opening with two officials\' 致辞; synonym-spun repost on a pig-industry site)',
    tests: 'no headline in the capture; the whole report on one line with stray spaces and odd words left by a synonym spinner ("郑重 开幕", "郭鹏亮第一 代表" — looks like an ordinal 第一 —, "来 来表示热闹 欢迎", "反常 是", "产值来 达", "郭鹏亮渴望 "); the officials "出席开幕式并致辞" and their words reported in the third person ("郭鹏亮说,…", "杨文明在致辞中说,…") — a news report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-news-hngza-heilongjiang-xumu-gongzuo-huiyi-big5-pinyin-crumb-mojibake-not-speech': {
    source: 'http://hngza.cn/News/426584.html',
    kind: 'non-speech: news report (a province\'s 畜牧工作會議 with the vice-governor\'s 講話; traditional-script pinyin mirror)',
    tests: 'traditional script with pinyin annotations after many characters ("網(wǎng)", "時(shí)", "講話" left bare); a breadcrumb "畜牧家禽網(wǎng)首頁 > 資訊中心 > 行業(yè)動(dòng)態(tài) > <headline>"; a "畜牧家禽網(wǎng) 時(shí)間:2010/8/11 14:21:00 來源:中國畜牧網(wǎng) 閱讀數(shù):" meta line with an empty count; a long attendance list; a mojibake run for a name ("祖?zhèn)?,"); "呂維峰副省長指出:…" and "…要求:…" — the 講話 reported in the third person, a news report, not a speech; cut inside an annotation ("實(shí")',
    isSpeech: false,
    title: '2010年黑龍江省畜牧工作會議在哈爾濱召開',
    noise: [],
    outline: [],
  },
  '12-novel-kanshula-yangzhichang-kaiye-zhishu-fayan-quoted-not-speech': {
    source: 'https://kanshula.net/read/47821101/1501123_2.html',
    kind: 'non-speech: novel (a village party secretary and an investor speak at a livestock farm\'s opening, quoted in narration)',
    tests: 'a novel page starting mid-scene; "赵长顺头一个上台讲话:“…" with the speech quoted over two paragraphs in the first person ("我这个当支书的对不住大伙,…下边请…上来讲几句。”"); applause narration; the investor\'s reply quoted after "…笑着说:“"; cut inside the opening announcement ("…正式开") — a novel, not a speech; no chapter title in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
