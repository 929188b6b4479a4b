// Gold specs for holdout round 36, part c (cases 13–18): natural resources and technical offices — 地方志/年鉴 meetings,
// 森林消防, 地质灾害防治 (自然资源), 防震减灾 and 国土/土地 use. Four spoken pieces (the closing 总结讲话 of the fifth national
// 地方志 work conference on a mirror of a 史志 site (bddfz): a "外埠信息 您当前所在位置:首页 > … > 正文" breadcrumb, the headline,
// an "更新时间:<date> <time>点击次数:<n>次" line whose time runs into the click count, the title again wrapped over two lines
// ("在第五次全国地方志" / "工作会议上的总结讲话"), the speech's own date line "(2014年4月20日)", the speaker's bare name on a line
// of its own, "同志们:", a bare "(一)" line with no heading text, block "一是领导重视。" and "二是内容丰富。" points after a
// paragraph ending in a colon, cut mid-phrase ("推进全国"); the 开幕辭 of a yearbook-quality awards ceremony and 年鑒 workshop on
// a traditional-script mirror of a 年鑒 site (humberphotography), lines not separated by blank lines: the headline, a
// "點擊數:<n><date> <time> 來源: 年鑒網" line whose click count runs into the date, the document's own title wrapped over three
// lines with the genre spaced out ("開 幕 辭"), the speaker's bare name, a salutation naming five officials by title, the
// mirror's simplified leftovers (里, 于, 并, 后, 先后), two mis-encoded runs where a quoted line of verse and a city name were
// lost ("期待?!安灰蝙i翼展,哪得鳥途通?!彪S著", "研討??跁h"), cut mid-word ("研"); a forest-fire brigade leader's 讲话 as a
// sample on an SEO blog (jkfanghuo): the page title doubled with a keyword variant ("森林消防重要讲话,森林消防重要讲话内容"), a
// "<author> <category> <views>" line, a machine-written lead ("大家好,今天我要聊聊…") and a disclaimer ("…以下仅供参考…"), then the
// speech with its salutation glued to "大家好!" and the opening, blank lines between all lines, block "首先,"/"其次,"/"第三,"
// points, cut without a stop; a minister's 讲话 at the 汛期地质灾害防治工作会议 as a database record (cigem): the title, a
// "浏览次数:<n>  发布日期:<date>  分类:<path>" line with double spaces, then the whole speech on one line, its parts separated by
// single spaces, opening with the speaker's name glued to "(2009年7月11日,根据录音整理)" and the first sentence; "第一,…。第二,…"
// after a colon; an inline "一、" heading without a stop followed by "一是…。二是…。三是…。", cut mid-word ("精神状")) and two
// written look-alikes (a 中新社 report of the State Council's 防震减灾 joint meeting on a traditional-script mirror with converter
// pinyin (內(nèi), 強(qiáng), 調(diào), 結(jié), 災(zāi), 經(jīng), 驗(yàn), 項(xiàng), 會(huì), 認(rèn), 訓(xùn), 預(yù), 測(cè), 應(yīng), 進(jìn), …, 務(wù) only in 任務),
// "本頁位置:…" and "【放大字體】  【縮小字體】" chrome, the vice-premier's requirements as block "一要…"/"二要…"/"三要…" paragraphs after
// a colon, cut inside a pinyin-annotated word ("預(yù)"); page 2 of 4 of a 官场 novel chapter "第549章 土地问题(3)" on a reading site
// (236318): "当前位置:笔书阁>都市言情>青云仕途> …", reader settings lines, a deputy mayor's speech at a 市政府常务会 already under
// way ("同志们,…" paragraphs, "…我的发言完了”。"), the mayor answering with "同志们,…", the site's "啊!," and "骂~娘" — narration
// around quoted speech, not a speech).
// Judgement calls: 13's headline is the title (dropped, not noise); its two-line repeat is dropped, not listed; the date
// line stays (the speech's own); the bare name "李培林" is a byline without a position, noise (as round 10's traditional
// collection page and the corpus's case 106). The bare "(一)" line holds no heading text, so it is no item and stays as a
// paragraph (round 35's 02); "一是领导重视。" and "二是内容丰富。" open their paragraphs: required, level 1 (no heading above
// them). 14's headline is the title; the three-line repeat (with the spaced "開 幕 辭") is dropped, not listed; the meta line
// is noise as a whole; the bare name is noise (as 13); the mis-encoded runs stay in the text (unrepairable, as the corpus's
// case 14 and 70); no outline. 15's title is the first half of the doubled page title: the document's name; the whole title
// line is noise (the page's keyword title, as round 34's "第25章 <title>") and its keyword tail "森林消防重要讲话内容" is listed
// too; the author/category/views line, the machine lead and the disclaimer are the site's (noise; the lead's "大家好" is the
// blogger's, not the speaker's); the speech is a sample 讲话 printed as such (a 范文 page, not a guide: nothing explains how to
// write one), so the page is a speech. "首先,"/"其次," are required level-1 points; "第三," switches family: optional (the
// corpus's case 40). 16's byline (a public official's name glued to the date and transcription note) is the document's own
// and is glued to the body, so it stays inside the one paragraph (only a glued title, brand or page number is cut, round 23's
// 01 kept "** (…根据录音整理)"); the single spaces are whitespace, not breaks the gold invents (round 23's 01). Its outline is
// optional throughout: "第一,"/"第二," follow a colon (a reader's list, level 1); the inline "一、" is a run of one in a
// flattened text whose 二、 lies past the cut (level 1, its first sentence runs past 50 characters and is cut at the first
// comma); "一是" follows the heading without a sentence end, so by the rules 一是/二是/三是 open no run, while a reader takes them
// for the points under 一、 (level 2; "三是"'s first sentence runs past 50 and is cut at the first comma). 17 and 18 are written,
// not speeches; their titles are informational (17's without the converter pinyin).
// Looked for and not found on a new host: a 气象 meeting speech with numbered points (xiaomilidoc, m.jinchutou, fanwy, e-gov,
// 360docs, renrendoc are used); a 测绘地理信息 meeting speech (the corpus answers with news reports on traditional mirrors and a
// 新年献辞); an 档案 meeting or 培训班 speech on a 范文 site (bsmz is used; puapp.net holds a 档案 speech with no markers); a 林长制
// or 森林防火 speech on an unused host that is no template twin (xiexiebang, 6dgww, gongwenku1, m.bimoxiezuo, wydbw,
// xiezuofangchengshi, sucai198, huangminedu, wm114 are used); a 通知 or 工作总结 look-alike with site noise (xiangshan.gov.cn's
// clean meeting notice only; 6dgww's 森林消防工作总结 is on a used host); a 表彰会 speech of these offices.
// Left as template twins: msgz.vip (the "【收藏】 作者: 佚名 来源: … 【小 中 大】【以稿换稿】" bar of wmjy, set aside in round 26 too);
// bookm.cn (a "…讲话稿(汇总21篇)" collection whose first piece is a 会议纪要, under the "时间:<ts> 作者:<name>" line and
// machine-written promo of the corpus's 91kejian, case 92); 01861.cn and goanbest.com (the "/zhuantifanwen/<col>/<id>.html"
// farm); hbshangdie.cn (the "- 相關推薦" / "推薦度:" chrome of popartistsnft and adivasplayground); cornels-photography.com (used, a
// renrendoc mirror); taowenge.com (the "《…》由会员分享,可在线阅读" viewer of the used m.taowenge).
// Names of living private people and the company in the rewritten prose are fictional (14's officials, speaker and 四川青藍文化
// 公司; 18's characters); public officials' names (李培林, 徐绍史, 汪民, 回良玉), titles and site chrome are as found.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const BD_CRUMB = '外埠信息 您当前所在位置:首页 > 新闻信息 > 外埠信息 > 正文';
const BD_TITLE = '在第五次全国地方志工作会议上的总结讲话';
const BD_META = '更新时间:2014-09-09 17:02:00点击次数:264059次';
const BD_NAME = '李培林';

const HP_TITLE = '第六屆年鑒編纂出版質量評比頒獎大會暨第二十次地州區縣年鑒研討會開幕辭';
const HP_META = '點擊數:118072019-07-17 12:56:04 來源: 年鑒網';
const HP_NAME = '陳立言';

const JK_TITLE = '森林消防重要讲话';
const JK_LINE = JK_TITLE + ',森林消防重要讲话内容';
const JK_META = '火海弄潮儿 科技创新 10';
const JK_LEAD = '大家好,今天我要聊聊森林消防重要讲话,这个在森林消防重要讲话中让人眼前一亮的新星。它的故事,从这里开始。';
const JK_NOTE = '森林消防重要讲话应由本人根据自身实际情况书写,以下仅供参考,请您根据自身实际情况撰写。';

const CG_TITLE = '在2009年汛期地质灾害防治工作会议上的讲话';
const CG_META = '浏览次数:646  发布日期:2009-10-14  分类:专业领域/地质灾害/防灾减灾';

export const specs = {
  '13-jianghua-bddfz-difangzhi-zongjie-crumb-wrapped-title-bare-paren-yishi': {
    source: 'http://bddfz.cn/index.php/templates/default/js/uploads/image/20170510/1494412687.jpg?cid=9&id=26&m=show',
    kind: 'speech: 讲话 (the closing 总结讲话 of the fifth national 地方志 work conference; mirror of a 史志 site)',
    tests: 'a "外埠信息 您当前所在位置:首页 > 新闻信息 > 外埠信息 > 正文" breadcrumb line; the headline; an "更新时间:2014-09-09 17:02:00点击次数:264059次" meta line whose seconds run into the click count; the title again wrapped over two lines ("在第五次全国地方志" / "工作会议上的总结讲话"); the speech\'s own date line "(2014年4月20日)"; the speaker\'s bare name on its own line; "同志们:"; "下面,我分三个方面…" then a bare "(一)" line with no heading text; a paragraph ending "…体会比较深:" followed by block "一是领导重视。…" and "二是内容丰富。…" paragraphs; blank lines between all lines; cut mid-phrase ("就推进全国")',
    isSpeech: true,
    title: BD_TITLE,
    noise: [BD_CRUMB, BD_META, BD_NAME],
    dropLines: [BD_CRUMB, BD_TITLE, BD_META, '在第五次全国地方志', '工作会议上的总结讲话', BD_NAME],
    outline: [
      { level: 1, marker: '一是', text: '领导重视' },
      { level: 1, marker: '二是', text: '内容丰富' },
    ],
  },
  '14-kaimuci-humberphotography-big5-nianjian-banjiang-dianjishu-glued-date-spaced-title-mojibake': {
    source: 'http://www.humberphotography.com/?p=1&a=view&r=594',
    kind: 'speech: 开幕辞 (the head of a publishers\' yearbook committee opening a yearbook-quality awards ceremony and 地州区县年鉴 workshop; traditional-script mirror of a 年鉴 site)',
    tests: 'traditional script with simplified leftovers (里, 于, 并, 后, 先后); no blank lines; the headline (the title); a "點擊數:118072019-07-17 12:56:04 來源: 年鑒網" line whose click count runs into the date; the title again over three lines with the genre spaced out ("第六屆…頒獎大會" / "暨第二十次地州區縣年鑒研討會" / "開 幕 辭"); the speaker\'s bare name; a one-line salutation naming five officials by title and ending "各位參會代表:"; "大家上午好!" glued to a long opening; two mis-encoded runs kept inside a paragraph ("期待?!安灰蝙i翼展,哪得鳥途通?!彪S著", "研討??跁h"); no outline; cut mid-word ("研")',
    isSpeech: true,
    title: HP_TITLE,
    noise: [HP_META, HP_NAME],
    dropLines: [HP_TITLE, HP_META, '第六屆年鑒編纂出版質量評比頒獎大會', '暨第二十次地州區縣年鑒研討會', '開 幕 辭', HP_NAME],
    outline: [],
  },
  '15-jianghua-jkfanghuo-senlin-xiaofang-seo-title-promo-disclaimer-shouxian-qici-disan': {
    source: 'http://jkfanghuo.com/post/1297.html',
    kind: 'speech: 讲话 (a forest-fire brigade leader\'s talk on 森林消防, printed as a sample on an SEO blog)',
    tests: 'the page title doubled with a keyword variant ("森林消防重要讲话,森林消防重要讲话内容"); a "火海弄潮儿 科技创新 10" author/category/views line; a machine-written lead that opens "大家好,今天我要聊聊…" (not the speaker\'s) and a "…以下仅供参考…" disclaimer; the salutation "尊敬的各位领导、各位来宾、各位朋友:" glued to "大家好!" and the speaker\'s self-introduction; one- or two-sentence paragraphs with blank lines between all lines; block "首先,…。", "其次,…。" and "第三,…。" point lines (a family switch at the third); cut without a stop ("实战能力")',
    isSpeech: true,
    title: JK_TITLE,
    noise: [JK_LINE, '森林消防重要讲话内容', JK_META, JK_LEAD, JK_NOTE],
    dropLines: [JK_LINE, JK_META, JK_LEAD, JK_NOTE],
    outline: [
      { level: 1, marker: '首先,', text: '我们要深刻认识森林消防工作的重要意义' },
      { level: 1, marker: '其次,', text: '我们要抓好森林消防宣传教育' },
      { level: 1, marker: '第三,', text: '我们要加强森林消防基础设施建设', optional: true },
    ],
  },
  '16-jianghua-cigem-dizhi-zaihai-record-meta-glued-byline-oneline-diyi-yi-yishi': {
    source: 'https://cigem.cn/auto/db/detail?db=800001&rid=160217B8D3BE50CEEADA86C414299082',
    kind: 'speech: 讲话 (the minister of land and resources at the 2009 汛期地质灾害防治工作会议, transcribed from a recording; a geological-environment database record)',
    tests: 'the title line; a "浏览次数:646  发布日期:2009-10-14  分类:专业领域/地质灾害/防灾减灾" meta line with double spaces; the whole speech on one line, parts separated by single spaces; the speaker\'s name glued to "(2009年7月11日,根据录音整理)" and to the first sentence; no salutation; "主要出于两点考虑:第一,…。第二,…。" after a colon; "下面我讲四点意见。 一、…抓得紧 一是…。二是…。三是…。" — an inline heading without a stop and 一是 right after it; a quoted "十有县"; cut mid-word ("精神状")',
    isSpeech: true,
    title: CG_TITLE,
    noise: [CG_META],
    dropLines: [CG_TITLE, CG_META],
    outline: [
      { level: 1, marker: '第一,', text: '今年的形势比较严峻,情况也比较特殊', optional: true },
      { level: 1, marker: '第二,', text: '想借这个机会来看看大家', optional: true },
      { level: 1, marker: '一、', text: '今年的地质灾害防治工作谋划部署起步早', optional: true },
      { level: 2, marker: '一是', text: '通过印发文件、召开会议、组织会商、开展研讨等方式,提前谋划,反复研判,持续推动工作部署', optional: true },
      { level: 2, marker: '二是', text: '通过应急排查、督导检查、群测群防和舆论宣传,摸清隐患底数,推动措施落实', optional: true },
      { level: 2, marker: '三是', text: '通过开展“十有县”建设', optional: true },
    ],
  },
  '17-news-latitude-big5-pinyin-fangzhen-jianzai-lianxi-huiyi-yiyao-block-not-speech': {
    source: 'http://latitude-buildinganddevelopment.com/news/2005/2005-01-20/26/531179.shtml',
    kind: 'non-speech: news report (中新社 on the State Council\'s 防震减灾 joint meeting; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (內(nèi), 強(qiáng), 調(diào), 結(jié), 災(zāi), 經(jīng), 驗(yàn), 項(xiàng), 長(zhǎng), 會(huì), 認(rèn), 訓(xùn), 預(yù), 測(cè), 應(yīng), 進(jìn), 業(yè), 設(shè), 農(nóng), 臺(tái), …; 務(wù) only in 任務, not in 國務院); "本頁位置:首頁新聞中心國內(nèi)新聞" and "【放大字體】  【縮小字體】" chrome; the headline naming a vice-premier who "強調"; a date line; a 中新社 dateline; "…指出,要…" and "…還強調,…:" then indented block "一要…"/"二要…"/"三要…" paragraphs summarising his requirements — a written report in the third person; cut inside an annotated word ("預(yù)")',
    isSpeech: false,
    title: '回良玉強調總結國內外防震減災經驗做好各項工作',
    noise: [],
    outline: [],
  },
  '18-novel-236318-qingyun-shitu-tudi-wenti-tongzhimen-page2-tilde-not-speech': {
    source: 'http://236318.com/chapter/144952/18141448_2.html',
    kind: 'non-speech: novel (page 2 of 4 of chapter 549 of a 官场 novel on a reading site)',
    tests: 'a reading site\'s "当前位置:笔书阁>都市言情>青云仕途> 第549章 土地问题(3)" breadcrumb, "阅读设置(…快捷键[F11]…)" and "设置X" lines, the chapter heading with a page counter "(2 / 4)"; the page opens inside a deputy mayor\'s speech at a government meeting (no opening quote), "同志们,…" paragraphs, the site\'s "啊!," and "骂~娘", "…我的发言完了”。", then narration and the mayor answering with quoted "同志们,…" paragraphs; cut mid-word ("土地使用问") — a novel, not a speech',
    isSpeech: false,
    title: '第549章 土地问题(3)',
    noise: [],
    outline: [],
  },
};
