// Gold specs for holdout round 150, part B (cases 07–12): Women's Day and Labour Day (三八妇女节 座谈会 and 庆祝会, 五一 劳模
// 表彰大会, 巾帼建功 — their 讲话, 致辞, 发言, 国旗下讲话, and their look-alikes: a greeting letter, a 倡议书, an 活动方案).
// Three spoken pieces (a pupil's 国旗下演讲 before Labour Day on a school news site hijacked by a casino spammer
// (khwqgm.bomabearing.com, "/show/<id>"): the brand "全球赌博十大网站" as the first line, a crumb "首页 >启外资讯 >最新消息", the
// headline "升旗致辞|劳动最光荣", an "作者:admin 发布时间:2020-04-28" meta line, an indented line introducing the speaker (name,
// class, offices, prizes) with the brand standing where the school's name stood, the document's own heading
// "国旗下的演讲--《全球赌博十大网站》" with the brand in place of the topic, the salutation, the brand again inside three
// sentences where the topic and two book titles stood, "首先" after a comma and "其次," after a full stop in an indented
// paragraph, cut mid-sentence ("我们"); a bank clerk's 三八妇女节 演讲稿 on a traditional-script mirror with converter pinyin
// (fanshangsj.com, "/fwdq/yjg/<id>.html"): the title line "銀行職員三八婦女節(jié)演講稿", two long paragraphs of machine-spun
// prose (rhetorical "誰能告訴我…?" questions, a long "從…到…;從…到…" list, nonsense clauses left by the spinner), pinyin after
// some characters only ("戰(zhàn)", "應(yīng)", "優(yōu)", "當(dāng)", "學(xué)", "數(shù)", "權(quán)"), the converter's "并" and "于", no salutation in
// the capture, cut after a comma; a pupil's 国旗下讲话 for Mother's Day (the neighbouring May holiday: "才过完五一劳动节、五四
// 青年节") in a document viewer (m.kejian.cc, "/content/<id>.html"): the file title, the viewer's "docx" / timestamp / "2页"
// lines, then the whole speech on one line with the title glued before the salutation and paragraphs separated only by a
// space, "大家上好!", a placeholder "XXX", a stray ", " after a full stop ("方式。, 同学们"), a lone inline "最后," at the cut;
// cut after "我想引用一首诗") and three written look-alikes (a company's Women's Day greeting letter on a traditional mirror with
// converter pinyin (m.farrahmd.com, ThinkPHP "index.php/Home/List/show/id/<id>/pid/<col>"): no title, the address "致全體女神:",
// four paragraphs each opening with a couplet-like pair of phrases, second-person wishes, mis-encoded runs "?jì" (婦) and
// "?fù)?dān)" (擔) — a letter, not a speech; a 倡议书 of the city's model workers on a 范文 site (fanwen.qwyd.net,
// "/shuhan/changyishu/<id>.html"): a crumb "当前位置: 范文大全  >  书函范文  >  倡议书范文  >  <title>" with double spaces, the title
// (with the site's typo "劳动模大会"), the address "全市各行各业、各条战线的劳动者,职工朋友们:", "我们向全社会发出如下倡议:",
// points "一、…" and "二、…" opening paragraphs, "xx" placeholders, cut mid-sentence ("的工作") — written, not a speech; a
// college department's Women's Day 活动方案 (jcfy.situ.edu.cn, VSB "/info/<col>/<id>.htm"): a lead, "一、活动主题" … "五、活动
// 内容与流程" heading lines, "(一)作品征集", "1. 作品形式:", "(1)照片类:…", "(2)视频类:…", quoted sub-theme lines "“时光印记”:…",
// spaces inside figures ("(3-5 张)", "30 秒 - 3 分钟", "(100-200 字)"), "4.提交方式:" without a space, cut mid-sentence
// ("通过活动小程序") — a written plan, not a speech).
// Judgement calls: 07 is a speech page: the document is the pupil's own talk to teachers and classmates, in the first person
// ("今天我在国旗下演讲的主题是…"); the title is the page's headline "升旗致辞|劳动最光荣" as printed (genre label and topic
// with the site's "|"; no bracket, count or piece number to drop); the brand line, the crumb, the meta line and the line
// introducing the speaker are noise (the introduction is the site's, third person, not the speech's byline; listed whole and by
// a short part); the brand is cut out of every sentence it replaced (replace, listed as noise, as round 134 case 13), which
// leaves "《》" in the body; the document's heading "国旗下的演讲--《全球赌博十大网站》" is noise (a second heading whose
// topic the spammer replaced; listed whole, dropped in its post-replace form). "首先" follows a comma (prose by the letter of
// outline-rules.md) and "其次," a full stop with no 首先 run open, so by the letter neither is a point, while a reader reads a
// two-point run → both optional, level 1, text to the full stop (as round 1 case 03's comma-less "首先", round 2 case
// 09's lone "首先是" and round 4 case 11's point after a colon); no other markers. 08 is a speech page: the title names 演講稿; the pinyin annotations go by one
// regexCut (hits listed as noise), the title is written without them; the spinner's nonsense clauses ("為換取婦女的枷鎖而
// 讓步") stay as the site's text, as mis-encoded runs do; the "從…到…" list carries no marker; no outline. 09 is a speech page
// (a 国旗下讲话 by a pupil in the first person; Mother's Day, taken as the neighbouring holiday because no unused host held
// another Labour Day or Women's Day speech): the title is the viewer's file title line; "docx", the upload time and "2页" are
// viewer chrome (noise); the title glued before the salutation is a repeat of the title and is cut (replace, not listed, as
// the shared corpus's case 03); the speech stays one paragraph (no break is invented at the spaces, as shared case 21); the
// stray ", " after "方式。" and "大家上好!" stay as printed; the lone inline "最后," before the cut has no 首先 run → no item
// (as round 134 case 01's inline "最后,"). 10 is a letter: no title, the address "致全體女神:" in the letter's "致…:" form,
// no spoken deixis, wishes in the second person — written, even with an address (round 147 case 08, round 17 case 11) → not
// a speech. 11 is a 倡议书 (round 147 cases 09/11, round 16 case 11): although the advocates present it at the commendation
// meeting, the document is an appeal in writing, with an address and numbered appeals → not a speech, no outline. 12 is a plan
// (written, headings only, no address) → not a speech, no outline. Non-speech gold has no title, noise or outline. Names of
// private people: the pupil of 07 (replaced by a fictional name); none stand in 08–12 (09's speaker is the placeholder
// "XXX"); public figures quoted in 08 (冰心, 居里夫人, 屠呦呦, 张海迪 and others) are part of the rewritten prose. The prose was
// rewritten in new words; 08's and 10's directly in traditional characters, with the converter's pinyin after the characters
// the page annotates (08: 節, 戰, 應, 優, 發, 當, 學, 執, 數, 領, 協, 權; 10: the same converter on more characters), 10's mis-encoded
// runs kept in their phrases; 07's brand substitutions, 09's viewer lines and 11's crumb kept as found.
// Looked for and not found on a new host (about 60 queries): a 三八 座谈会 or 表彰大会 讲话 with 一、/一是/第一 points — every one
// the store returned stands on a used host (6dgww.com, xiezuofangchengshi.com, wm114.cn and its mirrors 120pk.cn and
// jey722.cn, wenku.docs.qq.com, m.wnwk.com, wendang9.com, executivefront.com, sxksjs.cn, qikantianxia.com, folksfolks.com and
// its twins shockplant.com / uplandwellness.com / jianaisc.com / vacances-vacance.com, gwyoo.com, 9000bbs.cn, mingyanjiaju.org,
// m.zuowendang.com, goodzuowen.com, 98523.com, jxkamo.com, m.7rdy.cn, gongwk.com's 五一表彰大会 讲话 with "一、" and "一要", xiaomilidoc.com);
// a 五一 劳模表彰大会 讲话 or 主持词 (wmjy.cn, syfww.com, gaozihui.com, shcdff.com, m.p719.cn, 78911.com.cn, cjzw.cn, zuowen.red,
// m.jqnhouse.com's viewer, 7334dd.com, 1mishu.com, xuezhezhai.com: used); a 巾帼建功 or 巾帼志愿 致辞 (caiyes.cn, jlmbg.com: used);
// a 劳模 发言 (m.7rdy.cn, bigxun.com: used); a traditional mirror of a Labour Day speech with numbered points (ggfwb.com's
// 领导讲话 with "一、二、三、" news items, m.handmsg.com's 2020 劳模表彰大会 讲话: used). The look-alikes were easy to find; the
// speeches were not, so the part holds three speeches and three look-alikes, and only 07 carries (optional) points.
// Template twins considered: www.520mili.com's 五一劳动模范表彰大会主持稿 (site bar "欢迎来到专业的…平台! 心得体会 工作总结…",
// "当前位置:" crumb, "时间:… 来源:网友投稿") is a twin of round 145 case 13's www.lysspx.com → dropped; fanwendu.com's 三八 国旗下讲话
// ("来源:范文都 阅读:5.56K 次", the title repeated after the salutation) is a twin of the shared corpus's case 97 (bimobang.com) →
// dropped; xueshidu.com's 三八座谈会发言稿 ("學識都 人氣:2.26W" and a "在…中,…下面是小編幫大家整理的…" promo, with a
// "一是…;二是…,三是…" run after a colon) is a twin of round 4 case 18 (wensiwu) and round 141 case 18 (wenbenwu) → dropped;
// hxhp99.com's 赞美劳动者的演讲稿 (promo "…仅供参考,大家一起来看看吧", "…1尊敬的…" glued, "……此处隐藏4346个字……") is a twin of
// round 14 case 15 (mchqing) and round 8 case 05 (jiaxunjie) → dropped; m.zenmexie8.com (好学范文网, "以下是…小编精心为您推荐的…,
// 供大家参考") is a twin of round 144 case 03 (taomaivip) → dropped; fanfanwen.com ("当前位置:范范文>…", "演讲稿精选 阅读(2.68W)")
// matches used jlmbg.com → dropped; m.dfix.cn's 庆五一晚会主持词 ("/wenku/<col>/<id>", "因篇幅问题不能全部显示…") matches used
// m.lovfp.com / m.stra.cn / m.sarr.cn → dropped; xiandaiyuwen.com's 母亲节国旗下讲话稿 is the used xjdkctz.com's page under the
// same path → dropped; serialka.com's 五一 放假通知 sits under 135editor.com's "/editor_styles/view_contribute/" path (two
// mirrors of one editor; neither used here). jixiaowang.net's 三八婦女節演講稿 (a pupil's composition) was claimed and then left
// out: the site prints the title line after the salutation and the first paragraph, which the gold format cannot hold (the
// title must come no later than the first paragraph); www.szbbs.org's Discuz report of a 劳动节 国旗下讲话 and
// www.beiguan.gov.cn's 迎三八活动方案 (331 characters, the whole stored page) were claimed and left out for the pages above.
// The kept hosts' noise strings ("全球赌博", "首页 >启外资讯", "docx" on its own line, "范文大全  >  书函范文", "倡议书范文") occur in no
// used page (the grep for "倡议书范文" finds round 36 case 12's and round 98 case 09's titles, a different template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)';

const BM_BRAND = '全球赌博十大网站';
const BM_CRUMB = '首页 >启外资讯 >最新消息';
const BM_TITLE = '升旗致辞|劳动最光荣';
const BM_META = '作者:admin 发布时间:2020-04-28';
const BM_BIO = '邱雨桐:全球赌博十大网站初中部七年级(3)班班长,在校担任大队组织委员,多次获得“单科冠军”,并在全国街舞比赛中获得冠军。';
const BM_BIO_CUT = '邱雨桐:初中部七年级(3)班班长,在校担任大队组织委员,多次获得“单科冠军”,并在全国街舞比赛中获得冠军。';
const BM_HEAD = '国旗下的演讲--《全球赌博十大网站》';

const FS_TITLE = '銀行職員三八婦女節演講稿';

const KJ_TITLE = '国旗下讲话:温馨五月天,感恩母亲节';
const KJ_TIME = '2023-05-12 17:33:48';

export const specs = {
  '07-yanjiang-bomabearing-guoqixia-laodongjie-casino-brand-speaker-bio-shouxian-after-comma': {
    source: 'http://khwqgm.bomabearing.com/show/238',
    kind: 'speech: 国旗下讲话 (a pupil\'s flag-raising talk before Labour Day; school news site hijacked by a casino spammer)',
    tests: 'the casino brand "全球赌博十大网站" as the first line, inside the speaker\'s introduction, in the document\'s heading "国旗下的演讲--《…》" and inside three sentences where the topic and two book titles stood (cut out, leaving "《》"); a crumb "首页 >启外资讯 >最新消息"; the headline "升旗致辞|劳动最光荣" as the title; an "作者:admin 发布时间:…" meta line; an indented third-person line introducing the speaker; salutation and "上午好!" on their own lines; "......" inside a paragraph; an indented paragraph with "首先" after a comma and "其次," after a full stop (optional points); cut mid-sentence ("我们")',
    isSpeech: true,
    title: BM_TITLE,
    noise: [BM_BRAND, BM_CRUMB, BM_META, BM_BIO, '在校担任大队组织委员', BM_HEAD],
    replace: [[BM_BRAND, '']],
    dropLines: [BM_CRUMB, BM_TITLE, BM_META, BM_BIO_CUT, '国旗下的演讲--《》'],
    outline: [
      { level: 1, marker: '首先', text: '应当记住自己肩上的责任', optional: true },
      { level: 1, marker: '其次,', text: '我们应该养成爱劳动的好习惯', optional: true },
    ],
  },
  '08-yanjiang-fanshangsj-big5-pinyin-yinhang-sanba-spun-title-line': {
    source: 'http://www.fanshangsj.com/fwdq/yjg/1707.html',
    kind: 'speech: 演讲稿 (a bank clerk\'s Women\'s Day speech; traditional-script mirror with converter pinyin, machine-spun prose)',
    tests: 'the title line "銀行職員三八婦女節(jié)演講稿" with pinyin inside it; converter pinyin after some characters only ("戰(zhàn)", "應(yīng)", "優(yōu)", "當(dāng)", "學(xué)", "數(shù)", "權(quán)", "協(xié)"); the converter\'s "并" and "于"; two long paragraphs of spun prose with rhetorical questions and a long "從…到…;從…到…" list (no markers); no salutation; cut after a comma',
    isSpeech: true,
    title: FS_TITLE,
    noise: [],
    regexCut: [PINYIN],
    dropLines: [FS_TITLE],
    outline: [],
  },
  '09-jianghua-kejian-docx-viewer-muqinjie-guoqixia-title-glued-salutation-oneline': {
    source: 'https://m.kejian.cc/content/672067.html',
    kind: 'speech: 国旗下讲话 (a pupil\'s flag-raising talk for Mother\'s Day, the week after Labour Day; document viewer)',
    tests: 'the file title line; viewer chrome "docx", an upload time and "2页" on their own lines; the whole speech on one line with the title glued before the salutation ("…感恩母亲节尊敬的各位老师,…") and paragraphs separated by single spaces; "大家上好!"; a placeholder "XXX"; an em dash "节日—母亲节"; a stray ", " after a full stop; a lone inline "最后," (no run) just before the cut ("我想引用一首诗")',
    isSpeech: true,
    title: KJ_TITLE,
    noise: ['docx', KJ_TIME, '2页'],
    replace: [[KJ_TITLE + '尊敬的', '尊敬的']],
    dropLines: [KJ_TITLE, 'docx', KJ_TIME, '2页'],
    outline: [],
  },
  '10-xin-farrahmd-big5-pinyin-sanba-zhi-quanti-nvshen-mojibake-not-speech': {
    source: 'http://m.farrahmd.com/index.php/Home/List/show/id/621/pid/8',
    kind: 'non-speech: letter (a company\'s Women\'s Day greeting letter; traditional-script mirror with converter pinyin)',
    tests: 'no title; the address "致全體女神:" as the first line; four paragraphs each opening with a pair of four- or five-character phrases; second-person praise and wishes ("希望你們…"), no spoken deixis; converter pinyin after many characters; mis-encoded runs "勞動(dòng)?jì)D女節(jié)" and "重?fù)?dān)" — a written letter, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-changyishu-qwyd-wuyi-laomo-xianjin-daibiao-crumb-salutation-yi-er-not-speech': {
    source: 'https://fanwen.qwyd.net/shuhan/changyishu/316343.html',
    kind: 'non-speech: 倡议书 (the model workers\' appeal at a city\'s May Day commendation meeting; 范文 site)',
    tests: 'a crumb "当前位置: 范文大全  >  书函范文  >  倡议书范文  >  <title>" with double spaces; the title with the site\'s typo "劳动模大会"; the address "全市各行各业、各条战线的劳动者,职工朋友们:"; "今天,市委市政府在这里…" and "我们向全社会发出如下倡议:"; appeals "一、…" and "二、…" opening paragraphs; "xx" placeholders; cut mid-sentence — a written appeal, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-fangan-situ-sanba-suiyue-ruge-yi-paren-arabic-headings-not-speech': {
    source: 'https://jcfy.situ.edu.cn/info/1003/3881.htm',
    kind: 'non-speech: 活动方案 (a college department\'s Women\'s Day photo and video activity plan)',
    tests: 'a lead sentence, then heading lines "一、活动主题" … "五、活动内容与流程", "(一)作品征集", "1. 作品形式:", "(1)照片类:…", "(2)视频类:…", quoted sub-theme lines ("“时光印记”:…"), "3. 作品要求:", "4.提交方式:" without a space; spaces inside figures ("(3-5 张)", "30 秒 - 3 分钟"); cut mid-sentence — a written plan with four heading levels, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
