import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { readPieceHeading } from '../../src/core/title-decor';
import { findGluedTitleEnd, isTitleBlurb, secondLineOfTitle } from '../../src/core/title-split';

const BODY = '春风送暖,万物复苏。在这充满生机的季节,我们迎来了这次大会的隆重召开。我代表大会筹备组,向各位代表表示热烈的欢迎!';

describe('a title over two lines', () => {
  it('reads the genre line, spaced out or not, only under a title that names no genre', () => {
    expect(secondLineOfTitle('共青团某镇第十二次代表大会', '开  幕  词')).toBe('开幕词');
    expect(secondLineOfTitle('某县第三届运动会', '闭幕词')).toBe('闭幕词');
    expect(secondLineOfTitle('在全县工作会议上的讲话', '讲话')).toBeUndefined();
    // the genre letter-spaced under a title that ends with it: the document's heading, adding nothing
    expect(secondLineOfTitle('教育局动员大会主持词', '主 持 词')).toBe('');
    expect(secondLineOfTitle('教育局动员大会主持词', '开 幕 词')).toBeUndefined();
    expect(secondLineOfTitle('共青团某镇第十二次代表大会', '各位代表:')).toBeUndefined();
  });

  it('joins the two lines into the title; the genre line leaves the body', () => {
    const a = analyzeText(['十八届共青团代表大会_共青团某镇第十二次代表大会', '共青团某镇第十二次代表大会', '开  幕  词', '(二00九年三月   日)', '各位代表、同志们:', BODY].join('\n'));
    expect(a.title).toBe('共青团某镇第十二次代表大会开幕词');
    expect(a.paragraphs[0]).toBe('(二00九年三月 日)');
    expect(a.paragraphs.join('')).not.toContain('十八届');
  });

  it('joins a meeting’s name broken off with the line that finishes it as key points of the talk ("…上的讲话要点")', () => {
    const a = analyzeText(['江泽民总书记在九届全国人大三次会议', '海南代表团讨论会上的讲话要点', '(2000年3月6日)', '第一,海南要在发展特区经济方面积极探索,努力走出一条成功的路子来。这是我们的希望。'].join('\n'));
    expect(a.title).toBe('江泽民总书记在九届全国人大三次会议海南代表团讨论会上的讲话要点');
  });

  it("joins an event's host and year broken off before the event with the line that finishes it with the genre", () => {
    expect(secondLineOfTitle('安邑初中2008年阳光体育', '冬季长跑运动会开幕式讲话稿')).toBe('冬季长跑运动会开幕式讲话稿');
    // a column's name holds no year; a year over a line that is no event's genre stays apart
    expect(secondLineOfTitle('水利气象', '冬季长跑运动会开幕式讲话稿')).toBeUndefined();
    expect(secondLineOfTitle('安邑初中2008年阳光体育', '冬季长跑运动会圆满结束')).toBeUndefined();
    const a = analyzeText(['安邑初中2008年陽光體育', '冬季長跑運動會開幕式講話稿', '各位裁判、运动员、老师、同学们:', BODY].join('\n'));
    expect(a.title).toBe('安邑初中2008年陽光體育冬季長跑運動會開幕式講話稿');
  });

  it('joins a meeting’s name broken off after 在 with the line that finishes it', () => {
    expect(secondLineOfTitle('市委督导组长王立新同志在县委班子', '专题民主生活会上点评时的讲话')).toBe('专题民主生活会上点评时的讲话');
    expect(secondLineOfTitle('市委督导组长王立新同志在县委班子', '专题民主生活会召开情况')).toBeUndefined();
    expect(secondLineOfTitle('在全县工作会议上的讲话', '专题民主生活会上点评时的讲话')).toBeUndefined();
    const a = analyzeText(['第三十一期', '市委督导组长王立新同志在县委班子', '专题民主生活会上点评时的讲话', '(2014年6月24日,根据录音整理)', '同志们:', BODY].join('\n'));
    expect(a.title).toBe('市委督导组长王立新同志在县委班子专题民主生活会上点评时的讲话');
    expect(a.paragraphs.slice(0, 2)).toEqual(['(2014年6月24日,根据录音整理)', '同志们:']);
    // the body broken off at is named in quotes
    expect(secondLineOfTitle('王燕副局长在“物业大讲堂”', '培训班上的讲话')).toBe('培训班上的讲话');
    expect(secondLineOfTitle('他说要在“实处”', '下功夫')).toBeUndefined();
    const dated = analyzeText(['[2014-10-25]王燕副局长在“物业大讲堂”培训班上的讲话', '王燕副局长在“物业大讲堂”', '培训班上的讲话', '各位领导、同志们:', BODY].join('\n'));
    expect(dated.title).toBe('王燕副局长在“物业大讲堂”培训班上的讲话');
  });
});

describe('a collection name with its count over the first piece\'s own title', () => {
  it('takes the piece\'s title', () => {
    const a = analyzeText(['幼儿园运动会校长开幕词经典20篇', '', '浏览', '', '1180', '', '幼儿园亲子运动会开幕式园长发言稿', '', '各位老师:', '', '大家上午好!', '', BODY].join('\n'));
    expect(a.title).toBe('幼儿园亲子运动会开幕式园长发言稿');
    expect(a.paragraphs.join('\n')).not.toMatch(/浏览|1180|经典20篇/);
  });
});

describe('the page\'s title glued before the first piece\'s heading', () => {
  it('reads the piece heading behind a name that reads as a collection\'s', () => {
    expect(readPieceHeading('中层干部述职述廉会议主持词篇一:述职述廉大会主持词')).toEqual({ title: '述职述廉大会主持词', first: true });
    expect(readPieceHeading('全县安全生产会议讲话第1篇:在全县安全生产会议上的讲话')).toEqual({ title: '在全县安全生产会议上的讲话', first: true });
    expect(readPieceHeading('我们读了这一篇:感触很深')).toBeUndefined();
  });

  it('takes the first piece\'s title and drops both page lines', () => {
    const a = analyzeText(['中层干部述职述廉会议主持词', '中层干部述职述廉会议主持词篇一:述职述廉大会主持词', '述职述廉大会主持词', '同志们:', BODY].join('\n'));
    expect(a.title).toBe('述职述廉大会主持词');
    expect(a.paragraphs[0]).toBe('同志们:');
  });
});

describe('a site\'s article title over the document\'s own title above the salutation', () => {
  it('takes the document\'s own title, without its stray full stop; the site title leaves the body', () => {
    const a = analyzeText(['传达与部署工作会议主持词', '市政府第四次全体会议主持词.', '同志们:', '现在开会。', BODY].join('\n'));
    expect(a.title).toBe('市政府第四次全体会议主持词');
    expect(a.paragraphs[0]).toBe('同志们:');
    expect(a.paragraphs.join('')).not.toContain('传达与部署');
  });

  it('takes the own title above a 主持词 whose hosts share the salutation, each after the host\'s tag', () => {
    const lines = ['美丽乡村·舞动鹤山广场舞大赛主持词', '', '“美丽乡村〃舞动鹤山”广场舞主持词', '', '周:尊敬的各位来宾', '韩:亲爱的乡亲们', '合:大家 下午好!', '周:有一种舞步,可以千人共跳,跳出的是蓬勃朝气。', BODY, '美丽乡村·舞动鹤山广场舞大赛主持词相关文档', '最新文档', '返回顶部'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('“美丽乡村〃舞动鹤山”广场舞主持词');
    expect(a.paragraphs[0]).toBe('周:尊敬的各位来宾');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['美丽乡村·舞动鹤山广场舞大赛主持词', '美丽乡村·舞动鹤山广场舞大赛主持词相关文档', '最新文档']));
  });

  it('takes the own title above the salutation under a bare genre label, though it names no genre', () => {
    const a = analyzeText(['教师竞聘演讲稿', '做学生喜爱的好老师', '尊敬的各位领导、同事们:', '大家好!', BODY].join('\n'));
    expect(a.title).toBe('做学生喜爱的好老师');
    expect(a.removed.map((r) => r.text)).toContain('教师竞聘演讲稿');
    // under a headline that is no bare label, a line that names no genre stays the text's
    const b = analyzeText(['在全县教师节表彰大会上的讲话', '做学生喜爱的好老师', '尊敬的各位领导、同事们:', BODY].join('\n'));
    expect(b.title).toBe('在全县教师节表彰大会上的讲话');
  });

  it('keeps the title above a subtitle, a meta line or a collection\'s next piece', () => {
    expect(analyzeText(['在全县经济工作会议上的讲话', '——在全县经济工作会议上的讲话', '同志们:', BODY].join('\n')).title).toBe('在全县经济工作会议上的讲话');
    const meta = analyzeText(['幼儿园亲子运动会开幕式园长发言稿', '范文类型:开场白,演讲稿,适用行业岗位:幼儿园,园长', '各位老师:', BODY].join('\n'));
    expect(meta.title).toBe('幼儿园亲子运动会开幕式园长发言稿');
  });
});

describe('a page title joining two titles, each printed again on its line', () => {
  it('takes the second, the document\'s own above the byline; the keyword title leaves the body', () => {
    const a = analyzeText(['退伍老兵返乡座谈会发言 在退伍军人返乡欢迎大会上的讲话', '', '2023-06-23 16:49:00 来源 : example.com 投稿人 : admin', '', '退伍老兵返乡座谈会发言', '', '在退伍军人返乡欢迎大会上的讲话', '', '县委常委、县政法委书记  贺明川', '', '各位领导,各位战友:', '', BODY].join('\n'));
    expect(a.title).toBe('在退伍军人返乡欢迎大会上的讲话');
    expect(a.paragraphs.join('')).not.toContain('退伍老兵返乡座谈会发言');
    expect(a.paragraphs[0]).toContain('贺明川');
  });

  it('still joins a title broken over two lines that the page prints whole above', () => {
    const a = analyzeText(['做新时代为党尽责的合格党员', '', '时间:2023-05-06 来源:网络', '', '做新时代为党', '', '尽责的合格党员', '', '同志们:', '', BODY].join('\n'));
    expect(a.title).toBe('做新时代为党尽责的合格党员');
  });
});

describe('a meeting title closed by a full stop at the head of the first paragraph', () => {
  it('is the title, without its stop; the paragraph goes on from the body', () => {
    const a = analyzeText(['在全县招商引资大会上演讲。天时互相催,人勤奋,春早来。县委县政府决定召开这次全县招商及重点项目建设表彰动员大会。第一,正视成绩,提振信心。', BODY].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('在全县招商引资大会上演讲');
    expect(a.paragraphs[0]!.startsWith('天时互相催')).toBe(true);
  });

  it('is not read into a news report that names the speaker first', () => {
    const a = analyzeText('县长在全县招商引资大会上讲话。他强调,要抓好项目建设,确保全年目标完成。会议由副县长主持。');
    expect(a.title).not.toBe('县长在全县招商引资大会上讲话');
  });
});

describe('a quotation over the name of whom it quotes, right above the title', () => {
  it('is the page\'s epigraph: both lines go, the speech stays whole', () => {
    const a = analyzeText(['要树立大抓基层的鲜明导向,把力量和资源向基层倾斜投放。', '习近平', '在全省工会工作调度会议上的讲话', '(2019年8月19日)', '同志们:', BODY].join('\n'));
    expect(a.title).toBe('在全省工会工作调度会议上的讲话');
    expect(a.removed.map((r) => r.rule)).toContain('site-chrome.epigraph');
    expect(a.paragraphs[0]).toBe('(2019年8月19日)');
  });

  it('leaves a sentence above the title that no name follows', () => {
    const a = analyzeText(['要树立大抓基层的鲜明导向,把力量和资源向基层倾斜投放。', '在全省工会工作调度会议上的讲话', '同志们:', BODY].join('\n'));
    expect(a.removed.map((r) => r.rule)).not.toContain('site-chrome.epigraph');
  });
});

describe('the page\'s title once more above the title, closed with a full stop', () => {
  it('is the page\'s, like the copy without the full stop', () => {
    const a = analyzeText(['国旗下讲话稿(实用十一篇)', '', '国旗下讲话稿(实用十一篇)。', '', '国旗下讲话稿 篇1', '', '尊敬的各位老师、亲爱的同学们:', '', BODY].join('\n'));
    expect(a.title).toBe('国旗下讲话稿');
    expect(a.paragraphs[0]).toBe('尊敬的各位老师、亲爱的同学们:');
  });

  it('leaves a sentence above the title alone', () => {
    const a = analyzeText(['今天我们学习国旗下讲话稿。', '', '国旗下讲话稿 篇1', '', '尊敬的各位老师、亲爱的同学们:', '', BODY].join('\n'));
    expect(a.removed.map((r) => r.text)).not.toContain('今天我们学习国旗下讲话稿。');
  });
});

describe("a school CMS's headline that quotes the speech's name over the document's own heading", () => {
  it('takes the own heading, printed with its own marks; the headline, the week label and a leaked comment end go', () => {
    const lines = ['-->', '欢迎光临!今天是 2019年12月5日 星期四', '', '金陵中学岱山分校', '', '2020-2021学年第二学期第六周国旗下讲话:《 清明追思 缅怀先烈》', '', '第六周国旗下讲话', '', '清明追思,缅怀先烈', '', '尊敬的各位老师,亲爱的同学们:', '', '大家早上好!一年一度的清明节又来了。清明是融进中华儿女精神根脉里的节日。', BODY];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('清明追思,缅怀先烈');
    expect(a.paragraphs[0]).toBe('尊敬的各位老师,亲爱的同学们:');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['-->', '欢迎光临!今天是 2019年12月5日 星期四', '第六周国旗下讲话']));
  });
});

describe("a school's week label over the speech's own title", () => {
  it('takes the own title of two phrases over the pupil\'s class byline; the label alone stays the title when nothing stands under it', () => {
    const lines = ['2024秋第14周国旗下讲话', '文明乘车,共筑安全校园', '初二12 林雨航', '尊敬的老师们、亲爱的同学们:', '大家早上好!今天我想和大家一起聊一个与每一位同学都息息相关的话题——文明乘车。', BODY];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('文明乘车,共筑安全校园');
    expect(a.removed.map((r) => r.text)).toContain('2024秋第14周国旗下讲话');
    expect(analyzeText([lines[0], ...lines.slice(3)].join('\n')).title).toBe('2024秋第14周国旗下讲话');
    // a student's byline, major and year before the name, is no own title
    expect(analyzeText(['国旗下的演讲', '汉语言文学2007级:柯雨桐', ...lines.slice(3)].join('\n')).title).toBe('国旗下的演讲');
  });
});

describe('shorter wordings of the title printed under it', () => {
  it('go when they close with the title\'s own genre and read in its order, and a line that reads otherwise stays', () => {
    const title = '2019年世界桥牌团体锦标赛开幕式世界桥牌联合会主席加纳里戈·罗纳先生的欢迎致辞';
    const shorter = ['世界桥牌联合会主席加纳里戈·罗纳的欢迎致辞', '世界桥牌联合会主席加纳里戈·罗纳致辞'];
    const a = analyzeText([title, '', title, '', '2019-09-14', '中国桥牌协会', '', ...shorter, '', '各位晚上好,欢迎大家出席第44届世界桥牌团体锦标赛开幕式。', BODY].join('\n'));
    expect(a.title).toBe(title);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(shorter));
    const other = '中国桥牌协会主席致欢迎辞';
    expect(analyzeText([title, '', title, '', other, '各位晚上好,欢迎大家出席第44届世界桥牌团体锦标赛开幕式。', BODY].join('\n')).paragraphs).toContain(other);
  });
});

describe('the title printed again as a label closed by a colon', () => {
  it('is the page\'s; a label naming more than the title is no repeat of it, but the label of the excerpt under it', () => {
    const title = '副省长在省老体协换届大会上的讲话';
    const a = analyzeText([`${title}-凯发娱乐备用网址`, title, `${title}:`, '尊敬的各位老领导,同志们、朋友们:', BODY].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs[0]).toBe('尊敬的各位老领导,同志们、朋友们:');
    expect(a.removed.map((r) => r.text)).toContain(`${title}:`);
    const b = analyzeText([title, `${title}摘要如下:`, '尊敬的各位老领导,同志们、朋友们:', BODY].join('\n'));
    expect(b.paragraphs[0]).toBe('尊敬的各位老领导,同志们、朋友们:');
    expect(b.removed.find((r) => r.text === `${title}摘要如下:`)?.rule).toBe('promo.full-text-lead');
  });
});

describe('an English headline over a government site\'s "Speech by …" line', () => {
  it('is the title of the Chinese speech under them; the label goes and still tells detection the page holds a speech', () => {
    const headline = 'Clan associations play a part in building a caring society';
    const label = 'Speech by Mr Tan Wei Ming, Minister for Culture, Community and Youth at the Clan Association’s 60th Anniversary Dinner';
    const body = ['尊敬的会馆主席陈先生、', '各位理事、乡亲们,', '1. 大家晚上好!请容许我先向会馆道一声60周年快乐!今晚的宴会请来了各地的乡亲,我感到十分高兴。', '2. 新加坡的宗乡会馆在早年担当着关键的角色,帮助先辈们在本地落脚扎根。时代不停向前,会馆也在不断转型。'];
    const a = analyzeText(['more-mob', '', headline, '', label, '', ...body].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, headline]);
    expect(a.removed).toContainEqual(expect.objectContaining({ text: label, rule: 'meta.english-speech-label' }));
    expect(a.paragraphs[0]).toBe(body[0]);
  });
});

describe('a line the page labels as the title', () => {
  it('is the title under a forum\'s name in its print view ("标题: …咔嚓了吧 [打印本页]"); its print button and its repeat go', () => {
    const headline = '马明远放狠话:坚守实业,永不做投机!--网友说得好';
    const a = analyzeText(['中华科技论坛', `标题: ${headline} [打印本页]`, '作者: 小编 时间: 2016-12-1 09:35', `标题: ${headline}`, '在今年的制造业峰会上,某电器公司董事长马明远只用5分钟便讲完了主题演讲,末了还撂下一句狠话。', '以下为马明远演讲实录:', '各位朋友大家上午好。很高兴来参加这样一个论坛。今天我想和大家谈谈中国制造的未来,谈谈实体经济。', BODY].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['中华科技论坛', '[打印本页]', `标题: ${headline}`]));
    expect(a.paragraphs[0]).toBe('各位朋友大家上午好。很高兴来参加这样一个论坛。今天我想和大家谈谈中国制造的未来,谈谈实体经济。');
  });
});

describe('the title printed again with a question mark', () => {
  it('is the page\'s headline asking for the text, above the title', () => {
    const title = '毕业20年同学聚会感言';
    const a = analyzeText(['范文之家', `${title}?`, '37', title, '亲爱的老师、同学们:', BODY].join('\n'));
    expect(a.title).toBe(title);
    expect(a.removed).toContainEqual(expect.objectContaining({ text: `${title}?`, rule: 'duplicate-title' }));
    expect(a.paragraphs[0]).toBe('亲爱的老师、同学们:');
  });
});

describe('a piece\'s name and number glued before its text', () => {
  it('splits the name off as the title; the number and colon go', () => {
    const a = analyzeText(['XX年元旦国旗下讲话稿一:今天我讲话的题目是:辞旧迎新,展望未来。' + BODY, '老师们、同学们:上午好!' + BODY].join('\n'));
    expect(a.title).toBe('XX年元旦国旗下讲话稿');
    expect(a.paragraphs[0]).toBe('今天我讲话的题目是:辞旧迎新,展望未来。' + BODY);
    expect(a.removed.map((r) => r.text)).toContain('一:');
  });

  it('is not read into a sentence that mentions a speech and counts', () => {
    for (const line of ['学习讲话一:要提高认识。' + BODY, '我们听了讲话,一:要落实。' + BODY]) {
      const a = analyzeText(['同志们:', line].join('\n'));
      expect(a.paragraphs.join('\n'), line).toContain(line);
    }
  });
});

describe('a source stamp the site left empty inside a paragraph', () => {
  it('is cut, the paragraph stays', () => {
    const a = analyzeText(['政协大会闭幕词', '各位委员:', '自治区作出重大决策,(来自)为全市发展注入了强大动力。' + BODY].join('\n'));
    expect(a.paragraphs[1]).toBe('自治区作出重大决策,为全市发展注入了强大动力。' + BODY);
    expect(a.paragraphs.join('')).not.toContain('来自');
  });

  it('leaves a source that is named', () => {
    const a = analyzeText(['政协大会闭幕词', '各位委员:', '这组数据(来源:市统计局)说明了问题。' + BODY].join('\n'));
    expect(a.paragraphs[1]).toContain('(来源:市统计局)');
  });
});

describe('another document\'s contents flattened onto one line after the speech', () => {
  const SPEECH = ['述职述廉大会主持词', '同志们:', BODY, '述职述廉考核大会到此结束,会后,考核组的同志还要抽'];
  it('goes with the collection name heading it; the speech\'s last words stay', () => {
    const a = analyzeText([...SPEECH, '民主生活会主持词10篇', '目录2018年度民主生活会主持词(市委常委班子)22018年度民主生活会主持词(县委常委班子)102018年度民主生活会主持词(市局党委)172018年度民主'].join('\n'));
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe('述职述廉考核大会到此结束,会后,考核组的同志还要抽');
    expect(a.removed.map((r) => r.rule)).toContain('site-chrome.toc');
    expect(a.paragraphs.join('')).not.toMatch(/目录|10篇/);
  });

  it('leaves a sentence that opens with the word 目录', () => {
    const line = '目录清单管理要落实到2024年12月31日前,涉及3个部门、5类事项、8项任务。';
    const a = analyzeText([...SPEECH, line].join('\n'));
    expect(a.paragraphs).toContain(line);
  });
});

describe('a second article printed under the speech', () => {
  const SPEECH = ['竞选演讲稿', '敬爱的老师,亲爱的同学大家好:', BODY, '希望你们给我一个展示自己的平台和机会,谢谢大家!'];
  it('goes from its title over a "——…" subtitle on; the speech up to its thanks stays', () => {
    const a = analyzeText([...SPEECH, '', '竞选班干部', '      ——之竞选班长', '虽然竞选之前我已经做过动员,可到了竞选班长的时候,教室里还是冷了场。'].join('\n'));
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe('希望你们给我一个展示自己的平台和机会,谢谢大家!');
    expect(a.removed.map((r) => r.rule)).toContain('site-chrome.appended-article');
  });

  it('leaves what follows thanks without a new title over a subtitle', () => {
    const after = ['县委书记 张明', '2023年5月4日'];
    const a = analyzeText([...SPEECH, ...after].join('\n'));
    expect(a.paragraphs.slice(-2)).toEqual(after);
    const speechSubtitle = analyzeText([...SPEECH, '坚定信心 勇毅前行', '——在全县经济工作会议上的讲话', BODY].join('\n'));
    expect(speechSubtitle.removed.map((r) => r.rule)).not.toContain('site-chrome.appended-article');
  });
});

describe('a site’s sentence about the document, opening with its title', () => {
  const title = '在纪念建校六十周年大会上的讲话';
  it('is read only when the title names its genre and 是 follows it', () => {
    expect(isTitleBlurb(`${title}是校庆演讲稿的经典,只要你细心体会其中的技巧,一定能做好一个完美的演讲!`, title)).toBe(true);
    expect(isTitleBlurb(`${title}同志们:今天我们在这里隆重集会。`, title)).toBe(false);
    expect(isTitleBlurb('读书是一种幸福,是我们一生的伙伴。', '读书')).toBe(false);
  });

  it('leaves the body whole and is listed as the site’s', () => {
    const blurb = `${title}是校庆演讲稿的经典,只要你细心体会其中的技巧,一定能做好一个完美的演讲!`;
    const a = analyzeText([title, blurb, '同志们:', BODY].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(['同志们:', BODY]);
    expect(a.removed).toContainEqual({ text: blurb, reason: 'promo', rule: 'promo.title-blurb' });
  });
});

describe('a headline that printed the title and its dash subtitle on one line', () => {
  it('joins the dash subtitle under the title printed again over two lines', () => {
    const headline = '追风赶月莫停留 平芜尽处是春山 ---2023年新年致辞';
    const a = analyzeText([headline, '来源: | 作者:佚名 | 发布时间: 2022-12-31 | 822 次浏览 | 分享到:', '追风赶月莫停留  平芜尽处是春山', '---2023年新年致辞', BODY].join('\n'));
    expect(a.title.replace(/\s+/g, '')).toBe(headline.replace(/\s+/g, ''));
    expect(a.paragraphs).toEqual([BODY]);
    // with no such headline, a dash subtitle under the title is the speech's first line
    expect(secondLineOfTitle('追风赶月莫停留 平芜尽处是春山', '---2023年新年致辞')).toBeUndefined();
  });

  it('leaves the occasion (“——在…上的讲话”) on its own line the body’s subtitle, the headline above notwithstanding', () => {
    const headline = '语言是弘法的助道因缘——在2008外语交流会开幕式上的讲话';
    expect(secondLineOfTitle('语言是弘法的助道因缘', '——在2008外语交流会开幕式上的讲话', [headline])).toBeUndefined();
    expect(secondLineOfTitle('语言是弘法的助道因缘', '——2008年新年致辞', ['语言是弘法的助道因缘——2008年新年致辞'])).toBe('——2008年新年致辞');
  });
});

describe('a news page that joins a category and the speech’s name with "|"', () => {
  it('takes the line as the title, not as a reseller’s banner', () => {
    const a = analyzeText(['跑马灯制作', '', '2017/10/26', '', '闭幕典礼|林文远代理县长致词', '', '新闻中心/宜兰县讯', '各位来宾、各位选手:', BODY].join('\n'));
    expect(a.title).toBe('闭幕典礼|林文远代理县长致词');
    expect(a.paragraphs[0]).toBe('各位来宾、各位选手:');
  });
});


describe('a bulletin-board post (水木-style header)', () => {
  const post = ['发信人: wqs (sam), 信区: Alumni', '标  题: 校友讲话', '发信站: 某大学 BBS (2000年06月14日09:45:56 星期三), 站内信件', '', '校友代表在建校79周年', '暨80周年校庆启动大会上的发言', '', '尊敬的各位领导、亲爱的各地校友:', BODY];

  it('takes the board’s header lines and the post’s subject, and reads the document’s own heading as the title', () => {
    const a = analyzeText(post.join('\n'));
    expect(a.title).toBe('校友代表在建校79周年暨80周年校庆启动大会上的发言');
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    expect(a.removed.filter((r) => r.rule === 'site-chrome.bbs-header').map((r) => spaced(r.text))).toEqual(post.slice(0, 3).map(spaced));
    expect(a.paragraphs).toEqual(['尊敬的各位领导、亲爱的各地校友:', BODY]);
  });

  it('keeps a page’s "标题:" label as its title line when no board header stands beside it', () => {
    const a = analyzeText(['标题:在全县安全生产工作会议上的讲话', '同志们:', BODY].join('\n'));
    expect(a.title).toBe('在全县安全生产工作会议上的讲话');
  });
});

describe('the title printed again at the foot', () => {
  const speech = ['在全县卫生健康工作会议上的讲话', '同志们:', BODY, '谢谢大家!'];

  it('goes as a breadcrumb when a category leads to it ("讲话致辞 >…")', () => {
    const a = analyzeText([...speech, '讲话致辞 >在全县卫生健康工作会议上的讲话'].join('\n'));
    expect(a.removed).toContainEqual(expect.objectContaining({ rule: 'breadcrumb.trail-to-title', text: '讲话致辞 >在全县卫生健康工作会议上的讲话' }));
    expect(a.paragraphs.at(-1)).toBe('谢谢大家!');
  });

  it('stays when the trail leads to another document, or a sentence stands before the ">"', () => {
    const other = analyzeText([...speech, '讲话致辞 >在全县教育工作会议上的讲话'].join('\n'));
    expect(other.paragraphs.at(-1)).toBe('讲话致辞 >在全县教育工作会议上的讲话');
    const sentence = analyzeText([...speech, '我们的目标是,收入增长 >在全县卫生健康工作会议上的讲话'].join('\n'));
    expect(sentence.removed.some((r) => r.rule === 'breadcrumb.trail-to-title')).toBe(false);
  });
});

describe('the title glued to the salutation with the closing bracket the site had put around it', () => {
  it('takes the bracket with the repeat', () => {
    const a = analyzeText(['在全县卫生健康工作会议上的讲话', '在全县卫生健康工作会议上的讲话】各位同仁、同志们:', BODY].join('\n'));
    expect(a.paragraphs[0]).toBe('各位同仁、同志们:');
    expect(a.removed).toContainEqual(expect.objectContaining({ rule: 'duplicate-title.glued', text: '在全县卫生健康工作会议上的讲话】' }));
  });
});

describe('a viewer\'s page number glued to the last words of a title it wrapped', () => {
  const body = ['同志们:', '刚才,交警大队通报了一季度开发区道路交通安全形势,各镇分别汇报了工作开展情况,对下步工作提出了不少中肯的建议,我都同意。'];

  it('goes as the title again, the speech kept', () => {
    const a = analyzeText(['在2017年开发区第一次道路交通安全联席会议上的讲话(贺长岭)2017.4.18', '1会议上的讲话', ...body].join('\n'));
    expect(a.title).toBe('在2017年开发区第一次道路交通安全联席会议上的讲话');
    expect(a.removed).toContainEqual(expect.objectContaining({ text: '1会议上的讲话', rule: 'duplicate-title' }));
    expect(a.paragraphs).toEqual(body);
  });

  it('without the number the title\'s last words are the document\'s short title, and stay', () => {
    const a = analyzeText(['在庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿', '教师代表发言稿', '尊敬的各位领导、各位同仁:', '秋风送爽,桂子飘香,在这欢欣热烈的美好时节,我们一同迎来了教师节,我深感荣幸。'].join('\n'));
    expect(a.paragraphs[0]).toBe('教师代表发言稿');
  });
});

describe('a title broken over two lines under a press page’s headline, or after a conjunction', () => {
  it('joins the speech’s own title printed over two lines under the headline, caption and meta that name it with the speaker first', () => {
    expect(secondLineOfTitle('在第十四届东湖台湾周', '开幕式上的致辞')).toBe('开幕式上的致辞');
    const page = [
      '周立新在第十四届东湖台湾周开幕式上的致辞(全文)',
      '编辑: 齐文 | 时间: 2017-11-08 18:14:01 | 来源: 台湾网 |',
      '11月8日上午,国务院台办副主任周立新出席第十四届东湖台湾周开幕式并致辞。(台湾网 韩宁 摄)',
      '在第十四届东湖台湾周',
      '开幕式上的致辞',
      '(2017年11月8日)',
      '周立新',
      '尊敬的贺明远书记、钟岳省长',
      '尊敬的罗正义理事长、郑屏山会长',
      '各位嘉宾、朋友们:',
      '大家上午好!',
      BODY,
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('在第十四届东湖台湾周开幕式上的致辞');
    expect(a.paragraphs[0]).toBe('(2017年11月8日)');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([page[0], page[2]]));
  });

  it('joins the own title printed over two lines under a headline that names the meeting shorter, its second line alone as the headline’s tail', () => {
    const page = [
      '习近平在2013年春季学期开学典礼上的讲话(全文)',
      '发布日期:2013-03-05',
      '在中央党校建校80周年庆祝大会暨',
      '2013年春季学期开学典礼上的讲话',
      '(2013年3月1日)',
      '同志们:',
      BODY,
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('在中央党校建校80周年庆祝大会暨2013年春季学期开学典礼上的讲话');
    expect(a.paragraphs[0]).toBe('(2013年3月1日)');
    expect(a.removed.map((r) => r.text)).toContain(page[0]);
  });

  it('takes the main title over a dash subtitle the headline’s words end with, under the page’s lead', () => {
    const page = [
      '教育部副部长沈立雯在中国教育学会2010年度工作会议上的讲话',
      '发表人/单位: 教育学会 发表日期: 2010-07-21',
      '中国教育学会2010年度工作会议3月28日在京举行,会议回顾了学会一年来的各项工作,安排了今年的重点任务。',
      '面向未来十年教育改革发展 加强教育学会工作',
      '——在中国教育学会2010年度工作会议上的讲话',
      '(2010年3月28日)',
      '教育部副部长 沈立雯',
      '同志们:',
      BODY,
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[3]);
    expect(a.paragraphs.slice(0, 4)).toEqual(page.slice(4, 8));
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([page[0], page[2]]));
  });

  it('joins a title broken after 和 (no title ends so) with its second line', () => {
    expect(secondLineOfTitle('讲团结、讲奉献,以饱满的工作激情和', '必胜的信心,迎评“三甲”')).toBe('必胜的信心,迎评“三甲”');
    expect(secondLineOfTitle('以饱满的工作激情迎评', '必胜的信心')).toBeUndefined();
    // a word that ends in 与 is no break, and a salutation never goes on a title
    expect(secondLineOfTitle('迎四体,大家一起来参与', '再过78天')).toBeUndefined();
    expect(secondLineOfTitle('讲团结、讲奉献,以饱满的工作激情和', '尊敬的各位领导、老师,亲爱的同学们:')).toBeUndefined();
    const b = analyzeText(['发布人:ygy 发布时间:2010-03-24 09:11:29 点击率:7029', '迎四体,大家一起来参与', '尊敬的各位领导、老师,亲爱的同学们:', '大家好!我是高一十三班的周岚。今天我演讲的题目是“迎四体,大家一起来参与”。'].join('\n'));
    expect(b.title).toBe('迎四体,大家一起来参与');
    expect(b.paragraphs[0]).toBe('尊敬的各位领导、老师,亲爱的同学们:');
    const a = analyzeText(['官方公众号', '讲团结、讲奉献,以饱满的工作激情和', '必胜的信心,迎评“三甲”', '——党办主任郑雨岚在全院创“三甲”动员会上的发言', '尊敬的各位领导、同事们:', BODY].join('\n'));
    expect(a.title).toBe('讲团结、讲奉献,以饱满的工作激情和必胜的信心,迎评“三甲”');
    expect(a.paragraphs[0]).toBe('——党办主任郑雨岚在全院创“三甲”动员会上的发言');
  });
});

describe('a column’s name before a full meeting title, and an editor’s note under it', () => {
  it('cuts the column name and takes the note (“按:…出席并讲话,…”) as the page’s, with no salutation below', () => {
    const note = '按:今年是市供销合作总社成立70周年。11月25日,市供销合作社召开庆祝建社70周年座谈会,党委书记、主任邓立明出席并讲话,70余人参加座谈。';
    const body = ['70年栉风沐雨、70年沧桑巨变。供销合作社始终与时代同步、与“三农”同心。', '回顾70年的发展历程,大体可分为3个阶段。'];
    const a = analyzeText(['Enterprise party building', '云开体育', '云开体育大学习|邓立明同志在庆祝市供销合作总社成立七十周年座谈会上的讲话(11月25日)', note, ...body].join('\n'));
    expect(a.title).toBe('邓立明同志在庆祝市供销合作总社成立七十周年座谈会上的讲话(11月25日)');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['title.column-prefix', 'meta.editor-note']));
  });
});

describe('a shop’s page title printed again under its meta line', () => {
  it('is the page’s (“…悼词_花圈代送网”), not the article’s heading: the headline over the meta line stays the title', () => {
    const page = ['导航', '母亲追悼会的悼词--实体花圈店', '发布人:花圈网 发布于: 2019/3/1', '', '港澳台祭奠花篮一对A26 母亲追悼会的悼词_花圈代送网', '', '各位领导,各位长辈,各位亲朋好友:', '今天我们全家怀着无比沉痛的心情,在这里送别慈爱的母亲。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('母亲追悼会的悼词');
    expect(a.paragraphs[0]).toBe(page[6]);
  });
});

describe('a sentence that opens by citing a speech', () => {
  it('keeps its words: “按照…会议上的讲话要求,…” is no glued title', () => {
    const first = '按照国务院领导同志在全国电视电话会议上的讲话要求,领导小组各成员单位的负责同志都已分赴各地督察普查工作。我这次来,也是来了解情况、向同志们学习的。下面我讲几点意见。';
    expect(findGluedTitleEnd('在全国电视电话会议上的讲话要求,各成员单位的负责同志都已分赴各地。')).toBeUndefined();
    expect(findGluedTitleEnd('按照县长在全县工作会议上的讲话认真抓好落实,确保各项任务按期完成。')).toBeUndefined();
    expect(findGluedTitleEnd('在全国电视电话会议上的讲话今天,我们召开会议。')).toBeGreaterThan(0);
    // the press label is what says a speech follows: the text itself recounts a meeting as news does
    const a = analyzeText(['以下是讲话全文:', first, '一、普查的由来和前一阶段的工作情况', '去年11月12日,国务院常务会议听取了普查的汇报,同意开展这次普查。'].join('\n'));
    expect(a.paragraphs[0]).toBe(first);
    expect(a.title).toBe('');
    expect(a.isSpeech).toBe(true);
  });
});

describe('the title\'s words as the subject of the first sentence', () => {
  it('stay when the sentence goes on after a comma (a forum transcript\'s lead under its thread title)', () => {
    const lead = '严立衡宣布全国政协十二届一次会议开幕,与会委员全体起立齐唱国歌。';
    const page = [
      '严立衡宣布全国政协十二届一次会议开幕',
      '',
      '  • 主题发起人 主题发起人 guest',
      '  • 开始时间 开始时间',
      '',
      'guest',
      '',
      'Moderator',
      '管理成员',
      '注册',
      '2002-10-07',
      '消息',
      '402,402',
      lead,
      '',
      '严立衡:',
      '',
      '各位委员,各位朋友,同志们,本次会议应到委员2231人,已到2198人,达到规定人数。下面,我宣布会议正式开幕。请大家起立,奏国歌。',
      '',
      '请坐。',
    ].join('\n');
    const a = analyzeText(page);
    expect(a.title).toBe('严立衡宣布全国政协十二届一次会议开幕');
    expect(a.paragraphs[0]).toBe(lead);
    expect(a.removed.map((r) => r.rule)).not.toContain('duplicate-title.glued');
  });

  it('go when the speech is glued after them', () => {
    const a = analyzeText(['在全县安全生产工作会议上的讲话', '在全县安全生产工作会议上的讲话同志们:今天召开全县安全生产工作会议,主要任务是部署今年的工作。'].join('\n'));
    expect(a.paragraphs[0]).toBe('同志们:今天召开全县安全生产工作会议,主要任务是部署今年的工作。');
  });
});

describe('a salutation over several lines', () => {
  it('is no title, though its first line has no colon', () => {
    const a = analyzeText(['尊敬的各位领导、各位嘉宾', '媒体朋友们,', '女士们、先生们:', '大家好!', '非常欣喜地看到,经过半年多的准备,本次少儿绘画大赛能够按期开幕。'].join('\n'));
    expect(a.title).toBe('');
    expect(a.paragraphs[0]).toBe('尊敬的各位领导、各位嘉宾');
  });
});

describe('a headline printed again under itself with its theme', () => {
  it('takes the fuller line, theme and all, as the title; the bare headline over it is the page\'s', () => {
    const a = analyzeText(['市长在全市妇女代表大会上的贺词', '', '市长在全市妇女代表大会上的贺词:妇女是推动社会进步的伟大力量', '', '各位代表、同志们:', BODY].join('\n'));
    expect(a.title).toBe('市长在全市妇女代表大会上的贺词:妇女是推动社会进步的伟大力量');
    expect(a.paragraphs).toEqual(['各位代表、同志们:', BODY]);
    // a line that goes on with a sentence of the text is no fuller title
    const sentence = analyzeText(['在全市妇女代表大会上的贺词', '在全市妇女代表大会上的贺词:我们要凝聚力量。', '各位代表、同志们:', BODY].join('\n'));
    expect(sentence.title).toBe('在全市妇女代表大会上的贺词');
  });
});

describe('a labelled headline right over the title alone', () => {
  it('takes the title alone as the speech\'s heading and the labelled headline as the page\'s', () => {
    const a = analyzeText(['立法会会议 议员议案:改善公务员待遇提升施政效率', '', '改善公务员待遇提升施政效率', '', '主席,有一位管理学者说过,好的服务是买不来的。', BODY].join('\n'));
    expect(a.title).toBe('改善公务员待遇提升施政效率');
    expect(a.removed.map((r) => r.text)).toContain('立法会会议 议员议案:改善公务员待遇提升施政效率');
    // a news headline quoting someone keeps its words when they come again only below the meta lines
    const news = analyzeText(['章立诚:科学谋划 奋力争先 谱写高质量发展新篇章', '来源:宣城市广播电视台 作者: 发表时间:12-13 09:03', '科学谋划 奋力争先 谱写高质量发展新篇章', BODY].join('\n'));
    expect(news.title).toBe('章立诚:科学谋划 奋力争先 谱写高质量发展新篇章');
  });
});

describe("a speaker's byline under a headline that names him", () => {
  it('stays as the byline, though its words are the headline\'s in another order; the address and date line over the text goes', () => {
    const salutation = '尊敬的各位来宾、各位朋友: 大家好! 今天,全球海运峰会在上海开幕,我代表市商务委员会表示热烈的欢迎。';
    const a = analyzeText(['上海市商务委员会 副主任 邵维清致欢迎词', '', '邵维清上海市商务委员会副主任', '', 'http://www.shippingchina.com -1年 11月 30日 00:00:00国际海运网', '', salutation].join('\n'));
    expect(a.title).toBe('上海市商务委员会 副主任 邵维清致欢迎词');
    expect(a.paragraphs).toEqual(['邵维清上海市商务委员会副主任', salutation]);
  });
});

describe("a column's header with its blurb over the breadcrumb", () => {
  const BODY = ['同学们,你们知道今天是个什么日子吗?今天是世界红十字日。一百多年来,红十字的旗帜越过了国界。', '让我们从身边做起,学会爱的奉献。谢谢大家!'];

  it('takes the title under the breadcrumb; the blurb over it is the page’s', () => {
    const blurb = '少先队是共产主义接班人茁壮成长的摇篮,本专题提供了丰富的少先队常识、活动及工作资源。';
    const a = analyzeText(['少先队专题', '', blurb, '', '国旗下讲话', '', '›› 淘知小学 ›› 小学资源专题中心 ›› 少先队专题 ›› 国旗下讲话 ›› 文章正文', '', '献给世人的爱——学会爱的奉献', '', '责任编辑:小西瓜 发表时间:2014年09月10日 14:24 浏览次数:996', 'No.A50066', '', ...BODY].join('\n'));
    expect(a.title).toBe('献给世人的爱——学会爱的奉献');
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.find((r) => r.rule === 'site-chrome.column-blurb')?.text).toBe(blurb);
    expect(a.isSpeech).toBe(true);
  });

  it("leaves a speech's paragraphs over a breadcrumb printed under the text", () => {
    const lines = ['献给世人的爱', '', '时间:2014-09-10 来源:本站', ...BODY, '当前位置:首页 > 国旗下讲话 > 正文'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('献给世人的爱');
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.some((r) => r.rule === 'site-chrome.column-blurb')).toBe(false);
  });
});

describe('a title in brackets glued before the salutation', () => {
  it('runs to where its brackets close, words after its genre and all; the brackets are no part of it', () => {
    const head = '【《民族团结演讲稿优秀范文》】';
    const first = '尊敬的老师、亲爱的同学们:';
    expect(findGluedTitleEnd(head + first)).toBe(head.length);
    const body = ['大家好!今天,我演讲的题目是“民族团结”。中华民族是由众多民族组成的大家庭,56个民族就像兄弟姐妹。', '让我们手拉着手,一起守护民族团结的美好局面!谢谢大家!'];
    const a = analyzeText([head + first, ...body].join('\n'));
    expect(a.title).toBe('民族团结演讲稿优秀范文');
    expect(a.paragraphs).toEqual([first, ...body]);
  });
});

describe("a step of the breadcrumb printed again under the title", () => {
  it("is the column's name, the page's; the title printed again under it stays the title's repeat", () => {
    const body = ['尊敬的各位领导、各位来宾、同志们、朋友们:', '大家上午好!今天,我们在这里隆重举行法院新审判大楼奠基仪式,这是全县司法工作中的一件大事。'];
    const page = ['1. 首页 > 讲话稿 > 奠基仪式主持词 > 法院新审判大楼奠基仪式领导讲话正文', '法院新审判大楼奠基仪式领导讲话', '', '法院新审判大楼奠基仪式领导讲话', '', '更新时间:2020-11-13 10:11:21', '', '奠基仪式主持词', '', '以下是为您推荐的《法院新审判大楼奠基仪式领导讲话》,希望能对您的工作、学习、生活有所帮助。', ''];
    const a = analyzeText([...page, ...body].join('\n'));
    expect(a.title).toBe('法院新审判大楼奠基仪式领导讲话');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.find((r) => r.rule === 'site-chrome.column-name')?.text).toBe('奠基仪式主持词');
  });
});

describe('a site’s name with its tagline of sections over the headline (“财新网-财经资讯、金融新闻、股票行情”)', () => {
  it('is the header’s: the headline under it is the title, with a pull quote between it and the salutation', () => {
    const headline = '最受尊敬企业年会|全国人大财经委员会副主任委员贺铿:最受尊敬的企业要做到名副其实';
    const body = ['尊敬的各位企业家,女士们,先生们,媒体朋友们,大家下午好。', '今天我们在这里隆重集会,我代表财经委员会表示热烈祝贺。'];
    const quote = '“最受尊敬的企业”这个称号,这份荣誉,在我看来分量是很重的,希望获得称号的企业要做到名实相符。';
    const a = analyzeText(['财新网-财经资讯、金融新闻、股票行情', '', headline, '', quote, ...body].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.paragraphs).not.toContain('财新网-财经资讯、金融新闻、股票行情');
  });
});

describe("the page's <title> over the document's heading, a name after a separator", () => {
  const SPEECH = ['2017/10/30    发布:学生处', '尊敬的各位老师、亲爱的同学们:大家上午好!今天我国旗下讲话的题目是《关注食品安全》。', '首先,做食品安全的践行者。我们要养成良好的饮食习惯,不买三无食品。'];
  it('takes the heading for the title and the suffixed line for the page’s', () => {
    const a = analyzeText(['国旗下讲话---《关注食品安全》-保定市某职业中专', '', '国旗下讲话---《关注食品安全》', '', ...SPEECH].join('\n'));
    expect(a.title).toBe('国旗下讲话---《关注食品安全》');
    expect(a.removed.map((r) => r.text)).toContain('国旗下讲话---《关注食品安全》-保定市某职业中专');
    expect(a.paragraphs.join('\n')).not.toContain('职业中专');
  });
  it('keeps a dash subtitle naming the speech as the title’s own words', () => {
    const a = analyzeText(['做新时代的好少年——在开学典礼上的讲话', '做新时代的好少年', ...SPEECH].join('\n'));
    expect(a.title).toBe('做新时代的好少年——在开学典礼上的讲话');
  });
});

describe("a column's label naming the genre over the speech's headline in book marks", () => {
  const SPEECH = ['尊敬的各位领导、老师,亲爱的同学们:', '大家好!科技兴则民族兴,科技强则国家强。我们要努力学习,为科技的进步贡献自己的一份力。'];
  it('takes the headline for the title and the label for the page’s', () => {
    const a = analyzeText(['小学部国旗下讲话', '《科技追梦 强国有我》', ...SPEECH].join('\n'));
    expect(a.title).toBe('《科技追梦 强国有我》');
    expect(a.removed.map((r) => r.text)).toContain('小学部国旗下讲话');
  });
  it('leaves a title that names its occasion over a quoted line', () => {
    const a = analyzeText(['在全县国旗下讲话比赛上的讲话', '《科技追梦 强国有我》', ...SPEECH].join('\n'));
    expect(a.title).toBe('在全县国旗下讲话比赛上的讲话');
  });
});

describe("the title's English rendering under it", () => {
  it('is the page’s twin of the title, a long one with "by" and "for" too', () => {
    const a = analyzeText(['驻萨摩亚大使王雪峰在援萨摩亚缝纫技术培训班开班仪式上的讲话', 'Remarks by Ambassador Wang Xuefeng at Opening Ceremony of Training Course on Creative Handicrafts and Sewing Technology for Samoa', '尊敬的各位来宾,女士们、先生们:', '大家上午好!今天,我们在这里隆重举行培训班开班仪式。我谨代表中国驻萨摩亚大使馆,向各位学员表示热烈的欢迎。'].join('\n'));
    expect(a.removed.map((r) => r.rule)).toContain('title.english-twin');
    expect(a.paragraphs.join('\n')).not.toContain('Remarks by');
  });
});
