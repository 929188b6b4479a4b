// Gold specs for holdout round 107, part C (cases 13–18): employment and talent (招聘会, 人才工作会议, 就业创业 推进会,
// 人社 work meetings, and their look-alikes).
// Two spoken pieces (a provincial graduate-employment committee's address to the year's graduates on a traditional-script
// mirror (lygxlbj.com, an EmpireCMS "e/action/ShowInfo.php" page): the whole capture on one line, paragraphs separated by
// single spaces, the salutation "畢業(yè)生同學們: 你們好!" glued at its head, no title line, the mirror's pinyin glyph
// annotations after 業 續 創 發 戰 態 ("業(yè)", "創(chuàng)", "發(fā)"…), a stray space before "德業(yè)兼修", a run of
// "希望同學們…;希望同學們…" wishes (no markers), cut inside an annotation ("建功立業(y"); an English 演讲稿 on graduate
// employment on a 范文 site's "fwmb/yjg" (范文模板/演讲稿) column (cineman.cn): three blank lines, an indented
// "Dear teachers, fellow students, friends:" and "Good evening,everyone:" (no space after the comma), first-person
// paragraphs with straight quotes, no title and no site noise in the capture, cut mid-word ("to st")) and four written
// look-alikes (a provincial 人社厅 news item on its 2023 务虚会 (hrss.shandong.gov.cn): no headline in the capture, the
// meeting told in the third person ("会议指出,…", "会议强调,…") with two runs of inline "一是…。二是…。三是…。四是…"
// after full stops — a report, not a speech; a city party paper's report of a 就业创业扶贫 推进会 (pyxww.com): the
// breadcrumb "首页 > 新闻 > 时政 > 正文" with the site's slogan on the same line, the headline, a
// "作者:  文章来源:濮阳日报  字体:   发布时间:…" line, the vice-mayor "指出/强调" in the third person, "(记者 …)" and a
// "责任编辑:…" footer — a report; a county government's 通知 issuing a 促进高质量充分就业 工作方案 (gzss.gov.cn): an
// addressee line ending in ":" (looks like a salutation), the issuing office and date, the 方案's title, a preamble citing
// three documents by number, headings "一、指导思想" and "二、目标任务" — a written document, cut mid-word ("更加便");
// a novel chapter (4xxs.com, page 2 of a chapter, starting mid-sentence) in which a company holds a recruitment talk in a
// university classroom: the host's quoted "“各位同学们,下午好。首先,非常感谢…”", the author's typo "掌掌声", the
// chairman's quoted self-introduction — narrative, not a speech).
// Judgement calls: 13 is a speech by the corpus's rule for pages without a title (the body opens with an address to the
// audience and speaks to it in the first person, "我們始終相信", "我們也向你們提出幾點希望"); the committee names itself in
// the third person once, as a 致辞 may ("省高教學會…專業委員會向你們送上…祝愿"); a reader might file it as a letter
// (寄语/一封信), but the page does not say so. The title is "" (no line of the page names the piece). Only whole
// "(pinyin)" annotations go (one regexCut, its hits listed as noise); the "(y" cut off at the end stays, as pinyin
// fragments cut by the capture do. The wishes "希望同學們…" are parallel clauses, not markers, so the outline is empty.
// 14 is a speech (spoken to "teachers, fellow students, friends", first person); no title, no noise, no outline
// ("So each of us…" is prose). 15–18 are written, not speeches; 15's and 18's captures carry no headline (title "").
// Living people's names that are not public figures (the officials and the reporter and editor in 16, the characters in
// 18) were replaced by fictional ones; 15 keeps the provincial leaders' names; the prose was rewritten in new words.
// Looked for and not found on a new host: a 招聘会 开幕 致辞 with numbered points (wtabcd, 010zaixian and xiezuofangchengshi
// are used; the corpus otherwise answers with news reports of 招聘会 and novel chapters); a 人才工作会议 讲话 with 一、/第一,
// points (laobiganzi, yamab2b, fashionfield, jsjstd, bigxun, bijianjiayuan and 1mishu are used or farms); a 就业创业
// 推进会 发言 or 表态发言 (m.wenke99, wenmijiayuan and gwyoo are used; the rest were news reports); a 人社 工作会议 讲话 (only
// news reports and 文库 pages on used hosts); a 招聘公告 (none turned up; a 通知 issuing a 就业 方案 stands in). So only
// two speeches, neither with numbered points; the numbered "一是…四是" run in this part is in a report (15).
// Template twins set aside: smilezhuce.com (the traditional mirror template "發布時間:… 來源: <column> 點擊:" used in
// rounds 17, 28, 35, 59, 64 and 84; its 市委書記 人才工作會議 講話 had 一、 headings), nnzheshanghotel.com (the hijacked
// DedeCMS "当前位置:主页 > 演讲与口才 > 演讲稿 > …" / "来源::未知 | 作者:<brand> | 本文已影响" template used in rounds 6,
// 18, 39, 43, 47, 76, 84 and 86), jsjstd.com and fashionfield.cn (the "/zhuantifanwen/<col>/<id>.html" farm with the
// 小编 promo).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '13-zhici-lygxlbj-biyesheng-jiyu-big5-pinyin-oneline-no-title': {
    source: 'http://lygxlbj.com/e/action/ShowInfo.php?classid=15&id=2245',
    kind: 'speech: 致辞 (a provincial graduate-employment committee addressing the year\'s graduates; traditional-script mirror)',
    tests: 'the whole capture on one line, paragraphs separated by single spaces; the salutation "畢業(yè)生同學們: 你們好!" glued at the head; no title line; the mirror\'s pinyin annotations after 業 續 創 發 戰 態 ("就業(yè)", "創(chuàng)新", "發(fā)展", "態(tài)度") to be cut; a stray space before "德業(yè)兼修"; the speaker naming itself once in the third person; five "希望同學們…;" wishes (no markers); cut inside an annotation ("建功立業(y")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [],
  },
  '14-yanjiang-cineman-english-jiuye-no-title-no-noise': {
    source: 'http://cineman.cn/fwmb/yjg/10765.html',
    kind: 'speech: 演讲稿 (a student\'s English speech on graduate employment; 范文 site column)',
    tests: 'an English speech on a Chinese 范文 site: three blank lines, an indented "Dear teachers, fellow students, friends:", "Good evening,everyone:" without a space, first-person paragraphs indented by two spaces, straight quotes around a saying; no title and no site noise in the capture; "So each of us…" is prose, no outline; cut mid-word ("to st")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '15-news-hrss-shandong-wuxuhui-yishi-not-speech': {
    source: 'http://hrss.shandong.gov.cn/articles/ch00005/202302/7f5847ed-c9bf-4e39-b984-80533a0376a2.shtml',
    kind: 'non-speech: news report (a provincial 人社厅 report of its 2023 务虚会; government site)',
    tests: 'no headline in the capture; the meeting and the director\'s talk told in the third person ("出席会议并讲话", "会议指出,…", "会议强调,…"); an inline run "一是坚持问题导向。…二是…。三是…。四是…。" after full stops and a second run "一是务必做到“老实”。…二是…" — numbered points in a report, not a speech; cut mid-sentence ("始终")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '16-news-pyxww-jiuye-chuangye-tuijinhui-crumb-meta-editor-not-speech': {
    source: 'https://www.pyxww.com/news/shizhengdongtai/2019-01-15/41169.html',
    kind: 'non-speech: news report (a city party paper\'s report of the city\'s 就业创业扶贫 推进会)',
    tests: 'a breadcrumb "首页 > 新闻 > 时政 > 正文" with the site name and slogan on the same line; the headline "…推进会召开"; a "作者:  文章来源:濮阳日报  字体:   发布时间:…" line with runs of spaces; the vice-mayor "指出,…" and "强调,…" in the third person; "(记者 …)" with a trailing space; four empty lines and a "责任编辑:…" footer; the whole page (575 characters in the store, under the 610 floor because the store holds no more)',
    isSpeech: false,
    title: '全市就业创业扶贫暨返乡下乡创业工作推进会召开',
    noise: [],
    outline: [],
  },
  '17-tongzhi-gzss-jiuye-gongzuo-fangan-addressee-yi-not-speech': {
    source: 'https://www.gzss.gov.cn/xzjdbsc/tlz_5693550/zfxxgk_5692566/fdzdgknr_5692569/zcls/202405/t20240506_84473123.html',
    kind: 'non-speech: 通知 (a county government issuing its 促进高质量充分就业 工作方案; government disclosure page)',
    tests: 'no headline in the capture; an addressee line ending in ":" that looks like a salutation; the issuing office and date; the 方案\'s own title; a preamble citing three documents with numbers in 〔〕; standalone headings "一、指导思想" and "二、目标任务" — a written document, not a speech; cut mid-word ("更加便")',
    isSpeech: false,
    title: '三穗县促进高质量充分就业工作方案',
    noise: [],
    outline: [],
  },
  '18-novel-4xxs-xiaoyuan-zhaopin-xuanjiang-quoted-shouxian-not-speech': {
    source: 'https://www.4xxs.com/book/16881/2958427_2.html',
    kind: 'non-speech: novel (a chapter page in which a company gives a recruitment talk in a university classroom)',
    tests: 'page 2 of a chapter, starting mid-sentence ("上也摊着…"); no headline; the host\'s quoted opening "“各位同学们,下午好。首先,非常感谢…”" (a salutation and 首先 inside quotes); the author\'s typo "掌掌声"; the chairman\'s quoted "“大家好。”" and self-introduction in quotes; third-person narration throughout — a novel, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
