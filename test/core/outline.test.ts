import { describe, expect, it } from 'vitest';
import { headingText, readOutline } from '../../src/core/outline';
import { parseChineseNumber } from '../../src/core/markers';

const outline = (paragraphs: string[]) => readOutline(paragraphs).map((i) => `${i.level} ${i.marker}${i.text}`);

describe('numbers', () => {
  it('reads Chinese numerals up to 九十九', () => {
    expect([ '一', '十', '十一', '二十', '二十三', '九十九' ].map(parseChineseNumber)).toEqual([1, 10, 11, 20, 23, 99]);
    expect(parseChineseNumber('十十')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});

describe('block headings nest by rank', () => {
  it('一、 > （一） > 1. > （1） > ①, whatever skips occur', () => {
    expect(
      outline([
        '一、总体要求',
        '（一）指导思想',
        '1．坚持党的领导',
        '（1）提高站位',
        '①强化意识',
        '（2）压实责任',
        '2．坚持人民至上',
        '二、重点任务',
        '1.抓好安全生产',
      ]),
    ).toEqual(['1 一、总体要求', '2 （一）指导思想', '3 1．坚持党的领导', '4 （1）提高站位', '5 ①强化意识', '4 （2）压实责任', '3 2．坚持人民至上', '1 二、重点任务', '2 1.抓好安全生产']);
  });

  it('第一部分 sits above 一、', () => {
    expect(outline(['第一部分 工作回顾', '一、主要成绩', '第二部分 下步安排', '一、目标任务'])).toEqual([
      '1 第一部分工作回顾',
      '2 一、主要成绩',
      '1 第二部分下步安排',
      '2 一、目标任务',
    ]);
  });

  it('a number that continues no run and is not 一/1 is not a marker', () => {
    expect(outline(['二、这不是标题', '一、这是标题', '三、也不是', '二、这是'])).toEqual(['1 一、这是标题', '1 二、这是']);
  });
});

describe('paragraph points', () => {
  it('sit at level 1 without headings and one below the nearest heading otherwise', () => {
    expect(outline(['一是抓学习。要学深悟透。', '二是抓落实。要真抓实干。'])).toEqual(['1 一是抓学习', '1 二是抓落实']);
    expect(outline(['一、关于工作', '一是抓学习。', '——要带头。', '——要表率。'])).toEqual(['1 一、关于工作', '2 一是抓学习', '2 ——要带头', '2 ——要表率']);
  });

  it('是 and 要 share a run; 第一， and 首先/其次/最后 are families of their own', () => {
    expect(outline(['一是要强化纪律。', '二是要强化报告。', '三要强化发布。'])).toEqual(['1 一是要强化纪律', '1 二是要强化报告', '1 三要强化发布']);
    // a comma written after 一是 is its separator, as 第一,'s is
    expect(readOutline(['一是,种业有一位目光长远的带头人。', '二是,创新是种业的命脉。']).map((i) => [i.marker, i.text])).toEqual([['一是,', '种业有一位目光长远的带头人'], ['二是,', '创新是种业的命脉']]);
    expect(outline(['第一，要提高认识。', '第二，要加强领导。'])).toEqual(['1 第一，要提高认识', '1 第二，要加强领导']);
    expect(outline(['首先，要提高认识。', '其次，要加强领导。', '最后，要狠抓落实。'])).toEqual(['1 首先，要提高认识', '1 其次，要加强领导', '1 最后，要狠抓落实']);
  });

  it('a lone 最后 or a lone dash is prose', () => {
    expect(outline(['最后，祝大家新春快乐！', '——摘自某某讲话'])).toEqual([]);
  });

  it('a lone dash heading line deep in the body is a point; a subtitle or an attribution is not', () => {
    const body = ['同志们:', '刚才，组织宣读了任免决定，我完全拥护。', '三年来，我们一起走过了很多难忘的日子。'];
    expect(outline([...body, '——回望三年拼搏历程,最值得珍惜的是日新月异的喜人局面', '三年多的时光转瞬即逝。'])).toEqual([
      '1 ——回望三年拼搏历程,最值得珍惜的是日新月异的喜人局面',
    ]);
    // right under the title: the speech's subtitle
    expect(outline(['——致敬医者,守护健康的每一位同仁', ...body])).toEqual([]);
    // a quotation's source, a sentence, a bare name
    expect(outline([...body, '——摘自《在全省组织工作会议上的讲话》'])).toEqual([]);
    expect(outline([...body, '——这是我们共同的心愿。'])).toEqual([]);
    // a run of two keeps both, whichever of them would stand alone
    expect(outline([...body, '——要在加强学习中筑牢信仰之基。学习是干部成长的阶梯,要久久为功。', '——要在实干担当中锤炼过硬本领'])).toEqual([
      '1 ——要在加强学习中筑牢信仰之基',
      '1 ——要在实干担当中锤炼过硬本领',
    ]);
    // a point's sentence that its paragraph goes on to explain
    expect(outline([...body, '——新征程上,我们要始终保持昂扬奋进的精神状态。全面建设社会主义现代化国家,是一项伟大而艰巨的事业。'])).toEqual([
      '1 ——新征程上,我们要始终保持昂扬奋进的精神状态',
    ]);
    expect(outline([...body, '——鲁迅'])).toEqual([]);
    // third paragraph, under two of prose with no title or salutation above them: the speech has begun
    const stage = '——第一个阶段,建社起步到直辖前。新中国成立之初,党中央决定在全国建立供销合作社组织体系。';
    expect(outline(['70年栉风沐雨、70年沧桑巨变。供销合作社始终与时代同步、与“三农”同心。', '回顾70年的发展历程,大体可分为3个阶段。', stage])).toEqual(['1 ——第一个阶段,建社起步到直辖前']);
    expect(outline(['同志们:', '——第一个阶段,建社起步到直辖前', '回顾70年的发展历程,大体可分为3个阶段。'])).toEqual([]);
  });

  it('a family that starts again at 一 under the same parent is a new run at the same level', () => {
    expect(outline(['一是甲。', '二是乙。', '一是丙。', '二是丁。'])).toEqual(['1 一是甲', '1 二是乙', '1 一是丙', '1 二是丁']);
  });
});

describe('inline points', () => {
  it('count after a sentence end, in runs of two or more starting at 一', () => {
    expect(outline(['（一）深入学习。要认真学习。一要深入学习全会精神。二要全面贯彻决策部署。'])).toEqual([
      '1 （一）深入学习',
      '2 一要深入学习全会精神',
      '2 二要全面贯彻决策部署',
    ]);
  });

  it('after a comma they are prose, and a single one is not a run', () => {
    expect(outline(['主要体现在三个事件上，一是疫情，二是建设，三是收官。'])).toEqual([]);
    expect(outline(['一、工作', '我们要努力。一是要抓好落实。'])).toEqual(['1 一、工作']);
  });

  it('in a paragraph without a marker they sit below the nearest item above', () => {
    expect(outline(['一、工作', '一是抓学习。', '问题也不少。一是学习不够。二是作风不实。'])).toEqual([
      '1 一、工作',
      '2 一是抓学习',
      '3 一是学习不够',
      '3 二是作风不实',
    ]);
  });

  it('include 一、 headings of a document flattened onto one line (a viewer page)', () => {
    expect(outline(['各位代表:现在开始预备会议。下面逐项进行。一、表决大会秘书长人选。请会务组宣读。二、表决会议主席团成员名单(草案)。请会务组宣读。'])).toEqual([
      '1 一、表决大会秘书长人选',
      '1 二、表决会议主席团成员名单(草案)',
    ]);
    expect(outline(['下面我强调几点。一、未雨绸缪,始终守住森林防火这道关口。'])).toEqual([]);
  });

  it('include （一） headings of a flattened document, under a lone 一、 of higher rank before their run', () => {
    const flattened = '下面谈几点思考。一、深刻理解全会的重要意义。全会强调了重大原则。(一)守正创新是灵魂。我们要坚持。(二)系统集成是方法。水利工作复杂。';
    expect(outline([flattened])).toEqual(['1 一、深刻理解全会的重要意义', '2 (一)守正创新是灵魂', '2 (二)系统集成是方法']);
    // no lone 一、 before them: the run alone, one level below the nearest item above (none here)
    expect(outline(['下面谈几点思考。(一)守正创新是灵魂。我们要坚持。(二)系统集成是方法。'])).toEqual(['1 (一)守正创新是灵魂', '1 (二)系统集成是方法']);
    // a lone 一、 with no run of lower rank after it stays prose, and so does a lone （一）
    expect(outline(['下面谈几点思考。一、深刻理解全会的重要意义。(一)守正创新是灵魂。我们要坚持。'])).toEqual([]);
  });

  it('continuing the paragraph opener they are its siblings', () => {
    expect(outline(['一是抓学习。二是抓落实。三是抓作风。'])).toEqual(['1 一是抓学习', '1 二是抓落实', '1 三是抓作风']);
  });
});

describe('never markers', () => {
  it('第一时间, 一方面, 一是一、二是二, 6.18, 1.5亿元, 2023年, quoted numbers', () => {
    expect(
      outline([
        '第一时间发现，第一时间报告。',
        '一方面要完善制度。另一方面要加强监督。',
        '一是一、二是二，实事求是。',
        '6.18暴雨洪涝灾害影响很大。',
        '1.5亿元资金已经到位。',
        '2023年是关键之年。',
        '“一要”和“二要”是我们的口号。',
      ]),
    ).toEqual([]);
  });
});

describe('heading text', () => {
  it('is the whole standalone line, else the first sentence, cut at a comma past 50 characters', () => {
    expect(headingText('关于上半年主要工作')).toBe('关于上半年主要工作');
    expect(headingText('推动疫情防控积极作为。疫情发生后，工委迅速行动。')).toBe('推动疫情防控积极作为');
    const long = '在成都两地机关党建刊物网上开辟专栏，介绍对方机关党建工作经验和做法，宣传两地合作事项进展情况，宣传部、研究室负责。';
    expect(headingText(long)).toBe('在成都两地机关党建刊物网上开辟专栏');
  });

  it('does not end a sentence inside quotes or book titles', () => {
    expect(headingText('学习《关于加强安全生产的决定。》全文。其余略。')).toBe('学习《关于加强安全生产的决定。》全文');
  });

  it('is the quoted question or call a heading opens with', () => {
    expect(headingText('“怎么走?”当然最好是找到一条只属于自己的路。')).toBe('“怎么走');
    expect(headingText('“撸起袖子加油干！”这是我们的共同心声。')).toBe('“撸起袖子加油干');
    expect(readOutline(['第一,“带什么?”不妨简单列一列。', '第二,“往哪走?”方向比努力更重要。']).map((i) => i.text)).toEqual(['“带什么', '“往哪走']);
  });
});

describe('markers', () => {
  it('never end in white space', () => {
    expect(readOutline(['第一部分 肯定成绩', '一、总体要求'])).toEqual([
      { level: 1, marker: '第一部分', text: '肯定成绩' },
      { level: 2, marker: '一、', text: '总体要求' },
    ]);
  });
});

describe('首先 runs', () => {
  it('are judged one at a time: a greeting 首先 stays prose before a real run', () => {
    expect(outline(['首先，我代表市委向大家表示感谢。', '首先，要正视差距。', '其次，要突出重点。', '最后，要压实责任。'])).toEqual([
      '1 首先，要正视差距',
      '1 其次，要突出重点',
      '1 最后，要压实责任',
    ]);
  });

  it('inline, 最后 closes a run after a sentence end, and points read under a lone 首先 that is prose rise to its level', () => {
    const run = '面对问题,我们必须拿出有力举措。首先,要加强生产环节的监管。其次,要加强流通环节的监管。最后,要加强信息公开和社会监督。';
    expect(outline([run])).toEqual(['1 首先,要加强生产环节的监管', '1 其次,要加强流通环节的监管', '1 最后,要加强信息公开和社会监督']);
    expect(outline(['首先,让我们回顾一下去年取得的成绩。去年,全市工作成效明显。', run])).toEqual([
      '1 首先,要加强生产环节的监管',
      '1 其次,要加强流通环节的监管',
      '1 最后,要加强信息公开和社会监督',
    ]);
    // an inline 最后 with no run before it is prose
    expect(outline(['大家辛苦了。最后,祝大家身体健康。'])).toEqual([]);
  });

  it('a 首先 heading line of one clause is structure on its own; a lone courtesy 首先 is not', () => {
    expect(outline(['首先,我们弄清楚党员政治生日的含义', '大家知道,一般人一生只过一个生日。'])).toEqual(['1 首先,我们弄清楚党员政治生日的含义']);
    expect(outline(['首先，我代表市委向大家表示感谢'])).toEqual([]);
    // a lone 最后 starts no run at all
    expect(outline(['最后,让我们共同努力'])).toEqual([]);
  });

  it('a lone 首先 that tells the audience what to do is structure (the capture may end before its 其次)', () => {
    expect(outline(['一、认清形势,把握大局', '首先,要对已有的成绩有一个基本的判断。全镇上下苦干实干。'])).toEqual([
      '1 一、认清形势,把握大局',
      '2 首先,要对已有的成绩有一个基本的判断',
    ]);
    expect(outline(['首先,要学“历史脉络”。就是要对百年历程有一个基本了解。'])).toEqual(['1 首先,要学“历史脉络”']);
    // the first of the items a host lists ("请大家跟着我的讲述" … "首先,是…")
    expect(outline(['首先,是我们的“百年渔港·海味长街”。大家不仅能尝到鲜活的海货。'])).toEqual(['1 首先,是我们的“百年渔港·海味长街”']);
    expect(outline(['首先,是对各位嘉宾的到来表示感谢。'])).toEqual([]);
    // thanks and greetings stay courtesy, whatever verb opens them
    expect(outline(['首先,要感谢各位来宾的光临。'])).toEqual([]);
    expect(outline(['首先,我想说,荣誉更是一份责任。'])).toEqual([]);
  });

  it('a 首先 point followed by a 其次 that tells the audience what to do is a run of two', () => {
    expect(outline(['首先,希望大家能够涵养家国情怀,勤奋学习、增长才干。', '其次,要有破茧成蝶的勇气。毛毛虫吐出千丝万缕,把自己包裹在茧里。'])).toEqual([
      '1 首先,希望大家能够涵养家国情怀,勤奋学习、增长才干',
      '1 其次,要有破茧成蝶的勇气',
    ]);
  });

  it('a 首先 whose 其次 and 再次 follow inline in its paragraph opens their run', () => {
    expect(outline(['首先,办公室工作很重要。它发挥着中枢的作用。其次,办公室工作非常辛苦。平时加班加点。再次,办公室工作对干部的素质要求很高。'])).toEqual([
      '1 首先,办公室工作很重要',
      '1 其次,办公室工作非常辛苦',
      '1 再次,办公室工作对干部的素质要求很高',
    ]);
  });

  it('count inline after full stops as a run of two, like 一是…。二是… (a flattened line); a lone inline 首先 is prose', () => {
    expect(outline(['这轮巡察有几个特点。首先,市委期望高。书记给予充分肯定。其次,社会关注度高。全市都在看。'])).toEqual(['1 首先,市委期望高', '1 其次,社会关注度高']);
    expect(outline(['今天能在这里发言,我十分荣幸。首先,我代表全体同学感谢老师。我们会继续努力。'])).toEqual([]);
    // after a comma it is prose
    expect(outline(['这轮巡察有几个特点,首先,市委期望高,其次,社会关注度高。'])).toEqual([]);
  });
});
