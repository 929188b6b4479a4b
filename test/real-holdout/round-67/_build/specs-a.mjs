// Gold specs for holdout round 67, part A (cases 01–06): flood control, emergency management and forest fire prevention
// (防汛抗旱, 应急管理, 森林防火 — meetings, training classes, drills, and their look-alikes).
// Four spoken pieces (a retired official's opening talk at a 地质灾害危险性评估 training class, reprinted as a "媒体报道" item
// on a traditional-script mirror of a Shanxi company site (gedingh.cn) with converter pinyin after a fixed set of
// characters (國(guó), 務(wù), 業(yè), 關(guān), 質(zhì), 災(zāi), 個(gè), 訓(xùn), 動(dòng), 項(xiàng), 統(tǒng), 來(lái), 強(qiáng), 領(lǐng),
// 導(dǎo), 過(guò), 顯(xiǎn), 財(cái), 產(chǎn), 類(lèi), 勢(shì), 嚴(yán), 險(xiǎn), 評(píng), 實(shí), 驗(yàn), 對(duì), and the converter's
// misreading 長(zhǎng) in "長期性"): an adult-spam keyword line first (the hijacked mirror's, kept as found, as rounds 37, 45
// and 52 kept theirs), the company's hotline, "新聞資訊", "聯系方式", address, phone, fax, e-mail and site lines, the column
// label "媒體報道", the title tagged "【行業要聞】" with the speaker's name before a colon, a "日期:… 人氣:…" line, the
// salutation "尊敬的各位專家,同志們:" and "大家上午好!" on indented lines, the mirror's "—個" (a dash for 一), simplified
// 关于/干部 left by the converter, a "首先是…" after a comma, cut mid-word ("要有全"); an emergency-management 党课 on a
// 范文 site's 党课讲稿 column (nm119.com) whose capture opens with "同志们:" (no title, no site chrome), a standalone "一、…"
// heading and a "(一)全会核心要义。…" paragraph (a block heading with a sentence end), cut mid-phrase; a city 安监局 leader
// opening a 安全生产应急管理 training class, on a second traditional-script pinyin mirror (cutestuff4girls.com, a different
// annotated set: 實(shí), 監(jiān), 關(guān), 發(fā), 產(chǎn), 應(yīng), 訓(xùn), 計(jì), 強(qiáng), 進(jìn), 業(yè), 務(wù), 個(gè),
// 驗(yàn), 點(diǎn), 認(rèn), 責(zé), 經(jīng), 濟(jì), 現(xiàn), 達(dá), 項(xiàng), 標(biāo), 轉(zhuǎn), 領(lǐng), 嚴(yán), 動(dòng), 學(xué);
// simplified 于/里 left), no title, "同志們:" first, a document number "(粵安監〔2009〕162號)", a courtesy "首先,我代表…" inline
// after a full stop with no 其次, the standalone heading "一、認清形勢,…緊迫感和責任感", a statistics paragraph whose
// "表現在:…;…" list has no markers, and an inline "一是要認識到…。" whose 二是 lies past the cut; a school 森林防火讲话稿 on a
// Q&A site (leexue.com, 新励学网): the breadcrumb "当前位置:新励学网 > 秒知问答 > <title>", the title, a "发表时间:… 来源:网友投稿"
// line, blank lines between all lines, "首先…;其次…;再次…;最后…" after a colon with no separator after any of them, the
// comma-less "同学们让我们…", the closing "谢谢大家!", and two footer lines (免责声明, 侵权 contact) — the whole page, 478
// characters, shorter than the usual 600) and two written look-alikes (a web-novel chapter on a 笔趣阁 mirror (xbqgsw.com):
// site name, "会员书架", the breadcrumb "首页 >总裁小说 >一路官场 > <chapter>", the chapter heading with "(2 / 5)", then a
// newly arrived deputy county head telling a township's secretary and head what to do before the flood season, in quotes,
// with "第一,…。第二,…,第三,…。第四,…。第五,…。" inside the quotation and the listeners' reaction in narration — a novel,
// not a speech; a 矿山停产撤人演练脚本 posted on a phpwind forum (bbs.bztdxxl.com): the forum's menu bar, "今日发帖排行", the
// thread subject, the poster's profile (级别, UID, 精华, 发帖, 财富 鼎币, 威望, …, 最后登录), "楼主 发表于:", the script's title
// twice, every line ending in a random anti-copy jammer string ("USz~l7Xs", "ecghY=%", "{_O!mI*", …), headings "一、演练项目"
// … "五、演练假想背景", a numbered 1.…10. programme with "××总"/"×××" placeholders and times in which leaders' 讲话 are
// agenda items, blank date slots "    年   月", cut mid-sentence — a drill plan, not a speech).
// Judgement calls: 01's title is the headline without its "【行業要聞】" tag and without pinyin, the speaker's name before
// the colon kept ("葛文峰:關于…", fictional name for the real official in the original); the spam line, the contact block,
// the column label, the tag and the meta line are noise; the speaker's salutation and greeting stay; "首先是…" follows a
// comma and opens no point, so there is no outline. 02 and 03 have no title in the capture (""). 02: "一、…" is a level-1
// heading (whole line) and "(一)全会核心要义。" a level-2 block heading whose text is its first sentence. 03: "首先,我代表…" is
// inline and alone (no 其次), so no point; "一、…" is a required level-1 heading; the inline "一是要認識到…。" after a full
// stop is a run of one because the capture ends before 二是: optional, level 2; the only noise is the converter pinyin
// (regexCut). 04: the title line is the document's own title (dropped, not listed); the breadcrumb, meta line and both
// footer lines are noise; "首先/其次/再次/最后" after a colon and semicolons, with no separator after the word, are what a
// reader takes for a four-point list but not markers by the rules: four optional level-1 items, text cut at the first
// comma (as round 64's "有三个方面:一是…,…;二是…" items, part b); "谢谢大家!" is a body paragraph. 05 and 06 are written, not
// speeches (a novel's narration frames the quoted instructions; a drill script lists 讲话 as agenda items); titles are
// informational. All people's and places' names in the rewritten prose are fictional (05's 周明远/韩正林/柳塘乡, 03's
// experts); the sites' own strings (01's address, phone and e-mail, 05's book title "一路官场", 06's profile numbers and
// jammer strings) are kept as found.
// Looked for and not found on a new host: a 防汛/防汛抗旱 meeting speech (huangminedu, 6dgww, wm114, e.wenmi.ren,
// xiezuofangchengshi, sanweiyuan, 7rdy, xiebiwenku, wenke99, bimoxiezuo, wmjy, mishuzj, 1mishu, fanwenq, performandhealth
// are used); a 森林防火/森林草原防灭火 meeting speech with numbered headings (popartistsnft, gongwenku1, gongwen.com.cn, sarr,
// p719, wenku.docs.qq.com, jkfanghuo, zhunbian, 8686, gongwenbaodian are used); a 抗洪抢险 表彰 or 誓师 speech (wm114,
// regraff, gwyoo are used; 40792.com is a used novel site); a 防汛 表态发言 (huaboedu is used); a school drill 总结讲话 with
// numbered points (m.91mayou, houzhang, dilijx, rzpgrj, bookm, fhfwb, 360docs, yzwku, cyzxm are used).
// Template twins set aside: sc-bjx.com (恒微文秘网: "您的当前位置: <site> > 范文大全 > 讲话稿 > …", "来源:… 时间:…" and a summary
// glued to "下面是小编为大家整理的…,供大家参考。", the furniture of round 13's jsjstd and round 26's 99999z); com3y.cn and
// jssljx.com ("/xwzx/zxzt/…/<yyyymm>/t<date>_<id>.htm" mirrors of taiwan.cn, as the used opkks.com; com3y's page is a 抗旱
// speech under a 新华网 lead); thefilledlantern.com (named a ruiwen twin in round 39). Not taken though new: ahluyejy.com and
// boglecoveoysterhouse.net (news reports of 防汛 drills under adult-spam header lines; one such header, 01's, is enough for
// a part), nmcqxx.com (a 心得 on 应急管理 with 1、…4、 lines), dyhzdl.cn (a school 防溺水 talk, off the theme).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, matched after the regexCut) removed; what is left are the
// paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const GD_SPAM = '成人一区 四区日本,淑女一区二区免费视频,欧美日韩在线观看一区二区,欧美国产亚洲日韩在线一区';
// as printed (with the converter's pinyin) and as left after the regexCut
const GD_CHROME = [
  ['全國(guó)服務(wù)熱線:0351-4378829', '全國服務熱線:0351-4378829'],
  ['新聞資訊', '新聞資訊'],
  ['聯(lián)系方式', '聯系方式'],
  ['地址:山西省太原市朝陽(yáng)街75號(hào)', '地址:山西省太原市朝陽街75號'],
  ['電話(huà):0351-4378829', '電話:0351-4378829'],
  ['傳真:0351-4378829', '傳真:0351-4378829'],
  ['郵箱:dibaonengyuan@163.com', '郵箱:dibaonengyuan@163.com'],
  ['官網(wǎng):http://gedingh.cn', '官網:http://gedingh.cn'],
  ['媒體報(bào)道', '媒體報道'],
];
const GD_TAG = '【行業(yè)要聞】';
const GD_TITLE = '葛文峰:關于地質災害防治需要關注的幾個問題';
const GD_META = '日期:2021-10-19 人氣:3252';

const LX_CRUMB = '当前位置:新励学网 > 秒知问答 > 学校森林防火讲话稿';
const LX_TITLE = '学校森林防火讲话稿';
const LX_META = '发表时间:2024-11-30 16:37:57 来源:网友投稿';
const LX_DISCLAIMER = '免责声明:本站发布的教育资讯(图片、视频和文字)以本站原创、转载和分享为主,文章观点不代表本网站立场。';
const LX_TAKEDOWN = '如果本文侵犯了您的权益,请联系底部站长邮箱进行举报反馈,一经查实,我们将在第一时间处理,感谢您对本站的关注!';

export const specs = {
  '01-jianghua-gedingh-big5-pinyin-dizhi-zaihai-spam-contact-chrome-tag-title': {
    source: 'http://gedingh.cn/show/1441.html',
    kind: 'speech: 讲话 (a retired official opening a 地质灾害危险性评估 training class; traditional-script mirror of a company site)',
    tests: 'an adult-spam keyword line first; a company site\'s hotline "全國(guó)服務(wù)熱線:…", "新聞資訊", "聯(lián)系方式", address, phone, fax, e-mail and "官網(wǎng):http://gedingh.cn" lines over blank lines; the column label "媒體報(bào)道"; the title tagged "【行業(yè)要聞】" with the speaker\'s name and a colon before the topic; a "日期:2021-10-19 人氣:3252" line; converter pinyin after a fixed set of characters (also inside the title and the chrome) and a misread 長(zhǎng); the salutation "尊敬的各位專(zhuān)家,同志們:" and an indented "大家上午好!"; one long indented paragraph with the mirror\'s "—個(gè)" and a "首先是…" after a comma (no point); cut mid-word ("要有全")',
    isSpeech: true,
    title: GD_TITLE,
    noise: [GD_SPAM, ...GD_CHROME.map(c => c[0]), GD_TAG, GD_META],
    regexCut: [PINYIN],
    dropLines: [GD_SPAM, ...GD_CHROME.map(c => c[1]), '【行業要聞】' + GD_TITLE, GD_META],
    outline: [],
  },
  '02-dangke-nm119-yingji-guanli-no-title-yi-paren-yi-block': {
    source: 'http://nm119.com/fwdq/dkjg/214427.html',
    kind: 'speech: 党课 (an emergency-management bureau\'s party lecture on the Third Plenary Session; 范文 site, 党课讲稿 column)',
    tests: 'no title and no site chrome: the capture opens with "同志们:" and holds only the lecture; a long opening paragraph with a semicolon-joined double requirement and the year "2029年"; a standalone heading "一、党的二十届三中全会精神概述" (level 1, whole line); a paragraph opening "(一)全会核心要义。" (ASCII parentheses, a level-2 block heading whose text is its first sentence); figures ("2022年", "一成左右"); cut mid-phrase ("人民群众的生命")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '一、', text: '党的二十届三中全会精神概述' },
      { level: 2, marker: '(一)', text: '全会核心要义' },
    ],
  },
  '03-jianghua-cutestuff4girls-big5-pinyin-yingji-peixunban-no-title-yi-single-yishi': {
    source: 'http://cutestuff4girls.com/Files/else/201301/299734.shtml',
    kind: 'speech: 讲话 (a city 安监局 leader opening a training class for 安全生产应急管理 staff; traditional-script mirror)',
    tests: 'no title and no site chrome: "同志們:" first; converter pinyin after a fixed set of characters (實(shí), 監(jiān), 發(fā), 產(chǎn), 應(yīng), 訓(xùn), 認(rèn), 學(xué), …) with simplified 于 ("關(guān)于", "有利于") and 里 ("這里") left; a document number "(粵安監(jiān)〔2009〕162號)"; a courtesy "首先,我代表…" inline after a full stop with no 其次 (no point); "主要是想:…" and "下面,我講幾點(diǎn)意見:" ending in colons; a standalone heading "一、認(rèn)清形勢,…緊迫感和責(zé)任感" (level 1); a statistics paragraph with percentages and a "表現(xiàn)在:…;…" list without markers; an inline "一是要認(rèn)識到…。" after a full stop whose 二是 lies past the cut (optional, level 2); cut mid-sentence ("是安全生產(chǎn)")',
    isSpeech: true,
    title: '',
    noise: [],
    regexCut: [PINYIN],
    outline: [
      { level: 1, marker: '一、', text: '認清形勢,提高認識,切實增強抓好應急管理工作的緊迫感和責任感' },
      { level: 2, marker: '一是', text: '要認識到抓好應急管理工作有利于推動安全監管責任的落實', optional: true },
    ],
  },
  '04-jianghua-leexue-senlin-fanghuo-xuexiao-crumb-meta-disclaimer-shouxian-after-colon': {
    source: 'https://www.leexue.com/miaozhi/703523149706170155.html',
    kind: 'speech: 讲话稿 (a school talk on forest fire prevention; Q&A site)',
    tests: 'a breadcrumb "当前位置:新励学网 > 秒知问答 > <title>" ending in the title; the title line; a "发表时间:2024-11-30 16:37:57 来源:网友投稿" line; blank lines between all lines; the salutation "尊敬的老师们、亲爱的同学们:"; "…做起:首先不随手…;其次树立…;再次发现…;最后学习…。" after a colon and semicolons with no separator after 首先/其次/再次/最后 (optional level-1 items, text cut at the first comma); the comma-less "同学们让我们…" and the closing "谢谢大家!" kept; a "免责声明:…" footer and a "如果本文侵犯了您的权益,…" contact footer; the whole page is shorter than 600 characters',
    isSpeech: true,
    title: LX_TITLE,
    noise: [LX_CRUMB, LX_META, LX_DISCLAIMER, LX_TAKEDOWN],
    dropLines: [LX_CRUMB, LX_TITLE, LX_META, LX_DISCLAIMER, LX_TAKEDOWN],
    outline: [
      { level: 1, marker: '首先', text: '不随手丢弃烟头、火柴', optional: true },
      { level: 1, marker: '其次', text: '树立防火意识', optional: true },
      { level: 1, marker: '再次', text: '发现火情立即报告', optional: true },
      { level: 1, marker: '最后', text: '学习必要的防火常识', optional: true },
    ],
  },
  '05-novel-xbqgsw-fangxun-quoted-diyi-dier-disan-chapter-crumb-not-speech': {
    source: 'https://xbqgsw.com/xbqgsw/read/p9256d/r1234558_2d.html',
    kind: 'non-speech: novel (an officialdom web novel; a deputy county head instructs a township on flood preparations)',
    tests: 'a 笔趣阁 mirror\'s "新笔趣阁" / "会员书架" lines, the breadcrumb "首页 >总裁小说 >一路官场 > <chapter>" and the chapter heading with "(2 / 5)"; the capture opens mid-sentence ("前,他也得…"); a long quotation in which the deputy county head lists "第一,…。第二,…,第三,…。第四,…。第五,…。" (the third after a comma) and ends "韩书记,罗乡长,…"; narration of the listeners\' reaction and a reply opening "周县长,…" — a novel, not a speech; cut mid-word',
    isSpeech: false,
    title: '第二百四十二章喝口水,我们再去',
  },
  '06-jiaoben-bztdxxl-forum-kuangshan-yanlian-jammer-yi-er-agenda-not-speech': {
    source: 'http://bbs.bztdxxl.com/read-htm-tid-1145188.html',
    kind: 'non-speech: drill script (a mine evacuation drill programme posted on a forum)',
    tests: 'a phpwind forum\'s glued menu bar, "今日发帖排行", "主题 : …", "说点啥呢?", the poster\'s profile (级别, UID, 精华, 发帖, 财富 鼎币, 威望, 贡献值, 会员币, 好评度, 在线时间, 注册时间, 最后登录) and "楼主 发表于:"; the script title twice (once with "2012年"); every following line ending in a random anti-copy jammer string and two trailing spaces; headings "一、演练项目" … "五、演练假想背景"; blank date slots "    年   月"; a numbered "1.…10." programme with "××总", "×××" placeholders and times, whose items include 动员 and leaders\' 讲话 — a drill plan, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '矿山停产撤人演练脚本',
  },
};
