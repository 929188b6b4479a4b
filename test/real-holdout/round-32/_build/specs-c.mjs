// Gold specs for holdout round 32, part c (cases 13–18): civilisation campaigns, volunteering, culture and tourism.
// Four spoken pieces (a county leader's 讲话 at the preparatory mobilisation for an international tourism festival's
// opening, on a local government site: the title with the speaker's name wrapped over two lines at "…动员暨", a
// "(2017年3月8日)" date line, an 一、 heading, no site noise; a provincial official's 讲话 at a folk-culture festival's
// opening on a 文秘 范文 site whose only furniture is an "开篇:润墨网以专业的文秘视角…" promo line that names the
// piece — there is no title line, so the title is ""; a student's 图书馆开馆演讲稿 on a 作文网 page with a meta line and
// three stray anti-copy glyphs (ฃ, ❥, ด) glued inside words; a provincial party secretary's 致辞 on 中国旅游日 in a
// WeChat-reprint viewer: a "其他" tag, the account's "聚焦 | 省委书记…在…上的致辞" headline over the speech's own
// title, the date and the padded name "韩 川" glued to the salutation, two photo captions (one ending "孟南青 摄")
// between paragraphs, and a lone "首先," with no 其次) and two written look-alikes (an essay on what a museum's
// opening 花篮贺词 should say, with a 客服 line, a meta line and 一、/二、 headings; a traditional-script
// 创建全国文明城市倡议书 on a news mirror, one run-on line with inline 一、/二、/三、 headings and a trailing " |").
// Judgement calls: 13's date line is the document's own line and stays (as round 21's 02). 14's title is "" — the
// piece's name stands only inside the promo, which is noise (as round 21's 13, whose only title stood in a footer).
// 15's glyphs are noise cut by regexCut; the words they split ("粗❥俗") are joined again. 16's WeChat headline is the
// account's, not the document's, so it is noise and the title is the line under it; the glued "(2023年5月19日)韩 川" is
// split off the salutation by `replace` and both stay as the document's own byline lines (as round 21's 02); the
// photo captions are noise; the lone 首先, is optional (as round 20's 04). 17's "(博物馆开馆贺词)" after the title is an
// SEO variant and is left off the title (as round 20's 13's bracketed decoration). The historical 徐霞客 in 16 is kept
// (the day's namesake); every living person's, place's and school's name is fictional.
// Looked for and not found on a new host: a 文明城市 动员 讲话 with 一、/（一） or 一是/二是 (every hit was on a used
// 范文 site or a template twin of one: dawenge, wnwk, laobiganzi, gwzjk, rzpgrj, xuefen, wydbw, bgzvip…), and a
// 志愿服务 启动仪式 讲话 with 一要/二要 (wenku.docs.qq.com and 360online are used; oldu.cn is a twin of the used
// …/dongshi/… pages, bbs.peee.net of round 20's jjcmw /jxfw/ pages, fanwenzhai.com of bowengu).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const ES_TITLE_1 = '邵明川同志在第五届河西行·丝路驼铃国际旅游节开幕式筹备动员暨';
const ES_TITLE_2 = '全域旅游示范区创建推进会议上的讲话';

const RM_PROMO =
  '开篇:润墨网以专业的文秘视角,为您筛选了一篇民俗文化活动开幕式上的讲话范文,如需获取更多写作素材,' +
  '在线客服老师一对一协助。欢迎您的阅读与分享!';

const ZW_TITLE = '图书馆开馆演讲稿';
const ZW_META = '时间:2024-11-10 21:06:04 来源:作文网 作者:管理员';

const FW_TAG = '其他';
const FW_HEADLINE = '聚焦 | 省委书记韩川在2023年“5·19中国旅游日”主会场活动暨启动仪式上的致辞';
const FW_TITLE = '在2023年“5·19中国旅游日”主会场活动暨启动仪式上的致辞';
const FW_CAPTION_1 = '省委书记韩川出席2023年“5·19中国旅游日”主会场活动暨启动仪式并致辞。';
const FW_CAPTION_2 = '阿朵拉,佤语里的意思是“吉祥的地方”。孟南青 摄';

export const specs = {
  '13-jianghua-eskying-lvyoujie-choubei-title-two-lines-date-yi': {
    source: 'http://yj.eskying.net/info/?cid=23&id=9699',
    kind: 'speech: 讲话 (a county leader at the preparatory mobilisation for an international tourism festival\'s opening, joined with a 全域旅游 push; local government site)',
    tests: 'a long title naming the speaker ("邵明川同志在…上的讲话") wrapped over two lines at "…筹备动员暨", so the first line alone reads as an unfinished title; a "(2017年3月8日)" date line in ASCII parentheses that stays; "同志们:" on its own line; an opening paragraph that names a plan in 《》 and ends "讲三个方面的意见:"; one 一、 heading line; "·" inside the festival\'s name; quoted "一带一路"; no site noise at all; cut mid-word ("都具")',
    isSpeech: true,
    title: ES_TITLE_1 + ES_TITLE_2,
    noise: [],
    dropLines: [ES_TITLE_1, ES_TITLE_2],
    outline: [
      { level: 1, marker: '一、', text: '深刻认识办好这次旅游节开幕式的重大意义' },
    ],
  },
  '14-jianghua-runmo-minsu-wenhua-kaimushi-kaipian-promo-no-title': {
    source: 'https://runmo.com/article/pxob11057m73.html',
    kind: 'speech: 讲话 (a provincial culture official at the opening of a seaside town\'s folk-culture festival; 文秘 范文 site)',
    tests: 'no title line: the page opens with the site\'s "开篇:润墨网以专业的文秘视角,为您筛选了一篇民俗文化活动开幕式上的讲话范文,…欢迎您的阅读与分享!" promo, the only place the piece is named, so the gold title is "" and the promo is noise; then "同志们:" and three long paragraphs with quoted festival names, semicolon-chained lists, ASCII parentheses in "中国(临澜渔湾)祭海节", a stray "等等。" sentence; no outline; cut mid-word ("等一")',
    isSpeech: true,
    title: '',
    noise: [RM_PROMO],
    dropLines: [RM_PROMO],
    outline: [],
  },
  '15-yanjianggao-zuowenred-tushuguan-kaiguan-meta-glyph-jammer': {
    source: 'https://zuowen.red/meiwen/1607019.html',
    kind: 'speech: 演讲稿 (a student speaking at the opening of the college\'s new library; 作文网 page)',
    tests: 'the title line "图书馆开馆演讲稿", a "时间:… 来源:作文网 作者:管理员" meta line, blank lines between all lines; three anti-copy glyphs from other scripts glued inside the text ("一种ฃ肃穆", "粗❥俗" splitting a word, "她ด的肌肤") that must go; no salutation, the speech opens with scenery ("丹桂飘香,十月流金。"); quoted sayings and a rhetorical question; no outline; cut mid-sentence ("更加")',
    isSpeech: true,
    title: ZW_TITLE,
    noise: [ZW_META],
    regexCut: ['[ฃ❥ด]'],
    dropLines: [ZW_TITLE, ZW_META],
    outline: [],
  },
  '16-zhici-freewechat-lvyouri-headline-glued-byline-photo-captions-shouxian': {
    source: 'https://freewechat.com/a/MzA4MTI4NjQ5OQ==/2651251171/{{href}}',
    kind: 'speech: 致辞 (a provincial party secretary at the national 中国旅游日 main-venue launch; WeChat article in a reprint viewer)',
    tests: 'a WeChat reprint: a "其他" category tag, the account\'s headline "聚焦 | 省委书记韩川在…上的致辞" (a pipe-separated column label and the speaker\'s office before the speech\'s own title), then the title line; the date, the padded name "韩 川" and the salutation glued on one line ("(2023年5月19日)韩 川各位同志、…朋友们:"); two photo captions between paragraphs — one a sentence about the speaker in the third person, one a gloss ending "孟南青 摄" — that are noise; a lone "首先," with no 其次 after it (optional); an em dash, 《》 and quoted phrases; cut mid-sentence ("过上了更")',
    isSpeech: true,
    title: FW_TITLE,
    noise: [FW_TAG, FW_HEADLINE, FW_CAPTION_1, FW_CAPTION_2],
    replace: [['(2023年5月19日)韩 川各位同志', '(2023年5月19日)\n韩 川\n各位同志']],
    dropLines: [FW_TAG, FW_HEADLINE, FW_TITLE, FW_CAPTION_1, FW_CAPTION_2],
    outline: [
      { level: 1, marker: '首先,', text: '我代表澜沧省委、省政府,向第13个“中国旅游日”活动的举办,致以热烈的祝贺', optional: true },
    ],
  },
  '17-guide-jilihua-bowuguan-hualan-heci-meta-yi-er-not-speech': {
    source: 'https://jilihua.net/heci/96594.html',
    kind: 'non-speech: essay / writing guide (what the greetings on a museum\'s opening flower baskets should say; 吉利话 site)',
    tests: 'a "• 客服微信" line, the title "博物馆开馆花篮贺词(博物馆开馆贺词)" with an SEO variant in ASCII parentheses, a "时间:… 作者:易搜吉利话 分类:贺词大全 浏览:0 评论:0" meta line; a lead and headings "一、对博物馆建设的称颂与认可" / "二、对文化传承与育人价值的突出" over third-person expository paragraphs ("我们首先要表达…") about museums and about what a 贺词 conveys — it names the genre 贺词 and even says "我们" but addresses no audience: written, not a speech; cut mid-word ("为学")',
    isSpeech: false,
    title: '博物馆开馆花篮贺词',
  },
  '18-changyishu-jydrhr-big5-wenming-chengshi-inline-yi-er-san-not-speech': {
    source: 'http://www.jydrhr.com/sytt/202109/t20210918_7329581.shtml',
    kind: 'non-speech: 倡议书 (a call to all citizens to join the 全国文明城市 campaign; traditional-script news mirror)',
    tests: 'a traditional-script page (mainland-style conversion: 規范, 志愿 left unconverted) with the title line "創建全國文明城市倡議書" and the whole text on one line joined by single spaces: an opening on the city, "我們向全體市民發出倡議:", inline headings "一、…參與者" / "二、…建設者" / "三、…志愿者" each followed by its paragraph, a closing "我們在此號召廣大市民朋友們,讓我們攜起手來,…!" that sounds spoken, and a trailing " |" — a written 倡议书 with no salutation, not a speech',
    isSpeech: false,
    title: '創建全國文明城市倡議書',
  },
};
