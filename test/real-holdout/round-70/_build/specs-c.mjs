// Gold specs for holdout round 70, part C (cases 13–18): children and Young Pioneers (少先队, 六一儿童节, 幼儿园,
// 入队仪式). Four spoken pieces (a provincial Youth League secretary's 致词 opening a provincial 少代会, on the League's old
// ASP site: the column name "相关通知" above the title, a "文章来源:本站原创 文章所在栏目:相关通知 点击数:4087
// 更新日期:2006/6/30" meta line, a lone-space line, paragraphs indented with two and eight spaces, cut mid-quotation; a
// national 少工委 speech printed under its cover notice on the 中国少先队 file library: the "首页 > 文件库 > 2006 > 中少发 >
// 正文" breadcrumb, the notice's addressee line "各省、自治区、直辖市少工委:", the notice paragraph, the signature
// "全国少工委" and its date, then the speech's own title, a dash subtitle broken over two lines after a comma, the speech's
// date line and a "会议要办好两件事:一是…;二是…" sentence, cut after "浙江"; a pupil's 国旗下讲话 about the school's
// 少代会 on a WeChat mirror: the headline "国旗下讲话|第十六周:你好,少代会", the account tag "文摘", a date-time line and
// the IP-location line "浙江", the whole talk flattened onto one line with inline "首先,…?…其次,…?" after sentence
// ends, an agenda "一是…,二是…,三是…" after a colon and commas, a second run "首先每位…。其次,…" whose 首先 has no
// separator, the speaker's slip "少队会" kept, cut after a comma; a kindergarten head's 开学典礼 致辞 on a 演讲致辞 site
// that copies the ruiwen collections: a "当前位置:首页 > 演讲致辞 > 致辞" breadcrumb, the title three times around a
// "时间:…" line, the site's 小编 promo, the piece heading "幼儿园园长开学典礼致辞1", a backtick glued mid-phrase
// ("今天的`开学典礼"), "两个好消息。一是…!…;二是…!" (一是 after a full stop, 二是 after a semicolon), xx/20xx
// placeholders, a "……此处隐藏11126个字……" fold after a space, after which a later piece's text resumes, cut mid-word)
// and two written look-alikes (a regional education site's report of a school's 入队仪式: the headline, a
// "发布时间:…来源:… 作者:… 通讯员 …浏览量:2101" meta line with its fields glued together, the report on one line with its
// paragraphs separated by single spaces, the headmaster's 讲话 and a pupil's 发言 told in the third person; a
// traditional-script mirror of a city news site with converter pinyin after a fixed set of characters (陽(yáng),
// 網(wǎng), 鎮(zhèn), 學(xué), 國(guó), 隊(duì), 級(jí), 領(lǐng), 會(huì), 發(fā), 時(shí)…) of a report of a village school's 入队仪式
// whose vice-head "提出幾點(diǎn)要求,一是…;二是…;三是…" is summarised in the third person).
// Judgement calls: 13's title is the headline as printed (邓海光 is the League's provincial secretary, a public office
// holder, and stays; the children, teachers and schools elsewhere in the round are fictional); "相关通知" above the title is
// the column's name (noise, as a breadcrumb), the lone-space line is blank. 14 is a speech: the notice is the issuing
// body's cover for the speech it forwards, so its addressee line, paragraph, signature and date are noise (as a press
// page's lead above "以下为…的致辞") and the speech's own title under it is the title; the dash subtitle wrapped after
// "》," is one line (joined) and stays in the body as an optional level-1 dash item (rounds 8, 13, 28); the date line stays;
// "一是…;二是…" open after a colon and a semicolon, so both are optional (level 1, as round 28's 13 keeps later points at
// level 1 under an optional subtitle). 15 is a speech (a pupil's talk to the assembly in the first person); its title is
// the WeChat headline whole: the column word "国旗下讲话|" and the week "第十六周:" are part of the one printed headline
// and no rule drops them; "文摘", the date-time and "浙江" are the mirror's meta (noise). "首先,"/"其次," after "吧。" and
// "…形式。" are a required inline run (texts end at the question marks); the agenda "一是…,二是…,三是…" after a colon and
// commas is prose (as round 34's 01); the second run is optional: its "首先" has no separator, so by the letter its "其次,"
// starts no run. 16's title is the page and piece title without the piece number; the three title lines are dropped, not
// listed; the promo, the 时间 line and the piece heading are noise, the backtick goes with two neighbours each side, the
// fold is cut and the line split there (as round 24's 09), the resumed text stays as a paragraph; 一是 follows a full stop
// but 二是 a semicolon, so the run is not two points after sentence ends: both optional. 17 and 18 are reports, not
// speeches; 18's page has no headline (title "").
// Looked for and not found on a new host: a 少代会 or 少工委 work-meeting speech with 一、/(一) headings on a 范文 or 文库
// site (wenke99, wentop, 360docs, fanwen51, fanwenq are used; the corpus otherwise answers with news of 少代会s), a
// county leader's 六一 讲话 with 第一,/第二, (sanweiyuan's "借此机会,我提三点希望:一是…" page and jey722's 文秘 mirror are
// used), a 幼儿园 毕业典礼 or 家长会 speech with numbered points (only /jxfw/ farms, /wenku/ farms and used hosts), a guide
// to writing an 入队仪式 讲话稿.
// Template twins set aside: myzx.xhedu.sh.cn and ssd3.xhedu.sh.cn (the Xuhui school platform of round 56's
// ssfx.xhedu.sh.cn), hsxx.jnjy.net.cn (the "NewShow-<id>.aspx" Jiangning school platform of round 9's kgxx.jnjy.net.cn),
// reader8.net (round 34's reader8.com), qmwxz.com (bowengu's "位置:首頁 > 範文 > 演講稿 / <title> / 演講稿N.NNK" template),
// boxueji.com and caihuaka.com (the qqjlz/caihuaku family with the title repeated after the salutation), szpxe.com,
// bbs.dlss.cn, bbs.tynfd.cn, news.qinbaol.com and bbs.gzlsly.com ("/jxfw/<yyyymm>/" farms), lovfp.com, m.yrrf.cn and
// stra.cn ("/wenku/<col>/<id>" farms), cailiaogou.cn ("/index/article/detail/detail_id/"), qiantimeigw.com ("/ZhuChiCi/").
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.
// Set aside when the round was merged: 16 (cqoiio.com), whose "title / 时间:YYYY-MM-DD HH:MM:SS / title / title" head and
// 小编 promo are the template of round 13's 16 and round 24's 09 — a template twin.

const GD_COLUMN = '相关通知';
const GD_TITLE = '邓海光书记在中国少年先锋队广东省第五次代表大会上的致词';
const GD_META = '文章来源:本站原创 文章所在栏目:相关通知 点击数:4087 更新日期:2006/6/30';

const ZS_CRUMB = '首页 > 文件库 > 2006 > 中少发 > 正文';
const ZS_TO = '各省、自治区、直辖市少工委:';
const ZS_NOTICE = '6月9日至10日,全国少工委在浙江省杭州市召开了牢固树立社会主义荣辱观,全队贯彻落实《少先队辅导员工作纲要(试行)》(简称《纲要》),深化雏鹰争章活动现场会。团中央书记处书记、全国少工委常务副主任张晓兰同志到会并作了重要讲话,围绕学习贯彻社会主义荣辱观、推动各级少先队组织把力量沉到基层、抓好《纲要》落地和雏鹰争章活动,作了具体部署。现将讲话印发给你们,请各地组织少先队工作者和辅导员认真学习,结合本地实际抓好落实,努力把少先队工作推向新的水平。';
const ZS_SIGN = '全国少工委';
const ZS_DATE = '2006年6月14日';
const ZS_TITLE = '践行社会主义荣辱观扎实推进《纲要》实施';

const WX_TITLE = '国旗下讲话|第十六周:你好,少代会';
const WX_ACCOUNT = '文摘';
const WX_TIME = '2024-12-17 18:13';
const WX_LOC = '浙江';

const CQ_CRUMB = '当前位置:首页 > 演讲致辞 > 致辞';
const CQ_TITLE = '幼儿园园长开学典礼致辞';
const CQ_TIME = '时间:2024-03-10 11:52:11';
const CQ_PROMO = '在平时的学习、工作或生活中,大家都不可避免地会接触到致辞吧,致辞要注意人物的身份,不能偏离说话的对象。致辞的类型多样,你所见过的致辞是什么样的呢?下面是小编精心整理的幼儿园园长开学典礼致辞,希望对大家有所帮助。';
const CQ_PIECE = '幼儿园园长开学典礼致辞1';
const CQ_TICK = '今天的`开学典礼';
const CQ_HIDDEN = '……此处隐藏11126个字……';

export const specs = {
  '13-zhici-gdcyl-shaodaihui-column-meta-indent': {
    source: 'http://www.gdcyl.org/snb/ShowArticle.asp?ArticleID=7120',
    kind: 'speech: 致词 (the provincial Youth League secretary opening a provincial Young Pioneers congress; League website)',
    tests: 'the column name "相关通知" on the first line above the title; a "文章来源:本站原创 文章所在栏目:相关通知 点击数:4087 更新日期:2006/6/30" meta line under it; a lone-space line; salutation "各位领导、少先队员朋友们、同志们:"; paragraphs indented with two and with eight spaces; quoted slogans; no numbered points; cut mid-quotation ("一切为了孩子、为了一切孩子")',
    isSpeech: true,
    title: GD_TITLE,
    noise: [GD_COLUMN, GD_META],
    dropLines: [GD_COLUMN, GD_TITLE, GD_META],
    outline: [],
  },
  '14-jianghua-k618-yinfa-notice-dash-subtitle-yishi': {
    source: 'https://zgsxd.k618.cn/wjk/wjk_80685/zsf/201701/t20170120_10122587.html',
    kind: 'speech: 讲话 (a national Young Pioneers work committee leader at a field meeting on the counsellors\' guideline, printed under its cover notice)',
    tests: 'a "首页 > 文件库 > 2006 > 中少发 > 正文" breadcrumb; the cover notice (addressee line "各省、自治区、直辖市少工委:", a paragraph saying the speech is forwarded, the signature "全国少工委" and a date) above the speech, all noise; blank lines made of spaces; the speech\'s own title, a dash subtitle wrapped over two lines after "》," (joined), the date line "(2006年6月9日)"; the meeting\'s long name repeated in the first sentence; "会议要办好两件事:一是…;二是…" after a colon and a semicolon (optional); cut after "浙江"',
    isSpeech: true,
    title: ZS_TITLE,
    noise: [ZS_CRUMB, ZS_TO, ZS_NOTICE, ZS_SIGN, ZS_DATE],
    join: [['——张晓兰同志', '深化雏鹰争章活动现场会上的讲话']],
    dropLines: [ZS_CRUMB, ZS_TO, ZS_NOTICE, ZS_SIGN, ZS_DATE, ZS_TITLE],
    outline: [
      { level: 1, marker: '——', text: '张晓兰同志在全队贯彻落实《少先队辅导员工作纲要(试行)》,深化雏鹰争章活动现场会上的讲话', optional: true },
      { level: 1, marker: '一是', text: '对照少先队今后五年重点工作推进计划的总体安排', optional: true },
      { level: 1, marker: '二是', text: '聚焦今后五年“全队抓基层、全队抓落实”的四项重点工作(雏鹰争章活动、农村少先队工作、社区少先队工作、中学少先队工作)里如何把雏鹰争章活动引向深入', optional: true },
    ],
  },
  '15-guoqixia-wxredian-pupil-shaodaihui-shouxian-qici': {
    source: 'https://wxredian.com/art?id=7d2fe84980f0e4ed872249d755c52d71',
    kind: 'speech: 国旗下讲话 (a fifth-grade pupil introducing the school\'s Young Pioneers congress; WeChat mirror)',
    tests: 'the WeChat headline "国旗下讲话|第十六周:你好,少代会" with a pipe; the account tag "文摘", a date-time line and the IP-location line "浙江" under it; no salutation (the pupil introduces himself); the whole talk on one line; parallel "有一…,我们一起…好多年" clauses separated by semicolons; inline "首先,…?" and "其次,…?" after sentence ends (required, texts end at the question marks); an agenda "一是…,二是…,三是…" after a colon and commas (prose); a second run "首先每位队员…。其次,…" whose 首先 has no separator (optional); the slip "少队会" kept; cut after a comma',
    isSpeech: true,
    title: WX_TITLE,
    noise: [WX_ACCOUNT, WX_TIME, WX_LOC],
    dropLines: [WX_TITLE, WX_ACCOUNT, WX_TIME, WX_LOC],
    outline: [
      { level: 1, marker: '首先,', text: '少代会为什么要召开' },
      { level: 1, marker: '其次,', text: '少代会隔多久开一次' },
      { level: 1, marker: '首先', text: '每位队员都要关心并主动宣传少代会', optional: true },
      { level: 1, marker: '其次,', text: '更要紧的是我们要拿实际行动来迎接少代会', optional: true },
    ],
  },
  '17-news-scjyxw-ruduiyishi-meta-not-speech': {
    source: 'https://m.scjyxw.com/show-82-390805.html',
    kind: 'non-speech: news report (a primary school\'s induction ceremony for new Young Pioneers; regional education news site)',
    tests: 'the headline, then a meta line whose fields run together ("发布时间:2024-10-12来源:成都高新区… 作者:… 通讯员 …浏览量:2101"); the report on one line with its paragraphs separated by single spaces; the ceremony\'s steps (出旗, 队歌, 名单, 宣誓, 呼号), a pupil\'s 发言 and the headmaster\'s 讲话 told in the third person; "2.6班" (class number, not a marker); cut after "本次入队仪式" — a report, not a speech',
    isSpeech: false,
    title: '青檀小学2023级第二批新队员入队仪式圆满举行',
  },
  '18-news-nbhuotong-big5-pinyin-ruduiyishi-yishi-not-speech': {
    source: 'http://nbhuotong.com/p/188319.html',
    kind: 'non-speech: news report (a village primary school\'s induction ceremony; traditional-script mirror)',
    tests: 'a traditional-script mirror of a city news site with converter pinyin after a fixed set of characters (陽(yáng), 網(wǎng), 鎮(zhèn), 學(xué), 國(guó), 隊(duì), 級(jí), 領(lǐng), 產(chǎn), 嚴(yán), 導(dǎo), 發(fā), 動(dòng), 點(diǎn), 對(duì), 會(huì), 習(xí), 時(shí)…), but not in "好學生" or "正式開始"; the converter\'s simplified leftovers 并, 后, 里, 系; a dateline lead "邵陽(yáng)新聞網(wǎng)1月6日訊(通訊員 …)"; a pupil\'s pledge quoted; the vice-head\'s "提出幾點(diǎn)要求,一是…;二是…;三是…" after a comma, told in the third person; no headline — a report, not a speech',
    isSpeech: false,
    title: '',
  },
};
