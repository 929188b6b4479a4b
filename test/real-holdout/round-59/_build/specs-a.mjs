// Gold specs for holdout round 59, part a (cases 01–06): market regulation, food and drug safety, quality and standards.
// Four spoken pieces (a county leader's 讲话 at a 食品药品安全工作会议 on a 励志大学 范文 site (lzdaxue): two "…点击关闭"
// pop-up lines, a "最新活动" label, a "您当前的位置:…" breadcrumb ending in the title, the post date printed as two bare
// lines "02" / "12", the title "在食品药品安全工作会议上的讲话公众演讲" with the site's genre words glued on, the salutation,
// full-width indents, a block "一、" heading line, and the site's dropped numbers kept ("占件", "就次召开", "去年月份",
// "3到今年3"), cut mid-sentence; a drug-administration head's 讲话 at the founding meeting of the 药典委员会 on a traditional
// pinyin mirror of a medical news site (yjiedaojia): a press lead of two paragraphs ("千虹醫(yī)藥網(wǎng)9月7日訊 …") and an editor's
// label "以下為…局長(zhǎng)在…成立大會(huì)上的講話全文(中英文)" above the speech, converter pinyin after a fixed set of characters, the
// mis-encoded run "我們?cè)谶@里", a block "一、" heading line, cut mid-word; a pupil's 国旗下讲话 on food safety printed inside a
// school's 升旗仪式 news post (ahmasez): "校园新闻", a breadcrumb ending in the post's headline "2021.11.22 升旗仪式", that
// headline again, "发布时间:…阅读次数:" with the count missing, the programme's "领唱班级  …" label and its paragraph about the
// singing class, "国旗下讲话人  高一(5)班  <name>同学", then the speech's own title "食品安全国旗下讲话", the salutation, and
// "在此,我建议同学们:" followed by a block "1." item, cut mid-word; a 演讲稿 collection on a 检讨书大全 site (jt56w): the site
// name, "导航栏", a lone "×", "你的位置: 检讨书大全 > 检讨书范文 > 导航", the collection title "食品安全演讲稿集锦9篇",
// "发表时间:…", the site's promo about the wrong genre (how to write a 检讨书, "请您阅读小编辑为您编辑整理的《…》"), the piece
// heading "食品安全演讲稿 篇1", blank lines between all lines, "我建议学生们:" glued to the end of a paragraph and a block "1、"
// item after it, cut mid-word) and two written look-alikes (a chapter of a web novel (92yanqing) in which a ministry official
// opens a 標准化研討会: the chapter line with the book's name, the site's character swaps (標准, 关註, 想像, 接著, 『』),
// "同志们," and "首先请…讲话" in the chair's quoted words, a quoted speech without notes — narration, not a speech; a
// traditional pinyin mirror of a food-safety news site (ydbgyp) reporting a 农贸市场整治 mobilisation meeting: the agency
// dateline with lost spaces shown as "?", photo captions "會(huì)議現(xiàn)場(chǎng)" and "<name>在會上講話" on their own lines (the captions
// without pinyin), the vice-mayor's words reported after "他強(qiáng)調(diào):" as three "打贏這場(chǎng)攻堅(jiān)戰,…" clauses, mis-encoded runs
// "當?shù)木唧w", "作風(fēng)??旄傻淖黠L(fēng)", "必勝?zèng)Q心" — a report, not a speech).
// Judgement calls:
// - 01: the title is printed as the site prints it, "…的讲话公众演讲": the glued "公众演讲" is a site-flavoured word of the
//   printed title (no brackets, no count), kept as the shared README keeps "范文"/"最新"; its own line is dropped, not listed. The two
//   date lines "02" and "12" are listed as one string "02\n12" so that the noise stays specific. The dropped numbers are the
//   site's and stay. "一、看清形势,…使命感" is a standalone heading line: required, level 1, the whole line.
// - 02: the two lead paragraphs and the "以下為…講話全文(中英文)" label are the page's (round 34's convention: a press
//   page's lead above "以下为…的致辞" is noise), each listed whole with its pinyin and dropped in its pinyin-free form. No
//   line under the label names the speech, so the title is "" (as round 39's 02 and round 51's "以下为讲话实录:" pages):
//   the label is the editor's sentence, not the speech's title. The pinyin is cut by regexCut; the mis-encoded "?cè)谶@"
//   stays. "一、深刻認識藥品標準的極端重要性" is a required level-1 heading; "這次會議的主要任務是:…" holds no markers.
// - 03: the news post is a programme with the speech printed whole; the post's headline, breadcrumb, meta line and the two
//   programme items above the speech (the singing class with its paragraph, and the speaker label) are the page's, noise
//   line by line; the speaker label carries a class, not an office, and sits above the title, so it is not a byline kept as
//   the speech's header. The speech's own title "食品安全国旗下讲话" is the title. The block "1." after
//   "在此,我建议同学们:" is a point after a colon whose "2." lies past the cut: optional, level 1, its first sentence.
// - 04: a collection page: the title is the first piece's own title "食品安全演讲稿" (the heading "…篇1" without its
//   numbering, noise as a whole); the collection title, "×", the breadcrumb, the meta line and the wrong-genre promo are
//   noise. The block "1、" after "我建议学生们:" (glued to the end of the paragraph above) is optional, level 1, its first
//   sentence; the cut falls before any "2、".
// - 05 and 06 are not speeches: 05 is narration with a quoted speech, 06 a third-person report with captions naming speakers.
// Names of people, the reporter, the city in 06 and the school's class details in 03 are fictional.
// Looked for and not found on a new host: a 市场监管/质量 meeting speech with 一是/二是 or (一) inside the capture on an
// unused 范文 site (the corpus answers with sanweiyuan, laobiganzi, gongwen.com.cn, m.7rdy.cn, xiezuofangchengshi, daodoc,
// bimoxiezuo, 1mishu, huangminedu, p719, fanwenq, zh056, mingyanjiaju, alizhichou3, wugjj-style "导语:…一文来源于网友上传"
// mirrors, all used); a 食品安全 主持词 (365docx is used); a 计量/标准化 致辞 with numbered points (only news and journal
// pages); a 心得体会 or 通知 on food safety on a new host (gwyoo and xuncaibao answer).
// Template twins set aside: m.cdxkw.cn (a traditional "/zuowen/<id>.html" collection with the cooco/xuefen promo "下面是小编帮
// 大家整理的…供大家参考借鉴,希望可以帮助到有需要的朋友"); m.laoduzhe.com (the same 食品安全演讲稿 collection text under a
// "/zuowen/…(通用32篇)" title of the same family); fanwenfan.com ("来源:范文范 2.65W", the fhfwb/qqjlz "来源:<site> <n>W"
// meta line); appdesigncorp.com (a 装配图网 viewer printing "由會員分享,可在線閱讀,更多相關《…(3頁珍藏版)》請在…上搜索", the
// bdocx/001doc/taowenge viewer furniture); xuncaibao.com (the "/zhuantifanwen/gongwenfanwen/<id>.html" farm with
// "下面是小编为大家整理的…"); www.ywnyjx.com (a Discuz "printable" view, "標題: … [打印本頁]" / "Powered by Discuz!", the
// furniture of rounds 38 and 39's lspjy and jszywz pages); nmwxb.com (named as a twin by round 40).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const noPinyin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const LZ_POP = '励志大学诚邀您的加盟';
const LZ_CLOSE = '点击关闭';
const LZ_WX = '励志大学官方微信';
const LZ_NEW = '最新活动';
const LZ_CRUMB = '您当前的位置:励志大学 > 范文大全 > 即兴演讲 > 在食品药品安全工作会议上的讲话公众演讲';
const LZ_DATE = '02\n12';
const LZ_TITLE = '在食品药品安全工作会议上的讲话公众演讲';

const YJ_LEAD1 = '千虹醫(yī)藥網(wǎng)9月7日訊 近日,第十一屆藥典委員會(huì)成立大會(huì)暨第一次全體會(huì)議在北京舉行,國(guó)家食品藥品監(jiān)督管理總局局長(zhǎng)、第十一屆藥典委員會(huì)主任委員蔣立恆向新一屆藥典委員會(huì)委員代表頒發(fā)聘書,并發(fā)表講話,提出建立中國(guó)藥品橙皮書制度、將按現(xiàn)代醫(yī)學(xué)理論方法研究的傳統(tǒng)藥納入現(xiàn)代藥申報(bào)管理、破除藥品造假“潛規(guī)則”、研究制定藥品退市的標(biāo)準(zhǔn)、條件與程序等一批重大改革舉措。';
const YJ_LEAD2 = '第十一屆藥典委員會(huì)由405名委員組成,設(shè)執(zhí)行委員會(huì)和26個(gè)專(zhuān)業(yè)委員會(huì)。蔣立恆任第十一屆藥典委員會(huì)主任委員,國(guó)家食品藥品監(jiān)管總局副局長(zhǎng)韓嵩任常務(wù)副主任委員,中國(guó)工程院院士、中國(guó)中醫(yī)科學(xué)院院長(zhǎng)邵伯寧,中國(guó)工程院院士、中國(guó)醫(yī)學(xué)科學(xué)院院長(zhǎng)方曉川任副主任委員。';
const YJ_LABEL = '以下為蔣立恆局長(zhǎng)在第十一屆藥典委員會(huì)成立大會(huì)上的講話全文(中英文)';

const AH_COLUMN = '校园新闻';
const AH_CRUMB = '首页 > 校园资讯 > 校园新闻 > 2021.11.22 升旗仪式';
const AH_HEADLINE = '2021.11.22 升旗仪式';
const AH_META = '发布时间:2021-11-22阅读次数:';
const AH_CHOIR = '领唱班级  高一(5)班的同学们';
const AH_CHOIR_TEXT = '高一(5)班是一个向着阳光生长的班级,四十一位同学像一束束迎风的麦穗,把各自微小的力量拧成一股绳,在晨读的书声里、在球场的呐喊里写下属于他们的青春注脚。他们相信——每一段爬坡的路走到尽头,都会迎来开阔的风景,而好运总在下一个路口等候。';
const AH_SPEAKER = '国旗下讲话人  高一(5)班  林语桐同学';
const AH_TITLE = '食品安全国旗下讲话';

const JT_SITE = '检讨书大全';
const JT_NAV = '导航栏';
const JT_CLOSE = '×';
const JT_CRUMB = '你的位置: 检讨书大全 > 检讨书范文 > 导航';
const JT_COLLECTION = '食品安全演讲稿集锦9篇';
const JT_META = '发表时间:2022-12-01';
const JT_PROMO = '老话说得好,人不犯错误,啥也不会做。我们要学会在犯错后认清错误并且不再犯错,一旦犯错我们极有可能会涉及到检讨书的撰写,检讨书的内容包括出错问题、产生原因、改正措施或今后的打算。有哪些可以借鉴的检讨书范文呢?请您阅读小编辑为您编辑整理的《食品安全演讲稿集锦9篇》,欢迎阅读,希望您能够喜欢并分享!';
const JT_HEADING = '食品安全演讲稿 篇1';
const JT_TITLE = '食品安全演讲稿';

export const specs = {
  '01-jianghua-lzdaxue-shipin-yaopin-anquan-chrome-crumb-date-yi': {
    source: 'http://lzdaxue.com/jixingyanjiang/548234.html',
    kind: 'speech: 讲话 (a county leader at the county\'s 食品药品安全工作会议; 范文 site filed under 即兴演讲)',
    tests: 'pop-up chrome "励志大学诚邀您的加盟" / "点击关闭" / "励志大学官方微信" / "点击关闭", a "最新活动" label, the breadcrumb "您当前的位置:励志大学 > 范文大全 > 即兴演讲 > <title>", the date as two bare lines "02" / "12", the title with the site\'s genre words glued on ("…的讲话公众演讲"); "同志们:" and full-width indents; "下面,…讲三点意见。" then a standalone block heading "一、看清形势,凝聚共识,…使命感"; the site\'s dropped figures kept ("占件", "就次召开", "去年月份", "去年3到今年3"), "xx总理"; cut mid-sentence ("组建了")',
    isSpeech: true,
    title: LZ_TITLE,
    noise: [LZ_POP, LZ_CLOSE, LZ_WX, LZ_NEW, LZ_CRUMB, LZ_DATE],
    dropLines: [LZ_POP, LZ_CLOSE, LZ_WX, LZ_NEW, LZ_CRUMB, '02', '12', LZ_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '看清形势,凝聚共识,切实增强做好食品药品安全工作的责任感和使命感' },
    ],
  },
  '02-jianghua-yjiedaojia-big5-pinyin-yaodian-weiyuanhui-press-lead-label-yi': {
    source: 'http://yjiedaojia.com/News/show.asp?id=75',
    kind: 'speech: 讲话 (the drug administration\'s head at the founding meeting of the 11th 药典委员会; traditional-script pinyin mirror of a medical news site)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (醫(yī), 網(wǎng), 會(huì), 國(guó), 長(zhǎng), 發(fā), 監(jiān), 現(xiàn), 學(xué), 統(tǒng), 報(bào), 規(guī), 標(biāo), 準(zhǔn), 設(shè), 執(zhí), 個(gè), 專(zhuān), 業(yè), 務(wù), 強(qiáng), 動(dòng), 質(zhì), 點(diǎn), 認(rèn), 識(shí), 當(dāng), 誠(chéng)) and the simplified 并/里 left unconverted; no headline in the capture; a two-paragraph press lead in the third person ("千虹醫(yī)藥網(wǎng)9月7日訊 近日,…並發表講話,提出…" and the committee\'s membership) and the editor\'s label "以下為…局長(zhǎng)在…成立大會(huì)上的講話全文(中英文)"; the speech opens without a salutation ("今天,我們?cè)谶@里隆重召開…", a mis-encoded run), "主要任務(wù)是:…。下面,我講幾點(diǎn)意見。", a block heading "一、深刻認(rèn)識(shí)藥品標(biāo)準(zhǔn)的極端重要性"; cut mid-word ("藥典是藥")',
    isSpeech: true,
    title: '',
    noise: [YJ_LEAD1, YJ_LEAD2, YJ_LABEL],
    regexCut: [PINYIN],
    dropLines: [noPinyin(YJ_LEAD1), noPinyin(YJ_LEAD2), noPinyin(YJ_LABEL)],
    outline: [
      { level: 1, marker: '一、', text: '深刻認識藥品標準的極端重要性' },
    ],
  },
  '03-guoqixia-ahmasez-school-shengqi-program-lead-speaker-numbered-after-colon': {
    source: 'https://www.ahmasez.cn/bw/campusnews/info.aspx?itemid=9396',
    kind: 'speech: 国旗下讲话 (a pupil on food safety, printed inside a school\'s news post on its flag-raising ceremony)',
    tests: 'a school CMS page: column label "校园新闻", breadcrumb "首页 > 校园资讯 > 校园新闻 > 2021.11.22 升旗仪式", the post headline again, "发布时间:2021-11-22阅读次数:" with the count missing; the ceremony programme above the speech: "领唱班级  高一(5)班的同学们" with a paragraph praising the class (with a "——" inside it) and "国旗下讲话人  高一(5)班  <name>同学" (double spaces); then the speech\'s own title "食品安全国旗下讲话", the salutation, space-indented paragraphs; "在此,我建议同学们:" then a block "1.要树立…能力。购买食品时,…" item; cut mid-word ("有没有生产")',
    isSpeech: true,
    title: AH_TITLE,
    noise: [AH_COLUMN, AH_CRUMB, AH_HEADLINE, AH_META, AH_CHOIR, AH_CHOIR_TEXT, AH_SPEAKER],
    dropLines: [AH_COLUMN, AH_CRUMB, AH_HEADLINE, AH_META, AH_CHOIR, AH_CHOIR_TEXT, AH_SPEAKER, AH_TITLE],
    outline: [
      { level: 1, marker: '1.', text: '要树立食品安全观念,了解食品安全知识,提高自我保护能力', optional: true },
    ],
  },
  '04-yanjianggao-jt56w-jiantaoshu-site-wrong-promo-pian1-numbered-after-colon': {
    source: 'http://www.jt56w.com/jiantaoshufanwen/43005.html',
    kind: 'speech: 演讲稿 (a food-safety talk to pupils; collection page on a 检讨书 site)',
    tests: 'site chrome "检讨书大全" / "导航栏" / a lone "×" / "你的位置: 检讨书大全 > 检讨书范文 > 导航"; the collection title "食品安全演讲稿集锦9篇", "发表时间:2022-12-01"; the site\'s promo about another genre (how to write a 检讨书) ending "请您阅读小编辑为您编辑整理的《…》,欢迎阅读,希望您能够喜欢并分享!"; the piece heading "食品安全演讲稿 篇1"; blank lines between all lines; "老师、同学们:" and "大家早上好!" on their own lines; a talk title in 《》 inside the first sentence; "我建议学生们:" glued to the end of a paragraph, then a block "1、树立…能力。购买食品时,…" item; cut mid-word ("看清厂家")',
    isSpeech: true,
    title: JT_TITLE,
    noise: [JT_SITE, JT_NAV, JT_CLOSE, JT_CRUMB, JT_COLLECTION, JT_META, JT_PROMO, JT_HEADING],
    dropLines: [JT_SITE, JT_NAV, JT_CLOSE, JT_CRUMB, JT_COLLECTION, JT_META, JT_PROMO, JT_HEADING],
    outline: [
      { level: 1, marker: '1、', text: '树立食品安全观念,掌握食品安全知识,提高自我保护能力', optional: true },
    ],
  },
  '05-novel-92yanqing-biaozhun-yantaohui-tongzhimen-shouxian-not-speech': {
    source: 'https://m.92yanqing.net/read/110482/49207875_2.html',
    kind: 'non-speech: novel (a chapter in which a ministry official opens a 工业企业标准化研讨会)',
    tests: 'a web-novel chapter: the chapter line with the book\'s name ("第三五一章 標准的重量 四合院签到1951年开始"), the site\'s character swaps (標准, 关註, 想像, 接著, 『差不多』), a crowded meeting hall, the chair\'s quoted "同志们,…现在开始。首先请…同志讲话。", the official\'s speech given in quotation marks with "同志们," and rhetorical questions, applause lines, a young engineer\'s quoted reply — narration, not a speech; cut mid-name ("程")',
    isSpeech: false,
    title: '標准的重量',
  },
  '06-news-ydbgyp-big5-pinyin-nongmao-shichang-dongyuan-captions-not-speech': {
    source: 'http://m.ydbgyp.cn/news/detail/494/57078.html',
    kind: 'non-speech: news report (a city market regulator\'s mobilisation meeting for a 100-day clean-up of farmers\' markets; traditional-script pinyin mirror)',
    tests: 'a traditional-script mirror with converter pinyin (國(guó), 網(wǎng), 實(shí), 當(dāng), 農(nóng), 貿(mào), 場(chǎng), 監(jiān), 堅(jiān), 動(dòng), 會(huì), 長(zhǎng), 領(lǐng), 導(dǎo), 關(guān), 發(fā), 現(xiàn), 強(qiáng), 調(diào), 擔(dān), 責(zé), 風(fēng), 統(tǒng), 專(zhuān), 項(xiàng), 務(wù), 對(duì)); an agency dateline with lost spaces as "?" ("…網(wǎng)訊?(柯嵐)?為…"); photo captions on their own lines ("會(huì)議現(xiàn)場(chǎng)", "<name>在會上講話", the caption\'s 會 without pinyin); the vice-mayor\'s remarks reported after "他強(qiáng)調(diào):" as three "打贏這場(chǎng)攻堅(jiān)戰,…" clauses with "要…,要…"; mis-encoded runs ("當?shù)木唧w", "作風(fēng)??旄傻淖黠L(fēng)", "必勝?zèng)Q心") — a third-person report, not a speech; no headline in the capture; cut mid-word',
    isSpeech: false,
    title: '',
  },
};
