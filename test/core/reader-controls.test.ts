import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a reading site’s control panel printed a control to a line', () => {
  const panel = ['返回', '朗读', '暂停', '+书签', '', '视觉:', '关灯', '护眼', '字体:', '声音:', '男声', '女声', '金风', '玉露', '学生', '大叔', '司仪', '学者', '素人', '女主播', '评书', '语速:', '1x', '2x', '3x', '4x', '5x', ''];
  const chapter = [
    '在全县教育工作会议上的讲话',
    '的,除了教育局,还有财政、人社和另外几个部门。那时候我们和各乡镇一起开会,大家对办学条件的难处都看得很清楚。',
    '在今后的两年里,你们要抓好师资建设,要改善办学条件,还要把课后服务办起来。今天开会以后,各校马上就要开始排查。同志们,只要大家心往一处想,就一定能把这件事办好。',
  ];

  it('goes as a whole, voices and speeds with it, and the chapter’s title is found under it', () => {
    const a = analyzeText([...panel, ...chapter].join('\n'));
    expect(a.title).toBe(chapter[0]);
    expect(a.paragraphs).toEqual(chapter.slice(1));
    const panelLines = panel.filter((l) => l !== '');
    expect(a.removed.map((r) => r.text)).toEqual(panelLines);
    // (its lone back button and bare font label are any page's chrome; the rest is the reading panel's)
    const anyPage = ['返回', '字体:'];
    expect(a.removed.filter((r) => r.rule === 'site-chrome.reader-controls').map((r) => r.text)).toEqual(panelLines.filter((l) => !anyPage.includes(l)));
    expect(a.removed.filter((r) => anyPage.includes(r.text)).map((r) => r.rule)).toEqual(['site-chrome.navigation', 'site-chrome.font-size']);
  });

  it('leaves a run of short lines that names fewer controls (a speech’s short slogans)', () => {
    const slogans = ['返回初心', '目录', '学习', '实干', '担当'];
    const a = analyzeText([chapter[0], ...slogans, ...chapter.slice(1)].join('\n'));
    expect(a.removed.some((r) => r.rule === 'site-chrome.reader-controls')).toBe(false);
  });
});
