import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const SPEECH = `在全县安全生产工作会议上的讲话

同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了很好的发言，我完全同意。
一、提高认识，切实增强责任感。安全生产事关人民群众生命财产安全。
二、突出重点，扎实开展隐患排查。要盯住重点行业领域，全面排查整治。
同志们，安全生产责任重于泰山，让我们共同努力。谢谢大家！`;

const NEWS = `我县召开安全生产工作会议
本报讯（记者 张明）3月5日，我县召开安全生产工作会议，总结去年工作，部署今年任务。
会议指出，一、要提高认识。二、要突出重点。据了解，去年全县安全生产形势总体平稳。
会议强调，各部门要压实责任，确保全年安全生产形势稳定。`;

const WORK_PLAN = `2024年社区工作计划
一、指导思想
以服务居民为中心，推进社区治理现代化，提高服务水平和群众满意度。
二、主要任务
（一）加强基层党建。完善党建工作制度，落实三会一课。
（二）提升服务水平。优化办事流程，推行一站式服务。
三、保障措施
明确责任分工，加强督促检查，确保各项任务落到实处。`;

describe('speech detection', () => {
  it('recognises a speech by its title, salutation and spoken phrases', () => {
    const a = analyzeText(SPEECH);
    expect(a.isSpeech).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.8);
    expect(a.outline.map((i) => i.marker)).toEqual(['一、', '二、']);
  });

  it('a news report numbered 一、二、 is not a speech, and has no outline', () => {
    const a = analyzeText(NEWS);
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });

  it('a work plan with a full outline is not a speech', () => {
    expect(analyzeText(WORK_PLAN).isSpeech).toBe(false);
  });

  it('English or empty text is not a speech, confidently', () => {
    const english = analyzeText('Dear colleagues,\nThank you all for coming today. First, the plan. Second, the budget.');
    expect(english.isSpeech).toBe(false);
    expect(english.confidence).toBeGreaterThan(0.9);
    expect(analyzeText('').isSpeech).toBe(false);
  });
});

describe('written documents', () => {
  it('a 工作总结 that addresses its readers is still no speech; a 工作报告 delivered to 代表 is one', () => {
    const summary = `2023年度个人工作总结
各位领导、同事们：
一年来，我在领导的关心和同事们的帮助下，认真履行岗位职责，较好地完成了各项工作任务。
一、加强学习，提高素质。我坚持学习业务知识，提高工作能力。
二、履职尽责，做好工作。我认真完成领导交办的各项任务。`;
    expect(analyzeText(summary).isSpeech).toBe(false);
    const report = `在县第十八届人民代表大会第三次会议上的政府工作报告
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、过去一年的工作回顾。全县经济社会发展取得新成效。
二、今年的主要任务。我们要坚持稳中求进工作总基调。`;
    expect(analyzeText(report).isSpeech).toBe(true);
  });
});
