// The lines a site prints around the article and the debris it glues into it: tables of
// contents, teasers, site intros, poster and meta lines, truncation notices, anti-copy marks.
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, splitTextIntoBlocks } from '../../src/core/analyze';
import { findAntiCopyMarks, findGluedSiteNotices, findLostIndents, hasLostIndents, usesDotStops } from '../../src/core/glued-debris';

const squash = (s: string) => s.replace(/\s+/g, '');
const removedBy = (text: string, rule: string) => analyzeText(text).removed.filter((r) => r.rule === rule).map((r) => r.text);

describe('tables of contents above the speech', () => {
  const toc = ['目录/提纲:……', '一、要深刻把握当前形势,切实增强使命感', '二、理清思路,聚焦关键,做好明年工作', '三、以专项行动为抓手,扎实做好今冬明春工作', '……'];

  it('takes a labelled contents list and keeps the headings below the salutation', () => {
    const text = [...toc, '同志们:', '今天这次会议，主要任务是盘点一年来的工作。', '一、要深刻把握当前形势,切实增强使命感', '当前形势复杂多变，我们必须保持清醒。'].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.toc')).toEqual(toc);
    expect(a.paragraphs).toEqual(['同志们:', '今天这次会议，主要任务是盘点一年来的工作。', '一、要深刻把握当前形势,切实增强使命感', '当前形势复杂多变，我们必须保持清醒。']);
    expect(a.outline.map((i) => i.marker)).toEqual(['一、']);
  });

  it('takes the points a labelled contents list prints under its headings', () => {
    const listed = ['目录/提纲:……', '一、认清使命,摆正位置,坚定信心接续奋进', '一是领导重视的力度前所未有', '二是社会各界的期待前所未有', '二、珍惜机会,奋发进取', '……'];
    const body = ['第六期中青年干部培训班经过近半年的筹备,今天正式开学了。下面,我讲三个问题。', '一、认清使命,摆正位置,坚定信心接续奋进', '这个问题主要想谈谈对这个班的定位。'];
    const a = analyzeText([...listed, ...body].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'site-chrome.toc').map((r) => r.text)).toEqual(listed);
    expect(a.paragraphs).toEqual(body);
    // unlabelled, a run of points is the speech's own (a list after a colon)
    const points = ['一是领导重视的力度前所未有', '二是社会各界的期待前所未有', '三是选拔程序的严格前所未有'];
    expect(analyzeText(['在开班式上的讲话', ...points, '同志们:', '今天正式开学了。'].join('\n')).removed.filter((r) => r.rule === 'site-chrome.toc')).toEqual([]);
  });

  it('takes a bare run of headings of several levels standing right above the title and salutation', () => {
    const text = ['一、以高度自觉提升政治站位', '(一)全面把握组织路线的要求', '(二)深入领会选人用人风气', '二、以典型案例警醒查找病灶', '(一)查找宗旨意识弱化', '在机关纪律作风警示大会上的党课讲稿', '同志们:', '今天我们专门召开警示大会，主要目的是提个醒。', '一、以高度自觉提升政治站位'].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.toc')).toHaveLength(5);
    expect(a.paragraphs.at(-1)).toBe('一、以高度自觉提升政治站位');
  });

  it('leaves a speech that opens with its own headings and no salutation alone', () => {
    const text = ['在全县工作会议上的讲话', '一、提高认识', '各级各部门要提高认识，切实增强责任感。', '二、压实责任', '要层层压实责任，确保落到实处。'].join('\n');
    const a = analyzeText(text);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.toc')).toEqual([]);
    expect(a.outline.map((i) => i.marker)).toEqual(['一、', '二、']);
  });
});

describe('related lists', () => {
  it('end before the line right over a salutation: that line is the speech’s title', () => {
    const body = ['亲爱同学们:', '你们好!', '今天,我站上讲台来竞选班长。我相信,凭着我的热情和担当,一定能为大家办实事。'];
    const a = analyzeText(['- 相关推荐', '关于大学班长竞选的演讲稿', ...body].join('\n'));
    expect(a.title).toBe('关于大学班长竞选的演讲稿');
    expect(a.paragraphs).toEqual(body);
  });

  it('end before a line naming a speech with only its date, occasion and byline over the salutation', () => {
    const menu = ['最新資訊', '-', '概覽', '< 返回', '計劃及設施', '-', '計劃', '-', '設施', '< 回上頁'];
    const front = ['「全港學生環保日」開幕禮致辭全文', '二零一五年三月八日(星期日)', '「全港學生環保日」開幕禮', '環境局局長黃志明致辭全文'];
    const body = [' 何立信主席、陳志遠先生、各位老師、各位家長、各位同學:', '很高興今天在這個陽光明媚的星期日和大家一起參加這項活動。看到這麼多老師、家長和同學一同前來,我感到十分欣慰。'];
    const a = analyzeText([...menu, '', front[0], '', front[1], front[2], '', front[3], '', ...body].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe(front[0]);
    const listed = a.removed.filter((r) => r.rule === 'site-chrome.related-list').map((r) => r.text);
    expect(listed).toEqual(['概覽', '< 返回', '計劃及設施', '計劃', '設施', '< 回上頁']);
    expect(a.paragraphs).toContain(body[0]!.trim());
  });
});

describe('teasers of the opening lines', () => {
  it('drops a cut-off summary that repeats the subtitle and the first paragraph', () => {
    const text = ['庆祝医师节讲话', '摘要 ——致敬医者,守护健康在第7个中国医师节来临之际,我们向医务工作者致以最亲切的问候和最美好的...', '——致敬医者,守护健康', '在第7个中国医师节来临之际,我们向医务工作者致以最亲切的问候和最美好的祝福!'].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.teaser')).toHaveLength(1);
    expect(a.paragraphs).toEqual(['——致敬医者,守护健康', '在第7个中国医师节来临之际,我们向医务工作者致以最亲切的问候和最美好的祝福!']);
  });

  it('drops a document summary box printed between two copies of the collection header', () => {
    // a document viewer: page title, then summary box and text each behind the file's headers
    const summary = '农历五月初五又称端午,“端”是开端,起始之意;“午”与“五”相通,五日之意。“端午”就是五月初五,一年当中的端阳佳节。从字面上看,“端”字的右半边像';
    const body = '农历五月初五又称端午,“端”是开端,起始之意;“午”与“五”相通,五日之意。 “端午”就是五月初五,一年当中的端阳佳节。从字面上看,“端”字的右半边像 一株破土而出的嫩芽,这个象形字形象地体现了万物生长的蓬勃气象。同学们,时光的脚步在悄悄向前。';
    const text = ['企业端午节致辞范文', `2023年企业端午节致辞范文 2023年企业端午节致辞篇1 ${summary}`, `2023年企业端午节致辞范文 2023年企业端午节致辞篇1 ${body}`].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('2023年企业端午节致辞');
    expect(removedBy(text, 'site-chrome.teaser')).toEqual([summary]);
    expect(a.paragraphs.map(squash)).toEqual([squash(body)]);
  });

  it('drops a summary that repeats a brand line, title, subtitle and opening, and ends its cut with a stop', () => {
    const brand = '携笔同道公文写作范文宝典:www.xiebitongdao.com';
    const summary = `${brand} 学习外地经验推动跨越发展——我市外出考察总结座谈会发言摘要 这两年,书记多次带队赴外地考察学习,每一次都让人受益匪浅。这。`;
    const opening = '这两年,书记多次带队赴外地考察学习,每一次都让人受益匪浅。这一趟下来,我的体会格外深。';
    const text = [summary, brand, '学习外地经验推动跨越发展', '——我市外出考察总结座谈会发言摘要', opening, '一是通过这次学习考察,对要求有了更深的理解。'].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.teaser')).toEqual([summary]);
    expect(a.title).toBe('学习外地经验推动跨越发展');
    expect(a.paragraphs.slice(0, 2)).toEqual(['——我市外出考察总结座谈会发言摘要', opening]);
  });

  it("drops a labelled summary box that opens with the page's lead and runs on into the speech's opening, and takes no title from it", () => {
    const salutation = '尊敬的各位专家、行业领导、业界同仁,女士们、先生们:';
    const opening = '感谢主办方提供这样难得的机会,让我们欢聚一堂,共同庆祝中国人造金刚石诞生50周年。';
    const summary = `摘要 实验区领导小组组长孙立诚出席庆祝中国人造金刚石诞生50周年并发表致辞${salutation}大家上午好!感谢主办方提供这样难得的机...`;
    const text = [summary, salutation, '大家上午好!', opening].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.teaser')).toEqual([summary]);
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '', [salutation, '大家上午好!', opening]]);
  });

  it("drops a summary box glued to the headline printed again, its paragraphs run together with commas; the article's own heading is the title", () => {
    const headline = '防汛工作新闻发布会新闻稿(防汛工作新闻发布会新闻稿范文)';
    const heading = '关于近期汛情的新闻发布会';
    const salutation = '各位记者朋友:';
    const opening = '大家好!今天我们在这里举行新闻发布会,向大家通报近期我市部分地区的汛情。';
    const second = '入汛以来,我市北部一些乡镇接连遭遇强降雨,部分农田和道路受灾。';
    const summary = `${headline}摘要: ${heading}${salutation}大家好!今天我们在这里举行新闻发布会,向大家通报近期我市部分地区的汛情,入汛以来,我市北部一些乡镇...`;
    const text = ['本文作者:admin', headline, 'admin 2024-10-04 21:46:09 4', summary, heading, salutation, opening, second, '阅读', '分享'].join('\n');
    const a = analyzeText(text);
    expect(removedBy(text, 'site-chrome.teaser')).toEqual([summary]);
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, heading, [salutation, opening, second]]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual(expect.arrayContaining([['meta.labels', '本文作者:admin'], ['site-chrome.navigation', '阅读']]));
    // the same box, its sentence cut where the text below goes on otherwise, repeats nothing
    const other = text.replace(`,入汛以来,我市北部一些乡镇...`, `,入冬以来,我市北部一些乡镇...`);
    expect(removedBy(other, 'site-chrome.teaser')).toEqual([]);
  });

  it('leaves a title that the site glued again to the first sentence below it', () => {
    const text = ['在全县庆祝教师节大会上的讲话', '在全县庆祝教师节大会上的讲话今天，我们隆重集会，热烈庆祝第38个教师节。'].join('\n');
    expect(removedBy(text, 'site-chrome.teaser')).toEqual([]);
  });

  it('keeps a finished paragraph that the next one repeats and continues', () => {
    const text = ['在全县工作会议上的讲话', '同志们：', '各级各部门要压实责任，确保各项工作落到实处。', '各级各部门要压实责任，确保各项工作落到实处。要提高政治站位。'].join('\n');
    expect(analyzeText(text).paragraphs).toHaveLength(3);
    // two sentences: its stop stands in the line below too, so the site did not put it there
    const twice = '要提高政治站位。各级各部门要压实责任，确保各项工作落到实处。';
    expect(analyzeText(['在全县工作会议上的讲话', '同志们：', twice, `${twice}要加强督查。`].join('\n')).paragraphs).toHaveLength(3);
  });
});

describe('site intros above the salutation', () => {
  it('takes the whole intro paragraph, finished sentences before the 小编 line included', () => {
    const text = ['元宵节发言稿', '在生活中,需要使用发言稿的场合越来越多。相信许多人会觉得发言稿很难写吧,以下是小编精心整理的元宵节发言稿,欢迎阅读与收藏。', '各位老师、同学们:', '元宵节是农历新年的第一个月圆之夜。'].join('\n');
    expect(analyzeText(text).paragraphs).toEqual(['各位老师、同学们:', '元宵节是农历新年的第一个月圆之夜。']);
  });

  it('an intro that announces another genre goes too ("接下来是一些总结范文")', () => {
    const text = ['情感表达是人们表达内心感受的一种方式。写总结时,我们应该注重用词准确。接下来是一些总结范文,希望对大家的写作有所启发。', '老师们、同学们:', '今天，我们迎来了本届职业技能节。'].join('\n');
    expect(analyzeText(text).paragraphs).toEqual(['老师们、同学们:', '今天，我们迎来了本届职业技能节。']);
  });

  it("takes a summary field that quotes the salutation and a label announcing the text, and keeps the speech's own salutation", () => {
    const text = ['在烈士陵园揭碑仪式上的讲话_革命,烈士陵园,烈士,工程,规划', '2011-10-9 9:36:34 来源:范文网 【 】 阅读次数:', '导语:尊敬的主席,各位领导,各位来宾,同志们、朋友们:', '以下为文章主要内容:', '恭敬的主席,各位带领,各位宾客,同志们、朋侪们:', '时值明朗,翠柏凝碧,山河肃穆。本日我们怀着无穷崇拜的心境在这里集会,为烈士陵寝揭碑。'];
    const a = analyzeText(text.join('\n'));
    expect(a.title).toBe('在烈士陵园揭碑仪式上的讲话');
    expect(a.paragraphs).toEqual(text.slice(4));
  });

  it('below the salutation only the glued sentence is peeled', () => {
    const text = ['在全县工作会议上的讲话', '同志们：', '今天我们召开全县工作会议，主要任务是部署工作。以下是小编整理的全部内容。', '谢谢大家！'].join('\n');
    expect(analyzeText(text).paragraphs).toContain('今天我们召开全县工作会议，主要任务是部署工作。');
  });
});

describe('meta and poster lines around the title', () => {
  it('drops a bare poster name between the title and its repeat, keeps a byline with a position', () => {
    const page = (byline: string) => ['家居广场开业庆典致辞', '', byline, '', '家居广场开业庆典致辞', '尊敬的各位领导、各位来宾:', '今天，我们欢聚一堂隆重举行家居广场开业庆典，这是我县商贸流通领域的又一件喜事。', '借此机会，我谨代表县政府向家居广场的顺利开业致以热烈祝贺！'].join('\n');
    expect(analyzeText(page('刘莉莉老师')).paragraphs[0]).toBe('尊敬的各位领导、各位来宾:');
    expect(analyzeText(page('县长 王强')).paragraphs[0]).toBe('县长 王强');
  });

  it('drops site dates, field lines, tags, ids, file names and member badges', () => {
    const text = [
      '市长在全市安全生产工作会议上的讲话',
      '10-28 德育素材网',
      '同志们:',
      '今天，我们在这里召开全市安全生产工作会议，主要是传达学习省、市安全生产工作会议精神。',
      '谢谢大家！',
      '浏览次数:  更新时间:2015-07-14 22:35:27',
      '标签: #安全生产',
      '市长讲话.docx',
      '初到新人',
      '149027',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs).toEqual(['同志们:', '今天，我们在这里召开全市安全生产工作会议，主要是传达学习省、市安全生产工作会议精神。', '谢谢大家！']);
  });

  it("drops a Q&A page's question that asks for the speech, and reads no outline item from its number", () => {
    const lines = ['森林防火的演讲稿', '1.关于森林防火的演讲稿,要长点的啊,谢谢', '——同一片蓝天,共爱一个家园', '地球是人类赖以生存的家园,森林素有地球之“肺”的美誉!爱护每一片叶子,守护每一棵树木是每个公民应尽的责任。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.removed.map((r) => r.text)).toContain(lines[1]);
    expect(a.outline.map((o) => o.marker)).not.toContain('1.');
  });

  it("drops a photo's caption labelled 图: and an editor's line that the text below is the speech's transcript; no title is taken from them", () => {
    const lines = ['图:人民日报社编委委员王方杰现场致辞', '下文为王方杰在人民康养大会致辞实录整理', '今天,“2022大健康论坛暨人民康养大会”隆重召开。在此,我谨代表人民日报社向各位领导和嘉宾的到来,致以诚挚的欢迎和由衷的谢意!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual([lines[2]]);
  });

  it("drops a document viewer's download notice with its numbered items and its slide-pack labels, and the page number glued before the title's repeat", () => {
    const lines = ['4月23日世界读书日开幕词.docx', '- 【下载声明】', '1. 本站全部试题类文档,若标题没写含答案,则无答案。请谨慎下单,一旦售出,不予退换。', '2. 请根据预览情况,自愿下载本文。本站不保证下载资源的准确性、安全性和完整性。', '- 配套讲稿:', '如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。', '- 特殊限制:', '部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。设计者仅对作品中独创性部分享有著作权。', '- 关 键 词:', '- 23 世界 读书 开幕词', '- 资源描述:', '-', '1、4月23日世界读书日开幕词各位老师、各位同学:大家上午好!今天是四月二十三日世界读书日。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('4月23日世界读书日开幕词');
    expect(a.paragraphs).toEqual(['各位老师、各位同学:大家上午好!今天是四月二十三日世界读书日。']);
    expect(a.outline).toEqual([]);
  });

  it("drops a portal's own name over a speech with no title, and takes no title from it", () => {
    const lines = ['2019-09-29 18:12:56', '南京家庭教育网', '同学们、老师们:', '大家早上好!9月30日,又是一个特别的日子——烈士纪念日,它让我们铭记那段血与火交织的艰难岁月。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('');
    expect(a.paragraphs).toEqual(lines.slice(2));
  });

  it('reads a meta line behind a list bullet as the same line, and keeps a bulleted speech line', () => {
    const body = ['新年的钟声余音未散,我们带着满满的干劲,聚在了这栋充满希望的办公楼前。', '- 要把安全生产放在首位。', '我要先谢谢大家的准时到场。'];
    const a = analyzeText(['领导新年开工吉日讲话', '- 作者: 网络投稿', '- 2025年03月26日 07:11:44', ...body].join('\n'));
    expect(a.title).toBe('领导新年开工吉日讲话');
    expect(a.paragraphs).toEqual(body);
  });
});

describe('glued site notices', () => {
  it('cuts a button phrase glued mid-sentence and closes the gap', () => {
    const text = ['在抢答赛上的点评讲话', '同志们：', '让我好像一下子回到了自己 当前隐藏内容免费查看的青年时代，有一种冲锋陷阵的感觉。'].join('\n');
    expect(analyzeText(text).paragraphs).toContain('让我好像一下子回到了自己的青年时代，有一种冲锋陷阵的感觉。');
  });

  it("cuts a betting brand run on with its site's words where a word stood, and keeps a speaker's Macau", () => {
    const line = '我及我们公寓所有的澳门伦敦人官网同仁将竭尽全力,祝所有的老人澳门伦敦人微博、长寿!';
    expect(findGluedSiteNotices(line).map((s) => line.slice(s.start, s.end))).toEqual(['澳门伦敦人官网', '澳门伦敦人微博']);
    for (const kept of ['我们去澳门参观了伦敦人酒店的展览。', '欢迎关注我们学校的官方微博。']) expect(findGluedSiteNotices(kept), kept).toEqual([]);
  });

  it("cuts an outlet's bracketed name glued before the salutation, and keeps a bracketed heading", () => {
    const line = '【连网】尊敬的各位领导,朋友们:';
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([['【连网】', 'site-chrome.source-tag']]);
    expect(analyzeText(['城管管什么', '葛立新', line, '大家好,我叫葛立新,今天我演讲的题目是《城管“管”什么》。'].join('\n')).paragraphs[0]).toBe('尊敬的各位领导,朋友们:');
    for (const kept of ['【开场】各位来宾,欢迎大家!', '【背景】各位要注意,本次活动分三个阶段。']) expect(findGluedSiteNotices(kept), kept).toEqual([]);
  });

  it("cuts a portal's follow button glued before the salutation, and its channel's name over it", () => {
    const line = '关注尊敬的各位领导、各位来宾,女士们、先生们,大家上午好!';
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([['关注', 'site-chrome.follow-button']]);
    for (const kept of ['关注各位老人的冷暖,是我们的责任。', '关注同志们的成长进步。']) expect(findGluedSiteNotices(kept), kept).toEqual([]);
    // a press headline over the speech itself is the speech's title once the portal's chrome is off its opening
    const a = analyzeText(['副区长 韩立民在第9届青山秋收文化节发表致辞', '', '新浪河北', line, '在这秋高气爽的丰收时节,我们相聚一堂,共同庆祝青山秋收文化节开幕。我谨代表区委、区政府,向各位来宾表示热烈的欢迎!'].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs[0]).toBe('尊敬的各位领导、各位来宾,女士们、先生们,大家上午好!');
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['site-chrome.portal-channel', 'site-chrome.follow-button']));
  });

  it("cuts a document site's claim to the text planted inside a word, and keeps a sentence on copyright", () => {
    const line = '这份亲情是任何力量都割不断的,也是广大台湾同本资料权属文秘资源网放上鼠标按照提示查看文秘资源网胞的共同心声。';
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([['本资料权属文秘资源网放上鼠标按照提示查看文秘资源网', 'watermark.glued-rights-claim']]);
    const text = ['在中秋节酒会上的致词', '尊敬的各位领导、同志们、朋友们:', line].join('\n');
    expect(analyzeText(text).paragraphs).toContain('这份亲情是任何力量都割不断的,也是广大台湾同胞的共同心声。');
    for (const prose of ['本资料版权归市档案馆所有,请妥善保管。', '要尊重版权,本文件版权属于全体作者。']) expect(findGluedSiteNotices(prose), prose).toEqual([]);
  });

  it('cuts a site\'s "原创:" label planted after a comma, and keeps a sentence that speaks of 原创', () => {
    const line = '白天上班的时候也总是惦记着你,原创:直到看见你放学平安到家。';
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([['原创:', 'watermark.glued-original-label']]);
    const text = ['第六周国旗下讲话', '各位老师、各位同学:', line].join('\n');
    expect(analyzeText(text).paragraphs).toContain('白天上班的时候也总是惦记着你,直到看见你放学平安到家。');
    for (const prose of ['我们鼓励原创:每一篇作品都要自己写。', '坚持原创,原创是内容的生命。']) expect(findGluedSiteNotices(prose), prose).toEqual([]);
    // after a sentence end as well
    const afterStop = '那段日子很难熬。原创:是部队教会了我坚持。';
    expect(findGluedSiteNotices(afterStop).map((s) => afterStop.slice(s.start, s.end))).toEqual(['原创:']);
  });

  it("cuts a writing course's notes on the model text, in brackets wherever they stand, and keeps a speaker's own asides", () => {
    const line = '我是来自临川市的省人大代表、临川市委书记(先亮明身份,这是这类发言开场的固定动作,用意是让与会者知道发言的是谁)。';
    expect(findGluedSiteNotices(line).map((s) => s.rule)).toEqual(['site-chrome.writing-note']);
    const text = ['在审议政府工作报告时的发言提纲', '各位领导、各位代表:', line, '(小标题同样用了下定义的写法)。意识形态关系人心聚散。'].join('\n');
    expect(analyzeText(text).paragraphs.slice(1)).toEqual(['我是来自临川市的省人大代表、临川市委书记。', '。意识形态关系人心聚散。']);
    for (const aside of ['我们要继续努力(掌声)。', '这项工作(包括写法规范和格式审核)要抓紧。']) expect(findGluedSiteNotices(aside), aside).toEqual([]);
  });

  it('cuts a backtick planted before a pause, and keeps a pause after a word', () => {
    const line = '我们开展大量的`、形式多样的文艺活动,丰富了同学们的课余生活。';
    expect(findAntiCopyMarks(line).map((s) => line.slice(s.start, s.end))).toEqual(['`']);
    expect(findAntiCopyMarks('我们开展大量的、形式多样的文艺活动。')).toEqual([]);
  });

  it('keeps the ASCII dots a paragraph ends its sentences with, and cuts a planted one among full stops', () => {
    const dotted = '今天,我站上讲台来竞选“班级管家”--班长.我相信,凭着我的热情和担当,一定能做好.我承诺不论何时都先问一问同学.';
    expect(findAntiCopyMarks(dotted)).toEqual([]);
    // one dot between two sentences and one that ends the paragraph: full stops too
    expect(findAntiCopyMarks('向全县文艺工作者致以最诚挚的问候.清溪县是一个文化底蕴丰厚的县,留下了众多脍炙人口的作品.')).toEqual([]);
    expect(findAntiCopyMarks('我们要坚持以人民为中心的.发展思想,压实各级责任').map((s) => s.rule)).toEqual(['watermark.anti-copy-mark']);
    expect(findAntiCopyMarks('我们要坚持以人民为中心的.发展思想。各级要压实责任。').map((s) => s.rule)).toEqual(['watermark.anti-copy-mark']);
    // in a document that ends its sentences with dots, a paragraph's one dot is a full stop as well
    const speech = ['大家好!今天我们谈一个大题目——环境保护.在当下,环境形势越来越严峻.', '首先,环保绝不只是一句口号.地球是一个十分脆弱的生态系统.', '除了个人的努力,企业和政府更应挑起环保的重担.企业应当推行绿色生产,同时积极研'];
    expect(usesDotStops(speech)).toBe(true);
    expect(findAntiCopyMarks(speech[2]!, () => usesDotStops(speech))).toEqual([]);
    expect(analyzeText(['尊敬的各位领导、亲爱的同事们:', ...speech].join('\n')).paragraphs.at(-1)).toBe(speech[2]);
    expect(usesDotStops(['我们要坚持以人民为中心的.发展思想。各级要压实责任。', '要抓好落实。要加强督查。'])).toBe(false);
    // a Thai letter or a dingbat planted between two ideographs; one beside Latin or a space stays
    const planted = '可以感受到一种ฃ肃穆的气息,不能容纳粗❥俗和浅薄。';
    expect(findAntiCopyMarks(planted).map((s) => planted.slice(s.start, s.end))).toEqual(['ฃ', '❥']);
    expect(findAntiCopyMarks('泰语的“你好”写作 สวัสดี ,勾选✔ 即可。')).toEqual([]);
  });

  it('keeps the ASCII dot after a heading\'s or an ordinal\'s number, at the paragraph\'s start or after a sentence end', () => {
    for (const text of ['一.提高政治站位,增强责任意识。', '第二.本次论坛的亮点,就是全新领略青岗风貌。', '要抓好三件事。十二.强化督查考核。']) expect(findAntiCopyMarks(text), text).toEqual([]);
    // inside a sentence a number before a dot is a word's, and the dot a planted mark
    const planted = '我们要把这一.重要工作抓实。各级要压实责任。';
    expect(findAntiCopyMarks(planted).map((s) => planted.slice(s.start, s.end))).toEqual(['.']);    // a month and a day in numerals, as a festival is written, keep their dot
    for (const text of ['我们迎来了劳动人民的节日---“五.一”国际劳动节。', '在八.一建军节到来之际,向官兵致以问候。']) expect(findAntiCopyMarks(text), text).toEqual([]);
  });

  it('cuts a dot planted before a closing quote among full stops, and keeps one that ends a quoted sentence', () => {
    const planted = '他们说:“这里要培养有想象力的.”岚师学堂就这样落成了。';
    expect(findAntiCopyMarks(planted).map((s) => [planted.slice(s.start, s.end), s.rule])).toEqual([['.', 'watermark.anti-copy-mark']]);
    expect(findAntiCopyMarks('老师说:“要做有想象力的人.”我记住了这句话')).toEqual([]);
  });

  it('cuts a backtick planted before a full stop ("交错的`。"), and keeps one in code-like text', () => {
    const planted = '别的聚会就不同了,身份是流动的,关系是交错的`。八个人吃饭,可能就有八种身份。';
    expect(findAntiCopyMarks(planted).map((s) => [planted.slice(s.start, s.end), s.rule])).toEqual([['`', 'watermark.anti-copy-mark']]);
    expect(findAntiCopyMarks('在命令行输入`npm test`。')).toEqual([]);
  });

  it('cuts an apostrophe planted between a word and an opening quote ("的\'“包粽子”"), and keeps a pair of ASCII quotes', () => {
    const planted = '端午节到了,同学们最期待的\'“包粽子”比赛就要开始了。';
    expect(findAntiCopyMarks(planted).map((s) => [planted.slice(s.start, s.end), s.rule])).toEqual([["'", 'watermark.anti-copy-mark']]);
    expect(findAntiCopyMarks("他说的'“好”'字,让我们很受鼓舞。")).toEqual([]);
  });

  it('cuts the "?" a page\'s encoding left where each line was indented, and keeps a lone one (a wrapped question\'s mark)', () => {
    const lines = ['环境保护工作会议主持词', '?同志们:', '?今天召开全县环境保护工作会议。下面按照会议议程逐项进行:', '?一、请副县长同志作工作报告。', '?二、请县长同志作重要讲话。', '?1、认识要到位。各级要把环保摆上位置。'];
    expect(hasLostIndents(lines)).toBe(true);
    expect(findLostIndents('?1、认识要到位。', true).map((s) => s.end)).toEqual([1]);
    expect(findLostIndents('?1、认识要到位。', false)).toEqual([]);
    // after a full stop, where the next line's indent ended up, it goes on any page
    expect(findLostIndents('为改革发展营造良好的环境和条件。?', false).map((s) => s.start)).toEqual([16]);
    // a stop inside a mis-encoded run is the run's: "?。?024年" (a date whose "(2" was lost) stays whole
    expect(findLostIndents('?。?024年11月22日)', false)).toEqual([]);
    expect(findLostIndents('你们准备好了吗?我们必须回答。', false)).toEqual([]);
    // at a line's end after a colon or an exclamation, where no question ends: "…朋友们:?", "…中秋快乐!?"
    expect(findLostIndents('尊敬的各位领导、同志们、朋友们:?', false).map((s) => s.start)).toEqual([16]);
    expect(findLostIndents('祝大家阖家安康、中秋快乐!?', false).map((s) => s.start)).toEqual([13]);
    expect(findLostIndents('这难道不值得我们深思吗?', false)).toEqual([]);
    // a run of marks opening a line is lost on any page: a wrapped question leaves one
    expect(findLostIndents('????大家下午好!', false).map((s) => s.end)).toEqual([4]);
    // a converter's spaces between the marks, and a line of marks alone on a page that has them
    expect(findLostIndents('? ? ? ?秋风起秋叶黄秋意浓。', false).map((s) => s.end)).toEqual([7]);
    expect(findLostIndents('?', true).map((s) => s.end)).toEqual([1]);
    expect(findLostIndents('??', false)).toEqual([]);
    const analysis = analyzeText(lines.join('\n'));
    expect(analysis.paragraphs[0]).toBe('同志们:');
    expect(analysis.outline.map((o) => o.marker)).toEqual(['一、', '二、', '1、']);
    expect(analysis.removed.filter((r) => r.rule === 'watermark.lost-indent').map((r) => r.text)).toEqual(['?', '?', '?', '?', '?']);
    // one line that opens with "?" is no pattern: it may close the question of the line before
    const wrapped = ['在动员会上的讲话', '同志们:', '大家想一想,我们的工作真的准备好了吗', '?我们必须回答这个问题。'];
    expect(hasLostIndents(wrapped)).toBe(false);
    expect(analyzeText(wrapped.join('\n')).removed.some((r) => r.rule === 'watermark.lost-indent')).toBe(false);
  });

  it("cuts a reposting site's source stamp with the page's address, glued to each paragraph or alone, and keeps the paragraphs", () => {
    const stamp = '文章源自英文巴士-https://www.en84.com/16233.html';
    const line = `在世界邮政日,我们向全球460万名邮政工作者表达敬意。${stamp}`;
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([[stamp, 'watermark.glued-source-stamp']]);
    const a = analyzeText(['世界邮政日致辞', stamp, line, `今年的主题向那些让服务延伸到每一个角落的人们致敬。${stamp}`, '让我们共同支持邮政事业。谢谢大家!'].join('\n'));
    expect(a.paragraphs).toEqual(['在世界邮政日,我们向全球460万名邮政工作者表达敬意。', '今年的主题向那些让服务延伸到每一个角落的人们致敬。', '让我们共同支持邮政事业。谢谢大家!']);
    // an address a speaker names ("登录…网站 https://…") is no stamp: it says no 文章源自
    const cited = '请大家登录市政府网站https://www.example.gov.cn查询办事指南。';
    expect(findGluedSiteNotices(cited)).toEqual([]);
  });

  it("cuts a site's bracketed plug for its articles planted inside a sentence, and keeps the sentence", () => {
    const line = '围绕组织好这次活动,城区(敬请期待更好文章:WWW.)各部门、各单位要紧密配合。';
    expect(findGluedSiteNotices(line).map((s) => line.slice(s.start, s.end))).toEqual(['(敬请期待更好文章:WWW.)']);
    expect(findGluedSiteNotices(line).map((s) => s.rule)).toEqual(['watermark.glued-site-plug']);
    // a speech's own bracket with an address is no plug
    const own = '请大家登录门户网站(www.xx.gov.cn)查询办事指南。';
    expect(findGluedSiteNotices(own)).toEqual([]);
  });

  it('cuts an HTML tag the template leaked into a paragraph, and the title printed again after its last sentence', () => {
    const line = '为全市经济社会发展大局提供有力支撑。</p>下面,我讲几点意见。<br/>';
    expect(findGluedSiteNotices(line).map((s) => line.slice(s.start, s.end))).toEqual(['</p>', '<br/>']);
    expect(findGluedSiteNotices(line).map((s) => s.rule)).toEqual(['site-chrome.leaked-tag', 'site-chrome.leaked-tag']);
    // comparisons and a site's "<<" arrows are no markup
    expect(findGluedSiteNotices('当x<5时,<<上一篇 下一篇>>')).toEqual([]);
    const title = '在全市办公室系统培训会议上的讲话';
    // a document site's page: its blocks set apart by blank lines
    const a = analyzeText(`${title}\n\n同志们:我们召开这次会议,为全市发展大局提供有力支撑。</p>${title}\n\n下面,我讲几点意见。\n\n一、准确把握职责定位。`);
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(['同志们:我们召开这次会议,为全市发展大局提供有力支撑。', '下面,我讲几点意见。', '一、准确把握职责定位。']);
    // the title's words as the last words of a sentence that goes on are the speech's
    const own = analyzeText(`${title}\n\n同志们:今天我要讲的,就是${title}\n\n下面,我讲几点意见。`);
    expect(own.paragraphs[0]).toBe(`同志们:今天我要讲的,就是${title}`);
  });

  it("cuts a gambling site's spam token planted between two words, with its brand word", () => {
    const line = '他们克服了重重困难,保证了hjc888黄金城军训各项任务紧张有序地完成。';
    expect(findGluedSiteNotices(line).map((s) => line.slice(s.start, s.end))).toEqual(['hjc888黄金城']);
    const bare = '保证了am6666军训顺利进行。';
    expect(findGluedSiteNotices(bare).map((s) => bare.slice(s.start, s.end))).toEqual(['am6666']);
    // a speech's own codes and figures stay: no repeated digit run, or not between words
    expect(findGluedSiteNotices('推进5G网络和G20峰会筹备,完成项目123个,热线12345便民服务。')).toEqual([]);
    expect(findGluedSiteNotices('请登录www.abc888.com查询。')).toEqual([]);
    // a Macau casino's name and site words chained by _ - * where a name stood
    const chain = '在即将迎来新澳门威尼斯赌场_澳门威尼斯人网址-备用*官网:成立70周年盛典之际,我们相聚一堂。';
    expect(findGluedSiteNotices(chain).map((s) => chain.slice(s.start, s.end))).toEqual(['澳门威尼斯赌场_澳门威尼斯人网址-备用*官网:']);
    expect(findGluedSiteNotices('澳门回归祖国以来,澳门娱乐业和会展业都有长足发展。')).toEqual([]);
    // a casino's name run on by its site code or site words where a school's name stood; a name, a river and the galaxy stay
    const hijacked = '在这里庄重举行永利总站ylzz欢迎你2014级开学典礼,正式成為2003网站太阳集团的一員。';
    expect(findGluedSiteNotices(hijacked).map((s) => hijacked.slice(s.start, s.end))).toEqual(['永利总站ylzz欢迎你', '2003网站太阳集团']);
    expect(findGluedSiteNotices('副局长张永利2020年到金沙江畔调研,看银河系的星光,太阳城市的广场上有葡京路。')).toEqual([]);
    // a token ending in a gambling site's word, put where a school's name stood, goes whatever stands either side
    const school = '——js33333线路登录校长在开学典礼上的讲话。你们选择的js33333线路登录,源头可以追溯到1898年。';
    expect(findGluedSiteNotices(school).map((s) => school.slice(s.start, s.end))).toEqual(['js33333线路登录', 'js33333线路登录']);
    expect(findGluedSiteNotices('请在12333热线登录,或拨打95588咨询。')).toEqual([]);
    // a gambling search keyword put where a name stood; a speaker's warning against gambling sites stays
    const keyword = '司马迁为写成《全球赌博十大网站》,遍访名山大川。';
    expect(findGluedSiteNotices(keyword).map((s) => keyword.slice(s.start, s.end))).toEqual(['全球赌博十大网站']);
    expect(findGluedSiteNotices('同学们要远离网络赌博平台,不登录任何博彩网站。')).toEqual([]);
    const brand = '新生贺知遥在2020年BET体育365投注官网开学典礼上的发言';
    expect(findGluedSiteNotices(brand).map((s) => brand.slice(s.start, s.end))).toEqual(['BET体育365投注官网']);
    expect(findGluedSiteNotices('全市彩票投注站达到365个,体育彩票销量稳步增长。')).toEqual([]);
    // a Q&A site's hex copy marker glued into an answer's sentence; a number of the speech's stays
    const hex = '一小根火柴光荣地燃尽了自己,7a686964616fe58685e5aeb931333337383263但我知道,即使是一根火柴也有它的力量。';
    expect(findGluedSiteNotices(hex).map((s) => hex.slice(s.start, s.end))).toEqual(['7a686964616fe58685e5aeb931333337383263']);
    expect(findGluedSiteNotices('全县森林覆盖率达到61%,共有护林员123456789012345678901234人次参与巡护。')).toEqual([]);
    // a betting brand planted after clause marks; a broadcaster's sports channel stays
    const betting = '没有全民健康,就没有全面小康。BOB体育要把人民健康放在优先发展的战略地位,优化健康服务、BOB体育完善健康保障。';
    expect(findGluedSiteNotices(betting).map((s) => betting.slice(s.start, s.end))).toEqual(['BOB体育', 'BOB体育']);
    expect(findGluedSiteNotices('比赛将在CCTV体育频道直播,NBA体育节目也会报道。')).toEqual([]);
    // a betting site's name with its site's words where a college's name stood; a crown, a lottery and a world expo stay
    const college = '为期两个月的培训就要结束了,万博体育手机版客户端致以最真挚的感谢。我们成为光荣的赢博官方(中国)总部教师,付出万博体育平台_天下足球网¥皇冠app官网的爱心,走进好用的足球竞彩app总书记关怀的基地。';
    expect(findGluedSiteNotices(college).map((s) => college.slice(s.start, s.end))).toEqual(['万博体育手机版客户端', '赢博官方(中国)总部', '万博体育平台_天下足球网', '¥皇冠app官网', '好用的足球竞彩app']);
    expect(findGluedSiteNotices('皇冠上的明珠,体育彩票竞彩游戏要依法销售,万博会与世博会都在平台上报名。')).toEqual([]);
    // a betting brand in Latin letters with the search words planted after it, where a council's name stood
    const council = '保护环境必须在全球范围内加强国际合作。bet365取款要多久几年来富有成效的工作,为国际合作树立了榜样。';
    expect(findGluedSiteNotices(council).map((s) => council.slice(s.start, s.end))).toEqual(['bet365取款要多久']);
    expect(findGluedSiteNotices('网络上的188元套餐、365天的坚守和bet这个英文单词,都与赌博无关。')).toEqual([]);
    // a chatbot's offer to rewrite the text, glued after its last sentence; a speaker's offer of help stays
    const signoff = '好了,今天的分享就到这里啦!如果需要调整或补充,请随时告诉我哦!';
    expect(findGluedSiteNotices(signoff).map((s) => signoff.slice(s.start, s.end))).toEqual(['如果需要调整或补充,请随时告诉我哦!']);
    expect(findGluedSiteNotices('大家工作中遇到困难,请随时告诉我,我们一起想办法。')).toEqual([]);
    // a lottery site's keyword where a school's name stood: one "的" goes with it, the speaker's stays
    const lottery = '本周四将举行暨管家婆正版管家婆今天的第三十四届艺术节闭幕式。我们管家婆正版管家婆今天的的学生代表奔赴草原。';
    expect(findGluedSiteNotices(lottery).map((s) => lottery.slice(s.start, s.end))).toEqual(['管家婆正版管家婆今天的', '管家婆正版管家婆今天的']);
    const headline = '大力推进地震澳门王中王100%的资料预警服务';
    expect(findGluedSiteNotices(headline).map((s) => headline.slice(s.start, s.end))).toEqual(['澳门王中王100%的资料']);
    expect(findGluedSiteNotices('财务室用上了管家婆软件,管家婆免费版也能记账。澳门回归以来,开奖仪式在澳门举行。')).toEqual([]);
    // a copy guard's starred source label inside a word; a speaker's 来源 and a footnote's star stay
    const starred = '一是擺正與副手的關系,做到放來源*心不放手,分工不分家。';
    expect(findGluedSiteNotices(starred).map((s) => [starred.slice(s.start, s.end), s.rule])).toEqual([['來源*', 'watermark.anti-copy-mark']]);
    expect(findGluedSiteNotices('要拓宽资金来源,用好专项债*政策。注明资金来源*。')).toEqual([]);
    // a forum's leftover dots before the salutation; an ellipsis opening a sentence stays
    const dotted = '..各位领导、各位来宾、各位协会成员、观众朋友们:';
    expect(findGluedSiteNotices(dotted).map((s) => [dotted.slice(s.start, s.end), s.rule])).toEqual([['..', 'site-chrome.stray-marks']]);
    expect(findGluedSiteNotices('...各位领导一定还记得那一年的洪水。')).toEqual([]);
  });

  it("cuts a preview's elision mark between ellipses inside a paragraph, and keeps the document's own (略)", () => {
    const line = '深刻吸取事故教训,如临深渊扛起责 ……略…… 不能在安全生产上有半点闪失。';
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([[' ……略…… ', 'paywall.glued-elision']]);
    expect(findGluedSiteNotices('请县长讲话(略)。会议议程(内容略)。')).toEqual([]);
    // a document viewer's note that its text preview skips the middle, where the cut fell
    const viewer = '把12月4日确定为“国家宪法日”,建立 内容过长,仅展示头部和尾部部分文字预览,全文请查看图片预览。 的权利——选举权和被选举权。';
    expect(findGluedSiteNotices(viewer).map((s) => viewer.slice(s.start, s.end))).toEqual([' 内容过长,仅展示头部和尾部部分文字预览,全文请查看图片预览。 ']);
    expect(findGluedSiteNotices('报告内容过长,仅展示了一部分,请大家会后传阅。')).toEqual([]);
  });

  it("cuts another document's English text glued after the last Chinese words of a flattened document", () => {
    const chinese = '我受总会会长的委托,就慈善宣传工作谈几点看法,讲得不妥的地方请各位同志批评指正。慈善事业是崇高的事业,只要劝人向善,总是不难';
    const english = 'Early each year organize conferences, in charge of the leadership, departments, units of the town clean and studied anti-corruption work deployments, according to a gang dual accountability';
    const line = `${chinese} ${english}`;
    expect(findGluedSiteNotices(line).map((s) => [line.slice(s.start, s.end), s.rule])).toEqual([[english, 'site-chrome.glued-english-text']]);
    // a few English words, a short Chinese line or an English page stay
    expect(findGluedSiteNotices(`${chinese} Thank you very much, ladies and gentlemen.`)).toEqual([]);
    expect(findGluedSiteNotices(`谢谢大家。 ${english}`)).toEqual([]);
    expect(findGluedSiteNotices(english)).toEqual([]);
  });

  it("cuts the site's summary printed again under the text, cut off, over its download box", () => {
    const speech = ['电力系统纪念题词演讲稿', '各位领导,各位评委,朋友们:大家好!我是河阳市供电局的一名职工,叫韩静,今天我演讲的题目是《光明的足迹》。', '忘不了那段窘迫的日子:线路老化,设备破旧,损耗居高不下。'];
    const tail = ['各位领导,各位评委,朋友们:大家好!我是河阳市供电局的一名职工,叫韩静,今天我...', '点击下载文档文档为doc格式', '上一篇'];
    const a = analyzeText([...speech, ...tail].join('\n'));
    expect(a.paragraphs).toEqual(speech.slice(1));
    expect(a.removed).toContainEqual({ text: tail[0], reason: 'site-chrome', rule: 'site-chrome.teaser' });
    // a closing line that only opens as the speech does stays
    const own = '各位领导,各位评委,朋友们:让我们一起努力...';
    expect(analyzeText([...speech, own].join('\n')).paragraphs).toContain(own);
  });

  it("cuts a trial copy's hidden-words fold glued into a line, and keeps the text on both sides", () => {
    expect(findGluedSiteNotices('1、通过连通 ……此处隐藏3785个字……、建立和保存省级最高计量标准157项').map((s) => s.rule)).toEqual(['paywall.glued-hidden-words']);
    // the download note's dots close the fold: none is left on the text after it
    // in brackets, "隐藏了": the brackets go with it
    const bracketed = '将进一步密切我市与周边城市的经贸往来,(......此处隐藏了394字,下载文档可见全文......)项目调度会,及时协调';
    expect(findGluedSiteNotices(bracketed).map((s) => bracketed.slice(s.start, s.end))).toEqual(['(......此处隐藏了394字,下载文档可见全文......)']);
    const withNote = '在校史上......此处隐藏1268字,下载文档可见......对学校寄予了殷切期望。';
    expect(findGluedSiteNotices(withNote).map((s) => withNote.slice(s.start, s.end))).toEqual(['......此处隐藏1268字,下载文档可见......']);
    const text = ['先进单位发言稿', '尊敬的各位领导,同志们:', '车间全体员工攻坚克难,解决了几个老问题:', '1、通过连通 ……此处隐藏3785个字……、建立和保存省级最高计量标准157项。'].join('\n');
    const a = analyzeText(text);
    // the text on either side of the fold was never one paragraph: the line splits where it stood
    expect(a.paragraphs.slice(-2)).toEqual(['1、通过连通', '、建立和保存省级最高计量标准157项。']);
    expect(a.outline).toEqual([{ level: 1, marker: '1、', text: '通过连通' }]);
    expect(a.removed.map((r) => r.text)).toContain('……此处隐藏3785个字……');
    // cleaning the blocks cuts exactly the fold out of the source line
    const blocks = splitTextIntoBlocks(text);
    const { verdicts } = analyzeBlocks(blocks);
    const cuts = verdicts[3]!.cuts.map((c) => blocks[3]!.text.slice(c.start, c.end));
    expect(cuts.join('')).toBe(' ……此处隐藏3785个字……');
    // a speaker's own words about hiding stay
    expect(findGluedSiteNotices('他把这件事隐藏了20年,字里行间都是愧疚。')).toEqual([]);
  });

  it('cuts a bracketed truncation notice inside a paragraph, and the journal mark before the text', () => {
    expect(findGluedSiteNotices('各级要抓好落实 ……(未完,全文共6267字,当前只显示754字,请阅读下面提示信息。收藏《讲话》) 上一篇').map((s) => s.rule)).toEqual(['paywall.glued-truncation']);
    const text = '论文部分内容阅读\n【正】同志们:从今天起，城区老旧小区改造工程就要全面开工建设了。';
    expect(analyzeText(text).paragraphs).toEqual(['同志们:从今天起，城区老旧小区改造工程就要全面开工建设了。']);
    // a database that labels the text it shows as the abstract
    const labelled = findGluedSiteNotices('摘    要:今天,市政府召开二季度全市安全生产专题会议。');
    expect(labelled.map((s) => [s.start, s.end, s.rule])).toEqual([[0, 7, 'site-chrome.journal-mark']]);
    expect(findGluedSiteNotices('会议的摘要要写清楚:时间、地点、议题。')).toEqual([]);
    // a journal site's search hit, labelled as its summary
    const hit = findGluedSiteNotices('简介:今天我们召开全省地方志工作会议,主要是总结交流经验,研究部署下一阶段工作任务。');
    expect(hit.map((s) => [s.start, s.end, s.rule])).toEqual([[0, 3, 'site-chrome.journal-mark']]);
    expect(findGluedSiteNotices('他的简介:今年五十岁,在县里工作了三十年。')).toEqual([]);
    // a library record's field name before the abstract it shows, and its other fields above
    const record = findGluedSiteNotices('文摘内容 今天 ,国务院召开全国森林防火工作电视电话会议。');
    expect(record.map((s) => [s.start, s.end, s.rule])).toEqual([[0, 5, 'site-chrome.journal-mark']]);
    const a = analyzeText('编号 zgly0001215136\n文献类型 期刊论文\n文献题名 在全国森林防火电视电话会议上的讲话\n年卷期 2000年01期\n关键词 森林防火工作 电视电话会议\n文摘内容 同志们:今天,国务院召开全国森林防火工作电视电话会议。');
    expect(a.title).toBe('在全国森林防火电视电话会议上的讲话');
    expect(a.paragraphs).toEqual(['同志们:今天,国务院召开全国森林防火工作电视电话会议。']);    // a writer's Markdown bold left open before the salutation is the editor's; a censored name opening a sentence stays
    expect(findGluedSiteNotices('**尊敬的老师 亲爱的同学们:').map((s) => [s.start, s.end, s.rule])).toEqual([[0, 2, 'site-chrome.markdown-mark']]);
    expect(findGluedSiteNotices('**是淮河流域古代文明的重要发祥地之一,历史厚重。')).toEqual([]);
    expect(findGluedSiteNotices('**尊敬的老师**,这是我的标题。')).toEqual([]);
    // a document site's card: its label and the title it prints again run into the salutation
    const card = analyzeText('在县书法家协会换届大会上的致辞\n关于本文\n本文标题:在县书法家协会换届大会上的致辞\n资源描述:在县书法家协会换届大会上的致辞尊敬的各位书友:今天,县书法家协会召开换届大会,我谨代表县文联表示热烈的祝贺!\n版权申诉\n版权申诉邮箱:service2019@126.com');
    expect([card.title, card.paragraphs]).toEqual(['在县书法家协会换届大会上的致辞', ['尊敬的各位书友:今天,县书法家协会召开换届大会,我谨代表县文联表示热烈的祝贺!']]);
  });

  it("cuts a site's preview label glued before the salutation, and leaves a document's own content field", () => {
    const text = '• 范文预览:同志们:眼下全年各项工作已到收官冲刺的要紧关口。';
    expect(findGluedSiteNotices(text).map((s) => [text.slice(s.start, s.end), s.rule])).toEqual([['• 范文预览:', 'site-chrome.preview-label']]);
    expect(findGluedSiteNotices('正文：尊敬的各位领导、各位来宾：').map((s) => s.rule)).toEqual(['site-chrome.preview-label']);
    expect(findGluedSiteNotices('内容:传达学习全市信访工作会议精神。')).toEqual([]);
    expect(findGluedSiteNotices('会议内容:各位委员审议了报告。')).toEqual([]);
  });

  it('cuts a line-break tag whose "<" a converter mangled, and leaves a whole tag to the tag rule', () => {
    const text = '而且还是失职,甚至是犯罪?! ?br />';
    expect(findGluedSiteNotices(text).map((s) => [text.slice(s.start, s.end), s.rule])).toEqual([['br />', 'site-chrome.leaked-tag']]);
    expect(findGluedSiteNotices('提供有力支撑。<br />在全市').map((s) => s.rule)).toEqual(['site-chrome.leaked-tag']);
    expect(findGluedSiteNotices('输入 abr /> 这样的字符')).toEqual([]);
    // a closing tag that lost its "<" ("…的新战友们/p>")
    const closing = '欢迎你们,新入伍的战友们/p>';
    expect(findGluedSiteNotices(closing).map((s) => [closing.slice(s.start, s.end), s.rule])).toEqual([['/p>', 'site-chrome.leaked-tag']]);
    expect(findGluedSiteNotices('比值 a/p>1 时成立')).toEqual([]);
    // an opening tag with its attributes, quoted or not, that lost its "<"
    for (const tag of ['span lang="EN-US">', 'SPAN lang=EN-US>', "font color='#FFFFFF' size=2>"]) {
      const glued = `是当之无愧的全国名校?!钡龋?${tag}2008年以来连续七年夺冠。`;
      expect(findGluedSiteNotices(glued).map((s) => [glued.slice(s.start, s.end), s.rule])).toEqual([[tag, 'site-chrome.leaked-tag']]);
    }
    expect(findGluedSiteNotices('当 span x=3> 时,我们说区间更宽。')).toEqual([]);
  });

  it("cuts an answer site's lead-in glued before the salutation, and leaves a speaker's own", () => {
    const text = '关于这个问题,尊敬的各位领导、亲爱的同事们,大家好!';
    expect(findGluedSiteNotices(text).map((s) => [text.slice(s.start, s.end), s.rule])).toEqual([['关于这个问题,', 'site-chrome.answer-lead']]);
    expect(findGluedSiteNotices('关于这个问题,各级各部门要高度重视。')).toEqual([]);
    expect(findGluedSiteNotices('同志们,关于这个问题,我再强调三点。')).toEqual([]);
    expect(findGluedSiteNotices('关于这个问题,同志们要有清醒的认识。')).toEqual([]);
  });

  it('cuts a separator the layout left after the text, apart from it', () => {
    expect(findGluedSiteNotices('本轮巡察要突出政治监督…… |').map((s) => [s.start, s.rule])).toEqual([[13, 'site-chrome.trailing-separator']]);
    expect(findGluedSiteNotices('输入格式为A|B')).toEqual([]);
  });

  it('cuts the tags a tag bar left before that separator, after the last sentence', () => {
    const text = '展望新年,我们相约在六月。 校长新年致辞 高中校长新年致辞 校长新年寄语 |';
    const spans = findGluedSiteNotices(text).map((s) => [text.slice(s.start, s.end), s.rule]);
    expect(spans).toEqual([
      [' 校长新年致辞 高中校长新年致辞 校长新年寄语', 'site-chrome.glued-tags'],
      [' |', 'site-chrome.trailing-separator'],
    ]);
    // one word before the separator, or words that follow no sentence end, are no tag bar
    expect(findGluedSiteNotices('我们相约在六月。 新年寄语 |').map((s) => s.rule)).toEqual(['site-chrome.trailing-separator']);
    expect(findGluedSiteNotices('我们相约 在六月 新年寄语 |').map((s) => s.rule)).toEqual(['site-chrome.trailing-separator']);
  });
});

describe('a CMS mark where the paid part begins', () => {
  it('is cut from the paragraph; the heading after it is read', () => {
    const a = analyzeText(['在全市夏季消防安全检查工作会议上的讲话', '同志们:', '为抓好全市夏季消防安全检查工作,我讲三点意见:##paidbegin##一、看清形势,切实增强工作使命感和危机感。', '二、突出重点,全面排查整治火灾隐患。'].join('\n'));
    expect(a.removed).toContainEqual({ text: '##paidbegin##', reason: 'paywall', rule: 'paywall.paid-content-mark' });
    expect(a.paragraphs.join('')).not.toContain('##');
  });
});

describe('anti-copy marks inside words', () => {
  const cut = (text: string) => {
    let out = '';
    let at = 0;
    for (const s of findAntiCopyMarks(text)) {
      out += text.slice(at, s.start);
      at = s.end;
    }
    return out + text.slice(at);
  };

  it('cuts a lone apostrophe, backtick or dot between two Chinese characters, and a triangle after a sentence end', () => {
    expect(cut("是全县上下的'共同心愿。")).toBe('是全县上下的共同心愿。');
    expect(cut('致以深深的`谢意！')).toBe('致以深深的谢意！');
    expect(cut('良好的.校风、学风日益浓厚')).toBe('良好的校风、学风日益浓厚');
    expect(cut('是我們的希(!)望')).toBe('是我們的希望');
    expect(cut('你为别人付出了什么，就会收获什么。▲')).toBe('你为别人付出了什么，就会收获什么。');
    expect(cut('`')).toBe('');
    expect(cut('刚才,振华同#志通报了全省禁毒会议精神。')).toBe('刚才,振华同志通报了全省禁毒会议精神。');
  });

  it("keeps ASCII quotes that come in pairs, decimals, and dots in Latin text", () => {
    expect(cut("把'硬币'包进汤圆是一种风俗。")).toBe("把'硬币'包进汤圆是一种风俗。");
    expect(cut('增长6.18%，达到1.5亿元。')).toBe('增长6.18%，达到1.5亿元。');
    expect(cut('登录www.gov.cn查询。')).toBe('登录www.gov.cn查询。');
    // a quotation opened with an apostrophe and closed with a full-width mark; a hashtag; a masked name
    expect(cut("(一)强化'四个意识“,切实把思想统一起来。")).toBe("(一)强化'四个意识“,切实把思想统一起来。");
    expect(cut('收录于话题#读书节#的文章。')).toBe('收录于话题#读书节#的文章。');
    expect(cut('提出了合作设想;###同志代表学校发言。')).toBe('提出了合作设想;###同志代表学校发言。');
  });

  it('keeps a closing sentence that mentions contact details; cuts a site\'s contact label', () => {
    const text = ['获奖感言', '尊敬的各位老师、亲爱的同学们:', '能够获奖,我特别开心。比赛让我认识了许多出色的伙伴,他们都是我前行路上的路标。', '我们已经互相留下了联系方式,今后我们可以彼此鼓励,一起进步。', '客服QQ:12345678'].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs).toContain('我们已经互相留下了联系方式,今后我们可以彼此鼓励,一起进步。');
    expect(a.removed.map((r) => r.text)).toContain('客服QQ:12345678');
  });

  it('keeps the "." a host’s script leaves for a name it thanks or calls up', () => {
    expect(cut('谢谢.部长,让我们再次以热烈的掌声感谢.部长。')).toBe('谢谢.部长,让我们再次以热烈的掌声感谢.部长。');
    expect(cut('下面有请.书记讲话。')).toBe('下面有请.书记讲话。');
    // every office a byline knows (rules/offices.ts), not only the common ones
    expect(cut('下面有请.厅长讲话,欢迎.理事长致辞。')).toBe('下面有请.厅长讲话,欢迎.理事长致辞。');
    expect(cut('在各级党委的.领导下')).toBe('在各级党委的领导下');
  });

  it('in a whole speech the paragraph stays and the mark is listed as removed', () => {
    const text = ["在开业庆典上的致辞", '各位来宾：', "家居广场的建成是全县上下的'共同心愿。"].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs.map(squash)).toContain('家居广场的建成是全县上下的共同心愿。');
    expect(a.removed).toContainEqual({ text: "'", reason: 'watermark', rule: 'watermark.anti-copy-mark' });
  });
});

describe('a head promo block and a title the title finder missed', () => {
  it('keeps the line naming a spoken genre right above the body', () => {
    const text = [
      '- 2021-05-07 发布',
      '- 网站客服QQ:403074932',
      '党课讲稿--增强党内生活的政治性、原则性、战斗性',
      '总书记强调，党内生活要讲政治、守原则、敢斗争，每一次组织生活都要有实打实的内容。',
      '一、三会一课的由来演变及作用',
    ].join('\n');
    const a = analyzeText(text);
    expect([a.title, ...a.paragraphs]).toContain('党课讲稿--增强党内生活的政治性、原则性、战斗性');
    expect(a.removed.map((r) => r.text)).toContain('- 网站客服QQ:403074932');
  });
});
