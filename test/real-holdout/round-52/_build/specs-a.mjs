// Gold specs for holdout round 52, part A (cases 01–06): the military and national defence. Four spoken pieces (a
// university president's 讲话 at the students' 军训动员大会 on a 范文 site (fan.tengha.com), its title line, a poster name
// glued to the date ("lmxh262022-12-29") as the meta line, "各位教官,老师们、同学们:", "我代表学校谈几点看法:" and three
// standalone heading lines "第一,…" / "第二,…" / "第三,…" with no sentence end, then block "一要不怕吃苦。" and "二要严守纪律。"
// under 第三, cut mid-word ("严"); a state leader's 讲话 at the national 双拥模范城(县) naming and commendation meeting on a
// newspaper mirror (neamco.com, a 光明日报 copy) with no title, no salutation and no blank lines, whose first paragraph
// breaks off mid-clause ("向为保卫祖国、建设") where the site lost text, then a block "第一,始终用…。" point, cut mid-word
// ("科"); a district veterans' bureau 致辞 at an 八一 座谈会 for soldiers' wives and mothers on a traditional-script 范文
// site (bqfwx.com), its title printed above and again below a salutation that has no colon ("各位軍屬、兵媽軍嫂,各位同志"),
// no numbered points; a primary-school 国防教育 讲话稿 on a download site (kaledl.com) flattened onto one line: the page
// title, the site's lead with censor hyphens ("邪-恶") and full stops for commas, a "下面是小编为大家整理的关于…" promo and a
// "#小学生在国防教育上的讲话稿1#" piece heading glued before "各位老师、各位同学: 早上好!", ending in the site's "...") and two
// look-alikes (a traditional-script mirror (m.jitongbianyaqi.com) of a county news report of a 基干民兵点验大会 with converter
// pinyin after a fixed set of characters, quoted drill commands, and "一要…。…。二要…。…。三要…" requirements inline after full
// stops in the last paragraph, cut inside a pinyin annotation ("把責(z"); a novel chapter (shoudashu.com) in which a
// university president gives the 军训开营 致辞 with "尊敬的教官,老师,同学们:", block "第一、" … "第四、" lines, "……" elisions
// and a lost line break that glues "光荣第三、严格要求自己" into the previous paragraph).
// Judgement calls: 01's meta line "lmxh262022-12-29" (poster id glued to the date) is noise; the "第一,/第二,/第三," lines are
// standalone headings (whole line as text) at level 1, and "一要/二要" under 第三, sit at level 2, as round 35's 04 read 一是
// under a standalone 第一, line. 02 has no title (""); the broken-off first paragraph stays as printed (text lost, not a hard
// wrap, so no join); "第一," is a required level-1 point whose 第二 lies past the cut. 03's title is printed twice around the
// salutation: both lines are the title and are dropped, not listed; the colon-less salutation stays. 04's page title glued at
// the start of the one line is the title (cut off, not listed); the site's lead, the promo and the "#…1#" piece heading are
// noise; the rest stays one paragraph, "..." included; "题目是:《心中有国防,脚下有担当》" is the speech's inner theme, not its
// title. 05 is a third-person news report, 06 a novel: neither is a speech, however many markers they carry.
// Looked for and not found on a new host: a third speech with numbered points (a 征兵工作会议 讲话 with 一、/（一）, an 八一
// 座谈会 讲话 with 一是/二是, a 欢送新兵 讲话 with 第一, — the corpus answers from used hosts: dawenge, partyworker, mip.be000,
// wenku.docs.qq.com, gongwenku1, m.haog.cn, wm114, wypgzs, or from pages that carry no address), a 军训闭营 讲话 on an unused
// host (zhaozongjie, 5728338, szftgk, 11d92t are used), a 文库 viewer of a defence speech (book118, wenke99, wuyouwenku, taodocs
// are used), a 国防教育 心得体会 or 征兵 通知.
// Template twins set aside: m.028gtxx.cn (two pages: a 国防教育日 talk with 1、 headings and a 退伍演讲稿 "篇一") prints the
// "下面小编给大家带来关于学习演讲稿模板范文,希望会对大家的工作与学习有所帮助" / "以下是我帮大家整理的演讲稿模板范文" promo of the
// used mlvmservice.com family; renkabotcomics.com (国防教育演讲稿) prints the same promo and the "格式:DOC 上傳日期:" meta line
// of mlvmservice; m.fanwenwang.cn (欢送新兵 致辞) is named in rounds 32 and 35.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const TH_TITLE = '校长在军训动员大会上的讲话';
const TH_META = 'lmxh262022-12-29';

const BQ_TITLE = '2022年八一建軍節座談會致辭';

const KL_TITLE = '小学生在国防教育上的讲话稿';
const KL_LEAD = '正义与邪-恶的斗争.最终只能是正义战胜邪-恶.只要每一位国人都把保卫祖国.建设祖国作为自己的忠诚事业.';
const KL_PROMO = '下面是小编为大家整理的关于小学生在国防教育上的讲话稿,希望对大家有所帮助。';
const KL_HEAD = '#小学生在国防教育上的讲话稿1#';

export const specs = {
  '01-jianghua-tengha-juntrain-dongyuan-meta-glued-diyi-yiyao': {
    source: 'https://fan.tengha.com/fanwen-202212-4868.html',
    kind: 'speech: 讲话 (a university president at the students\' military-training mobilisation meeting; 范文 site)',
    tests: 'the title on the first line; a meta line that is a poster id glued to a date ("lmxh262022-12-29"); blank lines between paragraphs; "xx年级" placeholder; "我代表学校谈几点看法:" announcing the points; three standalone heading lines with no sentence end ("第一,军训是走进大学的第一堂必修课,希望同学们端正认识" …), each followed by a prose paragraph; under 第三, block "一要不怕吃苦。" and "二要严守纪律。" points (level 2); quoted slogan; cut mid-word ("严")',
    isSpeech: true,
    title: TH_TITLE,
    noise: [TH_META],
    dropLines: [TH_TITLE, TH_META],
    outline: [
      { level: 1, marker: '第一,', text: '军训是走进大学的第一堂必修课,希望同学们端正认识' },
      { level: 1, marker: '第二,', text: '军训是一项牵涉面广的工作,希望各相关部门通力配合' },
      { level: 1, marker: '第三,', text: '为确保这次军训取得实效,我向同学们提几点要求' },
      { level: 2, marker: '一要', text: '不怕吃苦' },
      { level: 2, marker: '二要', text: '严守纪律' },
    ],
  },
  '02-jianghua-neamco-shuangyong-mofancheng-no-title-lost-clause-diyi': {
    source: 'https://neamco.com/01gmrb/2008-01/05/content_719370.htm',
    kind: 'speech: 讲话 (a state leader at the national meeting naming 双拥 model cities and commending model units; newspaper mirror)',
    tests: 'no title, no salutation, no site noise and no blank lines: the capture opens "今天,我们在这里隆重举行…表彰大会。" and speaks for the centre ("我代表党中央、国务院、中央军委"); the first paragraph breaks off mid-clause ("向为保卫祖国、建设") where the site lost text, the next line starting a new sentence (no join); a quoted couplet; a block "第一,始终用中国特色社会主义伟大旗帜统一军民思想。" point whose 第二 lies past the cut; cut mid-word ("科")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '第一,', text: '始终用中国特色社会主义伟大旗帜统一军民思想' },
    ],
  },
  '03-zhici-bqfwx-big5-bayi-zuotanhui-title-after-salutation': {
    source: 'https://bqfwx.com/zh-tw/jhzc/daibiao/098wgv.html',
    kind: 'speech: 致辞 (a district veterans\' affairs bureau at an 八一 forum for model soldiers\' wives and mothers; traditional-script 范文 site)',
    tests: 'traditional script (Taiwan forms 週, 裡); the title on the first line and again after the salutation; a salutation with no colon ("各位軍屬、兵媽軍嫂,各位同志"); quoted honour titles; long enumerations; no numbered points; cut mid-sentence ("也向各位家屬")',
    isSpeech: true,
    title: BQ_TITLE,
    noise: [],
    dropLines: [BQ_TITLE],
    outline: [],
  },
  '04-jianghua-kaledl-guofang-jiaoyu-oneline-promo-hash-heading': {
    source: 'https://kaledl.com/down/6693389.html',
    kind: 'speech: 讲话稿 (a pupil\'s flag-raising talk on national defence education; download site, collection page)',
    tests: 'the whole page flattened onto one line: the page title glued at the start, the site\'s lead with censor hyphens ("邪-恶") and full stops for commas, a "下面是小编为大家整理的关于…" promo and a "#小学生在国防教育上的讲话稿1#" piece heading, then "各位老师、各位同学: 早上好! 今天我在国旗下演讲的题目是:《…》。" and the body, ending in the site\'s truncation "..."; a short capture (265 characters); no numbered points',
    isSpeech: true,
    title: KL_TITLE,
    noise: [KL_LEAD, KL_PROMO, KL_HEAD],
    replace: [[KL_TITLE + ' ' + KL_LEAD + KL_PROMO + ' ' + KL_HEAD + ' ', '']],
    outline: [],
  },
  '05-news-jitongbianyaqi-big5-pinyin-minbing-dianyan-yiyao-not-speech': {
    source: 'http://m.jitongbianyaqi.com/news/shizhou/longnan/2018/04/12/152350461544479.html',
    kind: 'non-speech: news report (a county 基干民兵点验大会; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (報(bào), 導(dǎo), 應(yīng), 隊(duì), 點(diǎn), 驗(yàn), 會(huì), 鎮(zhèn), 國(guó), 實(shí), 戰(zhàn), 訓(xùn)…); quoted drill commands and a report to the instructor on their own lines; "大會(huì)…開幕", "作了…發(fā)言" told in the third person; in the last paragraph "一要…。…。二要…。…。三要…" inline after full stops — requirements summarised by the reporter, not a speech; cut inside a pinyin annotation ("把責(z")',
    isSpeech: false,
    title: '',
  },
  '06-novel-shoudashu-juntrain-kaiying-xiaozhang-diyi-not-speech': {
    source: 'https://shoudashu.com/71/71395/20274592_2.html',
    kind: 'non-speech: novel (a chapter page in which a university president gives the military-training opening address)',
    tests: 'a novel page opening mid-scene (a banner, lined-up instructors), "……" elision lines, narration "拿起话筒,开始致辞:" then the embedded address "尊敬的教官,老师,同学们:" with block "第一、…" / "第二、…" / "第四、…" lines and "第三、" glued into the previous paragraph ("光荣第三、严格要求自己"); a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
  },
};
