// Gold specs for holdout round 213, part A (cases 01–06): overseas Chinese sites in Malaysia, Singapore, Indonesia and Thailand
// (a Singapore minister's 致辞 at a clan association's anniversary dinner, a Malaysian independent school's board 献词, a Singapore
// school-board 毕业典礼演讲, the Malaysian school-board federation's 讲词 to the Chinese embassy, and their look-alikes: a Thai Chinese
// portal's report of a delegation's visit that prints the 欢迎词 inside it, an Indonesian Chinese daily's report of a clan New Year party).
// Four spoken pieces (a minister's Chinese speech at 潮安会馆's 55th-anniversary dinner on a Singapore ministry's site (www.mccy.gov.sg,
// "/about-us/news-and-resources/speeches/<year>/<mon>/<slug>"): the masthead glued to an icon's name "mccy-lion-headA Singapore
// Government Agency Website", the menu's "more-mob" and a share bullet "  • whatsapp", the English headline "Spirit of contributing
// back to society plays a part in economic and cultural development", the English standfirst "Speech by Ms Grace Fu, Minister for
// Culture, Community and Youth at Teo Ann Huay Kuan’s 55th Anniversary Dinner", a four-line salutation separated by blank lines (the
// last "各位来宾," closing on a comma), five paragraphs numbered "  1. " … "  5. " (an ordered list's numbers, indented by two spaces),
// the first a greeting "大家傍晚好!", a quoted proverb 《家和万事兴》, cut mid-sentence ("能和其他会馆"); a Kuala Lumpur independent
// school's board 献词 opening its 95th-anniversary academic exhibition on the school's WordPress site (www.chonghwakl.edu.my,
// "/<y>/<m>/<d>/<slug>/"): the post title "署理董事长拿督…开幕献词" (position, honorific and name before the genre), an image's alt text
// "2014_exhibition" on its own line, the salutation naming the board, guests, alumni, press, the principal, teachers, parents and
// pupils, run into "大家好!" on one line, six paragraphs with no blank lines between them, a closing "最后," paragraph with no 首先
// run, then two English paragraphs ("Before I close, …", the second cut mid-sentence, "this week"); a Singapore school board's vice
// chairman's bilingual graduation speech on the school group's site (www.schs.sg, "/zh/news/<slug>/"): the site name "华中国际学校"
// alone on the first line (it occurs inside the title), the post title "华中国际学校2021年毕业典礼演讲", a bare date line "2021年10月8日",
// a "讯息来自 華中" source line (traditional 華中 in simplified text), a photo caption printed twice ("…陈启明先生在…毕业典礼致词。"), a
// lead closing "…以中英双语致词。演讲内容转录如下:", a one-line salutation ending "…家长和同学们,下午好。", a block "首先," paragraph of
// congratulations with no 其次 in the capture, cut inside the English switch ("Now I will switch over to Engl"); the chairman of the
// Malaysian Chinese school boards' association (董总) speaking at an online exchange with the Chinese embassy, on the association's
// Joomla site (www.dongzong.my, "/resource/component/content/article/<cat>/speach/<year>-speech/<id>-speech-<year>-<n>?Itemid=<n>"):
// the title as the page title on one line with a space between occasion and "董总主席…讲词", then the same title over two lines, blank
// lines holding a single space, the speech's own header "日期:…(星期三)" / "时间:上午10时正" / "平台:ZOOM线上视讯平台", a six-line
// salutation of diplomats (with ";" at one line's end) and association heads ending "各位理事,", "大家上午好。" on its own line, a
// paragraph opening "另一方面," (never a marker), cut mid-sentence ("本会将给")) and two written look-alikes (a Thai Chinese portal's
// report (www.thaicn.net, "/e/action/ShowInfo.php?classid=<n>&id=<n>") of a 潮州 delegation's call on a 同乡会: no headline in the
// capture, the report and the acting chairman's 欢迎词 ("尊敬的…阁下:本人…代理事长,…谢谢!") flattened into one line after "致欢迎词
// 如下:", the portal's brand "3me泰国华人中文网站【泰华网】" glued to "谢谢!", then "继之…主席致词其内容…" retold in the third person, cut
// mid-word ("深知多改") — a news report, not a speech, though it quotes a whole welcome; an Indonesian Chinese daily's report
// (www.qiandaoribao.com, "/<y>/<m>/<d>/<slug>/") of an East Java clan association's New Year party: a "(本报记者…报道)" lead, the hosts'
// "首先恭请全体来宾起立", the chairman's and the consul general's 致辞 told in the third person ("他首先…", "许主席指出,…", "许主席在讲话
// 最后,…"), a full stop where a comma belongs ("自2019年年初起。世界经济…"), cut mid-phrase ("谈到近") — a news report, not a speech).
// Judgement calls: 01's title is the page's English headline, the only title line the page has (as round 184 case 07 took a press
// headline over its talk and round 177 case 07 an English heading over a Chinese page); the "Speech by Ms Grace Fu, … Dinner" standfirst
// is the page's, as the same-shaped "Speech by Minister for Education, Mr … Dinner" line was in round 57 case 13 (the same kind of
// page on another ministry's site), and goes as noise with the masthead, "more-mob" and "• whatsapp"; every paragraph opens with
// "N. " → block arabic headings, level 1 (no higher family), marker "1." without the space and texts by the letter (first sentence,
// cut at the first comma when longer than 50 characters), as round 57 case 13 and round 40 case 02; "1. 大家傍晚好!" is a greeting
// numbered with the rest → optional, as round 57 case 13's "1. 大家晚上好!". 02's title is the post title with the speaker's position,
// honorific and name (as round 57 case 14 kept "彭亨州董联会主席罗伟康在…之讲词"); 献词 here is spoken (the speaker greets "大家好!" and
// says "今天刚踏进校园…"), so the page is a speech; "2014_exhibition" is an image's alt text, page chrome (as round 6 case 01's image file
// name line); the salutation run into "大家好!" stays one paragraph (no break is invented); the closing "最后," with no 首先 run →
// optional level 1 (as round 4 case 06 and round 5 cases 02/04/10); the English paragraphs are the speaker's own words and stay (as round
// 202 case 15's English paragraphs). 03's title is the post title "华中国际学校2021年毕业典礼演讲"; the site name line "华中国际学校"
// above it is dropped but cannot be listed (it occurs inside the title, as round 184 case 04's split label lines); the bare date line and
// "讯息来自 華中" are page meta (as round 5 case 08's bare date line); the photo caption, printed twice, and the lead closing "演讲内容转录
// 如下:" are the page's, noise (as round 200 case 14's "以下是…的讲话内容:" label); the salutation with "下午好。" is body; the block "首先,"
// of congratulations with no 其次 in the capture → optional level 1 (as round 6 case 01's lone courtesy 首先,); its text is the first
// sentence to the "!" (under 50 characters, so the colon inside it does not cut it). 04's title is the page-title line as printed, with
// its space (round 5 case 02 made one title of a heading over two lines; here the one-line print gives the form); the two-line repeat
// under it goes as a repeat, not listed (it equals the title); "日期:/时间:/平台:" are the speech's own header lines and stay (as round 57
// case 14's "日期:/时间:/地点:" under a 讲词); the space-only lines are no paragraphs; "另一方面," is no marker (outline-rules) → no
// outline. 05 and 06 are written reports, not speeches: 05 prints a whole 欢迎词 with its salutation and "谢谢!" but inside a
// third-person report, flattened into the report's own sentence after "如下:" (as round 182 B's 12 and round 184 B's 11, reports quoting
// 致辞 passages), and retells the guest's reply; 06 tells both 致辞 in the third person. Names: the private people (01's clan chairman,
// 02's deputy board chairman and principal, 03's vice chairman, board chairman, trust chairman and principal, 04's three association
// heads, 05's delegation and the 同乡会's acting chairman, 06's reporter, hosts and clan chairman) were replaced by fictional ones, and
// 05's and 06's officials too; the public figures (01's minister Grace Fu, 04's ambassador 欧阳玉靖 and the embassy's counsellors) were
// kept; the prose was rewritten (02's English paragraphs too).
// Looked for and not found on a new host: a Singapore 宗乡会馆 chairman's own 致辞 (www.shhk.com.sg's 福建会馆 新春团拜 speech is round 40's
// case 02; singaporeccc.org.sg's 宗乡总会 speech opens in English and pmo.gov.sg's is English; sfcca.sg has reports); a Malaysian 会馆/
// 总会 会长 致词 in full (the stored pages are press reports: sinchew.com.my is used (round 181), kl./penang./eastcoast.chinapress.com.my,
// www.kwongwah.com.my and northern.sinchew.com.my report the words; www.udnbkk.com's Thai 中总 centenary report is round 40's case 06);
// an independent-school 董事长 毕业典礼 讲话 on a new host (hinhuapark.blogspot.com's principal's 致词全文 was left by round 133 for its
// blogspot.com base domain, which names used hosts (chidaoluntan.blogspot.com is round 57's 14); sjkctwkk.blogspot.com's letter-spaced
// 毕业典礼 talk on the same platform was left too; chinapress.com.my's 崇華獨中 item is a report); a 献词 in a 纪念特刊 (the stored ones are
// flipbook pages: www.easy-publish.org is used (round 57's 16), and dongzong.org.my's "Page 417 - 2019workreport.indd" / "P. 417" work
// report carries the same FlipHTML5 page chrome, set aside as its twin; its 献词 also starts after an English page); a Philippine 菲华
// 商会 理事长 致词 (feilongvip.club is used (round 177), www.pcccii.ph and soucoc.com are reports, www.xmweekly.com a report); a Thai
// 会馆 主席 致词全文 (the stored pages are reports on China-news mirrors and spam subdomains); www.focat.org.tw's 僑聯 致詞全文 (Taiwan,
// rounds 119/134/178). None of the four speeches carries 一、/一是 points; 01 carries five numbered paragraphs.
// Template twins considered: 01 and round 57's 13 (moe.gov.sg) are two ministries' sites on the Singapore government's design system;
// the captures share no line (mccy's "mccy-lion-headA Singapore Government Agency Website", "more-mob", "• whatsapp" against moe's
// seven-line "How to identify" banner, "Last Updated:" and "News Speeches" crumb), and the masthead words are the government's, not a
// site's own, so 01 was kept as a different site; dongzong.org.my was set aside (FlipHTML5 page chrome of used easy-publish.org). twin.mjs
// finds no shared noise line of six characters or more on any of the six pages.
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const MC_MAST = 'mccy-lion-headA Singapore Government Agency Website';
const MC_MENU = 'more-mob';
const MC_SHARE = '• whatsapp';
const MC_TITLE = 'Spirit of contributing back to society plays a part in economic and cultural development';
const MC_STAND = 'Speech by Ms Grace Fu, Minister for Culture, Community and Youth at Teo Ann Huay Kuan’s 55th Anniversary Dinner';

const CH_TITLE = '署理董事长拿督李振邦开幕献词';
const CH_ALT = '2014_exhibition';

const SC_SITE = '华中国际学校';
const SC_TITLE = '华中国际学校2021年毕业典礼演讲';
const SC_DATE = '2021年10月8日';
const SC_SOURCE = '讯息来自 華中';
const SC_CAPTION = '華中董事部副董事长、华中国际学校董事会副会长及管委会会长,陈启明先生在华中国际学校2021毕业典礼致词。';
const SC_LEAD = '華中董事部副董事长、华中国际学校董事会副会长及管委会会长,陈启明先生在华中国际学校2021毕业典礼以中英双语致词。演讲内容转录如下:';

const DZ_OCCASION = '董总、教总和留华同学会与中国驻马来西亚大使馆线上交流会';
const DZ_GENRE = '董总主席刘振华讲词';
const DZ_TITLE = DZ_OCCASION + ' ' + DZ_GENRE;

export const specs = {
  '01-zhici-mccy-chaoan-huiguan-zhounian-govsg-masthead-english-headline-ol-numbers': {
    source: 'https://www.mccy.gov.sg/about-us/news-and-resources/speeches/2019/jun/spirit-of-contributing-back-to-society-plays-a-part-in-economic-and-cultural-development',
    kind: 'speech: 致辞 (a Singapore minister at a clan association\'s 55th-anniversary dinner; government ministry site)',
    tests: 'the masthead glued to an icon name "mccy-lion-headA Singapore Government Agency Website", "more-mob", a share bullet "• whatsapp"; the English headline as the only title line; the English standfirst "Speech by Ms Grace Fu, … Dinner" (noise, as round 57 case 13); a four-line salutation with blank lines between; five paragraphs numbered "  1. " … "  5. " (block arabic, level 1), the first a greeting (optional), two texts cut at the first comma (first sentence over 50 characters); 《家和万事兴》 in the last; cut mid-sentence ("能和其他会馆")',
    isSpeech: true,
    title: MC_TITLE,
    noise: [MC_MAST, MC_MENU, MC_SHARE, MC_STAND],
    dropLines: [MC_MAST, MC_MENU, MC_SHARE, MC_TITLE, MC_STAND],
    outline: [
      { level: 1, marker: '1.', text: '大家傍晚好', optional: true },
      { level: 1, marker: '2.', text: '新加坡的宗乡会馆在早年移民南来的年代担当着极其关键的角色维系着漂洋过海的先辈们' },
      { level: 1, marker: '3.', text: '另外,潮安会馆也把传承和发扬潮州传统文化当作一项重要的使命' },
      { level: 1, marker: '4.', text: '在文化、社区及青年部' },
      { level: 1, marker: '5.', text: '我期盼会馆继续推出丰富多样的活动来吸引更多年轻人参与' },
    ],
  },
  '02-xianci-chonghwakl-duzhong-xueyizhan-kaimu-img-alt-zuihou-english-tail': {
    source: 'http://www.chonghwakl.edu.my/2014/06/29/%E7%BD%B2%E7%90%86%E8%91%A3%E4%BA%8B%E9%95%BF%E6%8B%BF%E7%9D%A3%E9%A9%AC%E5%AE%88%E5%9B%BD%E5%BC%80%E5%B9%95%E7%8C%AE%E8%AF%8D/',
    kind: 'speech: 献词 (a deputy board chairman opening a Malaysian independent school\'s academic exhibition; the school\'s WordPress site)',
    tests: 'the post title "署理董事长拿督…开幕献词" (position, honorific and name before the genre word 献词); an image alt text "2014_exhibition" on its own line; the salutation run into "…全体学生大家好!" on one line; paragraphs with no blank lines between; a closing "最后," paragraph with no 首先 run (optional); two English paragraphs at the end (kept), the second cut mid-sentence ("this week")',
    isSpeech: true,
    title: CH_TITLE,
    noise: [CH_ALT],
    dropLines: [CH_TITLE, CH_ALT],
    outline: [
      { level: 1, marker: '最后,', text: '我希望大家尽情投入这次校庆展览活动,也预祝本次学术、学艺展取得圆满成功', optional: true },
    ],
  },
  '03-yanjiang-schs-biye-dianli-caption-twice-zhuanlu-label-shouxian': {
    source: 'https://www.schs.sg/zh/news/hcis-graduation-day-speech/',
    kind: 'speech: 演讲 (a school board\'s vice chairman at an international school\'s graduation; the Singapore school group\'s site)',
    tests: 'the site name "华中国际学校" alone over the post title that contains it (dropped, not listable); the post title "华中国际学校2021年毕业典礼演讲"; a bare date line; a "讯息来自 華中" source line; a photo caption printed twice; a lead closing "…以中英双语致词。演讲内容转录如下:" (noise); a one-line salutation ending "下午好。"; a block "首先," congratulations paragraph with no 其次 (optional), its first sentence ending at an ASCII "!" with a colon inside; cut inside the switch to English ("Engl")',
    isSpeech: true,
    title: SC_TITLE,
    noise: [SC_DATE, SC_SOURCE, SC_CAPTION, SC_LEAD],
    dropLines: [SC_SITE, SC_TITLE, SC_DATE, SC_SOURCE, SC_CAPTION, SC_LEAD],
    outline: [
      { level: 1, marker: '首先,', text: '我要祝贺我们的毕业班同学:你们毕业了,恭喜你', optional: true },
    ],
  },
  '04-jiangci-dongzong-huajiao-jiaoliuhui-title-thrice-date-platform-lines-long-salutation': {
    source: 'https://www.dongzong.my/resource/component/content/article/154-literature-and-information/speach/2021-speech/2047-speech-2021-12?Itemid=101',
    kind: 'speech: 讲词 (the chairman of Malaysia\'s Chinese school boards\' association at an online exchange with the Chinese embassy; the association\'s site)',
    tests: 'the title as a one-line page title with a space before "董总主席…讲词", then again over two lines (a repeat, not listed); lines holding a single space; the speech\'s own header "日期:…(星期三)" / "时间:上午10时正" / "平台:ZOOM线上视讯平台" (kept); a six-line salutation of diplomats and association heads, one line ending ";", the last "…各位理事,"; "大家上午好。" alone; "另一方面," opening a paragraph (never a marker); no outline; cut mid-sentence ("本会将给")',
    isSpeech: true,
    title: DZ_TITLE,
    noise: [],
    dropLines: [DZ_TITLE, DZ_OCCASION, DZ_GENRE],
    outline: [],
  },
  '05-news-thaicn-chaoan-tongxianghui-inline-huanyingci-glued-brand-not-speech': {
    source: 'https://www.thaicn.net/e/action/ShowInfo.php?classid=73&id=31300',
    kind: 'non-speech: news report (a Thai Chinese portal\'s report of a 潮州 delegation\'s visit to a 同乡会, printing the 欢迎词 inside it)',
    tests: 'no headline in the capture; the report and a whole 欢迎词 ("尊敬的…阁下:本人…代理事长,…谢谢!") flattened into one line after "致欢迎词如下:"; the portal brand "3me泰国华人中文网站【泰华网】" glued after "谢谢!"; the guest\'s reply retold ("继之…主席致词其内容…"); cut mid-word ("深知多改") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
  '06-news-qiandaoribao-zongqinhui-tuanbai-zhici-reported-shouxian-not-speech': {
    source: 'https://www.qiandaoribao.com/2020/02/14/%E5%90%88%E5%BD%B1/',
    kind: 'non-speech: news report (an Indonesian Chinese daily\'s report of an East Java clan association\'s New Year party)',
    tests: 'a "(本报记者…报道)" lead with no headline; "首先恭请全体来宾起立" in the hosts\' order of events; the chairman\'s and the consul general\'s 致辞 told in the third person ("他首先…", "许主席指出,…", "许主席在讲话最后,…"); a stray full stop ("年初起。世界经济"); cut mid-phrase ("谈到近") — a news report, not a speech',
    isSpeech: false,
    title: '',
    noise: [],
    outline: [],
  },
};
