// Gold specs for holdout round 73, part B (cases 07–12): prisons, drug control and community corrections (监狱, 戒毒所,
// 禁毒, 6·26 国际禁毒日, 社区矫正, 司法所, 帮教 — meetings, ceremonies, 帮教 talks, and their look-alikes).
// Four spoken pieces (a primary-school teacher's 国旗下讲话 for the 国际禁毒日 on the school's 德育 column (ndsffx.com): a
// "德育之窗" column label, a breadcrumb "当前位置:首页 >德育之窗 >国旗下讲话", the site's headline "<name>:<title>", an
// "作者:<name>(文) 来源:" line with an empty source, a "发布日期:… 阅读:930次" line, trailing spaces after many lines, the
// salutation, a block "首先要看清毒品,…。" line (首先 without a comma), block "1."/"2."/"3." lines whose third holds "一要…,
// 二要…,三要…" after commas, the closing, an "审核人:<name>" credit, and the school's copyright/ICP and "技术支持" footer lines;
// the text of a Youth League leader's 讲话 on preventing juvenile crime (重点青少年群体, 服刑在教人员未成年子女 among them),
// on a hijacked league site (guoyugongsi.com): a breadcrumb "您当前位置:bet365体坛即时比分 >> 团内文件 >> 浏览文章" with a
// betting brand in the home crumb, the title, a "2012-8-30 16:03:42中国共青团网 【字体:" line (time glued to the source,
// the font widget cut), the speech's date "(2012年6月13日)" glued to its first sentence, an indented "一、" heading line
// and an indented "(一)" heading line, cut mid-word ("青少"); the UN Secretary-General's message for the 国际禁毒日 on an
// exam-prep site's bilingual study page (kaosee.cn): a "UN 2024-06-26 54次" source/date/views line, the English title and
// then the Chinese title (…国际日致辞), the date in English and in Chinese, then English and Chinese sentences on
// alternate lines, with curly apostrophes and spaced en dashes, cut mid-sentence ("living with"); the second page of a
// 国旗下演讲稿 on a traditional-script mirror with converter pinyin (lpo831.com): the title with the page suffix "(2)", the
// salutation "老師們、同學(xué)們:", pinyin after 學/個/預/領/導/災/時/實/現/復/運/關/穩/當/項/務/構/強/環/護/遠 at every
// occurrence, the mirror's leftovers (這里, 以后, 系于, 范文), stray spaces after commas (", 今天"), a courtesy "首先," inside
// the first paragraph, "黨的勝利召開以后" with the congress's name dropped by the site, and a lone "老" where the capture
// ends) and two written look-alikes (a township's 国际禁毒日 倡议书 on a county government site (weixi.gov.cn): no headline in
// the capture, the addressee line "全乡各族群众、各位父老乡亲:" shaped like a salutation, "在此,我们向全乡各族群众发出号召:"
// and block "一、…" and "二、…" points, cut mid-word — a written appeal, not a speech; a web-novel chapter (caidui.net):
// "第156章 座谈会(1 / 2)", a "<book> <author> 1288 字 3天前" line, a bare "155", the narrator's account of the national
// 禁毒委, a leader's quoted "同志们,…" opening a 座谈会, speakers quoted "领导,各位领导,…", the site's censor hyphens
// ("毒-品", "欲-望") — narrative, not a speech).
// Judgement calls: 07's title is "远离毒品,珍爱生命" — the headline's "<name>:" speaker prefix goes (as round 10's
// "<speaker>:<title>(全文N字)" site title), the body confirms it ("我今天讲话的题目是“远离毒品,珍爱生命”"); the headline,
// the column label, the breadcrumb, both meta lines, the 审核人 credit and the footer lines are noise. "首先要…" has no comma
// (not in the rule table, as round 1's 03 and round 2's 09) → optional, level 1 (no heading above it); "1."/"2."/"3." are
// block arabic headings, the only heading family, so level 1 by the letter of outline-rules.md although a reader hangs them
// under 首先; each text is the first sentence (all ≤ 50 characters); "一要…,二要…,三要…" follow commas → prose. 08's date
// stays glued to the first paragraph (the speech's own date line; no break is invented); the betting brand is listed again as
// a shorter part; "(2012年6月13日)" is no paren-arabic marker (a year in brackets); "一、" level 1 and "(一)" level 2, whole
// lines. 09 is a speech (a 致辞 in its title, first person to the world); the bilingual study page keeps both languages as the
// document's text, so every English and Chinese line after the titles is a paragraph, the two date lines included (the
// message's own date); the English title line is the title in the other language — dropped as a title repeat, not listed as
// noise; the "UN …54次" line is noise. 10's title drops the page suffix "(2)" (noise "范文(2)", as round 44's "講話(2)") and
// keeps 范文; the pinyin goes by one regular expression; the inline courtesy "首先," is a run of one → no item; the lone "老"
// stays as the cut. 11 and 12 are written, not speeches. Private people's names (the teacher, the reviewer, the novel's
// author) were replaced by fictional ones; public figures' names stay; the prose was rewritten.
// Looked for and not found on a new host: a 讲话 at a 禁毒委/禁毒工作会议 with 一、/一是 points (gongwenhui.com — it is in
// test/pages though missing from used-hosts.txt —, bgzsck, taowenge, nepao, wm114, fanwy, 5728338 (a 社区矫正动员会 讲话
// with 一、/(一) on a traditional mirror) are used; xiexiebang.com's 禁毒动员讲话 with 一、二、三、 is in test/pages too); a 监狱
// 工作会议, 警示教育 or 监狱开放日 speech (the corpus answers with prison-system news, 监狱管理局 reports and novel chapters;
// wendang.net is used); a 社区矫正 入矫宣告/集中教育 talk or 司法所 帮教 讲话 (only news reports, law papers and an English
// machine translation on wodeyuanxiao.com); a 禁毒 主持词 or 启动仪式 script (news reports only); a 戒毒所 致辞 (news reports).
// Hence only 07 and 08 carry numbered points, and 08 stands next to the theme (juvenile-crime prevention and 帮扶 of 服刑在教人员
// children) rather than inside it. Not taken: qdguokai.com (a second school 禁毒 国旗下演讲, same kind as 07), zgmh.net (a
// translated 禁毒日 讲话稿 with no page furniture), g.460.net.cn (a 警察节 慰问信 to 监狱/戒毒 police), cnprison.cn (a 帮教大会
// news report quoting the talk).
// Template twins set aside: guoyugu.com (a traditional 社区矫正理论研讨会 发言稿 under bimobang's "当前位置 / 首页 > … / 推荐人:
// 來源: 閱讀: …次" template, set aside as such in earlier rounds); zbfsgm.com and p719.cn (学习啦's traditional mirror with
// "時間: 新華0 分享", and the "(優質14篇)"/"字號:" collection mirror — both hosts are used as well); wddqw.com (the "【#…#
// 导语】本文《…》由©…整理" head, used).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const ND_COLUMN = '德育之窗';
const ND_CRUMB = '当前位置:首页 >德育之窗 >国旗下讲话';
const ND_HEADLINE = '周晓岚:远离毒品,珍爱生命';
const ND_TITLE = '远离毒品,珍爱生命';
const ND_AUTHOR = '作者:周晓岚(文) 来源:';
const ND_META = '发布日期:2020-06-22 16:18:48 阅读:930次';
const ND_REVIEW = '审核人:林春和';
const ND_COPY = '版权宁德师范学院附属小学所有 备案号:闽ICP备16026840号-1';
const ND_TECH = '技术支持:福建电信翼商云';

const GY_CRUMB = '您当前位置:bet365体坛即时比分 >> 团内文件 >> 浏览文章';
const GY_TITLE = '陆昊同志在全国重点青少年群体服务管理和预防犯罪试点工作经验交流会上的讲话';
const GY_META = '2012-8-30 16:03:42中国共青团网 【字体:';

const KS_META = 'UN 2024-06-26 54次';
const KS_EN_TITLE = 'Message by UN Secretary-General António Guterres on the International Day Against Drug Abuse and Illicit Trafficking';
const KS_TITLE = '联合国秘书长安东尼奥·古特雷斯禁止药物滥用和非法贩运国际日致辞';

const LP_LINE = '國際禁毒日國旗下演講稿范文(2)';
const LP_TITLE = '國際禁毒日國旗下演講稿范文';

export const specs = {
  '07-guoqixia-jianghua-ndsffx-jindu-crumb-meta-name-title-shouxian-arabic': {
    source: 'http://www.ndsffx.com/doc/release?resourceId=6653&resourceType=3',
    kind: 'speech: 国旗下讲话 (a primary-school teacher on the 国际禁毒日; the school\'s 德育 column)',
    tests: 'a "德育之窗" column label; a breadcrumb "当前位置:首页 >德育之窗 >国旗下讲话"; the headline "<name>:远离毒品,珍爱生命" (speaker prefix); an "作者:<name>(文) 来源:" line with an empty source and a "发布日期:… 阅读:930次" line; trailing spaces after the salutation and many paragraphs; "。 6月26日" after a sentence end (no marker); a block "首先要看清毒品,…。" line (首先 without a comma, optional); block "1."/"2."/"3." lines, the third holding "一要劝阻,二要远离,三要报告…" after commas (prose); the closing; an "审核人:<name>" credit; copyright/ICP and "技术支持:…" footer lines indented with four spaces',
    isSpeech: true,
    title: ND_TITLE,
    noise: [ND_COLUMN, ND_CRUMB, ND_HEADLINE, '周晓岚:', ND_AUTHOR, ND_META, '阅读:930次', ND_REVIEW, ND_COPY, '闽ICP备16026840号-1', ND_TECH],
    dropLines: [ND_COLUMN, ND_CRUMB, ND_HEADLINE, ND_AUTHOR, ND_META, ND_REVIEW, ND_COPY, ND_TECH],
    outline: [
      { level: 1, marker: '首先', text: '要看清毒品,自觉主动的抵制毒品', optional: true },
      { level: 1, marker: '1.', text: '学习毒品知识,明白毒品的危害性,懂得“吸毒一口,毁灭一生”的道理' },
      { level: 1, marker: '2.', text: '接受禁毒法制教育,增强法律观念,懂得吸毒违法、贩毒犯罪的道理,坚持学法、守法,做遵纪守法的榜样' },
      { level: 1, marker: '3.', text: '如发现亲朋好友中有吸毒、贩毒行为的人,一要劝阻,二要远离,三要报告公安机关' },
    ],
  },
  '08-jianghua-guoyugongsi-yuqingshao-fanzui-casino-crumb-meta-date-glued-yi-paren': {
    source: 'http://guoyugongsi.com/html/htmltnwj1356.html',
    kind: 'speech: 讲话 (the Youth League\'s first secretary at a national exchange meeting on juvenile-crime prevention pilots; hijacked league site)',
    tests: 'a breadcrumb "您当前位置:bet365体坛即时比分 >> 团内文件 >> 浏览文章" whose home crumb is a betting brand; the title "…同志在…上的讲话"; a "2012-8-30 16:03:42中国共青团网 【字体:" line (time glued to the source, a cut font widget); paragraphs indented with two spaces and separated by blank lines; the speech\'s date "(2012年6月13日)" glued to its first sentence (no paren-arabic marker); no salutation line; "我主要讲两个方面的问题。"; a standalone "一、…" heading line and a standalone "(一)…" heading line; a long paragraph of "对…,…;对…,…" clauses; cut mid-word ("青少")',
    isSpeech: true,
    title: GY_TITLE,
    noise: [GY_CRUMB, 'bet365体坛即时比分', GY_META, '【字体:'],
    dropLines: [GY_CRUMB, GY_TITLE, GY_META],
    outline: [
      { level: 1, marker: '一、', text: '对前一阶段试点工作的回顾和总结' },
      { level: 2, marker: '(一)', text: '围绕目标定位开展了大量有针对性、成效明显的探索和实践' },
    ],
  },
  '09-zhici-kaosee-un-jinduri-bilingual-meta-en-title-date-lines': {
    source: 'https://kaosee.cn/home/news/article/id/9574.html',
    kind: 'speech: 致辞 (the UN Secretary-General\'s message for the International Day Against Drug Abuse; bilingual study page on an exam-prep site)',
    tests: 'a "UN 2024-06-26 54次" source/date/views line; the English title line, then the Chinese title "…国际日致辞"; the date in English ("26 June 2024") and in Chinese on lines of their own; English and Chinese sentences on alternate lines (English kept as the document\'s text); curly apostrophes and spaced en dashes; no salutation; cut mid-sentence ("living with")',
    isSpeech: true,
    title: KS_TITLE,
    noise: [KS_META, '54次'],
    dropLines: [KS_META, KS_EN_TITLE, KS_TITLE],
    outline: [],
  },
  '10-yanjiang-lpo831-big5-pinyin-jinduri-guoqixia-page2-title-suffix': {
    source: 'http://lpo831.com/yanjianggao/jieri/134053_2.html',
    kind: 'speech: 国旗下演讲稿 (a school official on the 国际禁毒日; page 2 on a traditional-script mirror with converter pinyin)',
    tests: 'the title with the page suffix "(2)" ("…演講稿范文(2)"); the salutation with pinyin ("老師們、同學(xué)們:"); pinyin after 學, 個, 預, 領, 導, 災, 時, 實, 現, 復, 運, 關, 穩, 當, 項, 務, 構, 強, 環, 護, 遠 at every occurrence; the mirror\'s leftovers (這里, 以后, 系于, 范文); spaces after some commas (", 今天", ", 事關(guān)"); a courtesy inline "首先," (a run of one, no item); "第一個(gè)挺身而出" (no marker); "黨的勝利召開以后" with the congress\'s name dropped; a lone "老" where the capture ends',
    isSpeech: true,
    title: LP_TITLE,
    noise: [LP_LINE, '范文(2)'],
    regexCut: [PINYIN],
    dropLines: [LP_LINE],
    outline: [],
  },
  '11-changyishu-weixi-gov-jinduri-addressee-colon-yi-er-not-speech': {
    source: 'http://www.weixi.gov.cn/zfxxgk_weixi/fdzdgknr/tzgg/202006/20200625_139944.html',
    kind: 'non-speech: 倡议书 (a township party committee and government\'s 国际禁毒日 appeal; county government notice column)',
    tests: 'no headline in the capture; the addressee line "全乡各族群众、各位父老乡亲:" shaped like a salutation; thanks "首先向…致以衷心的感谢!" inside the first paragraph; the township\'s record and the day\'s theme; "在此,我们向全乡各族群众发出号召:" then block "一、从我做起,…。" and "二、积极参与…" points; "第一口" in quotes; cut mid-word ("活") — a written appeal, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-novel-caidui-jinduwei-zuotanhui-chapter-meta-tongzhimen-hyphen-not-speech': {
    source: 'https://caidui.net/read/15498/1519306.html',
    kind: 'non-speech: novel (a web-novel chapter in which a ministry leader opens a 禁毒委 symposium with artists)',
    tests: 'a chapter heading "第156章 座谈会(1 / 2)"; a "<book> <author> 1288 字 3天前" line; a bare "155"; the narrator\'s account of the national 禁毒委; a leader\'s quoted opening "“同志们,…是吧?" over two paragraphs ending "”领导笑着说道。"; speakers quoted "领导,各位领导,…" and "第一要务" inside a quote; censor hyphens "毒-品", "欲-望" — narrative, not a speech',
    isSpeech: false,
    title: '第156章 座谈会',
    noise: [],
    outline: [],
  },
};
