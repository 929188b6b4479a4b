// Gold specs for holdout round 60, part a (cases 01–06): ethnic and religious affairs, overseas Chinese and Taiwan work,
// foreign affairs offices (民族宗教, 侨务, 对台, 外事) — speeches and look-alikes. Four spoken pieces (a 民族团结 演讲稿 from a
// 范文 collection (mianfeixuexi) whose capture opens with the page title, then the piece heading "各民族团结演讲稿 篇1", no
// salutation, a lead paragraph ending "以下几层意思:" and four block points "1、…。"/"2、…。"/"3、…,…。"/"4、…,…。", then a
// paragraph of quoted sayings (with the site's slips "非道宏人", "士不可以弘毅"), a bare dash "—" and a stray space inside
// "形成 自己"; a Shanghai Taiwan-affairs official's 致辞 at a cross-strait seminar on a traditional-script mirror of 中評社
// (49.213.3.36): a leftover "】 【打 印】" print bar, the news headline, a "http://www.CRNTT.tw   <date time>" line, a photo
// caption, the agency lead, the label "以下為致辭原文:", then the salutation "各位領導,各位嘉賓:" and "上午好!" — the speech
// has no title of its own; a single inline "首先," after "。"; a 国台办 deputy director's 致辞 opening a 台湾周 on the radio
// station's Taiwan channel (taiwan.cri.cn): the headline "<speaker>在…上的致辞(全文)", an "编辑: … | 时间: … | 来源: … |"
// line, a photo caption, then the speech's own title broken over two lines ("在第十四届湖北·武汉台湾周" / "开幕式上的致辞"),
// the date line, the speaker's bare name and a five-line salutation naming officials and guests; the Buddhist
// association president's 讲话 opening a Buddhist foreign-language exchange meeting on a traditional-script mirror
// (amimanerablog) that leaks spam markup ("<input id=…><acronym …>", "1. <var id=…></var>", "<table id=…></table>") above a
// "首頁 > 新聞動態" breadcrumb, the headline "語言是弘法的助道因緣——在…上的講話", an "作者:… 來源:本站原創 更新時間:…" line, the
// document's own title printed again over two lines (main title / "——在…上的講話"), the speaker with his post, the salutation
// and paragraphs opened by a mis-encoded indent "??? ", the mirror's 于 left in "有利于") and two written look-alikes (a
// traditional pinyin mirror (opkks) of a 中国台湾网 news item on deputies discussing a Taiwan-policy speech: ad slot
// "ad9_210*60", "關(guān)鍵詞:", breadcrumb, headline, date/source line, "字號(hào):", a deck line, a subheading, a deputy's
// reading of the speech as inline "第一,…。第二,…。第三,…。" after a full stop, mis-encoded runs "因?yàn)榕_(tái)" and "!比珖(guó)"
// where "為臺" and "。”全國" were lost, cut inside a pinyin annotation "方國(guó" — a news report, not a speech; a city foreign
// affairs office's page of pre-departure rules for official trips abroad (zzfo.zhengzhou.gov.cn): the title
// "因公出国人员行前教育" (教育 as in a briefing), a "来源:本站  时间:…" line and numbered rules "1、首先要选好团长。" …
// "13、…为方" — written rules, not a speech, though its first rule opens "首先").
// Judgement calls: 01's first line is the page title (= the piece's title, dropped, not noise) and "各民族团结演讲稿 篇1" is
// the collection's piece heading (noise, as round 34's "…篇1" headings); the four "N、" lines open paragraphs and are
// required level-1 headings whose text is the first sentence, though the lead paragraph ends in a colon (block points,
// not the inline "1、2、3、 after a colon" of the README's optional list); the quoted sayings, their slips, the bare "—"
// and the space in "形成 自己" stay. 02: the print bar, headline, URL/date line, caption, lead and "以下為致辭原文:" are the
// press page's (README: a press page's lead above "以下为…的致辞" is noise); nothing under the label names the speech, so the
// title is "" (the headline is a news headline, not the speech's name); the lone "首先," is a run of one: no outline.
// 03: the headline (speaker + title + "(全文)"), the editor/time/source line and the caption are noise; the title is the
// document's own heading, whose two lines are joined and dropped; the date line stays; the bare speaker name with no post
// under it is noise (as round 36's "王兆国"); the five salutation lines stay as they are. 04: the leaked markup lines,
// the breadcrumb and the author/source/date line are noise; the headline (title + subtitle on one line) and the repeated
// main-title line are repeats of the title and are dropped, not listed; the title is "語言是弘法的助道因緣" and the
// subtitle line "——在2008佛教外語交流會開幕式上的講話" stays as a paragraph, an optional level-1 dash point (as round 36's
// 02/03); the byline "中國佛教協會會長 妙衡" carries a post and stays; the "??? " indents are the mirror's lost
// indentation and are removed by a replace step (as round 54's 14). 05 and 06 are written, not speeches.
// All people's names are fictional (the Taiwan-affairs officials, reporters, editor, photographer, the officials and
// guests in 03's salutation, the Buddhist leader, the deputies in 05); institutions and the public events keep their names.
// Looked for and not found on a new host: a 范文-site speech at a 民族宗教/侨务/外事 work meeting with 一、/（一）/一是 points
// (laobiganzi, biganzizhijia, bsmz, cailiaogo, ppfp, alatiku, qiantufanwen, wenkuhub, gongwensou, 777doc, m.wnwk,
// huaboedu, m.7rdy, m.kaoyanmiji and m.xuexila all answer and all are used), a 侨联/侨务 speech with numbered points on
// a new host (jianligu's 归侨 发言 and wmjy's 外籍人士 发言 are used), a 外事 welcome/farewell 致辞 on a template site
// (m.xjwk, 149.115.228.192 are used), a doc viewer of a 外事 speech (m.taowenge prints the 金锄头/wnwk viewer chrome of
// m.jinchutou, used). So only one of the four speeches carries numbered points.
// Template twins set aside: nhlseattlekrackheads.com (the rpnt/52xinde "范文社小编精心为您推荐" 8篇 template with
// "/gongwenfanwen/yanjianggao/"), 100ky.cn is used anyway and prints xiexiebang's "简介:…小编为你整理了这篇《…》" line,
// m.howto234.com ("/wenku/<col>/<id>" twin of m.igat.cn, whose igat.cn is used), m.igat.cn itself (same site as igat.cn),
// renwen.fjndwb.com and m.80end.cn ("/jxfw/<yyyymm>/" farm), tp2008.com ("/zhuantifanwen/<col>/<id>.html" farm),
// m.92880.cn (same site as the used 92880.cn).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const MF_TITLE = '各民族团结演讲稿';
const MF_PIECE = '各民族团结演讲稿 篇1';

const CR_PRINT = '】 【打 印】';
const CR_HEAD = '林啟明:十九大報告為新時代對台工作指明方向';
const CR_URL = 'http://www.CRNTT.tw   2017-10-29 00:22:31';
const CR_CAPTION = '上海市台辦主任林啟明發表致辭。(中評社 程曦攝)';
const CR_LEAD = '中評社上海10月29日電(記者 許朗 程曦)由上海東亞研究所、台灣《旺報》合辦的“兩岸關係三十年回顧與展望研討會”昨日在上海虹橋迎賓館開幕。開幕式上,上海市人民政府台灣事務辦公室主任林啟明率先致辭。他指出,十九大報告明確提出了完成祖國統一的歷史任務,闡明了解決台灣問題的基本方略,再次申明了推動兩岸關係和平發展的各項方針政策,充分體現了大陸對台政策的連貫性、堅定性與開創性,也為展望今後30年的兩岸關係提供了遵循,為新時代做好對台工作指明了方向。';
const CR_LABEL = '以下為致辭原文:';

const TC_TITLE = '在第十四届湖北·武汉台湾周开幕式上的致辞';
const TC_HEAD = '周立衡在第十四届湖北·武汉台湾周开幕式上的致辞(全文)';
const TC_META = '编辑: 齐曼文 | 时间: 2017-11-08 18:14:01 | 来源: 中国台湾网 |';
const TC_CAPTION = '11月8日上午,中共中央台办、国务院台办副主任周立衡出席第十四届湖北·武汉台湾周开幕式并致辞。(中国台湾网 韩宁 摄)';
const TC_NAME = '周立衡';

const AM_TAG1 = '<input id="ie2c0"><acronym id="ie2c0"><legend id="ie2c0"></legend></acronym></input>';
const AM_TAG2 = '1. <var id="ie2c0"></var>';
const AM_TAG3 = '<table id="ie2c0"></table>';
const AM_CRUMB = '首頁 > 新聞動態';
const AM_TITLE = '語言是弘法的助道因緣';
const AM_SUB = '——在2008佛教外語交流會開幕式上的講話';
const AM_META = '作者:妙衡 來源:本站原創 更新時間:2008年07月11日';

export const specs = {
  '01-yanjianggao-mianfeixuexi-minzu-tuanjie-pian1-arabic-after-colon': {
    source: 'https://mianfeixuexi.cn/article/600591.html',
    kind: 'speech: 演讲稿 (on the unity of the nationalities; 范文 collection page)',
    tests: 'the page title "各民族团结演讲稿" on the first line, then the piece heading "各民族团结演讲稿 篇1"; no salutation; a lead paragraph ending "以下几层意思:" followed by four block points "1、反对民族压迫和民族歧视。" / "2、维护促进民族团结。" / "3、各族人民齐心协力,共同促进祖国的发展繁荣。" / "4、反对民族分裂,维护祖国统一。" each continuing with prose; a last paragraph of quoted sayings with the site\'s slips ("非道宏人", "士不可以弘毅"), a bare dash "—" before "民族精神", a space after a full stop and a stray space inside "形成 自己"',
    isSpeech: true,
    title: MF_TITLE,
    noise: [MF_PIECE],
    dropLines: [MF_TITLE, MF_PIECE],
    outline: [
      { level: 1, marker: '1、', text: '反对民族压迫和民族歧视' },
      { level: 1, marker: '2、', text: '维护促进民族团结' },
      { level: 1, marker: '3、', text: '各族人民齐心协力,共同促进祖国的发展繁荣' },
      { level: 1, marker: '4、', text: '反对民族分裂,维护祖国统一' },
    ],
  },
  '02-zhici-crntt-big5-duitai-press-lead-print-bar-no-title': {
    source: 'http://49.213.3.36/doc/91_2710_104859857_1.html',
    kind: 'speech: 致辞 (a city Taiwan-affairs office director opening a cross-strait relations seminar; traditional-script mirror of a news agency page)',
    tests: 'traditional script without pinyin; a leftover print bar "】 【打 印】 " (trailing space), the news headline "<name>:十九大報告為新時代對台工作指明方向", a "http://www.CRNTT.tw   <date time>" line, a photo caption, an indented agency lead paraphrasing the speech, the label "以下為致辭原文:" and an indented blank line, then "各位領導,各位嘉賓:" and "上午好!" on their own; no title of the speech in the page; a courtesy "首先," after "。" opening no run; indented paragraphs; cut mid-sentence ("為兩岸")',
    isSpeech: true,
    title: '',
    noise: [CR_PRINT, CR_HEAD, CR_URL, CR_CAPTION, CR_LEAD, CR_LABEL],
    dropLines: [CR_PRINT, CR_HEAD, CR_URL, CR_CAPTION, CR_LEAD, CR_LABEL],
    outline: [],
  },
  '03-zhici-taiwancri-duitai-wrapped-title-bare-name-salutation': {
    source: 'https://taiwan.cri.cn/2017-11-08/9c24ad36-1142-a4ae-8d2d-f9dd3b312a78.html',
    kind: 'speech: 致辞 (a deputy director of the Taiwan Affairs Office opening a provincial Taiwan Week; radio station\'s Taiwan channel)',
    tests: 'headline "<speaker>在…开幕式上的致辞(全文)", an "编辑: … | 时间: … | 来源: 中国台湾网 |" line and a photo caption above the document; the speech\'s own title broken over two lines ("在第十四届湖北·武汉台湾周" / "开幕式上的致辞") to be joined; the date line "(2017年11月8日)" (kept) and the speaker\'s bare name (noise); a salutation over five lines ("尊敬的…书记、…省长" … "各位嘉宾、朋友们:") and "大家上午好!"; "说明…,说明…,说明…" parallel prose; no numbered points; cut mid-sentence',
    isSpeech: true,
    title: TC_TITLE,
    noise: [TC_HEAD, TC_META, TC_CAPTION, TC_NAME],
    join: [['在第十四届湖北·武汉台湾周\n', '开幕式上的致辞']],
    dropLines: [TC_HEAD, TC_META, TC_CAPTION, TC_TITLE, TC_NAME],
    outline: [],
  },
  '04-jianghua-amimanerablog-big5-fojiao-waiyu-leaked-tags-qmark-indent': {
    source: 'http://www.amimanerablog.com/Article/2011/12/27/15173883.html',
    kind: 'speech: 讲话 (the Buddhist association president opening a Buddhist foreign-language exchange meeting; traditional-script mirror)',
    tests: 'leaked spam markup lines ("<input id=…><acronym …>…", an indented "1. <var id=…></var>" whose "1." is no heading, "<table id=…></table>"), a "首頁 > 新聞動態" breadcrumb, the headline "語言是弘法的助道因緣——在…上的講話", an "作者:… 來源:本站原創 更新時間:…" line, the document\'s title printed again as a main line and a "——在…上的講話" subtitle line, the speaker with his post, the salutation; body paragraphs opened by the mirror\'s lost indent "??? " (removed); the mirror\'s 于 in "有利于"; deep indentation with blank lines; cut mid-sentence ("希望大家在")',
    isSpeech: true,
    title: AM_TITLE,
    noise: [AM_TAG1, AM_TAG2, AM_TAG3, AM_CRUMB, AM_META],
    replace: [['??? ', '']],
    dropLines: [AM_TAG1, AM_TAG2, AM_TAG3, AM_CRUMB, AM_TITLE + AM_SUB, AM_META, AM_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在2008佛教外語交流會開幕式上的講話', optional: true },
    ],
  },
  '05-news-opkks-big5-pinyin-duitai-diyi-dier-disan-not-speech': {
    source: 'http://opkks.com/xwzx/la/201603/t20160308_11404328.htm',
    kind: 'non-speech: news report (deputies discussing a Taiwan-policy speech; traditional-script pinyin mirror of a news site)',
    tests: 'converter pinyin after a fixed set of characters (會(huì), 國(guó), 臺(tái), 網(wǎng), 關(guān), 續(xù), 習(xí), 來(lái), 領(lǐng), 戰(zhàn), 問(wèn), 發(fā), 認(rèn), 識(shí), 當(dāng), 勢(shì), 準(zhǔn), 誠(chéng), 實(shí), 說(shuō), 堅(jiān), 獨(dú), 現(xiàn), 復(fù), 協(xié), 聯(lián), 學(xué), 對(duì)…); an ad slot "ad9_210*60", "關(guān)鍵詞:", a breadcrumb, the headline with 講話, a date/source line, "字號(hào):", a deck line and a subheading; a deputy\'s reading of the speech as inline "第一,…。第二,…。第三,…。" after a full stop (reported speech); mis-encoded runs "因?yàn)榕_(tái)" and "!比珖(guó)"; cut inside a pinyin annotation "方國(guó" — a third-person report, not a speech',
    isSpeech: false,
    title: '兩會代表委員持續熱議習近平總書記涉臺重要講話',
  },
  '06-guide-zzfo-waishi-xingqian-jiaoyu-shouxian-arabic-not-speech': {
    source: 'http://zzfo.zhengzhou.gov.cn/cggl/2364866.jhtml',
    kind: 'non-speech: rules page (pre-departure instructions for officials travelling abroad on business; city foreign affairs office)',
    tests: 'the title "因公出国人员行前教育" (a briefing, but the page is a list of rules), a "来源:本站  时间:<date time>  " line, thirteen numbered rules "1、首先要选好团长。" … "13、…" separated by blank lines, the first opening with "首先", "第一时间" inside a rule; imperative written rules (要…, 严禁…, 不得…) with no audience address; cut mid-word ("为方") — written rules, not a speech',
    isSpeech: false,
    title: '因公出国人员行前教育',
  },
};
