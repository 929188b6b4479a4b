import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

const SPEECH = [
  '街道篮球赛开幕式致辞',
  '各位领导,各位来宾,运动员、教练员、裁判员,朋友们:',
  '今天,街道篮球争霸赛正式开幕了。借此机会,我代表竞赛委员会,向各位表示热烈地欢迎!',
  '最后,预祝本届篮球赛取得圆满成功!',
];

describe("a rights statement's numbered items", () => {
  it('go with their bare label, the item a capture cut included, and never become outline points', () => {
    const a = analyzeText([...SPEECH, '版权声明:', '1.大文斗范文网的资料来自互联网以及用户的投稿,用于非商业性学习目的免费阅览。', '2.《街道举办篮'].join('\n'));
    expect(a.paragraphs.at(-1)).toBe('最后,预祝本届篮球赛取得圆满成功!');
    expect(a.outline).toEqual([]);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.statement-item').map((r) => r.text)).toEqual([
      '1.大文斗范文网的资料来自互联网以及用户的投稿,用于非商业性学习目的免费阅览。',
      '2.《街道举办篮',
    ]);
  });

  it("leave the speech's own numbered points alone: no statement label over them", () => {
    const a = analyzeText([...SPEECH.slice(0, 3), '下面,我讲两点意见。', '1.要赛出水平。', '2.要赛出风格。'].join('\n'));
    expect(a.paragraphs).toContain('2.要赛出风格。');
    expect(a.removed.some((r) => r.rule === 'site-chrome.statement-item')).toBe(false);
  });
});
