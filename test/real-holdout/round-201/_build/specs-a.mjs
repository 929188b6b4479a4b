// Gold specs for holdout round 201, part A (cases 01–06): environment and ecology (生态环境保护, 环境日/环保宣传周, 植树/湿地/
// 垃圾分类 — their 致辞/发言/演讲/国旗下讲话, and two look-alikes: a news report of a 宣传周 启动仪式 and a forum copy of a county
// 环保日 news item).
// Four spoken pieces (the UN Secretary-General's World Environment Day video message on the UN's Chinese site (www.un.org,
// "/sg/zh/node/<id>"): a dateline "纽约" and an organisation line "联合国" on their own lines above the headline
// "秘书长世界环境日视频致辞", blank lines, a kind-and-speaker bar "发言 | 安东尼奥·古特雷斯, 秘书长", then one-word and one-sentence
// lines ("江河。", "草原。" …) each indented by two spaces and separated by blank lines, no salutation, the whole stored page (273
// characters); a press-conference transcript of the Ministry of Ecology and Environment's May briefing on a traditional-script
// converter mirror (m.dunya.com.cn, "/news/detail-<id>.html"): toned pinyin glued after 態/環/發/監/聯 (態(tài), 環(huán), 發(fā), 監(jiān),
// 聯(lián)), a third-person lead paragraph naming the host and the guests, the spokesman's turn opening "??劉友賓:新聞界的朋友們,
// 大家好!" (two mis-encoded characters where the page indented, and the speaker label glued before the salutation), "下面,我先
// 介紹兩項近期重點工作。" and a block heading "一、2022年六五環境日國家主場活動將在遼寧省沈陽市舉行" (the capture ends before 二、),
// cut mid-word ("世界環"); a senior-high class's 世界环境日 talk on a school's blog (tfls.online, "/posts/<id>/"): the post title
// "保护环境 创建绿色校园", a "学生工作 · 2013年6月18日· 高一三班宣" category/date/class line, two lines holding one space each, a
// leftover Markdown bold mark "**" glued before the salutation "尊敬的老师 亲爱的同学们:" (a space, not a comma, between the two
// addressees), paragraphs indented by four spaces, a full stop inside a sentence ("…纯净的绿意。心灵才…", the source's own), the
// theme "同呼吸共奋斗" in quotes, no numbered points, cut mid-word ("有重"); a school's item on a flag-raising ceremony whose talk on
// biodiversity fills most of it, on a traditional-script converter mirror (www.prhbkj.com, "/<8 chars>"): toned pinyin glued after
// 學/養/強/動/團/進/護/環/紀/機/險/績 and others, the whole page on one line with raw "<br>" tags as the only paragraph breaks, a
// lead sentence about the school's ceremonies, a second paragraph opening with the ceremony's credits ("本次升旗儀式的主持人是…,
// 演講人是…。本周,七年級一班的同學為我們帶來的演講主題為:…。 ") and running on, after a space, into the talk itself, two
// mis-encoded runs where the page broke a quotation ("自掘墳?zāi)?,", "植物?!拔鹨陨菩《粸?,"), "同學們," in the last Chinese
// paragraph, then the talk's English version after " <br> ", cut mid-word ("light a")) and two written look-alikes (a news portal's
// report (news.17huanbao.com, "/tbbd/news_<id>.html") of the opening of the third 中国环境与健康宣传周: the list of officials and
// deputies present, the organisers and slogans, "…主持。…先后致辞。" — the 致辞 reported, not printed; cut at "对第二届“中国"; a
// Discuz forum copy (dali8.net, "/thread-<id>-1-1.html") of a county environment bureau's 6.5 世界环保日 street campaign: the forum's
// anti-scrape jammer strings ("# \& \6 e/ n4 E% k% P", "1 T/ s& R* j2 B4 g% ]8 X: T/ p8 `", two whole jammer lines, "* V7 l- A%
// w( k- Q/ E8 k" …) glued to the headline and to paragraph starts and ends, the day's theme and slogan quoted, a "(通讯员 … 摄影报道) |"
// line — a report in the third person, not a speech).
// Judgement calls: 01 is a speech page: the document is the Secretary-General's spoken video message, first person plural
// throughout ("我们可以…", "让我们…"); "纽约" and "联合国" are the page's dateline and organisation lines above the headline and are
// noise (as round 184 case 01's column label); the bar "发言 | 安东尼奥·古特雷斯, 秘书长" names the speaker with his position and
// stays as the speech's byline line (shared README: a speaker byline carrying a position is kept, `主讲人:…书记…`; its "发言 |"
// kind label is kept with it as round 184 case 02 kept its bar kicker "国旗下的演讲|"); the title is the headline as printed; no
// outline. 02 is a speech page (a spoken 发言: the spokesman's opening statement to the press, as round 184 case 07's 演讲实录 under
// a press lead): the lead paragraph is the page's press lead in the third person and is noise (as round 184 case 07's lead
// paragraphs and round 134 case 02's); "??劉友賓:" is the transcript's speaker label, glued with two mis-encoded indentation marks
// before the salutation, and is cut as one noise string (a bare name without position, shared README; the "??" stand where the
// page indented, not inside a word); the page shows no title of the statement, so the title is "" (as round 6 case 07); the pinyin
// annotations go by one regexCut (as round 180 case A's and round 186 C's); "一、…舉行" opens a line with no sentence end → a block
// heading, required, level 1, its text the whole line without pinyin (a block marker needs no run: round 4 case 11's block 第一,).
// 03's title is the post title; the category/date/class line is the blog's meta line (the class "高一三班宣" is the poster, a byline
// without a person's position) and is noise; the lines holding one space are blank; "**" glued before the salutation is a leftover
// Markdown bold mark and is cut, listed with its neighbours ("**尊敬的老师", as round 3 case 13's "**…**"); the salutation with a space
// between its addressees stays as printed; no outline. 04 is a speech page: the capture is mostly the talk (first person, "同學們,
// 我們是明天的主人…"), framed by two sentences of the school's item, as round 184 case 07's talk under a press lead and round 184
// case 03's ceremony page; the lead sentence and the credits sentence ("本次升旗儀式的主持人是…演講主題為:…。 ") are the item's frame
// and are noise (the credits as round 184 case 01's ceremony credits), the credits cut from the front of their paragraph; the "<br>"
// tags are the page's leaked markup and its only paragraph breaks, so they become line breaks and are listed as noise (as shared
// case 59's <p class="ql-block"> tags); the theme after "演講主題為:" is a phrase inside the frame, not a title line, so the title is
// ""; the two mis-encoded runs stay (shared README); the English paragraph is the talk's English version (the item names two
// speakers for one theme, as round 184 case 01's 中文演讲/英文演讲) and stays as the last paragraph, cut as the capture ends; no
// outline. 05 and 06 are written reports, not speeches, though 05 names the 致辞 of four officials and 06 quotes a day's theme and
// slogan. Names of private people (the pupils in 04, the correspondent in 06) were replaced by fictional ones; officials keep their
// names and roles; the prose was rewritten in every case, the pinyin annotations, mis-encoded runs and jammer strings kept where they
// stood.
// Looked for and not found on a new host: a 生态环境保护大会 or 生态环境保护工作会议 讲话 with 一、/一是 (mmgw.top, laobiganzi.top,
// bijianjiayuan.com, msgz.vip, gongwenbang.cn, gongwen.com.cn, m.7rdy.cn, m.sanweiyuan.com, m.huaboedu.com, fanwenq.com, taowenge.com,
// xiezuofangchengshi.com, m.wenke99.com, cnyhmy.com (traditional) are used or set aside; 6dgww.com's copy is paywalled and used); a
// 河长制/林长制 工作会议 讲话 (laobiganzi.top, huaboedu.com, m.7rdy.cn, m.wenke99.com, wengaopai.com, wydbw.com, xiexiebang.com,
// xiaomilidoc.com used; the stored 巡河 pages are third-person town news); a 植树节/义务植树 致辞 or 讲话 (whdslt.com's answer farm,
// cnsjbj.cn (a porn-titled mirror, set aside before), m.jcsycorp.com, syfww.com, wmjy.cn, 92read.com, hunwen.com, gaofenw.com,
// xuetan.org, hbxiaoran.cn, m.rbqsoft.com, 6dgww.com, xuekejiayuan.com, bibiwenku.com, 120pk.cn used; m.migisoft.com's 义务植树 讲话
// ("/mluee/nrsxogxie") has the "/ml<xxx>/nr<xxx>" path scheme of the used m.rbqsoft.com, a software-download template twin, so it was
// dropped after claiming); a 垃圾分类 动员/推进会 讲话 (msgz.vip, m.7rdy.cn, m.zaixiangufen.com, wufanghuizhong.com, gongwenbang.cn,
// collegevillefire.com's 國旗下講話, 61baobao.com, 150.109.18.31 used; m.lovfp.com's 倡议书 uses the "/wenku/<4>/<10>" viewer path of
// the used m.ovod.cn; bbs.ichuyou.cn's 倡议 is on the "/jxfw/" answer farm of the used whdslt.com); a 环保宣传周/六五环境日 启动 讲话 in
// full (x1762.cn, zztongxinyuan.com, xiegongwen.com, m.yrrf.cn, www897cc.com, tkpao.com's 爱鸟周 讲话 used; the stored others are
// reports); a 湿地 致辞 (xbbjb.hnebp.edu.cn's copy of the head of state's 湿地公约 致辞 was left by round 50 as the same text as its
// case 09 and is the same text again, so it was not taken: claimed, then dropped). Found on new hosts but not taken: reports of
// 启动仪式/植树/巡河 (bqsoo.com, zjautomax.com.cn (traditional), m-mansions.net, www.jrjingshan.com, app.wuhainews.org.cn,
// weilijn.ces.cn, share.cqwuxituan.cn, www.longmen.net, zyfwhcm.com, hqcn.qlnu.edu.cn), and pages under an adult or gambling banner
// (serviampro.com, hiyay.com, oodlesalootle.com).
// Template twins considered: no line of the six pages (six characters or more) is noise in a used page's gold (twin.mjs); 02 and 04
// share the converter's toned pinyin with round 180's and 186's mirrors, but no site line; mcrp.macrochina.cn's 零碳 峰会 发言 has the
// "/u/<n>/" blog scheme of round 184's mcrp.macrochina.com.cn and seasonsofdiscontent.com's 国合会 致辞 the "/dxhd/nh/…" path of the
// used mmjhhg.com, so neither was taken.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build-round.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';
const unPinyin = (s) => s.replace(new RegExp(PINYIN, 'g'), '');

const UN_TITLE = '秘书长世界环境日视频致辞';

const DY_LEAD = '2022年5月26日,生態(tài)環(huán)境部舉行5月例行新聞發(fā)布會,發(fā)布會由生態(tài)環(huán)境部新聞發(fā)言人、宣傳教育司司長劉友賓主持,生態(tài)環(huán)境部生態(tài)環(huán)境監(jiān)測司副司長蔣火華、國家海洋環(huán)境監(jiān)測中心主任王菊英,向大家通報2021年全國生態(tài)環(huán)境質量和近岸海域生態(tài)環(huán)境狀況,介紹生態(tài)環(huán)境監(jiān)測工作進展,並一同回答記者提問。';
const DY_SPEAKER = '??劉友賓:';

const TF_TITLE = '保护环境 创建绿色校园';
const TF_META = '学生工作 · 2013年6月18日· 高一三班宣';
const TF_STARS = '**尊敬的老师';

const PR_LEAD = '升旗儀式是學(xué)校德育的重要載體,我校升旗儀式由學(xué)生自主組織承辦,意在培養(yǎng)全體師生愛國愛黨的情懷,增強(qiáng)全體學(xué)生的規(guī)則意識,推動(dòng)學(xué)生進(jìn)行自我管理,營造團(tuán)結(jié)奮進(jìn)、朝氣蓬勃的校園氛圍。';
const PR_CREDITS = '本次升旗儀式的主持人是唐同學(xué)和魯同學(xué)同學(xué),演講人是來自七年級一班的柏同學(xué)和邱同學(xué)。本周,七年級一班的同學(xué)為我們帶來的演講主題為:保護(hù)環(huán)境,保護(hù)生物多樣性。 ';

export const specs = {
  '01-zhici-unorg-huanjingri-shipin-city-org-lines-kind-bar-byline-one-word-lines': {
    source: 'https://www.un.org/sg/zh/node/222968',
    kind: 'speech: 致辞 (the UN Secretary-General\'s World Environment Day video message; the UN\'s Chinese site)',
    tests: 'a dateline "纽约" and an organisation line "联合国" above the headline (noise); the headline "秘书长世界环境日视频致辞" as the title; a kind-and-speaker bar "发言 | 安东尼奥·古特雷斯, 秘书长" (a byline with a position: kept); no salutation; one-word and one-sentence lines ("江河。", "草原。" …) indented by two spaces between blank lines, each its own paragraph; no outline; 273 characters, the whole stored page',
    isSpeech: true,
    title: UN_TITLE,
    noise: ['纽约', '联合国'],
    dropLines: ['纽约', '联合国', UN_TITLE],
    outline: [],
  },
  '02-fayan-dunya-big5-pinyin-huanjingri-fabuhui-lead-speaker-label-mojibake-yi-heading': {
    source: 'http://m.dunya.com.cn/news/detail-66174.html',
    kind: 'speech: 发言 (a ministry spokesman\'s opening statement at a press conference on World Environment Day; traditional-script converter mirror)',
    tests: 'traditional script with toned pinyin glued after 態/環/發/監/聯 (one regexCut); no title; a third-person press lead naming host and guests (noise); the speaker label with two mis-encoded indentation marks glued before the salutation ("??劉友賓:新聞界的朋友們,大家好!", label cut); "下面,我先介紹兩項近期重點工作。"; a block heading "一、2022年六五環境日國家主場活動將在遼寧省沈陽市舉行" with no sentence end (required, level 1; the capture ends before 二、); quoted themes and a quoted article of law; cut mid-word ("世界環")',
    isSpeech: true,
    title: '',
    noise: [DY_LEAD, DY_SPEAKER],
    replace: [[DY_SPEAKER, '']],
    regexCut: [PINYIN],
    dropLines: [unPinyin(DY_LEAD)],
    outline: [
      { level: 1, marker: '一、', text: '2022年六五環境日國家主場活動將在遼寧省沈陽市舉行' },
    ],
  },
  '03-yanjiang-tfls-huanjingri-lvse-xiaoyuan-blog-category-date-class-line-markdown-stars-space-lines': {
    source: 'https://tfls.online/posts/481/',
    kind: 'speech: 演讲 (a senior-high class\'s World Environment Day talk; a school\'s blog)',
    tests: 'the post title "保护环境 创建绿色校园" as the title; a "学生工作 · 2013年6月18日· 高一三班宣" category/date/class line (noise); two lines holding one space; a leftover Markdown bold mark glued before the salutation ("**尊敬的老师 亲爱的同学们:", cut with its neighbours listed); a space between the two addressees; paragraphs indented by four spaces; a full stop inside a sentence ("…纯净的绿意。心灵才…"); the theme "同呼吸共奋斗" in quotes; no numbered points; cut mid-word ("有重")',
    isSpeech: true,
    title: TF_TITLE,
    noise: [TF_META, TF_STARS],
    replace: [[TF_STARS, '尊敬的老师']],
    dropLines: [TF_TITLE, TF_META],
    outline: [],
  },
  '04-guoqixia-prhbkj-big5-pinyin-shengwu-duoyangxing-report-lead-br-tags-mojibake-english-version': {
    source: 'http://www.prhbkj.com/47ptz591',
    kind: 'speech: 国旗下讲话 (a class\'s flag-raising talk on biodiversity inside the school\'s ceremony item; traditional-script converter mirror)',
    tests: 'traditional script with toned pinyin after many characters (one regexCut); the whole page on one line with raw "<br>" tags as the only paragraph breaks (they become breaks; listed as noise); no title; the item\'s lead sentence about its ceremonies (noise); the ceremony credits and theme ("本次升旗儀式的主持人是…演講主題為:保護環境,保護生物多樣性。 ") at the front of the talk\'s first paragraph (cut); two mis-encoded runs where a quotation broke ("自掘墳?zāi)?,", "植物?!拔鹨陨菩《粸?,", kept); "同學們," opening the last Chinese paragraph; the talk\'s English version after " <br> " (kept), cut mid-word ("light a"); no outline',
    isSpeech: true,
    title: '',
    noise: [PR_LEAD, PR_CREDITS.trim(), '<br>'],
    replace: [[PR_CREDITS, ''], ['<br>', '\n']],
    regexCut: [PINYIN],
    dropLines: [unPinyin(PR_LEAD)],
    outline: [],
  },
  '05-news-17huanbao-huanjing-jiankang-xuanchuanzhou-qidong-officials-list-zhici-reported-not-speech': {
    source: 'http://news.17huanbao.com/tbbd/news_14642.html',
    kind: 'non-speech: news report (the opening of the third 中国环境与健康宣传周; environmental-industry news portal)',
    tests: 'no headline in the capture; the opening told in the third person; a long list of officials and their deputies with dashes ("的代表——…", "的代表—…"); organisers and five quoted slogans; "…主持。…先后致辞。" (the 致辞 reported, not printed); cut at "对第二届“中国" — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-dali8-discuz-jammer-lines-huanbaori-xuanchuan-reporter-pipe-not-speech': {
    source: 'http://dali8.net/thread-63480-1-1.html',
    kind: 'non-speech: news report (a county environment bureau\'s 6.5 世界环保日 street campaign; Discuz forum copy)',
    tests: 'the forum\'s anti-scrape jammer strings glued before and after the headline, two whole jammer lines, jammers glued to paragraph starts and ends ("8 z* f7 w; b G$ U1 [6月4日", "…E8 k", "; ]6 v1 a; H- ?联合国…"); the day\'s theme and slogan in quotes; a "(通讯员 … 摄影报道) |" line — a report in the third person, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
