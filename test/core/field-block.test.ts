import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

const BODY = ['各位代表、同志们:', '今天,全市妇女第十次代表大会隆重开幕了。我代表市委,向大会表示热烈的祝贺!'];

describe("a site's block of labelled fields over the text", () => {
  it('takes every field of a block the rules read mostly as the site\'s, the bare date and the 全文 line too', () => {
    const text = ['在全市妇女第十次代表大会上的贺词', '', '作者: 市委书记王立新', '时间: 2008年10月28日', '来源: 人民网', '全文: 妇女是推动经济社会发展的伟大力量', '', ...BODY].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.filter((r) => r.rule === 'meta.field-block').map((r) => r.text)).toEqual(['时间: 2008年10月28日', '全文: 妇女是推动经济社会发展的伟大力量']);
  });

  it('leaves a bare date and a 全文 line beside a single line of the site', () => {
    const text = ['在全市妇女第十次代表大会上的贺词', '', '来源: 人民网', '时间: 2008年10月28日', '全文: 妇女是推动经济社会发展的伟大力量', '', ...BODY].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs.slice(0, 2)).toEqual(['时间: 2008年10月28日', '全文: 妇女是推动经济社会发展的伟大力量']);
    expect(a.removed.some((r) => r.rule === 'meta.field-block')).toBe(false);
  });
});
