// Gold specs for holdout round 175, part C (cases 13–18): charity and donations (慈善 募捐, 慈善一日捐, 捐资助学, 助学金,
// 慈善晚会 — their 讲话, 发言, 致辞, and their look-alikes: a news report, a 通知 forwarding a 倡议书, a novel chapter).
// Three spoken pieces (a township leader's 讲话 at a "慈善一日捐" mobilisation meeting on a 范文 site (gkjzy.com, 解志愿,
// "/xuexi/fayan/<id>.html"): a crumb "解志愿 > 发言稿 > 列表", the title, a "来源:解志愿时间:" meta line whose time is empty,
// the title again glued to the salutation ("…讲话同志们:"), a long opening paragraph that ends "我再讲三个方面的问题:", one
// standalone heading "一、统一思想,强化领导,扎实组织好“慈善一日捐”活动", a body whose figures the site stripped ("去的" for
// 去年, "达到余万元", "全市排名三", "救助困难家庭户", "救助金.万元"), a "XX度" placeholder, a stray space inside a document
// title ("先进 单位"), cut mid-title after a stray space ("《关于开展 “慈善一日"); a former recipient's 发言 at a 恤孤会
// gathering, ten years after his grant, on the charity's own news page (oesgd.org.cn, "/News/details.asp?classid=61&id=<id>"):
// a bracketed label "(受助学生代表黎远航发言)" as the first line, no title, the salutation to the charity's leaders, donors and
// volunteers, the speaker naming himself, figures (3000元, 250元, 668分), "第一志愿…,第二志愿…" inside a sentence, a
// paragraph opening "首先谢谢…" with no comma, cut mid-sentence ("多了一些"); the founder and main donor of a city's culture-
// and-education foundation speaking at its second award ceremony, on the foundation's site (tcwenjiao.com,
// "/news/news/<id>.html"): no title and no site noise at all, the salutation naming two secretaries, "大家上午好!" on its own
// line, an opening "首先我作为…" with no comma, a run of "希望…;希望…" wishes, "79年", a bracketed aside "(从小学到高中)", "有
// 两点:一点是…" after a colon, cut mid-list ("三河初中和")) and three written look-alikes (a charity newspaper's report of a
// city's "慈善一日捐" mobilisation meeting (m.csgyb.com.cn, 慈善公益报, EmpireCMS "/e/action/ShowInfo.php"): the paper's name
// and the reporter in brackets glued before the lead, the vice-mayor's three points told in the third person ("提出三点意见。
// 一是…。二是…。三是…。") — inline 一是/二是/三是 after full stops inside a report — the year's figures, and a
// "责任编辑:csgyb2" line; the whole stored page; a college's 通知 forwarding the city's "慈善一日捐" 倡议书 on a casino mirror
// of the college's site (daliantijian.net, "/info/1023/<id>.html"): an addressee line "院属各部门、各院(部):" that looks like
// a salutation, the casino brand "360环球在线注册" twice where the college's name stood, standalone "一、活动时间" /
// "二、捐助办法" items with their values on the next lines, a phone number, a closing appeal, the 倡议书's title, the
// senders "党委办公室 工会" and the date — a written notice, not a speech; the whole stored page; a traditional-script novel mirror
// (tw.wxdzs.net, "/wxread/<book>_<id>.html") of a chapter in which a TV host opens a charity gala and a foundation chairman
// starts his 致詞: quoted lines addressed to "各位嘉賓、各位朋友", pinyin annotations glued after the characters "一(身shēn)",
// "(熱rè)烈", "煽動(性性)", the converter's leftover forms (大廳里, 余香, 然后, 輕松), cut mid-sentence ("接著說")).
// Judgement calls: 13's title is the "在…会议上的讲话" line; its copy glued before "同志们:" is cut as a glued title repeat
// (not listed, as it equals the title; as the shared corpus's 03 and round 6's 05); the crumb and the meta line with its
// empty time are noise; the stripped figures ("去的", "余万元", "排名三", ".万元") are the site's damage to the text and stay
// in the body, as censored or blanked text does (shared corpus: `人民*协商会议`; round 3's 03); "XX度" is a placeholder and
// stays; the one heading line is a required level-1 item (text = the whole line); "我再讲三个方面的问题:" announces the parts
// and is no item; the last line, cut after "《关于开展 “慈善一日", stays as the last paragraph. 14: the bracketed
// "(受助学生代表黎远航发言)" is the news page's label naming whose words follow (the press-label reading of round 37 and
// round 149's 08 "【講話實錄】"), not the speech's own name, so it is noise and the title is "" (no title line in the capture;
// none is made from the label, as round 4's 11 made none from its 【致辭背景】 label); the self-introduction in the body
// stays; "首先谢谢…" opens a paragraph without a comma and has no 其次 in the capture, a courtesy thank-you → no item (as round
// 5's 11, "首先请…" without a comma); "第一志愿是…,第二志愿…" is an ordinal + noun after a comma → no item. 15: a speech with no
// title in the page: the salutation and "大家上午好!" open it and it speaks to the ceremony in the first person (shared
// corpus: "with no title in the page, the body opens with an address to the audience"), so the title is ""; "首先我作为…"
// without a comma → no item (as 14); "一点是…" after a colon is no marker; no site noise, noise is empty; the officials named in
// the salutation are public office holders and keep their names, the speaker is unnamed. 16 is a report told in the third
// person (本报记者, "…讲了话,…提出三点意见。"), so its inline 一是/二是/三是 after full stops are no outline (as round 174's 16).
// 17 is a written notice: its addressee line looks like a salutation (as the shared corpus's 82) and its 一、/二、 items are a
// notice's, not a speaker's points. 18 is a novel chapter: the host's and the chairman's words are quoted inside narration
// (as the shared corpus's 33). Names of private people (the township's officials and the two comrades reading documents,
// the former recipient, the reporter and the city officials in 16, the novel's characters) were replaced by fictional
// ones; the phone number in 17 was changed; the prose was rewritten.
// Looked for and not found on a new host (the search budget ran out during this part, so only three speeches stand): a
// 慈善晚会 主持词 (fanwenq.com, m.p719.cn, zh.17hubei.com.cn, szftgk.com used; the fresh hits are novels); a 捐赠仪式 致辞 or
// 答谢词 with 一是/第一 points (renwen.xytest.com "一是…;二是…;三是…", m.wenke99.com "第一:感谢!", 010zaixian.com, rene-tech.com,
// jcsycorp.com (traditional, 篇1), m.fupindai.com, wnwk.com, m.docduoduo.com (viewer page numbers) all used); a 助学金 发放仪式
// 讲话 with numbered points (wmjy.cn "第一句话…", shenghuoriji.com, gkfww.com, xiexiebang.com used; the fresh hits are
// third-person reports: news.gdufs.edu.cn, m.ahxxt.cn, news.guilinlife.com "一是…;二是…;三是…", www.zysbs.cn, goxoyo.com,
// 5512555.com (traditional), www.cdbashi.com (traditional), johnhobbscomedy.com); a 慈善总会 会员大会 讲话 (cs0573.com,
// wenkuhub.com, ishare.iask.sina.com.cn used); a 文库 viewer of a charity speech (m.docduoduo.com, taowenge.com, m.wenke99.com
// used); a traditional-script mirror of a charity speech (828857.com, a converter copy of 公务员之家 with its "公务员之家版权所有"
// watermark, and jcsycorp.com are used; mypaat.blogspot.com sits on the used blogspot.com).
// Template twins considered: www.news.gov.hk (林鄭月娥's 便服日 致辭, a genuine traditional speech page) carries the Hong Kong
// government's accessibility bar "預設字體大小 較大的字體 最大的字體 … 網頁指南", two labels of which round 92's 03
// (ceo.gov.hk) also carries → dropped, though the labels are the government's common furniture; daliantijian.net and
// www.justthe6ofus.net are both casino mirrors (a college, a city charity association) and round 161's 17 (ayokj) is another
// casino-branded charity page, but they share no line with it; only daliantijian.net was taken; gkjzy.com's crumb ends
// "> 发言稿 > 列表" like round 62's 01 (xiaocaofanwen.com, "当前位置:首页 > 演讲稿范文 > 发言稿 > 列表页"), but the site
// name, the meta line ("来源:解志愿时间:" vs "小草范文网 发布于:… 分类: 发言稿 手机版") and the piece headings differ, so it was kept;
// m.csgyb.com.cn's "责任编辑:" line is a generic field label that three used pages carry with other values (round 101's 15,
// 102's 07, 107's 16); its "csgyb2" value and the "慈善公益报(本报记者" lead occur on no used page.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GK_CRUMB = '解志愿 > 发言稿 > 列表';
const GK_TITLE = '在全镇“慈善一日捐”工作会议上的讲话';
const GK_META = '来源:解志愿时间:';

const OE_LABEL = '(受助学生代表黎远航发言)';

export const specs = {
  '13-jianghua-gkjzy-cishan-yirijuan-crumb-empty-time-glued-title-yi-heading-blanked-numbers': {
    source: 'http://gkjzy.com/xuexi/fayan/281886.html',
    kind: 'speech: 讲话 (a township leader at a "慈善一日捐" mobilisation meeting; 范文 site)',
    tests: 'a crumb "解志愿 > 发言稿 > 列表"; the title; a "来源:解志愿时间:" meta line with an empty time; the title again glued to "同志们:" (cut as a repeat); an opening paragraph ending "我再讲三个方面的问题:"; one standalone heading "一、统一思想,强化领导,扎实组织好“慈善一日捐”活动" (required level 1); figures stripped by the site ("去的", "达到余万元", "全市排名三", "救助困难家庭户", "救助金.万元", kept); a "XX度" placeholder; a stray space in a document title ("先进 单位"); cut mid-title after a stray space ("《关于开展 “慈善一日")',
    isSpeech: true,
    title: GK_TITLE,
    noise: [GK_CRUMB, GK_META],
    replace: [[GK_TITLE + '同志们:', '同志们:']],
    dropLines: [GK_CRUMB, GK_TITLE, GK_META],
    outline: [
      { level: 1, marker: '一、', text: '统一思想,强化领导,扎实组织好“慈善一日捐”活动' },
    ],
  },
  '14-fayan-oesgd-xugu-shouzhu-xuesheng-bracket-label-no-title-cut-midsentence': {
    source: 'http://www.oesgd.org.cn/News/details.asp?classid=61&id=31801',
    kind: 'speech: 发言 (a former grant recipient speaking for the students a 恤孤会 has supported; the charity\'s news page)',
    tests: 'a bracketed label naming the speaker "(受助学生代表黎远航发言)" as the first line (noise); no title; the salutation "尊敬的恤孤会领导、爱心人士和志愿者们:"; "大家好!" glued to the first sentence; the speaker naming himself; figures (2009年, 3000元, 250元, 668分); "第一志愿是…,第二志愿…" inside a sentence (no item); a paragraph opening "首先谢谢…" without a comma, a lone courtesy thank-you (no item); cut mid-sentence ("多了一些")',
    isSpeech: true,
    title: '',
    noise: [OE_LABEL],
    dropLines: [OE_LABEL],
    outline: [],
  },
  '15-zhici-tcwenjiao-jijinhui-banjiang-salutation-first-no-title-shouxian-nocomma': {
    source: 'http://tcwenjiao.com/news/news/51.html',
    kind: 'speech: 致辞 (the founder and main donor of a city\'s culture-and-education foundation at its award ceremony; the foundation\'s site)',
    tests: 'no title and no site noise: the page opens with the salutation "尊敬的徐雄书记、方平书记、各位领导、各位乡友、各位老师和同学们:"; "大家上午好!" on its own line; "首先我作为…" without a comma (no item); a run of "希望…;希望…" wishes; "79年"; a bracketed aside "(从小学到高中)"; "有两点:一点是…" after a colon (no marker); cut mid-list ("三河初中和")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-csgyb-yuyao-cishan-yirijuan-dongyuan-yishi-after-fullstop-editor-line-not-speech': {
    source: 'https://m.csgyb.com.cn/e/action/ShowInfo.php?classid=4&id=33427',
    kind: 'non-speech: news report (a city\'s "慈善一日捐" mobilisation meeting; a charity newspaper\'s mobile site)',
    tests: 'no headline in the capture; the paper\'s name and the reporter glued before the lead ("慈善公益报(本报记者 魏晨阳)近日,…"); the meeting told in the third person (主持, 回顾, 讲了话); the vice-mayor\'s "三点意见。一是…。二是…。三是…。" — inline 一是/二是/三是 after full stops inside a report; the year\'s figures with percentages; a "责任编辑:csgyb2" line — a report, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-tongzhi-daliantijian-cishan-yirijuan-changyishu-casino-brand-yi-er-salutation-not-speech': {
    source: 'http://daliantijian.net/info/1023/1313.html',
    kind: 'non-speech: 通知 (a college forwarding the city\'s "慈善一日捐" 倡议书; casino mirror of the college\'s site)',
    tests: 'an addressee line "院属各部门、各院(部):" that looks like a salutation; the casino brand "360环球在线注册" twice where the college\'s name stood; "现将有关事项通知如下:"; standalone items "一、活动时间" / "二、捐助办法" with their values on the next lines (a date range that says 2020 in a 2021 notice); a phone number; a closing appeal; the 倡议书\'s title, the senders "党委办公室 工会" and the date — a written notice, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-wxdzs-big5-pinyin-cishan-wanhui-host-quoted-zhici-not-speech': {
    source: 'https://tw.wxdzs.net/wxread/84501_35977681.html',
    kind: 'non-speech: novel (a chapter in which a TV host opens a charity gala; traditional-script novel mirror)',
    tests: 'no chapter heading in the capture; a host\'s quoted address "各位嘉賓、各位朋友,…" and his gala opening in quotes inside narration; pinyin annotations glued after characters ("一(身shēn)", "(熱rè)烈", "煽動(性性)"); the converter\'s leftover forms (大廳里, 余香, 然后, 輕松); a foundation chairman called up "為大家致詞" and his first quoted sentence of thanks — a novel, not a speech; cut mid-sentence ("接著說")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
