import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a press page’s lead above its full-text label', () => {
  const speech = ['韩立舟:尊敬的大使阁下,尊敬的各位嘉宾,女士们、先生们,大家下午好!', '非常高兴参加今天的启动仪式。在这里,我代表商务部,对活动的开幕表示热烈祝贺!'];

  it('is the page’s, with the label: the speech starts below it', () => {
    const lead = '由商务部批准,由国际贸易学会主办的“全球商品采购季”于10月30日举行启动仪式。 上图为商务部副部长韩立舟。';
    const a = analyzeText([lead, '以下为致辞实录:', ...speech].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['meta.lead-before-full-text', 'promo.full-text-lead']));
  });

  it('leaves the speech’s own opening when no label follows it', () => {
    const opening = '今天,我们在这里隆重举行全球商品采购季启动仪式。';
    expect(analyzeText([opening, ...speech].join('\n')).paragraphs[0]).toBe(opening);
  });
});
