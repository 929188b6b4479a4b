import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { mayHoldDecoration, NOT_A_TITLE, TITLE_DECORATIONS } from '../../src/core/rules/title-decorations';
import { CLEAN_TITLES, NOT_A_TITLE_EXAMPLES, TITLE_DECORATION_EXAMPLES } from '../../src/core/rules/title-decorations.examples';
import { isByline } from '../../src/core/title';
import { readPieceHeading, stripTitleDecorations } from '../../src/core/title-decor';
import { findGluedRepeat, findGluedTitleEnd, findHeadlineBeforeSalutation } from '../../src/core/title-split';
import { nestedUnboundedQuantifiers } from './regex-safety';

describe('title decorations (data)', () => {
  it('each have examples, and no examples are left without a decoration', () => {
    expect(Object.keys(TITLE_DECORATION_EXAMPLES).sort()).toEqual(TITLE_DECORATIONS.map((d) => d.id).sort());
  });

  for (const decoration of TITLE_DECORATIONS) {
    describe(decoration.id, () => {
      it('strips what its examples show, and the decoration it names is among those found', () => {
        for (const [printed, stripped] of TITLE_DECORATION_EXAMPLES[decoration.id] ?? []) {
          const result = stripTitleDecorations(printed);
          expect(result.text, printed).toBe(stripped);
          expect(result.decorations.map((d) => d.rule), printed).toContain(decoration.id);
        }
      });
      it('cannot backtrack catastrophically (no nested unbounded quantifiers)', () => {
        expect(nestedUnboundedQuantifiers(decoration.pattern.source)).toEqual([]);
      });
      it('begins or ends with a character the quick edge test knows', () => {
        for (const [printed] of TITLE_DECORATION_EXAMPLES[decoration.id] ?? []) expect(mayHoldDecoration(printed.trim()), printed).toBe(true);
      });
    });
  }

  it('leave clean titles as printed', () => {
    for (const title of CLEAN_TITLES) expect(stripTitleDecorations(title), title).toEqual({ text: title, start: 0, end: title.length, decorations: [] });
  });

  it('give offsets into the title as printed, and never strip it to nothing', () => {
    const printed = '  揭牌仪式领导致辞（精选19篇） 篇1';
    const { text, decorations } = stripTitleDecorations(printed);
    expect(text).toBe('揭牌仪式领导致辞');
    expect(decorations.map((d) => printed.slice(d.start, d.end).trim()).sort()).toEqual(['篇1', '（精选19篇）']);
    expect(stripTitleDecorations('(通用3篇)').text).toBe('(通用3篇)');
    expect(stripTitleDecorations('篇1').text).toBe('篇1');
  });

  it('know the lines that are never a title', () => {
    for (const line of NOT_A_TITLE_EXAMPLES.examples) expect(NOT_A_TITLE.test(line), line).toBe(true);
    for (const line of [...NOT_A_TITLE_EXAMPLES.nonExamples, ...CLEAN_TITLES]) expect(NOT_A_TITLE.test(line), line).toBe(false);
    expect(nestedUnboundedQuantifiers(NOT_A_TITLE.source)).toEqual([]);
  });
});

describe('piece headings of collection pages', () => {
  it('read the piece’s name and whether it opens the first piece', () => {
    expect(readPieceHeading('援藏教师欢送会发言稿 篇1')).toEqual({ title: '援藏教师欢送会发言稿', first: true });
    expect(readPieceHeading('【篇一:大学生竞选学习委员演讲稿】')).toEqual({ title: '大学生竞选学习委员演讲稿', first: true });
    expect(readPieceHeading('青年座谈会发言范文第2篇')).toEqual({ title: '青年座谈会发言范文', first: false });
    expect(readPieceHeading('小学生读书节开幕词优秀范例1')).toEqual({ title: '小学生读书节开幕词优秀范例', first: true });
    expect(readPieceHeading('一')).toEqual({ title: '', first: true });
    expect(readPieceHeading('【篇一】')).toEqual({ title: '', first: true });
    expect(readPieceHeading('[第2篇]')).toEqual({ title: '', first: false });
    expect(readPieceHeading('【通知】')).toBeUndefined();
    expect(readPieceHeading('二:')).toEqual({ title: '', first: false });
    // the bracket left open by the site
    expect(readPieceHeading('【篇1')).toEqual({ title: '', first: true });
    expect(readPieceHeading('【篇二')).toEqual({ title: '', first: false });
    expect(readPieceHeading('【通知')).toBeUndefined();
  });

  it('under a collection title naming the genre ("…党课集合(精选6篇)"), open a speech', () => {
    const piece = ['雷锋,全心全意为人民服务的楷模,曾打动了一代又一代的中国人。', '一个人做点好事并不难,难的是一辈子做好事。雷锋精神之所以代代相传,是因为它蕴含着旺盛的生命力。'];
    const a = analyzeText(['学习雷锋精神党课集合(精选6篇)', '【篇1', ...piece].join('\n'));
    expect([a.isSpeech, a.title, a.paragraphs]).toEqual([true, '学习雷锋精神党课集合', piece]);
    expect(a.removed.map((r) => r.text)).toContain('【篇1');
  });

  it('leave names that merely end in a number, and prose', () => {
    for (const line of ['附件1', '表1', '小学生读书节开幕词优秀范例2', '在全市防汛备汛工作会议上的讲话', '一、提高政治站位', '今天是第1篇。', '（一）加强组织领导']) {
      expect(readPieceHeading(line), line).toBeUndefined();
    }
  });
});

describe('a title glued to the body', () => {
  it('ends at the genre word when a salutation follows', () => {
    const cases: [string, string][] = [
      ['在五四青年节优秀青年座谈会上的讲话各位青年朋友、同志们:在五四青年节即将到来之际,', '在五四青年节优秀青年座谈会上的讲话'],
      ['美术馆开馆仪式市领导致辞 尊敬的各位领导、各位来宾:大家上午好!', '美术馆开馆仪式市领导致辞'],
      ['市长在2022年市森防指第一次全体(扩大)会议上的讲话文稿同志们,今天我们召开会议。', '市长在2022年市森防指第一次全体(扩大)会议上的讲话文稿'],
      ['2020教务处主任助理竞聘演讲稿尊重的各位领导,亲爱的老师们,大家好!', '2020教务处主任助理竞聘演讲稿'],
      ['在全市防汛备汛工作会议上的讲话主汛期即将来临,今天,我们召开全市防汛备汛工作会议。', '在全市防汛备汛工作会议上的讲话'],
      // two words after the genre, inside the brackets that wrap the title
      ['【评选优秀员工的发言稿范文】尊敬的各位领导、亲爱的同事们:', '【评选优秀员工的发言稿范文】'],
      // a label's colon inside the brackets
      ['【2020威海市高三一轮考试作文:十八岁成人礼发言稿】尊敬的老师、亲爱的同学们:', '【2020威海市高三一轮考试作文:十八岁成人礼发言稿】'],
      ['年终总结大会讲话稿范文 同志们:今天我们召开大会。', '年终总结大会讲话稿范文'],
      // a two-host script: the first host's part opens the salutation
      ['六一儿童节诗歌朗诵会主持词开场白 女:尊敬的各位领导, 男:亲爱的老师们:', '六一儿童节诗歌朗诵会主持词开场白'],
      // a site's tag in brackets between the genre and a salutation to the pioneers' instructors
      ['建队日少先队辅导员致辞(收藏备用)辅导员们,少先队员们:热热闹闹的国庆长假刚刚过去。', '建队日少先队辅导员致辞(收藏备用)'],
      // a collection's piece number between the genre and the salutation
      ['我的学校演讲稿 篇1尊敬的老师,亲的同学们!大家下午好!', '我的学校演讲稿 篇1'],
      // a meeting title closed by a full stop, the body after it
      ['在全县招商引资大会上演讲。天时互相催,人勤奋,春早来。全县决定召开这次大会。', '在全县招商引资大会上演讲。'],
      // a full meeting title, then the speech's dated note opening the body
      ['在全市教育工作座谈会上的讲话(2013年10月22日 根据录音整理)周启明同志们: 今天召开座谈会', '在全市教育工作座谈会上的讲话'],
    ];
    for (const [paragraph, title] of cases) {
      const end = findGluedTitleEnd(paragraph);
      expect(end, paragraph).toBeDefined();
      expect(paragraph.slice(0, end).trim()).toBe(title);
    }
  });

  it('reads a document flattened onto one line under a viewer\'s header: its title, without the site\'s tag, and the speech', () => {
    const text = [
      '《建队日领导致辞(一).docx》由会员分享,可在线阅读,更多相关《建队日领导致辞(一).docx(1页珍藏版)》请在某某文库上搜索。',
      '建队日少先队辅导员致辞(收藏备用)辅导员们,少先队员们:热热闹闹的国庆长假刚刚过去,我们少先队员自己的节日又要到来了。大家猜得出是什么节日吗?这学期起,我很高兴担任学校的大队辅导员。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('建队日少先队辅导员致辞');
    expect(a.removed.map((r) => r.text)).toContain('(收藏备用)');
    expect(a.paragraphs[0]!.startsWith('辅导员们,少先队员们:')).toBe(true);
  });

  it('is not read into a paragraph that only mentions a speech', () => {
    for (const paragraph of [
      '同志们:今天我讲话的主题是安全生产。',
      '学习贯彻总书记重要讲话精神,要在学懂弄通上下功夫。',
      '刚才,几位同志的发言很好,我完全赞同。',
      '在全县工作会议上的讲话要点,我归纳为三条。',
      '各位领导致辞以后,我们进行下一项议程。',
      '主持人开场白 女:今天的天气真好。',
      // a note that is no date: the bracket may go on with the title's words
      '在全县工作会议上的讲话(摘要)要点如下。',
      // a guide's sentence about the genre, naming an audience before a colon past its full stop
      '医院领导新年贺词一般会回顾医院走过的历程、向员工表达谢意与祝福。下面汇总了多篇贺词的要点:',
    ]) {
      expect(findGluedTitleEnd(paragraph), paragraph).toBeUndefined();
    }
  });

  it('a repeat of the title glued to the first sentence ends where the sentence starts', () => {
    const title = '在镇2025年千名干部进党校轮训会上的党课讲稿';
    const paragraph = '在镇 2025 年千名干部进党校轮训会上的党课 讲稿 同志们: 大家好!今天,我们相聚在镇党校。';
    expect(paragraph.slice(findGluedRepeat(paragraph, title))).toBe('同志们: 大家好!今天,我们相聚在镇党校。');
    expect(findGluedRepeat('在镇2025年千名干部进党校轮训会上的党课讲稿材料汇编', title)).toBeUndefined();
    // the pupil's class and name between it and the salutation go with it; a sentence naming them stays
    const pupil = '文明从我做起 初二三班 周可欣 尊敬的老师,亲爱的同学们:大家早上好!';
    expect(pupil.slice(findGluedRepeat(pupil, '文明从我做起'))).toBe('尊敬的老师,亲爱的同学们:大家早上好!');
    const told = '文明从我做起 初二三班 周可欣同学说,尊敬的老师都很辛苦。';
    expect(told.slice(findGluedRepeat(told, '文明从我做起'))).toBe('初二三班 周可欣同学说,尊敬的老师都很辛苦。');
    // printed twice, as a viewer's page head and then the document's own
    const twice = '老师在 20XX 届毕业典礼上的精彩发言 老师在 20XX 届毕业典礼上的精彩发言 各位领导、老师、同学: 下午好!';
    expect(twice.slice(findGluedRepeat(twice, '老师在20XX届毕业典礼上的精彩发言'))).toBe('各位领导、老师、同学: 下午好!');
    // a viewer's piece heading glued whole: the number and the colon go with the repeat
    const piece = '村委会换届领导讲话篇一:  同志们:  今天,我们在这里完成了村党总支委员会的换届。';
    expect(piece.slice(findGluedRepeat(piece, '村委会换届领导讲话'))).toBe('  同志们:  今天,我们在这里完成了村党总支委员会的换届。');
    // a salutation that opens with 诸位 (traditional 諸位 too)
    const elders = '老人節老干部活動致詞諸位尊敬的離退休老前輩:';
    expect(elders.slice(findGluedRepeat(elders, '老人節老干部活動致詞'))).toBe('諸位尊敬的離退休老前輩:');
  });

  it('a headline naming no genre, a space, then the salutation, on a page printed on one line: the headline is the title', () => {
    const line = '今天的我们,谈留学到底要谈什么? 各位老师们,同学们,大家早上好!今天很荣幸能代表我们班站在这里发言。';
    const at = findHeadlineBeforeSalutation(line)!;
    expect([line.slice(0, at.titleEnd), line.slice(at.bodyStart)]).toEqual(['今天的我们,谈留学到底要谈什么?', '各位老师们,同学们,大家早上好!今天很荣幸能代表我们班站在这里发言。']);
    const a = analyzeText(`发布时间:2018-09-09 来源:基石中学\n${line}下面我讲三个小故事,同学们听一听。`);
    expect([a.isSpeech, a.title, a.paragraphs[0]!.slice(0, 5)]).toEqual([true, '今天的我们,谈留学到底要谈什么?', '各位老师们']);
    for (const paragraph of [
      '大家好! 各位老师们,同学们:今天我发言的题目是…', // a greeting is no headline
      '今天,我很高兴,也很激动,站在这里。 各位老师们,同学们:', // a sentence that goes on
      '女: 尊敬的各位领导,各位来宾:', // a host's part
      '读书的意义 各位老师,今天天气很好,我想谈谈读书。', // no salutation's end in its first words
    ]) {
      expect(findHeadlineBeforeSalutation(paragraph), paragraph).toBeUndefined();
    }
  });

  it('a title printed over two lines, the genre word alone on the second, over a text that sets no line apart', () => {
    const body = '全省老年人网络麻将比赛于5月10日至12日顺利进行,取得圆满成功。在此我代表省老体协向大家表示感谢!\n赛事时间虽然短暂,以牌会友,老有所乐。我们愿意为老同志们做好服务工作。';
    const a = analyzeText(`楼主 |\n发表于 2020-5-13 11:23\n全省老年人网络麻将比赛\n闭幕词\n${body}`);
    expect([a.isSpeech, a.title, a.paragraphs[0]!.slice(0, 6)]).toEqual([true, '全省老年人网络麻将比赛闭幕词', '全省老年人网']);
    // the genre word under a line that is the page's (a portal's name) joins nothing
    expect(analyzeText(`中国教育网\n闭幕词\n${body}`).title).not.toContain('中国教育网');
  });

  it('the title asked about ("…的开场白怎么写?下面…") opens a site intro, not the speech', () => {
    const intro = '主持会议的开场白怎么写?下面我们发言稿频道给大家精编的14篇关于主持会议的开场白,希望对大家有所帮助!';
    expect(findGluedRepeat(intro, '主持会议的开场白')).toBeUndefined();
    const a = analyzeText(`主持会议的开场白\n${intro}\n同志们:\n今天我们召开年中工作会议,主要有三层意思。`);
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs[0]).toBe('同志们:');
    expect(a.removed.find((r) => r.rule === 'promo.collection-intro')?.text).toBe(intro);
  });
});

describe('the title of real-looking pages', () => {
  it('is the lecture\'s own line under a column that names the practice ("支部书记讲党课")', () => {
    const lines = ['支部书记讲党课', '守初心担使命,做新时代合格党员', '七一党课讲稿', '财政局 罗明远', '(2024年6月28日)', '党章开宗明义地规定了党的性质和宗旨,要当合格党员,首先要把党章的要求刻在心上。今天我结合学习体会,和大家谈三点认识。', '一、讲政治、有信念,确保政治上过硬', '讲政治是对共产党员的第一位要求。'];
    expect(analyzeText(lines.join('\n')).title).toBe('守初心担使命,做新时代合格党员');
    // a title that names the practice and stands alone over the lecture stays the title
    expect(analyzeText([lines[0], ...lines.slice(5)].join('\n')).title).toBe('支部书记讲党课');
  });

  it('is the headline printed twice under a column named by a genre ("国旗下讲话"), which still files it as a speech', () => {
    const lines = ['欢迎登录第三中学官方网站!', '国旗下讲话', '', '爱护环境 善待地球(林秋云)', '', '爱护环境 善待地球', '', '总务处副主任 林秋云', '', '老师们,同学们:', '', '大家上午好!今年的4月22日是第54个世界地球日。作为一名中学生,我们首先应当守护好校园环境。在这里,我向同学们发出如下倡议:', '', '1.请不要随意丢弃垃圾;', '', '2.养成勤俭节约的好习惯。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('爱护环境 善待地球');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs[0]).toBe('总务处副主任 林秋云');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['国旗下讲话', '爱护环境 善待地球(林秋云)']));
    // printed twice the same
    expect(analyzeText(lines.map((l) => l.replace('(林秋云)', '')).join('\n')).title).toBe('爱护环境 善待地球');
  });

  it("loses the speaker's name a news page put before the headline when the byline under it names him", () => {
    const lines = ['柯望川 全面贯彻党的十七大精神 奋力谱写统计事业新篇章', '来源:中国信息报 更新时间:2012-04-14', '', '———2008年元旦献词', '', '国家统计局局长  柯望川', '', '岁序更新春意近,山河焕彩万象新。在这送旧迎新的时刻,我代表国家统计局,向全国统计工作者致以新年的问候!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('全面贯彻党的十七大精神 奋力谱写统计事业新篇章');
    expect(a.removed).toContainEqual({ text: '柯望川 ', reason: 'site-chrome', rule: 'title.speaker-name-prefix' });
    // without the byline the first words are the title's own
    expect(analyzeText(lines.filter((l) => !l.includes('局长')).join('\n')).title).toBe(lines[0]);
  });

  it("is the heading over the date line, not the page's <title> in a site's \"a_b_c\" form above it", () => {
    const lines = ['附近一百元三个小时_附近一百元约_如何约到同城', '清源风采', '清水之声', '发布日期:2021-02-08      浏览次数:', '分享到:', '尊敬的各位领导、各位同事:', '大家上午好!我是集团公司党群部的职工,很高兴今天能站上这个舞台,和大家讲一讲清源的故事。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('清水之声');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lines[0], lines[1]]));
  });

  it('printed again under itself over several lines, the genre letter-spaced, is a repeat', () => {
    const title = '第六届年鉴编纂出版质量评比颁奖大会暨第二十次地州区县年鉴研讨会开幕辞';
    const lines = [title, '点击数:11807 2019-07-17 12:56:04 来源: 年鉴网', '第六届年鉴编纂出版质量评比颁奖大会', '暨第二十次地州区县年鉴研讨会', '开 幕 辞', '尊敬的各位领导、各位来宾:', '大家上午好!初夏的成都,草木葱茏,我们在这里隆重举行颁奖大会。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(lines.slice(5));
    // one line of it alone is a line of the text's own
    const alone = analyzeText([title, lines[2], ...lines.slice(5)].join('\n'));
    expect(alone.paragraphs[0]).toBe(lines[2]);
  });

  it("is never a Q&A page's question about how to write one, over the speech that answers it", () => {
    const lines = ['㈠ 教育局长在校本教材评审会上的讲话稿如何写', '积极创建以校为本教研制度建设基地', '各位尊敬的专家、领导和老师们:', '首先,请允许我代表区教育局,向在百忙之中来到我区的领导和专家们表示热烈的欢迎!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[1]);
    expect(a.isSpeech).toBe(true);
    // a guide that asks the question and answers it with advice keeps it as its title
    expect(analyzeText('致辞怎么写\n致辞一般由标题、称谓、正文三部分组成。开头要点明场合。').title).toBe('致辞怎么写');
  });

  it('is the speech\'s line under a column named by a genre in any of its spellings ("重要致詞")', () => {
    const lines = ['重要致詞', '', '總統出席美國檀香山僑宴致詞全文', '', '106/10/28', '', '我明白這個字對今天在座的朋友而言,含意十分豐富,它是問候、是歡迎,也是感恩。', '', '首先,我要向在座的各位貴賓表達最誠摯的歡迎,謝謝各位今天到場。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('總統出席美國檀香山僑宴致詞全文');
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['site-chrome.above-title', 'meta.date-roc']));
    expect(a.paragraphs[0]).toBe(lines[6]);
  });

  it('is a title printed over two lines under a forwarding notice\'s lead, joined', () => {
    const lines = ['各县(市、区)统计局,各有关单位:', '现将市经济普查领导小组办公室主任、市统计局局长周明远,市经济普查领导小组成员、市委宣传部副部长林海涛在全市第四次全国经济普查动员大会上所作的讲话印发给你们,请各地结合实际,认真组织学习,抓好贯彻落实。', '二〇一八年九月三日', '周明远同志在全市第四次全国经济', '普查动员大会上的讲话', '(2018年8月28日)', '同志们:', '今天,我们召开全市经济普查动员大会,主要任务是部署普查各项工作。下面,我讲三点意见。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('周明远同志在全市第四次全国经济普查动员大会上的讲话');
    expect(a.paragraphs.slice(0, 2)).toEqual(['(2018年8月28日)', '同志们:']);
  });

  it('is the press headline under a press office\'s column named "重要演辭", not the column', () => {
    const lines = ['重要演辭', '環境局局長出席立法會環境事務委員會會議發言全文(只有中文)', '以下為環境局局長今日(三月二日)出席立法會環境事務委員會會議的發言全文:', '主席:', '環境局今年的工作重點,是減少廢物和改善空氣質素。今日我想向委員會交代兩項措施的進展,請各位委員指教。', '我們計劃於本年度內提交條例草案,落實一系列新的廢物管理措施。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('環境局局長出席立法會環境事務委員會會議發言全文');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['重要演辭', '(只有中文)']));
    expect(a.paragraphs[0]).toBe('主席:');
  });

  it('is the headline over a list of fields whose first item names the genre ("• 演辞" / "• 2013.08.26"), the item cut', () => {
    const lines = ['社区消费者权益教育活动启动礼', '', ' • 演辞', ' • 2019.03.15', '', '陈志明先生', '消费者协会总干事', '', '李局长、各位嘉宾:', '', '消费是每个人天天都做的事,早已融入日常生活。然而,消费者购物时难免遇到各种问题,今天的活动正是为此而办。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.removed).toEqual(expect.arrayContaining([expect.objectContaining({ text: '• 演辞', rule: 'site-chrome.category-label' })]));
    expect(a.paragraphs.slice(0, 2)).toEqual(['陈志明先生', '消费者协会总干事']);
  });

  it('is the page\'s headline over its meta line when the slogan under it has a dash subtitle repeating it', () => {
    const lines = ['税务工作者五四演讲稿', '来源:长理培训发布时间:2022-12-16 20:14:01', '青春无悔的税月', '——***地税税务工作者五四演讲稿', '90年前,一场席卷全国的“五四”运动,震动了整个世界。这是烽火年代里青春二字的分量。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.paragraphs.slice(0, 2)).toEqual(lines.slice(2, 4));
    // no headline over the meta line: the slogan over its subtitle is the title
    expect(analyzeText(lines.slice(1).join('\n')).title).toBe('青春无悔的税月');
    // a headline the subtitle does not repeat leaves the slogan the title
    expect(analyzeText(['青年演讲比赛专题', ...lines.slice(1)].join('\n')).title).toBe('青春无悔的税月');
  });

  it("is the page's headline when it is the subtitle after the speaker's name, over a slogan printed on two lines", () => {
    const lines = [
      '宋建川在第三届长江中游湿地保护论坛开幕式上的致辞(全文)',
      '时间:2022-11-06    来源:新华社',
      '守护一湖清水',
      '共建候鸟家园',
      '——在第三届长江中游湿地保护论坛开幕式上的致辞',
      '女士们,先生们,朋友们:',
      '我谨代表国家林业和草原局,对论坛的开幕表示热烈的祝贺!江湖相连,万物共生,一方水土滋养一方百姓。',
    ];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('宋建川在第三届长江中游湿地保护论坛开幕式上的致辞');
    expect(a.paragraphs.slice(0, 3)).toEqual(lines.slice(2, 5));
    // a headline that adds more than a name before the subtitle's words leaves the slogan the title
    const other = analyzeText(['湿地保护论坛要闻:国家林业和草原局在第三届长江中游湿地保护论坛开幕式上的致辞', ...lines.slice(1)].join('\n'));
    expect(other.title).not.toContain('要闻');
  });

  it('is a main title that asks a question, over a subtitle in angle brackets that names the occasion', () => {
    const lines = ['附錄:核時代的文學——我們為什麼寫作?', '<在四十七屆國際筆會的發言>', '主席先生:', '親愛的朋友們:', '我誠摯地祝賀四十七屆國際筆會在東京隆重開幕,也謝謝熱情的東道主日本筆會的周到安排。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('核時代的文學——我們為什麼寫作?');
    expect(a.paragraphs[0]).toBe(lines[1]);
    // a question in the prose above a salutation is no title
    expect(analyzeText(['大家知道我們為什麼寫作嗎?', ...lines.slice(2)].join('\n')).title).not.toContain('為什麼');
  });

  it('is a campaign\'s name that opens like a word marker ("四要演讲稿…"), not an outline item, under a column label', () => {
    const lines = ['水利气象', '', '四要演讲稿--不做败兵的烟草人', '', '尊敬的各位领导、各位同仁:', '开讲之前,我想先说说我父亲的一段往事,他年轻时从乡里走出来,一辈子守着烟田。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('四要演讲稿--不做败兵的烟草人');
    expect(a.outline).toEqual([]);
    // a point that says what is to be done after its 一要 stays a point
    const point = analyzeText(['同志们:', '今天我讲几点意见。', '一要加强队伍建设,不做败兵。', '二要强化责任落实,确保万无一失。'].join('\n'));
    expect(point.outline.map((o) => o.marker)).toEqual(['一要', '二要']);
  });

  it("is the bulleted title over a photo's caption that names the speech read out for its author, and the caption is the page's", () => {
    const title = '在第27届世界佛教徒联谊会大会开幕典礼上的开幕词';
    const caption = '世界佛教徒联谊会秘书长泰阿利先生宣读“世佛联”主席的书面致辞';
    const a = analyzeText(['•  专题 > 世佛联大会 > 开幕式', `  • ${title}`, '', '世界佛教徒联谊会会长 潘瓦那密提', '', '2d87ec405d14adb281fcfbe79f439efe.jpg', '', caption, '', '中国全国政协副主席阁下:', '第27届世界佛教徒联谊会大会在宝鸡市隆重开幕,我谨代表世佛联向各位来宾致以诚挚的问候。'].join('\n'));
    expect(a.title).toBe(title);
    expect(a.removed.map((r) => r.text)).toContain(caption);
  });

  it('is the main title alone when its dash subtitle, the byline and the date share its line; the subtitle opens the body', () => {
    const line = '認真貫徹三中全會精神 努力開創水土保持新局面 ——在2014年水土保持工作視頻會議上的講話 水利部副部長 劉寧 (2014年2月25日)';
    const a = analyzeText([line, '今天我們召開2014年水土保持工作視頻會議,盤點一年來水土保持工作的新進展。下面,我講三點意見。'].join('\n'));
    expect(a.title).toBe('認真貫徹三中全會精神 努力開創水土保持新局面');
    expect(a.paragraphs.slice(0, 2)).toEqual(['——在2014年水土保持工作視頻會議上的講話', '水利部副部長 劉寧 (2014年2月25日)']);
    // a title that only names the meeting after its dash keeps it
    expect(analyzeText(['奋进新征程 ——致全体青年的一封信', '同志们:', '今天我们在这里召开大会,我讲三点意见。'].join('\n')).title).toContain('——致全体青年');
  });

  it("is the speech's own title past the lead and dateline, over its date, speaker and salutation, not the news headline that reports it", () => {
    const own = '在庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会上的讲话';
    const a = analyzeText(['当前位置 : 首页 > 资讯中心 > 时政要闻', '庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会隆重举行 习近平发表重要讲话', '讲话全文习近平代表党中央向全国各族工人致以诚挚问候 向受到表彰的全国劳动模范表示热烈祝贺团结奋斗铸就新的历史伟业!2426人受到表彰', '新华社北京4月28日电', own, '(2025年4月28日)', '习近平', '同志们,朋友们:', '值此“五一”国际劳动节即将来临之际,我们在这里隆重集会,庆祝中华全国总工会成立100周年。'].join('\n'));
    expect(a.title).toBe(own);
    expect(a.isSpeech).toBe(true);
  });

  it("is a holiday message's headline that exclaims its genre and trails off (\"新春贺词!…来了……\"), over its meta line: a speech", () => {
    const headline = '新春贺词!万启航市长的新春祝福来了……';
    const a = analyzeText(['• 泰州 阵雨转多云 18℃~11℃', headline, '来源: 编辑:林书悦 2024-02-09 09:16:39 查看数:0', '泰州市人民政府市长', '万启航', '△点击视频', '年夜的灯火又已点亮,辞岁的爆竹就要响起。奔波操劳了一整年,此刻的大家,也许已经坐在亲人身旁。', '图片', '大家都得加油,我们一起,让泰州人的日子越过越宽裕。再使把劲,都能办到的!'].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.isSpeech).toBe(true);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['△点击视频', '图片']));
    // a news headline that only exclaims, over no meta line, stays prose
    expect(analyzeText(['重磅!全市经济数据出炉……', '今年以来,全市经济运行总体平稳,主要指标好于预期。'].join('\n')).title).toBe('');
  });

  it("has its English rendering on the line under it, which is the page's; the bilingual speech's own English stays", () => {
    const a = analyzeText(['新春贺词', 'Chinese New Year Message', '世界会长大会组委会主席 沈立川', 'Shen Lichuan, Chairman of the Organizing Committee', '尊敬的各级领导和各界人士:', '值此新春佳节来临之际,我谨代表组委会向大家致以新春的祝福!', 'On the occasion of the Spring Festival, I extend my best wishes to you all.'].join('\n'));
    expect(a.title).toBe('新春贺词');
    expect(a.removed.find((r) => r.rule === 'title.english-twin')?.text).toBe('Chinese New Year Message');
    expect(a.paragraphs).toContain('Shen Lichuan, Chairman of the Organizing Committee');
  });

  it("is a main title that exclaims, over a dash subtitle, under a Q&A page's question about the speech, which is the page's", () => {
    const lines = ['复旦大学校长的离职演说内容是什么?', '愿复旦的未来更为美好!', '——在离任复旦大学校长时的讲话', '尊敬的各位领导,老师们、同学们:', '首先,我要热烈欢迎新校长加入复旦!我深信复旦的明天一定会更加灿烂。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('愿复旦的未来更为美好!');
    expect(a.removed.map((r) => r.text)).toContain(lines[0]);
    expect(a.paragraphs[0]).toBe(lines[2]);
    // a stage direction that exclaims over its clauses is no title
    const cue = analyzeText(['下面,让我们以热烈的掌声有请校长致开幕词,大家欢迎!', ...lines.slice(2)].join('\n'));
    expect(cue.title).not.toContain('大家欢迎');
  });

  it('asks a question in quotes and ends with its genre, over a press lead and its "文字实录:" label, which are the page\'s', () => {
    const page = ['最新报道 > 正文', '“生意谈:中国如何和世界谈生意?”庞志远演讲实录', '央广网财经北京10月21日消息,庞志远今天在经济之声主办的系列时事报告会上做出精彩演讲。', '文字实录:'];
    const talk = ['各位来宾、各位朋友,大家好,今天很高兴来参加电台的这个节目。', '说到怎么样谈生意,其实大家心里都有数,我们中国是世界上最早做买卖的国家之一。'];
    const a = analyzeText([...page, ...talk].join('\n'));
    expect(a.title).toBe(page[1]);
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual([page[0], page[2], page[3]]);
  });

  it('is the slogan under a headline that names its column before a dash, and a keyword printed twice before a title goes', () => {
    const page = ['国旗下的讲话——光荣啊!少先队', '作者(来源):[暂无]    发布时间:2006-10-09', '光荣啊!少先队'];
    const talk = ['我们刚刚为新中国57周岁的生日送上祝福,节日的喜气还没有散去,再过几天,就是10月13日建队日了。', '同学们,红领巾是红旗的一角,是用革命先烈的鲜血染成的。'];
    const a = analyzeText([...page, ...talk].join('\n'));
    expect(a.title).toBe(page[2]);
    expect(a.paragraphs).toEqual(talk);
    const b = analyzeText(['党课讲稿 党课讲稿:中国共产党的精神力量', '同志们下午好,这个下午我们一起来重温中国共产党走过的不平凡道路。'].join('\n'));
    expect(b.title).toBe('党课讲稿:中国共产党的精神力量');
  });

  it("stands under a foreign site's banner and English headline, every line of which is the page's", () => {
    const banner = ['A Singapore Government Agency Website How to identify', 'Share sensitive information only on official, secure websites.', 'Speech by Minister for Education, Mr Tan Kok Meng at the Lam Hee Tang Chong Huay 90th Anniversary Celebration Dinner', 'Last Updated: 26 Nov 2022'];
    const talk = [
      '1. 大家晚上好!',
      '2. 今晚,能来参加同宗会成立90周年的庆典晚宴,和各位宗亲欢聚一堂,我感到非常荣幸。走到这一步实属不易。1932年先辈们南来谋生,在异乡守望相助,创立了同宗会。',
      '3. 九十年来,同宗会为宗亲排忧解难,设立奖学金鼓励后辈上进,举办各类文化活动,把先辈的精神一代一代传承下去。',
      '4. 希望同宗会继续凝聚宗亲、服务社会,吸引更多年轻人参与会务,为国家的发展贡献力量。',
    ];
    const a = analyzeText([...banner, '陈国明部长演讲稿', ...talk].join('\n'));
    expect(a.title).toBe('陈国明部长演讲稿');
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.map((r) => r.text)).toEqual(banner);
  });

  it("is the file's title a viewer glued its first page number to ('1、…讲话稿'), no outline heading", () => {
    const talk = ['同学们,老师们:', '早上好!今天,是一个值得铭记的日子,我们在这里隆重集会。', '借此机会,我代表学校给各位同学提三点期望:', '第一,涵养品德,做一个有担当的人。', '第二,无论遭遇怎样的困难,都要坚持到底。'];
    const a = analyzeText(['1、高三毕业典礼校长讲话稿', ...talk].join('\n'));
    expect(a.title).toBe('高三毕业典礼校长讲话稿');
    expect(a.outline.map((o) => [o.marker, o.level])).toEqual([['第一,', 1], ['第二,', 1]]);
    // a numbered heading that names no genre is the outline's
    const b = analyzeText(['在全县教育工作会议上的讲话', '同志们:', '今天我讲三点意见。', '1、提高认识,统一思想', '各级要把教育摆在优先位置。', '2、突出重点,狠抓落实'].join('\n'));
    expect(b.outline.map((o) => o.marker)).toEqual(['1、', '2、']);
  });

  it('is a main title joined by a middle dot, over a bracketed line that names the occasion and the genre', () => {
    const lines = ['一線天·二十年后再相會', '(一線天文學社第九屆社員大會發言稿)', '同學們:', '大家晚上好!', '我們的文學社已走過八個春秋,作為一個陪著文學社一路長大的見證者,心里攢下了太多想說的話。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.paragraphs).toEqual(lines.slice(1));
  });

  it('is the line a blog prints under its date header, over a salutation with no colon', () => {
    const lines = ['2008年6月10日 星期二', '', '淚灑畢業典禮', '', '各位校長主任,各位來賓,各位老師,各位家長,各位同學,大家好', '', '我是綜高三丙的導師,我和在座的畢業生一樣,在這裡度過了三年的春夏秋冬,還記得第一次走進校門時的情景。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('淚灑畢業典禮');
    expect(a.removed).toContainEqual({ text: lines[0], reason: 'meta', rule: 'meta.date-weekday' });
    expect(a.paragraphs[0]).toBe(lines[4]);
  });

  it('is the short line over the first paragraph in a text of a paragraph to a line, and a paper library\'s SEO sentence glued to it goes', () => {
    const seo = ',本文主要内容关键词为:积极探索论文,理论体系论文,此文献不代表本站观点,内容供学术参考,文章仅供参考阅读下载。';
    const body = ['中国审计学会第五届理事会成立五年来,在审计署党组的领导下,经过全体会员和理事的共同努力,取得了可喜成绩。', '借这个机会,我就审计理论研究工作,谈几点意见,供代表们参考。', '一、要进一步解放思想,大胆探索'];
    const a = analyzeText([`积极探索创新 努力健全完善审计理论体系${seo}`, ...body].join('\n'));
    expect(a.title).toBe('积极探索创新 努力健全完善审计理论体系');
    expect(a.removed).toContainEqual({ text: seo, reason: 'promo', rule: 'promo.seo-keywords-glued' });
    expect(a.paragraphs).toEqual(body);
    // a diary's day over its first entry is no title; a text that sets its lines apart with blank ones says where its title is
    expect(analyzeText(['1月11日 周六', ...body].join('\n')).title).toBe('');
    expect(analyzeText(['积极探索创新 努力健全完善审计理论体系', body[0], '', body[1]].join('\n')).title).toBe('');
  });

  it("is printed again after a shop's product name under it, with the site's name after it: that line is a repeat", () => {
    const lines = ['母亲追悼会的悼词--实体花圈店', '发布人:花圈网 发布于: 2019/3/1 7', '', '港澳台祭奠花篮一对A26 母亲追悼会的悼词_花圈代送网', '各位领导,各位长辈,各位亲朋好友:', '今天我们全家怀着无比沉痛的心情,在这里送别慈爱的母亲,向她的遗体作最后的道别。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('母亲追悼会的悼词');
    expect(a.removed).toContainEqual({ text: lines[3], reason: 'duplicate-title', rule: 'duplicate-title' });
    expect(a.paragraphs).toEqual(lines.slice(4));
    // a line that only mentions the title after a space is no repeat of it
    expect(analyzeText(['母亲追悼会的悼词', '今天宣读 母亲追悼会的悼词和生平', ...lines.slice(4)].join('\n')).paragraphs[0]).toBe('今天宣读 母亲追悼会的悼词和生平');
  });

  it('is never the column printed over the breadcrumb that ends with it; the headline\'s date and occasion after hyphens go', () => {
    const lines = ['少先队天地', '当前位置: 首页| 少先队天地', '', '校园是我家,卫生靠大家-----2014.9.15升国旗仪式', '', '作者:xuhong 发表日期:2014-09-15 00:00:00 浏览次数:', '字体调整:[ +放大-减小]', '尊敬的老师、亲爱的同学们:', '大家早上好!今天我国旗下讲话的题目是《校园是我家,卫生靠大家》。校园是我们读书、成长的地方。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('校园是我家,卫生靠大家');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['少先队天地', '-----2014.9.15升国旗仪式', '字体调整:[ +放大-减小]']));
    expect(a.paragraphs[0]).toBe(lines[7]);
    // a crumb that ends with the article's own name leaves it the title
    const own = analyzeText(['首页 > 国旗下讲话 > 校园是我家', '校园是我家', ...lines.slice(7)].join('\n'));
    expect(own.title).toBe('校园是我家');
  });

  it('is never the column over a breadcrumb whose steps only spaces part', () => {
    const lines = ['德育园地', '', '当前位置:首页  德育园地', '', '第十三周晨会 科技节', '', '作者:单雨晴     发布时间:2017-11-23     浏览次数:2142', '', '合:尊敬的老师,亲爱的同学们,大家早上好。', '卢:我是来自高一年级的卢嘉禾', '合:很高兴由我们来主持今天的晨会。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('第十三周晨会 科技节');
    expect(a.removed.map((r) => r.text)).toContain('德育园地');
  });

  it('is never a column printed over the breadcrumb that runs through it; a school CMS\'s "author:" before the headline goes when the author field names her', () => {
    const lines = ['德育之窗', '', '当前位置:首页 >德育之窗 >国旗下讲话', '', '周晓岚:远离毒品,珍爱生命', '作者:周晓岚(文) 来源:', '发布日期:2020-06-22 16:18:48 阅读:930次', '', '各位老师、同学们早上好!', '我今天讲话的题目是“远离毒品,珍爱生命”。毒品被人们称作“白色瘟疫”,我们要时刻提防。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('远离毒品,珍爱生命');
    expect(a.removed).toContainEqual({ text: '德育之窗', reason: 'site-chrome', rule: 'site-chrome.above-title' });
    expect(a.removed).toContainEqual({ text: '周晓岚:', reason: 'site-chrome', rule: 'title.speaker-name-prefix' });
    expect(a.paragraphs).toEqual(lines.slice(8));
    // a headline that quotes someone the page does not name as its author keeps the name
    const quoted = analyzeText([...lines.slice(2, 5), '作者:林春和 来源:', ...lines.slice(8)].join('\n'));
    expect(quoted.title).toBe('周晓岚:远离毒品,珍爱生命');
  });

  it('is never the column printed under a trail that ends with its separator, the page\'s own step left out', () => {
    const lines = ['首页> 2022网络大拜年 > 党政机关拜年 >', '', '党政机关拜年', '', '济南市供销合作社党组书记、理事会主任', '邵立衡', '瑞虎迎春、万象更新。在新春佳节到来之际,我代表济南市供销合作社系统全体干部职工,向一直关心和支持供销合作事业的各界朋友致以新春的祝福!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('');
    expect(a.removed).toContainEqual({ text: '党政机关拜年', reason: 'site-chrome', rule: 'site-chrome.column-name' });
    expect(a.paragraphs).toEqual(lines.slice(4));
    // under a trail whose last step is the article's, the same line is its title
    const own = analyzeText(['首页 > 国旗下讲话 > 校园是我家', '校园是我家', '尊敬的老师、亲爱的同学们:', '大家早上好!今天我国旗下讲话的题目是《校园是我家》。校园是我们读书、成长的地方。'].join('\n'));
    expect(own.title).toBe('校园是我家');
  });

  it('repeated as the first entry of the site\'s list of pieces ("1. 【title】") is no point of the speech', () => {
    const lines = ['在国家扶贫日系列活动上的讲话', '2021-04-20 03:30:30华夏高考网', '  1. 【在国家扶贫日系列活动上的讲话】', '设立“扶贫日”,具有深远的意义。下面是小编整理的关于在国家扶贫日系列活动上的讲话的相关内容,欢迎阅读!', '【在国家扶贫日系列活动上的讲话】', '同志们:', '今天是第二个全国“扶贫日”,我来到这里和大家见面,开这个座谈会。', '一、开展“扶贫日”活动,要求我们更加用心、用情、用力'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.removed).toContainEqual({ text: '1. 【在国家扶贫日系列活动上的讲话】', reason: 'duplicate-title', rule: 'duplicate-title' });
    expect(a.paragraphs).toEqual(lines.slice(5));
    expect(a.outline.map((o) => o.marker)).toEqual(['一、']);
    // …or as the name of a picture the site set beside the text
    const picture = analyzeText(['在2023年作風整頓大會上的講話', '在2023年作風整頓大會上的講話插圖', '同志們:', '今天召開全縣作風整頓大會,主要任務是動員部署作風整頓工作。'].join('\n'));
    expect(picture.removed).toContainEqual({ text: '在2023年作風整頓大會上的講話插圖', reason: 'duplicate-title', rule: 'duplicate-title' });
    expect(picture.paragraphs[0]).toBe('同志們:');
  });

  it('is never the site’s name that its header prints again and again; the title again as the heading over the text goes', () => {
    const lines = ['一品知识网一品知识网', '', '一品知识网', '一品知识网-文学创作服务平台', '最近1小时浏览次数:763', '', '毛笔大赛颁奖', '', '毛笔大赛颁奖典礼介绍', '尊敬的各位嘉宾、亲爱的同学们:', '大家好!今天,我们欢聚一堂,共同见证一年一度的毛笔大赛颁奖典礼。在这个墨香四溢的时刻,我们为获奖者的出色表现喝彩。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('毛笔大赛颁奖');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['一品知识网一品知识网', '一品知识网', '一品知识网-文学创作服务平台', '最近1小时浏览次数:763', '毛笔大赛颁奖典礼介绍']));
    expect(a.paragraphs[0]).toBe('尊敬的各位嘉宾、亲爱的同学们:');
    // a name alone that no other line of the head repeats is no site's header: it may be the title
    expect(analyzeText(['织密织牢民生保障网', '同志们:', '今天召开全县民生工作会议,主要任务是部署今年的民生实事。'].join('\n')).title).toBe('织密织牢民生保障网');
  });

  it('is never a column’s name over the headline that wears it as a badge; the badge goes from the headline', () => {
    const lines = ['每日学习', '【每日学习】宋庆龄:向孩子们祝贺“六一”', '时间:2019/5/31 访问次数:2071', '亲爱的少年儿童小朋友们:', '“六一”国际儿童节就要到了。你们今天还是少年儿童,明天长大成人,就要接过建设祖国的伟大事业。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('宋庆龄:向孩子们祝贺“六一”');
    expect(a.paragraphs[0]).toBe('亲爱的少年儿童小朋友们:');
    // the title again in brackets under it is no badge: the title stays the line above
    const again = analyzeText(['运动会开幕式解说词', '【运动会开幕式解说词】', '尊敬的各位来宾,亲爱的老师们、同学们,大家上午好!在这秋风送爽的季节,我们迎来了学校运动会。'].join('\n'));
    expect(again.title).toBe('运动会开幕式解说词');
    expect(again.removed).toContainEqual({ text: '【运动会开幕式解说词】', reason: 'duplicate-title', rule: 'duplicate-title' });
  });

  it('is one speech’s own title over the series line of the speeches printed together (“…研讨班发言摘登”), which tells that the text is a speech', () => {
    const lines = ['中國作家網>> 理論 >> 理論熱點 >> 正文', '走進生活深處', '中國作協深入學習貫徹習近平總書記文藝工作座談會重要講話培訓研討班發言摘登', '2016年03月30日13:19 來源:中國作家網 葉梅', '想要塑造出打動人心的文學形象,就得始終把人民放在中心,沉到生活的最深處,不光人要下去,心要下去,感情也要下去。時代天天都在翻新,我們對社會生活的體察卻越來越淺。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('走進生活深處');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual([lines[2], lines[4]]);
    // a headline telling of one 发言 is no such series line
    expect(analyzeText(['點擊進入管理系統', '會領導在全國聯絡工作會議上作典型發言', '2013-05-14 15:20:35', '中國僑聯在京召開全國聯絡工作會議,總結工作,部署任務。'].join('\n')).title).toBe('會領導在全國聯絡工作會議上作典型發言');
  });

  it('is the title over a label of who speaks that it names (“林晓岚老师发言”), which goes; the title printed twice stays a repeat', () => {
    const body = ['尊敬的各位老师,亲爱的同学们:', '大家下午好!秋风送爽,我们迎来了崭新的学期,能代表全体教师发言,我感到十分荣幸。'];
    const title = '林晓岚老师在2023秋季开学典礼暨庆祝第39个教师节的发言';
    const a = analyzeText([title, '林晓岚老师发言', ...body].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.find((r) => r.text === '林晓岚老师发言')?.rule).toBe('meta.press-caption');
    const twice = analyzeText(['庞秋云校长新学期开学致辞', '庞秋云校长新学期开学致辞', ...body].join('\n'));
    expect(twice.removed.find((r) => r.text === '庞秋云校长新学期开学致辞')?.rule).toBe('duplicate-title');
  });

  it('is the quote headline naming its speaker before a colon, not the photo caption under it naming him (which goes); a finance portal’s quote glued to a bank goes too', () => {
    const body = ['李子彬:尊敬的各位领导、各位来宾、女士们、先生们,今天,首届中国中小企业节在北京隆重开幕了。', '中国工商银行(8.10,0.00,0.00%,股票吧)、建设银行等单位给予了鼎力支持,在此,我代表协会向各位致以诚挚的谢意。'];
    const page = ['协会动态', '中国中小企业协会会长李子彬:以创新促进成长', '发布日期:2007-12-16', '中小企业协会会长李子彬讲话', ...body];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[1]);
    expect(a.paragraphs).toEqual([body[0], '中国工商银行、建设银行等单位给予了鼎力支持,在此,我代表协会向各位致以诚挚的谢意。']);
    expect(a.removed.find((r) => r.text === page[3])?.rule).toBe('meta.press-caption');
    // a caption that names someone the headline does not quote is the title still
    expect(analyzeText([page[0], '以创新促进成长', page[2], page[3], ...body].join('\n')).title).toBe(page[3]);
  });

  it('is a report’s headline over a photo caption naming who gave a speech (“省住建厅举行迎新春茶话会” over “卢天锡厅长致辞”), and the report is no speech', () => {
    const page = ['省住建厅举行迎新春茶话会', '时间:2020-02-12', '卢天锡厅长致辞', '欢声笑语迎新春,热烈掌声寄希望。1月20日下午,省住建厅举办迎新春茶话会,全厅干部职工和老干部代表欢聚一堂。', '卢天锡首先代表厅领导班子致辞。致辞热情洋溢、真挚恳切,饱含着对全厅干部职工和老干部的关怀。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(page[0]);
    expect(a.isSpeech).toBe(false);
    // under a headline that tells no news the caption is the title still
    expect(analyzeText(['协会动态', ...page.slice(1)].join('\n')).title).toBe(page[2]);
  });

  it('on a page of several speakers\' speeches is the first speech\'s own title, which a byline follows, not the collection\'s headline', () => {
    const lines = ['第五届全国道德模范座谈会发言摘编', '人民网-人民日报', '10-15 17:21', '编者按:第五届全国道德模范座谈会10月13日在京举行。座谈会上,道德模范代表和有关部门负责同志先后发言,现将发言摘要刊登。', '用道德模范群星照亮精神天空', '人民日报社社长 杨振武', '评选表彰全国道德模范,是培育和弘扬社会主义核心价值观的重要抓手,每一届评选都是一次时代精神的集中展示。', '一是宣传重大典型。2007年首届全国道德模范评选活动启动以来,人民日报每一届都安排数十个版面。', '二是弘扬凡人善举。依托“德耀中华”等栏目,挖掘普通人的真情大爱。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('用道德模范群星照亮精神天空');
    expect(a.isSpeech).toBe(true);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lines[0], lines[3]]));
    expect(a.paragraphs).toEqual(lines.slice(5));
    expect(a.outline.map((o) => o.marker)).toEqual(['一是', '二是']);
    // the body that spoke stands as the byline too; one speech's excerpt names no collection
    const unit = analyzeText(['全国海洋牧场建设工作现场会典型发言摘要', '大力培育海洋生态牧场 全面提升现代渔业发展水平', '山东省人民政府', '我省近岸海域辽阔,发展海洋牧场有着先天优势。这些年,我们把现代化海洋牧场试点当作一件大事来抓。'].join('\n'));
    expect(unit.title).toBe('大力培育海洋生态牧场 全面提升现代渔业发展水平');
    const excerpt = analyzeText(['在全市安全生产工作会议上的讲话摘要', '副市长 杨振武', '同志们:', '今天召开全市安全生产工作会议,主要任务是部署下一阶段工作。'].join('\n'));
    expect(excerpt.title).toBe('在全市安全生产工作会议上的讲话摘要');
    // or the speaker's label stands over the piece's title ("陕西 石国栋家庭" / "我的“小家”和“大家”")
    const labelled = analyzeText(['全国“最美家庭”代表发言摘要', '陕西 石国栋家庭', '我的“小家”和“大家”', '我叫石国栋,是一名社区民警,我家有幸获评全国“最美家庭”。下面,我给大家说说这段故事。'].join('\n'));
    expect(labelled.title).toBe('我的“小家”和“大家”');
    expect(labelled.paragraphs).toHaveLength(1);
  });

  it('printed as a slogan over two parallel lines right above the salutation is both lines', () => {
    const lines = ['积极创建优秀以校为本教研制度建设基地', '丰富禅城区教育现代化示范区的内涵', '各位尊敬的专家、领导和老师们:', '首先,请允许我代表区教育局,向在百忙之中来到我区的领导和专家们表示热烈的欢迎!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(`${lines[0]} ${lines[1]}`);
    expect(a.paragraphs[0]).toBe(lines[2]);
    // under a title that names the speech, a thematic line is the body's
    const named = analyzeText(['在全区校本教研展示活动上的讲话', ...lines.slice(1)].join('\n'));
    expect(named.paragraphs[0]).toBe(lines[1]);
    // with prose, not the salutation, under it, the second line is the body's too
    const unaddressed = analyzeText([...lines.slice(0, 2), lines[3]].join('\n'));
    expect(unaddressed.title).not.toContain(lines[1]);
    expect(unaddressed.paragraphs).toContain(lines[1]);
  });

  it('stands under a news headline that exclaims over its date line, which is the page\'s', () => {
    const lines = ['防御台风“烟花”!宁波、绍兴、台州等地市长上电视紧急动员!', '', '2021-07-25 06:56:34 上观新闻', '', '众志成城打赢台风“烟花”防御攻坚战', '', '宁波市委副书记、市长  邝启明', '', '(2021年7月24日)', '', '同志们,市民朋友们:', '', '根据气象部门最新预报,今年第6号台风“烟花”正朝浙江沿海移动,对宁波的影响将非常严重。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[4]);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lines[0], lines[2]]));
    // without the date line under it, an exclaiming line is prose like any other
    const bare = analyzeText(lines.filter((l) => !l.startsWith('2021')).join('\n'));
    expect(bare.paragraphs).toContain(lines[0]);
  });

  it('under a headline tagged with its column before a bar is the line its byline follows; the tag names the genre', () => {
    const lines = ['華文網', '新年寄語|2018,看看長春高新區的“新藍圖”', '轉型升級 創新發展 建設宜居宜業的現代化科技新城區', '長春高新區党工委書記、管委會主任 趙旭', '冬去春將至,歲新景亦新。懷著收穫的喜悅,我們送走舊年,迎來新歲。在新春即將到來之際,向全區幹部群眾致以新春的祝福!', '春華秋實,碩果滿枝。剛剛走過的2017年,是長春高新區站上新起點的關鍵一年。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[2]);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lines[0], lines[1]]));
    expect(a.paragraphs).toEqual(lines.slice(3));
    expect(a.isSpeech).toBe(true);
    // an untagged headline over the same lines keeps the first line the title
    expect(analyzeText(['新年寄語 2018,看看長春高新區的“新藍圖”', ...lines.slice(2)].join('\n')).title).not.toBe(lines[2]);
  });

  it('is read through a forum\'s BBCode leaked around it ("[color=red]新年贺词[/color]")', () => {
    const lines = ['[color=red]新年贺词[/color]', '时间:2012-01-04 10:41 来源: 作者:', '玉兔辞岁留余韵,金龙迎春启新程。在此,谨向一直关心、支持本行业协会发展的各级政府领导和社会各界朋友表示衷心的感谢!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('新年贺词');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['[color=red]', '[/color]']));
    expect(a.paragraphs).toEqual([lines[2]]);
  });

  it('is a headline that exclaims over its date line when it names the speech itself ("…董事长电信日致辞!")', () => {
    const lines = ['高级搜索', '您当前的位置:首页 > 运营商动态', '中国移动、中国电信、中国联通三大运营商董事长电信日致辞!', '时间:2021-05-17 16:43:20', '站在百年变局与世纪疫情相互交织的关口,今年世界电信和信息社会日把主题定为“在充满挑战的时代加速数字化转型”。', '面对繁重任务和复杂局面,我们自觉融入国家发展大局,主动识变、积极应变、勇于求变。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[2]);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lines[0], lines[1], lines[3]]));
    expect(a.paragraphs).toEqual(lines.slice(4));
  });

  it('is a clickbait headline of a few short phrases over the meta line when one of them closes on the genre ("…的离任感言,发自肺腑,感人至深!")', () => {
    const lines = ['当前位置: 网站首页 > 领导讲话 > 文章', '一位老校长的退休感言,字字真情,催人泪下!', '时间:2020-07-16    点击: 次    来源:网络', '学校决定让我从校长岗位上退下来,我真心拥护,也把这看作组织对我的关怀。', '我是农家孩子,十八岁走上讲台,在这所学校一干就是三十八年。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[1]);
    expect(a.paragraphs).toEqual(lines.slice(3));
    // a headline whose commas run long phrases is prose, and a salutation stays one, over any meta line
    const long = analyzeText([lines[0], '一位老校长在全校教职工大会上的退休感言,讲述了他三十八年来的教育生涯!', ...lines.slice(2)].join('\n'));
    expect(long.title).toBe('');
  });

  it('is never the speaker giving his topic ("今天我演讲的题目是《…》"), though it names a title in book marks', () => {
    const lines = ['高中民族团结演讲稿篇一', '尊敬的各位', '领导', ',各位同事:大家好!', '今天我演讲的题目是《民族团结如一人》', '一首悠扬动听的《新疆好》,道出了天山南北各族儿女的共同心声。在党的民族政策指引下,各地传唱着民族团结的赞歌。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('高中民族团结演讲稿');
    expect(a.paragraphs).toContain(lines[4]);
  });

  it('is never a related article listed over the text', () => {
    const text = [
      '严启航2018“光阴的同行者”跨年演讲(中)_风闻',
      '观察者网用户_228999-2019-01-01 09:47',
      '来源:知行思维',
      '关联:',
      '严启航2017“时间的朋友”跨年演讲',
      '严启航谈小趋势与非共识',
      '第四部分:我能感知“非共识”吗?',
      '很多年以后,再提起这场跨年演讲,具体讲了些什么你大概都淡忘了,可是,我真心盼着你能记住这样一句话。',
      '为了把小趋势看得更准,刚才我们先拿第一个问题问了自己:我看清事实了吗?那么接下来我们要问第二个问题。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('严启航2018“光阴的同行者”跨年演讲');
    expect(a.removed.filter((r) => r.rule === 'site-chrome.related-list').map((r) => r.text)).toEqual(['严启航2017“时间的朋友”跨年演讲', '严启航谈小趋势与非共识']);
    expect(a.paragraphs[0]).toBe('第四部分:我能感知“非共识”吗?');
  });

  it('on a collection page is the first piece’s, and piece headings leave the body', () => {
    const text = [
      '揭牌仪式领导致辞(精选19篇)',
      '揭牌仪式领导致辞 篇1',
      '各位嘉宾,同志们,朋友们:',
      '今天,我们在这里举行产业园揭牌仪式。',
      '揭牌仪式领导致辞 篇2',
      '尊敬的各位领导:',
      '金秋时节,我们欢聚一堂。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('揭牌仪式领导致辞');
    expect(a.paragraphs).toEqual(['各位嘉宾,同志们,朋友们:', '今天,我们在这里举行产业园揭牌仪式。', '尊敬的各位领导:', '金秋时节,我们欢聚一堂。']);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['揭牌仪式领导致辞(精选19篇)', '篇1', '揭牌仪式领导致辞 篇2']));
  });

  it('takes the piece’s own title under a numbered heading', () => {
    const text = ['青年座谈会发言范文', '青年座谈会发言', '青年座谈会发言范文第1篇', '李春生同志先进事迹发言稿材料', '李春生同志是优秀基层干部,是新时代共产党人的榜样。'].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('李春生同志先进事迹发言稿材料');
    expect(a.paragraphs).toEqual(['李春生同志是优秀基层干部,是新时代共产党人的榜样。']);
  });

  it('is never a site header, and the tag after it goes', () => {
    const text = ['讲话稿 文案下载手机站', '', '关于调离告别发言(通用3篇)', '', '各位领导、同事们:', '我要调走了,心里五味杂陈。'].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('关于调离告别发言');
    expect(a.removed).toEqual(expect.arrayContaining([{ text: '(通用3篇)', reason: 'site-chrome', rule: 'title.collection-count-bracket' }]));
  });

  it('stands after a site-made table of contents', () => {
    const text = [
      '一、以高度自觉提升政治站位',
      '(一)全面把握组织路线的要求',
      '(二)深入领会选人用人风气的重要意义',
      '二、以典型案例警醒查找病灶',
      '在市委组织部机关警示大会上的党课讲稿',
      '同志们:',
      '今天我们专门召开警示大会,再一次提个醒。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('在市委组织部机关警示大会上的党课讲稿');
    expect(a.paragraphs[0]).toBe('同志们:');
  });

  it('glued to the body on one line is split off, the body keeping the rest', () => {
    const a = analyzeText('在五四青年节优秀青年座谈会上的讲话各位青年朋友、同志们:在五四青年节即将到来之际,我感到十分高兴。');
    expect(a.title).toBe('在五四青年节优秀青年座谈会上的讲话');
    expect(a.paragraphs).toEqual(['各位青年朋友、同志们:在五四青年节即将到来之际,我感到十分高兴。']);
  });

  it('repeated and glued to the first sentence is cut from it', () => {
    const title = '县委书记在全县庆祝教师节暨教育强县建设推进会议上的讲话';
    const a = analyzeText([title, `${title}今天,我们隆重集会,热烈庆祝第38个教师节。`].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(['今天,我们隆重集会,热烈庆祝第38个教师节。']);
    expect(a.removed).toEqual(expect.arrayContaining([{ text: title, reason: 'duplicate-title', rule: 'duplicate-title.glued' }]));
  });

  it('shortened under the title is a repeat', () => {
    const text = ['在“安全生产月”安全知识抢答赛上的总结点评讲话', '安全生产月安全知识抢答赛上的总结点评讲话', '各位领导、各位选手、同志们:', '我简单讲几句。'].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('在“安全生产月”安全知识抢答赛上的总结点评讲话');
    expect(a.paragraphs[0]).toBe('各位领导、各位选手、同志们:');
  });

  it('with the site\'s category glued before its shortened wording is a repeat; a placeholder prefix is not a category', () => {
    const lines = ['在党建工作推进会(理论研讨会)上的讲话', '', '党建工作党建工作推进会上的讲话', '    今天,我们在这里召开机关党建工作理论研讨会,各级党组织和广大党务工作者热情很高、参与踊跃。', '    下面,我就进一步推动机关党的建设,讲三点意见。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.removed).toContainEqual({ text: lines[2], reason: 'duplicate-title', rule: 'duplicate-title' });
    // a word the title does not hold is no category of it
    expect(analyzeText([lines[0], '', '基层动态党建工作推进会上的讲话', ...lines.slice(3)].join('\n')).paragraphs[0]).toBe('基层动态党建工作推进会上的讲话');
  });

  it('printed again under the meta line with a place starred out is the headline’s copy, not the heading', () => {
    const lines = ['园区项目集中开工仪式上的讲话 - 制度大全', '范文大全 导航', '', '园区项目集中开工仪式上的讲话', '', '编辑:制度大全2023-06-15', '', '**园区项目集中开工仪式上的讲话', '', '尊敬的***市长,尊敬的各位来宾,同志们:', '今天,区委、区政府在这里隆重举行**工贸园区项目集中开工仪式。首先,请允许我代表区委、区政府表示热烈的祝贺!'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe(lines[3]);
    expect(a.paragraphs[0]).toBe(lines[9]);
    expect(a.removed).toContainEqual({ text: lines[7], reason: 'duplicate-title', rule: 'duplicate-title' });
  });

  it('on a press page: the issuing office over it is none, and a quoted event name over the text’s kind is one title', () => {
    const lines = ['河北发布 > 专题库 > 专题新闻', '', '保定市政府新闻办', '“第五届保定市文化和旅游产业发展大会”', '新闻发布会文字实录', '', '来源: 长城网', '2022-08-23 15:46:47', '', '尊敬的各位领导,各位嘉宾,新闻界的朋友们:', '大家上午好!', '感谢各位参加今天的新闻发布会。我是市委宣传部副部长,受委托主持今天的发布会。'];
    const a = analyzeText(lines.join('\n'));
    expect(a.title).toBe('“第五届保定市文化和旅游产业发展大会”新闻发布会文字实录');
    expect(a.paragraphs[0]).toBe(lines[9]);
    expect(a.removed.map((r) => r.text)).toContain('保定市政府新闻办');
    // a quoted slogan over a line of prose is no two-line title
    const slogan = analyzeText(['“不忘初心 牢记使命”', '今天我们在这里隆重集会,纪念建党一百周年,回顾党的光辉历程。', '同志们,让我们携手前进!'].join('\n'));
    expect(slogan.paragraphs).toContain('今天我们在这里隆重集会,纪念建党一百周年,回顾党的光辉历程。');
    expect(slogan.title).not.toContain('今天');
  });

  it('under a press page’s lead and photo captions, right over a salutation with its greeting, is the speech’s own title', () => {
    const lead = '华网记者摄影报道:9月20日晚,驻芝加哥总领事在市中心一家酒店的宴会大厅举行国庆招待会。各界人士和侨胞友人共700余人应邀出席。';
    const captions = ['州联邦众议员米勒出席招待会。', '州审计长卡特致贺信。'];
    const title = '韩立东总领事在国庆75周年招待会上的致辞';
    const speech = ['尊敬的各位来宾,女士们、先生们、朋友们:大家晚上好!', '诚挚欢迎各位光临今晚的招待会,和我们一起庆祝中华人民共和国成立75周年。我两周前才到芝加哥赴任,深感使命光荣,更觉责任重大。'];
    const a = analyzeText([lead, ...captions, title, ...speech].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([lead, ...captions]));
  });

  it('printed by the speech under a press page’s headline, caption and dateline is the title, not the headline that adds its speaker', () => {
    const page = [
      '当前位置:首页>2016全国两会',
      '蒲承远:在全国政协十二届四次会议闭幕会上的讲话',
      '文章来源: 新华社 发布时间: 2016-03-15 责任编辑: 柴若楠',
      '3月14日,全国政协十二届四次会议在北京人民大会堂举行闭幕会。全国政协主席蒲承远主持闭幕会并讲话。新华社记者 魏晓峰 摄',
      '新华社北京3月14日电',
      '在全国政协十二届四次会议闭幕会上的讲话',
      '(2016年3月14日)',
      '蒲承远',
      '各位委员,同志们:',
      '全国政协十二届四次会议,各项议程已经全部顺利完成,马上就要闭幕了。会议期间,委员们认真讨论政府工作报告,出良策、建诤言,收获丰硕。',
    ];
    const a = analyzeText(page.join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe(page[5]);
    expect(a.paragraphs).toEqual([page[6], ...page.slice(8)]);
    // the headline that is the speech's own title, no more, stays the title
    const same = analyzeText([page[5], page[3], page[5], ...page.slice(8)].join('\n'));
    expect(same.title).toBe(page[5]);
  });

  it('printed again among the last lines, over a site’s download box, is a repeat', () => {
    const title = '过好政治生日主题党课讲稿';
    const body = ['同志们:', '今天我就以过好政治生日为题讲一次党课,和大家一道学习、思考、共勉。', '首先,我们弄清楚党员政治生日的含义', '大家知道,一般人一生只过一个生日。'];
    const a = analyzeText([title, ...body, title, '点击下载'].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: title, reason: 'duplicate-title', rule: 'duplicate-title' });
    // far above the end it is the speech's own line: a repeat is looked for among the last lines only
    const filler = Array.from({ length: 8 }, (_, i) => `第${i + 1}段,我们要把各项工作抓紧抓实。`);
    const b = analyzeText([title, ...body, title, ...filler].join('\n'));
    expect(b.paragraphs).toContain(title);
  });

  it('is followed by the bare name of the institution it opens with: the page’s source line, not the speech’s', () => {
    const title = '东方科学院大学校长叶明远在2025年毕业典礼上的讲话:做一个值得托付的人';
    const body = ['亲爱的同学们、老师们,尊敬的家长们、来宾们:', '大家早上好!', '今天,五千余名毕业生从五湖四海回到这里,与近万名亲友共同见证这一重要时刻。'];
    const a = analyzeText([title, '东方科学院大学', ...body].join('\n'));
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: '东方科学院大学', reason: 'meta', rule: 'meta.source-name' });
    // a byline with the speaker's name is front matter and stays
    const b = analyzeText([title, '东方科学院大学校长 叶明远', ...body].join('\n'));
    expect(b.paragraphs[0]).toBe('东方科学院大学校长 叶明远');
  });

  it('without the word a 作文 site put after the headline, at the top of the body, is a repeat', () => {
    const opening = '在你们就要告别熟悉的校园走进广阔社会的时候,过来人想送你们九个字,三个问:带什么?往哪走?怎么走?';
    const points = '第一,带什么?不妨简单列一列;你们是刚刚放下课本,怀揣满腔热情的年轻一代。';
    const a = analyzeText(['让莘莘学子倾倒的演讲作文', opening, '让莘莘学子倾倒的演讲', points].join('\n'));
    expect(a.title).toBe('让莘莘学子倾倒的演讲作文');
    expect(a.paragraphs).toEqual([opening, points]);
    expect(a.removed).toContainEqual({ text: '让莘莘学子倾倒的演讲', reason: 'duplicate-title', rule: 'duplicate-title' });
    // a short name is any line: "讲话" under "讲话范文" stays
    const b = analyzeText(['国旗下讲话范文', '同学们:', '国旗下讲话', points].join('\n'));
    expect(b.paragraphs).toContain('国旗下讲话');
  });

  it('under a page’s lead paragraph is the line right over the salutation, and the lead is the page’s', () => {
    const lead =
      '庆典上的讲话通常涵盖开幕式、闭幕式、周年纪念等各类场合。开幕讲话宜短小精干,讲明会议的指导思想,切忌面面俱到、客套冗长;闭幕讲话要高度概括,语言要干净利落。';
    const body = ['主席,各位女士,各位先生:', '今天我们能够在这里纪念建校六十周年,是因为一代代师生接续奋斗,我们才有了今天的学校。'];
    const a = analyzeText([lead, '▲校庆演词(林文远)', '校庆演词', '林文远', ...body].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('校庆演词');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: lead, reason: 'promo', rule: 'promo.lead-above-title' });
    // prose above a title with no salutation under it stays: the title may be misread
    const b = analyzeText([lead, '校庆演词', '今天我们能够在这里纪念建校六十周年,是因为一代代师生接续奋斗。', '同志们,让我们携手前进。'].join('\n'));
    expect(b.paragraphs).toContain(lead);
  });

  it('under a site’s summary is the document’s own line under the page’s title, and the summary is the page’s', () => {
    const summary = '联合国开发计划署署长,各地教师把孩子们带进课堂,让他们留下来,帮助他们学有所得,同样令人忧虑的是不少孩子学得很少,今天我们的教师队伍呼唤人才,国际组织在世界教师日的联合致辞。';
    const body = ['教师队伍呼唤人才!', '2016年10月5日', '教师手中握着开启全人类美好未来的钥匙。今天,我们向全世界的教师致敬。'];
    const a = analyzeText([summary, '2016世界教师日联合致辞', '世界教师日联合致辞', ...body].join('\n'));
    expect(a.title).toBe('世界教师日联合致辞');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: summary, reason: 'promo', rule: 'promo.lead-above-title' });
  });

  it('keeps its salutation first: a site’s background paragraph between them is the page’s', () => {
    const note =
      '中国共产党于1921年7月成立至今已百年有余,再过一天我们又要迎来建党纪念日。把7月1日作为党的诞辰纪念日,是1938年5月提出来的,这是第一次明确提出“七一”是党的诞生纪念日。';
    const body = ['同志们:', '在党的生日即将到来的时候,我们今天齐聚一堂,隆重召开表彰大会。', '今天会议一共五项议程,下面进行第一项。'];
    const a = analyzeText(['主持词', '', '七一建党节政府机关表彰大会主持词', '', note, '', ...body].join('\n'));
    expect(a.title).toBe('七一建党节政府机关表彰大会主持词');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: note, reason: 'promo', rule: 'promo.lead-under-title' });
    // a subtitle or date line there is the speech's front matter
    const b = analyzeText(['七一建党节政府机关表彰大会主持词', '(2023年6月30日)', ...body].join('\n'));
    expect(b.paragraphs[0]).toBe('(2023年6月30日)');
    // a lead the page wrapped over lines goes whole, a subtitle over the salutation stays
    const wrapped = ['6月21-22日,由盘古智库联合北京大学国际关系学院、尼扎米·甘伽维国际中心', '(Nizami Ganjavi International Center,以下简称NGIC)', '共同主办的“中国在国际关系中的作用:‘一带一路’倡议”论坛在北京举办。'];
    const c = analyzeText(['贺远舟理事长在欢迎晚宴上致辞', ...wrapped, '——在欢迎晚宴上的致辞', '各位尊敬的贵宾:', '大家晚上好!各位远道而来,一路上辛苦了!我代表主办方向大家表示欢迎!'].join('\n'));
    expect(c.removed.map((r) => r.text)).toEqual(expect.arrayContaining(wrapped));
    expect(c.paragraphs[0]).toBe('——在欢迎晚宴上的致辞');
  });

  it('on a collection page is the first piece’s, and the site’s talk above its heading is the page’s', () => {
    const talk = '每个人都曾试图在平淡的学习、工作和生活中写一篇文章。写作是培养人的观察、联想、想象的重要手段。范文书写有哪些要求呢?我们怎样才能写好一篇范文呢?';
    const body = ['同志们,今天恰逢党的生日,我们用一堂特别的党课来纪念建党。', '我们党一贯把党风廉政建设摆在突出位置。'];
    const a = analyzeText(['支部书记党课讲稿(完整)', talk, '第一篇: 2022年支部书记党课讲稿', ...body].join('\n'));
    expect(a.title).toBe('2022年支部书记党课讲稿');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed).toContainEqual({ text: talk, reason: 'promo', rule: 'promo.lead-above-title' });
  });

  it('is the line a site’s promo names in 《》, over a category line that names a genre', () => {
    const a = analyzeText(
      ['小学奠基仪式实施方案', '- 更新时间:2020-11-13 09:55:01', '奠基仪式主持词', '以下是为您推荐的《小学奠基仪式实施方案》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!', '一、活动名称:新校区奠基典禮', '二、典礼时间及地点:'].join('\n'),
    );
    expect(a.title).toBe('小学奠基仪式实施方案');
    expect(a.isSpeech).toBe(false);
  });

  it('is a slogan with ?! over its dash subtitle that names the speech', () => {
    const title = '最好的你们,可好?!——在2022年毕业典礼暨学位授予仪式上的讲话';
    const a = analyzeText([title, '亲爱的同学们:', '我们终于如期所愿地聚首于此,为全体毕业学子举行庄重的毕业典礼。'].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs[0]).toBe('亲爱的同学们:');
    // a line of prose that merely mentions a speech after a dash stays prose
    const b = analyzeText(['在全校大会上的讲话', '同学们:', '大家好!今天我想说——这是一次难忘的讲话', '我们要努力学习。'].join('\n'));
    expect(b.paragraphs).toContain('大家好!今天我想说——这是一次难忘的讲话');
  });

  it('is the article’s heading under the page’s title, meta and promo lines', () => {
    const text = ['艺术节开幕式的讲话稿', '时间:2024-01-31 08:51:08 作者:雨中梧', '以下是小编为大家收集的艺术节开幕式讲话稿,希望对大家有所帮助。', '艺术节开幕式讲话稿', '同学们,老师们:', '一年一度的艺术节开幕了。'].join('\n');
    expect(analyzeText(text).title).toBe('艺术节开幕式讲话稿');
  });

  it('is the main title over a dash subtitle, not the page’s SEO title above it', () => {
    const text = ['两学一做之尊崇党章的党课讲稿:党章是全党的灵魂', '尊崇党章 做合格党员', '——在“两学一做”学习教育专题党课上的讲话', '同志们:', '今天由我为大家上一堂党课。'].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('尊崇党章 做合格党员');
    expect(a.paragraphs[0]).toBe('——在“两学一做”学习教育专题党课上的讲话');
  });

  it('is the document’s own heading under a file title that adds the speaker', () => {
    const text = ['县委常委、县政府负责人全县冬春季农田水利建设工作会议上的主持词201X/X/XX', '全县冬春季农田水利建设工作会议上的主持词', '县委常委、县政府负责人xxx(二○一八年十二月二十九日)', '同志们:', '现在开会。'].join('\n');
    expect(analyzeText(text).title).toBe('全县冬春季农田水利建设工作会议上的主持词');
  });

  it('is the document’s own heading under a headline that names the speaker and the occasion the heading names after a dash', () => {
    const own = '在乡村旅游女主人论坛上的致辞';
    const text = ['省旅游协会妇女委员会会长周雅琴在第三届全省乡村旅游大会——乡村旅游女主人论坛上的致辞', own, '(2022年12月30日)', '省旅游协会妇女委员会会长 周雅琴', '新年的钟声就要敲响,各地的女主人们相聚云端,一起交流经营心得、谋划来年发展。'].join('\n');
    expect(analyzeText(text).title).toBe(own);
    // a heading naming another occasion is no copy of the headline's
    const other = ['省旅游协会会长周雅琴在第三届全省乡村旅游大会——乡村旅游论坛上的致辞', '在年终座谈会上的讲话', '新年的钟声就要敲响,各地的女主人们相聚云端,一起交流经营心得、谋划来年发展。'].join('\n');
    expect(analyzeText(other).title).not.toBe('在年终座谈会上的讲话');
  });

  it('on a collection page is the first numbered piece even under the site’s intro paragraph', () => {
    const text = ['2023年村党组织书记党课讲稿汇编4篇', '党支部书记是最基层组织的领头人,既要言传更要身教。以下是小编整理的党课讲稿,欢迎阅读与收藏。', '第1篇: 2023年村党组织书记党课讲稿', '总书记指出,基层强则国家强。我们要抓基层、打基础。'].join('\n');
    expect(analyzeText(text).title).toBe('2023年村党组织书记党课讲稿');
  });

  it('takes the speech’s name under a piece heading and a news lead', () => {
    const text = ['第一篇:马丁开幕式闭幕式致辞中英文原文', '国际大体联主席马丁12日晚在大运会开幕式上致辞,全文如下:', '在第26届世界大学生夏季运动会开幕式上的致辞', '尊敬的各位来宾:', '多年以来,深圳一直期盼着敞开大门。'].join('\n');
    expect(analyzeText(text).title).toBe('在第26届世界大学生夏季运动会开幕式上的致辞');
  });

  it('is not mistaken for a reseller’s banner for a list or a meeting’s name', () => {
    expect(analyzeText(['县工商联九届三次会员代表大会预备会主持词', '各位代表: 今天下午先召开大会预备会议。'].join('\n')).title).toBe('县工商联九届三次会员代表大会预备会主持词');
    const list = '党课讲稿--严格“三会一课” 增强党内生活的政治性、原则性、战斗性';
    expect(analyzeText([list, '总书记强调党内生活要讲政治、守原则、敢斗争。我们要坚决摒弃庸俗风气。'].join('\n')).title).toBe(list);
  });

  it('is the meeting named with a "·" inside its quotation marks, no banner for that; the hijacked site’s hotline and headline above it go', () => {
    const title = '在“我和我的祖国·书香湘潭”全民阅读活动暨十大高校“学习强国”读书分享会上的交流内容';
    const page = ['粉笔厂家', '免费服务热线', '010-00000000', '热门搜索:', '当前位置:首页 > 技术资讯', '市委书记分享悦读故事-【新闻】', '发布时间:2021-04-05 20:23:17 阅读: 来源:粉笔厂家', title, '曹 炯 芳', '(2019年4月23日)', '今天是世界读书日,能和大家一道参加读书分享会,我很高兴,也很受鼓舞。在座的校长、老师们比我读得多、学得好。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe(title);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['粉笔厂家', '免费服务热线', '市委书记分享悦读故事-【新闻】']));
  });
});

describe('a speaker’s byline', () => {
  it('is never the title: with no title line it stays the speech’s first paragraph', () => {
    const a = analyzeText(['区委副书记、区长 何振宇', '(2019年3月12日)', '各位代表、同志们:', '今天,我们在这里召开全区民营经济发展大会。这是区委区政府的一次重要会议。'].join('\n'));
    expect(a.title).toBe('');
    expect(a.paragraphs.slice(0, 3)).toEqual(['区委副书记、区长 何振宇', '(2019年3月12日)', '各位代表、同志们:']);
    const b = analyzeText(['校团委书记陈立 2021年5月4日', '同学们,大家好:', '今天我们在这里举行纪念五四青年节表彰大会,向受表彰的同学表示祝贺。'].join('\n'));
    expect(b.title).toBe('');
    expect(b.paragraphs[0]).toBe('校团委书记陈立 2021年5月4日');
  });

  it('under the title stays under it', () => {
    const a = analyzeText(['在全区民营经济发展大会上的讲话', '区委副书记、区长 何振宇', '(2019年3月12日)', '同志们:', '今天,我们召开全区民营经济发展大会。'].join('\n'));
    expect(a.title).toBe('在全区民营经济发展大会上的讲话');
    expect(a.paragraphs[0]).toBe('区委副书记、区长 何振宇');
  });

  it('is a position with a name, not a title that names a speech or a meeting', () => {
    for (const line of ['团市委书记、市青联主席 林晓岚', '机关工委书记周文涛 2012年8月28日', '县委书记 ×××', '镇党委书记王海同志', '武进区区长', '县人民政府县长', '文化和旅游部资源开发司二级巡视员石卫东', '市医疗保障局二级调研员 许朝阳', '林耀宗 教授 (前附设医院院长 医科第一届)', '国务院总理 温立新', '中国MBA发展论坛委员会主任顾嘉言先生', '大同小学 林 雯', '大同小學 林 雯', '实验中学 周明远']) expect(isByline(line), line).toBe(true);
    for (const line of ['优秀共产党员代表发言', '新任校长就职演讲', '县委书记在全县经济工作会议上的讲话', '致全体青年代表', '致新任校长', '全市人大代表', '学生代表发言稿', '在全县大会上的讲话 县委书记 王立新', '林耀宗 教授 (摄)的照片展', '林教授(前院长)在大会上的讲话', '走进大同小学 看新变化']) expect(isByline(line), line).toBe(false);
  });

  it('is never the first half of a sentence a hard wrap broke, whose second half opens with 的', () => {
    const text = ['此刻站在这里,即将退休的各位心中的滋味想必各有深浅,不过大家总还是有些共通', '的感受,归纳起来大约有三点。', '一是不舍,这份不舍放不下我们和学校之间的情分。'].join('\n');
    const analysis = analyzeText(text);
    expect(analysis.title).toBe('');
    expect(analysis.paragraphs.join('')).toContain('有些共通');
    // a short line over its prose is still the title (the line under it opens with 的确, a word)
    expect(analyzeText(['退休茶会上的感言', '的确,今天大家都很高兴。我们在这里相聚一堂,回顾多年的工作。'].join('\n')).title).toBe('退休茶会上的感言');
  });
});

describe('a site’s column named by a genre over the speech’s own headline', () => {
  const salutation = ['尊敬的潘云鹤院士、怀进鹏书记、张磊校友、', '各位嘉宾、老师们、同学们:'];
  const text = '春风初起,春木渐荣,春意正浓。今天我们齐聚中国人民大学,一同见证高瓴人工智能学院的诞生,感谢学校和社会各界的鼎力相助!';

  it('("学院寄语") gives way to the headline under it, past the page’s date line, over a salutation on two lines', () => {
    const a = analyzeText(['学院寄语', '文继荣:勇闯无人区', '日期:2019-04-22访问量:', ...salutation, text].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, '文继荣:勇闯无人区']);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['学院寄语']));
  });

  it('numbered for its year ("2021年国旗下的讲话(一)") gives way to the title over the dash subtitle under the meta line', () => {
    const own = ['知史爱党 知史爱国 永远跟党走', '——党史学习教育国旗下讲话', '校党总支书记 魏东', '(2021年3月21日)', '老师们、同学们:', '大家好!春雷阵阵,万物复苏。同学们,2021年是中国共产党成立100周年。'];
    const a = analyzeText(['2021年国旗下的讲话(一)', '作者: 时间:2021-03-22 点击数:', ...own].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, '知史爱党 知史爱国 永远跟党走']);
    expect(a.removed.map((r) => r.text)).toContain('2021年国旗下的讲话(一)');
    // a piece heading that names its speech in full keeps it (the document's own heading and subtitle under it)
    const piece = analyzeText(['篇一:2012年兴华小学少先队代表大会主持词', '2012年兴华小学第六次少先队代表大会', '——暨大队委改选大会主持稿', '尊敬的各位领导,各位老师:', '今天我们在这里召开少先队代表大会,选出大家心里最满意的少先队干部。'].join('\n'));
    expect(piece.title).toBe('2012年兴华小学少先队代表大会主持词');
  });

  it('is no title itself under the speech’s headline, past a date line either', () => {
    const a = analyzeText(['竞职演讲稿:只有知识才能改变命运', '竞聘演讲稿', '2012/3/21', '尊敬的各位领导:', '大家好!', '很荣幸能再一次参加竞职演讲,在演讲开始前,我想先给大家讲一个民间故事。'].join('\n'));
    expect(a.title).toBe('竞职演讲稿:只有知识才能改变命运');
  });
});

describe('a press conference’s script (发布词) as a spoken genre in a title', () => {
  it('joins its formal name broken mid-word over two lines ("在第四届…第一次新闻" / "发布会上的发布词")', () => {
    const a = analyzeText(['第四届中国绿化博览会第一次新闻发布会', '在第四届中国绿化博览会第一次新闻', '发布会上的发布词', '贵州省林业局局长', '2020年1月13日', '各位记者朋友:', '大家上午好!欢迎各位参加第四届中国绿化博览会第一次新闻发布会,下面我向大家介绍绿博会的筹备情况。'].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, '在第四届中国绿化博览会第一次新闻发布会上的发布词']);
  });
});

describe('a title that is mostly English', () => {
  const speech = ['各位老師、同學:', '首先,衷心感謝剛才在台上和我一起領唱的各位老師和同學,請大家再給他們熱烈的掌聲。今天我們一起唱歌,也一起為有需要的人籌款。'];
  it('is an event’s English name with the speech’s genre after a dash ("Sing for Love:Christmas Singing Show - 校長致詞")', () => {
    const a = analyzeText(['校長的話', 'images', 'Sing for Love:Christmas Singing Show - 校長致詞', ...speech].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, 'Sing for Love:Christmas Singing Show - 校長致詞']);
    expect(a.removed.map((r) => r.text)).toEqual(['校長的話', 'images']);
  });
  it('is not an English line naming no genre', () => {
    const a = analyzeText(['Sing for Love:Christmas Singing Show - 活動花絮', ...speech].join('\n'));
    expect(a.title).not.toContain('Sing for Love');
  });
});

describe('a first line closed by an ASCII full stop', () => {
  it('is a sentence when a comma stands before it ("今天我们聚在这里,送别林骁."), a title when none does', () => {
    const body = '说起此刻的心情,我只想借前人的一句话:悲欣交集。就在几天以前,天色是那样明朗,日子是那样安稳。';
    expect(analyzeText(['今天我们聚在这里,送别林骁.', body].join('\n')).title).toBe('');
    expect(analyzeText(['在全县安全生产工作会议上的讲话.', '同志们:', body].join('\n')).title).toBe('在全县安全生产工作会议上的讲话');
  });

  it("keeps a bare genre heading (\"领导致辞\") as the title over the speaker's byline with his post, which is never one", () => {
    const text = ['领导致辞', '', '国资委新闻中心主任 韩一舟', '', '尊敬的刘书记、同志们:', '', '大家下午好!', '', '今天,很荣幸受邀参加启动仪式。在此,我代表新闻中心,向活动的启幕致以热烈的祝贺。'].join('\n');
    const a = analyzeText(text);
    expect([a.title, a.paragraphs[0]]).toEqual(['领导致辞', '国资委新闻中心主任 韩一舟']);
  });
});
