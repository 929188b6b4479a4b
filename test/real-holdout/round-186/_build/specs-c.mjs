// Dropped after the engine's first run (a separate commit): the cases below whose hosts earlier rounds had set aside as template twins or named as used — this stop's list of used hosts, rebuilt from the gold files alone, had missed them. Their specs are gone; the header still describes them, as the record of what was looked at.
// Gold specs for holdout round 186, part C (cases 13–18): weddings, birthdays and family banquets (婚礼 致辞/证婚词/主持词,
// 寿宴 致辞, 满月酒/升学宴/谢师宴 致辞, 家长 发言 at a family event — and look-alikes of the theme: an essay titled as a
// father's wedding 致辞 and a guide to a father's 订婚 发言).
// Four spoken pieces (a clan elder's 致辞 at the clan's Lantern Festival banquet, reposted on a tech-article aggregator
// (e-com-net.com, "/article/<id>.htm"): the title in book-title marks "《在元宵佳节宗亲聚会上的致辞》" as the first line, an author
// credit "文/<name>" on a line of its own, the salutation "各位李氏族亲:" and "大家上午好!" each on its own line, paragraphs
// separated by blank lines, the host of the banquet thanked by his generation and name ("十九世德明"), "历次宴会仍在目。第一次是
// 2002年…" (an ordinal with a noun inside a sentence), a paragraph ending "有诗为赞:" and a couplet on a line of its own, cut
// mid-date ("同年5月16"); a son's 致辞 at his mother's ninetieth-birthday banquet on a traditional-script converter site
// (ndbrw.com, "/youhuashoucang/<id>.html"): no title, no salutation and no site noise in the capture, the speech opening "今天是
// 我母親的九十歲生日。…我謹代表我們全家對您的光臨表示衷心的感謝!", one line to a paragraph, the converter's 壹 for 一 inside words
// ("壹切", "壹言壹行", "壹雙雙", "壹段") and its 麽/裏 forms, a newspaper title in book-title marks, cut mid-word ("母親偉"); a
// Taiwanese father's 致辞 at his daughter's wedding, printed inside a short article on a converter mirror with pinyin
// annotations (marylandnursingschools.com, "/bai_ke/detail_<id>"): no headline in the capture, a lead paragraph ("…下面我們就
// 一起來讀讀這段…父親致辭吧。"), the label "臺灣父親在女兒婚禮上的致辭原文:", the speech in five paragraphs with pinyin after
// some characters (網(wǎng), 優(yōu), 數(shù), 領(lǐng), 業(yè), 應(yīng), 結(jié), 經(jīng), 發(fā)), a mis-encoded run at its start ("我?guī)е遗畠鹤呒t
// 地毯"), simplified leftovers (以后, 之后, 最后, 終于), a gloss in brackets "(臺灣話哭的意思)", "1+1=2" / "0.5+0.5=1", a name
// placeholder "xx", "最后我要跟xx說" and "最后祝福…" without commas, and a trailing paragraph of the page's comment on the speech
// ("這位父親…的致辭被網(wǎng)友紛紛轉載,…"); a British groom's wedding-banquet speech translated and read by a Hong Kong blogger
// (ps-auxw.blogspot.com, "/<yyyy>/<mm>/blog-post_<n>.html"): the blogger's label "以下是講辭譯本 (我還要以第一身讀出呢...)", a
// note "新娘 : Mary (假名)" with spaces round the colon, the salutation glued to the first sentence ("各位來賓,大家好,衷心多謝…"),
// Hong Kong written Chinese (孖女, 大孖及細孖, 幫手, 亦), Latin first names in a list, "何牧師, 梁牧師" with a comma and a space, an
// inline "首先," in the first paragraph and another inline "首先," in the second (no 其次), "此外,", cut mid-sentence ("與我分享"))
// and two written look-alikes (an essay under the headline "父亲婚礼致辞" on a composition site (www.t262.com, "/zw/<id>.html"): the
// headline, a "时间:2017-08-06 09:51:22 初中生类 我要投稿" meta line, the headline three times more on lines of their own (image
// captions of the template), then a first-person story of a father's wedding 致辞 that was never delivered and was found years
// later in a drawer, a backtick glued before a comma ("酒店办的`,"), cut inside the quoted draft ("这都怪爸爸对你") — a personal
// essay, not a speech; a Q&A-style guide on what a groom's father says at an engagement banquet (www.xuexibi.com,
// "/jiaoyujiedu/<id>.html"): a lead sentence ending in a colon, block headings "一、开场致谢" … "四、结尾致谢" each followed by two
// "label:explanation" lines, "示例模板(综合权威来源):" and a quoted sample speech behind "> " with a salutation and "最后," —
// a writing guide, not a speech; 489 characters, the whole stored page).
// Judgement calls: 13's title is the first line as printed, book-title marks included (as round 120 case 13 kept
// "《杜绝校园欺凌 共建和谐校园》" and round 178 case 02 "《科技追梦 强国有我》"); "文/李建平" is an author credit without a position
// and is noise (as round 151 case 10's "文 /巴九灵(…)" and the shared corpus's bare poster names under the title), while the
// salutation "各位李氏族亲:" and "大家上午好!" are body paragraphs; the couplet after "有诗为赞:" is the speaker's quotation and
// stays as a paragraph; "第一次是2002年…" is an ordinal with a noun ("the first time"), a narrative phrase no reader takes for a
// point, and a run of one → no item (as 第一时间 in the rules; unlike round 3 case 11's "第一层意思," which opens a point). 14 is a
// speech although the capture holds no title, no genre word and no salutation: the speaker addresses the guests in the first
// person ("我謹代表我們全家對您的光臨表示衷心的感謝!", as round 180 case 08's talk with no genre, title or salutation and round 183 C's
// 13); the title is "" (as round 6 case 07 and round 182 case 01); the converter's 壹 and the variant forms stay (artefacts of the
// page, as the shared corpus keeps mis-encoded runs); no outline. 15 is a speech page: its document is the father's 致辞 printed
// whole under a label (as round 184 B's 07 under "以下是汤敏演讲实录:", round 134 case 02 under "以下为致辞全文:" and round 183 C's 13
// under "以下為致辭全文:"); the lead paragraph, the label and the trailing comment are the page's and are noise (the comment as a
// press paragraph of the page, like round 184 B's 07's lead paragraphs); no line is the speech's own title, so the title is ""
// (as round 183 C's 13; the label names the occasion but is a press line, not a title); the pinyin annotations go (regexCut), the
// mis-encoded run at the start of the first paragraph stays (as the shared corpus's "鐐轰簡浣犲?戣??創立"), and so do the simplified
// leftovers, the gloss "(臺灣話哭的意思)" and the placeholder "xx"; "最后我要跟xx說" and "最后祝福…" have no comma → no marker (as
// round 5 case 11's "首先请…"). 16 is a speech page under a blogger's label (as 15); the label and the pseudonym note "新娘 : Mary
// (假名)" are the blogger's and are noise; the title is "" (the post title is not in the capture); the salutation glued to the first
// sentence stays glued (shared corpus convention: no paragraph break is invented); the two "首先," stand in different paragraphs
// with no 其次 → no run, no item (a lone inline 首先 is no marker by the letter, as round 184 A's 04 "首先要保持警惕" and round 180's
// 01 lone "最后,"), and "此外," is outside the table. 17 and 18 are written: 17 a personal essay in the first person about a
// 致辞 (as the shared corpus's 65, a diary-style essay about a farewell tea party), its headline naming the genre notwithstanding;
// 18 a writing guide (as the shared corpus's 04, 05 and 64), whose 一、…四、 headings and quoted sample speech are no outline.
// Names of private people (13's author, the banquet's host, the couple and the wife with her honours; 15's and 16's couple are
// already unnamed or pseudonymous; 16's pastors, helpers and friends) were replaced by fictional ones, and 13's and 14's places,
// firm, newspaper and museum by fictional ones; the prose was rewritten throughout (15 in the mirror's script with the annotations
// on the same characters, 14 with the converter's 壹 in the same kind of words).
// Looked for and not found on a new host: a 证婚词/证婚人致辞 or a parent's 婚礼 致辞 on a 范文 site (m.010zaixian.com, m.sarr.cn,
// m.jifanwen.com, m.xuewenya.com, caiyes.cn, m.beiweimall.com, www.mingyanjiaju.org, 360docs.net are used; the "【…】"/"/jxfw/"
// AI-article network of used renwen.czt.cc (m.haosanshui.com, m.fjndwb.com, news.czt.cc, renwen.xytest.com, www.tyusoft.com,
// www.szpxe.com, renwen.jjcmw.cn) was left as one template); a 寿宴 致辞 or 主持词 with numbered points (dxzy.org, qinggana.com,
// www.027art.com, m.78911.com.cn, www.dachuyingcai.com, www.p719.cn, meipian.cn are used; m.zit.org.cn, a converter mirror of
// meipian, shares its base domain with www.zit.org.cn claimed by round 185); a 满月酒 or 百日宴 致辞 (the stored pages are 请柬
// templates and custom articles: chacila.com, m.ddtbk.com, kfzbg.com, dongkepu.com, wapiknow.baidu.com); a 升学宴/谢师宴 致辞
// (jjfwb.com, fhfwb.com, www.iccie.tw, www.cooxue.com are used; m.book6789.com, "/wenku/<col>/<id>", has the path of used
// m.sarr.cn and was dropped); a 婚礼主持词 (m.5728338.com, fanwen120.cn are used; the rest are novel chapters); a leader's 集体婚礼
// 讲话 (only reports: zggywang.com, www.cnzpmj.com, ayyxkj.com, nongmin.com.cn); a 金婚 致辞 (only essays and reports:
// oldkids.cn and cn.epochtimes.com are used, canadachinanews.com, shcafe.org); so none of the four speeches carries a numbered
// point. Found on new hosts but not taken: a mother's blog post on her son's wedding ending in her 主婚人 words
// (hueipi918.pixnet.net, an essay with the speech appended: left for a clearer case), novels quoting a 寿宴 主持词 or a 证婚词
// (loveisquarantine.com, ibqg.vip, 53xs.net), a 祝寿 etiquette guide under a 祝福语 headline (www.fo5000.cn).
// Template twins considered: twin.mjs finds no shared noise line for any of the six pages; 9pek.com's 纪念母亲 演讲 stands on the
// hijacked-dedecms template of round 6's 06 and round 18's 03 ("来源::未知 | 作者:<brand> | 本文已影响") and was dropped;
// www.t262.com's meta line has the "时间:<date> <column> 我要投稿" shape that occurs on used pages of eight hosts (www.ruiwen.com,
// www.yjbys.com, m.unjs.com, www.haikao.com, gaozihui.com, haowendang.cn, hxswjs.com, www.zvobng.live) but with none of their
// words, a generic CMS meta shape rather than a site's own line, so it was kept (its non-speech gold scores no noise);
// ps-auxw.blogspot.com is a Blogger blog beside nine used ones, but its capture holds no Blogger chrome and shares no line with
// them; the converter artefacts of ndbrw.com (壹) and marylandnursingschools.com (pinyin after 網, 發, 結, …) are generic to
// converter mirrors and carry no site line.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, compared after the regexCut) removed; what is left are the
// paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unPinyin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const EC_TITLE = '《在元宵佳节宗亲聚会上的致辞》';
const EC_BYLINE = '文/李建平';

const MN_LEAD = '前幾天偶然刷到網(wǎng)友上傳的一段臺灣父親在女兒婚禮上的致辭,視頻中的父親舉止優(yōu)雅,言辭懇切,每一句都透著對新人的祝願和對女兒的依依不舍,下面我們就一起來讀讀這段打動了無數(shù)網(wǎng)友的父親致辭吧。';
const MN_LABEL = '臺灣父親在女兒婚禮上的致辭原文:';
const MN_TAIL = '這位父親在女兒婚禮上的致辭被網(wǎng)友紛紛轉載,讓人不由得感嘆這位父親的發(fā)言功力真不一般,連看熱鬧的路人都感受到了這位父親對寶貝女兒滿到溢出屏幕的愛和對新人最真誠的祝福。';

const PA_LABEL = '以下是講辭譯本 (我還要以第一身讀出呢...)';
const PA_NOTE = '新娘 : Mary (假名)';

export const specs = {
  '13-zhici-ecomnet-zongqin-yuanxiao-jiayan-book-marks-title-byline-couplet-diyici-cut-mid-date': {
    source: 'https://e-com-net.com/article/1727750398183288832.htm',
    kind: 'speech: 致辞 (a clan elder at the clan\'s Lantern Festival banquet; tech-article aggregator)',
    tests: 'the title in book-title marks "《在元宵佳节宗亲聚会上的致辞》" as the first line (kept with its marks); an author credit "文/<name>" on a line of its own (noise); the salutation "各位李氏族亲:" and "大家上午好!" on lines of their own; paragraphs separated by blank lines; "历次宴会仍在目。第一次是2002年…" (an ordinal with a noun inside a sentence: no item); a paragraph ending "有诗为赞:" and a couplet on a line of its own (body); cut mid-date ("同年5月16")',
    isSpeech: true,
    title: EC_TITLE,
    noise: [EC_BYLINE],
    dropLines: [EC_TITLE, EC_BYLINE],
    outline: [],
  },
  '14-zhici-ndbrw-big5-converter-muqin-jiushi-shouyan-yi-artefacts-no-title-no-salutation-cut-mid-word': {
    source: 'http://ndbrw.com/youhuashoucang/22811.html',
    kind: 'speech: 致辞 (a son at his mother\'s ninetieth-birthday banquet; traditional-script converter site)',
    tests: 'no title, no genre word, no salutation and no site noise in the capture: the speech opens "今天是我母親的九十歲生日。" and thanks the guests in the first person; one line to a paragraph; the converter\'s 壹 for 一 inside words ("壹切", "壹言壹行", "壹雙雙", "壹段") and its 麽/裏 forms (kept); a newspaper title in book-title marks inside a sentence; cut mid-word ("母親偉"); do-no-harm for title and noise',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-zhici-marylandnursing-big5-pinyin-mirror-hunli-fuqin-lead-label-mojibake-trailing-comment-no-title': {
    source: 'http://marylandnursingschools.com/bai_ke/detail_21061',
    kind: 'speech: 致辞 (a Taiwanese father at his daughter\'s wedding, printed inside a short article; converter mirror with pinyin annotations)',
    tests: 'no headline in the capture; a lead paragraph announcing the speech and a label "臺灣父親在女兒婚禮上的致辭原文:" (both noise); the speech in five paragraphs with pinyin after some characters (網(wǎng), 領(lǐng), 業(yè), 應(yīng), 結(jié), 經(jīng)…); a mis-encoded run opening the first paragraph ("我?guī)е遗畠鹤呒t地毯", kept); simplified leftovers (以后, 之后, 最后, 終于); a gloss "(臺灣話哭的意思)"; "1+1=2" / "0.5+0.5=1"; a placeholder "xx"; "最后我要跟xx說" and "最后祝福…" without commas (no marker); a trailing comment paragraph of the page (noise); no title: ""',
    isSpeech: true,
    title: '',
    noise: [MN_LEAD, MN_LABEL, MN_TAIL],
    regexCut: [PINYIN],
    dropLines: [unPinyin(MN_LEAD), MN_LABEL, unPinyin(MN_TAIL)],
    outline: [],
  },
  '16-zhici-psauxw-hk-blog-hunli-xinlang-jiangci-yiben-label-pseudonym-note-glued-salutation-two-shouxian': {
    source: 'http://ps-auxw.blogspot.com/2008/12/blog-post_23.html',
    kind: 'speech: 致辞 (a British groom\'s wedding-banquet speech, translated and read by a Hong Kong blogger; Blogger blog)',
    tests: 'the blogger\'s label "以下是講辭譯本 (我還要以第一身讀出呢...)" and a note "新娘 : Mary (假名)" (both noise); no title in the capture; the salutation glued to the first sentence ("各位來賓,大家好,衷心多謝…", stays one paragraph); Hong Kong written Chinese (孖女, 大孖及細孖, 幫手, 亦); Latin first names in a list; "何牧師, 梁牧師" with a comma and a space; an inline "首先," in the first paragraph and another in the second, no 其次 (no run: no item); "此外,"; cut mid-sentence ("與我分享")',
    isSpeech: true,
    title: '',
    noise: [PA_LABEL, PA_NOTE],
    dropLines: [PA_LABEL, PA_NOTE],
    outline: [],
  },
  '18-guide-xuexibi-dinghun-fuqin-fayan-yi-er-san-si-headings-label-colons-quoted-template-not-speech': {
    source: 'http://www.xuexibi.com/jiaoyujiedu/355448.html',
    kind: 'non-speech: writing guide (what a groom\'s father says at an engagement banquet; Q&A article site)',
    tests: 'a lead sentence ending "…具体可以分成下面几部分:"; block headings "一、开场致谢" / "二、核心祝福" / "三、情感表达" / "四、结尾致谢", each followed by two "label:explanation" lines; "示例模板(综合权威来源):" and a quoted sample speech behind "> " with its own salutation and "最后," — a guide, not a speech (no outline); 489 characters, the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
