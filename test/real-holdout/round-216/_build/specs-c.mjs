// Gold specs for holdout round 216, part C (cases 13–15): environmental protection and water bureaus (生态环境局, 水务局,
// 河长制, 节水宣传周 — here only their look-alikes: three written reports of bureau events at which officials 致辞/讲话).
// Three written look-alikes, no speech (see "Looked for and not found" below): a city's report of the opening of its
// 2025 全国城市节约用水宣传周 on a generated-subdomain blog page (xrh.bimoem.com, "/blog/<id>.html"): no headline in the
// capture, the organisers listed, "启动仪式上,…副局长韩立舟致辞。他指出…" — the 致辞 reported in the third person
// ("他表示", "他同时提出"), exhibition areas in quotes, an interactive-game paragraph, cut mid-word ("调查问") — a news
// report, not a speech; a township's item on a county government portal (scyanbian.gov.cn,
// "/zwgk/zzjg/xz/<org>/gzqk/<id>.shtml") on its 2019 河长制 总结暨考核验收培训会议: the headline, a meta line "发布时间:… 来源:
// 红果乡河长办 选择阅读字号:[ 大 中 小 ] 阅读次数:" with an empty counter, the headline again split over two lines, the
// 乡长's 动员讲话 reported ("罗正明强调,…务必…。务必…。务必…" — three inline 务必 points in a report), "见河长、见行动、见特色"
// in quotes; the whole stored text (504 characters) — a news report, not a speech; a city's report of its 2021 六五环境日
// 宣传活动 on a traditional-script converter mirror (91jipiao.cn, "/guoluhuanbao/vip_doc/<id>.html"): a lone "|" line, the
// headline glued to the lead ("…宣傳活動今天上午,…"), the converter's doubled characters ("環(huán)", "場(chǎng)" — a traditional
// character followed by its simplified form in brackets), mojibake runs ("“全員環(huán)�!敝ι鷳B(tài)", "�;顒蝇F(xiàn)場",
// "環(huán)�?破照拱�36塊"), paragraphs run together on one line separated by a space, "…致辭,…主持活動。", the
// awarded cases' titles in 《》, cut after a closing quote — a news report, not a speech.
// Judgement calls: all three are written reports (third person: "他表示", "罗正明强调", "…致辭,…主持活動"), so they are not
// speeches though each names a 致辞/讲话 (as round 184 cases 05 and 06, round 5 case 15 and round 14 case 15); their outlines
// are empty, and the inline "务必…。务必…" of 14 are a report's summary, not points (as round 4 case 15's 一是/二是/三是). The
// title is informational for non-speeches and left "" as round 184 cases 05, 09 and 17 did. Names of officials (the deputy
// director in 13, the township head in 14, the two city officials in 15) were replaced by fictional ones; the prose was
// rewritten; place names, organisers, themes, exhibition names, the awarded case titles and every artefact (the empty
// counter, the split headline, the "|" line, the converter doublings and mojibake runs) were kept as found.
// Looked for and not found on a new host (about 25 searches): a 生态环境局 局长 讲话 at a 生态环境保护工作会议 (jinshuazi.cn,
// guanshanwenku.com, fanwenq.com, gongwen.com.cn, m.wenke99.com, bijianjiayuan.com, haowensou.com, cnyhmy.com,
// fanwen120.cn, 6dgww.com, m.taowenge.com, xiaomilidoc.com are used or named); a 水务局/水利局 工作会议 讲话 with 一、/（一）/一是
// (eimio.cn, nepao.com, 1mishu.com, wm114.cn, gd-guozhen.com, m.fx361.cc are used); a 河长制/总河长 会议 讲话 (laobiganzi.top,
// huaboedu.com, m.7rdy.cn, gongwenbang.cn, qiantuxiezuo.com, m.sanweiyuan.com, wengaopai.com are used); a 节水宣传周 or
// 世界水日 致辞/讲话 (m.jcwz.net, e.wenmi.ren, mswk.cn, scns.net.cn are used; the journal-abstract mirrors soulun.net,
// soolun.net, jxxfw.com, ppdoc.com are used templates); a 六五环境日 致辞 or 主持词 (xiegongwen.com, i32bz.cn, www897cc.com,
// x1762.cn, m.yrrf.cn, bimobang.com, haoword.com are used); a 污水处理厂/水库/供水 ceremony 致辞 (gppjj.com, m.isangil.net,
// uydoc.com, sizug.com, yuwen.yiyaolib.com, m.010zaixian.com, bzwater.com, 360docs.net are used). Found on a new host but
// not taken: www.enb.gov.hk's "歡迎辭" of the 環境局局長 (a website's standing welcome text: whether it is a spoken 欢迎辞 cannot
// be told, as round 103 left m.fznews.com.cn's untitled welcome); news items on new hosts not needed (caischina.cn,
// news.qx162.com, hnzzjs.com, www.iwhr.cn, kdl.gov.cn, bkrmw.net, www.chinawater.com.cn, zawlgroup.com, www.ganxian.gov.cn,
// www.xjjh.gov.cn). So this part has three look-alikes and no speech.
// Template twins considered: node /work/notes/twin.mjs finds no shared noise line for any of the three pages; bimoem.com is
// not one of the 笔墨 范文 sites (bimobang.com, bimoxiezuo.com): its page is a news report with no template line of theirs;
// 91jipiao.cn's converter doublings are the generic output of a simplified→traditional converter seen on many mirrors
// (cnyhmy.com, eimio.cn), not a shared noise line.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

export const specs = {
  '13-news-bimoem-jieshui-xuanchuanzhou-qidong-fujuzhang-zhici-reported-not-speech': {
    source: 'http://xrh.bimoem.com/blog/73883.html',
    kind: 'non-speech: news report (a city\'s opening of its 全国城市节约用水宣传周, with the deputy director\'s 致辞 reported; blog page)',
    tests: 'no headline in the capture; organisers listed; "启动仪式上,…副局长韩立舟致辞。他表示…他同时提出…" (the 致辞 reported in the third person); exhibition areas in quotes; an interactive-game paragraph; cut mid-word ("调查问") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '14-news-scyanbian-gov-hongguo-hezhangzhi-zongjie-peixun-meta-zihao-split-headline-not-speech': {
    source: 'http://scyanbian.gov.cn/zwgk/zzjg/xz/hgyzx/gzqk/1495763.shtml',
    kind: 'non-speech: news report (a township\'s 河长制 总结暨考核验收培训会议; county government portal)',
    tests: 'the headline; a meta line "发布时间:… 来源:红果乡河长办 选择阅读字号:[ 大 中 小 ] 阅读次数:" with an empty counter; the headline again split over two lines; the township head\'s 动员讲话 reported ("罗正明强调,…务必…。务必…。务必…", inline points of a report); the whole stored text — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '15-news-91jipiao-big5-mojibake-liuwu-huanjingri-zhici-pipe-lead-not-speech': {
    source: 'https://91jipiao.cn/guoluhuanbao/vip_doc/22520141.html',
    kind: 'non-speech: news report (a city\'s 六五环境日 宣传活动 with a 致辞 reported; traditional-script converter mirror)',
    tests: 'a lone "|" line; the headline glued to the lead; converter doublings ("環(huán)", "場(chǎng)") and mojibake runs ("“全員環(huán)�!敝ι鷳B(tài)", "�;顒蝇F(xiàn)場"); paragraphs run together on one line separated by spaces; "…致辭,…主持活動。" (reported); award titles in 《》; cut after a closing quote — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
