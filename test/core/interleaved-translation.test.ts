import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

describe('a document printed in two languages', () => {
  const chinese = [
    '当新年的钟声在夜空里回荡,当第一缕晨光洒向山河,崭新的一年已经轻轻推开大门,为我们铺开前行的画卷。站在岁末年初的门槛上,我们既为过去一年的奋斗而自豪,也为新一年的征程而振奋。',
    '立于新的历史坐标,我们迎来新的机遇、面对新的考验、肩负新的使命,每一位同事都是答卷人。这份考卷关乎担当、关乎成长,需要我们以实干作答、以奋斗书写。',
    '回望过去一年,我们稳住了经营基本盘,守住了风险底线,服务实体经济的成色更足、底气更硬。这些成绩来之不易,凝结着全体同事的心血和汗水,值得我们倍加珍惜。',
  ];
  const english = [
    'As the bells of the New Year echo through the night and the first light of dawn spreads over hills and rivers, the new year has quietly opened its doors and unrolled a fresh canvas for the road ahead of every one of us.',
    'Standing at a new point in history, we meet new opportunities, face new tests and shoulder new missions, and every colleague of ours is asked to answer the questions that this new era sets before the whole bank.',
    'Looking back on the past year, we steadied the foundations of our business, held the line against risks and served the real economy with more strength and more confidence than ever before in our long history.',
  ];

  it('keeps its English paragraphs, each under the Chinese one it translates', () => {
    const paragraphs = ['全体同事们:', ...chinese.flatMap((c, i) => [c, english[i]!])];
    const a = analyzeText(['新年贺词', ...paragraphs].join('\n'));
    expect(a.paragraphs).toEqual(paragraphs);
    expect(a.removed).toEqual([]);
  });

  it('keeps them on a page cut after the second pair, a short English greeting the first', () => {
    const paragraphs = ['全体同事们:', '大家中午好!', 'Dear colleagues, good afternoon to all of you.', chinese[0]!, english[0]!, chinese[1]!.slice(0, 30)];
    const a = analyzeText(['新年贺词', ...paragraphs].join('\n'));
    expect(a.paragraphs).toEqual(paragraphs);
  });

  it("keeps them when a flattened table's bar lines stand between the two (\"|\", \"| |\")", () => {
    const paragraphs = ['全体同事们:', ...chinese.flatMap((c, i) => [c, english[i]!])];
    const a = analyzeText(['新年贺词', ...paragraphs.flatMap((p) => ['|', p])].join('\n'));
    expect(a.paragraphs).toEqual(paragraphs);
    expect(a.removed.every((r) => r.text.trim() === '|')).toBe(true);
  });

  it("still cuts a database's English translation glued under a Chinese speech", () => {
    const a = analyzeText(['新年贺词', '全体同事们:', ...chinese, english.slice(0, 2).join(' ')].join('\n'));
    expect(a.paragraphs).toEqual(['全体同事们:', ...chinese]);
    expect(a.removed.map((r) => r.rule)).toEqual(['site-chrome.english-translation']);
  });
});
