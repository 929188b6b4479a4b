import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { findRepeatedBlocks } from '../../src/core/repeated-block';

const TITLE = '在全县秋冬季森林防火工作会议上的讲话';
const BLOCK = [
  '同志们:今天召开全县秋冬季森林防火工作会议,主要任务是分析当前防火形势,安排部署今冬明春的森林防火工作。',
  '刚才,县林业局通报了前一阶段的工作情况,几个乡镇作了表态发言,讲得都很实在。',
  '下面,我再强调三点意见。',
];

describe('an article block printed twice', () => {
  it('loses its second copy, the title repeated between the copies with it', () => {
    const a = analyzeText(['正文复制', TITLE, ...BLOCK, TITLE, ...BLOCK].join('\n'));
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs).toEqual(BLOCK);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.repeated-block').map((r) => r.text)).toEqual(BLOCK);
    // cleaning what is left finds nothing more
    expect(analyzeText([TITLE, ...a.paragraphs].join('\n')).paragraphs).toEqual(BLOCK);
  });

  it('loses its second copy when the page prints it right after the first', () => {
    const a = analyzeText([TITLE, ...BLOCK, ...BLOCK, '一、提高认识,压实责任', '森林防火责任重于泰山。各乡镇要把责任落实到山头地块。'].join('\n'));
    expect(a.paragraphs).toEqual([...BLOCK, '一、提高认识,压实责任', '森林防火责任重于泰山。各乡镇要把责任落实到山头地块。']);
  });
});

describe('findRepeatedBlocks', () => {
  it('finds the block that repeats the one right before it, line for line', () => {
    expect(findRepeatedBlocks(['甲', ...BLOCK, ...BLOCK, '乙'])).toEqual([4, 5, 6]);
    expect(findRepeatedBlocks([...BLOCK.slice(0, 2), ...BLOCK.slice(0, 2)])).toEqual([2, 3]);
  });

  it('leaves a speech’s own repeats: a short refrain, a single line, a block that comes back later', () => {
    // a host's cue and the applause, twice: short
    expect(findRepeatedBlocks(['下面请县长讲话。', '(掌声)', '下面请县长讲话。', '(掌声)'])).toEqual([]);
    // one line said twice is the repeated lead's business, not a block
    expect(findRepeatedBlocks([BLOCK[0]!, BLOCK[0]!, BLOCK[1]!])).toEqual([]);
    // the same two lines again, but not right after: a closing that echoes the opening
    expect(findRepeatedBlocks([BLOCK[0]!, BLOCK[1]!, '中间还有一段新的内容,讲的是下一步的工作安排和具体要求。', BLOCK[0]!, BLOCK[1]!])).toEqual([]);
  });
});
