import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('an encyclopedia entry appended under the text', () => {
  const script = ['元旦节目串词', '男:尊敬的各位领导,亲爱的老师们、同学们:', '女:大家好!辞旧迎新之际,我们欢聚一堂,共同迎接新年的到来。', '男:月缺了又圆,雁去了又回,就让那些烦恼随雪而融,让我们昂首向前。'];

  it('goes from its label down, in either script', () => {
    const entry = ['详细介绍:元旦,即公历的1月1日,是世界多数国家通称的“新年”。', '在我国,“元旦”一词古已有之,在文学作品中最早见于《晋书》。'];
    const a = analyzeText([...script, ...entry].join('\n'));
    expect(a.paragraphs).toEqual(script.slice(1));
    expect(a.removed).toEqual(expect.arrayContaining(entry.map((text) => ({ text, reason: 'site-chrome', rule: 'site-chrome.encyclopedia-tail' }))));
    const traditional = analyzeText([...script, '詳細介紹:元旦,即公歷的1月1日,是世界多數國家通稱的“新年”。'].join('\n'));
    expect(traditional.paragraphs).toEqual(script.slice(1));
  });

  it('leaves a line that only mentions a detailed introduction', () => {
    const line = '女:下面请大家欣赏详细介绍我们学校的短片。';
    expect(analyzeText([...script, line].join('\n')).paragraphs).toContain(line);
  });
});
