// Brands a document names for itself are all tried on every line, so a document can name only
// so many: the most named are kept (MAX_LEARNED_BRANDS). 6,000 "XX范文网 www.xx.com" lines,
// each a brand of its own, took 21 s when every one joined one alternation.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';
import { learnBrands, MAX_LEARNED_BRANDS } from '../../src/core/watermark';

/** 10,000 two-character names, all different. */
const names = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 31) % 20_000), 0x4e00 + ((i * 7 + 3) % 20_000)));
const SPEECH = ['在全县安全生产工作会议上的讲话', '同志们：', '今天我们召开全县安全生产工作会议，主要任务是总结工作、部署任务。', '一、提高认识', '安全生产事关人民群众生命财产安全。'];

describe('a document naming 10,000 brands for itself', () => {
  it('every "XX范文网 www.xx.com" line goes as a watermark and the speech stays whole', () => {
    const stamps = names.map((name, i) => `${name}范文网 www.site${i}.com`);
    const analysis = analyzeText([...SPEECH.slice(0, 2), ...stamps, ...SPEECH.slice(2)].join('\n'));
    expect(analysis.title).toBe(SPEECH[0]);
    expect(analysis.paragraphs).toEqual(SPEECH.slice(1));
    expect(analysis.removed.map((r) => r.text)).toEqual(stamps);
  });

  it(`learns at most ${MAX_LEARNED_BRANDS}: the most named first, ties in the order named`, () => {
    const resellers = names.map((name) => `${name}整理，咨询QQ123456`);
    const twice = '笔耕云集整理，咨询QQ654321';
    const learned = learnBrands([...resellers.slice(0, 5000), twice, ...resellers.slice(5000), twice]);
    expect(learned).toEqual(['笔耕云集', ...names.slice(0, MAX_LEARNED_BRANDS - 1)]);
  });

  it('a brand learned from its own line is still cut where it is glued to a paragraph', () => {
    const decoys = names.slice(0, 40).map((name) => `${name}整理，咨询QQ123456`);
    const analysis = analyzeText(
      [SPEECH[0], '笔耕云集整理，咨询QQ654321', ...decoys, '笔耕云集整理，咨询QQ654321', SPEECH[1], `${SPEECH[2]}笔耕云集`, ...SPEECH.slice(3)].join('\n'),
    );
    expect(analysis.paragraphs).toEqual(SPEECH.slice(1));
  });
});
