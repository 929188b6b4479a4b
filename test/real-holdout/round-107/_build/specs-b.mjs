// Gold specs for holdout round 107, part B (cases 07–12): party organisation work (组织工作会议, 入党宣誓仪式, 党支部书记 and
// 基层党员 培训班, 新党员 代表发言, 发展党员, 入党 思想汇报 — speeches at these meetings and their written look-alikes).
// Three spoken pieces: 07, a county leader's 讲话 at the opening of a 全县基层党员示范培训班 on a paid 文秘 site (m.wm686.com): a
// "领导讲话" column label, the title with the product code "B9185" glued in front (twice), a meta line
// "2023-08-10 05:50:56      38   0  加入收藏    阅读本文需要支付:46.00" (date, views, comments, favourite link, price), an uploader
// and length line "吴咲呓全文9228字46片", the plain title, "同志们:", then one long paragraph cut mid-word ("只能参"), indented with
// spaces and separated by blank lines — no numbered point inside the capture; 08, a school party secretary's 致辞 at a 预备党员
// 宣誓仪式 on a traditional-script pinyin mirror (123shoppingwar.com, "/lilun/<id>.html"): the title printed twice, a subtitle
// "——2012屆學(xué)生預(yù)備黨員宣誓儀式致辭", the salutation "全體新老黨員同志們:", converter pinyin after a fixed set of characters
// (產(chǎn), 學(xué), 優(yōu), 進(jìn), 擔(dān), 應(yīng), 責(zé), 發(fā), 達(dá), 業(yè), 嚴(yán), 務(wù), 習(xí), 轉(zhuǎn)), the simplified leftover "今后", cut
// mid-word ("進"); 09, a university party secretary's 讲话 at a 新党员宣誓暨党校结业典礼 on the party committee's site
// (dw.hieu.edu.cn): the title, a byline "――罗启明" in horizontal bars (U+2015), "各位领导、老师、全体党校学员:" and "大家晚上好!"
// on their own lines, enrolment and prize figures, no site furniture, cut mid-sentence ("庄严的时刻").
// Three written look-alikes: 10, a forum repost of a city 组织部 report on a 新党员入党宣誓仪式 (cbrx.0715.cn, Discuz): no headline,
// the ceremony in the third person, the site's slips "烈土" and "花蓝", the deputy head's demands as inline "一是要…。二是要…。三是
// 要…。" after full stops (a report: no outline), a "图文︰…" credit glued after two spaces, "本帖最后由 … 编辑" and a lone "|";
// 11, a 区新经济组织委员会 通知 on 发展党员 and 预备党员转正 (igzgc.com): the red-head lines "中共遵义市汇川区 / 新经济组织委员会文件",
// the document number with "签发:…", the title over two lines, an addressee line ending in ":", "一、工作安排" with three "(一)…
// (三)" stages and "二、几点要求" — written, not a speech; 12, an 入党积极分子's 思想汇报 (baike.fanyaozu.com) that opens with the
// salutation "敬爱的党组织:" and speaks in the first person plural — it looks like an address, but it is a written report to the
// party organisation; the writer's slip "假如" for "加入" (twice) and the filter-dodging spaces "共 产 党" are kept; no title in the
// capture; cut mid-sentence ("我们").
// Judgement calls: 07's title is the plain title line; the code-prefixed copies, the column label, the meta line and the length line
// are the site's (noise, with "阅读本文需要支付:46.00", "加入收藏" and "全文9228字46片" listed again as shorter parts); the uploader
// name "吴咲呓" is part of the length line and goes with it. 08: both title lines are the title (the repeat is not listed as noise);
// the pinyin goes by one regexCut (its hits listed as noise); the "——…致辭" subtitle is a body paragraph and an optional level-1
// dash item (as round 3's 08). 09: the "――罗启明" byline is the speech's own line under the title (the speaker's name in the dash
// form of a subtitle, not a site's poster name) and stays as a body paragraph; a dash reader could take the horizontal bars for a
// dash point, a person would not, so it is one optional level-1 item. 10's "一是要…二是要…三是要" stand in a third-person report,
// so no outline.
// Looked for and not found on a new host: a 组织工作会议 讲话 with numbered points (gwyoo, xiaomilidoc, wm114 and its traditional
// mirror jey722, yopipo are used); a 党支部书记/村党组织书记 培训班 讲话 with 一、 and 首先/第一 (laobiganzi.top, m.jcsycorp.com,
// 07608.cn, x1762.cn, youxiua.com, szftgk.com, 51yjg.com, yrrf.cn, promaxstyle.com are used; pyh678.com is the zhuantifanwen farm);
// a 新党员代表 发言稿 (every capture of one is a school or company news report in the third person: zstzjtgs, westtxttcenter,
// lanmaguoshu, szgmbwg, sdut, naierte3d…); a 入党思想汇报 on a fresh 范文 host (goodzuowen, dcrkj, reader8, qdfww are used). So this
// part has three speeches and three look-alikes, and no speech carries a numbered point inside its capture.
// Template twins set aside: pyh678.com and hxatcapital.com (the "/zhuantifanwen/<col>/<id>.html" farm with the 小编 promo).
// Living people's names that are not public figures (officials, speakers, the new member, the photographer) were replaced by
// fictional ones; the prose was rewritten.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const WM_COL = '领导讲话';
const WM_CODE_TITLE = 'B9185在全县基层党员示范培训班开班式上的讲话';
const WM_META = '2023-08-10 05:50:56      38   0  加入收藏    阅读本文需要支付:46.00';
const WM_LEN = '吴咲呓全文9228字46片';
const WM_TITLE = '在全县基层党员示范培训班开班式上的讲话';

const SW_TITLE = '牢記使命卓越前行';

const HU_TITLE = '在2009年下学期新党员宣誓暨22期党校结业典礼大会上的讲话';

export const specs = {
  '07-jianghua-wm686-jiceng-dangyuan-peixunban-paywall-meta': {
    source: 'http://m.wm686.com/showinfo-163-19631-0.html',
    kind: 'speech: 讲话 (a county leader at the opening of the county\'s 基层党员示范培训班; paid 文秘 site)',
    tests: 'a "领导讲话" column label; the title with a product code glued in front ("B9185在全县…讲话") printed twice; a meta line "2023-08-10 05:50:56      38   0  加入收藏    阅读本文需要支付:46.00" (views, comments, favourite link, price); an uploader and length line "吴咲呓全文9228字46片"; the plain title; "同志们:"; lines indented with spaces and separated by blank lines; one long paragraph on the rules for 基层党员 training (5%, four days, 《党校工作条例》); no numbered point; cut mid-word ("只能参")',
    isSpeech: true,
    title: WM_TITLE,
    noise: [WM_COL, WM_CODE_TITLE, WM_META, WM_LEN, '阅读本文需要支付:46.00', '加入收藏', '全文9228字46片'],
    dropLines: [WM_COL, WM_CODE_TITLE, WM_META, WM_LEN, WM_TITLE],
    outline: [],
  },
  '08-zhici-123shoppingwar-big5-pinyin-yubei-dangyuan-xuanshi-title-twice-dash': {
    source: 'http://123shoppingwar.com/lilun/587969.html',
    kind: 'speech: 致辞 (a school party secretary at the 2012 students\' 预备党员 宣誓仪式; traditional-script pinyin mirror)',
    tests: 'traditional script; the title "牢記使命卓越前行" printed twice; a subtitle "——2012屆學(xué)生預(yù)備黨員宣誓儀式致辭" (optional dash item); the salutation "全體新老黨員同志們:"; converter pinyin after a fixed set of characters (產(chǎn), 學(xué), 優(yōu), 進(jìn), 擔(dān), 應(yīng), 責(zé), 發(fā), 達(dá), 業(yè), 嚴(yán), 務(wù), 習(xí), 轉(zhuǎn)), cut by regexCut; a simplified leftover "今后"; “重溫入黨誓詞,增強黨性” in quotes; no numbered point; cut mid-word ("進")',
    isSpeech: true,
    title: SW_TITLE,
    noise: [],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)'],
    dropLines: [SW_TITLE],
    outline: [
      { level: 1, marker: '——', text: '2012屆學生預備黨員宣誓儀式致辭', optional: true },
    ],
  },
  '09-jianghua-hieu-xin-dangyuan-xuanshi-dangxiao-jieye-byline': {
    source: 'http://dw.hieu.edu.cn/info/1020/1735.htm',
    kind: 'speech: 讲话 (a university party secretary at the 新党员宣誓暨党校结业典礼; party committee\'s site)',
    tests: 'no site furniture in the capture; the title "在2009年下学期新党员宣誓暨22期党校结业典礼大会上的讲话"; a byline "――罗启明" in horizontal bars (U+2015, optional dash item); "各位领导、老师、全体党校学员:" and "大家晚上好!" on their own lines; enrolment and prize figures; "第二十二期" and "22期" side by side; no numbered point; cut mid-sentence ("庄严的时刻")',
    isSpeech: true,
    title: HU_TITLE,
    noise: [],
    dropLines: [HU_TITLE],
    outline: [
      { level: 1, marker: '――', text: '罗启明', optional: true },
    ],
  },
  '10-news-0715-forum-rudang-xuanshi-yishi-not-speech': {
    source: 'http://cbrx.0715.cn/thread-646276-1-1.html',
    kind: 'non-speech: news report (a forum repost of a city 组织部 report on a 新党员入党宣誓仪式)',
    tests: 'no headline; the ceremony told in the third person (主持, 默哀, 宣读名单, 领誓, a new member "代表全体新党员发言", the deputy head "作了讲话"); the site\'s slips "烈土" and "花蓝"; the deputy head\'s demands as inline "一是要…。二是要…。三是要…。" after full stops — in a report, so no outline; a "图文︰…" credit glued after two spaces; "本帖最后由 … 编辑" and a lone "|" — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-tongzhi-igzgc-fazhan-dangyuan-zhuanzheng-wenjian-head-not-speech': {
    source: 'https://igzgc.com/12371igzgccom/Article/Show.asp$ID=312.htm',
    kind: 'non-speech: 通知 (a district 新经济组织委员会 on 发展党员 and 预备党员转正 for the second half of 2013)',
    tests: 'red-head lines "中共遵义市汇川区 / 新经济组织委员会文件"; the document number "遵汇新党通【2013】10号" with "签发:…"; the title over two lines; an addressee line "各党委、总支、支部:" (looks like a salutation); "一、工作安排" with "(一)第一阶段(…)" to "(三)第三阶段(…)。" stages and "二、几点要求" with "(一)加强组织领导。" — a written document, not a speech; cut mid-sentence ("发展党员")',
    isSpeech: false,
    title: '关于认真做好2013年下半年发展党员及预备党员转正工作的通知',
    noise: [],
    outline: [],
  },
  '12-sixianghuibao-fanyaozu-rudang-salutation-not-speech': {
    source: 'https://baike.fanyaozu.com/486940.html',
    kind: 'non-speech: 思想汇报 (an 入党积极分子\'s written report to the party organisation)',
    tests: 'no title; the capture opens with the salutation "敬爱的党组织:" and speaks in the first person ("我们"), so it looks like an address; the writer\'s slip "假如" for "加入" (twice) and the filter-dodging spaces "共 产 党" / "共产 党"; public figures named as examples; semicolon-separated "也许没有…;也许没有…;也许没有…" (no markers) — a written 思想汇报, not a speech; cut mid-sentence ("我们")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
