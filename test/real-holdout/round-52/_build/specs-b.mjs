// Gold specs for holdout round 52, part B (cases 07–12): festivals and hosting. Four spoken pieces (a 元宵节 gala
// 主持词 for two hosts A/B on an SEO article site (djladysyren) that opens with a "今天来聊聊关于…的文章,…希望对各位小伙伴们
// 有所帮助。" promo line and then prints the script chopped into numbered sentences "1、" … "13、" (the number sometimes
// followed by a space, once splitting a closing quotation mark from its sentence: "…似月悬。\n7、” A宋朝…"), A/B speaker
// tags glued to the text, "--" for a dash, "中间(略)", a quoted Ming poem, cut mid-line ("13、 不展芳尊开"); a new-area
// leader's 发言稿 at a 元宵 folk-arts show on a 范文 site (fanwen.hongwu) under a one-line lead that explains the festival and
// ends in the site's promo "下面是第一范文网小编为大家整理了…,希望能够帮到你。", with a "…发言稿篇1" piece heading, no title
// line, cut mid-sentence ("作出重要"); a county government's 新春贺词 (laowenbi) under its title and four meta lines
// ("时间:2026-02-11", "字数:1526字", the brand "老文笔", "复制下载"), blank lines between all lines, "*" placeholders for the
// county's name throughout ("中共*县委", "平安*"), "这一年,我们…" paragraphs with no numbering, cut mid-word ("和谐稳"); a
// mayor's 致辞 at the press conference of a chrysanthemum fair, on a traditional-script news mirror (syxj) whose first line
// is an injected spam title, then a "頻道推薦>" headline bar, the headline (the speech's name, "…新聞發布辭"), a timestamp,
// a "我來說兩句打印文章發送給好友" tool line, the headline again wrapped in leaked "<P>…</P>" tags, a photo caption
// ("…市長周以忠(左二)") and an editor's lead "…致辭,以下是全部講話內容。", then the salutation; an inline "首先," with no
// 其次 after it, cut mid-sentence ("稱得上是我")) and two written look-alikes (a 贝贝文库 collection page (ozbb) titled
// "最新正月十五元宵节领导讲话 牛年元宵节领导致辞(七篇)" with a breadcrumb, the title, a poster line "作者: 曹czj", a 小编
// promo and the piece heading "…领导致辞篇一" — but the first piece is a child's first-person essay about going to see
// the lantern show, addressed to no audience; a template page (szmzsk) telling how to write the 主持词 for a 元宵 float
// parade, with 一、…四、 section headings, "- " bullet lines, quoted sample lines, the site's own doubled label
// "互动与互动环节" and a "示例主持词片段" whose "开场:" sample quotes a salutation and is cut mid-quote).
// Judgement calls: 07's title is "" (the page shows only the promo line and the script; the promo's "兔年元宵节主持词,
// 2020年元宵节主持词" is the article's SEO topic, not a title line); the promo line is noise; the "N、" sentence numbers
// open every line, so by outline-rules.md they are a run of arabic block headings 1、…13、 (level 1, text cut by the rules:
// first sentence, or its part before the first comma when longer than 50 characters, the whole remainder when the line
// has no sentence end); a reader sees a spinner's sentence numbering, not the host's structure, so all thirteen items
// are optional; the A/B tags, "--", "中间(略)" and the poem stay in the body. 08's title is the piece's own name without
// its piece number ("20xx年元宵节领导优秀发言稿"); the lead line (festival gloss + promo, one line) and the "…篇1" heading
// are noise; the placeholder year 20xx stays. 09: a 新春贺词 is a 贺词 (a spoken genre in the corpus list) addressed to the
// county's people in the first person, so it is a speech; the first line is the title (dropped, not noise); the four
// meta lines are noise; the "*" placeholders stay; no outline ("这一年,我们…" is parallel prose, not a marker). 10: the
// headline names the speech (發布辭, a 致辭 at a press conference) and is the title; the spam line, the channel bar, the
// timestamp, the tool line, the "<P>…</P>" repeat (it differs from the title by its tags, so it is listed), the photo
// caption and the editor's lead above the salutation are noise (round convention: a press page's lead above "以下…" is
// noise); the lone inline "首先," after a full stop is not a point (a run needs two). 11 is not a speech though its title
// names 讲话 and 致辞: a collection counts by its first piece, and the first piece is a narrative essay ("我们一家人就急急忙
// 忙出门看灯去了"), like round 34's 09 read by its content rather than its label. 12 is a writing template about 主持词,
// not a 主持词.
// Looked for and not found on a new host: a 春节团拜会 讲话/致辞 with 一、/一是/第一, headings inside the capture (the pages
// answer with used hosts — lbca.gov.cn, wenxue100, huangminedu, 154.85.43.82, wenke99, caiyes, fanwy (used), 78911 — or
// with news reports and novel chapters); a 年会 主持词 or 开场白 with a numbered agenda (一、开场 二、领导致辞…) on an unused
// host (cm4q, 2sdx, 365docx, doczj, nvdc, lovfp, 010zaixian are used); a 文化旅游节 开幕式 致辞 with numbered points
// (nsfzsr, ukktv, xuekejiayuan, freewechat, beiweimall, marlboros are used; the unused shfjr.com and worldwidehotel.cn
// carry an opening 致辞 with no title, no noise and no numbering, and were not taken); a traditional-script 主持詞 with
// 一、 sections that is not a template twin; a 活动方案 for a festival gala on an unused host.
// Left as template twins: clearvueentertainment.com, crossfitfinalpush.com and sundxs.com (ruiwen's "時間:… <column>
// 我要投稿 • 相關推薦" meta + 小编 promo, the family of round 17's loxue and rounds 34/41's notes); zh.17hubei.com.cn,
// m.80end.cn and bbs.sghqlz.com ("/jxfw/<yyyymm>/" twins of round 20's jjcmw); doudoujiedu.com (the "每个人都曾试图在平淡的
// 学习、工作和生活中写一篇文章…" filler printed by round 14's fashionfield); shy188.com and miaotiao360.com ("下面是小编为大家
// 整理的…(精选文档),供大家参考。" / "/zhuantifanwen/<column>/<id>.html", the zhuantifanwen farm); bbxzwk.vip
// ("/index/article/detail/detail_id/", twin of xiebiwenku/gwzjk); 115.190.72.220 (a 文旅工作会议 讲话 with 一、 under
// "/doc/<10 chars>" and a ".docx" file-name footer, the yunyueyy.cn template of round 45); tmdps.cn (a 教师节 表彰大会
// 主持詞 with 一、二、三、, on the "/a14/<yyyymmdd>/<hash>.html" traditional farm of 004km.cn); wjfww.com and jdfwg.com (the
// jjfwb "当前位置:…范文…>" layout with the "(精选N篇)" title glued after the salutation); wap.92hp.com (the "励志台…为大家
// 整理了《…》" 导语 of cm4q); zuowenba.net (named by round 35); affluentharvest.com and 5728338.com (the CamelCase
// "/ZhuChiCi/" traditional template); cornels-photography.com, rzpgrj.com, xuexi.la, qdfww.com, laojin123.com,
// qingsongxiezuo.com, mswk.cn, librarydata.cn (used hosts).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const DL_PROMO = '今天来聊聊关于兔年元宵节主持词,2020年元宵节主持词的文章,现在就为大家来简单介绍下兔年元宵节主持词,2020年元宵节主持词,希望对各位小伙伴们有所帮助。';

const HW_LEAD = '元宵,原意为“ 上元节的晚上”,因 正月十五“上元节”主要活动是晚上的吃汤圆赏月,后来节日名称演化为“元宵节”。下面是第一范文网小编为大家整理了20xx年元宵节领导优秀发言稿,希望能够帮到你。';
const HW_PIECE = '20xx年元宵节领导优秀发言稿篇1';
const HW_TITLE = '20xx年元宵节领导优秀发言稿';

const LW_TITLE = '县政府2026年新春贺词';
const LW_META = ['时间:2026-02-11', '字数:1526字', '老文笔', '复制下载'];

const SY_SPAM = '日韩精品久久一区二区三区_亚洲色图p_亚洲综合在线最大成人_国产中出在线观看_日韩免费_亚洲综合在线一区';
const SY_BAR = '頻道推薦> 哈馬斯7日回復是否接受以色列長期停火協議 | 伊拉克女恐怖嫌犯落網 曾招募80余女人彈 | 辛普森因綁架罪等被判33年監禁 | 五角大樓明年計劃招募千名外籍醫護 |';
const SY_TITLE = '第十屆中國菊花展覽會暨中國開封第28屆菊花花會周以忠市長新聞發布辭';
const SY_DATE = '2010-09-19 09:08:21';
const SY_TOOLS = '我來說兩句打印文章發送給好友';
const SY_PTAG = '<P>' + SY_TITLE + '</P>';
const SY_CAPTION = '中共開封市委副書記、開封市人民政府市長周以忠(左二)';
const SY_LEAD = '中共開封市委副書記、開封市人民政府市長周以忠,9月17日在第十屆中國菊花展覽會暨中國開封第28屆菊花花會新聞發布會上致辭,以下是全部講話內容。';

export const specs = {
  '07-zhuchici-djladysyren-yuanxiao-sentence-numbers-promo': {
    source: 'https://djladysyren.com/a-699886.html',
    kind: 'speech: 主持词 (two hosts A/B at a school 元宵节 gala; an SEO article that numbers every sentence of the script)',
    tests: 'a "今天来聊聊关于…的文章,…希望对各位小伙伴们有所帮助。" promo line and no title; every line opens with a sentence number "1、" … "13、" (some followed by a space), a run of arabic block markers by the rules that a reader takes for a spinner\'s numbering (all optional); "7、" splits a closing quotation mark from the sentence it closes; A/B/AB speaker tags glued to the text, "--" as a dash, "中间(略)", a quoted Ming poem with its author line inline; cut mid-line ("13、 不展芳尊开")',
    isSpeech: true,
    title: '',
    noise: [DL_PROMO],
    dropLines: [DL_PROMO],
    outline: [
      { level: 1, marker: '1、', text: '开头 A正月十五到了', optional: true },
      { level: 1, marker: '2、', text: '这一晚是新年里头一回月亮圆满的夜晚', optional: true },
      { level: 1, marker: '3、', text: '元宵节还有一个名字叫“上元节”', optional: true },
      { level: 1, marker: '4、', text: 'A照着民间的老规矩,这一晚明月当空,家家户户要挂起彩灯,点亮街巷,把心里的欢喜亮给大家看', optional: true },
      { level: 1, marker: '5、', text: '看灯、放烟火、猜灯谜、煮元宵,一家老小围坐在一起,热热闹闹过佳节', optional: true },
      { level: 1, marker: '6、', text: 'B元宵节又叫灯节', optional: true },
      { level: 1, marker: '7、', text: '” A宋朝人过元宵更加讲究,灯会一办就是五天,花灯的式样也更多了', optional: true },
      { level: 1, marker: '8、', text: '明朝把灯期延长到十天,算得上历史上最长的灯节', optional: true },
      { level: 1, marker: '9、', text: '清朝的灯期虽然只剩三天,场面却一点也不小,除了赏灯,还要燃放烟花助兴', optional: true },
      { level: 1, marker: '10、', text: 'A到了今天,元宵节的活动更加丰富多彩', optional: true },
      { level: 1, marker: '11、', text: '春到人间人似玉,灯烧月下月如银', optional: true },
      { level: 1, marker: '12、', text: '满街珠翠游村女,沸地笙歌赛社神', optional: true },
      { level: 1, marker: '13、', text: '不展芳尊开', optional: true },
    ],
  },
  '08-fayan-hongwu-yuanxiao-huiyan-promo-pian1': {
    source: 'https://fanwen.hongwu.com/49867.html',
    kind: 'speech: 发言稿 (a new-area leader opening a 元宵 folk-arts show; 范文 collection page)',
    tests: 'a one-line lead that glosses the festival ("元宵,原意为“ 上元节的晚上”,因 正月十五…", with stray spaces) and ends in the promo "下面是第一范文网小编为大家整理了…,希望能够帮到你。"; no title line, the piece heading "20xx年元宵节领导优秀发言稿篇1" (title = the heading without "篇1"); the salutation naming a town\'s "父老乡亲们"; long paragraphs of thanks and achievements with no numbering; the placeholder year "20xx"; cut mid-sentence ("作出重要")',
    isSpeech: true,
    title: HW_TITLE,
    noise: [HW_LEAD, HW_PIECE],
    dropLines: [HW_LEAD, HW_PIECE],
    outline: [],
  },
  '09-heci-laowenbi-xinchun-heci-meta-stars': {
    source: 'https://www.laowenbi.com/show/85005.html',
    kind: 'speech: 贺词 (a county government\'s Spring Festival greeting to its people; 公文 template site)',
    tests: 'the title on the first line, then four meta lines of the site ("时间:2026-02-11", "字数:1526字", the brand "老文笔", "复制下载"); blank lines between all lines; no salutation, the greeting opens "辞旧迎新,万象更新。"; the county\'s name replaced by "*" throughout ("中共*县委", "*籍游子", "平安*、法治*"); quoted programme names ("3133", "枫桥经验", "慧听*"); parallel "这一年,我们…" paragraphs that are not numbered; cut mid-word ("和谐稳")',
    isSpeech: true,
    title: LW_TITLE,
    noise: [...LW_META],
    dropLines: [LW_TITLE, ...LW_META],
    outline: [],
  },
  '10-zhici-syxj-big5-juhua-fabuci-spam-html-caption': {
    source: 'http://www.syxj.com.cn/hqgj/wlkfx/2010-09/19/content_11321953.htm',
    kind: 'speech: 致辞 (a mayor at the press conference of a national chrysanthemum show and the city\'s chrysanthemum fair; traditional-script news mirror)',
    tests: 'traditional script; an injected spam title line first, an indented "頻道推薦>" headline bar, the headline (the speech\'s name, ending "新聞發布辭") as the title, two blank lines, a timestamp, a glued "我來說兩句打印文章發送給好友" tool line, the headline again inside leaked "<P>…</P>" tags, a photo caption ending "(左二)", an editor\'s lead "…致辭,以下是全部講話內容。" above the salutation; blank lines between all lines; "大家上午好!" on its own line; an inline "首先," after a full stop with no 其次 (no outline); a quoted epithet and a book title 《東京夢華錄》; cut mid-sentence ("稱得上是我")',
    isSpeech: true,
    title: SY_TITLE,
    noise: [SY_SPAM, SY_BAR, SY_DATE, SY_TOOLS, SY_PTAG, SY_CAPTION, SY_LEAD],
    dropLines: [SY_SPAM, SY_BAR, SY_TITLE, SY_DATE, SY_TOOLS, SY_PTAG, SY_CAPTION, SY_LEAD],
    outline: [],
  },
  '11-notspeech-ozbb-yuanxiao-jianghua-title-essay-body': {
    source: 'https://www.ozbb.cn/content/377915.html',
    kind: 'non-speech: personal essay (a child\'s account of a lantern show, filed on a 范文 collection page titled 领导讲话/领导致辞)',
    tests: 'a 贝贝文库 breadcrumb "当前位置: 贝贝文库 > 领导讲话稿 > …", the page title "最新正月十五元宵节领导讲话 牛年元宵节领导致辞(七篇)" (it names 讲话 and 致辞), a poster line "作者: 曹czj", a 小编 promo and the piece heading "…领导致辞篇一" — but the first piece is a first-person narrative essay about a family outing to the lantern show (no salutation, no audience, "我们一家人就急急忙忙出门看灯去了"), so the page is no speech; quoted child\'s exclamation; cut mid-word ("数也数不过")',
    isSpeech: false,
    title: '最新正月十五元宵节领导讲话 牛年元宵节领导致辞',
  },
  '12-guide-szmzsk-yuanxiao-caiche-zhuchici-template': {
    source: 'http://www.szmzsk.com/lizhiwenan/370302.html',
    kind: 'non-speech: writing guide (a structured template for the 主持词 of a 元宵 float parade)',
    tests: 'a guide that opens "关于…的主持词,…参照下面的结构化模板来准备:", with 一、开场白 … 四、闭幕与祝福 section headings, "- " bullet lines, ASCII-quoted sample lines, the site\'s doubled label "互动与互动环节", a "示例主持词片段" whose "开场:" sample quotes a full salutation ("尊敬的各位领导、亲爱的市民朋友们,大家好!") and is cut mid-quote — a guide about a 主持词, not one; no title',
    isSpeech: false,
    title: '',
  },
};
