// Gold specs for holdout round 206, part A (cases 01–06): shop openings and business anniversaries (开业庆典 致辞, 酒店 开业
// 讲话, 门店 周年庆 致辞, 年终 客户 答谢会 致辞, 公司 乔迁 庆典 讲话 — and look-alikes of the theme).
// This part holds six written look-alikes and no spoken piece: in about fifty searches every 开业/周年/答谢/乔迁 speech of the
// theme, and every speech of its neighbourhood (开工/奠基/竣工/揭牌/启用, 商会 年会, company 新年致辞, 幼儿园 开园, 新品发布会),
// stood on a used host or a template twin (see "Looked for and not found" below), as round 180 part B found for the same
// theme; the look-alikes below are all of the theme itself (a shop opening, an office-building move, two company
// anniversaries, a guide to a move notice, an essay on a second-anniversary celebration).
// Six written look-alikes: an entertainment-news item (news.ziebuer.com, "/a/<id>.html") on a celebrity founder's shop-opening
// 致辞: the headline "韩一舟神采奕奕,杭州开业致辞:今天是个好日子,和小粉丝合影留念" naming the genre, a "天堂影视 内地明星 <date>
// <time> 1" column/meta line, a "摘要:" teaser that the body repeats word for word as its third paragraph, his words quoted
// ("今天对我们来说是一个特别好的日子") and reported in the third person ("韩一舟还特意提到…", "还专门感谢了杭州人"), the
// writer's comment ("说实话,韩一舟这番致辞很接地气"), cut mid-sentence ("最有魅力") — a news report, not a speech; a company's
// report of its office-building 喬遷慶典 on a traditional-script pinyin mirror (m.vipconse.com, "/zhhl-News-<id>"): no headline
// in the capture, pinyin after most characters the converter
// touched (結(jié), 集團(tuán), 領(lǐng)導(dǎo), 銷(xiāo)售, 說(shuō), 臺(tái)階, …), the list of leaders present, the building's size, "*化" and "發(fā)展*又添上" (characters the site starred out), "zui早" (a word
// left in pinyin), the chairman's 致辭 reported ("他說(shuō),…", "董事長(zhǎng)強調,…"), cut inside a pinyin annotation ("團(tu") —
// a news report; a research group's reprint of a company's thirtieth-anniversary 庆祝大会 report (salbgs.com,
// "/<yyyy>/<mmdd>/c<n>a<id>/page.html"): a source line "转载(信息来源:安徽三联集团):", no headline, the congratulatory letters
// read out, a film shown, "…先后发言" / "依次发言" and the executive's words reported ("他说三联创立三十年,…"), cut mid-phrase
// ("第一、二次") — a news report; a steel group's thirtieth-anniversary 座谈会 report on a traditional-script pinyin mirror
// (tgtanhuang.cn, "/news/info/<id>.html"): no headline, the capture opening inside the report with an official's 講話 reported
// at length ("邵立群在講話中…", "他指出,…", "他表示,…"), the mojibake "挑重?fù)?dān)" (a lost 擔 before its pinyin), a
// " 座談會上,…" sentence after a space in the same line, a last line opening the 慶生儀式 paragraph, cut inside a pinyin annotation ("領(lǐng)"
// then nothing) — a news report; a writing guide on office-move notices (ddzxzl.com, "/xieziloubaike/<id>.html"): no title, a lead
// ending "下面就…作一些具体说明:", eight label paragraphs "通知目的:" / "搬迁原因:" / … / "搬迁庆祝或活动:" (no marker of the table),
// the 乔迁 celebration mentioned as an item, a closing "总的来说,…" paragraph cut mid-word ("与内") — a guide to a written genre
// (通知), not a speech; an SEO site's folksy essay on a second-anniversary celebration (www.985fk.com, "/985/<id>.html"): the
// headline "2周年庆典盛典:见证成长与辉煌的时刻", first-person chatter of an onlooker ("我听说,…", "我这把老骨头…"), the leaders'
// words reported ("他们说,两年拼下来,…"), the celebration's theme quoted ("感恩有你,筑梦前行"), cut mid-sentence ("可只要") —
// a personal essay, not a speech.
// Judgement calls: all six are written genres told by a third party or about a genre, so all are not speeches (as round 184
// cases 05 and 06, round 183 case 17 and round 5 case 15 judged reports of a 讲话 or 致辞): 01's headline names the 致辞 and quotes
// its opening words, but the item reports the founder ("说", "提到", "感谢了") and comments on the speech; 02's chairman's 致辭 and
// 04's official's 講話 are told in the third person inside reports; 03 reports that speakers "依次发言"; 05 explains how to write
// a 通知 (as round 64 case 04 and the shared corpus's writing guides); 06 is an onlooker's essay whose "我" is not a speaker to the
// gathering. 01's and 06's headlines are kept as informational titles (as round 183's non-speech golds kept "第669章 开业庆典" and
// "中国巨石股票上市20周年庆典在桐举行"); 02–05 show no title in the capture, so their titles are "" (as round 184 case 06).
// Non-speech gold has an empty outline and empty paragraphs/noise, so 05's label paragraphs and 02/04's pinyin are not derived.
// Names of private people (01's founder, 02's ten executives, 03's founder, chairman, executives, the doctor who wrote the letter
// and the two employee speakers, 04's official and the veteran employee) were replaced by fictional ones; 02's company name was
// made fictional (安徽恒川集团); 03's source line is site text and keeps its company name, which the body then keeps too; 01's city
// and its dish detail were changed; the prose was rewritten.
// Looked for and not found on a new host: an 开业/开业庆典 致辞 or 讲话 (m.xuewenya.com, 3du.tw, wendang.net, 07471a17.com,
// m.010zaixian.com, xiaomilidoc.com, xinsheng.sanhome.com's Discuz copy of a hotel chairman's speech, helloknj.com's 乔迁庆典致辞,
// runfargroup.com and qiantimeigw.com's traditional pinyin 开工剪彩/4S店 开业 speeches — all used or twins; the rest of the
// stored answers are novel chapters: babai.cc, fzxzj.com, jxjtwl.com, m.ifqxs.com, sdyobo.com, qzsijiazhentan1.com — used — and
// bqge8.com, hzwzsh.cn, nzlnt.com, m.hefanxs.com, 52xxs.com, airmakt.com and others, left because the part had look-alikes of a
// closer kind); a 周年庆典 讲话 (edufabricareview.com 中联重科, gongwen.com.cn 兰驼 70周年, 51yjg.com, 16fw.com 企业文化节,
// wap.baiyunpiaopiao.com 交勘院五十周年 — used); a 年终/客户 答谢会 致辞 (none stored; the query answers with 客户关系 textbooks);
// a 乔迁/启用/揭牌 speech (xzmen.cc, diyifanwen.cc, zjtcn.com's 镇政府办公大楼落成 致辞, m.wenku365.com's 竣工启用 讲话稿,
// big5.baiyunpiaopiao.com, yndrh.com, m.jxyuer.com, wnwk.com — used); neighbouring business speeches (agnbn.com, srcic.com,
// group.shanghuiwangluo.com, sdxzsh.com 商会; hkfinance.com.cn, ahzhl.cn, ressing.cn 新年致辞; onlinecha.com 幼兒園開業 主持詞,
// bowengu.com, cqoiio.com, tyusoft.com 园长致辞; nananiponjapan.blogspot.com 物產展 開幕 致詞; qdfww.com 中秋茶會 講話;
// xuekejiayuan.com — all used). Found on new hosts but not taken: news items on 商会 meetings (www.dlhssh.com.cn), a company
// 员工大会 report (www.luke1998.com), SEO articles on opening customs (www.emjgzxw29.com, www.zjxlib.cn), a hospital's recited
// poem (www.pybjy.com), all left for a later round.
// Template twins considered: twin.mjs finds no shared noise line of six characters or more for any of the six pages. 02 and 04
// are pinyin converter mirrors like the used "/fanwen/<id>.html" farm (runfargroup.com, qiantimeigw.com), but they carry
// company-news pages on other path schemes ("/zhhl-News-<id>", "/news/info/<id>.html") with no shared chrome; tgtanhuang.cn and
// salbgs.com were named in round 180 part B only as company news pages it looked at and left, not used and not twins.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '01-news-ziebuer-mingxing-kaiye-zhici-headline-quote-zhaiyao-meta-not-speech': {
    source: 'https://news.ziebuer.com/a/355247.html',
    kind: 'non-speech: news report (an entertainment item on a celebrity founder\'s shop-opening 致辞)',
    tests: 'a headline naming the genre and quoting the speech ("…开业致辞:今天是个好日子,…"); a "天堂影视 内地明星 <date> <time> 1" column/meta line; a "摘要:" teaser repeated word for word as the third paragraph; the founder\'s words quoted and reported in the third person ("还特意提到…", "还专门感谢了杭州人"); the writer\'s comment on the speech; cut mid-sentence ("最有魅力") — a news report, not a speech',
    isSpeech: false,
    title: '韩一舟神采奕奕,杭州开业致辞:今天是个好日子,和小粉丝合影留念',
    noise: [],
    outline: [],
  },
  '02-news-vipconse-big5-pinyin-qiaoqian-qingdian-bangonglou-star-censor-zui-cut-in-pinyin-not-speech': {
    source: 'http://m.vipconse.com/zhhl-News-358078',
    kind: 'non-speech: news report (a company\'s office-building 喬遷慶典; traditional-script pinyin mirror)',
    tests: 'no headline in the capture; traditional script with pinyin after many characters (集團(tuán), 領(lǐng)導(dǎo), 銷(xiāo)售); a list of ten leaders present; the building\'s size; "*化" and "發(fā)展*又添上" starred out by the site; "zui早" left in pinyin; the chairman\'s 致辭 reported ("他說(shuō),…", "董事長(zhǎng)強調,…"); cut inside a pinyin annotation ("團(tu") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '03-news-salbgs-sanlian-sanshi-zhounian-qingzhu-dahui-zhuanzai-source-line-fayan-reported-not-speech': {
    source: 'https://salbgs.com/2021/0817/c1262a34991/page.html',
    kind: 'non-speech: news report (a reprinted report of a company group\'s thirtieth-anniversary 庆祝大会)',
    tests: 'a source line "转载(信息来源:安徽三联集团):" and no headline; a four-character couplet lead; the guests and leaders listed; congratulatory letters read out; a film shown; speakers who "依次发言" and the executive\'s words reported ("他说…"); cut mid-phrase ("第一、二次") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '04-news-tgtanhuang-big5-pinyin-hongda-sanshinian-zuotanhui-jianghua-reported-no-headline-mojibake-not-speech': {
    source: 'http://tgtanhuang.cn/news/info/255.html',
    kind: 'non-speech: news report (a steel group\'s thirtieth-anniversary 座谈会; traditional-script pinyin mirror)',
    tests: 'the capture opens inside the report with no headline: "邵立群在講話中代表…" and a long reported 講話 ("他指出,…", "他表示,…") in one paragraph; pinyin after many characters; the mojibake "挑重?fù)?dān)"; a sentence " 座談會上,…" after a space in the same paragraph; a last line opening the 慶生儀式 paragraph, cut inside a pinyin annotation ("與會領(lǐng)") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-guide-ddzxzl-bangonglou-banqian-tongzhi-label-colon-items-qingzhu-not-speech': {
    source: 'https://ddzxzl.com/xieziloubaike/9461.html',
    kind: 'non-speech: writing guide (how to write an office-move notice)',
    tests: 'no title; a lead ending "下面就…作一些具体说明:"; eight label paragraphs "通知目的:" / "搬迁原因:" / "搬迁目的地:" / "搬迁时间表:" / "影响范围:" / "搬迁筹备事项:" / "联系方式:" / "搬迁庆祝或活动:" (labels outside the marker table); a closing "总的来说,…" cut mid-word ("与内") — a guide to a written genre (通知), not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-essay-985fk-liangzhounian-qingdian-folksy-seo-headline-leaders-reported-not-speech': {
    source: 'https://www.985fk.com/985/61258.html',
    kind: 'non-speech: personal essay (an onlooker\'s folksy account of a second-anniversary celebration; SEO article site)',
    tests: 'the headline "2周年庆典盛典:见证成长与辉煌的时刻"; first-person chatter of an onlooker ("我听说,…", "我这把老骨头…"); the theme quoted ("感恩有你,筑梦前行"); the leaders\' words reported ("他们说,…"); lottery and photos; cut mid-sentence ("可只要") — a personal essay, not a speech',
    isSpeech: false,
    title: '2周年庆典盛典:见证成长与辉煌的时刻',
    noise: [],
    outline: [],
  },
};
