// At the merge, 02 (www.luo123.cn) was dropped: its page is the simplified mirror of the same source site and template as 01's (m.yurtmn.com), so the two are template twins and one stands for both.
// Gold specs for holdout round 197, part A (cases 01–06): document viewers (文库 sites) of speeches — 讲话稿 文库 页数 下载, 致辞 docx
// 预览, 发言稿 VIP 免费下载, 主持词 原创文档 — and look-alikes on such sites.
// About seventy queries on the theme (讲话稿/致辞/发言稿/主持词 with 文库, 页数, 下载, docx, pdf, VIP, 上传人, 文档编号, 第1页 共N页,
// 试读结束, 免费在线预览, 剩余N页未读, 页眉页脚可删除, 精品文档, 可编辑; 豆丁/道客巴巴/淘文阁/文库吧 by name; then occasions on
// their own: 换届选举, 安全生产, 档案, 气象, 烟草, 职代会, 商会, 学术研讨会, 协会, 表彰大会, 校运会, 家长会, 毕业典礼, 开学礼, 陆运会)
// found every 文库 viewer of a speech on a used host or a template twin (see "Looked for and not found" below): the viewers the store
// holds (renrendoc, 360docs, wenke99, wnwk, 777doc, zixin, gongwk, doczj, taowenge, xiaomilidoc, 365docx, ijidi, laojin123, 9lib,
// easy-publish, max.book118, 31ppt, wenku.docs.qq, mishuzj's /doc/, xuekejiayuan's /doc/, 51gongwen, gongwen.com.cn's /doc/) are all
// named by earlier rounds. So this part holds four spoken pieces from the nearest fresh ground — two mirror pages of a provincial
// writers' association's site (a "標題 / 標題 / 內容" template that frames each text like a document viewer's file card) and two
// Hong Kong school pages — and two written look-alikes from hospital sites.
// Four spoken pieces (a new member's talk at a writers' association's welcome ceremony, the first piece of a collection page on a
// traditional-script mirror of 廣東作家網 (m.yurtmn.com, "/v/<yyyy>/<mm>/<id>.html"): a leading blank line, the template's labels
// "標題" twice (with a blank line between) and "內容", the collection title "“新朋友·心相聚”新會員回家活動作家代表發言輯", a
// "更新時間:2025-05-13 來源:廣東作家網" meta line, the piece's own title "在“新朋友·心相聚”新會員回家活動歡迎儀式上的發言", the speaker's
// line "自由撰稿人 許嘉禾", the salutation "尊敬的各位前輩: |" with a table separator left after it, first-person paragraphs with the
// converter's simplified leftovers (這里, 之后, 心里, 最后, 以后, 沖動), a book title in 《》, cut mid-word ("這座城市的隨"); the
// 致辞 of the association's Party secretary at its spring tea party on a simplified mirror of the same site (www.luo123.cn,
// "/v/<yyyy>/<mm>/<id>.html"): the same "标题 / 标题 / 内容" labels, the headline "在广东省作家协会2018年迎春茶话会上的致辞", an
// "更新时间:2018-05-16 来源:广东文坛" meta line, the byline "广东省作家协会党组书记、专职副主席? 林启航" with a "?" where the site lost a
// space, the salutation, two long paragraphs (the second opening on a line of verse, "一年好景君须记。"), cut mid-word ("壮大、积");
// a principal's 致詞 at a school Christmas singing show on a Hong Kong secondary school's site (plkchc.edu.hk,
// "/zh-HK/school-profile/principals-message"): the column label "校長的話", an image's alt text "images", the heading
// "Sing for Love:Christmas Singing Show - 校長致詞" (English event name, a spaced dash, the genre), two blank lines, the salutation
// "各位老師、同學:", a paragraph opening "首先," (thanks to the singers; no 其次 follows) ending in a run of 88 spaces, 「」 quotes round a
// fund-raising drive's name, a colon before a list of small sums, cut mid-word ("越來"); a principal's first-day message on another Hong
// Kong secondary school's WordPress site (ccckws.edu.hk, "/website/index.php/<yyyy>/<mm>/<dd>/principals-message/?lang=zh"): a "News"
// label, the headline with a bracketed column tag "[校長的話] 為夢想出發", a scripture quotation in 「」 with its reference in 《》, a
// single line break (not a blank line) between two paragraphs, an English quotation in “” after "海倫·凱勒 曾說," (a space before
// 曾說), the closing "各位,一起加油吧!…願共勉之!", and the signature "馮啟朗校長" over the date "二零一九年九月二日" — the whole stored
// page) and two written look-alikes (a department news item of a university hospital (www.wchscu.cn, "/department_<dept>/<id>.html"):
// no headline in the capture, a retirement farewell told in the third person ("科室领导致欢送辞,对…给予高度肯定", "工人们发表了临别
// 感言"), an "作者:… 编辑:…" line — a news report naming a 欢送辞, not a speech; 300 characters, the whole stored page; and a fragment of
// a county hospital's news item on its 职工代表大会 (yushanwl.com, "/nav/30/<id>.html"): the capture opens mid-report ("经过职工代表们
// 反复酝酿,…全票通过了两项议案。") and tells the Party secretary's talk in the third person ("…同志代表医院作了讲话,重点强调:…") — a
// report, not a speech; 250 characters, the whole stored page).
// Judgement calls: 01 is a collection page ("…作家代表發言輯" over the pieces), so the title is the first piece's own title line (shared
// README, collection pages; as round 4 case 04 took the piece's title over the page title), and the collection title is noise (as round 4
// case 04's page title); the speaker's line "自由撰稿人 許嘉禾" gives his occupation and stays as the speech's own byline (shared README,
// `主讲人:…书记…`; round 5 cases 04 and 09); the " |" after the salutation is a stray table separator glued to it — cut, and listed with
// its neighbours ("前輩: |", as glued single characters in the shared README); "標題" (twice) and "內容" are the template's field labels
// and go as noise (as round 21 case 10 dropped its viewer's field lines, "内容出处: …", "颗粒名称: …"); the converter's simplified leftovers are the page's and
// stay (as round 184 case 06's 最后/于); no numbered point in the capture, so no outline. 02: the headline is the title; the byline with
// the speaker's offices stays as the speech's own header (shared README, `县委常委、县政府负责人xxx`), its "?" included (a character the
// site could not encode, kept as the shared README keeps mis-encoded runs); "一年好景君须记。" opens a paragraph of the speech and is no
// subtitle; the labels and the meta line go. 03: the heading is the title as printed, event name and " - 校長致詞" together (a genre label
// after a spaced dash, kept as round 184 case 02 kept its bar kicker and round 175 case 10 "升旗仪式|…"); "校長的話" (the column) and
// "images" (an image's alt text, as round 6 case 01's image file name) are noise; the 首先, paragraph is courtesy thanks with no 其次
// after it → optional level 1 (as round 4 case 06 and round 6 case 01), its first sentence longer than 50 characters, so cut at its first
// comma; "保棠" is the school's own short name and stays. 04 is a speech: a 校長的話 greeting the school on the first day, "各位老師和
// 同學重新回到校園,聚首一堂" and "各位,一起加油吧!", read as round 41 case 16 read its principal's first-day 校長的話; the signature
// and date are the speech's own closing lines (as round 4 case 08); the bracketed column tag "[校長的話]" is dropped from the title (as
// round 159 case 09 and round 184 case 01 dropped their 【…】 tags) and the "News" label is noise; "更要感謝…" opens no marker. 05 and 06
// are written reports: 05 names a 欢送辞 and 06 a 讲话 with "重点强调:", both told in the third person; 06's capture starts mid-item and
// has no headline. Names of private people (the writer, the Party secretary, the two principals, the retired workers, the news
// item's author, the hospital's secretary) were replaced by fictional ones; the prose was rewritten (03's charity cause, 04's two
// quotations and 01's travel and city details replaced).
// Looked for and not found on a new host: a 文库 viewer of a 讲话/致辞/发言稿/主持词 with file-card chrome (上传人, 文档编号, 页数,
// 大小, 第N页/共N页, VIP, 下载) — every one the store returned stands on a used host: renrendoc.com, 360docs.net, m.wenke99.com,
// wnwk.com, m.777doc.com, m.zixin.com.cn, gongwk.com, doczj.com, m.taowenge.com, xiaomilidoc.com, 365docx.com, jiaowu.ijidi.cn,
// laojin123.com, 9lib.co, easy-publish.org, m.31ppt.com, wenku.docs.qq.com, mishuzj.com, xuekejiayuan.com, 51gongwen.com,
// gongwen.com.cn, laobiganzi.top, neimou.com, 3366ai.com, wendang.net, wendang9.com (m.99ppt.com is new, but the store holds only its
// page titles); the 文库-style pages of 32336.cn, china-audit.com and 35331.cn share one "lhs_…_5.html" template and are used; a PDF
// flipbook of a school's speeches (easy-publish.org's Fukien graduation publication is round 57 case 16's page); 文秘 sites' 讲话 with
// 试读结束/预览结束 paywalls (sanweiyuan.com, wm114.cn, 6dgww.com, wtabcd.cn, jey722.cn are used). Found on new hosts but not taken: a
// topic page of 01's mirror with the 作协 congress 致辞 cut to one paragraph (m.yurtmn.com's "/zt/…", same host as 01), a Macau and a
// Shanghai school's sports-day news (puiva.edu.mo, jnxc.xhedu.sh.cn), a traditional converter's college sports-day text of unclear genre
// (network-labs.com), a company's tenth-anniversary report (bemobilewellness.com), a college's first graduation report
// (longwang.josephlepine.com), a Hong Kong primary school's bilingual 校長的話 letter to pupils and parents (pmcps.edu.hk; left out so
// that 04 stays the part's one first-day message) and a search-engine proxy's results page (hkgcp-zone-b.ottodeng.com).
// Template twins considered: 01 and 02 are two mirrors of one source site (廣東作家網) with the same "標題/標題/內容 … 更新時間 來源"
// frame, one in traditional script with a collection title, one in simplified with a single speech: they were both taken, as the part's
// pair of viewer-like file cards, and a later round should count either host as a twin of the other; no used page carries their
// labels or meta shape (round 21 case 10's "内容出处:" is another template). yushanwl.com's "/nav/30/<id>.html" path is shared by
// kenatoys.com (a hospital's 职代会 news in traditional script, not taken); m.alizhichou3.cn, gjczklv.com.cn, fanwenji.com and
// 35331.cn were dropped as twins of used pages (wugjj's 導語 line, the 好筆桿子網 promo, ruiwen's "时间:… 我要投稿" line, the
// 32336.cn template). twin.mjs found no shared noise line on any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build-round.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const YU_HEAD = '“新朋友·心相聚”新會員回家活動作家代表發言輯';
const YU_META = '更新時間:2025-05-13 來源:廣東作家網';
const YU_TITLE = '在“新朋友·心相聚”新會員回家活動歡迎儀式上的發言';

const LU_TITLE = '在广东省作家协会2018年迎春茶话会上的致辞';
const LU_META = '更新时间:2018-05-16 来源:广东文坛';

const PL_TITLE = 'Sing for Love:Christmas Singing Show - 校長致詞';

const CC_HEAD = '[校長的話] 為夢想出發';

export const specs = {
  '01-fayan-yurtmn-big5-xinhuiyuan-fayanji-collection-title-byline-pipe-glued': {
    source: 'http://m.yurtmn.com/v/2025/05/20069.html',
    kind: 'speech: 发言 (a new member\'s talk at a writers\' association\'s welcome ceremony; collection page on a traditional-script mirror)',
    tests: 'a leading blank line; the template labels "標題" (twice) and "內容"; the collection title "“新朋友·心相聚”新會員回家活動作家代表發言輯" (noise) over a "更新時間:… 來源:廣東作家網" meta line; the first piece\'s own title "在“新朋友·心相聚”新會員回家活動歡迎儀式上的發言" as the title; the speaker\'s line "自由撰稿人 許嘉禾" (kept); the salutation with a table separator glued after it ("前輩: |"); first-person paragraphs with the converter\'s simplified leftovers (這里, 之后, 心里, 最后); a book title in 《》; cut mid-word ("這座城市的隨"); no outline',
    isSpeech: true,
    title: YU_TITLE,
    noise: ['標題', '內容', YU_HEAD, YU_META, '前輩: |'],
    replace: [['前輩: |', '前輩:']],
    dropLines: ['標題', '內容', YU_HEAD, YU_META, YU_TITLE],
    outline: [],
  },
  '03-zhici-plkchc-big5-shengdan-gechang-column-label-images-title-shouxian': {
    source: 'https://plkchc.edu.hk/zh-HK/school-profile/principals-message',
    kind: 'speech: 致辞 (a principal at a school Christmas singing show; Hong Kong secondary school site, traditional script)',
    tests: 'the column label "校長的話" and an image\'s alt text "images" (noise); the heading "Sing for Love:Christmas Singing Show - 校長致詞" as the title (English event name, a spaced dash and the genre all kept); two blank lines; the salutation "各位老師、同學:"; a courtesy "首先," paragraph with no 其次 after it (optional level 1, its long first sentence cut at the first comma) ending in a run of spaces; 「」 round a fund-raising drive\'s name; a colon before a list of small sums; cut mid-word ("越來")',
    isSpeech: true,
    title: PL_TITLE,
    noise: ['校長的話', 'images'],
    dropLines: ['校長的話', 'images', PL_TITLE],
    outline: [
      { level: 1, marker: '首先,', text: '衷心感謝剛才在台上和我一起領唱《The Greatest Love Of All》的各位老師和同學', optional: true },
    ],
  },
  '04-jianghua-ccckws-big5-xiaozhangdehua-kaixue-bracket-tag-title-signature-date': {
    source: 'https://ccckws.edu.hk/website/index.php/2019/10/10/principals-message/?lang=zh',
    kind: 'speech: 讲话 (a principal\'s first-day 校長的話 to the school; Hong Kong secondary school WordPress site, traditional script)',
    tests: 'a "News" label; the headline with a bracketed column tag "[校長的話] 為夢想出發" (tag dropped from the title); no salutation; a scripture quotation in 「」 with its reference in 《》; a single line break between two paragraphs; an English quotation in “” after a space before 曾說; the closing "各位,一起加油吧!…願共勉之!"; the signature "馮啟朗校長" over the date "二零一九年九月二日" (both kept as the speech\'s own closing lines); the whole stored page; no outline',
    isSpeech: true,
    title: '為夢想出發',
    noise: ['News', '[校長的話]'],
    dropLines: ['News', CC_HEAD],
    outline: [],
  },
  '05-news-wchscu-keshi-tuixiu-huansonghui-zhi-huansongci-author-line-not-speech': {
    source: 'https://www.wchscu.cn/department_tjzlk/64302.html',
    kind: 'non-speech: news report (a hospital department\'s retirement farewell; university hospital site)',
    tests: 'no headline in the capture; a farewell party told in the third person ("科室领导致欢送辞,对…给予高度肯定", "工人们发表了临别感言"); quoted “退而不休” and “家”; an "作者:… 编辑:…" line — a news report naming a 欢送辞, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-yushanwl-yiyuan-zhidaihui-shuji-jianghua-zhuozhong-qiangdiao-fragment-not-speech': {
    source: 'http://yushanwl.com/nav/30/3157.html',
    kind: 'non-speech: news report (fragment of a county hospital\'s item on its 职工代表大会)',
    tests: 'the capture opens mid-report ("经过职工代表们反复酝酿,…全票通过了两项议案。"); "最后,党委书记…同志代表医院作了讲话,重点强调:…" — the secretary\'s demands reported in the third person after a colon, with 要… sentences that read like a speech\'s; no headline — a report, not a speech; the whole stored page',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
