// Gold specs for holdout round 141, part C (cases 13–18): campus and amateur ball games (校园足球 联赛, 篮球赛 开幕式,
// a basketball training base at a school, a flag-raising talk on football — their 讲话, 致辞, 演讲, 发言稿, and their look-alikes:
// a 通知 for a staff basketball match and a class 篮球赛 策划书).
// Four spoken pieces (a generated "leader's speech" at the launch of an amateur football tournament on a sports-streaming farm
// (sgdrn.cn, "/zuqiunews/<id>.html"): a bare crumb label "当前位置:", the headline "足球赛事领导讲话", a "来源: jrs赛事直播网" line, a
// site summary in the third person ("…主办方领导从…三个维度展开讲话,…"), then standalone headings "一、…" to "四、…" (the first one
// above "大家上午好!"), stage directions in parentheses ("(稍作停顿)", "(端起水杯喝了一口)"), three "•" bullet lines, a paragraph
// ending "这里先透露三件事:" over three indented lines "1. …" "2. …" "3. …", cut mid-word ("有个孩"); a street office's 致辞 at
// the opening of a street basketball tournament on a 范文 site (dawendou.com, 大文斗范文网, "/jianghuagao/fayangao/<id>.html"):
// the title twice, the salutation, "大家好!", "XX" placeholders, a mid-speech vocative "同志们,", a closing "最后,预祝…!"
// paragraph, then a footer "版权声明:" with numbered lines "1.大文斗范文网的资料来自互联网…" and "2.《街道举办篮" cut mid-word;
// a pupil's flag-raising talk on football on a primary school's own site (sggs18x.cn, "/info/<id>"): the school's name, its
// name spelled in capital pinyin ("HUAI NAN SHI TIAN JIA AN QU DI SHI BA XIAO XUE"), a nav bar, a crumb "你现在的位置是: 本站首页
// 德育园地 国旗下演讲", the post headline "四(4)中队" (the class that ran the ceremony), a "来源:本站 作者:管理员 发表时间:…
// 点击次数:" meta line, the ceremony record (its title, "404中队", the date, an image file name "QQ图片20201207083932", the
// spaced role labels "主 持 人" / "升 旗 手" / "护 旗 手", "小小演讲家" and rows of pupils' names), a label line "演讲主题:<<知足球、
// 爱足球>>", then the talk with no salutation, figures, a reading gloss "蹴鞠[cù jū]", cut mid-sentence ("我真为"); a coach's
// 发言稿 at the unveiling of a CUBA basketball training base at a middle school, on a coach's page (act.pcjyedu.cn,
// "/article/<id>.html"): a profile block above the title (caption lines "徐州篮球" four times, "徐州篮球训练照", the coach's name
// line, memberships, posts, "执教成绩:…"), the title, a salutation with a trailing space, lines indented with runs of spaces,
// a block "首先,我代表…" with no 其次, cut mid-sentence ("使我")) and two written look-alikes (a university union's 通知 on
// its fourth staff basketball match (gh.sdada.edu.cn, "/info/<col>/<id>.htm"): a crumb "当前位置: 网站首页 >> 工作动态 >> 正文",
// an empty "发布者: [发表时间]:2008-11-25 [来源]: [浏览次数]:" meta line, the letterhead in spaced characters "山 东 工 艺 美 术 学
// 院", the 通知's title, an addressee "各部门工会:" that looks like a salutation, items "一、…九、" with "1./2./3." and "①" under
// them, an attachment name "第四届教职工篮球赛报名表.doc" — a written notice, not a speech; a class basketball match's 策划书
// outline on a 范文 site (m.wenbenwu.com, "/jingxuan/<code>.html"): the title, a "文本屋 人气:2.57W" meta line, the title
// repeated under the first label "活动背景", bare labels "活动目的" … "活动要求", "1. …" to "4. …" and "1. …" to "3. …" steps —
// a written plan, not a speech; 364 characters, the whole stored page).
// Judgement calls: 13's title is the headline, the page's only title line; "当前位置:" (a crumb label with nothing after it),
// the source line (with "jrs赛事直播网" listed again as a short part) and the site's third-person summary are noise (as the shared
// corpus's case 28 摘要 teaser); the four "一、"…"四、" heading lines are required level-1 items, the first one
// although it stands above "大家上午好!" as printed; the "•" bullets are no markers and stay as paragraphs; the block "1."/"2."/
// "3." lines follow "这里先透露三件事:" → optional level-2 items under 三、 (points after a colon, as round 20's panghu123
// 1、…4、 after "以下几点要求:"), their text the whole line (no sentence end); the stage directions stay in the body (shared
// corpus case 105). 14: the second title line is a repeat of the title (dropped, not listed); the footer "版权声明:" and its two
// numbered lines are noise (listed whole, with "大文斗范文网" as a short part) and their "1."/"2." are no outline; "同志们," opens a
// paragraph as a vocative and stays; the closing "最后,预祝…!" paragraph has no 首先 run → optional level 1 (as round 5's
// 02/04/10 and round 134 case 04). 15: the school header (its name, the pinyin spelling of it, the nav bar), the crumb, the post
// headline "四(4)中队" (it names the class on duty, not the talk), the meta line and the whole ceremony record (as round 4 case
// 08's ceremony lines, with the image file name as round 6 case 01) are noise; the title is the talk's topic from its label line
// "演讲主题:<<知足球、爱足球>>", without the label and the double angle brackets (as the shared corpus drops a "標題:" prefix;
// unlike round 137 case 14, whose topic stood only inside a sentence); the label line is listed as noise; the reading gloss
// "[cù jū]" after 蹴鞠 is the pupil's own text (bracketed, once, not a converter's "(zhàn)" after every character) and stays;
// no salutation, no numbered points. 16: the profile block over the title (caption lines, the name line with memberships,
// posts, the record) is the site's page about the coach, not the speech's byline (it carries no position line of the kind
// the shared corpus keeps, such as "主讲人:…"), and is noise line by line; the title is the 发言稿 line as printed; the lone
// block "首先," is courtesy with no 其次 → optional level 1 (as round 6 case 01), its text cut at the first comma (the
// sentence runs over 50 characters). 17 and 18 are written, not spoken: 17 is a 通知 whose addressee line ends in a colon
// like a salutation (as round 2's 通知 opening with "各位代表:"); 18 is a plan whose numbered steps are no outline. Names of
// private people (the coach, the pupils of the ceremony record, the union's contact persons and their phone number) were
// replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a new host: a speech with 一是/第一/一、 points on a ball-game occasion (onlinecha.com with
// traditional 一、二、三、 希望, shcdff.com with "第一、希望…", bbdoor.com "我有以下…", m.allw.cn, wm114.cn, m.yzwku.com (裁判员代表
// 发言稿 with 一、…四、), meipian.cn (球队15周年 讲话 with 1./2.) are used), so only 13 carries numbered points; a 主持词 for a
// ball-game opening (m.hmlawpc.com's traditional 职工篮球赛 主持词, ryyc.cn's 校园足球文化节 主持词, gxscse.com's 网球赛 主持词 are
// used); a 运动员代表/裁判员代表 发言 (aihuau.com, m.yzwku.com, wendang.net are used; the rest are reports of the oaths); a
// 球队 成立 speech (only novel chapters, po1847.com and emagoo.com, and the used meipian.cn); a traditional-script mirror of a
// ball-game speech (only used hosts: onlinecha.com, shcdff.com, ggfwb.com, letgol.com, m.hmlawpc.com); a 竞赛规程 (only tag
// pages and the used m.78911.com.cn); a 村BA/村超 speech (only news reports).
// Template twins considered: shuichengzx.com and longhaishizx.com (school-football and 气排球 reports with the year and the counts
// stripped, "转载请注明:http://…" footer) belong to the family of the used tongrenzx.com, wanzaixianzx.com and abachildren.com →
// dropped; bjmt010.com ("/content/<8 hex>.html", a generated "…希望能够给大家提供一些新的思路和灵感" lead) is the template of the used
// 91kejian.com, diwufanwen.com and shwhmap.com → dropped; yzbyyy.com ("/news/<id>.html", a short 羽毛球 致辞) has the shape of
// the used jiuzi-shop.com → dropped; kumixiong.com's PowerEasy "打印本文 关闭窗口" print view is the used gaotongwater.com's →
// not taken; sgdrn.cn and the used mrhzpd.com are both "JRS" streaming farms, but their furniture differs (here "当前位置:" /
// "来源: jrs赛事直播网" and a summary; there "发布时间:… | 新闻来源:JRS直播") and no used page carries sgdrn's lines → kept (vopao.cn
// serves sgdrn's template and was not taken); lejingyouxi.com and anboqv.com share a spun "第四届苏超联赛开幕式盛启…" template
// (neither used; not taken). No used page carries "大文斗范文网", "HUAI NAN SHI", "小小演讲家", "徐州篮球训练照", "[浏览次数]" with
// "发布者: [发表时间]" or "文本屋".
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const SG_CRUMB = '当前位置:';
const SG_TITLE = '足球赛事领导讲话';
const SG_SOURCE = '来源: jrs赛事直播网';
const SG_SUMMARY = '在今日举行的足球赛事启动仪式上,主办方领导从赛事意义、团队精神、公平竞争三个维度展开讲话,强调足球运动对凝聚社会力量、培养青年品格的重要作用,并宣布将建立赛事安全预警系统及青少年训练基地,呼吁各界共同推动中国足球事业可持续发展。';

const DW_TITLE = '街道举办篮球赛开幕式致辞';
const DW_FOOT = '版权声明:';
const DW_FOOT1 = '1.大文斗范文网的资料来自互联网以及用户的投稿,用于非商业性学习目的免费阅览。';
const DW_FOOT2 = '2.《街道举办篮';

const GS_LINES = [
  '淮南市田家庵区第十八小学',
  'HUAI NAN SHI TIAN JIA AN QU DI SHI BA XIAO XUE',
  '网站首页 学校概况 校务公开 教育科研 教师园地 党建工会 德育园地 专项教育 校园之星',
  '你现在的位置是: 本站首页 德育园地 国旗下演讲',
  '四(4)中队',
  '来源:本站 作者:管理员 发表时间:2020-12-08 15:02:22 点击次数:',
  '田家庵区第十八小学升旗仪式记录',
  '404中队',
  '2020年 12月7日',
  'QQ图片20201207083932',
  '主 持 人',
  '贺欣然',
  '小小演讲家',
  '苏可馨  陆航',
  '升 旗 手',
  '程子墨',
  '护 旗 手',
  '林嘉怡  高晨曦  许浩然',
  '谢雨桐  钱思涵  韩子轩',
  '宋秋言  唐梓萱  马一鸣',
  '罗夕瑶  袁凯文  邓浩宇',
  '曹若溪  魏明远  蒋华宁  沈允川',
  '演讲主题:<<知足球、爱足球>>',
];

const PC_TITLE = '参加徐州三中“CUBA全国大学生篮球人才培训基地”揭牌发言稿';
const PC_PROFILE = [
  '徐州篮球',
  '徐州篮球训练照',
  '陈振宇先生: 民进会员,大学本科学历',
  '中国民主促进会徐州市第六次代表大会代表',
  '江苏省篮球运动协会理事',
  '江苏师范大学体育学院兼职教授',
  '徐州市体育运动学校篮球助理教练',
  '徐州市健将营篮球俱乐部主任 总教练',
  '徐州三中“CUBA全国大学生篮球人才培训基地”教练',
  '徐州市青少年篮球名教',
  '徐州市优秀篮球教练员',
  '徐州市体育工作先进个人',
  '执教成绩:带队参加徐州市中小学生篮球比赛11次荣获冠军',
];

export const specs = {
  '13-jianghua-sgdrn-zuqiu-saishi-crumb-laiyuan-summary-yi-si-bullets-stage-directions': {
    source: 'https://www.sgdrn.cn/zuqiunews/14744.html',
    kind: 'speech: 讲话 (a generated organiser\'s speech at the launch of an amateur football tournament; sports-streaming farm)',
    tests: 'a bare crumb label "当前位置:"; the headline as the only title line; a "来源: jrs赛事直播网" line; a site summary in the third person ("…从赛事意义、团队精神、公平竞争三个维度展开讲话,…") before the speech; standalone headings "一、…"…"四、…", the first above "大家上午好!"; stage directions in parentheses ("(稍作停顿)", "(指尖轻敲讲台,像在回想)"); three "•" bullet lines (no markers); "这里先透露三件事:" over indented block lines "1. …" "2. …" "3. …" (after a colon: optional, level 2); cut mid-word ("有个孩")',
    isSpeech: true,
    title: SG_TITLE,
    noise: [SG_CRUMB, SG_SOURCE, SG_SUMMARY, 'jrs赛事直播网'],
    dropLines: [SG_CRUMB, SG_TITLE, SG_SOURCE, SG_SUMMARY],
    outline: [
      { level: 1, marker: '一、', text: '办好赛事的时代分量' },
      { level: 1, marker: '二、', text: '赛场上的三门功课' },
      { level: 1, marker: '三、', text: '赛事提档的三项举措' },
      { level: 2, marker: '1.', text: '组建全天候医疗小组,保证每场比赛配足2台AED设备', optional: true },
      { level: 2, marker: '2.', text: '打通青训选拔通道,赛季最佳球员直接推荐到省队试训', optional: true },
      { level: 2, marker: '3.', text: '推行环保积分办法,交回10个塑料瓶就能换一份赛事纪念品', optional: true },
      { level: 1, marker: '四、', text: '对明天的期待与思考' },
    ],
  },
  '14-zhici-dawendou-jiedao-lanqiusai-title-twice-banquan-footer-numbered-zuihou': {
    source: 'https://www.dawendou.com/jianghuagao/fayangao/1139294.html',
    kind: 'speech: 致辞 (a street office at the opening of a street basketball tournament; 范文 site)',
    tests: 'the title printed twice; the salutation "各位领导,各位来宾,运动员、教练员、裁判员,朋友们:" and "大家好!"; "XX" placeholders; a mid-speech vocative "同志们,"; a closing "最后,预祝…!" paragraph (no 首先 run: optional); a footer "版权声明:" with numbered lines "1.大文斗范文网的资料来自互联网…" and "2.《街道举办篮" (noise, no outline), cut mid-word',
    isSpeech: true,
    title: DW_TITLE,
    noise: [DW_FOOT, DW_FOOT1, DW_FOOT2, '大文斗范文网'],
    dropLines: [DW_TITLE, DW_FOOT, DW_FOOT1, DW_FOOT2],
    outline: [
      { level: 1, marker: '最后,', text: '预祝本届篮球赛取得圆满成功', optional: true },
    ],
  },
  '15-yanjiang-sggs18x-guoqixia-zuqiu-school-header-pinyin-line-ceremony-record-zhuti-label': {
    source: 'http://www.sggs18x.cn:80/info/24858',
    kind: 'speech: 演讲 (a pupil\'s flag-raising talk on football; primary school site, ceremony record)',
    tests: 'a school header: the school\'s name, its name in capital pinyin ("HUAI NAN SHI TIAN JIA AN QU DI SHI BA XIAO XUE"), a nav bar; a crumb "你现在的位置是: 本站首页 德育园地 国旗下演讲"; the post headline "四(4)中队" naming the class on duty; a "来源:本站 作者:管理员 发表时间:… 点击次数:" meta line; a ceremony record (its title, "404中队", a date, an image file name, spaced role labels "主 持 人"/"升 旗 手"/"护 旗 手", "小小演讲家", rows of pupils\' names); the topic as a label line "演讲主题:<<知足球、爱足球>>" (the title without label and brackets); no salutation; figures; a reading gloss "蹴鞠[cù jū]" kept; cut mid-sentence ("我真为")',
    isSpeech: true,
    title: '知足球、爱足球',
    noise: [...GS_LINES],
    dropLines: [...GS_LINES],
    outline: [],
  },
  '16-fayan-pcjyedu-cuba-lanqiu-jidi-jiepai-coach-profile-block-shouxian': {
    source: 'http://act.pcjyedu.cn/article/413.html',
    kind: 'speech: 发言稿 (a school basketball coach at the unveiling of a CUBA training base at a middle school; the coach\'s page)',
    tests: 'a profile block over the title: caption lines "徐州篮球" (four times) and "徐州篮球训练照", the coach\'s name line, memberships, posts, "执教成绩:…"; the title "参加…“CUBA全国大学生篮球人才培训基地”揭牌发言稿"; the salutation with a trailing space; lines indented with runs of spaces; a lone block "首先,我代表…" (courtesy, no 其次: optional); a space before an opening quote ("联合会 “CUBA…"); cut mid-sentence ("使我")',
    isSpeech: true,
    title: PC_TITLE,
    noise: [...PC_PROFILE],
    dropLines: [...PC_PROFILE, PC_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '我代表徐州市各中、小学的篮球教练员', optional: true },
    ],
  },
  '17-tongzhi-sdada-jiaozhigong-lanqiusai-crumb-meta-spaced-letterhead-addressee-not-speech': {
    source: 'https://gh.sdada.edu.cn/info/1037/1426.htm',
    kind: 'non-speech: 通知 (a university union\'s notice of its fourth staff basketball match)',
    tests: 'a crumb "当前位置: 网站首页 >> 工作动态 >> 正文"; an empty "发布者: [发表时间]:2008-11-25 [来源]: [浏览次数]:" meta line; a letterhead in spaced characters "山 东 工 艺 美 术 学 院"; the 通知\'s title; an addressee "各部门工会:" that looks like a salutation; items "一、"…"九、" with "1."/"2."/"3." and "①" under them; an attachment name "第四届教职工篮球赛报名表.doc" — a written notice, not a speech',
    isSpeech: false,
    title: '关于举办第四届教职工篮球比赛的通知',
    noise: [],
    outline: [],
  },
  '18-cehuashu-wenbenwu-lanqiusai-renqi-meta-labels-numbered-steps-not-speech': {
    source: 'https://m.wenbenwu.com/jingxuan/78g2jw.html',
    kind: 'non-speech: 策划书 (an outline plan for a class basketball match; 范文 site)',
    tests: 'the title; a "文本屋 人气:2.57W" meta line; the title repeated under the first label "活动背景"; bare labels "活动目的", "活动时间", "活动地点", "活动流程", "活动要求"; block steps "1. …"–"4. …" and "1. …"–"3. …" — a written plan, not a speech; 364 characters, the whole stored page',
    isSpeech: false,
    title: '篮球赛策划书大纲',
    noise: [],
    outline: [],
  },
};
