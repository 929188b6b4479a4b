// Gold specs for holdout round 37, part b (cases 07–12): academic and learned bodies. Four spoken pieces (a city
// education official's 讲话 at a meeting of universities' party and administrative heads on 学科建设, on a university
// research office's page (gench.edu.cn): the column label "学科建设" on the first line, the site's headline "<name>在…上的
// 讲话", then the document's own title and its date "(2012年8月25日)" each indented by a long run of spaces, whitespace-only
// lines, "同志们:", a paragraph ending "我具体说两个方面。" and a standalone heading "第一个方面,…" (an ordinal not in the
// rule table), cut mid-word; a newly elected chairman's 讲话 to the first members' congress of a local history research
// society (xhgmw.com): the title, a "<site> <date> <time> 来源:… 作者:… 查看:" meta line, and the page's meta keywords
// glued to its meta description on one line ("辛亥革命,辛亥革命网,辛亥革命百年纪念,2013年9月25日上午,…在会上发表"),
// then the salutation, "大家好!" and four paragraphs ending "谢谢!", no blank lines; a forum chairman's opening 致辞 at a
// scientists' forum on an incubator company's news page (m.bj0755.com): the headline with the site's "打印" button glued
// to it, a "发布时间:…来源:…" line with no space between, four paragraphs of the publisher's news lead ending "以下为…致辞。
// (经…授权…发布)", an image file name "微信图片_….jpg", the speech's own title, the speaker's bare name, a salutation over
// three lines naming two provincial leaders, "大家好!", whitespace-only lines between all blocks, cut mid-name; a closing
// 总结词 at a scholar's 80th-birthday symposium on a content farm (hbsztv.com): the page title with an SEO variant in
// parentheses "(学术会议总结词结束语)", the salutation "各位同仁、各位嘉宾:", figures of attendance, a paragraph ending with
// a dash nickname "——蒋子", "我个人认为有以下几个原因:" and a block "其一," point, cut mid-word) and two written
// look-alikes (a news site's report of the Chinese Academy of Engineering's certificate ceremony for new academicians
// (yuqingz.com): app/QR chrome lines, a "您的当前位置:主页 > 动态资讯 > 正文" breadcrumb, a banner label, the headline, a
// 来源/时间 line, a 导读 that repeats the lead and breaks off, then the president's three expectations reported as block
// "第一,要…。" / "第二,要…。" / "第三,要…。" paragraphs after "…提出三点期望:" — third-person news, not a speech; a learned
// society's written summary of its annual meeting and members' congress (sxsclxh.com.cn): title "…大会总结", "下面对这次会
// 议作如下总结:", "一、筹备经过" / "二、成功举办" / "(一)出席代表层次高" headings, "我会"/"我们" as the society's voice and
// past-tense narration of the meeting — a written report, not a speech).
// Judgement calls: 07's title is the document's own "在…上的讲话" line (dropped, not listed); the headline with the
// official's name is the site's (noise, as round 34's 10); the column label "学科建设" is dropped but not listed, because
// the same words run through the speech itself (a listed string may not survive in the body); the date line "(2012年8月
// 25日)" is the speech's own and stays; "第一个方面," is an ordinal outside the rule table, so the heading is an optional
// level-1 point (as real-text's 第一點,/第一件事,). 08's title is the page's first line (the only copy, dropped, not
// listed); the meta line and the keywords+description line are noise (the keyword run is listed on its own as well);
// "首先向…致以诚挚的谢意" follows a comma inside a sentence and opens no run. 09's headline (speaker + title + "打印") is
// noise; the four lead paragraphs are the publisher's framing of the speech, noise like real-text 14's "…致辭,全文如下:"
// lead; the image file name is noise; the title is the speech's own line "在2022腾冲科学家论坛开幕式上的致辞"; the
// speaker's bare name under it carries no position and is dropped as noise (real-text 106 dropped a bare speaker name);
// the three salutation lines and "大家好!" stay as four paragraphs; "所以,首先请允许我…" follows a comma and opens no run.
// 10's title is the page title without the parenthesised SEO variant, which is listed as noise; a closing address that
// opens with a salutation and speaks in the first person is a speech though its genre word is 总结词; "其一," is outside
// the rule table, so its point is optional (level 1, first sentence). 11 and 12 are written, not speeches.
// Names: private people are fictional (07 keeps the named official's headline as a public figure's; 08's chairman, 10's
// scholar and his school's nickname are invented); public officials and academicians in 09, 11 and 12 are as printed.
// Looked for and not found on a new host: a 科协/社科联 代表大会 speech with 一、/(一) headings (the corpus answers with
// used hosts: fswk, wenshuyi, chengdu.baogaosu (lanzhou.baogaosu was used in round 35), and with journal abstracts on the
// ppdoc/jxxfw/soolun family); a 文联/作协 meeting speech on a 范文 site (only traditional mirrors of old 文代会 reports with
// spam headers, and a 作家协会会议代表发言稿 on used gxscse, wenku.docs.qq and renrendoc); an academic speech with inline
// 一是/二是 after full stops; a 学术研讨会 会议综述 page (answers were book chapters on ibooks/appbook.qq.com).
// Template twins set aside: yanjianggu.com (a 科协代表大会闭幕词 under bimobang's "当前位置 / 首页 > … / 推荐人: 来源: 阅读:
// N 次" template), reader8.net (round 34's reader8.com, same "/data/<yyyymmdd>/<id>.html" site), hiphopculturebook.com (a
// 新晋院士座谈会 novel chapter on 4321i.com's "/read_xx/xxxx_N.html" reader with 默认冷灰/方正启体 chrome), syhmjs.com (the
// "/periodical/<hash>.html" journal family of ppdoc/jxxfw/soolun), dushuhao.com (a 院士会议 讲话 as a book chapter on
// nuoha's "/book/chapter/<book>/<n>.html" template with a bare chapter id), mingkanw.com (wenshuyi-style "/x/file<id>.html"
// collection page), tmdps.cn (used mirror of 004km), global.chinadaily.com.cn (another host of the used
// covid-19.chinadaily.com.cn site).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const GC_COLUMN = '学科建设';
const GC_HEADLINE = '沈晓明在上海市高校党政负责干部会议上的讲话';
const GC_TITLE = '在上海市高校党政负责干部会议上的讲话';

const XH_TITLE = '鲁承谦当选武汉辛亥首义研究会会长后的讲话';
const XH_META = '辛亥革命网 2013-09-27 00:00 来源:辛亥革命网 作者:鲁承谦 查看:';
const XH_KEYWORDS = '辛亥革命,辛亥革命网,辛亥革命百年纪念,';
const XH_SEO = XH_KEYWORDS + '2013年9月25日上午,“武汉辛亥首义研究会”第一届会员大会。大会选举鲁承谦为武汉辛亥首义研究会会长,选举结束后,会长鲁承谦在会上发表';

const BJ_HEADLINE = '顾秉林院士在2022腾冲科学家论坛开幕式上的致辞打印';
const BJ_META = '发布时间:2022-12-03来源:启迪控股';
const BJ_LEAD1 = '12月1日,2022腾冲科学家论坛开幕,论坛由云南省人民政府和中国科学技术协会联合主办。全国人大常委会副委员长、民盟中央主席、中国科学院院士丁仲礼通过视频向论坛致辞。云南省委书记、省人大常委会主任王宁,中国科协党组成员兼国际合作部部长罗晖等先后致辞。云南省委副书记、省长王予波,第十一届全国人大教育科学文化卫生委员会副主任委员徐荣凯,中国科学院院士顾秉林、许智宏、饶子和等出席开幕式。';
const BJ_LEAD2 = '开幕式结束后,与会领导来到腾冲启迪科学家小镇参观,察看了院士之家,希望腾冲市用好科学家论坛落户当地的机遇,推动各项工作向科技聚焦,靠创新驱动发展。';
const BJ_LEAD3 = '本届论坛会期3天,600余位国内外专家学者、高校负责人和企业家以线上线下相结合的方式与会。论坛期间,由启迪牵头举办的IASP中国区会员沙龙暨中国园区及科技企业发展交流会、2022启迪之星年度DEMO DAY路演等活动作为论坛的重要板块相继登场。';
const BJ_LEAD4 = '以下为论坛主席、中国科学院院士、清华大学前校长顾秉林在开幕式上的致辞。(经顾秉林院士授权在启迪控股公众号上发布)';
const BJ_IMAGE = '微信图片_20221203135036c.jpg';
const BJ_TITLE = '在2022腾冲科学家论坛开幕式上的致辞';
const BJ_BYLINE = '顾秉林';

const HB_LINE = '学术会议结束总结词(学术会议总结词结束语)';
const HB_TAG = '(学术会议总结词结束语)';
const HB_TITLE = '学术会议结束总结词';

export const specs = {
  '07-jianghua-gench-gaoxiao-xueke-jianshe-column-headline-date-diyige-fangmian': {
    source: 'http://www.gench.edu.cn/kyc/470/list.htm',
    kind: 'speech: 讲话 (a city education official at a meeting of universities\' party and administrative heads, on 学科建设; a university research office\'s page)',
    tests: 'the column label "学科建设" on the first line (its words recur in the speech, so it is dropped but not listed); the site\'s headline "沈晓明在…会议上的讲话"; whitespace-only lines; the document\'s own title and its date line "(2012年8月25日)", each indented by some fifty spaces; "同志们:"; two long paragraphs with policy names in quotes ("2011计划", "211工程""985工程"); "我具体说两个方面。" announcing the parts; a standalone heading "第一个方面,深刻认识学科建设理念正在发生的变化" (ordinal outside the rule table: optional level-1 point); cut mid-word ("学科规划的出")',
    isSpeech: true,
    title: GC_TITLE,
    noise: [GC_HEADLINE],
    dropLines: [GC_COLUMN, GC_HEADLINE, GC_TITLE],
    outline: [
      { level: 1, marker: '第一个方面,', text: '深刻认识学科建设理念正在发生的变化', optional: true },
    ],
  },
  '08-jianghua-xhgmw-yanjiuhui-huizhang-seo-keywords-meta': {
    source: 'http://xhgmw.com/html/xinwenbaodao/e/2014/0723/14224.html',
    kind: 'speech: 讲话 (the newly elected chairman of a local history research society at its first members\' congress; history portal)',
    tests: 'the title on the first line; a meta line "辛亥革命网 2013-09-27 00:00 来源:辛亥革命网 作者:鲁承谦 查看:" ending in an empty view count; the page\'s meta keywords glued to its meta description on one line ("辛亥革命,辛亥革命网,辛亥革命百年纪念,2013年9月25日上午,…会长鲁承谦在会上发表", cut mid-sentence); no blank lines; the salutation "各位领导,各位会员:" and "大家好!" on their own lines; a modest acceptance, plans in parentheses "(首义论坛)", a closing string of wishes ending "谢谢!"; "首先向…致以诚挚的谢意" after a comma (no run, no outline); the whole speech in the capture',
    isSpeech: true,
    title: XH_TITLE,
    noise: [XH_META, XH_SEO, XH_KEYWORDS],
    dropLines: [XH_TITLE, XH_META, XH_SEO],
    outline: [],
  },
  '09-zhici-bj0755-kexuejia-luntan-news-lead-dayin-image-byline': {
    source: 'https://m.bj0755.com/h/qdnews/show-60-3435-1.html',
    kind: 'speech: 致辞 (the chairman of a scientists\' forum, an academician, at its opening ceremony; reposted on an incubator company\'s news page)',
    tests: 'the headline "顾秉林院士在…开幕式上的致辞打印" with the site\'s print button glued to it; "发布时间:2022-12-03来源:启迪控股" with no space; four paragraphs of the publisher\'s news lead (the forum, its guests, a visit, side events) ending "以下为…在开幕式上的致辞。(经…授权在…公众号上发布)"; an image file name "微信图片_20221203135036c.jpg"; the speech\'s own title and the speaker\'s bare name; a salutation over three lines ending ":" and "大家好!"; whitespace-only lines between all blocks; "所以,首先请允许我…" after a comma (no run); cut mid-name ("许智宏")',
    isSpeech: true,
    title: BJ_TITLE,
    noise: [BJ_HEADLINE, BJ_META, BJ_LEAD1, BJ_LEAD2, BJ_LEAD3, BJ_LEAD4, BJ_IMAGE, BJ_BYLINE],
    dropLines: [BJ_HEADLINE, BJ_META, BJ_LEAD1, BJ_LEAD2, BJ_LEAD3, BJ_LEAD4, BJ_IMAGE, BJ_TITLE, BJ_BYLINE],
    outline: [],
  },
  '10-zongjieci-hbsztv-xueshu-yantaohui-bimu-seo-paren-qiyi': {
    source: 'https://www.hbsztv.com/2024/0114/1036478.html',
    kind: 'speech: 总结词 (closing remarks of an organiser at a symposium on a scholar\'s thought, held for his 80th birthday; content farm)',
    tests: 'the page title with an SEO variant in parentheses "学术会议结束总结词(学术会议总结词结束语)" (the variant is noise); the salutation "各位同仁、各位嘉宾:"; attendance figures with 、 and ;; a paragraph ending in a dash nickname ("——蒋子", not a point: it does not open a paragraph); a rhetorical question; "我个人认为有以下几个原因:" then a block "其一," point (ordinal outside the rule table: optional level 1, first sentence); cut mid-word ("精通英")',
    isSpeech: true,
    title: HB_TITLE,
    noise: [HB_TAG],
    dropLines: [HB_LINE],
    outline: [
      { level: 1, marker: '其一,', text: '蒋砚秋教授善于积累自身优势,并把优势发挥到了极致', optional: true },
    ],
  },
  '11-news-yuqingz-yuanshi-shouzheng-yishi-diyi-dier-disan-not-speech': {
    source: 'http://www.yuqingz.com/YuqingZixun/2025/1209/71902.html',
    kind: 'non-speech: news report (the Chinese Academy of Engineering\'s education and certificate ceremony for new academicians)',
    tests: 'app and QR-code chrome lines ("中国舆情网手机客户端工作人员查询", "…官网二维码", "舆情网手机"), a "您的当前位置:主页 > 动态资讯 > 正文" breadcrumb, a banner label "中国舆情网-一带一路BANNER", the headline, a 来源/时间 line, a 导读 that repeats the lead and breaks off mid-word; the president\'s 致辞 reported in the third person ("李晓红在致辞中说", "…提出三点期望:") with block "第一,要…" / "第二,要…" / "第三,要…" paragraphs that read like a speech\'s points — a news report, not a speech; no salutation; cut mid-sentence',
    isSpeech: false,
    title: '新当选院士应珍视院士荣誉,院长寄语坚守责任',
  },
  '12-zongjie-sxsclxh-xuehui-nianhui-huiyuan-daibiao-dahui-yi-paren-not-speech': {
    source: 'http://www.sxsclxh.com.cn/info_Show.aspx?id=188&newtype=2&typeid=86',
    kind: 'non-speech: 总结 (a learned society\'s written summary of its annual meeting and members\' congress)',
    tests: 'title "…年会暨会员代表大会总结"; a line "下面对这次会议作如下总结:" that sounds spoken; standalone headings "一、筹备经过", "二、成功举办", "(一)出席代表层次高"; dates, a draft rule in quotes with "(草案)", counts of delegates and papers; the society as "我会"/"我们", the meeting narrated in the past tense — a written report, not a speech; cut mid-sentence after a list of honorary presidents',
    isSpeech: false,
    title: '中国生产力学会第15届年会暨会员代表大会总结',
  },
};
