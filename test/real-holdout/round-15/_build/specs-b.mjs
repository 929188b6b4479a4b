// Gold specs for holdout round 15, staging part b (cases 07–12): business and association speeches, and what looks
// like them. Four spoken pieces (a former provincial official's 讲话 at a 商会's founding meeting on the 商会's own
// site, under a "商会动态 / News Center" header, a headline that puts the speaker's name before the title, a
// 时间/浏览量 line, the title again, a byline and a date; a 会长's 中秋联谊 讲话 on a template site with only a 小编 promo
// above it, 一、二、三、 heading lines that end in a full stop and "*" blanks; a company's 新年致辞 on its own site, whose
// slogan title with a "---…新年致辞" subtitle is printed on one line above a run-together 来源/作者/发布时间/浏览 bar and
// again over two lines below it, with the first paragraph's stops stripped; a manager's 开工仪式 致辞 with no site noise,
// a courtesy 首先, inline, block 第一,/第二,/第三, after a colon and a closing 最后,) and two written ones (a company
// news item on its 春节联欢会 that reports the 总经理's 致辞 and slides into the 董事长's words in the first person after
// "他说,"; a 会长's 卷首语 for an association magazine under a "董事长随笔 / Chairman's Essay" label and an editor's
// note, with lines broken where the site lost links). Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs applies
// them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines, trimmed,
// blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise and
// outlines are written by hand here.

const SH_HEADLINE = '邵广文在山东省徐州商会成立大会上的讲话';
const SH_TITLE = '在山东省徐州商会成立大会上的讲话';
const SH_CHROME = ['商会动态', 'News Center', SH_HEADLINE, '时间:2020-10-24 11:09:00    浏览量:105'];

const AG_PROMO = '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话,供大家参考。';

const AZ_TITLE = '追风赶月莫停留 平芜尽处是春山 ---2023年新年致辞';
const AZ_META = '来源: | 作者:佚名 | 发布时间: 2022-12-31 | 822 次浏览 | 分享到:';

export const specs = {
  '07-jianghua-sdxzsh-shanghui-chengli-newscenter-headline-meta-title-byline-date': {
    source: 'http://www.sdxzsh.com/activity/194.html',
    kind: 'speech: 讲话 (a former 省政协副主席 at the founding meeting of a provincial 商会 of Xuzhou people; the 商会\'s own site)',
    tests: 'an association site: a "商会动态" section label and its English twin "News Center" on lines of their own, the CMS headline that puts the speaker\'s name before the title ("邵广文在…上的讲话"), a meta line "时间:… 浏览量:105" with a run of spaces, then the speech\'s own title without the name, the byline (position and name run together, "山东省政协原副主席邵广文"), the date in parentheses and three blank lines; the salutation "各位领导、各位嘉宾、各位会员:" unindented, the body indented with seven spaces, "大家上午好!" glued to the first paragraph; the speaker\'s slip "向心力和你凝聚力" kept; no outline marker ("一个组织…" is prose); text cut mid-sentence ("可能有")',
    isSpeech: true,
    title: SH_TITLE,
    noise: SH_CHROME,
    dropLines: [...SH_CHROME, SH_TITLE],
    outline: [],
  },
  '08-jianghua-agnbn-shanghui-zhongqiu-xiaobian-promo-no-title-yi-headings-fullstop-stars': {
    source: 'https://agnbn.com/fanwendaquan/youxiufanwen/8360.html',
    kind: 'speech: 讲话 (a 商会 会长 at the members\' 中秋联谊; a template site)',
    tests: 'a template page whose capture opens with the 小编 promo line ("下面是小编为大家整理的…——会长在中秋联谊上讲话,供大家参考。"), the only place the speech is named: no title line; the salutation "各位嘉宾、会员朋友:", "大家晚上好!" glued to the opening, which announces "下面我讲五层意思"; heading lines 一、/二、/三、 that end in a full stop; the site\'s "*"/"**" blanks for the home town ("在*打拼的*籍乡亲", "**乡亲"); "第一个中秋团圆节" and "第四季度" (no markers); text cut inside an open quotation ("唱响“拼搏四季度")',
    isSpeech: true,
    title: '',
    noise: [AG_PROMO],
    dropLines: [AG_PROMO],
    outline: [
      { level: 1, marker: '一、', text: '商会永远是**乡亲的第二个家' },
      { level: 1, marker: '二、', text: '商会时时刻刻都要讲团结,增强凝聚力' },
      { level: 1, marker: '三、', text: '做强企业本身,拼搏四季度' },
    ],
  },
  '09-zhici-ahzhl-company-xinnian-meta-bar-title-twice-split-dash-subtitle-stripped-stops': {
    source: 'http://www.ahzhl.cn/xwxq?article_id=182',
    kind: 'speech: 新年致辞 (a construction company\'s New Year address to its staff, families and partners; the company\'s own site)',
    tests: 'a company site: the headline "追风赶月莫停留 平芜尽处是春山 ---2023年新年致辞" (a verse slogan and a subtitle opened by three ASCII hyphens, one line), a bar of fields "来源: | 作者:佚名 | 发布时间: … | 822 次浏览 | 分享到:" with an empty 来源, then the title again split over two lines (two spaces inside the slogan, "---2023年新年致辞" alone) and a whitespace-only line; no salutation; the first paragraph has its stops stripped ("…华章又一新在2023新年…问候向各股东单位…谢意", no final stop); "......" in mid-sentence; no outline marker; text cut mid-phrase ("行业新挑战")',
    isSpeech: true,
    title: AZ_TITLE,
    noise: [AZ_META],
    dropLines: [AZ_TITLE, AZ_META, '追风赶月莫停留  平芜尽处是春山', '---2023年新年致辞'],
    outline: [],
  },
  '10-zhici-cqtzb-kaigong-no-noise-inline-shouxian-block-diyi-after-colon-zuihou': {
    source: 'http://m.cqtzb.org.cn/jxfw/202505/204980.html',
    kind: 'speech: 致辞 (a company manager at a project\'s 开工仪式)',
    tests: 'no site noise and no title: the salutation "尊敬的各位同仁、合作伙伴以及在座的每一位朋友:", "大家上午好!" on its own line; a courtesy 首先, inline after "!" ("…开工了!首先,请允许我代表…") with no 其次 after it; "提出几点期望:" then block lines 第一,/第二, ending in ";" (no sentence end, so the whole line is the text) and 第三, ending in "。"; a closing block "最后,再次祝愿…!谢谢大家!"; "第一位" inside 第三,\'s text (no marker); the whole speech to the closing thanks',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '请允许我代表公司经营班子,向一直以来关心和支持公司发展的各级领导、各界朋友致以最真诚的谢意', optional: true },
      { level: 1, marker: '第一,', text: '要始终坚持高标准、严要求,确保工程质量经得起时间和实践的检验;' },
      { level: 1, marker: '第二,', text: '要加强沟通协调,建立高效顺畅的工作机制;' },
      { level: 1, marker: '第三,', text: '注重安全环保,把安全生产摆在第一位,做到进度和质量两手抓' },
      { level: 1, marker: '最后,', text: '再次祝愿本次开工仪式圆满成功,并预祝项目早日建成投产,交出一份漂亮的成绩单', optional: true },
    ],
  },
  '11-news-cpm-company-chunwan-zhici-reported-tashuo-first-person-not-speech': {
    source: 'https://cpm.com.cn/displaynews.html?id=4310939874902848',
    kind: 'non-speech: company news item (a machinery company\'s 春节联欢会, with the 总经理\'s 致辞 and the 董事长\'s 讲话 reported)',
    tests: 'a company news item with no title or chrome in the capture: a lead that speaks for the company ("我们迎难而上…我们再起航"), then the event in the third person ("联欢会开始,公司总经理姚振宇作新年致辞。他动情地回忆起…在致辞中,他表示…", "姚总指出,我们一定会…"), a bare announcement line "随后,公司董事长程立军作重要讲话。" and a paragraph that opens "他说," and then runs on in the chairman\'s own first person without quotation marks ("我不再兼任总经理…我本人从2000年…我感谢…"); exclamations of the speeches kept inside the report; no salutation — a report of two speeches, not a speech, although most of its sentences are the speakers\' words; cut mid-word ("在这骄")',
    isSpeech: false,
    title: '',
  },
  '12-juanshouyu-tjjdx-huizhang-chairman-essay-label-editor-note-broken-link-lines-not-speech': {
    source: 'http://tjjdx.com/show.asp?id=1588',
    kind: 'non-speech: 卷首语 (an association 会长\'s foreword to the association\'s magazine, on his company\'s site)',
    tests: 'a blank first line, a section label "董事长随笔" and its English twin "Chairman\'s Essay", the title "为奉献而喝彩——…会长为《友好》会刊2011年第2期撰写的卷首语" (it names a written genre), an editor\'s note in parentheses "(按:这是…撰写的卷首语。…)"; the essay speaks for "我们" and to "你" as a reader ("你细细数一数", "读她的故事,你会…"), with no salutation and no address to an audience; lines broken where the site lost linked names ("…护心良药之母-----", a bare "“津华药业”的总经理" line, a lone "在"); "我相信" and "我们将…" in a written voice — a magazine foreword by an association head, not a speech; cut mid-idiom ("视若")',
    isSpeech: false,
    title: '为奉献而喝彩——汪玉成会长为《友好》会刊2011年第2期撰写的卷首语',
  },
};
