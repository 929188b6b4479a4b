// Gold specs for holdout round 205, part B (cases 07–12): customs, border control and immigration (海关 工作会议 讲话, 边检站
// 表彰 讲话, 出入境 工作会议 讲话, 口岸 开通 致辞, 缉私 誓师 讲话 — and their look-alikes). About forty queries found nearly every
// spoken piece of the theme on a used host or a template twin (see "Looked for and not found" below), so, as round 184 part B did,
// this part holds two spoken pieces of the theme and four written look-alikes of it.
// Two spoken pieces (Hong Kong's Commissioner of Customs and Excise at the 2009 International Customs Day on a converter mirror of an
// English-learning site (hengchuai.cn, "/writing/speech/<id>.html"): a page-title line "經(jīng)典名人英語(yǔ)演講稿26:…致辭 mp3" with a
// collection prefix and an " mp3" suffix, the piece's English heading "26. Speech by Commissioner of Customs and Excise at 2009
// International Customs Day", its Chinese heading "26. 香港海關(guān)關(guān)長(zhǎng)在2009年“國(guó)際海關(guān)節(jié)”致辭", then every paragraph in English and
// then in Chinese (English salutation, "財(cái)政司司長(zhǎng)、各位來(lái)賓、各位朋友:"), pinyin after a fixed set of characters (經 語 關 長 國
// 節 財 來 會 護 產 認 個 環 問 現 …), the site's OCR slips kept in the English ("Wor1d", "col1ection"), a mis-encoded run
// "因?yàn)檫@個(gè)" where the page had 因為這個, cut mid-phrase ("角色和"); a 边防武警 演讲稿 on a Q&A-style article host
// (kuaidi.ping-jia.net, "/wenti-<slug>.html"): the title, a blank line, a meta line "kuaidi.ping-jia.net  作者:佚名   更新日期:
// 2024-07-30" with the host's own name, paragraphs indented by two spaces and separated by blank lines, no salutation in the capture,
// an unnumbered line "最难忘的一班岗那是一个冬天。" (a sub-heading run into its first sentence), a "网" glued inside "平均网每天" and a
// backtick inside "的`事情" (anti-copy marks), cut mid-word ("还得接")) and four written look-alikes (page 2 of a former deputy
// director of customs' memoir on the party-history site's traditional-script edition (www.dswxyjy.org.cn, "/BIG5/n1/<y>/<md>/
// c<col>-<id>-2.html"): the part title "改革開放之初的打擊走私工作【2】", a section heading "四省市海關沿海緝私工作會議", his own
// account of the 總結發言 he gave at the 1981 Xiamen anti-smuggling meeting ("我在會上作了總結發言", the Marx quotation it used, "還重點
// 講了下面幾個問題:"), then "(1)…" and "(2)…" paragraphs retelling the speech's points, "﹔" as the semicolon, cut mid-word ("不管是外")
// — a memoir, not a speech; a magazine site's copy of a 皇岗边检站 news item (www.njsw.org.cn, "/contents/<col>/<id>.html"): a crumb
// "首页> 国门风采> 详情", the headline, a "2025年09月03日 来源:农家书屋杂志 | 作者:…" line, lines holding two blanks between paragraphs,
// a third-person lead, then a named officer's first-person remarks after his titles and a colon, cut mid-word ("作为新时代移") — a
// report stringing police officers' remarks, not a speech; a web-novel chapter on a traditional-script reading site (shangrenxiu.com,
// "/read/<book>/<chapter>"): dialogue of a retired 边检站 站长 with young inspectors, his quoted reminiscence with "一是抓好…。" and
// "二是狠抓了…" inside the quotation, cut mid-word ("培") — a novel, not a speech; a signed policy article by the head of the National
// Immigration Administration on an aggregator's converter page (www.haowulm.com, "/article/<id>_<id>.html"): a "精選聯盟" label, the
// headline "許甘露:全面建設現代移民治理體系…", "作者:重慶公安出入境", the headline again, an unnumbered section heading, the
// converter's Taiwan-phrase slips ("上司" for 領導, "高品質發展", "高水準開放", "複興", "共産黨", "确立"), cut inside a quotation mark
// ("“兩") — a written article, not a speech).
// Judgement calls: 07 is a speech page: the document is the Commissioner's 致辞, printed bilingually; as round 103 B's 08 and round
// 122's 13 kept them, the English paragraphs are the speech's own text and stay in the body, salutation included. The title is the
// piece's Chinese heading without its piece number "26. " (piece numbering, as `…篇1` and `第1篇:`) and without pinyin (as the shared
// corpus's 10 and 14); the page-title line with its collection prefix "經典名人英語演講稿26:" and " mp3" is a decorated repeat of the
// title and goes whole (listed by the parts that occur verbatim in the page, as round 4 case 07 listed pinyin-laden lines), and the
// English heading is the same piece heading in the other language and goes whole too (noise); the pinyin annotations go (one regexCut);
// the mis-encoded run stays (as the shared corpus's 14, round 1 cases 09/10); "Wor1d" and "col1ection" are the site's text and stay;
// no outline. 08 is a speech page: its title names a 演讲稿 (as round 6 case 06 took a 演讲稿) and the body speaks in the first
// person; the meta line is noise; "最难忘的一班岗那是一个冬天。" is a sub-heading run into its sentence with no marker and stays as a
// paragraph; "网" inside "平均网每天" is a single glued anti-copy character (the host's own 网, like the backtick and the "." of round 5
// case 07) and is cut, listed with its neighbours, as is the backtick in "的`事情" (round 184's 13); no outline. 09 is a memoir: the
// author tells in the first person what he said at a meeting ("我在會上作了總結發言"), and the (1)/(2) paragraphs retell the speech's
// points inside the written account (as round 83's 04, a narrative quoting a 动员讲话, and round 184 B's 12, a report with "第一張名片:"
// lines, were no outline); the page is not a speech. 10 is a report: third-person lead, reporters' byline, remarks introduced by name and titles
// (as round 182 B's 12 and round 184 B's 11). 11 is a novel chapter whose character's quoted reminiscence carries 一是/二是 (as the
// shared corpus's 50 and 88). 12 is a signed article of a written genre (理论文章), neither spoken nor addressed to an audience, though its
// author is an official and it quotes the 二十大 report. Names: the private people (08's comrades are unnamed, 10's reporters and the
// quoted officer, 11's characters and their station) were replaced by fictional ones; the public figures (07's Commissioner is not
// named in the capture, 09's author and Marx, 12's 許甘露 and the party leader quoted) were kept; the prose was rewritten (07 in both
// languages, with the annotations on the same characters and the two OCR slips and the mis-encoded run on the same words; 09, 11 and
// 12 in traditional script with 09's "﹔" and 12's converter slips on the same words).
// Looked for and not found on a new host: a 海关 工作会议 or 关区 讲话 (jieyang.gov.cn's 1997 打击走私 speech with 一、 headings is
// used (round 159's 02); caop.org.cn's 口岸协会 speech with 一、/(一) is used (round 67's 07) — claimed by mistake before the check and
// left claimed; www.cnshu.cn's 检验检疫 视频会议 speech with 一、/(一) is used (round 137's 01); the rest are news: gov.cn, fx361.cc,
// gmw.cn, www.afdelivr.top (used converter mirror), m.nakedoat.com, wmzx.shcc.edu.cn, m.fxzbcm.com); a 边检站 表彰 or 授衔 讲话
// (none; only news and magazine pages: nia.gov.cn flipbooks, mdo188.com, inews.nmgnews.com.cn, gat.jl.gov.cn, ycpai.ycwb.com (ycwb.com
// used), m.chinaxiaokang.com, freewechat.com, and essays: ga.wenyg.com (used), mzlgmdjxy.cn); an 出入境 工作会议 讲话 (news only:
// news.sina.com.cn, h5.mingriaudio.com, 70.38.13.212, 91coo.com); a 口岸 开通 致辞 (news only: news.sina.com.cn, qianhangdc.com (named),
// sydy.org.cn, www.caop.org.cn; ir.china-embassy.gov.cn's consulate-opening 致辞 was named by round 95; macaumonthly.net is used;
// jxxfw.com's port-signing 致辞 is a "论文部分内容阅读" journal abstract of the used ppdoc/soolun template); a 缉私 誓师 讲话 (news only:
// www.duoyuan-iws.com.cn, gb.shandong.gov.cn, www.360elib.com:2027, www.yueyang.gov.cn); a 边防 演讲稿 on a 范文 site (tkpao.com is
// used; www.pindukj.com prints the "【www.<domain>--发言稿】" brand line of used yinlingw.com/doubiweb.com; www.mswk.cn and 9000bbs.cn
// are used; www.excel-2003.com.cn's 致敬边关 发言 has the "/news/show_<id>.html" template of round 9's w.suneasecloud.com, which round
// 62 named for m.excel-2003.com.cn); so neither speech carries numbered points.
// Template twins considered: m.moreplr.com prints the same Commissioner's speech line by line in simplified script — the same text
// as 07, not taken; www.excel-2003.com.cn dropped (above); kuaidi.ping-jia.net's meta line names its own host, and no used gold has
// a "<host>  作者:佚名   更新日期:" line (the used "作者:佚名" lines are of other shapes: "来源:本站整理  作者:佚名  更新时间:…",
// "作者:佚名 来源:本站原创 发布时间:…"); no used page shares a line of six characters or more with any of the six pages (twin.mjs:
// no shared noise line on all six; checked also 首页> 国门风采> 详情, 精選聯盟, 作者:重慶公安出入境).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const HC_TITLE = '香港海關關長在2009年“國際海關節”致辭';
const HC_EN_HEAD = '26. Speech by Commissioner of Customs and Excise at 2009 International Customs Day';

const PJ_TITLE = '边防武警先进事迹演讲稿';
const PJ_META = 'kuaidi.ping-jia.net  作者:佚名   更新日期:2024-07-30';

export const specs = {
  '07-zhici-hengchuai-big5-pinyin-bilingual-haiguanjie-collection-title-mp3-english-heading-mojibake': {
    source: 'http://hengchuai.cn/writing/speech/14690.html',
    kind: 'speech: 致辞 (Hong Kong\'s Commissioner of Customs and Excise at the 2009 International Customs Day; bilingual, converter mirror with pinyin annotations)',
    tests: 'traditional-script converter mirror with pinyin after a fixed set of characters; a page-title line "經(jīng)典名人英語(yǔ)演講稿26:…致辭 mp3" (collection prefix and " mp3" suffix); the piece\'s English heading "26. Speech by Commissioner …" and Chinese heading "26. 香港海關(guān)…致辭" with a piece number; every paragraph in English then in Chinese, English salutation first; OCR slips "Wor1d", "col1ection" kept; a mis-encoded run "因?yàn)檫@個(gè)"; cut mid-phrase ("角色和")',
    isSpeech: true,
    title: HC_TITLE,
    noise: ['經(jīng)典名人英語(yǔ)演講稿26:', '致辭 mp3', HC_EN_HEAD, '26. 香港海'],
    regexCut: [PINYIN],
    dropLines: ['經典名人英語演講稿26:' + HC_TITLE + ' mp3', HC_EN_HEAD, '26. ' + HC_TITLE],
    outline: [],
  },
  '08-yanjiang-pingjia-bianfang-wujing-domain-author-meta-no-salutation-glued-wang-backtick': {
    source: 'https://kuaidi.ping-jia.net/wenti-uhktueugebitaugekgg.html',
    kind: 'speech: 演讲稿 (a border-defence armed policeman\'s account of harbour duty; Q&A-style article host)',
    tests: 'the title, a blank line and a meta line "kuaidi.ping-jia.net  作者:佚名   更新日期:2024-07-30" naming the host; no salutation in the capture; paragraphs indented by two spaces between blank lines; an unnumbered sub-heading run into its sentence ("最难忘的一班岗那是一个冬天。"); a "网" glued inside "平均网每天" and a backtick inside "的`事情" (anti-copy marks); cut mid-word ("还得接")',
    isSpeech: true,
    title: PJ_TITLE,
    noise: [PJ_META, '平均网每天', '的`事情'],
    replace: [['平均网每天', '平均每天'], ['的`事情', '的事情']],
    dropLines: [PJ_TITLE, PJ_META],
    outline: [],
  },
  '09-huiyilu-dswxyjy-big5-jisi-huiyi-zongjie-fayan-paren-arabic-after-colon-not-speech': {
    source: 'https://www.dswxyjy.org.cn/BIG5/n1/2016/0108/c244516-28029826-2.html',
    kind: 'non-speech: memoir (a former deputy director of customs recalls the 1981 coastal anti-smuggling meeting and his closing remarks; party-history site, traditional-script edition)',
    tests: 'page 2 of a memoir: part title with "【2】", a section heading naming the 緝私工作會議; the author\'s first-person account of his 總結發言 with the Marx quotation it used; "…還重點講了下面幾個問題:" followed by "(1)…" and "(2)…" paragraphs retelling the speech\'s points; "﹔" as the semicolon; cut mid-word ("不管是外") — a written memoir, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-njsw-huanggang-bianjianzhan-yuebing-crumb-source-meta-space-lines-quoted-remarks-not-speech': {
    source: 'http://www.njsw.org.cn/contents/44/39496.html',
    kind: 'non-speech: news report (officers of a border-inspection station react to the 3 September parade; magazine site)',
    tests: 'a crumb "首页> 国门风采> 详情"; the headline; a "2025年09月03日 来源:农家书屋杂志 | 作者:…" line; lines holding two blanks between paragraphs; a third-person lead; a named officer\'s first-person remarks after his titles and a colon; an indented paragraph continuing them; cut mid-word ("作为新时代移") — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-novel-shangrenxiu-big5-bianjianzhan-laozhanzhang-quoted-yishi-ershi-not-speech': {
    source: 'https://shangrenxiu.com/read/hffgi/bjacbbi',
    kind: 'non-speech: novel (a retired border-inspection station chief tells young inspectors about the station\'s past; traditional-script reading site)',
    tests: 'dialogue lines with "…說:“…”" and "…說道:“…”"; a long quoted reminiscence on airport security checks; a quoted paragraph with "…重點抓了幾件事。一是抓好…。…二是狠抓了…" after full stops, cut mid-word ("培") — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-article-haowulm-big5-yimin-zhili-tixi-jingxuan-lianmeng-headline-twice-converter-shangsi-not-speech': {
    source: 'https://www.haowulm.com/article/388h_388h.html',
    kind: 'non-speech: signed policy article (the head of the National Immigration Administration on a modern immigration-governance system; aggregator\'s converter page)',
    tests: 'a "精選聯盟" label; the headline "許甘露:全面建設現代移民治理體系…" twice around "作者:重慶公安出入境"; an unnumbered section heading; the converter\'s Taiwan-phrase slips ("上司" for 領導, "高品質發展", "高水準開放", "複興", "共産黨", "确立"); cut inside a quotation ("“兩") — a written article, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
