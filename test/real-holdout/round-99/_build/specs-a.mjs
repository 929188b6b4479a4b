// Gold specs for holdout round 99, part A (cases 01–06): forestry, grassland and wildlife (林业, 植树节, 森林防火, 湿地,
// 野生动物 — work meetings, mobilisations, launch ceremonies, and their look-alikes).
// One spoken piece (a Chinese diplomat's 致辞 at a 中非野生动物保护论坛 held at a South African university, on a bare
// Chinese-community news site (africantimes2005.com): the capture opens straight on a salutation spread over five lines
// ("尊敬的…教授," / "尊敬的…司长," / "各位野生动物保护专家," / "华人华侨和中国企业代表," / "同事们、朋友们,"), then "下午好!",
// a one-line opening and long paragraphs; no title line, no site noise at all; a "——" inside a paragraph (not a
// paragraph start); a paragraph opening "今年3月," (a date, not a marker); cut mid-word ("家喻户")) and five written
// look-alikes (a Shandong paper's news report of a district's 世界湿地日 launch ceremony (heze.subaoxw.com): a 16-item
// "首页  |  头条  |  …" channel bar, a "首页>菏泽频道>内容详情" breadcrumb, the headline, a date line with "大字体 小字体 扫码带走"
// and a lone "打印", a byline with the reporter and the 通讯员, then officials who "致辞" / "发表讲话" / "强调" and a citizen who
// "宣读了湿地保护倡议书", all told in the third person; a 倡议书 on a Q&A/content farm (m.bangkaow.com): the title in
// 【】 glued before the first sentence, an empty "一、" heading line, "二、保护措施与目标对照表" over a pipe table
// ("保护措施 | 具体内容 | 目标 |"), "三、结语" and a cut mid-sentence ("共同") — a written appeal, not a speech; a Taiwanese
// paper's traditional-script report of the president at the 中樞紀念植樹 (news.ltn.com.tw): headline, a date-time line, a
// photo caption "(記者…攝)", a "[記者…/桃園報導]" dateline glued to the lead, "馬英九表示,…" reported speech, the caption
// again, and a related list of "-" lines and headlines, cut mid-headline ("永"); a spam aggregator's copy of the 中国林业网
// report on the 2018 national 世界湿地日 event (www.qqdzh.com): the headline with a "世界湿地日:" prefix, a
// "liuqin 坐标: 30175 目录:精选大杂烩" meta line, a "以下是的一些我们精选的<headline>" promo, runs of empty lines where
// pictures were, the censored "的十八大"/"的十九大" (the 党 dropped by the source), and a vice-minister who "强调,…。一是建立
// 湿地保护管理制度。…二是持续加大投入,…" — inline 一是/二是 after full stops inside a third-person report, cut mid-phrase
// ("按"); a novel chapter on a reading site (www.dmsz.cc) in which a forest fire brigade holds a 表彰大会: "第一项,全体人员
// 面向旗杆起立,…" opens a paragraph, "升完国旗,领导讲话。", and the speech is only reported ("讲话中提到,…") — a novel,
// not a speech).
// Judgement calls: 01's capture has no title line (the store begins with the salutation), so the title is ""; the five
// salutation lines and "下午好!" are body paragraphs (salutation), nothing is noise; no outline (no markers: "——中南屋
// 创始人…" is mid-paragraph, "今年3月," is a date). 02–06 are written, not speeches: 02 and 04 report the officials'
// words in the third person; 03 is an appeal whose "一、"/"二、"/"三、" are a document's sections; 05's 一是/二是 are a
// report's summary of a vice-minister's remarks (as round 72's 04 and round 4's 15); 06 is fiction, its "第一项," an agenda
// item of the ceremony inside a narrative. Living private people's names (02's reporter, 通讯员, local officials and the
// citizen; 04's reporter; 01's young founder; 06's characters) were replaced by fictional ones; public figures (04's
// president and vice-president, 05's vice-minister, centre director and the Ramsar secretary-general) keep theirs; the
// prose was rewritten.
// Looked for and not found on a new host: a numbered 讲话 at a 林业工作会议 or 林长制 meeting (6dgww, xiexiebang,
// xiezuofangchengshi, msgz.vip, huangminedu (a traditional mirror), wnwk, fanwenq, xiaomilidoc, lygc.lknet.ac.cn,
// soolun and meiwenyun are used); a 植树节/义务植树 动员讲话 with 一要/二要 (xuekejiayuan, 6dgww, yuwenmi, gaofenw, hunwen,
// syfww, bubsandbeans, gz-shine, cnsjbj, jcsycorp, max.book118, biganzizhijia are used); a 森林防火 誓师/工作会议 讲话
// (m.7rdy, m.bimoxiezuo, gongwen.com.cn, gongwenku1, m.sarr, wenku.docs.qq.com, m.wenke99, p719, cornels-photography,
// kj-cy, 360docs, m.kaoyanmiji are used); a 湿地/爱鸟周/野生动物 致辞 on a 范文 site (laobiganzi, weilaioem, tkpao are used);
// a Taiwanese president's 植樹節 致詞 printed in full (president.gov.tw and udn.com are used); a second speech of any kind
// on an unused host — so this part has one speech and five look-alikes, and no speech with numbered points.
// Template twins set aside: zw56789.com (a 植树节动员演讲稿 on a 凡科 site-builder page: "<title> 二维码" and a
// "发表时间:…" meta with the whole post flattened after it — the furniture of round 49's gezhi.fj.cn); sc-bjx.com
// (恒微文秘网, named a twin in round 67); yxfanwen.com, popartistsnft.com, hbshangdie.cn, bqwxz.com and ejlkj.com (the
// ruiwen family: "- 相关推荐" over the title, "下面是小编…希望能够帮助到大家/供大家参考借鉴", "…1"/"篇1" headings,
// "此处隐藏N个字"); m.howto234.com (the "/wenku/<4 letters>/<slug>" template of the used igat.cn, m.zgxue.com and
// m.sarr.cn). Not taken though new: the1hom.com (a 爱鸟周 report under a betting-brand "【…】" tag), m.mcbbbk.com and
// i.xpaper.net (more third-person news; two reports are enough for a part), sw-wood.cn (a traditional report of an
// ambassador's 致辭 summarised as "一是…;二是…;三是…" after a colon — close to 05).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-zhici-africantimes2005-zhongfei-yebao-luntan-multiline-salutation-notitle': {
    source: 'http://africantimes2005.com/nslg/9692.html',
    kind: 'speech: 致辞 (a Chinese diplomat at a China–Africa wildlife protection forum at a South African university; community news site)',
    tests: 'no title line and no site noise: the capture opens on a salutation spread over five lines ending in "," ("尊敬的金山大学科学院院长莫蒙伊亚特教授," … "同事们、朋友们,"), then "下午好!" on its own line and a one-line opening; long first-person paragraphs; "——" inside a paragraph ("主办方之一——中南屋创始人…"), not at a paragraph start; a paragraph opening "今年3月," (a date); figures "20万兰特", "30岁"; cut mid-word ("家喻户")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '02-news-subaoxw-mudan-shidiri-qidong-navbar-byline-not-speech': {
    source: 'http://heze.subaoxw.com/zj/2023/0203/93815.html',
    kind: 'non-speech: news report (a district\'s 世界湿地日 launch ceremony; a provincial paper\'s city channel)',
    tests: 'a channel bar "首页  |  头条  |  …  |  周刊" with double spaces, a "首页>菏泽频道>内容详情" breadcrumb, the headline, a "2023-02-03 11:38:48 大字体 小字体 扫码带走" line and a lone "打印", a byline "山东商报·速豹新闻网 <reporter> 通讯员 <name>"; the ceremony told in the third person: officials "出席", the town secretary "致辞", the bureau chief "发表讲话,…并指出…", the centre director "讲话,强调了…,号召…", a citizen "宣读了湿地保护倡议书,呼吁…" — a news report, not a speech; ends with a full sentence',
    isSpeech: false,
    title: '牡丹区2023年“世界湿地日”宣传活动启动仪式在菏泽牡丹区沙土镇隆重举行',
    noise: [],
    outline: [],
  },
  '03-changyishu-bangkaow-baohu-yesheng-dongwu-bracket-title-table-not-speech': {
    source: 'http://m.bangkaow.com/yxuwd/202509/1765722.html',
    kind: 'non-speech: 倡议书 (an appeal to protect nature and wild animals; content-farm answer page)',
    tests: 'the title in 【】 glued before the first sentence ("【保护自然保护野生动物的倡议书】近年来,…"), "我们呼吁全社会…"; an "一、" line with no heading text; "二、保护措施与目标对照表" over a pipe table (a header row "保护措施 | 具体内容 | 目标 |" and six rows); "三、结语" and its first sentence cut mid-phrase ("共同") — a written appeal, not a speech (its 一、/二、/三、 are a document\'s sections)',
    isSpeech: false,
    title: '保护自然保护野生动物的倡议书',
    noise: [],
    outline: [],
  },
  '04-news-ltn-ma-zhishu-huodong-traditional-caption-related-not-speech': {
    source: 'https://news.ltn.com.tw/amp/news/politics/breakingnews/1629883',
    kind: 'non-speech: news report (traditional script; the president at the central tree-planting ceremony on Arbor Day; newspaper AMP page)',
    tests: 'traditional script; the headline "馬英九出席植樹活動 種蘭嶼羅漢松", a "2016/03/12 12:18" line, a photo caption "馬英九栽種蘭嶼羅漢松。(記者…攝)", a "[記者…/桃園報導]" dateline glued to the lead; the president\'s remarks reported as "馬英九表示,…", "馬英九說,…", "他指出,…" with figures (1萬1550公頃, 58.83%); the caption line again at the end; a related list of "-" lines and headlines cut mid-headline ("永") — a news report, not a speech',
    isSpeech: false,
    title: '馬英九出席植樹活動 種蘭嶼羅漢松',
    noise: [],
    outline: [],
  },
  '05-news-qqdzh-shidiri-zhuchang-aggregator-head-yishi-ershi-reported-not-speech': {
    source: 'http://www.qqdzh.com/shi/sjsdr02018nsjsdrzgzcxchdzgzjb.html',
    kind: 'non-speech: news report (the 中国林业网 report of the 2018 national 世界湿地日 event, copied by a spam aggregator)',
    tests: 'a headline with a "世界湿地日:" prefix; a "liuqin 坐标: 30175 目录:精选大杂烩" meta line; a promo "以下是的一些我们精选的<headline>"; runs of empty lines where pictures stood; a "中国林业网2月2日讯" lead; the censored "的十八大"/"的十九大" left by the source; a vice-minister who "指出,…" and "强调,…。一是建立湿地保护管理制度。…二是持续加大投入,恢复和扩大湿地面积。" — inline 一是/二是 after full stops inside a third-person report; cut mid-phrase ("按") — a news report, not a speech',
    isSpeech: false,
    title: '2018年世界湿地日中国主场宣传活动在广州举办',
    noise: [],
    outline: [],
  },
  '06-novel-dmsz-senlin-xiaofang-biaozhang-dahui-diyixiang-lingdao-jianghua-not-speech': {
    source: 'http://www.dmsz.cc/yanqing/36408_262.html',
    kind: 'non-speech: novel chapter (a forest fire brigade\'s commendation meeting seen by the heroine; romance-novel reading site)',
    tests: 'no site chrome and no chapter heading in the capture: short narrative lines; the host "宣布表彰大会正式开始", a paragraph opening "第一项,全体人员面向旗杆起立,升国旗,奏国歌。" (an agenda item, looks like an ordinal point), a shouted slogan on its own line in quotes, "升完国旗,领导讲话。" and the leader\'s words only reported ("讲话中提到,…"); cut mid-word ("森林公") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
