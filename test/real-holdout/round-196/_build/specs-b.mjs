// Gold specs for holdout round 196, part B (cases 07–12): forums, Q&A sites, blogs and community sites reposting a speech of
// any topic (论坛 帖子 讲话稿, 问答 致辞, 博客 发言稿, 贴吧 演讲稿) and look-alikes on such sites. About fifty queries found
// nearly every forum-, blog- or Q&A-hosted speech on a used host or a template twin (see "Looked for and not found" below), so
// this part holds two spoken pieces (one on an industry federation's site, one on a content site) and four written look-alikes
// from the forum/community neighbourhood: a Discuz forum post, a Discuz portal's copy of a newspaper item, an alumni
// association's photo essay and a community article on a dictionary-style site.
// Two spoken pieces (a car-aftermarket federation chairman's 致辞 at a 草原峰会, on the federation's site (capia.org,
// "/ucenter/hydt/<id>.html"): a bar line "服务中心 |中汽联智库", the headline "<name>:推动汽车后市场高质量发展" (the speech's own
// title with the speaker's name before a colon), an empty "文章来源: 添加人: 更新时间:2023-08-31" meta line, lines holding one
// space, the speech's own title "推动汽车后市场高质量发展", the subtitle "——在2023第五届中国汽车后市场草原峰会上的致辞", a byline
// with three positions ending ":<name> " with a trailing space, the salutation "…中汽联家人、大家上午好!" on its own line, then a
// paragraph "…理由有这么几条。一是创新学习,…。二是结交好友,…。三是放松心情,…。四是与爱同行,…" cut by the capture inside 四是
// ("用爱陪伴你身边"); a pupil's 演讲 "我的梦,中国梦" on a content site (hoyeemed.com, "/html/<slug>.html"): no title line, the
// salutation glued to the topic sentence "各位老师同学大家好,今天我演讲的题目是《我的梦,中国梦》。", a dash inside a paragraph
// ("…年代。——五四运动,…") that opens no paragraph, a 梁启超 poem and a 毛泽东 line quoted, no site noise at all in the capture,
// cut mid-phrase ("如我一般的当")) and four written look-alikes (a ship-engineering alumni forum's Discuz post (club.imarine.cn,
// "/comm/<id>.html") under "本帖最后由 <handle> 于 2010-5-9 21:34 编辑": a letter to classmates flattened onto one line,
// song lines quoted in ASCII double quotes, "请在校友录上留下…", "路过北京时,别忘了给我打个电话", cut inside a closing quote —
// a written letter, not a speech; a Macau Discuz portal (www.macaubbs.com, "portal.php?aid=<id>&mod=view") copying a 澳門日報
// item: a leftover Markdown image "![]()", the photo caption, the two-line headline and the "【澳門日報消息】" wire tag all run
// together on one line with the report, a car club's office-bearers visiting the paper to invite it to their 換屆就職典禮, the
// visit and the hosts' words told in the third person (分別表示, 預祝), a "|" and "請發表評論" tail — a news report, not a
// speech; an alumni association's page (xyh.hgu.edu.cn, "/info/<col>/<id>.htm") of a class's thirtieth reunion: paragraphs
// of reminiscence in the first person plural ("我们在这座古城…", "你的兴奋是藏不住的") with no title, salutation or genre
// word in the capture, five "<image>data:image/s3,\"s3://crabby-images/65bf3/65bf324ef8e3883e7b3547e55a5ec8524bb6ed26\" alt=\"…\"</image>" lines between them, the class number pun
// "83412 也就是 “ 爬山涉水…”", cut mid-sentence — a written essay, not a speech; a dictionary-style site's record
// (sijigu.com, "/dictionary/g<id>.html") of a residents' article: "标题 | <title> |" and "正文 | <title> <author> <text>" fields,
// the title and the author's name glued before the first sentence, an exhortation to 全体业主 in the third person ("全体业主,
// 都要高度重视…", "要防止…"), cut at "用心" — a written commentary, not a speech).
// Judgement calls: 07 is a speech (the genre 致辞 in the subtitle, the salutation, "我想讲讲…"); its title is the document's own
// title line "推动汽车后市场高质量发展"; the headline above the meta line is that title decorated with the speaker's name and is
// noise (as round 5 case 01's decorated repeat of the title, and round 2 case 08's site title); the empty meta line is noise
// (as round 184 B's 07's "来源:    分类: …"); the "——在…上的致辞" subtitle stays as a body paragraph and is an optional level-1 dash
// item (as round 3 case 08, round 10 case 08 and round 160's 07); the byline with the speaker's positions stays as the
// speech's header (as the shared corpus's `主讲人:…书记…` and round 5 cases 04/09); 一是…四是 follow full stops inside one
// paragraph, a run of four, so they are required inline items at level 1 (no heading above them; the dash item does not
// take them under it, as round 10 case 08 and round 160's 07 keep their 一是 at level 1 after an optional dash subtitle);
// 一是, 二是 and 三是 have sentences longer than 50 characters and are cut at the first comma ("创新学习", "结交好友",
// "放松心情"), 四是's sentence is cut by the capture at 46 characters and kept whole (as round 184 B's 07 kept "三是贫困户产品的竞").
// 08 is a speech with no title (the speaker giving his topic is never a title, as round 188 case 04's "今天我演講的題目是《…》";
// the page has no title line, so "" as the shared corpus's rule); the salutation glued to the topic sentence stays one
// paragraph; "——五四运动" follows a full stop inside a paragraph, so it is no dash item (a dash marker opens a paragraph); no
// outline. 09–12 are written: 09 a letter posted to a forum (its "路过北京时,别忘了给我打个电话" and "请保持联系" are a letter's
// requests; no genre word, no salutation; as round 28 case 18's forum post), 10 a report (third person, 表示/預祝, as round
// 184 B's 11), 11 a reminiscence with photos on an alumni site (no address to an audience in the capture; as round 20 case
// 06's essay), 12 a commentary (its "全体业主,都要…" is an exhortation in an article, not a salutation; as round 5's 12–16).
// Names: the private people (07's chairman and his company, the cup's sponsor, 09's forum handle, 10's club officers and the
// newspaper's assistant editor, 12's author) were replaced by fictional ones; organisations (中汽联, 澳門日報, 河北地质学院) and
// historical figures (梁启超, 毛泽东's lines, 魏武) were kept; the prose of all six pages was rewritten (the quoted song lines
// in 09 replaced by invented ones), the noise lines, spacing, markers, script and the cut at the end kept as found.
// Looked for and not found on a new host: a forum (Discuz) copy of a 讲话 with 一是/一、 (laomiw.com and its caiyes.cn family,
// swsm.net, 202.85.222.116 are used or twins); a blog-hosted speech (blog.sina.com.cn, zh.wenxuecity.com, blogspot.com,
// pixnet.net, classic-blog.udn.com, my510.com, meipian.cn and its zit.org.cn mirror are used); a Q&A answer with a 致辞
// (juduo.cc is used; the Q&A queries answer with exam-question stubs, sjztydg.cn, hengliboli.cn); a clan-association
// forum's 致辞 (bjlianheng.com, wwwdoa.com, vipjiapu.com, sslbk.com, 10000xing.cn, w.worldwu.com are used); a 商会/协会 致辞
// (ahqm.com.cn, sdxzsh.com, group.shanghuiwangluo.com, village.net.cn, sfic.cn, agnbn.com are used); a 退休/同学聚会 发言 on a
// blog (studyofnet.com, lingdz.com, 413yy.cn, wendang9.com, m.bluu.cn, haomeiwen.com are used); a 婚礼致辞 by a father
// (marylandnursingschools.com and t262.com are used); so only 07 carries numbered points (four inline 一是…四是).
// Template twins considered: `node /work/notes/twin.mjs` finds no line of the six pages among the noise strings of a used gold;
// club.imarine.cn's "本帖最后由 … 编辑" line is Discuz's default (also on the used swsm.net page) and is kept as a
// different site on the same software (as round 184 B kept www.08681.com's Discuz portal line, round 134 gdchess.com beside
// ztchess.com); www.macaubbs.com's portal view shares no line with a used page; 39.103.169.235 (a 简书 mirror named as a twin in
// rounds 109 B and 171 B) and juduo.cc were seen and not taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CP_BAR = '服务中心 |中汽联智库';
const CP_HEADLINE = '雷振邦:推动汽车后市场高质量发展';
const CP_META = '文章来源: 添加人: 更新时间:2023-08-31';
const CP_TITLE = '推动汽车后市场高质量发展';

export const specs = {
  '07-zhici-capia-qiche-houshichang-caoyuan-fenghui-headline-meta-dash-subtitle-byline-yishi-inline': {
    source: 'http://capia.org/ucenter/hydt/12153.html',
    kind: 'speech: 致辞 (a car-aftermarket federation chairman opening a grassland summit; industry federation site)',
    tests: 'a bar line "服务中心 |中汽联智库"; the headline "<name>:推动汽车后市场高质量发展" (the title decorated with the speaker\'s name); an empty "文章来源: 添加人: 更新时间:…" meta line; lines holding one space; the speech\'s own title; the subtitle "——在…草原峰会上的致辞" (optional dash item); a byline with three positions ending ":<name> "; the salutation on its own line; inline 一是…四是 after full stops in one paragraph, three cut at the first comma, 四是 cut by the capture',
    isSpeech: true,
    title: CP_TITLE,
    noise: [CP_BAR, CP_HEADLINE, CP_META],
    dropLines: [CP_BAR, CP_HEADLINE, CP_META, CP_TITLE],
    outline: [
      { level: 1, marker: '——', text: '在2023第五届中国汽车后市场草原峰会上的致辞', optional: true },
      { level: 1, marker: '一是', text: '创新学习' },
      { level: 1, marker: '二是', text: '结交好友' },
      { level: 1, marker: '三是', text: '放松心情' },
      { level: 1, marker: '四是', text: '与爱同行,做汽车的人常说亏欠家人一次远行,趁着一年里最好的季节把家人带到草原,用爱陪伴你身边' },
    ],
  },
  '08-yanjiang-hoyeemed-zhongguomeng-no-title-topic-sentence-glued-salutation-cut': {
    source: 'http://hoyeemed.com/html/meilizhongxuexiaoyuanzhisheng500.html',
    kind: 'speech: 演讲 (a pupil\'s 我的梦,中国梦 speech; content site)',
    tests: 'no title line and no site noise; the salutation glued to the topic sentence "今天我演讲的题目是《我的梦,中国梦》。" (no title); a dash inside a paragraph after a full stop ("…年代。——五四运动,") that opens no paragraph; quoted poems; cut mid-phrase ("如我一般的当")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '09-post-imarine-alumni-discuz-edited-line-quoted-lyrics-letter-not-speech': {
    source: 'https://club.imarine.cn/comm/43802.html',
    kind: 'non-speech: forum post (a letter to classmates on a ship-engineering alumni forum)',
    tests: 'a Discuz "本帖最后由 <handle> 于 <date> 编辑" line; the letter flattened onto one line with song lines in ASCII double quotes; requests to classmates (校友录, 打个电话, 保持联系); cut inside a closing quote — a written letter, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '10-news-macaubbs-big5-discuz-portal-chexiehui-huanjie-baifang-markdown-image-comment-tail-not-speech': {
    source: 'https://www.macaubbs.com/portal.php?aid=199020&mod=view',
    kind: 'non-speech: news report (a car club\'s office-bearers visiting a newspaper to invite it to their 換屆就職典禮; Macau Discuz portal, traditional script)',
    tests: 'a leftover Markdown image "![]()", the caption, a two-part headline and the "【澳門日報消息】" tag run together with the report on one line; the club\'s officers listed; the visitors\' and the host\'s words reported in the third person; a "|" and "請發表評論" tail — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '11-essay-hgu-xiaoyouhui-biye-sanshi-nian-image-data-uri-lines-not-speech': {
    source: 'https://xyh.hgu.edu.cn/info/1003/1584.htm',
    kind: 'non-speech: personal essay (a class\'s thirtieth-reunion reminiscence; university alumni association site)',
    tests: 'no title, salutation or genre word in the capture; first-person-plural reminiscence ("我们…", "你的兴奋是藏不住的"); five "<image>data:image/s3,\"s3://crabby-images/65bf3/65bf324ef8e3883e7b3547e55a5ec8524bb6ed26\" alt=\"…\"</image>" lines between paragraphs; a class-number pun "83412 也就是 “ 爬山涉水…”"; cut mid-sentence — a written essay, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-article-sijigu-yezhu-weiyuanhui-table-fields-title-byline-glued-not-speech': {
    source: 'http://sijigu.com/dictionary/g503276.html',
    kind: 'non-speech: article (a residents\' commentary on electing an owners\' committee; dictionary-style site)',
    tests: '"标题 | <title> |" and "正文 | <title> <author> …" record fields; the title and the author\'s name glued before the text on one line; an exhortation to 全体业主 in the third person ("全体业主,都要…", "要防止…"); cut at "用心" — a written commentary, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
