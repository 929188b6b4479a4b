// Gold specs for holdout round 17, part a (cases 01–06): companies, associations and events. Four spoken pieces (an
// international 商会's chairman thanking the delegates of its investment forum and inauguration, on the 商会's own site
// under "返回" and a "重要讲话" label, the title with a bare date, an English-prefixed photo caption ("Self Photos /
// Files - …") and the title again over the salutation, with a courtesy 首先, opening the first paragraph; a construction
// company manager's 开幕词 at the company's 五四 sports meeting on a traditional-script mirror with converter pinyin after a
// fixed set of characters, its four-slogan headline with a "——…的開幕詞" subtitle on one line over a " 公司新聞 | date" bar;
// an untitled two-host script for a power plant's 新年联欢晚会 from a spun template (男:/女:/一起: labels, the 合 label
// turned into "(关闭):", a label broken from its colon by a line break, "&hellip&hellip" left for the leaders' names,
// an inline courtesy 首先,); a project leader's 安全生产月 动员大会 发言稿 on a collection page, the title over its
// " 篇1" piece heading, 同志们:, and 一、/二、 heading lines after "…几点意见:") and two written pieces (a power company's
// news item on its 安全生产月 动员大会 under a breadcrumb and a 发布时间/作者/文章来源/访问次数 bar, reporting the
// chairman's 动员讲话 as "…指出,"/"…强调,"/"…要求,"; a traditional 范文 site's collection of 年会/抽奖 活动方案 under a
// breadcrumb, a "閱讀(1.64W)" line, a 小編 promo, the title twice and a "…篇1" heading, with 一、…四、 sections,
// (1)…(4) items and an anti-copy backtick). Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

const SR_TITLE = '骆承宇主席关于答谢SRIIF与会代表的致辞';
const SR_DATE = '2015年12月15日';
const SR_CAPTION =
  'Self Photos / Files - 全国政协委员、丝绸之路国际总商会主席、中国国际商会副会长骆承宇在致辞时表示,' +
  '丝绸之路国际总商会旨在凝聚全球合作新共识,铸造“一带一路”利益、责任和命运共同体';

const AM_TITLE = '不忘初心 牢記使命 戮力同心 砥礪奮進 ——銀濤建工總經理韓立峰在弘揚“五四精神”主題運動會上的開幕詞';
const AM_META = '公司新聞    |      2019-05-24';

const WD_TITLE = '安全生产月活动动员大会发言稿';
const WD_PIECE = '安全生产月活动动员大会发言稿 篇1';

export const specs = {
  '01-zhici-srcic-shanghui-fanhui-label-date-photo-caption-title-twice-shouxian': {
    source: 'http://srcic.com/yanjiang/sriif-zhici/?page=4',
    kind: 'speech: 致辞 (the chairman of an international 商会 thanking the delegates of its first investment forum and inauguration; the 商会\'s own site)',
    tests: 'an association site: "返回" and a section label "重要讲话" on lines of their own, the title naming the speaker ("<name>主席关于答谢SRIIF与会代表的致辞", an ASCII acronym inside), a bare date line "2015年12月15日" (the CMS\'s, not in parentheses), a photo caption opening with an English prefix "Self Photos / Files - " that reports the speech in the third person ("…在致辞时表示,…", no final stop), then whitespace-only lines, the title again, the salutation "尊敬的各位丝绸之路国际总商会成员:" and paragraphs indented with eight spaces; "大家好!" on its own line; the first paragraph opens "首先,请允许我…" (a courtesy 首先 with no 其次 in the capture); quoted event name and slogans; text cut mid-sentence without a stop ("…都享有很高的声誉")',
    isSpeech: true,
    title: SR_TITLE,
    noise: ['返回', '重要讲话', SR_DATE, SR_CAPTION, 'Self Photos / Files -'],
    dropLines: ['返回', '重要讲话', SR_TITLE, SR_DATE, SR_CAPTION],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我以丝绸之路国际总商会主席的身份', optional: true },
    ],
  },
  '02-kaimuci-aimreward-big5-pinyin-company-yundonghui-slogan-dash-title-meta-bar': {
    source: 'http://aimreward.com/gsnews/show/1048.html',
    kind: 'speech: 开幕词 (a construction company\'s general manager opening the company\'s 五四 sports meeting; traditional-script mirror of the company\'s news page)',
    tests: 'a traditional mirror of a company news page: the headline is four slogans separated by spaces and a "——<company>總經理<name>在…主題運動會上的開幕詞" subtitle, all on one line (the title as printed); a bar " 公司新聞    |      2019-05-24" (leading space, runs of spaces around "|"); the salutation "尊敬的總裁、各位領導,全體<company>同仁:" with the chairman first, "大家上午好!" on its own line; the mirror\'s converter pinyin after every 節/發/統/續/業/現/態/協/戰 ("季節(jié)里", "發(fā)展", "常態(tài)化", "戰(zhàn)斗力") and its simplified leftovers (干部, 斗志, 敢于, 這里); a ", " with a space after it; slogans in quotes with semicolons inside; no outline marker ("在此,我謹代表…" is prose); text cut mid-sentence without a stop ("咬緊牙關不輕言放棄")',
    isSpeech: true,
    title: AM_TITLE,
    noise: [AM_META],
    regexCut: [PINYIN],
    dropLines: [AM_TITLE, AM_META],
    outline: [],
  },
  '03-zhuchici-nvdc-xinnian-lianhuan-two-hosts-split-label-hellip-entity-guanbi-shouxian': {
    source: 'https://nvdc.cn/fanwen/22723.html',
    kind: 'speech: 主持词 (two hosts opening a power plant\'s 新年联欢晚会 and its contest; a template site)',
    tests: 'no title and no site chrome: a two-host script from a spun template, every line a turn with a 男:/女: label, an unlabelled "各位晚上好!", a joint "一起:" turn and a joint turn whose 合 label the spinner turned into "(关闭):" (its text spun too: "充满朝气、朝气和希望!"); one label broken from its colon by a line break ("男" / ":在我们…"), to be read as one turn; three turns run together on one line ("…结晶。女:…。男:…。"); "20XX" and "30年" (no markers); "&hellip&hellip" left where the leaders\' names were to be read ("它们是&hellip&hellip。", the spinner\'s 它们 for the leaders); an inline courtesy "首先,请允许我介绍…" after "现在开始!" with no 其次; the host announcing the contest\'s scoring rules after a colon; the capture ends at a full stop',
    isSpeech: true,
    title: '',
    noise: [],
    replace: [['男\n:在我们', '男:在我们']],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我介绍今天到场的各位领导', optional: true },
    ],
  },
  '04-fayangao-wenandaquan-anquanyue-dongyuan-piece1-tongzhimen-yi-er-headings': {
    source: 'https://wenandaquan.com/word/664604.html',
    kind: 'speech: 发言稿 (a company project leader at a 安全生产月 动员大会; collection page of a 范文 site)',
    tests: 'a collection page: the title, then the piece heading "<title> 篇1" (space before the piece number), "同志们:"; the opening paragraph ends "借此机会我再讲几点意见:" and is followed by block heading lines "一、看清形势,凝聚共识,…" and "二、强化措施,狠抓落实,…" with commas and no sentence end; "20__" placeholders; the programme name "局知安全行安全奖安全" run together as printed; quoted slogans ("零事故、零伤害", "五个到位", "双百亿"); "在此,我代表公司…" (no marker); text cut mid-sentence without a stop ("…切实防范和减少各类安全事故")',
    isSpeech: true,
    title: WD_TITLE,
    noise: [WD_PIECE],
    dropLines: [WD_TITLE, WD_PIECE],
    outline: [
      { level: 1, marker: '一、', text: '看清形势,凝聚共识,充分认识开展做好安全生产工作' },
      { level: 1, marker: '二、', text: '强化措施,狠抓落实,全面提升安全生产管理水平' },
    ],
  },
  '05-news-hbepec-anquanyue-dongyuan-dongshizhang-breadcrumb-meta-zhichu-qiangdiao-not-speech': {
    source: 'http://hbepec.com/gsxw/9994.jhtml',
    kind: 'non-speech: company news item (a power company\'s 安全生产月 动员大会, with the chairman\'s 动员讲话 reported)',
    tests: 'a company site: a "公司新闻" section label, a breadcrumb "首页> 新闻动态 > 公司新闻", the headline "公司召开2021年度“安全生产月”动员大会", a "发布时间:… 作者:… 文章来源:安质环部 访问次数:" bar with an empty count, paragraphs separated by two blank lines: a lead naming the chairman who "主持会议并作动员讲话", the deputy manager\'s arrangements reported with "要求…", then three paragraphs opening "<name>指出,", "<name>强调,", "<name>要求," that paraphrase the speech ("要…", "各单位要…") in the third person; no salutation; cut mid-phrase ("提供更加坚实") — a report of a speech, not the speech',
    isSpeech: false,
    title: '公司召开2021年度“安全生产月”动员大会',
  },
  '06-fangan-jlmbg-big5-nianhui-choujiang-cehua-breadcrumb-count-xiaobian-piece1-backtick-not-speech': {
    source: 'https://jlmbg.com/chang/cehua/n5w713.html',
    kind: 'non-speech: 活动方案 (collection page of a traditional-script 范文 site; a company\'s 年会 and prize-draw plan)',
    tests: 'a traditional 范文 page with blank lines between all lines: breadcrumb "當前位置:簡歷模板館>職場>活動策劃>", the collection title "公司做抽獎活動方案策劃8篇", a category and count line "活動策劃 閱讀(1.64W)", a 小編 promo, the collection title again and the piece heading "公司做抽獎活動方案策劃篇1"; a lead paragraph announcing the company\'s "…總結表彰暨…迎新年會", then 一、年會主題: / 二、年會時間 / 三、年會地點: / 四、年會目的: sections with (1)…(4) items, "20_"/"x"/"_" placeholders, "(待定)", a time range "13:00至21:00" and an anti-copy backtick ("團隊合作的`意識"); no address to an audience — a written plan for a company event, not a speech',
    isSpeech: false,
    title: '公司做抽獎活動方案策劃',
  },
};
