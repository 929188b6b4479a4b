import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

describe('the text’s opening printed again as its last line (a reader’s Markdown copy)', () => {
  const speech = [
    '尊敬的各位领导、裁判员,亲爱的参赛选手们: 大家好!在这智慧交锋、热情洋溢的美好日子里,我们欢聚一堂。',
    '一、比赛意义',
    '象棋是中华民族的文化珍宝,它包含着深刻的道理和无尽的趣味。借助这次比赛,我们希望传承优秀传统文化。',
    '象棋使我们相聚,智慧让我们共鸣。让我们携手同行,传承文化,再创辉煌!',
  ];

  it('is the page’s, cut off where the page ends, and the speech keeps every line', () => {
    const copy = '**象棋比赛发言稿** 尊敬的各位领导、裁判员,亲爱的参赛选手们: 大家好!在这智慧交锋';
    const a = analyzeText(['象棋比赛发言稿', ...speech, copy].join('\n'));
    expect(a.title).toBe('象棋比赛发言稿');
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed).toContainEqual({ text: copy, reason: 'site-chrome', rule: 'site-chrome.repeated-opening' });
  });

  it('leaves a closing that names the title and then says something new', () => {
    const closing = '象棋比赛发言稿就讲到这里,最后预祝本次比赛圆满成功,祝各位选手取得好成绩!';
    const a = analyzeText(['象棋比赛发言稿', ...speech, closing].join('\n'));
    expect(a.paragraphs).toEqual([...speech, closing]);
  });
});
