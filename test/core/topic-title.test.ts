import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

describe('a talk that announces its topic', () => {
  const salutation = '尊敬的各位领导、老师,亲爱的同学们:';
  const body = '地球是我们共同的家园,可近几十年来,人们制造的垃圾越来越多,遍布在我们身边的各个角落。';

  it('is titled by the line that prints that topic, not by the headline over it', () => {
    const a = analyzeText(['数学教研组组长王立新——第9周国旗下讲话', '作者:政教处 时间:2024-04-22 点击:', '节约用水,从我做起', salutation, '大家早上好!我是王立新,今天我演讲的题目是“节约用水,从我做起”。', body].join('\n'));
    expect(a.title).toBe('节约用水,从我做起');
    expect(a.removed.map((r) => r.text)).toContain('数学教研组组长王立新——第9周国旗下讲话');
    expect(a.paragraphs.slice(0, 2)).toEqual([salutation, '大家早上好!我是王立新,今天我演讲的题目是“节约用水,从我做起”。']);
  });

  it('leaves the title alone when the announced topic is printed on no line of its own', () => {
    const a = analyzeText(['第9周国旗下讲话:节约用水', salutation, '大家早上好!今天我演讲的题目是“珍惜每一滴水”。', body].join('\n'));
    expect(a.title).toBe('第9周国旗下讲话:节约用水');
  });
});
