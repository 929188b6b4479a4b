// Gold specs for holdout round 149, part C (cases 13–18): petroleum and petrochemicals (油田 工作会, 石化 企业 职代会,
// 加油站 and 海洋石油 — their 讲话, 致辞, 贺词, 演讲稿, and their look-alikes: news reports of a petrochemical group's 职代会
// and of an oilfield's work meeting, and a 加油站 rule sheet).
// Three spoken pieces (an offshore-oil group chairman's 新年贺词 on a traditional-script mirror with converter pinyin
// (rnwmd.com, "/article/<id>.html"): no title and no salutation in the capture, the greeting opening "…的一年" paragraphs,
// "(pinyin)" after a set of characters (內(nèi), 產(chǎn), 學(xué), 發(fā) …), a mis-encoded run "實干擔(dān)當(dāng)?shù)咨吁r明" whose
// "?shù)" lost its opening bracket, cut mid-phrase; a petroleum worker's 创业励志 演讲稿 on an article site
// (daixiewz.com, "/newsitem/<id>"): the page's title "创业励志演讲稿:石油人的那些事" (a genre label, a colon, the talk's
// own name), the salutation, a joking self-introduction ending in the placeholder "XXX", the speaker announcing
// "我演讲的题目是“石油人的那些事”", quoted slogans, cut mid-word; a student's 演讲稿 on the "最美石油人" on a template
// site (eamstsz.com, "/hjs/<id>.html"): no title in the capture, the salutation first, five paragraphs, a closing
// "最后,我想向…致以崇高的敬意和诚挚的感谢!" paragraph, cut mid-sentence) and three written look-alikes (a private
// petrochemical group's news post on its 职代会 on a converter mirror (minhuo.com.cn, "/News/Index?id=<id>"): a
// "最新動態(tài)" column label, the headline with a mis-encoded "勇?lián)氊?zé)使命", a "發(fā)布時(shí)間:2024/5/15 作者:大橋石化"
// line, the meeting told in the third person, three "▲…" photo captions between paragraphs, the union report summarised
// as "五個(gè)方面工作。一是…;二是…;…五是…。" and "“四個(gè)創(chuàng)新”,一是" after a comma, cut after "一是" — a news
// report, not a speech; an energy portal's report (china5e.com, "/news/news-<id>-1.html") of an oilfield's meeting
// passing on its group's work conference: a "关于我们 | English | 网站地图" bar, a bulleted crumb "• 您现在的位置:" /
// "• 首页" / "• 油气" / "• 石油" / "• <headline>", the headline, "2010-01-21 11:22:00 中国能源网", a "中国能源网讯" lead
// with a run of spaces, then block paragraphs "一是…。", "二是…。", "三是…" — the reporter's summary of the oilfield's
// four tasks, not a speech; a Q&A forum's reply quoting a 加油站管理制度 (juduo.cc, "/club/<id>.html", converted to
// traditional script with "使用者" for 用户): "回覆列表", "• 1 # 使用者<digits>", "答:第一條 …", articles 第一條…第八條
// indented by four spaces and hard-wrapped mid-word at a fixed width with blank lines between the pieces ("服\n\n務",
// "加\n\n油站", "考\n\n核") — a written rule sheet, not a speech).
// Judgement calls: 14 has no title line, so the title is "" (no title is made from the URL); its speaker greets the
// staff "我謹代表…向…全體海油員工…送上新年的真誠問候!", so the page is a speech although it opens with no salutation
// (a New Year 贺词 without title, as round 144 case 04 and round 135 case 04); the whole "(pinyin)" annotations go (one
// regexCut, its hits listed as noise, as round 140's part B); the mis-encoded "?shù)咨吁r" keeps its broken "shù)"
// (no opening bracket), as round 1's 09/10 kept "?dòng)"; "這是…的一年。" paragraph openers are no markers. 15's title
// is the page's only title line, kept whole: "创业励志演讲稿:" is not a bracketed tag, count or piece number, and a
// genre label before a colon stays with the talk's own name (as round 130 case 04's "演讲稿:以“诚”建“信”" and round 145
// case 08's "开讲啦曲道奎演讲稿:机器人的时代到来了"); "XXX" is a placeholder and stays; "下面,请允许我…" is no marker; no outline. 16's title is ""
// (the capture opens with the salutation, as shared case 11); its closing "最后," paragraph has no 首先 run and is
// courtesy, so it is one optional level-1 item, its first sentence (as round 4 case 06, round 5 cases 02/04/10, round 134
// case 04). 13, 17 and 18 are written, not speeches: 13 and 17 tell of meetings in the third person, and their 一是…
// runs (13's after "。" and semicolons, 17's opening block paragraphs) are the reporters' summaries (as round 5 case 15,
// round 134 case 05, round 140 case 04); 18 is a 管理制度 with 第一條… articles (as shared cases 74–76). Names of private
// people (13's company officers, 18's poster handle digits) were replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a 油田 工作会 or 职代会 讲话 with 一、/一是 points (damishu.cn's 上产会战动员,
// kuaisuzugao.com's and xjzclk.com.cn's 采油厂 职代会 讲话, 6dgww.com's 采油作业区 职代会 讲话 with "¥区长", m.zhongliu365.com's
// 大庆炼化 调度会 讲话 with a glued "九象范文" watermark, m.cornels-photography.com's and 9000bbs.cn's 准东 党工委 讲话 with
// 第一、…第四、, jey722.cn's 江苏油田 座谈会 讲话 with 第一, and a 新文秘網 paywall, and m.wnwk.com's 胜利油田 讲话 are all on
// used hosts); a 加油站 开业 致辞 or 主持词 (none turned up: the 加油站 queries answer with tag pages, news of stations and
// used 演讲稿 hosts m.010zaixian.com, zheinei.com and m.clearvueentertainment.com); a 石化 消防/安全 讲话 with headings
// (nsfzsr.com, diandahome.com, m.sanweiyuan.com, refanwen.com used); 石油 演讲稿 on template sites with furniture
// (wenshudu.com, hzxdks.com, zhaojiaoan.com, 360docs.net, renrendoc.com used; eimio.cn carries gwyoo's "導語:…不代表本站觀點"
// template). So no speech of this part carries a numbered point.
// Template twins considered: qq0097.com (a petroleum university president's 开学典礼 致辞, headline "從這里出發 赴加油爭氣
// 之約︱校長…的致辭") was claimed and then dropped: its "http://www.qq0097.com 2025年9月13日 來(lái)源:西南石油大學(xué) |" line
// has the "http://<domain> <date> 來源:…" shape of the used m.b6man.com (round 64 case 07), as round 147's part B dropped
// hrbznlm.com; reabo.cn and m.gerecailiao.cn carry the same template (same "/xzft<year>/" path and line) and were not
// taken either. 13's "發(fā)布時(shí)間:2024/5/15 作者:大橋石化" differs from the used converter meta lines ("發(fā)布時(shí)間:2015-04-14
// 作者: 來源:… 瀏覽:", "發(fā)布時(shí)間:2020-11-20 來(lái)源: 心得體會(huì) 點(diǎn)擊:", round 148's feifmx/nakedoat/duobangwang shape) and
// no used page carries "最新動態(tài)"; 17's "您现在的位置:" occurs on three used pages as a plain crumb label, never in this
// bulleted menu shape, and no used page carries "关于我们 | English | 网站地图" or "中国能源网讯"; no used page carries
// "回覆列表" (18), "创业励志演讲稿" (15), "最美石油人" (16) or "中國海油黨組" (14).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const DX_TITLE = '创业励志演讲稿:石油人的那些事';

export const specs = {
  '13-news-minhuo-big5-pinyin-daqiao-shihua-zhidaihui-triangle-captions-yishi-not-speech': {
    source: 'http://minhuo.com.cn/News/Index?id=3214',
    kind: 'non-speech: news report (a private petrochemical group\'s 职代会; company site on a traditional-script converter mirror)',
    tests: 'a "最新動態(tài)" column label; a headline with a dash and a mis-encoded run ("勇?lián)氊?zé)使命 凝聚奮斗力量——熱烈祝賀…職工代表大會圓滿成功"); a "發(fā)布時(shí)間:2024/5/15 作者:大橋石化" line; converter pinyin after many characters; the meeting told in the third person (隆重舉行, 在主席臺就座, 主持, 作…工作報(bào)告); three "▲…" photo captions; the union report summarised as "五個(gè)方面工作。一是…;二是…;三是…;四是…;五是…。" and "“四個(gè)創(chuàng)新”,一是" after a comma, cut there — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '14-heci-rnwmd-big5-pinyin-zhonghaiyou-xinnian-no-title-mojibake': {
    source: 'http://rnwmd.com/article/4436.html',
    kind: 'speech: 贺词 (an offshore-oil group chairman\'s New Year greeting to the staff; traditional-script converter mirror)',
    tests: 'no title and no salutation in the capture: the text opens with "歲月長河奔騰不息,…" and the speaker greets the staff in the first person ("我謹代表中國海油黨組和董事會,向…全體海油員工,…送上新年的真誠問候!"); converter "(pinyin)" after a set of characters (內(nèi), 產(chǎn), 經(jīng), 業(yè), 發(fā), 學(xué), 習(xí), 標(biāo) …); a mis-encoded run "實干擔(dān)當(dāng)?shù)咨吁r明" whose "?shù)" has no opening bracket (stays); "這是…的一年。" paragraph openers (no markers); quoted names "“深海一號”", "“璇璣”"; cut mid-phrase ("生產(chǎn)控制")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '15-yanjiang-daixiewz-shiyouren-genre-prefix-title-xxx': {
    source: 'https://www.daixiewz.com/newsitem/277928917',
    kind: 'speech: 演讲稿 (a petroleum worker\'s motivational talk on the oilfield pioneers; article site)',
    tests: 'the page title "创业励志演讲稿:石油人的那些事" (a genre label before a colon, then the talk\'s own name) as the first line, kept whole; the salutation "尊敬的各位评委、各位嘉宾:" on its own line; "你们好!" glued to a joking anecdote; the placeholder "XXX" for the speaker\'s name; the speaker announcing his title ("我演讲的题目是“石油人的那些事”"); "下面,请允许我…" (no marker); quoted slogans and a verse; "3259钻井队"; cut mid-word ("大")',
    isSpeech: true,
    title: DX_TITLE,
    noise: [],
    dropLines: [DX_TITLE],
    outline: [],
  },
  '16-yanjiang-eamstsz-zuimei-shiyouren-no-title-zuihou': {
    source: 'https://www.eamstsz.com/hjs/34002.html',
    kind: 'speech: 演讲稿 (a student\'s competition talk on the "最美石油人"; template site)',
    tests: 'no title in the capture: the salutation "尊敬的评委、亲爱的同学们:" opens the page; "大家好!" glued to the first sentence; "他们也许是…;他们也许是…" parallel clauses; quoted "“最美石油人”" opening three paragraphs; a closing block "最后,我想向…致以崇高的敬意和诚挚的感谢!" with no 首先 run (courtesy: optional); cut mid-sentence ("默默")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '最后,', text: '我想向所有的“最美石油人”致以崇高的敬意和诚挚的感谢', optional: true },
    ],
  },
  '17-news-china5e-daqing-youtian-bullet-crumb-block-yishi-not-speech': {
    source: 'https://www.china5e.com/news/news-71383-1.html',
    kind: 'non-speech: news report (an oilfield\'s meeting on its group\'s work conference; energy news portal)',
    tests: 'a "关于我们 | English | 网站地图" bar; a bulleted crumb ("• 您现在的位置:", "• 首页", "• 油气", "• 石油", "• <headline>"); the headline "大庆油田:四个工作重点 三大战略目标" twice; a "2010-01-21 11:22:00 中国能源网" line; a "中国能源网讯" lead with a run of spaces; the meeting told in the third person (提出, 号召); block paragraphs "一是…。", "二是…。", "三是…" summarising the four tasks — a news report, not a speech; cut mid-word ("载")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-zhidu-juduo-big5-jiayouzhan-qa-reply-diyitiao-hard-wraps-not-speech': {
    source: 'https://juduo.cc/club/8190590.html',
    kind: 'non-speech: 规章制度 (a 加油站管理制度 quoted in a Q&A reply; traditional-script converter copy)',
    tests: 'a "回覆列表" label and a reply line "• 1 # 使用者<digits>"; "答:" glued before "第一條"; articles 第一條…第八條 indented by four spaces; hard wraps mid-word at a fixed width with blank lines between the pieces ("服\\n\\n務", "加\\n\\n油站", "考\\n\\n核", "流\\n\\n通"); converter words ("使用者至上"); quoted slogans "“安全第一”", "“預防為主,防消結合”" — a written rule sheet, not a speech; cut mid-word ("交")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
