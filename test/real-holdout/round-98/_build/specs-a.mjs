// Gold specs for holdout round 98, part A (cases 01–06): tobacco, salt and grain (烟草专卖, 盐业改革, 粮食安全宣传周,
// 粮食收购 — work meetings, openings, school talks, and their look-alikes).
// Three spoken pieces (a traditional-script converter mirror (jzd2.com) of a salt-chemical company's 2021 元旦献词 by its
// 党委书记 and 董事长: the title "迎著曙光 向夢想出發(fā)", a "—— 2021年元旦獻(xiàn)詞" subtitle line and a "黨委書記 董事長 <name>"
// byline, converter pinyin after a fixed set of characters (發(fā), 獻(xiàn), 驗(yàn), 實(shí), 關(guān), 擔(dān)當(dāng), 團(tuán), 統(tǒng), 領(lǐng)導(dǎo), 復(fù),
// 產(chǎn), 業(yè), 標(biāo), 嚴(yán), 現(xiàn), 創(chuàng), 進(jìn), 術(shù), 機(jī), 質(zhì), 聯(lián), 費(fèi)) and none after 黨, 書, 們, 為, 時, 職, a simplified
// leftover "大干", a mis-encoded run "攜手抗?fàn)帲郧八从械呢?zé)任感" whose "?zé)" carries a closing parenthesis without an
// opening one, no salutation, no numbered points, cut inside a pinyin annotation ("這些創(chu"); a traditional converter mirror
// (m.bjjygc.cn) of a vocational school's flag-raising page on 愛糧節糧: the post headline with its stray quotes
// (”…“升旗儀式“), a "發(fā)布時(shí)間:… 點(diǎn)擊:" line with no count, the school's name, the ceremony's theme line twice around a
// third-person paragraph on the ceremony, programme lines (主持人, 升旗, 行注目禮, "國(guó)旗下講話演講者:<class> 優(yōu)秀代表
// <name>"), then a pupil's talk opening "大家上午好!今天,我國旗下講話的主題是…" with no title and no salutation line, a
// mis-encoded run "人們?qū)Z食問題", cut mid-word ("因饑"); a 范文 collection page (fanwenbaike.com) of 世界粮食日
// 国旗下讲话稿: the site's one-line intro with the promo "下面是小编为大家带来的…8篇,希望大家能够喜欢!" glued after it, a
// "…讲话稿篇1" piece heading, a two-line salutation, a quoted report passage with "布朗抛出了三个问题:一是…。…二是…。…三是…。"
// (一是 after a colon, 二是/三是 after full stops), the speaker's aside "第三个问题是我加进去的。", a "20__年" placeholder, cut
// mid-word ("节约粮")) and three written look-alikes (a hijacked association page (value-cnt.net) whose organisation name
// was replaced by the spam phrase "六图库大全图": a report of a 湖盐 enterprises' symposium where the executive chairman's
// points are told in the third person, "…今后的工作,一是要…。二是要…。三是要…。四是…。" (一是 after a comma) — a news
// report, not a speech; a reader's letter to the 人民日报 on 盐业体制改革 reposted on a novel site (36zw.net): breadcrumb,
// chapter headline, a "推荐阅读:" line of run-together book names, "一秒记住【…】" promo, "[读者来信]", the letter's title, the
// addressee line "人民日报编辑同志:您好!" that looks like a salutation, "有人说…" paragraphs — a letter, not a speech; a
// novel chapter (kkqiao.net) in which a county head opens a meeting on grain yields and an agronomist reads a 演讲稿: the
// "手机浏览器扫描二维码访问" chrome line, hard breaks inside sentences, the quoted speech "“各位领导,各位支书、大队长,…" and
// "“我先说第一点,…" — a novel, not a speech).
// Judgement calls: 01 is a speech (a 献词 is the chairman's New Year address to the staff, as the house counts 贺词); its title
// is the first line without pinyin; the subtitle line "—— 2021年元旦獻詞" stays a paragraph and is an optional level-1 dash
// item (a subtitle that opens with ——); the byline carries the speaker's positions and stays; the pinyin annotations are
// cut by one regular expression (its hits listed as noise); the mis-encoded run stays. 02 is a speech page: the talk is the
// document; the page shows no title of the talk (the headline and the theme line name the ceremony), so the title is '';
// the headline, the meta line, the school line, the theme lines, the third-person paragraph on the ceremony and the
// programme lines (including the speaker line, which names a class and a pupil, not a position) are the site's (noise,
// listed with their pinyin as printed; dropLines are the same lines with the pinyin cut). 03's title is the piece heading
// without "篇1" (the page title is not in the capture); the intro line and the heading are noise; the "一是/二是/三是"
// after "三个问题:" are not inline points by the letter of outline-rules.md (一是 follows a colon, so the run has no
// start), but a reader takes them for the speech's list: three optional level-1 items, whole first sentences (each under
// 50 characters); "第三个问题" is not a marker. 04–06 are written, not speeches. Every private person's name (the
// association officials, the students, the company chairman, the novel's county head) was replaced by a fictional one; the
// prose was rewritten.
// Looked for and not found on a new host: a 烟草专卖 work-meeting 讲话 with 一、/（一） (fanwy, sucai198, 111.229.73.81,
// xiaomilidoc are used; the tobaccochina family and its mirrors (0832.org.cn, agftrading, mpwhcm) print news reports only);
// a 粮食安全宣传周 启动仪式 致辞 on a template site (fpldtrp is used and is gwyoo's traditional 時間/導語 template; the rest
// are news reports, one on a hijacked page, 12325.meikotins.com); a 盐业改革 讲话 (only news, a novel and this letter turned
// up); a 粮食收购 动员 讲话 (wm114, wenku.docs.qq.com, m.wnwk.com and ppdoc are used; soolun/jxxfw print 1950s editorials
// on ppdoc's "论文部分内容阅读" template); a 通知 on the theme. So only 03 carries numbered points, and those are optional;
// part A has three speeches and three look-alikes.
// Template twins set aside: fpldtrp.com (gwyoo's traditional 時間/導語 template, and used); m.0832.org.cn and agftrading.com
// (mirrors of the used tobaccochina.com); hswf.30edu.com.cn (a sister school site of the used plxtlerx.30edu.com.cn);
// ccrd2024.github.io (same archive as the used ccrd2023.github.io); 93117.cn (used; its novel chapter on a tobacco
// 动员大会 would have fitted).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unpinyin = s => s.replace(new RegExp(PINYIN, 'g'), '');

const JZ_TITLE_LINE = '迎著曙光 向夢想出發(fā)';

const BJ_HEAD = '華豐職校白馬湖校區(qū)”愛糧節(jié)糧,從我做起“升旗儀式“';
const BJ_META = '發(fā)布時(shí)間:2024-10-14 09:47:37 點(diǎn)擊:';
const BJ_SCHOOL = '淮安市華豐職業(yè)技術(shù)學(xué)校白馬湖校區(qū)';
const BJ_THEME = '升旗儀式:愛糧節(jié)糧,從我做起';
const BJ_SCENE = '晨光灑滿校園,莊嚴(yán)的國(guó)歌聲響起,鮮豔的五星紅旗伴著朝霞緩緩升上旗桿頂端。全校師生肅立在操場(chǎng)上,目光齊齊投向國(guó)旗。';
const BJ_HOST = '白馬湖校區(qū)主持人:2207班周敏';
const BJ_RAISE = '白馬湖校區(qū)升旗';
const BJ_SALUTE = '全體師生行注目禮';
const BJ_SPEAKER = '國(guó)旗下講話演講者:2203班優(yōu)秀代表許晴';
const BJ_NOISE = [BJ_HEAD, BJ_META, BJ_SCHOOL, BJ_THEME, BJ_SCENE, BJ_HOST, BJ_RAISE, BJ_SALUTE, BJ_SPEAKER];

const FB_INTRO = '世界粮食日(World Food Day)起始于1981年10月16日,是世界各国政府每年在10月16日围绕发展粮食和农业生产举行纪念活动的日子,其宗旨在于唤起全世界对发展粮食和农业生产的高度重视。下面是小编为大家带来的十月份世界粮食日国旗下讲话稿8篇,希望大家能够喜欢!';
const FB_PROMO = '下面是小编为大家带来的十月份世界粮食日国旗下讲话稿8篇,希望大家能够喜欢!';
const FB_PIECE = '十月份世界粮食日国旗下讲话稿篇1';
const FB_TITLE = '十月份世界粮食日国旗下讲话稿';

export const specs = {
  '01-zhici-jzd2-big5-pinyin-yanhua-yuandan-xianci-subtitle-byline-mojibake': {
    source: 'http://jzd2.com/index/detail/946',
    kind: 'speech: 献词 (a salt-chemical company chairman\'s 2021 New Year address to the staff; traditional-script converter mirror)',
    tests: 'a traditional converter mirror with pinyin after a fixed set of characters (發(fā), 獻(xiàn), 驗(yàn), 實(shí), 關(guān), 擔(dān)當(dāng), 團(tuán), 統(tǒng), 領(lǐng)導(dǎo), 復(fù), 產(chǎn), 業(yè), 標(biāo), 嚴(yán), 現(xiàn), 創(chuàng), 進(jìn), 術(shù), 機(jī), 質(zhì), 聯(lián), 費(fèi)), also inside the title "迎著曙光 向夢想出發(fā)"; a subtitle line "—— 2021年元旦獻(xiàn)詞"; a byline "黨委書記 董事長 <name>" with a space between the positions; no salutation; a simplified leftover "大干"; a mis-encoded run "攜手抗?fàn)帲郧八从械呢?zé)任感" with an unmatched ")"; quoted words ("大考", "嚴(yán)冬", "一方安寧", "質(zhì)", "十三聯(lián)"); no numbered points; cut inside a pinyin annotation ("這些創(chu")',
    isSpeech: true,
    title: '迎著曙光 向夢想出發',
    noise: [],
    regexCut: [PINYIN],
    dropLines: [unpinyin(JZ_TITLE_LINE)],
    outline: [
      { level: 1, marker: '——', text: '2021年元旦獻詞', optional: true },
    ],
  },
  '02-guoqixia-bjjygc-big5-pinyin-ailiang-jieliang-shengqi-ceremony-lines-no-title': {
    source: 'http://m.bjjygc.cn/bumen/xsc/20241120/825.html',
    kind: 'speech: 国旗下讲话 (a vocational-school pupil on 爱粮节粮 at the flag-raising; traditional-script converter mirror of the school\'s page)',
    tests: 'a traditional converter mirror with pinyin after a fixed set of characters (區(qū), 節(jié), 發(fā), 時(shí), 點(diǎn), 業(yè), 術(shù), 學(xué), 嚴(yán), 國(guó), 場(chǎng), 優(yōu), 負(fù), 聯(lián), 農(nóng), 動(dòng), 會(huì), 團(tuán), 個(gè), 應(yīng), 對(duì), 戰(zhàn), 設(shè), 經(jīng), 機(jī), 當(dāng), 續(xù), 長(zhǎng), 據(jù), 統(tǒng), 計(jì), 數(shù), 營(yíng), 養(yǎng), 護(hù)…); the post headline with stray quotes ("…校區(qū)”愛糧節(jié)糧,從我做起“升旗儀式“"), a "發(fā)布時(shí)間:… 點(diǎn)擊:" line with no count, the school\'s name, the ceremony\'s theme line "升旗儀式:…" twice around a third-person paragraph on the ceremony, programme lines (主持人, 升旗, 行注目禮, "國(guó)旗下講話演講者:<class>優(yōu)秀代表<name>"); the talk has no title and no salutation line, opens "大家上午好!今天,我國(guó)旗下講話的主題是“…”。"; a mis-encoded run "人們?qū)Z食問題"; figures (8億, 1979年); no numbered points; cut mid-word ("因饑")',
    isSpeech: true,
    title: '',
    noise: BJ_NOISE,
    regexCut: [PINYIN],
    dropLines: BJ_NOISE.map(unpinyin),
    outline: [],
  },
  '03-guoqixia-fanwenbaike-liangshiri-collection-pian1-promo-yishi-after-colon': {
    source: 'http://fanwenbaike.com/shiyongwendang/yanjianggao/guoqixiajianghua/491421.html',
    kind: 'speech: 国旗下讲话稿 (a teacher\'s or pupil\'s talk for World Food Day; first piece of a 范文 collection page)',
    tests: 'a one-line site intro on World Food Day with "(World Food Day)" and the promo "下面是小编为大家带来的十月份世界粮食日国旗下讲话稿8篇,希望大家能够喜欢!" glued to its end; a piece heading "十月份世界粮食日国旗下讲话稿篇1" (the title once "篇1" goes); a two-line salutation ("尊敬的老师,亲爱的同学们:" / "大家早上好!"); a quoted report passage in a paragraph of its own with "布朗抛出了三个问题:一是…。他的回答是有。二是…。综合各方面情况,…。三是…。" (一是 after a colon, 二是/三是 after full stops, a sentence between the points), a book title with "——" and a name with a space ("莱斯特 -布朗") inside it; the aside "第三个问题是我加进去的。" (not a marker); a "20__年" placeholder; cut mid-word ("节约粮")',
    isSpeech: true,
    title: FB_TITLE,
    noise: [FB_INTRO, FB_PROMO, FB_PIECE],
    dropLines: [FB_INTRO, FB_PIECE],
    outline: [
      { level: 1, marker: '一是', text: '中国以后有没有钱买进这么多粮食', optional: true },
      { level: 1, marker: '二是', text: '假如中国大量买粮,世界上有没有哪一个或几个国家能卖得出这么多', optional: true },
      { level: 1, marker: '三是', text: '从战略上看,吃饭靠别人就等于把命脉交到别人手里,真到了打仗的时候,粮草一断就全完了', optional: true },
    ],
  },
  '04-news-valuecnt-casino-hupan-yanqi-zuotanhui-yishiyao-after-comma-not-speech': {
    source: 'http://value-cnt.net/article/1341.html',
    kind: 'non-speech: news report (a symposium of 湖盐 producers in Urumqi; an association page whose name was replaced by a spam phrase)',
    tests: 'a hijacked page: the organiser\'s name replaced by "六图库大全图" in the first sentence while "中盐协会" stays elsewhere; no headline in the capture; the guests, a 欢迎辞 and a 讲话 named and told in the third person ("…致欢迎辞,并通报了…", "…作了讲话", "孟庆华指出,…"); the chairman\'s points as "…今后的工作,一是要…。二是要…。三是要…。四是…。" (一是 after a comma, the rest after full stops, 四是 without 要); counts of firms and delegates; cut mid-sentence ("海盐工作委员会副主任") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '05-letter-36zw-yanye-gaige-duzhe-laixin-novel-site-chrome-not-speech': {
    source: 'https://36zw.net/book/177923/63701415.html',
    kind: 'non-speech: 读者来信 (a salt-industry veteran\'s letter to the 人民日报 on 盐业体制改革, reposted as a chapter of a collected-works book on a novel site)',
    tests: 'novel-site chrome: a breadcrumb "三六中文网 > <book> > <chapter>", the chapter headline, a "推荐阅读:" line of run-together book names, "一秒记住【三六中文网 www.36zw.net】,精彩小说无弹窗免费阅读!"; blank lines and four-space indents; a "[读者来信]" label, the letter\'s own title with a comma, the addressee line "人民日报编辑同志:您好!" that looks like a salutation; first-person argument in "有人说…" paragraphs addressed to decision makers in the third person — a letter, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '食盐紧系民生放宜谨慎渐进',
    noise: [],
    outline: [],
  },
  '06-novel-kkqiao-liangshi-zengchan-zhuanjia-yanjiang-diyidian-quoted-not-speech': {
    source: 'http://kkqiao.net/shu/4989514/71963754.html',
    kind: 'non-speech: novel chapter (a county meeting on grain yields in the collective era where an agronomist reads a 演讲稿)',
    tests: 'a "手机浏览器扫描二维码访问" chrome line; hard line breaks inside sentences; the county head\'s quoted introduction ("…下面欢迎”。"), the narrator on the applause; the agronomist\'s quoted speech opening "“各位领导,各位支书、大队长,…" over two lines with no closing quote on the first, then "“我先说第一点,…" (第一点 is not a listed ordinal, and it sits inside quotes) — a novel, not a speech; cut mid-sentence',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
