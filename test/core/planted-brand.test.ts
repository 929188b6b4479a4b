import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe("a betting brand a hijacked page plants again and again", () => {
  const speech = [
    '国旗下讲话:读书让我们走得更远',
    'K星体育同学们:',
    '大家早上好!今天我国旗下讲话的题目是《读书让我们走得更远》。',
    '书是人类进步的阶梯,每读一本好书,就像结识一位K星体育良师益友。',
    '希望同学们多读书、读好书,让书香K星体育,伴随我们一起成长。谢谢大家!',
  ];

  it('is cut wherever it stands, mid-clause too, and the speech keeps every word of its own', () => {
    const a = analyzeText(speech.join('\n'));
    expect(a.paragraphs).toEqual(['同学们:', '大家早上好!今天我国旗下讲话的题目是《读书让我们走得更远》。', '书是人类进步的阶梯,每读一本好书,就像结识一位良师益友。', '希望同学们多读书、读好书,让书香,伴随我们一起成长。谢谢大家!']);
    expect(a.removed.filter((r) => r.rule === 'watermark.planted-brand').map((r) => r.text)).toEqual(['K星体育', 'K星体育', 'K星体育']);
  });

  it('is left when named once or twice, and a channel, a lesson or a league is never one', () => {
    const twice = speech.filter((line) => !line.startsWith('希望'));
    expect(analyzeText(twice.join('\n')).removed.some((r) => r.rule === 'watermark.planted-brand')).toBe(false);
    const channel = ['同学们:', '昨晚我在CCTV体育频道看了比赛,今天PE体育课上大家都在讨论。', 'CCTV体育频道的解说很精彩,PE体育课也因此更热闹了。', '我们要像运动员一样拼搏,这也是CCTV体育频道和PE体育课教给我们的。'];
    expect(analyzeText(channel.join('\n')).removed.some((r) => r.rule === 'watermark.planted-brand')).toBe(false);
  });
});
