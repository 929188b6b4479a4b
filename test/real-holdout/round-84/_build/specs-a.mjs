// Gold specs for holdout round 84, part A (cases 01–06): transport (交通运输, 公路, 铁路, 民航, 港口, 邮政 — safety meetings,
// opening ceremonies, party meetings of the transport bureau, and their look-alikes).
// Two spoken pieces (a railway worker's 演讲稿 on safety on a traditional-script mirror (jycdxd.com, "/Files/Lecture/…"): no
// title line in the capture, the salutation "尊敬的各位領(lǐng)導(dǎo)、同事們:" and "大家好!" first, the converter's pinyin after a fixed
// set of characters (領 導 轉 業 發 現 務 統 數 調 執 訓), the converter's simplified leftovers (什么, 那么, 后), two
// mis-encoded runs ("??墒?," for a sentence end and "可是", "?! ?" after 犯罪) and the rest of a leaked "<br />" ("?br />") at
// the end of a paragraph, the blanked speaker "××", a sequence "一站,二看,三通過" after a comma and quoted "一站、二看、三確認、
// 四通過" rules, cut mid-sentence ("一點點的"); the opening 讲话 of the city transport bureau's party delegates' meeting
// (rngnet.com): the title, blank lines, the salutation "各位代表、同志们:" and one long paragraph ("我谨代表…", "十一五" in
// quotes, "选举8名代表"), cut mid-word ("作用的发"), with no site noise at all) and four written look-alikes (the big5 gateway of
// the Ministry of Transport (big5.mot.gov.cn) printing a news report of a 港口企业 座谈会: the crumb "首頁 > 領導網頁 > … >
// 重要活動和講話" (the word 講話 in the page's column), the two-part headline, a "來源:… 2022-08-08 08:46:50" line, the vice
// minister's requirements reported ("趙衝久強調,…。一是…;二是…;…六是…。") — a news report, not a speech — and the footer
// "政府資訊公開"; a novel chapter (haishuxs.com) in which a county meeting opens with "同志们现在开会,…两项议程,一是…。二是…。"
// and the county secretary's speech follows unquoted ("同志们,今天天气很热,…"), cut mid-sentence; a 地铁开通总结 on a local-news
// shell (m.carvalho-associates.com): the title three times around a "卡瓦略资讯 > 本地新闻 > 城市生活" crumb, block headings
// "一、背景介绍" … "六、社会影响" with prose under each and "一方面,/另一方面," — a written summary, not a speech; a Discuz print
// view (bbs.aero.cn) of a city paper's report on an airport's first flights to Beijing and Shanghai: the forum's name, "标题:"/
// "作者:"/"时间:" labels on lines of their own with their values, "[打印本页]", the headline twice, a dated byline, the leaders
// named and the guests' 致辞 retold in the third person ("…先后致辞,对航线开通表示祝贺,并表示…"), the footer "欢迎光临 …
// (h" cut inside the address).
// Judgement calls: 01 is a speech (a 演讲稿 addressed to "各位領導、同事們" in the first person) with no title line, so the title is
// ""; the pinyin goes by one regexCut (only whole "(pinyin)" groups; every distinct hit is noise); the mis-encoded runs stay as
// unrepairable text; the leaked tag's remainder "br />" is cut (noise) while the "?" before it, part of the mis-encoded run, stays;
// "一站,二看,三通過" follows a comma and is no marker family anyway, so the outline is empty. 02's title is its first line; the page
// has no noise; no numbered point lies inside the capture. 03 is a report (third person, "趙衝久指出/強調"), so its 一是…六是 are
// no outline even though 一是 follows a full stop. 04 is a novel although its last paragraph is a speech without quotation marks.
// 05's headings are a written summary's, not a speaker's. 06's 致辞 are only reported.
// Living people's names that are not public figures (06's reporters and city officials and guests) were replaced by fictional
// ones, as were 04's characters and 01's station and train; 03 keeps the vice minister and the vice governor. The prose was
// rewritten; 01's traditional text was written by hand in the page's converter style (pinyin on the same characters).
// Looked for and not found on a new host or a non-twin template: a 交通运输安全生产 讲话 with 一、/（一） or 一是 points (6dgww,
// m.bimoxiezuo, gwg365, laojin123, fanwenq, yunko, alatiku, 51gongwen, xiezuofangchengshi, nepao, wm114, m.hoachina, 001doc,
// 777doc, xiaomilidoc are used; two fitting captures, a 全市交通运输安全工作会议 讲话 with 一、 and a minister's 发言 at a 煤电油运
// 电视电话会议 on a traditional mirror, came without an address); a 通车/开工 致辞 or 讲话 (5310wfgg, m.wnwk, m.kfanwen, m.dybbs8,
// shenghuoriji, caihuaku, bowengu, lgfwz, xiexiebang, m.010zaixian, meiwenyun, m.bluu, m.dcrkj, 360docs, cnrencai are used); a
// 表态发言 (51gongwen used); a 通车 主持词 (m.wenke99, m.sarr used); a 交通 党课 (bgzms used); 民航/港口/邮政 speeches (m.hunwen,
// runfargroup, stickemin, info.gov.hk, china.com.cn used); a 养路工 演讲稿 (flyskyemperor, xuncaibao, 51edu, m.fanwen51 used). So
// neither speech of this part carries a numbered point, and the part holds two speeches and four look-alikes.
// Template twins set aside: rwfww.com (交通安全會議主持詞, the "<brand>範文網 … 1.76W" traditional family named in round 41);
// xszwb.com (大桥通车仪式上的致辞(通用5篇), set aside in round 48); gd-guozhen.com (交通运输安全生产 交流发言, round 37's twin of
// moyudoc); m.igat.cn (开工仪式 致辞, the "您的当前位置:首页正文" / "来源:<brand>" family of zgxue, lovfp, huatuo3); tjbzkjzgs.com
// (交通運輸安全演講稿 with 一、/(一), the "/FaYanGao/" ruiwen template of m.nftape), m.uduotz.com and ardmore-hotel.com (ruiwen's
// "時間:… 致辭/演講稿 我要投稿" + 相關推薦 furniture); trq119.com (治超 講話 with 一、/(一), gwyoo's 時間/導語 template in traditional);
// newchangjing.com (交通安全講話稿, round 17's "發布時間:… 來源: <column> 點擊:" template); um.sanwen.net (在全市交通工作会议上的讲话
// with 一、, a sister of the used u.sanwenwang.com: the same "/subject/<id>qqf.html" path and 小编 promo over "…篇1"); m.20xs.org
// (a novel's 高铁 opening, round 66's "首页 >> <book> >> …最新章节(目录) / 大家在看" template).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const RN_TITLE = '在市直交通系统第一次党代会上的讲话';

export const specs = {
  '01-yanjianggao-jycdxd-tielu-anquan-big5-pinyin-mojibake-leaked-br-no-title': {
    source: 'http://jycdxd.com/Files/Lecture/201602/428433.shtml',
    kind: 'speech: 演讲稿 (a railway station worker on safety; traditional-script mirror with pinyin)',
    tests: 'no title line: the capture opens with the salutation "尊敬的各位領(lǐng)導(dǎo)、同事們:" and "大家好!" on lines of their own; converter pinyin after 領 導 轉 業 發 現 務 統 數 調 執 訓 (glued mid-word, e.g. "發(fā)現(xiàn)"); simplified leftovers of the converter (什么, 那么, 后); a blanked speaker "運轉(zhuǎn)車間××"; mis-encoded runs "??墒?," and "犯罪?! ?" kept; a leaked tag\'s remainder "?br />" at a paragraph end ("br />" cut); "一站,二看,三通過" after a comma and quoted "一站、二看、三確認、四通過" (no outline); a space inside a line ("嗎? 不,"); cut mid-sentence ("一點點的")',
    isSpeech: true,
    title: '',
    noise: ['br />'],
    replace: [['br />', '']],
    regexCut: [PINYIN],
    outline: [],
  },
  '02-jianghua-rngnet-jiaotongju-dangdaihui-kaimu-title-salutation-no-noise': {
    source: 'https://www.rngnet.com/dangweidangjian/189500.html',
    kind: 'speech: 讲话 (the city transport bureau\'s party secretary opening its meeting of party delegates)',
    tests: 'the title "在市直交通系统第一次党代会上的讲话" as the first line; blank lines; the salutation "各位代表、同志们:" on its own line; one long paragraph ("现在正式开幕了", "我谨代表…", “十一五” in quotes, "选举8名代表") with no site noise anywhere; no numbered point; cut mid-word ("作用的发")',
    isSpeech: true,
    title: RN_TITLE,
    noise: [],
    dropLines: [RN_TITLE],
    outline: [],
  },
  '03-news-mot-big5-gangkou-zuotanhui-crumb-yishi-liushi-semicolons-not-speech': {
    source: 'https://big5.mot.gov.cn/gate/big5/www.mot.gov.cn/buzhangwangye/zhaochongjiu/zhongyaohuodonghejianghua/202208/t20220808_3662367.html',
    kind: 'non-speech: news report (a vice minister at a symposium of large port companies; the ministry\'s big5 gateway)',
    tests: 'the big5 gateway\'s traditional script with its variants (産, 衝); a crumb "首頁 > 領導網頁 > 趙衝久部黨組成員 > 重要活動和講話" naming a column of 講話; a two-part headline "…座談會上強調 加快建設… 促進…"; a "來源:中國交通新聞網    2022-08-08 08:46:50" line; the vice minister\'s findings and requirements told in the third person ("趙衝久指出,…", "趙衝久強調,…。一是…;二是…;三是…;四是…;五是…;六是…。") — a report, not a speech; the footer "政府資訊公開" after two blank lines',
    isSpeech: false,
    title: '趙衝久在大型港口企業主要負責同志座談會上強調 加快建設世界一流港口 促進産業鏈供應鏈穩定暢通',
    noise: [],
    outline: [],
  },
  '04-novel-haishuxs-lianggao-gonglu-xian-huiyi-yishi-ershi-agenda-not-speech': {
    source: 'https://haishuxs.com/v/f88/1125_1125814/45193544/1',
    kind: 'non-speech: novel (a county meeting on building two highways, told by a first-person narrator)',
    tests: 'no chapter title in the capture; dialogue in quotes first; a chair who opens the meeting without quotation marks ("说道:同志们现在开会,今天的会就两项议程,一是…。二是…。下面进行第一项议程,…"); a county aide explaining the plan unquoted ("说道:同志们,按照安排,…"); the audience\'s murmurs; then the county secretary\'s speech as a paragraph of its own without quotation marks ("同志们,今天天气很热,…", "我们县十七个乡…" repeated) — a novel, not a speech; cut mid-sentence ("没有路就不会有")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-zongjie-carvalho-ditie-kaitong-crumb-title-thrice-yi-to-liu-not-speech': {
    source: 'https://m.carvalho-associates.com/local/life/32148.html',
    kind: 'non-speech: 总结 (a summary of a metro line\'s opening on a local-news shell)',
    tests: 'the title "地铁开通总结" three times around a "卡瓦略资讯 > 本地新闻 > 城市生活" crumb; block headings "一、背景介绍", "二、建设过程", "三、开通仪式", "四、乘客反应", "五、经济影响", "六、社会影响" on lines of their own with a prose paragraph under each; "一方面,…另一方面,…"; the opening ceremony and the leaders present retold — a written summary, not a speech; cut mid-word ("有了提")',
    isSpeech: false,
    title: '地铁开通总结',
    noise: [],
    outline: [],
  },
  '06-news-aero-discuz-printable-jichang-tonghang-zhici-reported-not-speech': {
    source: 'http://bbs.aero.cn/forum.php?action=printable&mod=viewthread&tid=7540',
    kind: 'non-speech: news report (a city paper\'s report of an airport\'s first flights to Beijing and Shanghai; Discuz print view of an aviation forum)',
    tests: 'the forum name "航空论坛_航空翻译_民航英语翻译_飞行翻译"; "标题:", "作者:", "时间:" labels on lines of their own with their values below ("帅哥", "2009-4-8 13:18:16"); "[打印本页]"; the headline twice; a byline line "2009-04-07 济宁新闻网 记者…"; a "今(6)日晚" lead; an airline\'s English name in parentheses; a vice-mayor\'s remarks and the guests\' 致辞 retold in the third person ("他说,…", "他希望…", "…先后致辞,对航线开通表示祝贺,并表示…") — a report, not a speech; the footer "欢迎光临 … (h" cut inside the address',
    isSpeech: false,
    title: '济宁曲阜机场北京、上海航线4月6日正式开航',
    noise: [],
    outline: [],
  },
};
