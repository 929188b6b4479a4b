// Gold specs for holdout round 74, part C (cases 13–18): retired cadres, the elderly's universities and the 关工委
// (老干部工作, 离退休干部, 老年大学 开学/毕业, 关心下一代工作委员会, 五老 — meetings, 座谈会, 致辞, and their look-alikes).
// Three spoken pieces (a vocational school head's 致詞 to the school's retired staff on 老人節, on a traditional-script
// pinyin mirror (affluentharvest.com): the title with converter pinyin "老人節(jié)老干部活動致詞", a "更新:2023-09-21 09:00:22
// 高考升學網" meta line (time and a foreign site's name), the title again glued to the salutation ("…致詞諸位尊敬的離退休
// 老前輩:"), "大家上午好!", pinyin after a fixed set of characters only (節 領 發 設 關 創 業 風, never after 學 or 導), the
// template's own elision line "(學校發(fā)展情況字略)" where the school report was left out, a dropped character kept
// ("學校一多的發展", 年 lost), two mis-encoded runs ("你們?yōu)閷W校", "你們?nèi)缜嗨刹焕,"), a toast, "謝謝大家!" and a
// date line left blank ("月日"); a county leader's 讲话稿 at a 老年大学 graduation on a collection page (tui555.com): the
// title, a lyrical site promo ending "下面给大家分享老年大学毕业典礼上的讲话稿,欢迎阅读!", the piece heading
// "老年大学毕业典礼上的讲话稿精选篇1", a two-part salutation ("尊敬的各位老领导、各位老年朋友:" / "下午好!"), a "2__-__年"
// placeholder, a typo kept ("心理" for 心里), a paragraph of half-year figures, cut mid-word ("农民人均现金收"); a Hong Kong
// Labour and Welfare Bureau permanent secretary's 致辞 at an elders' museum school and community college graduation, on
// the bureau's own simplified-script speech page (lwb.gov.hk): the headline "…在「格致颐康─博物馆长者学堂结业典礼暨康龄
// 社区大学毕业典礼」致辞全文(只有中文)" with 「」 quotes and a box-drawing "─", the press office's third-person lead
// "以下是…今日(一月二十二日)在「…」的致辞全文:", a long salutation of honorifics (太平绅士, 医生, 先生, 主席, 女士) ending in
// "各位嘉宾、各位毕业生:", the school motto explained inside a paragraph, a closing "最后," paragraph cut mid-word ("并祝康"))
// and three written look-alikes (a university news item on its 老年节 celebration (news.syau.edu.cn): no headline in the
// capture, a vice-secretary's remarks told in the third person ("…说,我们不会忘记,…") and his "四点要求:第一,要…。第二,…。
// 第三,…。第四,…。" after a colon and full stops — a report, not a speech; a 中国作文网 article (98523.com) filed under the
// breadcrumb "您现在的位置: 中国作文网 >> 应用文写作范文 >> 领导讲话 >> 老干部会议讲话 >> 正文": the headline "什么是老干部?
// 做好老干部重要意义", a definition paragraph, "(1)…"/"(2)…"/"(3)…" paragraphs with indents of 3, 4 and 5 spaces — an
// explanatory article in the third person, not a speech, although the breadcrumb says 讲话; a 关工委 page on a university's
// 关工委 site (ggw.tongji.edu.cn): "当前位置:首页", a font/scroll tool bar, "登录日期:2008-07-02 【编辑录入:admini" (cut), the
// headline "吴仪同志讲话", "阅读次数:14828", then one paragraph that reports a state councillor's remarks in the third person
// with the dates lost ("199910,", "20005,") and long quotations in which "第一,要…" and "第二,要…" follow full stops, a
// line break inside a quotation ("‘有理想、" / "有道德…"), typos kept ("探远", "埋想") — a record of what she said, not the
// speech itself).
// Judgement calls: 13's title is the title line without its pinyin (regexCut; every distinct hit is noise); the repeat
// glued to the salutation is cut off the line by `replace` (a glued title at the start, not listed: it equals the title);
// the meta line is noise (with "高考升學網" as its distinctive part); "(學校發展情況字略)" is the template's own elision and
// stays as a body paragraph (as the "………" lines of round 7's 07), and so does the blank date line "月日"; the mis-encoded
// runs stay (they open no parenthesis, so the pinyin cut leaves them whole). 14: the title line is the title; the promo and
// the piece heading are noise (the heading's "精选篇1" listed again as its distinctive part); no numbered points. 15: the
// headline is the title without "(只有中文)" (a language note in parentheses, as a site tag; noise); the lead is the press
// office's (noise, as round 15's info.gov.hk and round 50's cmab.gov.hk leads); the honorific salutation is a body
// paragraph; the closing "最后," paragraph has no 首先 run → one optional level-1 item (the paragraph is cut before its
// sentence end, so its text is the whole remaining line). 16–18 are not speeches. Names of private people (15's club
// president and charity chairman, 16's university staff) were replaced by fictional ones; public officials named in
// their public roles (15's bureau heads and guests, 18's state councillor) are kept; the prose was rewritten, the noise,
// layout, markers and artifacts kept.
// Looked for and not found on a new host: a speech on this theme with two or more numbered points. Every numbered one the
// corpus returned stands on a used host or a twin: 老干部工作会议/推进会 讲话 with 一、 or 第一, on hblgj.gov.cn, 6dgww (a
// 老年大学开学暨结业典礼 讲话 with 一、), 9000bbs and huangminedu (traditional), wendang.net (一是 after a full stop),
// xiezuofangchengshi (关爱五老日, 关工委工作会议), gaozihui (老干部局长座谈会 with 一、 and 一是), gwyoo and 1mishu (省关工委
// 成立20周年 讲话 with 第一,), m.jinchutou, m.wenku365 and m.taowenge (关工委 讲话 documents), hhskjx (全国关工委 总结讲话 with
// 一、), hblnjy (老年大学协会 讲话 with 一、), m.mama.cn (第一,…第四, blocks), rlxzw (荣誉退休 发言 with 一、), 120pk,
// m.010zaixian (离退休干部重阳节致辞 with 第一层意思), w.suneasecloud.com (老年大学 诗教班 结业讲话 with 其一/其二). Not found at
// all: a 关工委 or 老年大学 主持词, a 五老 发言 or 表态发言, a 老干部 党课 with points, on an unused host.
// Template twins set aside: laobiganer.com (a 关工委 五老 座谈会 讲话 with 一、 and 一是; the sister of the used laobiganzi.top,
// as rounds 30, 42 and 45 noted); 92880.cn (a traditional pinyin 中新网 mirror, "/other/news/<yyyy>/<mm-dd>/<id>.shtml", of a
// 全国老干部工作表彰大会 讲话 with 一、 — the 中新网-mirror shape of the used nbnewpower.cn, as rounds 53 and 63 noted);
// xrshiwin.com (老年大学开学典礼校长讲话 with 一、 under the "title / 时间:… / 小编 promo / title / title(精选13篇)" head);
// jianbiaow.cn and 52qzi.com (the "/zhuantifanwen/…" and "/fanwendaquan/gongwenfanwen/…" farms with the 小编 promo);
// szmdbiao.com and gymyzhishaji.com (ruiwen's "- 相關推薦" traditional mirrors); sevw.cn (the cooco/fck3179 filler promo,
// as round 64 noted); boxueji.com and dgzhanhua.cn (退休座談會主持詞 on the qqjlz/ruiwen mirrors); xiexiebang.com (004km's
// "第一篇:" template); lingwen.com (ruiwen's "时间:… 讲话稿 我要投稿" meta); zgkjsz.com, victorzhang.cn and m.jizihe.com (the
// "/page/<yyyy>/<mmdd>/<id>.shtml" magazine mirrors of the used handmsg.com); zit.org.cn (a hijacked meipian copy with
// ql-block markup, meipian.cn is used); xs.kuvun.com (the novel-reading template named by round 49); lndx.czedu.cn (a
// sister of the used czedu.cn school sites); lkx.cas.cn (a *.cas.cn institute). Near-twin kept: 14's text is the same
// collection as a "title / | <poster> / promo / …精选篇1" page of the eastca/chuangrenyuanyi family, but tui555's own page
// has no poster line and its promo ends "…,欢迎阅读!" (a merge may set it aside); 15's press-release lead is the Hong Kong
// government's format (info.gov.hk, cmab.gov.hk), here on a third bureau's own site with no chrome in the capture.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, matched after the regexCut and the join) removed; what is
// left are the paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by
// hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const AH_TITLE = '老人節老干部活動致詞';
const AH_META = '更新:2023-09-21 09:00:22 高考升學網';

const TU_TITLE = '老年大学毕业典礼上的讲话稿';
const TU_PROMO = '斜晖悄然暗淡,再美的华尔兹也即将落幕,芊芊素影,含蓄婉转,让这别致的戏,更像一出戏。下面给大家分享老年大学毕业典礼上的讲话稿,欢迎阅读!';
const TU_PIECE = '老年大学毕业典礼上的讲话稿精选篇1';

const LW_TITLE = '劳工及福利局常任秘书长在「格致颐康─博物馆长者学堂结业典礼暨康龄社区大学毕业典礼」致辞全文';
const LW_LEAD = '以下是劳工及福利局常任秘书长邓国威今日(一月二十二日)在「格致颐康─博物馆长者学堂结业典礼暨康龄社区大学毕业典礼」的致辞全文:';

export const specs = {
  '13-zhici-affluentharvest-big5-pinyin-laorenjie-laoganbu-gaokao-meta-glued-title-zilue-mojibake': {
    source: 'http://affluentharvest.com/FaYanGao/283717.html',
    kind: 'speech: 致词 (a vocational school head greets the school\'s retired staff on 老人节; traditional-script pinyin mirror)',
    tests: 'traditional mirror: the title with converter pinyin ("老人節(jié)老干部活動致詞"), a "更新:2023-09-21 09:00:22 高考升學網" meta line, the title again glued to the salutation ("…致詞諸位尊敬的離退休老前輩:"); "大家上午好!" alone; pinyin only after 節 領 發 設 關 創 業 風; the template\'s elision line "(學校發(fā)展情況字略)"; a dropped character ("學校一多的"); two mis-encoded runs ("你們?yōu)閷W校", "你們?nèi)缜嗨刹焕,"); simplified leftovers (干部, 后來者, 余熱, 這里); a toast, "謝謝大家!" and a blank date line "月日"; no numbered points',
    isSpeech: true,
    title: AH_TITLE,
    noise: [AH_META, '高考升學網'],
    replace: [['老人節(jié)老干部活動致詞諸位', '諸位']],
    regexCut: [PINYIN],
    dropLines: [AH_TITLE, AH_META],
    outline: [],
  },
  '14-jianghua-tui555-laonian-daxue-biye-lyric-promo-jingxuanpian1-placeholder-figures-cut': {
    source: 'https://tui555.com/jianghuagao/422699.html',
    kind: 'speech: 讲话稿 (a county leader at the county 老年大学 graduation on 敬老节; collection page)',
    tests: 'collection page: the title, a lyrical site promo ("斜晖悄然暗淡,…更像一出戏。下面给大家分享老年大学毕业典礼上的讲话稿,欢迎阅读!"), the piece heading "老年大学毕业典礼上的讲话稿精选篇1" (title + "精选篇1"); "尊敬的各位老领导、各位老年朋友:" and "下午好!" on two lines; a "2__-__年" placeholder; a typo kept ("心理"); a year\'s events and half-year figures with percentages and 亿/万; no numbered points; cut mid-word ("农民人均现金收")',
    isSpeech: true,
    title: TU_TITLE,
    noise: [TU_PROMO, TU_PIECE, '精选篇1', '下面给大家分享老年大学毕业典礼上的讲话稿,欢迎阅读!'],
    dropLines: [TU_TITLE, TU_PROMO, TU_PIECE],
    outline: [],
  },
  '15-zhici-lwb-govhk-zhangzhe-xuetang-kangling-biye-press-lead-zhiyou-zhongwen-honorifics': {
    source: 'https://lwb.gov.hk/sc/speech/22012008.html',
    kind: 'speech: 致辞 (a Hong Kong permanent secretary at an elders\' museum-school and community-college graduation; the bureau\'s own speech page, simplified script)',
    tests: 'the headline "劳工及福利局常任秘书长在「格致颐康─博物馆长者学堂结业典礼暨康龄社区大学毕业典礼」致辞全文(只有中文)" (「」 quotes, a box-drawing "─", a language note in parentheses); the press office\'s lead "以下是…今日(一月二十二日)在「…」的致辞全文:"; a salutation of honorifics ending "各位嘉宾、各位毕业生:"; "本人"; the motto 「格致颐康」 explained in the body; a closing "最后," paragraph with no run (optional), cut mid-word ("并祝康")',
    isSpeech: true,
    title: LW_TITLE,
    noise: [LW_LEAD, '(只有中文)'],
    dropLines: [LW_TITLE + '(只有中文)', LW_LEAD],
    outline: [
      { level: 1, marker: '最后,', text: '我借今次的活动,并趁新的一年开始,祝各位身体健康,生活愉快;并祝康', optional: true },
    ],
  },
  '16-news-syau-laonianjie-qingzhu-dahui-sidian-yaoqiu-diyi-disi-reported-not-speech': {
    source: 'https://news.syau.edu.cn/info/1002/4832.htm',
    kind: 'non-speech: news report (a university\'s 老年节 celebration for its retired staff; university news site)',
    tests: 'no headline in the capture: a lead paragraph (date, place, who attended, who chaired); a vice-secretary\'s remarks in reported speech ("…说,我们不会忘记,…"); "提出四点要求:第一,要…。第二,…。第三,…。第四,…。" in one paragraph after a colon and full stops; the other speakers in the third person — a report, not a speech; cut mid-sentence ("将")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '17-article-98523-laoganbu-gongzuo-yiyi-lingdao-jianghua-crumb-paren-123-indents-not-speech': {
    source: 'https://www.98523.com/fanwen/lingdaojianghua/laoganbuhuiyijianghu/201112/110956.html',
    kind: 'non-speech: article (what 老干部工作 is and why it matters; a 范文 site\'s page filed under 领导讲话)',
    tests: 'a breadcrumb "您现在的位置: 中国作文网 >> 应用文写作范文 >> 领导讲话 >> 老干部会议讲话 >> 正文" naming 讲话; the headline "什么是老干部?做好老干部重要意义"; a definition paragraph; a quoted leader\'s sentence; "这是因为:" then "(1)…"/"(2)…"/"(3)…" paragraphs indented by 3, 4 and 5 spaces with blank lines between them — an explanatory article in the third person, not a speech; cut mid-word ("各个年")',
    isSpeech: false,
    title: '什么是老干部?做好老干部重要意义',
    noise: [],
    outline: [],
  },
  '18-news-ggw-tongji-guangongwei-wuyi-jianghua-quoted-diyi-dier-lost-dates-not-speech': {
    source: 'https://ggw.tongji.edu.cn/index.php?classid=1198&newsid=487&t=show',
    kind: 'non-speech: record of a state councillor\'s remarks (a university 关工委 site\'s page titled "…讲话")',
    tests: '"当前位置:首页", a "【字体:放大 正常 缩小】 【双击鼠标左键自动滚屏】" bar, "登录日期:2008-07-02 【编辑录入:admini" cut short, the headline "吴仪同志讲话", "阅读次数:14828"; one paragraph in the third person ("…听取…汇报后指出:", "她强调:") with the dates lost ("199910,", "20005,"), long quotations in which "第一,要…" and "第二,要…" follow full stops, a space and a line break inside a quotation ("培养成为 ‘有理想、" / "有道德…"), typos kept ("探远", "埋想") — a record of what she said, not the speech; cut mid-sentence ("培养")',
    isSpeech: false,
    title: '吴仪同志讲话',
    noise: [],
    outline: [],
  },
};
