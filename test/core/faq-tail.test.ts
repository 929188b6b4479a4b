// A site's generated questions and answers under the text are the page's, from the heading that names
// them down; a quiz host's own questions, and a heading with no question under it, take nothing.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const speech = [
  '重阳节领导致辞',
  '各位同事、各位老同志:',
  '大家上午好!在这金秋送爽、丹桂飘香的时节,我们迎来了一年一度的重阳节。我谨代表单位,向各位老同志致以节日的问候!',
  '尊老敬老是中华民族的传统美德。希望大家在节日期间多陪伴家人,多关心身边的老人,让他们感受到节日的温暖。',
  '祝愿大家重阳节快乐,工作顺利,家庭幸福!',
  '谢谢大家!',
];
const faq = ['重阳节相关常见问答知识清单及解答', '1. 问:重阳节是哪一天?', '答:重阳节在农历九月九日,也就是每年的公历10月左右。', '2. 问:重阳节的起源是什么?', '答:重阳节的起源有多种说法,后来逐渐演变成了敬老、登高、赏菊等习俗。', '', '常见问答知识清单及解答'];

describe("a site's common questions under the text", () => {
  it('are cut from their heading to the end; the speech stays whole and its outline gains no item', () => {
    const a = analyzeText([...speech, ...faq].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'site-chrome.faq-tail').map((r) => r.text)).toEqual(faq.filter(Boolean));
    expect(a.paragraphs.at(-1)).toBe('谢谢大家!');
    expect(a.outline).toEqual([]);
  });

  it("leave a quiz host's own round of questions, and a heading with no question under it", () => {
    const quiz = ['第二环节:知识问答', '1. 问:我国的消防日是哪一天?', '答:11月9日。'];
    expect(analyzeText([...speech.slice(0, 4), ...quiz, ...speech.slice(4)].join('\n')).paragraphs).toEqual(expect.arrayContaining(quiz));
    const heading = ['关于常见问题的几点说明', '大家在工作中遇到的常见问题,我们会后逐一答复,请大家放心。'];
    expect(analyzeText([...speech, ...heading].join('\n')).paragraphs).toEqual(expect.arrayContaining(heading));
  });
});
