// Gold specs for holdout round 69, part B (cases 07–12): propaganda and culture, radio and television, publishing
// (宣传思想文化, 广电, 出版, 新闻出版 — work meetings, festivals, award ceremonies, and their look-alikes).
// Four spoken pieces (the opening address of the 10th national congress of the writers' and artists' federation
// (中国文联) and the 9th of the writers' association, on the federation's own site (cflac.org.cn): a breadcrumb
// "首页>专题>2016>十次文代会>要闻推荐", the site's headline "中国文联主席孙家正致开幕词", a "时间:… 来源:《中国艺术报》 作者:"
// meta line followed by a bare count "0" on the next line, then the document's own name over two indented lines
// ("中国文学艺术界联合会第十次全国代表大会" / "中国作家协会第九次全国代表大会开幕词"), the speech's date line
// "(2016年11月30日)", the newspaper byline "□ 中国文联主席 孙家正", a three-group salutation, a courtesy "首先,请允许我…"
// inline after a full stop with no second member, cut mid-word ("丰"); a television announcer's 竞聘演讲 for the post of
// head of the external-publicity features department (51edu.com), whose capture starts one character into the
// salutation ("敬的各位领导,各位同事:大家好!", the 尊 lost), no title, a "**" name placeholder, programme names in 《》, an
// announcement "…主要出于以下四个方面的考虑:" closing its paragraph, then a standalone block "首先,我认为…素质" line with no
// sentence end, a paragraph opening "我一有…" (一有 is no marker), the site's typos "小时侯" and "怨天忧人" kept, cut
// mid-sentence ("努力"); a collection page of television-station job-contest speeches (koomao.com): the piece heading
// "第1篇 电视台竞争上岗演讲稿" as the first line, a salutation ending "你们好!", a courtesy "首先感谢台里…" with no separator,
// a block "首先,我先要谈一下…。" then a block "第二,记者c岗…" (an ordinal run that does not start at 第一, after a 首先), a
// hard wrap inside "30分的" / "分值", a closing "最后我想说的是," with no separator after 最后, "谢谢大家。", then the second
// piece's heading "第2篇 电视台经济节目中心副主任竞职演讲稿" and its salutation and body with xxx/xx placeholders, cut
// mid-phrase ("经济美"); a 国旗下讲话 for 记者节 on a blog about school activities (19491013.com): the post title, a column and
// author chrome block ("少先队室", "管理员", "1317", "文章", "0", "粉丝", "活动设计评论1字数 748阅读2分29秒阅读模式", "资料U盘"),
// the title again, four paragraphs of the WeChat editors' lead addressed to teachers ("明天周一,老师们可以把下面的内容当作升
// 旗仪式讲话…"), then the talk itself: "这个星期三,就是记者节了。", a block "首先,我们来说一说…。" point, quoted slogans,
// ellipses "……" ending lists, cut mid-word ("同学")) and two written look-alikes (a report on an industry website
// (yuqun.net) of the broadcasting administration's video conference on safe-broadcast inspections before the 20th party
// congress: no title, a lead paragraph with two sentences joined by a space and ending "提出三个方面的要求。", then standalone
// "一是认识要到位,…。" and "二是措施要到位,…。" lines each followed by a paragraph of "要…。要…" requirements — the
// minister's points told in the third person, not a speech; a traditional-script pinyin mirror (m.datingg.cn) of a
// published article on 宣传思想文化 work as 群众工作: "發(fā)布日期:2011-08-16" and an empty "信息來源:" line, no title, a lead
// paragraph quoting the 七一 speech, a "一、為了誰——…" heading line, converter pinyin after a fixed set of characters, the
// mis-encoded run "因?yàn)檫@樣" where 為這 was lost, cut inside a quotation ("“為什") — an article, not a speech).
// Judgement calls: 07's title is the document's own name on its two lines, joined with a space (as round 68's 13); the
// site's headline "…致开幕词" above the meta line is a press headline and is noise (the notes' rule for a press page's lead);
// the bare "0" under the meta line is the site's counter and goes with it (listed as "作者:\n0", since a lone "0" also
// occurs in the dates); the date line and the "□ 中国文联主席 孙家正" byline carry a position and stay as body lines; the
// inline "首先," has no second member, so no outline. 08's title is "" (the capture opens inside the salutation, which
// stays as found, glued to "大家好!"); the block "首先," line is a required level-1 point whose 其次 lies past the cut (as
// round 34's block "一是注重基层。"). 09 is a collection page whose first piece is a speech: the title is the first piece's
// own name from its heading, and both "第N篇 …" headings are noise as whole lines (as round 34's "第25章 <title>"); every
// piece in the capture stays in the body; the wrapped "30分的" / "分值" is joined; the block "首先," is a required level-1
// point and the block "第二," an optional level-1 point (a run that switches family and does not start at 第一); "首先感谢…"
// and "最后我想说的是," have no separator and are prose. 10's title is the post title (printed twice, dropped); the
// column/author/count chrome is noise, "0" listed inside its block ("管理员\n1317\n文章\n0\n粉丝") for the same reason as 07; the
// four paragraphs of the editors' lead are the page's, not the talk's (the talk is what the lead offers the teachers), so
// they are noise in full and the talk starts at "这个星期三,…"; the block "首先," is a required level-1 point. 11 and 12
// are written pages: a news report whose 一是/二是 lines summarise a minister's requirements, and an article with no
// audience address.
// Looked for and not found on a new host: a 宣传思想工作会议 or 新闻出版/广电 work-meeting 讲话 with 一、/(一) headings on a
// 范文 site (365docx, laobiganzi, 6dgww, sanweiyuan, 92read, mswk, xiaomilidoc, wnwk, gongwen.com.cn, gongwenbang,
// biganzibangong, xjzclk, mingyanjiaju, ggfwb, 70edu, m.bjhyfc, tmdps, 004km are all used); a 记者节 主持词 (mingyanjiaju is
// used); a document viewer of a 读书 speech (bubsandbeans is used); an embassy's film-festival 致辞 with 一是/二是 (mfa.gov.cn is
// used); a 宣传部长 表态发言.
// Set aside as template twins: zs.ciit.edu.cn and ccmuyuan.com (a college's report of its media-centre opening with
// "四点希望。一是…二是…三是…四是…" inline after full stops, and a publisher's meeting report — both on the WebPlus campus CMS
// whose "发布者:…发布时间:…浏览次数:" line and "/<yyyy>/<mmdd>/c<col>a<id>/page.htm" URL round 49's sky.nankai page
// already has); multibytes.cn (a 县长 speech at a 文化体育广播电视旅游 meeting whose first line is "<title> <summary>下面是小编为
// 大家整理的<title> ,供大家参考。", the shape of round 52's kaledl and round 30's kmjg pages); guowengu.com (记者演讲稿 collection
// with the "推荐人: 来源: 阅读:" meta line of the shared corpus's bimobang page); guiyang.baogaosu.com (a 记者节 report on the
// baogaosu city-subdomain family, eight of which are used); m.swxbz.com (the m. twin of the used swxbz.com); m.dyhzdl.cn
// (a 书画展 致辞 on the dyhzdl.cn site that round 67 had already looked at).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const CF_CRUMB = '首页>专题>2016>十次文代会>要闻推荐';
const CF_HEAD = '中国文联主席孙家正致开幕词';
const CF_META = '时间:2016年12月01日 来源:《中国艺术报》 作者:';
const CF_T1 = '中国文学艺术界联合会第十次全国代表大会';
const CF_T2 = '中国作家协会第九次全国代表大会开幕词';

const KM_H1 = '第1篇 电视台竞争上岗演讲稿';
const KM_H2 = '第2篇 电视台经济节目中心副主任竞职演讲稿';
const KM_TITLE = '电视台竞争上岗演讲稿';

const JZ_TITLE = '11月8日记者节升旗台国旗下讲话';
const JZ_COLUMN = '少先队室';
const JZ_COUNTS = ['管理员', '1317', '文章', '0', '粉丝'];
const JZ_BAR = '活动设计评论1字数 748阅读2分29秒阅读模式';
const JZ_USB = '资料U盘';
const JZ_LEAD = [
  '在中国,只有三个职业有自己的节日,分别是5月12日的护士节,9月10日的教师节,以及即将到来的11月8日记者节',
  '作为一档专注于青少年教育的新媒体平台,“我是接班人”微信公众号的编辑们,一直思忖着,在记者节前夕,赞一赞我们中国的记者同行。',
  '当然,我们更要感谢两万多亲爱的订阅者,因为,正是你们的关注,才让我们的工作更有意义,充满生机。这其中,当然也包括你。',
  '明天周一,老师们可以把下面的内容当作升旗仪式讲话,鼓励更多的小记者们,理解记者职业的真正内涵,圆未来的记者梦……',
];

export const specs = {
  '07-kaimuci-cflac-wendaihui-crumb-meta-headline-two-line-title-byline': {
    source: 'http://www.cflac.org.cn/wywzt/2016/10wdh/ywtj/201612/t20161201_349010.html',
    kind: 'speech: 开幕词 (the federation chairman opening the national congresses of the writers\' and artists\' federation and the writers\' association)',
    tests: 'breadcrumb "首页>专题>2016>十次文代会>要闻推荐"; the site\'s press headline "中国文联主席孙家正致开幕词" (noise, not the title); a "时间:… 来源:《中国艺术报》 作者:" meta line with a bare counter "0" on the next line; the document\'s own name over two indented lines joined into one title; the speech\'s date line "(2016年11月30日)" and the byline "□ 中国文联主席 孙家正" (kept); a three-group salutation; a courtesy "首先,请允许我…" inline after a full stop with no second member (no outline); cut mid-word ("丰")',
    isSpeech: true,
    title: CF_T1 + ' ' + CF_T2,
    noise: [CF_CRUMB, CF_HEAD, CF_META, '作者:\n0'],
    dropLines: [CF_CRUMB, CF_HEAD, CF_META, '0', CF_T1, CF_T2],
    outline: [],
  },
  '08-yanjianggao-51edu-dianshitai-jingpin-cut-salutation-shouxian-block': {
    source: 'http://51edu.com/lunwen/yyw/yjg/2495993.html',
    kind: 'speech: 竞聘演讲稿 (a television announcer running for head of the station\'s external-publicity features department)',
    tests: 'no title and no site noise; the capture opens one character into the salutation ("敬的各位领导,各位同事:大家好!"), glued to 大家好 (kept as found); a "**" name placeholder; programme names in 《》; a paragraph ending "…主要出于以下四个方面的考虑:"; a standalone block "首先,我认为自己具备担任外宣专题部主任的素质" with no sentence end (required level-1 point, whole line; its 其次 lies past the cut); "我一有…" is no marker; quoted sayings; the typos "小时侯" and "怨天忧人" kept; cut mid-sentence ("努力")',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [
      { level: 1, marker: '首先,', text: '我认为自己具备担任外宣专题部主任的素质' },
    ],
  },
  '09-yanjianggao-koomao-dianshitai-collection-di1pian-shouxian-dier-wrap': {
    source: 'https://koomao.com/yanjianggao/110543.html',
    kind: 'speech: 竞聘演讲稿 (collection page: a young reporter\'s speech in the television station\'s competition for posts, then a second piece)',
    tests: 'the piece heading "第1篇 电视台竞争上岗演讲稿" as the first line (noise; the title is the piece\'s name); a courtesy "首先感谢台里…" with no separator (prose); a block "首先,我先要谈一下我的基本情况和优势。" (required level 1) followed by a block "第二,记者c岗…" (optional level 1: the run switches family and does not start at 第一); a hard wrap inside "30分的" / "分值" (joined); "最后我想说的是," with no separator after 最后 (prose); "谢谢大家。"; the second heading "第2篇 电视台经济节目中心副主任竞职演讲稿" (noise) and the second piece kept in the body with xxx/xx placeholders, "14年", "30多门"; cut mid-phrase ("经济美")',
    isSpeech: true,
    title: KM_TITLE,
    noise: [KM_H1, KM_H2],
    join: [['第二,记者c岗', '分值,完成']],
    dropLines: [KM_H1, KM_H2],
    outline: [
      { level: 1, marker: '首先,', text: '我先要谈一下我的基本情况和优势' },
      { level: 1, marker: '第二,', text: '记者c岗要求每个月完成30分的任务', optional: true },
    ],
  },
  '10-guoqixia-19491013-jizhejie-blog-chrome-editor-lead-shouxian': {
    source: 'https://19491013.com/11-yue-8-ri-ji-zhe-jie-sheng-qi-tai-guo-qi-xia-jiang-hua',
    kind: 'speech: 国旗下讲话 (a flag-raising talk to pupils for 记者节, offered by a school-activities blog)',
    tests: 'the post title twice around a chrome block: column "少先队室", author "管理员", counts "1317" / "文章" / "0" / "粉丝" one a line, "活动设计评论1字数 748阅读2分29秒阅读模式", "资料U盘"; four paragraphs of the WeChat editors\' lead addressed to teachers ("明天周一,老师们可以把下面的内容当作升旗仪式讲话…") before the talk (noise); the talk opens "这个星期三,就是记者节了。"; a block "首先,我们来说一说为什么把11月8日定为记者节。" (required level-1 point, first sentence); a question to the pupils; quoted slogans; lists ending "……"; dates and years that are not markers; cut mid-word ("同学")',
    isSpeech: true,
    title: JZ_TITLE,
    noise: [JZ_COLUMN, JZ_COUNTS.join('\n'), JZ_BAR, JZ_USB, ...JZ_LEAD],
    dropLines: [JZ_TITLE, JZ_COLUMN, ...JZ_COUNTS, JZ_BAR, JZ_USB, ...JZ_LEAD],
    outline: [
      { level: 1, marker: '首先,', text: '我们来说一说为什么把11月8日定为记者节' },
    ],
  },
  '11-news-yuqun-guangdian-anquan-bochu-block-yishi-not-speech': {
    source: 'https://yuqun.net/mobile/news/news_details.html?id=572',
    kind: 'non-speech: news report (the broadcasting administration\'s video conference on safe-broadcast and work-safety inspections)',
    tests: 'no title; a lead paragraph whose two sentences are joined by a space, reporting that the minister "作动员讲话" and "提出三个方面的要求。"; standalone "一是认识要到位,…。" and "二是措施要到位,全方位筑牢织密安全防线。" lines, each followed by a paragraph of "要…。要…" requirements — a third-person report of a speech, not a speech, so no outline; quoted slogans; cut mid-word ("发")',
    isSpeech: false,
    title: '',
  },
  '12-article-datingg-big5-pinyin-xuanchuan-qunzhong-yi-heading-not-speech': {
    source: 'http://m.datingg.cn/content/xxyd/content-13-686-1.html',
    kind: 'non-speech: article (a published article on propaganda and cultural work as mass work, traditional-script mirror)',
    tests: 'a traditional-script mirror with converter pinyin after a fixed set of characters (發(fā), 產(chǎn), 會(huì), 強(qiáng), 務(wù), 點(diǎn), 徹(chè), 遠(yuǎn), 動(dòng), 嚴(yán), 認(rèn), 學(xué), 習(xí), 堅(jiān), 價(jià), 執(zhí), 導(dǎo), 場(chǎng), 進(jìn), 應(yīng), 風(fēng), 礎(chǔ), 實(shí), 現(xiàn), 幟(zhì), 擁(yōng), 護(hù), 業(yè), 個(gè), 質(zhì), 適(shì)); "發(fā)布日期:2011-08-16" and an empty "信息來源:" line; no title and no audience address; a lead paragraph quoting the 七一 speech with "要…" exhortations; a heading line "一、為了誰——…而奮斗"; the mis-encoded run "因?yàn)檫@樣" (為這 lost); cut inside a quotation ("“為什") — an article, not a speech',
    isSpeech: false,
    title: '',
  },
};
