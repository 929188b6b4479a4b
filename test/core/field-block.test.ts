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

  it('takes an event card whose labels a space sets apart, one of them printing the title again, and its closing "研讨会内容"', () => {
    const card = ['研讨会主题 “艺海童年——王明明儿童时期作品展”研讨会', '举办时间 2011年4月27日', '主持人 陈履生(中国国家博物馆副馆长)', '研讨会内容'];
    const talk = ['各位来宾,“艺海童年”研讨会现在开始。刚才大家一起参加了一个令人动容的开幕式,这个开幕式和以往很不一样。'];
    const a = analyzeText(['首页 > 研究 > 研讨会 > 详情', '“艺海童年——王明明儿童时期作品展”研讨会2011-04-27', '作者:陈履生(中国国家博物馆副馆长)', ...card, '', ...talk].join('\n'));
    expect(a.paragraphs).toEqual(talk);
    expect(a.removed.filter((r) => r.rule === 'meta.field-block').map((r) => r.text)).toEqual(card);
  });

  it('leaves a bare date and a 全文 line beside a single line of the site', () => {
    const text = ['在全市妇女第十次代表大会上的贺词', '', '来源: 人民网', '时间: 2008年10月28日', '全文: 妇女是推动经济社会发展的伟大力量', '', ...BODY].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs.slice(0, 2)).toEqual(['时间: 2008年10月28日', '全文: 妇女是推动经济社会发展的伟大力量']);
    expect(a.removed.some((r) => r.rule === 'meta.field-block')).toBe(false);
  });

  it("takes a value printed under its empty label, between two labels, and leaves a title printed under an empty 作者:", () => {
    const title = '在全市妇女第十次代表大会上的贺词';
    const a = analyzeText([title, '作者:', '来源:', '市妇联办公室', '发布时间:', '2008-10-28', ...BODY].join('\n'));
    expect(a.title).toBe(title);
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.filter((r) => r.rule === 'meta.field-value').map((r) => r.text)).toEqual(['市妇联办公室']);
    // an empty author field over the title: the title stays
    const b = analyzeText(['作者:', title, ...BODY].join('\n'));
    expect(b.title).toBe(title);
    expect(b.removed.some((r) => r.rule === 'meta.field-value')).toBe(false);
  });
});
