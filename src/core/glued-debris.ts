// Debris glued into a paragraph that is cut wherever it stands, the paragraph kept:
// - single anti-copy characters sites plant inside words ("的'共同", "的.校风", "的`谢意"), before a pause ("的`、形式") or
//   after a sentence end ("什么。▲");
// - notices no speaker writes, glued before, inside or after the text: a site's truncation
//   notice in brackets ("……(未完,全文共6606字,当前仅显示2320字…)"), "当前隐藏内容免费查看"
//   inside a sentence, a trial copy's "……此处隐藏N个字……" fold, the journal databases' "【正】" before the
//   text, a site's keyword naming a document glued after a line's closing colon ("…议程:工作会议主持词"),
//   and a preview's "[ 查看全文 ]" button glued after the cut text, with a related-articles header;
//   a site's "原创:" label planted after a comma; a "范文预览:" label or an answer site's "关于这个问题," glued before the salutation; a writing course's notes on the model text in brackets;
//   an HTML tag the template leaked into the text; a gambling site's spam token planted between words;
//   a reposting site's source stamp with the page's address ("文章源自英文巴士-https://…");
//   another document's English text glued after the last Chinese words of a flattened document.
import { allMatches } from './rules/all-matches';
import { compiledPattern } from './rules/machine-code';
import { isChineseOnlyCode, isRegExpSpaceCode } from './normalize';
import { hasSentenceEnd } from './stops';
import { anyOf, OFFICES } from './rules/offices';
import { AUDIENCE, SALUTATION_LINE } from './rules/speech-cues';
import type { RemovedReason } from './types';
import type { Span } from './watermark';

export interface DebrisSpan extends Span {
  reason: RemovedReason;
  rule: string;
}

const CJK = '\\u4e00-\\u9fff';
/** A stray mark between two Chinese characters ("的.发展", "希(!)望", "同#志"), before a comma or a full stop ("交错的`。"),
 * before an opening quote ("的'“包粽子”") or a closing one ("想象力的.”"),
 * after a sentence end, or alone on its line. */
const ANTI_COPY_MARK = new RegExp(`(?<=[${CJK}])(?:['\`.▲#]|\\(!\\))(?=[${CJK}])|(?<=[${CJK}])[\`▲](?=[、，,；;。！？])|(?<=[${CJK}])['\`▲](?=[“「『])|(?<=[${CJK}])\\.(?=[”’」』])|(?<=[。！？!?])\\s*['\`▲](?=\\s*(?:$|[${CJK}“‘]))|^\\s*['\`▲]\\s*$`, 'g');
const CLOSING_QUOTE = /[”’」』]/;
/** A host's script leaves a "." for the name it thanks or calls up ("谢谢.部长", "有请.书记"): a
 * blank, not a mark. */
const NAME_BLANK = new RegExp(`(?:谢谢|感谢|有请|请|欢迎)\\.(?=${anyOf([...OFFICES, '经理', '老师', '同志', '先生', '女士'])})`, 'y');
/** An apostrophe may be half of a pair of ASCII quotes ('硬币'): a mark only when alone in its
 * sentence (looked for within a bounded window, so many marks stay linear). */
const QUOTE_WINDOW = 120;
/** How many words an apostrophe opening a quotation that a full-width mark closes may hold. */
const MISMATCHED_QUOTE_WORDS = 10;
const OPENS_MISMATCHED_QUOTE = new RegExp(`^[${CJK}]{1,${MISMATCHED_QUOTE_WORDS}}[“”’]`);

/** A site's notice inside brackets, however it is glued in. */
const BRACKETED_NOTICE =
  /(?:…{1,2}|\.{3,6})?\s*[（(][^（()）]{0,30}?(?:省略\s*\d+\s*字|未完|全文共\s*\d+\s*字|[当當]前(?:仅|只|僅)?[显顯]示\s*\d+\s*字|[显顯]示\s*\d+\s*字)[^（()）]{0,80}(?:[)）]|$)/g;
const NOTICE_WORDS = /省略|未完|[显顯]示\s*\d/;
const WWW = /www\./i;
/** A site's plug for its articles, in brackets with its address, planted inside a sentence
 * ("…城区(敬请期待更好文章:WWW.)各部门…", the domain itself lost): it says nothing of the speech. */
const GLUED_SITE_PLUG = /[ \t]{0,2}[（(][ \t]{0,2}(?:敬请期待|更多|欢迎访问|请访问|请关注|尽在)[^（()）。]{0,16}?(?:文章|范文|内容|精彩)[^（()）。]{0,6}?[:：]?[ \t]{0,2}www\.[A-Za-z0-9.\-]{0,40}[ \t]{0,2}[)）][ \t]{0,2}/gi;
/** A document site's claim to the text, planted inside a word ("…广大台湾同本资料权属文秘资源网放上鼠标按照提示查看文秘资源网胞…"):
 * it names the site and how to find more there, and says nothing of the speech. */
const GLUED_RIGHTS_CLAIM = /本(?:资料|文档|文章|内容)[ \t]{0,2}(?:权属|版权(?:归|属于|所有))[\u4e00-\u9fffA-Za-z0-9.]{2,20}?(?:网|站|文库)(?:[，,]?[ \t]{0,2}放上鼠标[^。，,！？!?]{0,12}?(?:查看|访问)[\u4e00-\u9fffA-Za-z0-9.]{2,20}?(?:网|站|文库)(?:更多资料)?)?/g;
/** An outlet's bracketed name glued before the salutation that opens the speech ("【连网】尊敬的各位领导,朋友们:"):
 * the page's mark of where the text came from (a host script's stage label, "【开场】各位来宾…", names no outlet). */
const SOURCE_TAG_BEFORE_SALUTATION = /^【[\u4e00-\u9fff]{1,5}(?:网|报|台|社|讯)】\s{0,2}(?=尊敬的|敬爱的|亲爱的|各位|同志们|同学们|老师们|朋友们)/;
/** A portal's follow button glued before the salutation that opens the speech ("关注尊敬的各位领导、各位来宾,…"):
 * cut only when what follows is a salutation line, so "关注各位老人的冷暖" stays. */
const FOLLOW_BUTTON = /^[+＋]?[ \t]{0,2}(?:关注|關注)[ \t]{0,2}/;
/** A run of ASCII dots left before the salutation that opens the speech ("..各位领导、各位来宾…:"): a forum's leftover marks,
 * cut only when what follows is a salutation line (an ellipsis opening a sentence stays). */
const DOTS_BEFORE_SALUTATION = /^[ \t]{0,2}\.{2,6}[ \t]{0,2}(?=[\u4e00-\u9fff])/;
/** A site's "原创:" label planted inside a sentence ("…惦记着你,原创:直到看见你…", "…难熬。原创:是部队…"): after a comma or a sentence end,
 * before words, it labels nothing. */
const GLUED_ORIGINAL_LABEL = /(?<=[，,。！？])[ \t]{0,2}原创[ \t]{0,2}[:：][ \t]{0,2}(?=[\u4e00-\u9fff])/g;
/** A writing course's note on the model text, in brackets wherever it stands ("…市委书记(先亮明身份,
 * 这是这类发言开场的固定动作,…)", "(标题用的是下定义的写法,开门见山亮出观点…)"): it talks about how
 * the speech is written, which no speaker says (a bare 写法 may be a speaker's: "(包括写法规范)"). */
const WRITING_TERMS = '句式|表达的艺术|这类发言|这类讲话|小标题|标题用|固定动作|概括得|承上启下|首尾呼应|过渡句';
const WRITING_NOTE = new RegExp(`[（(][^（()）]{0,200}?(?:${WRITING_TERMS})[^（()）]{0,200}[)）]`, 'g');
const WRITING_NOTE_HINT = new RegExp(WRITING_TERMS);
/** A gambling site's spam token planted between two Chinese words ("保证了hjc888黄金城军训各项…"): lower-case
 * letters and a run of one repeated digit (888, 6666), with the brand word after it. A token that ends in a
 * gambling site's word ("js33333线路登录", put where a school's name stood) is cut whatever stands either side
 * ("——js33333线路登录校长…", "你们选择的js33333线路登录,…"). */
const GLUED_SPAM_BRAND =
  /(?<![A-Za-z0-9])[a-z]{2,6}([0-9])\1{2,5}[\u4e00-\u9fff]{0,2}(?:娱乐城|娱乐|官网|平台|彩票|棋牌|真人|线路登录|线路检测|登录|网址|注册)|(?<=[\u4e00-\u9fff])[a-z]{2,6}([0-9])\2{2,5}(?:[\u4e00-\u9fff]{0,2}(?:娱乐城|娱乐|城|国际|官网|平台|彩票|棋牌|真人|体育))?(?=[\u4e00-\u9fff])/g;
/** A gambling site's search keyword put where a name stood ("…演讲的主题是《全球赌博十大网站》"): a gambling word, a
 * ranking word and a site word in one short run — a speaker warns of "网络赌博平台", he
 * never ranks them; or a betting brand, letters and a number before 投注 and a site word ("…在2020年BET体育365投注官网开学典礼上…"). */
const GAMBLING_KEYWORD =
  /(?:全球|世界|亚洲|国内|网上|网络|正规|最新)?(?:赌博|博彩|赌场|百家乐|棋牌)[\u4e00-\u9fff]{0,2}?(?:十大|排行榜?|排名|前十|大全)[\u4e00-\u9fff]{0,2}?(?:网站|平台|网址|官网)|(?<![A-Za-z0-9])[A-Za-z]{2,8}[\u4e00-\u9fff]{0,2}\d{2,4}(?:投注|下注)(?:官网|网站|网址|平台|app|APP)/g;
/** A betting site's brand glued into a sentence where its keyword was planted ("…健康服务、BOB体育完善健康保障…"):
 * the short Latin names of betting brands with 体育 after them; a speaker's "CCTV体育频道" or "NBA" is no such name. */
const GLUED_BETTING_BRAND = /(?<=[\u4e00-\u9fff，,。、；;！!？?])(?:BOB|HTH|KY|OD|MK|LY|AG|PG|BG|DB|YB)体育(?=[\u4e00-\u9fff])/g;
/** A chatbot's sign-off left after the text it wrote ("…今天的分享就到这里啦!如果需要调整或补充,请随时告诉我哦!"): it
 * offers to rewrite the text for its reader; no speaker asks his audience to have his words revised. */
const CHATBOT_SIGNOFF = /[ \t]{0,2}如果(?:你|您)?(?:还)?(?:需要|想要|希望)(?:进一步)?(?:调整|修改|补充|润色|扩写|完善)[^。！!？?]{0,12}[，,]\s{0,2}(?:请|可以)?随时(?:告诉|联系|告知)我[哦呀吧~～]?[。！!~～]?/g;
/** The words GAMBLING_KEYWORD cannot match without (a paragraph's 注意 or 关注 is no reason to run it). */
function mayHoldGamblingKeyword(text: string): boolean {
  return text.includes('赌') || text.includes('博彩') || text.includes('棋牌') || text.includes('百家乐') || text.includes('投注') || text.includes('下注');
}
const HAS_REPEATED_DIGITS = /([0-9])\1\1/;
/** A search keyword naming a genre glued twice into a sentence ("…巨大损失消防安全培训主持词消防安全培训主持词。"):
 * the site's SEO run; no speaker says a document's name twice running. */
const GLUED_KEYWORD_TWICE = /([\u4e00-\u9fff]{2,16}?(?:主持词|讲话稿|讲话|致辞|发言稿|演讲稿|讲稿|开幕词|闭幕词|贺词|串词))\1/g;
/** Every genre GLUED_KEYWORD_TWICE names holds one of these, so a keyword glued twice holds one twice. */
const GENRE_PARTS = ['词', '稿', '讲话', '致辞'];
function mayHoldGenreTwice(text: string): boolean {
  return GENRE_PARTS.some((part) => {
    const first = text.indexOf(part);
    return first >= 0 && text.includes(part, first + part.length);
  });
}
/** A Q&A site's copy marker glued into an answer's sentence ("…燃尽了自己,7a686964616fe58685e5aeb931333337383263但我知道…"):
 * a run of hex digits, letters among them, between two words of Chinese; no speaker reads out a hash. */
const GLUED_HEX_MARK = /(?<=[\u4e00-\u9fff，,。、！!？?；;])(?=[0-9]{0,79}[a-f])[0-9a-f]{24,80}(?=[\u4e00-\u9fff，,。、！!？?；;]|$)/g;
const HAS_HEX_RUN = /[0-9a-f]{24}/;
/** A lottery site's search keyword put where a name stood ("…艺术节闭幕式", "我们管家婆正版管家婆今天的的学生代表"): a
 * lottery brand (管家婆, 王中王; 澳门 or 香港 only before a lottery word) run on by lottery words, "的" only between
 * two of them or once at the end. A keyword names two lottery marks ("管家婆…管家婆", "王中王100%"); a speaker's
 * "管家婆软件" or "澳门回归" names none after it. */
/** The lottery words a keyword runs on with, and the lottery marks 澳门 or 香港 is a brand only before. */
const LOTTERY_WORDS = '管家婆|王中王|正版|资料|大全|免费|精准|一码|一肖|特马|期期准|今晚|今天|开奖|结果|最准|六合彩|彩图|[0-9]{2,3}%';
const LOTTERY_BEFORE_PLACE = '(?=王中王|管家婆|一码|一肖|特马|六合彩|开奖|正版资料|资料大全)';
const LOTTERY_KEYWORD = /* @__PURE__ */ new RegExp(
  `(?:管家婆|王中王|新?澳门${LOTTERY_BEFORE_PLACE}|香港${LOTTERY_BEFORE_PLACE})(?:(?:${LOTTERY_WORDS})|的(?=${LOTTERY_WORDS})){1,8}的?`,
  'g',
);
/** The marks of which a lottery keyword names two, the brand included. */
const LOTTERY_MARK = /管家婆|王中王|一码|一肖|特马|六合彩|开奖|期期准|资料大全|正版资料|[0-9]{2,3}%/g;
const MIN_LOTTERY_MARKS = 2;
/** The words without which LOTTERY_KEYWORD has no brand to start from. */
const LOTTERY_HINT = /管家婆|王中王|一[码肖]|特马|六合彩|开奖|资料大全|正版资料/;

/** Whether a lottery keyword's match names two lottery marks. */
const namesTwoLotteryMarks = (match: string): boolean => (match.match(LOTTERY_MARK)?.length ?? 0) >= MIN_LOTTERY_MARKS;
/** A hijacked page's casino keywords planted where a name stood ("…迎来新澳门威尼斯赌场_澳门威尼斯人网址-备用*官网:成立70周年…"):
 * a Macau casino's name and its site words chained by "_", "-", "*" — no speaker's Macau runs on so. */
const GLUED_CASINO_CHAIN = /澳门[\u4e00-\u9fff]{1,6}?(?:赌场|赌城|娱乐场?|网址|官网|平台)(?:[_*|\-][\u4e00-\u9fffA-Za-z0-9]{1,12}){1,5}[:：]?/g;
/** The casinos GLUED_CASINO_CODE names (BETTING_BRANDS' casinos have a rule of their own). */
const CASINO_BRANDS = '永利|太阳集团|太阳城|金沙|银河';
/** (成色: the search keyword's own word, "金沙集团1862cc成色".) */
const CASINO_SITE_WORDS = '官网|网站|网址|总站|入口|平台|登录|欢迎你|欢迎您|娱乐场?|成色';
const CASINO_CODE = '(?=[0-9]{0,7}[A-Za-z])[0-9A-Za-z]{2,8}(?![A-Za-z0-9])';
/** Casino brands a hijacked page plants with a site code or site words where a school's name stood ("…庄重举行永利总站ylzz欢迎你
 * 2014级开学典礼", "正式成為2003网站太阳集团的一員", "在金沙集团1862cc成色"): the brand run on by a code with a letter in it (a
 * year or a count after a name, "张永利2020年", stays), by digits and a site word, or by a site word; or led by a code and 网站. */
const GLUED_CASINO_CODE = new RegExp(
  `(?<![A-Za-z0-9])[0-9A-Za-z]{3,8}(?:网站|官网|网址)(?:澳门)?(?:${CASINO_BRANDS})(?:集团|娱乐场?|总站|国际)?` +
    `|(?:澳门)?(?:${CASINO_BRANDS})(?:集团|娱乐场?|总站|国际)?(?:${CASINO_CODE}|[0-9]{2,6}(?=${CASINO_SITE_WORDS}))(?:${CASINO_SITE_WORDS}){0,2}` +
    `|(?:澳门)?(?:${CASINO_BRANDS})(?:集团|娱乐场?)?(?:总站|官网|网址)(?:${CASINO_CODE})?(?:欢迎你|欢迎您|入口|登录)?`,
  'g',
);
const CASINO_HINT = new RegExp(CASINO_BRANDS);
/** The betting brands GLUED_BETTING_SITE names, its hint looking for them too. */
const BETTING_BRANDS = '万博|亚博|开云|乐鱼|必威|米乐|华体会|九游|博鱼|皇冠|赢博|威尼斯人|新葡京|伦敦人|巴黎人|美高梅';
/** Betting brands spelled in Latin letters and digits, which no speech names ("…加强国际合作。bet365取款要多久几年来…",
 * a keyword where the council's name stood): the brand with the search words planted after it. */
const LATIN_BETTING_BRANDS = 'bet365|365bet|188bet|12bet|1xbet|dafabet|betway|bwin';
/** A betting site's name with its site's words, put where a school's or a town's name stood ("万博体育手机版客户端致以最真…",
 * "…付出万博体育平台_天下足球网…", "¥皇冠app官网的爱心", "好用的足球竞彩app总书记…", "为光荣的赢博官方(中国)总部教师",
 * "…新年贺词-pg电子游戏官网入口", "做了大量澳门伦敦人官网,想老人所想"): a brand no speaker names, run on with the words of its site. */
const GLUED_BETTING_SITE = new RegExp(`[¥￥]?(?:澳门)?(?:${BETTING_BRANDS})(?:体育|娱乐|电竞)?(?:app|APP)?(?:手机版|官方网站|官网|平台|客户端|网页版|入口|下载|微博){1,3}(?:_[\\u4e00-\\u9fff]{2,8}网)?|(?:万博|亚博|开云|赢博)官方[(（]中国[)）](?:总部|集团|有限公司)?|(?:好用的|最好的|靠谱的|正规的)?(?:足球|篮球)?竞彩(?:app|APP)|-?(?:pg|PG)电子游戏官网(?:入口)?|(?:${LATIN_BETTING_BRANDS})(?:体育|娱乐)?(?:官网|平台|网址|中文版|手机版|app|APP)?(?:开户|注册|存款|取款|提款|出款)?(?:要多久|多久到账|怎么样|靠谱吗|安全吗|流程)?`, 'g');
const BETTING_SITE_HINT = new RegExp(`${BETTING_BRANDS}|竞彩|电子游戏|${LATIN_BETTING_BRANDS}`);
/** A preview's mark where it left text out, between ellipses inside a paragraph ("…扛起责 ……略…… 不能在…"):
 * the site's, not the document's own "(略)". */
const GLUED_ELISION = /[ \t]{0,2}(?:…{1,3}|\.{3,6})[ \t]{0,2}(?:略|此处略|中间略|以下略|省略)[ \t]{0,2}(?:…{1,3}|\.{3,6})[ \t]{0,2}/g;
/** A document viewer's note where its text preview skips the middle, glued where the cut fell ("…建立 内容过长,仅展示头部和
 *尾部部分文字预览,全文请查看图片预览。 的权利——…"): the viewer's words, the sentences either side the document's. */
const GLUED_PREVIEW_ELISION = /[ \t]{0,2}(?:内容|文档|全文|文章)(?:过长|太长|较长)[,，][ \t]{0,2}仅(?:展示|显示)[^。！!]{0,24}预览[^。！!]{0,16}[。！!][ \t]{0,2}/g;
/** An HTML tag the site's template leaked into the text ("…提供有力支撑。</p>在全市…"): markup, never a
 * speaker's words; only the names of elements that carry text, so "x<5" or "<<上一篇" stay. */
const LEAKED_TAG =
  /<\/?(?:p|br|div|span|strong|b|i|em|u|font|h[1-6]|li|ul|ol|dl|dt|dd|td|tr|th|table|tbody|section|article|a|img|blockquote|center|sup|sub)(?:\s[^<>]{0,120})?[ \t]{0,2}\/?>/gi;
/** A line-break tag whose "<" a converter mangled or dropped ("…是犯罪?! ?br />"), a closing tag's ("…官兵/p>"), or an
 * opening tag's with its attributes ("…榮譽?!钡龋?span lang="EN-US">2008年…", "?SPAN lang=EN-US>"): the tag's rest is markup still. */
const BROKEN_BREAK_TAG =
  /(?<![A-Za-z<])br[ \t]{0,2}\/>|(?<![A-Za-z<])\/(?:p|div|span)>|(?<![A-Za-z<])(?:span|font|p|div)(?:[ \t]{1,2}(?:lang|style|class|color|size|face|align|id|dir)=(?:"[^"<>]{0,60}"|'[^'<>]{0,60}'|[^\s<>"']{1,40})){1,4}[ \t]{0,2}>/gi;
/** Phrases that are nothing but a site's button text, wherever they are glued. */
const GLUED_PHRASE = /\s*(?:当前|當前)?隐藏内容(?:免费)?(?:查看|可见)\s*/g;
/** A trial copy's fold glued into a line ("1、通过连通 ……此处隐藏3785个字……、建立…",
 * "…往来,(......此处隐藏了394字,下载文档可见全文......)项目调度会"): the marker goes, with the
 * dots, dashes or brackets around it; the text on both sides stays. */
const GLUED_HIDDEN_WORDS =
  /[ \t]{0,2}(?:[(（][ \t]{0,2})?(?:(?:…{1,2}|\.{3,6}|-{2,6}|—{1,2})[ \t]{0,2})?(?:此处|以下|剩余|中间|部分)(?:内容)?已?隐藏了?[ \t]{0,2}\d{1,6}[ \t]{0,2}个?字(?:[，,](?:下载|登录|购买|开通)[^。！？….\-—()（）]{0,8})?(?:[ \t]{0,2}(?:…{1,2}|\.{3,6}|-{2,6}|—{1,2}))?(?:[ \t]{0,2}[)）])?[ \t]{0,2}/g;
/** A site's keyword, a document's name, glued after the colon that ends a line ("下面,进行第三项
 * 议程:工作会议主持词"): a meeting's kind and a document's genre, never an agenda's act
 * (开幕词 and 闭幕词 are delivered; a 主持词 or a 讲话稿 is not). */
const GLUED_DOC_NAME =
  /(?<=[:：])[\u4e00-\u9fff]{0,8}(?:会议|大会|典礼|晚会|活动|仪式|座谈会|动员会|推进会|表彰会)(?:主持词|主持稿|讲话稿|发言稿|演讲稿|致辞稿|解说词|串词)$/;
/** A preview's button glued after its cut text, and the page's lines run on after it to the end
 * (a related-articles header, a form's note): "…爱岗敬... [ 查看全文 ]小学元旦致辞范文1000字的相关文章
 * 正在提交表单,请稍后...". The button is never the speech's; what follows it on the line is the page's. */
const GLUED_READ_MORE = /[ \t]{0,2}[\[【][ \t]{0,2}(?:查看全文|阅读全文|展开全文|显示全文|查看更多)[ \t]{0,2}[\]】][^]{0,80}$/;
/** The separators a page's layout leaves after the text, apart from it ("…本轮…… |"). */
const SEPARATORS = '|｜¦丨';
/** Journal databases print 【正】 where the abstract would be, before the text — or label the text
 * they show as its abstract ("摘    要:今天,市政府召开…", a library record's "文摘内容 今天 ,国务院…",
 * a journal site's search hit "简介:今天我们召开全省地方志工作会议,…", a document site's card "资源描述:…的致辞尊敬的…"). */
const JOURNAL_MARK = /^\s*(?:【正】|<正>|〈正〉|\[正\]|(?:【\s{0,2})?(?:摘\s{0,4}要|内容摘要|内容提要|内容简介|简\s{0,2}介|资源描述|文档描述|资源简介|文档简介)(?:\s{0,2}】)?\s{0,2}[:：]|文摘内容\s{0,2}[:：]?)\s*/;

/** A writer's Markdown bold left open at a paragraph's start, before the salutation ("**尊敬的老师 亲爱的同学们:"): the
 * editor's mark, not the text (a censored name stands for a word of the sentence, "**是淮河流域…", "香港歷史**悠久"; a closed
 * "**…**" is left whole). */
const OPEN_MARKDOWN_BOLD = new RegExp(`(?<=^\\s{0,4})\\*\\*(?=${AUDIENCE})(?![^\\n]*\\*\\*)`);

/** A template site's label for the text it shows, glued before the speech's salutation ("• 范文预览:同志们:…",
 * "正文：尊敬的各位领导…"): a document's own "内容:" field is followed by its content, not by an address. */
const PREVIEW_LABEL = new RegExp(`^\\s*(?:[-•·]\\s*)?(?:范文|全文|文章|原文)?(?:预览|试读|正文|内容)\\s{0,2}[:：]\\s*(?=${AUDIENCE})`);
/** An answer site's lead-in glued before the speech it answers with ("关于这个问题,尊敬的各位领导、…"):
 * a speaker's own "关于这个问题" is followed by what is said about it, not by a salutation. */
const ANSWER_LEAD = new RegExp(`^\\s*(?:关于|对于|针对)(?:这个|这一|该|你的|您的|你提的|您提的)问题\\s{0,2}[，,：:]\\s*(?=${AUDIENCE}[^。！？!?]{0,60}(?:[：:]|大家(?:早上|上午|下午|晚上)?好))`);
/** How far into a line the preview label's colon may stand. */
const PREVIEW_LABEL_REACH = 16;

/** A paragraph that ends its sentences with ASCII dots ("…--班长.我相信,….我承诺…", "…的问候.清溪县…的作品.")
 * and never with 。: its dots between Chinese words are full stops, not planted marks (a dot that
 * ends the paragraph is a full stop for sure). */
const DOT_BETWEEN_WORDS = /[\u4e00-\u9fff”」)）]\.(?=[\u4e00-\u9fff“「])/g;
const DOT_AT_END = /[\u4e00-\u9fff”」)）]\.\s*$/;
function endsSentencesWithDots(text: string): boolean {
  return !text.includes('。') && dotStopsIn(text) >= 2;
}
/** The ASCII dots in `text` that stand where a full stop would: between two words, or ending it. */
function dotStopsIn(text: string): number {
  return (text.match(DOT_BETWEEN_WORDS)?.length ?? 0) + (DOT_AT_END.test(text) ? 1 : 0);
}

/** A document that ends its sentences with ASCII dots throughout ("…环境保护.在当下,…" in one paragraph, "…的根基.地球…"
 * in the next): a lone dot between two words of any of its paragraphs is a full stop too. */
export function usesDotStops(lines: readonly string[]): boolean {
  let dots = 0;
  let stops = 0;
  for (const line of lines) {
    for (let at = line.indexOf('。'); at !== -1; at = line.indexOf('。', at + 1)) stops++;
    if (line.includes('.')) dots += dotStopsIn(line);
  }
  return dots >= MIN_DOT_STOPS && dots >= DOTS_PER_FULL_STOP * stops;
}
const MIN_DOT_STOPS = 4;
/** (a few 。 a site's own lines print do not count against them) */
const DOTS_PER_FULL_STOP = 3;

/** A page whose encoding lost the ideographic spaces that indented its lines prints "?" (or U+FFFD)
 * before each line's first word: "?同志们:", "?一、请…". A sentence never opens with a question mark. */
const LOST_INDENT = /^(?:[?\uFFFD] ?){1,4}(?=[\u4e00-\u9fff“‘「（(【0-9０-９]|$)/;
/** Lines that open so before the page counts as one that lost them (a lone one may be a wrapped
 * question's mark: "…准备好了吗" / "?我们…"). */
const MIN_LOST_INDENTS = 2;

/** Whether enough of `lines` open with a lost indent to read every such opening as one. */
export function hasLostIndents(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) if ((line.charCodeAt(0) === 0x3f || line.charCodeAt(0) === 0xfffd) && LOST_INDENT.test(line) && ++count >= MIN_LOST_INDENTS) return true;
  return false;
}

/** A lost indent left after the full stop that ended the paragraph before ("…的环境和条件。?"): a
 * Chinese full stop is never followed by an ASCII question mark of the text's own — unless the stop
 * is itself inside a mis-encoded run ("?。?024年11月22日)", a date whose "(2" was lost), which stays whole. */
const LOST_INDENT_AFTER_STOP = /(?<=(?<![?\uFFFD])。)[?\uFFFD]{1,4}(?=$|[\u4e00-\u9fff“‘「（(【0-9０-９])|(?<=(?<![?\uFFFD])[！!：:])[?\uFFFD]{1,4}$/g;

/** The next paragraph's lost indent at a line's end after an exclamation or a colon ("…朋友们:?", "…中秋快乐!?"): no sentence asks after either. */
const LOST_AT_END_HINT = /[！!：:][?\uFFFD]{1,4}$/;

/** Lost indents in `text`: after a full stop always, and opening it on a page that has them (hasLostIndents) or as a run. */
export function findLostIndents(text: string, pageHasThem: boolean): DebrisSpan[] {
  const spans: DebrisSpan[] = [];
  // two or more marks are never a wrapped question's ("????大家下午好!"): lost, on any page
  const opening = LOST_INDENT.exec(text);
  // ("? ? ? ?秋风起…": a converter's spaces between the marks; "?" alone on its line: an empty paragraph's indent)
  if (opening && (pageHasThem || (opening[0].length >= 2 && opening[0] !== text))) spans.push({ start: 0, end: opening[0].length, reason: 'watermark', rule: 'watermark.lost-indent' });
  if (text.includes('。?') || text.includes('。\uFFFD') || LOST_AT_END_HINT.test(text)) pushMatches(spans, LOST_INDENT_AFTER_STOP, text, 'watermark', 'watermark.lost-indent');
  return spans;
}

/** A glyph of a script no Chinese sentence uses, planted between two ideographs ("一种ฃ肃穆", "粗❥俗"): Thai
 * letters, dingbats. */
const FOREIGN_GLYPH = /(?<=[\u4e00-\u9fff])[\u0e00-\u0e7f\u2700-\u27bf](?=[\u4e00-\u9fff])/g;
const FOREIGN_GLYPH_HINT = /[\u0e00-\u0e7f\u2700-\u27bf]/;

export function findAntiCopyMarks(text: string, documentDotStops: () => boolean = () => false): DebrisSpan[] {
  const spans: DebrisSpan[] = [];
  if (FOREIGN_GLYPH_HINT.test(text)) pushMatches(spans, FOREIGN_GLYPH, text, 'watermark', 'watermark.anti-copy-mark');
  if (!/['`.▲#]|\(!\)/.test(text)) return spans;
  let dotsAreStops: boolean | undefined;
  const dotIsStop = () => (dotsAreStops ??= endsSentencesWithDots(text) || documentDotStops());
  ANTI_COPY_MARK.lastIndex = 0;
  for (let m = ANTI_COPY_MARK.exec(text); m; m = ANTI_COPY_MARK.exec(text)) {
    const at = m.index + m[0].length - 1;
    if ((text[at] === "'" && inQuotePair(text, at)) || (text[at] === '#' && inPair(text, at, '#'))) continue;
    if (text[at] === '.' && (isNameBlank(text, at) || isOrdinalDot(text, at) || isMonthDayDot(text, at) || dotIsStop())) continue;
    // before a closing quote a dot may end the quoted sentence: a mark only where sentences end with 。
    if (text[at] === '.' && CLOSING_QUOTE.test(text[at + 1] ?? '') && !text.includes('。')) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, reason: 'watermark', rule: 'watermark.anti-copy-mark' });
  }
  return spans;
}

/** Chinese numerals, as an ordinal or a heading's number spells them. */
const NUMERALS = '一二三四五六七八九十百零〇两';

/**
 * Whether the "." at `at` closes a heading's or a point's number that opens the paragraph or a
 * sentence ("一.提高认识", "第二.本次论坛的亮点"): the outline's mark, typed in ASCII, not an anti-copy one.
 */
function isOrdinalDot(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && NUMERALS.includes(text[i - 1]!)) i--;
  if (i === at || at - i > 3) return false;
  if (i > 0 && text[i - 1] === '第') i--;
  const before = i > 0 ? text[i - 1]! : '';
  return before === '' || /[\s。！？!?；;：:]/.test(before);
}

/** The numerals of a month and a day. */
const DATE_NUMERALS = '一二三四五六七八九十';

/**
 * Whether the "." at `at` joins a month and a day in numerals, as festivals and dates are written
 * ("“五.一”国际劳动节", "八.一建军节", "九.一八"): the date's own mark.
 */
function isMonthDayDot(text: string, at: number): boolean {
  let month = at;
  while (month > 0 && DATE_NUMERALS.includes(text[month - 1]!)) month--;
  let day = at + 1;
  while (day < text.length && DATE_NUMERALS.includes(text[day]!)) day++;
  return at - month >= 1 && at - month <= 2 && day - at - 1 >= 1 && day - at - 1 <= 3 && !NUMERALS.includes(text[month - 1] ?? '') && !NUMERALS.includes(text[day] ?? '');
}

/** Whether the "." at `at` stands for a name after a word of thanks or call ("谢谢.部长"). */
function isNameBlank(text: string, at: number): boolean {
  for (const verb of [2, 1]) {
    NAME_BLANK.lastIndex = at - verb;
    if (at - verb >= 0 && NAME_BLANK.test(text)) return true;
  }
  return false;
}

/** Whether another apostrophe shares the sentence (a quoted word, not a mark), or a full-width
 * quote closes the few words after it ("强化'四个意识“,": a quotation typed with two kinds of mark). */
function inQuotePair(text: string, at: number): boolean {
  return OPENS_MISMATCHED_QUOTE.test(text.slice(at + 1, at + 2 + MISMATCHED_QUOTE_WORDS)) || inPair(text, at, "'");
}

/** Whether another `mark` shares the sentence (a quoted word, a hashtag: "#读书节#"). */
function inPair(text: string, at: number, mark: string): boolean {
  const from = Math.max(0, at - QUOTE_WINDOW);
  const to = Math.min(text.length, at + QUOTE_WINDOW);
  let start = at;
  while (start > from && !hasSentenceEnd(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < to && !hasSentenceEnd(text[end]!)) end++;
  return text.slice(start, at).includes(mark) || text.slice(at + 1, end).includes(mark);
}

/** A trial copy's fold inside a line (simplified script: fold a mirror's line first). */
export function findGluedHiddenWords(text: string): DebrisSpan[] {
  if (!text.includes('隐藏')) return [];
  const spans: DebrisSpan[] = [];
  pushMatches(spans, GLUED_HIDDEN_WORDS, text, 'paywall', 'paywall.glued-hidden-words');
  return spans;
}

/** Every match of a global `pattern` in `text`, as a span cut for `rule`; only those `accept` takes, when given. */
function pushMatches(spans: DebrisSpan[], pattern: RegExp, text: string, reason: RemovedReason, rule: string, accept?: (match: string) => boolean): void {
  for (const m of allMatches(pattern, text)) {
    if (!accept || accept(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, reason, rule });
  }
}

/** Where the white space before a separator that ends the text starts; -1 when there is none. */
function trailingSeparator(text: string): number {
  const last = text.length - 1;
  if (last < 1 || !SEPARATORS.includes(text.charAt(last))) return -1;
  let start = last;
  while (start > 0 && isRegExpSpaceCode(text.charCodeAt(start - 1))) start--;
  return start < last ? start : -1;
}

/** A tag is a short name: Chinese characters only, no mark (a sentence's words have some). */
const TAG = /^[\u4e00-\u9fff]{2,12}$/;
const MIN_TAGS = 2;
const MAX_TAGS = 8;

/**
 * Where a run of tags starts that a tag bar left between the text's last sentence and its
 * trailing separator ("…相约在六月。 校长新年致辞 高中校长新年致辞 校长新年寄语 |"); `end` when
 * there is none. Only after a sentence end, and only two tags or more, each a word apart.
 */
function tagRunBefore(text: string, end: number): number {
  // the last few words only: a flattened document is one long line
  const words = text.slice(Math.max(0, end - MAX_TAGS * 16), end).split(/(\s+)/);
  let start = end;
  let tags = 0;
  // walk back over "tag, space" pairs; split keeps the spaces at odd places
  for (let k = words.length - 1; k >= 2 && tags < MAX_TAGS; k -= 2) {
    if (!TAG.test(words[k]!)) break;
    start -= words[k]!.length + words[k - 1]!.length;
    tags++;
    if (hasSentenceEnd(words[k - 2]!.slice(-1))) return tags >= MIN_TAGS ? start : end;
  }
  return end;
}

/** English words a run after a Chinese text must hold to be another document's text glued on. */
const MIN_GLUED_ENGLISH_WORDS = 20;
/** Chinese characters the text before it must hold: a Chinese document, not a bilingual line. */
const MIN_CHINESE_BEFORE = 40;
const ENGLISH_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/**
 * Another document's English text glued after the last Chinese words of a document flattened onto
 * one line ("…总是不难 Early each year organize conferences, in charge of…"): where it starts, or -1.
 * Read from the end, so it costs one pass whatever the line holds.
 */
export function gluedEnglishTail(text: string): number {
  let last = text.length - 1;
  while (last >= 0 && !isChineseOnlyCode(text.charCodeAt(last))) last--;
  if (last < MIN_CHINESE_BEFORE) return -1;
  const tail = text.slice(last + 1);
  const lead = /^[\s，。！？、；：”’"'),.!?;:]*\s/.exec(tail);
  if (!lead || (tail.match(ENGLISH_WORD)?.length ?? 0) < MIN_GLUED_ENGLISH_WORDS) return -1;
  let chinese = 0;
  for (let i = 0; i <= last && chinese < MIN_CHINESE_BEFORE; i++) if (isChineseOnlyCode(text.charCodeAt(i))) chinese++;
  return chinese >= MIN_CHINESE_BEFORE ? last + 1 + lead[0].length : -1;
}

/** How long `prefix` is at the line's start when what follows it is a salutation line (FOLLOW_BUTTON, DOTS_BEFORE_SALUTATION), else 0. */
function prefixBeforeSalutation(text: string, prefix: RegExp): number {
  const m = prefix.exec(text);
  return m && compiledPattern(SALUTATION_LINE).test(text.slice(m[0].length).trim()) ? m[0].length : 0;
}

export function findGluedSiteNotices(text: string): DebrisSpan[] {
  const spans: DebrisSpan[] = [];
  const journal = compiledPattern(JOURNAL_MARK).exec(text);
  if (journal && journal[0].length < text.length) spans.push({ start: 0, end: journal[0].length, reason: 'site-chrome', rule: 'site-chrome.journal-mark' });
  // a label closes with its colon within a few characters of the line's start (the literal check first: speed)
  const head = text.slice(0, PREVIEW_LABEL_REACH);
  const preview = head.includes(':') || head.includes('：') ? compiledPattern(PREVIEW_LABEL).exec(text) : null;
  if (preview) spans.push({ start: 0, end: preview[0].length, reason: 'site-chrome', rule: 'site-chrome.preview-label' });
  if (head.includes('问题')) {
    const answer = compiledPattern(ANSWER_LEAD).exec(text);
    if (answer) spans.push({ start: 0, end: answer[0].length, reason: 'site-chrome', rule: 'site-chrome.answer-lead' });
  }
  if (NOTICE_WORDS.test(text)) pushMatches(spans, BRACKETED_NOTICE, text, 'paywall', 'paywall.glued-truncation');
  spans.push(...findGluedHiddenWords(text));
  // a line ends in a document's name only after a colon (the literal checks first: speed)
  if ((text.endsWith('词') || text.endsWith('稿')) && /[:：]/.test(text)) {
    const name = GLUED_DOC_NAME.exec(text);
    if (name && name.index < text.length && text.length - name[0].length > 1) spans.push({ start: name.index, end: text.length, reason: 'watermark', rule: 'watermark.glued-doc-name' });
  }
  if (text.includes('全文') || text.includes('更多')) {
    const button = GLUED_READ_MORE.exec(text);
    if (button && button.index > 0) spans.push({ start: button.index, end: text.length, reason: 'paywall', rule: 'paywall.glued-read-more' });
  }
  const separator = trailingSeparator(text);
  if (separator > 0) {
    const tags = tagRunBefore(text, separator);
    if (tags < separator) spans.push({ start: tags, end: separator, reason: 'site-chrome', rule: 'site-chrome.glued-tags' });
    spans.push({ start: separator, end: text.length, reason: 'site-chrome', rule: 'site-chrome.trailing-separator' });
  }
  if (text.includes('原创')) pushMatches(spans, GLUED_ORIGINAL_LABEL, text, 'watermark', 'watermark.glued-original-label');
  if (text.includes('权属') || text.includes('版权')) pushMatches(spans, GLUED_RIGHTS_CLAIM, text, 'watermark', 'watermark.glued-rights-claim');
  if (text.charCodeAt(0) === 0x3010) {
    const tag = SOURCE_TAG_BEFORE_SALUTATION.exec(text);
    if (tag) spans.push({ start: 0, end: tag[0].length, reason: 'site-chrome', rule: 'site-chrome.source-tag' });
  }
  const dots = text.includes('..') ? prefixBeforeSalutation(text, DOTS_BEFORE_SALUTATION) : 0;
  if (dots) spans.push({ start: 0, end: dots, reason: 'site-chrome', rule: 'site-chrome.stray-marks' });
  const follow = prefixBeforeSalutation(text, FOLLOW_BUTTON);
  if (follow) spans.push({ start: 0, end: follow, reason: 'site-chrome', rule: 'site-chrome.follow-button' });
  if ((text.includes('(') || text.includes('（')) && WRITING_NOTE_HINT.test(text)) pushMatches(spans, WRITING_NOTE, text, 'site-chrome', 'site-chrome.writing-note');
  if (text.includes('隐藏内容')) pushMatches(spans, GLUED_PHRASE, text, 'paywall', 'paywall.glued-button');
  if (text.includes('##')) pushMatches(spans, PAID_CONTENT_MARK, text, 'paywall', 'paywall.paid-content-mark');
  if (WWW.test(text)) pushMatches(spans, GLUED_SITE_PLUG, text, 'watermark', 'watermark.glued-site-plug');
  if (text.includes('*') || text.includes('＊')) {
    pushMatches(spans, GLUED_SOURCE_MARK, text, 'watermark', 'watermark.anti-copy-mark');
    const bold = OPEN_MARKDOWN_BOLD.exec(text);
    if (bold) spans.push({ start: bold.index, end: bold.index + bold[0].length, reason: 'site-chrome', rule: 'site-chrome.markdown-mark' });
  }
  if (text.includes('://')) pushMatches(spans, GLUED_SOURCE_STAMP, text, 'watermark', 'watermark.glued-source-stamp');
  if (text.includes('<')) pushMatches(spans, LEAKED_TAG, text, 'site-chrome', 'site-chrome.leaked-tag');
  if (text.includes('>')) pushMatches(spans, BROKEN_BREAK_TAG, text, 'site-chrome', 'site-chrome.leaked-tag');
  if (text.includes('略')) pushMatches(spans, GLUED_ELISION, text, 'paywall', 'paywall.glued-elision');
  if (text.includes('预览')) pushMatches(spans, GLUED_PREVIEW_ELISION, text, 'paywall', 'paywall.glued-elision');
  const english = gluedEnglishTail(text);
  if (english !== -1) spans.push({ start: english, end: text.length, reason: 'site-chrome', rule: 'site-chrome.glued-english-text' });
  if (mayHoldGenreTwice(text)) pushMatches(spans, GLUED_KEYWORD_TWICE, text, 'watermark', 'watermark.glued-keyword-twice');
  if (HAS_HEX_RUN.test(text)) pushMatches(spans, GLUED_HEX_MARK, text, 'watermark', 'watermark.glued-hex-mark');
  if (HAS_REPEATED_DIGITS.test(text)) pushMatches(spans, GLUED_SPAM_BRAND, text, 'watermark', 'watermark.glued-spam-brand');
  if (text.includes('随时')) pushMatches(spans, CHATBOT_SIGNOFF, text, 'promo', 'promo.chatbot-signoff');
  if (text.includes('体育')) pushMatches(spans, GLUED_BETTING_BRAND, text, 'watermark', 'watermark.glued-spam-brand');
  if (mayHoldGamblingKeyword(text)) pushMatches(spans, GAMBLING_KEYWORD, text, 'watermark', 'watermark.glued-spam-brand');
  if (LOTTERY_HINT.test(text)) pushMatches(spans, LOTTERY_KEYWORD, text, 'watermark', 'watermark.glued-spam-brand', namesTwoLotteryMarks);
  if (text.includes('澳门')) pushMatches(spans, GLUED_CASINO_CHAIN, text, 'watermark', 'watermark.glued-spam-brand');
  if (CASINO_HINT.test(text)) pushMatches(spans, GLUED_CASINO_CODE, text, 'watermark', 'watermark.glued-spam-brand');
  if (BETTING_SITE_HINT.test(text)) pushMatches(spans, GLUED_BETTING_SITE, text, 'watermark', 'watermark.glued-spam-brand');
  if (text.includes('%')) pushMatches(spans, GLUED_STOCK_QUOTE, text, 'site-chrome', 'site-chrome.glued-stock-quote');
  if (text.includes('剩余')) pushMatches(spans, GLUED_REMAINING_COUNT, text, 'paywall', 'paywall.glued-remaining-count');
  return spans;
}

/** A source label left with a star inside a word ("…做到放來源*心不放手"): a copy guard's mark; a speaker's 来源 is
 * never starred. */
const GLUED_SOURCE_MARK = /(?<=[\u4e00-\u9fff])(?:来源|來源|出处|出處)[*＊]{1,3}(?=[\u4e00-\u9fff])/g;
/** A reposting site's stamp of where the text came from, with the page's address, glued to the end of every
 * paragraph or standing alone ("…紧紧相连的邮政工作者表达敬意。文章源自英文巴士-https://www.en84.com/16233.html"):
 * no speaker reads out a URL. */
const GLUED_SOURCE_STAMP = /[ \t]{0,2}(?:文章|本文|内容)(?:来源|源自|来自|转自|出自|来源于)[:：]?[ \t]{0,2}[\u4e00-\u9fffA-Za-z0-9]{1,20}?[ \t]{0,2}[-–—:：|｜]?[ \t]{0,2}https?:\/\/[A-Za-z0-9.\-\/_?=&%#]{3,120}/g;

/** A paywall's count of what it holds back, glued after the last sentence shown ("…给了我们勇气。(剩余1431字)"). */
const GLUED_REMAINING_COUNT = /[ \t]{0,2}[（(]\s{0,2}剩余\s{0,2}\d{1,6}\s{0,2}字\s{0,2}[)）]/g;

/** A finance portal's live quote glued after a listed company's name ("中国工商银行(8.10,0.00,0.00%,股票吧)"):
 * price, change and change in per cent, then its forum's link; no speaker reads a share price so. */
const GLUED_STOCK_QUOTE = /[（(]\d{1,5}\.\d{2}[,，]\s?[+-]?\d{1,5}\.\d{2}[,，]\s?[+-]?\d{1,3}\.\d{2}%(?:[,，]\s?(?:股票吧|实时行情|行情|资金流向))?[)）]/g;

/** A CMS's mark where the paid part of an article begins or ends, left in the text ("…我讲三点意见:##paidbegin##一、…"). */
const PAID_CONTENT_MARK = /##paid(?:begin|end)##/gi;
