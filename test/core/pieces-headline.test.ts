import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

describe('a headline naming the pieces a page prints', () => {
  const body = [
    '101年3月12日',
    '林副總經理伉儷、陳副總經理、各位貴賓、各位同仁:',
    '下週林副總經理就要榮退,今天我們齊聚一堂為他送行,表達不捨與祝福。',
    '林副總經理在公司服務三十八年,從基層做起,歷經業務、財務與海外各部門,始終兢兢業業,是大家學習的榜樣。',
  ];

  it('the first piece\'s name, standing again under the headline, is the title; the headline is the page\'s', () => {
    const headline = '「王董事長於歡送林副總經理茶會之講詞」及「林副總經理答詞」';
    const a = analyzeText([headline, '王董事長於歡送林副總經理茶會之講詞', ...body].join('\n'));
    expect(a.title).toBe('王董事長於歡送林副總經理茶會之講詞');
    expect(a.isSpeech).toBe(true);
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.map((r) => r.text)).toContain(headline);
  });

  it('one quoted name is no such headline, and nor is a headline whose names no line repeats', () => {
    const one = analyzeText(['「在全市金融工作会议上的讲话」', '在全市金融工作会议上的讲话', ...body].join('\n'));
    expect(one.title).toBe('「在全市金融工作会议上的讲话」');
    const none = analyzeText(['《在全市金融工作会议上的讲话》和《答记者问》', ...body].join('\n'));
    expect(none.title).toBe('《在全市金融工作会议上的讲话》和《答记者问》');
  });
});
