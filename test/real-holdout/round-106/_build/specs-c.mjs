// Gold specs for holdout round 106, part C (cases 13–18): holiday gatherings and commemorations (中秋/国庆 茶话会, 七一
// 表彰, 清明 祭扫, 元旦/新年/新春 致辞 and 献词 of a unit — and their look-alikes: a 慰问信, a news report, a novel).
// Three spoken pieces (a teacher's 贺词 at a township's 新年元旦联欢会 on a 祝福 site (m.98zw.com, "献祝福网"): the title,
// a "文章摘要:" line that repeats the salutation and the opening (the body's "!" turned into "。", the anti-copy dot
// "的." turned into "的。"), the salutation, a courtesy "首先,我代表…" paragraph with an anti-copy full stop glued inside
// "的.全体", the site's name "献祝福网" glued after the last sentence with a space, and a stray "爱学习、求真知" line at the
// cut; a university's 2009 新年寄语 on a traditional-script mirror (www.zhplaw.com, a law firm's domain serving a
// school page): the converter's pinyin after every ambiguous character ("事業(yè)", "學(xué)習(xí)", "進(jìn)步", "發(fā)展"), spaces
// after a comma and a full stop, the school's motto in quotes, and the page's head block — source credit "(宣傳部)", the
// headline "2009年新年寄語", "發(fā)布時間:2008-12-31", an empty "閱讀次數(shù):" — extracted AFTER the body; the head of a
// national bureau's 新春问候 to his staff, printed on a monitoring centre's news page (www.nmemc.org.cn): a third-person
// headline, a "发布时间:… | 来源:本站编辑" line, a 中国海洋报讯 lead ending "全文如下:", the salutation ending in a comma
// ("…的广大“粉丝”们,"), "大家好!", the quoted "…福" words, a closing "最后,祝…!" paragraph, the signature with a spaced
// name "国家海洋局 王 宏", the date and a "【关闭】" link) and three written look-alikes (a Taiwanese business paper's
// report (readers.ctee.com.tw) of the 婦聯會's 國慶聯誼茶會 in traditional script: no headline in the capture, the chair's
// 致詞 paraphrased ("她致詞時表示,我們…") and then continued in the first person without quotation marks ("我們也願與世界各國
// 人民和睦相處…"), the president's and others' 致詞 reported — a news report, not a speech; a construction project's 中秋/
// 国庆 慰问信 to its workers (ganggouren.com): no title, "亲爱的工友:" and "您好!" as in a letter, the singular 您
// throughout, a closing "最后真诚的祝愿各位员工:…!…!…!" and the signature "工程项目部" with the date — a letter, not a
// speech; a novel chapter (hxzhai.com, "第892章心里有点儿底(2 / 2)") in which a group's leader opens the 老干部迎春茶话会:
// her speech "“各位老领导、老前辈:…首先,我代表集团,…”" in quotes with the book's blanked words ("各位老 ,", "离退休老
// 及其亲属") and the old cadres' heckling with "--" — a novel, not a speech).
// Judgement calls: 13's title is the first line; the summary line is site noise as a whole ("文章摘要:" listed again as its
// distinctive part); the anti-copy "." is cut ("的.全体" listed); " 献祝福网" is cut from the last paragraph and
// "爱学习、求真知" (a site line after the watermark, not the speech's) dropped. "首先," opens a courtesy paragraph of thanks and
// no 其次 follows in the capture → optional level 1, its first sentence (to "!") longer than 50 characters and cut at the
// ";". 14 is a speech (a 新年寄语/献词 of a unit, "我們向全校師生員工…", the 献词 kind the theme names); the pinyin goes by one
// regexCut (its hits listed as noise); the headline "2009年新年寄語" is the piece's name but the page prints it only after the
// body, inside the head block with the source credit and the date lines, so the title is "" and the whole block is noise
// (the title may not come after the first paragraph, and a reader of this capture meets the text first); no outline. 15 is a
// speech (a 新春问候/贺词 in the first person to "同志们、朋友们"); the headline, the meta line and the press lead are the
// site's ("全文如下:" listed again as its distinctive part), and since the headline names the greeting in the third person
// the title is "" (as round 72's 02); the signature with the spaced name and the date are the speech's own closing lines
// and stay; "【关闭】" is noise; the closing "最后," paragraph with no 首先 run → optional (as rounds 4 and 5). 16–18 are
// written, not speeches (16 and 17 have no headline in the capture, so their titles are ""). The prose of all six was
// rewritten; public figures (王宏, 馬英九, 連戰, 嚴倬雲, 郝龍斌) keep their names, the novel's characters keep theirs.
// Looked for and not found on a new host: any speech of the theme with 一、/一是/第一 points — the 七一 表彰 讲话 (laobiganzi,
// 78911 主持词 with 一是…三是, solidity-tech's traditional 七一勋章 speech with —— points, xuekejiayuan), the 清明 祭扫 讲话
// (jifanwen, wendang9, lx5188, 9000bbs, hbxiaoran, wenke99), the 中秋/国庆 茶话会 讲话 (365docx, huangminedu, fanwy's
// 新春茶话会 with 一、/二、) and the 重阳 座谈会 讲话 with 一、 (31doc) all stand on used hosts; a 元旦 献词 with points
// (bibiwenku, zuowendang, msguai's 首先 run are used). So none of the three speeches carries a numbered point beyond the
// optional courtesy 首先,/最后,. The corpus answers the theme mostly with news reports of 茶话会/敬献花篮 and with guides.
// Template twins set aside: qmwxz.com (啟蒙文學站: "位置:首頁 > 範文 > 演講稿", a "演講稿1.99W" counter and a 小編 promo —
// the bowengu/fanwenzhai template; its 清明節演講稿 has block 一是/二是/三是), xieyishu.com.cn (协议书: "… > 实用文 > 发言提纲 >"
// with "时间: 新华 发言提纲" — the 高分网 "时间: 新华 …" template), duwenku.com ("《清明节文明奠扫讲话稿实用26篇》" over
// "(通用26篇)", "内容导航" and " 篇1" headings on a /<col>/<nnn>/<id>.html farm — the jifanwen/hunwen template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZW_TITLE = '新年元旦联欢会贺词';
const ZW_SUMMARY = '文章摘要:各位领导、老师、同学们:新年好。首先,我代表全校教师向莅临本次联欢会的各级领导致以诚挚的谢意;向出席这次联欢会的。全体师生送上新春的问候:祝大家在新的一年里,步步登高,再创佳绩。今天,在上级领导的周密安排和悉心指导下,我们师生2000余人,汇聚一堂,同庆新年。';
const ZW_TAIL = '爱学习、求真知';

const ZH_CREDIT = '(宣傳部)';
const ZH_HEADLINE = '2009年新年寄語';
const ZH_DATE = '發(fā)布時間:2008-12-31';
const ZH_COUNT = '閱讀次數(shù):';

const HY_HEADLINE = '王宏通过“观沧海”微信公众号向海洋工作者致以新春问候';
const HY_META = '发布时间:2017-01-26 | 来源:本站编辑';
const HY_LEAD = '中国海洋报讯 1月26日,农历新年即将到来之际,国家海洋局党组书记、局长王宏通过“观沧海”微信公众号向海洋系统广大干部职工,以及向关心和支持海洋事业发展的社会各界人士,致以新春问候。全文如下:';
const HY_CLOSE = '【关闭】';

export const specs = {
  '13-zhici-98zw-yuandan-lianhuanhui-heci-summary-antidot-watermark-shouxian': {
    source: 'https://m.98zw.com/zwsc/22564.html',
    kind: 'speech: 贺词 (a teacher\'s greeting at a township schools\' New Year gala; 祝福 site)',
    tests: 'the title line, then a "文章摘要:" summary line repeating the salutation and the opening with the body\'s "!" as "。" and the anti-copy dot as "的。全体"; the salutation "各位领导、老师、同学们:"; a courtesy paragraph "首先,我代表全校教师…谢意;…!" (no 其次 follows) with an anti-copy full stop glued inside "的.全体"; "2000余人"; parallel 之/说明了 sentences; the site name "献祝福网" glued after the last sentence with a space; a stray site line "爱学习、求真知" at the cut',
    isSpeech: true,
    title: ZW_TITLE,
    noise: [ZW_SUMMARY, '文章摘要:', '的.全体', '献祝福网', ZW_TAIL],
    replace: [['的.全体', '的全体'], ['老大徒伤悲! 献祝福网', '老大徒伤悲!']],
    dropLines: [ZW_TITLE, ZW_SUMMARY, ZW_TAIL],
    outline: [
      { level: 1, marker: '首先,', text: '我代表全校教师向莅临本次联欢会的各级领导致以诚挚的谢意', optional: true },
    ],
  },
  '14-zhici-zhplaw-xinnian-jiyu-big5-pinyin-title-meta-after-body': {
    source: 'http://www.zhplaw.com/bzyyw/933acac763e44214a2036f734bebced0.htm',
    kind: 'speech: 新年寄语 (a university\'s 2009 New Year message to its staff and students; traditional-script mirror)',
    tests: 'traditional script converted from a simplified page, with the converter\'s pinyin glued after every ambiguous character ("事業(yè)", "學(xué)習(xí)進(jìn)步", "災(zāi)", "永遠(yuǎn)", "發(fā)展", "團(tuán)結(jié)", "目標(biāo)", "領(lǐng)導(dǎo)", "挑戰(zhàn)與機(jī)遇", "實現(xiàn)", "創(chuàng)新"); no salutation, the text opens "2009年的鐘聲就要敲響,…我們向全校師生員工致以新春問候, 祝愿…" (a space after a comma, another after a full stop); quoted goals and the school motto; the page\'s head block extracted after the body: "(宣傳部)", the headline "2009年新年寄語", "發(fā)布時間:2008-12-31" and an empty "閱讀次數(shù):"; no outline',
    isSpeech: true,
    title: '',
    noise: [ZH_CREDIT, ZH_HEADLINE, ZH_DATE, ZH_COUNT],
    regexCut: ['\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)'],
    dropLines: [ZH_CREDIT, ZH_HEADLINE, '發布時間:2008-12-31', '閱讀次數:'],
    outline: [],
  },
  '15-zhici-nmemc-xinchun-wenhou-press-lead-signature-guanbi': {
    source: 'http://www.nmemc.org.cn/hyyw/201701/t20170126_683028.shtml',
    kind: 'speech: 新春问候 (a national bureau head\'s Spring Festival greeting to his staff, printed with a press lead on a news page)',
    tests: 'a third-person headline "王宏通过“观沧海”微信公众号向海洋工作者致以新春问候"; a "发布时间:2017-01-26 | 来源:本站编辑" line; a press lead "中国海洋报讯 1月26日,…致以新春问候。全文如下:" on its own line; the salutation ending in a comma ("同志们、朋友们,“观沧海”微信公众号的广大“粉丝”们,") and "大家好!"; quoted "…福" words; "鸡年" and the quoted saying "闻鸡起舞"; a closing paragraph "最后,祝大家新春快乐、…!" (no 首先 run); the signature with a spaced name "国家海洋局 王 宏", the date line and a "【关闭】" link',
    isSpeech: true,
    title: '',
    noise: [HY_HEADLINE, HY_META, HY_LEAD, '全文如下:', HY_CLOSE],
    dropLines: [HY_HEADLINE, HY_META, HY_LEAD, HY_CLOSE],
    outline: [
      { level: 1, marker: '最后,', text: '祝大家新春快乐、身体健康、家庭幸福、万事顺意', optional: true },
    ],
  },
  '16-news-ctee-guoqing-lianyi-chahui-big5-zhici-reported-not-speech': {
    source: 'https://readers.ctee.com.tw/cm/20141009/a04aa4/560631/share',
    kind: 'non-speech: news report (a Taiwanese paper\'s report of a women\'s federation\'s National Day tea party; traditional script)',
    tests: 'traditional script; no headline in the capture, the text opens with the report\'s lead ("…昨日(10月8日)下午二時假台北市圓山大飯店…舉辦慶祝中華民國103年國慶聯誼茶會"); the chair\'s 致詞 paraphrased ("她致詞時表示,我們…") and a whole paragraph continuing in the first person without quotation marks ("我們也願與世界各國人民和睦相處…"); the president\'s and two others\' 致詞 reported in the third person; a performance and the applause; cut after a semicolon — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-weiwenxin-ganggouren-zhongqiu-guoqing-gongyou-letter-not-speech': {
    source: 'https://ganggouren.com/2020/09/8f4f62db5b',
    kind: 'non-speech: 慰问信 (a construction project department\'s Mid-Autumn/National Day letter to its workers)',
    tests: 'no title; a letter\'s opening "亲爱的工友:" / "您好!"; the greeting "值此2020年中秋、国庆双节来临之际,向…致以节日的问候!"; the singular 您 throughout ("您所有的辛劳…", "请您千万不要忘记"); quoted "平安回家"/"全家团圆"; a closing "最后真诚的祝愿各位员工:节日愉快!身体健康!工作顺利!" and the signature "工程项目部" with the date — a letter, not a speech (salutation and first person, but written to be read)',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-hxzhai-laoganbu-yingchun-chahuahui-speech-quoted-not-speech': {
    source: 'http://hxzhai.com/read/22708/12425215_2.html',
    kind: 'non-speech: novel (a chapter in which a group\'s leader opens the retired cadres\' Spring Festival tea party)',
    tests: 'a chapter heading with a page counter "第892章心里有点儿底(2 / 2)"; narration about the 茶话会 and the leaders greeting the tables; the leader\'s speech in one quoted paragraph "“各位老领导、老前辈:…首先,我代表集团,…”" with the book\'s blanked words ("集团、集团", "各位老 ,", "离退休老 及其亲属") and an ellipsis; the old cadres\' heckling in quotes ending "--” — a novel, not a speech',
    isSpeech: false,
    title: '第892章心里有点儿底',
    noise: [],
    outline: [],
  },
};
