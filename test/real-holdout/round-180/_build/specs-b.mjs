// Gold specs for holdout round 180, part B (cases 07–12): company anniversaries and celebrations (企业 周年 庆典 致辞, 建厂
// 周年 大会, 开业 庆典, 揭牌 仪式 — their 致辞, 讲话, 答谢词, 主持词, and their look-alikes). About sixty queries found every 周年/开业/
// 揭牌/厂庆 speech of the theme on a used host (see "Looked for and not found" below), so this part takes two speeches of
// neighbouring company and association occasions and four look-alikes of the theme itself.
// Two spoken pieces (a department head's 发言 at his company's mid-year meeting, reposted on a code-snippet mirror (it.cha138.com,
// "小常识网", "/<section>/show-<id>.html"): the blog title "不忘初心,不负韶华——2021年中会议发言之一", a "Posted <author>" line, an
// empty "tags:" line, a "篇首语:本文由小常识网(cha138.com)小编为大家整理,主要介绍了<title>相关的知识,希望对你有一定的参考价值。"
// promo quoting the title, the author's bracketed note on how the text was made, the salutation "各位领导各位同事,大家好。", an
// in-body note where a part is left out "(另有博文)", indented paragraphs, a colon "所以:" over two "•" bullets, cut after "刚才";
// a company founder's talk at an event of a Guizhou graduates' association in Beijing (贵研会) celebrating the party centenary,
// on his company's site (lindagroup.cn, "/article/<id>.html"): a "PART 1" section label, a slogan title naming no genre ("一生贵州情
// 一心感党恩 一起促发展"), no salutation, an opening "今天很开心来参加…也谢谢组委会把这个分享的机会留给我" with a long bracketed aside
// on his stage fright, "下面我就讲三句话吧。" and the first of them opening the next paragraph ("一生贵州情。…"), cut mid-word ("在京
// 的贵州")) and four written look-alikes (a listed company's own news page (www.jushi.com, "/cn/news/news1-<id>.html") on the
// 20th anniversary of its listing: headline, a "<date time> <company>" line, the guests listed, lines of spaces, a forum and an
// exhibition told in the third person, "…上台致欢迎辞。他说,…" — a report, not a speech; a Discuz thread (75one.net, a Guangdong
// county's old-workers' forum) with a 贺电 from a US group of former workers to their factory's 五十周年厂庆 reunion: subject,
// "贺电", the salutation "尊敬的台山机械厂(台山农机一厂)工友会:" and the whole letter on one line with ASCII dots as full stops,
// the senders' signature glued to a date in Chinese numerals ("二00七年一月一日"), and the forum's "[此帖子已被 oldchicken 在 … 编辑过] |"
// line — 452 characters, the whole stored page; a ceremony company's article (www.xcwht.com, "/hdch/news/<id>.html") on the steps
// of a 剪彩仪式: the question headline, a " 新闻资讯     |      2020-04-26 16:53" line, a line of two spaces, "第一项、请来宾就位 …" to
// "第六项、进行参观 …" each heading glued to its advice by a space, trailing spaces, and the service tag line "发布会策划 年会策划
// 会议服务 庆典仪式 找星" cut mid-word; a novel chapter (airmakt.com, "/so/<n>/<book>/<chapter>_3.html") at a steel group's
// opening ceremony: "第669章 开业庆典", "首先登场的是开场舞…", the site's pager line "这章没有结束,请点击下一页继续阅读!" inside the
// chapter, a mayor's 即兴演讲 quoted paragraph by paragraph from "“各位尊重的领导、各位亲爱的朋友,上午好!" to "“最后,祝大家身体健康,
// 万事如意!谢谢大家!”", then the narration of a disturbance).
// Judgement calls: 07 is a speech: the blog reposts a 发言 its author gave at the meeting ("各位领导各位同事,大家好。", "今天这样的场面",
// "刚才领导表扬…"); the blog title names the genre and is the title, kept whole with "——2021年中会议发言之一" (the author's own
// numbering of his talks, not a site's piece number, as round 178's 07 kept "(之一)"). The "Posted" line, the empty "tags:" line and
// the 篇首语 promo are the mirror's (noise, with "本文由小常识网(cha138.com)小编为大家整理" listed again as its distinctive part). The
// author's bracketed note above the salutation ("(当时没顾上录音,靠回忆和提纲整理,个别字句有出入)") says how the text was made and is
// no part of the talk: noise, as an editor's preface before the salutation is (round 178's 02) — the call I am least sure of;
// the note inside the talk "(另有博文)" marks a left-out part and stays in the body (as round 3's 03 kept the glosses a site left
// where words were removed). The two "•" lines are bullets, no marker family; no outline. 08 is a speech although its title
// names no genre and it has no salutation: the body speaks to the audience in the first person from its first line ("今天很开心来
// 参加…", "说得不对的地方请大家指正,下面我就讲三句话吧。"), as round 178's 07. "PART 1" is the article's section label (noise); the
// slogan line is the title; the bracketed aside about stage fright is spoken and stays; "一生贵州情。" opening a paragraph is the
// first of the three 句话 but no marker of the rule table → no outline. 09 is a report (third person, the welcome speech reported
// with "他说,…"); 10 is a 贺电, a written telegram with a signature and date, although it opens with a salutation — not a speech,
// as round 126 C's 贺电; 11 is a ceremony guide whose 第一项…第六项 steps are no outline (non-speech gold has none); 12 is a novel
// in which a character gives the opening 致辞. Names: the private people (07's blogger and the colleague he names, 08's professor
// and doctor, 09's executives, officials and the forum moderator, 12's characters and its city and company) were replaced by
// fictional ones, except 10's forum handle "oldchicken", which is the site's edit line and was kept (as round 178's 07 kept
// "上将军"); 08's hospital was made unnamed; the prose was rewritten.
// Looked for and not found on a new host: a company 周年庆典 致辞 or 建厂周年 讲话 (51yjg.com, gongwen.com.cn 兰驼 70周年, xiaomilidoc.com
// 建厂五十周年, edufabricareview.com 中联重科, heicmy.com 中华商务30周年, m.kfanwen.com 百年院庆, wm114.cn 建院70周年 — used; the
// rest are company news pages reporting the speeches, e.g. tgtanhuang.cn, salbgs.com, hairuilangedu.com, dianbiao.com); an 开业
// 庆典 致辞 (m.xuewenya.com, 3du.tw, 07471a17.com — used; the corpus otherwise answers with novel chapters); a 揭牌/挂牌/成立 仪式
// 讲话 (runfargroup.com, 0312yh.com, m.7rdy.cn, xiaomilidoc.com, sdxzsh.com 商会成立大会 — used); a 庆典 主持词 (nvdc.cn, 365docx.com,
// szftgk.com, m.yrrf.cn — used); 开工/奠基/竣工 speeches (dawenge.com, yndrh.com, helloknj.com, m.cqtzb.org.cn with 第一,/第二,/第三,
// — used); an 答谢词 (none turned up); a traditional mirror of a company anniversary speech (runfargroup.com, 07471a17.com,
// albanycontractorguide.com — used; president.gov.tw 東元電機四十五週年 — used; kiwanis-taiwan.com — used). So neither speech
// carries a numbered point.
// Template twins considered: haitang6.com (a novel 女厂长's year-end address) serves the "海棠书屋" novel template of round 178's 09
// (zjgjrd.com) → not taken; pageorama.com (国庆群众大会 with 首先,/其次, paragraphs) and whlabor.com were already claimed by part A.
// 10's "[此帖子已被 … 编辑过]" is the forum software's stock line; no used page has it. 07's 篇首语 promo, 11's "新闻资讯     |" line
// and tag line, and 12's "这章没有结束,请点击下一页继续阅读!" occur on no used page (the used novel pagers read "本章未完,请点击下一页
// 继续阅读…" or "本小章还未完…", other templates).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CH_TITLE = '不忘初心,不负韶华——2021年中会议发言之一';
const CH_POSTED = 'Posted 岑鹏远';
const CH_TAGS = 'tags:';
const CH_PROMO = '篇首语:本文由小常识网(cha138.com)小编为大家整理,主要介绍了不忘初心,不负韶华——2021年中会议发言之一相关的知识,希望对你有一定的参考价值。';
const CH_NOTE = '(当时没顾上录音,靠回忆和提纲整理,个别字句有出入)';

const LD_PART = 'PART 1';
const LD_TITLE = '一生贵州情 一心感党恩 一起促发展';

export const specs = {
  '07-fayan-cha138-nianzhong-huiyi-blog-posted-tags-pianshouyu-promo-bullets': {
    source: 'https://it.cha138.com/nginx/show-146292.html',
    kind: 'speech: 发言 (a department head at his company\'s mid-year meeting; blog post on a code-snippet mirror)',
    tests: 'the blog title naming the genre ("不忘初心,不负韶华——2021年中会议发言之一", kept whole); a "Posted <author>" line; an empty "tags:" line; a "篇首语:本文由小常识网(cha138.com)小编为大家整理,主要介绍了<title>相关的知识,希望对你有一定的参考价值。" promo quoting the title; the author\'s bracketed note above the salutation on how the text was made (noise); the salutation "各位领导各位同事,大家好。"; an in-body note "(另有博文)" where a part is left out (kept); indented paragraphs; "所以:" over two "•" bullet lines (no outline); cut after "刚才"',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_POSTED, CH_TAGS, CH_PROMO, '本文由小常识网(cha138.com)小编为大家整理', CH_NOTE],
    dropLines: [CH_TITLE, CH_POSTED, CH_TAGS, CH_PROMO, CH_NOTE],
    outline: [],
  },
  '08-jianghua-lindagroup-guiyanhui-fenxiang-part1-label-slogan-title-aside-no-salutation': {
    source: 'http://lindagroup.cn/article/180.html',
    kind: 'speech: 讲话 (a company founder\'s talk at a Guizhou graduates\' association event celebrating the party centenary; company site)',
    tests: 'a "PART 1" section label (noise); a slogan title naming no genre ("一生贵州情 一心感党恩 一起促发展"); no salutation, the body speaking to the audience from its first line ("今天很开心来参加…谢谢组委会把这个分享的机会留给我"); a long bracketed spoken aside inside the first paragraph (kept); "下面我就讲三句话吧。" with the first 句话 opening the next paragraph ("一生贵州情。…", no marker); cut mid-word ("在京的贵州")',
    isSpeech: true,
    title: LD_TITLE,
    noise: [LD_PART],
    dropLines: [LD_PART, LD_TITLE],
    outline: [],
  },
  '09-news-jushi-shangshi-ershi-zhounian-qingdian-company-site-dateline-reported-welcome-not-speech': {
    source: 'https://www.jushi.com/cn/news/news1-181.html',
    kind: 'non-speech: news report (a listed glass-fibre maker\'s 20th listing anniversary celebration; the company\'s own news page)',
    tests: 'the headline "中国巨石股票上市20周年庆典在桐举行"; a "2019-04-23 14:12:50 中国巨石股份有限公司" line; a long list of officials and guests; runs of blank lines; a forum and an exhibition told in the third person; the chairman\'s welcome reported ("…上台致欢迎辞。他说,…") — a report, not a speech; cut mid-word ("迈出了前所未有的一")',
    isSpeech: false,
    title: '中国巨石股票上市20周年庆典在桐举行',
    noise: [],
    outline: [],
  },
  '10-hedian-75one-jixiechang-wushi-zhounian-changqing-discuz-edit-line-salutation-not-speech': {
    source: 'http://75one.net/forum.php?extra=page%3D1&mod=viewthread&tid=6597',
    kind: 'non-speech: 贺电 (former workers in the US to their factory\'s 50th-anniversary reunion; Discuz forum thread)',
    tests: 'the thread subject "恭祝台山机械厂(农机一厂)聚会成功!", "贺电", the salutation "尊敬的台山机械厂(台山农机一厂)工友会:" and the whole telegram on one line with ASCII dots as full stops and "…"; first-person congratulations ("我们预祝聚会圆满成功!") as in a 致辞, but the senders\' signature glued to a date in Chinese numerals ("…全体仝人二00七年一月一日"); the forum line "[此帖子已被 oldchicken 在 2007-1-2 15:47:37 编辑过] |" — a written telegram, not a speech; 452 characters, the whole stored page',
    isSpeech: false,
    title: '恭祝台山机械厂(农机一厂)聚会成功!',
    noise: [],
    outline: [],
  },
  '11-guide-xcwht-jiancai-yishi-liucheng-qingdian-gongsi-diyixiang-dierxiang-footer-tags-not-speech': {
    source: 'https://www.xcwht.com/hdch/news/415.html',
    kind: 'non-speech: writing guide (a ceremony company\'s article on the steps of a 剪彩仪式)',
    tests: 'the question headline "庆典活动的剪彩仪式,通常都有哪些流程?"; a " 新闻资讯     |      2020-04-26 16:53" column/date line; a line of two spaces; six steps "第一项、请来宾就位 …" to "第六项、进行参观 …", each heading glued to its advice by a space, "第四项、随后发言" naming who speaks; trailing spaces; the service tag line "发布会策划 年会策划 会议服务 庆典仪式 找星" cut mid-word — a guide, not a speech',
    isSpeech: false,
    title: '庆典活动的剪彩仪式,通常都有哪些流程?',
    noise: [],
    outline: [],
  },
  '12-novel-airmakt-kaiye-qingdian-quoted-zhici-salutation-pager-midchapter-not-speech': {
    source: 'http://airmakt.com/so/7/7499/5984800_3.html',
    kind: 'non-speech: novel (a chapter on a steel group\'s opening ceremony with the mayor\'s quoted 致辞)',
    tests: 'the chapter title "第669章 开业庆典"; a paragraph opening "首先登场的是开场舞…" (narration); the site\'s pager line "这章没有结束,请点击下一页继续阅读!" inside the chapter; a 即兴演讲 quoted paragraph by paragraph, from "“各位尊重的领导、各位亲爱的朋友,上午好!我是云岭市长周屹,…" to "“最后,祝大家身体健康,万事如意!谢谢大家!”", framed by narration ("周屹语调激昂…", "掌声像潮水一样涌了起来。") and a disturbance — a novel, not a speech',
    isSpeech: false,
    title: '第669章 开业庆典',
    noise: [],
    outline: [],
  },
};
