import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

const LEAD =
  '9月26日上午,省委召开庆祝省人民代表大会成立70周年大会。会上,来自基层的省人大代表作交流发言。省人大代表、育英小学校长林晓雯在会上以《不忘初心 矢志笃行 尽心尽责走好“为民履职路”》为题作交流发言。';
const BODY = [
  '我叫林晓雯,是一名扎根教学一线的基层代表。今天能在大会上发言,心情十分激动。下面,我想用三句话,向大家汇报这些年走过的履职之路。',
  '1代表履职要“为民发声”',
  '十多年来,我时刻把人大代表的光荣使命放在心上,听民声、察民情、达民意,尽心尽力推动解决群众身边的操心事。',
];

describe('a press lead that names the speech it presents', () => {
  it("takes the title it names, broken over two lines, as printed in the lead; the lead is the page's and tells the text's kind", () => {
    const a = analyzeText([LEAD, '不忘初心 矢志笃行', '尽心尽责走好“为民履职路”', ...BODY].join('\n'));
    expect(a.title).toBe('不忘初心 矢志笃行 尽心尽责走好“为民履职路”');
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.find((r) => r.rule === 'promo.lead-naming-title')?.text).toBe(LEAD);
    expect(a.isSpeech).toBe(true);
  });

  it('leaves a lead whose named title is not printed under it', () => {
    const a = analyzeText([LEAD, ...BODY].join('\n'));
    expect(a.removed.some((r) => r.rule === 'promo.lead-naming-title')).toBe(false);
  });
});
