// A ceremony's roster under the speech (a heading naming the list, then role:names lines) is the
// school's programme; a speaker's own lines that open with a word and a colon stay.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const speech = [
  '国旗下演讲:珍爱生命 远离火灾',
  '老师们、同学们:',
  '2008年11月14日,一所学院的宿舍突发火灾,起火的原因,只是前一晚忘了拔掉热水壶的插头,次日清晨干烧起火。',
  '这沉痛的教训为我们敲响了警钟,防患于未然才是最要紧的。养成良好的用火、用电习惯就是最好的预防。',
  '让我们从此刻做起,珍爱生命,重视消防安全,学习消防知识,远离火灾。',
];
const roster = ['升旗仪式人员名单(九一班)', '主持:赵芮', '旗手:孙启航、贺景澄、邵一鸣', '护旗手:韩语桐、冯思琪', '演讲:苏若晴', '宣读:'];

describe("a ceremony's roster under the speech", () => {
  it('goes with its heading, every role line included; the speech stays whole', () => {
    const a = analyzeText([...speech, ...roster].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'meta.ceremony-roster').map((r) => r.text)).toEqual(roster);
    expect(a.paragraphs.at(-1)).toBe(speech.at(-1));
  });

  it('needs two role lines under its heading, and leaves sentences after a colon alone', () => {
    const closing = ['工作人员名单', '我想说:谢谢大家的辛勤付出,正是你们的坚守,才有了今天的平安校园。'];
    expect(analyzeText([...speech, ...closing].join('\n')).paragraphs).toEqual(expect.arrayContaining(closing));
  });
});
