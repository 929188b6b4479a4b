import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a site’s menu printed an item to a line', () => {
  const menu = ['党建工作', '教学教研', '政教工作', '师生风采', '后勤学管', '学校文化'];
  const speech = [
    '见贤思齐 择善从之',
    '老师们、同学们:',
    '大家下午好!今天,我们在这里隆重举行感动校园年度人物颁奖典礼,礼赞先进,见贤思齐。在此,我谨代表学校向当选的师生致以热烈的祝贺!',
  ];

  it('goes when it touches the page’s other chrome (a nav line over it, the breadcrumb under it), and the title under it is found', () => {
    const a = analyzeText(['网站首页 学校概况 新闻公告', ...menu, '你现在的位置是: 本站首页 > 政教工作', ...speech].join('\n'));
    expect(a.title).toBe(speech[0]);
    expect(a.paragraphs).toEqual(speech.slice(1));
    expect(a.removed.filter((r) => r.rule === 'site-chrome.menu-column').map((r) => r.text)).toEqual(menu);
  });

  it('goes as a bulleted category list of fifty lines, its cut names and Latin words included, down to the breadcrumb', () => {
    const categories = ['工作总结', '工作计划', '心得体会', '述职报告', '事迹材料', '申请书', '小说/有', 'qq空间', '承揽合同', '寒假计划'];
    const bulleted = Array.from({ length: 50 }, (_, k) => `  • ${categories[k % categories.length]}`);
    const a = analyzeText([...bulleted, '  • 您现在的位置:范文网 > 讲话稿 > 正文', ...speech].join('\n'));
    expect(a.title).toBe(speech[0]);
    expect(a.paragraphs).toEqual(speech.slice(1));
  });

  it('stays when nothing the rules took stands beside it (a speech’s own short lines)', () => {
    const slogans = ['团结奋进', '开拓创新', '务实担当', '争创一流'];
    const a = analyzeText([speech[0], speech[1], ...slogans, speech[2]].join('\n'));
    expect(a.paragraphs).toEqual(expect.arrayContaining(slogans));
    // opening the page too, unbulleted
    const opening = analyzeText([...slogans, ...speech].join('\n'));
    expect([opening.title, ...opening.paragraphs]).toEqual(expect.arrayContaining(slogans));
  });

  it('goes as three bulleted items opening the page ("• 产品与服务矩阵" / "• 资源中心" / "• 行业洞察")', () => {
    const nav = ['• 产品与服务矩阵', '  • 资源中心', '  • 行业洞察'];
    const a = analyzeText([...nav, ...speech].join('\n'));
    expect(a.title).toBe(speech[0]);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.menu-column').map((r) => r.text.trim())).toEqual(nav.map((l) => l.trim()));
  });
});
