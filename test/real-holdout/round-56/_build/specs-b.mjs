// Gold specs for holdout round 56, part b (cases 07–12): the Youth League, Young Pioneers and student unions (团委、团代会、
// 少先队、学生会换届、入团仪式、五四表彰). Four spoken pieces (a 团市委 leader's 讲话 opening a training class for the city's
// core 少先队辅导员, on a 范文 site (fanwen51) whose page opens with a related-item teaser line "[<other title>]<opening
// sentences>…以下是FANWEN51演讲稿网为您准备的《…纪...+阅读", then the title, a salutation with "*" placeholders, a hard
// wrap inside a sentence ("并通过" / "你们向…"), "讲三点意见:" and a standalone "一、" heading, under which an inline
// "一要…" follows a full stop and the capture ends before 二要; the host's running script of a school's 入团宣誓仪式 on a
// traditional-script mirror (freetobecreative) with converter pinyin after 產/現/經/發/務/領/執, an anti-copy backtick glued
// mid-phrase ("莊嚴的`團旗"), the mirror's simplified 里/并/志愿/然后 and the page's own "2010-2010學年", titled
// "…儀式程序" but spoken by the host throughout ("下面,我宣布…", "由我來領讀誓詞"), with block agenda lines 一、…五、 ending
// in ";" or "。"; the chairman's 主持词 for a meeting of the delegation heads the day before a county 少代会, on a
// traditional-script mirror (htc668) with a leaked "- 相關(guān)推薦" label over the title, converter pinyin after a fixed set
// of characters (關 團 現 經 準 領 導 內 強 調 補 務 負 責 協), the mirror's simplified 于/里/后 kept, a "**" placeholder, one-character names on
// lines "第一代表團:團長:孫" / "副團長:夏" (an ordinal inside a noun, no marker), an inline 首先 and an inline 最后 in two
// different paragraphs, cut mid-word; a teacher's 国旗下讲话 for 建队日 on a school site (ssfx.xhedu.sh.cn) under a
// "扫码关注学校公众号" line, the site headline "国旗下的讲话——光荣啊!少先队", an "作者(来源):[暂无]    发布时间:…" meta line
// and the speech's own title, no salutation, the site's "1013号" (month and day run together), "得" for "的" in three
// places and a "关闭窗口" footer) and two written look-alikes (a polytechnic's news post (hnlgzy) on its 团委学生会换届大会
// whose secretary's "四点希望: 1. …。2. …。3. …。4. …。" are summarised in the third person, cut mid-word; a newspaper digest
// of a 1980 university 学生代表大会 (daowen) in which the outgoing union chairman's 总结 is reported as "第一,…。第二,…。
// 第三,…。", with the site's "(www.daowen.com)" glued to a paragraph end).
// Judgement calls: 07's teaser line is a related-item list entry (noise as a whole; "FANWEN51演讲稿网" listed as well); the
// wrapped sentence is joined; "一、" is a required level-1 heading (whole line); the inline "一要" is a run of one because the
// capture ends before 二要, so it is optional (level 2, its first sentence); "首先,我代表…" opens no run. 08 is a speech: a
// ceremony's running script spoken by its host (a 主持词 in all but name), like round 9's agenda-reading 主持词; its first
// line is the document's own title (dropped, not noise); the five agenda lines are required level-1 block points, each
// text the whole line (";" kept) or, for 三、 and 五、, the first sentence; the oath is the fixed wording and stays as printed
// (also the cut "履行團員義"). 09's "- 相關(guān)推薦" label is noise (as rounds 20/23/25); the title line is dropped, not
// listed; the delegation lines stay as body lines; 首先 and 最后 sit one each in two paragraphs, so no inline run: no outline.
// 10's title is the speech's own line "光荣啊!少先队"; the headline that prefixes the column "国旗下的讲话——" to it, the QR
// line, the meta line and "关闭窗口" are noise; the site's typos stay. 11 and 12 are written reports: isSpeech false, no
// outline. All living people's, schools' and small places' names are fictional (南岭大学, 青溪县, 淮川 included).
// Looked for and not found on a new host: a 团代会/团委 work-meeting speech with 一、/(一) (dawenge, wnwk, 1mishu, kuaisuzugao,
// laobiganzi, lgfwz, huangminedu are used); a 学生会换届 leader's speech with numbered points (the corpus answers with school
// news, novel chapters and used hosts such as freekaoyan and gwyoo); a 五四表彰 讲话 with 一是/二是 (9000bbs, jcsycorp,
// ushengzhilian, kqyc are used); a 入团仪式 讲话 with 1、2、3、 (the one traditional page offering it carries no address in
// the store; zhaojiaoan and bfdj6688 are used); so only two of the four speeches carry numbered points, not three.
// Template twins set aside: news.qinbaol.com (a 学代会开幕词 at "/jxfw/<yyyymm>/", the jjcmw/czt farm); meiwen.anslib.com (a
// 建队日 校长致辞 printing ruiwen's "时间:… 致辞 我要投稿 / • 相关推荐" and the title again after the salutation);
// wensishe.com (文思社 "<site> 人氣:1.56W" with the title repeated after the salutation: round 4's wensiwu 文思屋 family);
// yrrf.cn (a 团代会贺信 on the "您的当前位置:首页… / <date> 来源:<x>旅游网 / 因篇幅问题不能全部显示" template of round 9's
// wuhaninfo); 360wenmi.com (named by earlier rounds). hspd.pudong-edu.sh.cn (an 入团仪式 方案 with 一、/1、) was claimed and
// released: its whole page is under 600 characters.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const FW_TEASER = '[少先队建队65周年纪念日国旗下讲话稿]每年的10月13日,是每一个少先队员都应该铭记的日子中国少年先锋队的建队日。今天是中国少年先锋队建队65周年纪念日。以下是FANWEN51演讲稿网为您准备的《少先队建队65周年纪...+阅读';
const FW_BRAND = 'FANWEN51演讲稿网';
const FW_TITLE = '在某市少先队骨干辅导员培训班上的讲话';

const FT_TITLE = '新團員入團宣誓儀式程序';
const FT_TICK = '莊嚴的`團旗';

const HT_RELATED = '- 相關(guān)推薦';
const HT_TITLE = '代表團團長會議主持詞';

const SF_QR = '扫码关注学校公众号';
const SF_HEADLINE = '国旗下的讲话——光荣啊!少先队';
const SF_META = '作者(来源):[暂无]    发布时间:2006-10-09';
const SF_CLOSE = '关闭窗口';
const SF_TITLE = '光荣啊!少先队';

export const specs = {
  '07-jianghua-fanwen51-shaoxiandui-fudaoyuan-peixun-teaser-wrap-yi': {
    source: 'https://m.fanwen51.com/show/14_52817.html',
    kind: 'speech: 讲话 (a 团市委 leader opening the city\'s training class for core Young Pioneer counsellors; 范文 site)',
    tests: 'a related-item teaser line over the title ("[少先队建队65周年纪念日国旗下讲话稿]每年的10月13日,…以下是FANWEN51演讲稿网为您准备的《少先队建队65周年纪...+阅读"), whose bracketed title names another speech; the title line; the salutation "尊敬的*老师、*老师,各位老师,同志们:" with "*" placeholders and "大家好!" on its own line; a hard wrap inside a sentence ("…全体辅导员老师,并通过" / "你们向我市…"); "**" placeholders; "讲三点意见:" then a standalone heading "一、着力增强三种意识,以新理念打开新局面"; an inline "一要…" after a full stop whose 二要 lies past the cut; "首先,我代表…" inline with no 其次; cut mid-word ("努")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_TEASER, FW_BRAND],
    join: [['今天,团市委、市教育局', '致以诚挚的问候!']],
    dropLines: [FW_TEASER, FW_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '着力增强三种意识,以新理念打开新局面' },
      { level: 2, marker: '一要', text: '围绕党和国家事业的新发展,进一步增强责任意识', optional: true },
    ],
  },
  '08-zhuchici-freetobecreative-big5-pinyin-rutuan-yishi-chengxu-backtick': {
    source: 'http://freetobecreative.com/jiuyezhidao/fanwen/qitafanwen/213852.html',
    kind: 'speech: 主持词 (the host\'s running script of a school\'s new-member 入团宣誓仪式, titled …程序; traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after 產(chǎn) 現(xiàn) 經(jīng) 發(fā) 務(wù) 領(lǐng) 執(zhí) only; the mirror\'s simplified 里/并/志愿/然后 and the page\'s "2010-2010學年" kept; the title "新團員入團宣誓儀式程序" names a procedure but the text is spoken by the host ("下面,我宣布…正式開始", "由我來領讀誓詞", "請宣誓人…"); five block agenda lines "一、…;" "二、…;" "三、…。…。下面,我宣布新團員名單;" "四、…;" "五、組織新團員宣誓。"; an anti-copy backtick glued mid-phrase ("莊嚴的`團旗"); "《團章》中規定:" (not a marker); the oath quoted and cut mid-word ("履行團員義")',
    isSpeech: true,
    title: FT_TITLE,
    noise: [FT_TICK],
    replace: [['的`團旗', '的團旗']],
    regexCut: [PINYIN],
    dropLines: [FT_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '請全體起立,奏國歌——《義勇軍進行曲》;' },
      { level: 1, marker: '二、', text: '奏團歌——《光榮啊,中國共青團》;' },
      { level: 1, marker: '三、', text: '本學期,學校對一部分同學進行了認真考察,批準了邵明軒等135名同學加入中國共產主義青年團' },
      { level: 1, marker: '四、', text: '請老團員為新團員佩戴團徽;' },
      { level: 1, marker: '五、', text: '組織新團員宣誓' },
    ],
  },
  '09-zhuchici-htc668-big5-pinyin-shaodaihui-tuanzhang-huiyi-related-diyi-daibiaotuan': {
    source: 'http://htc668.com/yanjiang/html/yanjiang_20080727105323_103626.html',
    kind: 'speech: 主持词 (the chair of a meeting of the delegation heads on the eve of a county 少代会; traditional-script mirror)',
    tests: 'a leaked "- 相關(guān)推薦" label as the first line; the title "代表團(tuán)團(tuán)長會議主持詞" with pinyin inside; converter pinyin after a fixed set of characters in noise and body alike; "各位同志:" and "現在開會。" on their own lines; a "**" placeholder for the members\' names; the agenda given as a colon-and-semicolon list with no markers; an inline "首先,請允許我…" and an inline "最后,請教育局領導講話。" one each in two paragraphs (no run); twelve short lines "第一代表團:團長:孫" / "副團長:夏" … "第六代表團:…" (an ordinal inside a noun, not a marker); a bracketed aside to the audience "(請拿筆記一下)"; cut mid-word ("選")',
    isSpeech: true,
    title: HT_TITLE,
    noise: [HT_RELATED],
    regexCut: [PINYIN],
    dropLines: ['- 相關推薦', HT_TITLE],
    outline: [],
  },
  '10-guoqixia-ssfx-xhedu-jianduiri-qrcode-headline-meta-title-close': {
    source: 'https://ssfx.xhedu.sh.cn/cms/app/info/doc/index.php/25520',
    kind: 'speech: 国旗下讲话 (a teacher to the pupils before 建队日; school site)',
    tests: 'school-site chrome: "扫码关注学校公众号", two blank lines, the headline "国旗下的讲话——光荣啊!少先队" (column label + title), the meta line "作者(来源):[暂无]    发布时间:2006-10-09" with a run of spaces, then the speech\'s own title "光荣啊!少先队" and a "关闭窗口" footer; blank lines between paragraphs; no salutation (the speech opens "我们刚刚为新中国…"); "1013号" where month and day ran together; "――" (U+2015) as the dash; the site\'s "得" for "的" ("轰轰烈烈得壮举", "健康快乐得成长", "新世纪得雄鹰") kept; closing question "好不好?"; no numbered points',
    isSpeech: true,
    title: SF_TITLE,
    noise: [SF_QR, SF_HEADLINE, SF_META, SF_CLOSE],
    dropLines: [SF_QR, SF_HEADLINE, SF_META, SF_TITLE, SF_CLOSE],
    outline: [],
  },
  '11-news-hnlgzy-tuanwei-xueshenghui-huanjie-sidian-xiwang-1-2-3-not-speech': {
    source: 'http://hnlgzy.net/182/235/243/content_63889.html',
    kind: 'non-speech: news post (a polytechnic\'s report on its 团委学生会 换届交流大会)',
    tests: 'a school news post with no title in the capture: the meeting, its attendance list and chairs; a four-character-phrase paragraph in praise of the outgoing union; the 团委书记\'s closing speech reported in the third person ("…作总结讲话,他首先…") with "提出四点希望: 1. 坚定理想信念,提高政治站位。要…。2. …。3. …。4. …。" (a space before 1., inline numbered points after full stops that a naive tool takes for a speech outline); cut mid-word ("理工骄") — a written report, not a speech',
    isSpeech: false,
    title: '',
  },
  '12-news-daowen-xuedaihui-baodao-diyi-dier-disan-glued-domain-not-speech': {
    source: 'https://daowen.com/lilun/2001663.html',
    kind: 'non-speech: news report (a 1980 newspaper item on a university\'s 学生代表大会, reprinted on a reading site)',
    tests: 'a "本报讯" report with no title in the capture: dates, the union statute and code adopted, leaders who "讲了话", delegates\' proposals; the outgoing union chairman\'s 总结 summarised in the third person with inline "第一,…是学生会工作的基本原则。…第二,…是学生会的基本任务。第三,…是学生会的工作基础。" after full stops; the site\'s "(www.daowen.com)" glued to a paragraph end; cut mid-word ("民主") — a written report, not a speech',
    isSpeech: false,
    title: '',
  },
};
