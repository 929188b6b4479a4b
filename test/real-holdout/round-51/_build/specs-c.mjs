// Gold specs for holdout round 51, part C (cases 13–18): science, technology and the economy. Four spoken pieces (a
// 中关村管委会 deputy director's 致辞 launching a "中关村之歌" song contest, on a brand-news site's press page (brandcn):
// the page headline is only the speaker's post and name, a "日期:… 浏览:697 来源:品牌中国网" meta line, a leaked image
// file name "邵明远.jpg", the photo caption "…邵明远致辞", an indented 品牌中国网讯 lead naming six officials, then the label
// "以下为讲话实录:", the salutation and three paragraphs, cut at a comma; a provincial party secretary's speech at the
// province's 高质量发展大会, reposted on a traditional-script converter mirror (zkxxing) with tone-marked pinyin after a
// fixed set of characters (質 發 會 實 動 關 創 產 無 歷 農 個 場 級 區 進 來 號 業 經 濟 當 時 節 夢 強 國 現 設 復 標 續 過 機),
// the title "…講話實錄(2024)" printed twice around a "【ZiDongHua 之動感惠民生收錄關鍵詞:…】" tag line, a press lead ending
// "以下為省委書記…在大會上的講話實錄——", the salutation "同志們,朋友們:", two mis-encoded runs ("我們?cè)俣日匍_全省",
// "珠??诎"), the converter's simplified leftovers (后, 干, 制, 愿, 于, 斗) and the capture cut right after a bare "實"
// whose annotation fell past the cut; a 开工 发言稿 collection page on a 范文 site (fanwenku): page title with
// "(通用7篇)", a 小编 promo about 发言稿, the piece heading "…(通用7篇)1", a development zone's speech at the opening of
// 32 projects with a glued navigation keyword ("进一步导航地图优化产业布局") and an anti-copy backtick ("的`增长极"), cut
// mid-sentence; the 开幕辞 of the fourth 高交会 on an electronics news site (hqew): title, a "来源:高交会网站 作者: 时间:…"
// meta line, whitespace-only lines, the speaker's byline with his post, a date line, indented salutation and paragraphs,
// cut mid-sentence) and two written look-alikes (a company news post (spinstar) on its 科技创新启动大会 whose general
// manager's closing remarks are summarised as indented "1、"/"2、"/"3、" items after "具体要做好以下几点:" — a report, not a
// speech; a novel chapter on a reading site (wawtxt) in which a city's 招商引资大会 opens with the mayor's quoted words and
// an entrepreneur's quoted "尊敬的各位领导,上午好,…", ending in the site's upload disclaimer).
// Judgement calls:
// - 13: the page headline "中关村管委会副主任邵明远" names the speaker, not the speech: it is noise, and so are the meta
//   line, the image file name, the photo caption (a caption, though it ends in 致辞), the press lead and the label
//   "以下为讲话实录:". No line names the speech itself, so the title is "" (the README's "a title the page does not show
//   is ''"; the lead above "以下为…" is noise, as the round-51 notes say). "首先请允许我…" follows a comma: no point.
// - 14: the title is the page's "…在廣東省高質量發展大會上的講話實錄(2024)" with pinyin cut; "(2024)" is a word of the
//   title as printed, not a site tag or count, so it stays. The second title line is a repeat (dropped, not listed). The
//   tag line and the press lead are noise (listed in the page's form, with pinyin; dropped in their cut form). The
//   mis-encoded runs stay (unrepairable); the bare "實" at the cut stays. No numbered points in the capture.
// - 15: the title is the piece's name without "(通用7篇)" (round 13's wenshudu page); the page title line, the promo and
//   the piece heading are noise; "导航地图" glued inside "进一步…优化" is site noise cut by a replace (listed with its
//   neighbours), the backtick likewise. No numbered points.
// - 16: the speaker's byline "全国人大常委会副委员长 孙启明" carries a post and the date line "2002年10月12日" is the
//   speech's own: both stay as body lines (README); the meta line is noise; whitespace-only lines vanish on trimming.
// - 17: a news post in the company's voice, the manager's remarks told in the third person ("苏总表示", "具体要做好以下
//   几点:"): not a speech, though its 1、2、3、 items look like a speech's points. 18: a novel; the quoted opening of the
//   招商引资大会 and the entrepreneur's quoted greeting sit inside third-person narration: not a speech.
// Names of people and places were replaced by fictional ones (邵明远, 林永和, 高岚, 曹立新, 韦国庆, 顾晓峰; 龐振東; 孙启明;
// 韩立峰, 苏振邦; 宋立言, 罗晓岚, 顾婉清, 邱静宜, 郑书记, 周景和, 临川, 云栖峡, 白沙开发区, 恒通百货…), in the noise lines too,
// and all prose was rewritten in new words; every other noise string is the page's own text. 14 was drafted in simplified
// characters, converted with OpenCC (s2t), the mirror's simplified leftovers put back (后 干 制 愿 于 斗, 為, 著, 里) and
// the pinyin added after every occurrence of the characters the mirror annotates (not after the final "實").
// Looked for and not found on a new host: a 科技创新大会 / 经济工作会议 / 招商引资 / 金融工作会议 讲话 with 一、/(一) or
// 一是/二是 inside the captured text — every such page the corpus offers is on a used host (xuexila, laojin123, deichen,
// gwyoo, 7rdy, wm114, wmjy, gongwensou, dawenge, bimoxiezuo, xiaomilidoc, wenke99, 78911, 6dgww, oh100, ahsrst, cooco,
// ruiwen, fanwen120, alatiku, 07608, xiegongwen, qqjlz, laobiganzi, jinrimiaobi, laowenmi, tongfahg, huaboedu, sanweiyuan,
// taowenge, wtabcd, xjzclk, teniu, hanjia777, fanwenq, 3du.tw, mingyanjiaju, m.cqtzb.org.cn, xiexiebang, drpawanjain,
// dybbs8, xinwenku, jinchutou), so none of this part's four speeches carries a numbered point in its capture (the brief
// asked for three); a 签约仪式 致辞 with 第一/第二 (only novels and used hosts); a 银企对接会 讲话 (only news reports).
// Template twins set aside: wxfwb.com (文學範文吧: "網站首頁 … 範例" nav, "當前位置:… > …", "欄目: … / 發佈於: / 人氣:",
// "…(13篇)" and "篇1", the layout of round 26's syfww and round 4's wensiwu); 83352.cn (the "/article/yjzc/hyfy/<yyyymm>/"
// page of deichen/gwyoo, with a spam header and a "前言:本站為你精心整理了…" promo); m.nftape.cn (the "/ZhuChiCi/"
// CamelCase farm of rounds 34/35/37); sc.isd.gov.hk (round 40's twin of info.gov.hk); bbs.huanbaoxinwen.com (the
// "/jxfw/<yyyymm>/" farm). New hosts seen and left for later rounds: cqxianjiao.cn (tone-less pinyin after every
// character, doubled "(chan)(chan)"), xff888.com and people.com.cn ("以下为…讲话实录/全文内容" press pages),
// web.01caijing.com.cn (a one-line press page with "以下为文字实录: 卢…:尊敬的…"), bzqzf.gov.cn and chinazj.com.cn
// (government and news reports of 政银企/数字经济 meetings), mas360.cc (a forum copy of a 科技活动周 report), feishanzw.com
// and 4bai.com (novel chapters of 招商 meetings).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const BR_HEAD = '中关村管委会副主任邵明远';
const BR_META = '日期:2013-05-24 浏览:697 来源:品牌中国网';
const BR_JPG = '邵明远.jpg';
const BR_CAPTION = '中关村管委会副主任邵明远致辞';
const BR_LEAD = '品牌中国网讯 5月24日,“唱响中关村”中关村之歌征集活动正式开启。市委副秘书长林永和,市委宣传部副巡视员高岚,共青团北京市委副书记曹立新,首都精神文明办副主任韦国庆,中关村管委会副主任邵明远,中国音乐家协会副主席顾晓峰出席新闻发布会并共同启动了本次征集活动。图为:中关村管委会副主任邵明远代表主办单位致辞。';
const BR_LABEL = '以下为讲话实录:';

const ZK_TITLE = '龐振東同志在廣東省高質量發展大會上的講話實錄(2024)';
const ZK_TAG = '【ZiDongHua 之動(dòng)感惠民生收錄關(guān)鍵詞:高質(zhì)量發(fā)展 龐振東 廣東 科技創(chuàng)新 新質(zhì)生產(chǎn)力 人工智能 無(wú)人機(jī) 】';
const ZK_TAG_CUT = '【ZiDongHua 之動感惠民生收錄關鍵詞:高質量發展 龐振東 廣東 科技創新 新質生產力 人工智能 無人機 】';
const ZK_LEAD = '2月18日是農(nóng)歷新春第一個(gè)工作日,省委、省政府召開全省高質(zhì)量發(fā)展大會(huì),會(huì)議在深圳設(shè)置主會(huì)場(chǎng),在各地級(jí)以上市、各縣(市、區(qū))設(shè)分會(huì)場(chǎng),并面向全省進(jìn)行實(shí)況直播。以下為省委書記龐振東在大會(huì)上的講話實(shí)錄——';
const ZK_LEAD_CUT = '2月18日是農歷新春第一個工作日,省委、省政府召開全省高質量發展大會,會議在深圳設置主會場,在各地級以上市、各縣(市、區)設分會場,并面向全省進行實況直播。以下為省委書記龐振東在大會上的講話實錄——';

const FW_PAGE = '项目负责人开工发言稿范文(通用7篇)';
const FW_PROMO = '在不断进步的社会中,用到发言稿的地方越来越多,发言稿是参加会议者为了在会议或重要活动上表达自己意见、看法或汇报思想工作情况而事先准备好的文稿。写起发言稿来就毫无头绪?下面是小编整理的项目负责人开工发言稿范文(通用7篇),欢迎大家分享。';
const FW_PIECE = '项目负责人开工发言稿范文(通用7篇)1';
const FW_TITLE = '项目负责人开工发言稿范文';

const HQ_TITLE = '第四届“中国国际高新技术成果交易会”开幕辞';
const HQ_META = '来源:高交会网站 作者: 时间:2002-10-12 22:24';

export const specs = {
  '13-zhici-brandcn-press-name-headline-meta-jpg-caption-lead': {
    source: 'http://zt.brandcn.com/cxzgc/130524_348660.html',
    kind: 'speech: 致辞 (a 中关村管委会 deputy director launching a song-writing contest for 中关村; brand-news press page)',
    tests: 'a press page whose headline is only the speaker\'s post and name ("中关村管委会副主任邵明远"), a "日期:2013-05-24 浏览:697 来源:品牌中国网" meta line, a leaked image file name "邵明远.jpg", a photo caption ending in 致辞, an indented "品牌中国网讯 …" lead naming six officials and "图为:…致辞", the label "以下为讲话实录:", then the salutation "各位领导,各位来宾,各位新闻界的朋友:" and three indented paragraphs; blank lines between all lines; no title of the speech anywhere; "首先请允许我…" after a comma (no point); quoted campaign names ("唱响中关村", "中国梦·中关村", "北京精神"); cut at a comma ("高新技术企业,")',
    isSpeech: true,
    title: '',
    noise: [BR_HEAD, BR_META, BR_JPG, BR_CAPTION, BR_LEAD, BR_LABEL],
    dropLines: [BR_HEAD, BR_META, BR_JPG, BR_CAPTION, BR_LEAD, BR_LABEL],
    outline: [],
  },
  '14-jianghua-zkxxing-big5-pinyin-tag-title-twice-press-lead-mojibake': {
    source: 'http://zkxxing.cn/news/live/53978.html',
    kind: 'speech: 讲话 (a provincial party secretary at the province\'s 高质量发展大会 on the first working day after the Spring Festival; traditional-script converter mirror)',
    tests: 'a traditional-script mirror with tone-marked pinyin after a fixed set of characters (質(zhì), 發(fā), 會(huì), 實(shí), 動(dòng), 關(guān), 創(chuàng), 產(chǎn), 無(wú), 歷(lì), 農(nóng), 個(gè), 場(chǎng), 級(jí), 區(qū), 進(jìn), 來(lái), 號(hào), 業(yè), 經(jīng), 濟(jì), 當(dāng), 時(shí), 節(jié), 夢(mèng), 強(qiáng), 國(guó), 現(xiàn), 設(shè), 復(fù), 標(biāo), 續(xù), 過(guò), 機(jī)); the title "…講話實錄(2024)" on the first and third lines around a "【ZiDongHua 之動感惠民生收錄關鍵詞:…】" keyword tag line; a press lead ending "以下為省委書記龐振東在大會上的講話實錄——"; the salutation "同志們,朋友們:"; two mis-encoded runs kept ("我們?cè)俣日匍_全省", "珠??诎"); simplified leftovers of the converter (后, 干, 制, 愿, 于, 斗); no numbered points; cut mid-word right after a bare "實" whose pinyin fell past the cut',
    isSpeech: true,
    title: ZK_TITLE,
    noise: [ZK_TAG, ZK_LEAD],
    regexCut: [PINYIN],
    dropLines: [ZK_TITLE, ZK_TAG_CUT, ZK_LEAD_CUT],
    outline: [],
  },
  '15-fayan-fanwenku-kaigong-tongyong-collection-glued-keyword-backtick': {
    source: 'https://m.fanwenku.com/fayangao/531496.html',
    kind: 'speech: 发言稿 (a development zone\'s party working committee at the joint start of 32 industrial projects; 范文 collection page)',
    tests: 'a collection page: the page title "项目负责人开工发言稿范文(通用7篇)", a 小编 promo defining 发言稿 and repeating the title with its count, the piece heading "项目负责人开工发言稿范文(通用7篇)1" (title + count + piece number glued); salutation "尊敬的各位领导、各位来宾,同志们、朋友们:" and "大家上午好!"; a navigation keyword glued mid-phrase ("进一步导航地图优化产业布局") and an anti-copy backtick ("的`增长极"); quoted slogans ("项目攻坚年", "双30", "企业至上,服务为先"); figures; no numbered points; cut mid-phrase ("为项目建设和")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_PAGE, '(通用7篇)', FW_PROMO, '下面是小编整理的', FW_PIECE, '进一步导航地图优化', '的`增长极'],
    replace: [['进一步导航地图优化', '进一步优化'], ['的`增长极', '的增长极']],
    dropLines: [FW_PAGE, FW_PROMO, FW_PIECE],
    outline: [],
  },
  '16-kaimuci-hqew-gaojiaohui-meta-byline-date-blank-indents': {
    source: 'https://news.hqew.com/info-126012',
    kind: 'speech: 开幕辞 (the opening address of the fourth China Hi-Tech Fair; electronics trade news site)',
    tests: 'the title with quoted fair name "第四届“中国国际高新技术成果交易会”开幕辞", a "来源:高交会网站 作者: 时间:2002-10-12 22:24" meta line with an empty 作者, whitespace-only lines, the speaker\'s byline with his post ("全国人大常委会副委员长 孙启明") and the speech\'s date line ("2002年10月12日") kept as body lines, an indented salutation "尊敬的各位来宾、各位朋友,女士们、先生们:" and indented paragraphs; no numbered points; cut mid-sentence ("领域的合作")',
    isSpeech: true,
    title: HQ_TITLE,
    noise: [HQ_META],
    dropLines: [HQ_TITLE, HQ_META],
    outline: [],
  },
  '17-news-spinstar-keji-chuangxin-dahui-1-2-3-not-speech': {
    source: 'http://spinstar.com.cn/New.aspx?id=250&categoryid=38',
    kind: 'non-speech: news report (a company\'s post on its 科技创新启动大会)',
    tests: 'a company news post with its headline, indented paragraphs reporting the meeting (opened with the anthem, a chief engineer\'s report on national leaders\' speeches, the general manager\'s closing remarks told in the third person: "苏总表示", "具体要做好以下几点:"), then indented "1、"/"2、"/"3、" items that read like a speech\'s points — a written report, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '公司召开科技创新启动大会',
  },
  '18-novel-wawtxt-zhaoshang-dahui-quoted-opening-footer-not-speech': {
    source: 'http://wawtxt.com/255_255451/18333113.html',
    kind: 'non-speech: novel (a chapter in which a city holds its 招商引资大会)',
    tests: 'a novel chapter: the visitors\' outing, officials puzzled that only the mayor sits on the rostrum, the mayor\'s quoted opening of the 招商引资大会 running over several lines ("…今天的会只有一个目的:", "对临川来说,…", "下面有请第一位发言人,…。”") and an entrepreneur\'s quoted "尊敬的各位领导,上午好,…" cut off, followed by the site\'s upload disclaimer ("本网站为网友提供小说上传储存空间平台,…") cut mid-word — narration with quoted speech, not a speech; no title in the capture',
    isSpeech: false,
    title: '',
  },
};
