// Gold specs for holdout round 91, part C (cases 13–18): the press and publishing (宣传思想工作, 记者节, 新闻发布会,
// 出版发行, 融媒体中心 — speeches and their look-alikes).
// Four spoken pieces (a provincial department official's 讲话 at a system-wide 宣传工作会 with 通讯员 training, the first
// piece of a collection page (m.bestjiaoyu.net): the collection title "通讯员会议上的讲话(必备3篇)", the piece heading
// "通讯员会议上的讲话 篇1", "同志们:", placeholders xx/20xx, stray spaces between numbers and counters ("5 个市(州)",
// "4 月上旬") and inside a phrase ("治水兴水 抓在手里"), "这里,我讲两个方面的意见。", a standalone heading "一、…功不可没",
// then an inline " 一是 集中开展了…。" with a space on each side after a full stop, its 二是 past the cut, cut mid-word
// ("厅级领"); a 记协 officer's 致辞 at the launch of a 县级融媒体中心 east–west cooperation project on a provincial
// journalists' association site (zja.org.cn): the speech's own two-phrase title separated by a space, two blank lines, a
// "——在…启动仪式上的致辞" subtitle, a byline with the speaker's positions and name, a long salutation, "大家上午好!" and
// paragraphs indented with four spaces, "首先代表…" inside a sentence, no numbered point, cut mid-word ("的一"); a
// university leader's 致辞 closing a short course of the "一带一路" 新闻合作联盟 for foreign journalists, on a
// traditional-script mirror (hetao123.com) with converter pinyin after a fixed set of characters (環(huán), 網(wǎng), 領(lǐng),
// 導(dǎo), 聯(lián), 學(xué), 經(jīng), 結(jié), 發(fā), 調(diào), 現(xiàn), 產(chǎn), 業(yè), 權(quán), 風(fēng), 內(nèi), 態(tài)): a "來源:環(huán)球網(wǎng)" line and a
// bare timestamp line, no title of the speech, the salutation and "大家上午好!", the mirror's unconverted 采訪, cut
// mid-phrase ("開放自信"); the 中国记协 chairman's 致辞 at the association's Spring tea party for retired journalists, on a
// traditional-script mirror of a 记协 page (boronfuelsource.com) with converter pinyin (協(xié), 農(nóng), 領(lǐng), 導(dǎo),
// 統(tǒng), 節(jié), 習(xí), 創(chuàng), 關(guān), 應(yìng), 設(shè), 發(fā), 戰(zhàn), 擔(dān), 責(zé)) — also inside the speaker's name in the
// title line — "????" where each paragraph's indentation was mis-encoded, the mirror's 奮斗, cut mid-word ("增強新")) and
// two written look-alikes (a county news portal's report of its 记者节 staff games on a traditional-script mirror
// (m.014i.cn) with converter pinyin and mis-encoded runs where punctuation and the characters around it were lost
// ("慶?!?018年", "運動會?;顒佑煽h委", "環(huán)境?!?新聞工作者"), a 宣传部 official's remarks reported in the third person
// ("同時強調,…要…") and a quoted first-person vow of the journalists; a news site's report of a city 融媒体中心 揭牌
// (yunxihuixiang.com): the headline, a "云栖网:" lead, the propaganda chief's remarks as "…表示建设…" and then block
// paragraphs "一要…"/"二要…"/"三要…" in the reporter's voice — a report, not a speech, whatever its block markers; a
// word the site dropped ("…思想和党的精神") kept; cut after a comma).
// Judgement calls:
// - 13: a collection page whose first piece is a speech: the title is the piece's own title without " 篇1" (equal to the
//   collection title without "(必备3篇)"); both header lines are noise, with "(必备3篇)" as a shorter part. "一、…" is a
//   required level-1 heading (the whole line). " 一是 集中开展了全省河湖专项督查调研。" follows a full stop (and a space),
//   so it is an inline point, but its 二是 lies past the cut: a run of one → optional, level 2 under 一、 (as the shared
//   corpus's run-of-one rule), its text the first sentence.
// - 14: the first line is the speech's own title (two phrases, one space, kept as printed); the "——在…致辞" subtitle is a
//   body paragraph and an optional dash item (a subtitle that opens with ——, as the shared corpus's 28); the byline with
//   the speaker's positions stays as the speech's own header; the page has no site noise in the capture (do-no-harm case);
//   "首先代表" inside a sentence is prose.
// - 15: no title line: the capture opens with the source line and the timestamp (noise, the source line listed as found
//   and dropped in its cut form), then the salutation; the body addresses the audience in the first person ("我謹代表學校"),
//   so it is a speech with title ""; the pinyin goes by the shared PINYIN expression; no outline (the 甘肅/成都/青島 list is
//   separated by semicolons with no markers).
// - 16: the title line names speaker, occasion and genre and is the title (pinyin removed, dropped in its cut form, not
//   listed); "????" is the mirror's lost paragraph indentation (as round 29's 07 and round 54's 14): noise, cut by a replace;
//   no outline.
// - 17, 18: written reports, not speeches. 17 has no headline in the capture (title ""); 18's block 一要/二要/三要 are
//   the reporter's summary of the chief's remarks (third person, "表示"), so no outline; its title is the headline.
// Names: the officials and reporters are fictional (周启明, 志远, 林峰 in 13; 沈立群, 吴永涛 in 14; 莊毅農 for the 记协
// chairman in 16, the fictional name round 48 gave the same office holder; 林悦, 郑明远 in 17; 韩立 in 18); the hotel in 15 was
// changed; organisations, cities and the programme names are kept.
// Numbered points: 13 holds one heading and one optional inline point; 14 one optional dash subtitle; 15 and 16 none.
// Only one speech carries two numbered points inside the capture: fresh numbered press speeches were not found.
// Looked for and not found on a new host: a 宣传思想(文化)工作会议 讲话 with 一、/（一）/一是 points (365docx, m.wenke99,
// 6dgww, mingyanjiaju, 35331 (m.), xiexiebang, qiantimeigw, m.sanweiyuan, max.book118, gongwen.com.cn, gongwenbang.cn,
// 92read, p719 and zgxlcd are used); a 记者节 座谈会 讲话/致辞 with 一要/第一 points (m.2sdx's "一要树立…" speech and
// m.fanwen118 are used; zgxlcd's 宣傳部講話致辭稿篇一 is used); a 新闻发布会 主持词 (the corpus answers with novel chapters
// and a used guide on laomiw); an 出版 发行 年会 致辞 as a document (only news reports: tvcopyright.org, cnguashi.com,
// bbs.cnssxq.com, news.wenweipo.com (paper.wenweipo.com used)); a 融媒体中心 揭牌 讲话 as a document (only reports); a
// 宣传部 通知 long enough (topchefbbq.net's 重要活动宣传报道 notice is ~250 characters). Two fresh 记者节 reports were too
// short for a page.txt (dzsm.com, 366 characters, claimed and not used; news.hndaily.cn, 487).
// Template twins set aside: jey722.cn (a used 新文秘网 mirror: "您的位置:新文秘網>>…", "目錄/提綱:……", as 120pk and
// rounds 19/33); china-embassy.org (used, the embassy theme of round 82). boronfuelsource.com mirrors a page of zgjx.cn
// (used in round 48 for another speech) but carries none of its furniture (no breadcrumb, 来源 line, 字号/打印 bar or
// video label — only the converter's pinyin and "????" indents), so it was kept as a different template on a new host.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, matched after the regexCut and the join) removed; what is
// left are the paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by
// hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const BJ_TITLE = '通讯员会议上的讲话';
const BJ_COLLECTION = '通讯员会议上的讲话(必备3篇)';
const BJ_PIECE = '通讯员会议上的讲话 篇1';

const ZJ_TITLE = '打造东西协作样本 推进媒体深度融合';

const HT_SOURCE = '來源:環(huán)球網(wǎng)';
const HT_SOURCE_CUT = '來源:環球網';
const HT_TIME = '2019-11-02 16:35:11';

const BF_TITLE = '中國記協主席莊毅農在2019年老新聞工作者迎春茶話會上的致辭';
const BF_INDENT = '????';

export const specs = {
  '13-jianghua-bestjiaoyu-tongxunyuan-huiyi-collection-bibei-pian1-yi-yishi-space': {
    source: 'https://m.bestjiaoyu.net/yanjiang/c10/7b1283c82e0a4f0b5a82ddf6b7b25780.html',
    kind: 'speech: 讲话 (a provincial department official at the system\'s 宣传工作会 with 通讯员 training; first piece of a collection page)',
    tests: 'collection title "通讯员会议上的讲话(必备3篇)" then the piece heading "通讯员会议上的讲话 篇1" (title, space, piece number); "同志们:" on its own line; placeholders xx and 20xx; spaces between numbers and counters ("5 个市(州)和2 名", "4 月上旬", "36 位") and inside a phrase ("治水兴水 抓在手里"); "这里,我讲两个方面的意见。"; a standalone heading "一、全省水利工作形势前所未有之好,全系统宣传工作功不可没"; an inline " 一是 集中开展了全省河湖专项督查调研。" after a full stop with a space on each side of the marker, its 二是 past the cut; cut mid-word ("厅级领")',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_COLLECTION, '(必备3篇)', BJ_PIECE],
    dropLines: [BJ_COLLECTION, BJ_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '全省水利工作形势前所未有之好,全系统宣传工作功不可没' },
      { level: 2, marker: '一是', text: '集中开展了全省河湖专项督查调研', optional: true },
    ],
  },
  '14-zhici-zja-rongmeiti-dongxi-xiezuo-qidong-dash-subtitle-byline-indent': {
    source: 'http://www.zja.org.cn/zja/system/2020/11/06/032795893.shtml',
    kind: 'speech: 致辞 (a 记协 officer at the launch of a 县级融媒体中心 east–west cooperation project; provincial journalists\' association site)',
    tests: 'the speech\'s own title in two phrases separated by a space ("打造东西协作样本 推进媒体深度融合"), two blank lines, the subtitle "——在2020县级融媒体中心东西协作交流公益项目活动启动仪式上的致辞", a byline "中国记协常务理事、浙江省新媒体专委会主任委员 <name>"; a long salutation "尊敬的中国记协领导、新媒体专委会同仁、参会的县级融媒体中心朋友:"; "大家上午好!" and the paragraphs indented with four spaces; "首先代表…" inside a sentence (prose); quoted project name and "三性"; no site noise in the capture; cut mid-word ("的一")',
    isSpeech: true,
    title: ZJ_TITLE,
    noise: [],
    dropLines: [ZJ_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在2020县级融媒体中心东西协作交流公益项目活动启动仪式上的致辞', optional: true },
    ],
  },
  '15-zhici-hetao123-big5-pinyin-xinwen-hezuo-lianmeng-fangxueban-laiyuan-no-title': {
    source: 'http://hetao123.com/china/gedi/2019/1102/4370761.shtml',
    kind: 'speech: 致辞 (a university leader closing a short course of the "一带一路" 新闻合作联盟 for foreign journalists; traditional-script mirror)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (環(huán), 網(wǎng), 領(lǐng), 導(dǎo), 聯(lián), 學(xué), 經(jīng), 結(jié), 發(fā), 調(diào), 現(xiàn), 產(chǎn), 業(yè), 權(quán), 風(fēng), 內(nèi), 態(tài)), also in the source line; a "來源:環(huán)球網(wǎng)" line and a bare timestamp line "2019-11-02 16:35:11" at the top; no title of the speech in the capture; the salutation "尊敬的各位領(lǐng)導(dǎo)、各位來賓,女士們、先生們、朋友們:" and "大家上午好!"; first-person "我謹代表學(xué)校"; the mirror\'s unconverted 采訪; a list of visits separated by semicolons (no markers); cut mid-phrase ("開放自信")',
    isSpeech: true,
    title: '',
    noise: [HT_SOURCE, HT_TIME],
    regexCut: [PINYIN],
    dropLines: [HT_SOURCE_CUT, HT_TIME],
    outline: [],
  },
  '16-zhici-boronfuelsource-big5-pinyin-jixie-lao-xinwen-gongzuozhe-chahuahui-qmark-indent': {
    source: 'http://boronfuelsource.com//zgjx/2019-01/22/c_137765295.htm',
    kind: 'speech: 致辞 (the 中国记协 chairman at the association\'s Spring tea party for retired journalists; traditional-script mirror of a 记协 page)',
    tests: 'traditional script with converter pinyin after a fixed set of characters (協(xié), 農(nóng), 領(lǐng), 導(dǎo), 統(tǒng), 節(jié), 習(xí), 創(chuàng), 關(guān), 應(yìng), 設(shè), 發(fā), 戰(zhàn), 擔(dān), 責(zé)), also inside the title line and the speaker\'s name ("莊毅農(nóng)"); the title line naming speaker, occasion and genre; the salutation "各位老領(lǐng)導(dǎo)、各位老同志:"; "????" opening every paragraph where the indentation was mis-encoded; the mirror\'s 奮斗; no numbered point; cut mid-word ("增強新")',
    isSpeech: true,
    title: BF_TITLE,
    noise: [BF_INDENT],
    replace: [[BF_INDENT, '']],
    regexCut: [PINYIN],
    dropLines: [BF_TITLE],
    outline: [],
  },
  '17-news-014i-big5-pinyin-jizhejie-quwei-yundonghui-mojibake-not-speech': {
    source: 'http://m.014i.cn/news/172568.html',
    kind: 'non-speech: news report (a county portal\'s report of its 记者节 staff games; traditional-script mirror)',
    tests: 'traditional script with converter pinyin (節(jié), 網(wǎng), 聯(lián), 態(tài), 現(xiàn), 業(yè), 經(jīng), 發(fā), 創(chuàng), 環(huán), 據(jù), 協(xié)); a "中國奉節(jié)網(wǎng)訊(記者 …)" lead; mis-encoded runs where punctuation and neighbouring characters were lost ("慶?!?018年", "運動會?;顒佑煽h委", "環(huán)境?!?"); the 宣传部 official\'s remarks reported in the third person ("同時強調,…要…"); a quoted first-person vow attributed to the journalists ("…紛紛表示。"); background on the 记者节 — a news report, not a speech; no headline in the capture',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-news-yunxihuixiang-rongmeiti-zhongxin-jiepai-block-yiyao-eryao-sanyao-not-speech': {
    source: 'https://yunxihuixiang.com/2019/0401/56882.html',
    kind: 'non-speech: news report (the unveiling of a city\'s 融媒体中心; news site)',
    tests: 'the headline; a "云栖网:" lead whose second sentence lacks its subject ("。标志着…"); the propaganda chief\'s view reported ("…表示建设县级融媒体中心,是…"); then block paragraphs opening "一要…", "二要…", "三要…" in the reporter\'s voice with no speech verb of their own — a report, not a speech, whatever its block markers; a word the site dropped ("…思想和党的精神"); cut after a comma',
    isSpeech: false,
    title: '吉林省延吉市融媒体中心正式揭牌',
    noise: [],
    outline: [],
  },
};
