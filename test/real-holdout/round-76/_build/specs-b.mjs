// Gold specs for holdout round 76, part B (cases 07–12): vocational schools and skills training (职业学校/技工学校 开学/毕业
// 典礼, 职业技能大赛, 校企合作 签约, 实训基地 揭牌 — 讲话, 致辞, 发言, and their look-alikes).
// Four spoken pieces (a 职教集团 principal's 开学典礼 致辞 on the school's own ASP site (hnjszj.com): a breadcrumb
// "您的位置  首页 >> 走进职教 >> 校长寄语 >> 正文", the CMS headline that puts the speaker before the title ("邹校长新学期
// 开学典礼致辞"), a bracketed "[来源:本站 | 作者:津市职教集团 | 日期:… | 浏览2909 次] 字体:[ ]" meta line, the document's own
// title indented by nineteen spaces, a line holding a lone space, the salutation, figures whose 年/月/日 and dash the site
// dropped ("20152016学年度", "今天是9270周年前的今天,即194592", "明天,93,"), a dropped 你 ("是对们最好的褒奖"), an inline
// courtesy "首先," after a full stop with no 其次, and a paragraph opening "首先是接纳。" cut mid-sentence ("我不"); a vice-chair
// of the 中华职业教育社's 致辞 opening the final of a provincial 职业教育创新创业大赛, on a traditional-script converter mirror
// of a Deyang group's site under a porn-spam title line (resolute-marine-energy.com): the spam line, the column label
// "領(lǐng)導(dǎo)致辭", "集團(tuán)地址" / address / "咨詢電話" / phone lines, the title, a "發(fā)布時(shí)間:… 閱讀量:0"
// line, the speaker's byline with position and name, a bracketed date line, two blank lines, a long salutation of
// officials; converter pinyin after a fixed set of characters (領, 導, 團, 號, 業, 創, 發, 時, 長, 學, 術, 國, 謹, 誠, 會, 設,
// 現, 養, 進, 動, 對, 習, 務, 礎, and 強 in the officials' names), the simplified leftovers 委托 and 致力于, a mis-encoded run right after a quoted
// directive ("大有可為?!崩羁藦?qiáng)總理", whose broken "?qiáng)" has no opening bracket), cut mid-phrase ("大有作"); a
// county leader's 欢迎词 at a city 中职技能大赛 on a document-collection page (mingkanw.com): the document name with its date
// code "(20160513)", a bare date line "2024-06-14", the name again, the piece heading "<name> 篇1", the speech's own
// dateline opening its bracket on one line ("(2016年5月13日") and closing it on the next ("县职教中心)"), salutation and
// greeting on their own lines, sponsor companies in a list, cut mid-sentence ("更新观念"); a technical school principal's
// 开学典礼 讲话 on a traditional converter mirror of the school's news page (gz-tactic.com): no title, the salutation first,
// pinyin after 學, 業, 養, 經, 創, 應, 訓, 優, 聯, 續, 當, 現, 術 only (a bare 學 only where the run begins), the leftovers 里/白云/怎么, a space before an opening
// quotation mark, an inline courtesy "首先," with no 其次, a leaked 'span lang="EN-US">' tag, its "<" lost in a mis-encoded run,
// ("校企合作優(yōu)秀學?!钡龋?span lang="EN-US">2008年以來…"), a second mis-encoded run ("??梢哉f"), cut
// mid-phrase ("現(xiàn)如今大")) and two look-alikes (a copy of a school's 毕业典礼 report on a content farm (leenyun.cn, a
// sohu-style "/a/<id>_<id>" address) whose text was run through a synonym spinner ("事情岗位", "高档职业技能学校", "末了一课",
// "出路似锦", "戴德", "垂垂展开", "造诣我们的母校"), a "***形式" blank, the principal's advice reported after a colon as inline
// "一、…;二、…;三、…。", a quotation broken over three lines with a lone "”" line, a teacher's letter and an alumnus's words
// quoted and attributed — a report in the third person, not a speech; a web-novel chapter on a traditional-script site
// (99txs.com) set at a 职业中学 开学典礼: the chapter heading, an "作者:… 更新:… 字數:2461" line, a "無人駕駛帝國最新章節"
// line, two-space indents and blank lines, converter quirks (裏麵, 幹部, 隻是), the ceremony narrated and a student's speech
// opening in quotes ("“……" / "我們的每一點進步,…") — narration, not a speech).
// Judgement calls: 07's title is the document's own title line "新学期开学典礼致辞"; the headline above it adds the speaker
// ("邹校长…", as round 4's 08 label "聞校長國旗下講話") and is noise with the breadcrumb and the meta line ("浏览2909 次" listed
// again as a shorter part); the site's dropped characters are the page's text and stay; the inline "首先," after a full stop
// opens no run (courtesy, no 其次); the block "首先是接纳。" opens its paragraph but has no separator and no 其次 inside the
// capture → one optional level-1 item, marker "首先", text "是接纳" (the house form for 首先是…, as round 2's 09). 08's title
// is the title line without its pinyin; every other line above the byline is the hijacked or original site's furniture
// (spam title, column label, address, phone, publication line) and is noise, each listed as printed (with pinyin); the
// byline "中華職業教育社副理事長 蘇華" (position and name) and the date line "(2021年9月28日)" are the speech's own header and
// stay; pinyin goes by regexCut (whole "(pinyin)" groups only), so the broken "?qiáng)" of the mis-encoded run stays with
// the run; the public figures named (officials in the salutation, 郝明金, 习近平, 李克强, the speaker 苏华) are kept. 09's
// title keeps the date code "(20160513)": it is part of the document's name as printed three times (not a collection tag
// or a count); only " 篇1" is the piece number, and the heading line is noise; the bare "2024-06-14" is the site's date;
// the two lines of the bracketed dateline are one dateline written over two lines and are joined (they stay in the body as
// the speech's own date and place line). 10 has no title line (""); the leaked tag 'span lang="EN-US">' is cut (replace, listed as
// noise); the "?" before it belongs to the mis-encoded run (its "<" was swallowed there) and stays with the run; the inline "首先," is a courtesy opener with no run → no outline. 11 and 12 are not
// speeches: 11 reports the principal's "一、…;二、…;三、…" in the third person after "校长寄语更显语重心长:", 12 is a novel's
// narration with a student speech only begun in quotes. Private people's names were replaced by fictional ones (07's
// headline surname 邹, 11's school heads, teacher, alumnus and company); 12's characters are the novel's own fictional names.
// Looked for and not found on a new host: a vocational speech with two or more numbered points inside the first 840
// characters. Numbered ones sit on used hosts (m.yrrf.cn 中专开学典礼 with 一是…六是, xiezuofangchengshi 技能大赛 致辞 with
// 一是/二是, 1mishu 育人基地揭牌 with 一、, m.fanwen118.com 校企合作交流会 讲话 with 一是…四是, wmjy 校企合作签约 讲话 with 一、 and
// 第一,, xiebitongdao 技能大赛启动 讲话 with 一要 behind a login, m.7rdy.cn, m.cyzxm.cn, m.sanweiyuan.com, gwyoo, wenku.docs.qq.com,
// m.lovfp.com), on twins (below), on pages without an address in the store (a 市长's 职业教育工作会议 讲话 with 一、 and 第一,; a
// 职成教工作会 讲话 with 一、), or past the cut (jishuoshuo's 毕业典礼 致辞 reaches "一是要有" after ~950 characters; zuowenba's
// 三点要求 are unnumbered lines). dawenyou.com's 毕业典礼暨成人礼 致辞 has one block 一是 inside the cut but no site noise at
// all (its text is the same as the twin bbxzwk's), so noisier pages were taken. So none of the four speeches carries two
// numbered points; 07 carries one optional point. Also not found fresh: a 校企合作 签约仪式 致辞 or 实训基地 揭牌 讲话 outside
// twin farms (only school news in the third person: zjgkaijizs, axcuq, ldxk, szcanworld, bobvision, rlgy, fh236), a
// 技能大赛 主持词 (only other contests' scripts and used 010zaixian), a 文库/docx viewer of a vocational speech on a new host
// (gongwk, m.wnwk, bubsandbeans, 31doc, book118, 001doc are used).
// Template twins and used sister sites set aside: m.ruangwenfa.com (a 校企合作签约 致辞 on the "/dongshi/<col>/<id>" farm of
// kqyc, haog, bluu, huatuo0, wuhaninfo); m.airporthotelslisboa.com (a 中职 校企合作交流会 致辞 on the "/wygw/<col>/<id>.html"
// traditional mirror of the used dewk.cn); zuowenba.net (the "当前位置:作文吧实用文档各类稿件内容页" template named in rounds 35
// and 51); bbxzwk.com (the "/index/article/detail/detail_id/" 文库 with "联系客服提示-…" and tipping chrome of xiebiwenku and
// xiebitongdao); yishupeixun.net (regraff's "/fwn/<col>/c<id>.html" traditional 小編 mirror); yyxdfwzy.com (the college's
// own "newsdetail_N.html" page, the template of its hijacked copy ahxinzhuang used in round 57); web.ufa86.cn and
// vshop001.com (technical-college speeches under a casino brand with the emoji jammer, ahxinzhuang's kind; ufa86 has a
// "一🚺、" heading), zjgkaijizs.com, fanbianli.com and jjhbspzf.com (school news on a CMS with the school's name replaced by a
// casino brand, the kind round 65 set aside after hebeikunyu and ahxinzhuang); tcgyxx.org.cn (a 天长市 school on the
// "/content/detail/<hex>.html" CMS of the used tcszx.gov.cn); miekuo.com (the "/fanwendaquan/<col>/<id>.html" farm of agnbn,
// ukktv, 99999z, kmjg, hanjia777); jishuoshuo.com (the "/zongjie/<id>.html" scheme of the used yiqiwanjituan); yuwen.net
// and yuwenmi.com (the ruiwen family); bdxfans.com was not taken (a backtick anti-copy mark in a 技术比武 欢迎词, the
// ruiwen family's mark, and no other furniture in the capture). Related but taken: 08's spam title line is the hijack kind
// of round 69's studiorouge.cn, on a different site's template (a group CMS with a column label and contact lines).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines, matched after the regexCut and the join) removed; what is
// left are the paragraphs. Every distinct regexCut match is added to the noise. Titles, noise and outlines are written by
// hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)';

const HN_CRUMB = '您的位置  首页 >> 走进职教 >> 校长寄语 >> 正文';
const HN_HEADLINE = '邹校长新学期开学典礼致辞';
const HN_META = '[来源:本站 | 作者:津市职教集团 | 日期:2015年9月14日 | 浏览2909 次] 字体:[ ]';
const HN_TITLE = '新学期开学典礼致辞';

const RM_SPAM = '91综合色区亚洲熟妇p_制服丝袜中文字幕亚洲欧美_一本亚洲一本高清_亚洲美女免费看性爱视频';
const RM_COLUMN = '領(lǐng)導(dǎo)致辭';
const RM_ADDR_LABEL = '集團(tuán)地址';
const RM_ADDR = '德陽市千山街三段87號(hào)';
const RM_PHONE_LABEL = '咨詢電話';
const RM_PHONE = '0838-2552880';
const RM_META = '發(fā)布時(shí)間:2021-09-28 17:17    閱讀量:0';
const RM_TITLE = '首屆四川省中華職業教育創新創業大賽決賽開幕式上的致辭';

const MK_TITLE = '全市中职技能大赛欢迎词(20160513)';
const MK_DATE = '2024-06-14';
const MK_PIECE = '全市中职技能大赛欢迎词(20160513) 篇1';

const GZ_SPAN = 'span lang="EN-US">';

export const specs = {
  '07-zhici-hnjszj-kaixue-zhijiao-crumb-meta-doc-title-dropped-digits-shouxianshi': {
    source: 'http://www.hnjszj.com/wygkcn_ShowArticle.asp?EC_ArticleID=2363',
    kind: 'speech: 致辞 (a 职教集团 principal at the new term\'s opening ceremony and Teachers\' Day rally; the school\'s own site)',
    tests: 'a breadcrumb "您的位置  首页 >> 走进职教 >> 校长寄语 >> 正文"; the CMS headline with the speaker before the title ("邹校长新学期开学典礼致辞"); a bracketed meta line "[来源:本站 | 作者:津市职教集团 | 日期:2015年9月14日 | 浏览2909 次] 字体:[ ]"; the document\'s own title indented by nineteen spaces; a line holding a lone space; the salutation; dates whose 年/月/日 and dash the site dropped ("20152016学年度", "今天是9270周年前的今天,即194592", "明天,93,") and a dropped 你 ("是对们最好的褒奖"); an inline courtesy "首先," with no 其次; a paragraph opening "首先是接纳。" (no separator, no 其次 in the capture); cut mid-sentence ("我不")',
    isSpeech: true,
    title: HN_TITLE,
    noise: [HN_CRUMB, HN_HEADLINE, HN_META, '浏览2909 次'],
    dropLines: [HN_CRUMB, HN_HEADLINE, HN_META, HN_TITLE],
    outline: [
      { level: 1, marker: '首先', text: '是接纳', optional: true },
    ],
  },
  '08-zhici-resolutemarine-big5-pinyin-spam-header-chuangye-dasai-byline-date-mojibake': {
    source: 'http://resolute-marine-energy.com/index.php?c=show&id=5752',
    kind: 'speech: 致辞 (a vice-chair of the 中华职业教育社 opening the final of a provincial 职业教育创新创业大赛; traditional converter mirror of a group\'s site under a spam title)',
    tests: 'a porn-spam title line glued over the page; the column label "領(lǐng)導(dǎo)致辭"; "集團(tuán)地址" / "德陽市千山街三段87號(hào)" / "咨詢電話" / "0838-2552880" contact lines; the title with converter pinyin; a "發(fā)布時(shí)間:2021-09-28 17:17    閱讀量:0" line; the byline "中華職業(yè)教育社副理事長(zhǎng) 蘇華" and the date line "(2021年9月28日)" (the speech\'s own header); two blank lines; a long salutation of officials; pinyin after 領/導/團/號/業/創/發/時/長/強/學/術/國/謹/誠/會/設/現/養/進/動/對/習/務/礎 only; simplified leftovers 委托, 致力于; a mis-encoded run after a quoted directive ("大有可為?!崩羁藦?qiáng)總理", its "?qiáng)" without an opening bracket); cut mid-phrase ("大有作")',
    isSpeech: true,
    title: RM_TITLE,
    noise: [RM_SPAM, RM_COLUMN, RM_ADDR_LABEL, RM_ADDR, RM_PHONE_LABEL, RM_PHONE, RM_META, '閱讀量:0'],
    regexCut: [PINYIN],
    dropLines: [
      RM_SPAM, '領導致辭', '集團地址', '德陽市千山街三段87號', '咨詢電話', RM_PHONE, RM_TITLE,
      '發布時間:2021-09-28 17:17    閱讀量:0',
    ],
    outline: [],
  },
  '09-huanyingci-mingkanw-zhongzhi-jineng-dasai-date-code-pian1-dateline-split': {
    source: 'https://mingkanw.com/w/filejo2t8240.html',
    kind: 'speech: 欢迎词 (a county leader welcoming a city 中职 skills contest; document-collection page)',
    tests: 'the document name with a date code "全市中职技能大赛欢迎词(20160513)" printed three times: alone, again under a bare date line "2024-06-14", and as the piece heading "… 篇1"; blank lines between all lines; the speech\'s own dateline opening its bracket on one line ("(2016年5月13日") and closing it on the next ("县职教中心)"); salutation and "大家晚上好!" on their own lines; a list of sponsoring companies; "“七省通衢”" in quotes; cut mid-sentence ("更新观念")',
    isSpeech: true,
    title: MK_TITLE,
    noise: [MK_DATE, MK_PIECE],
    join: [['(2016年5月13日', '县职教中心)']],
    dropLines: [MK_TITLE, MK_DATE, MK_PIECE],
    outline: [],
  },
  '10-jianghua-gztactic-big5-pinyin-jigong-kaixue-no-title-span-tag-mojibake': {
    source: 'http://www.gz-tactic.com/html/cn/news/732.html',
    kind: 'speech: 讲话 (a technical school principal at the new students\' opening ceremony; traditional converter mirror)',
    tests: 'no title: the capture opens with the salutation "老師們、同學(xué)們:"; converter pinyin after 學/業/養/經/創/應/訓/優/聯/續/當/現/術 (a bare 學 where the mis-encoded run begins); leftovers 里, 白云, 怎么; a space before an opening quotation mark ("對 “理想職業(yè)…”"); an inline courtesy "首先," with no 其次; a leaked span tag whose "<" was lost in a mis-encoded run ("…優(yōu)秀學?!钡龋?span lang="EN-US">2008年以來…") and a second run ("??梢哉f"); a list of honours in quotes; cut mid-phrase ("現(xiàn)如今大")',
    isSpeech: true,
    title: '',
    noise: [GZ_SPAN],
    replace: [[GZ_SPAN, '']],
    regexCut: [PINYIN],
    outline: [],
  },
  '11-news-leenyun-biye-dianli-zhijiao-spun-text-reported-yi-er-san-not-speech': {
    source: 'http://www.leenyun.cn/a/2008981478_4040270618',
    kind: 'non-speech: news report (a technical school\'s 毕业典礼, copied onto a content farm through a synonym spinner)',
    tests: 'no headline in the capture; spun wording everywhere ("事情岗位", "高档职业技能学校", "末了一课", "出路似锦", "戴德", "垂垂展开", "造诣我们的母校", "名誉证书"); a "***形式" blank; the principal\'s advice reported after "校长寄语更显语重心长:" as inline "一、…;二、…;三、…。"; a quotation broken over three lines with a lone "”" line; a teacher\'s letter and an alumnus\'s words quoted and attributed ("…作为精彩校友代表致辞") — a report in the third person, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-novel-99txs-big5-zhiye-gaozhong-kaixue-dianli-quoted-student-speech-not-speech': {
    source: 'https://www.99txs.com/shu/497/436736.html',
    kind: 'non-speech: novel (a web-novel chapter set at a 职业中学 opening ceremony; traditional-script site)',
    tests: 'the chapter heading "第一百七十九章 職業高中開學典禮"; an "作者:… 更新:2020-02-29 21:08 字數:2461" line; a "無人駕駛帝國最新章節" line; two-space indents and blank lines; converter quirks (裏麵, 幹部, 隻是); the ceremony narrated (主持, 宣讀表彰決定, 頒發獎狀) and a student\'s speech begun in quotes ("“……", "我們的每一點進步,…") — narration, not a speech',
    isSpeech: false,
    title: '第一百七十九章 職業高中開學典禮',
    noise: [],
    outline: [],
  },
};
