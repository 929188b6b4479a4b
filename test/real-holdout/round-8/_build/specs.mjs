// Gold specs for holdout round 8, written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const TONELESS_PINYIN = '\\([a-z]+\\)';

const PPT_CRUMB = '首页 > WORD文档 > 党政机关 > 学校七一党课:初心易得 始终难守9500字.DOCX 【图片、文字、动画均可编辑】';
const PPT_PAGE_TITLE = '学校七一党课:初心易得 始终难守9500字';
const PPT_TITLE = '七一党课:初心易得 始终难守';

const HX_CRUMB = '您当前的位置:57365.com -> 实习报告 -> 演讲致辞 -> 七一建党节演讲稿 -> 范文内容';
const HX_META = '范文作者:佚名    范文来源:不详    范文栏目:七一建党节演讲稿    收藏本页';
const HX_TITLE = '庆七一演讲比赛演讲稿范文';

const JX_TITLE = '先进单位发言稿';
const JX_PROMO = '在不断进步的社会中,用到发言稿的地方越来越多,好的发言稿可以引导听众,使听众能更好地理解演讲的内容。相信很多朋友都对写发言稿感到非常苦恼吧,下面是小编为大家收集的先进单位发言稿,仅供参考,大家一起来看看吧。';
const JX_HIDDEN = '……此处隐藏3785个字……';

const PD_META = '作者:pd_user01发表时间:2021-12-20 阅读次数:919';
const PD_TITLE = '教师代表周明远老师开学典礼发言';

const NN_PROMO = '演讲的鉴赏和批评的一般规律问题。诸如鉴赏的依据和批评的标准,如何通过鉴赏与批评推动演讲自身的发展等等。下面查字典小编为大家精心整理了2022校长秋季开学典礼讲话稿 秋季学期开学典礼校长讲话稿七篇,仅供参考,希望对大家有所帮助。';
const NN_TITLE = '2022校长秋季开学典礼讲话稿';

const BB_TAIL = [
  '微信扫一扫在手机阅读、分享本文',
  '本文标题:在区十七届人大五次会议闭幕式上的发言',
  '链接地址:http://www.bibiwenku.com//index/article/detail/detail_id/434810.html',
  '版权声明',
  '作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。',
  '微信订阅号',
  '联系客服',
];

const HB_TITLE = '中秋节晚会主持词';

export const specs = {
  '01-dangke-900ppt-docx-breadcrumb-zishu-glued-title': {
    source: 'http://www.900ppt.com/word/cb49d4b704b5817612209428.html',
    kind: 'speech: 党课 (document page)',
    tests: 'a document page: breadcrumb ending in the page title with a length tag, ".DOCX" and "【图片、文字、动画均可编辑】", the page title again with "9500字" (and a "学校" the document\'s own title lacks); the document flattened onto one line that opens with its own title glued to the first sentence ("…始终难守按照市委…"), no salutation; an inline "一、" after a full stop with no "二、" in the capture; text cut mid-sentence',
    isSpeech: true,
    title: PPT_TITLE,
    noise: [PPT_CRUMB, PPT_PAGE_TITLE, '9500字', '.DOCX', '【图片、文字、动画均可编辑】'],
    replace: [[PPT_TITLE + '按照', '按照']],
    dropLines: [PPT_CRUMB, PPT_PAGE_TITLE],
    outline: [{ level: 1, marker: '一、', text: '回顾初心', optional: true }],
  },
  '02-yanjiang-hxswjs-57365-breadcrumb-zuozhe-laiyuan-indent': {
    source: 'https://hxswjs.com./html/shixiyanjiangzhiciqiyijiandangjie414625.html',
    kind: 'speech: 演讲稿 (七一 speech contest)',
    tests: 'a "我要投稿" line, a "您当前的位置:… -> … -> 范文内容" breadcrumb, the title, a meta line "范文作者:佚名    范文来源:不详    范文栏目:…    收藏本页" with runs of spaces; paragraphs indented with runs of spaces, a line with trailing spaces, blank lines; "年轻是…;" lines of a parallel series; text cut after a quotation',
    isSpeech: true,
    title: HX_TITLE,
    noise: ['我要投稿', HX_CRUMB, HX_META, '收藏本页'],
    dropLines: ['我要投稿', HX_CRUMB, HX_TITLE, HX_META],
    outline: [],
  },
  '03-jianghua-hbzqbyyxgs-big5-pinyin-toneless-jianggao1': {
    source: 'http://hbzqbyyxgs.com/goomai/219493.html',
    kind: 'speech: 讲话 (建军节座谈会; traditional mirror)',
    tests: 'traditional mirror with toneless pinyin annotations after most characters, repeated once per occurrence ("軍(jun)(jun)", "的(de)(de)(de)"), the title "建軍節講話稿" and a piece heading "講稿一"; no salutation; "--" before a quoted "八一"; a courtesy "首先," inline after a full stop (no 其次); simplified leftovers (這里, 干部); text cut inside an annotation ("和(")',
    isSpeech: true,
    title: '建軍節講話稿',
    noise: ['講稿一'],
    regexCut: [TONELESS_PINYIN],
    dropLines: ['建軍節講話稿', '講稿一'],
    outline: [{ level: 1, marker: '首先,', text: '我代表中共甘肅省委、省人大常委會、省政府、省政協', optional: true }],
  },
  '04-yanjiang-jishizx-big5-no-title-signature': {
    source: 'http://jishizx.com/contact/infoshow/35966.html',
    kind: 'speech: 演讲 (七一, teacher to students; traditional)',
    tests: 'traditional page with no title and no site noise: the capture opens with the salutation ("各位老師,同學們大家好:"), the speech\'s topic in 《》 inside a sentence, "同學們:" opening a paragraph, a closing "我的演講結束,謝謝大家" with no punctuation and the speaker\'s signature line ("2207班班主任…"); simplified leftovers (于, 后)',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '05-fayan-jiaxunjie-xiaobian-piece1-glued-salutation-hidden': {
    source: 'https://jiaxunjie.com/gaojian/fayangao/27903.html',
    kind: 'speech: 发言 (先进集体代表; collection)',
    tests: 'collection page: title, a generic 小编 promo about 发言稿, the piece heading "先进单位发言稿1" glued to the salutation; a courtesy "首先," inline after a full stop; "20xx" placeholders; a "1、" point under a colon-ended line cut by a "……此处隐藏3785个字……" marker glued mid-line, the text after it (from further down the collection) running on; text cut mid-word',
    isSpeech: true,
    title: JX_TITLE,
    noise: [JX_PROMO, JX_TITLE + '1', JX_HIDDEN],
    replace: [[JX_TITLE + '1尊敬的', '尊敬的'], ['1、通过连通 ' + JX_HIDDEN + '、建立', '1、通过连通\n、建立']],
    dropLines: [JX_TITLE, JX_PROMO],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表今天受表彰的先进集体全体员工', optional: true },
      { level: 1, marker: '1、', text: '通过连通' },
    ],
  },
  '06-fayan-jxfls-meta-zuozhe-yuedu-glued': {
    source: 'https://pd.jxfls.com/detail/103403',
    kind: 'speech: 发言 (教师代表, 开学典礼)',
    tests: 'a meta line with author, time and view count run together ("作者:pd_user01发表时间:2021-12-20 阅读次数:919") above the title; a salutation and "新学期好!" on two lines; no outline',
    isSpeech: true,
    title: PD_TITLE,
    noise: [PD_META],
    dropLines: [PD_META, PD_TITLE],
    outline: [],
  },
  '07-jianghua-nuenian-chazidian-xiaobian-piece-yi-shouxian': {
    source: 'https://nuenian.com/fanwen/yanjiangzhici/b60b66fa172da4c486ef2459be44982d.html',
    kind: 'speech: 讲话 (校长, 开学典礼; collection)',
    tests: 'collection page whose capture opens with a promo cut mid-text (a sentence about 演讲 theory and a "下面查字典小编…七篇" line); the piece heading "2022校长秋季开学典礼讲话稿(一)" carries the title with a parenthesised piece number; salutation and greeting on two lines; "20__" placeholder; a courtesy "首先," inline after a full stop (no 其次); "在…方面," paragraphs under a colon-ended line (no markers)',
    isSpeech: true,
    title: NN_TITLE,
    noise: [NN_PROMO, NN_TITLE + '(一)'],
    dropLines: [NN_PROMO, NN_TITLE + '(一)'],
    outline: [{ level: 1, marker: '首先,', text: '我提议,对新调入的8位老师和新入学的700多名同学表示热烈的欢迎', optional: true }],
  },
  '08-fayan-bibiwenku-date-byline-no-title-permalink-banquan': {
    source: 'http://www.bibiwenku.com/index/article/detail/detail_id/434810.html',
    kind: 'speech: 表态发言 (newly elected district head)',
    tests: 'no title line: the capture opens with the date in parentheses and the speaker\'s position on lines of their own, then the salutation; the text is cut after "我郑重承诺:" and a blank line; the tail is a "微信扫一扫…" line, a "本文标题:" line that names the speech (after the text, so no title by the corpus rules), a "链接地址:" line, "版权声明", "作者原创,不允许二次传播…", "微信订阅号" and "联系客服"',
    isSpeech: true,
    title: '',
    noise: BB_TAIL,
    dropLines: BB_TAIL,
    outline: [],
  },
  '09-zhuchici-17hubei-bracket-title-glued-stage-directions': {
    source: 'http://zh.17hubei.com.cn/jxfw/202508/452766.html',
    kind: 'speech: 主持词 (中秋晚会)',
    tests: 'the title in 【】 glued before the salutation ("【中秋节晚会主持词】尊敬的…"); a courtesy "首先," paragraph (no 其次); stage directions in parentheses ("(节目表演)", "(互动环节)") and "……" lines where the programme runs; "接下来,"/"下面," transitions (no markers)',
    isSpeech: true,
    title: HB_TITLE,
    noise: ['【' + HB_TITLE + '】'],
    replace: [['【' + HB_TITLE + '】尊敬的', '尊敬的']],
    outline: [{ level: 1, marker: '首先,', text: '请允许我代表本次晚会的主办方,向在座的每一位朋友送上节日的问候和美好的祝福', optional: true }],
  },
  '10-zhuchici-2sdx-nan-nv-he-kaimuci-label': {
    source: 'http://m.2sdx.com/xuexi/zhuchici/288828.html',
    kind: 'speech: 主持词 (文艺汇演, two hosts)',
    tests: 'title, then the script\'s own section label "开幕词" on a line of its own (a genre word, not the title); every line opens with a speaker label ("男:", "女:", "合:"); the salutation split over two labelled lines; blanks where numbers were left out ("有所县属学校", "共个单位") and "……" placeholders; a mis-encoded middle dot ("七?一"); "首先," after a speaker label (no marker)',
    isSpeech: true,
    title: '党在我心中文艺汇演主持词',
    noise: [],
    dropLines: ['党在我心中文艺汇演主持词'],
    outline: [],
  },
  '11-guoqixia-gwdwx-subtitle-title-repeat-byline': {
    source: 'http://news.gwdwx.com/read.php?cid=198&ifinside=0&tid=14616',
    kind: 'speech: 国旗下讲话 (student)',
    tests: 'title "感念恩师", a "——中学部国旗下的讲话" subtitle, the title printed again and the student\'s name alone on a line (the speech\'s byline) above the salutation; "早上好!" on its own line; text cut after an ellipsis',
    isSpeech: true,
    title: '感念恩师',
    noise: [],
    dropLines: ['感念恩师'],
    outline: [{ level: 1, marker: '——', text: '中学部国旗下的讲话', optional: true }],
  },
  '12-essay-jgd352-big5-pinyin-baogao-tongzhimen': {
    source: 'http://jgd352.com/w/22txh2424b0',
    kind: 'non-speech: personal essay (traditional mirror)',
    tests: 'a first-person account of giving three reports at a party congress: "今天我要在會上作三個報告", a quoted opening "‘同志們,各位代表,大家好........\'" inside the narrative; converter pinyin after a few characters (經(jīng), 鄉(xiāng)鎮(zhèn)); no title',
    isSpeech: false,
    title: '',
  },
  '13-guide-chezhans1-biaotai-fayan-headings-bullets': {
    source: 'https://www.chezhans1.com/news/jie-kai-fu-ju-zhang-jiao-liu-biao-tai-fa-yan-bei-hou-de-zhen-xiang-yu-zhi-hui.html',
    kind: 'non-speech: article about 表态发言',
    tests: 'an explanatory article on a deputy director\'s 表态发言: no title in the capture, "一、"/"二、" headings with "1.1"/"2.1" sub-heads on lines of their own, "- " bullet lines, 政策/部署/发言 vocabulary',
    isSpeech: false,
    title: '',
  },
  '14-qa-chaxiaohao-shuzhi-shulian-meta-yishi': {
    source: 'https://www.chaxiaohao.com/read-1752040863l5798688.html',
    kind: 'non-speech: Q&A answer about 述职述廉报告',
    tests: 'an answer page: a date-time line with a view count ("… 4次"), a summary of what 述职述廉 reports contain with inline 一是/二是/三是 after a colon and semicolons, quoted model phrases, and an empty "本题链接:" line',
    isSpeech: false,
    title: '',
  },
  '15-tongzhi-hfcas-zhigong-daibiao-addressee-saoyisao': {
    source: 'http://hf.cas.cn/xwzx1/tztg/201302/t20130228_3783827.html',
    kind: 'non-speech: 通知 (职工代表大会)',
    tests: 'a short 通知: title "关于召开…的通知", an addressee line ending in a colon (like a salutation), the meeting\'s time and place, the issuer and date, and a "扫一扫" line',
    isSpeech: false,
    title: '关于召开第二届第四次职工代表大会的通知',
  },
  '16-xinde-kwongyang-big5-pinyin-liangxue-byline': {
    source: 'http://www.kwongyang.com/info/1274/1863.htm',
    kind: 'non-speech: 心得体会 (traditional mirror)',
    tests: 'a traditional 心得體會 with converter pinyin (發(fā), 關(guān), 規(guī), 領(lǐng)導(dǎo), 內(nèi), 務(wù), 產(chǎn)): title, a byline with the branch and a name, first-person reflection on a study campaign and a film',
    isSpeech: false,
    title: '“兩學一做”學習教育心得體會',
  },
  '17-news-chinadaily-ganyan-print-pager': {
    source: 'http://covid-19.chinadaily.com.cn/dfpd/shizheng/2013-03-21/content_16326824_2.htm',
    kind: 'non-speech: news report (officials\' remarks on taking office)',
    tests: 'a news page: site header and login lines, title, date and source line, "打印文章   发送给我好友", a subtitle, reported and quoted remarks of officials taking up posts, an editor/tag line and a pager "上一页 1 2 下一页"',
    isSpeech: false,
    title: '省部级官员密集调整 官员感言表决心、话乡情',
  },
};
