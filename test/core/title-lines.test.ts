import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { readPieceHeading } from '../../src/core/title-decor';
import { genreLineOfTitle } from '../../src/core/title-split';

const BODY = '春风送暖,万物复苏。在这充满生机的季节,我们迎来了这次大会的隆重召开。我代表大会筹备组,向各位代表表示热烈的欢迎!';

describe('a title over two lines, the genre alone on the second', () => {
  it('reads the genre line, spaced out or not, only under a title that names no genre', () => {
    expect(genreLineOfTitle('共青团某镇第十二次代表大会', '开  幕  词')).toBe('开幕词');
    expect(genreLineOfTitle('某县第三届运动会', '闭幕词')).toBe('闭幕词');
    expect(genreLineOfTitle('在全县工作会议上的讲话', '讲话')).toBeUndefined();
    expect(genreLineOfTitle('共青团某镇第十二次代表大会', '各位代表:')).toBeUndefined();
  });

  it('joins the two lines into the title; the genre line leaves the body', () => {
    const a = analyzeText(['十八届共青团代表大会_共青团某镇第十二次代表大会', '共青团某镇第十二次代表大会', '开  幕  词', '(二00九年三月   日)', '各位代表、同志们:', BODY].join('\n'));
    expect(a.title).toBe('共青团某镇第十二次代表大会开幕词');
    expect(a.paragraphs[0]).toBe('(二00九年三月 日)');
    expect(a.paragraphs.join('')).not.toContain('十八届');
  });
});

describe('a collection name with its count over the first piece\'s own title', () => {
  it('takes the piece\'s title', () => {
    const a = analyzeText(['幼儿园运动会校长开幕词经典20篇', '', '浏览', '', '1180', '', '幼儿园亲子运动会开幕式园长发言稿', '', '各位老师:', '', '大家上午好!', '', BODY].join('\n'));
    expect(a.title).toBe('幼儿园亲子运动会开幕式园长发言稿');
    expect(a.paragraphs.join('\n')).not.toMatch(/浏览|1180|经典20篇/);
  });
});

describe('the page\'s title glued before the first piece\'s heading', () => {
  it('reads the piece heading behind a name that reads as a collection\'s', () => {
    expect(readPieceHeading('中层干部述职述廉会议主持词篇一:述职述廉大会主持词')).toEqual({ title: '述职述廉大会主持词', first: true });
    expect(readPieceHeading('全县安全生产会议讲话第1篇:在全县安全生产会议上的讲话')).toEqual({ title: '在全县安全生产会议上的讲话', first: true });
    expect(readPieceHeading('我们读了这一篇:感触很深')).toBeUndefined();
  });

  it('takes the first piece\'s title and drops both page lines', () => {
    const a = analyzeText(['中层干部述职述廉会议主持词', '中层干部述职述廉会议主持词篇一:述职述廉大会主持词', '述职述廉大会主持词', '同志们:', BODY].join('\n'));
    expect(a.title).toBe('述职述廉大会主持词');
    expect(a.paragraphs[0]).toBe('同志们:');
  });
});
