// Gold specs for holdout round 158, part C (cases 13–18): fire safety (消防安全月, 119 消防宣传日, 消防 工作会议, 消防 演练 —
// their 讲话, 致辞, 主持词, 演讲稿, and their look-alikes: a 消防 演练 方案 and an essay on a 消防大队).
// Four spoken pieces (a fire-safety 讲座稿 for pupils on a how-to ("经验") site (zhanbuba.com, "/jingyan_<id>"): a crumb
// "当前位置: 首页 经验资讯 教育经验 <title>" ending in the title, the title line, an "更新时间:2021-06-15 13:43:59" line, then the
// lecture in three indented paragraphs numbered "1、" "2、" "3、" by the site's step template (intro, examples, closing), a
// "关键词: 消防 安全 知识 教育 讲座" tag line and a bare "实用工具" line, 584 characters, the whole stored page; a school's
// 消防知识讲座 host script on its own CMS (xafirst.com.cn, "FirstNewsShow.aspx?articleId=<n>"): the headline
// "消防安全知识讲座【关注消防 关注生命】" with the lecture's slogan in 【】, indented paragraphs with indents of 4–7 spaces, an SEO
// keyword run "消防安全培训主持词消防安全培训主持词" glued between "巨大损失" and the full stop, a line holding one space, the
// host introducing the guest instructor ("我们很荣幸地邀请到…为大家做消防知识讲座") and speaking again after the lecture
// ("老师们、同学们!…我们收获良多"), cut after a comma; a pupil's 国旗下演讲 on a senior school's site (zz2z.net.cn,
// "/xueshengfazhanzhongxin/guoqixiayanjiang/<n>.html"): the column label "国旗下演讲" as the first line, no title, no
// salutation, a lyrical opening, a dated campus fire as the example, a quoted 短歌行, "同学们," late in the text, then the
// ceremony's roster "升旗仪式人员名单(九一班)" with eight "主持:…" / "旗手:…" / … / "宣读:" lines, the last one empty; a
// 森林防火 演讲稿 as the answer on a Q&A mirror (9jiaoyu.com, "/shenghuo/<n>.html"): a bullet crumb "• 首页>生活 > 教育", the
// page title "• 森林防火的演讲稿" with a bullet, the question numbered "1.关于森林防火的演讲稿,要长点的啊,谢谢", the answer's
// subtitle "——同一片蓝天,共爱一个家园", flattened units "1万hm2" / "300万m3", a stray space "瘦 小", an unbalanced closing quote
// used as an opening one ("可谓”护林防火重于泰山”"), a hex copy-marker "7a686964616fe58685e5aeb931333337383263" glued between a
// comma and "但我知道", a jammer run "大川旦贬秆撞飞鳖时搏江" glued inside "请叔叔…伯、阿姨大娘们", cut mid-phrase ("严禁")) and two
// written look-alikes (a hospital's 消防应急演练方案 on a finance-keyword article farm (yinlingw.com, "/caijing/<n>.html"): the
// title, a glued brand tag "【www.yinlingw.com--ST股新规】", a borrowed summary about a 发酵车间 drill run into a "引领财经网今天为
// 大家精心准备了…" promo, the plan's title again, spaced labels "火 灾 类 型:" / "演 练 时 间:", a hard wrap inside "设" / "备科",
// "一、" / "(一)" / "二、" / "三、" headings — a written plan, not a speech; an essay praising a county 消防大队 on an article
// community (nipei.com, "/t/<n>-<slug>.html"): a crumb, the title "同志,你可知道吗?" twice (crumb and heading), a "<date>
// 作者:… 阅读量:410 推荐0次 | 我要投稿" line, a site 导读 lead, then the essay opening with the same address "同志,你可知道
// 吗?" and telling the brigade's life in the third person — a written essay, not a speech).
// Judgement calls: 13 is a speech: a 讲座稿 is a lecture read to an audience (as round 11 case 02's 讲课稿), and it speaks to
// "大家" and "同学们" in the first person; the crumb (with "经验资讯 教育经验" listed again as its distinctive part), the
// 更新时间 line, the 关键词 line and "实用工具" are the site's; the title line is the title (its copy at the end of the crumb
// goes with the crumb). The "1、" "2、" "3、" open the three paragraphs, so by outline-rules.md they are block arabic headings
// and a run; but the site numbers the paragraphs of every 经验 page as steps, and a reader takes these three (opening,
// examples, appeal) for no points of the lecture → kept in the body, all three optional level 1 (the rules and a reader
// disagree), their text the first sentence, 2、's cut at the first comma (its sentence runs to 97 characters). 14 is a
// speech: a 主持词 — the host opens the lecture, introduces the instructor and closes after it (the glued keyword run itself
// names the genre); the headline is the page's only title line and is taken whole, the 【关注消防 关注生命】 slogan being the
// lecture's theme, not a site tag (as round 156 case 14 took "第十三周晨会 科技节"); the glued keyword run is cut (listed whole
// and as "消防安全培训主持词"); the address "老师们、同学们!" comes only in the last paragraph and stays there; no outline.
// 15 is a speech (the column label names the genre, the text speaks to "同学们"): "国旗下演讲" is the column's label, not the
// speech's name, so it is noise and the title is "" (as round 4 case 08's "聞校長國旗下講話" label and round 116 case 13's CMS
// headline); the roster lines belong to the ceremony record, not the speech → noise, each line whole, "宣读:" included;
// no outline. 16 is a speech: the Q&A page's answer is a 演讲稿 (title naming the genre; the piece speaks to its hearers,
// "请叔叔…伯、阿姨大娘们切记"), as collection pages whose first piece is a speech count as speeches; the title is the page title
// "森林防火的演讲稿" without its bullet; the crumb and the asker's question "1.…" are noise (the "1." is the site's question
// number, not an outline marker); the hex copy-marker and the jammer run are cut by `replace` (each listed), which leaves
// "请叔叔伯、阿姨大娘们" as the site's text has it; "瘦 小", "1万hm2" and the stray "”" stay; the "——同一片蓝天,共爱一个家园"
// subtitle is a body paragraph and an optional level-1 dash item (as round 3 case 08). 17 and 18 are written: a 方案 with
// numbered sections (its 一、/(一) are no speech outline) and an essay whose opening "同志,你可知道吗?" is rhetoric addressed
// to the reader, the brigade told in the third person (as round 3 case 17, a piece that quotes an address is still
// written). Both: isSpeech false, title "", no noise, no outline. Names of private people (the instructor, the pupils in the
// roster, the hospital's staff, the essay's poster) and the training centre and hospital were replaced by fictional ones;
// the prose was rewritten; the classical quotation in 15 and the public fires named in 13 and 15 stay.
// Looked for and not found on a new host: a 消防工作会议 or 冬春火灾防控 讲话 with 一、/（一） headings or 一是/一要 points (dawenge,
// pyh678, e.wenmi.ren, m.wenke99, wenku.docs.qq.com, jcsycorp, plammmp, 3du.tw, m.wydbw, sanweiyuan, m.7rdy, gongwenku1,
// m.bimoxiezuo, xiaocaofanwen, yamab2b, 6dgww, mswk, 777doc, 413yy, cornels-photography, wm114 are used); a 119 消防宣传月
// 启动仪式 致辞 or 讲话 (wuwu123, cailiaogo, cha116, wmjy, bookm, m.kaoyanmiji are used; the rest were news reports); a 消防演练
// 讲话 or 主持词 (jjfwb, 9000bbs, haojob123, jihtu, xiexiebang, hgxm, bookm, m.sarr, chaojikaoba, m.zixin, lovfp, m.tui555,
// 11gw, m.refanwen are used); a 消防 知识竞赛/运动会/技能比武 主持词 or 致辞 (m.shenghuoriji, alatiku are used; the corpus answers
// with news reports); a 消防救援 党课, 授衔/入职 仪式 发言 or 春节慰问 讲话 (only news reports and generated articles); a
// traditional-script mirror of a 消防 讲话 with numbered points (jcsycorp, plammmp, 9000bbs, 3du.tw, yamab2b, m.p719, dybbs8
// are used; m.xei.net.cn's 廣播稿 is no speech of the listed genres); a 森林防火 讲话 with 一是/一、 points (popartistsnft,
// cornels-photography, 555357.cc, www.p719.cn are used; lookme-vision is a twin, below). Neighbouring themes gave only used
// hosts too (m.kt250.com's 防灾 演练 动员讲话 — named as used in rounds 88, 105, 121 and 155). So only 13 (optional 1、2、3、)
// and 16 (an optional dash subtitle) carry outline items, all optional; round 116's part C found the theme exhausted the
// same way.
// Template twins considered: lookme-vision.com, popartistsnft.com and hbshangdie.cn (森林防火 讲话/演讲稿 collections opening
// with "- 相關推薦", the ruiwen family's line over the title, as round 156 set aside m.miyingbi.com); www.awee.cn and kqyc.cn
// (the "/wenku/<col>/<id>" and "您的当前位置:首页正文 … 来源:…网" pages ending "因篇幅问题不能全部显示,请点此查看更多更全内容",
// the used m.sarr.cn/m.stra.cn/lovfp template of shared case 84 — a 国旗下 speech run through a synonym spinner, "德律风");
// m.ketangku.com (a 消防 演讲稿 in "1、…2、…3、" page-chunk viewer text, the used m.zixin.com.cn/m.wnwk.com layout, as round 140
// set aside m.163wenku.com); www.111cn.net (base domain used); hjzygc.fdzcxy.edu.cn (a college talk on 消防安全周, 480
// characters with no title and no address to open it — too short and left aside). None of the six pages shares a noise line
// with a used page: "经验资讯", "消防安全培训主持词", "升旗仪式人员名单", "首页>生活", the hex marker, "ST股新规", "引领财经网",
// "文章写作社区" and "推荐0次" occur in no page of the holdout or the shared corpus.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZB_CRUMB = '当前位置: 首页 经验资讯 教育经验 消防安全知识教育讲座稿';
const ZB_TITLE = '消防安全知识教育讲座稿';
const ZB_META = '更新时间:2021-06-15 13:43:59';
const ZB_TAGS = '关键词: 消防 安全 知识 教育 讲座';
const ZB_TOOLS = '实用工具';

const XF_TITLE = '消防安全知识讲座【关注消防 关注生命】';
const XF_SEO = '消防安全培训主持词消防安全培训主持词';

const ZZ_LABEL = '国旗下演讲';
const ZZ_ROSTER = [
  '升旗仪式人员名单(九一班)',
  '主持:赵芮',
  '旗手:孙启航、贺景澄、邵一鸣',
  '护旗手:韩语桐、冯思琪',
  '指挥:钱雨涵',
  '演讲:苏若晴',
  '新闻播报:魏子墨',
  '阅读时光:陶欣然',
  '宣读:',
];

const JY_CRUMB = '• 首页>生活 > 教育';
const JY_TITLE_LINE = '• 森林防火的演讲稿';
const JY_TITLE = '森林防火的演讲稿';
const JY_QUESTION = '1.关于森林防火的演讲稿,要长点的啊,谢谢';
const JY_HEX = '7a686964616fe58685e5aeb931333337383263';
const JY_JAMMER = '大川旦贬秆撞飞鳖时搏江';

export const specs = {
  '13-jiangzuo-zhanbuba-xiaofang-jingyan-crumb-step-numbers-keywords': {
    source: 'https://zhanbuba.com/jingyan_eyqkoppbfqkm',
    kind: 'speech: 讲座稿 (a fire-safety lecture for pupils on a how-to "经验" site)',
    tests: 'a crumb "当前位置: 首页 经验资讯 教育经验 <title>" ending in the title; the title line; an "更新时间:2021-06-15 13:43:59" line; three indented paragraphs numbered "1、" "2、" "3、" by the site\'s step template (opening, examples, appeal: block arabic markers by the letter of the rules, no points for a reader — kept, optional); 2、\'s first sentence over 50 characters (cut at the first comma); "同学们," opening the closing paragraph; a "关键词: 消防 安全 知识 教育 讲座" tag line and a bare "实用工具" line; 584 characters, the whole stored page',
    isSpeech: true,
    title: ZB_TITLE,
    noise: [ZB_CRUMB, '经验资讯 教育经验', ZB_META, ZB_TAGS, ZB_TOOLS],
    dropLines: [ZB_CRUMB, ZB_TITLE, ZB_META, ZB_TAGS, ZB_TOOLS],
    outline: [
      { level: 1, marker: '1、', text: '每年的11月9日是全国消防宣传日', optional: true },
      { level: 1, marker: '2、', text: '消防知识的欠缺、防火意识的淡漠', optional: true },
      { level: 1, marker: '3、', text: '同学们,再宏伟的理想,再美好的前途,都要以我们的生命安全和身心健康为前提', optional: true },
    ],
  },
  '14-zhuchici-xafirst-xiaofang-jiangzuo-glued-keyword-run-bracket-title-late-address': {
    source: 'http://xafirst.com.cn/FirstNewsShow.aspx?articleId=1903',
    kind: 'speech: 主持词 (the host\'s opening and closing words at a school\'s 消防知识讲座; school CMS page)',
    tests: 'a headline with the lecture\'s slogan in 【】 ("消防安全知识讲座【关注消防 关注生命】") as the only title line, no genre word in it; paragraphs indented with 4–7 spaces; an SEO keyword run "消防安全培训主持词消防安全培训主持词" glued between "巨大损失" and the full stop; a line holding one space; statistics with an em-dash range ("3000—4000人"); the host introducing the instructor ("我们很荣幸地邀请到…为大家做消防知识讲座") and, after the lecture, the address "老师们、同学们!" only in the last paragraph; cut after a comma',
    isSpeech: true,
    title: XF_TITLE,
    noise: [XF_SEO, '消防安全培训主持词'],
    replace: [[XF_SEO, '']],
    dropLines: [XF_TITLE],
    outline: [],
  },
  '15-yanjiang-zz2z-guoqixia-xiaofang-column-label-roster-tail-no-title': {
    source: 'http://zz2z.net.cn/xueshengfazhanzhongxin/guoqixiayanjiang/983.html',
    kind: 'speech: 国旗下演讲 (a pupil\'s, on fire safety; senior school site)',
    tests: 'the column label "国旗下演讲" as the first line (noise, not a title: the page shows no title); no salutation, a lyrical three-clause opening line; a dated campus fire as the example; a quoted line of 短歌行; "同学们," only late in the text; the ceremony roster after the speech: "升旗仪式人员名单(九一班)" and "主持:…", "旗手:…", "护旗手:…", "指挥:…", "演讲:…", "新闻播报:…", "阅读时光:…" lines and an empty "宣读:" at the cut',
    isSpeech: true,
    title: '',
    noise: [ZZ_LABEL, ...ZZ_ROSTER],
    dropLines: [ZZ_LABEL, ...ZZ_ROSTER],
    outline: [],
  },
  '16-yanjiang-9jiaoyu-senlin-fanghuo-qa-page-question-1dot-hex-leak-jammer-dash-subtitle': {
    source: 'http://9jiaoyu.com/shenghuo/1604.html',
    kind: 'speech: 演讲稿 (a 森林防火 speech given as the answer on a Q&A mirror)',
    tests: 'a bullet crumb "• 首页>生活 > 教育"; the page title with a bullet ("• 森林防火的演讲稿"); the asker\'s question numbered "1.关于森林防火的演讲稿,要长点的啊,谢谢" (noise; its "1." is no outline marker); the answer\'s subtitle "——同一片蓝天,共爱一个家园" (body, optional dash item); indented paragraphs; flattened units "1万hm2" / "300万m3"; a stray space "瘦 小"; a closing quote mark used as an opening one ("可谓”护林防火重于泰山”"); a hex copy-marker "7a686964616fe58685e5aeb931333337383263" glued between a comma and "但我知道"; a jammer run "大川旦贬秆撞飞鳖时搏江" glued inside "请叔叔…伯、阿姨大娘们"; cut mid-phrase ("严禁")',
    isSpeech: true,
    title: JY_TITLE,
    noise: [JY_CRUMB, JY_QUESTION, JY_HEX, JY_JAMMER],
    replace: [[JY_HEX, ''], [JY_JAMMER, '']],
    dropLines: [JY_CRUMB, JY_TITLE_LINE, JY_QUESTION],
    outline: [
      { level: 1, marker: '——', text: '同一片蓝天,共爱一个家园', optional: true },
    ],
  },
  '17-fangan-yinlingw-yiyuan-xiaofang-yanlian-glued-brand-borrowed-summary-yi-paren-not-speech': {
    source: 'https://www.yinlingw.com/caijing/50294.html',
    kind: 'non-speech: 方案 (a hospital\'s 消防应急演练方案 on a finance-keyword article farm)',
    tests: 'the title; a glued brand tag "【www.yinlingw.com--ST股新规】" (a stock-market keyword); a borrowed summary about a 发酵车间 drill run into the promo "引领财经网今天为大家精心准备了…,希望对大家有所帮助!"; the plan\'s title again; spaced labels "火 灾 类 型:" / "演 练 时 间:" / "演 练 地 点:"; a hard wrap inside a word ("设" / "备科"); "一、…" / "(一)…" / "二、目的:" / "三、演练背景" headings with the drill\'s organisation and aims — a written plan, not a speech; cut mid-word ("火灾扑")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '18-article-nipei-tongzhi-ni-kezhidao-xiaofang-dadui-crumb-meta-daodu-address-title-not-speech': {
    source: 'https://www.nipei.com/t/20677-nikezhidao-tongzhi.html',
    kind: 'non-speech: article (an essay praising a county 消防大队 on an article-writing community)',
    tests: 'a crumb "当前位置:文章写作网 >文章写作社区 ><title>"; a title that reads as an address ("同志,你可知道吗?"); a "<date> 作者:… 阅读量:410 推荐0次 | 我要投稿" line; a site "导读" lead glued to its text; the essay opening with the same rhetorical address and a "?!" pair, the brigade\'s life told in the third person (他们…, 消防战士们…), dash-set colour images ("那…铁黑色——无惧火中险") — a written essay, not a speech; cut mid-sentence ("不少人都见过他们")',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
