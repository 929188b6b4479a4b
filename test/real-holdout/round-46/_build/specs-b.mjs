// Gold specs for holdout round 46, part b (cases 07–12): ceremonies and events. Four spoken pieces (the announcer's
// 入场解说词 for the athletes' parade at a school sports meet's opening (xmifeng), titled "运动员入场解说词(运动会开幕式入场词)",
// the salutation glued to the first sentence, a lead paragraph, then standalone arabic headings "1、国旗队解说词" …
// "5、社团队" (the fourth ending in a colon) each over a paragraph, the site's slip "万外" kept, cut mid-phrase ("放飞");
// a school principal's 讲话 at the "感动校园2022年度人物" award ceremony on a traditional-script mirror with converter
// pinyin after a fixed set of characters (網(wǎng), 現(xiàn), 發(fā), 數(shù), 質(zhì), 經(jīng), 產(chǎn)) (lidasocks): the school site's
// menu one item a line ("網(wǎng)站首頁 學校概況 新聞公告" / "黨建工作" / … / "師生園地"), a breadcrumb with a lost separator
// ("本站首頁 ? 政教工作"), the headline "見賢思齊 擇善從之", a 來源/作者/發表時間/點擊次數 meta line with an empty count, a
// subtitle "————在感動校園2022年度人物頒獎典禮上的講話", the speaker's name with a lost space ("顧? 寧"), a mis-encoded run
// ("我們?nèi)熒紩奂谶@里"), cut mid-sentence ("每一位"); a secondary school principal's 开幕词 for the school's 15th arts
// festival on the school's own site (zgxczx): the school's rank and four motto lines (校训/校风/教风/学风) as a header, a
// "首页 => 教师展台 => 正文" breadcrumb, the news headline "<name>——第十五届艺术节开幕词", 发表时间/来源/编辑 and
// 点击/评论 meta lines, blank lines holding only spaces, the speech's own title, the speaker's bare name under it, an
// indented paragraph, a closing "最后,我预祝…!" and the 来源/编辑 footer; a consul general's 致辞 at a National Day
// reception printed by an overseas Chinese news site (usachinanews): the reporter's lead paragraph and two photo captions
// above the speech's own title "<name>总领事在国庆75周年招待会上的致辞", the salutation and "大家晚上好!" on one line, no
// numbered points, cut at a sentence end without its full stop) and two written look-alikes (a school's 元旦文艺汇演方案 on a
// 校长文库 site (yun65): 一、…四、 headings, (一)/(二) and "1. 宣传组:…" items, xx/洪x placeholders, a "试读结束,开通会员…"
// paywall line and a "© 版权声明" footer with numbered 1、…4、 notices; a school site's news report (tongzhong) of a
// scholarship fund's 揭牌仪式: "校园新闻" column, "当前位置: 首页>>新闻公告>>校园新闻", 作者/发表时间/浏览次数 meta, the acting
// mayor's speech and the party secretary's 致辞 told in the third person ("在讲话中首先代表…", "他指出", "他表示")).
// Judgement calls: 07's title keeps its parenthesis "(运动会开幕式入场词)": it is a second name of the document, not a count
// or a collection tag; the title line is dropped (not noise, nothing else on the page is site furniture); a 解说词 read out
// to the assembly is a spoken piece (the announcer's part of a 主持词); "1、…"–"5、…" are standalone heading lines (whole
// line, level 1, required, "鼓号队解说词:" with its colon as printed); "最先走进我们视野的是…" is prose. 08's title is the
// headline "見賢思齊 擇善從之" (the talk's own name, dropped as the title line); the "————" subtitle stays a body line and is
// an optional level-1 dash item (a subtitle that opens with ——); the speaker's name under the dash subtitle stays (rounds 8
// and 28), its "?" too; the menu lines, the breadcrumb and the meta line are noise; pinyin is cut by regexCut; the
// mis-encoded run stays. 09's title is the speech's own title line "云岭中学第十五届艺术节开幕词" (dropped); the site's
// headline "<name>——…开幕词" is noise like the other header lines; the bare name under the title (no subtitle) is noise
// (a poster name, as the convention has it); "首先,我代表…" is inline and alone (no run); the closing "最后,我预祝同学们艺术节
// 快乐!" opens its paragraph: a courtesy 最后, optional. 10 is a press page that prints the whole address: the lead and the
// two captions above the speech's title are noise, the title names the speaker ("<name>总领事在…上的致辞") and stays whole;
// the glued "大家晚上好!" stays in the salutation's paragraph. 11 (a plan, 方案) and 12 (a news report) are written, not
// speeches. All names of living people, the schools, the donor's company, the hotel and the local landmarks are fictional.
// Looked for and not found on a new host: a 开工/奠基/揭牌/签约仪式 讲话 with 一是/一要/一、 points (p719, runfargroup,
// 9000bbs, xiexiebang, 360docs, oh100, m.cooco, drpawanjain and m.zixin are used; the corpus answers 签约仪式 queries with
// novel chapters); a 春节团拜会 or 重阳节座谈会 讲话 with numbered points (lbca, 78911, huangminedu and m.31doc are used; the
// 31doc.com viewer is m.31doc's site); a 颁奖典礼 讲话 with 第一/第二 (only novels, used hosts and clean pages without points);
// a 串词/主持词 writing guide on an unused host that is not a Discuz jammer copy (suneasecloud, caiyes and laomiw are used;
// big5.jingpinshucheng is a book chapter on 会议主持词, left for a later round). Only one speech here carries required
// numbered points (07); 08 and 09 carry one optional item each.
// Template twins set aside: pgsk.com (the "/book/chapter/<id>/<n>.html" + bare chapter id template of round 34's nuoha);
// ryyc.cn, m.yrrf.cn and m.stra.cn ("/dongshi/<5>/<10>" twins of kqyc/haog/bluu); tfgfy.com (round 4's mifunc "时间:…" /
// "<title>[此文共N字]" template); tiaonei.com and jdfwg.com (round 20's jjfwb: "位置:首页 >…", "(精选N篇)", "…篇1", title again
// after the salutation); fanwenbaba.cn (shared case 69's "| 小龙" poster line); lktongtai.com (the "- 相關(guān)推薦" chrome line of
// shared case 70); jey722.cn (the "省略N字,正式會員可完整閱讀" paywall of shared case 02); 828857.com (the "導語:…來源于網友
// 上傳" disclaimer of shared case 13); bjjfkt.com (cnbleu's "时间:" line + title twice); lingwen.com (the ruiwen-family
// "在不断进步的社会中…以下是小编帮大家整理的…" promo); xinde.gaivip.cn ("更新时间:… 演讲稿 我要投稿", the fanwen9/gaozihui
// meta); um.sanwen.net (u.sanwenwang's "<date> / 小编 promo / …篇1"); 52qzi.com (kmjg's "/fanwendaquan/gongwenfanwen/");
// shangjiatang.cn (the "/wenku/<4>/<10>" family of zgxue/huatuo3); bbxzwk.vip ("/index/article/detail/detail_id/"); fhfwb.com
// (round 41's syfww family); renwen.czt.cc, zh.17hubei.com.cn, zixun.ndcgxx.cn, whdslt.com, szpxe.com and bbs.beng168.com
// (the "/jxfw/<yyyymm>/" twins of jjcmw). Claimed and not used: a.aedu.cn (a 校运会 讲话 under a "----" subtitle, no
// numbered points; left out to keep four speeches and two look-alikes).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const XM_TITLE = '运动员入场解说词(运动会开幕式入场词)';

const LD_NAV = ['網(wǎng)站首頁 學校概況 新聞公告', '黨建工作', '教學教研', '政教工作', '師生風采', '后勤學管', '學校文化', '師生園地'];
const LD_CRUMB = '你現(xiàn)在的位置是: 本站首頁 ? 政教工作';
const LD_META = '來源:本站 作者:管理員 發(fā)表時間:2023-07-18 17:35:55 點擊次數(shù):';
const LD_TITLE = '見賢思齊 擇善從之';
const noPinyin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const ZG_HEAD = ['四川省示范性普通高中', '校训:躬行修德  展长育能', '校风:团结 研究 求实 向上', '教风:敬诚精进  因材无类', '学风:尚德 益智 健体 成才'];
const ZG_CRUMB = '首页 => 教师展台 => 正文';
const ZG_HEADLINE = '陈立衡——第十五届艺术节开幕词';
const ZG_META = '发表时间:2007-12-6 08:38:33 来源:自贡云岭中学 编辑:蒋岚';
const ZG_CLICKS = '点击/评论:6260/0';
const ZG_NAME = '陈立衡';
const ZG_FOOTER = '来源:自贡云岭中学  编辑:蒋岚';
const ZG_TITLE = '云岭中学第十五届艺术节开幕词';

const US_LEAD = '美国华网李秀文李大川邹大海摄影报道:2024年9月20日晚,中国驻芝加哥韩立东总领事在芝加哥市中心一家酒店的宴会大厅举行庆祝中华人民共和国成立75周年国庆招待会。芝加哥总领馆领区各州政界、商界人士和侨胞友人,多国驻芝总领事以及中资企业、留学生和侨团代表共700余人应邀出席。';
const US_CAP1 = '伊利诺伊州联邦众议员罗伯特·米勒出席招待会。';
const US_CAP2 = '伊利诺伊州审计长卡特致贺信。';
const US_TITLE = '韩立东总领事在国庆75周年招待会上的致辞';

export const specs = {
  '07-zhuchici-xmifeng-ruchang-jieshuoci-arabic-headings': {
    source: 'http://www.xmifeng.cn/info/22136.html',
    kind: 'speech: 解说词 (the announcer\'s script for the athletes\' entrance parade at a school sports meet\'s opening; the announcer\'s part of a 主持词)',
    tests: 'the title "运动员入场解说词(运动会开幕式入场词)" with a second name in parentheses (kept) and no other site chrome; the salutation "尊敬的各位领导,老师们,同学们," glued to the first sentence; a lead paragraph on the school\'s aims; standalone arabic heading lines "1、国旗队解说词", "2、会徽队解说词", "3、彩旗队解说词", "4、鼓号队解说词:" (ending in a colon), "5、社团队", each over one paragraph (level 1, whole line); the site\'s slip "万外" kept; a quoted slogan; cut mid-phrase ("放飞")',
    isSpeech: true,
    title: XM_TITLE,
    noise: [],
    dropLines: [XM_TITLE],
    outline: [
      { level: 1, marker: '1、', text: '国旗队解说词' },
      { level: 1, marker: '2、', text: '会徽队解说词' },
      { level: 1, marker: '3、', text: '彩旗队解说词' },
      { level: 1, marker: '4、', text: '鼓号队解说词:' },
      { level: 1, marker: '5、', text: '社团队' },
    ],
  },
  '08-jianghua-lidasocks-big5-pinyin-gandong-xiaoyuan-banjiang-nav-dash-subtitle': {
    source: 'http://lidasocks.com:80/info/50624',
    kind: 'speech: 讲话 (a principal at the school\'s "touching people of the year" award ceremony; traditional-script mirror of a school site)',
    tests: 'converter pinyin after a fixed set of characters (網(wǎng), 現(xiàn), 發(fā), 數(shù), 質(zhì), 經(jīng), 產(chǎn)), also inside the site chrome; the school menu one item a line ("網(wǎng)站首頁 學校概況 新聞公告" / "黨建工作" / … / "師生園地"); a breadcrumb "你現(xiàn)在的位置是: 本站首頁 ? 政教工作" with a lost separator; the headline "見賢思齊 擇善從之" as the title; a 來源/作者/發表時間/點擊次數 meta line with an empty count; the subtitle "————在感動校園2022年度人物頒獎典禮上的講話" (four dashes) and the speaker\'s name "顧? 寧" with a lost space, both kept; salutation and "大家下午好!" on their own lines; a mis-encoded run "我們?nèi)熒紩奂谶@里" kept; cut mid-sentence ("每一位")',
    isSpeech: true,
    title: LD_TITLE,
    noise: [...LD_NAV, LD_CRUMB, LD_META],
    regexCut: [PINYIN],
    dropLines: [...LD_NAV.map(noPinyin), noPinyin(LD_CRUMB), LD_TITLE, noPinyin(LD_META)],
    outline: [
      { level: 1, marker: '————', text: '在感動校園2022年度人物頒獎典禮上的講話', optional: true },
    ],
  },
  '09-kaimuci-zgxczx-yishujie-school-motto-crumb-headline-name-footer': {
    source: 'http://www.zgxczx.com/article.aspx?id=781',
    kind: 'speech: 开幕词 (a secondary school principal opening the school\'s 15th arts festival; the school\'s own site)',
    tests: 'a school header of five lines (the school\'s rank and its 校训/校风/教风/学风 mottos, with double spaces); a "首页 => 教师展台 => 正文" breadcrumb; the news headline "陈立衡——第十五届艺术节开幕词" (name, dash, title); 发表时间/来源/编辑 and "点击/评论:6260/0" meta lines; lines holding only spaces; the speech\'s own title, then the speaker\'s bare name (noise); salutation "老师们、同学们:"; an indented paragraph; "首先,我代表…" inline and alone; a closing paragraph "最后,我预祝同学们艺术节快乐!" (courtesy 最后, optional); the site\'s "宏扬" kept; a 来源/编辑 footer after a blank run',
    isSpeech: true,
    title: ZG_TITLE,
    noise: [...ZG_HEAD, ZG_CRUMB, ZG_HEADLINE, ZG_META, ZG_CLICKS, ZG_NAME, ZG_FOOTER],
    dropLines: [...ZG_HEAD, ZG_CRUMB, ZG_HEADLINE, ZG_META, ZG_CLICKS, ZG_TITLE, ZG_NAME, ZG_FOOTER],
    outline: [
      { level: 1, marker: '最后,', text: '我预祝同学们艺术节快乐', optional: true },
    ],
  },
  '10-zhici-usachinanews-guoqing-zhaodaihui-press-lead-captions': {
    source: 'https://usachinanews.com/archives/58032',
    kind: 'speech: 致辞 (a consul general at a National Day reception; printed in full by an overseas Chinese news site)',
    tests: 'a press page: the reporter\'s lead paragraph ("美国华网…摄影报道:…") and two photo captions ("…出席招待会。", "…致贺信。") above the speech\'s own title "韩立东总领事在国庆75周年招待会上的致辞" (the speaker\'s name and post inside the title, kept); the salutation and "大家晚上好!" on one line; no numbered points; figures (75周年, 700余人, 5%); cut at a sentence end without its full stop ("位居前列")',
    isSpeech: true,
    title: US_TITLE,
    noise: [US_LEAD, '美国华网李秀文李大川邹大海摄影报道', US_CAP1, US_CAP2],
    dropLines: [US_LEAD, US_CAP1, US_CAP2, US_TITLE],
    outline: [],
  },
  '11-fangan-yun65-yuandan-wenyi-huiyan-yi-er-paywall-copyright-not-speech': {
    source: 'https://www.yun65.com/4439.html',
    kind: 'non-speech: 活动方案 (a school\'s plan for its New Year variety show; 校长文库 site)',
    tests: 'the plan\'s title with a quoted theme; headings "一、指导思想" … "四、成立组织机构", "(一)领导小组成员"/"(二)职能组成员及职责" and "1. 宣传组:…" … "3. 音响设备组:…" items with 职责 lines; xx/洪x/吴x/温x placeholders; a line that mentions 领导致辞 and 节目串联词 as texts to be written; the paywall line "试读结束,开通会员,全站文档免费下载", a "© 版权声明" footer with notices 1、…4、 (a WeChat id, the site\'s domain) and "THE END" — a written plan, not a speech',
    isSpeech: false,
    title: '2026年中小学“金马启新程艺彩耀校园”元旦文艺汇演方案',
  },
  '12-news-tongzhong-jiepai-yishi-jijin-school-crumb-meta-not-speech': {
    source: 'http://tongzhong.cn/news/schoolnews/2487.html',
    kind: 'non-speech: news report (a school site on the unveiling of an alumnus\'s education fund)',
    tests: 'a "校园新闻" column line and a "当前位置: 首页>>新闻公告>>校园新闻" breadcrumb; the headline; an "作者:admin 发表时间:… 浏览次数:4504 次" meta line with wide spaces; paragraphs indented by two spaces; the acting mayor\'s speech and the party secretary\'s 致辞 reported in the third person ("在讲话中首先代表…", "他指出:", "他表示,") with quoted slogans and a school motto — a report of a ceremony, not a speech; cut after a comma',
    isSpeech: false,
    title: '罗承远教育专项基金揭牌仪式在我校举行',
  },
};
