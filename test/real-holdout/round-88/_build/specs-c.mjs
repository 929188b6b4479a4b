// Gold specs for holdout round 88, part C (cases 13–18): family occasions (证婚词, 婚礼致辞, 寿宴/满月/升学宴 致辞, 追悼会
// 答谢词/悼词, 宗亲聚会) — speeches and look-alikes.
// Four spoken pieces (a clan association's 欢迎词 at the 2019 宗亲团拜会 of a 高 family, on a genealogy portal
// (vipjiapu.com, 家谱馆): a breadcrumb "当前位置:家谱馆 > 高姓网 > 高氏新闻 高氏新闻" whose last crumb is doubled, the headline,
// a "时间:2021-2-01 来源:家谱馆高姓展区" meta line, the document's own short heading "欢迎词", paragraphs indented with ASCII
// spaces, no salutation line (the body opens "亲人们,…"), a stray "(275年)" after "将近三百年来,", cut mid-word ("热血"); a
// son's 答谢辞 at his father's 追悼会 on a personal blog (yilinhut.com): the post title "沉痛悼念…追悼会——答谢辞", then the
// blogger's own note in parentheses ("(答谢词由我妈妈写的,我爸爸读的,我没有参与。追悼会于…进行)"), the salutation, a stage
// direction "(对众人三鞠躬)" at a paragraph end, the writer's slip "她疼爱妻子" for 他, "3、5个小时" inside a sentence, cut
// mid-sentence ("多么"); a bridesmaid's 婚礼致辞 that is a whole chapter of a book on a novel site (wap.jjwxc.com, 晋江文学城):
// the site name, the reader bar "下一章 上一章  目录  设置", the chapter heading "11、婚礼致辞 ..." with its chapter number and
// a trailing " ...", a bullet "•" glued before the salutation "尊敬的各位来宾大家好。" (ending in a full stop, not a colon),
// one sentence a line, 6-space indents, blank lines between groups, a stage aside "(哈……扶额笑)", ends on a full line; a
// son's 答谢词 at his father's 告别仪式 (5vi.cn) with no title and no site noise in the capture except an anti-copy full
// stop glued mid-phrase ("父亲的.离世"): the salutation first, a "20__年" date placeholder, two "(鞠躬)" stage directions
// inside one paragraph, cut at "敬爱的") and two written look-alikes (a traditional-script mirror (coloradospringsus.com) of a
// page on 泰州 满月酒 customs and its running order: a folklore paragraph, then "泰州滿月酒流程:開(kāi)場(chǎng)", time slots
// "11:30——12:30…", part lines "滿月酒流程第一部分 …" / "泰州滿月酒流程第二部分 爸爸致辭" … "第四部分", a "其次在這里…" line,
// then a poem for the baby one line a phrase, converter pinyin after a fixed set of characters (獨(dú), 時(shí), 嚴(yán), 長(zhǎng),
// 錢(qián), 開(kāi), 場(chǎng), 續(xù), 擔(dān), 簡(jiǎn), 陽(yáng), 請(qǐng), 關(guān), 現(xiàn), 對(duì), 個(gè), 愛(ài), 樂(lè), 動(dòng), 獻(xiàn)) and mis-encoded
// lines with a leaked "</p>" ("因?yàn)橛心?/p>") — a plan (流程) for a banquet, not a speech, although one of its parts is
// "爸爸致辭"; a novel chapter (zhenhaomai.com, "第三中文网", "41 婚礼(中) (第1/2页)") in which the groom thanks the guests in
// three quoted paragraphs "“首先,…”" / "“其次,…”" / "“最后,…”" between narration — a novel, not a speech).
// Judgement calls: 13's title is the headline (the event's 欢迎词 as the site prints it); the short heading "欢迎词" under the
// meta line is the document's own bare name, a shortened repeat of the title: dropped, not listed (it is part of the title,
// so as a noise string it would "survive" in the title); the breadcrumb and the meta line are noise; the body has no
// numbered point ("第一次" does not occur; "(275年)" is the writer's gloss and stays). 14's title is the post title as
// printed, "——答谢辞" included (the genre word of the title; no subtitle convention applies since it is one line); the
// parenthesised note is the blogger's, in the blogger's voice, about who wrote and read the text and where — page furniture
// of a blog post like a "以下是…" lead, so noise (listed whole and by its distinctive opening); "(对众人三鞠躬)" is the
// speech's own stage direction and stays (as 主持词 stage directions do); "她疼爱妻子" stays as written. 15 is a speech although
// it stands on a novel site: its document is the 致辞 itself, titled with a spoken genre and addressed to the guests in the
// first person (real-text README: a page is a speech when its document is written to be spoken); its title is the chapter's
// name without the chapter number "11、" and the trailing " ..." (as piece numbering is dropped from collection titles); the
// chapter heading line, the site name and the reader bar are noise; "11、" is a chapter number, not an outline marker (it does
// not start at 1 and no run is open); the bullet is cut with the replace step and listed with its neighbours
// ("•   尊敬的各位来宾"); each line stays its own paragraph (the page breaks after every sentence and no hard wrap splits a
// sentence). 16 has no title line in the capture (the speech's name is not printed), so the title is ""; the glued "." is
// cut and listed with its neighbours ("父亲的.离世"); "20__年" and "(鞠躬)" stay. None of the four speeches carries a numbered
// point inside the capture, so all four outlines are empty. 17 and 18 are written, not speeches: their titles are
// informational ('' for 17, whose capture starts in the body with no headline; the chapter heading for 18).
// All private people's and small places' names are fictional (高家湾, 德茂公/仲远公, 葛福生, 瑞丰公司, 小棠, 林晓/顾北川); the
// prose was rewritten; the noise, the markers and the artifacts are the pages' own.
// Looked for and not found on a new host (15 queries): a 证婚词 or 婚礼致辞 with 一是/二是, 第一,/第二, or 首先,/其次, points
// (the pages corpus answers with novel chapters — 138novel, cqlcjx, haokeshiyong, ibqg, ibiquge, bpzww, 18ta, xsixs, 630ks,
// hyjgsy, 51souyue — and with AI-written guides); a 寿宴 致辞 with numbered points (3du.tw, dxzy.org, m.nuoha.vip, 360docs.net,
// meipian, czbooks are used; ndbrw.com's 90th-birthday page is a clean traditional page with no title and no points); a 满月/
// 升学宴 致辞 on a 范文 site (fhfwb.com and jjfwb.com are the ruiwen family, renwen.czt.cc/renwen.jjcmw.cn used); a 追悼会 答谢词
// with 一是…三是 (reader8.com's, used; yiqiwanjituan, m.010zaixian, m.zgxue, 517lizhi, m.t259.net are used or set aside; the
// ttzyw.com viewer page was claimed by round 87 part A a minute earlier); a 乔迁 致辞 (the corpus answers with 宗祠落成 pages on
// syfww.com (used) and rwfww.com (ruiwen)); a 婚礼主持词 with a numbered agenda (m.5728338.com used; the rest are novels). So no
// speech of this part carries numbered points: the theme's speeches are thanks and wishes in unnumbered paragraphs.
// Template twins and hosts set aside: renwen.xytest.com and news.czt.cc (the "/jxfw/<yyyymm>/" and "/jxuwd/<yyyymm>/" pages of
// jjcmw/czt: "【…】…以下是对…的总结与分析" AI guides; czt.cc is used); fhfwb.com, jjfwb.com (the ruiwen family: "(通用17篇)",
// "来源:飞鸿范文帮 2.96W", the collection title repeated after the salutation), rwfww.com (瑞文範文網); uydoc.com (the
// "/gongwen/xinwengao/" pinyin template of drpawanjain, set aside in round 49 too); m.shouyihuo.com (the "/fw/1646988…"
// "《…》属于悼词中比较优秀的内容" template of round 62's itrip.net.cn); haog.cn ("/wenku/<col>/<id>" as m.zgxue/m.haog, used);
// m.yybnet.net (yybnet.net is used). Candidates left unused and unclaimed: m.fjndwb.com, xuexibi.com, juziwenan8.cn and
// dwkzc.cn (guides on parents' wedding speeches and 百日 贺词 with 一、/1. headings), kongtiaoguanjia.com (a traditional
// 答谢词 collection with no piece headings), e-com-net.com (a clan 元宵 致辞 with a "文/…" byline), aoweibang.com (a blog essay
// on wedding remarks), ibqg.vip and ibiquge.vip (novel chapters with a quoted 证婚词 / father's speech).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Every distinct
// regexCut match is added to the noise. Titles, noise and outlines are written by hand here.

const GJ_CRUMB = '当前位置:家谱馆 > 高姓网 > 高氏新闻 高氏新闻';
const GJ_TITLE = '高氏家族2019宗亲团拜会欢迎词';
const GJ_META = '时间:2021-2-01 来源:家谱馆高姓展区';
const GJ_LABEL = '欢迎词';

const YL_TITLE = '沉痛悼念葛福生追悼会——答谢辞';
const YL_NOTE = '(答谢词由我妈妈写的,我爸爸读的,我没有参与。追悼会于9月15日下午4时于上海西宝兴路殡仪馆的“静园”进行)';

const JJ_SITE = '晋江文学城';
const JJ_BAR = '下一章 上一章  目录  设置';
const JJ_CHAPTER = '11、婚礼致辞 ...';

export const specs = {
  '13-huanyingci-vipjiapu-zongqin-tuanbai-crumb-meta-label': {
    source: 'https://www.vipjiapu.com/zpxungen/1013.html',
    kind: 'speech: 欢迎词 (a clan association welcoming the 高 family at its 宗亲团拜会; genealogy portal)',
    tests: 'a breadcrumb "当前位置:家谱馆 > 高姓网 > 高氏新闻 高氏新闻" with its last crumb doubled; the headline as the title; a "时间:2021-2-01 来源:家谱馆高姓展区" meta line; the document\'s own bare heading "欢迎词" under the meta (a shortened repeat of the title); paragraphs indented with spaces; no salutation line, the body opens "亲人们,…"; a stray "(275年)" gloss; no numbered point; cut mid-word ("热血")',
    isSpeech: true,
    title: GJ_TITLE,
    noise: [GJ_CRUMB, GJ_META],
    dropLines: [GJ_CRUMB, GJ_TITLE, GJ_META, GJ_LABEL],
    outline: [],
  },
  '14-daxieci-yilinhut-blog-zhuidaohui-dash-title-poster-note-stage-direction': {
    source: 'http://yilinhut.com/2006/09/16/549.html',
    kind: 'speech: 答谢辞 (a son thanking the mourners at his father\'s 追悼会; personal blog)',
    tests: 'the post title "沉痛悼念…追悼会——答谢辞" as the title; the blogger\'s note in parentheses right under it, about who wrote and read the text and where the 追悼会 was held (noise, not the speech); the salutation; a stage direction "(对众人三鞠躬)" at a paragraph end (kept); the writer\'s slip "她疼爱妻子" (kept); "3、5个小时" inside a sentence (no marker); no numbered point; cut mid-sentence ("多么")',
    isSpeech: true,
    title: YL_TITLE,
    noise: [YL_NOTE, '(答谢词由我妈妈写的,我爸爸读的,我没有参与。'],
    dropLines: [YL_TITLE, YL_NOTE],
    outline: [],
  },
  '15-zhici-jjwxc-novel-site-hunli-banniang-chapter-chrome-bullet': {
    source: 'https://wap.jjwxc.com/book2/8491792/11',
    kind: 'speech: 致辞 (a bridesmaid\'s wedding speech, printed as a whole chapter on a novel site)',
    tests: 'a novel site\'s name "晋江文学城" and reader bar "下一章 上一章  目录  设置"; the chapter heading "11、婚礼致辞 ..." (chapter number and trailing " ..." around the title; "11、" is no outline marker); a bullet "•" glued before the salutation "尊敬的各位来宾大家好。" (a salutation ending in a full stop); one sentence a line with 6-space indents and blank lines between groups; an aside "(哈……扶额笑)"; quoted wishes inside a sentence; no numbered point; the document is the speech itself although the site is a novel site',
    isSpeech: true,
    title: '婚礼致辞',
    noise: [JJ_SITE, JJ_BAR, JJ_CHAPTER, '•   尊敬的各位来宾'],
    replace: [['•   尊敬的各位来宾', '尊敬的各位来宾']],
    dropLines: [JJ_SITE, JJ_BAR, JJ_CHAPTER],
    outline: [],
  },
  '16-daxieci-5vi-gaobie-yishi-no-title-placeholder-dot-mark': {
    source: 'https://5vi.cn/yj/16764783893763.html',
    kind: 'speech: 答谢词 (a son thanking the guests at his father\'s 告别仪式; 范文 page)',
    tests: 'no title and no site furniture in the capture: the salutation is the first line; a "20__年" date placeholder; two "(鞠躬)" stage directions inside one paragraph (kept); an anti-copy full stop glued mid-phrase ("父亲的.离世", cut); no numbered point; cut after "敬爱的"',
    isSpeech: true,
    title: '',
    noise: ['父亲的.离世'],
    replace: [['父亲的.离世', '父亲的离世']],
    outline: [],
  },
  '17-liucheng-coloradosprings-big5-pinyin-manyuejiu-diyibufen-mojibake-not-speech': {
    source: 'http://coloradospringsus.com/jstaizhou/a15171.html',
    kind: 'non-speech: 流程 (the running order of a 满月酒 banquet with local customs; traditional-script mirror)',
    tests: 'traditional-script mirror with converter pinyin after a fixed set of characters and mis-encoded lines with a leaked "</p>"; a folklore paragraph, then "泰州滿月酒流程:開(kāi)場(chǎng)", time slots, part lines "滿月酒流程第一部分 …" to "泰州滿月酒流程第四部分 …" (one of them "爸爸致辭"), a line opening "其次", a poem with "第一次微笑 第一次抬頭" — a banquet plan, not a speech, so no outline',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-novel-zhenhaomai-hunli-xinlang-quoted-shouxian-qici-zuihou-not-speech': {
    source: 'https://zhenhaomai.com/d3zw/28541/3024583.html',
    kind: 'non-speech: novel (a wedding scene in which the groom thanks the guests)',
    tests: 'site name "第三中文网" and a chapter heading with a page count "41 婚礼(中) (第1/2页)"; narration around the groom\'s three quoted paragraphs “首先,…” / “其次,…” / “最后,…” (a sequence run by the letter of the rules, but inside quotes in a novel); crowd cheers in quotes; a novel, not a speech, so no outline',
    isSpeech: false,
    title: '41 婚礼(中)',
    noise: [],
    outline: [],
  },
};
