// Gold specs for holdout round 19, part c (cases 13–18): outline-heavy work speeches. Four spoken pieces (a city party
// secretary's 讲话 at the city's 优化营商环境大会 on a paid 文库 site, the title over a "2026-03-18 10.00元 免费试读"
// price line and a stray "Shape2" left by the document's drawing shape, 同志们:, a 一、 heading line and block (一)/(二)
// points whose first sentence is glued to their body; a 讲话 at a 市直部门 招商引资 百日会战 summing-up and 冲刺动员 meeting
// on a traditional-script mirror with converter pinyin, under a "- 目錄" line and a "第1篇 <title>經濟工作" piece heading
// with the site's category glued to the title, the whole body flattened onto one line with spaces between the former
// paragraphs (一、 heading, 1、 point, inline 一是/二是 after full stops), a mis-encoded "?,F" where a full stop and a
// character were, and a pinyin annotation cut by the capture ("會(hu"); a district leader's 讲话 at a 重大重点项目 推进
// 动员部署会 as PDF text on a document site, the page title over the PDF's own title with a space before 年, every
// line hard-wrapped at the page width, 一是 after a colon that the wrap separates from its noun ("目\n的:一是"), 二是/三是
// after full stops, "XXX 同志" placeholders; a leader's opening 讲话 at the sixth 中青年干部培训班 on a traditional
// mirror with pinyin, no title, a site-generated "目錄/提綱:……" table of contents of 一、 and 一是/二是 lines (its first
// lines equal to the body's), a hard wrap over two short lines, a mis-encoded run ("談?wù)剬@個班"), a block 一是 after
// a colon, and a "……(新文秘網…省略709字,正式會員可完整閱讀)……" paywall line) and two written pieces (a city 关工委
// news item in traditional script on a 重点工作推进会, with a 發布日期/來源/作者 line, the director's "五點要求" as
// 一是…五是 after full stops, and a 責任編輯 line; a 国务院办公厅 通知 on the traditional gateway of the government site,
// its metadata printed twice (one line per field, then each label and value on lines of their own), the title wrapped
// over three lines, the document number, an addressee line ending in a colon and 一、工作分工 with (一)/(二)/(三) items).
// Not found on any new host: a 总结表彰大会 讲话 with 一、/（一）/1. inside the capture, a 部署会 讲话 with 第一,/第二, paragraphs,
// a 工作要点 and a 政府工作报告. Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const GW_TITLE = '市委书记在2026年全市优化营商环境大会上的讲话';
const GW_META = '2026-03-18 10.00元 免费试读';

const YQ_TITLE = '在全市市直部門招商引資百日會戰活動總結暨沖刺動員會議上的講話';
const YQ_PIECE_RAW = '第1篇 在全市市直部門招商引資百日會(huì)戰(zhàn)活動(dòng)總結(jié)暨沖刺動(dòng)員會(huì)議上的講話經(jīng)濟(jì)工作';

const GP_TITLE = '在2017年全区重大重点项目推进工作动员部署会上的讲话';
const GP_TITLE_PDF = '在2017 年全区重大重点项目推进工作动员部署会上的讲话';

const PK_TOC = [
  '目錄/提綱:……',
  '一、認清使命,擺正位置,堅定信心接續奮進',
  '一是領(lǐng)導(dǎo)重視的力度前所未有',
  '二是社會各界的期待前所未有',
  '三是選拔程序的嚴格前所未有',
  '四是在學(xué)員構成和辦班方式上前所未有',
  '二、珍惜機會,奮發進取,用優異的成績回報社會',
  '一是盼望在政治上早日成長進步',
  '三、弘揚正氣,嚴守紀律,用集體精神展示形象',
  '……',
].join('\n') + '\n';
const PK_PAYWALL = '……(新文秘網http://m.120pk.cn省略709字,正式會員可完整閱讀)……';

export const specs = {
  '13-jianghua-gwxzwenku-yingshang-dahui-price-meta-shape2-yi-paren-yi-er': {
    source: 'https://www.gwxzwenku.com/article/134283.html',
    kind: 'speech: 讲话 (a city party secretary at the city\'s 优化营商环境大会; paid 文库 site with a free preview)',
    tests: 'a paid 文库 page with blank lines between all lines: the title, a date-and-price line "2026-03-18 10.00元 免费试读", a stray "Shape2" line (the name of a drawing shape left in the document), "同志们:"; an opening paragraph ending "下面,我讲三点意见。"; a heading line "一、认识再提升,…使命感紧迫感" with no sentence end; a short paragraph under it; block "(一)…来抓。" and "(二)…来抓。" points (ASCII parentheses) whose first sentence is glued to their body; a book title in 《》 and quoted "十五五"; "我必须" where 我们 is meant, kept; text cut mid-phrase without a stop ("纷纷出新招、频出")',
    isSpeech: true,
    title: GW_TITLE,
    noise: [GW_META, '免费试读', 'Shape2'],
    dropLines: [GW_TITLE, GW_META, 'Shape2'],
    outline: [
      { level: 1, marker: '一、', text: '认识再提升,切实强化持续改善营商环境使命感紧迫感' },
      { level: 2, marker: '(一)', text: '必须把它当作落实中央及省委部署要求的政治任务来抓' },
      { level: 2, marker: '(二)', text: '必须把它当作应对区域竞争、抢占发展先机的关键一招来抓' },
    ],
  },
  '14-jianghua-yiqiwanjituan-big5-pinyin-zhaoshang-mulu-pian1-category-glued-oneline-yi-1-yishi-mojibake': {
    source: 'http://yiqiwanjituan.com/zongjie/322165.html',
    kind: 'speech: 讲话 (a city leader at the summing-up and final-push meeting of the 市直部门 招商引资 百日会战; traditional-script mirror of a 范文 collection page)',
    tests: 'a traditional mirror with converter pinyin after a set of characters (會(huì), 戰(zhàn), 動(dòng), 結(jié), 經(jīng), 務(wù), 勢(shì), 項(xiàng), 設(shè)…, not after every occurrence: "堅(jiān)定" but "點燃"); a viewer line "- 目錄"; the piece heading "第1篇 <title>經(jīng)濟(jì)工作" with the site\'s category label glued after 講話 (the title is the 在…上的講話 part); the salutation "同志們: " and the whole body on one line, the former paragraphs separated by a single space: "…講話。 一、周密部署,…收到了顯著效果 百日會戰…效果。 1、抓發動,…鞏固。一是…。…二是…。"; the 一、 heading and the 1、 point stand after "。 " inside the line, each a run of one in the capture (optional; the 一、 text is the heading up to the space the flattening left); 一是/二是 after full stops are a run (required, under 1、); a mis-encoded run "任務(wù)?,F(xiàn)在" where "。現" was (kept as printed, pinyin removed); an official\'s surname; quoted slogan; the capture ends inside a pinyin annotation ("百日會(hu"), which stays',
    isSpeech: true,
    title: YQ_TITLE,
    noise: ['- 目錄', '第1篇', '講話經(jīng)濟(jì)工作', YQ_PIECE_RAW],
    regexCut: [PINYIN],
    dropLines: ['- 目錄', '第1篇 ' + YQ_TITLE + '經濟工作'],
    outline: [
      { level: 1, marker: '一、', text: '周密部署,強勢推動,市直部門招商引資百日會戰活動收到了顯著效果', optional: true },
      { level: 2, marker: '1、', text: '抓發動,全員參與的態勢進一步鞏固', optional: true },
      { level: 3, marker: '一是', text: '思想發動更加深入' },
      { level: 3, marker: '二是', text: '宣傳聲勢更加強大' },
    ],
  },
  '15-jianghua-gongwenpu-pdf-hardwrap-xiangmu-bushu-title-twice-space-yishi-after-wrapped-colon': {
    source: 'https://gongwenpu.com/doc/30179.html',
    kind: 'speech: 讲话 (a district leader at the district\'s 重大重点项目 推进工作 动员部署会; PDF text on a document site)',
    tests: 'PDF text: the page title, then the PDF\'s own title with a space the extraction left before 年 ("在2017 年…") — one title, printed twice; "同志们:"; every body line hard-wrapped at the page width (about 27 characters) and joined back into two paragraphs; "主要有三个方面的目" / "的:一是要…。" — 一是 after a colon on the line after a wrap, then 二是/三是 after full stops (一是 after a colon does not start a run by the rules, so all three are optional; 三是\'s sentence itself wraps: "向全区上" / "下发出"); quoted slogans; "XXX 同志" and "《XXX 区2017 年…方" / "案》" placeholders with the extraction\'s spaces; text cut mid-sentence ("把项目")',
    isSpeech: true,
    title: GP_TITLE,
    noise: [],
    join: [['今天,占用大家', '“大工地”。'], ['刚才,XXX 同志', '把项目']],
    dropLines: [GP_TITLE, GP_TITLE_PDF],
    outline: [
      { level: 1, marker: '一是', text: '要向全区上下释放一个鲜明导向', optional: true },
      { level: 1, marker: '二是', text: '要向全区上下传递一个紧迫信号', optional: true },
      { level: 1, marker: '三是', text: '要向全区上下发出一道总攻号令', optional: true },
    ],
  },
  '16-jianghua-120pk-big5-pinyin-zhongqingban-site-toc-yishi-lines-no-title-wrap-paywall-mojibake': {
    source: 'http://m.120pk.cn/wen/1/1707.html',
    kind: 'speech: 讲话 (a city leader opening the sixth 中青年干部培训班; traditional-script mirror of a 文秘 site)',
    tests: 'no title in the page: a site-generated table of contents "目錄/提綱:……" with 一、/二、/三、 heading lines and 一是/二是/三是/四是 lines under them, closed by a "……" line — its first heading and its first 一是 line repeat the body\'s text, so only its own lines are listed as noise and the block is cut whole; converter pinyin (培訓(xùn), 經(jīng), 學(xué), 領(lǐng)導(dǎo), 區(qū)…); the first paragraph hard-wrapped over a two-item line ("又經過各個層面的" / "調研、請示、" / "匯報,…") and joined; "下面,我講三個問題。", the heading line "一、認清使命,…接續奮進" (same words as the table\'s); a mis-encoded run "談?wù)剬@個班" kept; a paragraph ending "可以說有四個前所未有:" and a block "一是領導重視的力度前所未有。…成立了以市委" cut by the paywall line "……(新文秘網(wǎng)http://m.120pk.cn省略709字,正式會員可完整閱讀)……" (the 一是 opens its paragraph, so it is a required point under 一、); the text after the hidden part is its own paragraph, cut mid-word ("頗具挑戰性和刺激"); a place name kept',
    isSpeech: true,
    title: '',
    noise: [
      '目錄/提綱:……',
      '二是社會各界的期待前所未有',
      '三是選拔程序的嚴格前所未有',
      '員構成和辦班方式上前所未有',
      '二、珍惜機會,奮發進取,用優異的成績回報社會',
      '一是盼望在政治上早日成長進步',
      '三、弘揚正氣,嚴守紀律,用集體精神展示形象',
      '(新文秘網',
      'http://m.120pk.cn',
      '省略709字,正式會員可完整閱讀)……',
    ],
    replace: [[PK_TOC, '']],
    regexCut: [PINYIN],
    join: [['第六期中青年干部培訓班', '臨時起意。']],
    dropLines: [PK_PAYWALL],
    outline: [
      { level: 1, marker: '一、', text: '認清使命,擺正位置,堅定信心接續奮進' },
      { level: 2, marker: '一是', text: '領導重視的力度前所未有' },
    ],
  },
  '17-news-zheipo-big5-guangongwei-tuijinhui-meta-zhuren-wudian-yaoqiu-yishi-wushi-not-speech': {
    source: 'http://m.zheipo.cn/txyd/guangongshixun/2024-04-02/219889.html',
    kind: 'non-speech: news report (a city 关工委 on its 2024 重点工作推进会; traditional-script page)',
    tests: 'a news item in traditional script: the headline "…召開2024年重點工作推進會", a "發布日期:… 來源: … 作者: …" line, a lead in the third person ("…主持會議并講話。"), the units\' reports, then "<name>主任就…提出了五點要求。" followed by 一是…。二是…。三是…。四是…。五是…。 after full stops in one paragraph (a report of the director\'s words, not the speech), quoted slogans, and a "責任編輯:" line',
    isSpeech: false,
    title: '遼寧省本溪市關工委召開2024年重點工作推進會',
  },
  '18-tongzhi-govcn-big5-guobanhan-fengong-meta-fields-twice-title-wrapped-yi-paren-not-speech': {
    source: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm',
    kind: 'non-speech: 通知 (a 国务院办公厅 letter assigning the tasks of a central document to ministries; traditional gateway of the government site)',
    tests: 'the government site\'s traditional gateway: "EN", the site address and a timestamp, the document\'s metadata printed twice (索引號/主題分類/發文機關/成文日期/標題/發文字號/發佈日期/時效 in two lines with wide spaces in the labels, then each label and value on lines of their own, "時  效:" / "失效" twice), the title wrapped over three lines, the document number "國辦函〔2014〕31號", the addressee line "國務院各部委、各直屬機構:" (looks like a salutation), an opening that ends "現將有關事項通知如下:", then indented "一、工作分工" and "(一)關於“…”的問題,由…牽頭…" items (二)/(三) — a written notice with a deep outline, not a speech; cut inside a quotation',
    isSpeech: false,
    title: '國務院辦公廳關於落實中共中央國務院關於全面深化農村改革加快推進農業現代化若干意見有關政策措施分工的通知',
  },
};
