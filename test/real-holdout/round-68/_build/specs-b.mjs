// Gold specs for holdout round 68, part B (cases 07–12): courts, procuratorates and judicial administration (法院, 检察院,
// 司法局, 律师协会 — party-group meetings, pledges, swearing-in, law popularisation, and their look-alikes).
// Four spoken pieces (a Ministry of Justice leader's 讲话 opening the 7th national online exhibition of law-popularisation
// calligraphy and paintings, on a school-health policy portal (policy.chinaschool.org.cn): six bare nav lines ("首页",
// "十二部委通知", … "热点新闻"), a breadcrumb "中国校园健康行动 > 政策新闻 > 领导讲话 > 正文", the title tagged "【司法部】"
// with the speaker's name before 在, a three-group salutation, paragraphs separated by two blank lines, a courtesy
// "首先,我代表…" inline after a full stop with no 其次, the mis-encoded date "“12?4”" (12·4 法制宣传日), cut mid-phrase;
// a court president's 讲话 at a training class for 政法 cadres as the first piece of a 心得体会 collection (m.cnmtgys.com):
// the collection title "法院院长讲党课心得体会", the piece heading "篇一:法院院长讲党课心得体会", a line of blanks, then the
// piece's own title, every line indented by two spaces, a converter's wrong simplified forms kept (根底, 效劳, 开展, 承当,
// 坚决, 原那么, the closing quote 〞 in "“三个代表〞"), a standalone heading "一、当好院长必须具备的素质", then inline
// "第一,…。第二,…。第三,…" after full stops, cut after a comma; a lawyers' forum 总结发言 reposted on a personal blog mirror
// (buybagsmall.com, the "桂客留言" column): the blog headline "<author>:<title>", a "摘要: <title>" line, a
// "10-12 06:14 首页 桂客留言" date/nav line, the title, a dash subtitle "——在第九届西部律师发展论坛的总结发言", the speech's own
// date-and-place line "2017年8月27日 贵阳", a salutation plus "大家中午好!", a stage note "(掌声)", a paragraph opening
// "第一个巧合," (an ordinal outside the rule table), runs of blank lines, cut mid-sentence; the Shanghai justice bureau
// chief's address at the bar's annual ceremony, printed in the bar association's magazine and copied by a traditional-script
// mirror (biomdur.com) with converter pinyin after a fixed set of characters: the magazine's whole masthead (主管/主辦/編輯,
// the editorial board one or two names a line, 主編, 責任編輯, address, phone, fax, e-mail, the submission URL and the site
// address rewritten to the mirror's host, a permit line with a mis-encoded run "性?xún)?nèi)部") above the byline
// "上海市司法局黨委書記、局長 閔善和", no title and no salutation, "主要體現…“四個進步”:一是…。" after a colon, cut
// mid-sentence) and two look-alikes (a chapter of a court novel on a traditional-script pinyin mirror (ranfinancial.com):
// a division chief opens a meeting and reads a prepared speech in quotes, mis-encoded runs where the
// mirror broke the UTF-8 ("‘三?!闹匾v話精神?!!铮蠹叶贾?,", "?!?/p>" with a leaked "</p>"), cut inside a pinyin
// annotation ("準(zh"); a provincial news site's report of a basic court's swearing-in of newly selected judges
// (sdxinwen.com): headline with "丨", a "时间:… 浏览次数:" line, a "山东新闻网:(政治部 …)" lead, the quoted 法官誓词, and the
// president's "三点要求:一是…。二是…。三是…。" after a colon — a report, not a speech).
// Judgement calls: 07's nav lines and breadcrumb are noise; the "【司法部】" tag is noise and the title keeps the speaker's
// name ("张苏军在…的讲话", as printed; a public official, not replaced); the inline "首先," has no second member, so no outline;
// "12?4" stays (a mis-encoded character the reader cannot repair). 08 is a speech: a collection page whose first piece is
// titled 讲话 (the README's rule for collections), whatever the page title says; the title is the piece's own title; the
// page title and the "篇一:" heading are noise; the converter's wrong forms stay; "一、" is level 1 and the inline
// 第一,/第二,/第三, after full stops are level 2 (inline points under the block heading above their paragraph), required.
// 09's title is the headline without the blogger's name; the "<name>:<title>" headline and the 摘要 line are noise (they
// are not the title as printed alone), the bare title line is dropped, not listed; the dash subtitle stays as a body line
// (rounds 8/28) and is an optional level-1 "——" item; the date/place line stays (the speech's own); "第一个巧合," is an
// ordinal outside the rule table: optional, the lead-in phrase in the marker (round 67's "第一个想和大家谈的观念是:"), its
// sentence is longer than 50 characters, so the text is cut at its first comma; "(掌声)" stays. 10 is a speech without a
// title: it opens with the speaker's byline (position + name, kept, as round 67's 09) and speaks to the ceremony in the
// first person ("我代表市司法局黨委,向…表示熱烈的祝賀"); every masthead line is noise (listed as printed, dropped as left
// after the pinyin cut); the converter pinyin is cut by regexCut; "一是…" after a colon whose 二是 lies past the cut is one
// optional level-1 item; the page is 1,003 characters long, 697 without the pinyin (the masthead alone takes 40 lines).
// 11 (novel) and 12 (news report) are not speeches.
// Looked for and not found on a new host: a 法院/检察院 work-conference 讲话 with 一、/(一) on a 范文 site (gongwenz, wnwk,
// xiaomilidoc, gongwk, wenku.docs.qq are used), a 新任法官/检察官 表态发言, a 律师宣誓 or 宪法宣誓 主持词 (only news reports and
// 方案 pages), a 人民调解员培训班 opening speech (only news), a 检察开放日 致辞 text (only reports), a 普法 speech on a
// traditional mirror (letgol and mingyanjiaju are used; xiaozhentang too). Set aside as template twins: stokuaidi.com (a
// "[keyword]title" page title over a "【www.stokuaidi.com--代表发言】" brand line, the shape of round 62's jxxyjl
// "【wenmi.jxxyjl.com--发言稿】"), m.17338.cn (the chinanews-mirror "/gn/news/<yyyy>/<mm-dd>/<id>.shtml" pattern of the used
// xieliaobaba), spics.org.cn (toneless doubled pinyin "日(ri)(ri)" of round 1's hzyx88 and round 8's hbzqbyyxgs),
// ycqfy.hncourt.gov.cn (the court-site "/public/detail.php?id=" platform of round 40's hljcourt news with block points),
// laomiw.com (a copy of the used caiyes forum thread). Also not taken: dangfei.cn (a court 党课 with a block 一要 point, clean
// page), kept out for want of noise.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, matched after the regexCut) removed; what is left are the
// paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const CS_NAV = ['首页', '十二部委通知', '政策法规', '健康标准', '调研报告', '热点新闻'];
const CS_CRUMB = '中国校园健康行动 > 政策新闻 > 领导讲话 > 正文';
const CS_TAG = '【司法部】';
const CS_TITLE = '张苏军在第七届全国法制宣传书画作品网上展览开通仪式上的讲话';

const CM_PAGE_TITLE = '法院院长讲党课心得体会';
const CM_PIECE = '篇一:法院院长讲党课心得体会';
const CM_TITLE = '法院院长在政法干部培训班上的讲话';

const BB_TITLE = '中国最缺什么样的法官和律师?';
const BB_HEADLINE = '刘桂明:' + BB_TITLE;
const BB_ABSTRACT = '摘要: ' + BB_TITLE;
const BB_META = '10-12 06:14 首页 桂客留言';

// the magazine's masthead as printed (with the converter's pinyin); dropped as left after the regexCut
const BM_MAST = [
  '主 管:上海市司法局',
  '主 辦:上海市律師協(xié)會(huì)',
  '編 輯:《上海律師》編輯部',
  '編輯委員會(huì)主任:柯萬(wàn)權(quán)',
  '副 主 任: 施林濤 顧鵬飛',
  '彭明濤 蔣寧寧',
  '殷 昊 程 璐',
  '余冰一 葉衛(wèi)東',
  '符宗新 竇志龍',
  '卜 磊 湯 潔',
  '葛 瑜',
  '編 委 會(huì):羅華平 費 婧',
  '莊逸瑞 錢亮波',
  '汪夏青 喬 秦',
  '祝筱楠 儲(chǔ)曉玲',
  '方正浩 鄧凌俊',
  '閆 薇 應(yīng)曉陽(yáng)',
  '沈志華 邱 憶',
  '徐巧雲 翁冠群',
  '黃培文 杜維世',
  '吳月娥 魯 東',
  '曾 濱',
  '主 編: 程 璐',
  '副 主 編:譚 茵 邢 頻',
  '責(zé)任編輯:石鳳梅',
  '攝影記者:賀申星',
  '美術(shù)編輯:韋春光',
  '編 務(wù):房 倩',
  '編輯部地址:',
  '上海市肇嘉浜路 789 號(hào)均瑤國(guó)際廣場(chǎng) 33 樓',
  '電 話(huà):021-64030000',
  '傳 真:021-64185837',
  '投稿郵箱:',
  'E-mail:tougao@lawyers.org.cn',
  '網(wǎng)上投稿系統(tǒng):',
  'http://www.biomdur.com/wangzhantougao',
  '上海市律師協(xié)會(huì)網(wǎng)址(東方律師網(wǎng))',
  'www.biomdur.com',
  '上海市連續(xù)性?xún)?nèi)部資料準(zhǔn)印證(K 第 272 號(hào))',
  '本刊所用圖片如未署名的,請(qǐng)作者與本刊編輯部聯(lián)系',
];

export const specs = {
  '07-jianghua-chinaschool-sifabu-fazhi-shuhua-nav-crumb-tag-shouxian': {
    source: 'http://policy.chinaschool.org.cn/a2011/1011/10239.html',
    kind: 'speech: 讲话 (a Ministry of Justice leader opening the 7th national online exhibition of law-popularisation calligraphy and paintings; school-health policy portal, 领导讲话 column)',
    tests: 'six bare nav lines ("首页", "十二部委通知", "政策法规", "健康标准", "调研报告", "热点新闻") and a breadcrumb "中国校园健康行动 > 政策新闻 > 领导讲话 > 正文" above the title; the title tagged "【司法部】" and carrying the speaker\'s name before 在; the salutation "各位来宾、各位同志、各位网友:"; paragraphs separated by two blank lines; a courtesy "首先,我代表…" inline after a full stop with no 其次 (no point); a mis-encoded date "“12?4”法制宣传日" kept; quoted "五五"; cut mid-phrase ("发挥了积极")',
    isSpeech: true,
    title: CS_TITLE,
    noise: [...CS_NAV, CS_CRUMB, CS_TAG],
    dropLines: [...CS_NAV, CS_CRUMB, CS_TAG + CS_TITLE],
    outline: [],
  },
  '08-jianghua-cnmtgys-fayuan-yuanzhang-xinde-collection-pianyi-yi-diyi': {
    source: 'https://m.cnmtgys.com/xindetihui/45928.html',
    kind: 'speech: 讲话 (a basic-court president at a training class for 政法 cadres; first piece of a 心得体会 collection page)',
    tests: 'a page titled 心得体会 ("法院院长讲党课心得体会") whose first piece, under the heading "篇一:法院院长讲党课心得体会" and a line of blanks, is titled "法院院长在政法干部培训班上的讲话" (speech by the collection rule; the title is the piece\'s own); every line indented by two spaces; a converter\'s wrong simplified forms kept (根底, 效劳, 开展, 承当, 坚决, 原那么, the closing quote in "“三个代表〞"); "我的体会有以下几点:" then a standalone heading "一、当好院长必须具备的素质" (level 1); inline "第一,要有坚决的政治立场。…第二,…。第三,…。" after full stops (level 2, required); cut after a comma ("恪尽职守,")',
    isSpeech: true,
    title: CM_TITLE,
    noise: [CM_PAGE_TITLE, CM_PIECE],
    dropLines: [CM_PAGE_TITLE, CM_PIECE, CM_TITLE],
    outline: [
      { level: 1, marker: '一、', text: '当好院长必须具备的素质' },
      { level: 2, marker: '第一,', text: '要有坚决的政治立场' },
      { level: 2, marker: '第二,', text: '要有过硬的领导本领' },
      { level: 2, marker: '第三,', text: '要有强烈的事业心和高度的责任感' },
    ],
  },
  '09-fayan-buybagsmall-lvshi-luntan-zongjie-zhaiyao-dash-subtitle-diyige': {
    source: 'http://buybagsmall.com/agui1962/354397.html',
    kind: 'speech: 发言 (a legal journalist\'s closing remarks at the 9th 西部律师发展论坛; blog mirror, "桂客留言" column)',
    tests: 'the blog headline "刘桂明:<title>" with the author\'s name, a "摘要: <title>" line and a "10-12 06:14 首页 桂客留言" date/nav line before the title itself; the title ending in an ASCII "?"; a dash subtitle "——在第九届西部律师发展论坛的总结发言" (body line, optional level-1 dash item); the speech\'s own date-and-place line "2017年8月27日 贵阳" (kept); the salutation "各位领导、各位嘉宾、各位亲爱的律师:" and "大家中午好!"; a stage note "(掌声)" kept; runs of two and four blank lines; a paragraph opening "第一个巧合," (an ordinal outside the rule table: optional, its 66-character sentence cut at the first comma); book-title marks and dates; cut mid-sentence ("马拉松赛,我")',
    isSpeech: true,
    title: BB_TITLE,
    noise: [BB_HEADLINE, BB_ABSTRACT, BB_META],
    dropLines: [BB_HEADLINE, BB_ABSTRACT, BB_META, BB_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在第九届西部律师发展论坛的总结发言', optional: true },
      { level: 1, marker: '第一个巧合,', text: '是第九届西部律师发展论坛开幕的日子', optional: true },
    ],
  },
  '10-zhici-biomdur-big5-pinyin-lvshi-shengdian-masthead-byline-yishi': {
    source: 'http://www.biomdur.com/info/146669d0862a49d783ad8386bd3f08e1',
    kind: 'speech: 致辞 (the Shanghai justice bureau chief at the bar\'s annual awards ceremony; the bar magazine copied by a traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (協(xié), 會(huì), 萬(wàn), 權(quán), 衛(wèi), 儲(chǔ), 應(yīng), 陽(yáng), 責(zé), 術(shù), 務(wù), 號(hào), 國(guó), 場(chǎng), 話(huà), 網(wǎng), 統(tǒng), 書(shū), 長(zhǎng), 來(lái), 個(gè), 過(guò), 點(diǎn), 領(lǐng), 導(dǎo), 堅(jiān), 優(yōu), 實(shí), 開(kāi), 動(dòng), 業(yè), 發(fā), 現(xiàn), 進(jìn), 態(tài), 勢(shì)…); the magazine\'s 40-line masthead first (主管/主辦/編輯, the editorial board one or two spaced names a line, address, phone, fax, e-mail, submission URL and site address on the mirror\'s host, a permit line with the mis-encoded run "性?xún)?nèi)部"); no title and no salutation; the byline "上海市司法局黨委書記、局長 閔善和" kept; the address to the ceremony in the first person; "主要…“四個進步”:一是行業發展保持良好態勢。" after a colon, its 二是 past the cut (optional, level 1); cut mid-sentence ("全市律師")',
    isSpeech: true,
    title: '',
    noise: [...BM_MAST],
    regexCut: [PINYIN],
    dropLines: BM_MAST.map(unpin),
    outline: [
      { level: 1, marker: '一是', text: '行業發展保持良好態勢', optional: true },
    ],
  },
  '11-novel-ranfinancial-big5-pinyin-fating-kaihui-mojibake-not-speech': {
    source: 'http://ranfinancial.com/showbook/112517/1362545.html',
    kind: 'non-speech: novel (a chapter of a court novel; traditional-script pinyin mirror)',
    tests: 'a novel chapter in which a court division chief opens a meeting ("嗯,除了沒來的,該來的都來了。") and reads a prepared speech in quotes about the court serving "三保", then ad-libs to the room — narration in the first person of a clerk, not a speech; converter pinyin after a fixed set of characters (會(huì), 長(zhǎng), 場(chǎng), 時(shí), 領(lǐng), 導(dǎo), 學(xué), 習(xí), 關(guān), 務(wù), 穩(wěn), 國(guó), 統(tǒng), 應(yīng), 當(dāng), 經(jīng), 濟(jì), 動(dòng), 認(rèn), 對(duì), 個(gè)…) with simplified 干/于/里 left; mis-encoded runs where the mirror broke the text ("‘三?!闹匾v話精神?!!铮蠹叶贾?,", "我們?cè)谝院蟮膶徟泄ぷ髦校杂X地", "?!?/p>" with a leaked "</p>"); no title; cut inside a pinyin annotation ("準(zh")',
    isSpeech: false,
    title: '',
  },
  '12-news-sdxinwen-faguan-xuanshi-meta-yishi-after-colon-not-speech': {
    source: 'http://www.sdxinwen.com/html/difang/20250423/57060.html',
    kind: 'non-speech: news report (a basic court\'s constitutional oath ceremony for newly selected judges; provincial news site)',
    tests: 'a headline with "丨" between slogan and event; a "时间:2025-04-23 15:33 浏览次数:" line with an empty count; a "山东新闻网:(政治部 冯然)" lead; the quoted 法官誓词 ("我是中华人民共和国法官,我宣誓:…"); the site\'s slip "新入额命法官" kept; the president\'s "三点要求:一是要筑牢法治信仰。…二是主动担当履职。…三是对法律常怀敬畏之心。…" after a colon inside one paragraph — a report in the third person, not a speech; a closing section heading "新的起点,新的征程"',
    isSpeech: false,
    title: '坚守法治初心,勇担司法使命丨青峪林区基层法院新入额法官宣誓仪式',
  },
};
