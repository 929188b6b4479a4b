// Gold specs for holdout round 53, part b (cases 07–12): tourism, commerce, investment promotion and trade fairs.
// Four spoken pieces (the 开幕词 of a provincial tea-house association's head at a 茶艺表演大赛暨名茶推介会, on a tea
// association's site (zgmcw) under its bare nav bar "首页 岳阳市茶叶协会 … 联系我们", the site's headline "<name>:<title>",
// a "发布者:名茶网          发布时间:2008/5/28" meta line, the text of a photo banner "热烈祝贺…召开!" broken over three
// lines with " " lines between them, a photo caption "上图:开幕式图片之一", the document's own title broken over two lines
// with blank lines between them, a byline with the speaker's post, a date line, a two-line salutation and a "上午好!"
// line, cut mid-word ("科"); a state-office official's 发言 at an internet conference on a portal's finance channel
// (finance.ifeng) under a news headline "<name>:08年电子商务交易突破3万亿 同比增长超40%" and a "…讯 …以下为…发言实录:"
// lead, whose transcript lost the speaker's "一是" (the first point hides in a prose paragraph) and then opens two
// paragraphs with "二是…。" and "三是…。", cut mid-word ("竞争"); a ministry official's 致辞 at a 乡村旅游创新发展大会 on a
// trade-association site (bescn) whose headline is only the speaker's post and name, over three "  • 来源: / • 发布时间: /
// • 点击次数:" bullet lines, with a village's name annotated in square brackets "青竹村 [qīng zhú ]", no outline; a
// trade negotiator's 演讲 transcript on a traditional-script converter mirror of a radio site (tuburidinbeton) with
// pinyin after a fixed set of characters (報(bào) 國(guó) 實(shí) 來(lái) 網(wǎng) 長(zhǎng) 財(cái) 經(jīng) 濟(jì) 會(huì) 時(shí) 間(jiān) 對(duì) 現(xiàn) 爭(zhēng) 環(huán) 貿(mào) 質(zhì) 認(rèn)
// 識(shí) 區(qū) 過(guò) 場(chǎng) 機(jī) 節(jié) 臺(tái) 評(píng) 競(jìng) 續(xù)), the converter's simplified 么 left in 怎么樣/那么, a "最新報(bào)道 > 正文" crumb, the
// headline "“<talk's name>”<name>演講實(shí)錄", a date/source line with "我要評(píng)論" and a photo caption glued on, a 央廣網 lead,
// a "文字實(shí)錄:" label, a salutation glued to the first sentence, cut mid-word ("反傾")) and two written look-alikes (a city
// paper's report of a 文化旅游产业发展大会 with the secretary's "六点意见:一是…。…二是…。…五是…" — the run opens after a
// colon and goes on after full stops, third person throughout; a novel chapter (xvipxs) in which a mayor addresses his
// county heads about a Hong Kong investment fair: chapter heading with "(第2/3页)", a quoted speech "……同志们,…" with a
// "首先," and, after narration, a "“第二,…" paragraph, the site's anti-filter "政fǔ" and ‘交’ quotes).
// Judgement calls: 07's title is the document's own two-line title joined ("首届…大赛" + "暨…开幕词"), both lines dropped;
// the headline (the title with the speaker's name and a colon in front) is noise, as round 34's 10; the banner is one
// noise string over its three lines (its middle line alone is a piece of the title, so it cannot be listed alone); the
// byline "湖南省茶业协会茶馆分会会长 柏晓春" (a post) and the date stay; no outline. 08's headline is a news headline quoting a
// figure, not a name of the speech, so the title is "" and the headline and the lead are noise (round convention: a
// press page's lead above "以下为…" is noise); "二是"/"三是" open their paragraphs but no run starts at 一, so by
// outline-rules.md they are no markers, while a reader sees the speaker's second and third points: both are optional
// level-1 items, text cut at the first sentence end. 09's headline is a byline (the speaker's post and name), not a name
// of the speech: the title is "" and the byline stays as the first body line (README: a speaker byline carrying a post
// is kept); the bullets are noise; " [qīng zhú ]" is a pinyin annotation (cut by one regular expression, listed). 10's
// title is the headline without its pinyin (the talk's quoted name plus "<name>演講實錄"); the crumb, the date/source line,
// the lead and the "文字實錄:" label are noise; "第一是美國人提出來的" follows a comma and "首先得有…" too: prose, no outline.
// 11 reports the meeting in the third person ("邓启航在会上说", "提出六点意见"): not a speech. 12 is a novel chapter: not a
// speech. Names of people, hotels, the tea cup, villages and counties were replaced by fictional ones (柏晓春, 罗正元, 湘韵杯,
// 骆振峰, 石卫东, 江岭, 青竹村, 龐志遠, 何靜, 青溪/柳岸, 邓启航, 叶清远, 沈毅, 云峰市).
// Looked for and not found on a new host: a 招商引资/商务/旅游 工作会议 讲话 with 一、/(一) or 一是/二是 headings inside
// the capture (the corpus answers with used hosts: gaozihui, wm114, 6dgww, dawenge, 7rdy, gwyoo, laojin123, shy188,
// p719, bsmz, eimio, allw, xiaomilidoc, jinchutou, fanwenhai, 365docx, 001doc, xiezuofangchengshi, nsfzsr, ukktv,
// seogis, hebfb.hebei (a 文旅大会 press-conference transcript with 一、), or with news reports and novel chapters), so only
// one of the four speeches carries numbered points, and those are optional; a 文库/document viewer of a 旅游 or 招商
// speech on a new host; a 主持词 for a trade-fair opening (nftape, qiantimeigw are used).
// Template twins and same-site pages set aside: tjmaoyuan.com (a 文旅融合发展大会 讲话 with 第一, points, on a company site's
// "/cjwt/<id>.html" 常见问题 column with a "来源:常见问题 发布时间:" line — the column and URL shape of round 49's minyu88);
// www1.fmprc.gov.cn (a 世博会 祝酒辞 with a breadcrumb: the Foreign Ministry's old domain, the same site as round 12's
// mfa.gov.cn); m.xieliaobaba.com (a traditional 中新网 mirror with the "/cj/hgjj/news/<yyyy>/<mm-dd>/<id>.shtml" shape
// of round 34's nbnewpower); jdll.cn (named by round 32 as a gongwenbang twin); aiweibaby.com (the "格式:DOC 上傳日期:"
// meta line); for68.com (a bilingual 会展 speech, left aside as round 30 left wap.boc.cn: whether the English lines are
// the document's is not settled).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const noPinyin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const MC_NAV = '首页 岳阳市茶叶协会 岳阳黄茶 茶产业 茶科技 茶文化 读者留言 联系我们';
const MC_HEADLINE = '柏晓春:首届“湘韵杯”湖南省茶艺表演大赛暨湖南名茶进茶馆(宾馆)推介会开幕词';
const MC_META = '发布者:名茶网          发布时间:2008/5/28';
const MC_BANNER_LINES = ['热烈祝贺首届“湘韵杯”湖南省茶艺', '表演大赛暨湖南名茶进茶馆(宾馆)', '推介会在长沙湘运国际大酒店召开!'];
const MC_BANNER = MC_BANNER_LINES.join('\n \n');
const MC_CAPTION = '上图:开幕式图片之一';
const MC_TITLE_1 = '首届“湘韵杯”湖南省茶艺表演大赛';
const MC_TITLE_2 = '暨湖南名茶进茶馆(宾馆)推介会开幕词';

const IF_HEADLINE = '骆振峰:08年电子商务交易突破3万亿 同比增长超40%';
const IF_LEAD = '凤凰网财经讯 2009中国互联网大会11月2日至3日在北京国际会议中心举行,凤凰网财经全程进行视频图文报道,以下为国务院新闻办公室网络局局长骆振峰发言实录:';

const BS_BULLETS = ['• 来源:', '• 发布时间:2023-04-11', '• 点击次数:493'];
const BS_PINYIN = '\\s?\\[[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\\]';

const TB_CRUMB = '最新報(bào)道 > 正文';
const TB_HEADLINE = '“生意談:中國(guó)如何和世界談生意?”龐志遠演講實(shí)錄';
const TB_META = '2013-10-21 12:52 來(lái)源:中國(guó)廣播網(wǎng)我要評(píng)論中國(guó)入世談判首席談判代表、原博鰲亞洲論壇秘書長(zhǎng) 龐志遠(央廣網(wǎng) 何靜/攝)';
const TB_LEAD = '央廣網(wǎng)財(cái)經(jīng)北京10月21日消息,中國(guó)入世談判首席談判代表龐志遠今天在經(jīng)濟(jì)之聲主辦的《大國(guó)大時(shí)代——中國(guó)經(jīng)濟(jì)十月談》系列時(shí)事報(bào)告會(huì)上做出精彩演講。';
const TB_LABEL = '文字實(shí)錄:';

export const specs = {
  '07-kaimuci-zgmcw-mingcha-tuijiehui-nav-banner-split-title-byline': {
    source: 'http://www.zgmcw.cn/onews.asp?id=1476',
    kind: 'speech: 开幕词 (the head of a provincial tea-house association opening a tea-art contest and famous-tea promotion fair; tea association site)',
    tests: 'a bare nav bar "首页 岳阳市茶叶协会 … 联系我们"; a " " line; the site\'s headline "柏晓春:<title>" (name, colon, title); a "发布者:名茶网          发布时间:2008/5/28" meta line with a run of spaces; a photo banner "热烈祝贺…茶艺 / 表演大赛暨…(宾馆) / 推介会在…召开!" broken over three lines with " " lines between (its middle line is a piece of the title); a caption "上图:开幕式图片之一"; the document\'s own title broken over two lines ("首届…表演大赛" / "暨…推介会开幕词") with blank lines between; a byline with the speaker\'s post and name; a date line "(2008年5月28日)"; a salutation over two lines ("尊敬的罗正元主任:" / "女士们,先生们,朋友们:"); "上午好!" on its own indented line; indented paragraphs; the banner\'s "湘运" where the body has "湘韵" (the site\'s slip); no numbered points; cut mid-word ("科")',
    isSpeech: true,
    title: MC_TITLE_1 + MC_TITLE_2,
    noise: [MC_NAV, MC_HEADLINE, MC_META, '发布者:名茶网', MC_BANNER, MC_CAPTION],
    dropLines: [MC_NAV, MC_HEADLINE, MC_META, ...MC_BANNER_LINES, MC_CAPTION, MC_TITLE_1, MC_TITLE_2],
    outline: [],
  },
  '08-fayan-ifeng-hulianwang-dahui-shilu-lead-orphan-ershi-sanshi': {
    source: 'http://finance.ifeng.com/a/20091102/1416758_0.shtml',
    kind: 'speech: 发言 (a state-office official at the 2009 China Internet Conference; transcript on a portal\'s finance channel)',
    tests: 'a news headline "骆振峰:08年电子商务交易突破3万亿 同比增长超40%" (a quoted figure, not the speech\'s name) and a "凤凰网财经讯 …以下为…发言实录:" lead, both noise; no salutation (the transcript starts in mid-speech); the speaker\'s first point hides in a prose paragraph (its "一是" was lost), then two paragraphs open "二是互联网技术创新正迎来新的跨越。" and "三是互联网商务应用增长迅猛。" — no run starting at 一, so no markers by the rules, optional points for a reader; figures (3.38亿, 3万亿元, 40%) and "“危机·契机·转机”"; cut mid-word ("竞争")',
    isSpeech: true,
    title: '',
    noise: [IF_HEADLINE, IF_LEAD],
    dropLines: [IF_HEADLINE, IF_LEAD],
    outline: [
      { level: 1, marker: '二是', text: '互联网技术创新正迎来新的跨越', optional: true },
      { level: 1, marker: '三是', text: '互联网商务应用增长迅猛', optional: true },
    ],
  },
  '09-zhici-bescn-xiangcun-lvyou-byline-headline-bullets-pinyin-bracket': {
    source: 'http://www.bescn.com/article/8923/11665/',
    kind: 'speech: 致辞 (a ministry department official at a rural-tourism innovation conference; trade-association site)',
    tests: 'the page\'s headline is only the speaker\'s post and name "文化和旅游部资源开发司二级巡视员石卫东" (a byline, not a name of the speech: title "", the line kept); three indented bullet meta lines "• 来源:" (empty), "• 发布时间:2023-04-11", "• 点击次数:493"; blank lines between all lines; salutation "尊敬的各位领导,各位嘉宾,各位媒体朋友:"; a village name annotated with bracketed pinyin and a space before the bracket ("青竹村 [qīng zhú ]"); a quoted award name; no numbered points; cut mid-sentence ("推出")',
    isSpeech: true,
    title: '',
    noise: [...BS_BULLETS],
    regexCut: [BS_PINYIN],
    dropLines: [...BS_BULLETS],
    outline: [],
  },
  '10-yanjiang-tuburidinbeton-big5-pinyin-shilu-lead-diyi-after-comma': {
    source: 'http://tuburidinbeton.com/cj/2013zhuantiku/daguodashidai/zuixinbaodao/201310/t20131021_513887584.shtml',
    kind: 'speech: 演讲 (a former trade negotiator\'s talk on doing business with the world; transcript on a traditional-script converter mirror of a radio site)',
    tests: 'converter pinyin after a fixed set of characters in every line (報(bào), 國(guó), 實(shí), 來(lái), 網(wǎng), 會(huì), 時(shí), 間(jiān), 過(guò), 現(xiàn), 競(jìng)爭(zhēng), 環(huán), 貿(mào), 質(zhì), 認(rèn)識(shí), 區(qū), 場(chǎng), 機(jī), 節(jié), 臺(tái), 續(xù)…) and the converter\'s simplified 么 in "怎么樣"/"那么"; a "最新報(bào)道 > 正文" crumb; the headline "“生意談:中國(guó)如何和世界談生意?”龐志遠演講實(shí)錄" (the title, without its pinyin); a date/source line with "我要評(píng)論", the speaker\'s posts and a photo credit glued on; a 央廣網 lead and a "文字實(shí)錄:" label; the salutation "各位來(lái)賓、各位朋友,…,大家好," glued to the first sentence; "第一是美國(guó)人提出來(lái)的" and "首先得有自己的底氣" after commas (prose, no outline); cut mid-word ("反傾")',
    isSpeech: true,
    title: noPinyin(TB_HEADLINE),
    noise: [TB_CRUMB, TB_META, '我要評(píng)論', TB_LEAD, TB_LABEL],
    regexCut: [PINYIN],
    dropLines: [noPinyin(TB_CRUMB), noPinyin(TB_HEADLINE), noPinyin(TB_META), noPinyin(TB_LEAD), noPinyin(TB_LABEL)],
    outline: [],
  },
  '11-news-smelz-wenlv-dahui-liudian-yijian-yishi-not-speech': {
    source: 'https://smelz.cn/article/zixun/detail-10377.html',
    kind: 'non-speech: news report (a city paper on its second 文化旅游产业发展大会)',
    tests: 'a "日报消息(记者…)" dateline opening a report of a tourism-industry conference (签约仪式, 会旗交接, 13 projects, 45亿元); the secretary quoted in one paragraph ("…”市委书记邓启航在会上说,…") and his "六点意见:一是…。要…。二是…。要…。三是…。四是…。五是…" summarised in one paragraph — the run opens after a colon and goes on after full stops, as a speech\'s points would — but told in the third person: a news report, not a speech; cut mid-word ("产")',
    isSpeech: false,
    title: '',
  },
  '12-novel-xvipxs-zhaoshang-cujinhui-shouxian-dier-not-speech': {
    source: 'http://m.xvipxs.net/wapbook-29666-22453640-2',
    kind: 'non-speech: novel (officialdom novel chapter: a mayor briefs his county heads on an investment-promotion fair in Hong Kong)',
    tests: 'a chapter heading "第858节 县长们群情激奋 (第2/3页)" and a first line continuing the previous page; narration around a quoted speech that opens "“……同志们,…", with a "首先,…" paragraph inside the quotation and, after narration, a "“第二,…" paragraph (an ordinal run split by story text); the site\'s anti-filter spelling "政fǔ" and ‘交’ quotes around single characters; "HK" for Hong Kong; cut mid-sentence ("招商引资")',
    isSpeech: false,
    title: '县长们群情激奋',
  },
};
