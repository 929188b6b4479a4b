// Gold specs for holdout round 104, part B (cases 07–12): kindergartens and preschool (幼儿园 开学典礼, 六一, 家长会,
// 毕业典礼 — principals' and parents' speeches, and their look-alikes).
// Four spoken pieces (a principal's new-term 发言稿 on a 公文 template site (zmiw.cn): a breadcrumb "当前位置:公文荟萃 > 公文写作 >
// …(最新3篇)", the page title with its count, a promo whose first sentence is general talk about kindergartens and whose second
// is "下面是书包范文为小伙伴们带来的…", a piece heading "篇一:幼儿园新学期园长发言稿 篇一", the salutation glued to "你们好!" and
// the first sentence, block 一是/二是 points ("两个好消息"), a "园长妈妈(爸爸)" template slot, a backtick glued mid-phrase
// ("的`小哥哥"), "请配合我们做好以下工作:" and block 1、…4、 items, cut inside 4、 ("书包里常"); a principal's graduation 发言稿 on an
// old article site (data.06abc.com): the title, a "来源: <kindergarten> 有0人参与" line, the salutation and "你们好!" on lines of
// their own, verse-like lines ending in semicolons and no punctuation, four of them printed twice in a row by the site, and a
// "本文来源:来自用户上传,如涉及原文作者版权请留言本站,本站" footer cut mid-sentence; a parent representative's 发言 at a
// kindergarten's New Year gathering on a 文案 site (ptxcb.cn) with no title and no site noise in the capture: a courtesy
// "首先," inline after "…妈妈。" and a closing "最后," paragraph, "XX班XX小朋友" and "XX幼儿园" slots beside a real kindergarten
// name; a 六一 园长致辞 as an SEO blog post (ncljfsl.com): no title line, a third-person summary first ("最新六一园长致辞强调了…
// 致辞指出,…园长表示…"), then the address in the first person ("大家好!…作为园长,我…") broken up by bare generated
// sub-headings "节日背景" / "重要事件回顾" / "影响及地位", cut mid-sentence) and two written look-alikes (a kindergarten's National Day
// holiday 通知 to parents on an education portal (jyjsfz.cn/njchyey): an addressee line "尊敬的家长们:" (looks like a
// salutation), the schedule, "希望家长能配合幼儿园做好以下几方面工作:" and block 1、…4、 items, "特此告知", the kindergarten's name and
// date — a notice, not a speech; a Taiwanese local news report in traditional script (yuanfengmedia.tw) on a kindergarten's
// graduation ceremony: a "【記者…台中報導】" lead, paragraphs opening "首先" / "接著" / "緊接而來", the principal's words reported
// after "表示," in the first person without quotation marks, a lone "分享" button line — a report, not a speech).
// Judgement calls: 07's title is the piece's own title (the piece heading without "篇一:" and " 篇一", which equals the page title
// without "(最新3篇)"); the crumb, the page title line, the promo and the piece heading are noise lines; the backtick is cut and
// listed with its neighbours. The two 一是/二是 paragraphs open with the marker, so they are block points (required, level 1: no
// heading above them); 1、…4、 are block arabic headings (required, level 1, the top heading rank in the speech), each text its
// first sentence; 4、's text is the whole cut line "书包里常" (no sentence end). 08: the "来源:… 有0人参与" line and the footer are
// noise; the second copy of the four verse lines is the site's duplication (as round 5 case 05) and is cut by one exact
// replacement without a noise string (its text equals the first copy); the verse lines stay separate paragraphs as printed; no
// outline. 09: no title (the page starts at the salutation), title ""; "首先," inline after a full stop and the closing "最后,"
// paragraph are courtesy words with no 其次 between them → both optional level 1 (as round 4 case 06). 10 is a speech (the
// document addresses its audience in the first person as the principal); the summary line is the site's lead (as round 72
// case 02's press lead) and is noise; the bare sub-headings are the document's own (generated) structure and stay as body
// paragraphs; no marker, so no outline; title "". 11 and 12 are written, not speeches; neither capture shows a headline, so
// their informational title is "". Names of private people (the reporter, the principal in 12, the child in 09) were
// replaced by fictional ones; the prose was rewritten.
// Looked for and not found on a fresh, non-twin host: a second speech with numbered points — a 学前教育 工作会议 / 宣传月 启动仪式
// 讲话 with 一、 headings stands on used hosts (zgkjsz, soolun and ppdoc periodical previews, jinrimiaobi, taowenge); 家长会 园长讲话
// with 一、 headings on used lgfwz, wenrenren, wenke99, wenku.docs.qq.com; a 毕业典礼 主持词 with 一、园长讲话 agenda headings on used
// wenrenren and on m.5068.com (a twin, below); a 六一 园长致辞 with inline 一、二、三、 on xszwdq.com (a twin, below); a
// kindergarten board chairman's graduation 讲词 with 1.–6. on soonhengsimanggang.blogspot.com, set aside because its base domain
// blogspot.com is used (round 90 set hongkongfirst.blogspot.com aside for the same reason); a traditional-script mirror of a
// kindergarten speech on an unused non-twin host; a 文库/docx viewer page (wenke99, xiaomilidoc, taowenge, 365docx, diyiwenku,
// m.zgxue all used). Pages set aside as too short for a 610-character capture: diancipan.com (a 六一 and 端午 园长致辞, ~510
// characters), jnstqqbhyey.com (a 中秋 放假 通知, ~430), crter.cn and cdns.com.tw (news, under 520).
// Template twins set aside: wenshubang.com and fanwen.mg188.cn (ruiwen's "时间:… 演讲稿 我要投稿" meta, "- 相关推荐", "…15篇",
// "…1" piece headings); cqoiio.com (the "title / 时间:… / title / title" head with a 小编 promo); xianruitang.com (a traditional
// ruiwen mirror: "以下是小編為大家收集的…,希望能夠幫助到大家", "…發言稿1" headings); athomedrugdetox.com and m.5068.com (学习啦's
// "學習啦 > 實用范文 > …" crumb and "<poster>N 分享" meta, as round 20's and the zh056/rzpgrj notes); xszwdq.com (the "时间:…来源:<推荐
// 访问:…" meta of round 7's gwzjk.com); www.hifi-shopping.com (51test's "时间:…   来源:…     [字体: ]" head under a casino brand);
// shangjiatang.cn (the "/wenku/<4 letters>/<id>" "您的当前位置:首页…" farm of the used m.zgxue.com and baijiahaobaidu.com);
// bbs.smxe.cn and the other "/jxfw/<yyyymm>/" hosts (tyusoft, rcj99, gzlsly, dlss, cqtzb, peee, tynfd, shuyang.tv, ugtv8 — the
// czt/jjcmw farm).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ZM_CRUMB = '当前位置:公文荟萃 > 公文写作 > 幼儿园新学期园长发言稿(最新3篇)';
const ZM_PAGE_TITLE = '幼儿园新学期园长发言稿(最新3篇)';
const ZM_PROMO = '幼儿园的任务为解除家庭在培养儿童时所受时间、空间、环境的制约,让幼儿身体、智力和心情得以健康发展。下面是书包范文为小伙伴们带来的幼儿园新学期园长发言稿(最新3篇),希望能够帮助到小伙伴们。';
const ZM_PIECE = '篇一:幼儿园新学期园长发言稿 篇一';

const AB_TITLE = '繁昌幼儿园大班毕业典礼园长发言稿';
const AB_META = '来源: 温岭市繁昌小区幼儿园 有0人参与';
const AB_FOOTER = '本文来源:来自用户上传,如涉及原文作者版权请留言本站,本站';
const AB_VERSE = [
  '每个黄昏,我们会想起你们一张张笑脸。',
  '今天,你们是一只只欢快的小鸟,要从这里起飞;',
  '今天,你们是一艘艘幸福的小船,要从这里扬帆;',
  '今天,你们是一匹匹奔跑的小马,要从这里出发',
].join('\n');

const NC_LEAD = '最新六一园长致辞强调了节日的意义和孩子们的快乐。致辞指出,六一儿童节是孩子们的节日,也是展现孩子们天真活泼、快乐成长的日子。园长表示祝愿孩子们在这个特殊的日子里玩得开心、学得快乐,并鼓励孩子们勇敢追求梦想,展现自己的才华。园长也感谢家长和社会各界对幼儿园的支持和关注,希望家园共同携手,为孩子们创造更加美好的成长环境。';

export const specs = {
  '07-fayan-zmiw-xinxueqi-yuanzhang-crumb-shubao-promo-pian1-yishi-arabic-backtick': {
    source: 'http://www.zmiw.cn/html/23235.html',
    kind: 'speech: 发言稿 (a principal at a kindergarten\'s new-term opening ceremony; 公文 template site, collection page)',
    tests: 'a breadcrumb "当前位置:公文荟萃 > 公文写作 > 幼儿园新学期园长发言稿(最新3篇)"; the page title with "(最新3篇)"; a promo whose first sentence is general talk about kindergartens and whose second is "下面是书包范文为小伙伴们带来的…,希望能够帮助到小伙伴们。"; a piece heading "篇一:幼儿园新学期园长发言稿 篇一" carrying the title; the salutation "亲爱的小朋友、家长朋友:" glued to "你们好!" and the first sentences; "两个好消息" announced, then block 一是/二是 paragraphs; "园长妈妈(爸爸)" and XX template slots; a backtick glued mid-phrase ("的`小哥哥"); "请配合我们做好以下工作:" and block 1、2、3、 items whose first sentence ends in 。 ("8:00" inside 1、); cut inside 4、 ("书包里常")',
    isSpeech: true,
    title: '幼儿园新学期园长发言稿',
    noise: [ZM_CRUMB, ZM_PAGE_TITLE, ZM_PROMO, ZM_PIECE, '(最新3篇)', '下面是书包范文为小伙伴们带来的', '的`小哥哥'],
    replace: [['的`小哥哥', '的小哥哥']],
    dropLines: [ZM_CRUMB, ZM_PAGE_TITLE, ZM_PROMO, ZM_PIECE],
    outline: [
      { level: 1, marker: '一是', text: '我们幼儿园来了XX位新伙伴,让我们用最响亮的掌声欢迎他们走进这个温馨的大家庭' },
      { level: 1, marker: '二是', text: '以前就在幼儿园的小朋友都升了一个班,都成了哥哥姐姐,让我们一起拍拍小手为他们庆祝' },
      { level: 1, marker: '1、', text: '请家长坚持每天8:00前送孩子来园,帮助孩子早日适应幼儿园的生活' },
      { level: 1, marker: '2、', text: '多和老师交流,如果假期里孩子在家有一些特别的表现,请家长及时告诉老师' },
      { level: 1, marker: '3、', text: '孩子生病需要服药的,请家长早上入园时交给保健医生,避免错服漏服' },
      { level: 1, marker: '4、', text: '书包里常' },
    ],
  },
  '08-fayan-06abc-biye-yuanzhang-laiyuan-canyu-meta-repeated-block-footer': {
    source: 'http://data.06abc.com/20071103/4795.html',
    kind: 'speech: 发言稿 (a principal at a kindergarten\'s graduation ceremony for the top class; old article site)',
    tests: 'the title; a "来源: 温岭市繁昌小区幼儿园 有0人参与" line naming the kindergarten and an empty participation count; the salutation "亲爱的小朋友们:" and "你们好!" on lines of their own; verse-like lines ending in semicolons and one with no punctuation ("…要从这里出发"); four of these lines printed a second time in a row by the site (cut, not listed); a copyright footer "本文来源:来自用户上传,如涉及原文作者版权请留言本站,本站" cut mid-sentence; no numbered points',
    isSpeech: true,
    title: AB_TITLE,
    noise: [AB_META, '有0人参与', AB_FOOTER, '来自用户上传,如涉及原文作者版权请留言本站'],
    replace: [['\n' + AB_VERSE + '\n今天为', '\n今天为']],
    dropLines: [AB_TITLE, AB_META, AB_FOOTER],
    outline: [],
  },
  '09-fayan-ptxcb-yuandan-jiazhang-daibiao-no-title-shouxian-zuihou-courtesy': {
    source: 'http://www.ptxcb.cn/wenandaquan/298957.html',
    kind: 'speech: 发言 (a parent representative at a kindergarten\'s New Year gathering; 文案 site)',
    tests: 'no title and no site noise in the capture: the page starts at the long salutation "尊敬的幼儿园领导,各位老师,亲爱的家长和可爱的小朋友们:"; "我是XX班XX小朋友的妈妈。首先,我要感谢…" — a courtesy 首先, inline after a full stop, and "我首先祝…" without a separator; "XX幼儿园" slots beside a real kindergarten name; a closing "最后," paragraph with no 其次 between; "谢谢大家!" at the end — a do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '我要感谢万婴幼儿园给了我这样一个机会,让我代表家长们说几句话,我觉得十分光荣', optional: true },
      { level: 1, marker: '最后,', text: '我要再次感谢各位老师为孩子们的辛勤付出和默默奉献', optional: true },
    ],
  },
  '10-zhici-ncljfsl-liuyi-yuanzhang-seo-summary-lead-bare-headings-no-title': {
    source: 'http://www.ncljfsl.com/post/16649.html',
    kind: 'speech: 致辞 (a principal\'s 六一 address, as a generated SEO blog post)',
    tests: 'no title line; a third-person summary first ("最新六一园长致辞强调了…。致辞指出,…。园长表示…") — the site\'s lead, not the speech; then the address in the first person opening "大家好!…作为园长,我…" with the salutation glued to the body; bare generated sub-headings "节日背景", "重要事件回顾", "影响及地位" (no markers) between long comma-spliced paragraphs; cut mid-sentence ("六一儿童节的庆祝")',
    isSpeech: true,
    title: '',
    noise: [NC_LEAD],
    dropLines: [NC_LEAD],
    outline: [],
  },
  '11-tongzhi-jyjsfz-chunhui-guoqing-fangjia-salutation-arabic-signature-not-speech': {
    source: 'https://www.jyjsfz.cn/njchyey/info/1005/2030.htm',
    kind: 'non-speech: 通知 (a kindergarten\'s National Day holiday notice to parents; district education portal)',
    tests: 'an addressee line "尊敬的家长们:" that looks like a salutation and a festive greeting after it; the holiday schedule with dates and weekdays in parentheses; "希望家长能配合幼儿园做好以下几方面工作:" and block 1、…4、 items; "特此告知,谢谢您的合作。", the kindergarten\'s name and the date "2013-9-25" — a written notice, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '12-news-yuanfengmedia-big5-dali-youeryuan-biye-dianli-shouxian-quote-not-speech': {
    source: 'https://yuanfengmedia.tw/detail.php?id=43499&keyword=8&type=search',
    kind: 'non-speech: news report (traditional script; a Taiwanese local news site on a kindergarten\'s graduation ceremony)',
    tests: 'a "【記者…台中報導】" lead; paragraphs opening "首先" (no comma), "接著", "緊接而來" narrating the ceremony; a paragraph without a closing full stop; the principal\'s words reported after "表示," in the first person ("我們希望孩子們…") with no quotation marks, then a paragraph in her voice ("今天不只是畢業,…感謝家長的信任"); a lone "分享" button line — a report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
