import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

describe('a download box’s bare attachment label', () => {
  const speech = ['同志们:', '今天召开基层减负工作专题会,主要任务是研究部署整治形式主义为基层减负的各项工作。', '一是提高认识。整治形式主义、官僚主义,关系到党的执政根基。'];

  it('goes with the file name under it', () => {
    const box = ['附件', '基层减负工作专题会上的讲话.docx', '22.77KB', '下载文件'];
    const a = analyzeText(['基层减负工作专题会上的讲话', ...speech, ...box].join('\n'));
    expect(a.paragraphs).toEqual(speech);
    expect(a.removed).toContainEqual({ text: '附件', reason: 'site-chrome', rule: 'site-chrome.file-name' });
  });

  it('stays when no file name follows it: a label of the speech’s own list', () => {
    const a = analyzeText(['基层减负工作专题会上的讲话', ...speech, '附件:', '1.基层减负工作清单'].join('\n'));
    expect(a.paragraphs).toContain('附件:');
  });
});
